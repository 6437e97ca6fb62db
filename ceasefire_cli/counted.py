"""What a number counts: the noun phrase after it and the clause around it.

For each number that ``numbers`` finds, read the clause around it to say what is counted (subject,
topic), what happened to it (role), in what condition (status) and when. Pure functions of the
text; compiled patterns only.

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
    ROLE_T,
    TOPIC_T,
    first_match,
    group,
    last_match,
    nearest,
    read_role,
    read_status,
    read_when,
)
from .clausewords import _WHEN_HINT, NEW_SUBJECT
from .countpasses import (
    _DEFAULT_ROLE,
    _SWAP_TEXT,
    _captives_are_prisoners,
    _compound_durations,
    _from_to,
    _is_people,
    _listed_under,
    _resolve_forward,
    _share_back,
    _spared,
    among_whole,
    merge_repeats,
)
from .models import Count
from .numbers import (
    IRREGULAR_PLURALS,
    NP_STOP,
    QUAL_PATTERN,
    TIME_UNITS,
    NumberSpan,
    find_numbers,
    is_plural,
)
from .numerals import (
    OPENS_WITH_TOLL_VERB,
    SUBSET_LEAD,
)
from .population import CAPTIVE_NOUNS, CARRYING, CRAFT_NOUNS, PEOPLE_NOUNS, lives_there, names_people
from .priorcounts import (
    _PLAIN_PLURAL,
    _SUBSET_BEFORE,
    _along_with,
    _earlier_in_sentence,
    _measure_compared,
    _parallel,
    _thing_continued,
    _verb_sharer,
    _whole_before,
    _won_share,
)
from .slots import with_slots
from .textutil import OPENERS, aside_end
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

# a relative clause that tells of the event itself, right up to a time anchor: "the quake that struck the coast on",
# "the floods which swept the region last"
_EVENT_CLAUSE_BEFORE = patterns.compile(
    r"\b(?:that|which)[ \t]+(?:struck|hit|rocked|jolted|shook|devastated|swept|battered|began|started|occurred"
    r"|happened|erupted|broke[ \t]+out)\b[^,;:.!?]{0,60}$", regex.I)
# a group's noun, then its size set off as a sum: "the captives, totalling 140", "the evacuees, numbering 900"
_TOTALLING = patterns.compile(r"\b(\p{L}+),?[ \t]+(?:totall?ing|numbering|who[ \t]+number(?:ed)?)[ \t]+$", regex.I)
# "U.S." and "U.S.-made" are one word each
_TOKEN = patterns.compile(r"(?:\p{Lu}\.){2,}(?:-[\p{L}-]+)?|[\p{L}][\p{L}'’\-]*|\d[\d,.]*|\S")
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
_THINGS = frozenset(
    """countries nations states sides parties books times points votes seats cities towns villages
    homes houses buildings schools hospitals sites locations rockets missiles drones projectiles tunnels
    vehicles tanks planes jets ships boats steps proposals issues rounds meetings areas kilometres miles
    dollars euros pages articles laws bills amendments provinces districts regions camps clinics crossings
    targets strikes airstrikes attacks raids incidents cases allies partners governments
    agencies organisations organizations groups companies firms stores shops mosques churches
    universities bakeries wells farms acres hectares stories words letters films songs awards""".split()
) | CRAFT_NOUNS  # ("aircraft": a plural with no -s, which would else take the people of the sentence before it)
_ANTECEDENT_HEADS = frozenset("others more".split())
_OTHERS = patterns.compile(r"(?i)(?:.*\b)?others?\b")

_CLAUSE_CHARS = ";:()[]—–\n"
_COORD = patterns.compile(r",\s+(?:and|but|while|whereas|as)\s")
# a bare figure of those aboard names its own people: "killing five guards, while all 300 on board escaped"
_ABOARD_AFTER = patterns.compile(r"[ \t]+(?:on[ \t]*board|aboard)\b", regex.I)
_PART_LEAD = patterns.compile(rf"\b{SUBSET_LEAD}[ \t]+(?:(?:all|the)[ \t]+)*$", regex.I)  # "including all 175 on board"
# an aside closed before a figure, with a figure of its own: "The Reds - who won 40 seats in 2019 - have 12"
_CLOSED_ASIDE = patterns.compile(r"\([^()\n]{1,80}\)|[ \t][-–—][ \t][^-–—\n]{1,80}?[ \t][-–—][ \t]|—[^—\n]{1,80}—")
_LOOK = 160  # how far a clause window may reach, in characters
_MAX_SENTENCE = 1200  # longer "sentences" are unpunctuated runs; a count keeps a window of them


def _clause_bounds(text: str, s: int, e: int, sent: tuple[int, int]) -> tuple[int, int]:
    """Start of the clause before ``s`` and end of the clause after ``e`` (within the sentence)."""
    lo = max(sent[0], s - _LOOK)
    hi = min(sent[1], e + _LOOK)
    start = lo
    k = s
    while k > lo:
        i = max(text.rfind(ch, lo, k) for ch in _CLAUSE_CHARS)
        if i < lo:
            break
        if _is_range_dash(text, i):
            k = i  # "pupils ages 6–11, 40 of them, ...": a range of figures, not an aside
            continue
        opener = OPENERS.get(text[i])
        j = text.rfind(opener, lo, i) if opener else -1
        if j != -1 and "\n" not in text[j:i]:
            k = j  # a closed aside ("on Friday (March 22) night") does not end the clause around it
            continue
        start = i + 1
        break
    i = text.rfind("   ", lo, s)
    if i >= start:
        start = i + 3
    end = hi
    for ch in _CLAUSE_CHARS:
        i = text.find(ch, e, end)
        while i != -1:
            if _is_range_dash(text, i):
                go_on = i + 1  # "pupils ages 6–11 were hurt": a range of figures, not an aside
            elif ch in "—–" and (k := aside_end(text, i, end)) is not None:
                go_on = k + 1  # "30 people—most of them pilgrims—were killed": an aside
            elif ch == "(" and (k := text.find(")", i, min(end, i + _BRACKET_ASIDE))) != -1 and "\n" not in text[i:k]:
                go_on = k + 1  # "five employees of Harbour Meals (HM) were killed": a closed aside
            elif ch == ")" and text.rfind("(", e, i) != -1:
                go_on = i + 1  # ... and its closing bracket
            else:
                break
            i = text.find(ch, go_on, end)
        if i != -1:
            end = i
    i = text.find("   ", e, end)
    if i != -1:
        end = i
    return start, end


_BRACKET_ASIDE = 40  # characters a bracketed aside after a figure may run to and leave its clause open


def _is_range_dash(text: str, i: int) -> bool:
    """Whether the character at ``i`` is a dash between two figures ("6–11"), which ends no clause."""
    return text[i] in "—–" and text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit()


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
    if i + 1 < len(toks) and toks[i][0] in _SCARE_QUOTES and toks[i + 1][0][0].isalpha():
        i += 1  # six “bandits”, 12 "militants": the noun in scare quotes is still the noun counted
    if i + 1 < len(toks) and toks[i][0].lower() == "more" and toks[i + 1][0][:1].isalpha() \
            and toks[i + 1][0].lower() not in NP_STOP and not toks[i + 1][0].lower().endswith(("'s", "’s")):
        i += 1  # "800 more army troops", "two more deaths": the noun after "more" is the noun counted
    if i + 3 < len(toks) and toks[i][0][0].isdigit() and toks[i + 1][0] == "-" and toks[i + 2][0][0].isalpha() \
            and toks[i + 3][0][:1].islower() and toks[i + 3][0].lower() not in NP_STOP:
        i += 3  # "four 12-storey blocks", "two 10-year-old boys": a measured modifier, then the noun counted
    words: list[str] = []
    first = i  # words are toks[first:first + len(words)]
    stop = e
    while i < len(toks) and len(words) < 4:
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
        if low in _PLURAL_ADJECTIVES and i < len(toks) and toks[i][0][:1].isalpha() and is_plural(toks[i][0]) \
                and toks[i][0].lower() not in NP_STOP and toks[i][0].lower() not in _PLURAL_ADJECTIVES:
            continue  # "30 dead bodies", "12 injured passengers": the adjective of the noun counted, not the noun
        if is_plural(tok) and not (tok[0].isupper() and i < len(toks) and toks[i][0][:1].islower()
                                    and is_plural(toks[i][0])):  # "Rangers fans", "Texas farmers": a modifier
            if (i + 1 < len(toks) and toks[i][0].lower() in ("and", "or") and _joinable(toks[i + 1][0])
                    and (names_people(toks[i + 1][0]) or not names_people(tok))
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
    # an -ed/-ing word after the head, or standing alone, is the clause's verb, not the noun
    while words and (words[-1].lower().endswith(("ed", "ing")) or words[-1] in _PARTICIPLES) \
            and words[-1].lower() not in IRREGULAR_PLURALS and not is_plural(words[-1]):
        words.pop()
    stop = toks[first + len(words) - 1][1] if words else e  # "one monk died": the phrase ends at "monk"
    return words, anaphor, stop


# words that stand for people on their own ("40 dead") but modify a noun that follows ("30 dead bodies")
_PLURAL_ADJECTIVES = frozenset("dead deceased wounded injured missing displaced homeless elderly sick".split())
_PARTICIPLES = frozenset("taken held stolen beaten hidden fallen driven given seen hurt slain".split()
                         # and past forms no noun takes: "95 made it home", "12 went missing"
                         + "made went came got did said took gave".split())
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
    _spared(text, out)
    _from_to(text, out)
    return _captives_are_prisoners(text, _listed_under(text, merge_repeats(
        text, with_slots(text, _compound_durations(text, out)))))


# captives carried somewhere, the verb right after their noun: "were flown", "have been transported"
_CARRIED_AFTER = patterns.compile(
    r"[ \t]+(?:(?:were|was|are|have[ \t]+been|had[ \t]+been|being)[ \t]+)?(?:flown|transported|airlifted|ferried"
    r"|bused|bussed|moved|transferred|repatriated|returned)\b", regex.I)


# a span of time after a figure, inside the phrase that describes what it counts
_FOR_SPAN = patterns.compile(r"\bfor[ \t]+$", regex.I)
_SPAN_UNITS = frozenset({"hour", "day", "week", "month", "year"})


_LEFT_HOMES = patterns.compile(r"[ \t]+(?:from|out[ \t]+of)[ \t]+their[ \t]+homes\b", regex.I)
# a sentence opened by the whole its figures are parts of: "Of the dead, 56 were adults and 28 were children"
_WHOLE_OPENER = patterns.compile(
    r"\s*(?:Of|Among)[ \t]+(?:the|those)[ \t]+(?P<w>dead|killed|victims|deceased|fatalities|injured|wounded|hurt)\b"
    r"[^,;.!?\n]{0,40},[ \t]+(?:[^.;!?\n]{0,80}?(?:,|[ \t]and)[ \t]+)?", regex.I)
_HURT_WHOLES = frozenset({"injured", "wounded", "hurt"})
_WAS_AFTER = patterns.compile(r"[ \t]+(?:were|was|are|is)\b")
# harm told among a group before its figure: the figure is the group, not the harmed
_HARM_AMONG = patterns.compile(r"\b(?:deaths?|dead|fatalities|casualties|injuries|victims)[ \t]+"
                               r"(?:(?:were|was)[ \t]+)?(?:reported[ \t]+)?among[ \t]+(?:(?:the|its|their)[ \t]+)?$",
                               regex.I)
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
    start, end, unit = r.start, r.end, r.unit
    clause = _clause_bounds(text, start, end, r.sent)
    topic: str | None = None
    subject = ""
    words: list[str] = []
    anaphor = False
    lives_toll = False
    sharer: Count | None = None
    np_end = r.np_start
    if unit in TIME_UNITS:
        topic, subject = "duration", unit + "s"
    elif unit is not None and unit != "fraction":
        topic, subject = "other", unit
        if unit in ("tonne", "kg"):
            aid = _AID_STUFF.match(text, np_end)
            if aid and aid.group().lower().endswith("fuel") \
                    and not _AID_CONTEXT.search(text, *_clause_bounds(text, start, end, r.sent)):
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
        if not words and not anaphor and (total := _TOTALLING.search(text, max(r.sent[0], start - 40), start)) \
                and is_plural(total.group(1)):
            words = [total.group(1)]  # "The captives, totalling 140, include ...": 140 captives
        subject = " ".join(words)
        parallel = None if words or anaphor else _parallel(text, prior, r.sent[0], prev_np_end, start) \
            or _won_share(text, prior, r.sent[0], start)
        if parallel is not None:  # "Labour on 410 seats, the Conservatives on 144": 144 seats
            topic, subject = parallel.topic, parallel.subject
        elif not words and not anaphor and (shared := _shared_noun(text, end, next_start, clause[1])):
            words, subject = shared, " ".join(shared)  # "with 140 and 41 seats": 140 seats too
    limit = min(clause[1], next_start)
    cut, at_comma = _cut(text, np_end, limit, next_start < clause[1] or _object_of_role_verb(text, start))
    fwd_near = (np_end, cut)
    fwd_far = (cut, limit) if at_comma and not _CARRYING_BEFORE.search(text, max(0, start - 80), start) \
        and not _CLAUSE_AFTER_COMMA.match(text, cut + 1) else (cut, cut)
    residents = lives_there(text, start, words[-1].lower() if words else "")
    if fwd_far[1] > fwd_far[0] and (said := _REPORTED_AFTER.search(text, *fwd_far)) is not None:
        fwd_far = (cut, said.start())
    if at_comma and next_start < clause[1] and next_start - cut < 40 and (
            _APPOSITIVE.fullmatch(text, cut, next_start)
            or (_BARE_COMMA.fullmatch(text, cut, next_start) and _ORIGIN_PART.match(text, next_start))):
        close = text.find(",", next_start, clause[1])  # "13 peacekeepers, including nine ..., were killed"
        if close != -1:
            fwd_far = (close + 1, clause[1])
    prev_end = prev_np_end if prior and clause[0] < prev_np_end <= start else clause[0]
    back_lo = max(clause[0], prev_end, start - 100)
    back_from = max(back_lo, text.rfind(",", back_lo, start) + 1)
    if prev_end > clause[0]:  # "3,000 were killed and 10,000 injured": "killed" is the first conjunct's verb
        back_from = max(back_from, text.rfind(" and ", back_from, start) + 4, text.rfind(" or ", back_from, start) + 3)
    if (sub := _SUBJECT_AFTER_SUBORDINATOR.search(text, back_from, start)) is not None:
        back_from = sub.end()  # "were killed when about six gunmen attacked": the gunmen open a clause of their own
    back = (back_from, start)
    prefix = text[max(back[0], start - 25):start]
    pm = _REMAINS_OF.search(prefix)
    antecedent: Count | None = None
    s0, s1 = r.sent
    if s1 - s0 > _MAX_SENTENCE:  # text without sentence punctuation: keep a window, not the whole run
        s0, s1 = max(s0, start - _MAX_SENTENCE // 2), min(s1, end + _MAX_SENTENCE // 2)
    sentence = text[s0:s1]
    own_noun = bool(words) and words[-1].lower() not in _ANTECEDENT_HEADS
    refers_back = anaphor or (not own_noun and bool(words)) or (pm and not words) \
        or bool(_SUBSET_BEFORE.search(text, max(clause[0], start - 20), start))
    if refers_back:
        antecedent = next((c for c in _earlier_in_sentence(prior, s0)
                           if c.unit is None and (c.subject or c.topic != "other")), None)
        if antecedent is None and anaphor:  # "... abducted 287 students. 187 of those taken were ..."
            antecedent = next((c for c in reversed(prior[-3:]) if c.unit is None and c.topic != "other"
                               and start - c.end < 600), None)
    if topic is None:
        if refers_back:
            # "injured 3,000 others": the verb before wins; "17 others were wounded": the verb after;
            # "18 others" after "10 hostages": the antecedent
            fm = first_match(TOPIC_T, text, *fwd_near)
            own = fm if fm is not None and _ONLY_AUX.fullmatch(text, np_end, fm.start()) else None
            bm = last_match(TOPIC_T, text, *back)
            if bm is not None and own is not None and " and " in text[bm.end():start]:
                bm = None  # "some died and 15 others were hurt": the verb after "and" is the others' own
            thing_part = antecedent is not None and antecedent is prior[-1] and antecedent.topic == "other" \
                and bool(antecedent.subject) and not words and _PART_LEAD.search(text, max(s0, start - 20), start)
            # "nine aircraft, including three from Chile": parts of the things just counted, whoever else is told of
            topic = "other" if thing_part \
                else group(bm) or group(own) or figure_before_includes(text, prior, s0, start)
            topic = topic or (antecedent.topic if antecedent else "deaths" if pm else "other")
            if pm:
                subject = pm.group(1).lower()
            elif antecedent is not None and not own_noun:
                subject = antecedent.subject
        else:
            topic = _topic_of(words)
            if topic is None and words and words[-1].lower() == "lives" and is_lives_toll(text, back[0], start, np_end):
                topic, lives_toll = "deaths", True
            if topic is None:
                topic = figure_before_includes(text, prior, s0, start)  # "This figure includes 71 Chileans"
            if topic is None:
                # "a 33-storey tower": a count inside a modifier names things unless they are people
                own_thing = unit == "fraction" or r.noun is not None or _PLAIN_PLURAL.fullmatch(words[-1]) \
                    if words else False
                if words and (words[-1].lower() in _THINGS or (own_thing and not _is_people(words))):
                    topic = "other"
                elif not words and TOLL_VERB.search(text, max(s0, start - 30), start) \
                        and (subj := last_toll_subject(text, s0, start)) is not None:
                    # "The number of those killed in the attack on ... has risen to 120, with 95 more taken to
                    # hospital": the sentence's toll, however far back, not the words after the figure
                    topic = group(subj)
                else:  # not a word the text denies: "there were no serious injuries"
                    topic = group(nearest(TOPIC_T, text, fwd_near, back, fwd_far, affirmed=True))
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
                    topic = None if aboard else next(
                        (c.topic for c in _earlier_in_sentence(prior, s0) if c.unit is None and c.topic != "other"),
                        None)
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
                topic = topic or "other"
            if pm and words:
                subject = f"{pm.group(1).lower()} of {subject}"
                if topic == "other":
                    topic = "deaths"  # "the remains of four workers were recovered": the dead, counted
    role = None
    status = None
    when_from = np_end
    if unit is None or unit == "fraction" or topic == "aid":  # measures and durations have no role
        role, when_from = read_role(text, r.np_start, np_end, fwd_near, back, fwd_far)
        if lives_toll:
            role = "killed"  # "took nine lives": the verb of the toll, not a taking of hostages
        elif role is None and (sharer := sharer or _verb_sharer(text, prior, prev_np_end, clause[0], start, words)
                               or _along_with(text, prior, s0, start, words)):
            role = sharer.role  # "Among those freed were 140 soldiers and 35 civilians": the civilians were freed
        elif role is None and topic in CAPTIVE_TOPICS and (whole := _whole_before(text, prior, s0, start)) is not None:
            role = whole.role  # "freed 23 hostages, including six children": the children were freed too
        elif role == "held" and topic == "hostages":
            role = "remaining"
        elif role is None and _is_people(words) and prior and prior[-1].role == "released" \
                and prior[-1].topic in CAPTIVE_TOPICS and prior[-1].start >= s0 \
                and _FOR_BETWEEN.fullmatch(text, prev_np_end, start):
            role = "released"  # "will exchange 18 soldiers for 70 rebels": the side got back is freed too
        elif role is None and topic in CAPTIVE_TOPICS and _CARRIED_AFTER.match(text, np_end) \
                and _SWAP_TEXT.search(text, max(0, s0 - 300), s1):
            role = "released"  # "140 prisoners were flown between the two capitals" in a swap: exchanged
        elif role is None and topic in CAPTIVE_TOPICS and _SWAP_INVOLVING.search(text, max(s0, start - 120), start):
            role = "released"  # "a swap involving 19 prisoners": those it involves are those exchanged
        elif role is None and _RECEIVED_BEFORE.search(text, max(s0, start - 40), start) \
                and _SWAP_WORD.search(text, max(0, s0 - 300), s1):
            role = "released"  # "the ministry said it had received 500 servicemen" back in a swap
        elif role is None:
            role = _DEFAULT_ROLE.get(topic)
        elif role == "delivered" and topic in CAPTIVE_TOPICS and (
                _HANDED_ON.search(text, np_end, np_end + 80) or _DELIVERED_TO.match(text, np_end)):
            role = "released"  # "14 hostages were transferred to Peru": captives handed over are freed
        elif role == "delivered" and topic != "aid":
            role = None  # people "entered" a place; only goods are delivered
        if role in ("killed", "injured") and topic in ("deaths", "injured") and role != _DEFAULT_ROLE[topic]:
            role = _DEFAULT_ROLE[topic]  # "the number of dead to go above 50 ... for the injured"
        if topic in ("deaths", "injured") and residents:
            topic, role = "other", None  # "a village home to some 350 people was buried": those who lived there
        if topic in ("deaths", "injured") and _HARM_AMONG.search(text, max(s0, start - 40), start):
            topic, role = "other", None  # "several deaths among the 4,000 who took part": the whole they are among
        if topic == "injured" and _DIED_AFTER.match(text, np_end):
            topic, role = "deaths", "killed"  # "two more injured fishermen succumbed": the hurt who died are dead
        if topic == "other" and role == "released" \
                and (_is_people(words) or (not words and (not subject or _is_people(subject.split())))) \
                and not _FREED_FROM.match(text, np_end) \
                and (_HOSTAGE_OR_CAPTIVE.search(sentence) or _SWAP_WORD.search(text, max(0, s0 - 300), s1)):
            # people released in a hostage deal or a prisoner swap are prisoners, unless released in exchange for
            # prisoners ("three soldiers in exchange for 90 prisoners"), or named as a part of hostages ("Among
            # the 23 hostages freed were six children"): then they are captives
            topic = "hostages" if _FOR_PRISONERS.match(text, np_end, s1) \
                or _AMONG_HOSTAGES.search(text, max(s0, start - 80), start) \
                or (_PRISONERS_APART.search(text, np_end, s1) and _HOSTAGE_OR_CAPTIVE.search(text)) else "prisoners"
        if topic in ("hostages", "prisoners") and role is None and (
                _SWAPPED_FOR.match(text, np_end) or _SWAPPED_AGAINST.search(text, max(0, start - 40), start)):
            role = "released"  # "12 captives for 95 prisoners": both sides of a swap are freed
        is_thing = bool(words) and words[-1].lower() in _THINGS
        if topic == "other" and (role in ("killed", "injured") or (is_thing and role not in _THING_ROLES)
                                 or (role == "stuck" and not _is_people(words))):
            role = None  # things are not killed, released or stuck ("a dozen drones ..., killing two")
        status = read_status(text, words, prefix, fwd_near)
        if status is None and antecedent is not None and pm is None and not _OTHERS.match(subject) \
                and not _OTHERS.match(" ".join(words)):  # "one dead and two others in critical condition"
            status = antecedent.status  # "20 of whom were alive"; but "200 lifers and 2,000 others" are not lifers
    when_lo = max(back_lo, start - 80)
    for cm in _COORD.finditer(text, when_lo, start):  # ", and at least 3 were killed": a new clause, a new time
        when_lo = cm.end()
    # a time phrase before a comma only governs the count when it opens the clause ("In 2019, 400 died"),
    # not from an earlier appositive ("... this month alone, adding to the 6.5 million")
    if back[0] > when_lo and _WHEN_HINT.search(text, when_lo, back[0]) \
            and not _WHEN_OPENER.fullmatch(text, clause[0], back[0]) \
            and not _ING_CLAUSE.match(text, back[0], start):  # "... on Thursday night, killing at least 46"
        when_lo = back[0]
    when_to = limit
    if next_start < clause[1] and (co := _COORD.search(text, when_from, limit)) is not None:
        when_to = co.start()  # "180 were exchanged, and on Tuesday 250": the time after ", and" is the next figure's
    if residents:
        when_to = min(when_to, cut)  # "a village, home to 350 people, was warned in 2024": the warning's year
    wm = read_when(text, (when_from, when_to), (when_lo, start))
    if wm is not None and wm.start() > end and _SINCE.search(text, end, wm.start()):
        wm = None  # "52 freed in total since the siege began on Monday": when the count started, not its day
    year_when = _YEAR_THEN.search(text, max(r.sent[0], start - 60), start) \
        if wm is None or wm.group().lower().startswith("since") else None
    if year_when is not None:
        wm = None
    if wm is not None and wm.start() < start and _EVENT_CLAUSE_BEFORE.search(text, max(r.sent[0], wm.start() - 80),
                                                                         wm.start()):
        wm = None  # "the toll from the quake that struck the coast on Monday rose to 140": the quake's day
    if wm is not None and wm.start() < start:
        asides = _CLOSED_ASIDE.finditer(text, max(r.sent[0], start - 160), start)
        aside = next((a for a in asides if a.start() <= wm.start() < a.end()
                      and any(a.start() <= p.start < a.end() for p in prior[-3:])), None)
        if aside is not None:  # a time told of the aside's own figure, not of this one
            wm = read_when(text, (0, 0), (when_lo, aside.start())) if when_lo < aside.start() else None
    if wm is None and next_start < clause[1] and next_start - np_end <= 45 \
            and text.find(" and ", np_end, next_start) != -1 and _CONJUNCT_GAP.fullmatch(text, np_end, next_start):
        # "4 people were killed and 17 others wounded early Sunday": conjuncts share the time anchor
        wm = read_when(text, (next_start, clause[1]), (0, 0))
        if wm is not None and wm.group().lower().startswith("since"):
            wm = None
    when = wm.group() if wm is not None else f"in {year_when.group('y')}" if year_when is not None else None
    prev = prior[-1] if prior else None
    if when is None and prev is not None and prev.when and clause[0] <= prev.start and start - prev.end <= 45 \
            and text.find(" and ", prev.end, start) != -1 and _CONJUNCT_BACK.fullmatch(text, prev.end, start) \
            and (opener := _WHEN_OPENER.match(text, r.sent[0])) is not None and prev.when in opener.group():
        when = prev.when  # "In 2019, a fire killed three people and injured 10": the sentence's frame, both conjuncts
    if when is None and (opener := _WHEN_OPENER.match(text, r.sent[0])) is not None and opener.end() <= start \
            and not _CLAUSE_MARKS.search(text, opener.end(), start):
        # "On Tuesday, the two sides had released 250": the opener frames its clause, past an earlier figure
        wm = read_when(text, (r.sent[0], opener.end()), (0, 0))
        if wm is not None and not wm.group().lower().startswith("since") and wm.start() - r.sent[0] <= _OPENER_LEAD \
                and not text[wm.end():opener.end() - 1].strip():
            when = wm.group()  # the opener is the time itself ("On Tuesday,"), not a clause ("The bridge reopened ...")
    count = Count(
        start=start,
        end=end,
        text=text[start:end],
        sentence=sentence,
        value=r.value,
        low=r.low,
        high=r.high,
        qualifier=r.qual,
        topic=topic,
        subject=subject,
        unit=unit,
        role=role,
        status=status,
        when=when,
    )
    return count, np_end


# a bare figure joined to the next one, whose noun both count: "140 and 41 seats", "12, 15 or 20 boats"
_JOINED_FIGURE = patterns.compile(r"(?:,|,?[ \t]+(?:and|or))[ \t]+")
_DIGITS = patterns.compile(r"\d(?:[\d,.]*\d)?")  # not the comma or stop after it ("with 30, 12, 9 and 4 deaths")


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


# "as" opening a clause with a subject of its own: "as the death toll reached 327"
_AS_CLAUSE = (r"[ \t]as[ \t]+(?:the|a|an|his|her|its|their|he|she|it|they|police|rescuers|officials"
              # a headline's clause, its article dropped: "toll rises to 52 as search for missing goes on"
              r"|(?:search|searches|rescue|rescuers|hunt|crews|teams|hopes|fears|water|waters|rains)(?=[ \t]))[ \t]")

# the two sides of a swap told as "N captives for M prisoners", as headlines do
_CAPTIVES = r"(?:prisoners|detainees|inmates|hostages|captives)"
_SWAPPED_FOR = patterns.compile(
    rf"[ \t]+for[ \t]+(?:(?:about|some|nearly|over|more[ \t]+than|at[ \t]+least)[ \t]+)?[\d,]+[ \t]+"
    rf"(?:[\p{{L}}-]+[ \t]+)?{_CAPTIVES}\b", regex.I)
# between the people one side frees and those it gets for them: "18 soldiers for 70 rebels"
_FOR_BETWEEN = patterns.compile(
    rf"[ \t]+(?:in[ \t]+(?:exchange|return)[ \t]+)?for[ \t]+(?:{QUAL_PATTERN}[ \t]+)?", regex.I)
_SWAPPED_AGAINST = patterns.compile(rf"\b{_CAPTIVES}[ \t]+for[ \t]+(?:(?:about|some|nearly|over)[ \t]+)?$", regex.I)
_FOR_PRISONERS = patterns.compile(
    r"[^.;]{0,60}?\b(?:in[ \t]+exchange[ \t]+for|in[ \t]+return[ \t]+for|in[ \t]+a[ \t]+swap[ \t]+for)[ \t]+"
    r"(?:[\p{L}\d,]+[ \t]+){0,6}?(?:prisoners|detainees|inmates)\b", regex.I)
# the nouns of the story's captives, whichever side holds them (``HOSTAGE_WORD`` is the words only hostages have)
_HOSTAGE_OR_CAPTIVE = patterns.compile(r"\b(?:hostages?|captives?)\b", regex.I)
# prisoners counted apart after them in the sentence, in a story of hostages: they are the other side, the
# hostages ("Five soldiers held for 13 months were freed, and 180 prisoners were released hours later")
_PRISONERS_APART = patterns.compile(
    rf"(?:,|,?[ \t]+(?:and|while|as))[ \t]+(?:{QUAL_PATTERN}[ \t]+)?[\d,]+[ \t]+(?:\p{{L}}+[ \t]+)?"
    rf"(?:prisoners|detainees)\b",
    regex.I)
# a part named after the hostages it is among: "Among the 23 hostages freed on Friday were six children"
_AMONG_HOSTAGES = patterns.compile(r"\bamong[ \t]+(?:the|those)[ \t]+(?:[\p{L}\d,-]+[ \t]+){0,3}?(?:hostages|captives)"
                                   r"(?:[ \t]+[\p{L}-]+){0,4}?[ \t]+(?:were|are)[ \t]+$", regex.I)
_SWAP_WORD = patterns.compile(
    r"\b(?:prisoners?|detainees?|(?:prisoner|detainee|POW)[ \t-]+(?:swaps?|exchanges?))\b", regex.I
)
_FREED_FROM = patterns.compile(
    r"[ \t]+(?:\w+[ \t]+)?from[ \t]+(?:the[ \t]+)?(?:rubble|debris|wreckage|ruins|hospital|rooms?"
    r"|cars?|vehicles?|buildings?|homes?|mud)\b",
    regex.I,
)
_BARE_PEOPLE = frozenset({"people", "persons", "individuals"})  # "the death count, reaching 19 individuals"
_ONLY_AUX = patterns.compile(
    r"[ \t]*(?:of[ \t]+(?:whom|them|those)[ \t]+)?"  # "5 of them were killed": the part's own verb
    r"(?:(?:were|was|are|is|have|has|had|been|being|be|also|later|now|still|currently|reportedly|seriously"
    r"|critically|badly"
    r"|lightly|slightly|sustained|suffered"  # "12 others sustained burns": the others' own harm
    r"|to)[ \t]+)*",  # "forced 70 others to leave": what they were made to do
    regex.I,
)
# a figure in a participle set off by commas ("The jet, carrying 180 passengers and 9 crew, crashed ..., killing
# all"): what the sentence goes on to say happened is the vehicle's, not what befell the people counted
# ... or bound to the vehicle itself: "A bus carrying 40 tourists overturned, killing 12"
_CARRYING_BEFORE = patterns.compile(rf"(?:,[ \t]+|(?<=\p{{L}}[ \t]+)){CARRYING}\b[^,.;:]*$",
                                    regex.I)
# a comma then a clause of its own: "600 farmers stayed in relief camps, while soldiers combed the river for
# the missing" (what the soldiers look for befell other people)
_CLAUSE_AFTER_COMMA = patterns.compile(
    rf"[ \t]+(?:while|whilst|whereas|but|although|though|yet|because)\b|{_AS_CLAUSE}"
    r"|[ \t]+when[ \t]+(?:the|a|an|he|she|they|it|we)\b", regex.I)  # "..., when a blast killed many": its subject's
# "three foreigners, two from Braga and one from Porto, died": parts of the figure by where they are from
_BARE_COMMA = patterns.compile(r",[ \t]+")
_ORIGIN_PART = patterns.compile(r"[\p{L}\d,.-]+[ \t]+from[ \t]+(?:the[ \t]+)?\p{Lu}")
_APPOSITIVE = patterns.compile(
    r",[ \t]+(?:including|among[ \t]+them|of[ \t]+whom|mostly|mainly|many[ \t]+of[ \t]+them|comprising"
    r"|(?:which|that)[ \t]+(?:includes|included|include|comprises|comprised))[ \t]+"
    rf"(?:{QUAL_PATTERN}[ \t]+)?",
    regex.I,
)
_CLAUSE_MARKS = patterns.compile(r"[,;:]")
_SINCE = patterns.compile(r"\bsince\b", regex.I)
# a bare figure that is the object of a verb of its own after "and": "killed 48 people and sickened more than 3,200"
_OWN_VERB_BEFORE = patterns.compile(rf"\band[ \t]+\p{{Ll}}+(?:ed|en)[ \t]+(?:the[ \t]+\p{{Ll}}+[ \t]+of[ \t]+)?"
                                    rf"(?:{QUAL_PATTERN}[ \t]+)?$")  # or "and forced the evacuation of 90"
# a year, then a clause of what happened in it: "the deadliest since 2019, when 9 people died": that year's toll
_YEAR_THEN = patterns.compile(
    r"\b(?:since|in|of)[ \t]+(?P<y>(?:19|20)\d\d),[ \t]+when[ \t]+(?:[^,;.!?\d]{0,30}?[ \t])?$", regex.I)
# a subordinator right before the figure (and its qualifier): the figure is the subject of a new clause
_SUBJECT_AFTER_SUBORDINATOR = patterns.compile(
    rf"\b(?:when|as|after|before|while|because|since|until|where|whereas)[ \t]+(?:the[ \t]+)?"
    rf"(?:{QUAL_PATTERN}[ \t]+)?$", regex.I)
_OPENER_LEAD = 12  # characters before the time in an opener that is one: quotes, "Early", "Late on"
_WHEN_OPENER = patterns.compile(r"[\s\"“‘']*(?:\p{Lu}|\d)(?:[^,]|,(?=\d)){0,40},")  # "In 2019," opening the clause
_ING_CLAUSE = patterns.compile(  # the event's own participle clause, not "adding to", "compared with"
    r"[ \t]*(?:with[ \t]+(?:\p{L}+[ \t]+){0,3})?(?:killing|wounding|injuring|leaving|trapping|displacing|destroying"
    r"|damaging|flattening|abducting|kidnapping|taking|freeing|releasing|returning|exchanging|handing|sending"
    r"|forcing)\b",
    regex.I,
)
_CONJUNCT_GAP = patterns.compile(r"[^,;:\n]{0,40}?[ \t]and[ \t]+", regex.I)
_CONJUNCT_BACK = patterns.compile(r"[^,;:\n]{0,45}")
# a reported clause after a figure: what befell its subject ("as saying the envoy was dead") is not the figure's
_REPORTED = r"[ \t](?:saying|said|says|say)[ \t]+(?:that[ \t]+)?(?:the|a|an|he|she|they|it|his|her|\p{Lu})"
_REPORTED_AFTER = patterns.compile(_REPORTED)


CAPTIVE_TOPICS = ("hostages", "prisoners")
# captives moved to a country, their side's (not "transferred to a jail"): handed over
_TO_PARTY = r"to[ \t]+(?:the[ \t]+)?\p{Lu}(?![\p{L}'’]*['’]s\b)"  # a country or a people, not "to Peru's jails"
_HANDED_ON = patterns.compile(rf"\btransferred[ \t]+(?:back[ \t]+)?{_TO_PARTY}")
# ... or delivered, the party they were handed to right after them: "delivered 30 hostages to the Borenians"
_DELIVERED_TO = patterns.compile(rf"[ \t]+(?:over[ \t]+)?{_TO_PARTY}")
# the injured who then died: "two more injured fishermen succumbed", "two injured workers later died"
_DIED_AFTER = patterns.compile(r"(?:[ \t]+\p{Ll}+){0,3}?[ \t]+"
                               r"(?:(?:later|have|had|has|since|subsequently|eventually|also)[ \t]+)*"
                               r"(?:died|succumbed|perished|passed[ \t]+away)\b", regex.I)
_THING_ROLES = frozenset({"launched", "intercepted", "delivered", "stuck"})  # what weapons and goods do
# "and"/"or", a comma, or a subordinate participle clause: "frees 3 captives while killing over 40" (what
# the hostages undergo is the verb before, not the clause's); a coordinated participle starts a predicate
# of its own: in "killing at least 22 people and injuring many others" the 22 were killed
# (not "and a"/"and an": "Two guards and a cook were killed, and nine hurt": one more person, no count of its own)
_CUT = patterns.compile(rf",|[ \t]and[ \t](?!\p{{Ll}}+ing\b|an?[ \t]|{NEW_SUBJECT})|[ \t]or[ \t]"
                        r"|(?P<sub>[ \t]but[ \t]"  # "released 12 overnight but were still holding 40": a new clause
                        r"|[ \t](?:while|whilst|after|before|despite|amid)[ \t]+(?!being|having)\p{Ll}+ing\b"
                        # a clause with a subject of its own: "wounding 11 before he was shot dead"
                        r"|[ \t](?:while|whilst|after|before|until|when)[ \t]+(?:he|she|they|it|we|police)\b"
                        # ... or a thing that happened: "80 were shopping when the roof fell in, killing nine"
                        r"|[ \t](?:while|whilst|after|before|until|when)[ \t]+(?:the|a|an)[ \t]+"
                        r"(?:[\p{L}()-]+[ \t]+){0,6}?(?:was|were|happened|struck|hit|exploded|went[ \t]+off|occurred"
                        r"|collapsed|erupted|began|started|detonated|tore|ripped|blew|seized|captured|took|stormed"
                        r"|overran|attacked|opened)\b"
                        # a contrast with a subject of its own: "killing two, although many others were missing"
                        r"|[ \t](?:although|though|whereas)[ \t]"
                        rf"|{_AS_CLAUSE}"  # "pulled 14 survivors out as the toll reached 327"
                        # reported speech: "quoted officials as saying the envoy was dead"
                        rf"|{_REPORTED}"
                        rf"|[ \t]and[ \t]+(?={NEW_SUBJECT})"
                        r"|[ \t]and[ \t]+(?=\p{Ll}+ing\b))")


def _cut(text: str, lo: int, hi: int, more: bool) -> tuple[int, bool]:
    """End of the words that belong to this count, and whether a comma ends them: a comma may only
    close an appositive, but "and"/"or" before another count hands the rest to that count."""
    if hi <= lo:
        return lo, False
    for m in _CUT.finditer(text, lo, hi):
        if m.group() == ",":
            return m.start(), True
        if more or m.group("sub"):
            return m.start(), False
    return hi, False


def _object_of_role_verb(text: str, start: int) -> bool:
    """Whether the figure is the object of a role verb right before it ("the bull killed two handlers and
    wounded others"): then a verb after "and" is the subject's next deed, not what befell the two."""
    end = start - 1  # the word before the figure, read as a word (not a search of the role patterns per figure)
    if end <= 0 or text[end] != " ":
        return False
    lo = max(0, end - 20)
    w0 = text.rfind(" ", lo, end) + 1 or lo
    return w0 < end and text[w0].islower() and ROLE_T[0].fullmatch(text, w0, end) is not None


def _topic_of(words: list[str]) -> str | None:
    """Topic named by the counted noun itself, head first ("living hostages" -> hostages)."""
    people = bool(words) and names_people(words[-1])
    for i, w in enumerate(reversed(words)):
        for part in reversed(w.lower().split("-")):
            t = _TOPIC_NOUNS.get(part)
            if t == "aid" and i > 0 and people:
                continue  # "aid workers", "truck drivers": people, not the goods their work is named for
            if t is not None:
                return t
    return None


# a side's people got back in a swap, the verb right before them
_RECEIVED_BEFORE = patterns.compile(
    rf"\b(?:received|welcomed|got[ \t]+back)[ \t]+(?:back[ \t]+)?(?:{QUAL_PATTERN}[ \t]+)?$", regex.I)
# a swap and the people it involves: "an exchange between Boren and the West, involving 19 individuals"
_SWAP_INVOLVING = patterns.compile(
    rf"\b(?:swaps?|exchanges?|trades?)\b[^.;:!?]{{0,80}}?\binvolv(?:ing|ed|es|e)[ \t]+"
    rf"(?:(?:a[ \t]+total[ \t]+of|the)[ \t]+)?(?:{QUAL_PATTERN}[ \t]+)?$", regex.I)
