"""Typed models of every YAML kind. Keys are Swedish (aliases); attributes are English.

Every model forbids unknown keys. Descriptions are Swedish: they feed the JSON Schemas
that VS Code shows editors and the generated "Redaktörsguide" pages.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator

from handbok.model.fact import PAGE, Model, OrUnknown, PartialDate, Slug, SourceId, Sources, Text, Year, named  # noqa: F401


# --- Source registry (data/kallor.yml) ---------------------------------------------------
class Source(Model):
    """En källa. Varje källa finns en gång; sidorna hänvisar till den med [@id]."""

    model_config = named("källa", "källor")

    id: SourceId
    title: Text = Field(alias="titel")
    publisher: Text = Field(alias="utgivare")
    year: OrUnknown[Year] = Field(alias="år")
    author: Text | None = Field(None, alias="författare", description="Författarna till en rapport eller bok.")
    url: OrUnknown[str] = Field(
        alias="url", description="Originalets adress, som börjar med https:// eller http://. Aldrig en spegel."
    )
    read_copy: str | None = Field(
        None, alias="kopia", description="Adressen till kopian där källan lästes, till exempel på docplayer.se."
    )
    more_urls: list[str] = Field(default_factory=list, alias="fler_url")
    confidence: Literal["V", "S", "U"] = Field(
        alias="tillförlitlighet",
        description="V = källan själv, läst direkt. S = andrahandskälla (kopia, uppsats, wiki). U = osäker.",
    )
    read: OrUnknown[dt.date] = Field(alias="läst", description="Datum då källan lästes, ÅÅÅÅ-MM-DD.")
    note: str | None = Field(None, alias="anmärkning")

    @field_validator("url", "more_urls", "read_copy")
    @classmethod
    def _web_address(cls, value: Any) -> Any:
        for url in value if isinstance(value, list) else [value]:
            if isinstance(url, str) and not re.match(r"^https?://[^\s/$.?#][^\s]*$", url):
                raise ValueError(f"'{url}' är ingen webbadress|skriv hela adressen, med https:// först.")
        return value

    @field_validator("url", "more_urls")
    @classmethod
    def _no_mirror(cls, value: Any) -> Any:
        for url in value if isinstance(value, list) else [value]:
            if isinstance(url, str) and is_mirror(url):
                raise ValueError(f"'{url}' är en spegel eller proxy av ett uppslagsverk, inte källan själv"
                                 "|skriv originalartikelns adress i url: och spegelns adress i kopia:.")  # fmt: skip
        return value

    @property
    def shown_url(self) -> str | None:
        """The address a reader is given: the original; a copy only when the original's is unknown."""
        if isinstance(self.url, str):
            return self.url
        return self.read_copy if self.read_copy and not is_mirror(self.read_copy) else None


# Wiki mirrors and proxies: never shown as a source (a copy of a report, on docplayer.se, may be).
MIRRORS = ("perceptiode", "pinocchiopedia", "wikiless", "melakarnets", "sagapedia", "qaz.wiki", "profilpelajar",
           "zxc.wiki", "de-academic", "thefullwiki", "wikitrans")  # fmt: skip


def is_mirror(url: str) -> bool:
    host = re.sub(r"^https?://([^/?#]*).*$", r"\1", url.lower())
    return any(name in host for name in MIRRORS)


class SourceFile(Model):
    sources: list[Source] = Field(alias="källor", min_length=1)


# --- Roles and steps (data/roller.yml, data/steg.yml) ----------------------------------------
class Role(Model):
    """En roll i samverkan."""

    model_config = named("roll", "roller")

    id: Slug
    name: Text = Field(alias="namn")
    party: Literal["kommun", "polis", "gemensam"] = Field(alias="part")
    description: Text = Field(alias="beskrivning")
    sources: Sources = Field(alias="källor")
    reader: Text | None = Field(None, alias="läsare", description='Läsaren på startsidan, t.ex. "Kommunpolis".')
    start_pages: list[Annotated[str, Field(pattern=PAGE)]] = Field(
        default_factory=list, alias="börja_här", description="3–5 sidor att läsa först, i ordning (under docs/)."
    )


class RoleFile(Model):
    roles: list[Role] = Field(alias="roller", min_length=1)


class Duty(Model):
    """Vad en roll gör i ett steg."""

    model_config = named("uppgift för en roll", "uppgifter för roller")

    role: Slug = Field(alias="roll", description="Id ur data/roller.yml.")
    task: Text = Field(alias="uppgift")
    sources: Sources = Field(alias="källor")


class ChecklistItem(Model):
    """En punkt i checklistan "Klart när"."""

    model_config = named("punkt i Klart när", "punkter i Klart när")

    text: Text
    sources: Sources = Field(alias="källor")


class Step(Model):
    """Ett av stegen i samverkansprocessen."""

    model_config = named("steg", "steg")

    number: int = Field(alias="nummer", ge=1, le=9)
    id: Slug
    name: Text = Field(alias="namn")
    page: str = Field(alias="sida", pattern=PAGE, description="Sidan om steget, under docs/.")
    purpose: Text = Field(alias="syfte")
    sources: Sources = Field(alias="källor")
    duties: list[Duty] = Field(alias="ansvar", min_length=1)
    done_when: list[ChecklistItem] = Field(alias="klart_när", min_length=1)
    done_when_note: str | None = Field(None, alias="klart_när_anmärkning")


class StepFile(Model):
    steps: list[Step] = Field(alias="steg", min_length=1)


# --- Glossary and timeline (data/ordlista.yml, data/tidslinje.yml) ------------------------
class Term(Model):
    """Ett ord i ordlistan. Det förklaras med verktygstips på alla sidor."""

    model_config = named("ord", "ord")

    term: Text
    explanation: Annotated[str, Field(min_length=5, max_length=220)] = Field(alias="förklaring")
    forms: list[Text] = Field(default_factory=list, alias="böjningar")
    replaced_by: str | None = Field(None, alias="ersatt_av", description="Det nya namnet, om ordet är gammalt.")
    synonyms: list[Text] = Field(default_factory=list, alias="synonymer", description="Andra ord som läsare söker på.")
    sources: Sources = Field(alias="källor")


class TermFile(Model):
    terms: list[Term] = Field(alias="termer", min_length=1)


class Event(Model):
    """En händelse i historiken."""

    model_config = named("händelse", "händelser")

    year: Year = Field(alias="år")
    date: dt.date | None = Field(None, alias="datum")
    heading: Text = Field(alias="rubrik")
    text: Text
    kind: Literal["reform", "lag", "handbok", "organisation", "utvärdering", "program"] = Field(alias="typ")
    sources: Sources = Field(alias="källor")


class EventFile(Model):
    events: list[Event] = Field(alias="händelser", min_length=1)
