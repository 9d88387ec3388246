"""Every SVG under docs/ is checked before it is published: a picture, never a program.

An SVG opened on its own runs its scripts on the site's origin, and may load files from
anywhere. defusedxml reads it (it refuses entity tricks and external files); a SAX handler
then refuses scripts, event attributes, <foreignObject>, references out of the image and
stylesheets that load something, each with its line.
"""

from __future__ import annotations

import re
import xml.sax
from pathlib import Path
from xml.sax.xmlreader import AttributesImpl, Locator

from defusedxml import EntitiesForbidden, ExternalReferenceForbidden  # type: ignore[import-untyped]
from defusedxml.sax import parse  # type: ignore[import-untyped]

from handbok.findings import Finding, Sink

CODE_FIX = "ta bort det; en bild på webbplatsen får inte innehålla kod."
SAVE_AGAIN = "spara bilden som vanlig SVG (i Inkscape: Spara som → Optimerad SVG) och lägg in den igen."
_CSS_LOAD = re.compile(r"@import\b|url\(\s*(?!['\"]?#)", re.I)  # url(#id) stays inside the image


def _local(name: str) -> str:
    return name.rpartition(":")[2]


class _Checker(xml.sax.ContentHandler):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[Finding] = []
        self.locator: Locator | None = None
        self.in_style = False

    def line(self) -> int:
        return self.locator.getLineNumber() or 1 if self.locator is not None else 1

    def add(self, what: str, fix: str) -> None:
        self.found.append((self.line(), what, fix))

    def setDocumentLocator(self, locator: Locator) -> None:  # noqa: N802 - SAX's name
        self.locator = locator

    def processingInstruction(self, target: str, data: str) -> None:  # noqa: N802 - SAX's name
        self.add(f"SVG-bilden innehåller en instruktion (<?{target} …?>) som kan hämta filer", "ta bort raden.")

    def startElement(self, name: str, attrs: AttributesImpl) -> None:  # noqa: N802 - SAX's name
        tag = _local(name)
        self.in_style = tag == "style"
        if tag == "script":
            self.add("SVG-bilden innehåller ett skript (<script>)", CODE_FIX)
        elif tag == "foreignObject":
            self.add("SVG-bilden innehåller <foreignObject>",
                     "ta bort det; rita innehållet med vanliga SVG-former och text i stället.")  # fmt: skip
        for qualified, value in attrs.items():
            attribute = _local(qualified)
            if attribute.lower().startswith("on"):
                self.add(f"SVG-bilden har attributet {attribute}, som kör kod", CODE_FIX)
            elif "javascript:" in re.sub(r"\s", "", value).lower():
                self.add(f"SVG-bilden har en javascript:-adress i attributet {attribute}", CODE_FIX)
            elif attribute == "href" and not value.strip().startswith("#"):
                shown = value.strip()[:60]
                self.add(f"SVG-bilden hänvisar till något utanför bilden ({shown})",
                         "ta bort hänvisningen; bara hänvisningar inom bilden (#namn) är tillåtna.")  # fmt: skip
            elif _CSS_LOAD.search(value):
                self._style_loads()

    def characters(self, content: str) -> None:
        if self.in_style and _CSS_LOAD.search(content):
            self._style_loads()

    def endElement(self, name: str) -> None:  # noqa: N802 - SAX's name
        self.in_style = False

    def _style_loads(self) -> None:
        self.add("SVG-bildens stil hämtar en fil (@import eller url())",
                 "ta bort @import och url(); skriv färger och former direkt i bilden.")  # fmt: skip


def svg_problems(path: Path) -> list[Finding]:
    """Everything unsafe in one SVG file, with lines."""
    checker = _Checker()
    try:
        parse(str(path), checker, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden:
        checker.add("SVG-filen definierar egna entiteter (<!ENTITY>)", SAVE_AGAIN)
    except ExternalReferenceForbidden:
        checker.add("SVG-filens <!DOCTYPE> pekar på en fil utanför bilden",
                    "ta bort raden med <!DOCTYPE …>; bilden behöver den inte.")  # fmt: skip
    except xml.sax.SAXParseException as error:
        checker.found.append((error.getLineNumber() or 1, "SVG-filen går inte att läsa (trasig XML)", SAVE_AGAIN))
    return checker.found


def report_unsafe_svgs(root: Path, docs_dir: str, sink: Sink) -> None:
    """Check every .svg under `docs_dir` (relative to `root`); problems name the file as editors see it."""
    for path in sorted((root / docs_dir).rglob("*")):
        if path.suffix.lower() == ".svg" and path.is_file():
            for line, what, fix in svg_problems(path):
                sink.add(path.relative_to(root).as_posix(), line, what, fix)
