"""Pure renderers for the handbook's own data: checklists, duties, matrix, glossary, timeline, sources."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from handbok.markdown.glossary_first_use import swedish, term_ids
from handbok.model.entries import Event, Role, Source, Step, Term
from handbok.model.fact import Unknown
from handbok.render.html import block, cite, esc, table

PARTY = {"kommun": "Kommunen", "polis": "Polisen", "gemensam": "Gemensam"}
# In plain words; one legend under each source list, and "Om webbplatsen", say what they mean.
CONFIDENCE = {"V": "", "S": "Andrahandskälla.", "U": "Osäker källa."}
# A dash for the eye, words for a screen reader (aria-label on a plain span is not allowed in HTML).
NO_TASK = '<span aria-hidden="true">–</span> <span class="handbok-dold">Ingen uppgift</span>'


def checklist(step: Step) -> str:
    """'Klart när' as a plain list of checkboxes: readable without JavaScript and in print."""
    items = "".join(
        f'<li><label><input type="checkbox" name="{esc(step.id)}-{index}"> '
        f"<span>{esc(item.text)} {cite(item.sources)}</span></label></li>"
        for index, item in enumerate(step.done_when, start=1)
    )
    note = f'<p class="anmarkning">{esc(step.done_when_note)}</p>' if step.done_when_note else ""
    return block(
        f'<div class="klart-nar" data-steg="{esc(step.id)}">'
        f'<p class="klart-nar__rubrik"><strong>Steg {step.number} är klart när:</strong></p>'
        f'<ul class="klart-nar__lista">{items}</ul>{note}</div>'
    )


def duties(step: Step, roles: dict[str, Role]) -> str:
    rows = [[esc(roles[duty.role].name), f"{esc(duty.task)} {cite(duty.sources)}"] for duty in step.duties]
    return block(table(f"Vem gör vad i steg {step.number}: {step.name}", ["Roll", "Uppgift"], rows))


def matrix(steps: list[Step], roles: dict[str, Role]) -> str:
    """Roles × steps: what each role does in each step, or a dash."""
    headers = ["Roll"] + [f"Steg {step.number}: {esc(step.name)}" for step in steps]
    rows = []
    for role in roles.values():
        row = [f"{esc(role.name)}<br><small>{PARTY[role.party]}</small>"]
        for step in steps:
            tasks = [f"{esc(duty.task)} {cite(duty.sources)}" for duty in step.duties if duty.role == role.id]
            row.append("<br>".join(tasks) if tasks else NO_TASK)
        rows.append(row)
    return block(table("Vem gör vad i de fem stegen", headers, rows, css="matris"))


def glossary(terms: list[Term]) -> str:
    """Every term in Swedish alphabetical order under its letter, each with an id to link to; an A–Ö jump list."""
    ids, groups = term_ids(terms), dict[str, list[str]]()
    for term in sorted(terms, key=lambda term: (swedish(term.term), term.term)):
        replaced = f" <em>Ersatt av: {esc(term.replaced_by)}.</em>" if term.replaced_by else ""
        groups.setdefault(term.term[:1].upper(), []).append(
            f'<dt id="{ids[term.term]}">{esc(term.term)}</dt>'
            f"<dd>{esc(term.explanation)}{replaced} {cite(term.sources)}</dd>"
        )
    letters = list(groups)
    jump = " ".join(f'<a href="#bokstav-{number}">{esc(letter)}</a>' for number, letter in enumerate(letters, 1))
    parts = "".join(f'<h3 id="bokstav-{number}">{esc(letter)}</h3><dl class="ordlista">{"".join(groups[letter])}</dl>'
                    for number, letter in enumerate(letters, 1))  # fmt: skip
    return block(f'<nav class="ordlista__hopp" aria-label="Ord efter första bokstav">{jump}</nav>{parts}')


def abbreviations(terms: list[Term]) -> dict[str, str]:
    """Every form of every glossary term and its explanation: shown on hover wherever it is used."""
    glossary = {}
    for term in terms:
        explanation = term.explanation + (f" Ersatt av {term.replaced_by}." if term.replaced_by else "")
        for form in {term.term, *term.forms, *(form[:1].upper() + form[1:] for form in term.forms)}:
            glossary[form] = explanation
    return glossary


def timeline(events: list[Event]) -> str:
    items = []
    for event in sorted(events, key=lambda event: (event.year, event.date.isoformat() if event.date else "")):
        when = event.date.isoformat() if event.date else str(event.year)
        items.append(
            f'<li><time datetime="{esc(when)}">{esc(event.year)}</time>'
            f"<div><strong>{esc(event.heading)}</strong> <small>({esc(event.kind)})</small><br>"
            f"{esc(event.text)} {cite(event.sources)}</div></li>"
        )
    return block(f'<ol class="tidslinje">{"".join(items)}</ol>')


def source_entry(source: Source) -> str:
    """One source in plain words: author or publisher (year, or "utan år"). Title. Publisher. Address.

    A report read in a copy is named as the report, and the copy is where it was read; a wiki
    mirror is never shown (the original article's address is). A secondary source says so in a
    word; the page's legend and "Om webbplatsen" explain it once.
    """
    year = "utan år" if isinstance(source.year, Unknown) else str(source.year)
    url = source.shown_url
    title = esc(source.title)
    if url:
        title = f'<a href="{esc(url)}">{title}</a> <span class="url">{esc(url)}</span>'
    parts = [f"{esc(source.author or source.publisher)} ({year}). {title}."]
    if source.author:
        parts.append(f"{esc(source.publisher)}.")
    if source.note:
        parts.append(f"{esc(source.note)}.")
    if url and url == source.read_copy:
        parts.append(f"Läst i en kopia på {esc(host(url))}.")
    if CONFIDENCE[source.confidence]:
        parts.append(f'<span class="tillforlitlighet">{CONFIDENCE[source.confidence]}</span>')
    return " ".join(parts)


def host(url: str) -> str:
    """The site an address is on, as a reader would say it: docplayer.se."""
    return urlsplit(url).netloc.removeprefix("www.")


def bibliography(sources: dict[str, Source]) -> str:
    items = "".join(
        f'<li id="kalla-{esc(source.id)}"><strong>{esc(source.id)}</strong> {source_entry(source)}</li>'
        for source in sources.values()
    )
    return block(f'<ul class="kallforteckning">{items}</ul>')


def download_buttons(name: str, url_of_file: Callable[[str], str], title: str = "") -> str:
    """Buttons for the template's Word and OpenDocument files (made at build time into mallar/);
    with `title`, a screen reader hears which template each button is for."""
    which = f'<span class="handbok-dold"> – {esc(title)}</span>' if title else ""
    word, open_document = (esc(url_of_file(f"mallar/{name}.{kind}")) for kind in ("docx", "odt"))
    return (
        f'<a class="md-button" href="{word}" download>Word (.docx){which}</a> '
        f'<a class="md-button" href="{open_document}" download>OpenDocument (.odt){which}</a>'
    )


def downloads(name: str, url_of_file: Callable[[str], str], url_of: Callable[[str], str]) -> str:
    """The template's files as buttons, on its own page, and a link to its part of Er plan, where it
    is filled in in the browser.

    Relative to the page's own URL, so they work both on the web (mallar/<name>/) and in the
    offline copy, whose pages are plain files (mallar/<name>.html).
    """
    plan = esc(url_of(f"plan/{name}.md"))
    return block(
        f'<p class="mall-nedladdning">Ladda ner mallen: {download_buttons(name, url_of_file)}</p>'
        f'<p>Eller <a href="{plan}">fyll i den i Er plan</a>, här i webbläsaren.</p>'
    )


def all_downloads(names: Iterable[str], titles: dict[str, str], url_of_file: Callable[[str], str]) -> str:
    """Every template with its files as buttons, for the templates' overview."""
    named = [(name, titles.get(f"mallar/{name}.md", name)) for name in names]
    items = "".join(
        f'<li><span class="mall-nedladdning__namn">{esc(title)}</span> '
        f"{download_buttons(name, url_of_file, title)}</li>"
        for name, title in named
    )
    return block(f'<ul class="mall-nedladdning mall-nedladdning--alla">{items}</ul>')
