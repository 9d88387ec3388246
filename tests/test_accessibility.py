"""WCAG 2.1 AA as axe-core sees it, and no page wider than the screen: the pages that together show every
kind of element (the cover), in dark, on a phone and on a desktop. In light, every page is read as it
opens: test_every_page_online."""

from __future__ import annotations

from pathlib import Path

import pytest
from browsing import VIEWPORTS, axe_violations, read, read_at, url_of, with_axe

SHARES = 3  # the pages in three shares, which the two cores take in turn


@pytest.mark.browser
@pytest.mark.long
@pytest.mark.parametrize("share", range(SHARES))
def test_in_dark_axe_finds_no_violations_and_no_page_scrolls_sideways(
    cover: list[Path], site: Path, plain_server: str, browser, share: int
) -> None:  # noqa: ANN001
    """The cover in dark, each page as a phone opens it and again widened to a desktop's screen (in light,
    every page: test_every_page_online)."""
    context = browser.new_context(color_scheme="dark", viewport=VIEWPORTS["phone"])
    with_axe(context)
    page = context.new_page()
    report: list[str] = []
    assert len(cover[share::SHARES]) >= 5
    for path in cover[share::SHARES]:
        page.goto(url_of(path, site, plain_server), wait_until="load")
        report += read_at(page, str(path.parent.relative_to(site)), ["phone", "desktop"])
    context.close()
    assert report == [], "\n".join(report)


@pytest.mark.browser
def test_the_reading_does_find_a_violation_and_a_page_too_wide(browser) -> None:  # noqa: ANN001
    """The checks above can fail: an image without a text alternative, and a page wider than a phone."""
    context = browser.new_context(viewport=VIEWPORTS["phone"])
    with_axe(context)
    html = (
        '<!DOCTYPE html><html lang="sv"><title>Prov</title>'
        '<main><img src="x.png"><p style="width: 600px">Bred</p></main></html>'
    )
    context.route("http://handbok.test/**", lambda route: route.fulfill(body=html, content_type="text/html"))
    page = context.new_page()
    page.goto("http://handbok.test/")
    assert "image-alt" in [violation["id"] for violation in axe_violations(page)]
    found = read(page, "prov", "phone")
    assert any("image-alt" in line for line in found) and any("px > 360 px" in line for line in found), found
    context.close()
