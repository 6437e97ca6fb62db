"""Numbers in news prose and the interval their qualifier allows: "at least 40", "some 30", "90-day".

A plain ``re`` pre-scan finds where numbers can start (digits, currency signs, number words); the
full number grammar is matched only there, and its qualifier ("more than", "nearly", "between")
is read backwards from the number. Cheap per-match Python then throws out numbers that are not
counts (years, dates, clock times, ages, names like "Route 6", URLs, "3 times", "1 in 5"). What a
surviving number counts is read by ``counted``. Compiled patterns only; no state between calls.

Qualifier -> interval (``low``/``high``; ``None`` is an open end):

==========  ==================================================  =======================
qualifier   words                                               interval
==========  ==================================================  =======================
at_least    at least, no fewer/less than, a minimum of, N+      [N, None)
more_than   more than, over, upwards of, in excess of, above;     (N, None) -> low=N
            passes/tops/exceeds N after toll/number/figure
nearly      nearly, almost, just under, close to                [0.9N, N]
about       about, around, roughly, approximately, estimated,   [0.9N, 1.1N]
            c., ca., circa
some        some N                                              [0.8N, 1.2N]
up_to       up to, as many as, within, at most, no more than    (None, N]
fewer_than  fewer than, less than, under, below                 [0, N)
range       between A and B, A to B, A-B, A or B                [A, B], value A
vague       dozens, scores, hundreds, thousands, tens of ...    conventional wide band
exact       anything else                                       [N, N]
==========  ==================================================  =======================

Units: durations carry the singular time unit (``day``, ``week``, ``month``, ``year``,
``hour``, ``minute``, ``second``; decades become years); other measures carry ``percent``,
``USD``/``EUR``/``GBP``/``ILS`` (named local currencies: their ISO code, else ``currency``),
``km``, ``mile``, ``metre``, ``tonne``, ``kg``, ``magnitude``, ``degree``;
shares ("half the hostages") carry ``fraction`` with a value in (0, 1).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import regex

from .textutil import sentence_span_at, sentence_spans

__all__ = ["NumberSpan", "find_numbers", "is_plural"]


# ---------------------------------------------------------------------------------------------
# The number grammar
# ---------------------------------------------------------------------------------------------

_SP = r"[ \t\u00a0]{1,2}"  # a blanked-out run (3+ spaces) never joins two words
_DIG = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_SCALE = r"(?:hundred|thousand|million|billion|trillion)"
_DNUM = rf"{_DIG}(?:(?:bn|mn|m|k)\b|{_SP}(?:bn|mn)\b|{_SP}{_SCALE}\b)?"
_U = "one|two|three|four|five|six|seven|eight|nine"
_T = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_X = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SMALL = rf"(?:(?:{_X})(?:-(?:{_U}))?|{_T}|{_U})"
_HUN = rf"(?:(?:{_SMALL}|a){_SP}hundred(?:{_SP}(?:and{_SP})?{_SMALL})?)"
_BIG = rf"(?:{_SP}(?:thousand|million|billion))"
_WNUM = (
    rf"(?:half{_SP}a{_SP}(?:million|billion|dozen)|(?:{_SMALL}|a){_SP}dozen"
    rf"|{_HUN}{_BIG}?|{_SMALL}{_BIG}?|a{_BIG})\b"
)
_VAGUE = (
    rf"(?:(?:tens|hundreds){_SP}of{_SP}(?:thousands|millions)"
    rf"|(?:several|a{_SP}few){_SP}(?:dozen|hundred|thousand|million)"
    rf"|dozens|scores(?={_SP}of\b)|hundreds|thousands|millions)\b"
)
_FRAC = (
    rf"(?:(?:a|one)[- ](?:half|third|quarter|fifth)|(?:two|three|four)[- ](?:thirds|quarters|fifths)|half)"
    rf"(?={_SP}(?:of{_SP})?(?:the|all|its|their|those|these|them|his|her|our|whom)\b)"
)
# qualifier phrase -> name; the regex, the pre-scan's last-word test and the names all come from here
_TOLL_VERBS = frozenset("passes passed tops topped exceed exceeds exceeded surpass surpasses surpassed".split())
_QUAL_NAMES: dict[str, str] = {
    **dict.fromkeys(["at least", "no fewer than", "no less than", "not fewer than", "not less than",
                     "a minimum of"], "at_least"),
    **dict.fromkeys(["more than", "over", "above", "upwards of", "in excess of", "well over", "just over",
                     "slightly over", "well above", "just above", "slightly above", *_TOLL_VERBS], "more_than"),
    **dict.fromkeys(["nearly", "almost", "just under", "just below", "slightly under", "slightly below",
                     "just shy of", "close to"], "nearly"),
    **dict.fromkeys(["about", "around", "roughly", "approximately", "an estimated", "estimated", "c.", "ca.",
                     "circa"], "about"),
    "some": "some",
    **dict.fromkeys(["up to", "as many as", "as much as", "a maximum of", "no more than", "not more than",
                     "at most", "within"], "up_to"),
    **dict.fromkeys(["fewer than", "less than", "under", "below", "well under", "well below"], "fewer_than"),
}
# longest first, so "no more than" is not read as "more than"
QUAL_PATTERN = "|".join(_SP.join(map(re.escape, p.split())) for p in sorted(_QUAL_NAMES, key=lambda p: (-len(p), p)))
_NUM = rf"(?:{_DNUM}|{_WNUM})"

_LEFT = r"(?<![\w.,/:@#&+\-'’])"


def _core(sep: str) -> regex.Pattern[str]:
    """The number itself (no qualifier): currency, number or range, hyphenated unit, "or more"."""
    return regex.compile(
        rf"{_LEFT}(?P<cur>US\$|\$|€|£|₪)?{_LEFT}"
        rf"(?:(?P<frac>{_FRAC})"
        rf"|(?P<n1>{_DNUM}|{_WNUM}|{_VAGUE})(?:(?P<sep>[-–](?=\d)|{_SP}{sep}{_SP})(?P<n2>{_NUM}))?)"
        r"(?P<hy>-(?P<hyw>[a-z]+(?:-[a-z]+)*))?"
        rf"(?P<suf>{_SP}or{_SP}(?:more|so)\b|\+)?"
        r"(?!(?!(?:km|kg)\b)[\w@/]|[.,:]\d|[-–]\d)",
        regex.I,
    )


_CORE = _core(rf"(?:(?<!\bfrom{_SP}\S+{_SP})to|or)")
_CORE_BETWEEN = _core("and")
# the qualifier is read backwards from the number, so the scan itself only stops at numbers
_QUAL_BEFORE = regex.compile(rf"(?r)\b(?:(?P<btw>between)|(?P<q>{QUAL_PATTERN})){_SP}$", regex.I)
_QUAL_LAST_WORDS = frozenset({p.split()[-1] for p in _QUAL_NAMES} | {"between"})
_A_THINGS = "dozen|hundred|thousand|million|billion|third|quarter|half|fifth"
_ANCHOR_WORDS = sorted(
    [*_U.split("|"), *_T.split("|"), *_X.split("|"), "dozens", "scores", "hundreds", "thousands", "millions",
     "half", "third", "thirds", "quarter", "quarters", "tens of", "several", "a few",
     *(f"a {w}" for w in _A_THINGS.split("|"))],
    key=len,
    reverse=True,
)


def _anchor_pattern() -> re.Pattern[str]:
    """Where a number can start: a digit, a currency sign, or a number word from a first-letter tree
    of lower-case literals. Plain ``re`` runs this pre-scan about twice as fast as ``regex``."""
    tree: dict[str, list[str]] = {}
    for w in _ANCHOR_WORDS:
        tree.setdefault(w[0], []).append(re.escape(w[1:]))
    words = "|".join(f"{re.escape(k)}(?:{'|'.join(v)})" for k, v in tree.items())
    return re.compile(rf"[0-9$€£₪][0-9,.]*|\b(?:{words})\b")


_ANCHOR = _anchor_pattern()


class _Hit:
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


def _hits(text: str) -> list[_Hit]:
    """Every number expression, scanning a lower-cased copy for anchors (C speed) and matching the
    full grammar only there."""
    low = text.lower()
    if len(low) != len(text):  # a few non-ASCII letters change length when lower-cased
        low = regex.sub(r"[A-Z]+", lambda m: m.group().lower(), text)
    out: list[_Hit] = []
    last = 0
    spans = sentence_spans(text)
    sent_end, left = -1, 0
    allowed = max(MIN_ANCHORS, len(text) // CHARS_PER_ANCHOR)
    for a in _ANCHOR.finditer(low):
        p = a.start()
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
        if p >= 2 and low[p - 2:p] == "us" and low[p] == "$":
            p -= 2
        # the qualifier regex runs only when the word before the number can end one
        tail = low[max(last, p - 16):p].split()
        qm = _QUAL_BEFORE.search(text, max(last, p - 30), p) \
            if tail and tail[-1].lstrip("\"“‘'([—–-") in _QUAL_LAST_WORDS else None
        core = _CORE_BETWEEN if qm is not None and qm.group("btw") else _CORE
        cm = core.match(text, p)
        if cm is None:
            continue
        out.append(_Hit(cm, qm))
        last = cm.end()
    return out


_WORD_VALUES = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
        " sixteen seventeen eighteen nineteen".split()
    )
}
_WORD_VALUES.update({w: 10 * (i + 2) for i, w in enumerate(_X.split("|"))})
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_ABBR_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9}
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "thirds": 1 / 3, "quarters": 0.25,
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

# ---------------------------------------------------------------------------------------------
# What is not a count
# ---------------------------------------------------------------------------------------------

_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MONTHS = _MONTH_FULL + "".join(rf"|{a}\.?" for a in _MONTH_ABBR.split("|"))  # "Jan. 19", "Jan 19"
MONTH_CS = _MONTH_FULL + "".join(rf"|{a}\." for a in _MONTH_ABBR.split("|"))  # time anchors: "Jan." only
WEEKDAY_ALT = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTH_ANY = f"{_MONTHS}|{_MONTH_FULL.upper()}"
_MONTH_BEFORE = regex.compile(rf"\b(?:{_MONTH_ANY})[ \t\u00a0]+(?:the[ \t]+)?$")
_MONTH_AFTER = regex.compile(rf"[ \t\u00a0]+(?:of[ \t]+)?(?:{_MONTH_ANY})\b")
_CLOCK_AFTER = regex.compile(
    r"[ \t]*(?:[ap]\.m\.|[ap]m\b|GMT\b|UTC\b|ET\b|EST\b|EDT\b|BST\b|CET\b|CEST\b|local[ \t]+time|o['’]clock)", regex.I
)
_AGE_BEFORE = regex.compile(
    r"\b(?:(?:aged|age|ages)[ \t]+(?:(?:between|from|under|over)[ \t]+)?|as[ \t]+(?:young|old)[ \t]+as[ \t]+)$", regex.I
)
_AGE_GROUP_BEFORE = regex.compile(
    r"\b(?:children|kids|babies|infants|boys|girls|men|women|people|adults|those|anyone|everyone|aged|ages)[ \t]+$",
    regex.I,
)
_AGE_AFTER = regex.compile(r"[ \t]+(?:years?[ \t]+old|years?[ \t]+of[ \t]+age|-year-old)\b", regex.I)
_NAME_AGE_BEFORE = regex.compile(r"\b\p{Lu}[\p{L}'’.-]*,[ \t]$")
_PERSON_AGE = regex.compile(r"\b(?:a|an|the|one)[ \t]+(?:[\p{L}-]+[ \t]+)?[\p{L}-]{3,},[ \t]$", regex.I)
_AGE_COMMA_AFTER = regex.compile(r",[ \t]+(?:from|of|who|said|says|told|and|a|an|was|is)\b", regex.I)
_PHONE_AFTER = regex.compile(r"\)[ \t]*\d{3}[-. ]\d{4}\b")
_NAME_BEFORE = regex.compile(r"(?:^|[\s(\"“'‘])([\p{L}][\p{L}'’.-]*|No\.|#)[ \t]$")
_NOT_COUNT_AFTER = regex.compile(  # "3 times", "1 in 5", "[2]", "the 1400 block of", "1600 Pennsylvania Avenue"
    r"(?i:[ \t]+(?:times|in[ \t]+\d|block[ \t]+of)\b|[ \t]*\])"
    r"|[ \t]+(?:[NSEW]\.?[ \t]+|(?:North|South|East|West)[ \t]+)?(?:\p{Lu}\p{Ll}+[ \t]+){1,3}"
    r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Place)(?!\p{L})"
)
_LABEL_BEFORE = regex.compile(
    r"\b(?:page|pages|room|chapter|section|article|paragraph|clause|item|channel|route|flight|platform|gate|line"
    r"|highway|interstate|resolution|number|phase|stage|round|level|category|grade|day|week|verse|episode|season"
    r"|version|model|unit|ward|district|zone|block|building|apartment|floor|bus|train|track|exit|pier|terminal)"
    r"[ \t]$",
    regex.I,
)
_RATIO_BEFORE = regex.compile(r"\b(?:\d+|one)[ \t]+in[ \t]+$", regex.I)  # "1 in 5", "one in seven"
_URLISH_BEFORE = regex.compile(r"(?:https?:|www\.|\w\.\w+/|/)\S*$", regex.I)
_YEAR = regex.compile(r"(?:1[6-9]|20)\d\d")
_YEAR_PREP = regex.compile(
    r"\b(?:in|since|of|by|until|till|from|during|early|late|mid|before|after|the|year|fiscal|summer|winter|"
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

# ---------------------------------------------------------------------------------------------
# Units after the number
# ---------------------------------------------------------------------------------------------

TIME_UNITS = frozenset("second minute hour day week month year decade".split())
_UNIT_AFTER = regex.compile(
    r"(?P<pct>[ \t]*%|[ \t]+per[ \t]?cent\b|[ \t]+percent(?:age[ \t]+points?)?\b)"
    r"|[ \t]+(?:(?:more|additional|full|straight|consecutive|long|extra)[ \t]+)?"
    r"(?P<time>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b(?![ \t-]+old\b)"
    r"|[ \t]+(?P<cur>dollars|euros|shekels|pounds[ \t]+sterling|taka|rupees|naira|yuan|renminbi|yen|rand"
    r"|roubles|rubles|hryvnias?|pesos|dinars|riyals|dirhams|francs|shillings|lira|birr|kwacha|cedis|rupiah|ringgit"
    r"|bolivars)\b"
    r"|[ \t]*(?P<km>km|kilomet(?:er|re)s?)\b(?:[ \t]*\(\d[\d.,]*[ \t]*miles?\))?"
    r"|[ \t]+(?P<mile>miles?)\b"
    r"|[ \t]+(?P<metre>met(?:er|re)s)\b"
    r"|[ \t]*(?P<tonne>tonnes|tons|metric[ \t]+tons)\b"
    r"|[ \t]*(?P<kg>kg|kilograms?|kilos)\b"
    r"|[ \t]+(?P<deg>degrees?)\b|[ \t]*(?P<degsign>°[CF]?)"
    r"|[ \t]+(?P<mag>magnitude)\b",
    regex.I,
)
_MAG_BEFORE = regex.compile(r"\bmagnitude[ \t-]+$", regex.I)
_CURRENCY = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₪": "ILS", "dollars": "USD", "euros": "EUR",
             "shekels": "ILS", "taka": "BDT", "naira": "NGN", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
             "rand": "ZAR", "roubles": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "rupiah": "IDR",
             "ringgit": "MYR", "birr": "ETB", "kwacha": "ZMW", "cedis": "GHS", "bolivars": "VES"}

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
    off away back total altogether combined respectively alone""".split()
)
IRREGULAR_PLURALS = frozenset(
    """people children women men police personnel staff cattle dead wounded injured missing livestock
    clergy youth faithful displaced homeless elderly sick feet teeth mice geese offspring aircraft
    fish sheep deer crew""".split()
)
_NOT_PLURAL = frozenset(
    "this was has is its does always perhaps across various news thus whereas less unless besides "
    "towards afterwards yes us gas bus plus texas paris series species status crisis basis analysis".split()
)

def is_plural(word: str) -> bool:
    """Whether a word looks like a plural noun head (counts > 1 are followed by one)."""
    low = word.lower()
    if low in IRREGULAR_PLURALS:
        return True
    if low in _NOT_PLURAL or len(low) <= 3 or not low.endswith("s"):
        return False
    return not low.endswith(("ss", "us", "is", "'s", "’s"))


_WORD_SPLIT = regex.compile(r"[\s\-]+")
_DIGITS = regex.compile(r"([\d,]+(?:\.\d+)?)[ \t\u00a0]*([a-z]*)")
_TRAILING_WORD = regex.compile(r"[ \t\u00a0]*[a-z]+$", regex.I)



def _word_value(words: str) -> float:
    """Value of a spelled-out number ("two hundred and fifty thousand", "a dozen", "half a million")."""
    toks = _WORD_SPLIT.split(words.lower().strip())
    if toks[0] == "half":  # half a million / half a dozen
        mult = {"dozen": 12.0, "million": 1e6, "billion": 1e9}[toks[-1]]
        return 0.5 * mult
    total = 0.0
    current = 0.0
    for t in toks:
        if t in _WORD_VALUES:
            current += _WORD_VALUES[t]
        elif t == "a":
            current = 1.0
        elif t == "hundred":
            current = (current or 1.0) * 100
        elif t == "dozen":
            current = (current or 1.0) * 12
        elif t in _SCALES:
            total += (current or 1.0) * _SCALES[t]
            current = 0.0
    return total + current


def _parse_number(s: str) -> tuple[float, bool]:
    """(value, has_scale) of one number expression from the grammar (not a vague amount)."""
    low = s.lower()
    if low[0].isdigit():
        m = _DIGITS.match(low)
        assert m is not None
        v = float(m.group(1).replace(",", ""))
        scale = m.group(2)
        if scale in _SCALES:
            return v * _SCALES[scale], True
        if scale in _ABBR_SCALES:
            return v * _ABBR_SCALES[scale], True
        return v, False
    return _word_value(low), any(w in low for w in (*_SCALES, "dozen"))


def _vague(s: str) -> tuple[float, float, float] | None:
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


def _interval(qual: str, v: float) -> tuple[float | None, float | None]:
    """The (low, high) that a qualifier allows around value ``v``."""
    if qual == "at_least" or qual == "more_than":
        return v, None
    if qual == "nearly":
        return _r(0.9 * v), v
    if qual == "about":
        return _r(0.9 * v), _r(1.1 * v)
    if qual == "some":
        return _r(0.8 * v), _r(1.2 * v)
    if qual == "up_to":
        return None, v
    if qual == "fewer_than":
        return 0.0, v
    return v, v


def _r(x: float) -> float:
    """Round away float noise (1.1 * 50 = 55.000000000000007)."""
    return round(x, 6)


def _skip(text: str, m: _Hit, n1: str, value: float) -> bool:
    """Whether this number is not a count: a year, date, time, age, name, URL piece or reference."""
    g = m.g
    s = m.start("n1") if g["n1"] else m.start()
    e = m.end()
    before = text[max(0, s - 40):s]
    after = text[e:e + 40]
    digits = n1[0].isdigit()
    if not digits and n1.lower() == "one":
        return True
    if digits:
        if n1[-1:].lower() in ("m", "k") and n1[-2:-1].isdigit() and not g["cur"] and not _counted_after(after) \
                and not (n1[-1:] == "m" and _MILLIONS_NEAR.search(text, max(0, s - 100), s)):
            return True  # "100m" is metres, "5k" a race; "$5m", "2m people" and "7.4 million ... 7.7m" are millions
        if len(n1) >= 5 and n1.isdigit() and not g["q"] and not _counted_after(after):
            return True  # "text 274637", "ID 100234": counts this large are written "274,637"
        if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(text, m.end("n1")):
            return True
        if _CLOCK_AFTER.match(text, m.end("n1")):
            return True
        if before[-1:] and not before[-1:].isspace() and _URLISH_BEFORE.search(before):
            return True
        if _YEAR.fullmatch(n1) and not g["cur"]:
            # a year unless a plural noun follows and no "in"/"since"/"the" points at a year
            qualified = bool(g["q"] or g["btw"])
            if (not qualified and _YEAR_PREP.search(before)) or after[:1] in ("'", "’") or not _counted_after(after):
                return True
        if g["n2"] and g["sep"] in ("-", "–") and g["n2"][0].isdigit() and _parse_number(g["n2"])[0] <= value:
            return True  # "3-0", "52-48": a score or a vote, not a range
    hyw = (g["hyw"] or "").lower()
    if hyw.endswith(("-old", "-olds")):
        return True
    if _AGE_BEFORE.search(before) or _AGE_AFTER.match(text, e):
        return True
    q = (g["q"] or "").lower()
    if q in ("under", "over", "below", "above") and _AGE_GROUP_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return True  # "children under 5", "those over 65": an age limit
    if not g["q"] and not g["btw"] and not g["cur"]:
        if digits and value < 130 and _NAME_AGE_BEFORE.search(before) and (
                text[e:e + 1] in (",", ";", ")", "") or (text[e:e + 1] == "." and not text[e + 1:e + 2].isdigit())):
            return True  # "Smith, 62, said", "Bell, 19; Reyes, 23; and Ortega, 31."
        if digits and value < 100 and before.endswith(", ") and _PERSON_AGE.search(before) \
                and _AGE_COMMA_AFTER.match(text, e):
            return True  # "a volunteer, 28, from Yangon"
        if before.endswith("(") and _PHONE_AFTER.match(text, e):
            return True  # "(518) 555-0187"
        nb = _NAME_BEFORE.search(before)
        if nb:
            word = nb.group(1)
            low = word.lower().rstrip(".")
            if word in ("No.", "#") or (
                word[0].isupper() and not (word.isupper() and len(word) > 1) and low not in _FUNCTION_WORDS
                and low not in _MONTH_NAMES and not word.endswith(("'s", "’s")) and not _counted_after(after)
            ):
                return True  # "Channel 12", "Resolution 2334", "Boeing 737"
        if _RATIO_BEFORE.search(before) or _LABEL_BEFORE.search(before):
            return True
    return bool(_NOT_COUNT_AFTER.match(text, e))


_COUNTED_AFTER = regex.compile(r"[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?([\p{L}][\p{L}'’-]*)")
_VERBISH = frozenset("says reports shows claims states notes adds warns plans".split())


def _counted_after(after: str) -> bool:
    """Whether a plural noun follows within two words: "2000 people" counts, "Route 6 near" does not."""
    m = _COUNTED_AFTER.match(after)
    if m is not None:
        w = m.group(1)
        if is_plural(w) and w.lower() not in _VERBISH and w.lower() not in NP_STOP:
            return True
    return bool(_UNIT_AFTER.match(after))


@dataclass(slots=True)
class NumberSpan:
    """A number that survived the not-a-count checks, before its clause is read."""

    start: int
    end: int
    np_start: int  # where the counted noun may begin
    value: float
    low: float | None
    high: float | None
    qual: str
    unit: str | None
    sent: tuple[int, int]
    noun: str | None = None  # the counted noun when it is inside the number ("40-truck")


def _parse(text: str, m: _Hit) -> NumberSpan | None:
    """Value, qualifier interval, span and unit of one grammar match; None when it is not a count."""
    g = m.g
    frac = g["frac"]
    n1 = g["n1"] or frac or ""
    q = g["q"]
    qual = _QUAL_NAMES.get(" ".join(q.lower().split()), "exact") if q else "exact"
    start = m.start("q") if q else m.start("cur") if g["cur"] else m.start("btw") if g["btw"] else \
        m.start("n1" if g["n1"] else "frac")
    sent = sentence_span_at(text, m.start())
    if q and sent[1] < m.end():  # "put the toll at c. 320": a splitter may end a sentence inside the match
        sent = (sent[0], sentence_span_at(text, m.end() - 1)[1])
    unit: str | None = None
    hyw = (g["hyw"] or "").lower()
    low: float | None
    high: float | None
    if frac:
        words = frac.lower().replace("-", " ").split()
        value = _r(_FRACTIONS[words[-1]] * _WORD_VALUES.get(words[0], 1))  # "two-thirds"; "a", "half": 1
        unit = "fraction"
        low, high = _interval(qual, value)
    else:
        vague = _vague(n1)
        if vague is not None:
            value, vlow, vhigh = vague
            if qual == "exact":
                qual, low, high = "vague", vlow, vhigh
            else:
                low, high = _interval(qual, value)
        else:
            value, has_scale = _parse_number(n1)
            if _skip(text, m, n1, value):
                return None
            if g["n2"]:
                v2, scale2 = _parse_number(g["n2"])
                if not has_scale and scale2 and value < v2:
                    bare = _TRAILING_WORD.sub("", g["n2"])
                    base = _parse_number(bare)[0] if g["n2"][0].isdigit() else 0
                    if base:
                        value *= v2 / base
                if not (g["btw"] or value < v2):
                    return None
                qual, low, high = "range", value, v2
            else:
                if g["btw"]:
                    start = m.start("n1")
                low, high = _interval(qual, value)
    suf = (g["suf"] or "").strip().lower()
    if hyw == "plus" or suf in ("+", "or more"):
        qual, low, high = "at_least", value, None
    elif suf == "or so":
        qual = "about"
        low, high = _interval("about", value)
    if q and q.lower() in _TOLL_VERBS and not _TOLL_NOUN.search(text, max(0, m.start() - 50), m.start()):
        qual, low, high, start = "exact", value, value, m.start("n1")  # "passed 12 laws": a verb, not a toll
    if q and q.lower() == "over" and _PARTICLE_OVER.search(text, max(0, m.start() - 12), m.start()):
        qual, low, high, start = "exact", value, value, m.start("n1")  # "handed over 20 hostages"
    end = m.end()
    if g["cur"]:
        unit = _CURRENCY.get(g["cur"].lower(), "USD")
    np_start = end
    noun: str | None = None
    if hyw:
        base = hyw.split("-")[0]
        if base.rstrip("s") in TIME_UNITS:
            unit = base.rstrip("s")
        elif base in _HYPHEN_UNITS:
            unit = _HYPHEN_UNITS[base]
        elif base in ("truck", "lorry"):
            noun = "trucks" if base == "truck" else "lorries"  # "a 40-truck convoy": 40 trucks
        elif base not in ("strong", "plus"):
            return None  # "two-state", "60-page", "20-member": a modifier, not a count
    elif unit != "fraction":
        ua = _UNIT_AFTER.match(text, end)
        if ua is not None and unit is None:
            kind = ua.lastgroup
            if kind == "time":
                unit = ua.group("time").lower().rstrip("s")
            elif kind == "pct":
                unit = "percent"
            elif kind == "cur":
                cur = ua.group("cur").lower().split()[0]
                unit = _CURRENCY.get(cur, "GBP" if cur == "pounds" else "currency")
            else:
                unit = _UNIT_NAMES[kind or ""]
            np_start = ua.end()
            if unit in ("percent", "magnitude", "km", "degree") or unit in TIME_UNITS:
                end = ua.end()
                np_start = end
        elif unit is None and _MAG_BEFORE.search(text, max(0, start - 12), start):
            unit = "magnitude"
    if unit == "decade":
        value = value * 10
        low = low * 10 if low is not None else None
        high = high * 10 if high is not None else None
        unit = "year"
    return NumberSpan(start, end, np_start, float(value), low, high, qual, unit, sent, noun)


_MILLIONS_NEAR = regex.compile(r"\d(?:[ \t]+million\b|m\b)")
_TOLL_NOUN = regex.compile(r"\b(?:toll|tally|number|figure|total|count)\b", regex.I)
_PARTICLE_OVER = regex.compile(
    r"\b(?:hand|hands|handed|handing|took|take|takes|taken|taking|turn|turned|turning|turns)[ \t]+$", regex.I
)
_HYPHEN_UNITS = {"magnitude": "magnitude", "km": "km", "kilometre": "km", "kilometer": "km", "mile": "mile"}
_UNIT_NAMES = {"tonne": "tonne", "km": "km", "mile": "mile", "metre": "metre", "kg": "kg", "mag": "magnitude",
               "deg": "degree", "degsign": "degree"}


# Largest value kept (a quadrillion): the biggest sums in the news are trillions; longer digit runs
# are IDs or junk, and from 309 digits on a float is Infinity, which JSON cannot carry.
MAX_VALUE = 1e15


def _in_range(r: NumberSpan) -> bool:
    return all(v is None or -MAX_VALUE <= v <= MAX_VALUE for v in (r.value, r.low, r.high))  # NaN fails too


def find_numbers(text: str) -> list[NumberSpan]:
    """Every number in ``text`` that may count something, with its qualifier interval and unit."""
    return [r for r in (_parse(text, h) for h in _hits(text)) if r is not None and _in_range(r)]
