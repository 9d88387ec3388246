"""Er plan as built, filled with a whole plan: axe-core finds no WCAG 2.1 AA violation, no page breaks the
Content-Security-Policy, and no page scrolls sideways on a phone."""

from __future__ import annotations

import pytest
from browsing import AT_REST, AXE_OPTIONS, COLOUR_RULES, VIEWPORTS, read, until_still, with_axe
from plan_reader import Where, open_part, part_addresses
from planner import FILL, PLAN_PAGES
from test_csp import LISTEN

pytestmark = pytest.mark.browser
PALETTE = {"light": "default", "dark": "slate"}  # Material's name for each scheme


def sizes_to_read(scheme: str, again: bool) -> list[str]:
    """A second or third åtgärdsplan is the first one's form again: it is read in light on the desktop only."""
    if not again:
        return sorted(VIEWPORTS)
    return ["desktop"] if scheme == "light" else []


def refuse_a_date(page) -> bool:  # noqa: ANN001
    """A wrong date and "klar": the part shows its error summary (False: the part has no date field)."""
    if not page.locator(".plan-input[data-date]").count():
        return False
    page.locator(".plan-input[data-date]").first.fill("inte ett datum")
    page.locator("#plan-klar").click()
    page.locator(".plan-felsammanfattning").wait_for()
    return True


def read_every_part(browser, where: Where, scheme: str) -> tuple[list[str], list[tuple[str, str]]]:  # noqa: ANN001
    """A whole plan filled in a fresh browser in `scheme` (Material keeps the scheme a page first opened
    in), then every part opened once and read on the desktop and, narrowed, on a phone: (what is wrong,
    (size, the scheme Material shows) of every reading). In dark, the first reading is in full and the rest
    in axe's colour rules: the dark scheme changes colours only (test_accessibility)."""
    context = browser.new_context(color_scheme=scheme, viewport=VIEWPORTS["desktop"], **AT_REST)
    context.add_init_script(LISTEN)
    with_axe(context)
    page = context.new_page()
    for path in PLAN_PAGES[1:6]:
        open_part(page, where, path.strip("/").split("/")[-1])
        page.evaluate(FILL, path)
    report, shown, refused, seen = [], [], False, set()
    for name, query in [*part_addresses(page, where), ("kontrollera", ""), ("lagen", "")]:
        sizes = sizes_to_read(scheme, again=name in seen)
        seen.add(name)
        if not sizes:
            continue
        open_part(page, where, name, query)
        refused = refused or refuse_a_date(page)
        for size in sizes:
            page.set_viewport_size(VIEWPORTS[size])
            until_still(page)
            shown.append((size, page.evaluate("document.body.dataset.mdColorScheme")))
            options = AXE_OPTIONS if scheme == "light" or len(shown) == 1 else COLOUR_RULES
            report += read(page, f"{name}{query}", size, options)
        page.set_viewport_size(VIEWPORTS["desktop"])
        report += [f"{name}{query}: {violation}" for violation in page.evaluate("window.__violations")]
    context.close()
    return report + ([] if refused else ["no part showed its error summary"]), shown


@pytest.mark.long
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_filled_planner_pages_have_no_axe_or_policy_violations(browser, plain_server: str, scheme: str) -> None:  # noqa: ANN001
    """Every planner page with a whole plan in it, and a part with its error summary showing: in light and
    dark, on a desktop and a phone. A phone is the same page narrowed; a second or third åtgärdsplan, the
    first one's form again, is read in light on the desktop only. (The offline copy has the same files:
    test_plan_site runs the planner from it, and test_csp opens each of its pages under the policy.)"""
    report, readings = read_every_part(browser, Where(plain_server, directory_urls=True), scheme)
    assert report == []
    assert {size for size, _ in readings} == set(VIEWPORTS) and {shown for _, shown in readings} == {PALETTE[scheme]}
