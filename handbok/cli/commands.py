"""The editor's commands: `python -m handbok check|granskning|sammanfattning` (`make check` runs the first).

- `check [mapp]`: every problem as `fil:rad: vad – vad du gör` (and as GitHub annotations under
  Actions), exit 1 if there is any; then the pages past their review date under their own
  heading, and the sentences that still speak of a passed date as ahead under theirs (neither fails
  the check). An anchor only generated content creates is the build's to check.
- `granskning [mapp]`: the pages past their review date and the passed dates; exit 1 if there is
  any (the weekly workflow).
- `sammanfattning <ändrade filer…>`: the pull request's job summary in Swedish (see `summary`).
- `lankar [mapp]`: do the sources' web addresses still answer (see `source_links`; needs the network).
"""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

from handbok.checks.project import check_project
from handbok.checks.stale_dates import stale_annotations, stale_text
from handbok.cli.review_report import overdue_annotations, overdue_text, review_command
from handbok.cli.source_links import links_command
from handbok.cli.summary import summary_command

USAGE = """Så här:
  python -m handbok check [mapp]                    kontrollera allt, utan att bygga (make check)
  python -m handbok granskning [mapp]               sidor att granska, passerade datum; fel om det finns något
  python -m handbok sammanfattning <ändrade filer>  sammanfattning för en pull request
  python -m handbok lankar [mapp]                   svarar källornas webbadresser fortfarande?"""
COMMANDS = ("check", "granskning", "sammanfattning", "lankar")


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(USAGE)
        return 2
    command, arguments = argv[0], argv[1:]
    folder = arguments[0] if arguments and command != "sammanfattning" else "."
    root = Path(folder).resolve()
    if not (root / "mkdocs.yml").is_file():
        print(f"Hittar ingen mkdocs.yml i {root}.\n{USAGE}")
        return 2
    if command == "lankar":
        return links_command(root)
    # The clock, not the commit (SOURCE_DATE_EPOCH, which make exports): a page reviewed today is
    # not "in the future" before it is committed, and the weekly review sees today's overdue pages.
    today = dt.date.today()
    started = time.perf_counter()
    checked = check_project(root, today)
    seconds = time.perf_counter() - started
    if command == "granskning":
        return review_command(checked, today)
    if command == "sammanfattning":
        return summary_command(checked, arguments, today)
    overdue = checked.overdue(today)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        print("\n".join(overdue_annotations(overdue) + stale_annotations(checked.stale)), flush=True)
    status = 0
    if checked.problems:
        print(checked.problems.report("Kontrollen hittade"))
        status = 1
    else:
        print(f"{checked.all_clear()} på {seconds:.1f} s.")
    if overdue:
        print(f"\n{overdue_text(overdue)}")
    if checked.stale:
        print(f"\n{stale_text(checked.stale)}")
    return status
