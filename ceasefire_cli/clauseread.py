"""How the words of a clause are read around a figure (``clausewords`` has the words): the first match
after it, the last before it, the nearest of the two, those the text does not deny, the time anchor,
and the role and the status they give. Pure functions of the text; used by ``counted``.
"""

from __future__ import annotations

import re

import regex

from . import patterns
from .clausewords import _ROLE, _STATUS, _STATUS_NAMES, _TOPIC_TRIGGER, _WHEN, _WHEN_HINT, is_inside, said_over
from .keywords import Keyed, finder, may_match
from .numerals import FIGURE
from .population import CAPTIVE_HEADS

__all__ = [
    "ROLE_T",
    "TOPIC_T",
    "first_match",
    "group",
    "last_match",
    "nearest",
    "read_role",
    "read_status",
    "read_when",
    "undenied",
]

_Twin = tuple[regex.Pattern[str], regex.Pattern[str], re.Pattern[str] | None]


def _twin(pattern: regex.Pattern[str], words: tuple[str, ...] = ()) -> _Twin:
    """A pattern, its reverse-searching copy, which finds the last match without a scan, and what finds the
    words one of which every match holds (``keywords``; None: no such test)."""
    return pattern, patterns.compile("(?r)" + pattern.pattern, pattern.flags), finder(words) if words else None


# Words one of which every match of the topic and the role patterns holds (``keywords.required_words`` read
# them off the patterns; tests/test_prefilters.py checks they still hold). The patterns cost 0.6-0.9 µs a
# character searched forward, twice that backward; a clause stretch holding none of these is not searched.
TOPIC_WORDS = tuple(
    """abduct accounted affected arrested bars buried burns captiv clinic condition convoys dead death deceased
    deliveries detain detention die disappeared displaced drown dying eliminated evacuate execut fatal fled flee
    grave health homeless hospital hostage hurt infirmar injur inmate insecurity jail kidnapp kill life liquidated
    lives martyred massacred meals medical missing mortal murdered packages parcels perish pow prison rescued
    sentenced sheltering shipments slain slaying starv stranded succumbed toll trapped trauma treatment truck
    uprooted victims whereabouts wound""".split())
ROLE_WORDS = tuple(
    """abduct accounted airdropped airlifted allowed apprehended arrest back bars blocked bring brought call captiv
    captured carted collected custody death deliver demand detain detention die discharged distribut downed drown
    eliminated entered exchang execut fatal fired free hand held holding home hospitali hurt injur insist
    intercepted jail kidnap kill knifed launched liberat liquidated lives martyred missing mortal murdered nabbed
    neutrali perish piled plucked prison pulled received releas remain repatriat rescu return rounded save saving
    seek seize shot slain slashed slaying sought spirited stabbed starv still stranded stuck succumbed swap taken
    taking took transferred undisclosed waiting whereabouts whisked winched wound""".split())
TOPIC_T = _twin(_TOPIC_TRIGGER, TOPIC_WORDS)
ROLE_T = _twin(_ROLE, ROLE_WORDS)
WHEN_T = _twin(_WHEN)
STATUS_T = _twin(_STATUS)


def _may_hold(pattern: _Twin, text: str, lo: int, hi: int) -> bool:
    """False only where ``text[lo:hi]`` cannot hold a match: it holds none of the pattern's words."""
    return pattern[2] is None or may_match(pattern[2], text, lo, hi)


def first_match(pattern: _Twin, text: str, lo: int, hi: int) -> regex.Match[str] | None:
    return pattern[0].search(text, lo, hi) if hi > lo and _may_hold(pattern, text, lo, hi) else None


def last_match(pattern: _Twin, text: str, lo: int, hi: int) -> regex.Match[str] | None:
    return pattern[1].search(text, lo, hi) if hi > lo and _may_hold(pattern, text, lo, hi) else None


def nearest(
    pattern: _Twin, text: str, fwd: tuple[int, int], back: tuple[int, int],
    far: tuple[int, int] | None = None, affirmed: bool = False,
) -> regex.Match[str] | None:
    """The first match after the number, else the last one before it, else one further on: English
    puts the verb of a counted subject after it ("85 people were killed"), of an object before it
    ("killed 85"), and an appositive can push it past a comma ("1,000 people, mostly women, died").
    ``affirmed``: skip matches the text denies ("no injuries were reported", "injured no one")."""
    if affirmed:
        return (undenied(pattern, text, *fwd) or undenied(pattern, text, *back, last=True)
                or (far and undenied(pattern, text, *far)) or None)
    return first_match(pattern, text, *fwd) or last_match(pattern, text, *back) \
        or (far and first_match(pattern, text, *far)) or None


# a word the text denies comes a few words after one of these ("no serious injuries")
_DENIED = patterns.compile(r"\b(?i:no|not|without|nor|never)(?:[ \t]+[\p{L}'’-]+){0,3}[ \t]+$")
_NO_ONE_AFTER = patterns.compile(r"[ \t]+(?:no[ \t]+one|nobody|none)\b", regex.I)


def _denied(text: str, m: regex.Match[str], lo: int) -> bool:
    """A word the text denies: 'no serious injuries', 'were not hurt', 'injured no one'."""
    return bool(_DENIED.search(text, max(lo, m.start() - 40), m.start()) or _NO_ONE_AFTER.match(text, m.end()))


# a word of what befell people used of other people named after it: "800 marched to remember the slain
# fishermen" (not "were among the dead", where the dead are who the count joins)
_DET_BEFORE = patterns.compile(r"\b(?:the|their|its|his|her|our|those)[ \t]+$", regex.I)
_PLURAL_NEXT = patterns.compile(r"[ \t]+\p{Ll}+(?:s|men)\b")  # "pupils", "fishermen"


def _attributive(text: str, m: regex.Match[str]) -> bool:
    return bool(_PLURAL_NEXT.match(text, m.end()) and _DET_BEFORE.search(text, max(0, m.start() - 7), m.start()))


def undenied(pattern: _Twin, text: str, lo: int, hi: int, *, last: bool = False) -> regex.Match[str] | None:
    """The first (``last``: the last) match in ``text[lo:hi]`` that the text does not deny, nor use of
    other people ('the slain fishermen')."""
    if lo < hi and not _may_hold(pattern, text, lo, hi):
        return None
    while lo < hi:
        m = pattern[1 if last else 0].search(text, lo, hi)
        if m is None or not (_denied(text, m, lo) or _attributive(text, m) or said_over(text, lo, m.start())
                             or _cut(text, m, lo, hi) or _PART_AFTER.match(text, m.end())):
            return m
        lo, hi = (lo, m.start()) if last else (m.end(), hi)
    return None


# a figure right after the word that takes a part of those counted before: "shooting three men, killing two of
# them" (the word is the part's, not the three's)
_PART_AFTER = patterns.compile(rf"[ \t]+{FIGURE}[ \t]+of[ \t]+(?:them|whom)\b", regex.I)


def _cut(text: str, m: regex.Match[str], lo: int, hi: int) -> bool:
    """Whether a match is part of a word the window cuts: 'dead' of a 'deadline' that runs past its end."""
    cut_at_end = m.end() == hi and text[hi : hi + 1].isalnum()
    cut_at_start = lo > 0 and m.start() == lo and text[lo - 1].isalnum()
    return cut_at_end or cut_at_start


def read_when(text: str, fwd: tuple[int, int], back: tuple[int, int]) -> regex.Match[str] | None:
    """The time anchor nearest after the count, else before it (the full grammar runs only where a
    hint word is present)."""
    if fwd[1] > fwd[0] and _WHEN_HINT.search(text, *fwd):
        m = first_match(WHEN_T, text, *fwd)
        if m is not None:
            return m
    if back[1] > back[0] and _WHEN_HINT.search(text, *back):
        return last_match(WHEN_T, text, *back)
    return None


def group(m: regex.Match[str] | None) -> str | None:
    return m.lastgroup.rstrip("_") if m is not None and m.lastgroup else None


# "130 people who were taken hostage remain": a relative clause describes the people, the verb after it is theirs
_RELATIVE_BEFORE = patterns.compile(r"\b(?:who|that|which)[ \t]+(?:(?:were|was|had|have|has|been|are|is)[ \t]+)+$",
                                    regex.I)
_VERB_BEFORE = patterns.compile(r"\b(?:is|are|was|were|be|been|has|have|had|to|will|would|could|may|might)[ \t]+"
                            r"(?:\w+[ \t]+)?$", regex.I)
_AUX_BEFORE = patterns.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|remain|remains|remained|get|got|gets)[ \t]+(?:\w+[ \t]+)?$",
    regex.I,
)
# ... but "being" and a participle right after the noun still describe it: "18 people being held in five countries"
_BEING_BEFORE = patterns.compile(r"[ \t]+being[ \t]+", regex.I)
# a toll named so has befallen them: not "missing" said after
_NP_ROLES = {"injured": "injured", "wounded": "injured", "hurt": "injured", "killed": "killed",
             "deaths": "killed", "death": "killed", "fatalities": "killed", "fatality": "killed",
             "mortalities": "killed"}  # "the number of mortalities reached 640": deaths
# ... and a participle before the noun says what befell them: "the 20 freed hostages", "30 released prisoners"
_NP_PARTICIPLE_ROLES = {"freed": "released", "released": "released", "rescued": "rescued"}
_NP_HEAD_ROLES = {"dead": "killed"}  # "43 dead", "12 Dead": but "30 dead hostages" are hostages, their state dead
_HEAD_ENDS = patterns.compile(r"[ \t]*(?:[,.;:!?)\n—–-]|$|(?:and|or|in|on|at|after|as|while|when)\b)", regex.I)
_HELD_CAPTIVE = "held captive"  # read as a state ("remaining"), but as bare a participle as "held"
_BARE_PARTICIPLE_ROLES = frozenset("released held taken killed injured delivered stuck launched".split())


# a figure right after a verb: its object, told by the verb ("kills 12", "killed at least 30"), not a span of
# time ("were released 52 days after they were taken")
_OWN_FIGURE = patterns.compile(r"[ ]+(?:(?:at[ ]least|about|some|nearly|around|almost|more[ ]than|over)[ ]+)?\d[\d,.]*"
                               r"(?![\d,.]|[ ]+(?:second|minute|hour|day|week|month|year)s?\b)")


def verb_of_object(pattern: _Twin, text: str, back: tuple[int, int]) -> regex.Match[str] | None:
    """The verb right before the figure, nothing but blank between, which takes it as its object ("the man who
    fatally stabbed six people was arrested", "a storm killed 12 people held in the jail"): a verb after the
    object is another's ("the man" was arrested) or a participle's that only describes the people."""
    return _right_before(last_match(pattern, text, *back), text, back)


def _right_before(mb: regex.Match[str] | None, text: str, back: tuple[int, int]) -> regex.Match[str] | None:
    """``mb``, the last match in ``back``, if nothing but blank lies between it and the figure (``verb_of_object``)."""
    if mb is None or text[mb.end():back[1]].strip():
        return None
    return mb


# a clause of other people's doings after a comma: "the toll rose to 23, as volunteers dug and neighbours called for
# aid" (the figure's verbs end before it; not "as many as", "as well as", "as agreed"), or after "while" with no
# comma: "12 bodies were found while several people were pulled out alive"
_OTHERS_CLAUSE = Keyed(patterns.compile(r"(?:,[ \t]+(?:as|while|whereas)|[ \t]+(?:while|whereas))[ \t]+"
                                        r"(?:(?:the|many|some|local|several|other)[ \t]+)?"
                                        r"(?:\p{Ll}{2,}s|people|men|women|children)[ \t]+\p{Ll}{3,}"), ("as", "while"))


def _before_others_clause(text: str, fwd: tuple[int, int], far: tuple[int, int]) -> tuple[tuple[int, int],
                                                                                        tuple[int, int]]:
    """The forward windows cut where a clause of other people's doings starts."""
    if (m := _OTHERS_CLAUSE.search(text, fwd[0], max(fwd[1], far[1]))) is None:
        return fwd, far
    return (fwd[0], min(fwd[1], m.start())), (far[0], max(far[0], min(far[1], m.start())))


# what befell them next, told after the first verb: "two men were detained, but were later released"
_LATER = Keyed(patterns.compile(r"[^.;:]{0,60}?,?[ \t]+(?:but|and)[ \t]+(?:(?:were|was|have[ \t]+been"
                                r"|has[ \t]+been|had[ \t]+been)[ \t]+)?(?:later|subsequently|eventually)[ \t]+",
                                regex.I), ("later", "subsequently", "eventually"))
_LATER_REACH = 100  # characters after the first verb the later one may stand in (past the comma the window ends at)


def _then_later(text: str, lo: int, hi: int) -> str | None:
    """The role a verb told as coming later gives ("…, but were later released"), where one follows ``lo``."""
    if (m := _LATER.match(text, lo, hi)) is None:
        return None
    r = ROLE_T[0].match(text, m.end(), hi)
    return r.lastgroup if r is not None else None


def read_role(text: str, np_start: int, np_end: int, fwd: tuple[int, int], back: tuple[int, int],
          far: tuple[int, int]) -> tuple[str | None, int]:
    """The role: a role word inside the counted noun phrase ("10,000 injured"); else the first verb after
    it unless that is a bare participle modifying the noun ("47 civilians held by ...", "101 hostages
    abducted in 2023 remain"), in which case a finite verb after it, else the verb before, wins.
    Also returns where the count's own predicate starts: a time anchor inside the participle phrase
    dates the abduction, not the count."""
    fwd, far = _before_others_clause(text, fwd, far)
    np_words = text[np_start:np_end].lower().split()
    for w in np_words:
        if w in _NP_ROLES:  # "10,000 injured", but not "30 remaining captives" released
            return _NP_ROLES[w], np_end
    for w in np_words[:-1]:
        if w in _NP_PARTICIPLE_ROLES:
            return _NP_PARTICIPLE_ROLES[w], np_end
        if w == "former" and np_words[-1].strip(",.;:") in CAPTIVE_HEADS:
            return "released", np_end  # "the four rescued former hostages": no longer held ("eight former
            # lawmakers" were never captives)
    if np_words and np_words[-1].strip(",.;:") in _NP_HEAD_ROLES and _HEAD_ENDS.match(text, np_end):
        return _NP_HEAD_ROLES[np_words[-1].strip(",.;:")], np_end
    # the last role word before the figure, read once: as the verb taking it as its object, and below as the
    # clause's verb (the reverse search costs twice a forward one)
    last_back = last_match(ROLE_T, text, *back)
    if (mb := _right_before(last_back, text, back)) is not None:
        return mb.lastgroup, np_end  # "a man who fatally stabbed six people was arrested": the six were killed
    bare: regex.Match[str] | None = None
    relative: regex.Match[str] | None = None  # "who were detained": the people's, unless a verb follows
    pos = fwd[0] if _may_hold(ROLE_T, text, *fwd) else fwd[1]
    while pos < fwd[1]:
        m = ROLE_T[0].search(text, pos, fwd[1])
        if m is None:
            break
        if _attributive(text, m) or said_over(text, fwd[0], m.start()) or _time_taken(text, m) \
                or _OWN_FIGURE.match(text, m.end()):
            # not "a hiker earlier reported missing", nor "five men took three hours", nor "rescue of 4 climbers
            # as a storm kills 12": a verb with a figure of its own after it is that figure's
            pos = m.end()
            continue
        w = m.group().lower()
        if (m.lastgroup in _BARE_PARTICIPLE_ROLES and w.endswith(("ed", "en", "held", "hurt", "slain", "stuck"))
                and w not in ("died", "perished")) or " ".join(w.split()) == _HELD_CAPTIVE \
                or (m.lastgroup == "held" and w.startswith("in")):  # "19 people in prisons of four states"
            if not _AUX_BEFORE.search(text, max(fwd[0], m.start() - 30), m.start()) \
                    or _BEING_BEFORE.fullmatch(text, np_end, m.start()):
                bare = bare or m
                pos = m.end()
                continue
            if _RELATIVE_BEFORE.search(text, max(fwd[0], m.start() - 30), m.start()):
                relative = relative or m
                pos = m.end()
                continue
        if relative is not None and not _VERB_BEFORE.search(text, max(fwd[0], m.start() - 30), m.start()):
            break  # "... who were detained in return for the release of ...": a noun, not the people's verb
        if (then := _then_later(text, m.end(), min(len(text), m.end() + _LATER_REACH))) is not None:
            return then, np_end  # "were detained, but were later released": where they ended up
        return m.lastgroup, (m.start() if bare is not None else np_end)
    m = last_back
    if m is not None and m.lastgroup == "held" and is_inside(m.group()):
        m = None  # "sentenced to 25 years in prison for a fraud on 40 customers": a place said before, no verb
    if m is not None and m.lastgroup == "held" and _CARRIER_BEFORE.search(text, max(back[0], m.start() - 20),
                                                                         m.start()):
        m = None  # "the coaches held some of the 40 detainees freed": what carried them, no captor
    if m is not None and bare is not None and _attributive(text, m):
        m = None  # "the freed captives are a small part of the 160 held": other people's word, the figure's own
        # participle is its role
    if m is not None:  # "freed 30 hostages who had been held captive": the verb of the clause, not of the aside
        return m.lastgroup, np_end
    if relative is not None:
        return relative.lastgroup, np_end
    if bare is not None:
        return bare.lastgroup, np_end
    return group(undenied(ROLE_T, text, *far)), np_end


# "took" before a span of time within a few words ("took just over two hours", "took 40 minutes"): the
# time something lasted, not a taking of captives. Read past the clause window the role is searched in, which
# may end before the span's unit
_SPAN_AFTER = patterns.compile(
    r"[ \t]+(?:[\w,.'’-]+[ \t]+){0,4}?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b", regex.I)


def _time_taken(text: str, m: regex.Match[str]) -> bool:
    return m.lastgroup == "taken" and m.group().lower() == "took" and _SPAN_AFTER.match(text, m.end()) is not None


_CARRIER_BEFORE = patterns.compile(
    r"\b(?:bus|buses|coach|coaches|vans?|trucks?|lorries|planes?|aircraft|boats?|ships?|vehicles?|cars?)[ \t]+$",
    regex.I)


def read_status(text: str, words: list[str], prefix: str, fwd: tuple[int, int]) -> str | None:
    """Status from the noun's head ("dead bodies" are remains), its modifiers, then "remains of"/"bodies of"
    before, then the words after."""
    if words and (hm := _STATUS.fullmatch(words[-1])) is not None:
        return _STATUS_NAMES.get(hm.lastgroup or "", hm.lastgroup)
    for src in (" ".join(words), prefix):
        sm = _STATUS.search(src)
        if sm is not None:
            return _STATUS_NAMES.get(sm.lastgroup or "", sm.lastgroup)
    sm = first_match(STATUS_T, text, fwd[0], min(fwd[1], fwd[0] + 60))
    if sm is not None:
        return _STATUS_NAMES.get(sm.lastgroup or "", sm.lastgroup)
    return None
