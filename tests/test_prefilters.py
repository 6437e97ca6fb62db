"""Shortcuts taken before a costly pattern give what the pattern alone gives: the substring tests and line
cuts of places.py and periods.py, against the plain searches they stand in for."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from ceasefire_cli import periods, places

_SPEECH_ATOMS = ["Lincoln", "Lincolns", "xLincoln", "Lin", "coln", " said", " says", "said ", "added ", "'s", "’s",
                 " ", "_", "é", "Ana ", "comments", " comment", "\n", ".", "stated", "9"]


def _speaks_alone_by_search(text: str, name: str) -> bool:
    """The search ``places._speaks_alone`` replaces: one pattern with the name inside."""
    name = regex.escape(name)
    return regex.search(rf"\b{name}(?:[’']s)?[ ]{places._SPEAKS}|\b{places._SAID_BY}[ ]{name}\b", text) is not None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SPEECH_ATOMS), max_size=10), st.sampled_from(["Lincoln", "Lin", "Ana"]))
def test_speaks_alone_is_the_search(atoms: list[str], name: str) -> None:
    text = "".join(atoms)
    assert places._speaks_alone(text, name) == _speaks_alone_by_search(text, name)


def test_speaks_alone_cases() -> None:
    for text, want in [("Lincoln said on Monday", True), ("Lincoln's comments drew fire", True),
                       ("the talks, said Lincoln, failed", True), ("said Lincolnshire", False),
                       ("xLincoln said", False), ("in Lincoln the river rose", False)]:
        assert places._speaks_alone(text, "Lincoln") == want == _speaks_alone_by_search(text, "Lincoln")


_REGION_ATOMS = ["Cebu", " province", " Province", " of ", "Teru", "the province of Cebu", "\n", " ", "Marlow County",
                 " state", "St. ", "Idaho's", "a mostly Lutheran region", "\r\n", "X", "é", "-", "Region", " of Cebu"]


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_REGION_ATOMS), max_size=12))
def test_region_lines_hold_every_named_region(atoms: list[str]) -> None:
    text = "".join(atoms)
    cut = (m for lo, hi in places._region_lines(text) for m in places._NAMED_REGION.finditer(text, lo, hi))
    assert _spans(cut) == _spans(places._NAMED_REGION.finditer(text))


_PERIOD_ATOMS = ["the first phase", "Phase two", " ", "second batch", "on day 3", "a day", "per week", "daily",
                 "WEEKLY", "in the past 24 hours", "over the last two days", "this weekend", "last month",
                 "Monday alone", "over the weekend", "third round", "ﬁnal", "é", ",", "\n", "the deal", "exchange", "3"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PERIOD_ATOMS), max_size=8), st.integers(0, 5), st.integers(0, 5))
def test_period_in_is_the_search(atoms: list[str], cut_lo: int, cut_hi: int) -> None:
    text = "".join(atoms)
    lo, hi = min(cut_lo, len(text)), max(0, len(text) - cut_hi)
    periods._period_in.cache_clear()
    got, want = periods._period_in(text, lo, hi), periods._PERIOD.search(text, lo, hi)
    assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup))


def _branches(source: str) -> list[str]:
    """The top-level ``|`` alternatives of a pattern's source (brackets and escapes respected)."""
    out, cur, depth, i = [], "", 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            cur, i = cur + source[i:i + 2], i + 2
            continue
        if ch == "[":
            j = i + 1
            while source[j] != "]" or source[j - 1] == "\\":
                j += 1
            cur, i = cur + source[i:j + 1], j + 1
            continue
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    return [*out, cur]


def test_every_period_branch_holds_a_key_word() -> None:
    """A branch added to ``_PERIOD`` without one of ``_PERIOD_KEYS`` would be skipped by the substring test: each
    alternative of each of its groups names one (a guard on edits, read from the pattern's source)."""
    body = periods._PERIOD.pattern[len(r"\b(?:"):-1]
    for group in _branches(body):
        inner = group[group.index(">") + 1:-1]  # "(?P<name>...)": its alternatives
        for branch in _branches(inner):
            assert any(k in branch.lower() for k in periods._PERIOD_KEYS), branch
