"""A glossary term is explained where it first appears on a page, not at every use.

Markdown's abbr extension marks every use of every glossary word. A chapter had 45 marked
uses, 6 KB of repeated explanations, and a screen reader that reads titles read each one
again. This extension keeps the first `<abbr>` of each term and leaves the others as text.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor

ABBREVIATION = re.compile(r'<abbr title="([^"]*)">([^<]*)</abbr>')


def first_uses_only(html: str) -> str:
    explained: set[str] = set()

    def once(match: re.Match[str]) -> str:
        if match.group(1) in explained:
            return match.group(2)
        explained.add(match.group(1))
        return match.group(0)

    return ABBREVIATION.sub(once, html)


class _FirstUses(Postprocessor):
    def run(self, text: str) -> str:
        return first_uses_only(text)


class GlossaryFirstUse(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's name
        md.postprocessors.register(_FirstUses(md), "handbok_glossary_first_use", 15)


def makeExtension(**kwargs: Any) -> GlossaryFirstUse:  # noqa: N802 - the name Markdown looks for
    return GlossaryFirstUse(**kwargs)
