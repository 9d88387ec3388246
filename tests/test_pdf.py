"""The PDF of the whole handbook: opened and read, not just found."""

from __future__ import annotations

import functools
import posixpath
import re
import subprocess
from pathlib import Path

import pikepdf
import pytest
import yaml
from conftest import ROOT, soup_of

from handbok.model.site_pages import PDF_NAME

# One worker runs this module: its module-scoped fixtures are made once (make test: --dist loadgroup).
pytestmark = pytest.mark.xdist_group("pdf")


@pytest.fixture(scope="module")
def pdf_path(site: Path) -> Path:
    return site / PDF_NAME


@pytest.fixture(scope="module")
def text(pdf_path: Path) -> str:
    raw = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True, check=True)
    return " ".join(raw.stdout.split())


@functools.cache
def printed(folder: str) -> bool:
    """Whether the page in `folder` (site-relative, ending in /) is in the PDF."""
    return not folder.startswith(("redaktorsguide/", "plan/"))


def nav_titles(site: Path) -> list[str]:
    """Titles of every page a reader finds in the menu (the editors' guide and Er plan are not printed).

    The menu of a page shows the pages of its own section, so every page's menu is read.
    """
    titles = set()
    for page in site.rglob("index.html"):
        here = page.parent.relative_to(site).as_posix() + "/"
        if not printed(here):
            continue
        soup = soup_of(page)
        for link in soup.select("nav.md-nav--primary a.md-nav__link[href]"):
            in_contents = link.find_parent("nav", class_="md-nav--secondary")  # the page's own headings
            if printed(posixpath.normpath(posixpath.join(here, link["href"])) + "/") and not in_contents:
                titles.add(" ".join(link.get_text().split()))
    return sorted(titles)


def outline_titles(document: pikepdf.Pdf) -> list[str]:
    found: list[str] = []

    def walk(items: list[pikepdf.OutlineItem]) -> None:
        for item in items:
            found.append(" ".join(item.title.split()))
            walk(item.children)

    with document.open_outline() as outline:
        walk(outline.root)
    return found


def test_page_count_is_sane(pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as document:
        assert 60 <= len(document.pages) <= 400


def test_outline_lists_every_chapter_and_case(site: Path, pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as document:
        outline = outline_titles(document)
    missing = [title for title in nav_titles(site) if title not in outline]
    assert missing == []
    for path in (ROOT / "cases").glob("*.yml"):
        assert yaml.safe_load(path.read_text(encoding="utf-8"))["kommun"] in outline


def test_text_has_every_title_and_municipality_with_swedish_letters(site: Path, text: str) -> None:
    for title in nav_titles(site):
        assert title in text, title
    for municipality in ("Landskrona", "Västerås", "Emmaboda", "Arvidsjaur"):
        assert municipality in text
    assert "Oberoende öppen utgåva" in text
    assert "samverkansöverenskommelse" in text.lower()


def test_metadata_language_and_tags(pdf_path: Path) -> None:
    with pikepdf.open(pdf_path) as document:
        assert str(document.Root.Lang) == "sv"
        assert str(document.docinfo["/Title"]) == "Samverkan mot brott"
        assert bool(document.Root.MarkInfo.Marked)
        kinds: dict[str, int] = {}
        alts: list[str] = []

        def walk(node: object) -> None:
            if isinstance(node, pikepdf.Array):
                for child in node:
                    walk(child)
            elif isinstance(node, pikepdf.Dictionary):
                if "/S" in node:
                    kinds[str(node.S)] = kinds.get(str(node.S), 0) + 1
                    if str(node.S) == "/Figure":
                        alts.append(str(node.get("/Alt", "")))
                if "/K" in node:
                    walk(node.K)

        walk(document.Root.StructTreeRoot.K)
    for kind in ("/H1", "/H2", "/P", "/L", "/LI", "/Table", "/TH", "/TD", "/Link", "/Figure"):
        assert kinds.get(kind, 0) > 0, kind
    assert alts and all(alt.strip() for alt in alts)


def test_all_fonts_are_embedded(pdf_path: Path) -> None:
    listing = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert rows and all(re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", row) for row in rows), listing
    assert any("DejaVu" in row for row in rows)


def test_no_text_outside_the_page(pdf_path: Path) -> None:
    layout = subprocess.run(
        ["pdftotext", "-bbox", str(pdf_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    outside = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', layout, re.S):
        width, height = float(page[1]), float(page[2])
        for word in re.finditer(
            r'xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)', page[3]
        ):
            x0, y0, x1, y1 = map(float, word.groups()[:4])
            if x0 < 0 or y0 < 0 or x1 > width + 0.5 or y1 > height + 0.5:
                outside.append(word[5])
    assert outside == []


def test_links_work_inside_and_show_their_address_outside(pdf_path: Path, text: str) -> None:
    internal = external = 0
    with pikepdf.open(pdf_path) as document:
        for page in document.pages:
            for annotation in page.obj.get("/Annots") or []:
                action = annotation.get("/A")
                if annotation.get("/Dest") is not None or (action is not None and action.get("/S") == "/GoTo"):
                    internal += 1
                elif action is not None and action.get("/S") == "/URI":
                    external += 1
    assert internal > 100 and external > 50
    assert "https://bra.se/" in text or "https://www.bra.se/" in text


def test_the_site_links_to_the_pdf(site: Path, pages: list[Path]) -> None:
    for path in pages:
        soup = soup_of(path)
        link = soup.find("a", string=re.compile("Ladda ner som PDF"))
        assert link is not None and link["href"].endswith(PDF_NAME), path


def test_the_pdf_shows_the_doubt_about_first_agreements(text: str) -> None:
    assert "Omstritt: 2008" in text and "eller 2009" in text
    assert text.count("osäker uppgift") >= 3


def test_the_pdf_prints_every_source_list_unfolded(text: str) -> None:
    # On screen a page's sources are folded behind "Visa alla N källor"; paper has no button.
    assert "Visa alla" not in text and "Visa källan" not in text
    assert "Läst i en kopia på docplayer.se" in text and "Så bedömer vi källorna" in text


def test_steps_list_and_no_page_left_with_a_line_or_two(pdf_path: Path, text: str) -> None:
    """The start page's steps read "Steg 1: Initiera samverkan (s. 14)", then their purpose, with one
    number each; a section's name opens its overview page instead of a page of its own; no chapter
    leaves a line or two of its source list on a page alone. Only the cover may be that short, and one more."""
    assert "1. 1Steg" not in text and not re.search(r"\d\)[A-ZÅÄÖ]", text), "a step's number twice or no space"
    raw = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True, check=True)
    sheets = raw.stdout.split("\f")[:-1]  # pdftotext ends each page with a form feed
    short = [
        (number, " ".join(sheet.split())[:80]) for number, sheet in enumerate(sheets, 1) if len(sheet.split()) < 25
    ]
    assert len(sheets) > 100 and len(short) <= 2, short
