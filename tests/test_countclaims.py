"""Count claims on hand-built article sets: two facts that differ in exactly one slot, and the
unification rules (mentions built by hand with their slots; no extractor involved)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ceasefire_cli.align import align
from ceasefire_cli.countfacts import count_interval
from ceasefire_cli.countverdict import claim_label
from ceasefire_cli.models import PER_SIDE, Article, Count, Mention
from ceasefire_cli.storyplaces import _parts_below_whole


def art(id_: str, published: str = "2024-03-14", outlet: str | None = None) -> Article:
    return Article(id=id_, path=f"{id_}.txt", text="", clean="", outlet=outlet or id_.title(), published=published,
                   published_source="text", outlet_source="byline")


ARTS = [art("north"), art("south"), art("east"), art("west")]


def fig(text: str, value: float, *, qualifier: str = "exact", low: float | None = None, high: float | None = None,
        topic: str = "deaths", measure: str = "killed", population: str = "people", subgroup: str = "",
        place: str = "", period: str = "", running: bool = False, unit: str | None = None, when: str | None = None,
        sentence: str | None = None, start: int = 0, subject: str = "people") -> Count:
    lo = value if low is None and qualifier == "exact" else low
    hi = value if high is None and qualifier == "exact" else high
    return Count(start, start + len(text), text, sentence or f"Officials said {text} {subject}.", value, lo, hi,
                 qualifier, topic, subject, unit, None, None, when, measure, population, subgroup, place, period,
                 running)


def counts(claims):
    """The facts: count claims without the stage rows that restate parts of a conflict."""
    return [c for c in claims if c.kind == "count" and "stage_of" not in c.extra]


def one(ms, arts=ARTS):
    [c] = counts(align(arts, ms))
    return c


def test_qualified_figures_that_overlap_agree():
    c = one([Mention("north", fig("40", 40)),
             Mention("south", fig("about 40", 40, qualifier="about", low=36, high=44)),
             Mention("east", fig("some 40", 40, qualifier="some", low=32, high=48))])
    assert c.verdict == "agree" and {m.article for m in c.mentions} == {"north", "south", "east"}


def test_more_than_and_nearly_the_same_figure_cannot_both_hold():
    over = Mention("north", fig("over 300", 300, qualifier="more_than", low=300, topic="other", measure="cancelled",
                                population="train", subject="trains"))
    nearly = Mention("south", fig("nearly 300", 300, qualifier="nearly", low=270, high=300, topic="other",
                                  measure="cancelled", population="train", subject="trains"))
    assert one([over, nearly]).verdict == "conflict"
    exact = Mention("south", fig("300", 300, topic="other", measure="cancelled", population="train",
                                 subject="trains"))
    assert one([over, exact]).verdict == "agree"  # "more than N" read as at least N, as before
    # beside an outlet that says 300 itself, "over 300" and "nearly 300" are two roundings of that figure
    exact_east = Mention("east", fig("300", 300, topic="other", measure="cancelled", population="train",
                                      subject="trains"))
    assert one([over, nearly, exact_east]).verdict == "agree"


def test_conflict_note_says_who_said_what():
    c = one([Mention("north", fig("12", 12, place="Lisbon")),
             Mention("south", fig("at least 30", 30, qualifier="at_least", low=30, place="Lisbon")),
             Mention("east", fig("12", 12, place="Lisbon"))])
    assert c.verdict == "conflict"
    assert c.note == "East, North: 12 · South: at least 30"


def test_a_hedge_on_a_precise_figure_hedges_its_last_digits():
    voted = dict(topic="other", measure="voted", running=True)
    nearly = fig("nearly 12 million", 12e6, qualifier="nearly", low=10.8e6, high=12e6, **voted)
    c = one([Mention("north", nearly),
             Mention("south", fig("about 12.38 million", 12.38e6, qualifier="about", low=11.142e6, high=13.618e6,
                                  **voted))])
    assert c.verdict == "conflict"  # 12.38 million is more than "nearly 12 million"
    c = one([Mention("north", nearly),
             Mention("south", fig("about 12 million", 12e6, qualifier="about", low=10.8e6, high=13.2e6, **voted))])
    assert c.verdict == "agree"  # a round figure keeps its tenth either way
    c = one([Mention("north", fig("about 145", 145, qualifier="about", low=130.5, high=159.5)),
             Mention("south", fig("146", 146)), Mention("east", fig("about 150", 150, qualifier="about", low=135,
                                                                        high=165))])
    assert c.verdict == "agree"
    # ... by a unit and a half of it: "about 12,700" is not "12,900"
    c = one([Mention("north", fig("about 12,700", 12700, qualifier="about", low=11430, high=13970)),
             Mention("south", fig("12,900", 12900))])
    assert c.verdict == "conflict"


def test_a_hedged_round_figure_does_not_reach_another_outlets_round_figure_at_its_edge():
    strikers = {"topic": "other", "measure": "striking", "subject": "workers"}
    around = Mention("north", fig("roughly 30,000", 30000, qualifier="about", low=27000, high=33000, **strikers))
    assert one([around, Mention("south", fig("27,000", 27000, **strikers))]).verdict == "conflict"
    assert one([around, Mention("south", fig("28,500", 28500, **strikers))]).verdict == "agree"
    some = Mention("east", fig("some 27,000", 27000, qualifier="some", low=21600, high=32400, **strikers))
    assert one([around, some]).verdict == "agree"  # the bands overlap beyond a single point
    # an outlet that also states the bound ("at least 27,000" below its "roughly 30,000") reaches it
    bound = Mention("north", fig("at least 27,000", 27000, qualifier="at_least", low=27000, start=90, **strikers))
    c = one([around, bound, Mention("south", fig("27,000", 27000, **strikers))])
    assert c.verdict == "agree" and len(c.mentions) == 3


def test_a_conflict_has_a_stage_row_for_each_figure_outlets_share():
    arts = [art("north", "2024-03-10"), art("south", "2024-03-11"), art("east", "2024-03-11"), art("west")]
    claims = [c for c in align(arts, [
        Mention("north", fig("115", 115, running=True, place="Lisbon")),
        Mention("south", fig("133", 133, running=True, place="Lisbon", start=50)),
        Mention("south", fig("115", 115, running=True, place="Lisbon", start=90)),  # "up from 115"
        Mention("east", fig("at least 133", 133, qualifier="at_least", low=133, running=True, place="Lisbon")),
        Mention("west", fig("137", 137, running=True, place="Lisbon"))]) if c.kind == "count"]
    parent, *stages = claims
    assert parent.verdict == "conflict" and "stage_of" not in parent.extra
    assert [(s.id, s.verdict, s.label) for s in stages] == [
        (f"{parent.id}@115", "agree", "people killed — Lisbon: 115"),
        (f"{parent.id}@133", "agree", "people killed — Lisbon: 133")]
    assert parent.extra["stages"] == [s.id for s in stages]
    assert stages[1].note == "South: 133 · East: at least 133"  # one day: no times
    assert sorted({m.article for m in stages[0].mentions}) == ["north", "south"]


def test_a_stage_row_takes_the_precise_figure_an_outlet_gives_below_its_rounded_headline():
    arts = [art("north", "2024-03-10"), art("south", "2024-03-11"), art("east", "2024-03-11")]
    claims = [c for c in align(arts, [
        Mention("north", fig("31", 31, running=True, place="Lisbon")),
        Mention("south", fig("148", 148, running=True, place="Lisbon")),
        Mention("east", fig("over 140", 140, qualifier="more_than", low=140.5, running=True, place="Lisbon")),
        Mention("east", fig("at least 148", 148, qualifier="at_least", low=148, running=True, place="Lisbon",
                            start=80))]) if c.kind == "count"]
    parent, *stages = claims
    assert parent.verdict == "conflict"
    assert [(s.label, sorted({m.article for m in s.mentions})) for s in stages] == [
        ("people killed — Lisbon: 148", ["east", "south"])]


def test_a_stage_row_takes_the_rounded_forms_of_its_figure():
    """"some 1,300" and "at least 1,300" are the day's 1,317 rounded at their last digit: one stage with it
    (before, two stages, 1,300 and 1,317, split the outlets that agreed); "1,200" is not 1,317 rounded."""
    arts = [art(n, "2024-03-11") for n in ("north", "south", "east", "west")] + [art("far", "2024-03-09")]
    claims = [c for c in align(arts, [
        Mention("north", fig("1,317", 1317, running=True)),
        Mention("south", fig("at least 1,317", 1317, qualifier="at_least", low=1317, running=True)),
        Mention("east", fig("some 1,300", 1300, qualifier="some", low=1040, high=1560, running=True)),
        Mention("west", fig("at least 1,300", 1300, qualifier="at_least", low=1300, running=True)),
        Mention("west", fig("at least 1,200", 1200, qualifier="at_least", low=1200, running=True, start=90)),
        Mention("far", fig("400", 400, running=True))]) if c.kind == "count"]
    parent, *stages = claims
    assert parent.verdict == "conflict"
    assert [(s.label, sorted({m.article for m in s.mentions})) for s in stages] == [
        ("people killed: 1,317", ["east", "north", "south", "west"])]


def test_a_correction_below_a_figure_does_not_move_its_stage_row():
    arts = [art("north", "2024-03-10"), art("south", "2024-03-11"), art("east", "2024-03-11")]
    claims = [c for c in align(arts, [
        Mention("north", fig("31", 31, running=True, place="Lisbon")),
        Mention("south", fig("at least 66", 66, qualifier="at_least", low=66, running=True, place="Lisbon")),
        Mention("east", fig("at least 66", 66, qualifier="at_least", low=66, running=True, place="Lisbon")),
        Mention("east", fig("67", 67, running=True, place="Lisbon", start=80))]) if c.kind == "count"]
    assert [(s.label, sorted({m.article for m in s.mentions})) for s in claims[1:]] == [
        ("people killed — Lisbon: 66", ["east", "south"])]


def test_no_stage_row_for_a_figure_one_outlet_gives_or_for_a_bound():
    claims = align(ARTS, [Mention("north", fig("150", 150, place="Lisbon")),
                          Mention("south", fig("more than 150", 150, qualifier="more_than", low=150.5,
                                               place="Lisbon")),
                          Mention("east", fig("210", 210, place="Lisbon"))])
    assert [c.verdict for c in claims if c.kind == "count"] == ["conflict"]


def test_the_same_number_for_a_different_measure_is_another_claim():
    claims = counts(align(ARTS, [Mention("north", fig("300", 300, measure="trapped", topic="other")),
                                 Mention("south", fig("300", 300, measure="rescued", topic="other"))]))
    assert [c.verdict for c in claims] == ["single", "single"]


def test_a_city_and_its_country_are_two_claims():
    claims = counts(align(ARTS, [Mention("north", fig("20", 20, place="Porto")),
                                 Mention("south", fig("85", 85, place="Portugal")),
                                 Mention("east", fig("85", 85, place="Portugal"))]))
    # Portugal is the story's own country here: its toll is the whole story's (no place)
    assert sorted((c.verdict, c.extra["slots"]["place"]) for c in claims) == [("agree", ""), ("single", "Porto")]


def test_another_years_toll_is_not_the_storys_running_toll():
    claims = counts(align(ARTS, [Mention("north", fig("40", 40, running=True)),
                                 Mention("south", fig("45", 45, running=True)),
                                 Mention("north", fig("70", 70, period="year 1961", when="a 1961", start=40)),
                                 Mention("south", fig("70", 70, period="year 1961", when="in 1961", start=40)),
                                 # "a 1961 amnesty released 900" and "900 released in 1961" name one year
                                 Mention("north", fig("900", 900, period="year 1961", when="a 1961", start=80,
                                                      measure="released", topic="prisoners", population="prisoners")),
                                 Mention("south", fig("900", 900, period="year 1961", when="in 1961", start=80,
                                                      measure="released", topic="prisoners", population="prisoners"))]))
    assert sorted((c.verdict, c.extra["slots"]["measure"], c.extra["slots"]["period"]) for c in claims) == [
        ("agree", "killed", "year 1961"), ("agree", "released", "year 1961"), ("conflict", "killed", "")]


def test_a_subgroup_is_not_everyone():
    claims = counts(align(ARTS, [Mention("north", fig("3", 3, subgroup="child", place="Lisbon")),
                                 Mention("south", fig("14", 14, place="Lisbon"))]))
    assert [c.verdict for c in claims] == ["single", "single"]


def test_two_outlets_unnamed_parts_of_a_toll_are_no_one_part():
    # "70 of the dead were from the cape" and "90 of the victims were farm hands": parts no words tie together
    tolls = [Mention(a, fig("240", 240, start=200)) for a in ("north", "south", "east")]
    claims = counts(align(ARTS, [Mention("north", fig("70", 70, period="some of them")),
                                 Mention("south", fig("90", 90, period="some of them")), *tolls]))
    assert "conflict" not in {c.verdict for c in claims}
    # a named part is one: "those in hospital" of two outlets may conflict
    claims = counts(align(ARTS, [Mention("north", fig("14", 14, topic="injured", measure="injured",
                                                      period="those in hospital")),
                                 Mention("south", fig("19", 19, topic="injured", measure="injured",
                                                      period="those in hospital"))]))
    assert [c.verdict for c in claims] == ["conflict"]


def test_one_phase_is_not_the_whole_deal():
    claims = counts(align(ARTS, [
        Mention("north", fig("7", 7, topic="hostages", measure="released", population="hostages", period="phase 1")),
        Mention("south", fig("20", 20, topic="hostages", measure="released", population="hostages"))]))
    assert [c.verdict for c in claims] == ["single", "single"]


def test_a_figure_without_a_place_joins_the_claim_it_agrees_with():
    c = counts(align(ARTS, [Mention("north", fig("61", 61, place="Lisbon")),
                            Mention("south", fig("61", 61, place="Lisbon")),
                            Mention("east", fig("about 60", 60, qualifier="about", low=54, high=66))]))
    [joined] = [x for x in c if len(x.mentions) == 3]
    assert joined.verdict == "agree" and joined.extra["slots"]["place"] == "Lisbon"


def test_a_bound_that_fits_several_claims_joins_the_one_that_tells_its_figure():
    villages = dict(topic="other", population="village", subject="villages")
    up_to = dict(qualifier="up_to", low=None, high=60)
    claims = counts(align(ARTS, [Mention("north", fig("35", 35, measure="flooded", **villages)),
                                 Mention("south", fig("up to 60", 60, measure="cut off", **villages, **up_to)),
                                 Mention("east", fig("as many as 60", 60, measure="", **villages, **up_to))]))
    [joined] = [x for x in claims if len(x.mentions) == 2]
    assert sorted(m.article for m in joined.mentions) == ["east", "south"]
    assert joined.extra["slots"]["measure"] == "cut off"


def test_a_figure_without_a_place_never_makes_a_conflict_with_a_placed_claim():
    rescued = dict(topic="other", measure="rescued")
    claims = counts(align(ARTS, [Mention("north", fig("61", 61, place="Lisbon", **rescued)),
                                 Mention("south", fig("61", 61, place="Lisbon", **rescued)),
                                 Mention("east", fig("200", 200, **rescued))]))
    assert sorted(c.verdict for c in claims) == ["agree", "single"]


def test_a_toll_placed_in_one_place_only_is_that_place_s_where_others_leave_the_place_unsaid():
    # "61 killed in Lisbon" early, "200 killed" later: the toll as it rose, one row, a conflict
    ms = [Mention("north", fig("61", 61, place="Lisbon")), Mention("south", fig("61", 61, place="Lisbon")),
          Mention("east", fig("200", 200))]
    [c] = counts(align(ARTS, ms))
    assert c.verdict == "conflict" and c.extra["slots"]["place"] == "Lisbon"
    # tolls in two places: the unplaced one may be either, or the whole; it stays alone
    two = [*ms, Mention("west", fig("9", 9, place="Porto"))]
    assert sorted(c.verdict for c in counts(align(ARTS, two))) == ["agree", "single", "single"]
    # more outlets give the nation's toll than the city's: the city's is a part
    nation = [Mention("north", fig("61", 61, place="Lisbon")), Mention("south", fig("200", 200, place="Portugal")),
              Mention("east", fig("200", 200, place="Portugal")), Mention("west", fig("200", 200))]
    assert sorted(c.verdict for c in counts(align(ARTS, nation))) == ["agree", "single"]
    # unless the city's toll reaches the largest told without it: then it is the whole (a fire in one district)
    whole = [Mention("north", fig("128", 128, place="Vila Nora")), Mention("south", fig("44", 44, place="Portugal")),
             Mention("east", fig("55", 55, place="Portugal")), Mention("west", fig("70", 70))]
    [c] = counts(align(ARTS, whole))
    assert c.verdict == "conflict" and c.extra["slots"]["place"] == "Vila Nora" and len(c.mentions) == 4
    # a vague figure told without a place ("tens of thousands" killed since a war began) is no whole it falls short of
    vague = [Mention("north", fig("28", 28, place="Braga")), Mention("south", fig("26", 26, place="Portugal")),
             Mention("east", fig("26", 26)),
             Mention("west", fig("tens of thousands", 10_000, qualifier="vague", low=10_000, high=None))]
    [toll] = [c for c in counts(align(ARTS, vague)) if "north" in {m.article for m in c.mentions}]
    assert {m.article for m in toll.mentions} == {"north", "south", "east"} and toll.verdict == "conflict"


def test_a_figure_that_leaves_slots_empty_does_not_confirm_one_far_below_it():
    # "up to 300,000 people" (a crowd) holds 15, but is not "15 killed in Lisbon" told another way
    crowd = fig("up to 300,000", 300_000, qualifier="up_to", low=None, high=300_000, measure="")
    claims = counts(align(ARTS, [Mention("north", fig("15", 15, place="Lisbon")),
                                 Mention("south", fig("15", 15, place="Lisbon")), Mention("east", crowd)]))
    [killed] = [c for c in claims if c.extra["slots"]["measure"] == "killed"]
    assert {m.article for m in killed.mentions} == {"north", "south"}


def test_an_undated_figure_does_not_join_a_claim_dated_to_another_day():
    claims = counts(align(ARTS, [Mention("north", fig("96", 96, place="Lisbon", when="in February")),
                                 Mention("south", fig("about 95", 95, qualifier="about", low=85.5, high=104.5))]))
    assert sorted(len(c.mentions) for c in claims) == [1, 1]


def test_a_figure_fitting_two_claims_equally_stays_alone():
    claims = counts(align(ARTS, [Mention("north", fig("9", 9, place="Lisbon")),
                                 Mention("south", fig("9", 9, place="Porto")),
                                 Mention("east", fig("9", 9))]))
    assert sorted(len(c.mentions) for c in claims) == [1, 1, 1]


def test_a_running_total_at_different_times_stays_one_conflict_with_the_times():
    arts = [art("north", "2024-03-10"), art("south", "2024-03-14")]
    c = one([Mention("north", fig("1,100", 1100, running=True, place="Lisbon")),
             Mention("south", fig("1,350", 1350, running=True, place="Lisbon"))], arts)
    assert c.verdict == "conflict" and c.extra["cumulative"] is True
    assert "North (2024-03-10): 1,100" in c.note and "South (2024-03-14): 1,350" in c.note


def test_a_running_total_without_a_place_joins_the_one_running_total_that_says_where():
    c = one([Mention("north", fig("1,100", 1100, running=True, place="Lisbon")),
             Mention("south", fig("1,350", 1350, running=True))])  # "the death toll rose to 1,350"
    assert c.verdict == "conflict" and c.extra["slots"]["place"] == "Lisbon"
    claims = counts(align(ARTS, [Mention("north", fig("1,100", 1100, running=True, place="Lisbon")),
                                 Mention("east", fig("40", 40, running=True, place="Porto")),
                                 Mention("south", fig("1,350", 1350, running=True))]))
    assert len(claims) == 3  # two running totals it could be: it stays alone


def test_a_running_total_without_a_place_stays_home_rather_than_join_another_country_s():
    """A story of Portugal (most placed figures there): "the death toll rose to 20" is Portugal's, not Spain's 13."""
    home = [Mention("north", fig("14", 14, running=True, place="Portugal")),
            Mention("east", fig("15", 15, running=True, place="Portugal", start=40)),
            Mention("east", fig("9", 9, running=True, place="Lisbon", measure="injured", topic="injured", start=80))]
    ms = [*home, Mention("west", fig("13", 13, running=True, place="Spain")),
          Mention("south", fig("20", 20, running=True))]
    [spain] = [c for c in counts(align(ARTS, ms)) if c.extra["slots"]["place"] == "Spain"]
    assert [m.article for m in spain.mentions] == ["west"]


def test_the_toll_each_story_leads_with_is_one_fact_under_a_weak_key_too():
    """No place, subgroup or period: each outlet's lead figure for people killed is the story's toll,
    told at different times or in dispute, however far apart ("two dead" on Friday night, "five" on
    Saturday); an article's later figures are its earlier ones, not claims of their own."""
    arts = [art("north", "2024-03-12"), art("south", "2024-03-14")]
    other = Mention("north", fig("5", 5, start=300))  # a later figure in the north article

    def claims_of(north: Count, south: Count) -> list[tuple[str, list[float], str | None]]:
        claims = counts(align(arts, [Mention("north", north), Mention("south", south), other]))
        return sorted((c.verdict, sorted(m.item.value for m in c.mentions), c.extra.get("earlier_figures"))
                      for c in claims)

    assert claims_of(fig("27", 27, running=True), fig("39", 39, running=True)) == [
        ("conflict", [5, 27, 39], "North: 5")]
    assert claims_of(fig("2", 2), fig("five", 5)) == [("conflict", [2, 5, 5], "North: 5")]
    # a day's toll is not the whole: "27 killed on Sunday" and "900 killed" stay apart
    assert claims_of(fig("27", 27, when="Sunday"), fig("900", 900)) == [
        ("single", [5, 27], "North: 5"), ("single", [900], None)]
    # nor is a subgroup's toll ("27 children") the toll
    assert ("single", [27], None) in claims_of(fig("27", 27, subgroup="child"), fig("90", 90))


def test_the_missing_each_story_leads_with_are_one_fact_too():
    """People missing, like the dead: each outlet's lead figure is the story's count of the missing ("42" on
    one list, "130" on a later one), however far apart; before, a weak key kept figures this far apart alone."""
    missing = dict(topic="other", measure="missing")
    claims = counts(align(ARTS, [Mention("north", fig("42", 42, **missing)),
                                 Mention("north", fig("12", 12, start=400, **missing)),  # the list as it first was
                                 Mention("south", fig("130", 130, start=300, **missing))]))
    assert [(c.verdict, sorted(m.item.value for m in c.mentions), c.extra.get("earlier_figures"))
            for c in claims] == [("conflict", [12, 42, 130], "North: 12")]


def test_the_strikers_each_story_leads_with_are_one_fact_too():
    """A strike story's own figure, like a toll: "9,000 on strike" and "17,000 on strike" are one fact in
    dispute, however far apart, each outlet by its lead figure; before, a weak key split them into rows that
    each agreed, and a second figure of one outlet (pickets at a gate) took a row of its own."""
    striking = dict(topic="other", measure="striking")
    claims = counts(align(ARTS, [Mention("north", fig("some 9,000", 9000, qualifier="some", low=7200, high=10800,
                                                      **striking)),
                                 Mention("north", fig("about 300", 300, qualifier="about", low=270, high=330,
                                                      start=400, **striking)),  # pickets at one gate
                                 Mention("south", fig("17,000", 17000, **striking)),
                                 Mention("east", fig("nearly 18,000", 18000, qualifier="nearly", low=16200,
                                                     high=18000, **striking))]))
    assert [(c.verdict, sorted(m.item.value for m in c.mentions), c.extra.get("earlier_figures"))
            for c in claims] == [("conflict", [300, 9000, 17000, 18000], "North: about 300")]


def test_a_toll_given_twice_in_one_article_counts_once_by_its_lead_figure():
    c = one([Mention("north", fig("65", 65, running=True, place="Lisbon")),
             Mention("north", fig("46", 46, running=True, place="Lisbon", start=200)),
             Mention("south", fig("65", 65, running=True, place="Lisbon"))])
    assert c.verdict == "agree" and len(c.mentions) == 3
    assert c.extra["earlier_figures"] == "North: 46"


def test_a_weak_key_makes_no_conflict_between_far_figures_but_does_between_close_ones():
    def released(value):
        return fig(str(value), value, topic="prisoners", measure="released", population="prisoners")

    other = Mention("north", fig("96", 96, topic="prisoners", measure="released", population="prisoners",
                                 place="Porto", start=90))  # the article tells of more than one release
    claims = counts(align(ARTS, [Mention("north", released(10)), Mention("south", released(2000)), other]))
    assert [c.verdict for c in claims] == ["single", "single", "single"]
    claims = counts(align(ARTS, [Mention("north", released(1968)), Mention("south", released(1986)), other]))
    assert "conflict" in {c.verdict for c in claims}


def test_the_one_figure_each_outlet_gives_is_one_fact_unless_an_order_of_magnitude_apart():
    c = one([Mention("north", fig("3", 3, subject="miners")), Mention("south", fig("nine", 9, subject="miners"))])
    assert c.verdict == "conflict"
    # "two rescued" and "179" (the dead, misread as rescued) are not one fact told two ways
    rescued = dict(topic="other", measure="rescued")
    claims = counts(align(ARTS, [Mention("north", fig("two", 2, **rescued)),
                                 Mention("south", fig("179", 179, **rescued))]))
    assert [c.verdict for c in claims] == ["single", "single"]
    # under a key that names a thing too: "three" stations and "14,295" are not one fact; "three" and "five" are
    def stations(text, value):
        return fig(text, value, topic="other", measure="", population="station", subject="stations")

    far = counts(align(ARTS, [Mention("north", stations("three", 3)), Mention("south", stations("14,295", 14295))]))
    assert [c.verdict for c in far] == ["single", "single"]
    assert one([Mention("north", stations("three", 3)), Mention("south", stations("five", 5))]).verdict == "conflict"


def test_a_thing_counted_by_many_outlets_for_many_owners_is_no_conflict_unless_each_gives_one():
    def seats(value, start=0):
        return fig(str(value), value, topic="other", measure="", population="seat", start=start)

    claims = counts(align(ARTS, [Mention("north", seats(412)), Mention("north", seats(121, 50)),
                                 Mention("south", seats(72)), Mention("south", seats(650, 50))]))
    assert "conflict" not in {c.verdict for c in claims}
    c = one([Mention("north", fig("30-storey", 30, topic="other", measure="", population="story")),
             Mention("south", fig("33-storey", 33, topic="other", measure="", population="story"))])
    assert c.verdict == "conflict"


def test_people_counted_with_nothing_done_to_them_never_conflict():
    claims = counts(align(ARTS, [Mention("north", fig("30", 30, measure="", place="Lisbon", topic="other")),
                                 Mention("south", fig("31", 31, measure="", place="Lisbon", topic="other"))]))
    assert "conflict" not in {c.verdict for c in claims}


def test_a_headline_and_the_body_are_one_figure():
    c = one([Mention("north", fig("tops 1,600", 1600, qualifier="more_than", low=1600, running=True)),
             Mention("north", fig("1,644", 1644, place="Lisbon", start=300)),
             Mention("south", fig("1,644", 1644, place="Lisbon"))])
    assert c.verdict == "agree" and len(c.mentions) == 3


def test_parts_stated_together_are_summed_into_the_whole():
    s = "The deal frees 6 living captives and the remains of 4 others."

    def hostages(text, value, sub, article_sentence=s, start=0, qualifier="exact", low=None, high=None):
        return fig(text, value, topic="hostages", measure="released", population="hostages", subgroup=sub,
                   sentence=article_sentence, start=start, qualifier=qualifier, low=low, high=high)

    claims = counts(align(ARTS, [
        Mention("north", hostages("6", 6, "living")),
        Mention("north", hostages("4", 4, "dead", start=30)),
        Mention("south", hostages("6", 6, "living", "It frees 6 living captives.")),
        Mention("east", hostages("some 14", 14, "", "It frees some 14 captives.", qualifier="some", low=11.2,
                                 high=16.8)),
    ]))
    [total] = [c for c in claims if "totals" in c.extra]
    assert total.verdict == "conflict" and total.extra["totals"]["north"]["low"] == 10
    assert any(c.verdict == "agree" and c.extra["slots"]["subgroup"] == "living" for c in claims)


def test_an_unmarked_part_next_to_a_dead_one_is_the_living_one():
    s = "The plan frees 10 captives and returns 18 bodies."
    claims = counts(align(ARTS, [
        Mention("north", fig("10", 10, topic="hostages", measure="released", population="hostages", sentence=s)),
        Mention("north", fig("18", 18, topic="hostages", measure="released", population="hostages",
                             subgroup="dead", sentence=s, start=30)),
        Mention("south", fig("10", 10, topic="hostages", measure="released", population="hostages",
                             subgroup="living")),
    ]))
    [living] = [c for c in claims if c.extra["slots"]["subgroup"] == "living"]
    assert living.verdict == "agree"


def test_a_whole_with_its_dead_part_is_not_the_living_ones():
    """'30 captives, 8 of whom are dead' counts all 30: they neither make nor dispute '22 living captives'."""
    s = "The rebels hold 30 captives, 8 of whom are dead."
    claims = counts(align(ARTS, [
        Mention("north", fig("30", 30, topic="hostages", measure="held", population="hostages", sentence=s,
                             start=16)),
        Mention("north", fig("8", 8, topic="hostages", measure="held", population="hostages",
                             subgroup="dead", sentence=s, start=29)),
        Mention("south", fig("22", 22, topic="hostages", measure="held", population="hostages",
                             subgroup="living")),
    ]))
    assert "conflict" not in {c.verdict for c in claims}


def test_a_release_planned_and_one_done_are_two_facts_unless_their_figures_agree():
    def bodies(value, mood, article_start=0):
        c = fig(str(value), value, topic="hostages", measure="released", population="hostages", subgroup="dead",
                start=article_start)
        return replace(c, mood=mood)

    claims = counts(align(ARTS, [Mention("north", bodies(28, "planned")), Mention("south", bodies(28, "planned")),
                                 Mention("east", bodies(4, "done"))]))
    assert sorted(c.verdict for c in claims) == ["agree", "single"]
    c = one([Mention("north", bodies(28, "planned")), Mention("south", bodies(50, ""))])
    assert c.verdict == "conflict"  # a release the clause does not time may be either
    # the plan carried out: "will hand over 28" and "handed over 28" agree, one row, but never conflict
    c = one([Mention("north", bodies(28, "planned")), Mention("south", bodies(28, "done")),
             Mention("east", bodies(28, "planned"))])
    assert c.verdict == "agree" and len(c.mentions) == 3


def test_an_undated_release_joins_the_same_figure_dated_to_a_day():
    # a toll rises from day to day ("In February, 96 died" is not the toll told undated); who was freed is not
    freed = {"topic": "prisoners", "measure": "released", "population": "prisoners", "subject": "prisoners"}
    ms = [Mention("north", fig("45", 45, when="on Friday", **freed)), Mention("south", fig("45", 45, **freed)),
          Mention("east", fig("45", 45, subgroup="Borenian", when="on Friday", **freed))]
    [c] = counts(align([art("north", "2024-03-16"), art("south", "2024-03-16"), art("east", "2024-03-16")], ms))
    assert len(c.mentions) == 3 and c.verdict == "agree"


def test_vague_amounts_never_conflict():
    claims = counts(align(ARTS, [Mention("north", fig("dozens", 24, qualifier="vague", low=24, high=99,
                                                      place="Lisbon")),
                                 Mention("south", fig("400", 400, place="Lisbon"))]))
    assert "conflict" not in {c.verdict for c in claims}


def test_a_key_only_vague_words_hold_takes_no_figure_from_the_unplaced_ones():
    """"Dozens hurt in Lisbon" is no figure to confirm: 30 and 35 hurt, told with no place, stay one fact."""
    hurt = {"topic": "injured", "measure": "injured"}
    claims = counts(align([*ARTS, art("centre")], [
        Mention("north", fig("dozens", 24, qualifier="vague", low=24, high=99, place="Lisbon", **hurt)),
        Mention("centre", fig("more than 20", 20, qualifier="more_than", low=20, place="Porto", **hurt)),
        Mention("south", fig("30", 30, **hurt)), Mention("east", fig("35", 35, **hurt)),
        Mention("west", fig("35", 35, **hurt))]))
    assert [c.verdict for c in claims if {"south", "east", "west"} <= {m.article for m in c.mentions}] == ["conflict"]


def test_the_story_s_city_is_where_its_toll_is_told_not_where_suspects_were_caught():
    """The toll told in Lisbon, arrests in Porto: Lisbon is the story's city, so a figure told with it and one told
    with no place are one fact (here the hall's seats, which no toll rule places)."""
    seats = {"topic": "other", "measure": "", "population": "seat", "subject": "seats"}
    held = {"topic": "prisoners", "measure": "held", "population": "prisoners", "subject": "suspects"}
    claims = counts(align(ARTS, [
        Mention("north", fig("40", 40, place="Lisbon")), Mention("south", fig("40", 40, place="Lisbon")),
        Mention("north", fig("6,200-seat", 6200, place="Lisbon", **seats)),
        Mention("south", fig("6,000", 6000, **seats)),
        Mention("east", fig("11", 11, place="Porto", **held)), Mention("west", fig("11", 11, place="Porto", **held))]))
    [hall] = [c for c in claims if c.extra["slots"]["population"] == "seat"]
    assert hall.verdict == "conflict" and {m.article for m in hall.mentions} == {"north", "south"}


def test_a_region_told_as_often_as_its_country_is_the_story_s_unless_a_whole_stands_clearly_above_it():
    """'59 killed in Kerala' twice, '59' in India twice and 'at least 60' with no place: the region is where the
    story happened (60 is the same toll told later, not a whole Kerala is a part of), so all five are one row."""
    arts = [*ARTS, art("centre")]
    ms = [Mention("north", fig("59", 59, place="Kerala")), Mention("south", fig("59", 59, place="Kerala")),
          Mention("east", fig("at least 60", 60, qualifier="at_least", low=60)),
          Mention("west", fig("59", 59, place="India")), Mention("centre", fig("59", 59, place="India"))]
    assert [len(c.mentions) for c in counts(align(arts, ms))] == [5]
    assert _parts_below_whole([("a", "killed", True, 20), ("b", "killed", False, 85)], across=True) == {"killed"}
    assert _parts_below_whole([("a", "killed", True, 59), ("a", "killed", False, 60)]) == {"killed"}  # one outlet


def test_sources_are_not_facts():
    assert counts(align(ARTS, [Mention("north", fig("three", 3, subject="officials", measure="", topic="other",
                                                    population="people"))])) == []


def dur(text, value, unit, thing, qualifier="exact", low=None, high=None):
    return fig(text, value, topic="duration", measure="length", population=thing, unit=unit, subject=unit + "s",
               qualifier=qualifier, low=low, high=high)


def test_round_durations_cover_the_unit_they_name():
    """'two years' is 1.5 years rounded up to under three years rounded down: 'a six-month inquiry' is the one
    that lasted five and a half months."""
    assert count_interval(dur("two years", 2, "year", "war")) == (547.5, 1094.0)  # short of three 365-day years
    c = one([Mention("north", dur("six-month", 6, "month", "trial")),
             Mention("south", dur("five-and-a-half-month", 5.5, "month", "trial"))])
    assert c.verdict == "agree"
    c = one([Mention("north", dur("two years", 2, "year", "war")),
             Mention("south", dur("more than two years", 2, "year", "war", qualifier="more_than", low=2))])
    assert c.verdict == "agree"


def test_a_count_of_several_units_is_rounded_to_the_nearest_not_cut_short():
    """'a five-week inquiry' and 'a six-week inquiry' are two lengths; 'two weeks' may still be 18 days."""
    c = one([Mention("north", dur("five-week", 5, "week", "inquiry")),
             Mention("south", dur("six-week", 6, "week", "inquiry"))])
    assert c.verdict == "conflict"
    c = one([Mention("north", dur("five-week", 5, "week", "inquiry")),
             Mention("south", dur("five weeks", 5, "week", "inquiry"))])
    assert c.verdict == "agree"
    assert count_interval(dur("two weeks", 2, "week", "trial"))[1] >= 18  # a bare "two" is still cut short


def test_a_round_count_of_months_stops_short_of_one_more_of_the_shortest_months():
    """'a three-month trial' is not the 'more than four months' another outlet gives, though a month may be 31 days."""
    c = one([Mention("north", dur("three-month", 3, "month", "trial")),
             Mention("south", dur("more than four months", 4, "month", "trial", qualifier="more_than", low=4))])
    assert c.verdict == "conflict"
    c = one([Mention("north", dur("three-month", 3, "month", "trial")),
             Mention("south", dur("almost four months", 3.6, "month", "trial", qualifier="nearly", low=3.6, high=4))])
    assert c.verdict == "agree"


def test_nearly_a_few_units_of_time_reaches_back_through_the_unit_before():
    """'almost four days' may be three and a half; 'nearly two days' is still not three."""
    c = one([Mention("north", dur("almost four days", 4, "day", "deliberation", qualifier="nearly", low=3.6, high=4)),
             Mention("south", dur("nearly three and a half days", 3.5, "day", "deliberation", qualifier="nearly",
                                  low=3.15, high=3.5))])
    assert c.verdict == "agree"
    c = one([Mention("north", dur("nearly two days", 2, "day", "deliberation", qualifier="nearly", low=1.8, high=2)),
             Mention("south", dur("three days", 3, "day", "deliberation"))])
    assert c.verdict == "conflict"


def test_whole_hours_cover_a_quarter_hour_either_way():
    """'four hours' is 'three hours and 55 minutes' rounded; 'two hours' is not 'an hour and a half'."""
    c = one([Mention("north", dur("four hours", 4, "hour", "deliberation")),
             Mention("south", dur("three hours and 55 minutes", 3.92, "hour", "deliberation"))])
    assert c.verdict == "agree"
    c = one([Mention("north", dur("two hours", 2, "hour", "deliberation")),
             Mention("south", dur("an hour and a half", 1.5, "hour", "deliberation"))])
    assert c.verdict == "conflict"


def test_durations_in_other_units_are_other_rows_and_what_lasts_tells_them_apart():
    claims = counts(align(ARTS, [Mention("north", dur("18 days", 18, "day", "talks")),
                                 Mention("south", dur("two weeks", 2, "week", "talks")),
                                 Mention("east", dur("60-day", 60, "day", "truce"))]))
    assert len(claims) == 3
    c = one([Mention("north", dur("737 days", 737, "day", "captivity")),
             Mention("south", dur("738 days", 738, "day", "captivity"))])
    assert c.verdict == "conflict"


def test_a_span_of_time_that_leaves_unsaid_what_lasts_joins_the_one_that_says_it():
    """'an 18-hour search' and 'presumed dead 18 hours after' in another outlet: one span of time."""
    c = one([Mention("north", dur("18 hours", 18, "hour", "search")), Mention("south", dur("18-hour", 18, "hour", ""))])
    assert c.verdict == "agree" and {m.article for m in c.mentions} == {"north", "south"}
    claims = counts(align(ARTS, [Mention("north", dur("18 hours", 18, "hour", "search")),
                                 Mention("south", dur("30 hours", 30, "hour", ""))]))
    assert len(claims) == 2  # it may only confirm: a different figure stays apart, no conflict


def test_measures_are_counts_with_a_unit_that_agree_or_stand_apart():
    """Outlets round and convert measures (80 mph / 81 mph, 56 m / 184 ft): different figures are rows
    of their own, never a conflict; equal ones agree."""
    def mag(value):
        return fig(str(value), value, topic="other", measure="magnitude", population="magnitude", unit="magnitude")

    claims = align(ARTS, [Mention("north", mag(6.4)), Mention("south", mag(6.7)), Mention("east", mag(3.1)),
                          Mention("west", mag(6.4))])
    assert {c.kind for c in claims} == {"count"} and all(c.has_unit for c in claims)
    assert sorted(c.verdict for c in claims) == ["agree", "single", "single"]
    # a quake has one magnitude wherever an outlet says it struck
    claims = align(ARTS, [Mention("north", replace(mag(6.4), place="Braga")), Mention("south", mag(6.4))])
    assert [sorted(m.article for m in c.mentions) for c in claims] == [["north", "south"]]


def test_a_bound_holds_no_figure_far_below_it():
    """"Up to a billion euros" allows 555 euros, but they are not one figure told two ways: two rows."""
    def eur(text, value, **kw):
        return fig(text, value, topic="other", measure="EUR", population="EUR", unit="EUR", **kw)

    claims = counts(align(ARTS, [
        Mention("north", eur("up to a billion euros", 1e9, qualifier="up_to", low=None, high=1e9)),
        Mention("south", eur("555 euros", 555)),
        Mention("east", eur("one billion euros", 1e9))]))
    assert sorted((c.verdict, sorted(m.article for m in c.mentions)) for c in claims) == [
        ("agree", ["east", "north"]), ("single", ["south"])]


def test_labels_name_the_fact():
    assert claim_label({"measure": "killed", "population": "people", "subgroup": "child", "place": "Porto",
                        "period": "", "unit": ""}, "deaths") == "children killed — Porto"
    assert claim_label({"measure": "released", "population": "hostages", "subgroup": "dead", "place": "",
                        "period": "phase 1", "unit": ""}, "hostages") == "dead hostages released (phase 1)"
    assert claim_label({"measure": "length", "population": "truce", "subgroup": "", "place": "", "period": "",
                        "unit": "day"}, "duration") == "truce length (days)"
    assert claim_label({"measure": "length", "population": "", "subgroup": "", "place": "", "period": "",
                        "unit": "year"}, "duration") == "duration length (years)"  # as its figures are told
    assert claim_label({"measure": "killed", "population": "people", "subgroup": "man", "place": "", "period": "",
                        "unit": ""}, "deaths") == "men killed"
    assert claim_label({"measure": "killed", "population": "people", "subgroup": "on the ground", "place": "",
                        "period": "", "unit": ""}, "deaths") == "people on the ground killed"
    # a noun whose plural is itself, and one ending in "ss"
    assert claim_label({"measure": "", "population": "aircraft", "subgroup": "", "place": "", "period": "",
                        "unit": ""}, "other") == "aircraft"
    assert claim_label({"measure": "destroyed", "population": "business", "subgroup": "", "place": "", "period": "",
                        "unit": ""}, "other") == "businesses destroyed"
    assert claim_label({"measure": "", "population": "guy", "subgroup": "", "place": "", "period": "",
                        "unit": ""}, "other") == "guys"  # a vowel before the "y"


def test_ids_are_stable_across_input_orders_and_tell_apart_same_slot_claims():
    ms = [Mention("north", fig("9", 9, place="Lisbon")), Mention("south", fig("9", 9, place="Porto")),
          Mention("east", fig("7", 7, topic="hostages", measure="released", population="hostages"))]
    ids = {c.id for c in align(ARTS, ms)}
    assert ids == {c.id for c in align(list(reversed(ARTS)), list(reversed(ms)))}
    assert len(ids) == 3 and all(i.startswith("c-") for i in ids)


_slot = st.sampled_from(["", "Lisbon", "Porto"])
_fig = st.builds(lambda a, v, p, m, r: Mention(a, fig(str(v), v, place=p, measure=m, running=r)),
                 st.sampled_from(["north", "south", "east", "west"]), st.integers(1, 60), _slot,
                 st.sampled_from(["killed", "injured", ""]), st.booleans())


def test_an_earlier_figure_stays_in_the_row_of_its_own_article_s_lead_figure():
    """An outlet's earlier figure of a running total goes with that outlet's latest, not into another row where
    it would read as a second voice beside a single outlet (a case hypothesis found)."""
    spec = [("north", 2, "", "", True), ("south", 1, "Porto", "killed", False), ("west", 2, "Porto", "killed", True),
            ("west", 1, "Porto", "killed", False)]
    claims = align(ARTS, [Mention(a, fig(str(v), v, place=p, measure=m, running=r)) for a, v, p, m, r in spec])
    for c in claims:
        if c.verdict == "single":
            assert len({m.article for m in c.mentions}) == 1, c
    west = [c for c in claims if any(m.article == "west" and m.item.value == 1 for m in c.mentions)]
    assert len(west) == 1 and any(m.article == "west" and m.item.value == 2 for m in west[0].mentions)


@settings(max_examples=60, deadline=None)
@given(st.lists(_fig, max_size=12))
def test_every_mention_belongs_to_exactly_one_claim(ms):
    everything = align(ARTS, ms)
    claims = [c for c in everything if "stage_of" not in c.extra]
    placed = [id(m) for c in claims for m in c.mentions]
    assert sorted(placed) == sorted(id(m) for m in ms)
    by_id = {c.id: c for c in claims}
    for s in everything:  # a stage row restates part of its conflict: one figure, two outlets or more
        if "stage_of" in s.extra:
            parent = by_id[s.extra["stage_of"]]
            assert parent.verdict == "conflict" and s.id in parent.extra["stages"]
            assert {id(m) for m in s.mentions} <= {id(m) for m in parent.mentions}
            assert s.verdict == "agree" and len({m.article for m in s.mentions}) >= 2
            assert {m.item.value for m in s.mentions} == {s.extra["value"]}
    for c in claims:  # an article speaks once in a row, besides the earlier figures of a running total
        lead = {m.article for m in c.mentions}
        assert c.verdict != "single" or len(lead) == 1


def test_a_toll_only_vague_in_one_article_and_repeated_is_still_placed():
    claims = counts(align(ARTS, [
        Mention("north", fig("dozens", 24, qualifier="vague", low=24, high=99, place="Lisbon", running=True)),
        Mention("north", fig("hundreds", 200, qualifier="vague", low=200, high=999, place="Lisbon", running=True,
                             start=90)),
    ]))
    assert sum(len(c.mentions) for c in claims) == 2


def seats(text: str, value: float, holder: str = "", measure: str = "") -> Count:
    return replace(fig(text, value, topic="other", measure=measure, population="seat", subject="seats"),
                   holder=holder)


def test_each_holder_s_figure_is_its_own_claim_and_an_unheld_one_only_confirms():
    ms = [Mention("north", seats("41", 41, "Greens")), Mention("north", seats("12", 12, "Farmers Party")),
          Mention("south", seats("43", 43, "Greens")), Mention("south", seats("12", 12, "Farmers")),
          Mention("east", seats("12", 12))]
    claims = counts(align(ARTS, ms))
    by_holder = {c.extra["slots"]["holder"]: c for c in claims}
    assert by_holder["Greens"].verdict == "conflict" and by_holder["Greens"].label == "Greens: seats"
    assert by_holder["Farmers"].verdict == "agree"  # "Farmers Party" and "Farmers" are one holder
    assert {m.article for m in by_holder["Farmers"].mentions} == {"north", "south", "east"}


def test_a_short_form_one_outlet_defines_is_the_holder_the_others_name_in_full_or_short():
    # "HaF" is no set of the name's initials: only the article that defines it in brackets ties the two
    arts = [replace(art("north"), clean="Polls put the Harbour Front (HaF) on 21 percent."), art("south"),
            art("east")]
    ms = [Mention("north", seats("41", 41, "Harbour Front")), Mention("south", seats("44", 44, "HaF")),
          Mention("east", seats("41", 41, "HaF"))]
    claims = counts(align(arts, ms))
    assert len(claims) == 1 and claims[0].verdict == "conflict"
    assert len(counts(align(ARTS, ms))) == 2  # no text defines it: two holders


def test_one_holder_s_figures_are_one_fact_however_many_holders_each_outlet_lists():
    # each outlet gives seats for several parties, but only one figure for each: a party's figures are one
    # claim even when further apart than two tellings of one figure
    ms = [Mention("north", seats("71", 71, "Greens")), Mention("north", seats("121", 121, "Farmers")),
          Mention("south", seats("58", 58, "Greens")), Mention("south", seats("144", 144, "Farmers"))]
    by_holder = {c.extra["slots"]["holder"]: c for c in counts(align(ARTS, ms))}
    assert by_holder["Greens"].verdict == "conflict" and len(by_holder["Greens"].mentions) == 2
    assert by_holder["Farmers"].verdict == "conflict"


def test_unheld_figures_of_things_shared_among_holders_are_not_one_fact():
    # seats shared among parties: '630 seats' (the whole) and '120 seats' (someone's) name no holder, so they
    # are not one figure told two ways; the same unheld figure from two outlets still agrees
    ms = [Mention("north", seats("41", 41, "Greens")), Mention("south", seats("12", 12, "Farmers")),
          Mention("north", replace(seats("630", 630), start=40, end=43)),
          Mention("south", replace(seats("630", 630), start=40, end=43)),
          Mention("east", seats("120", 120))]
    claims = counts(align(ARTS, ms))
    assert "conflict" not in {c.verdict for c in claims}
    whole = next(c for c in claims if c.extra["slots"]["holder"] == "" and len(c.mentions) == 2)
    assert whole.verdict == "agree" and {m.item.value for m in whole.mentions} == {630}
    # one holder named is enough: the things have shares, and an unheld figure may be another holder's
    one_holder = [m for m in ms if m.item.holder != "Farmers"]
    assert "conflict" not in {c.verdict for c in counts(align(ARTS, one_holder))}
    # with none named, the unheld figures conflict as before
    no_holder = [m for m in ms if not m.item.holder]
    assert "conflict" in {c.verdict for c in counts(align(ARTS, no_holder))}


def test_a_holder_s_margin_is_not_its_seats():
    ms = [Mention("north", seats("41", 41, "Greens")), Mention("south", seats("24-seat", 24, "Greens", "margin"))]
    assert {c.verdict for c in counts(align(ARTS, ms))} == {"single"}


def test_holders_do_not_change_the_ids_of_claims_without_one():
    from ceasefire_cli.countverdict import count_claim_key

    [a] = counts(align(ARTS, [Mention("north", fig("40", 40, place="Porto")), Mention("south", fig("40", 40))]))
    assert count_claim_key(a) == "killed|people||Porto||"  # as before the holder slot
    [b] = counts(align(ARTS, [Mention("north", seats("41", 41, "Greens")), Mention("south", seats("41", 41))]))
    assert count_claim_key(b) == "|seat|||||Greens"


def test_an_open_ended_figure_without_a_place_confirms_only_figures_near_its_end():
    ms = [Mention("north", fig("1.8 million", 1_800_000, measure="population", place="Braga")),
          Mention("south", fig("17 million", 17_000_000, measure="population", place="Lisbon")),
          Mention("east", fig("more than 1.7 million", 1_700_000, qualifier="more_than", low=1_700_000, high=None,
                              measure="population"))]
    claims = counts(align(ARTS, ms))
    [braga] = [c for c in claims if c.extra["slots"]["place"] == "Braga"]
    assert {m.article for m in braga.mentions} == {"north", "east"}


def test_an_open_floor_of_any_measure_is_near_its_figure():
    def tremors(text: str, value: float, qualifier: str = "more_than") -> Count:
        return fig(text, value, qualifier=qualifier, low=value, high=None, topic="other", measure="",
                   population="tremor", subject="tremors")

    [claim] = counts(align(ARTS, [Mention("north", tremors("more than 30", 30)),
                                  Mention("south", tremors("more than 120", 120))]))
    assert claim.verdict == "conflict"  # "more than 30" is not any number above 30
    [claim] = counts(align(ARTS, [Mention("north", tremors("more than 30", 30)),
                                  Mention("south", tremors("at least 40", 40, "at_least"))]))
    assert claim.verdict == "agree"  # up to half as much again


def test_each_side_of_a_swap_is_its_own_claim_and_an_unnamed_side_may_confirm_either():
    def side(text: str, value: float, subgroup: str = "") -> Count:
        return fig(text, value, topic="prisoners", measure="released", population="prisoners", subgroup=subgroup)

    ms = [Mention("north", side("10", 10, "Uzbek")), Mention("north", side("16", 16, "Tajik")),
          Mention("south", side("16", 16))]
    claims = {c.extra["slots"]["subgroup"]: c for c in counts(align(ARTS, ms))}
    assert set(claims) == {"Uzbek", "Tajik"} and claims["Tajik"].verdict == "agree"
    assert claims["Uzbek"].verdict == "single"


def test_survivors_brought_ashore_are_the_people_rescued():
    ms = [Mention("north", fig("41", 41, measure="survived", subject="survivors")),
          Mention("south", fig("41", 41, measure="rescued")),
          Mention("east", fig("43", 43, measure="rescued", place="Porto"))]
    claims = counts(align(ARTS, ms))
    assert any({m.article for m in c.mentions} >= {"north", "south"} for c in claims)


def test_hostages_rescued_are_hostages_freed_but_people_rescued_are_not():
    ms = [Mention("north", fig("19", 19, topic="hostages", measure="rescued", population="hostages",
                                subject="hostages")),
          Mention("south", fig("19", 19, topic="hostages", measure="released", population="hostages",
                                subject="hostages"))]
    assert {m.article for m in one(ms).mentions} == {"north", "south"}
    ms = [Mention("north", fig("19", 19, measure="rescued")), Mention("south", fig("19", 19, measure="released"))]
    assert len(counts(align(ARTS, ms))) == 2  # from the rubble, not from captivity


def test_people_freed_in_a_story_whose_captives_are_all_hostages_are_hostages():
    freed = dict(topic="other", measure="released", subgroup="student")
    ms = [Mention("north", fig("287", 287, population="hostages", sentence="Gunmen freed 287 kidnapped pupils.",
                               **freed)),
          Mention("south", fig("287", 287, population="people", **freed))]
    c = one(ms)
    assert c.verdict == "agree" and {m.article for m in c.mentions} == {"north", "south"}
    # a swap counts both kinds of captive: people freed may be either, so they stay apart
    swap = [*ms, Mention("east", fig("26", 26, population="prisoners", topic="prisoners", measure="released"))]
    assert len(counts(align(ARTS, swap))) == 3


def test_the_story_s_own_country_is_the_whole_story():
    from ceasefire_cli.countfacts import event_country

    assert event_country(["Portugal", "Porto", "Lisbon", "", "Portugal"]) == "Portugal"
    assert event_country(["Portugal", "Spain", "Madrid", "Porto"]) == ""  # across borders: no home
    # places the gazetteer does not know (a dock, a parish) are the story's local detail: they neither
    # count for a country nor against it
    assert event_country(["Portugal", "Portugal", "Porto", "Cais Velho Dock", "Cais Velho Dock", "Vila Nora",
                          "Spain"]) == "Portugal"
    ms = [Mention("north", fig("at least 40", 40, qualifier="at_least", low=40, place="Portugal")),
          Mention("south", fig("57", 57)), Mention("east", fig("12", 12, place="Porto"))]
    arts = [art("north"), art("south"), art("east")]
    claims = counts(align(arts, ms))
    [toll] = [c for c in claims if {m.article for m in c.mentions} == {"north", "south"}]
    assert toll.verdict == "conflict"


def test_the_story_s_country_is_known_from_its_cities_and_regions_when_it_is_never_named():
    from ceasefire_cli.countfacts import event_city, event_country

    # a US story names its city and state, rarely "the United States"
    assert event_country(["Chicago", "Illinois", "Chicago"]) == "United States"
    assert event_city(["Chicago", "Illinois", "Chicago"], "United States") == "Chicago"
    assert event_country(["Chicago", "Toronto"]) == ""  # across a border: no home
    # "6 killed in Chicago" and "6 killed": one row
    ms = [Mention("north", fig("6", 6, measure="killed", topic="deaths", place="Chicago")),
          Mention("south", fig("six", 6, measure="killed", topic="deaths")),
          Mention("east", fig("2", 2, measure="injured", topic="injured", place="Illinois"))]
    rows = counts(align(ARTS, ms))
    assert {m.article for m in rows[0].mentions} == {"north", "south"} and rows[0].verdict == "agree"


def test_the_story_s_one_city_is_the_whole_story_where_most_placed_figures_name_it():
    from ceasefire_cli.countfacts import event_city

    assert event_city(["Porto", "Porto", "Portugal", ""], "Portugal") == "Porto"
    assert event_city(["Porto", "Portugal", "Portugal"], "Portugal") == ""  # a city beside the nation's figures
    assert event_city(["Porto", "Porto", "Lisbon"], "Portugal") == ""  # two cities: each its own
    assert event_city(["Porto", "Porto"], "") == ""  # no home country
    # "injured in Porto" early and late, and "injured" with no place: one row, a running total that rose
    ms = [Mention("north", fig("60", 60, measure="injured", topic="injured", place="Porto")),
          Mention("south", fig("200", 200, measure="injured", topic="injured", place="Porto")),
          Mention("east", fig("68", 68, measure="injured", topic="injured")),
          Mention("west", fig("205", 205, measure="injured", topic="injured", place="Portugal", start=30)),
          Mention("west", fig("more than 200", 200, qualifier="more_than", low=200.5, measure="injured",
                              topic="injured", place="Porto"))]
    [row] = counts(align(ARTS, ms))
    assert row.verdict == "conflict" and {m.article for m in row.mentions} == {"north", "south", "east", "west"}


def test_a_city_named_by_few_figures_is_still_the_story_s_where_none_falls_below_the_whole():
    from ceasefire_cli.countfacts import event_city

    assert event_city(["Porto", "Portugal", "Portugal"], "Portugal", lambda city: False) == "Porto"
    assert event_city(["Porto", "Portugal", "Portugal"], "Portugal", lambda city: True) == ""
    # "14 killed near Porto" beside "Portugal's ministry said 14 died" twice: Porto is the story's place, so
    # "9 injured near Porto" and "6 injured" are one toll (a third, told to "Spain's news agency", is placed abroad)
    hurt = {"measure": "injured", "topic": "injured"}
    same = [Mention("north", fig("14", 14, place="Porto")), Mention("south", fig("14", 14, place="Portugal")),
            Mention("east", fig("14", 14, place="Portugal")), Mention("north", fig("9", 9, place="Porto", **hurt)),
            Mention("west", fig("6", 6, **hurt)), Mention("east", fig("9", 9, place="Spain", start=30, **hurt))]
    rows = counts(align(ARTS, same))
    assert sorted((r.extra["slots"]["measure"], r.verdict, len(r.mentions)) for r in rows) == [
        ("injured", "conflict", 2), ("injured", "single", 1), ("killed", "agree", 3)]
    # "20 killed in Porto" beside "85 in Portugal": the city is a part, its row its own
    part = [Mention("north", fig("20", 20, place="Porto")), Mention("south", fig("85", 85, place="Portugal")),
            Mention("east", fig("85", 85, place="Portugal"))]
    assert sorted(len(r.mentions) for r in counts(align(ARTS, part))) == [1, 2]


def test_stage_rows_are_in_machine_formats_not_in_tables_and_not_counted_as_facts():
    import json

    from ceasefire_cli.models import Comparison
    from ceasefire_cli.show import comparison_text
    from ceasefire_cli.view import select, summary_line

    ms = [Mention("north", fig("40", 40, place="Lisbon")), Mention("south", fig("40", 40, place="Lisbon")),
          Mention("east", fig("46", 46, place="Lisbon"))]
    view = select(Comparison(ARTS, align(ARTS, ms)))
    data = json.loads(comparison_text(view, "json"))
    assert [(c["verdict"], c.get("stage_of")) for c in data["claims"]] == [("conflict", None),
                                                                          ("agree", data["claims"][0]["id"])]
    assert (data["summary"]["claims"], data["summary"]["conflict"], data["summary"]["agree"],
            data["summary"]["stages"]) == (1, 1, 0, 1)
    table = comparison_text(view, "table", width=100)
    assert data["claims"][0]["id"] in table and "@40" not in table
    assert "@40" in comparison_text(view, "csv")
    assert summary_line(view) == "1 claims: 1 conflict"


def test_a_figure_stated_bare_and_hedged_in_one_article_is_the_hedged_one():
    """'7 dead' in a standfirst and 'at least 7 people died' in the body: at least 7, which 8 elsewhere fits."""
    north = [Mention("north", fig("7", 7, start=10)),
             Mention("north", fig("at least 7", 7, qualifier="at_least", low=7, start=200))]
    south = Mention("south", fig("8", 8))
    assert one([*north, south]).verdict == "agree"
    assert one([*reversed(north), south]).verdict == "agree"
    # two bare figures that differ are still a conflict
    assert one([Mention("north", fig("7", 7)), south]).verdict == "conflict"


def test_a_vague_word_beside_a_bare_figure_hedges_nothing():
    """'dozens hurt' and '24 hurt' in one article (dozens read as 24 and up): still 24, which 26 elsewhere
    contradicts."""
    north = [Mention("north", fig("dozens", 24, qualifier="vague", low=24, high=99, start=10)),
             Mention("north", fig("24", 24, start=200))]
    south = Mention("south", fig("26", 26))
    assert one([*north, south]).verdict == "conflict"


def test_a_toll_with_the_attacker_is_its_own_fact_and_takes_the_headline_s_shorthand():
    """'Nine dead' in a headline above 'nine people, including the shooter, died' is that figure: neither
    disputes the eight victims others count."""
    victims = [Mention(a, fig("eight", 8, place="Minho", start=90)) for a in ("north", "south")]
    headline = Mention("east", fig("Nine", 9, place="Minho", start=0))
    body = Mention("east", fig("nine", 9, period="with perpetrator", start=80))
    claims = counts(align(ARTS, [*victims, headline, body]))
    whole = next(c for c in claims if {m.article for m in c.mentions} == {"north", "south"})
    assert whole.verdict == "agree"
    [own] = [c for c in claims if "east" in {m.article for m in c.mentions}]
    assert len(own.mentions) == 2 and own.extra["slots"]["period"] == "with perpetrator"


def test_the_story_s_one_city_is_a_part_where_an_article_gives_it_less_than_the_whole():
    """'At least 300 died', then 'in Porto, 180 died': Porto's toll is a part, not the story's whole."""
    ms = [Mention("north", fig("at least 300", 300, qualifier="at_least", low=300, place="Portugal")),
          Mention("north", fig("180", 180, place="Porto", start=60)),
          Mention("south", fig("340", 340, place="Portugal", running=True)),
          Mention("south", fig("196", 196, place="Porto", start=60)),
          Mention("east", fig("more than 190", 190, qualifier="more_than", low=190, place="Porto"))]
    claims = counts(align(ARTS, ms))
    porto = next(c for c in claims if c.extra["slots"]["place"] == "Porto")
    assert {m.item.value for m in porto.mentions} == {180, 196, 190}


def test_a_standing_property_has_no_day():
    """The size of a body is true on any day: a compound modifier ("150-seat") or the whole a part is told of
    ("64 of the 150 seats") takes no time anchor, so outlets telling it beside different days agree."""
    from ceasefire_cli.countfacts import resolved_when

    text = "The Reds won 64 of the 150 seats on Sunday, the commission said on Monday."
    a = replace(art("north", published="2024-03-14"), text=text, clean=text)
    whole = fig("150", 150, topic="other", measure="", population="seat", when="on Sunday",
                start=text.index("150"))
    part = fig("64", 64, topic="other", measure="", population="seat", when="on Sunday", start=text.index("64"))
    assert resolved_when(whole, a) == "" and resolved_when(part, a) == "2024-03-10"
    sized = fig("150-seat", 150, topic="other", measure="", population="seat", when="on Sunday")
    assert resolved_when(sized, a) == ""
    ms = [Mention("north", replace(sized, when="on Sunday")),
          Mention("south", fig("150-member", 150, topic="other", measure="", population="seat", when="on Monday"))]
    [claim] = counts(align(ARTS, ms))
    assert claim.verdict in ("agree", "identical") and len(claim.mentions) == 2


def test_a_figure_is_shown_by_its_numeral_not_a_headline_s_vague_word():
    from ceasefire_cli.countfacts import Fact
    from ceasefire_cli.countverdict import fact_text

    vague = fig("dozens", 24, qualifier="vague", low=24, high=None, measure="missing")
    exact = fig("25", 25, measure="missing", start=80)
    f = Fact("north", [Mention("north", vague), Mention("north", exact)], (25, 25), {})
    assert fact_text(f) == "25"
    hedged = fig("at least 25", 25, qualifier="at_least", high=None, measure="missing", start=80)
    assert fact_text(Fact("north", [Mention("north", exact), Mention("north", hedged)], (25, 25), {})) == "at least 25"


def test_captives_in_a_swap_of_prisoners_are_prisoners():
    """"600 captives" where the story's people are prisoners and no hostage is named: the swap's prisoners,
    whose claim's topic follows its population."""
    ms = [Mention("north", fig("600", 600, topic="prisoners", measure="released", population="prisoners",
                               subject="prisoners")),
          Mention("south", fig("600", 600, topic="hostages", measure="released", population="hostages",
                               subject="captives"))]
    [claim] = counts(align(ARTS, ms))
    assert claim.topic == "prisoners" and claim.extra["slots"]["population"] == "prisoners"
    assert len(claim.mentions) == 2
    # where hostages are named as such, captives stay hostages
    ms.append(Mention("east", fig("20", 20, topic="hostages", measure="released", population="hostages",
                                  subject="hostages")))
    assert {c.extra["slots"]["population"] for c in counts(align(ARTS, ms))} == {"prisoners", "hostages"}


def test_a_batch_told_by_its_day_and_by_its_place_in_the_series_is_one_fact():
    """"freed 410 on Tuesday in the first stage" and "On Tuesday, 410 were released": the calendar day tells
    the batch apart, so the ordinal adds nothing that could keep them apart."""
    first = fig("410", 410, topic="prisoners", measure="released", population="prisoners", period="phase 1",
                when="on Tuesday", subject="prisoners")
    dated = fig("410", 410, topic="prisoners", measure="released", population="prisoners", when="On Tuesday",
                subject="prisoners")
    ms = [Mention("north", first), Mention("south", dated)]
    [claim] = counts(align(ARTS, ms))
    assert len(claim.mentions) == 2
    undated = replace(first, when=None)  # without a day, the ordinal is all that tells the batch
    assert len(counts(align(ARTS, [Mention("north", undated), Mention("south", dated)]))) == 2


def test_prison_terms_conflict_only_when_they_are_one_person_s():
    def term(text: str, value: float, holder: str = "") -> Count:
        return replace(fig(text, value, topic="duration", measure="length", population="sentence", unit="year",
                           subject="years"), holder=holder)

    ms = [Mention("north", term("10 years", 10, "Ruiz")), Mention("south", term("12 years", 12, "Ruiz"))]
    [claim] = counts(align(ARTS, ms))
    assert claim.verdict == "conflict"
    unnamed = [Mention("north", term("10 years", 10)), Mention("south", term("12 years", 12))]
    assert all(c.verdict != "conflict" for c in counts(align(ARTS, unnamed)))  # two defendants' own terms


def test_one_figure_in_two_wordings_is_named_once_in_the_note():
    ms = [Mention("north", fig("12", 12, place="Braga")), Mention("south", fig("Twelve", 12, place="Braga")),
          Mention("east", fig("13", 13, place="Braga"))]
    [claim] = [c for c in counts(align(ARTS, ms)) if c.verdict == "conflict"]
    assert claim.note == "North, South: 12 · East: 13"


def test_a_toll_dated_to_the_story_s_day_is_its_toll_and_one_day_s_share_is_not():
    """"capsized on Sunday, killing at least 31" (dated: the article came out on Monday) beside "34 dead" and
    "at least 28 died": one toll. "85 killed on Sunday" beside "more than 1,000 killed": a day's share."""
    arts = [art("north", "2024-03-18"), art("south", "2024-03-18"), art("east", "2024-03-18")]
    ms = [Mention("north", fig("at least 31", 31, qualifier="at_least", low=31, high=None, when="on Sunday")),
          Mention("south", fig("34", 34)),
          Mention("east", fig("at least 28", 28, qualifier="at_least", low=28, high=None))]
    assert [len(c.mentions) for c in counts(align(arts, ms))] == [3]
    ms = [Mention("north", fig("85", 85, when="on Sunday")),
          Mention("south", fig("more than 1,000", 1000, qualifier="more_than", low=1000, high=None))]
    assert sorted(len(c.mentions) for c in counts(align(arts, ms))) == [1, 1]


def test_a_total_so_far_and_one_batch_are_no_conflict():
    """"52 freed in total" and "12 freed overnight": the whole so far and one batch (a toll as it rose still is)."""
    def freed(text: str, value: float, running: bool) -> Count:
        return fig(text, value, topic="hostages", measure="released", population="hostages", running=running)

    ms = [Mention("north", freed("12", 12, False)), Mention("south", freed("52", 52, True))]
    assert all(c.verdict != "conflict" for c in counts(align(ARTS, ms)))
    ms = [Mention("north", freed("12", 12, True)), Mention("south", freed("14", 14, True))]
    assert [c.verdict for c in counts(align(ARTS, ms))] == ["conflict"]


def test_an_unplaced_running_toll_is_not_the_place_its_own_article_gives_a_figure_for():
    """"rose to 44, with 19 of the dead in Braga": the 44 is the whole, not Braga's running toll."""
    ms = [Mention("north", fig("44", 44, running=True)), Mention("north", fig("19", 19, running=True, place="Braga")),
          Mention("south", fig("17", 17, place="Braga")), Mention("east", fig("41", 41))]
    rows = {c.label: sorted(m.item.text for m in c.mentions) for c in counts(align(ARTS, ms))}
    assert rows["people killed — Braga"] == ["17", "19"] and rows["people killed"] == ["41", "44"]


def test_a_span_told_as_it_ran_still_conflicts_with_the_span():
    """"bringing a 40-day strike to an end" (read as running) and "a 41-day strike": one span, told two ways."""
    def span(text: str, value: float, running: bool) -> Count:
        return fig(text, value, topic="duration", measure="length", population="strike", unit="day",
                   subject="days", running=running)

    ms = [Mention("north", span("41-day", 41, False)), Mention("south", span("40-day", 40, True))]
    assert [c.verdict for c in counts(align(ARTS, ms))] == ["conflict"]


def test_a_toll_that_names_no_part_may_be_the_toll_aboard():
    aboard = fig("61", 61, subgroup="on board", sentence="The crash killed 61 of the 64 on board.")
    # "61 died" is the 61 aboard where it agrees: one fact, not two rows
    c = one([Mention("north", aboard), Mention("south", fig("61", 61, sentence="Sixty-one people died."))])
    assert c.verdict == "agree" and {m.article for m in c.mentions} == {"north", "south"}
    # a larger toll that counts those on the ground too stays a fact of its own, not a conflict with the 61
    claims = counts(align(ARTS, [Mention("north", aboard),
                                 Mention("east", fig("70", 70, sentence="The toll rose to 70 people."))]))
    assert len(claims) == 2 and all(c.verdict != "conflict" for c in claims)


def _released(text, value, period, when=None):
    return fig(text, value, topic="prisoners", measure="released", population="prisoners", period=period,
               subject="prisoners", when=when, sentence=f"They freed {text} prisoners.")


def test_each_side_s_share_and_the_whole_swap_are_two_facts():
    each = [Mention("north", _released("410", 410, "per side")), Mention("south", _released("410", 410, "per side"))]
    claims = counts(align(ARTS, [*each, Mention("east", _released("820", 820, ""))]))
    assert all(c.verdict != "conflict" for c in claims)  # 410 each is no conflict with 820 in all
    # a figure that does not say "each" may be the share where it agrees
    c = one([each[0], Mention("east", _released("410", 410, ""))])
    assert c.verdict == "agree" and len(c.mentions) == 2


def test_a_toll_at_the_crash_site_may_be_the_toll_aboard():
    aboard = fig("61", 61, subgroup="on board", sentence="The crash killed 61 of the 64 on board.")
    at_site = fig("61", 61, place="Lindau Airport", sentence="61 were killed in a crash at Lindau Airport.")
    c = one([Mention("north", aboard), Mention("south", at_site)])
    assert c.verdict == "agree" and {m.article for m in c.mentions} == {"north", "south"}
    # a toll at a site and a part of those aboard that does not agree with it stay two facts, not a conflict
    claims = counts(align(ARTS, [Mention("north", aboard), Mention("south", fig("70", 70, place="Lindau Airport"))]))
    assert len(claims) == 2 and all(c.verdict != "conflict" for c in claims)


def test_a_term_set_on_a_day_is_the_term_an_undated_figure_gives():
    term = {"topic": "duration", "measure": "length", "population": "sentence", "unit": "year", "subject": "years"}
    dated = replace(fig("16 years", 16, when="in July", **term), holder="Ruiz")
    claims = counts(align(ARTS, [Mention("north", dated), Mention("south", fig("16 years", 16, **term))]))
    assert [len(c.mentions) for c in claims] == [2]


def test_a_party_s_tally_so_far_and_its_final_share_are_one_fact_in_conflict():
    seats = {"topic": "other", "measure": "", "population": "seat", "subject": "seats"}
    so_far = replace(fig("49", 49, running=True, **seats), holder="Greens")
    final = replace(fig("61", 61, **seats), holder="Greens")
    c = one([Mention("north", so_far), Mention("south", final)])
    assert c.verdict == "conflict"


def test_the_identified_dead_told_at_different_times_are_one_fact_in_conflict():
    named = {"topic": "deaths", "measure": "identified", "subject": "victims"}
    c = one([Mention("north", fig("120", 120, when="shortly after midnight", **named)),
             Mention("south", fig("146", 146, running=True, **named))])
    assert c.verdict == "conflict"


def test_captives_freed_from_captivity_in_a_swap_of_prisoners_of_war_are_prisoners():
    freed = {"topic": "other", "measure": "released", "subgroup": "Chilean", "subject": "Chileans"}
    home = fig("140", 140, population="hostages", sentence="Santiago said 140 Chileans returned from captivity.",
               **freed)
    pows = fig("120", 120, population="prisoners", sentence="Brasilia said it handed over 120 Chilean POWs.",
               **freed)
    c = one([Mention("north", home), Mention("south", pows)])
    assert c.verdict == "conflict"


def test_one_fact_an_outlet_tells_two_ways_is_one_conflict_where_its_figures_are_close():
    side = {"topic": "prisoners", "measure": "released", "population": "prisoners", "subgroup": "Valdoran"}

    def told(other: float) -> list[Mention]:
        return [Mention("north", fig("120", 120, start=0, **side)), Mention("south", fig("120", 120, **side)),
                Mention("north", fig(str(other), other, start=90, **side)),
                *(Mention(a, fig(str(other), other, **side)) for a in ("east", "west"))]

    c = one(told(140))  # "Brasilia said 120 were freed, while Santiago said 140 came home"
    assert c.verdict == "conflict" and len(c.mentions) == 5
    assert sorted(len(c.mentions) for c in counts(align(ARTS, told(400)))) == [2, 3]  # too far apart: two facts


def test_bodies_found_are_the_toll_unless_outlets_count_fewer_found_than_dead():
    found = {"measure": "recovered"}
    # "55 bodies recovered" beside "killed 55": the toll, one row
    ms = [Mention("north", fig("55", 55, **found)), Mention("south", fig("55", 55))]
    assert [(c.verdict, len(c.mentions)) for c in counts(align(ARTS, ms))] == [("agree", 2)]
    # 90 dead, of whom 30 found, then 45 found: the search is a running total of its own
    ms = [Mention("north", fig("90", 90)), Mention("north", fig("30", 30, start=40, **found)),
          Mention("south", fig("90", 90)), Mention("south", fig("45", 45, start=40, **found))]
    assert sorted((c.extra["slots"]["measure"], c.verdict) for c in counts(align(ARTS, ms))) == [
        ("killed", "agree"), ("recovered", "conflict")]
    # one outlet counting one agency's finds below its toll does not make the search a fact of its own
    ms = [Mention("north", fig("55", 55, **found)), Mention("south", fig("55", 55)),
          Mention("south", fig("20", 20, start=40, **found))]
    assert {c.extra["slots"]["measure"] for c in counts(align(ARTS, ms))} == {"killed"}
    # two bodies found while four are still missing, in two outlets: the search is its own fact, apart from the
    # six presumed dead
    missing = {"measure": "missing", "topic": "missing"}
    ms = [Mention("north", fig("two", 2, **found)), Mention("north", fig("four", 4, start=40, **missing)),
          Mention("south", fig("2", 2, **found)), Mention("south", fig("four", 4, start=40, **missing)),
          Mention("east", fig("six", 6))]
    assert sorted((c.extra["slots"]["measure"], c.verdict) for c in counts(align(ARTS, ms))) == [
        ("killed", "single"), ("missing", "agree"), ("recovered", "agree")]
    # the dead told as a part ("26 tourists killed") are still more than the 24 bodies found
    ms = [Mention("north", fig("26", 26, subgroup="tourist")), Mention("north", fig("24", 24, start=40, **found)),
          Mention("south", fig("26", 26)), Mention("south", fig("24", 24, start=40, **found))]
    assert "recovered" in {c.extra["slots"]["measure"] for c in counts(align(ARTS, ms))}


def test_those_in_shelters_are_a_running_total_of_the_story():
    # "up to 3,100 in camps" on the first day, "more than 8,000" three days on: the figure as it rose
    shelter = {"measure": "in shelters", "topic": "other"}
    ms = [Mention("north", fig("As many as 3,100", 3100, qualifier="up_to", high=3100, **shelter)),
          Mention("south", fig("More than 8,000", 8000, qualifier="more_than", low=8000, **shelter)),
          Mention("south", fig("1,000", 1000, start=40, **shelter))]  # (an earlier figure of the same outlet)
    [row] = counts(align(ARTS, ms))
    assert row.verdict == "conflict" and len(row.mentions) == 3


def test_a_city_named_as_a_larger_one_abroad_is_the_story_s_own():
    from ceasefire_cli.countfacts import abroad, event_country
    from ceasefire_cli.places import lookup, lookup_in

    assert lookup("Valencia").country != "ES" and lookup_in("Valencia", "ES").country == "ES"
    assert lookup_in("Madrid", "VE").country == "ES"  # no Madrid in Venezuela: the one there is
    assert event_country(["Spain", "Spain", "Valencia", "Valencia", "Valencia", "Madrid"]) == "Spain"
    assert abroad(["Valencia", "Lisbon"], "Spain") == frozenset({"Lisbon"})


def test_a_running_toll_told_with_no_place_joins_the_one_place_only_where_the_story_has_one():
    region = Mention("north", fig("12", 12, place="Portugal", running=True))
    whole = [Mention("south", fig("31", 31, running=True)), Mention("east", fig("31", 31, running=True))]
    [c] = counts(align(ARTS, [region, *whole]))
    assert c.verdict == "conflict"  # the toll as it rose, told in one place and without it
    # across borders each country's toll is its own, and the toll told with no place is the whole of them
    abroad = Mention("west", fig("9", 9, place="Spain"))
    rows = counts(align(ARTS, [region, *whole, abroad]))
    assert not any(c.verdict == "conflict" for c in rows)
    # a city beside its country's toll is no second country: the toll still rose in the one country
    town = Mention("west", fig("9", 9, place="Braga"))
    assert any(c.verdict == "conflict" for c in counts(align(ARTS, [region, *whole, town])))


def test_a_running_total_of_both_sides_does_not_join_one_side_s_share():
    swap = {"topic": "prisoners", "measure": "released", "population": "prisoners", "subject": "prisoners"}
    share = [Mention("north", fig("120", 120, place="Chile", period=PER_SIDE, running=True, **swap)),
             Mention("south", fig("120", 120, place="Chile", period=PER_SIDE, **swap))]
    total = Mention("east", fig("more than 240", 240, qualifier="more_than", low=240, running=True, **swap))
    assert not any(c.verdict == "conflict" for c in counts(align(ARTS, [*share, total])))


def test_a_running_total_with_no_side_does_not_join_one_side_s_figure():
    side = [Mention("north", fig("13", 13, topic="hostages", measure="released", population="hostages",
                                 subgroup="Chilean", running=True, subject="Chileans")),
            Mention("south", fig("13", 13, topic="hostages", measure="released", population="hostages",
                                 subgroup="Chilean", subject="Chileans"))]
    total = Mention("east", fig("24", 24, topic="hostages", measure="released", population="hostages", running=True,
                                subject="hostages"))
    rows = counts(align(ARTS, [*side, total]))
    assert not any(c.verdict == "conflict" for c in rows)


def test_those_aboard_are_counted_once_however_told_so_a_total_and_a_figure_may_conflict():
    aboard = {"topic": "other", "measure": "aboard", "subgroup": "foreigner", "subject": "foreign nationals"}
    c = one([Mention("north", fig("11", 11, running=True, **aboard)), Mention("south", fig("11", 11, **aboard)),
             Mention("east", fig("8", 8, **aboard))])
    assert c.verdict == "conflict"  # "the total 11 foreign nationals aboard" and "8 foreigners on board"


def test_those_rescued_so_far_rise_as_a_toll_does_whatever_day_each_was_told():
    saved = {"topic": "other", "measure": "rescued"}
    c = one([Mention("north", fig("about 600", 600, qualifier="about", low=540, high=660, when="2024-07-30",
                                  **saved)),
             Mention("south", fig("over 650", 650, qualifier="more_than", low=650, when="2024-07-31", **saved)),
             Mention("east", fig("some 250", 250, qualifier="some", low=200, high=300, when="2024-07-30", **saved))])
    assert c.verdict == "conflict" and len(c.mentions) == 3


def test_a_city_given_a_toll_below_a_wider_place_s_is_its_part_so_the_toll_told_with_no_place_is_the_wider_one_s():
    ms = [Mention("north", fig("52", 52, place="Minho")), Mention("north", fig("31", 31, place="Braga")),
          Mention("south", fig("at least 40", 40, qualifier="at_least", low=40, place="Minho")),
          Mention("east", fig("34", 34, place="Braga")), Mention("east", fig("at least 60", 60, qualifier="at_least",
                                                                            low=60))]
    rows = counts(align(ARTS, ms))
    [minho] = [c for c in rows if c.extra["slots"]["place"] == "Minho"]
    assert {m.article for m in minho.mentions} == {"north", "south", "east"} and minho.verdict == "conflict"
    # two cities, neither the wider: each toll its own, and the one told with no place is neither's
    two = [Mention("north", fig("5", 5, place="Porto")), Mention("north", fig("3", 3, place="Braga")),
           Mention("south", fig("5", 5, place="Porto")), Mention("east", fig("12", 12))]
    assert not any(c.extra["slots"]["place"] and "east" in {m.article for m in c.mentions}
                   for c in counts(align(ARTS, two)))


def test_a_place_given_a_toll_below_its_own_article_s_unplaced_toll_is_a_part_so_the_wider_place_left_is_the_whole():
    # "20 missing in Braga", "90 missing" in one article; "75 missing in Alentejo" in others: Braga is a part,
    # and the one place left, a region, is where the unplaced 90 was counted: one row, 75 against 90
    miss = {"measure": "missing", "topic": "other"}
    ms = [Mention("north", fig("20", 20, place="Braga", **miss)), Mention("north", fig("90", 90, **miss)),
          Mention("south", fig("75", 75, place="Alentejo", **miss)), Mention("east", fig("75", 75, place="Alentejo",
                                                                                      **miss)),
          Mention("west", fig("90", 90, **miss))]
    rows = counts(align(ARTS, ms))
    [whole] = [c for c in rows if c.extra["slots"]["place"] == "Alentejo"]
    assert {m.article for m in whole.mentions} == {"north", "south", "east", "west"} and whole.verdict == "conflict"
    # the place left a city beside a city's part: another part, so the unplaced toll stays apart from it
    city = [replace(m, item=replace(m.item, place="Porto")) if m.item.place == "Alentejo" else m for m in ms]
    rows = counts(align(ARTS, city))
    [porto] = [c for c in rows if c.extra["slots"]["place"] == "Porto"]
    assert {m.article for m in porto.mentions} == {"south", "east"}


def test_the_story_s_one_state_is_the_whole_story_where_most_figures_placed_in_its_country_name_it():
    # a flood in one state: "11 bridges destroyed in Tasmania" and "14 bridges destroyed" are one fact; its
    # towns' figures are parts
    br = {"topic": "other", "measure": "destroyed", "population": "bridge", "subject": "bridges"}
    ms = [Mention("north", fig("11", 11, place="Tasmania", **br)), Mention("north", fig("3", 3, place="Hobart")),
          Mention("south", fig("14", 14, **br)), Mention("south", fig("2", 2, place="Launceston")),
          Mention("east", fig("11", 11, place="Tasmania", **br)), Mention("west", fig("5", 5, place="Tasmania"))]
    rows = counts(align(ARTS, ms))
    [bridges] = [c for c in rows if c.extra["slots"]["population"] == "bridge"]
    assert {m.article for m in bridges.mentions} == {"north", "south", "east"} and bridges.verdict == "conflict"
    # an outlet gives the state a toll below its own for the whole country: the state is a part
    part = [*ms, Mention("west", fig("40", 40, place="Australia"))]
    assert len([c for c in counts(align(ARTS, part)) if c.extra["slots"]["population"] == "bridge"]) == 2
    # its towns named more often than the state are still its parts
    towns = [*ms, Mention("east", fig("1", 1, place="Devonport")), Mention("south", fig("4", 4, place="Burnie"))]
    assert len([c for c in counts(align(ARTS, towns)) if c.extra["slots"]["population"] == "bridge"]) == 1
    # a vague figure told with no place ("thousands" died in floods over the years) is no whole it falls short of
    vague = [*ms, Mention("west", fig("thousands", 1000, qualifier="vague", low=1000, high=None))]
    assert len([c for c in counts(align(ARTS, vague)) if c.extra["slots"]["population"] == "bridge"]) == 1


def test_hostages_told_with_no_subgroup_may_be_those_told_with_one_where_the_figures_agree():
    cap = {"topic": "hostages", "measure": "released", "population": "hostages", "subject": "hostages"}
    c = one([Mention("north", fig("five", 5, **cap)), Mention("south", fig("Five", 5, subgroup="soldier", **cap)),
             Mention("east", fig("five", 5, **cap))])
    assert c.verdict == "agree" and len(c.mentions) == 3  # "five hostages" and "five soldiers" freed
    rows = counts(align(ARTS, [Mention("north", fig("12", 12, **cap)),
                               Mention("south", fig("four", 4, subgroup="child", **cap))]))
    assert len(rows) == 2 and not any(r.verdict == "conflict" for r in rows)  # 12 freed, four of them children



def test_the_state_named_beside_the_story_s_one_city_is_the_story_s_too():
    """'18 killed in Dayton' and 'Ohio State Police said 18 died': the state is the city's, so the story's; not
    where an article gives the state more than the city ('30 died across Ohio', '18 in Dayton')."""
    from ceasefire_cli.storyplaces import _town_region

    places = {"Ohio": "Ohio", "Dayton": "Dayton", "": ""}
    one_toll = [Mention("north", fig("18", 18, place="Ohio")), Mention("south", fig("18", 18, place="Dayton"))]
    placed = [m.item.place for m in one_toll]
    assert _town_region(one_toll, placed, "United States", "Dayton", places) == "Ohio"
    assert _town_region(one_toll, placed, "United States", "", places) == ""  # no city of the story's
    wider = [*one_toll, Mention("south", fig("30", 30, place="Ohio", start=60))]
    assert _town_region(wider, [*placed, "Ohio"], "United States", "Dayton", places) == ""


def test_a_distance_from_the_city_makes_no_part_of_it():
    """'4 km from Dayton' beside 'a 40 km chase' is no figure of Dayton below one for the whole; nor is a figure
    of other things."""
    from ceasefire_cli.storyplaces import _city_is_a_part

    km = dict(topic="other", measure="km", unit="km", population="")
    ms = [Mention("west", fig("4 km", 4, place="Dayton", **km)), Mention("west", fig("40 km", 40, start=40, **km))]
    assert not _city_is_a_part(ms, "Dayton", "United States", {"Dayton": "Dayton", "": ""})
    tolls = [Mention("west", fig("4", 4, place="Dayton")), Mention("west", fig("40", 40, start=40))]
    assert _city_is_a_part(tolls, "Dayton", "United States", {"Dayton": "Dayton", "": ""})
    # nor are eleven bridges destroyed there a part of 277 homes destroyed
    gone = dict(topic="other", measure="destroyed")
    ms = [Mention("west", fig("11", 11, place="Dayton", population="bridge", **gone)),
          Mention("west", fig("277", 277, start=40, population="home", **gone))]
    assert not _city_is_a_part(ms, "Dayton", "United States", {"Dayton": "Dayton", "": ""})


def test_a_toll_dated_to_the_story_s_first_day_is_the_event_s_whole_toll():
    """'At least 22 were killed on Wednesday' in the attack that day is the toll others give undated ('18
    killed'): one row, in conflict."""
    ms = [Mention("north", fig("18", 18)), Mention("north", fig("7", 7, start=300)),  # and a site's part
          Mention("south", fig("18", 18)), Mention("south", fig("8", 8, start=300)),
          Mention("east", fig("at least 22", 22, qualifier="at_least", low=22, when="on Wednesday"))]
    rows = counts(align(ARTS, ms))
    assert [(r.verdict, {m.article for m in r.mentions}) for r in rows] == [("conflict", {"north", "south", "east"})]


def test_the_one_building_where_the_story_s_toll_is_told_is_the_story_s_place():
    """'76 killed at the Grand Vela Hotel' and '76 killed': one toll. A hospital given a part of the hurt
    ('30 taken to Civil Hospital' of '100 injured') stays a place of its own."""
    ms = [Mention("north", fig("76", 76, place="Grand Vela Hotel")), Mention("south", fig("76", 76)),
          Mention("east", fig("78", 78, place="Ohio")), Mention("west", fig("76", 76, place="Grand Vela Hotel"))]
    [row] = counts(align(ARTS, ms))
    assert (row.verdict, len(row.mentions)) == ("conflict", 4)
    hurt = dict(topic="injured", measure="injured")
    ms = [Mention("north", fig("30", 30, place="Civil Hospital", **hurt)),
          Mention("north", fig("100", 100, start=60, **hurt)), Mention("south", fig("100", 100, **hurt))]
    assert sorted(c.extra["slots"]["place"] for c in counts(align(ARTS, ms))) == ["", "Civil Hospital"]
    # where some of the dead were taken is no second site of the event: the hotel is still the story's place
    ms = [Mention("north", fig("76", 76, place="Grand Vela Hotel")), Mention("south", fig("76", 76)),
          Mention("east", fig("six", 6, place="Civil Hospital")),
          Mention("west", fig("76", 76, place="Grand Vela Hotel"))]
    rows = counts(align(ARTS, ms))
    assert sorted((len(r.mentions), r.extra["slots"]["place"]) for r in rows) == [(1, "Civil Hospital"), (3, "")]



def test_a_nations_count_is_its_share_where_the_story_counts_many_nations():
    # a pilgrimage's toll with the dead of four nations counted by name: each nation's count is its own fact,
    # not a rival figure for the whole toll
    ms = [Mention("north", fig("1,300", 1300)), Mention("south", fig("1,300", 1300)),
          Mention("north", fig("500", 500, subject="Chilean pilgrims")),
          Mention("south", fig("520", 520, subject="Chileans")),
          Mention("east", fig("60", 60, subject="Peruvian pilgrims")),
          Mention("west", fig("14", 14, subject="Kenyan pilgrims"))]
    by_label = {c.label: c for c in counts(align(ARTS, ms))}
    whole = next(c for c in by_label.values() if {m.item.value for m in c.mentions} == {1300})
    assert whole.verdict == "agree"
    assert {m.item.value for c in by_label.values() for m in c.mentions if m.item.subgroup == "Peruvian"} == {60}


def test_a_story_of_two_nations_counts_them_as_its_own():
    ms = [Mention("north", fig("40", 40, subject="Peruvians")), Mention("south", fig("40", 40)),
          Mention("east", fig("3", 3, subject="Kenyan workers"))]
    assert all(not m.item.subgroup for c in counts(align(ARTS, ms)) for m in c.mentions)


def test_a_nations_soldiers_are_its_share_however_named():
    # "nine Chilean soldiers", "Nine Chileans" and "Chile's army lost 9 soldiers" are one share of the dead, in a
    # story that counts the soldiers of several nations
    ms = [Mention("north", fig("nine", 9, subject="Chilean soldiers", subgroup="soldier")),
          Mention("south", fig("Nine", 9, subject="Chileans")),
          Mention("east", fig("9", 9, subject="soldiers", subgroup="soldier", place="Chile")),
          Mention("west", fig("three", 3, subject="Peruvian soldiers", subgroup="soldier")),
          Mention("west", fig("two", 2, subject="Kenyan soldiers", subgroup="soldier"))]
    [chile] = [c for c in counts(align(ARTS, ms)) if any(m.item.value == 9 for m in c.mentions)]
    assert chile.verdict == "agree" and {m.article for m in chile.mentions} == {"north", "south", "east"}


def test_increments_told_days_apart_are_two_batches():
    arts = [art("north", published="2024-05-02"), art("south", published="2024-05-06"),
            art("east", published="2024-05-02")]
    ms = [Mention("north", fig("two more", 2, period="more", subject="bodies")),
          Mention("south", fig("three more", 3, period="more", subject="bodies"))]
    assert {c.verdict for c in counts(align(arts, ms))} == {"single"}
    ms[1] = Mention("east", fig("three more", 3, period="more", subject="bodies"))
    assert [c.verdict for c in counts(align(arts, ms))] == ["conflict"]  # the same day's batch told two ways


def test_last_year_is_the_year_before_the_article_s():
    arts = [art("north", published="2024-06-20"), art("south", published="2024-06-21")]
    ms = [Mention("north", fig("at least 130", 130, qualifier="at_least", low=130, period="last year")),
          Mention("south", fig("more than 120", 120, qualifier="more_than", low=120, period="year 2023")),
          Mention("south", fig("900", 900))]
    rows = {c.label: c for c in counts(align(arts, ms))}
    assert rows["people killed (year 2023)"].verdict == "agree"


def test_another_year_s_toll_elsewhere_keeps_an_unplaced_toll_unplaced():
    # the story names the dead of two places (one in another year): "85 killed" is not the one place's
    ms = [Mention("north", fig("85", 85)),
          Mention("south", fig("more than 1,000", 1000, qualifier="more_than", low=1000, place="Corvallen")),
          Mention("north", fig("1,200", 1200, place="Mardia", period="year 2021"))]
    rows = [c for c in counts(align(ARTS, ms)) if c.verdict == "conflict"]
    assert rows == []
    # without it, the one place named takes the toll told with no place, and the two conflict
    assert [c.verdict for c in counts(align(ARTS, ms[:2]))] == ["conflict"]


def test_another_year_s_toll_elsewhere_is_never_the_one_place_of_this_year_s_toll():
    # the only place named is where another year's fire was: the toll told with no place stays unplaced
    ms = [Mention("north", fig("36", 36, when="on Wednesday", running=True)),
          Mention("south", fig("36", 36, when="on Wednesday", running=True)),
          Mention("south", fig("85", 85, place="Oakdale", period="year 2018"))]
    assert {c.label: c.verdict for c in counts(align(ARTS, ms))} == {
        "people killed": "agree", "people killed — Oakdale (year 2018)": "single"}


def test_another_year_s_place_does_not_keep_the_story_s_one_region_from_being_the_story_s():
    from ceasefire_cli.storyplaces import story_places

    ms = [Mention("north", fig("36", 36, place="Oregon", running=True)),
          Mention("south", fig("40", 40, place="Oregon", running=True)),
          Mention("south", fig("85", 85, place="Idaho", period="year 2018"))]  # "the 2018 fire in Idaho killed 85"
    places, _abroad = story_places(ms)
    assert places["Oregon"] == "" and places["Idaho"] == "Idaho"


def test_the_story_s_own_year_told_with_its_month_is_no_other_year():
    arts = [art("north", published="2024-04-06"), art("south", published="2024-04-06")]
    ms = [Mention("north", fig("nine", 9, period="year 2024", when="in April 2024")),
          Mention("south", fig("9", 9))]
    assert [c.verdict for c in counts(align(arts, ms))] == ["agree"]
    ms[0] = Mention("north", fig("nine", 9, period="year 2024", when="in 2024"))  # a year alone keeps its period
    assert [c.verdict for c in counts(align(arts, ms))] == ["single", "single"]


def test_a_precise_figure_told_by_two_outlets_is_one_fact_whatever_slot_one_leaves_unsaid():
    votes = dict(topic="other", measure="", population="vote", subject="votes")
    ms = [Mention("north", fig("4,812,377", 4_812_377, period="batch 1", **votes)),
          Mention("south", fig("4,812,377", 4_812_377, **votes))]
    assert [c.verdict for c in counts(align(ARTS, ms))] == ["agree"]
    ms[1] = Mention("south", fig("4,800,000", 4_800_000, **votes))  # a round figure may be another fact
    assert [c.verdict for c in counts(align(ARTS, ms))] == ["single", "single"]


def test_a_precise_figure_joins_the_row_of_several_outlets_that_holds_it():
    ms = [Mention("north", fig("212", 212, running=True)), Mention("south", fig("1,213", 1213, running=True)),
          Mention("east", fig("1,213", 1213, measure=""))]
    [c] = counts(align(ARTS, ms))
    assert {m.article for m in c.mentions} == {"north", "south", "east"}


def test_a_precise_figure_joins_the_row_that_holds_it_among_an_outlet_s_repeats():
    ms = [Mention("north", fig("212", 212, running=True)),
          Mention("south", fig("tops 1,200", 1200, qualifier="more_than", low=1200, running=True)),
          Mention("south", fig("1,213", 1213, running=True, start=90)), Mention("east", fig("1,213", 1213, measure=""))]
    [c] = counts(align(ARTS, ms))
    assert {m.article for m in c.mentions} == {"north", "south", "east"}


def test_a_total_of_things_with_nothing_befalling_them_is_no_running_total_apart():
    cands = dict(topic="other", measure="", population="candidate", subject="candidates")
    ms = [Mention("north", fig("38", 38, **cands)), Mention("south", fig("a total of 39", 39, running=True, **cands))]
    assert [c.verdict for c in counts(align(ARTS, ms))] == ["conflict"]
    freed = dict(topic="other", measure="released", population="people", subject="people")
    ms = [Mention("north", fig("12", 12, **freed)), Mention("south", fig("52 in total", 52, running=True, **freed))]
    assert [c.verdict for c in counts(align(ARTS, ms))] == ["single", "single"]  # a batch and the whole so far


def test_precise_figures_join_alike_whatever_order_the_mentions_come_in():
    votes = dict(topic="other", measure="", population="vote", subject="votes")
    ms = [Mention("north", fig("4,812,377", 4_812_377, period="batch 1", **votes)),
          Mention("south", fig("4,812,377", 4_812_377, **votes)),
          Mention("east", replace(fig("4,812,377", 4_812_377, **votes), holder="Greens")),
          Mention("west", replace(fig("4,812,377", 4_812_377, **votes), holder="Reds"))]

    def rows(order):
        return sorted(tuple(sorted(m.article for m in c.mentions)) for c in counts(align(ARTS, order)))
    assert rows(ms) == rows(ms[::-1]) == rows([ms[2], ms[0], ms[3], ms[1]])


def test_a_toll_told_on_different_days_shows_the_days_though_no_outlet_says_so_far():
    arts = [art("north", published="2024-10-30"), art("south", published="2024-11-02")]
    ms = [Mention("north", fig("two", 2, place="Corvallen")), Mention("south", fig("seven", 7, place="Corvallen"))]
    [c] = counts(align(arts, ms))
    assert c.verdict == "conflict" and c.note.startswith("running total reported at different times")
    assert "2024-10-30" in c.note and "2024-11-02" in c.note


def test_one_outlet_s_outsized_whole_does_not_make_the_story_s_city_a_part():
    """Most outlets give 'at least 61 killed' with no place, one city's figure is 61, and one outlet repeats a
    militia's boast of 'more than 250 killed': the middle of the wholes is 61, so the city is no part of it."""
    told = [("a", "killed", True, 61), ("b", "killed", False, 61), ("c", "killed", False, 58),
            ("d", "killed", False, 250)]
    assert _parts_below_whole(told, across=True) == set()
    assert _parts_below_whole([*told, ("e", "killed", False, 240), ("f", "killed", False, 260)], across=True) \
        == {"killed"}


def test_an_outlet_s_revised_toll_beside_its_city_figure_is_no_whole_of_a_part():
    """'Forty killed in Dayton' early in a story, then 'the toll was revised to 47' with no place: the same toll
    told twice, not a whole Dayton is a part of; 'four killed in Dayton' beside 40 still is a part."""
    from ceasefire_cli.storyplaces import _city_is_a_part

    places = {"Dayton": "Dayton", "": ""}
    revised = [Mention("west", fig("40", 40, place="Dayton")), Mention("west", fig("47", 47, start=40))]
    assert not _city_is_a_part(revised, "Dayton", "United States", places)
    part = [Mention("west", fig("4", 4, place="Dayton")), Mention("west", fig("47", 47, start=40))]
    assert _city_is_a_part(part, "Dayton", "United States", places)


def test_where_captives_were_freed_does_not_tell_them_apart():
    """'Nine Laotians were freed in Minho' and 'eleven Laotian hostages released': in a swap, people of a nation the
    outlets count among the hostages are hostages, and where hostages are freed is no slot of theirs, so the two
    figures are one fact in conflict. Prisoners 'from Braga' stay apart from prisoners told with no place."""
    def freed(text, value, population, subgroup="", place=""):
        return fig(text, value, topic="hostages" if population == "hostages" else "prisoners", measure="released",
                   population=population, subgroup=subgroup, place=place,
                   sentence=f"In the swap, {text} hostages and prisoners were freed.")

    swap = [Mention("north", freed("nine", 9, "people", "Laotian", "Minho")),
            Mention("south", freed("eleven", 11, "hostages", "Laotian")),
            Mention("east", freed("eleven", 11, "hostages", "Laotian")),
            Mention("west", freed("33", 33, "prisoners", "Valdoran"))]
    laotians = next(c for c in counts(align(ARTS, swap)) if "north" in {m.article for m in c.mentions})
    assert {m.article for m in laotians.mentions} == {"north", "south", "east"} and laotians.verdict == "conflict"
    origin = [Mention("north", freed("14", 14, "prisoners", place="Braga")),
              Mention("south", freed("12", 12, "prisoners")), Mention("east", freed("12", 12, "prisoners"))]
    assert len(counts(align(ARTS, origin))) == 2


def test_a_hedged_share_hedges_points_not_a_tenth_of_itself():
    """"about 57%" allows 54.5-59.5, not 51.3-62.7; "about 10%" keeps its own narrower band."""
    from ceasefire_cli.countfacts import count_interval

    share = dict(topic="other", measure="percent", population="percent", unit="percent")
    assert count_interval(fig("about 57%", 57, qualifier="about", low=51.3, high=62.7, **share)) == (54.5, 59.5)
    assert count_interval(fig("about 10%", 10, qualifier="about", low=9, high=11, **share)) == (9, 11)


def test_a_named_holders_shares_conflict_beyond_their_rounding():
    """Two counts of one candidate's share ("61.2%" early, "60.9%" later) conflict; a share in whole points
    ("60%", cut short or rounded) agrees with them; nobody's shares ("12%" out of work, "30%" of one thing) never do."""
    share = dict(topic="other", measure="percent", population="percent", unit="percent", subject="vote")

    def held(article, text, value, holder="Ana Ruiz"):
        return Mention(article, replace(fig(text, value, **share), holder=holder))

    assert count_interval(fig("60%", 60, **share)) == (59.5, 60.99)
    assert count_interval(fig("60.9%", 60.9, **share)) == pytest.approx((60.85, 60.95))
    c = one([held("north", "61.2%", 61.2), held("south", "60.9%", 60.9), held("east", "60%", 60)])
    assert c.verdict == "conflict" and c.note == "East: 60% · South: 60.9% · North: 61.2%"
    assert one([held("north", "60%", 60), held("south", "60.9%", 60.9)]).verdict == "agree"
    nobody = counts(align(ARTS, [held("north", "61.2%", 61.2, ""), held("south", "60.9%", 60.9, "")]))
    assert all(c.verdict != "conflict" for c in nobody)


def _count_rows(tmp_path, texts: dict[str, str]):
    from ceasefire_cli import compare_folder

    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(f"War\n\n{text}\n", encoding="utf-8")
    return [c for c in compare_folder(tmp_path).claims if c.kind == "count"]


def test_tolls_told_in_two_countries_by_several_outlets_make_neither_the_story_s_own(tmp_path) -> None:
    # a war of two states: Egypt's toll is no toll of the whole war, though Egypt is named most
    rows = _count_rows(tmp_path, {
        "north": "Missiles killed 30 people in Egypt, officials said. In Libya, 400 people have been killed. "
                 "In Egypt, 250 people were injured and 12 homes were destroyed in Cairo.",
        "south": "In Egypt, 31 people were killed. Strikes across Libya have killed 410 people, Tripoli said. "
                 "Some 260 people were hurt in Egypt, and 40 buildings were damaged in Alexandria.",
        "west": "The war has killed more than 440 people. Air raid alerts sounded across Egypt.",
    })
    egypt = [c for c in rows if c.extra["slots"]["place"] == "Egypt" and c.extra["slots"]["measure"] == "killed"]
    assert egypt and {m.article for m in egypt[0].mentions} == {"north", "south"}


def test_a_smaller_toll_abroad_leaves_the_story_its_own_country(tmp_path) -> None:
    # a quake's dead in a neighbouring city are a part beside the story's own toll, which outlets leave unplaced
    rows = _count_rows(tmp_path, {
        "north": "The quake killed 400 people in Egypt, officials said. In Libya, 30 people have been killed. "
                 "In Egypt, 250 people were injured and 12 homes were destroyed in Cairo.",
        "south": "In Egypt, 400 people were killed. In Libya, 31 people were killed, Tripoli said. "
                 "Some 260 people were hurt in Egypt, and 40 buildings were damaged in Alexandria.",
        "west": "The quake has killed at least 400 people. Alerts sounded across Egypt.",
    })
    (whole,) = [c for c in rows
                if c.extra["slots"]["measure"] == "killed" and "west" in {m.article for m in c.mentions}]
    assert {m.article for m in whole.mentions} == {"north", "south", "west"}


def test_a_town_one_outlet_names_as_such_splits_no_row_of_the_figures_others_leave_unplaced(tmp_path) -> None:
    # one outlet names the town as one, the others leave the toll and its parts unplaced: one fact each (a guard: the
    # town is a place only where named as one, so "Osterby's clinic" places nothing)
    rows = _count_rows(tmp_path, {
        "north": "A blast tore through a depot in the town of Osterby on Monday, killing 17 people. "
                 "Eight of the wounded were in critical condition at Osterby's clinic.",
        "south": "An explosion at a depot killed 19 people. Nine of the injured were in critical condition.",
    })
    (dead,) = [c for c in rows if c.extra["slots"]["measure"] == "killed" and not c.extra["slots"]["period"]]
    assert {m.article for m in dead.mentions} == {"north", "south"} and dead.verdict == "conflict"
    (critical,) = [c for c in rows if c.extra["slots"]["period"] == "those in critical"]
    assert {m.article for m in critical.mentions} == {"north", "south"}


def test_a_town_the_gazetteer_lacks_is_a_part_where_an_outlet_gives_it_less_than_the_whole(tmp_path) -> None:
    rows = _count_rows(tmp_path, {
        "north": "The floods have killed 60 people. In the town of Osterby alone, 12 people died.",
        "south": "The floods have killed 61 people. In the village of Osterby, 14 people died.",
    })
    (town,) = [c for c in rows if c.extra["slots"]["place"] == "Osterby"]
    assert {m.item.value for m in town.mentions} == {12, 14} and town.verdict == "conflict"


def test_people_of_a_kind_with_nothing_said_of_them_are_the_captives_of_that_kind_freed(tmp_path) -> None:
    rows = _count_rows(tmp_path, {
        "north": "Valdora freed 140 Borenian prisoners on Wednesday. Among the released Borenians there are six women.",
        "south": "Most of the 140 released are men, and six are women.",
    })
    (women,) = [c for c in rows if c.extra["slots"]["subgroup"] == "woman"]
    assert {m.article for m in women.mentions} == {"north", "south"} and women.extra["slots"]["measure"] == "released"


def _rows_holding(rows, value: float) -> list[set[str]]:
    return [{m.article for m in c.mentions if m.item.value == value} for c in rows
            if any(m.item.value == value for m in c.mentions)]


def test_a_round_figure_two_outlets_alone_tell_is_one_fact_where_one_states_its_day(tmp_path) -> None:
    # "on Sunday alone" says which day; the other outlet leaves it unsaid, and 14 officers killed is no common figure
    rows = _count_rows(tmp_path, {
        "north": "Fourteen police officers were killed on Sunday alone, the ministry said.",
        "south": "Officials said 14 police officers were killed in the clashes in the capital.",
    })
    assert _rows_holding(rows, 14) == [{"north", "south"}]


def test_a_small_round_figure_stays_apart_when_one_outlet_states_its_day(tmp_path) -> None:
    # two officers killed is too common a figure to tell one fact from another by it
    rows = _count_rows(tmp_path, {
        "north": "Two police officers were killed on Sunday alone, the ministry said.",
        "south": "Officials said two police officers were killed in the clashes in the capital.",
    })
    assert sorted(map(sorted, _rows_holding(rows, 2))) == [["north"], ["south"]]


def test_a_figure_in_millions_is_rounded_at_its_last_written_digit(tmp_path) -> None:
    rows = _count_rows(tmp_path, {
        "north": "Of the 17 million eligible voters, most cast ballots on Saturday.",
        "south": "Officials said 17.1 million voters were eligible for the poll.",
    })
    [row] = [c for c in rows if c.extra["slots"]["measure"] == "eligible"]
    assert {m.article for m in row.mentions} == {"north", "south"} and row.verdict == "agree"


def test_a_one_digit_figure_in_millions_is_not_rounded(tmp_path) -> None:
    rows = _count_rows(tmp_path, {
        "north": "Of the 3 million eligible voters, most cast ballots on Saturday.",
        "south": "Officials said 3.4 million voters were eligible for the poll.",
    })
    [row] = [c for c in rows if c.extra["slots"]["measure"] == "eligible"]
    assert row.verdict == "conflict"


def test_the_counts_of_an_indictment_are_placed_nowhere(tmp_path) -> None:
    # where the court sits says nothing of which counts: 12 and 14 counts convicted on are one fact in dispute
    rows = _count_rows(tmp_path, {
        "north": "In Boston, a federal jury convicted the mayor on all 12 counts. Mayor Ruiz was found guilty "
                 "on all 12 counts, officials said.",
        "south": "The jury in Boston found the mayor guilty on all 12 counts on Tuesday.",
        "west": "Mayor Ruiz was found guilty on all 14 charges of bribery.",
    })
    [row] = [c for c in rows if c.extra["slots"]["measure"] == "convicted" and "@" not in c.id]  # not a stage row
    assert {m.article for m in row.mentions} == {"north", "south", "west"} and row.verdict == "conflict"


def test_a_figure_in_whole_thousands_is_rounded_at_its_last_written_digit(tmp_path) -> None:
    rows = _count_rows(tmp_path, {
        "north": "The party fell 13,000 votes short of the threshold.",
        "south": "The party missed the threshold by 13,435 votes.",
    })
    assert [c.verdict for c in rows if {m.item.value for m in c.mentions} == {13000, 13435}] == ["agree"]


def test_a_one_digit_figure_in_thousands_is_not_rounded(tmp_path) -> None:
    rows = _count_rows(tmp_path, {
        "north": "The party fell 1,000 votes short of the threshold.",
        "south": "The party missed the threshold by 1,400 votes.",
    })
    assert [c.verdict for c in rows if {m.item.value for m in c.mentions} == {1000, 1400}] == ["conflict"]


def test_others_counted_beside_those_named_are_no_conflict(tmp_path) -> None:
    # each outlet's "others" are the rest of whom it named: 36 beside one, 35 beside two, the same field
    rows = _count_rows(tmp_path, {
        "north": "The mayor beat Ruiz and 36 other candidates in the vote.",
        "south": "The mayor beat Ruiz, Park and 35 other candidates in the vote.",
    })
    assert not [c for c in rows if c.verdict == "conflict"]


def test_spans_in_power_told_of_no_one_by_name_are_no_conflict(tmp_path) -> None:
    # whose rule a span is the text rarely ties: one ruler's 15 straight years, her two decades in all
    rows = _count_rows(tmp_path, {
        "north": "Protesters ended Ana Ruiz's 15-year rule on Monday.",
        "south": "Ana Ruiz fled on Monday after two decades in power.",
    })
    assert not [c for c in rows if c.verdict == "conflict"]


def test_how_many_did_a_crime_is_one_fact_that_can_conflict():
    """"Four thieves" and "three thieves" of one raid: the doers are counted once, whatever befell them; "30 people"
    and "45 people" with no deed or subgroup stay apart."""
    def doers(article, value):
        return Mention(article, fig(str(value), value, topic="other", measure="", subgroup="perpetrator",
                                    subject="thieves"))
    assert one([doers("north", 4), doers("south", 3)]).verdict == "conflict"
    plain = [Mention(a, fig(str(v), v, topic="other", measure="", subject="people")) for a, v in (("north", 30),
                                                                                                   ("south", 45))]
    assert len(counts(align(ARTS, plain))) == 2


def test_one_article_s_figures_for_two_places_it_names_stay_two_facts():
    """"38 dead in Portugal" and "at least 36 in Spain" in one story are two tolls, though the story's own country
    is read as no place and the figures lie close: the Spanish row holds the 36 alone."""
    ms = [Mention("north", fig("38", 38, place="Portugal", running=True, start=0)),
          Mention("north", fig("at least 36", 36, qualifier="at_least", low=36, place="Spain", start=90)),
          Mention("south", fig("37", 37, place="Portugal", running=True)),
          Mention("east", fig("35", 35, place="Portugal", running=True))]
    spain = [c for c in counts(align(ARTS, ms)) if c.extra["slots"]["place"] == "Spain"]
    assert [[m.item.text for m in c.mentions] for c in spain] == [["at least 36"]]


def test_a_model_s_fleet_is_each_owner_s_own():
    """"11 XR-40s" of one airline and "23 XR-40s" of another are two fleets, not a conflict; told of one named
    owner, they are."""
    def fleet(article, value, holder=""):
        c = fig(str(value), value, topic="other", measure="", population="xr-40", subject="XR-40s")
        return Mention(article, replace(c, holder=holder))
    assert len(counts(align(ARTS, [fleet("north", 11), fleet("south", 23)]))) == 2
    assert one([fleet("north", 21, "Skyways"), fleet("south", 23, "Skyways")]).verdict == "conflict"


def test_the_displaced_each_story_leads_with_are_one_fact_too():
    """People driven from their homes, like the dead: "some 9,000" on the first day and "more than 26,000" two
    days on are one figure as it rose, each outlet by its lead figure, not rows that each agree."""
    fled = {"measure": "displaced", "topic": "other"}
    ms = [Mention("north", fig("some 9,000", 9000, qualifier="some", low=7200, high=10800, **fled)),
          Mention("south", fig("more than 26,000", 26000, qualifier="more_than", low=26000, **fled)),
          Mention("east", fig("26,400", 26400, **fled)),
          Mention("east", fig("2,500", 2500, start=400, **fled))]  # an earlier figure of the same outlet
    [row] = counts(align(ARTS, ms))
    assert row.verdict == "conflict" and len(row.mentions) == 4
