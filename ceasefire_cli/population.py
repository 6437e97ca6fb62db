"""Who or what a count counts: the population and subgroup slots ("30 dead hostages" are hostages, their
subgroup dead; "1,203 villagers" are people; "30 buildings" a structure), and, for a span of time, what
lasts ("a 60-day truce"). Pure functions of the text; compiled patterns only. Used by slots.py.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from . import patterns
from .keywords import Keyed
from .models import PERSONS, Count
from .nationality import nation, nation_named
from .numerals import FIGURE, SUBSET_LEAD
from .textmatch import regular_singular

_POPULATION_TOPICS = {"hostages": "hostages", "prisoners": "prisoners", "deaths": "people", "injured": "people"}
# counted nouns that name a part of the people counted, and the class they belong to
SUBGROUP_NOUNS = {
    **dict.fromkeys("child children kid kids minor minors baby babies infant infants toddler toddlers girl girls boy"
                    " boys".split(),
                    "child"),
    **dict.fromkeys("woman women mother mothers female females".split(), "woman"),
    **dict.fromkeys("soldier soldiers troop troops serviceman servicemen servicemembers".split(), "soldier"),
    **dict.fromkeys("officer officers policeman policemen police".split(), "police"),
    **dict.fromkeys("civilian civilians".split(), "civilian"),
    **dict.fromkeys("militant militants fighter fighters gunman gunmen combatant combatants insurgent insurgents"
                    " bandit bandits".split(), "fighter"),  # "bandits": armed gangs, as officials call them
    # those who carried out an attack, counted apart from its victims ("six attackers were killed")
    **dict.fromkeys("attacker attackers assailant assailants terrorist terrorists perpetrator perpetrators shooter"
                    " shooters bomber bombers".split(), "fighter"),
    # those who carried out a crime: how many there were is a fact of the story ("four robbers", "three burglars")
    **dict.fromkeys("thief thieves robber robbers burglar burglars raider raiders intruder intruders culprit"
                    " culprits".split(), "perpetrator"),
    **dict.fromkeys("worker workers labourer labourers laborers employee employees staff".split(), "worker"),
    **dict.fromkeys("journalist journalists reporter reporters".split(), "journalist"),
    # (interns: a hospital's trainee doctors, as strikes and walkouts count them)
    **dict.fromkeys("medic medics doctor doctors nurse nurses paramedic paramedics intern interns".split(), "medic"),
    **dict.fromkeys("rescuer rescuers firefighter firefighters responders".split(), "rescuer"),  # "first responders"
    **dict.fromkeys("volunteer volunteers".split(), "volunteer"),  # counted apart from the rescuers beside them
    # "five hostages and two guards"; "500 guardsmen" of a National Guard
    **dict.fromkeys("guard guards bodyguard bodyguards guardsman guardsmen".split(), "guard"),
    # teenagers are told apart from the children beside them ("12 children and three teenagers")
    **dict.fromkeys("teenager teenagers teen teens adolescent adolescents".split(), "teenager"),
    **dict.fromkeys("adult adults".split(), "adult"),  # "56 were adults and 28 were children": a part, as children are
    **dict.fromkeys("student students pupil pupils schoolchildren".split(), "student"),
    **dict.fromkeys("teacher teachers".split(), "teacher"),  # "130 pupils and three teachers": a part beside them
    **dict.fromkeys("foreigner foreigners".split(), "foreigner"),
    # tourists are visitors, from the country itself as often as from abroad ("12 tourists" and "two foreigners"
    # among them are two facts)
    **dict.fromkeys("tourist tourists".split(), "tourist"),
    **dict.fromkeys("crew crewman crewmen attendants stewards stewardesses".split(), "crew"),  # "flight attendants"
    # those who paid to travel, beside the crew: '40 passengers and three crew' of '43 people aboard' (in a
    # story that counts no crew, passengers are everyone: see population_and_subgroup)
    **dict.fromkeys("passenger passengers".split(), "passenger"),
    **dict.fromkeys("pilot pilots".split(), "pilot"),  # a part of a crew, never the whole
    **dict.fromkeys("marine marines airman airmen cadet cadets recruit recruits conscript conscripts".split(),
                    "soldier"),
    **dict.fromkeys("diplomat diplomats envoy envoys delegate delegates".split(), "diplomat"),
    # a sports team and its staff, counted apart from the others aboard or killed ("nine swimmers and their coaches")
    **dict.fromkeys("athlete athletes player players skater skaters swimmer swimmers footballer footballers"
                    " gymnast gymnasts coach coaches".split(), "athlete"),
    # those who came along with the ones a story counts: "the five and two of their relatives"
    **dict.fromkeys("relative relatives kin kinsmen".split(), "relative"),
}
# words before a noun of people that make them a subgroup whatever the noun ("rescue workers" are rescuers)
MODIFIER_SUBGROUPS = {
    "rescue": "rescuer",  # "rescue workers", "rescue personnel"
    "enforcement": "police",  # "law enforcement officials", "law-enforcement personnel"
    "foreign": "foreigner",  # "foreign nationals", "foreign tourists": counted apart from the country's own
    "international": "foreigner",  # "11 international nationals" aboard are its foreign ones
    "family": "relative",  # "two family members", "relatives", counted apart from those they came with
    "male": "man",  # "three male captives": a sex said outright is a part, as "female" ones are
}
# a counted noun of two words that names a subgroup as one word would ("service members" are servicemembers)
TWO_WORD_SUBGROUPS = {
    **dict.fromkeys(("service members", "service member", "military personnel", "army personnel", "navy personnel",
                     "naval personnel", "security personnel", "paramilitary personnel", "forces members",
                     "forces personnel", "armed forces"), "soldier"),  # "8,000 armed forces (members)"
}
# the verbs of a vehicle's load: who it was carrying were aboard ("a bus carrying 40 pilgrims", "ferrying 90")
CARRYING = (r"(?:carrying|transporting|ferrying"  # and a craft's past tense: "the ferry carried 212 people"
            r"|(?<=(?:flight|plane|jet|aircraft|bus|ferry|boat|ship|train|vessel)s?[ \t]+)carried)")
# men are a subgroup only beside women: alone, "two men were killed" is how news counts people
_MEN = frozenset("man men boy boys".split())
_WOMEN = patterns.compile(r"\b(?:woman|women|girls?)\b", regex.I)
_SEX_REACH = 60  # characters either side: "three men, aged 30, 52 and 72, and a woman of 45"


def beside_women(text: str, c: Count) -> bool:
    """Whether women are named near the figure in its sentence."""
    lo, hi = max(0, c.start - _SEX_REACH), min(len(text), c.end + _SEX_REACH)
    return any(not regex.search(r"[.!?]\s", text[min(m.start(), c.start):max(m.end(), c.end)])
               for m in _WOMEN.finditer(text, lo, hi))


_STATUS_SUBGROUP = {"living": "living", "dead": "dead", "remains": "dead", "life-sentence": "life-sentence"}
# a part of the counted group introduced after it: what is said of the part is not said of the whole
_PART_FOLLOWS = patterns.compile(
    rf",[ \t]+(?:{SUBSET_LEAD}\b|(?:[\p{{L}}\d,.]+[ \t]+)?of[ \t]+(?:whom|them)\b)", regex.I)
_LIFE = patterns.compile(r"\b(?:life|long|long-term|lengthy|heavy)[ \t-]+(?:sentences?|terms?)\b|\blifers\b", regex.I)
# what a span of time can measure, and the class it belongs to ("cease-fire" and "truce" are one)
DURATION_THINGS = {
    **dict.fromkeys("ceasefire cease-fire truce armistice pause cessation".split(), "truce"),
    **dict.fromkeys("war fighting conflict offensive invasion bombardment siege blockade".split(), "war"),
    **dict.fromkeys("talks negotiations negotiation".split(), "talks"),
    **dict.fromkeys("captivity captive captives held tunnels kidnapped abducted hostage hostages detained detention"
                    " custody".split(), "captivity"),
    # a bar from office, a sport or the wheel: "barred him from coaching for two years", "a six-year ban"
    **dict.fromkeys("ban bans banned barred barring ineligibility ineligible disqualified disqualification".split(),
                    "ban"),
    **dict.fromkeys("deal agreement accord plan".split(), "deal"),
    **dict.fromkeys("trial hearing hearings proceedings".split(), "trial"),
    # a witness's days on the stand are not the trial's length ("five days of testimony", "testified for 5 days")
    **dict.fromkeys("testimony testified testifying".split(), "testimony"),
    # a jury's time out is not the trial's length ("after 10 hours of deliberations", "deliberated for 9 hours")
    **dict.fromkeys("deliberation deliberations deliberated deliberating deliberate".split(), "deliberation"),
    **dict.fromkeys("sentence sentences prison jail".split(), "sentence"),
    **dict.fromkeys("strike walkout stoppage".split(), "strike"),
    **dict.fromkeys("lockdown curfew".split(), "lockdown"),
    **dict.fromkeys("search rescue manhunt man-hunt hunt".split(), "search"),  # "a 30-hour manhunt": for a suspect
    # a party's or a ruler's time in power ("ruled for 58 years"; "58 years in power": see _lasting_thing), not
    # "power" alone ("power was restored after three days") nor a court's "ruling"
    **dict.fromkeys("ruled rule reign reigned".split(), "rule"),
}


# a model's code in the plural, one word: "17 XR-40s", "12 B77s" (machines counted, see names_people)
MODEL_CODES = r"\p{L}{1,3}-?\d+\p{L}?s\b"
_WORD = patterns.compile(rf"{MODEL_CODES}|[\p{{L}}'’-]+")


def _head_as_written(c: Count) -> str:
    ws = _WORD.findall(c.subject or "")
    return ws[-1] if ws else ""


# craft, counted as things: "aircraft" is a plural with no -s, and "two from Chile" of "nine aircraft" are aircraft
CRAFT_NOUNS = frozenset(
    "aircraft planes jets helicopters flights ships boats ferries buses trains cars vehicles".split())
# nouns of things, never of people: a count of them is `other`, and things are not killed, freed or stuck
THING_NOUNS = frozenset(
    """countries nations states sides parties books times points votes seats cities towns villages
    homes houses buildings schools hospitals sites locations rockets missiles drones projectiles tunnels
    vehicles tanks planes jets ships boats steps proposals issues rounds meetings areas kilometres miles
    dollars euros pages articles laws bills amendments provinces districts regions camps clinics crossings
    targets strikes airstrikes attacks raids incidents cases allies partners governments
    agencies organisations organizations groups companies firms stores shops mosques churches
    universities bakeries wells farms acres hectares stories words letters films songs awards""".split()
) | CRAFT_NOUNS  # ("aircraft": a plural with no -s, which would else take the people of the sentence before it)


def head_word(c: Count) -> str:
    ws = _WORD.findall((c.subject or "").lower())
    return ws[-1] if ws else ""


# the words of being aboard, and of a craft's crew
ABOARD = r"(?:on[ \t]+board|aboard|onboard)"
CREW_WORDS = r"(?:crew|pilots?|(?:flight|cabin)[ \t]+attendants?|stewards|stewardesses)"
_ABOARD_APART = patterns.compile(rf"\b{CREW_WORDS}"
                                 # ... or a count of everyone aboard, which the passengers are a part of
                                 rf"|\bcarrying[ \t]+[\d,]+[ \t]+people\b|\b[\d,]+[ \t]+people[ \t]+{ABOARD}\b",
                                 regex.I)


@lru_cache(maxsize=4)
def _tells_aboard_apart(text: str) -> bool:
    """Whether a story tells its passengers apart from everyone aboard: it speaks of a crew, or counts the
    people aboard. Asked once per text, however many passengers it counts."""
    return _ABOARD_APART.search(text) is not None


# words of a railway near "coaches": the cars of a train, not a sports team's trainers
_RAIL_NEAR = patterns.compile(r"\b(?:trains?|railways?|railroads?|rail|express|bogies|carriages|locomotives?"
                              r"|wagons|tracks)\b", regex.I)
_RAIL_REACH = 150  # characters either side of the figure


def population_and_subgroup(text: str, c: Count, clause: tuple[int, int]) -> tuple[str, str]:
    """(population, subgroup)."""
    status = c.status or ""
    head = head_word(c)
    words = set((c.subject or "").lower().replace("-", " ").split())
    if c.topic == "duration":
        return _lasting_thing(text, c, clause), ""
    if c.unit and c.unit != "fraction":
        return c.unit, ""
    if status in ("dead", "remains") and (c.topic == "hostages" or _near_hostage_word(text, c, clause)):
        return "hostages", "dead"
    population = _POPULATION_TOPICS.get(c.topic, "")
    subgroup = _STATUS_SUBGROUP.get(status, "") if population in ("hostages", "prisoners") else ""
    part = _PART_FOLLOWS.search(text, c.end, clause[1])  # "90 prisoners, including 30 serving life terms"
    if population == "prisoners" and (subgroup == "life-sentence"
                                      or _LIFE.search(text, c.end, part.start() if part else clause[1])):
        subgroup = "life-sentence"
    elif population == "prisoners" and subgroup not in ("life-sentence",):
        subgroup = ""  # "detainees" and "prisoners" are one population
    if population == "hostages" and subgroup not in ("living", "dead"):
        subgroup = ""
    if not population and not head and (m := _NUMBER_OF.search(text, max(clause[0], c.start - 80), c.start)):
        noun = m.group("noun")
        if not names_people(noun) and noun.lower() not in _PEOPLE_STATES:
            return thing_named(regular_singular(noun.lower())), ""  # "the number of homes"
    if _OF_FORCES.match(text, c.end):
        return "people", "soldier"  # "9,000 elements of the armed forces", "200 members of the navy": soldiers
    if not population and head in ("member", "members") and "-" in c.text and _BODY_AFTER.match(text, c.end):
        return "seat", ""  # "the 61-member parliament": its seats, as "the 61-seat parliament"
    if not population:
        if c.topic == "aid":
            population = regular_singular(head) or "aid"
        elif head in ("coach", "coaches") and _RAIL_NEAR.search(text, max(0, c.start - _RAIL_REACH),
                                                                   c.end + _RAIL_REACH):
            population = "coach"  # "carrying 400 passengers in nine coaches": a train's cars, not a team's trainers
        elif head in SUBGROUP_NOUNS or not head or names_people(_head_as_written(c)) \
                or (nation(text, c) and head not in CRAFT_NOUNS):
            population = "people"
        else:
            one = regular_singular(head)
            population = thing_named(one)
            if one in _BUILDINGS and len(words & _BUILDING_PLURALS) > 1:
                population = "structure"  # "1,300 homes and businesses": buildings of every kind
    if not subgroup and population in ("hostages", "prisoners") and _is_side(c, text):
        return population, regular_singular(_head_as_written(c))  # "10 Russians were handed over": one side of a swap
    if not subgroup and population == "prisoners" and (side := _side_named(c)):
        return population, side  # "120 Chilean prisoners of war": one side of a swap (not "Israeli hostages", all
        # of one side in any story they are in)
    if not subgroup and population in ("hostages", "prisoners") and head not in CAPTIVE_HEADS \
            and (side := nation(text, c)):
        return population, side  # "14 Chilean citizens", "14 from Chile" among captives freed: one nation's part
    if not subgroup:
        last_two = " ".join((c.subject or "").lower().split()[-2:])
        sub = TWO_WORD_SUBGROUPS.get(last_two, "") \
            or next((MODIFIER_SUBGROUPS[w] for w in words if w in MODIFIER_SUBGROUPS), "") \
            or SUBGROUP_NOUNS.get(head, "")
        if not sub:
            sub = next((SUBGROUP_NOUNS[w] for w in words if w in SUBGROUP_NOUNS), "")
        if not sub and head in _FORCE_HEADS and _ARMY_BEFORE.search(text, max(clause[0], c.start - 60), c.start):
            sub = "soldier"  # "the army had mobilised some 180 personnel": the army's own
        elif not sub and head in _FORCE_HEADS and _EMERGENCY_NEAR.search(text, max(clause[0], c.start - 80),
                                                                          min(clause[1], c.end + 80)):
            sub = "rescuer"  # "120 personnel ... from the emergency services": rescuers
        if population in PERSONS:
            subgroup = sub
        if not subgroup and head in _MEN and beside_women(text, c):
            subgroup = "man"  # "a woman and two men were killed": the men are a part, as the woman is
    if population == "people" and subgroup in _NATION_OVERRIDES and (people := nation(text, c)):
        subgroup = people  # "53 British nationals", "seven Portuguese": a nation's part, kept capitalised
    if not subgroup and population == "people" and (
            _ON_THE_GROUND.match(text, c.end) or _GROUND_TOLL.search(text, max(clause[0], c.start - 140), c.start)):
        subgroup = "on the ground"  # "28 on the ground": those a falling aircraft struck, apart from all aboard
    if not subgroup and population == "people" and not c.subject and CREW_OF.search(text, max(0, c.start - 20),
                                                                                      c.start):
        subgroup = "crew"  # "64 passengers and a crew of five": the crew, as "eight crew members"
    named = {SUBGROUP_NOUNS[w] for w in words if w in SUBGROUP_NOUNS}
    if subgroup in named and len(named) > 1 and " and " in (c.subject or "") and named not in _PART_PAIRS:
        subgroup = ""  # "242 passengers and crew", "40 pupils and teachers": everyone there, neither part alone
    elif subgroup in named and len(named) > 1 and " and " in (c.subject or ""):
        subgroup = " and ".join(sorted(named, reverse=True))  # "13 women and children": that part, not the children
    if subgroup == "passenger" and _CREW_AMONG.match(text, c.end):
        subgroup = ""  # "64 passengers including three crew members": everyone aboard, however named
    if subgroup == "passenger" and not _tells_aboard_apart(text):
        subgroup = ""  # "90,000 passengers a day" in a story with no crew: the travellers, no part of anyone
    if not subgroup and (bloc := next((w for w in (c.subject or "").split()[:-1] if w in _BLOCS), "")):
        subgroup = bloc  # "Valdora, Boren and five Western countries": the Western ones, a part of all seven
    return population, subgroup


# the blocs and regions of the world a capitalised word before a noun names: a part of all such things
_BLOCS = frozenset("Western Eastern European African Asian Arab Gulf Latin Nordic Baltic Balkan NATO EU".split())


# a crew told by its size, right before the figure: "and a crew of five" (the crew, aboard)
CREW_OF = patterns.compile(r"\b(?:a|the|its|their)[ \t]+crew[ \t]+of[ \t]+$", regex.I)
# the nouns of captives, by the topic they name (counted.py reads a count's topic from them)
CAPTIVE_NOUNS = {"hostages": "hostage hostages captive captives abductee abductees kidnappee kidnappees",
                 "prisoners": "prisoner prisoners detainee detainees inmate inmates convict convicts lifers pow pows"}
# with a nation, still the captives of a story, not a part of them by nation ("30 Chilean hostages")
CAPTIVE_HEADS = frozenset(" ".join(CAPTIVE_NOUNS.values()).split())
# the crew counted among "passengers" right after them: the passengers named are everyone aboard
_CREW_AMONG = patterns.compile(rf"[ \t]+passengers,?[ \t]+(?:including|among[ \t]+them|of[ \t]+whom)[ \t]+{FIGURE}"
                               r"[ \t]+(?:were[ \t]+)?(?:crew|(?:flight|cabin)[ \t]+attendants|pilots)\b", regex.I)
# words for the people a force is made of, which name them only with the force after them
_OF_FORCES = patterns.compile(
    r"[ \t]+(?:elements?|members?|personnel)[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?(?:[\p{L}-]+[ \t]+)?"
    r"(?:army|military|armed[ \t]+forces|navy|national[ \t]+guard|security[ \t]+forces|air[ \t]+force|marines)\b",
    regex.I)
# the army as the subject that sends people: those it sends are soldiers ("the army deployed 180 personnel")
_FORCE_HEADS = frozenset({"personnel"})
_ARMY_BEFORE = patterns.compile(r"\b(?:army|military|armed[ \t]+forces|navy|troops)\b[^.;:!?,]*$", regex.I)
# ... and the emergency services the people they send belong to: rescuers
_EMERGENCY_NEAR = patterns.compile(r"\b(?:emergency|rescue|firefighting|fire[ \t]+service|civil[ \t]+defen[cs]e)\b",
                                   regex.I)
# two parts that, named together, are still a part: "30 women and children" of a toll (any other two, "242
# passengers and crew" aboard, "40 pupils and teachers" seized, are everyone counted)
_PART_PAIRS = frozenset({frozenset({"woman", "child"})})
# subgroups a nation named with them says more of: "53 British passengers" are the British among those aboard
_NATION_OVERRIDES = frozenset({"", "passenger", "foreigner", "tourist"})
# ... and a toll named as theirs before the figure: "the death toll on the ground rose to 29", "the ground toll is 29"
_GROUND_TOLL = patterns.compile(
    r"\b(?:toll|number[ \t]+of[ \t]+(?:dead|deaths|fatalities))[ \t]+on[ \t]+the[ \t]+ground\b[^.;,\d]{0,100}$"
    r"|\bground[ \t]+(?:death[ \t]+)?toll\b[^.;,\d]{0,40}$", regex.I)
# people counted where a crashing aircraft fell, not aboard it: "30 people on the ground", "28 on the ground"
_ON_THE_GROUND = patterns.compile(
    r"(?:[ \t]+(?:people|persons?|residents?|bystanders?|others?|individuals?))?[ \t]+on[ \t]+the[ \t]+ground\b",
    regex.I)
# elected bodies whose members are its seats
_BODY_AFTER = patterns.compile(
    r"[ \t]+(?:\p{L}+[ \t]+)?(?:parliament|assembly|council|chamber|house|legislature|senate|congress"
    r"|legislative|national|state|city|municipal|provincial|regional)\b", regex.I)


# what the people counted were, said right after the figure: "of whom 97 were women", "Seven of the freed
# hostages were children" (a few words of the group's noun phrase, no figure: "six of the 23" is a part of a count)
WERE_NOUN = patterns.compile(r"(?:[ \t]+of[ \t]+(?:them|those|whom|(?:the|those|these)"
                             r"(?:[ \t]+(?!and\b)[\p{L}\d,-]+){1,8}?))?"
                             r"[ \t]+(?:were|are|was|is)[ \t]+(?P<noun>\p{L}+)\b", regex.I)
# what a figure with no noun of its own counts, named before it: "the number of homes destroyed climbed to 1,200"
_NUMBER_OF = patterns.compile(r"\b(?:number|tally|count)[ \t]+of[ \t]+(?:the[ \t]+)?(?P<noun>\p{L}[\p{L}-]*s)\b"
                              r"(?![ \t]+of\b)[^,;:.!?\d]*$", regex.I)


_JOINED = patterns.compile(r"[ \t](?:and|or)[ \t]")


def _side_named(c: Count) -> str:
    """The nation a modifier of the counted noun names ("120 Chilean prisoners", "130 Brazilian servicemen"),
    as its adjective; "" if none. In a swap, the side they belong to (see ``_is_side``)."""
    if _JOINED.search(c.subject or ""):
        return ""  # "16 Germans and Brazilians": people of both sides, no one side
    side = next((n for w in (c.subject or "").split()[:-1] if w[:1].isupper() and (n := nation_named(w))), "")
    after = c.sentence.find(c.subject or "") + len(c.subject or "")
    if side and c.subject and (more := _ANOTHER_NATION.match(c.sentence, after)) and nation_named(more.group("w")):
        return ""  # "12 Chilean dissidents and Peruvian nationals": people of two nations, no one side
    return side


# another nation's people joined to the counted noun: "... dissidents and Peruvian nationals"
_ANOTHER_NATION = patterns.compile(r"[ \t]+(?:and|or)[ \t]+(?P<w>\p{Lu}[\p{L}'’-]*)")


def swap_side(c: Count) -> str:
    """The side of a swap freed people belong to, told by a nation before their noun ("130 Brazilian servicemen
    were returned"): what the subgroup says of captives, where the noun says only who they are."""
    return _side_named(c) if c.role == "released" else ""


def _is_side(c: Count, text: str) -> bool:
    """Whether the counted noun is a capitalised noun for people ("Russians", "Westerners"): in a swap,
    the side they belong to, where the article names two sides. Kept capitalised, which marks the
    subgroup as one an outlet may leave unsaid (countclaims.WILDCARD_SUBGROUPS)."""
    word = _head_as_written(c)
    if _JOINED.search(c.subject or "") or word[:-1].isupper() or word.lower() in SUBGROUP_NOUNS:
        return False  # "16 Germans and Brazilians": people of both sides, no one side; nor "95 POWs", nor a
        # headline's capitals ("95 Soldiers Returned")
    at = text.find(word, c.end, c.end + 40)
    return bool(word) and word[0].isupper() and at != -1 and not word.isupper() and word.isalpha() \
        and word.endswith(("s", "i"))  # "Uzbeks", "Westerners", "Israelis"


# nouns that count people (the population "people"; some name a subgroup too, see SUBGROUP_NOUNS); not
# "families", a unit of their own that disaster reports give beside the people ("or 3,100 families")
PEOPLE_NOUNS = frozenset(
    """people persons individuals civilians children kids women men residents soldiers troops fighters
    militants protesters demonstrators citizens nationals migrants refugees workers journalists patients
    members aides officials infants babies girls boys adults students staff personnel police
    volunteers doctors nurses medics passengers victims survivors peacekeepers mercenaries rebels gunmen
    insurgents guards officers teachers pupils schoolchildren schoolgirls schoolboys miners farmers villagers
    pilgrims worshippers monks nuns priests employees firefighters rescuers sailors seafarers fishermen tourists
    foreigners settlers shoppers commuters voters pensioners hostages captives prisoners detainees inmates
    defendants accused co-defendants suspects convicts youths minors adolescents teenagers spectators fans
    customers travellers travelers attendants strikers crew attackers assailants terrorists perpetrators shooters
    colleagues relatives friends neighbours neighbors classmates comrades companions siblings cousins brothers
    sisters sons daughters parents grandparents husbands wives guests locals natives elders orphans widows
    newborns veterans bandits criminals thieves pirates defenders heroes combatants marines forces
    robbers burglars raiders intruders culprits
    witnesses associates businessmen businesswomen lawmakers legislators senators judges magistrates""".split()
)
# one counted thing spelled two ways (British and American)
_SPELLINGS = {"storey": "story", "tyre": "tire", "kerb": "curb", "programme": "program", "centre": "center",
              # and one thing named two ways in disaster reports
              "building": "structure", "house": "home", "household": "home", "tremor": "aftershock",
              # and in election reports: a party's MPs and the constituencies it won are its seats
              "mp": "seat", "mps": "seat", "constituency": "seat", "riding": "seat",
              # and in court reports: the counts of an indictment are its charges ("five counts", "five charges")
              "count": "charge", "offence": "charge", "offense": "charge", "felony": "charge", "misdemeanor": "charge",
              "misdemeanour": "charge",
              # and in strike and shipping reports: "1,100 new jobs" and "1,000 new positions" are one
              # promise, "120 vessels" and "115 ships" one queue, and a fleet's "30 boats" its "31 vessels"
              "position": "job", "vessel": "ship", "boat": "ship", "airplane": "plane", "aeroplane": "plane",
              # and in business reports: a carmaker's plants are its factories; a strike's "three facilities" are
              # its "three sites"
              "factory": "plant", "facility": "site",
              # and in theft and museum reports: "six pieces", "five items" and "seven objects" stolen are one tally
              "piece": "item", "object": "item", "artefact": "item", "artifact": "item",
              # and in venue reports: "the 2,500-seater hall" is the 2,500-seat hall
              "seater": "seat",
              # and in housing reports: a block's flats are its apartments, its floors its storeys
              "flat": "apartment", "floor": "story",
              # and the buildings of an estate, named by their shape: "ten tower blocks", "four of the towers"
              "block": "structure", "tower": "structure",
              # and the jobs a company does away with, named by the cut ("2,500 of the job losses")
              "loss": "job", "layoff": "job", "redundancy": "job",
              # and a train's cars, "bogies" in Indian English ("bogy" as the regular singular reads it)
              "bogie": "coach", "bogy": "coach", "carriage": "coach",
              # and the local authorities a disaster reaches, however an outlet names them ("214 municipalities",
              # "190 towns", "nearly 220 cities" of one state)
              "town": "municipality", "city": "municipality",
              # and a shooter's guns ("bought seven firearms", "seven weapons"), a defendant's other cases ("three
              # other criminal trials"), a candidate's past elections ("lost two previous polls") and the planes of
              # an airlift ("two flights carrying the deportees"), however an outlet names them
              "firearm": "weapon", "gun": "weapon", "trial": "case", "poll": "election", "flight": "plane",
              "aircraft": "plane", "jet": "plane"}
# kinds of building: two of them joined are buildings of every kind ("homes and businesses")
_BUILDINGS = frozenset("home house building structure business shop store school church office".split())
_BUILDING_PLURALS = frozenset("homes houses buildings structures businesses shops stores schools churches"
                              " offices".split())
# words that stand for people counted by what befell them ("1,500 dead", "claimed 80 lives", "nearly 40,000
# displaced"; "150 rescues", "40 arrests": one person each)
_PEOPLE_STATES = frozenset(
    "others dead deceased injured wounded missing lives deaths fatalities mortalities casualties bodies"
    " displaced evacuated homeless affected stranded trapped rescued rescues arrests".split())
# agent nouns ("strikers", "customers", "motorists", "defendants") count people, except these things
_AGENT_SUFFIXES = ("ers", "ors", "ists", "ants", "ents", "ians", "ees", "men", "people")  # longshoremen, townspeople
_AGENT_THINGS = frozenset(
    """containers computers helicopters numbers orders dollars barrels meters metres kilometers kilometres
    liters litres centers centres towers chapters letters papers reactors tractors trailers layers sectors
    quarters headquarters borders waters rivers rockets missiles tankers carriers fighters-jets transports
    members-only documents segments elements equipments instruments departments apartments comments
    statements agreements governments payments shipments investments amendments settlements tremors floors
    errors monitors generators motors indicators mirrors newspapers offers answers powers shelters barriers
    matters corners plants grants restaurants implants elephants seaters tenders""".split()
)


def thing_named(one: str) -> str:
    """The one name of a thing counted under two, from its singular ("constituency" and "seat": "seat")."""
    return _SPELLINGS.get(one, one)


def names_people(word: str) -> bool:
    """Whether a counted noun names people: a lexicon word, an agent noun ("strikers", "defendants"),
    or a capitalised plural (a demonym: "Russians", "Palestinians")."""
    low = word.lower()
    if low in PEOPLE_NOUNS or low in _PEOPLE_STATES or low in SUBGROUP_NOUNS or low + "s" in PEOPLE_NOUNS \
            or (low.endswith("man") and low[:-3] + "men" in PEOPLE_NOUNS):
        return True  # (the last two: one of them, "one survivor", "one fisherman")
    if low in _AGENT_THINGS or len(low) < 5 or any(ch.isdigit() for ch in low):
        return False  # (a model's code counts machines: "17 XR-40s")
    return low.endswith(_AGENT_SUFFIXES) or (word[:1].isupper() and low.endswith("s"))


# a counted thing named in a sentence by a figure of its own: "the 61-seat assembly", "of the 150 seats"
_THING_COUNTED = patterns.compile(r"\b\d[\d,]*(?:-|[ \t]+)(?P<noun>\p{Ll}{3,})\b")


def bar_whole(text: str, c: Count, sent: tuple[int, int]) -> str:
    """What a bare figure that is a bar to clear counts, from the nearest thing its sentence counts
    with a figure: in "a party needs 31 to clinch a majority in the 61-seat assembly" the 31 are
    seats, not people. Empty when the sentence counts no thing."""
    found = [(min(abs(m.start() - c.end), abs(c.start - m.end())), m.group("noun"))
             for m in _THING_COUNTED.finditer(text, *sent) if m.start() != c.start]
    for _gap, noun in sorted(found):
        if not names_people(noun) and noun not in _NOT_THINGS:
            return thing_named(regular_singular(noun))
    return ""


# words after a figure that are not the thing it counts ("31 to clinch", "40 of the 61", "in 2019 and")
_NOT_THINGS = frozenset("to of and or in on at for by per with than the from percent".split())


_HOSTAGE_NEAR = patterns.compile(r"\b(?:hostages?|captives?|abductees?)\b", regex.I)


def _near_hostage_word(text: str, c: Count, clause: tuple[int, int]) -> bool:
    return bool(_HOSTAGE_NEAR.search(text, clause[0], clause[1]))


WORDS = patterns.compile(r"[\p{L}-]+")


# what is held as an office is kept, not captive: "the riding he had held for 14 years"
_HELD_THINGS = frozenset("seat seats post office title position riding constituency job power majority throne"
                         " portfolio presidency premiership chair".split())
_VERB_REACH = 6  # words back from "for" to the verb a span of time follows ("held in the north of Braga for")
# a verb of the class in an idiom that holds nobody: "we held the line for six weeks", "held firm for a month"
_IDIOM_AFTER = {"held": frozenset("line firm out steady fast".split())}


def _not_idioms(words: list[str]) -> list[str]:
    """``words`` with each verb of an idiom blanked, so it names nothing that lasts ("held the line")."""
    out = list(words)
    for i, w in enumerate(words[:-1]):
        nxt = words[i + 2] if words[i + 1] == "the" and i + 2 < len(words) else words[i + 1]
        if nxt in _IDIOM_AFTER.get(w, ()):
            out[i] = ""
    return out


_DONE_REACH = 7  # words after "after the" a passive verb may come ("after the basketball star was detained")


def _lasting_thing(text: str, c: Count, clause: tuple[int, int]) -> str:
    """What a span of time measures: the noun it modifies ("60-day truce"), the head of the "of"
    phrase after it ("two weeks of intense ceasefire negotiations": talks), the noun before "of"
    ("a truce of up to 60 days"), else the nearest word of that class in the clause."""
    reach = min(clause[1], c.end + 80)
    words = [(m.start(), m.group().lower()) for m in WORDS.finditer(text, c.end, reach)]
    if words and regular_singular(words[0][1]) == c.unit:
        words = words[1:]
    after = [w for _, w in words]
    # the "of" phrase ends at a comma or a dash: "four days of deliberations, after an eight-week trial"
    phrase_end = _PHRASE_END.search(text, c.end, reach)
    of_words = [w for p, w in words if phrase_end is None or p < phrase_end.start()]
    before = _not_idioms([w.lower() for w in WORDS.findall(text, max(clause[0], c.start - 80), c.start)])
    if after and after[0] == "of":  # the head of the "of" phrase is its last noun of the class
        np = []
        for w in of_words[1:7]:
            if w in NP_END:
                break
            np.append(w)
        heads = [DURATION_THINGS[w] for w in np if w in DURATION_THINGS]
        if heads:
            return heads[-1]
    elif "-" in c.text:  # "a 60-day humanitarian truce"
        for w in after[:3]:
            if w in DURATION_THINGS:
                return DURATION_THINGS[w]
    if after[:2] in (["in", "power"], ["in", "office"]):
        return "rule"  # "after 58 years in power"
    if after[:2] == ["after", "the"] and len(after) > 2 and after[2] not in DURATION_THINGS \
            and (not before or before[-1] != "for"):
        done = next((after[j + 1] for j in range(2, min(len(after) - 1, _DONE_REACH))
                     if after[j] in ("was", "were") and after[j + 1] in DURATION_THINGS), None)
        # "ten months after the star was detained": the captivity that began then; "four days after the fire": the
        # time since the story's happening, which grows daily
        return DURATION_THINGS[done] if done else "elapsed"
    if "within" in before[-_WITHIN_REACH:] or c.text.lower().startswith("within "):
        return "deadline"  # "a vote must be held within (a maximum of) 40 days": a time limit, not how long a
        # thing lasts (not the captivity that 'held' may name)
    if _SENTENCED.search(" ".join(before[-_SENTENCED_WORDS:])) or _IN_PRISON.match(" ".join(after[:_PRISON_REACH])):
        return "sentence"  # "sentenced to 20 years", "jailed for 12 years", "15 years in prison", "six years in
        # Dunmore's notorious Rook Prison"
    if len(before) >= 2 and before[-1] == "of" and before[-2] in DURATION_THINGS:
        return DURATION_THINGS[before[-2]]
    k = len(before) - (3 if before[-2:] in (["the", "past"], ["the", "last"]) else 1)
    if k >= 0 and before[k] in ("for", "over"):
        # "held in Braga for the past three years", "was detained there for two years": the verb the span follows
        at = next((j for j in range(k - 1, max(-1, k - 1 - _VERB_REACH), -1) if before[j] in DURATION_THINGS), -1)
        if at >= 0 and before[at] == "held" and (kept := _HELD_THINGS & {*before[max(0, at - _VERB_REACH):at],
                                                                        *before[at + 1:k]}):
            return "rule" if "power" in kept else "tenure"  # "the riding he had held for 14 years", "held the
            # chair for nine years": an office kept, not a captivity; "held power for 31 years" as "31 years in power"
        if at >= 0:  # ... or its subject, right before it: "the truce held for 60 days" measures the truce
            return DURATION_THINGS[before[at - 1] if at and before[at - 1] in DURATION_THINGS else before[at]]
    near = [(i, DURATION_THINGS[w]) for i, w in enumerate(after[:_THING_REACH]) if w in DURATION_THINGS]
    near += [(len(before) - i, DURATION_THINGS[w]) for i, w in enumerate(before) if w in DURATION_THINGS
             and len(before) - i <= _THING_REACH]
    if near:
        return min(near)[1]
    return _relative_head(before)


_PHRASE_END = patterns.compile(r"[,;:()—–]|[.!?](?:\s|$)")
_WITHIN_REACH = 4  # words back to the "within" of a time limit: "within a maximum of 50 days"
_THING_REACH = 5  # words between a span of time and what it measures, when no phrase ties them
_RELATIVE_REACH = 16  # words back to "the trial that/which ..." whose clause holds the span of time


def _relative_head(before: list[str]) -> str:
    """The noun a relative clause hangs on, when the span of time is in that clause: "the trial,
    which had gripped the country for three months" measures the trial."""
    for i in range(len(before) - 1, max(-1, len(before) - _RELATIVE_REACH), -1):
        if before[i] in ("that", "which") and i and before[i - 1] in DURATION_THINGS:
            return DURATION_THINGS[before[i - 1]]
    return ""


# (the verbs of a court past a described name: "jailed the former minister Ana Ruiz for")
_SENTENCED = patterns.compile(r"\b(?:sentenced|jailed|imprisoned)\b(?:\s+\w+){0,5}?\s+(?:to|for)$"
                              r"|\b(?:given|faces?|facing|risks?|serving|served)\b(?:\s+\w+){0,3}?\s+(?:to|for)$"
                              r"|\b(?:sentences?|terms?|imprisonment)(?:\s+of)?$"
                              # the second of two terms: "jailed for 15 and 8 years", "sentenced Ruiz to 15 years
                              # and her husband to 8"
                              # (words only: the first term's figure is not one)
                              r"|\b(?:sentenced|jailed|imprisoned)\b(?:\s+\w+){0,3}?\s+(?:to|for)(?:\s+\w+){0,2}?"
                              r"\s+and(?:(?:\s+\w+){0,3}?\s+(?:to|for))?$")
_SENTENCED_WORDS = 12  # words before a term its verb may stand: "sentenced Ana Ruiz to 15 years and her husband to"
# (a possessive's "s" is a word of its own here: "in Dunmore s old Rook Prison")
_IN_PRISON = patterns.compile(r"(?:in|behind)\s+(?:\w+\s+){0,4}?(?:prisons?|jails?|bars)\b"
                              r"|of\s+(?:imprisonment|prison|jail)|prison|jail")
_PRISON_REACH = 6  # words after a duration that "in" and a prison's name fit in
# words that end the noun phrase after "of" ("21 months of war that ..."): the head came before them
NP_END = frozenset("that which who in on at by with for from to and or but as since after before during".split())


# a place's people, named before the figure: "the city of nearly 900,000", "the town's 12,000 residents",
# "a village home to around 350 people" (who live there, whatever else the sentence says befell the place)
# a match holds one of these words; a stretch with none is not searched (keywords.Keyed)
_PLACE_OF_KEYS = tuple("""
    archipelago capital city community country county district enclave hamlet home island kingdom metropolis
    municipality nation port province region republic resort state territory town village
""".split())
_PLACE_OF = Keyed(patterns.compile(
    r"\b(?:(?:city|town|village|hamlet|port|resort|metropolis|capital|nation|country|state|region|province"
    r"|island|islands|archipelago|territory|enclave|district|county|kingdom|republic|municipality|community)"
    r"(?:['’]s|[ \t]+of)|home[ \t]+to)[ \t]+(?:(?:about|around|nearly|almost"
    r"|some|roughly|over|more[ \t]+than|just[ \t]+(?:over|under)|an[ \t]+estimated)[ \t]+)?$",
    regex.I,
), _PLACE_OF_KEYS)
_RESIDENT_NOUNS = frozenset({"", "people", "residents", "inhabitants", "citizens", "souls"})


def lives_there(text: str, start: int, head: str) -> bool:
    """Whether the figure at ``start``, its noun's head ``head`` (lower case), counts the people who live in a
    place named before it: "the city of 90,000 people", or by its name, "Lima's 40,000 residents"."""
    return head in _RESIDENT_NOUNS and (
        _PLACE_OF.search(text, max(0, start - 50), start) is not None
        or (head in _DWELLERS and _NAME_OWNS.search(text, max(0, start - 50), start) is not None))


_DWELLERS = frozenset({"residents", "inhabitants", "citizens"})  # nouns of those who live there, not "people"
# a capitalised name owning the figure: "Lima's", "Santa Rosa's" (a place, as its dwellers tell)
_NAME_OWNS = patterns.compile(r"\b\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)*['’]s[ \t]+(?:(?:about|around|nearly"
                              r"|almost|some|roughly|over|more[ \t]+than|an[ \t]+estimated)[ \t]+)?$")
