"""The pages and files of the site that follow from the data: their addresses, decided in one place.

A case's page is `fall/<slug>.md`; more cases than fit one comparison table give it extra
pages (`fall/jamforelse-2.md`, …); the four templates are pages and downloads. The checks,
the renderers and the adapter all ask here.
"""

from __future__ import annotations

from handbok.model.case import Case

CASE_DIR_URI = "fall"  # part of the URL contract: /fall/<slug>/
COLUMNS_PER_PAGE = 6  # more municipalities are compared over several pages, never in one wide table
TEMPLATES = ("lagesbild", "samverkansoverenskommelse", "atgardsplan", "medborgarlofte", "uppfoljningsplan")
# Files the build makes beside the pages: the PDF and the zip (after the pages), the open data, the feed.
PDF_NAME = "samverkan-mot-brott.pdf"
ZIP_NAME = "samverkan-mot-brott-offline.zip"
FEED_NAME = "feed.xml"
OPEN_DATA = ("data/fall.json", "data/fall.csv")


def case_uri(slug: str) -> str:
    """The page (under docs/) made for a case."""
    return f"{CASE_DIR_URI}/{slug}.md"


def case_slug(uri: str) -> str:
    """The slug a case page's address names ("fall/landskrona.md" -> "landskrona"); "" for any other page."""
    prefix = f"{CASE_DIR_URI}/"
    return uri.removeprefix(prefix).removesuffix(".md") if uri.startswith(prefix) and uri.endswith(".md") else ""


def comparison_pages(cases: list[Case]) -> list[list[Case]]:
    return [cases[start : start + COLUMNS_PER_PAGE] for start in range(0, len(cases), COLUMNS_PER_PAGE)] or [[]]


def page_uri(number: int) -> str:
    """The comparison's page `number`, within fall/."""
    return "jamforelse.md" if number == 1 else f"jamforelse-{number}.md"


def extra_comparison_uris(cases: list[Case]) -> list[str]:
    """The comparison's pages after the first (written in docs/), made from the data."""
    return [f"{CASE_DIR_URI}/{page_uri(number)}" for number in range(2, len(comparison_pages(cases)) + 1)]
