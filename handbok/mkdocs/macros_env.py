"""Wiring for mkdocs-macros (`macros.py` calls `register`): the handbook's macros, nothing else.

With the handbok plugin in the build, its checked macro table is used as it is. Without it
(a generator that runs `define_env` but no MkDocs plugins, such as Zensical), the project is
checked here, and a mistake stops the build the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from handbok.checks.project import Checked, CheckFailed, check_project


def _checked(env: Any) -> Checked:
    plugin = env.conf["plugins"].get("handbok") if hasattr(env.conf["plugins"], "get") else None
    checked = getattr(plugin, "checked", None)
    if isinstance(checked, Checked):
        return checked
    checked = check_project(Path(env.conf["config_file_path"]).resolve().parent)
    if checked.problems:
        raise CheckFailed(checked.problems.report())
    return checked


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
