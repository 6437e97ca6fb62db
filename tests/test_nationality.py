"""Counts by nation and counts of those spared, on sentences written for these tests."""

from __future__ import annotations

import pytest

from ceasefire_cli.align import compare_articles
from ceasefire_cli.counted import find_counts
from ceasefire_cli.extract import extract_articles
from ceasefire_cli.models import Article
from ceasefire_cli.nationality import DEMONYM_FILE, nation_named

_LIST = "The passengers included 120 Valdoran nationals, 40 Portuguese, seven Spaniards and one Canadian."


def slots_of(text: str, value: float) -> dict[str, object]:
    for c in find_counts(text):
        if c.value == value:
            return {"topic": c.topic, "measure": c.measure, "population": c.population, "subgroup": c.subgroup}
    raise AssertionError(f"no count {value} in {text!r}")


@pytest.mark.parametrize(("word", "want"), [
    ("Britons", "British"), ("British", "British"), ("UK", "British"), ("Spaniards", "Spanish"),
    ("Canadians", "Canadian"), ("Portuguese", "Portuguese"), ("Koreans", "South Korean"), ("Danes", "Danish"),
    ("US", "American"), ("Lisbon", ""), ("Valdorans", ""), ("Democrats", ""),
])
def test_a_word_for_a_nations_people_names_it_by_its_adjective(word: str, want: str) -> None:
    assert nation_named(word) == want


@pytest.mark.parametrize(("value", "want"), [(120, "Valdoran"), (40, "Portuguese"), (7, "Spanish"), (1, "Canadian")])
def test_a_list_by_nation_makes_each_figure_that_nations_part(value: float, want: str) -> None:
    got = slots_of(_LIST, value)
    assert (got["population"], got["subgroup"]) == ("people", want)


def test_nationals_name_a_nation_alone_but_a_toll_of_one_people_is_no_part() -> None:
    assert slots_of("The plane carried 53 British nationals.", 53)["subgroup"] == "British"
    assert slots_of("Strikes on the border villages killed 40 Valdorans on Monday.", 40)["subgroup"] == ""
    assert slots_of("Strikes on the border villages killed 40 Israelis on Monday.", 40)["subgroup"] == ""


def test_people_said_to_be_from_two_countries_are_each_country_s_part() -> None:
    text = "Officials said 210 of the pilgrims who died of heat are from Portugal, while 95 are from Spain."
    assert (slots_of(text, 210)["subgroup"], slots_of(text, 95)["subgroup"]) == ("Portuguese", "Spanish")
    assert slots_of("The 40 people killed were from Portugal.", 40)["subgroup"] == ""  # no count by nation


def test_the_spared_are_no_part_of_the_dead() -> None:
    got = slots_of("All but two of the 181 people on board were killed, officials said.", 2)
    assert (got["topic"], got["measure"]) == ("other", "survived")
    assert slots_of("All but two of the 181 people on board were killed, officials said.", 181)["measure"] == "aboard"
    got = slots_of("The jet crashed after take-off, killing all but two.", 2)
    assert (got["topic"], got["measure"]) == ("other", "survived")
    whole = slots_of("All but one of the 242 passengers and crew died.", 242)
    assert (whole["topic"], whole["measure"], whole["subgroup"]) == ("other", "aboard", "")
    assert slots_of("All but one of the 242 passengers and crew died.", 1)["measure"] == "survived"


def test_a_part_killed_of_a_whole_aboard_is_a_toll() -> None:
    got = slots_of("The crash killed 179 of the 181 people on board.", 179)
    assert (got["topic"], got["measure"]) == ("deaths", "killed")
    assert slots_of("Four of the six crew members were killed.", 4)["topic"] == "deaths"


def art(id_: str, text: str) -> Article:
    return Article(id=id_, path=f"{id_}.txt", text=text, clean=text, outlet=id_, published=None)


def test_passengers_by_nation_agree_and_do_not_conflict_with_everyone_aboard() -> None:
    a = art("a", "A Minho Air jet carrying 242 people crashed. The passengers included 169 Valdoran nationals,"
                 " 53 British nationals, seven Portuguese and one Canadian, the airline said.")
    b = art("b", "The flight had 242 people on board, including 53 Britons, 169 Valdorans and 7 Portuguese citizens.")
    articles = [a, b]
    counts = [c for c in compare_articles(articles, extract_articles(articles)).claims if c.kind == "count"]
    assert not [c for c in counts if c.verdict == "conflict"]
    assert {c.label for c in counts if c.verdict == "agree"} >= {
        "people aboard", "British people aboard", "Valdoran people aboard", "Portuguese people aboard"}


def test_the_shipped_demonyms_are_what_countryinfo_builds() -> None:
    """Like the place index, the demonyms ship prebuilt: they must be what the pinned countryinfo gives."""
    pytest.importorskip("countryinfo")
    from ceasefire_cli import nationality

    shipped = DEMONYM_FILE.read_text(encoding="utf-8").splitlines()
    assert shipped[1:] == ["\t".join(r) for r in nationality.build_demonyms()]


def test_the_dead_aboard_and_on_the_ground_are_parts_and_one_passenger_surviving_is_no_canadian() -> None:
    text = ("The jet crashed after takeoff from Braga on Thursday, killing 241 of the 242 people on board and at"
            " least 24 people on the ground. Only one passenger survived.")
    assert slots_of(text, 241)["subgroup"] == "on board"
    assert (slots_of(text, 24)["topic"], slots_of(text, 24)["measure"]) == ("deaths", "killed")
    assert slots_of(text, 1)["measure"] == "survived"
    assert slots_of("The crash killed 265 people.", 265)["subgroup"] == ""


def test_a_headline_that_leaves_the_part_unsaid_repeats_the_bodys_figure() -> None:
    text = "Jet crashes in Braga, killing 241\n\nThe jet crashed on Thursday, killing 241 of the 242 people on board."
    dead = [c for c in find_counts(text) if c.value == 241]
    assert len(dead) == 1 and dead[0].subgroup == "on board" and dead[0].also


def test_a_lone_figure_of_people_aboard_does_not_join_one_nations_row() -> None:
    a = art("a", "The jet carried 242 people. The passengers included 169 Valdoran nationals, 53 British nationals"
                 " and one Canadian.")
    b = art("b", "The jet had 242 people aboard, among them 169 Valdorans, 53 Britons and one Canadian.")
    c = art("c", "At least 260 people were killed when the jet crashed in Braga. Only one passenger survived.")
    articles = [a, b, c]
    claims = compare_articles(articles, extract_articles(articles)).claims
    canadian = next(x for x in claims if x.label == "Canadian people aboard")
    assert sorted({m.article for m in canadian.mentions}) == ["a", "b"]


def test_a_figure_with_its_scale_word_counts_a_nation_beside_another() -> None:
    text = "Some 1.4 million Lebanese and 60,000 Israelis have fled the border towns since the war began."
    assert slots_of(text, 60000)["subgroup"] == "Israeli"
    assert slots_of(text, 1_400_000)["subgroup"] == "Lebanese"
