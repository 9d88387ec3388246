"""The templates as LibreOffice opens and prints them: every heading, table header and placeholder of
the web page on paper, and no word broken over two lines in a narrow column."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import soup_of
from test_templates import headings_in_markdown, web_placeholders

from handbok.documents.templates_export import FORMATS
from handbok.model.site_pages import TEMPLATES

# One worker runs this module: LibreOffice prints every template once (make test: --dist loadgroup).
pytestmark = pytest.mark.xdist_group("templates")


@pytest.fixture(scope="module")
def as_printed(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every template as LibreOffice opens and prints it: <docx|odt>/<name>.pdf in the folder returned."""
    out = tmp_path_factory.mktemp("kontorsprogram")
    profile = f"-env:UserInstallation={(out / 'profil').as_uri()}"  # its own settings, not the user's
    for extension in FORMATS:
        files = [str(site / "mallar" / f"{name}.{extension}") for name in TEMPLATES]
        command = [
            "soffice",
            "--headless",
            "--norestore",
            profile,
            "--convert-to",
            "pdf",
            "--outdir",
            str(out / extension),
        ]
        subprocess.run([*command, *files], check=True, capture_output=True, timeout=300)
    return out


def table_headers(name: str, site: Path) -> set[str]:
    soup = soup_of(site / "mallar" / name / "index.html")
    return {" ".join(cell.get_text().split()) for cell in soup.select("article table th")}


def words_of(text: str) -> set[str]:
    """Words with their brackets, without the punctuation that ends a sentence; no bullets or page numbers."""
    return {word.rstrip(".,:;?!") for word in text.split() if any(char.isalpha() for char in word)}


@pytest.mark.parametrize("extension", FORMATS)
@pytest.mark.parametrize("name", TEMPLATES)
def test_an_office_suite_prints_the_template_with_no_word_broken(
    as_printed: Path, site: Path, name: str, extension: str
) -> None:
    """Opened and printed by a real office suite, not only parsed. Every heading, table header and
    [Placeholder] of the web page is on the pages, and every printed word is a word of the web page:
    a word broken over two lines in a narrow column ("Uppföljnin" + "g", "[Datum" + "]") is not."""
    pdf = as_printed / extension / f"{name}.pdf"
    pdftotext = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], check=True, capture_output=True, text=True)
    printed = words_of(pdftotext.stdout)
    article = soup_of(site / "mallar" / name / "index.html").select_one("article")
    assert article is not None
    web = words_of(article.get_text(" ")) | words_of(article.get_text())  # with and without inline elements
    wanted = headings_in_markdown(name) + sorted(table_headers(name, site)) + sorted(web_placeholders(name, site))
    assert [item for item in wanted if not words_of(item) <= printed] == []
    broken = sorted(printed - web)
    assert broken == [], (
        f"mallar/{name}.{extension}: ord bryts i en smal tabellkolumn ({', '.join(broken)}) – gör kolumnen "
        f"bredare med fler bindestreck under tabellens rubrikrad i docs/mallar/{name}.md, till exempel |------|---|."
    )
