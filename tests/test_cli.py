"""The command line through typer's CliRunner: every option and format, piped and as a terminal."""

from __future__ import annotations

import csv
import io
import json
import os
import re
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
CLEAN_ENV = {"COLUMNS": None, "NO_COLOR": None, "FORCE_COLOR": None, "TTY_COMPATIBLE": None}
VERDICTS = {"agree", "conflict", "single", "identical", "variant"}

runner = CliRunner()


def run(*args: str, env: dict[str, str | None] | None = None, input: str | None = None):
    return runner.invoke(app, list(args), env={**CLEAN_ENV, **(env or {})}, input=input, catch_exceptions=False)


def one_error(r) -> str:
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("cfdiff: error: ")
    return lines[0]


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


# ---------------------------------------------------------------- help and usage errors


def test_help_is_plain_with_readable_placeholders():
    r = run("--help")
    assert r.exit_code == 0
    assert "compare" in r.stdout and "extract" in r.stdout and "ingest" in r.stdout
    assert "--install-completion" in r.stdout  # shell completion is on
    for cmd in ("compare", "extract", "ingest"):
        r = run(cmd, "--help")
        assert r.exit_code == 0
        assert f"Usage: cfdiff {cmd} [OPTIONS] PATH..." in r.stdout
        assert "<" not in r.stdout.replace("<TAB>", "") and "╭" not in r.stdout  # no <list[Path]>, no box
        assert "FORMAT" in r.stdout and "--output FILE" in r.stdout and "--name FILE=OUTLET" in r.stdout
    assert "Examples" in run("compare", "--help").stdout


def test_show_completion_prints_a_script():
    r = run("--show-completion", "bash")
    assert r.exit_code == 0 and "complete" in r.stdout and "cfdiff" in r.stdout


@pytest.mark.parametrize("args, words", [
    (["compare"], "Missing argument 'PATH...'"),
    (["compare", "seeds", "--format", "yaml"], "'yaml' is not one of"),
    (["compare", "seeds", "--width", "10"], "--width"),
    (["compare", "seeds", "--bogus"], "No such option: --bogus"),
    (["compare", "seeds", "--topic", "nonsense"], "unknown topic 'nonsense'"),
    (["compare", "seeds", "--only", "maybe"], "'maybe' is not one of"),
    (["compare", "seeds", "--color", "sometimes"], "'sometimes' is not one of"),
    (["compare", "seeds", "-q", "-v"], "-q and -v exclude each other"),
    (["compare", "seeds", "--name", "no-equals-sign"], "--name wants FILE=OUTLET"),
    (["compare", "seeds", "--names", "/nonexistent/names.tsv"], "cannot read names file"),
    (["extract", "seeds", "--kind", "colours"], "unknown kind"),
    (["frobnicate"], "No such command"),
])
def test_usage_errors_are_one_line_and_exit_2(args: list[str], words: str):
    r = run(*[str(SEEDS) if a == "seeds" else a for a in args])
    assert r.exit_code == 2
    line = one_error(r)
    assert words in line and "Value error" not in line and "Traceback" not in line
    assert r.stdout == ""


# ---------------------------------------------------------------- compare: disputes first, exit status


def test_compare_seeds_at_80_columns_fits_with_the_conflict_first():
    r = run("compare", str(SEEDS), env={"COLUMNS": "80"})
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert ANSI not in r.stdout
    assert all(len(line) <= 80 and line == line.rstrip() for line in lines)
    assert lines[0].startswith("92 claims: 1 conflict") or re.match(r"\d+ claims: .*conflict", lines[0])
    body = r.stdout
    assert body.index("Conflicts (1)") < body.index("Hostages") < body.index("Quotes") < body.index("Timeline")
    conflict = body[body.index("Conflicts (1)"):body.index("Hostages")]
    for said in ("conflict", "some 50", "Fox News", "10 + 18 = 28", "000_8a47651d0fddd325"):  # who said what
        assert said in conflict
    assert "single" not in body.split("\n", 2)[2].replace("single-outlet", "")  # rows: singles need --all


def test_piped_default_width_is_80_and_columns_is_respected():
    assert max(len(line) for line in run("compare", str(SEEDS)).stdout.splitlines()) <= 80
    r = run("compare", str(SEEDS), env={"COLUMNS": "200"})
    assert max(len(line) for line in r.stdout.splitlines()) > 120
    assert "claim" in r.stdout and "Fox News" in r.stdout
    r = run("compare", str(SEEDS), "--width", "60", env={"COLUMNS": "200"})
    assert max(len(line) for line in r.stdout.splitlines()) <= 60


def test_all_shows_single_rows_and_the_summary_always_counts_them():
    default = run("compare", str(SEEDS), "--format", "json")
    full = run("compare", str(SEEDS), "--format", "json", "--all")
    d, f = json.loads(default.stdout), json.loads(full.stdout)
    assert d["summary"]["single"] == f["summary"]["single"] > 0
    assert all(c["verdict"] != "single" for c in d["claims"])
    assert any(c["verdict"] == "single" for c in f["claims"])
    assert d["summary"]["shown"] == len(d["claims"]) < f["summary"]["shown"] == len(f["claims"])
    ranks = [{"conflict": 0, "variant": 1, "agree": 2, "identical": 2, "single": 3}[c["verdict"]] for c in f["claims"]]
    assert ranks == sorted(ranks)  # disputes first, singles last
    assert "single" in run("compare", str(SEEDS), "--all").stdout


def test_exit_status_follows_the_rows_shown():
    assert run("compare", str(SEEDS), "--only", "conflicts").exit_code == 1
    assert run("compare", str(SEEDS), "--only", "agree").exit_code == 0
    r = run("compare", str(SEEDS), "--topic", "injured")
    assert r.exit_code == 0 and "No claim matches" in r.stdout
    assert run("compare", str(SEEDS), "--topic", "hostages").exit_code == 1
    assert run("compare", str(SEEDS), "--topic", "quotes").exit_code == 0


def test_colour_modes():
    term = {"FORCE_COLOR": "1", "TTY_COMPATIBLE": "1"}
    assert ANSI in run("compare", str(SEEDS), env=term).stdout
    assert ANSI not in run("compare", str(SEEDS), env={**term, "NO_COLOR": "1"}).stdout  # not even bold
    assert ANSI not in run("compare", str(SEEDS), "--color", "never", env=term).stdout
    assert ANSI in run("compare", str(SEEDS), "--color", "always").stdout
    assert ANSI not in run("compare", str(SEEDS), "--color", "auto").stdout  # piped
    assert ANSI not in run("compare", str(SEEDS), "--color", "always", "-f", "json").stdout


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "tsv", "wide-csv", "markdown", "html", "table"])
def test_compare_formats_parse_and_open_with_the_conflict(fmt: str):
    r = run("compare", str(SEEDS), "--format", fmt)
    assert r.exit_code == 1 and r.stderr == ""
    out = r.stdout
    if fmt == "json":
        d = json.loads(out)
        assert len(d["articles"]) == 5 and d["summary"]["conflict"] == 1
        assert d["claims"][0]["verdict"] == "conflict"
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
        assert rows[0]["verdict"] == "conflict"
        assert all({"id", "kind", "verdict", "mentions"} <= set(r) for r in rows)
    elif fmt in ("csv", "tsv"):
        rows = list(csv.DictReader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
        assert rows[0]["verdict"] == "conflict"
        assert {"claim", "verdict", "article", "outlet", "text", "start", "end"} <= set(rows[0])
        assert all(r["verdict"] in VERDICTS for r in rows)
    elif fmt == "wide-csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert list(rows[0])[:6] == ["claim", "kind", "topic", "label", "verdict", "note"]
        assert {"CNN", "Fox News"} <= set(rows[0])  # one column per outlet
        assert len({r["claim"] for r in rows}) == len(rows)  # one row per claim
        assert rows[0]["verdict"] == "conflict" and rows[0]["Fox News"] == "some 50"
    elif fmt == "markdown":
        assert out.index("## Conflicts") < out.index("## Hostages") and "|---|" in out
    elif fmt == "html":
        assert out.startswith("<!DOCTYPE html>") and out.index('id="disputes"') < out.index('id="table"')
        assert "http://" not in out.split("<body>")[0] and "<script" not in out and " src=" not in out
    else:
        assert "verdict" in out or "conflict" in out


def test_golden_compare_json():
    """`make golden` regenerates the file (with --all); review its diff when the extractors change."""
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        r = run("compare", "seeds/", "--format", "json", "--all")
    finally:
        os.chdir(cwd)
    assert r.exit_code == 1
    assert json.loads(r.stdout) == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_readme_example_is_what_compare_prints():
    """The README's example (cut at its "…") is the start of `cfdiff compare seeds/` at 80 columns."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("in an 80-column terminal", 1)[1].split("```\n", 1)[1].split("```", 1)[0]
    shown = block.rstrip("\n").removesuffix("…").rstrip("\n")
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        r = run("compare", "seeds/", env={"COLUMNS": "80"})
    finally:
        os.chdir(cwd)
    assert r.exit_code == 1
    assert r.stdout.startswith(shown + "\n")


def test_only_and_topic_filter(small: Path):
    r = run("compare", str(small), "--format", "json", "--only", "conflicts")
    assert r.exit_code == 1
    claims = json.loads(r.stdout)["claims"]
    assert claims and all(c["verdict"] == "conflict" for c in claims)
    r = run("compare", str(small), "--format", "json", "--topic", "quotes")
    claims = json.loads(r.stdout)["claims"]
    assert claims and all(c["kind"] == "quote" for c in claims)
    r = run("compare", str(small), "--format", "json", "--only", "single")
    assert all(c["verdict"] == "single" for c in json.loads(r.stdout)["claims"])


def test_small_set_agrees_and_conflicts(small: Path):
    d = json.loads(run("compare", str(small), "--format", "json").output)
    verdicts = {(c["kind"], c["verdict"]) for c in d["claims"]}
    assert ("count", "agree") in verdicts  # 14 miners rescued
    assert ("count", "conflict") in verdicts  # 3 vs nine killed
    assert ("quote", "identical") in verdicts
    assert [a["outlet"] for a in d["articles"]] == ["Valley Herald", "Ridge Post"]


@pytest.mark.parametrize("fmt", ["table", "markdown", "html", "json", "jsonl", "csv", "tsv", "wide-csv"])
def test_evidence_adds_sentences_to_every_format(small: Path, fmt: str):
    width = "60"  # a table in blocks, so a sentence reads on consecutive lines
    plain = run("compare", str(small), "--format", fmt, "--width", width).stdout
    r = run("compare", str(small), "--format", fmt, "--evidence", "--width", width)
    out = r.stdout
    assert r.exit_code == 1
    assert "Nine miners were killed in the collapse" in " ".join(out.split())  # the sentence behind b's value
    if fmt == "json":
        ev = json.loads(out)["claims"][0]["evidence"]
        assert {"outlet", "path", "line", "column", "start", "end", "sentence"} <= set(ev[0])
        assert {e["outlet"] for e in ev} == {"Valley Herald", "Ridge Post"}
    elif fmt == "jsonl":
        assert "evidence" in json.loads(out.splitlines()[0]) and "evidence" not in plain
    elif fmt in ("csv", "tsv"):
        row = next(csv.DictReader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
        assert row["line"] and row["column"] and row["path"]
    elif fmt == "wide-csv":
        assert "Ridge Post evidence" in next(csv.reader(io.StringIO(out)))
    elif fmt == "table":
        assert "‹Valley Herald" in out and "‹Ridge Post" in out
        assert max(len(line) for line in out.splitlines()) <= 60
    if fmt not in ("json", "jsonl", "csv", "tsv", "html"):  # those carry the sentence anyway
        assert "Nine miners were killed in the collapse" not in " ".join(plain.split())


# ---------------------------------------------------------------- conventions


def test_stdin_dash_reads_one_article(small: Path):
    text = "---\noutlet: Harbour Daily\n---\nRescuers pulled 14 miners from the mine on Wednesday.\n"
    r = run("ingest", "-", "--format", "jsonl", input=text)
    assert r.exit_code == 0
    row = json.loads(r.stdout)
    assert (row["id"], row["path"], row["outlet"]) == ("stdin", "-", "Harbour Daily")
    r = run("compare", str(small), "-", "--format", "json", input=text)
    d = json.loads(r.stdout)
    assert [a["outlet"] for a in d["articles"]][-1] == "Harbour Daily"
    agree = [c for c in d["claims"] if c["verdict"] == "agree"]
    assert any({m["article"] for m in c["mentions"]} == {"a", "b", "stdin"} for c in agree)


def test_recursive_reads_sub_folders(tmp_path: Path):
    (tmp_path / "top.txt").write_text("Rescuers found 12 survivors on Monday.", encoding="utf-8")
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "deep.txt").write_text("Crews found 12 survivors on Monday.", encoding="utf-8")
    r = run("ingest", str(tmp_path), "-f", "jsonl")
    assert [json.loads(line)["id"] for line in r.stdout.splitlines()] == ["top"] and "--recursive" in r.stderr
    for flag in ("-r", "--recursive"):
        r = run("ingest", str(tmp_path), flag, "-f", "jsonl")
        assert [json.loads(line)["id"] for line in r.stdout.splitlines()] == ["deep", "top"]


def test_output_option_writes_the_file_not_stdout(small: Path, tmp_path: Path):
    for cmd, fmt in (("compare", "html"), ("compare", "wide-csv"), ("extract", "jsonl"), ("ingest", "csv")):
        target = tmp_path / f"{cmd}.{fmt}"
        r = run(cmd, str(small), "--format", fmt, "-o", str(target))
        assert r.exit_code in (0, 1) and r.stdout == ""
        assert target.stat().st_size > 0
    assert run("compare", str(small), "-o", "-").stdout  # "-" is stdout


def test_quiet_and_verbose(tmp_path: Path):
    (tmp_path / "good.txt").write_text("Rescuers found 12 survivors on Monday.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    assert "notes.pdf" in run("compare", str(tmp_path)).stderr
    r = run("compare", str(tmp_path), "-q")
    assert r.stderr == "" and r.exit_code == 0
    r = run("compare", str(tmp_path), "-v")
    assert "notes.pdf" in r.stderr
    assert "good.txt: no outlet found in the text" in r.stderr and "--name good.txt=OUTLET" in r.stderr
    assert all(line.startswith("cfdiff: ") for line in r.stderr.splitlines())
    r = run("compare", str(SEEDS), "-v")
    assert "claims not shown" in r.stderr and "layout: blocks (5 outlet columns at width 80)" in r.stderr


def test_names_label_outlets_everywhere(small: Path, tmp_path: Path):
    r = run("compare", str(SEEDS), "--name", "000_8a47651d0fddd325.txt=Wire One", "-n",
            "002_4331cdee77949980=Daily Two", "--width", "200")
    assert "Wire One" in r.stdout and "Daily Two" in r.stdout and "000_8a47651d" not in r.stdout
    names = tmp_path / "names.tsv"
    names.write_text("# file\toutlet\turl\n000_8a47651d0fddd325.txt\tWire One\thttps://example.org/1\n"
                     "002_4331cdee77949980.txt\tDaily Two\n", encoding="utf-8")
    d = json.loads(run("compare", str(SEEDS), "--names", str(names), "-f", "json", "--evidence").stdout)
    outlets = {a["id"][:3]: (a["outlet"], a["outlet_source"]) for a in d["articles"]}
    assert outlets["000"] == ("Wire One", "option") and outlets["002"] == ("Daily Two", "option")
    assert {e["outlet"] for c in d["claims"] for e in c["evidence"]} >= {"Wire One", "Daily Two"}
    md = run("compare", str(SEEDS), "--names", str(names), "-f", "markdown", "--topic", "quotes").stdout
    assert "Daily Two: " in md  # a quote's word diff is named by outlet, not id
    r = run("ingest", str(small), "--name", "missing.txt=Nobody", "-f", "jsonl")
    assert r.exit_code == 0 and "missing.txt=Nobody: no article" in r.stderr


def test_raw_cells_keeps_formula_cells(small: Path):
    r = run("compare", str(small), "-f", "wide-csv", "--name", "a.md==HYPERLINK(1)")
    assert "'=HYPERLINK(1)" in next(csv.reader(io.StringIO(r.stdout)))
    r = run("compare", str(small), "-f", "csv", "--name", "b=@SUM(1)", "--raw-cells")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert "@SUM(1)" in {row["outlet"] for row in rows}
    r = run("ingest", str(small), "-f", "tsv", "--name", "b=+cmd")
    assert "\t'+cmd\t" in r.stdout


# ---------------------------------------------------------------- hostile text, every subcommand


def test_markup_and_escapes_print_as_written(tmp_path: Path):
    (tmp_path / "x.txt").write_text(
        "\"The mayor [sic] said the bridge [/i] would open in spring,\" said Dana Whit.\x1b[31m red\x1b[0m\n",
        encoding="utf-8")
    r = run("compare", str(tmp_path), "--all")
    assert r.exit_code == 0
    assert "[sic]" in r.stdout and "[/i]" in r.stdout
    assert "\x1b" not in r.stdout
    r = run("extract", str(tmp_path), "--format", "csv")
    assert "\x1b" not in r.stdout


def test_hostile_names_and_text_are_escaped_for_people(tmp_path: Path):
    d = tmp_path / "in\nbox"
    d.mkdir()
    (d / "x\x1b[2Jy.txt").write_text(
        "---\noutlet: Evil\u202eswen\n---\n"
        "\"We will <script>alert(1)</script> rebuild <img src=x onerror=alert(2)> the \u200bbridge,\" "
        "said Dana Whit on Monday.\n", encoding="utf-8")
    (d / "skip.pdf").write_bytes(b"%PDF")
    for args in (["extract", str(d)], ["ingest", str(d)], ["compare", str(d), "--all"],
                 ["compare", str(d), "--all", "-f", "markdown"]):
        r = run(*args)
        for s in (r.stdout, r.stderr):
            assert "\x1b" not in s and "\u202e" not in s and "\u200b" not in s, args
        assert all(line.startswith("cfdiff: ") for line in r.stderr.splitlines()), r.stderr  # newline escaped
    md = run("compare", str(d), "--all", "-f", "markdown").stdout
    assert "<script>" not in md and "<img" not in md and "&lt;script&gt;" in md
    js = run("compare", str(d), "--all", "-f", "jsonl").stdout
    assert "\u202e" not in js and json.loads(js.splitlines()[0])  # escaped, exact text kept
    assert "Evil\u202eswen" in json.loads(run("ingest", str(d), "-f", "json").stdout)[0]["outlet"]


def test_lone_surrogate_in_json_input_is_written_escaped(tmp_path: Path):
    (tmp_path / "x.json").write_text('{"id": "x", "text": "Crews freed 12 workers on Monday \\ud800 at dawn."}',
                                     encoding="utf-8")
    for fmt in ("json", "jsonl", "csv", "tsv", "table", "markdown", "html", "wide-csv"):
        r = run("compare", str(tmp_path), "--all", "-f", fmt)
        assert r.exit_code == 0, (fmt, r.stderr)
        assert "\ud800" not in r.stdout
    r = run("extract", str(tmp_path), "-f", "jsonl")  # ingest repaired the lone surrogate, with a warning
    assert r.exit_code == 0 and "\ud800" not in r.stdout and "surrogate" in r.stderr


# ---------------------------------------------------------------- extract and ingest


def test_extract_formats(small: Path):
    r = run("extract", str(small), "--format", "jsonl")
    assert r.exit_code == 0
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert {m["kind"] for m in rows} == {"count", "quote", "event"}
    for m in rows:
        assert {"article", "start", "end", "text", "sentence"} <= set(m)
    r = run("extract", str(small), "--format", "jsonl", "--kind", "quotes")
    assert {json.loads(line)["kind"] for line in r.stdout.splitlines()} == {"quote"}
    r = run("extract", str(small), "--format", "csv", "--kind", "counts")
    assert next(iter(csv.DictReader(io.StringIO(r.stdout))))["kind"] == "count"
    r = run("extract", str(small), "--format", "tsv")
    assert all(len(line.split("\t")) == 23 for line in r.stdout.splitlines())
    r = run("extract", str(small), "--format", "json")
    assert isinstance(json.loads(r.stdout), list)
    r = run("extract", str(small))
    assert r.exit_code == 0 and "a — Valley Herald" in r.stdout


@pytest.mark.parametrize("cmd", ["extract", "ingest"])
@pytest.mark.parametrize("width", [40, 80, 120, 200])
def test_extract_and_ingest_tables_fit(cmd: str, width: int):
    r = run(cmd, str(SEEDS), "--width", str(width))
    assert r.exit_code == 0
    for line in r.stdout.splitlines():
        assert line == line.rstrip()
        assert len(line) <= width or " " not in line.strip()  # only a lone long token may stick out
    assert "000_8a47651d0fddd325" in r.stdout  # ids whole


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
    assert "Valley Herald" in run("ingest", str(small)).stdout
    assert len(json.loads(run("ingest", str(small), "-f", "json").stdout)) == 2
    assert run("ingest", str(small), "-f", "csv").stdout.startswith("id,path,outlet")
    assert ANSI in run("ingest", str(small), "--color", "always").stdout


# ---------------------------------------------------------------- trouble


@pytest.mark.parametrize("cmd", ["ingest", "extract", "compare"])
def test_missing_path_exits_2_without_traceback(cmd: str, tmp_path: Path):
    r = run(cmd, str(tmp_path / "nope"))
    assert r.exit_code == 2
    assert "Traceback" not in r.stdout + r.stderr
    one_error(r)


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
    line = r.stderr.strip()
    assert "internal error" in line and "report it" in line and "Traceback" not in line


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
    assert cli._progress(many, quiet=True) is many  # -q: no bar either
    assert cli._progress(many) is not many


def test_library_gives_what_the_cli_shows():
    from ceasefire_cli import compare_folder, extract_folder
    from ceasefire_cli.view import select

    warnings: list[str] = []
    cmp = compare_folder(SEEDS, warn=warnings.append)
    assert len(cmp.articles) == 5 and not warnings
    view = select(cmp, "conflicts")
    assert view.claims and all(c.verdict == "conflict" for c in view.claims) and view.has_conflicts
    assert all(c.topic == "quotes" for c in select(cmp, topics={"quotes"}).claims)
    articles, mentions = extract_folder(SEEDS, kinds=("quote",), names=[("004_eea347b1a3a2aac9.txt", "X")])
    assert {m.kind for m in mentions} == {"quote"} and len(articles) == 5
    assert articles[4].outlet == "X"


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


@pytest.mark.parametrize("cmd", ["extract", "compare"])
def test_it_says_when_relative_days_are_left_out_for_want_of_a_date(cmd: str, undated: Path):
    r = run(cmd, str(undated), "--format", "json")
    assert r.exit_code in (0, 1)
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith("cfdiff: 2 of 2 article(s) show no date") and "--date YYYY-MM-DD" in last
    for args in (["--date", "2024-02-08"], ["-q"]):  # a date given, or quiet: nothing to say
        assert "show no date" not in run(cmd, str(undated), "--format", "json", *args).stderr
    (undated / "c.md").write_text("---\npublished: 2024-02-09\n---\nThe bridge reopened.\n", encoding="utf-8")
    assert "show no date" not in run(cmd, str(undated), "--format", "json").stderr  # inferred


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
