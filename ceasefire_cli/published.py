"""Publication dates: the header-date patterns ingest recognises ("July 24, 2025", "Published: 3
May 2024 08:14 IST"), a metadata date normalised to YYYY-MM-DD, ``--date``, and the dates inferred
for articles that state none (the date most of the folder agrees on).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import regex

from . import patterns
from .models import Article
from .textutil import (
    HOLIDAY_PATTERN,
    MONTH_PATTERN,
    WEEKDAYS,
    calendar_date,
    holiday_day,
    month_number,
    sentence_spans,
)

# --------------------------------------------------------------------------- dates

_MONTH = MONTH_PATTERN  # used case-insensitively here, like everything in the header patterns
_WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
_DATE = (
    rf"(?:(?P<mon>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH}),?\s+(?P<year2>\d{{4}})"
    # year first, with dashes, dots or slashes: "2024-03-05T09:40Z", a wire page's "2024.03.05 09:40", "2024/03/05"
    r"|(?P<iy>\d{4})[-./](?P<im>\d{2})[-./](?P<id>\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)(?!\d)"
)
_DATE_NC = re.sub(r"\?P<\w+>", "?:", _DATE)  # same pattern without group names, for repeats
_LABEL = (r"(?:date|published|posted|updated|last\s+updated|first\s+published|publication\s+date)"
          r"(?:\s+(?:on|at))?\s*:?\s*")  # "Posted at 7:15 AM, Jun 3, 2024": a clock time may follow
# What may follow a header date on its own line: times, zones, "Updated ...", more dates.
_TAIL_TOKEN = (  # whole tokens: no backtracking blow-up; a number may run into a word ("GMT+1Updated")
    r"(?:\d{1,2}(?:[:.]\d{2})?(?!\d)"
    rf"|(?:{_DATE_NC}|{_MONTH}|{_WEEKDAY}|[ap]\.?m\.?|(?-i:[A-Z]{{2,5}})"
    r"|updated|last|published|posted|on|at|ago|hours?|minutes?|mins?|read|listen)(?!\w))"
)
_ZONE = r"(?:\s*(?-i:[A-Z]{2,4})(?:[+-]\d{1,2}(?::?\d{2})?)?)"  # "EDT", "GMT+2"
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"  # "5:02 PM", "08:14", "9 a.m."
_TIME = rf"(?:{_CLOCK}{_ZONE}?,?\s+)"  # "5:02 PM EDT, " / "08:14 IST, " before a date
# A page's section name before its date line: "World | September 13, 2023", "Business · 3 May 2024".
_SECTION = r"(?:(?-i:[A-Z])[A-Za-z&' ]{1,24}?\s*[|·•]\s*)?"
_DATE_LINE = patterns.compile(
    rf"{_SECTION}(?:{_LABEL})?{_TIME}?(?:{_WEEKDAY},?\s+)?{_DATE}(?:[\s,.|/·•–—:()+-]*{_TAIL_TOKEN})*[\s,.|/·•–—:()+-]*",
    re.IGNORECASE,
)
_DATE_PREFIX = patterns.compile(
    rf"{_SECTION}(?:{_LABEL})?{_TIME}?(?:{_WEEKDAY},?\s+)?{_DATE}\s*[|·•,–—-]?\s*", re.IGNORECASE)
_DATE_ANY = patterns.compile(_DATE, re.IGNORECASE)
# A labelled date opening a line that goes on with other text: a page export's " date 2025-03-28 Headline"
# or "Published: 3 May 2024 08:14 IST The council ...". The label makes it metadata, not the story's
# words; a clock time (and its zone) after the date belongs to it, anything else is the line's own text.
_LABELLED_PREFIX = patterns.compile(
    rf"{_LABEL}{_TIME}?(?:{_WEEKDAY},?\s+)?{_DATE}(?:,?\s+(?:at\s+)?{_CLOCK}{_ZONE}?)?(?![\w:])[\s|·•,–—-]*",
    re.IGNORECASE,
)

# a page export's first line that opens with the date the page gives (after its numeric form, "05/03/2024"), then
# runs on into the headline: "05/03/2024 May 3, 2024 Ferry fares rise again"
_OPENING_DATE = patterns.compile(
    rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{4}}\s+)?{_DATE}(?:,?\s+{_CLOCK})?\s+(?=\p{{Lu}})", re.IGNORECASE)


def is_date_line(line: str) -> bool:
    """Whether a line holds nothing but a date and what pages print around one (a label, a clock time)."""
    return len(line) <= 120 and _DATE_LINE.fullmatch(line) is not None


def _date_from_match(m: regex.Match[str]) -> str | None:
    """YYYY-MM-DD from a ``_DATE`` match, or None if the calendar date does not exist."""
    if m.group("iy"):
        d = calendar_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    elif m.group("mon"):
        d = calendar_date(int(m.group("year")), month_number(m.group("mon")), int(m.group("day")))
    else:
        d = calendar_date(int(m.group("year2")), month_number(m.group("mon2")), int(m.group("day2")))
    return d.isoformat() if d else None


def normalize_date(value: Any) -> str | None:
    """An explicit date value (metadata, JSON) as YYYY-MM-DD, or None if it is not a date.

    Common written forms are handled here; anything else goes to dateparser (imported lazily:
    it is slow to import and rarely needed).
    """
    if value is None:
        return None
    s = str(value).strip()
    if not s:
        return None
    m = _DATE_ANY.match(s)
    if m:
        return _date_from_match(m)
    import dateparser  # lazy on purpose

    parsed = dateparser.parse(s, settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None



# --------------------------------------------------------------------------- date inference

# `regex`, not `re`: it skips to where a weekday can start (4x faster over a 5 MB corpus)
_WEEKDAY_MENTION = patterns.compile(rf"\b({'|'.join(WEEKDAYS)})\b")


# dates all within this many days are one spell of coverage even when no majority agrees to the day: an
# undated article takes the likeliest of them (tuning: Derna's two stated dates, two days apart, left ten
# articles undated and its events F1 at .35)
COVERAGE_DAYS = 7
AGREE_DAYS = 1  # dates this close count as agreeing: coverage of one day is filed either side of midnight
WEEK_BACK_DAYS = 7  # days back from the consensus an undated article's weekdays may place it: the week before


def parse_reference_date(value: str) -> date:
    """A ``--date`` value (YYYY-MM-DD) as a date; ValueError with a one-line message otherwise."""
    v = value.strip()
    d = calendar_date(int(v[:4]), int(v[5:7]), int(v[8:])) if re.fullmatch(r"\d{4}-\d\d-\d\d", v) else None
    if d is None:
        shown = v if len(v) <= 40 else v[:40] + "..."
        raise ValueError(f"--date {shown!r} is not a calendar date; expected YYYY-MM-DD, e.g. 2025-03-28")
    return d


# Reads the days that the weekdays of each (cleaned text, story day) pair name; one call for a batch of
# pairs, so a caller (the pipeline's cache) can look them all up at once.
WeekdayReader = Callable[[Sequence[tuple[str, date]]], list[list[date]]]


def _stated(a: Article) -> bool:
    """Whether an article states its date (metadata, its text, ``--date``): not one inferred or only guessed."""
    return bool(a.published) and a.published_source in ("metadata", "text", "option")


def _stated_dates(articles: list[Article]) -> list[date]:
    """The dates articles state."""
    return [date.fromisoformat(a.published) for a in articles if _stated(a)]  # type: ignore[arg-type]


def infer_dates(articles: list[Article], reference_date: date | None = None,
                read_days: WeekdayReader | None = None, months: MonthDaysRead | None = None) -> list[Article]:
    """Fill in ``published`` for undated articles; a stated date (metadata, text) is never replaced.

    With a ``reference_date`` (``--date``) every undated article gets it, source ``option``.
    Otherwise the cluster's consensus is used, source ``inferred``: the most common stated date
    (ties: the earliest), provided most stated dates agree with it (more than half lie within
    ``AGREE_DAYS`` of it); a folder whose dates scatter gets no inferred date. An undated article
    gets the consensus unless its weekday mentions point clearly elsewhere: if its most-mentioned
    weekday W is none of the consensus day's weekday or the days either side, W is mentioned at
    least twice and more often than those three weekdays together, it gets the date with weekday W
    in the six days before the consensus (coverage written earlier in the week), or in the six days
    after it if that puts more of its weekdays on days the dated articles speak of (a follow-up
    written later: its "Friday" is the Friday they all name, not the one before); where neither does,
    the nearer of the two (a "Tuesday" three days after a Saturday, not four before), but never back before a
    day of that week the article tells of as past ("the New Year's Day quake", "the July 20 flood"). Dates inferred by
    an earlier call are not evidence, so calling this again changes nothing. A page date that
    htmldate only guessed from the body (source ``guessed``) neither counts towards the consensus
    nor beats it; with no consensus it is kept, as ``inferred``. ``read_days`` replaces
    ``read_weekday_days`` (the pipeline's, from its cache) and must give the same days; ``months`` keeps
    each text's month-days as read, for ``settle_years`` to read them once.
    """
    read_days = read_days or read_weekday_days
    articles = _complete_datelines(articles, reference_date)
    if reference_date is not None:
        ref = reference_date.isoformat()
        return [a if a.published and a.published_source != "guessed" else
                replace(a, published=ref, published_source="option") for a in articles]
    stated_all = _stated_dates(articles)
    consensus = _consensus(stated_all)
    anchored = _anchored(articles) if consensus is None else {}
    if consensus is None and not anchored and stated_all and any(not a.published for a in articles) \
            and (max(stated_all) - min(stated_all)).days <= STORY_SPAN_DAYS:
        # dates that scatter over one story's coverage (first reports, follow-ups weeks on) and no day the
        # undated ones name: they are read as first coverage, on the earliest stated day, their weekdays
        # moving them as above (a folder whose dates lie months apart mixes stories: no date is right)
        consensus = min(stated_all)
    out = []
    spoken: Counter[date] | None = None  # the days the dated articles' weekdays name, counted once
    stated: list[date] = []  # ... and the days they carry, near the consensus
    earlier: list[date] = []  # ... and the days of the week before that they speak of
    for i, a in enumerate(articles):
        if a.published and a.published_source != "guessed":
            out.append(a)
        elif i in anchored:
            out.append(replace(a, published=anchored[i].isoformat(), published_source="inferred"))
        elif consensus is None:  # a date htmldate only guessed is kept, as inferred, when nothing beats it
            out.append(replace(a, published_source="inferred" if a.published else "none"))
        else:
            if spoken is None:
                spoken = _days_named(articles, read_days) + _days_dated_tell(articles, consensus, months)
                stated = sorted({d for d in stated_all if abs((d - consensus).days) <= COVERAGE_DAYS})
                earlier = _days_spoken_before(consensus, spoken)
            adjusted = _weekday_adjusted(a.clean, consensus, spoken)
            told = _days_told(a.clean, consensus, months)
            if adjusted < max((d for d in told if d <= consensus), default=adjusted):
                adjusted += timedelta(days=7)  # "five days after the New Year's Day quake, rescuers on Saturday":
                # the Saturday after that day, not the one before it
            adjusted = _best_fit(a.clean, [adjusted, *(d for d in [*stated, *earlier] if d != adjusted)], spoken,
                                 read_days)
            floor = max((d for d in told if d > consensus), default=None)
            if floor is not None and floor > adjusted:  # it tells of a later day as past: it was filed since
                adjusted = _best_fit(a.clean, [floor, *(d for d in stated if d > floor)], spoken, read_days)
            out.append(replace(a, published=adjusted.isoformat(), published_source="inferred"))
    return out


# a day of a month without its year, either way round: "Nov 2", "14 October" (its groups: _month_day)
_MONTH_DAY_ALT = (rf"(?:(?P<mon>{MONTH_PATTERN})[^\S\n]+(?P<day>\d{{1,2}})"
                  rf"|(?P<day2>\d{{1,2}})[^\S\n]+(?P<mon2>{MONTH_PATTERN}))")


def _month_day(m: regex.Match[str]) -> tuple[int, int]:
    """(month, day) of a ``_MONTH_DAY_ALT`` match."""
    return month_number(m.group("mon") or m.group("mon2")), int(m.group("day") or m.group("day2"))


# A wire dateline that gives the day but not the year: "NEW YORK, Nov 2 (Reuters) -", "ATHENS, March 2
# (Xinhua) --", "GAZA CITY, 14 October —", "Lagos, June 3:", or without a place when the agency follows:
# "June 3 (AFP) --".
# The day is the day the story was filed.
_DATELINE_DAY = patterns.compile(
    r"^[^\S\n]*(?P<place>(?:\p{Lu}[\p{L}.'’-]*[^\S\n]){0,3}\p{Lu}[\p{L}.'’-]*,[^\S\n]+)?"
    + _MONTH_DAY_ALT +
    r"(?![\d,]|[^\S\n]+\d)[^\S\n]*"
    r"(?(place)(?:\([^()\n]{2,40}\)[^\S\n]*)?|\([^()\n]{2,40}\)[^\S\n]*)"  # no place: the agency is needed
    r"(?:--|—|–|-|:)[^\S\n]",
    regex.M,
)
DATELINE_LINES = 6  # a dateline opens the story: only the first lines of the text are looked at
DATELINE_NEAR_DAYS = 183  # a yearless dateline takes the year that puts it within half a year of the folder's date
_YEAR_MENTION = patterns.compile(r"(?<![\d,.$£€-])(?:19[5-9]\d|20\d\d)(?![\d%]|[,.]\d)")
YEAR_SPAN_MAX = 6  # years mentioned across the folder, from the first to one after the last, tried at most


def _dateline_day(clean: str) -> tuple[int, int] | None:
    """(month, day) of a yearless wire dateline in the first lines of the text."""
    head_end = 0
    for _ in range(DATELINE_LINES):
        nl = clean.find("\n", head_end + 1)
        if nl < 0:
            head_end = len(clean)
            break
        head_end = nl
        while head_end + 1 < len(clean) and clean[head_end + 1] == "\n":
            head_end += 1
    return _dateline_at_line_start(clean, head_end + 1)


def _dateline_at_line_start(clean: str, end: int) -> tuple[int, int] | None:
    """``_DATELINE_DAY.search(clean, 0, end)``, tried only where it can match: its ``^`` holds at line starts
    alone, and the search tried every position (2,400 undated heads: 0.12 -> 0.06 s, in the parent while
    workers wait)."""
    start = 0
    while start < end:
        m = _DATELINE_DAY.match(clean, start, end)
        if m is not None:
            return _month_day(m)
        nl = clean.find("\n", start, end)
        if nl < 0:
            return None
        start = nl + 1
    return None


def _dateline_year(month: int, day: int, anchor: date | None, clean: str, years: list[int]) -> date | None:
    """The calendar day of a yearless dateline: the one within half a year of ``anchor`` (the folder's date
    or ``--date``); with no anchor, the one year among those the folder mentions (first to one after the
    last) on which that day is the weekday the story names most."""
    if anchor is not None:
        for y in (anchor.year, anchor.year - 1, anchor.year + 1):
            d = calendar_date(y, month, day)
            if d is not None and abs((d - anchor).days) <= DATELINE_NEAR_DAYS:
                return d
        return None
    if not years or max(years) + 2 - min(years) > YEAR_SPAN_MAX:
        return None
    top = _top_weekday(_weekday_mentions(clean))
    if top is None:
        return None
    fits = [d for y in range(min(years), max(years) + 2)
            if (d := calendar_date(y, month, day)) is not None and d.weekday() == top]
    return fits[0] if len(fits) == 1 else None


def _complete_datelines(articles: list[Article], reference_date: date | None) -> list[Article]:
    """Date undated articles whose wire dateline gives the day without the year (source ``text``: the day
    is the article's own). Datelines completed here are not evidence for one another."""
    days = [None if a.published and a.published_source != "guessed" else _dateline_day(a.clean) for a in articles]
    if not any(days):
        return articles
    anchor = reference_date or _consensus(_stated_dates(articles))
    years: list[int] = []
    if anchor is None:
        years = sorted({int(y) for a in articles for y in _YEAR_MENTION.findall(a.clean)})
    out = []
    for a, md in zip(articles, days, strict=True):
        d = _dateline_year(*md, anchor, a.clean, years) if md else None
        out.append(replace(a, published=d.isoformat(), published_source="text") if d else a)
    return out


_RELATIVE_DAY = patterns.compile(rf"\b(?:{'|'.join(WEEKDAYS)}|yesterday|today|tonight|tomorrow)\b", regex.I)


def undated_note(articles: list[Article]) -> str | None:
    """What to tell the user when articles that name days only relative to when they were written ("on
    Thursday", "yesterday") show no date and none could be inferred: those days are left out, and the
    user alone knows the day to give with ``--date``."""
    n = sum(not a.published and _RELATIVE_DAY.search(a.clean) is not None for a in articles)
    if not n:
        return None
    return (f"{n} of {len(articles)} article(s) show no date and none could be inferred from the others: their "
            "relative dates ('on Thursday', 'yesterday') are left out; give the day with --date YYYY-MM-DD")


# A copyright notice's year is the year a page was published: "(Copyright 2025 The Associated Press)", "© 2024".
_COPYRIGHT = patterns.compile(r"(?i:\bcopyright|\(c\)|©)[^\S\n]*(?:©[^\S\n]*)?((?:19|20)\d\d)(?![\d-])")
_MONTH_DAY = patterns.compile(
    r"\b" + _MONTH_DAY_ALT +
    r"(?:st|nd|rd|th)?(?![\d\w]|,?[^\S\n]*\d)"  # no year after it: "Jan. 29", not "Jan. 29, 2020"
)
_HOLIDAY = patterns.compile(rf"\b{HOLIDAY_PATTERN}\b")  # "New Year's Day": a day of the year, named
# ... and with its year: a day the folder names in its latest year ("On Thursday, March 14, 2030") is the story's as
# much as one named without it (a day of an earlier year is history: "the war began on March 14, 2027")
_MONTH_DAY_YEAR = patterns.compile(r"\b" + _MONTH_DAY_ALT + r"(?:st|nd|rd|th)?,?[^\S\n]+(?P<year>(?:19|20)\d\d)\b")
ANCHOR_MIN_ARTICLES = 2  # articles naming one yearless day before it is the story's day (one alone may be a side note)
# days after the story's day that an article's weekdays may date it to: coverage follows within days, and a
# "Sunday" named after a Wednesday crash is more likely the Sunday before it (a game the victims came from)
FOLLOW_DAYS = 3


def _anchored(articles: list[Article]) -> dict[int, date]:
    """Dates for the undated articles of a folder where none states a date: the day of the year that most of
    them name without a year or in the latest year the folder writes ("Jan. 29", "New Year's Day", "Jan. 29,
    2030", in at least ``ANCHOR_MIN_ARTICLES``) is the
    story's day, in the year a copyright notice gives (the latest one in the folder), else in the year
    (the latest the folder mentions, or the one after it) on which that day is the weekday the folder names
    most; each article is dated to the latest day up to ``FOLLOW_DAYS`` after it that the article names by
    its weekday (written after a Wednesday crash, it speaks of "Thursday" and "Friday"), else to that day.
    {} when no year or no such day is found."""
    undated = [i for i, a in enumerate(articles) if not a.published or a.published_source == "guessed"]
    full = {i: [(int(m["year"]), *_month_day(m)) for m in _MONTH_DAY_YEAR.finditer(articles[i].clean)]
            for i in undated}
    latest = max((int(y) for i in undated for y in _YEAR_MENTION.findall(articles[i].clean)), default=None) \
        if any(full.values()) else None  # (read only where a day is named with its year)
    named: Counter[tuple[int, int]] = Counter()
    for i in undated:
        named.update({_month_day(m) for m in _MONTH_DAY.finditer(articles[i].clean)}
                     | {holiday_day(m.group()) for m in _HOLIDAY.finditer(articles[i].clean)}
                     | {(mon, day) for y, mon, day in full[i] if y == latest})  # "14 Mar 2030" names the day too
    if not named:
        return {}
    (month, day), n = min(named.items(), key=lambda kv: (-kv[1], kv[0]))
    year = _story_year(articles, undated, month, day)
    story_day = calendar_date(year, month, day) if year else None
    if story_day is None or n < min(ANCHOR_MIN_ARTICLES, len(undated)) or story_day > date.max - timedelta(days=7):
        return {}
    out = {}
    for i in undated:
        weekdays = _weekday_mentions(articles[i].clean)
        out[i] = max((d for k in range(FOLLOW_DAYS + 1) if (d := story_day + timedelta(days=k)).weekday() in weekdays),
                     default=story_day)
    return out


# a year the folder writes once, more than this many years before the latest it writes, is history it compares the
# story with ("the strongest storm since 1987"), not the story's own year
HISTORY_YEARS = 10
# days from a dated article within which the story's day, named without a year, lies in that article's year
NEAR_STATED_DAYS = 60
# the longest a folder's stated dates may spread for its undated articles to be read as its first coverage: one
# story's follow-ups come within weeks (one tuning cluster's dated articles spread over 37 days)
STORY_SPAN_DAYS = 45


def _story_year(articles: list[Article], undated: list[int], month: int, day: int) -> int | None:
    """The year of the story's day: the year within ``NEAR_STATED_DAYS`` of a dated article's date; else the
    latest a copyright notice gives; else, of the years the folder mentions, the one that puts the day on the
    weekday the undated articles name most (at least twice, more than any other), the most mentioned of several
    (a story's own year is written more often than the year a release is due), else the year after the latest
    (a story need not write its own year: "since 2024"); a year written once, ``HISTORY_YEARS`` before the
    latest or more, is never the story's."""
    stated = _stated_dates(articles)
    near = [y for y in sorted({s.year for s in stated} | {s.year - 1 for s in stated})
            if (d := calendar_date(y, month, day)) is not None and any(abs((d - s).days) <= NEAR_STATED_DAYS
                                                                       for s in stated)]
    if near:
        return near[-1]  # the folder's dated articles, whose dates scatter too much to date the rest, give its year
    years = [int(y) for a in articles for y in _COPYRIGHT.findall(a.text)]
    if years:
        return max(years)
    mentioned = Counter(int(y) for a in articles for y in _YEAR_MENTION.findall(a.clean))
    top = _top_weekday(sum((_weekday_mentions(articles[i].clean) for i in undated), Counter()), least=2)
    if not mentioned or top is None:
        return None
    latest = max(mentioned)
    fits = [y for y in (*mentioned, latest + 1)
            if (d := calendar_date(y, month, day)) is not None and d.weekday() == top
            and not (mentioned[y] == 1 and latest - y > HISTORY_YEARS)]
    return max(fits, key=lambda y: (mentioned[y], y), default=None)


def _top_weekday(mentions: Counter[int], least: int = 1) -> int | None:
    """The weekday named most, at least ``least`` times; None when none is, or two are named equally often."""
    top = mentions.most_common(2)
    if not top or top[0][1] < least or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


# a weekday of another week: "last Wednesday's election", "next Monday" (never the day a story is filed on)
_OTHER_WEEK_BEFORE = patterns.compile(r"\b(?:last|next|this[ ]past|this[ ]coming|previous|following)[ ]$", regex.I)


def _weekday_mentions(clean: str, own_week: bool = False) -> Counter[int]:
    """The weekdays an article names; ``own_week``: only those of its own week (not "last Wednesday")."""
    return Counter(WEEKDAYS.index(m.group(1)) for m in _WEEKDAY_MENTION.finditer(clean)
                   if not (own_week and _OTHER_WEEK_BEFORE.search(clean, max(0, m.start() - 12), m.start())))


def _last_weekday(weekday: int, on: date) -> date:
    """The latest day with ``weekday`` on or before ``on``: what a bare weekday in a story of that day means."""
    return on - timedelta(days=(on.weekday() - weekday) % 7)


def _days_named(articles: list[Article], read_days: WeekdayReader) -> Counter[date]:
    """For each day, how many articles with a stated date name it by its weekday, each weekday read as the
    event extractor reads it: "the strike will start on Wednesday" in Monday's story is the Wednesday ahead."""
    pairs = []
    for a in articles:
        if _stated(a):
            on = date.fromisoformat(a.published)  # type: ignore[arg-type]
            if on >= date.min + timedelta(days=7) and _WEEKDAY_MENTION.search(a.clean):
                pairs.append((a.clean, on))
    days: Counter[date] = Counter()
    for named in read_days(pairs):
        days.update(set(named))
    return days


def _days_dated_tell(articles: list[Article], consensus: date, months: MonthDaysRead | None) -> Counter[date]:
    """For each day, how many articles with a stated date tell of it by month and day as past ("the vote
    held on 19 July"): a day the story speaks of as surely as one it names by its weekday."""
    days: Counter[date] = Counter()
    for a in articles:
        if _stated(a):
            days.update(set(_days_told(a.clean, consensus, months)))
    return days


def _weekday_sentences(clean: str) -> str:
    """The sentences that name a weekday, one per line: all the event extractor needs to read them, at a
    fraction of the cost of the whole text."""
    return "\n".join(clean[lo:hi] for lo, hi in sentence_spans(clean) if _WEEKDAY_MENTION.search(clean, lo, hi))


def read_weekday_days(pairs: Sequence[tuple[str, date]]) -> list[list[date]]:
    """For each (text, day ``on``), the days the weekdays in the text name in a story of day ``on``, read
    with their tense."""
    from .dates import find_events  # the extractor's reading of tense; loaded only for undated articles

    sentences: dict[str, str] = {}  # one text's sentences once, however many days it is read for (_best_fit)
    for clean, _ in pairs:
        if clean not in sentences:
            sentences[clean] = _weekday_sentences(clean)
    return [[date.fromisoformat(e.date) for e in find_events(sentences[clean], on)
             if e.precision == "day" and _WEEKDAY_MENTION.search(e.text)] for clean, on in pairs]


def _days_spoken_before(consensus: date, spoken: Counter[date]) -> list[date]:
    """The days of the week before the consensus that the dated articles speak of, and the day after each: when
    an undated article may be first coverage of a day a lone follow-up calls "last Wednesday" (its "Wednesday
    night" and "early Thursday" fall there, not on the follow-up's coming Wednesday)."""
    days = {d + timedelta(days=k) for d in spoken if 2 <= (consensus - d).days <= WEEK_BACK_DAYS for k in (0, 1)}
    return sorted(d for d in days if d < consensus)


def _best_fit(clean: str, candidates: list[date], spoken: Counter[date], read_days: WeekdayReader) -> date:
    """Of the days an undated article may be from (first the weekday rule's choice, then the days the dated
    articles carry), the one on which most of its weekdays, read as the event extractor reads them (tense
    and all: "began on Wednesday", "until Monday"), fall on days the dated articles speak of; the first
    on a tie. A story filed on the strike's first day is not Monday's because Monday's is the earliest."""
    if len(candidates) < 2 or not _WEEKDAY_MENTION.search(clean):
        return candidates[0]
    scores = [sum(spoken[d] > 0 for d in named) for named in read_days([(clean, on) for on in candidates])]
    return candidates[scores.index(max(scores))]


_TOLD_DAY = patterns.compile(_MONTH_DAY_ALT + r"(?!\d)", regex.I)
# a year after the day ("Aug. 2, 2024", "Aug. 2 last year"): the day is of that year, not the folder's
_TOLD_YEAR = patterns.compile(
    r"(?:st|nd|rd|th)?,?[^\S\n]*(?:(?P<year>(?:19|20)\d\d)(?!\d)|(?:of[^\S\n]+)?last[^\S\n]+year\b)", regex.I)
_TOLD_CAP = 20_000  # characters of an article read for the days it tells of
# the stems that open every month's name, found by str.find: with them, the days an article tells of are read in
# 0.04 ms an article instead of 0.28 (the month-day pattern run over the whole text)
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_REACH = 14  # characters from a month's stem to the end of its day: "ember 16" of "September 16"
_DAY_REACH = 4  # ... and from a day before the month to its stem: "16 " of "16 September"


def _month_stems(low: str) -> list[int]:
    """Where a month's stem opens a word in lower-cased text, in order."""
    found = []
    for stem in _MONTH_STEMS:
        i = low.find(stem)
        while i != -1:
            if i == 0 or not low[i - 1].isalnum():
                found.append(i)
            i = low.find(stem, i + 3)
    return sorted(found)


# a month-day an article names: (start, end, (month, day), the year written after it: None for none, 0 for "last year")
MonthDay = tuple[int, int, tuple[int, int], int | None]
MonthDaysRead = dict[str, list[MonthDay]]  # each text's month-days (``_days_of_months``), by text


def _days_of_months(clean: str, months: MonthDaysRead | None = None) -> list[MonthDay]:
    """Each month-day an article names in its first ``_TOLD_CAP`` characters. Read once per text with
    ``months``: dating reads them twice (the days told of, the years settled), 0.08 ms an article each."""
    if months is not None and (known := months.get(clean)) is not None:
        return known
    cap = min(len(clean), _TOLD_CAP)
    seen = -1
    found = []
    for at in _month_stems(clean[:cap].lower()):  # read only around a month's name: the big pattern is slow
        m = _TOLD_DAY.search(clean, max(seen + 1, at - _DAY_REACH), min(cap, at + _MONTH_REACH))
        if m is None or m.start() <= seen:
            continue
        seen = m.start()
        y = _TOLD_YEAR.match(clean, m.end())
        found.append((m.start(), m.end(), _month_day(m), None if y is None else int(y["year"] or 0)))
    if months is not None:
        months[clean] = found
    return found


def _days_told(clean: str, consensus: date, months: MonthDaysRead | None = None) -> list[date]:
    """The days an undated article tells of as past, by month-day ("a street still flooded on May 9", in a caption
    or the text) or holiday ("the New Year's Day quake"), from the week before the folder's consensus to
    ``STORY_SPAN_DAYS`` after it: the article was filed on the latest of them or later (read once for both uses)."""
    from .dates import told_ahead  # the extractor's reading of tense, as read_weekday_days uses it

    found = [(start, end, year, md) for start, end, md, year in _days_of_months(clean, months)]
    found += [(m.start(), m.end(), None, holiday_day(m.group()))
              for m in _HOLIDAY.finditer(clean, 0, min(len(clean), _TOLD_CAP))]
    lo = consensus - timedelta(days=min(WEEK_BACK_DAYS, (consensus - date.min).days))
    hi = consensus + timedelta(days=min(STORY_SPAN_DAYS, (date.max - consensus).days))
    return [d for start, end, year, (mon, day) in found
            if (d := calendar_date(consensus.year if year is None else year or consensus.year - 1, mon, day))
            is not None and lo <= d <= hi
            and not told_ahead(clean, start, end)]  # "the vote will be held on May 9": not yet


def settle_years(articles: list[Article], months: MonthDaysRead | None = None) -> list[Article]:
    """Give each article the year the folder states for the month-days it names without one: "after the
    August 14 flood", months on, is the day another article writes "August 14, 2023" (``told_years``; the
    extractor reads it only for a day it would otherwise skip, an old one). A month-day stated with two
    different years settles nothing."""
    stated: dict[tuple[int, int], set[int]] = {}
    bare: list[set[tuple[int, int]]] = []
    for a in articles:
        named = set()
        for _, _, md, year in _days_of_months(a.clean, months):
            if year:
                stated.setdefault(md, set()).add(year)
            elif year is None:
                named.add(md)
        bare.append(named)
    settled = {k: next(iter(ys)) for k, ys in stated.items() if len(ys) == 1}
    return [replace(a, told_years=tuple(sorted((*k, settled[k]) for k in named if k in settled)))
            if not named.isdisjoint(settled) else a for a, named in zip(articles, bare, strict=True)]


def _shifted(d: date, days: int) -> date | None:
    """``d`` moved by ``days``, or None past the calendar's ends (a page may state 9999-12-31)."""
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return None


def _consensus(stated: list[date]) -> date | None:
    """The most common stated date (ties: the earliest) if more than half of ``stated`` lie within
    ``AGREE_DAYS`` of it; else the date with most stated dates that near it, if that is more than half
    (coverage filed on the 1st, 2nd, 3rd and 4th is a story of the 2nd) or if all lie within
    ``COVERAGE_DAYS``; else None."""
    if not stated:
        return None
    counts = Counter(stated)
    window = range(-AGREE_DAYS, AGREE_DAYS + 1)  # linear in the dates: a big folder states many
    near = {d: sum(counts.get(e, 0) for k in window if (e := _shifted(d, k))) for d in counts}
    mode = min(counts, key=lambda d: (-counts[d], d))
    if 2 * near[mode] > len(stated):
        return mode
    best = min(counts, key=lambda d: (-near[d], -counts[d], d))
    if 2 * near[best] > len(stated) or (max(counts) - min(counts)).days <= COVERAGE_DAYS:
        return best
    return None


def _weekday_adjusted(clean: str, consensus: date, spoken: Counter[date]) -> date:
    mentions = _weekday_mentions(clean, own_week=True)
    if not mentions or not date.min + timedelta(days=14) <= consensus <= date.max - timedelta(days=7):
        return consensus  # no weekdays, or a consensus at an end of the calendar (0001-01-01): nothing to move
    near = {(consensus + timedelta(days=k)).weekday() for k in (-1, 0, 1)}
    top, n = mentions.most_common(1)[0]
    if top in near or n < 2 or n <= sum(mentions[w] for w in near):
        return consensus
    before = _last_weekday(top, consensus)
    after = before + timedelta(days=7)

    def support(on: date) -> int:  # the article's weekdays falling on days the dated articles name
        return sum(n for w, n in mentions.items() if spoken[_last_weekday(w, on)])

    a, b = support(after), support(before)
    if a != b:
        return after if a > b else before
    return after if (after - consensus) < (consensus - before) else before  # no support either way: the nearer

