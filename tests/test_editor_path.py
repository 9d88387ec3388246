"""The editor's path: figures a narrative takes from its case's data, and mistakes in mkdocs.yml's menu
that MkDocs itself would report in English (it reads mkdocs.yml before any plugin runs).

The fixtures in fixtures/check-only have the same form as fixtures/broken (laid over fixtures/base,
expected.txt), but only `make check` can report them in Swedish.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import run_mkdocs

from handbok.checks.project import check_project
from handbok.render.case_figures import fill

FIXTURES = Path(__file__).parent / "fixtures"
CHECK_ONLY = sorted(path.name for path in (FIXTURES / "check-only").iterdir())


def overlay(name: str, tmp_path: Path) -> Path:
    project = tmp_path / "projekt"
    shutil.copytree(FIXTURES / "base", project)
    folder = FIXTURES / "check-only" / name
    for path in folder.rglob("*"):
        if path.is_file() and path.name not in ("expected.txt", "rubrik.txt"):
            target = project / path.relative_to(folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    return project


@pytest.mark.parametrize("name", CHECK_ONLY)
def test_make_check_reports_a_broken_menu_in_swedish(name: str, tmp_path: Path) -> None:
    expected = (FIXTURES / "check-only" / name / "expected.txt").read_text(encoding="utf-8").splitlines()
    project = overlay(name, tmp_path)
    result = subprocess.run([sys.executable, "-m", "handbok", "check"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 1, result.stdout + result.stderr
    assert [line[2:] for line in result.stdout.splitlines() if line.startswith("  ")] == expected
    assert "Traceback" not in result.stderr
    build = run_mkdocs(project, tmp_path / "site")  # MkDocs stops too, in its own words
    assert build.returncode != 0


NARRATIVE_LINE = "Exempelby är en liten kommun [@A1]."


def project_with_narrative(tmp_path: Path, line: str) -> Path:
    project = tmp_path / "projekt"
    shutil.copytree(FIXTURES / "base", project)
    narrative = project / "cases" / "exempel.md"
    narrative.write_text(narrative.read_text(encoding="utf-8").replace(NARRATIVE_LINE, line), encoding="utf-8")
    return project


def test_a_narrative_takes_its_figures_from_the_case_data(tmp_path: Path) -> None:
    line = (
        "Exempelby hade [[folkmängd]] och är [[area_km2]] stor. Kommunkoden är [[kommunkod]]. "
        "Så skriver du: `[[folkmängd]]`."
    )
    project = project_with_narrative(tmp_path, line)
    result = run_mkdocs(project, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    html = BeautifulSoup(
        (tmp_path / "site" / "fall" / "exempel" / "index.html").read_text(encoding="utf-8"), "html.parser"
    )
    paragraph = next(p for p in html.find_all("p") if p.get_text().startswith("Exempelby hade"))
    text = " ".join(paragraph.get_text().split())
    assert text.startswith("Exempelby hade 9 436 invånare år 2006 [1] och är 722,42 km² år 2006 [1] stor.")
    assert "Kommunkoden är 0862 [1]." in text
    assert paragraph.code is not None and paragraph.code.get_text() == "[[folkmängd]]"
    assert [a["href"] for a in paragraph.select("sup.kallhanvisning a")] == ["#kalla-1"] * 3


def test_a_year_picks_that_years_population(tmp_path: Path) -> None:
    checked = check_project(FIXTURES / "base")
    case = checked.handbook.cases[0]
    assert (
        fill("[[folkmängd 2006]] och [[ folkmängd ]]", case)
        == "9 436 invånare år 2006 [@A1] och 9 436 invånare år 2006 [@A1]"
    )
    assert fill("[[län]]", case) == "Exempellän [@A1]"


@pytest.mark.parametrize(
    "line",
    [
        "Där bor 9 436 invånare år 2006 [@A1].",
        "Där bodde omkring 9 400 personer år 2006 [@A1].",
        "Där bodde drygt 9 000 invånare [@A1].",  # rounded to thousands
        "Där bodde omkring 9 400 invånare år 2006 och omkring 9 000 år 2020 [@A1].",
        "Ytan är 722 km² [@A1], eller 722,4 km².",
        "Enkäten gick till 1 200 invånare [@A1].",  # a smaller group, not the population
        "Folkmängden minskade med 5,1 procent fram till 2022 [@A1].",
    ],
)
def test_figures_that_agree_with_the_data_pass(line: str, tmp_path: Path) -> None:
    checked = check_project(project_with_narrative(tmp_path, line))
    assert not checked.problems, [str(problem) for problem in checked.problems]


@pytest.mark.parametrize(
    ("line", "stated"),
    [
        ("Där bor 9 346 invånare år 2006 [@A1].", "9 346 invånare"),
        ("Där bodde 9 436 personer år 2006 och 9 900 år 2020 [@A1].", "9 900 år 2020"),
        ("Ytan är 772 km² [@A1].", "772 km²"),
    ],
)
def test_figures_that_the_data_contradicts_are_reported(line: str, stated: str, tmp_path: Path) -> None:
    checked = check_project(project_with_narrative(tmp_path, line))
    found = [str(problem) for problem in checked.problems]
    assert len(found) == 1 and found[0].startswith(f"cases/exempel.md:3: Siffran '{stated}' stämmer inte med"), found
