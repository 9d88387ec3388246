"""What a reader is offered around a page: the files to change it in, and a prefilled comment link.

A page made from data is changed in the data: "Föreslå en ändring" on the sources page opens
data/kallor.yml, and a case page offers both its facts (YAML) and its story (Markdown).
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import quote, urlencode

from handbok.checks.project import Checked
from handbok.checks.review_dates import build_day, month_year
from handbok.render.html import block
from handbok.sources.revision_dates import swedish_date

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


def about(checked: Checked, uri: str, url: str, title: str, site_url: str, edit_uri: str,
          issues_url: str) -> dict[str, Any]:  # fmt: skip
    """The page's web address (also from the offline copy, whose addresses end in .html), its comment
    link and the files to change it in, for the theme (page.meta.handbok_*)."""
    path = url.removesuffix("index.html")
    address = site_url + (path[:-5] + "/" if path.endswith(".html") else path)
    meta: dict[str, Any] = {"handbok_address": address, "handbok_comment": comment_url(issues_url, title, address)}
    if review := checked.reviews.get(uri):
        meta["handbok_review"] = {
            "reviewed": review.reviewed.isoformat(), "reviewed_text": swedish_date(review.reviewed),
            "due": review.due.isoformat(), "due_text": swedish_date(review.due),
            "overdue": review.overdue(build_day()), "due_month": month_year(review.due),
        }  # fmt: skip
    settings, slug = checked.settings, uri.removeprefix("fall/").removesuffix(".md")
    if slug in checked.narratives:
        targets = case_targets(*checked.handbook.case_sources[slug])
    elif (source := checked.pages.get(uri)) is not None:
        targets = edit_targets(source.body, source.file, settings.data_dir, settings.cases_dir)
    else:  # the comparison's extra pages, made from the cases
        targets = [("fallen", f"{settings.cases_dir}/")]
    repository = edit_uri.split("/edit/")[0]
    if repository:
        meta["handbok_edit"] = [(label, edit_url(repository, "main", path)) for label, path in targets]
    return meta


TITLE = re.compile(r"^# .+$", re.M)


def page_line(meta: dict[str, Any]) -> str:
    """The line under a page's title: when it was reviewed (or updated), and the comment link."""
    review = meta.get("handbok_review")
    when = (f"Granskad {review['reviewed_text']}" if review
            else f"Senast uppdaterad {meta.get('handbok_updated_text', '')}")  # fmt: skip
    comment = f'<a href="{html.escape(meta["handbok_comment"])}">Kommentera sidan</a>'
    return block(f'<p class="sidinfo" data-search-exclude="">{when} · {comment}</p>')


LEAD = re.compile(r"\n\n[^#\n<{!|>*-][^\n]*(?:\n[^\n]+)*")  # the paragraph after the title


def under_title(markdown: str, line: str, after_lead: bool = False) -> str:
    """`line` right after the page's title (# …), or at the top when the page has none.

    With `after_lead` (the start page) it follows the opening paragraph instead: a reader who
    arrives meets what the handbook is before when it was reviewed.
    """
    found = TITLE.search(markdown)
    end = found.end() if found else 0
    lead = LEAD.match(markdown, end) if after_lead and found else None
    end = lead.end() if lead else end
    return markdown[:end] + "\n" + line + markdown[end:]
