"""Reading the built site in Chromium as a reader does: its addresses, a still page, the search box; and as
the accessibility tests do: axe-core, the two screen sizes, the pages that show every kind of element."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import lxml.html
from axe_playwright_python.sync_playwright import Axe
from measure import wait_until

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
# The two of those rules whose outcome a colour scheme can change. The dark scheme changes colours and
# nothing else (test_accessibility checks our stylesheets for that), so a page read in full in light needs
# only these in dark; they are three fifths of axe's time on a page.
COLOUR_RULES = {**AXE_OPTIONS, "runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]}}

# Axe reads a page at rest. For a reader who asks for less motion, Material turns its transitions off and
# does nothing else (test_accessibility checks the stylesheets for that), so such a page is at rest as soon
# as it is laid out: the same page, read without waiting 0.4 s for the transitions a resize starts.
AT_REST = {"reduced_motion": "reduce"}


def url_of(page_file: Path, site: Path, server: str) -> str:
    """The address a reader uses for a built `…/index.html`."""
    folder = page_file.parent.relative_to(site).as_posix()
    return server if folder == "." else f"{server}{folder}/"


STILL = """() => new Promise(frame => requestAnimationFrame(() => requestAnimationFrame(frame)))
  .then(() => Promise.race([
    Promise.all(document.getAnimations()
      .filter(motion => motion.effect && motion.effect.getComputedTiming().endTime !== Infinity)
      .map(motion => motion.finished.catch(() => null))),
    new Promise(enough => setTimeout(enough, 5000)),  // a paused animation never finishes
  ]))
  .then(() => true)"""


def until_still(page) -> None:  # noqa: ANN001 - Playwright's page
    """Wait until the page's transitions have ended. Material fades its "Tillbaka till toppen" button
    in when a page scrolls up (as it does when the planner moves the focus to its error summary);
    axe measuring the button half-faded reports a contrast the button never has at rest (it did, in CI)."""
    page.evaluate(STILL)


SEARCH_FOCUSED = "() => document.activeElement?.matches('input[data-md-component=search-query]')"


def open_search(page) -> None:  # noqa: ANN001 - Playwright's page
    """Press "s" as a reader does, and wait for the search box to have the focus: typed before that,
    "n" is Material's key for the next page. A key pressed before Material's script has started is
    lost (it was, once, in CI, on a page just opened from file://): then the reader presses it again.
    (Not `wait_for_function`: it polls by evaluating a string in the page, which the site's
    Content-Security-Policy rightly refuses.)"""
    page.wait_for_load_state("load")
    for attempt in range(5):
        page.keyboard.press("s")
        try:
            wait_until(page, SEARCH_FOCUSED, timeout=3)
            break
        except AssertionError:
            if attempt == 4:
                raise
    page.locator("input[data-md-component=search-query]").fill("")  # nothing typed yet, whatever came late


def with_axe(context) -> None:  # noqa: ANN001 - Playwright's browser context
    """axe-core, as axe-playwright-python ships it, in every page of `context` from the start: sent to
    the browser once, not half a megabyte again for each page (a tenth of a second a page here)."""
    context.add_init_script(Axe().axe_script)


def axe_violations(page, options: dict[str, Any] = AXE_OPTIONS) -> list[dict[str, Any]]:  # noqa: ANN001
    """What axe-core finds against WCAG 2.1 A and AA (or the rules `options` names) on `page`, a Playwright
    page, as it stands (see `with_axe`)."""
    return page.evaluate("options => axe.run(document, options).then(results => results.violations)", options)


VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 360, "height": 800}}


def kinds_of_element(page: Path) -> set[str]:
    """Every tag with each of its classes ("td.", "div.admonition", "span.plan-status") on a built page.
    (lxml, not BeautifulSoup: the same kinds for the whole site in a twentieth of the time.)"""
    body = lxml.html.fromstring(page.read_bytes()).body
    return {
        f"{element.tag}.{name}"
        for element in body.iterdescendants()
        if isinstance(element.tag, str)  # not a comment
        for name in (element.get("class", "").split() or [""])
    }


def covering(pages: list[Path]) -> list[Path]:
    """Few pages that together show every kind of element the site has (a greedy set cover): a scheme or a
    screen size changes how a kind of element looks, not how one page's copy of it differs from another's."""
    kinds = {page: kinds_of_element(page) for page in pages}
    chosen: list[Path] = []
    seen: set[str] = set()
    while kinds[best := max(pages, key=lambda page: len(kinds[page] - seen))] - seen:
        chosen.append(best)
        seen |= kinds[best]
    assert seen == set().union(*kinds.values())
    return sorted(chosen)


def read(page, name: str, size: str, options: dict[str, Any] = AXE_OPTIONS) -> list[str]:  # noqa: ANN001
    """What is wrong with the page as it stands at `size`: axe-core's violations (of the rules `options`
    runs), and a width a reader has to scroll sideways to read."""
    found = []
    for violation in axe_violations(page, options):
        targets = [node["target"] for node in violation["nodes"]][:3]
        found.append(f"{name} ({size}): {violation['id']} ({violation['impact']}) {targets}")
    wide, width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    return found + ([f"{name} ({size}): {wide} px > {width} px"] if wide > width else [])


def read_at(page, name: str, sizes: list[str], options: dict[str, Any] = AXE_OPTIONS) -> list[str]:  # noqa: ANN001
    """`read` at each of `sizes` in turn, the page resized in place and come to rest (`until_still`);
    it is left at the first size again, as it came."""
    found: list[str] = []
    for size in sizes:
        page.set_viewport_size(VIEWPORTS[size])
        until_still(page)
        found += read(page, name, size, options)
    page.set_viewport_size(VIEWPORTS[sizes[0]])
    return found
