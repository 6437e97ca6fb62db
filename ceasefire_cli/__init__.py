"""cfdiff: compare the numbers, quotes and dated events that several outlets report about one event.

The command line (``cfdiff``) is a thin layer over these functions::

    from ceasefire_cli import compare_folder
    cmp = compare_folder(["seeds/"])
    for claim in cmp.claims:
        print(claim.verdict, claim.label)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .models import KINDS, Article, Claim, Comparison, Count, Event, Mention, Quote

if TYPE_CHECKING:
    from .align import align, compare_articles
    from .extract import Progress, extract_article, extract_articles, parse_kinds
    from .ingest import InputError, read_articles

# imported on first use, so `cfdiff --help` does not compile every extractor's patterns
_LAZY = {
    "align": "align", "compare_articles": "align", "extract_article": "extract", "extract_articles": "extract",
    "parse_kinds": "extract", "InputError": "ingest", "read_articles": "ingest",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "KINDS", "Article", "Claim", "Comparison", "Count", "Event", "InputError", "Mention", "Quote",
    "align", "compare_articles", "compare_each", "compare_folder", "extract_article", "extract_articles",
    "extract_folder", "extracting", "parse_kinds", "read_articles",
]
__version__ = "0.1.0"


def extract_folder(
    paths: Sequence[str | Path] | str | Path, *, recursive: bool = False, kinds: Sequence[str] = KINDS,
    warn: Callable[[str], None] | None = None, progress: Progress | None = None,
    jobs: int | None = 1, cache: bool = False, cache_dir: str | Path | None = None, scheduler: str | None = None,
) -> tuple[list[Article], list[Mention]]:
    """Read the articles under ``paths`` and extract their mentions: ``cfdiff extract`` as one call.
    ``warn`` receives a line per skipped file; ``progress`` may wrap the loop over articles; ``jobs``:
    worker processes (None: every core); ``cache``: use the cache in ``cache_dir`` (default: the
    user's cache directory); ``scheduler``: run on the Dask cluster at this address."""
    with extracting(paths, recursive=recursive, kinds=kinds, warn=warn, progress=progress, jobs=jobs, cache=cache,
                    cache_dir=cache_dir, scheduler=scheduler) as (articles, mentions):
        return articles, list(mentions)


@contextmanager
def extracting(
    paths: Sequence[str | Path] | str | Path, *, recursive: bool = False, kinds: Sequence[str] = KINDS,
    warn: Callable[[str], None] | None = None, progress: Progress | None = None,
    jobs: int | None = 1, cache: bool = False, cache_dir: str | Path | None = None, scheduler: str | None = None,
) -> Iterator[tuple[list[Article], Iterator[Mention]]]:
    """``extract_folder`` with the mentions as an iterator, in article order, extracted while they are
    used: writing the first ones overlaps the extraction of the next (the workers stop on exit)."""
    from .pipeline import Pipeline

    with Pipeline.open(jobs=jobs, scheduler=scheduler, cache=cache, cache_dir=cache_dir, warn=warn,
                       progress=progress) as pipe:
        articles = pipe.read(paths, recursive=recursive)
        yield articles, pipe.iter_extract(articles, kinds)


def compare_folder(
    paths: Sequence[str | Path] | str | Path, *, recursive: bool = False,
    warn: Callable[[str], None] | None = None, progress: Progress | None = None,
    jobs: int | None = 1, cache: bool = False, cache_dir: str | Path | None = None, scheduler: str | None = None,
) -> Comparison:
    """Read, extract and align: the whole of ``cfdiff compare`` as one call (options as ``extract_folder``)."""
    from .align import compare_articles

    articles, mentions = extract_folder(paths, recursive=recursive, warn=warn, progress=progress, jobs=jobs,
                                        cache=cache, cache_dir=cache_dir, scheduler=scheduler)
    return compare_articles(articles, mentions)


def compare_each(
    corpora: Sequence[str | Path] | str | Path, *, recursive: bool = False,
    warn: Callable[[str], None] | None = None, progress: Progress | None = None,
    jobs: int | None = 1, cache: bool = False, cache_dir: str | Path | None = None, scheduler: str | None = None,
) -> Iterator[tuple[str, Comparison]]:
    """``cfdiff compare --each``: (event folder name, comparison) for every sub-folder of the corpora, in
    path order, each as soon as its batch is done (options as ``extract_folder``)."""
    from .pipeline import Pipeline

    with Pipeline.open(jobs=jobs, scheduler=scheduler, cache=cache, cache_dir=cache_dir, warn=warn,
                       progress=progress) as pipe:
        yield from pipe.compare_each(corpora, recursive=recursive)
