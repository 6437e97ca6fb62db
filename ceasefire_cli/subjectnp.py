"""The noun phrase that names who speaks, read around a speech verb: before it ('…," the mayor of Braga
said'), after it ('said Ana Ruiz, the mayor'), or opening the clause ('Ana Ruiz, the mayor, told …'),
with the asides, titles and places that stand between. Pure readers of the masked text (``m``), used as a
mixin by ``speakers._Doc``, which resolves the phrase to a person or a body.
"""

from __future__ import annotations

from . import patterns
from .names import (
    _ADVERBS,
    _DETS,
    _DOC_HEADS,
    _LY_NOUNS,
    _NAME_CONN,
    _ORG_PP,
    _PARTICLES,
    _STOP,
    _TIME_PREPS,
    _TITLE_MODS,
    _TITLE_NOUNS,
    _TOKEN,
    AGE_NOUN,
    _agentive,
    _base,
    _cap,
    _is_poss,
    _named_doc,
    _np_back,
    _owned_doc,
    _place_object,
    _the_doc,
    _the_document,
    _valid_head,
    as_leader,
    org_pp_head,
)
from .places import lookup
from .textutil import WEEKDAYS

# how a text gives a described speaker's name: 'a man identified as …', 'a woman who gave her name only as …',
# 'the woman, who asked to be identified only by her family name, …' (quotes.py reads it after a quote too)
NAME_GIVEN = (
    r"(?:identified[^\S\n]+(?:only[^\S\n]+)?as|named|called|who[^\S\n]+gave[^\S\n]+(?:his|her|their)[^\S\n]+"
    r"(?:first[^\S\n]+|full[^\S\n]+)?name[^\S\n]+(?:only[^\S\n]+)?as"
    r"|who[^\S\n]+(?:asked|wished|wanted|agreed)[^\S\n]+to[^\S\n]+be[^\S\n]+(?:identified|named)[^\S\n]+"
    r"(?:only[^\S\n]+)?(?:as|by[^\S\n]+(?:his|her|their)[^\S\n]+(?:first|family|last|given)[^\S\n]+name,?))"
)
_OFFICE_REACH = 12  # tokens back from a comma to the title noun of an office in capitals

# Capitalised words that open an adverbial clause or phrase, never a subject ('After Hamas replied, the envoy …').
_CLAUSE_OPENERS = frozenset(
    """in on at as if when while after before since although though despite instead however
    meanwhile earlier later even asked according during under over about against
    between among through without within amid following including like unlike per via from to for of by with
    into upon once until unless whether just only because given considering regarding""".split()
)
# Words that link a sentence to the one before without opening a clause: the subject comes right after them.
_LINKERS = frozenset("and but or then so yet still now also".split())
# those who speak for someone named after 'for' ('a lawyer for Tom Hale said'), whom the phrase is about, not that one
COUNSEL = frozenset("lawyer attorney counsel solicitor barrister publicist".split())
_COUNSEL_PASS = frozenset({"for", "of", "the", "and"})  # small words the one spoken for may hold
_COUNSEL_REACH = 12  # words from 'for' to the verb: 'Lawyers for Tom Hale and the estate of Ana Ruiz'


def _counsel_for(toks: list[str]) -> list[str]:
    """The noun phrase 'a lawyer for <whom>' ending the tokens, the whom plain words (no comma, no clause)."""
    for j in range(len(toks) - 2, max(0, len(toks) - _COUNSEL_REACH) - 1, -1):
        t = toks[j]
        if not t[0].isalnum() or (t.lower() in _STOP and t.lower() not in _NAME_CONN and t not in _COUNSEL_PASS):
            return []
        if t == "for" and j > 0 and _base(toks[j - 1].lower()).removesuffix("s") in COUNSEL and _cap(toks[j + 1]):
            head = _np_back(toks[:j])
            return [*head, *toks[j:]] if head else []
    return []


# offices whose holder a text names by the body they lead or speak for: 'the head of the agency', 'the chief of
# the army', 'the Chief Spokesperson for the Ministry'
_OFFICES_OF = frozenset("""head chief leader director chairman chairwoman chair president secretary spokesperson
    spokesman spokeswoman""".split())
# participles that set off who stood with a speaker ('joined by ...'), however long the list of them
_COMPANY = frozenset("joined flanked accompanied surrounded backed".split())
# words that open an aside between a subject and its verb ('Ana Ruiz, during a visit to Lima, Peru, said')
_ADVERBIAL_OPENERS = frozenset("during in at on after before while when since speaking addressing writing".split())
# prepositions whose object is no subject ('a source speaking to Fox News said': the source)
_OBJ_PREPS = frozenset("""to with for of in at from on by about into toward towards against via through alongside
beside besides among""".split())
# a statement owned by a name, a phrase that places it after, then the verb: 'Ruiz's statement on a channel close to
# the president said' is Ruiz's word, not the president's (the phrase after it has no comma, quote or verb of its own)
_OWNED_STATEMENT = patterns.compile(
    r"(?<![\p{L}’'-])(?P<name>\p{Lu}[\p{L}’'-]+(?:[ ]\p{Lu}[\p{L}’'-]+){0,2})['’]s[ ]+(?:\p{Ll}+[ ]+)?"
    r"(?:statement|post|message|letter|tweet|communiqu[eé]|announcement)[ ]+(?:on|in|to|from|posted|published|issued)"
    r"[ ][^,;:\"“”.!?\n]*?[ ]*$")
# the name a described speaker gave, at the end of the words before the speech verb
_GAVE_NAME = patterns.compile(r"\b" + NAME_GIVEN + r"[ ]+(\p{Lu}[\p{L}’'-]*(?:[ ]+\p{Lu}[\p{L}’'-]*){0,2})$")
# what ends a dateline's place in capitals ('WASHINGTON, May 3 —'): the clause it opens has no subject yet
_DATELINE_END = patterns.compile(r"[ ]?(?:,|—|–|-|\()")
# a capitalised word next, maybe after a second particle: a name particle ('da' of 'Duarte da Rocha', 'de la') goes on
_CAP_NEXT = patterns.compile(r"[ ](?:(?:" + "|".join(sorted(_PARTICLES)) + r")[ ])?\p{Lu}")
# Relative pronouns: 'a witness who survived the collapse in Mandalay said' is the witness speaking.
_RELATIVE = frozenset("who whose".split())
# auxiliaries between a subject and its speech verb ('Netanyahu has said'): the subject is before them
_AUXILIARIES = frozenset("has have had would will could should may might must did does do".split())
# an unnamed source described by what it knows ('a source familiar with the talks said'): the source
_POSTMOD = patterns.compile(
    r"(?:^|[ ])((?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Tt]he)(?:[ ][\p{L}\-]+){0,2}?[ ]"
    r"(?:sources?|officials?|diplomats?|persons?|people|insiders?|negotiators?|aides?))[ ]"
    r"(?:familiar[ ]with|close[ ]to|briefed[ ]on|with[ ]knowledge[ ]of|involved[ ]in|privy[ ]to|knowledgeable[ ]about)"
    r"(?:[ ][\p{L}’'\-]+){1,5}$"
)
# a name set off by commas after a clause-opening description ('His counterpart, Ali Asadov, was quoted')
_INITIAL_APPOS = patterns.compile(r",[ ]((?:\p{Lu}[\p{L}\p{M}’'.\-]*[ ]){1,3}\p{Lu}[\p{L}\p{M}’'\-]*),")


def _title_of(toks: list[str]) -> bool:
    """Whether tokens end in a title of a named place or body: 'the deputy mayor of Portovale', so a name
    set off by commas after them is the title holder's ('…, Anan Merid, told')."""
    of = next((j for j in range(len(toks) - 2, max(len(toks) - 6, 0), -1) if toks[j] == "of"), -1)
    return of > 0 and toks[of - 1].islower() and _base(toks[of - 1]) in _TITLE_NOUNS and _cap(toks[-1])


def _office(toks: list[str]) -> bool:
    """Whether tokens end in an office named in capitals, opened by an article or an owner: 'The Special
    Adviser to the Governor on Public Works', 'Norway's acting Prime Minister', so a name set off by
    commas after them is the office holder's, not a name that the office's last word ends."""
    for j in range(len(toks) - 1, max(-1, len(toks) - _OFFICE_REACH), -1):
        if toks[j] == ",":
            return False
        if _base(toks[j].lower()) in _TITLE_NOUNS \
                and any(t.lower() in _DETS or _is_poss(t) for t in toks[max(0, j - 3) : j]):
            return True
    return False


def _org_with_pp(toks: list[str], n: int) -> list[str]:
    """The body before the last ``n`` tokens and the phrases that say what it is for ('the commission for
    prisoners of war', two phrases at most), or [] if the words before are no body."""
    ext, k = toks[len(toks) - n :], len(toks) - n - 1
    for _ in range(2):
        if k < 1 or toks[k] not in _ORG_PP:
            break
        head = _np_back(toks[:k])
        if not head:
            break
        ext = [*head, toks[k], *ext]
        if org_pp_head(ext):
            return ext
        k -= len(head) + 1
    return []


# words that open a time phrase after an inverted verb's subject, never a part of it
_TIME_AFTER_SUBJECT = frozenset("this last next yesterday today tonight earlier later".split())


# words after a comma that open a clause of its own, whose subject the speech verb may have instead
_CLAUSE_AFTER_COMMA = frozenset("where when which while as because although though and but whose".split())


def _opening_name(toks: list[str], commas: list[int]) -> list[str]:
    """A name that opens the sentence, set off by an apposition ('a', 'an', 'the'), whose verb comes after a later
    comma: 'Ana Ruiz, a former judge who served in Braga, Portugal, before taking the post, said' is Ruiz, not
    the place the apposition ends on. None where a clause of its own follows a comma ('…, where the mayor said')."""
    c0 = commas[0]
    if toks[c0 + 1].lower() not in ("a", "an", "the") or any(toks[c + 1].lower() in _CLAUSE_AFTER_COMMA
                                                                for c in commas):
        return []
    np = _np_back(toks[:c0])
    if len(np) < 2 or not _cap(np[-1]) or not all(_cap(t) or t in ("of", "the") for t in toks[:c0]):
        return []  # ('US Secretary of Transportation Ana Ruiz': the whole run before the comma is the name's)
    return np


def _name_after_office(office: list[str], seg: list[str]) -> bool:
    """Whether ``seg``, set off by commas after ``office``, is the name of whoever holds it: an office in capitals
    that names its title ('Relief Commissioner', 'Secretary of Disaster Relief', as Indian English writes one
    without 'of': 'Secretary Disaster Relief'), then a name of two to four capitalised words."""
    return 2 <= len(seg) <= NAME_AFTER_OFFICE_WORDS and all(_cap(t) for t in seg) and bool(office) \
        and _cap(office[0]) and all(_cap(t) or t in ("of", "for", "and", "the") for t in office) \
        and any(_cap(t) and _base(t.lower()) in _TITLE_NOUNS for t in office)


NAME_AFTER_OFFICE_WORDS = 4  # "Ana Maria Costa Ruiz": the longest name read after an office


def _without_aside(toks: list[str]) -> list[str]:
    """``toks`` without the short parenthesis that closes them: a party, a state or an acronym set after a name
    ('Rep. Jane Doe (D-Md.)', 'the Harbour Workers Front (HWF)') is no part of the phrase before it."""
    if toks[-1:] != [")"] or "(" not in toks[-8:-1]:
        return toks
    return toks[: len(toks) - 1 - toks[-2::-1].index("(") - 1]


class _Phrases:
    """Noun phrases around a speech verb in the masked text ``m``."""

    m: str

    # subjects of speech verbs
    @staticmethod
    def _unclosed_apposition(toks: list[str]) -> list[str] | None:
        """The name an apposition describes when the comma that should close it is missing: 'Ana Ruiz, a
        former minister and leader of the Green party said' (the party is no subject: its leader is)."""
        k = next((j for j in range(len(toks) - 1, max(len(toks) - 20, 0), -1) if toks[j] == ","), -1)
        seg = toks[k + 1 :]
        # 'a former minister … of', or a capitalised title: 'Marta Lind, Chief Harbour Engineer for the basin said'
        prep = next((t for t in seg if t in ("of", "for")), "")
        titled = bool(prep) and all(_cap(t) for t in seg[: seg.index(prep)])
        if k <= 0 or len(seg) < 4 or not prep or (seg[0].lower() not in ("a", "an", "the") and not titled):
            return None
        head = seg[seg.index(prep) - 1]
        named = _np_back(toks[:k])
        if (head.islower() or titled) and _agentive(_base(head)) and named and all(_cap(t) for t in named) \
                and len(named) < 5:
            return named
        return None

    def np_before(self, lo: int, hi: int) -> tuple[list[str], str]:
        """The noun phrase ending at ``hi`` (adverbs and comma-set appositions skipped) and the token before it."""
        if (owned := _OWNED_STATEMENT.search(self.m, max(lo, hi - 160), hi)) is not None:
            return owned["name"].split(), ""
        toks = _TOKEN.findall(self.m, max(lo, hi - 240), hi)
        if toks[-1:] == [")"]:
            toks = _without_aside(toks)  # 'Rep. Jane Doe (D-Md.) said': the party is no subject
        elif toks[-2:] == [")", ","]:
            toks = [*_without_aside(toks[:-1]), ","]
        while len(toks) > 1 and toks[-1] in _AUXILIARIES:
            toks.pop()  # 'Netanyahu has said', 'the envoy had told': the subject is before the auxiliary
        for _ in range(3):
            while toks and (toks[-1].lower() in _ADVERBS or toks[-1].lower().rstrip(".") in _ADVERBS
                            or (toks[-1].endswith("ly") and toks[-1].islower() and toks[-1] not in _LY_NOUNS)) \
                    and not (toks[-1] == "Today" and len(toks) > 1 and _cap(toks[-2])):  # 'USA Today', a title
                toks.pop()
                if toks and toks[-1].lower() in _TIME_PREPS:
                    toks.pop()
            if not toks or toks[-1] != ",":
                break
            commas = [j for j in range(max(0, len(toks) - 40), len(toks) - 1) if toks[j] == ","]
            if not commas:
                return [], ","
            if hi - 240 <= lo and (opener := _opening_name(toks, commas)):
                return opener, ""
            rel = next((c for c in commas if toks[c + 1] in _RELATIVE), -1)
            if rel > 0 and not any(t in ("and", "but") for t in toks[rel:]):
                cut = rel - 2 if rel >= 2 and toks[rel - 1].isdigit() and toks[rel - 2] == "," else rel
                head = _np_back(_without_aside(toks[:cut]))  # 'Ana Ruiz, who spoke from the capital, Lima,
                # said': Ana Ruiz (and 'Ana Ruiz, 34, who was in Braga, ...': her age is no head)
                rel = cut
                if head and _valid_head(head):
                    return head, toks[rel - len(head) - 1] if rel > len(head) else ""
            aside = next((c for c in commas[::-1][:2] if toks[c + 1].lower() in _ADVERBIAL_OPENERS), -1)
            if aside < 0:  # 'Ana Ruiz, joined by state police, officers, and the mayor, said': the list is company
                aside = next((c for c in commas if toks[c + 1].lower() in _COMPANY and toks[c + 2:c + 3] == ["by"]), -1)
            if aside > 0:  # 'Ana Ruiz, during a visit to Lima, Peru, said': skip the aside
                toks = toks[:aside]
                break
            k = commas[-1]
            cand = _np_back(_without_aside(toks[:k]))
            seg = toks[k + 1 : -1]
            if _name_after_office(toks[commas[-2] + 1 if len(commas) > 1 else 0 : k], seg) \
                    and lookup(" ".join(seg)) is None:
                return seg, ""  # 'Secretary Disaster Relief, Arun Rao, said': the one who holds the office
            named_cand = cand and _cap(cand[-1]) and not _title_of(toks[:k]) and not _office(toks[:k]) \
                and not (k > len(cand) and toks[k - len(cand) - 1].lower() in _OBJ_PREPS)  # not 'Speaking to AFP,'
            if seg and _np_back(seg) == seg and _cap(seg[-1]) and not named_cand and lookup(" ".join(seg)) is None:
                return seg, ""  # 'The head of the agency, Mike Ryan, said' (not 'a nurse in the capital, Lima, said')
            who = seg.index("who") if "who" in seg[2:5] else 0
            if who and all(_cap(t) for t in seg[:who]) and not named_cand and lookup(" ".join(seg[:who])) is None:
                return seg[:who], ""  # 'Another lawyer, Ana Ruiz who represents the families, said': Ruiz, the
                # comma that should close her name missing
            if cand and _place_object(toks[:k], len(cand), city=True) >= 0:
                toks = toks[:k]  # 'a rescuer from Mandalay, the second city, said': look before the place
                break
            if cand and _valid_head(cand):
                return cand, ""
            toks = toks[: k + 1]
        np = _np_back(toks)
        prev = toks[-len(np) - 1] if len(toks) > len(np) else ""
        given = _GAVE_NAME.search(" ".join(toks[-16:])) if np and "as" in toks[-6:] else None
        if given:  # 'a witness who gave her name only as Rosa Maria told reporters': the name given
            return given.group(1).split(), ""
        rel = -1 if "who" not in toks and "whose" not in toks else next(
            (j for j in range(len(toks) - 1, max(len(toks) - 16, -1), -1) if toks[j] in _RELATIVE), -1)
        if (rel > 0 and (len(np) < len(toks) - rel - 1 or not np or not _valid_head(np))
                and not any(t in (",", "and", "but") for t in toks[rel:])):
            head = _np_back(toks[:rel])  # 'a witness who survived the collapse of the mosque described'
            if head and _valid_head(head):
                return head, toks[rel - len(head) - 1] if rel > len(head) else ""
        counsel = _counsel_for(toks) if np else []
        if counsel:  # 'Lawyers for Tom Hale and the estate of Ana Ruiz said': the lawyers, not whom they speak for
            return counsel, toks[-len(counsel) - 1] if len(toks) > len(counsel) else ""
        office = _np_back(toks[: -len(np) - 1]) if np and prev in ("of", "for") and len(toks) > len(np) + 1 else []
        if office and _base(office[-1].lower()) in _OFFICES_OF and all(_cap(t) for t in office[1:]):
            # 'the Chief Spokesperson for the Ministry of Health said': an office in capitals (whose holder the text
            # may have named), not the ministry; 'a spokesman for the fire service' stays the service's voice
            full = [*office, prev, *np]
            return full, toks[-len(full) - 1] if len(toks) > len(full) else ""
        body = _org_with_pp(toks, len(np)) if prev in _ORG_PP else []
        if body:  # "Valdora's state commission for prisoners of war said": the commission
            return body, toks[-len(body) - 1] if len(toks) > len(body) else ""
        named = self._unclosed_apposition(toks) if prev in ("of", "for") else None
        if named:  # 'Ana Ruiz, a former minister and leader of the Green party said': Ana Ruiz
            return named, ""
        n = len(np)
        if np and prev in _OBJ_PREPS and len(toks) > n + 2 and toks[-n - 2].endswith("ing") and toks[-n - 2].islower():
            head = _np_back(toks[: -n - 2])  # 'a source speaking to Fox News said': the source
            if head and _valid_head(head):
                return head, toks[-n - 3 - len(head)] if len(toks) > n + 2 + len(head) else ""
        at = _place_object(toks, len(np)) if np else -1
        if at >= 0:  # 'the water ministry in Basra said', 'a rescue official from Mandalay told'
            rest = toks[:at]
            head = _np_back(rest)
            if head and head[-1][0].islower() and _agentive(_base(head[-1])):
                np = head
                prev = rest[-len(head) - 1] if len(rest) > len(head) else ""
                named = _np_back(rest[: -len(head) - 1]) if prev == "," else []
                if named and _cap(named[-1]) and len(named) < 5:  # 'Dean Okafor, a salesman from Lima, says'
                    return named, ""
            elif rest[-1:] == [","] and (named := _np_back(rest[:-1])) and _cap(named[-1]) and _valid_head(named):
                return named, ""  # 'rescuer Dean Okafor, from Lima said': the place set off is where he is from
        elif np and not _valid_head(np):  # 'a source familiar with the talks said'
            pm = _POSTMOD.search(" ".join(toks[-12:]))
            if pm:
                return pm.group(1).split(), ""
        return (np if np and (_valid_head(np) or _owned_doc(np) or _the_doc(np) or _named_doc(np)) else []), prev

    def np_after(self, lo: int, hi: int) -> list[str]:
        """The noun phrase after an inverted speech verb ('said the senator', 'says a source close to the
        talks'), up to a word that opens another phrase."""
        toks: list[str] = []
        for t in _TOKEN.findall(self.m, lo, min(hi, lo + 160)):
            if toks and t in ("from", "by") and _base(toks[-1].lower()) in _DOC_HEADS:
                toks = []  # 'according to a statement from the coalition': its author
                continue
            if not t[0].isalnum() or (t in _STOP and not (t in _NAME_CONN and toks)):
                break
            if toks and (t in WEEKDAYS or t.lower() in _TIME_AFTER_SUBJECT):
                break  # 'said the senator this morning', 'said the mayor Tuesday': when, not who
            toks.append(t)
            if len(toks) >= 8:
                break
        if (leader := as_leader(toks)) != toks:
            return leader  # 'according to the Valdoran head of state': its leader
        while toks and (toks[-1].lower() in _NAME_CONN or not (_valid_head(toks) or _named_doc(toks)
                                                               or _the_document(toks))):
            toks.pop()  # 'says a source involved in the talks': the source
        if toks and toks[-1][-1:] == "." and _base(toks[-1]) != toks[-1]:
            toks[-1] = _base(toks[-1])  # '…," said the fire service.': the sentence's stop, not the name's
        return toks

    def _of_body(self, lo: int, hi: int) -> list[str]:
        """The body after an office's 'of' ('the head of the state election agency'), up to the clause's verb."""
        out: list[str] = []
        for tm in _TOKEN.finditer(self.m, lo, min(hi, lo + 80)):
            t = tm.group()
            if (not t[0].isalnum() and not _is_poss(t)) or t.lower() in _STOP:
                break
            if out and out[-1][0].isupper() and t[0].islower() and t not in _PARTICLES:
                break  # 'Secretary of State Ana Ruiz congratulated': the name ends where its verb begins (the
                # small words inside a name, 'of', 'and', are stop words, which end it above)
            out.append(t)
        return out if out and out[-1].lower() not in _DETS else []

    def np_initial(self, lo: int, hi: int) -> list[str]:
        """The noun phrase opening ``[lo, hi)``: a clause's subject ('' when the clause opens with 'After', 'In')."""
        toks: list[str] = []
        for tm in _TOKEN.finditer(self.m, lo, min(hi, lo + 160)):
            t = tm.group()
            low = t.lower()
            if not toks and low in _LINKERS:
                continue  # 'And then Trump went on the attack, saying': the subject follows
            if not toks and (low in _CLAUSE_OPENERS or (t.isupper() and len(t) > 2 and _DATELINE_END.match(
                    self.m, tm.end()))):
                return []  # a fronted clause, or a dateline ('WASHINGTON, May 3 —')
            ok = (t[0].isupper() or low in _TITLE_MODS or _agentive(_base(t)) or _is_poss(t)
                  or (not toks and low in _DETS) or bool(AGE_NOUN.fullmatch(low))  # 'The 58-year-old stayed'
                  or (low in _PARTICLES and toks and (toks[-1][0].isupper() or toks[-1].lower() in _PARTICLES)
                      and _CAP_NEXT.match(self.m, tm.end())))
            if not ok or (toks and low in _STOP):
                if low in ("of", "for") and len(toks) > 1 and toks[-1].lower() in _OFFICES_OF \
                        and (rest := self._of_body(tm.end(), hi)):
                    toks += [t, *rest]  # 'The head of Valdora's election agency is urging': the office, in full
                    break
                if t == "," and toks:  # 'His counterpart, Ali Asadov, was quoted as saying'
                    ap = _INITIAL_APPOS.match(self.m, tm.start(), hi)
                    if ap:
                        return ap.group(1).split()
                break
            toks.append(t)
        return toks if toks and _valid_head(toks) else []
