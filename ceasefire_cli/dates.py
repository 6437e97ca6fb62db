"""Date expressions in news prose, resolved against the article's publication date.

News dates are mostly relative ("on Thursday", "earlier this month", "six months ago"), so a date
only means something once anchored to the publication date. One compiled grammar finds the
candidates (run only in small windows around head words that a plain scan finds, for speed); each
match is then resolved with cheap calendar arithmetic. ``dateparser`` is not used: its search
finds the wrong spans on news, and month names are easier to normalise by hand.

Choices worth knowing:

* A bare weekday is the most recent one on or before publication; when the publication date was
  *inferred* (possibly a day early) the weekday just after it is taken as that next day. A clause
  in the future tense ("will meet on Sunday") picks the next occurrence instead.
* A month-day without a year ("Jan. 19") is the current-year date if it is not after publication,
  else last year's if that is at most ~6 months back ("Dec. 30" in a Jan. 3 story); anything
  further back is skipped: writers give the year for older dates, so a yearless old date is
  usually a landmark ("Sept. 11") whose year cannot be computed from the calendar.
* "several/a few/a couple of N ago" resolve with 3 (2 for a couple) at one coarser precision
  (days -> week, weeks -> month, months -> year); "several years ago" is skipped.
* Qualified spans ("nearly two years ago", "more than a year ago") are approximate: skipped.
  Durations ("for 21 months", "60-day", "in the last week") never match.
* A line that holds nothing but a date and publication metadata ("Updated 5:02 p.m. ET",
  "By ...") is the dateline, not an event; so is a wire dateline ("LIMA, May 3 (AP) -").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from datetime import date, timedelta

import regex

from .eventlabel import what_label
from .models import Event
from .textutil import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTH_PATTERN,
    WEEKDAYS,
    calendar_date,
    month_number,
    sentence_span_at,
)

__all__ = ["find_events", "resolve_weekday"]

_WEEKDAY_INDEX = {name: i for i, name in enumerate(WEEKDAYS)}

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
_VAGUE_AMOUNTS = {"several": 3, "few": 3, "couple": 2}
_HOLIDAYS = {"New Year's Eve": (12, 31), "New Year's Day": (1, 1), "Christmas Eve": (12, 24), "Christmas Day": (12, 25)}

# --- grammar ---------------------------------------------------------------------------------
# Gaps are 1-3 horizontal blanks: never a newline, never a long run of blanked boilerplate.
_SP = r"[^\S\n]{1,3}"
_WD = f"(?:{'|'.join(WEEKDAYS)})"
_MONTH_ANY = MONTH_PATTERN  # short name for the grammar below
_MONTH_FULL = f"(?:{'|'.join(MONTH_NAMES)})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d,.:/]\d|\d|%|-\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d%]|[,.]\d|-\d|–\d)"
_NUM = "|".join(sorted((k for k in _NUMBER_WORDS if k not in ("a", "an")), key=len, reverse=True))

_GRAMMAR = regex.compile(
    rf"""
    \b(?=\w)(?:
    (?P<abs>
        (?:\b(?P<abs_wd>{_WD}),?{_SP})?
        (?:
            \b(?P<md_mon>{_MONTH_ANY}){_SP}(?P<md_day>{_DAY})(?:,?{_SP}(?P<md_year>{_YEAR}))?
          | (?<![\d.,])(?P<dm_day>{_DAY}){_SP}(?:of{_SP})?(?P<dm_mon>{_MONTH_ANY})(?!\w)(?:,?{_SP}(?P<dm_year>{_YEAR}))?
          | \b(?P<my_mon>{_MONTH_ANY}),?{_SP}(?:of{_SP})?
            (?:(?P<my_year>{_YEAR})|(?P<my_rel>(?i:last|this|next)){_SP}(?i:year)\b)
          | (?P<iso>(?<![\d-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-]))
        )
    )
  | (?P<yr>
        (?:(?i:early|late){_SP}|(?i:mid)-)?
        (?<=\b(?i:in|since|during|early|late){_SP}|\b(?i:mid)-)
        (?<![\d,.])(?P<yr_year>{_YEAR})
        (?!\w|{_SP}?(?i:percent)\b|{_SP}(?!(?:was|is|as|has|this|his|its|us|across|thus)\b)\p{{Ll}}+s\b)
    )
  | (?P<wk>
        \b(?P<wk_pre>(?i:(?:early|earlier|late|later)(?:{_SP}on)?|on|this{_SP}past|last|past|this|next|coming)
            {_SP})?
        (?<!\b(?i:every|each|most){_SP}|\b(?:Good|Black|Bloody|Super|Ash|Holy|Palm|Maundy|Cyber|Shrove|Whit){_SP})
        (?P<wk_day>{_WD})
        (?!\w|,?{_SP}(?:{_MONTH_ANY}{_SP}\d|\d{{1,2}}(?:st|nd|rd|th)?{_SP}(?:of{_SP})?{_MONTH_ANY}))
        (?!{_SP}(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Star|Night{_SP}Live)\b)
        (?P<wk_post>{_SP}(?i:morning|afternoon|evening|night)\b)?
    )
  | (?P<rel>
        (?<!\b(?i:the|that|one|every|each|a|this|last|next){_SP})
        \b(?:(?P<rel_word>(?i:this|last|yesterday|tomorrow)){_SP}(?i:morning|afternoon|evening|night)
          | (?P<rel_day>(?i:today|tonight|yesterday|tomorrow)))\b
    )
  | (?P<hol>\b(?P<hol_name>New{_SP}Year['’]s{_SP}(?:Eve|Day)|Christmas{_SP}(?:Eve|Day))\b)
  | (?P<per>
        \b(?i:(?P<per_mod>early|earlier|late|later)(?:{_SP}in)?{_SP})?
        (?P<per_rel>(?i:this|last|next))
        {_SP}(?P<per_unit>(?i:week|month|year))(?![\w-])
    )
  | (?P<ago>
        \b(?P<ago_n>(?i:\d{{1,3}}|{_NUM}|an?|several|a{_SP}few|a{_SP}couple(?:{_SP}of)?))
        {_SP}(?P<ago_unit>(?i:day|week|month|year|decade))s?{_SP}(?i:ago)\b
    )
  | (?P<mon>
        (?:(?P<mon_mod>(?i:last|next|this|early|late)){_SP}|(?i:mid)-
          | (?<=\b(?i:in|since|until|by|during|through|from|before|after|of|early|late){_SP}|\b(?i:mid)-))
        (?P<mon_name>{_MONTH_FULL})(?!\w|{_SP}\d|,?{_SP}(?:of{_SP})?(?i:last|this|next){_SP}(?i:year))
    )
    )
    """,
    regex.VERBOSE,
)

# Every grammar branch contains one of these heads; a plain `re` scan for them is ~20x faster
# than running the full grammar at every offset, which then only runs in a window around a head.
# Each alternative opens with a literal character (the word boundary is checked just after it), so
# `re` can skip ahead with a first-character set instead of trying the whole alternation everywhere.
# It finds exactly what r"\b(?:Monday|…|(?i:today|…))\b|(?<!\d)(?:1[89]|20)\d\d(?!\d)" finds.
_HEAD_WORDS = (*WEEKDAYS, *MONTH_NAMES, *MONTH_ABBREVIATIONS, "Christmas")
_HEAD_WORDS_ANY_CASE = "today tonight yesterday tomorrow week month year ago morning afternoon evening night".split()


def _heads_pattern() -> re.Pattern[str]:
    alts: dict[str, list[str]] = {}
    for w in _HEAD_WORDS:
        alts.setdefault(w[0], []).append(w[1:])
    alts.setdefault("N", []).append(r"ew(?=[^\S\n]Year)")
    for w in _HEAD_WORDS_ANY_CASE:  # their first letters have no case variants beyond ASCII
        for c in (w[0], w[0].upper()):
            alts.setdefault(c, []).append(f"(?i:{w[1:]})")
    parts = [rf"{c}(?<!\w.)(?:{'|'.join(v)})\b" for c, v in alts.items()]
    parts += [r"1(?<!\d.)[89]\d\d(?!\d)", r"2(?<!\d.)0\d\d(?!\d)"]
    return re.compile("|".join(parts))


_HEADS = _heads_pattern()
_VALID = re.compile(r"(?!0000)\d{4}(?:-W\d\d|-\d\d(?:-\d\d)?)?")  # years 1-9999 only
_HEAD_REACH = 48  # longest text a branch allows before its head ("a couple of decades ago")
_TAIL_REACH = 96  # window after the head; lookaheads need < 32 chars past a match

# Words in front of a relative span that make it approximate ("nearly two years ago") or a span
# of time rather than a point ("in the last week", "just this week" as a running total).
_QUALIFIED = regex.compile(
    r"(?i:\b(?:nearly|almost|about|around|roughly|approximately|some|over|under|more\s+than|less\s+than"
    r"|fewer\s+than|at\s+least|at\s+most|close\s+to|up\s+to|upwards\s+of|barely|than|the)\s+)$"
)
_CUMULATIVE = regex.compile(r"(?i:\b(?:just|only|so\s+far|already|the|over|throughout)\s+)$")
_USA = regex.compile(r"\bUSA\s+$")
# A month-day used as the name of what happened on it ("the Sept. 11 attacks").
_LANDMARK_NOUN = regex.compile(
    r"(?:,?\s(?:19|20)\d\d,?)?[^\S\n]{1,3}(?i:(?:terror(?:ist)?\s)?(?:attacks?|massacres?|atrocit(?:y|ies)|hijackings?"
    r"|bombings?|assault|onslaught|raid|invasion|anniversary|commission|generation))\b"
)
# A bare year that frames its sentence ("In 2023, a truce in late November ...").
_FRAME_YEAR = regex.compile(r"(?i:in|during|throughout)[^\S\n]{1,3}$")

# Dateline: the rest of the line is publication metadata only.
_META_BEFORE = regex.compile(
    r"(?:\s*(?i:by)\s[^\n]{0,80}?[|•·—–]\s*)?[\s\W]*"
    r"(?:(?i:date|dated|published|updated|last\s+updated|first\s+published|posted|modified|on)\b[\s\W]*)*"
)
_META_AFTER = regex.compile(
    r"(?:[\s\W\d]|(?i:updated|published|posted|modified|at|on|et|edt|est|ct|cdt|cst|pt|pdt|pst|gmt|utc|bst"
    r"|cet|cest|am|pm|a\.m\.?|p\.m\.?|local\s+time|hours?|min(?:ute)?s?\s+ago|read)\b)*"
    r"(?:(?i:by)\b[^\n]*)?"
)
# "GAZA CITY, July 24 (AP) -", "JALALABAD, Afghanistan, Sept 1 (Reuters) -", "MOSCOW, October 17. The ..."
_WIRE_BEFORE = regex.compile(
    r"\s*\p{Lu}[\p{Lu}\s.'’-]*,\s*(?:\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2},\s*)?"
)
_WIRE_AFTER = regex.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[-–—]|\.[ \t]+\p{Lu})")

# Future tense near the date ("will meet on Sunday") unless a reporting verb intervenes.
_FUTURE = regex.compile(
    r"(?i:\b(?:will|won['’]t|shall|(?:is|are)\s+(?:due|set|scheduled|expected|slated|poised|going)\s+to"
    r"|plans?\s+to|to\s+be\s+held)\b)"
)
_MODAL = regex.compile(r"(?i:\b(?:would|might|could)\b)")  # future only before the date, not after it
_REPORTING = regex.compile(
    r"(?i:\b(?:said|says|told|announced|added|stated|reported|wrote|posted|according|confirmed|noted)\b)"
)
_FRONT = regex.compile(r"[\W_]*(?:(?i:on|in|at|by|and|but|then|so)[\W_]*)?")

def resolve_weekday(weekday: int, published: date, *, inferred: bool = False) -> date:
    """The date a bare weekday (Monday=0) means in a story published on ``published``.

    News uses a bare weekday for the past few days, so it is the most recent such day on or before
    publication. An inferred publication date may be a day early, so the day just after it is
    taken at face value rather than pushed back six days.
    """
    back = (published.weekday() - weekday) % 7
    if inferred and back == 6:
        return published + timedelta(days=1)
    return published - timedelta(days=back)


def _iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _month_str(year: int, month: int, delta: int = 0) -> str:
    n = year * 12 + (month - 1) + delta
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def _is_future(text: str, s_start: int, start: int, end: int, s_end: int) -> bool:
    """Whether the date sits in a future-tense clause ("will vote on Sunday", "On Sunday, X will")."""
    before = text[max(s_start, start - 60) : start]
    found = None
    for found in _FUTURE.finditer(before):  # noqa: B007 - want the last one
        pass
    for modal in _MODAL.finditer(before):
        if found is None or modal.start() > found.start():
            found = modal
    if found is not None and not _REPORTING.search(before, found.end()):
        return True
    if _FRONT.fullmatch(text, s_start, start):
        return bool(_FUTURE.search(text, end, min(s_end, end + 50)))
    return False


def _is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the match is the article's own date line (publication metadata, not an event)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    if le < 0:
        le = len(text)
    if _META_BEFORE.fullmatch(text, ls, start) and _META_AFTER.fullmatch(text, end, le):
        return True
    return bool(_WIRE_BEFORE.fullmatch(text, ls, start) and _WIRE_AFTER.match(text, end, le))


def _rejected(m: regex.Match[str], text: str) -> bool:
    """Time phrases that are not points: approximations ("nearly two years ago"), running totals."""
    window = text[max(0, m.start() - 24) : m.start()]
    if m.group("ago") is not None:
        return bool(_QUALIFIED.search(window))
    if m.group("per") is not None:
        return bool(_CUMULATIVE.search(window))
    if m.group("rel_word") is not None:  # "this morning" in a quote: the speaker's, maybe not the story's
        return _in_quote(text, m.start())
    return False


def _in_quote(text: str, start: int) -> bool:
    """Whether ``start`` lies inside a quotation opened earlier on its line."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return line.count('"') % 2 == 1 or line.rfind("“") > line.rfind("”")


def _is_name(m: regex.Match[str], text: str) -> bool:
    """A date word that is part of a name ("USA Today"), not a date at all."""
    return m.group("rel") is not None and bool(_USA.search(text, max(0, m.start() - 8), m.start()))


def _yearless(mon: int, dnum: int, pub: date, future: bool) -> date | None:
    """The date a month-day without a year means in a story published on ``pub``.

    The latest such date on or before publication, if at most ~6 months back; an upcoming one
    (future tense, or at most ~6 weeks ahead, whose past reading would be ~10+ months back).
    """
    day = calendar_date(pub.year, mon, dnum)
    if day is not None and day > pub and (future or (day - pub).days <= 45):
        return day
    if day is None or day > pub:
        prev = calendar_date(pub.year - 1, mon, dnum)
        if prev is None or (pub - prev).days > 183:
            return None
        day = prev
    return day


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
        step = {"this": 0, "last": -1, "next": 1}[g("my_rel").lower()]
        return f"{pub.year + step:04d}-{mon:02d}", "month"
    if g("iso"):
        day = calendar_date(*(int(x) for x in g("iso").split("-")))
    else:
        mon = month_number(g("md_mon") or g("dm_mon"))
        dnum = int((g("md_day") or g("dm_day")).rstrip("stndrh"))
        ytxt = g("md_year") or g("dm_year")
        if ytxt or ctx_year is not None:
            day = calendar_date(int(ytxt) if ytxt else ctx_year, mon, dnum)
        elif pub is None or landmark:
            return None
        else:
            day = _yearless(mon, dnum, pub, future)
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
    n = int(amount) if amount.isdigit() else _NUMBER_WORDS.get(amount, 0)
    if n <= 0:
        return None
    if unit == "day":
        return (pub - timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return _iso_week(pub - timedelta(weeks=n)), "week"
    if unit == "month":
        return _month_str(pub.year, pub.month, -n), "month"
    return f"{pub.year - n * (10 if unit == 'decade' else 1):04d}", "year"


def _resolve(m: regex.Match[str], pub: date | None, inferred: bool, future: bool, ctx_year: int | None = None,
             landmark: bool = False) -> tuple[str, str] | None:
    """(date, precision) for one grammar match, or None when it cannot or should not resolve.

    ``ctx_year`` is a bare year framing the sentence ("In 2023, ... in late November").
    """
    g = m.group
    if g("abs") is not None:
        return _resolve_absolute(m, pub, future, ctx_year, landmark)
    if g("yr") is not None:
        return g("yr_year"), "year"
    if pub is None:
        return None
    if g("wk") is not None:
        wd = _WEEKDAY_INDEX[g("wk_day")]
        pre = (g("wk_pre") or "").lower().split()
        if pre[:1] in (["last"], ["past"]) or pre[:2] == ["this", "past"]:
            return (pub - timedelta(days=(pub.weekday() - wd) % 7 or 7)).isoformat(), "day"
        if pre[:1] in (["next"], ["coming"]):
            return (pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)).isoformat(), "day"
        if future:
            return (pub + timedelta(days=(wd - pub.weekday()) % 7)).isoformat(), "day"
        return resolve_weekday(wd, pub, inferred=inferred).isoformat(), "day"
    if g("rel") is not None:
        word = (g("rel_word") or g("rel_day")).lower()
        offset = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}[word]
        return (pub + timedelta(days=offset)).isoformat(), "day"
    if g("hol") is not None:
        name = " ".join(g("hol_name").replace("’", "'").split())
        day = _yearless(*_HOLIDAYS[name], pub, future)
        return (day.isoformat(), "day") if day else None
    if g("per") is not None:
        step = {"this": 0, "last": -1, "next": 1}[g("per_rel").lower()]
        unit = g("per_unit").lower()
        if unit == "week":
            return _iso_week(pub + timedelta(weeks=step)), "week"
        if unit == "month":
            return _month_str(pub.year, pub.month, step), "month"
        return f"{pub.year + step:04d}", "year"
    if g("ago") is not None:
        return _resolve_ago(m, pub)
    mon = month_number(g("mon_name"))
    mod = (g("mon_mod") or "").lower()
    if mod == "last":
        year = pub.year if mon < pub.month else pub.year - 1
    elif mod == "next":
        year = pub.year if mon > pub.month else pub.year + 1
    elif mod == "this":
        year = pub.year
    elif ctx_year is not None:
        year = ctx_year
    elif future:
        year = pub.year if mon >= pub.month else pub.year + 1
    else:  # the last such month; one or two months ahead in the same year reads as upcoming
        year = pub.year if mon <= pub.month + 2 else pub.year - 1
    return f"{year:04d}-{mon:02d}", "month"


def _matches(text: str) -> Iterator[regex.Match[str]]:
    """What ``_GRAMMAR.finditer(text)`` yields, searching only in windows around head words."""
    done = 0
    n = len(text)
    for head in _HEADS.finditer(text):
        h = head.start()
        if h < done:
            continue
        lo = max(done, h - _HEAD_REACH, text.rfind("\n", 0, h) + 1)
        line_end = text.find("\n", h)
        if line_end < 0:
            line_end = n
        hi = min(line_end, head.end() + _TAIL_REACH)
        m = _GRAMMAR.search(text, lo, hi)
        if m is not None and hi < line_end and m.end() > hi - _TAIL_REACH // 3:
            m = _GRAMMAR.search(text, lo, line_end)
        while m is not None and m.end() <= h:
            yield m
            done = m.end()
            m = _GRAMMAR.search(text, done, hi)
        if m is not None and m.start() <= h:
            yield m
            done = m.end()


def find_events(text: str, published: date | None, *, inferred: bool = False) -> list[Event]:
    """Every date expression in ``text`` resolved against ``published``, sorted by offset.

    Without a publication date only expressions that carry their own year resolve.
    """
    found = [m for m in _matches(text) if not _is_name(m, text)]
    starts = [m.start() for m in found]
    events: list[Event] = []
    frame: tuple[int, int] | None = None  # (sentence start, year) of the last framing bare year
    for m in found:
        start, end = m.span()
        if _rejected(m, text) or _is_dateline(text, start, end):
            continue
        s_start, s_end = sentence_span_at(text, start)
        if not s_start <= start < end <= s_end:
            s_start, s_end = start, end
        future = published is not None and _is_future(text, s_start, start, end, s_end)
        if frame is not None and frame[0] != s_start:
            frame = None
        yearless = m.group("md_mon") or m.group("dm_mon") or m.group("mon")
        ctx_year = frame[1] if frame is not None and yearless else None
        if m.group("yr") is not None and _FRAME_YEAR.search(text, max(0, start - 12), start):
            frame = (s_start, int(m.group("yr_year")))
        landmark = bool((m.group("md_mon") or m.group("dm_mon")) and _LANDMARK_NOUN.match(text, end))
        try:
            resolved = _resolve(m, published, inferred, future, ctx_year, landmark)
        except OverflowError:  # a relative date next to date.min / date.max
            continue
        if resolved is None or not _VALID.fullmatch(resolved[0]):
            continue
        sentence = text[s_start:s_end]
        others = [
            (o.start() - s_start, o.end() - s_start)
            for o in found[bisect_left(starts, s_start) : bisect_left(starts, s_end)]
            if o is not m and o.end() <= s_end
        ]
        expr = text[start:end]
        events.append(
            Event(
                start=start,
                end=end,
                text=expr,
                sentence=sentence,
                date=resolved[0],
                expression=expr,
                what=what_label(sentence, (start - s_start, end - s_start), others),
                precision=resolved[1],
            )
        )
    return events
