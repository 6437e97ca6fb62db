"""Which part of a counted group a figure is, for the period slot of ``slots``.

A figure is often a part of people already counted rather than a new count: "of whom 194 are in
hospital", "48 remain hospitalized", "18 were taken to hospital", "three in critical condition", "12 of
the injured were tourists", "including two visitors", "18 of my family members". Told apart from the
whole, such a part is not compared with the toll it belongs to. These readers were split from
``slots`` to keep it short; they read the text around one count and nothing of the other slots'
machinery, so ``slots`` imports them and this module imports nothing from ``slots``.
"""

from __future__ import annotations

import regex

from . import patterns
from .clauseread import ROLE_T
from .clausewords import CARE_PLACE, CARE_WORDS
from .countplace import PLACE_KINDS
from .measures import noun_end
from .models import PERSONS, UNNAMED_PART, Count
from .numerals import AMONG, FIGURE, ONES_WORDS, QUAL_PATTERN, SUBSET_LEAD, TEENS_WORDS, TENS_WORDS
from .population import NP_END, SUBGROUP_NOUNS, WORDS

# a number written as a word ("three", "fourteen", "forty")
_NUMBER_WORD = rf"(?:{ONES_WORDS}|{TEENS_WORDS}|{TENS_WORDS})"

# "212 of the injured were treated as outpatients", "of whom 194 are in hospital": a part of a group
# already counted, told by what befell that part
_PART_AFTER = patterns.compile(
    r"[ \t]+of[ \t]+(?:the|those|these)[ \t]+(?:injured|wounded|accused|defendants|dead|deceased|fatalities|victims"
    r"|missing|workers|passengers|crew|killed|hurt)\b", regex.I)
_OF_WHOM = r"of[ \t]+(?:whom|them|those)"  # a part of the people counted just before
# a part of captives counted with their whole, the whole's figure and what befell it given with it: "two of the
# six released sailors", "two of the five men jailed abroad"
_CAPTIVE_STATE = r"(?:released|freed|detained|held|imprisoned|jailed|kidnapped|abducted|seized|captured|exchanged)"
_OF_CAPTIVES_COUNTED = patterns.compile(
    rf"[ \t]+of[ \t]+(?:the|those|these)[ \t]+{FIGURE}[ \t]+(?:{_CAPTIVE_STATE}[ \t]+\p{{L}}+"
    rf"|(?:\p{{L}}+[ \t]+){{1,2}}{_CAPTIVE_STATE})\b"
    # ... or with a clause that says what befell the whole: "three of the prisoners, who were released to house
    # arrest before the swap, were named"
    rf"|[ \t]+of[ \t]+(?:the|those|these)[ \t]+(?:prisoners|hostages|captives|detainees),[ \t]+who[ \t]+"
    rf"(?:were|had[ \t]+been)[ \t]+{_CAPTIVE_STATE}\b", regex.I)
# ("including two visitors", "the victims include a ferry pilot and four people who ...": each item of the list)
_INCLUDED_BEFORE = patterns.compile(
    rf"\b(?:{SUBSET_LEAD}|includ(?:e|es|ed))[ \t]+(?:[^.;:]{{0,60}}?[ \t]and[ \t]+)?(?:{QUAL_PATTERN}[ \t]+)?$",
    regex.I)
# "18 of my family members", "three of his colleagues": the people of one person, a group of its own
_OWN_GROUP = patterns.compile(
    r"[ \t]+of[ \t]+(?:my|our|his|her|their)[ \t]+(?:(?:family|staff|crew|team|fellow)[ \t]+)?\p{L}+", regex.I)
_PART_BEFORE = patterns.compile(rf"\b(?:{_OF_WHOM}|of[ \t]+which)[ \t]+$", regex.I)
_PART_FILL = frozenset("are were is was had have has been being be still currently now also later reportedly who "
                       "that which remain remained remains".split())
_PART_PREPS = frozenset("in at on under".split())  # "those in hospital", "those under arrest"
_ARTICLES = frozenset({"the", "a", "an"})
# a kind of place within a few words: "in the hard-hit province of Besh" names where, not a part
_PLACE_KIND_NEAR = patterns.compile(rf"(?:[ \t]+[\p{{L}}-]+){{0,2}}?[ \t]+(?:{'|'.join(PLACE_KINDS)}|capital|area)\b",
                                    regex.I)


# how badly the counted are hurt, a part of the injured, named as _part names it ("three of whom are in critical
# condition": those in critical)
# the condition said after the figure: "in critical condition", "seriously hurt", "four of them seriously" (the
# adverb closing the clause), "20 of them critical" (the bare adjective, said of a part)
_CONDITION_AFTER = patterns.compile(
    r"(?P<gap>[^.;:\d]{0,60}?)\b(?:in[ \t]+(?:a[ \t]+)?(?P<state>critical|serious|grave)"
    # "in a serious or very serious condition": the milder grade named first stands for both
    r"(?:[ \t]+or[ \t]+(?:very[ \t]+|extremely[ \t]+)?(?:critical|serious|grave))?[ \t]+condition"
    r"|(?P<adv>critically|seriously|severely|gravely|badly|moderately|lightly|slightly|mildly)"
    r"(?:[ \t]+(?:injured|wounded|hurt|ill)\b"
    r"|(?=[ \t]*(?:[,.;)]|$)))"
    r"|(?<=\bof[ \t]+(?:them|whom)[ \t]+(?:(?:are|were|is|was)[ \t]+)?)(?P<bare>critical|serious)"
    r"(?=[ \t]*(?:[,.;)]|$)))",
    regex.I)
# ... as the figure's own noun or what its people suffered: "two serious injuries", "eleven people suffered
# life-threatening wounds" (not "30 passengers reached the pier and there were no serious injuries")
_CONDITION_NOUN = patterns.compile(
    r"(?:(?:[ \t]+\p{Ll}+){0,2}?"
    # (past an aside on who they are: "Two people, one of them a child, sustained serious injuries")
    r"(?:,[ \t]+(?:including|one[ \t]+of[ \t]+(?:them|whom)|among[ \t]+them)[^,.;:\d]{1,40},)?"
    r"(?:[ \t]+(?:have|has|had))?[ \t]+(?:suffered|sustained|received|had|with))?[ \t]+"
    r"(?P<noun>critical|serious|severe|grave|life-threatening|moderate|minor|light|mild)[ \t]+(?:injuries|wounds)\b",
    regex.I)
# ... or before it: "seriously injured at least seven", "the count of seriously injured at nine"
_CONDITION_BEFORE = patterns.compile(
    r"(?r)\b(?P<adv>critically|seriously|severely|gravely|badly|moderately|lightly|slightly)[ \t]+"
    r"(?:injured|wounded|hurt)"
    r"(?:[ \t]+(?:at|to))?[ \t]+$",
    regex.I)
# in every condition pattern
_CONDITION_WORDS = ("critical", "serious", "grave", "sever", "threatening", "badly", "moderate", "light", "slight",
                    "minor", "mild")
_CONDITION_NAMES = {"critical": "those in critical", "grave": "those in critical", "critically": "those in critical",
                    "gravely": "those in critical", "life-threatening": "those in critical",
                    "serious": "those in serious", "seriously": "those in serious", "severe": "those in serious",
                    "severely": "those in serious", "badly": "those in serious",  # "badly hurt": seriously
                    # the milder grades a rescue service reports beside them ("12 moderately and 150 lightly
                    # wounded", "two suffered minor injuries"): parts of the injured too, not all of them
                    "moderate": "those moderately hurt", "moderately": "those moderately hurt",
                    "light": "those lightly hurt", "lightly": "those lightly hurt", "slightly": "those lightly hurt",
                    "mildly": "those lightly hurt", "mild": "those lightly hurt", "minor": "those lightly hurt"}
# a figure in the gap is another count, whose condition it is ("40 injured, six in critical condition"); an
# appositive's is not ("Five passengers, including a child, were still in critical condition")
_OTHER_FIGURE = patterns.compile(rf"\b(?:{_NUMBER_WORD}|dozens?|hundreds?)\b", regex.I)
_APPOSITION = patterns.compile(r",[ \t]+including[^,]*,")
# a part without a figure in the gap: "hurt about 30 more, some critically" says how badly some of them are
_VAGUE_PART = patterns.compile(r",[ \t]+(?:some|many|most|several|(?:a[ \t]+)?few|half)\b", regex.I)


def _condition(text: str, c: Count, clause: tuple[int, int]) -> str:
    """'those in critical' or 'those in serious' where the clause says so of the counted, else ""."""
    lo = max(clause[0], c.start - 40)
    if not any(w in text[lo:clause[1]].lower() for w in _CONDITION_WORDS):
        return ""  # no word of a condition in the clause: most figures, decided without the patterns
    b = _CONDITION_BEFORE.search(text, lo, c.start)
    if b is not None:
        return _CONDITION_NAMES[b.group("adv").lower()]
    n = _CONDITION_NOUN.match(text, c.end, clause[1])
    if n is not None:
        return _CONDITION_NAMES[n.group("noun").lower()]
    m = _CONDITION_AFTER.match(text, c.end, clause[1])
    if m is None or _OTHER_FIGURE.search(gap := _APPOSITION.sub(",", m.group("gap"))) or _VAGUE_PART.search(gap):
        return ""
    return _CONDITION_NAMES[(m.group("state") or m.group("adv") or m.group("bare")).lower()]


# the people a count of patients names after the number, if any: "48 people", "six of them"
_PATIENTS = rf"(?:[ \t]+(?:people|persons|individuals|patients|victims|others|survivors|{_OF_WHOM}))?"
_IN_HOSPITAL = "those in hospital"
_TAKEN_TO_HOSPITAL = "those taken to hospital"
_TREATED_AT_SCENE = "those treated at the scene"
_IN_INTENSIVE_CARE = "those in intensive care"
_DISCHARGED = "those discharged"
_TREATED_FOR_SHOCK = "those treated for shock"
# "48 people remain hospitalized", "72 were still in hospitals", "30 are in hospital": the injured still
# treated, a part of all the injured ("were hospitalized" tells how many were hurt, and is not this);
# "six of them in intensive care" is a part of that part
_INPATIENTS = (
    (_IN_HOSPITAL, patterns.compile(
        rf"{_PATIENTS}(?:,[^,.;:\n]{{1,40}},)?"  # "64 people, most of them pupils, remained hospitalized"
        r"[ \t]+(?:(?:(?:are|were|is|was)[ \t]+)?(?:still|currently|now)[ \t]+|remain(?:s|ed)?[ \t]+"
        rf"|(?:are|is)[ \t]+)(?:(?:in|at)[ \t]+(?:a[ \t]+|the[ \t]+)?(?:\p{{Ll}}+[ \t]+)?{CARE_PLACE}"
        # "120 still undergoing treatment", "85 people are under treatment": still treated, wherever
        r"|(?:undergoing|receiving|under)[ \t]+(?:medical[ \t]+)?treatment"
        r"|hospitali[sz]ed)\b", regex.I)),
    # "18 cyclists were taken to hospital": the injured carried off, beside those treated where they fell
    (_TAKEN_TO_HOSPITAL, patterns.compile(
        r"(?:[ \t]+(?!(?:and|or|were|was|are|is|had|have|has)\b)\p{Ll}[\p{L}'’-]*){0,4}(?:,[^,.;]{1,40},)?[ \t]+"
        r"(?:(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+)?"
        r"(?:taken|rushed|transported|airlifted)"
        rf"[ \t]+to[ \t]+(?:a[ \t]+|the[ \t]+)?(?:\p{{Ll}}+[ \t]+)?{CARE_PLACE}\b", regex.I)),
    # "45 treated for shock", "20 people were treated for anxiety": unhurt people a rescue service also counts
    (_TREATED_FOR_SHOCK, patterns.compile(
        rf"{_PATIENTS}(?:[ \t]+(?:were|was|have[ \t]+been|had[ \t]+been))?[ \t]+treated[ \t]+for[ \t]+"
        r"(?:acute[ \t]+)?(?:shock|anxiety|panic|stress|emotional[ \t]+distress)\b", regex.I)),
    (_TREATED_AT_SCENE, patterns.compile(
        r"(?:[ \t]+\p{Ll}[\p{L}-]*){0,2}[ \t]+(?:were|was|have[ \t]+been|had[ \t]+been)[ \t]+treated[ \t]+"
        r"(?:[\p{L}-]+[ \t]+){0,3}?(?:at|on)[ \t]+the[ \t]+scene\b", regex.I)),
    # "11 of them having been discharged": those sent home, no longer among the hurt still treated
    (_DISCHARGED, patterns.compile(
        rf"{_PATIENTS}(?:[ \t]+(?:having|have|has|had|were|was))?"
        rf"(?:[ \t]+been)?[ \t]+(?:discharged|treated[ \t]+and[ \t]+released|sent[ \t]+home"
        rf"|released[ \t]+from[ \t]+(?:the[ \t]+|a[ \t]+)?{CARE_PLACE})\b", regex.I)),
    # "six in intensive care", "five were in the ICU", "six had been admitted to the intensive care unit"
    (_IN_INTENSIVE_CARE, patterns.compile(
        rf"{_PATIENTS}(?:[ \t]+(?:are|were|is|was|remain(?:s|ed)?|still|currently|now|had|have|has|been))*"
        r"[ \t]+(?:in|admitted[ \t]+to)[ \t]+(?:the[ \t]+|an[ \t]+)?"
        r"(?:(?:intensive|critical)[ \t]+care|ICUs?\b)", regex.I)),
)


def _injured_part(text: str, c: Count, clause: tuple[int, int], topic: str) -> str:
    """The part of the injured a count of people is: those still treated (``_INPATIENTS``), else, for a
    figure of the injured or of nothing yet, those in a critical or serious condition (``_condition``:
    "Five passengers, including a child, were still in critical condition"); "" for none."""
    near = text[c.end:c.end + _PART_REACH].lower()
    part = next((part for part, pattern in _INPATIENTS if pattern.match(text, c.end)), "") \
        if any(w in near for w in _INPATIENT_WORDS) else ""
    return part or (_condition(text, c, clause) if topic in ("injured", "other") else "")


_PART_REACH = 120  # characters after a figure within which a part of the injured is told
# one of them is in every ``_INPATIENTS`` pattern
_INPATIENT_WORDS = (*CARE_WORDS, "care", "scene", "discharged", "released", "shock", "anxiety", "panic", "stress",
                    "distress", "treatment", "sent home", "icu")


# the words one part of the injured goes by: "those hospitalized" is "those in hospital"
_PART_SAME = {"those hospitalized": _IN_HOSPITAL, "those hospitalised": _IN_HOSPITAL,
              "those in hospitals": _IN_HOSPITAL}


def _part(text: str, c: Count, clause: tuple[int, int]) -> str:
    """"those hospitalized" for a part of a group already counted ("194 of the injured are
    hospitalized"): the first word of what befell the part; "" when the figure is no such part."""
    if _OF_CAPTIVES_COUNTED.match(text, c.end):
        return UNNAMED_PART  # "two of the six released sailors chose to stay": what befell the whole is not the part's
    after = _PART_AFTER.match(text, c.end)
    if after is None and not _PART_BEFORE.search(text, max(clause[0], c.start - 20), c.start):
        return ""
    hits = list(WORDS.finditer(text, after.end() if after else c.end, min(clause[1], c.end + 80)))
    found = [m.group() for m in hits]
    found_ends = [m.end() for m in hits]
    ws = [w.lower() for w in found]
    for i, low in enumerate(ws):
        if low in _PART_PREPS and i + 1 < len(ws):
            if found[i + 1][:1].isupper() \
                    or (ws[i + 1] in _ARTICLES and _PLACE_KIND_NEAR.match(text, found_ends[i + 1])):
                return ""  # "19 of the dead in Braga", "45 of the dead in the province of Besh": a place's toll
            part = f"those {low} {ws[i + 1]}"
            return _PART_SAME.get(part, part)
        if _A_FIGURE.fullmatch(low):
            return UNNAMED_PART  # "nine of the injured and two of those killed were tourists": the next part
        if low == "from" or (found[i][:1].isupper() and i > 0):
            # "nine of the dead were from the hill villages", "40 of the victims being Chilean": a part by where
            # they came from
            return UNNAMED_PART
        if low in _ARTICLES or (i == 0 and after is not None and hits[0].start() == after.end() + 1
                                and low.endswith("s")):
            continue  # "nine of the deceased pilgrims were ...": the whole's own noun
        if low not in _PART_FILL and not low.endswith("ly") and low not in NP_END:
            if c.role and (verb := ROLE_T[0].fullmatch(text, hits[i].start(), hits[i].end())) is not None \
                    and verb.lastgroup == c.role and _YEAR_ANCHOR.match(text, hits[i].end()):
                return ""  # "2,400 returned, of whom 800 were released in 2023": a year's share, not a part
            if low == c.role:
                return ""  # "12 of the passengers were injured": the injured, told by their whole, not a part of them
            if c.role == "killed" and (verb := ROLE_T[0].fullmatch(text, hits[i].start(), hits[i].end())) is not None \
                    and verb.lastgroup == "killed":
                return ""  # "90 were taken to hospital, of whom 30 died": the dead, whichever group they were of
            return _PART_SAME.get(f"those {low}", f"those {low}")
    return ""


_YEAR_ANCHOR = patterns.compile(r"(?i:in|a|an|the|during|early|late|mid|[ \t-])*((?:19|20)\d\d)")


def _included(text: str, c: Count, population: str, subgroup: str, place: str, sent: tuple[int, int]) -> str:
    """"some of them" for "several are missing, including two citizens of Cyprus": a part of people just
    counted, which no subgroup tells apart ("including nine children" has its own), nor a place named after
    it ("12 died in the state, including nine in Braga": Braga's toll)."""
    sent_end = sent[1]
    if subgroup or population not in PERSONS or (place and text.find(place, c.end, sent_end) != -1):
        return ""
    if (whole := _OF_THE_LEAD.match(text, sent[0], c.start)) is not None and whole.end() <= c.start \
            and (((whole.group("n") or whole.group("n2")) and not _PART_AFTER.match(text, c.end))
                 or _A_FIGURE.search(text, whole.end(), c.start) or _A_FIGURE.search(text, c.end, sent_end)):
        return UNNAMED_PART  # "Of the dead, 12 died at the scene and 3 in hospital": the whole told in parts
        # ("Of 480 dead in the province, 300 were farmers": a part of the whole figure that opens the sentence)
    if gapped_part(text, c, sent):
        return UNNAMED_PART  # "Twelve died at the scene and three in hospital": each a part of the toll
    lead = _INCLUDED_BEFORE.search(text, max(0, c.start - 40), c.start) \
        or _AMONG_BEFORE.search(text, max(sent[0], c.start - _AMONG_REACH), c.start)
    if lead is not None and ", and " in lead.group() and (_OWN_VERB.match(text, noun_end(text, c))
                                                          or _HARM_NOUN.fullmatch(c.subject)):
        return ""  # "which left 40 dead, including two children, and 90 were hurt" (or "and 90 injuries"): a
        # figure of its own after the aside
    if lead is not None or _AMONG_AFTER.match(text, c.end, sent_end):
        return UNNAMED_PART  # "the train's two drivers were among the dead": a part of the toll, not it
    return ""


# figures told where each one was, the second with no verb of its own: "Twelve people died at the scene and three in
# hospital", "five were rescued from their rooms, around 20 from the roof": parts of a whole, none of them all of it
# (a place in lower case: a named place is a place's own figure, told by countplace)
_WHERE_PART = r"(?:at|in|on|from|inside|outside)[ \t]+(?:(?:the|their|his|her|its|a|an)[ \t]+)?\p{Ll}[\p{Ll}-]+"
_GAPPED_NEXT = patterns.compile(
    rf"[^,;.:!?\d]{{0,60}}?\b{_WHERE_PART}(?:[ \t]+\p{{Ll}}+)?(?:,[ \t]+|,?[ \t]+and[ \t]+)(?:{QUAL_PATTERN}[ \t]+)?"
    rf"{FIGURE}[ \t]+{_WHERE_PART}\b")
_GAPPED_BEFORE = patterns.compile(
    rf"\b{_WHERE_PART}(?:[ \t]+\p{{Ll}}+)?(?:,[ \t]+|,?[ \t]+and[ \t]+)(?:{QUAL_PATTERN}[ \t]+)?$")
_WHERE_AFTER = patterns.compile(rf"[ \t]+{_WHERE_PART}\b")  # (case kept: "in Lyon" is a place's own figure)
_GAPPED_REACH = 120  # characters back from the second figure to the first's


def gapped_part(text: str, c: Count, sent: tuple[int, int]) -> bool:
    """Whether a figure is one of two told where each one was, the second sharing the first's verb."""
    if _GAPPED_NEXT.match(text, c.end, sent[1]):
        return True
    lo = max(sent[0], c.start - _GAPPED_REACH)
    return bool(_WHERE_AFTER.match(text, c.end, sent[1]) and _GAPPED_BEFORE.search(text, lo, c.start)
                and _A_FIGURE.search(text, lo, c.start))


# a whole named with no figure, before the parts a sentence tells of it: "Of the dead, ...", "Of those hurt, ..."
_OF_THE_LEAD = patterns.compile(
    rf"[\W_]*Of[ \t]+(?:(?:the|those|(?P<n>(?:{QUAL_PATTERN}[ \t]+)?\d[\d,]*))[ \t]+[^,\d.;:!?]{{1,40}}"
    rf"|the[ \t]+(?P<n2>\d[\d,]*)),",  # ... or the figure alone, told before: "Of the 61, 27 were in Lyon"
    regex.I)
# ... in two figures or more: one alone may be all of them said again ("Of the injured, 28 were taken to hospital")
_A_FIGURE = patterns.compile(rf"\d|\b{_NUMBER_WORD}\b", regex.I)
# "Among the dead were nine engineers": a part of a group named before the figure
_AMONG_BEFORE = patterns.compile(
    r"\bamong[ \t]+(?:the|those)[ \t]+(?:[\p{L}\d,.-]+[ \t]+){0,2}?(?:dead|killed|victims|injured|wounded|casualties"
    rf"|missing|freed|released|hostages|passengers)(?:[ \t]+(?:persons|people))?"
    # ... or before a comma, the part's own verb after it: "Among the dead, four were climbers"
    rf"(?:[ \t]+(?:were|are|was|is)[ \t]+(?:also[ \t]+)?|,[ \t]+)"
    rf"(?:{QUAL_PATTERN}[ \t]+)?$",
    regex.I)
_AMONG_REACH = 60  # characters back from a figure to the "among the ..." that opens its clause
# the finite verb of a count's own clause, right after its noun
_OWN_VERB = patterns.compile(r"[ \t]+(?:were|was|are|is|have|has|had)\b", regex.I)
# a noun that names what befell people, never a part of them ("and 85 injuries" after a list of the dead)
_HARM_NOUN = patterns.compile(r"(?:\p{L}+[ ])*(?:injuries|deaths|fatalities|casualties|wounded|injured|dead)"
                              r"|(?:injured|wounded|dead)[ ]\p{L}+", regex.I)  # or "injured people"
_AMONG_AFTER = patterns.compile(rf"[^.;:!?\d]{{0,40}}?{AMONG}", regex.I)


def _own_group(text: str, c: Count, population: str) -> str:
    """"of my family members" for "18 of my family members are buried": one person's people, not the toll."""
    own = _OWN_GROUP.match(text, c.end) if population in PERSONS else None
    if own is None or own.group().split()[-1].lower() in SUBGROUP_NOUNS:
        return ""  # "two of their relatives": relatives, a subgroup of their own
    return " ".join(own.group().lower().split())
