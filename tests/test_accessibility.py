"""WCAG 2.1 AA as axe-core sees it: zero violations on every page, light and dark, desktop and phone."""

from __future__ import annotations

from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import until_still, url_of

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 360, "height": 800}}
SHARES = 3  # every page in each scheme and size, in three shares that the two cores take in turn


@pytest.mark.browser
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
@pytest.mark.parametrize("share", range(SHARES))
def test_axe_finds_no_violations(
    pages: list[Path], site: Path, server: str, browser, scheme: str, viewport: str, share: int
) -> None:
    axe = Axe()
    context = browser.new_context(color_scheme=scheme, viewport=VIEWPORTS[viewport])
    page = context.new_page()
    report: list[str] = []
    assert len(pages[share::SHARES]) >= 10
    for path in pages[share::SHARES]:
        page.goto(url_of(path, site, server), wait_until="load")
        until_still(page)
        results = axe.run(page, options=AXE_OPTIONS)
        for violation in results.response["violations"]:
            targets = [node["target"] for node in violation["nodes"]][:3]
            report.append(f"{path.relative_to(site)}: {violation['id']} ({violation['impact']}) {targets}")
    context.close()
    assert report == [], "\n".join(report)
