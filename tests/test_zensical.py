"""What Zensical makes of this repository, item by item, as ARCHITECTURE.md lists it.

Zensical (Material's successor) reads mkdocs.yml, renders Python-Markdown and runs the macros'
`define_env`, but no MkDocs plugin. The CI job `zensical` builds with it, pinned, in an
environment without MkDocs, and this test compares every item with ARCHITECTURE.md's list: it
fails only when something changes from the list (then correct the list, or the code). Where
Zensical is not installed (the main environment), it is skipped.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT

pytest.importorskip("zensical", reason="Zensical is installed only in the zensical job's environment")

LISTED = re.compile(r"^\| `(\w+)` \| [^|]+ \| (yes|no) \|$", re.M)
NEEDED = ("mkdocs.yml", "macros.py", "docs", "data", "cases", "overrides", "schemas", "tests/fixtures/broken")
Built = tuple[Path, str]  # the site, and what the build printed


def listed() -> dict[str, bool]:
    """ARCHITECTURE.md's list: item -> does it work under Zensical."""
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    return {item: verdict == "yes" for item, verdict in LISTED.findall(text)}


def project_copy(target: Path) -> Path:
    """The repository's sources, with mkdocs.yml's strict switched off: the list counts the warnings."""
    for name in NEEDED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target / name)
    config = target / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("\nstrict: true\n", "\nstrict: false\n"))
    return target


def zensical_build(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "zensical", "build"], cwd=project, capture_output=True, text=True)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    project = project_copy(tmp_path_factory.mktemp("zensical") / "projekt")
    result = zensical_build(project)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site", result.stdout + result.stderr


def _html(site: Path, page: str) -> str:
    path = site / page / "index.html"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _every_page(built: Built) -> bool:
    site, _ = built
    docs = ROOT / "docs"
    pages = [path.relative_to(docs).with_suffix("").as_posix() for path in docs.rglob("*.md")]
    return all(_html(site, page.removesuffix("index").rstrip("/")) for page in pages)


def _mistake_stops_the_build(built: Built) -> bool:
    site, _ = built
    project = project_copy(site.parent.parent / "trasig")
    page = project / "docs" / "vem-gor-vad.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n{{ klart_nar(99) }}\n", encoding="utf-8")
    result = zensical_build(project)
    return result.returncode != 0 and "Steg 99 finns inte i data/steg.yml" in result.stdout + result.stderr


def _in_pages(marker: str) -> Callable[[Built], bool]:
    return lambda built: any(marker in path.read_text(encoding="utf-8") for path in built[0].rglob("*.html"))


def _file(name: str) -> Callable[[Built], bool]:
    return lambda built: (built[0] / name).is_file()


PROBES: dict[str, Callable[[Built], bool]] = {
    "pages": _every_page,
    "theme": lambda built: 'class="md-header' in _html(built[0], "") and (built[0] / "assets/stylesheets").is_dir(),
    "macros": lambda built: "<table" in _html(built[0], "vem-gor-vad") and 'id="term-' in _html(built[0], "ordlista"),
    "check": _mistake_stops_the_build,
    "citations": _in_pages('class="kallhanvisning"'),
    "glossary": _in_pages("<abbr"),
    "case_pages": lambda built: all(_html(built[0], f"fall/{case.stem}") for case in (ROOT / "cases").glob("*.yml")),
    "open_data": _file("data/fall.json"),
    "feed": _file("feed.xml"),
    "pdf": _file("samverkan-mot-brott.pdf"),
    "templates": _file("mallar/atgardsplan.docx"),
    "zip": _file("samverkan-mot-brott-offline.zip"),
    "csp": _in_pages('http-equiv="Content-Security-Policy"'),
    "page_footer": _in_pages('class="handbok-sidfot"'),
    "search_tuning": _file("search/search_index.json"),
    "strict": lambda built: "Warning" not in built[1],
}


def test_architecture_lists_every_probe() -> None:
    assert set(listed()) == set(PROBES)


@pytest.mark.parametrize("item", sorted(PROBES))
def test_zensical_does_what_architecture_says(built: Built, item: str) -> None:
    expected = listed()[item]
    assert PROBES[item](built) is expected, f"{item}: ARCHITECTURE.md says {'yes' if expected else 'no'}"
