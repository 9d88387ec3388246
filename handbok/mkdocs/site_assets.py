"""Leave out what Material copies into every build but this Swedish site never loads; add the
planner's checked browser libraries."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from handbok.documents.browser_libraries import checked_libraries
from handbok.problems import Problems

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


def add_libraries(files: Files, config: MkDocsConfig, root: Path) -> None:
    """Er plan's docx and fflate, from node_modules, each only if it is the pinned file."""
    problems = Problems()
    for uri, source in checked_libraries(root, problems):
        files.append(File.generated(config, uri, abs_src_path=str(source)))
    if problems:
        raise PluginError(problems.report())
