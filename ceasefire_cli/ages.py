"""A named person's age as a checkable fact: "Ana Ruiz, 66, was hurt", "the 66-year-old Ruiz", "Tomas
Brenner, a 68-year-old farmer". Outlets disagree on ages as they do on tolls, and an age is one person's own,
so the figure becomes a measure (``unit`` ``age``, as a quake's is ``magnitude``: no count of people) whose
holder is the person, compared only with what other outlets say of the same name. An age told of no name
("a 68-year-old man") is nobody in particular and is left out, except the suspect an attack story names by role
("the 23-year-old suspect", "a 40-year-old man was arrested"), held by ``SUSPECT``. Pure functions of the text;
``extract`` adds them beside the counts, never at a figure a count already reads.
"""

from __future__ import annotations

import regex

from . import patterns
from .models import Count
from .names import _INITIAL as _ONE_INITIAL
from .names import _PARTICLES, TITLE_CAPS, _is_suffix
from .nationality import nation_named
from .places import lookup
from .textutil import MONTH_NAMES, WEEKDAYS, sentence_span_at

__all__ = ["AGE", "SUSPECT", "find_ages"]

AGE = "age"  # the population slot of a person's age
_AGE_MAX = 115  # no one is older: a larger figure after a name is something else
_WORD = r"\p{Lu}[\p{L}'’-]*\p{L}"  # a capitalised word of a name: "Ruiz", "O'Neill" (no full stop: a sentence's end)
_INITIAL = r"\p{Lu}\."  # "Ana M. Ruiz": inside a name only
_PARTICLE = f"(?:{'|'.join(sorted(_PARTICLES))})"  # inside a name, lower case ("Ana de la Ruiz")
_SUFFIX = r"(?:,?[ ](?:Jr|Sr)\.?|[ ](?:II|III|IV))"  # after a surname, no part of how others write it
_ABBREVIATED = r"(?:\p{Lu}\p{Ll}{1,3}\.[ ])?"  # a title cut short before the name: "Mr. ", "Gov. ", "Lt. "
_NAME = (rf"(?<![\p{{L}}\p{{M}}'’.-]){_ABBREVIATED}"
         rf"(?P<name>{_WORD}(?:[ ](?:{_PARTICLE}[ ]|{_INITIAL}[ ])?{_WORD}){{0,4}}){_SUFFIX}?")
# where an age may stand ("…, 66", "… (66", "66-year-old"), found first; the name is then read back or on from it.
# Every match opens with one of three characters, told first (the space before "(" is looked behind, not matched):
# the engine skips to them instead of trying both branches at every character (2.3x faster over a whole text)
_AGE_AT = patterns.compile(
    r"(?=[,(\d])(?:(?:,[ ](?:aged[ ]|who[ ](?:was|is|turned)[ ])?|(?<=[ ])\()(?P<a>\d{1,3})(?![\d-])"
    r"(?:[ ]years?[ ]old\b)?|(?<![\d,.])(?P<b>\d{1,3})(?:-year-old|[ ]year-old|[ -]year[ ]old)\b)")
# (the hyphen a writer forgets: "a 22 year-old nurse", "a 22-year old nurse")
_WINDOW = 120  # characters before an age that its name, title and aside fit in
# "Ana Ruiz, 66, was hurt", "Ruiz, aged 66.", "Ana Ruiz (66)": the name right before the age's aside ...
_NAME_BEFORE_AGE = patterns.compile(rf"(?r){_NAME}(?:,[ ](?:aged[ ]|who[ ](?:was|is|turned)[ ])?|[ ]\()$")
# ... closed by a comma, a semicolon, a full stop, a bracket or a dash, or going on with a verb (not the first of a
# list of ages, "Eva and Ana Ruiz, 39 and 12, respectively": which is whose is told apart)
_AGE_CLOSED = patterns.compile(
    r"\)|[,;:](?![ ]?\d)|\.(?!\d)|[ ][–—]|[ ](?:and(?![ ]\d)|was|is|who|has|had|said|says|told|remains?)\b")
# "Tomas Brenner, a 68-year-old farmer from the hills": the one the aside describes
_NAME_A = patterns.compile(rf"(?r){_NAME},[ ]an?[ ](?:\p{{Ll}}+[ ])?$")
# "the 66-year-old Ruiz", "61-year-old Ana Ruiz", "the 61-year-old, Mr. Ruiz": the name after the age
_NAME_AFTER_AGE = patterns.compile(rf",?[ ]{_NAME}(?![\p{{L}}-])")
# capitalised words that open a sentence or name a time, a kind or a title, never the person whose age it is (not
# names.py's sentence openers, whose month abbreviations end real names: "Almog Meir Jan")
_NOT_NAME = frozenset(w.lower() for w in (*MONTH_NAMES, *WEEKDAYS)) | frozenset(
    """the a an he she they it his her their its this that these those but and or so then when while after
    before as if in on at by for of with from to meanwhile however also now today yesterday police officials
    authorities reports report sources he's she's incumbent outgoing late new""".split())


def _person(name: str) -> str:
    """The person's name without titles and words that are not a name ("Prime Minister Ana Ruiz" is "Ana Ruiz");
    "" where what is left names a place, a nation, a time or nothing."""
    words = name.split()
    while words and (words[0].lower().rstrip(".") in TITLE_CAPS or words[0].lower() in _NOT_NAME):
        words = words[1:]
    if not words or words[-1].lower() in _NOT_NAME or words[-1].lower().rstrip(".") in TITLE_CAPS:
        return ""
    words = [w for w in words if not _ONE_INITIAL.fullmatch(w)]  # "Ana M. Ruiz" is "Ana Ruiz" elsewhere
    while len(words) > 1 and _is_suffix(words[-1]):
        words = words[:-1]
    whole = " ".join(words)
    if len(words) == 1 and (nation_named(whole) or (
            (place := lookup(whole)) is not None and place.kind in ("country", "region"))):
        return ""  # "Portugal, 12," is a country's figure; "the 48-year-old Peruvian" a nationality
    if whole.isupper() and len(whole) > 1:
        return ""  # an acronym: a body, whose figure is no age
    return whole.rstrip(".")


# the one an attack story is about, whose age outlets give without a name: "the 23-year-old suspect", "the gunman
# is a 58-year-old man", "identified the attacker as a 30-year-old local man", "A 40-year-old man was arrested"
SUSPECT = "the suspect"
_SUSPECT_NOUN = r"(?:suspect|attacker|assailant|gunman|shooter|perpetrator|bomber|killer)"
_SUSPECT_AFTER_AGE = patterns.compile(rf"(?:[ ](?:alleged|male|man|boy|teenager|youth))?[ ]{_SUSPECT_NOUN}\b")
_SUSPECT_BEFORE_AGE = patterns.compile(  # the noun, then at most a few words, then ', a' / 'is a' / 'as a'
    rf"(?r)\b{_SUSPECT_NOUN}(?:[ ][\p{{L}}’'.-]+){{0,6}}?(?:,|[ ](?:is|was|as))[ ]an?[ ]$", regex.I)
# "the suspect, 31, was held": the role, then the age in its aside
_SUSPECT_ASIDE = patterns.compile(rf"(?r)\b(?i:the)[ ](?:alleged[ ])?{_SUSPECT_NOUN},[ ](?:aged[ ])?$")
# "Police arrested a 31-year-old at the scene": the one held over the attack ("arrested another 30-year-old" is not)
_ARRESTED_BEFORE_AGE = patterns.compile(r"(?r)\b(?:arrested|detained|apprehended)[ ]an?[ ]$")
# "A 19-year-old man was arrested": the one arrested over the attack, not "another 44-year-old man" held later
_ARRESTED_AFTER_AGE = patterns.compile(
    r"[ ](?:man|woman|boy|girl|male|female|teenager|youth)(?:[ ][\p{L}’'-]+){0,6}?[ ](?:was|has[ ]been|had[ ]been)"
    r"[ ]arrested\b")
_OPENS_WITH_A = patterns.compile(r"(?:^|[.!?\n])\s*an?[ ]$", regex.I)  # "A 19-year-old" opening its sentence
_YEAR = patterns.compile(r"\b(?:1[89]|20)\d\d\b")
_NOT_THE_ONE = patterns.compile(r"\b(?:another|second|third|further|also)[ ]+(?:an?[ ]+)?$", regex.I)


def _suspect(text: str, a: regex.Match[str], start: int) -> bool:
    """Whether the age ("b": "N-year-old") at ``start`` is the suspect's, whom the story names by role only."""
    lo = max(0, start - _WINDOW)
    lead = text[lo:start]
    if not (_SUSPECT_AFTER_AGE.match(text, a.end()) or _SUSPECT_BEFORE_AGE.search(text, lo, start)
            or _ARRESTED_BEFORE_AGE.search(text, lo, start)
            or (_ARRESTED_AFTER_AGE.match(text, a.end()) and _OPENS_WITH_A.search(lead)
                and not _NOT_THE_ONE.search(lead))):
        return False
    # not "in May 2011, when a 35-year-old gunman shot four": an earlier attack's
    return _YEAR.search(text, sentence_span_at(text, start)[0], start) is None


def find_ages(text: str, taken: set[int]) -> list[Count]:
    """Each age the text gives a named person, as a count held by that person, or the suspect a story names by
    role, held by ``SUSPECT``; not a figure at an offset in ``taken`` (another reading already counts it)."""
    found: dict[int, tuple[int, str]] = {}  # the age's start -> its end, the person
    for a in _AGE_AT.finditer(text):
        digits = "a" if a.group("a") else "b"
        start, end = a.span(digits)
        if start in taken or not 0 < int(a.group(digits)) <= _AGE_MAX:
            continue
        lo = max(0, start - _WINDOW)
        if digits == "a":
            m = _NAME_BEFORE_AGE.search(text, lo, start) if _AGE_CLOSED.match(text, a.end()) else None
        else:
            m = _NAME_A.search(text, lo, start) or _NAME_AFTER_AGE.match(text, a.end())
        if m is not None and (person := _person(m["name"])):
            found[start] = (end, person)
        elif (_SUSPECT_ASIDE.search(text, lo, start) and _AGE_CLOSED.match(text, a.end())) if digits == "a" \
                else _suspect(text, a, start):
            found[start] = (end, SUSPECT)
    if not found:
        return []
    out = []
    for start, (end, person) in sorted(found.items()):
        s0, s1 = sentence_span_at(text, start)
        value = float(text[start:end])
        out.append(Count(start=start, end=end, text=text[start:end], sentence=text[s0:s1],
                         value=value, low=value, high=value, qualifier="exact", topic="other", subject=AGE,
                         unit=AGE, measure=AGE, population=AGE, holder=person))
    return out
