"""Change notes as readers see them: under each page, on "Nytt och ändrat", and as an Atom feed."""

from __future__ import annotations

import datetime as dt
import posixpath

from markdown.extensions.toc import slugify

from handbok.model.notes import ChangeNote
from handbok.render.html import block, esc
from handbok.sources.revision_dates import swedish_date

FEED_NAME = "feed.xml"
FEED_TITLE = "Samverkan mot brott – nytt och ändrat"
NOTES_PAGE = "nytt.md"


def newest_first(notes: list[ChangeNote]) -> list[ChangeNote]:
    return sorted(notes, key=lambda note: note.date, reverse=True)


def anchor(note: ChangeNote) -> str:
    """The id the table of contents gives the note's heading on "Nytt och ändrat" (the first of a title)."""
    return slugify(note.title, "-")


def _item(note: ChangeNote) -> str:
    return (f'<li><time datetime="{note.date.isoformat()}">{swedish_date(note.date)}</time>: '
            f"<strong>{esc(note.title)}</strong> {esc(note.what)} <em>Varför:</em> {esc(note.why)}</li>")  # fmt: skip


def page_notes(notes: list[ChangeNote], uri: str) -> str:
    """The "Ändringar på sidan" section for the page `uri`, or "" if it has none. "Nytt och ändrat"
    lists every note already."""
    own = [note for note in newest_first(notes) if uri in note.pages and uri != NOTES_PAGE]
    if not own:
        return ""
    return "\n\n## Ändringar på sidan\n\n" + block(f'<ul class="andringar">{"".join(map(_item, own))}</ul>') + "\n"


def all_notes(notes: list[ChangeNote], titles: dict[str, str], page_dir: str) -> str:
    """Every note, newest first, under one heading per date, as Markdown: links to the pages are
    checked like any link."""
    parts = []
    day = None
    for note in newest_first(notes):
        if note.date != day:
            day = note.date
            parts.append(f"### {swedish_date(day)}\n")
        links = ", ".join(
            f"[{titles.get(page, page)}]({posixpath.relpath(page, page_dir or '.')})" for page in note.pages
        )
        parts.append(f"#### {note.title}\n\n{note.what} *Varför:* {note.why}\n\nSidor: {links}\n")
    return "\n" + "\n".join(parts)


def teaser(notes: list[ChangeNote], count: int, page_dir: str) -> str:
    """The newest notes in a short list, for the start page."""
    target = posixpath.relpath(NOTES_PAGE, page_dir or ".")
    items = [f"- {swedish_date(note.date)}: [{note.title}]({target}#{anchor(note)})" for note in newest_first(notes)]
    return "\n" + "\n".join(items[:count]) + "\n"


def page_url(site_url: str, page: str) -> str:
    return (
        site_url.rstrip("/")
        + "/"
        + ("" if page == "index.md" else page.removesuffix(".md").removesuffix("/index") + "/")
    )


def atom_feed(notes: list[ChangeNote], site_url: str, titles: dict[str, str], author: str) -> str:
    """The notes as an Atom feed (RFC 4287: the feed names its author); dates come from the
    notes, so every build gives the same bytes and each entry's `updated` is its note's date."""
    from feedgen.feed import FeedGenerator  # type: ignore[import-untyped]  # only a build with notes needs it

    def moment(day: dt.date) -> dt.datetime:
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)

    feed = FeedGenerator()
    feed.id(site_url + FEED_NAME)
    feed.title(FEED_TITLE)
    feed.author({"name": author})
    feed.language("sv")
    feed.link(href=page_url(site_url, NOTES_PAGE), rel="alternate")
    feed.link(href=site_url + FEED_NAME, rel="self")
    ordered = newest_first(notes)
    feed.updated(moment(ordered[0].date))
    for note in reversed(ordered):  # feedgen puts the last added entry first
        entry = feed.add_entry()
        # The id a note had when notes had headings of their own; an entry's id never changes.
        entry.id(f"{page_url(site_url, NOTES_PAGE)}#{slugify(f'{swedish_date(note.date)}: {note.title}', '-')}")
        entry.title(note.title)
        entry.updated(moment(note.date))
        entry.link(href=page_url(site_url, note.pages[0]))
        pages = ", ".join(titles.get(page, page) for page in note.pages)
        entry.summary(f"{note.what} Varför: {note.why} Sidor: {pages}.")
    return str(feed.atom_str(pretty=True).decode("utf-8"))
