"""After the pages: the Word and OpenDocument templates, the PDF and the offline zip.

A full `mkdocs build` makes them (unless HANDBOK_PDF=0 or HANDBOK_ZIP=0: the plugin's options
`pdf` and `offline_zip`); a preview (`mkdocs serve`, or a build without documents) shows the
files of the last `make build`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from handbok.documents import offline_zip, pdf, previous_build
from handbok.documents.templates_export import Export, file_names
from handbok.model.site_pages import PDF_NAME, TEMPLATES, ZIP_NAME


@dataclass(frozen=True)
class Documents:
    """The documents of one build: made now, or (in a preview) the last full build's shown.

    The adapter decides each switch once, from its options (mkdocs.yml: `pdf`, `offline_zip`,
    `offline`, with HANDBOK_PDF, HANDBOK_ZIP and HANDBOK_OFFLINE as their defaults).
    """

    root: Path
    site_dir: Path
    make_pdf: bool  # the PDF and the Word and OpenDocument templates
    make_zip: bool  # the offline copy, zipped
    offline: bool  # this is the offline copy's own build: the zip's build copies the documents in
    generator: list[str]  # the command that runs the generator, for the offline copy's build

    def finish(
        self, export: Export | None, entries: Callable[[], list[pdf.Entry]], site_url: str, edition: str
    ) -> None:
        if export is not None:
            export.finish(self.site_dir)
        if self.offline:
            return  # offline_zip.build copies in the site's own PDF and templates
        templates = file_names(TEMPLATES)
        if export is None:
            for name in templates:
                previous_build.reuse(self.root, self.site_dir, name)
        if self.make_pdf:
            pdf.publish(pdf.PdfJob(self.site_dir, entries(), site_url, edition))
        else:
            previous_build.reuse(self.root, self.site_dir, PDF_NAME)
        if self.make_zip:
            offline_zip.build(self.root, self.site_dir, [PDF_NAME, *templates], self.generator)
        else:
            previous_build.reuse(self.root, self.site_dir, ZIP_NAME)
