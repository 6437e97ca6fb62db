"""Boilerplate: which lines of an article are not its story (promos, sidebars, bylines, captions,
header dates, bios, comment forms), blanked to spaces so every offset into the text stays put.

Also the article's header (its first non-blank lines, where datelines, bylines and header dates
live) and front matter, which ``metadata`` reads. All recognisers are generic patterns; nothing is
keyed to a particular outlet or sample file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .published import _DATE_NC, _DATE_PREFIX, _LABELLED_PREFIX, _OPENING_DATE, is_date_line
from .textutil import blank_controls

HEADER_LINES = 6  # header metadata (date, byline) is only looked for in this many leading non-blank lines
TERMINAL_FROM = 0.5  # a "Check Also"-type header cuts to the end only in the second half of the text
STAFF_FROM = 0.75  # "has been a Times journalist" counts only near the end (quarter / 3 lines): the bio

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
    r"|our standards\s*:.{0,100}|purchase licensing rights\b.{0,40}"
    r"|a version of this (?:article|story) appear(?:s|ed) in print\b.{0,300}",
    re.IGNORECASE,
)
# A link's label, "..., opens new tab": apart from _PROMO, whose other lines are known by their first words, as
# it is tried only on a line ending in "new tab" (scanned at every character of every line, this alone
# took half of _PROMO's time: 25 of 49 ms on 29,200 lines)
_NEW_TAB = re.compile(r".{1,80},? opens new tab", re.IGNORECASE)
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
    r"|(?:read(?:ing)?\s+time\s*:?\s*)?\d{1,2}\s*min(?:ute)?s?"  # "Read Time: 3 mins", a lone "4 min"
    r"|watch(?: now| live)?|published|updated|posted|list of \d+ items|list \d+ of \d+|end of list|like loading\W*"
    r"|(?:image|photo|video|photograph|picture|slide|gallery|audio)(?: \d+ of \d+)?"
    r"|(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:\d+|an?|one)\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
    r"|(?:tags|filed under|categories|topics)\s*:.{0,200}|(?:share (?:on|via|to) [\w ]{1,20}\s*[|·•,]?\s*)+"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[-–—]\s*source\s*:.{1,40})?|sources?\s*:\s*(?-i:[A-Z])[A-Za-z .,&'’/-]{0,80}"
    r"|.{1,60}\s[–—-]\s(?:live(?: updates| blog| news)?|as it happened)"
    r"|[\d.,]+[kKmM]?\s+(?:posts?|shares?|views?|likes?|replies|reactions?))\s*[:.]?",  # a page's counters
    re.IGNORECASE,
)
_NUMBERS_ONLY = re.compile(r"(?=.*\d)[\d\s.,:/|·•()+-]*[kKmM]?[\d\s.,:/|·•()+-]*")  # "1 2 3 4 5", "1.1k", "02:14"
_LINK = re.compile(
    r"(?:read more|read also|also read|see also|related|watch|listen)\s*[:|]\s*\S.{0,150}"
    r"|(?:read|see) more (?:by|from|about|on) [^.!?]{1,80}",
    re.IGNORECASE,
)
_LINK_TAIL = re.compile(rf".{{0,300}}\b(?-i:More about {_PERSON})", re.IGNORECASE)
# Photo captions and credits: "Photograph: A/AFP", "Photo: 12 of 20", "... Credit...Name/AP".
_CAPTION = re.compile(
    r"(?:photo(?:graph)?s?|images?|pictures?|pic|credits?|captions?|video)\s*(?:credit)?\s*:\s*\S.{0,250}"
    r"|(?:photo|image|picture|slide)s?\s+\d+\s+of\s+\d+\b.{0,200}",
    re.IGNORECASE,
)
_CAPTION_TAIL = re.compile(r".{0,300}\b(?-i:Credit)\s*(?:\.\.\.|…|:)\s*\S.{0,120}", re.IGNORECASE)
# ... and a caption whose credit ends it after a dash: "Ana Ruiz, the new mayor – Photo: Tom Hale"
_CAPTION_DASH = re.compile(r"[^.!?\n]{1,250}?\s[–—|-]\s*(?:photo(?:graph)?|image|picture|foto)s?(?:\s*credit)?\s*:"
                           r"\s*[^.!?\n]{1,80}", re.IGNORECASE)
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
_CREDIT = re.compile(r"(?:[Aa]dditional reporting|[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by [A-Z].{0,200}")
_CREDIT_CONTRIBUTED = re.compile(
    r"[A-Z][^!?\n]{0,200}?\bcontributed (?:reporting|to this (?:report|story|article))\b.{0,120}")
_CREDIT_FROM = re.compile(rf"{_PERSON}(?:(?:,|\s+and)\s+{_PERSON})*\s+reported from [A-Z][\w .,'’-]{{0,80}}")
# Patterns that scan the whole line for a phrase, tried only on lines that have the phrase: run on every
# line of every article, they cost a third of reading a folder when tried on all
_SCANS = ((_LINK_TAIL, "More about"), (_CAPTION_TAIL, "Credit"), (_CAPTION_DASH, ":"),
          (_CREDIT_CONTRIBUTED, "contributed "), (_CREDIT_FROM, "reported from "))
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
        if im and not (im.group("ag") or (nxt and is_date_line(nxt))):
            im = None
        im = im or ((dm := _BYLINE_DATED.fullmatch(rest)) and is_date_line(dm.group("date")) and dm) or None
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


_ASCII_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_LOWER = b"abcdefghijklmnopqrstuvwxyz"


def _is_all_caps_promo(line: str) -> bool:
    """A short line of >= 3 words that is (nearly) all capitals: a headline linking elsewhere."""
    if len(line) > 200 or line.count(" ") < 2:
        return False
    if line.isascii():  # counted in C: this runs on every line of every article
        b = line.encode()
        upper = len(b) - len(b.translate(None, _ASCII_UPPER))
        lower = len(b) - len(b.translate(None, _ASCII_LOWER))
    else:
        upper = sum(map(str.isupper, line))
        lower = sum(map(str.islower, line))
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
    if in_header and (is_date_line(line) or _byline_parts(line, first, nxt)):
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
            or (s[-7:].lower() == "new tab" and _NEW_TAB.fullmatch(s))
            or _SIDEBAR_LINE.fullmatch(s)
            or _LINK.fullmatch(s)
            or _CAPTION.fullmatch(s)
            or _ABOUT.fullmatch(s)
            or _UPDATED.fullmatch(s)
            or _CREDIT.fullmatch(s)
            or (len(s) <= 30 and _NUMBERS_ONLY.fullmatch(s))
            or any(phrase in s and p.fullmatch(s) for p, phrase in _SCANS)
        ):
            return "line"
    if not first and _is_all_caps_promo(line) and not (nxt and nxt.lstrip()[:1] in _QUOTE_OPENERS):
        return "line"  # (but "GERMAN CHANCELLOR ANA RUIZ" over a quote heads her words in a round-up of reactions)
    return None


_QUOTE_OPENERS = "\"“‘«„"


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
            if in_header and ((m := _LABELLED_PREFIX.match(s)) or (first and (m := _OPENING_DATE.match(s)))):
                # blank the date, keep the rest of the line
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


_OUTLET_WORDS = frozenset(
    """news press times post journal agency herald tribune guardian telegraph network media radio tv
    television broadcasting broadcast daily weekly gazette wire monitor observer review magazine online
    channel insider today independent mail express standard chronicle bulletin report service
    corporation agence globe star economist nation hill atlantic world
    ledger courier sentinel enquirer inquirer dispatch examiner advocate register courant messenger mercury
    argus gleaner intelligencer spectator recorder statesman""".split()  # newspapers' own nouns ("Harbor Ledger")
)


def _looks_like_person(part: str) -> bool:
    """2-4 capitalised words, none an outlet word ("News", "Times", "Press"): "Jo Bloggs", "ANN OTHER"."""
    words = part.split()
    if not 2 <= len(words) <= 4:
        return False
    if any(w.lower().strip(".") in _OUTLET_WORDS for w in words):
        return False
    return all(_PERSON_WORD.fullmatch(w) for w in words)
