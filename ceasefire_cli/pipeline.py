"""Files -> articles -> mentions -> comparisons at scale: worker processes or Dask, and the cache.

``Pipeline`` does what ``read_articles``, ``extract_articles`` and ``compare_articles`` do, with the
same results, byte for byte: files are parsed and articles extracted by an executor (``parallel``,
``cluster``), each result placed by its index, so neither the number of workers nor the order they
finish in changes anything; results already in the cache (``cache``) are not computed again.
``compare_each`` runs one comparison per event folder of a corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .cache import Cache, article_key, decode, default_directory, digest, encode, file_key
from .files import DEFAULT_MAX_BYTES
from .ingest import (
    ARTICLE_SUFFIXES,
    STDIN,
    InputError,
    article_files,
    date_articles,
    parse_file,
    path_order,
    read_articles,
    read_file_bytes,
)
from .models import KINDS, Article, Block, Comparison, Item, Mention
from .naming import apply_names, unmatched_name
from .parallel import Executor, Serial, open_executor
from .published import read_weekday_days

if TYPE_CHECKING:
    from .extract import Progress

Warn = Callable[[str], None]
EACH_BATCH = 4000  # articles: --each reads, extracts and compares events in batches of about this many
# entries written to the cache at a time, as they come: each write also sums the store's size (a scan),
# so not much smaller; writing 16,000 entries of a 4,000-article first run at the end took ~0.5 s
STORE_BATCH = 1000


@dataclass(frozen=True)
class Settings:
    """Everything extraction depends on besides the article itself; all of it is in the cache key."""

    kinds: tuple[str, ...] = KINDS
    budget: bool = True  # skip an article over its time budget (skipped articles are never cached)


# ---------------------------------------------------------------- the work sent to workers (module level)


def parse_job(job: tuple[str, bytes | None, int]) -> tuple[list[Article], list[str]]:
    """One file's articles and the warnings reading it gave (collected: ``warn`` cannot cross processes).
    ``data`` None: the file is read here, by a worker on this machine, within ``max_bytes``; the parent
    then neither reads nor sends it (read and sent, 4,000 files cost the parent ~0.25 s of CPU while the
    workers parsed, a third of what it spent in that phase)."""
    path, data, max_bytes = job
    notes: list[str] = []
    if data is None:
        data = read_file_bytes(Path(path), notes.append, max_bytes)
        if data is None:
            return [], notes
    return parse_file(Path(path), data, notes.append), notes


def weekday_days_job(pair: tuple[str, date]) -> list[int]:
    """``read_weekday_days`` of one (text, day) pair, as day numbers (ordinals): what the cache stores."""
    return [d.toordinal() for d in read_weekday_days([pair])[0]]


def extract_job(settings: Settings, article: Article) -> tuple[Item, ...] | str:
    """One article's items (its id is put back on the mentions by the caller), or, for an article
    that ran over its time budget or met a bug in an extractor, the warning that skips it. The
    extractors are imported here, not at the top: a run that finds everything in the cache never
    compiles them."""
    from . import extract

    return extract.extract_or_skip(article, settings.kinds, settings.budget)


def extract_render_job(settings: Settings, render: Renderer, keep: bool,
                       article: Article) -> tuple[bytes | str | None, bytes | None]:
    """``extract_job`` with the article's block made here too (``render``), so the parent writes text as
    it comes and decodes no mention: (the items encoded, if ``keep`` (to cache) or if ``render``
    declined (to make the block in place), else None; the block). A skipped article gives its warning."""
    items = extract_job(settings, article)
    if isinstance(items, str):
        return items, None
    text = render(article.id, items)
    return (encode(items) if keep or text is None else None), text


def compare_job(job: tuple[list[Article], list[Mention]]) -> Comparison:
    from . import align

    articles, mentions = job
    return align.compare_articles(articles, mentions)


class Renderer(Protocol):
    """How mentions become output text, one article at a time (``formats.MentionBlocks``)."""

    tag: str  # what tells its texts apart from another renderer's in the cache (format, options)

    def __call__(self, article: str, items: Sequence[Item]) -> bytes | None: ...


class _Sized:
    """An iterator with a length, so a progress bar (``Progress``) can show how far it is."""

    def __init__(self, it: Iterator[Any], n: int) -> None:
        self._it, self._n = it, n

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[Any]:
        return self._it


class Pipeline:
    """Reading, extraction and comparison through one executor and one cache; close it (or use ``with``)."""

    def __init__(self, executor: Executor | None = None, cache: Cache | None = None, *,
                 warn: Warn | None = None, progress: Progress | None = None) -> None:
        self.executor: Executor = executor or Serial()
        self.cache = cache if cache is not None and cache.enabled else None
        self.warn: Warn = warn or (lambda _msg: None)
        self.progress = progress
        self.max_bytes = DEFAULT_MAX_BYTES
        self.skipped: set[str] = set()  # ids of the articles extraction skipped (over budget, a bug)
        self._file_keys: dict[Path, bytes] = {}  # the cache key of each file read (its path and bytes)

    @classmethod
    def open(cls, *, jobs: int | None = 1, scheduler: str | None = None, cache: bool = False,
             cache_dir: str | Path | None = None, warn: Warn | None = None,
             progress: Progress | None = None) -> Pipeline:
        """``jobs``: worker processes (None: every core); ``scheduler``: a Dask scheduler's address;
        ``cache``: use the cache in ``cache_dir`` (default: the user's cache directory)."""
        store = Cache(Path(cache_dir) if cache_dir else default_directory(), warn=warn) if cache else None
        try:
            executor = open_executor(jobs, scheduler, warn=warn)
        except BaseException:
            if store:
                store.close()
            raise
        return cls(executor, store, warn=warn, progress=progress)

    def close(self) -> None:
        self.executor.close()
        if self.cache:
            self.cache.close()

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _store(self, entries: list[tuple[bytes, bytes]]) -> None:
        """Cache encoded results, unless there are none or they come from workers that run other code."""
        if self.cache and entries and self.executor.trusted:
            self.cache.put_encoded(entries)

    def _store_batch(self, entries: list[tuple[bytes, bytes]]) -> None:
        """Store ``entries`` once there are ``STORE_BATCH`` and empty the list: written while workers
        extract, they are not all left to write (and wait for) at the end."""
        if len(entries) >= STORE_BATCH:
            self._store(entries)
            entries.clear()

    # ------------------------------------------------------------ reading

    def read(self, paths: Sequence[str | Path] | str | Path, *, recursive: bool = False,
             **options: Any) -> list[Article]:
        """``read_articles`` with the files parsed by the executor or taken from the cache; ``options``
        go to ``read_articles`` (whatever it takes besides paths, recursive, warn and read_files)."""
        self.max_bytes = options.get("max_bytes") or DEFAULT_MAX_BYTES
        options["max_bytes"] = self.max_bytes
        return read_articles(paths, recursive=recursive, warn=self.warn, read_files=self.read_files,
                             dates=self.dates, **options)

    def read_files(self, files: Sequence[Path], warn: Warn) -> list[Article]:
        """The articles of ``files`` in order, their warnings through ``warn`` in the same order as one by one."""
        return _in_order(files, self.parse_files(files), warn)

    def parse_files(self, files: Sequence[Path]) -> dict[Path, tuple[list[Article], list[str]]]:
        """Each file's articles and warnings: from the cache, or parsed by the executor (then cached)."""
        done: dict[Path, tuple[list[Article], list[str]]] = {}
        jobs: list[tuple[Path, bytes | None, bytes]] = []
        deferred = self.cache is None and self.executor.local  # no cache key to take: the workers read
        for f in files:
            if deferred and str(f) != STDIN:  # (standard input is this process's to read)
                jobs.append((f, None, b""))
                continue
            notes: list[str] = []
            data = read_file_bytes(f, notes.append, self.max_bytes)
            if data is None:  # unreadable, not a regular file, too big: its one warning
                done[f] = [], notes
                self._file_keys.pop(f, None)  # (it gives no articles now, whatever it gave before)
                continue
            key = file_key(f, data) if self.cache else b""
            jobs.append((f, data, key))
            if self.cache:
                self._file_keys[f] = key
        found = self.cache.get_many([k for _, _, k in jobs]) if self.cache else {}
        todo = [(f, data, key) for f, data, key in jobs if key not in found]
        for f, _, key in jobs:
            if key in found:
                done[f] = found[key]
        results = self.executor.map(parse_job, [(str(f), data, self.max_bytes) for f, data, _ in todo], encoded=True,
                                    light=True)
        fresh: list[tuple[bytes, bytes]] = []
        for (f, _, key), res in zip(todo, results, strict=True):
            done[f], raw = _decoded(res, self.cache is not None)
            fresh.append((key, raw))
        self._store(fresh)
        return done

    def dates(self, files: Sequence[Path], articles: list[Article], reference_date: date | None) -> list[Article]:
        """``date_articles`` through the cache: the articles' dates are a function of all of them, so of the
        files read (their paths and bytes: their keys) and ``--date``; stored as what dating changed. On a
        re-run over an unchanged folder this replaces reading every article for its dates, which took
        half the time of a cached ``cfdiff extract`` (1.0 of 1.8 s of CPU at 4,000 articles)."""
        if not self.cache:
            return date_articles(articles, reference_date, self.read_days)
        key = digest("dates", reference_date and reference_date.toordinal(),
                     [self._file_keys.get(f, b"") for f in files], len(articles))
        hit = self.cache.get_many([key]).get(key)
        if hit is not None:
            return _redated(articles, hit)
        out = date_articles(articles, reference_date, self.read_days)
        self.cache.put_encoded([(key, encode(_dating(articles, out)))])  # derived from cached files: always stored
        return out

    def read_days(self, pairs: Sequence[tuple[str, date]]) -> list[list[date]]:
        """``read_weekday_days`` by the executor, through the cache (keyed by the text and the day): dating
        undated articles reads the dated ones' weekdays with the event extractor, half of a cached
        re-run's time without the cache, and all of it on one core without the executor."""
        keys = [digest("weekdays", text, on.toordinal()) for text, on in pairs] if self.cache else []
        found = self.cache.get_many(keys) if self.cache else {}
        todo = [i for i in range(len(pairs)) if not keys or keys[i] not in found]
        fresh = dict(zip(todo, self.executor.map(weekday_days_job, [pairs[i] for i in todo]), strict=True))
        if keys and fresh:  # plain lists of day numbers, whoever computed them: always stored
            self.cache.put_encoded([(keys[i], encode(days)) for i, days in fresh.items()])
        return [[date.fromordinal(n) for n in (fresh[i] if i in fresh else found[keys[i]])] for i in range(len(pairs))]

    # ------------------------------------------------------------ extraction

    def extract(self, articles: Sequence[Article], kinds: Sequence[str] = KINDS) -> list[Mention]:
        """``extract_articles``: all mentions, in article order."""
        return list(self.iter_extract(articles, kinds))

    def iter_extract(self, articles: Sequence[Article], kinds: Sequence[str] = KINDS) -> Iterator[Mention]:
        """The mentions in article order, each article's as soon as it and those before it are done, so
        writing them overlaps the workers' extraction of the next ones."""
        for a, items in zip(articles, self._items(articles, kinds), strict=True):
            for it in items:
                yield Mention(a.id, it)

    def iter_blocks(self, articles: Sequence[Article], kinds: Sequence[str], render: Renderer) -> Iterator[Block]:
        """Each article's mentions as ``render`` writes them, in article order: from the cache (keyed by
        what keys the mentions, the article's id, which the text carries, and ``render.tag``), else made
        where the mentions are (in the worker that extracts them, or here from cached ones) and cached.
        A re-run on an unchanged folder, and the parent of workers, decode and format no mention. A block
        ``render`` declines (None) is given as the items."""
        if not self.cache:
            for a, (items, text) in zip(articles, self._rendered(articles, kinds, render), strict=True):
                yield Block(a.id, text, items)
            return
        settings = Settings(tuple(kinds))
        item_keys = [article_key(a, settings) for a in articles]
        keys = [digest("block", render.tag, a.id, k) for a, k in zip(articles, item_keys, strict=True)]
        found = self.cache.get_many(keys)
        missing = [i for i, k in enumerate(keys) if k not in found]
        fresh = self._rendered([articles[i] for i in missing], kinds, render, [item_keys[i] for i in missing])
        new: list[tuple[bytes, bytes]] = []
        for a, key in zip(articles, keys, strict=True):
            hit = found.get(key)
            if isinstance(hit, bytes):
                yield Block(a.id, hit)
                continue
            items, text = next(fresh)
            if text is not None and a.id not in self.skipped:  # a skipped article is tried again next time
                new.append((key, encode(text)))
                self._store_batch(new)
            yield Block(a.id, text, items)
        for _ in fresh:  # run it to its end, where it caches the mentions it extracted
            pass
        self._store(new)

    def _rendered(self, articles: Sequence[Article], kinds: Sequence[str], render: Renderer,
                  keys: list[bytes] | None = None) -> Iterator[tuple[tuple[Item, ...], bytes | None]]:
        """Each article's (items, block) in order, as ``_items`` gives the items; the items are () unless
        the block is None (made in place). Extracted articles are rendered by the worker."""
        keys, cached, fresh = self._lookup(
            articles, kinds, lambda settings, keep: partial(extract_render_job, settings, render, keep), keys)
        new: list[tuple[bytes, bytes]] = []
        for i, hit in enumerate(cached):
            a = articles[i]
            if hit is not None:
                text = render(a.id, hit)
                yield (hit if text is None else ()), text
                continue
            raw, text = next(fresh)
            if isinstance(raw, str):
                self._skip(a, raw)
                yield (), render(a.id, ())
                continue
            if keys and raw is not None:
                new.append((keys[i], raw))
                self._store_batch(new)
            yield (decode(raw) if text is None and raw is not None else ()), text
        self._store(new)

    def kept(self, articles: Sequence[Article]) -> list[Article]:
        """The articles extraction did not skip (call once their mentions have been taken)."""
        return [a for a in articles if a.id not in self.skipped]

    def extract_groups(self, groups: Sequence[Sequence[Article]], kinds: Sequence[str] = KINDS) -> list[list[Mention]]:
        """The mentions of several groups of articles (events) in one go: one map keeps every worker busy."""
        items = self._items([a for g in groups for a in g], kinds)
        out = [[Mention(a.id, it) for a in g for it in next(items)] for g in groups]
        # the events lose the articles extraction skipped, as one comparison does
        for _ in items:  # run the generator to its end, where it stores what it extracted
            pass
        return out

    def _items(self, articles: Sequence[Article], kinds: Sequence[str]) -> Iterator[tuple[Item, ...]]:
        """Each article's items, in order: from the cache, or extracted by the executor (then cached, a
        batch at a time)."""
        keys, cached, fresh = self._lookup(articles, kinds, lambda settings, _keep: partial(extract_job, settings),
                                           encoded=True)
        new: list[tuple[bytes, bytes]] = []
        for i, hit in enumerate(cached):
            if hit is not None:
                yield hit
                continue
            items, raw = _decoded(next(fresh), bool(keys))
            if isinstance(items, str):
                self._skip(articles[i], items)
                yield ()
                continue
            if keys:
                new.append((keys[i], raw))
                self._store_batch(new)
            yield items
        self._store(new)

    def _lookup(self, articles: Sequence[Article], kinds: Sequence[str],
                job: Callable[[Settings, bool], Callable[[Article], Any]], keys: list[bytes] | None = None, *,
                encoded: bool = False) -> tuple[list[bytes], list[tuple[Item, ...] | None], Iterator[Any]]:
        """What ``_items`` and ``_rendered`` share: each article's cache key (none without a cache; ``keys``
        if the caller has them), its cached items or None, and what ``job(settings, caching)`` gave for
        the others, in order, through the progress bar."""
        settings = Settings(tuple(kinds))
        if not self.cache:
            keys = []
        elif keys is None:
            keys = [article_key(a, settings) for a in articles]
        found = self.cache.get_many(keys) if self.cache else {}
        cached: list[tuple[Item, ...] | None] = [found.get(k) for k in keys] if keys else [None] * len(articles)
        todo = [a for a, it in zip(articles, cached, strict=True) if it is None]
        results: Iterable[Any] = self.executor.map(job(settings, bool(keys)), todo, encoded=encoded)
        if self.progress and todo:
            results = self.progress(_Sized(iter(results), len(todo)))  # type: ignore[arg-type]
        return keys, cached, iter(results)

    def _skip(self, article: Article, warning: str) -> None:
        """Say why an article is skipped (over its budget, a bug); never cache it (a budget depends on the machine)."""
        self.warn(warning)
        self.skipped.add(article.id)

    # ------------------------------------------------------------ comparison

    def compare_each(self, corpora: Sequence[str | Path] | str | Path, *, recursive: bool = False,
                     kinds: Sequence[str] = KINDS, names: Iterable[tuple[str, str]] = (),
                     **options: Any) -> Iterator[tuple[str, Comparison]]:
        """(event name, comparison) for every sub-folder of the corpora, in path order, produced in
        batches of about ``EACH_BATCH`` articles: each batch is read, extracted and compared with
        every worker busy, and memory holds one batch, not the whole corpus. ``names``: outlet names
        for any event's files (one that names no article of any event is warned about at the end);
        ``options``: as ``read``."""
        naming = _Naming(list(names))
        self.max_bytes = options.get("max_bytes") or DEFAULT_MAX_BYTES
        batch: list[tuple[str, Path]] = []
        files: list[Path] = []
        for name, folder in event_folders(corpora, self.warn):
            batch.append((name, folder))
            files += _quiet_files(folder, recursive)
            if len(files) >= EACH_BATCH:
                yield from self._compare_batch(batch, files, recursive, kinds, naming, options)
                batch, files = [], []
        if batch:
            yield from self._compare_batch(batch, files, recursive, kinds, naming, options)
        if self.warn:
            for key, name in naming.pairs:
                if key not in naming.hits:
                    self.warn(unmatched_name(key, name))

    def _compare_batch(self, events: list[tuple[str, Path]], files: list[Path], recursive: bool,
                       kinds: Sequence[str], naming: _Naming,
                       options: dict[str, Any]) -> Iterator[tuple[str, Comparison]]:
        parsed = self.parse_files(files)

        def from_parsed(fs: Sequence[Path], warn: Warn) -> list[Article]:
            missing = [f for f in fs if f not in parsed]  # a file that appeared since: read it now
            if missing:
                parsed.update(self.parse_files(missing))
            return _in_order(fs, parsed, warn)

        named: list[tuple[str, list[Article]]] = []
        for name, folder in events:
            try:
                arts = read_articles([folder], recursive=recursive, warn=self.warn, read_files=from_parsed,
                                     dates=self.dates, **options)
                named.append((name, apply_names(arts, naming.pairs, hits=naming.hits)))
            except InputError as e:
                self.warn(f"skipped event {name}: {e}")
        groups = self.extract_groups([arts for _, arts in named], kinds)
        jobs = [(self.kept(arts), ms) for (_, arts), ms in zip(named, groups, strict=True)]
        weight = sum(len(arts) for arts, _ in jobs)
        for (name, _), cmp in zip(named, self.executor.map(compare_job, jobs, weight=weight), strict=True):
            yield name, cmp


@dataclass
class _Naming:
    """``--name`` pairs over many events, and the keys that have named some article so far."""

    pairs: list[tuple[str, str]]
    hits: set[str] = field(default_factory=set)


def _decoded(result: Any, keep: bool) -> tuple[Any, bytes]:
    """A result and (if ``keep``, for the cache) its encoding, whichever of the two a worker sent
    (see ``Executor.map``)."""
    if isinstance(result, bytes):
        return decode(result), result
    return result, encode(result) if keep else b""


DATED = ("published", "published_source", "told_years")  # the fields of an article that dating sets


def _dating(before: list[Article], after: list[Article]) -> list[tuple[int, tuple[Any, ...]]]:
    """What dating changed: (index, the ``DATED`` fields) of each article it changed."""
    return [(i, new) for i, (a, b) in enumerate(zip(before, after, strict=True))
            if (new := tuple(getattr(b, f) for f in DATED)) != tuple(getattr(a, f) for f in DATED)]


def _redated(articles: list[Article], changes: list[tuple[int, tuple[Any, ...]]]) -> list[Article]:
    """``articles`` with ``changes`` (``_dating``) applied."""
    out = list(articles)
    for i, values in changes:
        out[i] = replace(out[i], **dict(zip(DATED, values, strict=True)))
    return out


def _in_order(files: Sequence[Path], parsed: dict[Path, tuple[list[Article], list[str]]], warn: Warn) -> list[Article]:
    """The parsed files' articles in file order, their warnings replayed in the same order."""
    out: list[Article] = []
    for f in files:
        arts, notes = parsed[f]
        for note in notes:
            warn(note)
        out += arts
    return out


def _quiet_files(folder: Path, recursive: bool) -> list[Path]:
    try:
        return article_files([folder], recursive=recursive)
    except InputError:
        return []


def event_folders(corpora: Sequence[str | Path] | str | Path, warn: Warn | None = None) -> list[tuple[str, Path]]:
    """(name, folder) of every event: the sub-folders of each corpus, in path order. Named by the folder's
    name, or by its path where two corpora have a folder of the same name. Files directly in a corpus
    and hidden folders are skipped, with a warning."""
    say: Warn = warn or (lambda _msg: None)
    if isinstance(corpora, (str, Path)):
        corpora = [corpora]
    if not corpora:
        raise InputError("no input given: name a corpus folder, one sub-folder per event")
    folders: list[Path] = []
    for c in corpora:
        root = Path(c)
        if not root.is_dir():
            raise InputError(f"--each needs folders: {c} is {'not a folder' if root.exists() else 'missing'}")
        for entry in sorted(root.iterdir(), key=lambda p: p.name):
            if entry.name.startswith("."):
                say(f"skipped {entry}{'/: hidden folder' if entry.is_dir() else ': hidden file'}")
            elif entry.is_dir():
                folders.append(entry)
            elif entry.suffix.lower() in ARTICLE_SUFFIXES:
                say(f"skipped {entry}: --each compares the sub-folders of {c}, one event each")
    if not folders:
        named = ", ".join(str(c) for c in corpora)
        raise InputError(f"no event folders in {named} (--each compares each sub-folder as one event)")
    folders.sort(key=path_order)
    seen = Counter(f.name for f in folders)
    return [(f.name if seen[f.name] == 1 else str(f), f) for f in folders]
