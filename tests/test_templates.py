"""The templates download as Word and OpenDocument files with the same headings as the page."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from conftest import ROOT
from odf import teletype, text
from odf.opendocument import load

from handbok.macro_table import TEMPLATES


def headings_in_markdown(name: str) -> list[str]:
    source = (ROOT / "docs" / "mallar" / f"{name}.md").read_text(encoding="utf-8")
    return [line.lstrip("#").strip() for line in source.splitlines() if re.match(r"#{1,3} ", line)]


@pytest.mark.parametrize("name", TEMPLATES)
def test_docx_has_the_pages_headings(site: Path, name: str) -> None:
    document = docx.Document(str(site / "mallar" / f"{name}.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings == headings_in_markdown(name)


@pytest.mark.parametrize("name", TEMPLATES)
def test_odt_has_the_pages_headings(site: Path, name: str) -> None:
    document = load(str(site / "mallar" / f"{name}.odt"))
    headings = [teletype.extractText(h) for h in document.getElementsByType(text.H)]
    assert headings == headings_in_markdown(name)


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_page_links_to_both_files(site: Path, name: str) -> None:
    html = (site / "mallar" / name / "index.html").read_text(encoding="utf-8")
    for extension in ("docx", "odt"):
        assert f'href="../../mallar/{name}.{extension}"' in html
        assert (site / "mallar" / f"{name}.{extension}").stat().st_size > 5000
