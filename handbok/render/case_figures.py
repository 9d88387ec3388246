"""A figure lives in one place: a case's narrative takes it from the case's YAML, and may not contradict it.

In cases/<slug>.md an editor writes `[[folkmängd]]` (the latest population, with its year and
citation), `[[folkmängd 2008]]`, `[[area_km2]]`, `[[kommunkod]]`, `[[län]]` or
`[[lokalpolisområde]]`. The reference is plain text, not a template: `fill` replaces it when the
case page is composed, and `check` reports an unknown name or a missing figure with file and line,
before anything is built. `check` also finds a population or an area written out in the prose
that none of the case's values match ("47 000 invånare" where the YAML says 46 090).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from handbok.checks.page_safety import blank_code
from handbok.model.case import Case
from handbok.model.fact import Disputed, Known, Unknown
from handbok.problems import Problems
from handbok.render.html import cite, number

REFERENCE = re.compile(r"\[\[\s*([^\[\]\n]*?)\s*\]\]")
TEXT_FIELDS = {"kommunkod": "code", "län": "county", "lokalpolisområde": "police_area"}
NAMES = "[[folkmängd]], [[folkmängd ÅÅÅÅ]], [[area_km2]], [[kommunkod]], [[län]], [[lokalpolisområde]]"
_NUMBER = r"(?<![\d,.])(?P<whole>\d{1,3}(?:[  ]\d{3})+|\d+)(?:,(?P<decimals>\d+))?(?![\d,])"  # 6 599, 46090, 300,64
_HEDGE = r"(?:omkring|cirka|ca\.?|drygt|knappt|nästan|runt|ungefär|över|under|närmare|mer än|mindre än)\s+"
POPULATION = re.compile(rf"(?:(?P<hedge>{_HEDGE})|\b)(?:folkmängd(?:en)?\s+(?:\w+\s+){{0,2}})?{_NUMBER}"
                        r"\s+(?:invånare|personer|människor|folkbokförda)\b", re.I)  # fmt: skip
# In "6 599 invånare år 2010 och 6 069 år 2024" the second figure is a population too.
FOLLOWER = re.compile(rf"(?:(?P<hedge>{_HEDGE})|\b){_NUMBER}\s+år\s+(?:19|20)\d\d\b", re.I)
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
AREA = re.compile(rf"(?:(?P<hedge>{_HEDGE})|\b){_NUMBER}\s*(?:km²|km2|kvadratkilometer)", re.I)
Complaint = tuple[str, str]


def _with_doubt(item: Known[object], unit: str) -> str:
    value = number(item.value) if isinstance(item.value, int | float) else str(item.value)
    year = f" år {item.year}" if item.year and unit else ""
    doubt = " (osäker uppgift)" if item.uncertain else ""
    return f"{value}{unit}{year}{doubt} {cite(item.sources)}"


def _fact(item: object, unit: str, name: str, yml: str) -> str | Complaint:
    if isinstance(item, Known):
        return _with_doubt(item, unit)
    if isinstance(item, Disputed):
        values = " eller ".join(f"{number(c.value) if unit else c.value} {cite(c.sources)}" for c in item.claims)
        return f"{values}{unit} (omstritt: {item.note})"
    reason = f" ({item.reason})" if isinstance(item, Unknown) else ""
    return f"Uppgiften {name} saknas i {yml}{reason}", f"skriv texten själv, eller fyll i uppgiften i {yml}."


def figure(case: Case, name: str, yml: str) -> str | Complaint:
    """The text for `[[name]]`, or (what, fix) when there is none."""
    if name == "folkmängd":
        latest = case.latest_population()
        return _fact(latest or case.population[-1], " invånare", name, yml)
    if name.startswith("folkmängd ") and name[10:].strip().isdigit():
        year = int(name[10:])
        for item in case.population:
            if isinstance(item, Known) and item.year == year:
                return _fact(item, " invånare", name, yml)
            if isinstance(item, Disputed) and any(claim.year == year for claim in item.claims):
                return _fact(item, f" invånare år {year}", name, yml)
        years = ", ".join(str(item.year) for item in case.population if isinstance(item, Known) and item.year)
        return f"Folkmängden år {year} finns inte i {yml}", f"skriv ett av åren under folkmängd: {years}."
    if name == "area_km2":
        return _fact(case.area_km2, " km²", name, yml)
    if name in TEXT_FIELDS:
        return _fact(getattr(case, TEXT_FIELDS[name]), "", name, yml)
    return f"[[{name}]] är ingen uppgift ur fallets data", f"skriv en av: {NAMES}."


def _references(narrative: str) -> Iterator[re.Match[str]]:
    """References outside code (in code, `[[folkmängd]]` is an example of the syntax)."""
    return REFERENCE.finditer(blank_code(narrative))


def fill(narrative: str, case: Case, yml: str = "") -> str:
    """The narrative with every reference replaced by its figure (check has refused the unknown ones)."""
    parts, end = [], 0
    for match in _references(narrative):
        text = figure(case, match.group(1), yml)
        parts += [narrative[end : match.start()], text if isinstance(text, str) else match.group(0)]
        end = match.end()
    return "".join(parts) + narrative[end:]


def _values(items: Sequence[object]) -> list[float]:
    found: list[float] = []
    for item in items:
        if isinstance(item, Known) and isinstance(item.value, int | float):
            found.append(item.value)
        elif isinstance(item, Disputed):
            found += [claim.value for claim in item.claims if isinstance(claim.value, int | float)]
    return found


def _stated(match: re.Match[str]) -> float:
    return float(f"{re.sub(r'[^0-9]', '', match.group('whole'))}.{match.group('decimals') or 0}")


def _agrees(match: re.Match[str], values: list[float]) -> bool:
    """The stated figure is a value rounded or cut to the decimals shown; hedged ("drygt 47 000"), to its zeros."""
    whole, decimals, stated = re.sub(r"[^0-9]", "", match.group("whole")), match.group("decimals") or "", _stated(match)
    scale = 10 ** len(decimals)
    zeros = 0 if decimals else len(whole) - len(whole.rstrip("0"))
    tolerance = 10**zeros if match.group("hedge") and zeros else 0
    return any(
        round(value * scale) == round(stated * scale) or int(value * scale) == round(stated * scale)
        or abs(value - stated) < tolerance
        for value in values
    )  # fmt: skip


def _listed(values: list[float]) -> str:
    shown = [number(value) for value in values]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} och {shown[-1]}"


def _with_followers(pattern: re.Pattern[str], prose: str) -> Iterator[re.Match[str]]:
    """Every match, and for a population the figures "… år ÅÅÅÅ" after it in the same sentence."""
    for match in pattern.finditer(prose):
        yield match
        if pattern is POPULATION:
            end = SENTENCE_END.search(prose, match.end())
            yield from FOLLOWER.finditer(prose, match.end(), end.start() if end else len(prose))


def check(narrative: str, file: str, case: Case, yml: str, problems: Problems) -> None:
    """Unknown references, missing figures, and figures in the prose that the case's data contradicts."""
    for match in _references(narrative):
        text = figure(case, match.group(1), yml)
        if not isinstance(text, str):
            problems.add(file, narrative.count("\n", 0, match.start()) + 1, *text)
    prose = REFERENCE.sub(lambda found: " " * len(found.group(0)), blank_code(narrative))
    for pattern, items, what, name in (
        (POPULATION, list(case.population), "folkmängden", "folkmängd"),
        (AREA, [case.area_km2], "ytan", "area_km2"),
    ):
        values = _values(items)
        for match in _with_followers(pattern, prose):
            if not values or _stated(match) < min(values) / 2 or _agrees(match, values):
                continue  # a smaller group ("600 invånare svarade"), or a figure the data agrees with
            shown = _listed(values)
            problems.add(file, narrative.count("\n", 0, match.start()) + 1,
                         f"Siffran '{match.group(0).strip()}' stämmer inte med {what} i {yml} ({shown})",
                         f"rätta siffran, eller skriv [[{name}]] så hämtas den ur {yml}.")  # fmt: skip
