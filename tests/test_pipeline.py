"""Scale (issue 9): --jobs, the order of input files, and the cache in a run."""

from __future__ import annotations

import multiprocessing
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ceasefire_cli.cli import app
from ceasefire_cli.parallel import LocalPool, Serial
from ceasefire_cli.pipeline import Pipeline

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
runner = CliRunner()


def run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env=env, catch_exceptions=False)


# ---------------------------------------------------------------- --jobs and input order


@pytest.mark.parametrize("method", [m for m in ("spawn", "fork") if m in multiprocessing.get_all_start_methods()])
def test_workers_give_the_same_mentions_as_one_process(corpus: Path, method: str):
    """Whatever the start method: the work shares no state with the parent (spawn proves it)."""
    with Pipeline(Serial()) as one:
        arts1 = one.read(corpus)
        ms1 = one.extract(arts1)
    pool = LocalPool(2, min_items=0, method=method)
    with Pipeline(pool) as two:
        arts2 = two.read(corpus)
        ms2 = two.extract(arts2)
        assert pool.started  # the work really went to worker processes
    assert arts2 == arts1 and ms2 == ms1 and len(ms1) > 100


def _loaded(module: str, _item: int) -> bool:
    return module in sys.modules


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="no fork on this system")
def test_light_map_runs_before_the_extractors_load_and_the_next_map_gets_them(monkeypatch):
    """Workers of a ``light`` map (reading files) are forked at once; the parent loads ``PRELOAD``
    meanwhile, and the map after (extraction) gets workers forked with it loaded."""
    from functools import partial

    from ceasefire_cli import parallel

    stand_in = "colorsys"  # a module nothing here imports: stands for the extractors
    monkeypatch.delitem(sys.modules, stand_in, raising=False)
    monkeypatch.setattr(parallel, "PRELOAD", (stand_in,))
    monkeypatch.setattr(parallel, "start_method", lambda: "fork")
    pool = LocalPool(2, min_items=0)
    try:
        assert not any(pool.map(partial(_loaded, stand_in), range(8), light=True))
        assert stand_in in sys.modules  # loaded by the parent while the light map ran
        assert all(pool.map(partial(_loaded, stand_in), range(8)))
    finally:
        pool.close()


@pytest.mark.parametrize("cmd", ["extract", "compare"])
def test_output_is_byte_identical_for_any_jobs(pool_always, corpus: Path, cmd: str):
    fmt = "jsonl" if cmd == "extract" else "json"
    outs = {j: run(cmd, str(corpus), "--format", fmt, "--jobs", j, "--no-cache") for j in ("1", "2", "3")}
    assert {r.exit_code for r in outs.values()} <= {0, 1}
    assert outs["1"].stdout and outs["1"].stdout == outs["2"].stdout == outs["3"].stdout


def test_output_is_identical_for_any_order_of_input_files(pool_always, corpus: Path):
    files = sorted(str(p) for p in corpus.iterdir())
    first = run("compare", *files, "--format", "json", "--no-cache", "--jobs", "1")
    assert first.exit_code == 1
    rng = random.Random(9)
    for jobs in ("1", "2"):
        shuffled = files[:]
        rng.shuffle(shuffled)
        assert shuffled != files
        r = run("compare", *shuffled, "--format", "json", "--no-cache", "--jobs", jobs)
        assert r.stdout == first.stdout
    assert run("compare", str(corpus), "--format", "json", "--no-cache").stdout == first.stdout


def test_warnings_come_in_file_order_from_workers_too(pool_always, tmp_path: Path):
    for i in range(4):
        (tmp_path / f"good{i}.txt").write_text(f"Rescuers found {12 + i} survivors on Monday.", encoding="utf-8")
        (tmp_path / f"bad{i}.txt").write_bytes(b"\x00binary")
    one = run("extract", str(tmp_path), "--format", "jsonl", "--jobs", "1", "--no-cache")
    two = run("extract", str(tmp_path), "--format", "jsonl", "--jobs", "2", "--no-cache")
    assert one.exit_code == two.exit_code == 0
    assert one.stderr.count("binary") == 4 and two.stderr == one.stderr and two.stdout == one.stdout


# ---------------------------------------------------------------- the cache in a run


def _run_cached(folder: Path, cache_dir: Path) -> tuple[list, list]:
    with Pipeline.open(jobs=1, cache=True, cache_dir=cache_dir) as p:
        arts = p.read(folder)
        return arts, p.extract(arts)


def test_rerun_reads_the_cache_and_a_changed_file_is_redone_alone(tmp_path: Path, counted):
    folder = tmp_path / "c"
    shutil.copytree(SEEDS, folder)
    arts, ms = _run_cached(folder, tmp_path / "cache")
    assert counted == {"parse": 5, "extract": 5}
    assert _run_cached(folder, tmp_path / "cache") == (arts, ms)
    assert counted == {"parse": 5, "extract": 5}  # nothing parsed or extracted again
    one = sorted(folder.iterdir())[0]
    one.write_text(one.read_text(encoding="utf-8") + "\nLate note: 7 more hostages were named.\n", encoding="utf-8")
    arts2, ms2 = _run_cached(folder, tmp_path / "cache")
    assert counted == {"parse": 6, "extract": 6}  # that file alone
    assert any(m.item.text == "7" for m in ms2) and arts2[1:] == arts[1:]


def test_the_reference_date_is_part_of_the_key(tmp_path: Path, counted):
    """An undated report takes the date of the dated one: move that date, and its events move too."""
    folder = tmp_path / "c"
    folder.mkdir()
    undated = "Crews reopened the mountain road on Friday after the landslide.\n"
    (folder / "undated.txt").write_text(undated, encoding="utf-8")
    for day, friday in (("2023-06-10", "2023-06-09"), ("2023-06-17", "2023-06-16")):
        (folder / "dated.md").write_text(f"---\npublished: {day}\n---\nThe road stayed shut for 3 days.\n",
                                         encoding="utf-8")
        arts, ms = _run_cached(folder, tmp_path / "cache")
        assert arts[1].published_source == "inferred"
        assert [m.item.date for m in ms if m.article == "undated" and m.kind == "event"] == [friday]
    assert counted["extract"] == 4  # the undated article was extracted again under its new date


def _strike_folder(folder: Path) -> Path:
    """Monday's and Wednesday's dated stories, and an undated one whose weekdays fit Wednesday (read with
    tense: "began on Wednesday" on Monday would be the Wednesday before, which no dated story names)."""
    folder.mkdir()
    for name, day, text in (("mon", "2024-01-22", "The drivers' union will strike from Wednesday until next Monday."),
                            ("wed", "2024-01-24", "The strike began on Wednesday at dawn.")):
        (folder / f"{name}.md").write_text(f"---\npublished: {day}\n---\n{text}\n", encoding="utf-8")
    (folder / "undated.txt").write_text("Drivers began their longest strike on Wednesday; it will last until "
                                        "next Monday.\n", encoding="utf-8")
    return folder


def test_a_rerun_reads_the_weekdays_that_date_undated_articles_from_the_cache(tmp_path: Path, monkeypatch):
    from ceasefire_cli import pipeline

    folder = _strike_folder(tmp_path / "c")
    read = pipeline.read_weekday_days
    seen: list[int] = []
    monkeypatch.setattr(pipeline, "read_weekday_days", lambda pairs: seen.append(len(pairs)) or read(pairs))
    with Pipeline.open(jobs=1, cache=True, cache_dir=tmp_path / "cache") as p:
        first = p.read(folder)
    assert first[2].published == "2024-01-24" and seen  # the weekdays were read
    seen.clear()
    with Pipeline.open(jobs=1, cache=True, cache_dir=tmp_path / "cache") as p:
        assert p.read(folder) == first
    assert seen == []  # ... and not again


def test_a_rerun_takes_the_folders_dates_from_the_cache_until_a_file_changes(tmp_path: Path, monkeypatch):
    from ceasefire_cli import pipeline

    folder = _strike_folder(tmp_path / "c")
    date_articles = pipeline.date_articles
    calls: list[int] = []
    monkeypatch.setattr(pipeline, "date_articles", lambda arts, *a: calls.append(len(arts)) or date_articles(arts, *a))

    def read() -> list:
        with Pipeline.open(jobs=1, cache=True, cache_dir=tmp_path / "cache") as p:
            return p.read(folder)

    first = read()
    assert read() == first and calls == [3]  # dated once: the re-run took the dates from the cache
    (folder / "wed.md").write_text("---\npublished: 2024-01-31\n---\nThe strike began on Wednesday at dawn.\n",
                                   encoding="utf-8")
    again = read()
    assert calls == [3, 3] and again[2].published == "2024-01-31"
    with Pipeline.open(jobs=1, cache=False) as p:
        assert p.read(folder) == again


def test_workers_read_the_weekdays_that_date_undated_articles_as_this_process_does(pool_always, tmp_path: Path):
    folder = _strike_folder(tmp_path / "c")
    dated = {}
    for jobs in (1, 2):
        with Pipeline.open(jobs=jobs, cache=False) as p:
            dated[jobs] = p.read(folder)
    assert dated[1] == dated[2] and dated[2][2].published == "2024-01-24"


def test_cli_cache_options(tmp_path: Path, corpus: Path):
    cache = tmp_path / "cache"
    first = run("extract", str(corpus), "--format", "jsonl", "--cache-dir", str(cache))
    assert first.exit_code == 0 and (cache / "cache.sqlite3").exists()
    again = run("extract", str(corpus), "--format", "jsonl", "--cache-dir", str(cache))
    assert again.stdout == first.stdout
    off = tmp_path / "off"
    assert run("extract", str(corpus), "--format", "jsonl", "--no-cache", "--cache-dir", str(off)).stdout == \
        first.stdout
    assert not off.exists()


def test_a_run_found_in_the_cache_never_compiles_the_extractors(tmp_path: Path):
    """The extractors' patterns take ~0.2 s to compile: a re-run that finds every article in the cache
    does not import them (run in a fresh interpreter, where nothing has imported them yet)."""
    script = (
        "import sys\n"
        "from ceasefire_cli.cli import app\n"
        "args = ['extract', sys.argv[1], '--format', 'jsonl', '--cache-dir', sys.argv[2], '-o', sys.argv[3]]\n"
        "for run in ('first', 'again'):\n"
        "    try:\n"
        "        app(args, prog_name='cfdiff')\n"
        "    except SystemExit as e:\n"
        "        assert e.code == 0, e.code\n"
        "    print(run, 'ceasefire_cli.extract' in sys.modules, 'ceasefire_cli.counted' in sys.modules)\n"
        "    if run == 'first':\n"
        "        for name in [m for m in sys.modules if m.startswith('ceasefire_cli.')]:\n"
        "            del sys.modules[name]\n"
    )
    out = subprocess.run([sys.executable, "-c", script, str(SEEDS), str(tmp_path / "cache"), str(tmp_path / "o.jsonl")],
                         capture_output=True, text=True, timeout=120, check=True).stdout.split("\n")
    assert out[:2] == ["first True True", "again False False"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "tsv", "json", "table"])
def test_extract_text_made_from_mentions_as_they_come_is_the_same(fmt: str):
    """``cfdiff extract`` renders JSONL/CSV/TSV from the iterator of mentions being extracted: the same
    text as from the finished list, in every format."""
    from ceasefire_cli.extract import extract_articles
    from ceasefire_cli.ingest import read_articles
    from ceasefire_cli.show import mentions_text

    articles = read_articles([SEEDS])
    mentions = extract_articles(articles)
    consumed: list[int] = []

    def arriving():
        for i, m in enumerate(mentions):
            consumed.append(i)
            yield m

    assert mentions_text(articles, arriving(), fmt) == mentions_text(articles, mentions, fmt)
    assert len(consumed) == len(mentions) > 50


# ---------------------------------------------------------------- output made article by article (blocks)


@pytest.mark.parametrize("fmt, raw", [("jsonl", False), ("csv", False), ("csv", True), ("tsv", False)])
def test_blocks_make_the_text_all_mentions_make(fmt: str, raw: bool):
    """Header, then each article's block: the same bytes as the whole list written at once."""
    from ceasefire_cli.extract import extract_articles
    from ceasefire_cli.formats import MENTION_FIELDS, MentionBlocks, mention_rows, write_rows
    from ceasefire_cli.ingest import read_articles
    from ceasefire_cli.models import Block

    articles = read_articles([SEEDS])
    mentions = extract_articles(articles)
    render = MentionBlocks(fmt, raw)
    blocks = [Block(a.id, render(a.id, items), items)
              for a in articles for items in [tuple(m.item for m in mentions if m.article == a.id)]]
    want = write_rows(fmt, MENTION_FIELDS, mention_rows(mentions), raw_cells=raw)
    assert render.assemble(blocks) == want.encode("utf-8")


def test_a_jsonl_block_with_a_number_written_as_null_is_numbered_in_place():
    """Its warning names the line in the whole output, so that block is made in place, not cached."""
    from ceasefire_cli.formats import MENTION_FIELDS, MentionBlocks, write_rows
    from ceasefire_cli.models import Block, Count, Mention

    ok = Count(0, 2, "12", "12 died.", 12.0, 12.0, 12.0, "exact", "deaths", "people")
    huge = Count(0, 5, "1e999", "1e999 died.", float("inf"), None, None, "exact", "deaths", "people")
    render = MentionBlocks("jsonl")
    assert render("b", (ok, huge)) is None
    said: list[str] = []
    want: list[str] = []
    blocks = [Block("a", render("a", (ok, ok)), (ok, ok)), Block("b", None, (ok, huge)),
              Block("c", render("c", (ok,)), (ok,)), Block("d", None, (huge,))]
    text = render.assemble(blocks, warn=said.append)
    rows = [Mention(a, c).to_dict() for a, c in (("a", ok), ("a", ok), ("b", ok), ("b", huge), ("c", ok), ("d", huge))]
    assert text == write_rows("jsonl", MENTION_FIELDS, rows, warn=want.append).encode("utf-8")
    assert said == want and "line 4.value" in said[0] and "line 6.value" in said[0]


def test_a_rerun_writes_the_cached_blocks_without_extracting_or_decoding(tmp_path: Path, counted, monkeypatch):
    from ceasefire_cli import cache as cache_module
    from ceasefire_cli.formats import MentionBlocks

    folder = tmp_path / "c"
    shutil.copytree(SEEDS, folder)
    render = MentionBlocks("jsonl")

    def text() -> bytes:
        with Pipeline.open(jobs=1, cache=True, cache_dir=tmp_path / "cache") as p:
            arts = p.read(folder)
            return render.assemble(p.iter_blocks(arts, ("count", "quote", "event"), render))

    first = text()
    assert counted["extract"] == 5
    decoded: list[object] = []
    real = cache_module.decode
    monkeypatch.setattr(cache_module, "decode", lambda data: decoded.append(real(data)) or decoded[-1])
    assert text() == first and counted["extract"] == 5
    assert not any(isinstance(v, tuple) and v and hasattr(v[0], "kind") for v in decoded)  # no items decoded


def test_a_skipped_article_is_not_cached_as_an_empty_block(tmp_path: Path, monkeypatch):
    """An article over its time budget is tried again (and warned about) on the next run."""
    from ceasefire_cli import extract as extract_module
    from ceasefire_cli.formats import MentionBlocks

    folder = tmp_path / "c"
    shutil.copytree(SEEDS, folder)
    render = MentionBlocks("jsonl")
    first = sorted(p.stem for p in folder.iterdir())[0]
    real = extract_module.extract_or_skip
    monkeypatch.setattr(extract_module, "extract_or_skip",
                        lambda a, *k: f"skipped {a.id}" if a.id == first else real(a, *k))
    for _ in range(2):
        said: list[str] = []
        with Pipeline.open(jobs=1, cache=True, cache_dir=tmp_path / "cache", warn=said.append) as p:
            arts = p.read(folder)
            blocks = list(p.iter_blocks(arts, ("count", "quote", "event"), render))
            assert [a.id for a in p.kept(arts)] == [a.id for a in arts if a.id != first]
        assert said == [f"skipped {first}"]
        assert [b.data for b in blocks if b.article == first] == [b""]
