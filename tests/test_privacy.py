"""Nothing on the site reaches a host other than the one serving it: in the HTML, CSS and scripts here, and
in Chromium on every page in test_every_page_online.py."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from conftest import soup_of

# Absolute URLs that Material's JavaScript bundle contains but never requests on this site.
# Each entry says why it stays inert; the browser test below proves it on every page.
INERT_SCRIPT_URLS = {
    # Polyfill loaded only by browsers without ResizeObserver (none that Material supports).
    "https://unpkg.com/resize-observer-polyfill",
    # Mermaid loader: runs only for .mermaid blocks; no mermaid fence is configured and
    # editors cannot add classes (no attr_list, no raw HTML).
    "https://unpkg.com/mermaid@11/dist/mermaid.min.js",
    # Repository widget: only with repo_url, which mkdocs.yml leaves unset on purpose.
    "https://api.github.com/users/",
    "https://api.github.com/repos/",
    # Licence and documentation links inside comments of the minified code.
    "https://clipboardjs.com/",
    "https://bit.ly/2s3ChXG",
    "http://tartarus.org/",
    "http://lunrjs.com",
    "https://github.com/MihaiValentin/lunr-languages",
    "http://snowball.tartarus.org/",
    "http://code.google.com/p/urim/",
    "http://www.mozilla.org/MPL/",
}
RESOURCE_ATTRIBUTES = {"src", "srcset", "poster", "data"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)""")
# Er plan's Word and OpenDocument writers (docx from npm, hash-checked; our odt.js) name XML
# namespaces and, in comments, the format's documentation: identifiers written into the files, never
# fetched (the planner's browser tests export with every request outside the site refused).
EXPORT_SCRIPTS = {"javascripts/plan/odt.js", "javascripts/plan/word.js"}
EXPORT_NAMES = {
    "schemas.openxmlformats.org",
    "schemas.microsoft.com",
    "purl.org",
    "purl.oclc.org",
    "www.w3.org",
    "officeopenxml.com",
    "www.datypic.com",
    "c-rex.net",
    "www.ecma-international.org",
    "docs.microsoft.com",
    "learn.microsoft.com",
    "answers.microsoft.com",
    "stackoverflow.com",
    "webapp.docx4java.org",
    "www.npmjs.com",
    "example.com",
}
SCRIPT_URL = re.compile(r"https?://[A-Za-z0-9./_@-]+")


def is_local(url: str) -> bool:
    parts = urlsplit(url.strip())
    return not parts.scheme and not parts.netloc or parts.scheme == "data"


def test_no_third_party_resources_in_html(pages: list[Path]) -> None:
    for path in pages:
        soup = soup_of(path)
        for tag in soup.find_all(True):
            for attribute in RESOURCE_ATTRIBUTES & set(tag.attrs):
                for candidate in str(tag[attribute]).split(","):
                    url = candidate.strip().split(" ")[0]
                    assert is_local(url), f"{path}: <{tag.name} {attribute}={url}>"
            if tag.name == "link" and "canonical" not in tag.get("rel", []):
                assert is_local(tag["href"]), f"{path}: <link href={tag['href']}>"
            if tag.name == "style":
                assert "@import" not in tag.get_text() and "url(http" not in tag.get_text(), path


def test_no_third_party_urls_in_css_and_js(site: Path) -> None:
    for css in site.rglob("*.css"):
        for match in CSS_URL.finditer(css.read_text(encoding="utf-8")):
            url = match.group(1) or match.group(2)
            assert is_local(url), f"{css}: {url}"
    for script in site.rglob("*.js"):
        name = script.relative_to(site).as_posix()
        export = name in EXPORT_SCRIPTS or name.startswith("javascripts/vendor/docx/")
        for url in SCRIPT_URL.findall(script.read_text(encoding="utf-8")):
            inert = url in INERT_SCRIPT_URLS or (export and urlsplit(url).hostname in EXPORT_NAMES)
            assert inert, f"{script}: {url}"
