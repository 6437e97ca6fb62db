"""Fuzz benchmark (``make fuzzbench``): generated hostile folders through the library and the CLI.

Prints figures; asserts nothing. For each library input a folder of one to four generated articles
(``fuzzgen``) is read, every article extracted under a timer, the comparison written in every
format; then the whole is run again through ``compare_folder`` and the two outputs compared. For
each CLI input a random command, format and options run twice as a subprocess. Counted:

- internal errors ("internal error" in a warning or on stderr, or an exception escaping the library),
- tracebacks on stderr,
- format violations (JSON/JSONL/CSV/TSV that does not parse or carries NaN/Infinity, output that is
  not UTF-8, a span whose offsets do not give its text, a warning that is not one printable line),
- non-deterministic outputs (the second run differs; listed apart when one run skipped an article
  over its time budget and the other did not, which depends on the machine's speed), writes into an
  input folder,
- and the slowest extractions: seconds for the slowest articles, and seconds per 100 KB for
  articles of 10 KB and more.

Findings that belong to output escaping (raw U+2028 in JSONL, formula-leading CSV cells, control or
bidi characters in tables) are listed separately as notes.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .align import compare_articles
from .budget import BudgetExceeded, time_limit
from .counted import find_counts
from .dates import find_events
from .extract import extract_article
from .fuzzgen import make_folder, write_folder
from .ingest import InputError, read_articles
from .quotes import find_quotes
from .show import articles_text, comparison_text, mentions_text
from .view import select

HANG_S = 10.0  # an extraction still running after this long is stopped (10x the goal) and counted
SLOW_S = 1.0  # the goal: no article of up to 100 KB takes longer than this to extract
RATE_MIN_CHARS = 10_000  # seconds per 100 KB are reported only for articles at least this long
_UNSAFE_LINE = {"\u2028", "\u2029", "\x85"}


@dataclass
class Stats:
    inputs: int = 0
    articles: int = 0
    chars: int = 0
    internal: list[str] = field(default_factory=list)
    tracebacks: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    nondeterministic: list[str] = field(default_factory=list)
    budget_flips: list[str] = field(default_factory=list)  # differ only because an article hit its time budget
    writes: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    times: list[tuple[float, int, str]] = field(default_factory=list)  # (seconds, characters, where)
    ingest_times: list[tuple[float, int, str]] = field(default_factory=list)
    notes: Counter = field(default_factory=Counter)
    slow_by: Counter = field(default_factory=Counter)  # extractor -> articles over SLOW_S because of it
    exits: Counter = field(default_factory=Counter)


def _snapshot(d: Path) -> list[tuple[str, int, int]]:
    out = []
    for root, dirs, files in os.walk(d):
        for n in sorted(dirs + files):
            p = Path(root) / n
            st = p.lstat()
            out.append((str(p), st.st_size, st.st_mtime_ns))
    return sorted(out)


def _no_constant(c: str) -> Any:
    raise ValueError(f"non-finite number {c}")


def _json_error(s: str, lines: bool, split: bool) -> str | None:
    """Why ``s`` is not JSON (or JSONL: one value per line, split as ``split`` says), or None."""
    try:
        if not lines:
            json.loads(s, parse_constant=_no_constant)
            return None
        for line in s.splitlines() if split else s.split("\n"):
            if line.strip():
                json.loads(line, parse_constant=_no_constant)
    except ValueError as e:
        return f"{type(e).__name__}: {str(e)[:120]}"
    return None


def _check_json(s: str, where: str, stats: Stats, lines: bool = False) -> None:
    error = _json_error(s, lines, split=True)  # str.splitlines also splits on U+2028: what a careless reader does
    if error and lines and any(c in s for c in _UNSAFE_LINE):
        stats.notes["JSONL with raw U+2028/U+2029/U+0085 (splits under str.splitlines)"] += 1
        error = _json_error(s, lines, split=False)
    if error:
        stats.violations.append(f"{where}: {error}")


def _check_delimited(s: str, sep: str, where: str, stats: Stats) -> None:
    if sep == "\t":
        rows = [line.split("\t") for line in s.split("\n") if line]
    else:
        try:
            rows = list(csv.reader(io.StringIO(s, newline="")))
        except csv.Error as e:
            if "field larger than field limit" not in str(e):
                stats.violations.append(f"{where}: csv: {e}")
                return
            # valid CSV (RFC 4180 sets no limit): invisible characters escaped as \uXXXX can make a
            # 100 KB article's cell longer than Python's default reader takes; read it as a reader of
            # long fields must, and say so apart
            stats.notes["CSV cell over Python's default csv field limit (131,072; read with it raised)"] += 1
            old = csv.field_size_limit(sys.maxsize)
            try:
                rows = list(csv.reader(io.StringIO(s, newline="")))
            finally:
                csv.field_size_limit(old)
    if rows and any(len(r) != len(rows[0]) for r in rows):
        stats.violations.append(f"{where}: rows of different lengths")
    if any(c[:1] in ("=", "+", "-", "@") for r in rows[1:] for c in r):
        stats.notes["CSV/TSV cell starting with = + - @ (formula injection)"] += 1


def _check_human(s: str, stats: Stats, what: str) -> None:
    if any(c in s for c in "\x1b\x07\x08\x9b\u202e\u202d\u2066\u2067\u2068\u200b"):
        stats.notes[f"control/bidi/zero-width characters in {what}"] += 1


def _outputs(arts: list, mentions: list, stats: Stats, where: str) -> str:
    """Every format of the comparison and the mention list, checked; returns the JSON as the fingerprint."""
    cmp = compare_articles(arts, mentions)
    try:
        fingerprint = json.dumps(cmp.to_dict(), ensure_ascii=False, allow_nan=False, sort_keys=True)
    except ValueError as e:
        stats.violations.append(f"{where}: JSON: {e}")
        fingerprint = json.dumps(cmp.to_dict(), ensure_ascii=False, sort_keys=True)
    outs: dict[str, str] = {}
    view = select(cmp, include_single=True)
    for fmt in ("json", "jsonl", "csv", "tsv"):
        outs[f"compare {fmt}"] = comparison_text(view, fmt, evidence=True)
        outs[f"extract {fmt}"] = mentions_text(arts, mentions, fmt)
        outs[f"ingest {fmt}"] = articles_text(arts, fmt)
    outs["compare wide-csv"] = comparison_text(view, "wide-csv", evidence=True)
    outs["compare markdown"] = comparison_text(view, "markdown", evidence=True)
    outs["compare table"] = comparison_text(view, "table", width=100, evidence=True)
    for name, s in outs.items():
        try:
            s.encode("utf-8")
        except UnicodeEncodeError as e:
            stats.violations.append(f"{where} {name}: not UTF-8 ({e.reason})")
            continue
        fmt = name.split()[1]
        if fmt in ("json", "jsonl"):
            _check_json(s, f"{where} {name}", stats, lines=fmt == "jsonl")
        elif fmt in ("csv", "tsv", "wide-csv"):
            _check_delimited(s, "\t" if fmt == "tsv" else ",", f"{where} {name}", stats)
        else:
            _check_human(s, stats, fmt)
    return fingerprint


def _check_warnings(warnings: list[str], stats: Stats, where: str) -> None:
    for w in warnings:
        if "internal error" in w:
            stats.internal.append(f"{where}: {w[:300]}")
        if not w.isprintable():
            stats.violations.append(f"{where}: warning not one printable line: {w[:120]!r}")


def _slowest_extractor(a: Any) -> str:
    """Which extractor makes an article slow: each one timed on its own (at most ``HANG_S`` each)."""
    pub = date.fromisoformat(a.published) if a.published else None
    times = {}
    for name, fn in (("counts", lambda: find_counts(a.clean)), ("quotes", lambda: find_quotes(a.clean)),
                     ("events", lambda: find_events(a.clean, pub))):
        t0 = time.perf_counter()
        try:
            with time_limit(HANG_S):
                fn()
        except BudgetExceeded:
            pass
        except Exception:  # counted as an internal error by the caller's run already
            pass
        times[name] = time.perf_counter() - t0
    name = max(times, key=times.__getitem__)
    return f"{name} {times[name]:.1f} s"


def library_input(i: int, seed: int, base: Path, big: int, stats: Stats) -> None:
    r = random.Random(f"{seed}:{i}")
    folder = make_folder(r, big)
    d = write_folder(folder, base / f"in{i}")
    recursive = r.random() < 0.3
    where = f"library #{i}"
    before = _snapshot(d)
    stats.inputs += 1
    warnings: list[str] = []
    t0 = time.perf_counter()
    try:
        arts = read_articles([d], recursive=recursive, warn=warnings.append)
    except InputError:
        arts = []
    except Exception as e:
        stats.internal.append(f"{where}: read_articles: {type(e).__name__}: {e}"[:300])
        stats.tracebacks.append(traceback.format_exc(limit=-3))
        return
    stats.ingest_times.append((time.perf_counter() - t0, folder.size, where))
    mentions: list = []
    kept = []
    for a in arts:
        stats.articles += 1
        stats.chars += len(a.clean)
        t0 = time.perf_counter()
        try:
            with time_limit(HANG_S):
                found = extract_article(a)
        except BudgetExceeded:
            slow = _slowest_extractor(a)
            stats.hangs.append(f"{where} {a.id!r}: over {HANG_S:.0f} s ({len(a.clean):,} chars; {slow})")
            stats.times.append((HANG_S, len(a.clean), f"{where} {a.id!r} (stopped; {slow})"))
            stats.slow_by[slow.split()[0]] += 1
            continue
        except Exception as e:
            stats.internal.append(f"{where} {a.id!r}: {type(e).__name__}: {e}"[:300])
            stats.tracebacks.append(traceback.format_exc(limit=-3))
            continue
        dt = time.perf_counter() - t0
        slow = _slowest_extractor(a) if dt > SLOW_S else ""
        stats.times.append((dt, len(a.clean), f"{where} {a.id!r}" + (f" ({slow})" if slow else "")))
        if slow:
            stats.slow_by[slow.split()[0]] += 1
        for m in found:
            if a.text[m.item.start:m.item.end] != m.item.text:
                stats.violations.append(f"{where} {a.id!r}: offsets {m.item.start}-{m.item.end} do not give "
                                        f"{m.item.text[:40]!r}")
        kept.append(a)
        mentions += found
    _check_warnings(warnings, stats, where)
    first = _outputs(kept, mentions, stats, where) if kept else ""
    if len(kept) == len(arts):
        from . import compare_folder

        warnings2: list[str] = []
        try:
            cmp2 = compare_folder([d], recursive=recursive, warn=warnings2.append)
            second = json.dumps(cmp2.to_dict(), ensure_ascii=False, sort_keys=True)
        except InputError:
            second = ""
        except Exception as e:
            stats.internal.append(f"{where}: compare_folder: {type(e).__name__}: {e}"[:300])
            stats.tracebacks.append(traceback.format_exc(limit=-3))
            second = first
        if (second, warnings2) != (first, warnings) and not any("time budget" in w for w in warnings2):
            stats.nondeterministic.append(where)
    if _snapshot(d) != before:
        stats.writes.append(where)
    shutil.rmtree(d, ignore_errors=True)


_FORMATS = {"ingest": ("table", "json", "jsonl", "csv", "tsv"), "extract": ("table", "json", "jsonl", "csv", "tsv"),
            "compare": ("table", "markdown", "json", "jsonl", "csv", "tsv")}


def cli_input(j: int, seed: int, base: Path, big: int, stats: Stats) -> None:
    r = random.Random(f"cli:{seed}:{j}")
    folder = make_folder(r, big)
    d = write_folder(folder, base / f"cli{j}")
    cmd = r.choice(tuple(_FORMATS))
    fmt = r.choice(_FORMATS[cmd])
    args = [sys.executable, "-m", "ceasefire_cli", cmd, str(d), "--format", fmt]
    if r.random() < 0.3:
        args.append("--recursive")
    if cmd == "extract" and r.random() < 0.3:
        args += ["--kind", r.choice(("counts", "quotes", "events", "counts,events"))]
    if cmd == "compare":
        if r.random() < 0.3:
            args += ["--evidence"]
        if r.random() < 0.2:
            args += ["--only", r.choice(("conflicts", "agree", "single"))]
    where = f"cli #{j} ({cmd} --format {fmt})"
    before = _snapshot(d)
    stats.inputs += 1
    runs = []
    for _ in range(2):
        try:
            p = subprocess.run(args, capture_output=True, timeout=600, env={**os.environ, "COLUMNS": "100"})
        except subprocess.TimeoutExpired:
            stats.hangs.append(f"{where}: over 600 s")
            return
        runs.append((p.returncode, p.stdout, p.stderr))
    rc, out, err = runs[0]
    stats.exits[rc] += 1
    if runs[0] != runs[1]:
        if any(b"time budget" in run[2] for run in runs):  # an extraction near its budget: timing, not logic
            stats.budget_flips.append(where)
        else:
            stats.nondeterministic.append(where)
    err_s = err.decode("utf-8", "replace")
    if "Traceback" in err_s:
        stats.tracebacks.append(f"{where}: {err_s[-600:]}")
    if "internal error" in err_s:
        stats.internal.append(f"{where}: {err_s.strip()[:300]}")
    if rc not in (0, 1, 2) or (rc == 1 and cmd != "compare"):
        stats.violations.append(f"{where}: exit status {rc}")
    for line in err_s.splitlines():
        if not line.startswith("cfdiff: "):
            stats.violations.append(f"{where}: stderr line not from cfdiff: {line[:120]!r}")
    if not err.decode("utf-8", "replace").replace("\n", "").isprintable():
        stats.notes["control/bidi characters in stderr"] += 1
    try:
        s = out.decode("utf-8")
    except UnicodeDecodeError as e:
        stats.violations.append(f"{where}: stdout not UTF-8 ({e.reason})")
        s = ""
    if rc in (0, 1) and s:
        if fmt in ("json", "jsonl"):
            _check_json(s, where, stats, lines=fmt == "jsonl")
        elif fmt in ("csv", "tsv"):
            _check_delimited(s, "\t" if fmt == "tsv" else ",", where, stats)
        else:
            _check_human(s, stats, fmt)
    elif rc == 2 and s:
        stats.notes["exit 2 after partial stdout"] += 1
    if _snapshot(d) != before:
        stats.writes.append(where)
    shutil.rmtree(d, ignore_errors=True)


def _show(title: str, items: list[str], limit: int = 8) -> None:
    print(f"  {title}: {len(items)}")
    for x in items[:limit]:
        print("    - " + x.replace("\n", "\n      "))


def report(name: str, stats: Stats, elapsed: float, top: int) -> None:
    print(f"\n== {name}: {stats.inputs} inputs, {stats.articles} articles, {stats.chars:,} characters, "
          f"{elapsed:.0f} s")
    _show("internal errors", stats.internal)
    _show("tracebacks", stats.tracebacks, 3)
    _show("format violations", stats.violations)
    _show("non-deterministic outputs", stats.nondeterministic)
    if stats.budget_flips:
        _show("outputs that differ only because an article ran into its time budget in one run",
              stats.budget_flips)
    _show("writes into an input folder", stats.writes)
    _show("hangs (stopped)", stats.hangs)
    if stats.exits:
        print(f"  exit statuses: {dict(sorted(stats.exits.items()))}")
    if stats.times:
        upto = [t for t in stats.times if t[1] <= 100_000]
        worst = max(upto, default=(0.0, 0, ""))
        over = sum(t[0] > SLOW_S for t in upto)
        print(f"  slowest extraction of an article up to 100 KB: {worst[0]:.3f} s ({worst[1]:,} chars, {worst[2]}); "
              f"{over} over {SLOW_S:.0f} s")
        if stats.slow_by:
            print("  articles over 1 s by slowest extractor: "
                  + ", ".join(f"{k} {v}" for k, v in stats.slow_by.most_common()))
        print(f"  slowest {top} extractions (s):")
        for t, n, w in sorted(stats.times, reverse=True)[:top]:
            print(f"    {t:8.3f}  {n:>9,} chars  {w}")
        rated = sorted(((t / n * 100_000, t, n, w) for t, n, w in stats.times if n >= RATE_MIN_CHARS), reverse=True)
        print(f"  slowest {top} per 100 KB (articles >= {RATE_MIN_CHARS:,} chars; s per 100 KB):")
        for rate, t, n, w in rated[:top]:
            print(f"    {rate:8.3f}  {t:7.3f} s  {n:>9,} chars  {w}")
    if stats.ingest_times:
        t, n, w = max(stats.ingest_times)
        print(f"  slowest read of a folder: {t:.3f} s (largest file {n:,} bytes, {w})")
    if stats.notes:
        print("  notes for output escaping (not counted above):")
        for k, v in sorted(stats.notes.items()):
            print(f"    {v:6}  {k}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--library", type=int, default=10_000, help="library inputs (default 10,000)")
    ap.add_argument("--cli", type=int, default=500, help="CLI inputs (default 500)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--big", type=int, default=100_000, help="largest generated article, characters (default 100,000)")
    ap.add_argument("--cli-big", type=int, default=20_000, help="largest article in CLI inputs (default 20,000)")
    ap.add_argument("--top", type=int, default=10)
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cfdiff-fuzz-") as tmp:
        base = Path(tmp)
        if a.library:
            stats = Stats()
            t0 = time.perf_counter()
            for i in range(a.library):
                library_input(i, a.seed, base, a.big, stats)
                if (i + 1) % 1000 == 0:
                    print(f"  library {i + 1}/{a.library} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
            report("library", stats, time.perf_counter() - t0, a.top)
        if a.cli:
            stats = Stats()
            t0 = time.perf_counter()
            for j in range(a.cli):
                cli_input(j, a.seed, base, a.cli_big, stats)
                if (j + 1) % 50 == 0:
                    print(f"  cli {j + 1}/{a.cli} ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
            report("CLI", stats, time.perf_counter() - t0, a.top)
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
