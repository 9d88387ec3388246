"""Every data and case file starts by naming its JSON Schema, so VS Code can help the editor with its fields."""

from __future__ import annotations

from pathlib import Path

from handbok.problems import Problems

SCHEMAS = "schemas"  # beside mkdocs.yml; a project without it (a small test project) has no such line


def schema_line(kind: str) -> str:
    return f"# yaml-language-server: $schema=../{SCHEMAS}/{kind}.schema.json"


def check_schema_lines(root: Path, data_dir: str, cases_dir: str, problems: Problems) -> None:
    """A YAML file whose first line is not its schema line (a new case, copied without it, is the usual one)."""
    files = [(path, data_dir, path.stem) for path in sorted((root / data_dir).glob("*.yml"))]
    files += [(path, cases_dir, "fall") for path in sorted((root / cases_dir).glob("*.yml"))]
    for path, folder, kind in files:
        if not (root / SCHEMAS / f"{kind}.schema.json").is_file():
            continue
        first = path.read_bytes().split(b"\n", 1)[0].decode("utf-8", "replace").strip()
        if first != schema_line(kind):
            problems.add(f"{folder}/{path.name}", 1, "Första raden säger inte vilket schema filen följer",
                         f"skriv {schema_line(kind)} överst i filen; då hjälper VS Code dig med fälten.")  # fmt: skip
