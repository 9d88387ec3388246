"""Shared fixtures: one site build per test session, a local web server, a real Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))  # the tests use the benchmark's helpers and queries
from measure import launch, wait_until  # noqa: E402
from synthetic import write_cases  # noqa: E402

from handbok.checks.cross_checks import check_data  # noqa: E402
from handbok.mkdocs.generator import command  # noqa: E402
from handbok.model.handbook import Handbook, load_handbook  # noqa: E402
from handbok.problems import Problems  # noqa: E402


def run_mkdocs(project: Path, site_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Build `project` as an editor's `mkdocs build` would, with the generator HANDBOK_GENERATOR names."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    arguments = command("build", "--strict", "--site-dir", str(site_dir), *extra)
    return subprocess.run(arguments, cwd=project, capture_output=True, text=True, env=env)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test of the built site is marked built_site: `pytest -m built_site` runs them on another generator's build."""
    for item in items:
        if "site" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.built_site)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real content, built once with `mkdocs build --strict`."""
    site_dir = tmp_path_factory.mktemp("site")
    result = run_mkdocs(ROOT, site_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    return site_dir


@pytest.fixture(scope="session")
def pages(site: Path) -> list[Path]:
    """Every content page of the built site (not the 404 page)."""
    found = sorted(p for p in site.rglob("index.html"))
    assert found, "the build produced no pages"
    return found


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="session")
def server(site: Path) -> Iterator[str]:
    """The built site on http://127.0.0.1:<free port>/."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


def url_of(page_file: Path, site: Path, server: str) -> str:
    """The address a reader uses for a built `…/index.html`."""
    folder = page_file.parent.relative_to(site).as_posix()
    return server if folder == "." else f"{server}{folder}/"


STILL = """() => new Promise(frame => requestAnimationFrame(() => requestAnimationFrame(frame)))
  .then(() => Promise.all(document.getAnimations()
    .filter(motion => motion.effect && motion.effect.getComputedTiming().endTime !== Infinity)
    .map(motion => motion.finished.catch(() => null))))
  .then(() => true)"""


def until_still(page) -> None:  # noqa: ANN001 - Playwright's page
    """Wait until the page's transitions have ended. Material fades its "Tillbaka till toppen" button
    in when a page scrolls up (as it does when the planner moves the focus to its error summary);
    axe measuring the button half-faded reports a contrast the button never has at rest (it did, in CI)."""
    page.evaluate(STILL)


SEARCH_FOCUSED = "() => document.activeElement?.matches('input[data-md-component=search-query]')"


def open_search(page) -> None:  # noqa: ANN001 - Playwright's page
    """Press "s" as a reader does, and wait for the search box to have the focus: typed before that,
    "n" is Material's key for the next page. A key pressed before Material's script has started is
    lost (it was, once, in CI, on a page just opened from file://): then the reader presses it again.
    (Not `wait_for_function`: it polls by evaluating a string in the page, which the site's
    Content-Security-Policy rightly refuses.)"""
    page.wait_for_load_state("load")
    for attempt in range(5):
        page.keyboard.press("s")
        try:
            wait_until(page, SEARCH_FOCUSED, timeout=3)
            break
        except AssertionError:
            if attempt == 4:
                raise
    page.locator("input[data-md-component=search-query]").fill("")  # nothing typed yet, whatever came late


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def heading_text(heading: Tag) -> str:
    """A heading as a reader sees it: whitespace folded, without the permalink mark."""
    return " ".join(heading.get_text().split()).removesuffix("¶").strip()


def handbook_with_made_up_cases(folder: Path, total: int) -> tuple[int, Handbook, Problems]:
    """The real data with made-up cases up to `total`, loaded as the build loads it: (added, handbook, problems)."""
    for part in ("data", "cases", "docs"):
        shutil.copytree(ROOT / part, folder / part)
    added = write_cases(folder / "cases", total)
    problems = Problems()
    handbook = load_handbook(folder, "data", "cases", problems)
    check_data(handbook, folder / "docs", problems)
    return added, handbook, problems
