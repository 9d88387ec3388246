"""The crosswalk: every duty says whether the law requires it, cites a source and links to its steps."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, soup_of
from measure import copy_project

from handbok.checks.project import check_project


def test_the_crosswalk_page_lists_every_duty_with_its_kind_and_steps(site: Path) -> None:
    checked = check_project(ROOT)
    page = soup_of(site / "fordjupning" / "krav-och-rekommendationer" / "index.html")
    rows = page.select("div.krav tbody tr")
    assert len(rows) == len(checked.handbook.duties)
    kinds = [row.select_one(".sort").get_text() for row in rows]
    assert set(kinds) == {"Krav i lag", "Möjlighet i lag", "Rekommendation"}
    order = ["Krav i lag", "Möjlighet i lag", "Rekommendation"]
    assert kinds == sorted(kinds, key=order.index)  # what the law requires, then what it allows, then advice
    sharing = next(row for row in rows if "Dela uppgifter mellan myndigheter" in row.get_text())
    assert sharing.select_one(".sort").get_text() == "Möjlighet i lag"  # "får dela" is no duty
    for row in rows:
        assert row.select("sup.kallhanvisning"), row.get_text()
        for link in row.select("td:last-child a"):
            target = (page_dir := site / "fordjupning" / "krav-och-rekommendationer") / link["href"]
            assert (target / "index.html").is_file(), (page_dir, link["href"])
    text = page.get_text(" ")
    assert "kräver inte att kommunen skriver en samverkansöverenskommelse" in " ".join(text.split())
    agreement = next(row for row in rows if "Samverkansöverenskommelse" in row.th.get_text())
    assert agreement.select_one(".sort").get_text() == "Rekommendation"


def test_each_step_page_says_what_the_law_requires_in_it(site: Path) -> None:
    checked = check_project(ROOT)
    for step in checked.handbook.steps:
        page = soup_of(site / step.page.removesuffix(".md") / "index.html")
        heading = page.find(id="det-har-kraver-lagen-i-steget")
        assert heading is not None, step.page
        box = heading.find_next("div", class_="lagen-i-steget")
        required = [duty.name for duty in checked.handbook.duties if step.number in duty.steps]
        assert all(name in box.get_text() for name in required), step.page


def test_a_duty_naming_an_unknown_step_template_or_item_stops_the_check(tmp_path: Path) -> None:
    import subprocess
    import sys

    project = copy_project(tmp_path / "projekt")
    duties = project / "data" / "krav.yml"
    text = duties.read_text(encoding="utf-8")
    text = text.replace("steg: [2, 3]", "steg: [2, 9]", 1).replace("mallar: [atgardsplan]", "mallar: [avtal]", 1)
    text = text.replace('klart_när: ["1.3"]', 'klart_när: ["1.9"]', 1).replace("sort: rekommendation", "sort: råd", 1)
    duties.write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "handbok", "check"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 1
    assert "data/krav.yml:" in result.stdout and "'sort' kan inte vara 'råd'" in result.stdout, result.stdout
    duties.write_text(text.replace("sort: råd", "sort: rekommendation"), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "handbok", "check"], cwd=project, capture_output=True, text=True)
    lines = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("data/krav.yml:")]
    assert any("Steg 9 finns inte" in line for line in lines), result.stdout
    assert any("Mallen 'avtal' finns inte" in line for line in lines), result.stdout
    assert any("Punkten '1.9' finns inte" in line for line in lines), result.stdout


def test_a_step_without_a_duty_says_what_we_have_read_of_the_law(site: Path) -> None:
    checked = check_project(ROOT)
    required = {step for duty in checked.handbook.duties if duty.kind == "krav i lag" for step in duty.steps}
    free = [step for step in checked.handbook.steps if step.number not in required]
    assert free
    for step in free:
        box = soup_of(site / step.page.removesuffix(".md") / "index.html").select_one(".lagen-i-steget")
        text = box.get_text(" ", strip=True)
        assert "I de delar av lagen som vi har läst, 1–4 §" in text and "inga egna krav" not in text, step.page
        assert box.find("a", string="det här har vi inte kunnat kontrollera") is not None
