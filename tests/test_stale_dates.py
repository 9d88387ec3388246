"""Dates that do not go stale: a sentence that still speaks of a passed date as ahead is listed by
`make check` (which passes) and fails `make granskning`, whose weekly summary lists it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT
from test_review_commands import FIXTURES, reviewed_project, run

from handbok.checks.project import check_project


@pytest.fixture
def stale_project(tmp_path: Path) -> Path:
    """The base fixture, every page reviewed today, and a page that still says a passed date is ahead."""
    project = reviewed_project(tmp_path, ())
    page = project / "docs" / "steg.md"
    text = (FIXTURES / "stale-date" / "docs" / "steg.md").read_text(encoding="utf-8")
    reviewed = re.search(r"granskad: \S+\n", page.read_text(encoding="utf-8"))
    assert reviewed is not None
    page.write_text(text.replace("---\n", f"---\n{reviewed.group(0)}", 1), encoding="utf-8")
    return project


def test_make_check_lists_a_future_sentence_about_a_passed_date_and_passes(stale_project: Path) -> None:
    result = run(stale_project, "check")
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("Inga fel: ")
    heading, line = result.stdout.split("\n\n", 1)[1].strip().splitlines()
    assert heading == "Meningar om ett datum som har passerat (1):"
    reviewed = re.search(r"granskad: (\S+)", (stale_project / "docs" / "steg.md").read_text(encoding="utf-8"))
    assert reviewed is not None
    assert line == (
        f"  docs/steg.md:10: Sidan granskades {reviewed.group(1)}, efter 31 mars 2026, men meningen talar "
        "fortfarande om datumet som något som ska komma – skriv vad som hände (eller att det inte går att se i "
        "källorna), i dåtid eller med 'sedan'."
    )


def test_make_granskning_fails_on_it_and_the_weekly_summary_lists_it(stale_project: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    result = run(stale_project, "granskning", summary=summary)
    assert result.returncode == 1
    assert "Meningar om ett datum som har passerat (1):\n  docs/steg.md:10: " in result.stdout
    written = summary.read_text(encoding="utf-8")
    assert "## Sidor som ska granskas" in written and "## Meningar om ett datum som har passerat" in written
    assert "| `docs/steg.md:10` | 31 mars 2026 |" in written


def test_the_handbook_itself_has_no_passed_date_spoken_of_as_ahead() -> None:
    assert [item.text() for item in check_project(ROOT).stale] == []
