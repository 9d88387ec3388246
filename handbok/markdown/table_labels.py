"""Each cell of a wide table names its column (`data-label`), so that a phone can show the row as a card.

Every table with a header row of two or more columns gets it. The handbook's stylesheet turns a
table whose cells carry `data-label` into cards below a tablet's width; on a wider screen, in
print and in the PDF the attribute does nothing. Tables made by the renderers get the same
attribute from `handbok.render.html.table` (except the wide ones read across, which scroll).
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

MIN_COLUMNS = 2


def text_of(element: etree.Element) -> str:
    """A header's words, with whitespace folded (the attribute is escaped when written)."""
    return " ".join("".join(element.itertext()).split())


class _LabelCells(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for table in root.iter("table"):
            head = table.find("thead/tr")
            if head is None or len(head) < MIN_COLUMNS:
                continue
            labels = [text_of(cell) for cell in head]
            for row in table.iterfind("tbody/tr"):
                for cell, label in zip(row, labels, strict=False):
                    if cell.tag == "td" and label:
                        cell.set("data-label", label)


class TableLabels(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's name
        md.treeprocessors.register(_LabelCells(md), "handbok_table_labels", 5)


def makeExtension(**kwargs: object) -> TableLabels:  # noqa: N802 - the name Markdown looks for
    return TableLabels(**kwargs)
