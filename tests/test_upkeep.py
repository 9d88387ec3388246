"""Keeping it true: review dates on every page, change notes on their pages and in an Atom feed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest
from conftest import ROOT, run_mkdocs, soup_of
from lxml import etree
from measure import PAGES_ONLY, copy_project

from handbok.checks.project import check_project
from handbok.checks.review_dates import NOT_REVIEWED

ATOM = "{http://www.w3.org/2005/Atom}"


def reader_pages(pages: list[Path], site: Path) -> list[Path]:
    return [page for page in pages if not page.relative_to(site).as_posix().startswith(NOT_REVIEWED)]


def test_every_reader_page_shows_its_review_date(site: Path, pages: list[Path]) -> None:
    for path in reader_pages(pages, site):
        footer = " ".join(soup_of(path).select_one("aside.handbok-sidfot").get_text(" ").split())
        assert re.search(r"Granskad \d+ \w+ 20\d\d · nästa granskning senast \d+ \w+ 20\d\d", footer), path
        assert "Senast uppdaterad" in footer, path  # the git date stays: it answers another question


def test_every_page_and_case_has_a_review_date() -> None:
    checked = check_project(ROOT)
    expected = {uri for uri in checked.pages if not uri.startswith(NOT_REVIEWED)}
    expected |= {f"fall/{case.slug}.md" for case in checked.handbook.cases}
    assert set(checked.reviews) == expected


def check(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "handbok", "check"], cwd=project, capture_output=True, text=True)


REVIEWED = re.compile(r"^granskad: \d{4}-\d\d-\d\d\n", re.M)


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ("", "docs/historik.md:2: Fältet 'granskad' saknas"),  # the front matter's first line
        ("granskad: 2999-01-01\n", "docs/historik.md:{line}: 'granskad' ligger i framtiden"),
        ("granskad: snart\n", "docs/historik.md:{line}: 'granskad' ska vara ett datum"),
        ("granskad: 2026-11-24\ngranskning_månader: 0\n", "docs/historik.md:{next}: 'granskning_månader' ska vara"),
    ],
)
def test_a_wrong_review_date_stops_the_check(tmp_path: Path, new: str, message: str) -> None:
    project = copy_project(tmp_path / "projekt")
    page = project / "docs" / "historik.md"
    text = page.read_text(encoding="utf-8")
    line = text.count("\n", 0, REVIEWED.search(text).start()) + 1
    page.write_text(REVIEWED.sub(new, text, count=1), encoding="utf-8")
    result = check(project)
    assert result.returncode == 1, result.stdout
    assert message.format(line=line, next=line + 1) in result.stdout, result.stdout


def test_an_overdue_page_is_listed_and_shows_a_notice(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "projekt")
    page = project / "docs" / "historik.md"
    page.write_text(REVIEWED.sub("granskad: 2020-03-15\n", page.read_text(encoding="utf-8"), count=1))
    result = check(project)
    assert result.returncode == 0, result.stdout  # overdue is not an error
    assert "docs/historik.md" in result.stdout.split("Sidor som ska granskas")[-1]
    built = run_mkdocs(project, tmp_path / "site", **PAGES_ONLY)
    assert built.returncode == 0, built.stderr
    notice = soup_of(tmp_path / "site" / "historik" / "index.html").select_one(".granskning-forsenad")
    assert notice is not None and "skulle ha granskats i mars 2021" in notice.get_text()
    assert soup_of(tmp_path / "site" / "index.html").select_one(".granskning-forsenad") is None


def test_change_notes_appear_on_their_pages_and_newest_first(site: Path) -> None:
    checked = check_project(ROOT)
    for note in checked.handbook.notes:
        for uri in set(note.pages) - {"nytt.md"}:  # the list of all notes does not repeat its own
            folder = uri.removesuffix(".md").removesuffix("index").strip("/")
            page = soup_of(site / folder / "index.html")
            section = page.find(id="andringar-pa-sidan")
            assert section is not None, uri
            assert note.title in section.find_next("ul").get_text(), uri
    listing = soup_of(site / "nytt" / "index.html")
    dates = [heading.get_text() for heading in listing.select("article h3")]
    assert len(dates) == len(set(dates)) == len({note.date for note in checked.handbook.notes})  # one per date
    assert len(listing.select("article h4")) == len(checked.handbook.notes)
    newest = max(note.date for note in checked.handbook.notes)
    assert dates[0].startswith(f"{newest.day} ")  # newest first
    assert listing.find(id="andringar-pa-sidan") is None, "the list of all notes does not repeat its own"


def test_the_feed_is_atom_with_every_note_and_every_page_announces_it(site: Path, pages: list[Path]) -> None:
    feed = etree.parse(str(site / "feed.xml")).getroot()
    assert feed.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{name}") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(check_project(ROOT).handbook.notes)
    for entry in entries:
        assert all(entry.find(f"{ATOM}{name}") is not None for name in ("id", "title", "updated", "summary"))
        assert entry.find(f"{ATOM}link").get("href").startswith("https://")
    assert len({entry.find(f"{ATOM}id").text for entry in entries}) == len(entries)
    # Read back as a feed reader reads it: well-formed and valid enough that feedparser raises no flag.
    parsed = feedparser.parse((site / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.author_detail.name, "RFC 4287: a feed names its author"
    notes = {note.title: note.date for note in check_project(ROOT).handbook.notes}
    for entry in parsed.entries:
        assert entry.updated.startswith(notes[entry.title].isoformat()), entry.title  # true to its note
    for path in pages:
        link = soup_of(path).select_one('head link[rel="alternate"][type="application/atom+xml"]')
        assert link is not None and link["href"].endswith("feed.xml"), path
