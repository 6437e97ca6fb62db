"""Human-readable output: Rich tables (terminal or plain when piped) and Markdown tables.

Article text is always wrapped in ``Text`` (never parsed as markup) and stripped of control
characters, so "[sic]", "[/i]" or an escape sequence in an article prints as written or not at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TextIO

import regex
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .formats import sanitize
from .models import Article, Claim, Comparison, Mention

SECTIONS = (
    ("Hostages", lambda c: c.kind == "count" and c.topic == "hostages"),
    ("Prisoners", lambda c: c.kind == "count" and c.topic == "prisoners"),
    ("Deaths and injured", lambda c: c.kind == "count" and c.topic in ("deaths", "injured")),
    ("Other counts", lambda c: c.kind == "count" and c.topic not in ("hostages", "prisoners", "deaths", "injured")),
    ("Measures", lambda c: c.kind == "measure"),
    ("Quotes", lambda c: c.kind == "quote"),
    ("Timeline", lambda c: c.kind == "event"),
)
VERDICT_STYLE = {"agree": "green", "identical": "green", "variant": "yellow", "conflict": "bold red", "single": "dim"}


def outlet_labels(articles: Sequence[Article]) -> dict[str, str]:
    """Short, unique column labels: the outlet where known, else a short id."""
    labels: dict[str, str] = {}
    seen: dict[str, int] = defaultdict(int)
    for a in articles:
        base = a.outlet if a.outlet_source != "id" else a.id[:12]
        base = sanitize(base)[:18]
        seen[base] += 1
        labels[a.id] = base if seen[base] == 1 else f"{base} #{seen[base]}"
    return labels


def _shorten(s: str, n: int) -> str:
    ws = s.split()
    return " ".join(ws[:n]) + ("…" if len(ws) > n else "")


def cell_text(claim: Claim, ms: list[Mention], evidence: bool) -> str:
    """What one outlet says for one claim, as plain text."""
    parts: list[str] = []
    if claim.kind in ("count", "measure"):
        totals = claim.extra.get("totals", {})
        art = ms[0].article
        if art in totals:
            t = totals[art]
            lo, hi = t["low"], t["high"]
            total = f"{lo:,.0f}" if lo == hi else f"{lo:,.0f}–{'∞' if hi is None else f'{hi:,.0f}'}"
            parts.append(f"{t['parts']} = {total}")
        else:
            parts.append(" / ".join(dict.fromkeys(m.item.text for m in ms)))
    elif claim.kind == "quote":
        for m in ms:
            q = m.item
            how = q.cue or ""
            if q.medium and q.medium not in how:
                how = f"{how} [{q.medium}]".strip()
            parts.append(f"“{_shorten(q.quote, 10)}” — {q.speaker or '?'}" + (f", {how}" if how else ""))
    else:
        for m in ms:
            parts.append(f"{m.item.date} ({m.item.expression})")
    if evidence:
        for m in ms:
            parts.append(f"  ‹{m.article} {m.item.start}-{m.item.end}› {m.item.sentence}")
    return sanitize("\n".join(parts))


def _rows(claims: Sequence[Claim], articles: Sequence[Article], evidence: bool) -> list[tuple[Claim, list[str]]]:
    out = []
    for c in claims:
        by_art: dict[str, list[Mention]] = defaultdict(list)
        for m in c.mentions:
            by_art[m.article].append(m)
        out.append((c, [cell_text(c, by_art[a.id], evidence) if by_art.get(a.id) else "" for a in articles]))
    return out


def _label(c: Claim) -> str:
    s = f"{c.id} {c.label}"
    if c.note:
        s += f"\n{c.note}"
    if c.kind == "quote" and c.extra.get("diff"):
        s += "\n" + "\n".join(f"{a[:12]}: {d}" for a, d in c.extra["diff"].items())
    return sanitize(s)


_DIFF = regex.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", regex.S)


def _styled_label(c: Claim) -> Text:
    """The claim label with its note, and a quote's word diff coloured like `git diff --word-diff`."""
    t = Text(_label(c))
    plain = t.plain
    for m in _DIFF.finditer(plain):
        t.stylize("red" if m.group(1) is not None else "green", m.start(), m.end())
    return t


def summary_line(cmp: Comparison) -> str:
    s = cmp.summary
    bits = [f"{s[v]} {v}" for v in ("agree", "identical", "variant", "conflict", "single") if s[v]]
    return f"{s['claims']} claims: " + (", ".join(bits) if bits else "none")


def render_tables(cmp: Comparison, console: Console, evidence: bool = False) -> None:
    """Print one Rich table per section; only columns for articles are shown, one per outlet."""
    labels = outlet_labels(cmp.articles)
    for title, pred in SECTIONS:
        claims = [c for c in cmp.claims if pred(c)]
        if not claims:
            continue
        table = Table(title=Text(title, style="bold"), box=box.SIMPLE_HEAD, show_lines=True,
                      title_justify="left", expand=False)
        table.add_column("claim", overflow="fold", ratio=3)
        for a in cmp.articles:
            table.add_column(Text(labels[a.id]), overflow="fold", ratio=2)
        table.add_column("verdict", overflow="fold", no_wrap=True)
        for c, cells in _rows(claims, cmp.articles, evidence):
            table.add_row(_styled_label(c), *[Text(x) for x in cells],
                          Text(c.verdict, style=VERDICT_STYLE.get(c.verdict, "")))
        console.print(table)
    console.print(Text(summary_line(cmp)))


def render_articles(articles: Sequence[Article], console: Console) -> None:
    """The ingest inventory: one row per article."""
    table = Table(title=Text("Articles", style="bold"), box=box.SIMPLE_HEAD, title_justify="left")
    for col in ("id", "outlet", "published", "words", "boilerplate lines", "title"):
        table.add_column(col, overflow="fold")
    for a in articles:
        pub = f"{a.published or '—'} ({a.published_source})"
        table.add_row(*(Text(sanitize(x)) for x in (a.id, f"{a.outlet} ({a.outlet_source})", pub, str(a.words),
                                                     str(len(a.boilerplate)), a.title or "")))
    console.print(table)


def render_mentions(articles: Sequence[Article], mentions: Sequence[Mention], console: Console) -> None:
    """`extract` as a table: one table per article, one row per mention."""
    by_art: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_art[m.article].append(m)
    for a in articles:
        table = Table(title=Text(f"{a.id} — {a.outlet}", style="bold"), box=box.SIMPLE_HEAD, title_justify="left")
        for col in ("kind", "span", "value / speaker / date", "detail"):
            table.add_column(col, overflow="fold")
        for m in by_art.get(a.id, []):
            it = m.item
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
            span = f"{it.start}-{it.end} {_shorten(it.text, 14)}"
            table.add_row(*(Text(sanitize(x)) for x in (it.kind, span, main, detail)))
        console.print(table)


def _md(s: str) -> str:
    return sanitize(s).replace("|", "\\|").replace("\n", "<br>")


def write_markdown(cmp: Comparison, out: TextIO, evidence: bool = False) -> None:
    """The same sections as the terminal tables, as GitHub-flavoured Markdown."""
    labels = outlet_labels(cmp.articles)
    for title, pred in SECTIONS:
        claims = [c for c in cmp.claims if pred(c)]
        if not claims:
            continue
        out.write(f"## {title}\n\n")
        head = ["claim", *(labels[a.id] for a in cmp.articles), "verdict"]
        out.write("| " + " | ".join(_md(h) for h in head) + " |\n")
        out.write("|" + "---|" * len(head) + "\n")
        for c, cells in _rows(claims, cmp.articles, evidence):
            out.write("| " + " | ".join(_md(x) for x in (_label(c), *cells, c.verdict)) + " |\n")
        out.write("\n")
    out.write(summary_line(cmp) + "\n")
