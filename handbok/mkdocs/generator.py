"""Which site generator runs the build, and the command that runs it: the one place that names it.

ProperDocs (the fork of MkDocs 1.6 that runs MkDocs plugins) answers to the name `mkdocs`: its
modules stand in for MkDocs' own, so `mkdocs.__name__` tells which of the two is running. The
offline zip's second build runs that same one. The tests and the bench build with the one that
HANDBOK_GENERATOR names (default: mkdocs), so one variable points them all at ProperDocs.
"""

from __future__ import annotations

import os
import sys

VARIABLE = "HANDBOK_GENERATOR"
GENERATORS = ("mkdocs", "properdocs")


def running() -> str:
    """The generator of this build: "mkdocs", or "properdocs" when ProperDocs runs it."""
    import mkdocs

    return mkdocs.__name__


def chosen() -> str:
    """The generator HANDBOK_GENERATOR names, for builds started from outside (tests, bench)."""
    name = os.environ.get(VARIABLE) or "mkdocs"
    if name not in GENERATORS:
        raise SystemExit(f"{VARIABLE}={name}: skriv ett av {', '.join(GENERATORS)}.")
    return name


def command(*arguments: str, generator: str | None = None) -> list[str]:
    """`python -m <generator> <arguments>` with this Python."""
    return [sys.executable, "-m", generator or chosen(), *arguments]
