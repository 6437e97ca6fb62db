"""``--scheduler``: extraction and the comparisons of --each on a Dask cluster (issue 9).

The tests start a ``distributed.LocalCluster`` of two worker processes; they are skipped only if
Dask is not installed (``make test`` installs it: the test extra includes it)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ceasefire_cli.cli import app
from ceasefire_cli.pipeline import Pipeline

runner = CliRunner()
NO_DASK = "Dask is not installed: pip install 'cfdiff[dask]'"


def run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env=env, catch_exceptions=False)


@pytest.fixture(scope="module")
def dask_scheduler():
    distributed = pytest.importorskip("distributed", reason=NO_DASK)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cl:
        yield cl.scheduler_address


def test_dask_run_matches_the_local_run(dask_scheduler: str, corpus: Path, events: Path):
    local = run("extract", str(corpus), "--format", "jsonl", "--no-cache", "--jobs", "1")
    remote = run("extract", str(corpus), "--format", "jsonl", "--no-cache", "--scheduler", dask_scheduler)
    assert remote.exit_code == 0 and remote.stdout and remote.stdout == local.stdout
    local = run("compare", "--each", str(events), "--format", "json", "--no-cache", "--jobs", "1")
    remote = run("compare", "--each", str(events), "--format", "json", "--no-cache",
                 env={"DASK_SCHEDULER_ADDRESS": dask_scheduler})
    assert remote.exit_code == local.exit_code == 1 and remote.stdout == local.stdout


def test_dask_results_are_cached_like_local_ones(dask_scheduler: str, corpus: Path, tmp_path: Path, counted):
    with Pipeline.open(scheduler=dask_scheduler, cache=True, cache_dir=tmp_path) as p:
        assert p.executor.trusted  # the workers run this very cfdiff
        arts = p.read(corpus)
        ms = p.extract(arts)
    assert counted == {"parse": 0, "extract": 0}  # the work ran on the cluster, not here
    with Pipeline.open(jobs=1, cache=True, cache_dir=tmp_path) as p:
        again = p.read(corpus)
        assert (again, p.extract(again)) == (arts, ms)
    assert counted == {"parse": 0, "extract": 0}  # and a local re-run read it from the cache


def test_scheduler_without_dask_says_how_to_install(monkeypatch, corpus: Path):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed: importing it fails
    r = run("extract", str(corpus), "--scheduler", "tcp://127.0.0.1:8786", "--no-cache")
    assert r.exit_code == 2
    assert r.stderr.count("\n") == 1 and "pip install 'cfdiff[dask]'" in r.stderr


def test_unreachable_scheduler_is_one_line(monkeypatch, corpus: Path):
    pytest.importorskip("distributed", reason=NO_DASK)
    from ceasefire_cli import cluster

    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "2s")
    r = run("extract", str(corpus), "--scheduler", "tcp://127.0.0.1:9", "--no-cache")
    assert r.exit_code == 2 and "cannot reach the Dask scheduler" in r.stderr and r.stderr.count("\n") == 1
