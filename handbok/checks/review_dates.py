"""Review dates: when a page's content was last read against its sources, and when it is due again.

A page (front matter) or a case (YAML) says `granskad: ÅÅÅÅ-MM-DD` and may say
`granskning_månader: N`; the default interval is set once in mkdocs.yml under the handbok
plugin (`granskning_manader`). Without that setting review dates are not required (small test
projects). A page past its date is listed by `make check` and shown to readers with a notice;
it is not an error.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from handbok.problems import Problems
from handbok.sources.reproducible import build_date
from handbok.sources.revision_dates import MONTHS

NOT_REVIEWED = ("redaktorsguide/",)  # material for editors, not facts for readers


@dataclass(frozen=True)
class Review:
    file: str  # the file that holds the date, shown to editors
    reviewed: dt.date
    months: int

    @property
    def due(self) -> dt.date:
        month = self.reviewed.month - 1 + self.months
        year, month = self.reviewed.year + month // 12, month % 12 + 1
        return dt.date(year, month, min(self.reviewed.day, calendar.monthrange(year, month)[1]))

    def overdue(self, today: dt.date) -> bool:
        return today > self.due


def build_day() -> dt.date:
    """The day a build is made on: the commit's date when SOURCE_DATE_EPOCH is set (same bytes every build)."""
    return build_date()


def month_year(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def default_interval(options: dict[str, Any], problems: Problems, line: int) -> int | None:
    """The interval from mkdocs.yml, or None when review dates are not used in this project."""
    value = options.get("granskning_manader")
    if value is None:
        return None
    if not str(value).isdigit() or int(value) < 1:
        problems.add("mkdocs.yml", line, f"'granskning_manader' ska vara ett antal månader, inte {value!r}",
                     "skriv ett heltal större än noll, till exempel granskning_manader: 12.")  # fmt: skip
        return None
    return int(value)


def read_review(
    fields: dict[str, Any], file: str, line_of: Any, default: int, today: dt.date, problems: Problems
) -> Review | None:
    """The review of one page or case from its fields; problems for a missing, odd or future date."""
    raw, raw_months = fields.get("granskad"), fields.get("granskning_månader")
    if raw is None:
        problems.add(file, line_of("granskad"), "Fältet 'granskad' saknas",
                     "lägg till granskad: ÅÅÅÅ-MM-DD, den dag du läste sidan mot källorna.")  # fmt: skip
        return None
    try:
        reviewed = raw if isinstance(raw, dt.date) else dt.date.fromisoformat(str(raw))
    except ValueError:
        problems.add(file, line_of("granskad"), f"'granskad' ska vara ett datum, inte {str(raw)!r}",
                     "skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-29.")  # fmt: skip
        return None
    if reviewed > today:
        problems.add(file, line_of("granskad"), f"'granskad' ligger i framtiden ({reviewed.isoformat()})",
                     "skriv den dag du faktiskt läste sidan mot källorna, i dag eller tidigare.")  # fmt: skip
        return None
    months = default
    if raw_months is not None:
        if not str(raw_months).isdigit() or int(raw_months) < 1:
            problems.add(file, line_of("granskning_månader"),
                         f"'granskning_månader' ska vara ett antal månader, inte {str(raw_months)!r}",
                         "skriv ett heltal större än noll, till exempel granskning_månader: 6.")  # fmt: skip
            return None
        months = int(raw_months)
    return Review(file, reviewed, months)
