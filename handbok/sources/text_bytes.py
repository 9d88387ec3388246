"""Bytes an editor's text file may hold: UTF-8 text, with tab, newline and carriage return
as the only control characters. Anything else gets a Swedish message naming the line of
the first bad byte, before a parser (PyYAML, MkDocs) can stop with a traceback of its own.
"""

from __future__ import annotations

import re

from handbok.findings import Finding

# What YAML does not call printable (PyYAML's reader refuses it with a traceback), and NEL (U+0085),
# which Python reads as a line break of its own and so would shift every line number after it: C0 controls
# but tab, newline and carriage return; DEL and C1; lone surrogates; U+FFFE and U+FFFF. (Written as the
# bad characters, not as "not the printable ones": the same set, compiled in a tenth of the time.)
BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
NOT_UTF8 = (
    "Filen är inte sparad som UTF-8",
    "spara den som UTF-8 i din editor (i VS Code: Spara med kodning → UTF-8).",
)


def problem_in(raw: bytes) -> Finding | None:
    """The first reason `raw` is not a clean UTF-8 text, or None."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return raw.count(b"\n", 0, error.start) + 1, *NOT_UTF8
    found = BAD_CHARACTER.search(text)
    if found is None:
        return None
    line = text.count("\n", 0, found.start()) + 1
    column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
    if found.group(0) == "\0":
        return (
            line,
            f"Raden innehåller ett nolltecken (NUL) vid tecken {column}",
            "ta bort tecknet; filen har fått binärt innehåll. Spara om den som vanlig text i UTF-8.",
        )
    code = f"U+{ord(found.group(0)):04X}"
    return (
        line,
        f"Raden innehåller ett osynligt styrtecken ({code}) vid tecken {column}",
        "ta bort tecknet; syns det inte i din editor, skriv om ordet runt det för hand.",
    )
