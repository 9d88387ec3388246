"""Leave out what Material copies into every build but this Swedish site never loads."""

from __future__ import annotations

from mkdocs.structure.files import File, Files

# The search worker loads these for `lang: sv`; the other languages and the Thai and
# Japanese segmenters are dead weight in the site and in the offline copy.
LUNR = "assets/javascripts/lunr/"
LUNR_KEEP = {"lunr.sv.min.js", "lunr.stemmer.support.min.js", "lunr.multi.min.js"}


def unused(file: File) -> bool:
    """Other lunr languages and source maps: never loaded by the site."""
    uri = file.src_uri
    name = uri.rsplit("/", 1)[-1]
    return uri.startswith("assets/") and (uri.endswith(".map") or (uri.startswith(LUNR) and name not in LUNR_KEEP))


def leave_out(files: Files) -> None:
    """Take the unused files out before MkDocs copies them."""
    for file in [file for file in files if unused(file)]:
        files.remove(file)
