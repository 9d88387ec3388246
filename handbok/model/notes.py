"""Change notes (data/andringar.yml) and the crosswalk of duties (data/krav.yml)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field

from handbok.model.fact import PAGE, Model, Sources, Text, named

PageRef = Annotated[str, Field(pattern=PAGE, description="Sidan under docs/, eller fall/<kommun>.md.")]


class ChangeNote(Model):
    """En daterad ändring: vad som ändrades på vilka sidor, och varför."""

    model_config = named("ändring", "ändringar")

    date: dt.date = Field(alias="datum", description="Dagen ändringen publicerades, ÅÅÅÅ-MM-DD.")
    title: Text = Field(alias="rubrik", description="En rad om ändringen, som i flödet.")
    pages: list[PageRef] = Field(alias="sidor", min_length=1)
    what: Text = Field(alias="vad", description="Vad som ändrades.")
    why: Text = Field(alias="varför", description="Varför, till exempel en ny lag eller en rättad uppgift.")


class ChangeFile(Model):
    notes: list[ChangeNote] = Field(alias="ändringar", min_length=1)


class Duty(Model):
    """Ett krav i lag eller en rekommendation, och var i processen det uppfylls."""

    model_config = named("krav eller rekommendation", "krav och rekommendationer")

    id: Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
    name: Text = Field(alias="namn")
    kind: Literal["krav i lag", "möjlighet i lag", "rekommendation"] = Field(
        alias="sort", description="Krav i lag (måste), möjlighet i lag (får) eller rekommendation (råd)."
    )
    who: Text = Field(alias="vem", description="Vem kravet eller rekommendationen gäller.")
    basis: Text = Field(alias="grund", description="Lag och paragraf, eller vem som rekommenderar.")
    text: Text = Field(description="Vad som krävs eller rekommenderas, kort och i egna ord.")
    steps: list[int] = Field(alias="steg", min_length=1, description="Stegen där det uppfylls.")
    templates: list[str] = Field(
        default_factory=list, alias="mallar", description="Mallar som hjälper, t.ex. atgardsplan."
    )
    checklist: list[Annotated[str, Field(pattern=r"^\d+\.\d+$")]] = Field(
        default_factory=list, alias="klart_när", description='Punkter i "Klart när", som steg.punkt, t.ex. "3.2".'
    )
    sources: Sources = Field(alias="källor")


class DutyFile(Model):
    duties: list[Duty] = Field(alias="krav", min_length=1)
