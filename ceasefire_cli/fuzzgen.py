"""Generated hostile input for the fuzz tests and ``fuzzbench``: articles built from news-like tokens,
junk punctuation and hostile Unicode, and folders of them written in every input format.

The token tables are the shared vocabulary: ``tests/test_fuzz.py`` draws from them with hypothesis,
``fuzzbench`` with a seeded ``random.Random`` (the same seed gives the same inputs). Every sentence
here is made up for the purpose.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["HOSTILE", "JUNK", "NEWS", "RUNS", "Folder", "make_folder", "make_text", "write_folder"]

# Words and phrases that wake every extractor: numbers and qualifiers, counted nouns, roles, speech
# verbs and quote marks, weekdays, months and relative dates, bylines, datelines, boilerplate.
NEWS = (
    "the", "a", "and", "of", "in", "on", "to", "was", "were", "said", "says", "told", "reporters", "he", "she",
    "they", "it", "Mr.", "Ms.", "Dr.", "U.S.", "U.N.", "Gen.", "St.", "officials", "the ministry", "police",
    "hostages", "prisoners", "detainees", "people", "civilians", "children", "bodies", "remains", "trucks",
    "aid", "killed", "died", "injured", "wounded", "released", "freed", "held", "remain", "missing",
    "rescued", "at least", "more than", "nearly", "about", "some", "up to", "fewer than", "between", "or more",
    "12", "1,200", "3.5", "40", "250", "10,800", "2024", "1990", "7", "0", "100,000", "a dozen", "two",
    "hundreds", "tens of thousands", "two hundred", "half", "one", "five", "$5m", "€3 billion", "1.5 million",
    "90-day", "30%", "6 km", "magnitude 7.7", "10 hostages", "18 others", "20 of whom", "3-0", "1 in 5",
    "Monday", "Tuesday", "Friday", "Sunday", "last week", "this week", "next week", "two weeks ago",
    "six months ago", "yesterday", "today", "tonight", "overnight", "early on Friday", "last November",
    "Jan. 5", "October 2023", "March 28, 2025", "October 7th, 2023", "the 3rd of May 2021", "2025-07-24",
    "since the war began", "in the past 24 hours",
    "“", "”", '"', "‘", "’", "'", "«", "»", "he said.", "she added,", "according to", "in a statement",
    "(CNN) —", "By Jane Doe", "Published:", "Updated", "Share", "Related", "Read more:", "Advertisement",
    "Copyright 2024", "Photo: AP", "Getty Images", "Sign up for our newsletter", "Reuters", "said in a post on X",
    "Prime Minister", "President Okafor", "Steve Marsh", "Hamas", "Israel", "Gaza", "Doha", "Yangon",
    "ceasefire", "deal", "talks", "phase", "Route 6", "Resolution 2334", "aged 62", "Smith, 62,",
)
# Punctuation and symbols, alone and in runs: the shapes that trip naive patterns.
JUNK = (
    ".", "?", "!", "...", "…", ",", ";", ":", "—", "–", "-", "(", ")", "[", "]", "{", "}", "/", "\\", "*", "#",
    "@", "&", "%", "$", "€", "£", "₪", "|", "_", "~", "^", "`", "<", ">", "=", "+", "?!", "!!!", ". . .",
    "--", "__", "**", "##", "---", "[sic]", "[/i]", "<script>alert(1)</script>", "<img src=x onerror=y>",
    "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)", "http://example.com/a?b=1", "www.", "e.g.", "i.e.", "a.m.",
)
# Characters that break assumptions: escapes and controls, bidi and zero-width marks, line and
# paragraph separators, BOMs, combining marks, letters whose case changes length, other scripts and
# other digits, astral characters.
HOSTILE = (
    "\x1b[31m", "\x1b[0m", "\x1b]0;title\x07", "\x1b", "\x07", "\x08", "\x0b", "\x0c", "\x7f", "\x85", "\x9b",
    "[31m", "^[[0m", "\u202e", "\u202d", "\u2066", "\u200b", "\u200d", "\u200e", "\ufeff", "\u2028", "\u2029",
    "\u00a0", "\u2009", "\u3000", "\t", "\r", "\r\n", "e\u0301", "\u0338", "İ", "ß", "ﬁ", "ŉ", "Σ", "ǅ",
    "١٢", "٣", "１２", "²", "½", "Ⅻ", "\U0001d7d9", "𝟙𝟚", "👍🏽", "🇺🇳", "\U0010ffff", "\ufffd", "\uffff",
    "غزة", "ירושלים", "北京", "Ελλάδα", "Москва", "हिंदी", "ñ", "Å",
)
# Long repeats of one short unit: super-linear patterns show up only on these.
RUNS = (
    "?", ".", "!", "…", ". ", "? ", "a.", "A.", "A. ", "U.S.", "1", "1,", "1.", "1 ", "1-", "12 ", "$", "$1",
    '"', "“", "”", "'", "‘a ", '"a" ', "“a ", " ", "\t", "\u00a0", "-", "—", "(", ")", "[", "/", ",", ", ",
    "a ", "A ", "Aa ", "said ", "he said ", "Mr. ", "one ", "two hundred ", "at least ", "between 1 and ",
    "10 hostages ", "hostages ", "Monday ", "on Monday, ", "January ", "Jan. 1, ", "two weeks ago ",
    "last week ", "2024 ", "\x1b[31m", "[31m", "\u200b", "By ", "A B ", "Aa Bb, ", "\n", "a\n", "\n\n",
)
SUFFIXES = (".txt", ".md", ".json", ".jsonl", ".html")
HOSTILE_NAMES = ("evil\x1b[2J", "new\nline", "rtl\u202ecod.exe", "-dash", " space ", "zw\u200bj", "ü", "..dots")


def _token(r: random.Random) -> str:
    x = r.random()
    if x < 0.72:
        return r.choice(NEWS)
    if x < 0.9:
        return r.choice(JUNK)
    return r.choice(HOSTILE)


def _sentence(r: random.Random) -> str:
    words = [_token(r) for _ in range(r.randint(1, 24))]
    if r.random() < 0.3:  # a quotation with a cue
        q = " ".join(r.choice(NEWS) for _ in range(r.randint(3, 12)))
        words.insert(r.randrange(len(words) + 1), f"“{q},” {r.choice(('he', 'she', 'Ms. Okafor'))} said")
    glue = r.choice((" ", " ", " ", "", "  ", "   "))
    end = r.choice((".", ".", ".", "?", "!", "", "...", ".”", '."'))
    s = glue.join(words) + end
    return s[:1].upper() + s[1:] if r.random() < 0.8 else s


def make_text(r: random.Random, size: int) -> str:
    """An article of about ``size`` characters: prose, a run of one unit, or prose with runs inside."""
    mode = r.random()
    if mode < 0.2:
        unit = r.choice(RUNS)
        head = _sentence(r) + " " if r.random() < 0.5 else ""
        return head + unit * max(1, (size - len(head)) // len(unit))
    parts: list[str] = []
    n = 0
    while n < size:
        if mode > 0.85 and r.random() < 0.05:
            unit = r.choice(RUNS)
            s = unit * max(1, min(size - n, r.randint(10, 5000)) // len(unit))
        else:
            s = " ".join(_sentence(r) for _ in range(r.randint(1, 5)))
        parts.append(s)
        n += len(s) + 2
        parts.append(r.choice(("\n\n", "\n", " ", "\n\n", "\n   \n")))
    return "".join(parts)[: max(size, 1)]


def _size(r: random.Random, big: int) -> int:
    x = r.random()
    if x < 0.75:
        return r.randint(1, 2000)
    if x < 0.95:
        return r.randint(2000, 20_000)
    return r.randint(20_000, big)


# Publication dates: mostly ISO, sometimes a placeholder, a wrong type or words (which go to
# dateparser, ~0.1 s a call: kept rare so the benchmark measures extraction, not dateparser).
_DATES = (None, None, None, "2025-07-24", "2025-07-24", "2023-10-07", "0001-01-01", "9999-12-31", "1000-01-01",
          "July 24, 2025", "", "2025-02-30", "x" * 300, 20250724, 1.5e308, [], {"d": 1}, True)
_WORD_DATES = ("soon", "Thursday", "next week")


@dataclass
class File:
    name: str  # may hold bytes that are not UTF-8 (as os.fsdecode gives them) or escape sequences
    data: bytes


@dataclass
class Folder:
    files: list[File] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (name, target): symlinks, loops included

    @property
    def size(self) -> int:
        return max((len(f.data) for f in self.files), default=0)


def _json_record(r: random.Random, text: str) -> dict:
    rec: dict = {"text": text}
    if r.random() < 0.5:
        rec["published"] = r.choice(_DATES) if r.random() < 0.98 else r.choice(_WORD_DATES)
    if r.random() < 0.5:
        rec["outlet"] = r.choice(("Harbour Gazette", "\x1b[31mRed News", "=HYPERLINK(1)", "", None, 5, "\u202eevil"))
    if r.random() < 0.3:
        rec["id"] = r.choice(("a", "a", "b", "x\ny", 7, None, "\x1b[2J", "-"))
    if r.random() < 0.05:
        rec["text"] = r.choice((5, None, [text], {"t": text}, ""))
    return rec


def _encode_json(r: random.Random, obj: object) -> bytes:
    s = json.dumps(obj, ensure_ascii=r.random() < 0.5)
    if r.random() < 0.05:
        s = s.replace("\\u00e9", "\\ud800", 1).replace('"text": "', '"text": "\\udc80', 1)  # lone surrogates
    return s.encode("utf-8", "surrogatepass")


def _file_data(r: random.Random, suffix: str, text: str) -> bytes:
    front = ""
    if suffix in (".txt", ".md") and r.random() < 0.3:
        pub = r.choice(_DATES)
        front = f"---\noutlet: {r.choice(('Harbour Gazette', 'X', ''))}\npublished: {pub}\n---\n"
    if suffix == ".json":
        recs = [_json_record(r, text)] if r.random() < 0.7 else [_json_record(r, text) for _ in range(r.randint(0, 3))]
        return _encode_json(r, recs[0] if len(recs) == 1 and r.random() < 0.5 else recs)
    if suffix == ".jsonl":
        lines = [_encode_json(r, _json_record(r, t)) for t in text.split("\n\n") if t.strip()] or [b"{}"]
        if r.random() < 0.1:
            lines.insert(0, b"not json")
        return b"\n".join(lines) + b"\n"
    if suffix == ".html":
        paras = "".join(f"<p>{p}</p>\n" for p in text.split("\n") if p.strip())
        meta = '<meta property="article:published_time" content="2025-07-24">' if r.random() < 0.4 else ""
        return f"<html><head><title>{text[:40]}</title>{meta}</head><body><article>{paras}</article></body></html>" \
            .encode("utf-8", "surrogatepass")
    data = (front + text).encode("utf-8", "surrogatepass")
    x = r.random()
    if x < 0.03:
        return (front + text).encode("utf-16")
    if x < 0.05:
        return b"\xef\xbb\xbf" + data
    if x < 0.06:
        return data.replace(b"e", b"\xe9")  # cp1252-style bytes: not UTF-8
    if x < 0.065:
        return data[:50] + b"\x00" + data[50:]
    return data


def make_folder(r: random.Random, big: int = 100_000) -> Folder:
    """A folder of one to four articles of random types, names and sizes, now and then with a hostile
    name, an empty or binary file, a deep JSON, a huge integer, or a symlinked loop."""
    folder = Folder()
    for i in range(r.randint(1, 4)):
        suffix = r.choice(SUFFIXES)
        stem = f"a{i}" if r.random() < 0.85 else f"{r.choice(HOSTILE_NAMES)}{i}"
        if r.random() < 0.02:
            stem = os.fsdecode(b"caf\xe9") + str(i)
        text = make_text(r, _size(r, big))
        folder.files.append(File(stem + suffix, _file_data(r, suffix, text)))
    x = r.random()
    if x < 0.02:
        folder.files.append(File("deep.json", b"[" * 50_000 + b"]" * 50_000))
    elif x < 0.04:
        folder.files.append(File("big.json", b'{"id": ' + b"9" * 5000 + b', "text": "Some 12 hostages."}'))
    elif x < 0.06:
        folder.files.append(File("empty.txt", b""))
    elif x < 0.08:
        folder.files.append(File("blob.txt", bytes(range(256)) * 8))
    elif x < 0.10:
        folder.links.append(("loop", "."))
    return folder


def write_folder(folder: Folder, where: Path) -> Path:
    """Write ``folder`` under the (new, empty) directory ``where``; links that cannot be made are left out."""
    where.mkdir(parents=True, exist_ok=True)
    for f in folder.files:
        try:
            (where / f.name).write_bytes(f.data)
        except (OSError, ValueError):
            (where / f"plain{len(f.name)}{Path(f.name).suffix}").write_bytes(f.data)
    for name, target in folder.links:
        with contextlib.suppress(OSError, NotImplementedError):
            (where / name).symlink_to(target)
    return where
