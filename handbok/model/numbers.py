"""Numbers as Swedish writes them, for pages and for messages alike."""

from __future__ import annotations


def number(value: float) -> str:
    """Swedish number format: space between thousands, comma for decimals."""
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"
    return text.replace(",", " ").replace(".", ",")
