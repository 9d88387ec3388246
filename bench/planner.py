"""Er plan's budgets: a plan page's first load (gzip, every file it fetches but the search index,
which Material fetches on every page and run.py weighs on its own; the export libraries load only on
demand) and the time to make a Word and an OpenDocument file of a full plan."""

from __future__ import annotations

from measure import gz, report, wait_until

PLAN_PAGES = (
    "plan/",
    "plan/lagesbild/",
    "plan/atgardsplan/",
    "plan/samverkansoverenskommelse/",
    "plan/uppfoljningsplan/",
    "plan/medborgarlofte/",
    "plan/kontrollera/",
    "plan/lagen/",
)
# Every field of the page gets text, as a reader's typing would (the app saves on each input event).
FILL = """label => { let n = 0;
  for (const field of document.querySelectorAll('.plan-app .plan-input[data-key]')) {
    field.value = field.hasAttribute('data-date') ? '2027-03-15' : label + ' svar ' + (++n) + ' med några ord till';
    field.dispatchEvent(new Event('input', {bubbles: true})); } }"""
EXPORT = """async ([format, documentId]) => {
  const draft = HandbokPlan.model.instances(documentId, HandbokPlan.store.current())[0];
  const started = performance.now();
  const blob = await HandbokPlan.exports.make(format, draft);
  return [performance.now() - started, blob.size]; }"""


def first_load_gzip(browser, base: str, path: str) -> int:  # noqa: ANN001
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    seen: list = []
    page.on("requestfinished", lambda request: seen.append(request))
    page.goto(base + path, wait_until="networkidle")
    total = sum(
        gz(response.body())
        for request in seen
        if "search_index" not in request.url and (response := request.response())
    )
    context.close()
    return total


def fill_plan(page, base: str) -> None:  # noqa: ANN001
    """Every part of the plan, two prioritised problems and so two åtgärdsplaner."""
    for path in PLAN_PAGES[1:6]:
        page.goto(base + path)
        page.evaluate(FILL, path)
    page.goto(base + "plan/atgardsplan/?nr=2")
    page.evaluate(FILL, "plan 2")


def export_times(browser, base: str) -> dict[str, tuple[float, int]]:  # noqa: ANN001
    """(milliseconds, bytes) per format for the agreement, the fullest part; the library's loading counts."""
    context = browser.new_context()
    page = context.new_page()
    fill_plan(page, base)
    page.goto(base + "plan/samverkansoverenskommelse/")
    wait_until(page, "() => !!document.querySelector('.plan-export')")
    found = {format: page.evaluate(EXPORT, [format, "samverkansoverenskommelse"]) for format in ("docx", "odt")}
    context.close()
    return {format: (float(ms), int(size)) for format, (ms, size) in found.items()}


def planner(browser, base: str) -> None:  # noqa: ANN001
    heaviest = max(PLAN_PAGES, key=lambda path: first_load_gzip(browser, base, path))
    weight = first_load_gzip(browser, base, heaviest) / 1024
    report(
        f"Er plan: största första besök utan sökindex, gzip ({heaviest}) (kB)",
        f"{weight:.0f}",
        "≤ 150 kB",
        weight <= 150,
    )
    for format, (ms, size) in export_times(browser, base).items():
        report(
            f"Er plan: hel plan som .{format}, med biblioteket (ms; {size // 1024} kB)",
            f"{ms:.0f}",
            "< 1000 ms",
            ms < 1000,
        )
