"""The real data with cases made up beside the four real ones (bench/synthetic.py), loaded as the build loads it."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import ROOT
from synthetic import write_cases

from handbok.checks.cross_checks import check_data
from handbok.model.handbook import Handbook, load_handbook
from handbok.problems import Problems


def handbook_with_made_up_cases(folder: Path, total: int) -> tuple[int, Handbook, Problems]:
    """The real data with made-up cases up to `total`, loaded as the build loads it: (added, handbook, problems)."""
    for part in ("data", "cases", "docs"):
        shutil.copytree(ROOT / part, folder / part)
    added = write_cases(folder / "cases", total)
    problems = Problems()
    handbook = load_handbook(folder, "data", "cases", problems)
    check_data(handbook, folder / "docs", problems)
    return added, handbook, problems
