"""Text made safe for where it goes: a person's screen, Markdown, HTML, JSON, CSV and TSV.

Article text, file names and front matter come from anywhere. What a person reads must never carry
characters that act instead of showing: terminal escape sequences, bidi overrides that reverse what
follows, zero-width characters that hide a difference. People's output shows them as visible
escapes (``\\u202e``); Markdown and HTML also escape their markup, so an article's ``<script>`` is
text. Machine formats keep the exact text and escape the same characters their own way (JSON
``\\u202e``, TSV backslash escapes), so nothing invisible is in the bytes yet nothing is lost.
"""

from __future__ import annotations

import html
import json
import math
from typing import Any

import regex

from . import patterns

# Characters that are not seen but act: controls (C0, DEL, C1 incl. U+0085), format characters (bidi
# controls, zero-width space/joiners, BOM, tags), the line and paragraph separators U+2028/U+2029,
# and lone surrogates (which no UTF-8 writer accepts).
_INVISIBLE_CLASS = r"\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}"
INVISIBLE = patterns.compile(rf"[{_INVISIBLE_CLASS}]")
# A soft hyphen only marks where a word may break: dropped from what people read, kept in machine output.
SOFT_HYPHEN = "\u00ad"
_SPACES = patterns.compile(r"[\t\n\r\f\v\p{Zs}]+")


def char_escape(ch: str) -> str:
    """Python-style visible escape of one character: ``\\x1b``, ``\\u202e``, ``\\U000e0001``."""
    n = ord(ch)
    if n <= 0xFF:
        return f"\\x{n:02x}"
    return f"\\u{n:04x}" if n <= 0xFFFF else f"\\U{n:08x}"


def for_people(s: str) -> str:
    """One line for a person to read: whitespace runs become one space, invisible characters visible
    escapes (a newline in a folder name cannot split a warning, U+202E cannot reverse a cell)."""
    s = _SPACES.sub(" ", s.replace(SOFT_HYPHEN, ""))
    return INVISIBLE.sub(lambda m: char_escape(m.group()), s)


_MD_SPECIAL = patterns.compile(r"([\\`*_\[\]|~])")  # emphasis, code, links, table cells


def for_markdown(s: str) -> str:
    """``for_people`` plus Markdown and HTML escaped: article text never becomes a tag, a link or emphasis."""
    s = _MD_SPECIAL.sub(r"\\\1", for_people(s))
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def for_html(s: str, keep_whitespace: bool = False) -> str:
    """HTML-escaped text with invisible characters made visible; with ``keep_whitespace`` newlines,
    tabs and spaces stay as they are (an article's text shown ``white-space: pre-wrap``)."""
    if not keep_whitespace:
        return html.escape(for_people(s))
    s = INVISIBLE.sub(lambda m: m.group() if m.group() in "\n\t" else char_escape(m.group()),
                      s.replace(SOFT_HYPHEN, ""))
    return html.escape(s)


# ---------------------------------------------------------------- JSON


# INVISIBLE but the newline, which in encoded JSON is only ever the indent's (matched, and put back, at
# each of the 670,000 lines of a 4,000-article comparison, it took 2 s under the profiler)
_INVISIBLE_IN_JSON = patterns.compile(rf"(?V1)[[{_INVISIBLE_CLASS}]--[\n]]")


def _json_escape(ch: str) -> str:
    n = ord(ch)
    if n <= 0xFFFF:
        return f"\\u{n:04x}"
    n -= 0x10000
    return f"\\u{0xD800 + (n >> 10):04x}\\u{0xDC00 + (n & 0x3FF):04x}"


def finite(obj: Any, where: str = "", found: list[str] | None = None) -> Any:
    """``obj`` with every infinite or NaN float replaced by None (JSON has no such numbers); the
    paths replaced are appended to ``found`` so the caller can warn about them."""
    if isinstance(obj, float) and not math.isfinite(obj):
        if found is not None:
            found.append(where or "value")
        return None
    if isinstance(obj, dict):
        return {k: finite(v, f"{where}.{k}" if where else str(k), found) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [finite(v, f"{where}[{i}]", found) for i, v in enumerate(obj)]
    return obj


# made once: json.dumps with options builds an encoder per call (a tenth of writing 92,000 JSONL lines)
_ENCODERS = {i: json.JSONEncoder(ensure_ascii=False, indent=i, allow_nan=False) for i in (None, 2)}


def json_text(obj: Any, indent: int | None = None, found: list[str] | None = None, where: str = "") -> str:
    """JSON that any parser and any line splitter takes: no Infinity/NaN (null; their paths, from
    ``where``, are appended to ``found`` for a warning), and every invisible character,
    U+2028/U+2029/U+0085 and lone surrogates as ``\\uXXXX`` escapes."""
    encoder = _ENCODERS.get(indent) or json.JSONEncoder(ensure_ascii=False, indent=indent, allow_nan=False)
    try:  # almost every object has only finite numbers: walk it only when the encoder says otherwise
        s = encoder.encode(obj)
    except ValueError:
        s = encoder.encode(finite(obj, where, found))
    if s.isprintable():  # no Cc, Cf, Zl, Zp or Cs character (and no indent newline): nothing to escape
        return s
    # json.dumps already escapes C0 controls inside strings, so a raw newline is the indent's own
    return _INVISIBLE_IN_JSON.sub(lambda m: _json_escape(m.group()), s)


def nonfinite_warning(found: list[str]) -> str:
    """One warning line for the numbers ``json_text`` had to write as null."""
    shown = ", ".join(found[:3]) + (f" and {len(found) - 3} more" if len(found) > 3 else "")
    return f"{len(found)} number(s) too large for JSON written as null ({shown})"


# ---------------------------------------------------------------- CSV / TSV

FORMULA_LEAD = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheets read as the start of a formula
_PLAIN_NUMBER = patterns.compile(r"[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")
_TSV_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@`` first) gets a leading
    apostrophe, which spreadsheets show as text; plain numbers such as ``-3`` stay numbers."""
    if cell.startswith(FORMULA_LEAD) and not _PLAIN_NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def delimited_cell(v: Any, tsv: bool, raw: bool = False) -> str:
    """One CSV or TSV cell: exact text, invisible characters as ``\\uXXXX``; TSV also escapes
    backslash, tab, newline and carriage return (the linear-TSV convention) so a row is one line.
    Unless ``raw``, formula-leading cells are neutralised."""
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    s = str(v)
    if tsv:
        s = regex.sub(r"[\\\t\n\r]", lambda m: _TSV_ESCAPES[m.group()], s)
        s = INVISIBLE.sub(lambda m: _json_escape(m.group()), s)
    else:
        s = INVISIBLE.sub(lambda m: m.group() if m.group() in "\t\n\r" else _json_escape(m.group()), s)
    return s if raw else neutralise(s)
