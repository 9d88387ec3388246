"""One PDF of the whole handbook: the built pages, in nav order, printed by WeasyPrint.

The pages are taken from the built site (the same HTML readers see), joined into one
document with a cover and a table of contents, ids made unique per page and internal links
turned into links inside the PDF. WeasyPrint writes a tagged PDF/UA-1 file with Swedish
hyphenation, page numbers and an outline from the headings.
"""

from __future__ import annotations

import logging
import posixpath
import time
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

if TYPE_CHECKING:  # bs4 is imported where a PDF is made: a site build without PDF never loads it
    from bs4 import Tag

log = logging.getLogger("mkdocs.plugins.handbok.documents.pdf")  # the name MkDocs shows; no MkDocs import
PDF_NAME = "samverkan-mot-brott.pdf"
STYLESHEET = Path(__file__).with_name("pdf.css")
TITLE = "Samverkan mot brott"
SUBTITLE = "En öppen handbok för polis och kommun som förebygger brott tillsammans"


@dataclass(frozen=True)
class Entry:
    """A page, or a section heading (url None), in reading order."""

    title: str
    url: str | None
    in_section: bool


def slug_of(url: str) -> str:
    return "p-" + (url.strip("/").replace("/", "-") or "start")


def _article(site_dir: Path, url: str) -> Tag:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((site_dir / url / "index.html").read_text(encoding="utf-8"), "html.parser")
    article = soup.select_one("article.md-content__inner")
    if article is None:
        raise ValueError(f"{url}: ingen artikel i den byggda sidan")
    for unwanted in article.select(
        "a.headerlink, a.md-content__button, .md-source-file, script, .handbok-sidfot, .sidinfo"
    ):
        unwanted.decompose()
    for box in article.select('input[type="checkbox"]'):
        box.replace_with(BeautifulSoup('<span class="ruta" aria-hidden="true">☐</span>', "html.parser"))
    for checklist in article.select("div.handbok-block:has(> .klart-nar)"):
        _keep_with_heading(checklist)
    for folded in article.select("details.kallor"):  # paper has no button: the sources are shown in full
        folded["open"] = ""
        if folded.summary is not None:
            folded.summary.decompose()
    return article


def _keep_with_heading(block: Tag) -> None:
    """Print a checklist on the same page as its heading and lead-in: wrap the three together."""
    from bs4 import BeautifulSoup

    lead = block.find_previous_sibling()
    heading = lead.find_previous_sibling() if lead is not None else None
    if lead is None or heading is None or heading.name != "h2":
        return
    wrapper = heading.wrap(BeautifulSoup("", "html.parser").new_tag("div", attrs={"class": "hall-ihop"}))
    wrapper.append(lead.extract())
    wrapper.append(block.extract())


def _relink(article: Tag, url: str, slugs: dict[str, str], site_url: str) -> None:
    """Unique ids per page; links to other pages become links inside the PDF; images load from the site."""
    own = slugs[url]
    for element in article.select("[id]"):
        element["id"] = f"{own}--{element['id']}"
    for element in article.select("[aria-labelledby]"):
        element["aria-labelledby"] = " ".join(f"{own}--{part}" for part in str(element["aria-labelledby"]).split())
    for link in article.select("a[href]"):
        href = str(link["href"])
        parts = urlsplit(href)
        if parts.scheme or href.startswith("//"):
            continue
        if href.startswith("#"):
            link["href"] = f"#{own}--{href[1:]}"
            continue
        target = posixpath.normpath(urljoin("/" + url, parts.path)).lstrip("/")
        target = "" if target == "." else target.rstrip("/") + "/"
        if target in slugs:
            link["href"] = f"#{slugs[target]}" + (f"--{parts.fragment}" if parts.fragment else "")
        else:  # a file of the site (data, templates): point at the published copy
            link["href"] = urljoin(site_url, target.rstrip("/") + (f"#{parts.fragment}" if parts.fragment else ""))
    for image in article.select("img[src]"):  # relative to the page; WeasyPrint reads from the site's root
        src = str(image["src"])
        if not urlsplit(src).scheme and not src.startswith("/"):
            image["src"] = posixpath.normpath(posixpath.join(url, src))


def combine(site_dir: Path, entries: list[Entry], title: str, subtitle: str, edition: str, site_url: str) -> str:
    """The whole handbook as one HTML document for printing."""
    pages = [entry for entry in entries if entry.url is not None]
    slugs = {entry.url: slug_of(entry.url) for entry in pages if entry.url is not None}
    toc, body = [], []
    section = ""  # a section's name opens its first chapter: no page of its own with one line
    for entry in entries:
        if entry.url is None:
            toc.append(f'<li class="toc-del">{escape(entry.title)}</li>')
            section = entry.title
            continue
        slug = slugs[entry.url]
        css = "toc-sida i-del" if entry.in_section else "toc-sida"
        toc.append(f'<li class="{css}"><a href="#{slug}">{escape(entry.title)}</a></li>')
        article = _article(site_dir, entry.url)
        _relink(article, entry.url, slugs, site_url)
        heading = article.find("h1")
        if heading is not None:  # the outline uses the menu's name for the page, like the contents
            heading["data-bokmarke"] = entry.title
        section_css = "kapitel i-del" if entry.in_section else "kapitel"
        opening = ""
        if section:  # the section's overview page carries its name (once, if the titles are the same)
            named = section != entry.title
            section_css += " del-start med-namn" if named else " del-start"
            opening = f'<p class="del-namn" data-bokmarke="{escape(section)}">{escape(section)}</p>' if named else ""
            section = ""
        body.append(f'<section class="{section_css}" id="{slug}">{opening}{article.decode_contents()}</section>')
    return (
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>"
        '<meta name="author" content="Redaktionen för den öppna samverkanshandboken">'
        f'<meta name="description" content="{escape(subtitle)}">'
        f'<meta name="dcterms.created" content="{escape(edition[:10])}">'
        "</head><body>"
        f'<section class="omslag"><p class="omslag-titel">{escape(title)}</p>'
        f'<p class="omslag-under">{escape(subtitle)}</p>'
        '<p class="omslag-obs">Oberoende öppen utgåva. Byggd på offentliga källor. Inte en officiell publikation '
        "från Brå, Polismyndigheten eller SKR.</p>"
        f'<p class="omslag-utgava">Utgåva {escape(edition)}</p>'
        f'<p class="omslag-adress">{escape(site_url)}</p></section>'
        f'<nav class="toc" aria-label="Innehåll"><h1 class="toc-rubrik">Innehåll</h1><ol>{"".join(toc)}</ol></nav>'
        f"{''.join(body)}</body></html>"
    )


def write_pdf(html: str, site_dir: Path, target: Path) -> Path:
    from weasyprint import CSS, HTML  # imported here: only full builds print

    document = HTML(string=html, base_url=str(site_dir))
    document.write_pdf(target, stylesheets=[CSS(filename=str(STYLESHEET))], pdf_variant="pdf/ua-1")
    return target


@dataclass(frozen=True)
class PdfJob:
    """What the PDF is made from: the built site, its pages in reading order, the edition."""

    site_dir: Path
    entries: list[Entry]
    site_url: str
    edition: str  # "2026-11-29, version abc1234"


def publish(job: PdfJob) -> Path:
    started = time.perf_counter()
    html = combine(job.site_dir, job.entries, TITLE, SUBTITLE, job.edition, job.site_url)
    target = write_pdf(html, job.site_dir, job.site_dir / PDF_NAME)
    log.info("PDF klar: %s (%.1f s)", PDF_NAME, time.perf_counter() - started)
    return target
