"""Who an article names: the people, families, titles, aliases, organisations and acronyms that the
speaker resolution (``speakers``) draws on. Built once per article from its masked text (quote
interiors blanked, same length), so names inside a quote never join the cast.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from . import patterns
from .names import (
    _FINITE,
    _GENDER,
    _HEADLINE_LEN,
    _INITIAL,
    _LOC_PREPS,
    _agentive,
    _base,
    _classify,
    _dropped_family_name,
    _is_headline,
    _is_poss,
    _single_name,
    _titles_around,
    _units,
    surname,
    title_word,
)
from .nationality import demonym_nation
from .places import KIND_OF_PLACE, lookup
from .textutil import sentence_spans_variant

_ACRONYM = patterns.compile(r"\((\p{Lu}{2,8})\)")
# a picture's credit before a name ('Photo: Ana Ruiz', 'Photograph by Ana Ruiz'): who took it, not whom a later
# 'he' or 'she' means. Searched backwards ('(?r)'), from the name, as the place frames are (places.py)
_CREDIT_BEFORE = patterns.compile(r"(?r)(?i:\b(?:photo(?:graph)?s?|image|picture|credit|courtesy)(?:[ ]by)?"
                                  r"[ ]*[:/|]?[ ]*)$")
_FULL_BEFORE = patterns.compile(  # the capitalised name right before '(ACRONYM)'
    r"(?:[Tt]he[ ])?((?:\p{Lu}[\p{L}.\-]*[ ](?:(?:of|for|and|the|on|in)[ ])*)*\p{Lu}[\p{L}.\-]*['’]?)[ ]$"
)
# A two-word name repeated in full this often, never by its last word alone, is an organisation: 2 turned a
# person named twice in full into a body on the dev clusters (speakers 1.00 -> 0.86 in one), 3 did not.
_BRAND_REPEATS = 3
_SPEECH_WORDS = frozenset(_FINITE)
_POSSESSIVE = patterns.compile(r"\b(?i:his|her)\b")
_WORD_NEXT = patterns.compile(r"[ ](\p{Ll}[\p{L}-]+)\b")  # the lowercase word right after a name
_CAP_RUN = patterns.compile(r"\p{Lu}[\p{L}\p{M}’'.\-]*(?:[ ]+\p{Lu}[\p{L}\p{M}’'.\-]*)*")
# characters after a full name within which a bare surname two people share is that one ('Maria Reyes said …
# "…," Reyes added'); further on it is the one named most ('Lee Jae-myung' of a story that once names 'Lee Jun-seok')
FAMILY_RECENT = 300
# a kinship word opening its sentence, its relative the subject: 'His mother, Maria Reyes, spoke to reporters'
_KIN_OPENS = patterns.compile(
    r"(?:^|[.!?][\"”’']?[ \t]+|\n)[\"“‘']?(?:(?:His|Her|Their|The|Its)[ \t]+)?(?:\p{L}+[ \t]+)?$")
_KIN_REACH = 30  # characters before a kinship word that _KIN_OPENS reads
# a name right after one of these names no person: a place ('a small kibbutz, Ein Tamar', 'the village Kaolan')
# or a work ('the Korean drama hit Itaewon Class', 'the film Jane Eyre')
_NOT_PERSON_AFTER = frozenset("""kibbutz moshav village town city township hamlet settlement camp suburb
    drama series show sitcom film movie documentary album song novel book musical hit""".split())
# after a capitalised common word, what makes it a page's label rather than a surname ('Read more:', 'Watch:')
_LABEL_AFTER = patterns.compile(r"[ \t]*(?::|more\b|the[ \t]+full\b)")
# a nickname inside a name: 'Tomas “Tiger” Brenner' is Tomas Brenner, and 'Tiger' is he
_NICKNAMED = patterns.compile(  # opens with the mark, so the search skips to marks (the given name is looked back at)
    r"(?<=\b(\p{Lu}[\p{L}’'-]+)[ ])[“\"]((?:\p{Lu}[\p{L}’'.-]*)(?:[ ]\p{Lu}[\p{L}’'.-]*)?)[”\"][ ]"
    r"(\p{Lu}[\p{L}’'-]+)\b")
# a nickname a person is given: 'Joko Ruiz, popularly known as “Jokoru”', 'Ana Ruiz, known as Anita'
_KNOWN_AS = patterns.compile(
    r"(\p{Lu}[\p{L}’'-]+(?:[ ]\p{Lu}[\p{L}’'-]+){1,3}),?[ ](?:(?:popularly|widely|commonly|better|also|locally)[ ])?"
    r"known[ ]as[ ][“\"‘']?(\p{Lu}[\p{L}’'-]+)")
AGE_SET_OFF = r",[ \t]+(\d{1,3}),"  # 'Ana Ruiz, 70, …': an age set off by commas after a name
AGED_AFTER = patterns.compile(AGE_SET_OFF)  # 'Marta, 29, …': an age set off after a name
# after a capitalised common word, what makes it a name: a possessive, an age set off by commas
_NAME_SIGN = patterns.compile(r"(?:['’]s\b|" + AGE_SET_OFF + ")")
_KIN_SEX = {
    "mother": "f", "daughter": "f", "wife": "f", "sister": "f", "grandmother": "f", "aunt": "f", "niece": "f",
    "fiancée": "f", "mum": "f", "mom": "f", "widow": "f", "father": "m", "son": "m", "husband": "m",
    "brother": "m", "grandfather": "m", "uncle": "m", "nephew": "m", "fiancé": "m", "dad": "m", "widower": "m",
    "cousin": "", "partner": "",
}
# the sex a noun for one person tells, so that 'he' is never 'a woman' nor 'she' 'the spokesman': kin,
# and the nouns that carry it in their ending
NOUN_SEX = {
    **{k: v for k, v in _KIN_SEX.items() if v},
    **dict.fromkeys("woman girl lady spokeswoman policewoman businesswoman chairwoman congresswoman actress "
                    "waitress".split(), "f"),
    **dict.fromkeys("man boy gentleman spokesman policeman businessman chairman congressman".split(), "m"),
}
_KIN_OWNER = patterns.compile(  # 'his mother', 'Ana Ruiz's elder son': whose relative
    r"(?P<owner>\b[Hh]is|\b[Hh]er|\b[Tt]heir|\p{Lu}[\p{L}\-]*['’]s)[ ]"
    r"(?:(?:late|elder|younger|older|eldest|youngest|twin|little|big)[ ])?$"
)
# titles of whoever leads a country, whom 'the (Valdoran) leader' means where the article names one such person
_RULER_TITLES = frozenset("president premier prime chancellor king queen emir sultan".split())
# offices one person holds, that point back so only to a speaker the text gives no other title ('Ana Ruiz told
# parliament …. ¶ "…," the prime minister said'; not the foreign secretary who spoke last: speakers)
_OFFICES = frozenset("minister president premier chancellor governor mayor senator congressman congresswoman lawmaker"
                     " ambassador envoy judge".split())
# an office held over a place or a body, whose name follows: 'the governor of Ponte Alta', 'mayor of New Varn'
_OFFICE_OF = patterns.compile(
    rf"\b(?:{'|'.join(sorted(_OFFICES | _RULER_TITLES))})[ ]of[ ](?:the[ ])?$", regex.I)
_OFFICE_OF_REACH = 20  # characters before a name that "governor of the " fits in
_IN_CHARGE = "Charge"  # 'Special Agent in Charge Ana Ruiz': a title's tail after 'in', no place
_PLACE_PREP = patterns.compile(r"\b(?:in|to|from|of|against|into|across|with|and)[ ]$")
# the initials are possessive: a run "U.S.U.S.…U" is not retried at every shorter length (quadratic); a slash
# before a capital joins a body's name ('Front/Army')
_CAP_TOK = (
    r"(?:(?:\p{Lu}\.){2,}+|(?:[ae]l-)?\p{Lu}[\p{L}\p{M}\d]*(?:[’'\-]\p{L}[\p{L}\p{M}]*"
    r"|/\p{Lu}[\p{L}\p{M}]*)*[’']?\.?)")
_NAME_REST = (r"(?:(?:[ ](?:of|and|for|the|al|el|bin|ibn|abu|von|van|der|den|de|da|di|du|la|le|del))*"
              + r"[ ]" + _CAP_TOK + r")*(?:,[ ](?:Jr|Sr)\.)?(?![\p{L}\p{M}\d_])")  # 'Roland Butler, Jr.' is one name
_NAME = patterns.compile(r"(?<![\p{L}\p{M}\d_])" + _CAP_TOK + _NAME_REST)
# _NAME where it opens with a capital: a pattern that may open with 'al-' or 'el-' is tried at every 'a' and 'e'
# of a text, this one only at capitals (the scan of names twice as fast); see _names_in
_NAME_AT_CAPITAL = patterns.compile(r"(?<![\p{L}\p{M}\d_])" + _CAP_TOK.replace("(?:[ae]l-)?", "", 1) + _NAME_REST)
_ARTICLE_PREFIXES = ("al-", "el-")


# 'al-' or 'el-' right before a capital: only where one is can a name open with it (see _names_in)
_ARTICLE_BEFORE_CAPITAL = patterns.compile(r"[ae]l-(?=\p{Lu})")


def _names_in(m: str, lo: int, hi: int) -> Iterator[regex.Match[str]]:
    """What ``_NAME.finditer(m, lo, hi)`` yields: the names opening with a capital, but where one comes right after
    'al-' or 'el-' that opens a name ('al-Sharaa'), the name read from there instead and the scan resumed after it.
    A stretch with no 'al-' or 'el-' before a capital (most) is the plain scan, without a generator's step per name."""
    if _ARTICLE_BEFORE_CAPITAL.search(m, lo, hi) is None:
        return _NAME_AT_CAPITAL.finditer(m, lo, hi)
    return _names_after_articles(m, lo, hi)


def _names_after_articles(m: str, lo: int, hi: int) -> Iterator[regex.Match[str]]:
    """``_names_in`` of a stretch where a name may open with 'al-' or 'el-'."""
    pos = lo
    while pos < hi:
        done = pos  # where the last name yielded ends: a name can open no earlier
        for seq in _NAME_AT_CAPITAL.finditer(m, pos, hi):
            s = seq.start()
            if s - 3 >= done and m[s - 3 : s] in _ARTICLE_PREFIXES:
                full = _NAME.match(m, s - 3, hi)
                if full is not None:
                    yield full
                    pos = full.end()
                    break
            yield seq
            done = seq.end()
        else:
            return


def _word_before(m: str, pos: int) -> str:
    """The word right before ``pos`` across one space (a comma after it dropped): 'from' in 'from Ein Tamar'."""
    if m[pos - 1 : pos] != " ":
        return ""
    lo = max(0, pos - 16)
    j = m.rfind(" ", lo, pos - 1)
    return m[(j + 1 if j >= 0 else lo) : pos - 1].rstrip(",")


@lru_cache(maxsize=1 << 16)
def _single_token(g: str) -> tuple[str | None, bool, str | None]:
    """(name, possessive, common word) of a one-word capitalised run: memoised, as an article and the
    articles after it name the same words again and again. The common word ('Read', 'Young') is given
    only where the word names nobody (``_single_name`` None) but may be a surname."""
    b = _single_name(g)
    if b is not None:
        return b, _is_poss(g), None
    return None, False, _base(g) if g[1:].islower() and len(g) > 2 else None


# a capitalised '-ing' word, then a lower-case word and a comma: 'Waving to supporters from the balcony, Ruiz
# thanked them'
_PARTICIPLE_OPENS = patterns.compile(r"[ ]+(\p{Ll}+)[^.!?\n,]{0,80},")


def _participle_opening(m: str, start: int, end: int, word: str) -> bool:
    """Whether a lone capitalised word is a participle opening its sentence, no one's name: it ends in '-ing', a
    phrase closed by a comma follows with no verb first ('King told the crowd, ...' is a name), and the text
    never names it again."""
    if not word.endswith("ing") or (phrase := _PARTICIPLE_OPENS.match(m, end)) is None:
        return False
    verb = phrase.group(1)
    return verb not in _FINITE and not verb.endswith("ed") \
        and m[max(0, start - 6):start].rstrip(" \t\"“‘'")[-1:] in ("", ".", "!", "?", "\n") and m.count(word) == 1
# a thing, then its make or model set off after it: 'the car, a Lumen Tourer,', 'the jet, a Kestrel Jetliner'
_THING_APPOSITION = patterns.compile(
    r"\b(?:car|vehicle|van|truck|lorry|bus|coach|train|plane|jet|aircraft|helicopter|drone|ship|vessel|boat|ferry"
    r"|rifle|gun|pistol|weapon|phone|device|model|engine|motorbike|motorcycle|scooter),?[ ]+(?:a|an|the)[ ]+$")


# a kind of place, then the name it is: 'the municipality of', 'the village of'
_PLACE_KIND_OF = patterns.compile(rf"\b{KIND_OF_PLACE}[ ]+of[ ]+$")
# the first words of places' names that no person's given name is ('San Clemente', 'Port Louis', 'New Tarvin')
_PLACE_OPENERS = frozenset("san santa santo são sao saint st st. sainte porto puerto port fort new north south east"
                           " west el la los las".split())


def _place_named(name: str) -> bool:
    """Whether a name that reads as a person's is a place the gazetteer knows: a country or a region, a city whose
    name opens as only places' do ('San Clemente'), or one of three words or more ('Vila Nova de Gaia'); not a
    city of two words that a person's name may share."""
    words = name.split()
    if len(words) < 2:
        return False
    place = lookup(name)
    return place is not None and (place.kind in ("country", "region") or len(words) > 2
                                  or words[0].lower() in _PLACE_OPENERS)


def _no_person_here(m: str, pos: int, toks: tuple[str, ...]) -> bool:
    """Whether a capitalised run that reads as a person's name at ``pos`` stands where none does: a place the
    gazetteer knows ('San Clemente', 'Costa Rica'), one the text says is a place ('the municipality of Tenaro de
    Luna'), or a thing's make after the thing ('the car, a Lumen Tourer,')."""
    return _place_named(" ".join(_base(t) for t in toks)) \
        or _PLACE_KIND_OF.search(m, max(0, pos - 30), pos) is not None \
        or _THING_APPOSITION.search(m, max(0, pos - 40), pos) is not None


def _title_used(m: str, word: str, after: int) -> bool:
    """Whether the text goes on past ``after`` to call someone 'the' ``word`` ('the Vizier', 'the Grand Vizier'):
    the capitalised word cut from before a name is then a title, not a given name."""
    return word[:1].isupper() and m.find(word, after) >= 0 \
        and regex.search(rf"\b[Tt]he[ ](?:\p{{Lu}}\p{{L}}*[ ])*{regex.escape(word)}\b", m, pos=after) is not None


@lru_cache(maxsize=1 << 16)
def _person_facts(toks: tuple[str, ...], name: str, title: str) -> tuple[str, str, bool, str | None]:
    """(surname key, dropped family name, possessive, sex an honorific gives) of a person's name as
    ``_classify`` read it: pure, so memoised like ``_classify`` (a person is named many times)."""
    sex = next((g for w in title.split() if (g := _GENDER.get(w.rstrip(".")))), None)  # 'Mr Justice'
    return surname(name).lower(), _dropped_family_name(toks, name, title), _is_poss(toks[-1]), sex


# titles that go with a given name, not a surname ("Sir Alan" is Alan Duncan)
_GIVEN_NAME_TITLES = frozenset({"sir", "dame"})


# the heads of a business, after its name in a title ('Acme CEO Ana Ruiz'): that name is a company's
_BUSINESS_TITLES = ("ceo", "chief executive", "chief executive officer", "chairman", "chairwoman", "founder",
                    "co-founder", "managing director", "boss")


def _business_of(title: str, m: str, pos: int) -> str:
    """The company a title names its holder the head of ('Acme CEO' before a name: 'Acme'), as written; ""."""
    for head in _BUSINESS_TITLES:
        if title.endswith(" " + head):
            n = len(title.split()) - len(head.split())
            words = m[pos : pos + len(title) + 1].split()[:n]
            while len(words) > 1 and words[0].lower() in _TENURE_WORDS:
                words = words[1:]  # 'New Acme CEO Ana Ruiz': Acme, whose CEO is new
            return " ".join(words) if words and all(w[:1].isupper() for w in words) else ""
    return ""


# words before a title that say when its holder holds it, capitalised at a sentence's start, not a company's name
_TENURE_WORDS = frozenset("new former then incoming outgoing interim acting longtime".split())


def _knights(persons: list[tuple[int, str, str]], titles: list[tuple[str, int]]) -> list[tuple[int, str, str]]:
    """"Sir Alan" keyed as the one person named in full whose given name is Alan."""
    knighted = {pos for t, pos in titles if t.split()[-1].lower() in _GIVEN_NAME_TITLES}
    if not knighted:
        return persons
    given: dict[str, str | None] = {}
    for _, name, key in persons:
        parts = name.split()
        if len(parts) > 1:
            g = parts[0].lower()
            given[g] = key if given.get(g, key) == key else None
    return [(pos, name, given.get(name.lower()) or key) if pos in knighted and " " not in name else (pos, name, key)
            for pos, name, key in persons]


@dataclass(slots=True)
class _Said:
    """A resolved speaker: its name (or None), whether a person/org/unnamed, and where it was found."""

    name: str | None
    kind: str
    pos: int
    voice: str = ""  # who spoke for a body given as the speaker ('a spokesman for the ministry'): 'spokesman'


# a lower-case word right before a name, a role when the name is three words of a family name first ('leader')
# an office in lower case before a name: a person's, whatever the name's last word names elsewhere ('Park', 'Hill')
_TITLE_BEFORE_PERSON = _OFFICES | frozenset("spokesman spokeswoman spokesperson secretary commissioner director sheriff"
                                            .split())
# an office before a name of one word ('army chief Orlan'), or the word news uses for a person it names by the
# family name alone ('a fisherman surnamed Lo'): either way a person, whom 'he' may mean next
_LONE_NAME_TITLES = _TITLE_BEFORE_PERSON | {"chief", "surnamed"}
_LOWER_WORD_BEFORE = patterns.compile(r"(?<![\p{L}’'-])(\p{Ll}[\p{Ll}-]*)[ ]$")


@dataclass(slots=True)
class _Scanned:
    """What one scan of an article's capitalised names finds (see ``_Cast._scan``)."""

    persons: list[tuple[int, str, str]]  # pos, core name, key (the surname until families are known)
    singles: list[tuple[int, str]]  # one-word names
    worded: list[tuple[int, str]]  # capitalised common words ('Read', 'Young'): a surname only if named so
    sexes: list[tuple[int, str]]  # pos, sex an honorific gives
    dropped: list[tuple[str, str]]  # a capitalised word cut from the front of a three-word name, key
    whole: set[str]  # keys of three-word names named after a lower-case word ('leader Kang Min Ho')
    leads: dict[int, str]  # that word by the name's position
    titles: list[tuple[str, int]]  # title phrase, pos of the name
    heads: list[tuple[int, int]]  # headline paragraphs, left out of the scan
    nicknames: list[tuple[str, int, str]]  # (nickname, pos, name) of 'Tomas “Tiger” Brenner'


class _Cast:
    """Who an article names, built once from its masked text: people (keyed by surname, or by full name
    where a family shares one), their titles, genders and aliases, organisations and acronyms."""

    def __init__(self, text: str, masked: str, paras: tuple[tuple[int, int], ...]) -> None:
        self.text = text
        self.m = masked
        # the mask keeps lengths, so unmasked lines reuse the cached sentences of the text
        self.sents = sentence_spans_variant(masked, text)
        self.sent_starts = [s for s, _ in self.sents]
        self.paras = paras
        self.para_starts = [s for s, _ in paras]
        self._names()

    # names, titles and organisations
    def _names(self) -> None:
        """Who the article names: people (keyed by surname, or full name within a family), their fullest forms,
        aliases and titles; bodies; names told as places; lone names that name nobody known yet."""
        sc = self._scan()
        persons, singles, titles = sc.persons, sc.singles, sc.titles
        m = self.m
        persons = self._brands(persons, singles + sc.worded, titles, sc.leads)  # "Read" alone makes Karen Read no brand
        headed = self._headline_kin(sc.heads, persons) if sc.heads else []
        self._families(sorted(headed + persons) if headed else persons)
        if self.families:  # rare: re-key the members of a family by full name
            persons = [(pos, name, self.key_for(name, pos)) for pos, name, _ in persons]
        persons = _knights(persons, titles)
        key_at = {pos: key for pos, _, key in persons}
        self.titles = [(t, pos, key_at[pos]) for t, pos in titles]
        self.businesses = sorted((pos, name) for t, pos in titles if (name := _business_of(t, m, pos)))
        self.orgs.extend(self.businesses)
        self._gender = {key_at[pos]: sex for pos, sex in sc.sexes}
        self.fullest: dict[str, str] = {}
        for _, name, key in persons:
            if len(name.split()) > len(self.fullest.get(key, "").split()):
                self.fullest[key] = name
        for _, name, sur in headed:  # a headline's member of a family: the fullest form of their key
            if any(k == name.lower() for _, k in self.families.get(sur, ())):
                self.fullest.setdefault(name.lower(), name)
        kin = self._placed(persons)
        # a common word the article writes as a name ('Read’s lawyers', 'Read, 45, was accused') is one there
        self.worded = {w.lower() for p, w in sc.worded if _NAME_SIGN.match(m, p + len(w))}
        worded = [(p, w) for p, w in sc.worded if self.is_surname(w) and not _LABEL_AFTER.match(m, p + len(w))]
        if worded:  # 'Read thanked her lawyers' in a story that named Karen Read
            singles = sorted(singles + worded)
        self._aliases(persons, singles, sc.dropped, sc.whole)
        for nick, pos, name in sc.nicknames:
            key = self.key_for(name, pos)
            if key in self.fullest and nick.lower() not in self.fullest:
                self.alias.setdefault(nick.lower(), key)
        self._people(persons, singles, kin)

    def _scan(self) -> _Scanned:
        """Every capitalised name of the text, classified (a person, a body, a lone name), with what is told
        around it: honorifics, titles, possessives, nicknames; bodies go to ``orgs`` as they are found."""
        m = self.m
        persons: list[tuple[int, str, str]] = []  # pos, core name, key (the surname until families are known)
        singles: list[tuple[int, str]] = []
        worded: list[tuple[int, str]] = []  # capitalised common words ('Read', 'Young'): a surname only if named so
        sexes: list[tuple[int, str]] = []  # pos, sex an honorific gives
        self.orgs: list[tuple[int, str]] = []
        dropped: list[tuple[str, str]] = []  # a capitalised word cut from the front of a three-word name, key
        whole: set[str] = set()  # keys of three-word names named after a lower-case word ('leader Kang Min Ho')
        leads: dict[int, str] = {}  # that word by the name's position
        titles: list[tuple[str, int]] = []  # title phrase, pos of the name
        self.poss: set[int] = set()  # positions of possessive mentions ("Smith's lawyer"): not subjects
        poss = self.poss
        # positions of names that modify a role ('the Blue Harbour actor', 'a Harris adviser'): not whom 'he' means
        self.modifiers: set[int] = set()
        # names never span a line, so headline paragraphs are cut out of the scan instead of tested per match
        ranges: list[tuple[int, int]] = []
        heads: list[tuple[int, int]] = []
        lo = 0
        for plo, phi in self.paras:
            if _is_headline(self.text, plo, phi):
                ranges.append((lo, plo))
                heads.append((plo, phi))
                lo = phi
        ranges.append((lo, len(m)))
        for seq in [seq for a, b in ranges for seq in _names_in(m, a, b)]:
            g = seq.group()
            if " " not in g:  # the common case, kept cheap
                b, is_poss, word = _single_token(g)
                if b is not None:
                    if (bw := _LOWER_WORD_BEFORE.search(m, max(0, seq.start() - 24), seq.start())) \
                            and bw.group(1) in _LONE_NAME_TITLES:
                        # one name after an office ('army chief Dano-Ur-Reyes', 'minister Orlan'): a person,
                        # whom 'the army chief' then means
                        persons.append((seq.start(), b, surname(b).lower()))
                        titles.extend((t, seq.start()) for t in _titles_around(m, seq.start(), seq.end()))
                    elif not _participle_opening(m, seq.start(), seq.end(), b):
                        singles.append((seq.start(), b))
                    if is_poss:
                        poss.add(seq.start())
                elif word is not None:
                    worded.append((seq.start(), word))
                continue
            for off, off_end, toks in _units(g):
                pos = seq.start() + off
                kind, name, title = _classify(toks, m[max(0, pos - 4) : pos] in ("the ", "The "))
                if kind == "place" and len(toks) == 2 and (bw := _LOWER_WORD_BEFORE.search(m, max(0, pos - 24), pos)) \
                        and bw.group(1) in _TITLE_BEFORE_PERSON:
                    kind, name = "person", " ".join(_base(t) for t in toks)  # 'health minister Ryan Park'
                if kind == "person" and not title and (toks[0] == "In" or m[max(0, pos - 3) : pos] == "in ") \
                        and not _is_poss(toks[-1]) and toks[0] != _IN_CHARGE:  # (not 'in Karen Read's retrial')
                    continue  # 'in New Delhi', 'In Tel Aviv': a place, whoever it sounds like
                if kind == "person" and not title and _OFFICE_OF.search(m, max(0, pos - _OFFICE_OF_REACH), pos):
                    continue  # 'the governor of Ponte Alta, Marco Reis,': the place an office is of, not a person
                if kind == "person" and not title and _no_person_here(m, pos, toks):
                    continue  # a place or a thing's make, named as a person's name is
                if kind == "person" and not title and len(toks) == 2 and demonym_nation(toks[0]):
                    continue  # 'the official Peruvian Trade delegation': a nation's adjective opens no one's name
                if kind == "person":
                    sur, lead, is_poss, sex = _person_facts(toks, name, title)
                    if not title and len(toks) > len(name.split()) \
                            and _title_used(m, cut := _base(toks[-len(name.split()) - 1]), seq.start() + off_end):
                        titles.append((cut.lower(), pos))  # 'Vizier Ana Vidal', later 'the Vizier said': a title no
                        # table lists, which the text itself uses as one
                    persons.append((pos, name, sur))
                    if lead:  # 'Kim Mi Sung' kept as 'Mi Sung': 'Kim' alone may be her, family name first
                        dropped.append((lead, sur))
                        leads[pos] = lead
                        if len(toks) == 3 and (bw := _LOWER_WORD_BEFORE.search(m, max(0, pos - 24), pos)) \
                                and _agentive(_base(bw.group(1))):
                            whole.add(sur)  # after a role ('Greens leader Kang Min Ho'), not a sentence's start
                        elif title and lead.lower() not in title.split() and not title_word(lead):
                            whole.add(sur)  # after a whole title in capitals ('Chief Justice Kim Mi Sung'): the
                            # three words left are the name (not 'Chief Justice Ana Ruiz', whose run keeps 'Justice')
                    if is_poss:
                        poss.add(pos)
                    elif (nxt := _WORD_NEXT.match(m, seq.start() + off_end)) and _agentive(nxt.group(1)):
                        self.modifiers.add(pos)
                    if sex:
                        sexes.append((pos, sex))
                    titles.extend((t, pos) for t in ([title] if title else []) + _titles_around(
                        m, pos, seq.start() + off_end))
                elif kind == "org":
                    self.orgs.append((pos, name))
                elif kind == "single":
                    singles.append((pos, name))
        nicknames: list[tuple[str, int, str]] = []  # (nickname, pos, name) of 'Tomas “Tiger” Brenner'
        text = self.text  # the nickname's marks may have been read as a quote and masked: read the text
        for nm in _NICKNAMED.finditer(text):
            toks = (nm.group(1), nm.group(3))
            kind, name, title = _classify(toks)
            if kind == "person" and not title and m[nm.start(1)] == text[nm.start(1)] \
                    and m[nm.start(3)] == text[nm.start(3)]:  # the name itself is not inside a quote
                persons.append((nm.start(1), name, _person_facts(toks, name, title)[0]))
                nicknames.append((nm.group(2), nm.start(1), name))
        if nicknames:
            persons.sort()
        return _Scanned(persons, singles, worded, sexes, dropped, whole, leads, titles, heads, nicknames)

    def _placed(self, persons: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
        """Mark the names told as places or credits (``placed``); return the names after a kinship word."""
        m = self.m
        # a name after a place preposition ('taken to the coast from Ein Tamar') is where things happen, never whom a
        # pronoun means (it still lends its full form to later mentions); a name after a kinship word ('his
        # mother Efra') may be a relative of someone named (see _kin); a picture's credit is no one in the story
        self.placed: set[int] = set()
        kin: list[tuple[int, str, str]] = []  # name's pos, relation, name
        not_people: set[str] = set()  # keys of names that turned out to name a place or a work
        for p, name, key in persons:
            word = _word_before(m, p)
            if (word in _LOC_PREPS and not m.startswith(_IN_CHARGE + " ", p)) \
                    or _CREDIT_BEFORE.search(m, max(0, p - 24), p):
                self.placed.add(p)
            elif word in _NOT_PERSON_AFTER:
                not_people.add(key)
            elif word in _KIN_SEX:
                kin.append((p, word, name))
        if not_people:  # 'a small kibbutz, Ein Tamar': a place (or a work) wherever it is named
            self.placed.update(p for p, _, key in persons if key in not_people)
        return kin

    def _people(self, persons: list[tuple[int, str, str]], singles: list[tuple[int, str]],
                kin: list[tuple[int, str, str]]) -> None:
        """Each mention of a person by key, in order (``people``), lone names that name nobody known (``singles``),
        and the bodies (``orgs``), sorted for lookups by position."""
        m = self.m
        people = [(pos, self.alias.get(key, key) if " " not in name else key)
                  for pos, name, key in persons if pos not in self.placed]
        rest: list[tuple[int, str]] = []  # singles that name nobody known yet
        seen: set[str] = set()  # a relative is introduced at a name's first mention: only those are checked
        # a lone name given an age ('Merlo, 61, told reporters') is a person, though never named in full
        for pos, name in singles:
            if m[pos + len(name) : pos + len(name) + 1] == "," and AGED_AFTER.match(m, pos + len(name)) \
                    and not name.isupper() and (low := name.lower()) not in self.fullest \
                    and self.alias.get(low, low) == low and _word_before(m, pos) not in _LOC_PREPS:
                self.fullest[low] = name
        for pos, name in singles:
            low = name.lower()
            key = self.alias.get(low, low)
            if key in self.families:
                people.append((pos, self.key_for(name, pos)))
            elif key in self.fullest:
                people.append((pos, key))
            elif name.isupper():
                if len(name) > 1:
                    self.orgs.append((pos, name))
            else:
                rest.append((pos, name))
                if name not in seen:
                    seen.add(name)
                    if (word := _word_before(m, pos)) in _KIN_SEX:
                        kin.append((pos, word, name))
        people.sort()
        if kin:
            self._kin(people, kin)
            people.extend((p, n.lower()) for p, n in rest if n.lower() in self.fullest)
            rest = [(p, n) for p, n in rest if n.lower() not in self.fullest]
        people.sort()
        self.singles = rest
        self.single_pos = [p for p, _ in self.singles]
        self.people = people
        self.people_pos = [p for p, _ in people]
        self._genders_read = False  # the pronouns' genders: read on first use (``gender``)
        self.read_from_possessive: set[str] = set()  # people whose sex only a 'his' or 'her' after them gave
        self.orgs.sort()
        self.org_pos = [p for p, _ in self.orgs]
        self._acronyms()

    def _pronoun_genders(self) -> None:
        """The gender of a person no honorific gives, from the first 'his' or 'her' after a mention in its
        sentence with no one else named in between ('Dana Pirt missed her hearing'): so a later 'he' is not
        taken for her. Not 'he' or 'she', which a reported clause gives someone else ('Ana Ruiz said he …'), nor
        a 'his' or 'her' inside one ('Kirkby said the man drove his truck')."""
        for i, (p, key) in enumerate(self.people):
            if key in self._gender:
                continue
            _, end = self.sentence(p)
            nxt = self.people_pos[i + 1] if i + 1 < len(self.people_pos) else end
            run = _CAP_RUN.match(self.m, p)  # past the name itself ('He Lifeng')
            pr = _POSSESSIVE.search(self.m, run.end() if run else p, min(end, nxt))
            if pr and not _SPEECH_WORDS.intersection(self.m[run.end() if run else p : pr.start()].split()):
                self._gender[key] = "f" if pr.group().lower() == "her" else "m"
                self.read_from_possessive.add(key)

    @property
    def gender(self) -> dict[str, str]:
        """The sex of each person's key: an honorific's or a kinship word's, and a 'his' or 'her' after the
        name's (``_pronoun_genders``), read on first use: only a 'he' or 'she' to resolve asks, and many
        articles with quotes never do."""
        if not self._genders_read:
            self._genders_read = True
            self._pronoun_genders()
        return self._gender

    def _brands(self, persons: list[tuple[int, str, str]], singles: list[tuple[int, str]],
                titles: list[tuple[str, int]], leads: dict[int, str]) -> list[tuple[int, str, str]]:
        """Two-word names that are organisations ('Air Canada', 'Global News'): news names a person in full once
        or twice, then by surname; a name repeated in full at least ``_BRAND_REPEATS`` times, never by its last
        word alone and never with a title, is a body, not a person."""
        self.brands: set[str] = set()
        full: dict[str, int] = {}
        forms: dict[str, set[str]] = {}  # a brand is one name repeated, not a family ('Ana Rocha', 'Rui Rocha')
        for pos, name, key in persons:
            if " " in name:
                full[key] = full.get(key, 0) + 1
                forms.setdefault(key, set()).add(f"{leads.get(pos, '')} {name}")
        many = {k for k, n in full.items() if n >= _BRAND_REPEATS and len(forms[k]) == 1}
        if not many:
            return persons
        many -= {n.lower() for _, n in singles}
        alone = {key for _, name, key in persons if " " not in name}
        titled = {pos for _, pos in titles}
        many -= alone | {key for pos, _, key in persons if pos in titled}
        if not many:
            return persons
        self.brands = many
        self.orgs.extend((pos, name) for pos, name, key in persons if key in many)
        return [p for p in persons if p[2] not in many]

    def _headline_kin(self, heads: list[tuple[int, int]],
                      persons: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
        """People a headline names in full who share a surname the body gives someone else ('Kang Seo-yeon
        elected mayor' over a story that names 'Kang Min-ho' once and says 'Kang' for the winner): the body's
        scan leaves headlines out, where capitalised words are often not names, so only these are taken."""
        body = {sur for _, _, sur in persons}
        names = {name for _, name, _ in persons}
        out: list[tuple[int, str, str]] = []
        for plo, phi in heads:
            for seq in _names_in(self.m, plo, phi):
                for off, _, toks in _units(seq.group()) if " " in seq.group() else ():
                    kind, name, _ = _classify(toks)
                    sur = surname(name).lower()
                    if kind == "person" and sur in body and name not in names:
                        out.append((seq.start() + off, name, sur))
        return out

    def _families(self, persons: list[tuple[int, str, str]]) -> None:
        """Surnames that two people with different given names share (a mother and her son): their members
        are keyed by full name, and a bare surname means the member named most recently."""
        self.families: dict[str, list[tuple[int, str]]] = {}  # surname -> [(pos, full-name key)]
        first: dict[str, str] = {}
        shared = set()
        for _, name, sur in persons:
            words = name.lower().split()  # the given name: after the family name when it comes first ('Lee Jae-myung')
            given = "" if len(words) < 2 else words[1] if words[0] == sur else words[0]
            if given and not given.endswith(".") and first.setdefault(sur, given) != given:
                shared.add(sur)
        self.family_kin: set[int] = set()  # members named right after a kinship word ('her son, Tobin Quill')
        for pos, name, sur in persons if shared else ():
            if sur in shared and " " in name and not name.split(" ", 1)[0].endswith("."):
                self.families.setdefault(sur, []).append((pos, name.lower()))
                if (kin := _word_before(self.m, pos)) in _KIN_SEX \
                        and not _KIN_OPENS.search(self.m, max(0, pos - _KIN_REACH), self.m.rfind(kin, 0, pos)):
                    self.family_kin.add(pos)  # (not 'His mother, Maria Reyes, spoke ...': the sentence's subject)

    def is_surname(self, word: str) -> bool:
        """Whether a word is the surname of someone the article names in full (of one person or a family)."""
        low = word.lower()
        return low in self.fullest or low in self.families or low in self.worded

    def key_for(self, name: str, pos: int) -> str:
        """The key of the person a name means at ``pos``: the surname, or for a shared surname the full name
        (a bare surname: the family member named last before ``pos`` if that was within ``FAMILY_RECENT``
        characters, else the one named most often before it, else the first one named)."""
        sur = surname(name).lower()
        members = self.families.get(sur) if self.families else None
        if not members:
            return sur
        full = name.lower()
        if " " in full and any(k == full for _, k in members):
            return full
        i = bisect_right(members, (pos, "\uffff")) - 1
        while i > 0 and members[i][0] in self.family_kin and any(k != members[i][1] for _, k in members[:i]):
            i -= 1  # 'Mara Quill came out with her son, Tobin Quill. "…," Quill said': a relative named beside the
            # one the story is about is called by a given name once both are named, not by the surname
        if i < 0 or pos - members[i][0] <= FAMILY_RECENT:
            return members[max(i, 0)][1]
        # far from any full name: the one named most, else first, of those named before (a relative named later,
        # 'her father, Bill Read', is not who 'Read said' meant before he came in)
        counts = Counter(key for _, key in members[: i + 1])  # in order named: max keeps the first of equal counts
        return max(counts, key=counts.__getitem__)

    def _aliases(self, persons: list[tuple[int, str, str]], singles: list[tuple[int, str]],
                 dropped: list[tuple[str, str]], whole: set[str]) -> None:
        """Given names that stand for one person named in full ('Tesfaye' for 'Tesfaye Bekele'), and the
        first word of a three-word name ('Kim' for 'Kim Mi Sung', whose family name comes first)."""
        given: dict[str, str | None] = {}
        for key, name in [*self.fullest.items(), *((k, f"{w} {k}") for w, k in dropped)]:
            parts = name.split()
            if len(parts) > 1 and parts[0][0].isupper() and not _INITIAL.fullmatch(parts[0]):
                g = parts[0].lower()
                given[g] = key if given.get(g, key) == key else None  # ambiguous given names point nowhere
        # a word that names someone only ever called by it ('Mr Yoon' after 'Yoon Hee-keun', whose family
        # name comes first) is that person too
        # (a key a family re-keyed by full names is gone: 'Kim' of 'Kim Moon Soo' beside 'Park Ji Soo' points nowhere)
        self.alias = {g: key for g, key in given.items()
                      if key in self.fullest and " " not in self.fullest.get(g, "")}
        if self.alias:  # a word also used before the full name, or after a preposition more often than not, is a
            # place ('Chad' of 'Chad Obi'; not 'Choi' of 'Choi Ji Hoon' in 'met with Choi', 'Choi said')
            first: dict[str, int] = {}
            for pos, _, key in persons:
                first.setdefault(key, pos)
            after_prep: Counter[str] = Counter()
            other_use: Counter[str] = Counter()
            for pos, name in singles:
                g = name.lower()
                # (a key only a headline named has no first mention in the body: 'Cooper Lopes' above
                # 'Cooper Ines Lopes')
                # (nor a line without a full stop above the story, a headline in sentence case: 'Kang says he
                # will end the curfew' above 'President Kang Min Ho said …')
                if self.alias.get(g) and pos < first.get(self.alias[g], 0) and not self._unstopped(pos):
                    self.alias[g] = ""
                (after_prep if _PLACE_PREP.search(self.m, max(0, pos - 8), pos) else other_use)[g] += 1
            self.alias = {g: key for g, key in self.alias.items()
                          if key and (not after_prep[g] or after_prep[g] < other_use[g])}
        # 'Joko Ruiz, popularly known as "Jokoru"': Jokoru is him
        for km in _KNOWN_AS.finditer(self.text) if "known as" in self.text else ():
            kind, name, _ = _classify(tuple(km.group(1).split()))
            key = self.key_for(name, km.start(1)) if kind == "person" else ""
            if key in self.fullest and km.group(2).lower() not in self.fullest:
                self.alias[km.group(2).lower()] = key
        for key, name in list(self.fullest.items()):  # 'Zaman' alone after 'Gen. Karim-Uz-Zaman': the hyphenated
            # family name's last part, as news shortens it
            head, hyphen, tail = name.split()[-1].rpartition("-")
            if hyphen and head and tail[:1].isupper() and len(tail) > 2 and tail.lower() not in self.fullest:
                self.alias.setdefault(tail.lower(), key)
        said_alone = {name.lower() for _, name in singles}
        for w, key in dropped:  # 'Kim Moon Soo' … 'Kim told': the family name is part of the name shown, as it is
            # where the three words follow a role in lower case ('Greens leader Kang Min Ho'), not at a sentence's
            # start ('Deckhand Tomas Ruiz': a title) nor after a title in capitals ('Chief Justice Ana Ruiz')
            if ((self.alias.get(w.lower()) == key and w.lower() in said_alone) or key in whole) \
                    and key in self.fullest and len(self.fullest[key].split()) == 2:
                self.fullest[key] = f"{w} {self.fullest[key]}"

    def _kin(self, people: list[tuple[int, str]], kin: list[tuple[int, str, str]]) -> None:
        """People introduced by kinship ('his mother Efra', 'Ana Ruiz's son Leo'): the relation gives a gender,
        and a given name alone becomes a person of its own, 'Efra (mother of Tal Ben)', never the relative."""
        m = self.m
        for npos, rel, name in kin:
            at = m.rfind(rel, max(0, npos - 16), npos)
            om = _KIN_OWNER.search(m, max(0, at - 40), at)
            if om is None:
                continue
            sex = _KIN_SEX[rel]
            key = self.key_for(name, npos) if " " in name else self.alias.get(name.lower(), name.lower())
            if key in self.fullest or " " in name:
                if sex and key in self.fullest:
                    self._gender[key] = sex
                continue
            owner = om.group("owner")
            if owner in ("His", "his", "Her", "her", "Their", "their"):
                i = bisect_left(people, (om.start(), "")) - 1
                whose = self.person(people[i][1]) if i >= 0 else None
            else:
                whose = self.person(self.key_for(_base(owner), om.start()))
            self.fullest[key] = f"{name} ({rel} of {whose})" if whose else name
            if sex:
                self._gender[key] = sex

    def _acronyms(self) -> None:
        """Organisations introduced with their acronym ('the Harbour Workers Union of Valdora (HWUV)'): both
        forms then stand for one canonical name, 'Harbour Workers Union of Valdora (HWUV)'."""
        self.acronym: dict[str, str] = {}  # acronym or full name -> canonical
        m = self.m
        i = m.find(" (")
        while i >= 0:
            am = _ACRONYM.match(m, i + 1)
            i = m.find(" (", i + 2)
            if am is None:
                continue
            acr = am.group(1)
            full = _FULL_BEFORE.search(m, max(0, am.start() - 90), am.start())
            if full is None:
                continue
            words = [w for w in full.group(1).split() if w not in ("of", "for", "and", "the", "on", "in")]
            initials = "".join(w.replace(".", "") if "." in w else w[0] for w in words)
            it = iter(initials)
            if len(acr) >= 2 and initials[:1] == acr[0] and all(ch in it for ch in acr):
                name = _base(full.group(1))
                self.acronym[acr] = self.acronym[name] = f"{name} ({acr})"

    def canonical(self, name: str | None) -> str | None:
        """The fullest form of a speaker's name the article gives."""
        return self.acronym.get(name, name) if name and self.acronym else name

    def proper(self, name: str | None) -> bool:
        """A proper name, not a capitalised common noun opening a sentence ('Critics said'): several words,
        an acronym, or one word also capitalised somewhere other than at a sentence start."""
        if not name:
            return False
        if " " in name or name.isupper():
            return True
        return any(n == name and self.sents[bisect_right(self.sent_starts, p) - 1][0] != p for p, n in self.singles)

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sent_starts, pos) - 1
        return self.sents[i] if i >= 0 else (0, len(self.m))

    def _unstopped(self, pos: int) -> bool:
        """Whether ``pos`` is on a short line that ends without a full stop (a headline, whatever its case)."""
        lo, hi = self.paras[self.para_index(pos)] if self.paras else (0, len(self.text))
        line = self.text[lo:hi].rstrip()
        return len(line) < _HEADLINE_LEN and line[-1:] not in ".!?”\""

    def para_index(self, pos: int) -> int:
        return max(bisect_right(self.para_starts, pos) - 1, 0)

    # resolution
    def person(self, key: str) -> str:
        return self.fullest.get(key, key)
