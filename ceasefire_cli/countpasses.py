"""Passes over all the counts of a text, run once ``counted`` has described each figure on its own.

What a figure counts is sometimes told only by its neighbours: groups listed one per line under a lead
that frees them, a verb shared by two subjects or by a part and its whole, a figure told again (a headline
over the body, "the two men"), a span told in several units ("27 years and three months")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import regex

from . import patterns
from .clauseread import ROLE_T, first_match
from .clausewords import _ROLE, HOSTAGE_WORD, PRISONER_WORD
from .models import UNNAMED_PART, Count
from .nationality import nation_named
from .numerals import ALL_BUT, AMONG, AMONG_VERB, ONES_WORDS, TEENS_WORDS, TENS_WORDS, parse_number
from .population import names_people
from .textmatch import singular
from .units import DAYS_PER_UNIT

# "20 of the 50 hostages", "25 out of (the) 61 seats": a part, then its whole
_OF_THE = patterns.compile(
    r"[ \t]+(?:of(?:[ \t]+(?:the|these|those|its|their))?|out[ \t]+of(?:[ \t]+(?:the|these|those|its|their))?)[ \t]+"
    r"(?:\p{L}+['’]s[ \t]+)?"  # "four of the estate's ten blocks": the whole's owner
    r"(?:(?:remaining|surviving|estimated|reported|other)[ \t]+)?")  # "22 of the remaining 31 captives"
# the verb of a partitive's whole ("of the six crew members [on board] were killed"): the part's verb
_PARTITIVE_VERB = patterns.compile(
    r"[ \t]+(?:[\p{L}-]+[ \t]+){0,6}?(?:(?:were|was|are|is|have[ \t]+been|has[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:\p{Ll}+ly[ \t]+)?(?P<v>\p{Ll}+)"
    # or a verb of dying said of the part: "three of the seven crew members have died", "lost their lives"
    r"|(?:(?:have|has|had)[ \t]+)?(?P<v>died|perished|drowned|lost[ \t]+their[ \t]+lives))\b")


_DEFAULT_ROLE = {"deaths": "killed", "injured": "injured"}
# topics whose verb a count of people joined to one of them as a second subject or object shares
_SHARED_TOPICS = frozenset({"deaths", "injured", "hostages", "prisoners"})
_VERB_REACH = 40  # characters before the first object within which the verb they share stands


def _is_people(words: list[str]) -> bool:
    """Whether the noun names people (see population.names_people)."""
    return bool(words) and names_people(words[-1])


# a line that leads a list of people freed: "the agreement freed:", then one line per group
_LIST_LEAD = patterns.compile(r"\b(?:releas\w*|freed|freeing|frees|free)\b[^\n]{0,60}:[ \t]*$", regex.I)
# a line of such a list: a figure first, after an optional bullet
_LIST_ITEM = patterns.compile(rf"[ \t]*[-•*]?[ \t]*(?:\d|(?i:{ONES_WORDS}|{TEENS_WORDS}|{TENS_WORDS})\b)")
_LIST_LINES = 12  # lines a list may run to above the item


def _list_lead(text: str, line: int) -> bool:
    """Whether the line starting at ``line`` is an item of a list led by a line that frees its groups."""
    end = line - 1
    for _ in range(_LIST_LINES):
        if end <= 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        above = text[start:end]
        if above.strip():
            if _LIST_LEAD.search(above):
                return True
            if not _LIST_ITEM.match(above) or len(above) > 200:
                return False
        end = start - 1
    return False


def _listed_under(text: str, counts: list[Count]) -> list[Count]:
    """Groups listed one per line under a lead that frees them ("the agreement freed:" / "seven Norwegians held
    without charge" / "14 prisoners, among them a union leader jailed last week"): released, whatever the words
    describing each group say of how they came to be held."""
    listed = []
    for i, c in enumerate(counts):
        line = text.rfind("\n", 0, c.start) + 1
        if c.measure in ("", "held") and c.population in ("people", "prisoners", "hostages") and line > 0 \
                and not text[line:c.start].strip(" \t-•*") and _list_lead(text, line):
            listed.append(i)
    if not listed:
        return counts
    # groups of one kind listed apart ("seven Norwegians held without charge", "three more Norwegians") are parts
    heads = Counter(counts[i].subject.rsplit(" ", 1)[-1].lower() for i in listed)
    out = list(counts)
    for i in listed:
        c = counts[i]
        part = heads[c.subject.rsplit(" ", 1)[-1].lower()] > 1
        out[i] = replace(c, measure="released", period=UNNAMED_PART if part else "", when=None)  # not the
        # leader's "jailed last week"
    return out


def _captives_are_prisoners(text: str, counts: list[Count]) -> list[Count]:
    """Captives in a text that speaks of prisoners and never of hostages ("got 80 of its men back from captivity
    and gave up 20 prisoners"): prisoners of war, as the text's own word for them says; and in a swap so
    told, so are people freed ("liberated five citizens of Norway") and named by their nation ("five Danes
    freed")."""
    if HOSTAGE_WORD.search(text) or not PRISONER_WORD.search(text):
        return counts
    swap = _SWAP_TEXT.search(text) is not None
    out = []
    for c in counts:
        if c.topic == "hostages" and _CAPTIVITY.search(c.sentence):  # not "rebels freed three soldiers in exchange
            # for 40 prisoners", hostages by what the other side gives for them
            c = replace(c, topic="prisoners", population="prisoners" if c.population == "hostages" else c.population)
        elif swap and c.population == "people" and c.measure == "released" and not _FROM_CARE.search(c.sentence):
            # a side of the swap by its nation, as "five Danish prisoners" is ("five Danes freed")
            head = c.subject.rsplit(" ", 1)[-1]
            c = replace(c, topic="prisoners", population="prisoners",
                        subgroup=c.subgroup or (nation_named(head) if head[:1].isupper() else ""))
        out.append(c)
    return out


_CAPTIVITY = patterns.compile(r"\bcaptiv\w*", regex.I)  # the word news uses of hostages and prisoners of war alike
_SWAP_TEXT = patterns.compile(r"\b(?:swap|exchang)\w*", regex.I)  # a swap, whatever else the text tells
_FROM_CARE = patterns.compile(r"\b(?:hospitals?|clinics?|treatment|care)\b", regex.I)  # "released from hospital"
# between two subjects of one verb: "Two children and three women were killed" (the first noun phrase, then "and")
_AMONG_THE = patterns.compile(rf"{AMONG}[ \t]+(?:dead|injured|wounded|victims)\b", regex.I)
# (its noun may take a body it belongs to: "31 members of the riot squad and 6 bystanders")
_SUBJECT_JOIN = patterns.compile(
    r"(?:[ \t]+[\p{L}'’-]+){1,3}?(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:[\p{L}'’-]+[ \t]+){0,2}[\p{L}'’-]+)?[ \t]+and[ \t]+")


def _share_back(text: str, counts: list[Count]) -> None:
    """"Two children and three women were killed": the first of two people joined as one subject takes the
    verb said after the second, where it has none of its own. And "the bodies of 59 adults and 25 children":
    the second are bodies too."""
    for i in range(len(counts) - 1):
        c, nxt = counts[i], counts[i + 1]
        if (c.subject or "").lower().startswith(("bodies of", "remains of")) and nxt.topic == "other" \
                and nxt.role is None and _is_people((nxt.subject or "").split()) \
                and _SUBJECT_JOIN.fullmatch(text, c.end, nxt.start):
            counts[i + 1] = replace(nxt, topic=c.topic, role=c.role, status=c.status)
            continue
        if c.role is not None or c.topic not in ("other", "hostages", "prisoners") or c.unit is not None \
                or nxt.role is None \
                or (nxt.topic not in _SHARED_TOPICS and nxt.role not in ("rescued", "missing")) \
                or not _is_people((c.subject or "").split()) \
                or not _SUBJECT_JOIN.fullmatch(text, c.end, nxt.start):
            continue
        hi = min(len(text), nxt.end + _VERB_REACH + len(nxt.subject or ""))
        verb = first_match(ROLE_T, text, nxt.end, hi)
        if (verb is not None and verb.lastgroup == nxt.role) or _AMONG_THE.search(text, nxt.end, hi):
            # (captives keep their topic: "Five hostages and two guards were killed" are hostages killed)
            counts[i] = replace(c, role=nxt.role, topic=c.topic if c.topic != "other" else nxt.topic)


_LIST_REACH = 80  # characters from one item's figure to the next: its noun, the land it is from and the link
_NO_BREAK = patterns.compile(r"[^.;!?\n\d]*")


def _share_forward(text: str, counts: list[Count]) -> None:
    """"The dead were four Spaniards alongside two Britons, three Germans and one Canadian": the items of a list
    after one whose fate is told share it, to the last, where nothing of their own says otherwise (the list's first
    item takes it from a verb before it, ``priorcounts._verb_sharer``, or from one it is added to, ``_along_with``;
    this carries it on to the items after)."""
    for i in range(len(counts) - 1):
        c, nxt = counts[i], counts[i + 1]
        people = _is_people((nxt.subject or "").split()) or (not nxt.subject and _FROM_LAND.match(text, nxt.end))
        if c.role is None or c.topic not in _SHARED_TOPICS or nxt.role is not None or nxt.topic != "other" \
                or nxt.unit is not None or not people \
                or nxt.start - c.end > _LIST_REACH or not _NO_BREAK.fullmatch(text, c.end, nxt.start):
            continue
        if _LIST_LINK.fullmatch(text, c.end, nxt.start) and _people_listed(text, nxt):
            counts[i + 1] = replace(nxt, role=c.role, topic=c.topic)


_FROM_LAND = patterns.compile(r"[ \t]+from[ \t]+(?:the[ \t]+)?\p{Lu}")  # "two from Chile": people of a land
# the next item of a list of people: "four Spaniards, two Britons and one Canadian were among the dead"
# (not past a place: "killed 12 guards in Minho and two farmers" leaves the farmers' fate unsaid)
_LIST_LINK = patterns.compile(r"[ \t]+(?:(?!(?:in|at|on|near|inside|outside)\b)[\p{L}'’-]+[ \t]+){0,3}?[\p{L}'’-]+"
                              r"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)")
# ... after the item's noun and the land it is from: the list, not a clause
_LIST_GOES_ON = patterns.compile(
    r"(?:[ \t]+from[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)?[ \t]*(?:[,.;]|and\b|$)")


def _people_listed(text: str, c: Count) -> bool:
    """Whether a count of people is an item of a list, its noun followed by the next item or the sentence's end
    (not "killed 12 soldiers, two officers said": a clause of its own)."""
    at = text.find(c.subject, c.end, c.end + len(c.subject) + 3) if c.subject else c.end
    return at >= 0 and _LIST_GOES_ON.match(text, at + len(c.subject)) is not None


def _spared(text: str, counts: list[Count]) -> None:
    """"The crash killed all but two": the two are not the dead (nor hurt) that the verb counts."""
    for i, c in enumerate(counts):
        if c.topic in _DEFAULT_ROLE and ALL_BUT.search(text, max(0, c.start - 20), c.start):
            counts[i] = replace(c, topic="other", role=None)


_COMPOUND_NEXT = patterns.compile(
    rf"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?P<n>\d{{1,3}}|an?|{TENS_WORDS}|{TEENS_WORDS}|{ONES_WORDS})[ \t]+"
    r"(?P<unit>years?|months?|weeks?|days?|hours?|minutes?)\b"
    r"(?![ \t]+(?:later|earlier|ago|after|before|on|from)\b)", regex.I)  # "and 3 months later": a new time


def _compound_durations(text: str, counts: list[Count]) -> list[Count]:
    """A span of time told in descending units is one figure, in its first unit: "27 years and three
    months" is 27.25 years, "16 years, one month and 15 days" 16.12 (a prison term, a captivity), not
    a term of 27 years and another of three months."""
    out: list[Count] = []
    merged_end = -1
    for c in counts:
        if c.start < merged_end:
            continue  # a part of the span before
        unit, end, extra = c.unit or "", c.end, 0.0
        while unit in DAYS_PER_UNIT and c.topic == "duration" and (m := _COMPOUND_NEXT.match(text, end)) is not None:
            part = singular(m.group("unit").lower())
            if DAYS_PER_UNIT[part] >= DAYS_PER_UNIT[unit]:
                break
            n = m.group("n").lower()
            extra += (1.0 if n in ("a", "an") else parse_number(n)[0]) * DAYS_PER_UNIT[part]
            unit, end = part, m.end()
        if end == c.end:
            out.append(c)
            continue
        add, merged_end = extra / DAYS_PER_UNIT[c.unit or ""], end
        out.append(replace(c, end=end, text=text[c.start:end], value=round(c.value + add, 2),
                           low=None if c.low is None else round(c.low + add, 2),
                           high=None if c.high is None else round(c.high + add, 2)))
    return out


_FROM_BEFORE = patterns.compile(r"\bfrom[ \t]+$", regex.I)
_TO_BETWEEN = patterns.compile(r"[ \t]+to[ \t]+")


def _from_to(text: str, counts: list[Count]) -> None:
    """"The toll rose from two to four overnight": the second figure counts what the first does, whatever
    word follows it."""
    for i in range(1, len(counts)):
        c, prev = counts[i], counts[i - 1]
        if c.topic == "other" and prev.topic != "other" and c.unit is None and prev.unit is None \
                and _TO_BETWEEN.fullmatch(text, prev.end, c.start) \
                and _FROM_BEFORE.search(text, max(0, prev.start - 8), prev.start):
            counts[i] = replace(c, topic=prev.topic, subject=prev.subject, role=prev.role, status=prev.status)


_TITLE_LINES = 3  # a headline is one of the first non-blank lines ...
_TITLE_WORDS = 25  # ... short, and not ended like a sentence
_LINE = patterns.compile(r"[^\n]*\S[^\n]*")


def _title_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _LINE.finditer(text):
        line = m.group().strip()
        if not line.endswith((".", "!", "?", "”", '"', ":")) and len(line.split()) <= _TITLE_WORDS:
            out.append(m.span())
        if len(out) + 1 > _TITLE_LINES or m.start() > 600:
            break
    return out


_DEFINITE = patterns.compile(r"\b(?i:the|these|those|both)[ \t]+$")  # "the two men": people already counted


_REPEAT_REACH = 400  # characters back "the two men" may point to the two told before: a paragraph or two


def merge_repeats(text: str, counts: list[Count]) -> list[Count]:
    """A figure a headline repeats from the body, or a line the page repeats word for word, is one
    mention for comparison: the first keeps the other places in ``also``. Repeats are the same
    figure, qualifier and unit counting the same thing (topic, population, subgroup, period) with no
    clash of measure or place; the same figure told again in another sentence of the body is kept."""
    titles = _title_spans(text)

    def in_title(c: Count) -> bool:
        return any(a <= c.start < b for a, b in titles)

    out: list[Count] = []
    # candidates by what a repeat must share, so a long text costs one look-up per figure, not a scan
    by_key: dict[tuple, list[int]] = {}
    last_bare: dict[float, int] = {}  # the latest figure of each value with no unit
    for c in counts:
        if c.unit is None and c.qualifier == "exact" and _DEFINITE.search(text, max(0, c.start - 8), c.start):
            i = last_bare.get(c.value, -1)
            if i >= 0 and c.start - out[i].start <= _REPEAT_REACH:
                # "two hostages were freed … The two men are well": the same two, told again
                out[i] = replace(out[i], also=(*out[i].also, (c.start, c.end)))
                continue
        key = (c.value, c.unit, c.topic, c.population, c.period)
        for i in by_key.get(key, ()):
            k = out[i]
            if (k.subgroup == c.subgroup or _said_less(k, c, in_title)) \
                    and (not k.measure or not c.measure or k.measure == c.measure) \
                    and (not k.place or not c.place or k.place == c.place) \
                    and (in_title(k) or in_title(c) or k.sentence == c.sentence):
                if k.qualifier == c.qualifier:
                    out[i] = replace(k, measure=k.measure or c.measure, place=k.place or c.place,
                                     subgroup=k.subgroup or c.subgroup, running=k.running or c.running,
                                     holder=k.holder or c.holder, also=(*k.also, (c.start, c.end)))
                    break
                if k.qualifier == "exact" and in_title(k) and not in_title(c):
                    # "14 Killed in Protests" over "At least 14 people were killed": headlines drop the
                    # qualifier; the body's words are the figure, the headline's place is kept in ``also``
                    out[i] = replace(c, measure=c.measure or k.measure, place=c.place or k.place,
                                     subgroup=c.subgroup or k.subgroup, running=k.running or c.running,
                                     holder=c.holder or k.holder, also=(*k.also, (k.start, k.end)))
                    break
        else:
            by_key.setdefault(key, []).append(len(out))
            if c.unit is None:
                last_bare[c.value] = len(out)
            out.append(c)
    return out


def _said_less(k: Count, c: Count, in_title: Callable[[Count], bool]) -> bool:
    """A headline may leave the part unsaid: "Jet crash kills 241" over "killing 241 of the 242 on board"."""
    return (in_title(k) and not k.subgroup and not in_title(c)) or (in_title(c) and not c.subgroup and not in_title(k))


# the whole's noun and the participle that tells what befell it: "of the nine people killed by", "the 30 freed"
_REDUCED_PARTICIPLE = patterns.compile(r"(?P<np>(?:[ \t]+[\p{L}-]+){1,3}?)[ \t]+(?P<v>\p{Ll}+(?:ed|en|t))\b")
# a state said of the part after the whole's noun: "of the 31 captives are believed to be alive"
_STATE_SAID_AFTER = patterns.compile(
    r"[ \t]+[\p{L}-]+(?:[ \t]+[\p{L}-]+){0,2}?[ \t]+(?:are|is|were|was|remain|remained)[ \t]+(?:\p{Ll}+[ \t]+){0,3}?"
    r"(?:alive|living|dead|deceased)\b", regex.I)


def among_whole(text: str, counts: list[Count]) -> None:
    """"Four Peruvians were among the 52 people injured": a part told among a whole counted right after it shares
    what befell the whole (its topic and role), where it has none of its own; so does one told after the whole
    ("Among the 40 injured are six children")."""
    for i, c in enumerate(counts[:-1]):
        nxt = counts[i + 1]
        if c.topic == "other" and c.role is None and c.unit is None and nxt.topic != "other" and nxt.role \
                and _AMONG_NEXT.fullmatch(text, c.end, nxt.start):
            counts[i] = replace(c, topic=nxt.topic, role=nxt.role)
        elif nxt.topic == "other" and nxt.role is None and nxt.unit is None and c.topic != "other" and c.role \
                and _AMONG_THE_BEFORE.search(text, max(0, c.start - 12), c.start) \
                and _AMONG_PART.fullmatch(text, c.end, nxt.start):
            counts[i + 1] = replace(nxt, topic=c.topic, role=c.role)


# a part, its verb, then "among" a figure: "Nine Chilean nationals were among more than 300 people who died"
_AMONG_NEXT = patterns.compile(  # (the whole's qualifier is its figure's own text: "among more than 300")
    rf"[ \t]+(?:[\p{{L}}'’-]+[ \t]+){{0,3}}?{AMONG_VERB}[ \t]+(?:the[ \t]+)?", regex.I)


# ... or the whole first, then its part: "Among the 40 injured are six children"
_AMONG_THE_BEFORE = patterns.compile(r"\bamong[ \t]+the[ \t]+$", regex.I)
_AMONG_PART = patterns.compile(r"[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}?(?:were|are|was|is|included|include)[ \t]+", regex.I)


def _resolve_forward(text: str, counts: list[Count]) -> None:
    """"20 of the 50 hostages": a count with no noun of its own takes the next count's noun, and the verb the
    two share: in "four of the six crew members were killed" the four were killed, not the six."""
    for i, c in enumerate(counts[:-1]):
        nxt = counts[i + 1]
        if not _OF_THE.fullmatch(text, c.end, nxt.start) or (c.subject and not c.subject.endswith(nxt.subject)):
            continue  # (a part may already name its whole's noun: 'six crew' for "four of the six crew")
        if nxt.unit is None:
            v = _PARTITIVE_VERB.match(text, nxt.end) if nxt.role else None
            shared = v is not None and (r := _ROLE.fullmatch(v.group("v"))) is not None and r.lastgroup == nxt.role
            # "three of the nine people killed by him were women": the whole named by what befell it, which befell
            # the part too (the whole keeps it)
            reduced = _REDUCED_PARTICIPLE.match(text, nxt.end) if nxt.role and not shared and not c.role else None
            if reduced is not None and " ".join(reduced.group("np").split()) == nxt.subject \
                    and (r := _ROLE.fullmatch(reduced.group("v"))) is not None and r.lastgroup == nxt.role:
                counts[i] = replace(c, subject=nxt.subject, topic=nxt.topic, status=c.status or nxt.status,
                                    role=nxt.role)
                continue
            if ALL_BUT.search(text, max(0, c.start - 20), c.start):
                # "all but two of the 181 aboard died": neither the two nor the whole befell what the verb says
                whole = "other" if nxt.topic in _DEFAULT_ROLE else nxt.topic
                counts[i] = replace(c, subject=nxt.subject, topic=whole, role=None, status=None)
                if shared or nxt.topic in _DEFAULT_ROLE:
                    counts[i + 1] = replace(nxt, role=None, topic=whole)
                continue
            # "the crash killed 179 of the 181 people on board": a part with a verb of its own keeps its topic
            own = c.role is not None and nxt.topic == "other" and not shared
            counts[i] = replace(c, subject=nxt.subject, topic=c.topic if own else nxt.topic,
                                status=c.status or nxt.status, role=nxt.role if shared else c.role)
            if shared:  # the whole is the crew, killed or not
                counts[i + 1] = replace(nxt, role=None, topic=nxt.topic if nxt.topic not in _DEFAULT_ROLE else "other")
            elif nxt.status is not None and _STATE_SAID_AFTER.match(text, nxt.end):
                # "22 of the remaining 31 captives are believed to be alive": the 22 are, not all 31
                counts[i] = replace(counts[i], status=nxt.status)
                counts[i + 1] = replace(counts[i + 1], status=None)
