"""Direct quotations in news text: exact spans, who said them, and through what medium.

A quote is attributed by the cue next to it ('"…," X said' / 'X said, "…"'), by a pronoun or a
description resolved against the people and organisations the article names, or by the quote it
continues. Everything is rule-based and costs a few regex passes per article, because the whole
pipeline has to sustain about a million characters a second.

Quote interiors are masked (same length) before cues and names are looked for, so words inside a
quote never pass for a speaker and a quote's inner full stops never split the sentence around it.
``quotemarks`` finds the spans and this module their cues; ``speakers`` resolves who a cue's subject is,
with the word tables and name rules of ``names`` (underscored names shared between them stay package-internal).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

from . import patterns
from .models import Quote
from .names import (
    _ADVERBS,
    _DETS,
    _DOC_HEADS,
    _FINITE,
    _INDEFINITE,
    _INVERTIBLE,
    _LY_NOUNS,
    _ORG_HEADS,
    _PARTICIPLES,
    _PRONOUNS,
    _STOP,
    _TITLE_NOUNS,
    _TOKEN,
    _WORD,
    PAGE_LABELS,
    _agentive,
    _base,
    _cap,
    _coordinated,
    _is_headline,
    _is_poss,
    _np_back,
    _trie,
    _valid_head,
    as_leader,
    header_name,
    org_pp_head,
    person_of,
    surname,
)
from .quotemarks import DQ_MARK, MIN_WORDS, Raw, interrupted, mask, raw_quotes
from .speakers import VOICE_OF, _Doc, _Said, own_words
from .subjectnp import NAME_GIVEN
from .textutil import WEEKDAYS, paragraph_spans
from .verbsubjects import DESCRIBING

__all__ = ["MIN_WORDS", "find_quotes"]

_SPOKEN = frozenset("speech remarks address transcript".split())  # words someone spoke, given whole
_OWNER = r"(?P<owner>\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*)*)['’]s[ \t]+"  # "Hale's", "Ana Ruiz's"
# a paragraph opening with someone's document, before the paragraph that quotes it: "Hale's statement reads:"
_OWNED_DOC_OPENS = patterns.compile(rf"[\W_]*{_OWNER}(?:\p{{Ll}}+[ \t]+)?(?:{'|'.join(sorted(_DOC_HEADS))})\b")
# a paragraph that says the next ones are someone's words in full: "Below is Hale's full speech at the port."
_BELOW_OWNED = patterns.compile(
    rf"[\W_]*(?:Below|Here|Following)[ \t]+(?:is|are)[ \t]+(?:the[ \t]+)?(?:(?:full|complete)[ \t]+)?"
    rf"(?:text[ \t]+of[ \t]+)?"
    rf"{_OWNER}(?:\p{{Ll}}+[ \t]+)?"
    rf"(?:{'|'.join(sorted(_DOC_HEADS | _SPOKEN))})\b[^\n“”\"]{{0,120}}[.:][ \t]*")
_QUOTING = patterns.compile(r"^[^.;:!?“”\"]{0,60}?,[ \t]+quoting[ \t]+(?:the[ \t]+)?", regex.I)
_RELAYED = patterns.compile(r"\breport(?:ed|s)\b")  # '…," the AP reported': relayed, not said
# what may stand before a quote that opens its sentence: dashes, a bracket, or a page's label ('Quote: "…"')
_LABEL_LEAD = patterns.compile(rf"[ \t—–\-(]*(?:(?i:{'|'.join(sorted(PAGE_LABELS))})[ \t]*:[ \t]*)?")


_HEADLINE_CUE = patterns.compile(r"\s*([^:\n]{2,60}?)\s*:\s*")
_SENT_PUNCT = patterns.compile(r"[,.;!?]")
_BLANK_RUN = patterns.compile(r"[^\S\n]{4,}")
_CUE_TOK = patterns.compile(r"[\p{L}\p{M}\d][\p{L}\p{M}\d’'.\-]*|[^\s\p{L}\d]")
_CUE_PREPS = frozenset("in on at to during via through from after before late early".split())
_REPORTED = patterns.compile(  # 'said [that] the government' between two speech verbs
    r"[^\S\n]+(?:that[^\S\n]+)?(?:the[^\S\n]+)?\p{Ll}[\p{L}’'\-]*(?:[^\S\n]+\p{Ll}[\p{L}’'\-]*){0,3}[^\S\n]+"
)
_CLOSE_LEAD = r"[^\S\n]*[,.!?]?[^\S\n]*"  # what may follow a closing mark before its cue: '…," ', '…". '
_HEAD_COLON = patterns.compile(_CLOSE_LEAD + r":[^\S\n]*(?=\p{Lu})")
_HEADLINE_MAX = 200  # characters: a one-line headline or dek, where '“…”: Name' names who said it
# '…," the Daily Courier quoted Anna Velt, a rain scientist': the one quoted speaks, not the outlet quoting
_VERB_NEXT = patterns.compile(r"[ ]+\p{Ll}")  # a word after a pronoun: it is a clause's subject ('said he would')
# ('…," the agency cited / Reuters reported one resident as saying'; not '…," Reuters reported on Friday')
_QUOTED_BY = patterns.compile(_CLOSE_LEAD + r"(?:[\p{L}\p{M}’'.\-]+[^\S\n]+){1,5}?"
                              r"(?P<verb>quoted|(?:cited|reported)(?=[^\n\"“”]{1,80}?[ ]as[ ]saying\b))[^\S\n]+")
# '…," a man identified as Karim Jalali told the agency', '…," a woman who gave her name as Ana Ruiz said',
# '…," said the woman, who asked to be identified only by her family name, Lindqvist':
# the name a description is given is the speaker, not the description nor whoever spoke before
_NAMED_AS = patterns.compile(
    _CLOSE_LEAD + r"(?:(?P<verb>said|says|added|told)[^\S\n]+)?(?i:an?|the|one)[^\S\n]+(?:[\p{L}-]+,?[^\S\n]+){0,3}?"
    + NAME_GIVEN + r"[^\S\n]+(?=\p{Lu})"
)
# a document read after a quote, and whom it came from: '…," read a statement released on Monday from', '…,"
# reads a letter signed by'
_DOC = "(?:" + _trie(sorted(_DOC_HEADS)) + ")"  # the documents a text says someone issued (names.py)
_ISSUED_WORDS = frozenset("issued released posted published sent signed".split())  # of a document, after it
_READ_FROM = patterns.compile(
    rf"[^\S\n]*[,.!?]?[^\S\n]*(?:read|reads)[ ]+(?:a|an|the)[ ]+(?:[\w-]+[ ]+){{0,2}}?{_DOC}"
    rf"(?:[ ]+(?:{'|'.join(sorted(_ISSUED_WORDS))})(?:[ ]+(?:on|late|early)(?:[ ]+\p{{L}}+){{1,2}})?)?"
    r"[ ]+(?:from|by)[ ]")
# the owner of the account a document was posted on: "A post on Ana Ruiz's X account, ..., said"
_ACCOUNT_OWNER = patterns.compile(
    rf"(?r)\b{_DOC}s?[ ]+(?:on|from)[ ]+(?:the[ ]+)?"
    r"(\p{Lu}[\p{L}.-]*(?:[ ]\p{Lu}[\p{L}.-]*){0,3})['’]s?[ ]+(?:(?:official|personal)[ ]+)?(?:\p{Lu}\w*[ ]+)?"
    r"(?:account|page|feed|channel|handle)\b")
_ACCOUNT_REACH = 400  # characters back from the quote to the post it reads
_DASH_ATTR = patterns.compile(_CLOSE_LEAD + r"[—–][^\S\n]*(?=\p{L})")
# '…,”⏎said the officer Ana Ruiz': a line broken before its cue (a line never opens with a lower-case 'said')
_BROKEN_CUE = patterns.compile(r"[,.!?]?[^\S\n]*\n(?=(?:" + _trie(_INVERTIBLE.split()) + r"|according[ ]to)[^\S\n])")

_NP_WORD = r"[\p{L}\p{M}\d’'.\-]+(?:&[\p{Lu}\d]+)*"
_WEEKDAY = f"(?:{'|'.join(WEEKDAYS)})"
_POST = patterns.compile(  # possessive lead-in: a run of "." or "-" is not re-read once per character (quadratic)
    r"[^\S\n]*+[,.!?;:—–-]*+[^\S\n]*+(?:"
    r"(?P<inv>" + _trie(_INVERTIBLE.split()) + r"|(?i:according)[^\S\n]+to)"
    # when and where between the verb and the speaker, as translated wire copy writes it: '…," warned, Thursday,
    # July 15, Chancellor Ana Ruiz', '…," declared this Thursday in front of the assembly the mayor'
    r"(?:,?[^\S\n]+(?:(?:this|last|on)[^\S\n]+)?" + _WEEKDAY + r"(?:,[^\S\n]+\p{Lu}\p{Ll}+[^\S\n]+\d{1,2})?"
    r"(?:[^\S\n]+in[^\S\n]+front[^\S\n]+of[^\S\n]+the(?:[^\S\n]+\p{L}+){1,3}?(?=[^\S\n]+the\b))?,?)?"
    r"[^\S\n]+(?P<inp>(?:[^,.;:!?\"“”\n]|"
    r"(?<=\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Del|Gov|Lt|Col|Sgt|Capt|Rev|Maj|Adm|Amb|Supt|St|\p{Lu}))\.){1,80})"
    # twelve words: room for a relative clause ('…," a nurse who has lived here all her life said')
    r"|(?P<np>" + _NP_WORD + r"(?:[^\S\n]+" + _NP_WORD + r"){0,11}?)"
    r"(?:[^\S\n]+\([^()\n]{1,30}\))?"  # a party and state after a name: 'Rep. Jane Doe (D-Md.) said'
    # (an appositive is closed by a comma, or runs on to the verb: '…", Ana Ruiz, the officer leading it said')
    r"(?:,(?P<app>[^\"“”;\n]{1,160}?)(?:,|(?=[^\S\n]+(?:said|says|told|added)\b)))?[^\S\n]+"
    # an adverb before the verb, not a noun in -ly: '…," the family said' is said by the family
    r"(?:(?:also|later|then|earlier|again|once|further|previously|(?!(?:" + "|".join(sorted(_LY_NOUNS))
    + r")\b)\p{Ll}+ly)[^\S\n]+)?"
    # '…," he was quoted as saying by the agency', '…," she was quoted by the Tribune as saying': the one quoted
    r"(?P<verb>" + _trie(_FINITE) + r"|(?:was|were|is|are)[^\S\n]+quoted"
    r"(?:[^\S\n]+by(?:[^\S\n]+[\p{L}\p{M}’'.\-]+){1,5}?)?[^\S\n]+as[^\S\n]+saying)\b)"
)

_MEDIA = (
    ("statement", patterns.compile(r"\bstatement\b", regex.I)),
    ("social", patterns.compile(
        r"\b(?:on[ ](?:X|Twitter|Facebook|Instagram|Telegram|Truth[ ]Social|social[ ]media|Threads|Bluesky|TikTok)\b"
        r"|(?:in|on)[ ](?:a|an|his|her|their|its)[ ](?:[\w-]+[ ]){0,2}?(?:post|tweet)s?\b|posted\b|tweet(?:ed)?\b"
        r"|wrote[ ]on\b)")),
    ("briefing", patterns.compile(
        r"\b(?:(?:press|news|media)[ ](?:briefing|conference)\b|briefing\b|told[ ]reporters\b)", regex.I)),
    ("speech", patterns.compile(
        r"\b(?:speech\b|(?:televised|televized|national|in[ ]an?)[ ]address\b|address(?:ed|ing)?[ ]the[ ]nation\b)",
        regex.I)),
    ("interview", patterns.compile(
        r"\b(?:interview\b"
        r"|told[ ](?:the[ ])?(?!(?:Mr|Mrs|Ms|Dr|President|Prime|Secretary|Senator|Governor|Mayor)\b)\p{Lu}"
        r"|told[ ](?:a|an|the)[ ](?:[\w-]+[ ]){0,2}?(?:newspaper|broadcaster|radio|station|channel|outlet|network|"
        r"magazine|podcast|paper|agency|website|television)\b)")),
)



def _medium(s: str) -> str | None:
    for name, pat in _MEDIA:
        if pat.search(s):
            return name
    return None


def _cue_text(text: str, a: int, b: int) -> str:
    """The verb at ``a`` with what qualifies it: 'told the Evening Post', 'said at a news conference on Friday'."""
    toks = _CUE_TOK.finditer(text, a, min(b, a + 120))
    first = next(toks, None)
    if first is None:
        return ""
    verb, end = first.group(), first.end()
    told = verb in ("told", "telling")
    for i, t in enumerate(toks, 1):
        w = t.group()
        low = w.lower()
        if i > 8 or not w[0].isalnum() or (low in _STOP and low not in _CUE_PREPS):
            break
        if i == 1 and not (low in _CUE_PREPS or low.rstrip(".") in _ADVERBS or low in ("reporters", "journalists")
                           or (told and (w[0].isupper() or w[0].isdigit() or low in _DETS))
                           or (low == "it" and verb in ("called", "calling"))):
            break
        end = t.end()
    return text[a:end].rstrip(".")


# --- attribution ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Attr:
    said: _Said | None
    cue: str | None
    medium: str | None


def _name_after(doc: _Doc, cue: regex.Pattern[str], lo: int, hi: int, person: bool = False) -> _Attr | None:
    """The speaker named right after a cue that follows the closing mark: '…," the Daily Courier quoted Anna
    Velt' (``_QUOTED_BY``: the cue starts at its verb), '…," a man identified as Karim Jalali told …'
    (``_NAMED_AS``, with ``person``: only a capitalised name of a person, the cue starting there)."""
    m = cue.match(doc.m, lo, max(hi, lo))
    np = doc.np_after(m.end(), hi) if m else []
    if not m or not np or (person and not all(_cap(t) for t in np)):
        return None
    said = doc.resolve(np, m.end())
    if person and said is not None and said.kind == "org" and len(np) == 1 and not np[0].isupper():
        said = _Said(said.name, "person", said.pos)  # '… identified only by her family name, Lindqvist': a person
    if said is None or (person and said.kind != "person"):
        return None
    if m.group("verb"):
        at = m.start("verb")
    else:  # '… a man identified as Karim Jalali told the agency': the speech verb after the name
        k = bisect_left(doc.verb_starts, m.end())
        at = next((v0 for v0, _, _, typ in doc.verbs[k:] if typ == "fin" or v0 >= hi), hi)
        at = min(at, hi)
    return _Attr(said, _cue_text(doc.text, at, hi) or None, _medium(doc.m[at:hi]))


def _para_end(doc: _Doc, r: Raw) -> int:
    """The end of the paragraph a quote opens in."""
    return doc.paras[doc.para_index(r.start)][1]


_PLACE_WORDS = 3  # words of a place after a speaker's noun: 'officials in Rio de Janeiro' (the 'de' aside)


def _post_cue(doc: _Doc, r: Raw) -> _Attr | None:
    """A cue right after the closing mark: '…," X said' / '…," said X' / '…," according to X'."""
    if r.close_at is None:
        return None
    lo = r.close_at + 1
    _, hi = doc.sentence(r.start)
    if broken := _BROKEN_CUE.match(doc.m, lo):
        lo = broken.end()
        hi = doc.sentence(lo)[1]
    elif hi <= lo + 1 and doc.m[r.close_at - 1 : r.close_at] in ("?", "!", ","):
        # '…, who knows?” Trump told ITV': the cue's sentence; and a quote broken across lines ('“The top
        # priority,\nis to rescue people,” said Lai'), its cue after the comma that closes it
        hi = doc.sentence(min(lo + 1, len(doc.m) - 1))[1]
    m = _POST.match(doc.m, lo, max(hi, lo))
    read = _READ_FROM.match(doc.m, lo, max(hi, lo))
    if read is not None:  # '…," read a statement released on Monday from Mayor Ana Ruiz': whoever it came from
        np = doc.np_after(read.end(), hi)
        by = doc.resolve(np, read.end()) if np else None
        if by is not None and by.kind in ("person", "org"):
            return _Attr(by, None, "statement")
    named = _name_after(doc, _NAMED_AS, lo, hi, person=True)
    if named is not None:
        return named
    quoted = _name_after(doc, _QUOTED_BY, lo, hi)
    if quoted is not None and (not m or not (quoted.cue or "").startswith("quoted")):
        return quoted  # '…," Reuters reported one resident as saying': the resident, though 'Reuters reported' is a cue
    if not m:
        return _cueless(doc, r, lo, hi)
    if m.group("inv"):
        np = doc.np_after(m.start("inp"), m.end("inp"))
        if not np or (len(np) == 1 and np[0].lower() in _PRONOUNS
                      and _VERB_NEXT.match(doc.m, m.start("inp") + len(np[0]))):
            return None  # '"…" said he would appeal': the pronoun opens a reported clause, it is not inverted
        said = doc.resolve(np, m.start("inp"))
        if said is not None and np[0].lower() in DESCRIBING and (
                said.kind != "person" or ("of" in np[2:] and np[np.index("of", 2) - 1].islower())):
            # '…," said the presiding judge, Ana Ruiz', '…," said the mother of Tomas, Ana Brenner': the one named
            # after the description (not Tomas, whom it only names)
            said = doc.named_after(m.start("inp") - 1, hi) or said

        cue_start = m.start("inv")
    else:
        found = _said_before_verb(doc, r, m, hi)
        if found is None:
            return None
        said, cue_start = found
    vstart = m.start("inv") if m.group("inv") else m.start("verb")
    cue = doc.text[cue_start:vstart] + _cue_text(doc.text, vstart, hi)
    region = doc.m[cue_start:hi]
    if (quoting := _QUOTING.search(region)) is not None and (
            np := doc.np_after(cue_start + quoting.end(), hi)) and (
            source := doc.resolve(np, cue_start + quoting.end())) is not None and source.kind == "person":
        said = source  # '“…,” Tom Hale said in a statement, quoting the Most Rev. Ana Ruiz': Ruiz's words he relays
    q = DQ_MARK.search(region)
    return _Attr(said, cue, _medium(region[: q.start()] if q else region))


def _cueless(doc: _Doc, r: Raw, lo: int, hi: int) -> _Attr | None:
    """A speaker after a quote with no verb of saying: a headline's colon ('‘We will rebuild’: Mayor Ana Ruiz on
    the flood') or a dash ('"…" — Majed al-Ansari, the ministry's spokesman')."""
    h = _HEAD_COLON.match(doc.m, lo)
    plo, phi = doc.paras[doc.para_index(r.start)] if h else (0, 0)
    np = doc.np_initial(h.end(), phi) if h and phi - plo < _HEADLINE_MAX and h.end() < phi else []
    said = doc.resolve(np, h.end()) if h and np else None  # type: ignore[union-attr]
    if said is not None and said.kind == "person":  # '‘We will rebuild’: Mayor Ana Ruiz on the flood'
        return _Attr(said, None, None)
    d = _DASH_ATTR.match(doc.m, lo, max(hi, lo))
    np = doc.np_after(d.end(), hi) if d else []
    if d and len(np) == 1 and "." in d.group() and not doc.m[d.end() + len(np[0]):_para_end(doc, r)].strip(" ."):
        np = []  # '… the movement.” — AFP' closing a paragraph: the wire's credit, not who spoke
    if np and _cap(np[-1]):  # '"…" — Majed al-Ansari, the ministry's spokesman'
        return _Attr(doc.resolve(np, d.end()), None, _medium(doc.m[d.end() : hi]))  # type: ignore[union-attr]
    return None


_WHERE_FROM = frozenset({"in", "at", "from", "with", "for"})  # what a described speaker's phrase goes on with
# ... and how wire copy goes on describing an unnamed source after its noun
_SOURCE_TAILS = frozenset({"familiar", "close", "with", "briefed", "involved", "knowledgeable", "in", "at", "on"})


def _said_before_verb(doc: _Doc, r: Raw, m: regex.Match[str], hi: int) -> tuple[_Said | None, int] | None:
    """The speaker of a '…," X said' cue and where the cue starts, from the noun phrase before the verb: a name,
    a body, a document's author, a described person; None when the phrase names no speaker."""
    toks = as_leader(m.group("np").split())
    issued = next((i for i, t in enumerate(toks[1:-1], 1)
                   if t.lower() in _ISSUED_WORDS and _base(toks[i - 1].lower()) in _DOC_HEADS), 0)
    if issued:
        toks = toks[:issued]  # '…," a port authority statement issued late on Friday said': whenever it came
    np = _np_back(toks)
    if len(np) != len(toks) and (_coordinated(toks) or org_pp_head(toks) or person_of(toks)):
        # '…," the military and the security service said', '…," the commission for refugees said',
        # '…," Ana Ruiz of the agency said'
        np = toks
    rel = next((i for i, t in enumerate(toks) if t in ("who", "whose")), 0)
    if len(np) != len(toks) and rel and _np_back(toks[:rel]) == toks[:rel]:
        np = toks = toks[:rel]  # '…," a nurse who lives in Braga told AFP': the nurse
    at = next((i for i, t in enumerate(toks) if t in ("in", "from")), 0)
    if len(np) != len(toks) and at and _np_back(toks[:at]) == toks[:at] and _valid_head(toks[:at]) \
            and 0 < len(toks) - at - 1 <= _PLACE_WORDS and all(_cap(t) for t in toks[at + 1 :]):
        np = toks = toks[:at]  # '…," officials in Braga added': the officials, wherever they are
    pp = next((i for i, t in enumerate(toks) if t in _WHERE_FROM), 0)
    if len(np) != len(toks) and pp > 1 and toks[0].lower() in DESCRIBING and _cap(toks[-1]) \
            and all(t.islower() for t in toks[1:pp]) and _agentive(head := _base(toks[pp - 1].lower())) \
            and head not in _ORG_HEADS:
        np = toks = toks[:pp]  # '…," the senior lecturer in ecology at Dorval University told AAP': the lecturer,
        # not the university
    tail = next((i for i, t in enumerate(toks) if i > 1 and t.lower() in _SOURCE_TAILS), 0)
    if len(np) != len(toks) and tail and toks[0].lower() in DESCRIBING and all(t.islower() for t in toks[1:tail]) \
            and _np_back(toks[:tail]) == toks[:tail] and _valid_head(toks[:tail]) \
            and _agentive(_base(toks[tail - 1].lower())):
        np = toks = toks[:tail]  # '…," a diplomat familiar with the talks told AFP', '…," a source close to the
        # family said', '…," a senior official in Brandt's campaign said': the one described, unnamed
    if len(np) != len(toks):
        return None
    if _base(np[-1].lower()) in _DOC_HEADS and len(np) >= 2 and _base(np[-2].lower()) in _ORG_HEADS:
        said = doc.resolve(np, m.start("np"))  # '…," the Peruvian cabinet statement said': the cabinet
        cue_start = m.start("np")
    elif _base(np[-1].lower()) in _DOC_HEADS and len(np) <= 3:  # '…," the statement said': its author
        owner = next((i for i, t in enumerate(np[:-1]) if _is_poss(t)), -1)
        if owner >= 0:  # '…," CUPE's statement concludes'
            said = doc.resolve(np[: owner + 1], m.start("np"))
        elif np[0].lower() in _INDEFINITE:  # '…," a joint statement read': a document no one was said to issue
            said = _Said(" ".join(np), "unnamed", m.start("np"))
        else:  # whose account it was posted on, else whoever spoke last, else whoever the article said
            joint = "joint" in (t.lower() for t in np)  # issued it, else the document itself (a joint statement
            # is no one speaker's)
            owner_at = None if joint else _ACCOUNT_OWNER.search(doc.m, max(0, r.open_at - _ACCOUNT_REACH),
                                                                 r.open_at)
            recent = None if joint else doc.recent_subject(r.open_at)
            if recent is not None and (issuer := doc.doc_author(_base(np[-1].lower()), r.open_at)) is not None \
                    and issuer.pos > recent.pos:
                recent = issuer  # 'Harbour Police in a statement thanked the divers. "…," the statement said': the
                # body told of issuing it since the last one who spoke
            said = (doc.resolve(owner_at.group(1).split(), owner_at.start(1)) if owner_at else None) \
                or recent or doc.resolve(np, m.start("np")) \
                or _Said(" ".join(np[1:] if np[0].lower() == "the" else np), "unnamed", m.start("np"))
        cue_start = m.start("np")  # the cue and its medium include 'the statement'
    elif _valid_head(np) or person_of(np):  # '…," Ana Ruiz of the Minho region said': a place after the name
        said = doc.resolve(np, m.start("np"))
        titled = _base(np[-1].lower()) in _TITLE_NOUNS and (said is None or said.name == " ".join(np))
        if m.group("app") and (said is None or said.kind == "unnamed" or titled) \
                and (np[0].lower() in DESCRIBING or titled):
            # (or '…," Foreign Minister, Ana Ruiz, tweeted': the holder of a title no one was found to hold)
            app = _TOKEN.findall(m.group("app"))  # '…," the vessel's owner, Grace Ocean Ltd, said': the name
            named = doc.resolve(app, m.start("app")) if app and all(_cap(t) for t in app) else None
            said = named if named is not None and named.kind in ("person", "org") else said
        cue_start = m.start("np") if np[0].lower() in _PRONOUNS else m.start("verb")
    else:
        return None
    return said, cue_start


# a passive's agent named before the colon that opens the quote: the one whose words follow
_AGENT_COLON = patterns.compile(
    r"\b(?:was|were|been|is|are)[ \t]+(?:\p{Ll}+ly[ \t]+)?\p{Ll}+ed[ \t]+by[ \t]+"
    r"(?P<name>(?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,4}\p{Lu}[\p{L}'’-]+)\b[^:\n\"“”]{0,80}:[ \t]*$")


def _pre_cue(doc: _Doc, r: Raw) -> _Attr | None:
    """A speech verb earlier in the quote's sentence: 'X said, "…"', 'X said in a statement that "…"'.

    A quote opening a paragraph is also cued by a previous paragraph that ends in a colon ('X said:').
    """
    lo, _ = doc.sentence(r.start)
    hi = r.open_at
    if doc.m[lo:hi].strip() == "":
        k = doc.para_index(r.start)
        if k == 0 or doc.paras[k][0] < lo:
            return None
        plo, phi = doc.paras[k - 1]
        if not doc.m[plo:phi].rstrip().endswith(":"):
            own = _BELOW_OWNED.fullmatch(doc.m, plo, phi)  # 'Below is Hale's full speech on Monday.' ¶ "…"
            owner = doc.resolve(own["owner"].split(), plo) if own is not None else None
            return _Attr(owner, None, _medium(doc.m[plo:phi])) if owner is not None \
                and owner.kind in ("person", "org") else None
        hi = phi
        lo = doc.sentence(hi - 1)[0]
    a = bisect_left(doc.verb_starts, lo)
    b = bisect_left(doc.verb_starts, hi)
    for k in range(b - 1, a - 1, -1):
        if k > a and _REPORTED.fullmatch(doc.m, doc.verbs[k - 1][1], doc.verbs[k][0]):
            continue  # 'X said the government welcomed "…"': X's words ('X said Ana Ruiz wrote "…"' stays Ruiz's)
        if k > a and doc.verbs[k][3] == "acc" and not doc.m[doc.verbs[k - 1][1]:doc.verbs[k][0]].strip(" ,"):
            continue  # 'Hale said according to the Daily Post: "…"': the paper carried Hale's words
        said = doc.subject(k)
        if said is None:
            continue
        cue = _cue_text(doc.text, doc.verbs[k][0], hi)
        return _Attr(said, cue, _medium(doc.m[lo:hi]))
    if a == b and hi != r.open_at and (own := _OWNED_DOC_OPENS.match(doc.m, lo, hi)) is not None \
            and (owner := doc.resolve(own.group("owner").split(), lo)) is not None and owner.kind in ("person", "org"):
        return _Attr(owner, None, None)  # 'Hale's statement on the matter is as follows:' ¶ "…": Hale's words
    if (agent := _AGENT_COLON.search(doc.m, lo, hi)) is not None \
            and (said := doc.resolve(agent["name"].split(), agent.start("name"))) is not None and said.kind == "person":
        return _Attr(said, None, _medium(doc.m[lo:hi]))  # 'The plan was confirmed by Ana Ruiz to the agency: "…"'
    head = _HEADLINE_CUE.fullmatch(doc.m, lo, hi) if a == b else None  # (not 'she stayed calm, telling Reuters:')
    if head:  # 'Mayor Hale: "…"' as headlines write it
        words = head.group(1).split()
        np = words if own_words(words) else doc.np_before(lo, head.end(1))[0]  # 'His answer: "…"'
        said = doc.resolve(np, head.start(1)) if np and (_cap(np[-1]) or own_words(np)) else None
        if said is not None:  # not a page's label ('Quote: "…"'): the cue lies elsewhere
            return _Attr(said, None, None)
    return None


def _paragraph_cue(doc: _Doc, r: Raw, after: int) -> _Attr | None:
    """A speech verb earlier in the same paragraph (after the previous quote), for a quote with no cue."""
    plo = doc.paras[doc.para_index(r.start)][0]
    lo = max(plo, after)
    a = bisect_left(doc.verb_starts, lo)
    b = bisect_left(doc.verb_starts, r.open_at)
    for k in range(b - 1, a - 1, -1):
        said = doc.subject(k)
        if said is not None:
            k, said = _past_relay(doc, k, said, a)
            slo, shi = doc.sentence(doc.verbs[k][0])
            return _Attr(said, _cue_text(doc.text, doc.verbs[k][0], shi), _medium(doc.m[slo:shi]))
    return None


def _past_relay(doc: _Doc, k: int, said: _Said, first: int) -> tuple[int, _Said]:
    """'Fain told picketers the strike was about all workers, according to the Michigan Advance': the outlet
    relays what the speaker before it in the sentence said (verb ``k`` and its subject, or the earlier ones),
    a person or a body ('…,” the company said, according to the Daily Courier')."""
    if doc.verbs[k][3] != "acc" or said.kind == "person":
        return k, said
    slo = doc.sentence(doc.verbs[k][0])[0]
    for j in range(k - 1, first - 1, -1):
        if doc.verbs[j][0] < slo:
            break
        speaker = doc.subject(j)
        if speaker is not None:
            return j, speaker
    return k, said


def _previous_paragraph_cue(doc: _Doc, r: Raw) -> _Attr | None:
    """For a quote opening its paragraph with no cue, the last speaker of the paragraph before
    ('…, Hancock said “no limit.”' then a paragraph '“We’re going to stay strong …”')."""
    k = doc.para_index(r.start)
    if k == 0 or not _LABEL_LEAD.fullmatch(doc.m, doc.paras[k][0], r.open_at):
        return None
    plo, phi = doc.paras[k - 1]
    a, b = bisect_left(doc.verb_starts, plo), bisect_left(doc.verb_starts, phi)
    for j in range(b - 1, a - 1, -1):
        said = doc.subject(j)
        if said is not None:
            j, said = _past_relay(doc, j, said, a)
            slo, shi = doc.sentence(doc.verbs[j][0])
            return _Attr(said, _cue_text(doc.text, doc.verbs[j][0], shi), _medium(doc.m[slo:shi]))
    return None


def _forward_cue(doc: _Doc, r: Raw, own: bool = False) -> _Attr | None:
    """A named speaker introduced after a quote that has no cue of its own: in the rest of its sentence (only
    there when ``own``), the next sentence of its paragraph ('… considering “…”. Witkoff accused Hamas of …'),
    or — for a quote standing as a paragraph of its own — in the first sentence of the next paragraph."""
    end = r.close_at + 1 if r.close_at is not None else r.end
    k = doc.para_index(r.start)
    plo, phi = doc.paras[k]
    i = bisect_right(doc.sent_starts, end - 1)  # the sentence after the quote's own
    hi = doc.sentence(end - 1)[1] if own else doc.sents[i][1] if i < len(doc.sents) else phi
    ranges = [(end, min(hi, phi))]
    if (not own and k + 1 < len(doc.paras) and not doc.m[plo : r.open_at].strip()
            and not doc.m[end:phi].strip(" \t.,;")):
        nlo = doc.paras[k + 1][0]
        ranges.append((nlo, doc.sentence(nlo)[1]))
    for lo, hi in ranges:
        a, b = bisect_left(doc.verb_starts, lo), bisect_left(doc.verb_starts, hi)
        for j in range(a, b):
            said = doc.subject(j)
            if said is not None and (said.kind == "person" or (said.kind == "org" and doc.proper(said.name)) or (
                    # '“…” except for a boy, an envoy said': an unnamed source in a cue clause closing its sentence
                    own and lo == end and said.kind == "unnamed" and doc.np_before(lo, doc.verbs[j][0])[1] == ",")):
                slo, shi = doc.sentence(doc.verbs[j][0])
                return _Attr(said, _cue_text(doc.text, doc.verbs[j][0], shi), _medium(doc.m[slo:shi]))
    return None


def _carried(doc: _Doc, r: Raw, prev: tuple[Raw, _Attr] | None) -> _Attr | None:
    """For a quote inside a sentence that names no speaker, the speaker of the quote just before it, in this
    sentence or the one before in the paragraph, with no other speaker's cue between ('"…," Ruiz said. The old
    harbour, in her words, was "the beating heart of this town," and "every pier will be rebuilt"'): a
    reported speech goes on in fragments."""
    if prev is None or prev[1].said is None or prev[0].close_at is None:
        return None
    if doc.para_index(prev[0].start) != doc.para_index(r.start):
        return None
    lo = doc.sentence(r.start)[0]
    if prev[0].start < lo and doc.sentence(prev[0].start)[1] < doc.sentence(lo - 1)[0]:
        return None  # two sentences back: too far to carry
    between = _paragraph_cue(doc, r, prev[0].close_at)  # the previous quote's own cue, or someone else's
    if between is not None and (between.said is None or between.said.name != prev[1].said.name):
        return None
    return prev[1]


# a comma and a conjunction that open a clause with a subject of its own
_OWN_CLAUSE = patterns.compile(r",[ \t]+(?:though|although|but|while|whereas|and)[ \t]+(?=\p{Lu})")


def _subject_cue(doc: _Doc, r: Raw, kinds: tuple[str, ...]) -> _Attr | None:
    """For a quote no speech verb cues, the subject of its own sentence when it is a named person or body
    ('Ayatollah Ali Khamenei ordered an inquiry to “…”'): whose words the sentence reports."""
    lo, _ = doc.sentence(r.start)
    said = None
    for own in _OWN_CLAUSE.finditer(doc.m, lo, r.open_at) if lo < r.open_at else ():
        said = doc.clause_subject(own.end(), r.open_at)  # the last clause of its own before the quote:
        # 'Neither the mayor nor the council named the firm, though Ana Ruiz later sent her sympathy to "…"': Ruiz
    if said is None or said.kind not in kinds:
        said = doc.clause_subject(lo, r.open_at) if lo < r.open_at else None
    if said is None or said.kind not in kinds or (said.kind == "org" and not doc.proper(said.name)):
        return None
    return _Attr(said, None, None)


def _sentence_before_subject(doc: _Doc, r: Raw) -> _Attr | None:
    """For a quote that is a sentence of its own, with no cue before or after it, the named person the sentence
    before it in its paragraph is about ('Tom Hale, the fire chief, toured the ruins. "…"'): whose words a
    reader takes them to be, where that sentence quotes no one."""
    s0, _ = doc.sentence(r.open_at)
    plo = doc.paras[doc.para_index(r.open_at)][0]
    if doc.m[s0 : r.open_at].strip() or s0 <= plo:
        return None
    p0 = max(plo, doc.sentence(s0 - 1)[0])
    if DQ_MARK.search(doc.m, p0, s0):
        return None
    said = doc.clause_subject(p0, s0)
    return _Attr(said, None, None) if said is not None and said.kind == "person" else None


def _nearby_medium(doc: _Doc, r: Raw, said: _Said) -> str | None:
    """The medium named in the previous sentence of the paragraph, if it is about the same speaker."""
    lo, _ = doc.sentence(r.start)
    plo = doc.paras[doc.para_index(r.start)][0]
    if lo <= plo:
        return None
    plo2, phi = doc.sentence(lo - 1)
    prev = doc.m[max(plo, plo2) : phi]
    if said.name and said.kind != "unnamed" and surname(said.name) not in prev:
        return None
    return _medium(prev)


def _dedupe(quotes: list[Quote], words: list[list[str]]) -> list[Quote]:
    """Drop a quote that a later, longer one repeats from its first word (a dek or lede echoing the body).

    ``words``: each quote's ``_WORD`` matches. Only a quote of three words or more can be dropped. A fragment
    taken from the middle of a longer quote is the writer's own selection and stays an entry of its own.
    """
    firsts = [w[0].lower() for w in words]
    if len(set(firsts)) == len(firsts):  # the common case: no two quotes open with the same word
        return quotes
    norm = [" ".join(w).lower().replace("’", "'") for w in words]
    keep = []
    for i, n in enumerate(norm):
        dup = len(words[i]) >= 3 and any(
            firsts[j] == firsts[i] and (norm[j] == n or norm[j].startswith(n + " ")) for j in range(i + 1, len(norm))
        )
        if not dup:
            keep.append(quotes[i])
    return keep


_SMALL = frozenset("a an the of in on at to for and or but nor by with from as into over vs".split())
_TITLED = patterns.compile(r"\b(?:titled|entitled|headlined|headed)[ ,]*$", regex.I)
# Words that introduce a name, a slogan or a sign's text rather than someone's words ('protesters chanted “…”').
_NAMING = patterns.compile(
    r"\b(?:so-called|dubbed|nicknamed|motto|slogans?|chants?|chanted|chanting|banners?|placards?|signs?|posters?"
    r"|hashtags?|t-shirts?|shirts?|graffiti|stickers?)(?:[ ](?:that|which))?"
    r"(?:[ ](?:read|reads|reading|said|saying|says|bearing|with|of))?[ ,:]*$",
    regex.I,
)
_NAMING_WORDS = frozenset(
    """so-called dubbed nicknamed motto slogan slogans chant chants chanted chanting banner banners placard
    placards sign signs poster posters hashtag hashtags t-shirt t-shirts shirt shirts graffiti sticker stickers"""
    .split()
)
_NAMING_LINKS = frozenset("read reads reading said saying says bearing with of".split())  # 'a sign reading “…”'
_CUE_COLON = re.compile(  # 'X wrote on Instagram: “…”' introduces words even when they are title-cased
    r"(?<![A-Za-z_])(?:" + _trie([*_FINITE, *_PARTICIPLES]) + r")\b[^:\n\"“”]{0,40}:[ \t]*$"
)


def _is_title(words: list[str], doc: _Doc, r: Raw) -> bool:
    """A work's title, a slogan or a sign's text rather than a person's words.

    After 'chanted', 'a banner reading', 'the so-called' it is never a quote; after 'titled' or 'entitled'
    it names a work whenever it opens with a capital. Otherwise title-cased words without sentence
    punctuation name something (small words like 'a', 'of', 'in' do not count against title case) —
    unless a speech verb and a colon introduce them, or they stand in a headline, where every word is
    capitalised anyway.
    """
    text = doc.text
    last = doc.m[max(0, r.open_at - 14) : r.open_at].rstrip(" ,:").rsplit(" ", 1)[-1].lower()
    before = doc.m[max(0, r.open_at - 40) : r.open_at] if last in _NAMING_WORDS or last in _NAMING_LINKS else ""
    if before and _NAMING.search(before):
        return True
    if _SENT_PUNCT.search(text, r.start, r.end - (text[r.end - 1] == ",")):  # '“A Generation at Risk,”'
        return False
    if words[0][0].isupper() and _TITLED.search(doc.m, max(0, r.open_at - 40), r.open_at):
        return True
    content = [w for w in words if w.lower() not in _SMALL]
    if not content or sum(w[0].isupper() for w in content) < 0.75 * len(content):
        return False
    plo, phi = doc.paras[doc.para_index(r.start)]
    return not (_is_headline(text, plo, phi) or _CUE_COLON.search(doc.m, max(0, r.open_at - 80), r.open_at))


def _header_cue(doc: _Doc, r: Raw) -> _Attr | None:
    """The speaker a capitals line right above names, where the quote opens its paragraph with no cue: a wire
    round-up of reactions ("GERMAN CHANCELLOR ANA RUIZ", then her words)."""
    i = doc.para_index(r.start)
    if i == 0 or doc.text[doc.paras[i][0]:r.open_at].strip():
        return None
    name = header_name(doc.text[slice(*doc.paras[i - 1])])
    return _Attr(_Said(name, "person", doc.paras[i - 1][0]), None, None) if name else None


def find_quotes(text: str) -> list[Quote]:
    """Every direct quote of at least ``MIN_WORDS`` words, with speaker, cue and medium, sorted by start."""
    paras = paragraph_spans(text)
    raws = [r for r in raw_quotes(text, paras) if not _BLANK_RUN.search(text, r.start, r.end)]
    raw_words = [_WORD.findall(text, r.start, r.end) for r in raws]
    if not any(len(w) >= MIN_WORDS for w in raw_words):
        return []
    doc = _Doc(text, mask(text, raws), paras)
    out: list[Quote] = []
    out_words: list[list[str]] = []
    prev: tuple[Raw, _Attr] | None = None
    for r, words in zip(raws, raw_words, strict=True):
        if len(words) < MIN_WORDS and not (len(words) >= 2 and r.close_at and interrupted(text, r.close_at + 1)):
            continue
        if _is_title(words, doc, r):
            continue
        attr = _post_cue(doc, r)
        if attr is None or (attr.cue and _RELAYED.search(attr.cue)):
            pre = _pre_cue(doc, r)
            if pre is None and attr is not None:  # 'Ana Ruiz ordered crews to "…," state TV reported': hers; 'The
                # council called the plan "…," Reuters reported': the council's
                pre = _subject_cue(doc, r, ("person", "org"))
            if attr is None or (pre is not None and pre.said is not None):
                attr = pre  # or, after 'X said, "…," the AP reported', X's words the agency relays
        if attr is None and _LABEL_LEAD.fullmatch(doc.m, doc.sentence(r.start)[0], r.open_at):
            if prev is None:
                attr = _paragraph_cue(doc, r, 0)
            else:  # a cue since the previous quote, else that quote's (unless it runs on into this one)
                if prev[0].close_at is not None:
                    attr = _paragraph_cue(doc, r, prev[0].close_at)
                if attr is None:  # a speaker named after it in its own sentence, however long the description
                    attr = _forward_cue(doc, r, own=True)
                if attr is None and doc.para_index(r.start) - doc.para_index(prev[0].start) <= 1:
                    attr = prev[1]
            if attr is None:
                attr = _forward_cue(doc, r, own=True) or _previous_paragraph_cue(doc, r)
        if (attr is None or attr.said is None) and (head := _header_cue(doc, r)) is not None:
            attr = head
        if attr is None or attr.said is None:
            attr = (_forward_cue(doc, r, own=True) or _subject_cue(doc, r, ("person",)) or _carried(doc, r, prev)
                    or _forward_cue(doc, r) or _subject_cue(doc, r, ("org",)) or _sentence_before_subject(doc, r)
                    or attr or _Attr(None, None, None))
        said = attr.said
        if said is not None and attr.medium is None:
            attr = _Attr(said, attr.cue, _nearby_medium(doc, r, said))
        if said is not None:
            voice = VOICE_OF.search(doc.m, max(0, said.pos - 90), said.pos) if said.kind == "org" else None
            doc.said.append(_Said(said.name, said.kind, r.start, voice.group(1).lower() if voice else ""))
        s0, s1 = doc.sentence(r.start)
        out.append(Quote(
            start=r.start, end=r.end, text=text[r.start : r.end], sentence=text[s0:s1],
            quote=text[r.start : r.end], speaker=doc.canonical(said.name) if said else None, cue=attr.cue,
            medium=attr.medium,
        ))
        out_words.append(words)
        prev = (r, attr)
    return _dedupe(out, out_words)
