"""The theme's templates compiled once and kept between builds, as Python keeps its bytecode.

MkDocs compiles every Jinja template of the theme (Material's and ours in `overrides/`) on every
build: about a tenth of a build's CPU time. Jinja's own `FileSystemBytecodeCache` keeps the
compiled code in `.cache/jinja/`; each entry is checked against its template's source, so a changed
template is compiled again. The pages are the same either way. MkDocs' `env` event is where a plugin
may change the environment; `overlay` is Jinja's way to one with a cache.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache

FOLDER = Path(".cache") / "jinja"


def with_compiled_templates(env: Environment, root: Path) -> Environment:
    """`env`, keeping its compiled templates under `root`/.cache/jinja (as it is, if that folder can't be made)."""
    folder = root / FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only checkout builds as before, compiling every template
        return env
    return env.overlay(bytecode_cache=FileSystemBytecodeCache(str(folder)))
