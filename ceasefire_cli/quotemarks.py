"""Where the quotations of a text are: pairs of quotation marks, paragraph by paragraph.

Straight marks are read from the characters around them; a quote opened and never closed runs to the
end of its paragraph, or on into the next when its sentence is broken across the line; single-quoted
passages count when they are long enough to be statements. ``quotes`` attributes the spans found here,
after masking their interiors with ``mask`` so a quote's words never pass for its speaker.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import regex

from . import patterns
from .names import _INVERTIBLE, _WORD, _trie

__all__ = ["DQ_MARK", "MIN_WORDS", "Raw", "interrupted", "mask", "raw_quotes"]

MIN_WORDS = 4  # shorter marked phrases are scare quotes ("good faith"), not statements
DQ_MARK = patterns.compile(r"''(?=[\s,.;:!?—–)]|$)|(?<![^\s])''(?=\p{L})|[\"“”„«»]")  # '' as a closing or opening mark
_SQ_PAIR = patterns.compile(r"(?<![\p{L}\p{N}’'])[‘'](?=\p{L})[^\n‘]{2,400}?(?<=\S)[’'](?![\p{L}\p{N}])")
# a single-quoted passage that runs on into the next paragraph, which opens with a mark again, as British papers
# quote a statement of several paragraphs ('She added: ‘I have spent my career …¶‘It is clear …,’ she said'):
# opened at its paragraph's start or after a colon, no closing mark after it (an apostrophe sits between letters)
_SQ_RUNS_ON = patterns.compile(r"(?:(?<=^|\n)[ \t]*|(?<=:[ \t]))‘(?=\p{L})(?:[^\n‘’]|(?<=\p{L})’(?=\p{L}))+$",
                               regex.M)


@dataclass(slots=True)
class Raw:
    """A quote span (marks excluded) before attribution, with where its marks are."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # index of the closing mark; None when the quote runs to the end of its paragraph


def _role(text: str, i: int, lo: int, hi: int) -> int:
    """+1 opening, -1 closing, 0 unusable: straight marks are read from the characters around them."""
    c = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    left = prev.isspace() or prev in "([{—–-/\"”"  # '…deal.""We': the second mark opens
    right_space = nxt.isspace() or nxt in ",.;:!?)]}—–"
    if left and not nxt.isspace():
        return 1
    if not left and right_space:
        return -1
    if c in "“„«":
        return 1
    if c in "”»":
        return -1
    return 0 if left else -1


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def raw_quotes(text: str, paras: tuple[tuple[int, int], ...]) -> list[Raw]:
    """Pair marks paragraph by paragraph, so an unbalanced mark never spills past its paragraph."""
    out: list[Raw] = []
    carried = None  # a quote opened in the paragraph before, its sentence broken across the line
    for k, (lo, hi) in enumerate(paras):
        open_at, carried = carried, None
        merged = False  # whether the open quote was opened by a mark run into both sentences
        for m in DQ_MARK.finditer(text, lo, hi):
            i = m.start()
            if m.end() - i == 2:  # '' closes like ” ('…,'' he said'), and opens like “ at a line or word start
                if open_at is None and (i == lo or text[i - 1].isspace()) and i + 2 < hi \
                        and not text[i + 2].isspace():  # "''We have work to do," she said': a typed opening mark
                    open_at, merged = i + 1, False
                    continue
                if open_at is not None and not text[i - 1].isspace():
                    s, e = _trim(text, open_at + 1, i)
                    if e > s:
                        out.append(Raw(s, e, open_at, i + 1))
                    open_at = None
                continue
            r = _role(text, i, lo, hi)
            if r > 0:
                if open_at is not None and not merged and _PART_ENDS.search(text, open_at + 1, i):
                    # '“The ferry left at noon. “Its crew are safe.”': a quote of several paragraphs set on one
                    # line, each part opening with a mark and only the last closed; the part before is a quote too
                    s, e = _trim(text, open_at + 1, i)
                    if len(_WORD.findall(text, s, e)) >= MIN_WORDS:
                        out.append(Raw(s, e, open_at, None))
                open_at, merged = i, False
            elif r < 0:
                if open_at is not None:
                    s, e = _trim(text, open_at + 1, i)
                    if e > s:
                        out.append(Raw(s, e, open_at, i))
                # a mark run into both sentences ('…context."That is why…') closes one quote and opens the next,
                # if a closing mark later shows that it did
                merged = text[i - 1 : i] in (".", "!", "?") and text[i + 1 : i + 2].isupper()
                open_at = i if merged else None
        if open_at is not None and not merged and k + 1 < len(paras) and _BROKEN_LINE.search(text, lo, hi) \
                and _RUNS_ON.match(text, paras[k + 1][0], paras[k + 1][1]):
            carried = open_at  # '“The first task,\nis to reach the miners,” said Ruiz': one quote, closed below
            continue
        if open_at is not None and not merged:  # opened and never closed: it runs to the end of its paragraph
            s, e = _trim(text, open_at + 1, hi)
            if e > s:
                out.append(Raw(s, e, open_at, None))
    spans = [(r.open_at, r.close_at if r.close_at is not None else r.end) for r in out]
    starts = [s for s, _ in spans]
    outer: list[tuple[int, int]] = []
    for m in _SQ_PAIR.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and spans[i][1] >= m.start():
            continue  # nested inside a double-quoted passage
        j = bisect_right(starts, m.end() - 1) - 1
        if j >= 0 and spans[j][0] > m.start() and spans[j][1] >= m.end() - 1:
            continue  # would close inside a double-quoted passage that it does not contain
        s, e = _trim(text, m.start() + 1, m.end() - 1)
        if len(_WORD.findall(text, s, e)) >= MIN_WORDS or interrupted(text, m.end()):
            out.append(Raw(s, e, m.start(), m.end() - 1))
            if i < j:
                outer.append((m.start(), m.end()))
    for k, (lo, hi) in enumerate(paras[:-1]):
        if text[paras[k + 1][0] : paras[k + 1][0] + 1] != "‘" or "‘" not in text[lo:hi]:
            continue
        run = _SQ_RUNS_ON.search(text, lo, hi)
        if run is None or any(r.open_at <= run.start() <= (r.close_at or r.end) for r in out):
            continue
        s, e = _trim(text, run.start() + 1, hi)
        if len(_WORD.findall(text, s, e)) >= MIN_WORDS:
            out.append(Raw(s, e, run.start(), None))
    if outer:  # double marks nested in a single-quoted passage ('They call us “occupiers”') are not quotes
        out = [r for r in out if not any(a < r.open_at and (r.close_at or r.end) < b for a, b in outer)]
    out.sort(key=lambda r: r.start)
    return out


_PART_ENDS = patterns.compile(r"[.!?][ \t]+$")  # a sentence's end, then the mark that opens the next part


# a paragraph that stops mid-sentence (after a comma, or a word, no stop) and the next that goes on in lower case
# up to a closing mark: a line break inside one quoted sentence
_BROKEN_LINE = patterns.compile(r"(?:,|\p{Ll})[ \t]*$")
_RUNS_ON = patterns.compile(r"[ \t]*\p{Ll}[^\"“”\n]{0,300}?[,.!?]?[”\"]")


_INTERRUPT = patterns.compile(
    r"[^\S\n]*[—–,]?[^\S\n]*(?:\p{L}[\p{L}\p{M}’'.\-]*[^\S\n]+){0,8}?(?:" + _trie(_INVERTIBLE.split())
    + r")\b(?:[^\"“”‘’\n.;!?]|(?<=\p{L})[’'](?=\p{L})){0,120}?[,—–:][^\S\n]*[\"“‘'](?=\p{Ll})"
)


def interrupted(text: str, after: int) -> bool:
    """A cue right after a closing mark, then the same sentence resumes in marks: '"We are," she said, "ready."'"""
    return text[after - 2 : after - 1] == "," and _INTERRUPT.match(text, after) is not None


def mask(text: str, raws: list[Raw]) -> str:
    """Blank quote interiors to '_' (first letter and final stop kept, so sentences still split)."""
    parts: list[str] = []
    prev = 0
    for r in raws:
        if r.start < prev:
            continue
        parts.append(text[prev : r.start])
        n = r.end - r.start
        if n <= 2:
            parts.append(text[r.start : r.end])
        else:
            last = text[r.end - 1] if text[r.end - 1] in ".!?" else "_"
            parts.append(text[r.start] + "_" * (n - 2) + last)
        prev = r.end
    parts.append(text[prev:])
    return "".join(parts)
