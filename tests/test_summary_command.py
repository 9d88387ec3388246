"""`python -m handbok sammanfattning` writes the pull request's Swedish job summary: the pages a change
touches with their LIX and words, the errors first, a reminder of the change note; and an unknown
command shows the usage."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_review_commands import FIXTURES, reviewed_project, run


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
    notes.write_text(
        "ändringar:\n  - datum: 2026-11-01\n    rubrik: Ny sida\n    sidor: [steg.md]\n"
        '    vad: "Sidan är ny."\n    varför: "Läsare bad om den."\n',
        encoding="utf-8",
    )
    without = run(project, "sammanfattning", "docs/steg.md")
    assert without.returncode == 0, without.stdout + without.stderr  # a reminder, not an error
    assert "## Ändringsnotis" in without.stdout and "`data/andringar.yml` är inte ändrad" in without.stdout
    with_note = run(project, "sammanfattning", "docs/steg.md", "data/andringar.yml")
    assert "## Ändringsnotis" not in with_note.stdout
    no_page = run(project, "sammanfattning", "README.md")
    assert "## Ändringsnotis" not in no_page.stdout
