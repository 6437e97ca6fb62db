"""Invented multi-outlet stories (tests/stories: a strike, a court case, an election, a wildfire, a prisoner
swap, a shooting, a ferry sinking, a hurricane, a protest, layoffs, a rail crash, a hotel siege, a truce swap,
quotes, a chemical blast, a flood, a cholera outbreak; and thirteen first scored blind, then tuned on: a
landslide, a hostage raid, a mine collapse, a school kidnapping, a tower collapse, a migrant boat, a festival
crush, a market bombing, a cyclone, an avalanche, a dock strike, a three-day swap, a jet crash; and a swap told
in phases, a jet crash into a suburb, a truce's hostage handover, a flash flood at a camp, a swap told day by
day), written for this project: each conflict row compare reports is one a reader would call a conflict, and no
other row is (tests/stories/conflicts.json, checked by hand). A changed rule that splits a fact, joins two, or
makes a false conflict on any of them fails here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ceasefire_cli import compare_folder

STORIES = Path(__file__).parent / "stories"
EXPECTED = json.loads((STORIES / "conflicts.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("story", sorted(EXPECTED))
def test_the_conflicts_of_an_invented_story(story: str) -> None:
    comparison = compare_folder(STORIES / story)
    got = sorted(({"kind": c.kind, "label": c.label,
                   "mentions": sorted(f"{m.article}:{m.item.text}" for m in c.mentions)}  # type: ignore[union-attr]
                  for c in comparison.claims if c.verdict == "conflict" and "stage_of" not in c.extra),
                 key=lambda r: r["label"])
    assert got == EXPECTED[story]
