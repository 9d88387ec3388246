"""The templates (docs/mallar/*.md) as Word and OpenDocument files, made with pandoc at build time."""

from __future__ import annotations

import logging
import re
from pathlib import Path

log = logging.getLogger("mkdocs.plugins.handbok.templates_export")

FORMATS = ("docx", "odt")
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_MACRO_LINE = re.compile(r"^\s*\{\{.*?\}\}\s*$", re.M)
_CITATION = re.compile(r"\s*\[@[^\]\n]+\]")


def document_markdown(page: str) -> str:
    """The template as a stand-alone document: no front matter, macros or citation markers."""
    text = _FRONT_MATTER.sub("", page)
    text = _MACRO_LINE.sub("", text)
    return _CITATION.sub("", text)


def export(templates: dict[str, Path], site_dir: Path) -> list[Path]:
    import pypandoc  # imported here: only builds that write templates need pandoc

    written = []
    target = site_dir / "mallar"
    target.mkdir(parents=True, exist_ok=True)
    for name, source in templates.items():
        text = document_markdown(source.read_text(encoding="utf-8"))
        for extension in FORMATS:
            output = target / f"{name}.{extension}"
            pypandoc.convert_text(text, extension, format="markdown", outputfile=str(output),
                                  extra_args=["--metadata=lang:sv-SE"])  # fmt: skip
            written.append(output)
    return written
