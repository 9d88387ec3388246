"""Er plan's files: the pinned libraries (hash-checked, no eval, published only as pinned), its own
scripts and stylesheet (allowed, listed once, loaded only on the pages under plan/)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, soup_of

from handbok.checks.static_files import PLANNER, PLANNER_SCRIPTS
from handbok.documents.browser_libraries import LIBRARIES, LOCK, checked_libraries
from handbok.problems import Problems

# Code that turns a string into code: the policy has no 'unsafe-eval', so none may be in what we ship.
EVALUATES = re.compile(
    r"\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*['\"]|set(?:Timeout|Interval)\s*\(\s*['\"]"
)


def test_the_libraries_are_the_locked_versions() -> None:
    lock = json.loads((ROOT / LOCK).read_text(encoding="utf-8"))["packages"]
    for library in LIBRARIES:
        assert lock[f"node_modules/{library.package}"]["version"] == library.version
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    assert package["dependencies"] == {library.package: library.version for library in LIBRARIES}


def test_the_installed_libraries_pass_the_check() -> None:
    problems = Problems()
    found = checked_libraries(ROOT, problems)
    assert not problems and [target for target, _ in found] == [library.target for library in LIBRARIES]


def test_a_changed_or_missing_library_stops_the_build_in_swedish(tmp_path: Path) -> None:
    (tmp_path / LOCK).write_text("{}", encoding="utf-8")
    for library in LIBRARIES[:2]:
        (tmp_path / library.source).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / library.source, tmp_path / library.source)
    (tmp_path / LIBRARIES[0].source).write_bytes(b"window.docx = {};\n")
    problems = Problems()
    assert checked_libraries(tmp_path, problems) == [(LIBRARIES[1].target, tmp_path / LIBRARIES[1].source)]
    lines = [str(problem) for problem in problems]
    assert lines == sorted(lines) and len(lines) == 3
    assert lines[0].startswith(f"{LIBRARIES[0].source}:1: Filen är inte den låsta docx 9.15.2: kontrollsumman")
    assert all("npm ci" in line for line in lines)
    assert any(line.startswith(f"{LIBRARIES[2].source}:1: Filen saknas (fflate 0.8.3") for line in lines)


def test_a_project_without_a_lock_publishes_no_library(tmp_path: Path) -> None:
    problems = Problems()
    assert checked_libraries(tmp_path, problems) == [] and not problems


@pytest.mark.parametrize(
    "path",
    [library.source for library in LIBRARIES if library.source.endswith(".js")]
    + sorted(f"docs/{name}" for name in PLANNER if name.endswith(".js")),
)
def test_no_shipped_script_evaluates_a_string(path: str) -> None:
    assert EVALUATES.findall((ROOT / path).read_text(encoding="utf-8")) == []


def test_the_evaluation_check_can_fail() -> None:
    assert EVALUATES.findall('a = eval("1"); b = new Function("x", "return x"); setTimeout("go()", 1)')


def test_every_planner_file_is_allowed_and_every_allowed_one_exists() -> None:
    on_disk = {p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs" / "javascripts" / "plan").glob("*")}
    assert on_disk | {"stylesheets/plan.css"} == PLANNER and (ROOT / "docs" / "stylesheets" / "plan.css").is_file()


def scripts_and_styles(soup: BeautifulSoup) -> tuple[list[str], list[str]]:
    scripts = [str(s["src"]) for s in soup.find_all("script", src=True) if "plan" in str(s["src"])]
    styles = [str(s["href"]) for s in soup.find_all("link", rel="stylesheet") if "plan.css" in str(s["href"])]
    return scripts, styles


def test_the_planner_loads_only_under_plan(site: Path, pages: list[Path]) -> None:
    planner = [page for page in pages if page.relative_to(site).parts[0] == "plan"]
    assert len(planner) >= 8
    for page in pages:
        scripts, styles = scripts_and_styles(soup_of(page))
        if page in planner:
            assert [s.rsplit("/", 1)[-1].removesuffix(".js") for s in scripts] == list(PLANNER_SCRIPTS), page
            assert len(styles) == 1 and soup_of(page).find(id="handbok-plan-site") is not None
            assert not any("vendor/docx" in s or "vendor/fflate" in s for s in scripts)  # only on demand
        else:
            assert scripts == [] and styles == [], page
    for library in LIBRARIES:
        assert (site / library.target).read_bytes() == (ROOT / library.source).read_bytes()
