"""One problem for a mistake repeated on many lines: on its first line, naming the others."""

from __future__ import annotations

from handbok.problems import Problems


def lines_text(lines: list[int]) -> str:
    """The lines as Swedish prose: 9; 9 och 14; 9, 12 och 14."""
    shown = [str(line) for line in lines]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} och {shown[-1]}"


def add_once_per_id(problems: Problems, file: str, found: dict[str, list[int]], what: str, fix: str) -> None:
    """One problem per id in `found` (id -> lines): `what` (with {id}) and `… (också på rad 9 och 14)`."""
    for name, lines in found.items():
        first, *others = sorted(set(lines))
        also = f" (också på rad {lines_text(others)})" if others else ""
        problems.add(file, first, what.format(id=name) + also, fix)
