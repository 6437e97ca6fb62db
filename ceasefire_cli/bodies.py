"""Which body a speaker's words stand for: 'the ministry', 'the union', 'the company', an acronym ('the HWU
union', 'CUPW') or 'it', resolved to an organisation the article names or that spoke before.

Separate from ``speakers`` because bodies follow their own rules (kinds a name gives, businesses, newspapers'
mastheads, acronyms spelled out) that no person's resolution shares. Used as a mixin by ``speakers._Doc``,
which supplies the cast (``cast._Cast``), the speech verbs and their subjects (``subject``, ``resolve``,
``recent_subject``).
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

import regex

from . import patterns
from .aliases import acronym
from .cast import _Said, _word_before
from .holders import HOLDER_KINDS
from .names import _ORG_HEADS, _WORD, TRADE_HEADS, _base
from .places import lookup
from .subjectnp import _OBJ_PREPS

# 'a statement on Monday by the army that it …': the author of what was said, named after 'by'
_AUTHOR_BY = patterns.compile(
    r"\b(?:announcement|statement|claim|report|assessment|message|communiqu[eé]|confirmation|warning)"
    r"[^.;\n\"“”]{0,30}?[ ]by[ ]+(?P<np>the[ ]+(?:\p{Lu}[\p{L}-]+[ ]+)?\p{Ll}+)\b")
ACRONYM_MIN, ACRONYM_MAX = 2, 6  # letters of an acronym worth spelling out ('IS', 'IDF', 'CUPW'; longer are rare)
ACRONYM_REACH = 120  # characters before '(CUPW)' where its name is spelled out
# heads of a description that name no kind a body's name carries ('the group', 'the airline' for Air Halden):
# such a description is the body named last (company, firm, airline: on 41 tuning clusters one more speaker right)
_GENERIC_ORG_HEADS = frozenset(
    "group movement organization organisation body militia faction nonprofit charity company firm airline".split()
) | TRADE_HEADS
# a business described ('the company said') is no body whose name gives another kind: not the workers' union or
# the ministry named after it; these heads may name a business, every other one of ORG_HEADS may not
_BUSINESS_DESCRIPTIONS = frozenset("company firm airline".split()) | TRADE_HEADS
# last words of a news organ's name ('Valdora Times', 'Braga Herald'): the outlet reporting on a company is not
# 'the company' of its story, though its masthead is the body named nearest before
_NEWS_NAME_ENDS = frozenset(
    "times post journal news herald tribune guardian telegraph gazette daily media press chronicle courier".split())


def _news_name(name: str) -> bool:
    """Whether a body's name ends as a newspaper's does ('Jerusalem Post'): not a country's post office ('Canada
    Post', 'Australia Post'), named by the country it serves."""
    head, _, last = name.rpartition(" ")
    if last.lower() not in _NEWS_NAME_ENDS:
        return False
    country = lookup(head) if head and last.lower() == "post" else None
    return country is None or country.kind != "country"


# ... and a body named only as a story's source ('according to Wirepost', 'Wirepost reported', 'told Wirepost'),
# whatever its name: a news agency the story credits, not the company it is about
_MEDIUM_BEFORE = patterns.compile(r"\b(?:according[ \t]+to|told|cited[ \t]+by|quoted[ \t]+by|reported[ \t]+by)[ \t]+$",
                                  regex.I)
_MEDIUM_AFTER = patterns.compile(r"[ \t]+(?:reported|reports|has[ \t]+reported|news[ \t]+agency)\b")
_MEDIUM_REACH = 20  # characters before a name that _MEDIUM_BEFORE reads
# descriptions whose body's name says its kind in other words: 'the airline' is Minho Air, never the newspaper
# that reports on it, however near its name stands (and is left unnamed where no such body is)
_HEAD_KIN = {"airline": frozenset("air airlines airways aviation".split())}
_BUSINESS_HEADS = _GENERIC_ORG_HEADS | frozenset(
    "utility network broadcaster station channel television newspaper".split())
_NAME_BREAKS = ("—", "–", ",", ";", ":", ". ", "(")  # marks no body's name runs across, back from its acronym
_NAME_JOINERS = frozenset("of and for the".split())  # small words inside a body's name
# a capitalised run of words, with the small words inside a body's name: where an acronym may be spelled out
_CAP_RUN = patterns.compile(r"\p{Lu}[\p{L}\p{M}’'.\-]*(?:[ \t]+(?:(?:of|and|for|the)[ \t]+)?\p{Lu}[\p{L}\p{M}’'.\-]*)+")
# the kind of body a name ends with, which its acronym often leaves out ('Valdoran Coast Railway': VC): the kinds
# holders are told apart without (aliases), and a railway's or a holding company's
_KIND_ENDS = HOLDER_KINDS | frozenset("railway railways railroad limited holdings".split())
ORG_BACK_REACH = 3000  # characters back to 'the HWU union' from 'the union' (a long article's opening paragraphs)


def _has_words(name: str | None, words: list[str]) -> bool:
    """Whether a name holds every one of these (lower-case) words."""
    have = set((name or "").lower().split())
    return all(w in have for w in words)


_WORKERS = frozenset("workers employees machinists teamsters nurses teachers drivers miners".split())


def _not_business(name: str) -> bool:
    """Whether a body's name gives it a kind no business is: 'Aviation Workers Union', 'Ministry of Labour'."""
    words = name.lower().split()
    return any((w := _base(t)) in _ORG_HEADS and w not in _BUSINESS_HEADS for t in words) \
        or any(w in _WORKERS for w in words)  # 'Valley Aerospace Workers (VAW)': a body named for its members


@lru_cache(maxsize=64)
def _acronym_before(head: str) -> regex.Pattern[str]:
    """An acronym named right before a body's head noun: 'the HWU union', 'the VLP party'."""
    return patterns.compile(rf"(?<![\p{{L}}.-])(\p{{Lu}}{{{ACRONYM_MIN},{ACRONYM_MAX}}})[ ]+{regex.escape(head)}s?\b")


class _Bodies:
    """The organisations descriptions, acronyms and 'it' point back to, in the masked text ``m``."""

    m: str
    text: str
    orgs: list[tuple[int, str]]
    org_pos: list[int]
    businesses: list[tuple[int, str]]
    fullest: dict[str, str]
    verbs: list[tuple[int, int, str, str]]
    verb_starts: list[int]
    initials: dict[str, str | None]  # acronym -> the capitalised run it spells (_initials_of), once per article

    def nearest_org(self, head: str, pos: int, members: list[str] | None = None) -> _Said | None:
        """The organisation a description like 'the ministry' or 'the group' points back to; with ``members``
        ('the nurses' union'), only one whose name holds those words."""
        found = self._nearest_org(head, pos)
        return found if found is None or not members or _has_words(found.name, members) else None

    def _nearest_org(self, head: str, pos: int) -> _Said | None:
        i = bisect_left(self.org_pos, pos) - 1
        kin = _HEAD_KIN.get(head)

        def named(name: str) -> bool:
            return head in name.lower() or (kin is not None and not kin.isdisjoint(name.lower().split()))

        # 'the national teachers' union said', then 'the union said'; 'state broadcaster RTV', then 'the
        # broadcaster': a body whose name holds the head, or named right after it
        said = self.recent_org_subject(pos, named)
        for j in range(i, max(i - 400, -1), -1):
            if named(self.orgs[j][1]) or _word_before(self.m, self.orgs[j][0]).lower() == head:
                if said is None or self.orgs[j][0] > said.pos:
                    said = _Said(self.orgs[j][1], "org", self.orgs[j][0])
                break
        # 'members of the HWU union', then 'the union': the acronym it was named by
        acr = None
        for acr in _acronym_before(head).finditer(self.m, max(0, pos - ORG_BACK_REACH), pos):  # noqa: B007 - the last
            pass
        if acr is not None and (said is None or acr.start() > said.pos):
            said = _Said(self.spelled_out(acr.group(1)), "org", acr.start())
        if said is not None:
            return said
        if head in _GENERIC_ORG_HEADS and kin is None:
            return self.nearest_actor(pos, bodies_only=True, business=head in _BUSINESS_DESCRIPTIONS)
        for p, name in self.orgs:
            if p >= pos and named(name):
                return _Said(name, "org", p)
        return None

    def org_named_by(self, words: list[str], pos: int) -> _Said | None:
        """The latest organisation before ``pos`` whose name holds every word a description gives it besides its
        head: 'the disaster office' is the National Disaster Centre named before, not any office."""
        i = bisect_left(self.org_pos, pos) - 1
        for j in range(i, max(i - 400, -1), -1):
            if _has_words(self.orgs[j][1], words):
                return _Said(self.orgs[j][1], "org", self.orgs[j][0])
        return None

    def recent_org_subject(self, pos: int, fits: Callable[[str], bool], paras_back: int = 1) -> _Said | None:
        """The latest organisation speaking whose name ``fits``, among the last 12 speech verbs."""
        return self.recent_subject(pos, 12, lambda s: s.kind == "org" and bool(s.name) and fits(s.name),
                                   paras_back=paras_back)

    def nearest_actor(self, pos: int, bodies_only: bool = False, pronoun: bool = False,
                      business: bool = False) -> _Said | None:
        """The latest organisation before ``pos``: a named org, or a one-word subject of a speech verb.
        ``bodies_only``: never a place ('the nonprofit', 'the company' is no country or city named since).
        ``pronoun``: for 'it', no body named as a preposition's object. ``business``: none whose name gives a
        kind no business is ('the company' is not the union)."""
        def ok(name: str) -> bool:
            return (not bodies_only or lookup(name) is None) and not (business and (
                _not_business(self.spelled_out(name)) or _news_name(name)
                or self._only_a_source(name)))

        if business and (known := [(p, n) for p, n in self.businesses if p < pos]):
            return _Said(known[-1][1], "org", known[-1][0])  # 'Acme CEO Ana Ruiz' … 'the company said': Acme

        i = bisect_left(self.org_pos, pos) - 1
        # for 'it', nor a body named as the object of a preposition ('… which was seen by agency officials')
        while i >= 0 and (not ok(self.orgs[i][1])
                          or (pronoun and _word_before(self.m, self.orgs[i][0]) in _OBJ_PREPS)):
            i -= 1
        best = _Said(self.orgs[i][1], "org", self.orgs[i][0]) if i >= 0 else None
        if pronoun and (author := self._author_by(pos)) is not None and (best is None or author.pos > best.pos):
            return author  # 'an announcement by the army that it was checking … "…," it said': the army
        top = bisect_left(self.verb_starts, pos) - 1
        for k in range(top, max(top - 60, -1), -1):
            if best is not None and self.verbs[k][0] < best.pos:
                break
            s = self.subject(k)
            if s is not None and s.kind == "org" and ok(s.name):
                return s  # its verb follows the last body named: it spoke since (wherever it was first named)
        if best is None and business and self.businesses:
            p, name = self.businesses[0]  # '"…," the company said. … Acme CEO Ana Ruiz had urged …': the one
            return _Said(name, "org", p)  # business the story names, though only after
        return best

    def _only_a_source(self, name: str) -> bool:
        """Whether every mention of a body credits it as the story's source ('according to Wirepost')."""
        at = [m.start() for m in regex.finditer(rf"(?<!\w){regex.escape(name)}(?!\w)", self.m)]
        return bool(at) and all(_MEDIUM_BEFORE.search(self.m, max(0, p - _MEDIUM_REACH), p)
                                or _MEDIUM_AFTER.match(self.m, p + len(name)) for p in at)

    def _author_by(self, pos: int) -> _Said | None:
        """The body named after 'by' as the author of a statement in the sentence before ``pos`` or in its own."""
        lo = self.sentence(max(0, self.sentence(pos)[0] - 1))[0]
        found = None
        for m in _AUTHOR_BY.finditer(self.m, lo, pos):
            found = m
        if found is None:
            return None
        said = self.resolve(found.group("np").split(), found.start("np"))
        return said if said is not None and said.kind in ("org", "unnamed") else None

    def spelled_out(self, name: str) -> str:
        """A body's acronym with the name the article spells it out in, 'Canadian Union of Postal Workers
        (CUPW)' for 'CUPW', from 'the Canadian Union of Postal Workers (CUPW)' or a body named in full
        whose initials it is: a reader need not know it, and outlets that use either form agree. The
        acronym alone where the article spells out none."""
        if not (name.isupper() and name.isalpha() and ACRONYM_MIN <= len(name) <= ACRONYM_MAX):
            return name
        at = self.text.find(f"({name})")
        if at > 0:
            lo = max(0, at - ACRONYM_REACH)
            lo = max(lo, *(self.text.rfind(mark, lo, at) + 1 for mark in _NAME_BREAKS))  # not past 'Valdora — '
            ws = _WORD.findall(self.text, lo, at)
            for k in range(len(name), len(ws) + 1):
                run = ws[-k:]
                if run[0][0].isupper() and "".join(w[0] for w in run if w[0].isupper()) == name:
                    return f"{' '.join(run)} ({name})"
            # an acronym of the name in another language: 'the Federal Security Service (FSB)'
            caps = list(itertools.takewhile(lambda w: w[0].isupper() or w in _NAME_JOINERS, reversed(ws)))[::-1]
            while caps and not caps[0][0].isupper():
                caps = caps[1:]  # a name opens with a capital: 'of Harbour Pilots and Dock Workers' joins its words
            # not 'Russian' before 'Federal Security Service'; the whole name where no word opens with the acronym's
            # first letter ('the Valdoran State Security Bureau (KGO)', initials of the name in its own language)
            caps = caps[next((i for i, w in enumerate(caps) if w[0] == name[0]), 0):]
            caps = caps[1:] if caps[:1] == ["The"] else caps  # a sentence's first word, not the name's
            if len(caps) >= 2 and self.text[at - 1 : at] == " ":
                return f"{' '.join(caps)} ({name})"
        full = next((full for _, full in self.orgs if acronym(full).upper() == name), None)
        if full is None and len(name) > 1:  # a body whose two-word name reads like a person's ('Deutsche Bahn')
            full = next((f for f in self.fullest.values() if " " in f and acronym(f).upper() == name), None)
        return f"{full} ({name})" if full else (self._initials_of(name) or name)

    def _initials_of(self, name: str) -> str | None:
        """'Valdoran Coast Railway (VC)' for 'VC' where the text names the body in full without giving the
        acronym: the longest capitalised run (the first of equal length) whose capitalised words' initials (a
        last word saying the kind of business aside) spell it."""
        if name not in self.initials:
            self.initials[name] = self._longest_spelling(name)
        return self.initials[name]

    def _longest_spelling(self, name: str) -> str | None:
        best: list[str] = []
        for m in _CAP_RUN.finditer(self.text):
            words = m.group().split()
            caps = [j for j, w in enumerate(words) if w[0].isupper()]
            # from each capitalised word, through as many capitalised words as the acronym has letters, or one
            # more that says the kind of business: linear in the run, not one try per pair of its words
            for s, i in enumerate(caps):
                if words[i] == "The" or words[i][0] != name[0]:
                    continue
                for n in (len(name), len(name) + 1):
                    ends = caps[s : s + n]
                    if len(ends) < n or "".join(words[j][0] for j in ends[: len(name)]) != name \
                            or (n > len(name) and words[ends[-1]].lower() not in _KIND_ENDS):
                        continue
                    if ends[-1] + 1 - i > len(best):
                        best = words[i : ends[-1] + 1]
        return f"{' '.join(best)} ({name})" if best else None
