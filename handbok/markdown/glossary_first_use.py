"""A glossary term is explained where it first appears on a page, and leads to its entry in the glossary.

Markdown's abbr extension marks every use of every glossary word. A chapter had 45 marked
uses, 6 KB of repeated explanations, and a screen reader that reads titles read each one
again. So the first `<abbr>` of each term is kept and the others become plain text. The first
use is also a link to the term's entry in the glossary: a hover tooltip alone cannot be opened
by tap or keyboard. A use inside a link or a heading is left plain and does not count: a link
cannot hold another, and a term first met in the page's title is explained, and linked, where
the text first uses it.
"""

from __future__ import annotations

import re

from markdown.extensions.toc import slugify

from handbok.model.entries import Term

ABBREVIATION = re.compile(r'<abbr title="([^"]*)">([^<]*)</abbr>')
NOT_LINKED = re.compile(r"<a\b.*?</a>|<h[1-6]\b.*?</h[1-6]>", re.S)
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


def first_uses_only(html: str, forms: dict[str, str] | None = None, glossary_url: str = "") -> str:
    """Keep the first `<abbr>` of each term; link it to `glossary_url#id` when a URL is given."""
    closed = [match.span() for match in NOT_LINKED.finditer(html)]
    explained: set[str] = set()

    def once(match: re.Match[str]) -> str:
        if match.group(1) in explained or any(start <= match.start() < end for start, end in closed):
            return match.group(2)
        explained.add(match.group(1))
        anchor = (forms or {}).get(match.group(2))
        if not glossary_url or anchor is None:
            return match.group(0)
        return f'<a class="ordlista-lank" href="{glossary_url}#{anchor}">{match.group(0)}</a>'

    return ABBREVIATION.sub(once, html)
