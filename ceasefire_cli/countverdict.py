"""Count claims as told: a claim's verdict, its note of who said what, its label, its stage rows and the key
of its id.

countclaims.py decides which outlets' figures are one fact (``Group``); this module only tells a finished
group to the reader: whether its figures agree, each figure in its outlets' words, a reader's name for the
fact and, within a conflict, the figures outlets state alike. Kept apart because none of it moves a
figure between claims: wording and verdicts change without touching how facts are matched.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .countfacts import (
    HEDGES,
    SLOT_NAMES,
    TOLL_MEASURES,
    Fact,
    fact_value,
    merge_slots,
    slots_clash,
    told_rounded,
)
from .models import PERSONS, Article, Claim
from .textmatch import Interval

_PLURALS = {"child": "children", "woman": "women", "man": "men", "police": "police", "crew": "crew", "staff": "staff",
            "woman and child": "women and children",
            "people": "people", "aid": "aid", "life-sentence": "life-sentence prisoners",
            # nouns whose plural is the word itself
            **{w: w for w in "aircraft sheep deer fish cattle livestock personnel equipment series species".split()}}


@dataclass
class Group:
    """One claim's figures as countclaims.py groups them: what is handed here to be told."""

    slots: dict[str, str]
    facts: list[Fact]
    earlier: list[Fact] = field(default_factory=list)  # an article's other figures for the same running total

    def articles(self) -> set[str]:
        return {f.article for f in self.facts}


def _fmt_num(x: float | None) -> str:
    if x is None:
        return "∞"
    return f"{int(x):,}" if float(x).is_integer() else f"{x:,.2f}"


def _fmt_interval(iv: Interval) -> str:
    if iv[0] == iv[1]:
        return _fmt_num(iv[0])
    return f"{_fmt_num(iv[0]) if iv[0] is not None else '0'}–{_fmt_num(iv[1])}"


def fact_text(f: Fact) -> str:
    """A figure as its outlet words it: the mention that says most ("at least 1,002" over "1,002"; a
    numeral over a headline's "dozens"), or the parts of a sum."""
    if f.parts:
        return " + ".join(m.item.text for m in f.mentions) + f" = {_fmt_interval(f.interval)}"
    best = max(f.mentions, key=lambda m: (m.item.qualifier != "vague", m.item.qualifier != "exact",  # type: ignore[union-attr]
                                          len(m.item.text)))  # type: ignore[union-attr]
    return " ".join(best.item.text.split())


def _as_of(f: Fact, articles: dict[str, Article]) -> str:
    if f.when:
        return f.when
    a = articles.get(f.mentions[0].article)
    return (a.published or "") if a else ""


def who_said_what(facts: Sequence[Fact], articles: dict[str, Article], times: bool = False) -> str:
    """"Fox News: some 50 · CNN, 000: 28": each figure once, after the outlets that give it, lowest first;
    with ``times``, when each was reported."""
    # one figure told in different words ("12", "Twelve") once, in the words most outlets use, digits first
    by_figure: dict[tuple[Any, ...], list[Fact]] = defaultdict(list)
    for f in facts:
        by_figure[(f.interval, f.first.qualifier, f.parts)].append(f)
    by_text: dict[str, list[Fact]] = {}
    for fs in by_figure.values():
        texts = [fact_text(f) for f in fs]
        by_text[min(texts, key=lambda t: (not any(ch.isdigit() for ch in t), -texts.count(t), t))] = fs
    parts = []
    for text, fs in sorted(by_text.items(), key=lambda kv: (kv[1][0].interval[0] or 0.0, kv[0])):
        names = []
        for f in fs:
            when = _as_of(f, articles) if times else ""
            for art_id in dict.fromkeys(m.article for m in f.mentions):
                a = articles.get(art_id)
                name = a.outlet if a else art_id
                names.append(f"{name} ({when})" if when else name)
        parts.append(f"{', '.join(dict.fromkeys(names))}: {text}")
    return " · ".join(parts)


def _band_edges(f: Fact) -> set[float]:
    """The ends of a figure's interval that only a hedge's band sets, short of the figure itself:
    {27000, 33000} for "around 30,000" told alone; none once an outlet also states a bound."""
    if not all(m.item.qualifier in HEDGES for m in f.mentions):  # type: ignore[union-attr]
        return set()
    return {e for e in f.interval if e is not None and e != fact_value(f)}


def _core(f: Fact) -> Interval:
    """A fact's interval without the rounding a bare round figure is read with ("27,000" is 27,000 here)."""
    if all(m.item.qualifier == "exact" for m in f.mentions) and told_rounded(f.first):  # type: ignore[union-attr]
        return fact_value(f), fact_value(f)
    return f.interval


def _verdict(facts: Sequence[Fact]) -> str:
    if len({f.article for f in facts}) < 2:
        return "single"
    # intervals on a line all overlap pairwise exactly when they share a point (Helly)
    lo = max(-math.inf if f.interval[0] is None else f.interval[0] for f in facts)
    hi = min(math.inf if f.interval[1] is None else f.interval[1] for f in facts)
    if lo == hi and any(f.first.qualifier == "more_than" and f.interval[0] == lo for f in facts) \
            and any(f.first.qualifier == "nearly" and f.interval[1] == hi for f in facts) \
            and not any(f.first.qualifier in ("exact", "about") and fact_value(f) == lo for f in facts):
        return "conflict"  # "over 300" and "nearly 300" touch at 300, which neither allows (where no outlet says
        # 300 itself: beside "1.8 million" and "about 1.8 million", both round the same figure)
    cores = [_core(f) for f in facts]
    core_lo = max(-math.inf if c[0] is None else c[0] for c in cores)
    core_hi = min(math.inf if c[1] is None else c[1] for c in cores)
    if core_lo == core_hi and any(core_lo in _band_edges(f) for f in facts):
        return "conflict"  # a hedge's band is open at the far end: "around 30,000" does not reach another
        # outlet's "27,000", which it would have said (both round figures meet exactly at a tenth's edge; the bare
        # one's own rounding, countfacts.told_rounded, does not carry it past the edge)
    return "agree" if lo <= hi else "conflict"


def _plural(w: str) -> str:
    if w in _PLURALS:
        return _PLURALS[w]
    if w.endswith("y") and not w.endswith(("ay", "ey", "oy", "uy")):
        return w[:-1] + "ies"
    return w if w.endswith("s") and not w.endswith("ss") else w + "es" if w.endswith(("ch", "sh", "x", "ss")) \
        else w + "s"


def claim_label(slots: dict[str, str], topic: str) -> str:
    """A reader's name for the fact: "people killed — Mandalay", "dead hostages released (phase 1)",
    "truce length (days)"."""
    population, subgroup, measure = slots["population"], slots["subgroup"], slots["measure"]
    if measure == "length":
        label = f"{population or 'duration'} length ({slots['unit'] or 'day'}s)"  # "(years)" for "25 years"
    elif slots["unit"]:
        label = f"{population or slots['unit']}"
    else:
        who = _plural(population) if population not in PERSONS else population
        if subgroup in ("living", "dead"):
            who = f"{subgroup} {who}"
        elif subgroup:
            who = _PLURALS[subgroup] if population == "people" and subgroup in _PLURALS \
                else f"people {subgroup}" if " " in subgroup and not subgroup[:1].isupper() \
                else f"{subgroup} people" if population == "people" and subgroup[:1].isupper() \
                else _plural(subgroup) if population == "people" \
                else f"{who} ({subgroup})"  # "people on the ground", "British people", "children", "hostages (Russian)"
        label = f"{who} {measure}".strip() if measure else who or topic
    if slots.get("holder"):
        label = f"{slots['holder']}: {label}"
    if slots["place"]:
        label += f" — {slots['place']}"
    if slots["period"]:
        label += f" ({slots['period']})"
    return label


def _topic(facts: Sequence[Fact], population: str = "") -> str:
    """The topic follows the slots: hostages or prisoners where they are the population, else the topic
    most of the claim's mentions carry, hostages and prisoners first (dead hostages are hostages)."""
    if population in ("hostages", "prisoners"):
        return population
    topics = [m.item.topic for f in facts for m in f.mentions]  # type: ignore[union-attr]
    for t in ("hostages", "prisoners"):
        if t in topics:
            return t
    return max(set(topics), key=lambda t: (topics.count(t), t))


def claim(g: Group, articles: dict[str, Article]) -> Claim:
    facts = sorted(g.facts, key=lambda f: (f.article, f.mentions[0].item.start))
    slots = dict(g.slots)
    for f in facts:
        slots = merge_slots(slots, f.slots) if not slots_clash(slots, f.slots) else slots
    verdict = _verdict(facts)
    topic = _topic(facts, slots["population"])
    running = any(f.running for f in facts)
    moods = {f.mood for f in facts} - {""}
    mood = moods.pop() if len(moods) == 1 else ""
    extra: dict[str, Any] = {"slots": {**slots, "running": running, "mood": mood}}
    note = None
    if verdict == "conflict":
        # a toll (killed, injured, missing...) of the people a story counts rises as it is told: outlets' figures
        # of different days are shown with their days, as a running total's are, though none says "so far"
        toll = slots["measure"] in TOLL_MEASURES and slots["population"] == "people" and not slots["period"]
        times = (running or toll) and len({_as_of(f, articles) for f in facts}) > 1
        note = who_said_what(facts, articles, times=times)
        ordered = sorted(facts, key=lambda f: f.interval[0] or 0.0)
        lo, hi = ordered[0].interval[1], ordered[-1].interval[0]
        if lo is not None and hi is not None and hi > lo:
            extra["gap"] = hi - lo
        if times:
            extra["cumulative"] = True
            note = f"running total reported at different times: {note}"
    if any(f.parts for f in facts):
        extra["totals"] = {f.article: {"low": f.interval[0], "high": f.interval[1],
                                       "parts": " + ".join(m.item.text for m in f.mentions)}
                           for f in facts if f.parts}
    mentions = [m for f in [*facts, *g.earlier] for m in f.mentions]
    if g.earlier:
        extra["earlier_figures"] = who_said_what(g.earlier, articles)
    return Claim("", "count", topic, claim_label(slots, topic), verdict, mentions, note, extra)


def _stated(f: Fact) -> float:
    """The figure an article's mentions of one fact come to: after a rounded bound ("over 120 dead" in a
    headline), the figure below it that states where the fact's interval starts ("at least 124"); else
    the first (a correction, "at least 78" after "from 79", is not a refinement)."""
    if f.first.qualifier == "more_than" and any(m.item.value == f.interval[0] for m in f.mentions):  # type: ignore[union-attr]
        return f.interval[0]  # type: ignore[return-value]
    return f.first.value  # type: ignore[return-value]


def _rounds(f: Fact, value: float) -> bool:
    """Whether a hedged figure is ``value`` rounded at its own last digit ("some 2,600", "at least 2,600",
    "nearly 2,700" for 2,637): within one unit of that digit, and allowing ``value``."""
    v = _stated(f)
    if f.first.qualifier == "exact" or v == value or not float(v).is_integer() or v < 10:
        return False
    digits = str(int(v))
    step = 10 ** (len(digits) - len(digits.rstrip("0")))
    lo, hi = f.interval
    return step > 1 and abs(v - value) < step and (lo is None or lo <= value) and (hi is None or value <= hi)


def stage_claims(parent: Claim, g: Group, articles: dict[str, Article]) -> list[Claim]:
    """Within a conflict, each figure that two or more outlets state alike, as a row of its own that
    agrees: "the toll as of Monday, 133", on which three outlets agree, while the toll over the days
    is the conflict ("running total reported at different times"). An outlet's earlier figures
    count too ("rose to 137 from 133"). Its mentions stay in the parent row: a stage is the parent's
    (``stage_of``), and ids, verdict counts and exit status are the parent's business."""
    by_value: dict[float, dict[str, Fact]] = defaultdict(dict)
    stated = [f for f in sorted([*g.facts, *g.earlier], key=lambda f: (f.article, f.mentions[0].item.start))
              if not (f.parts or f.vague) and f.first.value is not None]
    for f in stated:
        by_value[_stated(f)].setdefault(f.article, f)
    if len(by_value) < 2:
        return []
    for value, by_art in by_value.items():
        for f in stated:
            if f.article not in by_art and _rounds(f, value):
                by_art[f.article] = f  # "some 2,600" and "at least 2,600" are the day's 2,637, rounded
    groups = [(value, list(by_art.values())) for value, by_art in sorted(by_value.items())]
    out = []
    for value, facts in groups:
        if len(facts) < 2 or _verdict(facts) != "agree":  # "150" and "more than 150" state no one figure
            continue
        if any(other is not facts and set(map(id, facts)) < set(map(id, other)) for _, other in groups):
            continue  # its outlets' figures all stand in a fuller stage
        times = any(f.running for f in facts) and len({_as_of(f, articles) for f in facts}) > 1
        extra = {"stage_of": parent, "value": value, "slots": parent.extra["slots"]}
        out.append(Claim("", parent.kind, parent.topic, f"{parent.label}: {_fmt_num(value)}", "agree",
                         [m for f in facts for m in f.mentions], who_said_what(facts, articles, times), extra))
    return out


def count_claim_key(c: Claim) -> str:
    """What a count claim is, for its id: its slots and, among claims with the same slots, its figure."""
    s = c.extra.get("slots", {})
    return "|".join(str(s.get(k, "")) for k in SLOT_NAMES if k != "holder" or s.get(k))  # no holder: ids as before


def short_hash(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:7]
