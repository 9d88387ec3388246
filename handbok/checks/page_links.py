"""Links, images and anchors in the pages, checked before any build, from the Markdown itself.

Each page and case narrative is converted with Python-Markdown (the build's converter, without
MkDocs) and its links, images and headings are read from the HTML. A link must reach a page,
a page the build generates, a file under docs/ or a file the build makes; an anchor must be a
heading written on the target page. An anchor that only generated content could create (a
case page, a macro's output) is left to the build, which reports it in the same words.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import markdown

from handbok.checks.resource_safety import message, remote_resources
from handbok.problems import Problems

EXTENSIONS = ["abbr", "admonition", "def_list", "tables", "fenced_code", "toc"]  # as mkdocs.yml, no HTML of ours
GENERATED_ANCHORS = re.compile(r"^(kallor|andringar-pa-sidan|kalla-\d+)$")  # the Källor list, the change notes
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
IMAGE = re.compile(r"\.(png|jpe?g|svg|gif|webp)$", re.I)
PATH_FIX = "rätta sökvägen; den räknas från sidans egen mapp, till exempel ../processen/steg-1-initiera.md."
ANCHOR_FIX = "rätta delen efter # så att den motsvarar en rubrik på målsidan (små bokstäver, bindestreck)."
UNFOLLOWABLE_FIX = "länka till en .md-fil med relativ sökväg, till exempel ../ordlista.md, eller till https://…"


def not_found(url: str) -> tuple[str, str]:
    """A link or image whose target is missing (the build says the same)."""
    return f"{'Bilden' if IMAGE.search(url.split('#')[0]) else 'Sidan'} '{url}' finns inte", PATH_FIX


def missing_anchor(url: str) -> tuple[str, str]:
    return f"Länken '{url}' går till ett avsnitt som inte finns", ANCHOR_FIX


def unfollowable(url: str) -> tuple[str, str]:
    return f"Länken '{url}' går inte att följa", UNFOLLOWABLE_FIX


class _Targets(HTMLParser):
    """The links, images and element ids of one converted page."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.ids: set[str] = set()
        self.remote: list[str] = []  # what the page would load from another host

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        url = found.get("href") if tag == "a" else found.get("src") if tag == "img" else None
        if url:
            self.urls.append(url)


@dataclass(frozen=True)
class LinkedPage:
    """One page as the links see it: where it is shown to editors, its text, its place under docs/."""

    file: str  # shown to editors: docs/x.md, or cases/<slug>.md for a case page
    text: str  # the whole file, for the line of a link
    body: str  # the Markdown to convert
    uri: str  # its place under docs/ (a case: fall/<slug>.md)
    macros: bool  # a macro may add headings: its anchors are left to the build


def _parse(body: str, converter: markdown.Markdown) -> _Targets:
    targets, html = _Targets(), converter.reset().convert(body)
    targets.feed(html)
    targets.remote = remote_resources(html)  # what Markdown's corners let through the source check
    return targets


def check_links(
    pages: list[LinkedPage], generated: set[str], exists: Callable[[str], bool], problems: Problems
) -> None:
    """Every link between pages, to a heading, to an image or a file; `generated`: pages and files the build makes."""
    converter = markdown.Markdown(extensions=EXTENSIONS)  # one for all pages: set up once
    parsed = {page.uri: _parse(page.body, converter) for page in pages}
    by_uri = {page.uri: page for page in pages}
    for page in pages:
        found = [(url, problem) for url in dict.fromkeys(parsed[page.uri].urls)
                 for problem in _problems(url, page.uri, by_uri, parsed, generated, exists)]  # fmt: skip
        seen = {problem.what for problem in problems if problem.file == page.file}  # the source check's own line
        found += [(url, message(url)) for url in dict.fromkeys(parsed[page.uri].remote) if message(url)[0] not in seen]
        for url, (what, fix) in found:
            offset = page.text.find(url)
            problems.add(page.file, page.text.count("\n", 0, offset) + 1 if offset >= 0 else 1, what, fix)


def _problems(url: str, uri: str, pages: dict[str, LinkedPage], parsed: dict[str, _Targets], generated: set[str],
              exists: Callable[[str], bool]) -> Iterator[tuple[str, str]]:  # fmt: skip
    if SCHEME.match(url) or url.startswith("//"):
        return  # another site, e-mail: checked elsewhere (source_links, resource_safety)
    if url.startswith("/"):
        yield unfollowable(url)
        return
    path, _, anchor = url.partition("#")
    path = unquote(path.split("?", 1)[0])
    target = posixpath.normpath(posixpath.join(posixpath.dirname(uri), path)) if path else uri
    if target.startswith("../") or target == "..":
        yield not_found(url)
        return
    if not target.endswith(".md"):
        if not (target in generated or exists(target)):
            yield unfollowable(url) if path.endswith("/") or "." not in posixpath.basename(path) else not_found(url)
        return
    if target not in pages and target not in generated:
        yield not_found(url)
        return
    page = pages.get(target)
    if not anchor or page is None or page.macros or GENERATED_ANCHORS.match(anchor):
        return  # a generated page's or a macro's headings: the build checks those anchors
    if anchor not in parsed[target].ids:
        yield missing_anchor(url)


def exists_under(docs: Path) -> Callable[[str], bool]:
    return lambda relative: (docs / relative).is_file()
