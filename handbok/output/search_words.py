"""Words readers type that the page does not write: definite forms of roles, a kommun's
name with "kommun", and old agency names. Pure helpers for search_tuning.

Material's search matches the start of each word the reader types and does not stem the
query, so "samordnaren" finds nothing on a page that writes "samordnare". The index gets the
longest form of each branch ("samordnarens" also starts "samordnaren").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from handbok.model.entries import Term

AGENT = re.compile(r"[a-zåäö]{3,}are")  # samordnare, trygghetssamordnare, brottsförebyggare


def inflected(word: str) -> list[str]:
    """A noun's definite and plural forms, singular and plural, with their genitive."""
    if word.endswith("are"):  # samordnare: samordnaren(s), samordnarna(s)
        return [word + "ns", word[:-1] + "nas"]
    if word.endswith("e"):  # ordförande: ordföranden(s), ordförandena(s)
        return [word + "ns", word + "nas"]
    if word.endswith("ig"):  # kommunikationsansvarig: -ansvarige, -ansvariga
        return [word + "e", word + "a"]
    if word.endswith("er"):  # förvaltningschefer: förvaltningschefen(s), förvaltningscheferna(s)
        return [word[:-2] + "ens", word + "nas"]
    return [word + "ens", word + "ernas"]  # chef, styrgrupp, kommunpolis


def role_heads(roles: Iterable[str]) -> set[str]:
    """The nouns that name a role (its last word), in singular and, when written so, plural."""
    heads = set()
    for name in roles:
        head = name.split()[-1].lower()
        heads |= {head, head[:-2]} if head.endswith("er") else {head}
    return heads


def forms_of(word: str, heads: set[str]) -> list[str]:
    """Forms to add for a word on the page: for a role's noun or any "-are" agent noun."""
    return inflected(word) if word in heads or AGENT.fullmatch(word) else []


def place_names(name: str) -> list[str]:
    """A kommun's name as readers write it before "kommun": Arvidsjaur, Arvidsjaurs."""
    return [name] if name.endswith("s") else [name, name + "s"]


def old_names(terms: list[Term]) -> dict[str, list[str]]:
    """Old name (lower case) -> its written forms, the term first, for each glossary word with a newer name."""
    return {term.term.lower(): [term.term, *term.forms] for term in terms if term.replaced_by}
