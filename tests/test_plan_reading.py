"""Er plan's definition as the check reads it: the template reader's fields, tables and hints, and a
Swedish problem with its line for an id in data/plan.yml that no template has."""

from __future__ import annotations

from conftest import ROOT

from handbok.checks.plan_blocks import read_template
from handbok.checks.plan_definition import build_definition
from handbok.checks.project import check_project
from handbok.model.plan import PlanFile
from handbok.model.validate import validate
from handbok.problems import Problems
from handbok.sources.yaml_source import parse_yaml

PLAN_YML = """dokument:
  - id: lagesbild
    namn: Lägesbild
    steg: [1]
kopplingar:
  - från: lagesbild.prioriterade-problem
    till: lagesbild.okand-tabell
    sort: rader
    kolumner: {0: nr, 1: 7}
"""
TEMPLATE = "# Mall\n\n## Prioriterade problem\n\n| Problem | Plats |\n|---|---|\n| [Problem] | [Plats] |\n"


def test_an_unknown_id_in_plan_yml_is_a_swedish_problem_with_its_line() -> None:
    problems = Problems()
    source = parse_yaml(PLAN_YML, "data/plan.yml", problems)
    assert source is not None
    plan = validate(source, PlanFile, problems)
    assert plan is not None
    checked = check_project(ROOT)
    build_definition(
        plan,
        source,
        {"lagesbild": TEMPLATE},
        set(checked.pages),
        (checked.handbook.duties, checked.handbook.steps),
        problems,
    )
    assert [str(problem) for problem in problems] == [
        "data/plan.yml:7: Tabellen 'lagesbild.okand-tabell' finns inte i mallarna – skriv id:t på en tabell, "
        "till exempel lagesbild.prioriterade-problem (mall.rubrikens-kortnamn)."
    ]


def test_the_template_reader_gives_fields_tables_and_hints() -> None:
    page = (
        "# Mall\n\nOm mallen [@H1].\n\n## Om [Kommunens namn]\n\n*Fyll i.*\n\n| Uppgift | Ifyllt |\n|---|---|\n"
        "| Period | [Från] till [Till] |\n\n- Ansvarig: [Roll]\n- Fråga utan fält\n\n[Syfte]\n"
    )
    title, blocks = read_template("x", page, {"[Kommunens namn]": "gemensamt.kommunens-namn"})
    assert title == "Mall"
    assert [(b["type"], b.get("id"), b.get("text") or b.get("placeholder")) for b in blocks] == [
        ("hint", None, "Om mallen."),
        ("heading", "x.om-kommunens-namn", "Om [Kommunens namn]"),
        ("hint", None, "Fyll i."),
        ("field", "x.om-kommunens-namn.period", "[Från] till [Till]"),
        ("field", "x.om-kommunens-namn.ansvarig", "[Roll]"),
        ("paragraph", None, "Fråga utan fält"),
        ("field", "x.om-kommunens-namn.text", "[Syfte]"),
    ]
    assert blocks[1]["fields"] == ["gemensamt.kommunens-namn"]
