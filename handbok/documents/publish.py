"""After the pages: the Word and OpenDocument templates, the PDF and the offline zip.

A full `mkdocs build` makes them (unless HANDBOK_PDF=0 or HANDBOK_ZIP=0); a preview
(`mkdocs serve`, or a build without documents) shows the files of the last `make build`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from handbok.documents import offline_zip, pdf, previous_build
from handbok.documents.templates_export import Export, file_names
from handbok.render.macro_table import TEMPLATES


def wanted(command: str) -> bool:
    """The PDF and the templates: made by `mkdocs build` unless HANDBOK_PDF=0."""
    return command == "build" and os.environ.get("HANDBOK_PDF") != "0"


@dataclass(frozen=True)
class Documents:
    root: Path
    site_dir: Path
    command: str
    with_pdf: bool
    with_zip: bool

    def finish(self, export: Export | None, entries: Callable[[], list[pdf.Entry]], site_url: str,
               edition: str) -> None:  # fmt: skip
        if export is not None:
            export.finish(self.site_dir)
        if offline_zip.is_offline_build():
            return  # offline_zip.build copies in the site's own PDF and templates
        templates = file_names(TEMPLATES)
        if export is None:
            for name in templates:
                previous_build.reuse(self.root, self.site_dir, name)
        if self.with_pdf and wanted(self.command):
            pdf.publish(pdf.PdfJob(self.site_dir, entries(), site_url, edition))
        elif self.with_pdf:
            previous_build.reuse(self.root, self.site_dir, pdf.PDF_NAME)
        if not self.with_zip:
            return
        if self.command == "build" and os.environ.get("HANDBOK_ZIP") != "0":
            offline_zip.build(self.root, self.site_dir, [pdf.PDF_NAME, *templates])
        else:
            previous_build.reuse(self.root, self.site_dir, offline_zip.ZIP_NAME)
