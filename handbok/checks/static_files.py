"""What an editor may put under docs/ besides pages: pictures and plain documents, nothing a browser runs.

MkDocs copies every file under docs/ that is not a page to the site as it is. An .html file
there becomes a page of its own on our address, without the site's Content-Security-Policy,
and its scripts run for every reader who opens it; an .xml or .xhtml file can do the same.
So only known, inert kinds of file are published. The site's own stylesheets and scripts are
the ones mkdocs.yml names (extra_css, extra_javascript), the planner's (PLANNER), and the vendored offline shim.
Symbolic links are refused under docs/, data/ and cases/: MkDocs follows them wherever they point.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from handbok.findings import Sink

PAGES = frozenset({".md"})
PICTURES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg"})  # .svg: see svg_safety
DOCUMENTS = frozenset({".pdf", ".txt", ".csv", ".docx", ".odt", ".xlsx", ".ods"})
ALLOWED = PAGES | PICTURES | DOCUMENTS
# Kinds a browser runs or renders as a document of its own: named as such in the message.
RUNS_CODE = frozenset({".html", ".htm", ".xhtml", ".xht", ".shtml", ".xml", ".xsl", ".xslt", ".js", ".mjs", ".css",
                       ".wasm", ".svgz", ".swf"})  # fmt: skip
# iframe-worker 1.0.4 (MIT), from npm: lets search work in the offline copy (see offline_zip, csp).
SHIM = "javascripts/vendor/iframe-worker/shim.js"
VENDORED = frozenset({SHIM, "javascripts/vendor/iframe-worker/LICENSE"})
# Er plan's own scripts, in the order overrides/main.html loads them on the pages under plan/
# (word and odt load when a reader asks for a file), and its stylesheet.
PLANNER_SCRIPTS = ("core", "store", "model", "fields", "part", "tasks", "check", "lagen", "export", "start")
PLANNER = frozenset(
    {"stylesheets/plan.css", *(f"javascripts/plan/{name}.js" for name in (*PLANNER_SCRIPTS, "word", "odt"))}
)


def linked_files(folder: Path) -> list[Path]:
    """Symbolic links under `folder` (files and folders). MkDocs follows them: a link to /etc or to
    a file outside the project would publish whatever it points to."""
    return sorted(path for path in folder.rglob("*") if path.is_symlink()) if folder.is_dir() else []


def report_linked_files(root: Path, folders: Iterable[str], sink: Sink) -> None:
    for folder in folders:
        for path in linked_files(root / folder):
            sink.add(path.relative_to(root).as_posix(), 1, "Filen är en länk till en annan plats (symbolisk länk)",
                     "lägg in själva filen eller mappen i stället för en länk till den.")  # fmt: skip


def unexpected_files(docs: Path, site_files: Iterable[str]) -> list[Path]:
    """Files under `docs` that are neither of an allowed kind nor one of the site's own files."""
    own = VENDORED | PLANNER | set(site_files)
    found = []
    for path in sorted(docs.rglob("*")):
        relative = path.relative_to(docs)
        if any(part.startswith(".") for part in relative.parts) or path.is_symlink() or not path.is_file():
            continue  # MkDocs leaves hidden files out of the site; links are reported on their own
        if path.suffix.lower() not in ALLOWED and relative.as_posix() not in own:
            found.append(path)
    return found


def report_unexpected_files(root: Path, docs_dir: str, site_files: Iterable[str], sink: Sink) -> None:
    """One problem per file that would be published but is not of a kind a reader can safely open."""
    for path in unexpected_files(root / docs_dir, site_files):
        kind = path.suffix.lower()
        if kind in RUNS_CODE:
            what = f"En {kind}-fil under {docs_dir}/ kan köra kod i läsarens webbläsare"
        else:
            what = f"Filtypen {kind or '(ingen filändelse)'} kan inte publiceras"
        sink.add(
            path.relative_to(root).as_posix(),
            1,
            what,
            "ta bort filen; sidor skrivs i Markdown (.md), bilder och dokument får vara"
            " .png, .jpg, .gif, .webp, .svg, .pdf, .docx, .odt, .xlsx, .ods, .csv eller .txt.",
        )
