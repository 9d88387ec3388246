"""The Swedish search benchmark: type each query into the site's own search box in Chromium,
read the first three pages it lists, and count a hit when an expected page is among them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from measure import wait_until

QUERIES = Path(__file__).with_name("search_queries.yml")
# The list answers this query, not the one before: a result's link marks (?h=) only words of the
# query, or Material says it found nothing (after its placeholder, so not the query before).
# A fixed wait once read the previous query's list when a larger index answered later.
ANSWERED = """([meta, query]) => {
  if (['', 'Skriv sökord', 'Initialiserar sök'].includes(meta.textContent.trim())) return false;
  const words = query.toLowerCase().split(/\\s+/);
  const links = [...document.querySelectorAll('li.md-search-result__item > a.md-search-result__link')];
  const marked = links.map(link => (new URL(link.href).searchParams.get('h') || '').toLowerCase().split(' '));
  if (links.length === 0) return meta.textContent.trim() === 'Inga sökresultat';
  return marked.some(terms => terms[0] !== '' && terms.every(t => words.includes(t)));
}"""


@dataclass(frozen=True)
class Outcome:
    query: str
    kind: str
    expected: tuple[str, ...]
    found: tuple[str, ...]

    @property
    def hit(self) -> bool:
        return any(page in self.found for page in self.expected)


def queries() -> list[dict[str, object]]:
    return list(yaml.safe_load(QUERIES.read_text(encoding="utf-8"))["frågor"])


def top_pages(page, base: str, query: str, limit: int = 3) -> list[str]:  # noqa: ANN001 - a Playwright page
    box = page.locator("input[data-md-component=search-query]")
    meta = page.locator(".md-search-result__meta")
    box.fill("")
    box.press("Backspace")  # an empty query: Material shows its placeholder again
    wait_until(page, "el => el.textContent.trim() === 'Skriv sökord'", meta.element_handle())
    box.fill(query[:-1])
    box.press(query[-1])  # Material searches on a key: once, for the whole query
    wait_until(page, ANSWERED, [meta.element_handle(), query])
    found: list[str] = []
    for href in page.locator("li.md-search-result__item > a.md-search-result__link").evaluate_all(
        "links => links.map(link => link.href)"
    ):
        path = urlsplit(href).path.removeprefix(urlsplit(base).path)
        if path not in found:
            found.append(path)
    return found[:limit]


def run(browser, base: str) -> list[Outcome]:  # noqa: ANN001 - a Playwright browser
    context = browser.new_context()
    page = context.new_page()
    page.goto(base)
    page.keyboard.press("s")  # open the search, as a reader does
    outcomes = []
    for item in queries():
        found = top_pages(page, base, str(item["fråga"]))
        outcomes.append(Outcome(str(item["fråga"]), str(item["klass"]), tuple(item["sidor"]), tuple(found)))  # type: ignore[arg-type]
    context.close()
    return outcomes


def rates(outcomes: list[Outcome]) -> dict[str, float]:
    """Top-3 hit rate in per cent, per query class and in total ('alla')."""
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for outcome in outcomes:
        by_kind[outcome.kind].append(outcome.hit)
        by_kind["alla"].append(outcome.hit)
    return {kind: 100 * sum(hits) / len(hits) for kind, hits in by_kind.items()}
