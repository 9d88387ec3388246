"""Typed configuration of the handbok plugin (the `handbok:` entry under `plugins:`)."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class HandbokConfig(Config):
    # Folders, relative to mkdocs.yml.
    data_dir = c.Type(str, default="data")
    cases_dir = c.Type(str, default="cases")
    # Where readers send comments on a page: a prefilled GitHub issue and an e-mail.
    issues_url = c.Type(str, default="")
    feedback_email = c.Type(str, default="")
    # The PDF of the whole handbook (skipped in `mkdocs serve` whatever this says).
    pdf = c.Type(bool, default=True)
    # Swedish search: compounds, words without å/ä/ö and synonyms added to the index.
    search_tuning = c.Type(bool, default=True)
    # A zip of the site that works offline from file:// (made by `mkdocs build`, not `serve`).
    offline_zip = c.Type(bool, default=True)
    # Months between reviews of a page against its sources (a page may say otherwise). Without
    # it, pages need no review date (small test projects).
    granskning_manader = c.Optional(c.Type(int))
