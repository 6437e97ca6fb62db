"""Where a figure stands in time, read from its clause: replaced by a later report ("initially put at
400"), a running total ("the toll has risen to"), and, for a release, a seizure or a delivery, planned
(deal terms) or done. Slots of a count (see ``slots``); pure functions of the text.
"""

from __future__ import annotations

import regex

from . import patterns
from .keywords import Keyed
from .models import Count
from .numerals import FIGURE, LIKE_FOR_LIKE, SUBSET_LEAD

__all__ = ["RISEN", "mood", "running", "superseded"]

RISEN = r"(?:risen|rose|climbed|jumped|increased|reached|surged|soared|grown|grew)"  # a total told as it grew
# a match holds one of these words; a stretch with none is not searched (keywords.Keyed)
_RUNNING_BEFORE_KEYS = tuple("""
    all bringing brings climbed cumulative date far grew grown increased jumped reached risen rose soared surged
    toll total
""".split())
_RUNNING_BEFORE = Keyed(patterns.compile(
    r"\b(?:(?:death[ \t]+)?toll|tally|total|overall|cumulative|in[ \t]+all|so[ \t]+far|to[ \t]+date"
    rf"|(?:has|have|had)?[ \t]*{RISEN}"
    r"(?:[ \t]+to)?|bringing|brings)\b",
    regex.I,
), _RUNNING_BEFORE_KEYS)
# a part of the total named before it: "a total of 24 captives, which includes 13 Britons": the 13 are no total
_PART_NAMED = patterns.compile(rf"\b(?:{SUBSET_LEAD}|includ(?:e|es|ed)|of[ \t]+(?:whom|them))\b", regex.I)
_RUNNING_AFTER = patterns.compile(r"[^.;]{0,60}?\b(?:so[ \t]+far|to[ \t]+date|in[ \t]+total|in[ \t]+all)\b", regex.I)


# a figure the text itself says was replaced by a later one: "first put at five", "initially reported 400",
# "once reported at 25", "up from the three ...", and what follows such a cue in its clause ("initially 4,000
# injured, including 400")
# (a report, not any deed: "had previously vowed to end the strike within 48 hours" is no earlier figure)
# a match holds one of these words; a stretch with none is not searched (keywords.Keyed)
_SUPERSEDED_KEYS = tuple("""earlier early first from initial once originally previous""".split())
_SUPERSEDED = Keyed(patterns.compile(
    r"\b(?:initially|originally|previously|at[ \t]+first|first|once)[ \t]+(?:\p{Ll}+[ \t]+)?(?:put|reported|gave|given"
    r"|estimated|said|announced|stated|counted|recorded|confirmed|listed)\b"
    r"|\b(?:up|down)[ \t]+from[ \t]+(?:the[ \t]+|an?[ \t]+)?$"
    # "the toll climbed to 57 from 45": the figure a rise started from
    r"|\b(?:rose|risen|climbed|jumped|increased|grew|fell|dropped|went[ \t]+up|slumped|slipped|sank|plunged)"
    r"[ \t]+to[ \t]+[\d,.]+"
    r"(?:[ \t]+\p{Ll}+){0,2}?[ \t]+from[ \t]+$"
    # "Earlier reports said that 12 people were killed": a report the article sets aside
    r"|\b(?:earlier|initial|first|previous|early)[ \t]+(?:reports?|figures?|estimates?|counts?|tolls?)[ \t]+"
    r"(?:had[ \t]+)?(?:said|put|gave|showed|suggested|indicated|stated)\b", regex.I), _SUPERSEDED_KEYS)
_SUPERSEDED_REACH = 60  # characters before the figure
# ... unless the revision comes between the cue and the figure: "initially 40, later revised to 45"
_REVISED = patterns.compile(r"\b(?:later|revised|now|since|updated|raised|rose|risen|climbed|increased|lowered|but)\b",
                            regex.I)


def superseded(text: str, c: Count, sent_start: int) -> bool:
    """Whether the sentence says the figure was replaced ("initially reported 400", "up from four"): an
    earlier report, not what the article gives now."""
    cue = _SUPERSEDED.search(text, max(sent_start, c.start - _SUPERSEDED_REACH), c.start)
    if cue is None and (opened := _EARLIER_OPENS.match(text, sent_start)) is not None:
        cue = _HAD_TOLD.search(text, opened.end(), c.start)
    return cue is not None and not _REVISED.search(text, cue.end(), c.start)


# a sentence that opens with an earlier time and tells its figure in the past perfect: "Earlier Wednesday, the mayor
# had put the toll at six", "Earlier in the day, police had said 12 died": the figure before the one reported now
_EARLIER_OPENS = patterns.compile(
    r"[\s\"“‘']*Earlier(?:[ \t]+(?:on[ \t]+|in[ \t]+the[ \t]+)?(?:\p{L}+day|day|morning|afternoon|evening|week))?,?"
    r"[ \t]+")
_HAD_TOLD = patterns.compile(
    r"\bhad[ \t]+(?:\p{Ll}+[ \t]+)?(?:put|reported|said|given|estimated|announced|stated|counted|confirmed|listed)\b")

_HAPPENINGS = frozenset({"released", "taken", "delivered"})
_VERB = (r"(?:releas\w*|free[ds]?|freeing|hand(?:ed|ing|s)?\s+over|return\w*|exchang\w*|swap\w*|transferr?\w*"
         r"|deliver\w*|abduct\w*|kidnap\w*|seiz\w*|took|taken)")
# a like-for-like figure naming an exchange names the deal's size, unless the exchange is told as carried out
_LIKE_FOR_LIKE = patterns.compile(LIKE_FOR_LIKE)
_DEAL_SIZE = patterns.compile(r"[ \t]+(?:[\p{L}-]+[ \t]+)?(?:exchange|swap|deal|trade)\b", regex.I)
_CARRIED_OUT = patterns.compile(
    r"\b(?:complete[sd]?|carried[ \t]+out|conducted|concluded|finished|wrapped[ \t]+up|held)[ \t]+"
    r"(?:(?:a|an|the|its|their)[ \t]+)?(?:\p{L}+[ \t]+)?$", regex.I)
# the verb of a release said to come: a modal, a plan or an obligation right before it
_PLANNED = patterns.compile(
    rf"\b(?:(?:would|will|shall|to\s+be|expected\s+to(?:\s+be)?|due\s+to(?:\s+be)?|set\s+to(?:\s+be)?|required\s+to"
    rf"|agreed\s+to|pledged\s+to|plans?\s+to|is\s+to|are\s+to|in\s+the\s+process\s+of|(?:is|are)\s+being"
    rf"|could|may|should|must)(?:\s+\w+)?\s+{_VERB}\b|to\s+{_VERB}\b"
    # "the deal will see 800 prisoners from each side freed": the release the deal's terms foresee
    rf"|(?:will|would|shall|is\s+to|are\s+to|(?:expected|set|due)\s+to)\s+(?:see|involve)\b[^.;:!?\n]{{0,80}}?{_VERB}\b"
    # "the first phase foresees 33 captives being freed"
    rf"|\b(?:foresees?|foresaw|envisages?|envisaged|envisions?)\b[^.;:!?\n]{{0,80}}?{_VERB}\b)",
    regex.I,
)
# ... and one told as done: a past form of the verb
_DONE = patterns.compile(
    rf"\b(?:(?:were|was|have\s+been|has\s+been|had\s+been|had|have|has)(?:\s+\w+)?\s+{_VERB}\b"
    # (a bare past form, not the passive of a plan: "foresees 33 captives being freed", "to be freed")
    r"|(?<!\bbeing\s)(?<!\bbe\s)(?:released|freed|handed\s+over|returned|exchanged|transferred|delivered|abducted"
    r"|kidnapped|seized|took"
    # the present of a headline: "Rebels free 30 hostages" tells a release done
    rf"|(?:frees|releases|hands\s+over|free(?=[ \t]+(?:all[ \t]+)?{FIGURE}))(?<=(?:^|\n)[^.!?\n]{{0,72}}))\b)",
    regex.I,
)


def mood(text: str, c: Count, clause: tuple[int, int], measure: str) -> str:
    """Whether a release (or a seizure, a delivery) is planned — deal terms, "would free 10", "28 bodies
    expected to be handed over" — or told as done ("four bodies were handed over"); "" where the
    clause does not say ("the release of some 50")."""
    if measure not in _HAPPENINGS:
        return ""
    lo, hi = clause
    if _LIKE_FOR_LIKE.fullmatch(c.text) and _DEAL_SIZE.match(text, c.end) \
            and not _CARRIED_OUT.search(text, max(lo, c.start - 40), c.start):
        return "planned"  # "what both sides called a 1,000-for-1,000 exchange": the deal's size, the release foreseen
    if _PLANNED.search(text, lo, hi) is None:  # one kind of verb only (most clauses): no distances to weigh
        return "done" if _DONE.search(text, lo, hi) is not None else ""
    if _DONE.search(text, lo, hi) is None:
        return "planned"
    planned = min(_gap(m, c) for m in _PLANNED.finditer(text, lo, hi))
    done = min(_gap(m, c) for m in _DONE.finditer(text, lo, hi))
    return "planned" if planned <= done + _PLANNED_LEAD else "done"


# characters a planned verb may stand further from the figure than a done one and still be its verb: "were
# set to be freed" holds both; "exchanged 180 on Wednesday, the second day of a swap that is expected to return
# 600": the nearer verb tells the 180. Dev set and the invented swap story the same at 0, 40, 80 and 200: a margin
# for a modal further off than a past form in one clause, not a tuned figure
_PLANNED_LEAD = 40


def _gap(m: regex.Match[str], c: Count) -> int:
    """Characters between a verb and the figure."""
    return max(0, m.start() - c.end, c.start - m.end())


def running(text: str, c: Count, clause: tuple[int, int]) -> bool:
    lo = max(clause[0], c.start - 60)
    if _RUNNING_BEFORE.search(text, lo, c.start) is not None:  # most figures have no such word: one search
        last = [m.end() for m in _RUNNING_BEFORE.finditer(text, lo, c.start)][-1]
        if not _PART_NAMED.search(text, last, c.start):
            return True
    after = text[c.end:min(clause[1], c.end + _RUNNING_REACH)].lower()  # the pattern's words, looked for first
    return any(w in after for w in _RUNNING_WORDS) and bool(_RUNNING_AFTER.match(text, c.end, clause[1]))


_RUNNING_REACH = 80  # the characters _RUNNING_AFTER can read: 60 to the phrase, the phrase itself
_RUNNING_WORDS = ("far", "date", "total", "all")
