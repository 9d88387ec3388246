"""What a reader does in a real browser: tick a checklist, come back, read on a phone."""

from __future__ import annotations

import pytest
from browsing import open_search

pytestmark = pytest.mark.browser


def test_checklist_ticks_survive_a_reload_and_can_be_reset(plain_server: str, browser) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(plain_server + "processen/steg-1-initiera/")
    boxes = page.locator(".klart-nar input[type=checkbox]")
    assert boxes.count() >= 3
    boxes.nth(0).check()
    boxes.nth(2).check()
    status = page.locator(".klart-nar__status")
    assert status.inner_text().startswith(f"2 av {boxes.count()}")
    page.reload()
    assert boxes.nth(0).is_checked() and boxes.nth(2).is_checked() and not boxes.nth(1).is_checked()
    page.goto(plain_server + "processen/")
    assert page.locator('.framsteg[data-steg="initiera"] .framsteg__antal').inner_text().startswith("2 av")
    assert page.locator(".framsteg-lista").is_visible()
    page.goto(plain_server + "processen/steg-1-initiera/")
    page.get_by_role("button", name="Ta bort alla bockar").click()
    page.reload()
    assert not any(boxes.nth(i).is_checked() for i in range(boxes.count()))
    stored = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('handbok-klart:'))")
    assert stored == []
    context.close()


def test_checklist_is_a_plain_list_without_javascript(plain_server: str, browser) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(plain_server + "processen/steg-2-egna-forberedelser/")
    items = page.locator(".klart-nar li")
    assert items.count() >= 3 and all(items.nth(i).inner_text().strip() for i in range(items.count()))
    assert page.locator(".klart-nar__rensa").count() == 0
    assert not page.locator(".framsteg-lista").is_visible()
    context.close()


def test_tap_targets_in_checklists_are_large_enough(plain_server: str, browser) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(plain_server + "processen/steg-4-genomforande/")
    heights = page.locator(".klart-nar label").evaluate_all("els => els.map(e => e.getBoundingClientRect().height)")
    assert heights and min(heights) >= 44
    context.close()


def test_search_opens_from_the_magnifier_on_a_phone(server: str, browser) -> None:
    """Material fetches the search index when the page starts (no patch holds it back any more: see
    ARCHITECTURE.md): once, from the site itself, and the magnifier finds an inflected form."""
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    # Waits for the index's request itself: on a busy machine Material's script can start later than
    # half a second of network silence ("networkidle"), and the request was not yet seen (once, in a clone).
    with page.expect_request(lambda request: "search_index" in request.url):
        page.goto(server + "fall/landskrona/")
    page.locator("label[for=__search]").first.click()  # the magnifier on a phone
    page.locator("input[data-md-component=search-query]").press_sequentially("medborgarlöftena")
    page.locator("li.md-search-result__item").first.wait_for()
    assert "fordjupning/medborgarloften/" in page.locator("a.md-search-result__link").first.get_attribute("href")
    assert [url for url in requested if "search_index" in url] == [server + "search/search_index.json"]
    context.close()


def test_a_page_opened_from_a_search_result_marks_the_words_searched_for(server: str, browser) -> None:
    """Material's search.highlight marks the words searched for on the page opened from a result (?h=…)."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(server)
    open_search(page)
    page.locator("input[data-md-component=search-query]").press_sequentially("lägesbild")
    page.locator("li.md-search-result__item > a.md-search-result__link").first.click()
    page.wait_for_load_state("load")
    assert "h=l%C3%A4gesbild" in page.url
    page.locator("article mark").first.wait_for(timeout=15000)
    assert "lägesbild" in page.locator("article mark").first.inner_text().lower()
    context.close()


def test_generated_tables_make_sense_to_a_screen_reader(plain_server: str, browser) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(plain_server + "fall/jamforelse/")
    table = page.get_by_role("table", name="Fallen jämförda: Brås sex delar i en överenskommelse och sammanhanget")
    assert table.count() == 1
    tree = table.aria_snapshot()
    assert 'columnheader "Innehåll"' in tree
    assert 'rowheader "Prioriterade problem"' in tree
    page.goto(plain_server + "vem-gor-vad/")
    matrix = page.get_by_role("table", name="Vem gör vad i de fem stegen")
    assert 'rowheader "Kommunpolis' in matrix.aria_snapshot()
    context.close()
