"""Er plan: one definition from the template pages, the same headings and placeholders as the
Word and OpenDocument files, embedded safely in every plan page, and pages that work without script."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import docx
import pytest
from conftest import ROOT, soup_of
from odf import teletype, text
from odf.opendocument import load

from handbok.checks.plan_blocks import placeholders
from handbok.checks.plan_definition import block_placeholders
from handbok.checks.project import check_project
from handbok.documents.templates_export import document_markdown
from handbok.render.plan import ELEMENT_ID, NEEDS_JS, PRIVATE, definition_script

DOCUMENTS = ("lagesbild", "atgardsplan", "samverkansoverenskommelse", "uppfoljningsplan", "medborgarlofte")
PLAN_PAGES = ("index", *DOCUMENTS, "kontrollera", "lagen")


@pytest.fixture(scope="module")
def definition() -> dict[str, Any]:
    checked = check_project(ROOT)
    assert not checked.problems, [str(problem) for problem in checked.problems]
    return checked.plan


def document(definition: dict[str, Any], name: str) -> dict[str, Any]:
    return next(item for item in definition["documents"] if item["id"] == name)


def headings(definition: dict[str, Any], name: str) -> list[str]:
    found = document(definition, name)
    return [found["title"]] + [block["text"] for block in found["blocks"] if block["type"] == "heading"]


def page_headings(name: str) -> list[str]:
    source = (ROOT / "docs" / "mallar" / f"{name}.md").read_text(encoding="utf-8")
    return [line.lstrip("#").strip() for line in source.splitlines() if re.match(r"#{1,3} ", line)]


def page_placeholders(name: str) -> list[str]:
    """Every [Placeholder] of the template as the documents get it (no citations, macros, front matter)."""
    page = document_markdown((ROOT / "docs" / "mallar" / f"{name}.md").read_text(encoding="utf-8"))
    return sorted(f"[{inner}]" for inner in re.findall(r"\\\[(.+?)\\\]", page))


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_definition_has_the_template_pages_headings_and_placeholders(definition: dict[str, Any], name: str) -> None:
    assert headings(definition, name) == page_headings(name)
    assert sorted(block_placeholders(document(definition, name)["blocks"])) == page_placeholders(name)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_word_and_opendocument_files_have_the_definitions_headings_and_placeholders(
    site: Path, definition: dict[str, Any], name: str
) -> None:
    word = docx.Document(str(site / "mallar" / f"{name}.docx"))
    word_headings = [p.text for p in word.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    word_text = "\n".join(
        [p.text for p in word.paragraphs] + [c.text for t in word.tables for r in t.rows for c in r.cells]
    )
    opened = load(str(site / "mallar" / f"{name}.odt"))
    title = [
        teletype.extractText(p) for p in opened.getElementsByType(text.P) if p.getAttribute("stylename") == "Title"
    ]
    odt_headings = title + [teletype.extractText(h) for h in opened.getElementsByType(text.H)]
    odt_text = "\n".join(
        teletype.extractText(p) for p in opened.getElementsByType(text.P) + opened.getElementsByType(text.H)
    )
    assert word_headings == odt_headings == headings(definition, name)
    wanted = set(block_placeholders(document(definition, name)["blocks"]))
    assert sorted(p for p in wanted if p not in word_text) == []
    assert sorted(p for p in wanted if p not in odt_text) == []
    assert sorted(set(placeholders(word_text))) == sorted(set(placeholders(odt_text))) == sorted(wanted)


@pytest.mark.parametrize("name", PLAN_PAGES)
def test_every_plan_page_embeds_the_definition_escaped_and_works_without_script(
    site: Path, definition: dict[str, Any], name: str
) -> None:
    page = site / "plan" / ("" if name == "index" else name) / "index.html"
    html = page.read_text(encoding="utf-8")
    raw = re.search(rf'<script type="application/json" id="{ELEMENT_ID}">(.*?)</script>', html, re.S)
    assert raw is not None and "<" not in raw[1] and ">" not in raw[1] and "&" not in raw[1]
    assert json.loads(raw[1]) == json.loads(json.dumps(definition))  # nothing in the build changed it
    soup = soup_of(page)
    assert [p.get_text() for p in soup.select("article p.plan-needs-js")] == [NEEDS_JS]
    assert [p.get_text() for p in soup.select("article p.plan-integritet")] == [PRIVATE]
    assert [div["data-plan-page"] for div in soup.select("article div.plan-app")] == [name]
    for link in soup.select("article .plan-utan-skript a[href], article .plan-tips a[href]"):
        if not link["href"].startswith(("https:", "#")):
            assert (page.parent / link["href"].split("#")[0]).resolve().exists(), link["href"]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_document_page_shows_its_fields_and_links_to_the_empty_template_without_script(
    site: Path, definition: dict[str, Any], name: str
) -> None:
    soup = soup_of(site / "plan" / name / "index.html")
    shown = " ".join(soup.select_one("article .plan-utan-skript").get_text(" ").split())
    for block in document(definition, name)["blocks"]:
        if block["type"] == "heading":
            assert block["text"] in shown
        elif block["type"] == "field":
            assert " ".join(block["placeholder"].split()) in shown
    links = {a["href"] for a in soup.select("article .plan-mall a")}
    assert links == {f"../../mallar/{name}/", f"../../mallar/{name}.docx", f"../../mallar/{name}.odt"}
    assert soup.select("article ul.plan-tips a[href*='processen/steg-'], article ul.plan-tips a[href*='fordjupning/']")


def test_the_law_page_lists_every_row_of_krav_with_its_step_and_template(site: Path) -> None:
    rows = soup_of(site / "plan" / "lagen" / "index.html").select("article .plan-lagen tbody tr")
    duties = check_project(ROOT).handbook.duties
    assert [row.select_one("th").contents[0].strip() for row in rows] == [duty.name for duty in duties]
    for row, duty in zip(rows, duties, strict=True):
        hrefs = [a["href"] for a in row.select("a")]
        assert any("processen/steg-" in href for href in hrefs), duty.id
        for name in duty.templates:
            assert f"../../mallar/{name}/" in hrefs and f"../{name}/" in hrefs, duty.id


def test_the_crosswalk_links_the_lagesbild_template_and_the_plan(site: Path) -> None:
    soup = soup_of(site / "fordjupning" / "krav-och-rekommendationer" / "index.html")
    row = next(tr for tr in soup.select("table tbody tr") if "Lägesbild över brottsligheten" in tr.get_text())
    hrefs = {a["href"] for a in row.select("a")}
    assert {"../../mallar/lagesbild/", "../../plan/lagesbild/"} <= hrefs
    assert "../../plan/lagen/" in {a["href"] for a in soup.select("article a")}


def test_the_start_page_and_every_template_link_to_the_plan(site: Path) -> None:
    assert "plan/" in {a["href"] for a in soup_of(site / "index.html").select("article a")}
    for name in DOCUMENTS:
        links = {a["href"] for a in soup_of(site / "mallar" / name / "index.html").select("p.mall-nedladdning a")}
        assert f"../../plan/{name}/" in links


def test_the_script_block_cannot_be_ended_by_text_in_a_template() -> None:
    script = definition_script({"text": "</script><script>alert(1)</script> & <!--"})
    assert script.count("</script>") == 1 and "<!--" not in script.removeprefix("<script")
    inner = script[script.index(">") + 1 : script.rindex("</script>")]
    assert json.loads(inner) == {"text": "</script><script>alert(1)</script> & <!--"}
