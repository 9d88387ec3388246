"""Pure renderers for a case page: facts box, agreements and their timeline, chains, results."""

from __future__ import annotations

from handbok.model.case import Case, Chain
from handbok.model.entries import Role
from handbok.model.fact import Disputed, Known, Unknown, earliest
from handbok.render.html import MISSING, block, cite, date_html, esc, fact_html, table

Date = str | Known[str] | Disputed[str]

COLOURS = {"a": "#1d3557", "m": "#c2571a"}  # agreements dark blue, promises orange (both ≥ 3:1 on white)
EVIDENCE = {
    "stark": "Starkt underlag",
    "måttlig": "Måttligt underlag",
    "svag": "Svagt underlag",
    "okänd": "Okänt underlag",
}


def population(case: Case) -> str:
    latest = case.latest_population()
    return fact_html(latest, " invånare") if latest else fact_html(case.population[-1])


def first_agreement(case: Case) -> str:
    """The first agreement's start with its sources, and its doubt where the sources disagree."""
    first = case.first_agreement()
    return date_html(first.start, first.sources)


def period(start: Date, end: str | None) -> str:
    return f"{date_html(start)}–{esc(end) if end else ''}"


def facts_box(case: Case, roles: dict[str, Role]) -> str:
    rows = [
        ["Län", fact_html(case.county)],
        ["Kommunkod", fact_html(case.code)],
        ["Folkmängd", population(case)],
        ["Yta", fact_html(case.area_km2, " km²")],
        ["Lokalpolisområde", fact_html(case.police_area)],
        ["Samordning", fact_html(case.coordination.function)],
        ["Första överenskommelse", first_agreement(case)],
        [
            "Medborgarlöften",
            (f"{len(case.promises)} kända" if len(case.promises) > 1 else "1 känt") if case.promises else MISSING,
        ],
    ]
    return block(table(f"Fakta om {case.municipality}", ["Uppgift", "Värde"], rows, css="faktaruta"))


def agreements_table(case: Case, roles: dict[str, Role]) -> str:
    rows, order = [], []
    for agreement in case.agreements:
        name = fact_html(agreement.name) if isinstance(agreement.name, Unknown) else esc(agreement.name)
        signed = ", ".join(esc(roles[role].name) for role in agreement.signed_by) or MISSING
        areas = ", ".join(esc(area) for area in agreement.focus_areas) or MISSING
        note = f"<br><small>{esc(agreement.note)}</small>" if agreement.note else ""
        order.append(earliest(agreement.start))
        rows.append([period(agreement.start, agreement.end), f"{name} {cite(agreement.sources)}{note}", signed, areas])
    for promise in case.promises:
        if isinstance(promise.promises, Unknown):
            content = fact_html(promise.promises)
        else:
            content = "; ".join(esc(item) for item in promise.promises)
        order.append(earliest(promise.start))
        rows.append(
            [period(promise.start, promise.end), f"Medborgarlöfte: {content} {cite(promise.sources)}", "–", "–"]
        )
    rows = [row for _, row in sorted(zip(order, rows, strict=True), key=lambda pair: pair[0])]
    return block(table(f"Överenskommelser och medborgarlöften i {case.municipality}",
                       ["Period", "Vad", "Undertecknat av", "Fokusområden"], rows))  # fmt: skip


def _span(start: Date, end: str | None, label: str, kind: str) -> tuple[int, int, str, str, str]:
    """(first year, last year, label, colour key, doubt in words or "")."""
    first = int(earliest(start)[:4])
    last = int((end or earliest(start))[:4])
    if isinstance(start, Disputed):
        doubt = "startåret omstritt: " + " eller ".join(claim.value[:4] for claim in start.claims)
    else:
        doubt = "osäkert startår" if isinstance(start, Known) and start.uncertain else ""
    return first, max(first, last), label, kind, doubt


def timeline_svg(case: Case) -> str:
    """Agreements and promises on a line of years: an SVG with a text alternative.

    Each bar has its words on a line above it, so no label runs off the figure. The figure fills
    the column; at the column's width on a desktop (about 690 px) its text is 14 px. A bar whose
    start is uncertain or disputed is drawn pale with a dashed outline, and its label and the
    text alternative say so.
    """
    spans = [_span(a.start, a.end, "överenskommelse", "a") for a in case.agreements]
    spans += [_span(p.start, p.end, "medborgarlöfte", "m") for p in case.promises]
    first, last = min(s[0] for s in spans), max(s[1] for s in spans)
    years = last - first + 1
    width, left, font = 640, 4, 13
    step = (width - 2 * left - 30) / max(years, 1)  # room for the last year's number

    def words(start: int, end: int, label: str, doubt: str) -> str:
        return f"{label} {start}{'–' + str(end) if end != start else ''}{f' ({doubt})' if doubt else ''}"

    bars = []
    for row, (start, end, label, kind, doubt) in enumerate(sorted(spans)):
        x, y, bar = left + (start - first) * step, 26 + row * 40, (end - start + 1) * step - 2
        text = words(start, end, label.capitalize(), doubt)
        text_x = min(x, width - left - len(text) * font * 0.56)  # a long label ends at the right edge
        style = (f'fill-opacity="0.35" stroke="{COLOURS[kind]}" stroke-width="1.5" stroke-dasharray="4 2"'
                 if doubt else "")  # fmt: skip
        label_svg = f'<text x="{max(left, text_x):.1f}" y="{y + 13}" font-size="{font}" fill="#111">{esc(text)}</text>'
        bar_svg = (
            f'<rect fill="{COLOURS[kind]}" {style} x="{x:.1f}" y="{y + 19}" width="{bar:.1f}" height="14" rx="2"/>'
        )
        bars.append(label_svg + bar_svg)
    ticks = "".join(
        f'<text x="{left + (year - first) * step:.1f}" y="14" font-size="{font}" fill="#111">{year}</text>'
        for year in range(first, last + 1, max(1, years // 8))
    )
    height = 30 + len(spans) * 40
    described = "; ".join(words(start, end, label, doubt) for start, end, label, _, doubt in sorted(spans))
    summary = f"Tidslinje för {case.municipality}, {first}–{last}: {described}."
    dashed = " Blek stapel med streckad kant: startåret är osäkert eller omstritt." if any(s[4] for s in spans) else ""
    return block(
        f'<figure class="fall-tidslinje"><svg role="img" viewBox="0 0 {width} {height}" '
        f'aria-label="{esc(summary)}"><title>{esc(summary)}</title>'
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>{ticks}{"".join(bars)}</svg>'
        f"<figcaption>Tidslinje: mörkblått är överenskommelser, orange är medborgarlöften.{dashed} "
        f"Samma uppgifter finns i tabellen nedan.</figcaption></figure>"
    )


def chain_link(label: str, item: object) -> str:
    """A link of the chain; a missing one quietly, its reason in the note below the chains."""
    if isinstance(item, Unknown):
        return f'<li class="kedja__led kedja__led--saknas"><strong>{esc(label)}:</strong> <span>{MISSING}</span></li>'
    return f'<li class="kedja__led"><strong>{esc(label)}:</strong> {fact_html(item)}</li>'


def links(item: Chain) -> list[tuple[str, object]]:
    return [("Problem", item.problem), ("Orsak", item.cause), ("Mål", item.goal), ("Indikator", item.indicator)]


def chain(index: int, item: Chain) -> str:
    measures = "".join(f"<li>{fact_html(measure)}</li>" for measure in item.measures)
    (problem, cause, goal, indicator) = (chain_link(label, link) for label, link in links(item))
    return (
        f'<ol class="kedja" aria-label="Kedja {index}">{problem}{cause}'
        f'<li class="kedja__led"><strong>Åtgärder:</strong><ul>{measures}</ul></li>{goal}{indicator}</ol>'
    )


def gaps_note(items: list[Chain]) -> str:
    """What the chains lack, said once: each missing kind of link, for which problems, and why."""
    gaps: dict[tuple[str, str], list[str]] = {}
    for index, item in enumerate(items, start=1):
        name = str(item.problem.value) if isinstance(item.problem, Known) else f"kedja {index}"
        for label, link in links(item):
            if isinstance(link, Unknown):
                gaps.setdefault((label, link.reason), []).append(name)

    def which(names: list[str]) -> str:
        return f"alla {len(names)} problem" if len(names) == len(items) > 1 else esc(", ".join(names))

    lines = "".join(
        f"<li>{esc(label)}, för {which(names)}: {esc(reason)}.</li>" for (label, reason), names in gaps.items()
    )
    return f'<div class="luckor" role="note"><p>Det här saknas i källorna:</p><ul>{lines}</ul></div>' if gaps else ""


def chains(case: Case) -> str:
    if not case.chains:
        return block(f'<p class="saknas">{MISSING}: inga kedjor från problem till åtgärd finns i källorna.</p>')
    intro = f"<p>{len(case.chains)} problem, vart och ett med sina åtgärder.</p>"
    listed = "".join(chain(index, item) for index, item in enumerate(case.chains, start=1))
    return block(intro + listed + gaps_note(case.chains))


def results(case: Case) -> str:
    in_order = sorted(case.results, key=lambda result: result.year or 9999)  # year order; undated last
    rows = [[esc(result.year or "–"), f"{esc(result.value)} {cite(result.sources)}", EVIDENCE[result.evidence]]
            for result in in_order]  # fmt: skip
    return block(table(f"Resultat i {case.municipality}", ["År", "Resultat", "Underlag"], rows)) if rows else ""
