"""Er plan (data/plan.yml): the documents the planner drafts, the placeholders they share, and
what is carried from one document to the next. Field and table ids come from the templates."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from handbok.model.fact import Model, Slug, Text

AnswerId = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9-]+(\.[a-z0-9-]+)*$",
        description="Ett dokument (lagesbild) eller ett fält eller en tabell i det (lagesbild.prioriterade-problem).",
    ),
]
FieldId = Annotated[str, Field(pattern=r"^[a-z0-9-]+(\.[a-z0-9-]+)+$", description="Ett fält, till exempel a.b.c.")]
ROW_NUMBER = "nr"  # in a column mapping: the source row's number, 1, 2, 3 …
Column = Annotated[int, Field(ge=0, le=20, description="Kolumnens nummer, 0 för den första.")]


class Hint(Model):
    """Ett råd från handboken, med länk till sidan där det står mer."""

    text: Text
    page: Annotated[str, Field(pattern=r"^[a-z0-9/-]+\.md$")] = Field(alias="sida", description="Sidan under docs/.")


class PlanDocument(Model):
    """Ett dokument i planen: en mall i docs/mallar/<id>.md."""

    id: Slug = Field(description="Mallens filnamn utan .md, till exempel lagesbild.")
    name: Text = Field(alias="namn", description="Dokumentets namn i uppgiftslistan.")
    optional: bool = Field(False, alias="valfri", description="true om dokumentet är en valfri del.")
    steps: list[int] = Field(alias="steg", min_length=1, description="Stegen där dokumentet skrivs.")
    hints: list[Hint] = Field(default_factory=list, alias="tips")


class Shared(Model):
    """En platshållare som har samma värde i alla dokument, till exempel [Kommunens namn]."""

    id: AnswerId = Field(description="Till exempel gemensamt.kommunens-namn.")
    placeholder: Annotated[str, Field(pattern=r"^\[[^\[\]]+\]$")] = Field(alias="platshållare")


class Link(Model):
    """Det som följer med från ett dokument till ett annat, så att läsaren skriver det en gång."""

    source: AnswerId = Field(alias="från")
    target: AnswerId = Field(alias="till")
    kind: Literal["en per rad", "rader", "rad per kopia", "värde"] = Field(
        alias="sort",
        description="en per rad: ett måldokument per rad i tabellen; rader: tabellens rader; "
        "rad per kopia: en rad per kopia av ett dokument; värde: ett fälts värde.",
    )
    column: Column | None = Field(None, alias="kolumn", description="En per rad: kolumnen som namnger kopian.")
    fields: dict[AnswerId, Column] = Field(
        default_factory=dict, alias="fält", description="En per rad: fält i kopian och kolumnen de fylls från."
    )
    columns: dict[Column, Column | Literal["nr"] | FieldId] = Field(
        default_factory=dict, alias="kolumner", description="Rader: målkolumn: källkolumn eller nr (radens nummer)."
    )


class PlanFile(Model):
    documents: list[PlanDocument] = Field(alias="dokument", min_length=1)
    shared: list[Shared] = Field(default_factory=list, alias="gemensamt")
    links: list[Link] = Field(default_factory=list, alias="kopplingar")


PLAN_KINDS = {"en per rad": "one-per-row", "rader": "rows", "rad per kopia": "row-per-copy", "värde": "value"}
