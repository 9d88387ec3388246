"""A glossary term is explained where it first appears on a page, and leads to its entry in the glossary.

Markdown's abbr extension marks every use of every glossary word. A chapter had 45 marked
uses, 6 KB of repeated explanations, and a screen reader that reads titles read each one
again. So the first `<abbr>` of each term is kept and the others become plain text. The first
use is also a link to the term's entry in the glossary: a hover tooltip alone cannot be opened
by tap or keyboard. A use inside a link or a heading is left plain and does not count: a link
cannot hold another, and a term first met in the page's title is explained, and linked, where
the text first uses it.
"""

from __future__ import annotations

import re

ABBREVIATION = re.compile(r'<abbr title="([^"]*)">([^<]*)</abbr>')
NOT_LINKED = re.compile(r"<a\b.*?</a>|<h[1-6]\b.*?</h[1-6]>", re.S)


def first_uses_only(html: str, forms: dict[str, str] | None = None, glossary_url: str = "") -> str:
    """Keep the first `<abbr>` of each term; link it to `glossary_url#id` when a URL is given."""
    closed = [match.span() for match in NOT_LINKED.finditer(html)]
    explained: set[str] = set()

    def once(match: re.Match[str]) -> str:
        if match.group(1) in explained or any(start <= match.start() < end for start, end in closed):
            return match.group(2)
        explained.add(match.group(1))
        anchor = (forms or {}).get(match.group(2))
        if not glossary_url or anchor is None:
            return match.group(0)
        return f'<a class="ordlista-lank" href="{glossary_url}#{anchor}">{match.group(0)}</a>'

    return ABBREVIATION.sub(once, html)
