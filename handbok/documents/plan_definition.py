"""Er plan's one definition: the five template pages, data/plan.yml and data/krav.yml as the JSON the
planner reads (PLAN_INTERFACE.md). Built once per build from checked text; every plan page embeds it.
"""

from __future__ import annotations

from typing import Any

from handbok.documents.plan_blocks import Block, placeholders, read_template
from handbok.documents.plan_links import Index, check_links
from handbok.model.entries import Step
from handbok.model.notes import Duty
from handbok.model.plan import PlanDocument, PlanFile
from handbok.problems import Problems
from handbok.sources.yaml_source import YamlDocument

FORMAT = 1
TEMPLATE_DIR = "mallar"


def served(page: str) -> str:
    """A page under docs/ as its site-relative address: processen/steg-2-x.md -> processen/steg-2-x/."""
    stem = page.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("index") if stem.endswith("/index") else stem + "/"


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


def _document(item: PlanDocument, blocks: tuple[str, list[Block]], steps: dict[int, Step]) -> dict[str, Any]:
    title, content = blocks
    return {
        "id": item.id,
        "name": item.name,
        "title": title,
        "page": f"plan/{item.id}/",
        "template": f"{TEMPLATE_DIR}/{item.id}/",
        "files": {kind: f"{TEMPLATE_DIR}/{item.id}.{kind}" for kind in ("docx", "odt")},
        "optional": item.optional,
        "steps": [served(steps[number].page) for number in item.steps if number in steps],
        "help": [{"text": hint.text, "page": served(hint.page)} for hint in item.hints],
        "blocks": content,
    }


def build_definition(
    plan: PlanFile,
    source: YamlDocument,
    templates: dict[str, str],
    pages: set[str],
    handbook: tuple[list[Duty], list[Step]],
    problems: Problems,
) -> dict[str, Any]:
    """The definition. `templates`: template id -> its page's whole text; `pages`: every page under docs/.

    Problems (file and line in data/plan.yml) for a document without a template, a step or a tip's
    page that does not exist, and every link whose id or column the templates do not have.
    """
    duties, steps = handbook
    shared = {item.placeholder: item.id for item in plan.shared}
    by_number = {step.number: step for step in steps}
    index, documents = Index(), []

    def wrong(location: tuple[str | int, ...], what: str, fix: str) -> None:
        problems.add(source.file, source.line_of(("dokument", *location)), what, fix)

    for position, item in enumerate(plan.documents):
        for place, number in enumerate(item.steps):
            if number not in by_number:
                wrong(
                    (position, "steg", place),
                    f"Steg {number} finns inte i data/steg.yml",
                    f"skriv ett av stegnumren {sorted(by_number)}.",
                )
        for place, hint in enumerate(item.hints):
            if hint.page not in pages:
                wrong(
                    (position, "tips", place, "sida"),
                    f"Sidan docs/{hint.page} finns inte",
                    "skriv sökvägen under docs/, till exempel processen/steg-2-egna-forberedelser.md.",
                )
        page = templates.get(item.id)
        if page is None:
            wrong(
                (position, "id"),
                f"Mallen docs/{TEMPLATE_DIR}/{item.id}.md finns inte",
                f"skriv id:t på en av mallarna: {', '.join(sorted(templates))}.",
            )
            continue
        blocks = read_template(item.id, page, shared)
        index.add(item.id, blocks[1])
        documents.append(_document(item, blocks, by_number))
    return {
        "format": FORMAT,
        "documents": documents,
        "shared": [{"id": item.id, "placeholder": item.placeholder} for item in plan.shared],
        "links": check_links(plan.links, index, source, problems),
        "requirements": _requirements(duties, by_number, {item.id for item in plan.documents}),
    }
