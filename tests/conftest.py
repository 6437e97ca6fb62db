"""Shared test fixtures: a synthetic comparison of any number of outlets, built without extraction."""

from __future__ import annotations

import pytest

from ceasefire_cli.models import Article, Claim, Comparison, Count, Event, Mention, Quote


def synthetic(n: int) -> Comparison:
    """``n`` articles about a bus crash: a count three values dispute, one they agree on, a quote, a
    date and a single; every fourth outlet unnamed (shown by its id), names of two words."""
    arts: list[Article] = []
    hurt, freed, said, when = [], [], [], []
    for i in range(n):
        v = (12, 15, 120)[i % 3]
        text = (f"Medics said {v} passengers were hurt when the bus overturned on Tuesday. "
                f"Crews freed 4 drivers. \"We kept digging until dawn,\" said Chief Rosa Lind.")
        a = Article(id=f"bus{i:03d}", path=f"/news/bus{i:03d}.txt", text=text, clean=text,
                    outlet=f"Coast Ledger{i}" if i % 4 else f"bus{i:03d}", outlet_source="byline" if i % 4 else "id")
        arts.append(a)
        s1 = text.index(str(v))
        hurt.append(Mention(a.id, Count(s1, s1 + len(str(v)), str(v), text[:text.index(".") + 1], v, v, v, "exact",
                                        "injured", "passengers")))
        s2 = text.index("4 drivers")
        freed.append(Mention(a.id, Count(s2, s2 + 1, "4", "Crews freed 4 drivers.", 4, 4, 4, "exact", "other",
                                         "drivers")))
        q = text.index("We kept")
        said.append(Mention(a.id, Quote(q, q + 24, text[q:q + 24], text[q - 1:], text[q:q + 24], "Rosa Lind",
                                        "said")))
        t = text.index("on Tuesday")
        when.append(Mention(a.id, Event(t, t + 10, "on Tuesday", text[:text.index(".") + 1], "2024-03-05",
                                        "on Tuesday", "the bus overturned")))
    claims = [
        Claim("c-hurt001", "count", "injured", "passengers — hurt", "conflict", hurt, note="12 vs 15 vs 120"),
        Claim("c-free002", "count", "other", "drivers — freed", "agree", freed),
        Claim("q-said003", "quote", "quotes", "Rosa Lind: We kept digging until dawn", "identical", said),
        Claim("e-when004", "event", "events", "the bus overturned", "agree", when),
        Claim("c-solo005", "count", "other", "cranes — sent", "single", freed[:1]),
    ]
    return Comparison(arts, claims)


@pytest.fixture
def make_comparison():
    return synthetic
