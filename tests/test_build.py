"""The built site: Swedish, titled, and with the reader's page furniture on every page."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from conftest import heading_text, soup_of
from measure import copy_project  # noqa: E402

from handbok.mkdocs.generator import command


def test_every_page_is_swedish_and_titled(pages: list[Path]) -> None:
    titles = []
    for path in pages:
        soup = soup_of(path)
        assert soup.html is not None and soup.html.get("lang") == "sv", path
        title = soup.title.get_text(strip=True) if soup.title else ""
        assert title, f"{path} has no <title>"
        titles.append(title)
        assert soup.find("h1"), f"{path} has no h1"
    assert len(titles) == len(set(titles)), "two pages share a title"


def test_swedish_interface_strings(pages: list[Path]) -> None:
    for path in pages:
        soup = soup_of(path)
        search = soup.find("input", attrs={"data-md-component": "search-query"})
        assert search is not None and search.get("placeholder") == "Sök", path
        assert "Kommentera sidan" in soup.select_one("p.sidinfo").get_text(), path  # near the title
        footer = soup.find("aside", class_="handbok-sidfot")
        assert footer is not None, path
        text = footer.get_text(" ", strip=True)
        assert "Kommentera sidan" in text and "Föreslå en ändring:" in text, path
        assert "Senast uppdaterad:" in text, path
        assert footer.find("time")["datetime"], path


def test_updated_dates_are_the_last_commit_of_the_page_files(tmp_path: Path) -> None:
    """Dates come from one `git log` over the history, not one git command per page."""
    project = copy_project(tmp_path / "projekt")
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "HANDBOK_PDF": "0",
        "HANDBOK_ZIP": "0",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "GIT_COMMITTER_DATE": "2001-02-03T12:00:00",
    }
    env.pop("SOURCE_DATE_EPOCH", None)  # as a plain `mkdocs build`: the plugin asks git for it
    for git in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "Allt"]):
        subprocess.run(["git", *git], cwd=project, env=env, check=True)
    narrative = project / "cases" / "landskrona.md"
    narrative.write_text(narrative.read_text(encoding="utf-8") + "\nNytt stycke.\n", encoding="utf-8")
    later = {**env, "GIT_COMMITTER_DATE": "2002-03-04T12:00:00"}
    subprocess.run(["git", "commit", "-q", "-am", "Ändrat"], cwd=project, env=later, check=True)
    spy = tmp_path / "bin" / "git"  # counts the git commands the build runs
    spy.parent.mkdir()
    spy.write_text(f'#!/bin/sh\necho "$@" >> {tmp_path / "git.log"}\nexec {shutil.which("git")} "$@"\n')
    spy.chmod(0o755)
    subprocess.run(
        command("build", "--strict", "--site-dir", str(tmp_path / "site")),
        cwd=project,
        env={**env, "PATH": f"{spy.parent}:{env['PATH']}"},
        check=True,
        capture_output=True,
    )

    def updated(page: str) -> str:
        return str(soup_of(tmp_path / "site" / page).find("aside", class_="handbok-sidfot").find("time")["datetime"])

    assert updated("index.html") == "2001-02-03"
    assert updated("fall/landskrona/index.html") == "2002-03-04"  # the newest of its YAML and Markdown
    assert updated("fall/vasteras/index.html") == "2001-02-03"
    # However many pages, a handful of git commands (mkdocs-macros asks git for its own variables
    # too), not one or more per page: fewer than the pages built.
    commands = (tmp_path / "git.log").read_text().splitlines()
    assert 0 < len(commands) < len(list((tmp_path / "site").rglob("index.html"))), commands


def test_comment_links_are_prefilled_and_untracked(pages: list[Path]) -> None:
    for path in pages:
        soup = soup_of(path)
        footer = soup.find("aside", class_="handbok-sidfot")
        links = [a["href"] for a in footer.find_all("a")]
        issue = urlsplit(next(link for link in links if link.startswith("https://github.com/")))
        assert not [link for link in links if link.startswith("mailto:")], path  # no address set: no mail link
        page_title = heading_text(soup.find("h1"))
        issue_query = parse_qs(issue.query)
        assert issue.path.endswith("/issues/new"), path
        assert issue_query["title"] == [f"Synpunkt: {page_title}"], path
        assert "Sida: https://" in issue_query["body"][0], path
        # Nothing but the prefilled text: no tracking parameters.
        assert set(issue_query) == {"title", "body"}, path


EDIT = "https://github.com/samverkanshandboken/handbok/edit/main/"


def edit_links(path: Path) -> list[str]:
    footer = soup_of(path).find("aside", class_="handbok-sidfot")
    proposal = next(p for p in footer.find_all("p") if p.get_text().strip().startswith("Föreslå en ändring"))
    return [a["href"] for a in proposal.find_all("a") if a["href"].startswith("https://")]  # not the guide


def test_edit_links_point_at_the_files_that_hold_the_page(pages: list[Path], site: Path) -> None:
    for path in pages:
        links = edit_links(path)
        assert links and all(link.startswith(EDIT) or "/tree/main/" in link for link in links), path
        assert links[0].endswith((".md", ".yml")) or "/tree/main/cases" in links[0], path
    assert edit_links(site / "kallor" / "index.html") == [f"{EDIT}docs/kallor.md", f"{EDIT}data/kallor.yml"]
    assert edit_links(site / "fall" / "landskrona" / "index.html") == [
        f"{EDIT}cases/landskrona.yml",
        f"{EDIT}cases/landskrona.md",
    ]
    assert f"{EDIT}data/steg.yml" in edit_links(site / "processen" / "steg-1-initiera" / "index.html")


def test_skip_link_and_headings_in_order(pages: list[Path]) -> None:
    for path in pages:
        soup = soup_of(path)
        skip = soup.find("a", class_="md-skip")
        assert skip is not None and skip["href"].startswith("#"), path
        levels = [int(h.name[1]) for h in soup.select("article h1, article h2, article h3, article h4")]
        assert levels and levels[0] == 1 and levels.count(1) == 1, path
        jumps = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
        assert jumps == [], f"{path}: heading levels jump {jumps}"


def test_generated_tables_have_captions_and_header_cells(pages: list[Path]) -> None:
    for path in pages:
        for table in soup_of(path).select("div.handbok-tabell table"):
            assert table.caption and table.caption.get_text(strip=True), path
            assert all(th.get("scope") in ("col", "row") for th in table.find_all("th")), path


def test_unused_search_languages_and_source_maps_are_left_out(site: Path) -> None:
    lunr = sorted(path.name for path in (site / "assets" / "javascripts" / "lunr").rglob("*.js"))
    assert lunr == ["lunr.multi.min.js", "lunr.stemmer.support.min.js", "lunr.sv.min.js"]
    assert not list(site.rglob("*.map"))
