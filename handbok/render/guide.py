"""The editors' guide, generated from the models and the broken-input fixtures so it never drifts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from handbok.checks.text_metrics import lix_and_words, prose_of_markdown
from handbok.model.schemas import committed
from handbok.render.html import block, esc, table

FACT_MODELS = ("Known", "Unknown", "Disputed", "Claim")  # explained once, in prose, on the guide page
TYPES = {
    "boolean": "true eller false",
    "string": "text",
    "integer": "heltal",
    "number": "tal",
    "array": "lista",
    "object": "fält",
    "null": "tomt",
}


def _type(spec: dict[str, Any]) -> str:
    if "$ref" in spec:
        name = spec["$ref"].rsplit("/", 1)[-1]
        return "uppgift (se Uppgifter och tvivel)" if name.startswith(FACT_MODELS) else f"se {name}"
    if "const" in spec or "enum" in spec:
        return "ett av: " + ", ".join(str(value) for value in spec.get("enum", [spec.get("const")]))
    if "anyOf" in spec or "oneOf" in spec:
        kinds = [_type(option) for option in spec.get("anyOf", spec.get("oneOf", []))]
        return " eller ".join(dict.fromkeys(kinds))
    if spec.get("type") == "array":
        return f"lista med {_type(spec.get('items', {}))}"
    if spec.get("format") == "date":
        return "datum ÅÅÅÅ-MM-DD"
    return TYPES.get(str(spec.get("type")), "värde")


def _fields_table(title: str, definition: dict[str, Any]) -> str:
    required = set(definition.get("required", []))
    rows = [
        [f"<code>{esc(name)}</code>", "ja" if name in required else "nej", esc(_type(spec)),
         esc(spec.get("description", ""))]
        for name, spec in definition.get("properties", {}).items()
    ]  # fmt: skip
    caption = f"{title}: {definition.get('description', '')}".strip()
    return table(caption, ["Fält", "Krävs", "Sort", "Förklaring"], rows)


def fields(root: Path, kind: str) -> str:
    """One table per part of a YAML kind: every field, whether it is required, its sort."""
    generated = committed(root, kind)
    parts = [_fields_table("Filen", generated)]
    for name, definition in generated.get("$defs", {}).items():
        if definition.get("type") == "object" and not name.startswith(FACT_MODELS):
            parts.append(_fields_table(name, definition))
    return block("".join(parts))


def readability(pages: dict[str, str]) -> str:
    """LIX and word count for every page's prose, hardest first."""
    rows = []
    for name, markdown in pages.items():
        score, count = lix_and_words(prose_of_markdown(markdown))
        level = "lätt" if score < 40 else ("medelsvår" if score <= 50 else "svår: skriv om")
        rows.append((score, [f"<code>{esc(name)}</code>", f"{score:.0f}", level, str(count)]))
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
