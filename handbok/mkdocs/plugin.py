"""The MkDocs adapter: each build event hands over to the core, which needs no MkDocs.

on_config checks the whole project once (check.py) and stops the build with every mistake
before anything is rendered; pages are then read from the checked text, case pages are
composed from checked data, and after the build the documents are made from the site.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from handbok.checks.checked import Checked
from handbok.checks.extensions import CITATIONS
from handbok.checks.extensions import GLOSSARY as GLOSSARY_EXTENSION  # it links to the glossary from each page
from handbok.checks.project import check_project
from handbok.checks.resource_safety import check_html
from handbok.checks.static_files import SHIM
from handbok.documents import pdf
from handbok.documents.publish import Documents
from handbok.documents.templates_export import Export
from handbok.markdown.citations import ABOUT_PAGE, with_about_link
from handbok.mkdocs import case_navigation, generated_files, generator, nav_entries, site_assets
from handbok.mkdocs.config import HandbokConfig
from handbok.mkdocs.link_problems import LinkWarnings
from handbok.mkdocs.template_cache import with_compiled_templates
from handbok.model.site_pages import CASE_DIR_URI, TEMPLATES, case_slug, case_uri
from handbok.output import search_tuning
from handbok.output.csp import with_policy
from handbok.problems import Problems
from handbok.render.current_page import CurrentPage
from handbok.render.notes import page_notes
from handbok.render.page_info import about, page_line, under_title
from handbok.sources.reproducible import ensure_source_date_epoch
from handbok.sources.revision_dates import CommitDates, page_date, short_commit, swedish_date

log = logging.getLogger("mkdocs.plugins.handbok")
GLOSSARY = "ordlista.md"  # the search index leaves the glossary's hidden words out of this page


class HandbokPlugin(BasePlugin[HandbokConfig]):
    checked: Checked
    command = "build"
    links: LinkWarnings | None = None  # None until on_config has checked the project

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command = command  # `mkdocs serve` skips the documents: previews stay fast

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(config.config_file_path).resolve().parent
        ensure_source_date_epoch(self.root)  # dates from the commit: the same bytes from every build
        # Every check, once, before anything is rendered; but links, images and anchors MkDocs checks
        # itself as it converts each page (LinkWarnings turns its warnings into the same Swedish lines),
        # and converting every page a second time for them was a tenth of the build. The sentences about
        # dates gone by are a list for `make check`, never an error: a build leaves them out.
        self.checked = check_project(self.root, links=False, stale=False)
        if self.checked.problems:
            raise PluginError(self.checked.problems.report())
        self.dates = CommitDates(self.root)  # git works while the build goes on
        self.build_problems = Problems()
        self.links = LinkWarnings(self.build_problems, self.source_of).attach()
        build, options = self.command == "build", self.config  # the switches, read once
        self.documents = Documents(
            self.root,
            Path(config.site_dir),
            build and options.pdf,
            build and options.offline_zip,
            options.offline,
            generator.command(generator=generator.running()),
        )
        if options.offline:  # the vendored shim, not the one Material fetches from unpkg
            config.extra["polyfills"] = [SHIM]
        # Our Markdown extensions (listed in mkdocs.yml) take the data checked above instead of reading it again.
        handbook = self.checked.handbook
        config.mdx_configs.setdefault(CITATIONS, {})["sources"] = handbook.sources
        config.mdx_configs.setdefault(GLOSSARY_EXTENSION, {})["terms"] = handbook.terms
        self.templates: Export | None = None
        if self.documents.make_pdf:  # pandoc works while the pages render
            docs = self.root / self.checked.settings.docs_dir / "mallar"
            self.templates = Export({name: docs / f"{name}.md" for name in TEMPLATES})
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        site_assets.leave_out(files)
        site_assets.add_libraries(files, config, self.root)
        generated_files.add(files, config, self.checked)
        return files

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Put the case pages in the "Fallstudier" section, after its overview (or leave them to its list)."""
        uris = [case_uri(case.slug) for case in self.checked.handbook.cases]
        pages = [file.page for uri in uris if (file := files.get_file_from_path(uri)) and file.page]
        if len(pages) <= case_navigation.MENU_LIMIT:
            case_navigation.insert_after(nav, f"{CASE_DIR_URI}/index.md", pages)
        self.nav = nav
        return nav

    def source_of(self, src_uri: str) -> tuple[str, str]:
        """(file shown to editors, its checked text) for a page."""
        if (slug := case_slug(src_uri)) in self.checked.narratives:
            narrative = self.checked.narratives[slug]
            return narrative.file, narrative.text
        page = self.checked.pages.get(src_uri)
        return (page.file, page.text) if page else (f"{self.checked.settings.docs_dir}/{src_uri}", "")

    def source_files(self, src_uri: str) -> list[str]:
        """Repository paths of the files a page is built from (a case: its YAML and its story)."""
        found = self.checked.handbook.case_sources.get(case_slug(src_uri))
        return list(found) if found else [f"{self.checked.settings.docs_dir}/{src_uri}"]

    def on_page_read_source(self, /, *, page: Page, config: MkDocsConfig) -> str | None:
        """A page is built from the text that was checked, never from a newer copy on disk."""
        checked = self.checked.pages.get(page.file.src_uri)
        return checked.text if checked is not None and page.file.generated_by is None else None

    @event_priority(-100)  # after mkdocs-macros: text from the data is never rendered as a template
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        updated = page_date(self.dates.dates(), self.source_files(page.file.src_uri), self.dates.fallback())
        page.meta["handbok_updated"] = updated.isoformat()
        page.meta["handbok_updated_text"] = swedish_date(updated)
        page.meta["handbok_feed"] = bool(self.checked.handbook.notes)
        title = str(page.meta.get("title") or page.title or self.checked.titles.get(page.file.src_uri, ""))
        page.meta.update(
            about(
                self.checked,
                page.file.src_uri,
                page.url,
                title,
                config.site_url or "",
                config.edit_uri or "",
                self.config.issues_url,
            )
        )
        markdown += page_notes(self.checked.handbook.notes, page.file.src_uri)
        where = {"page": page.file.src_uri, "directory_urls": config.use_directory_urls}  # converted next
        config.mdx_configs.setdefault(GLOSSARY_EXTENSION, {}).update(where)
        return under_title(markdown, page_line(dict(page.meta)), after_lead=page.is_homepage)

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Nothing in a converted page loads from another host; the sources' legend links to "Om webbplatsen"."""
        check_html(html, self.root, self.source_files(page.file.src_uri), self.build_problems)
        where = CurrentPage(page.file.src_uri, config.use_directory_urls)
        about = where.url_of(ABOUT_PAGE) if ABOUT_PAGE in self.checked.pages else ""  # the sources' legend
        return with_about_link(html, about)

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        """A strict Content-Security-Policy, its hashes taken from this very page (not in serve: its
        live reload is an inline script of its own)."""
        return output if self.command == "serve" else with_policy(output)

    def on_post_template(self, output_content: str, /, *, template_name: str, config: MkDocsConfig) -> str:
        return (
            output_content
            if self.command == "serve" or not template_name.endswith(".html")
            else with_policy(output_content)
        )

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        self._stop_on_link_problems()  # every page is converted; nothing is written yet
        return with_compiled_templates(env, self.root)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self._detach()
        self._stop_on_link_problems()  # anchors are checked after the pages are written
        site_dir = Path(config.site_dir)
        if self.config.search_tuning:
            search_tuning.tune(site_dir, self.checked.handbook, GLOSSARY.removesuffix(".md"))
        edition = f"{self.dates.fallback().isoformat()}, version {short_commit(self.root)}"
        self.documents.finish(self.templates, self._pdf_entries, config.site_url or "", edition)

    def _pdf_entries(self) -> list[pdf.Entry]:
        return nav_entries.entries(self.nav.items)

    def on_build_error(self, *, error: Exception) -> None:
        self._detach()

    def _stop_on_link_problems(self) -> None:
        if self.build_problems:
            raise PluginError(self.build_problems.report())

    def _detach(self) -> None:
        if self.links is not None:
            self.links.detach()
