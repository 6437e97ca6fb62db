"""Numbers that are not counts: years, dates, clock times, ages, names and ranks ("Route 6", "S&P 500",
"Boeing 737"), phone numbers, URLs, scores, list markers, "3 times", "1 in 5" and pronoun "one".

``numbers`` reads every written number's value, qualifier interval and unit; this module only says
which of them to throw away, and it is separate because those tests are a concern of their own: many
small context rules (the text just before and just after a figure), each cheap and each grown from
one kind of news prose, that share none of the value arithmetic. Most rules ask whether a counted
noun follows ("aged 45" is an age, "45 people" a count), so the noun-phrase word tables they read
with (``NP_STOP``, ``IRREGULAR_PLURALS``, ``is_plural``) live here too; ``numbers`` re-exports them.
Compiled patterns only; no state between calls.
"""

from __future__ import annotations

import regex

from . import patterns
from .numerals import (
    ALL_BUT,
    COUNT_AND_BEFORE,
    FIGURE,
    MONTH_ABBR,
    MONTH_FULL,
    ONES_WORDS,
    OUT_OF_BEFORE,
    SMALL_NUMBER_WORDS,
    TEENS_WORDS,
    TENS_WORDS,
    Hit,
    parse_number,
)
from .units import HYPHEN_UNITS, TIME_UNITS, UNIT_AFTER

# ---------------------------------------------------------------------------------------------
# What is not a count (patterns on the text before a number end in "$"; the long ones search
# backwards with "(?r)", which tries the end first instead of every start)
# ---------------------------------------------------------------------------------------------

_MONTH_FULL, _MONTH_ABBR = MONTH_FULL, MONTH_ABBR
_MONTHS = _MONTH_FULL + "".join(rf"|{a}\.?" for a in _MONTH_ABBR.split("|"))  # "Jan. 19", "Jan 19"
MONTH_CS = _MONTH_FULL + "".join(rf"|{a}\." for a in _MONTH_ABBR.split("|"))  # time anchors: "Jan." only
WEEKDAY_ALT = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTH_ANY = f"{_MONTHS}|{_MONTH_FULL.upper()}"
_MONTH_BEFORE = patterns.compile(rf"\b(?:{_MONTH_ANY})[ \t\u00a0]+(?:the[ \t]+)?$")
_MONTH_AFTER = patterns.compile(rf"[ \t\u00a0]+(?:of[ \t]+)?(?:{_MONTH_ANY})\b")
_CLOCK_AFTER = patterns.compile(
    r"[ \t]*(?:[ap]\.m\.|[ap]m\b|GMT\b|UTC\b|ET\b|EST\b|EDT\b|BST\b|CET\b|CEST\b|local[ \t]+time|o['’]clock)", regex.I
)
_AGE_BEFORE = patterns.compile(  # "aged 45", "ages 6 to 9", "aged 6 and 9", "aged 3, 5 and 8", "as young as 16"
    # also "between the ages of 19 and 60", "ages ranging from 30 to 65"
    r"\b(?:(?:aged|age|ages)(?:[ \t]+(?:of|to|at)|[ \t]+rang(?:e|es|ed|ing))?[ \t]+"
    r"(?:(?:between|from|under|over)[ \t]+)?"
    r"(?:[\w-]+(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|to)[ \t]+))*"
    r"|as[ \t]+(?:young|old)[ \t]+as[ \t]+)$",
    regex.I,
)
_RETIRE_BEFORE = patterns.compile(
    r"\b(?:retire[sd]?|retiring|work|works|worked|working)[ \t]+(?:at|until|till|beyond|past)[ \t]+$", regex.I)
_TURNED_BEFORE = patterns.compile(r"\bturn(?:s|ed|ing)?[ \t]+$", regex.I)
# the age one died at ("Ruiz dies at 88", "who died at 91 on Monday", "found dead at 19"): a person's age, no toll
# (past a day or a place told between: "died Sunday at 79", "died at home at 79")
_DIED_AT_BEFORE = patterns.compile(r"\b(?:die[sd]?|dying|dead|passe[sd][ \t]+away|passing[ \t]+away)"
                                   r"(?:[ \t]+(?:at|in|on)?[ \t]*(?:home|hospital|\p{Lu}\p{Ll}+day))?[ \t]+at[ \t]+$",
                                   regex.I)
_AGE_GROUP_BEFORE = patterns.compile(
    r"\b(?:children|kids|babies|infants|boys|girls|men|women|people|adults|those|anyone|everyone|aged|ages)[ \t]+$",
    regex.I,
)
# "40 years old", "six months old", "18 years of age"
_AGE_AFTER = patterns.compile(
    r"[ \t]+(?:(?:years?|months?|weeks?|days?)[ \t-]+old|years?[ \t]+of[ \t]+age|-year-old)\b", regex.I
)
_MORE_AGES = r"(?:[ \t]*,[ \t]*\d{1,3}){0,6}"  # ", 9, 12": the rest of a list of ages, before its "and"
# the earlier ages of a list whose last one is said to be years old: "7 and 11 years old", "6, 9 and 12 years of age"
_AGES_LISTED_AFTER = patterns.compile(
    rf"{_MORE_AGES},?[ \t]+(?:and|or)[ \t]+\d{{1,3}}[ \t]+(?:years?[ \t-]+old|years?[ \t]+of[ \t]+age)\b", regex.I)
# people picked out by what befell them, then what they were: "the two sisters who died were" (their ages follow)
_WHO_WERE_BEFORE = patterns.compile(r"\b(?:who|that)[ \t]+(?:[\p{L}-]+[ \t]+){1,3}(?:were|was)[ \t]+"
                                    r"(?:\d{1,3}(?:[ \t]*,[ \t]*|,?[ \t]+(?:and|or)[ \t]+)){0,6}$", regex.I)
_NAME_WHO_WAS = patterns.compile(r"\b\p{Lu}[\p{L}'’.-]*,[ \t]+who[ \t]+(?:was|is|turned|had[ \t]+turned)[ \t]+$"
                                 # one told of by a noun, "was" saying it is one: "The pontiff, who was 88, died"
                                 r"|\b(?i:the|a|an|his|her|their|its)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?\p{Ll}+,[ \t]+who"
                                 r"[ \t]+(?:was|turned|had[ \t]+turned)[ \t]+$")
_AGES_END_AFTER = patterns.compile(rf"{_MORE_AGES}(?:,?[ \t]+(?:and|or)[ \t]+\d{{1,3}})?[ \t]*(?:[.;,]|$)")
_NAME_AGE_BEFORE = patterns.compile(r"\b\p{Lu}[\p{L}'’.-]*,[ \t]$")
# "Ruth Levi (78), with her daughter Dana (54)": an age in brackets after a name (not "the Greens (12)": a plural)
_NAME_PAREN_BEFORE = patterns.compile(r"\b(\p{Lu}[\p{Ll}'’-]+)[ \t]\($")
_PERSON_AGE = patterns.compile(r"\b(?:a|an|the|one)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}([\p{L}-]{3,}),[ \t]$", regex.I)
_AGE_COMMA_AFTER = patterns.compile(r",[ \t]+(?:from|of|who|said|says|told|and|a|an|was|is)\b", regex.I)
# ages listed after names and matched to them in order: "Carl and Ben Ostrow, 51 and 17, respectively" (a noun
# after the figures, "41 and 12 seats respectively", makes them counts)
_AGES_RESPECTIVELY = patterns.compile(r"(?:[ \t]*,[ \t]*\d{1,3})*(?:,?[ \t]+and[ \t]+\d{1,3})?,?[ \t]+respectively\b")
_NAMES_AGES_BEFORE = patterns.compile(r"\p{Lu}[\p{L}'’.-]*,[ \t](?:\d{1,3}(?:,[ \t]|,?[ \t]and[ \t]))*$")
# "the youngest was 19, the oldest 71": a superlative of age governs the bare numbers after it
_AGE_SUPERLATIVE = patterns.compile(r"(?r)\b(?:youngest|oldest|eldest)\b[^.;:!?\n]{0,40}$", regex.I)
# "a girl of 4" (not "a mother of five", which counts her children)
_PERSON_OF = patterns.compile(
    r"\b(?:a|an|the)[ \t]+(?:\p{L}+[ \t]+)?(?:girl|boy|child|baby|toddler|infant|kid|teenager|youth|man|woman)"
    r"[ \t]+of[ \t]+$",
    regex.I,
)
_OUT_OF_AFTER = patterns.compile(r"[ \t]+out[ \t]+of[ \t]+(?:the[ \t]+)?(?:\d[\d.,]*|[a-z]+)", regex.I)
# the whole's noun after "N out of M": a plural within three words ("61 parliamentary seats", "10 points")
_NOT_MODIFIER = r"(?!(?:by|in|on|for|from|at|with|to|and|or|of|as)\b)"  # "8 out of 10 by critics": no noun
_WHOLE_NAMED = patterns.compile(
    rf"(?:[ \t]+{_NOT_MODIFIER}\p{{Ll}}[\p{{L}}-]*){{0,2}}?[ \t]+{_NOT_MODIFIER}\p{{Ll}}[\p{{L}}-]*s\b")
_PHONE_AFTER = patterns.compile(r"\)[ \t]*\d{3}[-. ]\d{4}\b")
_NAME_BEFORE = patterns.compile(r"(?r)(?:^|[\s(\"“'‘])([\p{L}][\p{L}&'’.-]*|No\.|#)[ \t]$")
_NOT_COUNT_AFTER = patterns.compile(  # "3 times", "1 in 5", "[2]", "the 1400 block of", "1600 Pennsylvania Avenue"
    # (and a quake's intensity, a level on a scale: "a 5+ intensity", "4-lower intensity")
    r"(?i:[ \t]+(?:times|in[ \t]+\d|block[ \t]+of)\b|[ \t]*\]|\+?[ \t-]*(?:(?:upper|lower)[ \t]+)?intensity\b)"
    # a street address, also "at 310 and 318 W. 12th St.": each number of a pair, and numbered streets
    r"|[ \t]+(?:(?:and|&)[ \t]+\d{1,5}[ \t]+)?(?:[NSEW]\.?[ \t]+|(?:North|South|East|West)[ \t]+)?"
    r"(?:(?:\p{Lu}\p{Ll}+|\d{1,3}(?:st|nd|rd|th))[ \t]+){1,3}"
    r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Place)(?!\p{L})"
    # a live page's time stamp: "2 hr 35 min ago", "3 hours ago" (when something was posted, no span of anything)
    r"|(?i:[ \t]+(?:hrs?|hours?|mins?|minutes?)(?:[ \t]+\d{1,2}[ \t]+(?:mins?|minutes?))?[ \t]+ago\b)"
)
# words that make the number after them a name or a rank: "Route 6", "flight 370", "phase 2", "seat 14"
_LABEL_WORDS = frozenset(
    """page pages room chapter section article paragraph clause item channel route flight platform gate line
    highway interstate motorway road junction runway resolution number phase stage round level category grade
    day week verse episode season version model unit ward district sector zone block building apartment floor
    bus train track exit pier terminal seat cell region local precinct lodge update intensity""".split()
)
# verbs that put a telephone number after them when nothing counted follows it ("dialled 999", "call 112")
_DIAL_WORDS = frozenset("call called calling calls dial dialed dialled dialling dials phoned ring rang".split())
_RATIO_BEFORE = patterns.compile(r"\b(?:\d+|one)[ \t]+in[ \t]+$", regex.I)  # "1 in 5", "one in seven"
# the capitalised words whose "of" and a number name a body: "the Group of 20", "the Gang of Four"
_NAMED_BODY_OF = patterns.compile(r"\b(?:Group|Gang|Club|Band|Council|Committee)[ ]of[ ]$")
# a share told in words, opening its clause or after a qualifier: "Nearly three in five voters", "Two in three
# residents fled" (not "killed 4 in two attacks": a figure that ends a verb's object is no share)
_WORD_SHARE_OPENS = r"(?:^|[.!?;:]\s+|\n|\b(?:nearly|almost|about|around|roughly|some|than|just|over|under)[ \t]+)"
_WORD_RATIO = rf"(?:{ONES_WORDS})[ \t]+in[ \t]+(?:{ONES_WORDS}|ten)"
_WORD_RATIO_AT = patterns.compile(rf"(?i:{_WORD_RATIO})\b")
_WORD_SHARE_BEFORE = patterns.compile(rf"(?i:{_WORD_SHARE_OPENS})[\"“‘']?$")
_WORD_RATIO_BEFORE = patterns.compile(rf"(?i:{_WORD_SHARE_OPENS})[\"“‘']?(?i:{ONES_WORDS})[ \t]+in[ \t]+$")
_URLISH_BEFORE = patterns.compile(r"(?r)(?:https?:|www\.|\w\.\w+/|/)\S*$", regex.I)
_YEAR = patterns.compile(r"(?:1[6-9]|20)\d\d")
# a site's name runs on into its domain, written in lower case ("12.kz", "Planes40.com"; not "died 24.In")
_DOMAIN_AFTER = patterns.compile(r"[\p{Ll}\d-]*\.(?:com|net|org|info|kg|kz|ru|ua|io)\b")
# an item's number opening a line: "1. You are here", "2) Sport"
_LIST_MARKER = patterns.compile(r"[.)][ \t]")
_LINE_START = patterns.compile(r"(?:^|\n)[ \t]*$")
# years before 1600 are dates only after a preposition of time ("founded in 1348"); alone they count
_OLD_YEAR = patterns.compile(r"1[0-5]\d\d")
_FOUNDING_PREP = patterns.compile(r"(?r)\b(?:in|since|until|till|from|before|after|around|circa|c\.)[ \t]+$", regex.I)
_YEAR_PREP = patterns.compile(
    r"(?r)\b(?:in|since|of|by|until|till|from|during|early|late|mid|before|after|the|its|his|her|their|our|whose|year|fiscal|summer|winter|"
    r"spring|autumn|fall|through|to|and|between|" + _MONTHS + r")[ \t,]+$",
    regex.I,
)

_FUNCTION_WORDS = frozenset(
    """the a an all some about nearly more over at only another those these of in on by with and but or
    for from to since after before until during around roughly almost just up under fewer less least than
    exactly still its their his her our my your when while where as that this there here between among
    including also now then yet so if although though because once every each both past last next
    approximately estimated total totaling totalling reportedly further additional latest
    today yesterday tonight overnight altogether were was are is have has had said says say
    killing kills killed""".split()
)
_MONTH_NAMES = frozenset(f"{_MONTH_FULL}|{_MONTH_ABBR}|{WEEKDAY_ALT}".lower().split("|"))

# words that end a noun phrase: prepositions, determiners, auxiliaries, adverbs
NP_STOP = frozenset(
    """in on at from to for with by into onto across over under during since after before of about
    around than as per via who that which whom whose where when while what and or but nor if because
    although though so yet the a an this these those it its they them their he she his her we our
    you your i me my is are was were be been being am have has had having will would could should may
    might must can cannot shall do does did remain remained remains stay stayed still also now then
    already just only even reportedly including according said says say told tell reported there here
    not no more most less least very too each every both either neither such other's within without
    against among between through throughout toward towards upon despite near like unlike out up down
    off away back total altogether combined respectively alone cast overnight today tonight yesterday
    seriously critically badly gravely severely slightly suffered suffering sustained sustaining aboard
    guilty innocent die dies perish perishes drown drowns""".split()
)  # "cast": "35 million cast their ballots" counts voters, not a cast; "25 - ten seriously": how, not what;
# "with 6 suffering burns", "4 of them sustained injuries": what the people counted suffered, not what is counted;
# "rose to 79 overnight": when, not what; "found 26 of them guilty": what they were found, not what is counted;
# "nine die as bridge gives way", "three drown": a headline's verb, never a noun
IRREGULAR_PLURALS = frozenset(
    """people children women men police personnel staff cattle dead deceased wounded injured missing livestock
    clergy youth faithful displaced homeless elderly sick feet teeth mice geese offspring aircraft
    fish sheep deer crew""".split()
)
_COMPOUND_PLURALS = ("men", "people")
_MEN_SINGULARS = frozenset("specimen regimen abdomen acumen albumen bitumen stamen".split())  # one thing, not men
_NOT_PLURAL = frozenset(
    "this was has is its does always perhaps across various news thus whereas less unless besides "
    "towards afterwards yes us gas bus plus texas paris series species status crisis basis analysis".split()
)

def is_plural(word: str) -> bool:
    """Whether a word looks like a plural noun head (counts > 1 are followed by one)."""
    low = word.lower()
    if low in IRREGULAR_PLURALS:
        return True
    if low.endswith(_COMPOUND_PLURALS) and len(low) > 5 and low not in _MEN_SINGULARS:
        return True  # "longshoremen", "fishermen", "townspeople": a plural made of "men" or "people"
    if low in _NOT_PLURAL or len(low) <= 3 or not low.endswith("s"):
        return False
    return not low.endswith(("ss", "us", "is", "'s", "’s"))


_WORD_BEFORE_BRACKET = patterns.compile(rf"\b({SMALL_NUMBER_WORDS})[ \t]*\($", regex.I)


def _skip(text: str, m: Hit, n1: str, value: float) -> bool:
    """Whether this number is not a count: a year, date, time, age, name, URL piece, score or reference."""
    g = m.g
    core = m.core
    s = core.start("n1")
    e = core.end()
    before = text[max(0, s - 40):s]
    after = text[e:e + 40]  # "is a plural noun or a unit next?" (_counted_after) is asked last: it costs most
    if len(n1) == 3 and n1.lower() == "one" and not _one_counts(text, m, after):
        return True
    if n1[0].isdigit() and _is_code(text, m, n1, value, before, after, s):
        return True
    if n1[0].isdigit() and before.endswith("(") and (word := _WORD_BEFORE_BRACKET.search(before)) is not None \
            and parse_number(word.group(1))[0] == value:
        return True  # "twelve (12) people": the figure spelled out again in digits, one mention
    if n1[0].isdigit() and _LIST_MARKER.match(text, e) and _LINE_START.search(before) and not g["q"]:
        return True  # "  2. News", "3) World": a list's numbering, not a count
    if _is_age(text, m, value, before, after):
        return True
    if n1[0].isupper() and (text[e:e + 8] == " Day War" or (g["hyw"] == "Day" and text[e:e + 4] == " War")):
        return True  # "the 1967 Six-Day War": a war's name (a span written "the 12-day war" is still a length)
    if before.endswith(" of ") and _NAMED_BODY_OF.search(before) and not _counted_after(after):
        return True  # "the Group of 20", "the Gang of Four": a body's name, no count
    if n1[0].isalpha() and value <= 10 and (
            (before.endswith(" in ") and _WORD_RATIO_BEFORE.search(text, max(0, s - 40), s))
            or (_WORD_RATIO_AT.match(text, s) and _WORD_SHARE_BEFORE.search(text, max(0, m.start() - 20), s))):
        return True  # "nearly three in five voters": a share, neither figure a count
    if not g["q"] and before.endswith("the ") and _BETWEEN_THE.search(before) and not _FATE_AFTER.match(text, e) \
            and (not _counted_after(after) or (value == 2 and before[-12:].lower().startswith("between"))):
        return True  # "a swap between the two is not new", "talks between the two nations": the two sides named
        # before, no count of anything (but "among the 200 killed" counts the dead)
    if not g["q"] and not g["btw"] and not g["cur"] and _is_label(text, m, n1, before, after):
        return True
    if text[e:e + 1] in (" ", "\t", ",") and _ON_SCALE_AFTER.match(text, e):
        return True
    return text[e:e + 1] in (" ", "\t", "]", "+", "-") and bool(_NOT_COUNT_AFTER.match(text, e))


# a reading on a scale, not a count: "tremors rated 2 or higher on the national intensity scale", "it
# registered 6, the top level on the agency's scale", "a 4 on a scale of one to ten"; a magnitude on the
# Richter scale is a unit of its own (units.py), read later
_ON_SCALE_AFTER = patterns.compile(
    r"(?:[ \t]+or[ \t]+(?:higher|above|more|greater|lower|below))?"
    r"(?:,[ \t]+the(?:[ \t]+[\p{L}-]+){1,2})?[ \t]+on[ \t]+(?:the|a|an|its|their)[ \t]+"
    r"(?![Rr]ichter\b|magnitude\b)(?:[\p{L}'’-]+[ \t]+){0,4}?scale\b")


def _is_code(text: str, m: Hit, n1: str, value: float, before: str, after: str, s: int) -> bool:
    """Digits (starting at ``s``) that are a date, clock time, year, URL piece, score, race or identifier."""
    g = m.g
    n1_end = s + len(n1)
    if n1[-1:].lower() in ("m", "k") and n1[-2:-1].isdigit() and not g["cur"] and not _counted_after(after) \
            and not (n1[-1:] == "m" and _MILLIONS_NEAR.search(text, max(0, s - 100), s)):
        return True  # "100m" is metres, "5k" a race; "$5m", "2m people" and "7.4 million ... 7.7m" are millions
    if _MODEL_DIGITS.fullmatch(n1) and _MODEL_SUFFIX.match(text, n1_end):
        return True  # "a 737 MAX 8", "the A320neo": a model with its variant's name
    if _MODEL_DIGITS.fullmatch(n1) and not g["q"] and _THE_BEFORE.search(before) and _MODEL_NOUN.match(text, n1_end):
        return True  # "a fitter in the 464 program", "on the 292 assembly line": a model's name, one thing
    if len(n1) >= 2 and n1[0] == "0" and n1.isdigit():
        return True  # "021-5550172", "0800-123456": a dialling code; no count is written with a leading zero
    if len(n1) >= 5 and n1.isdigit() and not g["q"] and not _counted_after(after):
        return True  # "text 274637", "ID 100234": counts this large are written "274,637"
    blank_after = text[n1_end:n1_end + 1] in (" ", "\t", "\u00a0")
    if _MONTH_BEFORE.search(before) or (blank_after and _MONTH_AFTER.match(text, n1_end)) \
            or (g["n2"] and _MONTH_AFTER.match(after)):  # "10-12 January": days of a month
        return True
    if (blank_after or text[n1_end:n1_end + 1].isalpha()) and _CLOCK_AFTER.match(text, n1_end):
        return True
    if before[-1:] and not before[-1:].isspace() and _URLISH_BEFORE.search(before):
        return True
    if _DOMAIN_AFTER.match(text, n1_end):
        return True  # "12.kz", "Planes40.com": a site's name
    if _YEAR.fullmatch(n1) and not g["cur"]:
        # a year unless a plural noun follows and no "in"/"since"/"the" points at a year
        qualified = bool(g["q"] or g["btw"])
        if (not qualified and _YEAR_PREP.search(before)) or after[:1] in ("'", "’") or not _counted_after(after):
            return True
    if _OLD_YEAR.fullmatch(n1) and not g["cur"] and not g["q"] and _FOUNDING_PREP.search(before) \
            and not _counted_after(after):
        return True  # "founded in 1348", "since 1066": a year long past, said as one
    # "3-0", "52-48": a score or a vote, not a range
    return bool(g["n2"] and g["sep"] in ("-", "–") and g["n2"][0].isdigit() and parse_number(g["n2"])[0] <= value)


_MILLIONS_NEAR = patterns.compile(r"\d(?:[ \t]+million\b|m\b)")
# a name after a word (not a sentence's first word: "Turnout is 40") or "he"/"she" right before "was"/"is" and the
# figure ("When Ruiz was 17"), and after the figure
# no noun it counts, only the clause going on ("17 he left", "17 at the time", "17 when", the sentence's end)
_NAMED_WAS_BEFORE = patterns.compile(r"(?:\b(?:[Hh]e|[Ss]he)|(?<=\p{L}[ ])\p{Lu}\p{Ll}+)[ ]+(?:was|is)[ ]+$")
_WAS_AGE_AFTER = patterns.compile(
    r"(?:[ \t]*[.,;]|[ \t]+(?:when|at[ \t]+the[ \t]+time|then|he|she|and|years?[ \t]+old)\b)")
_OLD_RUN_IN = patterns.compile(r"-olds?(?:$|(?=\p{Ll}{3,}$))", regex.I)


def _is_age(text: str, m: Hit, value: float, before: str, after: str) -> bool:
    """Whether the number is somebody's age (or an age limit), not a count of people. Each pattern
    runs only where a cheap test of the text says it can match."""
    g = m.g
    e = m.core.end()
    hyw = g["hyw"]
    if hyw:
        if _OLD_RUN_IN.search(hyw) and not _EVENT_AFTER.match(text, e):
            return True  # "a 48-year-old", "a 44-year-oldformer" (a lost space), not "the 21-month-old war"
        if _OLD_AFTER.match(text, e):
            return True  # "a 48-year old hostage"
    if ("age" in before or "Age" in before or "AGE" in before or before.rstrip()[-2:] in ("as", "As", "AS")) \
            and _AGE_BEFORE.search(before):
        return True  # "aged 45", "ages 6 to 9", "as young as 16"
    if ("ork" in before[-16:] or "etir" in before[-20:]) and _RETIRE_BEFORE.search(before) \
            and not _counted_after(after) and UNIT_AFTER.match(text, e) is None:
        return True  # "working until 70", "retire at 62": the age one stops work at
    if "turn" in before[-12:] and _TURNED_BEFORE.search(before) and not _counted_after(after) \
            and UNIT_AFTER.match(text, e) is None:
        return True  # "when I turned 18", but "the strike turned 40 days old" is a duration
    if before.endswith("at ") and value < 130 and _DIED_AT_BEFORE.search(before) and not _counted_after(after) \
            and UNIT_AFTER.match(text, e) is None:
        return True  # "dies at 88", but "died at 3 sites" counts sites and "died at 40 km/h" is a speed
    if text[e:e + 1] in (" ", "\t") and _AGE_AFTER.match(text, e):
        return True  # "40 years old"
    q = g["q"]
    if q and q.lower() in ("under", "over", "below", "above") \
            and _AGE_GROUP_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        ua = UNIT_AFTER.match(text, e)
        return not (ua is not None and ua.lastgroup == "time")  # "children under 5", not "people over two years"
    if q or g["btw"] or g["cur"] or value >= 130 or g["n2"]:
        return False
    if text[e:e + 1] in (",", " ") and _AGES_LISTED_AFTER.match(text, e):
        return True  # "7 and 11 years old": every age of the list, not only the last
    if before.endswith(("was ", "is ")) and value < 120 and _NAMED_WAS_BEFORE.search(before) \
            and _WAS_AGE_AFTER.match(text, e):
        return True  # "When Ruiz was 17 he left", "she was 9 at the time": a person's age, no count
    if before.endswith(("were ", "was ", "and ", "or ", ", ")) and ("who " in before or "that " in before) \
            and _WHO_WERE_BEFORE.search(before) and _AGES_END_AFTER.match(text, e):
        return True  # "The two sisters who died were 5 and 9.": what they were is their ages
    if before.endswith(("was ", "is ", "turned ")) and value < 120 and _NAME_WHO_WAS.search(before) \
            and _AGES_END_AFTER.match(text, e):
        return True  # "in honour of Ivo Dan, who was 52.": the person's age
    aged = False
    if before.endswith((" also ", " now ", " both ")):  # "Gisele, also 72, said": the age told again
        before = before[: before.rstrip().rfind(" ") + 1]
    if before[-2:-1] == ",":
        ends_aside = text[e:e + 1] in (",", ";", ")", "", "\n", "\r") or text[e:e + 2] in (" –", " —") \
            or (text[e:e + 1] == "." and not text[e + 1:e + 2].isdigit())
        pa = _PERSON_AGE.search(before)
        aged = (ends_aside and _NAME_AGE_BEFORE.search(before) is not None) \
            or (pa is not None and value < 100 and (_AGE_COMMA_AFTER.match(text, e) is not None
                                                    or (not is_plural(pa.group(1)) and text[e:e + 1] == ",")))
    if not aged and "espectively" in after[:40] and value < 120 and _AGES_RESPECTIVELY.match(text, e) \
            and _NAMES_AGES_BEFORE.search(before):
        aged = True  # "Carl and Ben Ostrow, 51 and 17, respectively": each name's age, in order
    aged = aged or (("ldest" in before or "ngest" in before) and _AGE_SUPERLATIVE.search(before) is not None) \
        or (before.endswith("of ") and _PERSON_OF.search(before) is not None) \
        or (before.endswith("(") and text[e:e + 1] == ")" and value < 120
            and (pm := _NAME_PAREN_BEFORE.search(before)) is not None and not is_plural(pm.group(1).lower()))
    # "Smith, 62, said", "Bell, 19; Reyes, 23; and Ortega, 31.", "Ana, 2 – whom ...", "a volunteer, 28, from
    # Yangon", "the reporter, 32, became", "the oldest 71", "a girl of 4"; but not "Smith, 62 people ..."
    return aged and not _counted_after(after)


# "between the two", "among the three": the parties a text already named, pointed back to
_BETWEEN_THE = patterns.compile(r"\b(?:between|among|amongst)[ \t]+the[ \t]+$", regex.I)
# ... unless what befell them follows: "among the 200 killed", "among the 40 hurt"
_FATE_AFTER = patterns.compile(r"[ \t]+(?:killed|dead|died|injured|wounded|hurt|missing|arrested|detained|freed"
                               r"|released|rescued|evacuated|displaced|aboard|on[ \t]+board)\b", regex.I)
# the emergency lines whose numbers no count of calls is likely to equal (112 is, so it is left out)
_EMERGENCY_NUMBERS = frozenset({"911", "999"})
_EMERGENCY_AFTER = patterns.compile(
    r"[ \t-]+(?:calls?|callers?|dispatch\w*|operators?|cent(?:er|re)s?|lines?|services?)\b", regex.I)
_DIALLED_BEFORE = patterns.compile(r"\b(?:dial(?:l?ed|l?ing)?|call(?:ed|ing)?)[ \t]$", regex.I)
# a part of those told of before: "told the BBC 6 of those injuries came from glass" counts, a label never does
_PART_OF_THOSE = patterns.compile(r"[ \t]+of[ \t]+(?:those|these|them|whom)\b", regex.I)
_POSSESSIVES = ("'s", "’s", "s'", "s’")  # "the Reds' 144": a name's own figure, not a label like "Channel 12"


# verbs a headline in title case puts before its figure ("Floods Kill 60 in Bangladesh", "Quake Kills 40, Injures
# 200"): capitalised, yet no name the figure belongs to ("Channel 12")
_HEADLINE_VERBS = frozenset(
    """kill kills injure injures wound wounds hurt hurts leave leaves displace displaces strand strands rescue rescues
    evacuate evacuates free frees release releases jail jails arrest arrests detain detains claim claims top tops
    hit hits""".split())


def _is_label(text: str, m: Hit, n1: str, before: str, after: str) -> bool:
    """A bare number that names or ranks rather than counts: "Channel 12", "S&P 500", "a ten", "8 out of 10"."""
    g = m.g
    e = m.core.end()
    if before.endswith("(") and _PHONE_AFTER.match(text, e):
        return True  # "(518) 555-0187"
    if n1 in _EMERGENCY_NUMBERS and (_EMERGENCY_AFTER.match(text, e) or _DIALLED_BEFORE.search(before)):
        return True  # "911 calls came in at dusk", "dialled 999": the emergency line, not 911 of anything
    nb = _NAME_BEFORE.search(before)
    if nb and nb.group(1) in ("No.", "#"):
        return True
    if nb:
        word = nb.group(1)
        if word == "Big":
            return True  # "the Big Three automakers", "the Big 3": a name, not three of them
        low = word.lower().rstrip(".")
        sentence_end = word.endswith(".") and (len(word) > 4 or not n1[0].isdigit())  # "... Ukraine. Thirteen"
        compound = _HYPHEN_LOWER_END.search(word) is not None  # "a U.S.-backed 20-point plan": an adjective
        shouting = word.isupper() and len(word) > 1 and "&" not in word and not _LOWER.search(text, e, e + 30)
        if not sentence_end and not shouting and not compound and (word[0].isupper() or _LOWER_UPPER.search(word)) \
                and low not in _FUNCTION_WORDS and low not in _MONTH_NAMES and low not in _HEADLINE_VERBS \
                and not word.endswith(_POSSESSIVES) \
                and not _counted_after(after) and not _PART_OF_THOSE.match(after) \
                and not _LIST_SHARE.search(text, max(0, m.core.start() - 160), m.core.start()):
            return True  # "Channel 12", "Resolution 2334", "Boeing 737", "S&P 500", "FTSE 100", "iPhone 15"
    last = _last_word(before)
    if last in _LABEL_WORDS or (last == "in" and _RATIO_BEFORE.search(before)):
        return True  # "Route 6", "flight 370", "1 in 5"
    if last in _DIAL_WORDS and not _counted_after(after) and n1.lower() != "one":
        return True  # "neighbours dialled 999": a number dialled; not "the defence called 20 witnesses", nor "one
        # witness" (a written "one" here has already been read as a count of the person after it)
    if last in ("a", "an") and not g["hyw"] and not _counted_after(after) and _NOTHING_NAMED_AFTER.match(after):
        return True  # "she gave it a ten.", "a ten out of ten"; not "a 1,000 strong crowd"
    oa = _OUT_OF_AFTER.match(text, e) if text[e:e + 4].lower() == " out" else None
    if oa is not None and not _WHOLE_NAMED.match(text, oa.end()) and not _counted_after(text[oa.end():oa.end() + 40]):
        return True  # "rated 8 out of 10"; not "won 25 out of the 61 parliamentary seats"
    return last == "of" and bool(OUT_OF_BEFORE.search(before)) and not _counted_after(after) \
        and not _WHOLE_NAMED.match(text, e)


# a name then a bare number that continues a list of counted things: "Labour won 412 seats and the
# Tories 121", "the Hawks scored 98 points, the Bulls 90" (a share, not a model number)
_LIST_NUMBER = rf"(?:\d[\d,.]*|\b(?i:{ONES_WORDS}|{TEENS_WORDS}|{TENS_WORDS}))"
_LIST_HOLDER = r"(?:,|[ \t]and|[ \t]while)[ \t]+(?:the[ \t]+)?(?:\p{Ll}+[ \t]+)?(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,4}"
# "Labour won 412 seats, the Conservatives 121, Liberal Democrats 72": the items after the first share its noun
_LIST_SHARE = patterns.compile(
    rf"(?:{_LIST_NUMBER}(?:[ \t]+\p{{Ll}}+)?[ \t]+\p{{Ll}}+s\b[^.;!?\n\d]{{0,80}}"
    rf"|\b(?:won|secured|gained)[ \t]+{_LIST_NUMBER}\b)"  # "Labour has won 412, the Tories 121"
    rf"(?:{_LIST_HOLDER}{_LIST_NUMBER}\b)*{_LIST_HOLDER}$")
_NOTHING_NAMED_AFTER = patterns.compile(
    r"[ \t]*(?:[^\w\s]|$)|[ \t]+(?:out|on|for|in|at|from|by|and|or|but|since|with|that|which|when|after|before"
    r"|was|is|has|had)\b", regex.I)  # "the first fatal crash of a 787 since 2011": a model, not 787 of anything


def _last_word(before: str) -> str:
    """The word right before the number, lower-cased; "" unless a single blank separates them."""
    if len(before) < 2 or before[-1] not in " \t" or before[-2] in " \t\n":
        return ""
    i = max(before.rfind(" ", 0, -1), before.rfind("\t", 0, -1), before.rfind("\n", 0, -1))
    return before[i + 1:-1].lower().lstrip("(\"“‘'[")  # "(UPDATE 2)", "(Route 9)": the word, not its bracket


_LOWER = patterns.compile(r"\p{Ll}")
_LOWER_UPPER = patterns.compile(r"\p{Ll}\p{Lu}")
_HYPHEN_LOWER_END = patterns.compile(r"-\p{Ll}+$")
_OLD_AFTER = patterns.compile(r"[ \t]+old\b", regex.I)
# what a "-year-old" may describe other than a person: the age of a war or a deal is its duration
_EVENT_AFTER = patterns.compile(
    r"[ \t]+(?:\p{L}+[ \t]+)?(?:war|conflict|fighting|siege|blockade|ceasefire|cease-fire|truce|crisis|campaign"
    r"|offensive|insurgency|uprising|revolution|rebellion|occupation|invasion|strike|dispute|standoff|feud|rivalry"
    r"|deal|agreement|accord|government|regime|administration|coalition|movement|protests?|investigation|probe"
    r"|operation|mission)\b",
    regex.I,
)

# "one" counts only before a person noun, a verb of what happened to it, or after another count
_ONE_PEOPLE = frozenset(
    """person man woman child boy girl baby infant toddler teenager soldier civilian hostage captive prisoner
    detainee inmate journalist reporter photographer cameraman survivor victim monk nun priest worker officer
    policeman policewoman firefighter rescuer doctor nurse medic paramedic patient resident student pupil teacher
    pilot passenger tourist citizen national militant fighter gunman attacker assailant suspect driver guard
    peacekeeper volunteer farmer miner fisherman sailor crewman member holder employee staffer protester
    demonstrator settler migrant refugee pedestrian bystander climber hiker worshipper pilgrim official diplomat
    aid-worker attendee spectator participant supporter voter customer shopper commuter guest visitor motorist
    cyclist swimmer onlooker witness juror defendant candidate lawyer attorney""".split()
)
# ... or a harm counted as a noun ("one death was confirmed in the county": a toll of one), a charge of a trial
# ("acquitted on one count", "guilty on one charge"), or a seat of an election ("polling was postponed in one seat")
ONE_THINGS = frozenset("count charge seat constituency".split())  # things, not people: counted's topic reads them so
_ONE_TALLIED = frozenset("death fatality casualty injury".split()) | ONE_THINGS
_ONE_NOT_AFTER = patterns.compile(
    r"(?:['’]|[ \t]+(?:of|another|other|by|more|day|time|way|point|thing|hand|side|last)\b)", regex.I
)
_ONE_NOT_BEFORE = patterns.compile(
    r"\b(?:no|any|every|each|the|this|that|which|some|at|such|little|a|as)[ \t]+$", regex.I
)
_ONE_WORDS = patterns.compile(r"[ \t]+([\p{L}-]+)")
_ONLY_BEFORE = patterns.compile(  # not "the only one left": a pronoun
    r"(?<!\b(?:the|her|his|their|its|my|our|your)[ \t]+)\b(?:only|just|merely|a[ \t]+mere|a[ \t]+single)[ \t]+$",
    regex.I)
_ONE_ROLE = patterns.compile(
    r"(?:[ \t]+\p{L}+)?(?:[ \t]+(?:was|were|is|has[ \t]+been|had[ \t]+been|remains|remained|later))?[ \t]+"
    r"(?:killed|died|dies|dead|injured|wounded|hurt|freed|released|rescued|missing|kidnapped|abducted|arrested"
    r"|detained|survived|captured|executed|drowned)\b",
    regex.I,
)
# "one official said", "one resident, speaking by phone": an attribution, not a count
_SPEECH_AFTER = patterns.compile(
    r"(?:[ \t]+\p{L}+)?,?[ \t]+(?:said|says|told|tells|added|adds|noted|explained|recalled|wrote|posted|asked"
    r"|described|speaking|who[ \t]+(?:spoke|asked|requested|declined)|familiar[ \t]+with|close[ \t]+to)\b",
    regex.I,
)


def _one_counts(text: str, m: Hit, after: str) -> bool:
    """Whether "one" counts ("one survivor", "one was killed", "two soldiers and one medic") rather than
    being a pronoun or determiner ("one of the", "no one", "one day", "one official said")."""
    g = m.g
    s, e = m.start("n1"), m.end()
    if g["hyw"]:
        base = g["hyw"].lower().split("-")[0]
        return base in TIME_UNITS or base in HYPHEN_UNITS  # "a one-day strike", not "one-off", "one-sided"
    if g["n2"]:
        return _counted_after(after)  # "one or two hostages"
    if ALL_BUT.search(text, max(0, s - 20), s):
        return True  # "all but one of the 242 aboard died": the one who lived
    if _ONE_NOT_AFTER.match(text, e) or (not g["q"] and _ONE_NOT_BEFORE.search(text, max(0, s - 12), s)):
        return False
    pos = e
    for _ in range(4):  # up to three modifiers, then a person noun
        w = _ONE_WORDS.match(text, pos)
        if w is None or w.group(1).lower() in NP_STOP:
            break
        if w.group(1).lower() in _ONE_PEOPLE:
            return not _SPEECH_AFTER.match(text, w.end())
        if w.group(1).lower() in _ONE_TALLIED:
            return True
        pos = w.end()
    if _SPEECH_AFTER.match(text, e):
        return False
    if _ONLY_BEFORE.search(text, max(0, s - 12), s) and (w := _ONE_WORDS.match(text, e)) is not None \
            and w.group(1).lower() not in NP_STOP:
        return True  # "won only one seat", "just one hospital": a count stressed as small
    if _ONE_AT_AFTER.match(text, e) and _SITE_LIST_BEFORE.search(text, max(0, s - 120), s):
        return True  # "three at Civil Hospital, and one at Teaching Hospital"
    if _ONE_FROM_AFTER.match(text, e) and _COUNT_COMMA_BEFORE.search(text, max(0, s - 60), s):
        return True  # "three foreigners, one from Porto and two from Braga": a part of the figure before
    if _ONE_TERM_AFTER.match(text, e) and (_TERM_BEFORE.search(text, max(0, s - 30), s)
                                          or _CUSTODY_AFTER.match(text, e)):
        return True  # "sentenced to one year in prison": a sentence's length, not "one year on"
    return bool(_ONE_ROLE.match(text, e) or COUNT_AND_BEFORE.search(text, max(0, s - 60), s)
                or _ONE_OF_COUNT_BEFORE.search(text, max(0, s - 60), s))


# a term of one year (month, week) that a court gives: "jailed for one year", "one month behind bars"
_TERM_UNIT = r"[ \t]+(?:year|month|week)s?\b"
_ONE_TERM_AFTER = patterns.compile(_TERM_UNIT, regex.I)
_TERM_BEFORE = patterns.compile(r"\b(?:sentenced|jailed|imprisoned|sentence|term|handed|given|serve|serving)[ \t]+"
                                r"(?:(?:him|her|them)[ \t]+)?(?:(?:to|for|of)[ \t]+)?(?:(?:only|just)[ \t]+)?$"
                                # ... or a time limit granted: "gave the defence one month to reply"
                                r"|\b(?:giv(?:e|es|en|ing)|gave|granted)[ \t]+(?:\p{L}+[ \t]+){0,2}?$", regex.I)
_CUSTODY_AFTER = patterns.compile(_TERM_UNIT + r"[ \t]+(?:in|behind)[ \t]+(?:prison|jail|custody|detention|bars)\b",
                                  regex.I)
# one of a group just counted in the same sentence: "Two were rescued, with one in serious condition", "Two were
# pulled out, including one who was badly hurt"
_ONE_OF_COUNT_BEFORE = patterns.compile(
    rf"(?<![\p{{L}}-])(?!one\b){FIGURE}[ \t]+(?:(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+)?"
    r"(?:[\p{L}-]+[ \t]+){0,3}?[\p{L}-]+,"
    r"[ \t]+(?:with|including|among[ \t]+them)[ \t]+$", regex.I)


_ONE_FROM_AFTER = patterns.compile(r"[ \t]+from[ \t]+(?:the[ \t]+)?\p{Lu}")
# ... after a figure and its noun and a comma, or after another such part: "two from the Emirates and one from ..."
_COUNT_COMMA_BEFORE = patterns.compile(
    rf"{FIGURE}[ \t]+"
    r"(?:(?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]+,|from[ \t]+[^,;.!?\n]{1,40}?[ \t]and)[ \t]+$")
_ONE_AT_AFTER = patterns.compile(r"[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?\p{Lu}")
_SITE_LIST_BEFORE = patterns.compile(
    rf"{FIGURE}[ \t]+(?:at|in)[ \t]+[^.;!?\n]{{0,60}}"
    r"(?:,|[ \t]and|,[ \t]and)[ \t]+$")


_COUNTED_AFTER = patterns.compile(r"[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?([\p{L}][\p{L}'’-]*)")
_VERBISH = frozenset("says reports shows claims states notes adds warns plans".split())


def _counted_after(after: str) -> bool:
    """Whether a plural noun follows within two words: "2000 people" counts, "Route 6 near" does not."""
    if not after or not (after[0] in " \t%°" or after[0].isalpha()):
        return False  # "6," "6." "6)": no noun and no unit can follow
    m = _COUNTED_AFTER.match(after)
    if m is not None:
        w = m.group(1)
        if is_plural(w) and w.lower() not in _VERBISH and w.lower() not in NP_STOP:
            return True
    return bool(UNIT_AFTER.match(after))


# a model's number: three or four digits, not a round ten ("737", "787", "1011"); round figures ("Section 230",
# "500 planes") are too often counts
_MODEL_DIGITS = regex.compile(r"[1-9]\d{1,2}[1-9]")
# ... and a model's number before a singular noun of what is made or run under it ("the 464 program")
_THE_BEFORE = patterns.compile(r"\b(?:the|its|their)[ \t]+$", regex.I)
_MODEL_NOUN = patterns.compile(
    r"[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?:program|programme|line|series|model|jetliner|airliner|family|variant|freighter"
    r"|fleet|assembly|production)\b(?![’'-])")
# a model code's variant after the hyphen: a round hundred ("737-800", "777-300"), never the top of a range
_VARIANT = patterns.compile(r"-[1-9]00(?!\d)")
# the names makers give an airliner's variants after its number: "737 MAX 8", "A320neo", "777X", "A321XLR"
_MODEL_SUFFIX = patterns.compile(r"[ -]?(?:MAX|Max|NEO|neo|XLR|LR)\b|X(?![\p{L}-])")


def _named_model(text: str, h: Hit, n1: str) -> bool:
    """Whether a number skipped as not a count is a name's ("Boeing 737", "Airbus 320"): a capitalised word
    right before it that ``_is_label`` takes for a name."""
    s = h.core.start("n1")
    before = text[max(0, s - 40):s]
    return bool(_NAME_BEFORE.search(before)) and _is_label(text, h, n1, before, text[h.core.end():h.core.end() + 40])


def _model_code(text: str, h: Hit) -> bool:
    """Whether "737-800" read as a range is a model code: a low end no round figure, a variant a round hundred."""
    return _VARIANT.match(text, h.core.start("n1") + len(h.g["n1"] or "")) is not None
