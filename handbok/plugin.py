"""MkDocs plugin: the build's events. Each event hands over to one module of the package."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from handbok import revision_dates, site_assets
from handbok.config import HandbokConfig
from handbok.problems import Problems

log = logging.getLogger("mkdocs.plugins.handbok")


class HandbokPlugin(BasePlugin[HandbokConfig]):
    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(config.config_file_path).resolve().parent
        self.docs_prefix = Path(config.docs_dir).resolve().relative_to(self.root).as_posix()
        self.problems = Problems()
        self.dates = revision_dates.last_commit_dates(self.root)
        self.today = dt.date.today()
        return config

    def source_files(self, page: Page) -> list[str]:
        """Repository paths of the files a page is built from."""
        return [f"{self.docs_prefix}/{page.file.src_uri}"]

    @event_priority(-100)  # last: after macros have rendered the page
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        updated = revision_dates.page_date(self.dates, self.source_files(page), self.today)
        page.meta["handbok_updated"] = updated.isoformat()
        page.meta["handbok_updated_text"] = revision_dates.swedish_date(updated)
        return markdown

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        # Every page has been read and converted: stop here, before anything is written.
        self.problems.raise_if_any()
        return env

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        site_assets.prune(Path(config.site_dir))
