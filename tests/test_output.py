"""Output-side trouble in real processes: closed stdout, a full disk, an encoding that cannot show
the text, a reader that goes away. Each is one clear line and exit 2, except the vanished reader:
quiet, with the status the run would have had."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FORMATS = ("table", "markdown", "html", "json", "jsonl", "csv", "tsv", "wide-csv")


def cfdiff(*args: str, env: dict[str, str] | None = None, **kw) -> subprocess.CompletedProcess:
    e = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "NO_COLOR", "FORCE_COLOR")}
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "ceasefire_cli", *args], capture_output=True, env=e, cwd=ROOT, **kw)


def one_error_line(stderr: bytes) -> str:
    lines = stderr.decode().strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("cfdiff: error: ") and "Traceback" not in lines[0]
    return lines[0]


@pytest.mark.parametrize("fmt", FORMATS)
def test_pipe_closed_early_is_quiet_and_keeps_the_status(fmt: str):
    """`cfdiff compare seeds/ -f FMT | head -1`: the reader is gone before the write."""
    p = subprocess.Popen([sys.executable, "-m", "ceasefire_cli", "compare", "seeds/", "-f", fmt, "--all", "--evidence"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    p.stdout.close()  # type: ignore[union-attr]
    err = p.stderr.read()  # type: ignore[union-attr]
    assert p.wait(timeout=120) == 1  # the seeds conflict: status kept
    assert err == b""


@pytest.mark.parametrize("fmt", FORMATS)
def test_piped_output_is_clean(fmt: str):
    """Through a real pipe: no colour codes, no trailing padding, 80 columns unless told otherwise."""
    r = cfdiff("compare", "seeds/", "-f", fmt)
    assert r.returncode == 1 and r.stderr == b""
    out = r.stdout.decode("utf-8")
    assert "\x1b[" not in out
    if fmt == "table":
        assert all(len(line) <= 80 and line == line.rstrip() for line in out.splitlines())
        wide = cfdiff("compare", "seeds/", env={"COLUMNS": "200"}).stdout.decode()
        assert max(len(line) for line in wide.splitlines()) > 80


def test_stream_stdout_holds_the_header_until_a_row(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    from ceasefire_cli.output import stream_stdout

    assert stream_stdout([b"a,b\n", b"", b""]) == b"a,b\n"  # no row: nothing written, the header comes back
    assert capsysbinary.readouterr().out == b""
    assert stream_stdout(iter([b"a,b\n", b"", b"1,2\n", b"3,4\n"])) is None
    assert capsysbinary.readouterr().out == b"a,b\n1,2\n3,4\n"


def test_extract_rows_reach_a_reader_that_stops_early() -> None:
    """``| head -1``: the reader goes away after the first row; no traceback, no error."""
    p = subprocess.Popen([sys.executable, "-m", "ceasefire_cli", "extract", "seeds/", "-f", "jsonl", "--no-cache"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert p.stdout is not None and p.stderr is not None
    first = p.stdout.readline()
    p.stdout.close()
    err = p.stderr.read()
    assert p.wait() == 0 and err == b""
    assert json.loads(first)["kind"] in {"count", "quote", "event"}


def test_stdout_closed():
    for args in (("compare", "seeds/"), ("compare", "seeds/", "-f", "json"), ("ingest", "seeds/"), ("--version",)):
        r = subprocess.run([sys.executable, "-m", "ceasefire_cli", *args], stderr=subprocess.PIPE,
                           stdout=subprocess.DEVNULL, cwd=ROOT, preexec_fn=lambda: os.close(1))  # `>&-`
        assert r.returncode == 2, args
        assert "standard output is closed" in one_error_line(r.stderr)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_full_disk(fmt: str):
    with open("/dev/full", "w") as full:
        r = subprocess.run([sys.executable, "-m", "ceasefire_cli", "compare", "seeds/", "-f", fmt], stdout=full,
                           stderr=subprocess.PIPE, cwd=ROOT)
    assert r.returncode == 2
    assert "No space left on device" in one_error_line(r.stderr)


def test_stdout_encoding_that_cannot_show_the_table():
    r = cfdiff("compare", "seeds/", env={"PYTHONIOENCODING": "latin-1"})
    assert r.returncode == 2 and r.stdout == b""
    assert "latin-1" in one_error_line(r.stderr).replace("iso8859-1", "latin-1")
    # machine formats are UTF-8 whatever the locale says (the contract)
    r = cfdiff("compare", "seeds/", "-f", "json", env={"PYTHONIOENCODING": "ascii"})
    assert r.returncode == 1 and json.loads(r.stdout.decode("utf-8"))["claims"]


def test_output_file_is_written_whole_and_never_over_an_input(tmp_path: Path):
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")
    r = cfdiff("compare", "seeds/", "-f", "json", "-o", str(target))
    assert r.returncode == 1 and r.stdout == b""
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["conflict"] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left
    src = tmp_path / "in"
    src.mkdir()
    victim = src / "a.txt"
    victim.write_text("Rescuers found 12 survivors on Monday.", encoding="utf-8")
    r = cfdiff("compare", str(src), "-o", str(victim))
    assert r.returncode == 2 and "overwrite an input" in one_error_line(r.stderr)
    assert victim.read_text(encoding="utf-8") == "Rescuers found 12 survivors on Monday."
    r = cfdiff("compare", "seeds/", "-o", str(tmp_path))
    assert r.returncode == 2 and "folder" in one_error_line(r.stderr)
    r = cfdiff("compare", "seeds/", "-o", str(tmp_path / "missing" / "x.json"))
    assert r.returncode == 2 and "cannot write" in one_error_line(r.stderr)
