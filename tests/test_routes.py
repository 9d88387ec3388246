"""A new reader finds the way: the start page routes, cases open with a summary, glossary words
open by tap and keyboard, and the editors' guide stays out of the reader's menu and search."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, soup_of

from handbok.checks.project import check_project

pytestmark = pytest.mark.browser


def test_the_five_steps_are_links_above_the_fold(plain_server: str, browser) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(plain_server)
    links = page.locator("nav.stegmeny a")
    assert links.count() == 5
    for index in range(5):
        box = links.nth(index).bounding_box()
        assert box is not None and box["y"] + box["height"] <= 800, f"steg {index + 1} under vecket"
    assert page.locator(".borja-har__kort").count() >= 3
    page.close()


def test_on_a_phone_the_steps_and_the_reader_paths_come_first(plain_server: str, browser) -> None:
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(plain_server)
    last_step = page.locator("nav.stegmeny li").last.bounding_box()
    first_path = page.locator(".borja-har__kort").first.bounding_box()
    assert last_step is not None and last_step["y"] + last_step["height"] <= 2 * 740
    assert first_path is not None and first_path["y"] <= 2 * 740
    page.close()


def test_every_case_page_opens_with_its_summary(site: Path) -> None:
    for case in check_project(ROOT).handbook.cases:
        soup = soup_of(site / "fall" / case.slug / "index.html")
        first = soup.select_one("article h2")
        assert first is not None and first.get_text().startswith("I korthet"), case.slug
        summary = first.find_next("ul", class_="i-korthet").get_text(" ")
        assert all(word in summary for word in ("Avtal:", "Åtgärder:", "Resultat:")), case.slug
        assert {a["href"] for a in first.find_all_next("a", limit=40)} >= {"#tidslinje", "#lardomar"}, case.slug


def test_a_glossary_word_opens_by_tap_and_by_keyboard(plain_server: str, browser) -> None:
    page = browser.new_page(viewport={"width": 360, "height": 740}, has_touch=True)
    page.goto(plain_server + "processen/steg-1-initiera/")
    word = page.locator("a.ordlista-lank").first
    target = word.get_attribute("href").split("#")[1]
    word.tap()
    page.wait_for_url(f"**/ordlista/#{target}")
    assert page.locator(f"#{target}").is_visible()
    page.goto(plain_server + "processen/steg-1-initiera/")
    word = page.locator("a.ordlista-lank").first
    word.focus()
    assert page.evaluate("document.activeElement.classList.contains('ordlista-lank')")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/ordlista/#{target}")
    page.close()


def test_the_glossary_has_short_forms_and_an_a_to_o_list(site: Path) -> None:
    soup = soup_of(site / "ordlista" / "index.html")
    terms = [dt.get_text() for dt in soup.select("dl.ordlista dt")]
    assert "LPO" in terms
    letters = [a.get_text() for a in soup.select("nav.ordlista__hopp a")]
    assert letters == sorted(letters, key=lambda letter: "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ".index(letter))
    assert all(soup.select_one(a["href"]) for a in soup.select("nav.ordlista__hopp a"))


def test_the_editors_guide_is_out_of_the_readers_menu_and_search(site: Path, pages: list[Path]) -> None:
    for path in pages:
        if "redaktorsguide" in path.as_posix():
            continue
        menu = soup_of(path).select("nav.md-nav--primary a")
        assert not [a for a in menu if "redaktorsguide" in a.get("href", "")], path
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [doc for doc in index["docs"] if doc["location"].startswith("redaktorsguide")]
    about = soup_of(site / "om" / "index.html")
    assert about.select_one('article a[href*="redaktorsguide"]') is not None  # one link away
