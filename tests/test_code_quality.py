"""The package stays typed and tidy: mypy --strict and ruff run as part of the suite."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import subprocess
import sys
import tomllib
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
    """Under 200 lines as the formatter writes them, the tests and the bench too: a module that needs
    hand-packed lines is two modules."""
    modules = [path for folder in ("handbok", "tests", "bench") for path in (ROOT / folder).rglob("*.py")]
    modules = [path for path in modules if "node_modules" not in path.parts] + [ROOT / "macros.py"]
    sizes = {str(path.relative_to(ROOT)): len(path.read_text().splitlines()) for path in modules}
    assert len(sizes) > 150 and {name: size for name, size in sizes.items() if size >= 200} == {}
    packed = re.compile(r"#\s*fmt:\s*(skip|off)\b")  # the formatter's markers for lines it must leave alone
    assert [name for name, path in zip(sizes, modules, strict=True) if packed.search(path.read_text())] == []


def test_the_package_shows_its_layers() -> None:
    """At most 8 modules at the top of handbok/; the rest in one folder per layer (ARCHITECTURE.md)."""
    assert len(list((ROOT / "handbok").glob("*.py"))) <= 8
    folders = {path.name for path in (ROOT / "handbok").iterdir() if (path / "__init__.py").is_file()}
    assert folders == {"sources", "model", "checks", "render", "markdown", "documents", "output", "cli", "mkdocs"}


def test_browser_code_never_evaluates_strings_in_the_page() -> None:
    """Playwright's `wait_for_function` polls with eval inside the page, which our Content-Security-Policy
    refuses: it passes when the condition is already true and fails when it has to wait (it did, in CI).
    `measure.wait_until` polls from outside instead."""
    files = [*(ROOT / "tests").glob("*.py"), *(ROOT / "bench").glob("*.py")]
    offenders = [p.name for p in files if "wait_for_function(" in p.read_text() and p.name != "test_code_quality.py"]
    assert offenders == []


def test_lint_imports_keeps_every_contract() -> None:
    """The layers of handbok/ (contracts in pyproject.toml): `make test` and the check job run it too."""
    result = subprocess.run([BIN / "lint-imports"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_the_core_declares_what_it_imports_and_only_the_extra_brings_the_generator() -> None:
    """`pip install .` is enough for the core: every package it imports is a dependency in pyproject.toml;
    MkDocs, Material and mkdocs-macros are only in the extra [mkdocs] (the zensical job installs it so)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

    def normal(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name).lower()

    def names(requirements: list[str]) -> set[str]:
        return {normal(re.split(r"[<>=!\[ ;]", requirement, maxsplit=1)[0]) for requirement in requirements}

    core, extra = names(project["dependencies"]), names(project["optional-dependencies"]["mkdocs"])
    distributions = importlib.metadata.packages_distributions()
    imported: set[str] = set()
    for path in (ROOT / "handbok").rglob("*.py"):
        if "mkdocs" in path.relative_to(ROOT / "handbok").parts[:-1]:
            continue  # the adapter
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = {module for module in imported - {"handbok"} if module not in sys.stdlib_module_names}
    needed = {normal(distribution) for module in third_party for distribution in distributions.get(module, [module])}
    assert needed <= core, needed - core
    assert extra == {"mkdocs", "mkdocs-material", "mkdocs-macros-plugin"} and not extra & core


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
