""" "I korthet": what a reader in a hurry needs from a case, generated from its data.

What was agreed, which measures, and what is known of the results and how strong that
knowledge is, with links down the page.
"""

from __future__ import annotations

import re
from collections import Counter

from handbok.model.case import Case
from handbok.model.fact import earliest
from handbok.render.case_page import EVIDENCE
from handbok.render.html import MISSING, block, cite, esc, fact_text
from handbok.sources.revision_dates import MONTHS

STRENGTH = ("stark", "måttlig", "svag", "okänd")  # strongest first
IN_WORDS = {"stark": "starkt", "måttlig": "måttligt", "svag": "svagt", "okänd": "okänt"}
# Small counts in words, as a person writes them: neuter (ett resultat) and common gender (en överenskommelse).
NEUTER = ("inget", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")
COMMON = ("ingen", "en", *NEUTER[2:])
ALL = {1: "", 2: "båda "}  # "Ett resultat …, med", "Två …, båda med", "Fem …, alla med"
ISO = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")


def count(number: int, common: bool = False) -> str:
    words = COMMON if common else NEUTER
    return words[number] if number < len(words) else str(number)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def in_swedish(text: str) -> str:
    """Dates as a reader says them: "2023-06" is "juni 2023", "2019-11-06" is "6 november 2019"."""

    def spoken(match: re.Match[str]) -> str:
        year, month, day = match.group(1), MONTHS[int(match.group(2)) - 1], match.group(3)
        return f"{int(day)} {month} {year}" if day else f"{month} {year}"

    return ISO.sub(spoken, text)


def listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} och {items[-1]}"


def _agreements(case: Case) -> str:
    first, number = case.first_agreement(), len(case.agreements)
    latest = max(case.agreements, key=lambda agreement: earliest(agreement.start))
    begun = esc(in_swedish(fact_text(first.start)))
    if number == 1:
        start = f"En överenskommelse är känd, från {begun}."
    else:
        start = f"{capital(count(number, common=True))} överenskommelser är kända, den första från {begun}."
    when = esc(in_swedish(fact_text(latest.start)))
    if not latest.focus_areas:
        return f"{start} Vad den senaste, från {when}, tar upp framgår inte av källorna {cite(latest.sources)}."
    areas = listed([esc(area) for area in latest.focus_areas])
    return f"{start} Den senaste, från {when}, tar upp: {areas} {cite(latest.sources)}."


def _measures(case: Case) -> str:
    measures = [measure for chain in case.chains for measure in chain.measures if fact_text(measure) != MISSING]
    shown = "; ".join(esc(fact_text(measure)) for measure in measures[:3])
    more = f" och {count(len(measures) - 3, common=True)} till" if len(measures) > 3 else ""
    promises = len(case.promises)
    known = f" {capital(count(promises))} medborgarlöften är kända." if promises > 1 else ""
    known = " Ett medborgarlöfte är känt." if promises == 1 else known
    return (f"{shown}{more}." if shown else "Källorna nämner inga åtgärder.") + known


def _results(case: Case) -> str:
    text = evidence_counts(case)
    if not case.results:
        return text
    best = min(case.results, key=lambda result: STRENGTH.index(result.evidence))
    if best.evidence not in ("stark", "måttlig"):
        mixed = len({result.evidence for result in case.results}) > 1
        return f"{text} Inget av dem vilar på starkt eller måttligt underlag." if mixed else text
    return f"{text} Bäst underbyggt: {esc(best.value)} ({EVIDENCE[best.evidence].lower()}) {cite(best.sources)}."


VERDICT = {
    "stark": "Effekt visad med starkt underlag",
    "måttlig": "Tecken på effekt, med måttligt underlag",
    "svag": "Inget resultat vilar på mer än svagt underlag",
    "okänd": "Vad arbetet gav är okänt",
}


def evidence_counts(case: Case) -> str:
    """The results counted by strength of evidence: "Fem resultat finns i källorna, alla med svagt underlag."."""
    if not case.results:
        return "Källorna redovisar inga resultat."
    counts: Counter[str] = Counter(result.evidence for result in case.results)
    found = f"{capital(count(len(case.results)))} resultat finns i källorna"
    levels = [level for level in STRENGTH if counts[level]]
    if len(levels) == 1:
        return f"{found}, {ALL.get(len(case.results), 'alla ')}med {IN_WORDS[levels[0]]} underlag."
    return f"{found}: {listed([f'{count(counts[level])} med {IN_WORDS[level]} underlag' for level in levels])}."


def verdict(case: Case) -> str:
    """One line on what the results show, judged by the best-supported one."""
    if not case.results:
        return "Inga resultat redovisas"
    return VERDICT[min((result.evidence for result in case.results), key=STRENGTH.index)]


def summary(case: Case) -> str:
    """The "I korthet" section: a heading, three lines from the data, links further down the page."""
    items = (f"<li><strong>Avtal:</strong> {_agreements(case)}</li>"
             f"<li><strong>Åtgärder:</strong> {_measures(case)}</li>"
             f"<li><strong>Resultat:</strong> {_results(case)}</li>")  # fmt: skip
    links = ("Läs mer: [tidslinjen](#tidslinje) · [uppföljning och resultat](#uppfoljning-och-resultat) · "
             "[lärdomar](#lardomar)")  # fmt: skip
    listed = block(f'<ul class="i-korthet">{items}</ul>')
    return f"## I korthet\n\n{listed}\n{links}\n\n"
