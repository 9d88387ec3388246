"""Pure renderers across the cases: the comparison table (paged at scale) and the list of cases."""

from __future__ import annotations

from collections.abc import Callable

from handbok.model.case import Case
from handbok.model.entries import Role
from handbok.render.case_page import first_agreement, period, population
from handbok.render.case_summary import evidence_counts, verdict
from handbok.render.html import MISSING, block, cite, esc, fact_html, fact_text, table

COLUMNS_PER_PAGE = 6  # more municipalities are compared over several pages, never in one wide table


def comparison_pages(cases: list[Case]) -> list[list[Case]]:
    return [cases[start : start + COLUMNS_PER_PAGE] for start in range(0, len(cases), COLUMNS_PER_PAGE)] or [[]]


def page_uri(number: int) -> str:
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
        lines += [f"- [Sida {label(number)}]({page_uri(number)})" for number in range(2, len(pages) + 1)]
        return "\n\n**Alla sidor i jämförelsen:**\n\n" + "\n".join(lines) + "\n"
    lines = [f"- [Föregående, sida {label(current - 1)}]({page_uri(current - 1)})"]
    if current < len(pages):
        lines.append(f"- [Nästa, sida {label(current + 1)}]({page_uri(current + 1)})")
    lines.append(f"- [Alla {len(pages)} sidor, med kommunerna på varje]({page_uri(1)})")
    return "\n\n**Fler sidor i jämförelsen:**\n\n" + "\n".join(lines) + "\n"


NUMBER_WORDS = ("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")


def in_words(count: int) -> str:
    """A count as a Swedish text writes it: words up to twelve, digits after."""
    return NUMBER_WORDS[count] if count < len(NUMBER_WORDS) else str(count)


def case_list(cases: list[Case]) -> str:
    """How many cases there are, and each with its county and first agreement: nothing on the page to keep by hand."""
    count = "en fallstudie" if len(cases) == 1 else f"{in_words(len(cases))} fallstudier"
    lines = [
        f"- [{esc(case.municipality)}]({case.slug}.md) – {esc(fact_text(case.county))}, första kända "
        f"överenskommelse {esc(fact_text(case.first_agreement().start))}"
        for case in cases
    ]
    return f"\nHandboken har {count}:\n\n" + "\n".join(lines) + "\n"


def results_cell(case: Case, url_of: Callable[[str], str]) -> str:
    """Counts by strength of evidence and a one-line verdict, linked to the case's own results."""
    link = f"{esc(url_of(f'fall/{case.slug}.md'))}#uppfoljning-och-resultat"
    sources = sorted({source for result in case.results for source in result.sources})
    return f'{esc(evidence_counts(case))} {cite(sources)}<br><a href="{link}">{esc(verdict(case))}</a>'


def comparison(all_cases: list[Case], roles: dict[str, Role], url_of: Callable[[str], str], page: int = 1) -> str:
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
        ["Resultat och underlag", *[results_cell(case, url_of) for case in cases]],
        ["Län", *[fact_html(case.county) for case in cases]],
        ["Folkmängd", *[population(case) for case in cases]],
        ["Lokalpolisområde", *[fact_html(case.police_area) for case in cases]],
        ["Första överenskommelse", *[first_agreement(case) for case in cases]],
        ["Fokusområden", *[focus(case) for case in cases]],
        ["Medborgarlöften", *[promises(case) for case in cases]],
        ["Samordning", *[fact_html(case.coordination.function) for case in cases]],
    ]
    headers = ["Innehåll"] + [f'<a href="{esc(url_of(f"fall/{case.slug}.md"))}">{esc(case.municipality)}</a>'
                              for case in cases]  # fmt: skip
    caption = "Fallen jämförda: Brås sex delar i en överenskommelse och sammanhanget"
    caption += f" (sida {page} av {len(pages)})" if len(pages) > 1 else ""
    return block(table(caption, headers, rows, css="jamforelse")) + comparison_pager(all_cases, page)
