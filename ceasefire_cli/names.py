"""Names in news text and the words around them, for quote attribution.

Word tables (speech verbs, titles, organisation and place words) and pure functions that read a
capitalised run as a person, an organisation, a title or a place, and walk a noun phrase back from a
speech verb. Nothing here keeps state: the per-article context lives in ``speakers``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import patterns
from .numerals import ONES_WORDS, TEENS_WORDS, TENS_WORDS
from .textutil import MONTH_ABBREVIATIONS, WEEKDAYS

# --- word lists -------------------------------------------------------------------------------


# (the present forms are how headlines report speech: 'vows', 'denies')
_FINITE = """said says say added adds told wrote writes posted tweeted tweets warned warns stated declared
declares announced announces noted insisted insists argued argues urged urges acknowledged asked replied
continued explained explains claimed praised called described accused criticized criticised condemned
confirmed denied responded remarked cautioned vowed pledged promised admitted conceded emphasized emphasised
stressed reiterated predicted complained lamented boasted joked quipped countered maintained observed
contended demanded suggested reported proclaimed exclaimed concluded thanked hailed slammed blasted
welcomed appealed appeals pleaded vows pledges promises denies confirms tells admits slams hails stresses read reads
accuses condemns demands answered assured assures concludes calls describes expressed expresses voiced
recalled recalls recounted recounts commented testified clarified affirmed underscored retorted wondered
texted emailed reflected reasoned elaborated shouted yelled screamed cried sobbed whispered begged commanded
instructed mentioned mentions revealed reveals disclosed notes fumed fumes pressed mused snapped scoffed gushed
raged grumbled deadpanned marveled marvelled fretted chided griped agrees agreed barked spoke speaks informed
informs characterizes characterized characterises characterised branded brands labelled labeled labels
reacted""".split()
# (the last lines: tones of saying, agreement ('…," agrees Ana Ruiz, 30, of Braga'), a paper's verdict in its
# own words: 'the Courier characterizes her as having "…"', and a name given in one's own words, as 'called' is:
# 'the defence lawyer branded the witness "the greatest liar of all time"')
_PARTICIPLES = """saying adding telling writing posting tweeting warning stating declaring announcing noting
insisting arguing urging acknowledging asking replying explaining claiming praising calling describing
accusing criticizing criticising condemning confirming denying responding stressing emphasizing
emphasising vowing pledging promising admitting reiterating predicting complaining lamenting
appealing pleading recalling recounting commenting testifying shouting screaming sobbing begging mentioning
revealing yelling speaking characterizing characterising branding labelling labeling""".split()
_INVERTIBLE = ("said says added adds asked replied continued explained explains wrote writes noted notes warned"
               " declared tweeted posted insisted argued recalled commented shouted cried screamed sobbed pleaded"
               " lamented complained admitted conceded stressed cautioned recounted stated remarked observed urged"
               " urges emphasized emphasised demanded agrees agreed reported reacted responded answered confirmed"
               " announced acknowledged revealed vowed exclaimed yelled whispered boasted joked quipped fumed"
               " countered")  # (tones of saying, as in '…!" exclaimed Ana Ruiz')

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
# a page's labels before a colon ('Quote: "…"', 'Details: …'): nobody's name, and no cue of a speaker
PAGE_LABELS = frozenset("quote quotes details background context update note read watch related".split())
_ADVERBS = frozenset(
    """also later earlier then again once further previously repeatedly separately similarly publicly
    privately reportedly subsequently recently quickly simply immediately initially originally finally
    ultimately additionally bluntly flatly angrily firmly openly tearfully emphatically cryptically somewhat
    now still already even just only yesterday today tonight however morning evening afternoon night
    monday tuesday wednesday thursday friday saturday sunday meanwhile instead likewise nonetheless
    nevertheless moreover""".split()
)
_LY_NOUNS = frozenset("family ally assembly supply reply rally monopoly anomaly butterfly belly bully".split())
_TIME_PREPS = frozenset("on early late last this in at".split())
_NAME_CONN = frozenset("and of for".split())

# Capitalised words that title a name rather than belong to it ("Prime Minister", "Mr.").
TITLE_CAPS = frozenset(
    """mr mrs ms miss dr prof president vice prime minister secretary envoy special senator sen rep
    representative gov governor mayor general gen lt col colonel sgt capt captain chancellor king queen
    prince princess pope judge justice chief coach manager deputy foreign defense defence finance interior
    health state spokesperson spokesman spokeswoman director ambassador commissioner sheriff rabbi imam sheikh
    lord sir dame former acting interim speaker leader head chairman chairwoman chair ceo premier officer
    inspector detective superintendent councillor councilman councilwoman attorney adviser advisor aide
    delegate lieutenant amb supt
    negotiator commander admiral marshal senior assistant executive coordinator agent trooper constable sergeant
    corporal mp mep mla""".split()  # (a member of a parliament: "Labour MP Ana Ruiz")
)
# Title words that only modify a title ('Secretary of State', 'Foreign Minister'): a run of capitals ending in
# one, with no title word first, is a name ('Islamic State'), not a title
TITLE_MODS_ONLY = frozenset("state foreign defense defence finance interior health".split())
# Short or other forms of a title as the full words, on both sides of a lookup: 'Lt. Gov. X' … 'the
# lieutenant governor', 'Chief Minister X' … 'the CM', 'Prime Minister X' … 'the premier'.
_TITLE_ABBREVS = {
    "lt.": "lieutenant", "gov.": "governor", "sen.": "senator", "rep.": "representative", "del.": "delegate",
    "gen.": "general", "col.": "colonel", "capt.": "captain", "sgt.": "sergeant", "maj.": "major",
    "adm.": "admiral", "amb.": "ambassador", "supt.": "superintendent", "prof.": "professor",
    "cm": "chief minister", "pm": "prime minister", "premier": "prime minister",
    # ... and without the stop, as British and Australian styles write them: 'Pennsylvania Gov Josh Shapiro'
    "gov": "governor", "sen": "senator", "gen": "general", "lt": "lieutenant", "col": "colonel", "capt": "captain",
    "sgt": "sergeant", "supt": "superintendent", "amb": "ambassador",
}
# Capitalised words that open a sentence or clause but never a name.
_CAP_STOP = frozenset(
    """the a an in on at but and or as if when while after before since although though despite instead
    however meanwhile earlier later even asked still yet so also then now this that these those it he she
    they we i his her their our its my your according neither nor several many some both last next other
    another each every such there here what why how where who which during under over about against between
    among through without within amid following including like unlike per via from to for of by with into
    upon once until unless whether just only all most more less no not image photo watch read
    monday tuesday wednesday thursday friday saturday sunday""".split()
) | frozenset(a.lower() for a in MONTH_ABBREVIATIONS) | frozenset(  # "MOSCOW, Mar. 23": a date, nobody called Mar
    "et est edt ct cst cdt pt pst pdt gmt utc bst cet cest jst kst aest aedt".split()  # "at 9am ET": a time zone
) | frozenset(  # "Ninety Palestinians were freed": a number opening its sentence, no one's given name ('One' may be)
    [*ONES_WORDS.split("|")[1:], *TEENS_WORDS.split("|"), *TENS_WORDS.split("|"), "hundreds", "thousands", "dozens"]
)
# online platforms, whose products read like two-word names of people ('Facebook Live', 'Truth Social')
_PLATFORMS = frozenset("""Facebook Instagram YouTube TikTok Telegram WhatsApp Twitter Truth Google Snapchat Threads
    Bluesky Zoom Reddit LinkedIn Spotify Netflix Microsoft Apple Amazon X""".split())
# Final words that make a capitalised name an organisation (or an outlet: never a person).
_ORG_WORDS = frozenset(
    """office ministry department forum foundation fund council committee commission agency authority union
    club party army forces force police service services association organization organisation group
    institute university company corporation corp inc ltd llc court government administration movement front
    brigades brigade guard network center centre board bureau federation league cabinet parliament congress
    senate assembly secretariat team church coalition alliance campaign society trust hospital school
    command house news times post journal press channel radio tv television broadcaster herald tribune
    guardian telegraph gazette daily media motors motor electric dynamics mills airlines airways industries
    holdings guild newsletter podcast magazine bulletin patrol corps navy coastguard air aviation airport
    sector section station division convention conference summit""".split()
)  # 'air': an airline named for its home ('Minho Air', as 'Air Minho' below); a 'Convention' is no person
# words that open a place's name as no given name does ('Upper Selmont', 'Upper Minho')
_COMPASS = frozenset("north south east west northern southern eastern western central upper lower greater".split())
_PLACE_WORDS = frozenset(
    """strip bank hill east west north south city street square valley river island islands mountains county
    states province republic kingdom sea ocean gulf road avenue park airport stadium arena prize crossing
    border region coast lake bay heights peninsula district camp gate bridge tower palace hall""".split()
)
# Lower-case heads of descriptions that stand for an organisation ("the group", "the ministry").
# a business named by its trade ('the planemaker said'): heads of a description, and of nothing else
TRADE_HEADS = frozenset(
    "planemaker carmaker automaker manufacturer retailer carrier insurer lender chipmaker drugmaker".split())
_ORG_HEADS = frozenset(
    """group movement ministry office organization organisation union club department agency forum foundation
    council committee government administration army military police party company team federation league
    association campaign board authority service commission court bureau network coalition alliance firm
    airline charity body institute university school hospital militia faction cabinet embassy regime city navy
    coastguard trust society force
    county district utility panel jury tribunal inquiry regulator watchdog nonprofit presidency secretariat
    directorate prefecture municipality parliament centre center command headquarters observatory guild
    broadcaster station channel television newspaper initiative flotilla mission junta delegation consortium
    collective platform syndicate confederation caucus courier carrier""".split()
) | TRADE_HEADS
_DOC_HEADS = frozenset("statement post tweet letter message communique communiqué announcement release report notice"
                       " bulletin document assessment memo tribute certificate".split())  # 'the document said': a memo
_TITLE_NOUNS = frozenset(
    """envoy coordinator spokesperson spokesman spokeswoman counterpart colleague successor predecessor minister
    president secretary director mayor governor senator coach manager captain chairman chairwoman chair chief ambassador
    commissioner adviser advisor aide delegate lieutenant employee staffer refugee detainee evacuee
    negotiator leader head journalist reporter correspondent analyst expert professor lawyer attorney judge
    officer commander general ceo founder owner executive representative lawmaker legislator councillor
    councilman councilwoman superintendent sheriff chancellor premier king queen prince pope official source
    diplomat economist researcher scientist doctor physician nurse forecaster meteorologist striker
    midfielder goalkeeper defender player teacher principal organizer organiser activist candidate nominee
    treasurer administrator inspector investigator prosecutor firefighter witness survivor resident mother
    father son daughter wife husband brother sister deputy clerk engineer author editor producer actor
    singer person people member militant protester demonstrator student worker fan citizen victim relative
    family families authorities parent grandparent grandmother grandfather uncle aunt cousin nephew niece
    fiance fiancee partner girlfriend boyfriend friend neighbour neighbor
    man boy girl child teenager local eyewitness pilgrim migrant patient guard medic monk priest nun
    pilot imam cleric rabbi pastor chaplain vendor paramedic surgeon coroner veteran hostage captive defendant
    plaintiff suspect athlete guide chef""".split()
)  # (the last line: people news quotes by what they are, "a man told reporters", "a pilgrim said")
_TITLE_MODS = frozenset(
    """special deputy senior chief interim acting former foreign finance defense defence prime vice state press
    assistant executive general national security top vice-president associate head""".split()
)
_NOT_AGENT = frozenset(
    """other after under over never ever rather whether either neither later earlier former latter border order
    matter water number power paper letter quarter corner center minor major floor door error factor sector
    labor honor favor mirror behavior weather summer winter hunger danger anger dinner barrier answer offer
    register shelter cancer manner chapter monster disaster cluster character chamber thunder shoulder
    river silver""".split()
)
_GENDER = {"mr": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "mrs": "f", "ms": "f", "miss": "f",
           "dame": "f", "queen": "f", "princess": "f", "lady": "f"}
_PARTICLES = frozenset("al el bin ibn abu von van der den de da di du la le dos das del".split())
# 'P&G' is one word, and so is a body's name joined by a slash ('the Freedom Front/Army')
_TOKEN = patterns.compile(r"[\p{L}\p{M}\d][\p{L}\p{M}\d’'.\-]*(?:&[\p{Lu}\d]+|/\p{Lu}[\p{L}\p{M}]*)*|_+|\S")



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
_ABBREV = patterns.compile(
    r"(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Del|Gov|Lt|Col|Sgt|Capt|Prof|Jr|Sr|St|Rev|Hon|Maj|Adm|Amb|Supt)\."
)
_INITIAL = patterns.compile(r"\p{Lu}\.")
_NONSPACE = patterns.compile(r"\S+")
_PRE_TITLE = patterns.compile(r"(?<![\p{L}’'\-])((?:\p{L}[\p{L}’'\-]*[ ]){0,2}\p{Ll}[\p{L}’'\-]*),?[ ]$")
_REMIT_WORDS = frozenset("to for of on the".split())  # what comes right before the name in 'envoy to the X Name'
_TITLE_OF = patterns.compile(  # a title with its remit before a name: 'envoy to the Middle East', 'Minister for Health'
    r"(?<![\p{L}’'\-])((?:[\p{L}’'\-]+[ ]){0,2}[\p{L}’'\-]+)[ ](?:to|for|of|on)[ ](?:the[ ])?"
    r"(?:\p{Lu}[\p{L}’'\-]*[ ](?:of[ ])?){0,4}$"
)
# (an acronym may close it: 'X, head of the UN weather agency (WMA),')
_APPOS = patterns.compile(r",[ ](?:the[ ]|a[ ]|an[ ])?([^,\"“”.;:()\n]{2,90}?)(?:[ ]\(\p{Lu}{2,8}\))?,")
_APPOS_CUT = patterns.compile(r"\s(?:and|of|who|which|whose|at|in|for|from|with|since|to|on)\s")

_LOC_PREPS = frozenset("in at from near outside inside across".split())
_WORD = patterns.compile(r"[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*")

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


# what follows a surname as part of the name ("Roland Butler Jr.", "John Paul II"): never the surname itself
_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())


def _is_suffix(tok: str) -> bool:
    return tok.rstrip(".,").lower() in _NAME_SUFFIXES


# a romanised East Asian given name, its syllables joined by a hyphen with no capital after it ('Min-jun');
# a hyphenated surname capitalises both halves ('Ocasio-Cortez'), a hyphenated given name too ('Jean-Luc')
_GIVEN_HYPHENATED = patterns.compile(r"\p{Lu}\p{Ll}+-\p{Ll}+")


def surname(name: str) -> str:
    """The surname of a person's name as shown: its last word, not a suffix after it ('Butler Jr.': Butler)."""
    parts = name.split()
    while len(parts) > 1 and _is_suffix(parts[-1]):
        parts.pop()
    if len(parts) == 2 and _GIVEN_HYPHENATED.fullmatch(parts[1]):
        return parts[0]  # 'Park Min-jun', 'Tsai Ing-wen': the family name comes first
    return parts[-1] if parts else name


# courtesy words between an office and a name, which are no part of the office ('Prime Minister Dr Ana Ruiz'); not
# 'Mr' or 'Mrs', which tell whom 'he' or 'she' means
_COURTESY = frozenset("dr prof hon".split())


def _core_name(toks: list[str]) -> str:
    """Last name plus particles/initials plus one given name, and a suffix after it: 'Prime Minister X Y'
    still gives 'X Y', 'Chief X Y Jr.' 'X Y Jr.'."""
    names = [_base(t) for t in toks]
    end = len(names)
    while end > 1 and _is_suffix(names[end - 1]):
        end -= 1
    i = end - 1
    while i > 0 and (names[i - 1].lower() in _PARTICLES or _INITIAL.fullmatch(names[i - 1])
                     or (len(names[i - 1]) == 1 and names[i - 1].isupper())):  # 'Ana S Ruiz': an initial, no stop
        i -= 1
    if i > 0:
        i -= 1
    return " ".join(names[i:])


# words of an office's "of" phrase after its title ("of Foreign Affairs"); more may be the body and a name after it
# ("Minister of Tourism Ana Ruiz")
_OFFICE_OF_WORDS = 3


# participles that make a name into a modifier after a hyphen ("Qatar-brokered", "Hamas-run", "US-backed"); not
# the lowercase halves of given names ("Jong-un", "Jae-in"), which no table lists
_HYPHEN_ADJECTIVE_ENDS = frozenset("""brokered led backed run based born owned controlled held occupied allied linked
    affiliated funded sponsored aligned made mediated supported appointed installed""".split())


@lru_cache(maxsize=1 << 16)
def title_word(tok: str) -> bool:
    """Whether a capitalised word is a title or its short form ('Minister', 'Gov.', 'Gov'), never a name."""
    low = _base(tok).lower()
    return low.rstrip(".") in TITLE_CAPS or low in _TITLE_ABBREVS


@lru_cache(maxsize=1 << 16)
def _classify(toks: tuple[str, ...], the: bool = False) -> tuple[str, str, str]:
    """(kind, name, title) of a capitalised run; kind is person, org, single, title, place or ''.

    ``the``: the run follows 'the', which people's names never do ('the Red Cross'). Memoised: a pure function of
    its arguments, and a story names the same people and bodies again and again.
    """
    k = 0  # leading words that open no name, skipped by index: a run may be thousands of words long
    while k < len(toks) and (toks[k].lower() in _CAP_STOP or (len(toks) - k > 1 and toks[k].endswith("ing")
                                                             and toks[k].lower() not in TITLE_CAPS)):  # not 'King'
        the = the or toks[k] == "The"
        k += 1
    toks = toks[k:]
    cut = next((i for i in range(1, len(toks)) if toks[i - 1].endswith(".") and toks[i].lower() in _CAP_STOP), 0)
    if cut:  # 'the U.S. He said': a sentence starts inside the run
        toks = toks[:cut]
    day = next((i for i in range(1, len(toks)) if toks[i] in WEEKDAYS), 0)
    if day:  # 'calls from Porto Monday': a day ends a name, which no weekday is part of
        toks = toks[:day]
    poss = next((i for i in range(len(toks) - 2, -1, -1) if _is_poss(toks[i])), -1)
    if poss >= 0 and not any(_base(t).lower() in _ORG_WORDS for t in toks[poss + 1 :]):
        toks = toks[poss + 1 :]  # "the Progressive Party's Wen": the person after the owner (not "Portugal's Ministry")
    if not toks:
        return "", "", ""
    last = _base(toks[-1]).lower()
    if last.rpartition("-")[2] in _HYPHEN_ADJECTIVE_ENDS:
        return "", "", ""  # "the United States-brokered truce", "the Hamas-run ministry": a modifier, no name
    if toks[0] in _PLATFORMS and len(toks) > 1:
        return "org", " ".join(toks), ""  # 'Facebook Live', 'YouTube Shorts': a platform's product, no person
    if len(toks) == 1 and toks[0].rstrip(".") in _PLATFORMS:
        return "org", toks[0].rstrip("."), ""  # 'wrote on X. She said': the platform, never the 'she'
    if ((last in _ORG_WORDS and len(toks) > 1) or last in {"ministry", "office", "forum", "foundation"}
            or (toks[0] == "Air" and len(toks) == 2)  # an airline: 'Air Canada', 'Air India'
            or ("of" in toks[1:-1] and _base(toks[toks.index("of") - 1]).lower() in _ORG_WORDS
                and not any(_base(t).lower().rstrip(".") in TITLE_CAPS - TITLE_MODS_ONLY
                            for t in toks[toks.index("of") + 1 : -1]))):
        # 'the Union of Public Employees', 'the Ministry of Foreign Affairs' (its 'Foreign' only a title's modifier)
        # too; not 'Department of Transport Secretary Ana Ruiz', the secretary
        return "org", " ".join([*toks[:-1], _base(toks[-1])]), ""
    if "and" in toks[1:-1]:  # 'Baku and Yerevan' speak together; of 'Ana Ruiz and Karim Jalali' the last named
        j = len(toks) - 1 - toks[::-1].index("and")
        if all(" " not in part for part in " ".join(toks).split(" and ")):
            return "org", " ".join(_base(t) if i == len(toks) - 1 else t for i, t in enumerate(toks)), ""
        return _classify(toks[j + 1 :])
    if len(toks) >= 3 and all(t.isupper() for t in toks):
        return "", "", ""  # a shouted headline
    if any(t in ("of", "for") for t in toks[1:-1]) and not any(title_word(t) for t in toks):
        return "org", " ".join([*toks[:-1], _base(toks[-1])]), ""  # 'Region of Minho': no one's name holds 'of'
    cut = -1
    for i, t in enumerate(toks):
        if title_word(t):
            cut = i
    if 0 < cut < len(toks) - 1 and all(_base(t).lower().rstrip(".") in _NAME_SUFFIXES for t in toks[cut + 1 :]):
        cut = -1  # 'Martin Luther King III': a surname that is also a title, then a suffix
    of = next((i for i in range(1, min(cut + 2, len(toks))) if toks[i].lower() in ("of", "for")), 0) if cut >= 0 else 0
    if of and _base(toks[of - 1]).lower().rstrip(".") in TITLE_CAPS and len(toks) - of <= _OFFICE_OF_WORDS:
        # 'Minister of Tourism', 'Minister of Foreign Affairs' (its 'Foreign' the body's): an office of a body, no
        # one's name
        head = " ".join(_TITLE_ABBREVS.get(w, w) for w in (_base(t).lower() for t in toks[:of]))
        return "title", "", " ".join([head, *(_base(t).lower() for t in toks[of:])])
    title_words = [_TITLE_ABBREVS.get(w, w) for w in (_base(t).lower() for t in toks[: cut + 1])]
    while len(title_words) > 1 and title_words[-1].rstrip(".") in _COURTESY:
        title_words.pop()  # 'Prime Minister Dr Ana Ruiz': the office is prime minister, whom 'the prime minister' means
    title = " ".join(title_words)
    rest = toks[cut + 1 :]
    if not rest and len(toks) >= 2 and last in _SURNAME_TITLES and not the and _given_names(toks[:-1]):
        return "person", _core_name(list(toks)), ""  # 'Ana King', 'James Justice': a surname that is also a title
    if not rest:
        if len(toks) > 1 and toks[0].lower() not in TITLE_CAPS and toks[-1].lower() in TITLE_MODS_ONLY:
            return "org", " ".join(toks), ""  # 'Islamic State': a name that ends in a title's modifier
        return "title", "", title
    place = max((i for i, t in enumerate(rest[:-2]) if _base(t).lower() in _PLACE_WORDS), default=-1)
    if cut < 0 and place >= 0 and len(rest) - place - 1 in (2, 3) and last not in _PLACE_WORDS:
        return "person", _core_name(rest[place + 1 :]), ""  # 'the Middle East Steve Witkoff': a place, then a name
    if last in _PLACE_WORDS or (cut < 0 and len(rest) >= 2 and _base(rest[0]).lower() in _COMPASS):
        return "place", " ".join(_base(t) for t in rest), ""  # 'Upper Selmont', 'South Valdoria': no person
    if (the or _base(rest[0]).lower() in _ORG_WORDS) and cut < 0 and len(rest) >= 2:
        return "org", " ".join(_base(t) for t in rest), ""  # 'Sector Lisbon': a unit named for its place
    # an all-capital word is an acronym ('the IDF'), but a middle initial is not ('Jon P. Halvorsen')
    if len(rest[-1]) == 1:
        return "", "", ""  # 'Generation Z', 'Plan B': no one's surname is a bare letter
    if cut < 0 and 3 <= len(rest) <= 4 and _ACRONYM_TITLE.fullmatch(rest[0]) \
            and not any(_base(t).isupper() for t in rest[1:]):
        return "person", _core_name(rest[1:]), rest[0].lower()  # 'ADGP Ravi Menon': an office's short form, a name
    if cut >= 0 or (len(rest) >= 2 and not any(_base(t).isupper() and len(_base(t).rstrip(".")) > 1 for t in rest)):
        return "person", _core_name(rest), title
    name = " ".join(_base(t) for t in rest)
    return ("single", name, "") if len(name) > 1 else ("", "", "")


# an office written as its initials before a person's name, as South Asian papers write police and state ranks
# ('DGP', 'ADGP', 'SSP', 'MLA'): capitals only, no full stops
_ACRONYM_TITLE = patterns.compile(r"\p{Lu}{2,6}")


@lru_cache(maxsize=1 << 16)
def _single_name(word: str) -> str | None:
    """The name a lone capitalised word stands for, or None if it names nothing ('The', 'Minister')."""
    b = _base(word)
    low = b.lower()
    return None if len(b) < 2 or low in _CAP_STOP or low in TITLE_CAPS or low in _ORG_WORDS else b


@lru_cache(maxsize=1 << 16)
def _units(seq: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """Split a capitalised run into names, as (start, end, tokens): at 'and'/'of'/'for', after possessives and
    at a sentence's end inside the run, unless it is an org. ``seq`` is a ``_NAME`` match, so its tokens are
    one space apart."""
    toks = [(m.start(), m.group()) for m in _NONSPACE.finditer(seq)]
    toks = [(o, t[:-1] if t.endswith(",") else t) for o, t in toks]  # 'Butler, Jr.': the one comma a run holds
    caps = [t for _, t in toks if t[0].isupper()]
    ends = [i for i, (_, t) in enumerate(toks[:-1]) if t.endswith(".") and not _ABBREV.fullmatch(t)]
    if ends and caps and _base(caps[-1]).lower() in _ORG_WORDS:
        toks = toks[ends[-1] + 1:]  # 'on Sunday. Coastal Air issued': a sentence ends inside the run, the body after
        return ((toks[0][0], len(seq), tuple(t for _, t in toks)),)
    if caps and _base(caps[-1]).lower() in _ORG_WORDS and " and the " not in seq:
        of = next((i for i, (_, t) in enumerate(toks) if t == "of"), 0)
        if 2 <= of <= 5 and not any(_base(t).lower() in _ORG_WORDS for _, t in toks[:of]) \
                and _classify(tuple(t for _, t in toks[:of]))[0] == "person":  # 'Hou Yu-ih of the Unity Party'
            rest = toks[of + 1 :]
            rest = rest[1:] if rest and rest[0][1] == "the" else rest
            head = (0, toks[of - 1][0] + len(toks[of - 1][1]), tuple(t for _, t in toks[:of]))
            return (head, (rest[0][0], len(seq), tuple(t for _, t in rest))) if rest else (head,)
        return ((0, len(seq), tuple(t for _, t in toks)),)
    units: list[tuple[int, int, tuple[str, ...]]] = []
    cur: list[str] = []
    start = 0
    for off, t in toks:
        if t == "of" and cur and _base(cur[-1]).lower() in _ORG_WORDS:  # 'Union of Public Employees': one body
            cur.append(t)
            continue
        if t == "of" and cur and _base(cur[-1]).lower().rstrip(".") in TITLE_CAPS:  # 'Minister of Tourism': one
            cur.append(t)  # office, its body no one's name
            continue
        if t in _NAME_CONN or t == "the":
            if cur:
                units.append((start, off - 1, tuple(cur)))
            cur = []
            continue
        if not cur:
            start = off
        cur.append(t)
        if _is_poss(t) or (t.endswith(".") and not _ABBREV.fullmatch(t)):  # 'Smith's' / 'on Monday. His'
            units.append((start, off + len(t), tuple(cur)))
            cur = []
        elif len(cur) > 1 and cur[-2].endswith(".") and t.lower() in _CAP_STOP:  # 'by the U.S. Upon his arrival'
            units.append((start, off - 1, tuple(cur[:-1])))
            cur = []
    if cur:
        units.append((start, len(seq), tuple(cur)))
    return tuple(units)


def _titles_around(m: str, pos: int, end: int) -> list[str]:
    """Title phrases the text puts around the name at ``[pos, end)``: before it ('special envoy X', 'envoy to
    the Middle East X') and in an apposition after it ('X, the club's chief medical officer,')."""
    out: list[str] = []
    prev = m[max(0, pos - 16) : pos - 1].rsplit(" ", 1)[-1] if m[pos - 1 : pos] == " " else ""
    pre = _PRE_TITLE.search(m, max(0, pos - 60), pos) if prev[:1].islower() and _agentive(prev.rstrip(",")) else None
    kept: list[str] = []
    if pre:
        words = pre.group(1).split()
        if not _agentive(words[-1]):
            words = []
        for w in reversed(words):
            low = w.lower()
            if low in _STOP or low in _DETS or (w[0].isupper() and low not in _TITLE_MODS):
                break
            kept.append(w)
        if kept:
            out.append(_title_phrase(kept[::-1]))
    if not kept and prev in _REMIT_WORDS and (of := _TITLE_OF.search(m, max(0, pos - 80), pos)):
        for w in reversed(of.group(1).split()):
            low = w.lower()
            if not (low in TITLE_CAPS or low in _TITLE_MODS or _agentive(low)
                    or (w[0].islower() and low not in _STOP and low not in _DETS)):
                break
            kept.append(w)
        if kept and (kept[0].lower() in TITLE_CAPS or _agentive(kept[0])):
            out.append(" ".join(kept[::-1]).lower())
    ap = _APPOS.match(m, end) if m.startswith(", ", end) else None
    if ap:
        desc = _APPOS_CUT.split(" " + ap.group(1) + " ", maxsplit=1)[0].split()
        if desc and _agentive(_base(desc[-1])) and not desc[-1][0].isupper():
            out.append(_title_phrase(desc))
    return out


_HEAD_OF = (["head", "of", "state"], ["head", "of", "government"])


def as_leader(toks: list[str]) -> list[str]:
    """'the Valdoran head of state' is 'the Valdoran leader': the ruler the text names (a head of anything else
    is its chief, see speakers' _SAME_TITLE)."""
    if [t.lower().rstrip(".") for t in toks[-3:]] in _HEAD_OF:
        return [*toks[:-3], "leader"]
    return toks


def _title_phrase(words: list[str]) -> str:
    """The title part of a description: 'the president's special envoy' -> 'special envoy'."""
    for i in range(len(words) - 1, -1, -1):
        if _is_poss(words[i]):
            words = words[i + 1 :]
            break
    while words and words[0].lower() in _DETS:
        words = words[1:]
    return " ".join(_TITLE_ABBREVS.get(w, w) for w in (_base(w).lower() for w in words))


@lru_cache(maxsize=1 << 16)
def _agentive(word: str) -> bool:
    """Whether a word names an agent or a role ('minister', 'spokesman', 'teacher'); memoised, as the
    casts and the speaker resolution ask it of the same words many times."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"  # 'authorities', 'agencies', 'ministries'
    elif w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if w in _TITLE_NOUNS or w in _ORG_HEADS:
        return True
    return len(w) > 4 and w not in _NOT_AGENT and w.endswith(("er", "or", "ist", "ian", "man", "woman", "person"))


def _is_headline(text: str, lo: int, hi: int) -> bool:
    """A short title-cased line with no full stop (a headline, a promo), or a question in title case (a subhead:
    'What Else Do We Know About The Attack?'): its capitalised words are not names."""
    end = text[lo:hi].rstrip()[-1:]
    if hi - lo >= _HEADLINE_LEN or end in ".!”\"":
        return False
    words = _WORD.findall(text, lo, hi)
    share = _SUBHEAD_CAPS if end == "?" else _HEADLINE_CAPS
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= share * len(words)


# titles that are also common surnames: after given names alone ('Stephen King') they are the person's surname
_SURNAME_TITLES = frozenset("king justice judge marshal bishop chancellor".split())
# words that make such a title an office: 'Associate Justice', 'Crown Prince', 'District Judge'
_OFFICE_MODIFIERS = frozenset("associate supreme high grand crown district circuit federal appeals county".split())


def _given_names(toks: tuple[str, ...] | list[str]) -> bool:
    """Whether capitalised words could be given names: no title, body, place or nation word among them ('Valdoran
    King', 'Supreme Court Justice', 'Lisbon Judge' are offices)."""
    from .nationality import demonym_nation  # (here, not above: places and nationality read names' word lists)
    from .places import lookup

    return all(t[:1].isupper() and t[1:].islower() and (w := _base(t).lower()) not in TITLE_CAPS
               and w not in _OFFICE_MODIFIERS and w not in _ORG_WORDS and lookup(t) is None and not demonym_nation(t)
               for t in toks)


_HEADLINE_LEN = 160  # a line this long is a paragraph, not a headline
_HEADLINE_CAPS = 0.6  # share of capitalised words that makes a line without a full stop a headline
_SUBHEAD_CAPS = 0.8  # ... and a question one ('Who Was the Driver?'), not a quoted question ('Why Now?' asked Ana)


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


_ORG_PP = frozenset("for of on".split())  # 'the commission for prisoners of war', 'the committee on refugees'


def org_pp_head(toks: list[str]) -> int:
    """Where the body's head noun ends when a noun phrase is a body and what it is for ('Valdora's state
    commission for maritime safety', 'the committee on refugees'): the index after the head, else 0.
    Everything after the head is plain words, no clause ('the council for Ana Ruiz said')."""
    for j in range(1, len(toks) - 1):
        if toks[j] in _ORG_PP and _base(toks[j - 1].lower()) in _ORG_HEADS and _np_back(toks[:j]) == toks[:j]:
            rest = toks[j + 1 :]
            if all(t[0].isalnum() and (t.lower() not in _STOP or t.lower() in _NAME_CONN) for t in rest) \
                    and rest[-1].lower() not in _STOP:
                return j
    return 0


def person_of(toks: list[str]) -> bool:
    """Whether a noun phrase is a named person and the body they speak for: 'Ana Ruiz of the relief agency'."""
    j = next((j for j, t in enumerate(toks) if t in ("of", "for")), 0)
    return j > 1 and _classify(tuple(toks[:j]))[0] == "person" and _np_back(toks[j + 1 :]) == toks[j + 1 :]


def _place_object(toks: list[str], n: int, city: bool = False) -> int:
    """Where the place phrase holding the last ``n`` tokens starts ('in Basra'; with ``city``, also 'from Doha,
    Qatar' — only inside a comma-set phrase, since 'in Libya, Bolton said' is a clause and its subject), else -1."""
    if n == 0 or not _cap(toks[-n]):
        return -1
    i = len(toks) - n - 1
    if city and i >= 1 and toks[i] == ",":  # 'City, Country'
        place = _np_back(toks[:i])
        if place and _cap(place[-1]):
            i -= len(place) + 1
    return i if i >= 0 and toks[i] in _LOC_PREPS else -1


def _coordinated(toks: list[str]) -> bool:
    """Two noun phrases joined by 'and'/'&' with nothing else between a closing mark and its verb."""
    j = next((i for i, t in enumerate(toks) if t in ("and", "&")), -1)
    return 0 < j < len(toks) - 1 and all(
        t[0].isalnum() and (t.lower() not in _STOP or t.lower() in _NAME_CONN) for t in toks[:j] + toks[j + 1 :]
    ) and _np_back(toks[j + 1 :]) == toks[j + 1 :]


def _cap(tok: str) -> bool:
    """Capitalised, counting Arabic-style 'al-Ansari' / 'el-Sisi' surnames."""
    return tok[0].isupper() or (tok[:3] in ("al-", "el-") and tok[3:4].isupper())


AGE_NOUN = re.compile(r"\d{1,3}-year-old")  # 'the 47-year-old said', 'the 68-year-old candidate': a person by age


def _valid_head(np: list[str]) -> bool:
    h = np[-1]
    return _cap(h) or h.lower() in _PRONOUNS or _agentive(_base(h)) or org_pp_head(np) > 0 or bool(
        AGE_NOUN.fullmatch(h))


# what may stand before a two-word name without being part of it: a region ('the Horn of Africa Tomas Berg')
# or a demonym ('Israeli', 'Japanese', 'Turkish', 'French', 'Korean')
_REGION_WORDS = frozenset("africa asia europe america americas oceania arctic caribbean balkans sahel levant".split())
_DEMONYM_ENDS = ("li", "qi", "ni", "ai", "di", "ri", "ki", "ese", "ish", "ch", "an")  # not 'Choi', 'Yi'


def _dropped_family_name(toks: tuple[str, ...], name: str, title: str = "") -> str:
    """The capitalised word a three-word run lost in front of the two-word name kept ('Kim' of 'Kim Mi Sung',
    'President Kim Mi Sung'), unless it reads as a description, a region or a demonym."""
    run = [_base(t) for t in toks if t[:1].isupper()]
    titled = set(title.split())
    while len(run) > 3 and run[0].lower().rstrip(".") in titled:  # the title's words are no part of the name
        run = run[1:]
    if len(run) != 3 or run[1:] != name.split():
        return ""
    low = run[0].lower()
    if _agentive(low) or low in _REGION_WORDS or low.endswith(_DEMONYM_ENDS) or not run[0].isalpha():
        return ""
    return run[0]


# what may stand before a document told of before: 'the statement', 'this post', 'their statement'
_DOC_DETS = frozenset("the this that its their his her".split())


def _the_doc(np: list[str]) -> bool:
    """'The statement', 'the post', 'their statement': a document told of before, whose issuer speaks through
    it."""
    return len(np) == 2 and np[0].lower() in _DOC_DETS and np[1].lower() in _DOC_HEADS


def _named_doc(np: list[str]) -> bool:
    """'the unclassified Peruvian intelligence report': a document a capitalised name qualifies, which speaks."""
    return len(np) > 1 and _base(np[-1]).lower() in _DOC_HEADS \
        and any(_cap(t) for t in np[1 if np[0].lower() in _DETS else 0 : -1])


def _the_document(np: list[str]) -> bool:
    """'the statement' after an inverted verb ('…," says the statement'): a document told before, which speaks
    for whoever issued it."""
    return len(np) == 2 and np[0].lower() == "the" and _base(np[1]).lower() in _DOC_HEADS


def _owned_doc(np: list[str]) -> bool:
    """'the union's statement', 'CUPE's post', 'the cabinet statement': a document whose owner is named, who
    speaks through it."""
    return _base(np[-1]).lower() in _DOC_HEADS and (
        any(_is_poss(t) for t in np[:-1]) or (len(np) > 1 and _base(np[-2].lower()) in _ORG_HEADS))


# a line in capitals that heads a speaker's words in a wire round-up of reactions ("GERMAN CHANCELLOR ANA RUIZ",
# then the quote as a paragraph of its own): letters, spaces and a name's marks, nothing a sentence has
_HEADER = patterns.compile(r"[\p{Lu}'’.&\- ]{5,100}")
# where the header goes on past the name: "… PRESIDENT ANA RUIZ IN A MESSAGE TO …", "… ON X"
_HEADER_TAIL = patterns.compile(r"[ ](?:IN|TO|ON|AT|FOR|VIA)[ ].*$")
_WORD_START = patterns.compile(r"(?:^|(?<=['’-]))\p{Ll}")  # where a name's word, lower-cased, takes a capital


def header_name(line: str) -> str | None:
    """The person a capitals header line names by office and name: the words after its last title ("US
    PRESIDENT ANA RUIZ" is "Ana Ruiz"). None where the line is no such header."""
    line = line.strip()
    if not _HEADER.fullmatch(line) or not any(c.isalpha() for c in line):
        return None
    words = _HEADER_TAIL.sub("", line).split()
    titled = [k for k, w in enumerate(words) if w.lower().rstrip(".") in TITLE_CAPS]
    if not titled:
        return None  # "BREAKING NEWS", "RELATED STORIES": a page's furniture, no one speaking
    name = words[titled[-1] + 1:]
    if not 2 <= len(name) <= 4:
        return None
    return " ".join(w.lower() if w.lower() in _PARTICLES else _WORD_START.sub(lambda m: m.group().upper(), w.lower())
                    for w in name)
