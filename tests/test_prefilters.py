"""Shortcuts taken before a costly pattern give what the pattern alone gives: the substring tests and line
cuts of places.py and periods.py, against the plain searches they stand in for."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from ceasefire_cli import clauseread, clausewords, keywords, periods, places

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


@pytest.mark.parametrize("pattern, words", [
    (periods._PERIOD, periods._PERIOD_KEYS),
    (clausewords._ROLE, clauseread.ROLE_WORDS),
    (clausewords._TOPIC_TRIGGER, clauseread.TOPIC_WORDS),
])
def test_every_match_holds_one_of_the_words(pattern, words) -> None:
    """A branch added to a pattern without one of its words would be skipped by the substring test: the words
    must still cover every branch (a proof read off the pattern's parse tree). If this fails, take the words
    ``keywords.required_words(pattern)`` suggests."""
    assert keywords.holds_one_of(pattern, words), sorted(keywords.required_words(pattern) or ())


def test_holds_one_of_tells_a_missing_word() -> None:
    for source, words, want in [
        (r"\b(?:kill(?:ed|s)?|died)\b", ("kill", "die"), True),
        (r"\b(?:kill(?:ed|s)?|died)\b", ("kill",), False),
        (r"(?:the[ ])?(?:day|week)", ("the",), False),  # optional: no proof
        (r"(?<=day )one", ("day",), False),  # a lookbehind consumes nothing
        (r"(?:a|b)+xyz", ("xyz",), True),
        (r"d(?:ay)", ("day",), False),  # a word split across items is not read (no proof, never a wrong one)
        (r"(?x) k i l l | d i e", ("kill", "die"), True),  # verbose: spaces are no literal
        (r"(?x) k i l l | d i e", ("k i",), False),
    ]:
        assert keywords.holds_one_of(regex.compile(source, regex.I), words) is want, source


def test_may_match_only_rules_out_ascii() -> None:
    kill = keywords.finder(("kill", "die", "died"))
    assert keywords.may_match(kill, "They KILLED two", 0, 15)
    assert keywords.may_match(kill, "two soldiers", 0, 12)
    assert not keywords.may_match(kill, "They freed two", 0, 14)
    assert keywords.may_match(kill, "They freed two é", 0, 16)  # not ASCII: the pattern decides
    assert not keywords.may_match(kill, "killed", 1, 6)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["freed", " ", "were", "killed", "KILLED", "released", "the", "remain", "é", ",",
                                 "hostages", "held", "in", "prison", "x", "died", "wounded", "back", "got"]),
                max_size=10), st.integers(0, 4), st.integers(0, 4))
def test_clause_reads_are_the_searches(atoms: list[str], cut_lo: int, cut_hi: int) -> None:
    text = "".join(atoms)
    lo, hi = min(cut_lo, len(text)), max(0, len(text) - cut_hi)
    for twin in (clauseread.ROLE_T, clauseread.TOPIC_T):
        first, last = (twin[k].search(text, lo, hi) if hi > lo else None for k in (0, 1))
        for got, want in [(clauseread.first_match(twin, text, lo, hi), first),
                          (clauseread.last_match(twin, text, lo, hi), last)]:
            assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup))


def _keyed_patterns() -> list[tuple[str, keywords.Keyed]]:
    """Every ``Keyed`` pattern at the top of a module of the package."""
    import importlib
    import pkgutil

    import ceasefire_cli

    found = []
    for info in pkgutil.iter_modules(ceasefire_cli.__path__):
        module = importlib.import_module(f"ceasefire_cli.{info.name}")
        found += [(f"{info.name}.{k}", v) for k, v in vars(module).items() if isinstance(v, keywords.Keyed)]
    return found


def test_every_keyed_pattern_holds_one_of_its_words() -> None:
    keyed = _keyed_patterns()
    assert len(keyed) >= 8
    for name, k in keyed:
        assert keywords.holds_one_of(k.pattern, k.words), (name, sorted(keywords.required_words(k.pattern) or ()))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the toll", " ", "so far", "rose", "earlier", "each", "side", "here", "states",
                                 "village", "home", "destroyed", "é", ",", "x", "in all", "nationwide", "to"]),
                max_size=8), st.integers(0, 4), st.integers(0, 4))
def test_keyed_patterns_are_their_patterns(atoms: list[str], cut_lo: int, cut_hi: int) -> None:
    text = "".join(atoms)
    lo, hi = min(cut_lo, len(text)), max(0, len(text) - cut_hi)
    for _, k in _keyed_patterns():
        for got, want in [(k.search(text, lo, hi), k.pattern.search(text, lo, hi)),
                          (k.match(text, lo, hi), k.pattern.match(text, lo, hi)),
                          (next(iter(k.finditer(text, lo, hi)), None), next(k.pattern.finditer(text, lo, hi), None))]:
            assert (got and got.span()) == (want and want.span())
