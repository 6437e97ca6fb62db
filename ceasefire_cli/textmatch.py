"""Text likeness and small structures shared by the claim builders (counts, quotes, events)."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from . import patterns

_WORD = patterns.compile(r"[\p{L}\p{N}']+")
STOPWORDS = frozenset(
    """a an the and or but of to in on at for from by with as is are was were be been being it its this that
    these those there their they them he she his her we our us you your i me my not no nor so than then
    has have had do does did will would can could should may might must shall which who whom whose what
    when where while also into over about after before said says say told added more most some any all
    other such just very only own same both each few again further once up down out off""".split()
)
_IRREGULAR = {"people": "person", "children": "child", "women": "woman", "men": "man", "remains": "remains"}


def words(s: str) -> list[str]:
    """Comparable word tokens: NFKC, lower case, curly apostrophes straightened, 'cease-fire' unified."""
    s = unicodedata.normalize("NFKC", s).lower().replace("’", "'").replace("‘", "'")
    s = s.replace("cease-fire", "ceasefire")
    return [w.strip("'") for w in _WORD.findall(s) if w.strip("'")]


def singular(w: str) -> str:
    """A cheap singular form, enough to compare head nouns."""
    return _IRREGULAR[w] if w in _IRREGULAR else regular_singular(w)


# plurals in -oes of nouns in -o (news counts tornadoes and volcanoes; "shoes" and "canoes" keep their e)
_O_PLURALS = frozenset("tornadoes volcanoes heroes torpedoes potatoes tomatoes echoes vetoes embargoes cargoes"
                       " mosquitoes".split())


def regular_singular(w: str) -> str:
    """The singular by the regular endings only ("witnesses", "churches", "cities", "seats"): "people" stays."""
    if w in _O_PLURALS:
        return w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if (len(w) > 5 and w.endswith(("sses", "shes", "ches"))) or (len(w) > 4 and w.endswith("xes")) \
            or w.endswith("buses"):
        return w[:-2]  # ("minibuses": a minibus, not a "minibuse"; "boxes": a box)
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


@lru_cache(maxsize=65536)
def content_words(s: str) -> frozenset[str]:
    """The words of a sentence that say what it is about (cached: copies repeat sentences)."""
    return frozenset(singular(w) for w in words(s) if w not in STOPWORDS and len(w) > 2 and not w.isdigit())


class UnionFind:
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



PAIR_REACH = 64  # an item meets at most this many earlier items through any one feature


def candidate_pairs(features: Sequence[Any], min_shared: int, reach: int = PAIR_REACH) -> list[tuple[int, int]]:
    """Pairs (i < j) sharing at least ``min_shared`` features, found through an inverted index so
    that large folders do not compare every item with every other. Through a feature that many items
    share, an item meets only the ``reach`` items before it: the cost stays linear in the items, and
    a group of like items is still found, each linked to its nearest like ones."""
    index: dict[Any, list[int]] = defaultdict(list)
    for i, fs in enumerate(features):
        for f in fs:
            index[f].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for posting in index.values():
        for b in range(1, len(posting)):
            for a in range(max(0, b - reach), b):
                shared[(posting[a], posting[b])] += 1
    return sorted(p for p, n in shared.items() if n >= min_shared)


LINK_SAMPLE = 16  # a newcomer to a group is checked against this many of its members (complete linkage)


def sample(members: Sequence[int]) -> Sequence[int]:
    """The members a complete-linkage check looks at: all of a small group, the first of a large one."""
    return members[:LINK_SAMPLE]


def complete_linkage(n: int, scored: Sequence[tuple[float, int, int]],
                     fits: Callable[[int, int], float]) -> list[list[int]]:
    """Groups of the items 0..n-1: pairs joined best score first, a pair's groups merging only when
    every sampled member of one fits every sampled member of the other (so groups do not chain
    through a middle item); ``fits(a, b)`` is asked with a < b and is > 0 for items that may share
    a group."""
    group = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for score, i, j in scored:
        gi, gj = group[i], group[j]
        if score <= 0 or gi == gj:
            continue
        if not all(fits(min(a, b), max(a, b)) > 0 for a in sample(members[gi]) for b in sample(members[gj])):
            continue
        for k in members[gj]:
            group[k] = gi
        members[gi] += members.pop(gj)
    return list(members.values())
