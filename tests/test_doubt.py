"""Doubt is data: every view of the four first-agreement years shows that the sources disagree or are shaky."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from conftest import soup_of

# Landskrona: two sources, two years. The others rest on one sentence of one source (FACTS D2).
DISPUTED = {"landskrona"}
UNCERTAIN = {"arvidsjaur", "emmaboda", "vasteras"}


def doubt_of(html_text: str) -> str:
    return "omstridd" if "Omstritt:" in html_text else ("osäker" if "osäker uppgift" in html_text else "")


@pytest.mark.parametrize("slug", sorted(DISPUTED | UNCERTAIN))
def test_fact_box_and_timeline_show_the_doubt(site: Path, slug: str) -> None:
    page = soup_of(site / "fall" / slug / "index.html")
    row = next(tr for tr in page.select("table tr") if "Första överenskommelse" in tr.get_text())
    assert doubt_of(row.get_text(" ")) == ("omstridd" if slug in DISPUTED else "osäker")
    svg = page.select_one("figure.fall-tidslinje svg")
    title = svg.title.get_text()
    assert ("startåret omstritt" if slug in DISPUTED else "osäkert startår") in title
    assert svg["aria-label"] == title
    assert svg.select('rect[stroke-dasharray="4 2"]'), "a doubtful bar looks doubtful"
    assert "streckad kant" in page.select_one("figure.fall-tidslinje figcaption").get_text()


def test_comparison_and_case_list_show_the_doubt(site: Path) -> None:
    comparison = soup_of(site / "fall" / "jamforelse" / "index.html")
    row = next(tr for tr in comparison.select("table tr") if "Första överenskommelse" in tr.get_text())
    cells = [doubt_of(td.get_text(" ")) for td in row.find_all("td")]
    assert sorted(cells) == ["omstridd", "osäker", "osäker", "osäker"]
    overview = soup_of(site / "fall" / "index.html").get_text(" ")
    assert "2008 eller 2009 (omstritt)" in overview and overview.count("2008 (osäker uppgift)") == 3


def test_open_data_carries_every_value_and_the_note(site: Path) -> None:
    cases = {case["slug"]: case for case in json.loads((site / "data" / "fall.json").read_text())["fall"]}
    start = cases["landskrona"]["överenskommelser"][0]["från"]
    assert [claim["värde"] for claim in start["omstridd"]] == ["2008", "2009"]
    assert all(claim["källor"] for claim in start["omstridd"]) and start["anmärkning"]
    assert all(cases[slug]["överenskommelser"][0]["från"]["osäker"] for slug in UNCERTAIN)
    rows = {row["slug"]: row for row in csv.DictReader(io.StringIO((site / "data" / "fall.csv").read_text()))}
    assert rows["landskrona"]["första_överenskommelse"] == "2008 eller 2009 (omstritt)"
    assert all(rows[slug]["första_överenskommelse"] == "2008 (osäker uppgift)" for slug in UNCERTAIN)
    assert all(row["första_överenskommelse_anmärkning"] for row in rows.values())
