"""Smaller pages: markup that repeats itself on a page is given once."""

from __future__ import annotations

import re

ABBREVIATION = re.compile(r'<abbr title="([^"]*)">([^<]*)</abbr>')


def first_abbreviations_only(html: str) -> str:
    """Explain a glossary term where it first appears on the page, not at every use.

    The abbr extension marks every use; a chapter had 45 marked terms, 6 KB of repeated
    explanations, and a screen reader that reads titles would read each one again.
    """
    explained: set[str] = set()

    def once(match: re.Match[str]) -> str:
        if match.group(1) in explained:
            return match.group(2)
        explained.add(match.group(1))
        return match.group(0)

    return ABBREVIATION.sub(once, html)
