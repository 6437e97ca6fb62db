"""Vote splits as checkable figures, on sentences written for these tests."""

from __future__ import annotations

import pytest

from ceasefire_cli.align import align
from ceasefire_cli.extract import extract_article
from ceasefire_cli.models import Article
from ceasefire_cli.votesplits import VOTE, find_vote_splits


def sides(text: str) -> list[tuple[str, float, str]]:
    return [(c.text, c.value, c.measure) for sp in find_vote_splits(text) for c in sp.counts]


@pytest.mark.parametrize(("text", "want"), [
    ("The appeals court ruled 5-4 on Friday that the permit was void.", [("5", 5, "for"), ("4", 4, "against")]),
    ("The council voted 52-48 to close the depot.", [("52", 52, "for"), ("48", 48, "against")]),
    ("The panel convicted the mayor by 6 votes to 3.", [("6", 6, "for"), ("3", 3, "against")]),
    ("The motion was rejected by five to two.", [("five", 5, "for"), ("two", 2, "against")]),
    ("In a 7–2 ruling, the judges sided with the port.", [("7", 7, "for"), ("2", 2, "against")]),
    ("It was approved by a 5-4 majority.", [("5", 5, "for"), ("4", 4, "against")]),
])
def test_a_split_after_a_word_of_voting(text, want):
    assert sides(text) == want


@pytest.mark.parametrize("text", [
    "The home side won 6-2 on Sunday.",  # a score
    "Delegates voted on 3-4 June.",  # a date
    "The board voted 10-15 days ago.",  # a span
    "The talks ran 10 to 15 days.",  # a range
    "Voters backed the plan, 60-70% of them.",
])
def test_no_split_without_a_vote(text):
    assert sides(text) == []


def test_a_split_stands_in_place_of_a_count_read_there():
    text = "The panel convicted the mayor by 6 votes to 3, the court said."
    art = Article(id="a", path="a.txt", text=text, clean=text, outlet="A")
    counts = [m.item for m in extract_article(art) if m.item.kind == "count"]
    assert [(c.text, c.population, c.measure) for c in counts] == [("6", VOTE, "for"), ("3", VOTE, "against")]


def test_outlets_that_split_a_panel_differently_conflict():
    arts = []
    mentions = []
    for id_, text in (("north", "The court ruled 6-3 that the permit was void."),
                      ("south", "The court ruled 5-4 that the permit was void.")):
        art = Article(id=id_, path=f"{id_}.txt", text=text, clean=text, outlet=id_.title())
        arts.append(art)
        mentions += extract_article(art)
    rows = [c for c in align(arts, mentions) if c.kind == "count" and "stage_of" not in c.extra]
    by = {c.extra.get("slots", {}).get("measure") or c.label: c.verdict for c in rows}
    assert "conflict" in by.values() and len(rows) == 2


@pytest.mark.parametrize("text", [
    "The appeals court ruled 5-4 on Friday.", "The council voted 52 - 48 to close it.", "It passed 9– 0.",
    "The panel convicted him by 6 votes to 3.", "THE PANEL CONVICTED HIM BY 6 VOTES TO 3.", "rejected by 1 vote to 0",
    "The motion was rejected by five to two.", "The motion was rejected By Twelve To 103.", "a seven-two ruling",
    "In a 7–2 ruling, the judges sided with the port.", "It was approved by a 5-4 majority.",
])
def test_the_hints_find_every_split(text):
    """The cheap test before the patterns (``_SPLIT_HINTS``) misses no split they find."""
    from ceasefire_cli.votesplits import _AFTER_VERB, _BEFORE_NOUN, _SPLIT_HINTS

    assert _AFTER_VERB.search(text) or _BEFORE_NOUN.search(text)
    assert any(hint.search(text) for hint in _SPLIT_HINTS)
