"""Typed configuration of the handbok plugin (the `handbok:` entry under `plugins:`).

The switches follow Material's pattern: mkdocs.yml gives each an environment variable as its
default (`pdf: !ENV [HANDBOK_PDF, true]`), and the plugin reads them here, once.
"""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import BaseConfigOption, Config, ValidationError


class Switch(BaseConfigOption[bool]):
    """On or off: true or false, or 1 or 0 as an environment variable gives it (HANDBOK_PDF=0 is off)."""

    def __init__(self, default: bool) -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> bool:
        if isinstance(value, bool) or value in (0, 1):
            return bool(value)
        raise ValidationError(f"skriv true eller false (eller 1 eller 0), inte {value!r}")


class HandbokConfig(Config):
    # Folders, relative to mkdocs.yml.
    data_dir = c.Type(str, default="data")
    cases_dir = c.Type(str, default="cases")
    # Where readers send comments on a page: a prefilled GitHub issue and an e-mail.
    issues_url = c.Type(str, default="")
    feedback_email = c.Type(str, default="")
    # The PDF of the whole handbook and the Word and OpenDocument templates, made by `mkdocs build`
    # (never by `serve`); off, a build shows the last full build's.
    pdf = Switch(default=True)
    # Swedish search: compounds, words without å/ä/ö and synonyms added to the index.
    search_tuning = Switch(default=True)
    # A zip of the site that works offline from file:// (made by `mkdocs build`, not `serve`).
    offline_zip = Switch(default=True)
    # This build is the offline copy (the zip's own second build switches it on).
    offline = Switch(default=False)
    # Months between reviews of a page against its sources (a page may say otherwise). Without
    # it, pages need no review date (small test projects).
    granskning_manader = c.Optional(c.Type(int))
