"""Tests for ceasefire_cli.numbers.find_counts on sentences unlike the seed articles.

The sentences here are about other wars, disasters, strikes and elections, so that the rules are
checked as general grammar rather than as knowledge of any one article.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ceasefire_cli.counted import find_counts
from ceasefire_cli.models import QUALIFIERS, TOPICS, Count
from ceasefire_cli.numbers import find_numbers

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def counts(text: str) -> list[Count]:
    """find_counts plus the invariants every result must keep."""
    found = find_counts(text)
    for c in found:
        assert text[c.start:c.end] == c.text
        assert c.qualifier in QUALIFIERS
        assert c.topic in TOPICS
    assert [c.start for c in found] == sorted(c.start for c in found)
    return found


def one(text: str, value: float) -> Count:
    """The single count with ``value`` in ``text``."""
    hits = [c for c in counts(text) if c.value == value]
    assert len(hits) == 1, (text, value, counts(text))
    return hits[0]


def values(text: str) -> list[float]:
    return [c.value for c in counts(text)]


# --- qualifiers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "low", "high", "qualifier"),
    [
        ("Rescuers pulled at least 40 miners from the shaft.", "at least 40", 40, 40, None, "at_least"),
        ("No fewer than 300 flights were cancelled.", "No fewer than 300", 300, 300, None, "at_least"),
        ("A minimum of 12 ships joined the convoy.", "A minimum of 12", 12, 12, None, "at_least"),
        ("More than 3,000 homes lost power.", "More than 3,000", 3000, 3000, None, "more_than"),
        ("The blaze destroyed over 700 buildings.", "over 700", 700, 700, None, "more_than"),
        ("Upwards of 80 firms signed the letter.", "Upwards of 80", 80, 80, None, "more_than"),
        ("Damage ran in excess of 900 homes.", "in excess of 900", 900, 900, None, "more_than"),
        ("Nearly 500 villagers fled the lava.", "Nearly 500", 500, 450, 500, "nearly"),
        ("Almost 20 schools stayed shut.", "Almost 20", 20, 18, 20, "nearly"),
        ("Just under 1,000 delegates voted.", "Just under 1,000", 1000, 900, 1000, "nearly"),
        ("Close to 60 cranes were idle.", "Close to 60", 60, 54, 60, "nearly"),
        ("About 50 miners were trapped.", "About 50", 50, 45, 55, "about"),
        ("Around 200 ferries were grounded.", "Around 200", 200, 180, 220, "about"),
        ("Roughly 10,000 voters queued.", "Roughly 10,000", 10000, 9000, 11000, "about"),
        ("Approximately 40 tanks crossed.", "Approximately 40", 40, 36, 44, "about"),
        ("An estimated 2,000 sheep drowned.", "An estimated 2,000", 2000, 1800, 2200, "about"),
        ("The herd was estimated at 2,000 sheep.", "estimated at 2,000", 2000, 1800, 2200, "about"),
        ("Some 50 trawlers stayed in port.", "Some 50", 50, 40, 60, "some"),
        ("The court could jail up to 30 activists.", "up to 30", 30, None, 30, "up_to"),
        ("As many as 90 rebels surrendered.", "As many as 90", 90, None, 90, "up_to"),
        ("No more than 30 delegates may attend.", "No more than 30", 30, None, 30, "up_to"),
        ("The final tally could be as high as 40 seats.", "as high as 40", 40, None, 40, "up_to"),
        ("The toll has climbed past 120 dead.", "climbed past 120", 120, 120, None, "more_than"),
        ("The tally rose past 900 votes.", "rose past 900", 900, 900, None, "more_than"),
        ("The toll surged past 640 overnight.", "surged past 640", 640, 640, None, "more_than"),
        ("Claims have edged past 3,100 this week.", "edged past 3,100", 3100, 3100, None, "more_than"),
        ("The rules allow not more than 12 boats.", "not more than 12", 12, None, 12, "up_to"),
        ("Fewer than 10 lifeboats launched.", "Fewer than 10", 10, 0, 10, "fewer_than"),
        ("Less than 5 percent of ballots were spoiled.", "Less than 5 percent", 5, 0, 5, "fewer_than"),
        ("Between 300 and 400 workers walked out.", "Between 300 and 400", 300, 300, 400, "range"),
        ("Police counted 20 to 30 looters.", "20 to 30", 20, 20, 30, "range"),
        ("The search took between four to five hours.", "between four to five hours", 4, 4, 5, "range"),  # wire use
        ("Officials reported 15-20 landslides.", "15-20", 15, 15, 20, "range"),
        ("Crews said repairs may need 3-to-5 days.", "3-to-5 days", 3, 3, 5, "range"),  # hyphenated whole
        ("The line may stay shut for five-to-8 days.", "five-to-8 days", 5, 5, 8, "range"),
        ("Two or three barges sank.", "Two or three", 2, 2, 3, "range"),
        ("The quake flattened 500 or more houses.", "500 or more", 500, 500, None, "at_least"),
        ("The storm toppled 10,000+ trees.", "10,000+", 10000, 10000, None, "at_least"),
        ("The union has 400 members.", "400", 400, 400, 400, "exact"),
    ],
)
def test_qualifiers(text: str, span: str, value: float, low: float | None, high: float | None, qualifier: str) -> None:
    c = one(text, value)
    assert c.text == span
    assert c.qualifier == qualifier
    assert c.low == pytest.approx(low) if low is not None else c.low is None
    assert c.high == pytest.approx(high) if high is not None else c.high is None


def test_year_like_numbers_count_when_a_noun_follows() -> None:
    text = "Between 1500 and 2000 people fled the fires in 2019."
    c = one(text, 1500)
    assert (c.qualifier, c.high, c.subject) == ("range", 2000, "people")
    assert 2019 not in values(text)


def test_a_year_before_to_is_no_range_s_low_end() -> None:
    assert values("The swap brought the number of soldiers freed in 2023 to 1,245.") == [1245]
    assert values("From 2019 to 2023, 300 people died.") == [300]


def test_offsets_survive_letters_that_change_length_when_lower_cased() -> None:
    text = "İİ İstanbul: at least 12 ferries were cancelled."
    c = one(text, 12)
    assert c.text == "at least 12"


def test_blank_run_does_not_join_qualifier_and_number() -> None:
    c = one("The league said at least   85 clubs applied.", 85)
    assert (c.text, c.qualifier) == ("85", "exact")


def test_handed_over_is_not_more_than() -> None:
    c = one("The militia handed over 20 captives on Friday.", 20)
    assert (c.qualifier, c.text, c.role) == ("exact", "20", "released")


def test_lengths_in_hyphenated_units_are_measures_not_counts() -> None:
    assert one("The storm dropped 85-millimetre rains on the coast.", 85).unit == "mm"
    assert one("A 40-centimeter layer of ash covered the roads.", 40).unit == "cm"


def test_from_one_figure_to_another_counts_the_same_thing() -> None:
    c = one("The toll rose from two to four overnight.", 4)
    assert (c.topic, c.measure) == ("deaths", "killed")
    assert one("The number of injured climbed from 60 to more than 200 by Saturday.", 200).topic == "injured"


@pytest.mark.parametrize("text, value, qualifier", [
    ("The jurors sat for six hours over three days.", 3, "exact"),  # spread across, not more than
    ("The panel met for eleven and a half hours over two days.", 2, "exact"),
    ("The blockade lasted over three weeks.", 3, "more_than"),
    # an amount spread across the span
    ("The offer would lift pay by 22% over three years.", 3, "exact"),
    ("The fund pays out 2 billion euros over five years.", 5, "exact"),
])
def test_over_after_a_span_of_time_is_across(text, value, qualifier) -> None:
    assert one(text, value).qualifier == qualifier


# --- number forms -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The flood displaced 10,800 families.", 10800),
        ("The fund spent 1.5 million dollars on tents.", 1_500_000),
        ("The bank wrote off 2.1bn in loans.", 2_100_000_000),
        ("Officials said 3.5 lakh devotees took a dip in the river.", 350_000),
        ("The festival drew two crore visitors.", 20_000_000),
        ("Donors pledged $3.5 million for the clinics.", 3_500_000),
        ("Ten ferries capsized in the typhoon.", 10),
        ("Twenty-one climbers reached the summit.", 21),
        ("Two hundred nurses signed the petition.", 200),
        ("Two hundred and fifty teachers joined the march.", 250),
        ("A hundred volunteers cleared the beach.", 100),
        ("A dozen reporters waited outside.", 12),
        ("Two dozen trains were delayed.", 24),
        ("Half a million ballots were recounted.", 500_000),
        ("A quarter of a million fans lined the route.", 250_000),
        ("Three quarters of a million homes lost power.", 750_000),
        ("A thousand lanterns were lit.", 1000),
        ("Eighty-five thousand fans filled the stadium.", 85_000),
    ],
)
def test_number_forms(text: str, value: float) -> None:
    c = one(text, value)
    assert c.qualifier == "exact"


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("Dozens of shops were looted.", 24, 24, 99),
        ("Scores of fishermen are missing.", 40, 40, 199),
        ("Hundreds of miners went on strike.", 200, 200, 999),
        ("Thousands fled the wildfire.", 2000, 2000, 9999),
        ("Tens of thousands of farmers blocked roads.", 10_000, 10_000, 99_999),
        ("Hundreds of thousands of voters stayed home.", 100_000, 100_000, 999_999),
        ("Several hundred students rallied.", 300, 300, 999),
    ],
)
def test_vague_amounts(text: str, value: float, low: float, high: float) -> None:
    c = one(text, value)
    assert (c.qualifier, c.low, c.high) == ("vague", low, high)


def test_another_dozen_is_a_dozen_and_leaves_another_to_the_period() -> None:
    c = one("The floods killed 300 people. Another dozen died in the hills.", 12)
    assert (c.text, c.value, c.qualifier) == ("dozen", 12, "exact")


def test_vague_amount_with_a_qualifier_keeps_the_qualifier() -> None:
    c = one("More than a dozen reporters were detained.", 12)
    assert (c.text, c.qualifier, c.low, c.high) == ("More than a dozen", "more_than", 12, None)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Roughly half the miners were rescued.", "Roughly half", 0.5),
        ("Nearly two-thirds of the voters backed the plan.", "Nearly two-thirds", pytest.approx(2 / 3)),
        ("A third of the wells ran dry.", "A third", pytest.approx(1 / 3)),
        ("Three-quarters of the crops were lost.", "Three-quarters", 0.75),
    ],
)
def test_fractions(text: str, span: str, value: float) -> None:
    (c,) = [c for c in counts(text) if c.unit == "fraction"]
    assert (c.text, c.value) == (span, value)


def test_a_span_of_time_in_two_units_reached_into_is_one_figure() -> None:
    assert values("The pod lost contact about two hours and 15 minutes into the dive.") == [2.25]


def test_spans_of_time_in_different_clauses_stay_apart() -> None:
    assert values("The siege lasted 3 days and the talks two weeks.") == [3, 2]
    assert values("He served 8 years, and 3 months later he was rearrested.") == [8, 3]


def test_fraction_takes_topic_from_its_noun() -> None:
    c = next(c for c in counts("Rebels freed about half the hostages they held.") if c.unit == "fraction")
    assert c.topic == "hostages"
    assert c.subject == "hostages"


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The talks collapsed after 21 months of haggling.", "21 months", 21, "month"),
        ("They agreed a 30-day truce in the mountains.", "30-day", 30, "day"),
        ("A 48-hour curfew was imposed on the port.", "48-hour", 48, "hour"),
        ("The miners have been on strike for nearly two years.", "nearly two years", 2, "year"),
        ("The UN wants the convoys through within 24 hours.", "within 24 hours", 24, "hour"),
        ("A three-month state of emergency was declared.", "three-month", 3, "month"),
        ("Rescue crews worked for six weeks.", "six weeks", 6, "week"),
        ("She has reported for more than four decades.", "more than four decades", 40, "year"),
        # a span in descending units is one figure, in its first unit
        ("The judge gave him 12 years and six months in jail.", "12 years and six months", 12.5, "year"),
        ("Her term: 9 years, one month and 15 days.", "9 years, one month and 15 days", 9.12, "year"),
        ("The crew was held for two days and 12 hours.", "two days and 12 hours", 2.5, "day"),
    ],
)
def test_durations(text: str, span: str, value: float, unit: str) -> None:
    c = one(text, value)
    assert (c.text, c.topic, c.unit) == (span, "duration", unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Turnout reached 67.5% in the runoff.", 67.5, "percent"),
        ("Only 40 percent of polling stations opened.", 40, "percent"),
        ("The epicentre was 20 km north of the town.", 20, "km"),
        ("A 6.8-magnitude quake shook the coast.", 6.8, "magnitude"),
        ("Officials pledged €300 million for repairs.", 300_000_000, "EUR"),
        # South Asian scales and the rupee, written before the figure or after it; the naira sign
        ("The state pledged Rs 2 crore for the victims' families.", 20_000_000, "INR"),
        ("Each injured passenger will get ₹50,000 in relief.", 50_000, "INR"),
        ("The airline offered Rs. 15 lakh to every family.", 1_500_000, "INR"),
        ("The temple trust raised 4 crore rupees.", 40_000_000, "INR"),
        ("The council set aside ₦300 million for the clinics.", 300_000_000, "NGN"),
        # a country's dollars and other signs written before the figure
        ("The state pledged A$12 million for rebuilding.", 12_000_000, "AUD"),
        ("Insurers expect claims of HK$3.4 billion.", 3_400_000_000, "HKD"),
        ("The province lost ₱900 million in crops.", 900_000_000, "PHP"),
        ("Fines of ¥250,000 were imposed.", 250_000, "JPY"),
        # an ISO code before the figure, in capitals; the rupee's sign fused to it
        ("The bank was fined KES 3.2 million on Monday.", 3_200_000, "KES"),
        ("Each family will get PKR 250,000 in aid.", 250_000, "PKR"),
        ("He was fined Rs0.3 million by the tribunal.", 300_000, "INR"),
        # the first of two figures takes the unit after the second
        ("The two quakes struck 12 and 30 km deep.", 12, "km"),
    ],
)
def test_measures_carry_their_unit(text: str, value: float, unit: str) -> None:
    c = one(text, value)
    assert (c.unit, c.topic) == (unit, "other")


# --- not counts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The dam burst in 2019 after heavy rain.", 2019),
        ("In 2023 the river flooded again.", 2023),
        ("The strike began on March 2 and ended in May.", 2),
        ("Protests erupted after Jan. 19 in the capital.", 19),
        ("The treaty was signed on July 24, 2025, in Geneva.", 24),
        ("The treaty was signed on July 24, 2025, in Geneva.", 2025),
        ("The vote is on 24 July in every district.", 24),
        ("The memorial marks 7 October each year.", 7),
        ("The polls close on Sept. 9 in every ward.", 9),
        ("The polls close on Sept 9 in every ward.", 9),
        ("POLLS CLOSE 9 SEPTEMBER IN EVERY WARD.", 9),
        ("The eruption began at 5:02 p.m. local time.", 5),
        ("The polls open at 10 a.m. on Sunday.", 10),
        ("A 23-year-old nurse was among the victims.", 23),
        ("The mayor, aged 45, resigned.", 45),
        ("Maria Lopez, 62, led the union.", 62),
        ("It was the 3rd landslide and the 21st flood.", 3),
        ("It was the 3rd landslide and the 21st flood.", 21),
        ("Channel 12 said the ministers met.", 12),
        ("Traffic on Route 6 was halted.", 6),
        ("The council passed Resolution 2334 last year.", 2334),
        ("Tenants in Section 8 housing protested.", 8),
        ("The airline grounded its Boeing 737 fleet.", 737),
        ("The COVID-19 wards were closed.", 19),
        ("Leaders met at the G7 summit.", 7),
        ("The museum has an Apollo 11 capsule.", 11),
        ("He lives at No. 10 with his family.", 10),
        ("See https://example.org/2024/05/85-dead for details.", 85),
        ("The ministry told the 12.kz news site about the crash.", 12),  # a site's name
        ("Tracking data from Planes40.com showed the route.", 40),
        ("Install version 2.3.1 of the app.", 2.3),
        ("The home side won 3-0 in the final.", 3),
        ("About 1 in 5 children is underweight.", 1),
        ("Vaccines are offered to children under 5 in the region.", 5),
        ("She backs a two-state settlement.", 2),
        ("The hotel kept its five-star rating.", 5),
        ("The river rose three times in a week.", 3),
        ("The abbey, founded in 1348 and rebuilt twice, closed.", 1348),  # a year long past
        ("When Ruiz was 17 he gave money to a campaign.", 17),  # an age told with "was"
        ("She was 9 at the time of the crash.", 9),
        ("Menu\n  1. Home\n  2. News\nThe ferry sank.", 2),  # a list's numbering
        ("Sections\n3) Sport\nThe ferry sank.", 3),
        ("Ferry Toll Rises to 30 (UPDATE 2)\nDivers found more bodies.", 2),  # a wire story's revision
        # (a dateline blanked as page furniture leaves a line of spaces)
        ("Toll Rises to 30 in Valdora Valley Flood (UPDATE 1)\n" + " " * 40 + "\nDivers found more bodies.", 1),
        ("Traffic was halted (Route 9) after the crash.", 9),  # a label's word right after a bracket
        # a reading on a scale, not a count of what was read
        ("Seismographs logged 800 tremors rated at least 1 on the national intensity scale.", 1),
        ("Some 90 quakes measured 3 or higher on the agency's scale.", 3),
        ("The shock registered 6, the top level on the intensity scale, in two towns.", 6),
        ("She put the response at 4 on a scale of one to ten.", 4),
        # a live page's time stamps, a gun's bore, and the age of someone described at length
        ("2 hr 35 min ago\nThe jury is back.", 2),
        ("2 hr 35 min ago\nThe jury is back.", 35),
        ("Posted 3 hours ago: the ferry has docked.", 3),
        ("Police said he carried a 16-gauge shotgun.", 16),
        ("The disgraced former harbour master, 61, showed no emotion.", 61),
    ],
)
def test_not_counts(text: str, value: float) -> None:
    assert value not in values(text)


def test_a_figure_after_was_counts_where_no_person_is_its_subject() -> None:
    assert 40 in values("Turnout is 40, the lowest on record.")
    assert 12 in values("The toll was 12 on Sunday.")


def test_old_years_and_list_numbers_count_where_they_count() -> None:
    assert 1348 in values("In all, 1348 people were evacuated.")
    assert 1500 in values("The abbey has housed 1500 monks since 1348.")
    assert 2_500_000 in values("Menu\n2.5 million people fled the floods.")


@pytest.mark.parametrize(
    "text",
    [
        "One of the officials said an inspector would visit.",
        "One source said a ceasefire was near.",
        "Several ministers and many aides left; few stayed.",
        "The first and second rounds were tense.",
        "An official said one more round was planned.",
    ],
)
def test_no_count_from_determiners_or_ordinals(text: str) -> None:
    assert counts(text) == []


def test_title_case_headline_is_still_a_count() -> None:
    c = one("Cyclone Kills 85 Villagers In Coastal Province", 85)
    assert c.topic == "deaths"


# --- topic, subject, role, status, when -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "topic"),
    [
        ("The earthquake killed at least 1,500 people in the valley.", 1500, "deaths"),
        ("At least 30 pilgrims were killed in the stampede.", 30, "deaths"),
        ("More than 200 protesters have been killed seeking food, the agency said.", 200, "deaths"),
        ("The flood caused around 900 deaths in the delta.", 900, "deaths"),
        ("More than a dozen herders starved to death last month.", 12, "deaths"),
        ("The landslide left 43 dead and 120 injured.", 43, "deaths"),
        ("The landslide left 43 dead and 120 injured.", 120, "injured"),
        ("The blast wounded 75 shoppers.", 75, "injured"),
        # what the bare figure's people suffered is no noun of its own
        ("Firefighters pulled 140 people from the blazing depot, with 12 suffering burns to their legs.", 12,
         "injured"),
        ("Of the 60 people aboard, 7 of them sustained injuries as they climbed down.", 7, "injured"),
        ("No fewer than 14 lives were reportedly lost in the floods.", 14, "deaths"),
        # people freed in exchange for prisoners are the other side's captives
        ("Rebels freed three Valdoran soldiers in exchange for 90 jailed fighters and 40 other prisoners.", 3,
         "hostages"),
        ("Valdora released 40 prisoners in exchange for three captives.", 40, "prisoners"),
        # a headline's present tense: each figure takes the verb before it
        ("Storm kills 4, injures 20 across the islands", 20, "injured"),
        ("Gunman kills 6, wounds 11 at a market", 11, "injured"),
        ("Three people die in a warehouse fire", 3, "deaths"),
        ("Pirates are holding 18 hostages off the coast.", 18, "hostages"),
        ("Gunmen abducted 276 schoolgirls from the dormitory.", 276, "hostages"),
        ("The junta holds 1,300 political prisoners.", 1300, "prisoners"),
        ("More than 4,000 opposition supporters are held in state prisons.", 4000, "prisoners"),
        ("The amnesty covers 150 inmates serving life sentences.", 150, "prisoners"),
        ("Police detained 87 demonstrators overnight; 40 detainees were later freed.", 40, "prisoners"),
        ("The agency sent 70 aid trucks across the border.", 70, "aid"),
        ("Volunteers served over 90 million meals during the famine.", 90_000_000, "aid"),
        ("The airlift delivered 500 tonnes of food to the island.", 500, "aid"),
        ("Hundreds of thousands of farmers face severe food insecurity.", 100_000, "aid"),
        ("The drought brought nearly 100,000 herders to the brink of ruin.", 100_000, "other"),
        ("A letter signed by 31 governments condemned the coup.", 31, "other"),
        ("Tens of thousands marched through the capital.", 10_000, "other"),
        ("The novelist has published seven novels since then.", 7, "other"),
        # a closed aside does not end the clause: the toll before it still counts the figure after it
        ("The death toll from the blast at a depot on Sunday (May 4) night has risen to 71.", 71, "deaths"),
        ("The toll from the fire [at the mill] rose to 12 on Monday.", 12, "deaths"),
        # patients under treatment are the hurt, wherever they are treated
        ("The ministry said 51 patients were undergoing treatment at six hospitals.", 51, "injured"),
        ("The firm said 12 products were undergoing tests at five labs.", 12, "other"),
        # a part told among a whole counted right after it shares what befell the whole
        ("Nine Chilean nationals were among more than 300 people who died in the heat.", 9, "deaths"),
        ("Four Peruvians were among the 52 people injured in the blast.", 4, "injured"),
        ("Four Peruvians were among the 52 guests at the hotel.", 4, "other"),
        # what "this figure" includes, after a toll told in the sentence before
        ("The toll rose to 212. This figure includes 71 Chileans and 12 Peruvians.", 71, "deaths"),
        ("Officials counted 212 injured. Besides locals, this number includes 40 tourists.", 40, "injured"),
        ("The fair drew 9,000 visitors. This figure includes 700 Chileans.", 700, "other"),
    ],
)
def test_topics(text: str, value: float, topic: str) -> None:
    assert one(text, value).topic == topic


def test_of_whom_takes_the_antecedent() -> None:
    text = "Bandits are thought to have 37 captives, 9 of whom are held in caves in the hills."
    c = one(text, 9)
    assert (c.topic, c.subject, c.role) == ("hostages", "captives", "remaining")


def test_remains_of_others() -> None:
    text = "The accord would free 6 surviving captives and the remains of 9 others over a month."
    alive, dead = one(text, 6), one(text, 9)
    assert (alive.topic, alive.status, alive.subject) == ("hostages", "living", "surviving captives")
    assert alive.role == "released"
    assert (dead.topic, dead.status, dead.subject) == ("hostages", "remains", "remains")


def test_others_after_a_different_verb_follow_the_verb() -> None:
    text = "The cyclone killed at least 1,500 people and injured more than 3,000 others on Monday."
    assert one(text, 1500).topic == "deaths"
    hurt = one(text, 3000)
    assert (hurt.topic, hurt.role, hurt.when) == ("injured", "injured", "on Monday")


def test_others_with_a_verb_of_their_own_after_and_take_it() -> None:
    # no figure before "and" to hand the verb to: the others' own verb still wins over the one before "and"
    assert one("Some climbers died and 15 others were hurt in the avalanche.", 15).topic == "injured"
    assert one("The blast injured 3,000 others.", 3000).topic == "injured"


def test_including_inherits_the_topic() -> None:
    text = "Air strikes killed 30 villagers, including 10 children, on Tuesday."
    assert one(text, 10).topic == "deaths"
    assert one(text, 10).subject == "children"


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("The rebels freed 10 living hostages.", 10, "living hostages"),
        ("The junta freed 93 life-term inmates and 870 other detainees.", 93, "life-term inmates"),
        ("The junta freed 93 life-term inmates and 870 other detainees.", 870, "other detainees"),
        ("The convoy of 70 aid trucks waited.", 70, "aid trucks"),
        ("Scores of people are starving in the camps.", 40, "people"),
        ("The drought displaced almost 40,000 mothers and infants.", 40_000, "mothers and infants"),
        ("Delegates from 31 nations signed the pledge.", 31, "nations"),
        ("The truce lasts 60 days.", 60, "days"),
        # a bare figure joined to the next one counts its noun too
        ("The Greens and the Farmers took 140 and 41 seats.", 140, "seats"),
        ("Crews towed 12, 15 or 20 boats a day.", 12, "boats"),
        ("Crews towed 12, 15 or 20 boats a day.", 15, "boats"),
        # names joined before the noun they both modify
        ("Some 70 Harbour Air and Harbour Air Express flights were grounded.", 70, "Harbour Air flights"),
        # a body's name with "of" in it, then the plural noun it modifies: its members, not the body
        ("Nearly 8,000 Guild of Harbour Pilots and Dock Hands (GHPD) members walked out.", 8000, "members"),
        ("About 600 Society of Night Nurses staff signed the letter.", 600, "staff"),
        # a plural made of "men" or "people" is the head; the verb after it is not
        ("Nearly 9,000 longshoremen went on strike.", 9000, "longshoremen"),
        ("About 40 townspeople gathered at the square.", 40, "townspeople"),
        # people are joined only by people: "and spreads" is the clause's verb
        ("The walkout now involves some 9,000 crane operators and spreads to three more harbours.", 9000,
         "crane operators"),
        ("Some 300 soldiers and police were deployed.", 300, "soldiers and police"),
        # a bare figure with a participle of its own goes on counting the things before it
        ("About 300 barns were flattened and 1,200 damaged.", 1200, "barns"),
        ("Nearly 1,200 flights were cancelled and 300 were delayed.", 300, "flights"),
        ("About 300 barns were flattened and 1,200 evacuated.", 1200, ""),  # said of people, not of barns
        # ... and a part of them set against the rest, however its participle is qualified
        ("The first four wagons left the rails, while the first two were almost entirely burned.", 2, "wagons"),
        ("Six wagons left the rails, but two were badly damaged.", 2, "wagons"),
        ("Officials said six “bandits” were shot dead.", 6, "bandits"),  # a noun in scare quotes is the noun
        ("She was convicted on all 34 counts and faces up to four years in prison.", 34, "counts"),  # a verb
        ("The storm flattened 40 barns and sheds in the valley.", 40, "barns and sheds"),
        ("The siege brought 9,000 women and children to the brink of famine.", 9000, "women and children"),
    ],
)
def test_subjects(text: str, value: float, subject: str) -> None:
    assert one(text, value).subject == subject


def test_a_figure_joined_to_another_takes_no_noun_that_is_not_shared() -> None:
    assert one("The vote was 140 and 41 of them abstained.", 140).subject == ""
    assert one("Of the 140, 41 voted no.", 140).subject == ""


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("The kidnappers released 12 hostages at dawn.", 12, "released"),
        ("Roughly 70 abductees remain in captivity.", 70, "remaining"),
        # "remains at" reports a figure, it holds no one: the verb before it says what befell them
        ("The number of climbers rescued alive remains at 14, the park said.", 14, "rescued"),
        ("The militia took 251 hostages in the raid.", 251, "taken"),
        ("The regime is demanding the release of 200 dissidents.", 200, "released"),
        ("The union is demanding 300 new hires.", 300, "demanded"),
        ("The agency said 35 food lorries were delivered to the valley.", 35, "delivered"),
        ("Officials said over 600 lorries remain stranded at the port.", 600, "stuck"),
        ("Another 2,000 opponents detained after the coup are still in jail.", 2000, "held"),
        ("Floods killed 60 people in the north.", 60, "killed"),
        # headlines speak in the present; gerunds after "and" are the figure's own verb
        ("Floods kill 40 in northern Portugal", 40, "killed"),
        ("The raiders stormed the town, killing 300 people and kidnapping 45.", 45, "taken"),
        ("More than 60 people were martyred in the bombardment.", 60, "killed"),
        ("Rebels launched an attack that resulted in the deaths of about 900 people.", 900, "killed"),
        ("The shelling has claimed the lives of \"around 50\" villagers.", 50, "killed"),
        ("Rebels seized 70 tourists, 5 of them were killed.", 5, "killed"),
        # a participle clause after "while"/"after" is its subject's doing, not the counted people's
        ("The army frees 3 hostages while killing dozens in the raid.", 3, "released"),
        ("The envoy greeted two other Americans after being freed by the rebels.", 2, "released"),
        # the object of a role verb keeps it: the verb after "and" is the subject's next deed
        ("Before it was caught, the bull killed two handlers and wounded others in the yard.", 2, "killed"),
        ("Police named the driver in the crash that killed five and injured.", 5, "killed"),
        ("The driver injured 12 people and killed himself.", 12, "injured"),
        # a reported clause after the figure tells what befell its own subject
        ("Two of Valdora's dailies, the Herald and the Post, quoted aides as saying the envoy was dead.", 2, None),
        # "as" with a subject opens a clause of its own: the toll there is not the survivors'
        ("Divers pulled 9 survivors from the hull, as the death toll reached 60.", 9, None),
        # ... and after a comma, others' doings: the toll is the dead's, not the villagers' call
        ("The toll from Sunday's mudslide climbed to 23, the governor announced, as volunteers dug through debris and "
         "neighbours called for more tents amid blackouts.", 23, "killed"),
        ("Police freed 14 captives at dawn, while neighbours demanded answers.", 14, "released"),
        # what befell them later is where they ended up; "later that day" with no verb of theirs is not
        ("Three men were detained after the fire, but were later released without charge.", 3, "released"),
        ("Six were hurt, and later that day police released a statement.", 6, "injured"),
        # those who seek safety demand nothing
        ("Aid groups said about 2,000 villagers had left the valley since Friday, many seeking shelter with relatives "
         "in town.", 2000, None),
        # the dead are not missing: the word was the families'
        ("The mine collapse left 7 workers dead and many households with missing relatives.", 7, "killed"),
        # a swap as headlines tell it: both sides are freed
        ("Third exchange: 9 captives for 60 prisoners", 9, "released"),
        ("Third exchange: 9 captives for 60 prisoners", 60, "released"),
        # a clause with its own subject after the figure tells what befell that subject
        ("The man stabbed nine passengers and wounded 14 before he was shot dead by guards.", 14, "injured"),
        # a second object of the same verb takes it: the civilians were killed too
        ("Raiders struck a depot, killing at least 12 border guards and three civilians.", 3, "killed"),
        ("The blast killed 12 border guards in Minho and two farmers.", 2, None),  # the verb is too far back
        ("The blast killed 12 border guards and two farmers were hurt.", 2, "injured"),  # their own verb
        ("Twelve guards died and two farmers fled.", 2, None),  # no verb before the first: none shared
        # a toll named as a loss of life or a death count, the figure after its verb
        ("The death toll is 17, officials said.", 17, "killed"),
        ("The toll remained at 40 on Sunday.", 40, "killed"),
        ("The loss of life from the storm rose to 16 on Friday.", 16, "killed"),
        ("The raids raised the death count, reaching 19 individuals by Monday.", 19, "killed"),
        # killing as police or armies word it
        ("Officials said five gunmen were “eliminated” after the siege.", 5, "killed"),
        ("The governor said six “bandits” had been “liquidated.”", 6, "killed"),
        ("It came months after the slaying of 140 people at a concert hall.", 140, "killed"),
        ("The reform eliminated 300 jobs.", 300, None),  # things are not killed
        # a side of a swap bringing its people home frees them
        ("Valdora repatriated 140 soldiers on Friday.", 140, "released"),
        ("The swap brought home 120 Valdoran fishermen.", 120, "released"),
        ("Gas from the broken main spread fast, seriously hurting 14 workers.", 14, "injured"),
    ],
)
def test_roles(text: str, value: float, role: str) -> None:
    assert one(text, value).role == role


def test_saving_lives_is_not_a_toll() -> None:
    assert one("Medics saved the lives of 50 villagers.", 50).role == "rescued"
    assert one("Boat crews were rescuing 25 residents from rooftops.", 25).role == "rescued"
    assert one("The savings plan saved 300 jobs.", 300).topic == "other"


@pytest.mark.parametrize(
    "text",
    [
        "The mudslide claimed 27 lives in the hill villages.",
        "The outbreak has claimed at least 14 lives this month.",
        "The crash took nine lives, the rail operator said.",
        "The blizzard cost 31 lives across three states.",
        "Some 80 lives were lost when the ferry went down.",
        "Police said on Monday that at least 19 lives have been claimed by the storm.",
        "The gas explosion led to the loss of 26 lives in the market.",
    ],
)
def test_lives_taken_are_a_toll(text: str) -> None:
    value = next(c.value for c in find_counts(text))
    c = one(text, value)
    assert (c.topic, c.role) == ("deaths", "killed")


@pytest.mark.parametrize(
    "text",
    [
        "Landslides have claimed at least 8 and eleven lives in the two valleys.",
        "The fires cost 8, 6 and eleven lives in the three provinces.",
    ],
)
def test_lives_taken_are_a_toll_for_each_figure_joined(text: str) -> None:
    # the verb of taking stands before the first figure; the noun after the last: both are every figure's
    assert [(c.value, c.topic, c.role) for c in find_counts(text) if c.value in (8, 11)] == [
        (8, "deaths", "killed"), (11, "deaths", "killed")]


def test_lives_saved_after_lives_taken_are_no_toll() -> None:
    assert one("The blast claimed 6 lives and 40 lives were saved by the medics.", 40).topic == "other"


@pytest.mark.parametrize(
    ("text", "value", "topic"),
    [
        # the remains or bodies of a group are its dead
        ("The remains of four workers were recovered from the mine.", 4, "deaths"),
        ("The bodies of 12 fishermen washed ashore.", 12, "deaths"),
        ("The remains of two hostages were handed over.", 2, "hostages"),
        # a plural thing counted is no topic that stands near it
        ("She longed to leave the four walls of the prison behind.", 4, "other"),
        ("Two carriages were crushed in the crash that killed dozens.", 2, "other"),
        ("Guards moved 40 inmates out of the prison.", 40, "prisoners"),
        ("The landslide killed 12 villagers in the valley.", 12, "deaths"),  # a people noun: the verb decides
    ],
)
def test_the_counted_noun_decides_the_topic(text: str, value: float, topic: str) -> None:
    assert one(text, value).topic == topic


@pytest.mark.parametrize("text", ["Lifeguards saved 12 lives on the beach.", "The charity changed 500 lives.",
                                  "The survey says 12 lives were taken into account."])
def test_lives_saved_or_changed_are_no_toll(text: str) -> None:
    c = find_counts(text)[0]
    assert c.topic == "other" and c.role != "killed"


def test_a_bare_figure_is_what_the_toll_far_back_in_its_sentence_counts() -> None:
    text = ("The death toll from the shelling of the northern town of Braga and of the villages around"
            " the Minho valley exceeded 100 on Monday.")
    assert one(text, 100).topic == "deaths"
    text = "The number of injured in the shelling of the northern town of Braga and its villages rose to 340."
    assert one(text, 340).topic == "injured"
    assert one("Shares in the company behind the toll road rose to 14 on Monday.", 14).topic == "other"


def test_people_do_not_get_delivered() -> None:
    assert one("The strike by 30,000 nurses entered its third week.", 30_000).role is None


@pytest.mark.parametrize(
    ("text", "value", "status"),
    [
        ("Raiders seized 8 living captives.", 8, "living"),
        ("The army recovered the bodies of 4 hostages.", 4, "remains"),
        ("Rebels want 200 fighters serving life sentences freed.", 200, "life-sentence"),
        ("The court reviewed 2,000 protesters detained after the vote.", 2000, "detained"),
        ("The flood left 15 dead in the town.", 15, "dead"),
    ],
)
def test_status(text: str, value: float, status: str) -> None:
    assert one(text, value).status == status


@pytest.mark.parametrize(
    ("text", "value", "when"),
    [
        ("At least 85 miners were killed Sunday in the collapse.", 85, "Sunday"),
        ("Storms killed 12 people on Wednesday.", 12, "on Wednesday"),
        ("More than a dozen herders starved just this week.", 12, "just this week"),
        ("The fighting has killed 60,000 people since the war began.", 60_000, "since the war began"),
        ("About 1,200 people died in October 2023 in the floods.", 1200, "in October 2023"),
        ("In 2019, 400 people died in the heatwave.", 400, "In 2019"),
        # a year, then a clause of what happened in it: that year's figure
        ("It was the worst accident since 2019, when 9 people died in a warehouse fire.", 9, "in 2019"),
        ("It was the worst flood since 2011, when floods killed 40 people.", 40, "in 2011"),
        # the opener frames its clause past an earlier figure; a time after ", and" is the next figure's
        ("On Tuesday, the two sides had released 410 prisoners apiece.", 410, "On Tuesday"),
        ("On Wednesday, 215 were exchanged, and on Tuesday 410, the ombudsman said.", 215, "On Wednesday"),
        ("On Wednesday, 215 were exchanged, and on Tuesday 410, the ombudsman said.", 410, "on Tuesday"),
        # the day an event happened, told as its owner, is not the day of a toll that rose since
        ("The toll from Friday's mudslide has risen to 63.", 63, None),
        ("Friday's mudslide buried 20 homes.", 20, "Friday"),  # what the event did that day
        ("Friday's toll rose to 63.", 63, "Friday"),  # the toll's own day
        # a time inside a "since" clause is when the count began
        ("Since the fighting began in March, 4,300 people have been killed.", 4300, None),
    ],
)
def test_when(text: str, value: float, when: str | None) -> None:
    assert one(text, value).when == when


def test_a_part_out_of_a_whole_named_by_its_noun_counts_both() -> None:
    """'25 out of the 61 council seats': both are seats (not a rating like '8 out of 10')."""
    assert values("The Farmers Party has won 25 out of the 61 council seats.") == [25, 61]
    assert values("The Farmers Party has won 25 out of 61 council seats.") == [25, 61]


def test_two_counts_in_different_time_frames_get_different_anchors() -> None:
    text = "Strikes killed 85 people on Sunday, bringing the toll since the war began to 60,000."
    assert one(text, 85).when == "on Sunday"
    assert one(text, 60_000).when == "since the war began"


def test_no_when_without_a_time_word() -> None:
    assert one("The blast wounded 75 shoppers near the market.", 75).when is None


# --- offsets and blanked text -----------------------------------------------------------------


def test_offsets_and_sentence() -> None:
    text = "Floods hit the north.\nOfficials said nearly 60,000 homes were damaged. Another 30 collapsed."
    c = one(text, 60_000)
    assert (c.start, c.end) == (text.index("nearly"), text.index(" homes"))
    assert c.sentence == "Officials said nearly 60,000 homes were damaged."


def test_blanked_boilerplate_is_not_read_across() -> None:
    text = "Hostages were freed.                                   \n5 books were sold in the shop."
    c = one(text, 5)
    assert c.topic == "other"


def test_sorted_and_non_overlapping() -> None:
    text = "Between 20 and 30 boats, about 15 planes and 4 trains were hit, with 1,000 people killed."
    found = counts(text)
    assert [c.value for c in found] == [20, 15, 4, 1000]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


# --- the seed articles ------------------------------------------------------------------------


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed articles not present")
def test_seed_articles_general_properties() -> None:
    files = sorted(SEEDS.glob("*.txt"))
    assert files
    total = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        dates = [m.span() for m in re.finditer(r"\b(?:Jan|Feb|Mar|Oct|Nov|Dec)\. \d{1,2}\b|\b(?:March|July) \d{1,2}\b",
                                               text)]
        names = [m.span() for m in re.finditer(r"\bChannel \d+", text)]
        for c in counts(text):
            total += 1
            assert c.sentence and c.text in c.sentence
            assert not any(s <= c.start < e for s, e in dates + names), (path.name, c)
            assert c.low is None or c.low <= c.value
            assert c.high is None or c.value <= c.high
    assert total >= 20


# --- properties -------------------------------------------------------------------------------

_PIECES = [
    "at least", "more than", "between", "and", "to", "or", "10", "1,000", "2.5", "million", "a dozen", "dozens of",
    "half", "the", "hostages", "killed", "-", "–", "day", "$", "%", "Oct.", "7", "2023", ",", ".", "\n", "   ",
    "one", "twenty-one", "hundred", "of whom", "others", "remains of", "tens of thousands", "some", "over",
    "within", "hours", "aged", "Channel", "year-old", "-strong", "or more", "+", "two-thirds", "İ", "\u00a0",
]


def _check(text: str) -> None:
    found = find_counts(text)
    last = -1
    for c in found:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.text
        assert c.start >= last
        last = c.end
        assert c.low is None or c.low <= c.value
        assert c.high is None or c.value <= c.high


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises_and_spans_are_exact(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14), st.sampled_from([" ", "", "  "]))
def test_number_like_text_never_raises_and_spans_are_exact(pieces: list[str], sep: str) -> None:
    _check(sep.join(pieces))


def test_a_digit_newer_than_python_s_unicode_tables_is_no_number():
    # U+1E4F0 (Unicode 15) is a digit to ``regex`` but not to Python 3.11's float(): hypothesis found it
    _check("0\U0001e4f0")
    assert [c.value for c in find_counts("Officials said 0\U0001e4f0 people and 12 others were hurt.")] == [12]


def test_time_anchor_does_not_cross_a_coordinate_clause():
    text = "The bridge reopened on Tuesday, but 40 trucks were still stuck at the border."
    [c] = find_counts(text)
    assert c.value == 40 and c.when is None
    text = "On Tuesday, 40 trucks crossed the border."
    [c] = find_counts(text)
    assert c.when == "On Tuesday"


# --- generality: forms and styles beyond the seed articles ------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "span", "qualifier"),
    [
        ("Officials had put the toll at c. 320 by nightfall.", 320, "c. 320", "about"),
        ("The museum lists circa 40 paintings as lost.", 40, "circa 40", "about"),
        ("The death toll from the cyclone passed 2,000 on Friday.", 2000, "passed 2,000", "more_than"),
        ("Typhoon toll tops 1,100 as rescuers dig", 1100, "tops 1,100", "more_than"),
        ("The assembly passed 12 laws before the recess.", 12, "12", "exact"),
    ],
)
def test_circa_and_toll_verbs(text: str, value: float, span: str, qualifier: str) -> None:
    c = one(text, value)
    assert (c.text, c.qualifier) == (span, qualifier)


def test_circa_keeps_its_sentence_context() -> None:
    c = one("Earlier figures put the death toll at c. 320.", 320)
    assert c.topic == "deaths"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Roughly one in seven farmers lost a harvest.", 7),
        ("One in three children under five was malnourished.", 3),
        ("Most of the victims were seamstresses, some as young as 16, officials said.", 16),
        ("The dead were named as Omar Haddad, 19; Lena Fox, 23; and Paul Ng, 31.", 19),
        ("The dead were named as Omar Haddad, 19; Lena Fox, 23; and Paul Ng, 31.", 31),
        ('"We found the bodies," said a volunteer, 28, from the port.', 28),
        ("Shots were fired on the 1400 block of Elm Street overnight.", 1400),
        ("The fire began at 220 North Cedar Avenue before dawn.", 220),
        # numbered streets, and both numbers of a pair of addresses
        ("Crews met outside the depot, 1200 E. 3rd Avenue, before dawn.", 1200),
        ("The clinic and the library stand at 310 and 318 W. 12th St.", 310),
        ("The clinic and the library stand at 310 and 318 W. 12th St.", 318),
        ("Donors can text 274637 to give.", 274637),
        ("Call the hotline at (518) 555-0187 with tips.", 518),
    ],
)
def test_more_not_counts(text: str, value: float) -> None:
    assert value not in values(text)


def test_local_currencies_are_measures_not_counts() -> None:
    assert one("Families will receive 100,000 taka each.", 100_000).unit == "BDT"
    assert one("The gang demanded 5 million naira in ransom.", 5_000_000).unit == "NGN"
    # "Rs 20 lakh to the injured" is money, not 20 injured people; a word ending in "rs" is no rupee sign
    assert [(c.value, c.unit) for c in counts("Rs 20 lakh will go to the injured.")] == [(2_000_000, "INR")]
    assert one("Of the farmers 40 were hurt.", 40).unit != "INR"
    assert one("Fines of 200 rupees were imposed.", 200).unit is not None
    assert one("The pair were jailed for 11 and 6 years respectively.", 11).unit == "year"  # (a span's, shared too)
    # ... and a change's end takes the unit its start has
    assert one("A higher court cut her term from 9 years to five.", 5).unit == "year"
    assert one("Support slid from 48% to 39 in a month.", 39).unit == "percent"
    assert one("The toll rose from 12 to 40.", 40).unit is None
    # ... but not a currency: "5 and 6 dollars" says nothing of which the 5 are
    assert one("The stall sold mangoes for 5 and 6 dollars.", 5).unit is None
    # a code that is also a summit's name is no currency
    assert one("Delegates flew to COP 31 with 40 aides.", 40).unit is None


def test_abbreviated_millions_near_a_million_figure() -> None:
    text = "Waiting lists stood at 7.4 million in April, down from a peak of 7.7m in March."
    assert one(text, 7_700_000).unit is None
    assert 7.7 not in values("The sea wall is 7.7m high.")


def test_hyphenated_truck_convoy_is_an_aid_count() -> None:
    c = one("A 40-truck convoy reached the town on Thursday.", 40)
    assert (c.topic, c.subject) == ("aid", "trucks")


# --- generality: roles, topics and time anchors -----------------------------------------------


def test_injured_after_a_killed_conjunct_is_injured() -> None:
    c = one("At least 3,000 people were killed and more than 10,000 injured in the offensive.", 10_000)
    assert (c.topic, c.role) == ("injured", "injured")


def test_one_more_person_after_and_leaves_the_verb_to_the_count() -> None:
    """'and a cook' adds a person, not a count: the verb after it is the two guards' own, and the nine's."""
    text = "Two guards and a cook were reported killed, as well as nine wounded."
    dead, hurt = one(text, 2), one(text, 9)
    assert (dead.topic, dead.role) == ("deaths", "killed")
    assert (hurt.topic, hurt.role) == ("injured", "injured")


def test_others_take_the_verb_after_them() -> None:
    text = "Four people were killed and 17 others were wounded early Sunday at the fair."
    dead, hurt = one(text, 4), one(text, 17)
    assert (dead.topic, dead.role, dead.when) == ("deaths", "killed", "early Sunday")
    assert (hurt.topic, hurt.role, hurt.when) == ("injured", "injured", "early Sunday")


def test_subset_after_a_bare_number_takes_its_topic() -> None:
    text = "The blast killed 14 and wounded 40, including six children, the governor said."
    assert one(text, 6).topic == "injured"
    text = "The toll rose to 1,136, including 386 children, after weeks of flooding."
    assert one(text, 386).topic == "deaths"


def test_appositive_with_a_count_does_not_hide_the_verb() -> None:
    text = "Thirteen peacekeepers, including nine Malawians, have been killed."
    assert (one(text, 13).topic, one(text, 13).role) == ("deaths", "killed")
    assert one(text, 9).topic == "deaths"


def test_participle_after_the_noun_is_a_modifier() -> None:
    freed = one("The army said it had freed 47 civilians held by the militia.", 47)
    assert freed.role == "released"
    left = one("Some 101 hostages abducted by the rebels on March 7 remain in the forest.", 101)
    assert (left.topic, left.role, left.when) == ("hostages", "remaining", None)


def test_taken_to_hospital_is_injured_not_taken() -> None:
    c = one("Around 70 people were rescued, and 22 were taken to hospital with burns.", 22)
    assert (c.topic, c.role) == ("injured", "injured")
    assert one("Around 70 people were rescued, and 22 were taken to hospital with burns.", 70).topic == "other"
    c = one("The ferry operator said 14 passengers were treated at local hospitals.", 14)
    assert (c.topic, c.role) == ("injured", "injured")
    c = one("The ferry collision sent 14 people to the hospital.", 14)
    assert (c.topic, c.role) == ("injured", "injured")
    assert one("The agency sent 14 doctors to the region.", 14).topic == "other"


def test_wounds_and_condition_words_mean_injured() -> None:
    assert one("Medics treated dozens of miners for shrapnel wounds.", 24).topic == "injured"
    assert one("Of the 22 wounded, 11 of them are in critical condition.", 11).topic == "injured"


def test_sentenced_to_death_is_not_a_death_toll() -> None:
    c = one("Four journalists were sentenced to death by a militia court.", 4)
    assert c.topic == "prisoners"


def test_people_freed_in_a_prisoner_swap_are_prisoners() -> None:
    text = ("The sides began a prisoner swap on Friday. The rebels are set to free 181 people, "
            "while the government releases 706 fighters.")
    assert one(text, 181).topic == "prisoners"
    assert one(text, 706).topic == "prisoners"
    assert one("Each side returned 95 soldiers in the latest prisoner exchange.", 95).role == "released"


def test_people_freed_from_rubble_are_not_prisoners() -> None:
    text = "After the prisoner swap collapsed, rescuers freed 30 people from the rubble."
    assert one(text, 30).topic == "other"


def test_displacement_verbs_keep_their_own_topic() -> None:
    text = "The war has killed tens of thousands of people and uprooted more than 12 million."
    assert one(text, 10_000).topic == "deaths"
    assert one(text, 12_000_000).topic == "other"


def test_things_get_no_role() -> None:
    text = "Militants fired some 200 rockets and a dozen drones on Monday, killing two people."
    assert one(text, 12).role is None
    assert (one(text, 2).topic, one(text, 2).role) == ("deaths", "killed")


def test_anaphor_reaches_the_previous_sentence() -> None:
    text = "Gunmen abducted 287 pupils from a school. A teacher said 187 of those taken were boys."
    c = one(text, 187)
    assert (c.topic, c.role) == ("hostages", "taken")


def test_appositive_time_does_not_govern_the_next_count() -> None:
    text = "Roughly 500,000 people have fled their homes this month alone, adding to the 6.5 million displaced."
    assert one(text, 500_000).when == "this month"
    assert one(text, 6_500_000).when is None


def test_participle_clause_shares_the_main_clause_time() -> None:
    text = "A fire tore through a garment factory on Thursday night, killing at least 46 people."
    assert one(text, 46).when == "on Thursday night"


def test_with_participle_clause_shares_the_main_clause_time() -> None:
    text = "The sides held a prisoner exchange on Friday, with each side returning 95 prisoners of war."
    c = one(text, 95)
    assert (c.topic, c.role, c.when) == ("prisoners", "released", "on Friday")


def test_capitalised_modifier_before_the_plural_head() -> None:
    c = one("Police detained 30 Barbados dockers at the port.", 30)
    assert c.subject.endswith("dockers")
    c = one("At least 12 Ruritanians were killed in the blast.", 12)
    assert c.subject == "Ruritanians" and c.topic == "deaths"


def test_forced_to_flee_is_not_a_toll() -> None:
    text = "Days of fighting killed 21 people and forced more than 90,000 to flee their villages."
    by_value = {c.value: c for c in find_counts(text)}
    assert by_value[21].topic == "deaths"
    assert by_value[90000].topic == "other"


@pytest.mark.parametrize(
    ("text", "value", "role"),
    [
        ("Gunners shot down 41 rockets over the harbour.", 41, "intercepted"),
        ("The navy launched 18 missiles at the fort.", 18, "launched"),
        ("Nine climbers are still missing on the ridge.", 9, "missing"),
        ("Two sailors were unaccounted for at dusk.", 2, "missing"),
        ("The county posted a list of 64 hikers whose whereabouts were still unknown.", 64, "missing"),
        ("Lifeboat crews rescued 57 passengers from the water.", 57, "rescued"),
    ],
)
def test_roles_of_searches_and_strikes(text: str, value: float, role: str) -> None:
    assert one(text, value).role == role


# --- issue 7: numbers fused to units or hyphenated ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "span", "subject"),
    [
        ("Cranes lifted the roof off a 30-storey tower.", 30, "30-storey", "storeys"),
        ("A 33-story block swayed in the wind.", 33, "33-story", "stories"),
        ("The army built a 1,000-bed field hospital.", 1000, "1,000-bed", "beds"),
        ("The envoys agreed on a 12-point roadmap.", 12, "12-point", "points"),
        ("A 5-member panel will review the bids.", 5, "5-member", "members"),
        ("The team published a 60-page report.", 60, "60-page", "pages"),
    ],
)
def test_hyphenated_counts_of_things(text: str, value: float, span: str, subject: str) -> None:
    c = one(text, value)
    assert (c.text, c.subject, c.unit, c.topic) == (span, subject, None, "other")


def test_hyphenated_count_of_people_reads_the_clause() -> None:
    c = one("Negotiators sealed a 24-person swap in which rebels freed jailed soldiers.", 24)
    assert (c.text, c.subject, c.unit) == ("24-person", "people", None)


@pytest.mark.parametrize(
    ("text", "value", "span", "unit"),
    [
        ("The coach was doing 70mph when it overturned.", 70, "70mph", "mph"),
        ("The van had a 1.6-litre engine.", 1.6, "1.6-litre", "litre"),
        ("Each drone carried 128GB of footage.", 128, "128GB", "GB"),
        ("The cell was ten feet long.", 10, "ten feet", "foot"),
        ("Winds of 90 km/h lashed the coast.", 90, "90 km/h", "km/h"),
        # a speed written out is no distance
        ("Gusts of 140 miles per hour tore roofs off.", 140, "140 miles per hour", "mph"),
        ("The storm moved at 25 miles an hour.", 25, "25 miles an hour", "mph"),
        ("Winds reached 210 kilometres per hour at sea.", 210, "210 kilometres per hour", "km/h"),
        ("The train slowed to 60 km per hour.", 60, "60 km per hour", "km/h"),
        ("The fire burned 4,000 hectares of forest.", 4000, "4,000 hectares", "hectare"),
        ("A 300-metre stretch of road caved in.", 300, "300-metre", "metre"),
        ("The storm wrecked a 10,000-square-foot depot.", 10000, "10,000-square-foot", "sq foot"),  # an area
    ],
)
def test_measures_fused_or_hyphenated_carry_their_unit(text: str, value: float, span: str, unit: str) -> None:
    c = one(text, value)
    assert (c.text, c.unit, c.topic) == (span, unit, "other")


def test_a_bare_figure_compared_with_a_measure_takes_its_unit() -> None:
    assert one("The quay saw 6 to 7 feet of surge, far below the feared 15.", 15).unit == "foot"
    assert one("Gusts reached 120 mph, up from 90.", 90).unit == "mph"
    assert one("The river rose 3 metres and 40 people fled.", 40).unit is None


@pytest.mark.parametrize(
    "text",
    [
        "She backs a two-state settlement.",
        "The hotel kept its five-star rating.",
        "He is a two-time champion.",
        "Prices rose three-fold in a year.",
        "The bill needs a two-thirds majority in the chamber.",  # a share, not two of anything
    ],
)
def test_hyphenated_modifiers_that_count_nothing(text: str) -> None:
    assert counts(text) == []


def test_age_of_a_conflict_is_a_duration_not_an_age() -> None:
    c = one("Mediators want to end the 14-month-old war in the hills.", 14)
    assert (c.text, c.unit, c.topic) == ("14-month-old", "month", "duration")
    assert counts("Medics treated a 14-month-old toddler.") == []


# --- issue 7: not counts of people ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ortiz, 25, and her sons, aged 6 and 9, escaped the blaze.", 25),
        ("Ortiz, 25, and her sons, aged 6 and 9, escaped the blaze.", 6),
        ("Ortiz, 25, and her sons, aged 6 and 9, escaped the blaze.", 9),
        ("The twins, aged 3, 5 and 8, were unhurt.", 8),
        ("A 52-year old ferryman was freed on Sunday.", 52),
        ("Divers pulled a girl of 4 from the canal.", 4),
        ("The pilot, 41, walked away from the wreck.", 41),
        ("His sons, Tomas, 7, and Ivo, 3 – both asleep – were carried out.", 3),
        ("The youngest rescued was 19, and the oldest 71.", 19),
        ("The youngest rescued was 19, and the oldest 71.", 71),
        ("Her daughter was just six months old at the time.", 6),
        ("Some 40 men between the ages of 23 and 68 stood trial.", 23),
        ("Some 40 men between the ages of 23 and 68 stood trial.", 68),
        ("The defendants, with ages ranging from 19 to 70, all appealed.", 70),
        ("Marta, also 64, wept in court.", 64),
        ("The 44-year-oldformer clerk was cleared.", 44),  # a page that lost the space after "old"
        # every age of a list said to be years old, and the ages of those picked out by what befell them
        ("The two boys who drowned were 7 and 11 years old, police said.", 7),
        ("The three girls were 6, 9 and 12 years of age.", 6),
        ("The two sisters who died were 5 and 9.", 5),
        ("The two sisters who died were 5 and 9.", 9),
        ("The miners who were rescued were 34, 41 and 58, the company said.", 41),
        # a list of the named, one per line, each with an age; ages matched to names "respectively"
        ("Police named the dead.\n\nAna R. Ruiz, 63\nTomas Brenner-Holt, 37\n", 63),
        ("Police named the dead.\n\nAna R. Ruiz, 63\nTomas Brenner-Holt, 37\n", 37),
        ("A father and son, Carl and Ben Ostrow, 51 and 17, respectively, were among them.", 51),
        ("A father and son, Carl and Ben Ostrow, 51 and 17, respectively, were among them.", 17),
        # the age one stops work at, and an age limit raised
        ("We will not accept working until 70.", 70),
        ("Under the old rules nurses could retire at 62.", 62),
        ("The bill raises the retirement age to 67.", 67),
        # the age one died at
        ("Opera singer Lena Varga dies at 88", 88),
        ("The poet, who died at 91 on Monday, was buried in Osdal.", 91),
        ("The former mayor passed away at 77 after a long illness.", 77),
        ("The violinist died Tuesday at 83, her family said.", 83),
        ("Brandt died at home at 90 surrounded by family.", 90),
        # told of by a noun, "was" saying it is one
        ("The archbishop, who was 86, had led the diocese since 1999.", 86),
    ],
)
def test_ages_are_not_counts(text: str, value: float) -> None:
    assert value not in values(text)


def test_a_parent_told_by_how_many_children_counts_children_to_whom_nothing_befell() -> None:
    kids = one("Mara Lind, the 41-year-old mother of four, was killed in the crash.", 4)
    assert (kids.subject, kids.topic, kids.role) == ("children", "other", None)
    assert one("The victim, a father of two, was stabbed outside a bar.", 2).role is None
    assert one("The mother of 3 children and 2 neighbours died.", 2).topic == "deaths"  # the neighbours died
    assert one("Four people died, including a mother of two.", 4).topic == "deaths"


def test_dying_at_a_place_or_a_speed_still_counts() -> None:
    assert values("Four people died at 3 sites along the river.") == [4, 3]
    assert one("The rider died at 90 km/h on the bend.", 90).unit == "km/h"


def test_a_change_then_the_total_it_came_to_is_no_range() -> None:
    toll = counts("The toll from the landslide rose by 9 to 130 on Sunday.")
    assert [(c.value, c.low, c.high) for c in toll] == [(9, 9, 9), (130, 130, 130)]
    assert [c.value for c in counts("Arrests fell by 12 to 80 in May.")] == [12, 80]
    # a change that is itself a range, its unit after it
    assert [(c.low, c.high) for c in counts("Fares rose by 4 to 6 percent in May.")] == [(4, 6)]
    assert [(c.low, c.high) for c in counts("Between 40 and 60 people marched; 10 to 20 were held.")][1] == (10, 20)


def test_a_name_made_of_a_number_is_no_count() -> None:
    assert values("The 1973 Nine-Day War left scars on both towns.") == []
    assert values("Delegates of the Group of 20 met in Osdal, as did the Gang of Four.") == []
    assert values("A group of 20 soldiers was ambushed; the nine-day siege ended.") == [20, 9]  # counts, a span


def test_a_share_told_in_words_is_no_count() -> None:
    assert values("Nearly three in five voters backed the plan.") == []
    assert values("About four in ten homes were damaged. In all, ten homes burned.") == [10]
    assert values("Two in three residents fled the valley.") == []
    assert values("Police detained six in three raids.") == [6, 3]  # the object of a verb, then its events


def test_the_parties_pointed_back_to_are_no_count() -> None:
    assert values("A prisoner swap between the two is not new.") == []
    # two things named by their noun are the two sides too; a third is no pair told of before
    assert values("Talks between the two countries broke down.") == []
    assert values("Fighting between the two armies left 12 dead.") == [12]
    assert values("Talks between the three parties broke down.") == [3]
    assert values("Between the 2 ferries, 30 passengers drowned.") == [30]


def test_an_emergency_line_is_no_count() -> None:
    assert values("Just after midnight, 911 calls brought officers to the fire. A neighbour dialled 999.") == []
    assert values("The Greens and the Reds took 41 and 12 seats respectively.") == [41, 12]
    assert values("Some 911 people fled the flood.") == [911]


@pytest.mark.parametrize(("text", "topic"), [
    # what befell other people, named after the word: the mourners are no toll
    ("Some 800 residents, including the bishop, marched on Sunday to remember the slain fishermen.", "other"),
    ("About 300 people gathered outside the hospital to honor the injured workers.", "other"),
    ("Some 40 people were among the dead, officials said.", "deaths"),  # the dead are whom the count joins
    # "and others" starts another group: the two are the dead, the others the wounded
    ("The blast tore through the market, leaving three dead and others hurt.", "deaths"),
    # a range of ages between the figure and its verb is no aside that ends the clause
    ("Some 15 pupils ages 6–11 were injured in the blast.", "injured"),
    # others who sustained or suffered injuries are injured, whatever befell the figure before them
    ("Rescuers said 12 others sustained injuries in the blast.", "injured"),
    # the injured who then died are dead
    ("Two more injured fishermen succumbed to their wounds on Friday.", "deaths"),
    ("Two injured workers later died in hospital.", "deaths"),
    ("Some 40 injured people were taken to the clinic.", "injured"),
    # the deaths of the counted, said right before them, whatever verb comes after
    ("He was acquitted in the deaths of two men and of wounding a guard.", "deaths"),
])
def test_what_befell_the_counted_people(text: str, topic: str) -> None:
    [c] = find_counts(text)
    assert c.topic == topic


def test_others_left_injured_after_the_dead_are_injured() -> None:
    # "others" takes its people from the figure before, but the state they were left in is their own
    c = one("Among the dead were two guards, while 20 others were left critically injured.", 20)
    assert c.topic == "injured"


@pytest.mark.parametrize(("text", "value"), [
    ("The dead were 12 and the injured 40.", 12),  # no relative clause: what the dead were is their number
    ("The crews that were sent were 12 teams of divers.", 12),  # a noun follows: a count
    ("Rescuers said 8 and 10 people were hurt in the two towns.", 10),  # no "years old"
    ("Dockers worked until 40 ships had been unloaded.", 40),  # a noun follows: a count
])
def test_figures_near_ages_still_count(text: str, value: float) -> None:
    assert value in values(text)


@pytest.mark.parametrize("text", [
    "Police said 3 guests ate the death cap mushrooms at the lunch.",
    "Prosecutors sought the death penalty for the 4 men.",
    "The 2 reporters received death threats after the story ran.",
])
def test_death_naming_a_thing_is_no_toll(text: str) -> None:
    assert all(c.topic != "deaths" for c in find_counts(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The index closed at 4.90, up 0.11 on the day.", 4.9),
        ("The index closed at 4.90, up 0.11 on the day.", 0.11),
        ("Critics rated the film 8 out of 10.", 8),
        ("Critics rated the film 8 out of 10.", 10),
        ("Critics rated the film 8 out of 10 by a wide margin.", 8),
        ("Frankly, he looked fine: a ten.", 10),
        ("Flight 370 vanished over the sea.", 370),
        ("Traffic on the M-04 stalled for hours.", 4),
        ("The S&P 500 fell sharply on Monday.", 500),
        ("The FTSE 100 closed higher on Friday.", 100),
        ("Shoppers queued for the iPhone 15 overnight.", 15),
        ("Channel 12 aired the verdict live.", 12),
        ("The union struck the Big Three carmakers at once.", 3),
        ("Talks with the Big 4 banks stalled.", 4),
        ("Delegates met at the Region 1 offices downtown.", 1),
        ("When I turned 18, I went to work at the mill.", 18),
    ],
)
def test_prices_scores_and_names_are_not_counts(text: str, value: float) -> None:
    assert value not in values(text)


def test_turning_people_away_is_still_a_count() -> None:
    assert 300 in values("Protesters turned 300 police away at the gate.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The tremor measured 6.1 on the Richter scale.", 6.1),
        ("Aftershocks measuring 5.4 and 4.9 rattled the valley.", 5.4),
        ("Aftershocks measuring 5.4 and 4.9 rattled the valley.", 4.9),
        ("Twin quakes of 6.2 and 5.8 magnitude hit the island.", 6.2),
        ("The 6.2 and 5.8 Richter magnitude quakes hit the island.", 5.8),
        ("A magnitude 7 earthquake struck before dawn.", 7),
        # the far end of a magnitude's range, written whole
        ("Tremors of magnitude 5.5+ to 6.0 could follow this week.", 6),
        ("Seismologists expect shocks between magnitude 4 and 5 for days.", 5),
    ],
)
def test_magnitudes_carry_their_unit(text: str, value: float) -> None:
    assert one(text, value).unit == "magnitude"


@pytest.mark.parametrize("text", [
    "A 5+ intensity means that walking without holding on is hard.",
    "The shaking reached a 6-upper intensity in the hill towns.",
    "Residents of the port felt intensity 4 as the ground rolled.",
])
def test_an_intensity_is_a_level_not_a_count(text: str) -> None:
    assert values(text) == []


@pytest.mark.parametrize("text, value, subject", [
    ("Aftershocks kept shaking the valley, with more than 80 recorded by noon.", 80, "aftershocks"),
    ("Landslides blocked the roads, with 14 reported on the coastal route.", 14, "landslides"),
])
def test_a_figure_recorded_in_a_with_phrase_counts_the_subject(text: str, value: float, subject: str) -> None:
    assert one(text, value).subject == subject


def test_a_figure_rescued_in_a_with_phrase_is_not_the_subject() -> None:
    assert one("Divers searched the lake all night, with nine rescued by dawn.", 9).subject != "divers"


def test_sentence_end_is_not_a_name_before_a_number() -> None:
    text = "Talks ended in Geneva. Thirteen of the detainees flew home."
    assert one(text, 13).text == "Thirteen"
    assert one("Rebels backed a UN-brokered 12-point plan.", 12).text == "12-point"


# --- issue 7: vague amounts, spelled numbers, "one", fractions, ranges -----------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thousands react to the court ruling.", 2000),
        ("Dozens more missing after the mudslide.", 24),
        ("Hundreds queue for water in the heat.", 200),
    ],
)
def test_vague_words_without_a_numeral_stay_vague(text: str, value: float) -> None:
    c = one(text, value)
    assert c.qualifier == "vague"
    assert c.high is not None and c.high > c.value


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("Two-hundred fifty miners walked out.", 250, "Two-hundred fifty"),
        ("The navy rescued three hundred and thirty one sailors.", 331, "three hundred and thirty one"),
        ("Forty five volunteers cleared the beach.", 45, "Forty five"),
        ("Donors sent two thousand five hundred tents.", 2500, "two thousand five hundred"),
        ("Some 35 000 people marched on the capital.", 35000, "Some 35 000"),
        ("Some 35\u00a0000 people marched on the capital.", 35000, "Some 35\u00a0000"),
    ],
)
def test_spelled_compounds_and_grouped_digits(text: str, value: float, span: str) -> None:
    assert one(text, value).text == span


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("One survivor was pulled from the mine.", "survivor"),
        ("Police said one journalist was hurt.", "journalist"),
        ("The rebels freed one young farmer on Monday.", "young farmer"),
        ("The blast left one festival attendee dead.", "festival attendee dead"),
        # a person called to testify: "called" here dials no number
        ("The defence only called one witness, a neighbour, before resting.", "witness"),
    ],
)
def test_one_counts_a_person(text: str, subject: str) -> None:
    c = one(text, 1)
    assert (c.text.lower(), c.subject, c.qualifier) == ("one", subject, "exact")


@pytest.mark.parametrize("text", [
    "The mayor was convicted of bribery and sentenced to one year in prison.",
    "A judge jailed him for one year.",
    "She will serve one month behind bars.",
])
def test_one_year_a_court_gives_is_a_sentence_s_length(text: str) -> None:
    c = one(text, 1)
    assert (c.text.split()[0].lower(), c.measure) == ("one", "length") and c.unit in ("year", "month")


def test_a_time_limit_granted_counts_and_a_broadcaster_s_name_takes_no_count_s_figure() -> None:
    assert one("The judge gave the defence one month to reply.", 1).measure == "length"
    # "the BBC 6 of those injuries": a part of those told of, not a channel's number
    assert one("A county nurse told the BBC 6 of those injuries came from falling glass.", 6).measure == "injured"
    assert values("She joined Channel 12 in May.") == []


def test_a_title_case_headline_s_verb_before_its_figure_is_no_name() -> None:
    assert [(c.value, c.measure) for c in counts("Mudslides Kill 23, Injure 70 in the Hills")] == [
        (23, "killed"), (70, "injured")]
    assert values("Veterans of Strike Force 9 met in Porto.") == []


@pytest.mark.parametrize("text", ["One year on, the valley is green again.", "The dam burst one year ago.",
                                  "Prices rose within one year of the flood."])
def test_one_year_in_time_talk_is_no_count(text: str) -> None:
    assert values(text) == []


def test_parts_by_origin_count_and_leave_the_whole_its_verb() -> None:
    text = "Three foreign visitors, one from Braga and two from Porto, also died in the fire."
    assert [(c.value, c.topic) for c in find_counts(text)] == [(3, "deaths"), (1, "deaths"), (2, "deaths")]
    text = "Police said three tourists, two from the Upper Selmont valley and one from Porto, were among 25 hurt."
    assert one(text, 1).topic == one(text, 3).topic == "injured"


def test_a_change_spread_over_a_span_is_during_it_not_more_than_it() -> None:
    assert (one("Dockers seek a 77 percent raise over six years.", 6).qualifier,
            one("The siege lasted over six years.", 6).qualifier) == ("exact", "more_than")


def test_others_beside_the_dead_are_not_dead() -> None:
    c = one("The blast left one festival attendee dead and two others in critical condition.", 2)
    assert (c.topic, c.status) == ("injured", None)


def test_one_counts_before_a_harm_noun() -> None:
    """'one death', 'one fatality': a toll of one, the singular read as the plural is."""
    assert one("Police confirmed one death in the valley on Sunday.", 1).topic == "deaths"
    assert one("Marlow County reported one fatality after the storm.", 1).topic == "deaths"


def test_a_figure_spelled_then_repeated_in_digits_in_brackets_is_one_mention() -> None:
    assert [c.text for c in find_counts("Some twelve (12) people were injured in the crush.")] == ["Some twelve"]
    assert [c.text for c in find_counts("Twenty-one (21) people died.")] == ["Twenty-one"]
    assert [c.value for c in find_counts("The Greens (12) and the Reds (7) split the vote.")] == [12, 7]


def test_one_charge_of_a_trial_counts() -> None:
    assert one("The jury acquitted him on one count of bribery.", 1).subject == "count"
    assert one("She was convicted on one charge.", 1).subject == "charge"


def test_one_of_a_group_just_counted_counts() -> None:
    """'Two were rescued, with one in serious condition': one of the two, a count of its own."""
    assert one("Two were rescued, with one in very serious condition.", 1).topic == "injured"
    assert one("Eight workers fell, including one who was seriously injured.", 1).topic == "injured"
    assert 1 not in values("One day, with one eye open, she left.")


def test_one_stressed_as_small_counts() -> None:
    """'only one seat', 'just one clinic': the stress makes a count of what follows."""
    assert one("Early returns give the Reds only one seat in the north.", 1).subject == "seat"
    assert one("Just one clinic is still open in Porto.", 1).subject == "clinic"
    assert 1 not in values("Only one of the clinics is open.")


def test_one_counts_after_a_count_or_before_a_verb() -> None:
    assert one("Two soldiers and one medic were killed.", 1).topic == "deaths"
    assert one("Rescuers say one was killed in the slide.", 1).topic == "deaths"


@pytest.mark.parametrize(
    "text",
    [
        "One of the guards waved.",
        "No one was home when the roof fell.",
        "One day the river will rise again.",
        "One official said the talks were over.",
        "One resident, speaking by phone, described panic.",
        "It is the only one left in the valley.",
        "One must queue for hours.",
    ],
)
def test_one_as_pronoun_or_determiner_is_not_a_count(text: str) -> None:
    assert 1 not in values(text)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Two thirds of the hostages were freed.", "Two thirds", pytest.approx(2 / 3)),
        ("Two-thirds of voters backed the bill.", "Two-thirds", pytest.approx(2 / 3)),
        ("A tenth of the wells were poisoned.", "A tenth", pytest.approx(0.1)),
    ],
)
def test_fractions_of_a_group(text: str, span: str, value: float) -> None:
    (c,) = [c for c in counts(text) if c.unit == "fraction"]
    assert (c.text, c.value) == (span, value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The island agreed a $4.1-billion loan with its lenders.", "$4.1-billion", 4.1e9),
        ("A 2.5-million-strong crowd filled the avenues.", "2.5-million-strong", 2.5e6),
    ],
)
def test_a_scale_fused_by_a_hyphen_scales_the_figure(text: str, span: str, value: float) -> None:
    c = one(text, value)
    assert c.text == span


def test_first_half_of_a_period_is_not_a_fraction() -> None:
    assert counts("Exports fell in the first half of the year.") == []


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        ("Repairs will cost $20 to $25 billion.", "$20 to $25 billion", 20e9, 25e9, "USD"),
        ("Three to four thousand people fled.", "Three to four thousand", 3000, 4000, None),
        ("Between two and three hundred thousand people fled.", "Between two and three hundred thousand", 200_000,
         300_000, None),
    ],
)
def test_scale_on_the_high_end_applies_to_the_low_end(text: str, span: str, low: float, high: float,
                                                      unit: str | None) -> None:
    c = one(text, low)
    assert (c.text, c.qualifier, c.low, c.high, c.unit) == (span, "range", low, high, unit)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "qualifier"),
    [
        ("The crew waited over two and a half weeks.", "over two and a half weeks", 2.5, "week", "more_than"),
        ("The ferry left about an hour and a half later.", "about an hour and a half", 1.5, "hour", "about"),
        ("The plan was filed more than a week ago.", "more than a week", 1, "week", "more_than"),
        ("Talks lasted nearly a year.", "nearly a year", 1, "year", "nearly"),
        ("He served 4½ years in the camp.", "4½ years", 4.5, "year", "exact"),
        ("She had worked there about 3 1/2 years.", "about 3 1/2 years", 3.5, "year", "about"),
    ],
)
def test_half_and_a_unit_with_a_qualifier(text: str, span: str, value: float, unit: str, qualifier: str) -> None:
    c = one(text, value)
    assert (c.text, c.unit, c.qualifier, c.topic) == (span, unit, qualifier, "duration")


def test_a_slash_date_is_no_half() -> None:
    assert 3.5 not in values("The vote on 3 1/2/2024 was delayed.")


def test_a_span_of_days_before_a_month_is_no_count() -> None:
    assert values("The last stoppage ran from 10-12 January in the south.") == []
    assert values("Some 20-30 people were hurt in January.") == [20]


def test_day_of_month_before_a_count_is_not_a_thousands_group() -> None:
    text = "On March 5 200 people were evacuated."
    assert values(text) == [200]


def test_article_before_a_number_is_a_score_only_when_nothing_is_counted() -> None:
    assert values("Critics gave it a ten out of ten.") == []
    assert one("A 1,000 strong crowd gathered.", 1000).text == "1,000"


def test_a_time_unit_without_a_qualifier_is_not_a_count() -> None:
    assert counts("A week ago the dam held; a day later it broke.") == []


def test_over_a_span_of_time_is_during_unless_a_preposition_precedes() -> None:
    text = "The militia killed 40 people over three years of fighting."
    assert (one(text, 3).text, one(text, 3).qualifier) == ("three years", "exact")
    text = "It was the worst day in over 14 months of fighting."
    assert (one(text, 14).text, one(text, 14).qualifier) == ("over 14 months", "more_than")


def test_people_over_a_span_of_time_is_not_an_age_limit() -> None:
    assert one("Shelling has displaced 9,000 people over two years.", 2).unit == "year"


# --- issue 7: verbs of crossing a threshold ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "span", "qualifier"),
    [
        ("Officials fear the toll could top 1,000 by Friday.", 1000, "top 1,000", "more_than"),
        ("Flood deaths passed 300 on Monday.", 300, "passed 300", "more_than"),
        ("Storm toll eclipses 500 as rain continues", 500, "eclipses 500", "more_than"),
        ("The count of the missing crossed 200 overnight.", 200, "crossed 200", "more_than"),
        ("The assembly passed 12 laws before the recess.", 12, "12", "exact"),
        ("Scouts crossed 3 rivers in a day.", 3, "3", "exact"),
        ("She made the top 10 in the race.", 10, "10", "exact"),
    ],
)
def test_threshold_verbs(text: str, value: float, span: str, qualifier: str) -> None:
    c = one(text, value)
    assert (c.text, c.qualifier) == (span, qualifier)


def test_threshold_verb_before_the_n_mark() -> None:
    c = one("Flood deaths passed the 500 mark on Sunday.", 500)
    assert (c.text, c.qualifier, c.low, c.high) == ("passed the 500", "more_than", 500, None)
    assert one("The squad reached the 500 mark.", 500).qualifier == "exact"


# --- the number parser on its own: properties ----------------------------------------------------

_UNITS_W = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen \
seventeen eighteen nineteen".split()
_TENS_W = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int, join: str) -> str:
    """An English spelling of 1 <= n < 1,000,000 ("three hundred and thirty-one thousand ...")."""
    parts = []
    if n >= 1000:
        parts.append(_words(n // 1000, join) + " thousand")
        n %= 1000
    if n >= 100:
        parts.append(_UNITS_W[n // 100] + " hundred" + (" and" if n % 100 else ""))
        n %= 100
    if n >= 20:
        parts.append(_TENS_W[n // 10 - 2] + (join + _UNITS_W[n % 10] if n % 10 else ""))
    elif n:
        parts.append(_UNITS_W[n])
    return " ".join(parts)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_number_parser_on_arbitrary_text(text: str) -> None:
    for r in find_numbers(text):
        assert 0 <= r.start < r.end <= len(text)
        assert r.start <= r.np_start and r.sent[0] <= r.start
        assert r.low is None or r.low <= r.value
        assert r.high is None or r.value <= r.high


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=2, max_value=999_999), st.sampled_from(["plain", "comma", "space", "words", "hyphen"]))
def test_number_parser_reads_every_spelling_of_a_count(n: int, style: str) -> None:
    if style == "plain":
        written = str(n)
    elif style == "comma":
        written = f"{n:,}"
    elif style == "space":
        written = f"{n:,}".replace(",", " ")
    else:
        written = _words(n, " " if style == "words" else "-")
    text = f"Officials said {written} people were evacuated."
    found = find_numbers(text)
    assert [(r.value, text[r.start:r.end]) for r in found] == [(n, written)]


def test_a_name_then_a_bare_figure_continues_a_list_of_counted_things() -> None:
    found = counts("The Greens won 41 seats, the Farmers Party 12 and the Unity List on 7.")
    assert [(c.value, c.subject) for c in found] == [(41, "seats"), (12, "seats"), (7, "seats")]
    assert [c.value for c in counts("The airline praised Flight 370 crews.")] == []  # a label, no list before it
    assert one("The rally drew 2,000 people, and Route 9 was closed.", 2000).subject == "people"
    assert [c.value for c in counts("The rally drew 2,000 people, and Route 9 was closed.")] == [2000]
    # the list goes on past its second item: "Unity List 9" is not a name with a number in it
    found = counts("The Greens won 41 seats, Farmers Party 12, Unity List 9, Civic Front five and Labour 2.")
    assert [(c.value, c.subject) for c in found] == [(41, "seats"), (12, "seats"), (9, "seats"), (5, "seats"),
                                                     (2, "seats")]
    assert [c.value for c in counts("Police fired 40 shells, and Route 9 and Channel 12 closed.")] == [40]
    # a bare figure a holder won counts what the sentence counted before it, and a list may follow it
    found = counts("With 98 of the 100 seats declared, the Farmers Party has won 52, Greens 21 and Labour 2.")
    assert [(c.value, c.subject) for c in found] == [(98, "seats"), (100, "seats"), (52, "seats"), (21, "seats"),
                                                     (2, "seats")]
    assert one("Police arrested 40 protesters and took 12 to hospital.", 12).subject == ""


def test_and_a_half_joined_by_hyphens() -> None:
    c = one("It was a two-and-a-half-year siege.", 2.5)
    assert c.unit == "year" and c.text == "two-and-a-half-year"


@pytest.mark.parametrize("text", [
    "Freed were Ruth Levi (78), along with her daughter Dana (54) and her grandson.",
    "Among them was Tomer Adar (85), the oldest of the group.",
])
def test_an_age_in_brackets_after_a_name_is_no_count(text: str) -> None:
    assert [c.text for c in find_counts(text)] == []


def test_a_plural_name_with_a_figure_in_brackets_still_counts() -> None:
    assert [c.text for c in find_counts("The Liberal Democrats (62) and the Greens (4) gained seats.")] == ["62", "4"]


@pytest.mark.parametrize(("text", "value", "topic"), [
    # a topic word the text denies does not say what is counted
    ("The ferry company said all 30 passengers reached the pier and there were no serious injuries.",
     30, "other"),
    ("The storm killed 12 people and injured no one.", 12, "deaths"),
    ("Two people were pulled from the river, one unhurt and one with serious injuries.", 1, "injured"),
])
def test_a_denied_topic_word_is_not_the_topic(text: str, value: float, topic: str) -> None:
    assert [c.topic for c in find_counts(text) if c.value == value] == [topic]


@pytest.mark.parametrize(("text", "part", "whole"), [
    # the verb a part and its whole share is the part's: the four were killed, the six are the crew
    ("Three of the seven sailors on board were killed.", (3, "killed"), (7, None)),
    ("Two of the five soldiers were wounded in the attack.", (2, "injured"), (5, None)),
    ("Three of the 20 miners trapped underground were rescued on Monday.", (3, "rescued"), (20, None)),
])
def test_the_verb_of_a_part_of_a_whole(text: str, part: tuple, whole: tuple) -> None:
    got = {c.value: c.role for c in find_counts(text)}
    assert (part[0], got[part[0]]) == part and (whole[0], got[whole[0]]) == whole


def test_a_dash_between_figures_ends_no_clause_either_way() -> None:
    """A range ("6–11") is no aside: the clause of a figure runs over it before the figure and after it."""
    from ceasefire_cli.countwindow import clause_bounds

    text = "Pupils aged 6–11 and 30 teachers were hurt when a wall fell – the school said."
    s = text.index("30")
    start, end = clause_bounds(text, s, s + 2, (0, len(text)))
    assert text[start:end] == "Pupils aged 6–11 and 30 teachers were hurt when a wall fell "


def test_a_number_dialled_is_no_count() -> None:
    text = "Neighbours dialled 999 as smoke filled the stairwell. Residents should dial 112 at once."
    assert [c.text for c in find_counts(text)] == []
    assert [c.value for c in find_counts("The defence called 20 witnesses on Monday.")] == [20]


def test_a_model_number_the_text_names_is_the_model_wherever_it_is_written_bare() -> None:
    text = ("A Lockheed 382 cargo plane carrying 14 crew crashed near the port. The 382 hit a hangar, and the "
            "operator grounded its other 382 aircraft.")
    assert values(text) == [14]
    # a model code's variant is a round hundred: "747-400 jets" is no range of 747 to 400 or to 800
    assert values("The carrier grounded 12 of its 747-400 jets; the 747 fleet had 31 planes.") == [12, 31]
    # the same figure as a count where no name holds it, and a range whose ends are counts
    assert values("Rescuers counted 382 survivors and 150-200 missing.") == [382, 150]
    # a round figure after a name is too often a count to be a model's elsewhere
    assert 300 in values("The Airbus 300 fleet was old. Some 300 passengers were stranded.")


def test_a_number_with_a_leading_zero_is_a_dialling_code() -> None:
    text = "Families can ring 021-5550172 or 0800-111222 for news of the 40 passengers."
    assert values(text) == [40]
    assert values("The door code was 05-09 for all 12 guards.") == [12]


def test_a_plural_adjective_before_a_noun_is_no_head_of_its_own() -> None:
    """"30 dead bodies" counts bodies; with "dead" read as the noun, "bodies" was left as a topic word for
    the next figure, which made the 80 aboard a toll."""
    text = "Divers found 30 dead bodies in the lake, where a seaplane had gone down with some 80 people on board."
    assert [(c.subject, c.topic) for c in find_counts(text)] == [("dead bodies", "deaths"), ("people", "other")]
    assert [c.subject for c in find_counts("Twelve injured passengers were flown out.")] == ["injured passengers"]
    # standing alone, the adjective is still the noun: "40 dead, 12 injured"
    assert [c.topic for c in find_counts("The storm left 40 dead, 12 injured and 300 displaced.")][:2] == \
        ["deaths", "injured"]


def test_a_model_number_with_its_variant_name_is_no_count() -> None:
    assert values("The carrier grounded its 737 MAX 8 fleet after the 737 with 120 people aboard went down.") == [120]
    assert values("The A321XLR and the 777X flew with 182 passengers.") == [182]
    # a figure before a capitalised word that is no variant's name still counts
    assert values("Some 325 X-ray machines and 125 ER doctors were sent.") == [325, 125]
    # ... and one before a singular noun of what is made or run under it
    assert values("A fitter in the 464 program and another on the 292 assembly line spoke to 40 reporters.") == [40]
    assert values("The 143 workers on the line left.") == [143]  # a plural: a count


def test_people_named_for_goods_are_people() -> None:
    """"aid workers" are people, and what befalls them is their topic, not the goods their work is named for."""
    assert [c.topic for c in find_counts("Nine aid workers perish in the crash.")] == ["deaths"]
    assert [c.topic for c in find_counts("Forty aid trucks entered on Sunday.")] == ["aid"]


def test_people_one_side_gets_for_those_it_frees_are_freed_too() -> None:
    text = "The prisoner swap agreed in Lisbon last month will exchange 18 government forces for 70 rebels."
    got = [(c.text, c.topic, c.role) for c in find_counts(text)]
    assert got == [("18", "prisoners", "released"), ("70", "prisoners", "released")]
    assert [c.role for c in find_counts("The rebels freed nine prisoners in return for some 40 fighters.")] == \
        ["released", "released"]
    # a span after "for" is how long, not a side
    assert [c.topic for c in find_counts("He released 12 prisoners for 30 days.")] == ["prisoners", "duration"]


def test_captives_carried_somewhere_in_a_swap_are_exchanged() -> None:
    text = "The prisoner exchange went on: 140 prisoners were bused across the border on Friday."
    assert [c.role for c in find_counts(text) if c.topic == "prisoners"] == ["released"]
    # outside a swap, prisoners moved to another jail are not freed
    assert [c.role for c in find_counts("Twelve prisoners were moved to a new jail on Friday.")] == [None]


@pytest.mark.parametrize(("text", "unit"), [
    ("Temperatures reached as high as 110 Fahrenheit in the valley.", "°F"),
    ("It hit 115 degrees Fahrenheit on Monday.", "°F"),
    ("Temperatures rose to 46.5 degrees Celsius.", "°C"),
    ("It was 30°C at noon.", "°C"),
    ("The ship turned 90 degrees.", "degree"),
])
def test_a_temperature_is_a_measure_in_its_scale(text: str, unit: str) -> None:
    [c] = counts(text)
    assert c.unit == unit


def test_a_scale_reading_leaves_the_things_counted():
    assert values("Seismographs logged 800 tremors rated at least 1 on the national intensity scale.") == [800]
    assert 7.1 in values("The quake measured 7.1 on the Richter scale.")  # a magnitude stays, as a unit


@pytest.mark.parametrize("text, value, topic", [
    # a bare figure after a count of plain people continues those people, not the toll before them
    ("The toll rose to 121 on Wednesday, and 250,000 people gathered for the fair where only 80,000 were allowed.",
     80_000, "other"),
    ("Nine died on Friday, while 4,000 residents fled and 600 were still in shelters.", 600, "other"),
    # past things, the sentence's toll is still what it continues
    ("The toll rose to 85 on Sunday, after 300 homes burned, from 60 a day earlier.", 60, "deaths"),
    ("The death toll rose to 85 on Sunday from 60.", 60, "deaths"),
])
def test_a_bare_figure_continues_the_nearest_count_of_people(text: str, value: float, topic: str) -> None:
    assert one(text, value).topic == topic


def test_a_word_before_a_part_is_the_part_s_not_the_whole_s() -> None:
    whole, part = find_counts("A gunman wounded three demonstrators, killing two of them, on Tuesday night.")
    assert (whole.topic, part.topic) == ("injured", "deaths")
    whole, part = find_counts("He is accused of shooting three men, killing two of them, during the riot.")
    assert (whole.topic, part.topic) == ("other", "deaths")


@pytest.mark.parametrize("text", [
    "Polling was postponed in at least one seat after a candidate died.",
    "He was acquitted on one count after the victim died.",
])
def test_one_seat_or_count_is_a_thing_counted_not_the_death_beside_it(text: str) -> None:
    [c] = find_counts(text)
    assert (c.value, c.topic) == (1, "other")
