"""Whose speech verb: the subject of each speech verb of an article, found from the noun phrases around it
(``subjectnp``) and resolved by the article's cast (``speakers``): the name before the verb, after an inverted
one ('said Ana Ruiz'), the main clause's for a participle or a coordinated verb, the head of a relative clause.

A mixin of ``speakers._Doc``, which gives it ``resolve``, ``np_before`` and the other lookups it calls.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from . import patterns
from .cast import _Said
from .names import (
    _DOC_HEADS,
    _INVERTIBLE,
    _LOC_PREPS,
    _TOKEN,
    _base,
    _cap,
)
from .subjectnp import _OBJ_PREPS

# a relative or complement clause open before a verb: its subject is not the main clause's ('He faulted the
# speed with which the agency announced the figures, stating …': he states)
_EMBEDDED = patterns.compile(r"\b(?:which|who|whom|whose|that|where)\b[^,;:]*$")

# a clause fronted before the sentence's subject, whose own verb speaks for someone else
_FRONTED = patterns.compile(r"[\s\"“‘']*(?:Despite|Although|Though|While|Whereas|After|Before|When|Since|Unlike"
                            r"|Following|Amid|Even[ ]though|As)\b")

# a description opening a sentence, then the name it goes on to give between commas: 'The officer leading the
# inquiry, Ana Ruiz, gave details'
_DESCRIBED_THEN_NAME = patterns.compile(
    r"[ ]*(?:The|A|An)[ ][^,;:.!?\"“”]{3,70}?,[ ]+(\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’.-]+){1,3}),[ ]+\p{Ll}")
_DESCRIBED_REACH = 120  # characters from the description's start to the comma closing the name
# a capitalised title, a comma, then the name it describes and the clause's verb
_TITLE_THEN_NAME = patterns.compile(
    r"[ ]*(?:\p{Lu}[\p{L}.’'-]*[ ]){1,5}?\p{Lu}[\p{L}.’'-]*,[ ]+(\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’.-]+){1,3})"
    r"(?=[ ]\p{Ll})")

SUBJECT_DEPTH = 40  # speakers resolved one inside another ('the officer said' asking who spoke before) at most

# '… quoted / cited / reported X as saying'
_QUOTED_AS = patterns.compile(
    r"\b(?:quot(?:ed|es|ing)|cit(?:ed|es|ing)|report(?:ed|s|ing))[ ](?P<np>[^,;:\"“”\n]{1,80}?)[ ]as[ ]$")

_INVERTIBLE_SET = frozenset(_INVERTIBLE.split())

_CLOSERS = frozenset("”\"’'“‘»«")  # any mark can close: some outlets close with an opening “

# words that open a description a name may follow: '…," said one demonstrator, Rui Costa'
DESCRIBING = frozenset("the a an one another".split())

# a description, then a comma and the name it describes, then the end of the clause
_NAMED_APPOSITION = patterns.compile(
    rf"[ ]+(?:{'|'.join(sorted(DESCRIBING))})[ ][\p{{Ll}}\p{{Lu}}' -]{{3,120}}?,"
    # a second description before the name: "..., the former minister Ana Ruiz", "..., the ex-Prime Minister Ana Ruiz"
    r"[ ]+(?:the[ ]+(?:\p{Ll}[\p{Ll}-]*[ ]+){0,3})?(?:ex-)?"
    r"(\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’.-]+){1,4})"
    r"(?=[,.;]|[ ]\p{Ll}|$)")

# a document and who issued it, up to the verb that quotes it: 'the joint statement made by X reads'
_DOC_BY = patterns.compile(rf"\b(?P<doc>(?:joint[ \t]+)?(?:{'|'.join(sorted(_DOC_HEADS))}))[ \t]+"
                           r"(?:on[ \t]+\p{Lu}\p{L}*[ \t]+)?"  # 'a message on Facebook from the ministry'
                           r"(?:(?:made|issued|signed|released|published|posted|sent)[ \t]+)?(?:by|from)[ \t]+"
                           r"(?=[^,;:]*$)",
                           regex.I)

_READ = frozenset({"read", "reads"})  # a speech verb only for a document: 'the statement read'
_IT_READS = ("statement", "post", "letter", "message", "notice", "tribute")  # documents 'it read' may stand for

_DESCRIPTION_OPENS = patterns.compile(r"(?:a|an|the)[ ]\p{Ll}")  # 'a former host', 'the agency's head'


class _Subjects:
    """The subject of each speech verb (see the module docstring)."""

    def subject(self, k: int) -> _Said | None:
        """Who speaks through verb number ``k`` (memoised: each verb is resolved at most once). A subject that
        points back to an earlier speaker ('the officer said') asks for that verb's subject in turn: past
        ``SUBJECT_DEPTH`` such steps the answer is None, not memoised, so a text of nothing else still ends."""
        if k in self.subjects:
            return self.subjects[k]
        if self._depth >= SUBJECT_DEPTH:
            return None
        self._depth += 1
        try:
            return self._subject(k)
        finally:
            self._depth -= 1

    def _subject(self, k: int) -> _Said | None:
        self.subjects[k] = None
        v0, v1, word, typ = self.verbs[k]
        lo, hi = self.sentence(v0)
        res: _Said | None = None
        if typ == "acc":
            np = self.np_after(v1, hi)
            res = self.resolve(np, v1) if np else None
        elif typ == "part" and (qa := _QUOTED_AS.search(self.m, max(lo, v0 - 100), v0)) is not None:
            # 'TASS quoted the envoy as saying': the one quoted, not the agency quoting
            res = self.resolve(_TOKEN.findall(qa.group("np")), qa.start("np"))
        elif typ == "part" and self.m[max(lo, v0 - 2) : v0] == ", ":
            # '…, saying': the subject of the clause the participle hangs on, never the phrase before the comma
            # ('recalling the team from Doha, Qatar, saying')
            res = self.main_subject(k, lo, v0)
        else:
            np, prev = self.np_before(lo, v0)
            if word in _READ and [t.lower() for t in np] == ["it"]:
                # 'The club issued a statement. ¶ It read: "…"': the document just told of, its issuer's
                found = [a for head in _IT_READS if (a := self.doc_author(head, v0)) is not None]
                res = max(found, key=lambda a: a.pos) if found else None
                self.subjects[k] = res
                return res
            if word in _READ and not (np and _base(np[-1].lower()) in _DOC_HEADS):
                np, prev = [], ""  # 'she read the names aloud' quotes nobody; 'the statement read' does
                by = _DOC_BY.search(self.m, lo, v0)
                if by is not None and (issuer := self.resolve(_TOKEN.findall(self.m, by.end(), v0), by.end())) \
                        is not None and issuer.kind in ("person", "org"):
                    # 'The joint statement made by Peru and Chile reads': the issuers' document
                    res = _Said(f"{issuer.name} {by.group('doc')}", "org", by.end())
                    self.subjects[k] = res
                    return res
            if np and typ == "part" and prev in _OBJ_PREPS and prev != "with":  # 'a statement to Wired explaining'
                res = self.main_subject(k, lo, v0)
            elif np and prev in _LOC_PREPS and (at := self.m.rfind(f" {prev} ", lo, v0)) > lo \
                    and (head := self.np_before(lo, at + 1)[0]):
                res = self.resolve(head, at)  # 'The Health Authority in Porto told': the authority, not the place
            elif self.m[max(lo, v0 - 2) : v0] == ", " and (
                    head := self._relative_head(lo, v0) or self._described_head(lo, v0)):
                res = self.resolve(head, lo)  # 'Ana Ruiz, who lost her sons, Rui and Tomas Ruiz, said': Ana Ruiz
            elif np and prev == "of" and (who := self._person_of_body(lo, v0, np)) is not None:
                res = who  # 'President Ana Ruiz of the Dockers' Guild said': she speaks, not the guild
            elif np and (head := self._name_then_title(lo, v0)):
                res = self.resolve(head, lo)  # 'Ana Ruiz, Braga's mayor called it "…"': Ruiz, not the office's holder
            elif np:
                res = self.resolve(np, v0)
            elif (prev in _CLOSERS or (prev == "," and self.m[v1 : v1 + 1] == " ")) and word in _INVERTIBLE_SET and (
                    after := self.np_after(v1, hi)):
                res = self.resolve(after, v1)  # '"We are," said Ana Ruiz, "ready."', '"…" for now, said Ana Ruiz'
                if res is not None and res.kind != "person" and after[0].lower() in DESCRIBING:
                    res = self.named_after(v1, hi) or res  # 'said the presiding judge of the court, Ana Ruiz'
            elif prev == "who" and (w := self.m.rfind("who", lo, v0)) > lo \
                    and self.m[max(lo, w - 2) : w] == ", " and (head := self.np_before(lo, w - 2)[0]):
                res = self.resolve(head, w)  # 'met President Biden, who said that "…"': Biden
            elif typ == "part" or prev.lower() in ("and", "but", "then", "or", ",", "”", '"', "_"):
                res = self.main_subject(k, lo, v0)
        self.subjects[k] = res
        return res

    def _person_of_body(self, lo: int, v0: int, body: list[str]) -> _Said | None:
        """The person named before the 'of' that ties them to ``body``, the words before the verb at ``v0``;
        None when the words before 'of' are no person's name ('The head of the union said')."""
        at = self.m.rfind(f" of {body[0]} ", lo, v0)
        head = self.np_before(lo, at + 1)[0] if at > lo else []
        if not head or not _cap(head[-1]):
            return None
        who = self.resolve(head, at)
        return who if who is not None and who.kind == "person" else None

    def _name_then_title(self, lo: int, v0: int) -> list[str]:
        """The person's name opening a sentence, set off by one comma from the title that runs up to the verb
        ('Ana Ruiz, Braga's regional mayor called', its closing comma left out); [] if the sentence opens
        otherwise."""
        comma = self.m.find(", ", lo, v0)
        if comma < 0 or "," in self.m[comma + 2 : v0]:
            return []
        title = _TOKEN.findall(self.m[comma + 2 : v0])  # a description ("Braga's regional mayor"), not a second name
        if not title or all(_cap(t) for t in title):
            return []
        head = self._opening_name(lo, comma)
        said = self.resolve(head, lo) if head else None
        return head if said is not None and said.kind == "person" else []

    def _relative_head(self, lo: int, v0: int) -> list[str]:
        """The name opening a sentence whose relative clause runs up to the verb at ``v0`` ('Ana Ruiz, who lost
        her sons, Rui and Tomas Ruiz, said'): the subject, not the last name in the clause; [] if none."""
        w = self.m.find(", who", lo, v0)
        if w < 0 or bisect_left(self.verb_starts, v0) - bisect_left(self.verb_starts, w) > 0:
            return []  # no speech verb inside the clause: 'Ana Ruiz, who said …, added' is read as before
        return self._opening_name(lo, w)

    def _described_head(self, lo: int, v0: int) -> list[str]:
        """The person named opening a sentence whose description runs, commas and all, up to the verb at ``v0``
        ('Tom Hale, a former host who was mayor of Braga, Portugal, before that, said'): the subject, not the
        last place in the description; [] if none."""
        comma = self.m.find(", ", lo, v0)
        if comma < 0 or not _DESCRIPTION_OPENS.match(self.m, comma + 2) \
                or bisect_left(self.verb_starts, v0) - bisect_left(self.verb_starts, comma) > 0:
            return []  # no description, or a speech verb inside it: read as before
        head = self._opening_name(lo, comma)
        said = self.resolve(head, lo) if head else None
        return head if said is not None and said.kind == "person" else []

    def _opening_name(self, lo: int, end: int) -> list[str]:
        """The capitalised name that is all of ``[lo, end)`` (a sentence's subject before its comma); [] if the
        words there are anything else."""
        head = self.np_initial(lo, end)
        return head if head and all(_cap(t) for t in head) and len(" ".join(head)) >= end - lo - 1 else []

    def named_after(self, lo: int, hi: int) -> _Said | None:
        """The person a description after a speech verb goes on to name ("said the presiding judge of the
        court in Avignon, Roger Arata, adding"): a name set off by a comma before the clause ends."""
        m = _NAMED_APPOSITION.match(self.m, lo, min(hi, lo + 160))
        if m is None:
            return None
        said = self.resolve(m.group(1).split(), m.start(1))
        return said if said is not None and said.kind == "person" else None

    def main_subject(self, k: int, lo: int, v0: int) -> _Said | None:
        """The subject a participle or a coordinated verb shares: that of the speech verb before it in the
        sentence, else the noun phrase opening the sentence or, after a fronted clause, the next clause
        ('When pressed on the talks, the spokesman declined and said …')."""
        if k > 0 and self.verbs[k - 1][0] >= lo and not _EMBEDDED.search(self.m, lo, self.verbs[k - 1][0]) \
                and not (_FRONTED.match(self.m, lo) and "," in self.m[self.verbs[k - 1][1]:v0]) \
                and (said := self.subject(k - 1)) is not None:
            return said  # (not the verb of a fronted clause: 'Despite Hale stressing ..., Ruiz met them and said')
        return self.clause_subject(lo, v0)

    def clause_subject(self, lo: int, hi: int) -> _Said | None:
        """The noun phrase opening ``[lo, hi)``, or after a fronted clause the one opening the next clause."""
        for a in (lo, *(c + 1 for c in range(lo, hi) if self.m[c] == ",")):
            first = self.np_initial(a, hi)
            said = self.resolve(first, a) if first else None
            if said is not None and said.kind != "person" and (named := _TITLE_THEN_NAME.match(self.m, a, hi)):
                # 'Press Officer, Ana Costa shared the timetable and said': the name the title goes on to give
                said = self.resolve(named.group(1).split(), named.start(1)) or said
            if said is not None and said.kind in ("unnamed", "org") \
                    and (named := _DESCRIBED_THEN_NAME.match(self.m, a, min(hi, a + _DESCRIBED_REACH))) is not None \
                    and (who := self.resolve(named.group(1).split(), named.start(1))) is not None \
                    and who.kind == "person":
                said = who  # 'The officer leading the inquiry, Ana Ruiz, gave details, explaining': the name given (and
                # 'The FBI agent leading it, Tom Hale, …': the agent, not his bureau)
            if said is not None and (said.kind != "org" or self.proper(said.name)):  # not 'Hours later, …'
                return said
        return None
