"""Safe output: nothing invisible or active reaches a reader, machine formats keep the exact text."""

from __future__ import annotations

import csv
import io
import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ceasefire_cli.escape import delimited_cell, for_html, for_markdown, for_people, json_text, neutralise
from ceasefire_cli.formats import write_delimited, write_json, write_jsonl

HOSTILE = "a\x1b[31mred\x1b[0m \u202eevil\u202c zero\u200bwidth\u2028line\u2029para\x85nel \ud800 \x7f\x9b"


def test_for_people_makes_every_invisible_character_visible():
    s = for_people(HOSTILE)
    assert "\x1b" not in s and "\u202e" not in s and "\u200b" not in s and "\x85" not in s and "\ud800" not in s
    assert "\\x1b[31mred" in s and "\\u202eevil" in s and "\\u200b" in s and "\\ud800" in s
    assert "\n" not in for_people("folder\nname") and for_people("folder\nname") == "folder name"
    assert for_people("Sep\u00adtember") == "September"  # a soft hyphen only marks a break point


def test_markdown_escapes_html_and_markup():
    s = for_markdown('<script>alert(1)</script> <img src=x onerror="alert(2)"> [link](javascript:x) *b* a|b')
    assert "<" not in s and ">" not in s
    assert "&lt;script&gt;" in s and "&lt;img" in s
    assert "\\[link\\]" in s and "\\*b\\*" in s and "a\\|b" in s


def test_html_escapes_and_keeps_whitespace_when_asked():
    assert for_html("<b>&\u202e") == "&lt;b&gt;&amp;\\u202e"
    assert for_html("a\n\tb <i>", keep_whitespace=True) == "a\n\tb &lt;i&gt;"


def test_json_has_no_nonfinite_numbers_and_escapes_separators():
    found: list[str] = []
    s = json_text({"value": float("inf"), "low": float("nan"), "text": HOSTILE}, found=found)
    assert json.loads(s)["value"] is None and json.loads(s)["low"] is None
    assert found == ["value", "low"]
    assert json.loads(s)["text"] == HOSTILE  # the exact text survives
    for raw in ("\u2028", "\u2029", "\x85", "\u202e", "\u200b", "\x7f", "\ud800"):
        assert raw not in s
    assert len(s.splitlines()) == 1  # str.splitlines() splits on U+2028/U+2029/U+0085 too
    s.encode("utf-8")  # a lone surrogate would make this raise


def test_json_escapes_separators_when_every_number_is_finite():
    # the writer skips its walk for non-finite numbers when json.dumps accepts the object as it is
    found: list[str] = []
    s = json_text({"n": [1, 2.5], "text": "a\u2028b\u200bc"}, found=found)
    assert found == [] and "\u2028" not in s and "\u200b" not in s
    assert json.loads(s) == {"n": [1, 2.5], "text": "a\u2028b\u200bc"}
    assert json_text({"n": [1.0, float("inf")]}, found=found) == '{"n": [1.0, null]}' and found == ["n[1]"]


def test_jsonl_writer_warns_once_and_keeps_one_record_per_line():
    warnings: list[str] = []
    rows = [{"text": "a\u2028b", "value": float("inf")}, {"text": "c\x85d", "value": 1e309}]
    out = write_jsonl(rows, warnings.append)
    assert [json.loads(line)["text"] for line in out.splitlines()] == ["a\u2028b", "c\x85d"]
    assert len(warnings) == 1 and "2 number(s)" in warnings[0] and "line 1.value" in warnings[0]
    assert json.loads(write_json({"v": float("-inf")}))["v"] is None


@pytest.mark.parametrize("cell", ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "=HYPERLINK(\"http://x\")", "\t=1"])
def test_formula_cells_are_neutralised(cell: str):
    assert neutralise(cell) == "'" + cell
    assert delimited_cell(cell, tsv=False, raw=True) == cell


@pytest.mark.parametrize("cell", ["-3", "+4.5", "1e3", "plain", "a=b", "", "'quoted"])
def test_harmless_cells_stay(cell: str):
    assert neutralise(cell) == cell


def test_csv_keeps_exact_text_and_tsv_rows_stay_one_line():
    rows = [{"a": "line one\nline two\ttab", "b": "=SUM(1)", "c": "back\\slash \u202e"}]
    c = write_delimited(["a", "b", "c"], rows, ",")
    back = next(csv.DictReader(io.StringIO(c)))
    assert back["a"] == "line one\nline two\ttab" and back["b"] == "'=SUM(1)" and back["c"] == "back\\slash \\u202e"
    t = write_delimited(["a", "b", "c"], rows, "\t")
    assert len(t.splitlines()) == 2
    assert t.splitlines()[1].split("\t") == ["line one\\nline two\\ttab", "'=SUM(1)", "back\\\\slash \\u202e"]
    raw = write_delimited(["b"], rows, ",", raw_cells=True)
    assert raw.splitlines()[1] == "=SUM(1)"


@given(st.text())
def test_people_text_is_one_line_without_invisible_characters(s: str):
    out = for_people(s)
    assert len(out.splitlines()) <= 1
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in out)


@given(st.text())
def test_json_round_trips_any_text(s: str):
    out = json_text({"t": s})
    assert json.loads(out)["t"] == s and len(out.splitlines()) == 1


@given(st.text())
def test_indented_json_keeps_its_newlines_and_escapes_the_rest(s: str):
    out = json_text({"t": s, "n": [1]}, indent=2)
    assert json.loads(out)["t"] == s
    assert len(out.splitlines()) == 6  # every line break is the indent's, whatever the text holds
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in out.replace("\n", ""))


def test_a_wide_csv_evidence_cell_fits_a_spreadsheet_cell():
    from ceasefire_cli.formats import SPREADSHEET_CELL, _fit_cell

    cites = [f"{i}:1 " + "The shelling went on through the night. " * 20 for i in range(2000)]
    cell = _fit_cell(cites)
    assert len(cell) <= SPREADSHEET_CELL
    kept = cell.count(" / ")  # the citations kept, each followed by a separator
    assert cell.endswith(f"… {2000 - kept} more (all in --format json)") and cell.startswith("0:1 The shelling")
    assert _fit_cell(["1:1 short", "2:4 also short"]) == "1:1 short / 2:4 also short"
    assert _fit_cell(["9:9 " + "x" * 40_000]) == "… 1 more (all in --format json)"


@given(st.lists(st.tuples(st.text(), st.text()), max_size=8))
def test_csv_keeps_one_record_per_row_whatever_the_cells_hold(cells: list[tuple[str, str]]):
    # a lone "\r" in a cell once ended the row for every CSV reader
    out = write_delimited(["a", "b"], [{"a": a, "b": b} for a, b in cells], ",", raw_cells=True)
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert len(rows) == len(cells) + 1 and all(len(r) == 2 for r in rows)
    assert [r[0] for r in rows[1:]] == [delimited_cell(a, False, True) for a, _ in cells]


@given(st.text(), st.one_of(st.none(), st.integers(min_value=0, max_value=40)))
def test_message_safe_escapes_exactly_the_unsafe_characters(s: str, limit: int | None) -> None:
    """The fast path for printable text gives what escaping character by character gives."""
    from ceasefire_cli.files import message_safe

    cut = s if limit is None else s[:limit]
    want = "".join(
        (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}" if ord(c) < 0x10000 else f"\\U{ord(c):08x}")
        if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn") else c
        for c in cut
    ) + ("…" if limit is not None and len(s) > limit else "")
    assert message_safe(s, limit) == want
