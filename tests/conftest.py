"""Shared fixtures: one site build per test session, a local web server, a real Chromium."""

from __future__ import annotations

import contextlib
import fcntl
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


def run_mkdocs(project: Path, site_dir: Path, *extra: str, **variables: str) -> subprocess.CompletedProcess[str]:
    """Build `project` as an editor's `mkdocs build` would, with the generator HANDBOK_GENERATOR names
    (`variables`: extra environment)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **variables}
    arguments = command("build", "--strict", "--site-dir", str(site_dir), *extra)
    return subprocess.run(arguments, cwd=project, capture_output=True, text=True, env=env)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test of the built site is marked built_site: `pytest -m built_site` runs them on another generator's build.
    The others run first, while the site builds: otherwise both cores wait for the build at the start."""
    for item in items:
        if "site" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.built_site)
    items.sort(key=lambda item: item.get_closest_marker("built_site") is not None)  # stable: the order within stays


def shared_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for this run that every pytest-xdist worker sees (each worker's own tmp folders lie in it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextlib.contextmanager
def exclusive(lock_file: Path) -> Iterator[None]:
    """One process of the run at a time (the workers share one machine): for setup such as `npm ci`."""
    with lock_file.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


# The build writes its output and exit code, then exits: only then is its lock released.
# "$1" is the run's shared folder, the rest the generator's command (HANDBOK_GENERATOR).
SITE_BUILD = 'folder="$1"; shift; "$@" > "$folder/site.log" 2>&1; echo $? > "$folder/site.rc"'
_site_build: list[subprocess.Popen[bytes]] = []


@pytest.fixture(scope="session", autouse=True)
def site_build_started(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """When any test of this run needs the built site, its build starts at once, beside the first tests, and
    only once for all workers: the first to take the lock starts it and hands the lock to the build."""
    if any("site" in item.fixturenames for item in request.session.items):
        start_site_build(shared_folder(tmp_path_factory))
    yield
    for process in _site_build:
        process.wait()


def start_site_build(folder: Path) -> None:
    lock = os.open(folder / "site.lock", os.O_RDWR | os.O_CREAT)
    try:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return  # the build is running
        if (folder / "site").exists():
            return  # and is done
        (folder / "site").mkdir()
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        build = command("build", "--strict", "--site-dir", str(folder / "site"))
        shell = ["sh", "-c", SITE_BUILD, "sh", str(folder), *build]
        _site_build.append(subprocess.Popen(shell, cwd=ROOT, env=env, pass_fds=(lock,)))
    finally:
        os.close(lock)  # a build started keeps the lock until it is done


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real content, built once per run with `mkdocs build --strict` (see `site_build_started`)."""
    folder = shared_folder(tmp_path_factory)
    start_site_build(folder)  # no-op when started
    with (folder / "site.lock").open("r") as handle:
        fcntl.flock(handle, fcntl.LOCK_SH)  # waits while the build runs
    assert (folder / "site.rc").read_text().strip() == "0", (folder / "site.log").read_text()
    return folder / "site"


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
  .then(() => Promise.race([
    Promise.all(document.getAnimations()
      .filter(motion => motion.effect && motion.effect.getComputedTiming().endTime !== Infinity)
      .map(motion => motion.finished.catch(() => null))),
    new Promise(enough => setTimeout(enough, 5000)),  // a paused animation never finishes
  ]))
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
