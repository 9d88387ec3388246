"""Every check of the handbook in one pass, before anything is rendered. Needs no site generator.

`check_project` reads mkdocs.yml, loads and validates the YAML, cross-checks it, and checks
every page and case narrative (safety, macros, citations, headings and their levels, links and
anchors, LIX, titles) and the menu. The MkDocs
adapter and `python -m handbok check` both call it; pages are then composed only from the
checked text it returns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handbok.checks.extensions import check_extensions
from handbok.checks.page_links import LinkedPage, check_links, exists_under
from handbok.checks.page_outline import check_outline, check_titles, written_headings
from handbok.checks.page_references import check_duties, check_notes, check_start_pages
from handbok.checks.page_safety import check_page
from handbok.checks.readability import check_readability
from handbok.checks.review_dates import NOT_REVIEWED, Review, default_interval, read_review
from handbok.checks.schema_lines import check_schema_lines
from handbok.checks.stale_dates import StaleDate, in_project
from handbok.checks.static_files import report_linked_files, report_unexpected_files
from handbok.checks.svg_safety import report_unsafe_svgs
from handbok.documents.offline_zip import ZIP_NAME
from handbok.documents.pdf import PDF_NAME
from handbok.documents.plan_definition import build_definition
from handbok.markdown.citations import check_citations
from handbok.model.front_matter import check_front_matter, check_menu_titles
from handbok.model.handbook import Handbook, load_handbook
from handbok.problems import Problems
from handbok.render import (
    case_figures,  # editor: case_figures
    case_pages,
)
from handbok.render import comparison as render_comparison
from handbok.render.macro_table import TEMPLATES, CurrentPage, Macro, macros_for, validators
from handbok.render.notes import FEED_NAME
from handbok.sources.page_source import PageSource, read_page
from handbok.sources.settings import CONFIG_FILE, Settings, check_nav, read_settings

CASE_DIR_URI = "fall"  # part of the URL contract: /fall/<slug>/
TRUE_WORDS = frozenset(("true", "True", "TRUE", "yes", "Yes", "on"))


class CheckFailed(Exception):
    """The project has mistakes; the message lists them all."""


@dataclass
class Checked:
    """The project after the checks: its data, its pages' text and every problem found."""

    settings: Settings
    handbook: Handbook
    problems: Problems
    macros: dict[str, Macro] = field(default_factory=dict)
    current: CurrentPage = field(default_factory=CurrentPage)
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
        cases = {f"{CASE_DIR_URI}/{case.slug}.md" for case in self.handbook.cases}
        count = len(render_comparison.comparison_pages(self.handbook.cases))
        return cases | {f"{CASE_DIR_URI}/{render_comparison.page_uri(n)}" for n in range(2, count + 1)}


def page_title(page: PageSource, uri: str) -> str:
    """The title a reader sees: front matter, else the first heading, else the file name."""
    if page.meta.get("title"):
        return str(page.meta["title"])
    heading = next((line[2:].strip() for line in page.body.splitlines() if line.startswith("# ")), "")
    return heading or uri.removesuffix(".md")


def opted_in(page: PageSource) -> bool:
    return str(page.meta.get("render_macros")) in TRUE_WORDS


def check_project(root: Path, today: dt.date | None = None) -> Checked:
    """Check everything; `today` (default: the clock's) decides which review and note dates lie in the future.

    (Which pages are overdue is decided by the build's day instead, so a build is the same every time.)
    """
    today = today or dt.date.today()
    problems = Problems()
    settings = read_settings(root, problems)
    interval = default_interval(settings.options, problems, settings.options_line)
    handbook = load_handbook(root, settings.data_dir, settings.cases_dir, settings.docs_dir, problems)
    # With broken data, pages are still checked, but nothing is reported that only follows from
    # the data problem (a macro's missing step, an unknown source).
    data_ok = not problems
    sources_ok = bool(handbook.sources) and all(p.file != f"{settings.data_dir}/kallor.yml" for p in problems)
    current, titles, plan = CurrentPage(), dict[str, str](), dict[str, Any]()
    macros = macros_for(handbook, root, current, titles, plan)
    checks = validators(macros, handbook, check_arguments=data_ok)
    checked = Checked(settings, handbook, problems, macros, current, titles=titles, plan=plan)
    docs = root / settings.docs_dir
    present = sorted(docs.rglob("*.md"))  # readable or not: an unreadable page is still in the menu
    for path in present:
        uri = path.relative_to(docs).as_posix()
        page = read_page(path, f"{settings.docs_dir}/{uri}", problems)
        if page is None:
            continue
        checked.pages[uri] = page
        titles[uri] = page_title(page, uri)
        if page.meta_document is not None:
            check_front_matter(page.meta_document, problems)
        check_page(page.body, page.file, page.body_line, opted_in(page), checks, problems)
        if sources_ok:
            check_citations(page.body, page.file, page.body_line, handbook.sources, problems)
        if interval is not None and not uri.startswith(NOT_REVIEWED):
            review = read_review(page.meta, page.file, page.line_of_meta, interval, today, problems)
            if review is not None:
                checked.reviews[uri] = review
    for case in handbook.cases:
        shown = handbook.case_sources[case.slug][1]
        narrative = read_page(root / shown, shown, problems)
        if narrative is None:
            continue
        checked.narratives[case.slug] = narrative
        titles[f"{CASE_DIR_URI}/{case.slug}.md"] = case.municipality
        for line, what, fix in case_pages.skeleton_problems(narrative.text):
            problems.add(shown, line, what, fix)
        check_page(narrative.text, shown, 1, True, {}, problems)  # no template code at all
        case_figures.check(narrative.text, shown, case, handbook.case_sources[case.slug][0], problems)  # editor:
        document = handbook.case_documents[case.slug]
        if interval is not None:
            yml = handbook.case_sources[case.slug][0]
            review = read_review(document.data, yml, document.line_of_key, interval, today, problems)
            if review is not None:
                checked.reviews[f"{CASE_DIR_URI}/{case.slug}.md"] = review
        if sources_ok:
            check_citations(narrative.text, shown, 1, handbook.sources, problems)
    for name in TEMPLATES:
        if f"mallar/{name}.md" not in checked.pages:
            problems.add(f"{settings.docs_dir}/mallar/{name}.md", 1, "Mallen saknas",
                         "återställ filen; den blir också en Word- och en OpenDocument-fil.")  # fmt: skip
    generated = checked.generated_pages()
    check_nav(settings, [path.relative_to(docs).as_posix() for path in present], generated, problems)
    check_menu_titles(settings.titles, CONFIG_FILE, problems)
    check_extensions(settings, set(checked.pages), problems)
    cases = {f"{CASE_DIR_URI}/{path.stem}.md" for path in (root / settings.cases_dir).glob("*.yml")}  # broken too
    unread = {path.relative_to(docs).as_posix() for path in present} - set(checked.pages)  # reported already
    _check_links(checked, docs, generated | cases | unread)
    _check_text(checked)
    report_unsafe_svgs(root, settings.docs_dir, problems)
    check_schema_lines(root, settings.data_dir, settings.cases_dir, problems)
    report_unexpected_files(root, settings.docs_dir, settings.assets, problems)
    report_linked_files(root, (settings.docs_dir, settings.data_dir, settings.cases_dir), problems)
    if data_ok and handbook.plan is not None:
        templates = {
            name: checked.pages[f"mallar/{name}.md"].text for name in TEMPLATES if f"mallar/{name}.md" in checked.pages
        }
        source = handbook.documents["plan.yml"]
        plan.update(
            build_definition(
                handbook.plan, source, templates, set(checked.pages), (handbook.duties, handbook.steps), problems
            )
        )
    if data_ok:
        check_notes(handbook, set(checked.pages) | generated, today, problems)
        check_duties(handbook, TEMPLATES, problems)
        check_start_pages(handbook, set(checked.pages) | generated, problems)
    checked.stale = in_project(root, checked, today)  # listed like overdue pages, never an error
    return checked


GENERATED_FILES = ("data/fall.json", "data/fall.csv", FEED_NAME, PDF_NAME, ZIP_NAME)  # made by the build


def _check_links(checked: Checked, docs: Path, generated: set[str]) -> None:
    """Links between pages and to headings, in every page and narrative (a narrative is its case's page)."""
    pages = [LinkedPage(page.file, page.text, page.body, uri, opted_in(page)) for uri, page in checked.pages.items()]
    pages += [LinkedPage(story.file, story.text, story.text, f"{CASE_DIR_URI}/{slug}.md", True)
              for slug, story in checked.narratives.items()]  # fmt: skip
    check_links(pages, generated | set(GENERATED_FILES), exists_under(docs), checked.problems)


def _check_text(checked: Checked) -> None:
    """How each page reads: LIX, its headings' levels, a title of its own (a case's title is its kommun)."""
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
        titles[f"{CASE_DIR_URI}/{case.slug}.md"] = (case.municipality, yml, document.line_of_key("kommun"))
    check_titles(titles, checked.problems)
