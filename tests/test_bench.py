"""The benchmark's own parts, so `make bench` keeps working though CI does not run it (it takes minutes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT
from made_up_cases import handbook_with_made_up_cases
from measure import ENV, cpu_seconds, frame_size  # noqa: E402
from stock import OURS, stock_project  # noqa: E402

from handbok.mkdocs.generator import command  # noqa: E402


def test_synthetic_cases_are_valid_and_clearly_made_up(tmp_path: Path) -> None:
    added, handbook, problems = handbook_with_made_up_cases(tmp_path, 12)
    assert not problems, problems
    assert added == 8 and len(handbook.cases) == 12
    made_up = [case for case in handbook.cases if case.slug.startswith("syntet-")]
    assert len(made_up) == 8 and all(case.municipality.startswith("Syntetkommun") for case in made_up)


def test_stock_baseline_builds_the_same_pages_without_our_plugins(tmp_path: Path) -> None:
    project = stock_project(tmp_path / "stock")
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    names = {name for plugin in config["plugins"] for name in (plugin if isinstance(plugin, dict) else [plugin])}
    assert names == {"search"} and not names & OURS
    subprocess.run(
        command("build", "--quiet", "--site-dir", str(tmp_path / "site")),
        cwd=project,
        env=ENV,
        check=True,
        capture_output=True,
    )
    for case in ROOT.glob("cases/*.md"):
        assert (tmp_path / "site" / "fall" / case.stem / "index.html").is_file()
    assert not (tmp_path / "site" / "samverkan-mot-brott.pdf").exists()


def test_page_frame_is_the_page_without_its_article() -> None:
    html = b"<html><nav>meny</nav><article>" + b"x" * 1000 + b"</article><footer>f</footer></html>"
    assert frame_size(html) == len(html) - len(b"<article" + b"x" * 1000 + b">")
    assert frame_size(b"<html>ingen artikel</html>") == len(b"<html>ingen artikel</html>")


def test_build_cpu_counts_the_processes_a_build_starts() -> None:
    """The build ratio is in CPU seconds of child processes: busy work in a child must show, a sleep must not."""
    before = cpu_seconds()
    subprocess.run([sys.executable, "-c", "sum(range(3 * 10**7))"], check=True)
    busy = cpu_seconds() - before
    subprocess.run([sys.executable, "-c", "import time; time.sleep(0.5)"], check=True)
    idle = cpu_seconds() - before - busy
    assert busy > 0.1 and idle < busy / 2
