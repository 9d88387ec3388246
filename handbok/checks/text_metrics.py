"""Plain-language metrics for Swedish prose: LIX and shared word runs.

LIX = words per sentence + 100 x share of words longer than six letters
(Björnsson's readability index, as described by lix.se).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+(?:-[A-Za-zÅÄÖåäöÉéÜü]+)*")
_LETTER = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]")
_SENTENCE_END = re.compile(r"[.!?:]+(?:\s|$)|\n\s*\n")
_NUMBERED = re.compile(r"\d+\.\s")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_NOISE = [
    re.compile(r"```.*?```", re.S),  # code blocks
    re.compile(r"\{\{.*?\}\}", re.S),  # macro calls
    re.compile(r"\[@[^\]]+\]"),  # citations
    re.compile(r"\]\([^)]*\)"),  # link targets
    re.compile(r"^\s*[*]\[.*$", re.M),  # abbreviation definitions
    re.compile(r"https?://\S+"),
    re.compile(r"<[^>]+>"),
]


def prose_of_markdown(markdown: str) -> str:
    """Strip front matter, code, macros, citations and link targets."""
    text = _FRONT_MATTER.sub("", markdown)
    for pattern in _NOISE:
        text = pattern.sub(" ", text)
    # Headings, list items and table rows end a sentence even without a full stop.
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(("#", "-", "*", "|")) or _NUMBERED.match(stripped):
            line = line.rstrip() + "."
        lines.append(line)
    return "\n".join(lines)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def lix(text: str) -> float:
    """LIX of plain text; 0.0 for text without words."""
    return lix_and_words(text)[0]


def lix_and_words(text: str) -> tuple[float, int]:
    """LIX and the number of words, from one pass over the words."""
    found = words(text)
    if not found:
        return 0.0, 0
    sentences = max(1, len([s for s in _SENTENCE_END.split(text) if _LETTER.search(s)]))  # has a word
    long_words = len([w for w in found if len(w) > 6 and len(w) - w.count("-") > 6])  # hyphens are not letters
    return len(found) / sentences + 100 * long_words / len(found), len(found)


def longest_sentences(text: str, count: int) -> list[tuple[str, int]]:
    """The `count` longest sentences of plain text, longest first, with their number of words."""
    found = [(sentence.strip(), len(words(sentence))) for sentence in _SENTENCE_END.split(text)]
    return sorted((item for item in found if item[1]), key=lambda item: -item[1])[:count]


def shared_runs(text: str, source: str, length: int = 8) -> list[str]:
    """Runs of `length` words that `text` shares with `source` (case-insensitive)."""
    source_words = [w.lower() for w in words(source)]
    seen = {tuple(source_words[i : i + length]) for i in range(len(source_words) - length + 1)}
    text_words = [w.lower() for w in words(text)]
    hits = []
    for i in range(len(text_words) - length + 1):
        run = tuple(text_words[i : i + length])
        if run in seen:
            hits.append(" ".join(run))
    return hits
