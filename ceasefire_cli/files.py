"""Disk -> text: find the article files under the paths given, read them safely, decode them, parse JSON.

A scraper's folder may hold anything: links that loop back to a parent folder, FIFOs, links to
``/dev/zero``, files too big to hold in memory, UTF-16 exports, JSON nested ten thousand levels
deep, file names with escape sequences. Everything here turns such trouble into one warning about
one path (``skipped PATH: reason``) and goes on; nothing is ever written, and a read never blocks:

- only regular files are read (checked on the open file, so a swap after the check cannot fool it),
  at most ``max_bytes`` of them;
- folders are walked without recursion, each folder and each file at most once (by device and
  inode), so a symlinked loop is met once and named;
- paths and values shown in messages are made printable (``message_safe``).
"""

from __future__ import annotations

import codecs
import json
import os
import stat
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "REPORT_HINT",
    "JSONError",
    "article_files",
    "display_path",
    "message_safe",
    "parse_json",
    "read_bytes",
    "read_text",
    "repair_surrogates",
]

Warn = Callable[[str], None]

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
# Largest file read (bytes). Articles are 4-40 KB (dev set and seeds: 4 KB on average, the largest
# 40 KB); 64 MiB holds a JSONL export of thousands of them, while a runaway file or a link to a
# device cannot exhaust memory.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
MESSAGE_VALUE_CHARS = 80  # a value echoed in a message (a bad date, say) is cut after this many characters
REPORT_HINT = ("this is a bug in cfdiff: please report it with the input that caused it "
               "(CFDIFF_TRACEBACK=1 prints the traceback)")
_SNIFF_BYTES = 4096  # how much of a BOM-less file is looked at to tell UTF-16/32 from binary
_WIDE_ZEROS = 0.4  # UTF-16/32 without a BOM: share of the high bytes that must be NUL (ASCII-heavy text: ~1.0)


# --------------------------------------------------------------------------- messages


def message_safe(value: object, limit: int | None = None) -> str:
    """``value`` as one printable line: control, format (bidi, zero-width), separator and surrogate
    characters become escapes (``\\x1b``, ``\\n``, ``\\u202e``), so a file name cannot move the cursor,
    split a warning or reverse the text after it; cut to ``limit`` characters with "…"."""
    s = str(value)
    cut = limit is not None and len(s) > limit
    if cut:
        s = s[:limit]
    if s.isprintable():  # none of the categories below (it is False for each): the common case, in C
        return s + ("…" if cut else "")
    out = []
    for ch in s:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn"):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out) + ("…" if cut else "")


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as text that encodes to UTF-8: bytes the file system name is not UTF-8 in (kept by
    Python as lone surrogates) become ``\\xNN``, so the path can be printed and written as JSON."""
    s = os.fspath(path)
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return os.fsencode(s).decode("utf-8", "backslashreplace")


def repair_surrogates(s: str) -> tuple[str, int]:
    """``s`` with every lone surrogate (JSON allows ``"\\ud800"``; UTF-8 output cannot hold it) replaced
    by U+FFFD, one character for one so offsets stay exact; and how many were replaced."""
    n = sum(1 for ch in s if "\ud800" <= ch <= "\udfff")
    if not n:
        return s, 0
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in s), n


# --------------------------------------------------------------------------- walking


def _key(st: os.stat_result) -> tuple[int, int]:
    return st.st_dev, st.st_ino


def _stat(path: Path, warn: Warn, shown: str) -> os.stat_result | None:
    """``os.stat`` (links followed), or None after a warning naming what is wrong with the path."""
    try:
        return path.stat()
    except FileNotFoundError:
        try:
            broken = stat.S_ISLNK(os.lstat(path).st_mode)
        except OSError:
            broken = False
        warn(f"skipped {shown}: {'broken link' if broken else 'no such file or folder'}")
    except (OSError, ValueError) as e:
        warn(f"skipped {shown}: cannot read ({_reason(e)})")
    return None


def _reason(e: BaseException) -> str:
    """An OS error's own words ("Permission denied"), without the path Python appends."""
    if isinstance(e, OSError) and e.strerror:
        return e.strerror
    return message_safe(e, MESSAGE_VALUE_CHARS) or type(e).__name__


def _entries(folder: Path, warn: Warn) -> list[Path] | None:
    try:
        with os.scandir(folder) as it:
            names = [e.name for e in it]
    except (OSError, ValueError) as e:
        warn(f"skipped {message_safe(display_path(folder))}/: cannot read folder ({_reason(e)})")
        return None
    return [folder / name for name in sorted(names)]


def article_files(paths: Sequence[str | os.PathLike[str]], recursive: bool,
                  warn: Warn) -> tuple[list[Path], list[str]]:
    """The article files under ``paths`` (folders and files, in the order given; a folder's files
    sorted by name, sub-folders in place with ``recursive``), and the paths given that do not exist
    (shown; the caller decides whether that is a warning or the whole error).

    Hidden entries, other file types, sub-folders without ``recursive``, folders or files already
    met (a symlinked loop, the same file twice) and unreadable folders are named via ``warn``.
    Non-regular files (FIFOs, devices) are named too: they are never opened.
    """
    out: list[Path] = []
    missing: list[str] = []
    seen: dict[tuple[int, int], Path] = {}
    for p in paths:
        path = Path(p)
        shown = message_safe(display_path(path))
        if not os.path.lexists(path):
            missing.append(shown)
            continue
        st = _stat(path, warn, shown)
        if st is None:
            continue
        if stat.S_ISDIR(st.st_mode):
            out.extend(_walk(path, st, recursive, seen, warn))
        elif path.suffix.lower() in ARTICLE_SUFFIXES:
            if _new_file(path, st, seen, warn):
                out.append(path)
        else:
            warn(f"skipped {shown}: not an article type")
    return out, missing


def _new_file(path: Path, st: os.stat_result, seen: dict[tuple[int, int], Path], warn: Warn) -> bool:
    """Whether ``path`` is a regular file not met before (else a warning says why not)."""
    shown = message_safe(display_path(path))
    if not stat.S_ISREG(st.st_mode):
        warn(f"skipped {shown}: not a regular file ({_file_kind(st.st_mode)})")
        return False
    first = seen.setdefault(_key(st), path)
    if first is not path:
        warn(f"skipped {shown}: same file as {message_safe(display_path(first))}")
        return False
    return True


def _walk(root: Path, root_st: os.stat_result, recursive: bool, seen: dict[tuple[int, int], Path],
          warn: Warn) -> Iterator[Path]:
    """Depth-first, sorted, without recursion (a folder tree thousands deep is fine), every folder once."""
    first = seen.setdefault(_key(root_st), root)
    if first is not root:
        warn(f"skipped {message_safe(display_path(root))}/: same folder as {message_safe(display_path(first))}")
        return
    top = _entries(root, warn)
    stack: list[Iterator[Path]] = [iter(top or [])]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        shown = message_safe(display_path(entry))
        if entry.name.startswith("."):
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            warn(f"skipped {shown}{'/: hidden folder' if is_dir else ': hidden file'}")
            continue
        st = _stat(entry, warn, shown)
        if st is None:
            continue
        if stat.S_ISDIR(st.st_mode):
            if not recursive:
                warn(f"skipped {shown}/: sub-folder (use --recursive)")
                continue
            first = seen.setdefault(_key(st), entry)
            if first is not entry:
                warn(f"skipped {shown}/: same folder as {message_safe(display_path(first))}")
                continue
            sub = _entries(entry, warn)
            if sub:
                stack.append(iter(sub))
        elif entry.suffix.lower() not in ARTICLE_SUFFIXES:
            warn(f"skipped {shown}: not an article type")
        elif _new_file(entry, st, seen, warn):
            yield entry


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a file"


# --------------------------------------------------------------------------- reading and decoding


def read_bytes(path: Path, where: str, warn: Warn, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes | None:
    """The bytes of a regular file, or None after a warning.

    Opened without blocking and checked on the open descriptor: a FIFO or device swapped in after
    the walk is still refused. At most ``max_bytes + 1`` bytes are ever read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError) as e:
        warn(f"skipped {where}: cannot read ({_reason(e)})")
        return None
    try:
        with os.fdopen(fd, "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):
                warn(f"skipped {where}: not a regular file ({_file_kind(st.st_mode)})")
                return None
            if st.st_size > max_bytes:
                warn(f"skipped {where}: {st.st_size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)")
                return None
            # sized to the file, not to the limit: a read of max_bytes + 1 sets that much memory aside and
            # gives it back, 25 us of system time a file (4,000 small files: 0.15 of 0.2 s)
            data = f.read(st.st_size + 1)
            if len(data) > st.st_size:  # it grew since: read on, as far as the limit
                data += f.read(max_bytes + 1 - len(data))
    except OSError as e:
        warn(f"skipped {where}: cannot read ({_reason(e)})")
        return None
    if len(data) > max_bytes:
        warn(f"skipped {where}: over the {max_bytes:,}-byte limit (--max-bytes)")
        return None
    return data


def read_text(path: Path, where: str, warn: Warn, max_bytes: int = DEFAULT_MAX_BYTES) -> str | None:
    """The decoded text of a regular file with universal newlines, or None after a warning."""
    data = read_bytes(path, where, warn, max_bytes)
    return None if data is None else decode(data, where, warn)


_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def _wide_encoding(data: bytes) -> tuple[str, str] | None:
    """UTF-16/32 without a BOM, told from binary by where the NUL bytes sit (mostly-Latin text puts
    them in every high byte and never in a low one); None if the NULs do not follow that pattern."""
    sample = data[:_SNIFF_BYTES]
    for width, names in ((4, ("utf-32-le", "utf-32-be")), (2, ("utf-16-le", "utf-16-be"))):
        n = len(sample) // width * width
        if n < width or len(data) % width:
            continue
        lanes = [sample[i:n:width] for i in range(width)]
        zeros = [lane.count(0) / len(lane) for lane in lanes]
        if zeros[0] == 0 and all(z >= _WIDE_ZEROS for z in zeros[1:]):
            return names[0], "UTF-32" if width == 4 else "UTF-16"
        if zeros[-1] == 0 and all(z >= _WIDE_ZEROS for z in zeros[:-1]):
            return names[1], "UTF-32" if width == 4 else "UTF-16"
    return None


def decode(data: bytes, where: str, warn: Warn) -> str | None:
    """Text with universal newlines, or None (after a warning) for empty, binary or undecodable data.

    UTF-8 (a BOM is kept, as ``open(encoding="utf-8")`` keeps it); UTF-16 and UTF-32 with a BOM, or
    without one when the NUL bytes show the width; anything else with NUL bytes is binary.
    """
    codec, name = "utf-8", "UTF-8"
    for bom, c, n in _BOMS:
        if data.startswith(bom):
            codec, name = c, n
            break
    else:
        if b"\x00" in data:
            wide = _wide_encoding(data)
            if wide is None:
                warn(f"skipped {where}: binary file (contains NUL bytes)")
                return None
            codec, name = wide
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as e:
        if codec == "utf-8":
            warn(f"skipped {where}: not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}); save it as UTF-8")
        else:
            warn(f"skipped {where}: not valid {name} text (bytes {e.start}-{e.end - 1}: {e.reason}); save it as UTF-8")
        return None
    if not text.strip("\ufeff \t\n\r\f\v"):
        warn(f"skipped {where}: empty file")
        return None
    if "\x00" in text:
        warn(f"skipped {where}: binary file (contains NUL characters)")
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------------- JSON


class JSONError(ValueError):
    """JSON that cannot be read; the message says why, in one line."""


_MAX_INT_DIGITS = 4300  # Python's int-from-string limit (sys.get_int_max_str_digits)


def _int(digits: str) -> int | str:
    """A JSON integer; beyond Python's digit limit it stays a string (it is no article field anyway)."""
    return int(digits) if len(digits) <= _MAX_INT_DIGITS else digits


def parse_json(s: str, position: bool = True) -> Any:
    """``json.loads`` with a leading BOM allowed and every failure a ``JSONError`` in plain words."""
    if s.startswith("\ufeff"):
        s = s[1:]
    try:
        return json.loads(s, parse_int=_int)
    except json.JSONDecodeError as e:
        raise JSONError(f"invalid JSON ({e.msg} at line {e.lineno} column {e.colno})" if position
                        else f"invalid JSON ({e.msg})") from None
    except RecursionError:
        raise JSONError("JSON nested too deeply to read") from None
    except ValueError as e:  # numbers beyond float/int limits and similar
        raise JSONError(f"invalid JSON ({message_safe(e, MESSAGE_VALUE_CHARS)})") from None


def json_type(value: Any) -> str:
    """The JSON name of a value's type, for messages: "a number", "an array", "null"."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "a string"
