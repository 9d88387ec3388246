"""Trim what Material copies into every build but this Swedish site never loads."""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.handbok.site_assets")

# The search worker loads these for `lang: sv`; the other languages and the Thai and
# Japanese segmenters are dead weight in the site and in the offline copy.
LUNR_KEEP = {"lunr.sv.min.js", "lunr.stemmer.support.min.js", "lunr.multi.min.js"}


def prune(site_dir: Path) -> int:
    """Delete unused lunr languages and source maps; return the bytes saved."""
    lunr = site_dir / "assets" / "javascripts" / "lunr"
    doomed = [path for path in lunr.rglob("*.js") if path.name not in LUNR_KEEP]
    doomed += list((site_dir / "assets").rglob("*.map"))
    saved = 0
    for path in doomed:
        saved += path.stat().st_size
        path.unlink()
    log.debug("Tog bort %d oanvända filer (%d byte).", len(doomed), saved)
    return saved
