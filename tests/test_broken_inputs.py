"""Every broken input stops the build with the exact Swedish message, file and line.

Each folder in fixtures/broken is laid over fixtures/base (a small valid project); its
name says what is wrong, and expected.txt lists every problem the check (and so the build) must report.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_mkdocs

from handbok.checks.project import check_project
from handbok.mkdocs.generator import command

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


def build_as_the_editor_sees_it(project: Path, site: Path) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` with its two streams in one, in the order a terminal shows them."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        command("build", "--strict", "--site-dir", str(site)),
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )


def test_the_base_project_builds(tmp_path: Path) -> None:
    result = run_mkdocs(FIXTURES / "base", tmp_path / "site")
    assert result.returncode == 0, result.stderr


def test_there_are_enough_broken_inputs() -> None:
    assert len(BROKEN) >= 30


def expected_lines(name: str) -> list[str]:
    return (FIXTURES / "broken" / name / "expected.txt").read_text(encoding="utf-8").splitlines()


# Only the build can see these: an anchor that only generated content (a case page) would create.
# Every other fixture is checked in-process: the build's first step is the same `check_project`, and
# the builds below prove that it stops the build with the very same lines, before MkDocs says anything.
BUILD_ONLY = {"missing-generated-anchor"}
BUILT_TOO = {"two-files-broken"}  # found by the check: the build stops in on_config
# Links, images and anchors: `make check` finds them; in a build MkDocs does, as it converts each page
# (the plugin's check leaves them out), and the build stops with the same lines before writing a page.
WHILE_CONVERTING = {"broken-link", "missing-anchor", "missing-image", "remote-image-odd-markdown"}
ENGLISH_BEFORE_OURS = re.compile(r"WARNING|Aborted|Error|contains a link")


@pytest.mark.parametrize("name", sorted(set(BROKEN) - BUILD_ONLY))
def test_the_check_reports_every_line_of_a_broken_input(name: str, tmp_path: Path) -> None:
    """`make check` and the build's first step (`check_project`) report exactly expected.txt."""
    checked = check_project(project_with(name, tmp_path))
    assert [str(problem) for problem in checked.problems] == expected_lines(name)
    assert PROBLEM_LINE.findall(checked.problems.report()) == expected_lines(name)


@pytest.mark.parametrize("name", sorted(BUILD_ONLY | BUILT_TOO | WHILE_CONVERTING))
def test_broken_input_stops_the_build(name: str, tmp_path: Path) -> None:
    project = project_with(name, tmp_path)
    assert bool(check_project(project).problems) == (name not in BUILD_ONLY)
    result = build_as_the_editor_sees_it(project, tmp_path / "site")
    output = result.stdout
    assert result.returncode != 0, output
    assert "Bygget stoppades av" in output
    assert "Traceback" not in output
    assert PROBLEM_LINE.findall(output) == expected_lines(name), output
    before_ours = output.split("Bygget stoppades av", 1)[0]
    assert not ENGLISH_BEFORE_OURS.search(before_ours), output  # the editor reads our Swedish lines first
    if name in BUILT_TOO:  # the check in on_config stops the build before MkDocs says anything
        assert before_ours.strip() in ("", "ERROR   -"), output


def test_the_build_stops_with_the_checks_lines_and_github_annotations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = run_mkdocs(project_with("two-files-broken", tmp_path), tmp_path / "site")
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Bygget stoppades av 2 fel" in output and "Traceback" not in output
    assert PROBLEM_LINE.findall(output) == expected_lines("two-files-broken"), output
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert annotations == [
        "::error file=data/roller.yml,line=5::Fältet 'färg' finns inte i den här sortens fil – ta bort det "
        "eller rätta stavningen.",
        "::error file=docs/steg.md,line=9::Källan 'Q7' finns inte i data/kallor.yml – rätta id:t i [@…] "
        "eller lägg till källan i data/kallor.yml.",
    ]


BLOCK_SITE_GENERATORS = """
import importlib.abc, runpy, sys
class Blocked(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("mkdocs", "material", "mkdocs_macros"):
            raise ImportError(f"{name} is blocked")
sys.meta_path.insert(0, Blocked())
sys.argv = ["handbok", "check"]
runpy.run_module("handbok", run_name="__main__")
"""


def test_make_check_needs_no_site_generator(tmp_path: Path) -> None:
    """The core imports nothing from MkDocs, Material or mkdocs-macros: it could move to another generator."""
    result = subprocess.run([sys.executable, "-c", BLOCK_SITE_GENERATORS], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Inga fel: ")
    project = project_with("two-files-broken", tmp_path)
    broken = subprocess.run([sys.executable, "-c", BLOCK_SITE_GENERATORS], cwd=project, capture_output=True, text=True)
    assert broken.returncode == 1, broken.stderr
    assert "Traceback" not in broken.stderr
    assert PROBLEM_LINE.findall(broken.stdout) == expected_lines("two-files-broken")  # `make check`'s own words
