"""The time anchor of a count: the day or year a figure is told of ("on Sunday", "in 2019, when ...").

Read after the figure's topic and role (``countrole``), in the windows ``countwindow`` set: a time phrase after
the figure in its own words, or before it in its clause; the time of a conjunct it shares a verb with; the
opener that frames its sentence ("On Tuesday, the two sides had released 250").
"""

from __future__ import annotations

import regex

from . import patterns
from .clauseread import read_when
from .clausewords import _WHEN_HINT, EVENT_NOUN
from .countwindow import Reading
from .standing import RISEN

__all__ = ["read_time"]

# a relative clause that tells of the event itself, right up to a time anchor: "the quake that struck the coast on",
# "the floods which swept the region last"
_EVENT_CLAUSE_BEFORE = patterns.compile(
    r"\b(?:that|which)[ \t]+(?:struck|hit|rocked|jolted|shook|devastated|swept|battered|began|started|occurred"
    r"|happened|erupted|broke[ \t]+out)\b[^,;:.!?]{0,60}$", regex.I)
# an aside closed before a figure, with a figure of its own: "The Reds - who won 40 seats in 2019 - have 12"
_CLOSED_ASIDE = patterns.compile(r"\([^()\n]{1,80}\)|[ \t][-–—][ \t][^-–—\n]{1,80}?[ \t][-–—][ \t]|—[^—\n]{1,80}—")
_COORD = patterns.compile(r",\s+(?:and|but|while|whereas|as)\s")
_CLAUSE_MARKS = patterns.compile(r"[,;:]")
_SINCE = patterns.compile(r"\bsince\b", regex.I)
# a comparison after the figure, with the time of what it is compared with: "rose to 71, passing the 2011 blaze",
# "took 20%, doubling its share from the last election in 2021"
_COMPARED_AFTER = patterns.compile(
    r",[ \t]+(?:surpassing|passing|exceeding|eclipsing|topping|overtaking|outstripping|compared[ \t]+(?:with|to)"
    r"|(?:more[ \t]+than[ \t]+)?(?:doubling|tripling|halving)|(?:up|down)[ \t]+from)\b",
    regex.I)
# a year, then a clause of what happened in it: "the deadliest since 2019, when 9 people died": that year's toll
_YEAR_THEN = patterns.compile(
    r"\b(?:since|in|of)[ \t]+(?P<y>(?:19|20)\d\d),[ \t]+when[ \t]+(?:[^,;.!?\d]{0,30}?[ \t])?$", regex.I)
_OPENER_YEAR = patterns.compile(r"[ \t]+(?:(?:last|this|that|the[ \t]+previous)[ \t]+year|(?:of[ \t]+)?(?:19|20)\d\d)",
                                regex.I)  # the year a month opener names after it: "In June last year,", "In May 2019,"
_OPENER_LEAD = 12  # characters before the time in an opener that is one: quotes, "Early", "Late on"
_WHEN_OPENER = patterns.compile(r"[\s\"“‘']*(?:\p{Lu}|\d)(?:[^,]|,(?=\d)){0,40},")  # "In 2019," opening the clause
_ING_CLAUSE = patterns.compile(  # the event's own participle clause, not "adding to", "compared with"
    r"[ \t]*(?:with[ \t]+(?:\p{L}+[ \t]+){0,3})?(?:killing|wounding|injuring|leaving|trapping|displacing|destroying"
    r"|damaging|flattening|abducting|kidnapping|taking|freeing|releasing|returning|exchanging|handing|sending"
    r"|forcing)\b",
    regex.I,
)
# what the counted are about, after them: "34 counts related to a payment made before the 2016 election" (the
# payment's year, not the counts')
_ABOUT_AFTER = patterns.compile(
    r"\b(?:(?:related|relating|connected|linked|tied)[ \t]+to|(?:stemming|arising)[ \t]+from|in[ \t]+connection"
    r"[ \t]+with"
    # the deeds charged: "34 counts of falsifying records to hide a payment before the 2016 election"
    r"|(?:counts?|charges?)[ \t]+of[ \t]+\p{Ll}+ing)\b", regex.I)
# a time inside a "since" clause before the figure: "Since the war began in October, 18,050 people have been killed"
# (when the count started, as "since" after the figure already is)
_SINCE_CLAUSE_BEFORE = patterns.compile(r"\bsince\b[^,;:.!?\d]{0,60}$", regex.I)
# the day an event happened, told as its owner ("the toll from Monday's quake reached 87"): a toll that rose or was
# reached is as of the report, not that day
_EVENT_DAY_AFTER = patterns.compile(rf"['’]s[ \t]+(?:\p{{Ll}}+[ \t]+){{0,2}}?{EVENT_NOUN}\b", regex.I)
_TOLL_ROSE = patterns.compile(rf"\b(?:toll|tally|{RISEN}|rises|climbs|reaches|stands|stood|now)\b", regex.I)
_CONJUNCT_GAP = patterns.compile(r"[^,;:\n]{0,40}?[ \t]and[ \t]+", regex.I)
_CONJUNCT_BACK = patterns.compile(r"[^,;:\n]{0,45}")


def _participle_of_main(text: str, clause_start: int, start: int) -> bool:
    """Whether the figure at ``start`` is in the event's participle clause right after the main clause that
    begins at ``clause_start`` (", killing 40"), which tells of the same time."""
    comma = text.rfind(",", clause_start, start)
    return comma >= 0 and not _CLAUSE_MARKS.search(text, clause_start, comma) \
        and _ING_CLAUSE.match(text, comma + 1, start) is not None


def read_time(rd: Reading, when_from: int) -> str | None:
    """The time phrase that anchors the figure, from ``when_from`` (where its role's words end) onward or before it."""
    text, r, clause, next_start, np_end, prior = rd.text, rd.r, rd.clause, rd.next_start, rd.np_end, rd.prior
    start, end, back, back_lo, limit, cut = r.start, r.end, rd.back, rd.back_lo, rd.limit, rd.cut
    residents = rd.residents
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
    if wm is not None and wm.start() > end and _COMPARED_AFTER.search(text, end, wm.start()):
        wm = None  # "the toll rose to 71, passing the 2011 blaze": the time of what it is compared with
    if wm is not None and wm.start() > end and _ABOUT_AFTER.search(text, end, wm.start()):
        wm = None  # "34 counts related to payments made in 2016": the time of what the counted are about
    year_when = _YEAR_THEN.search(text, max(r.sent[0], start - 60), start) \
        if wm is None or wm.group().lower().startswith("since") else None
    if year_when is not None:
        wm = None
    if wm is not None and wm.start() < start and "," in text[wm.end():start] \
            and _SINCE_CLAUSE_BEFORE.search(text, max(r.sent[0], wm.start() - 60), wm.start()):
        wm = None  # "Since the war began in October, 18,050 have been killed": when the count started (not "the
        # deadliest since a 1961 flood that killed 70": that flood's)
    if wm is not None and _EVENT_DAY_AFTER.match(text, wm.end()) \
            and _TOLL_ROSE.search(text, max(r.sent[0], start - 80), min(r.sent[1], end + 40)):
        wm = None  # "the toll from Monday's quake reached 87": the quake's day, the toll as of the report
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
            and (not _CLAUSE_MARKS.search(text, opener.end(), start) or _participle_of_main(text, opener.end(), start)):
        # "On Tuesday, the two sides had released 250": the opener frames its clause, past an earlier figure (and
        # the main clause's participle: "In May 2019, a quake struck the coast, killing 40")
        wm = read_when(text, (r.sent[0], opener.end()), (0, 0))
        year = _OPENER_YEAR.fullmatch(text, wm.end(), opener.end() - 1) if wm is not None else None
        if wm is not None and not wm.group().lower().startswith("since") and wm.start() - r.sent[0] <= _OPENER_LEAD \
                and (year is not None or not text[wm.end():opener.end() - 1].strip()):
            # the opener is the time itself ("On Tuesday,", "In June last year,"), not a clause ("The bridge
            # reopened ...")
            when = text[wm.start():opener.end() - 1] if year is not None else wm.group()
    if when is None and _participle_of_main(text, r.sent[0], start):
        # "Last year a series of quakes jolted the province, killing 1,500": the time the sentence opens with, no
        # comma after it, is its main clause's and its participle's
        wm = read_when(text, (r.sent[0], text.rfind(",", r.sent[0], start)), (0, 0))
        if wm is not None and wm.start() - r.sent[0] <= _OPENER_LEAD and not wm.group().lower().startswith("since"):
            when = wm.group()
    if when is None and rd.parallel is not None:
        when = rd.parallel.when  # "the 2016 vote saw the Blues with 52 seats and the Reds with 31": 2016's too
    return when
