"""Swedish word forms in the search index, so that no query needs rewriting in the browser.

Material's search matches the start of words: it adds a wildcard to every word of a query and
leaves the word as it is. "lägesbild" therefore finds "lägesbilden" and "lägesbilder", but
"lägesbilder" finds only words that start with "lägesbilder". Readers type plural and definite
forms. So every word form the handbook uses anywhere (with and without å, ä and ö) is added,
hidden, to each section that uses a word of the same stem at least twice but has no word
starting with the form itself: "lägesbilder" is added to a section about "lägesbild". (A word
used once is seldom what the section is about; leaving its forms out keeps the index, which
every first visit fetches, a fifth smaller.) Forms the handbook never writes come from the
last part of a compound ("kontaktpoliser" from "poliser") and from plurals ("poliserna").

The stem is a small Snowball-style list of Swedish endings, cut once: the list the query
rewriting in the browser used before.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

# Longest first, as Snowball tries them.
ENDINGS = tuple(
    "heterna hetens arnas ernas ornas andes arens andet anden heten heter arna erna orna ande ende arne"
    " aste aren ades erns ade ern ens het ast en ar er or as es et a e".split()
)
MIN_STEM = 4
MIN_WORD = 6
MAX_REPEAT = 5
MIN_COUNT = 2  # uses of a stem in a section before its forms are added
PLURALS = ("er", "ar", "or")
# Verb endings: the stem cuts them too ("bildade" has the stem of "bild"), but nobody looking for a
# "bild" types "bildade", and a compound never takes them ("lägesbildade").
VERB_ENDINGS = frozenset("ade ades ande andes andet anden ende as ast aste".split())
FOLD = str.maketrans("åäöéü", "aaoeu")


@functools.cache  # a section's words are mostly words other sections use: each is cut once per build
def stem(word: str) -> str:
    """The word without its first matching ending, if at least four letters remain."""
    if len(word) < MIN_WORD:
        return word
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def forms_by_stem(vocabulary: Iterable[str]) -> dict[str, list[str]]:
    """Stem -> the inflected forms in the vocabulary that have it (a word that is its own stem is left out).

    Not a verb's forms, and only one plural: where the handbook writes "bilder", "bildar" is a verb.
    """
    forms: dict[str, set[str]] = {}
    for word in vocabulary:
        if (base := stem(word)) != word and word[len(base) :] not in VERB_ENDINGS:
            forms.setdefault(base, set()).add(word)
    return {base: sorted(_one_plural(base, words)) for base, words in forms.items()}


def _one_plural(base: str, words: set[str]) -> set[str]:
    return {word for word in words if not word.startswith(base + "ar")} if base + "er" in words else words


def begins_a_word(form: str, words: list[str]) -> bool:
    """Whether a word of `words` (sorted) begins with `form`."""
    at = bisect_left(words, form)
    return at < len(words) and words[at].startswith(form)


def missing_forms(counted: Counter[str], forms: dict[str, list[str]]) -> dict[str, int]:
    """Forms a section is found by once added: their stem is that of words it uses at least twice,
    and they begin none of its words.

    Each form counts as often as the words it stands for, so that ranking stays as it was.
    """
    words = sorted(counted)
    found: dict[str, int] = {}
    for word, count in counted.items():
        for base in {word, stem(word)}:
            for form in forms.get(base, ()):
                found[form] = found.get(form, 0) + count
    return {form: count for form, count in found.items() if count >= MIN_COUNT and not begins_a_word(form, words)}


def vocabulary(words: Iterable[str]) -> set[str]:
    """The words, the forms of compounds that only their last part shows, and each of them
    without å, ä, ö, é and ü: readers type both."""
    every = set(words)
    # A plural in -er, -ar or -or has its definite form: "poliser", so "poliserna".
    every.update(word + "na" for word in list(every) if word.endswith(PLURALS) and stem(word) != word)
    families = forms_by_stem(every)
    for word in {stem(word) for word in every}:
        # "kontaktpolis" takes the forms of "polis" that the handbook uses: "kontaktpoliserna". From the
        # stem: "kontaktpoliser" would take the forms of "polisera".
        cut = next((cut for cut in range(MIN_STEM, len(word) - MIN_STEM + 1) if word[cut:] in families), 0)
        if cut:
            every.update(word[:cut] + form for form in families[word[cut:]])
    return every | {word.translate(FOLD) for word in every}


def hidden_text(found: dict[str, int]) -> str:
    """The forms as words, each repeated as often as it counts (at most MAX_REPEAT times)."""
    return " ".join(" ".join([form] * min(count, MAX_REPEAT)) for form, count in sorted(found.items()))
