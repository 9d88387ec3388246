"""The same bytes from every build of one commit; every date in the output is the commit's, not the clock's."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pikepdf
import pytest
from conftest import ROOT
from measure import PAGES_ONLY, copy_project

from handbok.mkdocs.generator import command
from handbok.model.site_pages import PDF_NAME, ZIP_NAME
from handbok.sources.reproducible import commit_epoch, epoch

EPOCH = 1_700_000_000  # 2023-11-14 22:13:20 UTC: a date no clock of today's builds shows
DAY = "2023-11-14"


def mkdocs(project: Path, site_dir: Path, seconds: int | None, prefix: list[str] | None = None, **extra: str) -> None:
    """A strict build of `project` dated `seconds` after 1970 (None: SOURCE_DATE_EPOCH unset); `prefix`:
    the command it runs under (faketime)."""
    env = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
    env |= {"NO_MKDOCS_2_WARNING": "1", **extra} | ({"SOURCE_DATE_EPOCH": str(seconds)} if seconds else {})
    arguments = [*(prefix or []), *command("build", "--strict", "--site-dir", str(site_dir))]
    result = subprocess.run(arguments, cwd=project, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr


def run_epoch() -> int:
    """The time this run's builds take their dates from: SOURCE_DATE_EPOCH as make exports it, or else
    the commit's, which the plugin sets when it is missing."""
    found = epoch() or commit_epoch(ROOT)
    assert found is not None, "no commit and no SOURCE_DATE_EPOCH: the run cannot know its date"
    return found


SECOND = "HANDBOK_SECOND_SITE"  # the second build, made by `make test` beside the first
LATER = "+400d"  # the second build's clock (faketime): a day, month and year no clock of the first shows


@pytest.fixture(scope="module")
def second_build(site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A second full build (site, PDF, Word, OpenDocument, zip) of the working tree: in another folder,
    which a path that leaked in would show, and with the clock 400 days on, which a time of day, a day
    or a year that leaked in would show. `make test` makes it beside the run's own (HANDBOK_SECOND_SITE)."""
    if made := os.environ.get(SECOND):
        assert (Path(made) / PDF_NAME).is_file(), f"{SECOND}={made}: no full build there"
        return Path(made)
    assert shutil.which("faketime"), "faketime saknas: installera det (make setup gör det)"
    second = tmp_path_factory.mktemp("bygge-2")
    mkdocs(ROOT, second, run_epoch(), prefix=["faketime", "-f", LATER])
    return second


def files_of(site_dir: Path) -> dict[str, bytes]:
    return {path.relative_to(site_dir).as_posix(): path.read_bytes() for path in site_dir.rglob("*") if path.is_file()}


@pytest.mark.long
def test_two_builds_give_the_same_bytes(site: Path, second_build: Path) -> None:
    first, second = files_of(site), files_of(second_build)
    assert PDF_NAME in first and ZIP_NAME in first and "mallar/atgardsplan.docx" in first
    assert sorted(first) == sorted(second)
    assert [name for name in sorted(first) if first[name] != second[name]] == []


def test_every_date_is_the_commits(site: Path) -> None:
    """To the second where the format holds the time (a build's clock is always later than its commit),
    and the day where it holds only the day (the PDF's date: WeasyPrint's is the day in our
    dcterms.created; a day a clock could share is checked in the tests below, with a date long gone)."""
    moment = dt.datetime.fromtimestamp(run_epoch(), dt.UTC)
    day, pdf_day = moment.date().isoformat(), moment.strftime("D:%Y%m%d")
    in_zip = (*moment.timetuple()[:5], moment.second - moment.second % 2)  # zip keeps even seconds
    assert set(re.findall(r"<lastmod>([^<]*)</lastmod>", (site / "sitemap.xml").read_text())) == {day}
    with pikepdf.open(site / PDF_NAME) as pdf:
        assert str(pdf.docinfo["/CreationDate"]) == pdf_day
    cover = subprocess.run(["pdftotext", "-l", "1", str(site / PDF_NAME), "-"], capture_output=True, text=True)
    assert f"Utgåva {day}" in cover.stdout
    for document in ("mallar/atgardsplan.docx", "mallar/atgardsplan.odt"):
        with zipfile.ZipFile(site / document) as archive:
            assert {info.date_time for info in archive.infolist()} == {in_zip}, document
    with zipfile.ZipFile(site / "mallar/atgardsplan.docx") as archive:
        assert f"{day}T{moment:%H:%M:%S}Z" in archive.read("docProps/core.xml").decode()
    with zipfile.ZipFile(site / ZIP_NAME) as archive:
        members = archive.infolist()
        assert [info.filename for info in members] == sorted(info.filename for info in members)
        assert {info.date_time for info in members} == {in_zip}
        assert {info.external_attr >> 16 for info in members} == {0o100644}
        inner = archive.read(f"samverkan-mot-brott/{PDF_NAME}")
    assert inner == (site / PDF_NAME).read_bytes()  # and so its date


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
