"""Swedish word forms go into the search index at build time, so that no query is rewritten in the browser."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from handbok.output.search_forms import forms_by_stem, hidden_text, missing_forms, stem, vocabulary
from handbok.output.search_tuning import compound_parts
from handbok.output.search_words import role_forms


def test_stem_cuts_one_swedish_ending_and_keeps_four_letters() -> None:
    assert stem("lägesbilder") == "lägesbild"
    assert stem("trygghetsmätningarna") == "trygghetsmätning"
    assert stem("polisen") == "polis"
    assert stem("kedja") == "kedja"  # too short to cut
    assert stem("orsaksanalys") == "orsaksanalys"  # no ending


def test_a_section_gets_the_forms_it_lacks_and_only_those() -> None:
    forms = forms_by_stem(vocabulary(["lägesbild", "lägesbilden", "lägesbilder", "polis", "polisen"]))
    found = missing_forms(Counter({"lägesbild": 3, "lägesbilden": 1}), forms)
    # "lägesbilden" is there already; "lägesbilderna" is the plural's definite form; "polisen" is not akin
    assert found == {"lägesbilder": 4, "lägesbilderna": 4}
    assert missing_forms(Counter({"lägesbild": 1}), forms) == {}  # used once, in passing: no forms
    assert hidden_text({"lägesbilder": 30, "bilder": 2}) == "bilder bilder " + " ".join(["lägesbilder"] * 5)


def test_forms_the_handbook_never_writes_come_from_their_last_part_and_plural() -> None:
    words = vocabulary(["kontaktpolis", "polis", "polisen", "poliser", "västerås"])
    assert {"kontaktpolisen", "kontaktpoliser", "kontaktpoliserna", "poliserna"} <= words
    assert "trygghetsvandringen" in vocabulary(["trygghetsvandringar", "vandringen"])  # only the plural is written
    assert "vasteras" in words and "kontaktpoliserna" in forms_by_stem(words)["kontaktpolis"]


def test_a_verb_and_a_second_plural_are_not_forms_of_a_noun() -> None:
    """The stem cuts "-ade" and "-ar" as well: "bildade" and "bildar" share the stem of "bild"."""
    families = forms_by_stem(["bild", "bilden", "bilder", "bildar", "bildarna", "bildade", "bildas", "dagar"])
    assert families["bild"] == ["bilden", "bilder"]
    assert "lägesbildade" not in vocabulary(["lägesbild", "bilden", "bildade"])


def test_a_compound_gives_its_real_parts_and_no_fragments() -> None:
    words = {"trygghet", "trygghetsundersökningen", "undersökningar", "över", "överens", "handling", "handlings"}
    words |= {"överenskommelse", "plan", "polis", "poliserna"}
    ordered = sorted(words)
    assert "undersökningen" in compound_parts("trygghetsundersökningen", words, ordered)
    assert "sundersökningen" not in compound_parts("trygghetsundersökningen", words, ordered)
    assert compound_parts("överenskommelse", words, ordered) == []  # not "enskommelse", not "kommelse"
    assert compound_parts("handlingsplan", words, ordered) == ["plan"]  # not "splan"
    assert compound_parts("poliserna", words, ordered) == []  # "erna" is an ending


def test_the_built_index_finds_inflected_queries_by_their_start(site: Path) -> None:
    """Material adds a wildcard to each query word: a section is found when one of its words (hidden ones
    included) starts with the query. Inflected and unaccented forms are in the sections they belong to."""
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]

    def found(query: str) -> set[str]:
        return {
            doc["location"].split("#")[0]
            for doc in docs
            if any(word.startswith(query) for word in re.findall(r"[a-zåäöéü]+", doc["text"].lower()))
        }

    for query, page in [
        ("lägesbilder", "fordjupning/lagesbild-och-orsaksanalys/"),
        ("lagesbilder", "fordjupning/lagesbild-och-orsaksanalys/"),
        ("nattvandringar", "fall/emmaboda/"),
        ("kontaktpoliserna", "fall/landskrona/"),
    ]:
        assert page in found(query), query


def test_a_role_is_inflected_by_its_head_noun() -> None:
    """ "Chef för lokalpolisområdet" is "chefen för lokalpolisområdet": never "lokalpolisområdetens"."""
    roles = ["Chef för lokalpolisområdet", "Kommunstyrelsens ordförande"]
    added = role_forms("Chef för lokalpolisområdet och kommunstyrelsens ordförande", roles).split()
    assert {"chefens", "chefernas", "ordförandens", "ordförandenas", "ordforandens", "ordforandenas"} == set(added)
