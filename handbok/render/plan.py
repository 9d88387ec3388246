"""Er plan's pages (docs/plan/): what each part holds, shown without script; the planner's mount;
and the one definition, embedded in every plan page as a JSON data block the script reads."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from handbok.model.entries import Step
from handbok.model.notes import Duty
from handbok.model.plan import PlanFile
from handbok.render.html import block, esc

ELEMENT_ID = "handbok-plan-definition"
NEEDS_JS = "Planeringsverktyget behöver JavaScript. Utan det kan du ladda ner de tomma mallarna."
PRIVATE = "Allt du skriver stannar i din webbläsare. Ingenting skickas någonstans."
OTHER_PAGES = ("index", "kontrollera", "lagen")
KIND = {"krav i lag": "Krav i lag", "rekommendation": "Rekommendation"}
_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}
UrlOf = Callable[[str], str]


def definition_script(definition: dict[str, Any]) -> str:
    """The definition as an inline JSON data block; < > & escaped, so no text in it can end the element."""
    text = json.dumps(definition, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in _ESCAPES.items():
        text = text.replace(char, escaped)
    return f'<script type="application/json" id="{ELEMENT_ID}">{text}</script>'


def _downloads(name: str, title: str, url_of: UrlOf, url_of_file: UrlOf) -> str:
    word, odt = (esc(url_of_file(f"mallar/{name}.{kind}")) for kind in ("docx", "odt"))
    return (
        f'<p class="plan-mall">Den tomma mallen: <a href="{esc(url_of(f"mallar/{name}.md"))}">{esc(title)}</a>'
        f' · <a href="{word}" download>Word (.docx)</a> · <a href="{odt}" download>OpenDocument (.odt)</a></p>'
    )


def _item(block: dict[str, Any]) -> str:
    if block["type"] == "field":
        label = f"{esc(block['label'])}: " if block["label"] else ""
        return f"<li>{label}{esc(block['placeholder'])}</li>"
    columns = ", ".join(block["columns"])
    more = " Ni kan lägga till rader." if block["repeat"] else ""
    return f"<li>En tabell med kolumnerna {esc(columns)}.{more}</li>"


def contents(document: dict[str, Any]) -> str:
    """The document's headings, each with its fields and tables, as nested lists."""
    sections: list[tuple[dict[str, Any], list[str], list[tuple[dict[str, Any], list[str]]]]] = []
    for item in document["blocks"]:
        if item["type"] == "heading" and (item["level"] == 2 or not sections):
            sections.append((item, [], []))
        elif item["type"] == "heading":
            sections[-1][2].append((item, []))
        elif item["type"] in ("field", "table") and sections:
            (sections[-1][2][-1][1] if sections[-1][2] else sections[-1][1]).append(_item(item))

    def entry(heading: dict[str, Any], items: list[str]) -> str:
        inner = f"<ul>{''.join(items)}</ul>" if items else ""
        return f"<li><strong>{esc(heading['text'])}</strong>{inner}</li>"

    parts = [
        entry(heading, items + [entry(sub, sub_items) for sub, sub_items in subsections])
        for heading, items, subsections in sections
    ]
    return f'<ol class="plan-innehall">{"".join(parts)}</ol>'


def _tasks(definition: dict[str, Any], plan: PlanFile, url_of: UrlOf) -> str:
    names = {item.id: item for item in plan.documents}
    rows = []
    for document in definition["documents"]:
        item = names[document["id"]]
        optional = ' <span class="plan-valfri">(valfri)</span>' if item.optional else ""
        steps = " och ".join(str(number) for number in item.steps)
        rows.append(
            f'<li><a href="{esc(url_of(f"plan/{item.id}.md"))}">{esc(item.name)}</a>{optional} – steg {steps}</li>'
        )
    checks = (
        f'<p><a href="{esc(url_of("plan/kontrollera.md"))}">Kontrollera era svar</a> · '
        f'<a href="{esc(url_of("plan/lagen.md"))}">Läget mot lagen</a></p>'
    )
    return f'<ol class="plan-uppgifter">{"".join(rows)}</ol>{checks}'


def law(duties: list[Duty], steps: list[Step], drafted: set[str], url_of: UrlOf) -> str:
    """Every row of data/krav.yml: what it is, whether law or advice, its steps, its template and plan part."""
    by_number = {step.number: step for step in steps}
    rows = []
    for duty in duties:
        links = [
            f'<a href="{esc(url_of(by_number[n].page))}">Steg {n}: {esc(by_number[n].name)}</a>'
            for n in duty.steps
            if n in by_number
        ]
        parts = [name for name in dict.fromkeys([duty.id, *duty.templates]) if name in drafted]
        where = [f'<a href="{esc(url_of(f"mallar/{name}.md"))}">Mall</a>' for name in duty.templates]
        where += [f'<a href="{esc(url_of(f"plan/{name}.md"))}">Fyll i här</a>' for name in parts[:1]]
        rows.append(
            f'<tr><th scope="row">{esc(duty.name)}<br><span class="krav__text">{esc(duty.text)}</span></th>'
            f"<td>{KIND.get(duty.kind, esc(duty.kind))}</td><td>{'<br>'.join(links)}</td>"
            f"<td>{' · '.join(where) or 'Ingen mall. Skriv själv vad som finns.'}</td></tr>"
        )
    head = "".join(f'<th scope="col">{name}</th>' for name in ("Vad", "Krav eller rekommendation", "Steg", "Mall"))
    return (
        '<div class="handbok-tabell plan-lagen" role="region" aria-label="Krav och rekommendationer" tabindex="0">'
        f"<table><caption>Krav i lag och rekommendationer</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def page(
    name: str,
    definition: dict[str, Any],
    handbook: tuple[PlanFile, list[Duty], list[Step]],
    titles: dict[str, str],
    links: tuple[UrlOf, UrlOf],
) -> str:
    """A plan page: the privacy sentence, what works without script, the app's mount, the definition."""
    plan, duties, steps = handbook
    url_of, url_of_file = links
    document = next((d for d in definition["documents"] if d["id"] == name), None)
    if document is not None:
        hints = "".join(
            f'<li>{esc(hint.text)} <a href="{esc(url_of(hint.page))}">{esc(titles.get(hint.page, hint.page))}</a></li>'
            for item in plan.documents
            if item.id == name
            for hint in item.hints
        )
        shown = (
            f"<h2>Det här innehåller dokumentet</h2>{contents(document)}"
            f"{_downloads(name, titles.get(f'mallar/{name}.md', document['title']), url_of, url_of_file)}"
        )
        after = f'<h2>Råd från handboken</h2><ul class="plan-tips">{hints}</ul>' if hints else ""
    elif name == "lagen":
        shown, after = law(duties, steps, {d["id"] for d in definition["documents"]}, url_of), ""
    else:
        shown, after = _tasks(definition, plan, url_of), ""
    return block(
        f'<p class="plan-integritet">{PRIVATE}</p>'
        f'<div class="plan-utan-skript"><p class="plan-needs-js">{NEEDS_JS}</p>{shown}</div>'
        f'<div class="plan-app" data-plan-page="{esc(name)}"></div>{after}{definition_script(definition)}'
    )
