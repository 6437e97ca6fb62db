"""Align mentions from several articles into claims, give each claim a verdict and a stable id.

Counts unify by their slots (countclaims.py), quotes by their words (quoteclaims.py), dated events
by what happened and when (eventclaims.py). This module ties them together: every mention belongs
to exactly one claim, claims come in sections (counts by topic, quotes, events by date), and each
claim's id is derived from what it is, so a row can be cited across runs and input orders.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from .copies import mark_copies
from .countclaims import align_counts
from .countverdict import count_claim_key, short_hash
from .eventclaims import align_events, date_range, dates_overlap
from .models import Article, Claim, Comparison, Mention
from .quoteclaims import align_quotes, is_named, quote_relation, speakers_compatible, word_diff
from .textmatch import content_words, overlaps, words

__all__ = [
    "SECTION_ORDER", "align", "align_counts", "align_events", "align_quotes", "claim_id_key", "compare_articles",
    "date_range", "dates_overlap", "is_named", "overlaps", "quote_relation", "speakers_compatible",
    "word_diff", "words",
]

SECTION_ORDER = ("hostages", "prisoners", "deaths", "injured", "aid", "duration", "other")
_ID_WORDS = 8  # words of a quote that name it in its id


def claim_id_key(c: Claim) -> tuple[str, tuple]:
    """(what the claim is, a tie-breaker among claims that are the same thing): counts by their slots,
    quotes by their first words, events by their date and their most told words."""
    if c.kind == "count":
        lows = [m.item.low if m.item.low is not None else m.item.value for m in c.mentions]  # type: ignore[union-attr]
        return "count|" + count_claim_key(c), (min(lows), len(c.mentions))
    if c.kind == "quote":
        shortest = min((words(m.item.quote) for m in c.mentions), key=lambda w: (len(w), w))  # type: ignore[union-attr]
        return "quote|" + " ".join(shortest[:_ID_WORDS]), (len(c.mentions),)
    counts: dict[str, int] = defaultdict(int)
    for m in c.mentions:
        for w in content_words(m.item.what or m.item.expression):  # type: ignore[union-attr]
            counts[w] += 1
    top = sorted(counts, key=lambda w: (-counts[w], w))[:4]
    return f"event|{c.extra.get('date', '')}|{' '.join(sorted(top))}", (len(c.mentions),)


def _assign_ids(claims: list[Claim]) -> None:
    by_key: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        key, _tie = claim_id_key(c)
        by_key[key].append(c)
        c.id = f"{c.kind[0]}-{short_hash(key)}"
    for group in by_key.values():
        if len(group) > 1:
            group.sort(key=lambda c: (claim_id_key(c)[1], c.label))
            for i, c in enumerate(group[1:], 2):
                c.id = f"{c.id}.{i}"


# ---------------------------------------------------------------- all together


def _order(c: Claim, first_pos: dict[int, int]) -> tuple:
    kind_rank = {"count": 0, "quote": 2, "event": 3}[c.kind] + c.has_unit  # measures after the other counts
    topic_rank = SECTION_ORDER.index(c.topic) if c.topic in SECTION_ORDER else len(SECTION_ORDER)
    if c.kind == "event":
        return (kind_rank, 0, c.extra.get("date", ""), first_pos[id(c)])
    return (kind_rank, topic_rank, "", first_pos[id(c)])


def align(articles: Sequence[Article], mentions: Iterable[Mention]) -> list[Claim]:
    """All claims, ordered by section (counts by topic, quotes, events by date), with stable ids."""
    by_kind: dict[str, list[Mention]] = defaultdict(list)
    order = {a: i for i, a in enumerate(sorted(a.id for a in articles))}  # input order does not matter
    for m in mentions:
        by_kind[m.kind].append(m)
    arts = {a.id: a for a in articles}
    claims = align_counts(by_kind["count"], arts) + align_quotes(by_kind["quote"], arts) \
        + align_events(by_kind["event"], arts)
    first_pos: dict[int, int] = {}
    for c in claims:
        c.mentions.sort(key=lambda m: (order.get(m.article, 0), m.item.start))
        m0 = c.mentions[0]
        first_pos[id(c)] = order.get(m0.article, 0) * 10_000_000 + m0.item.start
    stages: dict[int, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.is_stage:
            stages[id(c.extra["stage_of"])].append(c)
    claims = [c for c in claims if not c.is_stage]
    claims.sort(key=lambda c: _order(c, first_pos))
    _assign_ids(claims)
    return [s for c in claims for s in (c, *_stages_of(c, stages.get(id(c), [])))]


def _figure(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def _stages_of(parent: Claim, stages: list[Claim]) -> list[Claim]:
    """A conflict's stage rows, right after it, with ids made from its own and their figure."""
    for s in stages:
        s.id = f"{parent.id}@{_figure(s.extra['value'])}"
        s.extra["stage_of"] = parent.id
    if stages:
        parent.extra["stages"] = [s.id for s in stages]
    return stages


def compare_articles(articles: Sequence[Article], mentions: Iterable[Mention]) -> Comparison:
    """The comparison of these articles: copies of one report marked (``Article.copy_of``), claims aligned."""
    marked = mark_copies(articles)
    return Comparison(marked, align(marked, mentions))
