"""Unit tests along the data's way: load → validate → render."""

from __future__ import annotations

import shutil
from pathlib import Path

import markdown
from bs4 import BeautifulSoup
from conftest import run_mkdocs

from handbok.markdown.citations import MARK
from handbok.model.case import Case
from handbok.model.entries import Source
from handbok.model.fact import Known, Unknown
from handbok.model.numbers import number
from handbok.model.validate import validate
from handbok.problems import Problems
from handbok.render.html import fact_html, wrap
from handbok.sources.yaml_source import load_yaml

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


def test_yaml_text_reaches_the_page_escaped_and_unevaluated(tmp_path: Path) -> None:
    project = tmp_path / "projekt"
    shutil.copytree(FIXTURES / "base", project)
    case = project / "cases" / "exempel.yml"
    case.write_text(
        case.read_text(encoding="utf-8").replace(
            'namn: "Avtal"', 'namn: "Avtal {{ config.site_name }} <b>fet</b> {% if 1 %}x{% endif %}"'
        ),
        encoding="utf-8",
    )
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
    page = markdown.markdown(f"Text före.{wrap(html)}Text efter.", extensions=["handbok.markdown.generated_html"])
    assert page == f"<p>Text före.</p>\n{html}\n<p>Text efter.</p>"


def test_citations_are_numbered_in_order_of_first_use() -> None:
    sources = {key: source(key) for key in ("A1", "B2")}
    text = "# Sida\n\nEtt [@B2]. Två [@A1; @B2]. Skrivs `[@A1]` med [@id]." + wrap("<p>Tabell [@A1]</p>")
    html = markdown.markdown(
        text,
        extensions=["handbok.markdown.generated_html", "handbok.markdown.citations", "toc"],
        extension_configs={"handbok.markdown.citations": {"sources": sources}},
    )
    first = '<p>Ett <sup class="kallhanvisning" data-search-exclude="">[<a href="#kalla-1" title="Titel B2">1</a>]'
    assert first in html
    assert '<a href="#kalla-2" title="Titel A1">2</a>, <a href="#kalla-1"' in html
    assert "<code>[@A1]</code> med [@id]." in html  # examples of the syntax, not citations
    assert "Tabell <sup" in html  # generated HTML is cited like the text
    assert '<h2 data-search-exclude="" id="kallor">Källor</h2>' in html  # in the contents, not in search
    assert html.index('id="kalla-1"') < html.index('id="kalla-2"') and html.endswith("</ol></details>")
    assert MARK not in html


def test_examples_of_the_citation_syntax_get_no_source_list() -> None:
    text = "Skriv `[@H6]` efter påståendet, eller [@id].\n\n```\nText [@H6]\n```\n"
    extension = "handbok.markdown.citations"
    configs = {extension: {"sources": {"H6": source("H6")}}}
    html = markdown.markdown(text, extensions=[extension], extension_configs=configs)
    assert "Källor" not in html and "<sup" not in html


GLOSSARY_YAML = """termer:
  - term: LPO
    förklaring: Lokalpolisområde.
    böjningar: []
    källor: [A1]
  - term: lägesbild
    förklaring: Läget.
    böjningar: [lägesbilden]
    källor: [A1]
"""


def test_glossary_words_are_explained_once_and_lead_to_the_glossary(tmp_path: Path) -> None:
    """The glossary extension, as mkdocs.yml lists it: abbr marks every use; the page keeps the first,
    linked to the term's entry. The page is given as the handbok plugin gives it, page by page."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "ordlista.yml").write_text(GLOSSARY_YAML, encoding="utf-8")
    text = (
        "# Om LPO\n\nLPO och lägesbilden. Sedan LPO igen, lägesbild och [en länk om LPO](x.md).\n\n"
        "## Om lägesbild\n\n- LPO\n\n*[PDF]: Portable Document Format\n\nEn PDF och en till PDF."
    )

    def converted(**options: object) -> str:
        config = {"handbok.markdown.glossary": {"data_dir": str(tmp_path / "data"), **options}}
        return markdown.markdown(text, extensions=["handbok.markdown.glossary"], extension_configs=config)

    linked = converted(page="steg.md")
    assert linked.count('<abbr title="Lokalpolisområde.">LPO</abbr>') == 1
    assert '<a class="ordlista-lank" href="../ordlista/#term-lpo"><abbr' in linked
    assert linked.count('class="ordlista-lank"') == 2 and 'href="../ordlista/#term-lagesbild"' in linked
    assert "Sedan LPO igen" in linked and "<li>LPO</li>" in linked
    # Not in the title (a heading), and not inside a link: the text's first use is the one explained and linked.
    assert "<h1>Om LPO</h1>" in linked and '<a href="x.md">en länk om LPO</a>' in linked
    # An editor's own abbreviation still works, explained once too (not a glossary word: no link).
    assert linked.count('<abbr title="Portable Document Format">PDF</abbr>') == 1 and "till PDF." in linked
    assert linked.count("<abbr") == 3
    offline = converted(page="processen/steg-1.md", directory_urls=False)
    assert 'href="../ordlista.html#term-lpo"' in offline
    for unlinked in (converted(), converted(page="ordlista.md"), converted(page="steg.md", glossary_page="")):
        assert "ordlista-lank" not in unlinked and unlinked.count("<abbr") == 3
