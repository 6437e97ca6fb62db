"""Files -> Article: read article files, blank boilerplate, find outlet, author, title and date.

Everything downstream works on character offsets into ``Article.text``, so nothing here ever
shortens or rewrites the text: boilerplate is blanked to spaces in ``Article.clean`` (same length,
newlines kept) and front matter stays in ``text``. The only normalisation is Python's universal
newlines (``\\r\\n`` and ``\\r`` -> ``\\n``), i.e. ``text`` equals ``open(path, encoding="utf-8").read()``.

All recognisers are generic patterns (datelines, bylines, promo lines, sidebars, author bios);
nothing is keyed to a particular outlet or sample file.
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from .files import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_BYTES,
    MESSAGE_VALUE_CHARS,
    JSONError,
    decode,
    display_path,
    json_type,
    message_safe,
    parse_json,
    read_bytes,
    repair_surrogates,
)
from .files import (
    article_files as walk_article_files,
)
from .models import Article
from .textutil import MONTH_PATTERN, WEEKDAYS, blank_controls, calendar_date, month_number

__all__ = [
    "ARTICLE_SUFFIXES",
    "InputError",
    "article_files",
    "clean_text",
    "detect_outlet",
    "detect_published",
    "infer_dates",
    "normalize_date",
    "parse_reference_date",
    "read_articles",
]

STDIN = "-"  # the path that means standard input
META_KEYS = ("title", "outlet", "published", "url", "author")
HEADER_LINES = 6  # header metadata (date, byline) is only looked for in this many leading non-blank lines
TERMINAL_FROM = 0.5  # a "Check Also"-type header cuts to the end only in the second half of the text
STAFF_FROM = 0.75  # "has been a Times journalist" counts only near the end (quarter / 3 lines): the bio

Warn = Callable[[str], None]


class InputError(Exception):
    """Input that makes the whole run pointless (missing path, nothing readable); message is one line."""


# --------------------------------------------------------------------------- dates

_MONTH = MONTH_PATTERN  # used case-insensitively here, like everything in the header patterns
_WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"
_DATE = (
    rf"(?:(?P<mon>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH}),?\s+(?P<year2>\d{{4}})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)(?!\d)"
)
_DATE_NC = re.sub(r"\?P<\w+>", "?:", _DATE)  # same pattern without group names, for repeats
_LABEL = r"(?:date|published|posted|updated|last\s+updated|first\s+published|publication\s+date)(?:\s+on)?\s*:?\s*"
# What may follow a header date on its own line: times, zones, "Updated ...", more dates.
_TAIL_TOKEN = (  # whole tokens: no backtracking blow-up; a number may run into a word ("GMT+1Updated")
    r"(?:\d{1,2}(?:[:.]\d{2})?(?!\d)"
    rf"|(?:{_DATE_NC}|{_MONTH}|{_WEEKDAY}|[ap]\.?m\.?|(?-i:[A-Z]{{2,5}})"
    r"|updated|last|published|posted|on|at|ago|hours?|minutes?|mins?|read|listen)(?!\w))"
)
_ZONE = r"(?:\s*(?-i:[A-Z]{2,4})(?:[+-]\d{1,2}(?::?\d{2})?)?)"  # "EDT", "GMT+2"
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"  # "5:02 PM", "08:14", "9 a.m."
_TIME = rf"(?:{_CLOCK}{_ZONE}?,?\s+)"  # "5:02 PM EDT, " / "08:14 IST, " before a date
_DATE_LINE = re.compile(
    rf"(?:{_LABEL})?{_TIME}?(?:{_WEEKDAY},?\s+)?{_DATE}(?:[\s,.|/·•–—:()+-]*{_TAIL_TOKEN})*[\s,.|/·•–—:()+-]*",
    re.IGNORECASE,
)
_DATE_PREFIX = re.compile(rf"(?:{_LABEL})?{_TIME}?(?:{_WEEKDAY},?\s+)?{_DATE}\s*[|·•,–—-]?\s*", re.IGNORECASE)
_DATE_ANY = re.compile(_DATE, re.IGNORECASE)
# A labelled date opening a line that goes on with other text: a page export's " date 2025-03-28 Headline"
# or "Published: 3 May 2024 08:14 IST The council ...". The label makes it metadata, not the story's
# words; a clock time (and its zone) after the date belongs to it, anything else is the line's own text.
_LABELLED_PREFIX = re.compile(
    rf"{_LABEL}{_TIME}?(?:{_WEEKDAY},?\s+)?{_DATE}(?:,?\s+(?:at\s+)?{_CLOCK}{_ZONE}?)?(?![\w:])[\s|·•,–—-]*",
    re.IGNORECASE,
)


def _date_from_match(m: re.Match[str]) -> str | None:
    """YYYY-MM-DD from a ``_DATE`` match, or None if the calendar date does not exist."""
    if m.group("iy"):
        d = calendar_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    elif m.group("mon"):
        d = calendar_date(int(m.group("year")), month_number(m.group("mon")), int(m.group("day")))
    else:
        d = calendar_date(int(m.group("year2")), month_number(m.group("mon2")), int(m.group("day2")))
    return d.isoformat() if d else None


def normalize_date(value: Any) -> str | None:
    """An explicit date value (metadata, JSON) as YYYY-MM-DD, or None if it is not a date.

    Common written forms are handled here; anything else goes to dateparser (imported lazily:
    it is slow to import and rarely needed).
    """
    if value is None:
        return None
    s = str(value).strip()
    if not s:
        return None
    m = _DATE_ANY.match(s)
    if m:
        return _date_from_match(m)
    import dateparser  # lazy on purpose

    parsed = dateparser.parse(s, settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


# --------------------------------------------------------------------------- lines

_FRONT_KEY = re.compile(r"\s*([A-Za-z_][\w-]*)\s*:\s?(.*)")
_FRONT_MAX_LINES = 40


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    """Front matter keys and the offset where the body starts (0 if there is none).

    Only a leading ``---`` ... ``---`` block of ``key: value`` lines counts, so a horizontal rule
    further down, or a first line ``---`` with prose under it, is left alone.
    """
    start = 1 if text.startswith("\ufeff") else 0
    nl = text.find("\n", start)
    if nl < 0 or text[start:nl].rstrip() != "---":
        return {}, 0
    meta: dict[str, str] = {}
    pos = nl + 1
    for _ in range(_FRONT_MAX_LINES):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        if line.strip() in ("---", "..."):
            return meta, end if nl < 0 else end + 1
        m = _FRONT_KEY.fullmatch(line)
        if m:
            meta[m.group(1).lower()] = m.group(2).strip().strip("\"'")
        elif line.strip() and not line[:1].isspace() and not line.startswith("- "):
            return {}, 0
        if nl < 0:
            return {}, 0
        pos = nl + 1
    return {}, 0


def _lines(text: str, start: int = 0) -> Iterator[tuple[int, int, str]]:
    """(start, end, stripped) of every non-blank line from ``start`` on; end excludes the newline."""
    pos = start
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s = text[pos:end].strip()
        if s:
            yield pos, end, s
        if nl < 0:
            break
        pos = nl + 1


@lru_cache(maxsize=8)
def _header(text: str) -> tuple[tuple[int, int, str], ...]:
    """The first few non-blank body lines, where datelines, bylines and header dates live.

    One-line boilerplate ("Share", "Published", "3 hours ago") is skipped and not counted. Cached:
    outlet, author and date detection all read the same header of an article.
    """
    _, body = _front_matter(text)
    out: list[tuple[int, int, str]] = []
    for line in _lines(text, body):
        if _line_kind(line[2], not out, True) == "line":
            continue
        out.append(line)
        if len(out) >= HEADER_LINES:
            break
    return tuple(out)


# --------------------------------------------------------------------------- boilerplate

_NAME_WORD = r"(?:[A-Z][\w'’-]*\.?|[A-Z]\.)"
_PARTICLE = r"(?:de|da|del|der|di|du|dos|van|von|bin|ibn|al|el|la|le|ben)"
_PERSON = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_PARTICLE})){{1,3}}"
_PERSON_WORD = re.compile(rf"{_NAME_WORD}|{_PARTICLE}")

_PROMO = re.compile(
    r"(?:new\s*[:!–—-]?\s*)?you can now listen to .{1,60} articles!?"
    r"|click here to (?:get|download) the .{1,60} app\b.{0,40}"
    r"|download the .{1,60} app\b.{0,80}"
    r"|(?:sign up|subscribe) (?:for|to) .{0,80}newsletters?\b.{0,80}"
    r"|(?:get|sign up|subscribe|join|receive|want)\b.{0,150}\b(?:newsletters?|by e-?mail|inbox)\b.{0,120}"
    r"|(?:sign up|subscribe)(?: here| now| today)?\s*[.!]?"
    r"|(?:subscribe|sign up|join)\b.{0,100}(?:[£$€]\s?\d|\b(?:a|per) (?:week|month|year)\b|free trial).{0,100}"
    r"|(?:listen|subscribe) to\b.{0,100}\bpodcasts?\b.{0,80}"
    r"|by (?:signing up|subscribing)\b.{0,200}"
    r"|(?:\w+\s+){0,3}(?:newsletter|e-?mail address)(?:\s+\w+){0,3}"
    r"|(?:follow|like) us on .{1,60}"
    r"|follow\b.{1,100}(?:https?://|www\.)\S+.{0,40}"
    r"|follow (?:[A-Z][\w&.'’-]*\s*){1,4}:"
    r"|get (?:the latest|breaking) .{1,80} (?:in your inbox|delivered).{0,40}"
    r"|save (?:this )?(?:articles?|stories|for later)\b.{0,100}"
    r"|join (?:our|the) .{0,40}(?:community|conversation|discussion|debate|channel)\b.{0,60}"
    r"|(?:©|\(c\)|copyright\s*(?:©\s*)?(?:\d{4}|by\b)).{0,120}|copyright\b.{0,100}\ball rights reserved\b.{0,40}"
    r"|all rights reserved\.?"
    r"|our standards\s*:.{0,100}|.{1,80},? opens new tab|purchase licensing rights\b.{0,40}"
    r"|a version of this (?:article|story) appear(?:s|ed) in print\b.{0,300}",
    re.IGNORECASE,
)
# Headers after which a comment form or thread follows: in the second half they blank to the end.
_SIDEBAR_END = re.compile(
    r"(?:leave a (?:reply|comment)|(?:\d+ )?comments?|join the (?:conversation|discussion))\s*:?", re.IGNORECASE
)
# Headers of a list of links (sidebar, related stories, topic tags): they blank the lines that
# follow them up to the next line of prose (a sentence), or to the end of the text.
_SIDEBAR_BLOCK = re.compile(
    r"(?:check also|related|related (?:articles?|stories|posts|content|coverage|reading|topics|video)"
    r"|you (?:may|might) also (?:like|be interested in)|more (?:stories|articles) you may like"
    r"|more on (?:this|these) (?:story|stories|topics?)|explore more on (?:this|these) topics?|(?:suggested )?topics"
    r"|keep reading|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|editor'?s picks?"
    r"|recommended(?: for you| stories| reading)?|(?:top|latest) (?:stories|news|headlines)|also on .{1,40}"
    r"|more from .{1,40}|share this(?: article| story| post)?|like this|video ad feedback|in (?:other|related) news)"
    r"\s*[:.]?",
    re.IGNORECASE,
)
_SIDEBAR_LINE = re.compile(
    r"(?:read more|read also|see also|also read|advertisement|advertisement\s*[-–—:]\s*scroll to continue"
    r"|story continues below(?: advertisement)?|skip to (?:main )?content|share|save|print|e-?mail|edit|copy link"
    r"|link copied!?|follow(?: us)?|listen(?: to (?:this )?(?:article|story))?(?:\s*\(?\d+\s*min(?:utes?|s)?\)?)?"
    r"|\d+\s*min(?:ute)?s?\s+(?:read|listen)|share (?:this |full )?(?:article|story|page|post)|leer en español"
    r"|watch(?: now| live)?|published|updated|posted|list of \d+ items|list \d+ of \d+|end of list|like loading\W*"
    r"|(?:image|photo|video|photograph|picture|slide|gallery|audio)(?: \d+ of \d+)?"
    r"|(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:\d+|an?|one)\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
    r"|(?:tags|filed under|categories|topics)\s*:.{0,200}|(?:share (?:on|via|to) [\w ]{1,20}\s*[|·•,]?\s*)+"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-–—]\s*source\s*:.{1,40})?|sources?\s*:\s*(?-i:[A-Z])[A-Za-z .,&'’/-]{0,80}"
    r"|.{1,60}\s[–—-]\s(?:live(?: updates| blog| news)?|as it happened))\s*[:.]?",
    re.IGNORECASE,
)
_NUMBERS_ONLY = re.compile(r"(?=.*\d)[\d\s.,:/|·•()+-]*[kKmM]?[\d\s.,:/|·•()+-]*")  # "1 2 3 4 5", "1.1k", "02:14"
_LINK = re.compile(
    r"(?:read more|read also|also read|see also|related|watch|listen)\s*[:|]\s*\S.{0,150}"
    rf"|(?:read|see) more (?:by|from|about|on) [^.!?]{{1,80}}|.{{0,300}}\b(?-i:More about {_PERSON})",
    re.IGNORECASE,
)
# Photo captions and credits: "Photograph: A/AFP", "Photo: 12 of 20", "... Credit...Name/AP".
_CAPTION = re.compile(
    r"(?:photo(?:graph)?s?|images?|pictures?|pic|credits?|captions?|video)\s*(?:credit)?\s*:\s*\S.{0,250}"
    r"|(?:photo|image|picture|slide)s?\s+\d+\s+of\s+\d+\b.{0,200}"
    r"|.{0,300}\b(?-i:Credit)\s*(?:\.\.\.|…|:)\s*\S.{0,120}",
    re.IGNORECASE,
)
# International wire and picture agencies, and the generic "Handout"/"Pool".
_AGENCY = (
    r"(?:Getty Images|Reuters|AFP|AP|EPA(?:-EFE)?|Shutterstock|PA(?: Media| Wire)?|Bloomberg|Alamy|Xinhua"
    r"|Associated Press|dpa|NurPhoto|SOPA Images|LightRocket|Handout|Pool|BBC)"
)
_AGENCY_WORDS = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"  # any agency name, after "Photographer/"
# A line that is only a picture credit ("Getty Images", "Hatem Ali/AP", "AFP via Getty Images", or
# "Photographer Name/Agency" for any agency): the line after it, if not a sentence, is the caption.
_PIC_CREDIT = re.compile(
    rf"(?:(?:[A-Z][\w.'’-]*|via|and)\s*(?:/|\||,|\s)\s*){{0,6}}{_AGENCY}(?:\s*(?:/|via)\s*{_AGENCY})*"
    rf"|{_PERSON}\s*/\s*{_AGENCY_WORDS}(?:\s*(?:/|via)\s*{_AGENCY_WORDS})*"
    r"|(?i:image|photo|picture|photograph)(?:\s+(?i:source|caption|credit))?"
)
_ABOUT = re.compile(rf"[Aa]bout (?:the authors?|us|{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_PARTICLE})){{0,3}})\s*:?")
_UPDATED = re.compile(
    r"(?:this (?:story|article|report|post) (?:has been|was|will be|is being) updated\b"
    r"|this is a (?:developing|breaking) (?:story|news story)\b).{0,200}",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    rf"(?:[A-Z][^!?\n]{{0,200}}?\bcontributed (?:reporting|to this (?:report|story|article))\b.{{0,120}}"
    rf"|(?:[Aa]dditional reporting|[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by [A-Z].{{0,200}}"
    rf"|{_PERSON}(?:(?:,|\s+and)\s+{_PERSON})*\s+reported from [A-Z][\w .,'’-]{{0,80}})",
)
_NEWS_ROLE = r"(?:journalist|correspondent|reporter|writer|editor|columnist|contributor|photographer)"
_ROLE = rf"(?:{_NEWS_ROLE}|producer|anchor|host|chief)"
_BIO = re.compile(
    rf"(?P<name>{_PERSON})\s+(?:covers|reports on|reports for|writes about|writes for|"
    rf"(?:is|was) (?:an?|[Tt]he)\s[^.\n]{{0,80}}?\b{_ROLE}|has (?:been|worked as) an?\s[^.\n]{{0,80}}?\b{_ROLE})\b"
)
# The line under a bare author name ("Jane Doe" / "Middle East correspondent, Jerusalem").
_ROLE_LINE = re.compile(rf"(?:[\w'’-]+\s+){{0,4}}{_ROLE}s?\b[^.!?]{{0,60}}", re.IGNORECASE)
_BYLINE = re.compile(r"(?:(?:posted|written|words|story|text) )?by\s+(?P<names>[A-Z].{1,150})", re.IGNORECASE)
_BYLINE_TAIL = re.compile(
    rf"\s*[|·•,–—-]?\s*(?:(?:updated|published|posted)\b|on\s+{_DATE_NC}|{_DATE_NC}|(?:today|yesterday)\b"
    r"|\d{1,2}[:.]\d{2}\b).*$",
    re.IGNORECASE,
)
# Bylines without "By" (never the first line, a headline): "Jane Doe in Jerusalem and agencies" (with
# "and agencies", or with a date on the next line), "Jane Doe | March 3, 2024".
_NAMES = rf"(?P<names>{_PERSON}(?:(?:,|\s+and)\s+{_PERSON})*)"
_BYLINE_IN = re.compile(rf"{_NAMES}\s+in\s+[A-Z][\w'’ -]{{1,30}}?(?P<ag>\s+and\s+(?:news\s+)?agencies)?")
_BYLINE_DATED = re.compile(rf"{_NAMES}\s*[|·•–—]\s*(?P<date>.+)")
_ROLE_PART = re.compile(rf"(?:[\w-]+\s+){{0,3}}{_ROLE}s?", re.IGNORECASE)  # "Senior Staff Writer"
_BYLINE_SPLIT = re.compile(r",|\s+and\s+|\s+&\s+|\s+\|\s+|\s+for\s+", re.IGNORECASE)
_BYLINE_WORD = re.compile(rf"{_NAME_WORD}|{_PARTICLE}|the|and|for|of|&|\|")


def _byline_parts(line: str, first: bool = True, nxt: str | None = None) -> list[str] | None:
    """The comma/and-separated parts of a byline line ("By A, B and C, OUTLET"), or None.

    A sentence starting with "By" ("By Thursday night the army had ...") fails because every word
    of a byline is capitalised (or a name particle) and it has no final period. Unless ``first``
    (the first line, which may be a headline), "A in Place and agencies" (or "A in Place" with a
    date on the ``nxt`` line) and "A | <date>" also count. Job titles ("Staff Writer") are dropped.
    """
    m = _DATE_PREFIX.match(line)
    rest = line[m.end() :] if m else line
    bm = _BYLINE.fullmatch(rest)
    if not bm:
        if first or len(rest.split()) > 12:
            return None
        im = _BYLINE_IN.fullmatch(rest)
        if im and not (im.group("ag") or (nxt and _is_header_date(nxt))):
            im = None
        im = im or ((dm := _BYLINE_DATED.fullmatch(rest)) and _is_header_date(dm.group("date")) and dm) or None
        if not im:
            return None
        parts = [p.strip() for p in _BYLINE_SPLIT.split(im.group("names")) if p.strip()]
        return parts if all(_looks_like_person(p) for p in parts) else None
    names = _BYLINE_TAIL.sub("", bm.group("names")).strip()
    if names.endswith(".") and not re.search(r"\b[A-Z]\.$", names):
        return None
    words = re.split(r"[\s,]+", names)
    if not words or not all(_BYLINE_WORD.fullmatch(w) for w in words if w):
        return None
    parts = [p.strip() for p in _BYLINE_SPLIT.split(names) if p.strip() and not _ROLE_PART.fullmatch(p.strip())]
    return parts or None


def _labelled_prefix_end(line: str) -> int:
    """Where a line's leading labelled date (" date 2025-03-28 ...") ends; 0 if it has none."""
    m = _LABELLED_PREFIX.match(line)
    return m.end() if m else 0


def _is_header_date(line: str) -> bool:
    return len(line) <= 120 and _DATE_LINE.fullmatch(line) is not None


def _is_all_caps_promo(line: str) -> bool:
    """A short line of >= 3 words that is (nearly) all capitals: a headline linking elsewhere."""
    if len(line) > 200 or line.count(" ") < 2:
        return False
    upper = sum(c.isupper() for c in line)
    lower = sum(c.islower() for c in line)
    return upper >= 10 and upper >= 0.85 * (upper + lower)


def _is_prose(line: str) -> bool:
    """A sentence of the story: >= 5 words ending in a full stop ("?" only if long), not a "…" teaser."""
    s = line.rstrip(" *_")
    if s.endswith(("…", "...", "[…]", "[...]")):
        return False
    words = len(s.split())
    if re.search(r"[.!][\"”’')]*$", s):
        return words >= 5
    return words >= 15 and re.search(r"\?[\"”’')]*$", s) is not None


def _bare_name_with_role(line: str, nxt: str | None) -> bool:
    """A header line that is just a person's name, with their role on the next line (no "By")."""
    return nxt is not None and len(nxt) <= 80 and _looks_like_person(line) and _ROLE_LINE.fullmatch(nxt) is not None


def _line_kind(line: str, first: bool, in_header: bool, nxt: str | None = None) -> str | None:
    """Which boilerplate rule a stripped line matches.

    'header' (dateline date or byline), 'end' (comment-form header: cut to the end), 'block'
    (related-links header: blank the following non-prose lines), 'credit' (a picture credit: the
    next non-prose line is its caption), 'line' (just this line) or None (prose).
    """
    if in_header and (_is_header_date(line) or _byline_parts(line, first, nxt)):
        return "header"
    s = line.strip("*_ ")  # Markdown emphasis around a whole line
    if len(s) <= 400:
        if _SIDEBAR_END.fullmatch(s):
            return "end"
        if _SIDEBAR_BLOCK.fullmatch(s):
            return "block"
        if not first and _PIC_CREDIT.fullmatch(s):
            return "credit"
        if (
            _PROMO.fullmatch(s)
            or _SIDEBAR_LINE.fullmatch(s)
            or _LINK.fullmatch(s)
            or _CAPTION.fullmatch(s)
            or _ABOUT.fullmatch(s)
            or _UPDATED.fullmatch(s)
            or _CREDIT.fullmatch(s)
            or (len(s) <= 30 and _NUMBERS_ONLY.fullmatch(s))
        ):
            return "line"
    if not first and _is_all_caps_promo(line):
        return "line"
    return None


def clean_text(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Blank boilerplate lines to spaces; return the cleaned text and the blanked line spans.

    Works line by line (a handful of anchored regexes per line) so offsets never move: the result
    has the same length as ``text`` with newlines kept. Front matter lines count as blanked lines.
    A related-links header ("Related", "More on this story", "Keep reading") blanks the lines after
    it up to the next sentence of prose; a comment-form header ("Leave a Reply") in the second half
    of the text blanks everything after it; a picture credit line blanks the caption under it; a
    final author bio ("Jane Doe covers ...") is blanked last. Header rules (dates, bylines) apply to
    the first ``HEADER_LINES`` lines that are not one-line boilerplate ("Share", "3 hours ago").
    Terminal escape sequences and control characters are blanked first (``blank_controls``).
    """
    text = blank_controls(text)
    _, body = _front_matter(text)
    spans: list[tuple[int, int]] = [(s, e) for s, e, _ in _lines(text[:body])] if body else []
    kept: list[tuple[int, int, str]] = []
    first = True
    cut = int(len(text) * TERMINAL_FROM)
    lines = list(_lines(text, body))
    seen = 0  # header-relevant lines so far
    block = caption = False
    i = 0
    while i < len(lines):
        start, end, s = lines[i]
        in_header = seen < HEADER_LINES
        nxt = lines[i + 1][2] if i + 1 < len(lines) else None
        kind = _line_kind(s, first, in_header, nxt)
        if kind is None and in_header and not first and _bare_name_with_role(s, nxt):
            spans.append((start, end))
            spans.append(lines[i + 1][:2])
            seen += 2
            i += 2
            continue
        if kind is None and (block or caption) and not _is_prose(s):
            kind = "line"
        if kind == "end" and start >= cut:
            spans.extend((s2, e2) for s2, e2, _ in lines[i:])
            break
        if kind != "line":
            seen += 1
        if kind == "block":
            block = True
        elif kind is None:
            block = False
        caption = kind == "credit"
        if kind:
            spans.append((start, end))
        else:
            if in_header and (m := _LABELLED_PREFIX.match(s)):  # blank the date, keep the rest of the line
                lead = len(text[start:end]) - len(text[start:end].lstrip())
                spans.append((start, start + lead + m.end()))
            kept.append((start, end, s))
            first = False
        i += 1
    for start, end, s in reversed(kept[-3:]):
        if len(s) > 800 or not _BIO.match(s):
            break
        spans.append((start, end))
    if not spans and "\ufeff" not in text[:1]:
        return text, ()
    spans.sort()
    out = []
    pos = 0
    for start, end in spans:
        out.append(text[pos:start])
        out.append(" " * (end - start))
        pos = end
    out.append(text[pos:])
    cleaned = "".join(out)
    if cleaned.startswith("\ufeff"):
        cleaned = " " + cleaned[1:]
    return cleaned, tuple(spans)


# --------------------------------------------------------------------------- outlet, author, title

_OUTLET_WORDS = frozenset(
    """news press times post journal agency herald tribune guardian telegraph network media radio tv
    television broadcasting broadcast daily weekly gazette wire monitor observer review magazine online
    channel insider today independent mail express standard chronicle bulletin report service
    corporation agence globe star economist nation hill atlantic world""".split()
)
_DATELINE = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:[ ,/]+(?:[A-Z][\w.'’-]*|\d{1,2}))*\s*)?"
    r"\((?P<o>[A-Z][A-Za-z0-9&.'’ -]{0,40}?)\)\s*[—–-]{1,2}\s"
)
_LISTEN = re.compile(r"you can now listen to (?P<o>[^!\n]{1,60}?) articles", re.IGNORECASE)
_APP = re.compile(r"(?:click here to (?:get|download) the|download the) (?P<o>[^\n]{1,60}?) app\b", re.IGNORECASE)
_STAFF = re.compile(
    r"\b(?:is|was|has been|joined|as)\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"(?P<o>(?:[A-Z][\w&.'’-]*\s+){0,3}?[A-Z][\w&.'’-]*)\s+(?:staff\s+)?"
    rf"{_NEWS_ROLE}s?\b"
)


_ORG = r"(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|the\s+|and\s+|&\s+)?[A-Z][\w&.'’-]*){0,4}"
# Near the end: "Source: Al Jazeera and news agencies", "© 2024 The Times of Israel, all rights reserved".
_SOURCE_LINE = re.compile(rf"(?i:sources?)\s*:\s*(?P<o>{_ORG})(?:\s+and\s+(?:other\s+)?(?:news\s+)?agencies)?\s*\.?")
_COPYRIGHT_LINE = re.compile(
    rf"(?i:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*,?\s*)?(?P<o>{_ORG})"
    r"(?:[\s,.;:|-]+(?i:all rights reserved|inc|ltd|llc|plc)\b.*)?\s*\.?"
)
_AGENCY_PHOTO = r"Getty(?: Images)?|Shutterstock|Alamy|iStock(?:photo)?"
# Byline parts that name no outlet: "By A, B & Agencies", "By Staff", "By News Desk".
_NOT_OUTLET = re.compile(r"(?:(?:news\s+|wire\s+)?agenc(?:y|ies)|agency reports|wires?|wire services|staff|"
                         r"(?:news|web|online|foreign)\s+desk|desk|reporters?|correspondents?)", re.IGNORECASE)
_ORG_NAME = r"(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
# A photo credit in the header shot for the outlet: "Jo Bloggs/For The Harbour Times".
_FOR_CREDIT = re.compile(rf"/\s*[Ff]or\s+(?P<o>{_ORG_NAME})\s*$")
# Near the end: "Harbour News' Jo Bloggs contributed to this report."
_CONTRIBUTED = re.compile(
    rf"(?P<o>{_ORG_NAME})[’']s?\s+(?:{_NAME_WORD}\s+){{1,3}}(?:and\s+(?:{_NAME_WORD}\s+){{1,3}})?"
    r"contributed(?:\s+reporting)?(?:\s+to\s+this\s+(?:report|story|article))?")
# A wire credit closing the text: "... officials said. (Xinhua)"
_END_CREDIT = re.compile(r"[.!?\"”’]\s*\((?P<o>[A-Z][A-Za-z&.-]{1,24}(?:\s+[A-Z][A-Za-z&.-]{1,24}){0,2})\)\s*$")


def _looks_like_person(part: str) -> bool:
    """2-4 capitalised words, none an outlet word ("News", "Times", "Press"): "Jo Bloggs", "ANN OTHER"."""
    words = part.split()
    if not 2 <= len(words) <= 4:
        return False
    if any(w.lower().strip(".") in _OUTLET_WORDS for w in words):
        return False
    return all(_PERSON_WORD.fullmatch(w) for w in words)


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


def _is_outlet_name(name: str) -> bool:
    """"Harbour News", "The Valley Times", "KXYZ": ends with an outlet word or is a short acronym."""
    last = name.split()[-1].lower().strip(".")
    return last in _OUTLET_WORDS or (name.isupper() and 2 <= len(name) <= 6)


def _fuller_name(short: str, text: str) -> str:
    """``short`` ("Times") as the one fuller outlet name in the text that ends with it ("The Harbour
    Times", "The Harbour Times's"); as written when the text gives none, or several (ambiguous)."""
    rx = re.compile(rf"\bThe\s+(?:[A-Z][\w&.'’-]*\s+){{1,3}}{re.escape(short)}\b")
    found = {" ".join(m.group().split()) for m in rx.finditer(text)}
    return found.pop() if len(found) == 1 else short


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
            return parts[-1], "byline"
    for _, _, line in header:
        m = _FOR_CREDIT.search(line)
        if m and _is_outlet_name(m.group("o")):
            return m.group("o"), "byline"
    for rx in (_LISTEN, _APP):
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


def detect_published(text: str) -> str | None:
    """A publication date stated in the header lines ("July 24, 2025", "Published: ...", a dated byline).

    Only the first few non-blank lines are looked at, and only lines that are header-shaped (a
    date on its own, a byline) or open with a labelled date (" date 2025-03-28 Headline ..."), so
    dates in the story itself never count.
    """
    for i, (_, _, line) in enumerate(_header(text)):
        m = _LABELLED_PREFIX.match(line)
        if m:  # labelled: header metadata however the line goes on
            return _date_from_match(m)
        if len(line) > 200:
            continue
        m = _DATE_PREFIX.match(line)
        if m and _is_header_date(line):
            return _date_from_match(m)
        if _byline_parts(line, i == 0):
            m = m or _DATE_ANY.search(line)
            if m:
                return _date_from_match(m)
    return None


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


def _build(art_id: str, path: str, text: str, meta: dict[str, Any], warn: Warn, where: str) -> Article:
    """One Article: explicit metadata first, then what the text itself says, then the id."""
    plain = blank_controls(text)  # what the detectors read: no escape sequence splits a byline or date
    clean, spans = clean_text(plain)
    published = _metadata_date(meta.get("published"), where, warn)
    pub_source = "metadata" if published else "none"
    if not published:
        published = detect_published(plain)
        pub_source = "text" if published else "none"
    if not published and meta.get("published_guess"):
        published, pub_source = meta["published_guess"], "guessed"  # infer_dates decides: see there
    if published and not PUBLISHED_FROM <= published <= PUBLISHED_TO:
        warn(f"{where}: publication date {published} is outside {PUBLISHED_FROM[:4]}-{PUBLISHED_TO[:4]}; ignored")
        published, pub_source = None, "none"
    outlet = _str(meta.get("outlet"))
    outlet_source = "metadata"
    if not outlet:
        found = detect_outlet(plain)
        outlet, outlet_source = found if found else (art_id, "id")
    return Article(
        id=art_id,
        path=path,
        text=text,
        clean=clean,
        outlet=outlet,
        published=published,
        published_source=pub_source,
        title=_str(meta.get("title")) or _detect_title(clean),
        author=_str(meta.get("author")) or _detect_author(plain, spans),
        url=_str(meta.get("url")),
        outlet_source=outlet_source,
        boilerplate=spans,
    )


# Publication dates outside these years are placeholders (databases write 0001-01-01 or 9999-12-31
# for "no date"), and so close to the calendar's ends that relative dates overflow it.
PUBLISHED_FROM, PUBLISHED_TO = "1000-01-01", "2999-12-31"
MAX_DATE_CHARS = 100  # a metadata date longer than this is not a date (and is not handed to dateparser)


def _metadata_date(value: Any, where: str, warn: Warn) -> str | None:
    """An explicit ``published`` value as YYYY-MM-DD, or None (with a warning naming the value if it
    was given but is not a date)."""
    if value is None or value == "":
        return None
    if isinstance(value, (dict, list, bool)):
        warn(f"{where}: published is {json_type(value)}, not a date; ignored")
        return None
    s = str(value)
    try:
        found = normalize_date(s) if len(s) <= MAX_DATE_CHARS else None
    except (ValueError, OverflowError):
        found = None
    if not found:
        warn(f'{where}: published "{message_safe(s, MESSAGE_VALUE_CHARS)}" is not a date; ignored')
    return found


def _str(v: Any) -> str | None:
    """A metadata value as a non-empty one-line string, or None. Lone surrogates become U+FFFD."""
    if v is None or isinstance(v, (dict, list, bool)):
        return None
    s = " ".join(repair_surrogates(str(v))[0].split())
    return s or None


# --------------------------------------------------------------------------- HTML


def _html_extract(html: str) -> tuple[str, dict[str, Any]]:
    """Main text and page metadata (title, site name, date, author, url), via trafilatura.

    trafilatura is a hard dependency (imported here only because it is slow to import); if it
    cannot be imported the installation is broken, which is an ``InputError`` for the whole run.
    """
    try:
        import trafilatura
    except ImportError as e:
        reason = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise InputError(f"cannot read HTML: trafilatura failed to import ({reason}); reinstall cfdiff") from None
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None:
        return "", {}
    d = doc if isinstance(doc, dict) else doc.as_dict()
    text = d.get("text") or ""
    found = d.get("date")
    marked = _markup_date(html, d.get("url")) if found else None
    meta = {
        "title": d.get("title"),
        "outlet": d.get("sitename"),
        "published": marked,
        "published_guess": None if marked else found,
        "author": d.get("author"),
        "url": d.get("url"),
    }
    return text, meta


def _markup_date(html: str, url: str | None) -> str | None:
    """The page's date from its markup only: URL, ``<meta>`` tags, JSON-LD, ``<abbr>``/``<time>`` elements.

    trafilatura's date comes from htmldate, which falls back to guessing from the body text ("October
    2023" -> 2023-01-01); only a date from markup is the page's metadata. These are the first steps
    of ``htmldate.find_date``, run on their own; if htmldate's internals ever move, every date counts
    as a guess (the honest failure).
    """
    try:
        from htmldate import core as hd
        from htmldate.utils import load_html

        tree = load_html(html)
        if tree is None:
            return None
        options = hd.Extractor(False, hd.get_max_date(None), hd.get_min_date(None), True, "%Y-%m-%d")
        found = (hd.extract_url_date(url, options) or hd.examine_header(tree, options)
                 or hd.json_search(tree, options) or hd.examine_abbr_elements(tree, options)
                 or hd.examine_time_elements(tree, options))
    except Exception:  # an htmldate API change; the guess path stays honest
        return None
    return found if isinstance(found, str) else None


# --------------------------------------------------------------------------- files

MAX_ITEM_WARNINGS = 20  # per JSON/JSONL file: a million bad records make 20 lines and a count, not a million


class _FileWarn:
    """``warn`` for the records of one file, quiet after ``MAX_ITEM_WARNINGS`` (then one summary line)."""

    def __init__(self, warn: Warn, where: str) -> None:
        self.warn, self.where, self.n = warn, where, 0

    def __call__(self, msg: str) -> None:
        self.n += 1
        if self.n <= MAX_ITEM_WARNINGS:
            self.warn(msg)

    def close(self) -> None:
        if self.n > MAX_ITEM_WARNINGS:
            self.warn(f"skipped {self.n - MAX_ITEM_WARNINGS} more problem(s) in {self.where} (first "
                      f"{MAX_ITEM_WARNINGS} shown)")


def _json_article(obj: Any, stem: str, n: int, path: str, where: str, warn: Warn) -> Article | None:
    """One JSON object -> Article, or None (after a warning) if it has no usable text."""
    if not isinstance(obj, dict):
        warn(f"skipped {where}: {json_type(obj)}, not a JSON object")
        return None
    if "text" not in obj:
        warn(f'skipped {where}: no "text" field')
        return None
    text = obj["text"]
    if not isinstance(text, str):
        warn(f'skipped {where}: "text" is {json_type(text)}, not a string')
        return None
    if not text.strip():
        warn(f'skipped {where}: empty "text" field')
        return None
    text, bad = repair_surrogates(text)
    if bad:
        warn(f'{where}: {bad} lone surrogate(s) in "text" (invalid Unicode) replaced by U+FFFD')
    art_id = _str(obj.get("id")) or f"{stem}#{n}"
    return _build(art_id, path, text, {k: obj.get(k) for k in META_KEYS}, warn, where)


def _json_articles(text: str, stem: str, path: str, where: str, warn: Warn) -> list[Article]:
    try:
        obj = parse_json(text)
    except JSONError as e:
        warn(f"skipped {where}: {e}")
        return []
    items = obj if isinstance(obj, list) else [obj]
    if not items:
        warn(f"skipped {where}: empty JSON array")
    say = _FileWarn(warn, where)
    out = []
    for i, item in enumerate(items, 1):
        a = _json_article(item, stem, i, path, f"{where}#{i}" if isinstance(obj, list) else where, say)
        if a:
            out.append(a)
    say.close()
    return out


def _jsonl_articles(text: str, stem: str, path: str, where: str, warn: Warn) -> list[Article]:
    say = _FileWarn(warn, where)
    out = []
    for i, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = parse_json(line, position=False)
        except JSONError as e:
            say(f"skipped {where} line {i}: {e}")
            continue
        a = _json_article(obj, stem, i, path, f"{where} line {i}", say)
        if a:
            out.append(a)
    say.close()
    return out


def _read_stdin(where: str, warn: Warn, max_bytes: int) -> bytes | None:
    try:
        data = sys.stdin.buffer.read(max_bytes + 1)
    except (OSError, AttributeError, ValueError) as e:
        warn(f"skipped {where}: cannot read ({getattr(e, 'strerror', None) or e})")
        return None
    if len(data) > max_bytes:
        warn(f"skipped {where}: over the {max_bytes:,}-byte limit (--max-bytes)")
        return None
    return data


def read_file_bytes(path: Path, warn: Warn, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes | None:
    """A file's bytes (``-``: standard input), or None after a warning: only a regular file, at
    most ``max_bytes``."""
    where = message_safe(display_path(path))
    if str(path) == STDIN:
        return _read_stdin(where, warn, max_bytes)
    return read_bytes(path, where, warn, max_bytes)


def _read_file(path: Path, warn: Warn, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """All articles in one file of a known type (possibly none, after warnings)."""
    data = read_file_bytes(path, warn, max_bytes)
    return [] if data is None else parse_file(path, data, warn)


def parse_file(path: Path, data: bytes, warn: Warn) -> list[Article]:
    """All articles in a file's bytes: what ``_read_file`` does after reading, kept apart so a caller
    can hash the bytes it read (the cache key) and parse exactly those bytes, possibly in a worker.
    ``-`` is one article from standard input, read as .txt (front matter allowed)."""
    stdin = str(path) == STDIN
    shown = display_path(path)
    where = message_safe(shown)
    text = decode(data, where, warn)
    if text is None:
        return []
    stem = "stdin" if stdin else display_path(path.stem)
    suffix = ".txt" if stdin else path.suffix.lower()
    if suffix in (".txt", ".md"):
        meta, body = _front_matter(text)
        if not text[body:].strip():
            warn(f"skipped {where}: no text after the front matter")
            return []
        return [_build(stem, shown, text, meta, warn, where)]
    if suffix in (".html", ".htm"):
        try:
            body_text, meta = _html_extract(text)
        except InputError:
            raise
        except Exception as e:  # trafilatura/lxml failing on one page is trouble with that page
            warn(f"skipped {where}: the page could not be parsed ({type(e).__name__}: "
                 f"{message_safe(e, MESSAGE_VALUE_CHARS)})")
            return []
        if not body_text.strip():
            warn(f"skipped {where}: no main text found in the page")
            return []
        return [_build(stem, shown, body_text, meta, warn, where)]
    if suffix == ".json":
        return _json_articles(text, stem, shown, where, warn)
    return _jsonl_articles(text, stem, shown, where, warn)


FilesReader = Callable[[Sequence[Path], Warn], list[Article]]


def read_articles(
    paths: Sequence[str | Path] | str | Path, *, recursive: bool = False, warn: Warn | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES, reference_date: date | None = None, read_files: FilesReader | None = None,
) -> list[Article]:
    """Read every article under ``paths`` (folders and files, in path order whatever order they are
    named in: see ``article_files``; ``-`` is one article from standard input, read last).

    Every problem with one path (missing, unreadable, not a regular file, over ``max_bytes``, not
    decodable, bad JSON, a folder met twice through a link) is one ``warn`` line and that path is
    skipped; an ``InputError`` is raised only when nothing readable is left. Duplicate ids get "-2",
    "-3", ... Undated articles get ``reference_date`` (``--date``) or else the cluster's date via
    ``infer_dates`` (idempotent, so calling it again is harmless). Nothing is ever written.
    ``read_files`` may replace the loop that reads the files one after another (``pipeline`` reads
    them in worker processes or from its cache); it must give the same articles and warnings, in
    file order.
    """
    say: Warn = warn or (lambda _msg: None)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if not paths:
        raise InputError("no input given: name article files or folders")
    named = message_safe(", ".join(display_path(p) for p in paths), 300)
    on_disk = [p for p in paths if str(p) != STDIN]
    files = article_files(on_disk, recursive=recursive, warn=say, stdin=len(on_disk) < len(paths)) if on_disk else []
    if len(on_disk) < len(paths):
        files.append(Path(STDIN))
    if read_files is not None:
        articles = read_files(files, say)
    else:
        articles = [a for f in files for a in _read_file(f, say, max_bytes)]
    if not articles:
        raise InputError(f"no readable articles in {named}: all {len(files)} article file(s) were skipped")
    return infer_dates(_unique_ids(articles), reference_date)


def article_files(paths: Sequence[str | Path], *, recursive: bool = False, warn: Warn | None = None,
                  stdin: bool = False) -> list[Path]:
    """The article files under ``paths`` in reading order: ``path_order``, so the order the paths are
    named in changes nothing. A folder is walked once, whatever links lead to it. Other files and
    missing paths are named through ``warn``; an ``InputError`` is raised when every path is missing
    or (unless standard input is read too) no article file is found."""
    say: Warn = warn or (lambda _msg: None)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    named = message_safe(", ".join(display_path(p) for p in paths), 300)
    files, missing = walk_article_files(paths, recursive, say)
    if len(missing) == len(paths) and not stdin:
        raise InputError(f"no such file or folder: {named}")
    for m in missing:
        say(f"skipped {m}: no such file or folder")
    if not files and not stdin:
        raise InputError(f"no articles found in {named} (looked for {' '.join(ARTICLE_SUFFIXES)})")
    return sorted(files, key=path_order)


def path_order(path: Path) -> tuple[str, ...]:
    """Sort key of an input file: its absolute path, folder by folder (a folder's files sorted by name),
    whatever order and spelling ("seeds", "./seeds") the paths came in."""
    return Path(os.path.abspath(path)).parts


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Suffix repeated ids ("a", "a-2", "a-3") so every id is unique; never reuse an id another article has."""
    taken = {a.id for a in articles}
    used: set[str] = set()
    out = []
    for a in articles:
        new = a.id
        n = 1
        while new in used:
            n += 1
            new = f"{a.id}-{n}"
            if new in taken:
                new = a.id
        used.add(new)
        out.append(a if new == a.id else replace(a, id=new))
    return out


# --------------------------------------------------------------------------- date inference

_WEEKDAY_MENTION = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b")


AGREE_DAYS = 1  # dates this close count as agreeing: coverage of one day is filed either side of midnight


def parse_reference_date(value: str) -> date:
    """A ``--date`` value (YYYY-MM-DD) as a date; ValueError with a one-line message otherwise."""
    v = value.strip()
    d = calendar_date(int(v[:4]), int(v[5:7]), int(v[8:])) if re.fullmatch(r"\d{4}-\d\d-\d\d", v) else None
    if d is None:
        shown = v if len(v) <= 40 else v[:40] + "..."
        raise ValueError(f"--date {shown!r} is not a calendar date; expected YYYY-MM-DD, e.g. 2025-03-28")
    return d


def infer_dates(articles: list[Article], reference_date: date | None = None) -> list[Article]:
    """Fill in ``published`` for undated articles; a stated date (metadata, text) is never replaced.

    With a ``reference_date`` (``--date``) every undated article gets it, source ``option``.
    Otherwise the cluster's consensus is used, source ``inferred``: the most common stated date
    (ties: the earliest), provided most stated dates agree with it (more than half lie within
    ``AGREE_DAYS`` of it); a folder whose dates scatter gets no inferred date. An undated article
    gets the consensus unless its weekday mentions point clearly elsewhere: if its most-mentioned
    weekday W is none of the consensus day's weekday or the days either side, W is mentioned at
    least twice and more often than those three weekdays together, it gets the date with weekday W
    in the six days before the consensus (coverage written earlier in the week). Dates inferred by
    an earlier call are not evidence, so calling this again changes nothing. A page date that
    htmldate only guessed from the body (source ``guessed``) neither counts towards the consensus
    nor beats it; with no consensus it is kept, as ``inferred``.
    """
    if reference_date is not None:
        ref = reference_date.isoformat()
        return [a if a.published and a.published_source != "guessed" else
                replace(a, published=ref, published_source="option") for a in articles]
    consensus = _consensus([date.fromisoformat(a.published) for a in articles
                            if a.published and a.published_source in ("metadata", "text", "option")])
    out = []
    for a in articles:
        if a.published and a.published_source != "guessed":
            out.append(a)
        elif consensus is None:  # a date htmldate only guessed is kept, as inferred, when nothing beats it
            out.append(replace(a, published_source="inferred" if a.published else "none"))
        else:
            adjusted = _weekday_adjusted(a.clean, consensus)
            out.append(replace(a, published=adjusted.isoformat(), published_source="inferred"))
    return out


def _consensus(stated: list[date]) -> date | None:
    """The most common date if more than half of ``stated`` lie within ``AGREE_DAYS`` of it, else None."""
    if not stated:
        return None
    counts = Counter(stated)
    best = max(counts.values())
    mode = min(d for d, n in counts.items() if n == best)
    agree = sum(abs((d - mode).days) <= AGREE_DAYS for d in stated)
    return mode if 2 * agree > len(stated) else None


def _weekday_adjusted(clean: str, consensus: date) -> date:
    mentions = Counter(WEEKDAYS.index(m.group(1)) for m in _WEEKDAY_MENTION.finditer(clean))
    if not mentions or not date.min + timedelta(days=7) <= consensus <= date.max - timedelta(days=1):
        return consensus  # no weekdays, or a consensus at the end of the calendar (0001-01-01): nothing to move
    near = {(consensus + timedelta(days=k)).weekday() for k in (-1, 0, 1)}
    top, n = mentions.most_common(1)[0]
    if top in near or n < 2 or n <= sum(mentions[w] for w in near):
        return consensus
    back = (consensus.weekday() - top) % 7
    return consensus - timedelta(days=back)
