"""The PDF's reading order, taken from MkDocs' navigation (adapter side: imports MkDocs).

The editors' guide is left out: it is for editors, not readers. So is Er plan, the planner:
it works in the browser, and the templates it fills in are printed from their own pages. Cases are printed when they
are in the menu; with more cases than the menu lists, the PDF holds the overview with its
list of cases, and each case page prints on its own from the browser.
"""

from __future__ import annotations

from typing import Any

from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page

from handbok.documents.pdf import Entry

LEFT_OUT = {"redaktorsguide/", "plan/"}  # Er plan is a tool in the browser; the PDF has no script


def entries(items: list[Any], in_section: bool = False) -> list[Entry]:
    found: list[Entry] = []
    for item in items:
        if isinstance(item, Page) and not any(item.url.startswith(prefix) for prefix in LEFT_OUT):
            found.append(Entry(item.title or item.url, item.url, in_section))
        elif isinstance(item, Section):
            children = entries(item.children, True)
            if children:
                found += [Entry(item.title, None, False), *children]
    return found
