"""Extraction speed on a corpus of at least 1 MB built from the seed articles (``make bench``).

Prints figures; asserts nothing. One core: articles are processed one after another.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from datetime import date

from .align import compare_articles
from .counted import find_counts
from .dates import find_events
from .extract import extract_articles
from .ingest import read_articles
from .quotes import find_quotes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("folder", nargs="?", default="seeds")
    ap.add_argument("--size", type=int, default=1_000_000, help="corpus size in characters (default 1,000,000)")
    a = ap.parse_args(argv)
    seeds = read_articles([a.folder])
    base = sum(len(x.text) for x in seeds)
    copies = -(-a.size // base)
    # distinct texts per copy (a trailing marker) so no per-text cache can make later copies free
    corpus = [replace(x, id=f"{x.id}~{i}", text=x.text + f"\n{i}", clean=x.clean + f"\n{i}")
              for i in range(copies) for x in seeds]
    chars = sum(len(x.clean) for x in corpus)
    print(f"corpus: {len(corpus)} articles, {chars:,} characters ({copies} copies of {len(seeds)} seed articles)")

    find_events("warm up on Thursday, March 2", date(2025, 7, 24))  # first dateparser use loads its data
    for name, fn in (
        ("counts", lambda t, _a: find_counts(t)),
        ("quotes", lambda t, _a: find_quotes(t)),
        ("events", lambda t, a: find_events(t, date.fromisoformat(a.published) if a.published else None)),
    ):
        t0 = time.perf_counter()
        n = sum(len(fn(x.clean, x)) for x in corpus)
        dt = time.perf_counter() - t0
        print(f"{name:8} {chars / dt:>12,.0f} chars/s  ({n:,} mentions in {dt:.3f} s)")

    t0 = time.perf_counter()
    mentions = extract_articles(corpus)
    dt = time.perf_counter() - t0
    print(f"{'all':8} {chars / dt:>12,.0f} chars/s  ({len(mentions):,} mentions in {dt:.3f} s)")

    t0 = time.perf_counter()
    claims = compare_articles(corpus, mentions).claims
    dt = time.perf_counter() - t0
    print(f"align    {len(corpus)} articles in {dt:.2f} s ({len(claims)} claims; every quote repeated {copies} times,"
          " a worst case for clustering)")

    print("long single lines (date extraction was quadratic within one sentence):")
    for name, text in _long_lines():
        t0 = time.perf_counter()
        n = len(find_events(text, date(2025, 7, 24)))
        dt = time.perf_counter() - t0
        print(f"  {name:30} {len(text):>9,} chars {n:>7,} events {dt:7.2f} s ({len(text) / dt:>11,.0f} chars/s)")

    t0 = time.perf_counter()
    arts = read_articles([a.folder])
    cmp = compare_articles(arts, extract_articles(arts))
    dt = time.perf_counter() - t0
    print(f"compare {a.folder}/ (read + extract + align, in process): {dt * 1000:.0f} ms, {len(cmp.claims)} claims")
    return 0


def _long_lines() -> list[tuple[str, str]]:
    """One-line texts dense with dates: a timeline without full stops, and one phrase repeated."""
    entry = "on {m} {d} the harbour board met and voted to close the pier; "
    days = [(m, d) for m in ("March", "April", "May", "June") for d in range(1, 29)]
    timeline = "".join(entry.format(m=m, d=d) for m, d in days)
    out = []
    for size in (30_000, 100_000):
        out.append((f"one-line timeline, {size // 1000} KB", (timeline * (size // len(timeline) + 1))[:size]))
    out.append(('"two weeks ago" repeated, 190 KB', ("two weeks ago " * 14_000)[:190_000]))
    return out


if __name__ == "__main__":
    sys.exit(main())
