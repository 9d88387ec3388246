"""Previews (`mkdocs serve`, builds without documents) show the PDF, templates and zip of the last `make build`."""

from __future__ import annotations

import shutil
from pathlib import Path


def reuse(root: Path, site_dir: Path, name: str) -> None:
    """Copy `name` from the last full build in site/ into `site_dir`, if there is one."""
    built, target = root / "site" / name, site_dir / name
    if built.is_file() and built.resolve() != target.resolve():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, target)
