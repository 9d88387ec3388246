"""JSON Schemas match the models; every YAML file points at its schema; guide examples are valid."""

from __future__ import annotations

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
    guide = (ROOT / "docs" / "redaktorsguide" / "yaml.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", guide, flags=re.M)[1:]
    kinds = {"Källor": "kallor", "Roller": "roller", "Steg": "steg", "Ordlista": "ordlista",
             "Tidslinje": "tidslinje", "Fallstudie": "fall"}  # fmt: skip
    checked = 0
    for section in sections:
        heading = section.splitlines()[0].strip()
        if heading not in kinds:  # a section about all kinds, with its own test below
            continue
        for example in re.findall(r"```yaml\n(.*?)```", section, re.S):
            problems = Problems()
            model = schemas.KINDS[kinds[heading]][0]
            data = yaml.load(example, Loader=yaml.BaseLoader)  # strings only, like the build
            assert validate(YamlDocument("exempel", data), model, problems) is not None, list(problems)
            checked += 1
    assert checked == len(kinds)


def test_the_guide_example_of_a_disputed_date_validates() -> None:
    """The editors' guide shows the disputed form with an example; it must be valid YAML for a case."""
    guide = (ROOT / "docs" / "redaktorsguide" / "yaml.md").read_text(encoding="utf-8")
    section = guide[guide.index("## Uppgifter och tvivel") : guide.index("## Källor")]
    example = section[section.index("```yaml\n") + 8 : section.index("```\n", section.index("```yaml"))]
    agreement = yaml.safe_load(example)["överenskommelser"][0]
    parsed = TypeAdapter(Agreement).validate_python(agreement)
    assert isinstance(parsed.start, Disputed) and [claim.value for claim in parsed.start.claims] == ["2008", "2009"]
