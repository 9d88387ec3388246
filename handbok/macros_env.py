"""The macros editors may call from a page with `render_macros: true`."""

from __future__ import annotations

from typing import Any

MACRO_NAMES: tuple[str, ...] = ()


def register(env: Any) -> None:
    """Register every macro of the handbook with the mkdocs-macros environment."""
