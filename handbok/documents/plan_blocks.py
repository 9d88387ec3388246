"""A template page (docs/mallar/<id>.md) read as the planner's blocks: headings, hints, text, fields, tables.

The same Markdown becomes the web page and, through `templates_export`, the Word and OpenDocument
files; the planner's definition is read from it here, so the three cannot drift apart. The rules
(PLAN_INTERFACE.md): a two-column table headed "Uppgift" gives one field per row, a list item
"Etikett: [Platshållare]" gives a field, a paragraph with a placeholder gives a field without a
label, an italic paragraph is a hint, any other table is a table the reader fills in.
"""

from __future__ import annotations

import posixpath
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

Block = dict[str, Any]

_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_MACRO_LINE = re.compile(r"^\s*\{\{.*?\}\}\s*$")
_CITATION = re.compile(r"\s*\[@[^\]\n]+\]")
_LINK = re.compile(r"\[([^\[\]\n]+)\]\([^)\n]*\)")
# As templates_export.PLACEHOLDER: brackets not starting a link, a reference or an attribute list.
PLACEHOLDER = re.compile(r"(?<![\\\]])\[([^\[\]\n]+)\](?![(\[:{])")
_LABELLED = re.compile(r"^(?P<label>[^\[\]:]+):\s*(?P<value>.*\S)$")
_ROW_NUMBER = re.compile(r"^\d+$")
_IMAGE = re.compile(r"^!\[(?P<alt>[^\]\n]*)\]\((?P<src>[^)\s]*)\)\s*$")


def slug(text: str) -> str:
    """ "Åtgärder för [Problem]" -> "atgarder-for-problem": ASCII letters and digits joined by hyphens."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def plain(markdown: str) -> str:
    """Inline Markdown as plain text: no citations, links as their text, no bold or italic marks."""
    text = _LINK.sub(r"\1", _CITATION.sub("", markdown))
    return re.sub(r"\*\*|__", "", text).strip()


def placeholders(text: str) -> list[str]:
    return [f"[{inner}]" for inner in PLACEHOLDER.findall(text)]


def _cells(line: str) -> list[str]:
    return [plain(cell) for cell in line.strip().strip("|").split("|")]


@dataclass
class _Reader:
    """Walks the page line by line and hands out unique ids within one document."""

    document: str
    shared: dict[str, str]  # placeholder -> shared field id
    blocks: list[Block] = field(default_factory=list)
    section: str = "inledning"
    used: set[str] = field(default_factory=set)
    headings: set[str] = field(default_factory=set)

    def unique(self, wanted: str, taken: set[str]) -> str:
        candidate, number = wanted, 2
        while candidate in taken:
            candidate, number = f"{wanted}-{number}", number + 1
        taken.add(candidate)
        return candidate

    def answer_id(self, *parts: str) -> str:
        return self.unique(".".join([self.document, *parts]), self.used)

    def heading(self, level: int, text: str) -> None:
        heading_id = self.unique(f"{self.document}.{slug(text)}", self.headings)
        self.section = heading_id.removeprefix(f"{self.document}.")
        found = placeholders(text)
        fields = [self.shared.get(p) or self.answer_id(self.section, "title") for p in found]
        self.blocks.append(
            {"type": "heading", "level": level, "text": text, "id": heading_id, "fields": fields, "placeholders": found}
        )

    def field(self, label: str, placeholder: str, **extra: Any) -> None:
        field_id = self.answer_id(self.section, slug(label) or "text")
        self.blocks.append(
            {"type": "field", "id": field_id, "label": label, "placeholder": placeholder, "multiline": True, **extra}
        )

    def paragraph(self, text: str, bullet: bool = False) -> None:
        italic = re.fullmatch(r"\*(?!\*)(.+)(?<!\*)\*", text.strip(), re.S)
        if italic and not bullet:
            self.blocks.append({"type": "hint", "text": plain(italic.group(1))})
            return
        shown = plain(text)
        if self.section == "inledning":  # what the template is for, before the document begins
            self.blocks.append({"type": "hint", "text": shown, "intro": True})
        elif bullet and placeholders(shown):
            labelled = _LABELLED.match(shown)
            label, value = (labelled["label"].strip(), labelled["value"]) if labelled else ("", shown)
            self.field(label, value, layout="list")
        elif placeholders(shown):
            self.field("", shown, layout="paragraph")
        else:
            self.blocks.append({"type": "paragraph", "text": shown, **({"bullet": True} if bullet else {})})

    def table(self, lines: list[str]) -> None:
        header, *body = [_cells(line) for line in lines if not re.fullmatch(r"\|?[\s:|-]+\|?", line.strip())]
        if len(header) == 2 and header[0] == "Uppgift":
            for label, value in body:
                self.field(label, value, layout="table", columns=header)
            return
        repeat = bool(body) and all(placeholders(row[0]) or _ROW_NUMBER.match(row[0]) for row in body)
        self.blocks.append(
            {"type": "table", "id": self.answer_id(self.section), "columns": header, "rows": body, "repeat": repeat}
        )


def read_template(document: str, page: str, shared: dict[str, str]) -> tuple[str, list[Block]]:
    """The template's H1 and its blocks in document order. `page` is the whole file, front matter and all."""
    reader = _Reader(document, shared)
    title = ""
    lines = [line for line in _FRONT_MATTER.sub("", page).splitlines() if not _MACRO_LINE.match(line)]
    index = 0
    while index < len(lines):
        line = lines[index]
        heading = re.match(r"^(#{1,3}) (.+?)\s*#*$", line)
        if heading and len(heading[1]) == 1:
            title = plain(heading[2])
        elif heading:
            reader.heading(len(heading[1]), plain(heading[2]))
        elif picture := _IMAGE.match(line):
            reader.blocks.append(
                {"type": "figure", "alt": picture["alt"], "src": posixpath.normpath(f"mallar/{picture['src']}")}
            )
        elif line.startswith("|"):
            end = index
            while end < len(lines) and lines[end].startswith("|"):
                end += 1
            reader.table(lines[index:end])
            index = end
            continue
        elif line.startswith(("- ", "* ")):
            reader.paragraph(line[2:], bullet=True)
        elif line.strip():
            end = index
            while end < len(lines) and lines[end].strip() and not lines[end].startswith(("#", "|", "- ", "* ")):
                end += 1
            reader.paragraph(" ".join(part.strip() for part in lines[index:end]))
            index = end
            continue
        index += 1
    return title, reader.blocks
