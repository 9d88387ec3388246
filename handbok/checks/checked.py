"""What the checks hand on: the project's data, its pages' text and every problem found. Frozen.

Pages are composed only from the checked text kept here, never from a newer copy on disk.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from handbok.checks.review_dates import Review
from handbok.checks.stale_dates import StaleDate
from handbok.model.handbook import Handbook
from handbok.model.site_pages import case_uri, extra_comparison_uris
from handbok.problems import Problems
from handbok.sources.page_source import PageSource
from handbok.sources.settings import Settings

TRUE_WORDS = frozenset(("true", "True", "TRUE", "yes", "Yes", "on"))


class CheckFailed(Exception):
    """The project has mistakes; the message lists them all."""


@dataclass(frozen=True)
class Checked:
    """The project after the checks: its data, its pages' text and every problem found."""

    settings: Settings
    handbook: Handbook
    problems: Problems
    pages: dict[str, PageSource] = field(default_factory=dict)  # uri under docs/ -> page
    narratives: dict[str, PageSource] = field(default_factory=dict)  # case slug -> narrative
    reviews: dict[str, Review] = field(default_factory=dict)  # page uri (cases: fall/<slug>.md) -> review
    titles: dict[str, str] = field(default_factory=dict)  # page uri -> its title
    stale: list[StaleDate] = field(default_factory=list)  # sentences that still treat a passed date as ahead
    plan: dict[str, Any] = field(default_factory=dict)  # Er plan's definition (PLAN_INTERFACE.md)

    def all_clear(self) -> str:
        """What `make check` and the pull request's summary say when there is no problem."""
        pages = len(self.pages) + len(self.narratives)
        return f"Inga fel: {pages} sidor och {len(self.handbook.cases)} fall kontrollerade"

    def overdue(self, today: dt.date) -> list[tuple[str, Review]]:
        return [(uri, review) for uri, review in sorted(self.reviews.items()) if review.overdue(today)]

    def generated_pages(self) -> set[str]:
        """Pages the build makes from data: one per case, and the comparison's extra pages."""
        return generated_pages(self.handbook)


def generated_pages(handbook: Handbook) -> set[str]:
    cases = handbook.cases
    return {case_uri(case.slug) for case in cases} | set(extra_comparison_uris(cases))


def page_title(page: PageSource, uri: str) -> str:
    """The title a reader sees: front matter, else the first heading, else the file name."""
    if page.meta.get("title"):
        return str(page.meta["title"])
    heading = next((line[2:].strip() for line in page.body.splitlines() if line.startswith("# ")), "")
    return heading or uri.removesuffix(".md")


def opted_in(page: PageSource) -> bool:
    return str(page.meta.get("render_macros")) in TRUE_WORDS


def cites_sources(page: PageSource) -> bool:
    """Whether a page must cite its sources: it says it was read against them (`granskad:`), and
    it is not a list or an overview (`utan_källor: true`)."""
    return "granskad" in page.meta and str(page.meta.get("utan_källor")) not in TRUE_WORDS
