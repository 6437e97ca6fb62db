"""Copies of one report (a wire story run by two sites) count once."""

from __future__ import annotations

from ceasefire_cli import compare_articles, extract_articles
from ceasefire_cli.copies import find_copies
from ceasefire_cli.models import Article

WIRE = (
    "Floodwaters swept through three river towns on Tuesday, killing 23 people and forcing thousands from "
    "their homes, the regional governor said. Rescue boats worked through the night along the swollen "
    "Marrow river, where the water rose four metres in six hours. \"We have never seen the river climb "
    "this fast,\" said Ilse Varga, who runs a bakery in the lowest street of the old town. The governor "
    "said 61 people had been taken to hospital and that the army would send more helicopters on "
    "Wednesday. Forecasters expect more rain at the weekend, and schools in the valley will stay closed "
    "until the water recedes and engineers have checked the bridges."
)


def art(id_: str, text: str, outlet: str) -> Article:
    return Article(id=id_, path=f"{id_}.txt", text=text, clean=text, outlet=outlet, published="2024-05-08",
                   published_source="text", outlet_source="byline")


def test_a_wire_story_with_its_own_headline_and_a_trimmed_end_is_a_copy():
    site = "Valley towns under water\nBy Wire Staff\n" + WIRE.rsplit(" Forecasters", 1)[0]
    other = ("Three river towns were hit by floods on Tuesday. The governor said 23 people died. \"We have never "
             "seen the river climb this fast,\" a baker, Ilse Varga, told our reporter as boats searched the "
             "streets. Schools remain closed and the army has promised helicopters for the rescue work.")
    arts = [art("b-site", site, "Daily Site"), art("a-wire", WIRE, "Wire"), art("c-own", other, "Own Paper")]
    assert find_copies(arts) == {"b-site": "a-wire"}  # the first in id order is the report
    assert find_copies(list(reversed(arts))) == {"b-site": "a-wire"}


def test_short_texts_are_never_called_copies():
    assert find_copies([art("a", "Floods killed 23 people.", "A"), art("b", "Floods killed 23 people.", "B")]) == {}


def test_a_copy_agreeing_with_its_report_is_one_voice_and_its_edits_are_no_conflict():
    edited = WIRE.replace("killing 23 people", "killing 25 people")
    arts = [art("a-wire", WIRE, "Wire"), art("b-site", edited, "Daily Site")]
    cmp = compare_articles(arts, extract_articles(arts))
    assert [a.copy_of for a in cmp.articles] == [None, "a-wire"]
    assert "conflict" not in {c.verdict for c in cmp.claims}
    assert {c.verdict for c in cmp.claims if c.kind == "count"} == {"single"}
