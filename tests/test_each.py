"""``cfdiff compare --each CORPUS/``: one comparison per event folder (issue 9)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from ceasefire_cli import compare_each
from ceasefire_cli.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_each_compares_every_event_folder(events: Path):
    (events / "stray.txt").write_text("A note on 3 boats.", encoding="utf-8")
    (events / "empty-event").mkdir()
    r = run("compare", "--each", str(events), "--format", "jsonl", "--no-cache")
    assert r.exit_code == 1  # ridge-a conflicts on the dead
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [r["event"] for r in rows] == sorted(r["event"] for r in rows)
    assert {r["event"] for r in rows} == {"ridge-a", "ridge-b"}
    assert {r["verdict"] for r in rows if r["event"] == "ridge-b"} == {"agree"}
    assert "conflict" in {r["verdict"] for r in rows if r["event"] == "ridge-a"}
    assert "stray.txt" in r.stderr and "skipped event empty-event" in r.stderr


def test_each_gives_what_compare_gives_per_folder(events: Path):
    r = run("compare", "--each", str(events), "--format", "json", "--no-cache")
    listed = json.loads(r.stdout)
    assert [e["event"] for e in listed] == ["ridge-a", "ridge-b"]
    for e in listed:
        single = json.loads(run("compare", str(events / e.pop("event")), "--format", "json", "--no-cache").stdout)
        assert e == single


def test_each_exit_0_without_conflicts_and_other_formats(events: Path):
    shutil.rmtree(events / "ridge-a")
    r = run("compare", "--each", str(events), "--format", "csv", "--no-cache")
    assert r.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and r.stdout.startswith("event,claim,") and {x["event"] for x in rows} == {"ridge-b"}
    r = run("compare", "--each", str(events), "--format", "tsv", "--only", "conflicts", "--no-cache")
    assert r.stdout.splitlines() == [r.stdout.splitlines()[0]] and r.stdout.startswith("event\tclaim\t")
    r = run("compare", "--each", str(events), "--format", "markdown", "--no-cache")
    assert r.stdout.startswith("# ridge-b\n")
    r = run("compare", "--each", str(events), "--no-cache")
    assert "ridge-b" in r.stdout and "agree" in r.stdout


def test_each_needs_event_folders(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Rescuers found 12 survivors on Monday.", encoding="utf-8")
    r = run("compare", "--each", str(tmp_path), "--no-cache")
    assert r.exit_code == 2 and "no event folders" in r.stderr and "Traceback" not in r.stderr


def test_each_in_workers_matches_one_process(pool_always, events: Path, make_event):
    make_event(events, "ridge-c", (11, 11))
    one = run("compare", "--each", str(events), "--format", "jsonl", "--no-cache", "--jobs", "1")
    two = run("compare", "--each", str(events), "--format", "jsonl", "--no-cache", "--jobs", "2")
    assert one.exit_code == two.exit_code == 1 and one.stdout == two.stdout


def test_each_works_in_batches(monkeypatch, events: Path, make_event):
    """Events are read, extracted and compared a batch at a time; batches change nothing in the output."""
    from ceasefire_cli import pipeline

    make_event(events, "ridge-c", (11, 12))
    whole = [(name, c.to_dict()) for name, c in compare_each(events)]
    monkeypatch.setattr(pipeline, "EACH_BATCH", 1)  # a batch per event
    assert [(name, c.to_dict()) for name, c in compare_each(events)] == whole
    assert [name for name, _ in whole] == ["ridge-a", "ridge-b", "ridge-c"]


def test_each_rerun_reads_the_cache(events: Path, tmp_path: Path, counted):
    first = [(name, c.to_dict()) for name, c in compare_each(events, cache=True, cache_dir=tmp_path)]
    assert counted == {"parse": 4, "extract": 4}
    assert [(name, c.to_dict()) for name, c in compare_each(events, cache=True, cache_dir=tmp_path)] == first
    assert counted == {"parse": 4, "extract": 4}


def test_each_names_files_of_any_event_and_warns_once_for_a_typo(events: Path):
    r = run("compare", "--each", str(events), "--format", "json", "--no-cache", "--all",
            "--name", f"{events / 'ridge-a' / 'north.md'}=Ridge Wire", "--name", "nowhere.md=Nobody")
    listed = {e["event"]: e for e in json.loads(r.stdout)}
    outlets = {e: sorted(a["outlet"] for a in x["articles"]) for e, x in listed.items()}
    assert outlets == {"ridge-a": ["Ridge Wire", "South Courier"], "ridge-b": ["North Ledger", "South Courier"]}
    assert r.stderr.count("nowhere.md=Nobody") == 1 and "Ridge Wire: no article" not in r.stderr


def test_each_refuses_html_before_reading(events: Path):
    r = run("compare", "--each", str(events), "--format", "html", "--no-cache")
    assert r.exit_code == 2 and "--each writes" in r.stderr and r.stdout == ""


def test_each_wide_csv_has_one_header_for_every_event(events: Path):
    r = run("compare", "--each", str(events), "--format", "wide-csv", "--no-cache", "--all")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert r.stdout.startswith("event,claim,") and {x["event"] for x in rows} == {"ridge-a", "ridge-b"}
    assert {"North Ledger", "South Courier"} <= set(rows[0])
