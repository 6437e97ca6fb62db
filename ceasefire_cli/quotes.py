"""Direct quotations in news text: exact spans, who said them, and through what medium.

A quote is attributed by the cue next to it ('"…," X said' / 'X said, "…"'), by a pronoun or a
description resolved against the people and organisations the article names, or by the quote it
continues. Everything is rule-based and costs a few regex passes per article, because the whole
pipeline has to sustain about a million characters a second.

Quote interiors are masked (same length) before cues and names are looked for, so words inside a
quote never pass for a speaker and a quote's inner full stops never split the sentence around it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import regex

from .models import Quote
from .textutil import paragraph_spans, sentence_spans_variant

__all__ = ["MIN_WORDS", "find_quotes"]

MIN_WORDS = 4  # shorter marked phrases are scare quotes ("good faith"), not statements

# --- word lists -------------------------------------------------------------------------------

_FINITE = """said says say added adds told wrote writes posted tweeted tweets warned warns stated declared
declares announced announces noted insisted insists argued argues urged urges acknowledged asked replied
continued explained explains claimed praised called described accused criticized criticised condemned
confirmed denied responded remarked cautioned vowed pledged promised admitted conceded emphasized emphasised
stressed reiterated predicted complained lamented boasted joked quipped countered maintained observed
contended demanded suggested reported proclaimed exclaimed concluded thanked hailed slammed blasted
welcomed appealed appeals pleaded""".split()
_PARTICIPLES = """saying adding telling writing posting tweeting warning stating declaring announcing noting
insisting arguing urging acknowledging asking replying explaining claiming praising calling describing
accusing criticizing criticising condemning confirming denying responding stressing emphasizing
emphasising vowing pledging promising admitting reiterating predicting complaining lamenting
appealing pleading""".split()
_INVERTIBLE = "said says added asked replied continued explained wrote noted warned declared tweeted posted"

_PRONOUNS = frozenset("he she they it we i".split())
_DETS = frozenset(
    "the a an one another some several two three four five many other his her their its our this these those"
    " each any multiple numerous".split()
)
_INDEFINITE = frozenset("a an one another some several two three four five many other multiple numerous".split())
_STOP = frozenset(
    """that and but or nor with who whom whose which while as because after before when since though although
    if so then where to by for from in on at of into about than is was were are am be been being has have had
    do does did will would could should may might can must shall not no also there here what how why according
    amid during over under without within against between among through toward towards upon via per
    once until unless whether just only even still yet however meanwhile instead""".split()
) | frozenset(_FINITE) | frozenset(_PARTICIPLES) | {"issued"}
_ADVERBS = frozenset(
    """also later earlier then again once further previously repeatedly separately similarly publicly
    privately reportedly subsequently recently quickly simply immediately initially originally finally
    ultimately additionally bluntly flatly angrily firmly openly tearfully emphatically cryptically somewhat
    now still already even just only yesterday today tonight however morning evening afternoon night
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
_TIME_PREPS = frozenset("on early late last this in at".split())
_NAME_CONN = frozenset("and of for".split())

# Capitalised words that title a name rather than belong to it ("Prime Minister", "Mr.").
_TITLE_CAPS = frozenset(
    """mr mrs ms miss dr prof president vice prime minister secretary envoy special senator sen rep
    representative gov governor mayor general gen lt col colonel sgt capt captain chancellor king queen
    prince princess pope judge justice chief coach manager deputy foreign defense defence finance interior
    health state spokesperson spokesman spokeswoman director ambassador commissioner sheriff rabbi imam sheikh
    lord sir dame former acting interim speaker leader head chairman chairwoman chair ceo premier officer
    inspector detective superintendent councillor councilman councilwoman attorney adviser advisor aide
    negotiator commander admiral marshal senior assistant executive""".split()
)
# Capitalised words that open a sentence or clause but never a name.
_CAP_STOP = frozenset(
    """the a an in on at but and or as if when while after before since although though despite instead
    however meanwhile earlier later even asked still yet so also then now this that these those it he she
    they we i his her their our its my your according neither nor several many some both last next other
    another each every such there here what why how where who which during under over about against between
    among through without within amid following including like unlike per via from to for of by with into
    upon once until unless whether just only all most more less no not image photo watch read""".split()
)
# Final words that make a capitalised name an organisation (or an outlet: never a person).
_ORG_WORDS = frozenset(
    """office ministry department forum foundation fund council committee commission agency authority union
    club party army forces force police service services association organization organisation group
    institute university company corporation corp inc ltd llc court government administration movement front
    brigades brigade guard network center centre board bureau federation league cabinet parliament congress
    senate assembly secretariat team church coalition alliance campaign society trust hospital school
    command house news times post journal press channel radio tv television broadcaster herald tribune
    guardian telegraph gazette daily media""".split()
)
_PLACE_WORDS = frozenset(
    """strip bank hill east west north south city street square valley river island islands mountains county
    states province republic kingdom sea ocean gulf road avenue park airport stadium arena prize crossing
    border region coast lake bay heights peninsula district camp gate bridge tower palace hall""".split()
)
# Lower-case heads of descriptions that stand for an organisation ("the group", "the ministry").
_ORG_HEADS = frozenset(
    """group movement ministry office organization organisation union club department agency forum foundation
    council committee government administration army military police party company team federation league
    association campaign board authority service commission court bureau network coalition alliance firm
    airline charity body institute university school hospital militia faction cabinet embassy regime city
    county district utility panel jury tribunal inquiry regulator watchdog""".split()
)
_DOC_HEADS = frozenset("statement post tweet letter message communique communiqué announcement release".split())
_GENERIC_ORG_HEADS = frozenset("group movement organization organisation body militia faction".split())
_TITLE_NOUNS = frozenset(
    """envoy spokesperson spokesman spokeswoman counterpart colleague successor predecessor minister president
    secretary director mayor governor senator coach manager captain chairman chairwoman chair chief ambassador
    commissioner adviser advisor aide
    negotiator leader head journalist reporter correspondent analyst expert professor lawyer attorney judge
    officer commander general ceo founder owner executive representative lawmaker legislator councillor
    councilman councilwoman superintendent sheriff chancellor premier king queen prince pope official source
    diplomat economist researcher scientist doctor physician nurse forecaster meteorologist striker
    midfielder goalkeeper defender player teacher principal organizer organiser activist candidate nominee
    treasurer administrator inspector investigator prosecutor firefighter witness survivor resident mother
    father son daughter wife husband brother sister deputy clerk engineer author editor producer actor
    singer person people member militant protester demonstrator student worker fan citizen victim relative
    family families authorities""".split()
)
_TITLE_MODS = frozenset(
    """special deputy senior chief interim acting former foreign finance defense defence prime vice state press
    assistant executive general national security top vice-president associate head""".split()
)
_NOT_AGENT = frozenset(
    """other after under over never ever rather whether either neither later earlier former latter border order
    matter water number power paper letter quarter corner center minor major floor door error factor sector
    labor honor favor mirror behavior weather summer winter hunger danger anger dinner barrier answer offer
    register shelter cancer manner chapter monster""".split()
)
_GENDER = {"mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "mrs": "f", "ms": "f", "miss": "f",
           "dame": "f", "queen": "f", "princess": "f", "lady": "f"}
_PARTICLES = frozenset("al el bin ibn abu von van der den de da di du la le dos das del".split())

# --- patterns ---------------------------------------------------------------------------------

_DQ_MARK = regex.compile(r"[\"“”„«»]")
_SQ_PAIR = regex.compile(r"(?<![\p{L}\p{N}’'])[‘'](?=\p{L})[^\n‘]{2,400}?(?<=\S)[’'](?![\p{L}\p{N}])")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*")
_HEADLINE_CUE = regex.compile(r"\s*([^:\n]{2,60}?)\s*:\s*")
_SENT_PUNCT = regex.compile(r"[,.;!?]")
_BLANK_RUN = regex.compile(r"[^\S\n]{4,}")
_CUE_TOK = regex.compile(r"[\p{L}\p{M}\d][\p{L}\p{M}\d’'.\-]*|[^\s\p{L}\d]")
_CUE_PREPS = frozenset("in on at to during via through from after before late early".split())
_TOKEN = regex.compile(r"[\p{L}\p{M}\d][\p{L}\p{M}\d’'.\-]*|_+|\S")



def _trie(words: list[str]) -> str:
    """A prefix-factored alternation: much faster than a flat one over a hundred verbs."""
    tree: dict = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(c) + build(sub) for c, sub in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


_VERB = re.compile(r"(?<![A-Za-z_])(?:" + _trie([*_FINITE, *_PARTICIPLES, "according", "According", "issued"]) + r")\b")
_REPORTED = regex.compile(  # 'said [that] the government' between two speech verbs
    r"[^\S\n]+(?:that[^\S\n]+)?(?:the[^\S\n]+)?\p{Ll}[\p{L}’'\-]*(?:[^\S\n]+\p{Ll}[\p{L}’'\-]*){0,3}[^\S\n]+"
)
_DASH_ATTR = regex.compile(r"[^\S\n]*[,.!?]?[^\S\n]*[—–][^\S\n]*(?=\p{L})")
_POSTMOD = regex.compile(
    r"(?:^|[ ])((?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Tt]he)(?:[ ][\p{L}\-]+){0,2}?[ ]"
    r"(?:sources?|officials?|diplomats?|persons?|people|insiders?|negotiators?|aides?))[ ]"
    r"(?:familiar[ ]with|close[ ]to|briefed[ ]on|with[ ]knowledge[ ]of|involved[ ]in|privy[ ]to|knowledgeable[ ]about)"
    r"(?:[ ][\p{L}\-]+){1,5}$"
)
_INITIAL_APPOS = regex.compile(r",[ ]((?:\p{Lu}[\p{L}\p{M}’'.\-]*[ ]){1,3}\p{Lu}[\p{L}\p{M}’'\-]*),")
_PLACE_PREP = regex.compile(r"\b(?:in|to|from|of|against|into|across|with|and)[ ]$")
_ACCORDING_TO = regex.compile(r"\s+to\b")
_ISSUED_STATEMENT = regex.compile(r"\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?statement\b")
_PARTICIPLE_SET = frozenset(_PARTICIPLES)
_INVERTIBLE_SET = frozenset(_INVERTIBLE.split())
_CLOSERS = frozenset("”\"’'")

_NP_WORD = r"[\p{L}\p{M}\d’'.\-]+"
_POST = regex.compile(  # possessive lead-in: a run of "." or "-" is not re-read once per character (quadratic)
    r"[^\S\n]*+[,.!?;:—–-]*+[^\S\n]*+(?:"
    r"(?P<inv>" + _INVERTIBLE.replace(" ", "|") + r"|(?i:according)[^\S\n]+to)[^\S\n]+(?P<inp>(?:[^,.;:!?\"“”\n]|"
    r"(?<=\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Rev|Maj|Adm|St|\p{Lu}))\.){1,80})"
    r"|(?P<np>" + _NP_WORD + r"(?:[^\S\n]+" + _NP_WORD + r"){0,7}?)"
    r"(?:,(?P<app>[^\"“”;\n]{1,160}?),)?[^\S\n]+"
    r"(?:(?:also|later|then|earlier|again|once|further|previously|\p{Ll}+ly)[^\S\n]+)?"
    r"(?P<verb>" + "|".join(_FINITE) + r")\b)"
)

_CAP_TOK = r"(?:(?:\p{Lu}\.){2,}|(?:[ae]l-)?\p{Lu}[\p{L}\p{M}\d]*(?:[’'\-]\p{L}[\p{L}\p{M}]*)*[’']?\.?)"
_NAME = regex.compile(
    r"(?<![\p{L}\p{M}\d_])" + _CAP_TOK
    + r"(?:(?:[ ](?:of|and|for|the|al|el|bin|ibn|abu|von|van|der|den|de|da|di|du|la|le|del))*"
    + r"[ ]" + _CAP_TOK + r")*(?![\p{L}\p{M}\d_])"
)
_ABBREV = regex.compile(
    r"(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Jr|Sr|St|Rev|Hon|Maj|Adm)\."
)
_INITIAL = regex.compile(r"\p{Lu}\.")
_NONSPACE = regex.compile(r"\S+")
_PRE_TITLE = regex.compile(r"(?<![\p{L}’'\-])((?:\p{L}[\p{L}’'\-]*[ ]){0,2}\p{Ll}[\p{L}’'\-]*),?[ ]$")
_APPOS = regex.compile(r",[ ](?:the[ ]|a[ ]|an[ ])?([^,\"“”.;:()\n]{2,90}?),")
_APPOS_CUT = regex.compile(r"\s(?:and|of|who|which|whose|at|in|for|from|with|since|to|on)\s")

_MEDIA = (
    ("statement", regex.compile(r"\bstatement\b", regex.I)),
    ("social", regex.compile(
        r"\bon[ ](?:X|Twitter|Facebook|Instagram|Telegram|Truth[ ]Social|social[ ]media|Threads|Bluesky|TikTok)\b"
        r"|\b(?:in|on)[ ](?:a|an|his|her|their|its)[ ](?:[\w-]+[ ]){0,2}?(?:post|tweet)s?\b|\bposted\b|\btweet(?:ed)?\b"
        r"|\bwrote[ ]on\b")),
    ("briefing", regex.compile(r"\b(?:press|news|media)[ ](?:briefing|conference)\b|\bbriefing\b|\btold[ ]reporters\b",
                               regex.I)),
    ("speech", regex.compile(
        r"\bspeech\b|\b(?:televised|televized|national|in[ ]an?)[ ]address\b|\baddress(?:ed|ing)?[ ]the[ ]nation\b",
        regex.I)),
    ("interview", regex.compile(
        r"\binterview\b"
        r"|\btold[ ](?:the[ ])?(?!(?:Mr|Mrs|Ms|Dr|President|Prime|Secretary|Senator|Governor|Mayor)\b)\p{Lu}"
        r"|\btold[ ](?:a|an|the)[ ](?:[\w-]+[ ]){0,2}?(?:newspaper|broadcaster|radio|station|channel|outlet|network|"
        r"magazine|podcast|paper|agency|website|television)\b")),
)


@dataclass(slots=True)
class _Raw:
    """A quote span (marks excluded) before attribution, with where its marks are."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # index of the closing mark; None for a part that runs into the next paragraph


# --- quote spans ------------------------------------------------------------------------------


def _role(text: str, i: int, lo: int, hi: int) -> int:
    """+1 opening, -1 closing, 0 unusable: straight marks are read from the characters around them."""
    c = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    left = prev.isspace() or prev in "([{—–-/"
    right_space = nxt.isspace() or nxt in ",.;:!?)]}—–"
    if left and not nxt.isspace():
        return 1
    if not left and right_space:
        return -1
    if c in "“„«":
        return 1
    if c in "”»":
        return -1
    return 0 if left else -1


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _raw_quotes(text: str, paras: tuple[tuple[int, int], ...]) -> list[_Raw]:
    """Pair marks paragraph by paragraph, so an unbalanced mark never spills past its paragraph."""
    out: list[_Raw] = []
    for k, (lo, hi) in enumerate(paras):
        open_at = None
        for m in _DQ_MARK.finditer(text, lo, hi):
            i = m.start()
            r = _role(text, i, lo, hi)
            if r > 0:
                open_at = i
            elif r < 0 and open_at is not None:
                s, e = _trim(text, open_at + 1, i)
                if e > s:
                    out.append(_Raw(s, e, open_at, i))
                open_at = None
        if open_at is not None and k + 1 < len(paras):
            nlo, nhi = paras[k + 1]
            j = nlo
            while j < nhi and text[j].isspace():
                j += 1
            if j < nhi and _DQ_MARK.match(text, j) and _role(text, j, nlo, nhi) > 0:
                s, e = _trim(text, open_at + 1, hi)
                if e > s and text[e - 1] in ".!?…:;":  # a quote that runs on ends its paragraph with a stop
                    out.append(_Raw(s, e, open_at, None))
    spans = [(r.open_at, r.close_at if r.close_at is not None else r.end) for r in out]
    starts = [s for s, _ in spans]
    outer: list[tuple[int, int]] = []
    for m in _SQ_PAIR.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and spans[i][1] >= m.start():
            continue  # nested inside a double-quoted passage
        j = bisect_right(starts, m.end() - 1) - 1
        if j >= 0 and spans[j][0] > m.start() and spans[j][1] >= m.end() - 1:
            continue  # would close inside a double-quoted passage that it does not contain
        s, e = _trim(text, m.start() + 1, m.end() - 1)
        if len(_WORD.findall(text, s, e)) >= MIN_WORDS or _interrupted(text, m.end()):
            out.append(_Raw(s, e, m.start(), m.end() - 1))
            if i < j:
                outer.append((m.start(), m.end()))
    if outer:  # double marks nested in a single-quoted passage ('They call us “occupiers”') are not quotes
        out = [r for r in out if not any(a < r.open_at and (r.close_at or r.end) < b for a, b in outer)]
    out.sort(key=lambda r: r.start)
    return out


_INTERRUPT = regex.compile(
    r"[^\S\n]*[—–,]?[^\S\n]*(?:\p{L}[\p{L}\p{M}’'.\-]*[^\S\n]+){0,8}?(?:" + _INVERTIBLE.replace(" ", "|")
    + r")\b(?:[^\"“”‘’\n.;!?]|(?<=\p{L})[’'](?=\p{L})){0,120}?[,—–:][^\S\n]*[\"“‘'](?=\p{Ll})"
)


def _interrupted(text: str, after: int) -> bool:
    """A cue right after a closing mark, then the same sentence resumes in marks: '"We are," she said, "ready."'"""
    return text[after - 2 : after - 1] == "," and _INTERRUPT.match(text, after) is not None


def _mask(text: str, raws: list[_Raw]) -> str:
    """Blank quote interiors to '_' (first letter and final stop kept, so sentences still split)."""
    parts: list[str] = []
    prev = 0
    for r in raws:
        if r.start < prev:
            continue
        parts.append(text[prev : r.start])
        n = r.end - r.start
        if n <= 2:
            parts.append(text[r.start : r.end])
        else:
            last = text[r.end - 1] if text[r.end - 1] in ".!?" else "_"
            parts.append(text[r.start] + "_" * (n - 2) + last)
        prev = r.end
    parts.append(text[prev:])
    return "".join(parts)


# --- names ------------------------------------------------------------------------------------


def _base(tok: str) -> str:
    """A token without possessive ending or sentence-final full stop."""
    if tok.endswith(("’s", "'s")):
        tok = tok[:-2]
    elif tok.endswith(("’", "'")):
        tok = tok[:-1]
    if tok.endswith(".") and not _ABBREV.fullmatch(tok):
        tok = tok[:-1]
    return tok


def _is_poss(tok: str) -> bool:
    return tok.endswith(("’s", "'s", "s’", "s'"))


def _core_name(toks: list[str]) -> str:
    """Last name plus particles/initials plus one given name: 'Prime Minister X Y' still gives 'X Y'."""
    names = [_base(t) for t in toks]
    i = len(names) - 1
    while i > 0 and (names[i - 1].lower() in _PARTICLES or _INITIAL.fullmatch(names[i - 1])):
        i -= 1
    if i > 0:
        i -= 1
    return " ".join(names[i:])


@lru_cache(maxsize=1 << 16)
def _classify(toks: tuple[str, ...], the: bool = False) -> tuple[str, str, str]:
    """(kind, name, title) of a capitalised run; kind is person, org, single, title, place or ''.

    ``the``: the run follows 'the', which people's names never do ('the Red Cross').
    """
    while toks and (toks[0].lower() in _CAP_STOP or (len(toks) > 1 and toks[0].endswith("ing"))):
        the = the or toks[0] == "The"
        toks = toks[1:]
    if not toks:
        return "", "", ""
    last = _base(toks[-1]).lower()
    if (last in _ORG_WORDS and len(toks) > 1) or last in {"ministry", "office", "forum", "foundation"}:
        return "org", " ".join([*toks[:-1], _base(toks[-1])]), ""
    if len(toks) >= 3 and all(t.isupper() for t in toks):
        return "", "", ""  # a shouted headline
    cut = -1
    for i, t in enumerate(toks):
        if _base(t).lower().rstrip(".") in _TITLE_CAPS:
            cut = i
    title = " ".join(_base(t) for t in toks[: cut + 1]).lower()
    rest = toks[cut + 1 :]
    if not rest:
        return "title", "", title
    if last in _PLACE_WORDS:
        return "place", " ".join(_base(t) for t in rest), ""
    if the and cut < 0 and len(rest) >= 2:
        return "org", " ".join(_base(t) for t in rest), ""
    if cut >= 0 or (len(rest) >= 2 and not any(_base(t).isupper() and len(_base(t)) > 1 for t in rest)):
        return "person", _core_name(rest), title
    name = " ".join(_base(t) for t in rest)
    return ("single", name, "") if len(name) > 1 else ("", "", "")


@lru_cache(maxsize=1 << 16)
def _single_name(word: str) -> str | None:
    """The name a lone capitalised word stands for, or None if it names nothing ('The', 'Minister')."""
    b = _base(word)
    low = b.lower()
    return None if len(b) < 2 or low in _CAP_STOP or low in _TITLE_CAPS or low in _ORG_WORDS else b


@lru_cache(maxsize=1 << 16)
def _units(seq: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """Split a capitalised run into names, as (start, end, tokens): at 'and'/'of'/'for' and after possessives,
    unless it is an org. ``seq`` is a ``_NAME`` match, so its tokens are one space apart."""
    toks = [(m.start(), m.group()) for m in _NONSPACE.finditer(seq)]
    caps = [t for _, t in toks if t[0].isupper()]
    if caps and _base(caps[-1]).lower() in _ORG_WORDS and " and the " not in seq:
        return ((0, len(seq), tuple(t for _, t in toks)),)
    units: list[tuple[int, int, tuple[str, ...]]] = []
    cur: list[str] = []
    start = 0
    for off, t in toks:
        if t in _NAME_CONN or t == "the":
            if cur:
                units.append((start, off - 1, tuple(cur)))
            cur = []
            continue
        if not cur:
            start = off
        cur.append(t)
        if _is_poss(t):
            units.append((start, off + len(t), tuple(cur)))
            cur = []
    if cur:
        units.append((start, len(seq), tuple(cur)))
    return tuple(units)


def _title_phrase(words: list[str]) -> str:
    """The title part of a description: 'the president's special envoy' -> 'special envoy'."""
    for i in range(len(words) - 1, -1, -1):
        if _is_poss(words[i]):
            words = words[i + 1 :]
            break
    while words and words[0].lower() in _DETS:
        words = words[1:]
    return " ".join(_base(w) for w in words).lower()


def _agentive(word: str) -> bool:
    w = word.lower()
    if w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if w in _TITLE_NOUNS or w in _ORG_HEADS:
        return True
    return len(w) > 4 and w not in _NOT_AGENT and w.endswith(("er", "or", "ist", "ian", "man", "woman", "person"))


# --- per-article context ----------------------------------------------------------------------


@dataclass(slots=True)
class _Said:
    """A resolved speaker: its name (or None), whether a person/org/unnamed, and where it was found."""

    name: str | None
    kind: str
    pos: int


class _Doc:
    """Everything built once per article: masked text, sentences, names, titles, speech verbs."""

    def __init__(self, text: str, masked: str, paras: tuple[tuple[int, int], ...]) -> None:
        self.text = text
        self.m = masked
        # the mask keeps lengths, so unmasked lines reuse the cached sentences of the text
        self.sents = sentence_spans_variant(masked, text)
        self.sent_starts = [s for s, _ in self.sents]
        self.paras = paras
        self.para_starts = [s for s, _ in paras]
        self.verbs: list[tuple[int, int, str, str]] = []
        for v in _VERB.finditer(masked):
            w = v.group()
            if w in ("according", "According"):
                to = _ACCORDING_TO.match(masked, v.end())
                if to:
                    self.verbs.append((v.start(), to.end(), "according to", "acc"))
            elif w == "issued":
                if _ISSUED_STATEMENT.match(masked, v.end()):
                    self.verbs.append((v.start(), v.end(), w, "fin"))
            else:
                self.verbs.append((v.start(), v.end(), w, "part" if w in _PARTICIPLE_SET else "fin"))
        self.verb_starts = [v[0] for v in self.verbs]
        self.subjects: dict[int, _Said | None] = {}
        self.said: list[_Said] = []  # speakers already attributed, in text order
        self._names()

    # names, titles and organisations
    def _names(self) -> None:
        m = self.m
        persons: list[tuple[int, str, str]] = []  # pos, core name, key
        singles: list[tuple[int, str]] = []
        self.orgs: list[tuple[int, str]] = []
        self.titles: list[tuple[str, int, str]] = []  # title phrase, pos, key
        self.gender: dict[str, str] = {}
        self.poss: set[int] = set()  # positions of possessive mentions ("Smith's lawyer"): not subjects
        poss = self.poss
        # names never span a line, so headline paragraphs are cut out of the scan instead of tested per match
        ranges: list[tuple[int, int]] = []
        lo = 0
        for plo, phi in self.paras:
            if _is_headline(self.text, plo, phi):
                ranges.append((lo, plo))
                lo = phi
        ranges.append((lo, len(m)))
        for seq in [seq for a, b in ranges for seq in _NAME.finditer(m, a, b)]:
            g = seq.group()
            if " " not in g:  # the common case, kept cheap
                b = _single_name(g)
                if b is not None:
                    singles.append((seq.start(), b))
                    if _is_poss(g):
                        poss.add(seq.start())
                continue
            for off, off_end, toks in _units(g):
                pos = seq.start() + off
                kind, name, title = _classify(toks, m[max(0, pos - 4) : pos] in ("the ", "The "))
                if kind == "person" and not title and (toks[0] == "In" or m[max(0, pos - 3) : pos] == "in "):
                    continue  # 'in New Delhi', 'In Tel Aviv': a place, whoever it sounds like
                if kind == "person":
                    key = name.split()[-1].lower()
                    persons.append((pos, name, key))
                    if _is_poss(toks[-1]):
                        poss.add(pos)
                    sex = _GENDER.get(title.rsplit(" ", 1)[-1].rstrip(".")) if title else None
                    if sex:
                        self.gender[key] = sex
                    if title:
                        self.titles.append((title, pos, key))
                    pre = _PRE_TITLE.search(m, max(0, pos - 60), pos) if m[pos - 1 : pos] == " " else None
                    if pre:
                        words = pre.group(1).split()
                        if not _agentive(words[-1]):
                            words = []
                        kept: list[str] = []
                        for w in reversed(words):
                            low = w.lower()
                            if low in _STOP or low in _DETS or (w[0].isupper() and low not in _TITLE_MODS):
                                break
                            kept.append(w)
                        if kept:
                            self.titles.append((_title_phrase(kept[::-1]), pos, key))
                    end = seq.start() + off_end
                    ap = _APPOS.match(m, end) if m.startswith(", ", end) else None
                    if ap:
                        desc = _APPOS_CUT.split(" " + ap.group(1) + " ", maxsplit=1)[0].split()
                        if desc and _agentive(_base(desc[-1])) and not desc[-1][0].isupper():
                            self.titles.append((_title_phrase(desc), pos, key))
                elif kind == "org":
                    self.orgs.append((pos, name))
                elif kind == "single":
                    singles.append((pos, name))
        self.fullest: dict[str, str] = {}
        for _, name, key in persons:
            if len(name.split()) > len(self.fullest.get(key, "").split()):
                self.fullest[key] = name
        people = [(pos, key) for pos, _, key in persons]
        given: dict[str, str | None] = {}
        for key, name in self.fullest.items():
            parts = name.split()
            if len(parts) > 1 and parts[0][0].isupper() and not _INITIAL.fullmatch(parts[0]):
                g = parts[0].lower()
                given[g] = key if given.get(g, key) == key else None  # ambiguous given names point nowhere
        self.alias = {g: key for g, key in given.items() if key and g not in self.fullest}
        if self.alias:  # a word also used before the full name or after a preposition is a place ('Chad' of 'Chad Obi')
            first = {}
            for pos, _, key in persons:
                first.setdefault(key, pos)
            for pos, name in singles:
                g = name.lower()
                if self.alias.get(g) and (pos < first[self.alias[g]] or _PLACE_PREP.search(m, max(0, pos - 8), pos)):
                    self.alias[g] = ""
            self.alias = {g: key for g, key in self.alias.items() if key}
        for pos, name in singles:
            key = name.lower()
            key = self.alias.get(key, key)
            if key in self.fullest:
                people.append((pos, key))
            elif name.isupper() and len(name) > 1:
                self.orgs.append((pos, name))
        people.sort()
        self.singles = sorted((p, n) for p, n in singles
                              if not n.isupper() and n.lower() not in self.fullest and n.lower() not in self.alias)
        self.single_pos = [p for p, _ in self.singles]
        self.people = people
        self.people_pos = [p for p, _ in people]
        self.orgs.sort()
        self.org_pos = [p for p, _ in self.orgs]

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sent_starts, pos) - 1
        return self.sents[i] if i >= 0 else (0, len(self.m))

    def para_index(self, pos: int) -> int:
        return max(bisect_right(self.para_starts, pos) - 1, 0)

    # resolution
    def person(self, key: str) -> str:
        return self.fullest.get(key, key)

    def nearest_person(self, pos: int, pronoun: str = "") -> _Said | None:
        """Whom 'he'/'she' at ``pos`` means: the first person named (as a subject, not a possessor) earlier in
        this sentence, else in the sentence before, else the latest person named; an honorific of the other
        gender rules a person out."""
        want = {"he": "m", "she": "f"}.get(pronoun)

        def fits(key: str, sure: bool) -> bool:
            return want is None or self.gender.get(key, None if sure else want) == want

        lo, _ = self.sentence(pos)
        plo = self.sentence(lo - 1)[0] if lo > 0 else lo
        best: _Said | None = None
        for a, b in ((lo, pos), (plo, lo)):
            i, j = bisect_left(self.people_pos, a), bisect_left(self.people_pos, b)
            hits = [(p, key) for p, key in self.people[i:j] if p not in self.poss]
            hit = next((h for h in hits if fits(h[1], True)), None)
            hit = hit or next((h for h in hits if fits(h[1], False)), None)
            if hit:
                best = _Said(self.person(hit[1]), "person", hit[0])
                break
        i = bisect_left(self.people_pos, pos) - 1
        for sure in (True, False) if best is None else ():
            for j in range(i, max(i - 40, -1), -1):
                p, key = self.people[j]
                if sure and pos - p > 2000:
                    break
                if fits(key, sure):
                    best = _Said(self.person(key), "person", p)
                    break
            if best:
                break
        if best is None and i >= 0:
            best = _Said(self.person(self.people[i][1]), "person", self.people[i][0])
        if best is None:  # nobody named in full: a bare surname opening this or the previous sentence
            for a, b in ((lo, pos), (plo, lo)):
                k = bisect_left(self.single_pos, a)
                if k < len(self.singles) and self.singles[k][0] < b and self.singles[k][0] not in self.poss:
                    best = _Said(self.singles[k][1], "person", self.singles[k][0])
                    break
        for s in reversed(self.said[-8:]):
            if s.pos < pos and s.kind == "unnamed" and s.name and not s.name.endswith("s"):
                if best is None or s.pos > best.pos:
                    best = s
                break
        return best

    def nearest_org(self, head: str, pos: int) -> _Said | None:
        """The organisation a description like 'the ministry' or 'the group' points back to."""
        i = bisect_left(self.org_pos, pos) - 1
        said = self.recent_org_subject(pos, head)  # 'the national teachers' union said', then 'the union said'
        for j in range(i, max(i - 400, -1), -1):
            if head in self.orgs[j][1].lower():
                if said is None or self.orgs[j][0] > said.pos:
                    said = _Said(self.orgs[j][1], "org", self.orgs[j][0])
                break
        if said is not None:
            return said
        if head in _GENERIC_ORG_HEADS:
            return self.nearest_actor(pos)
        for p, name in self.orgs:
            if p >= pos and head in name.lower():
                return _Said(name, "org", p)
        return None

    def recent_org_subject(self, pos: int, head: str) -> _Said | None:
        """The latest organisation speaking whose name contains ``head``, among the last 12 speech verbs."""
        return self.recent_subject(pos, 12, lambda s: s.kind == "org" and bool(s.name) and head in s.name.lower())

    def nearest_actor(self, pos: int) -> _Said | None:
        """The latest organisation before ``pos``: a named org, or a one-word subject of a speech verb."""
        i = bisect_left(self.org_pos, pos) - 1
        best = _Said(self.orgs[i][1], "org", self.orgs[i][0]) if i >= 0 else None
        top = bisect_left(self.verb_starts, pos) - 1
        for k in range(top, max(top - 60, -1), -1):
            if best is not None and self.verbs[k][0] < best.pos:
                break
            s = self.subject(k)
            if s is not None and s.kind == "org":
                return s if best is None or s.pos > best.pos else best
        return best

    def title_lookup(self, phrase: str, pos: int) -> str | None:
        """A person the article describes by this title, preferring the nearest mention before ``pos``."""
        words = phrase.split()
        n = len(words)
        before = after = None
        for title, p, key in self.titles:
            tw = title.split()
            k = min(n, len(tw))
            if k == 0 or tw[-k:] != words[-k:]:
                continue
            if p < pos:
                if before is None or p > before[0]:
                    before = (p, key)
            elif after is None:
                after = (p, key)
        hit = before or after
        if hit is None and n > 1:  # 'the Tigray regional president' for 'interim administration president X'
            heads = [(p, key) for title, p, key in self.titles if title.rsplit(" ", 1)[-1] == words[-1]]
            if len({key for _, key in heads}) == 1:
                hit = heads[0]
        return self.person(hit[1]) if hit else None

    def resolve(self, toks: list[str], pos: int) -> _Said | None:
        """Who a subject noun phrase stands for."""
        if not toks:
            return None
        low = [t.lower() for t in toks]
        if len(toks) == 1 and low[0] in _PRONOUNS:
            return self.pronoun(low[0], pos)
        i = len(toks)
        while i > 0 and (_cap(toks[i - 1]) or (low[i - 1] in _NAME_CONN and 1 < i < len(toks))):
            i -= 1
        run = toks[i:]
        desc_title = ""
        conn = next((j for j, t in enumerate(run) if t in ("of", "for")), 0)
        if conn and _classify(tuple(run[:conn]))[0] == "person":
            run = run[:conn]  # 'Norman Baker of Campaign for Better Transport': the person, not the group
        if run:
            kind, name, title = _classify(tuple(run), i > 0 and low[i - 1] == "the")
            if kind == "person":
                return _Said(self.person(name.split()[-1].lower()), "person", pos)
            if kind in ("org", "place"):
                return _Said(name, "org", pos)
            if kind == "single":
                key = name.lower()
                key = self.alias.get(key, key)
                return _Said(self.person(key), "person", pos) if key in self.fullest else _Said(name, "org", pos)
            if kind != "title":
                return None
            desc_title = title
        det = low[0] if low[0] in _DETS else ""
        head = _base(low[-1])
        surface = " ".join(toks[1:] if det == "the" else toks)
        if head in _ORG_HEADS:
            if det in _INDEFINITE:
                return _Said(" ".join(toks), "unnamed", pos)
            if any(_is_poss(t) for t in toks[:-1]):
                for _, name in self.orgs:
                    if name.lower().replace("'", "’") == surface.lower().replace("'", "’"):
                        return _Said(name, "org", pos)
                poss = next(t for t in reversed(toks[:-1]) if _is_poss(t))
                if all(t[0].islower() for t in toks) and _base(poss).lower() in _TITLE_NOUNS:
                    surface = " ".join(w[:1].upper() + w[1:] for w in surface.split())
                return _Said(surface, "org", pos)
            found_org = self.nearest_org(head, pos)
            if found_org is None and len(toks) == 2 and det == "the":  # 'The UN agency, UNHCR, said' … 'the agency'
                found_org = self.recent_org_subject(pos, "")
            return found_org or _Said(surface, "org", pos)
        if not _agentive(_base(toks[-1])):
            return None
        if det in _INDEFINITE or (not det and head.endswith("s") and not desc_title):
            return _Said(" ".join(toks), "unnamed", pos)
        found = self.title_lookup(desc_title or _title_phrase(list(toks)), pos)
        if found:
            return _Said(found, "person", pos)
        if head in ("spokesperson", "spokesman", "spokeswoman") and det == "the":
            org = self.nearest_actor(pos)  # 'the spokesperson' of the body just named
            if org is not None and org.name and pos - org.pos < 400:
                return _Said(f"{org.name} {head}", "unnamed", pos)
        return _Said(surface, "unnamed", pos)

    def pronoun(self, word: str, pos: int) -> _Said | None:
        if word in ("he", "she"):
            return self.nearest_person(pos, word)
        if word in ("they", "we", "i") and self.said:
            last = self.said[-1]
            if self.para_index(pos) - self.para_index(last.pos) <= 1:
                return last
        return self.nearest_actor(pos)

    # subjects of speech verbs
    def np_before(self, lo: int, hi: int) -> tuple[list[str], str]:
        """The noun phrase ending at ``hi`` (adverbs and comma-set appositions skipped) and the token before it."""
        toks = _TOKEN.findall(self.m, max(lo, hi - 240), hi)
        for _ in range(3):
            while toks and (toks[-1].lower() in _ADVERBS or toks[-1].lower().rstrip(".") in _ADVERBS):
                toks.pop()
                if toks and toks[-1].lower() in _TIME_PREPS:
                    toks.pop()
            if not toks or toks[-1] != ",":
                break
            k = max((j for j in range(len(toks) - 1) if toks[j] == ","), default=-1)
            if k < 0:
                return [], ","
            cand = _np_back(toks[:k])
            seg = toks[k + 1 : -1]
            if seg and _np_back(seg) == seg and _cap(seg[-1]) and not (cand and _cap(cand[-1])):
                return seg, ""  # 'The head of the agency, Mike Ryan, said'
            if cand and _valid_head(cand):
                return cand, ""
            toks = toks[: k + 1]
        np = _np_back(toks)
        prev = toks[-len(np) - 1] if len(toks) > len(np) else ""
        if np and prev in ("in", "at") and _cap(np[0]):  # 'the water ministry in Basra said'
            rest = toks[: -len(np) - 1]
            head = _np_back(rest)
            if head and head[-1][0].islower() and _agentive(_base(head[-1])):
                np = head
                prev = rest[-len(head) - 1] if len(rest) > len(head) else ""
        elif np and not _valid_head(np):  # 'a source familiar with the talks said'
            pm = _POSTMOD.search(" ".join(toks[-12:]))
            if pm:
                return pm.group(1).split(), ""
        return (np if np and _valid_head(np) else []), prev

    def np_after(self, lo: int, hi: int) -> list[str]:
        toks: list[str] = []
        for t in _TOKEN.findall(self.m, lo, min(hi, lo + 160)):
            if toks and t in ("from", "by") and _base(toks[-1].lower()) in _DOC_HEADS:
                toks = []  # 'according to a statement from the coalition': its author
                continue
            if not t[0].isalnum() or (t in _STOP and not (t in _NAME_CONN and toks)):
                break
            toks.append(t)
            if len(toks) >= 8:
                break
        while toks and toks[-1].lower() in _NAME_CONN:
            toks.pop()
        return toks if toks and _valid_head(toks) else []

    def np_initial(self, lo: int, hi: int) -> list[str]:
        toks: list[str] = []
        for tm in _TOKEN.finditer(self.m, lo, min(hi, lo + 160)):
            t = tm.group()
            low = t.lower()
            ok = (t[0].isupper() or low in _TITLE_MODS or _agentive(_base(t)) or _is_poss(t)
                  or (not toks and low in _DETS))
            if not ok or (toks and low in _STOP):
                if t == "," and toks:  # 'His counterpart, Ali Asadov, was quoted as saying'
                    ap = _INITIAL_APPOS.match(self.m, tm.start(), hi)
                    if ap:
                        return ap.group(1).split()
                break
            toks.append(t)
        return toks if toks and _valid_head(toks) else []

    def recent_subject(self, pos: int, depth: int = 20, ok: Callable[[_Said], bool] | None = None) -> _Said | None:
        """The subject of the latest of the last ``depth`` speech verbs in this or the previous paragraph
        whose speaker passes ``ok``."""
        floor = self.paras[max(self.para_index(pos) - 1, 0)][0]
        top = bisect_left(self.verb_starts, pos) - 1
        for k in range(top, max(top - depth, -1), -1):
            if self.verbs[k][0] < floor:
                break
            said = self.subject(k)
            if said is not None and (ok is None or ok(said)):
                return said
        return None

    def subject(self, k: int) -> _Said | None:
        """Who speaks through verb number ``k`` (memoised: each verb is resolved at most once)."""
        if k in self.subjects:
            return self.subjects[k]
        self.subjects[k] = None
        v0, v1, word, typ = self.verbs[k]
        lo, hi = self.sentence(v0)
        res: _Said | None = None
        if typ == "acc":
            np = self.np_after(v1, hi)
            res = self.resolve(np, v1) if np else None
        else:
            np, prev = self.np_before(lo, v0)
            if np:
                res = self.resolve(np, v0)
            elif prev in _CLOSERS and word in _INVERTIBLE_SET and (after := self.np_after(v1, hi)):
                res = self.resolve(after, v1)  # '"We are," said Ana Ruiz, "ready."'
            elif typ == "part" or prev.lower() in ("and", "but", "then", "or", ",", "”", '"', "_"):
                if k > 0 and self.verbs[k - 1][0] >= lo:
                    res = self.subject(k - 1)
                else:
                    first = self.np_initial(lo, v0)
                    res = self.resolve(first, lo) if first else None
        self.subjects[k] = res
        return res


def _is_headline(text: str, lo: int, hi: int) -> bool:
    """A short title-cased line with no full stop (a headline, a promo): its capitalised words are not names."""
    if hi - lo >= 160 or text[lo:hi].rstrip()[-1:] in ".!?”\"":
        return False
    words = _WORD.findall(text, lo, hi)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _np_back(toks: list[str]) -> list[str]:
    """Walk back from the end of ``toks`` over one noun phrase: names, titles, a determiner."""
    np: list[str] = []
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        low = t.lower()
        if not t[0].isalnum():
            break
        if low in _DETS:
            if np:
                np.append(t)
            break
        if low in _NAME_CONN and np and np[-1][0].isupper() and i > 0 and toks[i - 1][0].isupper():
            np.append(t)
            continue
        if (low in _STOP and t[0].islower()) or len(np) >= 8:
            break
        np.append(t)
    np.reverse()
    return np


def _cap(tok: str) -> bool:
    """Capitalised, counting Arabic-style 'al-Ansari' / 'el-Sisi' surnames."""
    return tok[0].isupper() or (tok[:3] in ("al-", "el-") and tok[3:4].isupper())


def _valid_head(np: list[str]) -> bool:
    h = np[-1]
    return _cap(h) or h.lower() in _PRONOUNS or _agentive(_base(h))


def _medium(s: str) -> str | None:
    for name, pat in _MEDIA:
        if pat.search(s):
            return name
    return None


def _cue_text(text: str, a: int, b: int) -> str:
    """The verb at ``a`` with what qualifies it: 'told the Evening Post', 'said at a news conference on Friday'."""
    toks = list(_CUE_TOK.finditer(text, a, min(b, a + 120)))
    if not toks:
        return ""
    end = toks[0].end()
    told = toks[0].group() in ("told", "telling")
    for i, t in enumerate(toks[1:9], 1):
        w = t.group()
        low = w.lower()
        if not w[0].isalnum() or (low in _STOP and low not in _CUE_PREPS):
            break
        if i == 1 and not (low in _CUE_PREPS or low.rstrip(".") in _ADVERBS or low in ("reporters", "journalists")
                           or (told and (w[0].isupper() or w[0].isdigit() or low in _DETS))
                           or (low == "it" and toks[0].group() in ("called", "calling"))):
            break
        end = t.end()
    return text[a:end].rstrip(".")


# --- attribution ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Attr:
    said: _Said | None
    cue: str | None
    medium: str | None


def _post_cue(doc: _Doc, r: _Raw) -> _Attr | None:
    """A cue right after the closing mark: '…," X said' / '…," said X' / '…," according to X'."""
    if r.close_at is None:
        return None
    _, hi = doc.sentence(r.start)
    m = _POST.match(doc.m, r.close_at + 1, max(hi, r.close_at + 1))
    if not m:
        d = _DASH_ATTR.match(doc.m, r.close_at + 1, max(hi, r.close_at + 1))
        np = doc.np_after(d.end(), hi) if d else []
        if np and _cap(np[-1]):  # '"…" — Majed al-Ansari, the ministry's spokesman'
            return _Attr(doc.resolve(np, d.end()), None, _medium(doc.m[d.end() : hi]))  # type: ignore[union-attr]
        return None
    if m.group("inv"):
        np = doc.np_after(m.start("inp"), m.end("inp"))
        if not np:
            return None
        said = doc.resolve(np, m.start("inp"))
        cue_start = m.start("inv")
    else:
        toks = m.group("np").split()
        np = _np_back(toks)
        if len(np) != len(toks):
            return None
        if _base(np[-1].lower()) in _DOC_HEADS and len(np) <= 3:  # '…," the statement said': its author
            said = doc.recent_subject(r.open_at)
            cue_start = m.start("np")  # the cue and its medium include 'the statement'
        elif _valid_head(np):
            said = doc.resolve(np, m.start("np"))
            cue_start = m.start("np") if np[0].lower() in _PRONOUNS else m.start("verb")
        else:
            return None
    vstart = m.start("inv") if m.group("inv") else m.start("verb")
    cue = doc.text[cue_start:vstart] + _cue_text(doc.text, vstart, hi)
    region = doc.m[cue_start:hi]
    q = _DQ_MARK.search(region)
    return _Attr(said, cue, _medium(region[: q.start()] if q else region))


def _pre_cue(doc: _Doc, r: _Raw) -> _Attr | None:
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
            return None
        hi = phi
        lo = doc.sentence(hi - 1)[0]
    a = bisect_left(doc.verb_starts, lo)
    b = bisect_left(doc.verb_starts, hi)
    for k in range(b - 1, a - 1, -1):
        if k > a and _REPORTED.fullmatch(doc.m, doc.verbs[k - 1][1], doc.verbs[k][0]):
            continue  # 'X said the government welcomed "…"': X's words ('X said Ana Ruiz wrote "…"' stays Ruiz's)
        said = doc.subject(k)
        if said is None:
            continue
        cue = _cue_text(doc.text, doc.verbs[k][0], hi)
        return _Attr(said, cue, _medium(doc.m[lo:hi]))
    head = _HEADLINE_CUE.fullmatch(doc.m, lo, hi)
    if head:  # 'Mayor Hale: "…"' as headlines write it
        np, _ = doc.np_before(lo, head.end(1))
        if np and _cap(np[-1]):
            return _Attr(doc.resolve(np, head.start(1)), None, None)
    return None


def _paragraph_cue(doc: _Doc, r: _Raw, after: int) -> _Attr | None:
    """A speech verb earlier in the same paragraph (after the previous quote), for a quote with no cue."""
    plo = doc.paras[doc.para_index(r.start)][0]
    lo = max(plo, after)
    a = bisect_left(doc.verb_starts, lo)
    b = bisect_left(doc.verb_starts, r.open_at)
    for k in range(b - 1, a - 1, -1):
        said = doc.subject(k)
        if said is not None:
            slo, shi = doc.sentence(doc.verbs[k][0])
            return _Attr(said, _cue_text(doc.text, doc.verbs[k][0], shi), _medium(doc.m[slo:shi]))
    return None


def _nearby_medium(doc: _Doc, r: _Raw, said: _Said) -> str | None:
    """The medium named in the previous sentence of the paragraph, if it is about the same speaker."""
    lo, _ = doc.sentence(r.start)
    plo = doc.paras[doc.para_index(r.start)][0]
    if lo <= plo:
        return None
    plo2, phi = doc.sentence(lo - 1)
    prev = doc.m[max(plo, plo2) : phi]
    if said.name and said.kind != "unnamed" and said.name.split()[-1] not in prev:
        return None
    return _medium(prev)


def _dedupe(quotes: list[Quote], words: list[list[str]]) -> list[Quote]:
    """Drop a quote whose words repeat inside a longer one (a subtitle echoing the body, say).

    ``words``: each quote's ``_WORD`` matches. Only a quote of three words or more can be dropped (the
    other must contain it word for word).
    """
    norm = [" ".join(w).lower().replace("’", "'") for w in words]
    padded = [f" {n} " for n in norm]
    keep = []
    for i, n in enumerate(norm):
        dup = len(words[i]) >= 3 and any(
            j != i and (len(norm[j]) > len(n) or (norm[j] == n and j < i)) and padded[i] in padded[j]
            for j in range(len(norm))
        )
        if not dup:
            keep.append(quotes[i])
    return keep


_SMALL = frozenset("a an the of in on at to for and or but nor by with from as into over vs".split())
_TITLED = regex.compile(r"\b(?:titled|entitled|headlined|headed)[ ,]*$")


def _is_title(words: list[str], text: str, r: _Raw) -> bool:
    """Title-cased words without sentence punctuation name a work, report or slogan rather than quote one.

    Small words ('a', 'of', 'in') do not count against title case; a phrase right after 'titled' or
    'entitled' names a work whenever it opens with a capital.
    """
    if _SENT_PUNCT.search(text, r.start, r.end - (text[r.end - 1] == ",")):  # '“A Generation at Risk,”'
        return False
    if words[0][0].isupper() and _TITLED.search(text, max(0, r.open_at - 12), r.open_at):
        return True
    content = [w for w in words if w.lower() not in _SMALL]
    return bool(content) and sum(w[0].isupper() for w in content) >= 0.75 * len(content)


def find_quotes(text: str) -> list[Quote]:
    """Every direct quote of at least ``MIN_WORDS`` words, with speaker, cue and medium, sorted by start."""
    paras = paragraph_spans(text)
    raws = [r for r in _raw_quotes(text, paras) if not _BLANK_RUN.search(text, r.start, r.end)]
    raw_words = [_WORD.findall(text, r.start, r.end) for r in raws]
    if not any(len(w) >= MIN_WORDS for w in raw_words):
        return []
    doc = _Doc(text, _mask(text, raws), paras)
    out: list[Quote] = []
    out_words: list[list[str]] = []
    prev: tuple[_Raw, _Attr] | None = None
    for r, words in zip(raws, raw_words, strict=True):
        if len(words) < MIN_WORDS and not (len(words) >= 2 and r.close_at and _interrupted(text, r.close_at + 1)):
            continue
        if _is_title(words, text, r):
            continue
        attr = _post_cue(doc, r) or _pre_cue(doc, r)
        if attr is None and doc.m[doc.sentence(r.start)[0] : r.open_at].strip(" \t—–-(") == "":
            if prev is None:
                attr = _paragraph_cue(doc, r, 0)
            else:  # a cue since the previous quote, else that quote's (unless it runs on into this one)
                if prev[0].close_at is not None:
                    attr = _paragraph_cue(doc, r, prev[0].close_at)
                if attr is None and doc.para_index(r.start) - doc.para_index(prev[0].start) <= 1:
                    attr = prev[1]
        if attr is None:
            attr = _Attr(None, None, None)
        said = attr.said
        if said is not None and attr.medium is None:
            attr = _Attr(said, attr.cue, _nearby_medium(doc, r, said))
        if said is not None:
            doc.said.append(_Said(said.name, said.kind, r.start))
        s0, s1 = doc.sentence(r.start)
        out.append(Quote(
            start=r.start, end=r.end, text=text[r.start : r.end], sentence=text[s0:s1],
            quote=text[r.start : r.end], speaker=said.name if said else None, cue=attr.cue, medium=attr.medium,
        ))
        out_words.append(words)
        prev = (r, attr)
    return _dedupe(out, out_words)
