"""Citations `[@H6]` name sources that exist; a known id written without @ is a mistake too.

The Markdown extension `handbok.markdown.citations` numbers and lists them when a page is built.
"""

from __future__ import annotations

import re

from handbok.checks.grouped_problems import add_once_per_id
from handbok.checks.page_safety import blank_code
from handbok.model.entries import Source
from handbok.problems import Problems

CITATION = re.compile(r"\[@([^\]\n]+)\]")


def cited_ids(match: re.Match[str]) -> list[str]:
    return [part.strip().removeprefix("@").strip() for part in match.group(1).split(";")]


# `[H14]` or `[H14; B2]`: ids in brackets without @. Not a link `[x](…)`, `[x][ref]` or definition `[x]: …`,
# not inside `[[…]]`, not an abbreviation `*[X]:` or an image.
WITHOUT_AT = re.compile(r"(?<![\[!*\\])\[([A-Z][A-Za-z0-9-]*(?:\s*;\s*[A-Z][A-Za-z0-9-]*)*)\](?![(\[:\]])")


def check_citations(markdown: str, file: str, first_line: int, sources: dict[str, Source], problems: Problems) -> None:
    """Unknown ids in `[@…]`, and known ids written without @ (they would be printed as they stand)."""
    prose = blank_code(markdown)
    unknown: dict[str, list[int]] = {}
    for match in CITATION.finditer(prose):
        for source_id in cited_ids(match):
            if source_id not in sources:
                unknown.setdefault(source_id, []).append(first_line + prose.count("\n", 0, match.start()))
    add_once_per_id(
        problems,
        file,
        unknown,
        "Källan '{id}' finns inte i data/kallor.yml",
        "rätta id:t i [@…] eller lägg till källan i data/kallor.yml.",
    )
    for match in WITHOUT_AT.finditer(prose):
        ids = [part.strip() for part in match.group(1).split(";")]
        if all(source_id in sources for source_id in ids):
            problems.add(
                file,
                first_line + prose.count("\n", 0, match.start()),
                "Källhänvisningen saknar @",
                f"skriv [{'; '.join(f'@{source_id}' for source_id in ids)}].",
            )


CITE_FIX = "skriv [@id] efter de uppgifter som kommer från en källa (id:n finns i data/kallor.yml)"


def check_cites_a_source(markdown: str, file: str, line: int, problems: Problems, *, narrative: bool = False) -> None:
    """A page or case narrative read against its sources cites at least one of them (the caller
    knows which are)."""
    if CITATION.search(blank_code(markdown)):
        return
    if narrative:
        problems.add(
            file, line, "Fallstudien är granskad mot källorna men berättelsen hänvisar inte till någon", f"{CITE_FIX}."
        )
        return
    problems.add(
        file,
        line,
        "Sidan är granskad mot källorna men hänvisar inte till någon",
        f"{CITE_FIX}. Är sidan en lista eller en översikt utan egna uppgifter, skriv utan_källor: true i sidhuvudet.",
    )
