"""Shared test set-up: a private cache home for every run, the corpora and spies of the scale tests, and a
synthetic comparison of any number of outlets, built without extraction."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from ceasefire_cli.models import Article, Claim, Comparison, Count, Event, Mention, Quote

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def pytest_configure(config: pytest.Config) -> None:
    """No store of compiled patterns (``patterns``): test modules import the package, which loads it, before
    any fixture runs, so it would be the user's own. ``test_patterns`` tests stores in temporary folders."""
    os.environ["CFDIFF_PATTERN_CACHE"] = "0"


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


def synthetic(n: int) -> Comparison:
    """``n`` articles about a bus crash: a count three values dispute, one they agree on, a quote, a
    date and a single; every fourth outlet unnamed (shown by its id), names of two words."""
    arts: list[Article] = []
    hurt, freed, said, when = [], [], [], []
    for i in range(n):
        v = (12, 15, 120)[i % 3]
        text = (f"Medics said {v} passengers were hurt when the bus overturned on Tuesday. "
                f"Crews freed 4 drivers. \"We kept digging until dawn,\" said Chief Rosa Lind.")
        a = Article(id=f"bus{i:03d}", path=f"/news/bus{i:03d}.txt", text=text, clean=text,
                    outlet=f"Coast Ledger{i}" if i % 4 else f"bus{i:03d}", outlet_source="byline" if i % 4 else "id")
        arts.append(a)
        s1 = text.index(str(v))
        hurt.append(Mention(a.id, Count(s1, s1 + len(str(v)), str(v), text[:text.index(".") + 1], v, v, v, "exact",
                                        "injured", "passengers")))
        s2 = text.index("4 drivers")
        freed.append(Mention(a.id, Count(s2, s2 + 1, "4", "Crews freed 4 drivers.", 4, 4, 4, "exact", "other",
                                         "drivers")))
        q = text.index("We kept")
        said.append(Mention(a.id, Quote(q, q + 24, text[q:q + 24], text[q - 1:], text[q:q + 24], "Rosa Lind",
                                        "said")))
        t = text.index("on Tuesday")
        when.append(Mention(a.id, Event(t, t + 10, "on Tuesday", text[:text.index(".") + 1], "2024-03-05",
                                        "on Tuesday", "the bus overturned")))
    claims = [
        Claim("c-hurt001", "count", "injured", "passengers — hurt", "conflict", hurt, note="12 vs 15 vs 120"),
        Claim("c-free002", "count", "other", "drivers — freed", "agree", freed),
        Claim("q-said003", "quote", "quotes", "Rosa Lind: We kept digging until dawn", "identical", said),
        Claim("e-when004", "event", "events", "the bus overturned", "agree", when),
        Claim("c-solo005", "count", "other", "cranes — sent", "single", freed[:1]),
    ]
    return Comparison(arts, claims)


@pytest.fixture
def make_comparison():
    return synthetic
