"""Validate loaded YAML against a model; every pydantic error becomes a Swedish problem."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from handbok.model import year_doubt
from handbok.problems import Problems
from handbok.sources.yaml_source import YamlDocument

M = TypeVar("M", bound=BaseModel)
GUIDE = "se exemplet i redaktörsguiden"


def validate(
    document: YamlDocument, model: type[M], problems: Problems, place: str = "den här sortens fil"
) -> M | None:
    """The model, or None with one Swedish problem per error; `place` names where an unknown field is not allowed."""
    try:
        return model.model_validate(document.data)
    except ValidationError as error:
        for detail in error.errors(include_url=False):
            location = _without_branch_tags(detail["loc"])
            what, fix = explain(detail, location, place, document.data)
            problems.add(document.file, document.line_of(location), what, fix)
        return None


def _without_branch_tags(loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    """Union branch tags (känd, okänd, text, and omstridd before the key of that name) are not keys in the file."""
    kept = []
    for index, part in enumerate(loc):
        is_tag = part in ("känd", "okänd", "text") or (
            part == "omstridd" and loc[index + 1 : index + 2] == ("omstridd",)
        )
        if not is_tag:
            kept.append(part)
    return tuple(kept)


def _field(location: tuple[Any, ...]) -> str:
    names = [str(part) for part in location if isinstance(part, str)]
    return names[-1] if names else "filen"


def explain(detail: ErrorDetails, location: tuple[Any, ...], place: str = "den här sortens fil",
            data: Any = None) -> tuple[str, str]:  # fmt: skip
    """What happened and what to do, in Swedish, for one pydantic error (`data`: the file, for examples)."""
    kind, field, value = detail["type"], _field(location), detail.get("input")
    context = detail.get("ctx") or {}
    shown = repr(value) if isinstance(value, str) else str(value)
    if kind == "string_pattern_mismatch" and "kommunkod" in location:
        fix = 'skriv koden inom citattecken, till exempel värde: "0862"; SCB har en lista över kommunkoderna.'
        return f"Kommunkoden ska vara fyra siffror, inte {shown}", fix
    if kind in ("int_parsing", "string_pattern_mismatch"):
        if doubt := year_doubt.advice(value, tuple(detail["loc"]), location, data):
            return doubt
    if kind == "missing":
        return f"Fältet '{field}' saknas", f"lägg till '{field}:' med ett värde ({GUIDE})."
    if kind == "extra_forbidden":
        return f"Fältet '{field}' finns inte i {place}", "ta bort det eller rätta stavningen."
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"'{field}' ska vara ett heltal, inte {shown}", _number_fix(field, tuple(detail["loc"]))
    if kind in ("float_parsing", "float_type"):
        return (
            f"'{field}' ska vara ett tal, inte {shown}",
            "skriv talet med punkt som decimaltecken, till exempel 300.64.",
        )
    if kind in ("greater_than_equal", "less_than_equal"):
        return f"'{field}' har värdet {shown}, som ligger utanför det möjliga", f"rätta värdet ({GUIDE})."
    if kind in ("date_from_datetime_parsing", "date_parsing", "date_type"):
        return f"'{field}' ska vara ett datum, inte {shown}", "skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2023-07-01."
    if kind in ("string_type",):
        return f"'{field}' ska vara en text", "skriv texten på samma rad, efter kolon."
    if kind == "string_too_short":
        return f"'{field}' är tom eller för kort", "skriv en text på minst två tecken."
    if kind == "string_too_long":
        return f"'{field}' är för lång", f"korta texten till högst {context.get('max_length')} tecken."
    if kind == "string_pattern_mismatch":
        return f"'{field}' har fel form: {shown}", _pattern_fix(field)
    if kind == "list_type":
        return f"'{field}' ska vara en lista", "skriv [a, b] eller en rad per punkt som börjar med '- '."
    if kind == "too_short" and field == "omstridd":
        return (
            "En omstridd uppgift har bara ett värde",
            "skriv varje värde som källorna anger, med sina källor; "
            "finns bara ett, skriv {värde, källor, osäker: varför} i stället.",
        )
    if kind == "too_short":
        return f"Listan '{field}' är tom", "lägg till minst en punkt."
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"'{field}' ska ha underfält", f"skriv fälten på egna rader med två mellanslag indrag ({GUIDE})."
    if kind == "literal_error":
        expected = str(context.get("expected", "")).replace(" or ", " eller ")
        return f"'{field}' kan inte vara {shown}", f"skriv ett av: {expected}."
    if kind == "value_error":
        what, _, fix = str(context.get("error", detail["msg"])).partition("|")  # "what|fix", {fält} = the field
        return what.replace("{fält}", field), fix or f"rätta värdet ({GUIDE})."
    return f"'{field}' har ett värde som inte passar: {shown}", f"rätta värdet ({GUIDE})."


def _number_fix(field: str, raw_location: tuple[int | str, ...]) -> str:
    """Where a year may be unknown or uncertain, say how to write that instead of guessing."""
    digits = "skriv siffror utan mellanslag, till exempel 2019"
    if field == "år" and raw_location[-2:] == ("år", "känd"):  # the field itself may be {uppgift_saknas}
        return f'{digits}, eller skriv {{uppgift_saknas: "varför"}} om året är okänt.'
    if field == "år" and ("känd" in raw_location or "omstridd" in raw_location):  # the year of a fact
        uncertain = 'Är året ungefärligt, skriv det troligaste och lägg till osäker: "varför".'
        return f"{digits}. {uncertain} Är det okänt, ta bort år."
    return f"{digits}."


def _pattern_fix(field: str) -> str:
    if field in ("från", "till"):
        return 'skriv "ÅÅÅÅ", "ÅÅÅÅ-MM" eller "ÅÅÅÅ-MM-DD" inom citattecken.'
    if field in ("källor", "id") or field.isdigit():
        return "skriv ett id som i data/kallor.yml, till exempel H6 eller M-L2."
    if field == "sida":
        return "skriv sökvägen under docs/, till exempel processen/steg-1-initiera.md."
    return "använd små bokstäver a–z, siffror och bindestreck, till exempel kommunal-samordnare."
