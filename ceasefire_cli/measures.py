"""What befell the counted: the measure slot of count claims ("killed", "released", "aboard", "deployed",
"recovered"...), read from the clause around a figure. Pure functions of the text; used by slots.py.
"""

from __future__ import annotations

import regex

from . import patterns
from .clausewords import DIED_AFTER, INSIDE, said_over
from .keywords import Keyed
from .models import Count
from .numerals import (
    ALL_BUT,
    FIGURE,
    GAIN_OF,
    LOSS_OF,
    OPENS_WITH_TOLL_VERB,
    OUT_OF_BEFORE,
    QUAL_PATTERN,
    SUBSET_LEAD,
    TOLL_RISE,
    WHOLE_AFTER_PART,
)
from .population import (
    ABOARD,
    CARRYING,
    CREW_OF,
    head_word,
    lives_there,
    thing_named,
)
from .textmatch import regular_singular
from .textutil import sentence_span_at
from .tolls import NUMBER_INJURED

# a participle right after the noun that only says where the people came from, then the clause's own verb:
# "12 people evacuated from the ferry were injured" were injured, not displaced
_MAIN_VERB_PAST_PARTICIPLE = patterns.compile(
    r"[ \t]+(?:evacuated|rescued|pulled|taken|flown|brought|removed)[ \t]+(?:out[ \t]+)?(?:from|of|off)[ \t]+"
    r"(?:[\p{L}'’-]+[ \t]+){1,5}?(?:were|was|have[ \t]+been|has[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:(?:also|later|reportedly|seriously|critically|slightly)[ \t]+)?"
    r"(?:(?P<injured>injured|hurt|wounded|hospitali[sz]ed|treated)|(?P<killed>killed))\b", regex.I)
# role (counted.py's vocabulary) -> measure
MEASURE_OF_ROLE = {
    "killed": "killed",
    "injured": "injured",
    "missing": "missing",
    "rescued": "rescued",
    "released": "released",
    "remaining": "held",  # hostages still held: the number held now
    "held": "held",
    "taken": "taken",
    "demanded": "demanded",
    "delivered": "delivered",
    "stuck": "stuck",
    "intercepted": "intercepted",
    "launched": "launched",
    "attacked": "attacked",
}
# measures the role vocabulary has no word for, read from the clause when no role was found
_ROLE_BEFORE = patterns.compile(r"(?r)\b(?:releas\w*|free\w*|exchang\w*|swap\w*)\b", regex.I)
# homes, households and customers left without power are a fact of their own, whoever is counted; so are
# those left without water: "8,000 farms out of power" and "2,500 with no running water" are two facts
_CUT_OFF = (r"|(?P<unpowered>(?:without[ \t]+(?:power|electricity)|lost[ \t]+(?:power|electricity)"
              r"|out[ \t]+of[ \t]+(?:power|electricity)|(?:had|have|has|with)[ \t]+no[ \t]+(?:power|electricity)"
              r"|(?:power|electricity)[ \t]+(?:was[ \t]+|has[ \t]+been[ \t]+)?(?:cut|out)|in[ \t]+the[ \t]+dark"
              # the cut told as a noun: "3,000 homes suffered power outages", "had no access to electricity"
              r"|(?:power|electricity)[ \t]+(?:outages?|cuts?|failures?)|blackouts?"
              r"|(?:without|no)[ \t]+access[ \t]+to[ \t]+(?:power|electricity))\b)"
              r"|(?P<unwatered>(?:without[ \t]+(?:running[ \t]+)?water|(?:had|have|has|with)[ \t]+no[ \t]+"
              r"(?:running[ \t]+)?water|(?:without|no)[ \t]+access[ \t]+to[ \t]+(?:running[ \t]+|clean[ \t]+)?water"
              r"|water[ \t]+(?:outages?|cuts?)"
              r"|(?:water|water[ \t]+supplies|water[ \t]+supply)[ \t]+(?:was[ \t]+|were[ \t]+"
              r"|has[ \t]+been[ \t]+|have[ \t]+been[ \t]+)?cut)\b)")
# the words of what a craft or a place may hold ("licensed to carry", "can seat", "a capacity of"): the measure
# "capacity", read in a clause and right before a figure of passengers
_CAPACITY = (r"(?:(?:licensed|designed|built|certified|permitted|allowed|able)[ \t]+to[ \t]+(?:carry|hold|seat)"
             r"|can[ \t]+(?:carry|hold|seat|accommodate)|capacity[ \t]+(?:of|for))")
# a measure's name where a pattern group cannot spell it
_GROUP_MEASURE = {"unpowered": "without power", "unwatered": "without water", "sheltered": "in shelters",
                  "in_path": "in path", "locked_out": "locked out"}
# the passive told of the figure itself, its subject: "48 of the men were also convicted" (not "Ruiz was convicted of
# assaulting one woman"), past a part told between commas ("17 people, among them a harbour official, were convicted")
# (the auxiliary first, then the look back: a look back opening a branch would run at every character searched)
_AUXILIARY = r"(?:were|have[ \t]+been|had[ \t]+been)"
_FIGURE_SUBJECT = (_AUXILIARY + r"(?<=\b" + FIGURE + r"(?:[ \t]+[\p{L}-]+){0,4}?"
                   + r"(?:,[ \t]+" + SUBSET_LEAD + r"[ \t][^,;:.!?]{1,60},)?[ \t]+" + _AUXILIARY + r")[ \t]+"
                   r"(?:also[ \t]+|all[ \t]+)?")
# the word boundary every branch opens with is checked once, before them (see clausewords)
_MEASURE_WORDS = patterns.compile(
    r"\b(?:(?P<trapped>(?:trapped|trapping|buried|stuck\s+under"
    # still down a mine or a cave: "10 men remained underground", "those still below ground"
    r"|(?:remain(?:s|ed|ing)?|still)\s+(?:underground|below\s+ground|below(?=\s*(?:[,.;]|$)))"
    r")\b)"
    # those who got away from captors, not people who fled their homes: "14 pupils managed to flee"
    r"|(?P<escaped>(?:escaped|escapees|(?:managed|were\s+able|was\s+able)\s+to\s+(?:flee|escape|run\s+away)"
    r"|fled\s+(?:from\s+)?(?:the\s+|their\s+)?(?:kidnappers|captors|abductors|gunmen))\b)"
    # (not those who got away with their haul: "three robbers fled with the paintings", "fled the scene on motorbikes")
    r"|(?P<displaced>(?:displaced|evacuated|evacuees|homeless|uprooted"
    r"|fled(?!\s+(?:with|the\s+(?:scene|premises)|on\s+(?:foot|scooters?|motorbikes?|motorcycles?|bikes?)"
    r"|in\s+(?:a|an|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:car|vehicle|van|truck))\b)|to\s+flee|refugees"
    # the people driven out named in between, several peoples at times: "drove 9,000 Valdorans and 500 Borenians
    # from their homes"
    r"|(?:forced|driven|drove)\s+(?:[\p{L}\d,.]+\s+){0,8}?(?:from|out\s+of)\s+their\s+homes"
    r"|evacuation\s+orders?|(?:ordered|told|urged)\s+to\s+evacuate|to\s+evacuate(?:\s+their\s+homes)?"
    r"|evacuation\s+of"  # "forced the evacuation of 90 people", "forced 70 others to evacuate"
    r"|(?:took|taken|taking|sought|seeking)\s+(?:shelter|refuge)"
    # moved out of harm's way: "120,000 people were moved to evacuation centres"
    r"|(?:moved|taken|sent|brought|relocated)\s+to\s+(?:[\p{L}-]+\s+){0,2}?(?:shelters|evacuation\s+cent(?:re|er)s"
    r"|relief\s+camps|safety|safer\s+ground|higher\s+ground))\b)"
    # those in shelters are a count of their own, not all who fled: "1,300 remain in emergency shelters"
    # (the noun first, what stands before it looked back at: "in" and "at" open too many words to start from)
    r"|(?P<sheltered>(?:(?<=\b(?:in|into|at)\s+(?:[\p{L}\d,-]+\s+){0,3}?)(?:shelters|evacuation\s+cent(?:re|er)s"
    r"|relief\s+cent(?:re|er)s|camps)|sheltering|sheltered)\b)"
    # those in a storm's path are a fact of their own, not the place's population
    r"|(?P<in_path>(?:in|into)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+)?path\b)"
    # who live there: "a hostel housing 60 students" (not those who "made it home to" their families)
    r"|(?P<population>(?:population|home(?<!\b(?:it|back)\shome)\s+to|inhabitants|housing"
    r"|(?:residents|people)\s+live(?!\s+in\s+(?:the\s+)?(?:[\p{L}’'-]+\s+)?path\b))\b)"
    r"|(?P<aboard>(?:on\s*board|aboard|passengers|carrying|carried(?![ \t]+out\b)"
    r"|(?:(?:were|was)\s+)?on\s+(?:the|that|this)\s+(?:flight|plane|aircraft|jet|airliner|bus|ferry|boat|ship|train))\b)"
    r"|(?P<survived>(?:survived|survivors?)\b)"
    # what a craft or a place may hold, a fact of its own beside those it held: "licensed to carry 250 passengers",
    # "the stadium holds 42,000", "a capacity of 300" (not "carrying" or "carried", which tell who was aboard)
    rf"|(?P<capacity>(?:{_CAPACITY}|(?<=\b(?:stadium|arena|hall|venue|ship|vessel"
    r"|ferry|boat|plane|aircraft|bus|jet|prison|jail|camp|shelter)[ \t]+)(?:holds|seats))\b)"
    r"|(?P<identified>(?:identified)\b)"
    r"|(?P<missing>(?:missing|disappeared|unaccounted[ \t]+for|(?:(?:yet|still)[ \t]+to[ \t]+be|not[ \t]+(?:yet[ \t]+)?"
    r"(?:been[ \t]+)?)accounted[ \t]+for|whereabouts[ \t]+(?:are|were|remain|remained|is|was)[ \t]+"
    r"(?:still[ \t]+)?unknown"
    # those no one can reach: "lost contact with 23 hikers", "contact was lost with 12 climbers"
    r"|(?:lost|losing|lose|loses)[ \t]+(?:all[ \t]+)?(?:contact|touch)[ \t]+with|contact[ \t]+(?:was|has[ \t]+been"
    r"|had[ \t]+been)[ \t]+lost[ \t]+with)\b)"
    # ... and the verb's object: "expected to affect about 130,000 passengers", "affecting 500,000 customers"
    r"|(?P<affected>(?:affected|impacted|(?:affect|impact)(?:s|ing)?(?=[ \t]+(?:[\p{L}]+[ \t]+){0,2}?" + FIGURE
    + r"\b))\b)"
    # what a court found of the accused, a count of its own beside those tried: "48 were convicted of rape" (told
    # of them, not by them: "the 12 jurors convicted him")
    r"|(?P<convicted>(?:" + _FIGURE_SUBJECT + r"(?:convicted|found[ \t]+guilty)"
    # ... or by the court, the figure its object: "convicted eight lawmakers", "found eight other members guilty"
    r"|convicted(?=[ \t]+(?:(?:along|together)[ \t]+with[ \t]+|alongside[ \t]+)?" + FIGURE + r"\b)"
    # ("Ruiz was convicted along with 12 aides": they were convicted too)
    r"|guilty(?<=\bfound[ \t]+(?:\p{L}+[ \t]+and[ \t]+)?" + FIGURE + r"(?:[ \t]+[\p{L}(),’'-]+){0,12}?[ \t]+guilty)"
    r"(?<!\b(?:the|a|an|his|her|their|its)[ \t]+guilty))\b)"  # (not "found 12 bodies in the guilty man's car")
    r"|(?P<acquitted>(?:" + _FIGURE_SUBJECT + r"(?:acquitted|cleared|found[ \t]+not[ \t]+guilty))\b)"
    r"|(?P<held>(?:arrested|detained|detaining|nabbed|apprehended|rounded[ \t]+up|arrests?[ \t]+of)\b)"
    # a strike and a deployment are facts of their own: "12,000 on strike" are not "12,000 deployed". Not a
    # crowd ("800,000 marched"): tried on 44 tuning clusters, union and police estimates then made two
    # conflicts the keys do not list, and no verdict more
    r"|(?P<striking>(?:on[ \t]+strike|striking|strikers|walked[ \t]+(?:off|out)|walkouts?|stopped[ \t]+work(?:ing)?"
    r"|downed[ \t]+tools"
    # gone from their posts: "8,000 trainee doctors have left their worksites", "walked off their wards"
    r"|(?:left|leaving|walked[ \t]+off|walked[ \t]+out[ \t]+of)[ \t]+(?:their[ \t]+|the[ \t]+)?(?:work[ \t]*places?"
    r"|work[ \t]*sites?|posts?|jobs?|wards?|duties|desks)"
    r"|(?:launched|staged|began|started|joined)[ \t]+(?:a|the|their)[ \t]+(?:[\p{L}-]+[ \t]+)?strike"
    # the strike as subject, the strikers its object: "the walkout now involves 9,000 crane operators"
    r"|(?:strike|walkout|stoppage)[ \t]+(?:[^.;:!?]{1,40}?[ \t](?:that|which)[ \t]+)?(?:involv|affect|includ)\p{L}*"
    # ... or their deed, the strikers its agents: "a strike by 12,000 dock workers"
    r"|(?:strike|stoppage)[ \t]+by(?=[ \t]))\b)"
    # gave notice, a count of its own beside those who have gone: "9,000 doctors submitted resignations"
    r"|(?P<resigned>(?:resigned|resignations?|quit|(?:handed|tendered|submitted)[ \t]+(?:in[ \t]+)?(?:their[ \t]+)?"
    r"notice)\b)"
    # kept from work by their employer, a stoppage of its own: "the carriers locked out 6,000 staff"
    r"|(?P<locked_out>(?:lock(?:ed|s|ing)?[ \t]+out|lockout[ \t]+of)\b)"
    r"|(?P<deployed>(?:deployed|mobili[sz]ed|dispatched"
    # sent to help: "1,200 soldiers had been sent to help", "sent in to assist" (not "sent to shelters": displaced)
    r"|sent[ \t]+(?:in[ \t]+)?to[ \t]+(?:help|assist|aid|support|reinforce)|sent[ \t]+in"
    r"|(?:deployment|dispatch|mobili[sz]ation)[ \t]+of"  # "prompting the deployment of 6,000 troops"
    # sent to a search: "800 troops joined police in the search for bodies"
    r"|joined(?=[^.;:!?]{0,60}\b(?:search|rescue|relief|recovery|clean-?up)\b)"
    # ... or are those a rescue involves: "120 personnel were involved in search and rescue efforts", "the
    # response involves 120 personnel"
    r"|involved[ \t]+in[ \t]+(?:the[ \t]+)?(?:search|rescue|response|relief|recovery)"
    r"|(?:response|operation|operations|effort|efforts)[ \t]+(?:now[ \t]+)?(?:involves|involved|includes|included))\b)"
    # a union's members are not its strikers: "representing 4,200", "the guild has 4,200 members", "a union of
    # 1,800 drivers", "its membership of 4,200" (an "of" right before the figure: not "the Federation of Labour")
    r"|(?P<represented>(?:represent(?:s|ed|ing)?|membership"
    r"|(?<=\b(?:union|unions|guild|federation)\s+(?:\p{Ll}+\s+)?)(?:has|had|have|with|counts|boasts|claims"
    r"|of(?=\s+(?:(?:about|some|nearly|almost|over|more\s+than|at\s+least)\s+)?\d)))\b)"
    # a turnout: those who voted, not those who might have
    r"|(?P<voted>(?:voted|(?<!\bto[ \t])cast[ \t]+(?:(?:their|a)[ \t]+)?(?:ballots?|votes?)"
    r"|turned[ \t]+out[ \t]+to[ \t]+vote)\b)"
    # ... nor those who may vote: "44 million eligible voters", "registered voters" (not "120 registered guests")
    r"|(?P<eligible>(?:eligible|registered(?=[ \t]+(?:voters?|electors?|to[ \t]+vote)\b)"
    # ... and those a day off lets vote: "a holiday to enable 120 million voters to cast their ballots"
    r"|(?:enable|allow|permit)(?:s|d|ed|ing)?(?=[ \t]+(?:[\p{L}\d,.]+[ \t]+){1,5}?to[ \t]+(?:vote|cast)\b))\b)"
    # nor the staff of the plants it shuts, nor a workforce: "the mill, with a workforce of about 3,700"
    r"|(?P<employed>(?:employ(?:s|ed|ing)?|(?:workforce|payroll|headcount)[ \t]+of"
    r"(?=[ \t]+(?:(?:about|some|nearly|almost|over|more[ \t]+than|roughly|around)[ \t]+)?\d))\b)"
    + _CUT_OFF + ")",
    regex.I,
)
_HAD_BEFORE = patterns.compile(rf"\b(?:had|has|have|having|housed|houses|contained|contains|comprised|comprising)"
                               rf"[ \t]+(?:{QUAL_PATTERN}[ \t]+)?$", regex.I)
# where people are brought out of, alive: what a rescue is told by ("freed from the rubble", "out of the mine")
WRECKAGE = r"(?:rubble|debris|wreckage|ruins|mud|water|sea|flood|mine|shaft|tunnel|cave)"
# ... or the total it makes, told after it: "another 12 bodies were recovered, bringing the toll to 57"
BRING = (r"\b(?:bringing|brings|brought|taking|takes|pushing|pushes|raising|raises|lifting)[ \t]+"
          r"(?:(?:the|its|their)[ \t]+)?(?:\p{L}+[ \t]+){0,2}?(?:toll|total|tally|count|number)\b")
BRINGING = patterns.compile(BRING, regex.I)


def noun_end(text: str, c: Count) -> int:
    """Where the figure's counted noun ends, when it follows the figure, directly or as a part of it ("17 of
    the people evacuated"); else the figure's end."""
    if not c.subject:
        return c.end
    if text.startswith(c.subject, c.end + 1):
        return c.end + 1 + len(c.subject)
    of = _OF_THE.match(text, c.end)
    return of.end() + len(c.subject) if of and text.startswith(c.subject, of.end()) else c.end


_OF_THE = patterns.compile(r"[ \t]+of[ \t]+(?:the|these|those)[ \t]+", regex.I)  # a part's whole named after it

# a match holds one of these words; a stretch with none is not searched (keywords.Keyed)
_THING_MEASURES_KEYS = tuple("""
    abandoned ablaze access blackout buried burned burnt cancel carried caught charred collapsed consum crushed
    damag dark decimated destroy electricity engulfed evacuated fire flames flatten flooded gutted gutting inundated
    leve longer obliterated partially power raz risk scrap submerged supplies supply suspend swept threat torched
    vacated washed water wiped without wreck stol steal loot snatch pilfer seiz confiscat impound
""".split())
_THING_MEASURES = Keyed(patterns.compile(
    r"\b(?:(?P<hit>(?:damaged[ \t]+or[ \t]+(?:completely[ \t]+|totally[ \t]+|fully[ \t]+)?destroyed"
    r"|destroyed[ \t]+or[ \t]+(?:partially[ \t]+|partly[ \t]+|badly[ \t]+|severely[ \t]+)?damaged)\b)"
    r"|(?P<destroyed>(?:destroyed|razed|flattened|level?led|collapsed|wrecked|gutted|crushed|obliterated"
    r"|no[ \t]+longer[ \t]+exist|(?:swept|washed|carried)[ \t]+away|wiped[ \t]+out|decimated|buried"
    # the active forms, as a storm's deed: "tore through the region, destroying about 125 homes"
    r"|destroy(?:s|ing)|raz(?:es|ing)|flatten(?:s|ing)|level?l?ing|wreck(?:s|ing)|gutting"
    # what a fire ate: "the fire consumed 900 acres and 400 homes"
    r"|consum(?:ed|es|ing))\b)"
    # "damaging" is also what winds are: a deed only right before its figure ("damaging some 300 homes")
    r"|(?P<damaged>(?:damaged|partially[ \t]+destroyed|(?:damag(?:es|ing)|damage[ \t]+to)(?=[ \t]+(?:(?:about|around"
    r"|some|nearly|almost|over|more[ \t]+than|at[ \t]+least|roughly)[ \t]+)?\d))\b)"  # "damage to 58 vans"
    r"|(?P<burned>(?:burned|burnt|torched|charred|caught[ \t]+fire|on[ \t]+fire|engulfed[ \t]+in[ \t]+flames"
    r"|went[ \t]+up[ \t]+in[ \t]+flames|ablaze"
    # a fire's "engulfed", told with the fire in the sentence ("flames engulfed six blocks"; not floodwaters')
    # ((?=engulfed) first: the look back would else run at every word the pattern is tried at)
    r"|(?=engulfed)(?<=\b(?:fire|flames?|blaze|inferno)\b[^.;]{0,60})engulfed"
    r"|engulfed(?=[^.;]{0,60}\b(?:fire|flames?|blaze)\b)"
    r")\b)"
    r"|(?P<flooded>(?:flooded|submerged|inundated)\b)"
    r"|(?P<threatened>(?:threatened|under[ \t]+threat|at[ \t]+risk)\b)"  # what a fire may yet reach, not what it took
    # left empty for safety, a count of its own beside those hit: "about 90 nearby cabins were evacuated"
    r"|(?P<evacuated>(?:evacuated|abandoned|vacated)\b)"
    # flights, trains and events called off: "cancelling 320 flights", "suspended 80 trains"
    r"|(?P<cancelled>(?:cancel(?:l?ed|l?ing|s)?|scrap(?:ped|ping|s)?|suspend(?:ed|ing|s)?)\b)"
    # what thieves took ("stole seven paintings", "12 phones were snatched"), apart from what police took from
    # them ("officers seized 40 rifles"): two tallies a theft story gives side by side
    r"|(?P<stolen>(?:stole|stolen|steal(?:s|ing)?|looted|loot(?:s|ing)|snatched|pilfered)\b)"
    r"|(?P<seized>(?:seized|seizing|confiscated|confiscating|impounded)\b)"
    + _CUT_OFF + ")",
    regex.I,
), _THING_MEASURES_KEYS)
# jobs done away with, however a company or a report says it
_JOBS = frozenset({"job", "position", "post", "role", "loss", "cut", "layoff", "redundancy"})
_JOB_CUT = patterns.compile(
    r"\b(?:cut|cuts|cutting|eliminat(?:e|es|ed|ing)|shed|sheds|shedding|slash(?:es|ed|ing)?|ax(?:e|es|ed|ing)"
    r"|lay(?:s|ing)?[ \t]+off|laid[ \t]+off|losses|layoffs|redundanc(?:y|ies)|(?:will|would|to)[ \t]+go)\b", regex.I)
# what stands between a figure (and its noun) and its own verb: "41 were partially damaged", "12 barns have been"
_OWN_VERB_GAP = patterns.compile(r"[ \t]+(?:(?:were|was|are|is|have|has|had|been|being|also|now|since|later|then"
                                 r"|partially|partly|completely|totally|fully|badly|severely)[ \t]+)*", regex.I)
# "homes were destroyed by the 50 tornadoes": the figure after "by" did the deed before it, it did not befall it
_AGENT_BEFORE = patterns.compile(r"(?r)\bby[ \t]+(?:the[ \t]+)?$", regex.I)
# the counts of an indictment, and what a jury or judge found on them: "found guilty on four of the 11 counts",
# "acquitted on three charges", "deadlocked on the three remaining counts", "could not reach a verdict on three
# others" are facts of their own ("three counts" guilty and "three counts" undecided are not one)
_CHARGES = frozenset("count charge offence offense felony misdemeanor misdemeanour".split())
_CHARGE_OUTCOME = patterns.compile(
    r"\b(?:(?P<charged>(?:pleaded|pled)[ \t]+not[ \t]+guilty)"  # the counts brought, which the accused denies
    r"|(?P<pleaded>(?:pleaded|pled)[ \t]+guilty)"
    r"|(?P<acquitted>not[ \t]+guilty|acquitt(?:ed|al)|cleared)"
    r"|(?P<convicted>guilty|convict(?:s|ed|ing)|convictions?)"
    r"|(?P<undecided>deadlocked|hung|no[ \t]+verdicts?|mistrial"
    r"|(?:unable|failed|fail|could[ \t]+not|couldn['’]t|did[ \t]+not|didn['’]t|cannot|can['’]t)[ \t]+(?:to[ \t]+)?"
    r"(?:reach|return|agree)(?:[ \t]+(?:on[ \t]+)?(?:a[ \t]+)?(?:unanimous[ \t]+)?(?:verdicts?|decision|consensus"
    r"|agreement))?)"
    r"|(?P<dropped>dismissed|dropped|threw[ \t]+out)"
    # the counts brought, the indictment's size: "faces 11 counts", "was charged with five counts"
    r"|(?P<brought>face[sd]?|facing|charged|indicted|accused))\b", regex.I)
_CHARGE_OUTCOME_REACH = 100  # characters before the figure its finding may stand: "convicted of one count of
# conspiring to commit wire fraud against investors and three counts of fraud" (the three are convictions too)
# the whole the found counts are of: "guilty on five of six counts" (not found guilty of six)
_CHARGES_WHOLE = patterns.compile(rf"(?r){FIGURE}[ \t]+(?:out[ \t]+)?of[ \t]+(?:the[ \t]+)?$", regex.I)
# one of a list of counts by their crimes, which together make the count others give: "convicted of one count of
# assault and one count of theft" is two counts, not one
_COUNT_OF = r"(?:counts?|charges?)[ \t]+of[ \t]+[^.;:,]{1,120}?"  # a crime in the law's words may be long
_CHARGE_LIST_AFTER = patterns.compile(rf"[ \t]+{_COUNT_OF}[ \t]+and[ \t]+{FIGURE}[ \t]+(?:counts?|charges?)\b"
                                      # ... or one count of each: "not guilty on one count each of A, B and C"
                                      r"|[ \t]+(?:counts?|charges?)[ \t]+each\b", regex.I)
_CHARGE_LIST_BEFORE = patterns.compile(rf"(?r)\b{_COUNT_OF},?[ \t]+and[ \t]+$", regex.I)
# a verb between finding and figure that gives the figure its own: "convicted in May, Ruiz has 11 counts pending"
_CHARGE_VERB_BETWEEN = patterns.compile(r"[.;]|\b(?:sentenced|brought|filed|lodged|had|has|have)\b", regex.I)


def _charge_measure(text: str, c: Count, clause: tuple[int, int]) -> str:
    """What was found on counts of an indictment ("convicted", "acquitted", "undecided", "dropped", "pleaded") or
    that they were brought ("charged": "faces 11 counts"), by the last such word before the figure in its clause;
    "" for the whole the found ones are of, and for one of a list of counts by their crimes."""
    lo = max(clause[0], c.start - _CHARGE_OUTCOME_REACH)
    if _CHARGES_WHOLE.search(text, lo, c.start) or _CHARGE_LIST_AFTER.match(text, c.end, clause[1]) \
            or _CHARGE_LIST_BEFORE.search(text, lo, c.start):
        return ""
    last = None
    for found in _CHARGE_OUTCOME.finditer(text, lo, c.start):
        last = found
    if last is None or _CHARGE_VERB_BETWEEN.search(text, last.end(), c.start):
        return ""
    return "charged" if last.lastgroup == "brought" else last.lastgroup or ""


# the dead named so far, right at the figure: "identified 32 of them", "32 bodies have been identified"
_IDENTIFIED_BEFORE = patterns.compile(r"(?r)\b(?:identified|matched)[ \t]+(?:the[ \t]+)?$", regex.I)
# bodies given back to their families, a count of its own beside the toll
_HANDED_OVER = patterns.compile(
    r"\b(?:hand(?:ed|ing)?|releas(?:ed|ing)|return(?:ed|ing)|repatriat(?:ed|ing)|deliver(?:ed|ing))\b[^.;:]{0,40}?"
    r"\b(?:over|to)[ \t]+"
    r"(?:their[ \t]+|the[ \t]+)?(?:families|relatives|loved[ \t]+ones|next[ \t]+of[ \t]+kin)\b", regex.I)
_NAMED = r"(?:(?:formally|positively|fully|officially|so[ \t]+far|now|since)[ \t]+)?identified\b"
_IDENTIFIED_AFTER = patterns.compile(
    rf"(?:[ \t]+[\p{{L}}-]+){{0,3}}?[ \t]+(?:(?:have|has|had)[ \t]+been|were|was|are|is)[ \t]+{_NAMED}", regex.I)
# bodies found so far, a count of its own beside the toll, which it reaches only when the search ends: "rescuers
# recovered 12 bodies", "four bodies were found at the site", "the bodies of 9 were pulled from the river"; and in
# a headline's present: "Divers recover 12 bodies"; bodies volunteers "were able to reach" are out of the mud
_RECOVERED_BEFORE = patterns.compile(
    r"(?r)\b(?:recover(?:s|ed|ing)?|recovery[ \t]+of|retriev(?:ed|ing)|found|finding|located|pulled|exhumed"
    r"|reach(?:ed|ing)?"
    r"|collect(?:ed|ing))[ \t]+"
    r"(?:out[ \t]+)?"
    r"(?:the[ \t]+)?(?:bodies[ \t]+of[ \t]+)?(?:(?:another|a[ \t]+further|an[ \t]+additional)[ \t]+)?$", regex.I)
_RECOVERED_AFTER = patterns.compile(
    r"(?:[ \t]+[\p{L}\d,-]+){0,4}?[ \t]+(?:(?:(?:have|has|had)[ \t]+(?:(?:now|already|so[ \t]+far)[ \t]+)?been"
    r"|were|was|are|is|being)[ \t]+)?"
    r"(?:(?:so[ \t]+far|now|also|since|already)[ \t]+)?"
    r"(?:recovered|retrieved|found|located|pulled|exhumed|collected|washed[ \t]+ashore"
    r"|removed[ \t]+from)\b",  # "11 bodies were removed from the mine shaft", not "removed" from a list
    regex.I)
# the verb of bodies found told earlier in the sentence, before parts with none of their own: "19 bodies have
# been recovered; 15 from the bus and four from the car"
_RECOVERED_EARLIER = patterns.compile(
    r"\b(?:recovered|retrieved|found|located|pulled|exhumed)\b(?![^.!?]*\b(?:killed|died|dead|toll|perished)\b)",
    regex.I)
# "the identities of 31 (out of 48) have been confirmed": the 31 are identified
_IDENTITIES_OF = patterns.compile(r"(?r)\bidentit(?:y|ies)[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+)?$", regex.I)
_CONFIRMED = patterns.compile(r"\b(?:confirmed|established|verified|determined)\b", regex.I)
# a change in what is held, said right before the figure: "lost 38 seats", "down 5 seats", "a gain of 12"
_CHANGE_BEFORE = patterns.compile(
    rf"(?r)\b(?:(?P<lost>lost|lose|loses|losing|shed|sheds|down|{LOSS_OF})"
    rf"|(?P<gained>gained|gains?|gaining|(?:pick|picks|picked|picking)[ \t]+up|up|{GAIN_OF}))[ \t]+$",
    regex.I)
# (of captives, only "the other three": "the remaining 48 hostages" are all those still held, a figure of its own)
_PEOPLE_ONLY_MEASURES = frozenset({"released", "held", "taken", "demanded", "rescued", "missing", "stuck", "attacked"})
_THING_ONLY_MEASURES = frozenset({"launched"})
# forces of nature and blasts do the destroying told after them: "three landslides swept away the village"
_FORCES = frozenset("landslide mudslide avalanche earthquake quake aftershock tremor tornado twister storm cyclone"
                    " hurricane typhoon flood wave tsunami explosion blast fire wildfire".split())
# ... or told by a bare participle after them: "with 19 passengers positively identified"
_IDENTIFIED_BARE = patterns.compile(rf"[ \t]+{_NAMED}", regex.I)
# what befell passengers, told right after them, not that they were aboard: "two passengers have miraculously
# survived", "half a million passengers were affected" (by a strike, on the ground)
_BEFELL_PASSENGERS = patterns.compile(
    r"[ \t]+(?:(?:has|have|had|were|was)[ \t]+(?:been[ \t]+)?)?(?:\p{Ll}+ly[ \t]+)?"
    r"(?:(?P<survived>survived|survives|survive|lived)|(?P<affected>affected))\b")
# a search still on for the figure: "trying to recover four bodies", "efforts to find the last two bodies"
_SOUGHT_BEFORE = patterns.compile(
    r"(?r)\b(?:trying|try|tries|working|work|efforts?|bid|search(?:ing)?|continu(?:e|es|ed|ing))[ \t]+(?:to|for)[ \t]+"
    r"(?:(?:recover|find|retrieve|locate|reach)[ \t]+)?(?:the[ \t]+)?(?:(?:last|remaining|other)[ \t]+)?$", regex.I)
# not found yet: "two passengers remain missing", "the bodies of four are yet to be recovered"
_NOT_FOUND_AFTER = patterns.compile(
    r"(?:[ \t]+[\p{L}-]+){0,3}?[ \t]+(?:(?:remain(?:s|ed)?|are|were|is|was)[ \t]+(?:still[ \t]+)?(?:missing"
    r"|unaccounted[ \t]+for|yet[ \t]+to[ \t]+be[ \t]+(?:found|recovered|located|retrieved))"
    r"|(?:still|yet)[ \t]+to[ \t]+be[ \t]+(?:found|recovered|located|retrieved)"
    # bodies told to lie where they fell: "30 more bodies under the rubble" are not yet found
    r"|(?:still[ \t]+)?(?:under|beneath|buried[ \t]+(?:under|beneath|in))[ \t]+the[ \t]+(?:debris|rubble|wreckage"
    r"|ruins|mud))\b", regex.I)
# people a search hunts rather than looks for: "police are searching for two suspects" are not missing
_HUNTED = frozenset("suspects suspect gunmen gunman attackers attacker assailants perpetrators culprits killers"
                    " fugitives escapees inmates prisoners volunteers".split())
_HEAD_MEASURES = {"passengers": "aboard", "passenger": "aboard", "survivors": "survived", "survivor": "survived"}
# a figure that is a lead over the rest, not a number held: "a 170-seat majority", "a majority of 80
# seats", "a lead of 12 points"
_MARGIN_AFTER = patterns.compile(r"[ \t]+(?:[\p{L}-]+[ \t]+)?(?:majority|lead|margin)\b", regex.I)
_MARGIN_BEFORE = patterns.compile(
    r"\b(?:majority|lead|margin|advantage)[ \t]+of[ \t]+(?:(?:just|only|about|around|some|nearly|almost|over"
    r"|at[ \t]+least|more[ \t]+than|fewer[ \t]+than|less[ \t]+than)[ \t]+)?$", regex.I)
# nouns that name the dead themselves, whatever verb follows ("the 48 bodies", "the 48 deceased")
_DEAD_NOUNS = frozenset("bodies body dead deceased victims fatalities mortalities corpses remains".split())
_DISPLACING_BEFORE = patterns.compile(
    r"(?r)\b(?:displac(?:e|es|ed|ing)|uproot(?:s|ed|ing)|evacuat(?:e|es|ed|ing))[ \t]+(?:some[ \t]+|about[ \t]+)?$",
    regex.I)
# the death toll's own verb right before the figure: "the death toll rose to", "death toll climbs to", or the toll
# right before a figure that holds its verb ("as toll tops 40")
_TOLL_ROSE_TO = patterns.compile(rf"\bdeath[ \t]+toll\b[^.;:,]{{0,50}}?\b(?:{TOLL_RISE}|at)[ \t]+$"
                                 r"|\b(?:death[ \t]+)?toll[ \t]+$", regex.I)
# ... and the count of the hurt, its verb right before the figure
_INJURED_ROSE_TO = patterns.compile(rf"{NUMBER_INJURED}[^.;:,]{{0,50}}?\b(?:{TOLL_RISE}|at)[ \t]+$", regex.I)
# ... or the toll before a figure whose verb is its qualifier: "the death toll in the north has climbed past 120",
# "the death toll from the 6.9-magnitude tremor crossed 3,000"
_TOLL_HAS = patterns.compile(r"\bdeath[ \t]+toll\b[^.;:,]{0,50}?[ \t]+(?:(?:has|have|had)[ \t]+)?$", regex.I)
# a death said of the whole after "all but N": the N are who lived ("all but two of the 181 aboard died")
WHOLE_DIED = patterns.compile(r"[^.;:!?\n]{0,80}?\b(?:died|perished|killed|dead)\b", regex.I)
_KILLING_ALL_BUT = patterns.compile(
    r"\b(?:killing|killed|kills|kill)[ \t]+(?:all|everyone|everybody)\s+but\s+$", regex.I)
# what a party or a side must reach, said before the figure or after its noun
_NEEDED_BEFORE = patterns.compile(
    r"\b(?:needs?|needed|requires?|required|requiring|aim(?:s|ed|ing)?)[ \t]+(?:to[ \t]+(?:win|reach|secure|get|take"
    r"|hold|pass|cross|control)[ \t]+)?(?:at[ \t]+least[ \t]+|the[ \t]+|a[ \t]+)?$", regex.I)
_NEEDED_AFTER = patterns.compile(r"[- \t](?:[\p{L}-]+[ \t]+)?(?:threshold|needed|required)\b", regex.I)


def is_bar(text: str, c: Count, clause: tuple[int, int]) -> bool:
    """Whether a figure is what a party or a side must reach ("needs 76 to govern", "the 76 needed")."""
    return bool(_NEEDED_BEFORE.search(text, max(clause[0], c.start - 40), c.start) or _NEEDED_AFTER.match(text, c.end))


# where people held are (``INSIDE``), right after them or after their verb: "four men are in custody", "three men
# in prison"
_IN_CUSTODY_AFTER = patterns.compile(
    r",?[ \t]+(?:(?:are|were|is|was|remain(?:s|ed)?|have[ \t]+been|had[ \t]+been|now|still)[ \t]+){0,2}"
    rf"{INSIDE}\b", regex.I)


# the hurt sent home from hospital, a fact of their own beside all who were hurt
_DISCHARGED = patterns.compile(r"\b(?:were|was|have[ \t]+been|has[ \t]+been|had[ \t]+been|been|being|got)[ \t]+"
                               r"(?:(?:since|already|now|later)[ \t]+)?discharged\b", regex.I)
_DISCHARGED_REACH = 60  # characters from the figure to its verb: "610 of the injured miners have since been discharged"


# a whole whose part is told without a figure: "most of the 90 travellers and three crew were feared dead" says
# nothing of how many of the 90, or of the three, died ("all of the" is the whole, the verb its own)
_VAGUE_PART = patterns.compile(
    rf"(?r)\b(?:most|many|some|several|half|much|(?:the|a)[ \t]+majority|none|(?:a[ \t]+)?few)[ \t]+of[ \t]+"
    rf"(?:the|those|its|their)[ \t]+(?:{FIGURE}[ \t]+[\p{{L}}-]+(?:[ \t]+[\p{{L}}-]+)?[ \t]+and[ \t]+)?$", regex.I)
_VAGUE_PART_REACH = 60  # characters back from a figure: the quantifier, a first figure and its noun, "and"


def measure_of(text: str, c: Count, clause: tuple[int, int], sent_start: int, people: bool = True) -> str:
    """What is measured of a figure ("killed", "identified", "aboard", "destroyed", a unit): told apart first
    by the words that make a part, a margin, a bar or a find of the dead, then by its role, then by the measure
    words of its clause (``people``: whether it counts people; things have measures of their own)."""
    if ALL_BUT.search(text, max(0, c.start - 20), c.start):
        # "all but 47 were freed": 47 were not; "all but two of the 181 on board died": two survived
        died = WHOLE_DIED.match(text, c.end, clause[1]) or _KILLING_ALL_BUT.search(text, max(0, c.start - 30), c.start)
        return "survived" if died else ""
    # a whole after its part ("31 of the 48 bodies"): the part's verb is not the whole's
    if people and _VAGUE_PART.search(text, max(clause[0], c.start - _VAGUE_PART_REACH), c.start) \
            and _FINITE_VERB.search(text, noun_end(text, c), clause[1]):
        return _people_measure(text, c, clause, True)  # the whole: what its noun says, not what befell "most"
        # (the verb after is the part's; "held some of the 40 freed" keeps its own participle)
    after_part = WHOLE_AFTER_PART.search(text, max(0, c.start - 30), c.start) is not None
    if after_part and c.topic == "deaths" and (c.status in ("dead", "remains") or head_word(c) in _DEAD_NOUNS):
        return "killed"  # "31 of the 48 bodies were identified": the 48 are the dead, the 31 the named
    # (not "three of the seven crew members died": the six are a crew, the verb is the five's)
    if after_part and not people:
        return ""  # "storms damaged 40 of the 120 homes": the whole, not what befell its part
    if after_part and c.topic == "other" and _FINITE_VERB.search(text, noun_end(text, c), clause[1]):
        return _people_measure(text, c, clause, True)  # "Three of the 12 climbers are still missing": the verb
        # is the part's; the whole has what its noun says
    if OUT_OF_BEFORE.search(text, max(0, c.start - 12), c.start) and not _ABOARD_AFTER.match(text, noun_end(text, c)):
        return ""  # "voted 12 to 3, out of 15 members": the whole the vote was out of, not who voted
    # (but "killed 18 out of 19 people aboard" tells who was aboard, as "18 of the 19 people aboard" does)
    if c.topic != "duration" and ((c.text[-1:].isalpha() and "-" in c.text and _MARGIN_AFTER.match(text, c.end))
                                  or _MARGIN_BEFORE.search(text, max(0, c.start - 40), c.start)):
        return "margin"
    if c.topic == "duration":
        return "length"
    if c.unit and c.unit != "fraction":
        return c.unit  # a measure is measured in its unit: "magnitude", "km", "percent", "USD"
    if people and (_CARRYING.search(text, max(clause[0], c.start - 60), c.start)
                   or (_VEHICLE_WITH.search(text, max(clause[0], c.start - 60), c.start)
                       and not _HARMED_AFTER.match(text, noun_end(text, c)))
                   or CREW_OF.search(text, max(clause[0], c.start - 20), c.start)):
        return "aboard"  # "a plane carrying 40 passengers and three crew crashed, killing ...": who was aboard
    if people and _DISPLACING_BEFORE.search(text, max(clause[0], c.start - 30), c.start):
        return "displaced"  # "injuring 20 people and displacing more than 9,000": the verb right before is its own
    if people and c.topic == "injured" and _INJURED_ROSE_TO.search(text, max(clause[0], c.start - 80), c.start):
        return "injured"  # "the number of injuries had reached 1,038, and put the number of missing at 48"
    if people and c.topic == "deaths" and (_TOLL_ROSE_TO.search(text, max(clause[0], c.start - 80), c.start) or (
            OPENS_WITH_TOLL_VERB.match(c.text) and _TOLL_HAS.search(text, max(clause[0], c.start - 80), c.start))):
        return "killed"  # "Death toll climbs to 52, dozens still missing": the toll's figure, whatever follows
    if people and "ischarged" in text[c.end:c.end + _DISCHARGED_REACH] \
            and (d := _DISCHARGED.search(text, c.end, min(clause[1], c.end + _DISCHARGED_REACH))) \
            and not any(ch.isdigit() for ch in text[c.end:d.start()]):  # (not another figure's verb: "900 came
        # and 610 were discharged")
        return "discharged"  # "610 injured miners were discharged": of the hurt, those sent home
    measure = MEASURE_OF_ROLE.get(c.role or "", "")
    if not people and measure in _PEOPLE_ONLY_MEASURES and c.topic != "aid":
        measure = ""  # "FEMA released an estimate of 2,207 structures": things are not released or held
    if people and measure in _THING_ONLY_MEASURES:
        measure = ""  # "45,000 port workers launched a strike": rockets are launched, people launch things
    if measure in ("killed", "injured") and c.topic == "prisoners":
        # "the release of 200 prisoners serving life sentences for killing ...": what befell them is
        # said before the count, the verb after it belongs to their crimes
        before = _ROLE_BEFORE.search(text, max(clause[0], c.start - 60), c.start)
        return "released" if before else ""
    if measure == "demanded" and people and _people_measure(text, c, clause, after_part) == "striking":
        return "striking"  # "1,300 welders walked out and called for a shorter week": strikers, whatever they ask
    if measure == "held" and c.topic == "prisoners" and (held := _HELD_AS_MODIFIER.match(text, noun_end(text, c))) \
            and _ROLE_BEFORE.search(text, max(sent_start, c.start - _RELEASE_REACH), c.start) \
            and not _FINITE_VERB.search(text, held.end(), clause[1]):
        return "released"  # "will free 60 convicts, as well as 410 students detained after the protests": whom
        # the release takes, their detention only told of them (not "… 410 students detained there remain in jail")
    if measure == "held" and c.topic not in ("hostages", "prisoners") and not (
            people and c.role == "held" and _IN_CUSTODY_AFTER.match(text, noun_end(text, c), clause[1])):
        measure = ""  # "40 workers remain trapped": "remain" only carries the state that follows; but "four men
        # are in custody" are held
    if (measure == "killed" or (not measure and people)) and (
            _IDENTIFIED_BEFORE.search(text, max(clause[0], c.start - 20), c.start)
            or (_IDENTITIES_OF.search(text, max(clause[0], c.start - 20), c.start)
                and _CONFIRMED.search(text, c.end, clause[1]))
            or _IDENTIFIED_AFTER.match(text, c.end, clause[1])):
        return "identified"  # "DNA tests identified 32 of them": of the dead, those named, a fact of its own
    if measure == "killed" and c.topic == "hostages" and c.status in ("remains", "dead") \
            and _WHO_DIED.match(text, c.end) \
            and _GIVEN_BACK.search(text, sent_start, sentence_span_at(text, c.end)[1]):
        return "released"  # "handed over the remains of three hostages who died while held": their death is
        # what they are (dead hostages), the return what befell them
    if measure in ("killed", "") and c.status == "remains" and _HANDED_OVER.search(text, *clause):
        return "released"  # "handed 187 bodies over to families": the dead given back, not the toll
    if measure == "killed" and BRINGING.search(text, c.end, clause[1]):
        return measure  # "recovered another 12 bodies, bringing the toll to 57": the finds are the toll's
    if measure == "killed" and c.status == "remains" and (
            _NOT_FOUND_AFTER.match(text, c.end, clause[1])
            or _SOUGHT_BEFORE.search(text, max(clause[0], c.start - 40), c.start)):
        return "missing"  # "two bodies are yet to be found", "trying to recover four bodies": the missing
    if measure in ("killed", "") and c.status == "remains" and (  # (bodies 'collected' by no verb of dying)
            _RECOVERED_BEFORE.search(text, max(clause[0], c.start - 40), c.start)
            or _RECOVERED_AFTER.match(text, c.end, clause[1])):
        return "recovered"  # "four bodies were found": the dead found so far, not the toll
    if measure == "killed" and (c.status == "remains" or not c.subject) \
            and not WHOLE_DIED.match(text, clause[0], clause[1]) \
            and _RECOVERED_EARLIER.search(text, sent_start, c.start):
        return "recovered"  # "12 bodies were found, nine in the river and three on the bank": parts of those found
    if not measure and not people and c.topic == "other" and is_bar(text, c, clause):
        return "needed"  # "needs 76 seats to govern", "the 76-seat threshold": a bar to clear, not a tally
    if not measure and not people and regular_singular(head_word(c)) in _JOBS \
            and _JOB_CUT.search(text, *clause):
        return "cut"  # "will cut about 4,000 jobs", "2,600 positions will go", "2,500 of the job losses"
    if not measure and not people and regular_singular(head_word(c)) in _CHARGES:
        return _charge_measure(text, c, clause)
    if not measure and not people and c.topic == "other" and thing_named(regular_singular(head_word(c))) == "seat":
        if _RESULTS_OF.search(text, max(clause[0], c.start - _RESULTS_REACH), c.start):
            return "declared"  # "declared the results of 250 constituencies": how far the count got, not the seats
        if _RESERVED_AFTER.match(text, noun_end(text, c)):
            return "reserved"  # "another 60 seats are reserved for women": set aside, not contested nor won
    if not measure and not people and c.topic == "other" and "-" not in c.text:  # not "a 30-storey tower collapsed"
        return _thing_measure(text, c, clause)
    if not measure and people and head_word(c) not in _HUNTED \
            and _SOUGHT_BEFORE.search(text, max(clause[0], c.start - 40), c.start):
        return "missing"  # "the search for five divers", "still searching for nine fishermen": those not found
    if measure or not people:
        return measure  # what befalls people ("trapped", "home to") is not what a "30-storey" tower is
    measure = _people_measure(text, c, clause, after_part)
    if not measure and (dash := _DASH_BEFORE.search(text, max(sent_start, c.start - _DASH_REACH), c.start)) \
            and not text[noun_end(text, c):sentence_span_at(text, c.end)[1]].strip(_SENTENCE_CLOSE):
        # "… islanders cast a ballot — some 2.4 million people.": the figure restates what the sentence told, whose
        # measure word is the one nearest the dash
        told = [(dash.start() - w.end(), w.lastgroup or "") for w in _MEASURE_WORDS.finditer(text, sent_start,
                                                                                              dash.start())]
        measure = _nearest_measure(told)
    if measure == "displaced" and "crew" in (c.subject or "").lower().split():
        return "aboard"  # "367 passengers and 12 crew were evacuated": a craft's crew got off it, they did not flee
    return measure


# a measure word after a determiner and before a noun describes that noun: "the wrecked train", "a burned car"
_ATTRIBUTIVE_BEFORE = patterns.compile(r"\b(?:the|a|an|its|their|his|her)[ \t]+$", regex.I)
_NOUN_NEXT = patterns.compile(r"[ \t]+\p{Ll}+\b(?<!\band|\bor|\bby|\bin|\bon|\bat|\bto)")


# seats (and the constituencies they stand for, population.thing_named), whose count is told as it goes on
_RESULTS_OF = patterns.compile(
    rf"\bresults[ \t]+(?:(?:were|have[ \t]+been|had[ \t]+been|was)[ \t]+)?(?:\p{{Ll}}+[ \t]+)?(?:of|for|from|in)[ \t]+"
    rf"(?:the[ \t]+)?(?:{QUAL_PATTERN}[ \t]+)?$", regex.I)
_RESULTS_REACH = 40  # characters before the figure: "results announced for 255"
_RESERVED_AFTER = patterns.compile(r"[ \t]+(?:(?:are|were|is|was|will[ \t]+be)[ \t]+)?reserved\b", regex.I)


def _thing_measure(text: str, c: Count, clause: tuple[int, int]) -> str:
    """What befell things, by the measure word nearest them: "300 homes destroyed" and "1,200 damaged" are two
    facts; a change ("lost 38 seats") is not what is held."""
    change = _CHANGE_BEFORE.search(text, max(clause[0], c.start - 30), c.start)
    if change is not None:
        return change.lastgroup or ""  # "lost 38 seats", "a gain of 12": a change, not what is held
    if _HAD_BEFORE.search(text, max(clause[0], c.start - 30), c.start):
        return ""  # "the block, which had 48 apartments, collapsed": what it had, not what befell them
    agent = _AGENT_BEFORE.search(text, max(clause[0], c.start - 10), c.start) is not None
    force = regular_singular(head_word(c)) in _FORCES
    hits = [w for w in _THING_MEASURES.finditer(text, *clause)
            if not (agent and w.end() <= c.start) and not (force and w.start() >= c.end)
            and not (w.start() >= c.end and _ATTRIBUTIVE_BEFORE.search(text, max(c.end, w.start() - 8), w.start())
                     and _NOUN_NEXT.match(text, w.end()))]  # "stood apart from the wrecked train": the train's
    own = next((w for w in hits if w.start() >= c.end and _OWN_VERB_GAP.fullmatch(text, noun_end(text, c), w.start())),
               None)
    if own is not None:  # "Nine barns were destroyed, 41 were partially damaged": the figure's own verb, right
        return _nearest_measure([(0, own.lastgroup or "")])  # after it, not the one the clause before ends with
    if any(w.start() >= c.end for w in hits):  # "300 homes were destroyed and 1,200 were damaged": the word
        hits = [w for w in hits if w.start() >= c.end or " and " not in text[w.end():c.start]]  # after is its own
    found = [(min(abs(w.start() - c.end), abs(c.start - w.end())), w.lastgroup or "") for w in hits]
    return _nearest_measure(found)


# what a craft may hold, right before the figure its passengers are counted by
_CAPACITY_BEFORE = patterns.compile(rf"\b{_CAPACITY}[ \t]+(?:up[ \t]+to[ \t]+|about[ \t]+)?$", regex.I)
_CAPACITY_REACH = 40  # characters before a figure "was certified to carry up to" fits in


def _people_measure(text: str, c: Count, clause: tuple[int, int], after_part: bool) -> str:
    """What befell people whose role says nothing: rescued, the measure their noun carries ("passengers" are
    aboard), those living somewhere, or the measure word nearest them in the clause."""
    if _RESCUE_VERB_BEFORE.search(text, max(clause[0], c.start - 25), c.start) \
            and _RESCUE_END.search(text, c.end, min(clause[1], c.end + 120)):
        return "rescued"  # "pulled 11 workers out alive", "brought nine of the miners to the surface"
    if (main := _MAIN_VERB_PAST_PARTICIPLE.match(text, noun_end(text, c), clause[1])) is not None:
        return main.lastgroup or ""  # "12 people evacuated from the ferry were injured", passengers too
    if head_word(c) in _HEAD_MEASURES:
        if _CAPACITY_BEFORE.search(text, max(clause[0], c.start - _CAPACITY_REACH), c.start):
            return "capacity"  # "licensed to carry 250 passengers": what the ferry may hold, not who was aboard
        if _NOT_FOUND_AFTER.match(text, c.end, clause[1]):
            return "missing"  # "two passengers remained missing": not that two were aboard
        if (befell := _BEFELL_PASSENGERS.match(text, c.end + 1 + len(c.subject))) is not None:
            return befell.lastgroup or ""  # "only one passenger survived": what befell them, not that they were aboard
        if not after_part and text[max(0, c.start - 3):c.start] != "of " \
                and DIED_AFTER.match(text, c.end + 1 + len(c.subject)):
            return "killed"  # "two survivors died in hospital": they are dead now (not the whole "four of 30
            # passengers died" names)
        if _IDENTIFIED_AFTER.match(text, c.end, clause[1]) or _IDENTIFIED_BARE.match(text, c.end + 1 + len(c.subject)):
            return "identified"  # "19 passengers have been identified": the dead named so far
        return _HEAD_MEASURES[head_word(c)]  # "as many as 750 passengers", whatever survivors say of them
    if lives_there(text, c.start, head_word(c)):
        return "population"  # "the city of nearly 900,000", "the city's 1 million residents", not its doctors
    # the measure word nearest the figure: "Survivors said 500 people were on board" counts those aboard;
    # after it, counted from the end of its noun ("8 missing and over 5,000 people displaced": displaced)
    end = noun_end(text, c)
    words = [w for w in _MEASURE_WORDS.finditer(text, *clause)
             if not (w.group().lower() == "passengers" and not c.end <= w.start() <= end
                     and _FIGURE_BEFORE.search(text, max(0, w.start() - 30), w.start()))
             and not said_over(text, clause[0], w.start())
             and not (w.lastgroup == "striking" and _ONE_PERSON_BEFORE.search(text, max(0, w.start() - 5), w.start()))]
    if any(w.end() <= c.start for w in words):  # "a strike by 2,600 crane drivers represented by the guild": the word
        # before tells what befell them; the participle only who they are
        words = [w for w in words if not (w.lastgroup == "represented" and end <= w.start() <= end + 1
                                          and text.startswith(" by", w.end()))]
    if after_part:
        # "the crash killed 40 of the 43 people on board", "three of the 60 aboard survived": the verbs are
        # the part's; the whole has only what its noun says right after it
        words = [w for w in words if c.end <= w.start() <= end + 1]
    whole = _PART_OF_FIGURE.match(text, c.end)
    later = [w for w in words if w.start() >= whole.end()] if whole is not None else []
    if len(later) > 1 and later[0].start() == whole.end() and _FINITE_VERB.search(text, later[0].end(),
                                                                                  later[1].start()):
        words.remove(later[0])  # "900 of the 12,000 nurses represented by the guild are on strike": the whole's
        # participle, then the part's own verb
    if whole is not None and any(w.start() >= whole.end() for w in words):
        # "three of the 60 people aboard survived": what is said of the whole right after its noun is
        # the whole's; the part's is what follows
        words = [w for w in words if w.start() >= whole.end() or w.end() <= c.start]
    if any(w.start() >= end for w in words):  # "12,000 were evacuated and 3,500 remain in shelters": its own
        words = [w for w in words if w.start() >= end or " and " not in text[w.end():c.start]]
    # a measure word that is the counted noun itself is its measure: "and 120,000 homeless"
    found = [(0 if c.end <= w.start() < end else min(abs(w.start() - end), abs(c.start - w.end())), w.lastgroup or "")
             for w in words]
    if not found and _RESIDENTS_OF.match(text, c.end):
        return "population"  # "the nearly 900,000 residents of Acapulco", with nothing else said of them
    if (among := _AMONG_THE.search(text, max(clause[0], c.start - 40), c.start)) is not None:
        return "injured" if among.group("hurt") else "killed"  # "the victims include seven bank employees"
    if _LOST_BEFORE.search(text, max(clause[0], c.start - 25), c.start) \
            and _HARM_NEAR.search(text, max(0, c.start - _HARM_REACH), min(len(text), c.end + _HARM_REACH)):
        return "killed"  # "the agency lost four staff in the crash": its dead, not its payroll
    if not found and head_word(c) == "members" and _POSSESSIVE_BEFORE.search(text, max(0, c.start - 4), c.start):
        return "represented"  # "the guild's 730 members", nothing else said of them: its membership
    if not found and head_word(c) in _STAFF_NOUNS:
        return "employed"  # "the firm has 2,100 employees" is "it employs 2,100 people", nothing else said of them
    measure = _nearest_measure(found)
    if measure == "striking" and head_word(c) in _SERVED_NOUNS:
        return "affected"  # "the strike affected half a million travellers": they were stranded, not on strike
    return measure

_POSSESSIVE_BEFORE = patterns.compile(r"['’]s[ \t]+$")  # a body's own, right before its figure: "the guild's 730"
_STAFF_NOUNS = frozenset({"employees", "staff", "staffers"})
# those a strike is done to, never those who strike (not students nor residents, who walk out themselves)
_SERVED_NOUNS = frozenset("passengers travellers travelers customers commuters flyers fliers patients households"
                          " tourists".split())
# a body or a family that lost people (the figure right after the verb): "the agency lost four staff"
_LOST_BEFORE = patterns.compile(rf"\b(?:lost|loses|lose|losing)[ \t]+(?:{QUAL_PATTERN}[ \t]+)?$", regex.I)
# a deadly event or a death word near that loss, without which "lost 2,000 members" is a union's shrinking roll
_HARM_NEAR = patterns.compile(
    r"\b(?:crash(?:ed|es)?|attacks?|disasters?|killed|died|dead|deaths?|perished|floods?|quakes?|earthquakes?"
    r"|explosions?|blasts?|fires?|collapsed?|shootings?|bombings?|storms?|landslides?|tragedy)\b", regex.I)
_HARM_REACH = 300  # characters either side: the sentence and the one before, where the event is told
# the dead or the hurt, then who they include: what befell the figure's people
_AMONG_THE = patterns.compile(
    rf"\b(?:(?:victims|dead|deceased|fatalities)|(?P<hurt>injured|wounded))[ \t]+(?:also[ \t]+)?(?:include|includes"
    rf"|included|including)[ \t]+(?:{QUAL_PATTERN}[ \t]+)?$", regex.I)
# a figure right before a noun: "all 40 passengers" names another figure's people, not that ours were aboard
_FIGURE_BEFORE = patterns.compile(
    rf"(?r)(?:{FIGURE}|\b(?:dozen|hundred|thousand))[ \t]+(?:\p{{Ll}}+[ \t]+)?$", regex.I)
# an object of "carrying", the first or the one after "and": "a plane carrying 40 passengers and three crew"
_CARRYING = patterns.compile(
    rf"(?r)\b{CARRYING}[ \t]+(?:[\d,]+[ \t]+\p{{Ll}}+(?:[ \t]+\p{{Ll}}+)?,?[ \t]+and[ \t]+)?$", regex.I)
# what befell people, right after their noun: "bodies lay in the ravine with 14 others injured", not aboard
_HARMED_AFTER = patterns.compile(r"[ \t]+(?:injured|wounded|hurt|dead|killed|missing)\b", regex.I)
# a craft said to hold people: "a jet with 64 passengers" (its crew, "and a crew of five", is population.CREW_OF's)
_VEHICLE_WITH = patterns.compile(
    rf"(?r)\b(?:plane|jet|aircraft|airliner|flight|helicopter|bus|train|ferry|boat|ship|vessel)\b[^.;:,\n]{{0,40}}?"
    rf"\bwith[ \t]+(?:{QUAL_PATTERN}[ \t]+)?(?:[\d,]+[ \t]+\p{{Ll}}+(?:[ \t]+\p{{Ll}}+)?,?[ \t]+and[ \t]+)?$", regex.I)
# a rescue told by a verb of bringing out, its object, then where to: "pulled 11 workers out alive", "brought
# nine of the 23 miners ... to the surface", "winched four fishermen to safety"
_RESCUE_VERB_BEFORE = patterns.compile(
    r"\b(?:pull(?:ed|s|ing)?|brought|bring(?:s|ing)?|haul(?:ed|s|ing)?|lift(?:ed|s|ing)?|winch(?:ed|es|ing)?"
    r"|carr(?:ied|ies|ying)|dug|got|led|airlift(?:ed|s|ing)?)[ \t]+(?:out[ \t]+)?$", regex.I)
_RESCUE_END = patterns.compile(
    rf"\b(?:(?:out[ \t]+)?alive|to[ \t]+(?:the[ \t]+)?surface|to[ \t]+safety|out[ \t]+of[ \t]+the[ \t]+{WRECKAGE}"
    # pulled from the water, where no one is pulled dead in the same breath ("from the rubble" may be bodies)
    r"|(?:out[ \t]+of|from)[ \t]+(?:the[ \t]+)?(?:water|sea|ocean|river|floodwaters?|surf))\b",
    regex.I)
# a relative clause that tells how the counted died, not what befell them now: "hostages who died while held"
# (past the noun, however long: "three Valdoran hostages who had died"), with the verbs of dying DIED_AFTER reads
_WHO_DIED = patterns.compile(
    r"[^,.;:!?]{0,40}?[ \t](?:who|that)(?:" + DIED_AFTER.pattern + r"|[ \t]+(?:were|had[ \t]+been)[ \t]+killed\b)",
    regex.I)
# bodies given back, however it is put: "handed over", "were returned", "repatriated"
_GIVEN_BACK = patterns.compile(r"\b(?:hand(?:ed|ing|s)?[ \t]+(?:[\p{L}’'-]+[ \t]+){0,4}?over|returned|repatriated"
                               r"|released|transferred)\b", regex.I)
# a dash right before a figure that ends its sentence: "— some 2.4 million people."
_DASH_BEFORE = patterns.compile(r"[ \t][—–-][ \t]+(?:[\p{L}]+[ \t]+){0,3}$")
_DASH_REACH = 30  # characters back from the figure to the dash: room for "more than", "an estimated"
_SENTENCE_CLOSE = " \t\n.!?\"”’)"  # what may end a sentence after its last word
# one person who walks out is no strike: "When she walked out, the coach, with her three assistants, ..."
_ONE_PERSON_BEFORE = patterns.compile(r"\b(?:he|she|I)[ \t]+$", regex.I)
# a detention told after the noun, as a participle or a relative clause: "students detained in the capital", "students
# from the capital who were detained in March"
_HELD_AS_MODIFIER = patterns.compile(
    r"[ \t]+(?:(?:from|in)[ \t]+[^,;.]{1,30}?[ \t]+)?(?:(?:who|that|which)[ \t]+(?:had[ \t]+been|have[ \t]+been"
    r"|were)[ \t]+)?(?:detained|held|arrested|jailed|imprisoned)\b", regex.I)
_RELEASE_REACH = 160  # characters back a release verb may govern a list: "free 60 convicts, as well as 410 students"
_FINITE_VERB = patterns.compile(r"\b(?:are|were|is|was|remain|remained|remains|have|has|had)\b", regex.I)
# "three of the 60 people aboard": a part, its whole a figure, and what is said of the whole right after it
_ABOARD_AFTER = patterns.compile(rf"[ \t]+{ABOARD}\b", regex.I)
_PART_OF_FIGURE = patterns.compile(
    r"[ \t]+(?:of|out[ \t]+of)[ \t]+(?:(?:the|these|those|its|their)[ \t]+)?[\d,.]+[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?"
    r"(?:(?:on[ \t]+board|aboard|inside|trapped|onboard)\b|(?=\p{Ll}+ed\b|were\b|was\b|are\b|is\b))", regex.I)


def _nearest_measure(found: list[tuple[int, str]]) -> str:
    """The measure of the measure word nearest the figure, by its name (``_GROUP_MEASURE``); "" if none."""
    if not found:
        return ""
    group = min(found)[1]
    return _GROUP_MEASURE.get(group, group)

# a place's people counted as its population: "the city of nearly 900,000", "the town's 40,000 residents"
_RESIDENTS_OF = patterns.compile(r"[ \t]+(?:residents|inhabitants|people)[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}")
