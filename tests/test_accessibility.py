"""WCAG 2.1 AA as axe-core sees it, and no page wider than the screen: the pages that together show every
kind of element (the cover), in dark, on a phone and on a desktop. In light, every page is read as it
opens: test_every_page_online. And what lets both read less than everything, checked in the stylesheets:
the dark scheme changes only colours, and asking for less motion only stops motion."""

from __future__ import annotations

from pathlib import Path

import pytest
import tinycss2
from browsing import AT_REST, AXE_OPTIONS, COLOUR_RULES, VIEWPORTS, axe_violations, read, read_at, url_of, with_axe

STYLESHEETS = Path(__file__).resolve().parent.parent / "docs" / "stylesheets"
# What a rule for one colour scheme may set: colours, and custom properties (which ours use for colours).
COLOUR_PROPERTIES = frozenset(
    "color background background-color border-color outline-color fill stroke box-shadow text-decoration-color"
    " caret-color accent-color".split()
)

SHARES = 3  # the pages in three shares, which the two cores take in turn


@pytest.mark.browser
@pytest.mark.long
@pytest.mark.parametrize("share", range(SHARES))
def test_in_dark_axe_finds_no_violations_and_no_page_scrolls_sideways(
    cover: list[Path], site: Path, plain_server: str, browser, share: int
) -> None:  # noqa: ANN001
    """The cover in dark, each page as a phone opens it and again widened to a desktop's screen: the first
    page of a share in full, the rest in axe's colour rules (in light, every page in full:
    test_every_page_online)."""
    context = browser.new_context(color_scheme="dark", viewport=VIEWPORTS["phone"], **AT_REST)
    with_axe(context)
    page = context.new_page()
    report: list[str] = []
    assert len(cover[share::SHARES]) >= 5
    for number, path in enumerate(cover[share::SHARES]):
        page.goto(url_of(path, site, plain_server), wait_until="load")
        # The first page in full, for what the theme shows in dark only (its "Byt till ljust läge");
        # then the colour rules, all the dark scheme changes (see the test of the stylesheets below).
        options = AXE_OPTIONS if number == 0 else COLOUR_RULES
        report += read_at(page, str(path.parent.relative_to(site)), ["phone", "desktop"], options)
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
    page.evaluate("document.querySelector('p').style.color = '#aaa'")  # grey on white
    assert [violation["id"] for violation in axe_violations(page, COLOUR_RULES)] == ["color-contrast"]
    context.close()


def declarations_under(css: str, condition: str, inside: bool = False) -> list[tuple[str, str]]:
    """(selector, property) of every declaration in `css` that holds only where `condition` does: under a
    selector or an at-rule (a media query) that names it ("color-scheme", "prefers-reduced-motion")."""
    found = []
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type not in ("at-rule", "qualified-rule"):
            continue
        prelude = tinycss2.serialize(rule.prelude).strip()
        under = inside or condition in prelude
        if rule.type == "at-rule" and rule.content is not None:
            found += declarations_under(tinycss2.serialize(rule.content), condition, under)
        elif rule.type == "qualified-rule" and under:
            declarations = tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True)
            found += [(prelude, item.lower_name) for item in declarations if item.type == "declaration"]
    return found


def test_the_dark_scheme_changes_colours_only() -> None:
    """What lets the dark reading above run axe's colour rules alone: every declaration our stylesheets make
    for one colour scheme sets a colour or a custom property (ours hold colours), nothing that shows, hides,
    moves or names an element."""
    found = [
        (sheet.name, *seen)
        for sheet in sorted(STYLESHEETS.glob("*.css"))
        for seen in declarations_under(sheet.read_text(encoding="utf-8"), "color-scheme")
    ]
    assert len(found) >= 5, found  # the stylesheets do have rules for dark
    assert [seen for seen in found if not (seen[2].startswith("--") or seen[2] in COLOUR_PROPERTIES)] == []
    # The check can fail, in a rule and in a media query:
    wrong = '[data-md-color-scheme="slate"] .x { display: none } @media (prefers-color-scheme: dark) { p { order: 2 } }'
    assert declarations_under(wrong, "color-scheme") == [
        ('[data-md-color-scheme="slate"] .x', "display"),
        ("p", "order"),
    ]


def test_less_motion_only_stops_motion(site: Path) -> None:
    """What lets axe read a page as a reader who asks for less motion sees it (browsing.AT_REST): what every
    stylesheet the site ships (ours and Material's) does for such a reader stops transitions and animations,
    and nothing else changes."""
    found = [
        (sheet.name, *seen)
        for sheet in sorted(site.rglob("*.css"))
        for seen in declarations_under(sheet.read_text(encoding="utf-8"), "reduced-motion")
    ]
    assert found, "Material no longer turns its transitions off for less motion: AT_REST's note is wrong"
    assert [seen for seen in found if not seen[2].startswith(("transition", "animation", "scroll-behavior"))] == []
    wrong = "@media (prefers-reduced-motion: reduce) { *, ::before { transition: none } nav { display: none } }"
    assert declarations_under(wrong, "reduced-motion") == [("*, ::before", "transition"), ("nav", "display")]
