"""Er plan's one definition: the five template pages, data/plan.yml and data/krav.yml as the JSON the
planner reads (PLAN_INTERFACE.md). Built once per build from checked text; every plan page embeds it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from handbok.models import Step
from handbok.models_notes import Duty
from handbok.models_plan import PlanFile
from handbok.plan_blocks import Block, placeholders, read_template
from handbok.plan_links import Index, check_links
from handbok.problems import Problems
from handbok.yaml_source import YamlDocument

FORMAT = 1
ELEMENT_ID = "handbok-plan-definition"
_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


def served(page: str) -> str:
    """A page under docs/ as its site-relative address: processen/steg-2-x.md -> processen/steg-2-x/."""
    stem = page.removesuffix(".md")
    return "" if stem == "index" else stem.removesuffix("index") if stem.endswith("/index") else stem + "/"


@dataclass(frozen=True)
class Definition:
    """The definition as data, and the templates' blocks by document for the pages that show them."""

    data: dict[str, Any] = field(default_factory=dict)

    @property
    def documents(self) -> list[dict[str, Any]]:
        return list(self.data.get("documents", []))

    def document(self, name: str) -> dict[str, Any] | None:
        return next((document for document in self.documents if document["id"] == name), None)

    def script(self) -> str:
        """The definition as an inline JSON data block; < > & escaped, so no text can end the element."""
        text = json.dumps(self.data, ensure_ascii=False, separators=(",", ":"))
        for char, escaped in _ESCAPES.items():
            text = text.replace(char, escaped)
        return f'<script type="application/json" id="{ELEMENT_ID}">{text}</script>'


def block_placeholders(blocks: list[Block]) -> list[str]:
    """Every [Placeholder] of a document's blocks, in order (headings, fields, table headers and cells)."""
    found: list[str] = []
    for block in blocks:
        if block["type"] == "heading":
            found += block["placeholders"]
        elif block["type"] == "field":
            found += placeholders(block["placeholder"])
        elif block["type"] == "table":
            found += [p for row in [block["columns"], *block["rows"]] for cell in row for p in placeholders(cell)]
    return found


def _requirements(duties: list[Duty], steps: dict[int, Step], drafted: set[str]) -> list[dict[str, Any]]:
    rows = []
    for duty in duties:
        pages = [served(steps[number].page) for number in duty.steps if number in steps]
        names = [name for name in (duty.id, *duty.templates) if name in drafted]
        template = next(iter([*names, *duty.templates]), None)
        rows.append(
            {
                "id": duty.id,
                "kind": duty.kind,
                "title": duty.name,
                "text": duty.text,
                "who": duty.who,
                "basis": duty.basis,
                "step": pages[0] if pages else None,
                "steps": pages,
                "template": f"mallar/{template}/" if template else None,
                "document": names[0] if names else None,
            }
        )
    return rows


def build_definition(
    plan: PlanFile,
    document: YamlDocument,
    templates: dict[str, str],
    duties: list[Duty],
    steps: list[Step],
    problems: Problems,
) -> Definition:
    """`templates`: template id -> its page's whole text. Problems for a document without a template,
    a tip that links to no page is left to the page-link check, and every wrong link id or column."""
    shared = {item.placeholder: item.id for item in plan.shared}
    by_number = {step.number: step for step in steps}
    index = Index()
    documents = []
    for position, item in enumerate(plan.documents):
        page = templates.get(item.id)
        if page is None:
            problems.add(
                document.file,
                document.line_of(("dokument", position, "id")),
                f"Mallen docs/mallar/{item.id}.md finns inte",
                f"skriv id:t på en av mallarna: {', '.join(sorted(templates))}.",
            )
            continue
        for step_position, number in enumerate(item.steps):
            if number not in by_number:
                problems.add(
                    document.file,
                    document.line_of(("dokument", position, "steg", step_position)),
                    f"Steg {number} finns inte i data/steg.yml",
                    f"skriv ett av stegnumren {sorted(by_number)}.",
                )
        title, blocks = read_template(item.id, page, shared)
        index.add(item.id, blocks)
        documents.append(
            {
                "id": item.id,
                "name": item.name,
                "title": title,
                "page": f"plan/{item.id}/",
                "template": f"mallar/{item.id}/",
                "files": {kind: f"mallar/{item.id}.{kind}" for kind in ("docx", "odt")},
                "optional": item.optional,
                "steps": [served(by_number[n].page) for n in item.steps if n in by_number],
                "help": [{"text": hint.text, "page": served(hint.page)} for hint in item.hints],
                "blocks": blocks,
            }
        )
    links = check_links(plan.links, index, document, problems)
    drafted = {str(item["id"]) for item in documents}
    return Definition(
        {
            "format": FORMAT,
            "documents": documents,
            "shared": [{"id": item.id, "placeholder": item.placeholder} for item in plan.shared],
            "links": links,
            "requirements": _requirements(duties, by_number, drafted),
        }
    )
