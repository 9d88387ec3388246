"""A Markdown page as an editor wrote it: front matter (YAML between ---) and the text below it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handbok.problems import Problems
from handbok.sources.text_bytes import problem_in
from handbok.sources.yaml_source import YamlDocument, parse_yaml

# The front matter MkDocs reads: `---` on the first line, YAML, `---` (or `...`) on a line of its own.
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


@dataclass
class PageSource:
    """One page: where it is shown to editors, its front matter and its text."""

    file: str
    text: str  # the whole file
    meta: dict[str, Any] = field(default_factory=dict)
    body: str = ""  # the text below the front matter
    body_line: int = 1  # the line of the file where `body` starts
    meta_document: YamlDocument | None = None  # for the line of a front matter field

    def line_of_meta(self, key: str) -> int:
        return self.meta_document.line_of((key,)) if self.meta_document else 1


def read_page(path: Path, shown: str, problems: Problems) -> PageSource | None:
    """The page at `path`, shown as `shown`; None, with a problem added, if it cannot be read."""
    raw = path.read_bytes()
    if (unreadable := problem_in(raw)) is not None:  # not UTF-8, NUL, control characters
        problems.add(shown, *unreadable)
        return None
    return split_page(raw.decode("utf-8").replace("\r\n", "\n"), shown, problems)


def split_page(text: str, shown: str, problems: Problems) -> PageSource:
    page = PageSource(shown, text, body=text)
    match = FRONT_MATTER.match(text)
    if match is None:
        return page
    page.body, page.body_line = text[match.end() :], text.count("\n", 0, match.end()) + 1
    yaml_text = match.group(1) or ""
    if yaml_text.strip():
        document = parse_yaml(yaml_text, shown, problems, first_line=2)
        if document is not None and isinstance(document.data, dict):
            page.meta, page.meta_document = document.data, document
        elif document is not None:
            problems.add(shown, 2, "Sidhuvudet mellan --- är inte en lista med fält",
                         "skriv ett fält per rad, till exempel title: Sidans namn.")  # fmt: skip
    return page
