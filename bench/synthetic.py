"""Synthetic, schema-valid municipality cases for the scale benchmark. Never published.

Every name says "Syntetkommun" and every text says it is made up; they are written into a
temporary copy of the project only (see bench/run.py).
"""

from __future__ import annotations

from pathlib import Path

NARRATIVE = """## Bakgrund

Påhittad kommun för mätning av bygget. Texten är inte sann [@L1].

## Lägesbild och problem

Här står en påhittad lägesbild med några meningar om otrygghet och skadegörelse.

## Överenskommelsen

Här står en påhittad överenskommelse mellan polis och kommun.

## Vem gör vad

Här står vem som gör vad, på låtsas.

## Åtgärder och medborgarlöften

Här står påhittade åtgärder.

## Uppföljning och resultat

Här står en påhittad uppföljning.

## Lärdomar

Här står påhittade lärdomar.
"""


def case_yaml(number: int) -> str:
    county = f"Syntetlän {number % 21 + 1}"
    return f"""# yaml-language-server: $schema=../schemas/fall.schema.json
slug: syntet-{number:03d}
kommun: Syntetkommun {number:03d}
granskad: 2026-11-01
län: {{värde: {county}, källor: [L1]}}
kommunkod: {{värde: "{9000 + number}", källor: [L1]}}
folkmängd:
  - {{värde: {5000 + 37 * number}, år: 2020, källor: [L1]}}
area_km2: {{värde: {100 + number}.5, år: 2020, källor: [L1]}}
lokalpolisområde: {{uppgift_saknas: "Påhittad kommun"}}
samordning:
  funktion: {{värde: "Trygghetssamordnare (påhittad)", källor: [L1]}}
  forum:
    - {{värde: "Brottsförebyggande råd (påhittat)", källor: [L1]}}
överenskommelser:
  - namn: "Påhittad överenskommelse"
    från: "{2008 + number % 10}"
    till: "{2010 + number % 10}"
    undertecknare: [ks-ordforande, lpo-chef]
    fokusområden: ["Skadegörelse", "Trygghet"]
    källor: [L1]
medborgarlöften:
  - från: "2020"
    löften: ["Påhittat löfte"]
    källor: [L1]
innehåll:
  prioriterade_problem: {{värde: "Skadegörelse (påhittat)", källor: [L1]}}
  troliga_orsaker: {{uppgift_saknas: "Påhittad kommun"}}
  mätbara_mål: {{uppgift_saknas: "Påhittad kommun"}}
  dokumentation: {{värde: "Årlig rapport (påhittad)", källor: [L1]}}
  uppföljning: {{värde: "Trygghetsmätning (påhittad)", källor: [L1]}}
  period: {{värde: "Två år", källor: [L1]}}
kedjor:
  - problem: {{värde: "Skadegörelse", källor: [L1]}}
    orsak: {{uppgift_saknas: "Påhittad kommun"}}
    åtgärder:
      - {{värde: "Nattvandring (påhittad)", källor: [L1]}}
    mål: {{uppgift_saknas: "Påhittad kommun"}}
    indikator: {{värde: "Antal anmälningar", källor: [L1]}}
resultat:
  - {{värde: "Inget verkligt resultat", år: 2021, evidens: okänd, källor: [L1]}}
lärdomar:
  - {{värde: "Påhittad lärdom", källor: [L1]}}
"""


def write_cases(cases_dir: Path, total: int) -> int:
    """Add synthetic cases until `cases_dir` holds `total` cases; return how many were added."""
    existing = len(list(cases_dir.glob("*.yml")))
    added = 0
    for number in range(1, max(0, total - existing) + 1):
        (cases_dir / f"syntet-{number:03d}.yml").write_text(case_yaml(number), encoding="utf-8")
        (cases_dir / f"syntet-{number:03d}.md").write_text(NARRATIVE, encoding="utf-8")
        added += 1
    return added
