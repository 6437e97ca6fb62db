"""Who speaks: the subjects of an article's speech verbs, and whom a pronoun or a description ("the envoy",
"the ministry") stands for, resolved against the people and organisations the article names (``cast``).

Built once per article from its masked text (quote interiors blanked, same length), so words inside a
quote never pass for a speaker. Bare surnames resolve to the fullest name the article gives.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from functools import cached_property, lru_cache

import regex

from . import patterns
from .bodies import _Bodies, _has_words
from .cast import _OFFICES, _RULER_TITLES, AGE_SET_OFF, AGED_AFTER, NOUN_SEX, _Cast, _Said, _word_before
from .names import (
    _DETS,
    _DOC_DETS,
    _DOC_HEADS,
    _FINITE,
    _INDEFINITE,
    _LOC_PREPS,
    _NAME_CONN,
    _ORG_HEADS,
    _PARTICIPLES,
    _PARTICLES,
    _PRONOUNS,
    _STOP,
    _TITLE_NOUNS,
    _TOKEN,
    AGE_NOUN,
    PAGE_LABELS,
    _agentive,
    _base,
    _cap,
    _classify,
    _coordinated,
    _is_poss,
    _title_phrase,
    _trie,
    org_pp_head,
    surname,
)
from .numerals import SMALL_NUMBER_WORDS
from .places import lookup
from .population import names_people
from .subjectnp import _OBJ_PREPS, COUNSEL, _Phrases
from .verbsubjects import _QUOTED_AS, _Subjects

# a speech verb right after a relative pronoun and its subject ('a widow who he admitted cheating')
_RELATIVE_SUBJECT = patterns.compile(r"\b(?:who|whom|that|which)[ ]+(?:he|she|they|it)[ ]+$", regex.I)
_NOT_SUBJECT_AFTER = _LOC_PREPS | _OBJ_PREPS
SUBJECT_PARAS = 2  # paragraphs back a sentence-opening person of no known sex still outranks a farther known one
PROTAGONIST_MENTIONS = 3  # times an article names its subject before an unnamed 'the 47-year-old' means him
PRONOUN_CHAIN = 4  # sentences opening with 'He' followed back to whom the first meant; a text of nothing else stops
_OPENING_PRONOUN = patterns.compile(r"\s*(He|She)\b")  # a sentence whose subject is 'he' or 'she'
# a lone capitalised word right before a speech verb is someone who spoke ('resident Nargis said'), not a place
_SINGLE_SAID = patterns.compile(r"\p{Lu}[\p{L}’'-]*[ ]+(?:(?:has|had|have)[ ]+)?(?:" + _trie(_FINITE) + r")\b")
# what follows a name that opens its sentence as the subject: an apposition ('Okonkwo, a guild member,'), an
# auxiliary ('Okonkwo has said') or a deed in the past ('Okonkwo took the stage'). Any verb after it, '-s' too,
# once took one speaker from an untuned cluster; the past tense alone: on 33 tuning clusters one verdict more (an
# election-night speech credited to the rival named in full), on 23 untuned ones and the dev set nothing moved
_OPENER_NEXT = patterns.compile(r",[ ]+(?:an?|the)[ ]|[ ](?:has|had|is|was|will|would)\b"
                                # ... or a deed in the past: 'Okonkwo took the stage', 'Okonkwo arrived at noon'
                                r"|[ ](?:\p{Ll}{2,}ed|took|went|came|gave|made|stood|spoke|told|left|won|lost|ran"
                                r"|led|met|sat|got|held|kept|began|saw|rose|wrote)\b")
# a person speaking for a body: the body is given as the speaker, and 'he'/'she' next is that person again
VOICE_OF = patterns.compile(  # ends where the speech verb starts: '… a spokesman for the foreign ministry said'
    r"\b(spokes(?:man|woman|person)|official|representative)[ ]+(?:for|of|at)[ ]+(?:[\p{L}’'.-]+[ ]+){1,6}$",
    regex.I)
# determiners that bring one new person into the text ('a port official'), whom the next 'he' or 'she' means
_ONE_PERSON = frozenset("a an one".split())
# Modifiers that make a title another office: 'the president' is neither the vice nor the former president.
_RANK_MODS = frozenset("vice deputy assistant former ex lieutenant under".split())
# ranks below the office that a title without them never holds: 'the vice president' is not 'President Hale'
# (but 'the former senator' may be 'Senator Hale', whom the story calls senator as of the time it tells)
_SECOND_RANKS = _RANK_MODS - {"former", "ex"}
# verbs that make their subject a speaker only before 'a statement': 'X issued (released) a statement'
_STATEMENT_VERBS = ("issued", "released")
_VERB = re.compile(
    r"(?<![A-Za-z_])(?:" + _trie([*_FINITE, *_PARTICIPLES, "according", "According", *_STATEMENT_VERBS]) + r")\b")
_ACCORDING_TO = patterns.compile(r"\s+to\b")
# a speech verb closing a clause of time tells when, not who spoke the quote beside it ('Harris said before Biden
# spoke. "…"': Harris's words); 'as Biden said, "…"' cites him, so 'as' is not among them
_TIME_CLAUSE_VERB = patterns.compile(r"\b(?:before|after|until|since|once|when|while)[ ]+(?:[\p{L}.’'-]+[ ]+){1,4}$")
_CLAUSE_ENDS = patterns.compile(r"[ ]*(?:[.;,)]|$)")
_ISSUED_STATEMENT = patterns.compile(r"\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?statement\b")
_PARTICIPLE_SET = frozenset(_PARTICIPLES)


# titles that, with "the" and no name the cast files under them, point back to the person who just spoke
_ANAPHORIC_TITLES = frozenset("officer official commander spokesman spokeswoman spokesperson politician".split())
# sides of a conflict or a dispute that a description names: 'the rebel commander' is not the police spokesman who
# spoke last, unless the text told of him as a rebel
_SIDES = frozenset("rebel rebels militia insurgent separatist opposition union police army military government"
                   " junta guerrilla".split())
_DEMONSTRATIVES = frozenset({"this", "that"})  # a description after one points back: 'this retired nurse said'
# ... offices one person holds (cast._OFFICES); and callings a person is titled by: 'said Dr. Ana Ruiz …
# “…,” the doctor said' is Ruiz, when the text gives her that title, none, or only other callings (one may be both:
# 'Ana Ruiz, a bridge engineer and surveyor, …. “…,” the associate professor told a radio show'), but no office. Not a
# lawyer: in a court story 'the defence lawyer' is seldom the accused who spoke last
_CALLINGS = frozenset("doctor surgeon professor lecturer academic researcher analyst economist".split())
_SPOKES = frozenset("spokesperson spokesman spokeswoman".split())
# a person described by the children they have ('the father of three', 'the mother of two'), as by their age
_PARENT_OF = patterns.compile(rf"(?i:the)[ ]+(?i:father|mother)[ ]+of[ ]+(?:\d+|{SMALL_NUMBER_WORDS})\b")
# a speech verb that goes on with what was being said: 'the minister added' is whoever spoke just before
_GOES_ON = patterns.compile(r"[ ]?(?:added|continued|went[ ]on)\b")
_TITLE_AS_CALLING = {"dr.": "doctor", "dr": "doctor"}  # how a calling is written as a title before a name
ANAPHOR_PARAS = 3  # paragraphs back such a title may point: wire copy gives each sentence a paragraph
# 'His answer: "…"', 'Her message: "…"': the words of the person the possessive stands for
_OWN_WORDS_OF = {"his": "he", "her": "she", "their": "they"}
_OWN_WORDS = frozenset("answer reply response message words advice warning verdict explanation plea".split())
# prepositions that open a sentence with a phrase before its subject: the names in it are no one who speaks next
_FRONTED_PREP = patterns.compile(r"[ \t\"“‘']*(?:At|In|On|During|Alongside|Beside|With|After|Before|Following|Amid)[ ]")
# people told of as a group, no body a later 'the agency' or 'the ministry' can mean ('Officials said …')
_UNNAMED_GROUPS = frozenset("officials authorities investigators witnesses residents sources experts analysts".split())
# bodies a possessive gives to the person it stands for: 'his office said' speaks for the man just named
_OWN_BODIES = frozenset("office campaign government administration family party team".split())


def own_words(np: list[str]) -> bool:
    """'His answer', 'her message': the words of whoever the possessive stands for."""
    return len(np) == 2 and np[0].lower() in _OWN_WORDS_OF and np[1].lower() in _OWN_WORDS


# titles news uses for one post: 'the agency chief' is the one the story called its head
_SAME_TITLE = {"head": "chief", "leader": "chief", "boss": "chief"}


def _post_words(title: str) -> list[str]:
    """A title's words, its last one named as the post it is ('WMO head' -> ['WMO', 'chief']); an office 'of' a
    body in the order news also writes it ('minister of tourism' -> ['tourism', 'minister'])."""
    words = title.split()
    if "of" in words[1:-1]:
        i = words.index("of")
        words = [*words[i + 1 :], *words[:i]]
    return [*words[:-1], _SAME_TITLE.get(words[-1], words[-1])] if words else []


# a document named by what it is, which means whichever document a capitalised name qualified before it
_ANY_DOCUMENT = frozenset({"document"})
_NAMED_DOCUMENT = patterns.compile(
    r"\b(?i:an?|the)[ ](?:\p{Ll}[\w-]*[ ]){0,2}((?:\p{Lu}[\w.’'-]*[ ])+(?:\p{Ll}[\w-]*[ ]){0,2}"
    r"(?:report|assessment|document|memo|statement))\b")
DOC_REACH = 2000  # characters back to the sentence that says who issued the statement quoted
_REPORT_HEADS = frozenset({"report", "bulletin"})  # documents whose issuer the text says "reported"
# a pupil known by school year alone: 'the 11th grader', 'the sixth-grader'
_GRADER = patterns.compile(r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
                           r"|tenth|eleventh|twelfth)[ -]?graders?")


# auxiliaries and adverbs between a subject and its verb of issuing: "the ferry firm has just issued"
_AUX_BEFORE = patterns.compile(r"(?r)(?:[ ]+(?:has|have|had|just|also|now|already|recently|earlier|since))*[ ]*$")
# what issuing a statement is also told as: "the ferry firm issued an apology", then '"…," the statement says'
_ISSUED_AS = {"statement": r"(?:[\w’'-]+[ ]+){0,2}(?:statement|apology|response|clarification|condolences)s?\b"}


@lru_cache(maxsize=16)
def _doc_patterns(head: str) -> regex.Pattern[str]:
    """Where a text says who issued a document: 'a statement signed by', 'issued a statement', 'said in a
    statement', 'In a statement, X said'."""
    doc = rf"(?:[\w’'-]+[ ]+){{0,2}}{head}s?\b"
    # a broadcaster or agency that "reported" issued the report a later '"…," the report added' quotes
    reported = r"(?P<reported>\b(?:reported|reports)\b)" if head in _REPORT_HEADS else r"(?P<reported>(?!))"
    return patterns.compile(
        rf"{reported}"
        rf"|(?P<by>\b{head}s?\b[^.\n“”\"]{{0,60}}?\b(?:signed|issued|released|posted|published|sent|shared)[ ]+by[ ])"
        rf"|(?P<issue>\b(?:issued|released|posted|published|shared|put[ ]out)[ ]+(?:a|an|the)[ ]+"
        rf"{_ISSUED_AS.get(head, doc)})"
        rf"|(?P<said_in>\b(?:said|says|wrote|announced|stated)[ ]+in[ ]+(?:a|an|the|his|her|its|their)[ ]+{doc})"
        # 'The harbour police in a statement thanked the divers': the subject before it
        rf"|(?P<subj_in>(?<=\p{{L}}[ ])in[ ]+(?:a|an|his|her|its|their)[ ]+{doc}[ ]+"
        rf"(?=\p{{Ll}}+ed\b(?![ ]+by\b)|says\b))"  # (not 'in a statement signed by': the one after 'by')
        rf"|(?P<in_doc>\b(?i:in)[ ]+(?:a|an|its|their|his|her)[ ]+{doc}"
        rf"(?:[ ]+(?:released|issued|posted|published)\b[^,.\n“”\"]{{0,40}})?[ ]*,[ ]+)")  # '..., released on Monday,'


@lru_cache(maxsize=16)
def _introduced(head: str) -> regex.Pattern[str]:
    """'a separate official', 'another officer': someone of that title brought in since, not the last speaker."""
    return patterns.compile(rf"\b(?i:an?|another|one)[ ](?:[\w’'-]+[ ]){{0,3}}{head}s?\b")


def _other_kind(name: str, head: str) -> bool:
    """Whether a body's name gives it a kind other than ``head``: 'the army' is not the defence ministry that
    spoke before it, while 'the agency' may be UNHCR, whose name gives no kind, or a centre or service
    (``_AGENCIES``: 'the National Storm Center said … the agency warned')."""
    return any((w := _base(t)) in _ORG_HEADS and w != head and not (head in _AGENCIES and w in _AGENCIES)
               for t in name.lower().split())


# a body's kind and the words its name may give it by ('the force' for Riverside Police, 'the union' for the
# Teamsters, whose names do not end in the noun)
_KIND_WORDS = {"force": frozenset({"police", "constabulary"}),
               "union": frozenset({"teamsters", "guild", "brotherhood", "workers", "federation", "confederation"})}
# bodies of government that news calls 'the agency' whatever their names call them
# a verb of speech that, right before "of", is the participle of a charge ("accused of", "suspected of"); said of
# someone, it takes its object first ("accused him of lying")
_CHARGED = frozenset({"accused", "Accused"})
_OF_NEXT = patterns.compile(r"[ ]+of\b")
_AGENCIES = frozenset("agency center centre service office bureau administration institute commission".split())


# a name and an age set off after it, and how many make a list of victims rather than people a story quotes
_AGE_AFTER_NAME = patterns.compile(r"\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+){0,3},[ ]\d{1,3}\b")
AGED_LIST_NAMES = 3


class _Doc(_Subjects, _Cast, _Phrases, _Bodies):
    """Everything built once per article: the cast it names (``cast``), its speech verbs, and whom each
    verb's subject, pronoun or description stands for."""

    def __init__(self, text: str, masked: str, paras: tuple[tuple[int, int], ...]) -> None:
        super().__init__(text, masked, paras)
        self.verbs: list[tuple[int, int, str, str]] = []
        for v in _VERB.finditer(masked):
            w = v.group()
            if w in ("according", "According"):
                to = _ACCORDING_TO.match(masked, v.end())
                if to:
                    self.verbs.append((v.start(), to.end(), "according to", "acc"))
            elif w in _STATEMENT_VERBS:
                if _ISSUED_STATEMENT.match(masked, v.end()):
                    self.verbs.append((v.start(), v.end(), w, "fin"))
            elif w in _CHARGED and _OF_NEXT.match(masked, v.end()):
                continue  # "released men accused of smuggling": a charge, no one speaking
            elif not (_CLAUSE_ENDS.match(masked, v.end())
                      and _TIME_CLAUSE_VERB.search(masked, max(0, v.start() - 60), v.start())):
                self.verbs.append((v.start(), v.end(), w, "part" if w in _PARTICIPLE_SET else "fin"))
        self.verb_starts = [v[0] for v in self.verbs]
        self.subjects: dict[int, _Said | None] = {}
        self._depth = 0  # subjects being resolved, one inside another
        self.said: list[_Said] = []  # speakers already attributed, in text order
        self.documents: dict[str, list[tuple[int, str]]] = {}  # documents named by their issuer's name, per head
        self.initials = {}

    def _last_speaker(self, lo: int, hi: int, fits: Callable[[str, bool], bool], want: str | None = None
                      ) -> _Said | None:
        """The person of fitting gender who speaks through the last speech verb in ``[lo, hi)``: one named, or
        one just introduced as the sentence's subject or the one cited ('Reuters cited a port official as saying
        …. "…," he said': that official; not a source added after a comma, '…, a police spokesperson said')."""
        for k in range(bisect_left(self.verb_starts, hi) - 1, bisect_left(self.verb_starts, lo) - 1, -1):
            if _RELATIVE_SUBJECT.search(self.m, max(lo, self.verbs[k][0] - 20), self.verbs[k][0]):
                continue  # 'the judge noted the savers he robbed, including a widow who he admitted cheating': the
                # verb of a relative clause, not the sentence's speaker
            said = self.subject(k)
            if said is not None and said.kind == "person" and said.name and fits(surname(said.name).lower(), False):
                return said
            if said is not None and said.kind == "unnamed" and self._introduced_one(k, said, hi, want):
                return said
        return None

    def _introduced_one(self, k: int, said: _Said, hi: int, want: str | None) -> bool:
        """Whether the unnamed speaker of verb ``k`` is one person of fitting sex brought in as the sentence's
        subject or as the one cited ('cited a port official as saying'), and named nowhere up to ``hi``."""
        words = said.name.split()
        if not words or words[0].lower() not in _ONE_PERSON or words[-1].endswith("s") \
                or NOUN_SEX.get(words[-1].lower()) not in (None, want):
            return False
        v0, lo = self.verbs[k][0], self.sentence(self.verbs[k][0])[0]
        if self.verbs[k][3] == "part":
            if _QUOTED_AS.search(self.m, max(lo, v0 - 100), v0) is None:
                return False  # 'hearing a woman shouting': whom the story heard, not one it cites
        else:  # the sentence's subject, not a source added after the news ('…, a police spokesperson said')
            lead = self.m[lo:v0].strip()
            if not lead.startswith(said.name) or "," in lead:
                return False
        return not self._people_between(said.pos, hi)  # not '… an official who gave his name as Dr Tal'

    def _people_between(self, a: int, b: int) -> list[tuple[int, str]]:
        """The people named in ``[a, b)`` who may be a clause's subject: not a possessor, nor 'about Sullivan',
        nor the object of a participle ('finding Tom Hale guilty'; 'On Friday morning, Tom Hale' is the subject)."""
        i, j = bisect_left(self.people_pos, a), bisect_left(self.people_pos, b)
        return [(p, key) for p, key in self.people[i:j]
                if p not in self.poss and p not in self.modifiers
                and (w := _word_before(self.m, p)) not in _OBJ_PREPS
                and not (w.endswith("ing") and w.islower() and w != "including" and self.m[p - 2 : p] != ", ")
                and not self._in_fronted_phrase(p) and key not in self.listed_aged]

    @cached_property
    def listed_aged(self) -> frozenset[str]:
        """The people the story lists with their ages (``_in_aged_list``)."""
        return frozenset(key for p, key in self.people if self._in_aged_list(p))

    def _in_aged_list(self, p: int) -> bool:
        """Whether the name at ``p`` is one of a list of people given with their ages ('pictured: Jade Ruiz, 47,
        Ana Lind, 55, Tom Hale, 25'): the victims of a story, whom a 'he said' after it does not mean."""
        if not _AGE_AFTER_NAME.match(self.m, p):
            return False
        lo, hi = self.sentence(p)
        return len(_AGE_AFTER_NAME.findall(self.m, lo, hi)) >= AGED_LIST_NAMES

    def _in_fronted_phrase(self, p: int) -> bool:
        """Whether the name at ``p`` lies in a phrase that opens its sentence with a preposition, before its first
        comma ('At a briefing alongside Mayor Ana Ruiz and Tom Hale on Monday, the fire chief said'): no subject."""
        lo = self.sentence(p)[0]
        opener = _FRONTED_PREP.match(self.m, lo)
        return opener is not None and "," not in self.m[opener.end() : p]

    def nearest_person(self, pos: int, pronoun: str = "", chain: int = 0) -> _Said | None:
        """Whom 'he'/'she' at ``pos`` means: the first person named (as a subject, not a possessor) earlier in
        this sentence, else in the sentence before, else the latest person named; an honorific of the other
        gender rules a person out."""
        want = {"he": "m", "she": "f"}.get(pronoun)

        def fits(key: str, sure: bool) -> bool:
            return want is None or self.gender.get(key, None if sure else want) == want

        lo, _ = self.sentence(pos)
        plo = self.sentence(lo - 1)[0] if lo > 0 else lo
        last = self.said[-1] if self.said else None
        if (last is not None and last.kind == "person" and last.name and plo <= last.pos < pos
                and fits(surname(last.name).lower(), False)
                and not (last.pos < lo and any(fits(key, False) and self.person(key) != last.name
                                               for _, key in self._people_between(lo, pos)))):
            # '“…,” Hajdu said. “…,” she continued': whoever was just quoted, unless this sentence names
            # someone else first ('Hajdu’s deputy, Tom Hale, said … what he called “…”': Hale)
            return last
        if last is not None and last.voice and plo <= last.pos < pos and NOUN_SEX.get(last.voice) in (None, want):
            return last  # 'a spokesman for the ministry said …. “…,” he said': the ministry's spokesman again
        if want and last is not None and plo <= last.pos < pos and self._lone_name(last) \
                and not self._people_between(plo, pos):
            return _Said(last.name, "person", last.pos)  # '“…,” Ruiz said … “…”. ¶ He said …': the lone name just
            # quoted, where nobody named in full stands between
        best: _Said | None = None
        for a, b in ((lo, pos), (plo, lo)):
            if a == plo and a < lo and (spoke := self._last_speaker(plo, lo, fits, want)) is not None:
                return spoke  # '… Sullivan did not comment, but Joey Reed told CNN …. "…," he said': Reed
            # 'He was joined by his deputy, Ana Ruiz. "…," he said': whom that He means
            if pronoun and chain < PRONOUN_CHAIN and (same := _OPENING_PRONOUN.match(self.m, a)) \
                    and same.group(1).lower() == pronoun and same.start(1) < pos:
                return self.nearest_person(same.start(1), pronoun, chain + 1)
            hits = self._people_between(a, b)
            hit = next((h for h in hits if fits(h[1], True)), None)
            if hit is not None and a < lo and hits[0] is not hit and hit[1] in self.read_from_possessive \
                    and self.sentence(hits[0][0])[0] == hits[0][0] and fits(hits[0][1], False):
                hit = hits[0]  # 'Tom Baker phoned Ed Walsh to wish him well in his new post. "…," he said': the
                # sentence's subject, not a man only a 'his' after him is known to be
            hit = hit or next((h for h in hits if fits(h[1], False)), None)
            if hit:
                best = _Said(self.person(hit[1]), "person", hit[0])
                break
            k = bisect_left(self.single_pos, a)  # 'resident Nargis said …. "…," she wrote': a lone name that spoke
            lone = [p_n for p_n in self.singles[k : bisect_left(self.single_pos, b)]  # not 'a rescuer in Porto told'
                    if p_n[0] not in self.poss and _word_before(self.m, p_n[0]) not in _LOC_PREPS]
            # or one given an age, a person where 'Witnesses described …' may be no one ('…, including Marta, 29, who')
            spoke_as = next((p_n for p_n in lone if AGED_AFTER.match(self.m, p_n[0] + len(p_n[1]))), None) \
                or next((p_n for p_n in lone if _SINGLE_SAID.match(self.m, p_n[0])), None) \
                or next((p_n for p_n in lone if self._opens(p_n, a)), None)
            if spoke_as:
                best = _Said(spoke_as[1], "person", spoke_as[0])
                break
        i = bisect_left(self.people_pos, pos) - 1
        para = self.para_index(pos)
        for sure in (True, False) if best is None else ():
            for j in range(i, max(i - 40, -1), -1):
                p, key = self.people[j]
                if sure and pos - p > 2000:
                    break
                if key in self.listed_aged:
                    continue  # a victim listed with an age, wherever the story names them again
                if fits(key, sure) and p not in self.modifiers:
                    best = _Said(self.person(key), "person", p)
                    break
                if sure and fits(key, False) and p not in self.modifiers and self.sentence(p)[0] == p \
                        and para - self.para_index(p) <= SUBJECT_PARAS:
                    # 'Brenner, 71, sold two tugs. ¶ His cuts ... ¶ "…," he said': a person of no known sex
                    # who opens a recent sentence, before anyone farther back known to be a man
                    best = _Said(self.person(key), "person", p)
                    break
            if best:
                break
        latest = next((j for j in range(i, -1, -1) if self.people[j][1] not in self.listed_aged), -1)
        if best is None and latest >= 0:
            best = _Said(self.person(self.people[latest][1]), "person", self.people[latest][0])
        if best is None:  # nobody named in full: the first bare name of this or the previous sentence that is
            for a, b in ((lo, pos), (plo, lo)):  # neither a possessor nor after a preposition
                k = bisect_left(self.single_pos, a)
                hit = next((p_n for p_n in self.singles[k : bisect_left(self.single_pos, b)] if p_n[0] not in self.poss
                            and _word_before(self.m, p_n[0]) not in _NOT_SUBJECT_AFTER), None)
                if hit:
                    best = _Said(hit[1], "person", hit[0])
                    break
        for s in reversed(self.said[-8:]):
            if s.pos < pos and s.kind == "unnamed" and s.name and not s.name.endswith("s"):
                if best is None or s.pos > best.pos:
                    best = s
                break
        return best

    def _lone_name(self, said: _Said) -> bool:
        """Whether a speaker told as a body is only a lone capitalised word the text never names a body, a place
        or an acronym ('Ruiz said'), which a 'he' or 'she' next may mean."""
        name = said.name or ""
        return said.kind == "org" and name.isalpha() and name[:1].isupper() and not name.isupper() \
            and lookup(name) is None and name.lower() not in _ORG_HEADS and all(n != name for _, n in self.orgs)

    def _opens(self, single: tuple[int, str], lo: int) -> bool:
        """Whether a lone name opens the sentence at ``lo`` as its subject ('Okonkwo, a guild member, spoke
        …', 'Okonkwo has said …'): then the one 'he' next means. Not a plural word ('Witnesses described')."""
        p, name = single
        lead = self.m[lo : lo + 8]
        return p == lo + len(lead) - len(lead.lstrip(" \t\n\"“'‘")) \
            and (not name.endswith("s") or self.is_surname(name)) \
            and _OPENER_NEXT.match(self.m, p + len(name)) is not None

    def title_lookup(self, phrase: str, pos: int) -> str | None:
        """A person the article describes by this title, preferring the nearest mention before ``pos``; of two
        holders, the one who spoke last in this paragraph or the one before."""
        words = _post_words(phrase)
        n = len(words)
        before = after = None
        holders: set[str] = set()  # everyone named with the title before ``pos``
        for title, p, key in self.titles:
            tw = _post_words(title)
            k = min(n, len(tw))
            if k == 0 or tw[-k:] != words[-k:] or (k == n < len(tw) and tw[-k - 1] in _RANK_MODS) \
                    or (k == len(tw) < n and words[-k - 1] in _SECOND_RANKS):
                continue  # 'the president' is not the vice president or the former president, nor 'the vice
                # president' President Biden
            if p < pos:
                holders.add(key)
                if before is None or p > before[0]:
                    before = (p, key)
            elif after is None and (self.para_index(p) == self.para_index(pos) or k == n > 1):
                # named later in its paragraph, or later by the whole of a description of two words or more
                # ('the federation's chief medical officer'); not 'the conservative leader' by 'its leader, X'
                after = (p, key)
        hit = before or after
        if before is not None and len(holders) > 1:  # two presidents: '"…," Ruiz said. "…," the president added'
            last = self.recent_subject(pos, ok=lambda s: s.kind == "person", paras_back=1)
            if last is not None and last.name and self.key_for(last.name, last.pos) in holders:
                return last.name
        if hit is None and n > 1:  # 'the Tigray regional president' for 'interim administration president X'
            heads = [(p, key) for title, p, key in self.titles
                     if _post_words(title)[-1:] == words[-1:] and not set(title.split()) & _RANK_MODS
                     and (p < pos or self.para_index(p) == self.para_index(pos))]
            if len({key for _, key in heads}) == 1:
                hit = heads[0]
        return self.person(hit[1]) if hit else None

    def _taught_title(self, word: str, pos: int) -> str | None:
        """The person the text named after ``word`` in capitals, a title no table lists ('Vizier Ana Vidal'),
        when 'the' and that word later stand for them."""
        if not any(title.split()[-1] == word for title, _, _ in self.titles):
            return None
        return self.title_lookup(word, pos)

    def _titles_held(self, name: str) -> set[str]:
        """The heads of the titles the text gives the person ('minister' of 'Health Minister')."""
        key = surname(name).lower()
        return {_TITLE_AS_CALLING.get(w, w) for t, _, k in self.titles if k == key and (w := t.split()[-1])}

    def _may_hold(self, name: str, head: str) -> bool:
        """Whether the text gives the person no title, one ending in ``head``, or, for a calling, no office:
        'the minister' may be whoever spoke last, not if the text calls them the mayor."""
        held = self._titles_held(name)
        return not held or head in held or (head in _CALLINGS and not held & _OFFICES)

    def _named_after_body(self, run: list[str]) -> str:
        """The person a body's name runs into, with no comma or 's' between ('the Federal Office Ana Ruiz',
        as translations write 'the head of the Federal Office Ana Ruiz'): two or three words after the
        body's last head word, a person's name that the article also calls by the surname alone ('Ruiz
        added'), so the body is no 'Committee Against Torture'."""
        heads = [j for j, t in enumerate(run) if _base(t).lower() in _ORG_HEADS]
        tail = run[heads[-1] + 1:] if heads else []
        if not 2 <= len(tail) <= 3 or _classify(tuple(tail))[0] != "person":
            return ""
        sur = _base(tail[-1])
        return " ".join(_base(t) for t in tail) if any(name == sur for _, name in self.singles) else ""

    def resolve(self, toks: list[str], pos: int) -> _Said | None:
        """Who a subject noun phrase stands for: a pronoun's referent, a name, a body, a document's author, or
        the person a description (an office, an age, "the senior officer") points to."""
        if not toks:
            return None
        low = [t.lower() for t in toks]
        if len(toks) == 1 and low[0] in _PRONOUNS:
            return self.pronoun(low[0], pos)
        if len(toks) == 1 and low[0] in PAGE_LABELS and not self.is_surname(toks[0]):
            return None  # 'Quote: "…"', 'Details: …': a page's label before a colon, nobody's name (not Laura Read's)
        if own_words(toks):
            return self.pronoun(_OWN_WORDS_OF[low[0]], pos)  # 'His answer: "…"': he answers
        if len(toks) == 2 and low[0] in ("his", "her") and low[1] in _OWN_BODIES \
                and (own := self.pronoun(_OWN_WORDS_OF[low[0]], pos)) is not None and own.kind == "person":
            return _Said(f"{own.name}’s {low[1]}", "org", pos)  # 'his office said': that man's office
        j = low.index("for") if "for" in low[1:3] and len(toks) > 2 else 0
        if j and _base(low[j - 1]).removesuffix("s") in COUNSEL and (j == 1 or low[0] in _DETS) and _cap(toks[j + 1]):
            # 'A lawyer for Tom Hale said', 'Lawyers for Hale and the estate of Ana Ruiz said': the counsel, who
            # speak for the one named, not that one
            return _Said(" ".join(toks[1:] if low[0] in _DETS else toks), "unnamed", pos)
        pp = org_pp_head(toks)  # 'the commission for prisoners of war': a commission
        of = next((j for j, t in enumerate(low) if t in ("of", "for")), 0)
        if of > 1 and not pp and _classify(tuple(toks[:of]))[0] == "person":  # 'Ana Ruiz of the New York delegation'
            toks, low = toks[:of], low[:of]
        elif of > 1 and not pp and (office := _classify(tuple(toks[:of])))[0] == "title" \
                and (holder := self.title_lookup(office[2], pos)):
            return _Said(holder, "person", pos)  # 'the Chief Spokesperson for the Ministry of X said': whom the
            # text named with that title before ('Chief Spokesperson for the Ministry of X Dr Ana Ruiz announced')
        if low[0] == "the" and _PARENT_OF.match(self.m, pos):
            # 'Tomas Berg won ... ¶ "…," said the father of three (and devout Lutheran)': the one who opened the
            # sentence before or spoke last, as a person known by age is
            who = self.previous_subject(pos)
            if who is None or who.kind != "person" or not who.name:
                who = self.recent_subject(pos, ok=lambda s: s.kind == "person", paras_back=ANAPHOR_PARAS)
            if who is not None and who.name:
                return who
        i = len(toks)
        while i > 0 and (_cap(toks[i - 1]) or ((low[i - 1] in _NAME_CONN or low[i - 1] in _PARTICLES)
                                              and 1 < i < len(toks))):
            i -= 1
        run = toks[i:]
        desc_title = ""
        conn = next((j for j, t in enumerate(run) if t in ("of", "for")), 0)
        if conn and _classify(tuple(run[:conn]))[0] == "person":
            run = run[:conn]  # 'Norman Baker of Campaign for Better Transport': the person, not the group
        if run:
            kind, name, title = _classify(tuple(run), i > 0 and low[i - 1] == "the")
            if kind == "title" and len(run) == 1 and i == 0 and self.is_surname(_base(run[0])):
                kind, name = "", ""  # 'Justice said', 'King said' where the text named James Justice: him
            if kind != "title" and i > 0 and low[i - 1] == "the" \
                    and (taught := self._taught_title(_base(run[-1]).lower(), pos)) is not None:
                return _Said(taught, "person", pos)  # 'Vizier Ana Vidal …, the Vizier said': her
            if kind != "title":
                return self._named(kind, name, run, low[i - 1] if i > 0 else "", pos)
            desc_title = title
        det = low[0] if low[0] in _DETS else ""
        head = _base(low[pp - 1] if pp else low[-1])
        surface = " ".join(toks[1:] if det == "the" else toks)
        if head in _ORG_HEADS:
            return self._body(toks, low, det, head, pp, surface, pos)
        if head in _DOC_HEADS and (owner := next((j for j, t in enumerate(toks[:-1]) if _is_poss(t)), -1)) >= 0:
            return self.resolve([*toks[:owner], _base(toks[owner])], pos)  # 'the union's statement said': the union
        if head in _DOC_HEADS and len(toks) > (2 if det else 1) and _base(low[-2]) in _ORG_HEADS:
            # 'the cabinet statement said', 'a health ministry statement said': the body named before the document
            return self.resolve(["the", *toks[1 if det else 0 : -1]], pos)
        if head in _DOC_HEADS and (named := self._named_document(toks, det, pos)) is not None:
            return named  # 'the unclassified Peruvian intelligence report said': that report, no one in it named
        if head in _DOC_HEADS and (det in _DOC_DETS or not det) and (
                (author := self.doc_author(head, pos)) is not None or head not in _REPORT_HEADS):
            return author  # 'The statement partly read': whoever issued it ('the report added': who reported)
        return self._described(toks, low, det, head, run, desc_title, surface, pos)

    def _named(self, kind: str, name: str, run: list[str], before: str, pos: int) -> _Said | None:
        """Who a capitalised run classified as ``kind`` stands for (``before``: the word before it, lower case):
        a person by their fullest name, a body spelled out, a single name a person's or a body's."""
        if kind == "org" and (person := self._named_after_body(run)):
            kind, name = "person", person  # 'Head of the Federal Office Ana Ruiz announced': Ruiz
        if not kind and len(run) == 1 and self.is_surname(_base(run[0])):
            kind, name = "single", _base(run[0])  # 'Read said' where the article named Laura Read: her
        if kind == "person":
            if self.brands and surname(name).lower() in self.brands:
                return _Said(name, "org", pos)
            key = self.key_for(name, pos)
            if " " not in name:  # "Sir Keir": a given name
                key = self.alias.get(key, key)
            return _Said(self.fullest.get(key, name), "person", pos)
        if kind in ("org", "place"):
            return _Said(self.spelled_out(name), "org", pos)
        if kind == "single":
            key = name.lower()
            key = self.alias.get(key, key)
            if key in self.families:
                key = self.key_for(name, pos)
            if key in self.fullest:
                return _Said(self.person(key), "person", pos)
            if before and ((w := _base(before)) in _TITLE_NOUNS or names_people(w)):
                return _Said(name, "person", pos)  # 'said resident Nadia': one name, a person's by its noun
            return _Said(self.spelled_out(name), "org", pos)
        return None

    def _body(self, toks: list[str], low: list[str], det: str, head: str, pp: int, surface: str,
              pos: int) -> _Said | None:
        """Which body a phrase headed by an organisation's noun stands for ('the health ministry', 'the
        president's office', 'the agency'): one named or just heard from, else the phrase itself."""
        if det in _INDEFINITE:
            return _Said(" ".join(toks), "unnamed", pos)
        # an owner ('Valdora's state commission', 'the president's office'), not a kind of member ('the
        # writers’ union', a union of writers: see the modifiers below)
        if any(_is_poss(t) and (t[0].isupper() or _base(t).lower() in _TITLE_NOUNS) for t in toks[:-1]):
            for _, name in self.orgs:
                if name.lower().replace("'", "’") == surface.lower().replace("'", "’"):
                    return _Said(name, "org", pos)
            poss = next(t for t in reversed(toks[:-1]) if _is_poss(t))
            if all(t[0].islower() for t in toks) and _base(poss).lower() in _TITLE_NOUNS:
                surface = " ".join(w[:1].upper() + w[1:] for w in surface.split())
            return _Said(surface, "org", pos)
        # 'the health ministry': a body named with both words, else a body that just spoke with the others
        # ('the country's flood response centre told …', then 'the response office said'), else one named with the
        # head ('Ministry of Health'), else with the others ('the disaster office': the National Disaster Centre)
        mods = [w for t in low[1:-1] if (w := _base(t)).isalpha() and w not in _STOP] \
            if det == "the" and not pp else []  # ('the writers’ union': writers)
        members = [_base(t) for t in low[:-1] if _is_poss(t)]
        found_org = (self.org_named_by([*mods, head], pos) if mods else None) \
            or (self.recent_org_subject(pos, lambda n: _has_words(n, mods), ANAPHOR_PARAS) if mods else None) \
            or self.nearest_org(head, pos, members) \
            or (self.org_named_by(mods, pos) if mods else None)
        if found_org is None and det == "the" and len(toks) == 2 and head in _KIND_WORDS:
            kind = [name for at, name in self.orgs if at < pos and _KIND_WORDS[head] & set(name.lower().split())]
            found_org = _Said(kind[-1], "org", pos) if kind else None
            # 'Riverside Police confirmed …. The force said': the police named last, as British news calls them;
            # 'the Teamsters Rail Conference …. The union said': the workers' body, whatever its name's noun
        if found_org is None and det == "the" and (len(toks) == 2 or (len(toks) == 3 and toks[1][:1].isupper()
                                                                      and not mods)):
            # 'The UN agency, UNHCR, said' … 'the agency'; 'the UKMO said' … 'the U.K. agency' (its country as
            # initials, which name no body: 'the Valdoran army' is read by its words above)
            found_org = self.recent_org_subject(
                pos, lambda name: not _other_kind(name, head) and name.lower() not in _UNNAMED_GROUPS)
        return found_org or _Said(surface, "org", pos)

    def _described(self, toks: list[str], low: list[str], det: str, head: str, run: list[str], desc_title: str,
                   surface: str, pos: int) -> _Said | None:
        """Who a description stands for: a person known by age, grade, office or calling (the one the text
        gives it, or who spoke last), an unnamed source, or a body's spokesperson."""
        if det == "the" and len(toks) == 2 and (same := next(
                (s for s in reversed(self.said[-8:]) if s.pos < pos and s.kind == "unnamed" and s.name
                 and s.name.split()[0].lower() == low[1]), None)) is not None:
            return same  # 'Lawyers for Tom Hale said …. "…," the lawyers said': those who spoke before
        if det == "the" and len(toks) == 2 and AGE_NOUN.fullmatch(low[1]):
            # 'the 47-year-old said': a person known by age alone: the one the text gives that age, else who
            # opened the sentence before or spoke last, else the person the article is about
            age = int(low[1].split("-", 1)[0])
            for find in (lambda: self.aged(age, pos), lambda: self.previous_subject(pos),
                         lambda: self.recent_subject(pos, ok=lambda s: s.kind == "person", paras_back=ANAPHOR_PARAS),
                         lambda: self.only_person_before(pos),
                         lambda: self.protagonist(pos)):  # in turn: each looks further afield
                who = find()
                if who is not None and who.kind == "person" and who.name and self.age_of(who.name) in (None, age):
                    return who
            return None
        if det == "the" and len(toks) <= 3 and _GRADER.fullmatch(" ".join(low[1:])):
            # 'Smriti, a student, said ... ¶ "…," the 11th grader said': the pupil who spoke or was told of last
            return self.previous_subject(pos) or self.nearest_person(pos)
        if det in _DEMONSTRATIVES and 2 <= len(toks) <= 4 and not any(_is_poss(t) for t in toks):
            # '"…," said Ana Ruiz, a nurse. ¶ This mother of two said …': "this" points back, to the one just told of
            return next((s for s in sorted(filter(None, (
                self.recent_subject(pos, ok=lambda s: s.kind == "person", paras_back=ANAPHOR_PARAS),
                self.previous_subject(pos))), key=lambda s: -s.pos)), None)
        if not _agentive(desc_title.rsplit(" ", 1)[-1] if desc_title else _base(toks[-1])):  # 'the CM': minister
            return None
        if det in _INDEFINITE and desc_title and run and run[0][:1].isupper() and len(toks) > len(run) + 1 \
                and (found := self.title_lookup(desc_title, pos)):
            return _Said(found, "person", pos)  # 'An emotional Chief Minister emphasized': the office's holder
        if det in _INDEFINITE or (not det and head.endswith("s") and not desc_title):
            return _Said(" ".join(toks), "unnamed", pos)
        if det == "the" and len(toks) <= 3 and head in _OFFICES \
                and (_GOES_ON.match(self.m, pos) or _GOES_ON.match(self.m, pos + len(" ".join(toks)))) \
                and (last := self.recent_subject(pos, ok=lambda s: s.kind == "person", paras_back=ANAPHOR_PARAS)) \
                is not None and not self._titles_held(last.name):
            return _Said(last.name, "person", pos)  # '… Omar Tal called it "…". ¶ "…," the minister added':
            # whoever just spoke, whom the text gives no title, not a minister named paragraphs before
        found = self.title_lookup(desc_title or _title_phrase(list(toks)), pos)
        if found:
            return _Said(found, "person", pos)
        if det == "the" and head == "leader" and len(toks) <= 3:
            rulers = {t: key for t, _, key in self.titles if _RULER_TITLES & set(t.split())}
            if len(set(rulers.values())) > 1:  # of two presidents, the one the text calls Valdoran
                rulers = {t: key for t, key in rulers.items() if set(low[1:-1]) <= set(t.split())}
            if len(set(rulers.values())) == 1:  # 'the Valdoran leader': its one president
                return _Said(self.person(next(iter(rulers.values()))), "person", pos)
        aged = next((int(t.split("-", 1)[0]) for t in low if AGE_NOUN.fullmatch(t)), None)
        if det == "the" and len(toks) <= 4 and aged is not None and (who := self.previous_subject(pos)) is not None \
                and self.age_of(who.name) in (None, aged):
            return who  # 'Tomas Brenner claimed victory. ¶ The 68-year-old candidate … told supporters': him
        former = len(toks) > 2 and low[1] == "former"  # a past office names whoever held it, however long
        # a body's voice ('the embassy spokesperson') is not whoever spoke last, unless the text gave it a name
        body_voice = head in _SPOKES and any(_base(t) in _ORG_HEADS for t in low[1:-1])
        if det == "the" and (len(toks) <= 3 or former) and head in _ANAPHORIC_TITLES | _OFFICES | _CALLINGS \
                and not any(_is_poss(t) for t in toks) and not body_voice:
            # the last who spoke ('… Edwin Baba said. ¶ The senior officer explained': Baba), or the person opening
            # the sentence before, if later ('Ana Ruiz conceded. "…," said the senator': she, who spoke of none)
            for last in sorted(filter(None, (
                    self.recent_subject(pos, ok=lambda s: s.kind == "person", paras_back=ANAPHOR_PARAS),
                    self.previous_subject(pos))), key=lambda s: -s.pos):
                if not _introduced(head).search(self.m, last.pos, pos) and (
                        former or head not in _OFFICES | _CALLINGS or self._may_hold(last.name, head)) \
                        and self._same_side(low, last.pos):
                    return _Said(last.name, "person", pos)
        if head in _SPOKES and det == "the":
            org = self.nearest_actor(pos)  # 'the spokesperson' of the body just named
            if org is not None and org.name and pos - org.pos < 400:
                return _Said(f"{org.name} {head}", "unnamed", pos)
        return _Said(surface, "unnamed", pos)

    def _same_side(self, low: list[str], pos: int) -> bool:
        """Whether a description's side ('the rebel commander') is told of the person named at ``pos`` too (in
        that sentence); a description that names no side fits anyone."""
        sides = [w for w in low[1:-1] if w in _SIDES]
        if not sides:
            return True
        a, b = self.sentence(pos)
        told = self.m[a:b].lower()
        return all(w in told for w in sides)

    def _named_document(self, toks: list[str], det: str, pos: int) -> _Said | None:
        """A document a capitalised name qualifies ('an unclassified Peruvian intelligence report'): the body
        when the name is all that qualifies it ('the Hamas statement'), else the document under that name
        ('Peruvian intelligence report'), which a later 'the report' means too; None for a document no name
        qualifies."""
        head = _base(toks[-1].lower())
        first = next((j for j in range(1 if det else 0, len(toks) - 1) if _cap(toks[j])), None)
        if first is None:
            earlier = [name for at, name in self.documents.get(head, ()) if at < pos]
            if not earlier and head in _ANY_DOCUMENT:
                earlier = [name for _, name in self._documents_named(pos)]
            return _Said(earlier[-1], "org", pos) if det == "the" and len(toks) == 2 and earlier else None
        rest = toks[first:]
        if len(rest) == 2 and (body := self.resolve(["the", rest[0]], pos)) is not None \
                and body.kind in ("person", "org"):
            return body
        name = " ".join([*rest[:-1], _base(rest[-1])])
        self.documents.setdefault(head, []).append((pos, name))
        return _Said(name, "org", pos)

    def _documents_named(self, pos: int) -> list[tuple[int, str]]:
        """Documents a capitalised name qualifies, named in the text before ``pos`` whether or not they spoke yet
        ('An unclassified Peruvian intelligence assessment, seen by reporters, estimates ...'), as
        ``_named_document`` names them."""
        return [(m.start(1), " ".join([*m.group(1).split()[:-1], _base(m.group(1).split()[-1])]))
                for m in _NAMED_DOCUMENT.finditer(self.m, max(0, pos - DOC_REACH), pos)]

    def doc_author(self, head: str, pos: int) -> _Said | None:
        """Who issued the statement (post, letter…) that a later 'the statement read' quotes: the last one
        told before ``pos`` as 'a statement signed by X', 'X issued a statement' or 'X said in a statement'."""
        lo = max(0, pos - DOC_REACH)
        best: tuple[int, _Said] | None = None
        plain: tuple[int, _Said] | None = None  # issuers told by what they are, not named: the fallback
        for m in _doc_patterns(head).finditer(self.m, lo, pos):
            said = None
            if m.group("by"):
                sent_end = self.sentence(m.end())[1]
                said = self.named_after(m.end() - 1, sent_end) \
                    or self.resolve(self.np_after(m.end(), sent_end), m.end())
            elif m.group("in_doc"):  # 'In a statement, the council said …': the subject after the comma
                k = bisect_left(self.verb_starts, m.end())
                s_hi = self.sentence(m.end())[1]
                np = self.np_before(m.end(), self.verbs[k][0])[0] if k < len(self.verbs) \
                    and self.verbs[k][0] < s_hi else []
                said = self.resolve(np, m.end()) if np else None
            else:
                s_lo = self.sentence(m.start())[0]
                verb_at = _AUX_BEFORE.search(self.m, s_lo, m.start()).start()  # past 'has just' to its subject
                np, before = self.np_before(s_lo, verb_at)
                said = self.resolve(np, m.start()) if m.group("issue") or m.group("reported") or m.group("subj_in") \
                    else None
                if said is None and m.group("said_in") and before == ",":
                    said = self.resolve(np, m.start())  # '…, the ministry said in a statement': the subject right
                    # before the verb, not whatever opens the sentence ('LIMA -- The cabinet approved …')
                if said is None and not (m.group("issue") or m.group("reported")):
                    said = self.clause_subject(s_lo, m.start())
                toks = _TOKEN.findall(self.m, s_lo, m.start()) if said is None and m.group("said_in") else []
                if toks and _coordinated(toks):
                    said = self.resolve(toks, m.start())  # 'The guild and the owners said in a statement': both
                if said is None and m.group("said_in"):  # '“…,” Lena Varga said in a statement': the cue's own subject
                    k = bisect_left(self.verb_starts, m.start("said_in"))
                    said = self.subject(k) if k < len(self.verbs) and self.verbs[k][0] == m.start("said_in") else None
            if said is not None and said.kind in ("person", "org") and (best is None or m.start() > best[0]):
                best = (m.start(), said)
            elif said is not None and said.kind == "unnamed" and said.name and (plain is None or m.start() > plain[0]):
                plain = (m.start(), said)
        return best[1] if best else plain[1] if plain else None

    def pronoun(self, word: str, pos: int) -> _Said | None:
        if word in ("he", "she"):
            return self.nearest_person(pos, word)
        if word in ("they", "we") and (group := self.collective_subject(pos)) is not None:
            return group
        if word == "it" and (group := self.collective_subject(pos)) is not None and (
                group.kind == "unnamed" or (group.kind == "org" and group.pos >= self.sentence(pos)[0])):
            # 'Reed's family confirmed … "…," it said': the family; a named body only when it opens this very
            # sentence ('The Rowing League called off the regatta: "…," it said'), else nearest_actor
            return group
        if word in ("they", "we", "i") and self.said:
            last = self.said[-1]
            if self.para_index(pos) - self.para_index(last.pos) <= 1:
                return last
        return self.nearest_actor(pos, pronoun=True)

    def aged(self, age: int, pos: int) -> _Said | None:
        """The one person named before ``pos`` whom the text gives the age ``age`` ('Ana Ruiz, 70,')."""
        keys = [key for key in {key for p, key in self.people if p < pos} if self.age_of(self.person(key)) == age]
        return _Said(self.person(keys[0]), "person", pos) if len(keys) == 1 else None

    def only_person_before(self, pos: int) -> _Said | None:
        """The one person the sentence before ``pos`` names, wherever in it ('Among them is Ana Ruiz, who ….
        "…," the 21-year-old said'); None where it names none or several."""
        span = self.sentence_before(pos)
        if span is None:
            return None
        keys = {key for _, key in self._people_between(*span)}
        return _Said(self.person(keys.pop()), "person", pos) if len(keys) == 1 else None

    def protagonist(self, pos: int) -> _Said | None:
        """The person named before ``pos`` more often than anyone else, at least ``PROTAGONIST_MENTIONS``
        times: whom an article about one person means by 'the 47-year-old' it never ties to a name."""
        seen = Counter(key for p, key in self.people if p < pos)
        top = seen.most_common(2)
        if not top or top[0][1] < PROTAGONIST_MENTIONS or (len(top) == 2 and top[1][1] == top[0][1]):
            return None
        return _Said(self.person(top[0][0]), "person", pos)

    def age_of(self, name: str) -> int | None:
        """The age the article gives a person ('Ana Ruiz, 70,'), if any."""
        m = regex.search(rf"\b{regex.escape(surname(name))}{AGE_SET_OFF}", self.text)
        return int(m.group(1)) if m else None

    def sentence_before(self, pos: int) -> tuple[int, int] | None:
        """The sentence before the one at ``pos``: in its paragraph, or the last of the previous one when it
        opens a paragraph; None at the start of the text."""
        lo, _ = self.sentence(pos)
        k = self.para_index(pos)
        before = lo - 1 if lo > self.paras[k][0] else (self.paras[k - 1][1] - 1 if k > 0 else -1)
        return (self.sentence(before)[0], before + 1) if before >= 0 else None

    def previous_subject(self, pos: int) -> _Said | None:
        """The named person opening the sentence before ``pos`` (the last of the previous paragraph when this
        one opens a paragraph), whom a description like 'the 68-year-old' picks up."""
        span = self.sentence_before(pos)
        if span is None:
            return None
        a, b = span
        first = self.np_initial(a, b)
        if not first or first[0].lower() in _PRONOUNS or first[0].lower() in _DETS or not _cap(first[-1]):
            return None  # a name, not another description ('The 68-year-old officer …' before it)
        said = self.resolve(first, a)
        return said if said is not None and said.kind == "person" else None

    def collective_subject(self, pos: int) -> _Said | None:
        """A body or group opening this sentence or the one before (the last of the previous paragraph when
        this one opens a paragraph), which 'they' refers to ('The Ruiz family thanked the rescuers. “…,” they
        said.'); never a single person."""
        lo, _ = self.sentence(pos)
        before = self.sentence_before(pos)
        for a, b in ((lo, pos), *((before,) if before else ())):
            first = self.np_initial(a, b)
            said = self.resolve(first, a) if first and first[0].lower() not in _PRONOUNS else None
            if said is not None and said.kind != "person":
                return said
        return None

    def recent_subject(self, pos: int, depth: int = 20, ok: Callable[[_Said], bool] | None = None,
                       paras_back: int = 1) -> _Said | None:
        """The subject of the latest of the last ``depth`` speech verbs in this paragraph or the ``paras_back``
        before it whose speaker passes ``ok``."""
        floor = self.paras[max(self.para_index(pos) - paras_back, 0)][0]
        top = bisect_left(self.verb_starts, pos) - 1
        for k in range(top, max(top - depth, -1), -1):
            if self.verbs[k][0] < floor:
                break
            said = self.subject(k)
            if said is not None and (ok is None or ok(said)):
                return said
        return None
