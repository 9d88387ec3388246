"""The templates download as Word and OpenDocument files a reader can fill in: the page's headings,
every [Placeholder] as typed, a title and a language, and tables with visible borders (as an office
suite prints them: test_templates_printed.py)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import ROOT, heading_text, soup_of
from docx.oxml.ns import qn
from odf import dc, teletype, text
from odf.opendocument import load
from odf.style import Style, TableCellProperties
from odf.table import TableCell

from handbok.documents.templates_export import document_markdown
from handbok.model.site_pages import TEMPLATES

PLACEHOLDER = re.compile(r"\[[^\[\]\n]+\]")
SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")


def headings_in_markdown(name: str) -> list[str]:
    source = (ROOT / "docs" / "mallar" / f"{name}.md").read_text(encoding="utf-8")
    return [line.lstrip("#").strip() for line in source.splitlines() if re.match(r"#{1,3} ", line)]


def docx_text(document: docx.document.Document) -> str:
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)


def odt_paragraphs(name: str, site: Path) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph and heading, in table cells too."""
    document = load(str(site / "mallar" / f"{name}.odt"))
    blocks = document.getElementsByType(text.P) + document.getElementsByType(text.H)
    return [(str(block.getAttribute("stylename")), teletype.extractText(block)) for block in blocks]


def web_placeholders(name: str, site: Path) -> set[str]:
    """Every [Placeholder] in the tables of the template's web page."""
    soup = soup_of(site / "mallar" / name / "index.html")
    tables = soup.select("article table")
    assert tables, f"mallar/{name}: no table on the page"
    cells = [" ".join(cell.get_text().split()) for table in tables for cell in table.find_all(["th", "td"])]
    found = {match for cell in cells for match in PLACEHOLDER.findall(cell)}
    assert found, f"mallar/{name}: no placeholder in its tables"
    return found


def page_title(name: str, site: Path) -> str:
    heading = soup_of(site / "mallar" / name / "index.html").select_one("article h1")
    assert heading is not None
    return heading_text(heading)


@pytest.mark.parametrize("name", TEMPLATES)
def test_docx_has_the_pages_headings(site: Path, name: str) -> None:
    document = docx.Document(str(site / "mallar" / f"{name}.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings == headings_in_markdown(name)


@pytest.mark.parametrize("name", TEMPLATES)
def test_odt_has_the_pages_headings(site: Path, name: str) -> None:
    """The H1 is the document's title paragraph; the other headings are headings."""
    title = [content for style, content in odt_paragraphs(name, site) if style == "Title"]
    document = load(str(site / "mallar" / f"{name}.odt"))
    headings = [teletype.extractText(h) for h in document.getElementsByType(text.H)]
    assert title + headings == headings_in_markdown(name)


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_placeholder_of_the_web_tables_is_in_both_files(site: Path, name: str) -> None:
    placeholders = web_placeholders(name, site)
    word = docx_text(docx.Document(str(site / "mallar" / f"{name}.docx")))
    open_document = "\n".join(content for _, content in odt_paragraphs(name, site))
    assert sorted(p for p in placeholders if p not in word) == []
    assert sorted(p for p in placeholders if p not in open_document) == []


def test_placeholders_are_escaped_but_links_are_not() -> None:
    page = "## Period\n\nFrån [Period] till [ÅÅÅÅ-MM-DD], se [processen](../processen/index.md) [@H1].\n"
    assert document_markdown(page) == (
        "## Period\n\nFrån \\[Period\\] till \\[ÅÅÅÅ-MM-DD\\], se [processen](../processen/index.md).\n"
    )


@pytest.mark.parametrize("name", TEMPLATES)
def test_documents_carry_the_pages_title_and_swedish(site: Path, name: str) -> None:
    title = page_title(name, site)
    properties = docx.Document(str(site / "mallar" / f"{name}.docx")).core_properties
    assert (properties.title, properties.language) == (title, "sv-SE")
    meta = load(str(site / "mallar" / f"{name}.odt")).meta
    values = [
        teletype.extractText(element) for kind in (dc.Title, dc.Language) for element in meta.getElementsByType(kind)
    ]
    assert values == [title, "sv-SE"]


@pytest.mark.parametrize("name", TEMPLATES)
def test_word_tables_have_borders(site: Path, name: str) -> None:
    document = docx.Document(str(site / "mallar" / f"{name}.docx"))
    assert document.tables, f"{name}.docx has no table"
    for table in document.tables:
        borders = table.style.element.find(qn("w:tblPr")).find(qn("w:tblBorders"))
        assert borders is not None, f"{name}.docx: table style {table.style.name} has no borders"
        assert {side: borders.find(qn(f"w:{side}")).get(qn("w:val")) for side in SIDES} == dict.fromkeys(
            SIDES, "single"
        )


@pytest.mark.parametrize("name", TEMPLATES)
def test_opendocument_table_cells_have_borders(site: Path, name: str) -> None:
    document = load(str(site / "mallar" / f"{name}.odt"))
    cells = document.getElementsByType(TableCell)
    assert cells, f"{name}.odt has no table"
    borders = {}
    for cell_style in document.automaticstyles.getElementsByType(Style):
        for properties in cell_style.getElementsByType(TableCellProperties):
            borders[cell_style.getAttribute("name")] = properties.getAttribute("border")
    used = {cell.getAttribute("stylename") for cell in cells}
    assert {name: borders.get(name) for name in used} == dict.fromkeys(used, "0.5pt solid #000000")


def test_the_reference_document_is_the_one_pandoc_reads(site: Path) -> None:
    """The committed reference.docx is a Word file whose default table style has the borders."""
    with zipfile.ZipFile(ROOT / "handbok" / "documents" / "reference.docx") as archive:
        assert b'w:styleId="Table"' in archive.read("word/styles.xml")
    style = docx.Document(str(ROOT / "handbok" / "documents" / "reference.docx")).styles["Table"]
    assert style.element.find(qn("w:tblPr")).find(qn("w:tblBorders")) is not None


@pytest.mark.parametrize("name", TEMPLATES)
def test_template_page_links_to_both_files(site: Path, name: str) -> None:
    page = site / "mallar" / name / "index.html"
    links = {a["href"] for a in soup_of(page).select("p.mall-nedladdning a[download]")}
    assert links == {f"../{name}.docx", f"../{name}.odt"}
    for link in links:
        assert (page.parent / link).resolve().stat().st_size > 5000
