"""Our Markdown extensions are listed in mkdocs.yml, reading the project's own data folder.

They are listed there (not added by the plugin) so that any generator that reads mkdocs.yml runs
them. A project without one would publish `[@H6]` as it stands, or glossary words unexplained: the
check stops that before anything is built.
"""

from __future__ import annotations

from handbok.problems import Problems
from handbok.sources.settings import CONFIG_FILE, Settings

CITATIONS = "handbok.markdown.citations"
GLOSSARY = "handbok.markdown.glossary"
READS_DATA = (CITATIONS, GLOSSARY)
LAYOUT = ("handbok.markdown.generated_html", "handbok.markdown.table_labels", "handbok.markdown.block_spacing")
OURS = (*LAYOUT, *READS_DATA)


def check_extensions(settings: Settings, pages: set[str], problems: Problems) -> None:
    """Each of our extensions listed; those that read data read `settings.data_dir`; the glossary page exists."""
    if not settings.readable:
        return
    line = min((line for _, line in settings.extensions.values()), default=1)
    for name in OURS:
        if name not in settings.extensions:
            with_data = f", med data_dir: {settings.data_dir}" if name in READS_DATA else ""
            problems.add(
                CONFIG_FILE,
                line,
                f"Markdown-tillägget {name} saknas under markdown_extensions",
                f"lägg till det{with_data}, som i handbokens mkdocs.yml.",
            )
            continue
        options, at = settings.extensions[name]
        if name in READS_DATA and str(options.get("data_dir", "data")) != settings.data_dir:
            problems.add(
                CONFIG_FILE,
                at,
                f"{name} läser en annan datamapp (data_dir) än resten av handboken",
                f"skriv data_dir: {settings.data_dir} under {name}.",
            )
    glossary_page = str(settings.extensions.get(GLOSSARY, ({}, 1))[0].get("glossary_page", "ordlista.md"))
    if GLOSSARY in settings.extensions and glossary_page and glossary_page not in pages:
        problems.add(
            CONFIG_FILE,
            settings.extensions[GLOSSARY][1],
            f"Ordlistans sida '{glossary_page}' finns inte",
            f'rätta glossary_page under {GLOSSARY} (räknas från {settings.docs_dir}/), eller skriv "".',
        )
