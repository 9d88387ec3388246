"""The W3C Nu HTML checker (vnu-jar from npm, run with Java) finds no error in our own markup."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, exclusive, shared_folder

# One worker runs this module: the checker runs once (make test: --dist loadgroup).
pytestmark = pytest.mark.xdist_group("markup")

VNU = ROOT / "bench" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
# Errors in Material for MkDocs' own templates, known and left to the theme: (message start, markup).
MATERIAL = [
    # The drawer and search toggles are checkboxes with autocomplete="off", which keeps a browser
    # from restoring them open; HTML allows autocomplete only on text-like inputs.
    ("Attribute “autocomplete” is only allowed when the input type is", 'class="md-toggle"'),
    # On a section's overview page (navigation.indexes) the menu title is a label for the
    # table-of-contents toggle #__toc, which Material leaves out of that page.
    ("The value of the “for” attribute of the “label” element must be the ID", 'for="__toc"'),
]


def is_materials(error: dict[str, str]) -> bool:
    return any(error["message"].startswith(start) and markup in error.get("extract", "") for start, markup in MATERIAL)


@pytest.fixture(scope="session")
def vnu(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The checker from bench/package-lock.json; installed with `npm ci` when it is missing (by one worker)."""
    with exclusive(shared_folder(tmp_path_factory) / "npm.lock"):
        if not VNU.is_file():
            if shutil.which("npm") is None:
                if os.environ.get("CI") == "true":
                    pytest.fail("npm saknas: installera npm (apt-get install npm) så att HTML-kontrollen kan köras")
                pytest.skip("npm saknas: HTML-kontrollen (vnu-jar) körs inte")
            npm = ["npm", "ci", "--prefix", str(ROOT / "bench"), "--no-audit", "--no-fund", "--silent"]
            subprocess.run([*npm, "--ignore-scripts"], check=True)
    assert shutil.which("java"), "java saknas: installera default-jre-headless (make setup gör det)"
    return VNU


SAMPLE = '<!DOCTYPE html><html lang="sv"><title>x</title><span aria-label="Ingen uppgift">–</span>'


@pytest.fixture(scope="module")
def messages(site: Path, vnu: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, str]]]:
    """The checker's errors, by file: the built site, and a sample that holds the old roles-matrix markup
    (aria-label on a plain span). One run: Java takes seconds to start."""
    sample = tmp_path_factory.mktemp("vnu") / "sida.html"
    sample.write_text(SAMPLE, encoding="utf-8")
    result = subprocess.run(
        ["java", "-jar", str(vnu), "--format", "json", "--errors-only", "--skip-non-html", str(site), str(sample)],
        capture_output=True,
        text=True,
    )
    assert result.returncode in (0, 1), result.stderr  # 1: errors found (the sample's, and maybe Material's)
    found: dict[str, list[dict[str, str]]] = {}
    for message in json.loads(result.stderr)["messages"]:
        if message["type"] == "error":
            path = Path(message["url"].removeprefix("file:"))
            found.setdefault("sample" if path == sample else str(path.relative_to(site)), []).append(message)
    return found


def test_the_checker_finds_no_error_in_our_markup(messages: dict[str, list[dict[str, str]]]) -> None:
    ours = [
        f"{path}:{error.get('lastLine')}: {error['message']}"
        for path, errors in messages.items()
        if path != "sample"
        for error in errors
        if not is_materials(error)
    ]
    assert ours == [], "\n".join(ours)


def test_the_checker_does_find_an_error(messages: dict[str, list[dict[str, str]]]) -> None:
    """The check itself works: the sample's aria-label on a plain span is an error, and not Material's."""
    errors = messages["sample"]
    assert len(errors) == 1 and "aria-label" in errors[0]["message"] and not is_materials(errors[0])
