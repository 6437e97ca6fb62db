"""cfdiff: compare the numbers, quotes and dated events that several outlets report about one event.

The command line (``cfdiff``) is a thin layer over these functions::

    from ceasefire_cli import compare_folder
    cmp = compare_folder(["seeds/"])
    for claim in cmp.claims:
        print(claim.verdict, claim.label)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .models import KINDS, Article, Claim, Comparison, Count, Event, Mention, Quote, parse_kinds

if TYPE_CHECKING:
    from .align import align, compare_articles
    from .extract import Progress, extract_article, extract_articles, extract_guarded
    from .ingest import InputError, read_articles
    from .pipeline import Renderer

# imported on first use, so `cfdiff --help` does not compile every extractor's patterns
_LAZY = {
    "align": "align", "compare_articles": "align", "extract_article": "extract", "extract_articles": "extract",
    "extract_guarded": "extract",
    "InputError": "ingest", "read_articles": "ingest",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "KINDS", "Article", "Claim", "Comparison", "Count", "Event", "InputError", "Mention", "Quote",
    "align", "compare_articles", "compare_each", "compare_folder", "extract_article", "extract_articles",
    "extract_folder", "extract_guarded", "extracting", "parse_kinds", "read_articles",
]
__version__ = "0.1.0"


def extract_folder(
    paths: Sequence[str | Path] | str | Path, *, recursive: bool = False, kinds: Sequence[str] = KINDS,
    warn: Callable[[str], None] | None = None, progress: Progress | None = None,
    names: Iterable[tuple[str, str]] = (), reference_date: date | None = None, max_bytes: int | None = None,
    jobs: int | None = 1, cache: bool = False, cache_dir: str | Path | None = None, scheduler: str | None = None,
) -> tuple[list[Article], list[Mention]]:
    """Read the articles under ``paths`` and extract their mentions: ``cfdiff extract`` as one call.

    ``warn`` receives a line per skipped file or article (unreadable, over ``max_bytes``, over its
    extraction time budget); ``progress`` may wrap the loop over articles; ``names`` are (file or id,
    outlet) pairs that override the outlets found (``--name``); ``reference_date`` (``--date``)
    dates the articles that show no date of their own; ``jobs``: worker processes (None: every
    core); ``cache``: use the cache in ``cache_dir`` (default: the user's cache directory);
    ``scheduler``: run on the Dask cluster at this address. Raises ``InputError`` when no article
    is left."""
    from .ingest import InputError

    with extracting(paths, recursive=recursive, kinds=kinds, warn=warn, progress=progress, names=names,
                    reference_date=reference_date, max_bytes=max_bytes, jobs=jobs, cache=cache,
                    cache_dir=cache_dir, scheduler=scheduler) as (articles, mentions, kept):
        found = list(mentions)
        left = kept()
    if not left:
        raise InputError(f"no article left: all {len(articles)} article(s) were skipped (see the warnings)")
    return left, found


@contextmanager
def extracting(
    paths: Sequence[str | Path] | str | Path, *, recursive: bool = False, kinds: Sequence[str] = KINDS,
    warn: Callable[[str], None] | None = None, progress: Progress | None = None,
    names: Iterable[tuple[str, str]] = (), reference_date: date | None = None, max_bytes: int | None = None,
    jobs: int | None = 1, cache: bool = False, cache_dir: str | Path | None = None, scheduler: str | None = None,
    render: Renderer | None = None,
) -> Iterator[tuple[list[Article], Iterator[Any], Callable[[], list[Article]]]]:
    """``extract_folder`` with the mentions as an iterator, in article order, extracted while they are
    used: writing the first ones overlaps the extraction of the next (the workers stop on exit). The
    third item gives, once the mentions are taken, the articles extraction did not skip. With ``render``
    (``formats.MentionBlocks``) the iterator gives each article's mentions as output text instead
    (``models.Block``, cached: ``Pipeline.iter_blocks``)."""
    from .naming import apply_names
    from .pipeline import Pipeline

    with Pipeline.open(jobs=jobs, scheduler=scheduler, cache=cache, cache_dir=cache_dir, warn=warn,
                       progress=progress) as pipe:
        articles = apply_names(pipe.read(paths, recursive=recursive, reference_date=reference_date,
                                         max_bytes=max_bytes), names, warn)
        found = pipe.iter_blocks(articles, kinds, render) if render is not None else pipe.iter_extract(articles, kinds)
        yield articles, found, lambda: pipe.kept(articles)


def compare_folder(
    paths: Sequence[str | Path] | str | Path, *, recursive: bool = False,
    warn: Callable[[str], None] | None = None, progress: Progress | None = None,
    names: Iterable[tuple[str, str]] = (), reference_date: date | None = None, max_bytes: int | None = None,
    jobs: int | None = 1, cache: bool = False, cache_dir: str | Path | None = None, scheduler: str | None = None,
) -> Comparison:
    """Read, extract and align: the whole of ``cfdiff compare`` as one call (options as ``extract_folder``)."""
    from .align import compare_articles

    articles, mentions = extract_folder(paths, recursive=recursive, warn=warn, progress=progress, names=names,
                                        reference_date=reference_date, max_bytes=max_bytes, jobs=jobs,
                                        cache=cache, cache_dir=cache_dir, scheduler=scheduler)
    return compare_articles(articles, mentions)


def compare_each(
    corpora: Sequence[str | Path] | str | Path, *, recursive: bool = False,
    warn: Callable[[str], None] | None = None, progress: Progress | None = None,
    names: Iterable[tuple[str, str]] = (), reference_date: date | None = None, max_bytes: int | None = None,
    jobs: int | None = 1, cache: bool = False, cache_dir: str | Path | None = None, scheduler: str | None = None,
) -> Iterator[tuple[str, Comparison]]:
    """``cfdiff compare --each``: (event folder name, comparison) for every sub-folder of the corpora, in
    path order, each as soon as its batch is done (options as ``extract_folder``; ``names`` may name
    files of any event)."""
    from .files import DEFAULT_MAX_BYTES
    from .pipeline import Pipeline

    with Pipeline.open(jobs=jobs, scheduler=scheduler, cache=cache, cache_dir=cache_dir, warn=warn,
                       progress=progress) as pipe:
        yield from pipe.compare_each(corpora, recursive=recursive, names=names, reference_date=reference_date,
                                     max_bytes=max_bytes or DEFAULT_MAX_BYTES)
