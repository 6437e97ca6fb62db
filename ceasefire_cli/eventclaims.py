"""Event claims: the same happening (similar "what") told by several outlets is one claim; different
dates for it are a conflict."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache

from .models import Article, Claim, Event, Mention
from .textmatch import candidate_pairs, complete_linkage, content_words


def date_range(d: str) -> tuple[date, date]:
    """The calendar days a date of any precision covers."""
    if "-W" in d:
        y, w = d.split("-W")
        start = date.fromisocalendar(int(y), int(w), 1)
        return start, min(start, date.max - timedelta(days=6)) + timedelta(days=6)  # 9999-W52 ends on date.max
    parts = d.split("-")
    if len(parts) == 1:
        return date(int(parts[0]), 1, 1), date(int(parts[0]), 12, 31)
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return date(y, m, 1), nxt - timedelta(days=1)
    day = date.fromisoformat(d)
    return day, day


def dates_overlap(a: str, b: str) -> bool:
    try:
        (a0, a1), (b0, b1) = date_range(a), date_range(b)
    except ValueError:
        return a == b
    return a0 <= b1 and b0 <= a1


_REPORTING = frozenset("say said says told tell according statement added announced".split())
_SUFFIXES = ("ations", "ation", "ings", "ing", "ors", "ers", "or", "er", "ed", "es", "s")
EVENT_SAME = 0.5  # share of the rarer words two tellings must share to be one happening on one day
EVENT_SAME_OTHER_DAY = 0.75  # ... and on different days, where sharing makes a conflict of dates
EVENT_MIN_SHARED = 2  # and never fewer words than this in common


# verbs outlets use interchangeably for the same happening: one word class each, so "the trial
# began on Sept. 2" and "opening the trial on September 2" share more than the noun
VERB_CLASSES = {
    **dict.fromkeys("began begin begins beginning begun start started starts starting open opened opens opening "
                    "launched launch launches launching commenced commence".split(), "begin"),
    **dict.fromkeys("ended end ends ending concluded conclude concludes concluding closed finished".split(), "end"),
    **dict.fromkeys("freed free frees freeing released release releases releasing".split(), "release"),
    # "was arrested in May 2021" and "was detained in May 2021" tell one arrest
    **dict.fromkeys("arrest arrests arrested arresting detain detains detained detaining detention apprehended "
                    "apprehend".split(), "arrest"),
    # "the fire started on Tuesday" and "the blaze broke out on Tuesday" (the "out" is no content word)
    **dict.fromkeys("broke erupted ignited sparked".split(), "begin"),
    # "the storm struck", "the quake hit", "rocked", "slammed into": one blow
    **dict.fromkeys("struck strike strikes hit hits rocked rocks jolted slammed battered pounded lashed".split(),
                    "strike"),
    # "the ferry capsized", "sank", "overturned": one sinking
    **dict.fromkeys("capsized capsizes sank sinks sinking overturned overturns".split(), "sink"),
    # "members voted to accept the deal", "ratified", "approved", "backed": one approval
    **dict.fromkeys("ratified ratify ratifies approved approve approves backed endorsed accepted".split(),
                    "approve"),
    # "was sentenced to 12 years" and "was jailed for 12 years" tell one sentencing
    **dict.fromkeys("sentenced sentence sentences sentencing jailed jail jails jailing imprisoned".split(), "sentence"),
}


# nouns outlets use interchangeably for the thing that happened
NOUN_CLASSES = {
    **dict.fromkeys("fire blaze wildfire inferno".split(), "fire"),
    **dict.fromkeys("quake earthquake temblor".split(), "quake"),
    **dict.fromkeys("ferry boat vessel ship".split(), "vessel"),
    **dict.fromkeys("walkout stoppage".split(), "walkout"),  # not "strike": a verb class above, and an air strike
    **dict.fromkeys("deal agreement accord pact contract".split(), "deal"),
}


def _stem(w: str) -> str:
    """A crude stem, enough that "recalled"/"recall" and "negotiators"/"negotiating" meet; verbs of
    one class (``VERB_CLASSES``) become that class."""
    if w in VERB_CLASSES:
        return VERB_CLASSES[w]
    if w in NOUN_CLASSES:
        return NOUN_CLASSES[w]
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def _event_words(e: Event) -> frozenset[str]:
    return frozenset(_stem(w) for w in content_words(e.what or e.sentence) if w not in _REPORTING)


def align_events(mentions: Sequence[Mention], articles: dict[str, Article] | None = None) -> list[Claim]:
    """Event claims, one row per happening: tellings join when they share enough of their rarer words
    (weighted by how few tellings use them) and their dates agree; a conflict of dates needs the same
    happening told in nearly the same words. A telling joins a row only if it fits every telling
    there, so happenings do not chain. Copies of one report (``Article.copy_of``) count once."""
    arts = articles or {}

    def report(m: Mention) -> str:
        a = arts.get(m.article)
        return a.copy_of if a is not None and a.copy_of else m.article

    # each distinct telling (date and words) is compared once, however many outlets or copies give it
    forms: dict[tuple[str, frozenset[str]], list[Mention]] = defaultdict(list)
    for m in mentions:
        forms[(m.item.date, _event_words(m.item))].append(m)  # type: ignore[union-attr,arg-type]
    keys = list(forms)
    cws = [k[1] for k in keys]
    reps = [{report(m) for m in forms[k]} for k in keys]
    df: dict[str, int] = defaultdict(int)
    for ws in cws:
        for w in ws:
            df[w] += 1
    idf = {w: math.log((1 + len(keys)) / n) for w, n in df.items()}
    # fsum: exact, so the order a set gives its words in (it changes with the hash seed) cannot tip a score
    mass = [math.fsum(idf[w] for w in ws) for ws in cws]

    @cache
    def fits(i: int, j: int) -> float:
        shared = cws[i] & cws[j]
        if len(shared) < EVENT_MIN_SHARED:
            return 0.0
        sim = math.fsum(idf[w] for w in shared) / max(1e-9, min(mass[i], mass[j]))
        if dates_overlap(keys[i][0], keys[j][0]):
            return sim if sim >= EVENT_SAME else 0.0
        if reps[i] & reps[j]:
            return 0.0  # one report's two dates are two happenings
        return sim if sim >= EVENT_SAME_OTHER_DAY and len(shared) >= 3 else 0.0

    scored = sorted(((fits(i, j), i, j) for i, j in candidate_pairs(cws, EVENT_MIN_SHARED)), reverse=True)
    claims = []
    for grp in complete_linkage(len(keys), scored, fits):
        ms = [m for i in grp for m in forms[keys[i]]]
        reports = {report(m) for m in ms}
        dates = [m.item.date for m in ms]  # type: ignore[union-attr]
        distinct = sorted(set(dates))
        note = None
        if len(reports) < 2:
            verdict = "single"
        elif all(dates_overlap(a, b) for i, a in enumerate(distinct) for b in distinct[i + 1:]):
            verdict = "agree"
        else:
            verdict = "conflict"
            by_date: dict[str, list[str]] = defaultdict(list)
            for m in ms:
                a = arts.get(m.article)
                by_date[m.item.date].append(a.outlet if a else m.article)  # type: ignore[union-attr]
            note = " · ".join(f"{', '.join(dict.fromkeys(o))}: {d}" for d, o in sorted(by_date.items()))
        first: Event = ms[0].item  # type: ignore[assignment]
        claims.append(Claim("", "event", "events", first.what or first.expression, verdict, ms, note,
                            {"date": min(distinct, key=lambda d: date_range(d)[0] if _valid(d) else date.max)}))
    return claims


def _valid(d: str) -> bool:
    try:
        date_range(d)
    except ValueError:
        return False
    return True

