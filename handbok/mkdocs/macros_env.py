"""Wiring for a macros extension (`macros.py` calls `register`): the handbook's macros, nothing else.

mkdocs-macros and Zensical's macros extension both call `define_env(env)` and give the same
documented fields: `env.project_dir`, `env.conf`, `env.page`, `env.macro`. With the handbok
plugin in the build, its checked project is used as it is. Without it (a generator that runs
`define_env` but no MkDocs plugins, such as Zensical, which calls it for every page), the
project in `env.project_dir` is checked here, once, and again only when a file of the project
has changed (`serve`); a mistake stops the build the same way. Each macro renders when its page
asks for it.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from handbok.checks.checked import Checked, CheckFailed
from handbok.checks.project import check_project
from handbok.problems import Problems
from handbok.render.current_page import CurrentPage
from handbok.render.macro_table import macros_for
from handbok.sources.settings import CONFIG_FILE, read_settings


@functools.lru_cache(maxsize=2)
def _check(root: Path, fingerprint: frozenset[tuple[str, int, int]]) -> Checked:
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


def _checked(env: Any, root: Path) -> Checked:
    plugins = env.conf.get("plugins") or {}
    checked = getattr(plugins.get("handbok") if hasattr(plugins, "get") else None, "checked", None)
    return checked if isinstance(checked, Checked) else _check(root, _fingerprint(root))


def register(env: Any) -> None:
    """Register every macro of the handbook with the macros environment."""
    root = Path(env.project_dir).resolve()
    checked = _checked(env, root)
    current = CurrentPage()
    for name, render in macros_for(checked.handbook, root, current, checked.titles, checked.plan).items():
        env.macro(_on_page(env, current, render), name)


def _source_path(page: Any) -> str:
    """The page's file under docs/: MkDocs' `page.file.src_uri`, Zensical's `page.path`."""
    file = getattr(page, "file", None)
    return str(file.src_uri if file is not None else page.path)


def _on_page(env: Any, current: CurrentPage, render: Callable[..., str]) -> Callable[..., str]:
    def rendered(*args: Any) -> str:
        current.uri = _source_path(env.page)
        current.directory_urls = bool(env.conf.get("use_directory_urls", True))
        return str(render(*args))

    return rendered
