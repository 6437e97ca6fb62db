"""Words a pattern cannot match without: a substring test before a costly search.

The large word patterns (the clause's role and topic words, the period phrases) cost the ``regex`` engine
0.3-0.9 µs a character, searched or not, since it tries every branch at every word. Every match of such a
pattern holds one of a few literal words ("releas", "free", "kill", ...): in a stretch of ASCII text, where
lower-casing is exact, a stretch holding none of them lower-cased has no match, and testing that costs
~1-3 µs. The words are kept as constants beside their patterns; ``required_words`` derives them from the
pattern itself, so a test checks that the constants still hold for the pattern as it is now (an edit that
adds a branch without one of them fails there, never silently skips a match).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import regex

from .names import _trie

__all__ = ["Keyed", "finder", "holds_one_of", "may_match", "required_words"]


def finder(words: tuple[str, ...]) -> re.Pattern[str]:
    """What finds any of ``words`` (lower case) in a lower-cased stretch: a prefix-factored alternation for the
    ``re`` engine, ~1.5 µs on a clause stretch where testing ninety words in turn took ~9 µs."""
    return re.compile(_trie(sorted(words)))


def may_match(words: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """False only if ``text[lo:hi]`` is ASCII and, lower-cased, holds none of the words ``words`` finds
    (``finder``): then a pattern whose every match holds one of them has no match there."""
    window = text[lo:hi]
    return not window.isascii() or words.search(window.lower()) is not None


class Keyed:
    """A compiled pattern whose ``search``, ``match`` and ``finditer`` over a stretch of ASCII text holding none of
    ``words`` answer at once (no match), without the engine; anything else is the pattern's own. Every match of
    the pattern must hold one of the words: tests/test_prefilters.py proves it for every ``Keyed`` in the
    package (``holds_one_of``)."""

    __slots__ = ("_finder", "pattern", "words")

    def __init__(self, pattern: regex.Pattern[str], words: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.words = words
        self._finder = finder(words)

    def _none_in(self, text: str, pos: int | None, endpos: int | None) -> bool:
        lo, hi = pos or 0, len(text) if endpos is None else endpos
        return lo >= 0 and hi >= 0 and not may_match(self._finder, text, lo, hi)

    def search(self, text: str, pos: int | None = None, endpos: int | None = None) -> regex.Match[str] | None:
        return None if self._none_in(text, pos, endpos) else self.pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int | None = None, endpos: int | None = None) -> regex.Match[str] | None:
        return None if self._none_in(text, pos, endpos) else self.pattern.match(text, pos, endpos)

    def finditer(self, text: str, pos: int | None = None, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        return iter(()) if self._none_in(text, pos, endpos) else self.pattern.finditer(text, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def required_words(pattern: regex.Pattern[str]) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which the text of every match of ``pattern`` holds, read from its parse
    tree (the ``regex`` package's own parser); None where no such set can be told (a branch that matches with
    no literal of two or more ASCII characters it must consume). For tests: it uses the package's internals."""
    from regex import _regex_core as core

    return _required(_parse(pattern), core)


def _parse(pattern: regex.Pattern[str]) -> Any:
    """The parse tree of ``pattern``, read as ``regex.compile`` reads it (verbose spacing, global flags set
    inside it)."""
    from regex import _regex_core as core

    flags = pattern.flags
    while True:
        source = core.Source(pattern.pattern)
        info = core.Info(flags, source.char_type, {})
        source.ignore_space = bool(info.flags & regex.VERBOSE)
        source.use_unicode_space(bool(info.flags & regex.VERSION1))
        try:
            tree = core._parse_pattern(source, info)
        except core._UnscopedFlagSet:
            flags = info.global_flags
            continue
        if not source.at_end():
            raise ValueError(f"unbalanced parenthesis in {pattern.pattern!r}")
        return tree


def _required(node: Any, core: Any) -> frozenset[str] | None:
    if isinstance(node, core.Sequence):
        return _best(_sequence_candidates(node.items, core))
    if isinstance(node, core.Branch):
        out: set[str] = set()
        for branch in node.branches:
            got = _required(branch, core)
            if got is None:
                return None
            out |= got
        return frozenset(_minimal(out))
    if isinstance(node, (core.Group, core.Atomic)):
        return _required(node.subpattern, core)
    if isinstance(node, (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat)):
        return _required(node.subpattern, core) if node.min_count >= 1 else None
    if isinstance(node, core.Character):
        return _best(_sequence_candidates([node], core))
    return None  # lookarounds, sets, properties, conditionals, backreferences: nothing told


def _literal_char(node: Any, core: Any) -> str | None:
    """The ASCII character a node consumes, as a one-character literal; None for anything else."""
    if type(node) is core.Character and node.positive and not node.zerowidth and node.value < 128:
        return chr(node.value).lower()
    return None


def _sequence_candidates(items: list, core: Any) -> list[frozenset[str]]:
    """The sets a sequence's match must hold one of: each run of literal characters it must consume in a row,
    and each item's own set. A run breaks at anything that is not a literal (a lookaround too), which only
    shortens what is asked for."""
    out: list[frozenset[str]] = []
    run = ""
    for item in [*items, None]:
        ch = _literal_char(item, core) if item is not None else None
        if ch is not None:
            run += ch
            continue
        if len(run) >= 2:
            out.append(frozenset({run}))
        run = ""
        if item is not None and (got := _required(item, core)) is not None:
            out.append(got)
    return out


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The most telling set: the longest shortest word (rarer in text), then the fewest words."""
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))


def _minimal(words: set[str]) -> set[str]:
    """Drop a word that holds another (any text holding "released" holds "releas")."""
    return {w for w in words if not any(v != w and v in w for v in words)}


def holds_one_of(pattern: regex.Pattern[str], words: tuple[str, ...]) -> bool:
    """Whether the text of every match of ``pattern`` holds one of ``words`` (lower case), as its parse tree
    shows (the ``regex`` package's own parser): True is a proof, False may only mean the tree does not show it.
    For tests: it uses the package's internals."""
    from regex import _regex_core as core

    return _covered(_parse(pattern), words, core)


def _covered(node: Any, words: tuple[str, ...], core: Any) -> bool:
    if isinstance(node, core.Sequence):
        run = ""
        for item in [*node.items, None]:
            ch = _literal_char(item, core) if item is not None else None
            if ch is not None:
                run += ch
                continue
            if any(w in run for w in words) or (item is not None and _covered(item, words, core)):
                return True
            run = ""
        return False
    if isinstance(node, core.Branch):
        return all(_covered(b, words, core) for b in node.branches)
    if isinstance(node, (core.Group, core.Atomic)):
        return _covered(node.subpattern, words, core)
    if isinstance(node, (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat)):
        return node.min_count >= 1 and _covered(node.subpattern, words, core)
    if isinstance(node, core.Character):
        ch = _literal_char(node, core)
        return ch is not None and ch in words
    return False
