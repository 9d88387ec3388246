"""Load YAML the safe way for editors: UTF-8, line numbers kept, no surprises.

Every scalar stays a string (YAML 1.1 would read `NO` as false and `0862` as 862); the
typed models convert what should be numbers. Anchors, aliases, tabs, duplicate keys and
empty files are refused with a Swedish message naming the line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from handbok.checks.resource_safety import in_yaml
from handbok.problems import Problems
from handbok.sources.text_bytes import problem_in
from handbok.sources.yaml_walk import Location

NULL_TAG = "tag:yaml.org,2002:null"
NULL_WORDS = frozenset(("", "~", "null", "Null", "NULL"))  # YAML 1.1's plain nulls


# libyaml when PyYAML has it (ten times faster); the pure-Python loader gives the same marks.
class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Tags only what the build reads: null or not. Every other scalar stays a string anyway,
    so YAML's guessing of ints, floats, booleans and dates (in Python, per scalar) is skipped."""

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            return NULL_TAG if implicit[0] and value in NULL_WORDS else "tag:yaml.org,2002:str"
        return "tag:yaml.org,2002:seq" if kind is yaml.SequenceNode else "tag:yaml.org,2002:map"


@dataclass
class YamlDocument:
    """Plain data from one file, and the line where each value starts."""

    file: str
    data: Any
    lines: dict[Location, int] = field(default_factory=dict)
    curly: list[tuple[int, str, str]] = field(default_factory=list)  # (line, field, value): values in Word's quotes

    def line_of(self, location: Location) -> int:
        """Line of the deepest known value on the way to `location`."""
        for end in range(len(location), -1, -1):
            if location[:end] in self.lines:
                return self.lines[location[:end]]
        return 1

    def line_of_key(self, key: str) -> int:
        """Line of a top-level field (or of the file's first value, if the field is missing)."""
        return self.line_of((key,))


class _Refused(Exception):
    def __init__(self, line: int, what: str, fix: str) -> None:
        self.line, self.what, self.fix = line, what, fix


def load_yaml(path: Path, name: str, problems: Problems) -> YamlDocument | None:
    """Read `path` (shown to editors as `name`); None, with problems added, if unusable."""
    raw = path.read_bytes()
    if (unreadable := problem_in(raw)) is not None:  # not UTF-8, NUL, control characters
        problems.add(name, *unreadable)
        return None
    return parse_yaml(raw.decode("utf-8"), name, problems)


def parse_yaml(text: str, name: str, problems: Problems, first_line: int = 1) -> YamlDocument | None:
    """YAML text that starts on line `first_line` of the file `name` (front matter starts on line 2)."""
    if not any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines()):
        problems.add(name, first_line, "Filen är tom", "fyll i innehållet enligt exemplet i redaktörsguiden.")
        return None
    for number, row in enumerate(text.splitlines(), start=first_line):
        if "\t" in row:
            problems.add(name, number, "Raden innehåller ett tabbtecken",
                         "byt tabben mot mellanslag; YAML använder två mellanslag per indrag.")  # fmt: skip
            return None
    try:
        events = yaml.parse(text, Loader=Loader) if "&" in text or "*" in text else ()  # no & or *: no anchors
        for event in events:
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                line = event.start_mark.line + 1 if event.start_mark is not None else 1
                raise _Refused(line, "Ankare eller alias (& eller *) används här",
                               "skriv ut värdet i sin helhet i stället för att hänvisa till det.")  # fmt: skip
        node = yaml.compose(text, Loader=Loader)
        document = YamlDocument(name, None)
        document.data = _plain(node, (), document) if node is not None else None
        for line, what, fix in in_yaml(document.data, document.line_of):  # nothing that loads from another host
            problems.add(name, line, what, fix)
        for line, key, value in document.curly:
            what = f"'{key}' står inom typografiska citattecken ({value[0]}…{value[-1]})"
            problems.add(name, line + first_line - 1, what, CURLY_FIX)
    except _Refused as refused:
        problems.add(name, refused.line + first_line - 1, refused.what, refused.fix)
        return None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 1
        rows = text.splitlines()[:line]  # editor: the rows up to the error, for _explain_syntax
        problems.add(name, line + first_line - 1, *_explain_syntax(f"{error.context} {error.problem}", rows))
        return None
    if first_line != 1:
        document.lines = {location: line + first_line - 1 for location, line in document.lines.items()}
    return document


def _plain(node: yaml.Node, location: Location, document: YamlDocument) -> Any:
    document.lines[location] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Refused(key_node.start_mark.line + 1, "Ett fältnamn är inte en enkel text",
                               "skriv fältnamnet som ett ord följt av kolon.")  # fmt: skip
            key = str(key_node.value)
            if key in result:
                raise _Refused(key_node.start_mark.line + 1, f"Fältet '{key}' finns två gånger",
                               "ta bort den ena förekomsten eller slå ihop dem.")  # fmt: skip
            result[key] = _plain(value_node, (*location, key), document)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, (*location, index), document) for index, item in enumerate(node.value)]
    if node.tag == NULL_TAG and not getattr(node, "style", None):  # plain, not quoted
        return None
    if not getattr(node, "style", None) and WORD_QUOTED.match(str(node.value)):  # to YAML, just letters
        key = next((str(part) for part in reversed(location) if isinstance(part, str)), "Värdet")
        document.curly.append((node.start_mark.line + 1, key, str(node.value)))
        return str(node.value)[1:-1]  # checked further as the text it was meant to be: one problem, not two
    return str(node.value)


# A whole plain value in Word's quotes: ”Trygg i Eslöv”, «…», ‘…’ (a quote inside a text stays allowed).
CURLY_FIX = 'byt dem mot raka citattecken "…"; inne i en text får typografiska citattecken stå kvar.'
WORD_QUOTED = re.compile(r"^[”“„‘’«»‹›].*[”“‘’«»‹›]$", re.S)
INDENT_FIX = "ställ raden i linje med fälten ovanför; varje nivå är två mellanslag."
# Word's curly quotes where YAML expects quotes: at the start or end of a value. To YAML they are text.
TYPOGRAPHIC_QUOTES = re.compile(r"(?:^|[:\[{,-])\s*[”“„’‘]|[”“’‘]\s*(?:$|[,}\]]|:\s)")
TYPOGRAPHIC = (
    "Citattecknen är typografiska (” eller “)",
    'byt dem mot raka citattecken "…".',
)
SYNTAX_HINTS = (
    (
        "mapping values are not allowed",
        "Ett kolon står mitt i en text",
        'sätt citattecken runt texten, till exempel titel: "Steg 1: Initiera".',
    ),
    ("expected <block end>", "Indraget stämmer inte", INDENT_FIX),
    ("did not find expected '-' indicator", "Indraget stämmer inte", INDENT_FIX),
    ("did not find expected key", "Indraget stämmer inte", INDENT_FIX),
    ("could not find expected ':'", "Ett kolon saknas", "skriv fältnamn, kolon och mellanslag: namn: värde."),
    ("quoted scalar", "Ett citattecken stängs aldrig", "avsluta texten med samma citattecken som den börjar med."),
    ("flow sequence", "En lista inom [ ] stängs aldrig", "avsluta listan med ]."),
    ("flow mapping", "Ett fält inom { } stängs aldrig", "avsluta med }."),
)
COLON_IN_BRACES = (
    "Ett värde inom { } innehåller ett kolon",
    'sätt citattecken runt värdet, till exempel {värde: "Samordnare: kommunen", källor: [L1]}; '
    "saknas ett kommatecken mellan två fält, lägg till det.",
)


def _explain_syntax(detail: str, rows: Sequence[str] = ()) -> tuple[str, str]:
    """What is wrong and what to do, from PyYAML's `detail` and the file's rows up to the line it names."""
    last = rows[-1] if rows else ""
    # Curly quotes are ordinary letters to YAML: the editor did quote the text, with the wrong marks.
    suspects = rows if "quoted scalar" in detail else rows[-2:]
    if any(TYPOGRAPHIC_QUOTES.search(row) for row in suspects):
        return TYPOGRAPHIC
    # The { } is closed on the line: a colon inside a value (or a missing comma) confused the parser.
    if "flow mapping" in detail and "{" in last and "}" in last[last.index("{") :]:
        return COLON_IN_BRACES
    for needle, what, fix in SYNTAX_HINTS:
        if needle in detail:
            return what, fix
    return "YAML-koden går inte att läsa här", "kontrollera indrag, kolon och citattecken på raden och raden ovanför."
