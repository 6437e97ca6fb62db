"""The period slot of count claims: which part of a longer whole a figure is ("phase 1", "batch 2", "day 3",
"per day", "last 24 hours", "this week", "more" for an increment, "projection" for a forecast, "year 1961" for
another year's event, "since 1990", "record", "under investigation", or a part of a group already counted).
Pure functions of the text; used by slots.py, which reads the other slots.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from . import patterns
from .clausewords import EVENT_NOUN
from .groupparts import _YEAR_ANCHOR, _part
from .holders import share_or_tally
from .keywords import finder, may_match
from .measures import BRING, BRINGING
from .models import Count
from .numerals import CHANGED_BY, CHANGED_REACH, FIGURE, ONES_WORDS, SUBSET_LEAD
from .standing import RISEN
from .textutil import MONTH_NAMES, sentence_span_at

__all__ = ["ADDED", "period_of"]

_W = r"[ \t]+"
_ORDINALS = {
    "first": "1", "1st": "1", "one": "1", "second": "2", "2nd": "2", "two": "2", "third": "3", "3rd": "3",
    "three": "3", "fourth": "4", "4th": "4", "four": "4", "fifth": "5", "final": "last", "last": "last",
}
_ORD = r"(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|final|last)"
# the first of its kind in a long while, not the first batch of a deal: "their first exchange of prisoners for
# nearly five months", "the first swap since August"
_SINCE_LAST = (r"(?:[ \t]+of(?:[ \t]+[\p{L}-]+){1,4}?)?[ \t]+(?:since\b|(?:in|for)[ \t]+"
               r"(?:(?:almost|nearly|about|over|more[ \t]+than|some|the[ \t]+(?:past|last))[ \t]+)?"
               rf"(?:{FIGURE}|a|an|several|many)[ \t]+"
               r"(?:days?|weeks?|months?|years?|decades?)\b)")
_PERIOD = patterns.compile(
    rf"\b(?:(?P<phase>{_ORD}{_W}(?:phase|stage)\b|\b(?:phase|stage){_W}(?:one|two|three|four|1|2|3|4)\b)"
    rf"|(?P<batch>{_ORD}{_W}(?:batch|group|round|wave|tranche|release|handover|exchange)\b(?!{_SINCE_LAST}))"
    rf"|(?P<day>(?:on{_W})?day{_W}(?:one|two|three|four|five|\d{{1,3}})\b|\b{_ORD}{_W}day\b)"
    rf"|(?P<rate>(?:a|per|each|every){_W}(?:day|week|month|year|phase|stage|round|batch|group)\b"
    r"(?![ \t]+(?:earlier|later|before|after|ago)\b)|\bdaily\b"
    r"|\bweekly\b)"
    # (a headline drops the article: "14 killed in last 24 hours"; not "in last week's storm", the storm's toll)
    rf"|(?P<recent>(?:in|over|during)(?:{_W}the)?{_W}(?:past|last|previous){_W}(?:\d+{_W}|\w+{_W})?"
    r"(?:hours|days|weeks|day|week|24-hour\s+period)\b(?!['’]s\b))"
    # (not "last weekend's earthquake": the event named by its time, whose toll it is; but "last month's killing of
    # 26" is an event before the story's own)
    rf"|(?P<span>(?:(?:just|only){_W})?(?:this|last){_W}(?:(?:week|weekend)\b(?!['’]s\b)|month\b)"
    rf"|\bover{_W}the{_W}weekend\b"
    rf"|\b(?:on{_W})?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    rf"(?:{_W}(?:morning|afternoon|evening|night))?{_W}alone\b))",
    regex.I,
)
# a day an operation has reached, not the day a part of it came on: "as the search enters its third day"
_DAY_REACHED = patterns.compile(r"\b(?:enter(?:s|ed|ing)?|into|reach(?:es|ed|ing)?)[ \t]+(?:(?:its|a|the)[ \t]+)?$",
                                regex.I)
# a clause with a subject of its own between a figure and a period phrase after it
_OTHER_SUBJECT = patterns.compile(r"\band\s+(?:the|its|his|her|their|a|an)\s|\b(?:which|who)\b", regex.I)
# a clause of its own after the figure, whose time is its own: "90 were missing even as rescue teams pressed on
# into the second day", "as crews worked through the third day"
_LATER_CLAUSE = patterns.compile(
    r"[ \t](?:even[ \t]+)?(?:as|while|whereas|after)[ \t]+(?:the|their|its|a|an|more|rescue|rescuers|officials"
    r"|authorities|police|teams|crews|workers|soldiers|troops)\b", regex.I)
# a part of the figure told after it, with a figure of its own: a time told after the part is the part's ("the toll
# rose to 22, including 19 killed on the first day": the 22 are no first day's)
_PART_AFTER = patterns.compile(rf"\b{SUBSET_LEAD}[ \t]+(?:\p{{L}}+[ \t]+){{0,2}}?{FIGURE}", regex.I)
# deaths not yet counted in the toll, whose cause is still checked: "3 under investigation", "two deaths being
# investigated", "two more deaths are under review"
_UNDER_INVESTIGATION = patterns.compile(
    r"(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+(?:(?:are|is|were|was|still|also)[ \t]+)*(?:under[ \t]+(?:investigation|review)"
    r"|being[ \t]+(?:investigated|examined|reviewed))\b", regex.I)
_WAR_REACH = 140  # characters back from a figure to "the war in X between A and B has killed"
_RATE_REACH = 16  # "90,000 passengers a day": a rate follows the counted noun within a few characters
_TOLL_MEASURES = frozenset({"killed", "injured", "missing", "displaced", "in shelters", "affected"})
_PROJECTION_REACH = 60
_FEARED_AFTER = patterns.compile(
    r"(?:[ \t]+[\p{L}'’-]+){0,3}?[ \t]+(?:(?:are|were|is|was|have[ \t]+been|had[ \t]+been)[ \t]+)?(?:now[ \t]+)?"
    r"(?:feared[ \t]+(?:dead|killed|drowned|missing|trapped|buried|lost)"
    # ... or said to have perhaps died: "relief workers fear 9,000 villagers may have died"
    r"|(?:may|might|could)[ \t]+have[ \t]+(?:died|perished|drowned|been[ \t]+killed))\b", regex.I)
# a forecast cue governs the figure only if no other clause comes between ("feared missing after 78 died")
_ANOTHER_VERB = patterns.compile(r"\b(?:after|when|as|while|before|since|but|because|although)\b", regex.I)
# a known set after a preposition: the modal is another verb's ("nothing will change for the four women
# killed", "she may be among the 300 dead"), not the toll's ("could rise to the 300 mark" keeps "to")
_KNOWN_SET_BEFORE = patterns.compile(r"\b(?:for|among|of|with|including)[ \t]+the[ \t]+$", regex.I)
ADDED = r"another|an\s+additional|a\s+further"  # a figure on top of another ("another 12", "a further week")
_INCREMENT = patterns.compile(rf"\b(?:{ADDED}|a\s+new)\s+$", regex.I)
# after the figure, words of a figure on top of others; these two whatever its measure, which no earlier figure
# needs to tell ("leaving 25,000 additional passengers stranded"), "more" and "new" only after one told of
_ADDITIONAL = r"additional|further"
_MORE_AFTER = patterns.compile(rf"\s+(?:more|{_ADDITIONAL}|new)\b", regex.I)
_ADDITIONAL_AFTER = patterns.compile(rf"\s+(?:{_ADDITIONAL})\b", regex.I)
# "the toll rose to 7 after two succumbed": the figure that made a toll rise is an increment
_ROSE_BECAUSE = patterns.compile(rf"\b(?:{RISEN}|rises|went\s+up)\s+to\s+[\d,.]+"
                                 r"(?:\s+\p{L}+){0,4}?\s+(?:after|as|when)\s+$", regex.I)
# "more" counts on a figure of the same measure told earlier in the sentence; "1,007 dead, with 30 more
# missing" adds the missing to the dead, it does not add to a missing figure
_DEAD_TOLD = patterns.compile(r"\b(?:toll|killed|dead|died|deaths?|fatalit(?:y|ies)|bodies)\b", regex.I)
_TOLD_BEFORE = {
    "killed": _DEAD_TOLD,
    "recovered": _DEAD_TOLD,  # bodies found add to the toll: "the toll rose to 30. ¶ Four more bodies were found"
    "injured": patterns.compile(r"\b(?:injured|wounded|injuries|hurt)\b", regex.I),
    "missing": patterns.compile(r"\b(?:missing|unaccounted)\b", regex.I),
    "released": patterns.compile(r"\b(?:releas\w*|freed|free|handed\s+over|returned)\b", regex.I),
    "rescued": patterns.compile(r"\b(?:rescued|pulled\s+out)\b", regex.I),
}
_OWN_VERB_GAP = 2  # characters of blank at most between a figure's own verb and it (or its "another")


def _sentence_before(text: str, start: int) -> int:
    """Where the sentence before the one at ``start`` begins, in its paragraph or the one before (news
    paragraphs are often a sentence long); ``start`` for the text's first sentence."""
    end = len(text[:start].rstrip())
    return sentence_span_at(text, end - 1)[0] if end else start


def _told_earlier(told: regex.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether a figure of the measure is told before ``end``: not by the figure's own verb right before it
    ("killed 30 and injured another 120": no injured figure came before the 120)."""
    return any(end - m.end() > _OWN_VERB_GAP for m in told.finditer(text, start, end))


# a toll said to come, not counted: modal verbs and forecasts before the figure ("estimated to reach", but not
# "estimated to be 90 so far", today's estimate)
_PROJECTION = patterns.compile(
    # ("may" and "will" in lower case: "on Tuesday (May 27)" and "Will Dorn said" are a month and a name)
    r"\b(?:could|would|(?-i:may|will)|might|can[ \t]+(?:reach|rise|climb|top|exceed|surpass|hit)|expected|likely"
    r"|projected"
    r"|projects?|projections?|forecasts?|models?"
    r"|estimated[ \t]+to(?![ \t]+(?:be|have)\b)|feared|set[ \t]+to|probability|potential(?:ly)?"
    r"|warn(?:s|ed)?[ \t]+(?:that[ \t]+)?(?:the[ \t]+)?"
    r"(?:death[ \t]+)?toll)\b",
    regex.I,
)
_CHANGES = frozenset({"lost", "gained"})
# a figure in a condition is one supposed, not told: "if the Greens win 40 seats", "unless 300 workers sign"
# (not "could not say if the 12 missing were found", where "if" is "whether": a told figure asked about)
_CONDITION_BEFORE = patterns.compile(
    r"(?r)(?<!\b(?:ask|asks|asked|asking|know|knows|knew|say|said|says|see|saw|clear|unclear|sure|check|checked"
    r"|wonder|wondered|determine|confirm|confirmed|tell|told)[ \t]+)\b(?:if|unless)[ \t][^,;:.?!]*$", regex.I)

# every phrase ``_PERIOD`` finds holds one of these words ("Monday" holds "day", "weekly" "week"; tests check it):
# a clause with none has no period phrase (``keywords``); the test costs ~1 µs, the pattern ~0.3 µs a character,
# and two clauses in three hold none
_PERIOD_KEYS = ("day", "week", "month", "year", "hour", "daily", "phase", "stage", "batch", "group", "round",
                "wave", "tranche", "release", "handover", "exchange")
_PERIOD_FINDER = finder(_PERIOD_KEYS)


@lru_cache(maxsize=64)
def _period_in(text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """The first period phrase of a clause; memoised, as the counts of one clause share it."""
    return _PERIOD.search(text, lo, hi) if may_match(_PERIOD_FINDER, text, lo, hi) else None



# the whole a part of which is the period, and its figure: "the first phase of what both sides called a
# 1,200-for-1,200 exchange", "the first stage of a deal to swap 1,200 captives" (not "the first phase of the
# deal saw 33 freed": the verb of the clause, the phase's figure)
_OF_THE_WHOLE = patterns.compile(
    r"[ \t]+of[ \t]+(?:what\b[^,;:.!?\d]*|(?:a|an|the|its|their)[ \t]+"
    r"(?:(?!(?:is|are|was|were|be|been|being|will|would|has|have|had|expected|set|due)\b)[\p{L}-]+[ \t]+){1,3}?"
    r"(?:that|which|to)[ \t]+[^,;:.!?\d]*|(?:a|an|the)[ \t]+)", regex.I)
_DAY_OF_SPAN = patterns.compile(r"[ \t]+of[ \t]+(?:a|an|the|its|their)[ \t]+", regex.I)
_RELATIVE = patterns.compile(r"\b(?:that|which)\b", regex.I)
# a clause of its own day, before or after the one the sentence tells: "a day after each side freed 410"
_OTHER_DAY = patterns.compile(r"\b(?:a|one|the|two|three)[ \t]+days?[ \t]+(?:after|before|earlier|later)\b", regex.I)
# a participle or relative clause set off by a comma, which a time inside it belongs to
# a swap carried out over a few days, one stage a day: "a three-day exchange", "the swap, spread over three days"
_SWAP_OF_DAYS = patterns.compile(
    r"\b(?:two|three|four|five|[2-5])-day[ \t]+(?:prisoner[ \t]+)?(?:swap|exchange)|\b(?:swap|exchange)\b[^.;:]{0,60}?"
    r"\bover[ \t]+(?:the[ \t]+)?(?:two|three|four|five|[2-5]|next[ \t]+(?:two|three|few))[ \t]+days\b", regex.I)
_SPAN_IN_ASIDE = patterns.compile(r",[ \t]+(?:\p{Ll}+ed|which|who|that)\b[^,;]*$")
# ... or after the figure, in the words on the deal that frees them: "under the deal reached in Lisbon last week"
_DEAL_MADE_BEFORE = patterns.compile(
    r"\b(?:deal|agreement|accord|talks|truce|ceasefire|cease-fire|swap)\b[^.;:]{0,40}?"
    r"\b(?:reached|agreed|signed|struck|brokered|held|announced)\b[^.;:,]{0,30}$", regex.I)


# a past result told by how long ago it was: "five years ago, the Reds won 62 seats" (not of people: "the 250
# people seized two years ago" are the hostages of today's story)
_AGO = rf"\b(?P<n>\d+|a|{ONES_WORDS}|ten)[ \t]+years?[ \t]+ago\b"
_YEARS_AGO = patterns.compile(_AGO, regex.I)
# ... said after the figure in its own words, no comma or other figure between: "the 62 seats it won five years ago"
_YEARS_AGO_AFTER = patterns.compile(rf"[^,;:.\d]{{0,40}}?{_AGO}", regex.I)
# a sum over the years since one named, said after the figure ("900 deaths in 40 landslides since 1990"), not of a
# superlative ("the deadliest since 2015") nor how long those counted have been held ("six monks held since 1990")
_MONTH = "|".join(MONTH_NAMES)
_SINCE_YEAR = patterns.compile(
    r"(?:(?!\b(?:\p{L}+est|worst|first|most|held|detained|jailed|imprisoned|captive|missing|living)\b)[^,.;:])*?"
    rf"\bsince[ \t]+(?:((?:19|20)\d\d)\b|(?:last[ \t]+)?(?P<month>{_MONTH})\b)", regex.I)
_SINCE_REACH = 60  # characters from the figure to "since 2000"
# a mark the event is first to pass since an earlier one: "the first time more than 50 lives were lost ... since
# 1998", "the first flood to kill more than 50 people since ..." (not "the first 7 hostages": a batch, told next
# to its ordinal)
_RECORD_BEFORE = patterns.compile(r"\b(?:first|only)[ \t]+(?:time|(?:\p{L}+[ \t]+)?to)\b[^.;:\d]{0,40}$", regex.I)
_SINCE_AFTER = patterns.compile(r"\bsince\b", regex.I)
_MONTH_YEAR = patterns.compile(
    rf"(?:(?:in|on|during|by|early|late|mid|the)[ \t-]+)*(?:\d{{1,2}}[ \t]+)?(?:{_MONTH})(?:[ \t]+\d{{1,2}})?,?[ \t]+"
    r"((?:19|20)\d\d)", regex.I)
_YEAR_OWNS = patterns.compile(r"\b((?:19|20)\d\d)['’]s[ \t]+$")  # "2011's 44-day strike"
_LAST_YEAR = patterns.compile(  # (an adverb before it: "Just last year, ..."; a month: "In June last year")
    rf"(?:(?:just|only|earlier|also)[ \t]+)?(?:(?:in|during|of)[ \t]+)?(?:(?:{_MONTH})[ \t]+)?last[ \t]+year(?:['’]s)?",
    regex.I)
_AGO_REACH = 80  # characters from "five years ago" to the figure it dates
_PEOPLE_FIGURE = patterns.compile(r"(?:people|persons|men|women|children|.*(?:ers|ors|ists|ians|ees)$)", regex.I)


# a war's own toll told as its subject's: "the two-year civil war has killed over 20,000", "the insurgency has left
# some 9,000 dead": the whole war's, not the toll of a disaster or a strike within it
_WAR_SUBJECT_BEFORE = patterns.compile(
    r"\b(?:the|a|its|this|that)[ \t]+(?:[\p{L}\d-]+[ \t]+){0,3}?(?:war|conflict|insurgency|fighting)"
    r"(?:[ \t]+(?:in|between|against|with)[ \t]+[^,;:.]{1,60}?)?[ \t]+"
    r"(?:has|had|have)[ \t]+(?:(?:so[ \t]+far|already|now)[ \t]+)?"
    r"(?:killed|claimed|left|caused|resulted[ \t]+in|led[ \t]+to|displaced|uprooted|wounded|injured)"
    r"(?:[ \t]+(?:the[ \t]+lives[ \t]+of|an[ \t]+estimated|about|around|roughly|some|more[ \t]+than|over|at[ \t]+least"
    r"|nearly|almost|upwards[ \t]+of))*[ \t]+$", regex.I)
# other happenings of the story's kind, counted: "six other shootings", "three other deadly quakes"
_OTHER_EVENTS_AFTER = patterns.compile(
    r"[ \t]+other[ \t]+(?:[\p{L}-]+[ \t]+)?(?:shootings|attacks|bombings|quakes|earthquakes|storms|hurricanes|typhoons"
    r"|cyclones|fires|wildfires|floods|landslides|crashes|derailments|disasters|massacres|wars|strikes)\b", regex.I)
# a relative clause that tells of another event, its year named in its antecedent or later in the sentence: "the 1988
# storm, which left 140 dead", "a storm, which left over 140 dead, scores hurt and the harbour in ruins in 1988"
_WHICH_BEFORE = patterns.compile(r"(?r),[ \t]+(?:which|that)[ \t]+[^,;:.!?]{0,50}$")
# another year's event of the story's kind named before the figure in its sentence: "the 1957 Tarn flood destroyed
# villages and killed 310", "the 2009 Ridgeline Fire, in which 140 died", "the 2015 Oro fire, which razed Mesa, where
# 62 died": that event's figure, however the clause holding it is joined
_YEAR_EVENT = patterns.compile(
    rf"\b(?<!since[ \t]+)the[ \t]+((?:19|20)\d\d)[ \t]+(?:[\p{{L}}-]+[ \t]+){{0,3}}?{EVENT_NOUN}\b", regex.I)
_YEAR_IN = patterns.compile(r"\b(?:in[ \t]+|the[ \t]+|an?[ \t]+)((?:19|20)\d\d)\b(?![ \t]*[-–]|,[ \t]*\d)")
_ANTECEDENT_REACH = 60  # characters before ", which" its antecedent's year may stand in
_WHICH_REACH = 60  # characters from ", which" to the figure inside its clause ("which left over 140 dead")


def _relative_year(text: str, c: Count, sent: tuple[int, int]) -> regex.Match[str] | None:
    """The year of the event a relative clause holding the figure tells of (its antecedent's or its own)."""
    which = _WHICH_BEFORE.search(text, max(sent[0], c.start - _WHICH_REACH), c.start)
    if which is None:
        return None
    return _YEAR_IN.search(text, max(sent[0], which.start() - _ANTECEDENT_REACH), which.start()) \
        or _YEAR_IN.search(text, c.end, sent[1])


def _year_event_before(text: str, c: Count, sent: tuple[int, int]) -> regex.Match[str] | None:
    """The year of another event of the story's kind that the figure's sentence names before it (``_YEAR_EVENT``)."""
    return _YEAR_EVENT.search(text, sent[0], c.start)


# a share or a tally a poll gives, not the count: "an exit poll showed her with 46.2 percent", "the late poll gave
# him 51.6%", "according to an Ipsos survey". Told apart by the poll's kind: an exit poll and the late poll that
# updates it are two figures, the official count a third. ("Poll" alone is too often the election itself: "won 40
# seats in the poll".)
_POLL = patterns.compile(
    r"\b(?:(?P<kind>exit|late|opinion)[ \t-]+polls?|(?:polls?|surveys?)[ \t]+(?:showed|shows|suggested|suggests|gave"
    r"|gives|put|puts|had|indicated|indicates|predicted|predicts|projected|projects)"
    r"|according[ \t]+to[ \t]+(?:an?|the|this|that|its|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?"
    r"(?:(?P<kind2>exit|late|opinion)[ \t-]+)?(?:poll|survey))\b", regex.I)


def _poll(text: str, c: Count, clause: tuple[int, int]) -> str:
    """The poll a share or tally is from, "" when the figure is none or told by no poll."""
    if not share_or_tally(c):
        return ""
    m = _POLL.search(text, *clause)
    if m is None:
        return ""
    kind = m.group("kind") or m.group("kind2")
    return f"{kind.lower()} poll" if kind else "poll"


# a sentence that opens with the part of a series it tells of: "In the first round, Ruiz won 38% and Brenner 27%"
_FRONTED = patterns.compile(r"[\s\"“‘']*(?:In|During|On|At|After)[ \t]+(?:the[ \t]+)?(?:very[ \t]+)?\p{Ll}+[ \t]+"
                            r"(?:round|phase|stage|day|batch)\b[^,;:]{0,40},")


# the total a change brings a figure to, right before it ("taking the toll to 260")
_BROUGHT_TO = patterns.compile(  # (past the start of the count: "the overall toll since March 2024 to")
    rf"{BRING}(?:[ \t]+since[ \t]+[^,;:.!?\d]{{1,20}}(?:[ \t]+\d{{4}})?)?[ \t]+(?:to|at)[ \t]+"
    r"(?:(?:at[ \t]+least|about|some|over|more[ \t]+than|nearly|almost)[ \t]+)?$", regex.I)
_BROUGHT_REACH = 60  # characters back from a figure its "bringing the toll to" fits in


def _fronted_period(text: str, sent_start: int, clause_start: int) -> regex.Match[str] | None:
    """The round, phase or day a sentence opens with, for a figure in a later clause of it (its own has none)."""
    if clause_start <= sent_start or (opener := _FRONTED.match(text, sent_start, clause_start)) is None:
        return None
    m = _period_in(text, sent_start, opener.end())
    return m if m is not None and m.lastgroup in ("phase", "batch", "day") else None


def period_of(text: str, c: Count, clause: tuple[int, int], measure: str, sent: tuple[int, int]) -> str:
    """The period slot of a count: which part of a longer whole it is (see the module's docstring)."""
    sent_start = sent[0]
    if poll := _poll(text, c, clause):
        return poll
    if measure == "killed" and _UNDER_INVESTIGATION.match(text, c.end, clause[1]):
        return "under investigation"  # "41 confirmed deaths and 3 under investigation": not yet in the toll
    part = _part(text, c, clause)
    if part:
        return part
    if _OTHER_EVENTS_AFTER.match(text, c.end):
        return "other events"  # "only six other shootings have claimed more lives": a record's tally, not this story's
    year = _YEAR_ANCHOR.fullmatch(c.when or "") or _MONTH_YEAR.fullmatch(c.when or "") \
        or _YEAR_OWNS.search(text, max(sent_start, c.start - 8), c.start) or _relative_year(text, c, sent) \
        or _year_event_before(text, c, sent)
    if year is not None and measure not in _CHANGES:  # "up 12 on their 2019 result": the base, not the year
        # "a 1960 tsunami that killed 61", "85 died in 2018", "in September 1987, a cyclone killed 1,300", "2011's
        # 44-day strike": that year's figure (the story's own year is none: countfacts)
        return f"year {year.group(1)}"
    if _LAST_YEAR.fullmatch(c.when or "") and measure not in _CHANGES:
        return "last year"  # "last year more than 70 climbers died": last year's event (its year is the article's)
    if measure in _TOLL_MEASURES and _RECORD_BEFORE.search(text, max(sent[0], c.start - 60), c.start) \
            and _SINCE_AFTER.search(text, c.end, sent[1]):
        return "record"  # "the first flood to kill more than 50 people since 1998": a mark passed, not the toll
    if c.topic != "duration" and measure not in _CHANGES \
            and (since := _SINCE_YEAR.match(text, c.end, min(clause[1], c.end + _SINCE_REACH))) is not None \
            and (since.group(1) or measure in _TOLL_MEASURES):  # (not "600 arrested in the north since May 4")
        # "900 deaths in 40 landslides since 1990": a record's sum, not this toll; "killed 8,300 since last May"
        # (or "since May 4, 2022"): a long war's toll since its month, not this strike's
        return f"since {since.group(1) or since.group('month').capitalize()}"
    if measure in _TOLL_MEASURES and _WAR_SUBJECT_BEFORE.search(text, max(clause[0], c.start - _WAR_REACH), c.start):
        return "the war"  # "the civil war has killed over 20,000": the war's toll, not the day's nor a disaster's
    if c.topic == "other" and c.unit is None and measure not in _CHANGES and not _PEOPLE_FIGURE.match(c.subject) \
            and (ago := _YEARS_AGO.search(text, max(sent[0], c.start - _AGO_REACH), c.start)
                 or _YEARS_AGO_AFTER.match(text, c.end, clause[1])) is not None:
        # "Five years ago, the Reds won 62 seats", "the 62 seats it won five years ago": a past result
        return f"{ago.group('n').lower()} years earlier"
    if _CONDITION_BEFORE.search(text, max(clause[0], c.start - _PROJECTION_REACH), c.start):
        return "projection"  # "if the Greens win 40 seats": supposed, not told
    if measure in _TOLL_MEASURES:
        lo = max(clause[0], c.start - _PROJECTION_REACH)
        cue = _PROJECTION.search(text, lo, c.start)
        if cue is not None and not _ANOTHER_VERB.search(text, cue.end(), c.start) \
                and not _KNOWN_SET_BEFORE.search(text, cue.end(), c.start):
            return "projection"  # "the toll could top 1,000": a forecast, not a count
        if _FEARED_AFTER.match(text, c.end):
            return "projection"  # "more than 1,000 people are feared dead": feared, not counted
    told = _TOLD_BEFORE.get(measure)
    if c.unit is None and measure not in _CHANGES \
            and CHANGED_BY.search(text, max(clause[0], c.start - CHANGED_REACH), c.start):
        return "more"  # "the toll rose by 14 to 210", "an increase of 14": by how much it changed, not the total
        # (a change of a measure is the fact itself: "a pay rise of 5%", "wages fell by 3%")
    cue = _INCREMENT.search(text, max(clause[0], c.start - 25), c.start)
    # a release told anywhere before: "Hamas handed over three women. [...] 30 more hostages are to be freed"
    since = 0 if measure == "released" else _sentence_before(text, sent_start)
    if told is not None and (cue or _MORE_AFTER.match(text, c.end)
                             or _ROSE_BECAUSE.search(text, max(sent_start, c.start - 80), c.start)) \
            and (_told_earlier(told, text, since, cue.start() if cue else c.start)
                 or BRINGING.search(text, c.end, sent[1])):
        # "the toll rose after two more deaths", "The toll rose to 30. ¶ Three more deaths were recorded in ...": an
        # increment of a figure told before it (in its sentence or the one before) or after it
        return "more"
    if measure == "deployed" and (_INCREMENT.search(text, max(clause[0], c.start - 25), c.start)
                                  or _MORE_AFTER.match(text, c.end)):
        return "more"  # "sending 5,000 more troops", "a further 5,000 soldiers": reinforcements, not all deployed
    if measure and _ADDITIONAL_AFTER.match(text, c.end):
        return "more"  # "leaving 25,000 additional passengers stranded": on top of those told of
    if _BROUGHT_TO.search(text, max(clause[0], c.start - _BROUGHT_REACH), c.start):
        return ""  # "17 died in the past 24 hours, bringing the toll to 260": the whole toll, not that day's part
    m = _period_in(text, *clause) or _fronted_period(text, sent_start, clause[0])
    if m is not None and m.lastgroup == "rate" and not c.end <= m.start() <= c.end + len(c.subject) + _RATE_REACH:
        m = _PERIOD.search(text, m.end(), clause[1])  # "700 flights a day, stranding 100,000": the rate is the flights'
        if m is not None and m.lastgroup == "rate":
            m = None
    if m is None:
        return ""
    own = max(clause[0], text.rfind(",", clause[0], c.start) + 1)
    if m.end() <= own and _OTHER_DAY.search(text, own, c.start):
        return ""  # "on the second day, a day after each side freed 410": the 410 are the day before's
    kind = m.lastgroup or ""
    words = m.group().lower().split()
    if m.start() > c.end and (_LATER_CLAUSE.search(text, c.end, m.start())
                              or _PART_AFTER.search(text, c.end, m.start())):
        return ""  # "90 were missing even as rescue teams pressed on into the second day": the teams' day (and
        # "rose to 61, after more deaths were confirmed over the weekend": when the others were told)
    if kind == "day" and c.topic == "duration" and _DAY_OF_SPAN.fullmatch(text, m.end(), c.start):
        return ""  # "the second day of a three-day swap": a day of the span counted, not when it was told
    if kind == "day" and m.end() <= c.start and _DAY_OF_SPAN.match(text, m.end()) \
            and _RELATIVE.search(text, m.end(), c.start):
        return ""  # "the second day of a swap that will free 600": the whole swap's figure, not the day's
    if kind in ("day", "phase", "batch") and m.end() <= c.start and _OF_THE_WHOLE.fullmatch(text, m.end(), c.start):
        return ""  # "the first stage of a deal to swap 1,200": the whole deal's figure, not the stage's
    if kind == "day" and _DAY_REACHED.search(text, max(clause[0], m.start() - 20), m.start()):
        return ""  # "11 pulled out as the rescue enters its third day": how long it has run, not that day's share
    if kind in ("phase", "batch"):
        n = next((_ORDINALS[w] for w in words if w in _ORDINALS), "")
        if kind == "phase" and n and _SWAP_OF_DAYS.search(text):
            return f"day {n}"  # "the second stage" of a swap told over three days is its second day
        return f"{kind} {n}".strip()
    if kind == "day":
        n = next((_ORDINALS.get(w, w) for w in words if w not in ("on", "day")), "")
        return f"day {n}"
    if kind == "rate":
        unit = next((w for w in words if w in ("day", "week", "month", "year", "phase", "stage", "round", "batch",
                                                "group")), words[-1].removesuffix("ly"))
        return f"per {'day' if unit == 'dai' else unit}"
    if kind == "span":  # "killed just this week", "on Sunday alone": a part of the whole toll
        if m.start() > c.end and _OTHER_SUBJECT.search(text, c.end, m.start()):
            return ""  # "14 bridges were shut and the ministry blamed a storm last month": the storm's month
        if m.end() < c.start and _SPAN_IN_ASIDE.search(text, clause[0], m.start()) \
                and "," in text[m.end():c.start]:
            return ""  # "The swap, agreed at talks last week, will free 1,000": when the swap was agreed
        if m.start() > c.end and _DEAL_MADE_BEFORE.search(text, c.end, m.start()):
            return ""  # "1,000 are to be freed under the deal reached in Lisbon last week": the deal's week
        return " ".join(w for w in words if w not in ("just", "only", "on", "over", "the"))
    return "last " + " ".join(words[next(i for i, w in enumerate(words) if w in ("past", "last", "previous")) + 1:])
