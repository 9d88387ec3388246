"""Problems are values: each names a file, a line, what is wrong and what to do.

Every check in the package appends to a `Problems` collection; the plugin stops the
build once, listing all of them, so an editor sees every mistake in one run.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.plugins.handbok.problems")


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in one place, in Swedish: `fil:rad: vad som är fel – vad du gör`."""

    file: str
    line: int
    what: str
    fix: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.what} – {self.fix}"

    def annotation(self) -> str:
        """The same problem as a GitHub Actions annotation."""
        message = f"{self.what} – {self.fix}".replace("%", "%25").replace("\n", "%0A")
        return f"::error file={self.file},line={self.line}::{message}"


@dataclass
class Problems:
    items: list[Problem] = field(default_factory=list)

    def add(self, file: str, line: int, what: str, fix: str) -> None:
        self.items.append(Problem(file, max(1, line), what, fix))

    def extend(self, other: Problems) -> None:
        self.items.extend(other.items)

    def __iter__(self) -> Iterator[Problem]:
        return iter(sorted(set(self.items)))

    def __len__(self) -> int:
        return len(set(self.items))

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        """Stop the build once, with every problem found so far."""
        if not self.items:
            return
        problems = list(self)
        if os.environ.get("GITHUB_ACTIONS") == "true":
            for problem in problems:
                print(problem.annotation(), flush=True)
        count = len(problems)
        heading = "Bygget stoppades av 1 fel" if count == 1 else f"Bygget stoppades av {count} fel"
        lines = "\n".join(f"  {problem}" for problem in problems)
        raise PluginError(f"{heading}. Rätta dem och bygg igen:\n{lines}")
