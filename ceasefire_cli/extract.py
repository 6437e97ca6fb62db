"""Run the extractors over articles: Article -> mentions.

Each extractor is a pure function of the article's cleaned text (and, for dates, its publication
date), so articles can be processed in any order or in parallel; this module only ties the results
to article ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date

from .ages import find_ages
from .budget import BudgetExceeded, time_limit
from .counted import find_counts
from .dates import find_events
from .files import MESSAGE_VALUE_CHARS, REPORT_HINT, message_safe
from .models import EXTRA_KINDS, KINDS, Article, Event, Item, Mention
from .published import is_date_line
from .quotes import find_quotes
from .votesplits import find_vote_splits


def extract_article(article: Article, kinds: Sequence[str] = KINDS) -> list[Mention]:
    """All mentions of the requested kinds in one article, sorted by offset.

    The extractors read ``clean``; a mention's ``text`` is still ``article.text[start:end]``, the
    exact span as written (it differs from ``clean`` only where boilerplate or control characters
    were blanked)."""
    text = article.clean
    items: list = []
    if "count" in kinds:
        counts = find_counts(text)
        if splits := find_vote_splits(text):  # a split's figures are its own, whatever a count read there
            counts = [c for c in counts if not any(sp.start < c.end and c.start < sp.end for sp in splits)]
            counts += [side for sp in splits for side in sp.counts]
        items += counts
        items += find_ages(text, {c.start for c in counts} | {c.end - 1 for c in counts})  # people's ages
    if "quote" in kinds:
        items += find_quotes(text)
    if "event" in kinds or any(k in kinds for k in EXTRA_KINDS):
        pub = date.fromisoformat(article.published) if article.published else None
        events = find_events(text, pub, article.told_years) + _date_stamp(article, pub)
        items += [e for e in events  # years and weeks only when asked (models.EXTRA_KINDS)
                  if (e.precision if e.precision in EXTRA_KINDS else "event") in kinds]
    items.sort(key=lambda it: (it.start, it.end, it.kind))
    if text is not article.text:  # a span over blanked characters (an escape sequence) keeps the raw text
        items = [it if it.text == article.text[it.start:it.end] else replace(it, text=article.text[it.start:it.end])
                 for it in items]
    return [Mention(article.id, it) for it in items]


def _date_stamp(article: Article, pub: date | None) -> list[Event]:
    """The page's own date line, which cleaning blanks as a header ("May 3, 2024", "14 May 2024 09:19"): an
    event of its day, as the answer keys list a page's "date line" or "article timestamp". Only the first
    unlabelled one (a page repeats its stamp); a labelled one ("Updated 5:02 p.m. ET") is furniture."""
    for s, e in article.boilerplate:
        line = article.text[s:e]
        if not is_date_line(line.strip()):
            continue
        found = find_events(line, pub)  # a labelled line gives none (dates: _LABELLED)
        if found:
            return [replace(found[0], start=found[0].start + s, end=found[0].end + s)]
    return []


Progress = Callable[[Sequence[Article]], Iterable[Article]]
Warn = Callable[[str], None]

# Per-article time budget: BUDGET_BASE_S plus one second per BUDGET_CHARS_PER_S characters, at most
# BUDGET_MAX_S. The extractors run at ~1.7 million characters a second (``make bench``), so the budget
# (3 s for 100 KB) leaves a wide margin on a busy machine and only stops pathological inputs; the
# ceiling also bounds the memory one runaway article can fill with mentions.
BUDGET_BASE_S = 2.0
BUDGET_CHARS_PER_S = 100_000
BUDGET_MAX_S = 10.0


def article_budget(article: Article) -> float:
    """Seconds one article's extraction may take before it is skipped."""
    return min(BUDGET_MAX_S, BUDGET_BASE_S + len(article.clean) / BUDGET_CHARS_PER_S)


def _name(a: Article) -> str:
    stem = a.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return message_safe(a.path if a.id == stem else f"{a.path} (article {a.id})")


def extract_or_skip(article: Article, kinds: Sequence[str] = KINDS, budget: bool = True) -> tuple[Item, ...] | str:
    """One article's items, or the warning that skips it: it ran over its time budget
    (``article_budget``) or met a bug in an extractor. Safe to run in a worker process."""
    limit = article_budget(article) if budget else None
    try:
        with time_limit(limit):
            return tuple(m.item for m in extract_article(article, kinds))
    except BudgetExceeded:
        return (f"skipped {_name(article)}: extraction ran over its {limit:.0f} s time budget "
                f"({len(article.clean):,} characters); the other articles are still compared")
    except Exception as e:  # a bug, not the input's fault: name it, keep going
        return (f"skipped {_name(article)}: internal error while extracting "
                f"({type(e).__name__}: {message_safe(e, MESSAGE_VALUE_CHARS)}); {REPORT_HINT}")


def extract_guarded(
    articles: Sequence[Article], kinds: Sequence[str] = KINDS, progress: Progress | None = None, *,
    warn: Warn | None = None, budget: bool = True,
) -> tuple[list[Article], list[Mention]]:
    """The articles extracted and their mentions, in article order; an article that runs over its
    time budget (``article_budget``) or meets a bug in an extractor is skipped with one ``warn``
    line naming it, and the others go on. ``progress`` may wrap the iteration (e.g. a bar)."""
    say: Warn = warn or (lambda _msg: None)
    it: Iterable[Article] = progress(articles) if progress else articles
    kept: list[Article] = []
    out: list[Mention] = []
    for a in it:
        found = extract_or_skip(a, kinds, budget)
        if isinstance(found, str):
            say(found)
            continue
        kept.append(a)
        out += [Mention(a.id, item) for item in found]
    return kept, out


def extract_articles(
    articles: Sequence[Article], kinds: Sequence[str] = KINDS, progress: Progress | None = None, *,
    warn: Warn | None = None, budget: bool = True,
) -> list[Mention]:
    """Mentions of all articles, in article order (``extract_guarded`` without the list of articles kept)."""
    return extract_guarded(articles, kinds, progress, warn=warn, budget=budget)[1]
