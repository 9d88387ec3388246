"""Every check of the handbook in one pass, before anything is rendered. Needs no site generator.

`check_project` reads mkdocs.yml, loads and validates the YAML, cross-checks it, and checks
every page and case narrative (safety, macro calls, citations, headings and their levels, links
and anchors, LIX, titles), the menu and Er plan's definition. It
renders nothing: a macro call is checked against the registry (`checks.macros`), and renders
when its page is built. The MkDocs adapter and `python -m handbok check` both call it; pages
are then composed only from the checked text it returns (`checks.checked.Checked`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from handbok.checks import case_figures  # editor: case_figures
from handbok.checks.across_pages import check_page_links, check_text
from handbok.checks.case_narrative import skeleton_problems
from handbok.checks.checked import Checked, cites_sources, generated_pages, opted_in, page_title
from handbok.checks.citations import check_citations, check_cites_a_source
from handbok.checks.cross_checks import check_data
from handbok.checks.extensions import check_extensions
from handbok.checks.macros import validators
from handbok.checks.page_references import check_duties, check_notes, check_start_pages
from handbok.checks.page_safety import check_page
from handbok.checks.plan_definition import build_definition
from handbok.checks.review_dates import NOT_REVIEWED, Review, default_interval, read_review
from handbok.checks.schema_lines import check_schema_lines
from handbok.checks.stale_dates import in_project
from handbok.checks.static_files import report_linked_files, report_unexpected_files
from handbok.checks.svg_safety import report_unsafe_svgs
from handbok.model.front_matter import check_front_matter, check_menu_titles
from handbok.model.handbook import Handbook, load_handbook
from handbok.model.site_pages import TEMPLATES, case_uri
from handbok.problems import Problems
from handbok.sources.page_source import PageSource, read_page
from handbok.sources.settings import CONFIG_FILE, check_nav, read_settings


def check_project(root: Path, today: dt.date | None = None, *, links: bool = True, stale: bool = True) -> Checked:
    """Check everything; `today` (default: the clock's) decides which review and note dates lie in the future.

    (Which pages are overdue is decided by the build's day instead, so a build is the same every time.)
    `links=False` leaves links, images and anchors to a generator that checks them as it converts
    each page (MkDocs: `mkdocs/link_problems` reports them in the same words). `stale=False` leaves out
    the list of sentences about dates gone by, which `make check` and the review report show and a
    build does not.
    """
    today = today or dt.date.today()
    problems = Problems()
    settings = read_settings(root, problems)
    interval = default_interval(settings.options, problems, settings.options_line)
    handbook = load_handbook(root, settings.data_dir, settings.cases_dir, problems)
    check_data(handbook, root / settings.docs_dir, problems)
    # With broken data, pages are still checked, but nothing is reported that only follows from
    # the data problem (a macro's missing step, an unknown source).
    data_ok = not problems
    sources_ok = bool(handbook.sources) and all(p.file != f"{settings.data_dir}/kallor.yml" for p in problems)
    checks = validators(handbook, check_arguments=data_ok)
    pages: dict[str, PageSource] = {}
    narratives: dict[str, PageSource] = {}
    reviews: dict[str, Review] = {}
    titles: dict[str, str] = {}
    docs = root / settings.docs_dir
    present = sorted(docs.rglob("*.md"))  # readable or not: an unreadable page is still in the menu
    for path in present:
        uri = path.relative_to(docs).as_posix()
        page = read_page(path, f"{settings.docs_dir}/{uri}", problems)
        if page is None:
            continue
        pages[uri] = page
        titles[uri] = page_title(page, uri)
        if page.meta_document is not None:
            check_front_matter(page.meta_document, problems)
        check_page(page.body, page.file, page.body_line, opted_in(page), checks, problems)
        if sources_ok:
            check_citations(page.body, page.file, page.body_line, handbook.sources, problems)
            if cites_sources(page):
                check_cites_a_source(page.body, page.file, page.line_of_meta("granskad"), problems)
        if interval is not None and not uri.startswith(NOT_REVIEWED):
            review = read_review(page.meta, page.file, page.line_of_meta, interval, today, problems)
            if review is not None:
                reviews[uri] = review
    for case in handbook.cases:
        shown = handbook.case_sources[case.slug][1]
        narrative = read_page(root / shown, shown, problems)
        if narrative is None:
            continue
        narratives[case.slug] = narrative
        titles[case_uri(case.slug)] = case.municipality
        for line, what, fix in skeleton_problems(narrative.text):
            problems.add(shown, line, what, fix)
        check_page(narrative.text, shown, 1, True, {}, problems)  # no template code at all
        case_figures.check(narrative.text, shown, case, handbook.case_sources[case.slug][0], problems)  # editor:
        document = handbook.case_documents[case.slug]
        if interval is not None:
            yml = handbook.case_sources[case.slug][0]
            review = read_review(document.data, yml, document.line_of_key, interval, today, problems)
            if review is not None:
                reviews[case_uri(case.slug)] = review
        if sources_ok:
            check_citations(narrative.text, shown, 1, handbook.sources, problems)
            if "granskad" in document.data:  # the case was read against its sources
                check_cites_a_source(narrative.text, shown, 1, problems, narrative=True)
    for name in TEMPLATES:
        if f"mallar/{name}.md" not in pages:
            problems.add(
                f"{settings.docs_dir}/mallar/{name}.md",
                1,
                "Mallen saknas",
                "återställ filen; den blir också en Word- och en OpenDocument-fil.",
            )
    generated = generated_pages(handbook)
    check_nav(settings, [path.relative_to(docs).as_posix() for path in present], generated, problems)
    check_menu_titles(settings.titles, CONFIG_FILE, problems)
    check_extensions(settings, set(pages), problems)
    plan = _plan(handbook, pages, problems) if data_ok and handbook.plan is not None else {}
    checked = Checked(settings, handbook, problems, pages, narratives, reviews, titles, plan=plan)
    if links:
        cases = {case_uri(path.stem) for path in (root / settings.cases_dir).glob("*.yml")}  # broken too
        unread = {path.relative_to(docs).as_posix() for path in present} - set(pages)  # reported already
        check_page_links(checked, docs, generated | cases | unread)
    check_text(checked)
    report_unsafe_svgs(root, settings.docs_dir, problems)
    check_schema_lines(root, settings.data_dir, settings.cases_dir, problems)
    report_unexpected_files(root, settings.docs_dir, settings.assets, problems)
    report_linked_files(root, (settings.docs_dir, settings.data_dir, settings.cases_dir), problems)
    if data_ok:
        check_notes(handbook, set(pages) | generated, today, problems)
        check_duties(handbook, TEMPLATES, problems)
        check_start_pages(handbook, set(pages) | generated, problems)
    return dataclasses.replace(checked, stale=in_project(root, checked, today)) if stale else checked  # never an error


def _plan(handbook: Handbook, pages: dict[str, PageSource], problems: Problems) -> dict[str, Any]:
    """Er plan's definition, from data/plan.yml and the templates' text, checked on the way."""
    assert handbook.plan is not None
    templates = {name: pages[f"mallar/{name}.md"].text for name in TEMPLATES if f"mallar/{name}.md" in pages}
    source, data = handbook.documents["plan.yml"], (handbook.duties, handbook.steps)
    return build_definition(handbook.plan, source, templates, set(pages), data, problems)
