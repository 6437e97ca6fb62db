"""Sentence and paragraph boundaries used by every extractor."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ceasefire_cli.textutil import paragraph_spans, sentence_at, sentence_spans


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_abbreviations_initials_and_acronyms_do_not_end_sentences():
    text = ("Mr. Okafor met the U.N. envoy on Oct. 3 in St. Paul. David E. Marsh said c. 300 people came. "
            "It rained.")
    assert sents(text) == [
        "Mr. Okafor met the U.N. envoy on Oct. 3 in St. Paul.",
        "David E. Marsh said c. 300 people came.",
        "It rained.",
    ]


def test_quotes_and_line_breaks_end_sentences():
    text = '"We will rebuild." She left.\nA new paragraph without a stop\nAnother one!'
    assert sents(text) == ['"We will rebuild."', "She left.", "A new paragraph without a stop", "Another one!"]


def test_sentence_at_and_paragraphs():
    text = "First one. Second one.\n\nThird."
    assert sentence_at(text, text.index("Second")) == "Second one."
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["First one. Second one.", "Third."]


@given(st.text(max_size=300))
def test_spans_are_ordered_trimmed_and_in_range(text: str):
    spans = sentence_spans(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        last = e


def test_runs_of_end_marks_split_once_at_the_end_of_the_run():
    text = "Really?!?! Yes... the talks went on.. and on?? no capital after this ... run!!! Done."
    assert sents(text) == [
        "Really?!?!", "Yes... the talks went on.. and on?? no capital after this ... run!!!", "Done.",
    ]


def test_a_long_run_of_marks_without_a_capital_after_it_is_one_sentence():
    # used to be read once per mark (quadratic: 100 KB of "?" took minutes); `make fuzzbench` times it
    for mark in "?.!":
        text = "Ask " + mark * 50_000 + " then stop"
        assert sents(text) == [text]
        text = "Ask " + mark * 50_000 + " Then stop"
        assert sents(text) == ["Ask " + mark * 50_000, "Then stop"]
