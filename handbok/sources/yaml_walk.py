"""Where a value sits in a plain YAML structure, and every value with its place."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Location = tuple[str | int, ...]  # keys and indexes from the top of a YAML file


def walk(data: Any, location: Location = ()) -> Iterator[tuple[Location, Any]]:
    """Every value in a plain YAML structure (mappings, lists, scalars), with its location."""
    yield location, data
    if isinstance(data, dict):
        for key, value in data.items():
            yield from walk(value, (*location, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from walk(value, (*location, index))
