"""The editor's fast check: `python -m handbok check [mapp]` (what `make check` runs).

Prints every problem as `fil:rad: vad – vad du gör` (and as GitHub annotations under Actions)
and exits 1 if there is any. Checks that need the built pages (links and anchors) stay in
the build.
"""

from __future__ import annotations

import time
from pathlib import Path

from handbok.check import check_project

USAGE = "Så här: python -m handbok check [mapp med mkdocs.yml]"


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "check":
        print(USAGE)
        return 2
    root = Path(argv[1] if len(argv) > 1 else ".").resolve()
    if not (root / "mkdocs.yml").is_file():
        print(f"Hittar ingen mkdocs.yml i {root}. {USAGE}")
        return 2
    started = time.perf_counter()
    checked = check_project(root)
    seconds = time.perf_counter() - started
    if checked.problems:
        print(checked.problems.report().replace("Bygget stoppades av", "Kontrollen hittade", 1))
        return 1
    pages = len(checked.pages) + len(checked.narratives)
    print(f"Inga fel: {pages} sidor och {len(checked.handbook.cases)} fall kontrollerade på {seconds:.1f} s.")
    return 0
