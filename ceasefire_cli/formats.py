"""Machine-readable writers: JSON, JSONL, CSV and TSV, written straight to a stream.

Nothing here goes through Rich, so nothing wraps or gets colour codes; control characters from
article text are escaped by ``json`` and removed from CSV/TSV cells (``sanitize`` also serves the
human-readable output in ``render``).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import Any, TextIO

import regex

from .models import Article, Comparison, Mention

# C0 controls except tab/newline, DEL, C1 controls: terminal escape sequences start with these.
_CONTROL = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def sanitize(s: str) -> str:
    """Remove control characters so no escape sequence from an article reaches a terminal."""
    return _CONTROL.sub("", s)


def _dumps(obj: Any, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def write_json(obj: Any, out: TextIO) -> None:
    out.write(_dumps(obj, indent=2) + "\n")


def write_jsonl(rows: Sequence[dict[str, Any]], out: TextIO) -> None:
    for r in rows:
        out.write(_dumps(r) + "\n")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return sanitize(str(v)).replace("\n", " ")


def write_delimited(header: Sequence[str], rows: Sequence[dict[str, Any]], out: TextIO, sep: str) -> None:
    """CSV (sep ',') or TSV (sep '\\t') with a fixed header; TSV cells never contain tabs."""
    if sep == "\t":
        out.write("\t".join(header) + "\n")
        for r in rows:
            out.write("\t".join(_cell(r.get(h)).replace("\t", " ") for h in header) + "\n")
        return
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow([_cell(r.get(h)) for h in header])


ARTICLE_FIELDS = ("id", "path", "outlet", "outlet_source", "published", "published_source",
                  "title", "author", "url", "words", "boilerplate_lines")
MENTION_FIELDS = ("article", "kind", "start", "end", "text", "value", "low", "high", "qualifier", "topic",
                  "subject", "unit", "role", "status", "when", "quote", "speaker", "cue", "medium",
                  "date", "expression", "what", "sentence")
CLAIM_FIELDS = ("claim", "kind", "topic", "label", "verdict", "note", "article", "outlet", "text", "value",
                "low", "high", "qualifier", "speaker", "cue", "medium", "date", "start", "end", "sentence")


def articles_rows(articles: Sequence[Article]) -> list[dict[str, Any]]:
    return [a.to_dict() for a in articles]


def mention_rows(mentions: Sequence[Mention]) -> list[dict[str, Any]]:
    return [m.to_dict() for m in mentions]


def claim_rows(cmp: Comparison) -> list[dict[str, Any]]:
    """One row per claim × article mention, for CSV/TSV."""
    outlets = {a.id: a.outlet for a in cmp.articles}
    rows = []
    for c in cmp.claims:
        for m in c.mentions:
            d = m.to_dict()
            d.update(claim=c.id, kind=c.kind, topic=c.topic, label=c.label, verdict=c.verdict, note=c.note,
                     outlet=outlets.get(m.article, m.article))
            rows.append(d)
    return rows


def write_rows(fmt: str, header: Sequence[str], rows: Sequence[dict[str, Any]], out: TextIO) -> None:
    if fmt == "jsonl":
        write_jsonl(rows, out)
    elif fmt == "json":
        write_json(list(rows), out)
    else:
        write_delimited(header, rows, out, "\t" if fmt == "tsv" else ",")


def write_comparison(cmp: Comparison, fmt: str, out: TextIO) -> None:
    """Write a comparison as json (the contract's object), jsonl (a claim a line), csv or tsv."""
    if fmt == "json":
        write_json(cmp.to_dict(), out)
    elif fmt == "jsonl":
        write_jsonl([c.to_dict() for c in cmp.claims], out)
    else:
        write_delimited(CLAIM_FIELDS, claim_rows(cmp), out, "\t" if fmt == "tsv" else ",")
