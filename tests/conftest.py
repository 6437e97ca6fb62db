"""Shared test set-up: a private cache home for every run, and the corpora and spies of the scale tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True, scope="session")
def _private_cache_home(tmp_path_factory: pytest.TempPathFactory):
    """platformdirs reads XDG_CACHE_HOME on each call, so every CliRunner run caches under this folder."""
    mp = pytest.MonkeyPatch()
    mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
    yield
    mp.undo()


@pytest.fixture
def pool_always(monkeypatch):
    """Workers even for a handful of articles, so small tests exercise the pool."""
    from ceasefire_cli import parallel

    monkeypatch.setattr(parallel, "POOL_MIN", 0)


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """15 articles: three copies of the seeds, each with its own last line (as ``make bench`` builds them)."""
    from ceasefire_cli.bench import build_corpus
    from ceasefire_cli.ingest import read_articles

    folder = tmp_path_factory.mktemp("corpus") / "c"
    build_corpus(read_articles([SEEDS]), 15, folder)
    return folder


def _event(folder: Path, name: str, killed: tuple[int, int]) -> None:
    """An event of two short reports of my own: they agree on the climbers reached, and on the dead if equal."""
    d = folder / name
    d.mkdir(parents=True)
    (d / "north.md").write_text(
        "---\noutlet: North Ledger\npublished: 2022-09-14\n---\n"
        f"Rescuers reached 30 climbers on the ridge on Tuesday, and {killed[0]} climbers were killed.\n",
        encoding="utf-8")
    (d / "south.md").write_text(
        "---\noutlet: South Courier\npublished: 2022-09-14\n---\n"
        f"Rescuers reached 30 climbers on Tuesday. {killed[1]} climbers were killed in the avalanche.\n",
        encoding="utf-8")


@pytest.fixture
def make_event() -> Callable[[Path, str, tuple[int, int]], None]:
    return _event


@pytest.fixture
def events(tmp_path: Path) -> Path:
    """A corpus of two events: ridge-a conflicts on the dead (4 vs 9), ridge-b agrees on everything."""
    root = tmp_path / "corpus"
    _event(root, "ridge-b", (4, 4))
    _event(root, "ridge-a", (4, 9))
    return root


@pytest.fixture
def counted(monkeypatch) -> dict[str, int]:
    """Counts the files parsed and the articles extracted in this process (the work a cache saves)."""
    from ceasefire_cli import extract as extract_module
    from ceasefire_cli import pipeline

    calls = {"parse": 0, "extract": 0}
    parse, extract = pipeline.parse_file, extract_module.extract_article

    def parse_file(*a, **k):
        calls["parse"] += 1
        return parse(*a, **k)

    def extract_article(*a, **k):
        calls["extract"] += 1
        return extract(*a, **k)

    monkeypatch.setattr(pipeline, "parse_file", parse_file)
    monkeypatch.setattr(extract_module, "extract_article", extract_article)
    return calls
