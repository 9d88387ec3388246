"""The built HTML of each page loads nothing from another host (what Markdown's corners might still let through).

The Markdown source and the YAML text are checked before anything is built (see
`handbok.sources.remote_resources`); this is the last look, at the HTML itself.
"""

from __future__ import annotations

from pathlib import Path

from handbok.findings import Sink
from handbok.sources.remote_resources import message, remote_resources


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
