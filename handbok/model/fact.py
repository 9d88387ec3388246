"""Facts with their sources, and with their doubts: the shared building blocks of every model.

A fact is one of four things in YAML:
- known: `{värde, år, källor}`;
- uncertain: the same with `osäker: varför` (one value, shaky for the reason given);
- disputed: `{omstridd: [{värde, källor}, {värde, källor}, ...], anmärkning: varför}` (the
  sources disagree; every value is kept with its sources and no view picks a winner);
- unknown: `{uppgift_saknas: varför}` (shown as "Uppgift saknas").
"""

from __future__ import annotations

from typing import Annotated, Any, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Discriminator, Field, Tag, field_validator

SOURCE_ID = r"^[A-Z][A-Za-z0-9]*(-[A-Z][A-Za-z0-9]*)*$"
SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
PAGE = r"^[a-z0-9/-]+\.md$"  # a page under docs/

SourceId = Annotated[str, Field(pattern=SOURCE_ID, description="Id ur data/kallor.yml, till exempel H6.")]
Sources = Annotated[list[SourceId], Field(min_length=1, description="Källornas id, till exempel [H6, H14].")]
Slug = Annotated[str, Field(pattern=SLUG, description="Id med små bokstäver a–z, siffror och bindestreck.")]
Text = Annotated[str, Field(min_length=2)]
Year = Annotated[int, Field(ge=1900, le=2100, description="Årtal med fyra siffror, till exempel 2019.")]
MunicipalityCode = Annotated[str, Field(pattern=r"^\d{4}$", description="Fyra siffror, till exempel 0862.")]
PartialDate = Annotated[str, Field(pattern=PARTIAL_DATE, description='"ÅÅÅÅ", "ÅÅÅÅ-MM" eller "ÅÅÅÅ-MM-DD".')]
MARKUP = frozenset('<>"')  # what HTML is made of: a tag, or the end of an attribute
PLAIN_FIX = "skriv vanlig text utan <, > och raka citattecken; ett citat inne i texten skriver du ”så här”."


def markup_in(text: str) -> str:
    """The characters of `text` that markup is made of, each once, in the order found ("" if none)."""
    return "".join(dict.fromkeys(char for char in text if char in MARKUP))


def _plain(text: str) -> str:
    if found := markup_in(text):
        raise ValueError(f"'{{fält}}' innehåller tecken som hör till HTML-kod ({' '.join(found)})|{PLAIN_FIX}")
    return text


# Text the theme writes into pages as it is, unescaped: page titles and descriptions.
PlainText = Annotated[Text, AfterValidator(_plain)]


class Model(BaseModel):
    # defer_build: a model builds its own validator when it is first used, not as it is imported. Most
    # (Known[int], Disputed[str], ...) are only ever checked inside the files' models, which hold their
    # schemas: building each one's own validator at import took 70–100 ms of every build.
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        validate_by_alias=True,
        validate_by_name=False,
        defer_build=True,
    )


def named(one: str, many: str) -> ConfigDict:
    """A model's Swedish name, one and many, for the editors' guide and VS Code ("lista av överenskommelser")."""
    return ConfigDict(title=one, json_schema_extra={"flertal": many})


T = TypeVar("T")
K = TypeVar("K")  # a Known[...] model
D = TypeVar("D")  # the Disputed[...] model of the same type


class Unknown(Model):
    """En uppgift som inte finns i källorna. Visas som "Uppgift saknas"."""

    reason: Text = Field(alias="uppgift_saknas", description="Varför uppgiften saknas, kort.")


class Known(Model, Generic[T]):
    """En uppgift med värde och källa; med `osäker` när uppgiften är skakig."""

    value: T = Field(alias="värde", description="Själva uppgiften.")
    year: Year | None = Field(None, alias="år", description="Året uppgiften gäller, om det spelar roll.")
    sources: Sources = Field(alias="källor")
    uncertain: Text | None = Field(None, alias="osäker", description="Varför uppgiften är osäker, om den är det.")

    @field_validator("uncertain", mode="before")
    @classmethod
    def _says_why(cls, value: Any) -> Any:
        if value is None:  # `osäker:` written without a reason
            raise ValueError(
                "Uppgiften är markerad som osäker men saknar förklaring"
                "|skriv efter osäker: varför uppgiften är osäker, till exempel vilken källa som säger emot."
            )
        return value


class Claim(Model, Generic[T]):
    """Ett av värdena i en omstridd uppgift, med sina källor."""

    value: T = Field(alias="värde")
    year: Year | None = Field(None, alias="år")
    sources: Sources = Field(alias="källor")


class Disputed(Model, Generic[T]):
    """En uppgift där källorna går isär: alla värden, vart och ett med sina källor."""

    claims: list[Claim[T]] = Field(alias="omstridd", min_length=2, description="Minst två värden med sina källor.")
    note: Text = Field(alias="anmärkning", description="Kort om varför källorna går isär.")


def _known_or_unknown(data: Any) -> str:
    unknown = isinstance(data, Unknown) or isinstance(data, dict) and "uppgift_saknas" in data
    return "okänd" if unknown else "känd"


def _kind(data: Any) -> str:
    """Tag of a fact: from the YAML mapping when validating, from the model when serialising."""
    if isinstance(data, Disputed) or isinstance(data, dict) and "omstridd" in data:
        return "omstridd"
    if isinstance(data, str):
        return "text"
    return _known_or_unknown(data)


# A value, or `{uppgift_saknas: varför}` where the sources are silent. Subscript it: OrUnknown[int].
OrUnknown = Annotated[
    Annotated[T, Tag("känd")] | Annotated[Unknown, Tag("okänd")],
    Discriminator(_known_or_unknown),
]
# A fact: known (perhaps uncertain), disputed or unknown. Subscript it: Fact[Known[int], Disputed[int]].
Fact = Annotated[
    Annotated[K, Tag("känd")] | Annotated[D, Tag("omstridd")] | Annotated[Unknown, Tag("okänd")],
    Discriminator(_kind),
]
TextFact = Fact[Known[str], Disputed[str]]
# A date the page's own sources give ("2019"), or one with its doubt: uncertain or disputed.
DoubtfulDate = Annotated[
    Annotated[PartialDate, Tag("text")]
    | Annotated[Known[PartialDate], Tag("känd")]
    | Annotated[Disputed[PartialDate], Tag("omstridd")],
    Discriminator(_kind),
]


def earliest(date: str | Known[str] | Disputed[str]) -> str:
    """The earliest value a date can have, for ordering; the views show the doubt itself."""
    if isinstance(date, Disputed):
        return min(claim.value for claim in date.claims)
    return date.value if isinstance(date, Known) else date
