"""The data our Markdown extensions need (sources, glossary terms), read from the data folder they are given.

The extensions are listed in mkdocs.yml with their options (`data_dir: data`), so any generator that
reads mkdocs.yml runs them, with or without the handbok plugin. A generator makes a new Markdown
converter, and so new extensions, for every page: each file is read and validated once, and again
only when it changes (`mkdocs serve`). A relative folder is taken from where the build runs, the
project's folder. Whatever is wrong in the file stops the build with the check's Swedish lines
(the full check, `python -m handbok check` or the plugin, has already reported it before any page).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TypeVar, cast

from pydantic import BaseModel

from handbok.model.entries import Source, SourceFile, TermFile
from handbok.model.validate import validate
from handbok.problems import Problems
from handbok.sources.yaml_source import load_yaml

M = TypeVar("M", bound=BaseModel)


class DataUnusable(Exception):
    """A data file an extension needs is missing or has mistakes; the message lists them in Swedish."""


def sources(data_dir: str) -> dict[str, Source]:
    """The sources of `data_dir/kallor.yml`, by id."""
    return {source.id: source for source in _read(Path(data_dir), "kallor.yml", SourceFile).sources}


def term_file(data_dir: str) -> TermFile:
    """`data_dir/ordlista.yml` as read: the same object until the file changes."""
    return _read(Path(data_dir), "ordlista.yml", TermFile)


def _read(folder: Path, name: str, model: type[M]) -> M:
    path = folder / name
    try:
        status = path.stat()
    except OSError:
        status = None
    key = (status.st_mtime_ns, status.st_size) if status else (0, -1)
    return cast(M, _validated(path.resolve(), path.as_posix(), *key, model))  # the cache's wrapper forgets M


@functools.lru_cache(maxsize=16)
def _validated(path: Path, shown: str, mtime_ns: int, size: int, model: type[M]) -> M:
    """`path` as `model`; the file's time and size are part of the key, so a changed file is read again."""
    problems = Problems()
    if size < 0:
        problems.add(
            shown, 1, "Filen saknas", "återställ den från huvudgrenen (main), eller rätta data_dir i mkdocs.yml."
        )
    document = load_yaml(path, shown, problems) if not problems else None
    found = validate(document, model, problems) if document is not None else None
    if found is None or problems:
        raise DataUnusable(problems.report())
    return found
