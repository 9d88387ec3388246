"""A strict Content-Security-Policy in every built page, as a <meta> (GitHub Pages sets no headers).

The policy is computed from each finished page (before MkDocs writes it): its inline scripts
are allowed by their sha256 hash, nothing else inline runs, and everything else comes from the site itself. A
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
from html import unescape

from handbok.checks.static_files import SHIM

EXECUTED_TYPES = {"", "text/javascript", "application/javascript", "module"}
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
_ELEMENT = re.compile(r"<(script|style)\b([^>]*)>(.*?)</\1\s*>", re.I | re.S)
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.I)
_OLD_POLICY = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">')


def sha256(text: str) -> str:
    """A CSP hash source; browsers hash the text with line breaks normalised to \\n."""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    return "'sha256-" + base64.b64encode(hashlib.sha256(normalised.encode("utf-8")).digest()).decode() + "'"


def _attribute(attributes: str, name: str) -> str | None:
    found = re.search(rf"""(?:^|\s){name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))|(?:^|\s)({name})(?=\s|$)""",
                      attributes, re.I)  # fmt: skip
    if found is None:
        return None
    return next((group for group in found.groups() if group is not None), "")


def _inline(html: str) -> tuple[list[str], list[str], list[str], str]:
    """The page's inline scripts, inline styles, script sources and Material's settings (JSON).

    A script's or style's text runs to the first closing tag, as in an HTML parser; escaped
    text (in code examples) never matches.
    """
    scripts, styles, sources, config = [], [], [], ""
    for match in _ELEMENT.finditer(html):
        tag, attributes, text = match.group(1).lower(), match.group(2), match.group(3)
        if tag == "style":
            styles.append(text)
        elif (source := _attribute(attributes, "src")) is not None:
            sources.append(unescape(source))
        elif (_attribute(attributes, "type") or "").strip().lower() in EXECUTED_TYPES:
            scripts.append(text)
        elif _attribute(attributes, "id") == "__config":
            config = text
    return scripts, styles, sources, config


def shim_bootstrap(worker: str) -> str:
    """The inline script iframe-worker writes into its frame for the worker at `worker`."""
    return SHIM_BOOTSTRAP.format(post=SHIM_POST, imports=SHIM_IMPORT, worker=worker)


def policy(html: str) -> str:
    """The policy for one built page."""
    inline, inline_styles, sources, config = _inline(html)
    scripts = [sha256(text) for text in inline]
    if config and any(source.split("?")[0].endswith(SHIM) for source in sources):
        worker = json.loads(config).get("search")
        if isinstance(worker, str):
            scripts.append(sha256(shim_bootstrap(worker)))
    styles = [sha256(text) for text in inline_styles]
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
