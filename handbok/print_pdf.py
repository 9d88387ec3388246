"""When and from what the PDF is made: full builds only, pages in nav order, editors' guide left out."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page

from handbok import pdf, reproducible

log = logging.getLogger("mkdocs.plugins.handbok.print_pdf")
LEFT_OUT = {"redaktorsguide/"}  # for editors, not readers


def entries(items: list[Any], in_section: bool = False) -> list[pdf.Entry]:
    found: list[pdf.Entry] = []
    for item in items:
        if isinstance(item, Page) and not any(item.url.startswith(prefix) for prefix in LEFT_OUT):
            found.append(pdf.Entry(item.title or item.url, item.url, in_section))
        elif isinstance(item, Section):
            children = entries(item.children, True)
            if children:
                found += [pdf.Entry(item.title, None, False), *children]
    return found


def with_cases(found: list[pdf.Entry], cases: list[Page], overview_url: str) -> list[pdf.Entry]:
    """Every case is printed, also when there are too many for the menu: after the overview."""
    listed = {entry.url for entry in found}
    missing = [pdf.Entry(page.title or page.url, page.url, True) for page in cases if page.url not in listed]
    position = next((i + 1 for i, entry in enumerate(found) if entry.url == overview_url), len(found))
    return found[:position] + missing + found[position:]


def commit(root: Path) -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True,
                              text=True, check=True).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "okänd"


def documents_wanted(command: str) -> bool:
    """The PDF and the Word and OpenDocument templates: made by `mkdocs build` unless HANDBOK_PDF=0."""
    return command == "build" and os.environ.get("HANDBOK_PDF") != "0"


def reuse_last_build(root: Path, site_dir: Path, name: str) -> None:
    """In a preview, serve the file from the last `make build` in site/, if there is one."""
    built, target = root / "site" / name, site_dir / name
    if built.is_file() and built.resolve() != target.resolve():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, target)


def publish(plugin: Any, config: MkDocsConfig) -> None:
    site_dir = Path(config.site_dir)
    if not plugin.config.pdf:
        return
    if not documents_wanted(plugin.command):
        reuse_last_build(plugin.root, site_dir, pdf.PDF_NAME)
        return
    started = time.perf_counter()
    edition = f"{reproducible.build_date().isoformat()}, version {commit(plugin.root)}"  # the commit's date
    order = with_cases(entries(plugin.nav.items), plugin.case_pages, f"{plugin.case_dir_uri}/")
    subtitle = "En öppen handbok för polis och kommun som förebygger brott tillsammans"
    html = pdf.combine(site_dir, order, "Samverkan mot brott", subtitle, edition, config.site_url or "")
    pdf.write_pdf(html, site_dir, site_dir / pdf.PDF_NAME)
    log.info("PDF klar: %s (%.1f s)", pdf.PDF_NAME, time.perf_counter() - started)
