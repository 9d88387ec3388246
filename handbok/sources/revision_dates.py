"""'Senast uppdaterad' dates from git, in Swedish.

One `git log` over the whole history gives the newest commit date of every file, so a
page built from several files (a case: Markdown + YAML) takes the newest of them. In a
shallow clone git only knows the commits it has: every file then shows the date of the
newest fetched commit that touched it (the deploy workflow fetches the full history).
"""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
from pathlib import Path

from handbok.sources.reproducible import build_date

log = logging.getLogger("mkdocs.plugins.handbok.sources.revision_dates")

GIT_LOG = ["git", "log", "--format=@%cs", "--name-only", "--no-renames", "--", "."]
MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip


def swedish_date(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


class CommitDates:
    """Repository-relative path -> date of the newest commit touching it.

    `git log` starts at once and runs beside the build; its answer is read when a page first
    needs a date.
    """

    def __init__(self, repo: Path) -> None:
        self._dates: dict[str, dt.date] | None = None
        try:
            self._git = subprocess.Popen(GIT_LOG, cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        except OSError as error:
            self._dates = _no_dates(error)

    def fallback(self) -> dt.date:
        """The date for files git does not know yet (and for the PDF's edition line): the commit's."""
        return build_date()

    def dates(self) -> dict[str, dt.date]:
        if self._dates is None:
            output, errors = self._git.communicate()
            failed = errors.strip() or f"git avslutades med kod {self._git.returncode}"
            self._dates = _no_dates(failed) if self._git.returncode else _newest_first(output)
        return self._dates


def _no_dates(why: object) -> dict[str, dt.date]:
    log.info("Inga datum från git (%s); byggdatum används.", why)
    return {}


def _newest_first(output: str) -> dict[str, dt.date]:
    dates: dict[str, dt.date] = {}
    current: dt.date | None = None
    for line in output.splitlines():
        if line.startswith("@"):
            current = dt.date.fromisoformat(line[1:])
        elif line and current is not None:
            dates.setdefault(line, current)  # newest first: keep the first seen
    return dates


def page_date(dates: dict[str, dt.date], files: list[str], today: dt.date) -> dt.date:
    """Newest commit date among `files`; today for files git does not know yet."""
    known = [dates[name] for name in files if name in dates]
    return max(known) if len(known) == len(files) else today


def short_commit(repo: Path) -> str:
    """The commit a build is made from, for the PDF's edition line; "okänd" outside git."""
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=repo, capture_output=True,
                              text=True, check=True).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "okänd"
