"""The editors' guide, generated from the models and the broken-input fixtures so it never drifts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from handbok.checks.readability import level
from handbok.checks.text_metrics import lix_and_words, prose_of_markdown
from handbok.model.fact import PAGE, PARTIAL_DATE, SLUG, SOURCE_ID
from handbok.model.schemas import committed
from handbok.render.html import block, esc, table

FACT_MODELS = ("Known", "Unknown", "Disputed", "Claim")  # explained once, in prose, on the guide page
FACT = "uppgift (se Uppgifter och tvivel)"
TYPES = {  # a value's sort in Swedish: one, many
    "boolean": ("true eller false", "true eller false"),
    "string": ("text", "texter"),
    "integer": ("heltal", "heltal"),
    "number": ("tal", "tal"),
    "array": ("lista", "listor"),
    "object": ("fält", "fält"),
    "null": ("tomt", "tomt"),
}
PATTERNS = {  # text of a given form
    SOURCE_ID: ("källhänvisning (id ur data/kallor.yml)", "källhänvisningar (id ur data/kallor.yml)"),
    SLUG: ("id (a–z, siffror, bindestreck)", "id (a–z, siffror, bindestreck)"),
    PARTIAL_DATE: ('datum "ÅÅÅÅ", "ÅÅÅÅ-MM" eller "ÅÅÅÅ-MM-DD"', 'datum "ÅÅÅÅ", "ÅÅÅÅ-MM" eller "ÅÅÅÅ-MM-DD"'),
    PAGE: ("sökväg till en sida under docs/", "sökvägar till sidor under docs/"),
}
Defs = dict[str, dict[str, Any]]


def _type(spec: dict[str, Any], defs: Defs, many: bool = False) -> str:
    """A field's sort in Swedish words, as an editor reads it: "lista av överenskommelser"."""
    if "$ref" in spec:
        name = spec["$ref"].rsplit("/", 1)[-1]
        if name.startswith(FACT_MODELS):
            return "uppgifter (se Uppgifter och tvivel)" if many else FACT
        definition = defs.get(name, {})
        return str(definition.get("flertal" if many else "title", name))
    if "const" in spec or "enum" in spec:
        return "ett av: " + ", ".join(str(value) for value in spec.get("enum", [spec.get("const")]))
    if "anyOf" in spec or "oneOf" in spec:
        kinds = [_type(option, defs, many) for option in spec.get("anyOf", spec.get("oneOf", []))]
        return " eller ".join(dict.fromkeys(kinds))
    if spec.get("type") == "array":
        items = spec.get("items", {})
        if "enum" in items:
            return "lista med några av: " + ", ".join(map(str, items["enum"]))
        return f"lista av {_type(items, defs, many=True)}"
    if spec.get("format") == "date":
        return "datum ÅÅÅÅ-MM-DD"
    if spec.get("pattern") in PATTERNS:
        return PATTERNS[spec["pattern"]][many]
    return TYPES.get(str(spec.get("type")), ("värde", "värden"))[many]


def _sort(spec: dict[str, Any], defs: Defs) -> str:
    """The sort of a field; a field the checks require (krävs) is never empty, whatever its type allows."""
    sort = _type(spec, defs)
    return sort.removesuffix(" eller tomt") if str(spec.get("krävs", "")).startswith("ja") else sort


def _fields_table(title: str, definition: dict[str, Any], defs: Defs) -> str:
    required = set(definition.get("required", []))
    rows = [
        [f"<code>{esc(name)}</code>", esc(spec.get("krävs", "ja" if name in required else "nej")),
         esc(_sort(spec, defs)), esc(spec.get("description", ""))]
        for name, spec in definition.get("properties", {}).items()
    ]  # fmt: skip
    caption = f"{title}: {definition.get('description', '')}".strip()
    return table(caption, ["Fält", "Krävs", "Sort", "Förklaring"], rows)


def fields(root: Path, kind: str) -> str:
    """One table per part of a YAML kind: every field, whether it is required, its sort."""
    generated = committed(root, kind)
    defs: Defs = generated.get("$defs", {})
    parts = [_fields_table("Filen", generated, defs)]
    for name, definition in defs.items():
        if definition.get("type") == "object" and not name.startswith(FACT_MODELS):
            title = str(definition.get("title", name))
            parts.append(_fields_table(title[:1].upper() + title[1:], definition, defs))
    return block("".join(parts))


def readability(pages: dict[str, str]) -> str:
    """LIX and word count for every page's prose, hardest first."""
    rows = []
    for name, markdown in pages.items():
        score, count = lix_and_words(prose_of_markdown(markdown))
        shown = level(score) + (": skriv om" if level(score) == "svår" else "")
        rows.append((score, [f"<code>{esc(name)}</code>", f"{score:.0f}", shown, str(count)]))
    rows.sort(key=lambda row: -row[0])
    return block(table("LIX per sida", ["Fil", "LIX", "Nivå", "Ord"], [row for _, row in rows]))


def error_catalogue(fixtures: Path) -> str:
    """Every kind of mistake the build catches, with the message it prints (taken from the tests)."""
    rows = []
    for folder in sorted(fixtures.iterdir()):
        title = (folder / "rubrik.txt").read_text(encoding="utf-8").strip()
        messages = (folder / "expected.txt").read_text(encoding="utf-8").strip().splitlines()
        rows.append([esc(title), "<br>".join(f"<code>{esc(message)}</code>" for message in messages)])
    rows.sort(key=lambda row: row[0].casefold())
    return block(table("Misstag som stoppar bygget, och meddelandet du får", ["Misstag", "Meddelande"], rows))
