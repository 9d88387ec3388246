"""Benchmarks: prints figures and a verdict per budget. Run with `make bench`."""

from __future__ import annotations

import gzip
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3


def build_seconds(site_dir: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site_dir)],
        cwd=ROOT, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )  # fmt: skip
    return time.perf_counter() - started


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        times = [build_seconds(site) for _ in range(RUNS)]
        pages = list(site.rglob("index.html"))
        html = [p.stat().st_size for p in pages]
        start = site / "index.html"
        print(f"{'mått':<40} {'värde':>12}")
        print(f"{'byggtid, median av ' + str(RUNS) + ' (s)':<40} {statistics.median(times):>12.2f}")
        print(f"{'sidor':<40} {len(pages):>12}")
        print(f"{'HTML per sida, största (byte)':<40} {max(html):>12}")
        print(f"{'startsidans HTML, gzip (byte)':<40} {gzip_size(start):>12}")


if __name__ == "__main__":
    main()
