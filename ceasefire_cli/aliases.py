"""One name per body or site across outlets, so that the holder and place slots of count claims unify
what a reader takes for one party, team, hospital or district: "Lib Dems" and "Liberal Democrats",
"SNP" and "Scottish National Party", "Trauma Centre" and "National Trauma Center", "Nepal's Sunsari"
and "Sunsari".

Names are matched by their form alone, never by a list of known names: the same words once the kind
of body ("party", "hospital"), a possessive owner ("Keir Starmer's Labour Party") and British
spellings are set aside and plurals made singular; an acronym of the other ("KMC Hospital",
"Kathmandu Medical College"); an abbreviation of every word ("Lib Dems"); or, for names of two words
or more, the words of the one longer name that holds them all ("Civil Hospital", "Civil Service
Hospital"); or a short form an article defines in brackets ("Alternative for Germany (AfD)": a form
whose letters are not the name's initials, the name's own language's). Names no rule ties stay apart:
"Tories" and "Conservatives" are one party only to a reader who knows it.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

import regex

from .holders import COALITION, HOLDER_KINDS, JOINT, NOT_NAMES, SHORT_FORM
from .places import NAME_PARTICLE
from .textmatch import singular, words

# words that say what kind of site a name is, not which one (a body's: holders.HOLDER_KINDS)
SITE_KINDS = frozenset("hospital clinic".split())
_SPELLING = {"centre": "center", "theatre": "theater", "harbour": "harbor", "defence": "defense"}
_ACRONYM_SKIP = frozenset("of the for and on in".split())
ABBREVIATION_MIN = 3  # letters an abbreviated word keeps ("Lib", "Dem"); shorter is an initial
SUBSET_MIN = 2  # words a name needs to stand for a longer name holding them ("Gaza" is not "Gaza City")


def _own_words(name: str) -> list[str]:
    """The name's words after the last possessive ("Keir Starmer's Labour Party" is the party)."""
    text = name.replace("’", "'")
    if "'s " in text:
        text = text.rsplit("'s ", 1)[1]
    return [_SPELLING.get(w, w) for w in words(text) if w != "the"]


# one name transliterated two ways ("Ročava", "Rocava" and "Rochava"; "Cáceres" and "Caceres"): compared
# without accents, nor the h English writes after c, s, z or k for one letter of another alphabet
_TRANSLIT = regex.compile(r"\p{Mn}+|(?<=[cszk])h")
# letters that carry their mark inside them, so no decomposition strips it: "Rafał" and "Rafal", "Bjørn" and
# "Bjorn", "Đà Nẵng" and "Da Nang" are written both ways in English copy
_WHOLE_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th",
                                "ð": "d"})


# a courtesy title before a person's name says nothing of which person: "Mr Tan" is "Tan"
_HONORIFICS = frozenset("mr mrs ms miss dr".split())


def name_words(name: str, kinds: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words that tell a name apart: its own words without words of ``kinds`` or a courtesy title,
    singular, transliterated alike. A possessive inside the name itself ("the People's Party", where only
    a kind word follows it) is no owner: its words are the name's."""
    own = [w for w in _own_words(name) if w not in kinds and w not in _HONORIFICS]
    if sum(len(w) > 1 for w in own) >= 2:
        own = [w for w in own if len(w) > 1]  # an initial says nothing of which: "M Ribeira Stadium"
    if not own and "s " in name.replace("’", "'"):
        own = [_SPELLING.get(w, w) for w in words(name.replace("’", "'").replace("'s ", " "))
               if w != "the" and w not in kinds and w not in _HONORIFICS]
    return tuple(_TRANSLIT.sub("", unicodedata.normalize("NFD", singular(w))).translate(_WHOLE_LETTERS) for w in own)


def _initialled_words(name: str) -> list[str]:
    """The words an acronym of the name takes its initials from: its own words, or all of them where a possessive
    only one word follows is the name's own ("People's Union")."""
    own = _own_words(name)
    if len(own) == 1 and "s " in name.replace("’", "'"):
        own = [w for w in words(name.replace("’", "'").replace("'s ", " ")) if w != "the"]
    return own


def acronym(name: str) -> str:
    """The initials of a name's own words, lower case ("Port Workers Union": "pwu"; "People's Union": "pu")."""
    return "".join(w[0] for w in _initialled_words(name) if w not in _ACRONYM_SKIP)


# Two spellings of one word of a person's name in English copy: the same first letter, and this alike by difflib's
# ratio: "Andrey"/"Andrei" 0.83, "Oleksandr"/"Olexandr" 0.82, "Rahim"/"Rahem" 0.80; "Ruiz"/"Reyes" 0.22. Two people
# whose names differ so little ("Brandt"/"Berndt", 0.83) are taken for one: a story rarely names both
SPELLING_LIKENESS = 0.8
SPELLING_MIN = 5  # letters each word needs for another spelling of it to count (short ones must be spelt alike)


def _spelt_alike(x: str, y: str) -> bool:
    return x == y or (x[0] == y[0] and min(len(x), len(y)) >= SPELLING_MIN
                      and difflib.SequenceMatcher(None, x, y).ratio() >= SPELLING_LIKENESS)


def same_name(a: str, b: str, kinds: frozenset[str] = frozenset(), spellings: bool = False) -> bool:
    """Whether two names name one body or site by equal words, acronym or abbreviation; ``spellings``: or, for
    names of people (two words or more, none a word of ``kinds``), by every word spelt two ways (``_spelt_alike``)."""
    ka, kb = name_words(a, kinds), name_words(b, kinds)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if spellings and 1 < len(ka) == len(kb) and not kinds.intersection(words(a) + words(b)) \
            and all(map(_spelt_alike, ka, kb)):
        return True
    # (of two one-word keys, the shorter name is the acronym: "UP" of "Unity Party")
    (short, _), (long_, long_name) = sorted(((ka, a), (kb, b)), key=lambda x: (len(x[0]), len(x[1]), x[0]))
    if len(short) == 1 and len(_initialled_words(long_name)) > 1 and short[0] in (
            acronym(long_name), "".join(w[0] for w in long_)):
        return True  # "SNP" / "Scottish National Party"; "KMC Hospital" / "Kathmandu Medical College"
    return 1 < len(short) == len(long_) and all(
        x == y or (len(x) >= ABBREVIATION_MIN and y.startswith(x)) or (len(y) >= ABBREVIATION_MIN and x.startswith(y))
        for x, y in zip(short, long_, strict=True))  # "Lib Dem" / "Liberal Democrat"


def canonical_names(names: Iterable[str], kinds: frozenset[str] = frozenset(),
                    spellings: bool = False) -> dict[str, str]:
    """Each name as written -> the name its group goes by (the most used form; ties: the shortest,
    then the first in alphabetical order), whatever order the names come in."""
    counts = Counter(n for n in names if n)
    forms = sorted(counts, key=lambda n: (-counts[n], len(n), n))
    keys = {n: name_words(n, kinds) for n in forms}
    blocks: dict[str, list[str]] = defaultdict(list)  # equal words, acronyms, abbreviations: one first letter
    for n in forms:
        blocks[keys[n][0][:1] if keys[n] else ""].append(n)
    out: dict[str, str] = {}
    for n in forms:
        if n in out:
            continue
        out[n] = n
        for other in blocks[keys[n][0][:1] if keys[n] else ""]:
            if other not in out and same_name(n, other, kinds, spellings):
                out[other] = n
    _subsets(keys, out)
    return out


def _subsets(keys: dict[str, tuple[str, ...]], out: dict[str, str]) -> None:
    """A group whose name words all stand in exactly one longer group's name joins it: "Civil
    Hospital" is "Civil Service Hospital" where no other name holds both words."""
    groups = {c: set(keys[c]) for c in set(out.values())}
    by_word: dict[str, set[str]] = defaultdict(set)
    for c, ws in groups.items():
        for w in ws:
            by_word[w].add(c)
    moved: dict[str, str] = {}
    for c, ws in sorted(groups.items()):
        if len(_own_words(c)) < SUBSET_MIN or not ws:
            continue
        holders = set.intersection(*(by_word[w] for w in ws)) - {c}
        holders = {h for h in holders if len(groups[h]) > len(ws)}
        if len(holders) == 1:
            moved[c] = holders.pop()
    for n, c in out.items():
        target = c
        while target in moved:
            target = moved[target]
        out[n] = target


# a capitalised word that reads as an adjective of a people or a land ("Scottish", "Chinese", "Baltic") where
# the nation tables lack it: a longer name with one is a body's, not a person's full name
_ADJECTIVE_END = regex.compile(r"\p{Lu}\p{Ll}+(?:ish|ese|ic)$")


# a body named for the one that leads or backs it ("the Green-led alliance", "a union-backed slate") is not that
# one: the Greens' seats are a part of the alliance's
_LED_COMPOUND = regex.compile(r"\w-(?:led|backed|run|allied|aligned|dominated)\b", regex.I)


# a name, then the short form it goes by in brackets: "the far-right Alternative for Germany (AfD)", "the Unity
# Party (UP)" (words of a name: capitalised, or the small words inside one)
_DEFINED = regex.compile(
    rf"(?<![\p{{L}}'’-])(?P<name>\p{{Lu}}[\p{{L}}'’-]*(?:[ ](?:\p{{Lu}}[\p{{L}}'’-]*|of|for|and|the|la|für|von|van|der"
    rf"|{NAME_PARTICLE})){{1,6}}?)"
    rf"[ ]\((?P<short>{SHORT_FORM})\)")


def defined_short_forms(texts: Iterable[str]) -> dict[str, str]:
    """Each short form the texts define in brackets -> the name it stands for (the one most texts give; ties:
    the shortest, then the first in alphabetical order)."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        if " (" not in text:
            continue
        for m in _DEFINED.finditer(text):
            name = m["name"].split()
            while name and name[0] in NOT_NAMES:
                name = name[1:]
            if len(name) > 1 and m["short"] not in name:
                seen[m["short"]][" ".join(name)] += 1
    return {short: min(names, key=lambda n: (-names[n], len(n), n)) for short, names in seen.items()}


def canonical_holders(names: Iterable[str], defined: dict[str, str] | None = None) -> dict[str, str]:
    """Bodies' and people's names: as ``canonical_names``, and a name of one word that is a word of exactly one
    longer name is that name's: "Ruiz" is "Ana Ruiz", "Tan" is "Tan Wei-ling". Not a longer name that names a
    nation ("Scottish Labour" is not "Labour", nor "Harbour People's Party" the "Harbour" of another story).
    A short form ``defined`` in the story's texts (``defined_short_forms``) is the name it stands for."""
    from .nationality import nation_named

    defined = defined or {}
    names = list(names)
    # (a holder of two's names are names the story uses: "Farmers Union + UGP" says "UGP" as another outlet's
    # "United Green Party" does)
    parts = {p for n in names for p in n.split(JOINT)}
    out = canonical_names([defined.get(p, p) for n in names for p in n.split(JOINT)], HOLDER_KINDS, spellings=True)
    out.update({p: out[defined[p]] for p in parts if p in defined})
    keys = {c: name_words(c, HOLDER_KINDS) for c in set(out.values())}
    having: dict[str, set[str]] = defaultdict(set)
    for c, ws in keys.items():
        if len(ws) > 1 and not _LED_COMPOUND.search(c) \
                and not any(nation_named(w) or _ADJECTIVE_END.search(w) for w in c.split() if w[:1].isupper()):
            for w in ws:
                having[w].add(c)
    moved = {c: next(iter(having[ws[0]])) for c, ws in keys.items() if len(ws) == 1 and len(having[ws[0]]) == 1}
    single = {n: moved.get(c, c) for n, c in out.items()}
    # a holder of two is its own, each of its names as the story names it alone ("Farmers Union + UGP" is no one party)
    joint = {n: JOINT.join(sorted({single.get(p, p) for p in n.split(JOINT)})) for n in names if n and JOINT in n}
    if len(set(joint.values())) == 1:  # "the coalition": the story's one holder of two
        single[COALITION] = next(iter(joint.values()))
    return {**single, **joint}


def canonical_places(names: Iterable[str]) -> dict[str, str]:
    return canonical_names(names, SITE_KINDS)
