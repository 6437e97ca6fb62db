"""Fuzz tests (issue 10): articles generated from news-like tokens, junk punctuation and hostile Unicode,
written in every input format, through the extractors, ``compare_folder`` and the CLI.

Properties: no exception (nor "internal error" warning), deterministic output, every format parses,
offsets exact (``text[start:end]`` is the span), nothing written to the input folder. The default
profile keeps the suite to a few seconds; ``CFDIFF_FUZZ=long pytest tests/test_fuzz.py`` runs many
more examples, and ``make fuzzbench`` thousands with timings.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ceasefire_cli import compare_folder
from ceasefire_cli.cli import app
from ceasefire_cli.extract import extract_article
from ceasefire_cli.formats import MENTION_FIELDS, mention_rows, write_comparison, write_rows
from ceasefire_cli.fuzzgen import HOSTILE, JUNK, NEWS, RUNS
from ceasefire_cli.ingest import InputError, clean_text
from ceasefire_cli.models import Article
from ceasefire_cli.show import comparison_text
from ceasefire_cli.view import select

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("fuzz-quick", max_examples=15, deadline=None, suppress_health_check=_SLOW_OK)
settings.register_profile("fuzz-long", max_examples=400, deadline=None, suppress_health_check=_SLOW_OK)
FUZZ = settings.get_profile("fuzz-long" if os.environ.get("CFDIFF_FUZZ") == "long" else "fuzz-quick")
FUZZ_CLI = settings(FUZZ, max_examples=max(FUZZ.max_examples // 2, 1))  # each example runs the CLI twice

# --------------------------------------------------------------------------- strategies

token = st.one_of(
    st.sampled_from(NEWS), st.sampled_from(NEWS), st.sampled_from(NEWS),
    st.sampled_from(JUNK), st.sampled_from(HOSTILE), st.text(max_size=4),
)
sentence = st.builds(lambda ws, end: " ".join(ws) + end, st.lists(token, max_size=20),
                     st.sampled_from([".", ".", "?", "!", "", "...", ".”", ":"]))
run = st.builds(lambda unit, n: unit * n, st.sampled_from(RUNS), st.integers(1, 400))
article_text = st.builds(
    lambda parts, sep: sep.join(parts),
    st.lists(st.one_of(sentence, sentence, sentence, run), min_size=1, max_size=10),
    st.sampled_from([" ", "\n", "\n\n", "\r\n", "\n   \n"]),
)
published = st.sampled_from([None, None, "2025-07-24", "2023-10-07", "0001-01-01", "9999-12-31", "July 24, 2025",
                             "", "x" * 200, 5, [], {"y": 1}])
outlet = st.sampled_from([None, "Harbour Gazette", "\x1b[31mRed", "=1+1", "", "\u202eevil", 7])
article_file = st.tuples(st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html"]), article_text, published,
                         outlet, st.booleans())
folder = st.lists(article_file, min_size=1, max_size=3)


def _file_bytes(suffix: str, text: str, pub: Any, out: Any, wrap: bool) -> bytes:
    rec: dict[str, Any] = {"text": text, "published": pub, "outlet": out}
    if suffix == ".json":
        return json.dumps([rec, rec] if wrap else rec, ensure_ascii=wrap).encode("utf-8", "surrogatepass")
    if suffix == ".jsonl":
        return "".join(json.dumps({**rec, "text": p}) + "\n" for p in text.split("\n\n")).encode(
            "utf-8", "surrogatepass")
    if suffix == ".html":
        paras = "".join(f"<p>{p}</p>" for p in text.split("\n"))
        return f"<html><head><title>t</title></head><body><article>{paras}</article></body></html>".encode(
            "utf-8", "surrogatepass")
    front = f"---\npublished: {pub}\noutlet: {out}\n---\n" if wrap else ""
    return (front + text).encode("utf-8", "surrogatepass")


def _write(d: Path, files: list[tuple]) -> None:
    for i, (suffix, text, pub, out, wrap) in enumerate(files):
        (d / f"a{i}{suffix}").write_bytes(_file_bytes(suffix, text, pub, out, wrap))


def _snapshot(d: Path) -> list[tuple[str, int, int]]:
    return sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in d.iterdir())


# --------------------------------------------------------------------------- checks


def _no_constant(c: str) -> Any:
    raise ValueError(f"non-finite number {c} in JSON")


def check_format(fmt: str, s: str) -> None:
    """``s`` parses as ``fmt`` (JSON without NaN/Infinity, JSONL a value per line, CSV/TSV rectangular)."""
    s.encode("utf-8")
    if fmt == "json":
        json.loads(s, parse_constant=_no_constant)
    elif fmt == "jsonl":
        for line in s.split("\n"):
            if line:
                json.loads(line, parse_constant=_no_constant)
    elif fmt in ("csv", "tsv"):
        rows = list(csv.reader(io.StringIO(s, newline=""))) if fmt == "csv" else \
            [line.split("\t") for line in s.split("\n") if line]
        assert len({len(r) for r in rows}) <= 1, "rows of different lengths"


# --------------------------------------------------------------------------- properties


@FUZZ
@given(article_text, st.sampled_from([None, "2025-07-24", "0001-01-01"]))
def test_extractors_on_generated_text(text: str, pub: str | None) -> None:
    clean, spans = clean_text(text)
    art = Article("a", "a.txt", text, clean, "a", pub, "metadata" if pub else "none", boilerplate=spans)
    mentions = extract_article(art)
    assert [m.to_dict() for m in mentions] == [m.to_dict() for m in extract_article(art)]
    for m in mentions:
        assert 0 <= m.item.start <= m.item.end <= len(text)
        assert text[m.item.start:m.item.end] == m.item.text
    for fmt in ("json", "jsonl", "csv", "tsv"):
        check_format(fmt, write_rows(fmt, MENTION_FIELDS, mention_rows(mentions)))


@FUZZ
@given(folder)
def test_compare_folder_on_generated_folders(files: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        _write(d, files)
        before = _snapshot(d)
        results = []
        for _ in range(2):
            warnings: list[str] = []
            try:
                cmp = compare_folder(d, warn=warnings.append)
            except InputError as e:
                results.append((str(e), warnings))
                continue
            assert all(w.isprintable() and "internal error" not in w for w in warnings), warnings
            texts = {a.id: a.text for a in cmp.articles}
            for c in cmp.claims:
                for m in c.mentions:
                    assert texts[m.article][m.item.start:m.item.end] == m.item.text
            outs = {}
            view = select(cmp, include_single=True)
            for fmt in ("json", "jsonl", "csv", "tsv"):
                outs[fmt] = write_comparison(view, fmt)
                check_format(fmt, outs[fmt])
            comparison_text(view, "markdown", evidence=True).encode("utf-8")
            results.append((outs, warnings))
        assert results[0] == results[1]
        assert _snapshot(d) == before


runner = CliRunner()
COMMANDS = {"ingest": ("table", "json", "jsonl", "csv", "tsv"), "extract": ("table", "json", "jsonl", "csv", "tsv"),
            "compare": ("table", "markdown", "json", "jsonl", "csv", "tsv")}


@FUZZ_CLI
@given(folder, st.sampled_from(sorted(COMMANDS)), st.integers(0, 5), st.booleans())
def test_cli_on_generated_folders(files: list[tuple], command: str, k: int, recursive: bool) -> None:
    fmt = COMMANDS[command][k % len(COMMANDS[command])]
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        _write(d, files)
        before = _snapshot(d)
        args = [command, str(d), "--format", fmt] + (["--recursive"] if recursive else [])
        runs = [runner.invoke(app, args, catch_exceptions=False) for _ in range(2)]
        r = runs[0]
        assert (r.exit_code, r.stdout_bytes, r.stderr_bytes) == (runs[1].exit_code, runs[1].stdout_bytes,
                                                                 runs[1].stderr_bytes)
        assert r.exit_code in ((0, 1, 2) if command == "compare" else (0, 2))
        assert "Traceback" not in r.stderr and "internal error" not in r.stderr
        assert all(line.startswith("cfdiff: ") for line in r.stderr.splitlines())
        out = r.stdout_bytes.decode("utf-8")
        if r.exit_code != 2:
            check_format(fmt, out)
        else:
            assert out == ""
        assert _snapshot(d) == before


def test_fuzzbench_runs_against_the_current_library(capsys):
    """`make fuzzbench` calls the library's writers directly: a few inputs keep it in step with their API."""
    from ceasefire_cli.fuzzbench import main

    assert main(["--library", "3", "--cli", "1"]) == 0
    out = capsys.readouterr().out
    assert out.count("internal errors: 0") == 2 and out.count("format violations: 0") == 2


def test_fuzzbench_counts_a_long_csv_cell_as_a_note_and_a_ragged_csv_as_a_violation():
    import csv as csv_module

    from ceasefire_cli.fuzzbench import Stats, _check_delimited

    stats = Stats()
    _check_delimited('a,b\n"' + "x" * 200_000 + '",1\n', ",", "long", stats)
    assert stats.violations == [] and sum(stats.notes.values()) == 1
    assert csv_module.field_size_limit() == 131_072  # the reader's limit is put back
    _check_delimited("a,b\n1\n", ",", "ragged", stats)
    assert stats.violations == ["ragged: rows of different lengths"]
