"""Compiled patterns kept between runs, as Python keeps bytecode in ``__pycache__``.

The ``regex`` package parses a pattern in pure Python: compiling the 238 patterns the extractors build
when imported took 0.17-0.19 s of the 0.57-0.62 s ``cfdiff compare seeds/ --no-cache`` took here (two
cores, shared). A compiled pattern pickles as its compiled code (``regex._regex.compile`` and the
arguments it was built from), and those 238 load back in 4-5 ms (a 160 KB file); the same run now
takes 0.37-0.46 s. So ``compile`` looks the pattern up in a store, one file in the user's cache
directory, loaded on the first call, and compiles only what is not there; at exit, the process that
loaded the store writes it again if it compiled anything new.

The compiled code depends on the ``regex`` version and on Python's, so both name the file. The key
is the pattern and its flags, so a pattern read back is the one asked for; patterns whose code
depends on more than that (the locale, a changed ``regex.DEFAULT_VERSION``, named lists) are compiled
every time. The file is checked against its SHA-256 first, so a damaged file is never read back, then
read with an unpickler that calls nothing but ``regex._regex.compile`` (a tampered file cannot run
code). It is written to a temporary file and renamed over the old one, so two runs at once or a run
killed half-way leave a whole file. Anything wrong (no file, a damaged one, an unwritable folder)
costs the compile time, never a run; ``CFDIFF_PATTERN_CACHE=0`` turns the store off.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import io
import os
import pickle
import sys
from pathlib import Path
from typing import Any

import regex
from regex import _regex

ENV = "CFDIFF_PATTERN_CACHE"  # "0": compile every pattern, read and write no file
# ~4x what the package compiles: past it, a write keeps only the patterns the run used (edits leave old ones)
MAX_ENTRIES = 1000
_DIGEST = hashlib.sha256().digest_size

Key = tuple[str, int]


def file_name() -> str:
    """The store's file name: compiled code is only valid for the ``regex`` and Python that made it."""
    return f"patterns-{regex.__version__}-py{sys.version_info.major}{sys.version_info.minor}.pickle"


class _PatternsOnly(pickle.Unpickler):
    """Unpickles builtins and compiled patterns (``regex._regex.compile``), nothing else."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == (_regex.__name__, "compile"):
            return _regex.compile
        raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")


def _valid(entries: Any) -> bool:
    """Whether what a file held is a store: (pattern, flags) keys, each to a compiled pattern of that pattern."""
    return isinstance(entries, dict) and all(
        isinstance(k, tuple) and len(k) == 2 and type(k[0]) is str and type(k[1]) is int
        and isinstance(p, regex.Pattern) and p.pattern == k[0] and not p.flags & regex.LOCALE
        for k, p in entries.items())


def _in_worker() -> bool:
    """Whether this is a worker process of ``multiprocessing`` (forked or spawned), which leaves the store alone."""
    mp = sys.modules.get("multiprocessing")  # a worker has imported it; a run that never did is no worker
    return mp is not None and mp.parent_process() is not None


class Store:
    """Compiled patterns by (pattern, flags), read from ``path`` on the first ``compile``; ``path`` None:
    no file, every pattern compiled."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._patterns: dict[Key, regex.Pattern[str]] | None = None  # None until loaded
        self._used: set[Key] = set()
        self._new = False  # compiled a pattern the file lacked
        self._pid = -1  # the process that loaded the file: only it writes

    def compile(self, pattern: str, flags: int = 0, **kwargs: Any) -> regex.Pattern[str]:
        """``regex.compile(pattern, flags, **kwargs)``, from the store when it holds the pattern."""
        if kwargs or type(pattern) is not str or regex.DEFAULT_VERSION != regex.VERSION0:
            return regex.compile(pattern, flags, **kwargs)
        if self._patterns is None:
            self._patterns = self.load()
        key = (pattern, int(flags))
        self._used.add(key)
        found = self._patterns.get(key)
        if found is None:
            found = regex.compile(pattern, flags)
            if not found.flags & regex.LOCALE:  # its code depends on the locale of the run, not only the key
                self._patterns[key] = found
                self._new = True
        return found

    def load(self) -> dict[Key, regex.Pattern[str]]:
        """The patterns in the file, or none if it is missing, damaged or not a store."""
        self._pid = os.getpid()
        if self.path is None:
            return {}
        try:
            raw = self.path.read_bytes()
            data = raw[_DIGEST:]
            if hashlib.sha256(data).digest() != raw[:_DIGEST]:
                return {}
            entries = _PatternsOnly(io.BytesIO(data)).load()
        except Exception:  # whatever a damaged or tampered file raises: compile instead
            return {}
        return entries if _valid(entries) else {}

    def save(self) -> None:
        """Write the store if this run compiled a pattern it lacked, from the process that loaded it only:
        not from a forked worker, which inherits it, nor a spawned one (workers run side by side).
        Errors are ignored."""
        entries = self._patterns
        if self.path is None or entries is None or not self._new or self._pid != os.getpid() or _in_worker():
            return
        if len(entries) > MAX_ENTRIES:
            entries = {k: p for k, p in entries.items() if k in self._used}
        with contextlib.suppress(Exception):  # an unwritable folder, a full disk: compile again next time
            _write(self.path, pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL))
        self._new = False


def _write(path: Path, data: bytes) -> None:
    """Replace ``path`` with its digest and ``data`` at once: a reader sees the old file or the new one."""
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(hashlib.sha256(data).digest() + data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def default_store() -> Store:
    """The store in the user's cache directory, or none when ``CFDIFF_PATTERN_CACHE=0``."""
    if os.environ.get(ENV, "1") == "0":
        return Store(None)
    from .cache import default_directory

    try:
        return Store(default_directory() / file_name())
    except Exception:  # no cache directory to be had: compile every pattern
        return Store(None)


_default = default_store()
atexit.register(_default.save)


def compile(pattern: str, flags: int = 0, **kwargs: Any) -> regex.Pattern[str]:
    """``regex.compile`` through the user's store of compiled patterns."""
    return _default.compile(pattern, flags, **kwargs)
