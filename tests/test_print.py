"""Wide tables on a screen and every page on paper: Chromium with screen sizes and print media."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
WIDE = {"fall/jamforelse/": 4, "vem-gor-vad/": 5}  # page -> columns besides the row headings
A4 = {"width": 794, "height": 1123}  # CSS pixels of an A4 sheet
PRINTED = [
    "fall/jamforelse/",
    "vem-gor-vad/",
    "fall/landskrona/",
    "mallar/medborgarlofte/",
    "processen/steg-1-initiera/",
]
CHECKLIST = "processen/steg-1-initiera/"
BOXES = "article .handbok-tabell, article .md-typeset__scrollwrap, article table"
FITS = f"""() => [...document.querySelectorAll('{BOXES}')]
  .map(box => ({{name: box.className || box.tagName, scroll: box.scrollWidth, client: box.clientWidth,
                right: box.getBoundingClientRect().right,
                edge: document.querySelector('article').getBoundingClientRect().right}}))"""


def open_page(browser, plain_server: str, path: str, viewport: dict[str, int], media: str | None = None):  # noqa: ANN001, ANN201
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(plain_server + path)
    if media:  # page.pdf() prints with print media unless another is emulated
        page.emulate_media(media=media)
    return context, page


def too_wide(page) -> list[str]:  # noqa: ANN001
    boxes = page.evaluate(FITS)
    assert boxes, "no table on the page"
    return [f"{b['name']}: {b['scroll']} > {b['client']}" for b in boxes if b["scroll"] > b["client"]] + [
        f"{b['name']} ends at {b['right']:.0f} px, the page at {b['edge']:.0f}"
        for b in boxes
        if b["right"] > b["edge"] + 1
    ]


@pytest.mark.parametrize("path", WIDE)
def test_wide_table_shows_every_column_at_1280(plain_server: str, browser, path: str) -> None:
    context, page = open_page(browser, plain_server, path, {"width": 1280, "height": 800})
    assert not page.locator(".md-sidebar--primary").is_visible()
    assert not page.locator(".md-sidebar--secondary").is_visible()
    box = page.locator("article .handbok-tabell").first
    assert box.locator("thead th").count() == WIDE[path] + 1
    sizes = box.evaluate("b => [b.scrollWidth, b.clientWidth]")
    assert sizes[0] <= sizes[1], f"{path}: the table scrolls sideways ({sizes})"
    context.close()


@pytest.mark.parametrize("path", WIDE)
def test_row_headings_stay_in_view_when_a_phone_scrolls_the_table(plain_server: str, browser, path: str) -> None:
    context, page = open_page(browser, plain_server, path, {"width": 360, "height": 800})
    box = page.locator("article .handbok-tabell").first
    box.evaluate("b => { b.scrollLeft = b.scrollWidth; }")
    left, heading, cell = box.evaluate(
        """b => [b.getBoundingClientRect().left, b.querySelector('tbody th').getBoundingClientRect().left,
                 b.querySelector('tbody td').getBoundingClientRect().left]"""
    )
    assert abs(heading - left) <= 2, "the row heading scrolled away"
    assert cell < left, "the table did not scroll"
    context.close()


@pytest.mark.parametrize("path", PRINTED)
def test_printed_tables_fit_an_a4_page(plain_server: str, browser, path: str) -> None:
    context, page = open_page(browser, plain_server, path, A4, media="print")
    assert too_wide(page) == []
    context.close()


def test_print_hides_the_screens_controls_and_leaves_empty_boxes(plain_server: str, browser) -> None:
    context, page = open_page(browser, plain_server, CHECKLIST, {"width": 1280, "height": 800})
    page.locator(".klart-nar input[type=checkbox]").first.check()
    assert page.locator(".klart-nar__status").is_visible() and page.locator(".klart-nar__rensa").is_visible()
    page.emulate_media(media="print")
    for control in [
        ".md-header",
        ".md-search",
        ".md-sidebar",
        ".md-content__button",
        ".md-footer",
        ".klart-nar__status",
        ".klart-nar__rensa",
        ".handbok-sidfot",
    ]:
        shown = page.locator(control).evaluate_all("els => els.filter(e => e.checkVisibility()).length")
        assert shown == 0, f"{control} prints"
    boxes = page.locator(".klart-nar input[type=checkbox]").evaluate_all(
        "els => els.map(e => { const s = getComputedStyle(e); return [s.appearance, s.borderTopStyle]; })"
    )
    assert boxes and set(map(tuple, boxes)) == {("none", "solid")}  # the ticked one prints empty too
    context.close()


def test_print_gives_title_address_and_date_and_keeps_headings_with_text(plain_server: str, browser) -> None:
    context, page = open_page(browser, plain_server, "vem-gor-vad/", {"width": 1280, "height": 800})
    line = page.locator(".handbok-utskrift")
    assert not line.is_visible()
    page.emulate_media(media="print")
    assert line.is_visible() and page.locator("article h1").is_visible()
    text = line.inner_text()
    assert "https://samverkanshandboken.github.io/handbok/vem-gor-vad/" in text and "Senast uppdaterad" in text
    breaks = page.locator("article h2").evaluate_all("els => els.map(e => getComputedStyle(e).breakAfter)")
    assert breaks and set(breaks) == {"avoid"}
    context.close()


def test_print_shows_each_link_address_once(plain_server: str, browser) -> None:
    context, page = open_page(browser, plain_server, "fordjupning/lagen-2023/", A4, media="print")
    after = page.locator("article a[href^='http']").evaluate_all(
        """els => els.filter(a => a.checkVisibility() && !a.closest('sup')).map(a => [
             !!(a.nextElementSibling && a.nextElementSibling.matches('.url')),
             getComputedStyle(a, '::after').content, a.getAttribute('href')])"""
    )
    listed = [content for has_url, content, _ in after if has_url]
    in_text = [(content, href) for has_url, content, href in after if not has_url]
    assert listed and set(listed) == {"none"}, "a source list prints its addresses twice"
    assert in_text and all(href in content for content, href in in_text), "a link in the text prints no address"
    context.close()


def test_a_printed_page_reads_as_a_page(plain_server: str, browser, tmp_path: Path) -> None:
    """Printed to PDF: the address and date at the top, the checklist, none of the controls."""
    context, page = open_page(browser, plain_server, CHECKLIST, A4)
    pdf = tmp_path / "sida.pdf"
    page.pdf(path=str(pdf), format="A4")
    context.close()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "samverkanshandboken.github.io/handbok/processen/steg-1-initiera/ · Senast" in text
    assert "Steg 1 är klart när" in text
    for screen_only in ("punkter klara", "Ta bort alla bockar", "Ladda ner som PDF", "Sök"):
        assert screen_only not in text, screen_only
