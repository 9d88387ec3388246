"""The offline zip: offline and opened from file://, it navigates and searches with no network."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from browsing import open_search
from conftest import ROOT, soup_of

from handbok.checks.static_files import SHIM
from handbok.documents.templates_export import file_names
from handbok.model.site_pages import PDF_NAME, TEMPLATES, ZIP_NAME

# One worker runs this module: its module-scoped fixtures are made once (make test: --dist loadgroup).
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("offline")]
SHIM_SHA256 = "e8e412dbcfea9b7e31b5ffa288d7b6035915e714c542f4176a0cdbe262fc9609"  # iframe-worker 1.0.4


def test_vendored_shim_is_the_pinned_release() -> None:
    assert hashlib.sha256((ROOT / "docs" / SHIM).read_bytes()).hexdigest() == SHIM_SHA256


def test_offline_copy_works_from_file_urls(offline: Path, browser) -> None:  # noqa: ANN001
    start = offline / "index.html"
    assert start.is_file()
    html = start.read_text(encoding="utf-8")
    assert "unpkg.com" not in html and SHIM in html
    outside: list[str] = []
    context = browser.new_context()

    def guard(route) -> None:  # noqa: ANN001
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.goto(start.as_uri())
    page.get_by_role("link", name="Vem gör vad").first.click()
    assert page.url.endswith("vem-gor-vad.html")
    assert page.locator("h1").first.inner_text().startswith("Vem gör vad")
    open_search(page)
    page.locator("input[data-md-component=search-query]").press_sequentially("nattvandringar")
    first = page.locator("li.md-search-result__item > a.md-search-result__link").first
    first.wait_for()
    assert "fall/emmaboda.html" in first.get_attribute("href")
    context.close()
    assert outside == []


def test_offline_copy_has_the_sites_pdf_and_templates(site: Path) -> None:
    """The download links work offline too: the zip holds the same files as the site."""
    with zipfile.ZipFile(site / ZIP_NAME) as archive:
        for name in [PDF_NAME, *file_names(TEMPLATES)]:
            assert archive.read(f"samverkan-mot-brott/{name}") == (site / name).read_bytes(), name


LINKING = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src", "iframe": "src", "use": "href"}


def local_targets(page: Path) -> list[str]:
    """Every local address a page links to or loads: href and src, without query or fragment."""
    soup = soup_of(page)
    found = []
    for tag, attribute in LINKING.items():
        for element in soup.find_all(tag):
            value = str(element.get(attribute) or element.get("xlink:href") or "")
            parts = urlsplit(value)
            if value and not parts.scheme and not parts.netloc and parts.path:
                found.append(unquote(parts.path))
    return found


def test_every_local_link_in_the_zip_resolves_inside_it(offline: Path) -> None:
    pages = sorted(offline.rglob("*.html"))
    assert len(pages) > 20
    dead = []
    for page in pages:
        for target in local_targets(page):
            resolved = (page.parent / target).resolve()
            if not resolved.is_relative_to(offline) or not resolved.is_file():
                dead.append(f"{page.relative_to(offline)} -> {target}")
    assert dead == []


def test_the_zip_holds_no_stand_ins(site: Path, offline: Path) -> None:
    """No copy of itself, and every document in it is a real PDF, Word or OpenDocument file."""
    assert not (offline / ZIP_NAME).exists()
    documents = [path for path in offline.rglob("*") if path.suffix in (".pdf", ".docx", ".odt", ".zip")]
    assert sorted(path.name for path in documents) == sorted(
        Path(name).name for name in [PDF_NAME, *file_names(TEMPLATES)]
    )
    for path in documents:
        start = path.read_bytes()[:4]
        assert start == (b"%PDF" if path.suffix == ".pdf" else b"PK\x03\x04"), path.name


def test_offline_pages_do_not_offer_the_zip(offline: Path) -> None:
    offering = [page.name for page in offline.rglob("*.html") if ZIP_NAME in page.read_text(encoding="utf-8")]
    assert offering == []


def test_no_theme_partial_is_published(site: Path, offline: Path) -> None:
    """A template partial of our theme overrides is included into pages, never published as a file."""
    assert not (site / "partials").exists() and not (offline / "partials").exists()
