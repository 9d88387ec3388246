"""Checks that need every page read first: links and anchors between pages, and how each page reads.

Links are checked in every page and narrative (a narrative is its case's page); how a page reads
is its LIX, its headings' levels and a title of its own (a case's title is its kommun).
"""

from __future__ import annotations

from pathlib import Path

from handbok.checks.checked import Checked, opted_in
from handbok.checks.page_links import LinkedPage, check_links, exists_under
from handbok.checks.page_outline import check_outline, check_titles, written_headings
from handbok.checks.readability import check_readability
from handbok.model.site_pages import FEED_NAME, OPEN_DATA, PDF_NAME, ZIP_NAME, case_uri

GENERATED_FILES = (*OPEN_DATA, FEED_NAME, PDF_NAME, ZIP_NAME)  # made by the build


def check_page_links(checked: Checked, docs: Path, generated: set[str]) -> None:
    """Links between pages and to headings, in every page and narrative."""
    pages = [LinkedPage(page.file, page.text, page.body, uri, opted_in(page)) for uri, page in checked.pages.items()]
    pages += [
        LinkedPage(story.file, story.text, story.text, case_uri(slug), True)
        for slug, story in checked.narratives.items()
    ]
    check_links(pages, generated | set(GENERATED_FILES), exists_under(docs), checked.problems)


def check_text(checked: Checked) -> None:
    """How each page reads: LIX, its headings' levels, a title of its own."""
    titles: dict[str, tuple[str, str, int]] = {}
    for uri, page in checked.pages.items():
        check_readability(page.file, page.text, checked.problems)
        check_outline(page.file, page.body, page.body_line, checked.problems)
        heading = next((line for line, level in written_headings(page.body, page.body_line) if level == 1), 1)
        titles[uri] = (checked.titles[uri], page.file, page.line_of_meta("title") if "title" in page.meta else heading)
    for case in checked.handbook.cases:
        if (story := checked.narratives.get(case.slug)) is not None:
            check_readability(story.file, story.text, checked.problems)
            check_outline(story.file, story.text, 1, checked.problems, main_written=False)  # the build writes the #
        yml, document = checked.handbook.case_sources[case.slug][0], checked.handbook.case_documents[case.slug]
        titles[case_uri(case.slug)] = (case.municipality, yml, document.line_of_key("kommun"))
    check_titles(titles, checked.problems)
