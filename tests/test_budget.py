"""The per-article guard: an article whose extraction runs over its time budget, or meets a bug, is
skipped with one warning naming it, and the rest is still compared. Nothing here measures speed: the
slow articles are made to spin forever, so only the guard can end them."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest
import regex
from typer.testing import CliRunner

from ceasefire_cli import extract, extract_folder
from ceasefire_cli.budget import BudgetExceeded, time_limit
from ceasefire_cli.cli import app
from ceasefire_cli.ingest import InputError

STUCK = "The harbour office said the crane STUCK on Tuesday had lifted 40 containers."
FINE = "The harbour office said 14 cranes were back in service on Tuesday."


def spin_forever() -> None:
    """Work that never ends and swallows every error it can, as careless library code might."""
    while True:
        try:
            while True:
                pass
        except Exception:  # the point: BudgetExceeded is not an Exception
            pass


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a_stuck.txt").write_text(STUCK + "\n", encoding="utf-8")
    (tmp_path / "b_fine.txt").write_text(FINE + "\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def tight(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    # the fine article's first extraction may load the gazetteer and compile patterns: done here, before the
    # budget is tight, so that only the stuck article can run over it, however busy the machine is
    warm = tmp_path_factory.mktemp("warm")
    (warm / "fine.txt").write_text(FINE + "\n", encoding="utf-8")
    extract_folder(warm, cache=False)
    monkeypatch.setattr(extract, "BUDGET_BASE_S", 1.0)
    monkeypatch.setattr(extract, "BUDGET_CHARS_PER_S", 10**9)
    real = extract.find_counts

    def counts(text: str) -> list:
        if "STUCK" in text:
            spin_forever()
        return real(text)

    monkeypatch.setattr(extract, "find_counts", counts)


def test_time_limit_stops_a_regex_match_in_progress() -> None:
    quadratic = regex.compile(r"[.!?]+(?=\s+[A-Z])")  # the old sentence splitter's shape
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(BudgetExceeded), time_limit(0.2) as armed:
        assert armed
        quadratic.findall("?" * 1_000_000)
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_time_limit_that_is_not_reached_changes_nothing() -> None:
    with time_limit(5) as armed:
        assert armed and sum(range(1000)) == 499500
    with time_limit(None) as armed:
        assert not armed
    time.sleep(0.01)  # no alarm left behind to fire later


@pytest.mark.usefixtures("tight")
def test_an_article_over_budget_is_skipped_and_named(folder: Path) -> None:
    warnings: list[str] = []
    arts, mentions = extract_folder(folder, kinds=("count",), warn=warnings.append)
    assert [a.id for a in arts] == ["b_fine"]
    assert [m.item.text for m in mentions] == ["14"]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"skipped {folder / 'a_stuck.txt'}: extraction ran over its 1 s time budget")


def test_a_bug_in_one_article_is_named_and_the_rest_goes_on(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = extract.find_quotes

    def quotes(text: str) -> list:
        if "STUCK" in text:
            raise OverflowError("date value out of range")
        return real(text)

    monkeypatch.setattr(extract, "find_quotes", quotes)
    warnings: list[str] = []
    arts, _ = extract_folder(folder, warn=warnings.append)
    assert [a.id for a in arts] == ["b_fine"]
    assert len(warnings) == 1
    w = warnings[0]
    assert "a_stuck.txt" in w and "internal error while extracting (OverflowError: date value out of range)" in w
    assert "please report it" in w


@pytest.mark.usefixtures("tight")
def test_nothing_left_after_the_guard_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "only.txt").write_text(STUCK + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="no article left: all 1 article"):
        extract_folder(tmp_path)


# --------------------------------------------------------------------------- the command line

runner = CliRunner()


@pytest.mark.usefixtures("tight")
def test_cli_compare_skips_the_slow_article_with_one_warning(folder: Path) -> None:
    r = runner.invoke(app, ["compare", str(folder), "--format", "json", "--date", "2024-05-01"],
                      catch_exceptions=False)  # dated: no note on undated articles
    assert r.exit_code == 0
    assert r.stderr.count("\n") == 1 and "a_stuck.txt" in r.stderr and "time budget" in r.stderr
    assert '"b_fine"' in r.stdout and '"a_stuck"' not in r.stdout


@pytest.mark.usefixtures("tight")
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_cli_extract_with_every_article_skipped_writes_nothing(tmp_path: Path, fmt: str) -> None:
    """Rows go to stdout as they are made, but the CSV header waits for the first row."""
    (tmp_path / "only.txt").write_text(STUCK + "\n", encoding="utf-8")
    r = runner.invoke(app, ["extract", str(tmp_path), "--format", fmt, "--no-cache"], catch_exceptions=False)
    assert r.exit_code == 2 and r.stdout == ""
    assert "no article left" in r.stderr


def test_cli_max_bytes(folder: Path) -> None:
    r = runner.invoke(app, ["ingest", str(folder), "--format", "jsonl", "--max-bytes", "70"], catch_exceptions=False)
    assert r.exit_code == 0
    size = len(STUCK) + 1
    assert r.stderr == f"cfdiff: warning: skipped {folder / 'a_stuck.txt'}: {size} bytes, over the 70-byte limit " \
                       "(--max-bytes)\n"
    assert r.stdout.count("\n") == 1


def test_cli_internal_error_says_how_to_report_it(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ceasefire_cli import align

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("kaput\x1b[2J")

    monkeypatch.setattr(align, "compare_articles", boom)
    r = runner.invoke(app, ["compare", str(folder)], catch_exceptions=False)
    assert r.exit_code == 2
    assert r.stderr.startswith("cfdiff: internal error: RuntimeError: kaput\\x1b[2J (this is a bug in cfdiff")
    assert "Traceback" not in r.stderr and r.stderr.count("\n") == 1
    r = runner.invoke(app, ["compare", str(folder)], env={"CFDIFF_TRACEBACK": "1"}, catch_exceptions=False)
    assert r.exit_code == 2 and "Traceback" in r.stderr
