"""An uncertain year written into the value ("ca 2019", "2019?", "omkring 2019"): the doubt goes in `osäker:`.

The guide teaches `{värde: "2019", källor: [...], osäker: "varför"}`; an editor who writes the doubt
into the year itself gets that advice back, with an example made of their own year and sources.
"""

from __future__ import annotations

import re
from typing import Any

YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
FACT_TAGS = ("känd", "omstridd", "text")  # a fact, or a date that may become one: it can say osäker:
NOTE_FIELD = {"källor": "anmärkning", "händelser": "text", "överenskommelser": "anmärkning"}  # by top-level key
DATES = ("från", "till")  # written as text: "2019"


def _node(data: Any, location: tuple[int | str, ...]) -> Any:
    for part in location:
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        else:
            return None
    return data


def _sources_near(data: Any, location: tuple[int | str, ...]) -> str:
    """The sources written next to the value (its fact, or the item it belongs to), as YAML: [A1, B2]."""
    for end in range(len(location), -1, -1):
        node = _node(data, location[:end])
        if isinstance(node, dict) and isinstance(node.get("källor"), list) and node["källor"]:
            return "[" + ", ".join(map(str, node["källor"])) + "]"
    return "[H6]"


def advice(value: Any, raw: tuple[int | str, ...], plain: tuple[int | str, ...], data: Any) -> tuple[str, str] | None:
    """What and fix for a year with its doubt written into it; None if `value` is no such year."""
    keys = [str(part) for part in plain if isinstance(part, str)]
    field = keys[-2] if keys[-1:] == ["värde"] and keys[-2:-1] and keys[-2] in DATES else keys[-1] if keys else ""
    match = YEAR.search(value) if isinstance(value, str) else None
    if match is None or field not in ("år", *DATES):
        return None
    year = match.group(1)
    what = f"'{field}' ska vara ett årtal med siffror, inte {value!r}"
    written = f'"{year}"' if field in DATES else year
    if keys[0] == "källor" or not any(tag in raw for tag in FACT_TAGS):
        note = NOTE_FIELD.get(keys[0])
        where = f", och förklara tvivlet i fältet {note}" if note else ""
        return what, f"skriv det troligaste året som ett tal, till exempel {field}: {written}{where}."
    why = f'osäker: "Källan skriver {value}"'
    sources = _sources_near(data, plain)
    if field == "år":
        fact = _node(data, plain[:-1])
        shown = fact.get("värde", "…") if isinstance(fact, dict) else "…"
        example = f"{{värde: {shown}, år: {year}, källor: {sources}, {why}}}"
    else:
        example = f"{field}: {{värde: {written}, källor: {sources}, {why}}}"
    return what, f"skriv året som ett tal och lägg tvivlet i osäker:, till exempel {example}."
