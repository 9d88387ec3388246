"""Nothing an editor writes may make a reader's browser fetch from another host.

An image, a stylesheet or a frame from another site is a tracking pixel: every reader's
browser calls that host. Links to other sites stay allowed; loading from them does not.
Three places are checked: the Markdown source (images, with their line), every text value in
the YAML files, and the HTML each page becomes (what Markdown's corners might still let through).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from handbok.findings import Finding, Sink
from handbok.sources.yaml_walk import Location, walk

# Handled by page_safety with a message of its own ("En länk går till kod").
_CODE_SCHEMES = ("javascript:", "vbscript:", "data:")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
_URL_NOISE = re.compile(r"[\t\n\r]")  # browsers drop these anywhere in a URL
_C0_AND_SPACE = "".join(map(chr, range(0x21)))  # and these at either end
_ALT = r"!\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]"  # image alt text, one level of brackets inside
_INLINE_IMAGE = re.compile(_ALT + r"\(\s*(<[^>\n]*>|[^\s)]+)")
_REFERENCE_IMAGE = re.compile(_ALT + r"(?:\[([^\]\n]*)\])?(?!\()")
_DEFINITION = re.compile(r"^ {0,3}\[([^\]\n]+)\]:[ \t]*(<[^>\n]*>|\S+)", re.M)
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")\s]+)|@import\s+['\"]([^'\"]+)", re.I)
# Attributes that make a browser load something on its own, without a click.
_FETCHING = {"src", "srcset", "poster", "data", "background", "ping", "href", "xlink:href", "imagesrcset"}
_MAY_LOAD = re.compile(
    r"\b(?:src|srcset|poster|data|background|ping|imagesrcset|style)\s*=|<(?:link|image|use|feimage|script|style)\b",
    re.I,
)
# Each match of _MAY_LOAD contains one of these (lower-cased), or `data` followed by `=`.
_CHEAP_WORDS = ("src", "poster", "background", "ping", "style", "<link", "<image", "<use", "<feimage", "<script")
_DATA_ATTRIBUTE = re.compile(r"data\s*=")
_FETCHING_HREF = {"link", "image", "use", "feimage", "script"}  # other tags' href is a link, not a load


def is_remote(url: str) -> bool:
    """True if a browser would fetch `url` from somewhere other than the site itself."""
    cleaned = _URL_NOISE.sub("", unescape(url)).strip(_C0_AND_SPACE).strip("<>").replace("\\", "/")
    if cleaned.lower().startswith(_CODE_SCHEMES):
        return False
    return cleaned.startswith("//") or bool(_SCHEME.match(cleaned))


def message(url: str) -> tuple[str, str]:
    url = url.strip().strip("<>")
    shown = url if len(url) <= 60 else url[:57] + "…"
    return (f"Bilden hämtas från en annan webbplats ({shown})",
            "lägg bilden i docs/bilder/ och länka till den där.")  # fmt: skip


def _label(text: str) -> str:
    return " ".join(text.split()).casefold()


def remote_images(prose: str) -> list[tuple[int, str]]:
    """(offset, URL) of every image in Markdown `prose` (code blanked out) that comes from another host."""
    found = [(m.start(), m.group(2)) for m in _INLINE_IMAGE.finditer(prose) if is_remote(m.group(2))]
    definitions = {_label(m.group(1)): m.group(2) for m in reversed(list(_DEFINITION.finditer(prose)))}
    for match in _REFERENCE_IMAGE.finditer(prose):
        url = definitions.get(_label(match.group(2) or match.group(1)))
        if url is not None and is_remote(url):
            found.append((match.start(), url))
    return sorted(found)


class _Resources(HTMLParser):
    """Every URL an HTML fragment loads by itself: src, srcset, CSS url(), @import, …"""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_style = tag == "style"
        for name, value in attrs:
            if value is None or name not in _FETCHING | {"style"}:
                continue
            if name == "style":
                self.urls += [a or b for a, b in _CSS_URL.findall(value)]
            elif name in ("srcset", "imagesrcset"):
                self.urls += [part.split()[0] for part in value.split(",") if part.split()]
            elif name not in ("href", "xlink:href") or tag in _FETCHING_HREF:
                self.urls.append(value)

    def handle_data(self, data: str) -> None:
        if self.in_style:
            self.urls += [a or b for a, b in _CSS_URL.findall(data)]

    def handle_endtag(self, tag: str) -> None:
        self.in_style = False


def _may_load(html: str) -> bool:
    """As _MAY_LOAD.search, but a page without any of its words is passed over at plain substring speed
    (the regex, case-blind with a word boundary before each name, took 40 ms for the site)."""
    low = html.lower()
    return bool((any(word in low for word in _CHEAP_WORDS) or _DATA_ATTRIBUTE.search(low)) and _MAY_LOAD.search(html))


def remote_resources(html: str) -> list[str]:
    """URLs from other hosts that `html` makes the browser load."""
    if not _may_load(html):  # most pages: nothing that loads at all, no need to parse
        return []
    parser = _Resources()
    parser.feed(html)
    parser.close()
    return [url for url in parser.urls if is_remote(url)]


def in_yaml(data: object, line_of: Callable[[Location], int]) -> list[Finding]:
    """A YAML text may reach Markdown (a case's name is its page's heading): no image or HTML there loads either."""
    found: list[Finding] = []
    for location, text in walk(data):
        if not isinstance(text, str) or not ("![" in text or "=" in text or "<" in text):
            continue  # not text, or text with no image, no attribute and no tag: it loads nothing
        for url in [url for _, url in remote_images(text)] + remote_resources(text):
            found.append((line_of(location), *message(url)))
    return found


def check_html(html: str, root: Path, sources: list[str], sink: Sink) -> None:
    """The built HTML of a page loads nothing from another host; a problem names the source line with the URL."""
    for url in dict.fromkeys(remote_resources(html)):
        where = (sources[0] if sources else "okänd fil", 1)
        for name in sources:
            path = root / name
            text = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
            if (offset := text.find(url)) >= 0:
                where = (name, text.count("\n", 0, offset) + 1)
                break
        sink.add(*where, *message(url))
