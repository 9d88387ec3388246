"""The links of data/plan.yml checked against the templates' fields and tables, as in PLAN_INTERFACE.md.

An id that no template has (a heading renamed, a typo) is a Swedish problem with the file and the
line, never a link the planner would silently ignore.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from handbok.documents.plan_blocks import Block
from handbok.model.plan import PLAN_KINDS, ROW_NUMBER, Link
from handbok.problems import Problems
from handbok.sources.yaml_source import YamlDocument


@dataclass
class Index:
    """Every document, table and field of the templates, by id."""

    documents: set[str] = field(default_factory=set)
    tables: dict[str, int] = field(default_factory=dict)  # table id -> number of columns
    fields: dict[str, str] = field(default_factory=dict)  # field id -> its document

    def add(self, document: str, blocks: list[Block]) -> None:
        self.documents.add(document)
        for block in blocks:
            if block["type"] == "table":
                self.tables[block["id"]] = len(block["columns"])
            elif block["type"] == "field":
                self.fields[block["id"]] = document
            elif block["type"] == "heading":
                self.fields.update({name: document for name in block["fields"] if name.startswith(document + ".")})


def _example(names: set[str] | dict[str, Any]) -> str:
    shown = sorted(names)[:3]
    return ", ".join(shown) + (" …" if len(names) > 3 else "")


@dataclass
class _Checker:
    index: Index
    document: YamlDocument
    problems: Problems
    position: int = 0

    def wrong(self, key: str | tuple[str | int, ...], what: str, fix: str) -> None:
        location = ("kopplingar", self.position, *((key,) if isinstance(key, str) else key))
        self.problems.add(self.document.file, self.document.line_of(location), what, fix)

    def table(self, key: str, name: str) -> bool:
        if name in self.index.tables:
            return True
        self.wrong(
            key,
            f"Tabellen '{name}' finns inte i mallarna",
            f"skriv id:t på en tabell, till exempel {_example(self.index.tables)} (mall.rubrikens-kortnamn).",
        )
        return False

    def field(self, key: str | tuple[str | int, ...], name: str, document: str | None = None) -> bool:
        if name in self.index.fields and document in (None, self.index.fields[name]):
            return True
        choices = {f for f, d in self.index.fields.items() if document in (None, d)}
        where = f"i mallen {document}" if document else "i mallarna"
        self.wrong(
            key,
            f"Fältet '{name}' finns inte {where}",
            f"skriv id:t på ett fält, till exempel {_example(choices)} (mall.rubrik.etikett).",
        )
        return False

    def document_id(self, key: str, name: str) -> bool:
        if name in self.index.documents:
            return True
        self.wrong(
            key, f"Dokumentet '{name}' finns inte i planen", f"skriv ett av: {', '.join(sorted(self.index.documents))}."
        )
        return False

    def column(self, key: tuple[str | int, ...], number: int, table: str) -> None:
        count = self.index.tables.get(table, 0)
        if count and number >= count:
            self.wrong(
                key,
                f"Kolumn {number} finns inte i tabellen '{table}'",
                f"skriv ett nummer från 0 till {count - 1}; den första kolumnen är 0.",
            )


def check_links(links: list[Link], index: Index, document: YamlDocument, problems: Problems) -> list[dict[str, Any]]:
    """The links as the definition gives them; problems for every id or column that does not exist."""
    checker = _Checker(index, document, problems)
    copies = {link.target for link in links if link.kind == "en per rad"}
    shown: list[dict[str, Any]] = []
    for position, link in enumerate(links):
        checker.position = position
        out: dict[str, Any] = {"from": link.source, "to": link.target, "kind": PLAN_KINDS[link.kind]}
        if link.kind == "värde":
            checker.field("från", link.source)
            checker.field("till", link.target)
        elif link.kind == "en per rad":
            if checker.table("från", link.source) and checker.document_id("till", link.target):
                checker.column(("kolumn",), link.column or 0, link.source)
                for name, number in link.fields.items():
                    checker.field(("fält", name), name, link.target)
                    checker.column(("fält", name), number, link.source)
            out.update(column=link.column or 0, fields=link.fields)
        else:
            per_copy = link.kind == "rad per kopia"
            source_ok = checker.document_id("från", link.source) if per_copy else checker.table("från", link.source)
            if per_copy and source_ok and link.source not in copies:
                checker.wrong(
                    "från",
                    f"Dokumentet '{link.source}' skrivs inte en gång per rad",
                    "lägg först till en koppling med sort: en per rad och till: " + link.source + ".",
                )
            if checker.table("till", link.target) and source_ok:
                for target, source in link.columns.items():
                    key = ("kolumner", target)
                    checker.column(key, target, link.target)
                    if source == ROW_NUMBER:
                        continue
                    if per_copy and isinstance(source, str):
                        checker.field(key, source, link.source)
                    elif not per_copy and isinstance(source, int):
                        checker.column(key, source, link.source)
                    else:
                        wanted = "ett fält i " + link.source if per_copy else "ett kolumnnummer"
                        checker.wrong(
                            key,
                            f"Kolumn {target} kan inte fyllas från {source!r}",
                            f"skriv {wanted} eller nr (radens nummer).",
                        )
            out["columns"] = {str(target): source for target, source in link.columns.items()}
        shown.append(out)
    return shown
