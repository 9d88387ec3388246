"""Wiring for mkdocs-macros (`macros.py` calls `register`): the handbook's macros, nothing else.

With the handbok plugin in the build, its checked macro table is used as it is. Without it
(a generator that runs `define_env` but no MkDocs plugins, such as Zensical), the project in
`env.project_dir` (a documented field of the macros environment) is checked here, and a mistake
stops the build the same way. Such a generator may call `define_env` for every page: the check
runs once, and again only when a file of the project has changed (`serve`).
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

from handbok.checks.project import Checked, CheckFailed, check_project
from handbok.problems import Problems
from handbok.sources.settings import CONFIG_FILE, read_settings


def _checked(env: Any) -> Checked:
    plugin = env.conf["plugins"].get("handbok") if hasattr(env.conf["plugins"], "get") else None
    checked = getattr(plugin, "checked", None)
    if isinstance(checked, Checked):
        return checked
    root = Path(env.project_dir).resolve()
    return _checked_once(root, _fingerprint(root))


@functools.lru_cache(maxsize=2)
def _checked_once(root: Path, fingerprint: frozenset[tuple[str, int, int]]) -> Checked:
    """One check per state of the project's files (`fingerprint`); a project with problems stops the build."""
    checked = check_project(root)
    if checked.problems:
        raise CheckFailed(checked.problems.report())
    return checked


def _fingerprint(root: Path) -> frozenset[tuple[str, int, int]]:
    """(path, modification time, size) of mkdocs.yml and of every file in the folders the check reads."""
    settings = read_settings(root, Problems())
    found = set()
    for place in (
        root / CONFIG_FILE,
        *(root / name for name in (settings.docs_dir, settings.data_dir, settings.cases_dir)),
    ):
        paths = (
            [place]
            if place.is_file()
            else [Path(folder, name) for folder, _, names in os.walk(place) for name in names]
        )
        for path in paths:
            status = path.stat()
            found.add((str(path), status.st_mtime_ns, status.st_size))
    return frozenset(found)


def register(env: Any) -> None:
    """Register every macro of the handbook with the mkdocs-macros environment."""
    checked = _checked(env)
    for name, macro in checked.macros.items():
        env.macro(_in_page_folder(env, checked, macro.render), name)


def _in_page_folder(env: Any, checked: Checked, render: Any) -> Any:
    def rendered(*args: Any) -> str:
        checked.current.uri = str(env.page.file.src_uri)
        return str(render(*args))

    return rendered
