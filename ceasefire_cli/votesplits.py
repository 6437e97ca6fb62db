"""How a panel or a chamber split, as two checkable figures: "the court ruled 5-4", "the Senate passed the bill
52-48", "convicted him by 6 votes to 3", "a 7-2 ruling". Outlets disagree on a vote as they do on a toll; each side
of the split is a count of votes (``population`` ``vote``), ``measure`` ``for`` (the figure told first, the side
the verb reports) or ``against``. Only next to a word of voting: a bare "6-2" is as often a score, a ratio or a
range. Pure functions of the text; ``extract`` puts them in place of any count read at the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from . import patterns
from .models import Count
from .numerals import ONES_WORDS, TEENS_WORDS, WORD_VALUES
from .textutil import MONTH_NAMES, sentence_span_at

__all__ = ["VOTE", "Split", "find_vote_splits"]

VOTE = "vote"  # the population slot of a vote split's figures
_N = rf"(?:\d{{1,3}}|{TEENS_WORDS}|{ONES_WORDS})"  # a side's votes, in digits or a word up to nineteen
# the split itself: "5-4", "5–4", "6 votes to 3", "by five to two" ("to" alone only after "by": "10 to 15 days"
# is a range)
_SPLIT = (rf"(?<![\d,.])(?P<a>{_N})(?:[ ]?[-–][ ]?|[ ]+votes?[ ]+to[ ]+|(?<=\bby[ ]+{_N})[ ]+to[ ]+)"
          rf"(?P<b>{_N})(?![\d,.]\d|[-–]\d)\b")
# words of voting a split follows ("ruled 5-4", "voted 52-48 to approve"), not of winning a game ("beat", "won")
_VOTE_VERBS = ("voted|votes|vote|ruled|rules|decided|decides|passed|passes|approved|approves|rejected|rejects"
               "|upheld|upholds|struck[ ]down|overturned|convicted|acquitted|sided|split|confirmed|adopted|blocked")
_AFTER_VERB = patterns.compile(
    rf"\b(?:{_VOTE_VERBS})\b(?:[ ][^\s.;:!?\d]+){{0,6}}?[ ](?:by[ ]+(?:a[ ]+)?)?{_SPLIT}", regex.I)
# ... or the noun a split qualifies: "a 7-2 ruling", "by a 6-3 majority"
_BEFORE_NOUN = patterns.compile(
    rf"\b(?:a|an|the|its|their)[ ]+{_SPLIT}[ ]+(?:vote|votes|ruling|decision|verdict|majority|margin|split"
    r"|judgment|judgement)\b", regex.I)
# what every split holds, found from its separator, a literal the engine skips to: the dash between two figures, "vote
# to" or "votes to", "by <figure> to". Most stories hold none, and these three cost ~0.5 ms a 100 KB where the two
# patterns above, which try a branch at every word, cost ~7 ms
_SPLIT_HINTS = (patterns.compile(rf"[-–](?<={_N}[ ]?[-–])[ ]?{_N}", regex.I),
                patterns.compile(r"votes?[ ]+to[ ]", regex.I),
                patterns.compile(rf"[ ]to[ ](?<=by[ ]+{_N}[ ]+to[ ])", regex.I))


# what makes two figures a span of days, a date or a share, not a split: "voted on 3-4 June", "voted 10-15 days
# ago", "rejected it by 60-70%"
_NOT_A_SPLIT_AFTER = patterns.compile(
    rf"[ ]*(?:%|percent\b|per[ ]cent\b|(?:{'|'.join(MONTH_NAMES)})\b|(?:seconds?|minutes?|hours?|days?|weeks?|months?"
    r"|years?|times)\b|[-–]\d)", regex.I)


@dataclass(frozen=True, slots=True)
class Split:
    """One vote split: where it is written, and its two figures as counts."""

    start: int
    end: int
    counts: tuple[Count, Count]


def _value(word: str) -> float:
    return float(word) if word.isdigit() else float(WORD_VALUES[word.lower()])


def _side(text: str, start: int, end: int, value: float, measure: str, sent: tuple[int, int]) -> Count:
    return Count(start, end, text[start:end], text[sent[0]:sent[1]], value, value, value, "exact", "other",
                 f"votes {measure}", measure=measure, population=VOTE)


def find_vote_splits(text: str) -> list[Split]:
    """Every vote split in ``text``, in order, each once."""
    found: dict[int, Split] = {}
    if not any(hint.search(text) for hint in _SPLIT_HINTS):
        return []
    for pattern in (_AFTER_VERB, _BEFORE_NOUN):
        for m in pattern.finditer(text):
            if m.start("a") in found or _NOT_A_SPLIT_AFTER.match(text, m.end("b")):
                continue
            sent = sentence_span_at(text, m.start("a"))
            counts = (_side(text, m.start("a"), m.end("a"), _value(m["a"]), "for", sent),
                      _side(text, m.start("b"), m.end("b"), _value(m["b"]), "against", sent))
            found[m.start("a")] = Split(m.start("a"), m.end("b"), counts)
    return [found[k] for k in sorted(found)]
