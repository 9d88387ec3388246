"""Pages past their review date, as text for the terminal and as Markdown for a GitHub job summary.

`make check` lists them under their own heading (they are not errors); `python -m handbok
granskning` lists them, and the sentences that speak of a passed date as ahead, and fails, so
the weekly workflow makes the maintainers look.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from handbok.checks.project import Checked
from handbok.checks.review_dates import Review
from handbok.checks.stale_dates import stale_markdown, stale_text

HEADING = "Sidor som ska granskas"
FIX = "läs sidan mot källorna, rätta det som ändrats och skriv dagens datum i granskad:."


def page_name(uri: str) -> str:
    """The page as a reader finds it: its address under the site, for example fall/landskrona/."""
    stem = uri.removesuffix(".md")
    return "/" if stem == "index" else stem.removesuffix("index") if stem.endswith("/index") else f"{stem}/"


def overdue_text(overdue: list[tuple[str, Review]]) -> str:
    """The terminal's list: one line per page, file and due date; "" when nothing is overdue."""
    if not overdue:
        return ""
    lines = [f"  {review.file}: skulle ha granskats senast {review.due.isoformat()} – {FIX}" for _, review in overdue]
    return f"{HEADING} ({len(overdue)}):\n" + "\n".join(lines)


def overdue_annotations(overdue: list[tuple[str, Review]]) -> list[str]:
    """The same list as GitHub warnings, shown beside the file (not errors: the check still passes)."""
    return [
        f"::warning file={review.file},line=1::Sidan skulle ha granskats senast {review.due.isoformat()} – {FIX}"
        for _, review in overdue
    ]


def overdue_markdown(overdue: list[tuple[str, Review]], level: str = "##") -> str:
    """The list as a Markdown table for a job summary."""
    if not overdue:
        return f"{level} {HEADING}\n\nInga sidor har passerat sitt granskningsdatum.\n"
    rows = "\n".join(
        f"| `{page_name(uri)}` | `{review.file}` | {review.reviewed.isoformat()} | {review.due.isoformat()} |"
        for uri, review in overdue
    )
    count = "1 sida har" if len(overdue) == 1 else f"{len(overdue)} sidor har"
    return (
        f"{level} {HEADING}\n\n{count} passerat sitt granskningsdatum. Läs varje sida mot källorna, rätta det "
        "som ändrats och skriv dagens datum i `granskad:`.\n\n"
        f"| Sida | Fil | Granskad | Granskas senast |\n|---|---|---|---|\n{rows}\n"
    )


def write_summary(markdown: str) -> bool:
    """Append to the GitHub job summary when there is one (under Actions); True if written."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return False
    with Path(target).open("a", encoding="utf-8") as summary:
        summary.write(markdown + "\n")
    return True


def review_command(checked: Checked, today: dt.date) -> int:
    """`python -m handbok granskning`: the overdue pages and the passed dates; 1 if there is any (or any error)."""
    if checked.problems:
        print(checked.problems.report("Kontrollen hittade"))
        return 1
    stale = checked.stale
    if "granskning_manader" not in checked.settings.options:
        print("Granskningsdatum används inte här: granskning_manader saknas under handbok: i mkdocs.yml.")
        overdue = []
    else:
        overdue = checked.overdue(today)
        write_summary(overdue_markdown(overdue) + "\n" + stale_markdown(stale))
        if not overdue:
            print(f"Inga sidor har passerat sitt granskningsdatum ({len(checked.reviews)} sidor har granskningsdatum).")
    if overdue:
        print(overdue_text(overdue))
    if stale:
        print(("\n" if overdue else "") + stale_text(stale))
    return 1 if overdue or stale else 0
