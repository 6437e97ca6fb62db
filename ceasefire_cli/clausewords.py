"""The words of a clause that say what befell what a number counts: topic triggers, roles, statuses and
time anchors, as compiled patterns (``counted`` reads the clause with them).

Role vocabulary (the clause's verb, normalised; the first one after the counted noun, else the last
one before the number): ``released`` (release, free, exchange, swap, hand over, return),
``remaining`` (remain, still held, held captive, in captivity; "held" of hostages), ``held`` (held,
detained, arrested, imprisoned, jailed, in prison/custody), ``taken`` (took, abducted, seized,
kidnapped, captured), ``killed`` (also the default for deaths), ``injured`` (also the default for
the injured), ``demanded`` (demand, insist on, call for, seek), ``delivered`` (delivered,
transferred, entered, distributed, collected; aid only), ``stuck`` (uncollected, stuck,
stranded, blocked, waiting), ``missing`` (missing, unaccounted for, whereabouts unknown), ``rescued``
(rescued, save, saved, pulled out alive, "the rescue of"), ``intercepted`` (shot down, intercepted,
downed), ``launched`` (launched, fired) and ``attacked`` (stabbed, shot: an attacker's victims, dead or alive).
Measures and durations have no role.

Status vocabulary (modifiers of the counted noun, "remains of"/"bodies of" before it, or words
right after it): ``living``, ``dead``, ``remains`` (remains, bodies), ``life-sentence`` (life
sentences, life-term), ``detained``.
"""

from __future__ import annotations

import re

import regex

from . import patterns
from .names import _trie
from .numbers import MONTH_CS, WEEKDAY_ALT
from .numerals import ONES_WORDS, TEENS_WORDS, TENS_WORDS

_W = r"[ \t]+"
# a place where the hurt are cared for: "hospital", "clinic", "medical college", "trauma centre"
CARE_PLACE = (rf"(?:hospitals?|clinics?|infirmar(?:y|ies)"
              rf"|(?:medical|health|trauma){_W}(?:colleges?|centres?|centers?|facilit(?:y|ies)))")
CARE_WORDS = ("hospital", "clinic", "infirmar", "medical", "health", "trauma")  # one is in every CARE_PLACE
_HOSPITAL = (rf"(?:(?:taken|rushed|admitted|airlifted|flown){_W}to|treated{_W}(?:at|in)"
             # "the crash sent 18 people to the hospital" ((?=to) first: the look back, run at every word start
             # the pattern is tried at, cost the topic pattern half its time)
             rf"|(?=to)(?<=\bsen(?:t|ds?|ding)\b[^.;:!?]{{1,40}})to)"
             # "treated at local hospitals", "at a local medical college", "at the district clinic": the hurt
             rf"{_W}(?:(?:a|an|the){_W})?(?:\p{{L}}+{_W}){{0,2}}?{CARE_PLACE}")
_CONDITION = rf"in{_W}(?:a{_W})?(?:(?:very|extremely|quite){_W})?(?:critical|serious|stable|grave){_W}condition"
# "people whose whereabouts are unknown": the missing, as a list of names puts it
_WHEREABOUTS = (rf"whereabouts{_W}(?:(?:are|were|remain|remained|is|was){_W}(?:still{_W})?unknown"
                # "51 people whose whereabouts could not be confirmed": not found, however the list words it
                rf"|(?:could|can|have|has|had){_W}not{_W}(?:yet{_W})?(?:been{_W}|be{_W})?"
                rf"(?:confirmed|established|determined|verified))")
# "death" naming a thing, not a toll: a death cap (a mushroom), the death penalty, death threats
_DEATH_THING = r"[ \t-]+(?:caps?|penalty|penalties|threats?|certificates?|squads?|knell|wish|traps?|spiral|metal)\b"
# the bodies a search is for are no toll of the searchers: "1,000 troops joined the search for bodies" (but
# "divers searching for bodies found 12 more": the 12 are bodies)
_NOT_SOUGHT = rf"(?<!\b(?:the|a){_W}(?:search|hunt){_W}for{_W}(?:the{_W})?)"
# a toll of lives, not a road's or a bridge's
_TOLL = r"toll\b(?![ \t-]+(?:roads?|booths?|gates?|plazas?|bridges?|free|ways?|lanes?|charges?|fees?)\b)"
# "dead" that says nothing of death: "ended in a dead heat", "a dead end", "dead set against", "dead wrong"
_NOT_DEAD = rf"{_W}(?:heat|end|set|wrong|even|serious|silent|last)\b|-(?:end|locked?)\b"
# what one "executes" that is no person: "six raiders executed the plan", "officers executed a warrant"
_EXECUTED_THING = (rf"{_W}(?:the|an?|their|its|his|her|this|that){_W}(?:[\p{{L}}-]+{_W})?"
                   r"(?:heist|plan|plans|plot|raid|robbery|theft|operation|attack|order|orders|warrant|search|mission"
                   r"|move|strategy|deal|contract|programme|program|task|project|manoeuvre|maneuver|turn|jump|trade)\b")
# what a place or a service "remains": "the chapel remains closed", "the road remained shut"
_STATE_OF_A_PLACE = "closed|open|shut|sealed|cordoned|off-limits|unclear|unknown|uncertain|calm|tense|unchanged|intact"
# "claimed the lives of 50 villagers" is a toll; "saved the lives of 50" is not
_LIVES_OF = rf"(?:claim(?:s|ed|ing)?|took|taken|cost(?:s|ing)?){_W}the{_W}lives{_W}of"
# The patterns of words below check the word boundary every branch opens with once, before the branches: else the
# regex module tries each branch at every offset, most of them inside a word (a search ~1.5x faster).
# harm said to be fatal is a death: "found with fatal gunshot wounds", "fatally injured", "mortally wounded"
_FATAL_HARM = (rf"(?:fatal|mortal)(?:ly)?{_W}(?:[\p{{L}}-]+{_W})?"
               r"(?:wounds?|injur(?:y|ies|ed)|wounded|shot|stabbed|knifed|slashed)")
_TOPIC_TRIGGER = patterns.compile(
    rf"\b(?:(?P<prisoners_>(?:sentenced{_W}to{_W}death|death{_W}(?:sentences?|row))\b)"
    rf"|(?P<deaths>(?:kill|killed|killing|kills|dead(?!{_NOT_DEAD})|deceased|die(?!-)|died|dies|dying|deaths?(?!{_DEATH_THING})|(?:death{_W})?{_TOLL}"
    rf"|fatalities|mortalities|slain|succumbed|{_FATAL_HARM}"
    rf"|perish(?:ed|es|ing)?|martyred|{_LIVES_OF}"
    rf"|drown(?:s|ed|ing)?"
    rf"|starved{_W}to{_W}death|starving{_W}to{_W}death|lost{_W}their{_W}lives|massacred|{_NOT_SOUGHT}bodies"
    rf"|mass{_W}graves?"
    rf"|victims(?={_W}(?:also{_W})?includ)"  # "the victims include 14 from Norway": the dead, listed by origin
    # killing as the police or the army word it ("five gunmen were eliminated", "six bandits liquidated")
    rf"|murdered|slayings?|eliminated|liquidated|(?:executed|executing)(?!{_EXECUTED_THING})|executions?{_W}of"
    rf"|buried(?!{_W}(?:alive|under|beneath|in{_W}(?:the{_W})?(?:rubble|debris|mud))))\b)"
    rf"|(?P<injured>(?:wounded|wounding|injured|injuring|injures?|injuries|hurt|hurting|wounds|burns|{_HOSPITAL}|hospitali[sz]ed"
    rf"|(?:undergoing|receiving|under){_W}(?:medical{_W})?treatment"  # "68 patients were undergoing treatment at ..."
    rf"|{_CONDITION})\b)"
    rf"|(?P<prisoners>(?:prisoners?|prisons?|jails?|jailed|detainees?|detained|detaining|detention|imprisoned|inmates?|POWs?"
    rf"|life[ \t-]+(?:sentences?|terms?)|behind{_W}bars)\b)"
    rf"|(?P<hostages>(?:hostages?|captives?|captivity|abducted|abducting|abductees?|kidnapped|kidnapping"
    rf"|held{_W}captive)\b)"
    rf"|(?P<aid>(?:food{_W}insecurity|aid{_W}(?:trucks|deliveries|convoys|shipments|parcels|packages)"
    r"|truckloads|food\s+parcels|meals)\b)"
    r"|(?P<other>(?:missing|disappeared|whereabouts|displaced|evacuated|homeless|unaccounted|stranded|arrested|uprooted|fled"
    r"|(?:yet|still)\s+to\s+be\s+accounted|not\s+(?:yet\s+)?(?:been\s+)?accounted"
    r"|fleeing|flee|flees|evacuate"  # "made 70 others evacuate": fled, whatever befell those before them
    r"|rescued|trapped|affected|sheltering)\b))",
    regex.I,
)
# a state said to be over, before its word: "four victims, among them a hiker earlier reported missing" are
# dead, not missing
_ONCE_BEFORE = patterns.compile(
    r"\b(?:previously|earlier|formerly|initially|once)[ \t]+(?:(?:reported|listed|declared|thought|believed)[ \t]+)?"
    r"(?:(?:as|to[ \t]+be)[ \t]+)?$", regex.I)
_ONCE_REACH = 30  # characters before the state's word where "previously reported as" fits


def said_over(text: str, lo: int, at: int) -> bool:
    """Whether the state word at ``at`` is said to be over ("a hiker earlier reported missing"), looking back
    no further than ``lo``. A substring test first: the words are rare, the regex is not free."""
    start = max(lo, at - _ONCE_REACH)
    window = text[start:at]
    return ("ly " in window or "nce " in window or "rlier " in window) \
        and _ONCE_BEFORE.search(text, start, at) is not None
# the words only hostages are told by: a story of prisoners whose "captives", freed "from captivity", never are
# hostages, kidnapped or abducted is a swap of prisoners of war
HOSTAGE_WORD = patterns.compile(r"\b(?:hostages?|kidnap\w*|abduct\w*|seiz\w*|taken[ \t]+captive)\b", regex.I)
# ... and the words of prisoners: a story that has them and no hostage word counts its captives as prisoners
PRISONER_WORD = patterns.compile(r"\b(?:prisoners?|POWs?)\b", regex.I)
# where the held are, said instead of a verb: "behind bars", "in prison", "in federal custody"
INSIDE = rf"(?:behind{_W}bars|in{_W}(?:[\p{{L}}’'-]+{_W}){{0,3}}?(?:prisons?|jails?|detention|custody))"
_INSIDE = patterns.compile(INSIDE, regex.I)


def is_inside(phrase: str) -> bool:
    """Whether a phrase the held role matched is a place ("in prison"), not a verb of holding ("detained")."""
    return _INSIDE.fullmatch(phrase) is not None


_ROLE = patterns.compile(
    rf"\b(?:(?P<stuck>(?:remain(?:s|ed|ing)?{_W})?(?:uncollected|stuck|stranded|blocked|piled{_W}up"
    # those trapped while they wait are trapped: "40 miners trapped awaiting rescue"
    rf"|(?<!\b(?:trapped|buried),?{_W})(?:waiting|awaiting))\b)"
    # a press release frees nobody; the hurt sent home from hospital are no captives freed ("treated and released"),
    # nor are the dead counted in figures a ministry put out ("a tally of figures released by the ministries")
    rf"|(?P<released>(?:(?<!\b(?:press|news|media|figures|data|statistics|numbers|details|results){_W})"
    rf"(?<!\btreated{_W}and{_W})(?!(?<=\ba{_W})release\b)releas(?:e|es|ed|ing)"
    rf"(?!{_W}from{_W}(?:the{_W}|a{_W})?hospitals?\b)"
    # ... nor does a release that speaks, or 'a release', a document ("a release from the mayor's office said")
    rf"(?!(?<=\breleases?)(?:{_W}(?:from|by)\b[^;:!?\n]{{0,80}}?)?{_W}(?:said|says|stated|states|added)\b)"
    rf"(?!{_W}(?:new{_W}|updated{_W}|its{_W}|their{_W}|the{_W})?(?:figures|data|statistics|numbers|details|results)\b)"
    # ... nor a statement or a video put out ("the gang released a statement saying three of its men ...", "police
    # release more video as details emerge on 6 victims")
    rf"(?!{_W}(?:(?:an?|its|their|the|a{_W}new|more|new|further){_W})?(?:\p{{Ll}}+{_W})?(?:statement|report|video|list|photo|image|recording"
    rf"|audio|message|communiqu[eé]|footage|transcript)s?\b)"
    rf"|free(?:s|d|ing)?|exchanged?|exchanging|swap(?:s|ped|ping)?"
    rf"|hand(?:s|ed|ing)?{_W}over|handover|return(?:s|ed|ing)?|exchanges|(?:come|came|comes|coming){_W}home"
    rf"|(?:head(?:s|ed|ing)?|on{_W}their{_W}way){_W}home"
    # out of captivity: "14 sailors will walk out of captivity", "six emerged from captivity", "walked free"
    rf"|(?:walk(?:s|ed|ing)?|came|come|comes|coming|emerg(?:e|es|ed|ing)){_W}(?:out{_W}of|from){_W}captivity"
    rf"|walk(?:s|ed|ing)?{_W}free"
    rf"|repatriat(?:e|es|ed|ing)|liberat(?:e|es|ed|ing)|(?:brought|bringing|brings|bring){_W}back"
    # "a deal to secure the freedom of three hostages" (the figure right after: not "freedom of speech")
    rf"|freedom{_W}of(?={_W}(?:(?:the|all|some|about){_W})?(?:$|\d|(?:{ONES_WORDS}|{TEENS_WORDS}|{TENS_WORDS}"
    rf"|dozens|hundreds)\b))"
    rf"|(?:brought|bringing|brings|bring|made{_W}it|make{_W}it){_W}home"  # a swap's side
    # brings its people home, they make it home
    # ... gets them back, or they are received: "each side got 95 soldiers back", "95 had been received"
    rf"|back(?<=\b(?:got|get|gets|getting|received|receives|brought|brings|bringing)\b[^.;:!?\d]{{0,40}}\d"
    rf"[^.;:!?]{{0,40}}back)"  # (the word first, then what stands before it: a lookbehind tried only there)
    rf"|received(?<=\bbeen{_W}received))\b"
    rf"(?!{_W}(?:fire|gunfire|blows|rates?|views|vows|home{_W}safely|to{_W}(?:work|school|normal))\b))"
    # (not a place or a thing that "remains closed" while the figure is told of something else)
    rf"|(?P<remaining>(?:(?<!\bthe{_W})(?<!\btheir{_W})remain(?:s|ed|ing)?\b(?!{_W}(?:of|at|{_STATE_OF_A_PLACE})\b)"
    rf"|still{_W}(?:held|alive|in{_W}captivity)|held{_W}captive|in{_W}captivity)\b)"
    rf"|(?P<held>(?:held|holding|detained|detaining|arrested|imprisoned|jailed"
    rf"|nabbed|apprehended|rounded{_W}up"  # what police do to suspects, in other words
    rf"|(?:arrests?|detentions?){_W}of"  # ... and the noun before whom: "prompting the arrest of three men"
    rf"|{INSIDE})\b)"
    r"|(?P<taken>(?:(?:taken|took|whisked)[ \t]+(?:away[ \t]+)?to[ \t]+an?[ \t]+(?:undisclosed|unknown)"  # abducted
    # carried off by the captors: "taking away 90 pupils", "were whisked away by the gang", "the abduction of 88"
    r"|(?:taking|took|taken|whisked|spirited|carted)[ \t]+(?:away|off)(?![ \t]+(?:to|from)\b)"
    r"|abductions?[ \t]+of"
    r"|took|taken|abducted|abducting|seized|kidnapped|kidnapping|captured"
    r"|abducts?|seizes?|kidnaps?)\b"  # the present of headlines: "Gunmen abduct 120 students"
    # not "took part", "taken to hospital", "took shelter", "taken ill", "took (particular) aim": the people did it,
    # or went somewhere
    r"(?![ \t]+(?:part|to|into|over|place|off|shelter|refuge|cover|ill|office|charge|control|steps|action)\b"
    r"|[ \t]+(?:\p{L}+[ \t]+)?aim\b"
    # nor "took the odd step", "took a decision": an act, not a seizure
    r"|[ \t]+(?:the|an?)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:steps?|decision|stand|view|position|lead|measures?|precautions?"
    r"|initiative|helm|stage|oath|floor|chance|opportunity|time)\b))"
    rf"|(?P<killed>(?:kill|killed|killing|kills|die(?!-)|died|dies|slain|perish(?:ed|es|ing)?|succumbed|martyred|drown(?:s|ed|ing)?"
    rf"|{_FATAL_HARM}"
    rf"|murdered|slayings?|eliminated|liquidated|(?:executed|executing)(?!{_EXECUTED_THING})|executions?{_W}of"
    rf"|starved{_W}to{_W}death"
    rf"|starving{_W}to{_W}death|lost{_W}their{_W}lives|deaths?{_W}of|{_LIVES_OF})\b)"
    r"|(?P<injured>(?:wounded|wounding|wounds|injured|injuring|injures?|hurt|hurting|hospitali[sz]ed|discharged"
    rf"|treated{_W}and{_W}released|released{_W}from{_W}(?:the{_W}|a{_W})?hospitals?)\b)"
    # (not those who seek safety, care or another way: "2,000 left the valley, seeking shelter with relatives",
    # "forced 2,300 islanders to seek other crossings")
    rf"|(?P<demanded>(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?{_W}on|call(?:s|ed|ing)?{_W}for|seek(?:s|ing)?"
    r"|sought)\b(?![ \t]+(?:safety|refuge|shelter|asylum|treatment|cover|medical|help|other|alternative|alternate)\b))"
    rf"|(?P<delivered>(?:deliver(?:s|ed|ing)?|transferred|entered|distributed|distributing|collected"
    rf"|brought{_W}in|allowed{_W}in|airdropped)\b)"
    rf"|(?P<missing>(?:missing|unaccounted{_W}for|{_WHEREABOUTS}"
    rf"|(?:yet|still){_W}to{_W}be{_W}accounted{_W}for|not{_W}(?:yet{_W})?(?:been{_W})?accounted{_W}for)\b)"
    # ... and the noun before whom it saved: "the rescue of four hostages"
    # ... and the bare verb after "to" or a modal: "managed to rescue 1,000 people" (not "in need of rescue")
    rf"|(?P<rescued>(?:rescued|rescuing|rescues|rescue(?={_W}of\b)"
    rf"|(?<=\b(?:to|help|helped|helping|could|can|will|would|must){_W})rescue|save|saved|saving"
    rf"|plucked|airlifted|winched"  # lifted to safety: "helicopters plucked 41 people from rooftops"
    rf"|pulled{_W}(?:out{_W})?alive)\b)"
    rf"|(?P<intercepted>(?:shot{_W}down|intercepted|downed|neutrali[sz]ed)\b)"
    r"|(?P<launched>(?:launched|fired)\b)"
    # every victim of an attacker, dead or alive: "stabbed nine people", "about 12 were shot" (not "shot dead",
    # "stabbed to death", "shot and wounded": those say which)
    rf"|(?P<attacked>(?:stabbed|shot|knifed|slashed)\b(?!{_W}(?:dead|down|to{_W}death"
    rf"|and{_W}(?:killed|wounded|injured|hurt))\b)))",
    regex.I,
)
_STATUS = patterns.compile(
    r"\b(?:(?P<living>(?:living|alive|surviving)\b)"
    rf"|(?P<dead>(?:dead(?!{_NOT_DEAD})|deceased|slain)\b)"
    r"|(?P<remains>(?:remains|bodies|body)\b)"
    rf"|(?P<life>(?:life[ \t-]+(?:sentences?|terms?)|lifers)\b)"
    rf"|(?P<detained>(?:detained|detainees?|administrative{_W}detention)\b))",
    regex.I,
)
_STATUS_NAMES = {"life": "life-sentence"}
_PREP = r"(?i:since|in|on|after|before|by|until|during|from|as\s+of)"
_WHEN = patterns.compile(
    rf"\b(?:{_PREP}{_W}(?:{MONTH_CS})(?:{_W}\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?{_W}(?:19|20)\d\d)?(?![\w])"
    rf"|(?:{MONTH_CS})(?:{_W}\d{{1,2}}(?:st|nd|rd|th)?(?:,?{_W}(?:19|20)\d\d)?|{_W}(?:19|20)\d\d)(?![\w])"
    rf"|(?:{_PREP}{_W}(?:the{_W})?)?\d{{1,2}}(?:st|nd|rd|th)?{_W}(?:of{_W})?(?:{MONTH_CS})(?:,?{_W}(?:19|20)\d\d)?(?![\w])"
    rf"|{_PREP}{_W}(?:(?i:early|late|mid)[ \t-]+)?(?:19|20)\d\d\b"
    rf"|(?:(?i:early|late){_W})?(?:(?i:on|last|this|next|since){_W})?(?:{WEEKDAY_ALT})"
    rf"(?:{_W}(?:morning|afternoon|evening|night))?\b"
    rf"|(?:(?i:earlier|later|just){_W})?(?i:this|last|past|previous){_W}(?:week(?:end)?|month|year|morning|night"
    r"|evening)\b"
    r"|(?i:yesterday|today|tonight|overnight)\b"
    # "a 1961 flood that killed 70", "the 2017 Oakdale Fire, which killed 65": a year naming another event
    rf"|(?i:the|a|an){_W}(?:19|20)\d\d(?={_W}\p{{L}})(?!{_W}(?i:and|or|to|for|of|in|on)\b)"
    rf"|(?i:since){_W}(?:the{_W})?(?:(?:start|beginning|outbreak){_W}of{_W}(?:the{_W})?)?"
    rf"(?:war|conflict|fighting|invasion|attack|offensive|ceasefire|cease-fire|truce)"
    rf"(?:{_W}(?:began|started|broke{_W}out|erupted))?\b"
    rf"|(?i:in|over|during){_W}the{_W}(?:past|last){_W}(?:\w+{_W})?(?:hours|days|weeks|months|years|day|week"
    r"|month|year)\b)",
)
# every _WHEN alternative contains one of these words; plain ``re`` rules out most windows cheaply, the words
# factored by their shared prefixes (3x faster than a flat alternation, which tries every word at each capital)
_HINT_WORDS = "this last past previous yesterday today tonight overnight since".split()
_WHEN_HINT = re.compile(_trie([*MONTH_CS.replace("\\.", ".").split("|"), *WEEKDAY_ALT.split("|"),
                               *_HINT_WORDS, *(w.capitalize() for w in _HINT_WORDS)]) + "|(?:19|20)[0-9][0-9]")

# "and" opening a clause with a subject of its own: "reached 48 on Sunday and many people are still missing",
# "left nearly 30 dead and the number is expected to grow": what follows is not the figure's
NEW_SUBJECT = (r"(?:(?:many|some|several|dozens|hundreds|thousands|scores|others)[ \t]+"
               r"(?:(?:of[ \t]+)?(?:more|other|them)[ \t]+)?(?:\p{Ll}+[ \t]+)?"
               r"|the[ \t]+(?:death[ \t]+)?(?:number|toll|figure|tally|count)[ \t]+(?:\p{Ll}+[ \t]+)?)"
               r"(?:are|were|remain|remained|is|was|have|had|has|could|may|might|will|would)\b")


# those counted who then died, told right after their noun: the injured ("two more injured fishermen succumbed",
# "two injured workers later died"), survivors and passengers ("two survivors died in hospital"): the dead now
DIED_AFTER = patterns.compile(r"(?:[ \t]+\p{Ll}+){0,3}?[ \t]+"
                              r"(?:(?:later|have|had|has|since|subsequently|eventually|also)[ \t]+)*"
                              r"(?:died|succumbed|perished|passed[ \t]+away)\b", regex.I)


# the nouns of an event a figure may be told of ("the 1957 flood", "Monday's quake"): its year or its day is the
# event's, not the figure's told later
EVENT_NOUN = (r"(?:shooting|attack|bombing|quake|earthquake|storm|hurricane|typhoon|cyclone|tornado|fire|wildfire|blaze"
              r"|flood|flooding|landslide|mudslide|crash|derailment|disaster|massacre|stampede|crush|collapse|explosion"
              r"|blast|tsunami|eruption|strike|war|sinking|raid|clashes|violence)s?")
