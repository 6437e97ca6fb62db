"""What befell the counted and in what condition: a count's role ("killed", "released", "held") and status.

Read after the figure's topic (``counted``), in the windows ``countwindow`` set: the verb nearest the figure,
else one it shares with an earlier figure, else what its topic implies; swaps and hostage deals make the people
both sides free captives; the role corrects the topic where they disagree (the hurt who died are dead; residents
of a buried village are not its toll).
"""

from __future__ import annotations

import regex

from . import patterns
from .clauseread import ROLE_T, group, read_role, read_status
from .clausewords import DIED_AFTER
from .countpasses import _DEFAULT_ROLE, _SHARED_TOPICS, _SWAP_TEXT, _is_people
from .countwindow import Reading
from .numbers import QUAL_PATTERN
from .population import THING_NOUNS
from .priorcounts import _along_with, _verb_sharer, _whole_before, noun_whole

__all__ = ["CAPTIVE_TOPICS", "read_role_and_status"]

# captives carried somewhere, the verb right after their noun: "were flown", "have been transported"
_CARRIED_AFTER = patterns.compile(
    r"[ \t]+(?:(?:were|was|are|have[ \t]+been|had[ \t]+been|being)[ \t]+)?(?:flown|transported|airlifted|ferried"
    r"|bused|bussed|moved|transferred|repatriated|returned)\b", regex.I)
# harm told among a group before its figure: the figure is the group, not the harmed
_HARM_AMONG = patterns.compile(r"\b(?:deaths?|dead|fatalities|casualties|injuries|victims)[ \t]+"
                               r"(?:(?:were|was)[ \t]+)?(?:reported[ \t]+)?among[ \t]+(?:(?:the|its|their)[ \t]+)?$",
                               regex.I)
# the two sides of a swap told as "N captives for M prisoners", as headlines do
_CAPTIVES = r"(?:prisoners|detainees|inmates|hostages|captives)"
_SWAPPED_FOR = patterns.compile(
    rf"[ \t]+for[ \t]+(?:(?:about|some|nearly|over|more[ \t]+than|at[ \t]+least)[ \t]+)?[\d,]+[ \t]+"
    rf"(?:[\p{{L}}-]+[ \t]+)?{_CAPTIVES}\b", regex.I)
# between the people one side frees and those it gets for them: "18 soldiers for 70 rebels"
_FOR_BETWEEN = patterns.compile(
    rf"[ \t]+(?:in[ \t]+(?:exchange|return)[ \t]+)?for[ \t]+(?:{QUAL_PATTERN}[ \t]+)?", regex.I)
_SWAPPED_AGAINST = patterns.compile(rf"\b{_CAPTIVES}[ \t]+for[ \t]+(?:(?:about|some|nearly|over)[ \t]+)?$", regex.I)
_FOR_PRISONERS = patterns.compile(
    r"[^.;]{0,60}?\b(?:in[ \t]+exchange[ \t]+for|in[ \t]+return[ \t]+for|in[ \t]+a[ \t]+swap[ \t]+for)[ \t]+"
    r"(?:[\p{L}\d,]+[ \t]+){0,6}?(?:prisoners|detainees|inmates)\b", regex.I)
# the nouns of the story's captives, whichever side holds them (``HOSTAGE_WORD`` is the words only hostages have)
_HOSTAGE_OR_CAPTIVE = patterns.compile(r"\b(?:hostages?|captives?)\b", regex.I)
# prisoners counted apart after them in the sentence, in a story of hostages: they are the other side, the
# hostages ("Five soldiers held for 13 months were freed, and 180 prisoners were released hours later")
_PRISONERS_APART = patterns.compile(
    rf"(?:,|,?[ \t]+(?:and|while|as))[ \t]+(?:{QUAL_PATTERN}[ \t]+)?[\d,]+[ \t]+(?:\p{{L}}+[ \t]+)?"
    rf"(?:prisoners|detainees)\b",
    regex.I)
# a part named after the hostages it is among: "Among the 23 hostages freed on Friday were six children"
_AMONG_HOSTAGES = patterns.compile(r"\bamong[ \t]+(?:the|those)[ \t]+(?:[\p{L}\d,-]+[ \t]+){0,3}?(?:hostages|captives)"
                                   r"(?:[ \t]+[\p{L}-]+){0,4}?[ \t]+(?:were|are)[ \t]+$", regex.I)
# freed after they were seized: "six farmers were freed 30 days after they were abducted from the village"
_SEIZED_BEFORE = patterns.compile(
    r"\b(?:after|since)[ \t]+(?:they|he|she)[ \t]+(?:were|was|had[ \t]+been)[ \t]+(?:kidnapped|abducted|seized"
    r"|taken[ \t]+(?:hostage|captive)|snatched)\b|\bafter[ \t]+being[ \t]+(?:kidnapped|abducted|seized"
    r"|taken[ \t]+(?:hostage|captive))\b", regex.I)
# ... or freed by those who hold people to ransom or as a weapon: "Kidnappers released 20 schoolgirls"
_CAPTORS_FREED = patterns.compile(
    r"\b(?:kidnappers|abductors|captors|gunmen|bandits|militants|pirates|jihadists|hostage[ -]takers)[ \t]+"
    r"(?:(?:have|had|has|later|finally|also|on[ \t]+\p{L}+day)[ \t]+)*(?:freed|released|let[ \t]+go)[ \t]+"
    r"(?:(?:another|the|some|about|at[ \t]+least|all)[ \t]+)?$", regex.I)
_CAPTORS_REACH = 70  # characters back from the figure its captors and their verb fit in
_SWAP_WORD = patterns.compile(
    r"\b(?:prisoners?|detainees?|(?:prisoner|detainee|POW)[ \t-]+(?:swaps?|exchanges?))\b", regex.I
)
_FREED_FROM = patterns.compile(
    r"[ \t]+(?:\w+[ \t]+)?from[ \t]+(?:the[ \t]+)?(?:rubble|debris|wreckage|ruins|hospital|rooms?"
    r"|cars?|vehicles?|buildings?|homes?|mud)\b",
    regex.I,
)
CAPTIVE_TOPICS = ("hostages", "prisoners")
# captives moved to a country, their side's (not "transferred to a jail"): handed over
_TO_PARTY = r"to[ \t]+(?:the[ \t]+)?\p{Lu}(?![\p{L}'’]*['’]s\b)"  # a country or a people, not "to Peru's jails"
_HANDED_ON = patterns.compile(rf"\btransferred[ \t]+(?:back[ \t]+)?{_TO_PARTY}")
# ... or delivered, the party they were handed to right after them: "delivered 30 hostages to the Borenians"
_DELIVERED_TO = patterns.compile(rf"[ \t]+(?:over[ \t]+)?{_TO_PARTY}")
# the deaths of the counted, said right before their figure: their own fate, whatever verb comes after
_DEATHS_OF = patterns.compile(r"(?r)\b(?:deaths|killings?|murders?|slayings?)[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+)?$",
                              regex.I)
_DEATHS_OF_REACH = 30  # characters before the figure the phrase may end in
_THING_ROLES = frozenset({"launched", "intercepted", "delivered", "stuck"})  # what weapons and goods do
# a side's people got back in a swap, the verb right before them
_RECEIVED_BEFORE = patterns.compile(
    rf"\b(?:received|welcomed|got[ \t]+back)[ \t]+(?:back[ \t]+)?(?:{QUAL_PATTERN}[ \t]+)?$", regex.I)
# a swap and the people it involves: "an exchange between Boren and the West, involving 19 individuals"
_SWAP_INVOLVING = patterns.compile(
    rf"\b(?:swaps?|exchanges?|trades?)\b[^.;:!?]{{0,80}}?\binvolv(?:ing|ed|es|e)[ \t]+"
    rf"(?:(?:a[ \t]+total[ \t]+of|the)[ \t]+)?(?:{QUAL_PATTERN}[ \t]+)?$", regex.I)
_OTHERS = patterns.compile(r"(?i)(?:.*\b)?others?\b")
# what never befalls the dead: a figure told dead whose role word is one of these has borrowed someone else's
_NOT_OF_THE_DEAD = frozenset({"missing", "injured", "rescued", "stuck", "demanded"})


# a count of what was done that is a count of the people it was done to, one each: the topic and the role
DONE_TO_PEOPLE = {"rescues": ("other", "rescued"), "arrests": ("prisoners", "held"),
                   # ... and what befell them, said as the noun itself: "left 17 dead and 9 missing" (only as the
                   # head: "two missing workers found dead" are dead)
                   "missing": ("other", "missing")}


def read_role_and_status(rd: Reading) -> tuple[str | None, str | None, int]:
    """The figure's role and status, and where the role's words end (a time anchor is read from there); may
    correct the topic (``rd.topic``)."""
    text, r, clause, np_end, prior, prev_np_end = rd.text, rd.r, rd.clause, rd.np_end, rd.prior, rd.prev_np_end
    start, topic, words, subject, s0, s1 = r.start, rd.topic, rd.words, rd.subject, rd.s0, rd.s1
    fwd_near, fwd_far, back, sentence, prefix = rd.fwd_near, rd.fwd_far, rd.back, rd.sentence, rd.prefix
    sharer, antecedent, pm, lives_toll, residents = rd.sharer, rd.antecedent, rd.remains, rd.lives_toll, rd.residents
    role, when_from = read_role(text, r.np_start, np_end, fwd_near, back, fwd_far)
    if lives_toll:
        role = "killed"  # "took nine lives": the verb of the toll, not a taking of hostages
    elif role is None and words and (done := DONE_TO_PEOPLE.get(words[-1].lower())) is not None:
        topic, role = done  # "crews made more than 150 rescues": people rescued; "40 arrests": people held
    elif role is None and (sharer := sharer or _verb_sharer(text, prior, prev_np_end, clause[0], start, words)
                           or _along_with(text, prior, s0, start, words)):
        role = sharer.role  # "Among those freed were 140 soldiers and 35 civilians": the civilians were freed
        if topic == "other" and sharer.topic in _SHARED_TOPICS:
            topic = sharer.topic  # "nine firefighters were hurt, along with 4 residents": the residents are hurt too
    elif role is None and topic in CAPTIVE_TOPICS and (whole := _whole_before(text, prior, s0, start)) is not None:
        role = whole.role  # "freed 23 hostages, including six children": the children were freed too
    elif role is None and topic in CAPTIVE_TOPICS \
            and (verb := noun_whole(ROLE_T, text, s0, start, verb=True)) is not None:
        role = group(verb)  # "freed the first group of captives, including six children": no figure, the same verb
    elif role == "held" and topic == "hostages":
        role = "remaining"
    elif role is None and _is_people(words) and prior and prior[-1].role == "released" \
            and prior[-1].topic in CAPTIVE_TOPICS and prior[-1].start >= s0 \
            and _FOR_BETWEEN.fullmatch(text, prev_np_end, start):
        role = "released"  # "will exchange 18 soldiers for 70 rebels": the side got back is freed too
    elif role is None and topic in CAPTIVE_TOPICS and _CARRIED_AFTER.match(text, np_end) \
            and _SWAP_TEXT.search(text, max(0, s0 - 300), s1):
        role = "released"  # "140 prisoners were flown between the two capitals" in a swap: exchanged
    elif role is None and topic in CAPTIVE_TOPICS and _SWAP_INVOLVING.search(text, max(s0, start - 120), start):
        role = "released"  # "a swap involving 19 prisoners": those it involves are those exchanged
    elif role is None and _RECEIVED_BEFORE.search(text, max(s0, start - 40), start) \
            and _SWAP_WORD.search(text, max(0, s0 - 300), s1):
        role = "released"  # "the ministry said it had received 500 servicemen" back in a swap
    elif role is None:
        role = _DEFAULT_ROLE.get(topic)
    elif role == "delivered" and topic in CAPTIVE_TOPICS and (
            _HANDED_ON.search(text, np_end, np_end + 80) or _DELIVERED_TO.match(text, np_end)):
        role = "released"  # "14 hostages were transferred to Peru": captives handed over are freed
    elif role == "delivered" and topic != "aid":
        role = None  # people "entered" a place; only goods are delivered
    if role in ("killed", "injured") and topic in ("deaths", "injured") and role != _DEFAULT_ROLE[topic]:
        role = _DEFAULT_ROLE[topic]  # "the number of dead to go above 50 ... for the injured"
    if topic in ("deaths", "injured") and residents:
        topic, role = "other", None  # "a village home to some 350 people was buried": those who lived there
    if topic in ("deaths", "injured") and _HARM_AMONG.search(text, max(s0, start - 40), start):
        topic, role = "other", None  # "several deaths among the 4,000 who took part": the whole they are among
    if topic == "injured" and DIED_AFTER.match(text, np_end) and not rd.part_picked:
        topic, role = "deaths", "killed"  # "two more injured fishermen succumbed": the hurt who died are dead
    if topic in ("injured", "other") and _DEATHS_OF.search(text, max(s0, start - _DEATHS_OF_REACH), start):
        topic, role = "deaths", "killed"  # "acquitted in the deaths of two men and for wounding a third": the dead
    seized = topic == "other" and role == "released" and (
        _SEIZED_BEFORE.search(text, np_end, s1) is not None
        or _CAPTORS_FREED.search(text, max(s0, start - _CAPTORS_REACH), start) is not None)
    if topic == "other" and role == "released" \
            and (_is_people(words) or (not words and (not subject or _is_people(subject.split())))) \
            and not _FREED_FROM.match(text, np_end) \
            and (seized or _HOSTAGE_OR_CAPTIVE.search(sentence) or _SWAP_WORD.search(text, max(0, s0 - 300), s1)):
        # people released in a hostage deal or a prisoner swap are prisoners, unless released in exchange for
        # prisoners ("three soldiers in exchange for 90 prisoners"), or named as a part of hostages ("Among
        # the 23 hostages freed were six children"), or freed after they were seized: then they are captives
        topic = "hostages" if _FOR_PRISONERS.match(text, np_end, s1) \
            or _AMONG_HOSTAGES.search(text, max(s0, start - 80), start) \
            or seized \
            or (_PRISONERS_APART.search(text, np_end, s1) and _HOSTAGE_OR_CAPTIVE.search(text)) else "prisoners"
    if topic in ("hostages", "prisoners") and role is None and (
            _SWAPPED_FOR.match(text, np_end) or _SWAPPED_AGAINST.search(text, max(0, start - 40), start)):
        role = "released"  # "12 captives for 95 prisoners": both sides of a swap are freed
    is_thing = bool(words) and words[-1].lower() in THING_NOUNS
    if topic == "other" and (role in ("killed", "injured") or (is_thing and role not in _THING_ROLES)
                             or (role == "stuck" and not _is_people(words))):
        role = None  # things are not killed, released or stuck ("a dozen drones ..., killing two")
    status = read_status(text, words, prefix, fwd_near)
    if status is None and antecedent is not None and pm is None and not _OTHERS.match(subject) \
            and not _OTHERS.match(" ".join(words)):  # "one dead and two others in critical condition"
        status = antecedent.status  # "20 of whom were alive"; but "200 lifers and 2,000 others" are not lifers
    if status == "dead" and role in _NOT_OF_THE_DEAD and topic == "deaths":
        role = "killed"  # "left 7 workers dead and households with missing relatives": the word was theirs
    rd.topic = topic
    return role, status, when_from
