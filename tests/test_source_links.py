"""`python -m handbok lankar`: a source whose address is gone fails, with its file and line; one a server
will not show to a program is listed apart. Checked against a local web server, not the internet."""

from __future__ import annotations

import http.server
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from handbok.cli.source_links import ask

# One worker runs this module: its module-scoped fixtures are made once (make test: --dist loadgroup).
pytestmark = pytest.mark.xdist_group("source_links")


class _Site(http.server.BaseHTTPRequestHandler):
    """/finns answers, /borta is gone, /bara-get refuses HEAD, /robotar turns programs away."""

    def _answer(self, head: bool) -> None:
        code = {"/finns": 200, "/borta": 404, "/flyttad": 410, "/robotar": 403}.get(self.path, 200)
        if self.path == "/bara-get":
            code = 405 if head else 200
        self.send_response(code)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:  # noqa: N802 - the standard library's name
        self._answer(head=True)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(head=False)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def local() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_answers_are_sorted_into_ok_gone_and_unclear(local: str) -> None:
    assert ask(f"{local}/finns")[0] == "ok"
    assert ask(f"{local}/bara-get")[0] == "ok"
    assert ask(f"{local}/borta") == ("borta", "svarar 404")
    assert ask(f"{local}/flyttad") == ("borta", "svarar 410")
    assert ask(f"{local}/robotar") == ("oklart", "svarar 403")
    assert ask(f"http://127.0.0.1:{closed_port()}/")[0] == "borta"


def run_links(project: Path, sources: str) -> subprocess.CompletedProcess[str]:
    """`python -m handbok lankar` on a project of a mkdocs.yml and a data/kallor.yml with `sources`."""
    (project / "mkdocs.yml").write_text("site_name: Test\n", encoding="utf-8")
    (project / "data").mkdir()
    (project / "data" / "kallor.yml").write_text(f"källor:\n{sources}", encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "handbok", "lankar", str(project)], capture_output=True, text=True, timeout=120
    )


def test_the_command_names_the_line_of_a_gone_source(local: str, tmp_path: Path) -> None:
    result = run_links(
        tmp_path,
        f"  - id: A1\n    url: {local}/finns\n"
        f"  - id: A2\n    url: {local}/borta\n"
        f"  - id: A3\n    url: {local}/robotar\n    fler_url:\n      - {local}/flyttad\n"
        "  - id: A4\n    url: {uppgift_saknas: Ingen adress}\n",
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"data/kallor.yml:5: Källan A2 finns inte kvar: {local}/borta svarar 404" in result.stdout
    assert f"data/kallor.yml:9: Källan A3 finns inte kvar: {local}/flyttad svarar 410" in result.stdout
    unclear = result.stdout.split("Kunde inte kontrolleras (1)")[1]
    assert f"data/kallor.yml:7: A3 {local}/robotar svarar 403" in unclear
    assert "Traceback" not in result.stderr


def test_without_any_network_it_says_so_instead_of_calling_every_source_gone(tmp_path: Path) -> None:
    result = run_links(tmp_path, "  - id: A1\n    url: http://finns-inte.invalid/\n")  # .invalid never resolves
    assert result.returncode == 2 and "Har datorn kontakt med internet?" in result.stdout
