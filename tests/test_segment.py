"""Sentences, their offsets and the features fact matching compares (evenhand.brief.segment and
evenhand.brief.features)."""

from __future__ import annotations

import pytest

from conftest import EXAMPLE
from evenhand.brief.features import dates_in, entities_in, last_names, numbers_in, stem
from evenhand.brief.segment import segment, segment_all, sentences_of
from evenhand.ingest.extract import read_path
from evenhand.model import Article


def _sentences(text: str) -> list[str]:
    return [s.text for s in segment(Article(text=text, outlet="Test"), 0)]


@pytest.fixture(scope="module")
def example_articles() -> list[Article]:
    return read_path(EXAMPLE)


def _check_offsets(articles: list[Article]) -> int:
    checked = 0
    for i, (article, sentences) in enumerate(zip(articles, segment_all(articles), strict=True)):
        assert sentences, article.origin
        previous = (0, 0, -1)
        for s in sentences:
            assert article.text[s.start : s.end] == s.text
            assert s.text == s.text.strip() and s.text
            # A unit may take in the sentence it leans on, so units overlap but never go back.
            assert (s.start, s.end) >= previous[:2] and s.end > previous[1], "units go backwards"
            assert s.article == i and s.position > previous[2]
            previous = (s.start, s.end, s.position)
            checked += 1
    return checked


def test_offsets_index_the_cleaned_text_on_the_seeds(seed_articles: list[Article]) -> None:
    assert _check_offsets(seed_articles) > 50


def test_offsets_index_the_cleaned_text_on_the_example(example_articles: list[Article]) -> None:
    assert _check_offsets(example_articles) > 50


def test_every_word_of_a_plain_paragraph_is_in_some_sentence(example_articles: list[Article]) -> None:
    wire = next(a for a in example_articles if a.outlet == "Northgate Wire Service")
    sentences = segment(wire, 0)
    covered = " ".join(wire.text[s.start : s.end] for s in sentences).split()
    first_paragraph = wire.text.split("\n\n")[1]
    assert all(word in covered for word in first_paragraph.split())


@pytest.mark.parametrize("text", [
    "Mr. Brandt arrived at the quay at 3 p.m. on Tuesday with two inspectors.",
    "The U.S. embassy in Marrowick sent two officials to the hearing on Tuesday.",
    "Jean H. Lee, a fellow at the Ammel Institute, said the talks had stalled.",
    "Dr. Osei met Gov. Rand at the U.N. office in Marrowick on Wednesday morning.",
    "The blast came at about 3:40 a.m. on Tuesday in the conveyor gallery.",
    "The ship, the St. Ives, was waiting at anchor outside the breakwater.",
    "J. R. Tolkien Ltd. is not a company that exists in Marrowick at all.",
    'The harbour master, Olav F. "Ole" Brandt, met the inspectors on Tuesday.',
    'The ferry was built to U.S. "Liberty" class plans in 1943.',
    # review 49c's B3: a quoted name after an initialism, no sentence
    'The harbour board extended the U.S. "Remain in Port" rule to more quays on Friday.',
])
def test_abbreviations_and_initials_do_not_end_a_sentence(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(("text", "first"), [
    # "no" and "etc." are words as well as abbreviations: the sentence ends after them before a capital
    ("The harbour board said it would vote no. The ferry line closed on Monday.",
     "The harbour board said it would vote no."),
    ("Fares rose in delis, ferries, buses etc. We need to reverse this, the mayor said.",
     "Fares rose in delis, ferries, buses etc."),
    ("The ferry No. 3 sailed on Monday. It carried 40 passengers.", "The ferry No. 3 sailed on Monday."),
    ("Crews checked ropes, buoys etc. and then the ferry sailed on Monday.",
     "Crews checked ropes, buoys etc. and then the ferry sailed on Monday."),
    # neus-val-0163: '... than the U.S. "Today, we mark a truly grim, heartbreaking milestone," he said'
    ('No port has lost more ferries than the U.S. "Today, we mourn them all," the mayor said.',
     "No port has lost more ferries than the U.S."),
])
def test_a_word_that_is_also_an_abbreviation_ends_a_sentence_before_a_capital(text: str, first: str) -> None:
    assert _sentences(text)[0] == first


def test_sentence_ends_are_found() -> None:
    text = ('The river rose by four metres. "We have never seen this," said Olga Brandt. '
            "Prices rose 2.5 percent in May! Did the barriers hold? They held all night.")
    assert _sentences(text) == [
        "The river rose by four metres.", '"We have never seen this," said Olga Brandt.',
        "Prices rose 2.5 percent in May!", "Did the barriers hold?", "Did the barriers hold? They held all night.",
    ]


@pytest.mark.parametrize("lead_in", ["We've learned ...", "Police told the Ledger ...", "A spokeswoman says …"])
def test_an_ellipsis_after_who_told_it_does_not_split_the_report_from_its_source(lead_in: str) -> None:
    # Reading 37e (multinews-077): a gossip site's "We've learned ... 65-year-old Struthers was
    # busted ..." was cut at the ellipsis, and the report printed as the brief's own word.
    text = f"The singer left the stage early. {lead_in} 41-year-old Dana Holt was detained at the airport."
    assert _sentences(text)[1] == f"{lead_in} 41-year-old Dana Holt was detained at the airport."


def test_an_ellipsis_after_a_full_sentence_still_ends_it() -> None:
    text = "The vote was close, and the count ran late ... The mayor conceded on Friday morning."
    assert _sentences(text)[0] == "The vote was close, and the count ran late ..."


def test_a_sentence_ending_with_a_clock_time_is_split_from_the_next() -> None:
    # "a.m."/"p.m." end a sentence when a new sentence follows; merging the two
    # makes one "fact" of two and shifts every later citation.
    text = "The blast came at 3:40 a.m. Firefighters arrived within ten minutes of the first call."
    assert _sentences(text) == [
        "The blast came at 3:40 a.m.", "Firefighters arrived within ten minutes of the first call.",
    ]


def test_headings_and_fragments_are_not_sentences() -> None:
    text = "What happens next\n\nThe river is expected to crest again on Thursday.\n\nOh no."
    assert _sentences(text) == ["The river is expected to crest again on Thursday."]


@pytest.mark.parametrize(("a", "b"), [
    ("1,000 people", "1000 people"),
    ("forty-seven workers", "47 workers"),
    ("Forty-seven dock workers", "47 dock workers"),
    ("2.3 million tonnes", "2,300,000 tonnes"),
    ("15 percent", "15%"),
    ("nine hours", "9 hours"),
    # a poll's share spelled out at a sentence's start (multinews-142: "Fifty two percent of ..." was 50 and 2)
    ("Fifty two percent of ferry users", "52% of ferry users"),
    ("Thirty-three per cent want it shut", "33 percent want it shut"),
    ("sixty one berths", "61 berths"),
    # a headline's short scales (neus-val-0042's titles: "$1.9T Covid relief bill", "$1.9 trillion")
    ("a $1.9T relief bill", "a $1.9 trillion relief bill"),
    ("tariffs on $60bn of goods", "tariffs on $60 billion of goods"),
    ("a $34B deal", "a $34 billion deal"),
    ("a $5m grant", "a $5 million grant"),
    ("266K jobs", "266,000 jobs"),
    ("20.5M jobs lost", "20.5 million jobs lost"),
])
def test_numbers_are_normalised(a: str, b: str) -> None:
    assert numbers_in(a) == numbers_in(b) != frozenset()


def test_a_change_in_percentage_points_is_no_share() -> None:
    # "risen 6 percentage points" was 6%, apart from "climbed 6 points" and the same as a share of 6%.
    assert numbers_in("Support for the quay has risen 6 percentage points.") == numbers_in("It climbed 6 points.")
    assert numbers_in("risen 6 percentage points") != numbers_in("6 percent of berths")


@pytest.mark.parametrize("text", ["", "—", "  ", "“”"])
def test_a_sentence_with_no_word_has_no_number(text: str) -> None:
    # A unit of punctuation alone stopped the dev audit's run when spelled numbers were first read in pairs.
    assert numbers_in(text) == frozenset()


def test_a_clock_time_is_one_token() -> None:
    assert numbers_in("The blast came at 3:40 a.m. on Tuesday.") == frozenset({"t3:40"})
    assert numbers_in("at 3.40am") == numbers_in("at 3:40 a.m.")
    assert numbers_in("at 15:40") != numbers_in("at 3:40 a.m.")
    # A wire's four-digit time before its zone (multinews-108 printed "0016 GMT" and "00:16 GMT" as two facts).
    assert numbers_in("re-entered at 0016 GMT Monday") == numbers_in("broke up at 00:16 GMT on Monday") == {"t0:16"}
    assert numbers_in("The quay handled 1600 GMT-rated containers.") == {"1600"}
    assert numbers_in("the ferry left at 1930 BST") == numbers_in("the ferry left at 19:30 BST") == {"t19:30"}


@pytest.mark.parametrize(("text", "numbers"), [
    ("Covid-19 deaths in Veldhaven passed 600 on Friday.", {"600"}),
    ("The harbour board bought two F-35 tugs.", {"2"}),
    ("The board voted 54-35 to close the quay.", {"54", "35"}),
])
def test_a_number_ending_a_hyphenated_name_counts_nothing(text: str, numbers: set[str]) -> None:
    # "Covid-19" counted 19 of something: sentences about Covid had to agree on it to state one fact.
    assert numbers_in(text) == frozenset(numbers)


def test_years_are_dates_not_numbers() -> None:
    assert numbers_in("The terminal was inspected in March 2024.") == frozenset()
    assert "2024" in dates_in("The terminal was inspected in March 2024.")
    assert dates_in("The port reopens on Friday.") == frozenset({"friday"})
    assert dates_in("since a late-June poll") == dates_in("since a poll in late June") == frozenset({"june"})


def test_sentences_carry_their_kind_and_features() -> None:
    text = ("The fire injured 40 workers at the Pier 6 terminal on Tuesday.\n\n"
            '"The fire was not bad luck at all," said Tomasz Reyes of the union.')
    first, second = segment(Article(text=text, outlet="Test"), 0)
    # "Pier 6" names a pier: it counts nothing, so it neither agrees nor clashes with another count.
    assert first.kind == "fact" and first.numbers == frozenset({"40"}) and "tuesday" in first.dates
    assert {"pier", "terminal"} <= first.entities | first.content
    assert second.kind == "quote" and not second.negated
    assert {stem("Tomasz"), stem("Reyes")} <= second.entities


def test_name_spellings_overlap() -> None:
    hyphen = entities_in("North Korean leader Kim Jong-un arrived in Russia.")
    spaced = entities_in("North Korean leader Kim Jong Un arrived in Russia.")
    assert hyphen == spaced
    assert {"kim", "jong", "un"} <= hyphen


def test_sentence_initial_word_is_not_a_name_on_its_own() -> None:
    assert "the" not in entities_in("The council met Olga Brandt on Tuesday.")
    assert "tuesday" not in entities_in("The council met Olga Brandt on Tuesday.")
    assert {stem("Olga"), stem("Brandt")} <= entities_in("The council met Olga Brandt on Tuesday.")


def test_an_older_piece_run_again_and_the_outlets_own_blurb_are_no_facts() -> None:
    # The stream printed "ORIGINALLY PUBLISHED JANUARY 2021: ..." as a lede, and once that went,
    # the site's "AllSides reveals media bias and ..." in its place.
    text = (
        "ORIGINALLY PUBLISHED JANUARY 2030: The Veld ferry union grew to 4,000 members in a year.\n\n"
        "Quayside reveals the harbour's news and helps readers follow its ferries.\n\n"
        "The union voted on Monday to strike for two days."
    )
    kinds = _kinds(text, "Quayside Staff", 20)
    assert kinds == {"ORIGINALLY PUBLISHED": "aside", "Quayside reveals the": "aside", "The union voted on M": "fact"}
    # Another outlet's name at a sentence's start is news about it, and "The" is no outlet's name.
    other = segment(Article(text="Quayside reveals its losses for 2029.", outlet="The Veld Post"), 0)
    assert [u.kind for u in other] == ["fact"]


def test_a_first_version_kept_below_its_update_is_not_reported() -> None:
    # Fortieth reading: multinews-112 printed "Carbonite does not endorse the opinions of the shows",
    # from the first post the company's update above it had taken back.
    text = (
        "The harbour's ferry company said on Friday it had pulled its advertising from the show.\n\n"
        "Original post:\n\n"
        "The Veld ferry company does not endorse the opinions of the shows it advertises on."
    )
    kinds = _kinds(text, "Quay Daily", 22)
    assert kinds == {"The harbour's ferry co": "fact", "The Veld ferry company": "aside"}, kinds


def test_a_title_and_byline_run_into_the_first_sentence_are_not_part_of_it() -> None:
    # the seventy-fifth reading: multinews-009's first sentence was "Huntsman to skip Nevada debate in
    # protest By Justin Sink - Tweet Jon Huntsman announced Friday ...", an aside for its byline, so a
    # side accusation led its brief.
    text = (
        "Wren to skip Veld debate in protest By Jo Reyes - Tweet Ada Wren announced Friday that she will "
        "boycott the harbour debate in Veldhaven."
    )
    kinds = _kinds(text, "Quay Hill", 20)
    assert kinds == {"Ada Wren announced F": "fact"}, kinds


def _facts_of(text: str) -> list[str]:
    """The units of one article's text that segmenting calls facts."""
    return [u.text for u in segment(Article(text=text, outlet="Test"), 0) if u.kind == "fact"]


def _kinds(text: str, outlet: str, width: int) -> dict[str, str]:
    """Each unit's kind, by its first ``width`` characters."""
    return {u.text[:width]: u.kind for u in segment(Article(text=text, outlet=outlet), 0)}


@pytest.mark.parametrize(("british", "american"), [
    ("paralysed", "paralyzed"), ("organisations", "organizations"), ("apologising", "apologizing"),
    ("favourite", "favorite"), ("labour", "labor"), ("travelled", "traveled"), ("cancelling", "canceling"),
    ("centres", "centers"), ("defence", "defense"), ("paediatrician", "pediatrician"), ("grey", "gray"),
])
def test_a_british_spelling_stems_as_the_american_one(british: str, american: str) -> None:
    assert stem(british) == stem(american)


def test_a_noun_of_a_happening_stems_as_its_verb() -> None:
    # the 129th reading, multinews-147: "a case of oil addiction" (the prince's words) and "described his
    # country as being addicted to oil" (another outlet's) were printed as two facts, and a third told it too
    assert stem("addiction") == stem("addicted") == stem("addicts")
    # neus-val-0235 retold its lede's "will suspend her campaign" as "ended her presidential campaign"
    assert stem("suspended") == stem("ended")


@pytest.mark.parametrize(("word", "other"), [("four", "for"), ("hour", "hor"), ("killed", "kiled"), ("rise", "rize")])
def test_words_no_spelling_rule_reaches_keep_their_stem(word: str, other: str) -> None:
    assert stem(word) != stem(other)
    assert stem(word) == stem(word.capitalize())


@pytest.mark.parametrize("dubbed", [
    'Dubbed the "Harbour Fairness Act,” the new law closes the Kessel channel to ferries at night.',
    'Dubbed the “Harbour Fairness Act," the new law closes the Kessel channel to ferries at night.',
], ids=["straight, then curly", "curly, then straight"])
def test_a_quotation_opened_and_closed_with_marks_of_two_kinds_does_not_swallow_its_paragraph(dubbed: str) -> None:
    # allsides-5988: Politico's 'Dubbed the "Fairness in Women's Sports Act,” Florida's new law ...'
    # read as a quotation left open, so its paragraph was one unit, cut short, and none of it was
    # printed, the supporters' only sentence among it.
    celebrated = "The measure has been celebrated by the harbour trade."
    units = segment(Article(text="Veldland passed a ferry law on Monday.\n\n" + dubbed + " " + celebrated,
                            outlet="Test"), 0)
    assert [(u.text, u.kind) for u in units[1:]] == [(dubbed, "fact"), (celebrated, "fact")]


def test_a_small_letter_after_a_figure_is_a_scale_only_for_a_sum_of_money() -> None:
    assert numbers_in("a 5m walk to the quay") == frozenset({"5"})
    assert numbers_in("a $5m grant") == frozenset({"5e+06"})



def test_a_factbox_entry_is_no_fact_of_the_story() -> None:
    # allsides-6020 printed Reuters' first factbox entry ("Australia, which plans to allow international
    # travel from mid-2022, lifted a ban ... on May 14"), a week-old item about another country, as a
    # fact of New York's and California's reopening.
    text = ("Many ports are planning a gradual return to full timetables after the strike.\n\n"
            "Here are some of their plans, in alphabetical order:\n\n"
            "KESSEL\n\n"
            "Kessel, which plans to reopen its night berths in June, lifted a ban on foreign ferries on May 14.\n")
    units = segment(Article(text=text, outlet="Test"), 0)
    assert units[0].kind == "fact"
    assert all(u.kind == "aside" for u in units if "Kessel," in u.text)
    # A list a report announces otherwise is its news.
    live = text.replace(", in alphabetical order:", ":")
    assert any(u.kind == "fact" and "Kessel," in u.text for u in segment(Article(text=live, outlet="Test"), 0))


def _counted(text: str) -> list[tuple[str, int]]:
    """The kind and place of each unit of one article's text that is not page furniture."""
    return [(u.kind, u.position) for u in segment(Article(text=text, outlet="Test"), 0) if u.kind != "aside"]


def test_what_stands_above_the_storys_dateline_is_page_furniture() -> None:
    # multinews-003 printed USA Today's dek "Marks of butchery evident on teen's remains discovered at
    # the site." (and multinews-034 a video's caption) as facts: they stand above "WASHINGTON --
    # Jamestown's colonists resorted to cannibalism ...", where the wire story begins.
    text = ("Burn marks found on the ferry's hull after the fire at sea.\n\n"
            "KESSEL -- The ferry Aster was towed into Kessel harbour on Friday after a fire in its engine room.\n\n"
            "The coastguard said all 140 passengers were brought ashore safely.")
    units = segment(Article(text=text, outlet="Test"), 0)
    assert [u.kind for u in units] == ["aside", "fact", "fact"]
    # A story that opens on its dateline keeps every unit, and one with none is read as it stands.
    assert all(u.kind == "fact" for u in segment(Article(text=text.split("\n\n", 1)[1], outlet="Test"), 0))
    plain = text.replace("KESSEL -- ", "")
    assert [u.kind for u in segment(Article(text=plain, outlet="Test"), 0)] == ["fact", "fact", "fact"]


def test_a_story_below_a_photo_caption_opens_at_its_dateline() -> None:
    # reading 46b, multinews-005: the Reuters opening under a two-sentence photo caption counted as the
    # article's third sentence, and another article's side figure led the brief while "China and other
    # emerging economies have overtaken ..." came after it.
    text = ("A diver holds a piece of the hull of the ferry Aster in Kessel harbour June 3, 2029. According to the "
            "coastguard, the harbour sees more fires than any other on the coast.\n\n"
            "KESSEL (Harbour Wire) - The ferry Aster was towed into Kessel harbour on Friday after a fire in its "
            "engine room, the coastguard said.\n\n"
            "All 140 passengers were brought ashore safely.")
    assert _counted(text) == [("fact", 0), ("fact", 1)]
    # ... under a wire's photo credit too (review 46a's B2)
    credited = text.replace("A diver holds a piece of the hull of the ferry Aster in Kessel harbour June 3, 2029.",
                            "Harbour master Ada Wren inspects the ferry Aster in Kessel (Harbour Wire Photo/Olav Tal).")
    assert [position for _, position in _counted(credited)] == [0, 1]


def test_a_story_below_a_video_players_blurb_opens_at_its_dateline() -> None:
    # multinews-003: USA Today's page opened on its video player ("CLOSE Scientists say ..."), a dek and
    # captions; "WASHINGTON -- Jamestown's colonists resorted to cannibalism ..." counted as the fourth
    # sentence, no opening, and the briefing it goes on to led the brief.
    text = ("CLOSE Divers say the ferry's hull shows where the fire began. (June 3) Harbour Wire\n\n"
            "Burn marks found on the ferry's hull after the fire at sea.\n\n"
            "KESSEL -- The ferry Aster was towed into Kessel harbour on Friday after a fire in its engine room.\n\n"
            "The coastguard said all 140 passengers were brought ashore safely.")
    assert _counted(text) == [("fact", 0), ("fact", 1)]
    # A dateline is no player's control: "WATCH HILL, R.I. (AP) -- ..." opens a wire story.
    watch = "WATCH HILL, R.I. (AP) -- A fire destroyed the old ferry terminal on Friday, the fire chief said."
    assert [u.kind for u in segment(Article(text=watch, outlet="Test"), 0)] == ["fact"]


def test_a_story_below_captions_dated_to_the_day_opens_at_its_dateline() -> None:
    # multinews-025: two captions of the day's photo ("... Monday, Feb. 5, 2018") stood above "LONDON (AP) --
    # An alleged computer hacker from Britain won his appeal Monday ...", counted as its third sentence
    caption = "Ada Wren, left, leaves the High Court with her lawyer Olav Tal in Kessel, Monday, Feb. 5, 2029."
    text = (f"{caption}\n\n{caption}\n\n"
            "KESSEL (Harbour Wire) -- A ferry captain won her appeal on Monday against a fine for sailing at night.\n\n"
            "The court said the harbour board had no power to fine her.")
    assert _counted(text) == [("fact", 0), ("fact", 1)]


@pytest.mark.parametrize(("own", "at"), [
    # review 48b (R1): the outlet's own story dated to a weekday, classed an aside for a garbled figure
    ("The blaze killed 14 people and forced 2,00 residents from their homes on Monday, the Veld Post has learned.", 2),
    # (R2): two undated sentences of its own story under an editor's note
    ("The blaze killed 14 people at the depot, the Veld Post has learned. City officials said the depot was unsafe.",
     3),
])
def test_a_wire_sidebar_below_the_outlets_own_story_under_furniture_is_not_its_opening(own: str, at: int) -> None:
    text = ("[Editor's note: This story contains graphic descriptions.]\n\n" f"{own}\n\n"
            "VELDHAM (Harbour Wire) -- Fuel prices in Veld rose 12 percent last year, the port authority said.")
    units = segment(Article(text=text, outlet="Test"), 0)
    assert [u.position for u in units if "Fuel prices" in u.text] == [at]


_SIDEBAR_BELOW_STORY = (
    "The Kessel harbour board voted 5-2 on Monday to close the old quay to night ferries.\n\n"
    "Operators said they would appeal.\n\n"
    "A ferry leaves the old quay in Kessel harbour June 3, 2029.\n\n"
    "KESSEL (Harbour Wire) - Ferry fares between Veld and Kessel rose 12 percent last year, the port "
    "authority said in its annual report.\n\n"
)


@pytest.mark.parametrize(("above", "position"), [
    # review 46a (B4): the outlet's story, a photo, then a wire sidebar: its side figure is no opening
    ("", 3),
    # review 48a (B1): the same under a player's blurb: counted from the sidebar's dateline, last year's fares
    # led the brief
    ("WATCH Ferries leave the old quay at night. (June 3) Harbour Wire\n\n", 4),
])
def test_a_wire_sidebar_below_the_outlets_own_story_is_not_its_opening(above: str, position: int) -> None:
    units = segment(Article(text=above + _SIDEBAR_BELOW_STORY, outlet="Test"), 0)
    assert [u.position for u in units if "Ferry fares" in u.text] == [position]


def test_a_report_that_ends_on_the_writers_guess_is_their_reading() -> None:
    # allsides-5842, the 137th reading: "The Labor Department's report showed ... increased by 51,000 ...
    # Still, the number likely does not suggest a material shift ..." led as one unit, the report's
    # attribution carrying the writer's guess.
    text = (
        "The harbour board's report showed ferry bookings rose by 5,000 to 41,000 in the week to Friday. "
        "Still, the rise likely does not mark a change in the island's trade."
    )
    units = segment(Article(text=text, outlet="Test"), 0)
    assert [u.kind for u in units if u.text.endswith("island's trade.")] == ["opinion"]
    assert [u.kind for u in units if u.text.endswith("to Friday.")] == ["fact"]


@pytest.mark.parametrize("tag", ["Okafor, 31, jokingly proposed.", "Okafor laughed."])
def test_a_quotation_stays_with_the_speaker_who_acted_it_out(tag: str) -> None:
    # multinews-048, the 135th reading: '"Hey Maggie, I'm Pete. You wanna get married?" Davidson, 24,
    # jokingly proposed.' was split after the question, leaving the quotation without its speaker.
    text = f"The promo aired on Friday night. “Hi, I’m Tomas. Will you marry me?” {tag} The crowd cheered loudly."
    assert any(s.endswith(tag) and "marry me" in s for s in _sentences(text))


def test_a_quotation_acted_out_by_a_pronoun_waits_for_the_name() -> None:
    text = "The promo aired on Friday night. “Will you marry me?” She shrugged. The crowd cheered loudly."
    assert "“Will you marry me?” She shrugged." in sentences_of(text)
    assert not any("marry me" in s for s in _sentences(text))


def test_a_sentence_of_its_own_after_a_quotation_is_no_tag() -> None:
    text = "The promo aired on Friday night. “Will you marry me?” Okafor proposed a toast to the crew afterwards."
    assert "Okafor proposed a toast to the crew afterwards." in _sentences(text)


def test_a_sentence_calling_on_someone_after_a_quotation_is_no_tag() -> None:
    # allsides-5852: '... to purge the internet of COVID-19 "misinformation." On Thursday, ... Psaki
    # singled out a dozen ... accounts and called on the platform to ban them.' read as one sentence,
    # the second a speaker's tag to the first's quoted word, so its Thursday dated the first.
    text = (
        'The harbour board is stepping up its effort to clear the quay of "rogue stalls." On Thursday, the '
        "harbour master singled out a dozen stalls and called on the board to close them."
    )
    assert sentences_of(text)[0] == 'The harbour board is stepping up its effort to clear the quay of "rogue stalls."'
    # ... while a speaker who called out somewhere, or who said it calling on someone, is still the
    # quotation's (review 40, B2)
    for tagged in (
        '"Stop the ferry." The harbour master called on the radio to the crew of the Veld Star.',
        '"Close every one of the stalls." Olav Tal called on Monday to a crowd of stall owners.',
        '"We will not back down." Tal said, calling on the board to resign.',
        '"Enough." Tal said in a statement calling on the board to resign.',
    ):
        assert sentences_of(tagged) == [tagged]


_ESSAY = (
    "I was nineteen when I first took something from a shop. My roommate dared me, and I said yes. "
    "The store was a small pharmacy near the harbour. I slipped a tube of lip balm into my coat. "
    "Nobody noticed anything at all that afternoon. I kept doing it for two more years, mostly at the market. "
    "One day, a cashier was watching the aisle closely. I remember the cold in my stomach when she called me over. "
    "Sly and patient, as it turned out. I have not stolen anything since that winter."
)


def test_a_first_person_essay_is_the_writers_own_account_not_a_report() -> None:
    # multinews-060, the 135th reading: a filmmaker's own essay gave "One day, a co-worker was admiring
    # a pink blouse ..." and "Prim and ungrateful, as it turned out." as plain facts.
    units = segment(Article(text=_ESSAY, outlet="Test"), 0)
    assert units and all(u.kind != "fact" for u in units), [(u.kind, u.text) for u in units if u.kind == "fact"]


def test_a_report_quoting_someone_in_the_first_person_is_still_a_report() -> None:
    text = (
        "The harbour pharmacy in Tolvik was robbed on Monday night, police said. "
        "\u201cI heard the glass break and I called my husband,\u201d said Ana Brink, who lives above the shop. "
        "Officers found the back door forced open. Nothing of value was taken, according to the owner. "
        "\u201cI am just glad nobody was hurt,\u201d the owner, Lev Haas, said. The shop reopened on Tuesday."
    )
    assert any(u.kind == "fact" for u in segment(Article(text=text, outlet="Test"), 0))


def test_a_bodys_name_is_told_by_the_word_before_its_kind() -> None:
    # "Liberal Party" and "the Liberals" hold one party's count; "Republican Party" and "Democratic
    # Party" are two parties, though both end on "Party".
    assert last_names("Trudeau's Liberal Party") == last_names("The Liberals")
    assert not last_names("the Republican Party") & last_names("the Democratic Party")
    assert last_names("the Justice Department") != last_names("the State Department")


def test_words_handed_over_with_a_colon_are_their_speakers_not_the_reports() -> None:
    # multinews-035, the 140th reading: "I asked a top Romney adviser what he makes of reports ...:" and
    # the adviser's unquoted answer ("Now they have a 4-5 bounce. It's going to evaporate in September.",
    # "The 202 area code is dominated by people who ...") printed as plain facts, without a speaker.
    text = (
        "I asked a senior harbour official what he makes of reports that the ferry line is failing:\n\n"
        "Nobody at the quay thinks we will close. The night crossings are full every week.\n\n"
        "The union's figures are spin from people who want the line sold."
    )
    assert _facts_of(text) == []
    text = (
        "The ferry line closed its night crossings on Monday, the harbour board said.\n\n"
        "In an e-mail, ferry line officials wrote:\n\n"
        "In 2029 the line carried more passengers than in any year before.\n\n"
        "The crossings will reopen in May, the board said."
    )
    facts = _facts_of(text)
    assert not any(f.startswith("In 2029") for f in facts), facts
    assert any(f.startswith("The crossings will reopen") for f in facts), facts


def test_a_memo_from_its_header_on_is_its_writers_case() -> None:
    text = (
        "The ferry line's pollster sent a memo to supporters on Monday.\n\n"
        "TO: Interested Parties\n\nFROM: Ada Wren, pollster\n\nRE: State of the race\n\n"
        "The night crossings are more popular than ever, and the board knows it."
    )
    facts = _facts_of(text)
    assert facts == ["The ferry line's pollster sent a memo to supporters on Monday."], facts


def test_an_excerpt_handed_over_runs_through_its_run_in_headings() -> None:
    # multinews-035, the 141st reading: the memo's "All Signs Point to a Tight Race: ... virtually
    # guaranteeing a tight race." two paragraphs after "Newhouse goes on to argue that ...:"
    text = (
        "The ferry line's pollster sent a memo to supporters on Monday. Wren goes on to argue that the line is "
        "winning:\n\nFirst, the crossings are full every night of the week.\n\n"
        "All Signs Point to a Busy Summer: Bookings are up by a third, virtually guaranteeing a record year.\n\n"
        "The harbour board said bookings rose by 5 percent."
    )
    facts = _facts_of(text)
    assert not any("Bookings are up" in f or "crossings are full" in f for f in facts), facts
    assert "The harbour board said bookings rose by 5 percent." in facts


def test_a_colon_after_a_sentence_that_quoted_someone_hands_over_nothing() -> None:
    # multinews-018: '..." said News Director Lee Rosenthal at the time. Watch:' and then the report goes on
    # (there with "About 15 minutes later ...", which since session 33 leans on the sentence before it)
    text = (
        "\u201cWe are proud of it,\u201d said the harbour master on Monday. Watch:\n\n"
        "The harbour office corrected its notice about the night ferry on Tuesday."
    )
    facts = _facts_of(text)
    assert "The harbour office corrected its notice about the night ferry on Tuesday." in facts, facts


def test_the_sentences_of_a_quotation_longer_than_a_unit_are_not_the_writers() -> None:
    # The 152nd reading (multinews-069): a review's blurb, one quoted paragraph of nine sentences
    # credited on the line below, printed its sixth and seventh as the brief's own words.
    blurb = (
        "\u201cThe book is a loud, messy love letter to the harbour. Its chapters wander from quay to quay. "
        "Some pages are lists of ships. Others are drawings of cranes. The prose is uneven, though never dull. "
        "In many ways, the book feels like the author's most personal work yet. "
        "It reads as a farewell to the old port. The last chapter is the best one. "
        "We finished it in a single evening.\u201d"
    )
    text = f"Ada Wren has published a new book about the port of Veldhaven.\n\n{blurb}\n\n\u2500 The Veld Review\n"
    assert _facts_of(text) == ["Ada Wren has published a new book about the port of Veldhaven."]



def test_a_quotation_mark_that_never_closes_leaves_the_rest_of_its_paragraph_as_it_is() -> None:
    # An inch mark or a slip is no quotation: the sentences after it are the writer's own.
    text = (
        'Crews hung a 12" banner over the quay on Monday. The ferry left at noon. The port stayed open. '
        "Traders reopened their stalls. The harbour master thanked the crews. Six ships docked by evening."
    )
    assert "Six ships docked by evening." in _facts_of(text)


def test_a_sentence_an_update_note_tells_again_is_the_version_it_revised() -> None:
    # The 151st reading (multinews-149): "Musk said the automaker requested the investigation ..." was
    # printed as settled, where the article's update right after it reads "Musk claimed that ... But
    # the NHTSA disputed that". The source's updated wording replaces what it revised.
    text = (
        "The harbour board opened an inquiry into two ferry fires on Tuesday.\n\n"
        "Ferry line chief Ada Wren said the company asked for the inquiry to answer fears about its batteries.\n\n"
        "[Updated 9:10 a.m., Nov. 19: Ferry line chief Ada Wren claimed that the company asked for the inquiry "
        "to answer fears about its batteries.\n\n"
        "But the harbour board disputed that, saying its decision was its own.\n\n"
        "The ferry line has changed its warranty to cover fire damage."
    )
    facts = _facts_of(text)
    assert "The harbour board opened an inquiry into two ferry fires on Tuesday." in facts
    assert not any(f.startswith("Ferry line chief Ada Wren said") for f in facts)


def test_a_thing_named_as_the_sentence_before_never_named_it_is_not_joined_to_it() -> None:
    # The second reading of session 32 (multinews-113): "The documents start with ..." leaned on
    # "Zimmerman, 28, is a multi-racial Hispanic man ...", which names no documents: joined, the unit
    # told of documents it never introduced. Joined to one that names them, it stands.
    text = (
        "Harbour police released 200 pages of documents on Thursday about the ferry crash.\n\n"
        "Captain Olav Tal, 52, has sailed the Veld route for twenty years. The documents start with the "
        "harbour master's log of the night.\n\n"
        "The crash injured 14 passengers. The report names the fog as the cause of the crash."
    )
    units = [u.text for u in segment(Article(text=text, outlet="Veld Post", title="Ferry crash files"), 0)]
    assert not any("Captain Olav Tal" in u and "The documents start" in u for u in units)
    named = text.replace("has sailed the Veld route for twenty years", "kept the documents of the route")
    units = [u.text for u in segment(Article(text=named, outlet="Veld Post", title="Ferry crash files"), 0)]
    assert any("Captain Olav Tal" in u and "The documents start" in u for u in units)


def test_a_unit_that_opens_on_the_writers_forecast_is_opinion() -> None:
    # multinews-009 (reading 33c): the forecast printed as a fact, with the denial that leaned on the
    # sentence before it ("But the Romney camp has denied the allegations ...").
    text = (
        "Wren accused the harbour party of moving the vote.\n\n"
        "The north quay, with its many ferry crews, looks to be an easy win for the former harbour master, and a "
        "string of early wins could help Anker to take the chair. But the Anker camp has denied the allegations "
        "and said it hopes the vote stays in May."
    )
    units = segment(Article(text=text, outlet="Quay Daily", title=""), 0)
    forecast = [u for u in units if u.text.startswith("The north quay")]
    assert forecast and all(u.kind != "fact" for u in forecast), [(u.kind, u.text) for u in units]


def test_the_rest_of_a_sentence_a_line_break_cut_is_no_fact() -> None:
    # multinews-018 (reading 33g, once the sentences about it were left out): a press release's
    # "... to determine the probable cause\nof transportation accidents, promoting transportation
    # safety, ..." printed "of transportation accidents, promoting ..." as a fact.
    text = (
        "The harbour board investigates every accident at the Veld quay and determines the probable cause\n\n"
        "of ferry accidents, promoting safety on the water and helping the families of those hurt."
    )
    assert not any(f.startswith("of ferry accidents") for f in _facts_of(text)), _facts_of(text)


def test_a_sentence_whole_before_its_source_and_an_ellipsis_still_ends_there() -> None:
    # review 38: "..., police said ..." tags a whole sentence; what follows is another
    text = "The ferry sank near the quay, police said ... The crew of six was rescued by a trawler."
    assert _sentences(text)[0] == "The ferry sank near the quay, police said ..."


def test_a_story_opening_on_a_dateline_leans_on_nothing_above_it() -> None:
    # review 40 (B1): a first sentence after a wire dateline read as leaning back ("The No. 2 official ... on
    # Monday said ...") was joined to the dek above it, which then printed as the lede, dateline and all
    text = (
        "Ferry fares have doubled in a year and stall owners say they are being squeezed out of the Kessel quay.\n\n"
        "VELDHAVEN (Reuters) - The No. 2 official at the Veld harbour board on Monday said the board would cut "
        "ferry fares by a third from June.\n\n"
        "Olav Tal, the board's deputy chair, told reporters the cut would cost the board 4 million euros a year.\n\n"
    )
    units = segment(Article(text=text, outlet="Test"), 0)
    assert not any("Kessel quay." in u.text and "VELDHAVEN" in u.text for u in units)
    assert any(u.text.startswith("VELDHAVEN") for u in units)


# allsides-5967 (reading 45b, MISLEADS): "Following four years of border crackdowns, ..., immigration
# advocates had hopes that the new Democratic administration would bring ..." led the brief alone: the
# next sentence, "But when Vice President Kamala Harris ... told would-be immigrants ... 'do not come'
# ...", overturns it and is too long to print with it.
_HOPES = ("After years of closures, ferry users had hopes that the new harbour board would bring back the night "
          "crossings to Kessel. ")
_TURN = ("But when the board's chair, Olav Tal, spoke on Monday at the quay, in a speech broadcast across the "
         "island and its two neighbouring islands and watched by thousands, he told the crowd that the night "
         "crossings were gone for good and that the money would go to the harbour wall instead.")


def test_an_expectation_the_next_sentence_overturns_is_no_fact_alone() -> None:
    units = segment(Article(text=_HOPES + _TURN + "\n\n", outlet="Test"), 0)
    assert [u.kind for u in units if u.text == _HOPES.strip()] == ["fragment"]


def test_a_first_figure_the_next_sentence_revises_is_no_fact_alone() -> None:
    # allsides-5842 (reading 45c, MISLEADS): "... a decline of 10,000 from the previous week's initial estimate
    # of 360,000." printed without "That estimate was revised up to 368,000.", a stale figure
    first = "Analysts had forecast 3,500 ferry bookings, down 100 from the previous week's initial count of 3,600."
    text = f"{first} That count was revised up to 3,680. The quay stays open.\n\n"
    units = segment(Article(text=text, outlet="Test"), 0)
    assert [u.kind for u in units if u.text == first] == ["fragment"]
    assert any(u.kind == "fact" and u.text.startswith(first) and "3,680" in u.text for u in units)


@pytest.mark.parametrize(("after", "theirs"), [
    # allsides-6063 (reading 45d, MISLEADS): the NYT's list of the audit's flaws, whose next paragraph says
    # "All of these issues ... were laid out this week by Katie Hobbs", printed one as plain fact
    ("\n\nAll of these issues with the board's review were laid out this week by Ada Wren, the island's auditor.",
     True),
    (" Those are among the allegations in a lawsuit filed on Tuesday by the ferry workers' union.", True),
    ("\n\nThese ferries were built in 1990 and carry 400 passengers each.", False),
])
def test_claims_a_later_sentence_says_are_someones_are_no_facts_alone(after: str, theirs: bool) -> None:
    claims = ("Untrained volunteers are searching the Veld ferry logs for forged tickets. Thousands of logs are "
              "left unattended. People with open partisan bias are doing the recount.")
    units = segment(Article(text=claims + after + "\n\n", outlet="Test"), 0)
    alone = [u for u in units if u.text == "Thousands of logs are left unattended."]
    assert [u.kind for u in alone] == ["fragment" if theirs else "fact"]


@pytest.mark.parametrize("turn", [
    "Or so it seemed.", "Or so she thought.", "Or so it seems.", "So it seemed.", "Or so the polls suggested.",
])
def test_a_set_up_the_writer_says_only_seemed_so_is_no_fact_alone(turn: str) -> None:
    # neus-val-0302 (reading 46a, MISLEADS): "Mark Harris was riding high on Election Day in 2018." printed
    # as fact from a column that goes on "Next stop: the U.S. House of Representatives. Or so it seemed."
    set_up = "Ada Wren was riding high on the night of the harbour vote in 2028."
    text = (f"{set_up} The Labour candidate had beaten the mayor by 90 votes. Next stop: the town hall. {turn} "
            "Within a week the count was void.\n\nThe board meets on Monday.\n\n")
    units = segment(Article(text=text, outlet="Test"), 0)
    assert [u.kind for u in units if u.text == set_up] == ["fragment"]
    assert [u.kind for u in units if u.text == "The board meets on Monday."] == ["fact"]
    # ... nor with the sentence that turns it: a teaser
    assert all(u.kind == "fragment" for u in units if turn in u.text)


def test_a_consequence_told_with_so_is_no_turn() -> None:
    first = "The Kessel bridge was closed on Monday after a barge struck it."
    text = f"{first} So the city hoped to reopen it by May, the mayor said.\n\n"
    assert [u.kind for u in segment(Article(text=text, outlet="Test"), 0) if u.text == first] == ["fact"]


@pytest.mark.parametrize("turn", ["That, at least, was the plan.", "Or at least, that was the plan.",
                                  "That was the plan, anyway."])
def test_a_plan_the_writer_says_was_only_the_plan_is_no_fact_alone(turn: str) -> None:
    # review 46a (B3): the approval the paragraph told first happened; only the plan after it did not
    approved = "The Veld council approved a 12 million euro budget for a new ferry quay on Monday."
    text = (f"{approved} Work was to begin in March. {turn}\n\n"
            "On Tuesday the contractor filed for bankruptcy, the council said.\n\n")
    units = segment(Article(text=text, outlet="Test"), 0)
    assert [u.kind for u in units if u.text == approved] == ["fact"]
    assert all(u.kind == "fragment" for u in units if "Work was to begin" in u.text)


@pytest.mark.parametrize(("first", "rest"), [
    ("The harbour board upheld the ban on night crossings on Monday.", "But it criticised the ban's length."),
    ("Ferry users had hopes for the new board.", "The board met on Monday."),  # no turn after it
    # review 45a (B3): an expectation the report fulfils, or someone's belief it reports, is no set-up
    ("The Veld central bank raised its main rate by a quarter point on Thursday, as economists had expected.",
     "But Governor Ada Wren said the bank could pause in June."),
    ("The Veld Senate passed the ferry bill 31-9 on Monday, a wider margin than its sponsors had hoped.",
     "But the governor has not said whether she will sign it."),
    ("The storm, which forecasters had predicted would weaken before landfall, killed 12 people in Kessel on Monday.",
     "But the harbour wall held."),
    ("Police said on Monday they believed that he acted alone in the harbour stabbing.",
     "But they are still searching for the knife."),
    ("Forecasters had predicted that the storm season would be mild.", "Yet another storm hit Kessel on Monday."),
])
def test_a_report_before_a_turn_or_a_hope_without_one_stands(first: str, rest: str) -> None:
    units = segment(Article(text=f"{first} {rest}\n\n", outlet="Test"), 0)
    assert [u.kind for u in units if u.text == first] == ["fact"]


@pytest.mark.xfail(strict=True, reason=(
    "reading 41d: allsides-6110 printed the Daily Caller snippet's opening 'Republican Sen. Josh Hawley the only "
    "senator to vote against it.' as a fact: the page's text begins mid-sentence, so the unit has no main verb and "
    "'it' points to a clause that is not there; found at the end of session 41, not yet attempted"))
def test_a_page_that_begins_mid_sentence_gives_no_fact_of_its_tail() -> None:
    text = ("Republican Sen. Ada Wren the only senator to vote against it. "
            "The ferry bill passed the Senate 94-1 on Tuesday.")
    units = segment(Article(text=text, outlet="Test"), 0)
    assert units[0].kind == "fragment"


@pytest.mark.parametrize("after", [
    # multinews-080 (reading 49d, MISLEADS): split at the "!", the tag printed as a fact that says nothing said
    "Ada Wren said on stage as she reeled off what viewers could expect during the annual harbour fireworks special.",
    "Ada Wren, 62, said on stage as she reeled off what viewers could expect during the annual harbour fireworks.",
    "Ada Wren posted on Twitter, replying to a video of the harbour master's speech at the council's summit.",
    # review 50e's B2: a speaker with a title's or a role's words
    "Harbour board press secretary Ada Wren said on Monday as she fielded questions from reporters on the quay.",
    "Ada Wren, a nurse, asked as she walked past the rows of empty beds in the harbour hospital's new wing.",
])
@pytest.mark.parametrize("question", [
    '"Thunder, lightning and downpours!"', '"The crews look very happy. So nice to see!"',
])
def test_a_speaker_tag_running_on_after_a_speakerless_exclamation_stays_with_it(question: str, after: str) -> None:
    # (neus-val-0081: a quotation of two sentences, '"She seems like ... So nice to see!" Trump posted ...')
    units = segment(Article(text=f"The harbour show went ahead in the rain.\n\n{question} {after}", outlet="Test"), 0)
    assert f"{question} {after}" in [u.text for u in units]


@pytest.mark.parametrize("text", [
    # reviews 50a and 50b: a sentence with a claim of its own after someone's question is not its tag
    '"Are we going to take this lying down?" The ferry line said on Tuesday it would close the route in 2029, '
    "cutting 80 jobs.",
    '"Why weren\'t we warned?" Officials said Tuesday the storm killed 12 people, including three children.',
    '"Why weren\'t we warned?" Officials said as many as 300 homes were damaged as the river crested overnight.',
    '"Why won\'t anyone tell us?" Police said while 12 people were still missing, rescuers had found no more bodies.',
    '"Are we going to take this lying down?" Officials in several ports, including Kessel and Veldhaven, are '
    "preparing for a surge in crossings.",
    '"Is this a vote or a war?" Ada Wren wrote, as if a council vote on the ferry timetable were an epic battle.',
    # review 50d's B1
    '"Why weren\'t we warned?" Two more bodies were found, officials said on Tuesday, bringing the toll to 14.',
    '"Where do we go from here?" Hospital officials said while they had enough beds, staff were in short supply.',
    '"Where do we go from here?" Ada Wren said while she had enough beds, the staff were in short supply.',
    '"Is it over?" Stocks fell as Wren warned, signaling more losses for the harbour trade this week.',
    '"Is it over?" Ford said on Tuesday sales fell, citing weak demand for sedans across the region.',
    # review 50c's B1: the quotation already has its speaker
    'The mayor asked, "How many more warnings do we need?" Police said on Monday as the storm hit that 14 people were '
    "rescued.",
])
def test_a_new_sentence_after_a_question_is_not_its_speaker_tag(text: str) -> None:
    units = segment(Article(text=f"The crews rallied on Monday.\n\n{text}", outlet="Test"), 0)
    assert text not in [u.text for u in units]


@pytest.mark.xfail(strict=True, reason=(
    "reading 50d (MISLEADS), multinews-085: 'Judge John Cleland and the Centre County courts made them public, and CNN "
    "obtained copies. In them, Jerry Sandusky expressed little sympathy ...' printed with nothing saying what 'them' "
    "is (the letters, a sentence before): a pronoun object of the main verb leans back as a pronoun subject does, but "
    "'them' after a plural subject is often its own ('told them', 'made them wait'), and no rule tells the two apart"
))
def test_a_unit_whose_main_verb_takes_a_pronoun_from_the_sentence_before_leans_on_it() -> None:
    text = ("Ada Wren wrote three letters to the council from her cell in May.\n\nThe harbour board and the county "
            "courts made them public, and the Gazette obtained copies. In them, Wren expressed little sympathy.")
    units = segment(Article(text=text, outlet="Test"), 0)
    assert not [u.text for u in units if u.text.startswith("The harbour board") and u.kind == "fact"]


def test_a_set_up_the_next_sentence_turns_against_is_not_printed_alone() -> None:
    # reading 50d (MISLEADS), allsides-5957: AP's set-up "President Joe Biden frequently talks about what he sees
    # as central in executing effective foreign policy: building personal relationships." printed without its
    # turn "But ... might have its limits when it comes to the Russian leader" said the opposite of AP's point
    text = ("The two leaders meet in Kessel on Wednesday.\n\nAda Wren often talks about what she sees as central to "
            "running a port: building personal trust. But that approach might have its limits with the ferry's owner.")
    units = segment(Article(text=text, outlet="Test"), 0)
    assert not [u.text for u in units if u.text.endswith("building personal trust.") and u.kind == "fact"]


def test_a_habit_of_saying_in_a_relative_clause_is_no_set_up() -> None:
    # review 53: "Ada Lind, who often says she will never step down, resigned on Friday ... But ..." was hidden
    # as a set-up, and the brief lost the resignation
    text = ("The two leaders meet on Friday.\n\nPrime Minister Ada Lind, who often says she will never step down, "
            "resigned on Friday after a vote of no confidence. But her party said she would stay on as caretaker.")
    units = segment(Article(text=text, outlet="Test"), 0)
    assert [u for u in units if u.text.endswith("vote of no confidence.") and u.kind == "fact"]


@pytest.mark.parametrize(("quotation", "tag", "printed"), [
    # review 50d's B2: a tag the join does not take says nothing said
    ('"Thunder, lightning and downpours!"',
     "Ada Wren said Sunday as she reeled off what viewers could expect at the harbour fireworks special.", False),
    ('"Thunder, lightning and downpours!"',
     "Ada Wren said at a rally in Kessel on Tuesday night to a crowd of 3,000 people.", False),
    # ... while after a quotation that names its speaker, the next sentence is news of its own
    ('The mayor asked, "How many more warnings do we need?"',
     "Police said on Monday that 14 people were rescued from the flooded quay.", True),
    # review 50e's B1 and B5: news of its own after a speakerless question prints alone
    ('"Where was the warning?"', "Officials said Tuesday the storm killed 12 people, including three children.", True),
    ('"Where was the warning?"', "Officials said as they toured the damage that 300 homes were destroyed.", True),
    ('"Where was the warning?"', "Police said as they arrived the gunman had already fled the quay.", True),
    # review 50f: a bare tag, or one with the writer's "as if", is not printed; a report of its own is
    ('"Lock them up!"', "Ada Wren told reporters outside the town hall as protesters chanted behind her.", False),
    ('"Lock them up!"', "Ada Wren said on Tuesday, citing falling demand for crossings.", False),
    ('"Lock them up!"', "Ada Wren wrote on Facebook, as if a vote on a ferry subsidy had been a cup final.", False),
    # (a figure in how it was said may be news, "as they announced 14 arrests", or not, "as she surveyed the house
    # built in 1952": left unprinted either way, losing the news rather than print a tag as a fact)
    ('"No justice, no peace!"', "Police said Sunday as they announced 14 arrests after clashes on the quay.", False),
    ('"Where was the warning?"', "Ada Wren asked as she surveyed the ruins of the harbour house built in 1952.", False),
    # review 50h's B1: where and when in more words
    ('"Lock them up!"', "Ada Wren said at a rally in Kessel, Veldland, on Tuesday night.", False),
    ('"Lock them up!"', "Ada Wren said at a town hall in Port Kessel on Monday night, drawing loud applause.", False),
    ('"Lock them up!"', "Ada Wren said in a morning briefing at the county emergency centre.", False),
    ('"Lock them up!"', "Ada Wren told the Harbour Gazette on Tuesday in a telephone interview from Kessel.", False),
    ('"Lock them up!"', "Ada Wren said at the rally on Tuesday night, her voice rising.", False),
    # review 50g's B1: a claim of its own after the verb
    ('"Where was the warning?"', "Officials said rescuers found two more bodies near the dam.", True),
    ('"Where was the warning?"', "Officials said on Tuesday at least 12 people died in the storm.", True),
    ('"Is it over?"', "The ferry line said Tuesday, adding it plans to close the route in the spring.", True),
    ('"Why weren\'t we warned?"', "Two families lost their homes, officials said Tuesday as they toured the damage "
     "in the hardest-hit streets along the river.", True),
])
def test_a_speaker_tag_after_a_speakerless_quotation_is_not_printed_alone(
    quotation: str, tag: str, printed: bool,
) -> None:
    units = segment(Article(text=f"The crews rallied on Monday.\n\n{quotation} {tag}", outlet="Test"), 0)
    # (joined to a speakerless quotation, or not printed; never printed alone)
    assert bool([u for u in units if u.text == tag and u.kind != "fragment"]) is printed


# Reading 50e (MISLEADS), neus-val-0036: "Biden said there's “no evidence” that raising the minimum wage causes
# business bankruptcies. There is, a little." was printed as a fact: the short reply is the fact-checker's
# verdict, joined to the claim it answers.
@pytest.mark.parametrize(("text", "reply"), [
    ("Ada Wren said there's 'no evidence' that higher fares cut ferry crossings. There is, a little.", True),
    ("Ada Wren said the night ferry never ran late in March. It did.", True),
    ("Ada Wren said the night ferry never ran late in March. It ran late twice.", False),
])
def test_a_short_reply_to_a_claim_in_the_writers_voice_is_not_a_fact(text: str, reply: bool) -> None:
    units = segment(Article(text=text, outlet="Test"), 0)
    # the reply goes with the claim it answers, as the writer's verdict; a report stays a fact
    assert bool([u for u in units if u.kind == "fact" and u.text.endswith(text[-12:])]) is not reply


# Reading 50e (MISLEADS), multinews-071: a page's sentence that lost words when it was scraped, "The protests
# were the Reuters television pictures showed protesters waving large white flags, ...", was printed.
@pytest.mark.parametrize(("sentence", "printed"), [
    ("The protests were the harbour television pictures showed marchers waving large red flags, the symbol "
     "used by rebel backers.", False),
    # a clause that describes without its "that" is whole
    ("The marchers were the crews police said were sacked in March.", True),
    ("The losses were the worst the harbour board reported in a decade.", True),
])
def test_a_sentence_that_lost_words_on_the_page_is_not_printed(sentence: str, printed: bool) -> None:
    text = f"Thousands marched on the quay on Friday. {sentence} A rebel spokesman said it had no role."
    units = segment(Article(text=text, outlet="Test"), 0)
    assert bool([u for u in units if u.text == sentence and u.kind == "fact"]) is printed
