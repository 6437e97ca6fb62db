"""Tests for quote extraction: spans, speakers, cues, media, continuation and robustness."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ceasefire_cli.models import MEDIA, Quote
from ceasefire_cli.quotes import MIN_WORDS, find_quotes

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


def only(text: str, first_words: str) -> Quote:
    """The single quote that starts with ``first_words``."""
    hits = [q for q in find_quotes(text) if q.quote.startswith(first_words)]
    assert len(hits) == 1, [q.quote for q in find_quotes(text)]
    return hits[0]


def check_spans(text: str, quotes: list[Quote]) -> None:
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.quote == q.text
        assert q.quote == q.quote.strip()


# --- spans and marks ----------------------------------------------------------------------------


def test_offsets_exclude_marks_and_split_quote_gives_two() -> None:
    text = '"The pool will reopen in June," the mayor said, "and the fees will stay the same."'
    qs = find_quotes(text)
    check_spans(text, qs)
    assert [q.quote for q in qs] == ["The pool will reopen in June,", "and the fees will stay the same."]
    assert text[qs[0].start - 1] == '"' and text[qs[0].end] == '"'


def test_curly_and_straight_marks() -> None:
    text = (
        "Coach Dana Reyes said “we were never in the game tonight,” and later added, "
        '"the second half was even worse than the first."'
    )
    qs = find_quotes(text)
    check_spans(text, qs)
    assert [q.quote[:10] for q in qs] == ["we were ne", "the second"]
    assert {q.speaker for q in qs} == {"Dana Reyes"}


def test_two_apostrophes_open_a_quote_as_they_close_one() -> None:
    text = ("The mayor spoke.\n''Our harbour will open again before the spring tides,\" Ana Ruiz said.\n"
            "''The bridge work is slower than we hoped,'' said Costa, adding that crews would ''keep every lane open "
            "for the ferries.''")
    qs = find_quotes(text)
    check_spans(text, qs)
    assert [(q.quote[:12], q.speaker) for q in qs] == [
        ("Our harbour ", "Ana Ruiz"), ("The bridge w", "Costa"), ("keep every l", "Costa")]
    assert qs[-1].quote.endswith("ferries.")


def test_single_quote_pairs_but_not_apostrophes() -> None:
    text = (
        "The players’ union rejected the offer. 'We will not sign anything this season,' said striker Leo Varga.\n"
        "The fans’ mood soured and the owners' box stayed empty while the club's shop closed early."
    )
    qs = find_quotes(text)
    check_spans(text, qs)
    assert [q.quote for q in qs] == ["We will not sign anything this season,"]
    assert qs[0].speaker == "Leo Varga"


def test_scare_quotes_are_dropped() -> None:
    text = (
        'The council called the plan "reckless" and "deeply flawed", and critics spoke of "alternative options".\n'
        '"This budget leaves every library open until nine," the treasurer said.'
    )
    qs = find_quotes(text)
    assert [q.quote for q in qs] == ["This budget leaves every library open until nine,"]
    assert all(len(q.quote.split()) >= MIN_WORDS for q in qs)


def test_titles_of_works_are_not_quotes() -> None:
    text = 'The report, "Flood Risk In The Lower Valley Basin", was published by the agency on Monday.'
    assert find_quotes(text) == []


def test_unclosed_quote_runs_to_its_paragraph_end_and_a_stray_mark_costs_nothing() -> None:
    text = (
        'Governor Maria Santos said the storm was "moving north at twelve miles an hour\n'
        "Officials ordered evacuations along the coast.\n"
        '"Leave now while the roads are still open," Governor Maria Santos said.\n'
        'A stray " mark sits in this paragraph with nothing to close it.\n'
        '"Shelters have room for everyone who needs one," Santos added.'
    )
    qs = find_quotes(text)
    check_spans(text, qs)
    assert [q.quote[:15] for q in qs] == ["moving north at", "Leave now while", "Shelters have r"]
    assert qs[0].quote.endswith("an hour")
    assert [q.speaker for q in qs] == ["Maria Santos"] * 3


def test_a_quoted_sentence_broken_across_lines_is_one_quote_with_the_cue_after_it() -> None:
    text = (
        "Fire officials said about 60 people were trapped in a tunnel.\n"
        "“Right now the first thing, the only thing,\n"
        "is to reach the people in there,” said Governor Ana Ruiz, speaking outside the station."
    )
    qs = find_quotes(text)
    check_spans(text, qs)
    assert [(q.quote[:9], q.speaker) for q in qs] == [("Right now", "Ana Ruiz")]
    assert qs[0].quote.endswith("in there,")


def test_unclosed_quote_after_a_closed_one_keeps_the_speaker_of_its_paragraph() -> None:
    text = (
        "“The pier is gone,” the harbour master said. “The ferry will not run again before the spring and we\n"
        "Ferry passengers were told to use the bridge."
    )
    qs = find_quotes(text)
    check_spans(text, qs)
    assert [q.quote[:9] for q in qs] == ["The pier ", "The ferry"]
    assert qs[1].quote.endswith("and we")
    assert qs[0].speaker == qs[1].speaker == "harbour master"


def test_multi_paragraph_quote_gives_one_quote_per_part() -> None:
    text = (
        "The club issued a statement, warning, “Any supporter who throws objects onto the pitch will be banned.\n"
        "\n"
        "“We will not tolerate behaviour that endangers players, staff or fans.”\n"
        "The stadium reopens on Saturday."
    )
    qs = find_quotes(text)
    check_spans(text, qs)
    assert [q.quote[:12] for q in qs] == ["Any supporte", "We will not "]
    assert qs[0].quote.endswith("banned.")
    assert qs[0].speaker == qs[1].speaker == "club"
    assert qs[0].medium == qs[1].medium == "statement"


def test_a_quote_of_several_paragraphs_set_on_one_line_gives_one_quote_per_part() -> None:
    # each part opens with a mark and only the last is closed, as when a page's paragraphs lost their breaks
    for o, c in (("“", "”"), ('"', '"')):
        text = (f"The ferry operator said: {o}Two sailings were cancelled because of the storm this morning. "
                f"{o}Passengers booked on them will be moved to the evening crossings. "
                f"{o}We apologise to everyone whose plans were upset.{c}\nThe port reopens on Sunday.")
        qs = find_quotes(text)
        check_spans(text, qs)
        assert [q.quote[:12] for q in qs] == ["Two sailings", "Passengers b", "We apologise"]
        assert qs[0].quote.endswith("this morning.")
        assert {q.speaker for q in qs} == {"ferry operator"}
    # a mark inside a sentence opens a quote within it, not a part
    text = 'She told the board "no more delays" and then the board voted to close the depot at last.'
    assert [q.quote for q in find_quotes(text)] == []


def test_blank_runs_never_yield_quotes() -> None:
    text = (
        '"Tickets for the final sold out within an hour,"            the club said.\n'
        '                                                            \n'
        'A "boilerplate                                 promo line here" sat there.\n'
    )
    qs = find_quotes(text)
    check_spans(text, qs)
    assert [q.quote for q in qs] == ["Tickets for the final sold out within an hour,"]
    assert qs[0].speaker == "club"


def test_repeated_quote_is_kept_once() -> None:
    text = (
        'The mayor said "we will rebuild every home on this street."\n'
        'Mayor Ana Ruiz spoke on Friday. "We will rebuild every home on this street. It will take a year," she said.'
    )
    qs = find_quotes(text)
    assert len(qs) == 1 and qs[0].quote.endswith("a year,")
    assert qs[0].speaker == "Ana Ruiz"


# --- speaker patterns -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "speaker", "cue"),
    [
        ('"The water is safe to drink again," Mayor Tom Hale said.', "The water", "Tom Hale", "said"),
        ('"We have done our part in full," said Priya Nair, the union\'s treasurer.', "We have", "Priya Nair", "said"),
        ('Priya Nair said: "We will strike on Monday morning."', "We will", "Priya Nair", "said"),
        ('Priya Nair said, "We will strike on Monday morning."', "We will", "Priya Nair", "said"),
        ('Priya Nair said that "nobody wants a strike this winter."', "nobody", "Priya Nair", "said"),
        ('Priya Nair added, "The ballot closes on the first of May."', "The ballot", "Priya Nair", "added"),
        (
            'Priya Nair, the union\'s treasurer since 2019, said that "the strike fund is nearly empty."',
            "the strike",
            "Priya Nair",
            "said",
        ),
        ('Priya Nair warned, "Members will walk out if the offer is cut."', "Members", "Priya Nair", "warned"),
        ("Priya Nair called it “the worst offer this union has ever had.”", "the worst", "Priya Nair", "called it"),
        (
            "The walkout began with Priya Nair saying the offer “is an insult to every single member.”",
            "is an",
            "Priya Nair",
            "saying",
        ),
        (
            '"Two more matches will be moved indoors," according to league director Omar Haddad.',
            "Two more",
            "Omar Haddad",
            "according to league director Omar Haddad",
        ),
    ],
)
def test_speaker_patterns(text: str, first: str, speaker: str, cue: str) -> None:
    q = only(text, first)
    assert q.speaker == speaker
    assert q.cue == cue


@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [
        # a noun in -ly before the verb is the subject, not an adverb
        ('Lena Ortiz spoke first.\n\n"We thank everyone who kept her name alive," the family said online.',
         "We thank", "family"),
        ('"We thank everyone who kept her name alive," the family quickly said.', "We thank", "family"),
        # speech verbs of memory and testimony
        ('Omar Haddad spoke.\n\n"I never gave up hope that he would return," his sister recalled.',
         "I never", "his sister"),
        ('"It was the longest night of my whole life," recalled Dana Cole, a nurse.', "It was", "Dana Cole"),
        ("Dana Cole testified that she \u201csaw the truck hit the barrier at full speed.\u201d", "saw the",
         "Dana Cole"),
        # a middle initial is part of the name, not an acronym: the surname alone later is the same person
        ('Jon P. Halvorsen, the chief negotiator, spoke. "Nobody should expect a quick resolution," Halvorsen said.',
         "Nobody", "Jon P. Halvorsen"),
        # a document speaks for its owner; an agency quoting someone is not the speaker
        ("The Union of Rail Workers met. The union's statement said the vote showed \"overwhelming support for"
         " a fair contract.\"", "overwhelming", "Union of Rail Workers"),
        ("Viktor Kessler flew home. The agency TASS quoted Kessler as saying he was \"overjoyed to be back in"
         " my homeland.\"", "overjoyed", "Viktor Kessler"),
        # a description named in a comma-set apposition before the verb: the name speaks
        ('"The ship lost all power," the vessel\'s owner, Harbor Line Ltd, said in a statement.', "The ship",
         "Harbor Line Ltd"),
        ('"We are still searching," the fire chief, James Wallace, said.', "We are", "James Wallace"),
        ('"We are still searching," the fire chief, who asked not to be named, said.', "We are", "fire chief"),
        # a relative clause's subject; kin as speakers; a newspaper's name with 'Today' in it
        ('The couple met the mayor, Lena Ortiz, who said in a statement that "help will come to every family here."',
         "help will", "Lena Ortiz"),
        ("Dana Cole's parents said in a statement, \"We are so relieved that she is home with us again.\"",
         "We are", "Dana Cole's parents"),
        ('As Metro Today noted, the deal would have been "a notable diplomatic feat at any other time."',
         "a notable", "Metro Today"),
        # an agency that relays what someone said before the quote is not the speaker
        ("Dana Cole's parents said in a statement, \"We are so relieved that she is home with us again,\""
         " the agency reported.", "We are", "Dana Cole's parents"),
        ('Union leader Omar Haddad told the crowd the strike was about respect, according to the Valley Herald.\n\n'
         '"This is about every working family in this country and their future."', "This is", "Omar Haddad"),
        # a group named as the subject just before, for 'it'; a company named 'General …' is no general
        ("The county jail website listed him as released.\nThe Cole family confirmed his release on Friday.\n"
         '"Today our prayers have been answered and he is on his way home," it said.', "Today our", "Cole family"),
        ('Plants of Ford, General Motors and Stellantis closed, Omar Haddad said.\n\n'
         '"Tonight, for the first time in our history, we strike all three," he said.', "Tonight", "Omar Haddad"),
        # 'he' after a sentence whose second clause has its own speaker: that speaker
        ('"We thank our partners for their help," envoy Mark Lowe said.\n\nLowe gave no details, but Omar Haddad,'
         ' the boy\'s father, told reporters his son was safe.\n\n"He called us from the plane and told us he was'
         ' fine," he said.', "He called", "Omar Haddad"),
        # an auxiliary between the subject and the speech verb
        ("Mayor Tom Hale and Governor Ana Ruiz met on Monday.\nUnlike Hale, Ruiz has said the goal is peace.\n"
         '"We will not stop until every family is home again," she said.', "We will", "Ana Ruiz"),
        # 'meanwhile' before the verb; a page's 'Quote:' label is nobody; an object after '-ing' is not 'he'
        ('His deputy, Omar Haddad, meanwhile described the news as "a confession that they have killed him."',
         "a confession", "Omar Haddad"),
        ('On Friday the prison service reported his death.\n\nQuote: "On the 16th the inmate felt unwell after a'
         ' walk and lost consciousness."', "On the", "prison service"),
        ('After reading the verdicts finding Tom Hale guilty, Judge Peter Ross thanked the jurors.\n\n'
         '"I have to thank you on behalf of the people of this state," he said.', "I have", "Peter Ross"),
        # a title with its body before the name: the name is the speaker, not the title
        ('"We will rebuild every single house that fell this week," National Coordinator of Civil Protection '
         'Marta Oliveira said.', "We will", "Marta Oliveira"),
        # a title of a place, then the holder's name set off by commas
        ('The deputy mayor of Portovale, Anan Merid, told reporters that "the city has lost a quarter of its '
         'people in one night."', "the city", "Anan Merid"),
        # a time zone after a clock time names nobody, so 'it' is not 'ET'
        ('The first plane took off at 9am ET just after the talks ended. It said the talks "will go on next week '
         'in the capital of the northern province."', "will go", None),
        # an office in capitals, then the holder's name (with a rank or honorific) set off by commas
        ('The Special Adviser to the Governor on Public Works, Chief Tunde Amadi, said "We are glad the '
         'bridge is open again."', "We are", "Tunde Amadi"),
        ('The Director of Navy Press Affairs, Rear Adm. Kola Ade, said in a statement on Sunday: "The crew are '
         'safe and well fed now."', "The crew", "Kola Ade"),
        # a place set off after the name is where the speaker is from, not the speaker
        ('"The water came in the night and took whole streets with it," rescuer Dean Okafor, from Lima said.',
         "The water", "Dean Okafor"),
        # "read" speaks only for a document
        ('She read the list aloud: "Ada, Bola and Chidi are all home now with us."', "Ada, Bola", None),
        # an outlet quoting someone after the quote: the one quoted speaks
        ('"The rains were stronger than any model predicted," the Daily Courier quoted Anna Velt, a rain '
         'scientist.', "The rains", "Anna Velt"),
        ('"Nobody expected the river to rise so fast," the paper quoted a resident as saying.', "Nobody",
         "a resident"),
        ('"The talks have stalled for a second week," the news agency cited a senior diplomat as saying.', "The talks",
         "a senior diplomat"),
        ('"Nobody told us to leave our homes," the radio station reported one farmer as saying.', "Nobody",
         "one farmer"),
        ('"The road will reopen by the weekend at the latest," Reuters reported on Friday.', "The road", "Reuters"),
        # a broadcaster described by what it is speaks for itself
        ('"The dam gave way shortly before dawn," state television said.', "The dam", "state television"),
        ('"The dam gave way shortly before dawn," the radio station reported.', "The dam", "radio station"),
        ('"We will not leave this valley," said the elder quoted by the local radio.', "We will", "elder"),
        # a joint statement is no one speaker's, whoever spoke last
        ('Officials met in the capital, a senior Valdoran official said.\n\n"The mediation succeeded thanks to '
         'both sides," the joint statement said.', "The mediation", "joint statement"),
        # an apposition whose closing comma is missing still describes the name before it
        ('Ana Ruiz, a former minister and leader of the Green Future party said "It is not the right time for '
         'this law".', "It is", "Ana Ruiz"),
        # a surname that is also a title, then a suffix: the whole name, not the suffix
        ('"It was a long night for all of the families here," Martin Luther King III said.', "It was",
         "Martin Luther King III"),
        # '… was quoted as saying': the one quoted speaks
        ('Mr Lee saw the jet come down as he walked his dog.\n\n"It looked like it was trying to land, and then '
         'there was a bang," he was quoted as saying by a local agency.', "It looked", "Lee"),
        # '… was quoted by <outlet> as saying': the one quoted speaks, not the outlet
        ('"The order breaks the charter and cannot stand," Attorney General Tomas Reyd was quoted by the '
         'Valdoran Tribune as saying.', "The order", "Tomas Reyd"),
        # a 'he' after 'cited an official as saying …' is that official, not a person named further back
        ('Minister Anwar Selim said on Monday that he would meet the strikers.\n\nA wire service cited a port '
         'official as saying that dozens of trucks had been turned back.\n\n"They blocked the gates before dawn '
         'and nobody could leave," he said.', "They blocked", "a port official"),
        # ... or as the subject opening the sentence before; a source added after a comma is not whom 'she' means
        ('Chief Constable Ana Ruiz spoke at the scene on Monday.\n\nA boy was arrested and a knife was found, a '
         'police spokesperson said.\n\n"This is a dreadful attack and our thoughts are with the families," she '
         'said.', "This is", "Ana Ruiz"),
        # ... unless the official is named in the same sentence
        ('Minister Anwar Selim said on Monday that he would meet the strikers.\n\nBoats were stuck, according to '
         'a port official who gave his name as Tariq Mendes.\n\n"They blocked the gates before dawn and nobody '
         'could leave," he said.', "They blocked", "Tariq Mendes"),
        # ... nor someone the story only heard ('heard a man shouting'), nor one of the other sex
        ('Baker Lena Holt described hearing a man shouting for help as she opened her shop in Quay Road.\n\n'
         'Speaking to a local paper, she said: "We ran out to the street and saw smoke pouring from the van."',
         "We ran", "Lena Holt"),
        ('Minister Anwar Selim said on Monday that he would meet the strikers.\n\nA wire service cited a port '
         'spokeswoman as saying that dozens of trucks had been turned back.\n\n"They blocked the gates before '
         'dawn and nobody could leave," he said.', "They blocked", "Anwar Selim"),
        # 'the governor' is the office's holder named after it, not the place the office is of
        ('The governor of Ponte Alta, Marco Reis, spoke at noon.\n\nThe governor said that Monday would be "the '
         'hardest day yet for the pumping crews" in the valley.', "the hardest", "Marco Reis"),
        # '…," the minister added' goes on with whoever just spoke, when the text gives that one no title
        ('Health Minister Rami Haddad said on Monday that the toll had risen to nine.\n\nThe state radio reported '
         'that Omar Tal called the raid "a cowardly act against our farmers and their families".\n\n"We will '
         'bring a complaint to the regional court before the week is out."\n\n"Nobody will silence us, whatever '
         'they send across the river," the minister added.', "Nobody will", "Omar Tal"),
        # an agency after an inverted 'reported' is the source: '"…," reported the News Agency'
        ('“Two ministers and a trainee pilot were among those on the flight,” reported the Valdoran News Agency '
         '(VNA).', "Two ministers", "Valdoran News Agency (VNA)"),
        # an acronym is spelled out by the body's full name, its initials, when the text never gives '(NA)'
        ('Northern Atlantic Railway and Western Pacific Gulf Line shut their yards.\n\n"We made a fair offer '
         'and we are ready to keep talking," NA said.', "We made", "Northern Atlantic Railway (NA)"),
        ('Northern Atlantic Railway and Western Pacific Gulf Line shut their yards.\n\n"Our trains stay in '
         'the yards until the union agrees," WPGL said.', "Our trains", "Western Pacific Gulf Line (WPGL)"),
        # ... its longest spelling, wherever it stands: not the 'Northern Atlantic' of an earlier line
        ('Northern Atlantic and Western Pacific Gulf Line trains stood idle.\n\nNorthern Atlantic Railway shut '
         'its yards.\n\n"We made a fair offer and we are ready to keep talking," NA said.', "We made",
         "Northern Atlantic Railway (NA)"),
        # 'Name of the Body said': the person speaks; 'The head of the Body said' names nobody else
        ('President Mark Voss of the Brotherhood of Rail Crews said the order "takes away the one tool every '
         'worker has".', "takes away", "Mark Voss"),
        ('The head of the Brotherhood of Rail Crews said the order "takes away the one tool every worker has".',
         "takes away", "Brotherhood of Rail Crews"),
        # 'the broadcaster' is the body the text named right after that noun ('state broadcaster RTV')
        ('A crowd broke into the studios of state broadcaster RTV on Monday.\n\n"Our staff are safe but the '
         'newsroom is lost to the flames," the broadcaster said.', "Our staff", "RTV"),
        # a centre is a body that speaks, whoever's it is
        ('"The ground keeps moving slowly under the village," the country\'s national disaster centre told the '
         'UN office.', "The ground", "country's national disaster centre"),
        # the name a description is given speaks, not whoever spoke before
        ('"We lost everything," Omar Haidari said.\n\n"The walls fell on the children while they slept," a man '
         'identified as Karim Jalali told the news agency.', "The walls", "Karim Jalali"),
        ('"We lost everything," Omar Haidari said.\n\n"We need tents before the cold comes," a woman who gave her '
         'name as Farida Noori said.', "We need", "Farida Noori"),
        # a lone name that just spoke is whom the pronoun means, not a full name from further back
        ('"We need tents," Farida Noori said.\n\nThe quakes shook the town, resident Nargis said on Sunday.\n\n'
         '"The ground kept moving all night," she wrote in a text message.', "The ground", "Nargis"),
        # a short form of a title stands for the person the article titled in full
        ('Karnal Chief Minister Ravi Menon spoke on Monday.\n\n"We have sent every team we have to the hills," '
         'the CM said.', "We have", "Ravi Menon"),
        ('Prime Minister Ana Ruiz visited the coast.\n\nThe Norlandic premier called it a blow on "everything '
         'this small country has built in thirty years."', "everything", "Ana Ruiz"),
        # a document no one was said to issue speaks for itself, not for the last person named
        ('President Ana Ruiz said the two women were freed.\n\n"The mediation succeeded thanks to both sides," '
         'a joint statement read.', "The mediation", "a joint statement"),
        # a name ending in a word that only modifies titles is a body, and 'it' next is that body
        ('In another development, Islamic State said in an audio message that it was behind the attack.\n\n'
         'It said the attack was carried out by "two knights of the caliphate" in the city.', "two knights",
         "Islamic State"),
        # 'the nonprofit' is the body named last, never a country or city named since
        ('The strike raised fears for the U.S. economy, the Business Roundtable warned.\n\nIts members met '
         'officials in Washington.\n\n"Even a few days would hurt millions of families," the lobbyist nonprofit '
         'said.', "Even a", "Business Roundtable"),
        # 'the charity' is the body named last, whatever its name and wherever it is based, though it never spoke
        ('A drone hit a convoy of the aid group Harbour Meals (HM) on Monday.\n\nBut the U.K.-based charity noted in '
         'a statement that "the team was moving through a cleared corridor at the time."', "the team",
         "Harbour Meals (HM)"),
        ('Two drivers for Harbour Meals (HM) died in the strike.\n\n"We will not send trucks until this is explained," '
         'the food charity said.', "We will", "Harbour Meals (HM)"),
        # 'the document' is the document a name qualified before it, whether or not it spoke yet; a named
        # document speaks after 'according to'
        ('A leaked Norlandic army assessment, shown to reporters, puts the damage higher.\n\n"Our own review found the '
         'pumps failed within the first hour," the document said.', "Our own", "Norlandic army assessment"),
        ('According to the Norlandic survey document, "the levee gave way long before the storm peaked."',
         "the levee", "Norlandic survey document"),
        # 'the statement added' after a quote its issuer 'said in a statement': the issuer's words
        ('"The ferry office will stay open all night for families," Lena Varga said in a statement.\n\nThe '
         'statement added that the company is arranging "buses for anyone stranded at the pier."', "buses for",
         "Lena Varga"),
        # a title set off by commas before the name: the name holds it
        ('"The river has burst its banks in four places," Interior Minister, Ana Ruiz, wrote.', "The river",
         "Ana Ruiz"),
        ('"We will rebuild every house in the valley this year," Dean Okafor, Chief Engineer, said.', "We will",
         "Dean Okafor"),
        # a speaker's place after its noun is where it is, not who spoke
        ('Four guards were hurt, it said. "When the wall gave way, 90 workers were on the site," officials in '
         'Port Vale added.', "When the", "officials"),
        # 'the presidency' is a body: it speaks, not the country named in what it said
        ('In a statement, the presidency said Norland was facing "a very hard winter ahead of us all".',
         "a very", "presidency"),
        # a body and what it is for, after the quote and before it; 'it' next is that body
        ('"We have recovered nine bodies from the water," Valdora\'s state commission for maritime safety said in '
         'a statement.', "We have", "Valdora's state commission for maritime safety"),
        ('Kelmar\'s national committee on the welfare of refugees said it "will open three shelters by Friday."',
         "will open", "Kelmar's national committee on the welfare of refugees"),
        ('"We have recovered nine bodies," the state commission for maritime safety said.\n\nIt added that "the '
         'search will continue through the night."', "the search", "state commission for maritime safety"),
        # two places that speak together are both the speaker; of two people, the one named last
        ('"We will meet again next week," Valdora and Kelmar said in a joint statement.', "We will",
         "Valdora and Kelmar"),
        ('"We will meet again next month," Ana Ruiz and Karim Jalali said.', "We will", "Karim Jalali"),
        # an acronym of a body whose two-word name reads like a person's is that body
        ('Trains stopped across Norland as Valdora Rail cancelled most services.\n\n"We ask our passengers to '
         'check their connections," stressed VR.', "We ask", "Valdora Rail (VR)"),
        # a statement quoted later is the one 'In a statement, X said' told of: X's
        ('In a statement, the rebel council said the release was "a gesture of goodwill to the mediators".\n\n'
         'A truce came into effect on Sunday.\n\n"The crew are now in Muscat and safe," the statement read.',
         "The crew", "rebel council"),
        ('In a statement released on Sunday, the rebel council said the release was a gesture.\n\n'
         'A truce came into effect on Sunday.\n\n"The crew are now in Muscat and safe," the statement read.',
         "The crew", "rebel council"),
        # an office told with an adjective before it is its holder; a pupil known by school year is who just spoke
        ('Valdora Chief Minister Ravi Menon ordered an inquiry.\n\nAn emotional Chief Minister emphasized, "Despite '
         'all our preparations, this accident is deeply sorrowful."', "Despite all", "Ravi Menon"),
        ('"The jet crashed right in front of me and I ran to the gate," Mira, a student who gave one name, said.\n\n'
         '"Suddenly, I saw flames rising fiercely from the building," the 11th grader said.', "Suddenly, I",
         "Mira"),
        # 'informed' reports speech; one name after a noun of people is a person's, whom 'she' picks up
        ('"So far we have more than 180 dead in the hospital," the director of the Braga regional hospital, Ana '
         'Ruiz, informed EFE.', "So far", "Ana Ruiz"),
        ('Teams are preparing to help, Omar Haddad, spokesperson for the Red Crescent said.\n\nThe tremors caused '
         'panic in Braga, said resident Nadia.\n\n"People left their houses, we all are on the streets," she wrote '
         'in a text to Reuters.', "People left", "Nadia"),
        ('Teams are preparing to help, Omar Haddad, spokesperson for the Red Crescent said.\n\nThe water rose fast '
         'overnight, said nurse Nadia.\n\n"We have never seen the river climb this fast in the valley," she wrote.',
         "We have", "Nadia"),
        # a notice speaks for the body it came from, not for the agency that passed it on
        ('"The suspect was committed to a clinic for two weeks last summer," said a notice from the Valdora '
         'Analysis Center, according to Reuters.', "The suspect", "Valdora Analysis Center"),
        # a report quoted later is the one a broadcaster 'reported'
        ('In an update, Radio Valdora reported that troops had freed 40 people.\n\nThe rest were still held.\n\n'
         '"Most of the freed passengers are in good health and were taken to the city," the report added.',
         "Most of", "Radio Valdora"),
        # a 'his' in what someone said is not theirs, and a question in title case is a subhead, not a name
        ('Police chief Anna Kirkby spoke at dawn.\n\nWhat Else Do We Know About The Crash?\n\nKirkby said the man '
         'drove his truck into the crowd on Wednesday. She added: "This was a very deliberate act by one man."',
         "This was", "Anna Kirkby"),
        # 'the agency chief' is the one an apposition called its head, an acronym closing it
        ('Speaking in Geneva, Petteri Lund, head of the UN weather agency (WMA), said the warnings failed.\n\n'
         '"We could have avoided most of the casualties," the WMA chief told reporters.', "We could", "Petteri Lund"),
        # 'the disaster office' is the body named before whose name holds 'disaster', whatever its head
        ('The National Disaster Centre said the landslide buried more than 2,000 people.\n\n"The main highway was '
         'completely blocked," the disaster office said.', "The main", "National Disaster Centre"),
        # ... but a body whose name holds the head as well comes first: not the WHO for 'the health ministry'
        ('The Ministry of Health said 40 people were treated.\n\nThe World Health Organization warned of cholera.'
         '\n\n"We have enough beds for now," the health ministry said.', "We have", "Ministry of Health"),
        # 'mentioned' reports speech
        ('Earlier today, the Valdoran news agency VNA mentioned that "the two sides have agreed to meet." The '
         'exchange is expected soon.', "the two", "VNA"),
        # a reported speech goes on in fragments in the next sentence, with no cue of its own
        ('"The storm is trying to take everything we have built," Mayor Ana Ruiz said in her address. The old '
         'harbour, in her words, was "the beating heart of this town," and "every single pier will be rebuilt by '
         'spring."', "the beating", "Ana Ruiz"),
        # ... unless someone else speaks between
        ('"The storm is trying to take everything we have built," Mayor Ana Ruiz said. Harbour master Tomas Brenner '
         'said the old harbour was "the beating heart of this town" once.', "the beating", "Tomas Brenner"),
        # a participle's subject is the main clause's, not that of a verb inside a relative clause
        ("Port director Tomas Brenner kept his notes private. He faulted the speed with which the U.N. announced"
         ' the figures, stating, "Numbers like these need a second count before anyone prints them."',
         "Numbers like", "Tomas Brenner"),
        # a title set off by a comma before the name it gives: the name speaks
        ('The board met.\n\nHarbour Board Press Officer, Ana Costa shared the timetable on her X account and '
         'said, "From Monday, the night ferry will sail twice a week."', "From Monday", "Ana Costa"),
        # 'he' after a paragraph opened by a person of no known sex is that person, not a man named farther back
        ("Engineer Tomas Ruiz Valde took his seat as head of the port.\n\nValde, 52, was appointed by the board.\n\n"
         "\"I will put the cranes back to work,\" Valde said.\n\n\"I promise nothing quick,\" he added.\n\nValde "
         "replaces outgoing chair Marco Brenner, who ran the port through the dredging dispute.\n\nBrenner, 71, sold "
         "two tugs and froze hiring.\n\nHis cuts kept the port open but cost it three shipping lines.\n\n\"I kept the "
         "lights on in the hardest years we had,\" he said in a statement.", "I kept the", "Marco Brenner"),
        # 'the post said': whose account it was posted on, not whom the post addressed
        ("The council voted on Friday. A post on Ana Ruiz's X account, written before the vote, thanked the "
         "volunteers who cleaned the beach. \"The sand is ours again, and the turtles will nest there this summer,\" "
         "the post said.", "The sand is", "Ana Ruiz"),
        # a capitalised title set off by one comma only, then 'for' or 'of' and the verb: the name before it
        ('Marta Lind, Chief Harbour Engineer for the Minho Basin said: "The silt tests come back next week and we will '
         'publish them."', "The silt", "Marta Lind"),
        # 'he' is no newsletter, however its name is capitalised
        ("Mayor Tomas Ruiz thanked the lifeguards.\n\nGet the tide tables in your inbox each morning with our Coastal "
         "Newsletter.\n\n\"They pulled four swimmers out of the water before lunch,\" he said.", "They pulled",
         "Tomas Ruiz"),
        # a name opening with a compass word is a place, not the person 'he' means
        ("Marco Costa won the ward again on Friday.\n\nAt the Braga & Upper Selmont tally, where he held his ward, he "
         'called the result "a lesson in patience and nerve".', "a lesson", "Marco Costa"),
        # 'it' is a body that opens the very sentence, not the place named in it
        ("The Braga Rowing League called off Sunday's regatta on the Silver Cape course after two boats capsized: "
         '"No crew goes out until the buoys are replaced," it said.', "No crew", "Braga Rowing League"),
        # a statement read after the quote speaks for whom it came from
        ("The festival closed early on Friday.\n\n\"We owe every ticket holder a full refund and an apology,\" "
         "read a statement released on Saturday from organiser Ana Ruiz.", "We owe", "Ana Ruiz"),
        # a body's statement said to be issued at some time: the body, whenever it was issued
        ('The pier was shut.\n\n"The railings may not have met the code at all," a port authority statement '
         "issued late on Friday said.", "The railings", "port authority"),
        ('"We stay with the families for as long as needed," the ministry statement released late on Sunday said.',
         "We stay", "ministry"),
        # bodies and people news quotes by what they are, not the one who spoke before them
        ('Ana Ruiz spoke first. "We ask for privacy now," Ruiz said.\n\n"The curfew ends at six tomorrow '
         'morning," the junta said on state radio.', "The curfew", "junta"),
        ('Ana Ruiz spoke first. "We ask for privacy now," Ruiz said.\n\n"Our team will stay in the region for six '
         'more months," the mission said.', "Our team", "mission"),
        ('Ana Ruiz spoke first. "We ask for privacy now," Ruiz said.\n\n"The plane shook hard for about a minute," '
         "the pilot said.", "The plane", "pilot"),
        ('Ana Ruiz spoke first. "We ask for privacy now," Ruiz said.\n\nThe sailing collective said that "over two'
         ' days, patrol boats stopped every one of ours."', "over two", "sailing collective"),
        # a body's spokesperson, never named, is not whoever spoke before
        ('Ana Ruiz met the envoy on Monday and said the talks went well.\n\n"A team led by the envoy is heading '
         'to the border now," the embassy spokesperson said.', "A team", "embassy spokesperson"),
        # a courier or a carrier is a company: the one named before
        ('A cargo jet run by Swiftpost crashed. Swiftpost said it was "working with the investigators tonight."\n\n'
         '"We are grieving with the families of our three pilots," the courier added.', "We are grieving",
         "Swiftpost"),
        # a person described by the children they have is the one the story just told of, as one by age is
        ('Tomas Berg won the first round on Sunday.\n\n"Our only rival is the past, and we will beat it in May," said '
         "the father of three.", "Our only rival", "Tomas Berg"),
        ('Tomas Berg won the first round on Sunday.\n\n"Our only rival is the past, and we will beat it in May," said '
         "the father of three and devout Lutheran.", "Our only rival", "Tomas Berg"),
        # a bare initial inside a name is part of it, not where the name starts
        ('"We will rebuild the chapel before the rains come," said Ana S Ruiz.', "We will rebuild", "Ana S Ruiz"),
        # three words after a whole title in capitals are the name, family name first
        ('Acting Chief Justice Park Jin Ho read the ruling. "The rules of the state were broken," Park Jin Ho '
         "said.", "The rules", "Park Jin Ho"),
        ('"We reject the ruling of the court today," President Kim Mi Sung said.', "We reject", "Kim Mi Sung"),
        ('"We accept the ruling of the court today," Chief Justice Ana Ruiz said.', "We accept", "Ana Ruiz"),
        # the sentence's full stop after a body is not part of its name
        ('"Our crews fought the flames all night," said the fire service.', "Our crews", "fire service"),
        ('"Every road out of the valley was shut by noon," read a statement from the city council.', "Every road",
         "city council"),
        # an age before a relative clause is no head: the one named before it speaks
        ('Ana Ruiz, 34, who was in Braga, a town near Porto, told reporters: "We have lost everything we had."',
         "We have lost", "Ana Ruiz"),
        # a body's name run into a person's, as translations write it: the person the article also calls Kowal
        ("Head of the Federal Office Ivo Kowal announced the swap on the radio.\n\n\"We have 80 people back, and "
         "Ivan Petrenko is on his way to the border,\" he said.\n\nKowal added that more would follow.",
         "We have 80", "Ivo Kowal"),
        # an office with 'the' points back to the person who just spoke, whom the text gives no other title
        ('Ana Ruiz told parliament on Monday that the five sailors were home.\n\n"It is a day of relief for every '
         'family that waited," the prime minister said.', "It is a day", "Ana Ruiz"),
        ('Foreign Secretary Tom Hale told parliament on Monday that the five sailors were home.\n\n"It is a day of '
         'relief for every family that waited," the prime minister said.', "It is a day", "prime minister"),
        # ... but a body whose name goes on in capitals ('Committee Against Torture') is the body
        ('The Committee Against Torture said: "The detainees must be freed at once and without any conditions."',
         "The detainees", "Committee Against Torture"),
        # a place and a weekday after it are no one's name, nor is a unit named for its place
        # a description after the name runs, commas and all, up to the verb, before the quote or after it
        ('In one district, Upper Selmont, up to 900 homes were damaged and "more than 60 people died in the night", '
         "Ana Ruiz, the programme officer leading the agency's emergency response said.", "more than 60", "Ana Ruiz"),
        ("Transport Secretary Tom Hale, a former television host who served as mayor of Braga, Portugal, before "
         'taking the post, said there was no failure but "clearly something went wrong on that runway."',
         "clearly something", "Tom Hale"),
        # a head of state is the ruler the text names, after the quote or further on
        ("Five commanders were moved to Malta, Valdoran President Ivo Kowal said. The mayor, Ana Ruiz, met them."
         '\n\n"They will be safe there until the war is over," the head of state said.', "They will", "Ivo Kowal"),
        ("Five commanders were moved to Malta, Valdoran President Ivo Kowal said, under a deal with Maltese "
         'President Lia Borg. They will stay there "in complete safety and in decent conditions" until the war ends, '
         "according to the Valdoran head of state.", "in complete", "Ivo Kowal"),
        ("Capt. Ana Ruiz, the head of Sector Braga, said calls from Porto Monday told of 40 people in the river."
         '\n\n"Our crews reached every one of them before dark," she said.', "Our crews", "Ana Ruiz"),
        # a statement's issuers told by what they are, not named: they, not "statement"
        ("Dock deal\n\nThe guild and the ship owners said in a statement on Monday that talks would resume in spring."
         '\n\nCrews cheered at the gates.\n\n"Our members go back to work tomorrow and the ships will be loaded again,"'
         " the statement said.", "Our members", "guild and the ship owners"),
        # 'said according to' a paper: the paper carried the speaker's words
        ("Fire at the depot\n\nFire service spokesman Tom Hale said according to the regional weekly Harbour Post: 'We"
         " have found nothing so far to show that the blaze was set on purpose.'", "We have found", "Tom Hale"),
        # an office 'of' a body is the office, never a person named 'of Tourism': its holder speaks
        ("Count closes\n\nTourism Minister Tom Hale admitted defeat late on Sunday.\n\nThe Minister of Tourism spoke to"
         " his rival and wished her well. “She won fairly and I will help her,” he said.", "She won fairly",
         "Tom Hale"),
        # the verb of a clause fronted before the subject speaks for someone else
        ("Ruiz's backing for the new mayor irks the governor\n\nDespite Governor Tom Hale insisting that the state"
         " opposes the scheme, Senator Ana Ruiz congratulated Costa on his narrow win and praised all the voters of the"
         ' town for their show of "a calm, orderly and fair vote that others could copy."', "a calm", "Ana Ruiz"),
        # an office 'of' a body, then the name that holds it, ends where the name's verb begins
        ("Ruiz's backing for the new mayor irks the governor\n\nDespite Governor Tom Hale insisting that the state"
         " opposes the scheme, US Secretary of State Ana Ruiz congratulated Costa on his narrow win and praised all the"
         ' voters of the town for their show of "a calm, orderly and fair vote that others could copy."', "a calm",
         "Ana Ruiz"),
        # a body named with a slash is one name, and the statement it issued speaks for it
        ("Forty people died in the flood, the Northern Freedom Front/Army said.\n\n"
         '"We are asking every neighbour with a boat to help us," the group added.', "We are asking",
         "Northern Freedom Front/Army"),
        # the acronym after a body's name, at the sentence's start, is no part of the phrase its verb follows
        ("The Lake Valley Front (LVF) put out a statement on Monday asking for boats. The statement warned, \u201cEvery"
         " road into the valley is under water and the bridge is gone.\u201d", "Every road", "Lake Valley Front (LVF)"),
        ("The Lake Valley Front (LVF), which runs the district, put out a statement on Monday asking for boats. The"
         " statement warned, \u201cEvery road into the valley is under water and the bridge is gone.\u201d",
         "Every road", "Lake Valley Front (LVF)"),
        # an outlet that "reported" words a body said in the sentence passes on the body's words
        ("The city council dismissed the new toll road as a scheme that \u201ctaxes every family that has to drive to"
         " work,\u201d Reuters reported.", "taxes every", "city council"),
        # a document "from" a body speaks for it, wherever it was posted
        ("A message on Facebook from the Ministry of Culture read: \u201cThe theatre will close for a week so that"
         " the actors can mourn.\u201d", "The theatre", "Ministry of Culture message"),
        # an office in capitals, then the name of whoever holds it set off by commas
        ('Relief Commissioner, Arun Rao, said, "Two hundred people have reached the camps on foot since dawn."',
         "Two hundred", "Arun Rao"),
        ('Secretary Disaster Relief, Arun Rao, confirmed to reporters, "Two hundred people have reached the camps on'
         ' foot."', "Two hundred", "Arun Rao"),
        ('Governor Ana Ruiz, a Democrat, said, "Two hundred people have reached the camps on foot since dawn."',
         "Two hundred", "Ana Ruiz"),
        # a title no table lists, which the text then uses as one: 'the Vizier' is whom it named after 'Vizier'
        ('Grand Vizier Ana Vidal opened the bridge on Monday. In a statement, the Grand Vizier said the bridge was'
         ' "a gift to every family in the valley and beyond".', "a gift", "Ana Vidal"),
        # 'It read:' after a body released a statement: the body's
        ('Porto Athletic issued a short statement on Sunday.\n\nIt read: "Our thoughts are with every fan who was'
         ' hurt at the match tonight."', "Our thoughts", "Porto Athletic"),
        # a doctor's or a professor's courtesy title is no part of the office before it
        ("Prime Minister Dr Ana Ruiz toured the flooded port on Tuesday.\n\u201cWe will rebuild every pier in this"
         " harbour,\u201d Ruiz said.\n\u201cNo family will be left to do this alone,\u201d the prime minister added.",
         "No family", "Ana Ruiz"),
        # verbs of confirming and announcing inverted after a quote, as 'said' is
        ('\u201cForty guests were led out of the burning block by firefighters,\u201d confirmed Police Commissioner Ana'
         ' Ruiz.', "Forty guests", "Ana Ruiz"),
        ('\u201cWe will open two new shelters for the families by Friday,\u201d announced the mayor, Ana Ruiz.',
         "We will open", "Ana Ruiz"),
        # a description opening the sentence, then the name it gives between commas: the participle's speaker
        ('The police officer leading the inquiry, Ana Ruiz, gave details of the chase, explaining that the driver'
         ' \u201cleft the van by the bridge and walked into town.\u201d', "left the van", "Ana Ruiz"),
        ('The Harbour Bureau agent leading the search, Tom Hale, showed the video, explaining that the boat'
         ' \u201cturned back towards the harbour at dawn.\u201d', "turned back", "Tom Hale"),
        # a thing's make set off after it is no person whom 'she' may mean
        ('DCC Vale said the car, a Lumen Tourer, had been stolen from a garage in the north.\n\nShe added:'
         ' \u201cWe are looking for two men seen near the garage late on Friday.\u201d', "We are looking", "DCC Vale"),
        # a place the gazetteer knows is no person whom 'she' may mean, however its name reads
        ('Residents of San Clemente were told to leave. Ruiz on Monday defended the town\u2019s flood plan.\n\n'
         '\u201cWe moved every family out of the low streets before the river rose,\u201d she said.',
         "We moved", "Ruiz"),
        ('In the municipality of Tenaro de Luna, residents walked for hours. Ruiz on Monday defended the flood plan.'
         '\n\n\u201cWe moved every family out of the low streets before the river rose,\u201d she said.', "We moved",
         "Ruiz"),
        # a certificate speaks as a report does
        ('"The patient suffered a fall at home that led to a fatal head injury," the medical certificate said.',
         "The patient", "medical certificate"),
    ],
)
def test_speaker_subjects_and_verbs(text: str, first: str, speaker: str) -> None:
    assert only(text, first).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a family name first stands for its person later
        ("\u201cIt was like nothing I have ever seen in my life,\u201d said Choi Ji Won, a shop owner.\n"
         "Choi said she helped carry people out. \u201cThey were so young, most of them students,\u201d Choi said.",
         ["Choi Ji Won", "Choi Ji Won"]),  # and is shown with it
        # two people sharing a surname: the one just named, else (far from any full name) the one named first
        ("Tomas Reyes, 19, died in the fire. His mother, Maria Reyes, spoke to reporters.\n"
         "\u201cHe was always the first to help anyone who needed it,\u201d Reyes said.", ["Maria Reyes"]),
        ("Lee Jae-myung won the vote. The minor candidate Lee Jun-seok came third with 8 percent of the ballots.\n"
         "Lee received congratulations from leaders abroad and met the outgoing cabinet on Wednesday morning to call "
         "for unity. He then traveled to the party headquarters in the capital, where thousands waited for him.\n"
         "\u201cWe will heal the divisions that tore this country apart,\u201d Lee said.", ["Lee Jae-myung"]),
        # ... and a headline's full name counts among those named first, though the body never repeats it
        ("Kang Seo-yeon elected Brayton’s mayor\n\nKang took 52 percent of the vote, well ahead of Kang Min-ho, who "
         "came third.\nTurnout was the highest in two decades, officials said, and counting ended before midnight. "
         "Supporters gathered outside the campaign office in the old market district, waving flags and singing "
         "until the early hours, as results from the last polling stations came in.\n"
         "\u201cI will serve every resident of this city, whoever they voted for,\u201d Kang said.", ["Kang Seo-yeon"]),
        ("Lee Jae-myung won the vote. Lee Jun-seok, who came third, spoke to reporters after midnight.\n"
         "\u201cWe will keep fighting for the young voters who trusted us,\u201d Lee said.", ["Lee Jun-seok"]),
        # 'his'/'her' after a name gives its gender, so a later 'he' is not her; 'Mr Justice' gives his
        ("Dana Pirt, 33, did not attend her sentencing. Mr Justice Harlow, who said she had a \u201cdeep cruelty "
         "bordering on malice\u201d said he would sentence her anyway.\n"
         "Pirt will be sent copies of the statements.\n"
         "He told her: \u201cThe impact of your crimes has been immense and will be felt for decades.\u201d",
         ["Harlow", "Harlow"]),
        # a pronoun before a verb is the subject of a reported clause, not inverted ('said he would …')
        ("Prosecutor Lia Corm said he should get 20 years.\n\u201cTwenty years between four walls is both a lot "
         "and not enough,\u201d she said.", ["Lia Corm"]),
        # a picture's credit is not whom a later 'he' means
        ("Minister Carlos Vidal later addressed reporters at the count centre.\n"
         "Crowds cheered the first results in the capital \u2013 Photo: Tomas Ferrer\n\n"
         "Likewise, he stressed that these are \u201cpreliminary figures that will be checked district by "
         "district.\u201d", ["Carlos Vidal"]),
        # after a role in lower case, three capitalised words are one name, family name first
        ("\u201cWe have waited for this day for a very long time,\u201d Greens leader Kang Min Ho told supporters.",
         ["Kang Min Ho"]),
        # ... but not after a title in capitals, nor at a sentence's start
        ("\u201cThe appeal is dismissed with costs as of today,\u201d said Chief Justice Tomas Brenner.",
         ["Tomas Brenner"]),
        # a demonym before a name never stands for it
        ("Japanese Ana Bloch was aboard the ferry.\n"
         "\u201cWe will bring everyone home who is still out there,\u201d Japanese officials said.",
         ["Japanese officials"]),
    ],
)
def test_the_first_word_of_a_three_word_name(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in find_quotes(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a paragraph opening with a quote takes the cue after it, not the previous paragraph's speaker,
        # however long the description of whom it names
        ("\u201cWe will accept the count, whatever it shows,\u201d Tomas Brenner said.\n\n"
         "\u201cThe queues were longer than at any vote I remember,\u201d a teacher who gave only her first "
         "name, Lena, told the agency.", "Lena"),
        # ... or whom a relative clause describes
        ("\u201cWe will accept the count, whatever it shows,\u201d Tomas Brenner said.\n\n"
         "\u201cThe queues were longer than at any vote I remember,\u201d a teacher who has lived in Minho "
         "all her life told the agency.", "a teacher"),
        ("\u201cWe will accept the count, whatever it shows,\u201d Tomas Brenner said.\n\n"
         "\u201cThe queues were longer than at any vote I remember,\u201d a teacher who lives in Minho said.",
         "a teacher"),
    ],
)
def test_a_quote_opening_a_paragraph_keeps_its_own_long_cue(text: str, speaker: str) -> None:
    assert find_quotes(text)[-1].speaker == speaker


def test_a_body_named_with_of_is_no_person() -> None:
    text = ('"An inquiry into the fraud has been opened," the Audit Office for the Region of Minho said.')
    speaker = only(text, "An inquiry").speaker or ""
    assert "Minho" in speaker and not speaker.startswith(("of ", "for "))  # not a person called 'of Minho'


def test_a_wire_credit_closing_the_paragraph_is_not_the_speaker() -> None:
    text = ("Ruiz said the union would take heart from the vote, which she said showed "
            "\u201cthe members are united behind this strike\u201d. \u2014 AFP")
    assert only(text, "the members").speaker == "Ruiz"


def test_apposition_with_relative_clause_before_verb() -> None:
    text = (
        "Coach Elena Marsh, who had taken over the squad only in March, said that "
        "“this team will not be relegated this year.”"
    )
    assert only(text, "this team").speaker == "Elena Marsh"


def test_an_office_of_a_body_then_its_holder_ends_where_the_verb_begins() -> None:
    from ceasefire_cli.speakers import _Doc

    text = "US Secretary of State Ana Ruiz congratulated Costa on his narrow win."
    doc = _Doc(text, text, ((0, len(text)),))
    assert doc.np_initial(0, len(text)) == ["US", "Secretary", "of", "State", "Ana", "Ruiz"]


def test_an_office_of_a_body_is_no_ones_name() -> None:
    from ceasefire_cli.names import _classify

    assert _classify(("Minister", "of", "Tourism"), True) == ("title", "", "minister of tourism")
    assert _classify(("Minister", "of", "Foreign", "Affairs"), True)[0] == "title"
    assert _classify(("Minister", "of", "Tourism", "Tom", "Hale")) == ("person", "Tom Hale", "minister")
    text = ("Count closes\n\nThe Minister of Tourism spoke to his rival and wished her well. “She won fairly and I will"
            " help her,” he said.")
    assert only(text, "She won fairly").speaker is None  # no one named holds it: better none than 'of Tourism'


def test_a_name_turned_modifier_by_a_hyphen_is_no_ones_name() -> None:
    from ceasefire_cli.names import _classify

    assert _classify(("United", "States-brokered")) == ("", "", "")  # "the United States-brokered truce"
    assert _classify(("Rebel-run",)) == ("", "", "")
    assert _classify(("Kim", "Jong-un"))[0] == "person"  # a given name's lowercase half is no participle


def test_a_surname_that_names_places_after_a_lower_case_office_is_a_person() -> None:
    text = (
        "Health minister Ivo Park said on Monday that the girl's condition had improved.\n"
        "\u201cThe whole country has been holding its breath for her,\u201d he said."
    )
    assert only(text, "The whole country").speaker == "Ivo Park"


def test_people_listed_with_their_ages_are_victims_no_he_means() -> None:
    text = (
        "Mayor Tom Hale visited the market on Sunday.\n"
        "Three people died in the fire (pictured: Ana Lind, 47, Eva Berg, 55, and Ivo Kral, 25).\n"
        "\u201cThe whole town is grieving for them tonight,\u201d he said."
    )
    assert only(text, "The whole town").speaker == "Tom Hale"


def test_no_speaker_is_none() -> None:
    text = "The banner over the gate read “no more cuts to our schools” in red letters, and “nobody” disagreed."
    q = only(text, "no more")
    assert q.speaker is None and q.cue is None and q.medium is None


# --- resolution -----------------------------------------------------------------------------------


def test_pronoun_resolves_to_nearest_person_before() -> None:
    text = (
        "Forecaster Ines Palmer tracked the storm overnight. Emergency manager Carl Boyd ordered buses.\n"
        "“Every coastal school will be a shelter by noon,” he said."
    )
    assert only(text, "Every coastal").speaker == "Carl Boyd"


def test_she_skips_a_man_named_by_honorific() -> None:
    text = (
        "Ms. Alvarez chaired the hearing. Mr. Osei, the developer, spoke first.\n"
        "“The tower will not rise above ten storeys,” she said."
    )
    assert only(text, "The tower").speaker == "Alvarez"


def test_canonical_name_is_the_fullest_form() -> None:
    text = (
        "Fire Chief Ronald K. Baptiste said crews worked through the night.\n"
        "“We lost two engines but no firefighters,” Mr. Baptiste said.\n"
        "Baptiste added that “the hydrant network failed in three places.”"
    )
    qs = find_quotes(text)
    assert [q.speaker for q in qs] == ["Ronald K. Baptiste", "Ronald K. Baptiste"]


def test_group_and_ministry_resolve_to_named_organisations() -> None:
    text = (
        "The Harbour Workers Union rejected the port's offer on Tuesday.\n"
        "“Our members will not unload a single ship next week,” the union said.\n"
        "Portugal's Labour Ministry urged calm. “Both sides must return to the table at once,” the ministry said.\n"
        "The Coastal Defence League also weighed in. “Strikes leave the harbour walls unrepaired,” the group said."
    )
    qs = find_quotes(text)
    assert [q.speaker for q in qs] == [
        "Harbour Workers Union",
        "Portugal's Labour Ministry",
        "Coastal Defence League",
    ]


def test_description_uses_apposition_anywhere_even_later() -> None:
    text = (
        "The federation's chief medical officer said that “no player will train until the tests are back.”\n"
        "Dr. Hanna Lind, the federation's chief medical officer, briefed the clubs on Monday.\n"
        "“The tests take three days,” the medical officer said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Hanna Lind", "Hanna Lind"]


@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [
        # a bare title is not whoever a later paragraph gives it
        ("Valdoran President Tomas Brenner lifted the curfew on Wednesday.\n"
         "Hours earlier, the conservative leader had declared it "
         "\u201cto keep every street in the country safe\u201d.\n"
         "His party backed him. Its leader, Ana Ruiz, said late on Tuesday that things had gone wrong.",
         "to keep every", "Tomas Brenner"),
        # 'it' is the author of a statement named after 'by'
        ("Two local stations, KTV and Channel 9 News, also reported the blast.\n"
         "The reports follow a statement on Monday by the Valdoran army that it was checking a depot.\n"
         "\u201cAt this stage, the cause of the blast cannot be confirmed,\u201d it said in a statement.",
         "At this stage", "Valdoran army"),
        # a title ending in -ing is a title, not a word opening the run ('King Tomas' is the king)
        ("King Tomas IV toured the flooded valley on Sunday.\nThe king later said the country had to "
         '"understand the anger of every family here".', "understand the anger", "Tomas IV"),
        # a title abbreviated without its stop is the title all the same
        ("A firefighter died at the fair, Valdoran Gov Ana Ruiz said on Sunday.\n"
         "\u201cHe gave his life for the people he loved,\u201d the governor said.", "He gave his life", "Ana Ruiz"),
        # a country's post office is the company, not a newspaper
        ("Postal workers struck on Friday. Canada Post had offered a raise of 11.5 percent.\n"
         "The company said it had proposed \u201ca more flexible and affordable delivery model\u201d for clients.",
         "a more flexible", "Canada Post"),
    ],
)
def test_a_description_or_it_names_the_one_the_text_already_gave(text: str, first: str, speaker: str) -> None:
    assert only(text, first).speaker == speaker


def test_title_before_name_teaches_description() -> None:
    text = (
        "Special envoy Mara Quist arrived in the capital on Sunday.\n"
        "“Both parties have agreed to keep talking through the weekend,” the special envoy said."
    )
    assert only(text, "Both parties").speaker == "Mara Quist"


def test_multiword_org_names_are_kept() -> None:
    text = (
        "“Relief flights resume at dawn from the northern airstrip,” the Flood Victims and Survivors Forum said.\n"
        "“The mayor’s plan leaves the east bank without any power for days,” the mayor’s office said."
    )
    qs = find_quotes(text)
    assert qs[0].speaker == "Flood Victims and Survivors Forum"
    assert qs[1].speaker == "Mayor’s Office"


def test_unnamed_sources_stay_unnamed() -> None:
    text = (
        "Club chairman Victor Ames declined to comment.\n"
        '"The sale will be completed before the transfer window opens," a senior club official told the Gazette.\n'
        '"Nothing has been signed yet," one source said.'
    )
    qs = find_quotes(text)
    assert qs[0].speaker == "a senior club official"
    assert qs[0].medium == "interview"
    assert qs[0].speaker != "Victor Ames"


def test_continuation_same_and_next_paragraph() -> None:
    text = (
        "“The bridge will open to cyclists first,” said Councillor Ruth Abara. “Cars will follow next month.”\n"
        "“After that the old ferry will finally be retired for good.”\n"
        "Traffic engineers were not convinced."
    )
    qs = find_quotes(text)
    assert [q.speaker for q in qs] == ["Ruth Abara"] * 3


def test_continuation_does_not_jump_over_unrelated_paragraphs() -> None:
    text = (
        "“The bridge will open to cyclists first,” said Councillor Ruth Abara.\n"
        "Traffic engineers were not convinced.\n"
        "Nobody else spoke at the meeting.\n"
        "“The old ferry will finally be retired for good.”"
    )
    assert only(text, "The old ferry").speaker is None


def test_previous_paragraph_ending_in_colon_cues_the_quote() -> None:
    text = "Speaking at a press briefing, Governor Maria Santos said:\n\"Do not wait until the water is at your door.\""
    q = only(text, "Do not wait")
    assert q.speaker == "Maria Santos" and q.medium == "briefing"


def test_reversed_apposition_and_org_after_the() -> None:
    text = (
        "The head of the agency's flood team, Mike Rowe, said the levees were “failing faster than anyone expected.”\n"
        "The Red Cross sent boats. “Our crews reached every village by nightfall,” the organisation said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Mike Rowe", "Red Cross"]


def test_statement_said_goes_to_its_author() -> None:
    text = (
        "The Ministry of Transport issued a statement on Friday about the rail strike.\n"
        '"We condemn the decision to cancel every train this weekend," the statement said.'
    )
    q = only(text, "We condemn")
    assert q.speaker == "Ministry of Transport" and q.medium == "statement"


def test_pronoun_prefers_the_subject_of_the_previous_sentence() -> None:
    text = 'Coach Ivo Brandt met striker Sam Kell on Monday. "We talked about next season for an hour," he said.'
    assert only(text, "We talked").speaker == "Ivo Brandt"


def test_headline_colon_cue() -> None:
    text = "Mayor Hale: 'The pool will be open all summer long'\nMayor Tom Hale spoke on Monday."
    assert only(text, "The pool").speaker == "Tom Hale"


# --- media ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cue", "medium"),
    [
        ("the club said in a statement", "statement"),
        ("the club said in a short written statement", "statement"),
        ("Hale wrote on X", "social"),
        ("Hale said in a post on Facebook", "social"),
        ("Hale tweeted", "social"),
        ("Hale posted", "social"),
        ("Hale said at a news conference", "briefing"),
        ("Hale told reporters", "briefing"),
        ("Hale told the Evening Post", "interview"),
        ("Hale said in an interview", "interview"),
        ("Hale said in a speech to supporters", "speech"),
        ("Hale said", None),
    ],
)
def test_medium(cue: str, medium: str | None) -> None:
    text = f"Mayor Tom Hale opened the depot.\n“The new buses start running on the first of June,” {cue}."
    q = only(text, "The new buses")
    assert q.medium == medium
    assert medium is None or medium in MEDIA


def test_issued_statement_warning_and_announced_on_x_that() -> None:
    text = (
        "The Riverside Supporters Trust issued a statement, warning, “Ticket prices cannot rise again this year.”\n"
        "Club owner Ben Ashby announced on X that the stadium would be expanded “as soon as the council signs off.”"
    )
    qs = find_quotes(text)
    assert [(q.speaker, q.medium) for q in qs] == [
        ("Riverside Supporters Trust", "statement"),
        ("Ben Ashby", "social"),
    ]


def test_medium_named_in_previous_sentence() -> None:
    text = (
        "Mayor Tom Hale spoke in a speech on Friday evening. “We will keep every branch library open,” he said."
    )
    q = only(text, "We will keep")
    assert q.speaker == "Tom Hale" and q.medium == "speech"


def test_continuation_inherits_medium() -> None:
    text = (
        "“We will keep every branch library open,” Mayor Tom Hale said in a statement.\n"
        "“And the pools will stay open until nine at night.”"
    )
    assert [q.medium for q in find_quotes(text)] == ["statement", "statement"]


# --- seeds and properties ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_files_general_properties(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    qs = find_quotes(text)
    assert qs, "every sample article quotes someone"
    check_spans(text, qs)
    for q in qs:
        assert len(q.quote.split()) >= MIN_WORDS
        assert q.quote in q.sentence and q.sentence in text
        assert q.medium is None or q.medium in MEDIA
    assert sum(q.speaker is not None for q in qs) >= 0.9 * len(qs)


PIECES = st.sampled_from(
    [*"ab Cd.,:;\n\"'“”‘’", "said ", " he said. ", "Mr. Jo Ann ", "the group ", "Union ", "    ", ", ",
     "four more words here ", '"We will win this one,"', "“Nobody saw that coming at all.”", "‘We’ve never lost here,’"]
)
MARKY = st.lists(PIECES, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), MARKY))
def test_arbitrary_text_never_raises_and_spans_are_exact(text: str) -> None:
    qs = find_quotes(text)
    check_spans(text, qs)
    for q in qs:
        assert len(q.quote.split()) >= 1
        assert q.medium is None or q.medium in MEDIA


# --- outlet styles beyond the seeds -----------------------------------------------------------------


def test_double_marks_nested_in_single_quoted_passage() -> None:
    text = "‘The landlords call us “squatters in our own homes” and then ask for calm,’ tenant leader Nadia Brook said."
    qs = find_quotes(text)
    check_spans(text, qs)
    assert [q.quote[:15] for q in qs] == ["The landlords c"]
    assert qs[0].speaker == "Nadia Brook"


def test_interrupted_quote_keeps_short_first_part_and_speaker() -> None:
    text = '"We are," said Ines Okoro, the port director, "ready to reopen the docks on Monday."'
    qs = find_quotes(text)
    check_spans(text, qs)
    assert [q.quote for q in qs] == ["We are,", "ready to reopen the docks on Monday."]
    assert [q.speaker for q in qs] == ["Ines Okoro", "Ines Okoro"]


def test_short_phrase_without_interruption_is_still_dropped() -> None:
    assert find_quotes('The board called the vote "a sham," and left the room early that night.') == []


@pytest.mark.parametrize(
    "text",
    [
        "The watchdog published a report titled “Water Shortages in the Southern Districts Since Spring” on Friday.",
        "The agency released its study, “A Decade of Drought in the Horn of Africa,” in May.",
    ],
)
def test_titles_with_small_words_are_not_quotes(text: str) -> None:
    assert find_quotes(text) == []


def test_dash_attribution_after_the_quote() -> None:
    text = '09:40 — "We expect the first trucks to cross before noon" — relief coordinator Omar Saleh, in Amman.'
    q = only(text, "We expect")
    assert q.speaker == "Omar Saleh"


def test_city_after_in_is_not_the_person_a_pronoun_means() -> None:
    text = (
        "In New Delhi, Trade Secretary Ravi Menon met the delegation on Monday.\n"
        '"Both sides have agreed to lower the tariffs by half," he said.'
    )
    assert only(text, "Both sides").speaker == "Ravi Menon"


def test_given_name_alone_refers_to_the_person_named_in_full() -> None:
    text = (
        "Regional leader Tesfaye Bekele and mayor Hana Girma met on Friday.\n"
        'Tesfaye told reporters the meeting was useful. He said the roads would reopen "within two weeks at most."'
    )
    assert only(text, "within two").speaker == "Tesfaye Bekele"


def test_quote_inside_a_reported_clause_belongs_to_the_reporting_subject() -> None:
    text = "The mediator, Lena Voss, said the government welcomed ‘any step that brings the fighters to the table’."
    assert only(text, "any step").speaker == "Lena Voss"


def test_person_of_organisation_after_inverted_said() -> None:
    text = "'Fares have doubled in two years,' said Colin Marsh of Commuters for Fair Transport."
    assert only(text, "Fares have").speaker == "Colin Marsh"


def test_inverted_said_with_honorific_abbreviation() -> None:
    text = '"Every week of delay fills another ward," said Dr. Amal Haddad, the regional director.'
    assert only(text, "Every week").speaker == "Amal Haddad"


def test_bare_spokesperson_speaks_for_the_body_just_named() -> None:
    text = (
        "The regional water ministry in Basra said supplies had fallen by a third. "
        'The spokesperson said: "Pumping stations in the south are running on generators."'
    )
    q = only(text, "Pumping stations")
    assert q.speaker is not None and "ministry" in q.speaker and "spokesperson" in q.speaker


def test_an_office_of_a_ministry_is_the_person_named_with_it_before() -> None:
    text = (
        "Chief Spokesperson for the Ministry of Foreign Affairs Dr Karim Al Nouri announced that the first group "
        "had crossed.\n\n"
        'The Chief Spokesperson for the Ministry of Foreign Affairs said: "We thank all the parties for their work."'
    )
    assert only(text, "We thank").speaker == "Karim Al Nouri"


def test_a_ministry_of_foreign_affairs_is_a_body_not_a_man_called_affairs() -> None:
    text = 'The Ministry of Foreign Affairs said: "Our embassy is in contact with the families."'
    assert only(text, "Our embassy").speaker == "Ministry of Foreign Affairs"


def test_he_after_a_lone_name_just_quoted_is_that_name() -> None:
    text = ('The pause began at dawn.\n\n'
            '"It’s only a start," Ruiz said in an address from Lima on Friday afternoon. '
            '"But so far it’s gone well."\n\n'
            'He said the deal was the result of "a lot of hard work," including efforts by Chile.\n')
    assert only(text, "a lot of").speaker == "Ruiz"
    # someone named in full between them is whom 'he' means
    other = text.replace("He said", "Tomas Brenner agreed. He said")
    assert only(other, "a lot of").speaker == "Tomas Brenner"


def test_he_after_a_lone_name_that_opened_the_sentence_before_with_a_deed_is_that_name() -> None:
    text = ('Early counts put Brenner narrowly ahead of Ivo Kessler.\n\n'
            'Brenner took the stage in Osdal soon after. "We are proud of this night," he told supporters.\n')
    assert only(text, "We are proud").speaker == "Brenner"
    # a plural that opens the sentence is no name: the person named before it still is
    plural = text.replace("Brenner took the stage", "Volunteers cheered")
    assert only(plural, "We are proud").speaker != "Volunteers"


def test_said_the_relative_of_someone_then_a_name_is_the_name() -> None:
    text = ('The ferry docked at noon.\n\n"We thank everyone who helped bring Tomas home safely," said the mother of '
            'Tomas, Ana Brenner, on Monday.\n')
    assert only(text, "We thank").speaker == "Ana Brenner"


def test_a_name_given_in_ones_own_words_is_ones_quote() -> None:
    text = ('The hearing ended.\n\n"We will appeal this ruling in every court we can," Tomas Brenner told jurors.\n\n'
            'The defence lawyer, by contrast, branded the star witness as the "greatest liar of all time in this city" '
            'as he spoke.\n')
    assert only(text, "greatest liar").speaker == "defence lawyer"


def test_the_last_part_of_a_hyphenated_family_name_alone_is_that_person() -> None:
    text = ('Army takes over\n\nArmy chief General Karim-Uz-Zaman said in a televised address that an interim '
            'government would be formed.\n\n"We will restore peace in the country very soon," Zaman said.\n')
    assert only(text, "We will restore").speaker == "Karim-Uz-Zaman"


def test_source_familiar_with_the_talks_is_an_unnamed_source() -> None:
    text = 'A source familiar with the talks told reporters: "The only open question is the timetable."'
    assert only(text, "The only").speaker == "A source"


def test_according_to_a_statement_from_an_organisation() -> None:
    text = 'According to a statement from the Northern Farmers Union, "The harvest has been lost in three provinces."'
    assert only(text, "The harvest").speaker == "Northern Farmers Union"


def test_passive_quoted_as_saying_uses_the_apposition_name() -> None:
    text = "Her Chilean counterpart, Marta Rojas, was quoted by the radio as saying: 'We will sign nothing this week.'"
    assert only(text, "We will").speaker == "Marta Rojas"


def test_bare_org_description_after_acronym_apposition() -> None:
    text = (
        'The UN migration agency, IOM, said 40,000 people had crossed. "Shelters are full," it added. '
        '"We need more tents before the rains arrive," the agency said.'
    )
    assert only(text, "We need").speaker == "IOM"


def test_lowercase_union_described_earlier_beats_a_named_union_further_back() -> None:
    text = (
        "The African Union welcomed the deal on Monday.\n"
        "The national nurses' union said wards would reopen. "
        '"Our members have worked unpaid for months," the union said.'
    )
    q = only(text, "Our members")
    assert q.speaker is not None and "nurses" in q.speaker


def test_description_with_other_modifiers_finds_the_only_person_with_that_head_title() -> None:
    text = (
        "Interim administration president Getu Alemu met the envoy.\n"
        '"Foreign troops must leave the north," the regional president said.'
    )
    assert only(text, "Foreign troops").speaker == "Getu Alemu"


def test_given_name_that_is_also_a_country_stays_the_country() -> None:
    text = (
        "Chad's Interior Minister Chad Obi toured the camps on Monday.\n"
        'Chad said in a statement: "The northern crossings will remain closed for now."'
    )
    assert only(text, "The northern").speaker == "Chad"


def test_appealed_with_colon_cues_the_quote() -> None:
    text = ('Interior minister Lena Okafor spoke in the capital. Okafor appealed for calm: '
            '"We ask everyone to stay at home until the roads are cleared."')
    q = only(text, "We ask everyone")
    assert q.speaker == "Lena Okafor"


def test_document_said_cue_names_the_document() -> None:
    text = (
        "The Ministry of Transport issued a statement on Friday.\n"
        '"We condemn the decision to cancel every train this weekend," the statement said in part.'
    )
    q = only(text, "We condemn")
    assert (q.speaker, q.cue, q.medium) == ("Ministry of Transport", "the statement said in part", "statement")


@pytest.mark.parametrize("region", ["Pacific Islands", "Horn of Africa", "Northern"])
def test_capitalised_region_before_a_title_does_not_block_the_description(region: str) -> None:
    text = (
        f"{region} envoy Lina Moss arrived on Sunday.\n"
        '"Both delegations will stay until the vote is counted," the envoy said.'
    )
    assert only(text, "Both delegations").speaker == "Lina Moss"


def test_results_do_not_depend_on_earlier_articles() -> None:
    a = 'Coach Ivo Brandt met the press. "We talked about next season for an hour," he said.'
    b = '"The pool will reopen in June," said Mayor Ana Ruiz of the Harbour Council.'
    first = [find_quotes(a), find_quotes(b)]
    assert [find_quotes(b), find_quotes(a)] == first[::-1]


def test_fragment_from_the_middle_of_a_longer_quote_is_its_own_entry() -> None:
    text = (
        "The coach said the defeat showed “a team that stopped running after the break.”\n"
        "“We were fine for forty minutes, but then I saw a team that stopped running after the break. "
        "That cannot happen again,” Coach Ivo Brandt said."
    )
    qs = find_quotes(text)
    assert [q.quote[:10] for q in qs] == ["a team tha", "We were fi"]


def test_single_curly_quotes_in_a_headline() -> None:
    text = (
        "Harbour chief Lena Okafor says ‘no ship will dock here before the storm has passed’\n"
        "The port closed on Monday. “We cannot risk the crews,” Okafor said."
    )
    q = only(text, "no ship will")
    assert q.speaker == "Lena Okafor"


# --- subjects that are not places or stray capitalised phrases ---------------------------------------


def test_participle_after_city_country_belongs_to_the_subject() -> None:
    text = (
        "Trade envoy Marta Lind said she was pulling her staff out of Lima, Peru, for talks at home, "
        "saying the other side showed “no interest in a fair deal on tariffs.”"
    )
    assert only(text, "no interest").speaker == "Marta Lind"


def test_participle_after_fronted_clause_belongs_to_the_main_subject() -> None:
    text = (
        "After Portugal rejected the offer, the Harbour Workers Union walked out of the meeting, "
        "saying that “nobody will unload a ship this week.”"
    )
    assert only(text, "nobody will").speaker == "Harbour Workers Union"


def test_coordinated_said_after_a_fronted_clause() -> None:
    text = (
        "Club spokesperson Dara Quinn spoke after the match.\n"
        "When asked whether and how the club would appeal, Quinn shook her head and said, "
        '"That decision is for the board to take."'
    )
    assert only(text, "That decision").speaker == "Dara Quinn"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('A nurse from Valparaiso told the radio that "the wards have been full since Tuesday."', "A nurse"),
        ('A nurse from Valparaiso, the port city, told the radio: "The wards have been full since Tuesday."',
         "A nurse"),
        ('A nurse who worked through the night at the Santa Ana Clinic in Valparaiso described the scene: '
         '"The wards have been full since Tuesday."', "A nurse"),
    ],
)
def test_place_after_a_preposition_is_not_the_speaker(text: str, speaker: str) -> None:
    assert only(text, "the wards" if "that" in text else "The wards").speaker == speaker


def test_people_who_know_someone_are_the_speakers() -> None:
    text = 'Neighbours who know Tom Brady well said that "he never missed a single practice in ten years."'
    assert only(text, "he never").speaker == "Neighbours"


@pytest.mark.parametrize(
    "intro",
    [
        "UN envoy to the Horn of Africa Tomas Berg",
        "Special Envoy for Water Affairs Tomas Berg",
        "The regional envoy to the West Bank Tomas Berg",
    ],
)
def test_title_with_its_remit_teaches_the_description(intro: str) -> None:
    text = (
        f"{intro} met both delegations on Sunday.\n"
        '"Both sides will keep talking through the weekend," the envoy wrote on X.'
    )
    q = only(text, "Both sides")
    assert q.speaker == "Tomas Berg" and q.medium == "social"


def test_place_run_into_a_name_gives_the_name() -> None:
    text = 'The senator said the Middle East Tomas Berg had "done more than anyone for this deal."'
    assert only(text, "done more").speaker != "Middle East Tomas Berg"
    text = 'Envoy to the Middle East Tomas Berg said the deal had "done more than anyone expected."'
    assert only(text, "done more").speaker == "Tomas Berg"


def test_coordinated_subject_after_the_quote() -> None:
    text = '"Seven crew members have been brought ashore by the lifeboat," the coastguard and the navy said.'
    assert only(text, "Seven crew").speaker == "coastguard and the navy"


def test_pronoun_skips_a_place_named_after_from() -> None:
    text = (
        "“You made it,” Mara Quist shouted into the phone. It was her first call with her brother since raiders "
        "took him from Port Lamar in May.\n"
        "In a rush of words, she said what everyone wanted to hear: “The war is over and you are coming home.”"
    )
    assert only(text, "The war is").speaker == "Mara Quist"


def test_pronoun_never_means_a_city_after_in() -> None:
    text = 'The talks were held in Lisbon for a week.\n"We will return once the gaps have narrowed," he said.'
    assert only(text, "We will return").speaker is None


# --- titles of works and slogans ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thousands marched past the station chanting “we want our children back home” until dusk.",
        "Fans held up a banner reading “No Ticket Rises For The Loyal Supporters” behind the goal.",
        "The campaign, dubbed “Keep The River Clean For Everyone”, started in the spring.",
        "Students wore T-shirts saying “not one more school closed in our town” to the hearing.",
    ],
)
def test_slogans_and_signs_are_not_quotes_of_a_person(text: str) -> None:
    assert find_quotes(text) == []


def test_title_cased_words_after_a_speech_verb_and_colon_are_a_quote() -> None:
    text = (
        "Rosa Lind posted a photo of her sons at the gate. In the caption, Lind wrote: "
        "“Packed and Ready for Grandpa Ezra,” with a red heart."
    )
    q = only(text, "Packed and Ready")
    assert q.speaker == "Rosa Lind"


def test_title_cased_quote_in_a_headline_is_a_quote() -> None:
    text = (
        "Harbour Chief Says ‘No Ship Will Dock Here Before The Storm’\n"
        "Harbour chief Lena Okafor closed the port on Monday."
    )
    assert [q.quote for q in find_quotes(text)] == ["No Ship Will Dock Here Before The Storm"]


def test_title_after_titled_is_still_a_work_in_a_headline() -> None:
    assert find_quotes("New Study Titled ‘Rivers Of The Northern Plains’ Is Out\nIt was published today.") == []


# --- speakers introduced after the quote --------------------------------------------------------------


def test_speaker_named_in_the_next_sentence_of_the_paragraph() -> None:
    text = (
        "The ministry is now weighing “a full review of every contract signed since the spring.” "
        "Minister Hana Sato accused the firms of overcharging and promised a report by June."
    )
    q = only(text, "a full review")
    assert q.speaker == "Hana Sato" and q.cue == "accused"


def test_speaker_named_in_the_next_paragraph_after_a_standalone_quote() -> None:
    text = (
        "The ferry sank within minutes of leaving the harbour.\n"
        "“We saw the water come in through the floor and everyone ran for the deck.”\n"
        "Deckhand Tomas Ruiz told reporters he swam for an hour before a fishing boat found him."
    )
    q = only(text, "We saw the water")
    assert q.speaker == "Tomas Ruiz" and q.medium == "briefing"


def test_a_later_unnamed_group_is_not_taken_as_the_speaker() -> None:
    text = (
        "The plan calls for “a phased withdrawal over the next six months.” "
        "Critics said the timetable was vague."
    )
    assert only(text, "a phased").speaker is None


def test_speaker_after_a_headline_colon() -> None:
    text = (
        "‘We will rebuild every house on this street’: Mayor Ana Ruiz on the flood\n"
        "The river burst its banks on Sunday night."
    )
    assert only(text, "We will rebuild").speaker == "Ana Ruiz"


def test_headline_present_tense_verb_after_the_quote() -> None:
    text = "“Not one more school will close in this city,” Mayor Ana Ruiz vows\nThe council meets on Monday."
    assert only(text, "Not one more").speaker == "Ana Ruiz"


# --- titles and party labels around a name ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"The bill will not reach the floor this year," Rep. Jane Doe (D-Md.) said.',
        '"The bill will not reach the floor this year," said Rep. Jane Doe (D-Md.).',
        'Rep. Jane Doe (D-Md.) said, "The bill will not reach the floor this year."',
        '"The bill will not reach the floor this year," Del. Jane Doe (D-Va.) said on Tuesday.',
        '"The bill will not reach the floor this year," Lt. Gov. Jane Doe said.',
        'Sen. Jane Doe, R-Texas, told reporters: "The bill will not reach the floor this year."',
    ],
)
def test_speaker_with_title_abbreviation_and_party_label(text: str) -> None:
    assert only(text, "The bill").speaker == "Jane Doe"


@pytest.mark.parametrize(
    ("intro", "description"),
    [("Lt. Gov. Jane Doe", "the lieutenant governor"), ("Del. Jane Doe (D-Va.)", "the delegate")],
)
def test_abbreviated_title_teaches_the_spelled_out_description(intro: str, description: str) -> None:
    text = f'{intro} met the press on Monday. "The bill will not reach the floor this year," {description} said.'
    assert only(text, "The bill").speaker == "Jane Doe"


# --- people who share a surname, relatives introduced by kinship ---------------------------------------


def test_mother_and_son_with_one_surname_stay_two_people() -> None:
    text = (
        "Dov Stern, 24, came home on Monday. His mother, Leah Stern, waited at the gate.\n"
        "“I did not sleep for a week before this morning,” Leah Stern said.\n"
        "“I knew she would be the first face I saw,” Dov Stern said.\n"
        "Stern, a carpenter, added that “the tunnels were colder than anyone can imagine.”"
    )
    qs = find_quotes(text)
    assert [q.speaker for q in qs] == ["Leah Stern", "Dov Stern", "Dov Stern"]


def test_a_relative_named_beside_the_protagonist_is_not_who_the_bare_surname_means() -> None:
    # named in passing after a kinship word, mid-sentence: the surname alone is still the one the story is about
    text = (
        "Mara Quill stepped out of the court beside her lawyers and her son, Tobin Quill, before speaking.\n"
        "“We will appeal this verdict as soon as the law allows,” Quill said."
    )
    assert only(text, "We will appeal").speaker == "Mara Quill"
    # ... but a relative who opens the sentence as its subject is the one just named
    text = (
        "Mara Quill was cleared on Friday. Her son, Tobin Quill, spoke to reporters outside.\n"
        "“We never doubted her for a single day,” Quill said."
    )
    assert only(text, "We never doubted").speaker == "Tobin Quill"


def test_relative_named_by_given_name_only_is_a_person_of_their_own() -> None:
    text = (
        "Tal Ben-Ami, 31, was freed on Monday. His mother Efra hugged him as his father cried.\n"
        "“To hold him again is something I stopped believing in,” she told a radio station."
    )
    q = only(text, "To hold him")
    assert q.speaker == "Efra (mother of Tal Ben-Ami)" and q.medium == "interview"


def test_relative_of_a_named_owner() -> None:
    text = (
        "Ana Ruiz's son Leo spoke outside the court.\n"
        "“My mother never hurt anyone in her whole life,” Leo said."
    )
    assert only(text, "My mother").speaker == "Leo (son of Ana Ruiz)"


def test_transcript_lines_are_not_quotes() -> None:
    text = (
        "HOST: Welcome back. We go now to the border crossing, where the first buses have arrived.\n"
        "LENA ORTIZ: Thank you. The families have been waiting here since before dawn, and they are exhausted.\n"
        "HOST: What are the officials telling you about the timetable for the rest of the day?"
    )
    assert find_quotes(text) == []


def test_quote_inside_a_transcript_line_is_the_reported_speakers() -> None:
    text = (
        "HOST: Welcome back to the programme.\n"
        "LENA ORTIZ: Coach Ivo Brandt called me last night and said, “We are all safe and coming home tomorrow.”"
    )
    assert only(text, "We are all safe").speaker == "Ivo Brandt"


# --- more subjects: descriptions, pronouns, adverbs -----------------------------------------------------


def test_the_president_is_not_the_vice_president() -> None:
    text = (
        "President Mara Quist and Vice President Otto Lind met the freed sailors on the tarmac.\n"
        "“Nothing matters more to me than bringing every one of them home,” the president said."
    )
    assert only(text, "Nothing matters").speaker == "Mara Quist"


def test_answered_and_adverb_before_the_verb() -> None:
    text = (
        'Asked about the delay, Coach Ivo Brandt answered, "We will be ready when the season starts." '
        'Brandt personally thanked the fans for "standing by this club through a very long winter."'
    )
    qs = find_quotes(text)
    assert [q.speaker for q in qs] == ["Ivo Brandt", "Ivo Brandt"]


def test_they_refers_to_the_group_opening_the_previous_sentence() -> None:
    text = (
        "Mayor Ana Ruiz praised the divers. The Okafor family thanked the rescuers at the harbour on Monday. "
        "“We owe them everything we have left,” they said."
    )
    assert only(text, "We owe them").speaker == "Okafor family"


def test_abbreviation_before_a_sentence_opening_word_ends_the_name() -> None:
    text = (
        "The release was brokered by the U.S. Upon landing, the freed journalist hugged his mother.\n"
        "The Okafor family waited at the gate. “We can finally breathe again after all these months,” they said."
    )
    assert only(text, "We can finally").speaker == "Okafor family"


def test_two_apostrophes_close_a_quote() -> None:
    text = "Governor Ana Ruiz spoke in the capital.\n\"Nine hundred homes were lost in a single night,'' she said."
    q = only(text, "Nine hundred")
    assert q.quote.endswith("night,") and q.speaker == "Ana Ruiz"


def test_subject_of_the_quotes_own_sentence_when_no_speech_verb_cues_it() -> None:
    text = "Governor Ana Ruiz on Sunday ordered an inquiry to “find out who let the dam fail and why.”"
    assert only(text, "find out").speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [
        ('"Nobody expected the river to rise so fast," said Ana Ruiz of the Lima delegation.', "Nobody", "Ana Ruiz"),
        ('"The deal is done," says a source involved in the talks.', "The deal", "a source"),
        ('"The deal is done," one A&B Freight employee told the radio.', "The deal", "one A&B Freight employee"),
        ('"The deal is done" for now, said Ana Ruiz.', "The deal", "Ana Ruiz"),
        ('"The deal is done at last," Ana Ruiz assured the crowd.', "The deal", "Ana Ruiz"),
        ('A union source speaking to Radio Sur said: "The deal is done at last."', "The deal", "A union source"),
    ],
)
def test_subject_forms_after_and_before_the_quote(text: str, first: str, speaker: str) -> None:
    assert only(text, first).speaker == speaker


def test_aside_with_a_city_and_country_before_the_verb() -> None:
    text = 'Ana Ruiz, during a visit to Lima, Peru, said she was "not going to sign anything this week."'
    assert only(text, "not going").speaker == "Ana Ruiz"


def test_the_company_a_speaker_keeps_is_not_the_speaker() -> None:
    text = ("Gov. Ana Ruiz, joined by Minho State Police, harbour officials, and Braga firefighters, said, “the city "
            "will file its claims very, very soon.”")
    assert only(text, "the city").speaker == "Ana Ruiz"


def test_participle_after_a_statement_to_an_outlet() -> None:
    text = (
        "“Many of us are tired,” Ana Ruiz wrote in a statement to Radio Sur explaining why she was leaving, "
        "“but the work is not finished yet.”"
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ana Ruiz", "Ana Ruiz"]


def test_time_phrase_and_dateline_are_not_speakers() -> None:
    text = (
        "LIMA, May 3 (Wire) — Hours later, Mayor Ana Ruiz answered the critics, telling the radio, "
        "“We will rebuild every school.”\n"
        "SANTIAGO — Days later, the union replied, saying “the strike will go on until Friday.”"
    )
    qs = find_quotes(text)
    assert [q.speaker for q in qs] == ["Ana Ruiz", "union"]


# --- marks run together, acronyms, statements, earlier paragraphs ------------------------------------


def test_marks_run_together_between_two_quotes() -> None:
    text = (
        'The union said it would hold out until the company agreed to "pay for every hour.""We will take this '
        'order to court before the week is out," the union said. "Our members stay out. They have been '
        'clear about that."That is why we are calling on the minister to step in," Ana Ruiz added.'
    )
    qs = find_quotes(text)
    check_spans(text, qs)
    assert [q.quote[:12] for q in qs] == ["pay for ever", "We will take", "Our members ", "That is why "]
    assert qs[-1].speaker == "Ana Ruiz"


def test_organisation_and_its_acronym_are_one_speaker() -> None:
    text = (
        "The Harbour Workers Federation (HWF) rejected the offer on Monday.\n"
        '"We will keep every crane idle until Friday," HWF said.\n'
        '"Our members will stay on the picket line all week," the Harbour Workers Federation said.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Harbour Workers Federation (HWF)"] * 2


def test_an_owners_statement_speaks_for_the_owner() -> None:
    text = (
        "The Harbour Workers Union rejected the offer.\n"
        '"We demand a fair contract and pay for every hour worked," the union\'s statement concludes.'
    )
    q = only(text, "We demand")
    assert q.speaker == "Harbour Workers Union" and q.medium == "statement"


def test_quote_paragraph_after_a_paragraph_with_a_short_quote() -> None:
    text = (
        "Asked how long the strike could last, union leader Mark Okafor said “no limit.”\n"
        "“We are going to stay strong and keep the picket lines up until there is a fair deal.”"
    )
    assert only(text, "We are going").speaker == "Mark Okafor"


def test_two_word_name_repeated_in_full_is_an_organisation() -> None:
    text = (
        "Union leader Lena Okafor spoke at the gate on Monday.\n"
        "Sky Harbour cancelled every flight. Sky Harbour blamed the crews. Sky Harbour flights resume Friday.\n"
        "“We will not go back to work without a deal,” she said."
    )
    assert only(text, "We will not").speaker == "Lena Okafor"


def test_union_of_workers_is_one_organisation() -> None:
    text = (
        "The crews stayed on strike.The Northern Union of Public Employees said it would “go back only when the "
        "ministry is willing to talk.”"
    )
    assert only(text, "go back").speaker == "Northern Union of Public Employees"


def test_pronoun_after_a_quote_means_whoever_was_just_quoted() -> None:
    text = (
        'Blue Line ships stayed in port and "every ticket will be honoured by Friday," minister Lena Okafor said. '
        '"The government will cover the cost of the delay," she continued.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Lena Okafor", "Lena Okafor"]


@pytest.mark.parametrize(("text", "want"), [
    ('"The two sides are close to a deal," a diplomat familiar with the talks told reporters.', "a diplomat"),
    ('"The family has asked for calm and privacy," a source close to the family said.', "a source"),
    ('"We knew on Sunday night it was lost," a senior aide in the mayor\'s campaign said.', "a senior aide"),
])
def test_an_unnamed_source_described_after_its_noun(text: str, want: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [want]


def test_a_participle_opening_a_sentence_is_no_one_a_pronoun_means() -> None:
    text = ('Addressing supporters on the steps of the town hall, the mayor thanked them all.\n'
            '"Nothing like tonight has happened here before," he said.')
    assert [q.speaker for q in find_quotes(text)] != ["Addressing"]
    text = ('Browning spoke to reporters, saying the fleet was safe. "We will sail again next week for sure," he said.')
    assert [q.speaker for q in find_quotes(text)] == ["Browning"]


def test_a_tone_of_saying_before_the_speaker() -> None:
    text = '"We won it, we really won it!" exclaimed Tomas Brenner as the last ballots came in.'
    assert [q.speaker for q in find_quotes(text)] == ["Tomas Brenner"]


def test_a_member_of_parliament_s_title_is_no_part_of_the_name() -> None:
    text = ('The home minister, Ana Ruiz, said the march had been calm. Opposition MP Tomas Brenner disagreed. '
            '"There were fires in every square," he said.')
    assert [q.speaker for q in find_quotes(text)] == ["Tomas Brenner"]


def test_a_description_naming_a_side_is_not_whoever_spoke_last_of_another() -> None:
    text = (
        'According to police spokesman Rui Dias, "the search will go on all night." '
        'In a video posted online, the rebel commander said: "We are ready to talk."'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Rui Dias", "rebel commander"]
    text = (
        'Rebel commander Ana Ruiz spoke from the hills. "We hold the pass," she said. '
        '"We are ready to talk," the rebel commander added.'
    )
    assert [q.speaker for q in find_quotes(text)][-1] == "Ana Ruiz"


def test_a_description_after_this_means_whoever_was_just_told_of() -> None:
    text = (
        '"We waited all night," said Ana Ruiz, a retired nurse queuing outside the hall. '
        'This retired nurse added that the mayor should "fix the roads and open the clinics" soon.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Ana Ruiz", "Ana Ruiz"]


def test_pronoun_in_a_sentence_naming_someone_new_is_not_the_last_quoted() -> None:
    text = (
        "Governor Paul Rennick thanked the crews for their “Patience, Skill and Nerve” on the river. "
        "Rennick’s deputy, Lieutenant Governor Ada Kemble , said the levee had held, giving what he called "
        "“a chance to rebuild the whole east bank.”"
    )
    assert only(text, "a chance to rebuild").speaker == "Ada Kemble"


def test_a_name_after_a_fronted_time_of_day_is_the_subject() -> None:
    text = (
        "“We will not find anyone alive in that water,” harbour master Ines Korda said.\n\n"
        "On Thursday evening, Mayor Tom Brandt told reporters that he would keep the divers out, which he called "
        "his “first duty.”\n\n"
        "“These families deserve to bury their own,” he said."
    )
    assert only(text, "These families deserve").speaker == "Tom Brandt"


@pytest.mark.parametrize("text, want", [
    ('"Every firm that sold the unlicensed tours will lose its permit," the Peruvian cabinet statement said.',
     "Peruvian cabinet"),
    ('A health ministry statement said there had been "12 deaths from exhaustion among the runners".',
     "health ministry"),
])
def test_a_document_named_by_its_body_is_that_body_speaking(text: str, want: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [want]


def test_a_nation_adjective_before_a_capitalised_word_is_no_person() -> None:
    text = (
        "A consular officer added that no victim had travelled with the official Peruvian Trade delegation.\n\n"
        "Omar Haddad, the ministry’s spokesperson, said a cell in Jeddah had issued 40 permits. "
        '"The families chose burial in Mecca," he said.\n\n'
        "Saudi officials have issued 31 certificates for Peruvian pilgrims.\n\n"
        "Nine of the missing are in hospital.\n\n"
        "He stressed that the directorate is in touch with the families of the missing Peruvian pilgrims. "
        "“The consulate team visits the injured in hospital every day.”"
    )
    assert only(text, "The consulate team").speaker == "Omar Haddad"


def test_an_unnamed_source_closing_the_quotes_sentence_after_more_words() -> None:
    text = ("“None of them survived the cold” apart from a girl lost in the river, one envoy told reporters, "
            "adding that the figures came from the regional coroner.")
    assert only(text, "None of them survived").speaker == "one envoy"


def test_an_uncued_quote_is_the_subject_of_its_own_clause() -> None:
    text = ('Neither the mayor nor the council named the firm, though Senator Ana Ruiz earlier sent her sympathy '
            'to the "families of those killed in the fire at the depot."')
    assert only(text, "families of those").speaker == "Ana Ruiz"


def test_the_doctor_is_the_doctor_who_just_spoke() -> None:
    text = ("Police opened fire on the crowd, killing at least 11.\n\n"
            "Four people died at the district clinic, said Dr. Ana Ruiz, adding there were 31 hurt there.\n\n"
            "“Several have burns to their hands and faces from the blast,” the doctor said at the clinic.")
    assert only(text, "Several have burns").speaker == "Ana Ruiz"


@pytest.mark.parametrize("before, speaker", [
    # a person the text calls by another calling may be described by this one: an engineer who also teaches
    ("Mara Quist, a bridge engineer and surveyor, said the cracks were old. She said the span was safe.",
     "Mara Quist"),
    ("Mara Quist said the cracks were old. She said the span was safe.", "Mara Quist"),
    # not one the text gives an office: the transport minister is no professor
    ("Mara Quist, the transport minister, said the cracks were old. She said the span was safe.",
     "associate professor"),
])
def test_a_calling_describes_who_just_spoke_unless_they_hold_an_office(before: str, speaker: str) -> None:
    text = (before + "\n“Steel that old bends long before anyone hears it give way,” the associate professor in "
            "engineering at Harlow Polytechnic told a radio show.")
    assert only(text, "Steel that old").speaker == speaker


def test_a_person_named_by_the_surname_alone_is_whom_he_means() -> None:
    text = ("Harbour master Tom Abel said the quay was shut.\n\nA fisherman surnamed Lo told reporters he was at sea "
            "when the wave came. His hands shook. “Forty years I have fished here and never seen that,” he said.")
    assert only(text, "Forty years I have").speaker == "Lo"


def test_a_fronted_clause_naming_the_agency_spoken_to_is_not_the_speaker() -> None:
    text = "Speaking to news agency Reuters, fire spokesman Tom Hale, said “Thirty people were rescued since dawn.”"
    assert only(text, "Thirty people").speaker == "Tom Hale"


def test_a_document_a_name_qualifies_speaks_and_the_document_later_is_it() -> None:
    text = ('“The fire started in a kitchen on the third floor,” said the unclassified Peruvian inspection report. '
            '“No alarm sounded anywhere in the building that night,” the report said.')
    assert [q.speaker for q in find_quotes(text)] == ["Peruvian inspection report"] * 2


def test_a_body_named_alone_before_its_statement_speaks_through_it() -> None:
    assert only('“We will not stop until every hostage is home,” the Hamas statement said.',
                "We will not stop").speaker == "Hamas"


@pytest.mark.parametrize("text", [
    "The strike killed 20, according to Lima health authorities, who said “the ward was hit twice in ten minutes.”",
    "The strike killed 20 people. “The ward was hit twice in ten minutes,” said Lima health authorities.",
])
def test_a_plural_in_ies_is_a_body_speaking(text: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == ["Lima health authorities"]


def test_a_person_whose_words_a_broadcaster_reports_speaks_them() -> None:
    text = ("Governor Ana Ruiz told the crews to “keep digging through the night until every house is searched,” "
            "state radio reported.")
    assert only(text, "keep digging").speaker == "Ana Ruiz"


def test_a_joint_statement_made_by_two_governments_reads() -> None:
    text = ("The joint statement made by Peru and Chile reads:\n\n"
            "“Both governments agree to open the border crossing at Tacna to trucks from Monday.”")
    assert [q.speaker for q in find_quotes(text)] == ["Peru and Chile joint statement"]


def test_a_paragraph_naming_someones_statement_before_it_gives_the_speaker() -> None:
    text = ("Tom Hale, a former mayor, commented on the deal.\n\n"
            "Hale's statement on the matter from his account is as follows:\n\n"
            '"This is a good day for both towns and I thank everyone who made it happen at last."')
    assert [q.speaker for q in find_quotes(text)] == ["Tom Hale"]


def test_words_a_speaker_relays_quoting_someone_are_that_persons() -> None:
    text = ("“We reached the parish this evening and sat with the families,” Tom Hale said in a statement, "
            "quoting the Most Rev. Ana Ruiz, the church chairman in the state.")
    assert only(text, "We reached the parish").speaker == "Ana Ruiz"


@pytest.mark.parametrize("lead", [
    "The storm made landfall on Tuesday, the National Storm Center said.",
    "The storm made landfall on Tuesday, according to the National Storm Center (NSC).",
])
def test_the_agency_may_be_a_centre_that_spoke_before(lead: str) -> None:
    text = lead + "\n\n“Stay away from the river banks until the water falls,” the agency warned in an advisory."
    assert (only(text, "Stay away").speaker or "").startswith("National Storm Center")


def test_mark_run_into_narrative_that_never_closes_is_no_quote() -> None:
    text = 'The minister said, "We will act before the weekend."Flight attendants have asked for better wages and rest.'
    assert [q.quote for q in find_quotes(text)] == ["We will act before the weekend."]


def test_subject_after_a_fronted_clause_ending_in_a_place() -> None:
    text = (
        "Looking back at the disaster in Lima, Okafor said that "
        "“nobody should build like that again in this country.”"
    )
    assert only(text, "nobody should").speaker == "Okafor"


def test_a_sentence_starting_inside_a_capitalised_run_ends_the_name() -> None:
    text = 'The plan was drafted in the U.S. He said the deal "will hold as long as both sides keep their word."'
    assert only(text, "will hold").speaker != "U.S. He"


@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [
        ('Another source familiar with Okafor’s thinking said, "She will not run for the seat again."', "She will",
         "Another source"),
        ('And then Okafor went on the attack, saying, "Nobody in this room has read the bill at all."', "Nobody",
         "Okafor"),
        ('Gov. Lena Okafor (R-OH), said, "We are getting ready for a long campaign this autumn."', "We are",
         "Lena Okafor"),
        ('"The deficit is a choice and not an accident," writes Okafor.', "The deficit", "Okafor"),
        ('Historian Lena Okafor calls the treaty "a foundation of our political culture."', "a foundation",
         "Lena Okafor"),
        ('Dean Okafor, a salesman from Sumter, South Carolina, says Ruiz will "leave here with momentum."',
         "leave here", "Dean Okafor"),
        ('Given Ruiz\'s success, her endorsements will carry "a great deal of weight," spokesman Neil Sroka said.',
         "a great deal", "Neil Sroka"),
        # a name, then the place the person governs, then the verb: the person speaks, not the place
        ("“This is a day of grief for all of us,” Governor Lena Okafor of the Minho region stated on Monday.",
         "This is a day", "Lena Okafor"),
    ],
)
def test_more_subject_forms(text: str, first: str, speaker: str) -> None:
    assert only(text, first).speaker == speaker


def test_pronoun_skips_a_person_after_a_preposition() -> None:
    text = 'Asked on Tuesday about Sullivan, Feinstein said "I know nothing about the emails," she said.'
    assert only(text, "I know").speaker == "Feinstein"


def test_sir_or_dame_with_a_given_name_is_the_person_named_in_full() -> None:
    text = ('Dame Ruth Okafor has won the county seat.\n\nEarlier, a beaming Dame Ruth told supporters: '
            '"We did it, and we did it together."\n\nShe added: "The work starts tomorrow."')
    assert only(text, "We did it").speaker == "Ruth Okafor"
    assert only(text, "The work").speaker == "Ruth Okafor"
    text = 'Sir Tom told the hall: "This county will not forget tonight at all."'
    assert only(text, "This county").speaker == "Tom"  # no full name to resolve to


def test_a_description_after_the_verb_that_goes_on_to_name_the_speaker() -> None:
    text = ("“You are found guilty of arson in the first degree,” said the presiding judge of the county court in "
            "Leeds, Ana Ruiz, adding that the sentence would follow.")
    assert only(text, "You are found").speaker == "Ana Ruiz"
    text = "“The bridge will reopen by the end of May,” said the city engineer, who asked not to be named."
    assert only(text, "The bridge").speaker == "city engineer"


def test_expressed_introduces_a_quote() -> None:
    text = "As crowds gathered, the 70-year-old Ana Ruiz expressed “my deep thanks to everyone who stood by me.”"
    q = only(text, "my deep thanks")
    assert q.speaker == "Ana Ruiz" and q.cue == "expressed"


def test_a_month_abbreviation_in_a_dateline_is_nobody() -> None:
    text = ("LISBON, Mar. 23, 2024 (AFP) - The number of people killed in the fire at a Lisbon nightclub has risen "
            "to 63, Portugal's Civil Protection Agency which oversees rescue work said Saturday, warning the toll "
            'could rise.\n\n"At the moment, it has been established that 63 people are dead. The death\ntoll is '
            'expected to rise," it said in a statement published on Telegram.')
    assert only(text, "At the moment").speaker == "Portugal's Civil Protection Agency"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a suffix is part of the name, and the surname before it keys the person
        ('"We will search all night," Fire Chief Marcus Bell Jr. said. Later Bell added: "The water is cold."',
         ["Marcus Bell Jr.", "Marcus Bell Jr."]),
        ('"We will search all night," said Colonel Marcus Bell, Jr., the head of the state police.',
         ["Marcus Bell Jr."]),
        ('"Please stay at home tonight if you can," said Mayor Dana Cole Sr. at the briefing.', ["Dana Cole Sr."]),
    ],
)
def test_a_name_suffix_stays_with_the_name(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in find_quotes(text)] == speakers


def test_two_men_with_suffixes_are_told_apart_by_surname() -> None:
    text = ('"The bridge is closed," said Marcus Bell Jr., the fire chief. '
            '"Traffic will move to the tunnel," said Paul Ortiz Jr., the transport secretary.')
    assert [q.speaker for q in find_quotes(text)] == ["Marcus Bell Jr.", "Paul Ortiz Jr."]


def test_a_titled_family_name_that_comes_first_is_the_person_named_in_full() -> None:
    """'Mr Yoon' after 'Yoon Hee-keun' (family name first): one person, named in full."""
    text = ('Police chief Yoon Hee-keun spoke on Tuesday. "We failed the public that night completely," '
            'Mr Yoon said. "We will do better in the future, I promise you," he added.')
    assert [q.speaker for q in find_quotes(text)] == ["Yoon Hee-keun", "Yoon Hee-keun"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a relative clause set off by commas, with a place in it, sits between the subject and the verb
        ('Mr Lind, who spoke by phone from the capital, Oslo, said that "the damage is far worse than we feared."',
         "Lind"),
        ('Jane Doe, who spoke from Bergen, Norway, said: "The water rose faster than anyone expected it would."',
         "Jane Doe"),
        # a place in apposition to a description is no speaker, a name is
        ('Jane Doe, a nurse in the capital, Oslo, said: "The water rose faster than anyone expected it would."',
         "Jane Doe"),
        ('The head of the agency, Mike Ryan, said: "The water rose faster than anyone expected it would."',
         "Mike Ryan"),
    ],
)
def test_the_subject_before_an_aside_with_a_place_speaks(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_a_name_after_a_settlement_noun_is_a_place_no_pronoun_means() -> None:
    text = ('Many of the freed came from a single kibbutz, Nir Amit, near the border.\n\n'
            '"Several more workers were also released outside the agreement," he said.')
    assert [q.speaker for q in find_quotes(text)] == [None]


def test_he_after_a_spokesman_for_a_body_is_that_spokesman() -> None:
    """The body a spokesman speaks for is given as the speaker; 'he' next is the same voice, 'she' is not."""
    text = ('A spokesman for the fire service said "the blaze was contained by the early evening hours."\n\n'
            '"We will stay on site all night to be completely sure," he added.')
    assert [q.speaker for q in find_quotes(text)] == ["fire service", "fire service"]
    assert [q.speaker for q in find_quotes(text.replace("he added", "she added"))] == ["fire service", None]


def test_a_title_after_a_work_noun_is_no_one_a_pronoun_means() -> None:
    text = ('"The music stopped and everyone ran for the exits at once," said Mara Lind, 24. '
            'The street was made famous by the drama series River Days in 2020. '
            '"I could not find my friends for an hour or more," she said.')
    assert [q.speaker for q in find_quotes(text)] == ["Mara Lind", "Mara Lind"]


@pytest.mark.parametrize(
    "text, first, speaker",
    [
        # 'the statement read' quotes whoever issued it, told before: signed by, issued, said in
        ('The release was confirmed in a statement signed by the state governor, Senator Musa Dan, on Sunday.\n\n'
         'The statement partly read, "We are glad to say the ferry crew are back with us."', "We are", "Musa Dan"),
        ('The army chief, Gen. Tari Obi, said in a brief statement that the pupils were safe. The statement added: '
         '"All of them are now with their families again."', "All of", "Tari Obi"),
        ('The charity Bread First issued a statement on Monday. The statement said: "We will send forty trucks of '
         'flour this week."', "We will", "Bread First"),
        # nobody said who issued it: nobody is named
        ('The statement said: "We will send forty trucks of flour this week."', "We will", None),
    ],
)
def test_a_statement_speaks_for_whoever_issued_it(text: str, first: str, speaker: str) -> None:
    assert only(text, first).speaker == speaker


def test_a_family_name_first_is_the_surname() -> None:
    """'Choi' after 'Choi Min-jun': a romanised given name with a lowercase syllable after its hyphen
    puts the family name first, even when a headline used it before the full name."""
    text = ('Choi admits loss in mayoral race\nChoi Min-jun, the Civic Party nominee, admitted late on Thursday '
            'that he had lost the race to Han Seo-yeon.\nSpeaking to supporters in a rented hall, Choi told them '
            'he "respects the verdict of the city\'s voters."\n"I wish her every success," he said.')
    assert only(text, "respects the").speaker == "Choi Min-jun"
    assert only(text, "I wish").speaker == "Choi Min-jun"


@pytest.mark.parametrize("cue", ["cried out Mateo Ruiz", "shouted Mateo Ruiz", "Mateo Ruiz sobbed",
                                 "lamented 76-year-old Mateo Ruiz, a welder", "conceded Mateo Ruiz"])
def test_cries_and_shouts_are_speech(cue: str) -> None:
    text = f'Rescuers carried out more bodies on Tuesday.\n\n"Where is my brother? Nobody tells us anything," {cue}.'
    assert only(text, "Where is").speaker == "Mateo Ruiz"


@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [
        # a possessive's words are its owner's; a generic body is the one just named
        ('Asked how long the walkout would last, Dana Holt paused.\n\n'
         'His answer: "As long as it takes to win a fair deal."', "As long", "Dana Holt"),
        ('The Port Business Council warned of rising prices on Friday.\n\n"A strike now would hurt every '
         'family in the region," the advocacy nonprofit said in a statement.', "A strike", "Port Business Council"),
        ('Flights resumed at Air Halden on Monday after the strike.\n\nIn a statement, the airline said the '
         'union had "refused every offer we made this year".', "refused every", "Air Halden"),
        # a business is the body whose head the article names ('Harbour Mining CEO …'), not an acronym since
        ('"The first team reached the lower gallery," Harbour Mining CEO Ana Ruiz said.\nRescuers know where '
         'the miners are from their GPS devices.\nThe mining company said the rescue "is going slower than any '
         'of us hoped".', "is going", "Harbour Mining"),
        # ... nor a news agency the story only credits as its source: the business it names, if only later
        ('Shares of the planemaker fell 2 percent on Friday, according to Wirepost.\n\n"The offer we made was '
         'not acceptable to the members," the company said.\n\nNew Corvane CEO Lia Brandt had urged workers to '
         'accept the deal.', "The offer", "Corvane"),
        # a business described is no body whose name gives another kind: not the union named after it
        ('About 400 staff at Marlow Freight Ltd walked out on Tuesday after talks with the Dock Workers Union '
         'failed.\n\n"We remain ready to talk at any time," the company said.', "We remain", "Marlow Freight Ltd"),
        # an acronym comes with the name the article spells it out in
        ('Members of the Harbour Pilots Guild of Norland (HPGN) walked out on Monday.\n\n"We had no choice '
         'but to strike today," HPGN said in a statement.', "We had", "Harbour Pilots Guild of Norland (HPGN)"),
        ('The Harbour Pilots Guild walked out on Monday.\n\n"We had no choice but to strike today," HPG said.',
         "We had", "Harbour Pilots Guild (HPG)"),  # named in full, not defined
        ('Police cited the Norland State Security Bureau (NDB) on Friday.\n\n"The men were held near the '
         'border overnight," the NDB said.', "The men", "Norland State Security Bureau (NDB)"),  # another language
        ('The Valdoran State Security Bureau (KGO) said the swap went ahead.\n\n"All of those freed are now in '
         'safe hands," KGO said.', "All of those", "Valdoran State Security Bureau (KGO)"),  # no word opens with K
        ('Talks resumed in Halden (NPA) on Friday.\n\n"The men were held near the border overnight," NPA said.',
         "The men", "NPA"),  # one word before it: an agency's dateline, not its name
        # ... not across a dash before it, and with the small words inside it
        ('The swap involved Norland, and Valdora — Borenia\'s National Security Office (MSB) said.\n\n"All of '
         'those freed are safe," MSB said.', "All of those", "Borenia's National Security Office (MSB)"),
        ('The Union of Harbour Pilots and Dock Workers (UHP) walked out.\n\n"We had no choice," UHP said.',
         "We had", "Union of Harbour Pilots and Dock Workers (UHP)"),
        # a family name first that stands alone is shown with the name; a word never used alone is no name
        ('Opposition candidate Choi Min Soo has conceded defeat.\n\nChoi, the candidate of the Civic Party, '
         'told reporters that he "humbly accepts the result of the vote."', "humbly accepts", "Choi Min Soo"),
        ('Meanwhile Ana Ruiz said the port would reopen.\n\nRuiz told reporters that "the port will reopen '
         'on Friday morning."', "the port", "Ana Ruiz"),
        # 'released a statement' and 'commanded' speak; 'released the names' does not
        ('League chief Rob Halde released a statement, honoring those who died.\n\n"We are deeply saddened by '
         'the loss of so many lives."', "We are", "Rob Halde"),
        ('The court sat late. "Please be seated and remain quiet for the verdict," Judge Ana Ruiz commanded.',
         "Please be", "Ana Ruiz"),
        ('Police released the names of the victims.\n\n"We are deeply saddened by the loss of so many lives."',
         "We are", None),
    ],
)
def test_bodies_acronyms_family_names_and_statements(text: str, first: str, speaker: str | None) -> None:
    assert only(text, first).speaker == speaker


def test_a_family_name_first_beside_a_shared_given_name_does_not_break() -> None:
    """'Kim Moon Soo' and 'Park Ji Soo' share the last word, so both are keyed by full name; the 'Kim' left
    over from the first points at no one (it once raised a KeyError and lost the article)."""
    text = 'Kim Moon Soo met Park Ji Soo on Monday.\n\nKim told reporters that he "humbly accepts the result today."'
    assert only(text, "humbly accepts").speaker == "Kim"


def test_a_given_name_only_a_headline_pairs_with_the_surname_does_not_break() -> None:
    """'Cooper Lopes' in a headline above 'Cooper Ines Lopes' in the body: the headline's key has no
    mention in the body, which once raised a KeyError and lost the article."""
    text = ("Cooper Lopes, 15, And Mason Brenner, 17, Win Valdora Chess Cup\n"
            "PORTO, VL — Judges in Porto handed the trophy on Monday to Cooper Ines Lopes, 15, and Mason Rui "
            "Brenner, 17.\n"
            "They said Cooper’s endgame was \"a joy to watch\" all week.\n"
            "\"We trained every evening for a year and it finally paid off,\" her coach said.")
    assert only(text, "We trained every evening").speaker == "her coach"


def test_the_officer_who_just_spoke() -> None:
    """'The senior officer' with no name filed under that title is the person who just spoke, a few
    paragraphs back at most (wire copy gives each sentence a paragraph)."""
    text = ("The Director of Navy Press Affairs, Rear Adm. Kola Ade, said the crew were safe.\n\n"
            "He added that they would be flown home.\n\n"
            '"We found them at dawn in the forest near the river," the senior officer said.')
    assert only(text, "We found").speaker == "Kola Ade"
    text = ('A bus overturned near the bridge on Sunday.\n\n"We found them at dawn in the forest near the river," '
            "the senior officer said.")
    assert only(text, "We found").speaker == "senior officer"  # nobody spoke before: the description stays
    text = ("The Director of Navy Press Affairs, Rear Adm. Kola Ade, said the crew were safe.\n\n"
            "A separate official with knowledge of the raid said the talks had helped. The official said there is "
            '"growing hope that all of them will be home soon."')
    assert only(text, "growing hope").speaker == "official"  # the official just introduced, not Ade


_LONG_TRIAL = ("{a} was cleared on Monday after a long trial that gripped the town and divided the families of the "
               "street where the crash happened.\n\nThe jury took four days. The judge thanked them for their service "
               "to the court and to the whole county of Norland, which had followed the case closely for two years."
               '\n\n"I am grateful to every one of you who stood by me through all of it," {b} said outside the court.'
               "\n\nHis father, Bill {b}, also spoke. Bill {b} thanked the lawyers. Later Bill {b} left.")


@pytest.mark.parametrize("text, speaker", [
    # a surname that is also a common word ('Watch', 'Read') is a name where the article names the person so
    (_LONG_TRIAL.format(a="Tom Watch", b="Watch"), "Tom Watch"),
    # a bare surname far from any full name is one of the family named before it, not a relative named after
    (_LONG_TRIAL.format(a="Tom Hale", b="Hale"), "Tom Hale"),
    # named only by the common word, but as a name: with a possessive or an age set off by commas
    ('The jury cleared Read on Monday.\n\nRead, 45, was accused of striking a man with her car.\n\nRead added, '
     '"No one has fought harder than my lawyers have."', "Read"),
    # a name repeated in full is no brand when the article also writes its surname alone, as a common word
    ("The verdict came in the trial of Laura Read on Monday.\n\nLaura Read was cleared of all counts.\n\nLaura Read "
     'smiled at the jury.\n\nMoments ago, Read thanked her lawyers and her supporters.\n\n"We will keep going, '
     'whatever they say," she said.', "Laura Read"),
    # a person 'of' a party is that person, the party a body of its own
    ('Hou Yu-ih of the Unity Party conceded on Saturday.\n\n"I apologise to everyone who voted for me," Hou '
     "said.", "Hou Yu-ih"),
    # ... with a title before it too; and 'the party's Wen' is the person after the owner
    ("Vice President Wen Ching-te of the Progressive Party won with 40 percent of the vote.\n\nThe Progressive "
     'Party\'s Wen said later: "We will maintain the status quo across the strait."', "Wen Ching-te"),
    # 'in' before a possessive name is no place: 'the jury in Laura Vale's retrial'
    ("The jury in Laura Vale's retrial reached a verdict on Monday.\n\n\"No one has fought harder for the truth "
     'than my team," Vale said.', "Laura Vale"),
])
def test_surnames_that_are_common_words_and_families(text: str, speaker: str) -> None:
    [q] = find_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a name particle inside a sentence's subject is part of the name: not 'Inês Duarte' or 'Joana'
    ("Prime Minister Joana Inês Duarte da Rocha visited the valley on Sunday: “Every family here will be "
     "helped to rebuild, whatever it takes.”", "Duarte da Rocha"),
    ("Commissioner Elke von der Brandt toured the harbour: “The fleet will be back at sea before the winter "
     "storms arrive.”", "Elke von der Brandt"),
    # two particles in a row
    ("Mayor Tomas Vela de la Cruz spoke at the vigil: “We will not forget a single one of them, not ever.”",
     "Vela de la Cruz"),
    # a particle with no name after it ends the subject ('la' is no name's here)
    ("Mayor Tomas Vela la veille spoke at the vigil: “We will not forget a single one of them, not ever.”",
     "Tomas Vela"),
])
def test_a_subject_keeps_its_name_particles(text: str, speaker: str) -> None:
    [q] = find_quotes(text)
    assert q.speaker == speaker


def test_a_name_that_modifies_a_role_is_not_whom_he_means() -> None:
    """'The writer and Blue Harbour actor' names a show, then describes the writer quoted before."""
    text = ("“Writers deserve a fair share of what they make,” Tom Varga told reporters outside the studio. The "
            "writer and Blue Harbour actor had been filming a new series when the strike began. “It feels wrong "
            "that the people who make the shows cannot afford rent,” he added.")
    assert [q.speaker for q in find_quotes(text)] == ["Tom Varga", "Tom Varga"]


def test_a_body_named_by_its_acronym_and_head_noun_is_whom_the_head_means() -> None:
    """'Members of the HWU union' names the union by its acronym: 'the union' later is the HWU."""
    text = ("Members of the HWU union walked out on Monday. The union called the offer a sham, accusing the port "
            "authority of showing “no sign at all of wanting a deal”.")
    assert [q.speaker for q in find_quotes(text)] == ["HWU"]


@pytest.mark.parametrize("text, speaker", [
    # a line broken before the cue: a line never opens with a lower-case 'said' of its own
    ("The river rose overnight in the valley towns.\n“Crews are still searching the lower fields and we have "
     "not found everyone yet,”\nsaid district information officer Marta Velasco, adding that roads were shut.",
     "Marta Velasco"),
    # a person and the body they speak for: the person speaks
    ("“The boats arrived too late for the families on the far bank of the river,” Tomas Brenner of the regional "
     "relief agency told the local radio station.", "Tomas Brenner"),
    # an office opened by its owner ('Norway's acting Prime Minister'), the holder's name set off by commas
    ("Norway's acting Prime Minister, Halvor Lindqvist, declared a day of national mourning, “for every family "
     "that lost someone in the storm.”", "Halvor Lindqvist"),
    # 'the army' is no ministry that spoke before it, whatever spoke last
    ("Norway's defence ministry said it had sent more troops north. The two men were found in a barn outside "
     "the town. The army said that they \"were in good condition and had been taken to hospital for checks.\"",
     "army"),
    # while 'the agency' may be a body whose name gives no kind
    ("The UN refugee agency, UNHCR, said the camps were full. The agency said \"there is simply no more room for "
     "the families arriving every day.\"", "UNHCR"),
    # a lone name given an age is the person 'she' means, not a plural noun opening the sentence
    ("Onlookers recalled the evening, including Marta, 29, who lost sight of her cousin near the stalls. “It was "
     "over in seconds and we could not even shout,” she told the local paper.", "Marta"),
    # 'the 68-year-old candidate' opening the next sentence is the person the sentence before opened with
    ("Defence Minister Tomas Brenner, a former general, claimed victory in the election on Wednesday.\nThe "
     "68-year-old candidate, who was once barred from travel abroad, told supporters in the capital that his win "
     "was \"a victory for every citizen of this country.\"", "Tomas Brenner"),
    # unless the article gives that person another age
    ("Tomas Brenner claimed victory on Wednesday. Ana Ruiz, 70, conceded. The 68-year-old candidate told "
     "supporters that \"every vote has been counted and we lost fairly.\"", "68-year-old candidate"),
    # a description with 'one' then the name it gives; 'stated' inverted; 'the leader' is the one head of state
    ('"We have gathered here to show our anger at years of graft," said one demonstrator, Rui Costa, a '
     '28-year-old resident from Braga.', "Rui Costa"),
    ("“I expect that this will weaken his hold on the party for good,” stated Rui Costa, one of the attendees.",
     "Rui Costa"),
    # a platform named before a new sentence is no one who speaks; 'accused of' is a charge, not a cue
    ('Mayor Ana Ruiz announced the deal in a post on X. She said the city would "reopen every school that the '
     'storms closed last spring".', "Ana Ruiz"),
    ('Interior Minister Ana Ruiz spoke on Monday. She said the navy had released Borenians accused of smuggling in '
     'return for "the safe return of every one of our sailors".', "Ana Ruiz"),
    # 'reacted', as translated news inverts it, around the name and a platform
    ("“This verdict is a warning to every judge in the land,” reacted Ana Ruiz on X.", "Ana Ruiz"),
    # the same, for a quote of the paragraph that has no cue of its own
    ("“Unbelievable,” said one of the volunteers, Rui Costa. “We carried sandbags all night and the wall held.”",
     "Rui Costa"),
    ("Minister Ana Ruiz spoke first.\n“We understand the anger, but we ask for patience,” urged Rui Costa, the energy "
     "minister.", "Rui Costa"),
    # the body in a place speaks, not the place; a place is no lone name that spoke (the 'he' is the rescuer who
    # just told reporters)
    ('The Valdoran Health Authority in Porto told residents in a statement to stay away from the river.\n\n"The '
     'floods pushed the animals into towns and fields," the statement said.', "Valdoran Health Authority"),
    ('A rescuer in Porto told reporters the water was rising. "The floods pushed the animals into towns and '
     'fields," he said.', "A rescuer"),
    ('Valdoran President Ana Ruiz spoke on Sunday.\n\n"The man was hurt but is now stable and will recover," the '
     'Valdoran leader said.', "Ana Ruiz"),
    ('Valdoran President Ana Ruiz met Prime Minister Rui Costa on Sunday.\n\n"The man was hurt but is now stable '
     'and will recover," the leader said.', "leader"),  # two who lead: no guess
    # a family named in full is people, not a brand repeated; the subject is the name its relative clause hangs on
    ("Marta Rocha, who lost her sons, Rui Rocha, 19, and Tiago Rocha, 17, said she would wait. “Nobody should "
     "stop digging until the last one is out,” she said.", "Marta Rocha"),
    # a lone name given an age is a person, whom a later 'he' means, not a name in a possessive
    ("Merlo, 61, told reporters he had won, as the country waits on President Tomas Brenner’s "
     "ruling.\nIn a debate on Sunday, Merlo also criticised the campaign. “The campaign was the dirtiest I have "
     "seen,” he said.", "Merlo"),
    # 'the 47-year-old' alone: the person opening the sentence before, or the one who spoke last
    ("Marco Ferreira, the former mayor, wept in court on Friday.\n“I let my whole family down,” the "
     "47-year-old said.", "Marco Ferreira"),
    ("Marco Ferreira told reporters he had done all he could. He spent an hour at the podium.\n“I let my "
     "whole family down,” the 47-year-old said.", "Marco Ferreira"),
    # not someone named since as an object, nor a person the article gives another age
    ("Marco Ferreira wept. He apologized to Ana Lopes.\n“I let my whole family down,” the 47-year-old "
     "said.", None),
    ("Marco Ferreira, 61, wept in court on Friday.\n“I let my whole family down,” the 47-year-old said.",
     None),
    # the one the text gives that age, before whoever opened the sentence before
    ("Marco Ferreira, 47, and Ana Lopes left the court. Ana Lopes spoke to reporters first.\n“I let my whole "
     "family down,” the 47-year-old said.", "Marco Ferreira"),
    # else the one person the sentence before names, wherever in it
    ("Volunteers searched the harbour until dawn.\nOne of those pulled out was Tomas Brevik, a baker on an early "
     "shift.\n“The floor simply dropped under our feet as we ran,” the 23-year-old told reporters.", "Tomas Brevik"),
    # else the person the article is about, named more often than anyone else
    ("Marco Ferreira arrived early. Ferreira's lawyers asked for mercy. The judge heard Ferreira for an hour. He "
     "apologized to Ana Lopes.\n“I let my whole family down,” the 47-year-old said.", "Marco Ferreira"),
    # only a lower-case cue continues the line before: 'Said' opening a line is a sentence of its own
    ("“Crews are still searching the lower fields and we have not found everyone yet,” the mayor said.\n"
     "Said Amrani, a farmer, lost his barn in the flood.", "mayor"),
    # a platform's product ('Facebook Live') is no one 'he' could mean
    ("Union president Dario Fentes led the rally on Friday. The plan was streamed by Facebook Live. \"We are "
     "not going back until the offer is fair for every worker,\" he said.", "Dario Fentes"),
])
def test_the_speaker_of_a_lone_quote(text: str, speaker: str | None) -> None:
    """Cues across a broken line, bodies after a name, owned offices, bodies of another kind, lone names
    with an age, people described by age, platforms."""
    [q] = find_quotes(text)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # a sentence whose subject is 'He' passes him on: not the running mate named after him
    ("Okonjo thanked the crowd in the square for an hour.\n\nHe was flanked on stage by his deputy, "
     "Tomas Brenner Ruiz, the son of a former governor. \"We should not be proud, we must be humble, this is a win "
     "for everyone,\" he said.", "Okonjo"),
    # 'Generation Z' is nobody 'he' could mean
    ("Generation Z turned out in record numbers for the candidate this year.\n\n"
     "“We will build a future for all of you,” he said in his speech.", None),
    # an outlet relaying what a body said is not the speaker
    ("Harbour Steel halted two plants on Monday. “Most staff are returning to their posts,” the company said, "
     "according to the Daily Courier. “Output will be back to normal within a week.”", "company"),
    # a nickname stands for the person given it, also inside the name
    ("Tomas “Tiger” Brenner was sentenced on Friday.\n\n“I am sorry for everything I have done,” Tiger said.",
     "Tomas Brenner"),
    ("Tomas “Tiger” Brenner was sentenced on Friday.\n\n“I am sorry for everything I have done,” Brenner said.",
     "Tomas Brenner"),
    ("The vote was called by President Ana Ruiz, popularly known as “Anita.” “I am proud of every voter today,” "
     "Anita told reporters.", "Ana Ruiz"),
    # of two presidents, 'the president' who adds is the one who just spoke
    ("President Ana Ruiz welcomed the deal, which President Karl Brandt of the neighbouring republic signed on "
     "Monday.\n\"We are making sure the other side keeps its word,\" Ruiz said.\n\"We will keep watching closely "
     "and act if needed,\" the president added.", "Ana Ruiz"),
    # a lone name opening the sentence before, set off by an apposition, is whom 'he' means
    ("One late show, Tom Varga's Varga Tonight, will keep airing, the network said. Colbertson, a guild member, "
     "prepared his audience on Monday night, doing a segment he would have mocked. \"Everyone, including me, will "
     "be back when this is done,\" he said.", "Colbertson"),
    # or followed by an auxiliary
    ("Tom Varga hosts the other show. Colbertson has said the strike is right.\n\"We will be back when this is "
     "done,\" he said.", "Colbertson"),
    # the name a described speaker gave, before the speech verb
    ("Neighbours gathered at the fence. A farmer who gave her name only as Rosa Maria told reporters at the gate: "
     "\"We heard the roof crack and then the whole barn came down at once.\"", "Rosa Maria"),
    # a union of writers is no one's: the guild named before ('the writers’ union'); a guild is a body
    ("The Harbour Writers Guild called the strike on Monday. Talks with the studios had failed. “The offer was an "
     "insult to every writer we represent,” the writers’ union said.", "Harbour Writers Guild"),
    # while an owner still owns ('the president's office')
    ("“We will rebuild every school in the province,” the president's office said.", "President's Office"),
    # a nickname of one of a family: 'President Joko Ruiz, popularly known as Jokoru', beside his wife Iria Ruiz
    ("The race was called for President Joko Ruiz, popularly known as “Jokoru.” His wife Iria Ruiz voted "
     "beside him.\n\n“I am proud of every voter today,” Jokoru told reporters.", "Joko Ruiz"),
])
def test_the_speaker_of_the_last_quote(text: str, speaker: str | None) -> None:
    """Pronoun chains, nicknames, relays, two holders of a title, lone names opening the sentence before,
    names given before the verb, unions of some members."""
    assert find_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker, cue", [
    # asked to be named by one name only: that name, a person's, and the verb after or before the description
    ("“We all ran outside and waited for the shaking to stop,” said the woman, who asked to be identified only "
     "by her family name, Lindqvist.", "Lindqvist", "said"),
    ("“We all ran outside and waited for the shaking to stop,” a man identified as Karim Jalali told the agency.",
     "Karim Jalali", "told the agency"),
])
def test_a_speaker_named_by_a_description_and_the_verb_around_it(text: str, speaker: str, cue: str) -> None:
    [q] = find_quotes(text)
    assert (q.speaker, q.cue) == (speaker, cue)


def test_a_body_described_again_and_then_called_it() -> None:
    """'the response office' is the 'flood response centre' that spoke two paragraphs before, not the WFP office
    it wrote to; and 'it' is that centre, not the WFP staff who saw its request."""
    text = ("Valdora asked the WFP for boats on Sunday, a copy of its request shows.\n\n"
            "\"The river has cut off nine villages and we cannot reach them by road,\" the country's flood response "
            "centre wrote to the WFP office in Lima.\n\nMost of the valley has been under water since Friday.\n\n"
            "The water left \"fields, barns and the only bridge in ruins for miles,\" the response office said.\n\n"
            "Its pumps were \"working day and night with no end in sight,\" it said in the request, which was seen "
            "by WFP staff on Monday.\n\n\"Families are sleeping on roofs and we have run out of fuel for the "
            "boats.\"\n\nThe task needs \"every hand and every boat anyone can spare us,\" it said.")
    assert {q.speaker for q in find_quotes(text)} == {"country's flood response centre"}


def test_a_long_run_of_sentences_opening_with_he_ends() -> None:
    """Following 'He …' back to whom it means stops after a few sentences: a text of nothing else still ends."""
    text = "He was also joined by Tom. " * 3000 + "\"We will win this, all of us, together,\" he said."
    [q] = find_quotes(text)
    assert q.cue == "he said"


def test_a_long_run_of_speakers_pointing_back_ends() -> None:
    """'The senior officer said' thousands of times: each asks who spoke before; the chain is cut, the text ends."""
    text = ("Tomas Brenner won. " + "The senior officer thanked everyone. " * 3000
            + "The senior officer said \"we will win this, all of us, together.\"")
    [q] = find_quotes(text)
    assert q.cue == "said"


def test_a_title_before_a_family_name_first_is_no_part_of_the_name() -> None:
    """'Mayor Kang Min Ho' is Kang Min Ho (family name first): 'Kang said' is him, named in full."""
    text = ('Mayor Kang Min Ho opened the new ferry pier on Monday.\n\n'
            '"This pier will carry the town for fifty years," Kang said.')
    assert only(text, "This pier").speaker == "Kang Min Ho"


def test_a_family_name_mostly_used_as_a_subject_is_the_person_despite_a_preposition() -> None:
    """'talks with Choi' once does not make Choi a place when 'Choi said' and 'Choi told' name him."""
    text = ('Governor Choi Ji Hoon called the strike unlawful on Tuesday. Union leaders met with Choi later.\n\n'
            'Choi told reporters the talks had failed. "We cannot pay what they ask of us," Choi said.')
    assert only(text, "We cannot").speaker == "Choi Ji Hoon"


def test_a_family_name_in_a_sentence_case_headline_still_stands_for_the_person() -> None:
    """'Kang says …' above the story is a headline, not a use of 'Kang' before 'Kang Min Ho' that makes it a place."""
    text = ('Kang says he will end the curfew, troops withdrawn\n\n'
            'Valdoran President Kang Min Ho said Friday that he will end the curfew through a cabinet meeting.\n\n'
            '"We have heard the assembly and the curfew will end at dawn," Kang said.')
    assert only(text, "We have heard").speaker == "Kang Min Ho"


def test_a_title_after_an_organisation_of_something_names_a_person() -> None:
    """'Department of Transport Secretary Tomas Brenner' is the secretary, whom 'he' then means."""
    text = ('Idaho Highway Patrol closed two mountain bridges overnight.\n'
            'Department of Transport Secretary Tomas Brenner said on Friday that the "snow ploughs" would go out '
            'at dawn.\n'
            '"Crews will work through the night on every blocked road," he said.')
    assert only(text, "Crews will").speaker == "Tomas Brenner"


def test_a_patrol_is_an_organisation_whom_he_cannot_mean() -> None:
    text = ('Idaho Highway Patrol closed two mountain bridges overnight.\n'
            '"It was the right call on a night like this one," he said.')
    assert only(text, "It was").speaker != "Highway Patrol"


def test_whom_a_speaker_is_telling_is_not_the_speaker() -> None:
    """'The 58-year-old …, telling Reuters: "…"': the baker named before, not the agency she told."""
    text = ('Baker Marta Lind lost her shop to the flood on Monday.\n\nThe 58-year-old stayed calm, telling '
            'Reuters: "We rebuilt once before and we can do it again."')
    assert only(text, "We rebuilt").speaker == "Marta Lind"


@pytest.mark.parametrize(("text", "want"), [
    ('Valdora Times\n\nA Minho Air jet crashed on Sunday. In a statement, the airline said it was "deeply saddened'
     ' by the loss of life on board."', "Minho Air"),
    ('Valdora Times\n\nMinho Air said it was "cooperating fully with the investigators at the site." The airline'
     ' added that "all passengers have now been accounted for tonight."', "Minho Air"),
    # no airline named: the masthead before it is not 'the airline', nor 'the company'
    ('Valdora Times\n\nRescue work went on. The airline said it was "deeply saddened by the loss of life on board."',
     "airline"),
    ('Valdora Times\n\nRescue work went on at the plant. The company said it was "deeply saddened by the loss of'
     ' life at the plant."', "company"),
    ('Valdora Times\n\nAcme Corp runs the plant. The company said it was "deeply saddened by the loss of life at'
     ' the plant."', "Acme Corp"),
])
def test_the_airline_and_the_company_are_the_body_of_that_kind_never_the_masthead(text: str, want: str) -> None:
    assert find_quotes(text)[-1].speaker == want


@pytest.mark.parametrize("who", ["a man", "a girl", "a local", "a pilgrim", "an eyewitness"])
def test_people_quoted_by_what_they_are(who):
    text = f'Police said the road was closed.\n\n"We were pushed from behind and lost it all," {who} told reporters.'
    [q] = find_quotes(text)
    assert q.speaker == who


def test_a_question_or_a_cry_then_its_speaker():
    text = ("Ana Ruiz spoke first. Mayor Tomas Brenner said the vote was close.\n\n"
            "“Will we ever get a fair hearing from this council, who knows?” Ruiz told the Valley Courier.")
    [q] = find_quotes(text)
    assert q.speaker == "Ana Ruiz"


@pytest.mark.parametrize("verb", ["fumed", "pressed", "mused", "scoffed", "notes"])
def test_tones_of_saying_are_cues(verb):
    text = f"Senator Pat Dorn spoke to reporters.\n\n“They were never serious about making progress,” Dorn {verb}."
    [q] = find_quotes(text)
    assert q.speaker == "Pat Dorn" and q.cue == verb


def test_agreement_and_barking_are_cues():
    [q] = find_quotes('Polls were split.\n\n"Our ideas of success are different now," agrees Ana Ruiz, 30, of Braga.')
    assert q.speaker == "Ana Ruiz"
    [q] = find_quotes('Host Tom Hale was angry.\n\n"You have no idea what you are talking about," Hale barked.')
    assert q.speaker == "Tom Hale"


def test_a_statement_owned_by_a_name_is_that_name_s_words_whatever_phrase_places_it():
    text = ('President Tom Hale spoke. His spokeswoman, Ana Ruiz, issued a statement.\n\n'
            "Ruiz's statement on a channel close to the president said the nationals had been "
            '"convicted of extremist and terrorist activity".')
    [q] = find_quotes(text)
    assert q.speaker == "Ana Ruiz"


@pytest.mark.parametrize("name", ["Orlan", "Dano-Ur-Reyes"])
def test_one_name_after_an_office_is_the_person_the_office_then_means(name):
    text = (f"Army chief {name} said a new government would be formed.\n\n"
            '"We have decided to form an interim government," the Tribune quoted the army chief as saying.')
    assert [q.speaker for q in find_quotes(text)] == [name]


def test_a_reaction_is_a_cue_not_the_speaker_before_it():
    text = ('"It is our democracy that is being executed today," said Ana Ruiz, the party leader.\n\n'
            '"The destiny of our nation was confiscated by a judicial cabal," Tom Hale reacted in turn.')
    assert [q.speaker for q in find_quotes(text)] == ["Ana Ruiz", "Tom Hale"]


@pytest.mark.parametrize("text, speaker", [
    # translated wire copy puts when and where between the verb and the speaker
    ('"Our dykes were never built for this," stated, Monday, March 3, the engineer Boris Kell on the radio.',
     "Boris Kell"),
    ('"Nobody should go near the harbour tonight," insisted last Sunday in front of the city council the head of the '
     'port, the former admiral Ana Ruiz.', "Ana Ruiz"),
    # a second description before the name the first goes on to give
    ('"The levees will hold for now," said the head of the river authority, the ex-Prime Minister Tomas Vidal.',
     "Tomas Vidal"),
])
def test_an_inverted_speaker_after_when_and_where(text: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [speaker]


def test_a_name_then_its_title_without_the_closing_comma_is_the_speaker() -> None:
    """"Ana Ruiz, Braga's regional mayor wrote …": the title's holder is Ruiz here, not whoever held a title
    of that name earlier in the story."""
    text = ("The toll in Minho rose to 20, the regional mayor Tom Vale said Friday.\n\n"
            "Ana Ruiz, Braga’s regional mayor wrote to the ministry that the storm was ”worse than anything the "
            "valley has known”.")
    assert [q.speaker for q in find_quotes(text)] == ["Ana Ruiz"]


def test_a_convention_named_between_is_no_person_a_pronoun_stands_for() -> None:
    text = (
        "Tomas Brenner was found guilty on Thursday. His sentencing is set for July 11, days before Green "
        "National Convention when he is to be named.\n“This was a rigged trial,” he told reporters."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tomas Brenner"]


def test_a_business_named_by_its_trade_is_the_business_not_the_union_named_since() -> None:
    text = (
        "Kestrel Aero Corp said late on Thursday the vote was a clear message.\n"
        "Some 9,000 members of the Valley Aerospace Workers (VAW) rejected the deal it reached with VAW leaders.\n"
        "“We remain ready to get back to the table,” the planemaker said in a statement."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Kestrel Aero Corp"]


def test_a_speech_verb_in_a_relative_clause_is_not_whom_the_next_he_means() -> None:
    text = (
        "Judge Carl Benton spoke for twenty minutes before he passed sentence on Dale Prouse.\n"
        "In a stern address, the judge noted that Prouse had robbed savers over a decade, including a widow who he "
        "admitted cheating out of her pension.\n"
        "“You fooled them all, and in the end you fooled yourself,” he said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Carl Benton"]


def test_the_subject_before_is_whom_he_means_not_a_man_only_a_his_after_him_makes_male() -> None:
    text = (
        "Polls closed on Saturday.\n"
        "Tom Baker, who led the Green list, phoned the mayor-elect Ed Walsh to wish him well in his new post.\n"
        "“We fought hard and we lost fairly,” he told reporters."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Tom Baker"]
    text = text.replace("Tom Baker, who", "Ms Ana Baker, who")
    assert [q.speaker for q in find_quotes(text)] == ["Ed Walsh"]


@pytest.mark.parametrize("text", [
    # the person opening the sentence before, who spoke of nothing yet, is whom 'the senator' means
    "Ana Ruiz conceded defeat on Sunday night. “I have phoned my rival and wished her every success,” said the "
    "senator.",
    # ... a time after an inverted subject is no part of it
    "Ana Ruiz conceded defeat on Sunday night. “I have phoned my rival and wished her every success,” said the "
    "senator this morning in her home town.",
])
def test_an_office_after_an_inverted_verb_is_the_person_who_opened_the_sentence_before(text: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == ["Ana Ruiz"]


def test_the_agency_with_its_country_is_the_body_that_just_spoke() -> None:
    text = (
        "The U.K. Met Office said the storm reached the coast before dawn. Gusts passed 90 mph on the cliffs, the "
        "UKMO said.\nIts winds “were the strongest measured on that shore in forty years,” the U.K. agency said."
    )
    assert [q.speaker for q in find_quotes(text)] == ["U.K. Met Office (UKMO)"]


def test_a_paper_characterizing_someone_in_its_own_words_is_the_speaker() -> None:
    """'The Courier characterizes Bake as having "…"' quotes the paper, not Bake, though Bake speaks (denies) next."""
    text = ('The Daily Courier characterizes Bake as having "cast himself as a champion of all the workers." '
            "Its profile adds debts, which Bake denies.")
    assert only(text, "cast himself").speaker == "Daily Courier"


def test_an_office_named_by_the_body_it_leads_keeps_its_body() -> None:
    """'The head of the ferry board is urging "…"': the speaker is that office, not a bare 'head'."""
    text = 'The head of the ferry safety board is urging crews "to check every lifejacket before each crossing".'
    assert only(text, "to check every lifejacket").speaker == "head of the ferry safety board"


def test_a_capitals_line_over_a_quote_names_its_speaker_in_a_round_up_of_reactions() -> None:
    """A wire round-up: each office and name in capitals on a line of its own, the words under it with no cue.
    A line of capitals with no office names no one."""
    text = ("The governor was attacked on Tuesday. Here is how leaders reacted:\n"
            "NORLAND PRIME MINISTER ANA DE LA RUIZ\n"
            "\"We are horrified by this attack on a colleague and a friend of our people.\"\n"
            "VALDORAN FOREIGN MINISTER IVO DAN IN A LETTER TO THE GOVERNOR'S FAMILY\n"
            "\"No cause can ever justify such a cowardly act of violence against anyone.\"\n")
    assert [q.speaker for q in find_quotes(text)] == ["Ana de la Ruiz", "Ivo Dan"]


@pytest.mark.parametrize("line, want", [
    ("NORLAND PRIME MINISTER ANA RUIZ", "Ana Ruiz"),
    ("VALDORAN FOREIGN MINISTER IVO DAN IN A LETTER TO HIS COUNTERPART", "Ivo Dan"),
    ("UN SECRETARY-GENERAL'S ENVOY MARIE O'NEILL", "Marie O'Neill"),
    ("BREAKING NEWS FROM THE CAPITAL", None),  # no office: a page's furniture
    ("PRESIDENT", None),
    ("Prime Minister Ana Ruiz", None),  # not capitals: a line of text
])
def test_the_name_a_capitals_header_gives(line: str, want: str | None) -> None:
    from ceasefire_cli.names import header_name

    assert header_name(line) == want


@pytest.mark.parametrize("text, want", [
    ("The toll was updated by Health Minister Ana Ruiz in an interview with a local radio station: “By morning "
     "the surgeons had closed every wound.”", "Ana Ruiz"),
    ("The plan was announced by Ivo Dan on Tuesday: \"We will rebuild every one of these homes by spring.\"",
     "Ivo Dan"),
])
def test_a_passive_s_agent_before_the_colon_speaks_the_quote(text: str, want: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == [want]


@pytest.mark.parametrize("cue", ["says the statement, which the firm posted online.", "said the statement.",
                                 "the statement said on Monday."])
def test_an_apology_issued_is_the_statement_that_later_speaks(cue: str) -> None:
    """'The airline Coastal Air has just issued an apology.' then '“…,” says the statement': the airline's words,
    whatever comes between its name and the verb, and the sentence before its name no part of it."""
    text = ("The plane crashed on Sunday. The airline Coastal Air has just issued an apology.\n"
            f"“Every family touched by this loss has our sympathy and our full support,” {cue}\n")
    assert [q.speaker for q in find_quotes(text)] == ["Coastal Air"]


def test_a_paragraph_saying_the_next_are_someone_s_speech_gives_them_to_that_one() -> None:
    text = ("The president spoke late on Tuesday.\n\nBelow is Ruiz's full speech at the palace on May 4.\n\n"
            "\"Tonight I want to thank the crews who worked through the storm to reopen our roads.\n\n"
            "\"The bridges will be rebuilt, and every family will have a roof before the winter.\"\n")
    assert [q.speaker for q in find_quotes(text)] == ["Ruiz", "Ruiz"]


@pytest.mark.parametrize("lead", ["ADGP", "SSP", "MLA"])
def test_an_office_in_initials_before_a_name_leaves_a_person(lead: str) -> None:
    """'ADGP Ravi Menon, overseeing the police, addressed the media ... "…," he stated': he is Menon, not the minister
    named a paragraph before."""
    text = ("Health Minister Ana Lind said the wards were full.\n\n"
            f"{lead} Ravi Menon, overseeing the police in the district, addressed the media at the site. "
            "\"By our count, about 300 people have still not been found at this stage,\" he stated.\n")
    assert [q.speaker for q in find_quotes(text)] == ["Ravi Menon"]


def test_said_in_a_statement_after_a_comma_is_the_subject_right_before_it() -> None:
    """Not the wire dateline or the body that opens the sentence ('LISBON/MADRID -- Portugal's cabinet')."""
    text = ("Cabinet approves new port schedule, starting Monday\nLISBON/MADRID -- Portugal's security cabinet "
            "approved on Sunday night a new port schedule, the Portuguese Transport Ministry said in a statement."
            "\nThe cabinet approved the schedule by ten votes to one.\n"
            '"The ministry welcomes the cabinet\'s swift decision on the timetable," the statement said.\n')
    assert only(text, "The ministry welcomes").speaker == "Portuguese Transport Ministry"


@pytest.mark.parametrize("number", ["Forty", "Twelve", "Dozens"])
def test_a_number_opening_a_sentence_is_no_ones_name(number: str) -> None:
    text = (f"{number} Valdorians have been freed from prisons and were greeted by crowds as they returned home.\n"
            "Nadia al-Karmi, a teacher jailed in May, was also among the prisoners released on Monday.\n"
            "Karmi said she began her journey at 3am on Sunday. In the second prison, she was grouped with other "
            "Valdorians awaiting release.\n"
            '"The wait was long, but we always knew this day would come," she said.\n')
    assert only(text, "The wait was long").speaker == "Nadia al-Karmi"


def test_a_description_then_a_name_with_its_closing_comma_missing_is_the_name() -> None:
    text = ('The verdict came late.\n\n"Justice was done today for every family," lawyer Tom Hale said.\n\n'
            "Another lawyer, Ana Ruiz who represents six of the families, said it sent a "
            '"message to everyone who thinks they are above the law."\n')
    assert only(text, "message to everyone").speaker == "Ana Ruiz"


@pytest.mark.parametrize("body", ["office", "family"])
def test_his_office_said_is_the_office_of_the_man_just_named(body: str) -> None:
    text = ("Prime Minister Tomas Brenner told the president that his cabinet had agreed to the deal and that he "
            f'valued his "understanding that we keep the right to act when attacked," his {body} said.\n')
    assert only(text, "understanding that").speaker == f"Tomas Brenner’s {body}"


def test_names_in_a_phrase_opening_the_sentence_are_not_whom_he_means() -> None:
    text = ("At a briefing alongside Mayor Ana Ruiz and Harbour Secretary Tom Hale on Monday, Fire Chief Paul Brandt "
            "updated reporters on the search.\n"
            '"We are now moving from a rescue to a recovery operation," he said.\n')
    assert only(text, "We are now moving").speaker == "Paul Brandt"


@pytest.mark.parametrize("title", ["Special Agent in Charge", "Assistant Special Agent in Charge", "State Trooper"])
def test_an_agent_s_title_leaves_the_name_after_it(title: str) -> None:
    text = (f"Officials spoke on Monday.\nFBI {title} Alethea Brandt confirmed that the driver was not acting alone. "
            '"We are following up on all leads, including his associates," she said.\n')
    assert only(text, "We are following").speaker == "Alethea Brandt"


def test_a_name_opening_the_sentence_before_a_long_apposition_is_the_subject() -> None:
    text = ("Investigators are looking into the crash. Harbour Secretary Tom Hale, a former actor who served as "
            "mayor of Braga, Portugal, before taking the post, said there was no failure but "
            '"clearly something went wrong here."\n')
    assert only(text, "clearly something").speaker == "Tom Hale"


def test_the_agency_is_the_body_named_before_not_a_group_of_officials() -> None:
    text = ("The driver was named as Tom Hale, 42, the FBI said in a statement. Officials said investigators are "
            "reviewing videos he made before the attack.\n"
            '"He was driving a rented van, and we are working to confirm how he came to have it," the agency said.\n')
    assert only(text, "He was driving").speaker == "FBI"


@pytest.mark.parametrize("name", ["James Justice", "Ana King", "Tom Judge"])
def test_a_surname_that_is_also_a_title_is_the_person(name: str) -> None:
    surname = name.split()[-1]
    text = (f"Air quality may suffer for days, {name} with the state agency said.\n\n"
            f'"Once the product is removed, the air issues largely go away," {surname} said.\n')
    assert only(text, "Once the product").speaker == name


@pytest.mark.parametrize("office", ["Associate Justice", "District Judge", "Saudi King"])
def test_a_title_after_an_office_word_stays_a_title(office: str) -> None:
    from ceasefire_cli.names import _classify
    assert _classify(tuple(office.split()))[0] == "title"


@pytest.mark.parametrize("clause", ["before Tom Hale spoke", "after the mayor spoke", "while Hale was speaking"])
def test_a_speech_verb_in_a_clause_of_time_does_not_take_the_next_quote(clause: str) -> None:
    text = (f'"The harbour will reopen next week," Ana Ruiz said {clause}. "Every pier will be checked first."\n')
    assert only(text, "Every pier").speaker == "Ana Ruiz"


def test_a_single_quoted_statement_runs_on_into_the_next_paragraph() -> None:
    text = ("The mayor spoke on Friday.\n\nThe former senator added: ‘I have spent a majority of my career working "
            "on this harbour.\n\n‘It is clear there is still a lot more work to do,’ she said.\n")
    assert only(text, "I have spent").end == text.index("\n\n‘It")


@pytest.mark.parametrize("subject, want", [
    ("A lawyer for Tom Hale", "lawyer for Tom Hale"),
    ("Lawyers for Tom Hale and the estate of Ana Ruiz", "Lawyers for Tom Hale and the estate of Ana Ruiz"),
])
def test_a_lawyer_for_someone_speaks_not_the_one_named(subject: str, want: str) -> None:
    text = f'{subject} said the ruling was "a clear sign that the system works for everyone."\n'
    assert only(text, "a clear sign").speaker == want


@pytest.mark.parametrize("text, start, want", [
    # 'the vice president' is never a president named later
    ("Vice President Ana Ruiz on Friday appeared to contradict her boss, President Tom Hale, over the verdict.\n\n"
     "‘Today’s verdict speaks for itself,’ the vice president told reporters before boarding her plane.\n",
     "Today’s verdict", "Ana Ruiz"),
    # a body by its kind: the trust, the police ('the force'), the workers' body ('the union') named before
    ("Two children have been sent home, Riverside Children’s Health Trust said on Thursday.\n\n"
     "In a statement, the trust said: “We are delighted that two of the children have now gone home.”\n",
     "We are delighted", "Riverside Children’s Health Trust"),
    ("Riverside Police confirmed that a 17-year-old boy was arrested in connection with the attack.\n\n"
     'The force said that they are "not looking for anyone else in connection with the incident".\n',
     "not looking for", "Riverside Police"),
    ("The Teamsters Harbour Conference represents 9,300 workers at the two ports.\n\n"
     'The union said: "Despite the lockout, we remain at the bargaining table with both companies."\n',
     "Despite the lockout", "Teamsters Harbour Conference"),
    # the lawyers who spoke before; whoever just spoke, by an office held once
    ('Lawyers for Tom Hale said Friday marked a day to "grieve for the families of those who died."\n\n'
     '"For now, we ask for peace from everyone hurting and for privacy," the lawyers said in a statement.\n',
     "For now, we ask", "Lawyers for Tom Hale"),
    ('Vice President Ana Ruiz said the verdict "speaks for itself" on Friday.\n\nThe former California '
     'senator added: "I have spent most of my career working to make the system more equitable."\n',
     "I have spent", "Ana Ruiz"),
])
def test_a_description_stands_for_the_one_named_before(text: str, start: str, want: str) -> None:
    assert only(text, start).speaker == want


def test_the_statement_of_a_body_told_of_issuing_it_since_the_last_speaker() -> None:
    text = ('"The shoal has moved north for good," Ana Ruiz told reporters.\n\n'
            "Harbour Police in a statement thanked the divers. "
            '"We grieve with everyone who lost a friend at sea this week," the statement said.')
    assert only(text, "We grieve").speaker == "Harbour Police"
    # issued before the last one spoke: the last speaker's statement, as before
    text = ("Harbour Police issued a statement on Monday.\n\n"
            '"The shoal has moved north for good," Ana Ruiz told reporters. '
            '"Nobody listens to the divers any more," the statement said.')
    assert only(text, "Nobody listens").speaker == "Ana Ruiz"


def test_a_described_speaker_at_a_named_body_is_the_person_not_the_body() -> None:
    text = ('"We will keep counting the fish every spring," the senior lecturer in ecology at Dorval University '
            "told reporters.")
    assert only(text, "We will keep").speaker == "senior lecturer"
    text = '"We will keep counting the fish every spring," the spokesman at Dorval University told reporters.'
    assert only(text, "We will keep").speaker != "Dorval University"


def test_a_statement_named_by_its_owner_s_pronoun_speaks_for_whoever_issued_it() -> None:
    text = ("The harbour authority has released a statement about the delays.\n\nTheir statement reads:\n\n"
            "“Two crossings were cancelled this morning because of high winds.”")
    assert only(text, "Two crossings").speaker == "harbour authority"
    text = 'Ana Ruiz issued a statement on Monday. "I thank every nurse on the night shift," her statement said.'
    assert only(text, "I thank").speaker == "Ana Ruiz"


def test_a_quote_with_no_cue_after_a_sentence_about_a_named_person_is_theirs() -> None:
    text = ('Tom Hale, head of the town building office, inspected the ruins. "The fire began in a storeroom on the '
            'first floor and spread through the stairwell."')
    assert only(text, "The fire began").speaker == "Tom Hale"
    # not where the sentence before is about no named person
    text = 'Rescuers worked through the night. "We have never seen damage like this in the old quarter."'
    assert only(text, "We have never").speaker is None
