"""Wiring for a macros extension (`macros.py` calls `register`): the handbook's macros, nothing else.

mkdocs-macros and Zensical's macros extension both call `define_env(env)` and give the same
documented fields: `env.project_dir`, `env.conf`, `env.page`, `env.macro`. With the handbok
plugin in the build, its checked project is used as it is. Without it (a generator that runs
`define_env` but no MkDocs plugins, such as Zensical, which calls it for every page), the
project is checked here once per build, and a mistake stops the build the same way. Each macro
renders when its page asks for it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from handbok.checks.checked import Checked, CheckFailed
from handbok.checks.project import check_project
from handbok.render.current_page import CurrentPage
from handbok.render.macro_table import macros_for

WATCHED = ("mkdocs.yml", "data", "cases", "docs")  # a change to any of these is a new build


def _fingerprint(root: Path) -> int:
    """The newest change under the project's sources: the same number for every page of one build."""
    newest = 0
    for top in (root / name for name in WATCHED if (root / name).exists()):
        newest = max([newest, top.stat().st_mtime_ns, *(path.stat().st_mtime_ns for path in top.rglob("*"))])
    return newest


@functools.lru_cache(maxsize=1)
def _check(root: Path, fingerprint: int) -> Checked:
    checked = check_project(root)
    if checked.problems:
        raise CheckFailed(checked.problems.report())
    return checked


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
