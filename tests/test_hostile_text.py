"""Hostile text (issue 10): inputs that used to crash, hang or be misread now give a result or one
warning. Every article here is written for the test."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from ceasefire_cli import compare_folder, extract_folder
from ceasefire_cli.align import date_range
from ceasefire_cli.counted import find_counts

# --------------------------------------------------------------------------- numbers beyond floats


@pytest.mark.parametrize("digits", [16, 309, 400, 5000])
def test_numbers_too_long_to_be_counts_are_not_extracted(digits: int) -> None:
    counts = find_counts(f"The convoy carried {'9' * digits} parcels and 12 hostages were freed.")
    assert [c.text for c in counts] == ["12"]


def test_large_sums_are_still_counts() -> None:
    (c,) = find_counts("The plan would cost $1.5 trillion, the minister said.")
    assert c.value == 1.5e12


# --------------------------------------------------------------------------- terminal escapes


def test_ansi_escapes_are_blanked_and_never_read_as_numbers(tmp_path: Path) -> None:
    text = ("\x1b[1mPort blast\x1b[0m\n\nRescuers said \x1b[31m14\x1b[0m people were injured.\n"
            "Logs showed [31mred[0m and ^[[1;33myellow^[[0m markers.\n")
    (tmp_path / "log.txt").write_text(text, encoding="utf-8")
    (art,), mentions = extract_folder(tmp_path, kinds=("count",))
    assert len(art.clean) == len(art.text) == len(text)
    assert "\x1b" not in art.clean and "[31m" not in art.clean
    assert [(m.item.text, m.item.value) for m in mentions] == [("14", 14)]
    for m in mentions:
        assert art.text[m.item.start:m.item.end] == m.item.text


# --------------------------------------------------------------------------- honest page dates

PAGE = """<!doctype html><html><head><title>Harbour cranes repaired</title>{meta}</head><body><article>
<p>Work on the harbour cranes that failed in October 2023 finished on Tuesday, the port authority said.</p>
<p>The authority said 14 cranes were back in service and the last two would follow on Friday.</p>
<p>Shipping lines had waited since Monday for berths, according to a statement from the harbour office.</p>
</article></body></html>
"""


def test_a_page_date_guessed_from_the_body_is_inferred_not_metadata(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(PAGE.format(meta=""), encoding="utf-8")
    (a,), _ = extract_folder(tmp_path, kinds=("count",))
    assert a.published_source == "inferred"  # htmldate's guess from "October 2023", kept only for want of better


def test_a_guessed_page_date_gives_way_to_the_clusters_date(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(PAGE.format(meta=""), encoding="utf-8")
    (tmp_path / "q.md").write_text("---\npublished: 2025-04-30\n---\nThe port authority said 14 cranes were "
                                   "back in service on Tuesday.\n", encoding="utf-8")
    arts, _ = extract_folder(tmp_path, kinds=("count",))
    assert [(a.published, a.published_source) for a in arts] == [("2025-04-30", "inferred"),
                                                                 ("2025-04-30", "metadata")]


def test_a_page_date_from_markup_is_metadata(tmp_path: Path) -> None:
    meta = '<meta property="article:published_time" content="2025-04-30T08:00:00Z">'
    (tmp_path / "p.html").write_text(PAGE.format(meta=meta), encoding="utf-8")
    (a,), _ = extract_folder(tmp_path, kinds=("count",))
    assert (a.published, a.published_source) == ("2025-04-30", "metadata")


# --------------------------------------------------------------------------- the ends of the calendar


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-03", "9999-12-31", "9999-12-27"])
def test_publication_dates_at_the_ends_of_the_calendar_compare(tmp_path: Path, published: str) -> None:
    lines = [
        {"id": "a", "published": published, "text": "Talks resumed on Monday this week. Crews freed 12 people "
         "last Friday, and the port reopened next week after two weeks ago's storm."},
        {"id": "b", "published": published, "text": "Talks resumed this week. Crews freed 14 people on Friday."},
        {"id": "c", "text": "Crews freed 12 people on Friday and Saturday, and again on Saturday."},
    ]
    (tmp_path / "a.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    warnings: list[str] = []
    cmp = compare_folder(tmp_path, warn=warnings.append)
    assert [a.id for a in cmp.articles] == ["a", "b", "c"]
    assert len(warnings) == 2 and all(f"publication date {published} is outside 1000-2999" in w for w in warnings)
    assert all(a.published is None for a in cmp.articles)
    json.dumps(cmp.to_dict(), allow_nan=False)


def test_the_last_week_of_the_calendar_is_a_date_range() -> None:
    assert date_range("9999-W52") == (date(9999, 12, 27), date(9999, 12, 31))


# --------------------------------------------------------------------------- number dumps


def test_a_sentence_that_is_a_dump_of_numbers_is_read_only_up_to_its_allowance() -> None:
    from ceasefire_cli.numbers import find_numbers
    from ceasefire_cli.numerals import MAX_ANCHORS_PER_SENTENCE

    dump = "Scores " + "12 " * 500 + "end."
    text = dump + " Rescuers freed 14 miners on Tuesday."
    nums = find_numbers(text)
    assert len([n for n in nums if n.start < len(dump)]) <= MAX_ANCHORS_PER_SENTENCE
    assert text[nums[-1].start:nums[-1].end] == "14"  # the next sentence is read as usual


def test_a_text_denser_in_numbers_than_any_article_stops_being_read() -> None:
    from ceasefire_cli.numbers import find_numbers
    from ceasefire_cli.numerals import CHARS_PER_ANCHOR

    text = "1\n" * 50_000
    assert 0 < len(find_numbers(text)) <= len(text) // CHARS_PER_ANCHOR


# --------------------------------------------------------------------------- runs after a quote


@pytest.mark.parametrize("run", [".", "-", "...", "--"])
def test_a_long_run_of_marks_after_a_quote_is_read_once(run: str) -> None:
    from ceasefire_cli.quotes import find_quotes

    (q,) = find_quotes("“The cranes will be back in service by Friday,” " + run * 20_000)
    assert q.quote == "The cranes will be back in service by Friday," and q.speaker is None


def test_a_span_over_a_control_character_keeps_the_text_as_written(tmp_path: Path) -> None:
    text = "The mayor said: “We will rebuild\x07 every house in this town,” on Tuesday.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (art,), mentions = extract_folder(tmp_path, kinds=("quote",))
    (m,) = mentions
    assert m.item.text == art.text[m.item.start:m.item.end] and "\x07" in m.item.text
    assert "\x07" not in m.item.quote  # the words themselves are read from the blanked text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="US.A b'-’Jo", max_size=40))
def test_possessive_initials_find_the_names_backtracking_found(text: str) -> None:
    # the possessive "{2,}+" only stops retrying shorter runs of initials, which can never end a name
    from ceasefire_cli import cast

    backtracking = regex.compile(cast._NAME.pattern.replace("{2,}+", "{2,}"))
    assert [m.span() for m in cast._NAME.finditer(text)] == [m.span() for m in backtracking.finditer(text)]


def test_a_run_of_leading_words_thousands_long_is_read_like_a_short_one() -> None:
    from ceasefire_cli.names import _classify

    assert _classify(("The",) * 3000 + ("Red", "Cross", "Society")) == _classify(("The", "Red", "Cross", "Society"))


def test_an_acronym_beside_a_long_capitalised_run_is_spelled_out_in_one_pass() -> None:
    """Spelling 'NA' out by initials reads each run of capitalised words once per start (it once tried every
    pair of words of a run: a page of 600 title-cased words took minutes)."""
    from ceasefire_cli.quotes import find_quotes

    run = " ".join(f"Word{i % 7} Alpha{i % 5}" for i in range(300))
    text = (f"{run}.\n\nNorthern Atlantic Railway shut its yards.\n\n"
            '"We made a fair offer and we are ready to keep talking," NA said.')
    (q,) = find_quotes(text)
    assert q.speaker == "Northern Atlantic Railway (NA)"
