"""Every page carries a strict Content-Security-Policy, and the site works under it, online and offline."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest
from browsing import open_search
from bs4 import BeautifulSoup
from conftest import soup_of
from measure import wait_until

from handbok.output.csp import with_policy

LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
}, true);
"""
STEP = "processen/steg-1-initiera"


def policy_of(page: Path | BeautifulSoup) -> dict[str, list[str]]:
    metas = (soup_of(page) if isinstance(page, Path) else page).select('meta[http-equiv="Content-Security-Policy"]')
    assert len(metas) == 1, page
    directives = [part.split() for part in str(metas[0]["content"]).split(";")]
    return {words[0]: words[1:] for words in directives if words}


def hashes_of_inline_scripts(soup: BeautifulSoup) -> set[str]:
    found = set()
    for script in soup.find_all("script"):
        if not script.get("src") and script.get("type", "") in ("", "text/javascript", "module"):
            digest = hashlib.sha256(script.string.encode("utf-8")).digest()
            found.add(f"'sha256-{base64.b64encode(digest).decode()}'")
    return found


def test_every_html_file_has_the_strict_policy_first(site: Path) -> None:
    files = sorted(site.rglob("*.html"))
    assert len(files) > 30
    for path in files:
        soup = soup_of(path)  # read once: a page is parsed in a tenth of a second
        policy = policy_of(soup)
        assert policy["default-src"] == ["'self'"], path
        assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'self'"], path
        assert policy["form-action"] == ["'none'"] and policy["style-src"] == ["'self'"], path
        assert policy["img-src"] == ["'self'", "data:"] and policy["worker-src"] == ["'self'"], path
        # Exactly the page's own inline scripts, by hash: nothing more, nothing inline beside them.
        assert policy["script-src"][0] == "'self'", path
        assert set(policy["script-src"][1:]) == hashes_of_inline_scripts(soup), path
        assert not any("unsafe" in word for words in policy.values() for word in words), path
        head = soup.head
        assert head is not None and head.find("meta", attrs={"charset": True}) is not None
        assert head.find_all("meta")[1].get("http-equiv") == "Content-Security-Policy", path


def use_site(page, url: str, checklist: bool) -> None:  # noqa: ANN001
    """Search, tick a box on a step page, switch the colour scheme, open a result: what a reader does."""
    page.goto(url)
    open_search(page)
    page.locator("input[data-md-component=search-query]").press_sequentially("nattvandringar")
    page.locator("li.md-search-result__item > a.md-search-result__link").first.wait_for(timeout=15000)
    page.keyboard.press("Escape")
    if checklist:
        box = page.locator(".klart-nar input[type=checkbox]").first
        box.check()
        assert box.is_checked()
    scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") != scheme
    open_search(page)  # and open a result
    page.locator("input[data-md-component=search-query]").press_sequentially("lägesbild")
    page.locator("li.md-search-result__item > a.md-search-result__link").first.click()
    page.wait_for_load_state("load")
    assert "h=l%C3%A4gesbild" in page.url and page.locator("article h1").count() == 1


def visit_all(browser, urls: list[str], interactive: str) -> tuple[list[str], list[str]]:  # noqa: ANN001
    """Violations seen by the pages' listeners, and Chromium's own CSP messages (frames included)."""
    context = browser.new_context()
    context.add_init_script(LISTEN)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    violations: list[str] = []
    for url in urls:
        if url == interactive:
            use_site(page, url, checklist=True)
        else:
            page.goto(url)
        page.wait_for_load_state("load")
        violations += [f"{url}: {seen}" for seen in page.evaluate("window.__violations")]
    context.close()
    return violations, [text for text in console if "Content Security Policy" in text]


@pytest.mark.browser
@pytest.mark.long
def test_no_page_breaks_the_policy_offline(offline: Path, plain_offline: Path, browser) -> None:  # noqa: ANN001
    """Every page of the offline copy, from the one whose index lists no pages; the step a reader uses
    (searching among other things) from the whole copy."""
    pages = sorted(path for path in plain_offline.rglob("*.html") if path.name != "404.html")
    assert len(pages) > 30 and all(policy_of(path)["default-src"] == ["'self'"] for path in pages)
    step = (offline / f"{STEP}.html").as_uri()
    urls = [step if path == plain_offline / f"{STEP}.html" else path.as_uri() for path in pages]
    violations, console = visit_all(browser, urls, step)
    assert violations == [] and console == []


@pytest.mark.browser
def test_the_listener_sees_a_script_the_policy_does_not_allow(site: Path, browser) -> None:  # noqa: ANN001
    """The check above can fail: one inline script more than the page was built with is refused."""
    html = with_policy((site / "index.html").read_text(encoding="utf-8"))
    html = html.replace("</body>", "<script>document.title = 'körd'</script></body>")
    context = browser.new_context()
    context.add_init_script(LISTEN)
    context.route("http://handbok.test/**", lambda route: route.fulfill(body=html, content_type="text/html"))
    page = context.new_page()
    page.goto("http://handbok.test/")
    wait_until(page, "() => window.__violations.some(seen => seen.startsWith('script-src'))")
    assert page.title() != "körd"
    context.close()
