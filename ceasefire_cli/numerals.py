"""How numbers are written: the number grammar, the pre-scan that finds where it may match, and
the value of each written form ("1,968", "35 000", "2.5bn", "Two-hundred fifty", "half a million",
"dozens"). ``numbers`` decides which of these count something and what their qualifier allows.

The grammar is regular expressions built from word tables; the qualifier in front of a number is
read backwards from it, so the scan itself only stops where a number can start. Pure functions,
compiled patterns.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

import regex

from . import patterns
from .textutil import digits_known, sentence_spans
from .units import CURRENCY_CODES, CURRENCY_SIGNS, DOLLAR_PREFIXES, FUSED, UNIT_AFTER

__all__ = [
    "FIGURE", "FRACTIONS", "HALF", "MONTH_ABBR", "MONTH_FULL", "ONES_WORDS", "OPENS_WITH_TOLL_VERB", "QUAL_NAMES",
    "QUAL_PATTERN", "SCALES", "TEENS_WORDS", "TENS_WORDS", "TOLL_VERBS", "TRAILING_SCALES", "WORD_VALUES", "Hit",
    "hits", "parse_number", "rounded", "vague_amount",
]

# ---------------------------------------------------------------------------------------------
# The number grammar
# ---------------------------------------------------------------------------------------------

_SP = r"[ \t\u00a0]{1,2}"  # a blanked-out run (3+ spaces) never joins two words
MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# thousands grouped by commas, or by single (no-break, thin) spaces as in "35 000"; never a longer first
# group, and not after a month name: in "on March 5 200 people fled" the 5 is a day
_DIG = (
    r"(?:\d{1,3}(?:,\d{3})+"
    rf"|(?<!\b(?:{MONTH_FULL}|{MONTH_ABBR})\.?[ \t\u00a0]{{1,2}})\d{{1,3}}(?:[ \u00a0\u2009\u202f]\d{{3}})+(?!\d)"
    r"|\d+)(?:\.\d+)?"
)
# lakh (100,000) and crore (10 million): how South Asian outlets write large figures ("2.5 lakh people")
_SCALE = r"(?:hundred|thousand|lakhs?|crores?|million|billion|trillion)"
_DNUM = rf"{_DIG}(?:(?:bn|mn|m|k)\b|{_SP}(?:bn|mn)\b|(?:{_SP}|-){_SCALE}\b)?"  # ("a $4.1-billion loan")
ONES_WORDS = "one|two|three|four|five|six|seven|eight|nine"
TEENS_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# a figure as written in a pattern that looks around a count: digits, or a number word up to ninety
FIGURE = rf"(?:\d[\d,]*|\b(?i:{ONES_WORDS}|{TEENS_WORDS}|{TENS_WORDS}))"
# what joins one figure of a list to the next: "140 and 41 seats", "30, 12, 9 or 4 boats"
FIGURE_JOIN = r"(?:,|,?[ \t]+(?:and|or))[ \t]+"
# another group counted right before a figure, joined by "and": "two soldiers and one medic", "three children and
# three staff members" (searched in a window ending at the figure)
COUNT_AND_BEFORE = patterns.compile(
    rf"(?:{FIGURE}|\b(?:dozen|hundred|thousand))[ \t]+(?:[\p{{L}}-]+[ \t]+){{0,4}}?and[ \t]+$", regex.I)
_JOIN = r"(?:[ \t\u00a0]|-)"  # "twenty one", "twenty-one", "Two-hundred"
_SMALL = rf"(?:(?:{TENS_WORDS})(?:{_JOIN}(?:{ONES_WORDS})\b)?|{TEENS_WORDS}|{ONES_WORDS})"
SMALL_NUMBER_WORDS = _SMALL  # a number below a hundred in words: "twelve", "twenty-one", "forty one"
_HUN = rf"(?:(?:{_SMALL}|a){_JOIN}hundred(?:{_SP}(?:and{_SP})?{_SMALL})?)"
_BIG = rf"(?:{_SP}(?:thousand|lakhs?|crores?|million|billion))"
# after a scale word the rest of the number may follow: "two thousand five hundred", "a thousand and one"
_BIG_REST = rf"(?:{_BIG}(?:{_SP}(?:and{_SP})?(?:{_HUN}|{_SMALL})(?!{_SP}dozen))?)"
# "three and a half", "a three-and-a-half-month trial", and in digits "4½ years", "3 1/2 years"
HALF = rf"(?:(?:{_SP}and{_SP}a{_SP}|-and-a-)half|[ ]?½|[ ]1/2(?![\d/]))"
_WNUM = (
    rf"(?:half{_SP}a{_SP}(?:million|billion|dozen)|(?:{_SMALL}|a){_SP}dozen"
    rf"|(?:a|one|three){_SP}quarters?{_SP}of{_SP}a{_SP}(?:million|billion)"  # "a quarter of a million": 250,000
    rf"|(?<=\banother{_SP})dozen"  # "another dozen died": the dozen, its "another" read as an increment (periods)
    rf"|(?:{_HUN}|{_SMALL}){_BIG_REST}?|a{_BIG_REST}"
    # "a week", "an hour" are numbers only with a qualifier before or "and a half" after (checked in _parse)
    rf"|an?(?={_SP}(?:second|minute|hour|day|week|month|year|decade)\b))\b"
)
_VAGUE = (
    rf"(?:(?:tens|hundreds){_SP}of{_SP}(?:thousands|millions)"
    rf"|(?:several|a{_SP}few){_SP}(?:dozen|hundred|thousand|million)"
    rf"|dozens|scores(?={_SP}of\b)|hundreds|thousands|millions)\b"
)
_FRAC = (
    rf"(?<!\b(?:first|second|third|last|latter|other|better|top|bottom|front|back){_SP})"
    rf"(?:(?:a|one)[- ](?:half|third|quarter|fifth|tenth)|(?:two|three|four)[- ](?:thirds|quarters|fifths)"
    rf"|(?:three|seven|nine)[- ]tenths|half)"
    rf"(?={_SP}(?:of{_SP})?(?:the|all|its|their|those|these|them|his|her|our|whom)\b"
    rf"|{_SP}of{_SP}(?!this\b|thus\b)\p{{L}}{{3,}}s\b)"  # "two-thirds of voters": a bare plural group
)
# the verb a toll takes right before its figure: "the toll rose to 40", "reached 19", "the death toll is 17"
TOLL_RISE = (r"(?:rose|risen|rises|climbed|climbs|reached|reaches|exceeded|exceeds|topped|tops|passed|surpassed"
             r"|jumped|jumps|increased|increases|went[ \t]+up|stood|stands|hit|hits|rising|climbing|reaching"
             r"|surged|surges|soared|soars|swelled|swells|mounted"
             r"|is|was|remains|remained)(?:[ \t]+(?:to|at))?")
# qualifier phrase -> name; the regex, the pre-scan's last-word test and the names all come from here
# verbs of crossing a threshold ("the toll topped 1,000"): more_than, unless they govern a counted object
TOLL_VERBS = frozenset(
    """pass passes passed passing top tops topped topping exceed exceeds exceeded exceeding surpass surpasses
    surpassed surpassing eclipse eclipses eclipsed eclipsing cross crosses crossed crossing""".split()
) | {f"{verb} past" for verb in (
    "climbed climbs climbing rose rises rising risen went gone surged surges surging soared soars soaring jumped jumps"
    " jumping edged edges crept creeps").split()}  # "rose past 90", "surged past 640"
# a figure whose qualifier is a toll verb opens with it: "topped 100", "crossed 5,000", "climbed past 120"
OPENS_WITH_TOLL_VERB = patterns.compile(rf"(?:{'|'.join(sorted(TOLL_VERBS, key=len, reverse=True))})\b", regex.I)
QUAL_NAMES: dict[str, str] = {
    **dict.fromkeys(["at least", "no fewer than", "no less than", "not fewer than", "not less than",
                     "a minimum of"], "at_least"),
    **dict.fromkeys(["more than", "over", "above", "upwards of", "in excess of", "well over", "just over",
                     "slightly over", "well above", "just above", "slightly above", *TOLL_VERBS], "more_than"),
    **dict.fromkeys(["nearly", "almost", "just under", "just below", "slightly under", "slightly below",
                     "just shy of", "close to"], "nearly"),
    **dict.fromkeys(["about", "around", "roughly", "approximately", "an estimated", "estimated", "estimated at",
                     "c.", "ca.", "circa"], "about"),
    "some": "some",
    **dict.fromkeys(["up to", "as many as", "as much as", "as high as", "a maximum of", "no more than", "not more than",
                     "at most", "within"], "up_to"),
    **dict.fromkeys(["fewer than", "less than", "under", "below", "well under", "well below"], "fewer_than"),
}
# longest first, so "no more than" is not read as "more than"; one group, so that what a pattern puts after it
# ("(?:{QUAL_PATTERN}[ \t]+)?") follows every qualifier, not only the last of the alternatives
QUAL_PATTERN = "(?:" + "|".join(_SP.join(map(re.escape, p.split()))
                                for p in sorted(QUAL_NAMES, key=lambda p: (-len(p), p))) + ")"
# words that open a part of a group just counted: "40 killed, including 9 children", "30 missing, among them 4"
SUBSET_LEAD = r"(?:including|among[ \t]+them|among[ \t]+whom)"
# a swap of like for like, one side's share named twice: "a 1,000-for-1,000 exchange", "390 for 390"
LIKE_FOR_LIKE = r"(?P<a>\d{1,3}(?:,\d{3})+|\d+)(?:-for-|[ ]for[ ])(?P<b>\d{1,3}(?:,\d{3})+|\d+)"
# words of captives swapped, in whose sentence "1,000-for-1,000" is each side's share, not a score ("3 for 3")
CAPTIVE_SWAP = patterns.compile(r"\b(?:prisoners?|POWs?|captives?|hostages?|detainees?|swaps?|exchanges?|swapped"
                                r"|exchanged|traded)\b", regex.I)
# ... and a part said to be among a group after it: "the two drivers were among the dead"
AMONG_VERB = r"\b(?:were|are|was|is)[ \t]+(?:(?:also|reportedly|believed[ \t]+to[ \t]+be)[ \t]+)?among"
AMONG = rf"{AMONG_VERB}[ \t]+(?:the|those)\b"
# a change told by its noun: "an increase of 16", "a drop of 5" (what a holder gained or lost)
GAIN_OF = r"(?:an?|the)[ \t]+(?:increase|gain|rise)[ \t]+of"
LOSS_OF = r"(?:an?|the)[ \t]+(?:drop|fall|loss|decline)[ \t]+of"
# a figure that goes on from a holder's figure before it: what it was left with, or how much it changed
# ("lost 38 seats, leaving them with 19", "hold 71 wards, an increase of 16", "… , down 5")
# a whole a figure is a part of, said before it: "9 out of 10", "voted 9 to 4, out of (the) 15 members"
OUT_OF_BEFORE = patterns.compile(r"\bout[ \t]+of[ \t]+(?:the[ \t]+)?$", regex.I)
# a whole after its part's figure: "31 of the 48 bodies", "31 out of 48 deceased", "about 40 of the roughly 95",
# "900 of the country's 1,300 interns" (a whole a possessive names)
WHOLE_AFTER_PART = patterns.compile(
    rf"(?r){FIGURE}[ \t]+(?:of[ \t]+(?:the|those|(?:the[ \t]+)?\p{{L}}+['’]s)|out[ \t]+of(?:[ \t]+the)?)[ \t]+$",
    regex.I)
# the figure a whole is short of: "all but two (of the 181 on board) died" counts the two who did not
ALL_BUT = patterns.compile(r"\b(?:all|everyone|everybody)\s+but\s+$", regex.I)
GOES_ON_FROM = rf"leaving[ \t]+(?:it|them)[ \t]+with|{GAIN_OF}|{LOSS_OF}|down|up"
_NUM = rf"(?:{_DNUM}|{_WNUM})"

_LEFT = r"(?<![\w.,/:@#&+\-'’])"
# a currency written before the figure (units.CURRENCY_SIGNS, DOLLAR_PREFIXES): signs, dollars of a country
# ("A$5 million", "HK$20 million"), the rupee's "Rs"/"Rs." ("Rs 10 lakh"; "Rs0.5 million", fused), and ISO codes
# (units.CURRENCY_CODES: "PKR 500,000")
_DOLLAR_LETTERS = "|".join(sorted(DOLLAR_PREFIXES, key=lambda p: (-len(p), p)))
_SIGNS = "".join(map(re.escape, CURRENCY_SIGNS))
_CODES = "|".join(sorted((c.upper() for c in CURRENCY_CODES), key=lambda c: (-len(c), c)))
_CURRENCY_SIGN = rf"(?:(?:{_DOLLAR_LETTERS})?\$|[{_SIGNS}]|Rs\.?[ \u00a0]?|(?-i:{_CODES})[ \u00a0]?)"


def _core(sep: str) -> regex.Pattern[str]:
    """The number itself (no qualifier): currency, number or range, "and a half", hyphenated unit,
    "or more"."""
    return patterns.compile(
        rf"{_LEFT}(?:(?P<cur>{_CURRENCY_SIGN})|{_LEFT})"
        rf"(?:(?P<frac>{_FRAC})"
        rf"|(?P<n1>{_DNUM}|{_WNUM}|{_VAGUE})(?P<half>{HALF}(?:{_SP}(?:million|billion)\b)?)?"
        # (a range hyphenated whole, "five-to-8 days", as an adjective is)
        rf"(?:(?P<sep>[-–](?=\d)|{_SP}{sep}{_SP}|-to-)(?P<cur2>{_CURRENCY_SIGN})?(?P<n2>{_NUM}))?)"
        r"(?P<hy>-(?P<hyw>[a-z]+(?:-[a-z]+)*))?"
        rf"(?P<suf>{_SP}or{_SP}(?:more|so)\b|\+)?"
        rf"(?!(?=[\w@/])(?!{FUSED}\b)|[.,:]\d|[-–]\d)",
        regex.I,
    )


_CORE = _core(rf"(?:(?<!\bfrom{_SP}\S+{_SP})to|or)")


@lru_cache(maxsize=1)
def _core_between() -> regex.Pattern[str]:
    """The core after "between" ("between 700 and 750"): compiled on first use, as few texts need it
    and it costs a fifth of the package's start-up. "Between 10 to 12" is read as "between 10 and 12": wire copy
    written by non-native hands uses both."""
    return _core("(?:and|to)")


# the qualifier is read backwards from the number, so the scan itself only stops at numbers
_QUAL_BEFORE = patterns.compile(rf"(?r)\b(?:(?P<btw>between)|(?P<q>{QUAL_PATTERN})){_SP}$", regex.I)
_QUAL_LAST_WORDS = frozenset({p.split()[-1] for p in QUAL_NAMES} | {"between"})
_A_THINGS = "dozen|hundred|thousand|million|billion|third|quarter|half|fifth|tenth"
_A_TIMES = "a second|a minute|an hour|a day|a week|a month|a year|a decade"
_ANCHOR_WORDS = sorted(
    [*ONES_WORDS.split("|"), *TEENS_WORDS.split("|"), *TENS_WORDS.split("|"),
     "dozens", "scores", "hundreds", "thousands", "millions",
     "half", "third", "thirds", "quarter", "quarters", "tenths", "tens of", "several", "a few",
     *(f"a {w}" for w in _A_THINGS.split("|")), *_A_TIMES.split("|")],
    key=len,
    reverse=True,
)


def _trie(words: list[str]) -> str:
    """A regex for a set of lower-case literals with their shared prefixes factored out at every level,
    so that ``re`` decides with one character at a time instead of trying every word."""
    if words == [""]:
        return ""
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        groups.setdefault(w[:1], []).append(w[1:])
    alts = [re.escape(k) + _trie(rest) for k, rest in groups.items() if k]
    body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    return f"(?:{body})?" if "" in groups else body


# Where a number can start: digits or a currency sign, and number words. Two scans merged beat one
# alternation (measured 22 ms against 28 ms on the 1 MB bench corpus): alone, the digit pattern lets
# ``re`` skip to candidate characters. Plain ``re`` runs these about twice as fast as ``regex``.
_ANCHOR_DIGITS = re.compile(rf"[0-9{_SIGNS}][0-9,.]*")
_ANCHOR_WORDS_RE = re.compile(rf"\b{_trie(_ANCHOR_WORDS)}\b")
_DOLLAR_PREFIX = re.compile(rf"(?<![\w.])(?:{_DOLLAR_LETTERS})$")  # lower case: "HK$20" starts at "HK"
_RUPEES_BEFORE = re.compile(r"(?<![\w.])rs\.?[ \u00a0]?$")  # lower case: "Rs 10 lakh" starts at "Rs"
_CODE_BEFORE = re.compile(rf"(?<![\w.])(?:{_CODES})[ \u00a0]?$")  # as written: "PKR 500,000" starts at "PKR"
_ANOTHER_DOZEN = re.compile(r"\banother[ \t]+(?=dozen\b)")  # the dozen's anchor is after "another"


def _anchors(low: str) -> list[int]:
    """Offsets in the lower-cased text where a number may start, in order."""
    starts = [m.start() for m in _ANCHOR_DIGITS.finditer(low)]
    starts += [m.start() for m in _ANCHOR_WORDS_RE.finditer(low)]
    starts += [m.end() for m in _ANOTHER_DOZEN.finditer(low)]
    starts.sort()  # three sorted runs: linear
    return starts


class Hit:
    """A core number match plus the qualifier match before it, read like one match."""

    __slots__ = ("core", "g", "qual")

    def __init__(self, core: regex.Match[str], qual: regex.Match[str] | None) -> None:
        self.core = core
        self.qual = qual
        g = core.groupdict()  # one C call; the checks below read groups many times
        g["q"] = qual.group("q") if qual is not None else None
        g["btw"] = qual.group("btw") if qual is not None else None
        self.g = g

    def group(self, name: str) -> str | None:
        return self.g[name]

    def start(self, name: str | None = None) -> int:
        if name is None:
            return self.qual.start() if self.qual is not None else self.core.start()
        if name in ("q", "btw"):
            return self.qual.start(name) if self.qual is not None else -1
        return self.core.start(name)

    def end(self, name: str | None = None) -> int:
        return self.core.end() if name is None else self.core.end(name)


# A sentence with more places where a number may start than this is a table or junk, not prose; its
# remaining numbers are skipped, which keeps extraction linear with a small constant on a 100 KB line
# of "12 12 12 ...". The most in one sentence of the 89 real articles at hand (seeds, dev set, extra
# clusters) is 15.
MAX_ANCHORS_PER_SENTENCE = 100
# And at most one place per CHARS_PER_ANCHOR characters over the whole text (at least MIN_ANCHORS):
# "1\n1\n1\n..." or "1. 1. 1. ..." put one number in each sentence, so only a density bound keeps
# them under a second per 100 KB (a number costs 30-90 µs to read). The densest real article at hand
# has one place per 66 characters.
CHARS_PER_ANCHOR = 20
MIN_ANCHORS = 1000


_YEAR = regex.compile(r"(?:19|20)\d\d")  # a low end that is a year is no range's: "from 2019 to 2024" is no count
# a change, then by how much: "the toll rose by 14 to 210" is 14 more, then the new total, no range from 14 to 210
# (but "prices rose by 5 to 10 percent" is a range of the change: a unit after it says so); periods reads the same
# words before a figure as an increment, as it does "an increase of 14"
CHANGED_BY = patterns.compile(
    r"\b(?:ris(?:es|en|ing)|rose|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|increas(?:es|ed|ing)|surg(?:es|ed|ing)"
    r"|soar(?:s|ed)|gr(?:ew|own|ows|owing)|went[ \t]+up|go(?:es)?[ \t]+up|fell|falls?|falling|dropp(?:ed|ing)|drops?"
    r"|declin(?:es|ed|ing)|decreas(?:es|ed|ing)|shr(?:ank|unk|inks?)|up|down)[ \t]+by[ \t]+$"
    r"|\b(?:an?[ \t]+)?(?:increase|rise|jump|drop|decrease|fall)[ \t]+of[ \t]+$", regex.I)
CHANGED_REACH = 30  # characters before a figure that "rose by " and its like fit in


def hits(text: str) -> list[Hit]:
    """Every number expression, scanning a lower-cased copy for anchors (C speed) and matching the
    full grammar only there."""
    low = text.lower()
    if len(low) != len(text):  # a few non-ASCII letters change length when lower-cased
        low = regex.sub(r"[A-Z]+", lambda m: m.group().lower(), text)
    out: list[Hit] = []
    last = 0
    spans = sentence_spans(text)
    sent_end, left = -1, 0
    allowed = max(MIN_ANCHORS, len(text) // CHARS_PER_ANCHOR)
    for p in _anchors(low):
        if p < last:
            continue
        allowed -= 1
        if allowed < 0:  # a dump of numbers: the rest of the text is not read for them
            break
        if p >= sent_end:  # a new sentence: a fresh allowance of anchors
            i = bisect_right(spans, (p, len(text) + 1)) - 1
            sent_end, left = (spans[i][1] if i >= 0 else p + 1), MAX_ANCHORS_PER_SENTENCE
        left -= 1
        if left < 0:  # a table or a dump of numbers, not prose: the rest of this sentence is skipped
            last = sent_end
            continue
        if low[p] == "$" and p and low[p - 1].isalpha() and (dollar := _DOLLAR_PREFIX.search(low, max(0, p - 3), p)):
            p = dollar.start()
        elif p >= 2 and low[p - 1] in " .\u00a0s" and (rs := _RUPEES_BEFORE.search(low, max(0, p - 5), p)):
            p = rs.start()
        elif p >= 3 and text[p - 1] in " \u00a0ABCDEFGHIJKLMNOPQRSTUVWXYZ" \
                and (code := _CODE_BEFORE.search(text, max(0, p - 4), p)):
            p = code.start()
        # the qualifier regex runs only when the word before the number can end one
        tail = low[max(last, p - 16):p].split()
        qm = _QUAL_BEFORE.search(text, max(last, p - 30), p) \
            if tail and tail[-1].lstrip("\"“‘'([—–-") in _QUAL_LAST_WORDS else None
        core = _core_between() if qm is not None and qm.group("btw") else _CORE
        cm = core.match(text, p)
        if cm is None or not digits_known(text, cm.start(), cm.end()):
            continue
        if cm.group("n2") and _YEAR.fullmatch(cm.group("n1") or "") and not cm.groupdict().get("btw") \
                and (cut := core.match(text, p, cm.end("n1"))) is not None:
            cm = cut  # "returned in 2024 to 1,358": a year, then the figure the year's total came to
        elif cm.group("n2") and cm.group("sep").strip().lower() == "to" and low[p - 3:p] == "by " \
                and CHANGED_BY.search(text, max(last, p - CHANGED_REACH), p) and not UNIT_AFTER.match(text, cm.end()) \
                and (cut := core.match(text, p, cm.end("n1"))) is not None:
            cm = cut  # "rose by 14 to 210": the change, then the total it came to
        out.append(Hit(cm, qm))
        last = cm.end()
    return out


WORD_VALUES = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
        " sixteen seventeen eighteen nineteen".split()
    )
}
WORD_VALUES.update({w: 10 * (i + 2) for i, w in enumerate(TENS_WORDS.split("|"))})
SCALES = {"hundred": 100, "thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "million": 1e6,
          "billion": 1e9, "trillion": 1e12}
_ABBR_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1, "tenths": 0.1,
              "thirds": 1 / 3, "quarters": 0.25,
              "fifths": 0.2}

# value, low, high of vague amounts: the conventional low figure and an honest band
_VAGUE_VALUES: dict[str, tuple[float, float, float]] = {
    "dozens": (24, 24, 99),
    "scores": (40, 40, 199),
    "hundreds": (200, 200, 999),
    "thousands": (2000, 2000, 9999),
    "millions": (2e6, 2e6, 999e6),
    "tens of thousands": (1e4, 1e4, 99999),
    "hundreds of thousands": (1e5, 1e5, 999999),
    "tens of millions": (1e7, 1e7, 99999999),
    "hundreds of millions": (1e8, 1e8, 999999999),
}
_VAGUE_BASE = {"dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6}

_WORD_SPLIT = patterns.compile(r"[\s\-]+")
_DIGITS = patterns.compile(r"(\d[\d,]*(?:[ \u00a0\u2009\u202f]\d{3})*(?:\.\d+)?)(?:-(?=[a-z])|[ \t\u00a0]*)([a-z]*)")
_GROUP_SEPARATORS = str.maketrans("", "", ", \u00a0\u2009\u202f")
TRAILING_SCALES = patterns.compile(
    r"(?:(?:[ \t\u00a0]*|-)(?:hundred|thousand|lakhs?|crores?|million|billion|trillion|bn|mn|m|k)\b)+$", regex.I
)

def _word_value(words: str) -> float:
    """Value of a spelled-out number ("two hundred and fifty thousand", "a dozen", "half a million")."""
    toks = _WORD_SPLIT.split(words.lower().strip())
    if toks[0] == "half":  # half a million / half a dozen
        mult = {"dozen": 12.0, "million": 1e6, "billion": 1e9}[toks[-1]]
        return 0.5 * mult
    if toks[1:2] in (["quarter"], ["quarters"]):  # a quarter / three quarters of a million
        return (0.75 if toks[0] == "three" else 0.25) * SCALES[toks[-1]]
    total = 0.0
    current = 0.0
    for t in toks:
        if t in WORD_VALUES:
            current += WORD_VALUES[t]
        elif t in ("a", "an"):
            current = 1.0
        elif t == "hundred":
            current = (current or 1.0) * 100
        elif t == "dozen":
            current = (current or 1.0) * 12
        elif t in SCALES:
            total += (current or 1.0) * SCALES[t]
            current = 0.0
    return total + current


def parse_number(s: str) -> tuple[float, bool]:
    """(value, has_scale) of one number expression from the grammar (not a vague amount)."""
    low = s.lower()
    if low[0].isdigit():
        m = _DIGITS.match(low)
        assert m is not None
        v = float(m.group(1).translate(_GROUP_SEPARATORS))
        scale = m.group(2)
        if scale in SCALES:
            return rounded(v * SCALES[scale]), True
        if scale in _ABBR_SCALES:
            return rounded(v * _ABBR_SCALES[scale]), True
        return v, False
    return _word_value(low), any(w in low for w in (*SCALES, "dozen"))


def vague_amount(s: str) -> tuple[float, float, float] | None:
    """(value, low, high) of a vague amount ("dozens", "several hundred"), or None if not vague."""
    key = " ".join(s.lower().split())
    if key in _VAGUE_VALUES:
        v, lo, hi = _VAGUE_VALUES[key]
        return float(v), float(lo), float(hi)
    parts = key.split()
    if parts[-1] in _VAGUE_BASE and (parts[0] == "several" or parts[:2] == ["a", "few"]):
        base = _VAGUE_BASE[parts[-1]]
        k = 3 if parts[0] == "several" else 2
        return float(k * base), float(k * base), float(10 * base - 1)
    return None


def rounded(x: float) -> float:
    """Round away float noise (1.1 * 50 = 55.000000000000007)."""
    return round(x, 6)
