"""The model of a case study (cases/<slug>.yml): facts with sources, or "Uppgift saknas"."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field

from handbok.model.fact import (
    Disputed,
    DoubtfulDate,
    Fact,
    Known,
    Model,
    MunicipalityCode,
    OrUnknown,
    PartialDate,
    PlainText,
    Slug,
    Sources,
    Text,
    TextFact,
    Year,
    earliest,
    named,
)


class Coordination(Model):
    """Hur samordningen är ordnad: funktion och forum."""

    model_config = named("samordning", "samordningar")

    function: TextFact = Field(alias="funktion", description="Den samordnande funktionen (en roll, inte en person).")
    forums: list[TextFact] = Field(default_factory=list, alias="forum")


class Agreement(Model):
    """En samverkansöverenskommelse."""

    model_config = named("överenskommelse", "överenskommelser")

    name: OrUnknown[Text] = Field(alias="namn")
    start: DoubtfulDate = Field(
        alias="från", description='"ÅÅÅÅ", eller med osäkerhet: {värde, källor, osäker} eller {omstridd, anmärkning}.'
    )
    end: PartialDate | None = Field(None, alias="till", description="Tomt (null) om slutet är öppet eller okänt.")
    signed_by: list[Slug] = Field(default_factory=list, alias="undertecknare",
                                  description="Roll-id ur data/roller.yml; [] om okänt.")  # fmt: skip
    focus_areas: list[Text] = Field(default_factory=list, alias="fokusområden")
    note: str | None = Field(None, alias="anmärkning")
    sources: Sources = Field(alias="källor")


class CitizenPromise(Model):
    """Ett medborgarlöfte."""

    model_config = named("medborgarlöfte", "medborgarlöften")

    start: DoubtfulDate = Field(alias="från")
    end: PartialDate | None = Field(None, alias="till")
    promises: OrUnknown[list[Text]] = Field(alias="löften")
    sources: Sources = Field(alias="källor")


class AgreementContents(Model):
    """Brås sex delar i en överenskommelse."""

    model_config = named("innehåll i överenskommelsen", "innehåll i överenskommelser")

    problems: TextFact = Field(alias="prioriterade_problem")
    causes: TextFact = Field(alias="troliga_orsaker")
    goals: TextFact = Field(alias="mätbara_mål")
    documentation: TextFact = Field(alias="dokumentation")
    follow_up: TextFact = Field(alias="uppföljning")
    period: TextFact = Field(alias="period")


class Chain(Model):
    """Kedjan problem → orsak → åtgärd → mål → indikator."""

    model_config = named("kedja", "kedjor")

    problem: TextFact
    cause: TextFact = Field(alias="orsak")
    measures: list[TextFact] = Field(alias="åtgärder", min_length=1)
    goal: TextFact = Field(alias="mål")
    indicator: TextFact = Field(alias="indikator")


class Result(Model):
    """Ett resultat och hur starkt underlaget är."""

    model_config = named("resultat", "resultat")

    value: Text = Field(alias="värde")
    year: Year | None = Field(None, alias="år")
    evidence: Literal["stark", "måttlig", "svag", "okänd"] = Field(alias="evidens")
    sources: Sources = Field(alias="källor")


class Case(Model):
    """En fallstudie: en kommun och dess samverkan med polisen."""

    slug: Slug = Field(description="Samma som filnamnet, till exempel landskrona.")
    municipality: PlainText = Field(alias="kommun")
    called: str | None = Field(None, alias="kallas", description="Namnet kommunen själv använder.")
    county: TextFact = Field(alias="län")
    code: Fact[Known[MunicipalityCode], Disputed[MunicipalityCode]] = Field(
        alias="kommunkod", description='Fyra siffror inom citattecken, till exempel "0862".'
    )
    population: list[Fact[Known[int], Disputed[int]]] = Field(
        alias="folkmängd", min_length=1, description="Äldst först."
    )
    area_km2: Fact[Known[float], Disputed[float]] = Field(alias="area_km2")
    police_area: TextFact = Field(alias="lokalpolisområde")
    coordination: Coordination = Field(alias="samordning")
    agreements: list[Agreement] = Field(alias="överenskommelser", min_length=1)
    promises: list[CitizenPromise] = Field(default_factory=list, alias="medborgarlöften")
    contents: AgreementContents = Field(alias="innehåll")
    chains: list[Chain] = Field(default_factory=list, alias="kedjor")
    results: list[Result] = Field(default_factory=list, alias="resultat")
    lessons: list[TextFact] = Field(default_factory=list, alias="lärdomar")
    reviewed: dt.date | None = Field(
        None,
        alias="granskad",
        description="Dagen då uppgifterna senast lästes mot källorna.",
        json_schema_extra={"krävs": "ja"},  # required by the review check when the handbook has review dates
    )
    review_months: int | None = Field(None, alias="granskning_månader", ge=1,
                                      description="Hur många månader som får gå till nästa granskning.")  # fmt: skip

    def first_agreement(self) -> Agreement:
        """The agreement that started first (by the earliest value its start can have)."""
        return min(self.agreements, key=lambda agreement: earliest(agreement.start))

    def latest_population(self) -> Known[int] | None:
        known = [item for item in self.population if isinstance(item, Known)]
        return max(known, key=lambda item: item.year or 0) if known else None
