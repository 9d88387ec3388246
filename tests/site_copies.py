"""The built site as the browser tests open it: served on 127.0.0.1, or unpacked from the offline zip;
either with the whole search index, or with one that lists no pages, for the tests that do not search.

Material's search worker builds its index again on every page that opens: about 0.45 s of Chromium's
CPU per page on this machine, as much again as the page itself. A test that reads a page's layout,
colours, forms or requests has no use for it. Without the pages, the page still fetches the index
(from the server, or as the offline copy's script), under the same policy, and the worker starts with
the same settings and language scripts."""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from handbok.model.site_pages import ZIP_NAME

INDEX = "/search/search_index.json"
OFFLINE_INDEX = "search/search_index.js"  # Material's offline plugin: the same JSON, as a script
OFFLINE_START = "var __index = "


def without_pages(index: str) -> str:
    """The search index's JSON with its settings and no pages."""
    return json.dumps({**json.loads(index), "docs": []})


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site quietly; with `index`, answers the search index's address with it."""

    def __init__(self, *args: Any, index: bytes | None = None, **kwargs: Any) -> None:
        self.index = index  # before the base class, which handles the request while it starts
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        if self.index is None or self.path.split("?")[0] != INDEX:
            return super().do_GET()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.index)))
        self.end_headers()
        self.wfile.write(self.index)
        return None

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@contextlib.contextmanager
def serving(site: Path, plain: bool = False) -> Iterator[str]:
    """The folder `site` (a built site, or the planner's stand-alone copy) on http://127.0.0.1:<free port>/;
    `plain`: its search index without pages."""
    index = without_pages((site / INDEX.lstrip("/")).read_text(encoding="utf-8")).encode() if plain else None
    handler = functools.partial(SiteHandler, directory=str(site), index=index)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


def unpacked(site: Path, folder: Path, plain: bool = False) -> Path:
    """The offline zip unpacked into `folder`: its top folder. `plain`: its search index without pages."""
    with zipfile.ZipFile(site / ZIP_NAME) as archive:
        archive.extractall(folder)
    top = folder / "samverkan-mot-brott"
    if plain:
        script = top / OFFLINE_INDEX
        text = script.read_text(encoding="utf-8")
        assert text.startswith(OFFLINE_START), f"{OFFLINE_INDEX} no longer starts with {OFFLINE_START!r}"
        script.write_text(OFFLINE_START + without_pages(text.removeprefix(OFFLINE_START)), encoding="utf-8")
    return top
