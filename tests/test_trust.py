"""Trust: sources a civil servant would accept, doubt shown once, dates that do not go stale.

Over the built site: no wiki mirror, no confidence code or working note, no placeholder e-mail,
source lists folded behind their count with one legend, the comparison's results row, uncertain
figures marked in the open data. (Dates that go stale: test_stale_dates.py.)
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, soup_of
from measure import wait_until
from test_review_commands import FIXTURES, run

from handbok.checks.project import check_project
from handbok.model.entries import MIRRORS
from handbok.model.fact import Known
from handbok.problems import Problems
from handbok.sources.settings import read_settings

PUBLISHED = ("*.html", "*.json", "*.csv", "*.xml", "*.txt")


def published_text(site: Path) -> dict[str, str]:
    """Every text file the site publishes, except the theme's own assets."""
    return {
        path.relative_to(site).as_posix(): path.read_text(encoding="utf-8")
        for pattern in PUBLISHED
        for path in site.rglob(pattern)
        if not path.relative_to(site).as_posix().startswith("assets/")
    }


def test_no_mirror_confidence_code_working_note_or_placeholder_address_is_published(site: Path) -> None:
    files = published_text(site)
    assert len(files) > 40
    found = {
        name: sorted(
            {m for m in MIRRORS if m in text.lower()}
            | set(re.findall(r"\[[VSU]: [^\]]*\]", text))
            | set(re.findall(r"faktablad\w*|titel härledd ur adressen|\[secondary\]", text, re.I))
            | set(re.findall(r"[\w.+-]+@[\w.-]+\.(?:example|invalid|test)\b", text))
            | set(re.findall(r"\(uppgift saknas\)\.", text))
        )
        for name, text in files.items()
    }
    assert not {name: hits for name, hits in found.items() if hits}


def test_the_projects_comment_address_is_never_a_placeholder() -> None:
    options = read_settings(ROOT, Problems()).options
    address = str(options.get("feedback_email") or "")
    assert not re.search(r"\.(example|invalid|test|localhost)$", address), address


def test_a_placeholder_comment_address_stops_the_check(tmp_path: Path) -> None:
    project = tmp_path / "projekt"
    shutil.copytree(FIXTURES / "base", project)
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("fixtur@example.org", "red@handbok.example"), encoding="utf-8"
    )
    result = run(project, "check")
    assert result.returncode == 1
    assert "mkdocs.yml:16: 'feedback_email' är en påhittad adress som ingen läser: 'red@handbok.example'" in (
        result.stdout
    )


def test_without_an_address_the_footer_offers_no_mail_and_says_github_needs_an_account(
    site: Path, pages: list[Path]
) -> None:
    assert not read_settings(ROOT, Problems()).options.get("feedback_email")
    for path in pages[:60]:
        footer = soup_of(path).select_one("aside.handbok-sidfot")
        if footer is None:
            continue
        assert not footer.select('a[href^="mailto:"]'), path
        comment = footer.find("a", string="Kommentera sidan")
        assert comment is not None and "kräver ett konto" in comment.parent.get_text(" "), path


def test_every_source_list_is_folded_behind_its_count_with_one_legend(site: Path, pages: list[Path]) -> None:
    lists = 0
    for path in pages:
        soup = soup_of(path)
        for folded in soup.select("article details.kallor"):
            lists += 1
            items = folded.select("ol.kallor-lista > li")
            assert not folded.has_attr("open"), path
            expected = "Visa källan" if len(items) == 1 else f"Visa alla {len(items)} källor"
            assert folded.summary.get_text(strip=True) == expected, path
            legends = folded.select(".kallor-forklaring")
            assert len(legends) == 1, path
            href = legends[0].a["href"]
            page_url, anchor = href.split("#")
            target = (path.parent / page_url / "index.html").resolve()
            assert soup_of(target).find(id=anchor) is not None, (path, href)
    assert lists > 20


def test_source_entries_speak_plainly(site: Path) -> None:
    entries = [
        li.get_text(" ", strip=True) for li in soup_of(site / "kallor" / "index.html").select("ul.kallforteckning > li")
    ]
    assert len(entries) > 150
    assert any("(utan år)" in entry for entry in entries)
    report = next(entry for entry in entries if entry.startswith("H1 "))
    assert report.startswith("H1 Greta Berg, Charlotta Gustafsson och Marie Johansson Meinke (2010). Samverkan")
    assert "Läst i en kopia på docplayer.se." in report and "Andrahandskälla." in report


def test_the_comparison_has_a_results_row_linked_to_each_case(site: Path) -> None:
    soup = soup_of(site / "fall" / "jamforelse" / "index.html")
    cases = check_project(ROOT).handbook.cases
    row = next(
        tr
        for tr in soup.select("table.jamforelse tr, .jamforelse table tr")
        if tr.th and tr.th.get_text(strip=True) == "Resultat och underlag"
    )
    cells = row.find_all("td")
    assert len(cells) == len(cases)
    headers = [th.get_text(strip=True) for th in soup.select(".jamforelse thead th")][1:]
    for cell, name in zip(cells, headers, strict=True):
        case = next(case for case in cases if case.municipality == name)
        assert re.match(r"(\w+) resultat finns i källorna|Källorna redovisar inga resultat", cell.get_text()), name
        assert cell.select_one(f'a[href="../{case.slug}/#uppfoljning-och-resultat"]') is not None, name
        assert cell.select("sup.kallhanvisning a"), name  # the counts cite the results' sources
    landskrona = cells[headers.index("Landskrona")].get_text(" ", strip=True)
    assert landskrona.startswith("Fem resultat finns i källorna, alla med svagt underlag.")


def test_case_summaries_read_as_written_by_a_person(site: Path) -> None:
    for case in check_project(ROOT).handbook.cases:
        text = soup_of(site / "fall" / case.slug / "index.html").select_one("ul.i-korthet").get_text(" ")
        assert "med fokus på uppgift saknas" not in text and not re.search(r"\b\d+ resultat i källorna", text)
    landskrona = soup_of(site / "fall" / "landskrona" / "index.html").select_one("ul.i-korthet").get_text(" ")
    assert "Fem resultat finns i källorna, alla med svagt underlag." in landskrona


def test_results_tables_are_in_year_order(site: Path) -> None:
    for case in check_project(ROOT).handbook.cases:
        soup = soup_of(site / "fall" / case.slug / "index.html")
        table = next((t for t in soup.select("table") if t.caption and "Resultat i" in t.caption.get_text()), None)
        if table is None:
            continue
        years = [row.find(["th", "td"]).get_text(strip=True) for row in table.select("tbody tr")]
        dated = [int(year) for year in years if year.isdigit()]
        assert dated == sorted(dated) and years[len(dated) :] == ["–"] * (len(years) - len(dated)), case.slug


def test_uncertain_figures_are_marked_in_the_open_data(site: Path) -> None:
    cases = check_project(ROOT).handbook.cases
    rows = {row["slug"]: row for row in csv.DictReader(io.StringIO((site / "data" / "fall.csv").read_text("utf-8")))}
    document = json.loads((site / "data" / "fall.json").read_text(encoding="utf-8"))
    uncertain = 0
    for case in cases:
        latest = case.latest_population()
        assert isinstance(latest, Known)
        row = rows[case.slug]
        if latest.uncertain:
            uncertain += 1
            assert row["folkmängd"] == f"{latest.value} (osäker uppgift)" and row["folkmängd_anmärkning"], case.slug
        else:
            assert row["folkmängd"] == str(latest.value) and not row["folkmängd_anmärkning"], case.slug
        in_json = next(item for item in document["fall"] if item["slug"] == case.slug)["folkmängd"]
        assert any(
            item.get("värde") == latest.value and ("osäker" in item) == bool(latest.uncertain) for item in in_json
        ), case.slug
    assert uncertain >= 3  # Landskrona, Emmaboda and Arvidsjaur have only secondary figures


@pytest.mark.browser
def test_a_source_list_opens_from_its_citation_and_prints_unfolded(plain_server: str, browser) -> None:  # noqa: ANN001
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(plain_server + "fall/landskrona/")
    listed = page.locator("details.kallor ol.kallor-lista")
    assert not listed.is_visible()  # folded on screen: only "Visa alla N källor" shows
    page.locator("sup.kallhanvisning a").first.click()  # the browser opens the list at the cited source
    wait_until(page, "() => document.querySelector('details.kallor').open")
    assert page.locator("#kalla-1").is_visible()
    printed = browser.new_page(viewport={"width": 794, "height": 1123})
    printed.goto(plain_server + "fall/landskrona/")
    printed.emulate_media(media="print")
    assert printed.locator("details.kallor ol.kallor-lista").is_visible()
    assert not printed.locator("details.kallor summary").is_visible()
    page.close()
    printed.close()
