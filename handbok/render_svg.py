"""The five-step cycle as an accessible SVG: a title, a description and a list as text alternative."""

from __future__ import annotations

import math
import posixpath

from handbok.models import Step
from handbok.render_html import block, esc


def process_cycle(steps: list[Step], page_dir: str) -> str:
    count, radius, centre = len(steps), 120, 170
    nodes, arrows = [], []
    for index, step in enumerate(steps):
        angle = -math.pi / 2 + 2 * math.pi * index / count
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        nodes.append(
            f'<g class="cykel__steg"><circle cx="{x:.1f}" cy="{y:.1f}" r="44"/>'
            f'<text x="{x:.1f}" y="{y - 6:.1f}" text-anchor="middle" class="cykel__nummer">{step.number}</text>'
            f'<text x="{x:.1f}" y="{y + 14:.1f}" text-anchor="middle" class="cykel__namn">'
            f"{esc(_short(step.name))}</text></g>"
        )
        start, end = angle + 0.42, angle + 2 * math.pi / count - 0.42
        x1, y1 = centre + radius * math.cos(start), centre + radius * math.sin(start)
        x2, y2 = centre + radius * math.cos(end), centre + radius * math.sin(end)
        arrows.append(f'<path d="M{x1:.1f},{y1:.1f} A{radius},{radius} 0 0,1 {x2:.1f},{y2:.1f}" '
                      'class="cykel__pil" marker-end="url(#pil)"/>')  # fmt: skip
    names = ", ".join(f"{step.number} {step.name}" for step in steps)
    description = f"Samverkansprocessen är ett kretslopp i {count} steg: {names}. Efter sista steget börjar ni om."
    # The list is Markdown, so MkDocs checks and rewrites the links like any other.
    steps_list = "\n".join(f"{step.number}. [{step.name}]({posixpath.relpath(step.page, page_dir or '.')})"
                           for step in steps)  # fmt: skip
    return block(
        '<figure class="cykel">'
        f'<svg role="img" viewBox="0 0 340 340" aria-labelledby="cykel-titel cykel-beskrivning">'
        f'<title id="cykel-titel">Samverkansprocessen</title><desc id="cykel-beskrivning">{esc(description)}</desc>'
        '<defs><marker id="pil" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>'
        f'{"".join(arrows)}{"".join(nodes)}</svg>'
        f"<figcaption>{esc(description)}</figcaption></figure>"
    ) + steps_list + "\n"


def _short(name: str) -> str:
    """Fit a step name in its circle: the first word, or two short ones."""
    words = name.split()
    return words[0] if len(words[0]) > 9 or len(words) == 1 else " ".join(words[:2])
