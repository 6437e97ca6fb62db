"""The aligner on small handwritten article sets (mentions built by hand, no extractor involved)."""

from __future__ import annotations

from ceasefire_cli.align import (
    align,
    count_keys,
    date_range,
    quote_relation,
    speakers_compatible,
    word_diff,
    words,
)
from ceasefire_cli.models import Article, Count, Event, Mention, Quote


def art(id_: str, published: str = "2024-03-14") -> Article:
    return Article(id=id_, path=f"{id_}.txt", text="", clean="", outlet=id_.upper(), published=published,
                   published_source="text", outlet_source="byline")


def count(text: str, value: float, sentence: str, *, low=None, high=None, qualifier="exact", topic="deaths",
          subject="people", role=None, status=None, when=None, unit=None, start=0) -> Count:
    lo = value if low is None and qualifier == "exact" else low
    hi = value if high is None and qualifier == "exact" else high
    return Count(start, start + len(text), text, sentence, value, lo, hi, qualifier, topic, subject, unit, role,
                 status, when)


def quote(q: str, speaker: str | None, start: int = 0, cue: str | None = None, medium: str | None = None) -> Quote:
    return Quote(start, start + len(q), q, q, q, speaker, cue, medium)


def event(d: str, what: str, expr: str = "on Monday", start: int = 0) -> Event:
    return Event(start, start + len(expr), expr, what, d, expr, what)


ARTS = [art("north", "2024-03-14"), art("south", "2024-03-14"), art("east", "2024-03-14")]


def by_kind(claims, kind):
    return [c for c in claims if c.kind == kind]


def test_agreeing_counts_overlap():
    ms = [
        Mention("north", count("40", 40, "Floods killed 40 people.", role="killed")),
        Mention("south", count("about 40", 40, "About 40 people were killed.", low=36, high=44,
                               qualifier="about", role="killed")),
        Mention("east", count("some 40", 40, "Some 40 people were killed.", low=32, high=48, qualifier="some",
                              role="killed")),
    ]
    claims = by_kind(align(ARTS, ms), "count")
    assert len(claims) == 1
    assert claims[0].verdict == "agree"
    assert {m.article for m in claims[0].mentions} == {"north", "south", "east"}


def test_conflicting_counts_have_a_gap_note():
    ms = [
        Mention("north", count("12", 12, "The quake killed 12 people.", role="killed")),
        Mention("south", count("at least 30", 30, "At least 30 died.", low=30, qualifier="at_least", role="killed")),
    ]
    [c] = by_kind(align(ARTS, ms), "count")
    assert c.verdict == "conflict"
    assert c.note and "12" in c.note and "30" in c.note
    assert c.extra["gap"] == 18


def test_same_number_for_different_things_is_not_one_claim():
    ms = [
        Mention("north", count("300", 300, "300 miners were trapped.", topic="other", subject="miners")),
        Mention("south", count("300", 300, "300 trucks entered.", topic="aid", subject="trucks", role="delivered")),
    ]
    claims = by_kind(align(ARTS, ms), "count")
    assert len(claims) == 2
    assert all(c.verdict == "single" for c in claims)


def test_different_time_anchor_is_a_different_claim():
    ms = [
        Mention("north", count("at least 9", 9, "At least 9 were killed on Monday.", low=9, qualifier="at_least",
                               role="killed", when="on Monday")),
        Mention("south", count("more than 400", 400, "More than 400 have been killed.", low=400,
                               qualifier="more_than", role="killed")),
    ]
    claims = by_kind(align(ARTS, ms), "count")
    assert [c.verdict for c in claims] == ["single", "single"]


def test_several_figures_in_one_article_conflict_only_on_alike_sentences():
    def lifers(art, text, value, start=0):
        return Mention(art, count(str(value), value, text, topic="prisoners", subject="inmates", role="released",
                                  status="life-sentence", start=start))

    ms = [
        lifers("north", "The amnesty freed 50 inmates serving life terms from the island jail on Monday.", 50),
        lifers("north", "Parole boards hope 80 inmates serving life terms go free under a plan for 2030.", 80, 90),
        lifers("south", "Officials expect 65 lifers to walk out after the spring review.", 65),
    ]
    assert "conflict" not in {c.verdict for c in by_kind(align(ARTS, ms), "count")}
    ms[2] = lifers("south", "The amnesty freed 65 inmates serving life terms from the island jail on Monday.", 65)
    claims = by_kind(align(ARTS, ms), "count")
    [c] = [c for c in claims if c.verdict == "conflict"]
    assert sorted(m.item.value for m in c.mentions) == [50, 65]


def test_repeated_mentions_in_one_article_merge():
    ms = [
        Mention("north", count("7", 7, "Seven climbers are missing.", topic="other", subject="climbers",
                               role="missing")),
        Mention("north", count("seven", 7, "The seven climbers are missing.", topic="other", subject="climbers",
                               role="missing", start=40)),
    ]
    [c] = by_kind(align(ARTS, ms), "count")
    assert c.verdict == "single" and len(c.mentions) == 2


def test_parts_are_summed_into_a_total_and_kept():
    s = "The deal frees 6 living captives and the bodies of 4 others."
    ms = [
        Mention("north", count("6", 6, s, topic="hostages", subject="living captives", role="released",
                               status="living")),
        Mention("north", count("4", 4, s, topic="hostages", subject="bodies", role="released", status="remains",
                               start=30)),
        Mention("south", count("6", 6, "It frees 6 living captives.", topic="hostages", subject="living captives",
                               role="released", status="living")),
        Mention("east", count("some 20", 20, "It frees some 20 captives.", low=16, high=24, qualifier="some",
                              topic="hostages", subject="captives", role="released")),
    ]
    claims = by_kind(align(ARTS, ms), "count")
    living = [c for c in claims if any(m.item.status == "living" for m in c.mentions) and c.verdict == "agree"]
    assert living, "the living part agrees across two outlets"
    total = [c for c in claims if "totals" in c.extra]
    assert len(total) == 1
    assert total[0].verdict == "conflict"  # 6 + 4 = 10 vs some 20 (16-24)
    assert total[0].extra["totals"]["north"]["low"] == 10


def test_remaining_in_noun_phrase_joins_the_remaining_claim():
    c = count("some 30", 30, "the release of some 30 remaining captives", low=24, high=36, qualifier="some",
              topic="hostages", subject="remaining captives", role="released")
    roles = {k[-1] for k in count_keys(c)}
    assert roles == {"released", "held"}


def test_source_counts_are_not_claims():
    c = count("three", 3, "according to three officials", topic="other", subject="officials")
    assert count_keys(c) == []


def test_cumulative_tolls_are_marked():
    arts = [art("north", "2024-03-10"), art("south", "2024-03-14")]
    ms = [
        Mention("north", count("1,100", 1100, "The toll rose to 1,100.", role="killed")),
        Mention("south", count("1,350", 1350, "The toll rose to 1,350.", role="killed")),
    ]
    [c] = by_kind(align(arts, ms), "count")
    assert c.verdict == "conflict" and c.extra.get("cumulative") is True
    assert "cumulative" in (c.note or "")


def test_identical_quotes_despite_truncation_and_spelling():
    a = "The cease-fire must hold, and we will not accept any delay in the handover of the port."
    b = "we will not accept any delay in the handover"
    ms = [Mention("north", quote(a, "Maria Lopez")), Mention("south", quote(b, "Lopez"))]
    [c] = by_kind(align(ARTS, ms), "quote")
    assert c.verdict == "identical"
    assert c.extra["speaker"] == "Maria Lopez"


def test_quote_variant_has_word_diff():
    a = "We thank the mayors of both towns for their work on the new bridge agreement."
    b = "We thank the mayors of both cities for their work on the new bridge deal."
    ms = [Mention("north", quote(a, "Council")), Mention("south", quote(b, "the Council"))]
    [c] = by_kind(align(ARTS, ms), "quote")
    assert c.verdict == "variant"
    d = c.extra["diff"]["south"]
    assert "[-towns-]{+cities+}" in d and "[-agreement.-]{+deal.+}" in d


def test_paraphrase_by_same_speaker_is_a_variant():
    a = "Our union remains committed to talks with management and to a fair contract for drivers."
    b = "The union is committed to continuing talks with management toward a fair drivers contract."
    ms = [Mention("north", quote(a, "Transit Workers Union")), Mention("south", quote(b, "Transit Workers Union"))]
    [c] = by_kind(align(ARTS, ms), "quote")
    assert c.verdict == "variant"


def test_paraphrase_by_different_speakers_stays_apart():
    a = "Our union remains committed to talks with management and to a fair contract for drivers."
    b = "The union is committed to continuing talks with management toward a fair drivers contract."
    ms = [Mention("north", quote(a, "Ann Berg")), Mention("south", quote(b, "Tom Reyes"))]
    assert len(by_kind(align(ARTS, ms), "quote")) == 2


def test_same_words_different_speakers_conflict():
    q = "This budget is a betrayal of every family in the valley"
    ms = [Mention("north", quote(q, "Ann Berg")), Mention("south", quote(q, "Tom Reyes"))]
    [c] = by_kind(align(ARTS, ms), "quote")
    assert c.verdict == "conflict"
    assert "Ann Berg" in c.note and "Tom Reyes" in c.note


def test_unnamed_speaker_does_not_make_a_conflict():
    q = "This budget is a betrayal of every family in the valley"
    ms = [Mention("north", quote(q, "Ann Berg")), Mention("south", quote(q, "a senior aide"))]
    [c] = by_kind(align(ARTS, ms), "quote")
    assert c.verdict == "identical"


def test_events_same_happening_different_dates_conflict():
    ms = [
        Mention("north", event("2024-03-11", "the dam operator opened the spillway gates")),
        Mention("south", event("2024-03-12", "dam operator opened spillway gates at night")),
        Mention("east", event("2024-03-11", "voters elected a new council")),
    ]
    claims = by_kind(align(ARTS, ms), "event")
    spill = [c for c in claims if len(c.mentions) == 2]
    assert len(spill) == 1 and spill[0].verdict == "conflict"
    assert [c.verdict for c in claims if len(c.mentions) == 1] == ["single"]


def test_events_month_contains_day_agree():
    ms = [
        Mention("north", event("2024-02", "the governor signed the water bill", "last month")),
        Mention("south", event("2024-02-20", "governor signed the water bill", "Feb. 20")),
    ]
    [c] = by_kind(align(ARTS, ms), "event")
    assert c.verdict == "agree"


def test_claim_ids_and_order():
    ms = [
        Mention("north", event("2024-03-11", "spillway opened")),
        Mention("north", quote("We will rebuild every home in this town", "Ann Berg")),
        Mention("north", count("12", 12, "12 people died.", role="killed")),
    ]
    claims = align(ARTS, ms)
    assert [c.kind for c in claims] == ["count", "quote", "event"]
    assert [c.id for c in claims] == ["c001", "q002", "e003"]


def test_helpers():
    assert words("The Cease-fire’s end") == ["the", "ceasefire's", "end"]
    assert quote_relation("a b c d e f g".split(), "c d e f g h".split()) == "identical"
    assert quote_relation("x a b c d e f".split(), "y a b c d e f".split()) == "overlap"
    assert quote_relation("a b".split(), "c d".split()) is None
    assert speakers_compatible("Mayor Ann Berg", "Berg")
    assert not speakers_compatible("Ann Berg", "Tom Reyes")
    assert speakers_compatible(None, "Tom Reyes")
    assert word_diff("a b c", "a x c") == "a [-b-]{+x+} c"
    assert date_range("2024-W10")[0].isoformat() == "2024-03-04"
    assert date_range("2024-02")[1].isoformat() == "2024-02-29"


def test_lone_figure_joins_the_one_claim_it_loosely_fits():
    ms = [
        Mention("north", count("12", 12, "Rebels freed 12 captive soldiers on Monday.", topic="hostages",
                               subject="captive soldiers", role="released", when="on Monday")),
        Mention("south", count("Twelve", 12, "Twelve soldiers came home Monday after being freed.", topic="other",
                               subject="soldiers", when="Monday")),
    ]
    [c] = by_kind(align(ARTS, ms), "count")
    assert c.verdict == "agree" and {m.article for m in c.mentions} == {"north", "south"}


def test_loose_match_never_crosses_time_anchors_or_invents_conflicts():
    ms = [
        Mention("north", count("2,000", 2000, "2,000 strikers detained after May 1.", topic="prisoners",
                               subject="strikers", role="held", when="after May 1")),
        Mention("south", count("more than 9,000", 9000, "More than 9,000 strikers are held.", low=9000,
                               qualifier="more_than", topic="prisoners", subject="strikers", role="held")),
        Mention("north", count("40", 40, "The army freed 40 fighters.", topic="other", subject="fighters",
                               role="released", start=60)),
        Mention("south", count("45", 45, "45 detained fighters were released.", topic="other", subject="fighters",
                               role="released", status="detained", start=60)),
    ]
    claims = by_kind(align(ARTS, ms), "count")
    assert [c.verdict for c in claims] == ["single"] * 4


def test_lone_figure_with_a_clashing_role_or_noun_stays_alone():
    ms = [
        Mention("north", count("12", 12, "Rebels freed 12 soldiers.", topic="other", subject="soldiers",
                               role="released")),
        Mention("south", count("40", 40, "40 soldiers are still held.", topic="other", subject="soldiers",
                               role="held")),
        Mention("east", count("40", 40, "The army freed 40 fighters.", topic="other", subject="fighters",
                              role="released")),
    ]
    claims = by_kind(align(ARTS, ms), "count")
    assert [c.verdict for c in claims] == ["single", "single", "single"]


def test_lone_figure_fitting_two_claims_stays_alone():
    ms = [
        Mention("north", count("7", 7, "7 villagers died on Monday.", subject="villagers", role="killed",
                               when="on Monday")),
        Mention("south", count("7", 7, "7 villagers died on Monday.", subject="villagers", role="killed",
                               when="on Monday")),
        Mention("north", count("30", 30, "30 villagers died in May.", subject="villagers", role="killed",
                               when="in May", start=40)),
        Mention("south", count("30", 30, "30 villagers died in May.", subject="villagers", role="killed",
                               when="in May", start=40)),
        Mention("east", count("9", 9, "9 villagers died.", subject="villagers", role="killed")),
    ]
    claims = by_kind(align(ARTS, ms), "count")
    assert sorted(len({m.article for m in c.mentions}) for c in claims) == [1, 2, 2]
    assert "conflict" not in {c.verdict for c in claims}


def test_large_counts_of_people_are_not_sources():
    c = count("about 300,000", 300000, "about 300,000 people were displaced", low=270000, high=330000,
              qualifier="about", topic="other", subject="people")
    assert count_keys(c)
    assert count_keys(count("two", 2, "two people familiar with the talks said", topic="other")) == []


def test_homes_and_houses_are_one_claim():
    ms = [
        Mention("north", count("More than 4,200", 4200, "More than 4,200 homes were destroyed.", low=4200,
                               qualifier="more_than", topic="other", subject="homes")),
        Mention("south", count("Some 4,200", 4200, "Some 4,200 houses were destroyed.", low=3800, high=4600,
                               qualifier="some", topic="other", subject="houses")),
    ]
    [c] = by_kind(align(ARTS, ms), "count")
    assert c.verdict == "agree"


def dur(text, value, sentence, unit, **kw):
    return count(text, value, sentence, topic="duration", subject=unit + "s", unit=unit, **kw)


def test_durations_in_other_units_compare_in_days():
    ms = [
        Mention("north", dur("21-day", 21, "The parties agreed a 21-day truce.", "day")),
        Mention("south", dur("three weeks", 3, "The truce is meant to last three weeks, officials said.", "week")),
        Mention("east", dur("one month", 1, "The ceasefire will last one month.", "month")),
    ]
    [c] = by_kind(align(ARTS, ms), "count")
    assert c.verdict == "conflict"  # 21 days vs 28-31 days
    two = [m for m in ms if m.article != "east"]
    [c] = by_kind(align(ARTS, two), "count")
    assert c.verdict == "agree"


def test_duration_thing_is_the_head_of_the_of_phrase():
    ms = [
        Mention("north", dur("four days", 4, "It ended four days of border fighting that displaced thousands.", "day")),
        Mention("south", dur("four days", 4, "Nine died after four days of fighting in the hills.", "day")),
    ]
    [c] = by_kind(align(ARTS, ms), "count")
    assert c.verdict == "agree"
    # a truce and the fighting it ended are different things
    ms.append(Mention("east", dur("10-day", 10, "A 10-day truce began.", "day")))
    assert all(c.verdict != "conflict" for c in by_kind(align(ARTS, ms), "count"))


def test_open_ended_toll_is_not_any_higher_number():
    arts = [art("north", "2024-03-10"), art("south", "2024-03-11"), art("east", "2024-03-11")]
    ms = [
        Mention("north", count("at least 600", 600, "The quake killed at least 600 people.", low=600,
                               qualifier="at_least", role="killed")),
        Mention("south", count("1,200", 1200, "The quake killed 1,200 people.", role="killed")),
    ]
    [c] = by_kind(align(arts, ms), "count")
    assert c.verdict == "conflict" and c.extra.get("cumulative") is True
    ms[1] = Mention("south", count("800", 800, "The quake killed 800 people.", role="killed"))
    [c] = by_kind(align(arts, ms), "count")
    assert c.verdict == "agree"  # "at least 600" allows a somewhat higher figure


def test_up_to_figure_is_not_merged_with_a_smaller_one_in_the_same_article():
    ms = [
        Mention("north", count("12", 12, "A convoy of 12 lorries reached the valley.", topic="aid", subject="lorries")),
        Mention("north", count("up to 60", 60, "Up to 60 lorries a day are needed.", high=60, low=0,
                               qualifier="up_to", topic="aid", subject="lorries", start=50)),
    ]
    claims = by_kind(align(ARTS, ms), "count")
    assert sorted(len(c.mentions) for c in claims) == [1, 1]


def test_a_time_on_one_side_only_can_confirm_but_not_contradict():
    s_north = "A convoy of 12 lorries carrying flour reached the valley town on Monday."
    s_south = "A convoy of 12 lorries carrying flour reached the valley town, officials said."
    ms = [
        Mention("north", count("12", 12, s_north, topic="aid", subject="lorries", when="on Monday")),
        Mention("south", count("12", 12, s_south, topic="aid", subject="lorries")),
        Mention("north", count("40", 40, "About 40 lorries wait at the pass.", topic="aid", subject="lorries",
                               start=80)),
    ]
    claims = by_kind(align(ARTS, ms), "count")
    assert any(c.verdict == "agree" and len(c.mentions) == 2 for c in claims)
    ms[1] = Mention("south", count("19", 19, s_south.replace("12", "19"), topic="aid", subject="lorries"))
    assert "conflict" not in {c.verdict for c in by_kind(align(ARTS, ms), "count")}


def test_measures_with_units_compare_what_they_measure():
    ms = [
        Mention("north", count("12 km", 12, "The quake struck at a depth of 12 km.", topic="other", subject="km",
                               unit="km")),
        Mention("south", count("30 km", 30, "Survivors walked 30 km to the town.", topic="other", subject="km",
                               unit="km")),
        Mention("east", count("15 km", 15, "The tremor hit at a depth of 15 km, seismologists said.", topic="other",
                              subject="km", unit="km")),
    ]
    claims = by_kind(align(ARTS, ms), "count")
    depth = [c for c in claims if len(c.mentions) == 2]
    assert len(depth) == 1 and depth[0].verdict == "conflict"
    assert {m.article for m in depth[0].mentions} == {"north", "east"}
