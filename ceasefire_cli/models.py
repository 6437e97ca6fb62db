"""Plain dataclasses that carry data one way: files -> Article -> mentions -> claims -> output.

Every mention keeps exact character offsets into its article's text (``text[start:end]`` is the
mention's surface span), so any cell of any table can be traced back to its evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

KINDS = ("count", "quote", "event")
# Asked for by name only: events known to the year alone ("in 2019", "the 2014 raid", "2016-17", "since
# 2021") or to the week ("this week", "last week"), kind "event" with precision "year" or "week". They fix
# no calendar day, so the default timeline leaves them out: the answer keys list no years (0 of 729 events
# over 21 clusters of real coverage, 87 found, all extra) and 2 weeks, both optional, of 2,076 events over 51
# clusters (leaving weeks out: events F1 better on 16 of 44 tuning clusters, worse on none).
EXTRA_KINDS = ("year", "week")


def parse_kinds(spec: str | Iterable[str] | None) -> tuple[str, ...]:
    """'counts,quotes' -> ('count', 'quote'); None -> the default kinds. Raises ValueError on unknown kinds."""
    if spec is None:
        return KINDS
    parts = spec.split(",") if isinstance(spec, str) else list(spec)
    out: list[str] = []
    for p in parts:
        k = p.strip().lower()
        if not k:
            continue
        k = {"counts": "count", "numbers": "count", "quotes": "quote", "events": "event", "dates": "event",
             "years": "year", "weeks": "week"}.get(k, k)
        if k not in KINDS and k not in EXTRA_KINDS:
            raise ValueError(f"unknown kind {p.strip()!r} (choose from counts, quotes, events, years, weeks)")
        if k not in out:
            out.append(k)
    if not out:
        raise ValueError("no kind given (choose from counts, quotes, events, years, weeks)")
    return tuple(out)


# claims: counts of people and things (and measures with a unit: magnitude, km, percent, money), quotes, events
CLAIM_KINDS = ("count", "quote", "event")


def measured(slots: dict[str, str]) -> bool:
    """Whether a count's slots are a measure's: a unit other than a span of time (a magnitude, a length,
    a share, a sum of money). Outlets round and convert these, so they never make a conflict."""
    return bool(slots.get("unit")) and slots.get("measure") != "length"


PER_SIDE = "per side"  # the period suffix of one side's share of a swap ("each freed 410"): slots.py, countclaims.py
# the period of a part of a group whose words tell it apart from no other part ("including two tourists", "nine
# of the dead were from the hills"): groupparts.py, slots.py, countclaims.py
UNNAMED_PART = "some of them"
PERSONS = frozenset({"people", "hostages", "prisoners"})  # a count's populations of persons; the rest are things
TOPICS = ("hostages", "prisoners", "deaths", "injured", "aid", "duration", "other")
QUALIFIERS = ("exact", "about", "at_least", "more_than", "nearly", "up_to", "fewer_than", "range", "some", "vague")
MEDIA = ("statement", "social", "briefing", "interview", "speech")


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read: its text, its cleaned text and what is known about it.

    ``clean`` has the same length as ``text``; boilerplate characters are blanked to spaces
    (newlines kept) so extraction skips them without shifting any offset.
    """

    id: str
    path: str
    text: str
    clean: str
    outlet: str
    published: str | None = None
    published_source: str = "none"  # metadata | text | option (--date) | inferred | none
    title: str | None = None
    author: str | None = None
    url: str | None = None
    outlet_source: str = "id"  # metadata | dateline | byline | boilerplate | text | id
    boilerplate: tuple[tuple[int, int], ...] = ()
    copy_of: str | None = None  # the id of the article this one copies (a wire story run twice), if any
    # (month, day, year) for the month-days it names without a year that the folder's articles give with one
    # year ("after the August 14 flood" here, "August 14, 2023" there): set by published.settle_years
    told_years: tuple[tuple[int, int, int], ...] = ()

    @property
    def words(self) -> int:
        return len(self.clean.split())

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "outlet": self.outlet,
            "outlet_source": self.outlet_source,
            "published": self.published,
            "published_source": self.published_source,
            "title": self.title,
            "author": self.author,
            "url": self.url,
            "words": self.words,
            "boilerplate_lines": len(self.boilerplate),
            "copy_of": self.copy_of,
        }


@dataclass(frozen=True, slots=True)
class Count:
    """A number that counts something, with the interval its qualifier allows."""

    start: int
    end: int
    text: str
    sentence: str
    value: float
    low: float | None
    high: float | None
    qualifier: str
    topic: str
    subject: str
    unit: str | None = None
    role: str | None = None  # released, remaining, held, taken, killed, demanded, ...
    status: str | None = None  # living, dead, remains, life-sentence, detained, ...
    when: str | None = None  # a time anchor in the same clause ("on Sunday", "this week", "since ...")
    # the slots that tell one counted fact from another (see slots.py): "" where the text does not say
    measure: str = ""  # killed, injured, missing, held, released, taken, length, population, a unit, ...
    population: str = ""  # hostages, prisoners, people, a thing ("storey"), what a span of time measures
    subgroup: str = ""  # living, dead, life-sentence, child, soldier, worker, ...
    place: str = ""  # the most specific place the count is about
    period: str = ""  # phase 1, batch 2, day 3, per day, last 24 hours, since <date>
    running: bool = False  # a running total ("the death toll", "so far")
    mood: str = ""  # of a release or a seizure: planned (deal terms, "would free", "expected to") or done
    holder: str = ""  # who has, wins or loses the counted things ("Labour won 412 seats": Labour)
    also: tuple[tuple[int, int], ...] = ()  # where the article repeats this figure (the headline and the body)

    kind = "count"


@dataclass(frozen=True, slots=True)
class Quote:
    """Words inside quotation marks, with who said them and how."""

    start: int
    end: int
    text: str
    sentence: str
    quote: str
    speaker: str | None
    cue: str | None = None
    medium: str | None = None

    kind = "quote"


@dataclass(frozen=True, slots=True)
class Event:
    """A date expression resolved to a calendar date, and what happened then."""

    start: int
    end: int
    text: str
    sentence: str
    date: str  # YYYY-MM-DD | YYYY-Www | YYYY-MM | YYYY
    expression: str
    what: str
    precision: str = "day"  # day | week | month | year

    kind = "event"


Item = Count | Quote | Event


@dataclass(frozen=True, slots=True)
class Mention:
    """An extracted item tied to the article it came from."""

    article: str
    item: Item

    @property
    def kind(self) -> str:
        return self.item.kind

    def to_dict(self) -> dict[str, Any]:
        names, values = _FIELDS[type(self.item)]
        d: dict[str, Any] = {"kind": self.item.kind, "article": self.article}
        d.update(zip(names, values(self.item), strict=True))
        if self.item.kind == "count":
            for k in ("value", "low", "high"):
                v = d[k]
                if isinstance(v, float) and v.is_integer():
                    d[k] = int(v)
        return d


@dataclass(frozen=True, slots=True)
class Block:
    """One article's mentions as output, UTF-8 (``formats.MentionBlocks``), or, where ``data`` is None
    (output that depends on more than the article), the items to write in place."""

    article: str
    data: bytes | None
    items: tuple[Item, ...] = ()


# each item class's field names and a getter of all their values at once (in C: writing 92,000 mentions
# as JSON spent a third of its time getting attributes one by one)
_FIELDS = {cls: (cls.__slots__, attrgetter(*cls.__slots__)) for cls in (Count, Quote, Event)}


@dataclass(slots=True)
class Claim:
    """One row of the comparison: one thing claimed, the mentions that claim it, a verdict."""

    id: str
    kind: str
    topic: str
    label: str
    verdict: str
    mentions: list[Mention] = field(default_factory=list)
    note: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_unit(self) -> bool:
        """A count of a measure (``measured``): shown apart from counts of people and things."""
        return self.kind == "count" and measured(self.extra.get("slots") or {})

    @property
    def is_stage(self) -> bool:
        """A stage row: one figure of a conflict that outlets state alike (``countverdict.stage_claims``)."""
        return "stage_of" in self.extra

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind,
            "topic": self.topic,
            "label": self.label,
            "verdict": self.verdict,
        }
        if self.note:
            d["note"] = self.note
        d.update(self.extra)
        d["mentions"] = [m.to_dict() for m in self.mentions]
        return d


@dataclass(slots=True)
class Comparison:
    """The result of ``compare``: the articles read and the claims aligned across them."""

    articles: list[Article]
    claims: list[Claim]

    @property
    def summary(self) -> dict[str, Any]:
        facts = [c for c in self.claims if not c.is_stage]  # stage rows restate a conflict's parts
        s: dict[str, Any] = {"claims": len(facts)}
        for v in ("agree", "identical", "variant", "conflict", "single"):
            s[v] = sum(c.verdict == v for c in facts)
        s["by_kind"] = {k: sum(c.kind == k for c in facts) for k in CLAIM_KINDS}
        s["stages"] = len(self.claims) - len(facts)
        return s

    def filtered(self, verdicts: set[str] | None = None, topics: set[str] | None = None) -> Comparison:
        """The same comparison with only the claims of these verdicts and topics (None: all)."""
        keep = [c for c in self.claims
                if (not verdicts or c.verdict in verdicts) and (not topics or c.topic in topics)]
        return Comparison(self.articles, keep)

    @property
    def has_conflicts(self) -> bool:
        return any(c.verdict == "conflict" for c in self.claims)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": [a.to_dict() for a in self.articles],
            "claims": [c.to_dict() for c in self.claims],
            "summary": self.summary,
        }
