"""Hostile files and folders (issue 10): every problem with one input is one warning about it, the
rest is still read, nothing blocks, nothing is written. Cases are made on the spot under tmp_path."""

from __future__ import annotations

import codecs
import json
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from ceasefire_cli.files import display_path, message_safe, parse_json, repair_surrogates
from ceasefire_cli.ingest import InputError, read_articles

BODY = "The port authority said 14 cranes were damaged on Tuesday, and repairs would take 3 weeks.\n"


def write(folder: Path, name: str, content: str | bytes) -> Path:
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def read(*paths: Path, **kw: object) -> tuple[list, list[str]]:
    warnings: list[str] = []
    arts = read_articles(list(paths), warn=warnings.append, **kw)  # type: ignore[arg-type]
    return arts, warnings


def finishes(fn: Callable[[], object], seconds: float = 20) -> object:
    """Run ``fn`` in a thread and fail (instead of hanging the suite) if it never returns."""
    box: list[object] = []
    t = threading.Thread(target=lambda: box.append(fn()), daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "blocked"
    return box[0]


def snapshot(folder: Path) -> dict[str, float]:
    return {str(p): p.lstat().st_mtime for p in folder.rglob("*")}


# --------------------------------------------------------------------------- files that are not files


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_like_an_article_is_skipped_not_opened(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", BODY)
    os.mkfifo(tmp_path / "x.txt")  # nobody ever writes to it: opening it for reading would block
    arts, warnings = finishes(lambda: read(tmp_path))  # type: ignore[misc]
    assert [a.id for a in arts] == ["good"]
    assert warnings == [f"skipped {tmp_path / 'x.txt'}: not a regular file (a FIFO)"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_link_to_dev_zero_is_skipped(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", BODY)
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    arts, warnings = finishes(lambda: read(tmp_path))  # type: ignore[misc]
    assert [a.id for a in arts] == ["good"]
    assert warnings == [f"skipped {tmp_path / 'zero.txt'}: not a regular file (a character device)"]


def test_a_file_over_max_bytes_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    write(tmp_path, "big.txt", BODY * 100)
    write(tmp_path, "small.txt", BODY)
    arts, warnings = read(tmp_path, max_bytes=1000)
    assert [a.id for a in arts] == ["small"]
    assert len(warnings) == 1 and "big.txt" in warnings[0] and "--max-bytes" in warnings[0]


def test_a_file_that_grows_after_its_size_was_taken_is_read_to_the_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The read is sized to the file as first seen: past that size it reads on, and still stops at max_bytes."""
    from ceasefire_cli import files

    write(tmp_path, "growing.txt", BODY * 20)
    write(tmp_path, "small.txt", BODY)
    real = os.fstat
    monkeypatch.setattr(files.os, "fstat", lambda fd: os.stat_result((*real(fd)[:6], 10, *real(fd)[7:])))
    arts, warnings = read(tmp_path)
    assert [a.text for a in arts] == [BODY * 20, BODY] and not warnings
    arts, warnings = read(tmp_path, max_bytes=1000)
    assert [a.id for a in arts] == ["small"] and "growing.txt" in warnings[0] and "--max-bytes" in warnings[0]


def test_broken_link_and_missing_path_are_warnings_when_something_else_is_readable(tmp_path: Path) -> None:
    write(tmp_path, "a/good.txt", BODY)
    (tmp_path / "a" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    arts, warnings = read(tmp_path / "a", tmp_path / "typo")
    assert [a.id for a in arts] == ["good"]
    assert sorted(warnings) == sorted([
        f"skipped {tmp_path / 'a' / 'gone.txt'}: broken link",
        f"skipped {tmp_path / 'typo'}: no such file or folder",
    ])


def test_only_missing_paths_is_one_error(tmp_path: Path) -> None:
    warnings: list[str] = []
    with pytest.raises(InputError, match="no such file or folder"):
        read_articles([tmp_path / "x", tmp_path / "y"], warn=warnings.append)
    assert warnings == []


# --------------------------------------------------------------------------- folder walks


def test_a_symlinked_loop_is_walked_once(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "sub/b.txt", BODY.replace("14", "15"))
    (tmp_path / "loop").symlink_to(".")
    (tmp_path / "sub" / "up").symlink_to("..")
    (tmp_path / "sub" / "again").symlink_to("../sub")
    arts, warnings = finishes(lambda: read(tmp_path, recursive=True))  # type: ignore[misc]
    assert [a.id for a in arts] == ["a", "b"]
    assert sorted(warnings) == sorted([
        f"skipped {tmp_path / 'loop'}/: same folder as {tmp_path}",
        f"skipped {tmp_path / 'sub' / 'again'}/: same folder as {tmp_path / 'sub'}",
        f"skipped {tmp_path / 'sub' / 'up'}/: same folder as {tmp_path}",
    ])


def test_the_same_file_twice_is_read_once(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    (tmp_path / "b.txt").symlink_to("a.txt")
    os.link(tmp_path / "a.txt", tmp_path / "c.txt")
    arts, warnings = read(tmp_path, tmp_path / "a.txt")
    assert [a.id for a in arts] == ["a"]
    assert len(warnings) == 3 and all("same file as" in w for w in warnings)


def test_an_unreadable_sub_folder_is_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "locked/b.txt", BODY)
    real = os.scandir

    def scandir(path: object) -> object:  # root reads any folder, so the refusal is simulated
        if Path(str(path)).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    arts, warnings = read(tmp_path, recursive=True)
    assert [a.id for a in arts] == ["a"]
    assert warnings == [f"skipped {tmp_path / 'locked'}/: cannot read folder (Permission denied)"]


def test_nothing_is_written_while_walking_hostile_folders(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    (tmp_path / "loop").symlink_to(".")
    (tmp_path / "dead.txt").symlink_to("nowhere")
    before = snapshot(tmp_path)
    read(tmp_path, recursive=True)
    assert snapshot(tmp_path) == before


# --------------------------------------------------------------------------- names and messages


def test_escape_sequences_and_newlines_in_file_names_never_reach_a_warning_raw(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", BODY)
    write(tmp_path, "evil\x1b[2J\nname\u202e.pdf", b"x")
    write(tmp_path, "empty\x07.txt", b"")
    _, warnings = read(tmp_path)
    assert len(warnings) == 2
    for w in warnings:
        assert all(c.isprintable() for c in w), w
    assert any("evil\\x1b[2J\\x0aname\\u202e.pdf: not an article type" in w for w in warnings)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_a_file_name_that_is_not_utf8_gives_a_printable_id_and_path(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(BODY, encoding="utf-8")
    (a,), warnings = read(tmp_path)
    assert warnings == []
    assert a.id == "caf\\xe9"
    assert a.path.endswith("caf\\xe9.txt")
    json.dumps(a.to_dict(), ensure_ascii=False).encode("utf-8")  # no lone surrogate left to crash output


def test_message_safe_and_display_path() -> None:
    assert message_safe("a\nb\x1b[0m\u200bc\u202e") == "a\\x0ab\\x1b[0m\\u200bc\\u202e"
    assert message_safe("x" * 100, 10) == "x" * 10 + "…"
    assert message_safe("Zürich — ok") == "Zürich — ok"
    assert display_path(os.fsdecode(b"a\xff")) == "a\\xff"


def test_a_very_long_published_value_is_cut_in_the_warning(tmp_path: Path) -> None:
    write(tmp_path, "a.json", json.dumps({"text": BODY, "published": "soon " * 2000}))
    (a,), warnings = read(tmp_path)
    assert a.published is None
    assert len(warnings) == 1 and len(warnings[0]) < 200 and "…" in warnings[0]


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_utf16_and_utf32_are_decoded_not_called_binary(tmp_path: Path, codec: str) -> None:
    write(tmp_path, "wide.txt", BODY.encode(codec))
    (a,), warnings = read(tmp_path)
    assert warnings == []
    assert a.text.lstrip("\ufeff") == BODY


def test_binary_is_still_binary(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", BODY)
    write(tmp_path, "blob.txt", bytes(range(256)) * 4)
    _, warnings = read(tmp_path)
    assert len(warnings) == 1 and "binary file" in warnings[0]


def test_bom_prefixed_json_and_jsonl_are_read(tmp_path: Path) -> None:
    write(tmp_path, "a.json", codecs.BOM_UTF8 + json.dumps({"id": "j", "text": BODY}).encode())
    write(tmp_path, "b.jsonl", codecs.BOM_UTF8 + (json.dumps({"id": "l", "text": BODY}) + "\n").encode())
    arts, warnings = read(tmp_path)
    assert warnings == [] and [a.id for a in arts] == ["j", "l"]


# --------------------------------------------------------------------------- JSON


def test_wrong_types_are_named(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", BODY)
    write(tmp_path, "f.jsonl", '{"text": 5}\n{"text": null}\n{"text": ["a"]}\n[1]\n{"title": "x"}\n')
    _, warnings = read(tmp_path)
    assert warnings == [
        f'skipped {tmp_path / "f.jsonl"} line 1: "text" is a number, not a string',
        f'skipped {tmp_path / "f.jsonl"} line 2: "text" is null, not a string',
        f'skipped {tmp_path / "f.jsonl"} line 3: "text" is an array, not a string',
        f"skipped {tmp_path / 'f.jsonl'} line 4: an array, not a JSON object",
        f'skipped {tmp_path / "f.jsonl"} line 5: no "text" field',
    ]


def test_json_nested_past_the_recursion_limit_is_a_warning(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", BODY)
    write(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000)
    write(tmp_path, "deep.jsonl", '{"text": "x", "more": ' + "[" * 5000 + "]" * 5000 + "}\n")
    arts, warnings = read(tmp_path)
    assert [a.id for a in arts] == ["good"]
    assert len(warnings) == 2 and all("nested too deeply" in w for w in warnings)


def test_an_integer_over_4300_digits_does_not_stop_the_file(tmp_path: Path) -> None:
    write(tmp_path, "a.json", '{"id": "big", "n": ' + "7" * 5000 + ', "text": "' + BODY.strip() + '"}')
    (a,), warnings = read(tmp_path)
    assert a.id == "big" and warnings == []
    assert parse_json("1" * 5000) == "1" * 5000


def test_a_lone_surrogate_is_replaced_and_named_at_ingest(tmp_path: Path) -> None:
    text = BODY.strip() + " Bad \\ud800 char; good pair \\ud83d\\ude00."
    write(tmp_path, "a.jsonl", '{"id": "s\\udfff", "outlet": "X\\ud800", "text": "' + text + '"}\n')
    (a,), warnings = read(tmp_path)
    assert "\ufffd" in a.text and "\U0001f600" in a.text
    assert len(warnings) == 1 and "lone surrogate" in warnings[0]
    assert a.id == "s\ufffd" and a.outlet == "X\ufffd"
    assert repair_surrogates("a\ud800b") == ("a\ufffdb", 1)


def test_many_bad_records_in_one_file_are_summarised(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", BODY)
    write(tmp_path, "f.jsonl", "[1]\n" * 500)
    _, warnings = read(tmp_path)
    assert len(warnings) == 21
    assert warnings[-1] == f"skipped 480 more problem(s) in {tmp_path / 'f.jsonl'} (first 20 shown)"


def test_a_page_the_html_parser_fails_on_is_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def broken(*_a: object, **_k: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    write(tmp_path, "good.txt", BODY)
    write(tmp_path, "page.html", "<html><body><p>" + BODY + "</p></body></html>")
    arts, warnings = read(tmp_path)
    assert [a.id for a in arts] == ["good"]
    assert warnings == [f"skipped {tmp_path / 'page.html'}: the page could not be parsed "
                        "(RecursionError: maximum recursion depth exceeded)"]


def test_a_newline_in_a_folder_name_does_not_split_the_warning(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "two\nlines/b.txt", BODY)
    _, warnings = read(tmp_path)
    assert warnings == [f"skipped {tmp_path}/two\\x0alines/: sub-folder (use --recursive)"]


def test_a_lone_surrogate_never_reaches_the_output(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from ceasefire_cli.cli import app

    write(tmp_path, "a.jsonl", '{"id": "s", "text": "Crews freed 12 people \\ud800 on Tuesday, officials said."}\n')
    r = CliRunner().invoke(app, ["extract", str(tmp_path), "--format", "json"], catch_exceptions=False)
    assert r.exit_code == 0
    (m,) = json.loads(r.stdout_bytes.decode("utf-8"))
    assert m["text"] == "12" and "lone surrogate" in r.stderr


def test_undated_articles_next_to_the_first_day_of_the_calendar() -> None:
    from ceasefire_cli.ingest import infer_dates
    from ceasefire_cli.models import Article

    dated = Article("a", "a.txt", BODY, BODY, "a", "0001-01-01", "metadata")
    text = "Talks began on Friday and resumed on Friday night; on Friday the crews rested."
    undated = Article("b", "b.txt", text, text, "b")
    assert [a.published for a in infer_dates([dated, undated])] == ["0001-01-01", "0001-01-01"]
