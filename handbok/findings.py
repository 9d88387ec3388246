"""What the security checks hand back: plain values, and where they go.

The checks import nothing from MkDocs. Each returns findings or adds them to anything with
`add(file, line, what, fix)`: `handbok.problems.Problems` is one.
"""

from __future__ import annotations

from typing import Protocol

Finding = tuple[int, str, str]  # line, what is wrong, what to do


class Sink(Protocol):
    def add(self, file: str, line: int, what: str, fix: str) -> None: ...
