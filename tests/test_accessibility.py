"""WCAG 2.1 AA as axe-core sees it: zero violations on every page in light on a phone, and on the pages
that together show every kind of element in dark and on a desktop. No page scrolls sideways on a phone."""

from __future__ import annotations

from pathlib import Path

import pytest
from browsing import axe_violations, until_still, url_of, with_axe
from conftest import soup_of

VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 360, "height": 800}}
SHARES = 3  # the pages in three shares, which the two cores take in turn


def kinds_of_element(page: Path) -> set[str]:
    """Every tag with each of its classes ("td.", "div.admonition", "span.plan-status") on a built page."""
    return {f"{tag.name}.{name}" for tag in soup_of(page).select("body *") for name in (tag.get("class") or [""])}


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


@pytest.fixture(scope="module")
def cover(pages: list[Path]) -> list[Path]:
    """`covering(pages)`, worked out once per worker, not once per scheme, size and share."""
    return covering(pages)


def read(page, name: str, size: str) -> list[str]:  # noqa: ANN001 - Playwright's page
    """What is wrong with the page as it stands at `size`: axe-core's violations, and a width a reader
    has to scroll sideways to read."""
    found = []
    for violation in axe_violations(page):
        targets = [node["target"] for node in violation["nodes"]][:3]
        found.append(f"{name} ({size}): {violation['id']} ({violation['impact']}) {targets}")
    wide, width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    return found + ([f"{name} ({size}): {wide} px > {width} px"] if wide > width else [])


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("share", range(SHARES))
def test_axe_finds_no_violations_and_no_page_scrolls_sideways(
    pages: list[Path], cover: list[Path], site: Path, plain_server: str, browser, scheme: str, share: int
) -> None:  # noqa: ANN001
    """In light, every page as a phone opens it; in dark, the cover. Each page of the cover is then read
    again widened to a desktop's screen (the same page: one load for both sizes)."""
    context = browser.new_context(color_scheme=scheme, viewport=VIEWPORTS["phone"])
    with_axe(context)
    page = context.new_page()
    report: list[str] = []
    chosen = (pages if scheme == "light" else cover)[share::SHARES]
    assert len(chosen) >= 5
    for path in chosen:
        page.goto(url_of(path, site, plain_server), wait_until="load")
        until_still(page)
        report += read(page, str(path.parent.relative_to(site)), "phone")
        if path in cover:
            page.set_viewport_size(VIEWPORTS["desktop"])
            until_still(page)
            report += read(page, str(path.parent.relative_to(site)), "desktop")
            page.set_viewport_size(VIEWPORTS["phone"])
    context.close()
    assert report == [], "\n".join(report)


@pytest.mark.browser
def test_axe_does_find_a_violation(browser) -> None:  # noqa: ANN001
    """The check above can fail: an image without a text alternative is reported."""
    context = browser.new_context()
    with_axe(context)
    html = '<!DOCTYPE html><html lang="sv"><title>Prov</title><main><img src="x.png"></main></html>'
    context.route("http://handbok.test/**", lambda route: route.fulfill(body=html, content_type="text/html"))
    page = context.new_page()
    page.goto("http://handbok.test/")
    assert "image-alt" in [violation["id"] for violation in axe_violations(page)]
    context.close()
