"""Where a figure's clause lies, and the stretches of text around it that its readings look in.

``counted`` reads each figure's clause in turn: the noun after it, then (here) the windows — the words that belong
to the count after it up to a comma or a new clause (near), an appositive past that comma (far), and the words
before it back to the previous figure or the clause's start (back). ``Reading`` carries the figure, its windows
and what each reading has found so far through ``counted`` (noun, topic), ``countrole`` (role, status) and
``countwhen`` (time anchor).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from . import patterns
from .clauseread import ROLE_T
from .clausewords import NEW_SUBJECT
from .models import Count
from .numbers import QUAL_PATTERN, NumberSpan
from .numerals import FIGURE
from .population import CARRYING, lives_there
from .textutil import OPENERS, aside_end

__all__ = ["Reading", "clause_bounds", "read_windows"]


@dataclass(slots=True)
class Reading:
    """One figure's clause as it is read: the figure, the counts before it, the windows around it, and what each
    reading has found so far (the noun, then the topic, role, status and time, in that order)."""

    text: str
    r: NumberSpan
    next_start: int  # where the next figure starts (or the text ends)
    prior: list[Count]  # the counts before it in the text, described
    prev_np_end: int  # where the previous figure's noun phrase ended
    clause: tuple[int, int]
    np_end: int  # where its own noun phrase ends
    unit: str | None
    topic: str | None = None
    subject: str = ""
    words: list[str] = field(default_factory=list)  # the counted noun phrase
    anaphor: bool = False  # the noun points back ("of whom", "others")
    # the windows (read_windows)
    limit: int = 0  # the end of the clause, or the next figure's start if sooner
    cut: int = 0  # the end of the words that belong to this count
    fwd_near: tuple[int, int] = (0, 0)
    fwd_far: tuple[int, int] = (0, 0)
    back: tuple[int, int] = (0, 0)
    back_lo: int = 0  # how far back the back window could have reached
    s0: int = 0  # the sentence, windowed when it is an unpunctuated run
    s1: int = 0
    sentence: str = ""
    prefix: str = ""  # the last words before the figure, within the back window
    residents: bool = False  # the figure is of people living somewhere ("a village home to 350 people")
    # what the topic reading leaves for the role reading
    remains: regex.Match[str] | None = None  # "the remains of" right before the figure
    antecedent: Count | None = None  # the count a pointing-back noun takes its group from
    lives_toll: bool = False  # "claimed nine lives"
    sharer: Count | None = None  # an earlier figure whose verb this one shares
    parallel: Count | None = None  # the figure whose noun a bare parallel one takes ("the Reds with 40")
    own_noun: bool = False  # the figure names its own group (not "others", "more")
    refers_back: bool = False  # its group is an earlier figure's ("of whom", "others", "including")
    part_picked: bool = False  # a part of it is picked out before it ("one of the four injured officers")


_LOOK = 160  # how far a clause window may reach, in characters
_MAX_SENTENCE = 1200  # longer "sentences" are unpunctuated runs; a count keeps a window of them
_CLAUSE_CHARS = ";:()[]—–\n"


def clause_bounds(text: str, s: int, e: int, sent: tuple[int, int]) -> tuple[int, int]:
    """Start of the clause before ``s`` and end of the clause after ``e`` (within the sentence)."""
    lo = max(sent[0], s - _LOOK)
    hi = min(sent[1], e + _LOOK)
    start = lo
    k = s
    while k > lo:
        i = max(text.rfind(ch, lo, k) for ch in _CLAUSE_CHARS)
        if i < lo:
            break
        if _is_range_dash(text, i):
            k = i  # "pupils ages 6–11, 40 of them, ...": a range of figures, not an aside
            continue
        opener = OPENERS.get(text[i])
        j = text.rfind(opener, lo, i) if opener else -1
        if j != -1 and "\n" not in text[j:i]:
            k = j  # a closed aside ("on Friday (March 22) night") does not end the clause around it
            continue
        start = i + 1
        break
    i = text.rfind("   ", lo, s)
    if i >= start:
        start = i + 3
    end = hi
    for ch in _CLAUSE_CHARS:
        i = text.find(ch, e, end)
        while i != -1:
            if _is_range_dash(text, i):
                go_on = i + 1  # "pupils ages 6–11 were hurt": a range of figures, not an aside
            elif ch in "—–" and (k := aside_end(text, i, end)) is not None:
                go_on = k + 1  # "30 people—most of them pilgrims—were killed": an aside
            elif ch == "(" and (k := text.find(")", i, min(end, i + _BRACKET_ASIDE))) != -1 and "\n" not in text[i:k]:
                go_on = k + 1  # "five employees of Harbour Meals (HM) were killed": a closed aside
            elif ch == ")" and text.rfind("(", e, i) != -1:
                go_on = i + 1  # ... and its closing bracket
            else:
                break
            i = text.find(ch, go_on, end)
        if i != -1:
            end = i
    i = text.find("   ", e, end)
    if i != -1:
        end = i
    return start, end


_BRACKET_ASIDE = 40  # characters a bracketed aside after a figure may run to and leave its clause open


def _is_range_dash(text: str, i: int) -> bool:
    """Whether the character at ``i`` is a dash between two figures ("6–11"), which ends no clause."""
    return text[i] in "—–" and text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit()


# "as" opening a clause with a subject of its own: "as the death toll reached 327"
_AS_CLAUSE = (r"[ \t]as[ \t]+(?:the|a|an|his|her|its|their|he|she|it|they|police|rescuers|officials"
              # a headline's clause, its article dropped: "toll rises to 52 as search for missing goes on"
              r"|(?:search|searches|rescue|rescuers|hunt|crews|teams|hopes|fears|water|waters|rains)(?=[ \t]))[ \t]")
# a reported clause after a figure: what befell its subject ("as saying the envoy was dead") is not the figure's
_REPORTED = r"[ \t](?:saying|said|says|say)[ \t]+(?:that[ \t]+)?(?:the|a|an|he|she|they|it|his|her|\p{Lu})"
_REPORTED_AFTER = patterns.compile(_REPORTED)
# "and"/"or", a comma, or a subordinate participle clause: "frees 3 captives while killing over 40" (what
# the hostages undergo is the verb before, not the clause's); a coordinated participle starts a predicate
# of its own: in "killing at least 22 people and injuring many others" the 22 were killed
# (not "and a"/"and an": "Two guards and a cook were killed, and nine hurt": one more person, no count of its own)
_CUT = patterns.compile(rf",|[ \t]and[ \t](?!\p{{Ll}}+ing\b|an?[ \t]|{NEW_SUBJECT})|[ \t]or[ \t]"
                        r"|(?P<sub>[ \t]but[ \t]"  # "released 12 overnight but were still holding 40": a new clause
                        r"|[ \t](?:while|whilst|after|before|despite|amid)[ \t]+(?!being|having)\p{Ll}+ing\b"
                        # a clause with a subject of its own: "wounding 11 before he was shot dead"
                        r"|[ \t](?:while|whilst|after|before|until|when)[ \t]+(?:he|she|they|it|we|police)\b"
                        # ... or a thing that happened: "80 were shopping when the roof fell in, killing nine"
                        r"|[ \t](?:while|whilst|after|before|until|when)[ \t]+(?:the|a|an)[ \t]+"
                        r"(?:[\p{L}()-]+[ \t]+){0,6}?(?:was|were|happened|struck|hit|exploded|went[ \t]+off|occurred"
                        r"|collapsed|erupted|began|started|detonated|tore|ripped|blew|seized|captured|took|stormed"
                        r"|overran|attacked|opened)\b"
                        # a contrast with a subject of its own: "killing two, although many others were missing"
                        r"|[ \t](?:although|though|whereas)[ \t]"
                        rf"|{_AS_CLAUSE}"  # "pulled 14 survivors out as the toll reached 327"
                        # reported speech: "quoted officials as saying the envoy was dead"
                        rf"|{_REPORTED}"
                        rf"|[ \t]and[ \t]+(?={NEW_SUBJECT})"
                        r"|[ \t]and[ \t]+(?=\p{Ll}+ing\b))")


def _cut(text: str, lo: int, hi: int, more: bool) -> tuple[int, bool]:
    """End of the words that belong to this count, and whether a comma ends them: a comma may only
    close an appositive, but "and"/"or" before another count hands the rest to that count."""
    if hi <= lo:
        return lo, False
    for m in _CUT.finditer(text, lo, hi):
        if m.group() == ",":
            return m.start(), True
        if more or m.group("sub"):
            return m.start(), False
    return hi, False


def _object_of_role_verb(text: str, start: int) -> bool:
    """Whether the figure is the object of a role verb right before it ("the bull killed two handlers and
    wounded others"): then a verb after "and" is the subject's next deed, not what befell the two."""
    end = start - 1  # the word before the figure, read as a word (not a search of the role patterns per figure)
    if end <= 0 or text[end] != " ":
        return False
    lo = max(0, end - 20)
    w0 = text.rfind(" ", lo, end) + 1 or lo
    return w0 < end and text[w0].islower() and ROLE_T[0].fullmatch(text, w0, end) is not None


# a figure in a participle set off by commas ("The jet, carrying 180 passengers and 9 crew, crashed ..., killing
# all"): what the sentence goes on to say happened is the vehicle's, not what befell the people counted
# ... or bound to the vehicle itself: "A bus carrying 40 tourists overturned, killing 12"
_CARRYING_BEFORE = patterns.compile(rf"(?:,[ \t]+|(?<=\p{{L}}[ \t]+)){CARRYING}\b[^,.;:]*$",
                                    regex.I)
# a comma then a clause of its own: "600 farmers stayed in relief camps, while soldiers combed the river for
# the missing" (what the soldiers look for befell other people)
_CLAUSE_AFTER_COMMA = patterns.compile(
    rf"[ \t]+(?:while|whilst|whereas|but|although|though|yet|because)\b|{_AS_CLAUSE}"
    # ... or others told of in a "with" phrase: "45 dead, with others still missing"
    r"|[ \t]+with[ \t]+(?:(?:many|several|dozens[ \t]+of|hundreds[ \t]+of|scores[ \t]+of)[ \t]+)?(?:more|others)\b"
    r"|[ \t]+when[ \t]+(?:the|a|an|he|she|they|it|we)\b", regex.I)  # "..., when a blast killed many": its subject's
# some of them, told of after their verb to the clause's end: "39 people survived, many with serious injuries" (the 39
# survived; how some of them are hurt is no word of theirs). Closed by a comma it is an aside: "40 people, most of them
# in critical condition, were injured"
_SOME_OF_THEM_AFTER = patterns.compile(
    r"[ \t]+(?:many|most|some|several|few|all)(?:[ \t]+of[ \t]+them)?[ \t]+(?:with|in)[ \t][^,]*$", regex.I)
# "three foreigners, two from Braga and one from Porto, died": parts of the figure by where they are from
_BARE_COMMA = patterns.compile(r",[ \t]+")
_ORIGIN_PART = patterns.compile(r"[\p{L}\d,.-]+[ \t]+from[ \t]+(?:the[ \t]+)?\p{Lu}")
_APPOSITIVE = patterns.compile(
    r",[ \t]+(?:including|among[ \t]+them|of[ \t]+whom|mostly|mainly|many[ \t]+of[ \t]+them|comprising"
    r"|(?:which|that)[ \t]+(?:includes|included|include|comprises|comprised))[ \t]+"
    rf"(?:{QUAL_PATTERN}[ \t]+)?",
    regex.I,
)
_APPOSITIVE_REACH = 60  # characters from the comma after a figure's noun to the one that closes its part told
# a relative clause the figure is in, opened after a comma: "Ruiz, who led 30 miners out, was hurt": what the
# sentence goes on to say befell the one the clause tells of, not the 30
# ... after the appositive it may follow: "Moreno, a union leader who spoke for 4,000 dockers, died"
_RELATIVE_BEFORE = patterns.compile(r",[ \t]+(?:[^\s,;:.]+[ \t]+){0,6}?(?:who|whose|which)[ \t][^,;:.]*$", regex.I)
_RELATIVE_REACH = 100  # characters back from the figure the relative pronoun may stand
# a subordinator right before the figure (and its qualifier): the figure is the subject of a new clause
_SUBJECT_AFTER_SUBORDINATOR = patterns.compile(
    rf"\b(?:when|as|after|before|while|because|since|until|where|whereas)[ \t]+(?:the[ \t]+)?"
    rf"(?:{QUAL_PATTERN}[ \t]+)?$", regex.I)


# the others of a group, told after a figure as a subject of their own: what befell them is not the figure's
_THE_REST = patterns.compile(r",?[ \t]+(?:and|but|while)[ \t]+(?:the[ \t]+)?(?:rest|others|remainder|remaining)\b",
                             regex.I)


# a part of the figure picked out before it ("one of the two suspects", "three of the 12 trapped miners"): what the
# sentence's verbs tell befell the part ("police shot dead one of the two suspects", "one of the four injured
# officers died"), not the whole; the whole keeps only the words of its own noun phrase and a participle after it
# ("she was one of the 28 people killed": the 28 were killed)
_PART_OF_BEFORE = patterns.compile(
    rf"(?:{FIGURE}|\b(?:some|several|many|most|none|each|either|neither))"
    r"[ \t]+of[ \t]+(?:the|its|their|those|these|his|her)[ \t]+$", regex.I)
# ... the finite verb after the whole's noun phrase that is the part's ("... officers died", "... suspects was")
_PART_VERB = patterns.compile(r"[ \t]+(?:\p{Ll}+[ \t]+){0,6}?(?:was|were|is|are|has|have|had|died|dies|remains|remained"
                              r"|survived|escaped|succumbed|later|also|still)\b")
# a parent told by how many children they have ("the mother of three was killed"): a count of the children, to
# whom nothing the sentence tells befell (counted reads "children" as its noun, and the windows close as above)
PARENT_OF_BEFORE = patterns.compile(r"\b(?:(?:grand|step)?(?:mother|father|parent)|mum|mom|dad)[ \t]+of[ \t]+$",
                                    regex.I)


def read_windows(rd: Reading) -> None:
    """Set the windows of a figure whose noun phrase has been read: near and far after it, back before it."""
    text, r, clause, next_start, np_end, words = rd.text, rd.r, rd.clause, rd.next_start, rd.np_end, rd.words
    start, end, prior, prev_np_end = r.start, r.end, rd.prior, rd.prev_np_end
    limit = min(clause[1], next_start)
    if (rest := _THE_REST.search(text, np_end, limit)) is not None:
        limit = rest.start()  # "20 bodies have been recovered and the rest are missing": the rest's verb is theirs
    more = next_start < clause[1] or _object_of_role_verb(text, start)
    cut, at_comma = _cut(text, np_end, limit, more)
    fwd_near = (np_end, cut)
    if at_comma and not text[np_end:cut].strip() and (aside := _APPOSITIVE.match(text, cut, limit)) is not None \
            and 0 < (close := text.find(",", aside.end(), min(limit, cut + _APPOSITIVE_REACH))) < next_start:
        # "three others, including a young child, were seriously injured": the verb past a part with no figure
        # of its own is the figure's (a part with one, "including nine ...", is read below)
        cut, at_comma = _cut(text, close + 1, limit, more)
        fwd_near = (close + 1, cut)
    fwd_far = (cut, limit) if at_comma and not _CARRYING_BEFORE.search(text, max(0, start - 80), start) \
        and not _CLAUSE_AFTER_COMMA.match(text, cut + 1) and not _SOME_OF_THEM_AFTER.match(text, cut + 1, limit) \
        else (cut, cut)
    residents = lives_there(text, start, words[-1].lower() if words else "")
    if fwd_far[1] > fwd_far[0] and (said := _REPORTED_AFTER.search(text, *fwd_far)) is not None:
        fwd_far = (cut, said.start())
    if at_comma and next_start < clause[1] and next_start - cut < 40 and (
            _APPOSITIVE.fullmatch(text, cut, next_start)
            or (_BARE_COMMA.fullmatch(text, cut, next_start) and _ORIGIN_PART.match(text, next_start))):
        close = text.find(",", next_start, clause[1])  # "13 peacekeepers, including nine ..., were killed"
        if close != -1:
            fwd_far = (close + 1, clause[1])
    if fwd_far[1] > fwd_far[0] and _RELATIVE_BEFORE.search(text, max(clause[0], start - _RELATIVE_REACH), start):
        fwd_far = (cut, cut)
    prev_end = prev_np_end if prior and clause[0] < prev_np_end <= start else clause[0]
    back_lo = max(clause[0], prev_end, start - 100)
    back_from = max(back_lo, text.rfind(",", back_lo, start) + 1)
    if prev_end > clause[0]:  # "3,000 were killed and 10,000 injured": "killed" is the first conjunct's verb
        back_from = max(back_from, text.rfind(" and ", back_from, start) + 4, text.rfind(" or ", back_from, start) + 3)
    if (sub := _SUBJECT_AFTER_SUBORDINATOR.search(text, back_from, start)) is not None:
        back_from = sub.end()  # "were killed when about six gunmen attacked": the gunmen open a clause of their own
    back = (back_from, start)
    if not prior or prev_np_end <= clause[0]:
        part_of = _PART_OF_BEFORE.search(text, max(clause[0], start - 30), start)
    else:
        part_of = None  # ("killed 3 and injured two of the 40": the part's own figure is read, not picked out)
    if part_of is not None or rd.part_picked:
        back = (start, start)  # "police shot dead one of the two suspects": the one
        verb = _PART_VERB.match(text, np_end, fwd_near[1])
        if verb is not None:
            fwd_near = (np_end, verb.start())
        fwd_far = (fwd_far[0], fwd_far[0])
        rd.part_picked = True
    prefix = text[max(back[0], start - 25):start]
    s0, s1 = r.sent
    if s1 - s0 > _MAX_SENTENCE:  # text without sentence punctuation: keep a window, not the whole run
        s0, s1 = max(s0, start - _MAX_SENTENCE // 2), min(s1, end + _MAX_SENTENCE // 2)
    sentence = text[s0:s1]
    rd.limit, rd.cut, rd.fwd_near, rd.fwd_far, rd.back, rd.back_lo = limit, cut, fwd_near, fwd_far, back, back_lo
    rd.s0, rd.s1, rd.sentence, rd.prefix, rd.residents = s0, s1, sentence, prefix, residents
