"""Start-up work of mkdocs-macros that this handbook never uses, left undone.

- It imports `requests` for macros that fetch web pages and `hjson` for data files in Hjson,
  neither of which the handbook uses: 35 and 5 ms of a one-second build. A stand-in module
  takes the place of each in sys.modules, and the first attribute asked of it imports the real
  module. (importlib.util.LazyLoader cannot do this on Python 3.11: `import requests` itself
  reads `__spec__`, which loads the module.)
- It asks git twelve questions (commit, tag, author, ...) for a `git` page variable: 16 ms.
  Pages here may call only the handbook's own macros (page_safety refuses any variable), so
  the answer is never shown; mkdocs-macros gets its own answer for "no git" instead.

Both run when the handbok plugin is imported, which MkDocs does before mkdocs-macros (listed
after it in mkdocs.yml). Had mkdocs-macros been imported first, nothing changes but the time.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from typing import Any

UNUSED_MODULES = ("requests", "hjson")


class _OnFirstUse(types.ModuleType):
    """Stands in for a module; only attributes it lacks (all but a module's own) reach __getattr__."""

    def __getattr__(self, attribute: str) -> Any:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), attribute)


def defer(name: str) -> None:
    """Make `import name` free until the module is used; nothing changes if it is already imported."""
    if name not in sys.modules and importlib.util.find_spec(name) is not None:
        sys.modules[name] = _OnFirstUse(name)


def _no_git_info() -> dict[str, Any]:
    return {"status": False, "date": None}  # what mkdocs-macros answers without git


def leave_undone() -> None:
    for name in UNUSED_MODULES:
        defer(name)
    if importlib.util.find_spec("mkdocs_macros") is not None:
        from mkdocs_macros import context  # noqa: PLC0415 - only when mkdocs-macros is installed

        if hasattr(context, "get_git_info"):
            context.get_git_info = _no_git_info
