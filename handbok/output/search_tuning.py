"""Swedish search that finds what readers type: tune Material's search index after the build.

Material's lunr search matches the start of words only. Readers type inflected forms,
parts of compounds and words without å, ä and ö. This adds to every section the words a
reader may type for it: the parts of its compounds, its words without diacritics, synonyms
from the glossary, the inflected forms of its words (search_forms.py) and the definite forms of
roles ("samordnaren"). A case page gets its kommun's name as a keyword (Material's `tags` field:
"Arvidsjaurs kommun" finds Arvidsjaur), and the glossary's entry for an old name ("SKL") is where
that name leads. Nothing in the browser rewrites the query. (Source lists never reach the index:
see citations.py.)
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from handbok.model.entries import Term
from handbok.model.handbook import Handbook
from handbok.output import search_forms
from handbok.output.search_words import old_names, place_names, role_forms

WORD = re.compile(r"[a-zåäöéü]+")  # in lower-cased text
FOLD = str.maketrans("åäöéü", "aaoeu")
MIN_PART = 4
ADDRESS = re.compile(r"https?://\S+|Känd sökväg: \S+")
# A citation is left out of the index, and the space before it stayed: "följer upp ."
SPACE_BEFORE_STOP = re.compile(r"[ \t\n]+(?=[.,;:!?)](?:\s|<|$))")
TAG = re.compile(r"<[^>]+>")


def _words(html: str) -> list[str]:
    return WORD.findall(TAG.sub(" ", html).lower())


def compound_parts(word: str, vocabulary: set[str], ordered: list[str]) -> list[str]:
    """Tails of a compound that are words of the handbook, or whose head is one (with or without a
    linking s) and whose stem begins one: "undersökning" in "trygghetsundersökningen", but not
    "kommelse" in "överenskommelse", "splan" in "handlingsplan" or "erna" in "poliserna".
    `ordered` is the vocabulary, sorted."""
    parts = []
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        if len(tail) < MIN_PART or tail in search_forms.ENDINGS:
            continue
        known_head = head in vocabulary or (head.endswith("s") and head[:-1] in vocabulary)
        if tail in vocabulary or (known_head and search_forms.begins_a_word(search_forms.stem(tail), ordered)):
            parts.append(tail)
    return parts


def synonyms(terms: list[Term]) -> dict[str, set[str]]:
    """Word -> words that mean the same: old and new names, and listed synonyms."""
    groups: dict[str, set[str]] = {}
    by_name = {term.term.lower(): term for term in terms}
    for term in terms:
        group = {term.term.lower(), *(form.lower() for form in term.forms), *(s.lower() for s in term.synonyms)}
        if term.replaced_by and term.replaced_by.lower() in by_name:
            newer = by_name[term.replaced_by.lower()]
            group |= {newer.term.lower(), *(form.lower() for form in newer.forms)}
        for word in group:
            groups.setdefault(word, set()).update(group - {word})
    return groups


def _hidden_words(counted: Counter[str], adds: dict[str, list[str]], folded: dict[str, str]) -> str:
    """Words a section is found by but does not contain, repeated as often as they count (at most 20)."""
    extra: dict[str, int] = {}
    for word, count in counted.items():
        for added in adds.get(word, ()):
            extra[added] = extra.get(added, 0) + count
    # Each added word, and each word on the page with å, ä or ö, is added once more without
    # them, with its count: a reader who types "lagesbild" finds "lägesbild" as easily. (An
    # added word that has no å, ä or ö is thus counted twice. Where two spellings fold alike,
    # the last one's count is kept.) Words on the page are never added.
    without: dict[str, int] = {}
    for word, count in counted.items():
        plain = folded.get(word)  # None: the word has no å, ä or ö, and it is on the page
        if plain is not None and plain not in counted:
            without[plain] = count + extra.get(word, 0)
    for word, count in extra.items():
        if word not in counted and (spelling := folded.get(word, word)) not in counted:
            without[spelling] = count
    for word, count in without.items():
        extra[word] = extra.get(word, 0) + count
    return "".join((word + " ") * min(count, 20) for word, count in sorted(extra.items()) if word not in counted)[:-1]


def tune(site_dir: Path, handbook: Handbook, glossary: str = "") -> None:
    """Rewrite search/search_index.json in place; `glossary` starts the glossary's addresses in it ("ordlista")."""
    path = site_dir / "search" / "search_index.json"
    if not path.is_file():  # a site without the search plugin
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    docs = index["docs"]
    for doc in docs:  # web addresses are full of words that match everything
        doc["text"] = SPACE_BEFORE_STOP.sub("", ADDRESS.sub("", doc["text"]))
    words_of = [(_words(doc["text"]), set(_words(doc["title"]))) for doc in docs]
    every_word: set[str] = set()
    for text_words, title_words in words_of:
        every_word.update(text_words, title_words)
    vocabulary = {word for word in every_word if len(word) >= MIN_PART}
    ordered = sorted(vocabulary)
    terms = handbook.terms
    related = synonyms(terms)
    seen: set[str] = set()
    adds: dict[str, list[str]] = {}  # a word's compound tails and synonyms, if any: once per build
    folded: dict[str, str] = {}  # words with å, ä or ö, without them
    sections: list[tuple[dict[str, str], Counter[str], str]] = []
    for doc, (text_words, title_words) in zip(docs, words_of, strict=True):
        # Title words count five times, like the title field's weight in the ranking.
        counted = Counter(text_words)
        for word in title_words:
            counted[word] += 5
        for word in counted:
            if word not in seen:
                seen.add(word)
                parts = compound_parts(word, vocabulary, ordered) if len(word) >= 2 * MIN_PART else []
                if more := [*parts, *related.get(word, ())]:
                    adds[word] = more
                for each in (word, *more):
                    if not each.isascii() and len(each) >= MIN_PART:  # å, ä, ö, é or ü; not "på" or "för"
                        folded[each] = each.translate(FOLD)
        sections.append((doc, counted, _hidden_words(counted, adds, folded)))
    # Inflected forms last, so that they extend the hidden words too ("lagesbilder"): see search_forms.
    forms = search_forms.forms_by_stem(
        search_forms.vocabulary([*every_word, *" ".join(h for *_, h in sections).split()])
    )
    for doc, counted, hidden in sections:
        inflected = search_forms.hidden_text(search_forms.missing_forms(counted + Counter(hidden.split()), forms))
        if added := " ".join(part for part in (hidden, inflected) if part):
            doc["text"] += f'<p class="sokord" hidden>{added}</p>'
    roles = [role.name for role in handbook.roles.values()]
    for doc in docs:
        if role_words := role_forms(doc["text"], roles):
            doc["text"] += f'<p class="sokord" hidden>{role_words}</p>'
    _keywords(docs, {case.municipality for case in handbook.cases}, old_names(terms), glossary)
    index["docs"] = docs
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


Doc = dict[str, str | list[str]]


def _keywords(docs: list[Doc], places: set[str], old: dict[str, list[str]], glossary: str) -> None:
    """Keywords (Material's `tags` field, weighed above titles): a case page's kommun, and in the
    glossary, the old names whose entries say what they are called today."""
    for doc in docs:
        location, title = str(doc["location"]), str(doc["title"])
        if "#" not in location and title in places:
            doc["tags"] = place_names(title)
        if glossary and location.startswith(glossary):
            found = set(_words(str(doc["text"]))) & set(old)
            if found:  # with its written forms: "närpolisen" finds the entry that "närpolis" finds
                doc["tags"] = list(dict.fromkeys(form for name in sorted(found) for form in old[name]))
