"""How a figure is read as a toll: the toll's subject named before it ("the death toll", "the number of
injured"), the verb it is told with ("rose to", "estimated to be"), lives taken ("claimed 63 lives") and what
"this figure" of the sentence before includes. Pure functions of the text; used by counted.py.
"""

from __future__ import annotations

import regex

from . import patterns
from .clausewords import _TOLL
from .models import Count
from .numerals import FIGURE, FIGURE_JOIN, TOLL_RISE

__all__ = ["NUMBER_INJURED", "TOLL_SUBJECT", "TOLL_VERB", "figure_before_includes", "is_lives_toll",
           "last_toll_subject"]

# the count of the hurt named as a subject ("the number of injured", "the number of people hurt"): the toll
# subject's, and the measure of a figure after its verb (measures.py)
NUMBER_INJURED = r"\bnumber[ \t]+of[ \t]+(?:injured|wounded|injuries|(?:people|those)[ \t]+(?:injured|wounded|hurt))\b"
# "the death toll is 17", ", reaching 19", "the fatalities, estimated to be over 90"
TOLL_VERB = patterns.compile(
    rf"\b(?:{TOLL_RISE}|(?:estimated|put|believed|thought|feared)[ \t]+(?:to[ \t]+be|at))[ \t]*$")
# "claimed 63 lives", "took nine lives", "cost at least 12 lives", "lost 40 lives", "the loss of 40 lives" are a
# toll; "saved 12 lives" and "changed many lives" are not. The verb may stand a few words before the figure
# ("claimed at least 12")
_LIVES_TOLL_VERB = patterns.compile(
    r"\b(?:claim(?:s|ed|ing)?|took|tak(?:e|es|en|ing)|cost(?:s|ing)?|los(?:e|es|t|ing)|end(?:s|ed|ing)?"
    r"|snuffed[ \t]+out|loss(?:es)?[ \t]+of)(?:[ \t]+\S+){0,3}[ \t]*$",
    regex.I,
)
# "80 lives were lost", "19 lives have been claimed" (not "taken into account")
_LIVES_LOST = patterns.compile(
    r"[ \t]+(?:(?:were|was|have[ \t]+been|had[ \t]+been|had|have)[ \t]+)?"
    r"(?:(?:reportedly|already|now|so[ \t]+far|tragically|since)[ \t]+)?"
    r"(?:lost|(?<=(?:been|were|was)[ \t]+)(?:claimed|taken)(?![ \t]+(?:into|in|to|for|up|on|over)\b))\b", regex.I)
TOLL_SUBJECT = patterns.compile(
    rf"(?P<deaths>\b(?:death[ \t]+)?{_TOLL}"
    r"|\bnumber[ \t]+of[ \t]+(?:dead|deaths|fatalities|mortalities|(?:people|those)[ \t]+(?:killed|dead))\b"
    r"|\bdeath[ \t]+(?:count|tally)\b|\bloss[ \t]+of[ \t]+(?:life|lives)\b"  # "the loss of life rose to 16"
    # "the total fatalities stood at 70", the figure near (no mere mention of the dead far back in the sentence)
    r"|\b(?:(?:total[ \t]+)?fatalities|total[ \t]+(?:deaths|dead))\b(?=[^.;:!?]{0,60}$))"
    rf"|(?P<injured>{NUMBER_INJURED})",
    regex.I)


def last_toll_subject(text: str, lo: int, hi: int) -> regex.Match[str] | None:
    """The toll named last before ``hi`` ("the toll was 40, and the number of injured rose to 90": the injured)."""
    found = list(TOLL_SUBJECT.finditer(text, lo, hi))
    return found[-1] if found else None



# a figure told in the sentence before, then what it includes: "This figure includes 71 Chileans and 12 Peruvians"
_THIS_FIGURE_INCLUDES = patterns.compile(
    r"\b(?:this|that|the)[ \t]+(?:figure|number|total|tally|count|toll)[ \t]+(?:also[ \t]+)?(?:includes|included"
    r"|include|comprises|covers)\b[^.;:!?\d]*(?:\d[^.;:!?]*)?$", regex.I)
_SENTENCE_BEFORE_REACH = 400  # characters back from the sentence to the figure it goes on from


def figure_before_includes(text: str, prior: list[Count], s0: int, start: int) -> str | None:
    """The topic of a toll told in the sentence before one that says what "this figure" includes ("The toll rose
    to 212. This figure includes 71 Chileans": the Chileans are among the dead); None otherwise."""
    if not _THIS_FIGURE_INCLUDES.search(text, max(s0, start - 60), start):
        return None
    told = [c for c in prior if c.start < s0 and c.topic in ("deaths", "injured")]
    return told[-1].topic if told and told[-1].start >= s0 - _SENTENCE_BEFORE_REACH else None


# a figure joined to the one after it, which shares its noun: "claimed 12 and nine lives", "cost 30, 14 and 5 lives"
_JOINED_FIGURE_BEFORE = patterns.compile(rf"{FIGURE}{FIGURE_JOIN}$")


def is_lives_toll(text: str, lo: int, start: int, np_end: int, s0: int) -> bool:
    """Whether "N lives" is a toll: a verb of taking before it ("claimed 63 lives") or "lost" after it. Where
    figures are joined before it ("claimed at least 12 and nine lives"), the verb before the first is theirs,
    back to the sentence's start ``s0``."""
    while (joined := _JOINED_FIGURE_BEFORE.search(text, max(s0, start - 40), start)) is not None:
        start, lo = joined.start(), min(lo, s0)
    return bool(_LIVES_TOLL_VERB.search(text, max(lo, start - 40), start) or _LIVES_LOST.match(text, np_end))
