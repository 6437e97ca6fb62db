"""The store of compiled patterns: what it reads back matches as a fresh compile does, and a bad file, an
unwritable folder or a worker process never changes a result or raises."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
import sys
from pathlib import Path

import pytest
import regex

from ceasefire_cli import patterns
from ceasefire_cli.patterns import Store

TEXTS = (
    "Officials said 12 people were killed and 40 injured in Gaza City on Tuesday, July 24, 2025.",
    "THE TOLL ROSE TO 63; rescuers pulled 9 survivors out. The toll rose again: 70 dead.",
    "« Nous restons prudents », a déclaré le ministre. 東京で3人が死亡した。",
)
KEYS = (
    (r"(?P<n>\d+)\s+(?P<what>killed|injured|dead)\b", 0),
    (r"\btoll\b", int(regex.I)),
    (r"[\w--\d]+", int(regex.V1)),  # set difference: version 1 only
    (r"(?r)\b\p{Lu}\w+", 0),  # searches backwards
    (r"^the\b.*?$", int(regex.I | regex.M)),
)


def _found(p: regex.Pattern[str]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for text in TEXTS for m in p.finditer(text)]


def _saved(path: Path) -> Store:
    store = Store(path)
    for key in KEYS:
        store.compile(*key)
    store.save()
    return store


def _file(data: bytes) -> bytes:
    """What ``save`` writes for a pickle ``data``: its digest first."""
    return hashlib.sha256(data).digest() + data


def test_store_written_and_read_back_matches_a_fresh_compile(tmp_path: Path) -> None:
    path = tmp_path / "p.pickle"
    store = Store(path)
    assert store.compile(*KEYS[0]).search("3 killed").group("n") == "3"
    assert not path.exists()  # nothing written before exit
    _saved(path)
    loaded = Store(path).load()
    assert set(loaded) == set(KEYS)
    for key, p in loaded.items():
        fresh = regex.compile(*key)
        assert (p.pattern, p.flags, p.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
        assert _found(p) == _found(fresh)
    assert loaded[KEYS[3]].search(TEXTS[0]).group() == "July"  # the last capitalised word: searched backwards
    assert loaded[KEYS[2]].findall("a1b2") == ["a", "b"]  # version 1 set difference, not the characters "--"
    assert _found(loaded[KEYS[1]]) == _found(regex.compile(r"\btoll\b", regex.I)) != []


def test_a_store_that_compiled_nothing_new_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.pickle"
    _saved(path)
    store = Store(path)
    found = [store.compile(*key) for key in KEYS]
    path.unlink()
    store.save()
    assert not path.exists()  # every pattern came from the file
    assert [_found(p) for p in found] == [_found(regex.compile(*key)) for key in KEYS]


def test_flags_as_enum_or_int_are_one_key(tmp_path: Path) -> None:
    path = tmp_path / "p.pickle"
    store = Store(path)
    store.compile("a+", regex.I | regex.M)
    store.save()
    assert list(Store(path).load()) == [("a+", int(regex.I | regex.M))]


def test_every_pattern_of_the_package_reads_back_as_the_same_code(tmp_path: Path) -> None:
    import ceasefire_cli.extract  # noqa: F401  compiles them all

    keys = list(patterns._default._patterns or {})
    assert len(keys) > 200
    store = Store(tmp_path / "p.pickle")
    for key in keys:
        store.compile(*key)
    store.save()
    loaded = Store(tmp_path / "p.pickle").load()
    assert set(loaded) == set(keys)
    for key, p in loaded.items():
        assert p._pickled_data == regex.compile(*key)._pickled_data  # same compiled code, flags and groups


@pytest.mark.parametrize("content", [
    b"",
    b"not a pickle at all",
    _file(b"\x80\x05garbage"),
    _file(pickle.dumps({"a": 1})),  # a pickle, but no store
    _file(pickle.dumps({("a", 0): "a"})),  # pattern not compiled
], ids=["empty", "text", "bad pickle", "no store", "no pattern"])
def test_a_damaged_file_is_an_empty_store(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "p.pickle"
    path.write_bytes(content)
    store = Store(path)
    assert store.load() == {}
    assert _found(store.compile(*KEYS[0])) == _found(regex.compile(*KEYS[0]))
    store.save()
    assert set(Store(path).load()) == {KEYS[0]}  # replaced by a good one


def test_a_truncated_or_altered_file_is_an_empty_store(tmp_path: Path) -> None:
    path = tmp_path / "p.pickle"
    store = Store(path)
    store.compile("killed")
    store.save()
    whole = path.read_bytes()
    path.write_bytes(whole[:-10])
    assert Store(path).load() == {}
    at = whole.rindex(b"killed")  # in the compiled code, after the pattern itself: a pickle that still loads
    path.write_bytes(whole[:at] + b"kilted" + whole[at + 6:])
    assert Store(path).load() == {}


def test_a_wrong_pattern_under_a_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.pickle"
    path.write_bytes(_file(pickle.dumps({("a", 0): regex.compile("b")})))
    assert Store(path).load() == {}


class _Evil:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (f"touch {self.marker}",)


def test_a_file_that_would_run_code_is_refused(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    path = tmp_path / "p.pickle"
    path.write_bytes(_file(pickle.dumps({("a", 0): _Evil(marker)})))
    assert Store(path).load() == {}
    assert not marker.exists()


def test_an_unreadable_or_unwritable_place_never_raises(tmp_path: Path) -> None:
    (tmp_path / "dir.pickle").mkdir()
    store = Store(tmp_path / "dir.pickle")  # a folder where the file should be: not readable as one
    assert store.load() == {}
    (tmp_path / "file").write_text("")
    store = Store(tmp_path / "file" / "p.pickle")  # its folder is a file (root may write any read-only folder)
    assert store.compile("a").match("a")
    store.save()
    assert not (tmp_path / "file" / "p.pickle").exists()


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "p.pickle"
    _saved(path)
    before = path.read_bytes()
    store = Store(path)
    store.compile("new")

    def fail(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    store.save()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.pickle"]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_process_does_not_write(tmp_path: Path) -> None:
    path = tmp_path / "p.pickle"
    store = Store(path)
    store.compile("a")
    pid = os.fork()
    if pid == 0:  # the child: leave at once, whatever happens
        try:
            store.save()
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    assert not path.exists()
    store.save()  # the process that loaded it does
    assert set(Store(path).load()) == {("a", 0)}


def test_a_worker_process_does_not_write(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "p.pickle"
    store = Store(path)
    store.compile("a")
    monkeypatch.setattr(multiprocessing, "parent_process", lambda: object())  # as in a spawned worker
    store.save()
    assert not path.exists()


def test_named_lists_bypass_the_store(tmp_path: Path) -> None:
    path = tmp_path / "p.pickle"
    store = Store(path)
    assert store.compile(r"\L<w>", w=["cat", "dog"]).findall("a dog and a cat") == ["dog", "cat"]
    store.save()
    assert not path.exists()


def test_patterns_whose_code_depends_on_more_than_the_key_bypass_the_store(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "p.pickle"
    store = Store(path)
    assert store.compile(r"\w+", regex.L).match("abc")  # compiled for the locale of the run
    assert store.compile(r"(?L)\w+").match("abc")
    store.save()
    assert not path.exists()
    path.write_bytes(_file(pickle.dumps({(r"(?L)\w+", 0): regex.compile(r"(?L)\w+")})))
    assert Store(path).load() == {}
    nested = "[[a-z]--[aeiou]]+"  # a set difference in version 1 only
    store = Store(path)
    assert store.compile(nested).findall("strength") != ["str", "ngth"]
    store.save()
    store = Store(path)
    monkeypatch.setattr(regex, "DEFAULT_VERSION", regex.V1)  # a program may change it: the key does not say
    assert store.compile(nested).findall("strength") == ["str", "ngth"]


def test_a_full_store_keeps_what_the_run_used(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "p.pickle"
    _saved(path)
    monkeypatch.setattr(patterns, "MAX_ENTRIES", 2)
    store = Store(path)
    store.compile(*KEYS[0])
    store.compile("new")
    store.save()
    assert set(Store(path).load()) == {KEYS[0], ("new", 0)}


def test_the_default_store_is_in_the_cache_directory_unless_turned_off(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(patterns.ENV, raising=False)
    path = patterns.default_store().path
    assert path is not None and path.parent == tmp_path / "cfdiff"
    assert path.name == f"patterns-{regex.__version__}-py{sys.version_info.major}{sys.version_info.minor}.pickle"
    monkeypatch.setenv(patterns.ENV, "0")
    assert patterns.default_store().path is None
