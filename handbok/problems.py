"""Problems are values: each names a file, a line, what is wrong and what to do.

Every check in the package appends to a `Problems` collection. Whoever runs the checks (the
MkDocs adapter, `python -m handbok check`) reports them once, all together, so an editor sees
every mistake in one run. Nothing here knows about MkDocs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field

# Files whose mistakes cause others: listed first, because fixing them may fix the rest.
ROOT_CAUSES = ("mkdocs.yml", "data/kallor.yml")


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


def _order(problem: Problem) -> tuple[bool, Problem]:
    return (not problem.file.endswith(ROOT_CAUSES), problem)


@dataclass
class Problems:
    items: list[Problem] = field(default_factory=list)

    def add(self, file: str, line: int, what: str, fix: str) -> None:
        self.items.append(Problem(file, max(1, line), what, fix))

    def __iter__(self) -> Iterator[Problem]:
        return iter(sorted(set(self.items), key=_order))

    def __len__(self) -> int:
        return len(set(self.items))

    def __bool__(self) -> bool:
        return bool(self.items)

    def annotate(self) -> None:
        """Under GitHub Actions, print every problem as an annotation on its file and line."""
        if os.environ.get("GITHUB_ACTIONS") == "true":
            for problem in self:
                print(problem.annotation(), flush=True)

    def heading(self, found: str = "Bygget stoppades av") -> str:
        """The words above the list, the same in the build, `make check` and the pull request's summary."""
        return f"{found} {len(self)} fel. Rätta dem och bygg igen:"

    def report(self, found: str = "Bygget stoppades av") -> str:
        """Every problem, one per line under a heading ("Bygget stoppades av 2 fel. …"); annotations too."""
        self.annotate()
        lines = "\n".join(f"  {problem}" for problem in self)
        return f"{self.heading(found)}\n{lines}"
