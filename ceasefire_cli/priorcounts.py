"""What a bare figure takes from the counts told before it in its sentence: a noun, a topic or a role.

A figure with no noun of its own ("Labour on 410 seats, the Conservatives on 144", "300 homes were destroyed
and 1,200 damaged", "6 feet, below the feared 15") or with no verb of its own ("killed 15 officers and four
civilians", "freed 23 hostages, including six children") borrows its reading from a count already described
earlier in the sentence. ``counted`` asks these helpers while it describes each figure in turn, so they see
only the counts before it; the passes in ``countpasses`` run once every figure is described. They are kept
apart from ``counted``'s reading of a figure's own clause because each looks back at other counts, not at
the words around the figure.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from . import patterns
from .clauseread import ROLE_T, _Twin, last_match
from .countpasses import _OF_THE, _SHARED_TOPICS, _VERB_REACH, _is_people
from .models import Count
from .numbers import QUAL_PATTERN, TIME_UNITS, is_plural
from .numerals import GOES_ON_FROM, SUBSET_LEAD
from .population import names_people

# a plural common noun of its own: what is counted is that thing, whatever topic words stand near ("the four
# walls of the prison", "two carriages were crushed"), unless it names people (population.names_people)
_PLAIN_PLURAL = patterns.compile(r"\p{Ll}[\p{Ll}-]*[a-rt-z]s")


# between a counted thing and a bare figure that lists the next holder's share: "..., the Tories 121",
# "... and the Lib Dems on 58", "..., Reform with five", "..., the Greens — 41" (a dash or colon for the verb)
# "..., with the Reds on 58"; "210 seats in Parliament compared to the Blues' 94" (a possessive for the verb)
_LIST_ELLIPSIS = patterns.compile(
    r"(?:[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?\p{Lu}\p{L}+)?"
    r"(?:[ \t]*[,;]|[ \t]+and|[ \t]*,[ \t]+and|[ \t]+while|[ \t]+whereas|,?[ \t]+compared[ \t]+(?:to|with)"
    r"|,?[ \t]+against|,?[ \t]+versus)[ \t]+(?:with[ \t]+)?(?:the[ \t]+)?(?:\p{Ll}+[ \t]+)?"
    r"(?:\p{Lu}[\p{L}'’./-]*[ \t]+){0,3}\p{Lu}[\p{L}'’./-]*(?<!['’])(?:['’]s?)?(?::|[ \t]+[—–-])?[ \t]+"
    r"(?:(?:on|with|had|has|won|took|got|gained|lost)[ \t]+)?(?:(?:just|only|now|still)[ \t]+)?")  # 'the Reds just 3'


def _parallel(text: str, prior: list[Count], sent_start: int, prev_np_end: int, start: int) -> Count | None:
    """The earlier count of things a bare figure continues in a list of holders and their shares."""
    prev = prior[-1] if prior else None
    if prev is None or prev.start < sent_start or prev.unit is not None or not prev.subject \
            or prev.topic != "other" or prev_np_end > start or prev_np_end < prev.end:
        return None
    return prev if _LIST_ELLIPSIS.fullmatch(text, prev_np_end, start) else None


# a bare figure a holder won, lost or was left with, or a change in it: "has won 41", "an increase of 16",
# "leaving them with 19", "down from 38"
_WON_BEFORE = patterns.compile(
    rf"\b(?:won|secured|gained|lost|obtained|received|polled|took|captured|(?:down|up)[ \t]+from|{GOES_ON_FROM}"
    r"|(?<=\bto[ \t]+)(?:win|secure|gain|obtain|take|keep|retain|hold)"  # 'managed to win three'
    r"|(?<=\p{Lu}\p{L}*[ \t]+)with"
    r"|(?<=\bto[ \t]+[\d,.]+(?:[ \t]+\p{Ll}+){1,2}[ \t]+)from)[ \t]+$")  # 'slumped to 52 seats from 70'


# a rival's own figure set against the one just told: "polled 48,220 votes to Tal's 41,950", "41 seats against the
# Blues' 33"
_RIVAL_OWNS_BEFORE = patterns.compile(
    r"\b(?:to|against|versus|vs\.?|over)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*){0,3}"
    r"(?:['’]s|(?<=s)['’])[ \t]+$")
_RIVAL_REACH = 50  # characters before a figure "against the Homeland Front's" fits in


def _won_share(text: str, prior: list[Count], sent_start: int, start: int) -> Count | None:
    """"With 648 of the 650 seats declared, Labour has won 412": a bare figure a holder won counts the
    things the sentence counted before it; so does a rival's set against it ("48,220 votes to Tal's 41,950")."""
    won = _WON_BEFORE.search(text, max(sent_start, start - 20), start) \
        or _RIVAL_OWNS_BEFORE.search(text, max(sent_start, start - _RIVAL_REACH), start)
    if won is None:
        return None
    taken = won.group().startswith(("took", "take", "captured"))  # things taken, not people: "took 12 to hospital"
    # the sentence's own counts first, then the paragraph's sentence before: "The Reds won 4 seats. The
    # Farmers Party took 15"
    lo = text.rfind("\n", max(0, sent_start - _SHARE_REACH), sent_start) + 1 or max(0, sent_start - _SHARE_REACH)
    return next((c for c in _earlier_in_sentence(prior, lo)
                 if c.unit is None and c.topic == "other" and c.subject and is_plural(c.subject.split()[-1])
                 and "-" not in c.text  # not the modifier of a name: "the 60-member council"
                 and not (taken and _is_people(c.subject.split()))), None)


_SHARE_REACH = 200  # characters back from a sentence to the counts a bare share there may take its noun from


def _earlier_in_sentence(prior: list[Count], sent_start: int) -> Iterator[Count]:
    """Counts already found in this sentence, nearest first (the last few only: an antecedent is near)."""
    for c in reversed(prior[-8:]):
        if c.start < sent_start:
            return
        yield c


# a bare figure's own participle after it, which says what befell the things it continues ("and 1,200 damaged",
# "and 300 were delayed"); not one said of people ("and 1,200 evacuated")
_THING_PARTICIPLE = patterns.compile(
    r"[ \t]+(?:(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+)?"
    r"(?:(?:partially|badly|almost|nearly|completely|totally|entirely|largely|severely)[ \t]+){0,2}"
    r"(?!(?:evacuated|displaced|rescued|trapped|arrested|detained|stranded|affected|relocated|sheltered"
    r"|hospitali[sz]ed|treated|infected)\b)\p{Ll}+(?:ed|en)\b")
# (and a contrast of a part: "four carriages derailed, while the first two were destroyed")
_THING_JOIN = patterns.compile(r"[^,;:\n\d]{0,60}?(?:,|[ \t]and|,[ \t]and|,[ \t]while|,?[ \t]but)"
                               r"(?:[ \t]+(?:the(?:[ \t]+(?:first|last|other|remaining))?|another|a[ \t]+further"
                               r"|an[ \t]+additional))?[ \t]+")  # ("465 destroyed and another 135 damaged")
# ... or a verb of its own before the figure: "destroyed 240 homes and damaged another 600"
_THING_VERB_JOIN = patterns.compile(
    r"[^,;:\n\d]{0,60}?(?:[ \t]and|,[ \t]and)[ \t]+(?:(?:partially|badly|severely|also)[ \t]+)?"
    r"(?!(?:evacuated|displaced|rescued|trapped|arrested|detained|stranded|affected|relocated|sheltered"
    r"|hospitali[sz]ed|treated|infected|killed|injured|wounded)\b)\p{Ll}+ed"
    r"(?:[ \t]+(?:another|a[ \t]+further|an[ \t]+additional))?[ \t]+")


def _thing_continued(text: str, prior: list[Count], sent_start: int, start: int, end: int) -> Count | None:
    """The count of things a bare figure joined to it goes on counting, where the figure has a participle of
    its own ("About 300 homes were destroyed and 1,200 damaged"); None otherwise."""
    prev = next(_earlier_in_sentence(prior, sent_start), None)
    if prev is None or prev.topic != "other" or prev.unit is not None or not prev.subject \
            or _is_people(prev.subject.split()) or not _PLAIN_PLURAL.fullmatch(prev.subject.split()[-1]):
        return None
    if not (_THING_JOIN.fullmatch(text, prev.end, start) and _THING_PARTICIPLE.match(text, end)) \
            and not _THING_VERB_JOIN.fullmatch(text, prev.end, start):
        return None
    return prev


# a bare figure's own verb after it: "and six are in critical condition", "and 12 were wounded"
_OWN_VERB_AFTER = patterns.compile(r"[ \t]+(?:(?:are|were|is|was|remain(?:s|ed)?|have|has|had)\b|\p{Ll}+ed\b)")
_KIN_JOIN = patterns.compile(r"[^,;:\n\d]{0,60}?,?[ \t]and[ \t]+")  # not a contrast ("while 31 were injured")
_LISTED = patterns.compile(r"[^,;:\n\d]{0,30}?(?:,|,?[ \t]and)[ \t]+")  # one count of a list, then the next
_KIN_RATIO = 5  # how much larger than the group it continues a bare figure may be: "four firefighters were hurt
# and 300 were evacuated" counts residents, not firefighters
_PLAIN_PEOPLE = frozenset({"people", "persons", "individuals", "others", "victims"})  # no group to carry on


def _kin_continued(text: str, prior: list[Count], sent_start: int, start: int, end: int, value: float) -> Count | None:
    """The count of a group of people a bare figure joined to it goes on counting, where the figure has a verb of
    its own ("Two children have died and six are in a critical condition": six children); None otherwise."""
    earlier = _earlier_in_sentence(prior, sent_start)
    prev, before = next(earlier, None), next(earlier, None)
    if before is not None and prev is not None and _LISTED.fullmatch(text, before.end, prev.start):
        return None  # "Among the dead were 112 women and seven children, while 31 were injured": a list's last part
    if prev is None or prev.unit is not None or not prev.subject or not _is_people(prev.subject.split()) \
            or prev.subject.split()[-1].lower() in _PLAIN_PEOPLE or not prev.value \
            or value > _KIN_RATIO * prev.value:
        return None
    if not _KIN_JOIN.fullmatch(text, prev.end, start) or not _OWN_VERB_AFTER.match(text, end):
        return None
    return prev


# a bare figure compared with a measure before it in the sentence takes its unit: "6 to 7 feet of surge, far below the
# feared 15", "winds of 120 mph, up from 90"
_COMPARED = patterns.compile(
    r"\b(?:below|above|than|compared[ \t]+(?:with|to)|from|versus|vs\.?|against)\b[^,;:\d]{0,30}$", regex.I)


def _measure_compared(text: str, prior: list[Count], sent_start: int, start: int) -> Count | None:
    """The measure told earlier in the sentence that a bare figure is compared with, if any."""
    prev = next(_earlier_in_sentence(prior, sent_start), None)
    if prev is None or prev.unit is None or prev.unit == "fraction" or prev.unit in TIME_UNITS:
        return None
    return prev if start - prev.end < _COMPARE_REACH and _COMPARED.search(text, prev.end, start) else None


_COMPARE_REACH = 80  # characters from a measure to a bare figure compared with it


_SUBSET_WORD = patterns.compile(r"\b(?:includ(?:ing|es|ed)|among[ \t]+them)\b", regex.I)
_LIST_ON = patterns.compile(r"(?:[ \t]+[^,;:.!?\d]{1,30}?)?,?[ \t]+(?:and[ \t]+)?")  # the next item of a list
_SUBSET_BEFORE = patterns.compile(rf"\b(?:{SUBSET_LEAD}|includ(?:es|ed))[ \t]+$", regex.I)  # and "the dead included"


# between two objects of one verb: "killed 15 officers and four civilians", "freed 12 soldiers, 30 nurses" (the
# first object's noun phrase may end early: "15 police officers")
_OBJECT_JOIN = patterns.compile(r"(?:[ \t]+\p{Ll}[\p{L}-]*){0,2}?(?:,|,?[ \t]+and)[ \t]+")
# besides those topics (``_SHARED_TOPICS``), roles whose people are hostages once their slots are read
# ("seized 130 pupils and three teachers")
_SHARED_ROLES = frozenset({"taken", "rescued"})  # ... or those a rescue saved: "rescued 43 men, 26 women"
# a list of people said to be those a noun before it names, whose role is that noun's ("the dead include 43 men,
# 26 women and 11 children", "among those rescued were ..."): every item is of them
_LISTED_AS = patterns.compile(rf"\b(?:include[sd]?|were|are)[ \t]+(?:{QUAL_PATTERN}[ \t]+)?$", regex.I)


# people added to the sentence's count after its verb: "six soldiers were freed, along with four civilians"
_ALONG_WITH = patterns.compile(rf",?[ \t]+(?:along[ \t]+with|together[ \t]+with|as[ \t]+well[ \t]+as|alongside)[ \t]+"
                               rf"(?:{QUAL_PATTERN}[ \t]+)?$", regex.I)


def _along_with(text: str, prior: list[Count], s0: int, start: int, words: list[str]) -> Count | None:
    """The count of the sentence whose verb people added "along with" it take too; None if none."""
    prev = prior[-1] if prior else None
    if prev is None or prev.start < s0 or prev.role is None or (prev.topic not in _SHARED_TOPICS and not prev.subject) \
            or not _is_people(words) or not _ALONG_WITH.search(text, max(prev.end, start - 40), start):
        return None
    return prev


# people who tell of the list, not its last item: "the blast killed 12 soldiers, two officers said"
SPEAKING_AFTER = patterns.compile(
    r"\S+(?:[ \t]+[\p{L}'’-]+){1,3}?[ \t]+(?:said|says|say|told|added|reported|confirmed)\b", regex.I)


def _verb_sharer(text: str, prior: list[Count], prev_np_end: int, clause_start: int, start: int,
                 words: list[str]) -> Count | None:
    """The count whose verb, said before it, a count of people joined to it also takes ("killing at least 15
    police officers and four civilians"); None if the figure is no such second object."""
    prev = prior[-1] if prior else None
    if prev is not None and len(prior) > 1 and _OF_THE.fullmatch(text, prior[-2].end, prev.start):
        prev = prior[-2]  # "killing 241 of the 242 on board and 24 on the ground": the part was killed, not the whole
    if prev is None or not _is_people(words) or (prev.topic not in _SHARED_TOPICS and prev.role not in _SHARED_ROLES) \
            or prev.role is None \
            or prev.start < clause_start or not _OBJECT_JOIN.fullmatch(text, prev_np_end, start) \
            or SPEAKING_AFTER.match(text, start):
        return None
    head = prev  # the list's first item, before which its verb stands ("killed 43 men, 26 women and 11 children")
    for earlier in reversed(prior[:-1]):
        if earlier.start < clause_start or earlier.role != prev.role \
                or not _OBJECT_JOIN.fullmatch(text, earlier.end, head.start):
            break
        head = earlier
    verb = last_match(ROLE_T, text, max(clause_start, head.start - _VERB_REACH), head.start)
    if verb is None and _LISTED_AS.search(text, max(clause_start, head.start - 20), head.start):
        return prev
    return prev if verb is not None and verb.lastgroup == prev.role else None


_WORD = patterns.compile(r"\p{L}+")


def noun_whole(pattern: _Twin, text: str, s0: int, start: int,
               verb: bool = False) -> regex.Match[str] | None:
    """The word of ``pattern`` (a topic; with ``verb``, a role) in the clause a list of parts hangs on when no
    figure is its whole: "Most deaths were in the hills, including 40 in Braga", "freed the first group of
    captives on Friday, including 13 nurses". None when the word lies a comma or more before the list ("the
    toll rose, and aid reached the valley, including ...") or, for a topic, with people named between ("the toll
    rose as aid reached survivors, including ...": the survivors are the whole; a verb's object is people)."""
    lead = _SUBSET_BEFORE.search(text, max(s0, start - 20), start)
    if lead is None:
        return None
    m = last_match(pattern, text, s0, lead.start())
    if m is None:
        return None
    between = text[m.end():lead.start()]
    if "," in between.rstrip(" ,") or (not verb and any(names_people(w) for w in _WORD.findall(between))):
        return None
    return m


def _whole_before(text: str, prior: list[Count], s0: int, start: int) -> Count | None:
    """The count, just before in the sentence, whose part this one opens ("including", "among them"): its
    topic, with a role of its own; None otherwise."""
    prev = prior[-1] if prior else None
    if prev is None or prev.start < s0 or prev.role is None:
        return None
    if _SUBSET_BEFORE.search(text, prev.end, start):
        return prev
    # the list goes on: "included 13 from Valdora, 10 from Boren and one from Chile": the 10 and the one too
    return prev if _LIST_ON.fullmatch(text, prev.end, start) and _SUBSET_WORD.search(text, s0, prev.start) else None
