"""Er plan's app around the hand-made definition in fixtures/plan/ (plan_stub): what it does with bad
files, full or blocked storage, two tabs, refused input and the keyboard, online and from file://.
The handbook's own plan pages are tested as built in test_plan_site.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from measure import wait_until
from plan_reader import KEY, Where, bad_files_are_refused, fill_all, html_stays_text, open_part, stored
from plan_stub import write_stub
from site_copies import serving

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module", params=["http", "file"])
def where(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Where]:
    folder = write_stub(tmp_path_factory.mktemp(f"plan-{request.param}"), directory_urls=request.param == "http")
    if request.param == "file":
        yield Where(folder.as_uri() + "/", directory_urls=False)
        return
    with serving(folder) as address:
        yield Where(address, directory_urls=True)


@pytest.fixture
def page(browser, where: Where):  # noqa: ANN001, ANN201
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == []


def test_bad_files_are_refused_in_swedish_and_leave_the_plan(page, where: Where, tmp_path: Path) -> None:  # noqa: ANN001
    bad_files_are_refused(page, where, tmp_path)


def test_text_with_html_shows_as_text_and_runs_nothing(page, where: Where, tmp_path: Path) -> None:  # noqa: ANN001
    html_stays_text(page, where, tmp_path)


def test_full_storage_says_so_and_points_to_the_file(browser, where: Where) -> None:  # noqa: ANN001
    """The test stands in for a full disk (a browser's private mode); the app itself patches nothing."""
    context = browser.new_context()
    context.add_init_script(
        "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };"
    )
    page = context.new_page()
    open_part(page, where, "lagesbild")
    warning = page.locator("#plan-lagring")
    assert warning.is_visible() and "Spara som fil" in warning.inner_text()
    page.locator(".plan-input").first.fill("Text som inte kan sparas")
    assert page.locator(".plan-input").first.input_value() == "Text som inte kan sparas"
    context.close()


HAS_ANSWER = "([key, field, text]) => (JSON.parse(localStorage.getItem(key) || '{}').answers || {})[field] === text"


def test_two_tabs_keep_each_others_work(browser, where: Where) -> None:  # noqa: ANN001
    context = browser.new_context()
    first, second = context.new_page(), context.new_page()
    open_part(first, where, "lagesbild")
    open_part(second, where, "lagesbild")
    fields = first.locator(".plan-input[data-key]")
    key_a, key_b = fields.nth(1).get_attribute("data-key"), fields.nth(2).get_attribute("data-key")
    first.locator(f'[data-key="{key_a}"]').fill("Skrivet i första fliken")
    # Chromium hands a tab's storage to the others a moment later (it did not always arrive before
    # the next line, in CI): a reader switching tabs is slower than that, so the test waits as they do.
    wait_until(second, HAS_ANSWER, [KEY, key_a, "Skrivet i första fliken"])
    second.locator(f'[data-key="{key_b}"]').fill("Skrivet i andra fliken")
    wait_until(first, HAS_ANSWER, [KEY, key_b, "Skrivet i andra fliken"])
    answers = stored(first)["answers"]
    assert answers[key_a] == "Skrivet i första fliken" and answers[key_b] == "Skrivet i andra fliken"
    # The first tab shows what the second wrote, and says why.
    wait_until(first, f"() => document.querySelector('[data-key=\"{key_b}\"]').value === 'Skrivet i andra fliken'")
    assert "annan flik" in first.locator("#plan-meddelande").inner_text()
    context.close()


def test_a_wrong_date_is_refused_with_an_error_summary(page, where: Where) -> None:  # noqa: ANN001
    open_part(page, where, "lagesbild")
    date = page.locator(".plan-input[data-date]").first
    date.fill("32 mars")
    page.locator("#plan-klar").click()  # refused: the box stays empty
    summary = page.locator(".plan-felsammanfattning")
    summary.wait_for()
    assert "ÅÅÅÅ-MM-DD" in summary.inner_text() and not page.locator("#plan-klar").is_checked()
    assert date.get_attribute("aria-invalid") == "true"
    summary.locator("a").first.click()
    assert page.evaluate("document.activeElement.id") == date.get_attribute("id")
    date.fill("2027-03-15")
    page.locator("#plan-klar").check()
    assert stored(page)["done"] == {"lagesbild": True}
    open_part(page, where, "index")
    assert page.locator(".plan-app .plan-uppgift").first.locator(".plan-status").inner_text() == "Klar"


def test_clear_all_asks_first(page, where: Where) -> None:  # noqa: ANN001
    open_part(page, where, "lagesbild")
    typed = fill_all(page, "Töm")
    open_part(page, where, "index")
    page.get_by_role("button", name="Töm allt").click()
    page.get_by_role("button", name="Avbryt").click()
    assert stored(page)["answers"] != {}
    page.get_by_role("button", name="Töm allt").click()
    page.get_by_role("button", name="Ja, töm allt").click()
    assert stored(page)["answers"] == {} and typed
    assert page.locator(".plan-app .plan-status").first.inner_text() == "Inte påbörjad"


def test_keyboard_alone_fills_a_part_and_marks_it_done(page, where: Where) -> None:  # noqa: ANN001
    open_part(page, where, "index")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.plan-uppgift') !== null"):
            break
    page.keyboard.press("Enter")
    page.locator(".plan-form").wait_for()
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('plan-input')"):
            break
    page.keyboard.type("Skrivet med tangentbordet")
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id === 'plan-klar'"):
            break
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # "Spara och gå till alla delar"
    page.locator(".plan-uppgifter").wait_for()
    assert "Skrivet med tangentbordet" in stored(page)["answers"].values()
    assert page.locator(".plan-app .plan-status").first.inner_text() == "Klar"


def test_change_links_lead_to_the_answer(page, where: Where) -> None:  # noqa: ANN001
    open_part(page, where, "lagesbild")
    assert fill_all(page, "Ändra")
    open_part(page, where, "kontrollera")
    rows = page.locator(".plan-svar")
    for index in (0, rows.count() // 2):
        row = rows.nth(index)
        label = row.locator("dt").inner_text()
        row.get_by_role("link", name=f"Ändra {label}").click()
        page.locator(".plan-form").wait_for()
        wait_until(page, "() => document.activeElement.classList.contains('plan-input')")
        assert page.evaluate("document.activeElement.id") == page.url.split("#", 1)[1]
        page.go_back()


def test_the_law_page_shows_drafts_and_the_readers_own_state(page, where: Where) -> None:  # noqa: ANN001
    open_part(page, where, "lagen")
    cards = page.locator(".plan-krav")
    assert cards.count() == 4 and cards.first.locator(".plan-status").inner_text() == "saknas"
    open_part(page, where, "lagesbild")
    page.locator('.plan-input[data-key^="lagesbild."]').first.fill("Många inbrott i centrum")
    open_part(page, where, "lagen")
    assert page.locator(".plan-krav").first.locator(".plan-status").inner_text() == "påbörjad"
    social = page.locator(".plan-krav", has_text="Socialnämndens")
    social.get_by_label("finns").check()
    social.get_by_label("Anteckning").fill("Socialnämnden antog en plan 2025")
    assert stored(page)["lagen"]["socialnamnden"] == {"status": "finns", "note": "Socialnämnden antog en plan 2025"}
    open_part(page, where, "lagen")
    social = page.locator(".plan-krav", has_text="Socialnämndens")
    assert social.locator(".plan-status").inner_text() == "finns"
    assert social.get_by_label("Anteckning").input_value() == "Socialnämnden antog en plan 2025"
