"""Every page of the site as served, each opened once in Chromium until its search has started: nothing
is fetched from another host, and nothing breaks the Content-Security-Policy."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from browsing import url_of
from measure import wait_until
from test_csp import LISTEN, STEP, use_site

# One worker opens the pages once for both tests (make test: --dist loadgroup).
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("every-page-online")]

# Material's search box says something (its "Skriv sökord") once the worker has the index and the
# language scripts it asked for: by then the page has made every request it makes on its own.
SEARCH_READY = "() => document.querySelector('.md-search-result__meta')?.textContent.trim().length > 0"


@dataclass
class Tour:
    opened: list[str] = field(default_factory=list)
    requested: dict[str, list[str]] = field(default_factory=dict)  # page: what it asked for
    outside: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)  # the pages' securitypolicyviolation events
    console: list[str] = field(default_factory=list)  # Chromium's own messages (frames included)


@pytest.fixture(scope="module")
def tour(pages: list[Path], site: Path, server: str, plain_server: str, browser) -> Tour:  # noqa: ANN001
    """Every page and the 404 page, from the server without the index's pages (see `plain_server`); the first
    step's page is used as a reader uses it (search, a ticked box, the other colour scheme, a result), with
    the whole index."""
    seen = Tour()
    context = browser.new_context()
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
    for url in [url_of(path, site, plain_server) for path in pages] + [f"{plain_server}404.html"]:
        seen.opened.append(url)
        if url == f"{plain_server}{STEP}/":
            use_site(page, f"{server}{STEP}/", checklist=True)
        else:
            page.goto(url)
        if not url.endswith("404.html"):  # its addresses start at site_url's path, which this server lacks
            wait_until(page, SEARCH_READY)
        seen.violations += [f"{url}: {violation}" for violation in page.evaluate("window.__violations")]
    context.close()
    return seen


def test_pages_request_nothing_outside_localhost(tour: Tour) -> None:
    assert len(tour.opened) > 30 and tour.outside == []
    started = [url for url, asked in tour.requested.items() if any(u.endswith("search_index.json") for u in asked)]
    assert started == tour.opened[:-1]  # each page's search started, its worker's requests among those seen


def test_no_page_breaks_the_policy_online(tour: Tour) -> None:
    assert tour.violations == []
    assert [text for text in tour.console if "Content Security Policy" in text] == []
