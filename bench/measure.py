"""What every benchmark needs: building, serving, weighing a page in Chromium, Lighthouse, the report."""

from __future__ import annotations

import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from handbok.documents.browser_libraries import LIBRARIES
from handbok.mkdocs.generator import command

ROOT = Path(__file__).resolve().parent.parent

RUNS = 3
CHROMIUM = "/usr/bin/chromium"  # Debian's; nothing downloads a browser
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LIGHTHOUSE = ROOT / "bench" / "node_modules" / "lighthouse" / "cli" / "index.js"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
PAGES_ONLY = {"HANDBOK_PDF": "0", "HANDBOK_ZIP": "0"}  # a build of the pages: no PDF, templates or zip
rows: list[tuple[str, str, str]] = []  # (measure, value, verdict)


def report(measure: str, value: str, budget: str = "", ok: bool | None = None) -> None:
    verdict = "" if ok is None else ("OK" if ok else "ÖVER BUDGET") + (f" ({budget})" if budget else "")
    rows.append((measure, value, verdict))
    print(f"  {measure:<58} {value:>14}  {verdict}", flush=True)


def run_build(project: Path, site: Path, env: dict[str, str]) -> None:
    """One quiet `mkdocs build` of `project` into `site`, with `env` added to the environment."""
    arguments = command("build", "--quiet", "--site-dir", str(site))
    subprocess.run(arguments, cwd=project, env={**ENV, **env}, check=True, capture_output=True)


def cpu_seconds() -> float:
    """User and system CPU seconds of every child process this one has waited for so far."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed_build(project: Path, site: Path, **env: str) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, the processes it starts included) of one build.
    CPU time is steadier than wall time on a machine that others share: a slow spell waits, but does
    not add CPU time."""
    before, started = cpu_seconds(), time.perf_counter()
    run_build(project, site, env)
    return time.perf_counter() - started, cpu_seconds() - before


def build(project: Path, site: Path, **env: str) -> float:
    """Wall seconds of one build."""
    return timed_build(project, site, **env)[0]


def build_cpu(project: Path, site: Path, **env: str) -> float:
    """CPU seconds of one build (see `timed_build`)."""
    return timed_build(project, site, **env)[1]


def copy_project(target: Path) -> Path:
    ignore = shutil.ignore_patterns(".git", ".venv", ".cache", "site", "node_modules", "__pycache__", "*.egg-info")
    shutil.copytree(ROOT, target, ignore=ignore)
    # The site's own browser libraries (Er plan's downloads), as `npm ci` installed them; not bench's Lighthouse.
    for package in sorted({library.package for library in LIBRARIES}):
        shutil.copytree(ROOT / "node_modules" / package, target / "node_modules" / package)
    # As `make build` leaves it: our code byte-compiled once, not again on every build.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "handbok", "macros.py"], cwd=target, check=True)
    return target


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9))


def weigh(browser, base: str, path: str) -> dict[str, int]:  # noqa: ANN001
    """A first visit in Chromium: bytes per kind (raw and transferred) and requests."""
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    seen: list = []
    page.on("requestfinished", lambda request: seen.append(request))
    page.goto(base + path, wait_until="networkidle")
    page.wait_for_timeout(500)
    totals: dict[str, int] = {"requests": len(seen), "transfer": 0}
    for request in seen:
        response = request.response()
        body = response.body() if response else b""
        kind = (
            request.resource_type
            if request.resource_type in ("document", "stylesheet", "script")
            else ("index" if "search_index" in request.url else "other")
        )
        totals[f"{kind}_raw"] = totals.get(f"{kind}_raw", 0) + len(body)
        totals[f"{kind}_gzip"] = totals.get(f"{kind}_gzip", 0) + gz(body)
        sent = request.sizes()["responseBodySize"] + request.sizes()["responseHeadersSize"]
        totals["transfer"] += sent
        if kind == "index":  # Material fetches it as the page starts: the budget counts it apart
            totals["index_transfer"] = totals.get("index_transfer", 0) + sent
    context.close()
    return totals


def lighthouse(base: str, path: str) -> dict[str, float]:
    if not LIGHTHOUSE.is_file():
        return {}
    with tempfile.NamedTemporaryFile(suffix=".json") as output:
        subprocess.run(
            [
                "node",
                str(LIGHTHOUSE),
                base + path,
                "--quiet",
                "--output=json",
                f"--output-path={output.name}",
                "--form-factor=mobile",
                f"--chrome-flags={' '.join(CHROMIUM_ARGS)}",
            ],
            env={**ENV, "CHROME_PATH": CHROMIUM},
            check=True,
            capture_output=True,
        )
        categories = json.loads(Path(output.name).read_text())["categories"]
    return {name: round(100 * value["score"]) for name, value in categories.items()}


def frame_size(html: bytes) -> int:
    """Bytes of a page that are not its own text: menu, header, footer, contents list."""
    start, end = html.find(b"<article"), html.rfind(b"</article>")
    return len(html) - (end - start) if 0 <= start < end else len(html)


def launch(playwright):  # noqa: ANN001, ANN201 - Playwright's own types
    """Debian's Chromium with the project's flags: for the benchmark and the tests alike."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def wait_until(page, expression: str, arg: object = None, timeout: float = 15.0) -> None:  # noqa: ANN001
    """Poll a JavaScript function of `arg` from outside the page until it is true. Not Playwright's
    `wait_for_function`: that polls by evaluating a string in the page, which the site's
    Content-Security-Policy rightly refuses ('unsafe-eval')."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression, arg):
        assert time.monotonic() < deadline, f"never true: {expression}"
        page.wait_for_timeout(50)
