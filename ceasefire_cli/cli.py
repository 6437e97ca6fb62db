"""The ``cfdiff`` command line: parse options, call the library, write the result.

Exit status as ``diff``: 0 no conflicts, 1 conflicts found (compare only), 2 trouble. Every error is
one line on stderr; no traceback ever reaches the user, and a crash never exits 1.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from . import __version__

app = typer.Typer(
    name="cfdiff",
    help=(
        "Fact-diff for news: compare the numbers, quotes and dates that several outlets report about "
        "one event.\n\nPut the articles (.txt, .md, .html, .json, .jsonl) in a folder and run "
        "`cfdiff compare FOLDER`. Exit status: 0 no conflicts, 1 conflicts found, 2 trouble."
    ),
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])
PROGRESS_MIN = 50  # articles; fewer finish too fast for a bar to help


class TableFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    tsv = "tsv"


class CompareFormat(str, Enum):
    table = "table"
    markdown = "markdown"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


class Only(str, Enum):
    conflicts = "conflicts"
    agree = "agree"
    single = "single"
    identical = "identical"
    variant = "variant"


ONLY = {
    "conflicts": {"conflict"},
    "agree": {"agree", "identical", "variant"},
    "single": {"single"},
    "identical": {"identical"},
    "variant": {"variant"},
}

Paths = Annotated[list[Path], typer.Argument(help="Article files or folders (a folder's files, sorted by name).",
                                             show_default=False)]
Recursive = Annotated[bool, typer.Option("--recursive", "-r", help="Also read the folders' sub-folders.")]
Jobs = Annotated[int | None, typer.Option(
    "--jobs", "-j", min=1, show_default=False,
    help="Worker processes for reading and extraction (default: every core; small inputs stay in one process).")]
NoCache = Annotated[bool, typer.Option(
    "--no-cache", help="Neither read nor write the cache of articles and mentions (see --cache-dir).")]
CacheDir = Annotated[Path | None, typer.Option(
    "--cache-dir", show_default=False, file_okay=False,
    help="Cache folder (default: the user's cache folder, e.g. ~/.cache/cfdiff): a re-run on unchanged files "
    "reads it instead of extracting again.")]
Scheduler = Annotated[str | None, typer.Option(
    "--scheduler", envvar="DASK_SCHEDULER_ADDRESS", metavar="tcp://HOST:PORT", show_default=False,
    help="Run extraction (and the comparisons of --each) on this Dask cluster; needs pip install 'cfdiff\\[dask]'.")]


def _err(msg: str) -> None:
    sys.stderr.write(f"cfdiff: {msg}\n")


def _warn(msg: str) -> None:
    _err(f"warning: {msg}")


def guarded(fn: F) -> F:
    """Turn every failure into one line on stderr and exit 2 (Typer would exit 1 with a traceback)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from .ingest import InputError

        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit, typer.TyperException):
            raise
        except BrokenPipeError:
            # the reader went away (`cfdiff compare . | head`): stop quietly, as diff does
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except (OSError, ValueError):
                pass
            raise typer.Exit(0) from None
        except (InputError, ValueError) as e:
            _err(f"error: {e}")
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            _err("interrupted")
            raise typer.Exit(2) from None
        except Exception as e:  # the last line of defence: exit 2, never a traceback
            _err(f"internal error: {type(e).__name__}: {e}")
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


def _console(width: int | None = None, stderr: bool = False) -> Any:
    """A Console made per call, so it sees the current stdout (tests swap it) and its terminal-ness."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    is_tty = hasattr(stream, "isatty") and stream.isatty()
    if width is None and not is_tty:
        width = 160  # piped: wide enough that tables keep their shape; cells wrap, nothing is cut
    return Console(file=stream, width=width, highlight=False, markup=False, emoji=False, soft_wrap=False)


def _run(jobs: int | None, no_cache: bool, cache_dir: Path | None, scheduler: str | None) -> dict[str, Any]:
    """The pipeline options of --jobs, --no-cache, --cache-dir and --scheduler."""
    return {"jobs": jobs, "cache": not no_cache, "cache_dir": cache_dir, "scheduler": scheduler or None}


def _progress(articles: Sequence[Any]) -> Iterable[Any]:
    """A progress bar on stderr for long runs, only when stderr is a terminal."""
    if len(articles) < PROGRESS_MIN or not sys.stderr.isatty():
        return articles
    from rich.progress import track

    return track(articles, description="extracting", console=_console(stderr=True), transient=True)


@app.command()
@guarded
def ingest(
    paths: Paths,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.table,
    recursive: Recursive = False,
) -> None:
    """List the articles read: outlet, publication date and its source, words, boilerplate dropped.

    The date's source is metadata, text, inferred (from the dates the other articles agree on) or
    none; files that are not articles are skipped and named on stderr.

    Example: cfdiff ingest seeds/ --format jsonl
    """
    from .formats import ARTICLE_FIELDS, articles_rows, write_rows
    from .ingest import read_articles

    articles = read_articles(paths, recursive=recursive, warn=_warn)
    if fmt is TableFormat.table:
        from .render import render_articles

        render_articles(articles, _console())
    else:
        write_rows(fmt.value, ARTICLE_FIELDS, articles_rows(articles), sys.stdout)


@app.command()
@guarded
def extract(
    paths: Paths,
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="Output format.")] = TableFormat.table,
    kind: Annotated[str | None, typer.Option(
        "--kind", "-k", help="Kinds to extract, comma-separated: counts,quotes,events (default: all).",
        show_default=False)] = None,
    recursive: Recursive = False,
    jobs: Jobs = None,
    no_cache: NoCache = False,
    cache_dir: CacheDir = None,
    scheduler: Scheduler = None,
) -> None:
    """Extract counts, quotes and dated events from each article, with exact offsets.

    Counts carry their interval (at least 85 -> [85, none]), topic, subject and role; quotes their
    speaker, cue and medium; events their calendar date and what happened then.

    Examples:

      cfdiff extract seeds/ --kind counts --format jsonl | jq .value

      cfdiff extract story.html --format csv > mentions.csv
    """
    from . import extracting
    from .extract import parse_kinds
    from .formats import MENTION_FIELDS, write_rows

    with extracting(paths, recursive=recursive, kinds=parse_kinds(kind), warn=_warn, progress=_progress,
                    **_run(jobs, no_cache, cache_dir, scheduler)) as (articles, mentions):
        if fmt is TableFormat.table:
            from .render import render_mentions

            render_mentions(articles, list(mentions), _console())
        else:  # rows written as the mentions come, while the workers extract the next articles
            write_rows(fmt.value, MENTION_FIELDS, (m.to_dict() for m in mentions), sys.stdout)  # type: ignore[arg-type]


@app.command()
@guarded
def compare(
    paths: Paths,
    fmt: Annotated[CompareFormat, typer.Option("--format", "-f", help="Output format.")] = CompareFormat.table,
    only: Annotated[Only | None, typer.Option(
        "--only", help="Keep only these claims (agree includes identical and variant quotes).",
        show_default=False)] = None,
    topic: Annotated[str | None, typer.Option(
        "--topic", "-t", help="Keep only these topics, comma-separated: hostages, prisoners, deaths, injured, aid, "
        "duration, other, quotes, events.", show_default=False)] = None,
    evidence: Annotated[bool, typer.Option("--evidence", "-e", help="Show the sentence and offsets behind each cell.")
                        ] = False,
    width: Annotated[int | None, typer.Option("--width", "-w", min=40, help="Table width in columns.",
                                              show_default=False)] = None,
    recursive: Recursive = False,
    each: Annotated[bool, typer.Option(
        "--each", help="Each sub-folder of PATH is one event: one comparison per event, one after another "
        "(JSON, JSONL, CSV and TSV carry the event's folder name); exit 1 if any event has conflicts.")] = False,
    jobs: Jobs = None,
    no_cache: NoCache = False,
    cache_dir: CacheDir = None,
    scheduler: Scheduler = None,
) -> None:
    """Side-by-side tables of where outlets agree or conflict, one column per outlet.

    One row per claim, with a verdict: agree, conflict (the gap is shown) or single for counts and
    events; identical, variant (with a word diff) or conflict (same words, different speakers) for
    quotes. Exit status: 0 no conflicts, 1 conflicts found, 2 trouble.

    Examples:

      cfdiff compare seeds/

      cfdiff compare seeds/ --only conflicts --format tsv | tail -n +2 | cut -f1 | sort -u | wc -l

      cfdiff compare seeds/ --topic hostages,prisoners --evidence

      cfdiff compare --each corpus/ --format jsonl > claims.jsonl
    """
    from . import compare_each, compare_folder
    from .formats import write_comparison

    topics = _parse_topics(topic)
    verdicts = ONLY[only.value] if only else None
    run = _run(jobs, no_cache, cache_dir, scheduler)
    if each:
        from .each import write_each

        conflicts = write_each(compare_each(paths, recursive=recursive, warn=_warn, progress=_progress, **run),
                               fmt.value, sys.stdout, shown=lambda c: c.filtered(verdicts, topics),
                               console=_console(width), evidence=evidence)
        sys.stdout.flush()
        raise typer.Exit(1 if conflicts else 0)
    cmp = compare_folder(paths, recursive=recursive, warn=_warn, progress=_progress, **run)
    shown = cmp.filtered(verdicts, topics)
    if fmt is CompareFormat.table:
        from .render import render_tables

        render_tables(shown, _console(width), evidence=evidence)
    elif fmt is CompareFormat.markdown:
        from .render import write_markdown

        write_markdown(shown, sys.stdout, evidence=evidence)
    else:
        write_comparison(shown, fmt.value, sys.stdout)
    sys.stdout.flush()
    raise typer.Exit(1 if cmp.has_conflicts else 0)


TOPIC_NAMES = ("hostages", "prisoners", "deaths", "injured", "aid", "duration", "other", "quotes", "events")


def _parse_topics(spec: str | None) -> set[str]:
    if not spec:
        return set()
    out = set()
    for t in spec.split(","):
        t = t.strip().lower()
        t = {"quote": "quotes", "event": "events", "timeline": "events", "dates": "events"}.get(t, t)
        if t and t not in TOPIC_NAMES:
            raise typer.BadParameter(f"unknown topic {t!r} (choose from {', '.join(TOPIC_NAMES)})",
                                     param_hint="--topic")
        if t:
            out.add(t)
    return out


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"cfdiff {__version__}\n")
        raise typer.Exit(0)


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Fact-diff for news."""


def main() -> None:
    """Console-script entry point."""
    app(prog_name="cfdiff")
