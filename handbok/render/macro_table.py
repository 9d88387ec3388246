"""The macros editors may call from a page with `render_macros: true`, bound to the loaded handbook.

Each macro has a validator that page_safety runs before rendering, so a wrong argument
is reported with file and line instead of a Python traceback. The table is built once per
build (by `check.check_project`) and handed to mkdocs-macros as it is.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handbok.model.handbook import Handbook
from handbok.model.schemas import KINDS
from handbok.render import comparison as render_comparison
from handbok.render import duties as render_duties
from handbok.render import guide as render_guide
from handbok.render import handbook as render_handbook
from handbok.render import notes as render_notes
from handbok.render import plan as render_plan
from handbok.render import start as render_start
from handbok.render import svg as render_svg

TEMPLATES = ("lagesbild", "samverkansoverenskommelse", "atgardsplan", "medborgarlofte", "uppfoljningsplan")


@dataclass
class CurrentPage:
    """The page being rendered (its file under docs/), set by whoever renders pages, and the URL style."""

    uri: str = "index.md"
    directory_urls: bool = True  # False in the offline copy: pages are plain .html files

    @property
    def folder(self) -> str:
        return posixpath.dirname(self.uri)

    def url_of(self, target: str) -> str:
        """The relative address of the page `target` (a .md under docs/) from this page, as MkDocs writes it."""

        address = self._served(target)
        relative = posixpath.relpath(address or ".", self._base())
        return relative + "/" if address.endswith("/") or not address else relative

    def url_of_file(self, path: str) -> str:
        """The relative address of a file of the site (a download, say) from this page."""
        return posixpath.relpath(path, self._base())

    def _served(self, uri: str) -> str:
        stem = uri.removesuffix(".md")
        if not self.directory_urls:
            return stem + ".html"
        return "" if stem == "index" else (stem.removesuffix("index") if stem.endswith("/index") else stem + "/")

    def _base(self) -> str:
        here = self._served(self.uri)
        folder = here if here.endswith("/") or not here else posixpath.dirname(here)
        return folder.rstrip("/") or "."


@dataclass(frozen=True)
class Macro:
    render: Callable[..., str]
    arity: int
    check: Callable[[Handbook, list[Any]], str | None] = lambda handbook, args: None


def _step(handbook: Handbook, args: list[Any]) -> str | None:
    numbers = [step.number for step in handbook.steps]
    if not isinstance(args[0], int) or args[0] not in numbers:
        return f"Steg {args[0]!r} finns inte i data/steg.yml|skriv ett av stegnumren {numbers}."
    return None


def _template(handbook: Handbook, args: list[Any]) -> str | None:
    if args[0] not in TEMPLATES:
        return f"Mallen {args[0]!r} finns inte|skriv ett av: {', '.join(TEMPLATES)}."
    return None


def _count(handbook: Handbook, args: list[Any]) -> str | None:
    if not isinstance(args[0], int) or not 1 <= args[0] <= 20:
        return f"Antalet {args[0]!r} går inte att visa|skriv ett heltal från 1 till 20."
    return None


def _prose_pages(root: Path) -> dict[str, str]:
    paths = [*sorted((root / "docs").rglob("*.md")), *sorted((root / "cases").glob("*.md"))]
    return {path.relative_to(root).as_posix(): path.read_text(encoding="utf-8") for path in paths}


def _kind(handbook: Handbook, args: list[Any]) -> str | None:
    if args[0] not in KINDS:
        return f"YAML-sorten {args[0]!r} finns inte|skriv ett av: {', '.join(KINDS)}."
    return None


def _plan_page(handbook: Handbook, args: list[Any]) -> str | None:
    if handbook.plan is None:
        return "Filen data/plan.yml saknas|återställ den från huvudgrenen (main); den beskriver Er plan."
    pages = [*render_plan.OTHER_PAGES[:1], *(item.id for item in handbook.plan.documents), *render_plan.OTHER_PAGES[1:]]
    if args[0] not in pages:
        return f"Sidan {args[0]!r} finns inte i Er plan|skriv ett av: {', '.join(pages)}."
    return None


def macros_for(
    handbook: Handbook, root: Path, current: CurrentPage, titles: dict[str, str], plan: dict[str, Any]
) -> dict[str, Macro]:
    """Every macro, bound to the loaded handbook; `current` says which page is being rendered.

    `titles` (page -> title) and `plan` (Er plan's definition) are filled in once the pages are read.
    """

    def plan_page(name: str) -> str:
        assert handbook.plan is not None  # _plan_page refused the call otherwise
        data = (handbook.plan, handbook.duties, handbook.steps)
        return render_plan.page(name, plan, data, titles, (current.url_of, current.url_of_file))

    def step(number: int) -> Any:
        return handbook.step(number)

    return {
        "klart_nar": Macro(lambda n: render_handbook.checklist(step(n)), 1, _step),
        "ansvar": Macro(lambda n: render_handbook.duties(step(n), handbook.roles), 1, _step),
        "vem_gor_vad": Macro(lambda: render_handbook.matrix(handbook.steps, handbook.roles), 0),
        "processcykel": Macro(lambda: render_svg.process_cycle(handbook.steps, current.folder), 0),
        "tidslinje": Macro(lambda: render_handbook.timeline(handbook.events), 0),
        "ordlista": Macro(lambda: render_handbook.glossary(handbook.terms), 0),
        "kallforteckning": Macro(lambda: render_handbook.bibliography(handbook.sources), 0),
        "jamforelse": Macro(lambda: render_comparison.comparison(handbook.cases, handbook.roles, current.url_of), 0),
        "fall_lista": Macro(lambda: render_comparison.case_list(handbook.cases), 0),
        "mall_nedladdning": Macro(
            lambda name: render_handbook.downloads(name, current.url_of_file, current.url_of), 1, _template
        ),
        "alla_mallar": Macro(lambda: render_handbook.all_downloads(TEMPLATES, titles, current.url_of_file), 0),
        "falt": Macro(lambda kind: render_guide.fields(root, kind), 1, _kind),
        "lix_tabell": Macro(lambda: render_guide.readability(_prose_pages(root)), 0),
        "felmeddelanden": Macro(lambda: render_guide.error_catalogue(root / "tests" / "fixtures" / "broken"), 0),
        "krav_och_rekommendationer": Macro(
            lambda: render_duties.crosswalk(handbook.duties, handbook.steps, current.url_of), 0
        ),
        "lagen_i_steget": Macro(lambda n: render_duties.in_step(handbook.duties, step(n), current.url_of), 1, _step),
        "stegen_som_meny": Macro(lambda: render_start.step_menu(handbook.steps, current.url_of), 0),
        "borja_har": Macro(lambda: render_start.reader_paths(handbook.roles, titles, current.url_of), 0),
        "andringar": Macro(lambda: render_notes.all_notes(handbook.notes, titles, current.folder), 0),
        "senaste_andringar": Macro(lambda n: render_notes.teaser(handbook.notes, n, current.folder), 1, _count),
        "plan_sida": Macro(plan_page, 1, _plan_page),
    }


def validators(macros: dict[str, Macro], handbook: Handbook,
               check_arguments: bool = True) -> dict[str, Callable[[list[object]], str | None]]:  # fmt: skip
    def validator(name: str, macro: Macro) -> Callable[[list[object]], str | None]:
        def check(args: list[object]) -> str | None:
            if len(args) != macro.arity:
                return f"Makrot {name} ska ha {macro.arity} argument, inte {len(args)}|rätta anropet."
            return macro.check(handbook, list(args)) if check_arguments else None

        return check

    return {name: validator(name, macro) for name, macro in macros.items()}
