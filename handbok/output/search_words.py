"""Words readers type that the page does not write: definite forms of roles, a kommun's
name with "kommun", and old agency names. Pure helpers for search_tuning.

Material's search matches the start of each word the reader types and does not stem the
query, so "samordnaren" finds nothing on a page that writes "samordnare". The index gets the
longest form of each branch ("samordnarens" also starts "samordnaren").
"""

from __future__ import annotations

from handbok.model.entries import Term

FOLD = str.maketrans("åäöéü", "aaoeu")
REPEAT = 10  # how often a role's form is added: as if the role were named that often


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


def head_noun(name: str) -> str:
    """The word a role's name inflects: the first before "för" ("Chef för lokalpolisområdet": chefen
    för lokalpolisområdet), otherwise the last ("Kommunstyrelsens ordförande")."""
    words = name.split()
    return words[0] if "för" in words[1:] else words[-1]


def role_forms(text: str, roles: list[str]) -> str:
    """For a section that presents the roles (it names more than half of them): the forms of each
    role it names, with and without å, ä and ö. Only there, so that "kommunpolisen" leads to
    who does what, not to every page that mentions a kommunpolis."""
    lowered = text.lower()
    named = [name for name in roles if name.lower() in lowered]
    if 2 * len(named) <= len(roles):
        return ""
    forms = [form for name in named for form in inflected(head_noun(name).lower())]
    forms += [plain for form in forms if (plain := form.translate(FOLD)) != form]
    return " ".join(forms * REPEAT)


def place_names(name: str) -> list[str]:
    """A kommun's name as readers write it before "kommun": Arvidsjaur, Arvidsjaurs."""
    return [name] if name.endswith("s") else [name, name + "s"]


def old_names(terms: list[Term]) -> dict[str, list[str]]:
    """Old name (lower case) -> its written forms, the term first, for each glossary word with a newer name."""
    return {term.term.lower(): [term.term, *term.forms] for term in terms if term.replaced_by}
