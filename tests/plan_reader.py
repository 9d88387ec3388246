"""What a reader does in Er plan, as steps the browser tests share: where the pages are (the site
online, the offline zip, or the stand-alone copy around the hand-made definition), filling a part,
reading it back, downloading a file."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conftest import wait_until

KEY = "handbok-plan"


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
    page.locator(".plan-app .plan-innehall").first.wait_for()


def fill_all(page, label: str) -> dict[str, str]:  # noqa: ANN001
    """Type distinct text into every field on the page (a new row added to each growing table first);
    {data-key: text}."""
    for button in page.locator(".plan-add").all():
        count = page.locator(".plan-row").count()
        button.click()
        wait_until(page, "n => document.querySelectorAll('.plan-row').length > n", count)
    typed = {}
    inputs = page.locator(".plan-app .plan-input[data-key]")
    for index in range(inputs.count()):
        field = inputs.nth(index)
        key = field.get_attribute("data-key") or ""
        text = f"{label} svar {index + 1} åäö"
        if field.get_attribute("data-date") is not None:
            text = f"2027-0{1 + index % 9}-1{index % 10}"
        field.fill(text)
        typed[key] = text
    return typed


def shown(page) -> dict[str, str]:  # noqa: ANN001
    found = {}
    inputs = page.locator(".plan-app .plan-input[data-key]")
    for index in range(inputs.count()):
        field = inputs.nth(index)
        found[field.get_attribute("data-key") or ""] = field.input_value()
    return found


def part_addresses(page, where: Where) -> list[tuple[str, str]]:  # noqa: ANN001
    """(page name, query) of every draft in the task list, in its order."""
    open_part(page, where, "index")
    found = []
    for link in page.locator(".plan-uppgift a").all():
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


def as_text(document: Path, folder: Path) -> str:
    """The document as LibreOffice reads it, converted to plain text."""
    profile = f"-env:UserInstallation={(folder / 'profil').as_uri()}"
    out = folder / document.suffix.lstrip(".")
    subprocess.run(["soffice", "--headless", "--norestore", profile, "--convert-to", "txt:Text (encoded):UTF8",
                    "--outdir", str(out), str(document)], check=True, capture_output=True, timeout=180)  # fmt: skip
    return (out / f"{document.stem}.txt").read_text(encoding="utf-8-sig")
