"""Date expressions in news prose, resolved against the article's publication date.

News dates are mostly relative ("on Thursday", "earlier this month", "six months ago"), so a date
only means something once anchored to the publication date. One compiled grammar finds the
candidates (run only in small windows around head words that a plain scan finds, for speed); each
match is then resolved with cheap calendar arithmetic. ``dateparser`` is not used: its search
finds the wrong spans on news, and month names are easier to normalise by hand.

Choices worth knowing:

* A bare weekday is the most recent one on or before publication, except the weekday just after it,
  which is that next day (a page dated where it was filed, hours behind the place reported on, or an
  inferred date a day early). A clause in the future tense ("will meet on Sunday") picks the next
  occurrence instead.
  "today", "this morning" and the like inside a quotation are the speaker's day, not an event.
  Two expressions side by side that name one day are one event: "this evening (Thursday)",
  "On Monday morning, October 13" (a month-day beats the weekday it is printed with).
* A month-day without a year ("Jan. 19") takes the year the text gives the same month-day
  elsewhere ("on October 7, 2023 ... since October 7"), the year its printed weekday fixes
  ("Thursday, October 26"), or the one "of next year" names; otherwise it is the next one if the
  clause is in the future tense, ends a span ("until Jan. 15") or is at most two months ahead, else
  the latest one on or before publication: any day of the current year, last year's only if at most
  ~6 months back ("Dec. 30" in a Jan. 3 story); anything further back is skipped: writers give the
  year for older dates, so a yearless old date is usually a landmark ("Sept. 11") whose year cannot
  be computed. A month-day naming an event ("the Oct. 7 attack") is its latest occurrence up to half
  a year back, else skipped.
* A bare month is the last such month, or upcoming if one or two months ahead; after
  "through"/"until"/"by" it ends a span that runs on, so this year's ("through June" in March).
  "January's deal" is the bare month January. A bare year needs a preposition in front ("in",
  "since", "by", "until", "for", ...) or a determiner as a modifier, and no counted noun after it.
* "the previous day", "the next morning", "a day later", "later that day", "the same day" count
  from the last day named in the same or the previous paragraph; with none, they are skipped.
* Seasons with this/last/next ("last summer") resolve to a year (northern hemisphere; winter is
  dated by its January). A year as a modifier ("a 2014 raid") and both ends of a year range
  ("2016-17", "from 2001 to 2004") are year events; "since 2021" is its first year.
* "several/a few/a couple of N ago" resolve with 3 (2 for a couple) at one coarser precision
  (days -> week, weeks -> month, months -> year); "several years ago" is skipped.
* Qualified spans ("nearly two years ago", "more than a year ago") are approximate: skipped.
  Durations ("for 21 months", "60-day", "in the last week") never match.
* A line that holds nothing but a date and labelled publication metadata ("Updated 5:02 p.m. ET",
  "By ...") is the page's furniture, not an event. A bare date line ("May 3, 2024", "09:19, May 3,
  2024") and a wire dateline ("LIMA, May 3 (AP) -") are events of that day, as the answer keys
  have them ("date line", "article timestamp"). A paragraph repeated word for word (a caption
  saved twice) gives its dates once; a bare month that ends a text without a full stop is where a
  saved page was cut ("since October"): skipped.

This module finds the expressions and what surrounds them; ``dateresolve`` turns each into a day.

Time is linear in the text: windows around heads are bounded, per-match questions use tables
built once per text, and inside a run-on line (a one-line timeline) an event's sentence and label
come from ``_CONTEXT`` characters either side of it.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from datetime import date
from typing import NamedTuple

import regex

from . import patterns
from .dateresolve import NUMBER_WORDS, YEAR_STEP, resolve_match, resolve_weekday
from .eventlabel import what_label
from .models import Event
from .names import _is_headline
from .textmatch import STOPWORDS
from .textutil import (
    CASE_TRAPS,
    FEAST_PATTERN,
    HOLIDAY_PATTERN,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTH_PATTERN,
    WEEKDAYS,
    calendar_date,
    digits_known,
    month_number,
    sentence_span_at,
)

__all__ = ["find_events", "resolve_weekday"]

# --- grammar ---------------------------------------------------------------------------------
# Gaps are 1-3 horizontal blanks: never a newline, never a long run of blanked boilerplate.
_SP = r"[^\S\n]{1,3}"
_WD = f"(?:{'|'.join(WEEKDAYS)})"
_MONTH_ANY = MONTH_PATTERN  # short name for the grammar below
_MONTH_FULL = f"(?:{'|'.join(MONTH_NAMES)})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d,.:/]\d|\d|%|-\d)"
# a span of days ("24-29 January", "January 24–29") is dated by its first day
_DAY_FROM = r"(?:[12]\d|3[01]|0?[1-9])(?=[-–](?:[12]\d|3[01]|0?[1-9])(?![\d,.:/]\d|\d|%|-\d))"
_TO_DAY = r"[-–](?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d%]|[,.]\d|-\d|–\d)"
_NUM = "|".join(sorted((k for k in NUMBER_WORDS if k not in ("a", "an")), key=len, reverse=True))
_DAY_PART = "(?:day|(?i:morning|afternoon|evening|night))"  # "day" in lower case, as _RARE_HEADS finds it
_SEASON = "spring|summer|autumn|fall|winter"  # in lower case, as _RARE_HEADS finds them
# A plural noun after a number makes it a count, not a year ("the 1990 troops", "from 1800 to 2000 homes").
_PLURAL_WITHOUT_S = "people|men|women|children|police|staff|personnel|crew|cattle|sheep|livestock"
_COUNTED = rf"(?:(?!(?:was|is|as|has|this|his|its|us|across|thus|plus|less)\b)\p{{Ll}}+s|(?i:{_PLURAL_WITHOUT_S}))\b"
# Words after "the 2019 ..." that make the number a count or a measure, not a year used as a modifier:
# plurals without -s (people, men), units, and words that continue a number ("2000 to 3000", "2000 more").
# what a weekday and a part of the day name habitually, not once: "its Monday night music events",
# "Friday night parties" (but "on Friday night rescuers ...", said with "on", stays that night)
_HABIT_PLURAL = (r"(?!(?:was|is|as|has|does|this|his|its|us|across|thus|plus|less|always|sometimes|news)\b)"
                 r"\p{Ll}{2,}s\b")  # ("news" ends in s but is no plural: "after a Sunday evening news briefing")
# ... with one word between them that may qualify the plural ("Friday night dance parties"), not a function word
# (textmatch's, and a few clause openers) that opens a clause or a phrase ("Wednesday evening as envoys argued")
_HABIT_QUALIFIER = rf"(?!(?:{'|'.join(sorted(STOPWORDS | {'because', 'if', 'amid', 'until', 'despite'}))})\b)\p{{Ll}}+"
_NOT_HEAD_NOUN = (
    rf"(?i:{_PLURAL_WITHOUT_S}|km|kilomet(?:re|er)|mile"
    r"|met(?:re|er)|m|kg|kilogram|tonne|ton|pound|foot|feet|yard|acre|hectare|mph|kph|cc|mw|gw|square|cubic"
    r"|percent|per|to|or|and|more|plus|of|times|in|at|on|by|for|from|with)"
)

# Plurals that name happenings: after "the 2011 ..." the number is the year they happened in, never a
# count of them (news style writes a count of 2,011 with its comma): "the 2011 floods", "its 2019 protests".
_EVENT_PLURALS = (
    "floods|elections|protests|attacks|riots|games|olympics|talks|strikes|earthquakes|wildfires|fires|bombings"
    "|killings|negotiations|polls|accords|midterms|clashes|hostilities|hearings|primaries|demonstrations"
    "|uprisings|massacres|storms|hurricanes|landslides|rains|monsoons|sanctions|reforms|layoffs|shootings"
    "|wars|invasions|floodings|floodwaters|blasts|explosions|air[ -]?strikes|raids|evacuations"
)

# Each branch opens with a lookahead for the characters it can start with: a cheap test that skips
# its alternations at the many word starts where it cannot match (find_events ~10% faster).
_GRAMMAR = patterns.compile(
    rf"""
    \b(?=\w)(?:
    (?P<abs>
        (?=[MTWFSJAOND\d])(?<!\b(?i:every|each){_SP}(?:(?i:year){_SP}(?:(?i:on){_SP})?)?|\b(?i:annually|yearly){_SP}(?i:on){_SP})
        (?:\b(?P<abs_wd>{_WD}),?{_SP})?
        (?:
            \b(?P<md_mon>{_MONTH_ANY}){_SP}(?:(?P<md_day>{_DAY_FROM}){_TO_DAY}|(?P<md_day>{_DAY}))
            (?:,?{_SP}(?P<md_year>{_YEAR}))?
          | (?<![\d.,])(?:(?P<dm_day>{_DAY_FROM}){_TO_DAY}|(?P<dm_day>{_DAY})){_SP}(?:of{_SP})?(?P<dm_mon>{_MONTH_ANY})
            (?!\w)(?:,?{_SP}(?P<dm_year>{_YEAR}))?
          | \b(?P<my_mon>{_MONTH_ANY}),?{_SP}(?:of{_SP})?
            (?:(?P<my_year>{_YEAR})|(?P<my_rel>(?i:last|this|next)){_SP}(?i:year)\b)
          | (?P<iso>(?<![\d-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-]))
        )
    )
  | (?P<yrr>
        (?=[fFbB12])(?:(?P<yrr_from>(?i:from|between)){_SP})?
        (?<![\d,.\-–/])(?P<yrr_a>(?:1[89]|20)\d\d)
        (?:[-–]|(?<=(?i:from|between){_SP}\d{{4}}){_SP}(?i:to|until|till|through|and){_SP})
        (?P<yrr_b>(?:1[89]|20)\d\d|\d\d)(?![\d%]|[-–/]\d|[,.]\d|{_SP}{_COUNTED})
    )
  | (?P<ym>
        (?=[12]\d)(?<=\b(?i:a|an|the|its|his|her|their|our|this|whose){_SP}|\w['’]s{_SP})
        (?<![\d,.])(?P<ym_year>{_YEAR})
        (?={_SP}(?:(?!{_NOT_HEAD_NOUN}\b)\p{{L}}[\p{{L}}-]*(?<![sS]|ed)\b|(?i:{_EVENT_PLURALS})\b))
    )
  | (?P<yr>
        (?=[eElLmM12])(?:(?i:early|late){_SP}|(?i:mid)-)?
        (?<=\b(?i:in|since|during|early|late|from|until|till|through|throughout|by|into|before|after|of|for)
            {_SP}|\b(?i:mid)-)
        (?<![\d,.])(?P<yr_year>{_YEAR})
        (?!\w|{_SP}?(?i:percent)\b|{_SP}{_COUNTED}|{_SP}(?i:to|and|or){_SP}\d[\d,]{{3,}}{_SP}{_COUNTED})
    )
  | (?P<wk>
        (?=[eElLoOtTpPnNcCMWFS])\b(?P<wk_pre>(?i:(?:early|earlier|late|later)(?:{_SP}on)?|on|this{_SP}past|last|past|this|next|coming)
            {_SP})?
        (?<!\b(?i:every|each|most){_SP}|\b(?:Good|Black|Bloody|Super|Ash|Holy|Palm|Maundy|Cyber|Shrove|Whit|Easter){_SP})
        (?P<wk_day>{_WD})
        (?!\w|,?{_SP}(?:{_MONTH_ANY}{_SP}\d|\d{{1,2}}(?:st|nd|rd|th)?{_SP}(?:of{_SP})?{_MONTH_ANY}))
        (?!{_SP}(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Star|Night{_SP}Live)\b)
        (?!{_SP}(?i:mornings|afternoons|evenings|nights)\b)
        (?(wk_pre)|(?!{_SP}(?i:morning|afternoon|evening|night){_SP}(?:{_HABIT_QUALIFIER}{_SP})?{_HABIT_PLURAL}))
        (?P<wk_post>{_SP}(?i:morning|afternoon|evening|night)\b)?
    )
  | (?P<anc>
        (?=[tTeElLaA])\b(?:(?i:the){_SP}(?P<anc_dir>(?i:previous|preceding|next|following|same)){_SP}{_DAY_PART}
          | (?P<anc_near>(?i:earlier|later)){_SP}(?i:that|the{_SP}same|in{_SP}the){_SP}{_DAY_PART}
          | (?i:a){_SP}day{_SP}(?P<anc_ad>(?i:earlier|later))
          | (?i:the){_SP}day{_SP}(?P<anc_da>(?i:before|after))
            (?:{_SP}(?P<anc_rel>(?i:yesterday|tomorrow))|(?=\s*(?:[,.;:)!?]|$)))
        )\b
    )
  | (?P<rel>
        (?=[tTlLyY])(?<!\b(?i:the|that|one|every|each|a|this|last|next){_SP})
        \b(?:(?P<rel_word>(?i:this|last|yesterday|tomorrow)){_SP}(?i:morning|afternoon|evening|night)
          | (?P<rel_day>(?i:today|tonight|yesterday|tomorrow)))\b
    )
  | (?P<dom>
        (?=[tT])(?<=\b(?i:on|of|since|until|till|by|from|through){_SP})
        (?i:the){_SP}(?P<dom_day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b
        (?:{_SP}(?i:of){_SP}(?P<dom_rel>(?i:last|this|next)){_SP}(?i:month)\b)?
        (?!{_SP}(?:(?i:of){_SP})?{_MONTH_ANY}\b)
        (?=[^\S\n]*(?:[,.;:)(\n]|$)|{_SP}(?i:at|that|when|in|local|after|before|while|as|to|from|until|but)\b
            |{_SP}(?i:morning|afternoon|evening|night)\b)
    )
  | (?P<hol>(?=[NC])\b(?P<hol_name>{HOLIDAY_PATTERN})\b)
  | (?P<feast>(?=[AEGHMP])(?<!\b(?i:the){_SP})\b(?P<feast_name>{FEAST_PATTERN})\b(?!{_SP}\p{{Lu}}))
  | (?P<per>
        (?=[eElLtTnN])\b(?i:(?P<per_mod>early|earlier|late|later)(?:{_SP}in)?{_SP})?
        (?P<per_rel>(?i:this|last|next))
        {_SP}(?P<per_unit>(?i:week|month|year))(?![\w-])
    )
  | (?P<ago>
        (?=[\daAoOtTfFsSeEnN])\b(?P<ago_n>(?i:\d{{1,3}}|{_NUM}|an?|several|a{_SP}few|a{_SP}couple(?:{_SP}of)?))
        {_SP}(?P<ago_unit>(?i:day|week|month|year|decade))s?{_SP}(?i:ago)\b
    )
  | (?P<sea>
        (?=[eElLtTnNpPsSaAfFwW])\b(?:(?P<sea_mod>(?:(?i:early|late){_SP})?(?i:last|this|next|past|this{_SP}past))
            {_SP}(?P<sea_name>{_SEASON})\b
          | (?P<sea_name2>(?i:{_SEASON})){_SP}(?:(?i:of){_SP})?(?P<sea_year>{_YEAR}))
    )
  | (?P<mpos>(?=[JFMASOND])\b(?!May\b)(?P<mpos_name>{_MONTH_FULL})(?=['’]s\b))
  | (?P<mon>
        (?=[lLnNtTeEmMJFASOD])(?:(?P<mon_mod>(?i:last|next|this|early|late)){_SP}|(?i:mid)-
          | (?<=\b(?i:in|since|until|by|during|through|from|before|after|of|early|late){_SP}|\b(?i:mid)-))
        (?P<mon_name>{_MONTH_FULL})(?!\w|{_SP}\d|,?{_SP}(?:of{_SP})?(?i:last|this|next){_SP}(?i:year))
    )
    )
    """,
    regex.VERBOSE,
)

# Every grammar branch contains one of these heads; a plain `re` scan for them is ~20x faster
# than running the full grammar at every offset, which then only runs in a window around a head.
# Each alternative opens with a literal character (the word boundary is checked just after it), so
# `re` can skip ahead with a first-character set instead of trying the whole alternation everywhere.
# With the words of any case (found by ``_any_case_heads``) it finds exactly what
# r"\b(?:Monday|…|(?i:today|…))\b|(?<!\d)(?:1[89]|20)\d\d(?!\d)" finds.
_HEAD_WORDS = (*WEEKDAYS, *MONTH_NAMES, *MONTH_ABBREVIATIONS, "Christmas")
_HEAD_WORDS_ANY_CASE = "today tonight yesterday tomorrow week month year ago morning afternoon evening night".split()
# Heads of the newer branches, in lower case as the grammar spells them (a word always comes before
# them, so only a title-case headline writes "Last Summer"): found with str.find, because each new
# first letter in the head scan ('d', 's', 'f') made it stop far more often (find_events on the
# seed articles: ~2x slower that way).
_RARE_HEADS = ("day", "spring", "summer", "autumn", "fall", "winter")
# What the grammar needs right before a rare head ("the previous day", "last summer"); other
# occurrences ("60-day", "every day", "summer of 2019", whose year is a head) start no search.
_RARE_LEAD = patterns.compile(
    rf"(?i:\b(?:previous|preceding|next|following|same|that|a|the|last|this|past)){_SP}$"
)


# Heads of any case are found with str.find in the lower-cased text instead: their first letters ('t', 'a',
# 'e', 'n', ...) open most words, where the pattern stopped (find_events ~13% faster). That text keeps every
# offset, and holds a word in any case, unless the text has one of the CASE_TRAPS: then the pattern finds those
# words too.


def _heads_pattern(any_case: bool) -> re.Pattern[str]:
    alts: dict[str, list[str]] = {}
    for w in _HEAD_WORDS:
        alts.setdefault(w[0], []).append(w[1:])
    alts.setdefault("N", []).append(r"ew(?=[^\S\n]Year)")
    for w in _HEAD_WORDS_ANY_CASE if any_case else ():  # their first letters have no case variants beyond ASCII
        for c in (w[0], w[0].upper()):
            alts.setdefault(c, []).append(f"(?i:{w[1:]})")
    parts = [rf"{c}(?<!\w.)(?:{'|'.join(v)})\b" for c, v in alts.items()]
    parts += [r"1(?<!\d.)[89]\d\d(?!\d)", r"2(?<!\d.)0\d\d(?!\d)"]
    return re.compile("|".join(parts))


_HEADS = _heads_pattern(any_case=True)
_CASED_HEADS = _heads_pattern(any_case=False)
_VALID = re.compile(r"(?!0000)\d{4}(?:-W\d\d|-\d\d(?:-\d\d)?)?")  # years 1-9999 only
_HEAD_REACH = 32  # longest text a branch allows before its head: "a   couple   of   decades   " (28) before "ago"
_TAIL_REACH = 96  # window after the head; lookaheads need < 32 chars past a match

# Words in front of a relative span that make it approximate ("nearly two years ago") or a span
# of time rather than a point ("in the last week", "just this week" as a running total).
_QUALIFIED = patterns.compile(
    r"(?i:\b(?:nearly|almost|about|around|roughly|approximately|some|over|under|more\s+than|less\s+than"
    r"|fewer\s+than|at\s+least|at\s+most|close\s+to|up\s+to|upwards\s+of|barely|than|the)\s+)$"
)
_CUMULATIVE = patterns.compile(r"(?i:\b(?:just|only|so\s+far|already|the|over|throughout)\s+)$")
_USA = patterns.compile(r"\bUSA\s+$")
# A month-day used as the name of what happened on it ("the Sept. 11 attacks").
_LANDMARK_NOUN = patterns.compile(
    r"(?:,?\s(?:19|20)\d\d,?)?[^\S\n]{1,3}(?i:(?:terror(?:ist)?\s)?(?:attacks?|massacres?|atrocit(?:y|ies)|hijackings?"
    r"|bombings?|assault|onslaught|raid|invasion|incursion|shootings?|stabbings?|blasts?|explosions?|coup|uprising"
    r"|earthquake|quake|crash|derailment|anniversary|commission|generation))\b"
)
# A bare year that frames its sentence ("In 2023, a truce in late November ...").
_FRAME_YEAR = patterns.compile(r"(?i:in|during|throughout)[^\S\n]{1,3}$")

# Dateline: the rest of the line is publication metadata only, and labelled so (_LABELLED).
_META_BEFORE = patterns.compile(
    r"(?:\s*(?i:by)\s[^\n]{0,80}?[|•·—–]\s*)?[\s\W]*"
    r"(?:\(?\p{Lu}[\p{L}.&'’ -]{0,30}\)[\s\W]*)?"  # a source's stamp: '(Harbour Wire) 10:42, March 2, 2031'
    r"(?:(?i:date|dated|published|updated|last\s+updated|first\s+published|posted|modified|on)\b[\s\W]*)*"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*(?i:[ap]\.?m\.?))?(?:\s+\p{Lu}{2,4})?[\s,]+)?"  # a clock time before the date
)
# a label or a separator marks a line as the page's furniture; a bare "May 3, 2024" is its date line, an event
_LABELLED = patterns.compile(r"(?i:(?<![a-z])(?:published|updated|posted|modified|dated?)\b|\bby\b)|[|•·]")
_META_AFTER = patterns.compile(
    r"(?:[\s\W\d]|(?i:updated|published|posted|modified|at|on|et|edt|est|ct|cdt|cst|pt|pdt|pst|gmt|utc|bst"
    r"|cet|cest|am|pm|a\.m\.?|p\.m\.?|local\s+time|hours?|min(?:ute)?s?\s+ago|read)\b)*"
    r"(?:(?i:by)\b[^\n]*)?"
)

# Future tense near the date ("will meet on Sunday") unless a reporting verb intervenes.
_FUTURE = patterns.compile(
    r"(?i:\b(?:will|won['’]t|shall|(?:is|are)\s+(?:due|going)\s+to"
    r"|(?:set|scheduled|expected|slated|poised|favou?red|tipped)\s+to"  # "favoured to win": a day to come
    r"|plans?\s+to|to\s+be\s+held|as\s+(?:soon|early)\s+as|forecast\s+to|(?:is|are|was)\s+likely\s+to"
    # "the result expected on Saturday", "a vote due on Friday": a participle right before the date
    # and "sentencing is scheduled for March 28", "a vote set for Sunday": with its preposition
    r"|(?:expected|due|scheduled|slated|(?:is|are|was|were|been)[ \t]+set)(?:[ \t]+(?:for|on|in))?(?=[ \t]*$)"
    # "the judge set sentencing for March 28", "scheduled his sentencing for": what is set is to come
    r"|(?:set|setting|scheduled|slated)[ \t]+(?:[\w’'-]+[ \t]+){0,4}?for"  # "a sentencing set for March 28"
    r"(?:[ \t]+\d{1,2}(?::\d\d)?[ \t]*(?:a\.m|p\.m|am|pm))?(?=\.?[ \t]*$)"  # "set sentencing for 10 a.m. July 11"
    # ... and what is set, then its day: "is set for sentencing on March 28", "scheduled for a hearing in May"
    r"|(?:set|scheduled|slated|due)[ \t]+for[ \t]+(?:[\w’'-]+[ \t]+){1,3}?(?:on|in)(?=[ \t]*$)"
    # what someone faces is to come ("she faces a second trial in February"), and so is a present passive after
    # "when" ("ten years when he is sentenced in January")
    r"|faces?[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:trial|retrial|hearing|sentencing|vote|run-?off|election)"
    r"|when[ \t]+\w+[ \t]+(?:is|are)[ \t]+\p{Ll}+ed"
    # a gathering called for a day is to come: "a budget session for Monday", "a hearing for Friday"
    r"|(?:meeting|session|summit|hearing)[ \t]+for(?=[ \t]*$))\b)"
)
# between two dates that are alternatives or ends of one span, which share their tense
_ALTERNATIVE = patterns.compile(r"[ \t]*(?:,[ \t]*)?(?:or|and|to|-|–)[ \t]+")
# Future only before the date ("planned to leave on Thursday"), not after it ("On Friday, the
# government planned to ..." is what it planned then). Not "could": in news it is mostly past
# ability ("could not be reached Wednesday"). Not "would have": what might have been, in the past ("the guild would
# have liked more time to bargain on Sunday").
_MODAL = patterns.compile(r"(?i:\b(?:(?:would|might)(?!\s+(?:(?:rather|not|never|also)\s+)?have\b)|planned\s+to"
                          r"|planning\s+to)\b)")
_REPORTING = patterns.compile(
    r"(?i:\b(?:said|says|told|announced|added|stated|reported|wrote|posted|according|confirmed|noted)\b)"
)
_FRONT = patterns.compile(r"[\W_]*(?:(?i:on|in|at|by|and|but|then|so)[\W_]*)?")
# A bare month after these words ends a span that runs on from now ("the ban runs through June").
_OF_YEAR = patterns.compile(r"[^\S\n]+of[^\S\n]+(this|last|next)[^\S\n]+year\b", regex.I)
# ... and a day after a clock time: "until 7pm (6pm GMT) on Friday", "until 1600 GMT on Friday"
_SPAN_END = patterns.compile(
    r"(?i:\b(?:through|thru|until|till|by)(?:[^\S\n]+(?:\d{1,2}(?:[:.]\d\d)?[^\S\n]?(?:[ap]\.?m\.?)?|\d{4}|noon"
    r"|midnight|gmt|utc|local|time|\([^()\n]{1,20}\)))*[^\S\n]{1,3}(?:on[^\S\n]+)?)$")
_SPAN_REACH = 50  # characters back from a date to the "until" whose span it ends, clock time and all
# a deadline granted or a date deferred to in the past ("the ruling gave the union until noon Monday", "the
# board postponed its vote until Jan. 9"): that day may be gone, so the nearest one stands
_GRANTED = patterns.compile(
    r"(?i:\b(?:gave|had|given|postponed|adjourned|deferred|delayed|put[ ]off|pushed[ ]back)\b)[^.;\n]*$")
# a day declared a day of mourning or a holiday is the day set aside, at or after the declaring ("declared
# Saturday a day of mourning", "Saturday has been declared a national day of mourning"), not the day it was said
_DESIGNATING = r"(?:declared|designated|proclaimed|named)"
_SET_ASIDE = (r"(?:as[ \t]+)?(?:(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:days?|holiday)"
              r"|(?:[\w-]+[ \t]+)?days[ \t]+of)\b")  # "a day of mourning", "national days of mourning"
_DESIGNATED_BEFORE = patterns.compile(rf"(?r)(?i:\b{_DESIGNATING}[ \t]+)$")
_DESIGNATED_AFTER = patterns.compile(  # the days listed before the verb share it: "Monday and Tuesday were declared"
    rf"(?i:(?:(?:,|[ \t]+and|,[ \t]+and)[ \t]+{_WD})*[ \t]+(?:{_SET_ASIDE}"
    rf"|(?P<passive>(?:has|have)[ \t]+been|was|were|is|are|will[ \t]+be)[ \t]+{_DESIGNATING}[ \t]+{_SET_ASIDE}))")
# "this evening (Thursday)", "On Monday morning, October 13": two expressions naming one day.
_APPOSITION = patterns.compile(r"[^\S\n]*(?:\([^\S\n]*|,[^\S\n]*)")
_CLOSE_PAREN = patterns.compile(r"[^\S\n]*\)")

_LONG_SENTENCE = 800  # chars; the longest sentence in the seed and dev articles is ~340
_CONTEXT = 160  # chars either side of a date kept as its sentence inside a longer run-on line (> 12 words)
_META_REACH = 300  # a dateline's metadata on either side of the date is never longer than this
_DUPLICATE_MIN = 20  # a repeated line at least this long is a repeated paragraph (a caption saved twice)
_ANCHOR_PARAGRAPHS = 1  # "the previous day" counts from a day named in its paragraph or the one before
_MAX_YEAR_RANGE = 100  # "1990-2000" is a range of years; "1900-2050" is not

_CLAUSE_OPENER_REACH = 12  # characters back from a date to the comma that opens its clause ("..., on July 30,")
# a day named as a date set for what is to come: "Her July 30 sentencing date", "a May 9 deadline"
_DATE_SET_AFTER = patterns.compile(r"[ \t]+(?:[\w-]+[ \t]+)?(?:date|deadline)\b", regex.I)


def _is_future(text: str, s_start: int, start: int, end: int, s_end: int) -> bool:
    """Whether the date sits in a future-tense clause ("will vote on Sunday", "On Sunday, X will")."""
    before = text[max(s_start, start - 60) : start]
    found = None
    for found in _FUTURE.finditer(before):  # noqa: B007 - want the last one
        pass
    for modal in _MODAL.finditer(before):
        if found is None or modal.start() > found.start():
            found = modal
    if found is not None and not _REPORTING.search(before, found.end()):
        return True
    # the date opening its sentence, or a clause after a comma and set off by one: "A week before, on July 30, the
    # band will play in the square"
    comma = text.rfind(",", max(s_start, start - _CLAUSE_OPENER_REACH), start)
    front = s_start if _FRONT.fullmatch(text, s_start, start) else \
        comma + 1 if comma >= 0 and text[end:end + 1] == "," and _FRONT.fullmatch(text, comma + 1, start) else -1
    return front >= 0 and bool(_FUTURE.search(text, end, min(s_end, end + 50)))


def told_ahead(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is told as to come, as the extractor reads it: in a future-tense clause
    ("will vote on May 9", "talks set for May 9") or ending a span that runs on ("until May 9")."""
    s_start, s_end = _context(text, sentence_span_at(text, start), start, end)
    return _is_future(text, s_start, start, end, s_end) \
        or bool(_SPAN_END.search(text, max(s_start, start - _SPAN_REACH), start)) \
        or _DATE_SET_AFTER.match(text, end) is not None


def _is_set_aside(text: str, start: int, end: int) -> bool:
    """Whether the day is one declared a day of mourning or a holiday: "declared Saturday a day of mourning"
    (not "On Saturday, the mayor declared a day of mourning", the day of the declaring)."""
    after = _DESIGNATED_AFTER.match(text, end)
    if after is None:
        return False
    return after.group("passive") is not None or bool(_DESIGNATED_BEFORE.search(text, max(0, start - 30), start))


def _is_dateline(text: str, start: int, end: int, ls: int, le: int) -> bool:
    """Whether the match is the article's labelled date line (publication metadata, not an event).

    ``ls``/``le`` bound its line; a line with more than ``_META_REACH`` characters on either side
    of the date is prose, so the metadata patterns never rescan a long line (linear time).
    """
    if start - ls > _META_REACH or le - end > _META_REACH:
        return False
    return bool(_META_BEFORE.fullmatch(text, ls, start) and _META_AFTER.fullmatch(text, end, le)
                and _LABELLED.search(text, ls, le))


def _rejected(m: regex.Match[str], kind: str, text: str, look: _Lookup) -> bool:
    """Time phrases that are not points: approximations ("nearly two years ago"), running totals."""
    if kind == "ago":
        return bool(_QUALIFIED.search(text, max(0, m.start() - 24), m.start()))
    if kind == "per":
        return bool(_CUMULATIVE.search(text, max(0, m.start() - 24), m.start())) or _in_title(m, text, look)
    if kind == "rel":  # "this morning", "today" in a quote: the speaker's day, maybe not the story's
        return look.in_quote(m.start()) or _in_title(m, text, look)
    return False


# 'Harbour Today', 'The Tonight Hour', 'Last Week Live': a capitalised "Today", "Tonight" or "Last Week" after
# a capitalised word, or before one away from a sentence's start, names a show or a paper, not a day (a
# title-cased headline is left alone: every word there is capitalised)
_CAP_WORD_BEFORE = patterns.compile(r"(?:^|(?<=[^\S\n]))\p{Lu}[\p{L}\p{M}’'&-]*[^\S\n]+$")
_CAP_WORD_AFTER = patterns.compile(r"[^\S\n]+\p{Lu}")
_OPENS = frozenset(".!?:;—–-\"“‘(")  # what a sentence or clause starts after


def _in_title(m: regex.Match[str], text: str, look: _Lookup) -> bool:
    start = m.start()
    if not (m.group("rel_day") or m.lastgroup == "per") or not text[start].isupper():
        return False
    ls, le = look.line_bounds(start, m.end())
    if _is_headline(text, ls, le):
        return False
    if _CAP_WORD_BEFORE.search(text, max(ls, start - 40), start):
        return True
    before = text[ls:start].rstrip()
    return bool(before) and before[-1] not in _OPENS and bool(_CAP_WORD_AFTER.match(text, m.end()))


class _Lookup:
    """Positions in one text found once per ``find_events`` call, so each match asks in O(log n)
    instead of rescanning its line: line bounds, quotation marks, repeated lines, paragraphs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = [m.start() for m in re.finditer("\n", text)]
        self.repeated: set[int] = set()  # indexes of lines that repeat an earlier line word for word
        self.paragraph: list[int] = []  # line index -> ordinal of the last non-blank line up to it
        seen: set[str] = set()
        count = -1
        for i, (a, b) in enumerate(zip([-1, *self.newlines], [*self.newlines, len(text)], strict=True)):
            line = text[a + 1 : b].strip()
            if line:
                count += 1
                if len(line) >= _DUPLICATE_MIN:
                    if line in seen:
                        self.repeated.add(i)
                    seen.add(line)
            self.paragraph.append(count)
        self._marks: dict[str, list[int]] | None = None

    def line_index(self, pos: int) -> int:
        return bisect_left(self.newlines, pos)

    def line_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Start of the line holding ``start`` and end of the line holding ``end``."""
        i, j = bisect_left(self.newlines, start), bisect_left(self.newlines, end)
        return (self.newlines[i - 1] + 1 if i else 0), (self.newlines[j] if j < len(self.newlines) else len(self.text))

    def in_quote(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a quotation opened earlier on its line."""
        if self._marks is None:
            self._marks = {c: [m.start() for m in re.finditer(c, self.text)] for c in '"“”'}
        ls = self.line_bounds(pos, pos)[0]
        straight = self._marks['"']
        if (bisect_left(straight, pos) - bisect_left(straight, ls)) % 2:
            return True
        return self._last(self._marks["“"], ls, pos) > self._last(self._marks["”"], ls, pos)

    @staticmethod
    def _last(marks: list[int], lo: int, hi: int) -> int:
        i = bisect_left(marks, hi) - 1
        return marks[i] if i >= 0 and marks[i] >= lo else -1


def _is_name(m: regex.Match[str], text: str) -> bool:
    """A date word that is part of a name ("USA Today"), not a date at all."""
    return m.lastgroup == "rel" and bool(_USA.search(text, max(0, m.start() - 8), m.start()))


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _rare_heads(text: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of ``_RARE_HEADS`` after a word that the grammar needs there, in order."""
    spans = []
    for w in _RARE_HEADS:
        i = text.find(w)
        while i >= 0:
            j = i + len(w)
            if ((i == 0 or not _is_word_char(text[i - 1])) and (j == len(text) or not _is_word_char(text[j]))
                    and _RARE_LEAD.search(text, max(0, i - 16), i)):
                spans.append((i, j))
            i = text.find(w, j)
    return sorted(spans)


def _any_case_heads(text: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of ``_HEAD_WORDS_ANY_CASE`` in any case, in order (what ``_HEADS`` finds of them)."""
    low = text.lower()
    spans = []
    for w in _HEAD_WORDS_ANY_CASE:
        i = low.find(w)
        while i >= 0:
            j = i + len(w)
            if (i == 0 or not _is_word_char(text[i - 1])) and (j == len(text) or not _is_word_char(text[j])):
                spans.append((i, j))
            i = low.find(w, j)
    return sorted(spans)


# the head of a day of the month told without its month ("on the 11th", as stories translated from Korean,
# Japanese or Chinese write it): a day's ordinal suffix
_DAY_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")  # (its last digit: a pattern opening on a digit is ~5x faster)


def _heads(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every head word, in order."""
    if any(c in text for c in CASE_TRAPS):
        main: Iterator[tuple[int, int]] = (m.span() for m in _HEADS.finditer(text))
    else:  # heads never overlap, so the two scans merged are the one scan of _HEADS
        main = heapq.merge((m.span() for m in _CASED_HEADS.finditer(text)), _any_case_heads(text))
    rare = _rare_heads(text)
    if "the" in text and (days := [m.span() for m in _DAY_ORDINAL.finditer(text)]):
        rare = list(heapq.merge(rare, days))
    return heapq.merge(main, rare) if rare else main


def _matches(text: str) -> Iterator[regex.Match[str]]:
    """What ``_GRAMMAR.finditer(text)`` yields, searching only in windows around head words.

    Every window is bounded (``_HEAD_REACH`` before the head, ``_TAIL_REACH`` after, twice that when
    a match runs near the edge), so a text that is one long line costs no more than many short ones.
    """
    done = 0
    n = len(text)
    for h, head_end in _heads(text):
        if h < done:
            continue
        lo = max(done, h - _HEAD_REACH, text.rfind("\n", max(0, h - _HEAD_REACH), h) + 1)
        limit = min(n, head_end + 2 * _TAIL_REACH)
        line_end = text.find("\n", h, limit)
        if line_end < 0:
            line_end = limit
        hi = min(line_end, head_end + _TAIL_REACH)
        m = _GRAMMAR.search(text, lo, hi)
        if m is not None and hi < line_end and m.end() > hi - _TAIL_REACH // 3:
            m = _GRAMMAR.search(text, lo, line_end)
        while m is not None and m.end() <= h:
            yield m
            done = m.end()
            m = _GRAMMAR.search(text, done, hi)
        if m is not None and m.start() <= h:
            yield m
            done = m.end()


class _Hit(NamedTuple):
    """A resolved date expression before it becomes an Event (its label is made once merging is done)."""

    start: int
    end: int
    date: str
    precision: str
    rank: int  # which of two expressions naming one day wins: month-day 2, weekday 1, other 0
    context: tuple[int, int]  # the sentence, or a window of a run-on line, that the label is made from
    label: tuple[int, int]  # the date words the label leaves out (a whole range for each of its years)


def _context(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The match's sentence, or, inside a run-on "sentence" longer than ``_LONG_SENTENCE`` (a one-line
    timeline), the ``_CONTEXT`` characters either side cut at blanks: labels stay local, time linear."""
    s_start, s_end = sentence
    if not s_start <= start < end <= s_end:
        return start, end
    if s_end - s_start <= _LONG_SENTENCE:
        return s_start, s_end
    lo, hi = max(s_start, start - _CONTEXT), min(s_end, end + _CONTEXT)
    if lo > s_start and (blank := text.find(" ", lo, start)) >= 0:
        lo = blank + 1
    if hi < s_end and (blank := text.rfind(" ", end, hi)) >= 0:
        hi = blank
    return lo, hi


# a month-day said to be last year's: "last year's March 3 bombing", "the March 3 bombing of the port last year"
_LAST_YEARS_BEFORE = patterns.compile(r"\blast[ ]year['’]s[ ]+(?:the[ ]+)?$", regex.I)
_LAST_YEAR_AFTER = patterns.compile(
    r"[^.;,:!?\n]{0,40}?(?<!\b(?:since|than|from|until|till)[ ])\blast[ ]year\b", regex.I)


def _stated_years(found: list[regex.Match[str]], text: str,
                  published: date | None) -> tuple[dict[tuple[int, int], int], set[int]]:
    """Month-days the text also gives with a year, when it gives only one year for them: "captured on
    October 7" after "taken on October 7, 2023" is that day, whatever the publication date says; so
    does "last year's March 3 bombing" (or "the March 3 bombing last year") for every "March 3".
    Also where such a "last year's" starts: part of its month-day, no event of its own."""
    years: dict[tuple[int, int], set[int]] = {}
    owners: set[int] = set()
    for m in found:
        ytxt = m.group("md_year") or m.group("dm_year")
        if not ytxt and published is not None and m.lastgroup == "abs" and (m.group("md_mon") or m.group("dm_mon")):
            cue = _LAST_YEARS_BEFORE.search(text, max(0, m.start() - 20), m.start())
            if cue is not None:
                owners.add(cue.start())
            if cue is not None or _LAST_YEAR_AFTER.match(text, m.end()):
                ytxt = str(published.year - 1)
        if ytxt:
            day = int((m.group("md_day") or m.group("dm_day")).rstrip("stndrh"))  # "October 7th, 2023"
            key = (month_number(m.group("md_mon") or m.group("dm_mon")), day)
            years.setdefault(key, set()).add(int(ytxt))
    return {k: v.pop() for k, v in years.items() if len(v) == 1}, owners


def _year_range(m: regex.Match[str]) -> list[tuple[int, int, str, str]]:
    """"2016-2017", "2016–17", "from 2016 to 2019": each end a year event, if it reads as a range."""
    a, b_text = int(m.group("yrr_a")), m.group("yrr_b")
    b = int(b_text) if len(b_text) == 4 else a // 100 * 100 + int(b_text)
    if not 0 < b - a <= _MAX_YEAR_RANGE:
        return []
    return [(m.start("yrr_a"), m.end("yrr_a"), f"{a:04d}", "year"),
            (m.start("yrr_b"), m.end("yrr_b"), f"{b:04d}", "year")]


def _merge_appositions(text: str, hits: list[_Hit]) -> list[_Hit]:
    """One event for two expressions that name one day side by side: "this evening (Thursday)",
    "On Monday morning, October 13". They must resolve to the same day, except a weekday next to a
    month-day, where the month-day wins (the weekday was resolved from a guess about the week)."""
    out: list[_Hit] = []
    for h in hits:
        p = out[-1] if out else None
        if p is not None and p.context == h.context and p.precision == h.precision == "day":
            gap = text[p.end : h.start]
            close = _CLOSE_PAREN.match(text, h.end) if "(" in gap else None
            same = p.date == h.date or {p.rank, h.rank} == {1, 2}
            if same and _APPOSITION.fullmatch(gap) and ("(" not in gap or close):
                keep = p if p.rank >= h.rank else h
                end = close.end() if close else h.end
                out[-1] = keep._replace(start=p.start, end=end, label=(p.start, end))
                continue
        out.append(h)
    return out


def find_events(text: str, published: date | None,
                told_years: Iterable[tuple[int, int, int]] = ()) -> list[Event]:
    """Every date expression in ``text`` resolved against ``published``, sorted by offset.

    Without a publication date only expressions that carry their own year resolve. A month-day
    without a year that would be skipped as too old for its year to be computed takes the year
    ``told_years`` gives it (month, day, year: what the folder's other articles state), if that day
    is before ``published``. Linear in the length of the text: every per-match question looks at a
    bounded window or a precomputed table.
    """
    folder_years = {(mon, day): year for mon, day, year in told_years}
    found = [m for m in _matches(text) if not _is_name(m, text) and digits_known(text, *m.span())]
    look = _Lookup(text)
    stated, owners = _stated_years(found, text, published)
    text_end = len(text.rstrip())
    hits: list[_Hit] = []
    frame: tuple[int, int] | None = None  # (sentence start, year) of the last framing bare year
    anchor: tuple[int, date] | None = None  # (paragraph, day) of the last day named
    last: tuple[int, bool] = (-1, False)  # (end, future) of the last date expression
    consumed = -1  # end of the last "of next year" read as a month-day's year
    for m in found:
        kind = m.lastgroup  # the branch: abs, yrr, ym, yr, wk, anc, rel, dom, hol, feast, per, ago, sea, mpos, mon
        start, end = m.span()
        if start < consumed or start in owners:
            continue
        line = look.line_index(start)
        if line in look.repeated or _rejected(m, kind, text, look) or _is_dateline(text, start, end,
                                                                                  *look.line_bounds(start, end)):
            continue
        if kind == "mon" and end == text_end:  # "since October" where a saved page was cut
            continue
        sentence = sentence_span_at(text, start)
        s_start, s_end = _context(text, sentence, start, end)
        future = published is not None and _is_future(text, s_start, start, end, s_end)
        if not future and last[1] and _ALTERNATIVE.fullmatch(text, last[0], start):
            future = True  # "on Wednesday night or early Thursday": both ends of the forecast lie ahead
        g = m.group
        month_day = kind == "abs" and (g("md_mon") or g("dm_mon"))  # "March 2", "2 March": not "March 2024"
        yearless = bool(month_day) and not (g("md_year") or g("dm_year"))
        if not future and (kind == "wk" or yearless) and published is not None \
                and (se := _SPAN_END.search(text, max(s_start, start - _SPAN_REACH), start)) \
                and se.group()[:2].lower() != "by" \
                and not _GRANTED.search(text, max(s_start, se.start() - 40), se.start()):
            future = True  # "mourning until Friday", "suspended until Jan. 15" end ahead; "by Friday, 40 had died"
        if not future and (kind == "wk" or yearless) and published is not None and _is_set_aside(text, start, end):
            future = True
        last = (end, future)
        if frame is not None and frame[0] != sentence[0]:
            frame = None
        ctx_year = frame[1] if frame is not None and (month_day or kind == "mon") else None
        if yearless and published is not None and (of := _OF_YEAR.match(text, end)):
            ctx_year = published.year + YEAR_STEP[of.group(1).lower()]  # "Jan. 15 of next year"
            consumed = of.end()  # its "next year" is part of this date, not an event of its own
        day_key = (month_number(month_day), int((g("md_day") or g("dm_day")).rstrip("stndrh"))) if yearless else None
        if ctx_year is None and day_key is not None:
            ctx_year = stated.get(day_key)
        if kind == "yr" and _FRAME_YEAR.search(text, max(0, start - 12), start):
            frame = (sentence[0], int(g("yr_year")))
        paragraph = look.paragraph[line]
        near = anchor[1] if anchor is not None and paragraph - anchor[0] <= _ANCHOR_PARAGRAPHS else None
        if kind == "yrr":
            pieces = _year_range(m)
        else:
            landmark = bool(month_day and _LANDMARK_NOUN.match(text, end))
            span_end = kind == "mon" and bool(_SPAN_END.search(text, max(0, start - 10), start))
            try:
                resolved = resolve_match(m, kind, published, future, ctx_year, landmark, near, span_end)
            except OverflowError:  # a relative date next to date.min / date.max
                continue
            # a day too old to date, or one that names an attack ("the Oct. 7 attack"): the year the folder gives it
            if (resolved is None or (landmark and ctx_year is None)) and day_key is not None and not future \
                    and published is not None:
                resolved = _told_day(day_key, folder_years, published) or resolved
            pieces = [(start, end, *resolved)] if resolved else []
        rank = 2 if kind == "abs" else 1 if kind == "wk" else 0
        for a, b, when, precision in pieces:
            if not _VALID.fullmatch(when):
                continue
            if precision == "day":
                anchor = (paragraph, date.fromisoformat(when))
            hits.append(_Hit(a, b, when, precision, rank, (s_start, s_end), (start, end)))
    return _events(text, found, _merge_appositions(text, hits))


def _told_day(day_key: tuple[int, int], years: dict[tuple[int, int], int], published: date) -> tuple[str, str] | None:
    """A yearless month-day in the year the folder states it, if that day lies before publication."""
    year = years.get(day_key)
    d = calendar_date(year, *day_key) if year else None
    return (d.isoformat(), "day") if d is not None and d < published else None


def _events(text: str, found: list[regex.Match[str]], hits: list[_Hit]) -> list[Event]:
    """Events with their sentence and "what" label; the other date expressions nearby are left out of it."""
    starts = [m.start() for m in found]
    sentences: dict[tuple[int, int], str] = {}  # one string per sentence, shared by its events
    events = []
    for h in hits:
        s_start, s_end = h.context
        sentence = sentences.setdefault(h.context, text[s_start:s_end])
        others = [
            (o.start() - s_start, o.end() - s_start)
            for o in found[bisect_left(starts, s_start) : bisect_left(starts, s_end)]
            if o.end() <= s_end and not (o.start() < h.label[1] and h.label[0] < o.end())
        ]
        expr = text[h.start : h.end]
        events.append(Event(start=h.start, end=h.end, text=expr, sentence=sentence, date=h.date, expression=expr,
                            what=what_label(sentence, (h.label[0] - s_start, h.label[1] - s_start), others),
                            precision=h.precision))
    return events
