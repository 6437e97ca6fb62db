"""Numbers in news prose and the interval their qualifier allows: "at least 40", "some 30", "90-day".

``numerals`` finds every written number and its qualifier ("more than", "nearly", "between");
``notcounts`` says which are not counts (years, dates, clock times, ages, names like "Route 6" or
"S&P 500", URLs, scores, "3 times", "1 in 5", pronoun "one"); here the rest get their value, their
unit (tables in ``units``; a bare price is dropped here) and their qualifier's interval. What a
surviving number counts is read by ``counted``. Compiled patterns only; no state between calls.

Forms read: digits ("1,968", "35 000", "2.5bn"), words ("Two-hundred fifty", "three hundred and
thirty one", "two and a half million"), ranges with the scale on the high end ("three to four
thousand", "$20 to $25 billion"), shares of a group ("two-thirds of the hostages"), hyphenated
counts of things ("a 30-storey tower", "a 1,000-bed hospital": the noun is inside the number).

Qualifier -> interval (``low``/``high``; ``None`` is an open end):

==========  ==================================================  =======================
qualifier   words                                               interval
==========  ==================================================  =======================
at_least    at least, no fewer/less than, a minimum of, N+      [N, None)
more_than   more than, over, upwards of, in excess of, above;     (N, None) -> low=N
            verbs of crossing a threshold: tops, passed,
            exceeds, surpassed, eclipses, crossed
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
distances, masses, volumes, speeds, storage and ``magnitude`` (tables in ``units``); shares ("half
the hostages") carry ``fraction`` with a value in (0, 1). A bare decimal with no unit is a price or
a score, not a count, unless the sentence is about a quake (a magnitude).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from . import patterns
from .notcounts import (
    _MODEL_DIGITS,
    _MODEL_SUFFIX,
    IRREGULAR_PLURALS,
    MONTH_CS,
    NP_STOP,
    ONE_THINGS,
    WEEKDAY_ALT,
    _counted_after,
    _model_code,
    _named_model,
    _skip,
    is_plural,
)
from .numerals import (
    CAPTIVE_SWAP,
    FRACTIONS,
    HALF,
    LIKE_FOR_LIKE,
    QUAL_NAMES,
    QUAL_PATTERN,
    SCALES,
    TOLL_VERBS,
    TRAILING_SCALES,
    WORD_VALUES,
    Hit,
    hits,
    parse_number,
    rounded,
    vague_amount,
)
from .textutil import sentence_span_at
from .units import (
    AREA_WORDS,
    CURRENCY,
    HYPHEN_UNITS,
    MAG_BEFORE,
    MAG_REACH,
    NOT_COUNTED_COMPOUNDS,
    QUAKE,
    TIME_UNITS,
    UNIT_AFTER,
    UNIT_OUTSIDE_SPAN,
    plural_of,
    unit_name,
)

# the word tables ``counted`` reads with (most from ``notcounts``) are re-exported here, so it imports one module
__all__ = [
    "IRREGULAR_PLURALS", "MONTH_CS", "NP_STOP", "ONE_THINGS", "QUAL_PATTERN", "TIME_UNITS", "WEEKDAY_ALT", "NumberSpan",
    "find_numbers", "is_plural",
]


def _interval(qual: str, v: float) -> tuple[float | None, float | None]:
    """The (low, high) that a qualifier allows around value ``v``."""
    if qual == "at_least" or qual == "more_than":
        return v, None
    if qual == "nearly":
        return rounded(0.9 * v), v
    if qual == "about":
        return rounded(0.9 * v), rounded(1.1 * v)
    if qual == "some":
        return rounded(0.8 * v), rounded(1.2 * v)
    if qual == "up_to":
        return None, v
    if qual == "fewer_than":
        return 0.0, v
    return v, v


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


def _parse(text: str, m: Hit) -> NumberSpan | None:
    """Value, qualifier interval, span and unit of one grammar match; None when it is not a count."""
    g = m.g
    q = g["q"]
    qual = QUAL_NAMES.get(" ".join(q.lower().split()), "exact") if q else "exact"
    core = m.core
    start = m.start("q") if q else core.start("cur") if g["cur"] else m.start("btw") if g["btw"] else \
        core.start("n1" if g["n1"] else "frac")
    unit: str | None = None
    low: float | None
    high: float | None
    if g["frac"]:
        if _ORDINAL_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None  # "the first half of the year": a period, not a share of a group
        words = g["frac"].lower().replace("-", " ").split()
        value = rounded(FRACTIONS[words[-1]] * WORD_VALUES.get(words[0], 1))  # "two-thirds"; "a", "half": 1
        unit = "fraction"
        low, high = _interval(qual, value)
    else:
        n1 = g["n1"]
        vague = None if n1[0].isdigit() else vague_amount(n1)
        if vague is not None:
            value, vlow, vhigh = vague
            if qual == "exact":
                qual, low, high = "vague", vlow, vhigh
            else:
                low, high = _interval(qual, value)
        else:
            value = _n1_value(n1, g["half"])
            if _skip(text, m, n1, value):
                return None
            if g["n2"]:
                rng = _range(g, value)
                if rng is None:
                    return None
                value, high = rng
                qual, low = "range", value
            else:
                if g["btw"]:
                    start = core.start("n1")
                low, high = _interval(qual, value)
    sent = sentence_span_at(text, m.start())
    if q and sent[1] < m.end():  # "put the toll at c. 320": a splitter may end a sentence inside the match
        sent = (sent[0], sentence_span_at(text, m.end() - 1)[1])
    qual, low, high = _suffix_qualifier(g, qual, value, low, high)
    if q and qual != "exact" and not _qualifier_holds(text, m, sent):
        qual, low, high, start = "exact", value, value, m.start("n1")
    elif not q and qual == "exact" and text[max(0, start - 4):start].lower() == "the " \
            and _MARK_AFTER.match(text, core.end()):
        verb = _THRESHOLD_THE.search(text, max(0, start - 24), start)
        if verb is not None:  # "the toll passed the 1,000 mark"
            qual, low, high, start = "more_than", value, None, verb.start()
    if g["cur"]:
        unit = CURRENCY.get(g["cur"].lower().strip(), "USD")
    measured = _measure(text, m, start, sent, value, unit)
    if measured is None:
        return None
    unit, end, np_start, noun, value_with_half = measured
    if g["n1"] and len(g["n1"]) <= 2 and g["n1"].lower() in ("a", "an") and not (q or value_with_half != 1):
        return None  # "a week" is a number only as "more than a week" or "a week and a half"
    if value_with_half != value and qual not in ("range", "vague"):  # "an hour and a half"
        value = value_with_half
        low, high = _interval(qual, value)
    if unit in TIME_UNITS and qual == "more_than" and (q or "").lower() == "over" and (
            (_OF_AFTER.match(text, end) and not _PREP_BEFORE.search(text, max(0, start - 12), start))
            or _SPREAD_BEFORE.search(text, max(0, start - 30), start)):
        # "killed 50 over two years of war", "a 77 percent raise over six years": during, but "in over 21
        # months of war" is more than
        qual, low, high, start = "exact", value, value, m.start("n1")
    if unit == "decade":
        value = value * 10
        low = low * 10 if low is not None else None
        high = high * 10 if high is not None else None
        unit = "year"
    if g["hyw"] and g["hyw"].lower() == "odd" and qual == "exact":
        qual = "about"  # "40-odd"
        low, high = _interval(qual, value)
    return NumberSpan(start, end, np_start, float(value), low, high, qual, unit, sent, noun)


def _n1_value(n1: str, half: str | None) -> float:
    """Value of the first number, with "and a half" ("two and a half million")."""
    value = float(n1) if n1.isdecimal() else parse_number(n1)[0]
    if half:
        value += 0.5
        tail = half.lower().split()[-1]
        if tail in SCALES:
            value *= SCALES[tail]
    return value


def _range(g: dict[str, str | None], value: float) -> tuple[float, float] | None:
    """(low end, high end) of "A to B", "A-B", "between A and B"; the scale on the high end applies to a
    bare low end ("three to four thousand", "$20 to $25 billion"). None when it is not a range."""
    n2 = g["n2"] or ""
    v2, scale2 = parse_number(n2)
    if g["cur2"] and not g["cur"]:
        return None
    if not parse_number(g["n1"] or "")[1] and scale2 and value < v2:
        bare = TRAILING_SCALES.sub("", n2)
        base = parse_number(bare)[0] if bare else 0
        if base:
            value *= v2 / base
    if not (g["btw"] or value < v2):
        return None
    return rounded(value), v2


def _suffix_qualifier(g: dict[str, str | None], qual: str, value: float, low: float | None,
                      high: float | None) -> tuple[str, float | None, float | None]:
    """"500 or more", "10,000+", "1,000-plus" are at_least; "50 or so" is about."""
    suf = (g["suf"] or "").strip().lower()
    if (g["hyw"] or "").lower() == "plus" or suf in ("+", "or more"):
        return "at_least", value, None
    if suf == "or so":
        return ("about", *_interval("about", value))
    return qual, low, high


def _qualifier_holds(text: str, m: Hit, sent: tuple[int, int]) -> bool:
    """Whether a qualifier word before the number really qualifies it: "handed over 20 hostages" is a
    verb particle, "the top 10" a ranking, "passed 12 laws" a verb with its object; "the toll passed
    1,000" and "could top 1,000" cross a threshold."""
    q = (m.group("q") or "").lower()
    qs = m.start("q")
    if q == "over":
        return not _PARTICLE_OVER.search(text, max(0, qs - 24), qs)
    if q not in TOLL_VERBS:
        return True
    if _DETERMINER_BEFORE.search(text, max(0, qs - 8), qs):
        return False
    return bool(_TOLL_NOUN.search(text, max(sent[0], qs - 120), qs)) or not _counted_after(text[m.end():m.end() + 40])


def _measure(
    text: str, m: Hit, start: int, sent: tuple[int, int], value: float, unit: str | None,
) -> tuple[str | None, int, int, str | None, float] | None:
    """(unit, span end, where the counted noun may begin, noun inside the number, value) — the unit from
    a hyphenated word ("30-day", "1.6-litre"), a fused or following unit ("70mph", "20 km", "six weeks"),
    or the words around a magnitude. None when the number measures or names something without counting."""
    g = m.g
    end = m.end()
    np_start = end
    noun: str | None = None
    hyw = (g["hyw"] or "").lower()
    if hyw:
        base, _, rest = hyw.partition("-")
        if base.rstrip("s") in TIME_UNITS:
            unit = base.rstrip("s")
        elif base in AREA_WORDS and (side := rest.partition("-")[0]) in HYPHEN_UNITS:
            unit = f"{AREA_WORDS[base]} {HYPHEN_UNITS[side]}"  # "a 10,000-square-foot warehouse": its floor area
        elif base in HYPHEN_UNITS:
            unit = HYPHEN_UNITS[base]
        elif base in NOT_COUNTED_COMPOUNDS or base in NP_STOP or len(base) < 2 or base in WORD_VALUES \
                or base in FRACTIONS:
            return None  # "a two-state solution", "a five-star hotel", "3-nil", "a two-thirds majority" (a share)
        elif base not in ("strong", "plus", "odd"):
            noun = plural_of(base)  # "a 30-storey tower": 30 storeys; "a 40-truck convoy": 40 trucks
    elif unit != "fraction" and not g["frac"]:
        c = text[end:end + 1]
        ua = UNIT_AFTER.match(text, end) if c and (c in " \t%°" or c.isalpha()) else None
        if ua is not None and unit is None:
            unit = unit_name(ua)
            np_start = ua.end()
            if unit not in UNIT_OUTSIDE_SPAN:
                end = np_start = ua.end()
            if unit in TIME_UNITS and float(value).is_integer():
                half = _HALF_AFTER.match(text, end)
                if half is not None:  # "an hour and a half"
                    value += 0.5
                    end = np_start = half.end()
        elif ua is None and unit is None and (shared := _shared_unit(text, end) or _unit_from(text, start)):
            unit = shared  # "jailed for 15 and 8 years": the unit after the second figure is the first's too; "cut
            # from 10 years to seven": the first's unit is the second's
    whole = float(value).is_integer()
    if unit is None and not g["frac"] and (MAG_BEFORE.search(text, max(0, start - MAG_REACH), start)
                                          or (not whole and QUAKE.search(text, *sent))):
        unit = "magnitude"  # "magnitude 7", "measuring 7.7 and 6.4" in a story about a quake
    if unit is None and not g["frac"] and not whole:
        return None  # a bare decimal ("BML 4.90", "a 4.5 rating") is a price or a score, not a count
    return unit, end, np_start, noun, value


_CURRENCY_UNITS = frozenset(CURRENCY.values())
# a second figure after "and"/"or" whose unit the first shares: "15 and 8 years", "three or four days", "20 and 35 km"
_SHARED_UNIT = patterns.compile(r"[ \t]+(?:and|or)[ \t]+(\d[\d,.]*|\p{L}+)(?=[ \t%])")


# the figure a change starts from, right before the one it ends at: "from 10 years to seven"
_FROM_FIGURE = patterns.compile(r"(?r)\bfrom[ \t]+(\d[\d,.]*|\p{L}+)(?=[ \t%])[^\n]{1,16}?[ \t]+to[ \t]+$")


def _unit_after(text: str, figure: regex.Match[str] | None, limit: int) -> str | None:
    """The span or measure unit (not money) right after another figure (group 1 of ``figure``: digits or a
    number word), ending by ``limit``; None otherwise."""
    if figure is None or not (figure.group(1)[0].isdigit() or figure.group(1).lower() in WORD_VALUES):
        return None
    ua = UNIT_AFTER.match(text, figure.end(1))
    unit = unit_name(ua) if ua is not None and ua.end() <= limit else None
    return unit if unit is not None and unit not in _CURRENCY_UNITS else None


def _unit_from(text: str, start: int) -> str | None:
    """The unit of the figure a change starts from, for the figure it ends at ("from 10 years to seven")."""
    m = _FROM_FIGURE.search(text, max(0, start - 40), start)
    return _unit_after(text, m, m.end() if m is not None else start)


def _shared_unit(text: str, end: int) -> str | None:
    """The unit the next figure of a pair takes, for the first ("15 and 8 years")."""
    return _unit_after(text, _SHARED_UNIT.match(text, end), len(text))


_TOLL_NOUN = patterns.compile(
    r"\b(?:toll|tally|number|figure|total|count|deaths|dead|fatalities|mortalities|casualties)\b", regex.I)
_DETERMINER_BEFORE = patterns.compile(r"\b(?:the|a|an|its|their|his|her|our|your|my)[ \t]+$", regex.I)
_PARTICLE_OVER = patterns.compile(
    r"\b(?:hand|hands|handed|handing|took|take|takes|taken|taking|turn|turned|turning|turns)[ \t]+$"
    # "for ten hours over two days": the second span is what the first was spread across, not a minimum
    r"|\d[\d.,]*[ \t-]+(?:hours?|minutes?|days?|weeks?)[ \t]+$"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half)[ \t-]+"
    r"(?:hours?|minutes?|days?|weeks?)[ \t]+$", regex.I
)
_THRESHOLD_THE = patterns.compile(rf"(?r)\b(?:{'|'.join(sorted(TOLL_VERBS))})[ \t]+the[ \t]+$", regex.I)
_MARK_AFTER = patterns.compile(r"[ \t]+(?:mark|threshold|milestone)\b", regex.I)
_ORDINAL_BEFORE = patterns.compile(
    r"\b(?:first|second|third|last|latter|other|better|top|bottom|front|back)[ \t\u00a0]{1,2}$", regex.I
)
_OF_AFTER = patterns.compile(r"[ \t]+of[ \t]", regex.I)
# a change or a payment spread across a span: "a raise over six years", "phased in over three years"
_SPREAD_BEFORE = patterns.compile(
    r"\b(?:raises?|increases?|rises?|hikes?|cuts?|growth|payments?|instalments?|installments?|spread|phased[ \t]+in"
    r"|paid"
    # ... or an amount right before it: "raise wages by 35% over four years", "£4 billion over five years"
    r"|\d[\d.,]*%|per[ \t]?cent|million|billion|bn|pounds|dollars|euros)[ \t]+$", regex.I)
_PREP_BEFORE = patterns.compile(r"\b(?:in|for|after|within|since|by|from|to|than|at|with|during)[ \t]+$", regex.I)
_HALF_AFTER = patterns.compile(rf"{HALF}\b", regex.I)
# Largest value kept (a quadrillion): the biggest sums in the news are trillions; longer digit runs
# are IDs or junk, and from 309 digits on a float is Infinity, which JSON cannot carry.
MAX_VALUE = 1e15


def _in_range(r: NumberSpan) -> bool:
    return all(v is None or -MAX_VALUE <= v <= MAX_VALUE for v in (r.value, r.low, r.high))  # NaN fails too


def find_numbers(text: str) -> list[NumberSpan]:
    """Every number in ``text`` that may count something, with its qualifier interval and unit. A model's
    number, once the text names it as one ("a Boeing 737", "the 737-800"), is the model wherever the text
    writes it bare ("the 737 plunged", "its 737 jets"): a count that happens to equal it is rarer than the
    model mentioned twice."""
    found: list[tuple[NumberSpan, str]] = []
    models: set[str] = set()
    for h in hits(text):
        r = _parse(text, h)
        n1 = h.g["n1"] or ""
        if r is None:  # "747-400" is no range either way round
            if _MODEL_DIGITS.fullmatch(n1) and ((h.g["n2"] and _model_code(text, h)) or _named_model(text, h, n1)
                                                 or _MODEL_SUFFIX.match(text, h.core.start("n1") + len(n1))):
                models.add(n1)
        elif _in_range(r):
            if r.qual == "range" and _MODEL_DIGITS.fullmatch(n1) and _model_code(text, h):
                models.add(n1)
            else:
                found.append((r, n1))
    found_spans = [r for r, n1 in found if n1 not in models]
    if "for" not in text:
        return found_spans
    swaps = [span for m in _SWAP_RATIO.finditer(text) if m.group("a") == m.group("b")
             and CAPTIVE_SWAP.search(text, *(span := _ratio_span(text, m)).sent)]
    if not swaps:
        return found_spans
    kept = [r for r in found_spans if not any(x.start <= r.start < x.end for x in swaps)]
    return sorted([*kept, *swaps], key=lambda r: r.start)


_SWAP_RATIO = patterns.compile(rf"(?<![\w,.]){LIKE_FOR_LIKE}(?![\w,]|\.\d)")  # a whole ratio, not part of a figure


def _ratio_span(text: str, m: regex.Match[str]) -> NumberSpan:
    """The figure each side of a like-for-like swap gives up, spanning the whole ratio."""
    value = float(m.group("a").replace(",", ""))
    return NumberSpan(m.start(), m.end(), m.end(), value, value, value, "exact", None,
                      sentence_span_at(text, m.start()))
