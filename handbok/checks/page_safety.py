"""What an editor may write in a Markdown page: text, Markdown and our macros with literal arguments.

mkdocs-macros renders pages with Jinja and no sandbox, so anything else between {{ }} or
{% %} could run code at build time. Raw HTML and script URLs could run code in the reader's
browser. Both are refused here, before macros run, with the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jinja2 import Environment, TemplateSyntaxError, nodes

from handbok.checks.resource_safety import message, remote_images
from handbok.problems import Problems

Validator = Callable[[list[object]], str | None]

_CODE = re.compile(r"^(```|~~~).*?^\1[^\n]*$|`[^`\n]+`", re.M | re.S)
_RAW_HTML = re.compile(r"<(/?[A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^>]*>|<!--")
_BAD_URL = re.compile(r"\]\(\s*<?\s*(javascript|vbscript|data):|^\s*\[[^\]]+\]:\s*<?(javascript|vbscript|data):",
                      re.I | re.M)  # fmt: skip
_TEMPLATE = re.compile(r"\{\{|\{%|\{#")
_JINJA = Environment()  # only parses; nothing is ever rendered with it


def blank_code(markdown: str) -> str:
    """Code spans and blocks may show anything: blank them out, keeping line numbers."""
    return _CODE.sub(lambda match: re.sub(r"[^\n]", " ", match.group(0)), markdown)


def check_page(markdown: str, file: str, first_line: int, opted_in: bool,
               macros: dict[str, Validator], problems: Problems) -> bool:  # fmt: skip
    """Add a problem for everything unsafe in `markdown`; True if the page is clean."""
    before = len(problems)
    prose = blank_code(markdown)

    def line_at(offset: int) -> int:
        return first_line + prose.count("\n", 0, offset)

    reported: set[int] = set()
    for match in _RAW_HTML.finditer(prose):
        line = line_at(match.start())
        if line not in reported:  # one problem per line is enough to find it
            reported.add(line)
            problems.add(
                file, line, f"Sidan innehåller HTML-kod ({match.group(0)[:40]})",
                "skriv med Markdown i stället, till exempel **fetstil** eller [länktext](sida.md).",
            )  # fmt: skip
    for offset, url in remote_images(prose):
        problems.add(file, line_at(offset), *message(url))
    for match in _BAD_URL.finditer(prose):
        problems.add(file, line_at(match.start()), "En länk går till kod i stället för till en adress",
                     "länka till en sida (sida.md) eller en webbadress som börjar med https://.")  # fmt: skip
    # Without render_macros nothing is rendered: braces in code are harmless there. With it,
    # Jinja sees the whole page, code included, so the whole page is checked.
    if opted_in and _TEMPLATE.search(markdown):
        _check_template(markdown, file, first_line, macros, problems)
    elif not opted_in and (found := _TEMPLATE.search(prose)):
        problems.add(file, line_at(found.start()), "Sidan anropar ett makro men har inte slagit på makron",
                     "lägg till raden render_macros: true i sidhuvudet mellan ---.")  # fmt: skip
    return len(problems) == before


def _check_template(markdown: str, file: str, first_line: int, macros: dict[str, Validator],
                    problems: Problems) -> None:  # fmt: skip
    remove = ("ta bort det; bara handbokens egna makron får användas (se Redaktörsguiden)." if macros
              else "ta bort det; här används inga makron.")  # fmt: skip
    try:
        tree = _JINJA.parse(markdown)
    except TemplateSyntaxError as error:
        problems.add(file, first_line + (error.lineno or 1) - 1, "Ett makroanrop är inte färdigskrivet",
                     "skriv anropet som {{ namn(argument) }} på en egen rad.")  # fmt: skip
        return
    for node in tree.body:
        line = first_line + node.lineno - 1
        if not isinstance(node, nodes.Output):
            problems.add(file, line, "Sidan innehåller mallkod ({% %}) som inte är tillåten", remove)
            continue
        for part in node.nodes:
            if isinstance(part, nodes.TemplateData):
                continue
            line = first_line + part.lineno - 1
            if not (isinstance(part, nodes.Call) and isinstance(part.node, nodes.Name) and part.node.name in macros):
                problems.add(file, line, "Sidan innehåller ett uttryck inom {{ }} som inte är ett känt makro", remove)
                continue
            if (
                part.kwargs
                or part.dyn_args
                or part.dyn_kwargs
                or not all(isinstance(a, nodes.Const) for a in part.args)
            ):
                name = part.node.name
                problems.add(
                    file, line, f"Makrot {name} får bara enkla värden som argument",
                    f'skriv till exempel {{{{ {name}(1) }}}} eller {name}("namn").',
                )  # fmt: skip
                continue
            complaint = macros[part.node.name]([arg.value for arg in part.args if isinstance(arg, nodes.Const)])
            if complaint:
                what, _, fix = complaint.partition("|")
                problems.add(file, line, what, fix)
