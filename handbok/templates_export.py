"""The templates (docs/mallar/*.md) as Word and OpenDocument files, made with pandoc at build time."""

from __future__ import annotations

import logging
import re
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.handbok.templates_export")

FORMATS = ("docx", "odt")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_MACRO_LINE = re.compile(r"^\s*\{\{.*?\}\}\s*$", re.M)
_CITATION = re.compile(r"\s*\[@[^\]\n]+\]")


def file_names(templates: tuple[str, ...]) -> list[str]:
    """Where the files are in the site."""
    return [f"mallar/{name}.{extension}" for name in templates for extension in FORMATS]


def document_markdown(page: str) -> str:
    """The template as a stand-alone document: no front matter, macros or citation markers."""
    text = _FRONT_MATTER.sub("", page)
    text = _MACRO_LINE.sub("", text)
    return _CITATION.sub("", text)


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
        pypandoc.convert_text(text, extension, format="markdown", outputfile=str(output),
                              extra_args=["--metadata=lang:sv-SE"])  # fmt: skip
        return output

    def finish(self, site_dir: Path) -> list[Path]:
        target = site_dir / "mallar"
        target.mkdir(parents=True, exist_ok=True)
        try:
            return [Path(shutil.copy(future.result(), target)) for future in self.futures]
        finally:
            self.pool.shutdown()
            self.folder.cleanup()
