"""What a number measures: units written after it, fused to it ("70mph") or hyphenated ("1.6-litre").

Tables of unit words and the patterns built from them; ``numbers`` reads a number's unit with
these. A time unit makes a duration; any other unit makes a measure (topic ``other``), which is
never compared with a count of people. Pure data and compiled patterns.
"""

from __future__ import annotations

import re

import regex

from . import patterns

__all__ = [
    "AREA_WORDS", "CURRENCY", "CURRENCY_SIGNS", "DAYS_PER_UNIT", "DOLLAR_PREFIXES", "FUSED", "HYPHEN_UNITS",
    "MAG_BEFORE", "MAG_REACH", "NOT_COUNTED_COMPOUNDS", "QUAKE", "TIME_UNITS", "UNIT_AFTER", "UNIT_OUTSIDE_SPAN",
    "plural_of",
    "unit_name",
]

TIME_UNITS = frozenset("second minute hour day week month year decade".split())
# days in each unit of time (a month and a year on average), to compare spans told in different units
DAYS_PER_UNIT = {"year": 365.25, "month": 30.4375, "week": 7.0, "day": 1.0, "hour": 1 / 24, "minute": 1 / 1440,
                 "second": 1 / 86400}

# abbreviation -> unit; these may be fused to the digits ("70mph", "128GB", "5kg") or follow a space
MEASURE_ABBR = {
    "km": "km", "kg": "kg", "cm": "cm", "mm": "mm", "ft": "foot", "lb": "lb", "lbs": "lb", "ml": "ml",  # size, mass
    "mph": "mph", "kph": "km/h", "kmh": "km/h", "km/h": "km/h",  # speed
    "km per hour": "km/h", "km an hour": "km/h",  # (a speed written out, not "km" of distance)
    "gb": "GB", "mb": "MB", "tb": "TB", "kb": "kB", "ghz": "GHz", "mhz": "MHz",  # storage, frequency
    "kwh": "kWh", "kw": "kW", "mw": "MW", "gw": "GW",  # energy, power
    "ha": "hectare",  # area
}
# unit word -> unit; a word needs a space before it ("ten feet", "4,000 hectares")
MEASURE_WORDS = {
    **dict.fromkeys(["kilometres", "kilometers", "kilometre", "kilometer"], "km"),  # distance
    **dict.fromkeys(["miles", "mile"], "mile"),
    # a speed written out: "winds of 180 miles per hour" are no distance of 180 miles
    **dict.fromkeys(["miles per hour", "miles an hour", "mile per hour", "mile an hour"], "mph"),
    **dict.fromkeys([f"{k} {per} hour" for k in ("kilometres", "kilometers") for per in ("per", "an")], "km/h"),
    "nautical miles": "nautical mile",
    **dict.fromkeys(["metres", "meters", "metre", "meter"], "metre"),  # length, height, depth
    **dict.fromkeys(["centimetres", "centimeters"], "cm"),
    **dict.fromkeys(["millimetres", "millimeters"], "mm"),
    **dict.fromkeys(["feet", "foot"], "foot"),
    **dict.fromkeys(["yards", "yard"], "yard"),
    **dict.fromkeys(["inches", "inch"], "inch"),
    **dict.fromkeys(["tonnes", "tons", "metric tons", "metric tonnes"], "tonne"),  # mass
    **dict.fromkeys(["kilograms", "kilogram", "kilos"], "kg"),
    **dict.fromkeys(["litres", "liters", "litre", "liter"], "litre"),  # volume
    "gallons": "gallon",
    **dict.fromkeys(["hectares", "hectare"], "hectare"),  # area
    **dict.fromkeys(["acres", "acre"], "acre"),
    **dict.fromkeys(["square kilometres", "square kilometers", "sq km"], "km2"),
    "square miles": "sq mile",
    "knots": "knot",  # speed at sea
    "megawatts": "MW", "gigawatts": "GW", "kilowatts": "kW",  # power
    "gigabytes": "GB", "megabytes": "MB", "terabytes": "TB",  # storage
    **dict.fromkeys(["degrees", "degree"], "degree"),  # temperature, angle
    # a temperature in its scale, so that outlets giving one heat in both scales do not seem to differ
    **dict.fromkeys(["fahrenheit", "degrees fahrenheit", "degree fahrenheit"], "°F"),
    **dict.fromkeys(["celsius", "centigrade", "degrees celsius", "degree celsius", "degrees centigrade"], "°C"),
    # the strength of a quake, not a count of anything
    **dict.fromkeys(["magnitude", "richter", "on the richter scale", "on the richter magnitude scale"], "magnitude"),
}
# hyphenated unit word -> unit: "a 1.6-litre engine", "a 300-metre stretch", "a 6.8-magnitude quake"
HYPHEN_UNITS = {
    "magnitude": "magnitude", "km": "km", "kilometre": "km", "kilometer": "km", "mile": "mile", "metre": "metre",
    "meter": "metre", "foot": "foot", "feet": "foot", "inch": "inch", "inches": "inch", "yard": "yard",
    "litre": "litre", "liter": "litre", "tonne": "tonne", "ton": "tonne", "kilogram": "kg", "kg": "kg",
    "gram": "g", "acre": "acre", "hectare": "hectare", "megawatt": "MW", "gigawatt": "GW", "percent": "percent",
    "degree": "degree", "mph": "mph", "gigabyte": "GB", "cm": "cm", "mm": "mm", "millimetre": "mm",
    "millimeter": "mm", "centimetre": "cm", "centimeter": "cm",
}
# the word before a hyphenated unit of length that makes it one of area or volume: "a 10,000-square-foot hall"
AREA_WORDS = {"square": "sq", "sq": "sq", "cubic": "cubic"}
# hyphenated words after a number that name no counted thing: "a two-state solution", "a five-star
# hotel" (a rating), "a two-time champion", "three-fold", "3-nil", "3-all", "twenty-something" (an age),
# "single-digit", "four-wheel drive", "two-pronged", "two-faced", and a gun's bore ("a 20-gauge shotgun", "a
# 9-caliber pistol"): a size of the weapon, no number of anything
NOT_COUNTED_COMPOUNDS = frozenset(
    "state way fold star time times sided off nil all love something ish digit dimensional wheel pronged faced"
    " gauge caliber calibre".split()
)
# units that stay outside the span: "240 tonnes of flour" keeps "tonnes of flour" as what is counted
UNIT_OUTSIDE_SPAN = frozenset({"tonne", "kg"})
# currencies written before the figure, by their sign ("€300 million", "₹50,000") and, for dollars, by the
# letters of a country before "$" ("A$5 million", "HK$20 million"); numerals builds its patterns from these
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "₪": "ILS", "₹": "INR", "₦": "NGN", "₱": "PHP", "¥": "JPY",
                  "₩": "KRW", "₽": "RUB", "₺": "TRY", "₴": "UAH"}
DOLLAR_PREFIXES = {"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD", "nz": "NZD",
                   "nt": "TWD", "s": "SGD"}
# ISO codes news copy writes before a figure ("PKR 500,000", "USD 2 million"), in capitals only; not those that are
# also words or acronyms a number follows in news ("COP 29" is a summit, "SAR 2" a rescue team, "TRY" a headline's verb)
CURRENCY_CODES = {
    **{c.lower(): c for c in """USD EUR GBP CHF JPY CNY HKD SGD AUD NZD CAD INR PKR BDT LKR NPR AFN IRR IQD AED QAR
    KWD ILS EGP NGN GHS KES UGX TZS ETB ZAR XOF XAF RUB UAH PLN CZK HUF SEK NOK DKK IDR MYR PHP THB VND KRW TWD BRL
    MXN ARS CLP BOB VES""".split()},
    "rmb": "CNY",  # China's currency by its other name
}
CURRENCY = {
    **CURRENCY_SIGNS, **{f"{p}$": code for p, code in DOLLAR_PREFIXES.items()}, **CURRENCY_CODES,
    "rs": "INR", "rs.": "INR",  # "Rs 10 lakh", "Rs. 500": the rupee, written before the figure
    "dollars": "USD", "euros": "EUR",
    "shekels": "ILS", "taka": "BDT", "naira": "NGN", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
    "rand": "ZAR", "roubles": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "rupiah": "IDR",
    "ringgit": "MYR", "birr": "ETB", "kwacha": "ZMW", "cedis": "GHS", "bolivars": "VES", "rupees": "INR",
}
_IRREGULAR_PLURAL_OF = {"person": "people", "man": "men", "woman": "women", "child": "children", "foot": "feet"}


def _alternation(words: object) -> str:
    """A regex alternation of phrases, longest first, any run of blanks between words."""
    return "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))


# abbreviations that may be fused to the digits, for the number grammar's lookahead
FUSED = f"(?:{_alternation(MEASURE_ABBR)})"
# "26 km (16 miles)": the converted figure in brackets belongs to the measure's span
_EQUIVALENT = r"(?:[ \t]*\(\d[\d.,]*[ \t]*(?:miles?|km|kilomet(?:er|re)s|feet|ft|metres|meters|m)\))?"
# one pass over the blanks after the number, then the unit: what may touch the digits ("5%", "70mph",
# "30°C") first, then the words that need a blank before them
UNIT_AFTER = patterns.compile(
    rf"[ \t]*(?:(?P<pct>%)|(?P<abbr>{_alternation(MEASURE_ABBR)})(?![\w/]){_EQUIVALENT}|(?P<degsign>°[CF]?))"
    r"|[ \t]+(?:(?P<pcw>per[ \t]?cent\b|percent(?:age[ \t]+points?)?\b)"
    r"|(?:(?:more|additional|full|straight|consecutive|long|extra|total)[ \t]+)?"
    r"(?P<time>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b(?![ \t-]+old\b)"
    r"|(?P<cur>dollars|euros|shekels|pounds[ \t]+sterling|taka|rupees|naira|yuan|renminbi|yen|rand"
    r"|roubles|rubles|hryvnias?|pesos|dinars|riyals|dirhams|francs|shillings|lira|birr|kwacha|cedis|rupiah|ringgit"
    r"|bolivars)\b"
    rf"|(?P<meas>{_alternation(MEASURE_WORDS)})\b{_EQUIVALENT})",
    regex.I,
)
# "magnitude 7", "Richter 6", and the far end of a magnitude's range: "magnitude 5.5+ to 6.0"
MAG_BEFORE = patterns.compile(
    r"\b(?:magnitude|Richter)[ \t-]+(?:\d+(?:\.\d+)?\+?[ \t]*(?:to|and|or|-|–)[ \t]*)?$", regex.I)
MAG_REACH = 30  # characters before a figure that MAG_BEFORE reads: "magnitude 5.5+ to " at most
# a bare decimal in a sentence with one of these words is a quake's magnitude ("measuring 7.7 and 6.4")
QUAKE = patterns.compile(r"\b(?:quakes?|earthquakes?|tremors?|aftershocks?|seismic|Richter|magnitude)\b", regex.I)


def unit_name(ua: regex.Match[str]) -> str:
    """The unit a UNIT_AFTER match names."""
    kind = ua.lastgroup
    if kind == "time":
        return ua.group("time").lower().rstrip("s")
    if kind in ("pct", "pcw"):
        return "percent"
    if kind == "cur":
        cur = ua.group("cur").lower().split()[0]
        return CURRENCY.get(cur, "GBP" if cur == "pounds" else "currency")
    if kind == "abbr":
        return MEASURE_ABBR[ua.group("abbr").lower()]
    if kind == "meas":
        return MEASURE_WORDS[" ".join(ua.group("meas").lower().split())]
    return {"°F": "°F", "°C": "°C"}.get(ua.group("degsign").upper(), "degree")


def plural_of(word: str) -> str:
    """Plural of the noun in a hyphenated count ("storey" -> "storeys", "person" -> "people")."""
    if word in _IRREGULAR_PLURAL_OF:
        return _IRREGULAR_PLURAL_OF[word]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"
