"""Sentence and paragraph boundaries with offsets, shared by every extractor.

News prose is full of abbreviations ("U.S.", "Mr.", "Oct. 7", "U.N.-supervised") that a naive
splitter cuts at; a sentence here ends at . ! ? (plus closing quotes/brackets) followed by space
and an upper-case letter, a digit or an opening quote, unless the word before is an abbreviation
or an initial. A line break always ends a sentence.

Also the calendar words (month and weekday names) that the date-reading modules share.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise

import regex

from . import patterns

# --- calendar words ---------------------------------------------------------------------------
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")  # fmt: skip
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
# Lower-case full name or abbreviation ("sept") -> month number 1-12.
MONTHS: dict[str, int] = {
    **{name.lower(): i for i, name in enumerate(MONTH_NAMES, 1)},
    **{abbr.lower(): [n[:3] for n in MONTH_NAMES].index(abbr[:3]) + 1 for abbr in MONTH_ABBREVIATIONS},
}
# Any month name: a full name, or an abbreviation with an optional full stop (as written: capitalised).
MONTH_PATTERN = rf"(?:{'|'.join(MONTH_NAMES)}|(?:{'|'.join(MONTH_ABBREVIATIONS)})\.?)"


# Holidays on a fixed day of the year, by the name news gives them ("New Year's Day"): (month, day).
HOLIDAYS = {"New Year's Eve": (12, 31), "New Year's Day": (1, 1), "Christmas Eve": (12, 24), "Christmas Day": (12, 25)}
# Any of them as written: either apostrophe, one to three spaces or tabs between the words.
HOLIDAY_PATTERN = "(?:" + "|".join(
    r"[^\S\n]{1,3}".join(w.replace("'", "['’]") for w in name.split()) for name in HOLIDAYS) + ")"


# Feasts whose day moves with Easter, by their days from Easter Sunday; each name ends in its weekday, so the
# date grammar finds them from the weekday it already looks for ("Palm Sunday" was read as a plain Sunday).
EASTER_FEASTS = {"Ash Wednesday": -46, "Palm Sunday": -7, "Maundy Thursday": -3, "Good Friday": -2,
                 "Holy Saturday": -1, "Easter Sunday": 0, "Easter Monday": 1}
FEAST_PATTERN = "(?:" + "|".join(r"[^\S\n]{1,3}".join(name.split()) for name in EASTER_FEASTS) + ")"


def easter_sunday(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus of Meeus, Jones and Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def feast_day(name: str, year: int) -> tuple[int, int]:
    """(month, day) of a ``FEAST_PATTERN`` match in ``year``."""
    d = easter_sunday(year) + timedelta(days=EASTER_FEASTS[" ".join(name.split())])
    return d.month, d.day


def holiday_day(name: str) -> tuple[int, int]:
    """(month, day) of a ``HOLIDAY_PATTERN`` match."""
    return HOLIDAYS[" ".join(name.replace("’", "'").split())]


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation in any case, with or without a final full stop."""
    return MONTHS[name.rstrip(".").lower()]


def calendar_date(year: int, month: int, day: int) -> date | None:
    """The date, or None if the calendar has no such day (Feb. 30, year 0)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Characters ``re`` and ``regex`` match, ignoring case, as an ASCII letter ('i', 's') that ``str.lower`` keeps or
# lengthens: only a text without them holds, lower-cased, every word a case-blind pattern of ASCII words finds.
CASE_TRAPS = ("\u0130", "\u0131", "\u017f")  # 'İ', 'ı', 'ſ'


# --- terminal control sequences ---------------------------------------------------------------
# Text scraped from a terminal or a log carries ANSI escapes ("\x1b[31m"); left in, "31m" reads as
# 31 million. They are blanked to spaces (same length, so offsets stay exact), like boilerplate:
# CSI sequences (7- and 8-bit), OSC strings (titles, hyperlinks) up to their terminator or the line
# end, other ESC sequences, every other C0/C1 control character except tab and newline, and SGR
# fragments whose ESC was lost on the way ("[31m", "^[[0m"; not "[5m]", an editor's bracket).
_CONTROLS = patterns.compile(
    r"\x1b(?:\[[0-?]*+[ -/]*+[@-~]?|\][^\x07\x1b\n]*+(?:\x07|\x1b\\)?|[ -/]*+[0-~]?)"
    r"|\x9b[0-?]*+[ -/]*+[@-~]?"
    r"|(?:\^\[)?\[\d{1,3}(?:;\d{1,3}){0,4}m(?!\])"
    r"|[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9a\x9c-\x9f]++"
)
# what tells a text that has any of them: a control character (a class plain ``re`` scans for 3x faster than
# ``regex``, on every text read) or an SGR fragment (looked for only in a text with a '[')
_CONTROL_CHAR = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SGR_FRAGMENT = patterns.compile(r"\[\d{1,3}(?:;\d{1,3}){0,4}m")


def blank_controls(text: str) -> str:
    """``text`` with terminal escape sequences and control characters blanked to spaces (same length)."""
    if _CONTROL_CHAR.search(text) is None and ("[" not in text or _SGR_FRAGMENT.search(text) is None):
        return text
    return _CONTROLS.sub(lambda m: " " * len(m.group()), text)


# --- hard-wrapped text ---------------------------------------------------------------------------
# A wire dump or an e-mail breaks its lines at a fixed width, inside sentences: '…," the Canadian\nUnion of
# Postal Workers said'. Such a text is told by its lines: most of those of 30+ characters are WRAP_MIN-WRAP_MAX
# long (WRAP_SHARE of them), and many of those end inside a sentence (OPEN_SHARE). Pages that keep one
# paragraph to a line have longer lines; a headline or a list has short ones.
WRAP_MIN, WRAP_MAX = 40, 90
WRAP_SHARE = 0.7
OPEN_SHARE = 0.4
WRAP_MIN_LINES = 8
_SENTENCE_END = (".", "!", "?", ":", '"', "”", "’", "'", ")", "]", "…")
# A page saved one word to a line ("The\ncourt\njailed\nher\nfor\n12\nyears"): at least WORD_LINES_MIN lines with
# text, WORD_LINE_SHARE of them a single word. A list or a table of contents has some such lines, never most.
WORD_LINES_MIN = 20
WORD_LINE_SHARE = 0.8


def reflow(text: str) -> str:
    """``text`` with the line breaks of hard-wrapped lines made spaces (same length): a break after a line of
    wrapping width that ends inside a sentence, before a line that goes on. Other texts are returned as they
    are: one break there is a paragraph's end."""
    lines = text.split("\n")
    long = [s for line in lines if len(s := line.strip()) >= 30]
    if len(long) < WRAP_MIN_LINES:
        return text
    wrapped = [s for s in long if WRAP_MIN <= len(s) <= WRAP_MAX]
    if len(wrapped) < WRAP_SHARE * len(long) or sum(not s.endswith(_SENTENCE_END) for s in wrapped) \
            < OPEN_SHARE * len(wrapped):
        return text
    out = list(text)
    pos = 0
    for line, nxt in pairwise(lines):
        pos += len(line)
        s = line.strip()
        if WRAP_MIN <= len(s) <= WRAP_MAX and not s.endswith(_SENTENCE_END) and nxt.strip():
            out[pos] = " "
        pos += 1
    return "".join(out)


_WORD_BREAK = patterns.compile(r"(?<=\S)\n(?=\S)")


def join_word_lines(text: str) -> str:
    """``text`` with its line breaks made spaces (same length) where most lines hold one word each (a page
    saved a word to a line), so that its sentences and figures read as prose; any other text as it is."""
    if text.count("\n") < WORD_LINES_MIN:
        return text
    filled = [s for line in text.split("\n") if (s := line.strip())]
    if len(filled) < WORD_LINES_MIN or sum(" " not in s for s in filled) < WORD_LINE_SHARE * len(filled):
        return text
    return _WORD_BREAK.sub(" ", text)  # a break between two words is a space; a blank line ends a paragraph


# --- sentences --------------------------------------------------------------------------------
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col maj capt sgt st jr sr rev hon pres no vs etc inc corp co ltd dept
    approx est fig mt ft c ca del adm amb supt rs""".split()  # ("Rs. 500": the rupee's sign, before its figure)
) | {abbr.lower() for abbr in MONTH_ABBREVIATIONS}
# Linear on any input: a match starts only at the first mark of a run (the lookbehind) and no quantifier
# gives characters back (possessive), so a run of 100,000 "?" is read once, not once per mark.
_END = patterns.compile(r"(?<![.!?])[.!?]++[\"'”’)\]]*+(?=\s++[\"'“‘(\[]?[\p{Lu}\d])")
_WORD_BEFORE = patterns.compile(r"([\p{L}.]+)$")
_PRONOUN_NEXT = patterns.compile(r"\s+(?:He|She|They|It|We|I)\b")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the '.' at ``dot`` closes an abbreviation or initial rather than a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not m:
        return False
    word = m.group(1)
    if "." in word:  # U.S, U.N, I.D.F: dotted acronyms
        return len(word.replace(".", "")) <= 4
    if len(word) == 1 and word.isupper():  # initials: "David E. Sanger" (not "a post on X. He said": no one's
        return _PRONOUN_NEXT.match(text, dot + 1) is None  # surname is a pronoun)
    return word.lower() in ABBREVIATIONS


def _line_spans(text: str, lstart: int, lend: int, spans: list[tuple[int, int]]) -> None:
    """Append the untrimmed sentence spans of the line ``text[lstart:lend]`` (a line splits on its own)."""
    start = lstart
    for m in _END.finditer(text, lstart, lend):
        first = m.start()
        if text[first] == "." and m.end() - first == 1 and _is_abbreviation(text, first):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, lend))


def _trimmed(text: str, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


_LINE = patterns.compile(r"[^\n]+")


@lru_cache(maxsize=64)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every sentence, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        _line_spans(text, *line.span(), spans)
    return _trimmed(text, spans)


def sentence_spans_variant(variant: str, text: str) -> tuple[tuple[int, int], ...]:
    """``sentence_spans(variant)`` (uncached) for a same-length edit of ``text`` (quotes masked, say): lines
    the edit left alone keep the (cached) sentences of ``text``, since every line splits on its own."""
    base = sentence_spans(text)
    starts = _starts(text)
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(variant):
        lstart, lend = line.span()
        if variant[lstart:lend] == text[lstart:lend]:
            i = bisect_left(starts, lstart)
            while i < len(base) and base[i][0] < lend:
                spans.append(base[i])
                i += 1
        else:
            _line_spans(variant, lstart, lend, spans)
    return _trimmed(variant, spans)


@lru_cache(maxsize=64)
def _starts(text: str) -> tuple[int, ...]:
    return tuple(s for s, _ in sentence_spans(text))


def sentence_span_at(text: str, pos: int) -> tuple[int, int]:
    """The sentence containing offset ``pos`` (or the nearest one before it)."""
    spans = sentence_spans(text)
    if not spans:
        return (0, len(text))
    i = bisect_right(_starts(text), pos) - 1
    return spans[max(i, 0)]


def sentence_at(text: str, pos: int) -> str:
    """The text of the sentence containing offset ``pos``."""
    s, e = sentence_span_at(text, pos)
    return text[s:e]


ASIDE = 60  # the longest aside read inside a clause: an acronym, a date, a party, "—most of them pilgrims—"
# (40 before: 60 changed one reading on every cluster at hand, a strike's figure read past a dash aside)
_CLOSER = {"(": ")", "[": "]", "—": "—", "–": "–"}
OPENERS = {")": "(", "]": "["}  # the bracket each closing one pairs with


def aside_end(text: str, i: int, limit: int) -> int | None:
    """Where an aside opened at ``i`` closes ("(VDU)", "—most of them pilgrims—"), if it closes on its line within
    ``ASIDE`` characters and before ``limit``: a clause goes on past it. None if ``text[i]`` opens none."""
    closer = _CLOSER.get(text[i])
    if closer is None:
        return None
    k = text.find(closer, i + 1, min(limit, i + 1 + ASIDE))
    return k if k != -1 and "\n" not in text[i:k] else None


def aside_start(text: str, k: int, floor: int) -> int | None:
    """Where a bracketed aside closed at ``k`` opens ("(VDU)" read backwards), if it opens on its line within
    ``ASIDE`` characters and not before ``floor``. None if ``text[k]`` closes none."""
    opener = OPENERS.get(text[k])
    if opener is None:
        return None
    j = text.rfind(opener, max(floor, k - ASIDE), k)
    return j if j != -1 and "\n" not in text[j:k] else None


@lru_cache(maxsize=64)
def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every non-blank line: news files put one paragraph per line."""
    return tuple(m.span() for m in regex.finditer(r"[^\n]*\S[^\n]*", text))


_DIGIT = patterns.compile(r"\d")


def digits_known(text: str, lo: int, hi: int) -> bool:
    """Whether Python can read every digit in ``text[lo:hi]``: ``regex`` knows digits newer than Python's
    own Unicode tables (U+1E4F0 matches ``\\d``, but ``int`` and ``float`` refuse it), so a figure or a
    date written with one is read as neither."""
    seg = text[lo:hi]
    return seg.isascii() or all(ch.isdecimal() for ch in seg if _DIGIT.match(ch))
