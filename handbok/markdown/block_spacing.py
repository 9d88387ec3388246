"""A line break after each block's end tag, so that text taken from the page keeps its word breaks.

Material's search takes a page's text without its tags: "<dt>LPO</dt><dd>Förkortning…" became
"LPOFörkortning", a caption ran into its table's first heading, and an SVG's labels into each
other. Whitespace between these blocks changes nothing a reader sees (a table row, a definition
list and an SVG ignore it), and every reader of the text, search first, gets the words apart.
Runs after Markdown has put the stored raw HTML (the generated tables and figures) back.
"""

from __future__ import annotations

import re

from markdown import Markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor

# After a block's end tag or a line break; before a <div> (whitespace between blocks, and at
# the start of a line, is never drawn).
BLOCK_END = re.compile(
    r"(</(?:caption|thead|tbody|tr|th|td|dt|dd|div|figcaption|text|title|desc|li|h[1-6])>|<br ?/?>)(?!\n)"
)
BLOCK_START = re.compile(r"(?<=>)(?=<div[ >])")


def spaced(html: str) -> str:
    return BLOCK_START.sub("\n", BLOCK_END.sub("\\1\n", html))


class _Spacing(Postprocessor):
    def run(self, text: str) -> str:
        return spaced(text)


class BlockSpacing(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's name
        # After raw HTML is restored (30) and Markdown's own escapes are undone (20, 10).
        md.postprocessors.register(_Spacing(md), "handbok_block_spacing", 5)


def makeExtension(**kwargs: object) -> BlockSpacing:  # noqa: N802 - the name Markdown looks for
    return BlockSpacing(**kwargs)
