"""A strict Content-Security-Policy in every built page, as a <meta> (GitHub Pages sets no headers).

The policy is computed from each finished page: its inline scripts are allowed by their
sha256 hash, nothing else inline runs, and everything else comes from the site itself. A
template change that adds a script therefore changes the hash with it, and can never widen
the policy by itself. `<script type="application/json">` (Material's settings) is data, not
code: it needs no hash.

The offline copy carries the same policy. From file://, Material's search runs in a hidden
frame (the vendored iframe-worker shim) that the shim fills with one inline script of its
own: its text is known (iframe-worker 1.0.4) and only the worker's address in it depends on
the page, so its hash is added to pages that load the shim.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

EXECUTED_TYPES = {"", "text/javascript", "application/javascript", "module"}
SHIM = "javascripts/vendor/iframe-worker/shim.js"
# iframe-worker 1.0.4 (pinned by hash in tests/test_offline.py): the script it writes into its frame.
SHIM_POST = 'function c(s,n){parent.postMessage(s,n||"*")}'
SHIM_IMPORT = (
    'function d(...s){return s.reduce((n,e)=>n.then(()=>new Promise(r=>{let t=document.createElement("script");'
    "t.src=e,t.onload=r,document.body.appendChild(t)})),Promise.resolve())}"
)
SHIM_BOOTSTRAP = (
    'postMessage={post};importScripts={imports};addEventListener("error",({{error}})=>{{parent.dispatchEvent('
    'new ErrorEvent("error",{{filename:"{worker}",error}}))}})'
)
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.I)
_OLD_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">')


def sha256(text: str) -> str:
    """A CSP hash source; browsers hash the text with line breaks normalised to \\n."""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    return "'sha256-" + base64.b64encode(hashlib.sha256(normalised.encode("utf-8")).digest()).decode() + "'"


class _Inline(HTMLParser):
    """Inline scripts and styles of a page, the script sources and Material's settings."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.sources: list[str] = []
        self.config = ""
        self.current: list[str] | None = None
        self.kind = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "script" and "src" in found:
            self.sources.append(found["src"])
        elif tag == "script":
            kind = found.get("type", "").strip().lower()
            self.kind = "script" if kind in EXECUTED_TYPES else "config" if found.get("id") == "__config" else ""
            self.current = []
        elif tag == "style":
            self.kind, self.current = "style", []

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.current.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self.current is None or tag not in ("script", "style"):
            return
        text = "".join(self.current)
        if self.kind == "script":
            self.scripts.append(text)
        elif self.kind == "style":
            self.styles.append(text)
        elif self.kind == "config":
            self.config = text
        self.current = None


def shim_bootstrap(worker: str) -> str:
    """The inline script iframe-worker writes into its frame for the worker at `worker`."""
    return SHIM_BOOTSTRAP.format(post=SHIM_POST, imports=SHIM_IMPORT, worker=worker)


def policy(html: str) -> str:
    """The policy for one built page."""
    page = _Inline()
    page.feed(html)
    page.close()
    scripts = [sha256(text) for text in page.scripts]
    if page.config and any(source.split("?")[0].endswith(SHIM) for source in page.sources):
        worker = json.loads(page.config).get("search")
        if isinstance(worker, str):
            scripts.append(sha256(shim_bootstrap(worker)))
    styles = [sha256(text) for text in page.styles]
    directives = [
        "default-src 'self'",
        " ".join(["script-src 'self'", *dict.fromkeys(scripts)]),
        " ".join(["style-src 'self'", *dict.fromkeys(styles)]),
        "img-src 'self' data:",  # Material's icons are SVG data: URLs in its stylesheet
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
    ]
    return "; ".join(directives)


def with_policy(html: str) -> str:
    """`html` with its policy as the first element after <meta charset> (before any script)."""
    html = _OLD_POLICY.sub("", html)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(html)}">'
    anchor = _CHARSET.search(html) or re.search(r"<head[^>]*>", html, re.I)
    if anchor is None:
        return html
    return html[: anchor.end()] + meta + html[anchor.end() :]


def protect_site(site_dir: Path) -> int:
    """Put the policy into every HTML file of the built site; the number of files."""
    pages = sorted(site_dir.rglob("*.html"))
    for path in pages:
        html = path.read_text(encoding="utf-8")
        protected = with_policy(html)
        if protected != html:
            path.write_text(protected, encoding="utf-8")
    return len(pages)
