"""Cases are files, not nav entries: adding a municipality must not mean editing mkdocs.yml."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

# Up to this many cases are listed in the menu; more would make every page's menu heavy.
MENU_LIMIT = 12


def _sections(items: Sequence[object]) -> Iterator[Section]:
    for item in items:
        if isinstance(item, Section):
            yield item
            yield from _sections(item.children)


def _pages(items: Sequence[object]) -> Iterator[Page]:
    for item in items:
        if isinstance(item, Page):
            yield item
        elif isinstance(item, Section):
            yield from _pages(item.children)


def insert_after(nav: Navigation, overview_uri: str, pages: list[Page]) -> None:
    """Insert `pages` after the overview page's entry and relink previous/next."""
    for section in _sections(nav.items):
        positions = [i for i, child in enumerate(section.children)
                     if isinstance(child, Page) and child.file.src_uri == overview_uri]  # fmt: skip
        if positions:
            section.children[positions[0] + 1 : positions[0] + 1] = pages
            for page in pages:
                page.parent = section
            break
    nav.pages = list(_pages(nav.items))
    for before, after in zip(nav.pages, nav.pages[1:], strict=False):
        before.next_page, after.previous_page = after, before
