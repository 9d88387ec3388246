"""Checks that need the list of pages: change notes name pages that exist and dates that have come;
each duty in the crosswalk names steps, templates and "Klart när" items that exist."""

from __future__ import annotations

import datetime as dt

from handbok.model.handbook import Handbook
from handbok.problems import Problems


def check_notes(handbook: Handbook, pages: set[str], today: dt.date, problems: Problems) -> None:
    document = handbook.documents.get("andringar.yml")
    if document is None:
        return
    for index, note in enumerate(handbook.notes):
        if note.date > today:
            problems.add(document.file, document.line_of(("ändringar", index, "datum")),
                         f"Ändringen är daterad i framtiden ({note.date.isoformat()})",
                         "skriv den dag ändringen publiceras, i dag eller tidigare.")  # fmt: skip
        for position, page in enumerate(note.pages):
            if page not in pages:
                problems.add(document.file, document.line_of(("ändringar", index, "sidor", position)),
                             f"Sidan '{page}' finns inte",
                             "skriv sökvägen under docs/, till exempel fordjupning/lagen-2023.md, "
                             "eller fall/<kommun>.md för en fallstudie.")  # fmt: skip


def check_start_pages(handbook: Handbook, pages: set[str], problems: Problems) -> None:
    """Every page a reader is told to begin with exists."""
    document = handbook.documents.get("roller.yml")
    if document is None:
        return
    for index, role in enumerate(handbook.roles.values()):
        for position, page in enumerate(role.start_pages):
            if page not in pages:
                problems.add(document.file, document.line_of(("roller", index, "börja_här", position)),
                             f"Sidan '{page}' finns inte",
                             "skriv sökvägen under docs/, till exempel processen/index.md.")  # fmt: skip


def check_duties(handbook: Handbook, templates: tuple[str, ...], problems: Problems) -> None:
    document = handbook.documents.get("krav.yml")
    if document is None:
        return
    steps = {step.number: step for step in handbook.steps}
    for index, duty in enumerate(handbook.duties):

        def line(*location: str | int, index: int = index) -> int:
            return document.line_of(("krav", index, *location))

        for position, number in enumerate(duty.steps):
            if number not in steps:
                problems.add(document.file, line("steg", position), f"Steg {number} finns inte i data/steg.yml",
                             f"skriv ett av stegnumren {sorted(steps)}.")  # fmt: skip
        for position, name in enumerate(duty.templates):
            if name not in templates:
                problems.add(document.file, line("mallar", position), f"Mallen '{name}' finns inte",
                             f"skriv ett av: {', '.join(templates)}.")  # fmt: skip
        for position, item in enumerate(duty.checklist):
            number, point = (int(part) for part in item.split("."))
            step = steps.get(number)
            if step is None or not 1 <= point <= len(step.done_when):
                count = len(step.done_when) if step else 0
                problems.add(document.file, line("klart_när", position),
                             f"Punkten '{item}' finns inte i \"Klart när\"",
                             f"skriv steg.punkt; steg {number} har {count} punkter.")  # fmt: skip
