"""Small pure helpers shared by the renderers: escaping, facts, citation markers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape, unescape

from handbok.markdown.generated_html import wrap
from handbok.model.fact import Disputed, Known, Unknown

MISSING = "Uppgift saknas"
TAG = re.compile(r"<[^>]+>")
CARD_COLUMNS = 2  # as handbok.markdown.table_labels
SCROLLING = {"matris", "jamforelse"}  # tables read across kommuner or steps: they scroll instead


def esc(value: object) -> str:
    """Every value from YAML goes through here before it reaches HTML."""
    return escape(str(value), quote=True)


def cite(sources: Iterable[str]) -> str:
    """A citation marker; the page's citation pass numbers and links it."""
    ids = list(sources)
    return f"[@{'; @'.join(ids)}]" if ids else ""


def number(value: float) -> str:
    """Swedish number format: space between thousands, comma for decimals."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"
    return text.replace(",", " ").replace(".", ",")


def _value(value: object, unit: str, year: int | None) -> str:
    shown = number(value) if isinstance(value, int | float) else esc(value)
    return f"{shown}{esc(unit)}{f' ({year})' if year else ''}"


def fact_html(item: object, unit: str = "") -> str:
    """A fact with its year and citation; its doubt when uncertain or disputed; or 'Uppgift saknas'."""
    if isinstance(item, Unknown):
        return f'<span class="saknas">{MISSING}</span> <small>({esc(item.reason)})</small>'
    if isinstance(item, Disputed):
        values = " eller ".join(f"{_value(c.value, unit, c.year)} {cite(c.sources)}" for c in item.claims)
        return f'<span class="omstridd"><strong>Omstritt:</strong> {values} <small>({esc(item.note)})</small></span>'
    if isinstance(item, Known):
        doubt = f' <span class="osaker">(osäker uppgift: {esc(item.uncertain)})</span>' if item.uncertain else ""
        return f"{_value(item.value, unit, item.year)}{doubt} {cite(item.sources)}"
    return f'<span class="saknas">{MISSING}</span>'


def date_html(date: str | Known[str] | Disputed[str], sources: Iterable[str] = ()) -> str:
    """A date from the data: as written with the sources given, or as a fact with its doubt."""
    return fact_html(date) if isinstance(date, Known | Disputed) else f"{esc(date)} {cite(sources)}".rstrip()


def fact_text(item: object) -> str:
    """A fact as plain text (open data, lists): "2008", "2008 (osäker uppgift)", "2008 eller 2009 (omstritt)"."""
    if isinstance(item, Disputed):
        return " eller ".join(str(claim.value) for claim in item.claims) + " (omstritt)"
    if isinstance(item, Known):
        return str(item.value) + (" (osäker uppgift)" if item.uncertain else "")
    return MISSING if isinstance(item, Unknown) else str(item)


def doubt_note(item: object) -> str:
    """Why a fact is in doubt, or ""."""
    if isinstance(item, Disputed):
        return item.note
    return (item.uncertain or "") if isinstance(item, Known) else ""


def table(caption: str, headers: list[str], rows: list[list[str]], css: str = "", row_headers: bool = True) -> str:
    """An accessible table in a scroll box; cells are already-escaped HTML.

    Cells are written on lines of their own: search previews then keep a space between them.
    A table of two or more columns names each cell's column, and a phone shows its rows as cards.
    """
    head = "\n".join(f'<th scope="col">{header}</th>' for header in headers)
    cards = len(headers) >= CARD_COLUMNS and not SCROLLING & set(css.split())
    labels = [f' data-label="{esc(unescape(TAG.sub("", header)).strip())}"' if cards else "" for header in headers]
    body = []
    for row in rows:
        first = f'<th scope="row">{row[0]}</th>' if row_headers else f"<td{labels[0]}>{row[0]}</td>"
        cells = "".join(f"\n<td{label}>{cell}</td>" for label, cell in zip(labels[1:], row[1:], strict=False))
        body.append("<tr>" + first + cells + "</tr>\n")
    return (
        f'<div class="handbok-tabell {css}" role="region" aria-label="{esc(caption)}" tabindex="0">'
        f"<table><caption>{esc(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )


def block(html: str) -> str:
    """Finished HTML as its own Markdown block, which Markdown passes on unparsed."""
    return wrap(f'<div class="handbok-block">{html}</div>')
