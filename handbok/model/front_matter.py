"""A page's front matter (the YAML between --- at the top): which fields it may have, and plain text only.

The theme writes `title` and `description` into every page's <head>, and menu titles from
mkdocs.yml into every page's menu, as they are: its templates do not escape them. A `<` could
therefore add a script to the page, and a `"` could leave the description's attribute. Both
are refused here, with the file and line, like unknown fields and wrong types.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from handbok.model.fact import PLAIN_FIX, Model, PlainText, markup_in, named
from handbok.model.validate import validate
from handbok.problems import Problems
from handbok.sources.yaml_source import YamlDocument


class SearchOptions(Model):
    """Sidans plats i sökningen."""

    model_config = named("sökning", "sökningar")

    exclude: bool | None = Field(None, description="true: sidan visas inte i sökningen.")
    boost: float | None = Field(None, description="Större än 1 lyfter sidan i sökningen, mindre än 1 sänker den.")


class FrontMatter(Model):
    """Sidhuvudet överst i en sida, mellan två rader med ---."""

    title: PlainText | None = Field(None, description="Sidans namn, som i menyn och fliken.")
    description: PlainText | None = Field(None, description="En mening om sidan, för sökmotorer och delade länkar.")
    # These three are checked where they are used (check.opted_in, review_dates); typed here for the guide.
    render_macros: Any = Field(
        None,
        json_schema_extra={"type": "boolean"},
        description="true om sidan använder handbokens makron, till exempel {{ klart_nar(1) }}.",
    )
    granskad: Any = Field(
        None,
        json_schema_extra={"type": "string", "format": "date", "krävs": "ja, utom i redaktörsguiden"},
        description="Dagen då sidan senast lästes mot källorna. Krävs på alla sidor utom redaktörsguidens.",
    )
    granskning_månader: Any = Field(
        None, json_schema_extra={"type": "integer"}, description="Månader till nästa granskning, om inte 12."
    )
    utan_källor: bool | None = Field(
        None,
        description="true på en sida som är en lista eller en översikt utan egna uppgifter: "
        "den behöver då ingen källhänvisning. Andra granskade sidor hänvisar till sina källor.",
    )
    hide: list[Literal["navigation", "toc", "footer", "path", "tags", "feedback"]] | None = Field(
        None, description="Delar av sidan som döljs: navigation (menyn), toc (innehållet till höger)."
    )
    search: SearchOptions | None = Field(None, description="Hur sidan visas i sökningen.")


def check_front_matter(document: YamlDocument, problems: Problems) -> None:
    """Unknown fields, wrong types and markup in the front matter of one page."""
    validate(document, FrontMatter, problems, place="sidhuvudet")


def check_menu_titles(titles: list[tuple[str, int]], file: str, problems: Problems) -> None:
    """Menu titles (and the site's name) from mkdocs.yml: plain text, as in front matter."""
    for title, line in titles:
        if found := markup_in(title):
            problems.add(
                file, line, f"Rubriken '{title}' innehåller tecken som hör till HTML-kod ({' '.join(found)})", PLAIN_FIX
            )
