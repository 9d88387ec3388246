"""JSON Schemas match the models; every YAML file points at its schema; guide examples are valid."""

from __future__ import annotations

import html
import json
import re

import pytest
import yaml
from conftest import ROOT
from pydantic import TypeAdapter

from handbok.model import schemas
from handbok.model.case import Agreement
from handbok.model.fact import Disputed
from handbok.model.validate import validate
from handbok.problems import Problems
from handbok.render import guide
from handbok.sources.yaml_source import YamlDocument

DATA_FILES = {path: path.stem for path in (ROOT / "data").glob("*.yml")}
CASE_FILES = {path: "fall" for path in (ROOT / "cases").glob("*.yml")}


@pytest.mark.parametrize("kind", schemas.KINDS)
def test_committed_schema_matches_the_models(kind: str) -> None:
    committed = (ROOT / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert committed == schemas.render(kind), "kör: python -m handbok.model.schemas"


@pytest.mark.parametrize("path", sorted({**DATA_FILES, **CASE_FILES}), ids=lambda path: path.name)
def test_yaml_file_points_at_its_schema(path) -> None:  # noqa: ANN001
    kind = {**DATA_FILES, **CASE_FILES}[path]
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == f"# yaml-language-server: $schema=../schemas/{kind}.schema.json"


def test_every_example_in_the_guide_is_valid() -> None:
    checked = 0
    for heading, example in guide_examples():
        problems = Problems()
        model = schemas.KINDS[GUIDE_KINDS[heading]][0]
        data = yaml.load(example.strip().strip("-"), Loader=yaml.BaseLoader)  # strings only, like the build
        assert validate(YamlDocument("exempel", data), model, problems) is not None, list(problems)
        checked += 1
    assert checked == len(GUIDE_KINDS)


GUIDE_KINDS = {
    "Källor": "kallor",
    "Roller": "roller",
    "Steg": "steg",
    "Ordlista": "ordlista",
    "Tidslinje": "tidslinje",
    "Fallstudie": "fall",
    "Ändringar": "andringar",
    "Sidhuvudet i en sida": "sidhuvud",
}
REAL_FILE = {
    "Källor": "data/kallor.yml",
    "Roller": "data/roller.yml",
    "Steg": "data/steg.yml",
    "Ordlista": "data/ordlista.yml",
    "Tidslinje": "data/tidslinje.yml",
    "Fallstudie": "cases/emmaboda.yml",
    "Ändringar": "data/andringar.yml",
}


def guide_examples() -> list[tuple[str, str]]:
    """(section heading, its YAML example) for each kind the guide describes (the sections about all kinds aside)."""
    guide = (ROOT / "docs" / "redaktorsguide" / "yaml.md").read_text(encoding="utf-8")
    found = []
    for section in re.split(r"^## ", guide, flags=re.M)[1:]:
        heading = section.splitlines()[0].strip()
        if heading in GUIDE_KINDS:
            found += [(heading, example) for example in re.findall(r"```yaml\n(.*?)```", section, re.S)]
    return found


def quoting(text: str) -> dict[str, set[str]]:
    """How each field's plain values are written in a YAML text: 'plain', or the quote character."""
    styles: dict[str, set[str]] = {}

    def visit(node: yaml.Node) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(value, yaml.ScalarNode) and value.value not in ("", "null"):
                    styles.setdefault(key.value, set()).add(value.style or "plain")
                visit(value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                visit(item)

    visit(yaml.compose(text, Loader=yaml.BaseLoader))
    return styles


@pytest.mark.parametrize("heading", sorted(REAL_FILE))
def test_every_example_in_the_guide_is_written_as_its_file_is(heading: str) -> None:
    """A value the file always quotes (datum: "2015-01-01") is quoted in the example too, and the other way round."""
    real = quoting((ROOT / REAL_FILE[heading]).read_text(encoding="utf-8"))
    for _, example in [item for item in guide_examples() if item[0] == heading]:
        for field, styles in quoting(example).items():
            assert styles <= real.get(field, styles), f"{heading}: {field} skrivs {styles} men i filen {real[field]}"


def test_the_guide_example_of_a_disputed_date_validates() -> None:
    """The editors' guide shows the disputed form with an example; it must be valid YAML for a case."""
    guide = (ROOT / "docs" / "redaktorsguide" / "yaml.md").read_text(encoding="utf-8")
    section = guide[guide.index("## Uppgifter och tvivel") : guide.index("## Källor")]
    example = section[section.index("```yaml\n") + 8 : section.index("```\n", section.index("```yaml"))]
    agreement = yaml.safe_load(example)["överenskommelser"][0]
    parsed = TypeAdapter(Agreement).validate_python(agreement)
    assert isinstance(parsed.start, Disputed) and [claim.value for claim in parsed.start.claims] == ["2008", "2009"]


@pytest.mark.parametrize("kind", schemas.KINDS)
def test_the_guides_field_tables_speak_swedish(kind: str) -> None:
    """Every part of a file has a Swedish name, and no field's sort is a model's English class name."""
    generated = json.loads(schemas.render(kind))
    english = set(generated.get("$defs", {}))
    for name, definition in generated.get("$defs", {}).items():
        if definition.get("type") == "object" and not name.startswith(guide.FACT_MODELS):
            assert definition.get("title") not in (None, name) and definition.get("flertal"), name
    sorts = re.findall(
        r"<th scope=\"row\"><code>[^<]*</code></th>\n<td[^>]*>([^<]*)</td>\n<td[^>]*>([^<]*)</td>",
        guide.fields(ROOT, kind),
    )
    assert sorts
    for required, sort in sorts:
        assert required in ("ja", "nej") or required.startswith("ja, "), required
        assert not any(word in english for word in re.findall(r"\w+", html.unescape(sort))), sort


def test_required_in_the_guide_matches_what_the_check_requires() -> None:
    """granskad: the review check requires it (outside the guide), so the tables say so and never 'tomt'."""
    rows = dict(re.findall(r"<code>([^<]*)</code></th>\n<td[^>]*>([^<]*)</td>", guide.fields(ROOT, "sidhuvud")))
    assert rows["granskad"] == "ja, utom i redaktörsguiden"
    case = guide.fields(ROOT, "fall")
    assert re.search(r"<code>granskad</code></th>\n<td[^>]*>ja</td>\n<td[^>]*>datum ÅÅÅÅ-MM-DD</td>", case)
    steps = guide.fields(ROOT, "steg")
    assert "lista av källhänvisningar" in steps and "lista av punkter i Klart när" in steps
    assert "lista av överenskommelser" in case and "lista av medborgarlöften" in case
