"""The crosswalk: what the law requires and what is recommended, and where in the five steps it is met."""

from __future__ import annotations

from collections.abc import Callable

from handbok.model.entries import Step
from handbok.model.notes import Duty
from handbok.render.html import block, cite, esc, table

KIND = {"krav i lag": "Krav i lag", "möjlighet i lag": "Möjlighet i lag", "rekommendation": "Rekommendation"}
ORDER = list(KIND)  # what the law requires, what it allows, what is advised
TEMPLATE_NAMES = {
    "lagesbild": "Lägesbild",
    "samverkansoverenskommelse": "Samverkansöverenskommelse",
    "atgardsplan": "Åtgärdsplan",
    "medborgarlofte": "Medborgarlöfte",
    "uppfoljningsplan": "Uppföljningsplan",
}


def _kind(duty: Duty) -> str:
    css = {"krav i lag": "krav-i-lag", "möjlighet i lag": "mojlighet-i-lag"}.get(duty.kind, "rekommendation")
    return f'<span class="sort sort--{css}">{KIND[duty.kind]}</span>'


def _where(duty: Duty, steps: dict[int, Step], url_of: Callable[[str], str]) -> str:
    parts = []
    for number in duty.steps:
        step = steps[number]
        items = [item for item in duty.checklist if item.startswith(f"{number}.")]
        done = f" (Klart när: punkt {', '.join(item.split('.')[1] for item in items)})" if items else ""
        parts.append(f'<a href="{esc(url_of(step.page))}">Steg {number}: {esc(step.name)}</a>{done}')
    for name in duty.templates:
        parts.append(
            f'Mall: <a href="{esc(url_of(f"mallar/{name}.md"))}">{esc(TEMPLATE_NAMES.get(name, name))}</a>'
            f' · <a href="{esc(url_of(f"plan/{name}.md"))}">fyll i den i Er plan</a>'
        )
    return "<br>".join(parts)


def crosswalk(duties: list[Duty], steps: list[Step], url_of: Callable[[str], str]) -> str:
    """Every duty and recommendation as a table: kind, who, basis, where in the process it is met."""
    by_number = {step.number: step for step in steps}
    ordered = sorted(duties, key=lambda duty: (ORDER.index(duty.kind), min(duty.steps)))
    rows = [
        [f'{esc(duty.name)}<br><span class="krav__text">{esc(duty.text)} {cite(duty.sources)}</span>', _kind(duty),
         esc(duty.who), esc(duty.basis), _where(duty, by_number, url_of)]
        for duty in ordered
    ]  # fmt: skip
    headers = ["Vad", "Krav, möjlighet eller rekommendation", "Vem", "Grund", "Var i processen"]
    return block(table("Krav i lag och rekommendationer, steg för steg", headers, rows, css="krav"))


def in_step(duties: list[Duty], step: Step, url_of: Callable[[str], str]) -> str:
    """The short excerpt under "Det här kräver lagen i steget" on a step page, then what is recommended."""
    own = [duty for duty in duties if step.number in duty.steps]
    required = [duty for duty in own if duty.kind == "krav i lag"]
    allowed = [duty for duty in own if duty.kind == "möjlighet i lag"]
    recommended = [duty for duty in own if duty.kind == "rekommendation"]

    def items(chosen: list[Duty]) -> str:
        return "".join(f"<li><strong>{esc(d.name)}</strong> ({esc(d.basis)}): {esc(d.text)} {cite(d.sources)}</li>"
                       for d in chosen)  # fmt: skip

    unread = esc(url_of("fordjupning/lagen-2023.md")) + "#det-har-har-vi-inte-kunnat-kontrollera"
    law = (f"<ul>{items(required)}</ul>" if required
           else "<p>I de delar av lagen som vi har läst, 1–4 § och propositionens sammanfattning, finns inget krav "
                f'som hör till just det här steget. Resten av lagtexten har vi inte läst: <a href="{unread}">'
                "det här har vi inte kunnat kontrollera</a>.</p>")  # fmt: skip
    law += f"<p><strong>Lagen tillåter:</strong></p><ul>{items(allowed)}</ul>" if allowed else ""
    advice = f"<p><strong>Rekommenderas:</strong></p><ul>{items(recommended)}</ul>" if recommended else ""
    link = (
        f'<p><a href="{esc(url_of("fordjupning/krav-och-rekommendationer.md"))}">Alla krav och rekommendationer</a></p>'
    )
    return block(f'<div class="lagen-i-steget">{law}{advice}{link}</div>')
