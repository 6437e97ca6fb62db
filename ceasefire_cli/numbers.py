"""Counts in news prose: "at least 40 villagers killed", "some 30 remaining captives", "90-day".

A plain ``re`` pre-scan finds where numbers can start (digits, currency signs, number words); the
full number grammar is matched only there, and its qualifier ("more than", "nearly", "between")
is read backwards from the number. Cheap per-match Python then throws out numbers that are not
counts (years, dates, clock times, ages, names like "Route 6", URLs, "3 times", "1 in 5") and
reads the clause around each survivor to say what is counted (subject, topic), what happened to
it (role), in what condition (status) and when. Compiled patterns only; no state between calls.

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

Role vocabulary (the clause's verb, normalised; the first one after the counted noun, else the last
one before the number): ``released`` (release, free, exchange, swap, hand over, return),
``remaining`` (remain, still held, held captive, in captivity; "held" of hostages), ``held`` (held,
detained, arrested, imprisoned, jailed, in prison/custody), ``taken`` (took, abducted, seized,
kidnapped, captured), ``killed`` (also the default for deaths), ``injured`` (also the default for
the injured), ``demanded`` (demand, insist on, call for, seek), ``delivered`` (delivered,
transferred, entered, distributed, collected; aid only), ``stuck`` (uncollected, stuck,
stranded, blocked, waiting), ``missing`` (missing, unaccounted for), ``rescued`` (rescued, pulled
out alive), ``intercepted`` (shot down, intercepted, downed) and ``launched`` (launched, fired).
Measures and durations have no role.

Status vocabulary (modifiers of the counted noun, "remains of"/"bodies of" before it, or words
right after it): ``living``, ``dead``, ``remains`` (remains, bodies), ``life-sentence`` (life
sentences, life-term), ``detained``.

Topic: the counted noun decides first ("hostages", "detainees", "trucks"); a noun pointing back
("20 of whom", "18 others", "including 10 children") takes its antecedent's; a generic noun
("people", "civilians") or none reads the clause's verbs and nouns ("killed", "held in ...
prisons", "food insecurity"), nearest after the count first; things ("countries", "books") are
``other``. Spans are qualifier + number (+ scale), plus the unit for durations and measures.

Units: durations carry the singular time unit (``day``, ``week``, ``month``, ``year``,
``hour``, ``minute``, ``second``; decades become years); other measures carry ``percent``,
``USD``/``EUR``/``GBP``/``ILS`` (named local currencies: their ISO code, else ``currency``),
``km``, ``mile``, ``metre``, ``tonne``, ``kg``, ``magnitude``, ``degree``;
shares ("half the hostages") carry ``fraction`` with a value in (0, 1).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

import regex

from .models import Count
from .textutil import sentence_span_at

__all__ = ["find_counts"]

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
_QUAL = "|".join(_SP.join(map(re.escape, p.split())) for p in sorted(_QUAL_NAMES, key=lambda p: (-len(p), p)))
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
_QUAL_BEFORE = regex.compile(rf"(?r)\b(?:(?P<btw>between)|(?P<q>{_QUAL})){_SP}$", regex.I)
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


def _hits(text: str) -> list[_Hit]:
    """Every number expression, scanning a lower-cased copy for anchors (C speed) and matching the
    full grammar only there."""
    low = text.lower()
    if len(low) != len(text):  # a few non-ASCII letters change length when lower-cased
        low = regex.sub(r"[A-Z]+", lambda m: m.group().lower(), text)
    out: list[_Hit] = []
    last = 0
    for a in _ANCHOR.finditer(low):
        p = a.start()
        if p < last:
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
_MON_CS = _MONTH_FULL + "".join(rf"|{a}\." for a in _MONTH_ABBR.split("|"))  # time anchors: "Jan." only
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
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
_MONTH_NAMES = frozenset(f"{_MONTH_FULL}|{_MONTH_ABBR}|{_WEEKDAYS}".lower().split("|"))

# ---------------------------------------------------------------------------------------------
# Units after the number
# ---------------------------------------------------------------------------------------------

_TIME_UNITS = frozenset("second minute hour day week month year decade".split())
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
_AID_STUFF = regex.compile(
    r"[ \t]+of[ \t]+(?:(?:humanitarian|food|medical|relief|emergency)[ \t]+)?"
    r"(?:aid|food|flour|supplies|medicine|medicines|assistance|wheat|rice|fuel|relief)\b",
    regex.I,
)

# ---------------------------------------------------------------------------------------------
# The counted noun phrase
# ---------------------------------------------------------------------------------------------

_TOKEN = regex.compile(r"[\p{L}][\p{L}'’\-]*|\d[\d,.]*|\S")
_DETERMINERS = frozenset("the these those its their his her our your my all them whom which us".split())
_ANAPHORS = frozenset("whom them which those these us".split())
_NP_STOP = frozenset(
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
_IRREGULAR_PLURALS = frozenset(
    """people children women men police personnel staff cattle dead wounded injured missing livestock
    clergy youth faithful displaced homeless elderly sick feet teeth mice geese offspring aircraft
    fish sheep deer crew""".split()
)
_NOT_PLURAL = frozenset(
    "this was has is its does always perhaps across various news thus whereas less unless besides "
    "towards afterwards yes us gas bus plus texas paris series species status crisis basis analysis".split()
)
_MEASURE_HEADS = frozenset("tonnes tons kilograms kilos litres liters gallons barrels bags sacks boxes".split())

_TOPIC_NOUNS: dict[str, str] = {
    w: topic
    for topic, words in {
    "hostages": "hostage hostages captive captives abductee abductees kidnappee kidnappees",
    "prisoners": "prisoner prisoners detainee detainees inmate inmates convict convicts lifers",
    "deaths": "dead deaths death fatalities bodies corpses",
    "injured": "wounded injured injuries hurt",
    "aid": "truck trucks truckloads lorries lorry meals meal parcels rations convoys airdrops pallets "
    "deliveries shipments aid food flour",
    }.items()
    for w in words.split()
}
_THINGS = frozenset(
    """countries nations states sides parties books times points votes seats cities towns villages
    homes houses buildings schools hospitals sites locations rockets missiles drones projectiles tunnels
    vehicles tanks planes jets ships boats steps proposals issues rounds meetings areas kilometres miles
    dollars euros pages articles laws bills amendments provinces districts regions camps clinics crossings
    targets strikes airstrikes attacks raids incidents cases allies partners governments
    agencies organisations organizations groups companies firms stores shops mosques churches
    universities bakeries wells farms acres hectares stories words letters films songs awards""".split()
)
_ANTECEDENT_HEADS = frozenset("others more".split())

# ---------------------------------------------------------------------------------------------
# Clause words: topic triggers, roles, statuses, time anchors
# ---------------------------------------------------------------------------------------------

_W = r"[ \t]+"
_HOSPITAL = rf"(?:taken|rushed|admitted|airlifted|flown){_W}to{_W}(?:a{_W}|the{_W}|\p{{L}}+{_W})?hospitals?"
_CONDITION = rf"in{_W}(?:a{_W})?(?:critical|serious|stable|grave){_W}condition"
_TOPIC_TRIGGER = regex.compile(
    rf"(?P<prisoners_>\b(?:sentenced{_W}to{_W}death|death{_W}(?:sentences?|row))\b)"
    rf"|(?P<deaths>\b(?:killed|killing|kills|dead|died|dies|dying|deaths?|(?:death{_W})?toll|fatalities|slain|perished"
    rf"|starved{_W}to{_W}death|starving{_W}to{_W}death|lost{_W}their{_W}lives|massacred|bodies|mass{_W}graves?"
    rf"|buried(?!{_W}(?:alive|under|beneath|in{_W}(?:the{_W})?(?:rubble|debris|mud))))\b)"
    rf"|(?P<injured>\b(?:wounded|wounding|injured|injuring|injuries|hurt|wounds|burns|{_HOSPITAL}|hospitali[sz]ed"
    rf"|{_CONDITION})\b)"
    rf"|(?P<prisoners>\b(?:prisoners?|prisons?|jails?|jailed|detainees?|detained|detention|imprisoned|inmates?"
    rf"|life[ \t-]+(?:sentences?|terms?)|behind{_W}bars)\b)"
    rf"|(?P<hostages>\b(?:hostages?|captives?|captivity|abducted|abductees?|kidnapped|held{_W}captive)\b)"
    rf"|(?P<aid>\b(?:food{_W}insecurity|aid{_W}(?:trucks|deliveries|convoys|shipments|parcels|packages)"
    r"|truckloads|food\s+parcels|meals)\b)"
    r"|(?P<other>\b(?:missing|displaced|evacuated|homeless|unaccounted|stranded|arrested|uprooted|fled|fleeing|flee|flees"
    r"|rescued|trapped|affected|sheltering)\b)",
    regex.I,
)
_ROLE = regex.compile(
    rf"(?P<stuck>\b(?:remain(?:s|ed|ing)?{_W})?(?:uncollected|stuck|stranded|blocked|waiting|awaiting|piled{_W}up)\b)"
    rf"|(?P<released>\b(?:releas(?:e|es|ed|ing)|free(?:s|d|ing)?|exchanged?|exchanging|swap(?:s|ped|ping)?"
    rf"|hand(?:s|ed|ing)?{_W}over|handover|return(?:s|ed|ing)?|exchanges|come{_W}home|came{_W}home)\b"
    rf"(?!{_W}(?:fire|gunfire|blows|rates?|views|vows|home{_W}safely|to{_W}(?:work|school|normal))\b))"
    rf"|(?P<remaining>\b(?:(?<!\bthe{_W})(?<!\btheir{_W})remain(?:s|ed|ing)?\b(?!{_W}of\b)"
    rf"|still{_W}(?:held|alive|in{_W}captivity)|held{_W}captive|in{_W}captivity)\b)"
    rf"|(?P<held>\b(?:held|holding|detained|arrested|imprisoned|jailed|behind{_W}bars"
    rf"|in{_W}(?:\p{{L}}+{_W})?(?:prisons?|jails?|detention|custody))\b)"
    r"|(?P<taken>\b(?:took|taken|abducted|seized|kidnapped|captured)\b(?![ \t]+(?:part|to|into|over|place|off)\b))"
    rf"|(?P<killed>\b(?:killed|killing|kills|died|slain|perished|starved{_W}to{_W}death"
    rf"|starving{_W}to{_W}death|lost{_W}their{_W}lives)\b)"
    r"|(?P<injured>\b(?:wounded|wounding|injured|injuring|hurt|hospitali[sz]ed)\b)"
    rf"|(?P<demanded>\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?{_W}on|call(?:s|ed|ing)?{_W}for|seek(?:s|ing)?"
    r"|sought)\b)"
    rf"|(?P<delivered>\b(?:deliver(?:s|ed|ing)?|transferred|entered|distributed|distributing|collected"
    rf"|brought{_W}in|allowed{_W}in|airdropped)\b)"
    rf"|(?P<missing>\b(?:missing|unaccounted{_W}for)\b)"
    rf"|(?P<rescued>\b(?:rescued|pulled{_W}(?:out{_W})?alive)\b)"
    rf"|(?P<intercepted>\b(?:shot{_W}down|intercepted|downed|neutrali[sz]ed)\b)"
    r"|(?P<launched>\b(?:launched|fired)\b)",
    regex.I,
)
_STATUS = regex.compile(
    r"(?P<living>\b(?:living|alive|surviving)\b)"
    r"|(?P<dead>\b(?:dead|deceased|slain)\b)"
    r"|(?P<remains>\b(?:remains|bodies|body)\b)"
    rf"|(?P<life>\b(?:life[ \t-]+(?:sentences?|terms?)|lifers)\b)"
    rf"|(?P<detained>\b(?:detained|detainees?|administrative{_W}detention)\b)",
    regex.I,
)
_STATUS_NAMES = {"life": "life-sentence"}
_PREP = r"(?i:since|in|on|after|before|by|until|during|from|as\s+of)"
_WHEN = regex.compile(
    rf"\b{_PREP}{_W}(?:{_MON_CS})(?:{_W}\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?{_W}(?:19|20)\d\d)?(?![\w])"
    rf"|\b(?:{_MON_CS})(?:{_W}\d{{1,2}}(?:st|nd|rd|th)?(?:,?{_W}(?:19|20)\d\d)?|{_W}(?:19|20)\d\d)(?![\w])"
    rf"|\b(?:{_PREP}{_W}(?:the{_W})?)?\d{{1,2}}(?:st|nd|rd|th)?{_W}(?:of{_W})?(?:{_MON_CS})(?:,?{_W}(?:19|20)\d\d)?(?![\w])"
    rf"|\b{_PREP}{_W}(?:(?i:early|late|mid)[ \t-]+)?(?:19|20)\d\d\b"
    rf"|\b(?:(?i:early|late){_W})?(?:(?i:on|last|this|next|since){_W})?(?:{_WEEKDAYS})"
    rf"(?:{_W}(?:morning|afternoon|evening|night))?\b"
    rf"|\b(?:(?i:earlier|later|just){_W})?(?i:this|last|past|previous){_W}(?:week(?:end)?|month|year|morning|night"
    r"|evening)\b"
    r"|\b(?i:yesterday|today|tonight|overnight)\b"
    rf"|\b(?i:since){_W}(?:the{_W})?(?:(?:start|beginning|outbreak){_W}of{_W}(?:the{_W})?)?"
    rf"(?:war|conflict|fighting|invasion|attack|offensive|ceasefire|cease-fire|truce)"
    rf"(?:{_W}(?:began|started|broke{_W}out|erupted))?\b"
    rf"|\b(?i:in|over|during){_W}the{_W}(?:past|last){_W}(?:\w+{_W})?(?:hours|days|weeks|months|years|day|week"
    r"|month|year)\b",
)
# every _WHEN alternative contains one of these words; plain ``re`` rules out most windows cheaply
_WHEN_HINT = re.compile(
    rf"(?:{_MON_CS}|{_WEEKDAYS}|[Tt]his|[Ll]ast|[Pp]ast|[Pp]revious|[Yy]esterday|[Tt]oday|[Tt]onight|[Oo]vernight"
    r"|[Ss]ince|(?:19|20)[0-9][0-9])"
)
_CLAUSE_CHARS = ";:()[]—–\n"
_COORD = regex.compile(r",\s+(?:and|but|while|whereas|as)\s")
_LOOK = 160  # how far a clause window may reach, in characters
_MAX_SENTENCE = 1200  # longer "sentences" are unpunctuated runs; a count keeps a window of them


def _is_plural(word: str) -> bool:
    """Whether a word looks like a plural noun head (counts > 1 are followed by one)."""
    low = word.lower()
    if low in _IRREGULAR_PLURALS:
        return True
    if low in _NOT_PLURAL or len(low) <= 3 or not low.endswith("s"):
        return False
    return not low.endswith(("ss", "us", "is", "'s", "’s"))


_WORD_SPLIT = regex.compile(r"[\s\-]+")
_DIGITS = regex.compile(r"([\d,]+(?:\.\d+)?)[ \t\u00a0]*([a-z]*)")
_TRAILING_WORD = regex.compile(r"[ \t\u00a0]*[a-z]+$", regex.I)
_OF_THE = regex.compile(r"[ \t]+of[ \t]+(?:the|these|those|its|their)[ \t]+")


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


def _clause_bounds(text: str, s: int, e: int, sent: tuple[int, int]) -> tuple[int, int]:
    """Start of the clause before ``s`` and end of the clause after ``e`` (within the sentence)."""
    lo = max(sent[0], s - _LOOK)
    hi = min(sent[1], e + _LOOK)
    start = lo
    for ch in _CLAUSE_CHARS:
        i = text.rfind(ch, lo, s)
        if i >= start:
            start = i + 1
    i = text.rfind("   ", lo, s)
    if i >= start:
        start = i + 3
    end = hi
    for ch in _CLAUSE_CHARS:
        i = text.find(ch, e, end)
        if i != -1:
            end = i
    i = text.find("   ", e, end)
    if i != -1:
        end = i
    return start, end


def _noun_phrase(text: str, e: int, end: int) -> tuple[list[str], bool, int]:
    """Words of the counted noun after ``e``, whether they point back ("of whom", "others"), and
    where the phrase ends. The head is the first plural-looking word: counts above one take one."""
    toks = [(m.group(), m.end()) for m in _TOKEN.finditer(text, e, min(end, e + 90))]
    i = 0
    anaphor = False
    of = i < len(toks) and toks[i][0].lower() == "of"
    if of:
        i += 1
    if i < len(toks) and toks[i][0].lower() in _DETERMINERS:
        anaphor = of and toks[i][0].lower() in _ANAPHORS
        i += 1
    words: list[str] = []
    stop = e
    while i < len(toks) and len(words) < 4:
        tok, tend = toks[i]
        low = tok.lower()
        if not tok[0].isalpha() or low in _NP_STOP or low.endswith(("'s", "’s")):
            break
        words.append(tok)
        stop = tend
        i += 1
        if _is_plural(tok) and not (tok[0].isupper() and i < len(toks) and toks[i][0][:1].islower()
                                    and _is_plural(toks[i][0])):  # "Rangers fans", "Texas farmers": a modifier
            if (i + 1 < len(toks) and toks[i][0].lower() in ("and", "or") and _joinable(toks[i + 1][0])):
                words += [toks[i][0], toks[i + 1][0]]
                stop = toks[i + 1][1]
                i += 2
            elif low in _MEASURE_HEADS and i + 1 < len(toks) and toks[i][0].lower() == "of":
                j = i + 1
                while j < len(toks) and j < i + 3 and toks[j][0][0].isalpha() and toks[j][0].lower() not in _NP_STOP:
                    j += 1
                if j > i + 1:
                    words += [t for t, _ in toks[i:j]]
                    stop = toks[j - 1][1]
            break
    # an -ed/-ing word after the head, or standing alone, is the clause's verb, not the noun
    while words and (words[-1].lower().endswith(("ed", "ing")) or words[-1] in _PARTICIPLES) \
            and words[-1].lower() not in _IRREGULAR_PLURALS and not _is_plural(words[-1]):
        words.pop()
    if not words:
        stop = e
    return words, anaphor, stop


_PARTICIPLES = frozenset("taken held stolen beaten hidden fallen driven given seen hurt slain".split())


def _joinable(word: str) -> bool:
    """Whether "and <word>" continues a plural noun ("women and children", not "people and injured")."""
    low = word.lower()
    return low in _PEOPLE or (word[0].isalpha() and _is_plural(word) and low not in _IRREGULAR_PLURALS
                              and low not in _NP_STOP)


_Twin = tuple[regex.Pattern[str], regex.Pattern[str]]


def _twin(pattern: regex.Pattern[str]) -> _Twin:
    """A pattern and its reverse-searching copy, which finds the last match without a scan."""
    return pattern, regex.compile("(?r)" + pattern.pattern, pattern.flags)


_TOPIC_T = _twin(_TOPIC_TRIGGER)
_ROLE_T = _twin(_ROLE)
_WHEN_T = _twin(_WHEN)
_STATUS_T = _twin(_STATUS)


def _first(pattern: _Twin, text: str, lo: int, hi: int) -> regex.Match[str] | None:
    return pattern[0].search(text, lo, hi) if hi > lo else None


def _last(pattern: _Twin, text: str, lo: int, hi: int) -> regex.Match[str] | None:
    return pattern[1].search(text, lo, hi) if hi > lo else None


def _nearest(
    pattern: _Twin, text: str, fwd: tuple[int, int], back: tuple[int, int],
    far: tuple[int, int] | None = None,
) -> regex.Match[str] | None:
    """The first match after the number, else the last one before it, else one further on: English
    puts the verb of a counted subject after it ("85 people were killed"), of an object before it
    ("killed 85"), and an appositive can push it past a comma ("1,000 people, mostly women, died")."""
    return _first(pattern, text, *fwd) or _last(pattern, text, *back) or (far and _first(pattern, text, *far)) or None


def _when(text: str, fwd: tuple[int, int], back: tuple[int, int]) -> regex.Match[str] | None:
    """The time anchor nearest after the count, else before it (the full grammar runs only where a
    hint word is present)."""
    if fwd[1] > fwd[0] and _WHEN_HINT.search(text, *fwd):
        m = _first(_WHEN_T, text, *fwd)
        if m is not None:
            return m
    if back[1] > back[0] and _WHEN_HINT.search(text, *back):
        return _last(_WHEN_T, text, *back)
    return None


def _group(m: regex.Match[str] | None) -> str | None:
    return m.lastgroup.rstrip("_") if m is not None and m.lastgroup else None


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
        if _is_plural(w) and w.lower() not in _VERBISH and w.lower() not in _NP_STOP:
            return True
    return bool(_UNIT_AFTER.match(after))


def find_counts(text: str) -> list[Count]:
    """Every count in ``text`` with exact offsets, its qualifier's interval and what it counts."""
    raws = [r for r in (_parse(text, h) for h in _hits(text)) if r is not None]
    out: list[Count] = []
    prev_np_end = 0
    for i, r in enumerate(raws):
        nxt = raws[i + 1].start if i + 1 < len(raws) else len(text)
        count, prev_np_end = _describe(text, r, nxt, out, prev_np_end)
        out.append(count)
    _resolve_forward(text, out)
    return out


@dataclass(slots=True)
class _Raw:
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


def _parse(text: str, m: _Hit) -> _Raw | None:
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
        if base.rstrip("s") in _TIME_UNITS:
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
            if unit in ("percent", "magnitude", "km", "degree") or unit in _TIME_UNITS:
                end = ua.end()
                np_start = end
        elif unit is None and _MAG_BEFORE.search(text, max(0, start - 12), start):
            unit = "magnitude"
    if unit == "decade":
        value = value * 10
        low = low * 10 if low is not None else None
        high = high * 10 if high is not None else None
        unit = "year"
    return _Raw(start, end, np_start, float(value), low, high, qual, unit, sent, noun)


_MILLIONS_NEAR = regex.compile(r"\d(?:[ \t]+million\b|m\b)")
_TOLL_NOUN = regex.compile(r"\b(?:toll|tally|number|figure|total|count)\b", regex.I)
_PARTICLE_OVER = regex.compile(
    r"\b(?:hand|hands|handed|handing|took|take|takes|taken|taking|turn|turned|turning|turns)[ \t]+$", regex.I
)
_HYPHEN_UNITS = {"magnitude": "magnitude", "km": "km", "kilometre": "km", "kilometer": "km", "mile": "mile"}
_UNIT_NAMES = {"tonne": "tonne", "km": "km", "mile": "mile", "metre": "metre", "kg": "kg", "mag": "magnitude",
               "deg": "degree", "degsign": "degree"}
_REMAINS_OF = regex.compile(r"\b(remains|bodies)[ \t]+of[ \t]+(?:the[ \t]+)?$", regex.I)


def _describe(text: str, r: _Raw, next_start: int, prior: list[Count], prev_np_end: int) -> tuple[Count, int]:
    """Read the clause around a number: what is counted, its topic, role, status and time anchor.
    Also returns where its noun phrase ended, which bounds what the next count may read back."""
    start, end, unit = r.start, r.end, r.unit
    clause = _clause_bounds(text, start, end, r.sent)
    topic: str | None = None
    subject = ""
    words: list[str] = []
    anaphor = False
    np_end = r.np_start
    if unit in _TIME_UNITS:
        topic, subject = "duration", unit + "s"
    elif unit is not None and unit != "fraction":
        topic, subject = "other", unit
        if unit in ("tonne", "kg"):
            aid = _AID_STUFF.match(text, np_end)
            if aid:
                topic, subject = "aid", text[end:aid.end()].strip()
                np_end = aid.end()
    elif r.noun is not None:
        words, subject = [r.noun], r.noun
    else:
        words, anaphor, np_end = _noun_phrase(text, np_end, clause[1])
        subject = " ".join(words)
    limit = min(clause[1], next_start)
    cut, at_comma = _cut(text, np_end, limit, next_start < clause[1])
    fwd_near = (np_end, cut)
    fwd_far = (cut, limit) if at_comma else (cut, cut)
    if at_comma and next_start < clause[1] and next_start - cut < 40 and _APPOSITIVE.fullmatch(text, cut, next_start):
        close = text.find(",", next_start, clause[1])  # "13 peacekeepers, including nine ..., were killed"
        if close != -1:
            fwd_far = (close + 1, clause[1])
    prev_end = prev_np_end if prior and clause[0] < prev_np_end <= start else clause[0]
    back_lo = max(clause[0], prev_end, start - 100)
    back_from = max(back_lo, text.rfind(",", back_lo, start) + 1)
    if prev_end > clause[0]:  # "3,000 were killed and 10,000 injured": "killed" is the first conjunct's verb
        back_from = max(back_from, text.rfind(" and ", back_from, start) + 4, text.rfind(" or ", back_from, start) + 3)
    back = (back_from, start)
    prefix = text[max(back[0], start - 25):start]
    pm = _REMAINS_OF.search(prefix)
    antecedent: Count | None = None
    s0, s1 = r.sent
    if s1 - s0 > _MAX_SENTENCE:  # text without sentence punctuation: keep a window, not the whole run
        s0, s1 = max(s0, start - _MAX_SENTENCE // 2), min(s1, end + _MAX_SENTENCE // 2)
    sentence = text[s0:s1]
    own_noun = bool(words) and words[-1].lower() not in _ANTECEDENT_HEADS
    refers_back = anaphor or (not own_noun and bool(words)) or (pm and not words) \
        or bool(_SUBSET_BEFORE.search(text, max(clause[0], start - 20), start))
    if refers_back:
        antecedent = next((c for c in _earlier_in_sentence(prior, s0)
                           if c.unit is None and (c.subject or c.topic != "other")), None)
        if antecedent is None and anaphor:  # "... abducted 287 students. 187 of those taken were ..."
            antecedent = next((c for c in reversed(prior[-3:]) if c.unit is None and c.topic != "other"
                               and start - c.end < 600), None)
    if topic is None:
        if refers_back:
            # "injured 3,000 others": the verb before wins; "17 others were wounded": the verb after;
            # "18 others" after "10 hostages": the antecedent
            fm = _first(_TOPIC_T, text, *fwd_near)
            topic = _group(_last(_TOPIC_T, text, *back)) or (
                _group(fm) if fm is not None and _ONLY_AUX.fullmatch(text, np_end, fm.start()) else None)
            topic = topic or (antecedent.topic if antecedent else "deaths" if pm else "other")
            if pm:
                subject = pm.group(1).lower()
            elif antecedent is not None and not own_noun:
                subject = antecedent.subject
        else:
            topic = _topic_of(words)
            if topic is None:
                if words and (words[-1].lower() in _THINGS or (unit == "fraction" and not _is_people(words))):
                    topic = "other"
                else:
                    topic = _group(_nearest(_TOPIC_T, text, fwd_near, back, fwd_far))
                if topic is None and not words:
                    # "the toll rose to 85 on Sunday from 60": a bare number continues the sentence's count
                    topic = next((c.topic for c in _earlier_in_sentence(prior, s0)
                                  if c.unit is None and c.topic != "other"), None)
                topic = topic or "other"
            if pm and words:
                subject = f"{pm.group(1).lower()} of {subject}"
    role = None
    status = None
    when_from = np_end
    if unit is None or unit == "fraction" or topic == "aid":  # measures and durations have no role
        role, when_from = _role(text, r.np_start, np_end, fwd_near, back, fwd_far)
        if role == "held" and topic == "hostages":
            role = "remaining"
        elif role is None:
            role = _DEFAULT_ROLE.get(topic)
        elif role == "delivered" and topic != "aid":
            role = None  # people "entered" a place; only goods are delivered
        if role in ("killed", "injured") and topic in ("deaths", "injured") and role != _DEFAULT_ROLE[topic]:
            role = _DEFAULT_ROLE[topic]  # "the number of dead to go above 50 ... for the injured"
        if topic == "other" and role == "released" and (_is_people(words) or not words) \
                and not _FREED_FROM.match(text, np_end) \
                and (_HOSTAGE_WORD.search(sentence) or _SWAP_WORD.search(text, max(0, s0 - 300), s1)):
            # people released in a hostage deal or a prisoner swap are prisoners
            topic = "prisoners"
        is_thing = bool(words) and words[-1].lower() in _THINGS
        if topic == "other" and (role in ("killed", "injured") or (is_thing and role not in _THING_ROLES)
                                 or (role == "stuck" and not _is_people(words))):
            role = None  # things are not killed, released or stuck ("a dozen drones ..., killing two")
        status = _status(text, words, prefix, fwd_near)
        if status is None and antecedent is not None and pm is None:
            status = antecedent.status
    when_lo = max(back_lo, start - 80)
    for cm in _COORD.finditer(text, when_lo, start):  # ", and at least 3 were killed": a new clause, a new time
        when_lo = cm.end()
    # a time phrase before a comma only governs the count when it opens the clause ("In 2019, 400 died"),
    # not from an earlier appositive ("... this month alone, adding to the 6.5 million")
    if back[0] > when_lo and _WHEN_HINT.search(text, when_lo, back[0]) \
            and not _WHEN_OPENER.fullmatch(text, clause[0], back[0]) \
            and not _ING_CLAUSE.match(text, back[0], start):  # "... on Thursday night, killing at least 46"
        when_lo = back[0]
    wm = _when(text, (when_from, limit), (when_lo, start))
    if wm is None and next_start < clause[1] and next_start - np_end <= 45 \
            and text.find(" and ", np_end, next_start) != -1 and _CONJUNCT_GAP.fullmatch(text, np_end, next_start):
        # "4 people were killed and 17 others wounded early Sunday": conjuncts share the time anchor
        wm = _when(text, (next_start, clause[1]), (0, 0))
        if wm is not None and wm.group().lower().startswith("since"):
            wm = None
    count = Count(
        start=start,
        end=end,
        text=text[start:end],
        sentence=sentence,
        value=r.value,
        low=r.low,
        high=r.high,
        qualifier=r.qual,
        topic=topic,
        subject=subject,
        unit=unit,
        role=role,
        status=status,
        when=wm.group() if wm is not None else None,
    )
    return count, np_end


def _earlier_in_sentence(prior: list[Count], sent_start: int) -> Iterator[Count]:
    """Counts already found in this sentence, nearest first (the last few only: an antecedent is near)."""
    for c in reversed(prior[-8:]):
        if c.start < sent_start:
            return
        yield c


_HOSTAGE_WORD = regex.compile(r"\b(?:hostages?|captives?)\b", regex.I)
_SWAP_WORD = regex.compile(
    r"\b(?:prisoners?|detainees?|(?:prisoner|detainee|POW)[ \t-]+(?:swaps?|exchanges?))\b", regex.I
)
_FREED_FROM = regex.compile(
    r"[ \t]+(?:\w+[ \t]+)?from[ \t]+(?:the[ \t]+)?(?:rubble|debris|wreckage|ruins|hospital|rooms?"
    r"|cars?|vehicles?|buildings?|homes?|mud)\b",
    regex.I,
)
_ONLY_AUX = regex.compile(
    r"[ \t]*(?:(?:were|was|are|is|have|has|had|been|being|be|also|later|reportedly|seriously|critically|badly"
    r"|lightly|slightly)[ \t]+)*",
    regex.I,
)
_APPOSITIVE = regex.compile(
    rf",[ \t]+(?:including|among[ \t]+them|of[ \t]+whom|mostly|mainly|many[ \t]+of[ \t]+them)[ \t]+(?:{_QUAL}[ \t]+)?",
    regex.I,
)
_WHEN_OPENER = regex.compile(r"[\s\"“‘']*(?:\p{Lu}|\d)(?:[^,]|,(?=\d)){0,40},")  # "In 2019," opening the clause
_ING_CLAUSE = regex.compile(  # the event's own participle clause, not "adding to", "compared with"
    r"[ \t]*(?:with[ \t]+(?:\p{L}+[ \t]+){0,3})?(?:killing|wounding|injuring|leaving|trapping|displacing|destroying"
    r"|damaging|flattening|abducting|kidnapping|taking|freeing|releasing|returning|exchanging|handing|sending"
    r"|forcing)\b",
    regex.I,
)
_CONJUNCT_GAP = regex.compile(r"[^,;:\n]{0,40}?[ \t]and[ \t]+", regex.I)
_AUX_BEFORE = regex.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|remain|remains|remained|get|got|gets)[ \t]+(?:\w+[ \t]+)?$",
    regex.I,
)
_NP_ROLES = {"injured": "injured", "wounded": "injured", "hurt": "injured", "killed": "killed"}
_BARE_PARTICIPLE_ROLES = frozenset("released held taken killed injured delivered stuck".split())


def _role(text: str, np_start: int, np_end: int, fwd: tuple[int, int], back: tuple[int, int],
          far: tuple[int, int]) -> tuple[str | None, int]:
    """The role: a role word inside the counted noun phrase ("10,000 injured"); else the first verb after
    it unless that is a bare participle modifying the noun ("47 civilians held by ...", "101 hostages
    abducted in 2023 remain"), in which case a finite verb after it, else the verb before, wins.
    Also returns where the count's own predicate starts: a time anchor inside the participle phrase
    dates the abduction, not the count."""
    for w in text[np_start:np_end].lower().split():
        if w in _NP_ROLES:  # "10,000 injured", but not "30 remaining captives" released
            return _NP_ROLES[w], np_end
    bare: regex.Match[str] | None = None
    pos = fwd[0]
    while pos < fwd[1]:
        m = _ROLE_T[0].search(text, pos, fwd[1])
        if m is None:
            break
        w = m.group().lower()
        if m.lastgroup in _BARE_PARTICIPLE_ROLES and w.endswith(("ed", "en", "held", "hurt", "slain", "stuck")) \
                and w not in ("died", "perished") and not _AUX_BEFORE.search(text, max(fwd[0], m.start() - 30),
                                                                            m.start()):
            bare = bare or m
            pos = m.end()
            continue
        return m.lastgroup, (m.start() if bare is not None else np_end)
    m = _last(_ROLE_T, text, *back)
    if m is not None:
        return m.lastgroup, np_end
    if bare is not None:
        return bare.lastgroup, np_end
    return _group(_first(_ROLE_T, text, *far)), np_end


_DEFAULT_ROLE = {"deaths": "killed", "injured": "injured"}
_THING_ROLES = frozenset({"launched", "intercepted", "delivered", "stuck"})  # what weapons and goods do
_SUBSET_BEFORE = regex.compile(r"\b(?:including|includ(?:es|ed)|among[ \t]+them|among[ \t]+whom)[ \t]+$", regex.I)
_CUT = regex.compile(r",|[ \t]and[ \t]|[ \t]or[ \t]")


def _cut(text: str, lo: int, hi: int, more: bool) -> tuple[int, bool]:
    """End of the words that belong to this count, and whether a comma ends them: a comma may only
    close an appositive, but "and"/"or" before another count hands the rest to that count."""
    if hi <= lo:
        return lo, False
    for m in _CUT.finditer(text, lo, hi):
        if m.group() == ",":
            return m.start(), True
        if more:
            return m.start(), False
    return hi, False


def _topic_of(words: list[str]) -> str | None:
    """Topic named by the counted noun itself, head first ("living hostages" -> hostages)."""
    for w in reversed(words):
        for part in reversed(w.lower().split("-")):
            t = _TOPIC_NOUNS.get(part)
            if t is not None:
                return t
    return None


_PEOPLE = frozenset(
    """people persons individuals civilians children kids women men residents soldiers troops fighters
    militants protesters demonstrators citizens nationals migrants refugees workers journalists patients
    members officials families infants babies girls boys adults students staff personnel police
    volunteers doctors nurses medics passengers victims survivors peacekeepers mercenaries rebels gunmen
    insurgents guards officers teachers pupils schoolchildren schoolgirls schoolboys miners farmers villagers
    pilgrims worshippers monks nuns priests employees firefighters rescuers sailors seafarers fishermen tourists
    foreigners settlers shoppers commuters voters pensioners hostages captives prisoners detainees inmates""".split()
)


def _is_people(words: list[str]) -> bool:
    """Whether the noun names people (a lexicon word, or a capitalised plural like a demonym)."""
    head = words[-1] if words else ""
    return head.lower() in _PEOPLE or (head[:1].isupper() and _is_plural(head))


def _status(text: str, words: list[str], prefix: str, fwd: tuple[int, int]) -> str | None:
    """Status from the noun's modifiers, then "remains of"/"bodies of" before, then the words after."""
    for src in (" ".join(words), prefix):
        sm = _STATUS.search(src)
        if sm is not None:
            return _STATUS_NAMES.get(sm.lastgroup or "", sm.lastgroup)
    sm = _first(_STATUS_T, text, fwd[0], min(fwd[1], fwd[0] + 60))
    if sm is not None:
        return _STATUS_NAMES.get(sm.lastgroup or "", sm.lastgroup)
    return None


def _resolve_forward(text: str, counts: list[Count]) -> None:
    """"20 of the 50 hostages": a count with no noun of its own takes the next count's noun."""
    for i, c in enumerate(counts[:-1]):
        nxt = counts[i + 1]
        if c.subject or not _OF_THE.fullmatch(text, c.end, nxt.start):
            continue
        if nxt.unit is None:
            counts[i] = replace(c, subject=nxt.subject, topic=nxt.topic, status=c.status or nxt.status)
