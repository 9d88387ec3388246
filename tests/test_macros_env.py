"""Our Markdown extensions and macros run without the handbok plugin, as under a generator that reads
mkdocs.yml and runs `define_env` but no MkDocs plugins (Zensical); the project is then checked once."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import run_mkdocs, soup_of

from handbok.checks.checked import CheckFailed
from handbok.mkdocs import macros_env

FIXTURES = Path(__file__).parent / "fixtures"


def without_plugin(tmp_path: Path) -> Path:
    project = tmp_path / "projekt"
    shutil.copytree(FIXTURES / "base", project)
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"] = [entry for entry in config["plugins"] if "handbok" not in entry]
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    # The case pages are the plugin's (as ARCHITECTURE.md lists): without it, nothing links to one.
    (project / "docs" / "fall" / "index.md").write_text("# Fall\n\nFallen finns i byggen med handbok-tillägget.\n")
    return project


def test_citations_glossary_and_macros_work_without_the_plugin(tmp_path: Path) -> None:
    result = run_mkdocs(without_plugin(tmp_path), tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    start, step = soup_of(tmp_path / "site" / "index.html"), soup_of(tmp_path / "site" / "steg" / "index.html")
    assert start.select("sup.kallhanvisning a") and start.select("ol.kallor-lista li")
    assert "[@" not in start.get_text() and "{{" not in start.get_text()
    assert start.select_one(".klart-nar")  # the macro's checklist
    assert [abbr.get_text() for abbr in step.find_all("abbr")] == ["lägesbild"]
    assert step.select("sup.kallhanvisning") and not step.select("a.ordlista-lank")  # no glossary page here


class Env:
    """What `register` uses of mkdocs-macros' environment: its documented `conf`, `project_dir` and `macro`."""

    def __init__(self, project: Path) -> None:
        self.conf: dict[str, Any] = {"plugins": {}}
        self.project_dir = str(project)
        self.macros: dict[str, Any] = {}

    def macro(self, function: Any, name: str) -> None:
        self.macros[name] = function


def test_the_project_is_checked_once_until_a_file_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = without_plugin(tmp_path)
    checked: list[Path] = []
    real = macros_env.check_project
    monkeypatch.setattr(macros_env, "check_project", lambda root: checked.append(root) or real(root))
    env = Env(project)
    for _ in range(3):  # a generator that calls define_env for every page
        macros_env.register(env)
    assert len(checked) == 1 and "klart_nar" in env.macros
    page = project / "docs" / "steg.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nMer text.\n", encoding="utf-8")
    macros_env.register(env)
    assert len(checked) == 2
    page.write_text(page.read_text(encoding="utf-8") + "\nOkänd källa [@Q9].\n", encoding="utf-8")
    with pytest.raises(CheckFailed, match=re.escape("docs/steg.md:13: Källan 'Q9' finns inte i data/kallor.yml")):
        macros_env.register(env)
