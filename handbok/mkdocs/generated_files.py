"""The pages and files a build makes from the checked data, added to MkDocs' files (none in the menu).

A page per case and the comparison's extra pages (each says where to change it), the open data,
the feed of change notes, and stand-ins for the PDF and the zip, which are made after the pages:
pages may link to them (links are checked), and `on_post_build` replaces them.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel

from handbok.checks.checked import Checked
from handbok.documents.open_data import as_csv, as_json
from handbok.model.site_pages import (
    CASE_DIR_URI,
    FEED_NAME,
    OPEN_DATA,
    PDF_NAME,
    ZIP_NAME,
    case_uri,
    extra_comparison_uris,
)
from handbok.render.case_pages import comparison_page, compose
from handbok.render.current_page import CurrentPage
from handbok.render.notes import atom_feed

STAND_IN = "Filen görs av 'make build'. Kör det och ladda om sidan.\n"


def add(files: Files, config: MkDocsConfig, checked: Checked) -> None:
    handbook, site_url = checked.handbook, config.site_url or ""

    def generated(uri: str, content: str, edit: str | None = None) -> None:
        file = File.generated(config, uri, content=content, inclusion=InclusionLevel.NOT_IN_NAV)
        file.edit_uri = edit
        files.append(file)

    for case in handbook.cases:
        narrative = checked.narratives[case.slug]
        generated(case_uri(case.slug), compose(case, narrative.text, handbook.roles), f"../{narrative.file}")
    for number, uri in enumerate(extra_comparison_uris(handbook.cases), start=2):
        where = CurrentPage(uri, config.use_directory_urls)
        generated(uri, comparison_page(handbook, number, where.url_of), f"{CASE_DIR_URI}/jamforelse.md")
    # Open data, from the same validated cases; generated files so links to them are checked.
    json_file, csv_file = OPEN_DATA
    generated(json_file, as_json(handbook.cases, site_url))
    generated(csv_file, as_csv(handbook.cases))
    if handbook.notes:  # the change notes as a feed that readers and kommuner can follow
        generated(FEED_NAME, atom_feed(handbook.notes, site_url, checked.titles, config.site_author or ""))
    for name in (PDF_NAME, ZIP_NAME):
        generated(name, STAND_IN)
