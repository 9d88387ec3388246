"""The macros an editor may call from a page with `render_macros: true`: one registry.

Each macro says how many arguments it takes, how its arguments are checked against the data,
and which data files (under data/) it shows; `cases` means it shows every case's facts. The
check validates every call with it before anything is rendered; `render.macro_table` renders
a macro when its page asks; the page's "Föreslå en ändring" links and the pull request's
summary ask it which data a page shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from handbok.checks.page_safety import Validator
from handbok.model.handbook import Handbook
from handbok.model.plan import OTHER_PAGES
from handbok.model.schemas import KINDS
from handbok.model.site_pages import TEMPLATES


def _any(handbook: Handbook, args: list[Any]) -> str | None:
    return None


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


def _kind(handbook: Handbook, args: list[Any]) -> str | None:
    if args[0] not in KINDS:
        return f"YAML-sorten {args[0]!r} finns inte|skriv ett av: {', '.join(KINDS)}."
    return None


def _plan_page(handbook: Handbook, args: list[Any]) -> str | None:
    if handbook.plan is None:
        return "Filen data/plan.yml saknas|återställ den från huvudgrenen (main); den beskriver Er plan."
    pages = [*OTHER_PAGES[:1], *(item.id for item in handbook.plan.documents), *OTHER_PAGES[1:]]
    if args[0] not in pages:
        return f"Sidan {args[0]!r} finns inte i Er plan|skriv ett av: {', '.join(pages)}."
    return None


@dataclass(frozen=True)
class Macro:
    arity: int
    data: tuple[str, ...] = ()  # the data files whose content it shows
    cases: bool = False  # it shows every case's facts
    check: Callable[[Handbook, list[Any]], str | None] = _any


STEPS, ROLES = "steg.yml", "roller.yml"
MACROS: dict[str, Macro] = {
    "klart_nar": Macro(1, (STEPS,), check=_step),
    "ansvar": Macro(1, (STEPS, ROLES), check=_step),
    "vem_gor_vad": Macro(0, (STEPS, ROLES)),
    "processcykel": Macro(0, (STEPS,)),
    "tidslinje": Macro(0, ("tidslinje.yml",)),
    "ordlista": Macro(0, ("ordlista.yml",)),
    "kallforteckning": Macro(0, ("kallor.yml",)),
    "jamforelse": Macro(0, cases=True),
    "fall_lista": Macro(0, cases=True),
    "mall_nedladdning": Macro(1, check=_template),
    "alla_mallar": Macro(0),
    "falt": Macro(1, check=_kind),
    "lix_tabell": Macro(0),
    "felmeddelanden": Macro(0),
    "krav_och_rekommendationer": Macro(0, ("krav.yml",)),
    "lagen_i_steget": Macro(1, ("krav.yml",), check=_step),
    "stegen_som_meny": Macro(0, (STEPS,)),
    "borja_har": Macro(0, (ROLES,)),
    "andringar": Macro(0, ("andringar.yml",)),
    "senaste_andringar": Macro(1, ("andringar.yml",), check=_count),
    "plan_sida": Macro(1, check=_plan_page),
}


def validators(handbook: Handbook, check_arguments: bool = True) -> dict[str, Validator]:
    """A validator per macro: the number of arguments, and (with good data) their values."""

    def validator(name: str, macro: Macro) -> Validator:
        def check(args: list[object]) -> str | None:
            if len(args) != macro.arity:
                return f"Makrot {name} ska ha {macro.arity} argument, inte {len(args)}|rätta anropet."
            return macro.check(handbook, list(args)) if check_arguments else None

        return check

    return {name: validator(name, macro) for name, macro in MACROS.items()}


CALL = re.compile(r"\{\{\s*([A-Za-z_]\w*)\s*\(")


def called(body: str) -> list[str]:
    """The registered macros a page's text calls, once each, in order of first call."""
    return [name for name in dict.fromkeys(CALL.findall(body)) if name in MACROS]


def showing(data_file: str) -> tuple[str, ...]:
    """The macros that show `data_file` (a name under data/, such as "steg.yml")."""
    return tuple(name for name, macro in MACROS.items() if data_file in macro.data)


def showing_cases() -> tuple[str, ...]:
    return tuple(name for name, macro in MACROS.items() if macro.cases)
