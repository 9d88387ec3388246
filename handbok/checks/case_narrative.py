"""A case's narrative (cases/<slug>.md) follows the shared skeleton of headings, in order, with no title of its own."""

from __future__ import annotations

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
    return [
        (number, line[3:].strip())
        for number, line in enumerate(narrative.splitlines(), start=1)
        if line.startswith("## ")
    ]


def skeleton_problems(narrative: str) -> list[tuple[int, str, str]]:
    """(line, what, fix) for every way the narrative departs from the shared skeleton."""
    found = headings(narrative)
    names = [name for _, name in found]
    problems = []
    for line, name in found:
        if name not in SKELETON:
            problems.append(
                (
                    line,
                    f"Rubriken '## {name}' hör inte till fallmallen",
                    f"använd bara rubrikerna: {'; '.join(SKELETON)}.",
                )
            )
    missing = [name for name in SKELETON if name not in names]
    if missing:
        problems.append(
            (
                1,
                f"Rubriker saknas: {'; '.join(missing)}",
                "lägg till dem som '## Rubrik' i den ordning redaktörsguiden visar.",
            )
        )
    elif [name for name in names if name in SKELETON] != list(SKELETON):
        problems.append((found[0][0], "Rubrikerna står i fel ordning", f"ordningen är: {'; '.join(SKELETON)}."))
    if any(line.startswith("# ") for line in narrative.splitlines()):
        problems.append((1, "Berättelsen har en egen huvudrubrik (#)", "ta bort den; sidan får kommunens namn."))
    return problems
