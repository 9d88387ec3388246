"""Shared fixtures: one site build per test session, a local web server, a real Chromium."""

from __future__ import annotations

import contextlib
import fcntl
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))  # the tests use the benchmark's helpers and queries
from browsing import covering  # noqa: E402
from measure import launch  # noqa: E402
from plan_reader import Where  # noqa: E402
from site_copies import serving, unpacked  # noqa: E402

from handbok.mkdocs.generator import command  # noqa: E402


def run_mkdocs(project: Path, site_dir: Path, *extra: str, **variables: str) -> subprocess.CompletedProcess[str]:
    """Build `project` as an editor's `mkdocs build` would, with the generator HANDBOK_GENERATOR names
    (`variables`: extra environment)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **variables}
    arguments = command("build", "--strict", "--site-dir", str(site_dir), *extra)
    return subprocess.run(arguments, cwd=project, capture_output=True, text=True, env=env)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test of the built site is marked built_site: `pytest -m built_site` runs them on another generator's build.
    The order is the order the workers take the tests in. While the site builds (a plain `pytest`), the others
    run first: otherwise both cores wait for the build at the start. Then the long tests, so that no core is
    left with one at the end while the other has nothing to do."""
    for item in items:
        if "site" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.built_site)
    building = not os.environ.get(BUILT)

    def turn(item: pytest.Item) -> tuple[bool, bool]:
        return building and item.get_closest_marker("built_site") is not None, item.get_closest_marker("long") is None

    items.sort(key=turn)  # stable: the order within stays


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
BUILT = "HANDBOK_BUILT_SITE"  # a site built a moment ago by `make test` (see `site`)


@pytest.fixture(scope="session", autouse=True)
def site_build_started(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """When any test of this run needs the built site, its build starts at once, beside the first tests, and
    only once for all workers: the first to take the lock starts it and hands the lock to the build."""
    if not os.environ.get(BUILT) and any("site" in item.fixturenames for item in request.session.items):
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
    """The real content, built once per run with `mkdocs build --strict` (see `site_build_started`); under
    `make test`, the site its `build` step made just before with the same command (HANDBOK_BUILT_SITE)."""
    if built := os.environ.get(BUILT):
        assert (Path(built) / "index.html").is_file(), f"{BUILT}={built}: no built site there"
        return Path(built)
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


@pytest.fixture(scope="session")
def server(site: Path) -> Iterator[str]:
    """The built site on http://127.0.0.1:<free port>/."""
    with serving(site) as address:
        yield address


@pytest.fixture(scope="session")
def plain_server(site: Path) -> Iterator[str]:
    """The built site as `server` serves it, but its search index lists no pages: for the tests that do
    not search (see site_copies)."""
    with serving(site, plain=True) as address:
        yield address


@pytest.fixture(scope="session")
def offline(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline zip unpacked, once per worker: its top folder, as a reader opens it from file://."""
    return unpacked(site, tmp_path_factory.mktemp("offline"))


@pytest.fixture(scope="session")
def plain_offline(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`offline`, but its search index lists no pages: for the tests that do not search."""
    return unpacked(site, tmp_path_factory.mktemp("plain-offline"), plain=True)


@pytest.fixture(scope="session")
def cover(pages: list[Path]) -> list[Path]:
    """`browsing.covering(pages)`, worked out once per worker."""
    return covering(pages)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def heading_text(heading: Tag) -> str:
    """A heading as a reader sees it: whitespace folded, without the permalink mark."""
    return " ".join(heading.get_text().split()).removesuffix("¶").strip()


@pytest.fixture(scope="module", params=["online", "offline"])
def where(request: pytest.FixtureRequest) -> Where:
    """Er plan's pages: served (`plain_server`), and from the offline zip (`plain_offline`, file://)."""
    if request.param == "online":
        return Where(request.getfixturevalue("plain_server"), directory_urls=True)
    return Where(request.getfixturevalue("plain_offline").as_uri() + "/", directory_urls=False)
