""" "I korthet": what a reader in a hurry needs from a case, generated from its data.

What was agreed, which measures, and what is known of the results and how strong that
knowledge is, with links down the page.
"""

from __future__ import annotations

from collections import Counter

from handbok.model.case import Case
from handbok.model.fact import earliest
from handbok.render.case_page import EVIDENCE
from handbok.render.html import MISSING, block, cite, esc, fact_text

STRENGTH = ("stark", "måttlig", "svag", "okänd")  # strongest first
IN_WORDS = {"stark": "starkt", "måttlig": "måttligt", "svag": "svagt", "okänd": "okänt"}


def _agreements(case: Case) -> str:
    first, count = case.first_agreement(), len(case.agreements)
    latest = max(case.agreements, key=lambda agreement: earliest(agreement.start))
    areas = ", ".join(esc(area) for area in latest.focus_areas) or MISSING.lower()
    known = f"{count} överenskommelser är kända" if count > 1 else "1 överenskommelse är känd"
    return (f"{known}. Den första: {esc(fact_text(first.start))}. Den senaste: {esc(fact_text(latest.start))}, "
            f"med fokus på {areas} {cite(latest.sources)}.")  # fmt: skip


def _measures(case: Case) -> str:
    measures = [measure for chain in case.chains for measure in chain.measures if fact_text(measure) != MISSING]
    shown = "; ".join(esc(fact_text(measure)) for measure in measures[:3])
    more = f" och {len(measures) - 3} till" if len(measures) > 3 else ""
    promises = f" {len(case.promises)} medborgarlöften är kända." if len(case.promises) > 1 else (
        " 1 medborgarlöfte är känt." if case.promises else "")  # fmt: skip
    return (f"{shown}{more}." if shown else f"{MISSING}: inga åtgärder i källorna.") + promises


def _results(case: Case) -> str:
    if not case.results:
        return f"{MISSING}: källorna redovisar inga resultat."
    counts: Counter[str] = Counter(result.evidence for result in case.results)
    spread = ", ".join(f"{counts[level]} med {IN_WORDS[level]} underlag" for level in STRENGTH if counts[level])
    best = min(case.results, key=lambda result: STRENGTH.index(result.evidence))
    if best.evidence not in ("stark", "måttlig"):
        return f"{len(case.results)} resultat i källorna: {spread}. Inget vilar på starkt eller måttligt underlag."
    return (f"{len(case.results)} resultat i källorna: {spread}. Bäst underbyggt: {esc(best.value)} "
            f"({EVIDENCE[best.evidence].lower()}) {cite(best.sources)}.")  # fmt: skip


def summary(case: Case) -> str:
    """The "I korthet" section: a heading, three lines from the data, links further down the page."""
    items = (f"<li><strong>Avtal:</strong> {_agreements(case)}</li>"
             f"<li><strong>Åtgärder:</strong> {_measures(case)}</li>"
             f"<li><strong>Resultat:</strong> {_results(case)}</li>")  # fmt: skip
    links = ("Läs mer: [tidslinjen](#tidslinje) · [uppföljning och resultat](#uppfoljning-och-resultat) · "
             "[lärdomar](#lardomar)")  # fmt: skip
    listed = block(f'<ul class="i-korthet">{items}</ul>')
    return f"## I korthet\n\n{listed}\n{links}\n\n"
