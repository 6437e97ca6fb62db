"""What an article says about itself: its outlet (a dateline "(CNN) —", a byline "By A, B, CNN",
promo or copyright lines, an author bio), author, title and stated publication date. Generic
signals only, never a file name or a list of outlets.
"""

from __future__ import annotations

import re

from . import patterns
from .boilerplate import (
    _ABOUT,
    _BIO,
    _NAME_WORD,
    _NEWS_ROLE,
    _OUTLET_WORDS,
    STAFF_FROM,
    _bare_name_with_role,
    _byline_parts,
    _header,
    _labelled_prefix_end,
    _lines,
    _looks_like_person,
)
from .published import (
    _CLOCK,
    _DATE_ANY,
    _DATE_NC,
    _DATE_PREFIX,
    _LABELLED_PREFIX,
    _OPENING_DATE,
    _WEEKDAY,
    _date_from_match,
    is_date_line,
)
from .textutil import CASE_TRAPS

# --------------------------------------------------------------------------- outlet, author, title

_DATELINE = patterns.compile(
    r"(?:[A-Z][\w.'’-]*(?:[ ,/]+(?:[A-Z][\w.'’-]*|\d{1,2}))*\s*)?"
    r"\((?P<o>[A-Z][A-Za-z0-9&.'’ -]{0,40}?)\)\s*[—–-]{1,2}\s"
)
_LISTEN = patterns.compile(r"you can now listen to (?P<o>[^!\n]{1,60}?) articles", re.IGNORECASE)
_APP = patterns.compile(r"(?:click here to (?:get|download) the|download the) (?P<o>[^\n]{1,60}?) app\b", re.IGNORECASE)
# every match of each holds one of its words, in lower case
_PROMO_WORDS = ((_LISTEN, ("you can now listen to ",)), (_APP, ("download the ", "click here to get the ")))
_STAFF = patterns.compile(
    r"\b(?:is|was|has been|joined|as)\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<o>(?:[A-Z][\w&.'’-]*\s+){0,3}?[A-Z][\w&.'’-]*)\s+(?:staff\s+)?"
    rf"{_NEWS_ROLE}s?\b"
)


_ORG = r"(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*){0,4}"
# Near the end: "Source: Al Jazeera and news agencies", "© 2024 The Times of Israel, all rights reserved".
_SOURCE_LINE = patterns.compile(
    rf"(?i:sources?)\s*:\s*(?P<o>{_ORG})(?:\s+and\s+(?:other\s+)?(?:news\s+)?agencies)?\s*\.?")
_COPYRIGHT_LINE = patterns.compile(
    rf"(?i:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*,?\s*)?(?P<o>{_ORG})"
    r"(?:[\s,.;:|-]+(?i:all rights reserved|inc|ltd|llc|plc)\b.*)?\s*\.?"
)
_AGENCY_PHOTO = r"Getty(?: Images)?|Shutterstock|Alamy|iStock(?:photo)?"
# Byline parts that name no outlet: "By A, B & Agencies", "By Staff", "By News Desk".
_NOT_OUTLET = patterns.compile(r"(?:(?:news\s+|wire\s+)?agenc(?:y|ies)|agency reports|wires?|wire services|staff|"
                         r"(?:news|web|online|foreign)\s+desk|desk|reporters?|correspondents?)", re.IGNORECASE)
_ORG_NAME = r"(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
# A photo credit in the header shot for the outlet: "Jo Bloggs/For The Harbour Times".
_FOR_CREDIT = patterns.compile(rf"/\s*[Ff]or\s+(?P<o>{_ORG_NAME})\s*$")
# Near the end: "Harbour News' Jo Bloggs contributed to this report."
_CONTRIBUTED = patterns.compile(
    rf"(?P<o>{_ORG_NAME})[’']s?\s+(?:{_NAME_WORD}\s+){{1,3}}(?:and\s+(?:{_NAME_WORD}\s+){{1,3}})?"
    r"contributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article))?")
# A wire credit closing the text: "... officials said. (Xinhua)"
_END_CREDIT = patterns.compile(r"[.!?\"”’]\s*\((?P<o>[A-Z][A-Za-z&.-]{1,24}(?:\s+[A-Z][A-Za-z&.-]{1,24}){0,2})\)\s*$")


def _outlet_case(name: str, text: str) -> str:
    """Give an all-caps outlet from a promo line the casing the text uses elsewhere, else title case."""
    name = " ".join(name.split())
    if not name.isupper():
        return name
    for m in re.finditer(re.escape(name), text, re.IGNORECASE):
        if not m.group().isupper():
            return m.group()
    words = []
    for w in name.split():
        keep = len(w) <= 4 and not re.search(r"[AEIOUY]", w)  # CNN, NBC, BBC
        words.append(w if keep else w.capitalize())
    return " ".join(words)


def _tail_start(text: str, n: int) -> int:
    """Offset where the last ``n`` non-blank lines begin."""
    pos = len(text.rstrip())
    for _ in range(n):
        pos = text.rfind("\n", 0, pos)
        if pos < 0:
            return 0
        while pos and text[pos - 1].isspace():
            pos -= 1
    return pos


# a byline without "By": a person and an outlet ("Ana Ruiz, Braga Herald"), or the outlet's staff ("Braga Herald
# staff", "Braga Herald Staff Writer"), alone on a header line below the headline
_BARE_BYLINE = patterns.compile(
    r"(?:[Bb]y\s+)?(?:(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2}),\s+)?(?P<o>(?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})"
    r"(?(who)|\s+(?:[Ss]taff|[Rr]eporters?|[Nn]ews\s+[Dd]esk|[Ww]eb\s+[Dd]esk)(?:\s+[Ww]riters?)?)")


def _is_outlet_name(name: str) -> bool:
    """"Harbour News", "The Valley Times", "KXYZ": ends with an outlet word or is a short acronym."""
    last = name.split()[-1].lower().strip(".")
    return last in _OUTLET_WORDS or (name.isupper() and 2 <= len(name) <= 6)


def _fuller_name(short: str, text: str) -> str:
    """``short`` ("Times") as the one fuller outlet name in the text that ends with it ("The Harbour
    Times", "The Harbour Times's"); as written when the text gives none, or several (ambiguous)."""
    rx = patterns.compile(rf"\bThe\s+(?:[A-Z][\w&.'’-]*\s+){{1,3}}{re.escape(short)}\b")
    found = {" ".join(m.group().split()) for m in rx.finditer(text)}
    return found.pop() if len(found) == 1 else short


def _outlet_after_name(part: str) -> str:
    """The outlet a byline's last part ends with when no comma sets it off from the last author ("Ana
    Ruiz Harbour Times"): its last two words, and a place's words before them ("Ana Ruiz New York
    Times"); the part as written when it does not end with an outlet word or is short."""
    words = part.split()
    if len(words) < 4 or not _is_outlet_name(part) or not _looks_like_person(" ".join(words[:-2])):
        return part
    from .places import lookup  # the gazetteer loads only for such a byline

    k = len(words) - 2
    while k > 2 and lookup(" ".join(words[k - 1 : -1])) is not None:
        k -= 1  # "New York" of "New York Times"
    return " ".join(words[k:])


def detect_outlet(text: str) -> tuple[str, str] | None:
    """(outlet, source) from generic signals in the text, strongest first; None if there are none.

    Order: dateline "(CNN) —" / "WASHINGTON (Reuters) -"; byline "By A, B, OUTLET" (not "& Agencies")
    or a header photo credit "A/For The X Times"; promo lines naming the outlet ("listen to X
    articles", "get the X app"); source and copyright lines; near the end "X News' A contributed
    to this report" or a closing wire credit "... said. (Agency)"; a staff mention "has been a
    Times journalist", looked for only near the end (the author bio), so a story about someone
    who "was a Post columnist" does not make it the Post's. A staff mention gives a short name:
    it becomes the one fuller name the text gives for it ("The Harbour Times"), else stays as
    written ("Times") — never "The Times", which is a paper of its own.
    """
    header = _header(text)
    for _, _, line in header:
        m = _DATELINE.match(line, _labelled_prefix_end(line))
        if m and not _looks_like_person(m.group("o").strip()):
            return m.group("o").strip(), "dateline"
    for i, (_, _, line) in enumerate(header):
        parts = _byline_parts(line, i == 0)
        if parts and len(parts) > 1 and not _looks_like_person(parts[-1]) and not _NOT_OUTLET.fullmatch(parts[-1]):
            return _outlet_after_name(parts[-1]), "byline"
    for _, _, line in header:
        m = _FOR_CREDIT.search(line)
        if m and _is_outlet_name(m.group("o")):
            return m.group("o"), "byline"
    for i, (_, _, line) in enumerate(header):
        m = _BARE_BYLINE.fullmatch(line.strip())
        if i > 0 and m and _is_outlet_name(m.group("o")) and (not m.group("who") or _looks_like_person(m.group("who"))):
            return m.group("o"), "byline"  # "Ana Ruiz, Braga Herald", "Braga Herald staff" under the headline
    low = None if any(c in text for c in CASE_TRAPS) else text.lower()
    for rx, words in _PROMO_WORDS:
        if low is not None and not any(w in low for w in words):
            continue  # the case-blind scan of the whole text, 8x the cost of lower-casing it, would find nothing
        m = rx.search(text)
        if m:
            name = m.group("o").strip()
            if name.lower() not in ("our", "the", "this", "free", "new"):
                return _outlet_case(name, text), "boilerplate"
    tail = [line for _, _, line in _lines(text, _tail_start(text, 4))]
    for rx in (_SOURCE_LINE, _COPYRIGHT_LINE):
        for line in tail:
            m = rx.fullmatch(line)
            name = re.split(r"(?i)[.,;]?\s*all rights reserved", m.group("o"))[0].rstrip(".,") if m else ""
            if name and not re.fullmatch(rf"all|{_AGENCY_PHOTO}", name, re.IGNORECASE):
                return name, "boilerplate"
    for line in tail:
        m = _CONTRIBUTED.match(line)
        if m and _is_outlet_name(m.group("o")):
            return m.group("o"), "text"
    m = _END_CREDIT.search(text.rstrip()[-200:])
    if m and not _looks_like_person(m.group("o")) and not _NOT_OUTLET.fullmatch(m.group("o")):
        return m.group("o"), "text"
    for m in _STAFF.finditer(text, min(int(len(text) * STAFF_FROM), _tail_start(text, 3))):
        name = m.group("o")
        last = name.split()[-1].lower()
        if last in _OUTLET_WORDS or (name.isupper() and 2 <= len(name) <= 6):
            return _fuller_name(name, text), "text"
    return None


# a page's own "today" line: weekday and full date, nothing else (a story's date line has a time, a label or
# a byline; "Harbour Desk, 14 May, 2024 08:20 AM" below "Tuesday, March 3, 2026" dates the story)
_TIMED_DATE = patterns.compile(rf"{_DATE_NC},?\s+{_CLOCK}", re.IGNORECASE)
_WIDGET_LINE = 1  # the header line (from 0) a "today" line may sit on: the first, or after one of page furniture
_TODAY_WIDGET = patterns.compile(rf"{_WEEKDAY},?\s+{_DATE_NC}\s*", re.IGNORECASE)
# below a page's "today" line, a date labelled and timed inside a byline row further down ("Edited By: ...
# Updated on: May 14, 2024 08:20 IST") dates the story: metadata, as no sentence dates to the minute
_LABELLED_TIMED = patterns.compile(
    rf"\b(?:updated|published|posted)(?:\s+(?:on|at))?\s*:?\s*(?:{_WEEKDAY},?\s+)?{_DATE_NC},?\s+(?:at\s+)?{_CLOCK}",
    re.IGNORECASE)
_LABELLED_REACH = 2000  # characters from the top: a page's navigation, headline and standfirst come first


# a byline right after a date that opens a header line, past its clock time and a separator
_BY_AFTER_DATE = patterns.compile(rf"(?i:{_CLOCK}\s*)?[\s|·•●▪,–—-]*[Bb]y\s+\p{{Lu}}")


def detect_published(text: str) -> str | None:
    """A publication date stated in the header lines ("July 24, 2025", "Published: ...", a dated byline).

    Only the first few non-blank lines are looked at, and only lines that are header-shaped (a
    date on its own, a byline) or open with a labelled date (" date 2025-03-28 Headline ..."), so
    dates in the story itself never count.
    """
    widget = None  # a bare "Tuesday, March 3, 2026" atop the page: the day the page was shown, unless no
    for i, (_, _, line) in enumerate(_header(text)):  # dated byline or label follows it
        m = _LABELLED_PREFIX.match(line)
        if m:  # labelled: header metadata however the line goes on
            return _date_from_match(m)
        if len(line) > 200:
            continue
        m = _DATE_PREFIX.match(line)
        if m and _BY_AFTER_DATE.match(line, m.end()):
            return _date_from_match(m)  # "May 31, 2024 09:33AM ● By Ana Ruiz": a dated byline, the date first
        if m and is_date_line(line):
            if i <= _WIDGET_LINE and widget is None and _TODAY_WIDGET.fullmatch(line):  # past a "close" button
                widget = _date_from_match(m)
                continue
            return _date_from_match(m)
        if i == 0 and (m := _OPENING_DATE.match(line)) is not None:
            return _date_from_match(m)
        if _byline_parts(line, i == 0) or (widget is not None and _TIMED_DATE.search(line)):
            m = m or _DATE_ANY.search(line)
            if m:
                return _date_from_match(m)
    if widget is not None and (lt := _LABELLED_TIMED.search(text, 0, _LABELLED_REACH)):
        return _date_from_match(_DATE_ANY.search(lt.group()))  # type: ignore[arg-type]
    return widget


def _detect_author(text: str, spans: tuple[tuple[int, int], ...]) -> str | None:
    """Author from a byline, else an "About <Name>" box or end bio that ``clean_text`` blanked."""
    header = _header(text)
    for i, (_, _, line) in enumerate(header):
        parts = _byline_parts(line, i == 0, header[i + 1][2] if i + 1 < len(header) else None)
        if parts:
            names = [p.title() if p.isupper() else p for p in parts if _looks_like_person(p)]
            if names:
                return ", ".join(names)
    for i, (_, _, line) in enumerate(header[1:-1], 1):
        if _bare_name_with_role(line, header[i + 1][2]):
            return line
    about = None
    bio = None
    for start, end in spans:
        line = text[start:end].strip()
        if _ABOUT.fullmatch(line) and not line.lower().startswith(("about the author", "about us")):
            about = line[6:].strip().rstrip(":")
        m = _BIO.match(line)
        if m:
            bio = m.group("name")
    return about or bio


def _detect_title(clean: str) -> str | None:
    """The first kept line if it reads like a headline: short, several words, no final period."""
    first = next(_lines(clean), None)
    if first is None:
        return None
    line = first[2].lstrip("#").strip()  # a Markdown heading is still a headline
    if 3 <= len(line.split()) <= 30 and len(line) <= 200 and not line.endswith((".", ",", ";", ":")):
        return line
    return None


