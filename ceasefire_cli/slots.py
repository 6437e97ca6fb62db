"""The slots that tell one counted fact from another, read from a count and the text around it.

A reader tells "20 hostages released" from "28 bodies to be returned", "the toll in Mandalay" from
"the nation's toll" and "the first group of 7" from "all 20" by a handful of slots, as GDELT's count
records and ACLED's events do (see the design notes):

==========  =====================================================================================
measure     what happened to what is counted, or what is measured: killed, injured, missing,
            trapped, rescued, displaced, held, released, taken, demanded, delivered, population,
            aboard, length (a span of time), margin (a lead over the rest: "a 170-seat majority"),
            needed (a bar to clear: "needs 76 seats to govern"),
            lost/gained (a change in what a holder has: "lost 38 seats", "up 12"),
            ... ("" when the clause does not say)
population  who or what is counted: hostages, prisoners, people, or the thing ("storey",
            "building", "truck"); for a span of time, what lasts ("truce", "war", "captivity")
subgroup    a part of the population counted apart: living/dead (hostages), life-sentence
            (prisoners), child, woman, soldier, civilian, worker, ...
place       the most specific place the count is about ("Mandalay" is not "Myanmar")
period      which part of a longer whole: "phase 1", "batch 2", "day 3", "per day", "last 24 hours",
            "this week", "projection" (a forecast, not a count), "year 1961" (another year's event: "a
            1961 flood that killed 70"), "those in hospital" (a part of a group already counted: "41 of
            the injured are in hospital", "48 remain hospitalized"), "earlier" (a figure the text says
            was replaced: "initially reported 400", "up from four"), "with perpetrator" (a toll that
            counts the attacker: "six people, including the gunman, died"), "part" (a bare part listed
            after its whole: "four tourists - three from Utah and one from Idaho"), "each in Lyon, Nice" (what
            each of several places had: "two each in Lyon and Nice"), "record" (a mark the event is the first to
            pass since an earlier one: "the first flood to kill more than 50 since 1998"), "the war" (a war's
            own toll beside the story's: "the civil war has killed over 20,000"); "" for the whole
running     a running total ("the death toll", "so far", "has risen to"): reported at different
            times it changes, which the comparison shows
mood        of a release, a seizure or a delivery: planned (deal terms, "would free", "expected to
            be handed over") or done ("were handed over"); "" where the clause does not say
holder      of things won, held or lost (not of people): the name that has them ("Labour won 412
            seats", "the Tories 121", "Reform on 5 seats"), as GDELT's and ACLED's actor
==========  =====================================================================================

The topic follows from the slots: dead hostages are hostages, people held in a prisoner swap are
prisoners. Pure functions of the text; compiled patterns only. The measure is read in ``measures``, the
holder slot in ``holders``; ``running``, ``mood`` and the "earlier" period in ``standing``; the
periods that name a part of a group already counted ("those in hospital", "some of them") in ``groupparts``;
the periods of a series, a time or a forecast ("phase 1", "more", "year 1961", "projection") in ``periods``.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from . import patterns
from .clausewords import HOSTAGE_WORD, INSIDE, NEW_SUBJECT, PRISONER_WORD
from .countplace import SENT_REACH, place_of, places_sharing
from .groupparts import _OF_WHOM, _included, _injured_part, _own_group
from .holders import NO_HOLDER, holder, share_or_tally
from .keywords import Keyed
from .measures import BRING, MEASURE_OF_ROLE, WHOLE_DIED, WRECKAGE, is_bar, measure_of, noun_end
from .models import PER_SIDE, PERSONS, UNNAMED_PART, Count
from .nationality import nation_named
from .numerals import COUNT_AND_BEFORE, GOES_ON_FROM, LIKE_FOR_LIKE, SUBSET_LEAD
from .periods import ADDED, period_of
from .places import PlaceMention, find_places
from .population import (
    ABOARD,
    CREW_WORDS,
    SUBGROUP_NOUNS,
    WERE_NOUN,
    bar_whole,
    beside_women,
    names_people,
    population_and_subgroup,
    swap_side,
)
from .standing import mood, running, superseded
from .textmatch import regular_singular
from .textutil import aside_end, aside_start, paragraph_spans, sentence_span_at, sentence_spans

__all__ = ["with_slots"]

_W = r"[ \t]+"
# what a utility counts an outage in, however an outlet words it ("customers", "homes", "households", "people")
_UTILITY_MEASURES = frozenset({"without power", "without water"})
# an earlier happening a figure is told of, dated by its month or season: "the deadliest wreck since April,
# when 52 people died" (a year alone is read with the count's time: "since 2019, when 9 died" is year 2019)
_MONTH_THEN = patterns.compile(
    r"\b(?:since|in|of|last)[ \t]+(?P<m>January|February|March|April|May|June|July|August|September|October"
    r"|November|December|spring|summer|autumn|fall|winter)(?:[ \t]+(?:19|20)\d\d)?,[ \t]+when[ \t]+"
    r"(?:[^,;.!?\d]{0,50}?[ \t])?$", regex.I)
_WENT_HOME = patterns.compile(
    r"\b(?:went|go|goes|going|gone|came|come|comes|coming|returned|were[ \t]+sent|flown)[ \t]+home\b", regex.I)
_FROM_RUBBLE = patterns.compile(rf"[^.;:]{{0,40}}?\bfrom[ \t]+(?:the[ \t]+)?(?:collapsed|{WRECKAGE})\b", regex.I)
# ... or freed where they were trapped: "crews worked to free scores of commuters stuck in the underpass"
_FREE_BEFORE = patterns.compile(r"\bfree(?:s|d|ing)?[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?$", regex.I)
_TRAPPED_AFTER = patterns.compile(
    r"(?:[ \t]+of(?:[ \t]+the)?[ \t]+\p{L}+)?"  # "dozens of people"
    r"[ \t]+(?:(?:who|that)[ \t]+(?:were|are|had[ \t]+been|have[ \t]+been)[ \t]+|still[ \t]+)?"
    r"(?:trapped|stranded|stuck|buried|pinned)\b", regex.I)
_FREE_REACH = 40  # characters before a figure where "free" and the words before the figure may stand
# people who came back on their own, no captives of anyone: "64 hikers stuck on the ridge have returned to the
# valley", "the nine jurors returned to the courtroom" (a return is a release only in a story of captives or a swap)
_RETURNED_TO = patterns.compile(r"[^.;:]{0,60}?\breturn(?:ed|ing|s)?\b", regex.I)
_SWAP_WORDS = patterns.compile(r"\b(?:swap|exchang|trade)\w*", regex.I)
# one side's share of a swap, told by "each": "Norland and Estova each freed 410 prisoners", "Each side released
# 410", "swapped 410 prisoners each", "410 from each side"; "each day" is a rate, not a side
_SWAPPED_MEASURES = frozenset({"released", "taken"})
_EACH_SPAN = r"(?![ \t]+(?:day|week|month|year|time|night|morning|phase|stage|round|batch|wave|group)\b)"
_EACH_BEFORE = patterns.compile(
    rf"\beach{_EACH_SPAN}"
    r"(?:[ \t]+(?:side|country|nation|party|government|of[ \t]+them))?[ \t]+[^.;:!?\d]{0,30}$", regex.I)
# a match holds one of these words; a stretch with none is not searched (keywords.Keyed)
_EACH_AFTER_KEYS = tuple("""apiece each either side""".split())
_EACH_AFTER = Keyed(patterns.compile(
    rf"(?:[ \t]+[\p{{L}}-]+){{0,3}}?[ \t]+(?:each\b{_EACH_SPAN}(?![ \t]+of\b)"
    r"|apiece\b|(?:from|by|on|for|to)[ \t]+(?:each|either)[ \t]+(?:side|country|nation)\b|per[ \t]+side\b)", regex.I),
    _EACH_AFTER_KEYS)


def _per_side(text: str, c: Count, clause: tuple[int, int]) -> bool:
    """Whether a swap's figure is each side's share ("each freed 410", "410 from each side")."""
    return bool(_EACH_BEFORE.search(text, max(clause[0], c.start - 50), c.start)
                or _EACH_AFTER.match(text, c.end, clause[1]))


# a figure that every one of several places or groups had, not their sum: "two each in Lyon and Nice", "Lyon
# and Nice each have 24 deaths", "killed 8 people each in Lyon and Nice" (not "each of the 40 victims": one
# of them, whom the figure counts whole)
_EACH = "each"
_EACH_OF = patterns.compile(r"\beach[ \t]+of\b", regex.I)


def _each_of_several(text: str, c: Count, clause: tuple[int, int]) -> bool:
    """Whether a figure is what each of several had ("each have 24", "two each"), told the way a swap's side is."""
    return _per_side(text, c, clause) and not _EACH_OF.search(text, max(clause[0], c.start - 50), c.start)


# a like-for-like swap's figure ("1,000-for-1,000", "390 for 390": numbers.py spans the ratio in a sentence of
# captives swapped): each side's share
_LIKE_FOR_LIKE = patterns.compile(LIKE_FOR_LIKE)
_CLAUSE_STOP = patterns.compile(rf"[;:()\[\]—–\n]|,\s+(?:and|but|while|whereas|where)\s|(?<!\b\p{{L}})\.\s"
                                rf"|[ \t]and[ \t]+(?={NEW_SUBJECT})")
# the last item of a list after ", and", then the verb the list's head goes on with
_LIST_TAIL = patterns.compile(r",\s+and\s+[\p{L} \t-]{1,40},\s+(?:were|was|are|is|have|has|had)\b")
_INCLUDING = patterns.compile(r",\s+including\s")


def with_slots(text: str, counts: list[Count]) -> list[Count]:
    """The counts with their slots filled; one pass over the text's sentences and places."""
    if not counts:
        return counts
    sents = sentence_spans(text)
    paras = paragraph_spans(text)
    where = [(_index_at(sents, c.start), _index_at(paras, c.start)) for c in counts]
    places = _places_near(text, sents, [s for s, _ in where], counts)
    out = []
    for c, (s_idx, p_idx) in zip(counts, where, strict=True):
        sent = sents[s_idx] if s_idx is not None else (c.start, c.end)
        para = paras[p_idx] if p_idx is not None else sent
        out.append(replace(c, **_slots(text, c, sent, para, sents, places)))
    _captives_of_captives(text, out)
    _parts_listed(text, out)
    _parts_joined(text, out)
    _shared_with_before(text, out)
    _holder_carried(text, out)
    _total_brought(text, out)
    sides = {c.subgroup for c in out if c.subgroup[:1].isupper() and c.population in _SWAPPED}
    if sides:  # "130 Brazilian servicemen were returned" in a swap whose other side is named: that side's freed
        out = [replace(c, subgroup=side) if c.population == "people" and c.measure == "released"
               and (side := swap_side(c)) else c for c in out]
        sides = {c.subgroup for c in out if c.subgroup[:1].isupper() and c.population in _SWAPPED | {"people"}
                 and (c.population != "people" or c.measure == "released")}
    if len(sides) == 1:  # one side named ("2,000 Palestinians"): nothing to tell apart, so no subgroup
        out = [replace(c, subgroup="") if c.subgroup in sides and (c.population in _SWAPPED or (
            c.population == "people" and c.measure == "released")) else c for c in out]
    # a side's freed, however placed: "120 Chileans freed, Brazil said", "140 returned to Chile" are one side's
    # figure wherever the sentence places the telling or the homecoming
    out = [replace(c, place="") if c.subgroup[:1].isupper() and c.population in _SWAPPED and c.measure == "released"
           else c for c in out]
    # "Ana Ruiz and two other Britons": the rest besides her, not all the Britons (still a side named above)
    # (and "defeated 14 other candidates", "along with two other Britons": the rest besides the clause's subject)
    # (and "her son and another 40 people aboard": the rest besides those named before "and another")
    # (and "13 other prisoners were also freed", "... were released along with him": besides one told of; and any
    # things: "Eleven other parties won 34 seats" are the rest besides the parties told of)
    return [replace(c, subgroup="others") if (c.subject.lower().startswith("other ")
            and (c.population not in _BEFALLEN_AS_PEOPLE or _NAMED_AND.search(text, max(0, c.start - 60), c.start)
                 or _BESIDE_SUBJECT.search(text, max(0, c.start - 30), c.start)
                 or _BESIDE_AFTER.match(text, c.end)))
            or (_AND_ANOTHER.search(text, max(0, c.start - 20), c.start) and c.population in PERSONS) else c
            for c in out]  # (not things: "465 homes destroyed and another 135 damaged" are the damaged homes)


# a death told in the sentence: those on the ground a figure "aboard" was read for were killed, not aboard
_KILLED_IN = patterns.compile(r"\b(?:kill(?:ed|ing|s)|dead|died|deaths?)\b", regex.I)
# the captives a swap's sides are counted among; a nation among people ("53 British nationals") is a part even alone
_SWAPPED = frozenset({"hostages", "prisoners"})
# what people undergo is read for these too: families are counted apart from people ("12,400 individuals or
# 3,100 families"), but befallen alike; a figure of nothing named may be people
_BEFALLEN_AS_PEOPLE = PERSONS | {"family", ""}
_BESIDE_SUBJECT = patterns.compile(
    r"\b(?:defeat(?:ed|ing|s)?|beat(?:ing|s)?|outpolled|ahead[ \t]+of|against|along[ \t]+with|alongside)[ \t]+$",
    regex.I)
# a candidate named right after the voters' verb: "10 million voters voted for Brandt" (not "for his rival")
_VOTED_FOR = patterns.compile(r"[ \t]+(?:(?:have|had)[ \t]+)?voted[ \t]+for[ \t]+"
                              r"(?P<name>\p{Lu}[\p{L}’'-]+(?:[ \t]+\p{Lu}[\p{L}’'-]+){0,2})(?![\p{L}’'])")
_AND_ANOTHER = patterns.compile(r"\band[ \t]+another[ \t]+$", regex.I)  # "the pilot and another 12"
_BESIDE_AFTER = patterns.compile(
    r"(?:[ \t]+[\p{L}’'-]+){1,6}?[ \t]+(?:also|along[ \t]+with|alongside|together[ \t]+with)\b", regex.I)
_NAMED_AND = patterns.compile(r"\b\p{Lu}[\p{L}'’-]+,?[ \t]+and[ \t]+$")  # a name and "and" before a figure
# "..., 130 of whom", "40 of them": a count that takes its people from the count before it
_OF_THOSE = patterns.compile(rf"[ \t]+{_OF_WHOM}\b")


def _captives_of_captives(text: str, counts: list[Count]) -> None:
    """"seized 250 people, around 130 of whom are still held": a part of the hostages counted just
    before in the sentence are hostages too; what befell them, or else being held, is the measure."""
    for i in range(1, len(counts)):
        c, prev = counts[i], counts[i - 1]
        if c.population == "people" and prev.population == "hostages" and prev.sentence == c.sentence \
                and _OF_THOSE.match(text, c.end):
            # what the clause says befell them ("12 of them managed to escape"), else its verb's, else held
            measure = c.measure if c.measure not in ("", "held") else MEASURE_OF_ROLE.get(c.role or "", "") or "held"
            counts[i] = replace(c, topic="hostages", population="hostages", measure=measure)


# a figure that goes on from the one before in its sentence: what it was left with, or how much it changed
_GOES_ON = patterns.compile(
    rf"(?r),[ \t]+(?:{GOES_ON_FROM})[ \t]+$", regex.I)


# a figure that tells the one right before it again in other terms: "won 52.4%, or 8,310,000 votes", "36.5
# percent (2.7 million votes)"
_RESTATED = patterns.compile(r"(?:[ \t]+of[ \t]+the[ \t]+(?:vote|votes|ballots))?(?:,?[ \t]+or[ \t]+|[ \t]*\([ \t]*)")


# a second object of the holder's verb: "received 52 seats and 20.8 percent of the vote" (no name between: "52
# seats and the Reds 40" names the next one's)
_AND_OBJECT = patterns.compile(r"[ \t]+(?:\p{Ll}+[ \t]+){0,4}?and[ \t]+"
                               r"(?:(?:about|some|nearly|almost|over|around|just|roughly)[ \t]+)?")


def _holder_carried(text: str, counts: list[Count]) -> None:
    """"The Greens lost 38 seats, leaving them with 19", "the Reds hold 71 wards, an increase of 16": the
    figure that goes on from one with a holder, of the same things, has that holder; "Ruiz won 52.4%, or
    8,310,000 votes": the figure that tells a holder's share again in votes; "received 52 seats and 20.8
    percent": the verb's second object, a tally or share as the first."""
    for i, c in enumerate(counts):
        if not c.holder and i and (prev := counts[i - 1]).holder and prev.sentence == c.sentence and (
                (prev.unit == "percent" and _RESTATED.fullmatch(text, prev.end, c.start))
                or (share_or_tally(prev) and share_or_tally(c) and _AND_OBJECT.fullmatch(text, prev.end, c.start))):
            counts[i] = replace(c, holder=prev.holder)
            continue
        if c.holder or c.population in NO_HOLDER or not _GOES_ON.search(text, max(0, c.start - 40), c.start):
            continue
        prev = next((p for p in reversed(counts[:i]) if p.sentence == c.sentence and p.population == c.population
                     and not ("-" in p.text and p.text[-1:].isalpha())),
                    None)  # the nearest figure of the same things, past any other and a body's size ("60-member")
        if prev is not None and prev.holder:
            counts[i] = replace(c, holder=prev.holder)


# the total a figure before it brings things to: "another 20 were released, bringing the total to 110"
_BRINGING_TO = patterns.compile(rf"{BRING}[ \t]+(?:so[ \t]+far[ \t]+)?to[ \t]+(?:\p{{Ll}}+[ \t]+)?$", regex.I)


def _total_brought(text: str, counts: list[Count]) -> None:
    """The total a figure brings its things to is a running figure of what befell them, as the figure
    before it in the sentence tells ("20 detainees were released, bringing the total to 110": released)."""
    for i in range(1, len(counts)):
        c, prev = counts[i], counts[i - 1]
        if prev.sentence != c.sentence or c.measure or not prev.measure \
                or not _BRINGING_TO.search(text, max(0, c.start - 60), c.start):
            continue
        counts[i] = replace(c, measure=prev.measure, running=True, topic=prev.topic if c.topic == "other" else c.topic,
                            population=c.population or prev.population, period="" if c.period == "more" else c.period,
                            mood=c.mood or prev.mood)  # "270 will be freed, bringing the total to 1,000": to come


# the parts of a figure listed right after it: "freed 250 people, 170 soldiers and 80 civilians", "(170
# soldiers and 80 civilians)", "— 170 soldiers and 80 civilians"
_PARTS_OPEN = patterns.compile(r"[^,;:(—–-]*[,:(—–-][ \t]*$")
_PARTS_JOIN = patterns.compile(r"[ \t]+[\p{L}-]+(?:[ \t]+[\p{L}-]+){0,2}(?:,|,?[ \t]+and)[ \t]+")  # "from Saudi Arabia"
_PARTS_CLOSE = patterns.compile(r"[ \t]+[\p{L}-]+(?:[ \t]+[\p{L}-]+){0,2}[ \t]*(?:[.;)—–]|$)")  # "from the Netherlands"


# a part named right after a count of people: "rescued 44 people, among them six children", and a
# sentence that opens on them: "44 survivors were brought ashore. Among them were five minors"
_PART_NAMED = patterns.compile(rf"(?:[ \t]+[\p{{L}}-]+){{0,3}}?,?[ \t]+{SUBSET_LEAD}[ \t]+", regex.I)
_PART_OPENS = patterns.compile(
    r"[^.!?\d]{0,80}?[.!?][ \t\n]+(?:Among|Of)[ \t]+(?:them|these|those),?[ \t]+(?:(?:were|are)[ \t]+)?", regex.I)


def _shared_with_before(text: str, counts: list[Count]) -> None:
    """A count of people that says nothing befell it takes what befell the count right before it, when it is
    that count's part ("rescued 44 people, among them six children"; "... Among them were five minors") or
    joined to it by "and" ("Among the dead were 14 women and five children")."""
    for i in range(1, len(counts)):
        c, first = counts[i], counts[i - 1]
        if c.measure or c.population not in PERSONS or first.population not in PERSONS or not first.measure \
                or first.unit or c.unit:
            continue
        end = noun_end(text, first)
        # "freed 40 prisoners on Thursday. Nine of them are foreign nationals": a part told in the next sentence
        them = (_OF_THEM.match(text, c.end) is not None and _NEXT_SENTENCE.fullmatch(text, end, c.start) is not None) \
            or _PART_OPENS.fullmatch(text, end, c.start) is not None
        if (first.population != "people" or c.population != "people") and not them:
            continue  # captives take their group's measure only as a part of them told so
        part = (c.subgroup or them) and not first.subgroup and (first.value or 0) > (c.value or 0) and (
            _PART_NAMED.fullmatch(text, end, c.start) or _PART_OPENS.fullmatch(text, end, c.start) or them)
        if part or (first.sentence == c.sentence and _AND_JOINED.fullmatch(text, end, c.start)):
            counts[i] = replace(c, measure=first.measure, topic=first.topic if c.topic == "other" else c.topic,
                                population=first.population)
    for i in range(len(counts) - 1):
        first, c = counts[i], counts[i + 1]
        if not first.measure and first.population == "people" and c.population == "people" \
                and c.measure == "killed" and not first.unit and first.sentence == c.sentence \
                and _AND_ALL.fullmatch(text, noun_end(text, first), c.start) \
                and WHOLE_DIED.match(text, noun_end(text, c)):
            # "Two pilots and all 40 passengers were killed": the verb after both befell both
            counts[i] = replace(first, measure=c.measure, topic=c.topic if first.topic == "other" else first.topic)
        elif not first.measure and first.population in PERSONS and c.population in PERSONS and c.measure \
                and not first.unit and first.sentence == c.sentence \
                and _AND_FROM.fullmatch(text, noun_end(text, first), c.start) and _PASSIVE_AFTER.match(text, c.end) \
                and _SUBJECT_OPENING.fullmatch(text, sentence_span_at(text, first.start)[0], first.start):
            # "60 boys from the upper school and 30 from the lower school were taken": the verb after both
            counts[i] = replace(first, measure=c.measure, topic=c.topic if first.topic == "other" else first.topic,
                                population=c.population if first.population == "people" else first.population)


# "and" alone, or after what the first figure's people were: "60 were men and 35 were women" (a name of its
# own: _AND_ONLY below is the bare "and" of two heads)
_AND_JOINED = patterns.compile(r"(?:[ \t]+(?:were|was|are)[ \t]+\p{Ll}+)?,?[ \t]+and[ \t]+")
_OF_THEM = patterns.compile(r"[ \t]+of[ \t]+(?:them|those)\b", regex.I)
# the rest of a figure's sentence, then the next sentence's opening
_NEXT_SENTENCE = patterns.compile(r"[^.!?\d]{0,120}?[.!?][\s\"”’']+", regex.I)
# "crew members and all (the)", between a first figure's noun and the second figure
# a first figure's noun, where its people are from, and "and" before the second: "from the upper school and "
_AND_FROM = patterns.compile(r"(?:[ \t]+(?:from|in|at|of)[ \t]+(?:the[ \t]+)?(?:[\p{L}'’-]+[ \t]+){0,3}?[\p{L}'’-]+)?"
                             r"[ \t]+and[ \t]+")
# nothing but a sentence's opening words before its subject's figure: no verb the figure is the object of
_SUBJECT_OPENING = patterns.compile(r"[\s\"“‘']*(?:(?i:a|the|in|total|of|all|some|about|at|least|more|than|nearly|over"
                                    r"|almost|around|another|and|but)[ \t]+)*")
# the second figure's own passive verb, after what it is and where they are from: "30 from the lower school were"
_PASSIVE_AFTER = patterns.compile(r"(?:[ \t]+[\p{L}'’-]+){0,5}?[ \t]+(?:were|have[ \t]+been|had[ \t]+been)[ \t]+\p{L}")
_AND_ALL = patterns.compile(r"(?:[ \t]+members)?,?[ \t]+and[ \t]+(?:all[ \t]+(?:the[ \t]+)?)?")


def _parts_listed(text: str, counts: list[Count]) -> None:
    """Figures listed after a figure that they add up to, with no verb of their own, are its parts: they
    take what befell the whole, its period and its population ("170 soldiers" freed on day one)."""
    i = 0
    while i < len(counts) - 2:
        whole, k = counts[i], i + 1
        if not whole.measure or whole.unit or not _PARTS_OPEN.fullmatch(text, whole.end, counts[k].start):
            i += 1
            continue
        total = counts[k].value
        while k + 1 < len(counts) and counts[k + 1].sentence == whole.sentence \
                and _PARTS_JOIN.fullmatch(text, counts[k].end, counts[k + 1].start) and total < whole.value:
            k += 1
            total += counts[k].value
        parts = counts[i + 1 : k + 1]
        if len(parts) >= 2 and total == whole.value and _PARTS_CLOSE.match(text, parts[-1].end) \
                and all(c.sentence == whole.sentence and c.measure in ("", whole.measure) and not c.unit
                        for c in parts):
            population = whole.population if whole.population in ("prisoners", "hostages") else None
            # parts with no noun of their own are parts of the whole's kind: "four tourists - three from
            # Utah and one from Idaho" are tourists, each a part of the four (but "of the 67 aboard, 42 were
            # Peruvians" is the Peruvians aboard, as a manifest's list of nations is told)
            counts[i + 1 : k + 1] = [replace(c, measure=whole.measure,
                                             period=c.period or (whole.period if c.subject or (
                                                 c.subgroup and whole.measure == "aboard") else "part"),
                                             population=population or c.population,
                                             subgroup=c.subgroup or ("" if c.subject else whole.subgroup))
                                     for c in parts]
        i = k if len(parts) >= 2 else i + 1


def _parts_joined(text: str, counts: list[Count]) -> None:
    """Two counts of people joined by "and", of nouns of their own, are two parts of those the clause tells of,
    each its noun's: "Fifteen children and two counsellors remain missing", "12 campers and one counsellor are
    still missing" (not "12 campers" against "two counsellors"). Nouns every story uses for everyone ("people",
    "residents", "victims") name no part, and a subgroup noun's part is the population rules' to tell ("290
    passengers and 8 staff" aboard, in a story with no crew, are no part of all aboard)."""
    for i in range(len(counts) - 1):
        a, b = counts[i], counts[i + 1]
        if a.sentence != b.sentence or a.unit or b.unit or not a.subject or not b.subject \
                or {a.population, b.population} & _SWAPPED:
            continue  # (captives' parts are told by their own rules: "110 lifers and 900 other detainees")
        if not _AND_ONLY.fullmatch(text, noun_end(text, a), b.start):
            continue
        heads = [regular_singular(x.subject.split()[-1].lower()) for x in (a, b)]
        if heads[0] == heads[1] or any(h in _EVERYONE for h in heads) \
                or not all(names_people(w := x.subject.split()[-1]) or (x.value == 1 and names_people(w + "s"))
                           for x in (a, b)):
            continue
        measure = a.measure or b.measure
        # a people's name keeps its capital, as a nation's subgroup does elsewhere ("one Palestinian")
        written = [x.subject.split()[-1][0] + h[1:] for x, h in zip((a, b), heads, strict=True)]
        counts[i], counts[i + 1] = (
            replace(x, population="people" if x.population not in PERSONS else x.population,
                    subgroup=x.subgroup or (w if h not in SUBGROUP_NOUNS and h + "s" not in SUBGROUP_NOUNS else ""),
                    measure=x.measure or measure)
            for x, h, w in zip((a, b), heads, written, strict=True))


_AND_ONLY = patterns.compile(r"[ \t]+and[ \t]+")
# nouns for everyone counted, never a part: "30 people and 12 children" are all and some
_EVERYONE = frozenset("people person individual resident victim civilian local inhabitant citizen".split()
                      # ... nor the toll's own nouns: "1,210 deaths and 2,870 injuries" are two tolls, not parts
                      + "death injury fatality casualty dead injured wounded body".split())


def _places_near(text: str, sents: tuple[tuple[int, int], ...], idx: list[int | None],
                 counts: list[Count]) -> list[PlaceMention]:
    """The places named in the sentences a count's place can come from (its own and the
    ``SENT_REACH`` before it), found once per stretch of text: most of a story has no count."""
    spans: list[tuple[int, int]] = []
    for c, i in zip(counts, idx, strict=True):
        lo, hi = (sents[max(0, i - SENT_REACH)][0], sents[i][1]) if i is not None else (c.start, c.end)
        if spans and lo <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return [p for lo, hi in spans for p in find_places(text, lo, hi)]


def _index_at(spans: tuple[tuple[int, int], ...], pos: int) -> int | None:
    from bisect import bisect_right

    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i if i >= 0 and spans[i][0] <= pos < spans[i][1] + 1 else None


def _clause(text: str, c: Count, sent: tuple[int, int]) -> tuple[int, int]:
    """The clause around a count: from the last clause break before it to the next one after. A closed
    aside is no break: "9,000 members of the Dockers Union (VDU) are on strike" is one clause, and so is
    "30 people—most of them pilgrims—were killed"."""
    lo, hi = sent
    start = lo
    for m in _CLAUSE_STOP.finditer(text, max(lo, c.start - 160), c.start):
        start = m.end()
    if start > lo and (j := aside_start(text, start - 1, lo)) is not None:
        start = max(lo, j - 160)
        for m in _CLAUSE_STOP.finditer(text, start, j):
            start = m.end()
    limit = min(hi, c.end + 160)
    m = _CLAUSE_STOP.search(text, c.end, limit)
    if m is not None and (k := aside_end(text, m.start(), limit)) is not None:
        m = _CLAUSE_STOP.search(text, k + 1, limit)
    if m is not None and _LIST_TAIL.match(text, m.start(), limit) and _INCLUDING.search(text, c.end, m.start()):
        m = _CLAUSE_STOP.search(text, m.end(), limit)  # "900 troops, including engineers, medics, and divers,
        # were deployed": the last item of a list told aside, not a clause of its own
    return start, (m.start() if m else limit)


# a toll told of one group, the bare figure after its verb: "deaths among Peruvians had climbed to 37", "the toll
# among children stands at 40" (a nation's people or a subgroup noun; "among the residents" names no part)
_TOLL_AMONG = patterns.compile(
    r"\b(?:deaths|dead|toll|fatalities)[ \t]+among[ \t]+(?:the[ \t]+)?(?P<noun>\p{L}+)\b[^.;:!?]*$", regex.I)
_TOLL_AMONG_REACH = 80  # characters back from the figure: the toll's own clause


# two fates told of one figure with "or" right after its noun: "dead or missing", "were either missing or stranded"
_FATES = r"(?:dead|killed|missing|injured|wounded|hurt|stranded|trapped|displaced|evacuated)"
_EITHER_OR = patterns.compile(
    rf"[ \t]+(?:(?:are|were|is|was|remain|remained|have[ \t]+been|had[ \t]+been)[ \t]+)?(?:either[ \t]+)?"
    rf"(?:still[ \t]+)?(?P<a>{_FATES})[ \t]+or[ \t]+(?:were[ \t]+|are[ \t]+)?(?:still[ \t]+)?(?P<b>{_FATES})\b",
    regex.I)
_EITHER_MEASURE = {"dead": "killed", "killed": "killed", "missing": "missing", "injured": "injured",
                   "wounded": "injured", "hurt": "injured", "stranded": "stuck", "trapped": "trapped",
                   "displaced": "displaced", "evacuated": "displaced"}


def _slots(text: str, c: Count, sent: tuple[int, int], para: tuple[int, int],
           sents: tuple[tuple[int, int], ...], places: list[PlaceMention]) -> dict[str, object]:
    """The slots of one count, each read in its clause: population and subgroup, measure (which may correct them
    and the topic), place, period, holder, running total and mood."""
    clause = _clause(text, c, sent)
    population, subgroup = population_and_subgroup(text, c, clause)
    subgroup, named = _named_part(text, c, clause, sent, population, subgroup)
    if population == "people" and not c.subject and is_bar(text, c, clause):
        population = bar_whole(text, c, sent) or population  # "needs 31 to clinch a majority" of its seats
    measure = measure_of(text, c, clause, sent[0], people=population in _BEFALLEN_AS_PEOPLE)
    if population in ("hostages", "prisoners") and measure in _WORKER_MEASURES:
        measure = ""  # "herders employed on the farms were among 160 hostages": others' work, not the captives'
    if population == "people" and (either := _EITHER_OR.match(text, noun_end(text, c), clause[1])) is not None:
        # "320 people were missing or stranded": one figure for both, a fact apart from either
        measure = " or ".join(sorted({_EITHER_MEASURE[either.group(k).lower()] for k in ("a", "b")}))
    if subgroup == "on the ground" and measure == "aboard":
        # "killing all but one of those on board and at least 12 people on the ground": never aboard
        measure = "killed" if _KILLED_IN.search(text, *sent) else ""
    topic = "other" if (measure == "aboard" or measure == "displaced") and c.topic in ("deaths", "injured") \
        else "deaths" if measure == "killed" and c.topic == "other" and population == "people" else c.topic
    # (the topic follows the slots: "the victims include 14 from Norway" are dead)
    if _WHOLE_OF_MEASURE.get(measure) == subgroup:
        subgroup = ""  # "9,000 workers on strike" are all the strikers, as "9,000 members on strike" are
    if subgroup == "worker" and measure in _WORKPLACE_HARM \
            and not COUNT_AND_BEFORE.search(text, max(sent[0], c.start - _BESIDE_REACH), c.start):
        subgroup = ""  # "11 workers pulled out alive" of a mine is its "11 miners", its "11 men": everyone there
        # (but not "three children and three staff members killed": a part beside another)
    if measure == "aboard" and subgroup == "worker":
        subgroup = "crew"  # "342 passengers and 10 employees on board": a train's staff aboard are its crew
    if measure == "aboard" and not subgroup and population == "people" and c.subject[:1].isupper() \
            and (people := nation_named(c.subject)):
        subgroup = people  # "There were 14 Peruvians on board": that nation's part of those aboard, even alone
    if population == "people" and measure in ("killed", "injured") and (
            not subgroup or (subgroup == "passenger" and not _CREW_BESIDE.search(text, *sent))) \
            and _ABOARD_PART.match(text, c.end):
        subgroup = "on board"  # "killing 241 of the 242 on board": the dead aboard, apart from those on the ground
    if not measure and population in ("prisoners", "hostages") and _WENT_HOME.search(text, *clause):
        measure = "released"  # "Three hundred prisoners went home on Tuesday": freed
    if measure == "released" and population == "people" and _RETURNED_TO.match(text, c.end, clause[1]) \
            and not (HOSTAGE_WORD.search(text) or PRISONER_WORD.search(text) or _SWAP_WORDS.search(text)):
        measure = ""  # "64 hikers stuck on the ridge returned to the valley": they came back, no one freed them
    if measure == "released" and population == "people" and (
            _FROM_RUBBLE.match(text, c.end, clause[1])
            or (_FREE_BEFORE.search(text, max(clause[0], c.start - _FREE_REACH), c.start)
                and _TRAPPED_AFTER.match(text, noun_end(text, c)))):
        measure = "rescued"  # "freed 20 survivors from the rubble": a rescue, not a release of captives
    if measure == "taken" and population == "people":
        population = "hostages"  # people seized, abducted or kidnapped are hostages
    if population == "hostages" and not measure:
        measure = "held"  # "there are 50 hostages": a bare count of captives is the number held
    if population == "people" and measure == "held":
        population = "prisoners"  # people arrested, detained or held are prisoners
        if topic == "other":
            topic = "prisoners"  # "12 people were arrested": the topic follows the slots
    if population == "people" and not subgroup and not measure and (
            _CARRIED_OUT.match(text, noun_end(text, c), clause[1])
            or _CARRIED_OUT_BY.search(text, max(clause[0], c.start - _CARRIED_REACH), c.start)):
        subgroup = "perpetrator"  # "four men carried out the heist", "was carried out by three men": its doers
    if measure in _SOUGHT and (subgroup == "rescuer" or _SEEKERS.match(text, c.end, clause[1])):
        measure = ""  # "250 rescuers searching for survivors", "300 staff working to find them": whom they seek
    if measure in _UTILITY_MEASURES and population not in ("", "customer") and c.topic != "duration":
        population = "customer"  # "2 million customers", "homes and businesses", "households": one outage figure
    if population in _BALLOTS and _CAST.search(text, *clause) \
            and not _EACH_CASTS.search(text, max(clause[0], c.start - 40), c.start):
        population, measure = "people", "voted"  # "35 million votes were cast": 35 million voted (but "voters cast
        # three ballots" each)
    if _LIKE_FOR_LIKE.fullmatch(c.text):
        # "a 1,000-for-1,000 prisoner exchange": each side frees that many captives
        population = "hostages" if population == "hostages" or topic == "hostages" else "prisoners"
        topic, measure, subgroup = population, "released", ""
    if population == "hostages" and topic != "hostages":
        topic = "hostages"  # "the bodies of 18 dead hostages", "250 people seized": hostages
    injured_part = _injured_part(text, c, clause, topic) if population == "people" else ""
    if injured_part:
        measure, topic = "injured", "injured"
    place = "" if c.topic == "duration" or measure in _UNPLACED or population in _COUNTRIES \
        else place_of(text, c, clause, sent, para, sents, places)
    if place and not subgroup and population == "people" and (people := nation_named(place)) \
            and (any(w[:1].isupper() and nation_named(w) == people for w in c.subject.split())
                 or _FROM_PLACE.match(text, noun_end(text, c), sent[1])):
        subgroup = people  # "Peru said 38 Peruvian pilgrims died", "52 pilgrims from Peru": Peru's people
    if place and subgroup and nation_named(place) == subgroup:
        place = ""  # "two from Peru" are "two Peruvians": the country they are from, not where they are
    period = "" if named is not None and subgroup \
        else _period(text, c, clause, sent, population, subgroup, measure, place, injured_part)
    if not subgroup and population == "people" and period.startswith("those ") \
            and period[6:] in SUBGROUP_NOUNS:
        subgroup, period = SUBGROUP_NOUNS[period[6:]], ""  # "two of the dead were children": children killed
    period = _shares(text, c, clause, population, measure, period)
    owner = "" if population in NO_HOLDER else holder(text, c, clause, sent[0], places)
    if measure == "voted" and population == "people" \
            and (chose := _VOTED_FOR.match(text, noun_end(text, c), clause[1])) is not None:
        # "10 million voters voted for Brandt" are his votes, as "Brandt won 10 million votes" are
        population, measure, owner = "vote", "", chose["name"]
    if population and population not in PERSONS and not (period or owner or measure) and _THING_PART.match(text, c.end):
        period = UNNAMED_PART  # "carried 14 out of 16 provinces": a part of the 16 (whose, what befell it unsaid)
    return {
        "topic": topic,
        "measure": measure,
        "population": population,
        "subgroup": subgroup,
        "place": place,
        "period": period,
        "running": running(text, c, clause),
        "mood": mood(text, c, clause, measure),
        "holder": owner,
    }


def _named_part(text: str, c: Count, clause: tuple[int, int], sent: tuple[int, int], population: str,
                subgroup: str) -> tuple[str, regex.Match[str] | None]:
    """The subgroup a figure's part is named as after it ("of whom 97 were women", "169 were Indian") or the toll
    it is among ("the dead include 14 children"); with the "were <noun>" match, if that named it."""
    named = WERE_NOUN.match(text, c.end, clause[1]) if subgroup in ("", "passenger") and population in PERSONS \
        else None  # (passengers told by nation: "121 of the passengers were Chilean" are a nation's part)
    if named is not None and subgroup and not (named.group("noun")[:1].isupper() and nation_named(named.group("noun"))):
        named = None
    if named is not None and named.group("noun").lower() in SUBGROUP_NOUNS:
        subgroup = SUBGROUP_NOUNS[named.group("noun").lower()]  # "of whom 97 were women": the women among them
    elif named is not None and named.group("noun").lower() in ("men", "boys") and beside_women(text, c):
        subgroup = "man"  # "84 were women and 82 were men": the men are a part, as the women are
    elif named is not None and population == "people" and named.group("noun")[:1].isupper() \
            and (people := nation_named(named.group("noun"))):
        subgroup = people  # "of the 242 aboard, 169 were Indian": a nation's part, as "169 Indian nationals"
    if population == "people" and not subgroup and not c.subject \
            and (among := _TOLL_AMONG.search(text, max(sent[0], c.start - _TOLL_AMONG_REACH), c.start)) is not None:
        noun = among.group("noun")
        subgroup = SUBGROUP_NOUNS.get(noun.lower(), "") or (nation_named(noun) if noun[:1].isupper() else "")
    return subgroup, named


def _period(text: str, c: Count, clause: tuple[int, int], sent: tuple[int, int], population: str, subgroup: str,
            measure: str, place: str, injured_part: str) -> str:
    """The period slot: an earlier figure, the rest of a group, a month told with "when", a part of a group, a
    span of a duration, or the time the clause gives (``period_of``)."""
    lo = max(sent[0], c.start - 70)
    then = _MONTH_THEN.search(text, lo, c.start) if text.find(" when ", lo, c.start) != -1 else None
    rest = _REST_BEFORE.search(text, max(0, c.start - 16), c.start) if population in PERSONS else None
    return "earlier" if superseded(text, c, sent[0]) \
        else UNNAMED_PART if rest is not None and rest.group(1).lower() == "other" and measure != "missing" \
        and _OTHER_OF_A_SPLIT.match(text, c.end) \
        else UNNAMED_PART if population in ("prisoners", "hostages") and (
            _CHOSE_AFTER.match(text, noun_end(text, c))
            or (_OTHER_AFTER.match(text, c.end) and _THE_BEFORE.search(text, max(0, c.start - 5), c.start))) \
        else "remaining" if rest is not None and measure != "missing" \
        and (population == "people" or rest.group(1).lower() == "other" or measure == "released") \
        else f"month {then.group('m').capitalize()}" if then is not None \
        else injured_part or _own_group(text, c, population) \
        or _included(text, c, population, subgroup, place, sent) or _duration_part(text, c, clause, population) \
        or _with_perpetrator(text, c, population, sent[1]) \
        or period_of(text, c, clause, measure, sent)


# a ratio, not a number freed: "30 prisoners per civilian hostage", "50 for every soldier returned" (one head's
# price in a swap's terms; "per day" is a rate, periods.py)
_PER_HEAD_AFTER = Keyed(patterns.compile(
    rf"(?:[ \t]+[\p{{L}}-]+){{0,2}}?[ \t]+(?:per|for[ \t]+(?:each|every))\b{_EACH_SPAN}"
    r"[ \t]+(?P<w1>[\p{L}-]+)(?:[ \t]+(?P<w2>[\p{L}-]+))?", regex.I), ("per", "each", "every"))


def _per_head(text: str, c: Count, clause: tuple[int, int]) -> str:
    """The person a swap's figure is the price of ("30 prisoners per civilian hostage": "hostage"), or ""."""
    m = _PER_HEAD_AFTER.match(text, c.end, clause[1])
    if m is None:
        return ""
    return next((w.lower() for w in (m.group("w2"), m.group("w1")) if w and (names_people(w) or names_people(w + "s"))),
                "")


def _shares(text: str, c: Count, clause: tuple[int, int], population: str, measure: str, period: str) -> str:
    """The period with a side's or a place's own share marked: "each freed 410", "two each in Lyon and Nice"."""
    if population in PERSONS and (head := _per_head(text, c, clause)):
        return f"{period} per {head}".lstrip()  # "30 prisoners per hostage": a ratio, not how many go free
    if (measure in _SWAPPED_MEASURES or (not measure and population in _SWAPPED)) and population in PERSONS \
            and (_per_side(text, c, clause) or _LIKE_FOR_LIKE.fullmatch(c.text)):
        return f"{period} {PER_SIDE}".lstrip()  # "each freed 410", "410 from each side": one side's share
    if population in PERSONS and measure and _each_of_several(text, c, clause):
        # "two each in Lyon and Nice": every one of those places' own figure, told apart from other places' by them
        where = places_sharing(text, c, clause)
        return f"{period} {_EACH}{f' in {where}' if where else ''}".lstrip()
    if population not in PERSONS and population and _each_of_several(text, c, clause):
        # "the Greens and Reform each secured four seats": each one's own share, not one holder's nor the sum
        who = places_sharing(text, c, clause)
        return f"{period} {_EACH}{f' of {who}' if who else ''}".lstrip()
    return period


# a part of things told with its whole's figure: "14 out of 16 provinces", "40 of the 120 homes"
_THING_PART = patterns.compile(
    r"[ \t]+(?:out[ \t]+)?of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+|all[ \t]+)?\d[\d,]*[ \t-]", regex.I)


# what befalls the people of a workplace accident, where "workers" names them all, not a part: a part of them
# is told as one ("including nine workers", "two workers were among the dead"; see groupparts._included)
_WORKPLACE_HARM = frozenset({"trapped", "rescued", "missing", "killed", "injured", "survived"})
_BESIDE_REACH = 60  # characters before the figure that numerals.COUNT_AND_BEFORE reads
# the subgroup a measure's people all belong to, which then names no part of them ("6,000 workers voted to
# end the strike": the workers are all who voted)
_WHOLE_OF_MEASURE = {"striking": "worker", "locked out": "worker", "represented": "worker", "employed": "worker",
                     "voted": "worker"}
# people aboard are counted on their plane, ship or bus: where it crashed or sank names the event, not a part
# of them ("43 aboard the plane that crashed in Porto" and "43 aboard ... in the north" are one fact)
_UNPLACED = frozenset({"aboard"})
# ... and countries counted are in no one place ("seven countries" a swap in Lisbon involved)
_COUNTRIES = frozenset({"country", "nation"})
# the doers of a deed, told with the verb of deeds: "four men carried out the raid", "carried out by three men"
_DEEDS = (r"(?:heist|attack|robbery|burglary|theft|raid|shooting|bombing|stabbing|assault|break-in|hijacking"
          r"|kidnapping|abduction|massacre)")
_CARRIED_OUT = patterns.compile(rf"[ \t]+(?:(?:who|had|have|has|allegedly|reportedly|apparently)[ \t]+){{0,3}}"
                                rf"carr(?:y|ies|ied)[ \t]+out[ \t]+(?:the|a|an|this|that)[ \t]+"
                                rf"(?:[\p{{L}}-]+[ \t]+){{0,2}}?{_DEEDS}\b", regex.I)
_CARRIED_OUT_BY = patterns.compile(rf"\b{_DEEDS}[ \t]+(?:was|were|had[ \t]+been|has[ \t]+been)[ \t]+carried[ \t]+out"
                                   r"[ \t]+by[ \t]+(?:\p{L}+[ \t]+)?$", regex.I)
_CARRIED_REACH = 80  # characters before the figure the passive may start in
_SOUGHT = frozenset({"survived", "trapped", "missing", "rescued", "stuck"})  # what befalls those rescuers look for
# the people counted are out looking for others: "300 staff working to find survivors", "200 troops
# deployed to search for the missing"
_SEEKERS = patterns.compile(
    r"[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:(?:are|were)[ \t]+)?(?:working|deployed|sent|mobili[sz]ed|dispatched|helping"
    r"|trying|racing|searching|digging|combing|scouring)[ \t]+(?:\p{L}+[ \t]+){0,2}?(?:for|to[ \t]+(?:locate|find"
    r"|reach|free|rescue|save|search|look|dig|pull|recover))\b", regex.I)
_BALLOTS = frozenset({"vote", "ballot"})
_WORKER_MEASURES = frozenset(_WHOLE_OF_MEASURE)  # what workers are counted by, and captives never
_CAST = patterns.compile(r"\bcast\b", regex.I)
# voters as the subject, each casting the ballots counted: "voters cast three ballots", "citizens will cast two votes"
_EACH_CASTS = patterns.compile(
    r"\b(?:voters|citizens|electors|residents|people|each[ \t]+voter|every[ \t]+voter)[ \t]+(?:\p{Ll}+[ \t]+)?"
    r"(?:cast|casts|will[ \t]+cast|must[ \t]+cast|can[ \t]+cast)[ \t]+$", regex.I)


def _duration_part(text: str, c: Count, clause: tuple[int, int], population: str) -> str:
    """Which span of time a duration is, where it is not the length itself: "remaining" (still to come:
    "18 hours of work left", "another two weeks"), "served" (of a sentence: "14 months already served"),
    "sought by prosecution" / "sought by defence" / "sought" (a sentence asked for, not imposed), "maximum"
    (the most the law allows: "faced up to 30 years"), "per count" ("15 years on each count")."""
    if c.topic != "duration":
        return ""
    if _LEFT_AFTER.match(text, c.end, clause[1]) or _MORE_BEFORE.search(text, max(clause[0], c.start - 16), c.start):
        return "remaining"
    if _SERVED_AFTER.match(text, c.end, clause[1]) or _SERVED_BEFORE.search(text, max(clause[0], c.start - 40),
                                                                             c.start) \
            or (_SPENT_BEFORE.search(text, max(clause[0], c.start - 30), c.start) and _INSIDE_AFTER.match(text, c.end)):
        return "served"  # 'has served 14 months', 'spent a year in jail', 'been in custody for a year'
    if _EACH_COUNT_AFTER.match(text, c.end, clause[1]):
        return "per count"  # 'up to 15 years on each count': one charge's share of the whole
    if c.qualifier == "up_to" and population != "deadline" and ("maximum" in c.text.lower() or _FACED_BEFORE.search(
            text, max(clause[0], c.start - 40), c.start)):
        # 'faced up to 30 years', 'a maximum of 30 years': what the law allows, not a term given (not 'within a
        # maximum of 40 days', a deadline like any other)
        return "maximum"
    sought = _ASKED_FOR_BEFORE.search(text, max(clause[0], c.start - 80), c.start)
    if sought is None:
        return ""
    who = (sought["who"] or "").lower()
    return "sought by prosecution" if who in _PROSECUTION else "sought by defence" if who else "sought"


# who asks a court for a sentence, and how: "prosecutors sought 9 years", "her lawyers asked for 16 months"
_PROSECUTION = frozenset({"prosecutors", "prosecutor", "prosecution", "the feds", "the government", "the state"})
_ASKED_FOR_BEFORE = patterns.compile(
    r"(?:\b(?P<who>prosecutors?|prosecution|the[ \t]+(?:feds|government|state)|defen[cs]e|lawyers|attorneys"
    r"|legal[ \t]+team|counsel)\b(?:[ \t]+(?:have|has|had|were|are|is|was|also|had[ \t]+been))*[ \t]+)?"
    r"(?<![\p{L}])(?:sought|seek(?:s|ing)?|ask(?:ed|s|ing)?[ \t]+for|request(?:ed|s|ing)?|recommend(?:ed|s|ing)?"
    r"|urg(?:ed|es|ing)|push(?:ed|es|ing)[ \t]+for|call(?:ed|s|ing)[ \t]+for|want(?:ed|s)?|demand(?:ed|s|ing)?"
    # 'prosecutors say she should spend 9 years'
    r"|(?:say|says|said|argued?|argues)[ \t]+(?:\p{L}+[ \t]+)?(?:should|must)[ \t]+(?:spend|serve|get|receive))"
    # ... and what they asked for, named: "requested for a sentence of a minimum of 40 years"
    r"(?:[ \t]+(?:a|an|about|around|roughly|nearly|almost|at[ \t]+least|more[ \t]+than|over|up[ \t]+to|some"
    r"|for|of|prison|jail|sentence|term|minimum))*[ \t]+$",
    regex.I)
_EACH_COUNT_AFTER = patterns.compile(
    r"[ \t]+(?:\p{L}+[ \t]+){0,2}?(?:on|for|per)[ \t]+(?:each[ \t]+|every[ \t]+)?(?:count|charge)\b", regex.I)
_FACED_BEFORE = patterns.compile(
    r"\b(?:fac(?:es|ed|ing)|(?:could|would|can|may|might)[ \t]+(?:have[ \t]+)?(?:face|faced|get|got|receive|received"
    r"|given[ \t]+\p{L}+|yield|bring|mean)|carr(?:y|ies|ied|ying)|punishable[ \t]+by)[ \t]+$", regex.I)
_SPENT_BEFORE = patterns.compile(r"\bspent[ \t]+(?:\p{L}+[ \t]+){0,2}$", regex.I)
_INSIDE_AFTER = patterns.compile(rf"[ \t]+{INSIDE}\b", regex.I)
_SERVED_AFTER = patterns.compile(r"[ \t]+(?:of[ \t]+(?:time[ \t]+)?)?(?:already[ \t]+)?served\b", regex.I)
_SERVED_BEFORE = patterns.compile(
    r"\b(?:(?:has|have|had)[ \t]+(?:already[ \t]+)?served[ \t]+(?:\p{L}+[ \t]+){0,2}"
    rf"|been[ \t]+{INSIDE}[ \t]+for[ \t]+(?:\p{{L}}+[ \t]+){{0,2}})$",
    regex.I)


_LEFT_AFTER = patterns.compile(r"[\"”’']?[ \t]+(?:of[ \t]+\p{L}+[ \t]+)?(?:left|remaining|to[ \t]+go)\b", regex.I)
_MORE_BEFORE = patterns.compile(rf"\b(?:{ADDED}|the\s+remaining)\s+$", regex.I)
# the rest of a group a figure before told a part of: "40 identified ... the remaining 12 bodies"
# (of captives, "the other three", or the remaining ones freed, the last batch: "the remaining 270 prisoners will be
# handed over on Sunday"; not "the remaining 48 hostages", all those still held)
_REST_BEFORE = patterns.compile(r"\b(?:the|its|their)\s+(remaining|other)\s+$", regex.I)
# captives told by what they chose: "two sailors released would stay abroad", "three have chosen to go home":
# a part of those freed, not how many were freed
_CHOSE_AFTER = patterns.compile(
    r"(?:[ \t]+(?:released|freed))?[ \t]+(?:(?:would|will)[ \t]+(?:stay|remain)\b|(?:(?:have|has|had)[ \t]+)?"
    r"(?:chosen|chose|decided|opted|asked|requested|refused|elected)[ \t]+(?:to|not)\b)", regex.I)
# ... and "the three other prisoners": the rest of a split, not those freed in all
_OTHER_AFTER = patterns.compile(r"[ \t]+other[ \t]+\p{L}", regex.I)
_THE_BEFORE = patterns.compile(r"\bthe[ \t]+$", regex.I)
# ... and "the other three" told by what they chose or do (not by what befell them as captives): the rest of a
# split the story makes, an unnamed part ("The other four do not plan to go back", "the other two have asked not to
# be named")
_OTHER_OF_A_SPLIT = patterns.compile(
    r"(?:[ \t]+\p{L}+)?(?:[ \t]+[-–—][^-–—\n]{1,60}[-–—])?[ \t]+(?:do|does|did|have|has|had|will|would|are|were)"
    r"[ \t]+(?:not[ \t]+)?(?:plan|want|wish|intend|chose|choose|asked|requested|decided|refused|agreed|prefer"
    r"|stay|remain)\w*\b", regex.I)
# counted nouns that say the measure themselves, before any word elsewhere in the clause
# those aboard a vehicle among its dead or hurt: "241 of the 242 people on board", "241 passengers on board"
_ABOARD_PART = patterns.compile(
    r"(?:[ \t]+(?:people|persons|passengers|individuals|occupants))?(?:[ \t]+of[ \t]+(?:the|those)[ \t]+[\d,]+"
    rf"(?:[ \t]+(?:people|persons|passengers|occupants))?)?[ \t]+{ABOARD}\b", regex.I)

# a toll that counts whoever did the killing among the dead: "six people, including the gunman, died" is
# not "five people killed" by him, so it is a fact of its own ("not including the gunman" is the victims)
_WITH_PERPETRATOR = patterns.compile(
    r"[ \t]*[,(]?[ \t]*(?<!\bnot[ \t]+)(?:including|counting|among[ \t]+them)[ \t]+(?:the|a|one|two|both)[ \t]+"
    r"(?:\p{L}+[ \t]+)?(?:gunm[ae]n|shooters?|attackers?|assailants?|bombers?|perpetrators?|hijackers?|killers?"
    r"|suspects?)\b", regex.I)
_PERPETRATOR_REACH = 40  # characters from a figure's end to 'including the gunman'


def _with_perpetrator(text: str, c: Count, population: str, sent_end: int) -> str:
    if population != "people":
        return ""
    end = noun_end(text, c)
    m = _WITH_PERPETRATOR.search(text, end, min(sent_end, end + _PERPETRATOR_REACH))
    return "with perpetrator" if m is not None and not any(ch.isdigit() for ch in text[end:m.start()]) else ""


# "from" and a place right after the counted: where they come from
_FROM_PLACE = patterns.compile(r"[ \t]+from[ \t]+(?:the[ \t]+)?\p{Lu}", regex.I)
# a crew counted in the sentence: its passengers are a part of those aboard ("all six crew and 90 passengers")
_CREW_BESIDE = patterns.compile(rf"\b{CREW_WORDS}\b", regex.I)
