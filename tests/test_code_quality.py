"""The package stays typed and tidy: mypy --strict and ruff run as part of the suite."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

BIN = Path(sys.executable).parent


def test_mypy_strict() -> None:
    result = subprocess.run([BIN / "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_ruff_lint_and_format() -> None:
    paths = ["handbok", "tests", "bench", "macros.py"]
    lint = subprocess.run([BIN / "ruff", "check", *paths], cwd=ROOT, capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout
    form = subprocess.run([BIN / "ruff", "format", "--check", *paths], cwd=ROOT, capture_output=True, text=True)
    assert form.returncode == 0, form.stdout


def test_macros_py_only_wires() -> None:
    lines = [line for line in (ROOT / "macros.py").read_text().splitlines() if line.strip()]
    assert len(lines) <= 12


def test_modules_stay_small() -> None:
    modules = (ROOT / "handbok").rglob("*.py")
    sizes = {str(path.relative_to(ROOT)): len(path.read_text().splitlines()) for path in modules}
    assert all(size <= 200 for size in sizes.values()), sizes


def test_browser_code_never_evaluates_strings_in_the_page() -> None:
    """Playwright's `wait_for_function` polls with eval inside the page, which our Content-Security-Policy
    refuses: it passes when the condition is already true and fails when it has to wait (it did, in CI).
    `measure.wait_until` polls from outside instead."""
    files = [*(ROOT / "tests").glob("*.py"), *(ROOT / "bench").glob("*.py")]
    offenders = [p.name for p in files if "wait_for_function(" in p.read_text() and p.name != "test_code_quality.py"]
    assert offenders == []


def test_our_browser_code_replaces_no_prototype() -> None:
    """No patches in the browser: our scripts and templates never replace a method of someone else's
    code (`Worker.prototype.postMessage = …`), which would break quietly on the theme's next release."""
    assignment = re.compile(r"\.prototype(?:\.[\w$]+|\[[^\]]+\])\s*=(?!=)|defineProperty\(\s*[\w$.]+\.prototype\b")
    files = [p for folder in ("docs/javascripts", "overrides") for p in (ROOT / folder).rglob("*") if p.is_file()]
    assert any(p.suffix == ".js" for p in files) and any(p.suffix == ".html" for p in files)
    offenders = [f"{p.relative_to(ROOT)}: {m.group(0)}" for p in files for m in assignment.finditer(p.read_text())]
    assert offenders == []
    assert assignment.search("XMLHttpRequest.prototype.send = function () {}")  # what it catches
    assert not assignment.search("Array.prototype.filter.call(boxes, f)")  # what it lets be
