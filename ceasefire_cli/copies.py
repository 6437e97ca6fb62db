"""Copies of one report: the same article given twice, or a wire story run by several sites.

Two copies agreeing prove nothing, and their differences are edits, not conflicts: the comparison
counts a report once however many sites ran it. A copy is found by its text: runs of words (shingles)
sampled by hash, so the sample is the same whatever the order of the articles, and a copy shares
most of its sample with the report it copies. A site's own headline, byline and trimmed last
paragraphs do not hide a copy (containment: the smaller text's share is what counts).

Cost is near-linear: each article is checked only against the first article of each report found so
far that shares a sampled shingle, through an inverted index; copies add nothing to the index.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from . import patterns
from .models import Article

SHINGLE = 6  # words per shingle: long enough that two independent reports rarely share one
SAMPLE = 4  # keep the shingles whose hash is divisible by this: a quarter of them, the same for every copy
MIN_SAMPLES = 8  # texts with fewer sampled shingles are too short to call copies (a headline, a teaser)
POSTING_REACH = 64  # reports looked at per shingle: a shingle many reports share tells no copy from another
CONTAINMENT = 0.7  # share of the smaller text's sample found in the other: a copy (edited wire copies: 0.8-1.0)
_WORD = patterns.compile(r"[\p{L}\p{N}]+")


_MOD = (1 << 61) - 1  # a Mersenne prime: shingle hashes roll over word hashes without collisions to speak of
_BASE = 1_000_003
_TOP = pow(_BASE, SHINGLE - 1, _MOD)


def _sample(text: str, seen: dict[str, int] | None = None) -> frozenset[int]:
    """The sampled shingle hashes of a text: each word hashed once (crc32, the same in every run; kept
    in ``seen`` across texts, whose words repeat), each run of SHINGLE words a rolling hash of its
    words' hashes."""
    seen = {} if seen is None else seen
    wh = []
    for w in _WORD.findall(text.lower()):
        x = seen.get(w)
        if x is None:
            x = seen[w] = zlib.crc32(w.encode("utf-8"))
        wh.append(x)
    if len(wh) < SHINGLE:
        return frozenset()
    h = 0
    for x in wh[:SHINGLE]:
        h = (h * _BASE + x) % _MOD
    out = {h} if h % SAMPLE == 0 else set()
    for i in range(SHINGLE, len(wh)):
        h = ((h - wh[i - SHINGLE] * _TOP) * _BASE + wh[i]) % _MOD
        if h % SAMPLE == 0:
            out.add(h)
    return frozenset(out)


def find_copies(articles: Sequence[Article]) -> dict[str, str]:
    """Article id -> id of the report it copies, for every article that is a copy. The report is the
    first of the copies in id order, so the answer does not depend on the input order."""
    index: dict[int, list[str]] = defaultdict(list)
    samples: dict[str, frozenset[int]] = {}
    copy_of: dict[str, str] = {}
    word_hashes: dict[str, int] = {}
    for a in sorted(articles, key=lambda a: a.id):
        s = _sample(a.clean, word_hashes)
        if len(s) < MIN_SAMPLES:
            continue
        shared: dict[str, int] = defaultdict(int)
        for h in s:
            for rep in index.get(h, ())[:POSTING_REACH]:
                shared[rep] += 1
        best = max(shared, key=lambda r: (shared[r] / min(len(s), len(samples[r])), r), default=None)
        if best is not None and shared[best] / min(len(s), len(samples[best])) >= CONTAINMENT:
            copy_of[a.id] = best
            continue
        samples[a.id] = s
        for h in s:
            index[h].append(a.id)
    return copy_of


def mark_copies(articles: Sequence[Article]) -> list[Article]:
    """The articles, each copy with ``copy_of`` set to the report it copies."""
    copy_of = find_copies(articles)
    return [replace(a, copy_of=copy_of[a.id]) if a.id in copy_of else a for a in articles]
