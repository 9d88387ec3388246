"""The offline zip: unpacked and opened from file://, it navigates and searches with no network."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT

from handbok.macro_table import TEMPLATES
from handbok.offline_zip import SHIM, ZIP_NAME
from handbok.pdf import PDF_NAME
from handbok.templates_export import file_names

pytestmark = pytest.mark.browser
SHIM_SHA256 = "e8e412dbcfea9b7e31b5ffa288d7b6035915e714c542f4176a0cdbe262fc9609"  # iframe-worker 1.0.4


def test_vendored_shim_is_the_pinned_release() -> None:
    assert hashlib.sha256((ROOT / "docs" / SHIM).read_bytes()).hexdigest() == SHIM_SHA256


def test_offline_copy_works_from_file_urls(site: Path, tmp_path: Path, browser) -> None:
    with zipfile.ZipFile(site / ZIP_NAME) as archive:
        archive.extractall(tmp_path)
    start = tmp_path / "samverkan-mot-brott" / "index.html"
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
    page.keyboard.press("s")
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
