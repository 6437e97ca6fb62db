"""Run the extractors over articles: Article -> mentions.

Each extractor is a pure function of the article's cleaned text (and, for dates, its publication
date), so articles can be processed in any order or in parallel; this module only ties the results
to article ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from .counted import find_counts
from .dates import find_events
from .models import KINDS, Article, Mention
from .quotes import find_quotes


def parse_kinds(spec: str | Iterable[str] | None) -> tuple[str, ...]:
    """'counts,quotes' -> ('count', 'quote'); None -> all kinds. Raises ValueError on unknown kinds."""
    if spec is None:
        return KINDS
    parts = spec.split(",") if isinstance(spec, str) else list(spec)
    out: list[str] = []
    for p in parts:
        k = p.strip().lower()
        if not k:
            continue
        k = {"counts": "count", "numbers": "count", "quotes": "quote", "events": "event", "dates": "event"}.get(k, k)
        if k not in KINDS:
            raise ValueError(f"unknown kind {p.strip()!r} (choose from counts, quotes, events)")
        if k not in out:
            out.append(k)
    if not out:
        raise ValueError("no kind given (choose from counts, quotes, events)")
    return tuple(out)


def extract_article(article: Article, kinds: Sequence[str] = KINDS) -> list[Mention]:
    """All mentions of the requested kinds in one article, sorted by offset."""
    text = article.clean
    items: list = []
    if "count" in kinds:
        items += find_counts(text)
    if "quote" in kinds:
        items += find_quotes(text)
    if "event" in kinds:
        pub = date.fromisoformat(article.published) if article.published else None
        # a date the article does not state (inferred, or --date) may be a day early: see resolve_weekday
        items += find_events(text, pub, inferred=article.published_source in ("inferred", "option"))
    items.sort(key=lambda it: (it.start, it.end, it.kind))
    return [Mention(article.id, it) for it in items]


Progress = Callable[[Sequence[Article]], Iterable[Article]]


def extract_articles(
    articles: Sequence[Article], kinds: Sequence[str] = KINDS, progress: Progress | None = None,
) -> list[Mention]:
    """Mentions of all articles, in article order. ``progress`` may wrap the iteration (e.g. a bar)."""
    it: Iterable[Article] = progress(articles) if progress else articles
    out: list[Mention] = []
    for a in it:
        out += extract_article(a, kinds)
    return out
