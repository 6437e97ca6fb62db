"""The ``cfdiff`` command line: parse options, call the library, write the result.

Exit status as ``diff``: 0 no conflicts, 1 conflicts among the rows shown (compare only), 2 trouble.
Every error is one line on stderr (``cfdiff: error: …``), usage errors included; no traceback ever
reaches the user, and a crash never exits 1. A reader that goes away (``| head``) ends the output
quietly and the status is kept.
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
from typer.core import TyperCommand, TyperGroup

from . import __version__

F = TypeVar("F", bound=Callable[..., Any])
PROGRESS_MIN = 50  # articles; fewer finish too fast for a bar to help
BUG_REPORT = "this is a bug in cfdiff: please report it with the command line and, if you can, the input"


def usage_line(e: typer.TyperException) -> str:
    """A usage error as one line: the message (no "Value error," prefix) and where help is."""
    msg = " ".join(str(e.format_message()).split())
    msg = msg.replace("Value error, ", "").rstrip(".")
    ctx = getattr(e, "ctx", None)
    hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
    return f"{msg}{hint}"


class _Group(TyperGroup):
    """The root group: usage errors become one line ``cfdiff: error: …`` and exit 2, not a box."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        try:
            rv = super().main(args=args, prog_name=prog_name, complete_var=complete_var, standalone_mode=False,
                              **extra)
            code = rv if isinstance(rv, int) else 0
        except typer.TyperException as e:
            if type(e).__name__ == "NoArgsIsHelpError":  # bare `cfdiff`: the help, as before
                sys.stderr.write(str(e.format_message()) + "\n")
            else:
                sys.stderr.write(f"cfdiff: error: {usage_line(e)}\n")
            code = 2
        except (typer.Abort, EOFError, KeyboardInterrupt):
            _err("interrupted")
            code = 2
        except Exception as e:  # outside a command (an option callback): still one line, exit 2
            _err(f"internal error: {type(e).__name__}: {e} ({BUG_REPORT})")
            code = 2
        if standalone_mode:
            sys.exit(code)
        return code


class _Command(TyperCommand):
    """Plain help: arguments by their metavar (PATH...), no ``<list[Path]>`` type placeholders."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [self.options_metavar or "", *(p.metavar or p.name.upper() for p in self.get_params(ctx)
                                              if p.param_type_name == "argument")]

    def format_options(self, ctx: Any, formatter: Any) -> None:
        params = self.get_params(ctx)
        args = [(p.metavar or p.name.upper(), p.help or "") for p in params if p.param_type_name == "argument"]
        opts = [r for p in params if p.param_type_name == "option" and (r := p.get_help_record(ctx))]
        for title, rows in (("Arguments", args), ("Options", opts)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


app = typer.Typer(
    name="cfdiff",
    cls=_Group,
    help=(
        "Fact-diff for news: compare the numbers, quotes and dates that several outlets report about "
        "one event.\n\nPut the articles (.txt, .md, .html, .json, .jsonl) in a folder and run "
        "`cfdiff compare FOLDER`. Exit status: 0 no conflicts, 1 conflicts found, 2 trouble."
    ),
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class RowFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


class CompareFormat(str, Enum):
    table = "table"
    markdown = "markdown"
    html = "html"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    wide_csv = "wide-csv"


class Only(str, Enum):
    conflicts = "conflicts"
    agree = "agree"
    single = "single"
    identical = "identical"
    variant = "variant"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


Paths = Annotated[list[Path], typer.Argument(
    metavar="PATH...", show_default=False,
    help="Article files or folders (a folder's files, sorted by name); - reads one article from stdin.")]
Recursive = Annotated[bool, typer.Option("--recursive", "-r", help="Also read the folders' sub-folders.")]
RefDate = Annotated[str | None, typer.Option(
    "--date", metavar="YYYY-MM-DD", show_default=False,
    help="Reference date for articles that show no publication date of their own (their date source becomes "
    "'option'); relative dates such as 'on Friday' resolve against it. Without it they get the date most "
    "dated articles agree on ('inferred').")]
MaxBytes = Annotated[int | None, typer.Option(
    "--max-bytes", metavar="N", min=1, help="Skip (with a warning) files larger than N bytes (default 64 MiB).",
    show_default=False)]
Jobs = Annotated[int | None, typer.Option(
    "--jobs", "-j", metavar="N", min=1, show_default=False,
    help="Worker processes for reading and extraction (default: every core; small inputs stay in one process).")]
NoCache = Annotated[bool, typer.Option(
    "--no-cache", help="Neither read nor write the cache of articles and mentions (see --cache-dir).")]
CacheDir = Annotated[Path | None, typer.Option(
    "--cache-dir", metavar="DIR", show_default=False, file_okay=False,
    help="Cache folder (default: the user's cache folder, e.g. ~/.cache/cfdiff): a re-run on unchanged files "
    "reads it instead of extracting again.")]
Scheduler = Annotated[str | None, typer.Option(
    "--scheduler", envvar="DASK_SCHEDULER_ADDRESS", metavar="tcp://HOST:PORT", show_default=False,
    help="Run extraction (and the comparisons of --each) on this Dask cluster; needs pip install 'cfdiff\\[dask]'.")]


def _reference(value: str | None) -> Any:
    """The ``--date`` value as a date (None if not given); a bad value is a ValueError: one line, exit 2."""
    if value is None:
        return None
    from .ingest import parse_reference_date

    return parse_reference_date(value)
Output = Annotated[Path | None, typer.Option(
    "--output", "-o", metavar="FILE", show_default=False,
    help="Write the result to FILE (atomically: the old file or the whole new one, never half) instead of stdout.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No warnings on stderr (errors still show).")]
Verbose = Annotated[bool, typer.Option(
    "--verbose", "-v", help="Explain on stderr: each article's outlet and date and where they came from, the layout, "
    "the rows held back.")]
ColorOpt = Annotated[Color, typer.Option(
    "--color", metavar="WHEN", help="Styles in tables: auto (a terminal, unless NO_COLOR is set), always, never.")]
Width = Annotated[int | None, typer.Option(
    "--width", "-w", metavar="N", min=40, show_default=False,
    help="Table width in columns (default: COLUMNS, else the terminal's, else 80).")]
Names = Annotated[list[str] | None, typer.Option(
    "--name", "-n", metavar="FILE=OUTLET", show_default=False,
    help="Name an article's outlet (by file name, path or id); repeatable. Beats what the text says.")]
NamesFile = Annotated[Path | None, typer.Option(
    "--names", metavar="TSV", show_default=False,
    help="A file of FILE<TAB>OUTLET lines (more columns ignored, # comments), as --name.")]
RawCells = Annotated[bool, typer.Option(
    "--raw-cells", help="CSV/TSV: leave cells starting with = + - @ as they are (by default they get a leading ' "
    "so a spreadsheet shows them as text, not formulas).")]


def guarded(fn: F) -> F:
    """Turn every failure into one line on stderr and exit 2 (Typer would exit 1 with a traceback)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from .ingest import InputError
        from .output import OutputError

        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit, typer.TyperException):
            raise
        except BrokenPipeError:  # stderr went away too: nothing left to tell
            raise typer.Exit(2) from None
        except (InputError, OutputError, ValueError) as e:
            _err(f"error: {e}")
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            _err("interrupted")
            raise typer.Exit(2) from None
        except Exception as e:  # the last line of defence: exit 2, never a traceback (unless asked for)
            if os.environ.get("CFDIFF_TRACEBACK"):
                import traceback

                traceback.print_exc(file=sys.stderr)
            from .files import MESSAGE_VALUE_CHARS, message_safe

            _err(f"internal error: {type(e).__name__}: {message_safe(e, 4 * MESSAGE_VALUE_CHARS)} ({BUG_REPORT})")
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


def _err(msg: str) -> None:
    from .output import Messages

    Messages._write(msg)


class _Run:
    """What every command shares: messages, names, where and how the output goes."""

    def __init__(self, paths: Sequence[Path], output: Path | None, quiet: bool, verbose: bool, color: Color,
                 width: int | None, names: list[str] | None = None, names_file: Path | None = None) -> None:
        from .naming import parse_name, read_names
        from .output import Messages, check_stdout, resolve_width, wants_style

        if quiet and verbose:
            raise typer.BadParameter("-q and -v exclude each other", param_hint="--quiet / --verbose")
        self.msgs = Messages(quiet, verbose)
        self.paths = list(paths)
        self.output = output if output is not None and str(output) != "-" else None
        if self.output is None:
            check_stdout()
        stream = sys.stdout if self.output is None else None
        self.width = resolve_width(width, stream) if stream is not None else (width or resolve_width(None, None))
        self.styled = wants_style(color.value, stream) if stream is not None else color is Color.always
        self.names = (read_names(names_file) if names_file else []) + [parse_name(s) for s in names or []]
        if any(str(p) == "-" for p in self.paths) and sys.stdin is not None and sys.stdin.isatty():
            self.msgs.note("reading one article from standard input (end it with Ctrl-D)")

    def progress(self, articles: Sequence[Any]) -> Iterable[Any]:
        return _progress(articles, self.msgs.quiet)

    def describe(self, articles: Iterable[Any]) -> None:
        """What ``-v`` says about each article (made only then: it counts every article's words)."""
        if not self.msgs.verbose:
            return
        from .show import describe

        for a in articles:
            self.msgs.info(describe(a))

    def emit(self, text: str | bytes, fmt: str, articles: Iterable[Any]) -> bool:
        """Write the result; ``-o`` refuses to overwrite a file the articles were read from."""
        from .output import emit
        from .show import HUMAN_FORMATS

        inputs = {Path(a.path) for a in articles if a.path != "-"}
        return emit(text, self.output, utf8=fmt not in HUMAN_FORMATS, inputs=inputs)


def _pipeline(jobs: int | None, no_cache: bool, cache_dir: Path | None, scheduler: str | None) -> dict[str, Any]:
    """The pipeline options of --jobs, --no-cache, --cache-dir and --scheduler."""
    return {"jobs": jobs, "cache": not no_cache, "cache_dir": cache_dir, "scheduler": scheduler or None}


def _progress(articles: Sequence[Any], quiet: bool = False) -> Iterable[Any]:
    """A progress bar on stderr for long runs, only when stderr is a terminal."""
    if quiet or len(articles) < PROGRESS_MIN or sys.stderr is None or not sys.stderr.isatty():
        return articles
    from rich.console import Console
    from rich.progress import track

    return track(articles, description="extracting", transient=True,
                 console=Console(file=sys.stderr, highlight=False, markup=False))


@app.command(cls=_Command)
@guarded
def ingest(
    paths: Paths,
    fmt: Annotated[RowFormat, typer.Option("--format", "-f", metavar="FORMAT",
                                           help="table, json, jsonl, csv or tsv.")] = RowFormat.table,
    recursive: Recursive = False,
    ref_date: RefDate = None,
    output: Output = None,
    quiet: Quiet = False,
    verbose: Verbose = False,
    color: ColorOpt = Color.auto,
    width: Width = None,
    name: Names = None,
    names: NamesFile = None,
    raw_cells: RawCells = False,
    max_bytes: MaxBytes = None,
) -> None:
    """List the articles read: outlet, publication date and its source, words, boilerplate dropped.

    The date's source is metadata, text, option (--date), inferred (from the dates the other
    articles agree on) or none; the outlet's metadata, dateline, byline, boilerplate, text, option (--name) or id. Files
    that are not articles are skipped and named on stderr.

    Example: cfdiff ingest seeds/ --format jsonl
    """
    from .ingest import read_articles
    from .naming import apply_names
    from .show import articles_text

    run = _Run(paths, output, quiet, verbose, color, width, name, names)
    from .files import DEFAULT_MAX_BYTES

    articles = apply_names(read_articles(paths, recursive=recursive, warn=run.msgs.warn,
                                         reference_date=_reference(ref_date),
                                         max_bytes=max_bytes or DEFAULT_MAX_BYTES), run.names, run.msgs.warn)
    run.describe(articles)
    run.emit(articles_text(articles, fmt.value, width=run.width, styled=run.styled, raw_cells=raw_cells,
                           warn=run.msgs.warn), fmt.value, articles)


@app.command(cls=_Command)
@guarded
def extract(
    paths: Paths,
    fmt: Annotated[RowFormat, typer.Option("--format", "-f", metavar="FORMAT",
                                           help="table, json, jsonl, csv or tsv.")] = RowFormat.table,
    kind: Annotated[str | None, typer.Option(
        "--kind", "-k", metavar="KINDS", show_default=False,
        help="Kinds to extract, comma-separated: counts,quotes,events (the default), and years and weeks: events "
        "known only to the year ('in 2019', 'the 2014 raid') or the week ('this week'), left out unless asked "
        "for.")] = None,
    recursive: Recursive = False,
    ref_date: RefDate = None,
    output: Output = None,
    quiet: Quiet = False,
    verbose: Verbose = False,
    color: ColorOpt = Color.auto,
    width: Width = None,
    name: Names = None,
    names: NamesFile = None,
    raw_cells: RawCells = False,
    max_bytes: MaxBytes = None,
    jobs: Jobs = None,
    no_cache: NoCache = False,
    cache_dir: CacheDir = None,
    scheduler: Scheduler = None,
) -> None:
    """Extract counts, quotes and dated events from each article, with exact offsets.

    Counts carry their interval (at least 85 -> [85, none]), topic, subject and role; quotes their
    speaker, cue and medium; events their calendar date and what happened then.

    Examples:

    \b
      cfdiff extract seeds/ --kind counts --format jsonl | jq .value
      cfdiff extract story.html --format csv -o mentions.csv
    """
    from . import extracting
    from .formats import BLOCK_FORMATS, MentionBlocks
    from .models import parse_kinds
    from .show import mentions_text

    kinds = parse_kinds(kind)
    run = _Run(paths, output, quiet, verbose, color, width, name, names)
    # JSONL, CSV and TSV are made article by article, as the mentions come (while workers extract the
    # next ones), and each article's text is cached: a re-run writes it as it is
    blocks = MentionBlocks(fmt.value, raw_cells) if fmt.value in BLOCK_FORMATS else None
    with extracting(paths, recursive=recursive, kinds=kinds, warn=run.msgs.warn, progress=run.progress,
                    names=run.names, reference_date=_reference(ref_date), max_bytes=max_bytes, render=blocks,
                    **_pipeline(jobs, no_cache, cache_dir, scheduler)) as (articles, found, kept):
        if blocks is not None and run.output is None:  # to stdout: rows go out as they are made
            from .output import stream_stdout

            text = stream_stdout(blocks.stream(found, warn=run.msgs.warn)) or b""
        elif blocks is not None:
            text = blocks.assemble(found, warn=run.msgs.warn)
        else:  # a table lists the articles kept: known once every mention is in
            mentions = list(found)
            text = mentions_text(kept(), mentions, fmt.value, width=run.width, styled=run.styled,
                                 raw_cells=raw_cells, warn=run.msgs.warn)
        articles = kept()
    if not articles:
        from .ingest import InputError

        raise InputError("no article left: every article was skipped (see the warnings)")
    run.describe(articles)
    run.emit(text, fmt.value, articles)
    from .published import undated_note

    if note := undated_note(list(articles)):  # after the result, where a reader sees it last
        run.msgs.note(note)


@app.command(cls=_Command)
@guarded
def compare(
    paths: Paths,
    fmt: Annotated[CompareFormat, typer.Option(
        "--format", "-f", metavar="FORMAT",
        help="table, markdown, html (one self-contained page), json, jsonl, csv, tsv (a row per mention) or "
        "wide-csv (a row per claim, a column per outlet).")] = CompareFormat.table,
    only: Annotated[Only | None, typer.Option(
        "--only", metavar="VERDICT", show_default=False,
        help="Keep only these claims: conflicts, agree (with identical and variant quotes), single, identical, "
        "variant.")] = None,
    all_: Annotated[bool, typer.Option(
        "--all", "-a", help="Also show claims only one outlet reports (the summary always counts them).")] = False,
    topic: Annotated[str | None, typer.Option(
        "--topic", "-t", metavar="TOPICS", show_default=False,
        help="Keep only these topics, comma-separated: hostages, prisoners, deaths, injured, aid, duration, other, "
        "quotes, events.")] = None,
    evidence: Annotated[bool, typer.Option(
        "--evidence", "-e", help="Add the sentence behind each value, with file, line and column, in every "
        "format.")] = False,
    width: Width = None,
    recursive: Recursive = False,
    ref_date: RefDate = None,
    output: Output = None,
    quiet: Quiet = False,
    verbose: Verbose = False,
    color: ColorOpt = Color.auto,
    name: Names = None,
    names: NamesFile = None,
    raw_cells: RawCells = False,
    max_bytes: MaxBytes = None,
    each: Annotated[bool, typer.Option(
        "--each", help="Each sub-folder of PATH is one event: one comparison per event, one after another "
        "(JSON, JSONL, CSV, TSV and wide CSV carry the event's folder name; not html, which is one page per "
        "event); exit 1 if any event shows conflicts.")] = False,
    jobs: Jobs = None,
    no_cache: NoCache = False,
    cache_dir: CacheDir = None,
    scheduler: Scheduler = None,
) -> None:
    """Where outlets agree or conflict: disputes first, then agreements, one column per outlet.

    One row per claim, with a verdict: agree, conflict (who said what) or single for counts and
    events; identical, variant (with a word diff) or conflict (same words, different speakers) for
    quotes. Claims only one outlet reports are shown with --all. Exit status follows the rows shown,
    as grep's: 0 no conflict among them, 1 conflicts, 2 trouble.

    Examples:

    \b
      cfdiff compare seeds/
      cfdiff compare seeds/ --format html -o report.html
      cfdiff compare seeds/ --only conflicts --format tsv | cut -f1 | sort -u
      cfdiff compare news/ --name nyt.txt="The New York Times" --evidence
      cfdiff compare news/ --names outlets.tsv --format wide-csv -o claims.csv
      cfdiff compare --each corpus/ --format jsonl -o claims.jsonl
    """
    from . import compare_each, compare_folder
    from .published import undated_note
    from .show import comparison_text
    from .view import parse_topics, select

    try:
        topics = parse_topics(topic)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--topic") from None
    if each:
        from .each import EACH_FORMATS

        if fmt.value not in EACH_FORMATS:
            raise typer.BadParameter(f"--each writes {', '.join(EACH_FORMATS)} (one page per event: compare each "
                                     "folder on its own for html)", param_hint="--format")
    run = _Run(paths, output, quiet, verbose, color, width, name, names)
    options = dict(recursive=recursive, warn=run.msgs.warn, progress=run.progress, names=run.names,
                   reference_date=_reference(ref_date), max_bytes=max_bytes,
                   **_pipeline(jobs, no_cache, cache_dir, scheduler))

    def shown(cmp: Any) -> Any:
        view = select(cmp, only.value if only else None, topics, include_single=all_)
        if view.hidden_single:
            run.msgs.info(f"{view.hidden_single} single-outlet claims not shown (--all shows them)")
        return view

    if each:
        from .each import each_text

        results = list(compare_each(paths, **options))
        text, conflicts = each_text(results, fmt.value, shown=shown, width=run.width, styled=run.styled,
                                    evidence=evidence, raw_cells=raw_cells, warn=run.msgs.warn, info=run.msgs.info)
        run.emit(text, fmt.value, [a for _, cmp in results for a in cmp.articles])
        raise typer.Exit(1 if conflicts else 0)
    cmp = compare_folder(paths, **options)
    run.describe(cmp.articles)
    view = shown(cmp)
    text = comparison_text(view, fmt.value, width=run.width, styled=run.styled, evidence=evidence,
                           raw_cells=raw_cells, warn=run.msgs.warn, info=run.msgs.info)
    run.emit(text, fmt.value, cmp.articles)
    if note := undated_note(list(cmp.articles)):  # after the result, where a reader sees it last
        run.msgs.note(note)
    raise typer.Exit(1 if view.has_conflicts else 0)


def _version(value: bool) -> None:
    if value:
        from .output import OutputError, emit

        try:
            emit(f"cfdiff {__version__}\n")
        except OutputError as e:
            _err(f"error: {e}")
            raise typer.Exit(2) from None
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
