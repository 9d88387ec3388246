"""Dates that go stale: a sentence that still speaks of a passed date as something ahead.

"Uppdraget ska redovisas den 31 mars 2026" is true when written and wrong a day after. A
sentence with a future marker ("ska", "skall", "kommer att", "planeras") and a date the clock
has passed is found here, with its file and line; so is a page reviewed after such a date whose
text still treats it as ahead. Like a page past its review date, it is listed, not an error:
`make check` shows it under its own heading and passes, so an unchanged commit never turns red
by itself; `python -m handbok granskning` (the weekly job) fails on it.

A date after "sedan" is a rule in force ("sedan den 1 april 2025 ska kommunen …"), not a
promise, and is left alone. Code is blanked out first: an example of the syntax is no claim.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from handbok.checks.page_safety import blank_code
from handbok.checks.review_dates import NOT_REVIEWED
from handbok.sources.revision_dates import MONTHS

if TYPE_CHECKING:
    from handbok.checks.project import Checked

HEADING = "Meningar om ett datum som har passerat"
FUTURE = re.compile(r"\b(?:ska|skall|kommer att|planeras)\b", re.I)
_MONTH = "|".join(MONTHS)
# "31 mars 2026", "mars 2026", "2026-03-31", "2026" (not "2023:196", "2024/25", "Ju2025/01724" or "2025–2027"'s start).
DATE = re.compile(
    rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d\d)\b"
    rf"|(?P<month_only>{_MONTH})\s+(?P<month_year>(?:19|20)\d\d)\b"
    r"|(?<![\w/:–-])(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b"
    r"|(?<![\w/:–-])(?P<year_only>(?:19|20)\d\d)(?![\w/:–-]|\s*[–-]\s*\d)",
    re.I,
)
SINCE = re.compile(r"\b(?:sedan|från och med)\s+(?:den\s+)?$", re.I)
# A bare year that dates something else: "lagen från 2023", "efter 2020", a YAML key "år: 2022".
YEAR_OF_OTHER = re.compile(r"\b(?:från|efter|före|år:)\s+$", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"”*\[])")


@dataclass(frozen=True)
class StaleDate:
    file: str
    line: int
    shown: str  # the date as the text writes it
    last_day: dt.date  # the last day the text can mean ("mars 2026" ends on 31 March)
    reviewed: dt.date | None  # the page's own review date, when it has one

    @property
    def what(self) -> str:
        if self.reviewed is not None and self.reviewed > self.last_day:
            return (f"Sidan granskades {self.reviewed.isoformat()}, efter {self.shown}, men meningen talar "
                    "fortfarande om datumet som något som ska komma")  # fmt: skip
        return f"Meningen talar om {self.shown} som något som ska komma, men datumet har passerat"

    fix = "skriv vad som hände (eller att det inte går att se i källorna), i dåtid eller med 'sedan'."

    def text(self) -> str:
        return f"{self.file}:{self.line}: {self.what} – {self.fix}"


def last_day(match: re.Match[str]) -> dt.date:
    if match.group("day"):
        month = MONTHS.index(match.group("month").lower()) + 1
        year, day = int(match.group("year")), int(match.group("day"))
        return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
    if match.group("month_only"):
        month, year = MONTHS.index(match.group("month_only").lower()) + 1, int(match.group("month_year"))
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    if match.group("iso"):
        try:
            return dt.date.fromisoformat(match.group("iso"))
        except ValueError:
            return dt.date.max
    return dt.date(int(match.group("year_only")), 12, 31)


def sentences(text: str, first_line: int) -> Iterator[tuple[int, str]]:
    """Each sentence of the prose with the line it starts on (a table cell or list item ends one too)."""
    for number, line in enumerate(text.splitlines(), first_line):
        for part in SENTENCE_END.split(line):
            for cell in part.split("|"):
                if cell.strip():
                    yield number, cell


def find(text: str, file: str, first_line: int, today: dt.date, reviewed: dt.date | None = None) -> list[StaleDate]:
    """Every sentence in `text` that speaks in the future tense of a date `today` has passed."""
    found = []
    for line, sentence in sentences(blank_code(text), first_line):
        marker = FUTURE.search(sentence)
        if marker is None:
            continue
        for match in DATE.finditer(sentence):
            if SINCE.search(sentence[max(0, match.start() - 12) : match.start()]):
                continue
            before = sentence[max(0, match.start() - 8) : match.start()]
            if match.group("year_only") and (match.start() < marker.end() or YEAR_OF_OTHER.search(before)):
                continue  # "avtalet från 2019 säger att … ska": a bare year before the verb dates the source
            day = last_day(match)
            if day < today:
                found.append(StaleDate(file, line, match.group(0), day, reviewed))
                break  # one line per sentence is enough to send the editor there
    return found


def in_project(root: Path, checked: Checked, today: dt.date) -> list[StaleDate]:
    """Every page, case narrative and YAML file of the project (not the editors' guide, whose examples are examples)."""
    found = []
    for uri, page in sorted(checked.pages.items()):
        if not uri.startswith(NOT_REVIEWED):
            review = checked.reviews.get(uri)
            found += find(page.body, page.file, page.body_line, today, review.reviewed if review else None)
    cases = checked.handbook.case_sources
    for slug, narrative in sorted(checked.narratives.items()):
        review = checked.reviews.get(f"fall/{slug}.md")
        found += find(narrative.text, narrative.file, 1, today, review.reviewed if review else None)
        yml = cases[slug][0]
        found += find(readable(root / yml), yml, 1, today, review.reviewed if review else None)
    for path in sorted((root / checked.settings.data_dir).glob("*.yml")):
        found += find(readable(path), path.relative_to(root).as_posix(), 1, today)
    return found


def readable(path: Path) -> str:
    """A YAML file's text; "" when it cannot be read, which the YAML check has already reported."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def stale_text(stale: list[StaleDate]) -> str:
    """The terminal's list, under its own heading; "" when there is none."""
    if not stale:
        return ""
    return f"{HEADING} ({len(stale)}):\n" + "\n".join(f"  {item.text()}" for item in stale)


def stale_annotations(stale: list[StaleDate]) -> list[str]:
    """The same list as GitHub warnings beside the line (not errors: the check still passes)."""
    return [f"::warning file={item.file},line={item.line}::{item.what} – {item.fix}" for item in stale]


def stale_markdown(stale: list[StaleDate], level: str = "##") -> str:
    """The list as a Markdown table for the weekly job's summary."""
    if not stale:
        return f"{level} {HEADING}\n\nIngen mening talar om ett passerat datum som något som ska komma.\n"
    rows = "\n".join(f"| `{item.file}:{item.line}` | {item.shown} | {item.what} |" for item in stale)
    return (
        f"{level} {HEADING}\n\n{len(stale)} meningar talar om ett datum som har passerat som något som ska "
        f"komma. {StaleDate.fix[0].upper()}{StaleDate.fix[1:]}\n\n| Var | Datum | Vad |\n|---|---|---|\n{rows}\n"
    )
