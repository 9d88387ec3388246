"""The page being rendered, and the relative addresses of other pages and files from it, as MkDocs writes them."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass


@dataclass
class CurrentPage:
    """The page being rendered (its file under docs/), set by whoever renders pages, and the URL style."""

    uri: str = "index.md"
    directory_urls: bool = True  # False in the offline copy: pages are plain .html files

    @property
    def folder(self) -> str:
        return posixpath.dirname(self.uri)

    def url_of(self, target: str) -> str:
        """The relative address of the page `target` (a .md under docs/) from this page, as MkDocs writes it."""

        address = self._served(target)
        relative = posixpath.relpath(address or ".", self._base())
        return relative + "/" if address.endswith("/") or not address else relative

    def url_of_file(self, path: str) -> str:
        """The relative address of a file of the site (a download, say) from this page."""
        return posixpath.relpath(path, self._base())

    def _served(self, uri: str) -> str:
        stem = uri.removesuffix(".md")
        if not self.directory_urls:
            return stem + ".html"
        return "" if stem == "index" else (stem.removesuffix("index") if stem.endswith("/index") else stem + "/")

    def _base(self) -> str:
        here = self._served(self.uri)
        folder = here if here.endswith("/") or not here else posixpath.dirname(here)
        return folder.rstrip("/") or "."
