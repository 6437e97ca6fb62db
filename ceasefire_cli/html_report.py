"""The HTML report: one self-contained page a reader can act on.

Disputes first (who said what, each value linked to its evidence), then the side-by-side table,
then every article's text with each mention's sentence marked. Every cell links to its sentence;
following the link highlights it (CSS ``:target``, no script). The page loads nothing: no
network, no fonts, no images, no script, and a Content-Security-Policy that forbids them, so it
can be mailed or archived as one file. Article text is escaped (``escape.for_html``), so a
``<script>`` in an article is text on the page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .escape import for_html
from .models import Article, Claim, Mention
from .render import SECTIONS
from .view import View, diff_lines, outlet_labels, summary_line, value_groups, values

CSP = "default-src 'none'; style-src 'unsafe-inline'"
CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:80rem;padding:1rem 1.5rem;
color:#1d1d1f;background:#fff}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #ddd}
.summary{color:#444}
.dispute{border-left:4px solid #c62828;padding:.3rem .8rem;margin:.6rem 0;background:#fff5f5}
.dispute .label{font-weight:600}.note{color:#555;font-style:italic}
.dispute ul{margin:.3rem 0;padding-left:1.2rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;font-size:.92rem}
th,td{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}
thead th{background:#f3f3f5;position:sticky;top:0}
tr.section th{background:#fafafa;font-size:1rem}
td.cell{max-width:16rem}td.claim{min-width:16rem}.cid{font-family:ui-monospace,monospace;color:#666;margin-right:.3rem}
.verdict{font-weight:600;white-space:nowrap}
.v-conflict .verdict{color:#c62828}.v-variant .verdict{color:#a66a00}
.v-agree .verdict,.v-identical .verdict{color:#2e7d32}
.v-single .verdict{color:#888}
tr.v-conflict td{background:#fff5f5}
.del{color:#c62828;text-decoration:line-through}.ins{color:#2e7d32}
.ev{display:block;color:#666;font-size:.85rem}
article{border-top:1px solid #eee;padding:.5rem 0}
.text{white-space:pre-wrap;font-family:Georgia,serif;line-height:1.55}
.sent:target{background:#fff1a8;outline:2px solid #e0b000;scroll-margin-top:4rem}
mark{background:#e8eefc;color:inherit;border-radius:2px}
.sent:target mark{background:#ffc94d}
a{color:#1450a0}
"""


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    kind: int  # 0 sentence, 1 mention: a sentence opens before a mention that starts with it
    anchor: str


def _sentence_span(text: str, m: Mention) -> tuple[int, int] | None:
    """Where the mention's sentence stands in the article text (whitespace may differ), if found."""
    ws = m.item.sentence.split()
    if not ws:
        return None
    rx = regex.compile(r"\s+".join(regex.escape(w) for w in ws))
    reach = len(m.item.sentence) * 2 + 200
    lo = max(0, m.item.start - reach)
    for hit in rx.finditer(text, lo, min(len(text), m.item.end + reach)):
        if hit.start() <= m.item.start and m.item.end <= hit.end():
            return hit.start(), hit.end()
    return None


class _Anchors:
    """Ids for every mention of the claims shown: the sentence to link to, nested properly in the text."""

    def __init__(self, articles: Sequence[Article], claims: Sequence[Claim]) -> None:
        self.index = {a.id: i for i, a in enumerate(articles)}
        self.spans: dict[str, list[_Span]] = defaultdict(list)
        self.target: dict[tuple[str, int, int], str] = {}
        texts = {a.id: a.text for a in articles}
        wanted: dict[str, set[tuple[int, int, int]]] = defaultdict(set)
        sent_of: dict[tuple[str, int, int], tuple[int, int] | None] = {}
        for c in claims:
            for m in c.mentions:
                if m.article not in texts or m.item.end <= m.item.start:
                    continue
                key = (m.article, m.item.start, m.item.end)
                s = _sentence_span(texts[m.article], m)
                sent_of[key] = s
                wanted[m.article].add((m.item.start, m.item.end, 1))
                if s:
                    wanted[m.article].add((s[0], s[1], 0))
        for art, spans in wanted.items():
            i = self.index[art]
            stack: list[_Span] = []
            for start, end, kind in sorted(spans, key=lambda t: (t[0], -t[1], t[2])):
                while stack and stack[-1].end <= start:
                    stack.pop()
                if stack and end > stack[-1].end:
                    continue  # crosses an open span: not marked (its link falls back to the sentence or article)
                sp = _Span(start, end, kind, f"{'s' if kind == 0 else 'm'}-{i}-{start}-{end}")
                self.spans[art].append(sp)
                stack.append(sp)
        kept = {(art, sp.start, sp.end, sp.kind): sp.anchor for art, sps in self.spans.items() for sp in sps}
        for (art, start, end), s in sent_of.items():
            sent = kept.get((art, *s, 0)) if s else None
            self.target[(art, start, end)] = sent or kept.get((art, start, end, 1)) or f"a-{self.index[art]}"

    def href(self, m: Mention) -> str:
        return "#" + self.target.get((m.article, m.item.start, m.item.end), f"a-{self.index.get(m.article, 0)}")

    def text_html(self, a: Article) -> str:
        """The article's text with sentences and mentions wrapped, everything else escaped."""
        events: list[tuple[int, int, str]] = []  # (offset, order, html): closes before opens at one offset
        for sp in self.spans.get(a.id, []):
            tag = "span" if sp.kind == 0 else "mark"
            cls = "sent" if sp.kind == 0 else "m"
            events.append((sp.start, 1, f'<{tag} class="{cls}" id="{sp.anchor}">'))
            events.append((sp.end, 0, f"</{tag}>"))
        # closes of inner spans first: sort closes by start descending via a stable trick on the list order
        out, pos = [], 0
        opens_closes = sorted(range(len(events)), key=lambda k: (events[k][0], events[k][1],
                                                                   -k if events[k][1] == 0 else k))
        for k in opens_closes:
            off, _, tag = events[k]
            out.append(for_html(a.text[pos:off], keep_whitespace=True))
            out.append(tag)
            pos = off
        out.append(for_html(a.text[pos:], keep_whitespace=True))
        return "".join(out)


def _diff_html(diff: str) -> str:
    out, pos = [], 0
    for m in regex.finditer(r"\[-(.*?)-\]|\{\+(.*?)\+\}", diff, flags=regex.S):
        out.append(for_html(diff[pos:m.start()]) or (" " if pos else ""))  # "[-a-]{+b+}" reads "a b"
        cls = "del" if m.group(1) is not None else "ins"
        out.append(f'<span class="{cls}">{for_html(m.group(1) if m.group(1) is not None else m.group(2))}</span>')
        pos = m.end()
    out.append(for_html(diff[pos:]))
    return "".join(out)


def _claim_html(c: Claim, labels: dict[str, str]) -> str:
    parts = [f'<span class="cid">{for_html(c.id)}</span>{for_html(c.label)}']
    if c.note:
        parts.append(f'<div class="note">{for_html(c.note)}</div>')
    parts += [f'<div class="diff">{for_html(o)}: {_diff_html(d)}</div>' for o, d in diff_lines(c, labels)]
    return "".join(parts)


def _value_links(c: Claim, ms: list[Mention], anchors: _Anchors, with_evidence: bool) -> str:
    """Each distinct value an outlet reports, linked to the sentence of its first mention."""
    out = []
    for v in values(c, ms):
        first = next((m for m in ms if v in values(c, [m])), ms[0])
        out.append(f'<a href="{anchors.href(first)}">{for_html(v)}</a>')
    html = "<br>".join(out)
    if with_evidence:
        html += "".join(f'<span class="ev">{for_html(m.item.sentence)}</span>' for m in ms)
    return html


def _disputes(view: View, labels: dict[str, str], anchors: _Anchors) -> list[str]:
    conflicts = [c for c in view.claims if c.verdict == "conflict"]
    out = [f'<section id="disputes"><h2>Conflicts ({len(conflicts)})</h2>']
    if not conflicts:
        out.append("<p>No conflicts among the claims shown.</p>")
    for c in conflicts:
        mine = defaultdict(list)
        for m in c.mentions:
            mine[m.article].append(m)
        out.append(f'<div class="dispute" id="d-{for_html(c.id)}"><span class="label">{for_html(c.label)}</span>')
        if c.note:
            out.append(f' <span class="note">— {for_html(c.note)}</span>')
        out.append("<ul>")
        for value, ids in value_groups(c, view.articles):
            who = ", ".join(f'<a href="{anchors.href(mine[i][0])}">{for_html(labels[i])}</a>' for i in ids)
            out.append(f"<li><b>{for_html(value)}</b> — {who}</li>")
        out.append(f'</ul><a href="#r-{for_html(c.id)}">row in the table</a></div>')
    out.append("</section>")
    return out


def _table(view: View, labels: dict[str, str], anchors: _Anchors, with_evidence: bool) -> list[str]:
    arts = view.articles
    # the verdict right after the claim: it stays in view however many outlet columns follow
    out = ['<section id="table"><h2>Side by side</h2><div class="scroll"><table>',
           "<thead><tr><th>claim</th><th>verdict</th>"]
    out += [f'<th><a href="#a-{i}">{for_html(labels[a.id])}</a></th>' for i, a in enumerate(arts)]
    out.append("</tr></thead><tbody>")
    conflicts = [c for c in view.claims if c.verdict == "conflict"]
    rest = [c for c in view.claims if c.verdict != "conflict"]
    groups = [("Conflicts", conflicts)] + [(t, [c for c in rest if pred(c)]) for t, pred in SECTIONS]
    for title, cs in groups:
        if not cs:
            continue
        out.append(f'<tr class="section"><th colspan="{len(arts) + 2}">{title} ({len(cs)})</th></tr>')
        for c in cs:
            mine = defaultdict(list)
            for m in c.mentions:
                mine[m.article].append(m)
            out.append(f'<tr class="v-{for_html(c.verdict)}" id="r-{for_html(c.id)}">'
                       f'<td class="claim">{_claim_html(c, labels)}</td><td class="verdict">{for_html(c.verdict)}</td>')
            for a in arts:
                ms = mine.get(a.id)
                out.append(f'<td class="cell">{_value_links(c, ms, anchors, with_evidence) if ms else ""}</td>')
            out.append("</tr>")
    out.append("</tbody></table></div></section>")
    return out


def write_html(view: View, *, evidence: bool = False) -> str:
    """The whole report as one HTML document (a string)."""
    labels = outlet_labels(view.articles)
    anchors = _Anchors(view.articles, view.claims)
    n_conf = sum(c.verdict == "conflict" for c in view.claims)
    title = f"cfdiff: {len(view.articles)} articles, {n_conf} conflict{'s' if n_conf != 1 else ''}"
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
           '<meta name="viewport" content="width=device-width, initial-scale=1">',
           f"<title>{for_html(title)}</title><style>{CSS}</style></head><body>",
           f'<header><h1>{for_html(title)}</h1><p class="summary">{for_html(summary_line(view))}</p></header>']
    out += _disputes(view, labels, anchors)
    out += _table(view, labels, anchors, evidence)
    out.append('<section id="articles"><h2>Articles</h2>')
    for i, a in enumerate(view.articles):
        meta = ", ".join(x for x in (a.published, a.path) if x)
        out.append(f'<article id="a-{i}"><h3>{for_html(labels[a.id])} <small>{for_html(meta)}</small></h3>'
                   f'<div class="text">{anchors.text_html(a)}</div></article>')
    out.append("</section></body></html>")
    return "\n".join(out) + "\n"
