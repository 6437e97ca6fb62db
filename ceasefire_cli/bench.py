"""Throughput of cfdiff on synthetic corpora built from the seed articles (``make bench``).

Prints figures; asserts nothing. Corpora of 1,000 and 4,000 articles are written to a temporary
folder (copies of the seeds, each with a distinct last line, so no cache or deduplication can make a
copy free), then each command runs as its own process, as a user would run it (its output hashed
through a pipe, so runs can be checked identical without timing the disk):

- ``extract --format jsonl`` with ``--jobs 1`` and ``--jobs 2`` (no cache), and with the cache: a
  first run into an empty cache and a re-run on the unchanged folder;
- the same first run and re-run of reading and extraction alone (the library's ``extract_folder``,
  every core, no output), which is what the cache replaces;
- ``compare --format json`` (no cache; stopped past ``--compare-timeout`` seconds or
  ``--compare-memory`` GB), and the 4,000/1,000 time ratio.

For every run: wall time, characters per second, CPU time of the run's processes (workers included)
and of everything else on the machine meanwhile (other sessions share the cores: a busy machine
makes wall times longer, and the figures say so), and the peak memory of the largest process.
First, in this process on the 1,000-article corpus: the extractors one by one and the alignment;
dates on long single lines; the seeds compared from scratch.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from .align import compare_articles
from .boilerplate import clean_text
from .counted import find_counts
from .dates import find_events
from .extract import extract_articles
from .ingest import read_articles
from .quotes import find_quotes


@dataclass
class Run:
    wall: float
    cpu: float  # user + system seconds of the run's processes
    others: float | None  # CPU seconds of everything else on the machine during the run (Linux only)
    peak_mb: float
    status: int | None  # exit status; None if stopped
    digest: str  # SHA-256 of stdout


def _busy() -> float | None:
    """Seconds of CPU the whole machine has spent busy since boot (Linux /proc/stat), or None."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


STAGE = ("import sys; from ceasefire_cli import extract_folder; "
         "extract_folder(sys.argv[1], jobs=None, cache=True, cache_dir=sys.argv[2])")


def run(args: list[str], timeout: float | None = None, memory_gb: float | None = None,
        argv: list[str] | None = None) -> Run:
    """Run ``python -m ceasefire_cli ARGS`` (or ``python ARGV``); time it and take its resource use. Its
    output goes through a pipe into a hash, not to a file: writing the same 52 MB to this machine's disk
    took anywhere from 0.04 to 1.3 s (the kernel throttles a writer once enough is left unwritten),
    which would time the disk, not cfdiff."""
    def limit() -> None:
        if memory_gb:
            cap = int(memory_gb * 2**30)
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    digest = hashlib.sha256()

    def drain(pipe: IO[bytes]) -> None:
        while chunk := pipe.read(1 << 20):
            digest.update(chunk)

    b0, t0 = _busy(), time.perf_counter()
    p = subprocess.Popen([sys.executable, *(argv or ["-m", "ceasefire_cli", *args])], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, preexec_fn=limit, start_new_session=True)
    assert p.stdout is not None
    reader = threading.Thread(target=drain, args=(p.stdout,))
    reader.start()

    def stop() -> None:  # the run and its workers: killed alone, it left them holding the pipe, read forever
        with contextlib.suppress(ProcessLookupError):  # (it may have ended just now)
            os.killpg(p.pid, signal.SIGKILL)

    timer = threading.Timer(timeout, stop) if timeout else None
    if timer:
        timer.start()
    _, wstatus, usage = os.wait4(p.pid, 0)  # its resource use, workers included (they are its children)
    if timer:
        timer.cancel()
    reader.join()
    p.stdout.close()
    status = p.returncode = os.waitstatus_to_exitcode(wstatus)
    wall = time.perf_counter() - t0
    b1 = _busy()
    cpu = usage.ru_utime + usage.ru_stime
    return Run(wall, cpu, None if b0 is None or b1 is None else max(0.0, b1 - b0 - cpu),
               usage.ru_maxrss / 1024, None if status < 0 else status, digest.hexdigest())


def build_corpus(seeds: list, n: int, folder: Path) -> int:
    """``n`` articles: copies of the seeds, each with a distinct last line; returns its characters."""
    folder.mkdir(parents=True, exist_ok=True)
    chars = 0
    for i in range(n):
        s = seeds[i % len(seeds)]
        text = s.text + f"\n{i // len(seeds)}\n"
        (folder / f"{Path(s.path).stem}~{i // len(seeds):05d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def line(label: str, r: Run, chars: int | None = None, extra: str = "") -> str:
    rate = f"{chars / r.wall / 1e6:5.2f} M chars/s  " if chars and r.status is not None else ""
    others = "" if r.others is None else f", others {r.others:5.1f} s"
    return (f"  {label:28} {r.wall:7.2f} s  {rate}(CPU: ours {r.cpu:5.1f} s{others}; peak {r.peak_mb:6.0f} MB)"
            + extra)


def extractors(folder: Path) -> None:
    """Each extractor alone, one core, in this process (as before: comparable across versions)."""
    corpus = read_articles([folder])
    chars = sum(len(x.clean) for x in corpus)
    print(f"extractors, one core, in process ({len(corpus)} articles, {chars:,} characters):")
    find_events("warm up on Thursday, March 2", date(2025, 7, 24))
    for name, fn in (
        ("cleaning", lambda a: clean_text(a.text)[1]),  # boilerplate lines found and blanked
        ("counts", lambda a: find_counts(a.clean)),
        ("quotes", lambda a: find_quotes(a.clean)),
        ("events", lambda a: find_events(a.clean, date.fromisoformat(a.published) if a.published else None)),
    ):
        t0 = time.perf_counter()
        n = sum(len(fn(x)) for x in corpus)
        dt = time.perf_counter() - t0
        print(f"  {name:8} {chars / dt / 1e6:5.2f} M chars/s  ({n:,} mentions in {dt:.2f} s)")


def in_process(corpus_folder: Path, seeds_folder: str) -> None:
    """Alignment on a corpus where every quote repeats, dates on long single lines, and the seeds
    compared from scratch: in this process, one core."""
    corpus = read_articles([corpus_folder])
    mentions = extract_articles(corpus)
    t0 = time.perf_counter()
    claims = compare_articles(corpus, mentions).claims
    dt = time.perf_counter() - t0
    print(f"align, in process: {len(corpus)} articles in {dt:.2f} s ({len(claims)} claims; every seed quote"
          " repeated, a worst case for clustering)")

    print("long single lines (date extraction was quadratic within one sentence):")
    for name, text in _long_lines():
        t0 = time.perf_counter()
        n = len(find_events(text, date(2025, 7, 24)))
        dt = time.perf_counter() - t0
        print(f"  {name:30} {len(text):>9,} chars {n:>7,} events {dt:7.2f} s ({len(text) / dt:>11,.0f} chars/s)")

    t0 = time.perf_counter()
    arts = read_articles([seeds_folder])
    cmp = compare_articles(arts, extract_articles(arts))
    dt = time.perf_counter() - t0
    print(f"compare {seeds_folder}/ (read + extract + align, in process): {dt * 1000:.0f} ms, {len(cmp.claims)} claims")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default="seeds", help="seed articles (default: seeds)")
    ap.add_argument("--sizes", default="1000,4000", help="corpus sizes in articles (default: 1000,4000)")
    ap.add_argument("--compare-timeout", type=float, default=300.0, help="stop compare after this many seconds")
    ap.add_argument("--compare-memory", type=float, default=8.0, help="stop compare past this many GB")
    ap.add_argument("--keep", action="store_true", help="keep the corpora and caches (their folder is printed)")
    a = ap.parse_args(argv)
    sizes = [int(x) for x in a.sizes.split(",")]
    seeds = read_articles([a.folder])
    work = Path(tempfile.mkdtemp(prefix="cfdiff-bench-"))
    print(f"cfdiff bench: {os.cpu_count()} cores, corpora in {work}")
    compare_times: dict[int, float] = {}
    stopped: set[int] = set()
    try:
        chars = {n: build_corpus(seeds, n, work / f"c{n}") for n in sizes}
        extractors(work / f"c{sizes[0]}")
        in_process(work / f"c{sizes[0]}", a.folder)
        for n in sizes:
            corpus = str(work / f"c{n}")
            print(f"\n{n:,} articles, {chars[n] / 1e6:.1f} M characters:")
            ex = ["extract", corpus, "--format", "jsonl"]
            j1 = run([*ex, "--jobs", "1", "--no-cache"])
            print(line("extract --jobs 1", j1, chars[n]))
            j2 = run([*ex, "--jobs", "2", "--no-cache"])
            print(line("extract --jobs 2", j2, chars[n], f"  {j1.wall / j2.wall:.2f}x --jobs 1"))
            cache = ["--cache-dir", str(work / f"cache{n}")]
            cold = run([*ex, *cache])
            print(line("extract, empty cache", cold, chars[n]))
            warm = run([*ex, *cache])
            print(line("extract, cached re-run", warm, chars[n], f"  {warm.wall / cold.wall:.0%} of the first run"))
            same = len({j1.digest, j2.digest, cold.digest, warm.digest}) == 1
            print(f"  outputs of the four runs identical: {'yes' if same else 'NO'}")
            stage = ["-c", STAGE, corpus, str(work / f"stage{n}")]
            cold = run([], argv=stage)
            print(line("read+extract, empty cache", cold, chars[n]))
            warm = run([], argv=stage)
            print(line("read+extract, cached", warm, chars[n], f"  {warm.wall / cold.wall:.0%} of the first run"))
            cmp = run(["compare", corpus, "--format", "json", "--no-cache"], timeout=a.compare_timeout,
                      memory_gb=a.compare_memory)
            compare_times[n] = cmp.wall
            if cmp.status in (0, 1):
                print(line("compare", cmp, chars[n]))
            else:
                stopped.add(n)
                why = "stopped" if cmp.status is None else f"failed (exit {cmp.status}; over the memory cap?)"
                print(line(f"compare {why}", cmp) + f"  limits: {a.compare_timeout:.0f} s, {a.compare_memory} GB")
        finished = [n for n in compare_times if n not in stopped]
        if len(compare_times) >= 2 and finished:
            lo, hi = min(finished), max(compare_times)
            more = "more than " if hi in stopped else ""
            print(f"\ncompare time {hi:,}/{lo:,} articles: {more}{compare_times[hi] / compare_times[lo]:.1f}x "
                  f"for {hi / lo:.0f}x the articles")
    finally:
        if a.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
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
