"""Machine-readable output: JSON, JSONL, CSV, TSV and wide CSV, rendered to a string.

Nothing here goes through Rich, so nothing wraps or gets colour codes. The exact text is kept and
escaped each format's way (``escape``): JSON and JSONL escape every invisible character and U+2028,
U+2029, U+0085 (a JSONL record is one line for any line splitter) and never hold Infinity or NaN;
CSV and TSV cells that a spreadsheet would run as a formula get a leading apostrophe unless
``raw_cells``; TSV escapes backslash, tab and newline so a row is one line.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .escape import delimited_cell, json_text, nonfinite_warning
from .models import Article, Block, Claim, Item, Mention
from .view import View, cells, evidence, outlet_labels

Warn = Callable[[str], None]

ARTICLE_FIELDS = ("id", "path", "outlet", "outlet_source", "published", "published_source",
                  "title", "author", "url", "words", "boilerplate_lines")
MENTION_FIELDS = ("article", "kind", "start", "end", "text", "value", "low", "high", "qualifier", "topic",
                  "subject", "unit", "role", "status", "when", "quote", "speaker", "cue", "medium",
                  "date", "expression", "what", "sentence")
CLAIM_FIELDS = ("claim", "kind", "topic", "label", "verdict", "note", "article", "outlet", "text", "value",
                "low", "high", "qualifier", "speaker", "cue", "medium", "date", "start", "end", "sentence")
EVIDENCE_FIELDS = ("path", "line", "column")  # added to the per-mention CSV/TSV by --evidence
WIDE_FIELDS = ("claim", "kind", "topic", "label", "verdict", "note")  # then one column per outlet


def write_json(obj: Any, warn: Warn | None = None) -> str:
    found: list[str] = []
    text = json_text(obj, indent=2, found=found) + "\n"
    if found and warn:
        warn(nonfinite_warning(found))
    return text


def write_jsonl(rows: Iterable[dict[str, Any]], warn: Warn | None = None) -> str:
    found: list[str] = []
    text = "".join(json_text(r, found=found, where=f"line {i}") + "\n" for i, r in enumerate(rows, 1))
    if found and warn:
        warn(nonfinite_warning(found))
    return text


def write_delimited(header: Sequence[str], rows: Iterable[dict[str, Any]], sep: str, raw_cells: bool = False) -> str:
    """CSV (sep ',') or TSV (sep '\\t') with a fixed header, cells escaped by ``escape.delimited_cell``."""
    tsv = sep == "\t"
    return _delimited([[delimited_cell(h, tsv, raw_cells) for h in header]], tsv) + delimited_rows(
        header, rows, sep, raw_cells)


def delimited_rows(header: Sequence[str], rows: Iterable[dict[str, Any]], sep: str, raw_cells: bool = False) -> str:
    """The lines of ``write_delimited`` after its header: each row is a line (or CSV lines) of its own."""
    tsv = sep == "\t"
    return _delimited(([delimited_cell(r.get(h), tsv, raw_cells) for h in header] for r in rows), tsv)


def _delimited(grid: Iterable[list[str]], tsv: bool) -> str:
    if tsv:
        return "".join("\t".join(line) + "\n" for line in grid)
    out = io.StringIO()
    minimal = csv.writer(out, lineterminator="\n")
    # with "\n" as the line end the csv module leaves a lone "\r" unquoted, and readers end the row there
    quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    for line in grid:
        (quoted if any("\r" in cell for cell in line) else minimal).writerow(line)
    return out.getvalue()


def articles_rows(articles: Sequence[Article]) -> list[dict[str, Any]]:
    return [a.to_dict() for a in articles]


def mention_rows(mentions: Iterable[Mention]) -> Iterator[dict[str, Any]]:
    """Each mention's row, made as the mention comes: rows rendered from an iterator of mentions being
    extracted are written while the workers extract the next ones."""
    return (m.to_dict() for m in mentions)


BLOCK_FORMATS = ("jsonl", "csv", "tsv")  # whose rows stand alone: a file is its header, then each article's rows


@dataclass(frozen=True)
class MentionBlocks:
    """``extract`` output in a format of ``BLOCK_FORMATS``, made article by article: the output is the
    header, then each article's block of rows, as UTF-8 (machine formats are UTF-8 whatever the
    locale). A block depends on the article alone, so the pipeline can cache it (``Pipeline.iter_blocks``)
    and a re-run writes its bytes without decoding or formatting any mention. The one exception: a
    JSONL block with a number written as null, whose warning names the line (which depends on the
    articles before), is made in place, not cached."""

    fmt: str
    raw_cells: bool = False

    @property
    def tag(self) -> str:
        """What the cache keys the blocks by, with the article: the format and its options."""
        return f"mentions {self.fmt}{' raw' if self.raw_cells else ''}"

    def __call__(self, article: str, items: Sequence[Item]) -> bytes | None:
        rows = (Mention(article, it).to_dict() for it in items)
        if self.fmt == "jsonl":
            found: list[str] = []
            text = "".join(json_text(r, found=found) + "\n" for r in rows)
            return None if found else _utf8(text)
        return _utf8(delimited_rows(MENTION_FIELDS, rows, "\t" if self.fmt == "tsv" else ",", self.raw_cells))

    def assemble(self, blocks: Iterable[Block], warn: Warn | None = None) -> bytes:
        """The whole output, as ``write_rows`` makes it from all the mentions (the same text, UTF-8, and
        the same warning)."""
        return b"".join(self.stream(blocks, warn))

    def stream(self, blocks: Iterable[Block], warn: Warn | None = None) -> Iterator[bytes]:
        """``assemble``'s output in pieces, made as the blocks come: the header (b"" for JSONL), then
        each article's rows; the warning of a number written as null comes after the last."""
        if self.fmt != "jsonl":
            yield _utf8(write_delimited(MENTION_FIELDS, (), "\t" if self.fmt == "tsv" else ",", self.raw_cells))
            for b in blocks:
                yield b.data if b.data is not None else self(b.article, b.items) or b""
            return
        yield b""
        found: list[str] = []
        lines = 0  # lines written so far: a block made here numbers its lines in the whole output
        for b in blocks:
            data = b.data
            if data is None:  # JSONL escapes newlines in values, so a line is a mention
                data = _utf8("".join(json_text(Mention(b.article, it).to_dict(), found=found,
                                               where=f"line {lines + i}") + "\n" for i, it in enumerate(b.items, 1)))
            lines += data.count(b"\n")
            yield data
        if found and warn:
            warn(nonfinite_warning(found))


def _utf8(text: str) -> bytes:
    """As ``output`` writes machine formats (a lone surrogate, which the escapes leave none of, as \\udXXX)."""
    return text.encode("utf-8", "backslashreplace")


def write_rows(fmt: str, header: Sequence[str], rows: Iterable[dict[str, Any]], *, raw_cells: bool = False,
               warn: Warn | None = None) -> str:
    """``ingest`` and ``extract`` output: a JSON array, JSONL, CSV or TSV of flat rows (JSONL, CSV and TSV
    take the rows one by one, in one pass)."""
    if fmt == "jsonl":
        return write_jsonl(rows, warn)
    if fmt == "json":
        return write_json(list(rows), warn)
    return write_delimited(header, rows, "\t" if fmt == "tsv" else ",", raw_cells)


def claim_dict(claim: Claim, articles: Sequence[Article], with_evidence: bool = False) -> dict[str, Any]:
    """The contract's claim object; ``--evidence`` adds where each mention stands (outlet, path, line)."""
    d = claim.to_dict()
    if with_evidence:
        d["evidence"] = evidence(claim, articles)
    return d


def comparison_dict(view: View, with_evidence: bool = False) -> dict[str, Any]:
    """The contract's comparison object: the claims shown, disputes first; the summary counts every
    claim and says how many are shown."""
    summary = dict(view.full.summary, shown=len(view.claims))
    return {"articles": [a.to_dict() for a in view.articles],
            "claims": [claim_dict(c, view.articles, with_evidence) for c in view.claims],
            "summary": summary}


def claim_rows(view: View, with_evidence: bool = False) -> list[dict[str, Any]]:
    """One row per claim × mention, for the long CSV/TSV."""
    labels = outlet_labels(view.articles)
    rows = []
    for c in view.claims:
        evs = evidence(c, view.articles) if with_evidence else [{}] * len(c.mentions)
        for m, e in zip(c.mentions, evs, strict=True):
            d = m.to_dict()
            d.update(claim=c.id, kind=c.kind, topic=c.topic, label=c.label, verdict=c.verdict, note=c.note,
                     outlet=labels.get(m.article, m.article))
            d.update({k: e.get(k) for k in EVIDENCE_FIELDS if k in e})
            rows.append(d)
    return rows


def wide_rows(view: View, with_evidence: bool = False) -> tuple[list[str], list[dict[str, Any]]]:
    """One row per claim, one value column per outlet (and an evidence column after each with
    ``--evidence``): the layout a spreadsheet user filters and sorts."""
    labels = {a: f"{n} (outlet)" if n in WIDE_FIELDS else n for a, n in outlet_labels(view.articles).items()}
    header = list(WIDE_FIELDS)
    for a in view.articles:
        header.append(labels[a.id])
        if with_evidence:
            header.append(f"{labels[a.id]} evidence")
    rows = []
    for c in view.claims:
        r: dict[str, Any] = dict(claim=c.id, kind=c.kind, topic=c.topic, label=c.label, verdict=c.verdict,
                                 note=c.note)
        r.update({labels[a]: v for a, v in cells(c, view.articles).items()})
        if with_evidence:
            cites: dict[str, list[str]] = {}
            for e in evidence(c, view.articles):
                cites.setdefault(f"{labels[e['article']]} evidence", []).append(
                    f"{e['line']}:{e['column']} {' '.join(e['sentence'].split())}")
            r.update({k: _fit_cell(v) for k, v in cites.items()})
        rows.append(r)
    return header, rows


SPREADSHEET_CELL = 32_767  # the most characters a spreadsheet cell holds (Excel); Python's csv reads 131,072


def _fit_cell(cites: list[str]) -> str:
    """Citations joined by " / ", as many as a spreadsheet cell holds, then how many were left out
    (every one is in ``--format json``)."""
    out: list[str] = []
    size = 0
    for i, cite in enumerate(cites):
        more = f" / … {len(cites) - i} more (all in --format json)"
        if size + len(cite) + 3 + len(more) > SPREADSHEET_CELL:
            return " / ".join(out) + more if out else more.removeprefix(" / ")
        out.append(cite)
        size += len(cite) + 3
    return " / ".join(out)


def write_comparison(view: View, fmt: str, *, with_evidence: bool = False, raw_cells: bool = False,
                     warn: Warn | None = None) -> str:
    """A comparison as json (the contract's object), jsonl (a claim a line), csv/tsv (a mention a
    row) or wide-csv (a claim a row, an outlet a column)."""
    if fmt == "json":
        return write_json(comparison_dict(view, with_evidence), warn)
    if fmt == "jsonl":
        return write_jsonl([claim_dict(c, view.articles, with_evidence) for c in view.claims], warn)
    if fmt == "wide-csv":
        header, rows = wide_rows(view, with_evidence)
        return write_delimited(header, rows, ",", raw_cells)
    fields = CLAIM_FIELDS + (EVIDENCE_FIELDS if with_evidence else ())
    return write_delimited(fields, claim_rows(view, with_evidence), "\t" if fmt == "tsv" else ",", raw_cells)
