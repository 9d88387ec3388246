"""MkDocs plugin: the build's events. Each event hands over to one module of the package."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from handbok import (
    case_navigation,
    case_pages,
    collector,
    csp,
    lean_html,
    macros_env,
    offline_zip,
    open_data,
    pdf,
    print_pdf,
    render_cases,
    reproducible,
    resource_safety,
    revision_dates,
    search_tuning,
    site_assets,
    svg_safety,
    templates_export,
    text_bytes,
    unused_startup,
)
from handbok.citations import apply_citations, check_citations, fill_source_list, mark_source_list, searchable
from handbok.config import HandbokConfig
from handbok.link_problems import LinkProblemHandler
from handbok.page_safety import check_page
from handbok.problems import Problems
from handbok.render_handbook import abbreviations
from handbok.repository import Handbook, load_handbook

log = logging.getLogger("mkdocs.plugins.handbok")
unused_startup.leave_undone()  # before mkdocs-macros, listed after us, is imported
STAND_IN = "Filen görs av 'make build'. Kör det och ladda om sidan.\n"
LINK_LOGGERS = ("mkdocs.structure.pages", "mkdocs.structure.nav")


class HandbokPlugin(BasePlugin[HandbokConfig]):
    handbook: Handbook
    case_dir_uri = "fall"  # part of the URL contract: /fall/<slug>/
    command = "build"
    paused_collector: collector.Paused | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command  # the PDF is skipped in `mkdocs serve`: previews stay fast

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.paused_collector = collector.Paused()  # until on_post_build or on_build_error
        self.root = Path(config.config_file_path).resolve().parent
        if offline_zip.is_offline_build():  # the vendored shim, not the one Material fetches from unpkg
            config.extra["polyfills"] = [offline_zip.SHIM]
        self.docs_prefix = Path(config.docs_dir).resolve().relative_to(self.root).as_posix()
        self.problems = Problems()
        self.dates = revision_dates.CommitDates(self.root)  # git works while the build goes on
        self.today = reproducible.source_date(self.root)  # security: sets SOURCE_DATE_EPOCH from the commit if unset
        self.handbook = load_handbook(self.root, self.config.data_dir, self.config.cases_dir,
                                      self.docs_prefix, self.problems)  # fmt: skip
        # With broken data, pages are still checked, but nothing is rendered from the data and
        # nothing is reported that only follows from the data problem (a missing step, a source).
        self.data_ok = not self.problems
        sources_file = f"{self.config.data_dir}/kallor.yml"
        self.sources_ok = bool(self.handbook.sources) and all(p.file != sources_file for p in self.problems)
        svg_safety.report_unsafe_svgs(self.root, self.docs_prefix, self.problems)  # security:
        self.macros = macros_env.macros_for(self.handbook, lambda: "", self.root)
        self.validators = macros_env.validators(self.macros, self.handbook, check_arguments=self.data_ok)
        config.markdown_extensions.append("handbok.generated_html")  # macro output skips the HTML parser
        config.markdown_extensions.append("handbok.glossary_match")  # after abbr: finds its words faster
        # The glossary goes to the abbr extension once, not as lines appended to every page.
        config.mdx_configs.setdefault("abbr", {})["glossary"] = abbreviations(self.handbook.terms)
        self.case_of: dict[str, str] = {}  # generated page -> case slug
        self.narratives: dict[str, str] = {}  # cases/<slug>.md -> its text, read once per build
        self.finished: dict[str, str] = {}  # page -> its HTML with citations, once search has read it
        self.links = LinkProblemHandler(self.problems, self.source_of)
        for logger in LINK_LOGGERS:
            # Even `mkdocs build --quiet` must not hide a broken link from us.
            logging.getLogger(logger).setLevel(logging.WARNING)
            logging.getLogger(logger).addHandler(self.links)
        # security: NUL, control characters or bad UTF-8 in Markdown stop the build before anything reads it
        if text_bytes.report_unreadable(self.root, (self.docs_prefix, self.config.cases_dir), self.problems):
            self.problems.raise_if_any()
        for name in macros_env.TEMPLATES:
            if not (Path(config.docs_dir) / "mallar" / f"{name}.md").is_file():
                self.problems.add(f"{self.docs_prefix}/mallar/{name}.md", 1, "Mallen saknas",
                                  "återställ filen; den blir också en Word- och en OpenDocument-fil.")  # fmt: skip
        self.templates: templates_export.Export | None = None
        if not self.problems and print_pdf.documents_wanted(self.command):  # pandoc works while pages render
            docs = Path(config.docs_dir)
            sources = {name: docs / "mallar" / f"{name}.md" for name in macros_env.TEMPLATES}
            self.templates = templates_export.Export(sources)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        site_assets.leave_out(files)
        for case in self.handbook.cases:
            yml, markdown = self.handbook.case_sources[case.slug]
            narrative = self.narratives[markdown] = (self.root / markdown).read_text(encoding="utf-8")
            for line, what, fix in case_pages.skeleton_problems(narrative):
                self.problems.add(markdown, line, what, fix)
            src_uri = f"{self.case_dir_uri}/{case.slug}.md"
            # With broken data nothing is rendered from it; the build stops at on_env.
            page = case_pages.compose(case, narrative, self.handbook.roles) if self.data_ok else ""
            # on_nav places it
            generated = File.generated(config, src_uri, content=page, inclusion=InclusionLevel.NOT_IN_NAV)
            generated.edit_uri = f"../{markdown}"
            files.append(generated)
            self.case_of[src_uri] = case.slug
        # More cases than fit one comparison table: the other pages are generated.
        for number in range(2, len(render_cases.comparison_pages(self.handbook.cases)) + 1):
            uri = f"{self.case_dir_uri}/{render_cases.comparison_page_uri(number)}"
            table = render_cases.comparison(self.handbook.cases, self.handbook.roles, number) if self.data_ok else ""
            page = f"---\ntitle: Fallen jämförda, sida {number}\n---\n\n# Fallen jämförda, sida {number}\n\n{table}\n"
            generated = File.generated(config, uri, content=page, inclusion=InclusionLevel.NOT_IN_NAV)
            generated.edit_uri = f"{self.case_dir_uri}/jamforelse.md"
            files.append(generated)
        # Open data, from the same validated cases; generated files so links to them are checked.
        files.append(
            File.generated(
                config, "data/fall.json", content=open_data.as_json(self.handbook.cases, config.site_url or "")
            )
        )
        files.append(File.generated(config, "data/fall.csv", content=open_data.as_csv(self.handbook.cases)))
        # The PDF and the zip are made after the pages; these stand-ins let pages link to them
        # (links are checked) and are replaced in on_post_build.
        for name in (pdf.PDF_NAME, offline_zip.ZIP_NAME):
            files.append(File.generated(config, name, content=STAND_IN))
        return files

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Put the generated case pages in the "Fallstudier" section, after its overview."""
        pages = [file.page for uri in self.case_of if (file := files.get_file_from_path(uri)) and file.page]
        if len(pages) <= case_navigation.MENU_LIMIT:  # many cases: the overview lists them instead
            case_navigation.insert_after(nav, f"{self.case_dir_uri}/index.md", pages)
        self.nav, self.case_pages = nav, pages
        return nav

    def source_of(self, src_uri: str) -> tuple[str, str]:
        """(file shown to editors, its text) for a page."""
        if src_uri in self.case_of:
            markdown = self.handbook.case_sources[self.case_of[src_uri]][1]
            return markdown, self.narratives[markdown]
        path = f"{self.docs_prefix}/{src_uri}"
        file = self.root / path
        return path, file.read_text(encoding="utf-8") if file.is_file() else ""  # generated pages have no file

    def source_files(self, page: Page) -> list[str]:
        """Repository paths of the files a page is built from."""
        if page.file.src_uri in self.case_of:
            return list(self.handbook.case_sources[self.case_of[page.file.src_uri]])
        return [f"{self.docs_prefix}/{page.file.src_uri}"]

    @event_priority(100)  # first: before mkdocs-macros renders anything
    def _check(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if page.file.generated_by is not None and page.file.src_uri not in self.case_of:
            return markdown if self.data_ok else ""  # made by this plugin from checked data
        shown, source = self.source_of(page.file.src_uri)
        if page.file.src_uri in self.case_of:  # the narrative: no template code at all
            text, first_line, opted_in, macros = source, 1, True, {}
        else:
            first_line = source[: len(source) - len(markdown)].count("\n") + 1 if source.endswith(markdown) else 1
            text, opted_in, macros = markdown, page.meta.get("render_macros") is True, self.validators
        clean = check_page(text, shown, first_line, opted_in, macros, self.problems)
        if self.sources_ok:
            check_citations(text, shown, first_line, self.handbook.sources, self.problems)
        # Never hand unsafe text to Jinja, nor a page whose data is broken: the build stops at on_env.
        return markdown if clean and self.data_ok else ""

    @event_priority(-100)  # last: after macros have rendered the page
    def _enrich(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        updated = revision_dates.page_date(self.dates.dates(), self.source_files(page), self.today)
        page.meta["handbok_updated"] = updated.isoformat()
        page.meta["handbok_updated_text"] = revision_dates.swedish_date(updated)
        return mark_source_list(markdown, self.handbook.sources)

    on_page_markdown = CombinedEvent(_check, _enrich)

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        html = lean_html.first_abbreviations_only(html)
        resource_safety.check_html(html, self.root, self.source_files(page), self.problems)  # security:
        self.finished[page.file.src_uri] = fill_source_list(*apply_citations(html, self.handbook.sources))
        return search_tuning.for_search_parser(searchable(html, self.handbook.sources))  # what search indexes

    @event_priority(-100)  # after the search plugin: citation numbers and source lists are not searched
    def on_page_context(self, context: Any, /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> Any:
        page.content = self.finished.pop(page.file.src_uri, page.content)
        return context

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        # Every page has been read and converted: stop here, before anything is written.
        self.problems.raise_if_any()
        return env

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        try:
            self._post_build(config)
        finally:
            self._resume_collector()

    def _post_build(self, config: MkDocsConfig) -> None:
        self._detach()
        self.problems.raise_if_any()  # anchors are checked after the pages are written
        site_dir = Path(config.site_dir)
        if self.command != "serve":  # security: a CSP in every page (not in serve: its live reload is inline)
            csp.protect_site(site_dir)
        if self.config.search_tuning:
            search_tuning.tune(site_dir, self.handbook.terms)
        if self.templates is not None:
            self.templates.finish(site_dir)
        if offline_zip.is_offline_build():
            return  # offline_zip.build copies in the site's own PDF and templates
        templates = templates_export.file_names(macros_env.TEMPLATES)
        if self.templates is None:  # a preview or a build without documents: the files from the last `make build`
            for name in templates:
                print_pdf.reuse_last_build(self.root, site_dir, name)
        print_pdf.publish(self, config)
        if not self.config.offline_zip:
            return
        if self.command == "build" and os.environ.get("HANDBOK_ZIP") != "0":
            offline_zip.build(self.root, site_dir, [pdf.PDF_NAME, *templates])
        else:
            print_pdf.reuse_last_build(self.root, site_dir, offline_zip.ZIP_NAME)

    def on_build_error(self, *, error: Exception) -> None:
        self._detach()
        self._resume_collector()

    def _resume_collector(self) -> None:
        if self.paused_collector is not None:  # None: the build failed before on_config
            self.paused_collector.resume()

    def _detach(self) -> None:
        for logger in LINK_LOGGERS:
            logging.getLogger(logger).removeHandler(self.links)
