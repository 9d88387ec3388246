"""Stock Material for MkDocs building the handbook's own Markdown: the yardstick of the build's speed."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from measure import ROOT
from mkdocs.utils.yaml import yaml_load

OURS = {"handbok", "macros", "offline"}  # the plugins stock Material builds without


def stock_project(target: Path) -> Path:
    """The same Markdown and settings built by stock Material: no macros, no validation, no plugin of ours.

    Our mkdocs.yml minus the handbok, macros and offline plugins and the template overrides;
    the case narratives become ordinary pages, so both builds have the same pages and menu.
    """
    shutil.copytree(ROOT / "docs", target / "docs")
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["plugins"] = [p for p in config["plugins"] if not set(p if isinstance(p, dict) else [p]) & OURS]
    # Markdown's own abbr instead of our extensions (citations, generated HTML, the glossary over abbr).
    config["markdown_extensions"] = ["abbr"] + [
        entry
        for entry in config["markdown_extensions"]
        if not str(next(iter(entry), "") if isinstance(entry, dict) else entry).startswith("handbok.")
    ]
    config["theme"].pop("custom_dir")
    config.pop("watch")
    config["strict"] = False  # links to what our plugin generates (PDF, open data) have no target here
    cases = []
    for narrative in sorted((ROOT / "cases").glob("*.md")):
        shutil.copy(narrative, target / "docs" / "fall" / narrative.name)
        cases.append(f"fall/{narrative.name}")
    section = next(item["Fallstudier"] for item in config["nav"] if isinstance(item, dict) and "Fallstudier" in item)
    section[1:1] = cases
    (target / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target
