"""Review dates at the command line: `make check` lists overdue pages, `granskning` fails on them
(the pull request's summary: test_summary_command.py)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
# make exports the last commit's time; the commands go by the clock all the same: a page reviewed
# today is not "in the future" before it is committed, and the weekly run sees today's overdue pages.
OLD_COMMIT_EPOCH = "1700000000"  # 2023-11-14, before every review date below
OLD, FRESH = "2024-03-15", dt.date.today().isoformat()


def reviewed_project(tmp_path: Path, old: tuple[str, ...] = ("docs/steg.md",)) -> Path:
    """The base fixture with review dates switched on: every page reviewed, the `old` ones long ago."""
    project = tmp_path / "projekt"
    shutil.copytree(FIXTURES / "base", project)
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "      pdf: false\n", "      pdf: false\n      granskning_manader: 12\n"
        ),
        encoding="utf-8",
    )
    for page in (project / "docs").rglob("*.md"):
        date = OLD if page.relative_to(project).as_posix() in old else FRESH
        text = page.read_text(encoding="utf-8")
        # A reviewed page cites its sources; the base's templates and case list cite none: they say so.
        listing = "" if "[@" in text else "utan_källor: true\n"
        page.write_text(text.replace("---\n", f"---\ngranskad: {date}\n{listing}", 1), encoding="utf-8")
    case = project / "cases" / "exempel.yml"
    date = OLD if "cases/exempel.yml" in old else FRESH
    case.write_text(case.read_text(encoding="utf-8") + f"granskad: {date}\n", encoding="utf-8")
    return project


def run(project: Path, *args: str, summary: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY")}
    env["SOURCE_DATE_EPOCH"] = OLD_COMMIT_EPOCH
    if summary is not None:
        env["GITHUB_STEP_SUMMARY"] = str(summary)
    return subprocess.run(
        [sys.executable, "-m", "handbok", *args], cwd=project, capture_output=True, text=True, env=env
    )


def test_make_check_lists_overdue_pages_under_their_own_heading_and_passes(tmp_path: Path) -> None:
    result = run(reviewed_project(tmp_path, ("docs/steg.md", "cases/exempel.yml")), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Inga fel: ")
    heading, *lines = result.stdout.split("\n\n", 1)[1].strip().splitlines()
    assert heading == "Sidor som ska granskas (2):"
    assert [line.split(" – ")[0] for line in lines] == [
        "  cases/exempel.yml: skulle ha granskats senast 2025-03-15",  # sorted by page: fall/exempel/
        "  docs/steg.md: skulle ha granskats senast 2025-03-15",
    ]


def test_make_check_lists_nothing_when_every_page_is_fresh(tmp_path: Path) -> None:
    result = run(reviewed_project(tmp_path, ()), "check")
    assert result.returncode == 0
    assert "Sidor som ska granskas" not in result.stdout


def test_overdue_pages_are_github_warnings_not_errors(tmp_path: Path) -> None:
    project = reviewed_project(tmp_path)
    env = {**os.environ, "SOURCE_DATE_EPOCH": OLD_COMMIT_EPOCH, "GITHUB_ACTIONS": "true"}
    env.pop("GITHUB_STEP_SUMMARY", None)
    result = subprocess.run(
        [sys.executable, "-m", "handbok", "check"], cwd=project, capture_output=True, text=True, env=env
    )
    assert result.returncode == 0
    warnings = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert warnings == [
        "::warning file=docs/steg.md,line=1::Sidan skulle ha granskats senast 2025-03-15 – läs sidan mot "
        "källorna, rätta det som ändrats och skriv dagens datum i granskad:."
    ]


def test_errors_still_fail_the_check_and_overdue_pages_are_listed_after_them(tmp_path: Path) -> None:
    project = reviewed_project(tmp_path)
    page = project / "docs" / "steg.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nEtt påstående [@Q7].\n", encoding="utf-8")
    result = run(project, "check")
    assert result.returncode == 1
    assert result.stdout.index("Kontrollen hittade 1 fel") < result.stdout.index("Sidor som ska granskas (1):")


def test_granskning_fails_and_writes_the_list_to_the_job_summary(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    result = run(reviewed_project(tmp_path), "granskning", summary=summary)
    assert result.returncode == 1, result.stdout
    assert "docs/steg.md: skulle ha granskats senast 2025-03-15" in result.stdout
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("## Sidor som ska granskas\n\n1 sida har passerat sitt granskningsdatum.")
    assert "| `steg/` | `docs/steg.md` | 2024-03-15 | 2025-03-15 |" in written


def test_granskning_passes_when_nothing_is_overdue(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    result = run(reviewed_project(tmp_path, ()), "granskning", summary=summary)
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("Inga sidor har passerat sitt granskningsdatum (9 sidor")
    assert "Inga sidor har passerat sitt granskningsdatum." in summary.read_text(encoding="utf-8")


def test_granskning_says_so_when_review_dates_are_off(tmp_path: Path) -> None:
    result = run(FIXTURES / "base", "granskning")
    assert result.returncode == 0
    assert "granskning_manader saknas" in result.stdout
