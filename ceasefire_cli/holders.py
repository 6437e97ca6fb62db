"""The holder slot of a count of things won, held or lost: the name that has them ("Labour won 412
seats", "the Tories 121", "A and B, with 41 and 12 seats respectively"), as GDELT's and ACLED's actor.
Pure functions of the text (see ``slots``).
"""

from __future__ import annotations

import regex

from . import patterns
from .models import Count
from .names import TITLE_CAPS, TITLE_MODS_ONLY
from .numerals import SMALL_NUMBER_WORDS
from .places import KIND_OF_PLACE, NAME_PARTICLE, PlaceMention
from .textutil import MONTH_NAMES

__all__ = ["COALITION", "HOLDER_KINDS", "JOINT", "NOT_NAMES", "NO_HOLDER", "SHORT_FORM", "holder"]

# people are counted by what befell them, and a name before them is usually the one that did it
# ("Hamas freed 20 hostages"), kept by the other slots; a span of time has no holder
NO_HOLDER = frozenset({"people", "hostages", "prisoners", ""})
_HOLD_VERBS = (r"won|wins?|winning|had|has|have|having|took|takes?|taking|taken|secured?|secures|securing"
               r"|holds?|holding"
               r"|got|gets?|getting|gained|gains?|gaining|lost|loses?|losing|retained|retains?|kept|keeps?"
               r"|captured|captures?|picked[ ]up|scored|scores?|polled|polls|received|receives?|earned|earns?"
               r"|bagged|bags?|bagging|clinched|clinch(?:es)?|grabbed|grabs?"
               r"|obtained|obtains?|garnered|garners?|amassed|claim(?:s|ed|ing)?"
               r"|returned|elected|finish(?:ed)?[ ]with|end(?:ed)?[ ]up[ ]with|ended[ ]with"
               r"|reduced[ ]to|down[ ]to|up[ ]to"
               # what it has after a change: 'slumped to 52 seats', 'climbed to 41'
               r"|(?:slumped|fell|dropped|slipped|sank|plunged|rose|climbed|jumped|surged|grew|increased)[ ]to"
               r"|led|leads?|leading|ahead"  # a count still running: 'the Greens were leading in 41 seats'
               r"|on|with"
               r"|(?:is|was|are|were|stands?|stood|standing)[ ](?:(?:meanwhile|currently|now|still)[ ])?at"
               # 'the Reform bloc is at 63 seats'
               r"|(?:a[ ](?:current[ ]|total[ ]|final[ ])?)?tally[ ](?:of|at)")  # 'has a current tally of 63'

# a result still to come: "is projected to win", "set to finish"
_TO_COME = r"(?:set|expected|projected|predicted|forecast|poised|likely|due|on[ ]course|on[ ]track|managed|able)[ ]to"
# auxiliaries and adverbs between the name and the verb, and qualifiers between the verb and the figure
_HOLD_FILL = (r"has|have|had|will|would|could|is|was|were|are|been|be|to|now|already|so[ ]far|just|only|also"
              r"|then|still|meanwhile|currently|easily|comfortably|narrowly|a[ ]total[ ]of|some|about|nearly|almost"
              r"|solely|merely|alone"  # 'the Reds alone won 26'
              r"|around|over"
              r"|more[ ]than|at[ ]least|fewer[ ]than|less[ ]than|roughly|exactly|barely|a[ ]record|an?"
              rf"|{_TO_COME}"
              r"|projected|estimated|or[ ]elected|or[ ]won|or[ ]led|in"  # 'have led or won in an estimated 41'
              # a word that only praises or belittles the share: 'secured an impressive 34', 'a mere three'
              r"|an?[ ](?:impressive|whopping|staggering|commanding|healthy|mere|paltry|meagre|meager|further"
              r"|additional|combined)")
_CAP_WORD = r"\p{Lu}[\p{L}'’./-]*(?:\d+\b)?"  # a word of a name: 'Greens', 'CDU/CSU', 'St.', 'V44'
# the short form some names carry in brackets: "(GP)", "(M23)", "(S&D)", and with a small letter inside, "(AfD)",
# "(PiS)" (not a word: "(Reuters)")
SHORT_FORM = r"\p{Lu}\p{Ll}?[\p{Lu}\d&][\p{L}\d&-]{0,8}"
_ACRONYM = rf"\({SHORT_FORM}\)"
# ... and the kind of body after it in lower case ('the Reform bloc won'; aliases.py sets the kind aside)
_NAME = (rf"{_CAP_WORD}(?:[ ](?:{_CAP_WORD}|of|and|for|{NAME_PARTICLE}))*?"  # (places': 'Rio Grande do Sul')
         r"(?:[ ](?:party|bloc|alliance|coalition|movement|front))?")
# the name, then its verb, or in a list of holders and shares nothing, a dash or a colon ('…, the Greens — 41',
# '- Reds: 41 seats - Greens: 12 seats', a list run on one line)
# ('the Reds, which have won', 'the Reds, with 19')
_HOLDER_BEFORE = patterns.compile(
    rf"(?:^|(?<=[\s,;(]))(?P<name>{_NAME})(?:['’]s?)?(?:,[ ]+(?:which|who)(?:[ ][^,;:.!?\d]{{1,60}}?[ ]and)?"
    r"|,(?=[ ]+with[ ]))?"
    rf"(?:[ ]+(?:(?:{_HOLD_FILL})[ ]+)*(?:{_HOLD_VERBS})(?:/(?:{_HOLD_VERBS}))?(?:[ ]+(?:{_HOLD_FILL}))*"
    rf"|(?<=(?:^|,|\band|\bwhile|\bwhereas|(?:^|[ \n])[-–—•])[ ]+(?:the[ ]+)?(?:\p{{Ll}}+[ ]+)?\p{{Lu}}[^,;]*)"
    r"(?::|[ ]+[—–-])?(?:[ ]+(?:just|only|now|still))?)[ ]+$")
# capitalised words that start sentences or stand for a name without being one
NOT_NAMES = frozenset(
    """The A An But And So Yet Or Nor Meanwhile However While Whereas When After Before As In On At With By For Of
    Then Now Also Still This That These Those It He She They We I You His Her Their Its Our My Your There Here
    Overall Together Combined Altogether Both Each Every All Some Most Many Only Just Even
    Despite Although Though Unlike Amid Following Including Since Until Because If Unless Without Against
    We've We're We’ve We’re They've They're They’ve They’re I've I’ve It's It’s""".split())
# a name that only modifies the holder before it
_LED_BY = patterns.compile(rf"(?:^|(?<=[\s,;(]))(?P<name>{_NAME})(?:[ ]{_ACRONYM})?[ ]+"
                           r"(?:led|headed|chaired|run|founded|backed|owned)"
                           rf"[ ]+by(?:[ ]+\p{{Ll}}+)*[ ]+$")
_HOLDER_REACH = 80  # characters before a figure its holder's name and verb fit in
# an office or a kind of place, then the name it is of: "was elected mayor of Osdal with 22,610 votes" (the one
# elected has the votes, not Osdal)
_OFFICE_OF = patterns.compile(rf"\b(?:mayor|president|governor|premier|chancellor|leader|head|capital|{KIND_OF_PLACE})"
                              r"[ ]+of[ ]+(?:the[ ]+)?$", regex.I)
_OFFICE_REACH = 24  # characters back from a name its office fits in


def _office_place(text: str, start: int, sent_start: int) -> bool:
    """Whether the name at ``start`` is what an office or a place is of ("mayor of Osdal"), and no named person
    heads it ("Ana Ruiz, leader of Green Alliance (GA) received": the body, then its head, _HEAD_OF_BEFORE's)."""
    return _OFFICE_OF.search(text, max(sent_start, start - _OFFICE_REACH), start) is not None \
        and _HEAD_OF_BEFORE.search(text, max(sent_start, start - _HEAD_OF_REACH), start) is None
# the subject of a result, its share told after it: 'the Reform bloc came first in the election with 63 seats',
# 'the Reds won the most seats, securing 64'
# ... the words that lead from a result to its share: "with", ", securing"
# ("came second on 19.6 percent"; where it fell or rose to: "suffered heavy losses, plunging to 16.4%")
_TO_SHARE = (r"(?:[ ](?:with|on)|,[ ]+(?:securing|winning|taking|gaining|capturing|claiming|with"
             r"|(?:plummeting|plunging|falling|dropping|slumping|sliding|sinking|tumbling|rising|climbing|surging"
             r"|jumping|soaring)[ ]+to))[ ]+")
# an aside between the name and its verb: "Ana Ruiz, who had been expected to win, came third", "the Greens — a
# party of the far left — came second"
_WHO_ASIDE = r"(?:,[ ]+(?:who|which)[ ][^,;:.!?]{1,80}?,|[ ]+[—–][ ][^—–;:.!?]{1,80}?[ ][—–])?"
# the body a person stands for, told right after the name: "Ana Ruiz of the Civic Party (CP) was elected with"; or
# the body's head told with it: "the Civic Party and its leader Ana Ruiz were the big winners" (the body's share)
_BODY_OF = (rf"(?:[ ](?:of|from)[ ]the[ ]{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,4}}(?:[ ]{_ACRONYM})?"
            rf"|[ ]and[ ](?:its|their)[ ](?:\p{{Ll}}+[ ]){{1,2}}?{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}})?")
# a place in the result said with "was": "the Greens were second", "Ruiz was the clear winner", "were a distant third"
_PLACED = (r"(?:was|were|is|are)(?=[ ](?:(?:a|an|the)[ ])?(?:\p{Ll}+[ ])?"
           r"(?:first|second|third|fourth|fifth|sixth|last|winners?|victors?|runners?-up)\b)")
_RESULT_SHARE = patterns.compile(
    rf"(?:^|(?<=[\s,;(]))(?P<name>{_NAME})(?:[ ]{_ACRONYM})?{_BODY_OF}{_WHO_ASIDE}[ ]+"
    r"(?:(?:has|have|had)[ ]+)?"
    rf"(?:(?:{_TO_COME}[ ])?(?:come|finish|place|end)"
    rf"|{_PLACED}"
    r"|came|finished|emerged|placed|ended|topped|won|led|took|secured|trailed|limped"
    r"|(?:(?:was|were|has[ ]been|had[ ]been)[ ]+)?(?:re-?)?elected"  # "Ana Ruiz was elected mayor ... with 48,220"
    r"|made|recorded|posted|achieved|enjoyed|registered|celebrated|suffered|notched"
    r"|beat|beaten|defeated|edged|trounced|routed)[ ]"  # "Ruiz had beaten Brandt with 51%": the winner's share
    r"(?:[^,;:.!?\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,80}?"  # past a year: "the best tally since 1931, with 40"
    + _TO_SHARE + r"(?:(?:" + _HOLD_FILL + r")[ ]+)*$")
_RESULT_REACH = 140  # characters from the subject to the figure
# a result named as someone's, its share told after it: "a historic win for the Greens, with ... 41 seats", "the
# Greens' victory was sealed ..., securing 41 seats"
_WIN_OF = r"(?:win|victory|triumph|landslide)"
_RESULT_OF = patterns.compile(
    rf"(?:\b{_WIN_OF}[ ]+for[ ]+(?:the[ ]+)?(?P<name>{_NAME})"
    rf"|(?:^|(?<=[\s,;(]))(?:[Tt]he[ ]+)?(?P<name>{_NAME})(?:['’]s?)[ ]+(?:\p{{Ll}}+[ ]+)?{_WIN_OF})"
    r"(?:[^;:.!?\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,100}?"
    + _TO_SHARE + r"(?:[^;:.!?]{0,60}?[ ])?(?:(?:" + _HOLD_FILL + r")[ ]+)*$")  # ("with a majority of 40 and 141")
# a name's own figure: "compared to the Blues' 94", "the Greens' 41 seats"
_POSSESSIVE = patterns.compile(rf"(?:^|(?<=[\s,;(]))(?P<name>{_NAME})(?:['’]s|(?<=s)['’])[ ]+$")
_LIST_MARKS = frozenset("—–:")  # what may stand for the verb between a holder and its share
# a name after a verb of attack and before "with": the target, and the figure its weapons ("hit Portovale with
# 20 drones"), where "the Greens with 12 seats" holds them
_OBJECT_WITH = patterns.compile(r"(?:['’]s?)?[ ]+with\b")
_VERB_BEFORE_NAME = patterns.compile(
    r"\b(?:attack(?:ed|s|ing)?|struck|strikes?|striking|hit(?:s|ting)?|target(?:ed|s|ing)?|pound(?:ed|s|ing)?"
    r"|bombard(?:ed|s|ing)?|shell(?:ed|s|ing)?|hammer(?:ed|s|ing)?|batter(?:ed|s|ing)?|pummell?(?:ed|s|ing)?"
    r"|raid(?:ed|s|ing)?|rocket(?:ed|s|ing)?"
    # ... or of a defeat: "had beaten opposition candidate Brandt with 51%" (the share is the winner's)
    r"|beat|beaten|defeat(?:ed|s|ing)?|edged|trounced|routed)[ ]+(?:the[ ]+)?(?:[\p{Ll}-]+[ ]+){0,2}$", regex.I)


_TALLIES = frozenset({"seats", "votes"})  # the nouns of an election's tallies, besides its shares


def share_or_tally(c: Count) -> bool:
    """Whether a figure is a share ("41.4 percent") or an election's tally ("41 seats", "3.4 million votes")."""
    return c.unit == "percent" or bool(_TALLIES.intersection((c.subject or "").lower().split()[-1:]))


def holder(text: str, c: Count, clause: tuple[int, int], sent_start: int, places: list[PlaceMention]) -> str:
    """The name that has, wins or loses the counted things, as written but for a leading "the", a
    possessive and the sentence's opening words; "" for a pronoun, a place (the place slot says
    where) or no name."""
    if c.topic == "duration":  # a span of time has no holder, but a prison term is the one sentenced's own
        return _sentenced(text, c, sent_start, places)
    if c.unit == "percent" and _SHARE_COUNTED.match(text, c.end) \
            and _PROGRESS_BEFORE.search(text, max(sent_start, c.start - _PROGRESS_REACH), c.start):
        return ""  # "with 98% of ballots counted": how far the count had got, nobody's share ("she won 53% of the
        # votes counted so far" is hers)
    if (paired := _respective(text, c, sent_start)) is not None:
        name, start = paired
        return "" if any(p.start <= start < p.end for p in places) else name  # a place: the place slot
    lo = max(clause[0], c.start - _HOLDER_REACH)
    if clause[0] > sent_start and text[clause[0] - 1] in _LIST_MARKS and not text[clause[0]:c.start].strip():
        lo = max(sent_start, c.start - _HOLDER_REACH)  # '…, the Greens — 41': the dash ends no clause here
    found = (f(text, c, lo, sent_start) for f in _HOLDER_FINDERS)
    m = next((f for f in found if f is not None and _name_in(f) is not None
              and not _office_place(text, f.start("name"), sent_start)), None)
    if m is None and share_or_tally(c) \
            and (after := _HOLDER_AFTER.match(text, c.end, clause[1])) is not None \
            and after["name"].split()[0] not in NOT_NAMES and not any(p.start == after.start("name") for p in places):
        return " ".join(_past_title(after["name"].split())).rstrip(".")  # "41.4 percent for Tomas Brenner": the
        # share said before whose it is
    if m is None and _PRONOUN_HOLDS.fullmatch(text, sent_start, c.start):
        return _last_subject(text, sent_start, places)  # "She received 3.4 million votes": the one just told of
    if m is None and _COALITION_HOLDS.search(text, lo, c.start):
        return COALITION  # "the ruling coalition won 63 seats": the parties that hold them together (aliases.py
        # reads it as the story's one holder of two, where it has one)
    if m is None:
        return ""
    led = _LED_BY.search(text, lo, m.start("name"))
    if led is not None and _name_in(led) is not None:  # "the Tories led by Rishi Sunak were down to 119 seats"
        m = led
    head = _HEAD_OF_BEFORE.search(text, max(sent_start, m.start("name") - _HEAD_OF_REACH), m.start("name"))
    if head is not None and _name_in(head) is not None:
        m = head  # "Ana Ruiz, leader of the Green Alliance (GA), received 4.3 million votes": she did
    name = _name_in(m) or []
    start = m.start("name") + m["name"].index(name[0])
    if text[lo:start].rstrip()[-1:].isdigit():
        return ""  # "71 MPs with 3.5 million votes": the noun another figure counts
    if _OBJECT_WITH.match(text, m.end("name")) and _VERB_BEFORE_NAME.search(text, lo, start):
        # "Norland attacked Valdora with 30 rockets": the object of a deed, not a holder of its means; "Ruiz had
        # beaten Brandt with 51%": the winner's, the subject of the result
        won = _RESULT_SHARE.search(text, max(sent_start, c.start - _RESULT_REACH), c.start)
        return " ".join(won_name) if won is not None and (won_name := _name_in(won)) else ""
    if any(p.start <= start < p.end for p in places):
        return ""  # a place: the place slot
    if any(w in _HEADLINE_WORDS for w in name[1:]):
        return ""  # "Former Mayor Lia Brandt Found Guilty On 9 Bribery Counts": a headline's capitals, not a name
    if _QUOTE_CLOSES.match(text, start + len(" ".join(name))):
        return ""  # "whose banners read “Homes First,” surged, taking 9 seats": words quoted, not a name
    if other := _joint(text, start, start + len(" ".join(name)), max(sent_start, start - _HOLDER_REACH)):
        return JOINT.join(sorted({" ".join(name), " ".join(other)}))  # the two together, in one order
    return " ".join(name)


# two names that hold the figure together, one told as the other's partner: "the Liberals, together with their
# coalition partner the Farmers Union, won 58", "the Liberals and junior partner Farmers Union took 58":
# the coalition's seats, neither party's
_PARTNER = r"(?:(?:its|their|the)[ ]+)?(?:(?:junior|senior|ruling|coalition|minor|main)[ ]+)*(?:partners?|ally|allies)"
_JOINT_NAME = rf"(?:the[ ]+)?(?P<name>{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}})"
# what stands between the two names: an acronym, then "together with its partner" or "and its partner"
_JOINED = (rf"(?:[ ]+\([^()]{{1,12}}\))?(?:,?[ ]+(?:together|along)[ ]+with[ ]+(?:{_PARTNER}[ ]+)?"
           rf"|[ ]+and[ ]+{_PARTNER}[ ]+)")
_JOINT_AFTER = patterns.compile(rf"{_JOINED}{_JOINT_NAME}")
_JOINT_BEFORE = patterns.compile(rf"(?r){_JOINT_NAME}(?:['’]s?)?{_JOINED}(?:the[ ]+)?$")


# a coalition told by that word alone: its seats, which the story's one holder of two ("A + B") holds
COALITION = "coalition"
_COALITION_HOLDS = patterns.compile(
    rf"\b(?:the|its|their)[ ]+(?:(?:ruling|governing|outgoing|incumbent|centre-right|centre-left|two-party"
    rf"|three-party)[ ]+)?coalition(?:['’]s)?(?:[ ]+(?:{_HOLD_FILL}))*[ ]+(?:{_HOLD_VERBS})"
    rf"(?:[ ]+(?:{_HOLD_FILL}))*[ ]+$", regex.I)
JOINT = " + "  # between the names of a holder of two: "Farmers Union + Liberal Party" (no name of one has it)


def _joint(text: str, name_start: int, name_end: int, lo: int) -> list[str] | None:
    """The name of the partner a holder's name is told with as one side ("A, together with its partner B"),
    read as any holder's name is (``_name_in``: "Ruiz's Liberal Party" is the party), or None."""
    found = _JOINT_AFTER.match(text, name_end) or _JOINT_BEFORE.search(text, lo, name_start)
    return _name_in(found) if found is not None else None


# a person, then what body they lead or stand for, right before that body's name: the person is the subject
_ROLE_OF = (r"(?:leader|head|chief|candidate|nominee|chair|chairman|chairwoman|founder|president|secretary)[ ]+of[ ]+"
            r"(?:the[ ]+)?(?:\p{Ll}+[ ]+)?$")
# ... or only the body they belong to: "Ana Ruiz, from the Green Alliance, who obtained 40%" (hers, not the body's)
_MEMBER_OF = r"(?:from|of)[ ]+(?:the[ ]+)?(?:\p{Ll}+[ ]+)?$"
_HEAD_OF_BEFORE = patterns.compile(
    rf"(?:^|(?<=[\s(]))(?P<name>{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}}),[ ]+"
    rf"(?:(?:the[ ]+)?(?:\p{{Ll}}+[ ]+)?{_ROLE_OF}|{_MEMBER_OF})")
_ROLE_OF_BEFORE = patterns.compile(rf"\b{_ROLE_OF}")
_HEAD_OF_REACH = 90  # characters before a body's name that _HEAD_OF_BEFORE and _ROLE_OF_BEFORE read
_QUOTE_CLOSES = patterns.compile(r"[,.]?[”\"]")  # right after a name: the name is inside a quotation
# prepositions that a headline in title case capitalises, which no name of a holder has inside it
_HEADLINE_WORDS = frozenset("On In At With By Into After Over Against Amid From To".split())


# a sentence that opens with a pronoun and its verb of holding, the figure next: "She won 41 percent"
_PRONOUN_HOLDS = patterns.compile(  # ... or the kind of body it is: "The party won 11 seats"
    rf"[\s\"“‘']*(?:He|She|The[ ]+(?:party|bloc|alliance|movement|front))[ ]+(?:(?:{_HOLD_FILL})[ ]+)*"
    rf"(?:{_HOLD_VERBS})(?:[ ]+(?:{_HOLD_FILL}))*[ ]+")
# the name a sentence opens with, the subject the next sentence's pronoun stands for
_SUBJECT_OPENS = patterns.compile(rf"(?:^|(?<=\n)|(?<=[.!?][\"”’']?\s))(?P<name>{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}})")
_SUBJECT_REACH = 400  # characters back from the pronoun's sentence to the one before it


def _last_subject(text: str, sent_start: int, places: list[PlaceMention]) -> str:
    """The name the sentence before ``sent_start`` opens with: whom "He" or "She" then stands for; "" where it
    opens with no name (a pronoun, an opener like "The", a place)."""
    found = list(_SUBJECT_OPENS.finditer(text, max(0, sent_start - _SUBJECT_REACH), max(0, sent_start - 1)))
    if not found:
        return ""
    m = found[-1]
    name = m["name"].split()
    if len(name) > 1 and name[0] == "The":
        name = name[1:]  # "The Greens campaigned ... The party won 11": the Greens
    if name[0] in NOT_NAMES or any(p.start <= m.start("name") < p.end for p in places):
        return ""
    return " ".join(name).rstrip(".,")


# the sentence's subject, then its first verb and "and" the verb of holding: "The Unity bloc gained ground in
# the north and won 88 seats" (the subject opens the sentence; a name inside the first verb's words is its object;
# "Officials said the bloc ... and won" tells whose words, not who won)
_WIN_VERBS = r"won|secured|took|gained|captured|picked[ ]up|claimed|clinched|bagged|grabbed"
# ... and the participle after a comma: "The Greens surged, winning 85 seats", "led in six regions, collecting 10.6
# million votes"
_WINNING = r"winning|securing|taking|gaining|capturing|picking[ ]up|claiming|clinching|bagging|grabbing|collecting"
_AND_WON = patterns.compile(
    rf"(?P<name>{_NAME})[ ]+(?!(?:said|says|told|reported|added|noted|stated|announced|estimated)\b)"
    rf"\p{{Ll}}[^,;:.!?\d\n]{{0,60}}?(?:[ ]and[ ]+(?:(?:{_HOLD_FILL})[ ]+)*(?:{_WIN_VERBS})|,[ ]+(?:{_WINNING}))"
    rf"(?:[ ]+(?:{_HOLD_FILL}))*[ ]+$")
_SUBJECT_OPENER = patterns.compile(r"[\s\"“‘']*(?:(?:The|the)[ ]+)?(?:\p{Ll}+[ ]+)?")  # "The opposition "


def _and_won(text: str, c: Count, sent_start: int) -> regex.Match[str] | None:
    """The sentence's subject when the figure's verb of winning is its second, after "and"."""
    m = _AND_WON.match(text, _SUBJECT_OPENER.match(text, sent_start, c.start).end(), c.start)
    return m if m is not None and m.end() == c.start else None


_HOLDER_FINDERS = (
    lambda text, c, lo, sent_start: _HOLDER_BEFORE.search(text, lo, c.start),
    lambda text, c, lo, sent_start: _holder_before_aside(text, c, sent_start),
    lambda text, c, lo, sent_start: _RESULT_SHARE.search(text, max(sent_start, c.start - _RESULT_REACH), c.start),
    lambda text, c, lo, sent_start: _POSSESSIVE.search(text, lo, c.start),
    lambda text, c, lo, sent_start: _RESULT_OF.search(text, max(sent_start, c.start - _RESULT_REACH), c.start),
    lambda text, c, lo, sent_start: _and_won(text, c, sent_start),
)  # the ways a holder is told, tried in turn; the first that names someone wins


# words that say what kind of body a name is, not which one ("the Unity Party", "Ruiz's campaign")
HOLDER_KINDS = frozenset(
    """party parties group alliance coalition movement bloc front team club union company corporation
    corp inc ltd plc campaign""".split()
)


def _name_in(m: regex.Match[str]) -> list[str] | None:
    """The words of the name a match found, without sentence openers and trailing joiners; None where that
    leaves no name ("Meanwhile, ..." before an aside; "The bloc won 64": the kind of body alone)."""
    name = m["name"].split()
    if name and name[-1] == "and":
        return None  # "a swap between Valdora and six other countries": the figure joins the name, not its share
    while name and name[0] in NOT_NAMES:
        name = name[1:]
    if name and regex.sub(r"['’]s?$", "", name[0]) in _TIME_NAMES:
        return None  # "won the run-off on Sunday with 51.2%", "Monday's 6.8-magnitude quake": a day, nobody's share
    while name and name[-1] in ("of", "and", "for"):
        name = name[:-1]
    name = _past_title(name)
    while len(name) > 1 and name[0].endswith(("'s", "’s")) and not (len(name) == 2 and name[1].lower() in HOLDER_KINDS):
        name = name[1:]  # "Valdora's Reform bloc", "Prime Minister Ruiz's Unity Party": the body, past its owner
        # (not "the People's Front": a possessive only a kind of body follows is the name's own)
    return name if name and not name[0].islower() else None


def _past_title(name: list[str]) -> list[str]:
    """A name's words after a person's title: "Finance Minister Ana Ruiz", "Secretary of State Ruiz" are the
    person, by name alone."""
    titles = [k for k, w in enumerate(name[:-1]) if w.lower().rstrip(".") in _PERSON_TITLES]
    if not titles:
        return name
    rest = name[titles[-1] + 1:]
    while len(rest) > 1 and (rest[0] in ("of", "the") or rest[0].lower() in TITLE_MODS_ONLY):
        rest = rest[1:]
    return rest


# the words of a person's title, which a name of a body does not open: "General Motors", "Health Ministry" and
# "Interim Council" keep theirs
_PERSON_TITLES = TITLE_CAPS - TITLE_MODS_ONLY - {"general", "gen", "former", "acting", "interim", "senior", "deputy",
                                                 "vice", "chief", "head", "executive", "assistant", "special", "state"}


# the one a prison term is given to, by name: "Ana Ruiz, the former mayor, was sentenced on Monday to 12 years",
# "a court jailed Ruiz for 12 years"; the surname, as later mentions give it
_SENTENCED_BEFORE = patterns.compile(
    rf"(?:^|(?<=[\s,;(]))(?P<name>{_NAME})(?:,[^,;.]{{1,80}},)?[ ]+(?:was|has[ ]been|had[ ]been|is|were)[ ]+"
    r"(?:\p{Ll}+[ ]+)?(?:sentenced|jailed|imprisoned)[ ]+(?:(?:on[ ]+)?\p{Lu}\p{Ll}+[ ]+)?(?:to|for)[ ]+"
    r"(?:(?:a|an|at[ ]least|more[ ]than|nearly|about|up[ ]to)[ ]+)?$")
_SENTENCED_AFTER = patterns.compile(
    rf"\b(?:sentenced|jailed|imprisoned|gave)[ ]+(?:(?:the[ ]+)?(?:\p{{Ll}}+[ ]+){{1,2}})?"  # ("former mayor Ana Ruiz")
    rf"(?P<name>{_NAME})[ ]+(?:to|for)[ ]+"
    r"(?:(?:a|an|at[ ]least|more[ ]than|nearly|about|up[ ]to)[ ]+)?$")
# the named one serving a term told as theirs: "Ana Ruiz, a former mayor, died while serving her 12-year sentence"
_SERVING_OWN = patterns.compile(
    rf"(?:^|(?<=[\s,;(]))(?P<name>{_CAP_WORD}(?:[ ]{_CAP_WORD})*)\b[^.;:!?]{{0,120}}?"
    r"\b(?:serving|served|serves|serve)[ ]+(?:his|her)[ ]+$")
# "sentenced Thursday to 25 years": when, not whom
_DAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Yesterday Today".split())
# days and months, which hold nothing ("May", a name too, left out)
_TIME_NAMES = _DAYS | {"Tonight"} | (frozenset(MONTH_NAMES) - {"May"})
_SENTENCED_REACH = 160  # characters from the name to the term, past an appositive


def _sentenced(text: str, c: Count, sent_start: int, places: list[PlaceMention]) -> str:
    """The surname of the person a prison term is given to, where the sentence names them; "" otherwise (nor
    the place of a title: "a former mayor of Corvallen was sentenced")."""
    lo = max(sent_start, c.start - _SENTENCED_REACH)
    m = _SENTENCED_AFTER.search(text, lo, c.start)
    if m is None or m["name"] in _DAYS:
        m = _SENTENCED_BEFORE.search(text, lo, c.start) or _SERVING_OWN.search(text, lo, c.start)
    if m is None or text[max(0, m.start("name") - 3):m.start("name")] == "of " \
            or any(p.start <= m.start("name") < p.end for p in places):
        return ""
    name = [w for w in m["name"].split() if w not in NOT_NAMES and w[:1].isupper()]
    return name[-1].rstrip(".") if name else ""


# a share of the ballots counted, not of the vote won: "with 98% of polling stations reporting"
_SHARE_COUNTED = patterns.compile(
    r"[ ]+of[ ]+(?:the[ ]+)?(?:[\p{L}-]+[ ]+){1,3}?(?:counted|reporting|reported|tallied|processed|scrutini[sz]ed"
    r"|(?:were|was|had[ ]been|have[ ]been|has[ ]been)[ ]+(?:counted|tallied|processed))\b")
_PROGRESS_BEFORE = patterns.compile(r"(?i:\b(?:with|after|once|as|when))[ ]+(?:(?:about|some|over|nearly|almost|just"
                                    r"|more[ ]than|around)[ ]+)?$")
_PROGRESS_REACH = 25  # characters before the share its "with" and a qualifier fit in
# the holder named after a share: "56.6 percent of the vote against 41.4 percent for Ana Ruiz", "12 seats for the Reds",
# "44.6 percent secured by Ruiz", past what the holder is and then who ("for her rival Ana Ruiz", "for the finance
# chief, the moderate Ana Ruiz", "for incumbent President Ivo Brandt"); not a possessive, whose figure follows it:
# "52 percent to Ruiz's 48 percent"
_DESCRIBED = rf"(?:\p{{Ll}}+|{_CAP_WORD})(?:[ ](?:\p{{Ll}}+|{_CAP_WORD})){{0,3}},[ ]+"  # "the Finance Minister, "
_DESCRIBER = r"(?:(?:\p{Ll}+|\p{Lu}\p{Ll}+ist)[ ]+){0,2}"  # "the moderate Populist ", "his rival "
# ... and with no "the" or "his" before it, the words of a candidate's standing
_BARE_DESCRIBER = r"(?:incumbent|former|outgoing|opposition|centrist|conservative|leftist|rightist|veteran)[ ]+"
_HOLDER_AFTER = patterns.compile(
    rf"(?:[ ]+(?:of[ ]+the[ ]+(?:vote|votes|ballots)|seats|votes))?[ ]+"
    r"(?:(?:went[ ]+)?(?:to|for)|(?:won|secured|obtained|received|garnered|taken|captured|polled|gained)[ ]+by)[ ]+"
    rf"(?:(?:the|his|her|their|its)[ ]+(?:{_DESCRIBED}(?:the[ ]+)?)?{_DESCRIBER}|{_BARE_DESCRIBER})?"
    rf"(?P<name>{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,5}})(?![\p{{L}}'’])(?<!['’]s?)")
# an aside closed right before the holder's verb: 'The Greens Party (GP) - in power since 1990 - has won four',
# 'The Reds, in power since 1990, won 12'
_VERB_AFTER_ASIDE = patterns.compile(
    rf"(?r)(?P<mark>[—–),-])[ ]+(?:(?:{_HOLD_FILL})[ ]+)*(?:{_HOLD_VERBS})(?:[ ]+(?:{_HOLD_FILL}))*[ ]+$")
_NAME_BEFORE_ASIDE = patterns.compile(rf"(?:^|(?<=[\s,;(]))(?P<name>{_NAME})[ ]*$")
_ASIDE_OPENS = {")": "(", "-": " - ", "–": "–", "—": "—", ",": ","}
_ASIDE_REACH = 100  # characters an aside between a holder and its verb may take


def _holder_before_aside(text: str, c: Count, sent_start: int) -> regex.Match[str] | None:
    """The name before the asides that stand between it and its verb, as ``_HOLDER_BEFORE`` would match it."""
    v = _VERB_AFTER_ASIDE.search(text, max(sent_start, c.start - _HOLDER_REACH), c.start)
    end = v.start("mark") if v is not None else -1
    while end > sent_start and text[end] in _ASIDE_OPENS:  # skip each aside back to its opening mark
        opening = text.rfind(_ASIDE_OPENS[text[end]], max(sent_start, end - _ASIDE_REACH), end)
        if opening < 0:
            return None
        end = opening
        while end > sent_start and text[end - 1] == " ":
            end -= 1
        end -= 1  # the last character before the aside: another aside's close, or the name's end
        if text[end] not in _ASIDE_OPENS:
            found = _NAME_BEFORE_ASIDE.search(text, max(sent_start, end - _HOLDER_REACH), end + 1)
            named = _PERSON_ASIDE.fullmatch(text, opening + 1, v.start("mark")) if v is not None else None
            if found is not None and named is not None \
                    and _ROLE_OF_BEFORE.search(text, max(sent_start, found.start() - _HEAD_OF_REACH), found.start()):
                return named  # "the candidate of the Green Alliance, Ana Ruiz, obtained 4.3 million votes": she did
            if (found is None or _name_in(found) is None) and v is not None:
                # "His rival, centrist candidate Ana Ruiz, won 36.9%": no name before the aside, one named in it
                return _DESCRIBED_PERSON_ASIDE.fullmatch(text, opening + 1, v.start("mark"))
            return found
    return None


# an aside that is a name alone, naming the one the words before it describe
_PERSON_ASIDE = patterns.compile(rf"[ ]*(?P<name>{_CAP_WORD}(?:[ ]{_CAP_WORD}){{1,3}})[ ]*")
# ... or a name after what the one named is: "centrist candidate Ana Ruiz"
_DESCRIBED_PERSON_ASIDE = patterns.compile(
    rf"[ ]*(?:(?:the|a|an|his|her|their|its)[ ]+)?(?:\p{{Ll}}[\p{{Ll}}-]*[ ]+){{1,3}}"
    rf"(?P<name>{_CAP_WORD}(?:[ ]{_CAP_WORD}){{1,3}})[ ]*")


# 'A and B, with 41 and 12 seats respectively': the n-th figure is the n-th name's
_LIST_SEP = r"(?:,?[ ]and[ ]|,[ ])"  # between the items of a list ('A, B and C', 'A, B, and C')
_LISTED_FIGURE = rf"(?:[\d,.]+|(?i:{SMALL_NUMBER_WORDS}))"  # in digits or in words: "31 and nine seats"
_FIGURES_RESPECTIVELY = patterns.compile(
    rf"(?P<figs>{_LISTED_FIGURE}(?:{_LIST_SEP}{_LISTED_FIGURE})+)[ ](?:[\p{{L}}-]+,?[ ]){{0,3}}respectively\b")
# a name in a list, with the part in brackets some names carry ('the Union (Reformed)')
_LISTED_NAME = rf"(?:the[ ])?{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,3}}(?:[ ]\({_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,2}}\))?"
_NAME_LIST = patterns.compile(rf"(?<![\p{{L}}’']){_LISTED_NAME}(?:{_LIST_SEP}{_LISTED_NAME})+")
_LIST_SPLIT = patterns.compile(_LIST_SEP)
_RESPECTIVE_REACH = 160  # characters back from the figures to the list of names they follow


def _respective(text: str, c: Count, sent_start: int) -> tuple[str, int] | None:
    """The name a figure pairs with through 'respectively', and where it stands; None where no such pairing
    holds the figure."""
    after = text.find("respectively", c.end, c.end + 60)
    if after < 0:
        return None
    lo = max(sent_start, c.start - _RESPECTIVE_REACH)
    figs = next((m for m in _FIGURES_RESPECTIVELY.finditer(text, lo, after + 12) if m.start() <= c.start < m.end()),
                None)
    if figs is None:
        return None
    values = _LIST_SPLIT.split(figs["figs"])
    index = len(_LIST_SPLIT.split(text[figs.start():c.start])) - 1
    lists = [m for m in _NAME_LIST.finditer(text, lo, figs.start())
             if len(_LIST_SPLIT.split(m.group().removeprefix("the "))) == len(values)]
    if not lists or index >= len(values):
        return None
    names = list(_LIST_SPLIT.finditer(lists[-1].group()))
    cut = [0, *(m.end() for m in names)][index]  # where the index-th name starts within the list
    name = _LIST_SPLIT.split(lists[-1].group()[cut:], maxsplit=1)[0]
    # (the article, in capitals where the list opens its sentence: "The Greens and the Reds now hold 31 and 9 seats")
    article = 4 if name[:4] in ("the ", "The ") else 0
    name, start = name[article:], lists[-1].start() + cut + article
    owner = _OWNER_BEFORE.match(name)
    if owner is not None:  # "Brandt's FNP": the party, not its leader's name before it
        return name[owner.end():], start + owner.end()
    return name, start


_OWNER_BEFORE = patterns.compile(rf"{_CAP_WORD}(?:[ ]{_CAP_WORD})*?['’]s[ ](?=\p{{Lu}})")
