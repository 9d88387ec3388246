"""Small pure helpers shared by the renderers: escaping, facts, citation markers."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from handbok.generated_html import wrap
from handbok.models import Known, Unknown

MISSING = "Uppgift saknas"


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


def fact_html(item: object, unit: str = "") -> str:
    """A fact with its year and citation, or 'Uppgift saknas' with the reason."""
    if isinstance(item, Unknown):
        return f'<span class="saknas">{MISSING}</span> <small>({esc(item.reason)})</small>'
    if isinstance(item, Known):
        value = number(item.value) if isinstance(item.value, int | float) else esc(item.value)
        year = f" ({item.year})" if item.year else ""
        return f"{value}{esc(unit)}{year} {cite(item.sources)}"
    return f'<span class="saknas">{MISSING}</span>'


def table(caption: str, headers: list[str], rows: list[list[str]], css: str = "", row_headers: bool = True) -> str:
    """An accessible table in a scroll box; cells are already-escaped HTML."""
    head = "".join(f'<th scope="col">{header}</th>' for header in headers)
    body = []
    for row in rows:
        first = f'<th scope="row">{row[0]}</th>' if row_headers else f"<td>{row[0]}</td>"
        body.append("<tr>" + first + "".join(f"<td>{cell}</td>" for cell in row[1:]) + "</tr>")
    return (
        f'<div class="handbok-tabell {css}" role="region" aria-label="{esc(caption)}" tabindex="0">'
        f"<table><caption>{esc(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )


def block(html: str) -> str:
    """Finished HTML as its own Markdown block, which Markdown passes on unparsed."""
    return wrap(f'<div class="handbok-block">{html}</div>')
