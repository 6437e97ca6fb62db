"""What every output shows, decided once: which claims, in what order, under which outlet names,
with which value per outlet and which evidence.

Disputes come first (a reader acts on them), then quotes worded differently, then agreements;
claims only one outlet reports are left out unless asked for (``--all``) — the summary still
counts them. Every format (tables, Markdown, JSON, CSV, HTML) takes its rows from here, so they
cannot disagree about what was selected.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .models import Article, Claim, Comparison, Mention

# Order of rows: what needs a decision first. Variants before agreements: their word diff is worth a look.
VERDICT_RANK = {"conflict": 0, "variant": 1, "agree": 2, "identical": 2, "single": 3}
VERDICTS = ("conflict", "variant", "agree", "identical", "single")
ONLY = {
    "conflicts": {"conflict"},
    "agree": {"agree", "identical", "variant"},
    "single": {"single"},
    "identical": {"identical"},
    "variant": {"variant"},
}
TOPIC_NAMES = ("hostages", "prisoners", "deaths", "injured", "aid", "duration", "other", "quotes", "events")
TOPIC_ALIASES = {"quote": "quotes", "event": "events", "timeline": "events", "dates": "events"}


@dataclass(frozen=True, slots=True)
class View:
    """A comparison as shown: the claims selected (in display order) out of all of them."""

    full: Comparison
    claims: list[Claim]
    hidden_single: int = 0  # single-outlet claims that matched but are held back (no ``--all``)

    @property
    def articles(self) -> list[Article]:
        return self.full.articles

    @property
    def has_conflicts(self) -> bool:
        """The exit status follows the rows shown, as grep's follows the lines selected."""
        return any(c.verdict == "conflict" for c in self.claims)


def parse_topics(spec: str | None) -> set[str]:
    """``"hostages, quote"`` -> {"hostages", "quotes"}; ValueError names an unknown topic."""
    out = set()
    for t in (spec or "").split(","):
        t = TOPIC_ALIASES.get(t.strip().lower(), t.strip().lower())
        if t and t not in TOPIC_NAMES:
            raise ValueError(f"unknown topic {t!r} (choose from {', '.join(TOPIC_NAMES)})")
        if t:
            out.add(t)
    return out


def select(cmp: Comparison, only: str | None = None, topics: set[str] | None = None,
           include_single: bool = False) -> View:
    """The claims to show, disputes first; singles only with ``include_single`` or ``only="single"``."""
    verdicts = ONLY[only] if only else None
    keep = []
    hidden = 0
    for c in cmp.claims:
        if topics and c.topic not in topics:
            continue
        if verdicts is not None:
            if c.verdict in verdicts:
                keep.append(c)
        elif include_single or c.verdict != "single":
            keep.append(c)
        else:
            hidden += 1
    # stable: align's order within a rank; a stage row stays right after its conflict
    rank = {c.id: VERDICT_RANK.get(c.verdict, len(VERDICT_RANK)) for c in keep}
    keep.sort(key=lambda c: rank.get(c.extra.get("stage_of", ""), rank[c.id]))
    return View(cmp, keep, hidden)


def without_stages(view: View) -> View:
    """The view as people read it: a conflict's note already says which outlets give each figure, so
    its stage rows (``stage_of``) are for scripts."""
    return View(view.full, [c for c in view.claims if not c.is_stage], view.hidden_single)


def summary_line(view: View) -> str:
    """"92 claims: 1 conflict, 3 variant, 9 agree, 79 single; 13 shown (--all shows single-outlet claims)"."""
    facts = [c for c in view.full.claims if not c.is_stage]
    counts = {v: sum(c.verdict == v for c in facts) for v in VERDICTS}
    bits = [f"{counts[v]} {v}" for v in VERDICTS if counts[v]]
    s = f"{len(facts)} claims: " + (", ".join(bits) if bits else "none")
    shown = sum(not c.is_stage for c in view.claims)
    if shown != len(facts):
        s += f"; {shown} shown"
        if view.hidden_single:
            s += " (--all adds the single-outlet ones)"
    return s


def outlet_labels(articles: Sequence[Article]) -> dict[str, str]:
    """A unique name per article: its outlet where known (from metadata, the text or ``--name``),
    else its id; a second article of one outlet is "CNN #2"."""
    labels: dict[str, str] = {}
    seen: dict[str, int] = defaultdict(int)
    for a in articles:
        base = " ".join((a.outlet if a.outlet_source != "id" else a.id).split()) or a.id
        seen[base] += 1
        labels[a.id] = base if seen[base] == 1 else f"{base} #{seen[base]}"
    return labels


def by_article(claim: Claim) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = defaultdict(list)
    for m in claim.mentions:
        out[m.article].append(m)
    return out


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"


def shorten(s: str, n: int) -> str:
    ws = s.split()
    return " ".join(ws[:n]) + ("…" if len(ws) > n else "")


def values(claim: Claim, ms: Sequence[Mention]) -> list[str]:
    """What one outlet says for one claim, one string per distinct value, as plain (unescaped) text."""
    if not ms:
        return []
    if claim.kind == "count":  # values are numbers (a measure's carry a unit)
        totals = claim.extra.get("totals", {})
        art = ms[0].article
        if art in totals:
            t = totals[art]
            lo, hi = t["low"], t["high"]
            total = _fmt(lo) if lo == hi else f"{_fmt(lo)}–{'∞' if hi is None else _fmt(hi)}"
            return [f"{t['parts']} = {total}"]
        return list(dict.fromkeys(" ".join(m.item.text.split()) for m in ms))
    out = []
    for m in ms:
        it: Any = m.item
        if claim.kind == "quote":
            how = it.cue or ""
            if it.medium and it.medium not in how:
                how = f"{how} [{it.medium}]".strip()
            out.append(f"“{shorten(it.quote, 10)}” — {it.speaker or '?'}" + (f", {how}" if how else ""))
        else:
            out.append(f"{it.date} ({' '.join(it.expression.split())})")
    return list(dict.fromkeys(out))


def cells(claim: Claim, articles: Sequence[Article]) -> dict[str, str]:
    """Article id -> the value it reports for this claim (several joined by " / "); absent if none."""
    mine = by_article(claim)
    return {a.id: " / ".join(values(claim, mine[a.id])) for a in articles if mine.get(a.id)}


def value_groups(claim: Claim, articles: Sequence[Article]) -> list[tuple[str, list[str]]]:
    """(value, article ids) per distinct value, most-reported first: who said what, grouped."""
    groups: dict[str, list[str]] = defaultdict(list)
    for art, v in cells(claim, articles).items():
        groups[v].append(art)
    first = {v: i for i, v in enumerate(groups)}
    return sorted(groups.items(), key=lambda kv: (-len(kv[1]), first[kv[0]]))


def diff_lines(claim: Claim, labels: dict[str, str]) -> list[tuple[str, str]]:
    """A quote's word diffs as (outlet, diff) pairs, named by outlet rather than article id."""
    return [(labels.get(a, a), d) for a, d in (claim.extra.get("diff") or {}).items()]


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset, for "path:line:column" citations."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def evidence(claim: Claim, articles: Sequence[Article]) -> list[dict[str, Any]]:
    """Where each mention of the claim stands: outlet, file, line and column, offsets, sentence."""
    by_id = {a.id: a for a in articles}
    labels = outlet_labels(articles)
    out = []
    for m in claim.mentions:
        a = by_id.get(m.article)
        line, col = line_col(a.text, m.item.start) if a else (None, None)
        out.append({"article": m.article, "outlet": labels.get(m.article, m.article), "path": a.path if a else None,
                    "line": line, "column": col, "start": m.item.start, "end": m.item.end, "text": m.item.text,
                    "sentence": m.item.sentence})
    return out
