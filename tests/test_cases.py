"""The case studies: one skeleton, a comparison with a source in every cell, open data, and room for more."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, heading_text, run_mkdocs, soup_of
from made_up_cases import handbook_with_made_up_cases
from measure import PAGES_ONLY, copy_project

from handbok.checks.case_narrative import SKELETON
from handbok.render.comparison import comparison_pager

SLUGS = sorted(path.stem for path in (ROOT / "cases").glob("*.yml"))


def h2_texts(soup: BeautifulSoup) -> list[str]:
    return [heading_text(h) for h in soup.select("article h2")]


def test_the_four_cases_are_there() -> None:
    assert {"landskrona", "vasteras", "emmaboda", "arvidsjaur"} <= set(SLUGS)


@pytest.mark.parametrize("slug", SLUGS)
def test_case_page_follows_the_skeleton(site: Path, slug: str) -> None:
    soup = soup_of(site / "fall" / slug / "index.html")
    headings = [heading for heading in h2_texts(soup) if heading != "Ändringar på sidan"]  # only with notes
    assert headings == ["I korthet", "Tidslinje", *SKELETON, "Källor"]
    assert soup.select_one("table caption").get_text().startswith("Fakta om")
    svg = soup.select_one("figure.fall-tidslinje svg")
    assert svg["role"] == "img" and svg.find("title").get_text().startswith("Tidslinje för")


@pytest.mark.parametrize("slug", SLUGS)
def test_chain_view_marks_missing_links(site: Path, slug: str) -> None:
    data = yaml.safe_load((ROOT / "cases" / f"{slug}.yml").read_text(encoding="utf-8"))
    soup = soup_of(site / "fall" / slug / "index.html")
    chains = soup.select("ol.kedja")
    assert len(chains) == len(data.get("kedjor", []))
    missing = sum(
        1
        for chain in data.get("kedjor", [])
        for link in ("orsak", "mål", "indikator", "problem")
        if "uppgift_saknas" in chain[link]
    )
    marked = soup.select("li.kedja__led--saknas")
    assert len(marked) == missing
    assert all("Uppgift saknas" in li.get_text() for li in marked)
    # Each reason is said once, in one calm note under the chains, not beside every missing link.
    links = [chain[link] for chain in data.get("kedjor", []) for link in ("orsak", "mål", "indikator", "problem")]
    reasons = {link["uppgift_saknas"] for link in links if "uppgift_saknas" in link}
    note = soup.select_one(".luckor")
    assert (note is not None) == bool(reasons)
    for reason in reasons:
        assert note.get_text().count(reason) == 1, reason


def test_comparison_has_a_column_per_case_and_a_source_in_every_cell(site: Path) -> None:
    soup = soup_of(site / "fall" / "jamforelse" / "index.html")
    table = soup.select_one("div.jamforelse table")
    headers = [th.get_text(strip=True) for th in table.select("thead th")]
    names = [yaml.safe_load((ROOT / "cases" / f"{slug}.yml").read_text(encoding="utf-8"))["kommun"] for slug in SLUGS]
    assert headers[0] == "Innehåll" and sorted(headers[1:]) == sorted(names)
    rows = table.select("tbody tr")
    assert [row.th.get_text(strip=True) for row in rows][:6] == [
        "Prioriterade problem",
        "Troliga orsaker",
        "Mätbara mål",
        "Dokumentation",
        "Uppföljning",
        "Period",
    ]
    for row in rows:
        cells = row.find_all("td")
        assert len(cells) == len(SLUGS)
        for cell in cells:
            assert cell.select("sup.kallhanvisning a") or "Uppgift saknas" in cell.get_text(), row.th.get_text()


def test_open_data_matches_the_yaml(site: Path) -> None:
    published = json.loads((site / "data" / "fall.json").read_text(encoding="utf-8"))
    assert published["licens"] == "CC BY 4.0"
    by_slug = {case["slug"]: case for case in published["fall"]}
    assert sorted(by_slug) == SLUGS
    with (site / "data" / "fall.csv").open(encoding="utf-8") as handle:
        rows = {row["slug"]: row for row in csv.DictReader(handle)}
    for slug in SLUGS:
        source = yaml.safe_load((ROOT / "cases" / f"{slug}.yml").read_text(encoding="utf-8"))
        case = by_slug[slug]
        assert case["kommun"] == source["kommun"] == rows[slug]["kommun"]
        assert case["kommunkod"] == source["kommunkod"]
        assert case["lokalpolisområde"] == source["lokalpolisområde"]
        assert (
            len(case["överenskommelser"])
            == len(source["överenskommelser"])
            == int(rows[slug]["antal_överenskommelser"])
        )
        latest = max((item for item in source["folkmängd"] if "värde" in item), key=lambda item: item.get("år", 0))
        doubt = " (osäker uppgift)" if "osäker" in latest else ""  # a secondary figure stays marked in the CSV
        assert rows[slug]["folkmängd"] == f"{latest['värde']}{doubt}"
        expected = source["kommunkod"].get("värde", "Uppgift saknas")
        assert rows[slug]["kommunkod"] == expected


def test_a_fifth_case_appears_everywhere_without_code_changes(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "projekt")  # Er plan's libraries and the error catalogue's fixtures too
    synthetic = (ROOT / "tests" / "fixtures" / "base" / "cases" / "exempel.yml").read_text(encoding="utf-8")
    synthetic = synthetic.replace("slug: exempel", "slug: syntetisk\ngranskad: 2026-11-01").replace(
        "Exempelby", "Syntetiska kommunen"
    )
    synthetic = "# yaml-language-server: $schema=../schemas/fall.schema.json\n" + synthetic.replace("[A1]", "[L1]")
    synthetic = synthetic.replace("[B2]", "[L1]").replace("[samordnare]", "[kommunal-samordnare]")
    (project / "cases" / "syntetisk.yml").write_text(synthetic, encoding="utf-8")
    narrative = (ROOT / "tests" / "fixtures" / "base" / "cases" / "exempel.md").read_text(encoding="utf-8")
    (project / "cases" / "syntetisk.md").write_text(narrative.replace("[@A1]", "[@L1]"), encoding="utf-8")
    site = tmp_path / "site"
    result = run_mkdocs(project, site, **PAGES_ONLY)
    assert result.returncode == 0, result.stdout + result.stderr
    page = soup_of(site / "fall" / "syntetisk" / "index.html")
    assert page.h1.get_text(strip=True).startswith("Syntetiska kommunen")
    comparison = soup_of(site / "fall" / "jamforelse" / "index.html")
    assert "Syntetiska kommunen" in [th.get_text(strip=True) for th in comparison.select("div.jamforelse thead th")]
    overview = soup_of(site / "fall" / "index.html")  # the menu shows the open section's pages
    assert overview.select_one('nav.md-nav--primary a[href="syntetisk/"]') is not None
    # The case list and its count come from cases/: fall/index.md was not touched.
    assert (project / "docs" / "fall" / "index.md").read_bytes() == (ROOT / "docs" / "fall" / "index.md").read_bytes()
    listed = [a.get_text(strip=True) for a in overview.select("article li > a[href]")]
    assert "Syntetiska kommunen" in listed and "Landskrona" in listed
    assert "Handboken har fem fallstudier:" in overview.select_one("article").get_text(" ", strip=True)
    assert "syntetisk" in {case["slug"] for case in json.loads((site / "data" / "fall.json").read_text())["fall"]}
    assert "syntetisk" in (site / "data" / "fall.csv").read_text(encoding="utf-8")


def test_comparison_pages_link_to_their_neighbours_and_the_first_lists_them_all(tmp_path: Path) -> None:
    """20 municipalities make 4 pages; links stay linear in the number of cases (not every page on every page)."""
    _, handbook, problems = handbook_with_made_up_cases(tmp_path, 20)
    assert not problems
    cases = handbook.cases
    pagers = [comparison_pager(cases, number) for number in range(1, 5)]
    targets = [re.findall(r"\]\(([^)]+)\)", pager) for pager in pagers]
    assert targets[0] == ["jamforelse-2.md", "jamforelse-3.md", "jamforelse-4.md"]
    assert "- Sida 1: " in pagers[0] and "(den här sidan)" in pagers[0]
    assert targets[1] == ["jamforelse.md", "jamforelse-3.md", "jamforelse.md"]
    assert targets[3] == ["jamforelse-3.md", "jamforelse.md"]  # the last page has no next
    assert pagers[2].count("Föregående, sida 2: ") == 1 and "Nästa, sida 4: " in pagers[2]
    assert comparison_pager(cases[:6], 1) == ""  # one page: no pager
