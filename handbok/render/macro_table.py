"""Each macro of the registry (`checks.macros`) bound to its renderer: it renders when its page asks.

mkdocs-macros (or another generator's macros extension) calls the table's functions while it
renders a page; `current` says which page that is. Nothing is rendered before.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from handbok.checks.macros import MACROS
from handbok.model.handbook import Handbook
from handbok.model.site_pages import TEMPLATES
from handbok.render import comparison as render_comparison
from handbok.render import duties as render_duties
from handbok.render import guide as render_guide
from handbok.render import handbook as render_handbook
from handbok.render import notes as render_notes
from handbok.render import plan as render_plan
from handbok.render import start as render_start
from handbok.render import svg as render_svg
from handbok.render.current_page import CurrentPage


def _prose_pages(root: Path) -> dict[str, str]:
    paths = [*sorted((root / "docs").rglob("*.md")), *sorted((root / "cases").glob("*.md"))]
    return {path.relative_to(root).as_posix(): path.read_text(encoding="utf-8") for path in paths}


def macros_for(
    handbook: Handbook, root: Path, current: CurrentPage, titles: dict[str, str], plan: dict[str, Any]
) -> dict[str, Callable[..., str]]:
    """Every macro's renderer, bound to the checked handbook, its pages' titles and Er plan's definition."""

    def plan_page(name: str) -> str:
        assert handbook.plan is not None  # the check refused the call otherwise
        data = (handbook.plan, handbook.duties, handbook.steps)
        return render_plan.page(name, plan, data, titles, (current.url_of, current.url_of_file))

    def step(number: int) -> Any:
        return handbook.step(number)

    def folder() -> str:
        return current.folder

    url_of = current.url_of
    table: dict[str, Callable[..., str]] = {
        "klart_nar": lambda n: render_handbook.checklist(step(n)),
        "ansvar": lambda n: render_handbook.duties(step(n), handbook.roles),
        "vem_gor_vad": lambda: render_handbook.matrix(handbook.steps, handbook.roles),
        "processcykel": lambda: render_svg.process_cycle(handbook.steps, folder()),
        "tidslinje": lambda: render_handbook.timeline(handbook.events),
        "ordlista": lambda: render_handbook.glossary(handbook.terms),
        "kallforteckning": lambda: render_handbook.bibliography(handbook.sources),
        "jamforelse": lambda: render_comparison.comparison(handbook.cases, handbook.roles, url_of),
        "fall_lista": lambda: render_comparison.case_list(handbook.cases),
        "mall_nedladdning": lambda name: render_handbook.downloads(name, current.url_of_file, url_of),
        "alla_mallar": lambda: render_handbook.all_downloads(TEMPLATES, titles, current.url_of_file),
        "falt": lambda kind: render_guide.fields(root, kind),
        "lix_tabell": lambda: render_guide.readability(_prose_pages(root)),
        "felmeddelanden": lambda: render_guide.error_catalogue(root / "tests" / "fixtures" / "broken"),
        "krav_och_rekommendationer": lambda: render_duties.crosswalk(handbook.duties, handbook.steps, url_of),
        "lagen_i_steget": lambda n: render_duties.in_step(handbook.duties, step(n), url_of),
        "stegen_som_meny": lambda: render_start.step_menu(handbook.steps, url_of),
        "borja_har": lambda: render_start.reader_paths(handbook.roles, titles, url_of),
        "andringar": lambda: render_notes.all_notes(handbook.notes, titles, folder()),
        "senaste_andringar": lambda n: render_notes.teaser(handbook.notes, n, folder()),
        "plan_sida": plan_page,
    }
    if table.keys() != MACROS.keys():  # a programming mistake, found by every build and test
        raise RuntimeError(f"macro_table and checks.macros disagree: {sorted(table.keys() ^ MACROS.keys())}")
    return table
