"""The theme's compiled templates are kept between builds (handbok/mkdocs/template_cache.py): a kept one
is not compiled again, a changed one is, and a checkout where the cache can't be made builds as before."""

from __future__ import annotations

from pathlib import Path

from jinja2 import DictLoader, Environment

from handbok.mkdocs.template_cache import FOLDER, with_compiled_templates


def render(root: Path, source: str) -> str:
    env = with_compiled_templates(Environment(loader=DictLoader({"main.html": source})), root)
    return env.get_template("main.html").render()


def test_a_kept_template_is_read_back_and_a_changed_one_compiled_again(tmp_path: Path) -> None:
    assert render(tmp_path, "{{ 1 + 1 }}") == "2"
    [kept] = (tmp_path / FOLDER).iterdir()
    written, compiled = kept.stat().st_ino, kept.read_bytes()  # Jinja writes a new file and renames it
    assert render(tmp_path, "{{ 1 + 1 }}") == "2"  # a new build: read from the cache, not written again
    assert kept.stat().st_ino == written and list((tmp_path / FOLDER).iterdir()) == [kept]
    assert render(tmp_path, "{{ 1 + 2 }}") == "3"  # the template changed: compiled again, in its place
    assert kept.read_bytes() != compiled and list((tmp_path / FOLDER).iterdir()) == [kept]


def test_without_a_cache_folder_the_environment_is_left_as_it_is(tmp_path: Path) -> None:
    (tmp_path / ".cache").write_text("a file where the folder would go", encoding="utf-8")
    env = Environment(loader=DictLoader({"main.html": "{{ 1 + 1 }}"}))
    assert with_compiled_templates(env, tmp_path) is env
    assert render(tmp_path, "{{ 1 + 1 }}") == "2"
