"""Output for people: terminal tables and blocks, and Markdown.

Disputes come first: a summary line, then the conflicts with who said what, then each topic's
agreements (and single-outlet claims with ``--all``). When the outlet columns fit the width every
section is a side-by-side grid; when they do not (many outlets, a narrow screen) every claim is a
block of "value — outlets" lines instead, with outlets grouped by the value they report. Words,
ids and numbers are never split (see ``layout``). Everything from an article, a file name or
front matter passes through ``escape.for_people`` (or ``for_markdown``): no escape sequence, bidi
override or zero-width character reaches the reader, and Rich never parses it as markup.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

import regex
from rich.console import Console
from rich.text import Text

from . import patterns
from .escape import for_markdown, for_people
from .layout import Cell, Para, atom, block, grid, grid_lines, grid_widths, words
from .models import Article, Claim, Mention
from .view import (
    View,
    by_article,
    cells,
    diff_lines,
    evidence,
    outlet_labels,
    shorten,
    summary_line,
    value_groups,
    values,
)

_TOPIC_SECTIONS = frozenset({"hostages", "prisoners", "deaths", "injured"})  # a section of their own each
SECTIONS: tuple[tuple[str, Callable[[Claim], bool]], ...] = (
    ("Hostages", lambda c: c.kind == "count" and c.topic == "hostages"),
    ("Prisoners", lambda c: c.kind == "count" and c.topic == "prisoners"),
    ("Deaths and injured", lambda c: c.kind == "count" and c.topic in ("deaths", "injured")),
    ("Other counts", lambda c: c.kind == "count" and not c.has_unit
     and c.topic not in ("hostages", "prisoners", "deaths", "injured")),
    # a value with a unit (magnitude, km, percent, money) of no topic above: "a third of the hostages" is theirs
    ("Measures", lambda c: c.has_unit and not (c.kind == "count" and c.topic in _TOPIC_SECTIONS)),
    ("Quotes", lambda c: c.kind == "quote"),
    ("Timeline", lambda c: c.kind == "event"),
)
VERDICT_STYLE = {"agree": "green", "identical": "green", "variant": "yellow", "conflict": "bold red", "single": "dim"}
# Readability floors for a grid (columns narrower than this read badly): below them, blocks instead.
CLAIM_FLOOR = 24  # the claim column: an id and a few words of label per line
OUTLET_FLOOR = 8  # an outlet column: "some 50", "2025-07-24"
OUTLETS_LISTED = 10  # a value's outlets listed by name in a block; beyond, "… and N more" (60 outlets stay 2-3 lines)
MARKDOWN_MAX_COLUMNS = 8  # outlets; a wider Markdown table is unreadable in a viewer: lists instead


def sections(view: View) -> list[tuple[str, list[Claim]]]:
    """("Conflicts", [...]) first, then each topic's other claims, in the view's order."""
    out = [("Conflicts", [c for c in view.claims if c.verdict == "conflict"])]
    rest = [c for c in view.claims if c.verdict != "conflict"]
    out += [(title, [c for c in rest if pred(c)]) for title, pred in SECTIONS]
    return [(t, cs) for t, cs in out if cs]


# ---------------------------------------------------------------- cells


def _value_para(claim: Claim, v: str) -> Para:
    """A count value never breaks ("10 + 18 = 28"); a quote or a date expression breaks at spaces."""
    return atom(for_people(v)) if claim.kind == "count" else words(for_people(v))


def _evidence_paras(claim: Claim, articles: Sequence[Article], only: set[str] | None = None) -> list[Para]:
    out = []
    for e in evidence(claim, articles):
        if only is None or e["article"] in only:
            cite = f"‹{for_people(e['outlet'])} {e['line']}:{e['column']}›"
            out.append([(cite, "dim"), *words(for_people(e["sentence"]), "dim")])
    return out


_DIFF = patterns.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", regex.S)


def _diff_para(outlet: str, diff: str) -> Para:
    """A quote's word diff, coloured like ``git diff --word-diff``: removed red, added green."""
    para: Para = [(for_people(outlet) + ":", "dim")]
    pos = 0
    for m in _DIFF.finditer(diff):
        para += words(for_people(diff[pos:m.start()]))
        para += words(for_people(m.group()), "red" if m.group(1) is not None else "green")
        pos = m.end()
    return para + words(for_people(diff[pos:]))


def claim_cell(claim: Claim, labels: dict[str, str]) -> Cell:
    """The claim column: id and label, the note (who said what, the gap), a quote's word diffs."""
    cell: Cell = [[(for_people(claim.id), "bold"), *words(for_people(claim.label))]]
    if claim.note:
        cell.append(words(for_people(claim.note), "italic"))
    cell += [_diff_para(o, d) for o, d in diff_lines(claim, labels)]
    return cell


def _verdict(claim: Claim) -> Para:
    return atom(claim.verdict, VERDICT_STYLE.get(claim.verdict, ""))


def _grid_header(articles: Sequence[Article], labels: dict[str, str]) -> list[Cell]:
    return [[words("claim")], *([words(for_people(labels[a.id]))] for a in articles), [words("verdict")]]


def _grid_row(c: Claim, articles: Sequence[Article], labels: dict[str, str], show_evidence: bool) -> list[Cell]:
    mine = by_article(c)
    row: list[Cell] = [claim_cell(c, labels)]
    for a in articles:
        cell: Cell = [_value_para(c, v) for v in values(c, mine.get(a.id, []))]
        if show_evidence and mine.get(a.id):
            cell += _evidence_paras(c, articles, {a.id})
        row.append(cell)
    row.append([_verdict(c)])
    return row


def _outlet_list(ids: Sequence[str], labels: dict[str, str]) -> Para:
    names = [for_people(labels[i]) for i in ids]
    shown = names if len(names) <= OUTLETS_LISTED else names[:OUTLETS_LISTED]
    para: Para = []
    if len(names) > OUTLETS_LISTED:
        para.append((f"{len(names)} outlets:", "dim"))
    for k, n in enumerate(shown):
        last = k == len(shown) - 1
        para += words(n + ("" if last else ","))  # a long name may wrap between its words, never inside one
    if len(names) > OUTLETS_LISTED:
        para += words(f"… and {len(names) - len(shown)} more", "dim")
    return para


def _note_says_who(note: str | None, groups: list[tuple[str, list[str]]], labels: dict[str, str]) -> bool:
    """True when the note already names every value and every outlet ("CNN, AP: 28 · Fox News: some 50"):
    the "value — outlets" lines would only repeat it."""
    return bool(note) and all(v in note and all(labels[i] in note for i in ids) for v, ids in groups)  # type: ignore[operator]


def claim_block(claim: Claim, articles: Sequence[Article], labels: dict[str, str], width: int,
                show_evidence: bool) -> list[Text]:
    """One claim as a block: id, label and verdict; the note; "value — outlets" lines; evidence."""
    head = [(for_people(claim.id), "bold"), ("·", "dim"), *_verdict(claim), ("·", "dim"),
            *words(for_people(claim.label))]
    lines: list[tuple[int, Para]] = [(0, head)]
    if claim.note:
        lines.append((2, words(for_people(claim.note), "italic")))
    groups = value_groups(claim, articles)
    if show_evidence or not _note_says_who(claim.note, groups, labels):
        for value, ids in groups:
            lines.append((2, [*_value_para(claim, value), ("—", "dim"), *_outlet_list(ids, labels)]))
            if show_evidence:
                lines += [(6, p) for p in _evidence_paras(claim, articles, set(ids))]
    lines += [(2, _diff_para(o, d)) for o, d in diff_lines(claim, labels)]
    return block(lines, width, hang=2)


def render_compare(view: View, console: Console, *, evidence: bool = False,
                   info: Callable[[str], None] | None = None) -> str:
    """Print the comparison for people; returns the layout used ("grid" or "blocks")."""
    width = console.width
    labels = outlet_labels(view.articles)
    _say(console, summary_line(view))
    secs = sections(view)
    if not secs:
        _say(console, "No claim matches the selection.")
        return "none"
    header = _grid_header(view.articles, labels)
    rows = {id(c): _grid_row(c, view.articles, labels, evidence) for _, cs in secs for c in cs}
    floors = [CLAIM_FLOOR, *([OUTLET_FLOOR] * len(view.articles)), 0]
    widths = grid_widths(header, list(rows.values()), width, floors=floors)
    layout = "grid" if widths is not None else "blocks"
    if info:
        info(f"layout: {layout} ({len(view.articles)} outlet columns at width {width})")
    for title, cs in secs:
        console.print()
        _say(console, f"{title} ({len(cs)})", "bold underline")
        if widths is not None:
            lines = grid_lines(header, [rows[id(c)] for c in cs], widths)
        else:
            lines = []
            for i, c in enumerate(cs):
                if i:
                    lines.append(Text())
                lines += claim_block(c, view.articles, labels, width, evidence)
        for line in lines:
            console.print(line, soft_wrap=True)
    return layout


def _say(console: Console, line: str, style: str = "") -> None:
    """A line of our own words, wrapped at spaces within the width, no trailing space."""
    for t in block([(0, words(line, style))], console.width, hang=0):
        console.print(t, soft_wrap=True)


# ---------------------------------------------------------------- ingest and extract


def _table_or_records(console: Console, title: str, header: list[str], rows: list[list[str]]) -> None:
    """A grid if it fits the width, else one block per row ("field: value" lines)."""
    _say(console, for_people(title), "bold underline")
    body = [[[words(for_people(x))] for x in r] for r in rows]
    g = grid([[words(h)] for h in header], body, console.width) if rows else []
    if g is None:
        g = []
        for i, r in enumerate(rows):
            if i:
                g.append(Text())
            recs: list[tuple[int, Para]] = [(0, [(for_people(r[0]), "bold")])]
            recs += [(2, [(h + ":", "dim"), *words(for_people(x))])
                     for h, x in zip(header[1:], r[1:], strict=True) if x]
            g += block(recs, console.width)
    for line in g:
        console.print(line, soft_wrap=True)


def render_articles(articles: Sequence[Article], console: Console) -> None:
    """The ingest inventory: one row per article."""
    rows = [[a.id, f"{a.outlet} ({a.outlet_source})", f"{a.published or '—'} ({a.published_source})", str(a.words),
             str(len(a.boilerplate)), a.title or ""] for a in articles]
    _table_or_records(console, "Articles", ["id", "outlet", "published", "words", "boilerplate lines", "title"], rows)


def mention_detail(m: Mention) -> tuple[str, str, str, str]:
    """(kind, span, main value, detail) of one mention, as plain text."""
    it: Any = m.item
    if it.kind == "count":
        hi = "∞" if it.high is None else f"{it.high:g}"
        lo = "—" if it.low is None else f"{it.low:g}"
        main = f"{it.value:g} [{lo}, {hi}] {it.qualifier}"
        detail = f"{it.topic}: {it.subject}" + "".join(
            f"; {k} {v}" for k, v in (("unit", it.unit), ("role", it.role), ("status", it.status),
                                      ("when", it.when)) if v)
    elif it.kind == "quote":
        main = it.speaker or "?"
        detail = ", ".join(x for x in (it.cue, it.medium) if x)
    else:
        main = it.date
        detail = it.what
    return it.kind, f"{it.start}-{it.end} {shorten(it.text, 14)}", main, detail


def render_mentions(articles: Sequence[Article], mentions: Sequence[Mention], console: Console) -> None:
    """`extract` for people: one table per article, one row per mention."""
    by_art: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_art[m.article].append(m)
    for i, a in enumerate(articles):
        if i:
            console.print()
        rows = [list(mention_detail(m)) for m in by_art.get(a.id, [])]
        _table_or_records(console, f"{a.id} — {a.outlet}", ["kind", "span", "value / speaker / date", "detail"], rows)


# ---------------------------------------------------------------- Markdown


def write_markdown(view: View, *, evidence: bool = False) -> str:
    """The same sections as the terminal, as GitHub-flavoured Markdown; article text escaped so it
    never becomes markup. Up to ``MARKDOWN_MAX_COLUMNS`` outlets a table, beyond that lists."""
    labels = outlet_labels(view.articles)
    out = [for_markdown(summary_line(view)), ""]
    wide = len(view.articles) > MARKDOWN_MAX_COLUMNS
    for title, cs in sections(view):
        out += [f"## {title} ({len(cs)})", ""]
        if not wide:
            head = ["claim", *(labels[a.id] for a in view.articles), "verdict"]
            out.append("| " + " | ".join(for_markdown(h) for h in head) + " |")
            out.append("|" + "---|" * len(head))
        for c in cs:
            label = " ".join(for_markdown(" ".join(t for t, _ in p)) for p in claim_cell(c, labels)[:1])
            extra = [for_markdown(" ".join(t for t, _ in p)) for p in claim_cell(c, labels)[1:]]
            if not wide:
                vals = cells(c, view.articles)
                row = [for_markdown(vals.get(a.id, "")) for a in view.articles]
                if evidence:
                    for e in _md_evidence(c, view.articles):
                        row[[a.id for a in view.articles].index(e[0])] += "<br>" + e[1]
                out.append("| " + " | ".join([label + "".join(f"<br>{x}" for x in extra), *row, c.verdict]) + " |")
            else:
                out.append(f"- **{label}** — {c.verdict}")
                out += [f"  - {x}" for x in extra]
                for value, ids in value_groups(c, view.articles):
                    names = ", ".join(for_markdown(labels[i]) for i in ids)
                    out.append(f"  - {for_markdown(value)} — {names}")
                if evidence:
                    out += [f"    - {for_markdown(labels[a])}: {s}" for a, s in _md_evidence(c, view.articles)]
        out.append("")
    return "\n".join(out) + ("\n" if out[-1] else "")


def _md_evidence(claim: Claim, articles: Sequence[Article]) -> list[tuple[str, str]]:
    return [(e["article"], f"‹{for_markdown(str(e['line']))}:{e['column']}› {for_markdown(e['sentence'])}")
            for e in evidence(claim, articles)]
