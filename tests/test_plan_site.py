"""Er plan as built, online and from the offline zip (file://): every field of every part comes back
after a reload, the Word and OpenDocument files hold the reader's text and the template's headings
(as LibreOffice reads them), and a saved file opens to the same plan. Online: a problem carries on
from the lägesbild to the agreement and the follow-up, and bad files are refused."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from plan_reader import (
    Where,
    as_texts,
    bad_files_are_refused,
    definition,
    download,
    fill_all,
    html_stays_text,
    open_part,
    part_addresses,
    shown,
    stored,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser) -> Iterator[object]:  # noqa: ANN001
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == []


def fill_the_whole_plan(page, where: Where) -> tuple[dict[str, str], list[tuple[str, str]]]:  # noqa: ANN001
    """Every field of every part, distinct text in each; ({key: text last typed}, the parts' addresses)."""
    open_part(page, where, "lagesbild")
    typed = fill_all(page, "lagesbild")
    parts = part_addresses(page, where)
    for name, query in parts[1:]:
        open_part(page, where, name, query)
        typed.update(fill_all(page, f"{name}{query}"))
    return typed, parts


def test_every_field_of_every_part_comes_back_after_a_reload(page, where: Where) -> None:  # noqa: ANN001
    typed, parts = fill_the_whole_plan(page, where)
    assert len(parts) >= 6 and len(typed) > 100  # two or more åtgärdsplaner, one per prioritised problem
    seen: dict[str, str] = {}
    for name, query in parts:
        open_part(page, where, name, query)
        seen.update(shown(page))
    assert seen == typed


def test_a_problem_carries_on_to_the_plan_the_agreement_and_the_follow_up(page, plain_server: str) -> None:  # noqa: ANN001
    """Online only: what carries on is the app's logic, the same from file:// (test_plan_app runs the app there)."""
    where = Where(plain_server, directory_urls=True)
    open_part(page, where, "lagesbild")
    links = definition(page)["links"]
    per_problem = next(link for link in links if link["kind"] == "one-per-row")
    problem = "Nattliga inbrott vid stationen"
    page.locator(f'[data-key="{per_problem["from"]}.1.{per_problem["column"] + 1}"]').fill(problem)
    parts = part_addresses(page, where)
    assert any(problem in text for text in page.locator(".plan-app .plan-uppgift a").all_inner_texts())
    plan = per_problem["to"]
    open_part(page, where, plan, "?nr=1")
    assert problem in shown(page).values()  # the plan's title and problem, not typed again
    goal_link = next(link for link in links if link["kind"] == "row-per-copy" and link["from"] == plan)
    goal_field = next(value for value in goal_link["columns"].values() if isinstance(value, str) and "." in value)
    page.locator(f'[data-key="{plan}#1.{goal_field}"]').fill("Färre inbrott vid stationen 2028")
    measures = next(link for link in links if link["kind"] == "rows" and link["from"].startswith(plan + "."))
    column = next(value for value in measures["columns"].values() if isinstance(value, int))
    page.locator(f'[data-key="{plan}#1.{measures["from"]}.1.{column + 1}"]').fill("Bättre belysning vid stationen")
    agreement = goal_link["to"].split(".")[0]
    open_part(page, where, agreement)
    values = "\n".join(shown(page).values())
    assert (
        problem in values
        and "Färre inbrott vid stationen 2028" in values
        and "Bättre belysning vid stationen" in values
    )
    follow_up = next(link for link in links if link["kind"] == "rows" and link["from"].startswith(agreement + "."))
    source = next(value for value in follow_up["columns"].values() if isinstance(value, int))
    page.locator(f'[data-key="{follow_up["from"]}.1.{source + 1}"]').fill("Antal inbrott vid stationen")
    open_part(page, where, follow_up["to"].split(".")[0])
    assert "Antal inbrott vid stationen" in shown(page).values()
    assert len(parts) >= 5


def test_a_download_holds_the_readers_text_and_the_templates_headings(page, where: Where, tmp_path: Path) -> None:  # noqa: ANN001
    buttons = ("Ladda ner som Word", "Ladda ner som OpenDocument")
    open_part(page, where, "medborgarlofte")  # nothing written yet: the template's placeholders stay
    fields = [block for block in definition(page)["documents"][-1]["blocks"] if block["type"] == "field"]
    untouched = [download(page, button, tmp_path / "tom") for button in buttons]
    wanted: dict[Path, list[str]] = {}  # each download: the headings and answers it must hold
    for name in ("lagesbild", "samverkansoverenskommelse"):
        open_part(page, where, name)
        fill_all(page, name)
        headings = page.locator(".plan-form .plan-rubrik").all_inner_texts()
        answers = [text for text in shown(page).values() if text]
        wanted |= {download(page, button, tmp_path): headings + answers for button in buttons}
    texts = as_texts([*untouched, *wanted], tmp_path)
    for document in untouched:
        assert fields and [f["placeholder"] for f in fields if f["placeholder"] not in texts[document]] == []
    assert len(wanted) == 4
    for document, lines in wanted.items():
        assert [line for line in lines if line not in texts[document]] == [], document.name


def test_a_saved_file_opens_to_the_same_plan(page, where: Where, tmp_path: Path) -> None:  # noqa: ANN001
    open_part(page, where, "lagesbild")
    fill_all(page, "lagesbild")
    open_part(page, where, "atgardsplan", "?nr=2")
    fill_all(page, "atgardsplan 2")
    page.locator("#plan-klar").check()
    open_part(page, where, "index")
    saved = json.loads(download(page, "Spara som fil", tmp_path).read_text(encoding="utf-8"))
    assert saved == stored(page) and saved["format"] == 1 and saved["kind"] == "handbok-plan"
    assert saved["done"] == {"atgardsplan#2": True} and len(saved["answers"]) > 20
    page.get_by_role("button", name="Töm allt").click()
    page.get_by_role("button", name="Ja, töm allt").click()
    assert stored(page)["answers"] == {}
    page.locator("#plan-oppna").set_input_files(str(next(tmp_path.glob("var-plan-*.json"))))
    page.locator("#plan-meddelande", has_text="är öppnad").wait_for()
    again = stored(page)
    assert {k: again[k] for k in ("answers", "done", "lagen")} == {k: saved[k] for k in ("answers", "done", "lagen")}


def test_bad_files_are_refused_and_html_stays_text(page, plain_server: str, tmp_path: Path) -> None:  # noqa: ANN001
    """Online only, as above: test_plan_app refuses the same files from file://."""
    where = Where(plain_server, directory_urls=True)
    bad_files_are_refused(page, where, tmp_path)
    html_stays_text(page, where, tmp_path)
