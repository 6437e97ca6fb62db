"""Tests for ceasefire_cli.ingest: every input format, boilerplate rule, outlet signal, date rule
and bad input, on small files written under tmp_path; plus one check on the repository's seeds."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ceasefire_cli.ingest import (
    InputError,
    clean_text,
    detect_outlet,
    detect_published,
    infer_dates,
    parse_reference_date,
    read_articles,
)
from ceasefire_cli.models import Article
from ceasefire_cli.textutil import blank_controls

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
GOLD = Path("/work/shared/gold/seeds.json")

BODY = (
    "The harbour council voted on Tuesday to close the old ferry terminal, ending weeks of debate.\n"
    "\n"
    '"We have no other choice," the council chair said after the vote, adding that 40 jobs would move.\n'
    "\n"
    "Residents had gathered outside the hall since Monday morning, carrying signs and petitions.\n"
    "\n"
    "The terminal is expected to close within 90 days, according to the council's own estimate.\n"
)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_bytes(content.encode("utf-8"))
    return p


def read(paths: list[Path] | Path, **kw: object) -> tuple[list[Article], list[str]]:
    warnings: list[str] = []
    arts = read_articles(paths if isinstance(paths, list) else [paths], warn=warnings.append, **kw)  # type: ignore[arg-type]
    return arts, warnings


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")}


def blanked(text: str, line: str) -> bool:
    """Whether ``line`` of ``text`` is blanked in its cleaned version."""
    clean, _ = clean_text(text)
    i = text.index(line)
    return clean[i : i + len(line)].strip() == ""


# --------------------------------------------------------------------------- formats


def test_txt_article_text_as_read_and_id_from_file_name(tmp_path: Path) -> None:
    write(tmp_path, "harbour-vote.txt", BODY)
    (a,), warnings = read(tmp_path)
    assert warnings == []
    assert a.id == "harbour-vote"
    assert a.text == BODY
    assert a.clean == BODY
    assert a.outlet == "harbour-vote"
    assert a.outlet_source == "id"
    assert a.published is None
    assert a.published_source == "none"
    assert a.path.endswith("harbour-vote.txt")


def test_crlf_is_read_with_universal_newlines(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY.replace("\n", "\r\n"))
    (a,), _ = read(tmp_path)
    assert a.text == BODY
    assert a.text == (tmp_path / "a.txt").open(encoding="utf-8").read()


def test_md_front_matter_is_metadata_and_stays_in_text(tmp_path: Path) -> None:
    front = (
        "---\n"
        "title: Ferry terminal to close\n"
        "outlet: Harbour Gazette\n"
        'published: "2023-11-02"\n'
        "url: https://example.org/ferry\n"
        "author: Ann Other\n"
        "---\n"
    )
    content = front + BODY
    write(tmp_path, "ferry.md", content)
    (a,), _ = read(tmp_path)
    assert a.text == content
    assert len(a.clean) == len(a.text)
    assert a.clean[: len(front)].strip() == ""
    assert a.clean[len(front) :] == BODY
    assert a.clean.count("\n") == a.text.count("\n")
    # offsets are into the text including front matter
    i = a.text.index("40 jobs")
    assert i > len(front)
    assert a.clean[i : i + 7] == "40 jobs"
    assert (a.title, a.outlet, a.outlet_source) == ("Ferry terminal to close", "Harbour Gazette", "metadata")
    assert (a.published, a.published_source) == ("2023-11-02", "metadata")
    assert (a.url, a.author) == ("https://example.org/ferry", "Ann Other")


def test_dashes_without_key_value_lines_are_not_front_matter(tmp_path: Path) -> None:
    content = "---\nThis is prose, not metadata, and it goes on.\n---\n" + BODY
    write(tmp_path, "rule.md", content)
    (a,), _ = read(tmp_path)
    assert a.clean == content
    assert a.outlet_source == "id"


HTML = """<!doctype html>
<html><head>
<title>Ferry terminal to close | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="og:title" content="Ferry terminal to close">
<meta property="article:published_time" content="2023-11-02T18:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local news</a> <a href="/sport">Sport results</a></nav>
<article>
<p>The harbour council voted on Tuesday to close the old ferry terminal, ending weeks of debate in the town.</p>
<p>"We have no other choice," the council chair said after the vote, adding that 40 jobs would move inland.</p>
<p>Residents had gathered outside the hall since Monday morning, carrying signs and petitions for the mayor.</p>
</article>
<footer>Copyright 2023 Harbour Gazette. All rights reserved. Privacy policy and terms of use.</footer>
</body></html>
"""


def _check_html(a: Article) -> None:
    assert a.id == "ferry"
    assert "40 jobs would move inland" in a.text
    assert "Copyright" not in a.text
    assert "Sport results" not in a.text
    assert (a.outlet, a.outlet_source) == ("Harbour Gazette", "metadata")
    assert (a.published, a.published_source) == ("2023-11-02", "metadata")
    assert a.title == "Ferry terminal to close"
    assert len(a.clean) == len(a.text)


def test_html_via_trafilatura(tmp_path: Path) -> None:
    try:
        import trafilatura  # noqa: F401
    except ImportError as e:
        pytest.skip(f"trafilatura cannot be imported here: {e}")
    write(tmp_path, "ferry.html", HTML)
    (a,), warnings = read(tmp_path)
    assert warnings == []
    _check_html(a)


def test_html_without_trafilatura_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # a broken install: no silent lesser fallback
    write(tmp_path, "ferry.htm", HTML)
    with pytest.raises(InputError, match="trafilatura") as e:
        read(tmp_path)
    assert "\n" not in str(e.value)


def test_html_page_chrome_is_not_in_the_text(tmp_path: Path) -> None:
    page = HTML.replace(
        "<article>",
        "<aside><h3>Most read</h3><ol><li>Storm kills 8</li><li>Markets fall 3%</li></ol></aside><article>",
    ).replace(
        "</article>",
        "<figure><img src='x.jpg'><figcaption>Photo: 12 of 20. Queues at the gate</figcaption></figure>"
        "<p>Sign up for our newsletter to get the 5 biggest stories every morning.</p></article>",
    )
    write(tmp_path, "ferry.html", page)
    before = snapshot(tmp_path)
    (a,), _ = read(tmp_path)
    _check_html(a)
    assert "Storm kills 8" not in a.clean and "12 of 20" not in a.clean
    assert "5 biggest" not in a.clean
    assert "40 jobs would move inland" in a.clean
    assert snapshot(tmp_path) == before


def test_json_object_and_array(tmp_path: Path) -> None:
    write(
        tmp_path,
        "one.json",
        json.dumps({"id": "gaz-1", "text": BODY, "outlet": "Harbour Gazette", "published": "2023-11-02"}),
    )
    write(
        tmp_path,
        "two.json",
        json.dumps(
            [
                {"text": BODY, "title": "Vote", "published": None, "author": "Ann Other", "url": "https://x.test/1"},
                {"id": 7, "text": "Second article text about the same vote, on Tuesday."},
            ]
        ),
    )
    arts, warnings = read(tmp_path)
    assert warnings == []
    assert [a.id for a in arts] == ["gaz-1", "two#1", "7"]
    assert arts[0].text == BODY
    assert (arts[0].outlet, arts[0].outlet_source, arts[0].published) == ("Harbour Gazette", "metadata", "2023-11-02")
    assert (arts[1].title, arts[1].author, arts[1].url) == ("Vote", "Ann Other", "https://x.test/1")
    assert arts[1].outlet == "two#1"
    # null published: inferred from the other article's date
    assert (arts[1].published, arts[1].published_source) == ("2023-11-02", "inferred")


def test_jsonl_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": BODY, "outlet": "A"}),
        "",
        json.dumps({"id": "b", "text": "Another text.", "published": "November 3, 2023"}),
    ]
    write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    arts, warnings = read(tmp_path)
    assert warnings == []
    assert [a.id for a in arts] == ["feed#1", "b"]
    assert arts[1].published == "2023-11-03"
    assert arts[1].text == "Another text."


def test_explicit_file_paths_and_order(tmp_path: Path) -> None:
    b = write(tmp_path, "b.txt", BODY)
    a = write(tmp_path, "a.txt", BODY)
    arts, _ = read([b, a])
    assert [x.id for x in arts] == ["a", "b"]  # the order paths are named in changes nothing (issue 9)
    arts, _ = read(tmp_path)
    assert [x.id for x in arts] == ["a", "b"]


def test_duplicate_ids_get_a_suffix(tmp_path: Path) -> None:
    write(tmp_path, "x/story.txt", BODY)
    write(tmp_path, "y/story.md", BODY)
    write(tmp_path, "y/story-2.txt", BODY)
    arts, _ = read([tmp_path / "x", tmp_path / "y"])
    ids = [a.id for a in arts]
    assert len(set(ids)) == 3
    assert ids[0] == "story"
    assert "story-2" in ids


def test_subfolders_only_when_recursive(tmp_path: Path) -> None:
    write(tmp_path, "top.txt", BODY)
    write(tmp_path, "sub/deep.txt", BODY)
    write(tmp_path, ".git/HEAD.txt", BODY)
    arts, warnings = read(tmp_path)
    assert [a.id for a in arts] == ["top"]
    assert len(warnings) == 2
    assert any("sub" in w and "recursive" in w for w in warnings)
    arts, warnings = read(tmp_path, recursive=True)
    assert [a.id for a in arts] == ["deep", "top"]
    assert len(warnings) == 1 and ".git" in warnings[0] and "hidden folder" in warnings[0]


# --------------------------------------------------------------------------- bad input


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        read_articles([tmp_path / "nope"])


def test_empty_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no articles found in .*\.txt"):
        read_articles([tmp_path])


BAD_FILES: list[tuple[str, bytes, str]] = [
    ("empty.txt", b"", "empty file"),
    ("blank.md", b"  \n\n", "empty file"),
    ("binary.txt", b"PK\x03\x04\x00\x00abc", "binary"),
    ("latin.txt", "Officials said \u201cno\u201d.".encode("cp1252"), "not UTF-8 text (byte 0x93 at offset 15)"),
    ("notext.jsonl", b'{"id": "x", "title": "no body"}\n', 'no "text" field'),
    ("broken.jsonl", b'{"text": "unterminated\n', "invalid JSON"),
    ("broken.json", b'{"text": ', "invalid JSON"),
    ("none.json", b"[]", "empty JSON array"),
    ("report.pdf", b"%PDF-1.4", "not an article type"),
    (".hidden.txt", BODY.encode(), "hidden"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_FILES)
def test_bad_file_is_skipped_with_a_warning(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    write(tmp_path, "good.txt", BODY)
    write(tmp_path, name, data)
    arts, warnings = read(tmp_path)
    assert [a.id for a in arts] == ["good"]
    assert len(warnings) == 1
    assert name in warnings[0]
    assert message in warnings[0]
    assert "\n" not in warnings[0]


@pytest.mark.parametrize(("name", "data", "message"), BAD_FILES)
def test_bad_file_alone_is_an_input_error(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    write(tmp_path, name, data)
    warnings: list[str] = []
    with pytest.raises(InputError) as err:
        read_articles([tmp_path], warn=warnings.append)
    assert "\n" not in str(err.value)
    assert str(tmp_path) in str(err.value)
    assert any(message in w for w in warnings)


def test_cp1252_message_tells_how_to_fix(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", BODY)
    write(tmp_path, "latin.txt", b"x" * 512 + b"\x93quoted\x94")
    _, warnings = read(tmp_path)
    assert warnings == [
        "skipped " + str(tmp_path / "latin.txt") + ": not UTF-8 text (byte 0x93 at offset 512); save it as UTF-8"
    ]


def test_jsonl_bad_lines_skipped_good_lines_kept(tmp_path: Path) -> None:
    write(tmp_path, "f.jsonl", '{"text": "kept one."}\n{"title": "x"}\nnot json\n{"text": "kept two."}\n')
    arts, warnings = read(tmp_path)
    assert [a.id for a in arts] == ["f#1", "f#4"]
    assert len(warnings) == 2
    assert "line 2" in warnings[0] and "text" in warnings[0]
    assert "line 3" in warnings[1] and "invalid JSON" in warnings[1]


def test_unparsable_published_is_ignored_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path, "a.json", json.dumps({"text": BODY, "published": "soon-ish"}))
    (a,), warnings = read(tmp_path)
    assert a.published is None
    assert len(warnings) == 1 and "soon-ish" in warnings[0]


def test_nothing_is_written_into_the_input_folder(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "b.md", "---\noutlet: X\n---\n" + BODY)
    write(tmp_path, "c.html", HTML)
    write(tmp_path, "d.jsonl", json.dumps({"text": BODY}) + "\n")
    write(tmp_path, "e.pdf", b"%PDF")
    before = snapshot(tmp_path)
    read(tmp_path, recursive=True)
    assert snapshot(tmp_path) == before


# --------------------------------------------------------------------------- boilerplate


def article_around(line: str) -> str:
    """An article with ``line`` in the middle, so only the line's own rule can blank it."""
    head = "Ferry terminal to close after council vote\n\n" + BODY
    return head + "\n" + line + "\n\n" + BODY.replace("Tuesday", "Wednesday")


@pytest.mark.parametrize(
    "line",
    [
        "NEW You can now listen to Harbour Gazette articles!",
        "CLICK HERE TO GET THE HARBOUR GAZETTE APP",
        "Download the Harbour Gazette app for breaking news alerts",
        "Sign up for our morning newsletter",
        "Subscribe for only $2 a month to keep reading our coverage of the valley.",
        "Listen to the newest episode of our Coastal Affairs podcast (41 mins)",
        "MAYOR SLAMS COUNCIL OVER 'ILLEGAL' BUDGET",
        "Read more",
        "READ MORE: Council Approves 12 New Bus Lanes",
        "Related: Ferry operator posts record loss",
        "More from Harbour Gazette",
        "Recommended",
        "Most Read",
        "Advertisement",
        "Image",
        "Photo",
        "Video",
        "About Ann Other",
        "This story has been updated with additional reporting.",
        "Jo Bloggs and Sam Smith contributed reporting from the harbour.",
        "Jo B. Bloggs contributed reporting.",
        "Reporting by Ann Other; Editing by Jo Bloggs",
        "Read Time: 3 mins",  # a page's reading time, labelled or alone
        "4 min",
        "27 Posts",  # a page's counters
        "1.2k shares",
    ],
)
def test_boilerplate_line_is_blanked(line: str) -> None:
    text = article_around(line)
    clean, spans = clean_text(text)
    assert len(clean) == len(text)
    assert blanked(text, line)
    assert len(spans) == 1
    start, end = spans[0]
    assert text[start:end] == line
    assert clean.count("\n") == text.count("\n")
    assert "40 jobs would move" in clean  # the story around it is kept


@pytest.mark.parametrize(
    "line",
    [
        "By Thursday night, the council had already voted on the plan.",
        "About 200 residents signed the petition before the vote.",
        "The mayor said: NO MORE DELAYS.",
        "Related talks will continue next week, officials said.",
        "UN says aid is blocked",
        "The photo shows the terminal before it closed.",
        "Residents who subscribe to the water scheme pay $4 a month, the utility said.",
        "Thousands listen to the station's farming podcast every week, its editor said.",
        "12 posts were cut.",
    ],
)
def test_prose_lines_are_kept(line: str) -> None:
    text = article_around(line)
    clean, spans = clean_text(text)
    assert clean == text
    assert spans == ()


@pytest.mark.parametrize("header", ["Check Also", "Related", "Related Articles", "Leave a Reply", "You may also like"])
def test_sidebar_header_blanks_to_the_end(header: str) -> None:
    text = BODY + "\n" + header + "\n\nCouncil Approves New Bus Lanes\n\nThe council also voted on 12 bus lanes ...\n"
    clean, spans = clean_text(text)
    assert clean[: len(BODY)] == BODY
    assert clean[len(BODY) :].strip() == ""
    assert len(spans) == 3


def test_sidebar_header_early_in_the_text_only_blanks_itself() -> None:
    text = "Related\n" + BODY + BODY
    clean, spans = clean_text(text)
    assert clean[:7] == " " * 7
    assert clean[8:] == text[8:]
    assert len(spans) == 1


def test_all_caps_first_line_is_kept_as_title() -> None:
    text = "COUNCIL CLOSES FERRY TERMINAL AFTER LONG DEBATE\n\n" + BODY
    clean, _ = clean_text(text)
    assert clean == text


@pytest.mark.parametrize(
    "bio",
    [
        "Ann Other covers local government and transport for the paper.",
        "Jo B. Bloggs is a staff reporter based in the harbour town.",
        "Sam Smith reports on housing and planning.",
        "Kim Lee writes about the sea.",
        "Ann Other has been a Gazette correspondent since 2004.",
    ],
)
def test_final_author_bio_is_blanked(bio: str) -> None:
    text = BODY + "\n" + bio + "\n"
    clean, spans = clean_text(text)
    assert clean[: len(BODY)] == BODY
    assert blanked(text, bio)
    assert len(spans) == 1


def test_bio_pattern_only_counts_at_the_end() -> None:
    line = "Ann Other covers local government and transport for the paper."
    text = line + "\n" + BODY
    assert clean_text(text) == (text, ())


def test_politician_is_a_sentence_at_the_end_is_kept() -> None:
    text = BODY + "\nJohn Smith is a former mayor of the town and a vocal critic of the plan.\n"
    assert clean_text(text) == (text, ())


@pytest.mark.parametrize(
    "header",
    [
        "July 24, 2025",
        "24 July 2025",
        "2025-07-24",
        "date 2025-07-24",
        "Published: July 24, 2025",
        "March 3, 2024Updated 9:15 a.m. ET",
        "Thursday, 24 July 2025 09:14 BST",
        "By Ann Other, Jo Bloggs, HARBOUR GAZETTE",
        "date 2025-07-24 By Ann Other, Jo Bloggs, Gazette",
        "By Ann Other and Jo Bloggs",
    ],
)
def test_header_date_and_byline_lines_are_blanked(header: str) -> None:
    title = "Ferry terminal to close after council vote"
    text = title + "\n\n" + header + "\n" + BODY
    clean, spans = clean_text(text)
    assert blanked(text, header)
    assert clean.startswith(title)
    assert len(spans) == 1


def test_header_rules_only_apply_near_the_top() -> None:
    text = BODY * 3 + "July 24, 2025\n" + BODY
    assert clean_text(text) == (text, ())


def test_front_matter_lines_are_blanked_and_counted() -> None:
    text = "---\ntitle: T\noutlet: O\n---\n" + BODY
    clean, spans = clean_text(text)
    assert len(spans) == 4
    assert clean == " " * 3 + "\n" + " " * 8 + "\n" + " " * 9 + "\n" + " " * 3 + "\n" + BODY


lines_st = st.lists(
    st.one_of(
        st.sampled_from(
            ["Image", "Check Also", "By Ann Other, CNN", "July 4, 2024", "ALL CAPS PROMO HEADLINE HERE", ""]
        ),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(lines_st)
def test_clean_text_keeps_length_newlines_and_unblanked_characters(lines: list[str]) -> None:
    text = "\n".join(lines)
    clean, spans = clean_text(text)
    plain = blank_controls(text)  # control sequences blanked, nothing else
    assert len(clean) == len(text) == len(plain)
    assert all(p in (t, " ") for p, t in zip(plain, text, strict=True))
    inside = [False] * len(text)
    for start, end in spans:
        assert 0 <= start <= end <= len(text)
        assert "\n" not in text[start:end]
        for i in range(start, end):
            inside[i] = True
    for i, (c, t) in enumerate(zip(clean, text, strict=True)):
        if t == "\n":
            assert c == "\n"
        elif inside[i] or (i == 0 and t == "\ufeff"):
            assert c == " "
        else:
            assert c == plain[i]


# --------------------------------------------------------------------------- outlet


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(CNN) — The council voted on Tuesday.", ("CNN", "dateline")),
        ("WASHINGTON (Reuters) - The council voted on Tuesday.", ("Reuters", "dateline")),
        ("GAZA CITY, Gaza Strip (AP) — The council voted.", ("AP", "dateline")),
        ("Title here\n\nBy Ann Other, Jo Bloggs, CNN\n\nThe council voted.", ("CNN", "byline")),
        ("By Ann Other, Associated Press\nThe council voted.", ("Associated Press", "byline")),
        ("By ANN OTHER, HARBOUR NEWS\nThe council voted.", ("HARBOUR NEWS", "byline")),
        (
            "NEW You can now listen to Harbour Gazette articles!\n\nThe council voted.",
            ("Harbour Gazette", "boilerplate"),
        ),
        ("The council voted.\n\nCLICK HERE TO GET THE HARBOUR GAZETTE APP\n", ("Harbour Gazette", "boilerplate")),
        ("The council voted.\n\nCLICK HERE TO GET THE NBC NEWS APP\n", ("NBC News", "boilerplate")),
        ("The Gazette said.\nCLICK HERE TO GET THE GAZETTE APP\n", ("Gazette", "boilerplate")),
        (
            "The council voted.\nAnn Other covers transport. She has been a Times journalist since 1990.",
            ("Times", "text"),
        ),
        (
            "Follow The Harbour Times for more.\nThe council voted.\nAnn Other is a Times reporter.",
            ("The Harbour Times", "text"),
        ),
        (
            "The Harbour Times and The Valley Times disagree.\nThe council voted.\nAnn Other is a Times reporter.",
            ("Times", "text"),
        ),
        ("The council voted.\nAnn Other is a Post reporter.", ("Post", "text")),
        ("Title here\n\nBy Ann Other, Jo Bloggs & Agencies\n\nThe council voted.", None),
        # no comma before the outlet: its last two words, with a place's before them
        ("Title here\n\nBy Ann Other and Jo De Bloggs Harbour Times\n\nThe council voted.",
         ("Harbour Times", "byline")),
        ("Title here\n\nBy Ann Other and Jo Bloggs New York Herald\n\nThe council voted.",
         ("New York Herald", "byline")),
        (
            "Bridge reopens\n\nJo Bloggs/For The Harbour Times\nCyclists crossed on Tuesday.",
            ("The Harbour Times", "byline"),
        ),
        ("The council voted on Tuesday.\nRiver News' Ann Other contributed to this report.", ("River News", "text")),
        ("The council voted on Tuesday, officials said. (Harbourwire)\n", ("Harbourwire", "text")),
        ("The plan was backed by the World Health Organization (WHO)\n", None),
    ],
)
def test_detect_outlet_signals(text: str, expected: tuple[str, str] | None) -> None:
    assert detect_outlet(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The council voted on Tuesday. The International Criminal Court (ICC) issued warrants.",
        "By Ann Other, Jo Bloggs\nThe council voted.",
        "By ANN OTHER, JO BLOGGS\nThe council voted.",
        "An Israeli journalist said the council voted. He is an Israeli journalist.",
        "The council voted, a Times journalist said.",
        "The victim was a Post columnist.\n" + BODY * 3,
        "The council voted.\nCNN reported that the vote was close.",
    ],
)
def test_detect_outlet_without_signal(text: str) -> None:
    assert detect_outlet(text) is None


def test_outlet_never_from_file_name_and_metadata_wins(tmp_path: Path) -> None:
    write(tmp_path, "CNN.txt", BODY)
    write(tmp_path, "meta.md", "---\noutlet: Harbour Gazette\n---\n(CNN) — " + BODY)
    a, b = read(tmp_path)[0]
    assert (a.outlet, a.outlet_source) == ("CNN", "id")
    assert (b.outlet, b.outlet_source) == ("Harbour Gazette", "metadata")


def test_author_and_title_from_text(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Council Votes To Close Ferry Terminal\n\nBy Ann Other, Jo Bloggs, CNN\n\n" + BODY)
    write(tmp_path, "b.txt", BODY + "\nAbout Sam Smith\n")
    write(tmp_path, "c.txt", BODY + "\nKim Lee covers the harbour.\n")
    write(tmp_path, "d.md", "# Ferry Terminal Closes\n\n" + BODY)
    write(tmp_path, "e.txt", "BY ANN OTHER AND JO BLOGGS\n" + BODY)
    a, b, c, d, e = read(tmp_path)[0]
    assert e.author == "Ann Other, Jo Bloggs"
    assert d.title == "Ferry Terminal Closes"
    assert a.title == "Council Votes To Close Ferry Terminal"
    assert a.author == "Ann Other, Jo Bloggs"
    assert b.title is None  # first line is a sentence
    assert b.author == "Sam Smith"
    assert c.author == "Kim Lee"


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("July 24, 2025", "2025-07-24"),
        ("24 July 2025", "2025-07-24"),
        ("2025-07-24", "2025-07-24"),
        ("date 2025-07-24 By Ann Other, CNN", "2025-07-24"),
        ("Published: Sept. 3, 2024", "2024-09-03"),
        ("March 3, 2024Updated 9:15 a.m. ET", "2024-03-03"),
        ("By Ann Other | Updated July 24, 2025", "2025-07-24"),
        ("Published 2025-07-24T10:15:00Z", "2025-07-24"),
        ("Updated 7:48 PM EDT, Tue June 11, 2024", "2024-06-11"),
        ("Harbours | March 4, 2024, Monday // 09:30", "2024-03-04"),
        ("Local News · 4 March 2024", "2024-03-04"),
        ("Posted at 7:15 AM, Jun 3, 2024", "2024-06-03"),
        ("2024.03.05 09:40", "2024-03-05"),  # a wire page's dotted stamp
        ("Updated 2024/03/05", "2024-03-05"),
        ("2024.13.05 09:40", None),
        ("May 31, 2024 09:33AM ● By Ana Ruiz | The Valley Post", "2024-05-31"),  # a dated byline, the date first
        ("May 31, 2024 ● Bykers rally in the square", None),  # no byline after the date
        ("February 30, 2025", None),
        ("On July 24, 2025, the council voted to close the terminal.", None),
        ("The vote | March 4, 2024 was the last one before the ferry stopped.", None),
    ],
)
def test_detect_published(header: str, expected: str | None) -> None:
    assert detect_published("Council to close ferry terminal\n\n" + header + "\n" + BODY) == expected


def test_a_page_s_today_line_gives_way_to_the_story_s_own_date() -> None:
    """'Tuesday, March 3, 2026' atop a page is the day it was shown; a line with the story's date and time
    below it dates the story. Alone, the top line is still the date."""
    top = "Tuesday, March 3, 2026\nCouncil to close ferry terminal\n\n"
    assert detect_published(top + "Harbour Desk, 14 May, 2024 08:20 AM\n" + BODY) == "2024-05-14"
    assert detect_published(top + BODY) == "2026-03-03"
    assert detect_published("Council to close ferry terminal\n\nTuesday, March 3, 2026\n" + BODY) == "2026-03-03"
    # ... past a line of page furniture, and before a bare dated line under the byline
    furniture = "close\nTuesday, March 3, 2026\n\nCouncil to close ferry terminal\n\nBy Harbour Wire\nMay 14, 2024\n"
    assert detect_published(furniture + BODY) == "2024-05-14"
    # ... and before a labelled, timed date in a byline row further down, past the page's menu
    menu = "".join(f"{i}. Section {i}\n" for i in range(1, 6))
    row = "Kim Lee Edited By: Jo Bloggs Braga Updated on: May 14, 2024 08:20 IST\n"
    assert detect_published(top + menu + "A standfirst of one sentence.\n\n" + row + BODY) == "2024-05-14"
    assert detect_published(top + menu + "The report was updated on May 14, 2024 at dawn.\n" + BODY) == "2026-03-03"


@pytest.mark.parametrize(
    ("first_line", "expected", "kept"),
    [
        (" date 2025-03-28 Storm closes the harbour for a week", "2025-03-28", "Storm closes the harbour for a week"),
        (" date 2025-03-28 The ferry sank on Friday, officials said.", "2025-03-28", "The ferry sank on Friday"),
        ("Published: 3 May 2024 08:14 IST Ferry fares rise again", "2024-05-03", "Ferry fares rise again"),
        ("Updated May 3, 2024, 9:40 a.m. EDT The council voted to close it.", "2024-05-03", "The council voted"),
        ("Published 08:14 IST, 3 May 2024 | Ferry fares rise again", "2024-05-03", "Ferry fares rise again"),
        # the page's date opening its first line unlabelled, after its numeric form, then the headline
        ("05/03/2024 May 3, 2024 Ferry fares rise again", "2024-05-03", "Ferry fares rise again"),
        ("3 May 2024 Ferry fares rise again", "2024-05-03", "Ferry fares rise again"),
    ],
)
def test_labelled_date_opening_a_line_is_the_publication_date(
    tmp_path: Path, first_line: str, expected: str, kept: str
) -> None:
    write(tmp_path, "a.txt", first_line + "\n\n" + BODY)
    (a,), _ = read(tmp_path)
    assert (a.published, a.published_source) == (expected, "text")
    head = a.clean[: a.clean.index("\n")]
    assert kept in head  # the rest of the line stays: a headline or the story's first sentence
    assert not any(ch.isdigit() for ch in head[: head.index(kept)])  # the date itself is blanked
    if not first_line.rstrip().endswith("."):
        assert a.title == kept


def test_labelled_date_prefix_leaves_a_dateline_outlet_readable() -> None:
    text = " date 2025-03-28 HARBOURTOWN (Reuters) - The ferry sank on Friday.\n" + BODY
    assert detect_outlet(text) == ("Reuters", "dateline")


@pytest.mark.parametrize(
    "line",
    [
        "Updated figures on May 3, 2024 show 30 ferries were sold.",  # a label word, then no date
        "Dated 3 May 2024, the letter asked for 12 more ferries.",  # not a header label
        "On 3 May 2024 the council voted to close the terminal.",
    ],
)
def test_a_sentence_is_not_a_labelled_date(line: str) -> None:
    assert detect_published(line + "\n" + BODY) is None


def test_detect_published_only_in_the_header() -> None:
    assert detect_published(BODY * 2 + "\nJuly 24, 2025\n") is None


def test_text_date_source_and_metadata_beats_text(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "July 24, 2025\n" + BODY)
    write(tmp_path, "b.md", "---\npublished: 2025-07-23\n---\nJuly 24, 2025\n" + BODY)
    a, b = read(tmp_path)[0]
    assert (a.published, a.published_source) == ("2025-07-24", "text")
    assert (b.published, b.published_source) == ("2025-07-23", "metadata")


def art(i: int, published: str | None, text: str = BODY) -> Article:
    src = "metadata" if published else "none"
    return Article(id=f"a{i}", path="", text=text, clean=text, outlet="x", published=published, published_source=src)


def test_infer_dates_uses_the_consensus() -> None:
    arts = [art(1, "2025-07-24"), art(2, "2025-07-24"), art(3, "2025-07-20"), art(4, None, "On Thursday, it rained.")]
    out = infer_dates(arts)
    assert out[:3] == arts[:3]
    assert (out[3].published, out[3].published_source) == ("2025-07-24", "inferred")
    assert arts[3].published is None  # input untouched


def test_infer_dates_follows_clear_weekday_mentions_back_in_the_week() -> None:
    # 2025-07-24 is a Thursday; an article that keeps saying "Monday" was written on the Monday
    assert date(2025, 7, 24).weekday() == 3
    text = "On Monday the council met. Monday's vote was close. By Monday night it was over, on Thursday."
    out = infer_dates([art(1, "2025-07-24"), art(2, None, text)])
    assert out[1].published == "2025-07-21"


def test_infer_dates_with_no_day_to_choose_by_takes_the_nearer_week() -> None:
    # 2025-07-24 is a Thursday; an article that keeps saying "Saturday", with no dated article naming
    # either Saturday, was written two days later, not five days before
    text = "On Saturday the council met again. Saturday's vote was close."
    out = infer_dates([art(1, "2025-07-24"), art(2, None, text)])
    assert out[1].published == "2025-07-26"


def test_infer_dates_takes_the_week_of_a_day_the_dated_articles_tell_by_its_date() -> None:
    # 2025-07-24 is a Thursday; the Saturday after it (2 days) is nearer than the one before (5), but the dated
    # article tells of July 19, that Saturday, as the day of the vote: the undated story is from that Saturday
    dated = "The vote held on 19 July drew a record turnout, officials said a week on."
    text = "Voters queued for hours on Saturday. Saturday's count ran late into the night."
    out = infer_dates([art(1, "2025-07-24", dated), art(2, None, text)])
    assert out[1].published == "2025-07-19"
    out = infer_dates([art(1, "2025-07-24"), art(2, None, text)])  # (without that day: the nearer week)
    assert out[1].published == "2025-07-26"


def test_infer_dates_never_moves_an_article_back_before_a_day_it_tells_of() -> None:
    # 2025-07-22 is a Tuesday; the Saturday before it (3 days) is nearer than the one after (4), but the article
    # tells of the flood of July 20, a Sunday, as past: it is from the Saturday after
    text = "Five days after the July 20 flood, rescuers dug on through Saturday. Saturday's search found two more."
    out = infer_dates([art(1, "2025-07-22"), art(2, "2025-07-22"), art(3, None, text)])
    assert out[2].published == "2025-07-26"
    holiday = "Five days after the New Year's Day quake, rescuers dug on through Saturday. Saturday's search ended."
    out = infer_dates([art(1, "2024-01-02"), art(2, "2024-01-02"), art(3, None, holiday)])  # a Tuesday
    assert out[2].published == "2024-01-06"


@pytest.mark.parametrize("text, want", [
    # a later day told as past: filed that day or since
    ("A street in the old town remained flooded on July 30, officials said.", "2025-07-30"),
    ("Rescuers work in the harbour on Aug. 2. The water rose again.", "2025-08-02"),
    # a day to come, a day before the folder's, or one far after it say nothing of when it was filed
    ("The council will vote on July 30 on the repairs.", "2025-07-24"),
    ("Talks are scheduled for July 30.", "2025-07-24"),
    ("The judge has scheduled Ana Ruiz’s sentencing for July 30.", "2025-07-24"),
    ("The judge set sentencing for 10 a.m. July 30, days before the congress.", "2025-07-24"),
    ("The judge let her stay free, setting the sentencing for July 30.", "2025-07-24"),
    ("Her July 30 sentencing date falls days before the congress.", "2025-07-24"),
    ("A week before, on July 30, the band will play in the square.", "2025-07-24"),
    ("The storm first hit the coast on July 20.", "2025-07-24"),
    ("A memorial is planned. The town last flooded on November 3.", "2025-07-24"),
    # a day of another year, by its year or "last year", is not one after the folder's
    ("The feud goes back to a raid on Aug. 2 last year.", "2025-07-24"),
    ("The feud goes back to a raid on Aug. 2, 2024.", "2025-07-24"),
    ("The feud goes back to a raid on 2 August 2024.", "2025-07-24"),
    ("A flood on Aug. 2, 2025 cut the road again.", "2025-08-02"),
])
def test_infer_dates_an_undated_article_is_filed_no_earlier_than_a_day_it_tells_of(text: str, want: str) -> None:
    out = infer_dates([art(1, "2025-07-24"), art(2, "2025-07-24"), art(3, None, text)])
    assert out[2].published == want


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday the council met. Wednesday's vote was close.",  # the day before: consensus stands
        "On Monday the council met, officials said on Thursday.",  # one mention is not clear enough
        "The council met at noon.",  # no weekday at all
    ],
)
def test_infer_dates_keeps_the_consensus_without_a_clear_weekday(text: str) -> None:
    out = infer_dates([art(1, "2025-07-24"), art(2, None, text)])
    assert out[1].published == "2025-07-24"


def test_infer_dates_without_any_date_and_ties() -> None:
    out = infer_dates([art(1, None), art(2, None)])
    assert [(a.published, a.published_source) for a in out] == [(None, "none"), (None, "none")]
    out = infer_dates([art(1, "2025-07-25"), art(2, "2025-07-24"), art(3, None)])
    assert out[2].published == "2025-07-24"


def test_a_folder_with_no_date_takes_its_day_from_a_copyright_year_and_the_day_it_names() -> None:
    # 2031-03-05 is a Wednesday: the ferry sank "on March 5" / "late Wednesday"; reports follow on the next days
    assert date(2031, 3, 5).weekday() == 2
    arts = [art(1, None, "The ferry sank late Wednesday, March 5, near the cape. Divers resumed on Thursday."),
            art(2, None, "Divers found 12 bodies on Friday, two days after the ferry sank on March 5.\n"
                         "(Copyright 2031 The Example Press. All rights reserved.)"),
            art(3, None, "The ferry sank on Wednesday night. Its owner said nothing."),
            art(4, None, "The crew had trained on Sunday and Monday before the ferry sank on Wednesday.")]
    out = infer_dates(arts)
    assert [(a.published, a.published_source) for a in out] == [
        ("2031-03-06", "inferred"), ("2031-03-07", "inferred"), ("2031-03-05", "inferred"),
        ("2031-03-05", "inferred")]  # the fourth's Sunday and Monday lie before the story's day
    # no copyright year, or a day only one article names: nothing to date them by
    assert {a.published for a in infer_dates([arts[0], arts[2], arts[3]])} == {None}
    lone = art(5, None, "Rescue teams came on Thursday.\n© 2031 Example Press")
    assert {a.published for a in infer_dates([arts[0], lone, arts[2]])} == {None}


def test_a_folder_with_no_date_or_copyright_takes_the_year_its_weekdays_fit() -> None:
    """The day most articles name ('Christmas Day') in the latest year the folder mentions, or the year after
    it, whichever puts that day on the weekday they name most: Christmas Day 2030 is a Wednesday."""
    assert date(2030, 12, 25).weekday() == 2
    arts = [art(1, None, "A gas blast hit the market early on Christmas Day. Stalls had opened on Wednesday."),
            art(2, None, "Shoppers fled the blast on Christmas Day, Wednesday. The market was rebuilt in 2029."),
            art(3, None, "The market reopened on Friday, two days after the Christmas Day blast on Wednesday.")]
    out = infer_dates(arts)
    assert [(a.published, a.published_source) for a in out] == [
        ("2030-12-25", "inferred"), ("2030-12-25", "inferred"), ("2030-12-27", "inferred")]
    # no weekday that the day can fall on in the year mentioned or the one after: nothing to date them by
    monday = [art(k, None, t.replace("Wednesday", "Monday")) for k, t in ((1, arts[0].clean), (2, arts[1].clean))]
    assert {a.published for a in infer_dates(monday)} == {None}
    # no year mentioned at all: nothing either
    bare = [art(k, None, t.replace(" The market was rebuilt in 2029.", "")) for k, t in ((1, arts[0].clean),
                                                                                      (2, arts[1].clean))]
    assert {a.published for a in infer_dates(bare)} == {None}


def test_a_day_named_with_the_folder_s_latest_year_dates_the_undated_folder_as_one_named_without_it() -> None:
    """One article names the story's day with its year ('Thursday, March 14, 2030'), another without ('March
    14'): two articles name it, so the folder's Thursdays are that day; a day of an earlier year is history."""
    assert date(2030, 3, 14).weekday() == 3
    arts = [art(1, None, "The two pilots were swapped on Thursday, March 14, 2030, at a border post."),
            art(2, None, "The exchange took place on March 14 after weeks of talks."),
            art(3, None, "Both men landed on Thursday night, officials said.")]
    assert [a.published for a in infer_dates(arts)] == ["2030-03-14", "2030-03-14", "2030-03-14"]
    # the same day of a year before the latest one the folder writes is not the story's
    old = [art(1, None, "The war began on March 14, 2027. The two pilots were swapped on Thursday in 2030."),
           art(2, None, "Talks had stalled since March 14, 2027, and the swap came in 2030."),
           art(3, None, "Both men landed on Thursday night, officials said.")]
    assert {a.published for a in infer_dates(old)} == {None}


def test_a_year_the_folder_mentions_ahead_does_not_hide_the_year_its_weekdays_fit() -> None:
    """A later year mentioned in passing (a release due in 2033) is not the story's: of the years mentioned,
    the one putting the named day on the named weekday (Christmas Day 2030, a Wednesday), the most mentioned
    of several."""
    arts = [art(1, None, "A gas blast hit the market early on Christmas Day, Wednesday. A new hall is due in 2033."),
            art(2, None, "Shoppers fled the blast on Christmas Day, Wednesday. The 2030 season is over, as in 2029."),
            art(3, None, "The market reopened on Friday, after the Christmas Day blast on Wednesday. In 2030 it "
                         "had grown. Stalls open again in 2036.")]
    assert date(2036, 12, 25).weekday() == 3 and date(2025, 12, 25).weekday() == 3  # 2036 fits no Wednesday
    assert [a.published for a in infer_dates(arts)] == ["2030-12-25", "2030-12-25", "2030-12-27"]
    # two years that fit (2030, 2041): the one written more often
    assert date(2041, 12, 25).weekday() == 2
    more = [*arts, art(4, None, "Next season starts in 2041, on a Wednesday, Christmas Day.")]
    assert infer_dates(more)[0].published == "2030-12-25"


def test_a_year_written_once_long_before_the_others_is_history_not_the_story_s_year() -> None:
    """A storm "the strongest since 1987" on "Oct. 20", a Tuesday: 1987 fits the weekday, but a year written once,
    decades before the folder's latest (2027), is a comparison; the story's year is the one after that latest."""
    assert date(1987, 10, 20).weekday() == date(2026, 10, 20).weekday() == 1
    arts = [art(1, None, "The storm came ashore on Oct. 20, a Tuesday, the strongest since 1987. Roads shut on "
                         "Tuesday."),
            art(2, None, "Rescuers worked through Tuesday night after the storm of Oct. 20. Its 2025 forecast "
                         "was mild, the 2024 season too."),
            art(3, None, "Power returned on Thursday, two days after the storm hit on Oct. 20, a Tuesday.")]
    assert [a.published for a in infer_dates(arts)] == ["2026-10-20", "2026-10-20", "2026-10-22"]
    # written twice, the older year is the story's own again
    twice = [*arts, art(4, None, "In 1987 the bay flooded on Oct. 20, a Tuesday, as it did in 1987's storm.")]
    assert infer_dates(twice)[0].published == "1987-10-20"


def test_a_weekday_of_another_week_does_not_date_an_undated_article() -> None:
    """"last Wednesday's vote", named twice, is no sign that the story was filed on a Wednesday: the folder's
    Friday stands (2031-03-07 is a Friday)."""
    assert date(2031, 3, 7).weekday() == 4
    text = ("The president was sworn in on Monday after last Wednesday's vote. Observers said last Wednesday's count "
            "was flawed.")
    out = infer_dates([art(1, "2031-03-07"), art(2, "2031-03-07"), art(3, None, text)])
    assert out[2].published == "2031-03-07"


def test_infer_dates_needs_most_stated_dates_to_agree() -> None:
    # a day either side agrees (filed across midnight); three of four within a day of the 24th
    out = infer_dates([art(1, "2025-07-24"), art(2, "2025-07-24"), art(3, "2025-07-25"), art(4, "2025-03-02"),
                       art(5, None)])
    assert (out[4].published, out[4].published_source) == ("2025-07-24", "inferred")
    # a folder that mixes two stories: no date is right for the undated one
    out = infer_dates([art(1, "2025-07-24"), art(2, "2025-07-24"), art(3, "2025-03-02"), art(4, "2025-03-02"),
                       art(5, "2024-11-30"), art(6, None)])
    assert (out[5].published, out[5].published_source) == (None, "none")


def test_infer_dates_takes_the_day_most_stated_dates_lie_near() -> None:
    # filed on the 1st, 2nd, 3rd and 4th: no date is most common, three of four lie within a day of the 2nd
    out = infer_dates([art(1, "2025-07-01"), art(2, "2025-07-02"), art(3, "2025-07-03"), art(4, "2025-07-04"),
                       art(5, None)])
    assert out[4].published == "2025-07-02"
    # two stated dates two days apart: one spell of coverage, the earlier taken
    out = infer_dates([art(1, "2025-07-13"), art(2, "2025-07-15"), art(3, None)])
    assert (out[2].published, out[2].published_source) == ("2025-07-13", "inferred")
    # the most common date keeps its place when most dates lie near it
    out = infer_dates([art(1, "2025-07-03"), art(2, "2025-07-03"), art(3, "2025-07-03"), art(4, "2025-07-02"),
                       art(5, "2025-07-01"), art(6, None)])
    assert out[5].published == "2025-07-03"
    # the calendar's last day stated twice: no day after it to count
    out = infer_dates([art(1, "9999-12-31"), art(2, "9999-12-31"), art(3, "9999-12-30"), art(4, None)])
    assert out[3].published == "9999-12-31"


def test_infer_dates_reference_date_beats_the_consensus_never_a_stated_date() -> None:
    arts = [art(1, "2025-07-24"), art(2, None, "On Monday the council met. Monday's vote was close.")]
    out = infer_dates(arts, date(2025, 7, 30))
    assert [(a.published, a.published_source) for a in out] == [("2025-07-24", "metadata"), ("2025-07-30", "option")]


def test_infer_dates_is_idempotent_and_ignores_its_own_guesses() -> None:
    text = "On Monday the council met. Monday's vote was close. By Monday night it was over."
    once = infer_dates([art(1, "2025-07-24"), art(2, None, text), art(3, None, text), art(4, None, text)])
    assert [a.published for a in once] == ["2025-07-24", "2025-07-21", "2025-07-21", "2025-07-21"]
    assert infer_dates(once) == once  # three inferred Mondays do not outvote the one stated date


def test_a_yearless_wire_dateline_dates_its_article_in_the_folder_year() -> None:
    wire = "ATHENS, March 2 (Wirenews) -- The toll rose to 57, officials said on Thursday.\nMore later."
    out = infer_dates([art(1, "2023-03-03"), art(2, "2023-03-03"), art(3, None, wire)])
    assert (out[2].published, out[2].published_source) == ("2023-03-02", "text")
    # against --date, the year that puts the day within half a year of it
    out = infer_dates([art(1, None, "OSLO, 30 December - The storm hit the coast on Friday.")], date(2024, 1, 5))
    assert (out[0].published, out[0].published_source) == ("2023-12-30", "text")


def test_a_dateline_closed_by_a_colon() -> None:
    wire = "Harbourtown, Nov 5: The toll from the storm rose to 60 on Wednesday.\nMore later."
    out = infer_dates([art(1, "2025-11-04"), art(2, "2025-11-04"), art(3, None, wire)])
    assert (out[2].published, out[2].published_source) == ("2025-11-05", "text")


def test_a_dateline_of_a_day_and_an_agency_without_a_place() -> None:
    wire = "June 3 (Wirenews) -- Crews cleared the roads of the port on Monday.\nMore later."
    out = infer_dates([art(1, "2024-06-02"), art(2, "2024-06-02"), art(3, None, wire)])
    assert (out[2].published, out[2].published_source) == ("2024-06-03", "text")
    prose = "June 3 - a day the port will not forget.\nMore later."  # no agency: not a dateline
    assert infer_dates([art(1, "2024-06-02"), art(2, None, prose)])[1].published_source == "inferred"


def test_a_yearless_dateline_in_an_undated_folder_takes_the_year_its_weekday_fits() -> None:
    # the folder speaks of 2022 and 2024; 2 November was a Thursday only in 2023 of 2022-2025
    wire = "NEW YORK, Nov 2 (Wirenews) - A jury on Thursday found the banker guilty.\nHe was held in December 2022."
    other = "The banker will be sentenced on March 28, 2024. The jury met on Thursday."
    out = infer_dates([art(1, None, wire), art(2, None, other)])
    assert [(a.published, a.published_source) for a in out] == [("2023-11-02", "text"), ("2023-11-02", "inferred")]
    assert infer_dates(out) == out


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK, Nov 2 (Wirenews) - A jury found the banker guilty.\nHe was held in December 2022.",  # no weekday
        "A jury on Thursday found the banker guilty in 2022.\n" + "Filler line.\n" * 8
        + "NEW YORK, Nov 2 (Wirenews) - More.\n",  # not in the opening lines
        "The jury met on Thursday in NEW YORK, Nov 2 (Wirenews) - in 2022.",  # not at a line start
    ],
)
def test_a_yearless_dateline_needs_a_weekday_and_the_opening_lines(text: str) -> None:
    assert infer_dates([art(1, None, text)])[0].published is None


@pytest.mark.parametrize("value", ["2024-02-29", " 2024-02-29 "])
def test_parse_reference_date(value: str) -> None:
    assert parse_reference_date(value) == date(2024, 2, 29)


@pytest.mark.parametrize("value", ["2023-02-29", "2024-2-9", "2024/02/09", "20240209", "0000-01-01", "x" * 500])
def test_parse_reference_date_rejects_with_one_short_line(value: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD") as e:
        parse_reference_date(value)
    assert "\n" not in str(e.value) and len(str(e.value)) < 140


# --------------------------------------------------------------------------- seeds


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds folder not present")
def test_seeds() -> None:
    arts, warnings = read(SEEDS)
    assert warnings == []
    by = {a.id: a for a in arts}
    assert len(by) == 5
    for a in arts:
        assert len(a.clean) == len(a.text)
        assert a.published == "2025-07-24"
    stated = {k for k, v in json.loads(GOLD.read_text())["published"].items() if v} if GOLD.exists() else None
    if stated is not None:
        assert {a.id for a in arts if a.published_source == "text"} == stated
    assert sorted(a.published_source for a in arts) == ["inferred", "inferred", "inferred", "text", "text"]

    def blank_lines(a: Article) -> list[str]:
        return [a.text[s:e].strip() for s, e in a.boilerplate]

    outlets = {a.id[:3]: (a.outlet, a.outlet_source) for a in arts}
    assert outlets["001"] == ("CNN", "dateline")
    assert outlets["003"] == ("Times", "text")  # the bio's "a Times journalist": not "The Times", a paper of its own
    assert outlets["004"] == ("Fox News", "boilerplate")
    assert outlets["000"][1] == "id" and outlets["002"][1] == "id"

    a1, a2, a3, a4 = (next(a for a in arts if a.id.startswith(p)) for p in ("001", "002", "003", "004"))
    assert a1.author and "," in a1.author  # two names from the byline
    assert any(line.startswith("date 2025-07-24 By") for line in blank_lines(a1))
    assert any(line.startswith("This story has been updated") for line in blank_lines(a1))
    # 002: author box, "Check Also" sidebar and everything after it
    assert blank_lines(a2)[0].startswith("About ")
    assert "Check Also" in blank_lines(a2)
    assert "27" not in a2.clean
    assert a2.clean[a2.text.index("Check Also") :].strip() == ""
    # 003: header date, lone "Image" lines, credit line, end bio
    assert "July 24, 2025" not in a3.clean
    assert blank_lines(a3).count("Image") == 2
    assert any("contributed reporting" in line for line in blank_lines(a3))
    assert " covers " in blank_lines(a3)[-1]
    assert a3.author and blank_lines(a3)[-1].startswith(a3.author)
    # 004: listen promo, all-caps promo headlines, app promo; only two 60s stay
    assert "listen to" not in a4.clean and "CLICK HERE" not in a4.clean
    assert sum(1 for line in blank_lines(a4) if line.isupper()) >= 3
    assert a4.clean.count("60") == 2
    assert all(a.published_source == "inferred" for a in (arts[0], a2, a4))


# --------------------------------------------------------------------------- pages as copied from news sites

OUTLET_PAGES = [  # file, (outlet, outlet source, published, published source, author), lines ("!!" = boilerplate)
    (
        "aljazeera.txt",
        ("Al Jazeera", "boilerplate", "2024-03-03", "text", None),
        [
            "Israel skips Cairo talks as Hamas demands full ceasefire",
            "!!Published On 3 Mar 2024",
            "!!3 Mar 2024",
            "!!Save articles to read later and create your own reading list.",
            (
                "Israel has not sent a delegation to truce talks in Cairo, Egyptian officials said, as at least 90 "
                "Palestinians were killed in 24 hours."
            ),
            (
                "Hamas official Basem Naim said the group wanted a permanent ceasefire, the return of 1.5 million "
                "displaced people to the north and the entry of 500 trucks a day."
            ),
            "!!Keep reading",
            "!!list of 4 items",
            "!!list 1 of 4",
            "!!Israeli forces kill 11 in strike on Rafah",
            "!!list 2 of 4",
            "!!UN says 576,000 Gazans one step away from famine",
            "!!end of list",
            "At least 15 children have died of malnutrition at Kamal Adwan Hospital, the health ministry said.",
            "!!Source: Al Jazeera and news agencies",
            "!!Follow Al Jazeera English:",
        ],
    ),
    (
        "ap.txt",
        ("AP", "dateline", "2024-03-03", "text", "Josef Federman, Samy Magdy"),
        [
            "Israel weighs truce proposal as mediators push for deal before Ramadan",
            "!!By JOSEF FEDERMAN and SAMY MAGDY",
            "!!Updated 4:12 PM GMT+2, March 3, 2024",
            (
                "JERUSALEM (AP) — Israel is weighing a proposal for a six-week ceasefire in Gaza that would see 40 "
                "hostages released in exchange for hundreds of Palestinian prisoners, officials said Sunday."
            ),
            (
                "The Health Ministry in Gaza said at least 30,410 Palestinians have been killed since the war "
                "began, and more than 71,700 wounded."
            ),
            '"We are closer than we have been in weeks," a U.S. official told reporters on condition of anonymity.',
            "!!Related Coverage",
            "!!5 things to know about the Gaza ceasefire talks",
            "!!Israeli strikes kill 11 in Rafah, hospital officials say",
            "Hamas is believed to still hold about 100 hostages and the remains of 30 others.",
            "!!Associated Press writer Samy Magdy in Cairo contributed to this report.",
            "!!Follow AP’s coverage of the war at https://apnews.com/hub/israel-hamas-war",
            "!!Copyright 2024 The Associated Press. All Rights Reserved.",
        ],
    ),
    (
        "bbc.txt",
        ("bbc", "id", None, "none", "Yolande Knell"),
        [
            "Gaza truce talks: Hamas delegation arrives in Cairo",
            "!!Published",
            "!!3 hours ago",
            "!!Share",
            "!!Save",
            "!!Yolande Knell",
            "!!Middle East correspondent, Jerusalem",
            "!!Getty Images",
            "!!Aid lorries have queued at the Rafah crossing for weeks",
            (
                "A Hamas delegation has arrived in Cairo for talks aimed at securing a 40-day truce, Egyptian "
                "sources say."
            ),
            (
                "The proposal would see Hamas free about 40 hostages, including women and the elderly, in exchange "
                "for roughly 400 Palestinian prisoners."
            ),
            "!!Listen (3 min)",
            "!!Reuters",
            "!!At least 118 people were killed near an aid convoy on Thursday, the health ministry said",
            (
                "Israel's military says 253 people were taken hostage during the attack on 7 October, in which "
                "1,200 people were killed."
            ),
            "!!Related topics",
            "!!Israel-Gaza war",
            "!!More on this story",
            "!!Why is it so hard to get aid into Gaza? ",
            "!!Published",
            "!!1 day ago",
            "!!Thousands dead in Gaza - in 5 charts",
            "!!Published",
            "!!28 February",
        ],
    ),
    (
        "blog.md",
        ("Middle East Monitor Blog", "metadata", "2024-03-03", "metadata", "Rae Lin"),
        [
            "---",
            'title: "Truce talks stall"',
            "outlet: Middle East Monitor Blog",
            "published: 2024-03-03T09:00:00Z",
            "author: Rae Lin",
            "---",
            "# Truce talks stall",
            "",
            "Hamas negotiators left Cairo on Sunday after two days of talks on a truce that would free 40 hostages.",
            "",
            "!!Photo: 12 of 20",
            "!!*Image: Reuters*",
            "Some 130 hostages are still held in Gaza, Israel says.",
            "",
            "!!Share on Twitter | Share on Facebook",
            "!!Tags: gaza, ceasefire",
        ],
    ),
    (
        "cnn.txt",
        ("CNN", "dateline", "2024-03-14", "text", "Maria Gomez, Lee Chan"),
        [
            "Dock workers end strike after pay deal at East Coast ports",
            "!!By Maria Gomez and Lee Chan, CNN",
            "!!Updated 6:41 PM EDT, Thu March 14, 2024",
            "!!Link Copied!",
            "!!Follow:",
            (
                "(CNN) — Dock workers at 14 East Coast ports returned to work on Thursday after their union "
                "accepted a six-year contract."
            ),
            "The deal raises wages by 62% and keeps 3,000 jobs that automation had threatened.",
            "!!Video Ad Feedback",
            "!!Union boss says members 'won every fight' in port strike",
            "!!03:27 - Source: CNN",
            "!!Related article",
            "!!Shippers warn of weeks of backlog as ports reopen",
            '"This contract protects every job on the waterfront," Ray Dolan said.',
            "!!CNN’s Ana Ruiz and Tom Berg contributed to this report.",
        ],
    ),
    (
        "guardian.txt",
        ("guardian", "id", "2024-03-03", "text", "Bethan McKernan"),
        [
            "Hamas delegation arrives in Cairo as US pushes for truce by Ramadan",
            "!!Bethan McKernan in Jerusalem and agencies",
            "!!Sun 3 Mar 2024 10.15 GMT",
            "!!First published on Sun 3 Mar 2024 08.02 GMT",
            (
                "Negotiators from Hamas arrived in Cairo on Sunday to discuss a proposed six-week ceasefire, under "
                "which 40 Israeli hostages would be released."
            ),
            "!!Israel-Gaza war – live updates",
            (
                "The Gaza health ministry said 90 people had been killed in the past 24 hours, bringing the total "
                "to 30,410."
            ),
            "!!Sign up to First Edition, our free daily newsletter – every weekday morning at 7am GMT",
            '"Hamas has a deal on the table," Kamala Harris said in Selma, Alabama.',
            "!!Photograph: Mohammed Abed/AFP/Getty Images",
            "!!Explore more on these topics",
            "!!Israel-Gaza war",
            "!!Hamas",
            "!!Share",
            "!!Reuse this content",
            "!!Most viewed",
            "!!1 2 3 4 5",
        ],
    ),
    (
        "nyt.txt",
        ("nyt", "id", "2024-03-03", "text", "Patrick Kingsley"),
        [
            "Israel Says It Has Not Seen a List of Hostages From Hamas",
            "!!March 3, 2024, 12:44 p.m. ET",
            "!!Patrick Kingsley reported from Jerusalem.",
            "!!Leer en español",
            "!!Share full article",
            "!!1.1k",
            (
                "Israel has not received a list of hostages who are still alive, an Israeli official said on "
                "Sunday, a key demand before any deal that would free 40 of them."
            ),
            '"No list, no delegation," the official said.',
            "!!Image",
            "!!Palestinians in Rafah on Sunday.Credit...Hatem Ali/Associated Press",
            "About 1.4 million people are sheltering in Rafah, according to the United Nations.",
            (
                "!!Patrick Kingsley is the Jerusalem bureau chief, covering Israel and the occupied territories. "
                "More about Patrick Kingsley"
            ),
            (
                "!!A version of this article appears in print on March 4, 2024, Section A, Page 8 of the New York "
                "edition with the headline: Israel Says It Has Not Seen a List."
            ),
        ],
    ),
    (
        "reuters.txt",
        ("Reuters", "dateline", "2024-03-03", "text", "Emma Farge"),
        [
            "UN rights chief says 2 million Gazans at risk of famine",
            "!!By Emma Farge",
            "!!March 3, 2024 10:41 AM GMT+1Updated 2 hours ago",
            (
                "GENEVA, March 3 (Reuters) - The U.N. human rights chief said on Sunday that 2.2 million people in "
                "Gaza face famine, and that at least 576,000 are one step away from it."
            ),
            (
                '"The situation is catastrophic," Volker Turk told the Human Rights Council in Geneva, adding that '
                "15 children had died of malnutrition in one hospital."
            ),
            "!!Sign up here.",
            (
                "!!Get a look at the day ahead in U.S. and global markets with the Morning Bid U.S. newsletter. "
                "Sign up here."
            ),
            "Israel has rejected the accusations, saying it allowed 250 trucks into the enclave last week.",
            "!!Reporting by Emma Farge; Additional reporting by Nidal al-Mughrabi in Cairo; Editing by Toby Chopra",
            "!!Our Standards: The Thomson Reuters Trust Principles., opens new tab",
            "!!Suggested Topics:",
            "!!Middle East",
            "!!Purchase Licensing Rights, opens new tab",
            (
                "!!Emma Farge covers the U.N. in Geneva, with a focus on humanitarian and health issues. She "
                "previously worked in Dakar for 5 years."
            ),
        ],
    ),
    (
        "toi.txt",
        ("The Times of Israel", "boilerplate", None, "none", "Jacob Magid"),
        [
            "Biden says truce could be in place by Ramadan as 40 hostages may go free",
            "!!By Jacob Magid Today, 4:05 pm",
            "!!Edit",
            (
                "US President Joe Biden said Sunday a temporary ceasefire could take hold by the start of Ramadan, "
                "with 40 hostages released in the first phase."
            ),
            "Of the 253 people kidnapped on October 7, 130 remain in Gaza, not all of them alive.",
            "!!Get The Times of Israel's Daily Edition by email and never miss our top stories",
            "!!Newsletter email address",
            "!!By signing up, you agree to the terms",
            '"We\'re not there yet," Biden told reporters.',
            "!!Jacob Magid is The Times of Israel's US bureau chief based in New York.",
            "!!Read more by Jacob Magid",
            "!!Join our Comment Community",
            "!!© 2024 The Times of Israel, all rights reserved",
        ],
    ),
    (
        "wordpress.txt",
        ("wordpress", "id", "2024-03-03", "text", "Sam Keller"),
        [
            "Ceasefire talks stall again: what we know",
            "!!Posted by Sam Keller on March 3, 2024",
            (
                "Talks in Cairo on a six-week truce stalled on Sunday, with Hamas saying it would not release 40 "
                "hostages without a permanent ceasefire."
            ),
            "Israel says 130 hostages are still held in Gaza.",
            "!!Share this:",
            "!!Twitter",
            "!!Facebook",
            "!!Like this:",
            "!!Like Loading...",
            "!!Related",
            "!!Gaza aid convoy: 112 killed, ministry says",
            "!!March 1, 2024",
            '!!In "Middle East"',
            "!!Leave a Reply",
            "!!Cancel reply",
        ],
    ),
]


@pytest.mark.parametrize(("name", "expected", "lines"), OUTLET_PAGES, ids=[p[0] for p in OUTLET_PAGES])
def test_news_site_page(tmp_path: Path, name: str, expected: tuple[str | None, ...], lines: list[str]) -> None:
    """Every "!!" line (sidebar, promo, credit, caption, share button, byline, date) is blanked, every
    other line kept; outlet, date and author come from the page's own signals."""
    text = "\n".join(line.removeprefix("!!") for line in lines) + "\n"
    write(tmp_path, name, text)
    before = snapshot(tmp_path)
    (a,), _ = read(tmp_path)
    assert snapshot(tmp_path) == before  # nothing written next to the inputs
    assert a.text == text and len(a.clean) == len(text)
    pos = 0
    for line in lines:
        body = line.removeprefix("!!")
        seg = a.clean[pos : pos + len(body)]
        if line.startswith("!!"):
            assert seg.strip() == "", f"boilerplate kept: {body!r}"
        elif body.strip() and not (name.endswith(".md") and pos < text.find("\n---\n") + 5):
            assert seg == body, f"prose blanked: {body!r}"
        pos += len(body) + 1
    assert (a.outlet, a.outlet_source, a.published, a.published_source, a.author) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Updated 4:12 PM GMT+2, March 3, 2024", "2024-03-03"),
        ("March 3, 2024 10:41 AM GMT+1Updated 2 hours ago", "2024-03-03"),
        ("Sun 3 Mar 2024 10.15 GMT", "2024-03-03"),
        ("Published On 3 Mar 2024", "2024-03-03"),
        ("Posted by Sam Keller on March 3, 2024", "2024-03-03"),
        ("By Jacob Magid 3 March 2024, 4:05 pm", "2024-03-03"),
        ("By Jane Roe, Staff Writer | March 3, 2024", "2024-03-03"),
        ("Jane Roe | March 3, 2024", "2024-03-03"),
        ("March 3, 2024 • 5 min read", "2024-03-03"),
        ("By Jacob Magid Today, 4:05 pm", None),
        ("Updated 2 hours ago", None),
    ],
)
def test_header_date_forms_are_read_and_blanked(header: str, expected: str | None) -> None:
    text = "Council to close ferry terminal\n\n" + header + "\n" + BODY
    assert detect_published(text) == expected
    assert blanked(text, header)
    assert clean_text(text)[0].endswith(BODY)


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("By Jacob Magid Today, 4:05 pm", "Jacob Magid"),
        ("Posted by Sam Keller on March 3, 2024", "Sam Keller"),
        ("By Jane Roe, Staff Writer | March 3, 2024", "Jane Roe"),
        ("Bethan McKernan in Jerusalem and agencies", "Bethan McKernan"),
    ],
)
def test_author_from_byline_forms(tmp_path: Path, header: str, author: str) -> None:
    write(tmp_path, "a.txt", "Council to close ferry terminal\n" + header + "\n" + BODY)
    (a,), _ = read(tmp_path)
    assert a.author == author
    assert a.outlet_source == "id"  # "Staff Writer", "Jerusalem" are not outlets


def test_title_case_headline_with_in_is_not_a_byline() -> None:
    text = "Ferry News\nCouncil Leaders in Harbour Town\n" + BODY
    assert clean_text(text) == (text, ())


@pytest.mark.parametrize(
    "line",
    [
        "Share prices in the harbour rose 2% after the announcement.",
        "Save the Children said 12 children were treated for exposure.",
        "Updated figures show 30 ferries were sold last year.",
        "Source: the harbour master said 90 boats were moored.",
        "Copyright lawyers said 12 cases were pending.",
        "Getty Images photographer Jane Doe was injured on the quay.",
        "He spoke more about Harbour Board plans for 3 new piers.",
        "Read more about the 60-day plan in the draft seen by reporters, officials said.",
        "Most of the 250 ferries were stopped at the pier.",
        "Topics included the sale of 33 boats and a 42-day pause.",
        "5 things remain unresolved, the official said.",
        "Related talks in the harbour drew 5 delegations, officials said.",
        "4 minutes later the ferry sank.",
    ],
)
def test_prose_lines_near_boilerplate_words_are_kept(line: str) -> None:
    text = article_around(line)
    assert clean_text(text) == (text, ())


def test_related_block_ends_at_the_next_sentence_of_prose() -> None:
    text = BODY + "\nRelated Coverage\nStorm kills 8 in harbour town\nMarkets fall 3%\n" + BODY.replace("40", "41")
    clean, spans = clean_text(text)
    assert "kills 8" not in clean and "3%" not in clean
    assert clean.endswith(BODY.replace("40", "41"))  # the story after the block is kept
    assert len(spans) == 3


def test_caption_under_a_picture_credit_is_blanked() -> None:
    text = BODY + "\nGetty Images\nResidents queued for 6 hours at the terminal\n" + BODY
    clean, spans = clean_text(text)
    assert "6 hours" not in clean and "Getty" not in clean
    assert clean.endswith(BODY) and len(spans) == 2


@pytest.mark.parametrize("credit", ["Jane Roe/Harbour Photo Agency", "Image", "Photo credit"])
def test_caption_under_any_agency_credit_or_picture_label_is_blanked(credit: str) -> None:
    text = BODY + f"\n{credit}\nResidents queued for 6 hours at the terminal\n" + BODY
    clean, spans = clean_text(text)
    assert "6 hours" not in clean and credit not in clean
    assert clean.endswith(BODY) and len(spans) == 2


def test_a_caption_ended_by_its_credit_after_a_dash_is_blanked() -> None:
    text = BODY + "\nAna Ruiz, the first mayor of the harbour town – Photo: Tom Hale\n" + BODY
    clean, _ = clean_text(text)
    assert "Ana Ruiz" not in clean and "Tom Hale" not in clean
    prose = BODY + "\nThe mayor spoke for 40 minutes - her longest speech - and left.\n" + BODY
    assert "40 minutes" in clean_text(prose)[0]


def test_a_slash_between_places_is_not_a_picture_credit() -> None:
    text = BODY + "\nIsrael/Gaza\nResidents queued for 6 hours at the terminal\n" + BODY
    assert "6 hours" in clean_text(text)[0]


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Sept. 4, 2024", "2024-09-04"), ("4 SEPT 2024", "2024-09-04"),
     ("February 30, 2024", None), ("Published: 2024-02-29T10:00Z", "2024-02-29")],
)
def test_header_dates_share_the_month_table(line: str, expected: str | None) -> None:
    assert detect_published(line + "\n" + BODY) == expected


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("Source: Harbour Gazette and news agencies", ("Harbour Gazette", "boilerplate")),
        ("© 2024 The Harbour Gazette, all rights reserved", ("The Harbour Gazette", "boilerplate")),
        ("Copyright 2024 The Associated Press. All Rights Reserved.", ("The Associated Press", "boilerplate")),
        ("© Getty Images", None),
        ("© 2024 All rights reserved", None),
    ],
)
def test_outlet_from_closing_source_or_copyright_line(tail: str, expected: tuple[str, str] | None) -> None:
    text = BODY + "\n" + tail + "\n"
    assert detect_outlet(text) == expected
    assert blanked(text, tail)
    assert detect_outlet(tail + "\n" + BODY * 3) is None  # only at the end of the article


def test_boilerplate_inside_json_and_jsonl_text_is_blanked(tmp_path: Path) -> None:
    text = "Updated 2 hours ago\nAbout 100 ferries are in service.\nRelated articles:\nStorm kills 8\nShare\n"
    text += "Listen (3 min)"
    write(tmp_path, "a.jsonl", json.dumps({"id": "x", "published": "2024-03-03", "text": text}) + "\n")
    write(tmp_path, "b.json", json.dumps([{"id": "y", "text": "At least 90 boats sank.\n\n© 2024 AFP"}]))
    (x, y), _ = read(tmp_path)
    assert x.clean.split() == "About 100 ferries are in service.".split()
    assert (y.outlet, y.outlet_source) == ("AFP", "boilerplate")
    assert "2024" not in y.clean


@settings(max_examples=400)
@given(st.text(alphabet=st.sampled_from(list("ABCDEFGHIJabcdefg ÉéßǅΣσ1,.")), max_size=80))
def test_all_caps_promo_counts_letters_as_str_does(line: str) -> None:
    """The ASCII fast path counts capitals and small letters as ``str.isupper``/``islower`` do, and
    non-ASCII lines (É, ß, title-case ǅ, Greek) the same way."""
    from ceasefire_cli.boilerplate import _is_all_caps_promo

    upper = sum(c.isupper() for c in line)
    lower = sum(c.islower() for c in line)
    want = len(line) <= 200 and line.count(" ") >= 2 and upper >= 10 and upper >= 0.85 * (upper + lower)
    assert _is_all_caps_promo(line) == want


def test_infer_dates_puts_a_later_follow_up_after_the_consensus() -> None:
    """The dated reports (Saturday and Sunday) speak of the flood on Friday; an undated follow-up that keeps
    saying "Monday" and also names Friday was written on the Monday after, not the one before."""
    assert date(2025, 7, 26).weekday() == 5  # a Saturday
    sat = art(1, "2025-07-26", "The river burst its banks on Friday. Rescuers worked through Friday night.")
    sun = art(2, "2025-07-27", "Friday's flood left 40 homes under water.")
    later = art(3, None, "On Monday crews reopened the road. Monday's count found 12 homes lost on Friday. "
                         "By Monday evening the water had gone.")
    other = art(4, None, "On Thursday the council warned of rain. Thursday's forecast was grim. "
                         "Thursday night it came.")
    out = infer_dates([sat, sun, later, other])
    assert out[2].published == "2025-07-28"  # the Monday after
    assert out[3].published == "2025-07-24"  # nothing names either Thursday: the nearer one, two days before


def test_infer_dates_takes_the_stated_day_an_undated_story_s_weekdays_fit() -> None:
    """Monday's story says the strike will run from Wednesday until next Monday; Wednesday's says it began.
    An undated story saying it began on Wednesday and lasts until next Monday is Wednesday's: on Monday its
    "began on Wednesday" would be the Wednesday before, which no dated story speaks of."""
    assert date(2024, 1, 22).weekday() == 0  # a Monday
    mon = art(1, "2024-01-22", "The drivers' union will strike from Wednesday until next Monday.")
    wed = art(2, "2024-01-24", "The strike began on Wednesday at dawn.")
    undated = art(3, None, "Drivers began their longest strike on Wednesday; it will last until next Monday.")
    out = infer_dates([mon, wed, undated])
    assert out[2].published == "2024-01-24"


def test_infer_dates_near_the_start_of_the_calendar_does_not_overflow() -> None:
    out = infer_dates([art(1, "0001-01-08"), art(2, None, "On Monday and Monday again and Monday, on Friday.")])
    assert out[1].published_source == "inferred"


def test_a_hard_wrapped_article_is_read_as_paragraphs_and_its_quote_keeps_its_speaker(tmp_path: Path) -> None:
    from test_textutil import WRAPPED

    from ceasefire_cli.extract import extract_articles

    (tmp_path / "wire.txt").write_text(WRAPPED, encoding="utf-8")
    (a,), _ = read(tmp_path)
    assert a.text == WRAPPED and len(a.clean) == len(WRAPPED)  # the text as read; offsets unchanged
    quotes = [m.item for m in extract_articles([a], kinds=("quote",))]
    assert [q.speaker for q in quotes] == ["Harbour Pilots Association"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Floods kill 12\nLena Okafor, Braga Herald\nJune 14, 2025\n\nTwelve people died.", ("Braga Herald", "byline")),
    ("Floods kill 12\nBraga Herald staff\n\nTwelve people died.", ("Braga Herald", "byline")),
    ("Floods kill 12\nBy Braga Herald staff\n\nTwelve people died.", ("Braga Herald", "byline")),
    # a newspaper's own noun ends the outlet's name, and two plain names are two authors
    ("Floods kill 12\n\nBy Lena Okafor, Valley Courier\n\nTwelve people died.", ("Valley Courier", "byline")),
    ("Floods kill 12\n\nBy Lena Okafor, Harbor Ledger\n\nTwelve people died.", ("Harbor Ledger", "byline")),
    ("Floods kill 12\n\nBy Lena Okafor, Tomas Brenner\n\nTwelve people died.", None),
    ("Floods kill 12\nAna Ruiz, Chief Executive\n\nTwelve people died.", None),
    ("Floods kill 12\nTomas Brenner, Porto\n\nTwelve people died.", None),
    ("Lena Okafor, Braga Herald\n\nTwelve people died.", None),  # the first line may be a headline
])
def test_a_byline_without_by_names_the_outlet_only_by_an_outlets_name(text: str, expected) -> None:
    assert detect_outlet(text) == expected


def test_undated_articles_take_the_year_of_a_scattered_folders_dated_ones() -> None:
    """Dated articles too far apart to agree on a day still give the year of the day the undated ones name:
    'Oct. 26' within two months of them is that October's."""
    arts = [art(1, "2030-10-28"), art(2, "2030-11-03"), art(3, "2030-11-09"),
            art(4, None, "The city fell on Oct. 26. Fighting went on all week."),
            art(5, None, "Rebels took the city on 26 October, witnesses said.")]
    assert [a.published for a in infer_dates(arts)][3:] == ["2030-10-26", "2030-10-26"]


def test_undated_articles_of_one_storys_scattered_coverage_are_its_first_reports() -> None:
    """No consensus (a first report, follow-ups a week and a month on) and no day the undated ones name: they
    are read from the earliest stated day, their weekdays moving them ('on Friday' is the Friday before)."""
    arts = [art(1, "2030-11-23"), art(2, "2030-11-29"), art(3, "2030-12-28"),
            art(4, None, "Gunmen seized the pupils on Friday, police said.")]
    assert date(2030, 11, 22).weekday() == 4
    out = infer_dates(arts)
    assert (out[3].published_source, out[3].published is not None) == ("inferred", True)
    assert abs((date.fromisoformat(out[3].published) - date(2030, 11, 23)).days) <= 6


def test_a_page_saved_a_word_to_a_line_keeps_its_figures(tmp_path: Path) -> None:
    words = ("The court sentenced the former treasurer to 12 years in prison on Monday for stealing from the union"
             " fund he ran")
    write(tmp_path, "words.txt", "\n".join(words.split()) + "\n")
    (a,), _ = read(tmp_path)
    assert a.text.count("\n") == 21
    assert "to 12 years in prison" in a.clean  # a line of a bare number is no page furniture here


def test_a_capitals_line_over_a_quote_is_kept_and_one_over_prose_is_not() -> None:
    """"NORLAND PRIME MINISTER ANA RUIZ" over her words heads a quote in a round-up of reactions; the same line
    over a sentence is a promo headline."""
    head = "NORLAND PRIME MINISTER ANA RUIZ"
    kept, _ = clean_text(f"The attack came at noon on Tuesday, officials said.\n{head}\n\"We are horrified.\"\n")
    promo, _ = clean_text(f"The attack came at noon on Tuesday, officials said.\n{head}\nThe roads reopened.\n")
    assert head in kept
    assert head not in promo


def test_infer_dates_puts_first_coverage_on_the_day_a_lone_follow_up_calls_last_week_s() -> None:
    """The one dated article is a follow-up filed the Tuesday after, speaking of "last Wednesday night"; an
    undated report of "Wednesday night" and "early Thursday" is first coverage of that night, not a story of the
    Tuesday whose "Wednesday" would be the next day."""
    assert date(2025, 2, 4).weekday() == 1  # a Tuesday
    follow_up = art(1, "2025-02-04", "The two boats collided last Wednesday night off the pier. Divers have now "
                                     "recovered all 12 bodies.")
    first = art(2, None, "Two boats collided Wednesday night off the pier. Officials said early Thursday that no "
                         "one had survived.")
    out = infer_dates([follow_up, first])
    assert out[1].published in ("2025-01-29", "2025-01-30")
    later = art(3, None, "Divers went back to the pier on Tuesday, a week after the two boats collided.")
    assert infer_dates([follow_up, later])[1].published == "2025-02-04"  # nothing of the earlier week: the consensus
