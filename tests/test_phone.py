"""A 360 px phone, a 1280 px screen and the browser's print: tables fit (no page scrolls sideways:
test_accessibility), the timeline is legible, a printed page is A4, the templates offer files."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from conftest import soup_of

from handbok.model.site_pages import TEMPLATES

PHONE = {"width": 360, "height": 800}
DESKTOP = {"width": 1280, "height": 800}
FITTING = [
    "fordjupning/krav-och-rekommendationer/",
    "mallar/",
    *(f"mallar/{name}/" for name in TEMPLATES),
    "processen/steg-4-genomforande/",
]
TABLES = """() => { const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('article table')].map(table => ({
    caption: (table.caption ? table.caption.textContent : table.querySelector('th').textContent).trim(),
    right: table.getBoundingClientRect().right, scroll: table.scrollWidth, client: table.clientWidth, width})); }"""
A4_POINTS = (595, 842)


@pytest.fixture(scope="module")
def phone(browser):  # noqa: ANN001, ANN201 - Playwright's types
    context = browser.new_context(viewport=PHONE)
    yield context.new_page()
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("path", FITTING)
def test_every_table_fits_a_phone(plain_server: str, phone, path: str) -> None:  # noqa: ANN001
    """The crosswalk, the templates and steg 4's example plan: each row a card, nothing cut at the edge."""
    phone.goto(plain_server + path)
    tables = phone.evaluate(TABLES)
    assert tables, f"{path}: no table"
    cut = [t["caption"] for t in tables if t["right"] > t["width"] + 0.5 or t["scroll"] > t["client"] + 1]
    assert not cut, f"{path}: cut at the right edge: {cut}"


@pytest.mark.browser
def test_a_table_that_scrolls_says_so_and_its_caption_is_not_cut(plain_server: str, phone) -> None:  # noqa: ANN001
    phone.goto(plain_server + "fall/jamforelse/")
    box = phone.locator("article .handbok-tabell.jamforelse")
    assert box.evaluate("b => b.scrollWidth > b.clientWidth"), "the comparison no longer needs to scroll"
    hint = box.evaluate("b => getComputedStyle(b.parentElement, '::before').content")
    assert "svep i sidled" in hint
    caption = box.locator("caption").evaluate("c => [c.getBoundingClientRect().right, innerWidth]")
    assert caption[0] <= caption[1], "the caption is cut at the edge"
    phone.emulate_media(media="print")
    assert box.evaluate("b => getComputedStyle(b.parentElement, '::before').content") == "none", "the hint prints"
    phone.emulate_media(media="screen")


@pytest.mark.browser
def test_the_case_timeline_is_legible_on_a_screen(plain_server: str, browser) -> None:  # noqa: ANN001
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(plain_server + "fall/landskrona/")
    heights, fonts, figure, column, caption = page.evaluate(
        """() => { const figure = document.querySelector('figure.fall-tidslinje');
          const svg = figure.querySelector('svg'), texts = [...svg.querySelectorAll('text')];
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return [texts.map(t => t.getBoundingClientRect().height),
                  texts.map(t => parseFloat(t.getAttribute('font-size')) * scale),
                  svg.getBoundingClientRect().width, document.querySelector('article').getBoundingClientRect().width,
                  parseFloat(getComputedStyle(figure.querySelector('figcaption')).fontSize)]; }"""
    )
    context.close()
    assert heights and min(heights) >= 11, f"timeline text boxes {min(heights):.1f} px high"
    assert min(fonts) >= 12, f"timeline text {min(fonts):.1f} px"
    assert figure >= 0.9 * column, f"the timeline is {figure:.0f} px wide in a {column:.0f} px column"
    assert caption <= min(fonts), "the caption is larger than the figure's text"


@pytest.mark.browser
def test_on_a_phone_the_timeline_is_legible_or_the_table_stands_in(plain_server: str, phone) -> None:  # noqa: ANN001
    phone.goto(plain_server + "fall/landskrona/")
    figure = phone.locator("figure.fall-tidslinje")
    if figure.is_visible():
        smallest = figure.evaluate(
            """f => { const svg = f.querySelector('svg');
              const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              return Math.min(...[...svg.querySelectorAll('text')].map(t => t.getAttribute('font-size') * scale)); }"""
        )
        assert smallest >= 10, f"timeline text {smallest:.1f} px on a phone"
    else:  # the table under it holds the same facts at body size
        assert figure.evaluate("f => !!f.parentElement.nextElementSibling.querySelector('table td')")


@pytest.mark.browser
def test_a_page_printed_from_the_browser_is_a4(plain_server: str, browser, tmp_path: Path) -> None:  # noqa: ANN001
    """The browser's print dialog takes the paper from the page's @page rule (here: Chromium's PDF
    with the page's own size preferred, as the dialog does); without one it would be US Letter."""
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(plain_server + "processen/steg-2-egna-forberedelser/")
    target = tmp_path / "utskrift.pdf"
    page.pdf(path=str(target), prefer_css_page_size=True)
    context.close()
    sizes = {tuple(round(float(v)) for v in sheet.mediabox.upper_right) for sheet in pypdf.PdfReader(target).pages}
    assert sizes == {A4_POINTS}, sizes


def test_the_templates_page_offers_every_file(site: Path) -> None:
    soup = soup_of(site / "mallar" / "index.html")
    buttons = {str(a["href"]) for a in soup.select("article a.md-button[download]")}
    for name in TEMPLATES:
        for kind in ("docx", "odt"):
            href = next((href for href in buttons if href.endswith(f"{name}.{kind}")), None)
            assert href is not None, f"mallar/: no button for {name}.{kind}"
            assert (site / "mallar" / href).resolve().is_file(), href
