"""What the handbook needs from mkdocs.yml, read without MkDocs: folders, the menu, our plugin's options.

MkDocs reads the same file for the site; `python -m handbok check` reads it here, so an editor's
mistake in the menu is reported in Swedish, with its line, before any site generator runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handbok.problems import Problems
from handbok.sources.yaml_source import YamlDocument, load_yaml
from handbok.sources.yaml_walk import walk

CONFIG_FILE = "mkdocs.yml"
SITE_TEXT = ("site_name", "site_description", "site_author")  # written into every page as they are


@dataclass(frozen=True)
class Settings:
    root: Path
    docs_dir: str = "docs"
    data_dir: str = "data"
    cases_dir: str = "cases"
    site_url: str = ""
    options: dict[str, Any] = field(default_factory=dict)  # the `handbok:` plugin entry
    nav: list[tuple[str, int]] = field(default_factory=list)  # page under docs_dir, line in mkdocs.yml
    has_nav: bool = False
    options_line: int = 1  # where the `handbok:` plugin entry starts
    not_in_nav: tuple[str, ...] = ()  # folders kept out of the menu on purpose, such as /redaktorsguide/
    assets: tuple[str, ...] = ()  # the site's own stylesheets and scripts under docs_dir (extra_css, extra_javascript)
    titles: list[tuple[str, int]] = field(default_factory=list)  # menu titles and the site's name, with lines
    # markdown_extensions: name -> (its options, its line in mkdocs.yml)
    extensions: dict[str, tuple[dict[str, Any], int]] = field(default_factory=dict)
    readable: bool = True  # False: mkdocs.yml could not be read (its problems are reported), these are defaults


# Domains that are never anyone's mailbox (RFC 2606 and 6761): an address there is a placeholder.
RESERVED = (".example", ".invalid", ".test", ".localhost")


def check_feedback_email(value: Any, line: int, problems: Problems) -> None:
    """The comment address readers are shown: unset (no mail link), or one that someone reads."""
    if not value:
        return
    address = str(value).strip().lower()
    if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", address):
        problems.add(
            CONFIG_FILE,
            line,
            f"'feedback_email' är ingen e-postadress: {value!r}",
            "skriv en hel adress, till exempel synpunkter@kommunen.se, eller ta bort raden.",
        )
    elif address.endswith(RESERVED):
        problems.add(
            CONFIG_FILE,
            line,
            f"'feedback_email' är en påhittad adress som ingen läser: {value!r}",
            "skriv adressen dit synpunkter ska gå, eller ta bort raden: då visas ingen e-post.",
        )


def read_settings(root: Path, problems: Problems) -> Settings:
    """Settings from `root/mkdocs.yml`; defaults, with problems added, where it cannot be read."""
    document = load_yaml(root / CONFIG_FILE, CONFIG_FILE, problems)
    if document is None or not isinstance(document.data, dict):
        return Settings(root, readable=False)
    data = document.data
    pages, menu_titles = _menu(data.get("nav"), document)
    options: dict[str, Any] = {}
    options_line = 1
    for index, entry in enumerate(data.get("plugins") or []):
        if isinstance(entry, dict) and isinstance(entry.get("handbok"), dict):
            options, options_line = entry["handbok"], document.line_of(("plugins", index, "handbok"))
            check_feedback_email(
                options.get("feedback_email"),
                document.line_of(("plugins", index, "handbok", "feedback_email")),
                problems,
            )
    return Settings(
        root=root,
        docs_dir=str(data.get("docs_dir") or "docs"),
        data_dir=str(options.get("data_dir") or "data"),
        cases_dir=str(options.get("cases_dir") or "cases"),
        site_url=str(data.get("site_url") or ""),
        options=options,
        nav=pages,
        has_nav="nav" in data,
        options_line=options_line,
        not_in_nav=tuple(
            line.strip().strip("/") + "/"
            for line in str(data.get("not_in_nav") or "").splitlines()
            if line.strip() and not line.strip().startswith("#")
        ),
        assets=tuple(_asset_paths(data)),
        titles=[(str(data[key]), document.line_of((key,))) for key in SITE_TEXT if isinstance(data.get(key), str)]
        + menu_titles,
        extensions=dict(_extensions(data.get("markdown_extensions"), document)),
    )


def _extensions(entries: Any, document: YamlDocument) -> Iterator[tuple[str, tuple[dict[str, Any], int]]]:
    """`- name` or `- name: {options}`, as MkDocs reads markdown_extensions."""
    for index, entry in enumerate(entries if isinstance(entries, list) else []):
        line = document.line_of(("markdown_extensions", index))
        if isinstance(entry, str):
            yield entry, ({}, line)
        elif isinstance(entry, dict):
            for name, options in entry.items():
                yield str(name), (options if isinstance(options, dict) else {}, line)


def _asset_paths(data: dict[str, Any]) -> Iterator[str]:
    """`extra_css` and `extra_javascript`: a path, or (for scripts) a mapping with `path:`."""
    for key in ("extra_css", "extra_javascript"):
        for entry in data.get(key) or []:
            path = entry.get("path") if isinstance(entry, dict) else entry
            if isinstance(path, str) and "://" not in path:
                yield path.lstrip("/")


def _menu(nav: Any, document: YamlDocument) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """The menu's local pages (`- page.md`, `- Titel: page.md`) and its titles (`- Titel:`), with their lines."""
    entries = list(walk(nav, ("nav",)))
    pages = [
        (value, document.line_of(place)) for place, value in entries if isinstance(value, str) and "://" not in value
    ]
    titles = [
        (place[-1], document.line_of(place)) for place, _ in entries if len(place) > 1 and isinstance(place[-1], str)
    ]
    return pages, titles


def check_nav(settings: Settings, pages: list[str], generated: set[str], problems: Problems) -> None:
    """Every menu entry is a page; every page is in the menu (generated pages place themselves)."""
    if not settings.has_nav:
        return
    listed = {page for page, _ in settings.nav}
    for page, line in settings.nav:
        if page not in pages and page not in generated:
            problems.add(
                CONFIG_FILE,
                line,
                f"Sidan '{page}' i menyn (nav:) finns inte under {settings.docs_dir}/",
                "rätta sökvägen, som räknas från docs/, till exempel processen/index.md.",
            )
    for page in pages:
        if page not in listed and not page.startswith(settings.not_in_nav):
            problems.add(
                f"{settings.docs_dir}/{page}",
                1,
                "Sidan finns inte i menyn",
                "lägg till den under nav: i mkdocs.yml, där den hör hemma.",
            )
