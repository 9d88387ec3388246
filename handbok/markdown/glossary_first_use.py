"""A glossary term is explained where it first appears on a page, and leads to its entry in the glossary.

Markdown's abbr extension marks every use of every glossary word. A chapter had 45 marked
uses, 6 KB of repeated explanations, and a screen reader that reads titles read each one
again. So the first `<abbr>` of each term is kept and the others become plain text. The first
use is also a link to the term's entry in the glossary: a hover tooltip alone cannot be opened
by tap or keyboard. A use inside a link or a heading is left plain and does not count: a link
cannot hold another, and a term first met in the page's title is explained, and linked, where
the text first uses it. This works on the page's element tree (`first_uses_only`, run by the
glossary extension's tree processor), never on finished HTML.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

NOT_LINKED = frozenset(("a", "h1", "h2", "h3", "h4", "h5", "h6"))  # a use in these is left plain


def first_uses_only(root: etree.Element, forms: dict[str, str] | None = None, glossary_url: str = "") -> None:
    """Keep the first `<abbr>` of each term in `root`, in reading order; link it to `glossary_url#id` when a URL
    is given. Every other use becomes plain text."""
    explained: set[str] = set()
    _walk(root, False, explained, forms or {}, glossary_url)


def _walk(parent: etree.Element, closed: bool, explained: set[str], forms: dict[str, str], url: str) -> None:
    position = 0
    while position < len(parent):
        child = parent[position]
        if child.tag == "abbr" and len(child) == 0:
            title = child.get("title", "")
            if closed or title in explained:
                _unwrap(parent, position)
                continue
            explained.add(title)
            anchor = forms.get(child.text or "")
            if url and anchor is not None:
                link = etree.Element("a", {"class": "ordlista-lank", "href": f"{url}#{anchor}"})
                link.tail, child.tail = child.tail, None
                parent[position] = link
                link.append(child)
        else:
            _walk(child, closed or child.tag in NOT_LINKED, explained, forms, url)
        position += 1


def _unwrap(parent: etree.Element, position: int) -> None:
    """Replace `parent[position]` (an `<abbr>`) by its text: it joins the text before it."""
    child = parent[position]
    text = (child.text or "") + (child.tail or "")
    if position == 0:
        parent.text = (parent.text or "") + text
    else:
        before = parent[position - 1]
        before.tail = (before.tail or "") + text
    parent.remove(child)
