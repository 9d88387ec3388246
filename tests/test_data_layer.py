"""Unit tests along the data's way: load → validate → render."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import markdown
from bs4 import BeautifulSoup
from conftest import run_mkdocs

from handbok.citations import SOURCE_LIST_MARK, apply_citations, fill_source_list, mark_source_list
from handbok.generated_html import wrap
from handbok.glossary_match import first_letter_pattern
from handbok.models import Known, Source, Unknown
from handbok.models_case import Case
from handbok.problems import Problems
from handbok.render_html import fact_html, number
from handbok.validate import validate
from handbok.yaml_source import load_yaml

FIXTURES = Path(__file__).parent / "fixtures"


def load_text(tmp_path: Path, text: str):  # noqa: ANN201
    path = tmp_path / "fil.yml"
    path.write_text(text, encoding="utf-8")
    problems = Problems()
    return load_yaml(path, "data/fil.yml", problems), problems


def test_yaml_1_1_surprises_stay_strings(tmp_path: Path) -> None:
    document, problems = load_text(tmp_path, 'kod: 0862\nsvar: NO\nja: yes\ntom:\nnoll: ~\ntext: "null"\n')
    assert not problems
    assert document.data == {"kod": "0862", "svar": "NO", "ja": "yes", "tom": None, "noll": None, "text": "null"}


def test_lines_are_kept_for_nested_values(tmp_path: Path) -> None:
    document, _ = load_text(tmp_path, "lista:\n  - namn: a\n    källor: [X1]\n  - namn: b\n")
    assert document.line_of(("lista", 0, "källor", 0)) == 3
    assert document.line_of(("lista", 1, "namn")) == 4
    assert document.line_of(("lista", 1, "saknas")) == 4  # falls back to the nearest known value


def test_validation_converts_what_the_model_asks_for(tmp_path: Path) -> None:
    document, _ = load_text(tmp_path, (FIXTURES / "base" / "cases" / "exempel.yml").read_text(encoding="utf-8"))
    problems = Problems()
    case = validate(document, Case, problems)
    assert not problems and case is not None
    assert case.code == Known[str](värde="0862", källor=["A1"])
    assert case.population[0].value == 9436 and case.area_km2.value == 722.42
    assert isinstance(case.police_area, Unknown)


def test_facts_are_escaped_and_template_code_is_inert() -> None:
    html = fact_html(Known[str](värde="<b>{{ config }}</b> & mer", år=2020, källor=["A1"]))
    assert html == "&lt;b&gt;{{ config }}&lt;/b&gt; &amp; mer (2020) [@A1]"
    assert "Uppgift saknas" in fact_html(Unknown(uppgift_saknas="Finns inte <i>här</i>"))
    assert "&lt;i&gt;" in fact_html(Unknown(uppgift_saknas="Finns inte <i>här</i>"))


def test_swedish_number_format() -> None:
    assert number(47134) == "47 134"
    assert number(300.64) == "300,64"


def source(key: str) -> Source:
    return Source.model_validate(
        {
            "id": key,
            "titel": f"Titel {key}",
            "utgivare": "Utgivare",
            "år": "2020",
            "url": f"https://example.org/{key}",
            "tillförlitlighet": "V",
            "läst": "2026-11-01",
        }
    )


def test_citations_are_numbered_in_order_of_first_use() -> None:
    sources = {key: source(key) for key in ("A1", "B2")}
    markdown = mark_source_list("Ett [@B2]. Två [@A1; @B2]. Skrivs `[@A1]`.", sources)
    assert markdown.endswith(f"\n## Källor\n\n{SOURCE_LIST_MARK}\n")
    html = (f"<p>Ett [@B2]. Två [@A1; @B2]. Skrivs <code>[@A1]</code> med [@id].</p>\n"
            f"<h2>Källor</h2>\n<p>{SOURCE_LIST_MARK}</p>")  # fmt: skip
    text = fill_source_list(*apply_citations(html, sources))
    assert text.startswith('<p>Ett <sup class="kallhanvisning">[<a href="#kalla-1" title="Titel B2">1</a>]</sup>.')
    assert '<a href="#kalla-2" title="Titel A1">2</a>, <a href="#kalla-1"' in text
    assert "<code>[@A1]</code> med [@id]." in text  # examples of the syntax, not citations
    assert text.index('id="kalla-1"') < text.index('id="kalla-2"')
    assert SOURCE_LIST_MARK not in text


def test_examples_of_the_citation_syntax_get_no_source_list() -> None:
    text = "Skriv `[@H6]` efter påståendet, eller [@id].\n\n```\nText [@H6]\n```\n"
    assert mark_source_list(text, {"H6": source("H6")}) == text


def test_yaml_text_reaches_the_page_escaped_and_unevaluated(tmp_path: Path) -> None:
    project = tmp_path / "projekt"
    shutil.copytree(FIXTURES / "base", project)
    case = project / "cases" / "exempel.yml"
    case.write_text(case.read_text(encoding="utf-8").replace(
        'namn: "Avtal"', "namn: \"Avtal {{ config.site_name }} <b>fet</b> {% if 1 %}x{% endif %}\""),
        encoding="utf-8")  # fmt: skip
    result = run_mkdocs(project, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    html = (tmp_path / "site" / "fall" / "exempel" / "index.html").read_text(encoding="utf-8")
    assert "Avtal {{ config.site_name }} &lt;b&gt;fet&lt;/b&gt; {% if 1 %}x{% endif %}" in html
    assert "<b>fet</b>" not in html
    text = BeautifulSoup(html, "html.parser").get_text()
    assert "Avtal Fixtur" not in text


def test_generated_html_reaches_the_page_verbatim() -> None:
    """Macro output is stored before Markdown reads raw HTML: blank lines and indents cannot break it."""
    html = '<div class="x"><em>*ingen*</em> [@A1]\n\n    indraget</div>'
    page = markdown.markdown(f"Text före.{wrap(html)}Text efter.", extensions=["handbok.generated_html"])
    assert page == f"<p>Text före.</p>\n{html}\n<p>Text efter.</p>"


def test_requests_and_hjson_are_imported_only_when_used() -> None:
    """mkdocs-macros imports them at start-up; the build never uses them, so they stay stand-ins."""
    probe = (
        "import sys, handbok.plugin, mkdocs_macros.plugin, mkdocs_macros.util as util\n"
        "before = [type(sys.modules[name]).__name__ for name in ('requests', 'hjson')]\n"
        "get = util.requests.get\n"
        "print(*before, type(sys.modules['requests']).__name__, get.__module__)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["_OnFirstUse", "_OnFirstUse", "module", "requests.api"]


def test_glossary_pattern_matches_like_the_abbr_extension() -> None:
    words = ("lägesbild", "lägesbilden", "lägesbilderna", "SKR", "SKR:s", "kommunal samordnare",
             "kommunala samordnaren", "kommunala samordnare", "RPS", "Brå")  # fmt: skip
    longest_first = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})\b")
    text = ("Lägesbilden och lägesbilderna, en lägesbild; lägesbilds-arbete, SKR:s och SKR:are, kommunala "
            "samordnaren och kommunala samordnare, kommunal samordnarens, RPS-tiden, Bråk och Brå.")  # fmt: skip
    found = [(m.start(), m.group(0)) for m in first_letter_pattern(words).finditer(text)]
    assert found == [(m.start(), m.group(0)) for m in longest_first.finditer(text)]
    assert [word for _, word in found] == ["lägesbilderna", "lägesbild", "SKR:s", "SKR",
                                           "kommunala samordnaren", "kommunala samordnare", "RPS", "Brå"]  # fmt: skip
