"""How easy a page is to read: LIX over the limit is an error that names the sentences to shorten."""

from __future__ import annotations

import re

from handbok.checks.text_metrics import lix, longest_sentences, prose_of_markdown, words
from handbok.problems import Problems

LIX_LIMIT = 50  # over 50 is "svår" (lix.se); the guide promises that the check stops such a page
SHOWN = 3  # sentences named in the message
LONG_SENTENCE = 15  # words; shorter sentences are not named unless there is no longer one
BETWEEN_WORDS = r"(?:\W|\]\([^)]*\)|\d)+"  # punctuation, a link's target, a number: all left out of the prose


def level(score: float) -> str:
    """The score in words, as every list shows it (rounded first: a page shown as 50 is not 'svår')."""
    shown = round(score)
    return "lätt" if shown < 40 else ("medelsvår" if shown <= LIX_LIMIT else "svår")


def line_of(text: str, sentence: str) -> int:
    """The line where `sentence` (from the page's prose) starts in the page's `text`; 1 if it cannot be found."""
    start = words(sentence)[:4]
    match = re.search(BETWEEN_WORDS.join(map(re.escape, start)), text) if start else None
    return text.count("\n", 0, match.start()) + 1 if match else 1


def _opening(sentence: str) -> str:
    shown = words(sentence)[:6]
    return " ".join(shown) + (" …" if len(words(sentence)) > len(shown) else "")


def check_readability(file: str, text: str, problems: Problems) -> None:
    """A page whose prose has a LIX over the limit, at the line of its longest sentence."""
    prose = prose_of_markdown(text)
    score = lix(prose)
    if level(score) != "svår":
        return
    ranked = longest_sentences(prose, SHOWN)
    ranked = [item for item in ranked if item[1] >= LONG_SENTENCE] or ranked[:1]
    longest = [(line_of(text, sentence), count, sentence) for sentence, count in ranked]
    named = ", ".join(f"rad {line} ({count} ord: ”{_opening(sentence)}”)" for line, count, sentence in longest)
    what = f"Sidan är svår att läsa: LIX {score:.0f}, gränsen är {LIX_LIMIT}"
    fix = f"dela de längsta meningarna och byt långa ord mot kortare; börja med {named}."
    problems.add(file, longest[0][0] if longest else 1, what, fix)
