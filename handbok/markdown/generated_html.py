"""Generated HTML passes through Markdown untouched and unparsed.

The macros and the case pages put finished, escaped HTML into the Markdown (tables, lists,
figures). Markdown would parse all of it twice as raw HTML only to leave it as it is; this
extension hands each block to Markdown's own store for raw HTML before that, which makes
the build of the pages about a fifth faster.
"""

from __future__ import annotations

import re

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

START = "<!--handbok-html-->"
END = "<!--/handbok-html-->"
BLOCK = re.compile(re.escape(START) + "(.*?)" + re.escape(END), re.S)


def wrap(html: str) -> str:
    """Mark finished HTML as a block of its own. Without the extension the marks are comments."""
    return f"\n\n{START}{html}{END}\n\n"


class _StoreBlocks(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        text = "\n".join(lines)
        if START not in text:
            return lines
        stored = BLOCK.sub(lambda match: self.md.htmlStash.store(match.group(1)), text)
        return stored.split("\n")


class GeneratedHtml(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's name
        # After whitespace is normalised (30), before MkDocs and Markdown read raw HTML (21, 20).
        md.preprocessors.register(_StoreBlocks(md), "handbok_generated_html", 25)


def makeExtension(**kwargs: object) -> GeneratedHtml:  # noqa: N802 - the name Markdown looks for
    return GeneratedHtml(**kwargs)
