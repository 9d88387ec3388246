"""The pull request's job summary, in Swedish: the pages it changes, how easy they are to read, what is overdue.

`python -m handbok sammanfattning <ändrade filer…>` maps every changed chapter, case and data
file to the pages it feeds, gives each page's LIX and word count, and lists the pages past their
review date (and any error the check found). Under GitHub Actions it writes to the job summary.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from handbok.checks.project import CASE_DIR_URI, Checked, opted_in
from handbok.checks.readability import level
from handbok.checks.text_metrics import lix_and_words, prose_of_markdown
from handbok.cli.review_report import overdue_markdown, write_summary
from handbok.documents.offline_zip import ZIP_NAME
from handbok.render.page_info import DATA_OF_MACRO  # which macros show which data file
from handbok.sources.page_source import PageSource

CASE_MACROS = ("jamforelse", "fall_lista")  # pages made from every case's facts
MACRO_CALL = re.compile(r"\{\{\s*([A-Za-z_]\w*)\s*\(")


@dataclass(frozen=True)
class ChangedPage:
    uri: str  # under docs/ (a case: fall/<slug>.md)
    title: str
    changed: tuple[str, ...]  # the changed files that feed it
    lix: float
    words: int


def code(text: str) -> str:
    return f"`{text}`"


def _title(page: PageSource, uri: str) -> str:
    heading = next((line[2:].strip() for line in page.body.splitlines() if line.startswith("# ")), None)
    return str(page.meta.get("title") or heading or uri)


def _macro_pages(checked: Checked, names: tuple[str, ...]) -> list[str]:
    return [
        uri
        for uri, page in checked.pages.items()
        if opted_in(page) and any(call in names for call in MACRO_CALL.findall(page.body))
    ]


def pages_fed_by(checked: Checked, file: str) -> list[str]:
    """The pages (under docs/) a changed file feeds; [] for a file no page is made from."""
    settings = checked.settings
    folder, _, name = file.rpartition("/")
    if folder.startswith(settings.docs_dir) and file.removeprefix(f"{settings.docs_dir}/") in checked.pages:
        return [file.removeprefix(f"{settings.docs_dir}/")]
    if folder == settings.cases_dir and name.endswith((".md", ".yml")):
        slug = name.rsplit(".", 1)[0]
        if slug not in checked.narratives:
            return []
        case_page = [f"{CASE_DIR_URI}/{slug}.md"]
        return case_page + (_macro_pages(checked, CASE_MACROS) if name.endswith(".yml") else [])
    if folder == settings.data_dir:  # a data file changes the pages whose macros show it
        return _macro_pages(checked, tuple(macro for macro, files in DATA_OF_MACRO.items() if name in files))
    return []


def changed_pages(checked: Checked, files: list[str]) -> tuple[list[ChangedPage], list[str], list[str]]:
    """Every page the changed files feed, with its LIX; the changed files with an error (they may feed
    nothing until it is fixed); and the other changed content files that feed no page."""
    feeds: dict[str, list[str]] = {}
    broken = {problem.file for problem in checked.problems}
    with_errors, unmatched = [], []
    settings = checked.settings
    for file in dict.fromkeys(files):
        uris = pages_fed_by(checked, file)
        for uri in uris:
            feeds.setdefault(uri, []).append(file)
        content = file.startswith(tuple(f"{d}/" for d in (settings.docs_dir, settings.cases_dir, settings.data_dir)))
        if file in broken:
            with_errors.append(file)
        elif not uris and content and file.endswith((".md", ".yml")):
            unmatched.append(file)
    pages = []
    by_slug = {case.slug: case for case in checked.handbook.cases}
    for uri, sources in sorted(feeds.items()):
        slug = uri.removeprefix(f"{CASE_DIR_URI}/").removesuffix(".md")
        if uri.startswith(f"{CASE_DIR_URI}/") and slug in checked.narratives:
            text, title = checked.narratives[slug].text, by_slug[slug].municipality
        else:
            text, title = checked.pages[uri].text, _title(checked.pages[uri], uri)
        lix, words = lix_and_words(prose_of_markdown(text))
        pages.append(ChangedPage(uri, title, tuple(sources), lix, words))
    return pages, with_errors, unmatched


def preview_path(uri: str) -> str:
    """Where the page is in the preview's offline copy (plain .html files, as Material's offline plugin writes)."""
    return uri.removesuffix(".md") + ".html"


def _row(page: ChangedPage) -> str:
    title = page.title.replace("|", "\\|")  # a | would end the table's cell
    changed = ", ".join(map(code, page.changed))
    return f"| {title} | `{preview_path(page.uri)}` | {changed} | {page.lix:.0f} ({level(page.lix)}) | {page.words} |"


PREVIEW = (
    f"Så ser du sidorna innan de publiceras: när testerna är klara finns **Förhandsgranskning** under "
    f"Artifacts i testjobbets Summary. Ladda ner den, packa upp `{ZIP_NAME}` och öppna filen i kolumnen "
    "Förhandsgranskning. (En ny sida finns inte på den publicerade webbplatsen förrän ändringen är godkänd.)"
)
NOTE_REMINDER = (
    "Ändringen rör sidor som läsare ser, men `{notes}` är inte ändrad. Märker en läsare ändringen i "
    "texten, i en siffra eller i en mall? Skriv då en notis i `{notes}`. Redaktörsguiden visar hur, "
    "under Så berättar du vad som ändrats. Det här är en påminnelse, inte ett fel."
)


def summary_markdown(checked: Checked, files: list[str], today: dt.date) -> str:
    pages, with_errors, unmatched = changed_pages(checked, files)
    parts = ["# Sammanfattning av ändringen\n"]
    if checked.problems:
        problems = "\n".join(f"- `{problem}`" for problem in checked.problems)
        parts.append(f"## Fel som måste rättas ({len(checked.problems)})\n\n"
                     f"{checked.problems.heading('Kontrollen hittade')}\n\n{problems}\n")  # fmt: skip
    else:
        parts.append(f"## Inga fel\n\n{checked.all_clear()}.\n")
    if with_errors:
        parts.append("Ändrade filer med fel (se felen ovan): " + ", ".join(map(code, with_errors)) + ".\n")
    if pages:
        rows = "\n".join(map(_row, pages))
        parts.append(
            f"## Sidor som ändras ({len(pages)})\n\n{PREVIEW}\n\n| Sida | Förhandsgranskning | Ändrad fil | LIX | Ord |"
            f"\n|---|---|---|---|---|\n{rows}\n\n"
            "LIX visar hur lätt texten är att läsa: under 40 är lätt, 40–50 medelsvårt och över 50 svårt. "
            "För ett fall räknas berättelsen.\n"
        )
    else:
        parts.append("## Sidor som ändras\n\nÄndringen rör ingen sida i handboken.\n")
    if unmatched:
        parts.append("Ändrade filer som ingen sida visar direkt: " + ", ".join(map(code, unmatched)) + ".\n")
    notes = f"{checked.settings.data_dir}/andringar.yml"
    seen = [page for page in pages if not page.uri.startswith(checked.settings.not_in_nav)]  # not the guide
    if seen and notes not in files and (checked.settings.root / notes).is_file():
        parts.append("## Ändringsnotis\n\n" + NOTE_REMINDER.format(notes=notes) + "\n")
    if "granskning_manader" in checked.settings.options:
        changed = {page.uri for page in pages}
        overdue = checked.overdue(today)
        parts.append(overdue_markdown(overdue))
        if any(uri in changed for uri, _ in overdue):
            parts.append("Ändrar du en sida som ska granskas? Läs den mot källorna och skriv dagens datum i "
                         "`granskad:`.\n")  # fmt: skip
    return "\n".join(parts)


def summary_command(checked: Checked, files: list[str], today: dt.date) -> int:
    """Write the summary to the job summary under Actions, else print it; always 0 (it informs, not gates)."""
    markdown = summary_markdown(checked, files, today)
    if not write_summary(markdown):
        print(markdown)
    else:
        print("Sammanfattningen är skriven till jobbets sammanfattning (GITHUB_STEP_SUMMARY).")
    return 0
