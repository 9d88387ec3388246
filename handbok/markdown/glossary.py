"""The glossary step as a Markdown extension: every glossary word explained on hover, its first use linked.

Listed in mkdocs.yml with its options, so any generator that reads mkdocs.yml runs it:

    - handbok.markdown.glossary:
        data_dir: data            # where ordlista.yml is
        glossary_page: ordlista.md

It loads Markdown's abbr extension with every form of every term of `data_dir/ordlista.yml` (an
editor's own `*[X]: …` definitions still work), and a tree processor keeps each term's first use
(`glossary_first_use`). The handbok plugin hands over the terms it has checked (`terms`), so
nothing is read twice. The link to the term's entry needs the page being converted, which
Python-Markdown does not know: a generator that knows it sets `page` (under docs/) and
`directory_urls` for each page, as the handbok plugin does. Without `page`, first uses are
kept but not linked.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.extensions.abbr import AbbrExtension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from handbok.markdown import project_data
from handbok.markdown.glossary_first_use import first_uses_only
from handbok.model.entries import Term
from handbok.render.current_page import CurrentPage
from handbok.render.handbook import abbreviations
from handbok.render.terms import form_ids


class _Words:
    """The glossary's words, read when the first page is converted (MkDocs also makes a converter to
    validate mkdocs.yml, before the handbok plugin has handed over its terms: that one reads nothing)."""

    def __init__(self, terms: list[Term], data_dir: str) -> None:
        self.terms, self.data_dir = terms, data_dir

    def __call__(self) -> tuple[dict[str, str], dict[str, str]]:
        return _words(self.terms or project_data.term_file(self.data_dir).terms)


class _LoadGlossary(Preprocessor):
    def __init__(self, md: Markdown, words: _Words, abbr: AbbrExtension) -> None:
        super().__init__(md)
        self.words, self.abbr = words, abbr

    def run(self, lines: list[str]) -> list[str]:
        self.abbr.load_glossary(self.words()[0])
        self.abbr.reset()  # the abbr extension's own way to take up its glossary
        return lines


class _FirstUse(Treeprocessor):
    def __init__(self, md: Markdown, words: _Words, url: str) -> None:
        super().__init__(md)
        self.words, self.url = words, url

    def run(self, root: etree.Element) -> None:
        first_uses_only(root, self.words()[1], self.url)


class Glossary(Extension):
    def __init__(self, **kwargs: Any) -> None:
        self.config = {
            "data_dir": ["data", "Mappen med ordlista.yml (relativ till projektets mapp)."],
            "terms": [[], "Ordlistans termer, redan lästa (handbok-tillägget ger dem): då läses inte data_dir."],
            "glossary_page": ["ordlista.md", "Ordlistans sida under docs/; tom: inga länkar."],
            "page": ["", "Sidan som skrivs om, under docs/ (sätts per sida av den som bygger)."],
            "directory_urls": [True, "Som MkDocs use_directory_urls: sidor som mappar (…/) eller som .html."],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's name
        words = _Words(self.getConfig("terms"), self.getConfig("data_dir"))
        abbr = AbbrExtension()
        abbr.extendMarkdown(md)
        # Before any other step (normalize_whitespace is 30): the glossary is in place when abbr runs.
        md.preprocessors.register(_LoadGlossary(md, words, abbr), "handbok_glossary", 40)
        page, glossary = self.getConfig("page"), self.getConfig("glossary_page")
        linked = page and glossary and glossary != page
        url = CurrentPage(page, self.getConfig("directory_urls")).url_of(glossary) if linked else ""
        # After the table of contents (5) and after MkDocs makes links relative (0): the heading's
        # entry keeps its explanation, as before, and MkDocs does not read our link as an editor's.
        md.treeprocessors.register(_FirstUse(md, words, url), "handbok_glossary_first_use", -10)


_last: list[tuple[list[Term], tuple[dict[str, str], dict[str, str]]]] = []


def _words(terms: list[Term]) -> tuple[dict[str, str], dict[str, str]]:
    """Every form of every term -> its explanation, and -> its entry's id: worked out once per list of
    terms (the same list for every page of a build), not for every page."""
    if not _last or _last[0][0] is not terms:
        _last[:] = [(terms, (abbreviations(terms), form_ids(terms)))]
    return _last[0][1]


def makeExtension(**kwargs: Any) -> Glossary:  # noqa: N802 - the name Markdown looks for
    return Glossary(**kwargs)
