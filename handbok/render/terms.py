"""The glossary's terms: their Swedish order, and the id of each term's entry that the text's first use links to."""

from __future__ import annotations

from markdown.extensions.toc import slugify

from handbok.model.entries import Term

SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}"})  # after z, in Swedish order


def swedish(text: str) -> str:
    """A key that sorts Swedish words as a Swedish dictionary does (å, ä, ö after z)."""
    return text.casefold().translate(SWEDISH_ORDER)


def term_ids(terms: list[Term]) -> dict[str, str]:
    """Term -> the id of its entry in the glossary ("term-lagesbild"); unique even for BRÅ and Brå."""
    ids: dict[str, str] = {}
    for term in sorted(terms, key=lambda term: (swedish(term.term), term.term)):
        base = "term-" + (slugify(term.term, "-") or "ord")
        candidate, number = base, 2
        while candidate in ids.values():
            candidate, number = f"{base}-{number}", number + 1
        ids[term.term] = candidate
    return ids


def form_ids(terms: list[Term]) -> dict[str, str]:
    """Every form of every term (as the abbr extension marks it) -> the id of the term's entry."""
    ids, found = term_ids(terms), {}
    for term in terms:
        for form in {term.term, *term.forms, *(form[:1].upper() + form[1:] for form in term.forms)}:
            found[form] = ids[term.term]
    return found
