"""Event claims: the same happening (similar "what") told by several outlets is one claim; different
dates for it are a conflict."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from .models import Claim, Event, Mention
from .textmatch import UnionFind, candidate_pairs, content_words


def date_range(d: str) -> tuple[date, date]:
    """The calendar days a date of any precision covers."""
    if "-W" in d:
        y, w = d.split("-W")
        start = date.fromisocalendar(int(y), int(w), 1)
        return start, start + timedelta(days=6)
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


def _event_words(e: Event) -> set[str]:
    return content_words(e.what or e.sentence) - {"say", "said", "told", "according"}


def align_events(mentions: Sequence[Mention], report_of: dict[str, str] | None = None) -> list[Claim]:
    """Event claims; ``report_of`` maps a copy's article id to the report it copies (copies count once)."""
    rep = report_of or {}
    es = list(mentions)
    cws = [_event_words(m.item) for m in es]  # type: ignore[arg-type]
    uf = UnionFind(len(es))
    for i, j in candidate_pairs(cws, 2):
        if rep.get(es[i].article, es[i].article) != rep.get(es[j].article, es[j].article) \
                and uf.find(i) != uf.find(j):
            shared = len(cws[i] & cws[j])
            smaller = min(len(cws[i]), len(cws[j]))
            if dates_overlap(es[i].item.date, es[j].item.date):  # type: ignore[union-attr]
                same = shared >= 0.5 * smaller
            else:  # a conflict of dates needs the same happening told in nearly the same words
                same = shared >= 3 and shared >= 0.75 * smaller
            if same:
                uf.union(i, j)
    claims = []
    for grp in uf.groups():
        ms = [es[i] for i in grp]
        arts = {rep.get(m.article, m.article) for m in ms}
        dates = [m.item.date for m in ms]  # type: ignore[union-attr]
        note = None
        if len(arts) < 2:
            verdict = "single"
        elif all(dates_overlap(a, b) for i, a in enumerate(dates) for b in dates[i + 1:]):
            verdict = "agree"
        else:
            verdict = "conflict"
            note = "dated " + " vs ".join(sorted(set(dates)))
        first: Event = ms[0].item  # type: ignore[assignment]
        claims.append(Claim("", "event", "events", first.what or first.expression, verdict, ms, note,
                            {"date": min(dates, key=lambda d: date_range(d)[0] if _valid(d) else date.max)}))
    return claims


def _valid(d: str) -> bool:
    try:
        date_range(d)
    except ValueError:
        return False
    return True

