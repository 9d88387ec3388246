"""Checks across the YAML files: every source, role, term and page a file names exists; no code in text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from handbok.checks.grouped_problems import add_once_per_id
from handbok.problems import Problems
from handbok.sources.yaml_source import YamlDocument
from handbok.sources.yaml_walk import walk

if TYPE_CHECKING:
    from handbok.model.handbook import Handbook

UNSAFE_TEXT = re.compile(r"<\s*/?\s*(script|iframe|object|embed|style|form)\b|javascript:|vbscript:|data:text/html"
                         r"|\bon[a-z]+\s*=", re.IGNORECASE)  # fmt: skip


def check_references(handbook: Handbook, documents: list[YamlDocument], docs: Path, problems: Problems) -> None:
    term_names = {term.term for term in handbook.terms}
    for document in documents:
        seen: dict[tuple[str, str], int] = {}
        unknown: dict[str, list[int]] = {}
        for location, value in walk(document.data):
            key = location[-1] if location else None
            line = document.line_of(location)
            if key == "källor" and isinstance(value, list):
                for index, source_id in enumerate(value):
                    if isinstance(source_id, str) and source_id not in handbook.sources:
                        unknown.setdefault(source_id, []).append(document.line_of((*location, index)))
            elif (key == "roll" or location[-2:-1] == ("undertecknare",)) and value not in handbook.roles:
                problems.add(document.file, line, f"Rollen '{value}' finns inte i data/roller.yml",
                             f"skriv ett av: {', '.join(handbook.roles)}.")  # fmt: skip
            elif key == "ersatt_av" and value is not None and value not in term_names:
                problems.add(document.file, line, f"Ordet '{value}' finns inte i ordlistan",
                             "skriv ett ord som finns som 'term' i data/ordlista.yml.")  # fmt: skip
            elif key == "sida" and isinstance(value, str) and not (docs / value).is_file():
                problems.add(document.file, line, f"Sidan '{value}' finns inte under docs/",
                             "rätta sökvägen eller skapa sidan.")  # fmt: skip
            if key in ("id", "term", "nummer") and len(location) == 3 and isinstance(value, str):
                if (str(key), value) in seen:
                    problems.add(document.file, line, f"'{value}' finns redan på rad {seen[(str(key), value)]}",
                                 "varje id, term och nummer får bara finnas en gång.")  # fmt: skip
                seen.setdefault((str(key), value), line)
        add_once_per_id(problems, document.file, unknown, "Källan '{id}' finns inte i data/kallor.yml",
                        "rätta id:t eller lägg till källan i data/kallor.yml.")  # fmt: skip


def check_text_safety(document: YamlDocument, problems: Problems) -> None:
    """Text is always shown escaped; code meant to run in a browser is refused outright."""
    for location, value in walk(document.data):
        if isinstance(value, str) and UNSAFE_TEXT.search(value):
            problems.add(document.file, document.line_of(location), "Texten innehåller kod som kan köras i webbläsaren",
                         "ta bort koden och skriv vanlig text.")  # fmt: skip
