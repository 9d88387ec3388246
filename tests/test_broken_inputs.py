"""Every broken input stops the build with the exact Swedish message, file and line.

Each folder in fixtures/broken is laid over fixtures/base (a small valid project); its
name says what is wrong, and expected.txt lists every problem the build must report.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import run_mkdocs

FIXTURES = Path(__file__).parent / "fixtures"
BROKEN = sorted(path.name for path in (FIXTURES / "broken").iterdir())
PROBLEM_LINE = re.compile(r"^  (\S+:\d+: .+)$", re.M)


def project_with(name: str, tmp_path: Path) -> Path:
    project = tmp_path / "projekt"
    shutil.copytree(FIXTURES / "base", project)
    overlay = FIXTURES / "broken" / name
    for path in overlay.rglob("*"):
        if path.is_file() and path.name not in ("expected.txt", "delete.txt", "rubrik.txt"):
            target = project / path.relative_to(overlay)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
    deleted = overlay / "delete.txt"
    for relative in deleted.read_text().split() if deleted.exists() else []:
        (project / relative).unlink()
    return project


def test_the_base_project_builds(tmp_path: Path) -> None:
    result = run_mkdocs(FIXTURES / "base", tmp_path / "site")
    assert result.returncode == 0, result.stderr


def test_there_are_enough_broken_inputs() -> None:
    assert len(BROKEN) >= 30


@pytest.mark.parametrize("name", BROKEN)
def test_broken_input_stops_the_build(name: str, tmp_path: Path) -> None:
    expected = (FIXTURES / "broken" / name / "expected.txt").read_text(encoding="utf-8").splitlines()
    result = run_mkdocs(project_with(name, tmp_path), tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Bygget stoppades av" in output
    assert "Traceback" not in output
    assert PROBLEM_LINE.findall(output) == expected, output


def test_problems_become_github_annotations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = run_mkdocs(project_with("two-files-broken", tmp_path), tmp_path / "site")
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert annotations == [
        "::error file=data/roller.yml,line=5::Fältet 'färg' finns inte i den här sortens fil – ta bort det "
        "eller rätta stavningen.",
        "::error file=docs/steg.md,line=9::Källan 'Q7' finns inte i data/kallor.yml – rätta id:t i [@…] "
        "eller lägg till källan i data/kallor.yml.",
    ]
