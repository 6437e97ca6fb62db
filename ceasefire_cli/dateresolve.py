"""The calendar day a date expression found in a text means, told on the day the story was published.

``dates`` finds the expressions (its grammar's named groups: ``md_mon``, ``wk_day``, ``ago_n`` …) and
their context (future tense, a framing year, the last day named); this module turns one match into a
date and its precision. Pure calendar arithmetic: no text is searched here beyond a few characters
before a month-day ("died on May 25").
"""

from __future__ import annotations

from datetime import date, timedelta

import regex

from . import patterns
from .textutil import WEEKDAYS, calendar_date, feast_day, holiday_day, month_number

_WEEKDAY_INDEX = {name: i for i, name in enumerate(WEEKDAYS)}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
_VAGUE_AMOUNTS = {"several": 3, "few": 3, "couple": 2}

# Season -> (first month, last month); winter runs December-February and is dated by its January.
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
YEAR_STEP = {"this": 0, "last": -1, "next": 1}
# A yearless month-day up to two months ahead is upcoming: TimeBank/AQUAINT training documents date
# such days 50-61 days ahead as upcoming ("until March 6", "record Dec. 21", "payable Jan. 2").
_AHEAD_DAYS = 62


def resolve_weekday(weekday: int, published: date) -> date:
    """The date a bare weekday (Monday=0) means in a story published on ``published``.

    News uses a bare weekday for the past few days, so it is the most recent such day on or before
    publication; but the day just after publication is that next day, not six days back: a page is
    dated where it was filed, hours behind the place it reports on ("conceded on Wednesday" in Seoul,
    filed on Tuesday in New York), or its date was inferred and may be a day early, while a day six
    days back is usually called "last Thursday". Measured on 44 tuning clusters: events F1 better on
    four (Korea .78 -> .88, Crocus .90 -> .94), worse on none.
    """
    back = (published.weekday() - weekday) % 7
    if back == 6:
        return published + timedelta(days=1)
    return published - timedelta(days=back)


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _month_str(year: int, month: int, delta: int = 0) -> str:
    n = year * 12 + (month - 1) + delta
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


# days before publication within which a month-day in the future tense is still this year's: a story
# filed a day or two after the words it reports ('will begin on May 3'), not a plan a year ahead
_STALE_FUTURE_DAYS = 7


def _yearless(mon: int, dnum: int, pub: date, future: bool, past: bool = False, done: bool = False) -> date | None:
    """The date a month-day without a year means in a story published on ``pub``.

    The next one if the clause is in the future tense or it is at most ``_AHEAD_DAYS`` away (its
    past reading would be 10+ months back: "payable Jan. 2" in November); else the latest one on or
    before publication: any day of the current year, last year's only if at most ~6 months back.
    After a verb of a past happening ("died on May 25" in an April story) it is the latest one on or
    before publication, up to a year back. In a clause told in the past (``done``: "knelt on his neck on May 25")
    it is never the one ahead, but goes back only as far as with no verb.
    """
    this = calendar_date(pub.year, mon, dnum)
    ahead = this if this is not None and this >= pub else calendar_date(pub.year + 1, mon, dnum)  # today is ahead
    if future and this is not None and this < pub and (pub - this).days <= _STALE_FUTURE_DAYS:
        return this  # 'the curfew would run from May 3' in a story of May 4: not next year's
    if ahead is not None and (future or (not past and not done and (ahead - pub).days <= _AHEAD_DAYS)):
        return ahead
    if this is not None and this <= pub:
        return this
    prev = calendar_date(pub.year - 1, mon, dnum)
    return prev if prev is not None and (pub - prev).days <= (366 if past else 183) else None


# days before publication within which a month-day naming an event ('the Oct. 7 attack') is its latest
# occurrence: coverage of a recent event names it so; further back it is a landmark whose year the text
# must give. On 44 tuning clusters 62 days lifted one cluster's events F1 (.93 -> .98), 183 two (and
# Rafah .95 -> .97, four months on), and none fell; the yearless dates' own half-year limit is the same
LANDMARK_RECENT_DAYS = 183
# month-days that name an event of long ago whatever the story's date, never a recent one of that name
_OLD_LANDMARKS = frozenset({(9, 11)})  # 'the Sept. 11 attacks': 2001, mentioned in stories of every year
# a verb of a happening told in the past right before a date: "died on May 25", "killed Ana Ruiz on May 25"
_PAST_BEFORE = patterns.compile(
    r"\b(?:died|killed|murdered|arrested|detained|abducted|kidnapped|taken|seized|captured|invaded|launched|began"
    r"|started|happened|occurred|struck|"
    r"collapsed|crashed|erupted|exploded|attacked|fell|broke|took[ ]place)(?:(?:[ ]+[\w’'-]+){0,3}?[ ]+on)?[ ]+$"
    r"|\bsince[ ]+$",  # "since Nov. 14": a span's start, behind the story, up to a year back
    regex.I)


def _weekday_year(pub: date, mon: int, dnum: int, weekday: int) -> date | None:
    """The month-day nearest ``pub`` (a year either side) that falls on ``weekday``, if exactly one does."""
    fits = [d for y in (pub.year - 1, pub.year, pub.year + 1)
            if (d := calendar_date(y, mon, dnum)) is not None and d.weekday() == weekday]
    return min(fits, key=lambda d: abs((d - pub).days)) if fits else None


def _resolve_absolute(m: regex.Match[str], pub: date | None, future: bool, ctx_year: int | None = None,
                      landmark: bool = False) -> tuple[str, str] | None:
    """A month-day, month-year or ISO date; ``landmark``: the month-day names an event ("the Sept. 11
    attacks"), so without a year in the text it is a name whose year the calendar cannot give."""
    g = m.group
    if g("my_mon"):
        mon = month_number(g("my_mon"))
        if g("my_year"):
            return f"{int(g('my_year')):04d}-{mon:02d}", "month"
        if pub is None:
            return None
        step = YEAR_STEP[g("my_rel").lower()]
        return f"{pub.year + step:04d}-{mon:02d}", "month"
    if g("iso"):
        day = calendar_date(*(int(x) for x in g("iso").split("-")))
    else:
        mon = month_number(g("md_mon") or g("dm_mon"))
        dnum = int((g("md_day") or g("dm_day")).rstrip("stndrh"))
        ytxt = g("md_year") or g("dm_year")
        if ytxt or ctx_year is not None:
            day = calendar_date(int(ytxt) if ytxt else ctx_year, mon, dnum)
        elif pub is None:
            return None
        elif g("abs_wd") and (fit := _weekday_year(pub, mon, dnum, _WEEKDAY_INDEX[g("abs_wd")])):
            day = fit  # "Thursday, October 26": the year that makes it a Thursday
        elif landmark:  # 'the Oct. 7 attack' weeks after it; 'the Sept. 11 attacks' years on is a name
            day = None if (mon, dnum) in _OLD_LANDMARKS else next(
                (d for y in (pub.year, pub.year - 1) if (d := calendar_date(y, mon, dnum)) is not None
                 and 0 <= (pub - d).days <= LANDMARK_RECENT_DAYS), None)
        else:
            past = bool(_PAST_BEFORE.search(m.string, max(0, m.start() - 50), m.start()))
            done = not future and not past and _past_clause(m.string, m.start())
            day = _yearless(mon, dnum, pub, future, past, done)
    return (day.isoformat(), "day") if day else None


def _resolve_day_of_month(m: regex.Match[str], pub: date, future: bool) -> tuple[str, str] | None:
    """A day of the month told without its month ("on the 11th"): that day of the month named after it ("of last
    month"), else of the story's month, or of the month before when that day is still ahead (a plan: the next one)."""
    dnum = int(m.group("dom_day"))
    if rel := m.group("dom_rel"):
        steps = [YEAR_STEP[rel.lower()]]
    else:
        this = calendar_date(pub.year, pub.month, dnum)
        steps = [0] if this is not None and (this >= pub if future else this <= pub) else [1 if future else -1]
    year, month = (int(x) for x in _month_str(pub.year, pub.month, steps[0]).split("-"))
    day = calendar_date(year, month, dnum)
    return (day.isoformat(), "day") if day else None


def _resolve_ago(m: regex.Match[str], pub: date) -> tuple[str, str] | None:
    amount = " ".join(m.group("ago_n").lower().split())
    unit = m.group("ago_unit").lower()
    vague = _VAGUE_AMOUNTS.get(amount.removeprefix("a ").removesuffix(" of"))
    if vague:
        if unit in ("year", "decade"):
            return None
        when = pub - timedelta(days=vague * {"day": 1, "week": 7, "month": 30}[unit])
        if unit == "day":
            return _iso_week(when), "week"
        if unit == "week":
            return _month_str(when.year, when.month), "month"
        return f"{when.year:04d}", "year"
    n = int(amount) if amount.isdigit() else NUMBER_WORDS.get(amount, 0)
    if n <= 0:
        return None
    if unit == "day":
        return (pub - timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return _iso_week(pub - timedelta(weeks=n)), "week"
    if unit == "month":
        return _month_str(pub.year, pub.month, -n), "month"
    return f"{pub.year - n * (10 if unit == 'decade' else 1):04d}", "year"


def _season_year(name: str, mod: str, pub: date) -> int:
    """The year of "this/last/next <season>" told on ``pub`` (winter: the year of its January).

    "last" is the latest one over before ``pub`` (in August, last summer is last year's), "next"
    the first one not yet begun, "this" the one of the current year (winter: from September on,
    the coming one). Northern-hemisphere seasons: the press this tool reads is mostly northern.
    """
    first, last = _SEASONS[name]
    now = pub.year * 12 + pub.month - 1

    def span(y: int) -> tuple[int, int]:
        return ((y - 1) * 12 + 11 if first == 12 else y * 12 + first - 1), y * 12 + last - 1

    if mod == "this":
        return pub.year + 1 if first == 12 and pub.month >= 9 else pub.year
    if mod in ("last", "past"):
        return max(y for y in range(pub.year - 2, pub.year + 2) if span(y)[1] < now)
    return min(y for y in range(pub.year - 1, pub.year + 3) if span(y)[0] > now)


def _resolve_anchored(m: regex.Match[str], pub: date, anchor: date | None) -> tuple[str, str] | None:
    """"the previous day", "a day later", "later that day": a day counted from the last day named
    before it (``anchor``); "the day before yesterday" from publication."""
    g = m.group
    if g("anc_rel"):
        step = 1 if g("anc_rel").lower() == "tomorrow" else -1
        return (pub + timedelta(days=2 * step)).isoformat(), "day"
    if anchor is None and g("anc_near") and m.group().lower().split()[-3:] == ["in", "the", "day"]:
        anchor = pub  # "police said earlier in the day", no day named before: the day the story was filed
    if anchor is None:
        return None
    word = (g("anc_dir") or g("anc_ad") or g("anc_da") or "same").lower()
    if g("anc_near"):
        word = "same"
    step = -1 if word in ("previous", "preceding", "earlier", "before") else 0 if word == "same" else 1
    return (anchor + timedelta(days=step)).isoformat(), "day"


# a verb of a deed done, told before "in <month>": "was charged in September", "arrested him in August"
_PAST_MONTH_BEFORE = patterns.compile(
    r"(?<!\b(?:be|to|will|would|can|cannot|could|must|should)[ ])"  # (not "cannot be replaced before ... in June")
    r"\b(?:was|were|had(?:[ ]+been)?|\p{Ll}{2,}ed)(?:[ ]+[\w’'-]+){0,2}?[ ]+in[ ]+$", regex.I)


# a verb in the past tense, not one of reporting ("said on Monday the vote is on May 9" tells nothing of May 9),
# nor one a modal or "to be" makes a plan ("would be replaced in June")
_PAST_VERB = patterns.compile(
    r"(?<!\b(?:be|to|will|would|can|cannot|could|must|should|may|might)[ ])\b(?:was|were|(?!(?:said|told|reported"
    r"|announced|added|stated|noted|confirmed|scheduled|planned|expected|slated|set|due)\b)(?:\p{Ll}{2,}ed|knelt|died"
    r"|fell|took|struck|shot|won|lost|met|held|began|broke|ran|led|fled|left|sank|hit|saw|came|went|drove|rose))\b")
_CLAUSE_BREAK = patterns.compile(r"[.!?;:\n]|,[ ]+(?:but|and|while|as|when|which|who)\b|\b(?:that|because|if)\b")
# an infinitive after the past verb makes the date a plan's: "voted to strike from May 3" (not "sent to jail in May")
_PLAN_AFTER = patterns.compile(r"\bto[ ]+(?!(?:the|a|an|his|her|their|its|jail|prison|court|hospital|life|death)\b)"
                               r"\p{Ll}+")
# a day a thing was put off to or set for: "postponed the hearing until Jan 20" is ahead, whatever the verb's tense
_TERM_BEFORE = patterns.compile(r"\b(?:until|till|through|by|for)[ ]+$", regex.I)
PAST_CLAUSE_REACH = 160  # characters back to the clause's start that a past verb is looked for in


def _past_clause(text: str, start: int) -> bool:
    """Whether the clause a date ends (from its start or its last break) tells of a deed done: "Chauvin was
    convicted of murder in Floyd's death in May" in an April story is last May, not the May ahead."""
    lo = max(0, start - PAST_CLAUSE_REACH)
    cut = None
    for cut in _CLAUSE_BREAK.finditer(text, lo, start):  # noqa: B007 - want the last one
        pass
    verb = _PAST_VERB.search(text, cut.end() if cut else lo, start)
    return verb is not None and not _PLAN_AFTER.search(text, verb.end(), start) \
        and not _TERM_BEFORE.search(text, max(0, start - 10), start)


def _month_year(mon: int, mod: str, pub: date, future: bool, ctx_year: int | None, span_end: bool,
                past: bool = False) -> int:
    """The year of a month named without one ("last November", "in March", "January's deal"); ``past``: told of
    a deed done ("was charged in September" in a July story is last September)."""
    if mod == "last":
        return pub.year if mon < pub.month else pub.year - 1
    if mod == "next":
        return pub.year if mon > pub.month else pub.year + 1
    if mod == "this":
        return pub.year
    if ctx_year is not None:
        return ctx_year
    if future:
        return pub.year if mon >= pub.month else pub.year + 1
    if span_end and mon >= pub.month:  # "the ban runs through June", written in March: this June
        return pub.year
    # the last such month; one or two months ahead in the same year reads as upcoming, unless a deed done is told
    return pub.year if mon <= pub.month or (mon <= pub.month + 2 and not past) else pub.year - 1


def resolve_match(m: regex.Match[str], kind: str, pub: date | None, future: bool,
             ctx_year: int | None = None, landmark: bool = False, anchor: date | None = None,
             span_end: bool = False) -> tuple[str, str] | None:
    """(date, precision) for one grammar match of branch ``kind``, or None when it cannot or should not resolve.

    ``ctx_year`` is a bare year framing the sentence ("In 2023, ... in late November") or the year
    the text gives the same month-day elsewhere; ``anchor`` the last day named before the match;
    ``span_end`` a bare month after "through"/"until".
    """
    g = m.group
    if kind == "abs":
        return _resolve_absolute(m, pub, future, ctx_year, landmark)
    if kind in ("yr", "ym"):
        return g(kind + "_year"), "year"
    if kind == "sea" and g("sea_year"):
        return g("sea_year"), "year"
    if pub is None:
        return None
    if kind == "anc":
        return _resolve_anchored(m, pub, anchor)
    if kind == "sea":
        return f"{_season_year(g('sea_name').lower(), g('sea_mod').lower().split()[-1], pub):04d}", "year"
    if kind == "wk":
        wd = _WEEKDAY_INDEX[g("wk_day")]
        pre = (g("wk_pre") or "").lower().split()
        if pre[:1] in (["last"], ["past"]) or pre[:2] == ["this", "past"]:
            return (pub - timedelta(days=(pub.weekday() - wd) % 7 or 7)).isoformat(), "day"
        if pre[:1] in (["next"], ["coming"]):
            return (pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)).isoformat(), "day"
        if pre == ["this"]:  # that day of the story's own week: "this Saturday" in Tuesday's story is ahead,
            # but "this Sunday" in Monday's is the day before (a story filed past midnight), not six days on
            ahead = wd - pub.weekday()
            return (pub + timedelta(days=ahead - 7 if ahead == 6 else ahead)).isoformat(), "day"
        if future:
            return (pub + timedelta(days=(wd - pub.weekday()) % 7)).isoformat(), "day"
        return resolve_weekday(wd, pub).isoformat(), "day"
    if kind == "rel":
        word = (g("rel_word") or g("rel_day")).lower()
        offset = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}[word]
        return (pub + timedelta(days=offset)).isoformat(), "day"
    if kind == "dom":
        return _resolve_day_of_month(m, pub, future)
    if kind == "hol":
        day = _yearless(*holiday_day(g("hol_name")), pub, future)
        return (day.isoformat(), "day") if day else None
    if kind == "feast":  # its day in the year the yearless reading picks, then in that year
        day = _yearless(*feast_day(g("feast_name"), pub.year), pub, future)
        if day is not None and day.year != pub.year:
            day = calendar_date(day.year, *feast_day(g("feast_name"), day.year))
        return (day.isoformat(), "day") if day else None
    if kind == "per":
        step = {"this": 0, "last": -1, "next": 1}[g("per_rel").lower()]
        unit = g("per_unit").lower()
        if unit == "week":
            return _iso_week(pub + timedelta(weeks=step)), "week"
        if unit == "month":
            return _month_str(pub.year, pub.month, step), "month"
        return f"{pub.year + step:04d}", "year"
    if kind == "ago":
        return _resolve_ago(m, pub)
    if kind not in ("mon", "mpos"):
        return None
    mon = month_number(g(kind + "_name"))
    past = not future and (_PAST_MONTH_BEFORE.search(m.string, max(0, m.start() - 50), m.start()) is not None
                           or _past_clause(m.string, m.start()))
    year = _month_year(mon, (g("mon_mod") or "").lower(), pub, future, ctx_year, span_end, past)
    return f"{year:04d}-{mon:02d}", "month"
