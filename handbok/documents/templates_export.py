"""The templates (docs/mallar/*.md) as Word and OpenDocument files, made with pandoc at build time."""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from handbok.sources.reproducible import normalize_zip

log = logging.getLogger("mkdocs.plugins.handbok.documents.templates_export")

FORMATS = ("docx", "odt")
# pandoc's own reference.docx (`pandoc -o reference.docx --print-default-data-file reference.docx`)
# with borders and 9 pt text added to its "Table" style (python-docx), so fill-in cells show in Word
# and a seven-column table fits a portrait page without breaking words. Column widths follow the
# dashes under a template table's header row (`|------|---|`), which the web page ignores.
REFERENCE_DOCX = Path(__file__).with_name("reference.docx")
# The H1 becomes the document's title (its title property, and the first paragraph).
PANDOC_ARGS = ["--metadata=lang:sv-SE", "--shift-heading-level-by=-1"]
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_MACRO_LINE = re.compile(r"^\s*\{\{.*?\}\}\s*$", re.M)
# A picture on a line of its own is for the web page: the documents are forms to fill in.
IMAGE_LINE = re.compile(r"^!\[[^\]\n]*\]\([^)\n]*\)\s*$", re.M)
_CITATION = re.compile(r"\s*\[@[^\]\n]+\]")
# A [Placeholder]: brackets not starting a link, a reference or an attribute list. Unescaped,
# pandoc turns [Period] into a link to the heading "Period".
PLACEHOLDER = re.compile(r"(?<![\\\]])\[([^\[\]\n]+)\](?![(\[:{])")
# pandoc's OpenDocument writer gives table cells no border; a reference.odt cannot change that.
_ODT_CELL = re.compile(r'(<style:style style:name="Table(?:Header)?RowCell" style:family="table-cell">\s*'
                       r'<style:table-cell-properties) fo:border="none"')  # fmt: skip
ODT_BORDER = 'fo:border="0.5pt solid #000000" fo:padding="0.1cm"'


def file_names(templates: tuple[str, ...]) -> list[str]:
    """Where the files are in the site."""
    return [f"mallar/{name}.{extension}" for name in templates for extension in FORMATS]


def document_markdown(page: str) -> str:
    """The template as a stand-alone document: no front matter, macros, pictures or citation markers,
    and every [Placeholder] kept as typed, brackets and all."""
    text = _FRONT_MATTER.sub("", page)
    text = _MACRO_LINE.sub("", text)
    text = IMAGE_LINE.sub("", text)
    text = _CITATION.sub("", text)
    return PLACEHOLDER.sub(r"\\[\1\\]", text)


def border_odt_cells(path: Path) -> None:
    """Give the table cells of a pandoc-made .odt a thin border (rewrites content.xml in place)."""
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w") as archive:  # same order: the mimetype entry stays first, stored
        for info, data in entries:
            if info.filename == "content.xml":
                data = _ODT_CELL.sub(rf"\1 {ODT_BORDER}", data.decode("utf-8")).encode("utf-8")
            archive.writestr(info, data)


class Export:
    """Convert while MkDocs renders the pages; `finish` copies the files into the site.

    Each conversion is a pandoc process; one worker runs them one after another beside the build.
    More workers would compete with MkDocs for the cores (measured: 0.25 s slower on two cores).
    """

    def __init__(self, templates: dict[str, Path]) -> None:
        self.folder = tempfile.TemporaryDirectory(prefix="handbok-mallar-")
        self.pool = ThreadPoolExecutor(max_workers=1)
        jobs = [(name, source, extension) for name, source in templates.items() for extension in FORMATS]
        self.futures = [self.pool.submit(self._convert, *job) for job in jobs]

    def _convert(self, name: str, source: Path, extension: str) -> Path:
        import pypandoc  # imported here: only builds that write templates need pandoc

        output = Path(self.folder.name) / f"{name}.{extension}"
        text = document_markdown(source.read_text(encoding="utf-8"))
        extra = [*PANDOC_ARGS, f"--reference-doc={REFERENCE_DOCX}"] if extension == "docx" else PANDOC_ARGS
        pypandoc.convert_text(text, extension, format="markdown", outputfile=str(output), extra_args=extra)
        if extension == "odt":
            border_odt_cells(output)
        normalize_zip(output)  # the same bytes from every build
        return output

    def finish(self, site_dir: Path) -> list[Path]:
        target = site_dir / "mallar"
        target.mkdir(parents=True, exist_ok=True)
        try:
            return [Path(shutil.copy(future.result(), target)) for future in self.futures]
        finally:
            self.pool.shutdown()
            self.folder.cleanup()
