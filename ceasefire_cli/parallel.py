"""Run a pure function over many items: in this process, in local worker processes, or on Dask.

Every executor gives the results in the order of the items, whatever order the workers finish in,
so the output never depends on how many workers there are. The functions sent to workers are
module-level functions (or ``functools.partial`` of them) of picklable arguments, and workers share
no state with the parent, so every multiprocessing start method works (the tests run ``spawn``).
The pool forks its workers on Linux when this process has a single thread, and spawns them
otherwise (other systems, or threads that a fork could leave holding a lock). Measured here: two
forked workers are ready in 0.01 s with the extractors' patterns already compiled; two spawned ones
in 0.3-0.8 s, as each imports and compiles the extractors again (0.2 s of CPU each, more under load;
a process that imports them takes 0.14 s of CPU where ``patterns`` holds them compiled, 0.28 s without).
A map that needs no extractor (reading files: ``light``) forks its workers at once and the parent
imports the extractors while they work; the next map forks workers that inherit them.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor as _PoolExecutor
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from typing import Any, Protocol, TypeVar

from .cache import encode

T = TypeVar("T")
R = TypeVar("R")

# Fewer items than this are done in this process: below it, starting the workers costs more than it saves.
# Measured on this 2-core machine (`cfdiff extract --jobs 1` vs `--jobs 2` with the pool forced, CPU time
# of the whole run, 20 to 320 articles): forked workers add 0.06 s of CPU at 20 articles and ~0.3 ms per
# article (pickling); an article costs ~3.6 ms to read and extract on one core. Two workers halve
# that from the first article, so the pool pays from ~20-40 articles on; 40 keeps a handful in one process.
POOL_MIN = 40
CHUNKS_PER_WORKER = 8  # tasks per worker per map: enough to balance uneven articles, few enough to be cheap
CHUNK_MAX = 32  # items per task at most: progress moves, and no task carries more than ~1 MB of text
PRELOAD = ("ceasefire_cli.extract", "ceasefire_cli.align")  # what workers run: imported before forking them


def _preloaded() -> bool:
    return all(name in sys.modules for name in PRELOAD)


def _preload() -> None:
    for name in PRELOAD:
        importlib.import_module(name)


def cpu_count() -> int:
    """Cores this process may use (its affinity mask where the platform has one)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


class Executor(Protocol):
    """Maps a function over items, results in item order. ``trusted``: results may be cached."""

    workers: int
    trusted: bool
    local: bool  # its workers see this machine's files (a worker may read an input file itself)

    def map(self, fn: Callable[[T], R], items: Sequence[T], *, weight: int | None = None,
            encoded: bool = False, light: bool = False) -> Iterator[R | bytes]:
        """``weight``: how much work the items are, in articles (default: their number). ``encoded``:
        results computed in another process come back as ``cache.encode`` bytes (faster to send and
        load than pickle's default for the models, and ready to be cached); those computed here do not.
        ``light``: ``fn`` needs none of the extractors (``PRELOAD``), so workers need not load them first."""
        ...

    def close(self) -> None: ...


class Serial:
    """Everything in this process, one item after another (``--jobs 1``)."""

    workers = 1
    trusted = True
    local = True

    def map(self, fn: Callable[[T], R], items: Sequence[T], *, weight: int | None = None,
            encoded: bool = False, light: bool = False) -> Iterator[R | bytes]:
        return map(fn, items)

    def close(self) -> None:
        pass


def encoded_result(fn: Callable[[T], Any], item: T) -> bytes:
    """Run in a worker: ``fn(item)`` as ``cache.encode`` bytes."""
    return encode(fn(item))


def start_method() -> str:
    """fork on Linux in a single-threaded process (cheap, and safe there); spawn everywhere else."""
    return "fork" if sys.platform.startswith("linux") and threading.active_count() == 1 else "spawn"


def _ignore_interrupt() -> None:
    """Worker initializer: Ctrl-C is the parent's to handle (it stops the pool), not a traceback per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def chunk_size(n: int, workers: int, most: int = CHUNK_MAX) -> int:
    return max(1, min(most, n // (workers * CHUNKS_PER_WORKER)))


class LocalPool:
    """Worker processes on this machine, started on the first map worth it (``POOL_MIN``) and reused."""

    trusted = True
    local = True

    def __init__(self, jobs: int, *, min_items: int | None = None, method: str | None = None) -> None:
        self.workers = max(1, jobs)
        self.min_items = POOL_MIN if min_items is None else min_items
        self.method = method  # a multiprocessing start method; None: ``start_method()``
        self._pool: _PoolExecutor | None = None
        self._bare = False  # forked before ``PRELOAD`` was imported: replaced before a map that needs it

    @property
    def started(self) -> bool:
        return self._pool is not None

    def _start(self, light: bool) -> _PoolExecutor:
        if self._pool is not None and self._bare and not light:
            self.close()
        if self._pool is None:
            method = self.method or start_method()
            self._bare = method == "fork" and light and not _preloaded()
            if method == "fork" and not self._bare:  # forked workers inherit these modules, compiled once
                _preload()
            ctx = multiprocessing.get_context(method)
            self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_ignore_interrupt)
        return self._pool

    def map(self, fn: Callable[[T], R], items: Sequence[T], *, weight: int | None = None,
            encoded: bool = False, light: bool = False) -> Iterator[R | bytes]:
        n = len(items) if weight is None else weight
        if self.workers < 2 or len(items) < 2 or (self._pool is None and n < self.min_items):
            return map(fn, items)
        task = partial(encoded_result, fn) if encoded else fn
        results = self._start(light).map(task, items, chunksize=chunk_size(len(items), self.workers))
        if self._bare:
            _preload()
        return results

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def open_executor(jobs: int | None = None, scheduler: str | None = None, *,
                  warn: Callable[[str], None] | None = None) -> Any:
    """The executor for ``--jobs`` / ``--scheduler``: Dask if a scheduler is named, else local processes
    (``jobs`` None: every core; 1: this process only)."""
    if scheduler:
        from .cluster import DaskExecutor

        return DaskExecutor(scheduler, warn=warn)
    n = cpu_count() if jobs is None else jobs
    if n < 1:
        raise ValueError(f"--jobs must be at least 1, not {n}")
    return Serial() if n == 1 else LocalPool(n)
