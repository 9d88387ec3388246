"""Citations: `[@H6]` or `[@H6; @B2]` become numbered links to the page's own "Källor" list.

`checks.citations` reports unknown ids with file and line before anything is rendered. The
Markdown extension `Citations` then does the rest in one conversion: it adds a "Källor"
heading where a page cites (so it is in the page's contents), numbers the citations in order
of first use, and fills the list. Numbers and list carry Material's documented
`data-search-exclude`, so search never indexes them. Citations shown as code (`[@H6]` in the
editors' guide) are examples of the syntax, not citations.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from itertools import cycle
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from handbok.checks.citations import CITATION, cited_ids
from handbok.checks.page_safety import blank_code
from handbok.markdown import project_data
from handbok.model.entries import Source
from handbok.render.handbook import source_entry
from handbok.render.html import esc

CODE_HTML = re.compile(r"(<(?:code|pre)\b.*?</(?:code|pre)>)", re.S)
MARK = "HANDBOK-KALLFORTECKNING"  # a paragraph of its own until the tree has its heading
LIST = f'<ol class="kallor-lista" data-search-exclude="">{MARK}</ol>'
# The legend links to "Om webbplatsen"; the adapter, which knows the page's address, fills in the URL.
ABOUT_URL = "HANDBOK-OM-WEBBPLATSEN"
ABOUT_PAGE = "om/index.md"
ABOUT_ANCHOR = "sa-marker-vi-hur-saker-en-uppgift-ar"
LEGEND = (
    '<p class="kallor-forklaring">Källor utan märkning har vi läst själva. En <em>andrahandskälla</em> har vi '
    "läst i en kopia, en återgivning eller en sammanställning, och texten säger vems uppgift det är. "
    f'<a href="{ABOUT_URL}#{ABOUT_ANCHOR}">Så bedömer vi källorna</a></p>'
)


def with_about_link(html: str, url: str) -> str:
    """The legend's link to "Om webbplatsen" at `url` (relative to the page), or no link without that page."""
    if url:
        return html.replace(f'href="{ABOUT_URL}#', f'href="{url}#')
    return re.sub(rf' ?<a href="{ABOUT_URL}#[^"]*">[^<]*</a>', "", html)


def folded(items: str, count: int) -> str:
    """The page's source list, folded on screen behind its count (print and the PDF unfold it)."""
    label = "Visa källan" if count == 1 else f"Visa alla {count} källor"
    return (
        f'<details class="kallor" data-search-exclude=""><summary>{label}</summary>{LEGEND}'
        f'<ol class="kallor-lista">{items}</ol></details>'
    )


def is_citation(match: re.Match[str], sources: dict[str, Source]) -> bool:
    """Every id is a known source. Anything else is text about the syntax, such as "[@id]"."""
    return all(source_id in sources for source_id in cited_ids(match))


def outside_code(html: str, replace: Callable[[re.Match[str]], str]) -> str:
    """Replace the citations in `html` except in code, where `[@H6]` is an example of the syntax."""
    parts = CODE_HTML.split(html)  # odd parts are code
    return "".join(part if odd else CITATION.sub(replace, part) for odd, part in zip(cycle((0, 1)), parts))


def number_citations(html: str, sources: dict[str, Source]) -> str:
    """Number the citations in a converted page in order of first use, and fill its source list."""
    numbers: dict[str, int] = {}

    def replace(match: re.Match[str]) -> str:
        if not is_citation(match, sources):
            return match.group(0)
        links = []
        for source_id in cited_ids(match):
            number = numbers.setdefault(source_id, len(numbers) + 1)
            links.append(f'<a href="#kalla-{number}" title="{esc(sources[source_id].title)}">{number}</a>')
        return f'<sup class="kallhanvisning" data-search-exclude="">[{", ".join(links)}]</sup>'

    text = outside_code(html, replace)
    items = "".join(
        f'<li id="kalla-{number}" value="{number}">{source_entry(sources[source_id])}</li>'
        for source_id, number in numbers.items()
    )
    return text.replace(LIST, folded(items, len(numbers)))


Sources = Callable[[], dict[str, Source]]  # read when a page first cites: see Citations


class _MarkSourceList(Preprocessor):
    def __init__(self, md: Markdown, sources: Sources) -> None:
        super().__init__(md)
        self.sources = sources

    def run(self, lines: list[str]) -> list[str]:
        text = blank_code("\n".join(lines))
        if any(is_citation(match, self.sources()) for match in CITATION.finditer(text)):
            return [*lines, "", MARK, ""]
        return lines


class _SourceListHeading(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for index, element in enumerate(root):
            if element.tag == "p" and (element.text or "").strip() == MARK:
                heading = etree.Element("h2", {"data-search-exclude": ""})
                heading.text = "Källor"
                root[index] = heading
                root.insert(index + 1, etree.fromstring(LIST))
                return


class _NumberCitations(Postprocessor):
    def __init__(self, md: Markdown, sources: Sources) -> None:
        super().__init__(md)
        self.sources = sources

    def run(self, text: str) -> str:
        if "[@" not in text:  # most conversions (titles, short texts) cite nothing
            return text
        return number_citations(text, self.sources())


class Citations(Extension):
    """Listed in mkdocs.yml as `handbok.markdown.citations` with `data_dir` (where kallor.yml is)."""

    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "data_dir": ["data", "Mappen med kallor.yml (relativ till projektets mapp)."],
            "sources": [{}, "Källorna efter id, i stället för dem i data_dir (för tester)."],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's name
        # Read when a page first cites (MkDocs also makes a converter only to validate mkdocs.yml,
        # before the handbok plugin has handed over the sources it checked).
        given: dict[str, Source] = self.getConfig("sources")
        data_dir: str = self.getConfig("data_dir")

        def sources() -> dict[str, Source]:
            return given or project_data.sources(data_dir)

        # Before generated HTML is stored away (25), so its citations count too.
        md.preprocessors.register(_MarkSourceList(md, sources), "handbok_source_list", 28)
        # Before the table of contents (5), which then lists the heading and gives it its id.
        md.treeprocessors.register(_SourceListHeading(md), "handbok_source_heading", 8)
        # After raw and generated HTML is back in place (30).
        md.postprocessors.register(_NumberCitations(md, sources), "handbok_citations", 10)


def makeExtension(**kwargs: Any) -> Citations:  # noqa: N802 - the name Markdown looks for
    return Citations(**kwargs)
