"""The command line through typer's CliRunner: every format and option, piped and as a terminal."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ceasefire_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLDEN = ROOT / "tests" / "golden" / "seeds_compare.json"
ANSI = "\x1b["

runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env=env, catch_exceptions=False)


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """Two short reports of a mine collapse that agree on one figure and conflict on another."""
    d = tmp_path / "mine"
    d.mkdir()
    (d / "a.md").write_text(
        "---\noutlet: Valley Herald\npublished: 2023-05-19\n---\n"
        "Rescuers pulled 14 miners from the collapsed shaft on Wednesday, and 3 miners were killed.\n"
        "\"We will not stop digging until every worker is home safe,\" said Mayor Ines Okafor.\n",
        encoding="utf-8",
    )
    (d / "b.json").write_text(json.dumps({
        "id": "b", "outlet": "Ridge Post", "published": "2023-05-19",
        "text": "Rescuers pulled 14 miners from the shaft on Wednesday. Nine miners were killed in the collapse. "
                "Mayor Ines Okafor said: \"We will not stop digging until every worker is home safe.\" "
                "[sic] notes [/i] stay as written.",
    }), encoding="utf-8")
    return d


def test_help_teaches():
    r = run("--help")
    assert r.exit_code == 0
    assert "compare" in r.stdout and "extract" in r.stdout and "ingest" in r.stdout
    r = run("compare", "--help")
    assert r.exit_code == 0 and "--only" in r.stdout and "Examples" in r.stdout


def test_compare_seeds_piped_has_no_ansi_and_exits_1():
    r = run("compare", str(SEEDS))
    assert r.exit_code == 1, r.stdout
    assert ANSI not in r.stdout
    assert "Hostages" in r.stdout and "Quotes" in r.stdout and "Timeline" in r.stdout
    assert "claims:" in r.stdout.splitlines()[-1]


def test_compare_as_terminal_is_coloured():
    r = run("compare", str(SEEDS), env={"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1"})
    assert r.exit_code == 1
    assert ANSI in r.stdout


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv", "markdown", "table"])
def test_compare_formats_parse(fmt: str):
    r = run("compare", str(SEEDS), "--format", fmt)
    assert r.exit_code == 1
    out = r.stdout
    if fmt == "json":
        d = json.loads(out)
        assert len(d["articles"]) == 5 and d["claims"] and d["summary"]["conflict"] >= 1
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
        assert rows and all({"id", "kind", "verdict", "mentions"} <= set(r) for r in rows)
    elif fmt in ("csv", "tsv"):
        rows = list(csv.DictReader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
        assert rows and {"claim", "verdict", "article", "text", "start", "end"} <= set(rows[0])
        assert all(r["verdict"] in {"agree", "conflict", "single", "identical", "variant"} for r in rows)
    elif fmt == "markdown":
        assert "## Hostages" in out and "|---|" in out
    else:
        assert "verdict" in out


def test_golden_compare_json():
    """`make golden` regenerates the file; review its diff when the extractors change."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        r = run("compare", "seeds/", "--format", "json")
    finally:
        os.chdir(cwd)
    assert r.exit_code == 1
    assert json.loads(r.stdout) == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_only_and_topic_filter(small: Path):
    r = run("compare", str(small), "--format", "json", "--only", "conflicts")
    assert r.exit_code == 1
    claims = json.loads(r.stdout)["claims"]
    assert claims and all(c["verdict"] == "conflict" for c in claims)
    r = run("compare", str(small), "--format", "json", "--topic", "quotes")
    claims = json.loads(r.stdout)["claims"]
    assert claims and all(c["kind"] == "quote" for c in claims)
    r = run("compare", str(small), "--topic", "nonsense")
    assert r.exit_code == 2


def test_small_set_agrees_and_conflicts(small: Path):
    d = json.loads(run("compare", str(small), "--format", "json").output)
    verdicts = {(c["kind"], c["verdict"]) for c in d["claims"]}
    assert ("count", "agree") in verdicts  # 14 miners rescued
    assert ("count", "conflict") in verdicts  # 3 vs nine killed
    assert ("quote", "identical") in verdicts
    assert [a["outlet"] for a in d["articles"]] == ["Valley Herald", "Ridge Post"]


def test_evidence_and_width(small: Path):
    r = run("compare", str(small), "--evidence", "--width", "100")
    assert "‹a " in r.stdout and "‹b " in r.stdout  # the evidence offsets of both articles
    assert "collapse." in r.stdout  # a word only the evidence sentence of b has
    assert max(len(line) for line in r.stdout.splitlines()) <= 100


def test_markup_and_escapes_print_as_written(tmp_path: Path):
    (tmp_path / "x.txt").write_text(
        "\"The mayor [sic] said the bridge [/i] would open in spring,\" said Dana Whit.\x1b[31m red\x1b[0m\n",
        encoding="utf-8")
    r = run("compare", str(tmp_path))
    assert r.exit_code == 0
    assert "[sic]" in r.stdout and "[/i]" in r.stdout
    assert "\x1b" not in r.stdout
    r = run("extract", str(tmp_path), "--format", "csv")
    assert "\x1b" not in r.stdout


def test_extract_formats(small: Path):
    r = run("extract", str(small), "--format", "jsonl")
    assert r.exit_code == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    kinds = {m["kind"] for m in rows}
    assert kinds == {"count", "quote", "event"}
    for m in rows:
        assert {"article", "start", "end", "text", "sentence"} <= set(m)
    r = run("extract", str(small), "--format", "jsonl", "--kind", "quotes")
    assert {json.loads(line)["kind"] for line in r.stdout.splitlines()} == {"quote"}
    r = run("extract", str(small), "--format", "csv", "--kind", "counts")
    assert next(iter(csv.DictReader(io.StringIO(r.stdout))))["kind"] == "count"
    r = run("extract", str(small), "--format", "json")
    assert isinstance(json.loads(r.stdout), list)
    r = run("extract", str(small))
    assert r.exit_code == 0 and "a — Valley Herald" in r.stdout
    r = run("extract", str(small), "--kind", "colours")
    assert r.exit_code == 2 and "unknown kind" in r.stderr


def test_extract_offsets_are_exact_on_seeds():
    r = run("extract", str(SEEDS), "--format", "jsonl")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for line in r.stdout.splitlines():
        m = json.loads(line)
        assert texts[m["article"]][m["start"]:m["end"]] == m["text"]


def test_ingest_formats(small: Path):
    r = run("ingest", str(small), "--format", "jsonl")
    assert r.exit_code == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(x["id"], x["published_source"]) for x in rows] == [("a", "metadata"), ("b", "metadata")]
    r = run("ingest", str(small))
    assert "Valley Herald" in r.stdout


@pytest.mark.parametrize("cmd", ["ingest", "extract", "compare"])
def test_missing_path_exits_2_without_traceback(cmd: str, tmp_path: Path):
    r = run(cmd, str(tmp_path / "nope"))
    assert r.exit_code == 2
    assert "Traceback" not in r.stdout + r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_empty_folder_exits_2(tmp_path: Path):
    r = run("compare", str(tmp_path))
    assert r.exit_code == 2 and "cfdiff:" in r.stderr
    assert list(tmp_path.iterdir()) == []


def test_crash_exits_2_not_1(monkeypatch, small: Path):
    import ceasefire_cli.align as align

    def boom(*_a, **_k):
        raise RuntimeError("kaput")

    monkeypatch.setattr(align, "compare_articles", boom)
    r = run("compare", str(small))
    assert r.exit_code == 2
    assert "internal error" in r.stderr and "Traceback" not in r.stderr


def test_bad_option_exits_2(small: Path):
    assert run("compare", str(small), "--format", "yaml").exit_code == 2


def test_python_dash_m_and_version():
    p = subprocess.run([sys.executable, "-m", "ceasefire_cli", "--version"], capture_output=True, text=True,
                       cwd=ROOT)
    assert p.returncode == 0 and p.stdout.startswith("cfdiff ")


def test_undecodable_only_file_exits_2_with_one_line(tmp_path: Path):
    (tmp_path / "old.txt").write_bytes("The mayor said “we will rebuild” on Monday.".encode("cp1252"))
    r = run("extract", str(tmp_path), "--format", "jsonl")
    assert r.exit_code == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert any("UTF-8" in line for line in lines) and all(line.startswith("cfdiff: ") for line in lines)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.txt"]


def test_bad_files_are_skipped_with_a_warning_when_others_remain(tmp_path: Path):
    (tmp_path / "good.txt").write_text("Rescuers found 12 survivors on Monday.", encoding="utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text('{"id": "x", "title": "no text here"}\n', encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    r = run("extract", str(tmp_path), "--format", "jsonl", "--kind", "counts")
    assert r.exit_code == 0
    assert [json.loads(line)["article"] for line in r.stdout.splitlines()] == ["good"]
    for name in ("blob.txt", "empty.txt", "lines.jsonl", "notes.pdf"):
        assert name in r.stderr
    assert "Traceback" not in r.stderr


def test_progress_only_on_a_terminal(monkeypatch):
    from ceasefire_cli import cli

    many, few = list(range(10_000)), list(range(10))
    assert cli._progress(many) is many  # stderr is not a terminal under the test runner: no bar
    monkeypatch.setattr(cli.sys.stderr, "isatty", lambda: True, raising=False)
    assert cli._progress(few) is few  # too few articles for a bar
    assert cli._progress(many) is not many


def test_library_gives_what_the_cli_shows():
    from ceasefire_cli import compare_folder, extract_folder

    warnings: list[str] = []
    cmp = compare_folder(SEEDS, warn=warnings.append)
    assert len(cmp.articles) == 5 and not warnings
    conflicts = cmp.filtered({"conflict"})
    assert conflicts.claims and all(c.verdict == "conflict" for c in conflicts.claims)
    assert all(c.topic == "quotes" for c in cmp.filtered(topics={"quotes"}).claims)
    articles, mentions = extract_folder(SEEDS, kinds=("quote",))
    assert {m.kind for m in mentions} == {"quote"} and len(articles) == 5


@pytest.fixture
def undated(tmp_path: Path) -> Path:
    """Two undated reports of a bridge closure, one dated one; weekdays only make sense with a date."""
    d = tmp_path / "bridge"
    d.mkdir()
    (d / "a.txt").write_text("Engineers closed the river bridge on Tuesday after 12 cracks were found.\n",
                             encoding="utf-8")
    (d / "b.txt").write_text("The river bridge was shut on Tuesday, and 4 ferries were added.\n", encoding="utf-8")
    return d


@pytest.mark.parametrize("cmd", ["ingest", "extract", "compare"])
def test_date_option_dates_undated_articles(cmd: str, undated: Path):
    (undated / "c.md").write_text("---\npublished: 2024-02-02\n---\nThe bridge reopened on Friday.\n",
                                  encoding="utf-8")
    r = run("ingest", str(undated), "--date", "2024-02-08", "--format", "jsonl")
    rows = {x["id"]: x for x in map(json.loads, r.stdout.splitlines())}
    assert {k: (v["published"], v["published_source"]) for k, v in rows.items()} == {
        "a": ("2024-02-08", "option"), "b": ("2024-02-08", "option"), "c": ("2024-02-02", "metadata"),
    }  # the stated date is never replaced
    r = run(cmd, str(undated), "--date", "2024-02-08", "--format", "json")
    assert r.exit_code in (0, 1), r.stderr
    if cmd == "extract":
        events = {(x["article"], x["date"]) for x in json.loads(r.stdout) if x["kind"] == "event"}
        assert events == {("a", "2024-02-06"), ("b", "2024-02-06"), ("c", "2024-02-02")}


def test_without_date_option_the_stated_date_is_inferred(undated: Path):
    (undated / "c.md").write_text("---\npublished: 2024-02-09\n---\nThe bridge reopened on Friday.\n",
                                  encoding="utf-8")
    r = run("ingest", str(undated), "--format", "jsonl")
    assert [x["published_source"] for x in map(json.loads, r.stdout.splitlines())] == ["inferred", "inferred",
                                                                                       "metadata"]


@pytest.mark.parametrize("value", ["2024-02-30", "2024-2-8", "08/02/2024", "yesterday", "", "2024-02-08x"])
@pytest.mark.parametrize("cmd", ["ingest", "extract", "compare"])
def test_bad_date_option_is_one_line_and_exit_2(cmd: str, value: str, undated: Path):
    r = run(cmd, str(undated), "--date", value)
    assert r.exit_code == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cfdiff: error: --date") and "YYYY-MM-DD" in lines[0]


def test_date_option_in_help():
    for cmd in ("ingest", "extract", "compare"):
        assert "--date" in run(cmd, "--help").stdout
