"""The security checks on their own: what they refuse, and what they must let through."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_mkdocs

from handbok.checks.static_files import unexpected_files
from handbok.checks.svg_safety import svg_problems
from handbok.output import csp
from handbok.sources import reproducible
from handbok.sources.remote_resources import is_remote, remote_images, remote_resources
from handbok.sources.text_bytes import BAD_CHARACTER, problem_in


@pytest.mark.parametrize(
    ("raw", "line"),
    [(b"a\nb\x00c", 2), (b"x\ny\nz\x1b", 3), (b"ok\n\xe4\n", 2), ("a\x85b".encode(), 1), (b"\x7f", 1)],
)
def test_unreadable_bytes_name_their_line(raw: bytes, line: int) -> None:
    found = problem_in(raw)
    assert found is not None and found[0] == line


def test_ordinary_text_is_readable() -> None:
    assert problem_in("\ufeffRubrik\r\n\tindrag – åäö ÅÄÖ é ü € 😀\n".encode()) is None


def test_every_character_yaml_calls_printable_is_readable_and_no_other() -> None:
    """YAML 1.1's printable characters, less NEL (U+0085), which Python reads as a line break: over every
    code point (a lone surrogate is given as text, since it has no UTF-8)."""
    printable = re.compile("[\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    wrong = [
        point
        for point in range(0x110000)
        if (printable.match(chr(point)) is None) != (BAD_CHARACTER.match(chr(point)) is not None)
    ]
    assert wrong == []


@pytest.mark.parametrize(
    "url",
    [
        "https://e.org/p.png",
        "HTTP://e.org/p",
        "//e.org/p",
        "\\\\e.org/p",
        " \x01https://e",
        "&#104;ttps://e",
        "ht\ttps://e",
    ],
)
def test_addresses_on_other_hosts_are_remote(url: str) -> None:
    assert is_remote(url)


@pytest.mark.parametrize(
    "url", ["bilder/karta.png", "../bilder/a.svg", "/handbok/a.png", "#del", "karta.png?v=1", "-https://e.org"]
)
def test_addresses_on_the_site_are_not(url: str) -> None:
    assert not is_remote(url)


def test_every_way_of_writing_a_markdown_image_is_found() -> None:
    markdown = (
        '![a](https://e.org/1.png) ![b](<//e.org/2.png> "titel") ![c][r] ![D] ![e][]\n'
        "[länk](https://e.org/sida) ![lokal](bilder/x.png) ![f][lokal]\n"
        "[r]: https://e.org/3.png\n[d]: <http://e.org/4.png>\n  [E]: //e.org/5.png\n[lokal]: bilder/y.png\n"
    )
    urls = [url for _, url in remote_images(markdown)]
    assert urls == [
        "https://e.org/1.png",
        "<//e.org/2.png>",
        "https://e.org/3.png",
        "<http://e.org/4.png>",
        "//e.org/5.png",
    ]


def test_html_that_loads_from_another_host_is_found() -> None:
    html = (
        '<p><img src="https://e.org/1" srcset="a.png 1x, //e.org/2 2x"><a href="https://e.org/länk" ping="//e.org/3">'
        'x</a><span style="background:url(https://e.org/4)"></span><style>@import "https://e.org/5";</style>'
        '<svg><image href="http://e.org/6"/><use href="#lokal"/></svg><video poster="bilder/p.png"></video>'
        '<link rel="stylesheet" href="https://e.org/7"><iframe src="https://e.org/8"></iframe></p>'
    )
    assert remote_resources(html) == [
        f"{prefix}e.org/{n}"
        for prefix, n in [
            ("https://", 1),
            ("//", 2),
            ("//", 3),
            ("https://", 4),
            ("https://", 5),
            ("http://", 6),
            ("https://", 7),
            ("https://", 8),
        ]
    ]


def test_a_plain_drawing_is_a_safe_svg(tmp_path: Path) -> None:
    drawing = tmp_path / "ritning.svg"
    drawing.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" role="img">\n<title>Ritning</title>\n'
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>\n'
        "<style>rect { fill: url(#g); }</style>\n"
        '<rect width="10" height="10" fill="url(#g)"/><use xlink:href="#g"/><a href="#g"><text>Å</text></a>\n</svg>\n',
        encoding="utf-8",
    )
    assert svg_problems(drawing) == []


def test_a_policy_hashes_exactly_the_executed_inline_scripts() -> None:
    page = (
        '<!doctype html><html><head><meta charset="utf-8"><script>var a=1</script>'
        '<script src="x.js"></script><script id="__config" type="application/json">{"search": "w.js"}</script>'
        "</head><body><script>\r\nvar b=2\r\n</script></body></html>"
    )
    protected = csp.with_policy(page)
    expected = [
        "'sha256-" + base64.b64encode(hashlib.sha256(text).digest()).decode() + "'"
        for text in (b"var a=1", b"\nvar b=2\n")
    ]
    assert protected.index('<meta charset="utf-8"><meta http-equiv="Content-Security-Policy"') > 0
    assert f"script-src 'self' {' '.join(expected)};" in protected
    assert csp.with_policy(protected) == protected  # built again (mkdocs serve --dirty): one policy, not two


def test_the_offline_shims_frame_script_is_the_one_hashed() -> None:
    """The hash for iframe-worker's frame is computed from its known text: that text is in the vendored file."""
    shim = (ROOT / "docs" / csp.SHIM).read_text(encoding="utf-8")
    assert csp.SHIM_POST in shim and csp.SHIM_IMPORT in shim
    template = csp.SHIM_BOOTSTRAP.format(post="${c}", imports="${d}", worker="${e}")
    assert f"<script>{template}<\\/script>" in shim


def test_the_build_date_follows_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(reproducible.VARIABLE, raising=False)
    assert reproducible.ensure_source_date_epoch(ROOT) == reproducible.commit_epoch(ROOT) is not None
    monkeypatch.setenv(reproducible.VARIABLE, "0")
    assert reproducible.build_date().isoformat() == "1970-01-01"
    assert reproducible.zip_time() == (1980, 1, 1, 0, 0, 0)  # the earliest a zip can hold
    monkeypatch.setenv(reproducible.VARIABLE, "")  # empty: MkDocs would stop with a traceback
    assert reproducible.ensure_source_date_epoch(Path("/")) is None
    assert reproducible.VARIABLE not in os.environ


def test_only_inert_files_and_the_sites_own_may_be_published(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    for name in (
        "sida.md",
        "bilder/karta.PNG",
        "bilder/a.svg",
        "underlag.pdf",
        ".git/x.html",
        "egen.css",
        "javascripts/vendor/iframe-worker/shim.js",
        "javascripts/vendor/iframe-worker/LICENSE",
        "egen.html",
        "bilder/x.js",
        "data.xml",
        "README",
        "stil.css",
    ):
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text("x")
    found = [path.relative_to(docs).as_posix() for path in unexpected_files(docs, ["egen.css"])]
    assert found == ["README", "bilder/x.js", "data.xml", "egen.html", "stil.css"]


def test_symbolic_links_stop_the_check_and_the_build(tmp_path: Path) -> None:
    """MkDocs follows links: a link to /etc under docs/ would publish it. Links are refused, folders too."""
    project = tmp_path / "projekt"
    shutil.copytree(ROOT / "tests" / "fixtures" / "base", project)
    (project / "docs" / "etc").symlink_to("/etc")
    (project / "docs" / "karta.png").symlink_to("/etc/hostname")
    (project / "data" / "extra.yml").symlink_to(project / "data" / "roller.yml")
    expected = [
        f"{name}:1: Filen är en länk till en annan plats (symbolisk länk)"
        for name in ("data/extra.yml", "docs/etc", "docs/karta.png")
    ]
    check = subprocess.run([sys.executable, "-m", "handbok", "check"], cwd=project, capture_output=True, text=True)
    assert (
        check.returncode == 1 and [line.split(" – ")[0].strip() for line in check.stdout.splitlines()[1:]] == expected
    )
    build = run_mkdocs(project, tmp_path / "site")
    assert build.returncode != 0 and all(line in build.stdout + build.stderr for line in expected)
    assert not (tmp_path / "site" / "etc").exists()
