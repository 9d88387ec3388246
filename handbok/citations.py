"""Citations: `[@H6]` or `[@H6; @B2]` in a page become numbered links to the page's own "Källor" list."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import cycle

from handbok.models import Source
from handbok.page_safety import blank_code
from handbok.problems import Problems
from handbok.render_handbook import source_entry
from handbok.render_html import esc

CITATION = re.compile(r"\[@([^\]\n]+)\]")
CODE_HTML = re.compile(r"(<(?:code|pre)\b.*?</(?:code|pre)>)", re.S)
SOURCE_LIST_MARK = "HANDBOK-KALLFORTECKNING"  # a paragraph of its own, replaced by the list


def cited_ids(match: re.Match[str]) -> list[str]:
    return [part.strip().removeprefix("@").strip() for part in match.group(1).split(";")]


def check_citations(markdown: str, file: str, first_line: int, sources: dict[str, Source],
                    problems: Problems) -> None:  # fmt: skip
    for match in CITATION.finditer(markdown):
        for source_id in cited_ids(match):
            if source_id not in sources:
                problems.add(file, first_line + markdown.count("\n", 0, match.start()),
                             f"Källan '{source_id}' finns inte i data/kallor.yml",
                             "rätta id:t i [@…] eller lägg till källan i data/kallor.yml.")  # fmt: skip


def is_citation(match: re.Match[str], sources: dict[str, Source]) -> bool:
    """Every id is a known source. Anything else is text about the syntax, such as "[@id]";
    an editor's unknown id is reported by check_citations and stops the build."""
    return all(source_id in sources for source_id in cited_ids(match))


def _outside_code(html: str, replace: Callable[[re.Match[str]], str]) -> str:
    """Replace the citations in `html` except in code, where `[@H6]` is an example of the syntax."""
    parts = CODE_HTML.split(html)  # odd parts are code
    return "".join(part if odd else CITATION.sub(replace, part) for odd, part in zip(cycle((0, 1)), parts))


def mark_source_list(markdown: str, sources: dict[str, Source]) -> str:
    """Append the "Källor" heading (so it is in the page's contents) and a mark for its list.

    Citations shown as code (`[@H6]` in the editors' guide) are examples, not citations.
    """
    if not any(is_citation(match, sources) for match in CITATION.finditer(blank_code(markdown))):
        return markdown
    return f"{markdown}\n\n## Källor\n\n{SOURCE_LIST_MARK}\n"


def apply_citations(html: str, sources: dict[str, Source]) -> tuple[str, str]:
    """Number the citations in a converted page in order of first use; return it and its source list.

    Done on the HTML, not the Markdown: Markdown would parse every link and list item again.
    The list replaces the page's SOURCE_LIST_MARK later (see `fill_source_list`).
    """
    numbers: dict[str, int] = {}

    def replace(match: re.Match[str]) -> str:
        if not is_citation(match, sources):
            return match.group(0)
        links = []
        for source_id in cited_ids(match):
            number = numbers.setdefault(source_id, len(numbers) + 1)
            links.append(f'<a href="#kalla-{number}" title="{esc(sources[source_id].title)}">{number}</a>')
        return f'<sup class="kallhanvisning">[{", ".join(links)}]</sup>'

    text = _outside_code(html, replace)
    items = "".join(
        f'<li id="kalla-{number}" value="{number}">{source_entry(sources[source_id])}</li>'
        for source_id, number in numbers.items()
    )
    return text, f'<ol class="kallor-lista">{items}</ol>'


def fill_source_list(html: str, source_list: str) -> str:
    return html.replace(f"<p>{SOURCE_LIST_MARK}</p>", source_list)


def searchable(html: str, sources: dict[str, Source]) -> str:
    """The page as the search index should see it: no citation numbers, no source list."""

    text = _outside_code(html, lambda match: "" if is_citation(match, sources) else match.group(0))
    return fill_source_list(text, "")
