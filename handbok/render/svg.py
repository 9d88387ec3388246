"""The five-step cycle as an accessible SVG: a title, a description and a list as text alternative.

Colours are presentation attributes, not CSS, so the figure looks the same on the site, in
print and in the PDF.
"""

from __future__ import annotations

import math
import posixpath

from handbok.model.entries import Step
from handbok.render.html import block, esc

INK, FILL = "#1d3557", "#e8eef6"


def _lines(name: str) -> list[str]:
    """Split a step name over at most two lines."""
    words = name.split()
    if len(words) < 2:
        return [name]
    middle = max(range(1, len(words)), key=lambda i: -abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return [" ".join(words[:middle]), " ".join(words[middle:])]


def process_cycle(steps: list[Step], page_dir: str) -> str:
    count, radius, cx, cy = len(steps), 125, 250, 200
    parts = []
    for index, step in enumerate(steps):
        angle = -math.pi / 2 + 2 * math.pi * index / count
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        start, end = angle + 0.32, angle + 2 * math.pi / count - 0.32
        x1, y1 = cx + radius * math.cos(start), cy + radius * math.sin(start)
        x2, y2 = cx + radius * math.cos(end), cy + radius * math.sin(end)
        parts.append(f'<path d="M{x1:.1f},{y1:.1f} A{radius},{radius} 0 0,1 {x2:.1f},{y2:.1f}" fill="none" '
                     f'stroke="{INK}" stroke-width="2" marker-end="url(#cykel-pil)"/>')  # fmt: skip
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="26" fill="{FILL}" stroke="{INK}" stroke-width="2"/>'
                     f'<text x="{x:.1f}" y="{y + 7:.1f}" text-anchor="middle" font-size="20" font-weight="bold" '
                     f'fill="{INK}">{step.number}</text>')  # fmt: skip
        # The name sits outside the circle, away from the centre.
        lx, ly = cx + (radius + 42) * math.cos(angle), cy + (radius + 42) * math.sin(angle)
        anchor = "middle" if abs(math.cos(angle)) < 0.3 else ("start" if math.cos(angle) > 0 else "end")
        lines = _lines(step.name)
        top = ly - 8 * (len(lines) - 1) + (6 if math.sin(angle) > 0.3 else 0) - (4 if math.sin(angle) < -0.3 else 0)
        spans = "".join(
            f'<tspan x="{lx:.1f}" y="{top + 17 * i:.1f}">{esc(line)}</tspan>' for i, line in enumerate(lines)
        )
        parts.append(f'<text text-anchor="{anchor}" font-size="14" fill="#111">{spans}</text>')
    names = ", ".join(f"{step.number} {step.name}" for step in steps)
    description = f"Samverkansprocessen är ett kretslopp i {count} steg: {names}. Efter sista steget börjar ni om."
    # The list is Markdown, so MkDocs checks and rewrites the links like any other.
    steps_list = "\n".join(f"{step.number}. [{step.name}]({posixpath.relpath(step.page, page_dir or '.')})"
                           for step in steps)  # fmt: skip
    return (
        block(
            '<figure class="cykel">'
            '<svg role="img" viewBox="0 0 500 400" aria-labelledby="cykel-titel cykel-beskrivning">'
            f'<title id="cykel-titel">Samverkansprocessen</title><desc id="cykel-beskrivning">{esc(description)}</desc>'
            '<defs><marker id="cykel-pil" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" '
            f'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{INK}"/></marker></defs>'
            '<rect x="0" y="0" width="500" height="400" fill="#ffffff" rx="8"/>'
            f"{''.join(parts)}</svg>"
            f"<figcaption>{esc(description)}</figcaption></figure>"
        )
        + steps_list
        + "\n"
        + progress(steps)
    )


def progress(steps: list[Step]) -> str:
    """Hidden without JavaScript; the script fills in how many checklist items are ticked."""
    items = "".join(
        f'<li class="framsteg" data-steg="{esc(step.id)}" data-antal="{len(step.done_when)}">'
        f'Steg {step.number}, {esc(step.name)}: <span class="framsteg__antal"></span></li>'
        for step in steps
    )
    return block(
        '<div class="framsteg-lista" hidden><p><strong>Dina bockar i checklistorna</strong> '
        "(sparas bara i din webbläsare):</p>"
        f"<ul>{items}</ul></div>"
    )
