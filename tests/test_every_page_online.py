"""Every page of the site as served, opened once in Chromium as a phone opens it, in light, until its search
has started: nothing is fetched from another host, nothing breaks the Content-Security-Policy, axe-core
finds no WCAG 2.1 AA violation and the page does not scroll sideways. The pages that together show every
kind of element (the cover) are read again widened to a desktop's screen; in dark: test_accessibility."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browsing import AT_REST, VIEWPORTS, read_at, url_of, with_axe
from measure import wait_until
from test_accessibility import SHARES
from test_csp import LISTEN, STEP, use_site

pytestmark = pytest.mark.browser

# Material's search box says something (its "Skriv sökord") once the worker has the index and the
# language scripts it asked for: by then the page has made every request it makes on its own.
SEARCH_READY = "() => document.querySelector('.md-search-result__meta')?.textContent.trim().length > 0"


@dataclass
class Walk:
    opened: list[str] = field(default_factory=list)
    requested: dict[str, list[str]] = field(default_factory=dict)  # page: what it asked for
    outside: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)  # the pages' securitypolicyviolation events
    console: list[str] = field(default_factory=list)  # Chromium's own messages (frames included)
    wrong: list[str] = field(default_factory=list)  # axe-core's violations, and pages wider than the screen


def watched(context, seen: Walk):  # noqa: ANN001, ANN201 - Playwright's types
    """A tab of `context` whose requests go to 127.0.0.1 only (any other is noted and refused), and whose
    policy violations and console messages are kept in `seen`."""
    context.add_init_script(LISTEN)

    def guard(route) -> None:  # noqa: ANN001
        url = route.request.url
        seen.requested.setdefault(seen.opened[-1], []).append(url)
        if urlsplit(url).hostname == "127.0.0.1":
            route.continue_()
        else:
            seen.outside.append(url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.on("console", lambda message: seen.console.append(message.text))
    return page


def walk(browser, urls: list[str], cover: set[str]) -> Walk:  # noqa: ANN001
    """Each of `urls` opened in turn in one phone-sized tab (see `watched`), and read as a phone shows it;
    those in `cover` again widened to a desktop's screen."""
    seen = Walk()
    context = browser.new_context(viewport=VIEWPORTS["phone"], **AT_REST)
    with_axe(context)
    page = watched(context, seen)
    for url in urls:
        seen.opened.append(url)
        page.goto(url)
        if not url.endswith("404.html"):  # its addresses start at site_url's path, which this server lacks
            wait_until(page, SEARCH_READY)
        seen.violations += [f"{url}: {violation}" for violation in page.evaluate("window.__violations")]
        if url.endswith("404.html"):  # and so its stylesheets: its layout is not what a reader sees
            continue
        seen.wrong += read_at(page, url, ["phone", "desktop"] if url in cover else ["phone"])
    context.close()
    return seen


@pytest.mark.long
@pytest.mark.parametrize("share", range(SHARES))
def test_every_page_stays_local_keeps_its_policy_and_passes_axe(
    pages: list[Path], cover: list[Path], site: Path, plain_server: str, browser, share: int
) -> None:  # noqa: ANN001
    """A third of the pages (and the 404 page) from the server without the index's pages (`plain_server`)."""
    urls = [url_of(path, site, plain_server) for path in pages][share::SHARES]
    urls += [f"{plain_server}404.html"] if share == 0 else []
    seen = walk(browser, urls, {url_of(path, site, plain_server) for path in cover})
    assert len(seen.opened) > 10 and seen.outside == []
    started = [url for url, asked in seen.requested.items() if any(u.endswith("search_index.json") for u in asked)]
    assert started == [url for url in seen.opened if not url.endswith("404.html")]  # its worker's requests are seen
    assert seen.violations == []
    assert [text for text in seen.console if "Content Security Policy" in text] == []
    assert seen.wrong == [], "\n".join(seen.wrong)


def test_a_reader_using_a_page_stays_local_and_keeps_its_policy(server: str, browser) -> None:  # noqa: ANN001
    """Search, a ticked box, the other colour scheme and a search result, with the whole index."""
    seen = Walk(opened=[f"{server}{STEP}/"])
    context = browser.new_context()
    page = watched(context, seen)
    use_site(page, seen.opened[0], checklist=True)
    seen.violations += page.evaluate("window.__violations")
    context.close()
    assert seen.outside == [] and seen.violations == []
    assert [text for text in seen.console if "Content Security Policy" in text] == []
