"""The macros editors may call from a page with `render_macros: true`.

Each macro has a validator that page_safety runs before rendering, so a wrong argument
is reported with file and line instead of a Python traceback.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from handbok import render_cases, render_guide, render_handbook, render_svg
from handbok.repository import Handbook
from handbok.schemas import KINDS

TEMPLATES = ("samverkansoverenskommelse", "atgardsplan", "medborgarlofte", "uppfoljningsplan")


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


def _prose_pages(root: Path) -> dict[str, str]:
    paths = [*sorted((root / "docs").rglob("*.md")), *sorted((root / "cases").glob("*.md"))]
    return {path.relative_to(root).as_posix(): path.read_text(encoding="utf-8") for path in paths}


def _kind(handbook: Handbook, args: list[Any]) -> str | None:
    if args[0] not in KINDS:
        return f"YAML-sorten {args[0]!r} finns inte|skriv ett av: {', '.join(KINDS)}."
    return None


def macros_for(
    handbook: Handbook, page_dir: Callable[[], str], root: Path, page_url: Callable[[], str] = lambda: ""
) -> dict[str, Macro]:
    """Every macro, bound to the loaded handbook. `page_dir` gives the current page's source folder,
    `page_url` its address in the built site."""

    def step(number: int) -> Any:
        return handbook.step(number)

    return {
        "klart_nar": Macro(lambda n: render_handbook.checklist(step(n)), 1, _step),
        "ansvar": Macro(lambda n: render_handbook.duties(step(n), handbook.roles), 1, _step),
        "vem_gor_vad": Macro(lambda: render_handbook.matrix(handbook.steps, handbook.roles), 0),
        "processcykel": Macro(lambda: render_svg.process_cycle(handbook.steps, page_dir()), 0),
        "tidslinje": Macro(lambda: render_handbook.timeline(handbook.events), 0),
        "ordlista": Macro(lambda: render_handbook.glossary(handbook.terms), 0),
        "kallforteckning": Macro(lambda: render_handbook.bibliography(handbook.sources), 0),
        "jamforelse": Macro(lambda: render_cases.comparison(handbook.cases, handbook.roles), 0),
        "fall_lista": Macro(lambda: render_cases.case_list(handbook.cases), 0),
        "mall_nedladdning": Macro(lambda name: render_handbook.downloads(name, page_url()), 1, _template),
        "falt": Macro(lambda kind: render_guide.fields(root, kind), 1, _kind),
        "lix_tabell": Macro(lambda: render_guide.readability(_prose_pages(root)), 0),
        "felmeddelanden": Macro(lambda: render_guide.error_catalogue(root / "tests" / "fixtures" / "broken"), 0),
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


def register(env: Any) -> None:
    """Register every macro of the handbook with the mkdocs-macros environment."""
    plugin = env.conf["plugins"]["handbok"]

    def page_dir() -> str:
        return posixpath.dirname(str(env.page.file.src_uri))

    def page_url() -> str:
        return str(env.page.url)

    for name, macro in macros_for(plugin.handbook, page_dir, plugin.root, page_url).items():
        env.macro(macro.render, name)
