"""MkDocs checks links, images and anchors in the rendered pages; this turns its warnings into Swedish problems.

(The menu and everything else are checked before rendering, by check.py.)
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from handbok.problems import Problems

_NOT_FOUND = re.compile(r"Doc file '(?P<page>[^']+)' contains a link '(?P<url>[^']+)', but the target.* is not found")
_UNRECOGNIZED = re.compile(r"Doc file '(?P<page>[^']+)' contains an unrecognized relative link '(?P<url>[^']+)'")
_ABSOLUTE = re.compile(r"Doc file '(?P<page>[^']+)' contains an absolute link '(?P<url>[^']+)'")
_ANCHOR = re.compile(r"Doc file '(?P<page>[^']+)' contains a link '(?P<url>[^']+)', but (the doc '[^']+' does not "
                     r"contain an anchor '(?P<anchor>[^']+)'|there is no such anchor on this page)")  # fmt: skip

Source = Callable[[str], tuple[str, str]]


LINK_LOGGERS = ("mkdocs.structure.pages", "mkdocs.structure.nav")  # where MkDocs warns about links


class LinkProblemHandler(logging.Handler):
    def __init__(self, problems: Problems, source_of: Source) -> None:
        super().__init__(logging.WARNING)
        self.problems, self.source_of = problems, source_of

    def attach(self) -> LinkProblemHandler:
        """Listen to MkDocs' link warnings; even `mkdocs build --quiet` must not hide a broken link."""
        for logger in LINK_LOGGERS:
            logging.getLogger(logger).setLevel(logging.WARNING)
            logging.getLogger(logger).addHandler(self)
        return self

    def detach(self) -> None:
        for logger in LINK_LOGGERS:
            logging.getLogger(logger).removeHandler(self)

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if match := _ANCHOR.match(message):
            url = match["url"]
            what = f"Länken '{url}' går till ett avsnitt som inte finns"
            fix = "rätta delen efter # så att den motsvarar en rubrik på målsidan (små bokstäver, bindestreck)."
        elif match := _NOT_FOUND.match(message):
            url = match["url"]
            image = re.search(r"\.(png|jpe?g|svg|gif|webp)$", url.split("#")[0], re.I)
            what = f"{'Bilden' if image else 'Sidan'} '{url}' finns inte"
            fix = "rätta sökvägen; den räknas från sidans egen mapp, till exempel ../processen/steg-1-initiera.md."
        elif match := _UNRECOGNIZED.match(message) or _ABSOLUTE.match(message):
            url = match["url"]
            what = f"Länken '{url}' går inte att följa"
            fix = "länka till en .md-fil med relativ sökväg, till exempel ../ordlista.md, eller till https://…"
        else:
            return
        file, text = self.source_of(match["page"])
        position = text.find(url)
        line = text.count("\n", 0, position) + 1 if position >= 0 else 1
        self.problems.add(file, line, what, fix)
