"""Bytes an editor's text file may hold: UTF-8 text, with tab, newline and carriage return
as the only control characters. Anything else gets a Swedish message naming the line of
the first bad byte, before a parser (PyYAML, MkDocs) can stop with a traceback of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from handbok.findings import Finding, Sink

# What YAML calls printable (PyYAML's reader refuses the rest with a traceback), less NEL (U+0085),
# which Python reads as a line break of its own and so would shift every line number after it.
_BAD_CHARACTER = re.compile("[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NOT_UTF8 = (
    "Filen är inte sparad som UTF-8",
    "spara den som UTF-8 i din editor (i VS Code: Spara med kodning → UTF-8).",
)
TEXT_PATTERNS = ("*.md",)


def problem_in(raw: bytes) -> Finding | None:
    """The first reason `raw` is not a clean UTF-8 text, or None."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return raw.count(b"\n", 0, error.start) + 1, *NOT_UTF8
    found = _BAD_CHARACTER.search(text)
    if found is None:
        return None
    line = text.count("\n", 0, found.start()) + 1
    column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
    if found.group(0) == "\0":
        return (line, f"Raden innehåller ett nolltecken (NUL) vid tecken {column}",
                "ta bort tecknet; filen har fått binärt innehåll. Spara om den som vanlig text i UTF-8.")  # fmt: skip
    code = f"U+{ord(found.group(0)):04X}"
    return (line, f"Raden innehåller ett osynligt styrtecken ({code}) vid tecken {column}",
            "ta bort tecknet; syns det inte i din editor, skriv om ordet runt det för hand.")  # fmt: skip


def unreadable_files(
    root: Path, folders: Iterable[str], patterns: Iterable[str] = TEXT_PATTERNS
) -> list[tuple[str, int, str, str]]:
    """(file, line, what, fix) for every text file under `folders` (relative to `root`) that is not clean."""
    found: list[tuple[str, int, str, str]] = []
    for folder in folders:
        for pattern in patterns:
            for path in sorted((root / folder).rglob(pattern)):
                if path.is_file() and (problem := problem_in(path.read_bytes())) is not None:
                    found.append((path.relative_to(root).as_posix(), *problem))
    return found


def report_unreadable(root: Path, folders: Iterable[str], sink: Sink) -> bool:
    """Add every unreadable text file to `sink`; True if there was one (the build must stop now)."""
    found = unreadable_files(root, folders)
    for problem in found:
        sink.add(*problem)
    return bool(found)
