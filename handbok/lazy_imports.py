"""Modules a dependency imports but a build never uses: imported on first use, not at start-up.

mkdocs-macros imports `requests` at start-up for macros that fetch web pages, which this
handbook never calls; importing it is 35 ms of a one-second build. A stand-in module takes its
place in sys.modules, and the first attribute asked of it imports the real module.
(importlib.util.LazyLoader cannot do this on Python 3.11: `import requests` itself reads the
module's `__spec__`, which makes LazyLoader load it at once.)
"""

from __future__ import annotations

import importlib.util
import sys
import types
from typing import Any

UNUSED_BY_THE_BUILD = ("requests",)


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
