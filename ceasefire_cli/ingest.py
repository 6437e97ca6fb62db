"""Files -> Article: read article files (text, Markdown, HTML, JSON, JSONL, standard input) and
build each Article: its text, the text with boilerplate blanked (``boilerplate``), and its outlet,
author, title and publication date (``metadata``, ``published``).

Everything downstream works on character offsets into ``Article.text``, so nothing here ever
shortens or rewrites the text: boilerplate is blanked to spaces in ``Article.clean`` (same length,
newlines kept) and front matter stays in ``text``. The only normalisation is Python's universal
newlines (``\\r\\n`` and ``\\r`` -> ``\\n``), i.e. ``text`` equals ``open(path, encoding="utf-8").read()``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from .boilerplate import _front_matter, clean_text
from .files import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_BYTES,
    MESSAGE_VALUE_CHARS,
    JSONError,
    decode,
    display_path,
    json_type,
    message_safe,
    parse_json,
    read_bytes,
    repair_surrogates,
)
from .files import (
    article_files as walk_article_files,
)
from .metadata import _detect_author, _detect_title, detect_outlet, detect_published
from .models import Article
from .published import (
    MonthDaysRead,
    WeekdayReader,
    infer_dates,
    normalize_date,
    parse_reference_date,
    settle_years,
)
from .textutil import blank_controls, join_word_lines, reflow

__all__ = [
    "ARTICLE_SUFFIXES",
    "InputError",
    "article_files",
    "clean_text",
    "detect_outlet",
    "detect_published",
    "infer_dates",
    "normalize_date",
    "parse_reference_date",
    "read_articles",
]

STDIN = "-"  # the path that means standard input
META_KEYS = ("title", "outlet", "published", "url", "author")

Warn = Callable[[str], None]


class InputError(Exception):
    """Input that makes the whole run pointless (missing path, nothing readable); message is one line."""



def _build(art_id: str, path: str, text: str, meta: dict[str, Any], warn: Warn, where: str) -> Article:
    """One Article: explicit metadata first, then what the text itself says, then the id."""
    # what the detectors read: no escape sequence splits a byline or date, no page saved a word to a line
    plain = join_word_lines(blank_controls(text))
    clean, spans = clean_text(plain)
    clean = reflow(clean)  # lines broken inside sentences at a fixed width are one paragraph
    published = _metadata_date(meta.get("published"), where, warn)
    pub_source = "metadata" if published else "none"
    if not published:
        published = detect_published(plain)
        pub_source = "text" if published else "none"
    if not published and meta.get("published_guess"):
        published, pub_source = meta["published_guess"], "guessed"  # infer_dates decides: see there
    if published and not PUBLISHED_FROM <= published <= PUBLISHED_TO:
        warn(f"{where}: publication date {published} is outside {PUBLISHED_FROM[:4]}-{PUBLISHED_TO[:4]}; ignored")
        published, pub_source = None, "none"
    outlet = _str(meta.get("outlet"))
    outlet_source = "metadata"
    if not outlet:
        found = detect_outlet(plain)
        outlet, outlet_source = found if found else (art_id, "id")
    return Article(
        id=art_id,
        path=path,
        text=text,
        clean=clean,
        outlet=outlet,
        published=published,
        published_source=pub_source,
        title=_str(meta.get("title")) or _detect_title(clean),
        author=_str(meta.get("author")) or _detect_author(plain, spans),
        url=_str(meta.get("url")),
        outlet_source=outlet_source,
        boilerplate=spans,
    )


# Publication dates outside these years are placeholders (databases write 0001-01-01 or 9999-12-31
# for "no date"), and so close to the calendar's ends that relative dates overflow it.
PUBLISHED_FROM, PUBLISHED_TO = "1000-01-01", "2999-12-31"
MAX_DATE_CHARS = 100  # a metadata date longer than this is not a date (and is not handed to dateparser)


def _metadata_date(value: Any, where: str, warn: Warn) -> str | None:
    """An explicit ``published`` value as YYYY-MM-DD, or None (with a warning naming the value if it
    was given but is not a date)."""
    if value is None or value == "":
        return None
    if isinstance(value, (dict, list, bool)):
        warn(f"{where}: published is {json_type(value)}, not a date; ignored")
        return None
    s = str(value)
    try:
        found = normalize_date(s) if len(s) <= MAX_DATE_CHARS else None
    except (ValueError, OverflowError):
        found = None
    if not found:
        warn(f'{where}: published "{message_safe(s, MESSAGE_VALUE_CHARS)}" is not a date; ignored')
    return found


def _str(v: Any) -> str | None:
    """A metadata value as a non-empty one-line string, or None. Lone surrogates become U+FFFD."""
    if v is None or isinstance(v, (dict, list, bool)):
        return None
    s = " ".join(repair_surrogates(str(v))[0].split())
    return s or None



# --------------------------------------------------------------------------- HTML


def _html_extract(html: str) -> tuple[str, dict[str, Any]]:
    """Main text and page metadata (title, site name, date, author, url), via trafilatura.

    trafilatura is a hard dependency (imported here only because it is slow to import); if it
    cannot be imported the installation is broken, which is an ``InputError`` for the whole run.
    """
    try:
        import trafilatura
    except ImportError as e:
        reason = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise InputError(f"cannot read HTML: trafilatura failed to import ({reason}); reinstall cfdiff") from None
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None:
        return "", {}
    d = doc if isinstance(doc, dict) else doc.as_dict()
    text = d.get("text") or ""
    found = d.get("date")
    marked = _markup_date(html, d.get("url")) if found else None
    meta = {
        "title": d.get("title"),
        "outlet": d.get("sitename"),
        "published": marked,
        "published_guess": None if marked else found,
        "author": d.get("author"),
        "url": d.get("url"),
    }
    return text, meta


def _markup_date(html: str, url: str | None) -> str | None:
    """The page's date from its markup only: URL, ``<meta>`` tags, JSON-LD, ``<abbr>``/``<time>`` elements.

    trafilatura's date comes from htmldate, which falls back to guessing from the body text ("October
    2023" -> 2023-01-01); only a date from markup is the page's metadata. These are the first steps
    of ``htmldate.find_date``, run on their own; if htmldate's internals ever move, every date counts
    as a guess (the honest failure).
    """
    try:
        from htmldate import core as hd
        from htmldate.utils import load_html

        tree = load_html(html)
        if tree is None:
            return None
        options = hd.Extractor(False, hd.get_max_date(None), hd.get_min_date(None), True, "%Y-%m-%d")
        found = (hd.extract_url_date(url, options) or hd.examine_header(tree, options)
                 or hd.json_search(tree, options) or hd.examine_abbr_elements(tree, options)
                 or hd.examine_time_elements(tree, options))
    except Exception:  # an htmldate API change; the guess path stays honest
        return None
    return found if isinstance(found, str) else None


# --------------------------------------------------------------------------- files

MAX_ITEM_WARNINGS = 20  # per JSON/JSONL file: a million bad records make 20 lines and a count, not a million


class _FileWarn:
    """``warn`` for the records of one file, quiet after ``MAX_ITEM_WARNINGS`` (then one summary line)."""

    def __init__(self, warn: Warn, where: str) -> None:
        self.warn, self.where, self.n = warn, where, 0

    def __call__(self, msg: str) -> None:
        self.n += 1
        if self.n <= MAX_ITEM_WARNINGS:
            self.warn(msg)

    def close(self) -> None:
        if self.n > MAX_ITEM_WARNINGS:
            self.warn(f"skipped {self.n - MAX_ITEM_WARNINGS} more problem(s) in {self.where} (first "
                      f"{MAX_ITEM_WARNINGS} shown)")


def _json_article(obj: Any, stem: str, n: int, path: str, where: str, warn: Warn) -> Article | None:
    """One JSON object -> Article, or None (after a warning) if it has no usable text."""
    if not isinstance(obj, dict):
        warn(f"skipped {where}: {json_type(obj)}, not a JSON object")
        return None
    if "text" not in obj:
        warn(f'skipped {where}: no "text" field')
        return None
    text = obj["text"]
    if not isinstance(text, str):
        warn(f'skipped {where}: "text" is {json_type(text)}, not a string')
        return None
    if not text.strip():
        warn(f'skipped {where}: empty "text" field')
        return None
    text, bad = repair_surrogates(text)
    if bad:
        warn(f'{where}: {bad} lone surrogate(s) in "text" (invalid Unicode) replaced by U+FFFD')
    art_id = _str(obj.get("id")) or f"{stem}#{n}"
    return _build(art_id, path, text, {k: obj.get(k) for k in META_KEYS}, warn, where)


def _json_articles(text: str, stem: str, path: str, where: str, warn: Warn) -> list[Article]:
    try:
        obj = parse_json(text)
    except JSONError as e:
        warn(f"skipped {where}: {e}")
        return []
    items = obj if isinstance(obj, list) else [obj]
    if not items:
        warn(f"skipped {where}: empty JSON array")
    say = _FileWarn(warn, where)
    out = []
    for i, item in enumerate(items, 1):
        a = _json_article(item, stem, i, path, f"{where}#{i}" if isinstance(obj, list) else where, say)
        if a:
            out.append(a)
    say.close()
    return out


def _jsonl_articles(text: str, stem: str, path: str, where: str, warn: Warn) -> list[Article]:
    say = _FileWarn(warn, where)
    out = []
    for i, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = parse_json(line, position=False)
        except JSONError as e:
            say(f"skipped {where} line {i}: {e}")
            continue
        a = _json_article(obj, stem, i, path, f"{where} line {i}", say)
        if a:
            out.append(a)
    say.close()
    return out


def _read_stdin(where: str, warn: Warn, max_bytes: int) -> bytes | None:
    try:
        data = sys.stdin.buffer.read(max_bytes + 1)
    except (OSError, AttributeError, ValueError) as e:
        warn(f"skipped {where}: cannot read ({getattr(e, 'strerror', None) or e})")
        return None
    if len(data) > max_bytes:
        warn(f"skipped {where}: over the {max_bytes:,}-byte limit (--max-bytes)")
        return None
    return data


def read_file_bytes(path: Path, warn: Warn, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes | None:
    """A file's bytes (``-``: standard input), or None after a warning: only a regular file, at
    most ``max_bytes``."""
    where = message_safe(display_path(path))
    if str(path) == STDIN:
        return _read_stdin(where, warn, max_bytes)
    return read_bytes(path, where, warn, max_bytes)


def _read_file(path: Path, warn: Warn, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """All articles in one file of a known type (possibly none, after warnings)."""
    data = read_file_bytes(path, warn, max_bytes)
    return [] if data is None else parse_file(path, data, warn)


def parse_file(path: Path, data: bytes, warn: Warn) -> list[Article]:
    """All articles in a file's bytes: what ``_read_file`` does after reading, kept apart so a caller
    can hash the bytes it read (the cache key) and parse exactly those bytes, possibly in a worker.
    ``-`` is one article from standard input, read as .txt (front matter allowed)."""
    stdin = str(path) == STDIN
    shown = display_path(path)
    where = message_safe(shown)
    text = decode(data, where, warn)
    if text is None:
        return []
    stem = "stdin" if stdin else display_path(path.stem)
    suffix = ".txt" if stdin else path.suffix.lower()
    if suffix in (".txt", ".md"):
        meta, body = _front_matter(text)
        if not text[body:].strip():
            warn(f"skipped {where}: no text after the front matter")
            return []
        return [_build(stem, shown, text, meta, warn, where)]
    if suffix in (".html", ".htm"):
        try:
            body_text, meta = _html_extract(text)
        except InputError:
            raise
        except Exception as e:  # trafilatura/lxml failing on one page is trouble with that page
            warn(f"skipped {where}: the page could not be parsed ({type(e).__name__}: "
                 f"{message_safe(e, MESSAGE_VALUE_CHARS)})")
            return []
        if not body_text.strip():
            warn(f"skipped {where}: no main text found in the page")
            return []
        return [_build(stem, shown, body_text, meta, warn, where)]
    if suffix == ".json":
        return _json_articles(text, stem, shown, where, warn)
    return _jsonl_articles(text, stem, shown, where, warn)


FilesReader = Callable[[Sequence[Path], Warn], list[Article]]
# (files read, their articles, --date) -> the articles dated: ``date_articles``, or the pipeline's from its cache
Dater = Callable[[Sequence[Path], list[Article], date | None], list[Article]]


def date_articles(articles: list[Article], reference_date: date | None = None,
                  read_days: WeekdayReader | None = None) -> list[Article]:
    """The undated articles dated (``infer_dates``) and the years of yearless month-days settled
    (``settle_years``): what reading does once the files are parsed, a function of all the articles. Both
    read each text's month-days: once, kept in ``months``."""
    months: MonthDaysRead = {}
    return settle_years(infer_dates(articles, reference_date, read_days, months), months)


def read_articles(
    paths: Sequence[str | Path] | str | Path, *, recursive: bool = False, warn: Warn | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES, reference_date: date | None = None, read_files: FilesReader | None = None,
    read_days: WeekdayReader | None = None, dates: Dater | None = None,
) -> list[Article]:
    """Read every article under ``paths`` (folders and files, in path order whatever order they are
    named in: see ``article_files``; ``-`` is one article from standard input, read last).

    Every problem with one path (missing, unreadable, not a regular file, over ``max_bytes``, not
    decodable, bad JSON, a folder met twice through a link) is one ``warn`` line and that path is
    skipped; an ``InputError`` is raised only when nothing readable is left. Duplicate ids get "-2",
    "-3", ... Undated articles get ``reference_date`` (``--date``) or else the cluster's date via
    ``infer_dates`` (idempotent, so calling it again is harmless). Nothing is ever written.
    ``read_files`` may replace the loop that reads the files one after another (``pipeline`` reads
    them in worker processes or from its cache); it must give the same articles and warnings, in
    file order. ``read_days`` goes to ``infer_dates`` (the pipeline's reads from its cache); ``dates`` may
    replace ``date_articles`` (the pipeline's takes the whole folder's dates from its cache).
    """
    say: Warn = warn or (lambda _msg: None)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if not paths:
        raise InputError("no input given: name article files or folders")
    named = message_safe(", ".join(display_path(p) for p in paths), 300)
    on_disk = [p for p in paths if str(p) != STDIN]
    files = article_files(on_disk, recursive=recursive, warn=say, stdin=len(on_disk) < len(paths)) if on_disk else []
    if len(on_disk) < len(paths):
        files.append(Path(STDIN))
    if read_files is not None:
        articles = read_files(files, say)
    else:
        articles = [a for f in files for a in _read_file(f, say, max_bytes)]
    if not articles:
        raise InputError(f"no readable articles in {named}: all {len(files)} article file(s) were skipped")
    if dates is not None:
        return dates(files, _unique_ids(articles), reference_date)
    return date_articles(_unique_ids(articles), reference_date, read_days)


def article_files(paths: Sequence[str | Path], *, recursive: bool = False, warn: Warn | None = None,
                  stdin: bool = False) -> list[Path]:
    """The article files under ``paths`` in reading order: ``path_order``, so the order the paths are
    named in changes nothing. A folder is walked once, whatever links lead to it. Other files and
    missing paths are named through ``warn``; an ``InputError`` is raised when every path is missing
    or (unless standard input is read too) no article file is found."""
    say: Warn = warn or (lambda _msg: None)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    named = message_safe(", ".join(display_path(p) for p in paths), 300)
    files, missing = walk_article_files(paths, recursive, say)
    if len(missing) == len(paths) and not stdin:
        raise InputError(f"no such file or folder: {named}")
    for m in missing:
        say(f"skipped {m}: no such file or folder")
    if not files and not stdin:
        raise InputError(f"no articles found in {named} (looked for {' '.join(ARTICLE_SUFFIXES)})")
    return sorted(files, key=path_order)


def path_order(path: Path) -> tuple[str, ...]:
    """Sort key of an input file: its absolute path, folder by folder (a folder's files sorted by name),
    whatever order and spelling ("seeds", "./seeds") the paths came in."""
    return Path(os.path.abspath(path)).parts


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Suffix repeated ids ("a", "a-2", "a-3") so every id is unique; never reuse an id another article has."""
    taken = {a.id for a in articles}
    used: set[str] = set()
    out = []
    for a in articles:
        new = a.id
        n = 1
        while new in used:
            n += 1
            new = f"{a.id}-{n}"
            if new in taken:
                new = a.id
        used.add(new)
        out.append(a if new == a.id else replace(a, id=new))
    return out


