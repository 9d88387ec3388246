"""Generated pages: each case (data boxes around the narrative from cases/<slug>.md), the comparison's extra pages."""

from __future__ import annotations

import json
from collections.abc import Callable

from handbok.model.case import Case
from handbok.model.entries import Role
from handbok.model.handbook import Handbook
from handbok.render import case_figures  # editor: case_figures
from handbok.render import case_page as render_case_page
from handbok.render import comparison as render_comparison
from handbok.render.case_summary import summary

SKELETON = (
    "Bakgrund",
    "Lägesbild och problem",
    "Överenskommelsen",
    "Vem gör vad",
    "Åtgärder och medborgarlöften",
    "Uppföljning och resultat",
    "Lärdomar",
)


def headings(narrative: str) -> list[tuple[int, str]]:
    return [(number, line[3:].strip()) for number, line in enumerate(narrative.splitlines(), start=1)
            if line.startswith("## ")]  # fmt: skip


def skeleton_problems(narrative: str) -> list[tuple[int, str, str]]:
    """(line, what, fix) for every way the narrative departs from the shared skeleton."""
    found = headings(narrative)
    names = [name for _, name in found]
    problems = []
    for line, name in found:
        if name not in SKELETON:
            problems.append((line, f"Rubriken '## {name}' hör inte till fallmallen",
                             f"använd bara rubrikerna: {'; '.join(SKELETON)}."))  # fmt: skip
    missing = [name for name in SKELETON if name not in names]
    if missing:
        problems.append((1, f"Rubriker saknas: {'; '.join(missing)}",
                         "lägg till dem som '## Rubrik' i den ordning redaktörsguiden visar."))  # fmt: skip
    elif [name for name in names if name in SKELETON] != list(SKELETON):
        problems.append((found[0][0], "Rubrikerna står i fel ordning", f"ordningen är: {'; '.join(SKELETON)}."))
    if any(line.startswith("# ") for line in narrative.splitlines()):
        problems.append((1, "Berättelsen har en egen huvudrubrik (#)", "ta bort den; sidan får kommunens namn."))
    return problems


def compose(case: Case, narrative: str, roles: dict[str, Role]) -> str:
    """The page source: title, facts, timeline, narrative with the chain view, results.

    The data boxes go in as finished HTML, not as macro calls: the page needs no template
    rendering (the narrative may hold none either; page_safety refuses it).
    """
    narrative = case_figures.fill(narrative, case)  # editor: [[folkmängd]] and the like, from the case's data
    description = f"Fallstudie om samverkan mellan polis och kommun i {case.municipality}."
    header = (  # JSON strings are YAML strings: a name with a colon stays one value
        f"---\ntitle: {json.dumps(case.municipality, ensure_ascii=False)}\n"
        f"description: {json.dumps(description, ensure_ascii=False)}\n---\n\n"
        f"# {case.municipality}\n\n"
        f"{summary(case)}"
        f"{render_case_page.facts_box(case, roles)}\n\n"
        f"## Tidslinje\n\n{render_case_page.timeline_svg(case)}{render_case_page.agreements_table(case, roles)}\n\n"
    )
    # Later heading first: the HTML put in can then never be mistaken for a heading.
    body = narrative.replace("\n## Lärdomar", f"\n{render_case_page.results(case)}\n\n## Lärdomar", 1).replace(
        "\n## Uppföljning och resultat",
        f"\n### Från problem till indikator\n\n{render_case_page.chains(case)}\n\n## Uppföljning och resultat",
        1,
    )
    return header + body


def comparison_page(handbook: Handbook, number: int, url_of: Callable[[str], str]) -> str:
    """Page `number` (2 and up) of the comparison, when there are more cases than fit one table."""
    table = render_comparison.comparison(handbook.cases, handbook.roles, url_of, number)
    return (f"---\ntitle: Fallen jämförda, sida {number}\nhide: [navigation, toc]\n---\n\n"
            f"# Fallen jämförda, sida {number}\n\n{table}\n")  # fmt: skip
