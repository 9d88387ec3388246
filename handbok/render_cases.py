"""Pure renderers for the case studies: facts box, agreement timeline, chains, comparison."""

from __future__ import annotations

from handbok.models import Known, Role, Unknown
from handbok.models_case import Case, Chain
from handbok.render_html import MISSING, block, cite, esc, fact_html, table

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
    first = min(case.agreements, key=lambda agreement: agreement.start)
    return f"{esc(first.start)} {cite(first.sources)}"


def period(start: str, end: str | None) -> str:
    return f"{esc(start)}–{esc(end) if end else ''}"


def facts_box(case: Case, roles: dict[str, Role]) -> str:
    rows = [
        ["Län", fact_html(case.county)],
        ["Kommunkod", fact_html(case.code)],
        ["Folkmängd", population(case)],
        ["Yta", fact_html(case.area_km2, " km²")],
        ["Lokalpolisområde", fact_html(case.police_area)],
        ["Samordning", fact_html(case.coordination.function)],
        ["Första överenskommelse", first_agreement(case)],
        ["Medborgarlöften", f"{len(case.promises)} kända" if case.promises else MISSING],
    ]
    return block(table(f"Fakta om {case.municipality}", ["Uppgift", "Värde"], rows, css="faktaruta"))


def agreements_table(case: Case, roles: dict[str, Role]) -> str:
    rows = []
    for agreement in case.agreements:
        name = fact_html(agreement.name) if isinstance(agreement.name, Unknown) else esc(agreement.name)
        signed = ", ".join(esc(roles[role].name) for role in agreement.signed_by) or MISSING
        areas = ", ".join(esc(area) for area in agreement.focus_areas) or MISSING
        note = f"<br><small>{esc(agreement.note)}</small>" if agreement.note else ""
        rows.append([period(agreement.start, agreement.end), f"{name} {cite(agreement.sources)}{note}", signed, areas])
    for promise in case.promises:
        if isinstance(promise.promises, Unknown):
            content = fact_html(promise.promises)
        else:
            content = "; ".join(esc(item) for item in promise.promises)
        rows.append(
            [period(promise.start, promise.end), f"Medborgarlöfte: {content} {cite(promise.sources)}", "–", "–"]
        )
    rows.sort(key=lambda row: row[0])
    return block(table(f"Överenskommelser och medborgarlöften i {case.municipality}",
                       ["Period", "Vad", "Undertecknat av", "Fokusområden"], rows))  # fmt: skip


def timeline_svg(case: Case) -> str:
    """Agreements and promises on a line of years: an SVG with a text alternative."""
    spans: list[tuple[int, int, str, str]] = []
    for agreement in case.agreements:
        spans.append((int(agreement.start[:4]), int((agreement.end or agreement.start)[:4]), "överenskommelse", "a"))
    for promise in case.promises:
        spans.append((int(promise.start[:4]), int((promise.end or promise.start)[:4]), "medborgarlöfte", "m"))
    first, last = min(s[0] for s in spans), max(s[1] for s in spans)
    years = last - first + 1
    width, left, step = 640, 40, 560 / max(years, 1)
    bars = []
    for row, (start, end, label, kind) in enumerate(sorted(spans)):
        x, y, bar = left + (start - first) * step, 22 + row * 20, (end - start + 1) * step - 2
        text_x, anchor = (x + bar + 4, "start") if x + bar < width - 150 else (x - 4, "end")
        bars.append(f'<rect fill="{COLOURS[kind]}" x="{x:.1f}" y="{y}" width="{bar:.1f}" height="14" rx="2"/>'
                    f'<text x="{text_x:.1f}" y="{y + 11}" font-size="11" fill="#111" text-anchor="{anchor}">'
                    f"{esc(label.capitalize())} {start}{'–' + str(end) if end != start else ''}</text>")  # fmt: skip
    ticks = "".join(
        f'<text x="{left + (year - first) * step:.1f}" y="12" font-size="11" fill="#111">{year}</text>'
        for year in range(first, last + 1, max(1, years // 8))
    )
    height = 30 + len(spans) * 20
    described = "; ".join(
        f"{label} {start}" + (f"–{end}" if end != start else "") for start, end, label, _ in sorted(spans)
    )
    summary = f"Tidslinje för {case.municipality}, {first}–{last}: {described}."
    return block(
        f'<figure class="fall-tidslinje"><svg role="img" viewBox="0 0 {width} {height}" '
        f'aria-label="{esc(summary)}"><title>{esc(summary)}</title>'
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>{ticks}{"".join(bars)}</svg>'
        f"<figcaption>Tidslinje: mörkblått är överenskommelser, orange är medborgarlöften. "
        f"Samma uppgifter finns i tabellen nedan.</figcaption></figure>"
    )


def chain_link(label: str, item: object) -> str:
    missing = isinstance(item, Unknown)
    css = "kedja__led kedja__led--saknas" if missing else "kedja__led"
    return f'<li class="{css}"><strong>{esc(label)}:</strong> {fact_html(item)}</li>'


def chain(index: int, item: Chain) -> str:
    measures = "".join(f"<li>{fact_html(measure)}</li>" for measure in item.measures)
    return (
        f'<ol class="kedja" aria-label="Kedja {index}">'
        f"{chain_link('Problem', item.problem)}{chain_link('Orsak', item.cause)}"
        f'<li class="kedja__led"><strong>Åtgärder:</strong><ul>{measures}</ul></li>'
        f"{chain_link('Mål', item.goal)}{chain_link('Indikator', item.indicator)}</ol>"
    )


def chains(case: Case) -> str:
    if not case.chains:
        return block(f'<p class="saknas">{MISSING}: inga kedjor från problem till åtgärd finns i källorna.</p>')
    gaps = sum(isinstance(link, Unknown) for item in case.chains for link in (item.cause, item.goal, item.indicator))
    intro = (f"<p>{len(case.chains)} problem, med {gaps} saknade led. Ett saknat led visas med streckad ram "
             f"och texten {MISSING}.</p>")  # fmt: skip
    return block(intro + "".join(chain(index, item) for index, item in enumerate(case.chains, start=1)))


def results(case: Case) -> str:
    rows = [[esc(result.year or "–"), f"{esc(result.value)} {cite(result.sources)}", EVIDENCE[result.evidence]]
            for result in case.results]  # fmt: skip
    return block(table(f"Resultat i {case.municipality}", ["År", "Resultat", "Underlag"], rows)) if rows else ""


COLUMNS_PER_PAGE = 6  # more municipalities are compared over several pages, never in one wide table


def comparison_pages(cases: list[Case]) -> list[list[Case]]:
    return [cases[start : start + COLUMNS_PER_PAGE] for start in range(0, len(cases), COLUMNS_PER_PAGE)] or [[]]


def comparison_page_uri(number: int) -> str:
    return "jamforelse.md" if number == 1 else f"jamforelse-{number}.md"


def comparison_pager(cases: list[Case], current: int) -> str:
    """Markdown links between the pages of the comparison (checked by MkDocs like any link).

    The first page lists every page with the municipalities on it; the others link to the page
    before, the page after and that list. (Every page listing every page grew as the square of
    the number of cases: 2,400 links for 290 municipalities.)
    """
    pages = comparison_pages(cases)
    if len(pages) == 1:
        return ""

    def label(number: int) -> str:
        group = pages[number - 1]
        return f"{number}: {group[0].municipality} – {group[-1].municipality}"

    if current == 1:
        lines = [f"- Sida {label(1)} (den här sidan)"]
        lines += [f"- [Sida {label(number)}]({comparison_page_uri(number)})" for number in range(2, len(pages) + 1)]
        return "\n\n**Alla sidor i jämförelsen:**\n\n" + "\n".join(lines) + "\n"
    lines = [f"- [Föregående, sida {label(current - 1)}]({comparison_page_uri(current - 1)})"]
    if current < len(pages):
        lines.append(f"- [Nästa, sida {label(current + 1)}]({comparison_page_uri(current + 1)})")
    lines.append(f"- [Alla {len(pages)} sidor, med kommunerna på varje]({comparison_page_uri(1)})")
    return "\n\n**Fler sidor i jämförelsen:**\n\n" + "\n".join(lines) + "\n"


def case_list(cases: list[Case]) -> str:
    """Every case as a Markdown list with its county and first agreement: the way in when there are many."""
    lines = [
        f"- [{case.municipality}]({case.slug}.md) – {_plain(case.county)}, första kända överenskommelse "
        f"{min(agreement.start for agreement in case.agreements)}"
        for case in cases
    ]
    return "\n" + "\n".join(lines) + "\n"


def _plain(item: object) -> str:
    return str(item.value) if isinstance(item, Known) else MISSING


def comparison(all_cases: list[Case], roles: dict[str, Role], page: int = 1) -> str:
    """One column per case; every cell cites its source or says 'Uppgift saknas'."""
    pages = comparison_pages(all_cases)
    cases = pages[page - 1]

    def contents(field: str) -> list[str]:
        return [fact_html(getattr(case.contents, field)) for case in cases]

    def focus(case: Case) -> str:
        areas = sorted({area for agreement in case.agreements for area in agreement.focus_areas})
        sources = sorted({s for agreement in case.agreements if agreement.focus_areas for s in agreement.sources})
        return f"{', '.join(esc(area) for area in areas)} {cite(sources)}" if areas else MISSING

    def promises(case: Case) -> str:
        if not case.promises:
            return MISSING
        spans = ", ".join(period(promise.start, promise.end) for promise in case.promises)
        return f"{spans} {cite(sorted({s for p in case.promises for s in p.sources}))}"

    rows = [
        ["Prioriterade problem", *contents("problems")],
        ["Troliga orsaker", *contents("causes")],
        ["Mätbara mål", *contents("goals")],
        ["Dokumentation", *contents("documentation")],
        ["Uppföljning", *contents("follow_up")],
        ["Period", *contents("period")],
        ["Län", *[fact_html(case.county) for case in cases]],
        ["Folkmängd", *[population(case) for case in cases]],
        ["Lokalpolisområde", *[fact_html(case.police_area) for case in cases]],
        ["Första överenskommelse", *[first_agreement(case) for case in cases]],
        ["Fokusområden", *[focus(case) for case in cases]],
        ["Medborgarlöften", *[promises(case) for case in cases]],
        ["Samordning", *[fact_html(case.coordination.function) for case in cases]],
    ]
    headers = ["Innehåll"] + [f'<a href="../{esc(case.slug)}/">{esc(case.municipality)}</a>' for case in cases]
    caption = "Fallen jämförda: Brås sex delar i en överenskommelse och sammanhanget"
    caption += f" (sida {page} av {len(pages)})" if len(pages) > 1 else ""
    return block(table(caption, headers, rows, css="jamforelse")) + comparison_pager(all_cases, page)
