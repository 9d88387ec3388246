"""The same bytes from every build of one commit; every date in the output is the commit's, not the clock's."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT
from measure import PAGES_ONLY, copy_project
from pypdf import PdfReader

from handbok.mkdocs.generator import command
from handbok.model.site_pages import PDF_NAME, ZIP_NAME
from handbok.sources.reproducible import commit_epoch

# One worker runs this module: its module-scoped fixtures are made once (make test: --dist loadgroup).
pytestmark = pytest.mark.xdist_group("reproducible")

EPOCH = 1_700_000_000  # 2023-11-14 22:13:20 UTC: a date no clock of today's builds shows
DAY = "2023-11-14"


def mkdocs(project: Path, site_dir: Path, epoch: int | None, **extra: str) -> None:
    env = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
    env |= {"NO_MKDOCS_2_WARNING": "1", **extra} | ({"SOURCE_DATE_EPOCH": str(epoch)} if epoch else {})
    result = subprocess.run(command("build", "--strict", "--site-dir", str(site_dir)),
                            cwd=project, capture_output=True, text=True, env=env)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two full builds (site, PDF, Word, OpenDocument, zip) of the working tree, one after the other: not side
    by side, where a time of day that leaked into the output could be the same in both."""
    first, second = tmp_path_factory.mktemp("bygge-1"), tmp_path_factory.mktemp("bygge-2")
    for site_dir in (first, second):
        mkdocs(ROOT, site_dir, EPOCH)
    return first, second


def files_of(site_dir: Path) -> dict[str, bytes]:
    return {path.relative_to(site_dir).as_posix(): path.read_bytes() for path in site_dir.rglob("*") if path.is_file()}


def test_two_builds_give_the_same_bytes(two_builds: tuple[Path, Path]) -> None:
    first, second = (files_of(site_dir) for site_dir in two_builds)
    assert PDF_NAME in first and ZIP_NAME in first and "mallar/atgardsplan.docx" in first
    assert sorted(first) == sorted(second)
    assert [name for name in sorted(first) if first[name] != second[name]] == []


def test_every_date_is_the_commits(two_builds: tuple[Path, Path]) -> None:
    site = two_builds[0]
    assert set(re.findall(r"<lastmod>([^<]*)</lastmod>", (site / "sitemap.xml").read_text())) == {DAY}
    pdf = PdfReader(site / PDF_NAME)
    assert str(pdf.metadata["/CreationDate"]).startswith("D:20231114")
    assert f"Utgåva {DAY}" in pdf.pages[0].extract_text()
    for document in ("mallar/atgardsplan.docx", "mallar/atgardsplan.odt"):
        with zipfile.ZipFile(site / document) as archive:
            assert {info.date_time[:3] for info in archive.infolist()} == {(2023, 11, 14)}, document
    with zipfile.ZipFile(site / "mallar/atgardsplan.docx") as archive:
        assert f"{DAY}T22:13:20Z" in archive.read("docProps/core.xml").decode()
    with zipfile.ZipFile(site / ZIP_NAME) as archive:
        members = archive.infolist()
        assert [info.filename for info in members] == sorted(info.filename for info in members)
        assert {info.date_time for info in members} == {(2023, 11, 14, 22, 13, 20)}
        assert {info.external_attr >> 16 for info in members} == {0o100644}
        inner = archive.read(f"samverkan-mot-brott/{PDF_NAME}")
    assert inner == (site / PDF_NAME).read_bytes()
    assert str(PdfReader(io.BytesIO(inner)).metadata["/CreationDate"]).startswith("D:20231114")


def test_files_git_does_not_know_show_the_build_date_not_today(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "projekt")  # no .git: git knows none of the files
    site = tmp_path / "site"
    mkdocs(project, site, EPOCH, **PAGES_ONLY)
    dates = {
        date
        for page in site.rglob("index.html")
        for date in re.findall(r'Senast uppdaterad: <time datetime="([^"]*)"', page.read_text())
    }
    assert dates == {DAY}


def test_a_plain_build_takes_its_date_from_the_commit(tmp_path: Path) -> None:
    """Without SOURCE_DATE_EPOCH (a plain `mkdocs build`) the plugin sets it from `git log`."""
    epoch = commit_epoch(ROOT)
    assert epoch is not None
    mkdocs(ROOT, tmp_path / "site", None, **PAGES_ONLY)
    commit_day = dt.datetime.fromtimestamp(epoch, dt.UTC).date().isoformat()
    assert set(re.findall(r"<lastmod>([^<]*)</lastmod>", (tmp_path / "site" / "sitemap.xml").read_text())) == {
        commit_day
    }
