"""Align mentions from several articles into claims and give each claim a verdict.

Counts: two mentions are one claim only when they count the same thing — same topic, compatible
subject (subgroup of people, measured thing, status), same role, and no clash of time anchors.
Equal numbers alone never make a claim. Where the key is weak (no role, no topic) or an article
gives several figures under it, figures are paired across articles by how alike their sentences
are, and a conflict needs strong likeness. Where an article states parts of a total ("10 living
hostages and the remains of 18 others") the parts keep their own claims and their explicit sum
joins the total's claim.

Quotes: the same words in several outlets are one claim despite truncation, spelling and marks;
a paraphrase by the same speaker is a variant; the same words credited to different speakers are a
conflict. Events: the same happening (similar "what") is one claim; different dates are a conflict.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

import regex

from .models import Article, Claim, Comparison, Count, Event, Mention, Quote

SECTION_ORDER = ("hostages", "prisoners", "deaths", "injured", "aid", "duration", "other")

_WORD = regex.compile(r"[\p{L}\p{N}']+")
STOPWORDS = frozenset(
    """a an the and or but of to in on at for from by with as is are was were be been being it its this that
    these those there their they them he she his her we our us you your i me my not no nor so than then
    has have had do does did will would can could should may might must shall which who whom whose what
    when where while also into over about after before said says say told added more most some any all
    other such just very only own same both each few again further once up down out off""".split()
)
SOURCE_NOUNS = frozenset("official source diplomat witness analyst expert spokesperson spokesman person".split())
TITLE_WORDS = frozenset(
    """mr mrs ms dr president prime minister secretary envoy special spokesperson spokesman spokeswoman
    deputy state department general sen senator rep gov governor chief the""".split()
)
_IRREGULAR = {"people": "person", "children": "child", "women": "woman", "men": "man", "remains": "remains"}
# words for one thing, mapped to one of them
_HEAD_CLASS = {
    "captive": "hostage", "abductee": "hostage",
    "detainee": "prisoner", "inmate": "prisoner",
    "ceasefire": "truce", "cease-fire": "truce", "armistice": "truce", "pause": "truce", "cessation": "truce",
    "tonne": "ton",
    "home": "house", "dwelling": "house",  # "5,400 homes" / "5,400 houses"
    "troop": "soldier", "serviceman": "soldier", "servicemen": "soldier",  # "1,500 troops" / "2,000 soldiers"
    "lorry": "truck",
    "minor": "child", "kid": "child",
}
# people counted as a group of their own within a toll or an exchange: "3 children" among "14 killed"
SUBGROUPS = frozenset(
    """child baby infant girl boy teenager student pupil woman soldier officer police policeman journalist
    reporter medic doctor nurse paramedic rescuer firefighter worker fighter militant combatant crew""".split()
)
# what a span of time can measure when the sentence names it as the subject of "last" ("the truce ...
# is meant to last two weeks") rather than next to the number
_DURATION_SUBJECTS = frozenset(
    """ceasefire cease-fire truce armistice pause cessation war fighting conflict talks negotiation deal
    agreement siege blockade offensive operation clash lockdown curfew""".split()
)
_LAST_VERBS = frozenset({"last", "lasts", "lasted", "lasting", "run", "runs", "extend", "extends"})
# a duration in days, so that "two weeks" and "14-day" are one measure
_DAYS_PER = {"day": 1.0, "week": 7.0, "hour": 1 / 24, "minute": 1 / 1440}
_DAYS_RANGE = {"month": (28.0, 31.0), "year": (365.0, 366.0)}
# tolls are quoted as "at least N" / "more than N" with the latest confirmed figure: read the open end
# as "N or somewhat more", not as any higher number
TOLL_TOPICS = frozenset({"deaths", "injured"})
TOLL_OPEN_END = 1.5
PEOPLE_TOPICS = frozenset({"hostages", "prisoners", "deaths", "injured"})
ROLE_CLASS = {"remaining": "held", "held": "held", "captive": "held", "freed": "released", "exchanged": "released"}


# ---------------------------------------------------------------- helpers shared by all kinds


def words(s: str) -> list[str]:
    """Comparable word tokens: NFKC, lower case, curly apostrophes straightened, 'cease-fire' unified."""
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'").replace("‘", "'")
    s = s.replace("cease-fire", "ceasefire")
    return [w.strip("'") for w in _WORD.findall(s) if w.strip("'")]


def singular(w: str) -> str:
    """A cheap singular form, enough to compare head nouns."""
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def content_words(s: str) -> set[str]:
    return {singular(w) for w in words(s) if w not in STOPWORDS and len(w) > 2 and not w.isdigit()}


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return list(out.values())


# ---------------------------------------------------------------- counts

Interval = tuple[float | None, float | None]


def overlaps(a: Interval, b: Interval) -> bool:
    """Closed-interval overlap with None as an open end ("more than 1,000" touches "1,000")."""
    alo = float("-inf") if a[0] is None else a[0]
    ahi = float("inf") if a[1] is None else a[1]
    blo = float("-inf") if b[0] is None else b[0]
    bhi = float("inf") if b[1] is None else b[1]
    return alo <= bhi and blo <= ahi


def intersect(a: Interval, b: Interval) -> Interval:
    lo = a[0] if b[0] is None else b[0] if a[0] is None else max(a[0], b[0])
    hi = a[1] if b[1] is None else b[1] if a[1] is None else min(a[1], b[1])
    return (lo, hi)


def _days(c: Count) -> tuple[float, float] | None:
    """Days per unit of a duration, as (fewest, most): a month is 28-31 days."""
    if c.topic != "duration" or not c.unit:
        return None
    if c.unit in _DAYS_PER:
        return (_DAYS_PER[c.unit], _DAYS_PER[c.unit])
    return _DAYS_RANGE.get(c.unit)


def _unit(c: Count) -> str:
    """The unit a count is compared in: all spans of time in days."""
    return "day" if _days(c) else c.unit or ""


def _interval(c: Count) -> Interval:
    lo, hi = c.low, c.high
    days = _days(c)
    if days:
        return (None if lo is None else lo * days[0], None if hi is None else hi * days[1])
    if c.topic in TOLL_TOPICS and hi is None and lo and c.qualifier in ("at_least", "more_than"):
        hi = lo * TOLL_OPEN_END
    return (lo, hi)


def _interval_value(c: Count) -> float:
    """The stated figure on the scale of ``_interval`` (durations in days)."""
    days = _days(c)
    return c.value * days[0] if days else c.value


def _head(c: Count) -> str:
    ws = [w for w in words(c.subject or "") if not w.isdigit()]
    if not ws:
        return ""
    h = singular(ws[-1])
    return _HEAD_CLASS.get(h, h)


_NEWS_DAY = frozenset({"today", "tonight", "overnight", "this morning", "this afternoon", "this evening"})


def _when(c: Count, art: Article | None = None) -> str:
    """A comparable time anchor: the calendar date it names, or its words; "" for none. An anchor
    on the day the article was published ("early on Thursday" in Thursday's paper, "overnight") is
    the story's own frame, as good as no anchor: it must not split "14 killed" from "14 killed
    early on Thursday"."""
    if not c.when:
        return ""
    ws = " ".join(w for w in words(c.when) if w not in {"on", "in", "at", "during", "by", "early", "late",
                                                         "earlier", "later"})
    if art is None or not art.published:
        return ws
    resolved = _resolve_when(c.when, art.published, art.published_source == "inferred")
    if resolved is None:
        return "" if ws in _NEWS_DAY else ws
    pub = date.fromisoformat(art.published)
    news_days = {pub.isoformat(), (pub - timedelta(days=1)).isoformat()} if ws == "overnight" else {pub.isoformat()}
    if art.published_source == "inferred":
        news_days.add((pub + timedelta(days=1)).isoformat())
    return "" if resolved in news_days else resolved


@lru_cache(maxsize=1024)
def _resolve_when(when: str, published: str, inferred: bool) -> str | None:
    from .dates import find_events

    evs = find_events(f"It happened {when} and more.", date.fromisoformat(published), inferred=inferred)
    return evs[0].date if len(evs) == 1 else None


def _is_duration_subject(w: str) -> bool:
    return w in _DURATION_SUBJECTS or singular(w) in _DURATION_SUBJECTS


def _measured_thing(c: Count) -> str:
    """What a duration or measure is of ("60-day ceasefire" -> truce; "21 months of war" -> war;
    "a truce of up to 60 days" -> truce; "a depth of 10 km" -> depth); "" where the sentence does
    not say."""
    sent = c.sentence
    i = sent.find(c.text)
    if i < 0:
        return ""
    after = words(sent[i + len(c.text):])
    before = words(sent[:i])
    if after and c.unit and singular(after[0]) == c.unit:  # the unit word follows the span
        after = after[1:]
    cand = ""
    if "-" in c.text and after:  # "60-day cease-fire", "a 10-day humanitarian truce"
        cand = next((w for w in after[:3] if _is_duration_subject(w)), after[0])
    elif len(after) >= 2 and after[0] == "of":  # "21 months of war", "five days of border fighting"
        np = after[2:] if after[1] in ("the", "a", "an") else after[1:]
        run: list[str] = []
        for w in np[:3]:
            if w in STOPWORDS:
                break
            run.append(w)
        cand = next((w for w in reversed(run) if _is_duration_subject(w)), run[0] if run else "")
    elif len(before) >= 2 and before[-1] == "of":  # "a cease-fire of up to 60 days"
        cand = before[-2]
    elif any(w in _LAST_VERBS for w in before[-3:]):  # "a ceasefire that will last 30 days"
        cand = next((w for w in reversed(before) if w in _DURATION_SUBJECTS), "")
    w = singular(cand)
    return _HEAD_CLASS.get(w, w) if w not in STOPWORDS else ""


def count_keys(c: Count, art: Article | None = None) -> list[tuple[Any, ...]]:
    """The claim keys a count belongs to: its own, and one more where its noun phrase asserts a
    second fact ("the release of the 50 remaining hostages" also says 50 remain)."""
    head = _head(c)
    role = ROLE_CLASS.get(c.role or "", c.role or "")
    status = c.status or ""
    if c.topic in PEOPLE_TOPICS:
        head = head if head in SUBGROUPS else ""  # "3 children killed" is not "14 people killed"
        if c.topic in TOLL_TOPICS:
            status = ""  # the dead are deaths: "dead" adds nothing to a toll
        if not role and c.topic in ("hostages", "prisoners"):
            role = "held"  # "there are 50 hostages": a bare count of captives is the number held
    elif c.topic == "duration":
        head = _measured_thing(c)
        if not head:  # a span of time measuring nothing named cannot be compared with anything
            return [("duration", c.unit or "", f"@{c.start}:{c.sentence}", "", "", "")]
    elif c.unit and c.unit != "fraction":
        # "240 tonnes of food" / "240 metric tons": the unit says what is measured, and the sentence
        # may say of what ("a depth of 10 km")
        head = _measured_thing(c)
    if head in SOURCE_NOUNS and (c.value or 0) < 10:
        return []  # "three Israeli officials said" counts sources, not facts ("260,000 people" are no sources)
    base = (c.topic, _unit(c), head, status, _when(c, art))
    keys = [(*base, role)]
    if role != "held" and "remaining" in words(c.subject or ""):
        keys.append((*base, "held"))
    return keys


@dataclass
class _Cell:
    """One article's figure for one claim: the mentions that state it and their common interval."""

    article: str
    mentions: list[Mention]
    interval: Interval
    parts: bool = False  # a sum of parts stated together
    when: str = ""  # the time anchor of the key it came from

    @property
    def first(self) -> Count:
        return self.mentions[0].item  # type: ignore[return-value]


def _inside(x: float, iv: Interval) -> bool:
    return (iv[0] is None or x >= iv[0]) and (iv[1] is None or x <= iv[1])


def _cells(article: str, ms: list[Mention], when: str = "") -> list[_Cell]:
    """Merge an article's repeated mentions of a figure into cells: each figure must lie within the
    other's interval ("50" and "about 50"), not merely overlap it ("15" and "up to 80" are two)."""
    cells: list[_Cell] = []
    for m in ms:
        iv = _interval(m.item)  # type: ignore[arg-type]
        v = _interval_value(m.item)  # type: ignore[arg-type]
        for cell in cells:
            if overlaps(cell.interval, iv) and _inside(v, cell.interval) \
                    and all(_inside(_interval_value(o.item), iv) for o in cell.mentions):  # type: ignore[arg-type]
                cell.mentions.append(m)
                cell.interval = intersect(cell.interval, iv)
                break
        else:
            cells.append(_Cell(article, [m], iv, when=when))
    return cells


def _sum_parts(groups: dict[tuple, dict[str, list[Mention]]]) -> None:
    """Add explicit totals: parts with different statuses stated in one sentence are summed into the
    key without status ("10 living hostages and the remains of 18 others" -> 28 hostages)."""
    by_total: dict[tuple, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for key, per_article in groups.items():
        topic, unit, head, status, when, role = key
        if status:
            for art, ms in per_article.items():
                by_total[(topic, unit, head, "", when, role)][art] += ms
    for tkey, per_article in by_total.items():
        for art, ms in per_article.items():
            by_sentence: dict[str, list[Mention]] = defaultdict(list)
            for m in ms:
                by_sentence[m.item.sentence].append(m)
            for parts in by_sentence.values():
                statuses = {m.item.status for m in parts}  # type: ignore[union-attr]
                if len(parts) >= 2 and len(statuses) == len(parts):
                    groups.setdefault(tkey, {}).setdefault(("parts", art), parts)  # type: ignore[arg-type]


def _sum_interval(ms: list[Mention]) -> Interval:
    lo = sum((m.item.low or 0.0) for m in ms)  # type: ignore[union-attr]
    his = [m.item.high for m in ms]  # type: ignore[union-attr]
    hi = None if any(h is None for h in his) else sum(his)  # type: ignore[arg-type]
    return (lo, hi)


def _published(articles: dict[str, Article], art: str) -> str:
    a = articles.get(art)
    return (a.published or "") if a else ""


def align_counts(mentions: Sequence[Mention], articles: dict[str, Article]) -> list[Claim]:
    groups: dict[tuple, dict[Any, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for m in mentions:
        for key in count_keys(m.item, articles.get(m.article)):  # type: ignore[arg-type]
            groups[key][m.article].append(m)
    _sum_parts(groups)  # type: ignore[arg-type]
    # the time anchor separates claims only where two outlets give different ones: extraction often
    # misses an anchor, so "15 trucks" and "15 lorries on Tuesday" are paired by their sentences
    by_key: dict[tuple, list[_Cell]] = defaultdict(list)
    for key, per_article in groups.items():
        when = key[4]
        for art, ms in per_article.items():
            if isinstance(art, tuple):  # a sum of parts
                by_key[_no_when(key)].append(_Cell(art[1], ms, _sum_interval(ms), parts=True, when=when))
            else:
                by_key[_no_when(key)] += _cells(art, ms, when)
    rows: list[tuple[tuple, list[_Cell]]] = []
    for gkey, cells in by_key.items():
        # an article's explicit figure for the total beats its sum of parts
        stated = {c.article for c in cells if not c.parts}
        cells = [c for c in cells if not (c.parts and c.article in stated)]
        if not cells:
            continue
        per_art: dict[str, list[_Cell]] = defaultdict(list)
        for c in cells:
            per_art[c.article].append(c)
        # a key names the thing well enough only with a role or a topic of its own; "204 passengers"
        # and "201 passengers" with no verb may be the manifest and the rescued
        strong = gkey[4] or gkey[0] != "other" or (gkey[1] and gkey[2])
        if all(len(v) == 1 for v in per_art.values()) and strong and len({c.when for c in cells}) == 1:
            rows.append((_with_when(gkey, cells), cells))
        else:
            rows += [(_with_when(gkey, grp), grp) for grp in _pair_cells(cells)]
    return [_count_claim(key, cells, articles) for key, cells in _adopt_singles(rows)]


def _no_when(key: tuple) -> tuple:
    return key[:4] + key[5:]


def _with_when(gkey: tuple, cells: list[_Cell]) -> tuple:
    """The full key of a group of cells: the time anchor any of them gives."""
    return (*gkey[:4], next((c.when for c in cells if c.when), ""), *gkey[4:])


def _fits(m: Count, key: tuple, iv: Interval, other: Count, other_key: tuple, other_iv: Interval) -> bool:
    """Whether a lone figure may join another claim although their keys differ: outlets word the
    same fact differently ("12 captive soldiers freed" / "released 12 soldiers"), so a looser match
    is allowed — same counted noun, unit, measured thing and time anchor, and no clash of topic,
    role or status. A loose match may only confirm a figure; it makes a conflict only where topic
    and role are stated alike on both sides."""
    if _unit(m) != _unit(other) or key[4] != other_key[4]:
        return False
    if "duration" in (m.topic, other.topic) and key[2] != other_key[2]:  # what the span of time measures
        return False
    has_unit = bool(m.unit) and m.unit != "fraction"
    if not has_unit and (not _noun(m) or _noun(m) != _noun(other)):
        return False
    if m.topic != other.topic and "other" not in (m.topic, other.topic):
        return False
    if any(key[i] and other_key[i] and key[i] != other_key[i] for i in (3, 5)):  # status, role
        return False
    return overlaps(iv, other_iv) or (m.topic == other.topic != "other" and bool(key[5]) and key[5] == other_key[5])


def _noun(c: Count) -> str:
    """The counted noun itself (not its class): 'soldiers' and 'fighters' stay apart."""
    ws = [w for w in words(c.subject or "") if not w.isdigit()]
    n = singular(ws[-1]) if ws else ""
    return "" if n in SOURCE_NOUNS else n


def _adopt_singles(rows: list[tuple[tuple, list[_Cell]]]) -> list[tuple[tuple, list[_Cell]]]:
    """Let a figure that only one outlet reports under its strict key join the one claim of another
    key it fits loosely; where it fits several, it stays alone (guessing would invent agreement or
    conflict). Figures under one key were already paired by their sentences."""
    alive = [True] * len(rows)
    for i, (key, cells) in enumerate(rows):
        if len(cells) != 1 or cells[0].parts:
            continue
        cell = cells[0]
        m: Count = cell.first
        fits = [
            j for j, (k2, c2) in enumerate(rows)
            if j != i and alive[j] and k2 != key and all(c.article != cell.article for c in c2)
            and all(not c.parts and _fits(m, key, cell.interval, c.first, k2, c.interval) for c in c2)
        ]
        if len(fits) == 1:
            rows[fits[0]][1].append(cell)
            alive[i] = False
    return [r for r, a in zip(rows, alive, strict=True) if a]


PAIR_SIM = 0.0  # agreeing figures pair on any likeness (the best first)
WHEN_SIM = 0.15  # ... but need some where only one of them gives a time
DATED_CONFLICT_SIM = 0.2  # two figures for the same dated happening need less likeness to conflict
CONFLICT_SIM = 0.3  # sentence likeness needed before two different figures are called a conflict


def _context(cell: _Cell) -> set[str]:
    """Content words of the sentences a figure stands in: what is said around the number."""
    out: set[str] = set()
    for m in cell.mentions:
        out |= content_words(m.item.sentence)
    return out


def _similarity(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _pair_cells(cells: list[_Cell]) -> list[list[_Cell]]:
    """Where an article has several figures under one key, or the key is weak (no role, no topic),
    the key alone cannot say which figure answers which: pair figures across
    articles by how alike their sentences are, best pairs first,
    one figure per article in a group. Agreeing figures pair on weaker likeness than differing ones,
    and figures told at different times never pair."""
    ctx = [_context(c) for c in cells]
    scored = []
    for i in range(len(cells)):
        for j in range(i + 1, len(cells)):
            if cells[i].article == cells[j].article:
                continue
            wi, wj = cells[i].when, cells[j].when
            agree = overlaps(cells[i].interval, cells[j].interval)
            if wi != wj and ((wi and wj) or not agree):
                continue  # told at different times, or a time on one side only: no conflict can be told
            sim = _similarity(ctx[i], ctx[j])
            need = (CONFLICT_SIM if not wi else DATED_CONFLICT_SIM) if not agree else PAIR_SIM if wi == wj else WHEN_SIM
            if sim >= need:
                scored.append((sim + (0.5 if agree else 0.0), i, j))
    group = list(range(len(cells)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(cells))}
    for _score, i, j in sorted(scored, reverse=True):
        gi, gj = group[i], group[j]
        if gi == gj or {cells[k].article for k in members[gi]} & {cells[k].article for k in members[gj]}:
            continue
        if any(cells[a].when != cells[b].when and not overlaps(cells[a].interval, cells[b].interval)
               for a in members[gi] for b in members[gj]):
            continue  # a time on one side only cannot make a conflict
        if len({cells[k].when for k in members[gi] + members[gj]} - {""}) > 1:
            continue
        for k in members[gj]:
            group[k] = gi
        members[gi] += members.pop(gj)
    return [[cells[k] for k in ks] for ks in members.values()]


def _fmt_num(x: float | None) -> str:
    if x is None:
        return "∞"
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.2f}"


def _fmt_interval(iv: Interval) -> str:
    if iv[0] == iv[1]:
        return _fmt_num(iv[0])
    return f"{_fmt_num(iv[0]) if iv[0] is not None else '0'}–{_fmt_num(iv[1])}"


def _count_claim(key: tuple, cells: list[_Cell], articles: dict[str, Article]) -> Claim:
    topic = key[0]
    arts = {c.article for c in cells}
    note = None
    extra: dict[str, Any] = {}
    if len(arts) < 2:
        verdict = "single"
    elif all(overlaps(a.interval, b.interval) for i, a in enumerate(cells) for b in cells[i + 1:]):
        verdict = "agree"
    else:
        verdict = "conflict"
        ordered = sorted(cells, key=lambda c: c.interval[0] or 0.0)
        lo_cell, hi_cell = ordered[0], ordered[-1]
        gap_lo, gap_hi = lo_cell.interval[1], hi_cell.interval[0]
        if gap_lo is not None and gap_hi is not None and gap_hi > gap_lo:
            extra["gap"] = gap_hi - gap_lo
        note = f"{_fmt_interval(lo_cell.interval)} vs {_fmt_interval(hi_cell.interval)}"
        if topic in TOLL_TOPICS:
            p_lo, p_hi = _published(articles, lo_cell.article), _published(articles, hi_cell.article)
            if p_lo and p_hi and p_lo < p_hi:
                extra["cumulative"] = True
                note = f"cumulative toll reported at different times ({p_lo} vs {p_hi}); {note}"
    mentions = [m for c in cells for m in c.mentions]
    if any(c.parts for c in cells):
        extra["totals"] = {
            c.article: {"low": c.interval[0], "high": c.interval[1],
                        "parts": " + ".join(m.item.text for m in c.mentions)}
            for c in cells if c.parts
        }
    return Claim("", "count", topic, _count_label(cells, key), verdict, mentions, note, extra)


def _count_label(cells: list[_Cell], key: tuple) -> str:
    topic, unit, head, _status, when, role = key
    head = "" if head.startswith("@") else head
    subjects: dict[str, int] = defaultdict(int)
    for c in cells:
        for m in c.mentions:
            subj = m.item.subject or ""  # type: ignore[union-attr]
            if not c.parts:
                subjects[subj] += 1
    subj = max(subjects, key=lambda s: (subjects[s], -len(s)), default="") or topic
    if any(c.parts for c in cells):
        subj = f"{topic} in all (total of parts)"
    if topic == "duration":
        subj = f"{head or 'duration'} length" + (f" ({unit}s)" if unit else "")
    label = subj
    if role and role not in subj:
        label += f" — {role}"
    if when:
        label += f" ({when})"
    return label


# ---------------------------------------------------------------- quotes


@lru_cache(maxsize=4096)
def _speaker_tokens(s: str | None) -> frozenset[str]:
    return frozenset(w for w in words(s or "") if w not in TITLE_WORDS and len(w) > 2)


def is_named(s: str | None) -> bool:
    """Whether a speaker is a named person or body (not "a senior official", not None)."""
    if not s:
        return False
    first = s.split()[0].lower()
    return s[:1].isupper() and first not in {"a", "an", "one", "another", "the", "two", "three", "several"}


def speakers_compatible(a: str | None, b: str | None) -> bool:
    """Lenient: unknown or unnamed speakers fit anyone; named ones must share a name word."""
    if not is_named(a) or not is_named(b):
        return True
    ta, tb = _speaker_tokens(a), _speaker_tokens(b)
    return bool(ta & tb) or not ta or not tb


def _longest_run(a: list[str], b: list[str]) -> tuple[int, int, int]:
    m = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.a, m.b, m.size


def quote_relation(a: list[str], b: list[str]) -> str | None:
    """'identical' when one quote is the other cut at either end (same words where they overlap),
    'overlap' when they share a long run of words but differ around it, else None."""
    if not a or not b:
        return None
    i, j, n = _longest_run(a, b)
    shorter = min(len(a), len(b))
    if n < min(5, shorter) or n < 3:
        return None
    pre_ok = i == 0 or j == 0
    post_ok = i + n == len(a) or j + n == len(b)
    return "identical" if pre_ok and post_ok else "overlap"


def _paraphrase(a: Quote, b: Quote, wa: set[str], wb: set[str]) -> bool:
    """Same speaker, many shared content words: one remark rendered differently."""
    if not (is_named(a.speaker) and is_named(b.speaker) and speakers_compatible(a.speaker, b.speaker)):
        return False
    shared = wa & wb
    return len(shared) >= 4 and len(shared) >= 0.5 * min(len(wa), len(wb))


def word_diff(a: str, b: str) -> str:
    """`git diff --word-diff` style: [-removed-]{+added+} between two renderings of a quote."""
    ta, tb = a.split(), b.split()
    na = [" ".join(words(t)) for t in ta]
    nb = [" ".join(words(t)) for t in tb]
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, na, nb, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(" ".join(tb[j1:j2]))
            continue
        removed = "[-" + " ".join(ta[i1:i2]) + "-]" if i2 > i1 else ""
        added = "{+" + " ".join(tb[j1:j2]) + "+}" if j2 > j1 else ""
        out.append(removed + added)
    return " ".join(out)


def candidate_pairs(features: Sequence[set[Any]], min_shared: int) -> list[tuple[int, int]]:
    """Pairs (i < j) sharing at least ``min_shared`` features, found through an inverted index so
    that large folders do not compare every item with every other."""
    index: dict[Any, list[int]] = defaultdict(list)
    for i, fs in enumerate(features):
        for f in fs:
            index[f].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for posting in index.values():
        for a in range(len(posting)):
            for b in range(a + 1, len(posting)):
                shared[(posting[a], posting[b])] += 1
    return sorted(p for p, n in shared.items() if n >= min_shared)


def _trigrams(ts: list[str]) -> set[tuple[str, ...]]:
    return {tuple(ts[k:k + 3]) for k in range(len(ts) - 2)}


def align_quotes(mentions: Sequence[Mention]) -> list[Claim]:
    qs = list(mentions)
    toks = [words(m.item.quote) for m in qs]  # type: ignore[union-attr]
    cws = [content_words(m.item.quote) for m in qs]  # type: ignore[union-attr]
    uf = _UnionFind(len(qs))
    # any two quotes that share a run of >= 3 words share a trigram; paraphrases share >= 4 content words
    pairs = set(candidate_pairs([_trigrams(t) for t in toks], 1)) | set(candidate_pairs(cws, 4))
    for i, j in sorted(pairs):
        if uf.find(i) == uf.find(j):
            continue
        if quote_relation(toks[i], toks[j]) or (
            qs[i].article != qs[j].article and _paraphrase(qs[i].item, qs[j].item, cws[i], cws[j])  # type: ignore[arg-type]
        ):
            uf.union(i, j)
    claims = []
    for grp in uf.groups():
        ms = [qs[i] for i in grp]
        claims.append(_quote_claim(ms, [toks[i] for i in grp]))
    return claims


def _quote_claim(ms: list[Mention], toks: list[list[str]]) -> Claim:
    arts = {m.article for m in ms}
    named = [m.item.speaker for m in ms if is_named(m.item.speaker)]  # type: ignore[union-attr]
    uniq_named = sorted(set(named))
    longest = max(range(len(ms)), key=lambda k: len(toks[k]))
    base: Quote = ms[longest].item  # type: ignore[assignment]
    speaker = max(named, key=len) if named else base.speaker
    extra: dict[str, Any] = {"speaker": speaker}
    note = None
    if len(arts) < 2:
        verdict = "single"
    elif any(not speakers_compatible(a, b) for i, a in enumerate(uniq_named) for b in uniq_named[i + 1:]):
        verdict = "conflict"
        note = "credited to " + " vs ".join(uniq_named)
    else:
        # compare each distinct wording once; repeated copies of one wording add nothing
        seen: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for m, t in zip(ms, toks, strict=True):
            seen[tuple(t)].add(m.article)
        forms = list(seen.items())
        verdict = "identical"
        for i, (ta, aa) in enumerate(forms):
            for tb, ab in forms[i + 1:]:
                two_articles = (aa | ab) != (aa & ab) or len(aa) > 1
                if two_articles and quote_relation(list(ta), list(tb)) != "identical":
                    verdict = "variant"
                    break
            if verdict == "variant":
                break
    if verdict in ("variant", "conflict"):
        diffs: dict[str, str] = {}
        for m in ms:
            if m is not ms[longest] and m.article != ms[longest].article:
                diffs.setdefault(m.article, word_diff(base.quote, m.item.quote))  # type: ignore[union-attr]
        extra["diff"] = diffs
    words_ = base.quote.split()
    label = " ".join(words_[:12]) + ("…" if len(words_) > 12 else "")
    if speaker:
        label = f"{speaker}: {label}"
    return Claim("", "quote", "quotes", label, verdict, ms, note, extra)


# ---------------------------------------------------------------- events


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


def _event_words(e: Event) -> set[str]:
    return content_words(e.what or e.sentence) - {"say", "said", "told", "according"}


def align_events(mentions: Sequence[Mention]) -> list[Claim]:
    es = list(mentions)
    cws = [_event_words(m.item) for m in es]  # type: ignore[arg-type]
    uf = _UnionFind(len(es))
    for i, j in candidate_pairs(cws, 2):
        if es[i].article != es[j].article and uf.find(i) != uf.find(j):
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
        arts = {m.article for m in ms}
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


# ---------------------------------------------------------------- all together


def _order(c: Claim, first_pos: dict[int, int]) -> tuple:
    kind_rank = {"count": 0, "quote": 1, "event": 2}[c.kind]
    topic_rank = SECTION_ORDER.index(c.topic) if c.topic in SECTION_ORDER else len(SECTION_ORDER)
    if c.kind == "event":
        return (kind_rank, 0, c.extra.get("date", ""), first_pos[id(c)])
    return (kind_rank, topic_rank, "", first_pos[id(c)])


def align(articles: Sequence[Article], mentions: Iterable[Mention]) -> list[Claim]:
    """All claims, ordered by section (counts by topic, quotes, events by date), with stable ids."""
    by_kind: dict[str, list[Mention]] = defaultdict(list)
    order = {a.id: i for i, a in enumerate(articles)}
    for m in mentions:
        by_kind[m.kind].append(m)
    arts = {a.id: a for a in articles}
    claims = align_counts(by_kind["count"], arts) + align_quotes(by_kind["quote"]) + align_events(by_kind["event"])
    first_pos: dict[int, int] = {}
    for c in claims:
        c.mentions.sort(key=lambda m: (order.get(m.article, 0), m.item.start))
        m0 = c.mentions[0]
        first_pos[id(c)] = order.get(m0.article, 0) * 10_000_000 + m0.item.start
    claims.sort(key=lambda c: _order(c, first_pos))
    for i, c in enumerate(claims, 1):
        c.id = f"{c.kind[0]}{i:03d}"
    return claims


def compare_articles(articles: Sequence[Article], mentions: Iterable[Mention]) -> Comparison:
    return Comparison(list(articles), align(articles, mentions))
