"""Where a count is: the place slot of count claims. A place in the count's own clause, else the place of
the figure's source in its sentence, else a place that frames the sentence or an earlier one of its
paragraph. Pure functions of the text and the places found in it (places.py); used by slots.py.
"""

from __future__ import annotations

import regex

from . import patterns
from .clausewords import EVENT_NOUN
from .keywords import Keyed
from .models import Count
from .nationality import country_of_people
from .numerals import FIGURE, QUAL_PATTERN, SUBSET_LEAD, WHOLE_AFTER_PART
from .places import EVENT_NAME_END, NAME_PARTICLE, SITE_NOUNS, PlaceMention, is_site, lookup
from .textutil import MONTH_NAMES, WEEKDAYS

_CALENDAR = "|".join(MONTH_NAMES + WEEKDAYS)  # a month or a day framed by "in" is a time, not a place

# a sentence framed by a place ("In Bangkok, ...", "And in Bangkok, ..."); match() anchors it at the sentence
_FRAME_CONJ = r"(?:(?:And|But|Meanwhile,?|Elsewhere,?|Likewise,?|Similarly,?|Separately,?)[ ]+)"
_IN_FRAME = patterns.compile(rf"[\s\"“‘'>•*-]*(?:{_FRAME_CONJ}(?i:in|across|throughout|inside|outside)"
                             r"|In|Across|Throughout|Inside|Outside)\s")
_UNKNOWN_FRAME = patterns.compile(
    rf"[\s\"“‘']*(?:{_FRAME_CONJ}in|In)[ ]+(?:the[ ]+)?(?:\p{{Ll}}+[ ]+)?"
    rf"(?!(?:{_CALENDAR}|Addition|Total|Fact|Contrast|Response|Particular|General|Short)\b)"
    rf"(?P<name>\p{{Lu}}\p{{Ll}}+(?:[ ]\p{{Lu}}\p{{Ll}}+)*),")
# a place, then "with" and its figure, as a ranking of places writes it: "Faro with 19, Porto with 9"
_PLACE_WITH_FIGURE = patterns.compile(
    r"(?:^|(?<=[;,:][ ]|\bby[ ]|\band[ ]|\bthen[ ]))"
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+){0,2})[ ]+with[ ]+"
    r"(?:(?:about|around|some|nearly|almost|just|only|over|at[ ]+least|more[ ]+than)[ ]+)?$")
_PLACE_WITH_REACH = 50  # characters before a figure its place's name and "with" fit in
_ALONE_AFTER = patterns.compile(r"[ ]+alone\b", regex.I)
SENT_REACH = 2  # sentences back in the paragraph a place may carry over from ("In Bangkok, ... They said ...")


_NEW_CONJUNCT = patterns.compile(r"[ ]and[ ]")  # between a figure and a place: the place opens the next conjunct
# between a place and the figure: the figure opens a new conjunct, the place ended the one before ("900 injured in
# Porto and a dozen died in Braga": the dozen are not Porto's)
_CONJUNCT_AFTER_PLACE = patterns.compile(r",?[ ]+and[ ]+")


def place_of(text: str, c: Count, clause: tuple[int, int], sent: tuple[int, int], para: tuple[int, int],
           sents: tuple[tuple[int, int], ...], places: list[PlaceMention]) -> str:
    """Where the counted people or things are: a place in the count's own clause ("killed in
    Mandalay"), else the place of the figure's source in the sentence ("Bangkok city hall said",
    "Myanmar's junta said", "authorities in Bangkok"), else a place that frames the sentence or an
    earlier one of the paragraph ("In Thailand, ..."). A place named in another clause ("struck
    near Sagaing, killing 1,000") is the event's, not the count's. Places named together ("Myanmar
    and Thailand") say the count spans both: no single place."""
    if _RESPECTIVELY.search(text, c.end, sent[1]) and (own := _respective_place(text, c, sent)) is not None:
        return own
    if (label := _labelled_line(text, c)) is not None:
        return label
    if (ranked := _PLACE_WITH_FIGURE.search(text, max(sent[0], c.start - _PLACE_WITH_REACH), c.start)) is not None \
            and (known := lookup(ranked["name"])) is not None:
        return known.name  # "Faro with 19, Porto with 9": each figure is its place's
    if c.topic in ("deaths", "injured") \
            and _ELSEWHERE_AFTER.match(text, c.end, min(sent[1], c.end + _PLACE_AFTER_REACH)):
        return ELSEWHERE  # "left some 60 dead elsewhere in the country", "in other parts of the region"
    if _HERE_AFTER.match(text, c.end, sent[1]) and (told := _place_told_before(c, sent, places)):
        return told  # "Valdora province was the worst hit. 90 people died here.": the province just named
    lo, hi = _comma_clause(text, c, sent)
    reach = min(hi, c.end + _PLACE_AFTER_REACH)
    if (conjunct := _AND_FIGURE.search(text, c.end, reach)) is not None \
            and not _EVENT_WORD.search(text, conjunct.end(), min(hi, conjunct.end() + _PLACE_AFTER_REACH)):
        reach = min(hi, conjunct.end() + _PLACE_AFTER_REACH)  # "12 people were killed and 30 people were injured
        # in the province of Kunar": the place after the conjunct is both figures' (not "... and 60 injured in a
        # crush at a festival in Soren": the festival's, as it would be of one figure that far from it)
    nxt = _NEXT_CLAUSE.search(text, c.end, reach)
    if nxt is not None:  # "the toll in X climbed to 66 as residents of Y began ...": Y is not where
        reach = nxt.start()
    part = _part_aside(text, c, sent)  # "cut 4,000 jobs, including 2,600 in Germany,": Germany is the part's
    places = [p for p in places if not (sent[0] < p.start < sent[1] and _EVENT_SITE_BEFORE.search(
        text, max(sent[0], p.start - _EVENT_SITE_REACH), p.start))]  # (its own sentence's only: cheap)
    after = [p for p in places if c.end <= p.start < reach and not _RANKED_AFTER.match(text, p.end)
             and not _TALKS_IN.search(text, max(c.end, p.start - 40), p.start) and not part[0] <= p.start < part[1]
             and not _ANOTHER_FROM.search(text, max(c.end + 1, p.start - 40), p.start)]
    for m in _OPENS_CLAUSE.finditer(text, lo, c.start):
        lo = m.end()  # "convoys headed for Minho after floods killed 40": Minho is where they went
    for m in _REPORT_OPENS.finditer(text, lo, c.start):
        if not any(lo <= p.start and p.end <= m.start() and p.frame in _VOICE_FRAMES for p in places):
            lo = m.end()  # "the agency in Lisbon says 52 were killed": where the voice is, read as a source below
            # (not "Porto has reported 12", "Peru's ministry said": a place that speaks, or owns the voice)
    before = [p for p in places if lo <= p.start and p.end <= c.start
              and not _TALKS_IN.search(text, max(lo, p.start - 40), p.start)  # "the deal reached in Lisbon to free 40"
              and not (p.frame == "poss" and _POSS_ACTION.match(text, p.end))
              and not _CONJUNCT_AFTER_PLACE.fullmatch(text, p.end, c.start)]
    if after and before and _NEW_CONJUNCT.search(text, c.end, after[0].start):
        after = []  # "the toll rose in Spain to 45 and in Portugal to 13": the place after 'and' is the 13's
    whole = WHOLE_AFTER_PART.search(text, max(sent[0], c.start - 30), c.start) is not None
    if whole:
        after = []  # "about 40 of the roughly 95 trapped were in a tunnel near Braga": the part's place
    if after and _SCOPE.search(text, c.end, after[0].start):
        after = []  # "80 missing across the country, ... while Porto reported 12": the whole, then a part's place
    if after and (unknown := _UNKNOWN_PLACE_AFTER.match(text, c.end)) is not None and unknown.end() <= after[0].start \
            and (" " in unknown.group("name") or _listed_with_places(text, sent, places)):
        after = []  # "5 in Upper Valdoria and 1 in the province of Corbet": the place the gazetteer lacks right
        # after the figure is the figure's, not the known one further on (read below, as when none follows)
    for p in after[:1]:
        if (owned := _owned_by(text, p, places)) is not None:
            p = owned  # "25 injured in attacks in Valdora's southernmost Minho province": Minho, Valdora's
        return "" if p.coordinated else p.place.name
    for p in [p for p in before if p.frame == "subject"][-1:]:
        return "" if p.coordinated else p.place.name  # "..., with Braga accounting for 45": the clause's subject
    if not before and (assailed := _assailed_place(text, c, sent)) is not None:
        return assailed
    if not before and (framed := _clause_framed(text, sent, lo, places)) is not None:
        return framed  # "...: in Lyon, 30,000 marched; in Nantes, 12,000": each clause's own frame
    scope = _SCOPE.search(text, lo, max(c.start, hi)) or _SCOPE_OPENER.match(text, sent[0], c.start) \
        or _SCOPE_ASIDE.search(text, max(sent[0], lo - 30), lo)
    if scope is not None:  # "Statewide, the toll rose to 109": all of the state, not the county told before
        return _whole_named(places, sent, scope)
    # "in four states" in the clause (its plural noun, the cheap half, asked first): where, before or after the figure
    many = [m.start() for m in _MANY_PLACES.finditer(text, lo, hi)] if _PLACES_NOUN.search(text, lo, hi) else []
    if any(at >= c.end for at in many):
        return ""  # "in Braga, floods killed 80 people in four states": a toll over several places is no one place's
    if (unknown := _UNKNOWN_PLACE_AFTER.match(text, c.end)) is not None:
        # "200 in Braga and 30 in the Lowlands": a place the gazetteer lacks is still not Braga; a name of
        # several words is named as written ("11 killed in Vila do Conde"), a word alone may be anything
        name = unknown.group("name")
        if _CALENDAR_WORD.search(name) or EVENT_NAME_END.search(name):
            return ""  # "rises to 72 in Valdora Valley Flood": the disaster's name, not a place
        if (site := _SITE_NOUN_AFTER.match(text, unknown.end())) is not None:
            return f"{name} {site.group(1)}"  # "trapped in the Kestrel mine": a named site, its noun in lower case
        return name if " " in name or _listed_with_places(text, sent, places) else ""
    for p in before[-1:]:
        if _UNKNOWN_PLACE_BETWEEN.search(text, p.end, c.start):
            return ""  # "rose in Braga to 45 and in the Lowlands to 13": the 13 are the Lowlands', unknown here
        return "" if p.coordinated else p.place.name
    if many:
        return ""  # ... and before it: "across three states, floods killed 55"
    where = _WHERE.match(text, lo)
    if where is not None and not _PART_OF.search(text, lo, c.start):
        # "in Cebu, where 13 people were missing": the place the clause hangs on (but not the whole
        # that "13 of the 26" takes a part of)
        named = [p for p in places if sent[0] <= p.start and p.end <= lo
                 and text[p.end:lo].strip(" ,").lower() in _KIND_AFTER_NAME]  # "in Kerala state, where"
        if named:
            return "" if named[-1].coordinated else named[-1].place.name
    if _WHICH.match(text, lo) and (told := [p for p in places if sent[0] <= p.start and p.end <= lo
                                            and text[p.end:lo].strip(" ,") == ""]):
        # "the 2011 blaze in the hills, which left 64 dead": where the event the clause tells of was
        return "" if told[-1].coordinated else told[-1].place.name
    if (kind := _kind_named(text, c, (lo, hi), para, places)) is not None:
        return kind
    source = _source_place(text, c, sent, lo, places, whole)
    if source is not None:
        return source
    return _framed_place(text, sent, para, sents, places)


# a line that opens with the place its figures are told for, then a colon: "• Harbour Hospital, Braga: 8 injured,
# 2 dead" (its name up to a comma or a bracket)
_LINE_LABEL = patterns.compile(r"[ \t]*(?P<bullet>[•*·▪–-][ \t]*)?(?P<name>\p{Lu}[^:\n,(]{2,60}?)[ \t]*"
                               r"(?:\([^)\n]*\))?(?:,[^:\n]{1,40})?:[ \t]")


def _labelled_line(text: str, c: Count) -> str | None:
    """The place a line names before the colon its figure follows, where that name is a site ("Harbour
    Hospital"), or, on a bulleted line, a place the gazetteer knows; None otherwise ("Update: 12 dead" names no
    place, and "LISBON: At least 23 died" is a dateline, where the story was filed)."""
    line = text.rfind("\n", 0, c.start) + 1
    m = _LINE_LABEL.match(text, line, c.start)
    if m is None or m.group("name").isupper():
        return None
    name = m.group("name").strip()
    return name if is_site(name) or (m.group("bullet") and lookup(name) is not None) else None


def _kind_named(text: str, c: Count, clause: tuple[int, int], para: tuple[int, int],
                places: list[PlaceMention]) -> str | None:
    """The place a kind of place stands for ("the province's toll", "in the district"): the last place of that
    kind named before it, in this paragraph or just before it."""
    lo, hi = clause
    kind = _KIND_POSSESSIVE.search(text, max(lo, c.start - 60), c.start) \
        or _IN_THE_KIND.match(text, c.end, min(hi, c.end + 80))
    if kind is None:  # "Rescuers in Besh province ..., raising the province's toll to 41": Besh's toll
        return None
    k = kind.group("k").lower()
    since = para[0] - (_KIND_REACH if kind.start() > c.start else 0)  # "in the district" may close the one before
    named = [p for p in places if since <= p.start and p.end <= kind.start()
             and (text[p.end:p.end + 20].strip().lower().startswith(k) or text[p.start:p.end].lower().endswith(k)
                  or p.place.kind == _KIND_OF.get(k))]  # ("Marlow County ... in the county": named with its kind)
    if not named:
        return None
    return "" if named[-1].coordinated else named[-1].place.name


def _whole_named(places: list[PlaceMention], sent: tuple[int, int], scope: regex.Match[str]) -> str:
    """The state or country a word of scope ("statewide", "across the country") means."""
    kind = "region" if "state" in scope.group().lower() else "country"
    named = [p for p in places if sent[0] <= p.start < sent[1] and p.place.kind == kind and p.place.country
             and not p.coordinated]  # (a state the gazetteer knows, not a county the text names)
    # the state or country the sentence names is that whole ("Utah Gov. Ana Ruiz said 23 drowned statewide"),
    # else the one the story names, if it names one alone ("Statewide, 109 died" in a story about Utah)
    if not named:
        named = list({p.place.name: p for p in places if p.place.kind == kind and p.place.country
                      and not p.coordinated}.values())
        named = named if len(named) == 1 else []
    return named[0].place.name if named else "statewide" if kind == "region" else "nationwide"


def _source_place(text: str, c: Count, sent: tuple[int, int], lo: int, places: list[PlaceMention],
                  whole: bool) -> str | None:
    """The place of the figure's source in its sentence ("Bangkok city hall said", "Myanmar's junta said",
    "authorities in Bangkok"); None when the sentence names no source's place."""
    sources = [p for p in places if sent[0] <= p.start < sent[1] and (
        p.frame in ("poss", "attr", "subject") or p.described
        or _AUTHORITY_IN.search(text, max(sent[0], p.start - 30), p.start))
        and not _ABROAD_VOICE.match(text, p.end) and not (p.frame == "poss" and _POSS_ACTION.match(text, p.end))
        # a place reporting its own figure in the next clause ("..., while Braga reports 9 dead"), not the voice
        # the whole sentence is told in ("..., while 9 were rescued, the Braga authority said")
        and not (p.frame == "subject" and p.start >= c.end and _NEXT_CLAUSE.search(text, c.end, p.start))
        and not (whole and p.start >= c.end)]
    voice = _nation_voice(text, c, sent)
    if voice is not None and not any(voice[1] <= p.start < c.start for p in sources):
        return voice[0]  # "..., while Valdoran authorities said 13 had died": the clause's own voice
    if not sources:
        return None
    # the source of the figure's own clause first: "Braga reported five deaths, while Porto reported three"
    src = next((p for p in reversed(sources) if lo <= p.start < c.start), sources[0])
    head = [p for p in places if p.end <= src.start and not text[p.end:src.start].strip(" ,")
            and "," in text[p.end:src.start]]
    owned = _owned_by(text, src, places)
    if src.frame == "poss" and head:
        src = head[-1]  # "Mandalay, Myanmar's second city, home to 1.5 million": the city described
    elif owned is not None:
        src = owned  # "police in Portugal's Minho region said": the region the country owns
    return "" if src.coordinated else src.place.name


# a nation's voice named by its people's adjective: "Cambodian authorities confirmed", "Thai officials said"
_NATION_VOICE = patterns.compile(
    r"(?<![\p{L}’'-])(?P<people>\p{Lu}\p{Ll}+)[ ]+(?:authorities|officials|government|military|army|ministry"
    r"|health[ ]+ministry|defen[cs]e[ ]+ministry|forces|police)\b")


_CLAUSE_BREAK = patterns.compile(r"[;:]|,[ ]+(?:while|whereas|but|and|as|though|although)\b")


def _nation_voice(text: str, c: Count, sent: tuple[int, int]) -> tuple[str, int] | None:
    """The country whose authorities give the figure in its own clause, and where they are named ("..., while
    Valdoran authorities said 13 had died": Valdora's); None where no such voice stands before it."""
    voices = list(_NATION_VOICE.finditer(text, sent[0], c.start))
    if not voices or _CLAUSE_BREAK.search(text, voices[-1].end(), c.start):
        return None
    country = country_of_people(voices[-1]["people"])
    return (country, voices[-1].start()) if country else None


# the verbs a voice reports a figure with ("the agency in Lisbon says 52 were killed")
_REPORT_VERBS = "says|said|reported|reports|announced|confirmed"
# a voice right after the place that frames its sentence: "In Lisbon, the health ministry said ..."
_VOICE_AFTER_FRAME = patterns.compile(rf",[ ]+(?:[\p{{L}}'’.-]+[ ]+){{1,6}}?(?:{_REPORT_VERBS}|told)\b")


def _framed_place(text: str, sent: tuple[int, int], para: tuple[int, int], sents: tuple[tuple[int, int], ...],
                  places: list[PlaceMention]) -> str:
    """A place that frames the sentence or an earlier one of its paragraph ("In Thailand, ...")."""
    i = next((k for k, s in enumerate(sents) if s[0] == sent[0]), None)
    if i is None:
        return ""
    local = bool(_LOCAL_SOURCE.match(text, sent[0], sent[1]))
    for k in range(i, max(-1, i - 1 - SENT_REACH), -1):
        s0, s1 = sents[k]
        if s0 < para[0] and not local:
            break
        if _IN_FRAME.match(text, s0, s1):
            framed = [p for p in places if s0 <= p.start < s0 + 40]
            if framed and k != i and _ALONE_AFTER.match(text, framed[0].end):
                break  # "In Telavi alone, 31 died. Twelve campers are missing": the frame is that sentence's only
            if framed and framed[0].place.kind == "city" and _VOICE_AFTER_FRAME.match(text, framed[0].end, s1):
                break  # "In Lisbon, the health ministry said nine were killed": where it was said, not where they died
            if framed and not framed[0].coordinated:
                return framed[0].place.name
            if k == i and (unknown := _UNKNOWN_FRAME.match(text, s0, s1)) is not None:
                # "In neighbouring Minho, ...": a place the gazetteer lacks frames it, not the one before
                return unknown.group("name")
    return ""


# a country's act, not its voice: "in exchange for Chile's release of 40 prisoners", "Chile's decision to free
# 40" name the actor of the deal, not where the people are or who counted them
# (and its assault on another land: "Valdora's assault on Minho, which has killed 400" is Minho's toll)
_ASSAULTS = "assault|attack|offensive|invasion|bombardment|campaign|siege|incursion|shelling|onslaught"
_POSS_ACTION = patterns.compile(
    r"['’]s?[ ]+(?:\p{Ll}+[ ]+)?(?:release|decision|offer|agreement|deal|promise|pledge|refusal|request|demand"
    rf"|exchange|swap|plan|move|bid|effort|{_ASSAULTS}|blockade|raid|strike|crackdown)s?\b")
# a land a war is waged on, named just before a relative clause that tells its toll: "Valdora's assault on Minho,
# which has killed at least 400 people", "the siege of Braga that killed 400": the toll is the land's. Only there:
# "seized 40 hostages in the attack on Valdora" took them in Valdora, but other outlets tell that with no place
_ASSAILED_TOLL = patterns.compile(
    rf"\b(?:{_ASSAULTS}|war|bombing|strike|operation)s?[ ]+(?:on|in|of)[ ]+(?:the[ ]+)?"
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+){0,2})"
    r",?[ ]+(?:which|that)[ ]+(?:(?:has|have|had)[ ]+)?(?:(?:so[ ]+far|now|already|reportedly)[ ]+)?"
    r"(?:killed|claimed[ ]+the[ ]+lives[ ]+of|left|wounded|injured)[ ]+(?:\p{Ll}+[ ]+)?$")
_ASSAILED_REACH = 160  # characters before a figure the war and its land are looked for in


def _assailed_place(text: str, c: Count, sent: tuple[int, int]) -> str | None:
    """The place of a war's toll told in a relative clause right after the land it is waged on."""
    m = _ASSAILED_TOLL.search(text, max(sent[0], c.start - _ASSAILED_REACH), c.start)
    place = lookup(m.group("name")) if m is not None else None
    return place.name if place is not None else None


# a place another figure after this one comes from: "30 freed included 13 from Borenia" (Borenia is the 13's)
_ANOTHER_FROM = patterns.compile(rf"(?<![\p{{L}}\d,.-]){FIGURE}[ \t]+(?:[\p{{L}}-]+[ \t]+)?from[ \t]+(?:the[ \t]+)?$",
                                 regex.I)
# where the disaster itself struck, told inside the noun phrase that names it ("the quake centred in Tarn
# province", "the earthquake with the epicentre in Tarn", "the quake that struck the Tarn region", "a fire around
# Lyon"): the event's place, not the scope of the toll it is counted in
_EVENT_SITE_BEFORE = patterns.compile(
    r"\b(?:quakes?|earthquakes?|tremors?|temblors?|fires?|wildfires?|blazes?|floods?|storms?|hurricanes?|typhoons?"
    r"|cyclones?|eruptions?|landslides?|mudslides?)[ ]+"
    r"(?:(?:that|which)[ ]+(?:struck|hit|rocked|jolted|shook)"
    r"|(?:centred|centered|epicentred|epicentered)[ ]+(?:in|near|on)"
    r"|with[ ]+(?:the|its|an)[ ]+epicent(?:er|re)[ ]+(?:in|near)|around|near)[ ]+(?:the[ ]+)?$", regex.I)
_EVENT_SITE_REACH = 60  # characters before a place that _EVENT_SITE_BEFORE reads
# where a deal was made or talks were held, which is not where the people it frees or counts are ("2,000
# prisoners are to be exchanged under the deal reached in Lisbon")
_TALKS_IN = patterns.compile(
    r"\b(?:deal|agreement|accord|talks|negotiations|truce|ceasefire)(?:[ ]+\p{Ll}+){0,2}[ ]+"
    r"(?:in|at)[ ]+(?:the[ ]+)?$", regex.I)
# a place that only ranks the event among its own ("in one of Russia's deadliest attacks", "Valdora's worst
# flood"): a comparison, not where the figure is, where another place says so
_RANKED_AFTER = patterns.compile(
    r"['’]s?[ ]+(?:\p{Ll}+[ ]+)?(?:deadliest|worst|biggest|largest|bloodiest|heaviest|most|greatest|costliest)\b")
# between a place and a smaller one it owns: "Portugal's Minho", "Valdora's southernmost Minho province"
_OWNER_GAP = patterns.compile(
    r"['’]s?(?:[ ]+(?!(?:in|on|at|of|for|to|from|by|with|near|and|or|the)\b)\p{Ll}[\p{L}-]*){0,2}[ ]+")


def _owned_by(text: str, owner: PlaceMention, places: list[PlaceMention]) -> PlaceMention | None:
    """The place named right after ``owner``'s possessive, which ``owner`` only says where it lies."""
    return next((p for p in places if p.start > owner.end and _OWNER_GAP.fullmatch(text, owner.end, p.start)), None)


# a whole state's or country's figure, apart from any one place's in it ("the nationwide toll", "across the state")
_SCOPE_WORDS = r"(?:nationwide|statewide|countrywide|across[ ]+the[ ]+(?:country|nation|state)" \
    r"|(?:in|throughout)[ ]+the[ ]+(?:whole|entire)[ ]+(?:country|nation|state))"
# a match holds one of these words; a stretch with none is not searched (keywords.Keyed)
_SCOPE_KEYS = tuple("""across countrywide entire nationwide statewide whole""".split())
_SCOPE = Keyed(patterns.compile(rf"\b{_SCOPE_WORDS}\b", regex.I), _SCOPE_KEYS)
_SCOPE_OPENER = patterns.compile(rf"[\s\"“]*{_SCOPE_WORDS},", regex.I)  # "Statewide, ...": framing the sentence
_SCOPE_ASIDE = patterns.compile(rf"\b{_SCOPE_WORDS},[ ]*$", regex.I)  # "..., while statewide, 5,500 are in camps"
_WHERE = patterns.compile(r"[ ]*where\b")
_WHICH = patterns.compile(r"[ ]*(?:which|that)\b")
# the kinds of place a text names beside a name ("Besh province", "the province of Besh"), whatever the gazetteer knows
PLACE_KINDS = ("province", "state", "county", "district", "region", "city", "town", "village", "prefecture", "island",
               "governorate", "department")
# a toll told as a kind of place's, that place named before with its kind: "the province's toll"
_KIND_POSSESSIVE = patterns.compile(rf"\bthe[ ](?P<k>{'|'.join(PLACE_KINDS)})['’]s\b", regex.I)
# ... or the figure's own "in the district": "Over 200 people were hurt in the district"
_IN_THE_KIND = patterns.compile(
    rf"(?:[ ]+\p{{Ll}}+){{0,6}}?[ ]+in[ ]+the[ ]+(?P<k>{'|'.join(PLACE_KINDS)})\b(?![ ]+of\b)", regex.I)
_KIND_REACH = 400  # characters before the figure's paragraph where "in the district" finds the district it names
_KIND_OF = {"province": "region", "state": "region", "region": "region", "prefecture": "region", "city": "city",
            "town": "city"}  # the gazetteer's kind for a kind of place a text names
# what may stand between a place's name and the comma before "where": nothing, or the kind of place it is
_KIND_AFTER_NAME = frozenset({"", *PLACE_KINDS})
_UNKNOWN_PLACE_BETWEEN = patterns.compile(  # not a time ("in Sunday's raids", "in March") nor an owner
    rf"[ ]in[ ]+(?:the[ ]+)?(?!(?:{_CALENDAR})\b)\p{{Lu}}\p{{Ll}}+\b(?!['’]s\b)")
# a capitalised name framed by "in" right after the figure (and up to two words of its noun)
# (not one after "and", which opens the next conjunct: "rose in Braga to 45 and in the Lowlands to 13")
_UNKNOWN_PLACE_AFTER = patterns.compile(
    r"(?:[ ]+(?!and\b)\p{Ll}+){0,2}[ ]+in[ ]+(?:the[ ]+)?"
    rf"(?P<name>\p{{Lu}}\p{{Ll}}+(?:[ ](?:{NAME_PARTICLE}[ ])?\p{{Lu}}\p{{Ll}}+)*)")
# a site's noun in lower case after a name the gazetteer lacks: "the Kestrel mine", "the Sunrise hotel"
_SITE_NOUN_AFTER = patterns.compile(
    rf"[ ]({'|'.join(sorted(w.lower() for w in SITE_NOUNS))})\b"
    # ... the noun itself, not a modifier of another ("kidnapped in Kestrel school raid")
    r"(?![ ]+(?!(?:on|in|at|and|or|with|near|of|after|before|when|where|which|that|as|was|were|is|are|has|had"
    r"|have|since|for|to|from|by|until)\b)\p{Ll})")
_CALENDAR_WORD = patterns.compile(rf"\b(?:{_CALENDAR})\b")
# "Lyon and Nice bore the brunt, with 61 and 52 deaths, respectively": the places named together, in order,
# are the figures' own, each its own
_RESPECTIVELY = patterns.compile(r"\brespectively\b", regex.I)
_FIGURES_LISTED = patterns.compile(rf"{FIGURE}(?:,[ ]+{FIGURE})*,?[ ]+and[ ]+{FIGURE}\b")
_FIGURE_RUN = patterns.compile(FIGURE)
_NAME = r"(?!(?:In|At|Across|The|And)\b)\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+)?"
_NAMES_LISTED = patterns.compile(rf"(?<![\p{{L}}])(?:{_NAME})(?:,[ ]+(?:{_NAME}))*,?[ ]+and[ ]+(?:{_NAME})")
_NAME_RUN = patterns.compile(_NAME)


def _respective_place(text: str, c: Count, sent: tuple[int, int]) -> str | None:
    """The place a "respectively" sentence pairs with this figure, when it names as many places as figures, all
    of them towns or regions the gazetteer knows (countries are as often the sides that act: "Norland and Estova
    freed 20 and 40, respectively"), before the figures or after them."""
    listed = next((m for m in _FIGURES_LISTED.finditer(text, sent[0], sent[1]) if m.start() <= c.end - 1 < m.end()),
                  None)
    if listed is None:
        return None
    figures = [m for m in _FIGURE_RUN.finditer(text, listed.start(), listed.end())]
    at = next((i for i, m in enumerate(figures) if m.start() <= c.end - 1 < m.end()), None)
    resp = _RESPECTIVELY.search(text, listed.end(), sent[1])
    after = _NAMES_LISTED.finditer(text, listed.end(), resp.start()) if resp is not None else ()
    # the places named before the figures, or between them and "respectively" ("killed 12 and 9 in Lyon and Nice,
    # respectively")
    for names in (*_NAMES_LISTED.finditer(text, sent[0], listed.start()), *after):
        found = [m.group() for m in _NAME_RUN.finditer(text, names.start(), names.end())]
        known = [lookup(n) for n in found]
        if at is not None and len(found) == len(figures) and all(p is not None and p.kind != "country" for p in known):
            return found[at]
    return None


def places_sharing(text: str, c: Count, clause: tuple[int, int]) -> str:
    """The names listed together nearest a figure each of them had ("two each in Lyon and Nice", "Lyon and Nice
    each have 24 deaths"), joined by commas; "" where its clause lists none."""
    lists = [m for m in _NAMES_LISTED.finditer(text, *clause) if not _CALENDAR_WORD.search(m.group())]
    if not lists:
        return ""
    near = min(lists, key=lambda m: m.start() - c.end if m.start() >= c.end else c.start - m.end())
    return ", ".join(m.group() for m in _NAME_RUN.finditer(text, near.start(), near.end()))


# a figure framed by "in" and a place, as an item of a list: "39 were in Lyon, 22 in ...", "five in Annecy"
_FIGURE_IN_BEFORE = patterns.compile(
    rf"(?:^|[,;:]|\b(?:and|said|that))[ ]+{FIGURE}"
    r"(?:[ ]+of[ ]+(?:the[ ]+dead|the[ ]+victims|them|those[ ]+(?:who[ ]+)?(?:died|killed|dead)))?"  # "48 of the dead"
    r"(?:[ ]+(?:were|was|are|dead|deaths|killed|died))?[ ]+in[ ]+(?:the[ ]+)?"
    rf"(?:(?:{'|'.join(PLACE_KINDS)})[ ]+of[ ]+)?$")  # "were in the city of Lyon"
_FIGURE_IN_REACH = 60  # characters before a place: "said 48 of those who died were in the city of Lyon"


def _listed_with_places(text: str, sent: tuple[int, int], places: list[PlaceMention]) -> bool:
    """Whether the sentence lists figures by place ("39 were in Lyon, 22 in Suzuvale, five in Annecy"): then a
    one-word name the gazetteer lacks, framed alike, is one of those places too."""
    return any(sent[0] <= p.start < sent[1] and p.frame == "prep"
               and _FIGURE_IN_BEFORE.search(text, max(sent[0], p.start - _FIGURE_IN_REACH), p.start) for p in places)
# "here" right after a figure's verb: the place the sentence before names, as a reader takes it
# a match holds one of these words; a stretch with none is not searched (keywords.Keyed)
_HERE_AFTER_KEYS = tuple("""here""".split())
_HERE_AFTER = Keyed(patterns.compile(r"(?:[ ]+\p{L}+){1,3}?[ ]+here\b(?![ ]+(?:and|is|are)\b)", regex.I),
                    _HERE_AFTER_KEYS)
_HERE_REACH = 300  # characters back from a sentence to the place its "here" means


def _place_told_before(c: Count, sent: tuple[int, int], places: list[PlaceMention]) -> str:
    """The last place named (framed as one, not with others) in the text before the figure's sentence."""
    told = [p for p in places if p.end <= sent[0] and sent[0] - p.end < _HERE_REACH and not p.coordinated]
    return told[-1].place.name if told else ""


# several top-level places counted together: "in four states", "across 12 provinces", "in several countries"
_TOP_PLACES = r"(?:states|countries|nations|provinces|territories|prefectures|continents)\b"  # not counties or towns,
# a match holds one of these words; a stretch with none is not searched (keywords.Keyed)
_PLACES_NOUN_KEYS = tuple("""continents countries nations prefectures provinces states territories""".split())
_PLACES_NOUN = Keyed(patterns.compile(_TOP_PLACES, regex.I), _PLACES_NOUN_KEYS)  # which lie inside the place framed
_MANY_PLACES = patterns.compile(
    r"\b(?:in|across|throughout|over)[ ]+(?:at[ ]+least[ ]+|more[ ]+than[ ]+)?(?:\d+|two|three|four|five|six|seven"
    rf"|eight|nine|ten|several|many|multiple|a[ ]+dozen)[ ]+{_TOP_PLACES}", regex.I)
# a verb of saying that opens the figure's clause: what stands before it is the voice, not where the counted are
_REPORT_OPENS = Keyed(patterns.compile(rf"\b(?:{_REPORT_VERBS})(?:[ ]+that)?[ ]+", regex.I),
                      ("says", "said", "report", "announced", "confirmed"))
_VOICE_FRAMES = frozenset({"subject", "poss", "attr"})  # a place as the voice itself: "Porto said", "Peru's army said"
# a subordinating conjunction before the figure: the clause it opens is the figure's, places before it are
# the main clause's (not "since" or "before", which open periods: "since 2021", "before dawn")
_OPENS_CLAUSE = patterns.compile(r"\b(?:after|when|because|whereas|while)[ ]+(?=\p{L})", regex.I)
# a conjunction that opens another clause after the figure, whose places are that clause's own (not
# "as many as", "as of", "as well as", "as a result", "as part of")
_NEXT_CLAUSE = patterns.compile(
    r"[ ]+(?:as|while|whereas|when)[ ]+(?!(?:many|much|few|well|of|a[ ]+result|part|high|low|far)\b)"
    # ... or another deed of the same subject, told of no figure: "killing 40 people and damaging buildings in
    # Braga", "Kills 40 And Damages Homes In Braga" (not "killing 40 and injuring 100 in Braga", which shares it)
    rf"|[ ]+(?:and[ ]+\p{{Ll}}+ing|And[ ]+\p{{Lu}}\p{{Ll}}+s)[ ]+(?!(?:{QUAL_PATTERN}[ ]+)?{FIGURE})")
# a sentence whose source is the local authority of a place just named ("In Bangkok, a tower fell. ¶
# City officials reported 10 deaths"): the place may come from the paragraph before
_LOCAL_SOURCE = patterns.compile(r"[\s\"“]*(?:(?:The|Local|City|Municipal|Provincial|Town)[ ]+)?(?:city[ ]+)?"
                                 r"(?:officials|authorities|police|rescuers|hospital[ ]+officials)\b")
_PART_OF = patterns.compile(r"\b\w+[ ]+of[ ]+(?:the[ ]+)?$")
# the rest of a land beside the place a story is about: the figure's place is no name, but it is not that place
ELSEWHERE = "elsewhere"
_ELSEWHERE_AFTER = patterns.compile(
    r"(?:[ ]+(?!(?:and|but|while)\b)[\p{L}-]+){0,3}?[ ]+(?:elsewhere|in[ ]+other[ ]+parts[ ]+of|in[ ]+the[ ]+rest[ ]+of"
    r"|outside[ ]+(?:of[ ]+)?(?:the[ ]+)?(?:city|town|capital|region|province|state|\p{Lu}\p{L}*))\b")
_PLACE_AFTER_REACH = 60  # "killed in Myanmar's strong earthquake": a place right after the count
_AND_FIGURE = patterns.compile(rf"[ ]+and[ ]+(?:{QUAL_PATTERN}[ ]+)?{FIGURE}\b")  # a conjunct's figure after it
_EVENT_WORD = patterns.compile(rf"\b{EVENT_NOUN}\b", regex.I)
# a country's voice abroad tells of other countries' people: "according to Borenia's foreign ministry", "the
# Valdoran embassy said" count people elsewhere (a mediator's tally of captives freed from another land)
_ABROAD_VOICE = patterns.compile(
    r"(?:['’]s?)?[ ]+(?:\p{Ll}+[ ]+)?(?:foreign[ ]+(?:ministry|minister|office|affairs)|ministry[ ]+of[ ]+foreign"
    r"|embassy|ambassador|mediators?|consulate)\b", regex.I)
_AUTHORITY_IN = patterns.compile(
    r"\b(?:authorities|officials|government|police|ministry|officers)[ ]+in[ ]+(?:the[ ]+)?$", regex.I)


# a clause inside the sentence framed by a place, as a list of places writes it: "...: in Lyon, 30,000 marched;
# in Nantes, 12,000 did; while in Brest, 5,000 ..." (a sentence's opening frame is read by _framed_place)
_CLAUSE_FRAME = patterns.compile(
    r"(?:[:;—–,]|\b(?:while|whereas|and|but|meanwhile))[ ]+in[ ]+(?:the[ ]+)?"
    r"(?P<name>\p{Lu}[\p{L}'’-]*(?:[ ]\p{Lu}[\p{L}'’-]*){0,2})[ ]*,[ ]*$")
_CLAUSE_FRAME_REACH = 60  # characters back from the clause to its frame's mark


def _clause_framed(text: str, sent: tuple[int, int], lo: int, places: list[PlaceMention]) -> str | None:
    """The place that frames the figure's clause from inside the sentence, if the gazetteer knows it."""
    m = _CLAUSE_FRAME.search(text, max(sent[0], lo - _CLAUSE_FRAME_REACH), lo)
    if m is None:
        return None
    p = next((p for p in places if p.start == m.start("name")), None)
    return None if p is None or p.coordinated else p.place.name


_CAPITAL_COMMA = patterns.compile(r"\bcapital(?:[ ]city)?$")


def _comma_clause(text: str, c: Count, sent: tuple[int, int]) -> tuple[int, int]:
    """The stretch of the sentence between the commas (or clause marks) around the count."""
    lo = _clause_start(text, sent[0], c.start)
    for ch in ";:()—–":
        lo = max(lo, text.rfind(ch, sent[0], c.start) + 1)
    hi = _clause_end(text, c.end, sent[1])
    if hi < sent[1] and (aside := _PART_ASIDE.match(text, hi, sent[1])) is not None:
        hi = _clause_end(text, aside.end(), sent[1])  # "51 people, including 15 children, died in Marlow County"
    if hi < sent[1] and text[hi] == "," and _CAPITAL_COMMA.search(text, max(c.end, hi - 20), hi):
        hi = _clause_end(text, hi + 1, sent[1])  # "killed in the capital, Lisbon,": the comma before its name
    return lo, hi


def _part_aside(text: str, c: Count, sent: tuple[int, int]) -> tuple[int, int]:
    """The span of a part told between commas right after the count's clause, (0, 0) if none."""
    hi = _clause_end(text, c.end, sent[1])
    aside = _PART_ASIDE.match(text, hi, sent[1]) if hi < sent[1] else None
    return (aside.start(), aside.end()) if aside is not None else (0, 0)


# a comma that ends a clause, not one inside a figure ("3,124"); the first after a point, or the last before it
_CLAUSE_COMMA = r",(?!(?<=\d,)\d)"
_CLAUSE_COMMA_AFTER = patterns.compile(_CLAUSE_COMMA)
_CLAUSE_COMMA_BEFORE = patterns.compile(rf"(?r){_CLAUSE_COMMA}")


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause before ``pos`` starts, from ``lo`` on: past its last comma that is no figure's."""
    comma = _CLAUSE_COMMA_BEFORE.search(text, lo, pos)
    return comma.end() if comma is not None else lo


def _clause_end(text: str, pos: int, end: int) -> int:
    """Where the clause from ``pos`` ends: its first clause mark, or ``end``."""
    if (comma := _CLAUSE_COMMA_AFTER.search(text, pos, end)) is not None:
        end = comma.start()
    for ch in ";:()—–":
        k = text.find(ch, pos, end)
        if k != -1:
            end = k
    return end


# a part of the counted told between commas, after which the clause goes on
_PART_ASIDE = patterns.compile(rf",[ ]+{SUBSET_LEAD}[ ](?:[^,;:()—–]|,(?=\d)){{1,60}},", regex.I)  # "2,600"
