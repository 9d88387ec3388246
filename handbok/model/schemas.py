"""JSON Schemas for every YAML kind, generated from the models and committed under schemas/.

`python -m handbok.model.schemas` writes them; `--check` exits non-zero if a committed schema
differs from the models. VS Code reads them through the yaml-language-server comment on the
first line of each YAML file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from handbok.model.case import Case
from handbok.model.entries import EventFile, RoleFile, SourceFile, StepFile, TermFile
from handbok.model.front_matter import FrontMatter
from handbok.model.notes import ChangeFile, DutyFile
from handbok.model.plan import PlanFile

KINDS: dict[str, tuple[type[BaseModel], str]] = {
    "kallor": (SourceFile, "Källor (data/kallor.yml)"),
    "roller": (RoleFile, "Roller (data/roller.yml)"),
    "steg": (StepFile, "Stegen i samverkansprocessen (data/steg.yml)"),
    "ordlista": (TermFile, "Ordlista (data/ordlista.yml)"),
    "tidslinje": (EventFile, "Tidslinje (data/tidslinje.yml)"),
    "fall": (Case, "Fallstudie (cases/<kommun>.yml)"),
    "andringar": (ChangeFile, "Ändringar (data/andringar.yml)"),
    "krav": (DutyFile, "Krav och rekommendationer (data/krav.yml)"),
    "plan": (PlanFile, "Er plan: dokument, gemensamma platshållare och kopplingar (data/plan.yml)"),
    "sidhuvud": (FrontMatter, "Sidhuvud (överst i en sida under docs/, mellan två rader med ---)"),
}


def schema(kind: str) -> dict[str, Any]:
    model, title = KINDS[kind]
    generated = model.model_json_schema(by_alias=True, mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **generated, "title": title}


def render(kind: str) -> str:
    """The schema as committed: fields in the models' order, which the editors' guide shows."""
    return json.dumps(schema(kind), ensure_ascii=False, indent=2) + "\n"


def committed(root: Path, kind: str) -> dict[str, Any]:
    """The committed schema (a test keeps it equal to the models): read, not generated again."""
    loaded: dict[str, Any] = json.loads((root / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    return loaded


def main(argv: list[str]) -> int:
    folder = Path(__file__).resolve().parents[2] / "schemas"
    folder.mkdir(exist_ok=True)
    stale = []
    for kind in KINDS:
        path = folder / f"{kind}.schema.json"
        if "--check" in argv:
            if not path.is_file() or path.read_text(encoding="utf-8") != render(kind):
                stale.append(path.name)
        else:
            path.write_text(render(kind), encoding="utf-8")
    for name in stale:
        print(f"schemas/{name} stämmer inte med modellerna – kör: python -m handbok.model.schemas")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
