"""MkDocs checks links, images and anchors in the rendered pages; this turns its warnings into Swedish problems.

`make check` (checks/page_links) finds the same mistakes without a build, in the same words. A build
leaves them all to MkDocs (`check_project(links=False)`), which also sees anchors that only
generated content could have created.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from handbok.checks.page_links import missing_anchor, not_found, unfollowable
from handbok.problems import Problems

_NOT_FOUND = re.compile(r"Doc file '(?P<page>[^']+)' contains a link '(?P<url>[^']+)', but the target.* is not found")
_UNRECOGNIZED = re.compile(r"Doc file '(?P<page>[^']+)' contains an unrecognized relative link '(?P<url>[^']+)'")
_ABSOLUTE = re.compile(r"Doc file '(?P<page>[^']+)' contains an absolute link '(?P<url>[^']+)'")
_ANCHOR = re.compile(
    r"Doc file '(?P<page>[^']+)' contains a link '(?P<url>[^']+)', but (the doc '[^']+' does not "
    r"contain an anchor '(?P<anchor>[^']+)'|there is no such anchor on this page)"
)

Source = Callable[[str], tuple[str, str]]


LINK_LOGGERS = ("mkdocs.structure.pages", "mkdocs.structure.nav")  # where MkDocs warns about links


class LinkWarnings(logging.Filter):
    """Turns MkDocs' link warnings into Swedish problems and keeps the English original from the editor's screen.

    A logging filter (a documented seam of `logging`): a warning it recognises is recorded and dropped;
    everything else passes on unchanged.
    """

    def __init__(self, problems: Problems, source_of: Source) -> None:
        super().__init__()
        self.problems, self.source_of = problems, source_of

    def attach(self) -> LinkWarnings:
        """Listen to MkDocs' link warnings; even `mkdocs build --quiet` must not hide a broken link."""
        for logger in LINK_LOGGERS:
            logging.getLogger(logger).setLevel(logging.WARNING)
            logging.getLogger(logger).addFilter(self)
        return self

    def detach(self) -> None:
        for logger in LINK_LOGGERS:
            logging.getLogger(logger).removeFilter(self)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if match := _ANCHOR.match(message):
            url = match["url"]
            what, fix = missing_anchor(url)
        elif match := _NOT_FOUND.match(message):
            url = match["url"]
            what, fix = not_found(url)
        elif match := _UNRECOGNIZED.match(message) or _ABSOLUTE.match(message):
            url = match["url"]
            what, fix = unfollowable(url)
        else:
            return True
        file, text = self.source_of(match["page"])
        position = text.find(url)
        line = text.count("\n", 0, position) + 1 if position >= 0 else 1
        self.problems.add(file, line, what, fix)
        return False  # reported in Swedish when the build stops
