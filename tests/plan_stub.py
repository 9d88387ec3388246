"""A stand-alone copy of the planner around the hand-made definition in fixtures/plan/: the app's
own scripts, stylesheet and libraries, one page per part, with the site's policy. It tests the app
without the handbook's pages (and before they exist); the site's own pages are tested as built."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from handbok.output.csp import with_policy

ROOT = Path(__file__).resolve().parent.parent
DEFINITION = ROOT / "tests" / "fixtures" / "plan" / "definition.json"
PAGES = (
    "index",
    "lagesbild",
    "atgardsplan",
    "samverkansoverenskommelse",
    "uppfoljningsplan",
    "medborgarlofte",
    "kontrollera",
    "lagen",
)
SCRIPTS = ("core", "store", "model", "fields", "part", "tasks", "check", "lagen", "export", "start")
LIBRARIES = {
    "docx/docx.js": "node_modules/docx/dist/index.iife.js",
    "fflate/fflate.js": "node_modules/fflate/umd/index.js",
}


def escaped(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page_html(name: str, base: str, directory_urls: bool, definition: object) -> str:
    scripts = "".join(f'<script src="{base}/javascripts/plan/{script}.js"></script>' for script in SCRIPTS)
    site = escaped({"base": base, "directoryUrls": directory_urls})
    return with_policy(f"""<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Er plan: {name}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="{base}/stylesheets/plan.css"></head>
<body><main class="md-typeset"><h1>Er plan: {name}</h1>
<p class="plan-integritet">Det du skriver sparas bara i den här webbläsaren.</p>
<p class="plan-needs-js">Planeringsverktyget behöver JavaScript. Utan det kan du ladda ner de tomma mallarna.</p>
<div class="plan-app" data-plan-page="{name}"></div></main>
<script type="application/json" id="handbok-plan-definition">{escaped(definition)}</script>
<script type="application/json" id="handbok-plan-site">{site}</script>{scripts}</body></html>""")


def write_stub(target: Path, directory_urls: bool) -> Path:
    """The stand-alone planner under `target`; pages at plan/<name>/ (or plan/<name>.html)."""
    definition = json.loads(DEFINITION.read_text(encoding="utf-8"))
    shutil.copytree(ROOT / "docs" / "javascripts" / "plan", target / "javascripts" / "plan")
    (target / "stylesheets").mkdir(parents=True)
    shutil.copyfile(ROOT / "docs" / "stylesheets" / "plan.css", target / "stylesheets" / "plan.css")
    for name, source in LIBRARIES.items():
        (target / "javascripts" / "vendor" / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / source, target / "javascripts" / "vendor" / name)
    for name in PAGES:
        if directory_urls:
            path = target / "plan" / ("" if name == "index" else name) / "index.html"
            base = ".." if name == "index" else "../.."
        else:
            path = target / "plan" / f"{name}.html"
            base = ".."
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page_html(name, base, directory_urls, definition), encoding="utf-8")
    return target
