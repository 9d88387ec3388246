"""A case's narrative with its `[[folkmängd]]`, `[[area_km2]]` and the like filled in from the case's YAML.

What each reference shows, and the check that refuses an unknown name or a missing figure
before anything is built, are in `handbok.checks.case_figures`.
"""

from __future__ import annotations

from handbok.checks.case_figures import Figure, figure, references
from handbok.model.case import Case
from handbok.model.fact import Known
from handbok.model.numbers import number
from handbok.render.html import cite


def _with_doubt(item: Known[object], unit: str) -> str:
    value = number(item.value) if isinstance(item.value, int | float) else str(item.value)
    year = f" år {item.year}" if item.year and unit else ""
    doubt = " (osäker uppgift)" if item.uncertain else ""
    return f"{value}{unit}{year}{doubt} {cite(item.sources)}"


def text(found: Figure) -> str:
    """The figure as the narrative shows it: its value, year, doubt and citation."""
    item, unit = found.item, found.unit
    if isinstance(item, Known):
        return _with_doubt(item, unit)
    values = " eller ".join(f"{number(c.value) if unit else c.value} {cite(c.sources)}" for c in item.claims)
    return f"{values}{unit} (omstritt: {item.note})"


def fill(narrative: str, case: Case, yml: str = "") -> str:
    """The narrative with every reference replaced by its figure (the check has refused the unknown ones)."""
    parts, end = [], 0
    for match in references(narrative):
        found = figure(case, match.group(1), yml)
        parts += [narrative[end : match.start()], text(found) if isinstance(found, Figure) else match.group(0)]
        end = match.end()
    return "".join(parts) + narrative[end:]
