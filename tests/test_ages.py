"""A named person's age: found in the ways news tells it, held by the person, compared only with the same
person's age in other outlets (sentences written for these tests)."""

from __future__ import annotations

import pytest

from ceasefire_cli import compare_folder
from ceasefire_cli.ages import AGE, SUSPECT
from ceasefire_cli.extract import extract_article
from ceasefire_cli.models import Article


def _items(text: str) -> list:
    article = Article(id="a", path="a.txt", text=text, clean=text, outlet="A", published="2024-03-14",
                      published_source="text", outlet_source="byline")
    return [m.item for m in extract_article(article, ("count",))]


def ages(text: str) -> list[tuple[str, float]]:
    return [(c.holder, c.value) for c in _items(text) if c.population == AGE]


@pytest.mark.parametrize("text, want", [
    # the age in an aside right after the name, with or without a title before it
    ("The jury found Ana Ruiz, 47, guilty on every count.", [("Ana Ruiz", 47)]),
    ("Prime Minister Tomas Brenner, 66, was hurt in the fall.", [("Tomas Brenner", 66)]),
    ("The victims were Ivo Dan, 31; Lea Tor, 28; and Max Pell, 70.", [("Ivo Dan", 31), ("Lea Tor", 28),
                                                                      ("Max Pell", 70)]),
    ("Ruiz, aged 47, did not testify.", [("Ruiz", 47)]),
    ("Flags flew at half-staff in honour of Ivo Dan, who was 52.", [("Ivo Dan", 52)]),
    ("Ana Ruiz (47) did not testify.", [("Ana Ruiz", 47)]),
    ("Ivo Dan, who is 58 years old, was freed.", [("Ivo Dan", 58)]),
    ("Ivo Dan, 58 years old, was freed.", [("Ivo Dan", 58)]),
    # ... or before it, past a shortened title and a comma
    ("Officers say 33-year-old Ivo T. Dan III drove the van.", [("Ivo Dan", 33)]),
    ("By dawn the 61-year-old, Mr. Brenner had conceded.", [("Brenner", 61)]),
    ("In the tally at noon (May 2, 2024), 61-year-old, Mr. Brenner led.", [("Brenner", 61)]),
    # ... or in an aside that describes the named one
    ("The driver, Ivo Dan, a 68-year-old farmer from the hills, was held.", [("Ivo Dan", 68)]),
    # ... its hyphen forgotten on either side
    ("The driver, Ivo Dan, a 68 year-old farmer, was held.", [("Ivo Dan", 68)]),
    ("The driver, Ivo Dan, a 68-year old farmer, was held.", [("Ivo Dan", 68)]),
    # a title's modifier before the name is no part of it
    ("Outgoing Mayor Ana Ruiz, 73, lost her seat.", [("Ana Ruiz", 73)]),
    # no name, no age fact: a nation, a country's figure, a description, a list of ages told apart by order
    ("A 48-year-old Peruvian was among the injured.", []),
    ("The dead came from Portugal, 12, and Spain, 40.", []),
    ("The driver, 47, was held overnight.", []),
    ("The sisters Ana and Eva Lind, 39 and 12, respectively, were found.", []),
    # a sentence's end is no part of a name
    ("The vote went to Ana Ruiz. Brenner, 66, conceded.", [("Brenner", 66)]),
    # a count after a name is a count, not an age
    ("By Sunday, 12 people had died.", []),
])
def test_a_named_person_s_age(text: str, want: list[tuple[str, float]]) -> None:
    assert ages(text) == want


def test_an_age_is_a_measure_not_a_count_of_people() -> None:
    (c,) = [c for c in _items("The jury found Ana Ruiz, 47, guilty.") if c.population == AGE]
    assert (c.unit, c.measure, c.topic, c.text) == (AGE, AGE, "other", "47")


@pytest.mark.parametrize("text, want", [
    # the one a story is about, named by role: after the age, before it, or the one arrested
    ("Police said the 34-year-old suspect fled on foot.", [34]),
    ("The attacker, a 29-year-old mechanic from Varn, was held.", [29]),
    ("Officers say the gunman is a 52-year-old retired teacher.", [52]),
    ("Police identified the assailant as a 41-year-old local man.", [41]),
    ("A 19-year-old man from the coast was arrested at the scene.", [19]),
    ("Officers detained a 27-year-old courier near the square.", [27]),
    ("The alleged gunman, 45, was taken into custody.", [45]),
    ("The suspect, aged 31, did not enter a plea.", [31]),
    # not another one held later, nor a gunman of an earlier attack, nor anyone else of an age
    ("Another 36-year-old man was arrested on Sunday.", []),
    ("Police arrested another 36-year-old on Sunday.", []),
    ("The suspect, 31 miles from home, was caught.", []),
    ("In March 2015, when a 40-year-old gunman opened fire, nine died.", []),
    ("A 9-year-old girl was among the dead.", []),
    ("The 61-year-old mayor visited the wounded.", []),
])
def test_the_suspect_s_age_told_by_role(text: str, want: list[float]) -> None:
    assert [v for holder, v in ages(text) if holder == SUSPECT] == want


def test_the_suspect_s_age_agrees_across_outlets_whatever_the_role_noun(tmp_path) -> None:
    claims = _compare(tmp_path, {
        "north": "A 23-year-old man was arrested after the stabbing at the fair.",
        "south": "The suspect, a 23-year-old courier, was charged on Friday.",
        "east": "Police named the attacker as a 24-year-old courier.",
    })
    (c,) = [c for c in claims if "stage_of" not in c.extra]
    assert c.label == "the suspect: age" and c.verdict == "conflict" and len(c.mentions) == 3


def _compare(tmp_path, texts: dict[str, str]):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"Verdict\n\n{text}\n", encoding="utf-8")
    return [c for c in compare_folder(tmp_path).claims if c.kind == "count" and c.extra["slots"]["population"] == AGE]


def test_one_person_s_age_told_two_ways_agrees_and_two_ages_conflict(tmp_path) -> None:
    claims = _compare(tmp_path, {
        "north": "A jury found Ana Ruiz, 47, guilty. Her son, Ivo Ruiz, 19, wept.",
        "south": "The 47-year-old Ana Ruiz showed no emotion. Her son Ivo Ruiz, 20, left the court.",
    })
    by_label = {c.label: c.verdict for c in claims}
    assert by_label["Ana Ruiz: age"] == "agree"
    assert by_label["Ivo Ruiz: age"] == "conflict"


def test_two_people_s_ages_are_two_facts(tmp_path) -> None:
    """Two people's ages are two facts, each told by one outlet: no agreement, no conflict."""
    claims = _compare(tmp_path, {
        "north": "A jury found Ana Ruiz, 47, guilty.",
        "south": "A jury found Tomas Brenner, 61, guilty.",
    })
    assert sorted(c.verdict for c in claims) == ["single", "single"]


def test_a_surname_two_people_share_is_neither_s_age(tmp_path) -> None:
    claims = _compare(tmp_path, {
        "north": "A jury found Ana Ruiz, 47, guilty. Her son, Ivo Ruiz, 19, wept.",
        "south": "The 47-year-old Ruiz showed no emotion.",
    })
    assert {c.label: c.verdict for c in claims}["Ruiz: age"] == "single"
