"""What a reader is offered around a page: the files to change it in, and a prefilled comment link.

A page made from data is changed in the data: "Föreslå en ändring" on the sources page opens
data/kallor.yml, and a case page offers both its facts (YAML) and its story (Markdown).
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlencode

DATA_OF_MACRO = {
    "klart_nar": ("steg.yml",), "ansvar": ("steg.yml", "roller.yml"), "vem_gor_vad": ("steg.yml", "roller.yml"),
    "processcykel": ("steg.yml",), "tidslinje": ("tidslinje.yml",), "ordlista": ("ordlista.yml",),
    "kallforteckning": ("kallor.yml",), "krav_och_rekommendationer": ("krav.yml",), "lagen_i_steget": ("krav.yml",),
    "andringar": ("andringar.yml",), "senaste_andringar": ("andringar.yml",), "stegen_som_meny": ("steg.yml",),
    "borja_har": ("roller.yml",),
}  # fmt: skip
LABELS = {
    "steg.yml": "stegen och checklistorna", "roller.yml": "rollerna", "tidslinje.yml": "tidslinjen",
    "ordlista.yml": "ordlistan", "kallor.yml": "källorna", "krav.yml": "kraven och rekommendationerna",
    "andringar.yml": "ändringarna",
}  # fmt: skip
MACRO_CALL = re.compile(r"\{\{\s*([a-z_]+)\s*\(")
CASE_MACROS = ("jamforelse", "fall_lista")


def edit_targets(body: str, page_file: str, data_dir: str, cases_dir: str) -> list[tuple[str, str]]:
    """(what, repository path) for every file that holds what a docs page shows; the page's own text first."""
    targets = [("sidans text", page_file)]
    for name in dict.fromkeys(MACRO_CALL.findall(body)):
        for data in DATA_OF_MACRO.get(name, ()):
            targets.append((LABELS[data], f"{data_dir}/{data}"))
        if name in CASE_MACROS:
            targets.append(("fallen", f"{cases_dir}/"))
    return list(dict.fromkeys(targets))


def case_targets(yml: str, narrative: str) -> list[tuple[str, str]]:
    return [("fakta om kommunen", yml), ("berättelsen", narrative)]


def edit_url(repository: str, branch: str, path: str) -> str:
    """GitHub's editor for a file, or the folder's listing for a folder."""
    kind = "tree" if path.endswith("/") else "edit"
    return f"{repository.rstrip('/')}/{kind}/{branch}/{quote(path.rstrip('/'))}"


def comment_url(issues_url: str, title: str, address: str) -> str:
    """A new GitHub issue, prefilled with the page's name and address; nothing else is sent."""
    query = urlencode({"title": f"Synpunkt: {title}", "body": f"Sida: {address}\n\nMin synpunkt:\n"})
    return f"{issues_url}?{query}"
