"""What happened at a date: a short who-did-what label from the clause around a date expression.

``dates.find_events`` resolves a date; this module describes it with words of its own sentence
(never more than ``_WHAT_WORDS``), so outlets' events can be told apart and matched in a table.
Pure functions of a sentence and character spans inside it.
"""

from __future__ import annotations

from . import patterns
from .textutil import ABBREVIATIONS

__all__ = ["what_label"]

_MARK = "\x00"
# Clause breaks: ; : (not a clock's '1:38') dashes, ", " and quotation marks next to a blank.
_CLAUSE_SPLIT = patterns.compile(r";|(?<!\d):|:(?!\d\d)|\s[—–-]{1,2}\s|[—–]|,(?=\s)|[\"“”](?=\s)|(?<=\s)[\"“”]")
_DANGLING_PREP = patterns.compile(r"(?i:\b(?:on|in|at|during|of|by|for)\s*)$")
_PAREN = patterns.compile(r"\([^()]*\)")
_LEAD_WORDS = frozenset(
    """and but or so yet with while as when after before since that which who whom whose in on of for
    by from then also meanwhile however though although because where until amid during""".split()
)
_TRAIL_WORDS = frozenset("and but or with in on at of for by from until since the a an that to during".split())
_SUBORDINATORS = frozenset("since after when while because following before until as where which who whom".split())
_APPOSITIVE = frozenset("the a an who which whose".split())
_NAMING = frozenset("the a an".split())  # an appositive that names the subject anew ("the former mayor")
_ASIDE_PREPS = frozenset("in at on since for during from with by of".split())  # a clause set off that opens so
_EDGE_PUNCT = "\"'“”‘’«».,;:!?()[]—–- \t\n"
_WHAT_WORDS = 12
_POSSESSIVE = patterns.compile(r"\s*['’]s\b")  # "January's deal": a date's possessive, read with match()
_REPORTING_VERBS = frozenset(
    "said says told added announced stated wrote posted confirmed noted warned claimed".split()
)
_ATTRIBUTION_TAIL = frozenset("that in a an statement interview briefing reporters on x to the media".split())
_PRONOUNS = frozenset("he she it they we i you".split())
# First words of a clause that lacks its subject ("..., held in Istanbul on ...", "said on Tuesday that").
_VERB_START = patterns.compile(
    r"(?:\p{Ll}+ed|was|were|is|are|has|have|had|will|would|could|held|met|told|said|says|began|took|made|went|came"
    r"|left|gave|sent|saw|fell|won|lost|struck|hit|spoke|led|put|set|ran|drew|broke|brought|paid|sought|fought)"
)
_MIN_CLAUSE_WORDS = 3


def _words(chunk: str) -> list[str]:
    """Words of a clause, edge punctuation stripped, parentheticals dropped, "Mr." kept whole."""
    out = []
    for token in (_PAREN.sub(" ", chunk) if "(" in chunk else chunk).split():
        word = token.strip(_EDGE_PUNCT)
        if not word:
            continue
        if "." in token and token.rstrip("\"'“”’)]").endswith(".") and ("." in word or word.lower() in ABBREVIATIONS):
            word += "."
        out.append(word)
    return out


def _drop_dangling(chunk: str) -> str:
    """``chunk`` without a final "on"/"in"/... left behind by a date taken out; looks at its end only."""
    stripped = chunk.rstrip()
    m = _DANGLING_PREP.search(stripped, max(0, len(stripped) - 8))
    return stripped[: m.start()] if m else chunk


def _mark(sentence: str, span: tuple[int, int], others: list[tuple[int, int]]) -> str:
    """The sentence with the date replaced by a marker and other dates (and their "in"/"on") dropped."""
    parts: list[str] = []
    pos = 0
    for a, b in sorted([span, *others]):
        if a < pos:
            continue
        chunk = sentence[pos:a]
        parts.append(chunk if (a, b) == span else _drop_dangling(chunk))
        parts.append(f" {_MARK} " if (a, b) == span else " ")
        pos = b
        if (a, b) != span and (own := _POSSESSIVE.match(sentence, b)):
            pos = own.end()  # "in January's deal": the deal, not "'s deal"
    parts.append(sentence[pos:])
    return "".join(parts)


def what_label(sentence: str, span: tuple[int, int], others: list[tuple[int, int]]) -> str:
    """A short who-did-what label: the clause around the date, minus the date and glue words.

    A clause that is little more than the date ("Earlier Thursday, ...") borrows the next clause,
    or the previous one when the date ends it (skipping appositives: "X, the minister, said
    Sunday"); "before May 2, when talks collapsed" takes the "when" clause; a date followed by
    "and ..." closes the clause before it; a clause without a subject ("..., held in Istanbul on
    ...") borrows one; a bare attribution ("the union said in a statement on Friday") takes what was
    said, before or after it; a long lead-in is cut at its last subordinator.
    """
    pieces = _CLAUSE_SPLIT.split(_mark(sentence.replace(_MARK, " "), span, others))
    idx = next((i for i, p in enumerate(pieces) if _MARK in p), None)
    if idx is None:
        return ""
    head, _, tail = pieces[idx].partition(_MARK)
    if own := _POSSESSIVE.match(tail):
        tail = tail[own.end():]
    before, after = _words(_drop_dangling(head)), _words(tail)
    lo, hi = idx, idx
    last = len(pieces) - 1
    if not after and hi < last and pieces[hi + 1].split()[:1] == ["when"]:
        hi += 1
        before, after = [], _words(pieces[hi])
    back = not before and lo > 0 and after[:1] in (["and"], ["but"])
    if back:
        after = []  # "met X on 4 March and was due to ...": the date closes the clause before it
    said = _attribution(before + after)
    if said is not None and hi < last and _words(pieces[hi + 1]):
        first = _words(pieces[hi + 1])
        # "said on Saturday that / "no one will stop us"", not "..., adding that ..."
        if not first[0].endswith("ing") and (first[0][0].isupper() or "that" in after):
            hi += 1
            kept = [w for w in before + after if w.lower() not in _PRONOUNS | _REPORTING_VERBS | {"that"}]
            before, after = [], (kept[:said] if said else []) + first
            said = None
    if said is not None and lo > 0:  # "“...,” Hamas said in a statement early on Friday."
        subject: list[str] = []
        if said == 0:
            k = lo - 1
            while k > 0 and _words(pieces[k])[:1] and _words(pieces[k])[0].lower() in _APPOSITIVE:
                k -= 1
            subject, lo = _words(pieces[k]), k
        content: list[str] = []
        for k in range(lo - 1, -1, -1):
            words = _words(pieces[k])
            if len(words) >= 4 and (k == 0 or words[0].lower() not in _APPOSITIVE):
                content = words
                break
        if content:
            who = [w for w in subject + (before + after)[: said + 1] if w.lower() not in _PRONOUNS]
            return _trim((who if len(who) > 1 else []) + content)
    first_word = (before + after)[:1]
    if lo > 0 and first_word and _VERB_START.fullmatch(first_word[0]):
        k = lo - 1  # "The truce, in place since 2021, expired on ...": past the aside to the subject
        named: list[str] = []  # "Ann Lee, the former mayor, was ...": the subject and what names it, which
        while k > 0 and pieces[k].split()[:1] and (  # other outlets may use instead of the name
                (lead := pieces[k].split()[0].lower()) in _ASIDE_PREPS or lead in _NAMING
                or (pieces[k].strip().isdigit() and len(pieces[k].strip()) <= 3)):  # "Ann Lee, 62, was": her age
            named = (_words(pieces[k]) if lead in _NAMING else []) + named
            k -= 1
        borrowed = _words(pieces[k])  # "The last talks, held in Istanbul on ...": the subject
        if borrowed and (k == 0 or borrowed[0].lower() not in _APPOSITIVE):
            lo = k  # the naming only beside a name: "The senator, the longest-serving member," is said once
            before = borrowed + (named if all(w[:1].isupper() for w in borrowed) and
                                 borrowed[0].lower() not in _NAMING else []) + before
    while len(before) + len(after) < _MIN_CLAUSE_WORDS and (lo > 0 or hi < last):
        if (not before and hi < last and not back) or lo == 0:
            hi += 1
            after += _words(pieces[hi])
            continue
        lo -= 1
        borrowed = _words(pieces[lo])
        if not (borrowed and lo > 0 and ((borrowed[0].lower() in _APPOSITIVE and before)
                                         or pieces[lo].split()[0].lower() in _ASIDE_PREPS)):
            before = borrowed + before  # not an aside: "The truce, in place since 2021, expired on ..."
    if len(before) + len(after) > _WHAT_WORDS:
        for k in range(len(before) - 1, -1, -1):
            if before[k].lower() in _SUBORDINATORS and len(before) - k - 1 + len(after) >= _MIN_CLAUSE_WORDS:
                before = before[k + 1 :]
                break
    return _trim(before + after)


def _attribution(words: list[str]) -> int | None:
    """Index of the reporting verb when ``words`` only say who said it ("officials said", "said in a
    statement"), else None."""
    for k, w in enumerate(words[:7]):
        if w.lower() in _REPORTING_VERBS:
            rest = [x.lower() for x in words[k + 1 :]]
            if len(rest) <= 4 and all(x in _ATTRIBUTION_TAIL for x in rest):
                return k
            return None
    return None


def _trim(words: list[str]) -> str:
    while words and words[0].lower() in _LEAD_WORDS:
        words.pop(0)
    words = words[:_WHAT_WORDS]
    while words and words[-1].lower() in _TRAIL_WORDS:
        words.pop()
    return " ".join(words)
