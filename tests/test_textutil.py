"""Sentence and paragraph boundaries used by every extractor."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ceasefire_cli.textutil import (
    aside_end,
    aside_start,
    join_word_lines,
    paragraph_spans,
    reflow,
    sentence_at,
    sentence_spans,
)


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


def test_the_rupee_s_abbreviated_sign_does_not_end_a_sentence():
    assert sents("He paid Rs. 2 million in fines, his aide Rs. 400,000. Both appealed.") == [
        "He paid Rs. 2 million in fines, his aide Rs. 400,000.", "Both appealed."]


def test_a_capital_letter_before_a_pronoun_ends_a_sentence_no_initial_does():
    """No one's surname is "He": "posted on X. He said" is two sentences; "Ana B. Ruiz" one."""
    assert sents("Ana Ruiz posted on X. He said it was over. Ana B. Ruiz left.") == [
        "Ana Ruiz posted on X.", "He said it was over.", "Ana B. Ruiz left."]


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


WRAPPED = (
    "Nov 3 (Wire) - About 9,000 harbour pilots walked off the job\n"
    "on Monday after their union said talks with the port\n"
    "authority had broken down ahead of the busy season.\n"
    "Transport Minister Ada Ruiz, who has twice this year\n"
    "ended strikes in other sectors, said she would not act yet.\n"
    "\"After a year of talks with little to show, pilots made\n"
    "the hard choice to strike,\" the Harbour Pilots\n"
    "Association said in a statement on its website.\n"
    "The port authority said ships would be held at anchor\n"
    "until the pilots returned to work at the three ports.\n"
)


def test_hard_wrapped_lines_are_joined_where_a_sentence_goes_on():
    out = reflow(WRAPPED)
    assert len(out) == len(WRAPPED)
    assert '"After a year of talks with little to show, pilots made the hard choice to strike," the Harbour ' \
           'Pilots Association said' in out
    assert "season.\nTransport" in out  # a line that ends a sentence still ends its paragraph


def test_text_with_a_paragraph_to_a_line_is_left_alone():
    text = "\n".join(["The harbour pilots walked off the job on Monday after talks with the port authority "
                      "broke down, and ships were held at anchor off all three ports."] * 10)
    assert reflow(text) == text
    headline = "Harbour pilots strike\n" + WRAPPED[:120]
    assert reflow(headline).startswith("Harbour pilots strike\n")  # too few lines to tell


@given(st.text(alphabet="ab .,\n\"", max_size=600))
def test_reflow_only_turns_line_breaks_into_spaces(text: str) -> None:
    out = reflow(text)
    assert len(out) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, out, strict=True))


def test_a_page_saved_a_word_to_a_line_reads_as_prose() -> None:
    words = ("The harbour pilots walked off the job on Monday after talks broke down and 40 ships waited at sea"
             " for days").split()
    text = "\n".join(words) + "\n\nNext paragraph"
    out = join_word_lines(text)
    assert out.startswith("The harbour pilots walked off the job on Monday after talks broke down and 40 ships")
    assert "days\n\nNext paragraph" in out  # a blank line still ends the paragraph
    menu = "Home\nWorld\nSport\n" + "\n".join(["The harbour pilots walked off the job on Monday, the union said."] * 20)
    assert join_word_lines(menu) == menu  # a few one-word lines among prose are a menu


@given(st.text(alphabet="ab .,\n", max_size=600))
def test_joining_word_lines_only_turns_line_breaks_into_spaces(text: str) -> None:
    out = join_word_lines(text)
    assert len(out) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, out, strict=True))


def test_asides_close_on_their_line_within_reach() -> None:
    text = "About 900 dockers (VDU members) and 30 pilots—all of them off duty—walked out.\nNext (line"
    i, k = text.index("("), text.index(")")
    assert aside_end(text, i, len(text)) == k and aside_start(text, k, 0) == i
    dash = text.index("—")
    assert aside_end(text, dash, len(text)) == text.index("—", dash + 1)
    assert aside_end(text, text.index("dockers"), len(text)) is None  # opens nothing
    assert aside_end(text, text.rindex("("), len(text)) is None  # never closes
    assert aside_end(text, i, k) is None  # closes past the limit
    assert aside_start(text, k, i + 1) is None  # opens before the floor


def test_regular_singular_of_buses_is_a_bus():
    from ceasefire_cli.textmatch import regular_singular
    assert [regular_singular(w) for w in ("minibuses", "buses", "churches", "seats")] == [
        "minibus", "bus", "church", "seat"]


def test_regular_singular_of_a_short_word_in_xes() -> None:
    from ceasefire_cli.textmatch import regular_singular
    assert [regular_singular(w) for w in ("boxes", "taxes", "faxes", "axes")] == ["box", "tax", "fax", "axe"]
