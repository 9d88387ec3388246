"""Citations: `[@H6]` or `[@H6; @B2]` in a page become numbered links to the page's own "Källor" list."""

from __future__ import annotations

import re

from handbok.models import Source
from handbok.problems import Problems
from handbok.render_handbook import source_entry
from handbok.render_html import esc

CITATION = re.compile(r"\[@([^\]\n]+)\]")


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


def apply_citations(markdown: str, sources: dict[str, Source]) -> str:
    """Number the citations in order of first use and append the page's source list."""
    numbers: dict[str, int] = {}

    def replace(match: re.Match[str]) -> str:
        links = []
        for source_id in cited_ids(match):
            if source_id not in sources:  # already reported by check_citations
                continue
            number = numbers.setdefault(source_id, len(numbers) + 1)
            title = esc(sources[source_id].title)
            links.append(f'<a href="#kalla-{number}" title="{title}">{number}</a>')
        return f'<sup class="kallhanvisning">[{", ".join(links)}]</sup>' if links else ""

    text = CITATION.sub(replace, markdown)
    if not numbers:
        return text
    items = "".join(
        f'<li id="kalla-{number}" value="{number}">{source_entry(sources[source_id])}</li>'
        for source_id, number in numbers.items()
    )
    return f'{text}\n\n## Källor\n\n<ol class="kallor-lista">{items}</ol>\n'
