"""What a reader does in Er plan, as steps the browser tests share: where the pages are (the site
online, the offline zip, or the stand-alone copy around the hand-made definition), filling a part,
reading it back, downloading a file."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from measure import wait_until

KEY = "handbok-plan"
HTML_TEXT = '<script>window.ran = 1</script><b>fet</b> & <img src=x onerror="window.ran=2">'


def a_plan(answers: dict[str, object]) -> dict[str, object]:
    return {
        "format": 1,
        "kind": "handbok-plan",
        "revision": 3,
        "saved": "2026-12-01T10:00:00Z",
        "answers": answers,
        "done": {},
        "lagen": {},
    }


BAD_FILES = {
    "inte-en-plan.json": (json.dumps({"hej": "du"}), "Filen är inte en plan från Er plan"),
    "for-stor.json": (
        '{"kind": "handbok-plan", "format": 1, "x": "' + "a" * (1024 * 1024 + 10) + '"}',
        "Filen är större än 1 MB",
    ),
    "nyare.json": (json.dumps({**a_plan({}), "format": 2}), "nyare version av Er plan (format 2)"),
    "trasig.json": ('{"kind": "handbok-plan", "format": 1, "answers": {', "Filen går inte att läsa"),
}


@dataclass(frozen=True)
class Where:
    """The planner's pages under `root` (an http:// or file:// address ending in /)."""

    root: str
    directory_urls: bool

    def url(self, name: str, query: str = "") -> str:
        if self.directory_urls:
            return f"{self.root}plan/{'' if name == 'index' else name + '/'}{query}"
        return f"{self.root}plan/{name}.html{query}"


def definition(page) -> dict[str, Any]:  # noqa: ANN001 - Playwright's page
    return json.loads(page.locator("#handbok-plan-definition").text_content() or "{}")


def stored(page) -> dict[str, Any]:  # noqa: ANN001
    return json.loads(page.evaluate(f"() => localStorage.getItem('{KEY}') || 'null'") or "null") or {}


def open_part(page, where: Where, name: str, query: str = "") -> None:  # noqa: ANN001
    page.goto(where.url(name, query))
    page.locator(".plan-app .plan-app__innehall").first.wait_for()


FIELDS = ".plan-app .plan-input[data-key]"
KEYS = "fields => fields.map(field => [field.dataset.key, field.hasAttribute('data-date')])"
VALUES = "fields => Object.fromEntries(fields.map(field => [field.dataset.key, field.value]))"
# Each field gets its text and the input event typing gives (the app saves on it). In one call: typing
# into the hundred or more fields one by one took Playwright a second per part (real typing, focus and
# keys: test_plan_app's keyboard test).
TYPE = """(fields, texts) => fields.forEach((field, index) => {
  field.value = texts[index];
  field.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertText', data: texts[index]}));
})"""


def fill_all(page, label: str) -> dict[str, str]:  # noqa: ANN001
    """Text, distinct in every field on the page (a new row added to each growing table first);
    {data-key: text}."""
    for button in page.locator(".plan-add").all():
        count = page.locator(".plan-row").count()
        button.click()
        wait_until(page, "n => document.querySelectorAll('.plan-row').length > n", count)
    inputs = page.locator(FIELDS)
    keys = inputs.evaluate_all(KEYS)
    texts = [
        f"2027-0{1 + index % 9}-1{index % 10}" if is_date else f"{label} svar {index + 1} åäö"
        for index, (_, is_date) in enumerate(keys)
    ]
    inputs.evaluate_all(TYPE, texts)
    return {key: text for (key, _), text in zip(keys, texts, strict=True)}


def shown(page) -> dict[str, str]:  # noqa: ANN001
    """{data-key: what the field shows} for every field on the page."""
    return page.locator(FIELDS).evaluate_all(VALUES)


def part_addresses(page, where: Where) -> list[tuple[str, str]]:  # noqa: ANN001
    """(page name, query) of every draft in the task list, in its order."""
    open_part(page, where, "index")
    found = []
    for link in page.locator(".plan-app .plan-uppgift a").all():
        href = link.get_attribute("href") or ""
        path, _, query = href.partition("?")
        name = path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")
        found.append((name, f"?{query}" if query else ""))
    return found


def download(page, button: str, folder: Path) -> Path:  # noqa: ANN001
    with page.expect_download() as event:
        page.get_by_role("button", name=button).click()
    target = folder / event.value.suggested_filename
    event.value.save_as(target)
    return target


def as_texts(documents: list[Path], folder: Path) -> dict[Path, str]:
    """Each document as LibreOffice reads it, converted to plain text: one run of LibreOffice for each
    kind of file (it takes a few seconds to start)."""
    profile = f"-env:UserInstallation={(folder / 'profil').as_uri()}"
    texts = {}
    for suffix in sorted({document.suffix for document in documents}):
        out, files = folder / suffix.lstrip("."), [document for document in documents if document.suffix == suffix]
        command = ["soffice", "--headless", "--norestore", profile, "--convert-to", "txt:Text (encoded):UTF8"]
        subprocess.run([*command, "--outdir", str(out), *map(str, files)], check=True, capture_output=True, timeout=300)
        texts |= {file: (out / f"{file.stem}.txt").read_text(encoding="utf-8-sig") for file in files}
    return texts


def definition_of(page, where: Where) -> dict[str, Any]:  # noqa: ANN001
    open_part(page, where, "index")
    return definition(page)


def bad_files_are_refused(page, where: Where, folder: Path) -> None:  # noqa: ANN001
    """The four bad files: each its Swedish message in the error summary, the stored plan untouched."""
    open_part(page, where, "lagesbild")
    page.locator(".plan-input").first.fill("Vår egen text")
    before = stored(page)
    open_part(page, where, "index")
    for name, (content, message) in BAD_FILES.items():
        (folder / name).write_text(content, encoding="utf-8")
        page.locator("#plan-oppna").set_input_files(str(folder / name))
        summary = page.locator(".plan-felsammanfattning")
        summary.wait_for()
        assert message in summary.inner_text(), name
        assert page.evaluate("document.activeElement.classList.contains('plan-felsammanfattning')")
        assert stored(page) == before, name


def html_stays_text(page, where: Where, folder: Path) -> None:  # noqa: ANN001
    """A plan whose text holds HTML and script: opened, shown as text on every page, nothing run."""
    path = folder / "html.json"
    source = next(link["from"] for link in definition_of(page, where)["links"] if link["kind"] == "one-per-row")
    plan = a_plan({source: [[HTML_TEXT, "Torget", "Mörker"]], "gemensamt.kommunens-namn": HTML_TEXT})
    path.write_text(json.dumps(plan), encoding="utf-8")
    open_part(page, where, "index")
    page.locator("#plan-oppna").set_input_files(str(path))
    opened = "() => document.querySelector('.plan-app .plan-uppgifter').textContent.includes('<b>fet</b>')"
    wait_until(page, f"() => !!document.querySelector('.plan-fraga') || ({opened})()")
    if page.locator(".plan-fraga").count():  # a plan is there already: the reader says yes to replacing it
        page.get_by_role("button", name="Ja, öppna filen").click()
    wait_until(page, opened)
    assert stored(page)["answers"] == plan["answers"]
    for name in ("index", "lagesbild", "kontrollera", "samverkansoverenskommelse"):
        open_part(page, where, name)
        assert HTML_TEXT in page.locator(".plan-app").inner_text() or HTML_TEXT in shown(page).values(), name
        assert page.locator(".plan-app b, .plan-app img[src=x], .plan-app script").count() == 0, name
        assert page.evaluate("window.ran") is None, name
