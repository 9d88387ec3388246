"""Load every YAML file of the handbook into one `Handbook`, validated; then run the cross-checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from handbok.checks.cross_checks import check_references, check_text_safety
from handbok.model.case import Case
from handbok.model.entries import (
    Event,
    EventFile,
    Role,
    RoleFile,
    Source,
    SourceFile,
    Step,
    StepFile,
    Term,
    TermFile,
)
from handbok.model.notes import ChangeFile, ChangeNote, Duty, DutyFile
from handbok.model.plan import PlanFile
from handbok.model.validate import validate
from handbok.problems import Problems
from handbok.sources.yaml_source import YamlDocument, load_yaml

DATA_FILES: dict[str, type[BaseModel]] = {
    "kallor.yml": SourceFile,
    "roller.yml": RoleFile,
    "steg.yml": StepFile,
    "ordlista.yml": TermFile,
    "tidslinje.yml": EventFile,
}
# Read when they exist: a small project (the test fixtures) needs neither.
OPTIONAL_FILES: dict[str, type[BaseModel]] = {"andringar.yml": ChangeFile, "krav.yml": DutyFile, "plan.yml": PlanFile}


@dataclass
class Handbook:
    """All data of the handbook, validated and cross-checked."""

    sources: dict[str, Source] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    steps: list[Step] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    case_sources: dict[str, tuple[str, str]] = field(default_factory=dict)  # slug -> (yml, md)
    case_documents: dict[str, YamlDocument] = field(default_factory=dict)  # slug -> its YAML, with lines
    notes: list[ChangeNote] = field(default_factory=list)  # in the file's order
    duties: list[Duty] = field(default_factory=list)
    plan: PlanFile | None = None  # Er plan: documents, shared placeholders, links
    documents: dict[str, YamlDocument] = field(default_factory=dict)  # data file name -> its YAML, with lines

    def step(self, number: int) -> Step | None:
        return next((step for step in self.steps if step.number == number), None)


def load_handbook(root: Path, data_dir: str, cases_dir: str, docs_dir: str, problems: Problems) -> Handbook:
    handbook = Handbook()
    documents: list[YamlDocument] = []
    models: dict[str, Any] = {}
    for name, model in {**DATA_FILES, **OPTIONAL_FILES}.items():
        path = root / data_dir / name
        shown = f"{data_dir}/{name}"
        if not path.is_file() and name in OPTIONAL_FILES:
            continue
        if not path.is_file():
            problems.add(shown, 1, "Filen saknas", f"återställ {shown} från huvudgrenen (main).")
            continue
        document = load_yaml(path, shown, problems)
        if document is not None:
            documents.append(document)
            handbook.documents[name] = document
            models[name] = validate(document, model, problems)
    for yml in sorted((root / cases_dir).glob("*.yml")):
        shown = f"{cases_dir}/{yml.name}"
        document = load_yaml(yml, shown, problems)
        if document is None:
            continue
        documents.append(document)
        case = validate(document, Case, problems)
        if case is None:
            continue
        if case.slug != yml.stem:
            problems.add(shown, document.line_of(("slug",)), f"slug '{case.slug}' stämmer inte med filnamnet",
                         f"skriv slug: {yml.stem}, eller byt namn på filen.")  # fmt: skip
            continue
        markdown = yml.with_suffix(".md")
        if not markdown.is_file():
            problems.add(shown, 1, f"Berättelsen {cases_dir}/{markdown.name} saknas",
                         "skapa den med rubrikerna i redaktörsguiden.")  # fmt: skip
            continue
        handbook.cases.append(case)
        handbook.case_sources[case.slug] = (shown, f"{cases_dir}/{markdown.name}")
        handbook.case_documents[case.slug] = document
    for orphan in sorted((root / cases_dir).glob("*.md")):
        if not orphan.with_suffix(".yml").is_file():
            problems.add(f"{cases_dir}/{orphan.name}", 1, "Fallet saknar sin YAML-fil",
                         f"skapa {cases_dir}/{orphan.stem}.yml med fakta om kommunen.")  # fmt: skip
    if models.get("kallor.yml"):
        handbook.sources = {source.id: source for source in models["kallor.yml"].sources}
    if models.get("roller.yml"):
        handbook.roles = {role.id: role for role in models["roller.yml"].roles}
    if models.get("steg.yml"):
        handbook.steps = sorted(models["steg.yml"].steps, key=lambda step: step.number)
    if models.get("ordlista.yml"):
        handbook.terms = list(models["ordlista.yml"].terms)
    if models.get("tidslinje.yml"):
        handbook.events = list(models["tidslinje.yml"].events)
    if models.get("andringar.yml"):
        handbook.notes = list(models["andringar.yml"].notes)
    if models.get("krav.yml"):
        handbook.duties = list(models["krav.yml"].duties)
    handbook.plan = models.get("plan.yml")
    handbook.cases.sort(key=lambda case: case.municipality.casefold())
    if not problems:
        check_references(handbook, documents, root / docs_dir, problems)
    for document in documents:
        check_text_safety(document, problems)
    return handbook
