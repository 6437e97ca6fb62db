"""What a number counts: the noun phrase after it and the clause around it.

For each number that ``numbers`` finds, read the clause around it to say what is counted (subject,
topic), what happened to it (role), in what condition (status) and when. Pure functions of the
text; compiled patterns only.

Each figure is read in turn: its noun and topic here; where its clause lies and the windows around it that the
readings look in, in ``countwindow``; its role and status, in ``countrole``; its time anchor, in ``countwhen``.
The words of roles, statuses, topics and time anchors are in ``clausewords``; how they are read around a
figure (nearest, undenied, the role and the status) is in ``clauseread``; the passes over all the counts of a
text once each is described (lists, shared verbs, repeats, compound durations) are in ``countpasses``; what a
bare figure takes from the counts before it in its sentence (a noun, a topic, a role) is in ``priorcounts``.

Topic: the counted noun decides first ("hostages", "detainees", "trucks"); a noun pointing back
("20 of whom", "18 others", "including 10 children") takes its antecedent's; a generic noun
("people", "civilians") or none reads the clause's verbs and nouns ("killed", "held in ...
prisons", "food insecurity"), nearest after the count first; things ("countries", "books") are
``other``. Spans are qualifier + number (+ scale), plus the unit for durations and measures.
"""

from __future__ import annotations

import regex

from . import patterns
from .clauseread import (
    TOPIC_T,
    first_match,
    group,
    last_match,
    nearest,
    verb_of_object,
)
from .countpasses import (
    _captives_are_prisoners,
    _compound_durations,
    _from_to,
    _is_people,
    _listed_under,
    _resolve_forward,
    _share_back,
    _share_forward,
    _spared,
    among_whole,
    merge_repeats,
)
from .countrole import DONE_TO_PEOPLE, read_role_and_status
from .countwhen import read_time
from .countwindow import PARENT_OF_BEFORE, Reading, clause_bounds, read_windows
from .models import Count
from .numbers import (
    IRREGULAR_PLURALS,
    NP_STOP,
    ONE_THINGS,
    QUAL_PATTERN,
    TIME_UNITS,
    NumberSpan,
    find_numbers,
    is_plural,
)
from .numerals import (
    FIGURE_JOIN,
    OPENS_WITH_TOLL_VERB,
    SMALL_NUMBER_WORDS,
    SUBSET_LEAD,
)
from .population import CAPTIVE_NOUNS, MODEL_CODES, PEOPLE_NOUNS, THING_NOUNS, names_people
from .priorcounts import (
    _PLAIN_PEOPLE,
    _PLAIN_PLURAL,
    _SUBSET_BEFORE,
    _earlier_in_sentence,
    _kin_continued,
    _measure_compared,
    _parallel,
    _thing_continued,
    _verb_sharer,
    _won_share,
    noun_whole,
)
from .slots import with_slots
from .tolls import TOLL_SUBJECT, TOLL_VERB, figure_before_includes, is_lives_toll, last_toll_subject

__all__ = ["find_counts"]

# words that make fuel aid: "500 tonnes of fuel entered through the crossing" in a story of aid convoys
_AID_CONTEXT = patterns.compile(
    r"\b(?:aid|humanitarian|relief|deliver\w*|trucks?|lorries|convoys?|shipments?|crossings?|entered|allowed)\b",
    regex.I)
_AID_STUFF = patterns.compile(
    r"[ \t]+of[ \t]+(?:(?:humanitarian|food|medical|relief|emergency)[ \t]+)?"
    r"(?:aid|food|flour|supplies|medicine|medicines|assistance|wheat|rice|fuel|relief)\b",
    regex.I,
)

# ---------------------------------------------------------------------------------------------
# The counted noun phrase
# ---------------------------------------------------------------------------------------------

# a group's noun, then its size set off as a sum: "the captives, totalling 140", "the evacuees, numbering 900"
_TOTALLING = patterns.compile(r"\b(\p{L}+),?[ \t]+(?:totall?ing|numbering|who[ \t]+number(?:ed)?)[ \t]+$", regex.I)
# "U.S." and "U.S.-made" are one word each
# (a model's code is one word: "17 XR-40s", "12 B77s")
_TOKEN = patterns.compile(rf"(?:\p{{Lu}}\.){{2,}}(?:-[\p{{L}}-]+)?|(?=\p{{Lu}}){MODEL_CODES}|[\p{{L}}][\p{{L}}'’\-]*"
                          r"|\d[\d,.]*|\S")
_DETERMINERS = frozenset("the these those its their his her our your my all them whom which us".split())
_ANAPHORS = frozenset("whom them which those these us".split())
_MEASURE_HEADS = frozenset("tonnes tons kilograms kilos litres liters gallons barrels bags sacks boxes".split())

_TOPIC_NOUNS: dict[str, str] = {
    w: topic
    for topic, words in {
    **CAPTIVE_NOUNS,
    "deaths": "dead deceased deaths death fatalities fatality mortalities bodies corpses",
    "injured": "wounded injured injuries hurt",
    "other": "survivor survivors",  # "one survivor as the toll rises to 197": the living, whatever the sentence's toll
    "aid": "truck trucks truckloads lorries lorry meals meal parcels rations convoys airdrops pallets "
    "deliveries shipments aid food flour",
    }.items()
    for w in words.split()
}
# a head that points back to people counted before it: "12 dead and 40 others hurt"
_ANTECEDENT_HEADS = frozenset({"others"})
# ... and a bare "more", which the noun reader stops at (NP_STOP): "22 more" with no noun of its own, before its
# clause ends or goes on with when or where
_BARE_MORE = patterns.compile(r"[ \t]+more\b(?=[ \t]*(?:[.,;:)\n]|$)|[ \t]+(?:on|in|at|by|after|before|during"
                              r"|when|as|and|while|since|overnight|today|yesterday)\b)")

# a bare figure of those aboard names its own people: "killing five guards, while all 300 on board escaped"
_ABOARD_AFTER = patterns.compile(r"[ \t]+(?:on[ \t]*board|aboard)\b", regex.I)
_PART_LEAD = patterns.compile(rf"\b{SUBSET_LEAD}[ \t]+(?:(?:all|the)[ \t]+)*$", regex.I)  # "including all 175 on board"








def _noun_phrase(text: str, e: int, end: int, one: bool = False) -> tuple[list[str], bool, int]:
    """Words of the counted noun after ``e``, whether they point back ("of whom", "others"), and
    where the phrase ends. The head is the first plural-looking word: counts above one take one. A count
    of ``one`` takes a singular head, so a plural-looking word after it is its verb ("one passenger survives")."""
    toks = [(m.group(), m.end()) for m in _TOKEN.finditer(text, e, min(end, e + 90))]
    i = 0
    anaphor = False
    of = i < len(toks) and toks[i][0].lower() == "of"
    if of:
        i += 1
    if i < len(toks) and toks[i][0].lower() in _DETERMINERS:
        anaphor = of and toks[i][0].lower() in _ANAPHORS
        i += 1
    if of and i + 1 < len(toks) and toks[i][0].lower().endswith(("'s", "’s")) and is_plural(toks[i + 1][0]) \
            and toks[i + 1][0].lower() not in NP_STOP:
        i += 1  # "17 of the convoy's trucks", "12 of the company's vessels": the possessor's things are counted
    if i + 1 < len(toks) and toks[i][0] in _SCARE_QUOTES and toks[i + 1][0][0].isalpha():
        i += 1  # six “bandits”, 12 "militants": the noun in scare quotes is still the noun counted
    if i + 1 < len(toks) and toks[i][0].lower() in ("more", "total") and toks[i + 1][0][:1].isalpha() \
            and toks[i + 1][0].lower() not in NP_STOP and not toks[i + 1][0].lower().endswith(("'s", "’s")):
        i += 1  # "800 more army troops", "two more deaths", "24 total hours": the noun after them is counted
    if i + 2 < len(toks) and toks[i][0][0].isdigit() and toks[i + 1][0].lower() == "magnitude" \
            and is_plural(toks[i + 2][0]):
        i += 2  # "two 6.3 magnitude earthquakes": a measured modifier, then the noun counted
    if i + 3 < len(toks) and toks[i][0][0].isdigit() and toks[i + 1][0] == "-" and toks[i + 2][0][0].isalpha() \
            and toks[i + 3][0][:1].islower() and toks[i + 3][0].lower() not in NP_STOP:
        i += 3  # "four 12-storey blocks", "two 10-year-old boys": a measured modifier, then the noun counted
    words: list[str] = []
    first = i  # words are toks[first:first + len(words)]
    stop = e
    paired = 0  # words of a second adjective joined by "and"/"or": not counted against the phrase's length
    while i < len(toks) and len(words) < 4 + paired:
        tok, tend = toks[i]
        low = tok.lower()
        if not tok[0].isalpha() or low in NP_STOP or low.endswith(("'s", "’s")):
            break
        words.append(tok)
        stop = tend
        i += 1
        if one and not is_plural(tok) and i < len(toks) and toks[i][0][:1].islower() and toks[i][0].endswith("s") \
                and is_plural(toks[i][0]):
            break  # "one passenger survives": the verb, not a second noun
        if tok[0].isupper() and not low.endswith("s") and i + 2 < len(toks) and toks[i][0].lower() in ("and", "or") \
                and toks[i + 2][0][:1].islower() and is_plural(toks[i + 2][0]) \
                and toks[i + 2][0].lower() not in NP_STOP:
            words.append(toks[i][0])  # "Portuguese and foreign tourists": an adjective, whatever it can also mean
            i += 1
            continue
        if i + 2 < len(toks) and tok[0].islower() and toks[i][0] in ("and", "or") \
                and _paired_adjective(tok) and _paired_adjective(toks[i + 1][0]) \
                and is_plural(toks[i + 2][0]) and toks[i + 2][0].lower() not in NP_STOP:
            words.append(toks[i][0])  # "eight current or former members": two adjectives of one noun, not a noun
            i += 1
            paired += 2
            continue
        if low in _PLURAL_ADJECTIVES and i < len(toks) and toks[i][0][:1].isalpha() and is_plural(toks[i][0]) \
                and toks[i][0].lower() not in NP_STOP and toks[i][0].lower() not in _PLURAL_ADJECTIVES:
            continue  # "30 dead bodies", "12 injured passengers": the adjective of the noun counted, not the noun
        if is_plural(tok) and i + 1 < len(toks) and _NOMINAL.fullmatch(toks[i][0]) \
                and is_plural(toks[i + 1][0]) and toks[i + 1][0].lower() not in NP_STOP:
            words += [toks[i][0], toks[i + 1][0]]  # "38 parts distribution centres", "9 arms procurement deals":
            stop = toks[i + 1][1]  # a plural modifier of a noun made from a verb, then the noun counted
            i += 2
            break
        if low in _BODY_MODIFIERS and i < len(toks) and toks[i][0][:1].islower() and is_plural(toks[i][0]) \
                and toks[i][0].lower() not in NP_STOP and toks[i][0].lower() not in _PLURAL_ADJECTIVES:
            continue  # "8 police vans", "six staff members": a body's name modifies the noun counted
        if is_plural(tok) and not (tok[0].isupper() and i < len(toks) and toks[i][0][:1].islower()
                                    and is_plural(toks[i][0])):  # "Rangers fans", "Texas farmers": a modifier
            if (i + 1 < len(toks) and toks[i][0].lower() in ("and", "or") and _joinable(toks[i + 1][0])
                    and names_people(toks[i + 1][0]) == names_people(tok)
                    and not (i + 2 < len(toks) and toks[i + 2][0].lower() in _OBJECT_OPENERS
                             and not names_people(toks[i + 1][0]))):
                words += [toks[i][0], toks[i + 1][0]]
                stop = toks[i + 1][1]
                i += 2
            elif low in _MEASURE_HEADS and i + 1 < len(toks) and toks[i][0].lower() == "of":
                j = i + 1
                while j < len(toks) and j < i + 3 and toks[j][0][0].isalpha() and toks[j][0].lower() not in NP_STOP:
                    j += 1
                if j > i + 1:
                    words += [t for t, _ in toks[i:j]]
                    stop = toks[j - 1][1]
            break
    if words and i + 1 < len(toks) and all(w[0].isupper() for w in words) and toks[i][0].lower() in ("and", "or"):
        # "70 Harbour Air and Harbour Air Express flights": names joined before the noun they both modify
        j = i + 1
        while j < len(toks) and j < i + 5 and toks[j][0][0].isupper():
            j += 1
        if j > i + 1 and j < len(toks) and toks[j][0][:1].islower() and is_plural(toks[j][0]) \
                and toks[j][0].lower() not in NP_STOP:
            words.append(toks[j][0])
            i = j + 1
    members = _members_of_named_body(toks, i, words)
    if members is not None:  # "8,000 Guild of Harbour Pilots and Dock Hands (GHPD) members": its members
        return [toks[members][0]], anaphor, toks[members][1]
    # an -ed/-ing word after the head, or standing alone, is the clause's verb, not the noun
    while words and (words[-1].lower().endswith(("ed", "ing")) or words[-1] in _PARTICIPLES) \
            and words[-1].lower() not in IRREGULAR_PLURALS and not is_plural(words[-1]):
        words.pop()
    stop = toks[first + len(words) - 1][1] if words else e  # "one monk died": the phrase ends at "monk"
    return words, anaphor, stop


# a noun made from a verb, which a plural may modify ("parts distribution", "arms procurement", "sales conference")
_NOMINAL = patterns.compile(r"\p{Ll}+(?:tion|sion|ment|ance|ence)")
_NUMBER_WORD = patterns.compile(SMALL_NUMBER_WORDS)  # "two and three …" are figures, not adjectives
_NAME_INSIDE = frozenset("of and for the & ( )".split())  # small words and marks inside a body's name
_NAME_RUN = 10  # tokens a body's name may run on for after its first "of"


def _members_of_named_body(toks: list[tuple[str, int]], i: int, words: list[str]) -> int | None:
    """Where the plural noun after a body's name ends the counted phrase ("Guild of Harbour Pilots
    and Dock Hands (GHPD) members"), the name read so far being ``words`` up to "of" at ``i``; else None."""
    if not words or not all(w[0].isupper() for w in words) or i >= len(toks) or toks[i][0].lower() != "of":
        return None
    j = i + 1
    while j < len(toks) and j < i + _NAME_RUN and (toks[j][0][0].isupper() or toks[j][0].lower() in _NAME_INSIDE):
        j += 1
    tok = toks[j][0] if j < len(toks) else ""
    ok = j > i + 1 and tok[:1].islower() and is_plural(tok) and tok.lower() not in NP_STOP
    return j if ok else None


# bodies of people named by one word that also modifies a noun: "40 police" are officers, "40 police cars" cars
_BODY_MODIFIERS = frozenset("police staff militia military".split())
# words that stand for people on their own ("40 dead") but modify a noun that follows ("30 dead bodies")
_PLURAL_ADJECTIVES = frozenset("dead deceased wounded injured missing displaced homeless elderly sick".split())


def _paired_adjective(word: str) -> bool:
    """Whether a word may be one of two adjectives joined before a noun ("current or former", "young and old"): a
    lower-case word that is no plural, no number, no stop word and no state a toll is read from ("dead and injured")."""
    low = word.lower()
    return word[:1].islower() and word.isalpha() and not is_plural(word) and low not in NP_STOP \
        and low not in _PLURAL_ADJECTIVES and not _NUMBER_WORD.fullmatch(low)


_PARTICIPLES = frozenset("taken held stolen beaten hidden fallen driven given seen hurt slain".split()
                         # and past forms no noun takes: "95 made it home", "12 went missing"
                         + "made went came got did said took gave".split()
                         # and past forms of verbs a count's subject does: "three burst into flames", "40 fled"
                         + "burst fled fell rose grew ran sank stood fought sought caught struck spoke".split())
_SCARE_QUOTES = frozenset("“\"‘'")  # opening marks a writer sets around a word to keep a distance from it


# words that open a verb's object or particle, so the "-s" word before them is a verb: "34 counts and faces up
# to four years", "40 homes and needs a new roof"
_OBJECT_OPENERS = frozenset("up a an the his her their its no".split())


def _joinable(word: str) -> bool:
    """Whether "and <word>" continues a plural noun ("women and children", not "people and injured", nor
    "three dead and others hurt": the others are another group). People are joined only by people: in
    "9,000 crane operators and spreads to three harbours" the second word is the verb."""
    low = word.lower()
    return low != "others" and (low in PEOPLE_NOUNS or (word[0].isalpha() and is_plural(word)
                                                          and low not in IRREGULAR_PLURALS and low not in NP_STOP))


def find_counts(text: str) -> list[Count]:
    """Every count in ``text`` with exact offsets, its qualifier's interval and what it counts."""
    raws = find_numbers(text)
    out: list[Count] = []
    prev_np_end = 0
    for i, r in enumerate(raws):
        j = i + 1
        if j < len(raws) and raws[j].unit in _SPAN_UNITS \
                and _FOR_SPAN.search(text, max(r.end, raws[j].start - 6), raws[j].start):
            j += 1  # "17 people held for five months were freed": the span describes them, "were freed" is theirs
        nxt = raws[j].start if j < len(raws) else len(text)
        count, np_end = _describe(text, r, nxt, out, prev_np_end)
        if not (count.unit not in (None, "fraction") and "-" in count.text):
            prev_np_end = np_end  # (a measure fused to its noun, "the 6.8-magnitude quake", is no conjunct:
            # "the death toll from the 6.8-magnitude quake rose to 140" still reads back to the toll)
        out.append(count)
    _resolve_forward(text, out)
    among_whole(text, out)
    _share_back(text, out)
    _share_forward(text, out)
    _spared(text, out)
    _from_to(text, out)
    return _captives_are_prisoners(text, _listed_under(text, merge_repeats(
        text, with_slots(text, _compound_durations(text, out)))))




# a span of time after a figure, inside the phrase that describes what it counts
_FOR_SPAN = patterns.compile(r"\bfor[ \t]+$", regex.I)
_SPAN_UNITS = frozenset({"hour", "day", "week", "month", "year"})


_LEFT_HOMES = patterns.compile(r"[ \t]+(?:from|out[ \t]+of)[ \t]+their[ \t]+homes\b", regex.I)
# a sentence opened by the whole its figures are parts of: "Of the dead, 56 were adults and 28 were children"
_WHOLE_OPENER = patterns.compile(
    r"\s*(?:Of|Among)[ \t]+(?:the|those)[ \t]+(?P<w>dead|killed|victims|deceased|fatalities|injured|wounded|hurt)\b"
    r"[^,;.!?\n]{0,40},[ \t]+(?:[^.;!?\n]{0,80}?(?:,|[ \t]and)[ \t]+)?", regex.I)
# ... or by its figure told before: "The quake killed 61 people. Of the 61, 27 were in Lyon"
_FIGURE_OPENER = patterns.compile(
    r"\s*(?:Of|Among)[ \t]+(?:the|those|these)[ \t]+(?P<n>\d[\d,]*)[ \t]*,[ \t]+"
    r"(?:[^.;!?\n]{0,80}?(?:,|[ \t]and)[ \t]+)?")
_FIGURE_OPENER_REACH = 400  # characters back from the sentence to the figure its opener names again
_HURT_WHOLES = frozenset({"injured", "wounded", "hurt"})
_WAS_AFTER = patterns.compile(r"[ \t]+(?:were|was|are|is)\b")
_SETS_OF_REMAINS = patterns.compile(r"[ \t]+of[ \t]+(?:human[ \t]+)?remains\b", regex.I)
_REMAINS_OF = patterns.compile(r"\b(remains|bodies)[ \t]+of[ \t]+(?:the[ \t]+)?$", regex.I)


# what a hyphenated size says before the group it sizes ("a 14-member crew"), and the groups whose size is a count
# of their own kind (a crew is a part of those aboard; a team's or a board's members are people, as before)
_SIZE_WORDS = frozenset("member members person people strong man woman".split())
_GROUP_NOUNS = frozenset({"crew"})


def _sized_group(text: str, e: int, end: int) -> list[str]:
    """The words of the group a hyphenated size sizes, up to its noun ("crew" after "14-member"); [] for none."""
    words = _noun_phrase(text, e, end)[0][:3]
    at = next((i for i, w in enumerate(words) if w.lower() in _GROUP_NOUNS), None)
    return [] if at is None else words[: at + 1]


def _describe(text: str, r: NumberSpan, next_start: int, prior: list[Count], prev_np_end: int) -> tuple[Count, int]:
    """Read the clause around a number: what is counted, its topic, role, status and time anchor.
    Also returns where its noun phrase ended, which bounds what the next count may read back."""
    rd = Reading(text, r, next_start, prior, prev_np_end, clause_bounds(text, r.start, r.end, r.sent), r.np_start,
                 r.unit)
    _read_noun(rd)
    read_windows(rd)
    _read_antecedent(rd)
    if rd.topic is None:
        _read_topic(rd)
    role = status = None
    when_from = rd.np_end
    if rd.unit is None or rd.unit == "fraction" or rd.topic == "aid":  # measures and durations have no role
        role, status, when_from = read_role_and_status(rd)
    assert rd.topic is not None
    count = Count(
        start=r.start,
        end=r.end,
        text=text[r.start:r.end],
        sentence=rd.sentence,
        value=r.value,
        low=r.low,
        high=r.high,
        qualifier=r.qual,
        topic=rd.topic,
        subject=rd.subject,
        unit=rd.unit,
        role=role,
        status=status,
        when=read_time(rd, when_from),
    )
    return count, rd.np_end


def _read_noun(rd: Reading) -> None:
    """What the figure counts, from its own words: a unit, a fused noun, the noun phrase after it, or the noun of
    a parallel or joined figure."""
    text, r, clause, next_start, prior, prev_np_end = rd.text, rd.r, rd.clause, rd.next_start, rd.prior, rd.prev_np_end
    start, end, unit, np_end = r.start, r.end, rd.unit, rd.np_end
    topic: str | None = None
    subject = ""
    words: list[str] = []
    anaphor = False
    if unit in TIME_UNITS:
        topic, subject = "duration", unit + "s"
    elif unit is not None and unit != "fraction":
        topic, subject = "other", unit
        if unit in ("tonne", "kg"):
            aid = _AID_STUFF.match(text, np_end)
            if aid and aid.group().lower().endswith("fuel") \
                    and not _AID_CONTEXT.search(text, *clause_bounds(text, start, end, r.sent)):
                aid = None  # "the jet was carrying 100 tonnes of fuel": its load, not fuel sent as aid
            if aid:
                topic, subject = "aid", text[end:aid.end()].strip()
                np_end = aid.end()
    elif r.noun is not None and r.noun.lower() in _SIZE_WORDS and (sized := _sized_group(text, np_end, clause[1])):
        words, subject = sized, " ".join(sized)  # "the 14-member crew": the crew
    elif r.noun is not None:
        words, subject = [r.noun], r.noun
    else:
        words, anaphor, np_end = _noun_phrase(text, np_end, clause[1], one=r.value == 1)
        if words and words[-1].lower() == "sets" and (remains := _SETS_OF_REMAINS.match(text, np_end)):
            words, np_end = ["bodies"], remains.end()  # "recovered 41 sets of remains": bodies, the dead
        if not words and not anaphor and (total := _TOTALLING.search(text, max(r.sent[0], start - 40), start)) \
                and is_plural(total.group(1)):
            words = [total.group(1)]  # "The captives, totalling 140, include ...": 140 captives
        subject = " ".join(words)
        parallel = None if words or anaphor else _parallel(text, prior, r.sent[0], prev_np_end, start) \
            or _won_share(text, prior, r.sent[0], start)
        if parallel is not None:  # "Labour on 410 seats, the Conservatives on 144": 144 seats
            topic, subject = parallel.topic, parallel.subject
            rd.parallel = parallel
        elif not words and not anaphor and (shared := _shared_noun(text, end, next_start, clause[1])):
            words, subject = shared, " ".join(shared)  # "with 140 and 41 seats": 140 seats too
        elif not words and not anaphor and (noun := _recorded_subject(text, r.sent[0], start, end)):
            words, subject = [noun], noun  # "Tremors rattled the valley, with over 80 logged": 80 tremors
        elif not words and not anaphor and PARENT_OF_BEFORE.search(text, max(r.sent[0], start - 20), start):
            words, subject, topic = ["children"], "children", "other"  # "the mother of three was killed": her
            rd.part_picked = True  # children, to whom the sentence's verbs do not befall
    rd.topic, rd.subject, rd.words, rd.anaphor, rd.np_end = topic, subject, words, anaphor, np_end


def _read_antecedent(rd: Reading) -> None:
    """Whether the figure's noun points back ("20 of whom", "18 others", "the remains of four"), and to what."""
    text, r, clause, prior, words, anaphor, s0 = rd.text, rd.r, rd.clause, rd.prior, rd.words, rd.anaphor, rd.s0
    start = r.start
    pm = _REMAINS_OF.search(rd.prefix)
    antecedent: Count | None = None
    own_noun = bool(words) and words[-1].lower() not in _ANTECEDENT_HEADS
    more = not words and _BARE_MORE.match(text, r.end) is not None
    refers_back = anaphor or (not own_noun and bool(words)) or (pm and not words) \
        or bool(_SUBSET_BEFORE.search(text, max(clause[0], start - 20), start)) or more
    if refers_back:
        antecedent = next((c for c in _earlier_in_sentence(prior, s0)
                           if c.unit is None and (c.subject or c.topic != "other")), None)
        if more and antecedent is not None and (antecedent.subject or "").lower() in _PLAIN_PEOPLE:
            antecedent = None  # "killed 14 soldiers and wounded 22 more": more soldiers; "buried 30 people and
            # forced the evacuation of 90 more": no group to carry on, what befell the 90 is their own
        if antecedent is None and anaphor:  # "... abducted 287 students. 187 of those taken were ..."
            antecedent = next((c for c in reversed(prior[-3:]) if c.unit is None and c.topic != "other"
                               and start - c.end < 600), None)
    rd.remains, rd.antecedent = pm, antecedent
    rd.own_noun, rd.refers_back = own_noun, bool(refers_back)


def _read_topic(rd: Reading) -> None:
    """The topic of a figure whose own words name none: a pointing-back noun's antecedent, the verbs and nouns of
    its clause, the toll its sentence is about, or a figure before it."""
    text, r, clause, prior, prev_np_end, words = rd.text, rd.r, rd.clause, rd.prior, rd.prev_np_end, rd.words
    start, end, unit, np_end, subject, s0 = r.start, r.end, rd.unit, rd.np_end, rd.subject, rd.s0
    fwd_near, fwd_far, back, antecedent, pm = rd.fwd_near, rd.fwd_far, rd.back, rd.antecedent, rd.remains
    own_noun, refers_back = rd.own_noun, rd.refers_back
    topic: str | None = None
    lives_toll = False
    sharer: Count | None = None
    shared_lives = not own_noun and not rd.anaphor and bool(words) and words[-1].lower() == "lives" \
        and is_lives_toll(text, back[0], start, np_end, s0)  # "claimed 12 and nine lives": the 12 are lives too
    if refers_back and not shared_lives:
        # "injured 3,000 others": the verb before wins; "17 others were wounded": the verb after;
        # "18 others" after "10 hostages": the antecedent
        fm = first_match(TOPIC_T, text, *fwd_near)
        own = fm if fm is not None and _ONLY_AUX.fullmatch(text, max(np_end, fwd_near[0]), fm.start()) else None
        # (past a part told between commas: "three others, including a child, were hurt")
        bm = last_match(TOPIC_T, text, *back)
        if bm is not None and own is not None and (" and " in text[bm.end():start]
                                                   or not _RIGHT_BEFORE.fullmatch(text, bm.end(), start)):
            bm = None  # "some died and 15 others were hurt": the verb after "and" is the others' own; "bodies
            # lay in the ravine with 14 others injured": a word further back than the figure's verb too
        thing_part = antecedent is not None and antecedent is prior[-1] and antecedent.topic == "other" \
            and bool(antecedent.subject) and not words and _PART_LEAD.search(text, max(s0, start - 20), start)
        # "nine aircraft, including three from Chile": parts of the things just counted, whoever else is told of
        named = _topic_of(words) if own_noun and words else None  # "12 of those injured": the whole's noun says
        topic = "other" if thing_part \
            else named or group(bm) or group(own) or figure_before_includes(text, prior, s0, start)
        if not topic and antecedent is None and not pm:
            topic = group(noun_whole(TOPIC_T, text, s0, start))  # "Most deaths were in the hills, including 40 in X"
        topic = topic or (antecedent.topic if antecedent else "deaths" if pm else "other")
        if pm:
            subject = pm.group(1).lower()
        elif antecedent is not None and not own_noun:
            subject = antecedent.subject
    else:
        topic = _topic_of(words)
        if topic is None and words and words[-1].lower() == "lives" and is_lives_toll(text, back[0], start, np_end, s0):
            topic, lives_toll = "deaths", True
        if topic is None:
            topic = figure_before_includes(text, prior, s0, start)  # "This figure includes 71 Chileans"
        if topic is None:
            # "a 33-storey tower": a count inside a modifier names things unless they are people
            own_thing = unit == "fraction" or r.noun is not None or _PLAIN_PLURAL.fullmatch(words[-1]) \
                if words else False
            # ("one seat", "one count": a thing counted as one, not the death told beside it)
            if words and (words[-1].lower() in THING_NOUNS or (own_thing and not _is_people(words))
                          or (r.value == 1 and words[-1].lower() in ONE_THINGS)):
                topic = "other"
            elif not words and TOLL_VERB.search(text, max(s0, start - 30), start) \
                    and (subj := last_toll_subject(text, s0, start)) is not None:
                # "The number of those killed in the attack on ... has risen to 120, with 95 more taken to
                # hospital": the sentence's toll, however far back, not the words after the figure
                topic = group(subj)
            else:  # not a word the text denies: "there were no serious injuries"; an object takes the verb right
                # before it ("the man who killed 12 people was arrested")
                topic = group(verb_of_object(TOPIC_T, text, back)
                              or nearest(TOPIC_T, text, fwd_near, back, fwd_far, affirmed=True))
            if topic is None and (sharer := _verb_sharer(text, prior, prev_np_end, clause[0], start, words)):
                topic = sharer.topic  # "killed 15 officers and four civilians": the civilians were killed too
            if topic is None and not words and (measured := _measure_compared(text, prior, s0, start)):
                topic, subject, unit = "other", measured.subject, measured.unit  # "6 feet, below the feared 15"
            if topic is None and not words and (thing := _thing_continued(text, prior, s0, start, end)):
                topic, subject = "other", thing.subject  # "300 homes were destroyed and 1,200 damaged": homes
            if topic is None and not words and not _LEFT_HOMES.match(text, end) \
                    and not _OWN_VERB_BEFORE.search(text, max(s0, start - 40), start):
                # "the toll rose to 85 on Sunday from 60": a bare number continues the sentence's count
                # (not "killed nine and forced 6,000 from their homes": people of their own)
                aboard = _ABOARD_AFTER.match(text, end) and not _PART_LEAD.search(text, max(s0, start - 40), start)
                topic = None if aboard else _continued_topic(prior, s0)
            if topic is None and (not words or words[-1].lower() in _BARE_PEOPLE) \
                    and (TOLL_VERB.search(text, max(s0, start - 30), start)
                         or OPENS_WITH_TOLL_VERB.match(text, start)):
                # "The death toll in the strikes on ... and the villages around it exceeded 100": the
                # sentence's subject, however far back, is what the bare figure is
                subj = TOLL_SUBJECT.search(text, s0, start)
                topic = group(subj)
            if topic is None and not words and _WAS_AFTER.match(text, end) \
                    and (whole := _WHOLE_OPENER.fullmatch(text, s0, start)) is not None:
                # "Of the dead, 56 were adults and 28 were children": parts of the dead, told after a comma
                topic = "injured" if whole.group("w").lower() in _HURT_WHOLES else "deaths"
            if topic is None and not words and _WAS_AFTER.match(text, end) \
                    and (whole := _FIGURE_OPENER.fullmatch(text, s0, start)) is not None:
                n = float(whole.group("n").replace(",", ""))
                told = [c for c in prior if c.value == n and s0 - _FIGURE_OPENER_REACH <= c.start < s0]
                topic = told[-1].topic if told and told[-1].topic in ("deaths", "injured") else None
            topic = topic or "other"
            if not words and not subject and (kin := _kin_continued(text, prior, s0, start, end, r.value)):
                subject = kin.subject  # "Two children have died and six are in a critical condition": children
        if pm and words:
            subject = f"{pm.group(1).lower()} of {subject}"
            if topic == "other":
                topic = "deaths"  # "the remains of four workers were recovered": the dead, counted
    rd.topic, rd.subject, rd.unit, rd.lives_toll, rd.sharer = topic, subject, unit, lives_toll, sharer


def _continued_topic(prior: list[Count], s0: int) -> str | None:
    """The topic of the count a bare figure continues: the nearest earlier in its sentence with a topic, past things
    ("the toll rose to 85, and 300 homes burned, from 60"); none where a count of plain people comes first ("121
    died, and 250,000 people gathered where only 80,000 were permitted": those people, not the dead)."""
    for c in _earlier_in_sentence(prior, s0):
        if c.unit is not None:
            continue
        if c.topic != "other":
            return c.topic
        if c.subject and _is_people(c.subject.split()):
            return None
    return None


# a bare figure joined to the next one, whose noun both count: "140 and 41 seats", "12, 15 or 20 boats"
_JOINED_FIGURE = patterns.compile(FIGURE_JOIN)
# not the comma or stop after it ("with 30, 12, 9 and 4 deaths"); a number in words too ("12 and nine lives")
_DIGITS = patterns.compile(rf"\d(?:[\d,.]*\d)?|(?i:{SMALL_NUMBER_WORDS})\b")


# a figure recorded in a "with" phrase after its clause: "Tremors kept coming, with more than 80 logged"
# counts the clause's subject (verbs of recording only: "with 50 rescued" counts people rescued, not rescuers)
# between a verb and the figure it takes: "wounded 14 others", "injured another 14 others"
_RIGHT_BEFORE = patterns.compile(rf"[ \t]+(?:(?:{QUAL_PATTERN}|another|some)[ \t]+)?", regex.I)
_WITH_BEFORE = patterns.compile(rf"\bwith[ \t]+(?:{QUAL_PATTERN}[ \t]+)?$", regex.I)
_RECORDED_AFTER = patterns.compile(
    r"[ \t]+(?:(?:so[ \t]+far|already|now|since)[ \t]+)?(?:recorded|registered|reported|detected|counted|logged"
    r"|felt|measured)\b", regex.I)
# the subject opening the sentence, a plural noun (not of people) before its verb: "Aftershocks could still be
# felt", "Strong tremors rattled" ("Officials warned of slides, with 14 reported": not 14 officials)
_OPENING_SUBJECT = patterns.compile(
    r"[\s\"“‘']*(?:(?:The|More|Many|Several|Further|Strong|Powerful|Smaller|Dozens[ \t]+of)[ \t]+)?(?:\p{Ll}+[ \t]+)?"
    r"(?P<noun>\p{L}+s)[ \t]+(?:\p{Ll}+[ \t]+){0,2}?(?:could|can|may|might|were|are|have|has|had|continue|kept|keep"
    r"|shook|hit|struck|rose|spread|broke|cut|\p{Ll}+ed)\b")
_WITH_REACH = 30  # characters before a figure where "with" and its qualifier may stand


def _recorded_subject(text: str, s0: int, start: int, end: int) -> str:
    """The plural noun opening the sentence, when the figure is only recorded in a "with" phrase after it."""
    if not _WITH_BEFORE.search(text, max(s0, start - _WITH_REACH), start) or not _RECORDED_AFTER.match(text, end):
        return ""
    opening = _OPENING_SUBJECT.match(text, s0, start)
    noun = opening.group("noun").lower() if opening is not None else ""
    return noun if noun and is_plural(noun) and not names_people(noun) else ""


def _shared_noun(text: str, end: int, next_start: int, clause_end: int) -> list[str]:
    """The plural noun counted by the figure at ``next_start``, when the figure ending at ``end`` is only joined
    to it (and that one to the next, and so on), else []."""
    while _JOINED_FIGURE.fullmatch(text, end, next_start) and (fig := _DIGITS.match(text, next_start)):
        words, anaphor, _ = _noun_phrase(text, fig.end(), clause_end)
        if words:
            return words if not anaphor and is_plural(words[-1]) else []
        nxt = _JOINED_FIGURE.match(text, fig.end())
        if nxt is None:
            return []
        end, next_start = fig.end(), nxt.end()
    return []



_BARE_PEOPLE = frozenset({"people", "persons", "individuals"})  # "the death count, reaching 19 individuals"
_ONLY_AUX = patterns.compile(
    r"[ \t]*(?:of[ \t]+(?:whom|them|those)[ \t]+)?"  # "5 of them were killed": the part's own verb
    r"(?:who[ \t]+)?"  # "48 of those who died": the whole's verb, which the part shares
    r"(?:(?:were|was|are|is|have|has|had|been|being|be|also|later|now|still|currently|reportedly|seriously"
    r"|critically|badly"
    r"|lightly|slightly|sustained|suffered"  # "12 others sustained burns": the others' own harm
    r"|left"  # "20 others were left critically injured": the state they were left in
    r"|to)[ \t]+)*",  # "forced 70 others to leave": what they were made to do
    regex.I,
)
# a bare figure that is the object of a verb of its own after "and": "killed 48 people and sickened more than 3,200"
_OWN_VERB_BEFORE = patterns.compile(rf"\band[ \t]+\p{{Ll}}+(?:ed|en)[ \t]+(?:the[ \t]+\p{{Ll}}+[ \t]+of[ \t]+)?"
                                    rf"(?:{QUAL_PATTERN}[ \t]+)?$")  # or "and forced the evacuation of 90"








def _topic_of(words: list[str]) -> str | None:
    """Topic named by the counted noun itself, head first ("living hostages" -> hostages)."""
    people = bool(words) and names_people(words[-1])
    if words and (done := DONE_TO_PEOPLE.get(words[-1].lower())) is not None:
        return done[0]  # "17 dead and 9 missing": the head says what befell them, whatever the nouns before it
    for i, w in enumerate(reversed(words)):
        for part in reversed(w.lower().split("-")):
            t = _TOPIC_NOUNS.get(part)
            if t == "aid" and i > 0 and people:
                continue  # "aid workers", "truck drivers": people, not the goods their work is named for
            if t is not None:
                return t
    return None


