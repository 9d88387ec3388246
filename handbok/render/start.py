"""The start page's routes: the five steps as a menu, and where each kind of reader begins."""

from __future__ import annotations

from collections.abc import Callable

from handbok.model.entries import Role, Step
from handbok.render.html import block, esc


def step_menu(steps: list[Step], url_of: Callable[[str], str]) -> str:
    """Each step a link with one line on what it gives (its purpose from data/steg.yml)."""
    items = "".join(
        f'<li><a class="stegmeny__lank" href="{esc(url_of(step.page))}">'
        f'<span class="stegmeny__nummer" aria-hidden="true" data-search-exclude>{step.number}</span>'
        f'<span class="stegmeny__namn">Steg {step.number}: {esc(step.name)}</span></a>\n'
        f'<span class="stegmeny__syfte">{esc(step.purpose)}</span></li>'
        for step in steps
    )
    return block(f'<nav class="stegmeny" aria-label="De fem stegen"><ol>{items}</ol></nav>')


def reader_paths(roles: dict[str, Role], titles: dict[str, str], url_of: Callable[[str], str]) -> str:
    """ "Börja här": for each reader named in data/roller.yml, the pages to read first, in order."""
    cards = []
    for role in roles.values():
        if not role.reader or not role.start_pages:
            continue
        links = "".join(f'<li><a href="{esc(url_of(page))}">{esc(titles.get(page, page))}</a></li>'
                        for page in role.start_pages)  # fmt: skip
        name = esc(role.reader)
        cards.append(f'<section class="borja-har__kort" aria-label="{name}">'
                     f'<p class="borja-har__rubrik"><strong>{name}</strong></p><ol>{links}</ol></section>')  # fmt: skip
    return block(f'<div class="borja-har">{"".join(cards)}</div>')
