"""Where the result goes and how it gets there: width, colour, messages, and writing it out whole.

Every format for people, and every file, is rendered to a string first and written in one go, so an
error while rendering never leaves half a table on stdout. The row-per-line formats of ``extract``
(JSONL, CSV, TSV) go to stdout as their rows are made (``stream_stdout``): a reader sees rows while
the rest is extracted, and ``| head`` ends the work. ``-o FILE`` is written atomically (a temporary file in the
same folder, then renamed over the target). Output-side trouble — stdout closed, a full disk, an
encoding that cannot show the text — is an ``OutputError``: one line and exit 2. A reader that
goes away (``| head -1``) ends the output quietly and the exit status stays what it would have
been, as with ``grep``.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import secrets
import stat
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from rich.console import Console

from .escape import for_people

DEFAULT_WIDTH = 80  # piped output without COLUMNS or --width: the width man pages and `ls` assume
COLOR_MODES = ("auto", "always", "never")


class OutputError(Exception):
    """The result cannot be written; the message is one line for the user."""


def _isatty(stream: TextIO | None) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (ValueError, OSError):
        return False


def resolve_width(width: int | None = None, stream: TextIO | None = None) -> int:
    """``--width``, else ``COLUMNS``, else the terminal's width, else 80 (piped)."""
    if width:
        return width
    cols = os.environ.get("COLUMNS", "").strip()
    if cols.isdigit() and int(cols) > 0:
        return int(cols)
    stream = sys.stdout if stream is None else stream
    if _isatty(stream):
        try:
            return os.get_terminal_size(stream.fileno()).columns or DEFAULT_WIDTH
        except (OSError, ValueError, AttributeError):
            pass
    return DEFAULT_WIDTH


def wants_style(color: str = "auto", stream: TextIO | None = None) -> bool:
    """Colour and every other style (bold, dim): ``--color always|never``; on auto, none when
    NO_COLOR is set (no-color.org), some when FORCE_COLOR is, else only on a terminal."""
    if color not in COLOR_MODES:
        raise ValueError(f"--color must be one of {', '.join(COLOR_MODES)}, not {color!r}")
    if color != "auto":
        return color == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return _isatty(sys.stdout if stream is None else stream)


def make_console(width: int, styled: bool) -> Console:
    """A Console that renders into a buffer (``console.file.getvalue()``): with styles only if
    ``styled``, never soft-wrapped or highlighted, text never read as markup."""
    return Console(file=io.StringIO(), width=width, color_system="standard" if styled else None,
                   force_terminal=styled, force_jupyter=False, force_interactive=False, legacy_windows=False,
                   highlight=False, markup=False, emoji=False, soft_wrap=False)


def rendered(console: Console) -> str:
    return console.file.getvalue()  # type: ignore[attr-defined]


class Messages:
    """Warnings and explanations on stderr, one escaped line each: ``-q`` drops warnings, ``-v`` adds
    the decisions made (outlets and dates found, layout chosen, rows held back)."""

    def __init__(self, quiet: bool = False, verbose: bool = False) -> None:
        self.quiet = quiet
        self.verbose = verbose

    @staticmethod
    def _write(line: str) -> None:
        stream = sys.stderr
        if stream is None:
            return
        try:
            stream.write(f"cfdiff: {for_people(line)}\n")
            stream.flush()
        except (OSError, ValueError):
            pass  # nowhere left to say it

    def warn(self, msg: str) -> None:
        if not self.quiet:
            self._write(f"warning: {msg}")

    def note(self, msg: str) -> None:
        """Something the user should know now (not a problem): shown unless ``-q``."""
        if not self.quiet:
            self._write(msg)

    def info(self, msg: str) -> None:
        if self.verbose:
            self._write(msg)

    def error(self, msg: str) -> None:
        self._write(f"error: {msg}")


def _silence_stdout() -> None:
    """Point fd 1 at /dev/null so the interpreter's last flush of stdout cannot fail noisily."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def _encode(text: str, encoding: str | None, utf8: bool) -> bytes:
    if utf8 or not encoding:
        return text.encode("utf-8", "backslashreplace")
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as e:
        ch = text[e.start]
        raise OutputError(f"standard output uses {encoding}, which cannot show {ch!r} (U+{ord(ch):04X}); "
                          "set PYTHONIOENCODING=utf-8 or use a UTF-8 locale") from None
    except LookupError:
        return text.encode("utf-8", "backslashreplace")


def check_stdout() -> None:
    """Fail before any work when there is no stdout to write to (``cfdiff ... >&-``)."""
    if sys.stdout is None:
        raise OutputError("standard output is closed; redirect it or use -o FILE")


def write_stdout(text: str | bytes, utf8: bool = True) -> bool:
    """Write ``text`` to stdout in one go; False if the reader had gone (quietly), OutputError on trouble.

    Machine formats are UTF-8 whatever the locale (the contract), and may come as UTF-8 bytes already;
    text for people is encoded the way stdout expects, and an encoding that cannot show it is an
    error, not mojibake."""
    check_stdout()
    stream = sys.stdout
    buf = getattr(stream, "buffer", None)
    try:
        if buf is None:
            stream.write(text.decode("utf-8") if isinstance(text, bytes) else text)
            stream.flush()
            return True
        data = text if isinstance(text, bytes) else _encode(text, getattr(stream, "encoding", None), utf8)
        stream.flush()
        buf.write(data)
        buf.flush()
        return True
    except BrokenPipeError:
        _silence_stdout()
        return False
    except OSError as e:
        _silence_stdout()
        if e.errno == errno.EBADF:
            raise OutputError("standard output is closed; redirect it or use -o FILE") from None
        raise OutputError(f"cannot write to standard output: {e.strerror or e}") from None
    except ValueError:  # "I/O operation on closed file"
        raise OutputError("standard output is closed; redirect it or use -o FILE") from None


def stream_stdout(pieces: Iterable[bytes]) -> bytes | None:
    """Write a machine format's pieces (UTF-8) to stdout as they come; the first, a header, waits for
    the first row, so a run that makes no row has written nothing: then the header comes back, for the
    caller to write alone, or to report an error instead. None once rows were written (or the reader
    went away: the pieces left are not made)."""
    it = iter(pieces)
    held: bytes | None = next(it, b"")
    for data in it:
        if not data:
            continue
        if held is not None:
            data, held = held + data, None
        if not write_stdout(data):
            return None
    return held


def write_file(text: str | bytes, target: Path, inputs: Iterable[Path] = ()) -> None:
    """Write ``text`` (UTF-8) to ``target`` atomically: readers see the old file or the whole new one."""
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a folder")
    real = target.resolve()
    for p in inputs:
        try:
            if Path(p).resolve() == real:
                raise OutputError(f"-o {target} would overwrite an input file")
        except OSError:
            continue
    folder = target.parent
    tmp = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies, as for any new file
    except OSError as e:
        raise OutputError(f"cannot write {target}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(text if isinstance(text, bytes) else text.encode("utf-8", "backslashreplace"))
            f.flush()
            os.fsync(f.fileno())
        if target.exists():
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
        os.replace(tmp, target)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"cannot write {target}: {e.strerror or e}") from None


def emit(text: str | bytes, target: Path | None = None, *, utf8: bool = True, inputs: Iterable[Path] = ()) -> bool:
    """The one way results leave the program: to ``target`` (``-o``) or stdout. False if the reader
    of a pipe went away before the end (not an error). Bytes are a machine format's UTF-8."""
    if target is not None and str(target) != "-":
        write_file(text, target, inputs)
        return True
    return write_stdout(text, utf8)
