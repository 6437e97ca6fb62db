"""The cache: exact round trips of the models, keys, and a store that survives killed and concurrent runs."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ceasefire_cli import models
from ceasefire_cli.cache import FILE_NAME, Cache, article_key, decode, encode, file_key
from ceasefire_cli.models import Article, Count, Event, Mention, Quote
from ceasefire_cli.pipeline import Settings

TEXT = 'The ferry carried "about 40 passengers," the harbour master said on Friday.'
ARTICLE = Article(id="a1", path="in/a1.txt", text=TEXT, clean=TEXT, outlet="Coast Times", published="2024-03-08",
                  published_source="metadata", title="Ferry", author="R. Lind", url="https://example.org/f",
                  outlet_source="metadata", boilerplate=((0, 3), (10, 12)))
ITEMS = (
    Count(1, 9, "about 40", "sentence one", 40.0, 36.0, None, "about", "other", "passengers", unit="km",
          role="carried", status="living", when="on Friday"),
    Quote(20, 41, "about 40 passengers,", "sentence two", "about 40 passengers,", "harbour master",
          cue="said", medium="statement"),
    Event(60, 69, "on Friday", "sentence three", "2024-03-08", "on Friday", "the ferry sailed", precision="day"),
    Count(0, 1, "0", "s", -0.0, float("-inf"), float("inf"), "exact", "aid", "tonnes"),
)


def test_models_round_trip_exactly():
    back = decode(encode((ITEMS, [ARTICLE], ["a warning"])))
    assert back == (ITEMS, [ARTICLE], ["a warning"])
    for a, b in zip(back[0], ITEMS, strict=True):
        assert type(a) is type(b)
        for f in dataclasses.fields(a):
            va, vb = getattr(a, f.name), getattr(b, f.name)
            assert type(va) is type(vb) and repr(va) == repr(vb)  # -0.0 stays -0.0, floats stay floats
    assert back[1][0].boilerplate == ((0, 3), (10, 12))  # tuples stay tuples


def test_fields_added_to_a_model_survive(monkeypatch):
    """The codec reads the dataclass fields, not a list: a field another helper adds round-trips too."""
    extended = dataclasses.make_dataclass(
        "WiderCount", [("confidence", float, dataclasses.field(default=1.0)),
                       ("parts", tuple, dataclasses.field(default=()))],
        bases=(Count,), frozen=True)
    extended.__module__ = models.__name__
    monkeypatch.setattr(models, "WiderCount", extended, raising=False)
    c = extended(*dataclasses.astuple(ITEMS[0]), confidence=0.25, parts=(("a", 1), ("b", 2)))
    back = decode(encode([Mention("x", c)]))
    assert back == [Mention("x", c)] and back[0].item.parts == (("a", 1), ("b", 2))


class _RunsCode:
    def __reduce__(self):
        return os.system, ("exit 3",)


def test_decode_refuses_anything_but_the_models():
    """A tampered cache file cannot make loading call anything: only the models' classes are found."""
    with pytest.raises(pickle.UnpicklingError):
        decode(pickle.dumps(_RunsCode()))
    with pytest.raises(pickle.UnpicklingError):
        decode(pickle.dumps(subprocess.Popen))


def test_article_key_follows_what_extraction_reads():
    s = Settings()
    k = article_key(ARTICLE, s)
    assert article_key(dataclasses.replace(ARTICLE, id="other", path="x/y.txt"), s) == k  # id and path: no
    assert article_key(dataclasses.replace(ARTICLE, published="2024-03-09"), s) != k  # the reference date
    assert article_key(dataclasses.replace(ARTICLE, published_source="inferred"), s) != k
    assert article_key(dataclasses.replace(ARTICLE, clean=TEXT.replace("40", "41")), s) != k
    assert article_key(ARTICLE, Settings(kinds=("count",))) != k  # the kinds requested
    assert file_key(Path("a.txt"), b"x") != file_key(Path("b.txt"), b"x") != file_key(Path("b.txt"), b"y")


def test_store_keeps_entries_across_runs(tmp_path: Path):
    with Cache(tmp_path) as c:
        c.put_many([(b"k1", ITEMS), (b"k2", [ARTICLE])])
        assert c.get_many([b"k1", b"nope"]) == {b"k1": ITEMS}
    with Cache(tmp_path) as c:
        assert c.get_many([b"k2"]) == {b"k2": [ARTICLE]}
        assert (c.hits, c.misses) == (1, 0)


def test_unreadable_entry_is_a_miss(tmp_path: Path):
    with Cache(tmp_path) as c:
        c.put_many([(b"k", ITEMS)])
    db = sqlite3.connect(tmp_path / FILE_NAME)
    db.execute("UPDATE entries SET value = ?", (pickle.dumps(subprocess.Popen),))
    db.commit()
    db.close()
    with Cache(tmp_path) as c:
        assert c.get_many([b"k"]) == {}


def test_unusable_folder_turns_the_cache_off_with_a_warning(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    said: list[str] = []
    c = Cache(blocker / "cache", warn=said.append)
    assert not c.enabled and len(said) == 1 and "cache off" in said[0]
    c.put_many([(b"k", 1)])
    assert c.get_many([b"k"]) == {}


def test_eviction_drops_the_least_recently_used(tmp_path: Path):
    with Cache(tmp_path, max_bytes=20_000) as c:
        for i in range(10):
            c.put_many([(f"k{i}".encode(), "x" * 4_000)])
        kept = c.get_many([f"k{i}".encode() for i in range(10)])
    assert b"k9" in kept and b"k0" not in kept
    assert sum(len(v) for v in kept.values()) <= 20_000


KILLER = textwrap.dedent("""
    import os, signal, sys
    from ceasefire_cli.cache import Cache

    c = Cache(sys.argv[1])
    c.put_many([(b"before", "whole")])

    def entries():
        yield b"doomed-1", "x" * 100_000
        yield b"doomed-2", "y" * 100_000
        os.kill(os.getpid(), signal.SIGKILL)  # killed in the middle of writing a batch

    c.put_many(entries())
""")


def test_a_killed_run_leaves_no_half_written_entry(tmp_path: Path):
    p = subprocess.run([sys.executable, "-c", KILLER, str(tmp_path)], capture_output=True)
    assert p.returncode == -signal.SIGKILL
    with Cache(tmp_path) as c:
        assert c.get_many([b"before", b"doomed-1", b"doomed-2"]) == {b"before": "whole"}
        c.put_many([(b"after", "fine")])  # and the store still works
        assert c.get_many([b"after"]) == {b"after": "fine"}
    db = sqlite3.connect(tmp_path / FILE_NAME)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.close()


def _writer(folder: str, tag: str, n: int) -> int:
    """One of two runs at once: writes its own entries in small batches and reads the other's."""
    seen = 0
    with Cache(folder) as c:
        for i in range(0, n, 10):
            c.put_many([(f"{tag}{j}".encode(), (tag, j, "z" * 2_000)) for j in range(i, i + 10)])
            other = "b" if tag == "a" else "a"
            seen += len(c.get_many([f"{other}{j}".encode() for j in range(n)]))
        assert c.enabled
    return seen


def test_two_runs_at_once_share_the_store(tmp_path: Path):
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        pool.starmap(_writer, [(str(tmp_path), "a", 200), (str(tmp_path), "b", 200)])
    with Cache(tmp_path) as c:
        got = c.get_many([f"{t}{j}".encode() for t in "ab" for j in range(200)])
    assert len(got) == 400 and got[b"b7"] == ("b", 7, "z" * 2_000)


def test_a_new_store_is_switched_to_wal_once_another_run_lets_go(tmp_path: Path):
    """Switching to WAL while another run writes fails at once ("database is locked"; SQLite does not wait
    for it): the cache waits for the writer instead of turning itself off."""
    import threading

    other = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE other_run (x)")
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO other_run VALUES (1)")
    release = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    release.start()
    said: list[str] = []
    with Cache(tmp_path, warn=said.append) as c:
        assert c.enabled and said == []
    release.join()
    other.close()
