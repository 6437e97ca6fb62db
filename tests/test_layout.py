"""Layout at any width and any number of outlets: no split words, every value visible, disputes first."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from ceasefire_cli.layout import allocate, atom, grid, words, wrap
from ceasefire_cli.render import OUTLETS_LISTED, sections
from ceasefire_cli.show import comparison_text
from ceasefire_cli.view import cells, outlet_labels, select, summary_line

WIDTHS = (40, 80, 120, 200)
OUTLETS = (5, 20, 60, 500)


def vocabulary(view) -> set[str]:
    """Every word the table may print: any other token would be a fragment of a split word."""
    texts = [summary_line(view), "claim verdict — · … and more outlets: No claim matches the selection."]
    texts += [f"{t} ({len(cs)})" for t, cs in sections(view)]
    labels = outlet_labels(view.articles)
    texts += list(labels.values())
    for c in view.claims:
        texts += [c.id, c.label, c.note or "", c.verdict, *cells(c, view.articles).values()]
    return {w.rstrip(",") for t in texts for w in t.split()}


@pytest.mark.parametrize("n", OUTLETS)
@pytest.mark.parametrize("width", WIDTHS)
def test_table_fits_and_never_splits(make_comparison, n: int, width: int):
    view = select(make_comparison(n))
    layouts: list[str] = []
    out = comparison_text(view, "table", width=width, info=layouts.append)
    lines = out.splitlines()
    vocab = vocabulary(view)
    for line in lines:
        assert line == line.rstrip(), f"trailing space: {line!r}"
        assert cell_len(line) <= width, f"{cell_len(line)} > {width}: {line!r}"
        for tok in line.split():
            tok = tok.rstrip(",")
            assert tok in vocab or re.fullmatch(r"\d+|─+", tok), f"split or unknown word {tok!r} at width {width}"
    # every value visible, the dispute first
    for v in ("12", "15", "120", "4", "2024-03-05"):
        assert re.search(rf"(?<![\w-]){re.escape(v)}(?![\w-])", out), v
    assert out.index("Conflicts (1)") < out.index("Other counts")
    ids = re.findall(r"\b[cqe]-[a-z]+\d{3}\b", out)
    assert ids[0] == "c-hurt001"
    assert "c-solo005" not in out  # a single-outlet claim needs --all
    if n >= 20 or width <= 80:
        assert layouts == [f"layout: blocks ({n} outlet columns at width {width})"]
    elif width == 200:
        assert layouts[0].startswith("layout: grid")


@pytest.mark.parametrize("n", OUTLETS)
def test_blocks_group_outlets_by_value_and_count_them(make_comparison, n: int):
    view = select(make_comparison(n))
    out = comparison_text(view, "table", width=80)
    block = out[out.index("c-hurt001"):out.index("Other counts")]
    groups = re.split(r"\n  (?=\d+ — )", block)[1:]  # one "value — outlets" paragraph each
    assert [g.split()[0] for g in groups] == ["12", "15", "120"][:len(groups)] and len(groups) == min(n, 3)
    listed = 0
    for g in groups:
        g = " ".join(g.split())
        m = re.match(r"\d+ — (\d+) outlets: ", g)
        listed += int(m.group(1)) if m else len(re.findall(r"Coast Ledger\d+|bus\d{3}", g))
    assert listed == n
    if n > 3 * OUTLETS_LISTED:
        assert "more" in block


def test_all_adds_single_outlet_claims_at_the_end(make_comparison):
    view = select(make_comparison(5), include_single=True)
    out = comparison_text(view, "table", width=120)
    assert "c-solo005" in out and out.index("c-hurt001") < out.index("c-solo005")
    assert "shown" not in summary_line(view)


def test_grid_when_it_fits(make_comparison):
    out = comparison_text(select(make_comparison(3)), "table", width=200)
    header = next(line for line in out.splitlines() if line.startswith("claim"))
    assert "Coast Ledger1" in header and "bus000" in header and header.endswith("verdict")


@pytest.mark.parametrize("n", OUTLETS)
def test_markdown_and_html_at_any_number_of_outlets(make_comparison, n: int):
    view = select(make_comparison(n))
    md = comparison_text(view, "markdown")
    assert md.index("## Conflicts") < md.index("## Other counts")
    assert ("|---|" in md) == (n <= 8)
    html = comparison_text(view, "html")
    assert html.count('<td class="cell">') == n * len(view.claims)


# ---------------------------------------------------------------- the layout primitives


@given(st.lists(st.text(alphabet="abcdefghij—", min_size=1, max_size=15), max_size=30), st.integers(1, 60))
def test_wrap_keeps_every_token_whole(tokens: list[str], width: int):
    para = [(t, "") for t in tokens]
    lines = wrap(para, width)
    assert [t for line in lines for t, _ in line] == tokens
    for line in lines:
        if len(line) > 1:  # only a lone token may be wider than the width
            assert sum(cell_len(t) for t, _ in line) + len(line) - 1 <= width


def test_allocate_gives_minimums_or_nothing():
    assert allocate([10, 5], [30, 5], 12) is None
    w = allocate([10, 5], [30, 5], 25)
    assert w == [20, 5]
    assert allocate([3, 3], [4, 50], 100) == [4, 50]  # never wider than needed


def test_grid_refuses_to_split_a_token():
    header = [words("claim"), atom("000_8a47651d0fddd325")]
    rows = [[[words("a label")], [atom("10 + 18 = 28")]]]
    assert grid([[h] for h in header], rows, 20) is None
    lines = grid([[h] for h in header], rows, 40)
    assert lines is not None and any("10 + 18 = 28" in t.plain for t in lines)
    assert all(t.plain == t.plain.rstrip() for t in lines)


def test_measures_have_their_own_section_and_whole_values(make_comparison):
    from ceasefire_cli.models import Claim, Count, Mention

    cmp = make_comparison(3)
    ms = [Mention(a.id, Count(0, 6, "7.7 km", a.text, 7.7, 7.7, 7.7, "exact", "other", "depth", unit="km"))
          for a in cmp.articles]
    cmp.claims.append(Claim("c-depth06", "count", "other", "depth (km)", "agree", ms,
                            extra={"slots": {"measure": "depth", "unit": "km"}}))
    out = comparison_text(select(cmp), "table", width=40)
    assert out.index("Other counts") < out.index("Measures (1)") < out.index("Quotes")
    assert re.search(r"^  7\.7 km — ", out, re.M)


def test_a_note_that_says_who_said_what_is_not_repeated(make_comparison):
    cmp = make_comparison(3)
    conflict = cmp.claims[0]
    conflict.note = "bus000: 12 · Coast Ledger1: 15 · Coast Ledger2: 120"  # the who-said-what note of align
    out = comparison_text(select(cmp), "table", width=60)  # blocks
    block = " ".join(out[out.index("c-hurt001"):out.index("Other counts")].split())
    assert conflict.note in block and "12 — bus000" not in block
    conflict.note = "12 vs 15 vs 120"  # a note that names no outlet: the groups say who
    out = comparison_text(select(cmp), "table", width=60)
    assert "12 — bus000" in out


def test_a_share_of_the_hostages_is_shown_once_under_hostages(make_comparison):
    from ceasefire_cli.models import Claim, Count, Mention

    cmp = make_comparison(3)
    ms = [Mention(a.id, Count(0, 13, "about a third", a.text, 0.33, 0.3, 0.37, "about", "hostages", "hostages",
                               unit="fraction")) for a in cmp.articles]
    cmp.claims.append(Claim("c-share07", "count", "hostages", "hostages dead (share)", "agree", ms,
                            extra={"slots": {"measure": "", "unit": "fraction"}}))
    out = comparison_text(select(cmp), "table", width=60)
    assert out.count("c-share07") == 1 and out.index("Hostages") < out.index("c-share07")
