"""Review dates at the command line: `make check` lists overdue pages, `granskning` fails on them,
`sammanfattning` writes the pull request's Swedish job summary."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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
    config.write_text(config.read_text(encoding="utf-8").replace(
        "      pdf: false\n", "      pdf: false\n      granskning_manader: 12\n"), encoding="utf-8")  # fmt: skip
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
    return subprocess.run([sys.executable, "-m", "handbok", *args], cwd=project, capture_output=True, text=True,
                          env=env)  # fmt: skip


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
    result = subprocess.run([sys.executable, "-m", "handbok", "check"], cwd=project, capture_output=True,
                            text=True, env=env)  # fmt: skip
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


def summary_table(markdown: str) -> list[list[str]]:
    section = markdown.split("## Sidor som ändras", 1)[1].split("\n## ", 1)[0]
    table = [row for row in section.splitlines() if row.startswith("|")]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in table[2:]]


def test_summary_maps_changed_files_to_pages_with_lix_and_words(tmp_path: Path) -> None:
    project = reviewed_project(tmp_path)
    summary = tmp_path / "summary.md"
    changed = ["cases/exempel.md", "docs/steg.md", "data/steg.yml", "macros.py", "data/okand.yml"]
    result = run(project, "sammanfattning", *changed, summary=summary)
    assert result.returncode == 0, result.stdout + result.stderr
    markdown = summary.read_text(encoding="utf-8")
    assert markdown.startswith("# Sammanfattning av ändringen\n")
    rows = summary_table(markdown)
    assert [row[:3] for row in rows] == [  # each page by its file in the preview's zip, never the live site
        ["Exempelby", "`fall/exempel.html`", "`cases/exempel.md`"],
        ["Start", "`index.html`", "`data/steg.yml`"],  # its checklist comes from steg.yml
        ["Steget", "`steg.html`", "`docs/steg.md`"],
    ]
    assert "https://example.org" not in markdown
    lix, words = rows[2][3], int(rows[2][4])
    assert lix.endswith(("(lätt)", "(medelsvår)", "(svår)")) and words > 3
    assert "Ändrade filer som ingen sida visar direkt: `data/okand.yml`." in markdown
    assert "## Inga fel\n\nInga fel: 9 sidor och 1 fall kontrollerade." in markdown
    assert "## Sidor som ska granskas\n\n1 sida har passerat" in markdown
    assert "Ändrar du en sida som ska granskas?" in markdown


def test_summary_lists_the_errors_first(tmp_path: Path) -> None:
    project = reviewed_project(tmp_path, ())
    page = project / "docs" / "steg.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nEtt påstående [@Q7].\n", encoding="utf-8")
    result = run(project, "sammanfattning", "docs/steg.md")
    assert result.returncode == 0
    assert "## Fel som måste rättas (1)" in result.stdout
    assert "Kontrollen hittade 1 fel. Rätta dem och bygg igen:" in result.stdout  # the check's own words
    assert "Inga fel" not in result.stdout
    assert "- `docs/steg.md:" in result.stdout and "Källan 'Q7' finns inte" in result.stdout
    assert result.stdout.index("Fel som måste rättas") < result.stdout.index("Sidor som ändras")


def test_summary_of_a_change_that_touches_no_page(tmp_path: Path) -> None:
    result = run(FIXTURES / "base", "sammanfattning", "README.md")
    assert "Ändringen rör ingen sida i handboken." in result.stdout
    assert "Sidor som ska granskas" not in result.stdout  # review dates are off in the base project


@pytest.mark.parametrize("args", [(), ("okänd",)])
def test_unknown_command_shows_the_usage(args: tuple[str, ...]) -> None:
    result = run(FIXTURES / "base", *args)
    assert result.returncode == 2
    assert "python -m handbok granskning" in result.stdout


def test_summary_lists_a_changed_file_with_an_error_as_having_one(tmp_path: Path) -> None:
    """A case file with a tab cannot be read, so it feeds no page: it is listed with the errors, not as unused."""
    project = reviewed_project(tmp_path, ())
    case = project / "cases" / "exempel.yml"
    case.write_text(case.read_text(encoding="utf-8").replace("  funktion:", "\tfunktion:"), encoding="utf-8")
    result = run(project, "sammanfattning", "cases/exempel.yml")
    assert "Ändrade filer med fel (se felen ovan): `cases/exempel.yml`." in result.stdout
    assert "ingen sida visar direkt" not in result.stdout


def test_summary_reminds_of_a_change_note_when_pages_change_without_one(tmp_path: Path) -> None:
    project = reviewed_project(tmp_path, ())
    notes = project / "data" / "andringar.yml"
    notes.write_text("ändringar:\n  - datum: 2026-11-01\n    rubrik: Ny sida\n    sidor: [steg.md]\n"
                     '    vad: "Sidan är ny."\n    varför: "Läsare bad om den."\n', encoding="utf-8")  # fmt: skip
    without = run(project, "sammanfattning", "docs/steg.md")
    assert without.returncode == 0, without.stdout + without.stderr  # a reminder, not an error
    assert "## Ändringsnotis" in without.stdout and "`data/andringar.yml` är inte ändrad" in without.stdout
    with_note = run(project, "sammanfattning", "docs/steg.md", "data/andringar.yml")
    assert "## Ändringsnotis" not in with_note.stdout
    no_page = run(project, "sammanfattning", "README.md")
    assert "## Ändringsnotis" not in no_page.stdout
