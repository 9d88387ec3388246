"""The cases as open data: fall.json (everything, as in the YAML) and fall.csv (one row per case)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from handbok.model.case import Case
from handbok.render.html import MISSING, doubt_note, fact_text
from handbok.sources.yaml_walk import walk

LICENCE = "CC BY 4.0"
CSV_COLUMNS = (
    "slug", "kommun", "län", "kommunkod", "folkmängd", "folkmängd_år", "folkmängd_anmärkning", "area_km2",
    "lokalpolisområde",
    "första_överenskommelse", "första_överenskommelse_anmärkning", "antal_överenskommelser",
    "antal_medborgarlöften", "samordning", "källor",
)  # fmt: skip


def as_json(cases: list[Case], site_url: str) -> str:
    document = {
        "beskrivning": "Fallstudier om samverkan mellan polis och kommun. Varje uppgift har källor; "
                       "det som inte är känt har fältet uppgift_saknas.",
        "licens": LICENCE,
        "källa": site_url,
        "fall": [case.model_dump(mode="json", by_alias=True, exclude_none=True) for case in cases],
    }  # fmt: skip
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _value(item: Any) -> str:
    return fact_text(item)


def _sources(case: Case) -> list[str]:
    data = case.model_dump(mode="json", by_alias=True)
    return sorted({source for location, value in walk(data) if location[-1:] == ("källor",) for source in value})


def row(case: Case) -> dict[str, str]:
    latest = case.latest_population()
    return {
        "slug": case.slug,
        "kommun": case.municipality,
        "län": _value(case.county),
        "kommunkod": _value(case.code),
        "folkmängd": fact_text(latest) if latest else MISSING,  # "47134 (osäker uppgift)" when uncertain
        "folkmängd_år": str(latest.year or "") if latest else "",
        "folkmängd_anmärkning": doubt_note(latest) if latest else "",
        "area_km2": _value(case.area_km2),
        "lokalpolisområde": _value(case.police_area),
        "första_överenskommelse": fact_text(case.first_agreement().start),
        "första_överenskommelse_anmärkning": doubt_note(case.first_agreement().start),
        "antal_överenskommelser": str(len(case.agreements)),
        "antal_medborgarlöften": str(len(case.promises)),
        "samordning": _value(case.coordination.function),
        "källor": " ".join(_sources(case)),
    }


def as_csv(cases: list[Case]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for case in cases:
        writer.writerow(row(case))
    return buffer.getvalue()
