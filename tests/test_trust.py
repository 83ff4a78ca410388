"""What a reader of a brief must be able to trust (issue 7): each defect an editor found in our
briefs, on articles written for the purpose. A printed fact keeps its attribution, stands alone,
quotes whole with its speaker, is a report (not a caption, an aside, an opinion or a forecast),
and cites only outlets that state it; the lede is the news; a brief is brief."""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np
import pytest

from evenhand.brief.choose import (
    happenings_first,
    in_article_order,
    introduced,
    overtaken,
    previews,
    select,
    with_contrast,
)
from evenhand.brief.cite import Stating, cited_facts, openings
from evenhand.brief.compose import _title_figures as title_figures
from evenhand.brief.compose import _without_restated as without_restated
from evenhand.brief.compose import make_brief
from evenhand.brief.corroborate import (
    Commitment,
    Stated,
    _sides_apart,
    cites,
    dated_as_told,
    denies,
    link_copies,
    opens_on,
    quotes_alike,
    supports,
)
from evenhand.brief.features import content_stems, count_changed, count_updated, numbers_in
from evenhand.brief.group import similarity
from evenhand.brief.headline import _called_names, _drops_who_calls_it
from evenhand.brief.kinds import classify
from evenhand.brief.lede import lede_first, with_sequel
from evenhand.brief.names import bare_surnames, opening_surname, shared_surnames, undefined_acronyms
from evenhand.brief.rank import FactGroup, centrality
from evenhand.brief.render import brief_to_dict, render_markdown
from evenhand.brief.reply import _name_runs as name_runs
from evenhand.brief.reply import answered, with_reply
from evenhand.brief.retold import (
    without_retold_claims,
    without_retold_clauses,
    without_retold_figures,
    without_second_ledes,
)
from evenhand.brief.segment import count_sentences, run_in_title, segment, segment_all, sentence
from evenhand.brief.short_headline import short_headline
from evenhand.brief.standalone import attributed, leans_back
from evenhand.brief.wording import balanced_quotes, claim_of, compress, main_clause, was_to_come
from evenhand.config import load_config
from evenhand.model import Article, Brief, Fact, Sentence, Support


def _article(outlet: str, text: str, title: str = "", published: str | None = None) -> Article:
    return Article(text=text, outlet=outlet, title=title, published=published, id=outlet.lower().replace(" ", "-"))


def _printed(brief: Brief) -> list[Fact]:
    return ([brief.lede] if brief.lede else []) + brief.facts


def _printable(text: str, outlet: str = "Veld Post") -> list[str]:
    """The units of one article's text that a brief may print (no fragments, no asides)."""
    return [u.text for u in segment(_article(outlet, text), 0) if u.kind not in ("fragment", "aside")]


def _texts(brief: Brief) -> list[str]:
    return [f.text for f in _printed(brief)]


def _unalike(n: int) -> np.ndarray:
    """The similarity matrix of ``n`` sentences that share nothing."""
    sim = np.full((n, n), 0.1, dtype=np.float32)
    np.fill_diagonal(sim, 1.0)
    return sim


def _openings(*texts: str) -> list[Sentence]:
    """Each text the first sentence of an article of its own."""
    return _placed(*((text, 0) for text in texts))


def _placed(*placed: tuple[str, int]) -> list[Sentence]:
    """Each text a sentence of an article of its own, at the position given."""
    return [sentence(n, text, 0, len(text), position) for n, (text, position) in enumerate(placed)]


def _alike(similarity: float) -> np.ndarray:
    """Two sentences' similarity matrix."""
    return np.array([[1.0, similarity], [similarity, 1.0]], dtype=np.float32)


def _lede_of_two(ranked_first: str, ranked_second: str) -> int:
    """Which of two openings of two articles, ranked in this order and little alike, leads."""
    sentences = _placed((ranked_first, 0), (ranked_second, 0))
    groups = [FactGroup((0,), 0, 2.0), FactGroup((1,), 1, 1.5)]
    return lede_first(groups, sentences, _alike(0.2), load_config(), [0.5, 0.5])[0].rep


def test_the_lede_weighs_the_news_not_what_every_outlet_repeats() -> None:
    # Facts rank higher the more the outlets share them (rank.centrality): Multi-News and NeuS ROUGE rose.
    # As a lede that picked background every outlet repeats (multinews-120's "many challenges are ahead"
    # for the rescue, neus-val-0039's House vote a month before the trial), so the lede goes by a score
    # that weighs sharing as before (rank.lede_centrality), and among the pool ranked by it.
    sentences = _placed(
        ("The ferry route between the islands opened in 1890 and carries two million passengers a year.", 0),
        ("Ferry crews in Veldhaven walked out on Monday over night-shift pay, stranding 4,000 passengers.", 0),
    )
    shared, news = FactGroup((0,), 0, 2.0, lede_score=1.0), FactGroup((1,), 1, 1.5, lede_score=1.8)
    config = load_config()
    assert lede_first([shared, news], sentences, _alike(0.2), config, [0.5, 0.5])[0].rep == 1
    # ... where a budget leaves the pool's best out, the lede is the best of what fits
    assert lede_first([shared], sentences, _alike(0.2), config, [0.5, 0.5], pool=[news])[0].rep == 0


def test_a_caption_above_a_story_is_not_where_its_outlet_puts_the_news() -> None:
    # Reading 48a, multinews-003: the Post's page opened on photo captions of the skull's unveiling, so
    # the briefing ("archaeologist Doug Owsley presented the reconstructed skull ...") counted as both
    # outlets' opening and led, where USA Today's first sentence was the news (cannibalism confirmed).
    sentences = _placed(
        ("KESSEL -- The ferry Aster burned in the Veld strait on Friday and all 140 passengers were rescued.", 0),
        ("At a briefing in Kessel, harbour master Ada Wren showed reporters the burnt hull of the ferry.", 1),
        ("Harbour master Ada Wren shows the burnt hull of the ferry Aster in Kessel. (AP Photo/Olav Tal)", 0),
    )
    sentences[1] = replace(sentences[1], article=0)
    sentences[2] = replace(sentences[2], article=1)
    assert sentences[2].kind == "aside"
    sim = np.array([[1.0, 0.3, 0.3], [0.3, 1.0, 0.8], [0.3, 0.8, 1.0]], dtype=np.float32)
    groups = [FactGroup((1,), 1, 2.5), FactGroup((0,), 0, 1.5)]
    assert lede_first(groups, sentences, sim, load_config(), [0.5, 0.5])[0].rep == 0
    # ... nor where the caption backs the briefing's fact (review 48a's B2)
    groups = [FactGroup((1, 2), 1, 2.5), FactGroup((0,), 0, 1.5)]
    assert lede_first(groups, sentences, sim, load_config(), [0.5, 0.5])[0].rep == 0
    # An editor's update atop the page is an aside too, but may be the latest news: it counts as an
    # opening (review 48a's R5).
    update = "UPDATE: Harbour master Ada Wren showed reporters the burnt hull of the ferry Aster on Saturday."
    sentences[2] = replace(sentence(1, update, 0, len(update), 0), article=1)
    assert sentences[2].kind == "aside"
    assert lede_first(groups, sentences, sim, load_config(), [0.5, 0.5])[0].rep == 1


def test_what_holds_as_a_rule_is_no_lede() -> None:
    # multinews-110: a journal abstract's premise, "Lean asynchronous computer mediated communication is
    # often considered poor for communicating emotion, ...", is background, not what the study found.
    rule = "Night ferries are often considered unsafe in winter, yet islanders continue to use them for trade."
    news = "Ferry crews in Veldhaven walked out on Monday over night-shift pay, stranding 4,000 passengers."
    assert _lede_of_two(rule, news) == 1
    assert _lede_of_two(rule.replace("are often considered", "were declared"), news) == 0
    # ... but news told beside a rule is news (review 48a's R3)
    dated = "Night ferries are usually operated by the port, but the Veldhaven council took them over on Monday."
    assert _lede_of_two(dated, news) == 0


# --- meaning is kept when a sentence is shortened ---------------------------------------------------

ATTRIBUTED = [
    "According to a person familiar with the talks, the ministry will sell its stake in the ferry line.",
    "Mayor Ada Wren knew of the cracks in the quay wall since May, the Veld Post reported.",
    "The harbour master reportedly ordered the tanker to leave the berth before dawn.",
    "Per the coastguard's log, the tanker left the berth at 4:10 a.m. on Sunday.",
    "The dredging contract was allegedly awarded without a tender in 2023.",
]


@pytest.mark.parametrize("sentence", ATTRIBUTED)
def test_an_attributed_claim_is_printed_with_its_attribution(sentence: str) -> None:
    text = f"{sentence}\n\nThe port of Veldhaven handled 3.1 million containers last year, its busiest on record."
    assert sentence in _texts(make_brief([_article("Veldhaven Courier", text)]))


def test_words_one_outlet_quotes_are_printed_with_their_speaker_not_as_anothers_narration() -> None:
    # The 150th reading (multinews-149): a carmaker's own post told "The theoretical probability of a
    # fire injury is already vanishingly small ..." in its writer's voice, and the brief printed it as
    # plain fact, where a report quoted those words with "Musk said".
    claim = "The chance that a battery fire injures anyone is already tiny and the number hurt to date is zero."
    post = (
        "Our goal has always been to build the safest electric ferry on the water. "
        f"First, we have raised the battery trays on every ferry in the fleet. {claim} "
        "We will keep sharing what we learn with the harbour authority."
    )
    report = (
        "Brightwater Ferries has raised the battery trays on its electric fleet after two fires in the harbour "
        "this autumn, the company said on Tuesday. "
        f'"This is about fewer scrapes on the hull, not safety," chief executive Ines Varga said. "{claim}" '
        "The harbour authority opened an inquiry into both fires last week."
    )
    articles = [_article("brightwaterferries.com", post), _article("Veld Post", report)]
    brief = make_brief(articles, config=load_config().with_max_words(150))
    told = [t for t in _texts(brief) if "battery fire injures" in t]
    assert told and all("Varga said" in t for t in told)


@pytest.mark.parametrize(("text", "balanced"), [
    ('Dubbed the "Harbour Act,” the law closes the channel.', True),
    ('Dubbed the “Harbour Act," the law closes the channel.', True),
    ('The council called it "a harbour act for the ages.', False),
    ('The council called it “a harbour act,” and “the best yet.', False),
    ('The council called it a harbour act," Wren said.', False),
])
def test_a_quotation_may_open_and_close_with_marks_of_two_kinds(text: str, balanced: bool) -> None:
    assert balanced_quotes(text) is balanced


def test_a_contrast_is_not_cut_to_a_contradiction() -> None:
    text = (
        "The council approved the new ferry terminal on Monday by nine votes to four. "
        "However, it delayed a decision on the bridge tolls until the spring.\n\n"
        "Work on the terminal is due to start in March and to cost 48 million euros."
    )
    brief = make_brief([_article("Ostmark Tribune", text)])
    for fact in _texts(brief):
        assert not fact.startswith("It delayed"), fact
        if "bridge tolls" in fact:
            assert "However, it delayed" in fact and fact.startswith("The council approved")


# --- every fact stands alone ------------------------------------------------------------------------

@pytest.mark.parametrize("opener", [
    "He said", "It added", "This means", "These include", "Also,", "But the", "Yet the", "In exchange, the",
    "Other studies", "The move", "The two", "Such plans", "The figure", "One reason for that is that",
    "Two of them said", "The update said", "The revelation came after", "The poll found that",
    "The deleted tweet said that", "In that tweet, the mayor said", "Plus,", "Me, too, but", "In Wren's case,",
    "Among other things,", "Yes,", "Well,", "The answer is that", "The margin of error is high, and",
    "According to the survey,",
    # the sixty-ninth reading: multinews-058 led with "Of the original contenders, two are still in
    # serious contention: ...", contenders for what being told in the sentence before
    "Of the original finalists, two said",
    # multinews-005 printed "The average Canadian, for example, generated about 24 kilograms of e-waste
    # in 2012", an example of a claim the brief left out
    "The average ferry, for example, carried", "Kessel, for instance, said",
    # multinews-003 printed "The starving time was a period two years later in which 80% of the
    # colonists died": later than the founding, which the brief did not print
    "The strike was a time two weeks later when",
    # allsides-6060 and 6079 (session 37): a column's line opened "Of course, I know it wasn't just
    # mothers." and "I'm not so sure.", replies to sentences not printed
    "Of course, I know", "Granted,", "To be sure,", "I’m not so sure. Still,", "Not so fast:",
    # multinews-126: '"Network co-chairman Brian Hooks said ...": the Koch network, named only before
    "Network co-chairman Ivo Brandt said", "Company spokeswoman Ana Reyes said", "Campaign manager Ada Wren said",
    # allsides-5898: "Manhattan DA Cy Vance seems determined to make Trump's point for him by indicting ..."
    "The harbour board seems determined to make Brandt's point for him:", "The strike proved Ada Wren's point that",
    "The strike seems to make her point for her:",
    # allsides-5825: "Despite the grim disappointment of what might appear to be a step backward, ..."
    "Despite the grim disappointment of what might appear to be a step backward,",
    "Although what looks like a retreat is bad news,",
    # multinews-046 (session 49): "Afterward, some historians theorize, ..." after what "Even before
    # Emancipation, ..." told; the British "Afterwards," leaned back already
    "Afterward,", "Soon after,", "Soon afterwards,",
])
def test_a_sentence_that_points_back_leans_on_the_one_before(opener: str) -> None:
    assert leans_back(f"{opener} more ferries would run on the Veld estuary from May.")


@pytest.mark.parametrize(("before", "printed"), [
    # reading 49b, multinews-046: "By choosing the name, he says, Reconstruction-era blacks might have been
    # showing pride ..." printed with a sentence that names no one he could be (the writer, named above it)
    ("The story of the ferry's name begins with the war and turns after it.", False),
    ("Olav Tal, a historian in Kessel, has studied the ferry's name.", True),
    ("The name is a puzzle, historian Olav Tal said.", True),
])
def test_words_told_as_he_says_go_with_a_sentence_that_names_whose(before: str, printed: bool) -> None:
    text = f"The harbour opened in 1890.\n\n{before} By taking the name, he says, the crews showed their pride."
    units = [s.text for s in segment(_article("Kessel Post", text), 0)]
    assert any("he says" in unit for unit in units) is printed



@pytest.mark.parametrize("text", [
    # review 49c's B1: whose words a title, a role or a name anywhere in the sentence before tells
    "Mr. Tal signed the ferry order on Monday. He said it would bring back 300 jobs to Kessel.",
    "On Tuesday, Gov. Ada Wren signed the ferry bill. The quay will reopen in May, she said.",
])
def test_words_told_as_he_said_after_a_sentence_naming_the_speaker_stay_with_it(text: str) -> None:
    units = [s.text for s in segment(_article("Kessel Post", f"The harbour opened in 1890.\n\n{text}"), 0)]
    assert text in units


def test_a_plan_named_with_its_day_is_no_plan_told() -> None:
    # review 49c's B4, allsides-5963: "reached a deal on an infrastructure plan on Thursday to present ..."
    text = "The harbour board reached a deal on a ferry plan on Thursday to present to the council."
    assert not Commitment.of(claim_of(text)).planned


@pytest.mark.parametrize(("sentence", "leans"), [
    # the hundred-and-second reading: multinews-029's "The man has become so unreadable ..." read as
    # the Salahi couple's husband, printed after them; Sheen was the man of the sentence before
    ("The man has become so hard to read that the crowd could not tell when he was joking.", True),
    ("The woman was taken to the Kessel hospital with burns to her arms.", True),
    # ... and 071's "Hospital officials said two other people had gunshot wounds.": others than whom?
    ("Harbour officials said two other crew members had burns.", True),
    # who the sentence itself tells of, or counts
    ("The man accused of setting the Veld ferry alight was sentenced on Friday.", False),
    ("The woman killed in the ferry crash was named as Ada Wren.", False),
    ("Police arrested the captain and two other crew members on Friday.", False),
    # the hundred-and-third reading: neus-val-0100's "Each participant got two injections ..." of a
    # trial the brief never named
    ("Each participant got two doses of the ferry-sickness drug a week apart.", True),
    ("Each of them was fined 200 euros.", True),
    # reading 48a: multinews-110's "Subjects were randomly chosen to do voicemail or email first ..." (in
    # which study, only the sentence before said); not people the sentence says of what
    ("Subjects were randomly chosen to sail on the night or the day ferry first.", True),
    ("Respondents who had sailed at night were more likely to complain.", True),
    ("Participants in the ferry protest marched to the quay on Friday.", False),
    ("Subjects of the harbour inquiry include the port's former director.", False),
    # allsides-5932's "Without it, tens of millions of American students would have been without ..."
    ("Without it, ferries on the Veld estuary would have stopped in March.", True),
    # the hundred-and-eighth reading: multinews-101's "The area perfectly matched where people came
    # down with Rocky Mountain spotted fever ..." (which area, only the sentence before said)
    ("The area matched where ferry crews had fallen ill the winter before.", True),
    ("The area code of the Veld estuary towns is 0412.", False),
    ("Each year about 40,000 travellers cross the Veld estuary by ferry.", False),
    ("Each ferry on the estuary route will carry two life rafts from May.", False),
    # a newsroom tryout's follow-up opened "The number of people injured in Thursday's explosion
    # ... rose to 19 on Friday, ...": a count that says what it counts stands alone, and was lost
    ("The number of people hurt in the Veld ferry fire rose to 19 on Friday.", False),
    ("The total number of ferries stopped on the Veld estuary reached 12.", False),
    ("The number rose to 19 on Friday.", True),
    ("The total rose to 19 on Friday.", True),
    ("The number of them who were hurt rose to 19.", True),
    # the tryout's "The seven workers went to Ashford Regional Hospital ...": which seven, the
    # sentence before said
    ("The seven passengers went to the Kessel hospital late on Thursday.", True),
    ("The 12 crew members were named on Friday.", True),
    ("The seven passengers who breathed in smoke were treated in Kessel.", False),
    # the hundred-and-eleventh reading: neus-val-0169's "One of the names mentioned was that of former
    # President Bill Clinton." (mentioned by whom, and where, only the sentence before said)
    ("One of the names mentioned was that of the Veld harbour master.", True),
    ("Most of the differences are a result of the ferry line's messy timetables.", True),
    ("One of the four ferry captains was suspended on Friday.", False),
    ("One of the owners of Veldlink told the Post the line would close.", False),
    ("One of the passengers killed in the crash was a teacher from Kessel.", False),
    # reading 41a: allsides-6033's "The majority of the planned shipments will be of the AstraZeneca vaccine
    # ..." after a lede on 20 million doses of authorized vaccines (which shipments, only NPR's sentence
    # before said: they were not those 20 million)
    ("The majority of the planned shipments will be of the older Veld ferries.", True),
    ("The rest of the ferries were towed to Kessel.", True),
    ("The majority of the Veld ferry crews voted to strike on Friday.", False),
    # the hundred-and-ninth reading: multinews-055 led with "Octave Durham told the newspaper that ...",
    # which newspaper only the sentence before said; 036's "..., the outlet reported"
    ("Captain Ada Wren told the newspaper that the ferry had been overloaded.", True),
    ("The ferry left Kessel two hours late, the outlet reported.", True),
    ("Captain Ada Wren told the Veld Post that the ferry had been overloaded.", False),
    # neus-val-0271: the network the sentence itself names (a first version left that brief empty)
    ("Ada Wren's interview on Veld TV got the network its highest ratings ever, according to the network.", False),
])
def test_someone_told_of_as_the_one_before_named_leans_on_that_sentence(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


@pytest.mark.xfail(strict=True, reason=(
    "reading 43d (MISLEADS), multinews-140: '\"We got beat up for it, but those efforts led to this great day,\" said "
    "Marty Martin, ...' is printed with neither the interrogation programme nor bin Laden's killing (allsides-5997's "
    "'... let him abuse those rights,' Biden said' alike); reading 'those' + a plural a quotation does not name "
    "before as leaning back (measured at the end of session 43) took both facts, judged wrong, out, but brought in "
    "140's 'Waxman called it ...', judged wrong too, and took Multi-News ROUGE-1 over lead under its floor "
    "(43.70, +1.46 < 1.5); not kept"))
@pytest.mark.parametrize("sentence", [
    "“We took the blame, but those efforts led to this fine day,” said Ada Wren, a retired harbour pilot.",
    "“We will not let the board abuse those rights,” harbour master Olav Tal said.",
])
def test_a_quotation_calling_things_those_it_does_not_name_leans_back(sentence: str) -> None:
    assert leans_back(sentence)


@pytest.mark.parametrize("sentence", [
    # what the quotation names before, or "those who", says which
    "“We asked for raises, and those raises are due,” union leader Ada Wren said.",
    "“Those who sail in fog take the risk,” harbour master Olav Tal said.",
])
def test_a_quotation_naming_what_it_calls_those_stands_alone(sentence: str) -> None:
    assert not leans_back(sentence)


@pytest.mark.xfail(strict=True, reason=(
    "reading 41a: multinews-105's 'Amtrak later cleared up the confusion by stating that ...' is printed with no line "
    "telling what confused anyone (the sentence of Amtrak's late reply ranks second but select() leaves it out of "
    "the candidates). Reading 'the confusion' as "
    "leaning back left the line out, and the 250-word brief's fewer words took Multi-News ROUGE-1 over lead under "
    "its floor (43.71, +1.47 < 1.5)"))
@pytest.mark.parametrize("sentence", [
    "The operator later cleared up the confusion by saying the ferry had been sold.",
    "Veldlink apologised for the mix-up on Friday.",
])
def test_a_confusion_the_sentence_does_not_tell_leans_on_the_one_before(sentence: str) -> None:
    assert leans_back(sentence)


def test_a_confusion_the_sentence_tells_stands_alone() -> None:
    assert not leans_back("The confusion over the timetable cost the operator 2 million euros.")


@pytest.mark.parametrize("sentence", [
    "The ferry operator said more ferries would run on the Veld estuary from May.",
    "It is not yet clear when the ferries will run again.",
    "This week the operator added two ferries on the estuary route.",
    '"We will run more ferries from May," the operator\'s chief, Ada Wren, said.',
    "Officials said that, despite the storm, the ferry ran on time on Monday.",
    "Of the 50 ferry lines in Veld, 30 said more ferries would run on the estuary from May.",
    # (review 37: a title at a body, a concession, a point, each of the sentence's own)
    "Fund managers are piling into Veld ferry bonds.", "Party leaders in Veld reached a deal on the ferries.",
    "While what appears to be a tornado touched down near Kessel, the ferry ran on time.",
    "The mayor used a chart to make her point about the ferries.",
])
def test_a_sentence_that_names_its_subject_stands_alone(sentence: str) -> None:
    assert not leans_back(sentence)


@pytest.mark.parametrize("sentence", [
    "The mayor was referring to the ferry operator's chief, Ada Wren.",
    '"The crossing took three minutes," Ivo Brandt says in the documentary.',
    "Judging by the queues at the Veld quay on Monday, many travellers think so.",
    "The operator says there is no evidence for this.",
    "The highlights included a new quay and a second ferry.",
    "The ferry crews are not happy with this, and they called a strike on Monday.",
    "The storm over the estuary made this inevitable.",
    "After a day of criticism, the mayor backed off with this tweet.",
    "Ostmark and Tolmar were the other two ports on the list.",
    "Port officials have denied these claims, but the ferry crews say the checks were skipped.",
    "The pair met again when the ferry line reopened in May.",
    "There, flashing on the screen, was the harbour master's message.",
    "A similar claim appeared on a ferry forum on Sunday.",
    "Divers had been searching for just such a wreck off the Veldhaven quay.",
    "The request comes as the harbour board meets on Monday.",
    # what "that" is, or which one of several, the sentence before said (the stream's columns)
    "For that, the mayor has the harbour board of 1990 to thank.",
    "For one, efforts to find the tanker's owner have failed.",
    "Take, for example, Ada Wren, one of the front-runners in the race to chair the harbour board.",
    "Call that a good strike, because it is usually linked to higher wages.",
    "Chalk that up to the mayor's sense of humour.",
    "As of Tuesday afternoon, that's the vast majority of Veld's ferry crews.",
    # a share of the count the sentence before gave (multinews-103: "Of these, 4022 have ...")
    "Of these, 4,022 have a date and a place of sailing.",
    "Of them, only two survived the crossing.",
    # which sources, which officials: the sentence before said (multinews-111)
    "The sources added there is a strong possibility that the man missing from Veld is the victim.",
    "Those officials said the ferry would not sail before Monday.",
    # smaller or further than what the sentence before said (the fifty-eighth reading: multinews-129,
    # neus-val-0004)
    "A slightly smaller percentage were on the other side, with 15 percent saying the ferry should stop.",
    "A court in Veld went much further in a December ruling, striking down the whole harbour law.",
    # the official the sentence before introduced (the fifty-seventh reading: allsides-5878)
    "Piet Anker agreed to resign, said the official, who spoke on condition of anonymity.",
    "The ferry will not sail before Monday, according to the sources.",
    # with what, for whom, despite what: the sentence before said (at a sentence's opening too)
    "With that, the harbour board closed its meeting on Monday.",
    "Despite that, the ferry union voted to strike on Monday.",
    "To that end, the harbour board hired two more pilots on Monday.",
    # amid what, the sentence before said (the fifty-third reading: neus-val-0140, allsides-6097)
    "Amid that, Veld will gain two seats in the harbour council, the results found.",
    "Following that, the harbour police arrested two men.",
    "Because of this, the port closed on Monday.",
    # which time, the sentence before said (multinews-118: the breach of four years before)
    "At the time, only 6,500 passwords were posted online, and the ferry line never said how many were taken.",
    # which increase, the sentence before said (allsides-5965, forty-fourth reading: it read as a third
    # of the yearly rise printed before it)
    "A third of the increase was put down to a 7.3% rise in diesel prices.",
    # which attempt, which loss, in place of what: the sentence before said (neus-val-0013, neus-val-0284,
    # allsides-5981)
    "Mayor Wren called the attempt a \u201cpointless show vote.\u201d",
    "The unusually quiet Anker called the loss a 'learning experience.'",
    "In its place, the harbour board has set a two-year ban on night sailings.",
    # later than what, until what: the sentence before said (reading 33f: multinews-018's "About 15 minutes
    # later the station corrected its mistake", multinews-021's "Until now, said Miles, ...")
    "About 15 minutes later the harbour board corrected its mistake.",
    "Until now, said Wren, the ferry had never been late.",
    "In that year, the Veld quay handled 23.5 million tonnes of cargo.",
    # which list, the sentence before said (reading 33i, multinews-027: "So far the list consists of: New
    # York City; not Instagram." printed apart from the sentence that began the list)
    "So far the list consists of: Veldhaven; not the harbour board.",
    # which time, which error (reading 33g, multinews-018: the newsroom's boast "..., said News Director
    # Lee Rosenthal at the time." read as its answer to the error; the NTSB's "Appropriate actions will be
    # taken to ensure that such a serious error is not repeated." as the station's promise)
    "\u201cBeing first on air is what we are most proud of,\u201d said harbour master Ada Wren at the time.",
    "Appropriate actions will be taken to ensure that such a serious error is not repeated.",
    # which figure, the sentence before said (allsides-5987, reading 33b: "Last week's figure was revised
    # down by 1,000 to 405,000" printed beside another outlet's "last week" that meant the week after)
    "Last week's figure was revised down by 1,000 to 405,000.",
    "The prior month's reading was 52.1.",
    # which comment, the sentence before said (allsides-5992, session 33)
    "The official, Ada Wren, worried that the comment might upset the harbour master.",
])
def test_a_sentence_that_answers_the_one_before_leans_on_it(sentence: str) -> None:
    assert leans_back(sentence)


@pytest.mark.parametrize(("sentence", "leans"), [
    # multinews-147: "“We have developed a case of oil addiction ...,” he had earlier told al-Arabiya ..."
    ("\u201cWe will rebuild the quay by spring,\u201d he had earlier told Veld Radio.", True),
    ("\u201cWe will rebuild the quay by spring,\u201d she later wrote on the harbour board's page.", True),
    ("\u201cWe will rebuild the quay by spring,\u201d Mayor Ada Wren later wrote on the harbour board's page.", False),
    # the final reading of session 17 (multinews-107): '"As we expected, this represents the fastest iPhone
    # launch ...," White told clients' was printed where the sentence before, which said what "this" was, was not
    ('"As we expected, this represents the fastest ferry crossing in Veld\'s history," Ada Wren told clients.', True),
    ('"Frankly, these are the worst delays the quay has seen," harbour master Ada Wren said on Monday.', True),
    ('"As expected, this year the quay reopened in May," Ada Wren told clients.', False),
    # the 120th reading (multinews-003): '"The person is truly figuring it out as they go," said Douglas
    # Owsley' printed after the excavation read as about the archaeologists, not the butcher
    ('"The person was clearly in a hurry," said harbour master Ada Wren.', True),
    ('"The people of Kessel deserve better," Mayor Ada Wren said.', False),
    # the 155th reading (multinews-149): '"This is about reducing the chances of underbody impact damage, not
    # improving safety," Musk said.' printed where the update it explains was not
    ('“This is about fewer scrapes on the hull, not safety,” ferry chief Ada Wren said.', True),
    ('"That\'s why we closed the quay at night," harbour master Ada Wren said.', True),
    ('"This is the busiest harbour on the coast," harbour master Ada Wren said.', False),
    # readings 48a and 48c (multinews-003): '"They were so emaciated when they were rescued ...," says
    # historian James Horn' (who, only "Only 60 of 300 people survived the winter." before it said), and
    # 5815's '"They were playing with fire," said McCaul.'; not where the tag says whom
    ('"They were so thin when the ferry found them," says historian Ada Wren of the Kessel Museum.', True),
    ('"They\'re like pirates," Olav Tal said.', True),
    ('"They were on the defensive all week," one harbour aide said of the Republicans.', False),
    # (review 48c: "of" after a name is where the speaker is from, not whom "They" means)
    ('"They were the better crew tonight," said captain Olav Tal of the Kessel Rowers.', True),
    ('"They don\'t care about the quay," Olav Tal said.', True),
    ('"They say the quay will close," Ada Wren said.', False),
    # (a "he" the sentence itself names)
    ("Mayor Olav Tal cut the ferry fares in the Veld Post's first week of May, he said on Monday.", False),
])
def test_a_quotation_whose_speaker_is_a_pronoun_or_whose_words_point_back_leans_on_the_sentence_before(
    sentence: str, leans: bool
) -> None:
    assert leans_back(sentence) is leans


@pytest.mark.xfail(strict=True, reason=(
    "known defect (reading 40e, multinews-042): 'Concern in Britain over crying babies costed the NHS an "
    "estimated £70 million each year, he said, ...' prints as a fact of its own, its speaker named only in the "
    "fact before: a sentence's first word is read as a name unless it is a known common word, and 'in Britain', "
    "'the NHS' count as people who could be 'he'; leaving out names after a preposition or 'the' (tried) still "
    "left 'Concern' as a name"
))
def test_a_pronoun_speaker_after_only_a_place_and_a_body_leans_on_the_sentence_before() -> None:
    assert leans_back(
        "Worry in Veldhaven over late ferries costs the Harbour Board an estimated 7 million euros a year, he said, "
        "with tired crews more likely to quit."
    )


def test_a_question_answered_by_the_next_sentence_is_not_a_report() -> None:
    assert classify("Is the ferry line a front for smugglers? Judging by the replies, many readers think so.") \
        == "opinion"
    assert classify('The mayor asked: "Who will pay for the quay?" The council agreed to pay on Monday.') == "fact"


@pytest.mark.parametrize("sentence", [
    "Mayor Wren called the decision to close the Veld quay a mistake.",
    "Ada Wren described the loss of 40 ferry jobs as a blow to the island.",
    # reading 46b, allsides-6099: The Hill's and Fox's openings ("The effort aimed at recalling California Gov.
    # Gavin Newsom (D) has enough signatures ...") were read as leaning back, so no unit: only the NYT's
    # "Fueled by partisan fury ..., a Republican-led campaign ..." could lead, and led citing it alone
    "The effort aimed at recalling Mayor Ada Wren has enough signatures to qualify for the ballot.",
    "The effort to recall Mayor Ada Wren has received the signatures it needs.",
    "The effort, aimed at recalling Mayor Ada Wren, has enough signatures.",  # review 46a (R7)
])
def test_an_attempt_or_loss_the_sentence_itself_names_stands_alone(sentence: str) -> None:
    assert not leans_back(sentence)


@pytest.mark.parametrize("sentence", [
    "The effort failed on Monday.", "The effort to the north failed on Monday.",
    # review 46a (B1): an undertaking whose object only the sentence before names
    "The effort to do so failed on Monday.", "The attempt to stop them failed on Tuesday after the board's vote.",
    "The effort to find them was called off at dusk.", "The effort aimed at them fell apart within a week.",
    "After the effort to stop it failed, the mayor resigned on Monday.",
])
def test_an_effort_the_sentence_does_not_say_of_what_leans_back(sentence: str) -> None:
    assert leans_back(sentence)


def test_a_documentary_introduced_in_the_sentence_itself_stands_alone() -> None:
    assert not leans_back("Ivo Brandt says in a new documentary that the ferry raid took three minutes.")


def test_an_opening_that_names_its_own_time_or_group_stands_alone() -> None:
    assert not leans_back("For one week in May, the Veld ferry line ran no crossings.")
    assert not leans_back("Of the 40 passengers, 12 were hurt when the Veld ferry struck the quay.")
    assert not leans_back("Port officials said the ferry would not sail before Monday.")
    assert not leans_back("The ferry will not sail before Monday, said the official in charge of the quay.")
    assert not leans_back("A larger share of islanders than ever took the ferry in May.")
    assert not leans_back("The court went further than the council had asked, striking down the whole law.")
    assert not leans_back("The ferry will not sail before Monday, according to people familiar with the talks.")
    assert not leans_back("To this day, the Veld quay has no lights.")
    assert not leans_back("At the time of the crash, the Veld ferry carried 40 passengers.")
    assert not leans_back("At the time the Veld ferry sank, 40 passengers were on board.")
    assert not leans_back("Of this year's 40 sailings, 12 were late.")
    assert not leans_back("A third of the ferry crews voted to strike on Monday.")
    assert not leans_back("After this week's vote, the harbour board closed the quay.")


def test_a_lede_opening_on_a_past_year_is_background() -> None:
    brief = make_brief([
        _article("Veld Post", "In 1998 the smuggler Ivo Brandt robbed the Kelmar vault in Veldhaven. "
                 "Ivo Brandt admitted on Sunday that he had acted alone, in a letter to a Veldhaven paper."),
        _article("Quay Daily", "In 1998 Ivo Brandt robbed the Kelmar vault in Veldhaven. "
                 "Ivo Brandt admitted on Sunday that he acted alone, in a letter to a Veldhaven newspaper."),
    ])
    assert brief.lede is not None and "admitted" in brief.lede.text, brief.lede


def test_a_sentence_about_this_meeting_names_its_subject() -> None:
    # "this meeting" is the story's: only a sentence that opens on "In this ..." points back.
    assert not leans_back("The premier's main aims during this meeting are ferry subsidies and a new quay.")


def test_plural_titles_do_not_end_a_sentence() -> None:
    text = "The ferry study was led by Drs. Ada Wren and Tomas Reyes of the Veld clinic in the north."
    assert [u.text for u in segment(_article("Veld Post", text), 0)] == [text]


def test_a_sentence_after_an_ellipsis_keeps_what_came_before_it() -> None:
    text = (
        "According to the court papers ... Anker got rich from the ferry line and kept it from his sons. "
        "The case opens in Veldhaven on Monday."
    )
    printed = [u.text for u in segment(_article("Veld Post", text), 0) if u.kind != "fragment"]
    assert not any(t.startswith("Anker got rich") for t in printed), printed


def test_a_text_cut_inside_a_parenthesis_is_not_printed() -> None:
    text = (
        "The council approved the new ferry terminal on Monday by nine votes to four.\n\n"
        "The councillors who voted against it, led by Ada Wren (Greens-Veld."
    )
    units = segment(_article("Veld Post", text), 0)
    assert [u.kind for u in units if "Ada Wren" in u.text] == ["fragment"]


def test_the_tail_of_a_parenthesis_is_not_printed() -> None:
    text = (
        "The council approved the new ferry terminal on Monday by nine votes to four.\n\n"
        "(The old terminal was sold in 1990. The buyer tried to close it, says historian Ada Wren, but the "
        "plan failed.)"
    )
    units = segment(_article("Veld Post", text), 0)
    assert [u.kind for u in units if "the plan failed" in u.text] == ["fragment"]


def test_an_aside_is_no_antecedent() -> None:
    text = (
        "The mayor said the ferry line would close in May.\n\n"
        "(We all know who will be blamed for that.) After a day of criticism, the mayor backed off with this tweet."
    )
    units = segment(_article("Veld Post", text), 0)
    assert not [u.text for u in units if "backed off" in u.text and u.kind not in ("aside", "fragment")]


def test_a_sentence_its_photo_credit_follows_is_a_caption() -> None:
    text = (
        "The harbour board approved the new ferry fares on Monday.\n\n"
        "The festival fireworks were held over the Veldhaven quay on Friday, July 4, 2025. (Veld Festival/VTV)"
    )
    units = segment(_article("Veld Post", text), 0)
    assert [u.kind for u in units if "fireworks" in u.text] == ["aside"]


def test_a_sentence_that_lost_its_subject_is_a_fragment() -> None:
    text = (
        "The harbour board approved the new ferry fares on Monday.\n\n"
        "was arrested for sailing drunk in the Veld estuary yesterday, the coastguard said."
    )
    units = segment(_article("Veld Post", text), 0)
    assert [u.kind for u in units if "arrested" in u.text] == ["fragment"]


def test_an_embedded_post_is_shown_not_reported() -> None:
    text = (
        "The striker mocked the ferry delays in a post on Friday morning.\n\n"
        "The Veld ferry line is a joke again this week. Three hours stuck on the quay in the rain. "
        "— Tom Lind (@tomlind9) May 3, 2024\n\n"
        "The ferry operator said on Friday that two crossings were cancelled because of fog."
    )
    units = segment(_article("Veld Post", text), 0)
    assert [u.kind for u in units if "is a joke again" in u.text] == ["aside"]
    assert not any("is a joke again" in t for t in _texts(make_brief([_article("Veld Post", text)])))


def test_a_passage_credited_to_its_author_is_shown_not_reported() -> None:
    # multinews-066: a dictionary's example passages ("... made this inevitable. — Anne Applebaum")
    # led the brief as if the page reported them.
    text = (
        "From the first days of the siege, the chroniclers of both towns told the struggle as a feud of saints "
        "and devils. The closed councils of both towns made this certain. — Ada Wren\n\n"
        "Consider the harbour in the winter of the great storm. At first even the tide tables were doubted. "
        "— Olav Tal , The Salt Year ,\n\n"
        "The harbour board approved the new ferry fares on Monday, a spokesman said."
    )
    units = segment(_article("Veld Words", text), 0)
    assert {u.kind for u in units if "towns" in u.text or "tide" in u.text} == {"aside"}
    assert [u.kind for u in units if "ferry fares" in u.text] == ["fact"]


def test_a_sentence_printed_whole_keeps_its_spelling() -> None:
    post = "i know some of you took the ferry joke too seriously, the striker wrote after the match."
    assert compress(post) == post
    assert compress(f"Notably, {post}").startswith("I know")


def test_a_sentence_copied_word_for_word_is_one_source() -> None:
    copied = "The ferry operator cancelled all crossings on the Veld estuary on Friday because of thick fog."
    brief = make_brief([
        _article("Veld Post", f"{copied}\n\nThe operator's chief, Ada Wren, said the line had lost money all year."),
        _article("Quay Daily", f"{copied}\n\nPassengers waited for hours at the quay in Veldhaven on Friday."),
    ])
    fact = next(f for f in _printed(brief) if f.text == copied)
    assert len(fact.sources) == 2 and fact.independent == 1


def _site_pages() -> list[Article]:
    shared = (
        "The Veld Law Clinic won a retrial for its client Piet Anker after twelve years in prison. "
        "The clinic's lawyers also freed Ada Wren, whose arson conviction was quashed in March."
    )
    return [
        _article("Clinic A", f"{shared} Its next case concerns a harbour theft in Ostmark."),
        _article("Clinic B", f"{shared} The clinic has freed nine clients since it opened in 2009."),
        _article("Quay Daily", "The Veld Law Clinic won a retrial for Piet Anker, the court said on Monday."),
    ]


def test_two_reports_of_one_outlet_are_one_source() -> None:
    brief = make_brief([
        _article("Veld Post", "The ferry operator cancelled all crossings on the Veld estuary on Friday because "
                 "of fog."),
        Article(text="All ferry crossings on the Veld estuary were cancelled on Friday because of thick fog.",
                outlet="Veld Post", id="veld-post-evening"),
        _article("Quay Daily", "Fog forced the ferry operator to cancel every crossing on the Veld estuary on Friday."),
    ])
    fact = next(f for f in _printed(brief) if "Friday" in f.text)
    assert len(fact.sources) == 3 and fact.independent == 2, fact


def test_articles_sharing_sentences_word_for_word_are_one_source() -> None:
    pages = _site_pages()
    sentences = [s for group in segment_all(pages) for s in group]
    keys = link_copies(sentences, [a.id for a in pages])
    assert keys[0] == keys[1] != keys[2]
    # One sentence in common (a quotation both carry) is not copying.
    assert len(set(link_copies(sentences[:1] + sentences[3:], [a.id for a in pages]))) == 3


def test_articles_sharing_only_quotations_or_posts_are_not_copies() -> None:
    # multinews-080 (reading 34j): NBC's and the Washington Post's pages were listed as "the same report",
    # sharing only the posts both embedded ("@July4thPBS How is using stock video patriotic?")
    shared = (
        "@VeldPort How is using old fireworks video over the quay patriotic?\n\n"
        "\"We showed a mix of the best fireworks over the quay from this year and earlier years,\" the "
        "broadcaster said.\n\n"
    )
    pages = [
        _article("Veld Post", f"The Veldhaven ferries kept sailing through Friday's storm.\n\n{shared}"
                 "The broadcaster apologised on Saturday."),
        _article("Quay Daily", f"Crews on the Kessel line were praised after a night of storms.\n\n{shared}"
                 "Viewers complained on Saturday."),
    ]
    sentences = [s for group in segment_all(pages) for s in group]
    assert sum("@VeldPort" in s.text or "We showed" in s.text for s in sentences) >= 4
    assert len(set(link_copies(sentences, [a.id for a in pages]))) == 2


def test_a_dependent_sentence_is_printed_with_its_antecedent_or_not_at_all() -> None:
    text = (
        "Coastguard chief Ada Wren closed the Veld estuary to shipping on Sunday after a tanker ran aground.\n\n"
        "She said the channel would reopen once divers had inspected the hull.\n\n"
        "The tanker was carrying 40,000 tonnes of diesel, the coastguard said."
    )
    units = segment(_article("Veld Post", text), 0)
    joined = [u for u in units if "She said" in u.text]
    assert joined and all(u.text.startswith("Coastguard chief Ada Wren") for u in joined)
    for fact in _texts(make_brief([_article("Veld Post", text)])):
        assert not fact.startswith("She "), fact


def test_a_quotation_is_printed_whole_and_with_its_speaker() -> None:
    text = (
        'Harbour master Piet Anker spoke to reporters at the quay on Monday. "The channel is safe again. '
        'We have checked every buoy twice," he said.\n\n'
        '"Nobody should sail without a pilot this week."\n\n'
        "The port reopened to all shipping at noon on Monday after a two-day closure."
    )
    brief = make_brief([_article("Quay Daily", text)])
    for fact in _texts(brief):
        assert fact.count('"') % 2 == 0, f"a quotation cut mid-way: {fact}"
        assert not fact.startswith('"Nobody should'), "a quotation printed without its speaker"
        if "We have checked every buoy" in fact:
            assert "Piet Anker" in fact and "The channel is safe again" in fact


@pytest.mark.parametrize(("sentence", "kind"), [
    ("In this Oct. 2, 2024, file photo, workers repair the quay wall at Veldhaven.", "aside"),
    ("CORRECTS name of harbour master in second paragraph.", "aside"),
    ("On whom he would hire as harbour master: \"My old ferry captain.\"", "aside"),
    ("Harbour master Ada Wren speaks at the quay after the rescue (2:04)", "aside"),
    ("Written by Tomas Reyes, based on the novel by Ada Wren, the film opens in Veldhaven on Friday.", "aside"),
    ("Veld ferry rescue at dawn from Tomas Reyes on Vimeo.", "aside"),
    ("Watch the video below to see the ferry reach the quay.", "aside"),
    ("The port of Veldhaven is hiring like never before.", "opinion"),
    ("Wren had her biggest night yet in the Veld primary on Tuesday.", "opinion"),
    ("[Pro tip: book the early ferry to avoid the queues.]", "aside"),
    ("Details: the ferry leaves at 7 a.m. from pier 3.", "aside"),
    ("Why it matters: the estuary carries a third of the country's fuel.", "aside"),
    ("When I crossed on the ferry last summer, the queue stretched for a mile.", "aside"),
    ("An employee holds a mooring line at the Veldhaven terminal.", "aside"),
    ("Ada Wren, the coastguard chief, speaks at a news conference in Veldhaven, Oct. 3, 2024.", "aside"),
    ("Editor's note: an earlier version of this story misstated the tanker's tonnage.", "aside"),
    ("CLOSE Divers inspect the hull of the tanker that ran aground on Sunday.", "aside"),
    ("A photo of the ferry captain who went missing on June 3 was released by police.", "aside"),
    # a photo dated or described on the way, and one image of several (multinews-027: "In one image, ...")
    ("This May 2024 photo shows divers at the wreck of the Veld ferry.", "aside"),
    # a correction notice with its time (the eighty-fifth reading's multinews-073: "Correction, 10:15 a.m. A
    # previous version of this story misstated the year ...")
    ("Correction, 10:15 a.m. A previous version of this story misstated the year the ferry line opened.", "aside"),
    ("A previous version of this story misstated the tonnage of the Veld ferry.", "aside"),
    ("The correction, issued by the harbour board on Monday, fixed the tally of crossings.", "fact"),
    ("This undated handout photo shows the ferry captain on the bridge.", "aside"),
    # a photographer's credit run into the caption (the 148th reading, multinews-111: "Body parts found Sean
    # Kilpatrick/THE CANADIAN PRESS A police officer removes a package ..."); a slash between names is no credit
    ("Ferry sinks Tomas Reyes/THE VELD PRESS Divers search the wreck off Kessel on Monday.", "aside"),
    ("The Ada Wren/Piet Anker ticket won the harbour board election on Monday.", "fact"),
    ("Harbour master Ada Wren/VELD agenda talks resumed on Monday after the strike.", "fact"),
    ("In one image, the ferry captain waves from the bridge.", "aside"),
    ("The harbour police released a photo showing the damaged quay wall on Monday.", "fact"),
    ("Ferry strike looms By Jane Roe - Tweet The union announced a strike for Monday.", "aside"),
    # ... a byline's capitals, not "by calling for —" (session 37, allsides-5845: a column's point, and
    # allsides-5844's "Citing ... made by the pair — Reps. Jim Banks ..., Pelosi said ...", read as asides)
    ("The union said the fares were raised by cutting crews — and in some cases firing them — to save money.", "fact"),
    # a timed update is the latest report, printed without its stamp (compress); a note about the piece is not
    ("UPDATE: 9:05 a.m. - Police say the missing captain was found safe.", "fact"),
    # an outlet's scoop marker bills the report; it is no "Label:" rubric (multinews-058: "EXCLUSIVE: Marvel
    # Studios and director Joe Johnston want to ..." was read as page furniture, and a release date led)
    ("EXCLUSIVE: The ferry line has hired a second captain for the Kessel crossing.", "fact"),
    ("10:45 AM PT: Harbour police tell the Quay Daily the captain was found.", "aside"),
    ("(The operator has denied every allegation against the captain.)", "aside"),
    ("The port board met on Sunday to discuss the ferry strike and the new fares MORE", "aside"),
    ("The closure is a sign that the port's safety rules have failed.", "opinion"),
    ("The closure is the latest sign that the port board has lost interest in safety.", "opinion"),
    ("The grounding exemplified the problem of letting ferry firms inspect their own hulls.", "opinion"),
    ("Ferry passengers, understandably, did not take kindly to the captain's remarks.", "opinion"),
    # the writer's praise told to the reader (multinews-127, the 146th reading: "Give the boy credit for guts: He
    # replied, ...")
    ("Give the deckhand credit for nerve: she sailed the tug out alone.", "opinion"),
    ("The captain is still joking about the grounding and let's just say the port is not amused.", "opinion"),
    ("The board filibustered the plan, the kind of modest fix that would've passed easily a decade ago.", "opinion"),
    ("The new ferry film for the most part is not so good at showing the crossing.", "opinion"),
    ("Starring Ada Wren, Tomas Reyes and Ivo Brandt.", "aside"),
    ("VELDHAVEN (AP) — The harbour reopened to shipping on Monday after a tanker was refloated.", "fact"),
    ("(Reuters) - The harbour reopened to shipping on Monday after a tanker was refloated.", "fact"),
    ("Divers inspect the tanker's hull at the Veldhaven quay. (AP Photo/Jo Reyes)", "aside"),
    ("Piet Anker, left, rings up a ticket for a passenger at the Veldhaven ferry kiosk.", "aside"),
    ("An old man cries as he hears that the ferry line will close.", "aside"),
    ("Find more details about ferry times and fares here.", "aside"),
    ("Add it all up and it's the mirror image of last year's ferry season.", "opinion"),
    ("Harbour master Ada Wren makes a statement at the Veldhaven quay, December 12, 2024.", "aside"),
    ("Harbour master Ada Wren appears on the Veld Morning programme in Veldhaven, Oct. 3, 2024.", "aside"),
    ("Supporters of the ferry union cheer as they wait for the result in Veldhaven, Jan. 16, 2024.", "aside"),
    ("The captain of the stranded ferry wants the world to know one thing.", "opinion"),
    ("What the mayor was likely talking about is the rise in ferry fares.", "opinion"),
    ("Consider what happened to the last ferry line on the estuary.", "opinion"),
    ("Turns out her path from deckhand to captain took only three years.", "opinion"),
    ("According to the survey of ferry passengers, most want a later last crossing.", "fact"),
    ("With the sale now official, speculation turns to what happens to the ferry line's chief.", "opinion"),
    ("The grounding could prove costly for the region's fishermen.", "opinion"),
    ("Veldhaven, along with Ostmark, is part of a bloc opposing the new shipping tax.", "fact"),
    ("The coastguard closed the estuary on Sunday, a spokesman said.", "fact"),
    ("The grounding could cost the port 2 million euros, the harbour board said.", "fact"),
    ('Predictably, the mayor soon tweeted: "The ferry union was destroyed in court today and everyone knows it."',
     "opinion"),
    ("Ada Wren is a captain like no other, a force of nature on the bridge of the Veld ferry.", "opinion"),
    ("The harbour master (Piet Anker doing a fantastic turn as a villain) cowers in every scene.", "opinion"),
    ("The mayor is a career liar and he lied again at the ferry hearing on Monday.", "opinion"),
    ("In reality, the port board's plan was riddled with errors about the ferry fares.", "opinion"),
    ("The estuary tested clean on Thursday, news that came as no surprise to the harbour board.", "fact"),
    ("Above, the harbour master carries the new ferry timetable along the quay.", "aside"),
    ("Breaking News Emails Get breaking news alerts and special reports from Veldhaven.", "aside"),
    ("-Poor planning by the harbour board has cost the port two years and 40 million euros.", "aside"),
    ("In the second video clip above, a reporter says all but one of the injured went home.", "aside"),
    ("The Quay Daily has not seen the letter.", "aside"),
    ("Perhaps not so pleased are the ferry workers, who lose their Sunday pay.", "opinion"),
    ("Never mind that the captain apologised publicly for the remarks on Monday.", "opinion"),
    ("Which party wins the harbour board is probably the biggest open question of the year.", "opinion"),
    ("Under cover of the ferry strike, the board is moving to sell the harbour land.", "opinion"),
    ("The storm killed 12 people on Monday - the worst toll in a decade.", "fact"),
    ("View larger image The ferry captain is shown in a photo from the line's website.", "aside"),
    ("Regardless, the damage was done and the island was highly amused.", "opinion"),
    ("Apparently, the captain was raised to be polite to the harbour board.", "opinion"),
    ("After all, the ferry line did answer the first complaint within an hour.", "opinion"),
    ("\u201cIt will be a long fight,\u201d said Sen. Ada Wren Ada Maria WrenFerry strike enters third week "
     "Harbour board faces vote MORE (D-Veld), a former transport chair.", "aside"),
    ("\u201cWe need someone ready by August,\u201d said Sen. Piet Anker Pieter Jan AnkerMORE (R-Veld).", "aside"),
    ("The ferry strike is a good moment to ask who runs the harbour.", "opinion"),
    ("In practice, the harbour board decides every fare on the island.", "opinion"),
    ("Sen. Ada Wren of Veld said the strike would be a long fight, a former transport chair added.", "fact"),
    ("Updated 7:51 a.m. ET with the harbour board's statement on the strike.", "aside"),
    # a footnote marker run into the sentence after a quotation (the sixty-third reading: multinews-145
    # printed "1 The Book of Mormon came into the world ..."), and a listicle's numbered point
    ("1 The ferry line came into being through a series of remarkable events.", "aside"),
    ("3. It keeps the ferry captain's children off television, at least for now.", "aside"),
    ("20 Democrats voted against the ferry bill on Tuesday, the clerk said.", "fact"),
    ("Further Reading Ferry fares to rise by a third from Monday, board says.", "aside"),
    ("Here are some of the candidates' statements on the ferry and how they compare with the facts.", "aside"),
    ("Examples of the claim appear on Facebook here, Instagram here and Twitter here.", "aside"),
    ("What's unclear is whether the board ever meant the fares to rise.", "opinion"),
    ("The bad news is that the injunction against the strike isn't complete.", "opinion"),
    ("Here in Veldhaven, the ferry strike entered its third week on Monday.", "fact"),
    ("Video (02:04) : Veldhaven remembered its ferry captain with songs at the quay.", "aside"),
    ("How to help ... Anyone with information is asked to call the Veldhaven police.", "aside"),
    ("For more information, go to the ferry line's website.", "aside"),
    ("For further information on fares, please review the leaflet at the ticket office.", "aside"),
    ("UPDATE: This story has been updated to correct the name of the ferry.", "aside"),
    ("Veld Pictures presents a film directed by Ada Wren.", "aside"),
    ("Here are 10 more ferries that were taken out of service this year.", "aside"),
    ("Here's a look at where Ada Wren was last seen, the ferry terminal off the coast road.", "aside"),
    ("No word yet on whether the captain will attend the inquiry.", "aside"),
    ("Staff Writer Jo Reyes can be reached at 970-555-0100 or at the Veld Post newsroom.", "aside"),
    ("Police asked anyone who saw the collision to please call the Veldhaven station.", "fact"),
    ("Importance Ferry accidents are a leading cause of death among island workers.", "aside"),
    ("Main Outcomes and Measures Number of ferry accidents and crude accident rates.", "aside"),
    ("The importance of the ferry to the island's economy was never in doubt, the board said.", "fact"),
    # the writer's verdict on what the sentence told (allsides-5945)
    ("Ferry bookings fell for the first time since April, likely a temporary blip for the island.", "opinion"),
    # the writer weighing what it means, or pointing the reader to it (our brief of the seed articles)
    ("For the ferry line, it’s a chance to win back the passengers it lost in the strike.", "opinion"),
    ("It's worth noting that any sale of the ferries would need the council's approval.", "opinion"),
    ("The ferry line had a chance to bid for the route in 2023 and did not.", "fact"),
    # the writer's stance, verdict or aside (the forty-fifth session's study of facts judged wrong)
    ("Alas, the ferry line is not the only one to raise its fares.", "opinion"),
    ("Let that sink in -- the ferry ran aground twice in one year.", "opinion"),
    ("Put another way, one islander in five has never taken the ferry.", "opinion"),
    ("The inquiry could still lead to the end of the ferry line.", "opinion"),
    ("The harbour master was downright evasive at the hearing.", "opinion"),
    # multinews-079's live blog: "The number of rebels at 117 is eyecatchingly similar to the 100 or so ..."
    ("The number of ferries laid up, at 17, is eyecatchingly similar to the 15 the board had planned for.",
     "opinion"),
    ("The findings point to a safety gap that warrants attention.", "opinion"),
    ("The ferry was still running at noon on Monday, the coastguard said.", "fact"),
    # the forty-seventh reading: the writer's shrug (allsides-5877)
    ("No one really knows what Veldhaven's port would be like without the ferries.", "opinion"),
    ("The coastguard said it means to question the captain on Monday.", "fact"),
    # a web archive's note on its capture, printed where the page was not kept (multinews-124)
    ("The WARC files associated with this crawl are not currently available to the general public.", "aside"),
    # the page's own controls and links (multinews-103's lede became "Clicking a dot opens a dialogue ...")
    ("Clicking a dot opens a dialogue with a link to the ferry's record.", "aside"),
    ("Click here to view this in a new window.", "aside"),
    ("See this article on the differences between the two ferry timetables.", "aside"),
    ("See the ferry timetable, the harbour master said on Friday.", "fact"),
    ("This crawl was run at a level 1 (URLs including their embeds).", "aside"),
    ("Divers crawled through the wreck of the Veld ferry for an hour on Monday.", "fact"),
    # a call someone else makes, reported, is what they said (multinews-129's poll, allsides-5828's
    # guidance); the writer's own call is the writer's opinion
    ("In a June poll, 40 percent of islanders said the ferry should be sold.", "fact"),
    ("The coastguard on Tuesday told captains they should stay in port.", "fact"),
    ("The ferry line should be sold before winter.", "opinion"),
    # a call someone suggested, proposed or demanded is theirs (neus-val-0179 printed nothing: its
    # one report read "after she suggested that there should be a national dialogue" as opinion)
    ("The mayor took aim at the senator on Wednesday after she suggested that there should be a vote on the ferry.",
     "fact"),
    ("The union proposed that the ferry should run at night.", "fact"),
    ("Islanders are tired of waiting, and the council should act.", "opinion"),
    # the writer's guess, hedged: "probably", "perhaps", "almost surely", "may or may not" (the
    # seventy-seventh study of facts judged wrong: multinews-033, -038, -053, -067, -083, allsides-5943)
    ("The other ports probably do not want to picture it either.", "opinion"),
    ("The captain, perhaps for no better reason than habit, steered north.", "opinion"),
    ("Next week the council will almost surely end the ferry line's hopes of a subsidy.", "opinion"),
    ("Divers may search for cargo that may or may not have sunk near the quay.", "opinion"),
    ("A late ferry can only be worse for the island's shops.", "opinion"),
    ("The captain said the crew would probably sail on Monday.", "fact"),
    # the writer's quip with no subject (multinews-018: "Sounds like someone's summer internship is over.")
    ("Sounds like someone's ferry licence is about to lapse.", "opinion"),
    ("Looks like the harbour board got its way again.", "opinion"),
    ("The harbour looks like a building site after the storm, the mayor said.", "fact"),
    # the writer's shrug at the opening (allsides-6087, the ninetieth reading: "For better or worse, marking
    # the first 100 days has become a time-honored tradition in Washington.")
    ("For better or worse, marking a mayor's first 100 days has become a ritual in Veldhaven.", "opinion"),
    # ... but a report of what happened on a named day stands, whatever side of it is hedged
    # (neus-val-0239's primaries, 0257's shutdown: both ledes judged right)
    ("Veldhaven and Kessel held elections Tuesday, but the winners probably won't be known until next week.",
     "fact"),
])
def test_captions_asides_opinion_and_forecasts_are_told_from_reports(sentence: str, kind: str) -> None:
    assert classify(sentence) == kind


def test_captions_corrections_and_asides_are_never_printed_as_facts() -> None:
    text = (
        "The Veld estuary reopened to shipping on Monday after a tanker that ran aground was refloated.\n\n"
        "In this Oct. 2, 2024, file photo, workers repair the quay wall at Veldhaven.\n\n"
        "CORRECTS name of harbour master in second paragraph.\n\n"
        "When I crossed on the ferry last summer, the queue stretched for a mile along the quay.\n\n"
        "Divers found no leak in the tanker's hull, the coastguard said on Monday."
    )
    printed = " ".join(_texts(make_brief([_article("Veld Post", text)])))
    for aside in ("file photo", "CORRECTS", "When I crossed"):
        assert aside not in printed


def test_a_title_before_a_name_is_no_surname_two_people_share() -> None:
    # The eighty-fifth reading (multinews-073): "Kansas Sen. Jerry Moran" and "Missouri Sen. Roy Blunt" made
    # "Sen" a surname two people share, so '..., said Sen. Roy Blunt' read as a speaker the sentence
    # does not name and was glued to the writer's sentence before it.
    text = "The plan was backed by Kessel Sen. Ada Wren and opposed by Veld Sen. Olav Tal on Monday."
    assert shared_surnames(text) == frozenset()
    assert not leans_back("“We shift the ground,” said Sen. Olav Tal of Veld.", shared_surnames(text))


def test_a_caption_that_points_back_to_its_heading_is_not_printed_with_it() -> None:
    # multinews-003 printed "Marks of butchery evident on teen's remains discovered at the site. This
    # August 2012 photo shows ...": the caption, which "This" joined to the heading above it.
    text = (
        "The Veld estuary reopened to shipping on Monday after a tanker that ran aground was refloated.\n\n"
        "Divers worked through the night to free the tanker from the sandbank. This May 2024 photo shows the "
        "tanker's bow on the sandbank at low tide.\n\n"
        "No oil leaked from the tanker's hull, the coastguard said on Monday."
    )
    units = segment(_article("Veld Post", text), 0)
    assert all(u.kind == "aside" for u in units if "photo shows" in u.text), units
    assert any(u.kind == "fact" and u.text.startswith("Divers worked") for u in units)


@pytest.mark.parametrize(("sentence", "printed"), [
    ("(VNS) - Patience is running out in the capital over the ferry strike.",
     "Patience is running out in the capital over the ferry strike."),
    ("VELDHAVEN, North Province — The ferry strike entered its third day on Monday.",
     "The ferry strike entered its third day on Monday."),
    ("UPDATE: 905 a.m. - Veldhaven police report the missing ferry captain was found safe on Monday.",
     "Veldhaven police report the missing ferry captain was found safe on Monday."),
    # a place in title case before a wire's name (multinews-114: "Moscow (AFP) - Russian President ...")
    ("Veldhaven (AFP) - The ferry strike entered its third day on Monday.",
     "The ferry strike entered its third day on Monday."),
    ("Veld City, North Province (CNN) -- The ferry strike entered its third day on Monday.",
     "The ferry strike entered its third day on Monday."),
    # ... where CNN leaves out the dash (neus-val-0159: "Washington (CNN)Sen. Rand Paul ...")
    ("Veldhaven (CNN)The ferry strike entered its third day on Monday.",
     "The ferry strike entered its third day on Monday."),
    ("Veldhaven (CNN) The ferry strike entered its third day on Monday.",
     "The ferry strike entered its third day on Monday."),
    ("The ferry strike (CNN reported) entered its third day on Monday.",
     "The ferry strike (CNN reported) entered its third day on Monday."),
    # ... and a place in capitals with no dash at all (multinews-016: "HOUSTON A man who had fired ...")
    ("VELDHAVEN A man who fired a flare at the ferry terminal was arrested on Monday.",
     "A man who fired a flare at the ferry terminal was arrested on Monday."),
    ("VELD CITY, N.P. The ferry strike entered its third day on Monday.",
     "The ferry strike entered its third day on Monday."),
    ("NATO ships escorted the Veld ferry through the strait on Monday.",
     "NATO ships escorted the Veld ferry through the strait on Monday."),
    # ... and one word in title case, a publication's (the sixty-third reading: multinews-107's
    # lede and headline opened "Computerworld - Apple today announced ...")
    ("Harbourworld - The ferry line today announced it would sail to Kessel from next week.",
     "The ferry line today announced it would sail to Kessel from next week."),
    ("Ada Wren — the ferry captain — said on Monday the strike would end.",
     "Ada Wren — the ferry captain — said on Monday the strike would end."),
    # ... and a scoop marker, the outlet's billing of its report
    ("EXCLUSIVE: The ferry line has hired a second captain for the Kessel crossing.",
     "The ferry line has hired a second captain for the Kessel crossing."),
    ("BREAKING… The ferry strike is over, the union said.", "The ferry strike is over, the union said."),
    ("EXCLUSIVE is the word the ferry line's advertisements use most.",
     "EXCLUSIVE is the word the ferry line's advertisements use most."),
    # ... and a dash set close to the story, as the Wall Street Journal sets it (found by a scan of the
    # printed items in session 31: neus-val-0248's lede opened "WEST PALM BEACH, Fla.—President Trump ...")
    ("VELD CITY, N.P.—The ferry strike entered its third day on Monday.",
     "The ferry strike entered its third day on Monday."),
    ("U.S.—Veld talks on the ferry line resumed on Monday.", "U.S.—Veld talks on the ferry line resumed on Monday."),
])
def test_a_dateline_is_the_one_thing_dropped(sentence: str, printed: str) -> None:
    assert compress(sentence) == printed


@pytest.mark.parametrize(("sentence", "printed"), [
    # the 129th reading, multinews-147: "Saudi Aramco [SDABO.UL]" was printed as written
    ("The state ferry line [VELDF.UL] will sell shares next year, the minister said.",
     "The state ferry line will sell shares next year, the minister said."),
    ("Shares of Veld Ferries <VELD.AS> fell 4% on Monday.", "Shares of Veld Ferries fell 4% on Monday."),
    ("The ferry line [pictured] will sell shares, and the [FTSE] index rose on Monday.",
     "The ferry line [pictured] will sell shares, and the [FTSE] index rose on Monday."),
    # the 131st reading, multinews-072: '... the “dispensation of the fulness of times.”5' read as a citation
    ("The charter called it “the first quay of the free harbour.”5 Ferries sailed from it until 1890.",
     "The charter called it “the first quay of the free harbour.” Ferries sailed from it until 1890."),
    ("The charter called it “the first quay of the free harbour.”12",
     "The charter called it “the first quay of the free harbour.”"),
    ("“We are closing,” she said.”5 people lost their jobs on Monday.",
     "“We are closing,” she said.”5 people lost their jobs on Monday."),
])
def test_a_wires_instrument_code_or_a_footnote_number_is_not_printed(sentence: str, printed: str) -> None:
    assert compress(sentence) == printed


@pytest.mark.parametrize(("sentence", "printed"), [
    # multinews-133 (reading 33e): the lede printed "The San Antonio Spurs guard (pictured) — injured ..."
    ("The Veld Rovers goalkeeper (pictured) filed a lawsuit against the quay bar on Monday.",
     "The Veld Rovers goalkeeper filed a lawsuit against the quay bar on Monday."),
    ("Ada Wren (left) and Piet Anker signed the ferry deal on Monday.",
     "Ada Wren and Piet Anker signed the ferry deal on Monday."),
    ("The vote moved the harbour board (and its chair) to the right on Monday.",
     "The vote moved the harbour board (and its chair) to the right on Monday."),
])
def test_where_the_pages_photo_shows_someone_is_not_printed(sentence: str, printed: str) -> None:
    assert compress(sentence) == printed


def test_no_sentence_is_both_a_fact_and_part_of_a_narrative() -> None:
    brief = make_brief([
        _article("Veld Post", (
            "The port should have replaced its cranes years ago, when inspectors first warned of the risk. "
            "Ignoring those warnings was a failure of oversight that the workers paid for.\n\n"
            "A crane collapsed at the Veldhaven terminal on Friday, injuring 12 dock workers."
        )),
        _article("Quay Daily", "Twelve dock workers were hurt when a crane collapsed at Veldhaven on Friday."),
    ])
    facts = {(s.source, s.start) for f in _printed(brief) for s in f.support[:1]}
    argued = {(s.source, s.start) for n in brief.narratives for s in n.support}
    assert not facts & argued


@pytest.mark.parametrize(("a", "b"), [
    ("The 15-year-old ferry hand at the Veldhaven terminal was charged on Monday.",
     "The 18-year-old ferry hand at the Veldhaven terminal was charged on Monday."),
    ("The tanker was the second ship to run aground at the Veldhaven terminal this year.",
     "The tanker was one of three ships to run aground at the Veldhaven terminal this year."),
])
def test_ages_and_ranks_are_not_counts_in_dispute(a: str, b: str) -> None:
    assert not any(c.startswith("how many") for c in _contested(a, b))


@pytest.mark.parametrize(("question", "answer_stands"), [
    # multinews-033 (reading 35a) printed "Foxboro, Massachusetts, home of the New England Patriots and
    # a location where the Bills haven't recorded a victory since ...": the answer to "That place?"
    (" That place? ", False),
    (" His basis? ", False),
    (" What did the harbour board decide at its meeting on Monday? ", True),
    # a full stop after a capital ends no sentence: the question is long
    (" What does the move mean for the U.S. fleet? ", True),
    # a question set as a heading is answered by the paragraph below it, whose sentences stand alone
    ("\n\nWhere was it moved?\n\n", True),
    # someone's question, quoted, sets up nothing (review of session 35)
    (' "Why not?" ', True),
])
def test_the_answer_to_a_few_word_question_is_no_fact_alone(question: str, answer_stands: bool) -> None:
    answer = "Veldhaven quay, home of the ferry fleet, was cleared on Tuesday."
    # (and no unit that opens on the answer, however long: the sentence after it leans on it)
    text = f"Piet Anker said the tanker would be moved on Monday.{question}{answer} It had been shut since 2019."
    opening = [u for u in segment(_article("Quay Daily", text), 0) if u.text.startswith("Veldhaven")]
    assert opening and all((u.kind != "fragment") is answer_stands for u in opening), opening


@pytest.mark.parametrize(("before", "alone"), [
    # multinews-049 (reading 35b): Rubio's '"Winning a general election with a nominee that ... the base
    # thinks stole it ... would be pretty much fatal for the party," Rubio said' was printed without
    # "Even if he had won the nomination against the odds, Rubio said, the victory could prove pyrrhic."
    ("Even if the board had kept the ferries, Piet Anker said, the win could prove costly.", False),
    ("If the strike goes on, the board will sell two ferries, Piet Anker said.", False),
    ("The harbour board kept the night ferries on Monday, Piet Anker said.", True),
])
def test_what_would_be_after_a_supposition_is_printed_with_it_or_not_at_all(before: str, alone: bool) -> None:
    quote = "\u201cKeeping crews who think the vote was stolen would be fatal for the port,\u201d Anker said."
    units = segment(_article("Quay Daily", f"{before}\n\n{quote}\n\nThe ferries sailed on Tuesday."), 0)
    printable = [u.text for u in units if u.kind not in ("fragment", "aside")]
    assert (quote in printable) is alone, printable


@pytest.mark.parametrize(("figure", "alone"), [
    # allsides-6080 (reading 35o) printed "As of Wednesday, 684 new deaths had been reported, data from
    # Johns Hopkins University showed." without the sentence before: 684 is the seven-day average
    ("As of Friday, 41 new crossings had been cancelled, port data showed.", False),
    ("As of Friday, the average stood at 41 cancelled crossings, port data showed.", True),
    ("As of Friday, 12 ferries had been taken out of service, port data showed.", True),
])
def test_a_figure_whose_measure_the_sentence_before_names_is_not_printed_alone(figure: str, alone: bool) -> None:
    before = "The seven-day average of new Veldhaven crossings cancelled has hit its lowest point since May."
    units = segment(_article("Quay Daily", f"{before}\n{figure}\n\nThe ferries sailed on Tuesday."), 0)
    printable = [u.text for u in units if u.kind not in ("fragment", "aside")]
    assert (figure in printable) is alone, printable


def test_the_speakers_sentence_before_a_quotation_that_runs_on_is_never_printed_alone() -> None:
    text = (
        '"The channel is safe," harbour master Piet Anker told reporters on Monday. '
        '"We have checked every buoy twice and the tanker is gone."'
    )
    units = segment(_article("Quay Daily", text), 0)
    assert [u.kind for u in units] == ["fragment", "quote"]
    assert units[1].text == text


@pytest.mark.parametrize("text", [
    # the speaker's sentence quotes a word or two: the quotation after it does not go on from it
    'The harbour board said on Tuesday that boats in "unsafe" or "very unsafe" waters should stay in port.\n\n'
    '"The storm is showing us every day how fast it can turn," Ada Wren, the board\'s chair,...',
    'Harbour master Piet Anker said the channel was "safe" again.\n\n"We have checked every buoy twice."',
])
def test_a_sentence_quoting_a_word_before_a_quotation_is_no_part_of_it(text: str) -> None:
    # Reading 44a (allsides-5825, MISLEADS): MarketWatch's 'the CDC said Tuesday that people in areas with
    # "substantial" or "high" rates ... should go back to wearing masks' was read as the opening of the
    # cut quotation after it and never printed; the brief said no article reported what happened.
    units = segment(_article("Quay Daily", text), 0)
    assert units[0].kind == "fact" and units[0].text == text.split("\n\n")[0], units


@pytest.mark.xfail(strict=True, reason=(
    "reading 44f (MISLEADS), multinews-119: PBS's earlier report quoted the Forest Service chief 'in an email' "
    "('I'm in support of this investigation ...'), printed beside the later 'Mr. Tooke wrote in the email to Forest "
    "Service staff that his retirement would be effective immediately', so the two read as one email and the earlier "
    "support for the inquiry as his farewell; no rule yet holds back an earlier article's statement that does not "
    "report the lede's later event, nor dates it; found at the end of session 44, not yet attempted"
))
def test_an_earlier_reports_statement_is_not_printed_as_said_at_the_later_event() -> None:
    older = Article(
        text=(
            "The Ostermoor harbour board has hired an independent investigator to look into complaints against "
            "Harbour Chief Ada Wren, the board confirmed on Monday.\n\n"
            "Several pilots accused Wren of bullying junior staff, according to board documents.\n\n"
            'When asked about the allegations, Wren said in an email: "I support this investigation, and I have '
            'fully cooperated from the start. I expect to be held to the same standards as every other harbour '
            'employee."'
        ),
        outlet="Quay Daily", title="Board investigates harbour chief", id="old", published="2030-03-01",
    )
    newer = Article(
        text=(
            "Ostermoor Harbour Chief Ada Wren resigned on Thursday, days after the board opened an inquiry into "
            "complaints that she bullied junior staff.\n\n"
            "Wren wrote in the email to harbour staff that her retirement would be effective immediately.\n\n"
            "The board named her deputy, Olav Tal, as acting chief."
        ),
        outlet="Veld Post", title="Harbour chief resigns amid inquiry", id="new", published="2030-03-08",
    )
    texts = _texts(make_brief([older, newer], config=load_config().with_max_words(250)))
    assert any("resigned" in t for t in texts), texts
    assert not any("said in an email" in t for t in texts), texts


def test_where_only_columns_tell_a_story_a_fact_is_what_two_of_them_tell() -> None:
    # Readings 44b and 44c: in stories told only by columns, the lede was one column's set-up ("In Rob
    # Reiner's 1987 cult comedy, ...", "For months the refrain across Cuba has been ...") or its own
    # telling ("... by Palestinian terrorists"), printed as the news.
    def column(id: str, outlet: str, text: str) -> Article:
        return Article(text=text, outlet=outlet, title="The levy", url=f"https://{id}.example/opinion/levy", id=id)

    first = column("a", "Veld Post", (
        "In the old harbour film, the captain sings to the gulls as the boats come in.\n\n"
        "The Ostermoor council approved a levy of 40 euros a tonne on fish landed at the harbour on Tuesday."
    ))
    second = column("b", "Coast Herald", (
        "The Ostermoor council on Tuesday approved a levy of 40 euros a tonne on fish landed at the harbour.\n\n"
        "Every skipper on the quay knows what a tonne of cod is worth this spring."
    ))
    brief = make_brief([first, second])
    assert brief.lede is not None and "approved" in brief.lede.text and brief.lede.independent == 2, brief.lede
    assert not any("film" in f.text or "skipper" in f.text for f in brief.facts), brief.facts
    alone = make_brief([first])
    assert alone.lede is None and not alone.facts


@pytest.mark.parametrize("sentence", [
    "July 4 (VNS) -- A court in Veldhaven sentenced the captain to 13 years in prison on Tuesday.",
])
def test_a_dated_agency_dateline_is_dropped(sentence: str) -> None:
    assert compress(sentence).startswith("A court in Veldhaven")


@pytest.mark.parametrize("arrested", [
    "Harbour police arrested the ferry captain Ada Wren in May 2029 on charges of smuggling.",
    "Last month, harbour police arrested the ferry captain Ada Wren on charges of smuggling.",
    # multinews-145 led with the book's first sale "on March 26, 1830", the story's history.
    "Harbour police first arrested the ferry captain Ada Wren on March 26, 1899, on charges of smuggling.",
    # multinews-132: "Between November 2016 and October 2017, a strange illness afflicted ..."
    "Between May 2027 and June 2028, harbour police arrested the ferry captain Ada Wren four times.",
], ids=["in a past month", "last month", "a past century", "between past years"])
def test_the_lede_is_not_the_background_of_the_news(arrested: str) -> None:
    # Thirty-second reading: "Last month, two dozen diplomats ... warned" led the Kabul airlift.
    brief = make_brief([
        _article("Veld Post", (
            f"{arrested}\n\n"
            "A court in Veldhaven sentenced Wren to 13 years in prison on Tuesday for smuggling fuel."
        )),
        _article("Quay Daily", (
            f"{arrested}\n\n"
            "The court in Veldhaven sentenced Wren to 13 years in prison on Tuesday for smuggling."
        )),
    ])
    assert brief.lede is not None and "sentenced" in brief.lede.text, brief.lede.text


def test_a_poll_named_in_the_sentence_before_is_printed_with_it() -> None:
    text = (
        "Mayor Ada Wren gained ground in Veldhaven, according to a poll by the Harbour Institute.\n\n"
        "The poll of 500 likely voters found Wren trailing her rival 38 percent to 55 percent."
    )
    for unit in segment(_article("Veld Post", text), 0):
        if "38 percent" in unit.text:
            assert unit.text.startswith("Mayor Ada Wren gained ground"), unit.text


def test_a_condition_is_not_reported_as_what_happened() -> None:
    assert classify("If convicted, the captain faces up to ten years in prison.") == "opinion"


def test_a_time_zone_after_a_clock_time_does_not_end_the_sentence() -> None:
    text = "The ferry docked at 10:30 p.m. Eastern time, and 13 minutes later the crew left it."
    assert [u.text for u in segment(_article("Veld Post", text), 0)] == [text]


def test_an_aldermans_title_does_not_end_the_sentence() -> None:
    text = "The captain was charged with assaulting Ald. Ada Wren at the quay on Monday evening."
    assert [u.text for u in segment(_article("Veld Post", text), 0)] == [text]


def test_a_date_is_not_a_count() -> None:
    brief = make_brief([
        _article("Veld Post", "The ferry captain went missing at Veldhaven on April 14, his family said."),
        _article("Quay Daily", "The ferry captain went missing at Veldhaven on April 15, the police said."),
    ])
    assert not any(c.about.startswith("how many") for c in brief.contested)


@pytest.mark.parametrize(("quote", "alone"), [
    ('"We will reopen the channel by Friday," Wren added.', False),
    ('"We will reopen the channel by Friday," coastguard chief Ada Wren added.', True),
    ('"We will reopen the channel by Friday," said Wren.', False),
])
def test_a_quotation_by_one_of_two_people_with_one_surname_names_which(quote: str, alone: bool) -> None:
    # The article has two Wrens: "Wren added" alone cannot say which of them spoke.
    assert leans_back(quote, shared_surnames("Ada Wren met Tomas Wren at the quay.")) is not alone


def test_a_surname_alone_is_enough_where_the_article_has_one_person_by_that_name() -> None:
    assert not leans_back('"We will reopen the channel by Friday," Wren added.', shared_surnames("Ada Wren spoke."))


@pytest.mark.parametrize("cut", ["...", "…", " . . ."], ids=["dots", "ellipsis", "spaced dots"])
def test_a_teaser_cut_mid_sentence_is_never_printed(cut: str) -> None:
    text = f"The ferry captain who went missing on Friday was found safe on Sunday, his family said,{cut}"
    assert [u.kind for u in segment(_article("Veld Post", text), 0)] == ["fragment"]


def test_two_versions_of_one_article_count_as_one_source() -> None:
    first = (
        "The Veld estuary reopened to shipping on Monday after divers found no damage to the hull of the "
        "tanker that ran aground on Sunday. Coastguard chief Ada Wren said the channel was safe. The tanker "
        "was carrying 40,000 tonnes of diesel. Fishermen were told to stay in port until Tuesday."
    )
    updated = first + " The tanker's owner said it would pay for the salvage operation."
    brief = make_brief([_article("Veld Post", first), _article("Veld Post Online", updated)])
    assert all(f.independent == 1 for f in _printed(brief))


def test_sentences_glued_without_a_space_are_split() -> None:
    text = "The tanker carried 40,000 tonnes of diesel.The coastguard said no fuel had leaked into the estuary."
    units = [u.text for u in segment(_article("Veld Post", text), 0)]
    assert units == [
        "The tanker carried 40,000 tonnes of diesel.", "The coastguard said no fuel had leaked into the estuary.",
    ]



def test_sentences_glued_after_a_one_character_word_are_split() -> None:
    # multinews-077: 'starring in the play "9 to 5."The punishment for a first offender ...' was one sentence.
    text = 'Wren has been starring in the play "9 to 5."The fine for a first offence is 500 crowns.'
    units = [u.text for u in segment(_article("Veld Post", text), 0)]
    assert units == ['Wren has been starring in the play "9 to 5."', "The fine for a first offence is 500 crowns."]


@pytest.mark.parametrize("dash", ["--", "—"])
def test_a_dash_set_between_two_sentences_ends_the_first(dash: str) -> None:
    # The 127th reading (multinews-077): "Struthers' arraignment is set for December 14.-- A rep for
    # Struthers released a statement ..." was printed as one sentence.
    text = f"The captain's hearing is set for December 14.{dash} A lawyer for Ada Wren said she would plead not guilty."
    units = [u.text for u in segment(_article("Veld Post", text), 0)]
    assert units == [
        "The captain's hearing is set for December 14.", "A lawyer for Ada Wren said she would plead not guilty.",
    ]


    text = (
        'The ferry line has removed photographs of striking crews from its page.\"Our crews are not a '
        'scandal,\" union leader Piet Varga wrote on Monday. He said "we will not go back to work."The union '
        "meets again on Friday."
    )
    units = [u.text for u in segment(_article("Veld Post", text), 0)]
    assert units[0] == "The ferry line has removed photographs of striking crews from its page."
    assert units[1].startswith('"Our crews are not a scandal," union leader Piet Varga wrote'), units
    assert units[-1] == "The union meets again on Friday.", units


def test_a_name_spelt_with_an_exclamation_mark_does_not_end_the_sentence() -> None:
    text = "Singer Mara Holt shared the first photographs of her daughter with HOLA! USA on Tuesday, a spokesman said."
    assert [u.text for u in segment(_article("Veld Post", text), 0)] == [text]



def test_a_gallery_caption_cut_short_and_credited_is_never_a_fact() -> None:
    text = (
        "Veld's pension fund said on Wednesday it will stop paying former coach Arno Kess's pension.\n\n"
        "Former coach Arno Kess is driven from the Veldhaven courthouse after being sentenced, Tuesday, Oct. 9, "
        "2029. Kess was sentenced to... (Associated Press)\n\n"
        "The fund notified Kess of its decision by letter on Tuesday, a spokesman said."
    )
    kinds = {u.text[:20]: u.kind for u in segment(_article("Veld Post", text), 0)}
    assert kinds["Former coach Arno Ke"] == "aside", kinds
    assert kinds["The fund notified Ke"] == "fact", kinds


@pytest.mark.parametrize("opening", ["FILE - In this May 3, 2027 file photo, ", "In this May 3, 2027 photo, "])
def test_every_sentence_of_a_wire_photo_caption_is_the_captions(opening: str) -> None:
    # multinews-012: "Patrick Kennedy says Lawford died ..." was printed from an AP caption paragraph.
    text = (
        f"{opening}former coach Arno Kess appears at a dinner in Veldhaven, Veld. Ada Kess says her brother died "
        "of a heart attack on Tuesday, June 4, 2030, in Ostmark. He was 63. (Photo by Ada Wren/Invision for Veld\n\n"
        "Former Veld coach Arno Kess, who led the island's team to its only title, has died, his sister said."
    )
    units = segment(_article("Veld Post", text), 0)
    assert all(u.kind == "aside" for u in units if "Ada Kess says" in u.text), [(u.kind, u.text) for u in units]
    assert [u.kind for u in units if u.text.startswith("Former Veld coach")] == ["fact"]


@pytest.mark.parametrize("opener", [
    "Two years later", "Moments later", "A day later", "Minutes later",
    # the fourth reading of session 32 (multinews-024): "Within minutes, the post garnered hundreds of
    # comments ..." printed after her apology read as the apology's, not the joke's
    "Within minutes", "Within a few hours",
])
def test_a_time_told_from_the_sentence_before_leans_on_it(opener: str) -> None:
    assert leans_back(f"{opener}, the ferry captain was arrested in Ostmark on a warrant from Veldhaven.")


@pytest.mark.parametrize(("sentence", "leans"), [
    # the fourth reading of session 32 (multinews-036): "Eva has since moved into a mansion ..." after
    # the unprinted "Back in March ... put her Hollywood Hills home on the market"
    ("Wren has since moved into a house on the Veld quay.", True),
    ("Ada Wren has since then moved into a house on the Veld quay.", True),
    ("Within hours of the crash, the ferry captain was arrested in Ostmark.", False),
    ("Wren has since 2019 lived in a house on the Veld quay.", False),
    ("Wren won the regatta in 2019 but has since sold her boat.", False),
])
def test_a_deed_since_what_the_sentence_before_told_leans_on_it(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


@pytest.mark.parametrize(("sentence", "leans"), [
    ("Twenty-two percent predicted the strike would last until spring.", True),
    ("41 percent said the board was to blame, the poll found.", True),
    # multinews-046: which group's five percent, only the sentence before said
    ("Only five percent, or 812, were islanders.", True),
    ("About 30% were ferry workers.", True),
    # multinews-142 (the eighty-seventh reading): "A majority (52%) say ..." of whom, the sentence before said
    ("A majority (52%) say they'd like the ferry to keep running.", True),
    ("Half said the board was to blame.", True),
    ("A majority of islanders say they'd like the ferry to keep running.", False),
    ("A majority in the harbour council backed the plan on Monday.", False),
    ("Among those polled, most blamed the board for the strike.", True),
    ("Anker went on to say that the board had panicked during the talks.", True),
    ("Alternately, the strike could have been a way to force the board's hand.", True),
    ("Many cheered on the quay, celebrating the end of the strike.", True),
    ("Many ferry workers cheered on the quay on Monday.", False),
    ("The method, which lets voters rank the candidates, has gained support in Veldhaven.", True),
    ("Sixty percent of commuters said the board was to blame.", False),
    ("Fares rose 12 percent on Monday, the ferry line said.", False),
    ("Only five percent of the islanders, or 812, took the ferry.", False),
])
def test_a_share_of_a_group_the_sentence_before_named_leans_on_it(sentence: str, leans: bool) -> None:
    # "Twenty two percent predicted ...": percent of whom, only the sentence before says.
    assert leans_back(sentence) is leans


@pytest.mark.parametrize(("sentence", "earlier"), [
    ("The Harbour Party's Wren was poised to become the island's first female premier.", True),
    ("Talks were expected to resume on Monday, officials said.", True),
    ("Wren has been elected the island's first female premier.", False),
    ("Officials said the talks, which were expected to resume on Monday, had collapsed.", False),
])
def test_a_report_of_what_was_yet_to_come_is_told_from_the_deed(sentence: str, earlier: bool) -> None:
    # An earlier step of the lede ("was poised to become" beside "has been elected") is not printed.
    assert was_to_come(sentence) is earlier


@pytest.mark.parametrize(("preview", "old"), [
    ("Mayor Ada Wren is expected to choose a new harbour master for Veldhaven before the summer.", True),
    ("Ada Wren is to be formally sworn in as harbour master of Veldhaven at the quay.", True),
    ("Mayor Ada Wren is expected to choose 3 deputies for the Veldhaven harbour board as well.", False),
])
def test_a_preview_of_what_a_fact_printed_reports_done_is_old_news(preview: str, old: bool) -> None:
    # "Trump is expected to choose ..." printed after "Trump has chosen ...".
    done = ["Mayor Ada Wren has chosen Piet Anker as harbour master of Veldhaven.",
            "Ada Wren was sworn in as mayor of Veldhaven on Monday."]
    sentences = _openings(*done, preview)
    assert overtaken(sentences[-1], sentences[:-1]) is old


@pytest.mark.parametrize(("report", "old", "other"), [
    # allsides-5950 printed "In the next few days, the United States will surpass 600,000 deaths"
    # after a lede on the toll "reaching more than 600,000" on Tuesday.
    ("Veldhaven hit a grim mark on Tuesday, reaching more than 6,000 ferry crossings cancelled this year.",
     "In the next few days, Veldhaven will surpass 6,000 ferry crossings cancelled, the board said.",
     "In the next few days, Veldhaven will surpass 7,000 ferry crossings cancelled, the board said."),
    # The third reading of session 32 (allsides-5894): "Rescue teams are expected to resume the search
    # ... once the demolition is complete at the Champlain Towers South condo building" was printed
    # under "Search crews resumed their work after ... the partially collapsed condo building in
    # Surfside, Florida, was brought down": no name in common, and "resume" and "resumed" stem apart.
    ("Divers resumed their search of the sunken ferry after the wreck in Veldhaven harbour was raised on Sunday.",
     "Divers are expected to resume the search of the ferry once the Kessel Star wreck is raised.",
     "Divers are expected to resume the search of the quay walls once the tide turns at Kessel Pier."),
], ids=["a mark reached", "a place named otherwise"])
def test_a_preview_of_what_the_lede_reports_done_is_old_news(report: str, old: str, other: str) -> None:
    sentences = _openings(report, old, other)
    assert overtaken(sentences[1], sentences[:1])
    assert not overtaken(sentences[2], sentences[:1])


@pytest.mark.parametrize(("fact", "printed"), [
    ("A harbour worker who spent 20 years in prison walked free from jail on Monday, her lawyers said.", False),
    ("A fire investigator says the judge was right to free the harbour worker from jail on Monday.", True),
    ("Wren walked free from jail and thanked her lawyers outside the gate.", True),
    # the ninety-sixth reading: multinews-108 printed "A 1-ton European science satellite plunged back
    # into Earth's atmosphere ..." after the lede that told Goce re-entered and burned up
    ("A 52-year-old harbour worker walked free from jail after a judge freed her.", False),
    # ... where a year says which one it is, it is not introduced afresh
    ("A 2004 harbour fire inquiry found that a judge had freed a worker from jail.", True),
])
def test_another_outlets_lede_introducing_the_lede_s_people_afresh_is_not_printed_after_it(
    fact: str, printed: bool
) -> None:
    # "A mom who has been behind bars since 1996 ... walked free" after the lede that named her.
    lede = "Ada Wren, jailed for 20 years for a harbour fire, walked free from jail on Monday after a judge freed her."
    sentences, sim = _openings(lede, fact), _alike(0.4)
    groups = [FactGroup((0,), 0, 2.0), FactGroup((1,), 1, 1.0)]
    assert (len(without_second_ledes(groups, sentences, sim)) == 2) is printed


@pytest.mark.parametrize(("fact", "alike", "printed"), [
    ("The Veldhaven council on Monday named Ada Wren the harbour's first woman harbour master.", 0.6, False),
    # Without the lede's day (which tells the same news whatever it adds: the next test), a figure
    # added is news, and a sentence less alike another happening.
    ("The Veldhaven council named Ada Wren harbour master on a salary of 90,000 euros.", 0.6, True),
    ("The Veldhaven council named Ada Wren the harbour's first woman harbour master.", 0.4, True),
])
def test_another_outlets_opening_that_retells_the_lede_is_not_printed_after_it(
    fact: str, alike: float, printed: bool
) -> None:
    # "The FDA on Monday approved Biogen's drug" after the lede that reports the approval: no figure added.
    lede = "Ada Wren became Veldhaven's first woman harbour master on Monday, chosen by the town council."
    sentences, sim = _openings(lede, fact), _alike(alike)
    groups = [FactGroup((0,), 0, 2.0), FactGroup((1,), 1, 1.0)]
    assert (len(without_second_ledes(groups, sentences, sim)) == 2) is printed


@pytest.mark.parametrize(("fact", "printed"), [
    ("The town council on Monday appointed Ada Wren to run the Veldhaven port, paying her 90,000 euros.", False),
    ("A fire investigator said on Monday that the council was right to appoint Ada Wren harbour master.", True),
    ("The town council on Friday appointed Ada Wren to run the Veldhaven port, paying her 90,000 euros.", True),
    ("Dockers at Veldhaven went on strike on Monday over night-shift pay at the container terminal.", True),
], ids=["the lede's day and news", "someone else's word on it", "another day", "the same day, other news"])
def test_another_outlets_opening_on_the_ledes_day_and_news_is_not_printed_after_it(fact: str, printed: bool) -> None:
    # Stories of two or three outlets: each opens on the day's news in its own words and details
    # ("a federal judge issued an injunction on Friday" after "On Friday, a federal judge blocked");
    # readers of the AllSides stream called 15 of 16 such openings duplicates, figures added or not.
    lede = "Ada Wren became Veldhaven's first woman harbour master on Monday, chosen by the town council."
    sentences, sim = _openings(lede, fact), _alike(0.3)
    groups = [FactGroup((0,), 0, 2.0), FactGroup((1,), 1, 1.0)]
    assert (len(without_second_ledes(groups, sentences, sim)) == 2) is printed


def test_another_outlets_opening_below_its_photo_caption_that_retells_the_lede_is_not_printed_after_it() -> None:
    # multinews-012: AP's "Author and actor Christopher Kennedy Lawford ... has died" opened the
    # story below two caption paragraphs, so it did not count as the article's opening.
    lede = "Ada Wren became Veldhaven's first woman harbour master on Monday, chosen by the town council."
    fact = "The Veldhaven council on Monday chose Ada Wren as the port's first woman harbour master."
    caption = "In this May 3, 2027 photo, Ada Wren walks on the Veldhaven quay."
    sentences = [
        sentence(0, lede, 0, len(lede), 0),
        replace(sentence(1, caption, 0, len(caption), 0), kind="aside"),
        sentence(1, caption + " " + fact, len(caption) + 1, len(caption) + 1 + len(fact), 1),
    ]
    sim = _unalike(3)
    sim[0, 2] = sim[2, 0] = 0.6
    groups = [FactGroup((0,), 0, 2.0), FactGroup((2,), 2, 1.0)]
    assert without_second_ledes(groups, sentences, sim) == groups[:1]


def test_a_fact_that_restates_one_printed_before_it_is_told_as_that_ones() -> None:
    # multinews-021 printed Miles's "I'm really not that bad a person ... the alcohol ... turned me into
    # a monster" after another outlet's "Miles said that she's not a bad person but that alcohol had
    # turned her 'into a monster'": one claim twice, each single-sourced, where each states the other.
    # Sentences 0 and 1 state each other's claim; 2 another.
    groups = [FactGroup((k,), k, 2.0 - k / 10) for k in range(3)]
    mutual = {(0, 1), (1, 0)}
    kept = without_restated(groups, lambda k, rep: (k, rep) in mutual)
    assert [g.rep for g in kept] == [0, 2]
    assert kept[0].members == (0, 1)  # the quoting outlet is cited for the claim
    # One way only (the quotation states more than the report): both stay.
    assert without_restated(groups, lambda k, rep: (k, rep) == (0, 1)) == groups


# --- the lede is the news ------------------------------------------------------------------------------

def _voyage() -> list[Article]:
    return [
        _article("Northern Wire", (
            "Premier Ilse Varga arrived in Ostmark on Thursday for two days of talks on the shared railway.\n\n"
            "Varga was greeted at the station by Ostmark's transport minister, Jan Roos.\n\n"
            "The two countries have disputed the cost of the railway since it opened in 1998."
        ), published="2031-05-08T10:00:00Z"),
        _article("Harbour Herald", (
            "Premier Ilse Varga arrived in Ostmark on Thursday, where she will hold talks on the railway.\n\n"
            "The talks are expected to cover the line's 300 million euro repair bill.\n\n"
            "Relations between the two neighbours have long been strained."
        ), published="2031-05-08T11:00:00Z"),
        _article("Valley Times", (
            "Premier Ilse Varga set off for Ostmark on Wednesday evening for talks on the shared railway.\n\n"
            "The talks are expected to cover the line's 300 million euro repair bill."
        ), published="2031-05-07T20:00:00Z"),
    ]


def test_the_lede_is_the_latest_stage_most_outlets_report() -> None:
    brief = make_brief(_voyage())
    assert brief.lede is not None
    assert "arrived in Ostmark" in brief.lede.text, brief.lede.text
    assert len(brief.lede.sources) >= 2


def _fire_and_its_toll() -> list[Article]:
    """Four outlets' first reports of a ferry fire, then two follow-ups the next day telling the
    count of injured risen since (a newsroom tryout's story: the brief kept "12" in its headline and
    lede, and "19" nowhere, for the follow-up's opening "The number of ..." was read as leaning back)."""
    first = [
        ("Veld Wire", "Ferry fire on the Veld estuary injures 12 passengers",
         "A fire broke out in the engine room of the ferry Aster on the Veld estuary early on Thursday, injuring "
         "12 passengers, the coastguard said.\n\nThe ferry was towed back to Kessel harbour by two tugs."),
        ("Kessel Courier", "Aster ferry fire: 12 hurt, two critical",
         "Twelve passengers were injured on Thursday when fire swept through the engine room of the ferry Aster "
         "on the Veld estuary, the coastguard said.\n\nTwo of them were in critical condition."),
        ("Estuary Post", "Twelve injured in Veld ferry fire",
         "Fire tore through the ferry Aster on the Veld estuary on Thursday morning, injuring 12 passengers, "
         "officials said.\n\nThe operator, Veldlink, said the ship would not sail again this year."),
        ("Harbour Herald", "Ferry Aster fire leaves 12 injured",
         "A fire on the ferry Aster injured 12 passengers on the Veld estuary on Thursday, the coastguard "
         "said.\n\nAbout 140 passengers were brought ashore at Kessel."),
    ]
    later = [
        ("Kessel Courier", "Aster fire: number of injured rises to 19",
         "The number of people injured in Thursday's fire on the ferry Aster rose to 19 on Friday, after seven "
         "more passengers sought treatment for smoke inhalation, the Kessel health board said.\n\nFour of "
         "them were treated and released."),
        ("Estuary Post", "Inquiry opens as Aster fire toll rises",
         "Investigators began examining the engine room of the ferry Aster on Friday, a day after a fire in "
         "which the number of injured has risen to 19, officials said.\n\nThe inquiry could take weeks."),
    ]
    return [
        *(_article(o, text, title, published=f"2031-05-08T{9 + k}:00:00Z") for k, (o, title, text) in enumerate(first)),
        *(_article(o, text, title, published=f"2031-05-09T1{k}:00:00Z") for k, (o, title, text) in enumerate(later)),
    ]


_DUTCH = (
    "De veerboot Aster is donderdag in brand gevlogen op de Veld. Twaalf passagiers raakten gewond en werden "
    "naar het ziekenhuis van Kessel gebracht. De kustwacht sleepte het schip met twee sleepboten naar de haven. "
    "Volgens de rederij zal het schip dit jaar niet meer varen, omdat de machinekamer zwaar beschadigd is."
)


def test_an_article_in_another_language_is_left_out_of_an_english_brief() -> None:
    # multinews-055 printed a Dutch outlet's "In 2002 pleegde beroepscrimineel Octave Durham een
    # geruchtmakende schilderijenroof ..." among its English facts
    english = [replace(a, id=f"{a.id}-{k}") for k, a in enumerate(_fire_and_its_toll()[:2])]
    config = load_config()
    roomy = replace(config, brief=replace(config.brief, max_words=400))  # room for every sentence
    brief = make_brief([*english, _article("Veldkrant", _DUTCH, "Brand op veerboot Aster")], config=roomy)
    assert brief.lede is not None and "Veldkrant" not in {s.outlet for s in brief.sources}
    assert not any("veerboot" in text for text in _texts(brief))
    alone = make_brief([_article("Veldkrant", _DUTCH, "Brand op veerboot Aster")])
    assert alone.lede is not None and "veerboot" in alone.lede.text  # a story told in Dutch only is told


def test_what_a_happening_happened_leads_not_what_it_could_bring() -> None:
    # The tryout's port strike, read as two outlets: the retailers' warning that the strike "could delay
    # holiday shipments" led, and the walk-out itself was left out as the warning's second telling
    wire = ("KESSEL (Veld Wire) — About 300 ferry workers at the port of Kessel walked off the job on Friday after "
            "talks over a plan to automate the gangways broke down, halting most crossings on the Veld estuary.\n\n"
            "The ferry workers' union said the plan to install automated gangways at piers 3 and 4 would cut about "
            "80 jobs over five years. The union's contract expired on Nov. 30.\n\nThe port board said the automation "
            "was needed to compete with larger ports and that no current worker would be laid off.")
    report = ("A strike by about 300 ferry workers at the port of Kessel could strand holiday travellers and cost "
              "island businesses 2 million euros a day, the Veld chamber of commerce warned on Friday.\n\n"
              "Members of the ferry workers' union walked out before dawn after talks with the port board over "
              "automated gangways collapsed on Thursday night.\n\nThe union says the automation would cut about 80 "
              "jobs.\n\nPort board chair Ada Wren said no current worker would lose a job.")
    brief = make_brief([_article("Veld Wire", wire, "Kessel ferry workers strike"),
                        _article("Island Ledger", report, "Strike threatens holiday crossings")])
    assert brief.lede is not None and "walked off the job" in brief.lede.text, brief.lede.text


def test_an_outlet_that_republished_a_report_is_shown_as_the_same_report() -> None:
    # The final reading of the tryout's port strike: "1,2,3" read as three outlets' confirmation of
    # one wire story that two papers reprinted word for word
    wire = _article("Veld Wire", _WIRE_STORY, "Kessel ferry workers strike")
    copy = replace(wire, outlet="Kessel Courier", id="kessel-courier")
    report = _article("Island Ledger", _OWN_REPORT, "Ferry strike halts crossings")
    brief = make_brief([wire, copy, report])
    by_outlet = {s.outlet: s for s in brief.sources}
    assert by_outlet["Kessel Courier"].same_report_as == by_outlet["Veld Wire"].number
    assert by_outlet["Veld Wire"].same_report_as is None and by_outlet["Island Ledger"].same_report_as is None
    line = next(line for line in render_markdown(brief).splitlines() if line.startswith("Sources:"))
    assert f"Kessel Courier (the same report as {by_outlet['Veld Wire'].number})" in line
    sources = brief_to_dict(brief)["sources"]
    assert [s.get("same_report_as") for s in sources] == [s.same_report_as for s in brief.sources]


_WIRE_STORY = (
    "About 300 ferry workers at the port of Kessel walked off the job on Friday after talks over automated "
    "gangways broke down, halting most crossings on the Veld estuary.\n\nThe union said the plan would cut about "
    "80 jobs over five years.\n\nThe port board said no current worker would be laid off."
)
_OWN_REPORT = (
    "Ferry crossings on the Veld estuary were halted on Friday as about 300 port workers in Kessel went on "
    "strike over automated gangways.\n\nThe island council said it would run extra buses over the bridge."
)


def test_word_for_word_copies_of_a_wire_story_add_nothing_to_what_resembles_it() -> None:
    # A tryout's port strike: two papers republished the wire's story word for word, and another
    # outlet's warning that resembled the wire's opening became the lede, above the walk-out itself
    wire = ["300 ferry workers walked off the job at Kessel on Friday.", "The union said 80 jobs would go.",
            "The contract expired in November.", "The port board wants automated gangways.", "Talks broke down."]
    report = ["A strike by 300 ferry workers at Kessel could cost 2 million euros a day.", "The port is closed."]
    n = len(wire)

    def centrality_of_report(copies: int) -> list[float]:
        texts = wire * (1 + copies) + report
        sentences = [sentence(k // n, t, 0, len(t), k % n) for k, t in enumerate(texts)]
        independence = ["wire"] * (1 + copies) + ["ledger"]
        sim = _unalike(len(texts))
        for k in range(0, n * (1 + copies), n):  # every copy of the wire's opening is like the warning
            sim[k, len(texts) - 2] = sim[len(texts) - 2, k] = 0.8
        return [round(float(c), 6) for c in centrality(sim, sentences, independence)[-2:]]

    assert centrality_of_report(2) == centrality_of_report(0)


def test_a_count_risen_since_the_first_reports_leads_and_the_stale_title_is_not_the_headline() -> None:
    articles = _fire_and_its_toll()
    brief = make_brief([replace(a, id=f"{a.id}-{k}") for k, a in enumerate(articles)])
    assert brief.lede is not None and "19" in brief.lede.text, brief.lede.text
    assert "12" not in brief.headline, brief.headline


def test_a_count_a_later_report_tells_changed_is_not_printed_as_it_stood() -> None:
    # The tryout's follow-up: "Three workers were listed in critical condition" stayed in the brief,
    # cited to the very article saying "Two of the three ... have been upgraded ... One remains in
    # critical condition" (the hundred-and-ninth reading's first finding)
    first = [
        _article("Veld Wire", "A fire on the ferry Aster injured 12 passengers on the Veld estuary on Thursday, the "
                 "coastguard said.\n\nThree passengers were listed in critical condition at Kessel hospital, the "
                 "coastguard said.\n\nThe ferry was towed back to Kessel harbour by two tugs.", "Ferry fire injures 12",
                 published="2031-05-08T09:00:00Z"),
        _article("Kessel Courier", "Twelve passengers were hurt when fire swept through the ferry Aster on Thursday, "
                 "the coastguard said.\n\nThree of them were in critical condition at Kessel hospital on Thursday "
                 "night.\n\nThe operator said the ship would not sail again this year.", "Aster fire: 12 hurt",
                 published="2031-05-08T11:00:00Z"),
    ]
    later = _article("Estuary Post", "Two of the three passengers in critical condition after Thursday's fire on the "
                     "ferry Aster have been moved to a general ward at Kessel hospital, the hospital said on Friday. "
                     "One remains in critical condition.\n\nInvestigators began examining the ferry's engine room on "
                     "Friday.", "Aster fire: two passengers out of intensive care", published="2031-05-09T10:00:00Z")
    stale = "Three passengers were listed in critical condition"
    assert any(text.startswith(stale) for text in _texts(make_brief(first)))
    assert not any(text.startswith(stale) for text in _texts(make_brief([*first, later])))


@pytest.mark.parametrize(("report", "earlier", "changed"), [
    ("Two of them have been moved. One remains in critical condition.", "Three were in critical condition.", True),
    ("Two people remain missing after the flood.", "Five people were missing after the flood.", True),
    ("Two people remain missing after the flood.", "Two people were missing after the flood.", False),
    ("One remains in critical condition.", "Twelve workers were injured on Thursday.", False),
])
def test_a_count_told_as_it_stands_now_changes_an_earlier_one(report: str, earlier: str, changed: bool) -> None:
    assert count_changed(report, earlier) is changed


def test_the_first_reports_lead_while_no_later_one_tells_the_count_changed() -> None:
    articles = _fire_and_its_toll()[:4]
    brief = make_brief([replace(a, id=f"{a.id}-{k}") for k, a in enumerate(articles)])
    assert brief.lede is not None and "12" in brief.lede.text, brief.lede.text


@pytest.mark.parametrize(("report", "earlier", "updated"), [
    ("The number of people injured in the fire rose to 19 on Friday.", "The fire injured 12 passengers.", True),
    ("The death toll climbed to 30 on Friday, officials said.", "At least 21 people were killed in the storm.", True),
    ("The number of people injured in the fire rose to 19 on Friday.", "The fire injured 19 passengers.", False),
    # another count than the one it gives: the ferry's passengers, not the injured
    ("The number of people injured in the fire rose to 19 on Friday.", "The ferry carried 140 passengers.", False),
    ("Ticket sales rose to 19 million on Friday.", "The fire injured 12 passengers.", False),
])
def test_a_count_told_as_risen_updates_an_earlier_report_of_that_count(
    report: str, earlier: str, updated: bool
) -> None:
    assert count_updated(report, earlier) is updated


@pytest.mark.parametrize(("later", "replaces"), [
    ("Premier Ilse Varga arrived in Ostmark by armored train on Tuesday for a significant meeting with President "
     "Jan Roos.", True),
    ("Premier Ilse Varga is travelling to Ostmark by armored train for a significant meeting with President "
     "Jan Roos.", False),
], ids=["arrival", "the journey again"])
def test_a_later_stage_takes_the_place_of_the_journey_it_ends(later: str, replaces: bool) -> None:
    # Our brief of the seed articles led with talks "expected to center on" arms: the arrival that
    # two outlets opened with had been left out as a restatement of "has embarked on a journey".
    journey = ("Premier Ilse Varga has embarked on a journey to Ostmark, where she is anticipated to hold a "
               "significant meeting with President Jan Roos.")
    sentences = _openings(journey, later)
    groups = [FactGroup((0,), 0, 2.0), FactGroup((1,), 1, 1.0)]
    chosen = select(groups, sentences, _alike(0.8), load_config(), limit=5)
    assert [g.rep for g in chosen] == ([1] if replaces else [0])


@pytest.mark.parametrize(("titles", "replaces"), [
    (("Ostmark adds 48,000 jobs in May", "Ostmark employers add 48,000 jobs, jobless rate falls"), True),
    # one title is one outlet's word, not what the outlets lead with
    (("Ostmark adds 48,000 jobs in May", "Hiring slows in Ostmark"), False),
    # an age or a day is not the news's figure
    (("Jobs report: Ostmark hiring slows, 65 mills shut", "Ostmark hiring slows as 65 mills shut"), False),
], ids=["two titles give it", "one title", "a small number"])
def test_the_report_that_gives_the_titles_figure_takes_the_place_of_one_that_does_not(
    titles: tuple[str, str], replaces: bool
) -> None:
    # neus-val-0152 led with one outlet's reading ("added fewer jobs than expected ..., adding to
    # signs of decelerating growth") and printed the figure all three titles gave, 136,000 jobs,
    # nowhere: "The U.S. economy added 136,000 jobs in September" had been left out as its restatement.
    reading = "Ostmark employers added fewer jobs than expected in May, adding to signs of a slowing economy."
    figure = "Ostmark's economy added 48,000 jobs in May, the statistics office reported on Friday."
    sentences = _openings(reading, figure)
    groups = [FactGroup((0,), 0, 2.0), FactGroup((1,), 1, 1.0)]
    articles = [_article("Ostmark Daily", reading, title=titles[0]), _article("Veld Post", figure, title=titles[1])]
    chosen = select(groups, sentences, _alike(0.8), load_config(), limit=5, title_figures=title_figures(articles))
    assert [g.rep for g in chosen] == ([1] if replaces else [0])


@pytest.mark.parametrize(("budget", "goes_on"), [(0, True), (150, True), (100, False)],
                         ids=["no bound", "room", "a short bound"])
def test_the_lede_goes_on_into_the_sentence_that_leans_on_it_where_the_brief_has_room(
    budget: int, goes_on: bool
) -> None:
    # multinews-038 led with "Trump went to war Wednesday with Nordstrom ..." and left out the
    # sentence after it that tells who won: it leans on the lede ("And it appears ..."), so it could
    # not be printed alone, and the reference's news was lost. The seed's lede is two sentences too.
    text = ("The ferry line Veldlink went to war on Wednesday with the port of Kessel over its decision to end "
            "the line's berth rights. And it appears Veldlink won, with its shares up almost 5 percent on the day. "
            "The port said it would appeal.")
    sentences = segment(_article("Veld Post", text), 0)
    assert [s.position for s in sentences][:2] == [0, 1]
    led = with_sequel([FactGroup((0,), 0, 1.0)], sentences, load_config(), budget, _every_source_states)
    assert (sentences[led[0].rep].text.endswith("up almost 5 percent on the day.")) is goes_on
    assert 0 in led[0].members


def test_the_lede_goes_on_only_into_a_sentence_that_leans_on_it_and_fits() -> None:
    standing = ("The ferry line Veldlink went to war on Wednesday with the port of Kessel over its berth rights. "
                "Veldlink shares rose almost 5 percent on the day.")
    long = ("The ferry line Veldlink went to war on Wednesday with the port of Kessel over its decision to end "
            "the line's berth rights at the old quay. And it appears Veldlink won the first round, with its shares "
            "up almost 5 percent on the day and the port's board divided over whether to appeal the ruling.")
    reading = ("The ferry line Veldlink went to war on Wednesday with the port of Kessel over its berth rights. "
               "This unusual quarrel has been driven by the line's need for a winter harbour.")
    for text in (standing, long, reading):
        sentences = segment(_article("Veld Post", text), 0)
        assert with_sequel([FactGroup((0,), 0, 1.0)], sentences, load_config(), 0, _every_source_states)[0].rep == 0
    # A lede of two sentences already goes on no further (multinews-000 would have led with three).
    two = ("The ferry line Veldlink went to war on Wednesday with the port of Kessel. It says the port broke "
           "its contract. And it appears Veldlink won, with its shares up 5 percent.")
    sentences = segment(_article("Veld Post", two), 0)
    assert [s.text.count(".") for s in sentences] == [1, 2, 3]
    assert with_sequel([FactGroup((1,), 1, 1.0)], sentences, load_config(), 0, _every_source_states)[0].rep == 1


def test_the_lede_goes_on_only_where_no_other_outlet_is_cited_for_it() -> None:
    # multinews-110: another outlet's report of the study, cited for the lede, told the emails' tone
    # but not their arousal, which the lede's sequel added: an editor called the citation wrong.
    text = ("The ferry line Veldlink went to war on Wednesday with the port of Kessel over its berth rights. "
            "And it appears Veldlink won, with its shares up almost 5 percent on the day.")
    other = "Veldlink went to war with the port of Kessel on Wednesday over its berth rights."
    sentences = [*segment(_article("Veld Post", text), 0), *segment(_article("Kessel Daily", other), 1)]
    lede = FactGroup((0, 2), 0, 1.0)
    assert with_sequel([lede], sentences, load_config(), 0, _every_source_states)[0].rep == 0
    assert with_sequel([lede], sentences, load_config(), 0, lambda k, rep: k == rep)[0].rep == 1


def _every_source_states(k: int, rep: int) -> bool:
    return True


def test_a_preview_of_two_named_people_is_overtaken_by_its_report() -> None:
    # "Kim and Putin are expected to ..." was read as far as "Kim": no preview at all.
    preview, report = _openings(
        "Premier Ilse Varga and President Jan Roos are expected to sign the railway treaty in Kessel on Friday.",
        "Premier Ilse Varga and President Jan Roos signed the railway treaty in Kessel on Friday.",
    )
    assert overtaken(preview, [report])


def test_a_subject_of_many_names_joined_by_and_is_read_whole_to_its_verb() -> None:
    # Reviews of sessions 33 and 34: each "and" looked for the name before it from the sentence's start,
    # so a page listing thousands of names (45,000 characters took 30 s) held a brief up.
    names = " and ".join(f"Captain Veld{i} Anker" for i in range(3000))
    text = f"{names} signed the harbour pledge on Monday, the port said."
    assert main_clause(text) == text[: text.index(", the port said")]


def test_a_long_description_between_commas_after_the_subject_does_not_end_the_main_clause() -> None:
    # reading 40c, allsides-6009: "Former Sen. John W. Warner of Virginia, a former Navy secretary who was once
    # married to Elizabeth Taylor, has died at 94, ..." read as a main clause with no verb ("... of Virginia")
    text = (
        "Former harbour master Olav Tal of Veldhaven, a retired ferry captain who was once married to the singer "
        "Ada Wren, has died at 94, his daughter said Wednesday."
    )
    assert main_clause(text) == "Former harbour master Olav Tal of Veldhaven has died at 94"


def test_a_text_of_thousands_of_figures_gives_each_and_none_a_name_holds() -> None:
    # Each figure looked for the word before it from the text's start: 20,000 figures took 90 s.
    # (not a year's: 1800 to 2099 are read as years)
    text = " ".join(f"{i} boats left Pier {i % 9 + 1} and" for i in range(2100, 7100)) + " that was all."
    assert numbers_in(text) == frozenset(str(i) for i in range(2100, 7100))


@pytest.mark.parametrize(("text", "ahead"), [
    # the 137th reading, allsides-5842 led with "U.S. stock indexes were set for a subdued open on Thursday
    # after data showed an unexpected rise in weekly jobless claims ...", a market's outlook
    ("Kessel shares were set for a subdued open on Thursday after data showed a rise in ferry bookings.", True),
    ("The ferry trial is due for a ruling next week, the court said.", True),
    ("Protesters set fire to the ferry office in Kessel on Thursday.", False),
])
def test_what_something_was_set_for_is_a_preview(text: str, ahead: bool) -> None:
    assert previews(text) is ahead


@pytest.mark.parametrize("text", [
    # neus-val-0223 led with "President Trump is expected Wednesday to revoke a decades-old rule ...": a day
    # between "expected" and its "to" hid the preview, and the plan from the outlets that tell it planned
    "Mayor Ada Wren is expected Wednesday to revoke the harbour board's ferry licence.",
    "The council is set on Friday to vote on the Kessel ferry licence.",
    "Mayor Ada Wren was expected as early as Monday to revoke the ferry licence.",
])
def test_a_day_between_expected_and_to_is_still_a_preview(text: str) -> None:
    assert previews(text) or was_to_come(text)
    assert Commitment.of(claim_of(text)).planned


@pytest.mark.parametrize("text", [
    # neus-val-0260: "More than 30,000 people will need shelters ..." led, its main clause read as
    # "More than 30" (cut at the figure's comma), so no preview; the report of the evacuations waited.
    "More than 30,000 people will need shelters after the Kessel floods, the ferry office said Monday.",
    # multinews-135: "In September, her great-great-granddaughter, Queen Elizabeth II, will surpass Victoria
    # ..." printed beside the lede that tells it done: the description between commas hid the verb.
    "In June, her niece, Captain Ada Wren, will become the longest-serving ferry captain in Kessel.",
])
def test_a_figure_or_a_description_between_commas_does_not_hide_a_preview(text: str) -> None:
    assert previews(text)


def test_hearsay_does_not_lead_where_another_opening_reports_the_news() -> None:
    # allsides-5865, the 139th reading: Reason's "Schumer reportedly has been working for months to generate
    # bipartisan support ..." led, where the outlets report the bill's unveiling on Wednesday.
    hearsay = "Mayor Ada Wren reportedly has been working for months to win support for a second ferry line."
    report = "The Veld council unveiled a bill on Wednesday to open a second ferry line to Kessel."
    assert _lede_of_two(hearsay, report) == 1


@pytest.mark.parametrize("hedged", [
    # the 142nd reading: allsides-6022's "A Jewish man was allegedly assaulted ..." (an alleged crime is the
    # news) and allsides-5934's "... membership in a reportedly all-White beach club" (a description) led
    # rightly; weighed as hearsay they gave way to an outlet's theme and to one outlet's contested reading.
    "A ferry deckhand was allegedly assaulted by two men on the Veld quay on Monday night.",
    "Mayor Ada Wren refused to apologize for her membership in a reportedly all-male sailing club.",
])
def test_an_alleged_deed_or_a_hedged_description_is_no_hearsay(hedged: str) -> None:
    other = "The Veld council met on Monday to discuss the quay and the sailing club's lease."
    assert _lede_of_two(hedged, other) == 0


@pytest.mark.parametrize("report", [
    "Ada Wren and Will Roos arrived at the Kessel ferry festival on Monday.",
    "The senator met Ada Wren in March and Roos will visit the quay next week.",
], ids=["a name like a verb", "two clauses"])
def test_a_report_is_not_read_as_a_preview_of_its_names(report: str) -> None:
    # "Will Kopelman arrived" is no "will"; "met Trump in March and Biden will visit" reports the meeting.
    other = "The ferry festival in Kessel has drawn crowds to the quay since it began in 1998."
    sentences = _placed((report, 0), (other, 1))
    groups = [FactGroup((1,), 1, 2.0), FactGroup((0,), 0, 1.5)]
    assert lede_first(groups, sentences, _alike(0.2), load_config(), [0.5, 0.5])[0].rep == 0


@pytest.mark.parametrize(("second", "done", "led"), [
    ("The two neighbours will march under one flag at the winter games in Kessel next month.", "", 0),
    ("", "", 2),
    ("The two neighbours will march under one flag at the winter games in Kessel next month.",
     "Ostmark and Veldland marched under one flag at the winter games in Kessel on Friday.", 3),
], ids=["two outlets open with it", "one outlet does", "another reports it done"])
def test_a_preview_most_outlets_open_with_is_the_news(second: str, done: str, led: int) -> None:
    # The two Koreas "will march under one flag" (agreed that day): every outlet's opening looks
    # ahead, and the talks that led to it are background; not so where one outlet opens with it,
    # or another reports the march done.
    march = "Ostmark and Veldland will march under one flag at the winter games in Kessel next month."
    talks = "Ostmark and Veldland have been talking since last week about the games, a respite from their dispute."
    texts = [march, second or "The ferry strike in Kessel ended on Monday.", talks, done or "A Kessel quay reopened."]
    sentences = _placed(*((text, 1 if text is talks else 0) for text in texts))
    sim = np.full((4, 4), 0.3, dtype=np.float32)
    np.fill_diagonal(sim, 1.0)
    members = (0, 1) if second else (0,)
    groups = [FactGroup((2,), 2, 2.0), FactGroup(members, 0, 2.5), *([FactGroup((3,), 3, 1.5)] if done else [])]
    assert lede_first(groups, sentences, sim, load_config(), [0.5, 0.5, 0.5, 0.5])[0].rep == led


def test_a_preview_two_outlets_open_with_in_other_figures_is_the_news() -> None:
    # allsides-5941: two outlets opened with "will invest more than $3 billion" and "will invest
    # $3.2 billion", two facts for their figures, so neither counted as led by two outlets, and the
    # third outlet's background ("spent more than $18 billion last year") led.
    first = "The ministry will invest more than 3 million crowns in the Kessel ferry line, its minister said Monday."
    second = "The government will invest 3.2 million crowns to keep the Kessel ferry line running, it said Monday."
    past = "The ministry spent 18 million crowns last year on ferries, an effort that kept four lines open."
    sentences = _placed((first, 0), (second, 0), (past, 0))
    sim = np.array([[1.0, 0.9, 0.3], [0.9, 1.0, 0.3], [0.3, 0.3, 1.0]], dtype=np.float32)
    groups = [FactGroup((0,), 0, 2.0), FactGroup((1,), 1, 1.8), FactGroup((2,), 2, 1.7)]
    assert lede_first(groups, sentences, sim, load_config(), [0.5, 0.5, 0.5])[0].rep in (0, 1)


@pytest.mark.parametrize(("other", "led"), [
    ("A long line of trucks is crawling toward the Kessel quay, defying the harbour board and facing little "
     "resistance from the police.", 0),
    ("The harbour board closed the Kessel quay to trucks on Thursday after the strike began.", 1),
], ids=["a scene", "a happening"])
def test_a_preview_leads_where_no_other_candidate_tells_anything_happen(other: str, led: int) -> None:
    # neus-val-0115 led with "A huge procession of Central Americans is walking north through
    # Mexico, ..." (read as background) over "The administration will send about 800 troops to the
    # U.S.-Mexico border ahead of the ... caravan, a defense official confirmed Thursday": one outlet's
    # look ahead gave way even where nothing else told anything happen.
    preview = ("The ministry will send about 80 ferry crews to the Kessel quay ahead of the strike, a ministry "
               "official confirmed Thursday.")
    sentences = _placed((preview, 0), (other, 0))
    groups = [FactGroup((0,), 0, 2.5), FactGroup((1,), 1, 1.9)]
    assert lede_first(groups, sentences, _alike(0.2), load_config(), [0.5, 0.5])[0].rep == led


def test_one_outlets_verdict_before_the_news_is_the_lesser_lede() -> None:
    # The forty-ninth reading (allsides-5835): the lede opened on the lean-right outlet's "In a
    # rebuke to Gretchen Whitmer, ...": where another outlet tells the same news plainly, it leads.
    verdict = "In a rebuke to Mayor Ada Wren, the Veldhaven harbour board voted on Monday to close the ferry line."
    plain = "The Veldhaven harbour board on Monday voted to close the ferry line that Mayor Ada Wren had defended."
    sentences = _placed((verdict, 0), (plain, 0))
    groups = [FactGroup((0,), 0, 1.5), FactGroup((1,), 1, 1.2)]
    assert lede_first(groups, sentences, _alike(0.2), load_config(), [0.5, 0.5])[0].rep == 1


@pytest.mark.parametrize("opening", ["In yet another unexpected and unwelcome twist in the strike,", "In another sign"
                                     " of the strike's reach,"])
def test_a_lede_that_opens_on_where_the_news_stands_in_a_run_of_them_is_the_lesser(opening: str) -> None:
    # Reading 36c (allsides-5820): "In yet another unexpected and unwelcome twist in the pandemic, fully
    # immunized people ... may spread the virus ..." led over Axios's "About 74% of 469 COVID-19 cases
    # ... were among fully vaccinated people, according to data released Friday from the ... CDC".
    framed = f"{opening} ferry crews in Kessel walked off the job on Friday, the harbour board said."
    plain = "About 300 of the 420 ferry crew members in Kessel walked off the job on Friday, the union said."
    assert _lede_of_two(framed, plain) == 1
    assert _lede_of_two(framed.replace(opening + " ", "").capitalize(), plain) == 0


def test_a_weekday_dates_the_news_whatever_past_year_it_tells() -> None:
    # multinews-032 led with a scene ("A sheriff led Kristine Bunch ... out the door of the jail")
    # over "A mom who has been behind bars since 1996 ... walked free from jail Wednesday", read
    # as dated to 1996.
    scene = "A guard led the ferry captain, carrying his prison clothes in a paper bag, out of the prison gate."
    for day, leads in ((" on Wednesday", 0), ("", 1)):
        freed = f"A ferry captain jailed since 2019 over the Quay Star sinking walked free from prison{day}."
        sentences = _placed((freed, 0), (scene, 1))
        groups = [FactGroup((1,), 1, 1.5), FactGroup((0,), 0, 1.2)]
        led = lede_first(groups, sentences, _alike(0.2), load_config(), [0.5, 0.5])
        assert led[0].rep == leads, (day, led)


def test_the_lede_is_never_background_a_preview_or_a_bare_quotation() -> None:
    brief = make_brief(_voyage())
    assert brief.lede is not None
    for wrong in ("since it opened", "have long been", "are expected to", "set off"):
        assert wrong not in brief.lede.text



def _strike_brief(title: str) -> Brief:
    """The brief of one report of the ferry strike's end, under ``title``."""
    return make_brief([
        _article("Quay Daily", "The Veldhaven ferry strike ended on Monday after crews accepted a 4 percent raise.",
                 title=title),
    ])

@pytest.mark.parametrize("title", [
    # Thirty-first reading: "EXPLAINER: What was the outcome of the latest Gaza war?" headed a brief.
    "EXPLAINER: What did the ferry crews win?",
    # the sixty-sixth reading: neus-val-0270 was headed "... CNN's megaphone?." (its full stop after the question)
    "Is the ferry board the strikers' megaphone?.",
    # the 139th reading, allsides-6036: a columnist's "Inflation is up. The stock market is down. Here's why
    # you shouldn't panic" headed a brief that gave no reason
    "The ferry strike is over. Here's why you shouldn't cheer yet",
    # session 37 (reading 37c): allsides-5932, a brief of columns, headed by the New York Times column's
    # "Don't Kill Remote Learning. Black and Brown Families Need It"; 5825's "Stop listening to the CDC"
    "Don’t End the Ferry Strike. The Crews Need It", "Stop listening to the ferry board",
    # reading 37e, neus-val-0239: "Election results are delayed again. Get used to it" (its call after the news)
    "Ferry timetables are late again. Get used to it",
])
def test_a_question_or_advice_title_is_not_the_headline_of_a_brief_with_a_lede(title: str) -> None:
    brief = _strike_brief(title)
    assert brief.headline and brief.headline != title and "?" not in brief.headline, brief.headline
    assert "you" not in brief.headline, brief.headline


@pytest.mark.parametrize(("title", "verdict"), [
    # reading 34n: allsides-6069 was headed by an op-ed's "Oversight Board Is Wrong to Uphold Facebook's
    # Suspension of Trump" over Pew's report; allsides-5885 by Vice's "... Ban Over Weed Is America's Fault"
    ("Ferry Board Is Wrong to Cut Crews' Pay", True),
    ("The Veldhaven Ferry Strike Is the Harbour Board's Fault", True),
    ("The Case for the Ferry Strike Is Dangerous Nonsense", True),
    ("Court rules ferry board wrong to cut crews' pay", False),
    ("Court Says Ferry Board Was Wrong to Cut Crews' Pay", False),
    ("Inquiry Finds Ferry Crash Was Pilot's Fault", False),
    # allsides-5932 (reading 37c): "Bill de Blasio is right: Remote learning should be done away with for good"
    ("The Harbour Master Is Right: Night Ferries Should Stop", True),
    ("Court: Harbour Master Was Right to Stop Night Ferries", False),
    # (a film's name is no call: "Get Out star wins award")
    ("Get Out star Ada Wren wins the Veld film award", False),
    # reading 39b, allsides-5852: Reason's "The Government Should Stop Telling Facebook To Suppress COVID-19
    # 'Misinformation'" headed a news lede; a call someone makes, a poll's question or a reader's stays
    ("The Harbour Board Should Stop Charging Crews for Parking", True),
    ("Court Says Harbour Board Should Pay Ferry Crews", False),
    ("Harbour Board Should Pay Ferry Crews, Judge Rules", False),
    ("Veldhaven divided on whether the ferry crews should strike again", False),
    # (review 39: an order is news, and a title opening on "Should" a condition)
    ("Ferry operator must pay $2 million fine over Kessel crash", False),
    ("Should the harbour board fall, the ferries would stop", False),
    # reading 42a, neus-val-0228: a column's "Trump Is Using Mollie Tibbetts For His Anti-Immigrant Agenda, And
    # It's Reprehensible" headed a brief with no fact printed
    ("The Harbour Board Is Using the Crash to Cut Crews' Pay, And It's Reprehensible", True),
    ("The Harbour Board Cut the Crews' Pay Again. It's Shameful", True),
    ("Ferry Captain Says It's Wrong to Sail in Fog", False),
    # (review 42's B7: a verdict its speaker gives after it, or a party's stance a clause reports, is news)
    ("It's shameful, harbour master says of the ferry crews' pay", False),
    ("Unions reject ferry plan that is unacceptable to the crews", False),
    # reading 47e, allsides-5986: a fact-check's ruling ("No, emails to Dr. Anthony Fauci don't show ...") headed
    # the brief as its own; and the insinuation a fact-check answers (allsides-5942)
    ("No, the harbour board's emails don't show the ferry was scuttled", True),
    ("Harbour Board Emails Raise Disturbing Questions About the Ferry's Sinking", True),
    ("No ferry will sail to Kessel before May, harbour board says", False),
    # (review 47d: a word with "No-" and a report raising questions are news)
    ("No-confidence vote ousts Veld harbour board", False),
    ("Report raises new questions about the night ferry's safety", False),
])
def test_a_title_giving_the_writers_verdict_is_not_the_headline(title: str, verdict: bool) -> None:
    brief = _strike_brief(title)
    assert brief.headline and (brief.headline != title) is verdict, brief.headline


@pytest.mark.parametrize(("lede", "headline"), [
    # multinews-042 (reading 34l): "Babies cry more in Britain, Canada, Italy and Netherlands than in other
    # countries – proved for first time by new research by the University of Warwick." was headed by the
    # claim alone, unmarked
    ("Ferry crews in Kessel are paid less than crews in any other Veld port – shown by new research by the "
     "harbour union.",
     "Ferry crews in Kessel are paid less than crews in any other Veld port …"),
    # (where the source fits, the headline keeps it: test_a_headline_cut_from_a_lede_keeps_who_told_its_claim)
    ("Police closed the Veldhaven quay to night ferries over two near collisions, the port said on Monday.",
     "Police closed the Veldhaven quay to night ferries over two near collisions, the port said"),
    ("Police closed the Veldhaven quay to night ferries over two near collisions, a week after the storms began.",
     "Police closed the Veldhaven quay to night ferries over two near collisions"),
])
def test_a_headline_cut_before_the_source_of_its_claim_is_marked_as_cut_or_keeps_it(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


@pytest.mark.parametrize(("lede", "headline"), [
    # reading 52a, multinews-073: "Obama had one midterm where his party lost 63 House seats", unmarked, from a
    # lede that goes on ", and Democrats are expected to lose another 5 to possibly 12 House seats ..."
    ("The Veld ferry union lost 40 members in the last strike, and its leaders expect to lose another 30 to 60 "
     "crews before the summer season ends.",
     "The Veld ferry union lost 40 members in the last strike …"),
    # ... and the other side it sets against the first: the headline alone would take a side
    ("Harbour board members argue the fare rise would pay for safer night crossings, while island families fear "
     "it would drive them off the boats.",
     "Harbour board members argue the fare rise would pay for safer night crossings …"),
    ("The Kessel quay reopened to night ferries on Monday after two weeks of repairs, but its north berth stays "
     "closed until the harbour board rules on the crane.",
     "The Kessel quay reopened to night ferries after two weeks of repairs …"),
    # review 52c: a deed the lede goes on to undo
    ("The Veld harbour board raised the night ferry fares by a third in March, only to cut them back again a "
     "week later after protests.",
     "The Veld harbour board raised the night ferry fares by a third in March …"),
    # reading 52c, multinews-046: "... people with the last name Washington" before ", 90 percent of whom were black"
    ("The harbour census counted 16,300 ferry crew members in the Veld ports last year, 90 percent of whom were "
     "islanders — a far higher share than in any other trade.",
     "The harbour census counted 16,300 ferry crew members in the Veld ports last year …"),
    # (a description of what it names is no other claim: test_a_headline_cut_before_the_source_of_its_claim_...)
])
def test_a_headline_cut_before_another_claim_the_lede_joins_or_sets_against_it_is_marked(
    lede: str, headline: str
) -> None:
    assert short_headline(lede) == headline


@pytest.mark.parametrize(("title", "listed"), [
    # reading 38b: neus-val-0011 was headed "3 key moments in Ted Cruz and Beto O'Rourke's final Senate
    # debate", over a brief that gives no moment
    ("3 key moments in the Veld ferry strike talks", True),
    ("Five takeaways from the harbour board's vote", True),
    ("10 things to know about the night ferry", True),
    ("3 ferry crews rescued after night crossing sinks", False),
    ("Five dockers charged over harbour blockade", False),
])
def test_a_list_articles_title_is_not_the_headline(title: str, listed: bool) -> None:
    brief = _strike_brief(title)
    assert brief.headline and (brief.headline != title) is listed, brief.headline


def test_a_title_sharing_no_word_with_the_brief_from_an_article_it_cites_for_nothing_is_not_the_headline() -> None:
    # neus-val-0044: "Blood on his hands: 2020 Democrats slam Trump over Syria" headed a brief whose one
    # line told of Warren's night at the same debate, from another article
    brief = make_brief([
        _article("Quay Daily", "The Veldhaven ferry strike ended on Monday after crews accepted a 4 percent raise."),
        _article("Harbour Times", "Is the customs house next? Nobody on the waterfront seems to know.",
                 title="Customs house shuts its doors for good"),
    ])
    assert brief.lede is not None and "strike" in brief.lede.text
    assert brief.headline != "Customs house shuts its doors for good", brief.headline


def test_a_title_looking_ahead_to_a_deed_the_lede_tells_done_is_not_the_headline() -> None:
    # The 129th reading, neus-val-0114: "... Newsom to Sign Bill Requiring Trump Tax Returns" headed a
    # lede telling him "signing legislation ... on Tuesday".
    lede = (
        "The harbour master closed the Veldhaven quay to ferries on Tuesday, signing an order that bars night "
        "crossings."
    )
    brief = make_brief([
        _article("Quay Daily", lede, title="Harbour Master to Sign Order Closing Veldhaven Quay"),
        _article("Veld Post", "The Veldhaven quay was closed to ferries on Tuesday under a harbour order.",
                 title="Veldhaven quay closed to ferries by harbour order"),
    ])
    assert brief.headline == "Veldhaven quay closed to ferries by harbour order", brief.headline
    # a measure's aim is no deed looked ahead to
    brief = make_brief([_article("Quay Daily", lede, title="Harbour Order to Close Veldhaven Quay to Night Ferries")])
    assert brief.headline == "Harbour Order to Close Veldhaven Quay to Night Ferries", brief.headline


_LARGEST_DRILL = "Veld Navy Holds Largest Harbour Drill Since Cold War"


@pytest.mark.parametrize(("named", "headed"), [
    # reading 52b, allsides-5949: Newsweek's "Russia Conducts Largest Navy Exercise Since Cold War ..." headed
    # a brief whose articles tell it as "what Russian officials call its largest exercise ... since the end
    # of the Cold War"
    ("what its officers call its largest harbour drill since the end of the Cold War", False),
    # ... not a title that names only what it is called ("the Quay Star drill"), nor one sharing the words of
    # a name ("what is called the Dobbs ruling")
    ("what its officers called the Quay Star drill", True),
    ("what is called the Harbour Drill Act", True),
])
def test_a_title_telling_as_fact_what_the_articles_tell_as_someones_name_for_it_is_not_the_headline(
    named: str, headed: bool
) -> None:
    text = f"The Veld navy on Monday began {named}, with 20 ships off the Kessel coast."
    brief = make_brief([_article("Quay Daily", text, title=_LARGEST_DRILL), _article("Veld Post", text)])
    assert (brief.headline == _LARGEST_DRILL) is headed, brief.headline


def test_an_explainers_title_gives_way_to_a_reports() -> None:
    # The 129th reading, allsides-5959: Slate's "What Florida's ... Ban Tells Us About Anti-Antiracism"
    # headed a brief of AP's "Florida bans ... from its classrooms".
    lede = "The Veldhaven council banned night ferries from the harbour on Thursday after a vote of 7 to 2."
    brief = make_brief([
        _article("Quay Daily", lede, title="Why Veldhaven banned night ferries from its harbour on Thursday"),
        _article("Veld Post", lede.replace("Thursday", "Thursday evening"),
                 title="Veldhaven council bans night ferries in harbour vote"),
    ])
    assert brief.headline == "Veldhaven council bans night ferries in harbour vote", brief.headline


def test_a_title_in_loaded_words_gives_way_to_a_plainer_one() -> None:
    # The 158th and 162nd readings: allsides-5933 and 6092 were headed by one side's wording ("...; bill
    # doomed in Senate", "... to Censor Student Expression Online") where another outlet's title told the
    # news plainly.
    lede = "The Veldhaven council voted 7 to 2 on Thursday to ban night ferries from the harbour."
    brief = make_brief([
        _article("Quay Daily", lede,
                 title="Veldhaven council votes for sweeping, draconian ban on harbour night ferries"),
        _article("Veld Post", lede.replace("Thursday", "Thursday evening"),
                 title="Veldhaven council bans night ferries after a long dispute"),
    ])
    assert brief.headline == "Veldhaven council bans night ferries after a long dispute", brief.headline


def test_a_titles_closing_full_stops_are_not_in_the_headline() -> None:
    # The final reading of session 17: neus-val-0247 was headed "... Trump just reversed that.." as
    # its source titled it; every NeuS title ends on a full stop ("Trump responds after North Korea
    # threatens hydrogen bomb test."), which no headline has. An ellipsis stays as written.
    said = "Ferry fares were frozen. The board just raised them"
    for title, headline in (
        (said + "..", said), (said + ".", said), (said + "...", said + "..."),
        ("Ferry fares rise to 5.4%.", "Ferry fares rise to 5.4%"), ("Ferry board votes no.", "Ferry board votes no"),
    ):
        brief = make_brief([
            _article("Quay Daily", "The Veldhaven ferry board raised fares by 4 percent on Monday after a freeze.",
                     title=title),
        ])
        assert brief.headline == headline


def test_a_brief_with_nothing_to_print_is_headed_by_its_title_without_a_full_stop() -> None:
    # neus-val-0117 printed no lede and was headed by its first title as written, full stop and all.
    brief = make_brief([_article("Quay Daily", "Ferries.", title="Ferry strike will be a priority.")])
    assert brief.lede is None
    assert brief.headline == "Ferry strike will be a priority"


@pytest.mark.parametrize("title", [
    "Ferry fares rise in the U.S.", "Quay Ferries sold to Harbour Lines Inc.", "Ferry named for Henry T.",
])
def test_a_titles_abbreviation_keeps_its_full_stop_in_the_headline(title: str) -> None:
    brief = make_brief([
        _article("Quay Daily", "The Veldhaven ferry board raised fares by 4 percent on Monday after a freeze.",
                 title=title),
    ])
    assert brief.headline == title


def test_without_titles_the_headline_is_a_short_lede_never_a_quotation() -> None:
    brief = make_brief(_voyage())
    assert len(brief.headline.split()) <= 14
    assert not brief.headline.startswith(('"', "“"))


def test_a_result_with_a_consequence_to_come_is_the_lede_not_a_projection() -> None:
    won = [
        "The Harbour Party kept power in a narrow Veld election win on Monday but will now lead a minority government.",
        "The Harbour Party held on to power in Monday's narrow Veld election win but will now lead a minority "
        "government.",
        "Premier Ada Wren's Harbour Party kept power in Monday's narrow Veld election win but will lead a minority "
        "government.",
    ]
    brief = make_brief([
        _article("Veld Post", f"{won[0]} The party is projected to win 157 seats, 13 short of a majority."),
        _article("Quay Daily", f"{won[1]} Turnout fell to 61 percent, the lowest since the war."),
        _article("Ostmark Tribune", f"{won[2]} The opposition won the most votes but fewer seats."),
    ])
    assert brief.lede is not None and "minority government" in brief.lede.text, brief.lede


def test_an_announcement_made_leads_whatever_it_announces() -> None:
    # "announced ... they will seek" reports the announcement; it is no preview of the trial.
    brief = make_brief([
        _article("Veld Post", (
            "Prosecutors in Veldhaven announced on Friday that they will seek the death penalty for Arno Kess, the "
            "ferry captain accused of sinking the Quay Star.\n\nKess's lawyer, Mira Holt, said her client had been "
            "denied a fair hearing.\n\nThe Quay Star went down in the harbour mouth in March 2029."
        )),
        _article("Quay Daily", (
            "Veldhaven prosecutors told a court on Friday that they will seek the death penalty for ferry captain "
            "Arno Kess.\n\nKess has been held in Veldhaven since his arrest in April 2029."
        )),
    ])
    assert brief.lede is not None and "death penalty" in brief.lede.text, brief.lede.text


def test_a_features_framing_does_not_lead_where_an_outlet_reports_the_event() -> None:
    brief = make_brief([
        _article("Veld Post", (
            "For the third time in a decade, Veldhaven's ferry workers are going on strike against the harbour "
            "board over pay.\n\nThe harbour board has offered the ferry workers a rise of two percent."
        )),
        _article("Quay Daily", (
            "The ferry workers' union in Veldhaven voted on Monday to strike for two days next week.\n\n"
            "The harbour board says it cannot pay the ferry workers more than two percent."
        )),
    ])
    assert brief.lede is not None and "voted on Monday" in brief.lede.text, brief.lede.text


def test_a_state_of_affairs_does_not_lead_where_an_outlet_reports_what_happened() -> None:
    brief = make_brief([
        _article("Veld Post", (
            "Veldhaven's unions and its port authority are on the outs, and the crossing is the casualty.\n\n"
            "The unions have clashed with the port authority over pay for a year."
        )),
        _article("Quay Daily", (
            "The harbour board dismissed 40 ferry workers on Friday.\n\n"
            "Ferry services across the estuary will run as normal on Monday."
        )),
    ])
    assert brief.lede is not None and "dismissed 40 ferry workers" in brief.lede.text, brief.lede.text


def test_an_outlets_own_what_if_does_not_lead_where_an_outlet_reports_the_vote() -> None:
    brief = make_brief([
        _article("Veld Post", (
            "The Harbour Party would cut its own throat if it dropped Ada Wren as its candidate for mayor of "
            "Veldhaven.\n\nWren has led the Harbour Party in Veldhaven since 2024."
        )),
        _article("Quay Daily", (
            "Harbour Party leaders voted by 31 to 12 on Tuesday to keep Wren.\n\n"
            "Ada Wren is the Harbour Party's candidate for mayor of Veldhaven."
        )),
    ])
    assert brief.lede is not None and "voted by 31 to 12" in brief.lede.text, brief.lede.text


def test_news_of_a_day_leads_though_it_recalls_the_past_in_passing() -> None:
    brief = make_brief([
        _article("Veld Post", (
            "Harbour Party leaders are promising to do everything they can to stop her.\n\n"
            "The party will choose its own candidate for the Veldhaven mayoral race in May."
        )),
        _article("Quay Daily", (
            "Ada Wren, who has long denied the smuggling charges against her, announced on Thursday that she will "
            "run for mayor of Veldhaven.\n\nHer campaign office opens in the harbour district next week."
        )),
    ])
    assert brief.lede is not None and "announced on Thursday" in brief.lede.text, brief.lede.text


@pytest.mark.parametrize("lede", [
    "Premier Ilse Varga arrived in Ostmark on Thursday for two days of talks on the shared railway and its "
    "repair bill, which both governments have disputed for years.",
    "According to the state broadcaster, Premier Ilse Varga arrived in Ostmark on Thursday for two days of talks "
    "on the railway.",
])
def test_a_headline_made_from_a_long_lede_has_at_most_fourteen_words(lede: str) -> None:
    headline = short_headline(lede)
    assert 3 <= len(headline.split()) <= 14
    assert headline.count('"') % 2 == 0


@pytest.mark.parametrize(("lede", "headline"), [
    # the 131st reading, multinews-107: "Apple announced it would start selling the iPhone 4S …" left out
    # "in mainland China", cut before the place rather than before the time that follows it
    ("The ferry line today announced it would start sailing to Kessel Island a week from this Friday -- Jan. 13.",
     "The ferry line announced it would start sailing to Kessel Island …"),
    # (and multinews-113's "Just over two weeks after the fatal shooting, and less …" gives its main clause)
    ("Just over two weeks after the crash, and less than a month before the inquiry opened, the harbour board "
     "suspended the ferry captain Olav Tal.", "The harbour board suspended the ferry captain Olav Tal"),
    # (the 154th reading, multinews-130: "Two decades after the iconic family sitcom signed off the air" was
    # the headline, the opening phrase with no main clause)
    ("Two decades after the Veld ferry last sailed to Kessel, the harbour board has ordered a new ferry for "
     "the crossing, bringing the route back to the island.",
     "The harbour board has ordered a new ferry for the crossing"),
    ("A court in Veldhaven on Tuesday sentenced the ferry captain Wren for smuggling diesel into the estuary "
     "at night.", "A court in Veldhaven sentenced the ferry captain Wren for smuggling diesel …"),
    ('The mayor called the ferry captain "a smuggler who robbed the estuary of its fish and its good name" '
     "on Tuesday.", "The mayor called the ferry captain …"),
    # a cut before "after ..." is shown too: the fifty-fourth and fifty-sixth readings found "A quadriplegic
    # English man has been left brain damaged" (multinews-097) and "Judy Shalom Nir-Mozes was berated on
    # social media for racism Sunday" (024), each without the ellipsis, left out the news and read as whole
    ("The Veld harbour board suspended the ferry captain Olav Tal on Tuesday after a crash that injured 14 "
     "passengers.", "The Veld harbour board suspended the ferry captain Olav Tal after a crash …"),
    # (and a relative clause describing the subject goes before the main verb would: multinews-032's "A
    # mom who has been behind bars since 1996 accused …" told nothing of her walking free)
    ("A mom who has been behind bars on the island since 2019 walked free from the Kessel jail after a retrial.",
     "A mom walked free from the Kessel jail after a retrial"),
    # and before a condition or a role, without which the main clause misleads
    ("The Veld ferry union will strike for a week on Monday unless the harbour board restores the night "
     "crossings it cut.", "The Veld ferry union will strike for a week …"),
    ("The harbour board has picked the former Kessel port chief Olav Tal as its new director after a "
     "search of two years.", "The harbour board has picked the former Kessel port chief Olav Tal …"),
    # never inside a name (multinews-092: "... President Donald Trump's personal lawyer Michael …") nor a
    # range of figures (124: "... between the ages of five …" for "five and 11")
    ("Veld ferry union chief Ada Wren claimed Tuesday the board's lawyer Olav Tal Brandt received 500 crowns "
     "from a smuggler.",
     "Veld ferry union chief Ada Wren claimed the board's lawyer Olav Tal Brandt received 500 crowns …"),
    ("The share of Veld ferry crews aged between 20 and 30 rose sharply over ten years, the harbour board said.",
     "The share of Veld ferry crews aged between 20 and 30 rose sharply …"),
    # an of-phrase completes its noun: the ninety-first reading found "Police completed their investigation
    # into the death …" (multinews-061), which never named whose death
    ("Harbour police completed their inquiry into the death of ferry captain Olav Tal a day early and handed "
     "their findings to prosecutors on Thursday.",
     "Harbour police completed their inquiry into the death of ferry captain Olav Tal a day early …"),
    # a lede of two sentences gives its first whole (multinews-103 and 043 printed "... in DBpedia. …"), but
    # not a sentence that goes on after an ellipsis to its source
    ("A deckhand of 16 fell from the Veld ferry's mast on Tuesday. She was flown to Kessel in a coastguard "
     "helicopter and is recovering.", "A deckhand of 16 fell from the Veld ferry's mast on Tuesday"),
    ("Ferry captain Olav Tal has died ... the Veld Ledger has confirmed. He was 63.",
     "Ferry captain Olav Tal has died ... the Veld Ledger has confirmed"),
    # reading 40b, multinews-061: "... into the death of Freddie Gray a day earlier …" cut a comparison before its
    # "than planned": the time phrase goes whole or not at all
    ("Harbour police completed their inquiry into the death of ferry captain Olav Tal a day earlier than planned "
     "and handed their findings to prosecutors on Thursday.",
     "Harbour police completed their inquiry into the death of ferry captain Olav Tal …"),
    # reading 40b, multinews-118 (MISLEADS): "A hacker is trying to sell the account information, including emails
    # and passwords" stopped before "of 117 million LinkedIn users": whose, a list between commas left out first
    ("A trader is trying to sell the booking records, including names, addresses and card numbers, of 2 million "
     "ferry passengers.", "A trader is trying to sell the booking records of 2 million ferry passengers"),
    # (review 40: a lede short enough is printed whole, its list too, and a list before what was done is kept)
    ("Police arrested five people, including the mayor of Kessel, for fraud.",
     "Police arrested five people, including the mayor of Kessel, for fraud"),
    # (... and a preposition of two words is one: multinews-122's "... obtained a search warrant in connection …")
    ("Harbour police in Veldhaven obtained a search warrant in connection with the sinking of the night ferry and "
     "also won an order to keep it sealed, records showed.",
     "Harbour police in Veldhaven obtained a search warrant …"),
    # (... and a comparison of hours or years, or "later than", is a time phrase as well)
    ("Harbour police completed their inquiry into the death of ferry captain Olav Tal a year later than planned "
     "and handed their findings to prosecutors on Thursday.",
     "Harbour police completed their inquiry into the death of ferry captain Olav Tal …"),
])
def test_a_headline_cut_from_a_long_lede_ends_on_a_whole_phrase_outside_quotes(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


@pytest.mark.parametrize(("lede", "headline"), [
    # a headline names the deed, not its day (the brief is dated): multinews-071's "Police fired into the
    # air to disperse thousands of anti-American protesters …" lost where, for a "Sunday" it kept
    ("The Veld harbour board voted on Tuesday night to close the night crossings, its chair said after a long "
     "debate in the chamber.", "The Veld harbour board voted to close the night crossings …"),
    ("A mom who has been behind bars on the island since 2019 walked free on Tuesday.",
     "A mom who has been behind bars on the island since 2019 walked free"),
    # the day a plan is for is its news, and a day that is part of a name is no date (these two cuts leave
    # out who says so, "its chief said": marked as cut, reading 34l)
    ("The Veld ferry union will strike on Monday, its chief said after talks with the harbour board broke down "
     "at dawn.", "The Veld ferry union will strike on Monday …"),
    ("Shoppers on Black Friday spent more at the Veld harbour market than in any week of the year before, "
     "traders said.", "Shoppers on Black Friday spent more at the Veld harbour market …"),
    # "this week's issue" names the issue (multinews-060 printed "has confessed in's issue of ..."), and where
    # she confessed goes as a whole (below)
    ("Ada Wren has confessed in this week's issue of the Veld Ledger to years of smuggling diesel by night.",
     "Ada Wren has confessed to years of smuggling diesel by night"),
])
def test_a_headline_made_from_a_long_lede_leaves_out_the_day_of_its_deed(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


@pytest.mark.parametrize(("lede", "headline"), [
    # reading 41a: multinews-030's "ISIS has released a new propaganda video featuring two deaf-mute militants
    # delivering …" cut a participle from its object; the phrase goes whole or not at all
    ("The Veld ferry board has released a new safety video featuring two retired harbour pilots explaining the "
     "rules for night crossings.", "The Veld ferry board has released a new safety video featuring two retired "
     "harbour pilots …"),
])
def test_a_headline_cut_keeps_a_participle_with_its_object(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


def test_a_headline_cut_is_not_made_before_a_pronoun_in_thing() -> None:
    # review 41's B6: "... denied doing anything the ..." read "anything" as a participle with its object
    lede = ("The former chief executive of the Veld ferry company denied doing anything the regulators had warned "
            "him against in a hearing on Monday.")
    assert not short_headline(lede).endswith("doing …")


@pytest.mark.parametrize(("lede", "headline"), [
    # the 135th reading's multinews-034 and the headlines it led to: "Scientists from the U.S. and
    # Denmark are seeking …" (040), "Flanked by his family and
    # before Spain's Parliament, Felipe VI was formally proclaimed …" (143), "President Trump, in a
    # conference call …" (neus-val-0192) stopped before what the news was
    ("Harbour engineers from the towns of Veld and Kessel are seeking to map the tunnels hidden under the old "
     "ferry quay.", "Harbour engineers from the towns of Veld and Kessel are seeking to map the tunnels hidden …"),
    ("Flanked by his crew and before the harbour board, Olav Tal was formally named the new master of the Veld "
     "ferry line on Thursday.", "Olav Tal was formally named the new master of the Veld ferry line"),
    ("Harbour Master Olav Tal, in a call with the ferry captains of the estuary, threatened to close the night "
     "crossings for good.", "Harbour Master Olav Tal threatened to close the night crossings for good"),
    ("Two and a half weeks after the ferry sank in the estuary, harbour divers found the wreck near the old quay "
     "of Veld.", "Harbour divers found the wreck near the old quay of Veld"),
    # the 137th reading, multinews-106: "The U.S. Defense Department called the test of the road-mobile
    # missile" stopped at the relative clause's comma, before what the test was called, with no ellipsis
    ("The harbour board called the test of the new ferry, which came as the town marked its founding, a costly "
     "failure.", "The harbour board called the test of the new ferry a costly failure"),
])
def test_a_headline_from_a_long_lede_does_not_stop_before_what_its_verb_needs(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


@pytest.mark.parametrize(("lede", "headline"), [
    # a lawmaker's party and state and a name's letters take words a headline needs: "Senate Majority
    # Leader Mitch McConnell (R-Ky.) said the Senate would act …" (multinews-013), "... carcinoma (ESCC)"
    ("Harbour Committee chair Ada Wren (D-Veld) said the board would vote on the ferry budget before the "
     "winter storms.", "Harbour Committee chair Ada Wren said the board would vote …"),
    ("The Veld Harbour Authority (VHA) closed the old quay on Monday after divers found cracks.",
     "The Veld Harbour Authority closed the old quay on Monday after divers found cracks"),
    # "estimates that ..." is what the office did, not a clause describing it
    ("The Veld Audit Office (VAO) estimates that more than 2 million crowns in ferry funds have not been spent, a "
     "new report shows.", "The Veld Audit Office estimates that more than 2 million crowns …"),
])
def test_a_headline_leaves_out_a_names_letters(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


@pytest.mark.parametrize(("lede", "headline"), [
    # "A circuit judge ruled Wednesday that the case against six Baltimore police officers charged …"
    # (multinews-087, the 135th reading's headline cut before its point): the "that" takes a word
    ("A harbour judge ruled Wednesday that the case against six captains will go forward in separate trials.",
     "A harbour judge ruled the case against six captains will go forward in separate trials"),
    # a word that may be a noun keeps its "that"
    ("The harbour board acknowledged reports that the ferry office was broken into over the long weekend.",
     "The harbour board acknowledged reports that the ferry office was broken into over the long weekend"),
])
def test_a_headline_does_without_the_that_after_a_verb_of_saying(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


@pytest.mark.parametrize(("lede", "headline"), [
    # the 138th reading, multinews-005: "The U.S. generated about 258.2 million units of used computers,
    # monitors" stopped inside a list, with no ellipsis; allsides-5974 "... of the Internet, causing the
    # New York Times" inside the list of sites
    ("The island shipped about 2.5 million crates of apples, pears, plums and cherries in 2030, 1.2 million of "
     "which went to Kessel, the harbour board said.",
     "The island shipped about 2.5 million crates of apples, pears, plums and cherries …"),
    ("A storm cut power across large parts of Veld, closing the ferry office, the library, two schools and the "
     "town hall.", "A storm cut power across large parts of Veld"),
])
def test_a_headline_does_not_end_inside_a_list(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


def test_a_headline_whose_limit_falls_in_a_quotation_runs_on_to_its_close() -> None:
    # multinews-018: "The station claimed …" stopped before the quotation that was the claim
    lede = (
        "On Monday's noon bulletin, the harbour radio claimed it had \u201cjust learned the names of the four "
        "deckhands on board\u201d the Veld ferry which sank last Saturday."
    )
    assert short_headline(lede) == (
        "The harbour radio claimed it had \u201cjust learned the names of the four deckhands on board\u201d …"
    )


@pytest.mark.parametrize(("lede", "headline"), [
    # multinews-016's headline "A man who had fired a gun inside a ticketing area …" named someone and
    # told nothing: the relative clause that describes the subject goes, and the main verb stays
    ("A man who had fired a flare inside the ticket hall of the largest ferry terminal was arrested after "
     "a struggle with two harbour police officers during a night that left passengers stranded.",
     "A man was arrested after a struggle with two harbour police officers …"),
    ("Striking dockers who blocked the main gate of the container terminal on Monday morning voted to "
     "return to work after the harbour board raised its pay offer by four percent.",
     "Striking dockers voted to return to work …"),
    # ... but not a clause that alone names where (the 121st reading: multinews-016's "A man was killed after
    # being confronted by a law enforcement official …" lost "at Houston's largest airport" and read as killed
    # by the official; 121's "proclaimed the region an independent republic" lost "Donetsk")
    # ... which then runs on to the main verb, where that is within 18 words, not stopping inside it with
    # nothing happening (the 122nd reading: "A man who had fired a gun inside a ticketing area …"), and on
    # to the end of the verb's object (reading 38e: "... of Donetsk proclaimed …" said not what); beyond,
    # the cut is where a phrase ends
    ("Separatists who seized the council building in the port city of Kessel on Monday proclaimed the region "
     "an independent republic in a move that echoed the vote on the islands.",
     "Separatists who seized the council building in the port city of Kessel proclaimed the region an "
     "independent republic …"),
    ("A man who had fired a flare inside the ticket hall at Kessel's ferry terminal was arrested after a "
     "struggle with two harbour police officers during a night that left passengers stranded.",
     "A man who had fired a flare inside the ticket hall at Kessel's ferry terminal was arrested …"),
    ("Separatists who seized the council building in the port city of Kessel and the harbour master's office "
     "on the quay on Monday proclaimed the region an independent republic.",
     "Separatists who seized the council building in the port city of Kessel …"),
    # what follows "that" after a verb is what was said, not a description of the subject
    ("A Veld judge ruled that the case against six Kessel harbour police officers charged in the death of a "
     "deckhand will go forward in separate trials, with the prosecutor present.",
     "A Veld judge ruled the case against six Kessel harbour police officers charged …"),
])
def test_a_headline_made_from_a_long_lede_keeps_its_main_verb(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


@pytest.mark.parametrize(("lede", "opening"), [
    # multinews-024, 012: the subject's description was the headline, with nothing happening in it
    ("Mira Tal, the wife of harbour minister Olav Tal, was criticised online on Sunday for a joke about the "
     "Veld ferry strike and its workers.", "Mira Tal was criticised online for a joke about the Veld ferry strike"),
    ("Captain Ilse Brand, the daughter of the Veld ferry line's founder, has died in Veldhaven.",
     "Captain Ilse Brand has died in Veldhaven"),
    # multinews-060: a quoted title in the description, its comma inside the marks
    ("Ilse Brand, the mind behind the film “Boats And Ferries,” has died in Veldhaven.",
     "Ilse Brand has died in Veldhaven"),
    # multinews-132, 054: a time or an age and a town, without the clause that tells what happened
    ("Between May 2021 and June 2022, a strange illness afflicted 24 ferry crews on the Veld estuary, the "
     "harbour board found.", "Between May 2021 and June 2022, a strange illness afflicted"),
    ("Olav Tal, 22, from Kessel, was working on the quay at night when the crane collapsed onto the ferry.",
     "Olav Tal, 22, from Kessel, was working"),
    # the sixty-second reading (multinews-044): "Alan Thicke's sons -- Robin and Brennan -- believe their
    # dad's third …" stopped before what the sons believe
    ("Ada Wren's sons -- Olav and Piet -- believe their father's third wife is trying to take more of the Veld "
     "ferry line than she is owed.", "Ada Wren's sons believe their father's third wife is trying"),
    # the final reading of session 17 (multinews-109): "One of the four “Zebra killers,” whose string …"
    # stopped inside the relative clause before anything happened
    ("One of the three “Quay robbers,” whose string of night raids terrorised the Veld estuary in the 1970s, was "
     "found dead in his cell at Kessel prison, officials said Friday.",
     "One of the three “Quay robbers” was found dead in his cell"),
    ("The ferry captain, who had steered the Veld night crossing for thirty years without a single accident, "
     "retired on Monday after a farewell voyage.", "The ferry captain retired on Monday"),
    # the 123rd reading (multinews-001): "Moments after radio host Alex Jones taped an explosive interview …"
    ("Moments after harbour master Ada Wren gave an angry interview to the Veld Post about the ferry fares, Wren "
     "went on the radio where she said the board had threatened to sack her.", "Wren went on the radio"),
])
def test_a_headline_made_from_the_lede_tells_what_happened(lede: str, opening: str) -> None:
    headline = short_headline(lede)
    assert headline.startswith(opening), headline
    # about 14 words: a lede of one clause and 16 words is whole (test_a_headline_keeps_the_phrase_a_cut_would_drop)
    assert len(headline.split()) <= 16


@pytest.mark.parametrize(("lede", "headline"), [
    # multinews-003, 004: "In a briefing at the Smithsonian's National Museum …", "Although the prospect of a
    # pill …" told nothing; the main clause after the opening phrase does
    ("In a briefing at the Veld harbour museum on Tuesday, divers showed the bell of the ferry that sank in 1911, "
     "found off Kessel.", "Divers showed the bell of the ferry that sank in 1911, found off Kessel"),
    ("Although a new quay remains years away, the harbour board voted on Monday to keep the Veld ferry running.",
     "The harbour board voted on Monday to keep the Veld ferry running"),
    # not where what follows is a pronoun, another opening phrase, or the rest of a place or a date
    ("Although the Veld ferry has lost money for years, it will keep running until 2030, the harbour board said "
     "on Monday.", "Although the Veld ferry has lost money for years, it will keep running …"),
    ("In Kessel, Veld, the harbour board voted on Monday to close the ferry line for good after the crash in May.",
     "In Kessel, Veld, the harbour board voted to close the ferry line …"),
    # (nor where the phrase gives a date with its year: review 47d, "In an interview on June 15, 2019, Biden said
    # he would never ban fracking" without it reads as today's news)
    ("During her radio show on June 15, 2029, host Ada Wren accused the harbour board of sinking the night ferry.",
     "During her radio show on June 15, 2029, host Ada Wren accused …"),
])
def test_a_headline_made_from_the_lede_leaves_out_its_opening_phrase(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


@pytest.mark.parametrize(("title", "heads"), [
    # a new user's tryout: Fox's "'NBC Nightly News' under fire for editing out key part of 911 call ..."
    # was read as a quotation, and the brief's headline was its lede cut short
    ("'Veld Evening News' under fire for cutting the mayor's answer", True),
    ("‘Harbour Lights’ wins the Veld film prize for the second year", True),
    # a quotation, or one outlet's word for someone, is still no headline
    ('"We will not close the ferry," harbour master says', False),
    ("'Reckless' Wren kept the ferry running in the storm, union says", False),
])
def test_a_title_opening_on_a_quoted_name_is_a_headline(title: str, heads: bool) -> None:
    text = (
        "The Veld harbour board on Tuesday named the crew of the night ferry that kept running during the storm, "
        "after a week of questions from the ferry union about who had given the order to sail.\n\n"
        "The board said the captain had acted within the rules."
    )
    brief = make_brief([Article(text=text, outlet="Veld Post", title=title, id="post")])
    assert (brief.headline == title) is heads, brief.headline


def test_a_title_run_into_the_first_sentence_with_its_byline_heads_the_brief() -> None:
    # the seventy-sixth reading: multinews-009's headline was its lede cut before "debate" ("... will
    # definitively be boycotting the Republican …"), where the page had run its title, "Huntsman to
    # skip Nevada debate in protest", into its first sentence with the byline.
    text = (
        "Wren to skip Veld harbour debate in protest By Jo Reyes - Tweet Ada Wren announced Friday that she will "
        "boycott the harbour debate in Veldhaven next week in protest of the board's decision to move the vote "
        "to January.\n\nWren will campaign in Ostmark instead, her office said."
    )
    assert make_brief([_article("Quay Hill", text)]).headline == "Wren to skip Veld harbour debate in protest"
    assert run_in_title(text.replace(" By Jo Reyes - Tweet", ".")) == ""
    assert run_in_title("The board met. Wren left By Jo Reyes - Tweet Ada Wren announced Friday ...") == ""


@pytest.mark.parametrize(("lede", "headline"), [
    # the seventy-first reading: multinews-133's headline "The San Antonio Spurs guard (pictured) filed ..."
    ("Veld Rovers goalkeeper Ada Wren (pictured) filed a lawsuit against the quay bar on Monday.",
     "Veld Rovers goalkeeper Ada Wren filed a lawsuit against the quay bar on Monday"),
    ("Ada Wren (pictured left) and Piet Anker met the harbour board on Monday.",
     "Ada Wren and Piet Anker met the harbour board on Monday"),
])
def test_a_headline_made_from_the_lede_leaves_out_where_the_photo_is(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


# --- corroboration is honest ---------------------------------------------------------------------------

def test_an_outlet_is_not_cited_for_a_different_step_of_the_same_story() -> None:
    brief = make_brief(_voyage())
    valley = next(s.number for s in brief.sources if s.outlet == "Valley Times")
    for fact in _printed(brief):
        if "arrived" in fact.text:
            assert valley not in fact.sources, (fact.text, fact.sources)


def test_the_same_claim_is_printed_once() -> None:
    brief = make_brief(_voyage())
    texts = _texts(brief)
    assert sum("300 million euro repair bill" in t for t in texts) <= 1
    assert sum(bool(re.search(r"arrived in Ostmark on Thursday", t)) for t in texts) == 1


def test_a_british_and_an_american_outlet_stating_one_fact_are_both_cited() -> None:
    # multinews-024: "I apologize, ..." and "I apologise, ..." were two claims, one outlet each.
    us = ("Veldhaven's ferry operator canceled Monday's crossings after a storm damaged the pier. "
          "\u201cWe apologize to every traveler who is stranded,\u201d operator Ilse Brand said in a statement. "
          "The pier reopens on Friday.")
    uk = ("Ferry crossings from Veldhaven were cancelled on Monday after storm damage to the pier. "
          "Operator Ilse Brand said: \u201cWe apologise to every traveller who is stranded.\u201d "
          "Repairs will cost about 2 million euros.")
    brief = make_brief([_article("Veld Times", us), _article("Kessel Post", uk)])
    apology = next(f for f in _printed(brief) if "every travel" in f.text)
    assert len(apology.sources) == 2, (apology.text, apology.sources)


def _cites(fact_words: str, a: str, b: str) -> tuple[int, set[int]]:
    brief = make_brief([_article("Veld Post", a), _article("Quay Daily", b)])
    quay = next((s.number for s in brief.sources if s.outlet == "Quay Daily"), -1)
    fact = next(f for f in _printed(brief) if fact_words in f.text)
    return quay, set(fact.sources)


def test_one_statement_of_a_speaker_does_not_corroborate_another() -> None:
    quay, sources = _cites(
        "strike would end",
        "Port minister Ilse Varga said the dock strike would end by Friday after talks with the union on Monday.",
        "Port minister Ilse Varga said the ferry timetable would stay as it is after talks with the union on Monday.",
    )
    assert quay not in sources


def test_another_speaker_saying_the_like_does_not_corroborate_a_statement() -> None:
    brief = make_brief([
        _article("Veld Post", "Mayor Anton Brekke said the rebuilt Veldhaven bridge over the Ost River would reopen "
                 "to traffic from Grenby and Tolmar in April."),
        _article("Quay Daily", "Harbour chief Lena Moor said the rebuilt Veldhaven bridge over the Ost River would "
                 "reopen to traffic from Grenby and Tolmar in April."),
    ])
    for fact in _printed(brief):
        assert len(fact.sources) == 1, (fact.text, fact.sources)


def test_a_plan_does_not_corroborate_what_was_done() -> None:
    # "will allow ferries to sail on" is a plan; "has reached Tolmar" reports an arrival.
    quay, sources = _cites(
        "has reached",
        "The first ferry of stranded passengers has reached Tolmar, opening a new route to the northern isles, "
        "a day after Veldhaven closed its harbour.",
        "Tolmar says it will allow stranded passengers to sail on to the northern isles, opening a new route a "
        "day after Veldhaven closed its harbour.",
    )
    assert quay not in sources


def test_a_plan_is_corroborated_by_another_plan() -> None:
    quay, sources = _cites(
        "will allow",
        "Tolmar says it will allow stranded passengers to sail on to the northern isles from Monday.",
        "Stranded passengers will be allowed to sail on to the northern isles from Monday, Tolmar says.",
    )
    assert quay in sources


def test_a_comparison_is_not_corroborated_by_one_side_of_it() -> None:
    brief = make_brief([
        _article("Veld Post", "Mayor Anton Brekke's new cabinet has more women among its senior members than the "
                 "cabinet of his rival Ada Wren, according to figures released by the Veldhaven council."),
        _article("Harbour Times", "Figures released by the Veldhaven council show Mayor Anton Brekke's new cabinet "
                 "has more women in senior posts than the cabinet of his rival Ada Wren."),
        _article("Quay Daily", "Forty percent of Mayor Anton Brekke's new cabinet are women and half are under 40, "
                 "according to figures released by the Veldhaven council."),
    ])
    quay = next((s.number for s in brief.sources if s.outlet == "Quay Daily"), -1)
    assert any("more women" in f.text for f in _printed(brief))
    assert not [f.text for f in _printed(brief) if "more women" in f.text and quay in f.sources]


def test_a_day_told_against_another_must_agree() -> None:
    quay, sources = _cites(
        "the same day",
        "Harbour pilot Jan Okel found the missing ferry in the Ost estuary on Sunday, the same day the port "
        "was due to reopen.",
        "Jan Okel, a harbour pilot, found the missing ferry in the Ost estuary on Sunday, the day before the "
        "port was due to reopen.",
    )
    assert quay not in sources


def test_a_statement_is_corroborated_by_another_outlet_reporting_it() -> None:
    quay, sources = _cites(
        "reopen to traffic",
        "Mayor Anton Brekke said the rebuilt Veldhaven bridge would reopen to traffic in April.",
        "The rebuilt Veldhaven bridge will reopen to traffic in April, Mayor Anton Brekke said.",
    )
    assert quay in sources


# --- contested claims are real ------------------------------------------------------------------------

def _contested(a: str, b: str) -> list[str]:
    brief = make_brief([_article("Veld Post", a), _article("Quay Daily", b)])
    return [c.about for c in brief.contested]


def test_days_before_one_thing_and_after_another_are_not_a_dispute() -> None:
    assert not _contested(
        "The ferry strike at the Veldhaven terminal began three days before the national holiday.",
        "The ferry strike at the Veldhaven terminal began five days after the crane accident.",
    )


def test_counts_of_different_injuries_are_not_a_dispute() -> None:
    assert not _contested(
        "The crane collapse at the Veldhaven terminal left 12 dock workers with minor injuries on Friday.",
        "The crane collapse at the Veldhaven terminal left 5 dock workers in critical condition on Friday.",
    )


def test_times_of_day_are_not_counts() -> None:
    assert not _contested(
        "The prisoner escaped from the Veldhaven jail around 7 p.m. Sunday, but guards noticed only at a count.",
        "Guards noticed the prisoner was gone from the Veldhaven jail during a count at about 9 p.m. Sunday.",
    )


def test_a_forecast_does_not_dispute_the_figure_reported() -> None:
    assert not _contested(
        "The Veld economy added 94,000 jobs in July, the statistics office said on Friday.",
        "Economists had expected the Veld economy to add 85,000 jobs in July, ahead of Friday's figures.",
    )


def test_a_total_does_not_dispute_a_count() -> None:
    brief = make_brief([
        _article("Veld Post", "The Harbour Party won 156 of the 338 seats in the Veld parliament on Monday."),
        _article("Quay Daily", "The Harbour Party won 157 seats in the Veld parliament on Monday, short of a "
                 "majority."),
    ])
    values = [{claim.value for claim in point.claims} for point in brief.contested]
    assert values == [{"156", "157"}], values


@pytest.mark.parametrize("follow_up", [
    # the tryout's follow-ups: the count added to the total, and that count told again by "the"
    "Seven passengers who breathed in smoke aboard the ferry Aster were treated in Kessel overnight, bringing "
    "the total from 12 to 19, the health board said.",
    "The number of people injured in Thursday's fire on the ferry Aster rose to 19 on Friday, after seven more "
    "passengers sought treatment for smoke inhalation, the health board said. The seven passengers went to "
    "Kessel hospital late on Thursday after inhaling smoke during the evacuation of the ferry Aster, health "
    "director Ada Wren said.",
])
def test_a_count_added_to_a_total_does_not_dispute_the_total(follow_up: str) -> None:
    assert not _contested(
        "A fire tore through the engine room of the ferry Aster on the Veld estuary early on Thursday, injuring "
        "12 passengers, who were treated in Kessel, the coastguard said.",
        follow_up,
    )


def test_figures_of_two_people_are_not_a_dispute() -> None:
    assert not _contested(
        "Dock worker Piet Anker faces up to 9 years in prison if he is convicted of sabotage, his lawyer said.",
        "Crane driver Tomas Wren faced up to 6 years in prison if he was convicted of sabotage, his lawyer said.",
    )


def test_two_outlets_giving_one_person_two_figures_are_a_dispute() -> None:
    assert _contested(
        "Dock worker Piet Anker faces up to 9 years in prison if he is convicted of sabotage, prosecutors said.",
        "Dock worker Piet Anker faces up to 6 years in prison if he is convicted of sabotage, his lawyer said.",
    )


def test_figures_of_different_years_are_not_a_dispute() -> None:
    assert not _contested(
        "The Veldhaven terminal handled 54 million tonnes of cargo at its quays last year.",
        "The Veldhaven terminal will handle 65 million tonnes of cargo at its quays by 2030.",
    )


def test_two_counts_of_the_same_injuries_are_a_dispute() -> None:
    assert _contested(
        "The crane collapse at the Veldhaven terminal injured 12 dock workers on Friday, the port said.",
        "The crane collapse at the Veldhaven terminal injured 15 dock workers on Friday, the union said.",
    )


def test_a_bound_does_not_dispute_a_count() -> None:
    # "at least 12" and "9" may both be true; so may two lower bounds, or two estimates.
    assert not _contested(
        "At least 12 dock workers were injured when the crane collapsed at the Veldhaven terminal on Friday.",
        "Nine dock workers were injured when the crane collapsed at the Veldhaven terminal on Friday.",
    )
    assert not _contested(
        "At least 12 dock workers were injured when the crane collapsed at the Veldhaven terminal on Friday.",
        "At least 9 dock workers were injured when the crane collapsed at the Veldhaven terminal on Friday.",
    )
    assert not _contested(
        "The Veldhaven terminal formed around 120 million years ago, when the old coast sank, geologists said.",
        "The Veldhaven terminal rock began to settle roughly 66 million years ago, geologists said.",
    )


def test_the_ends_of_a_range_do_not_dispute_a_count() -> None:
    assert not _contested(
        "Repairs to the Veldhaven crane will take between six and eight weeks, the port said on Friday.",
        "Repairs to the Veldhaven crane could take 10 weeks, the port said on Friday.",
    )
    assert not _contested(
        "Repairs to the Veldhaven crane will take 3-4 weeks, the port said on Friday.",
        "Repairs to the Veldhaven crane will take 6 weeks, the port said on Friday.",
    )


def test_a_count_of_others_or_more_is_another_set() -> None:
    assert not _contested(
        "Rescuers at the Veldhaven terminal freed four more dock workers from the wreck on Friday.",
        "Rescuers at the Veldhaven terminal freed eight dock workers from the wreck on Friday.",
    )
    assert not _contested(
        "Crane driver Piet Anker and three other dock workers were charged over the Veldhaven collapse.",
        "Four dock workers were charged over the Veldhaven crane collapse on Friday.",
    )


def test_a_count_with_its_makeup_qualified_does_not_dispute() -> None:
    assert not _contested(
        "Four people died in the Veldhaven crane collapse on Friday, including the crane driver.",
        "Three people died in the Veldhaven crane collapse on Friday, the port said.",
    )


def test_a_count_of_sources_is_not_a_figure_of_the_news() -> None:
    assert not _contested(
        "Two former heads of the Veldhaven crane unit were on duty at the time, and the driver was Piet Anker.",
        "Piet Anker was on duty at the Veldhaven crane unit at the time, four former port officials said.",
    )


def test_footnote_marks_are_not_counts() -> None:
    assert not _contested(
        'The Veldhaven terminal was called "the door of the north."5 Grain ships have docked there since 1850.',
        'The Veldhaven terminal was called "the door of the north."6 Grain ships have docked there since 1850.',
    )


def test_a_sentence_that_gives_both_figures_tells_them_apart() -> None:
    assert not _contested(
        "The Veldhaven port fined three crane firms and seven shipping firms for safety breaches on Friday.",
        "The Veldhaven port fined seven shipping firms for safety breaches on Friday.",
    )
    assert not _contested(
        "The Veld government will send 2.5 million tonnes of grain to Ostmark and 1.5 million tonnes to Sorland.",
        "The Veld government will send 4 million tonnes of grain to Ostmark and Sorland, officials said.",
    )


def test_late_one_day_is_early_the_next() -> None:
    assert not _contested(
        "A judge in Veldhaven blocked the port closure order late Tuesday, ruling it unlawful.",
        "A judge in Veldhaven blocked the port closure order early Wednesday, ruling it unlawful.",
    )


def test_a_forecast_far_from_the_figure_does_not_make_it_a_forecast() -> None:
    # The first sentence gives the outcome and, far from it, the forecast; only the outcome is
    # compared, and a forecast is never disputed by an outcome.
    assert not _contested(
        "The Veld economy added 94,000 jobs in July, and the jobless rate fell to a new low of 4.1%, "
        "the statistics office said on Friday, well above the 85,000 jobs economists had expected.",
        "Economists had expected 87,000 jobs in July in the Veld economy, ahead of Friday's figures.",
    )


def test_one_figure_in_percent_and_in_a_sign_is_the_same_figure() -> None:
    assert not _contested(
        "Mayor Anton Brekke holds 18 percent support among Veldhaven voters in a poll released Sunday.",
        "A new poll of Veldhaven voters finds Mayor Brekke at 18% support, with his rival Ada Wren at 15%.",
    )


def test_figures_far_apart_are_different_things() -> None:
    assert not _contested(
        "At the Veldhaven terminal, the night shift was 46 percent migrant workers, the union said.",
        "At the Veldhaven terminal, the day shift was 19 percent migrant workers, the union said.",
    )


def test_dozens_is_not_a_count() -> None:
    assert not _contested(
        "Port chief Ada Wren spoke to dozens of dock workers at the Veldhaven terminal on Friday.",
        "Port chief Ada Wren spoke to 48 dock workers at the Veldhaven terminal on Friday.",
    )


def test_a_figure_dated_to_a_past_year_is_background() -> None:
    assert not _contested(
        "Dock worker Piet Anker faces up to 9 years in prison if he is convicted of sabotage at Veldhaven.",
        "In 2012 dock worker Piet Anker faced up to 6 years in prison when he was tried for sabotage at Veldhaven.",
    )


def test_a_day_is_read_in_its_own_sentence() -> None:
    # "Monday" opens the next sentence: it is not the day of the interview.
    assert not _contested(
        "The port asked Mayor Anton Brekke to stop using its name when he appears on the Veld Hour.\n\n"
        "On Monday, he was named an adviser to the Veld Hour.",
        "Mayor Anton Brekke will appear on the Veld Hour on Thursday night to discuss the port.",
    )


def test_counts_of_what_another_sentence_names_are_not_a_dispute() -> None:
    # "that riot" may be Sunday's alone, "those riots" the whole weekend's.
    assert not _contested(
        "Hundreds rioted at the Veldhaven terminal on Sunday, and two people were killed in that riot.",
        "Three people were killed in those riots at the Veldhaven terminal, the city hospital said.",
    )


def test_two_outlets_counting_the_dead_differently_are_a_dispute() -> None:
    assert _contested(
        "Two people were killed on Sunday when police broke up the riot at the Veldhaven terminal.",
        "Three people were killed in Sunday's riot at the Veldhaven terminal, the city hospital said.",
    )


def test_two_outlets_giving_the_day_of_a_death_differently_are_a_dispute() -> None:
    assert _contested(
        "Ada Wren, the head of the Veldhaven port authority, died early Thursday at the city hospital.",
        "Veldhaven port chief Ada Wren died early Tuesday of a long illness, her office announced.",
    )


# --- narratives are arguments --------------------------------------------------------------------------

def test_condolences_and_reports_are_not_narratives() -> None:
    brief = make_brief([
        _article("Veld Post", (
            "A crane collapsed at the Veldhaven terminal on Friday, injuring 12 dock workers.\n\n"
            '"Our thoughts are with the injured workers and their families," said port chief Ada Wren.\n\n'
            "The terminal's safety record was examined by regulators in 2029."
        )),
        _article("Quay Daily", (
            "Twelve dock workers were hurt when a crane collapsed at the Veldhaven terminal on Friday.\n\n"
            '"We mourn with the families and will support the injured," union leader Piet Anker said.'
        )),
    ])
    assert brief.narratives == []


def test_an_argument_made_in_an_outlets_own_words_is_a_narrative() -> None:
    brief = make_brief([
        _article("Veld Post", (
            "A crane collapsed at the Veldhaven terminal on Friday, injuring 12 dock workers.\n\n"
            "The port should have replaced its cranes years ago, when inspectors first warned of the risk. "
            "Ignoring those warnings was a failure of oversight that the workers paid for."
        )),
        _article("Quay Daily", (
            "Twelve dock workers were hurt when a crane collapsed at the Veldhaven terminal on Friday.\n\n"
            "Port chief Ada Wren said an inquiry would report within 30 days."
        )),
    ])
    assert len(brief.narratives) == 1
    narrative = brief.narratives[0]
    assert narrative.label.endswith("as provided by Veld Post")
    assert "failure of oversight" in narrative.text


# --- concise by default, plain wording ------------------------------------------------------------------

def test_a_default_brief_has_a_lede_and_at_most_seven_facts() -> None:
    sentences = [
        f"The Veldhaven port board approved project {n} on Tuesday at a cost of {n * 3} million euros."
        for n in range(1, 25)
    ]
    brief = make_brief([_article("Veld Post", "\n\n".join(sentences))])
    assert brief.lede is not None and len(brief.facts) <= 7


def test_of_two_wordings_of_one_fact_the_plainer_is_printed() -> None:
    brief = make_brief([
        _article("Veld Post", (
            "Furious residents slammed the port board on Tuesday after it approved a sweeping 40 million euro "
            "expansion of the Veldhaven terminal."
        )),
        _article("Quay Daily", (
            "Residents criticised the port board on Tuesday after it approved a 40 million euro expansion of the "
            "Veldhaven terminal."
        )),
    ])
    assert brief.lede is not None
    assert "slammed" not in brief.lede.text and "criticised" in brief.lede.text


@pytest.mark.parametrize(("loaded", "plain"), [
    # the stream's ledes judged opinion for their wording (allsides-5810, 6106, 5852; neus-val-0012, 0276)
    ("The harbour board on Tuesday buckled to pressure from ferry unions and announced a limited ban on night "
     "crossings.", "The harbour board on Tuesday announced a limited ban on night crossings after talks with ferry "
     "unions."),
    ("Former captain and conservative firebrand Ada Wren has announced she is running for mayor of Veldhaven.",
     "Former captain Ada Wren has announced she is running for mayor of Veldhaven, her campaign said."),
])
def test_a_lede_in_loaded_words_gives_way_to_the_same_news_in_plain_ones(loaded: str, plain: str) -> None:
    brief = make_brief([_article("Veld Post", loaded), _article("Quay Daily", plain)])
    assert brief.lede is not None and brief.lede.text == plain, brief.lede


def test_a_fact_the_lede_says_in_full_is_not_printed_again() -> None:
    # Ranked above the lede, the short report was kept; the lede chosen after it tells all it says
    # (its dateline is not printed, so it adds nothing).
    articles = [
        _article("Veld Post", (
            "Ferry captain Ada Wren was announced on Monday as the first woman to be honoured by the Veld Museum "
            "with a bronze statue."
        )),
        _article("Quay Daily", (
            "The museum board met in Veldhaven on Monday.\n\n"
            "VELDHAVEN, June 3 (UPI) -- Ada Wren will be honoured by the Veld Museum."
        )),
    ]
    sentences = [s for unit in segment_all(articles) for s in unit]
    lede = next(k for k, s in enumerate(sentences) if s.text.startswith("Ferry captain"))
    short = next(k for k, s in enumerate(sentences) if "UPI" in s.text)
    sim = _unalike(len(sentences))
    ranked = [FactGroup((short,), short, 2.0), FactGroup((lede,), lede, 1.5)]
    ordered = lede_first(ranked, sentences, sim, load_config(), [1.0, 1.0])
    assert [g.rep for g in ordered] == [lede]


@pytest.mark.parametrize(("first", "second"), [
    # a thing the story already told of, named by a bare noun, does not lead (the nouns that always
    # point back, "The nomination ...", lean on the sentence before instead, as tested below)
    ("The promotion puts Ada Wren in charge of a harbour she once proposed to close.",
     "The Veldhaven council named Ada Wren harbour master on Monday."),
    # a relative clause's "is expected to" does not make the main clause a preview
    ("The Veldhaven council has convened a panel that is expected to decide on the harbour's future by May.",
     "Ada Wren said on Monday that the harbour had been neglected for years."),
])
def test_the_lede_is_the_sentence_that_tells_what_happened(first: str, second: str) -> None:
    articles = [_article("Veld Post", first), _article("Quay Daily", second)]
    sentences = [s for unit in segment_all(articles) for s in unit]
    sim = _unalike(len(sentences))
    ranked = [FactGroup((0,), 0, 2.0), FactGroup((1,), 1, 1.5)]
    ordered = lede_first(ranked, sentences, sim, load_config(), [1.0, 1.0])
    expected = 1 if first.startswith("The promotion") else 0
    assert ordered[0].rep == expected, sentences[ordered[0].rep].text


def test_a_lede_is_worded_as_the_outlet_that_opens_with_it_words_it() -> None:
    # multinews-093: the group of the arrest printed "LaPorte County, where Elliot was arrested, is
    # west of Shipshewana.", one outlet's thirty-fifth sentence, as the lede, where the other outlet
    # opened on the arrest itself.
    detail = "Kankakee Township, where Wren was arrested, lies east of the harbour."
    articles = [
        _article("Veld Post", (
            "The escaped convict Ada Wren was caught in Veldhaven on Monday night.\n\n"
            "She had fled the prison on Sunday.\n\nThe prison has 400 inmates.\n\n" + detail
        )),
        _article("Quay Daily", (
            "Police said the escaped convict Ada Wren was arrested in Kankakee Township after a chase on Monday."
        )),
    ]
    sentences = [s for unit in segment_all(articles) for s in unit]
    deep = next(k for k, s in enumerate(sentences) if s.text == detail)
    opening = next(k for k, s in enumerate(sentences) if s.text.startswith("Police said"))
    ranked = [FactGroup((deep, opening), deep, 2.0)]
    ordered = lede_first(ranked, sentences, _unalike(len(sentences)), load_config(), [1.0, 1.0])
    assert ordered[0].rep == opening and ordered[0].members == (deep, opening)
    # An outlet's second sentence is its opening too (multinews-046: "The 2000 U.S. Census counted
    # 163,036 people with the last name Washington, 90 percent of whom were black ...").
    second = "Two guards saw the escaped convict Ada Wren arrested in Kankakee Township on Monday."
    articles[1] = replace(articles[1], text="The chase began at dusk.\n\n" + second)
    sentences = [s for unit in segment_all(articles) for s in unit]
    opening = next(k for k, s in enumerate(sentences) if s.text == second)
    ranked = [FactGroup((deep, opening), deep, 2.0)]
    assert lede_first(ranked, sentences, _unalike(len(sentences)), load_config(), [1.0, 1.0])[0].rep == opening
    # An opening that does not name what it tells of gives way to one that does (neus-val-0288: "Gov.
    # J.B. Pritzker signed the bill into law Tuesday." led where another outlet opened on what the law does).
    unnamed = "Governor Ada Wren signed the bill into law on Tuesday."
    named = "Veldland on Tuesday banned ferries from the Kessel channel after Governor Ada Wren signed a bill."
    led = lede_first([FactGroup((0, 1), 0, 2.0)], _openings(unnamed, named), _unalike(2), load_config(), [1.0, 1.0])
    assert led[0].rep == 1
    # ... but not to one that tells what someone made of it (allsides-5988 led with Fox's "The mainstream
    # media were up in arms Tuesday over ... DeSantis, signing a new law ...").
    reaction = "Veldland's opposition was up in arms on Tuesday over Governor Ada Wren signing a ferry law."
    led = lede_first([FactGroup((0, 1), 0, 2.0)], _openings(unnamed, reaction), _unalike(2), load_config(), [1.0, 1.0])
    assert led[0].rep == 0
    # A fact no outlet opens with keeps the wording that most outlets back.
    ranked = [FactGroup((deep,), deep, 2.0)]
    assert lede_first(ranked, sentences, _unalike(len(sentences)), load_config(), [1.0, 1.0])[0].rep == deep


@pytest.mark.parametrize(("confirmed", "leads"), [
    ("Veldland signed a deal to lend 40,000 doses of the Aster vaccine to Ostmark, the health ministry said on "
     "Thursday.", True),
    # another claim told on the record is no confirmation of the unnamed source's
    ("Veldland's health ministry said on Thursday that it had ordered 40,000 more syringes.", False),
], ids=["the same news on the record", "another claim"])
def test_the_news_told_on_the_record_leads_over_an_unnamed_sources_telling(confirmed: str, leads: bool) -> None:
    # neus-val-0090 led with "... roughly 4 million doses ... an administration official told Reuters"
    # where two outlets told the same "the White House said Thursday": the unconfirmed stage, which no
    # other outlet could be cited for, while the confirmation went as a second lede.
    unnamed = ("Veldland signed a deal to lend about 40,000 doses of the Aster vaccine to Ostmark, a health "
               "official told the Veld Post on Thursday.")
    sentences = _openings(unnamed, confirmed)
    ranked = [FactGroup((0,), 0, 2.0), FactGroup((1,), 1, 1.6)]
    led = lede_first(ranked, sentences, _alike(0.8), load_config(), [1.0, 1.0])
    assert (led[0].rep == 1) is leads


def test_the_lede_tells_what_the_news_reports_titles_announce() -> None:
    # NeuS and the AllSides stream: the outlets' titles say what each holds to be the news.
    articles = [
        _article("Veld Post", "Ferry traders in Veldhaven staged a protest over the quay's fees on Monday.",
                 title="Veldhaven council names Ada Wren harbour master"),
        _article("Quay Daily", "The Veldhaven council named Ada Wren harbour master on Monday.",
                 title="Ada Wren to run Veldhaven harbour"),
    ]
    sentences = [s for unit in segment_all(articles) for s in unit]
    ranked = [FactGroup((0,), 0, 2.0), FactGroup((1,), 1, 1.5)]
    titles = [content_stems(a.title) for a in articles]
    assert lede_first(ranked, sentences, _unalike(2), load_config(), [1.0, 1.0])[0].rep == 0
    assert lede_first(ranked, sentences, _unalike(2), load_config(), [1.0, 1.0], titles)[0].rep == 1
    # One title among untitled articles is one outlet's word on what the news is, not a vote
    # (multinews-026: a title read off a page's first line took the lede from the sale to a side remark).
    one_titled = [titles[0], frozenset()]
    assert lede_first(ranked, sentences, _unalike(2), load_config(), [1.0, 1.0], one_titled)[0].rep == 0
    flipped = [FactGroup((1,), 1, 2.0), FactGroup((0,), 0, 1.5)]
    assert lede_first(flipped, sentences, _unalike(2), load_config(), [1.0, 1.0], [titles[1], frozenset()])[0].rep == 1


def test_a_unit_opening_on_the_writers_exclamation_does_not_lead() -> None:
    # "Kate Gosselin Got a Real Job! It's true: ..." led a Multi-News brief when its second sentence,
    # leaning on the first, made them one unit. The exclamation is the writer's teaser, an aside, and
    # the sentence leaning on it goes with it.
    first = "Ada Wren Got the Harbour Job! It's true: Ada Wren finally took the harbour master's post on Monday."
    units = segment(_article("Veld Post", first), 0)
    assert [u.kind for u in units] == ["aside"]


def test_a_unit_ending_on_the_writers_exclamation_may_lead() -> None:
    # A report may end on a cheer ("... and he had many to thank — including himself!", multinews-017).
    first = "Ada Wren took the harbour master's post on Monday and thanked everyone, including herself!"
    # Both second sentences of their articles: what the writer says, not where, decides.
    council = "Traders met at the quay on Sunday. The Veldhaven council named Ada Wren harbour master."
    articles = [_article("Veld Post", first), _article("Quay Daily", council)]
    sentences = [s for unit in segment_all(articles) for s in unit]
    whole = next(k for k, s in enumerate(sentences) if s.text == first)
    named = len(sentences) - 1
    ranked = [FactGroup((whole,), whole, 2.0), FactGroup((named,), named, 1.5)]
    ordered = lede_first(ranked, sentences, _unalike(len(sentences)), load_config(), [1.0, 1.0])
    assert ordered[0].rep == whole, sentences[ordered[0].rep].text


@pytest.mark.parametrize(("lede", "printed"), [
    ("Police said the missing ferry hand Ada Wren was found safe at a friend's house in Veldhaven on Monday.", False),
    ("Police in Veldhaven widened the search for the missing ferry hand Ada Wren on Monday.", True),
])
def test_once_the_lede_reports_someone_found_the_search_for_them_is_not_printed(lede: str, printed: bool) -> None:
    # "... is still missing as of Monday afternoon" under the lede "Kristian Perez was located".
    sought = "Ada Wren is still missing, her family said, and police are asking for information."
    articles = [_article("Veld Post", lede), _article("Quay Daily", sought)]
    sentences = [s for unit in segment_all(articles) for s in unit]
    ranked = [FactGroup((0,), 0, 2.0), FactGroup((1,), 1, 1.5)]
    ordered = lede_first(ranked, sentences, _unalike(len(sentences)), load_config(), [1.0, 1.0])
    assert (1 in [g.rep for g in ordered]) is printed, [sentences[g.rep].text for g in ordered]


@pytest.mark.parametrize(("sought", "printed"), [
    ("Police said Wren's phone records could help them locate the missing ferry hand.", False),
    ("Anyone with information is asked to contact Veldhaven police on 555-0142.", False),
    ("Anyone with information about the gunman is asked to contact Veldhaven police.", True),
], ids=["the missing", "an appeal naming no one", "someone else still wanted"])
def test_once_the_lede_reports_someone_found_the_appeals_for_news_are_over(sought: str, printed: bool) -> None:
    # Twenty-ninth reading: "help them locate the missing teen" and "Anyone with information is
    # asked to contact the Police Department" under the lede "Kristian Perez was located".
    lede = "Police said the missing ferry hand Ada Wren was found safe at a friend's house in Veldhaven on Monday."
    sentences = [s for unit in segment_all([_article("Veld Post", lede), _article("Quay Daily", sought)]) for s in unit]
    ranked = [FactGroup((0,), 0, 2.0), FactGroup((1,), 1, 1.5)]
    ordered = lede_first(ranked, sentences, _unalike(len(sentences)), load_config(), [1.0, 1.0])
    assert (1 in [g.rep for g in ordered]) is printed, [sentences[g.rep].text for g in ordered]


def test_a_fact_its_article_goes_on_to_set_something_against_is_printed_with_it_or_not_at_all() -> None:
    # multinews-055 (reading 34f): "After being recovered, the two paintings were initially considered
    # evidence in the Italian authorities' case against the mafia." printed without "But in January a
    # court ruled that they could be released and returned to the Netherlands."
    text = (
        "Paintings stolen from the Veld museum were initially held as evidence in the Kessel case against the "
        "smugglers. But in January a court ordered them returned to the museum.\n\n"
        "Experts predicted that the new ferry line would double trade at the quay. However, trade has "
        "probably fallen since it opened.\n\n"
        "The museum reopens on Friday. But the quay stays closed.\n\n"
    )
    sentences = list(segment(_article("Quay Daily", text), 0))

    def alone(opening: str) -> FactGroup:
        k = next(n for n, s in enumerate(sentences) if s.text.startswith(opening) and count_sentences(s.text) == 1)
        return FactGroup((k,), k, 1.0)

    facts = [alone("Paintings stolen"), alone("Experts predicted"), alone("The museum reopens")]
    printed = [sentences[g.rep].text for g in with_contrast(facts, sentences, load_config(), [text])]
    # the paintings with the ruling; the forecast, whose pair ends on the writer's guess, not at all; a
    # sentence that tells nothing provisional stands alone whatever follows it (reading 34g: most do)
    assert printed == [
        "Paintings stolen from the Veld museum were initially held as evidence in the Kessel case against the "
        "smugglers. But in January a court ordered them returned to the museum.",
        "The museum reopens on Friday.",
    ], printed
    # within a word bound the user set, the facts already fit it: the caveated one goes, not grows
    config = load_config()
    bound = replace(config, brief=replace(config.brief, max_words=60))
    assert [sentences[g.rep].text for g in with_contrast(facts, sentences, bound, [text])] == [
        "The museum reopens on Friday."
    ]


def test_the_answer_of_the_party_the_claims_are_about_is_printed() -> None:
    # multinews-044 printed Thicke's sons' claims against his widow three ways ("greedy and
    # overreaching", "avarice", "threatening to challenge the prenup") and not her attorney's answer,
    # "Tanya Thicke has never threatened to take private family matters public", ranked too low to fit.
    texts = [
        "The harbour board sued Ada Wren on Monday, claiming she sold the quay's cranes without its consent.",
        "The quay's cranes were built in 1962.",
        "Board members claim Wren kept the money from the sale, and said the quay lost a year's trade.",
        "Wren's attorney Piet Anker said in a statement that the lawsuit is baseless and that Wren never kept "
        "any money.",
    ]
    sentences = [s for unit in segment_all([_article(f"Outlet {i}", t) for i, t in enumerate(texts)]) for s in unit]
    reply = next(k for k, s in enumerate(sentences) if s.text.startswith("Wren's attorney"))
    crane = next(k for k, s in enumerate(sentences) if s.text.startswith("The quay's cranes"))
    printed = [FactGroup((k,), k, 1.0 if k == crane else 3.0 - k / 10) for k in range(len(sentences)) if k != reply]
    ranked = [*printed, FactGroup((reply,), reply, 0.5)]
    kept = [g.rep for g in with_reply(printed, ranked, sentences, texts)]
    assert reply in kept and crane not in kept and len(kept) == len(printed)
    # ... right after the claim it answers (multinews-140 printed the answer before the bribe charge).
    money = next(k for k, s in enumerate(sentences) if s.text.startswith("Board members claim"))
    assert kept.index(reply) == kept.index(money) + 1
    # An answer to a claim the brief does not print reads as denying another (the 120th reading:
    # multinews-044's "has never threatened to take private family matters public" under "The sons say
    # she's threatening to challenge the prenup"): it is not printed.
    other = [g for g in printed if g.rep != money]
    assert with_reply(other, [*other, FactGroup((reply,), reply, 0.5)], sentences, texts) == other
    # Where the answer is printed already, or no claim is, nothing changes.
    assert with_reply(ranked, ranked, sentences, texts) == ranked
    calm = [g for g in printed if not re.search(r"sued|claim", sentences[g.rep].text)]
    assert with_reply(calm, [*calm, FactGroup((reply,), reply, 0.5)], sentences, texts) == calm


def test_an_answer_is_looked_for_whatever_else_says_never() -> None:
    # multinews-140 printed "Martin paid a $9 million bribe" twice over and not "Sargeant's lawyers
    # insist the $9 million was payment to a 'quasi-government' Jordanian company ... and deny any
    # wrongdoing": an unrelated "never" printed ("she insists she never gave a dime") had stopped the
    # search, and "lawyers", "insist" were not read as an answer's.
    texts = [
        "A lawsuit against Ada Wren claims she paid a 40,000-euro bribe to the harbour board to win the berth.",
        "The Post never named the board member who took the money.",
        "The quay's cranes were built in 1962.",
        "Wren's lawyers insist the 40,000 euros were a fee to a harbour contractor and deny any wrongdoing.",
    ]
    sentences = [s for unit in segment_all([_article(f"Outlet {i}", t) for i, t in enumerate(texts)]) for s in unit]
    reply = next(k for k, s in enumerate(sentences) if s.text.startswith("Wren's lawyers"))
    printed = [FactGroup((k,), k, 3.0 - k / 10) for k, s in enumerate(sentences) if k != reply]
    kept = [g.rep for g in with_reply(printed, [*printed, FactGroup((reply,), reply, 0.5)], sentences, texts)]
    assert reply in kept


FILLER = "The quay's cranes were built in 1962."
HALE = "Sen. Ron Hale accused Mayor Ina Voss of steering city contracts to her brother's firm in Kessel and Veld."
KERRY = ("Calls are growing for climate envoy John Kerry to be investigated over accusations that he told Iran about "
         "Israeli military operations.")
REYES = "Prosecutors charged Dan Reyes with bribing city inspectors to approve the Elm Street tower."
VOSS_DENIES = "Voss said she had never steered a city contract to her brother's paving firm."
LAWYER = ("A lawyer for Voss said the accusations were baseless and the city contracts went to the lowest bidder, "
          "not to her brother's firm.")


@pytest.mark.parametrize(("texts", "answer"), [
    # reading 48d, neus-val-0023: Kerry's own "said on Monday that he had never discussed covert Israeli airstrikes
    # in Syria with Iran's foreign minister" answers the calls over "accusations that he told Iran about Israeli
    # military operations": in person, in other words, naming the claim's places
    ([KERRY, FILLER, "John Kerry said on Monday that he had never discussed Israeli airstrikes with Iran's envoy."],
     "John Kerry said"),
    ([HALE, FILLER, "Ina Voss said on Monday that she had never discussed contracts in Kessel or Veld with anyone."],
     "Ina Voss said"),
    ([HALE, FILLER, "Mayor Voss said she had never steered a city contract to her brother's firm."], "Mayor Voss"),
    ([REYES, FILLER, "Reyes said he denied bribing any city inspector over the Elm Street tower."], "Reyes said"),
    # whom a claim accuses, however it says so (review 48d's R1)
    *(([claim, FILLER, VOSS_DENIES], "Voss said") for claim in (
        "Mayor Ina Voss faces charges of steering city contracts to her brother's paving firm.",
        "Mayor Ina Voss was arrested and charged with steering city contracts to her brother's paving firm.",
        "Mayor Ina Voss was formally charged on Monday with steering city contracts to her brother's paving firm.",
        "Mayor Ina Voss, who sued the newspaper last year, is accused of steering city contracts to her brother.",
        "Prosecutors say Mayor Ina Voss ran an alleged kickback scheme steering city contracts to her brother's firm.",
    )),
    # not the accuser, a victim, a witness or whom the charge names (reviews 48b's B1, 48d's B1 and B3), ...
    ([HALE, FILLER, "Hale said he had never seen contracts in Kessel or Veld go to anyone else.", LAWYER], "A lawyer"),
    (["Prosecutors charged Dan Reyes with assaulting Maria Lopez outside a bar in Tucson last March.", FILLER,
      "Lopez said she had not recovered from the assault outside the Tucson bar."], None),
    (["Prosecutors charged Dan Reyes with bribing Paul Grant, a city inspector, to approve the Elm Street tower.",
      FILLER, "Grant said he had not been charged and was cooperating with prosecutors in the Elm Street tower case."],
     None),
    (["Police charged Dan Reyes with shooting a clerk at a Tucson gas station, citing witness Amy Cole.", FILLER,
      "Cole said she had never seen the gunman before the shooting at the Tucson gas station."], None),
    (["Mayor Ina Voss was sued by Ron Hale for steering city contracts to his rival's paving firm.", FILLER,
      "Hale said he had never received a city contract despite the lowest bid for the paving firm."], None),
    (["Mayor Ina Voss is accused by Sen. Ron Hale of steering city contracts to her brother's paving firm.", FILLER,
      "Hale said he had never received a city contract from Voss for his paving firm."], None),
    (["Mayor Ina Voss was sued by Ron Hale over city contracts steered to her brother's paving firm.", FILLER,
      "Hale's lawyer said he had never seen a city contract go to the lowest bidder, Voss's brother's paving firm."],
     None),
    # ... nor a namesake (review 48b's B2, 48d's N1 and N2) ...
    ([HALE, FILLER, "Gina Voss said she had never discussed contracts in Kessel or Veld with anyone."], None),
    (["Gordon Brown was charged with defrauding tenants of deposits in Leeds.", FILLER,
      "Housing minister Sarah Gordon said landlords who defraud tenants of deposits would never again be licensed."],
     None),
    (["Rep. Tom Carver was elected in 2010. Carver was charged with taking bribes from a defense contractor.", FILLER,
      "Sen. Mike Carver said he had never taken money from a defense contractor in Ohio or Texas."], None),
    (["Prosecutors charged Voss with steering city contracts to her brother's paving firm.", FILLER,
      "Karl Voss, the mayor's brother, said he had never received a city contract for his paving firm."], None),
    # ... and no denial of the deed (reviews 48b's B3 and B4, 48d's R4), which does not stop the search
    ([HALE, FILLER, "Mayor Ina Voss said she would never resign over Kessel or Veld.", LAWYER], "A lawyer"),
    ([HALE, FILLER, "Ina Voss said Kessel had never been more willing to trade with Veld."], None),
    ([HALE, FILLER, "Mayor Ina Voss said on Monday that she had never enjoyed a council meeting less."], None),
    ([KERRY, FILLER, "John Kerry said on Monday that he had never enjoyed a negotiation less."], None),
    ([REYES, FILLER, "Reyes said he had not been charged with anything else connected to the Elm Street tower."], None),
    ([REYES, FILLER, "Reyes said he had not yet decided whether to plead guilty to bribing city inspectors."], None),
    ([REYES, FILLER, "Reyes said he was not aware of any investigation before the Elm Street tower bribery charges."],
     None),
    ([REYES, FILLER, "Reyes said a judge denied his bail request in the Elm Street tower bribery case."], None),
    ([HALE, FILLER, "Voss said she did not only steer city contracts but also hired her brother's staff."], None),
    # review 49a: no deed denied ...
    ([REYES, FILLER, "Reyes said he had never worked harder than on the Elm Street tower, which inspectors approved."],
     None),
    ([REYES, FILLER, "Reyes said he was not the only developer who paid city inspectors to approve a tower."], None),
    ([HALE, FILLER, "Voss said she had never felt more confident that voters would see through the claims."], None),
    ([HALE, FILLER, "Voss said she had never driven drunk between Kessel and Veld, as a police report alleges."], None),
    (["Lowell said Victor had defamed Kelley. Lowell also accused Victor of inappropriate behavior toward Kelley.",
      FILLER, "Victor said he never accused Kelley of wrongdoing, but had said she was naive."], None),
    (["Prosecutors have not accused Cohen of wrongdoing in regard to the payments or any other business dealings.",
      FILLER, "Cohen said he had never discussed the payments or his business dealings with Russian investors."], None),
    # ... nor by the accused: a victim, a relative, the accuser's spokesman
    (["Police said Maria Lopez was attacked by Dan Reyes, who has been charged with assault outside a Tucson bar.",
      FILLER, "Lopez said she had never seen Reyes before the attack outside the Tucson bar."], None),
    ([HALE, FILLER, "Voss's brother said he had never received a city contract without the lowest bid for his firm."],
     None),
    ([HALE, FILLER, "Karl Voss, the mayor's brother, runs a firm in Kessel. Voss said he had never received a city "
      "contract without the lowest bid."], None),
    ([HALE, FILLER, "A spokesman for Hale said Voss had never disclosed the city contracts her brother's firm won."],
     None),
    # ... while a title, a party or another name after "said" is no other first name, and the spokesperson's
    # answer opening "It's" or on the accuser's name is still one
    ([HALE, FILLER, "Democrat Voss said she had never steered a city contract to her brother's firm."],
     "Democrat Voss"),
    ([HALE, FILLER, "Voss said she had never steered a contract to Karl Voss, her brother."], "Voss said"),
    ([HALE, FILLER, '"It\'s baseless," a lawyer for Voss said of the accusations about city contracts steered to her '
      "brother's firm."], '"It\'s baseless'),
    ([HALE, FILLER, '"Hale\'s accusations are baseless," a spokesman for Voss said, adding the city contracts went to '
      "the lowest bidder."], '"Hale\'s'),
    # review 49b: not whom a phrase before the charged names, nor a relative of the accused ...
    (["A former aide to Sen. Ron Hale was charged Tuesday with embezzling campaign funds from Hale's account.", FILLER,
      "Hale said he had never used campaign funds from his re-election account for anything but the campaign."], None),
    (["Olav Tal, the son of Mayor Ada Tal, was charged with lying on a federal form when he bought a boat.", FILLER,
      "Ada Tal said she had never discussed the boat or the federal form with her son."], None),
    # ... nor an admission ...
    ([REYES, FILLER, "Reyes said he never reported the bribes city inspectors demanded because he feared losing the "
      "tower."], None),
    ([REYES, FILLER, "Reyes said he never told anyone he had paid city inspectors to approve the Elm Street tower."],
     None),
    (["Prosecutors charged Dan Reyes with failing to pay taxes on $1.4 million in income from ferry deals.", FILLER,
      "Reyes said he had not paid the taxes on the income until 2020, when he settled with the tax office."], None),
    # ... nor the prosecutors', the accuser's or the victim's side
    ([REYES, FILLER, "Prosecutors said in a statement that Reyes had never disclosed the payments to city inspectors "
      "on the Elm Street tower."], None),
    ([REYES, FILLER, "A spokesman for the U.S. attorney said Reyes had never denied paying city inspectors."], None),
    ([HALE, FILLER, "Hale spokesman Tom Park said Voss had never disclosed the city contracts her brother's firm "
      "won in Kessel."], None),
    (["Prosecutors charged Dan Reyes with assaulting Maria Lopez outside a bar in Tucson last March.", FILLER,
      "A lawyer for Lopez said the assault outside the Tucson bar was not the first and Reyes had never apologized."],
     None),
])
def test_the_accused_answers_in_person_only_denying_the_deed(texts: list[str], answer: str | None) -> None:
    sentences = [s for unit in segment_all([_article(f"Outlet {i}", t) for i, t in enumerate(texts)]) for s in unit]
    filler = next(k for k, s in enumerate(sentences) if s.text == FILLER)
    printed = [FactGroup((k,), k, 3.0 - k / 10) for k in range(filler + 1)]
    ranked = [*printed, *(FactGroup((k,), k, 0.5) for k in range(filler + 1, len(sentences)))]
    replies = [sentences[g.rep].text for g in with_reply(printed, ranked, sentences, texts) if g.rep > filler]
    assert replies == ([] if answer is None else [next(t for t in texts if t.startswith(answer))])


def test_names_shared_by_claim_and_answer_keep_their_own_final_s() -> None:
    # Stripping any final "s" read "Chief Justice Roberts" and "Robert" as one name, and "Ross" as "ro".
    names = {"justice roberts", "ross vale", "texas"}
    assert name_runs("Justice Roberts asked Ross Vale's aides about Texas.") == names
    assert not name_runs("Justice Roberts ruled.") & name_runs("Robert said no.")
    assert name_runs("Iran’s envoy met the Joneses’ lawyer.") == {"iran", "joneses"}


def test_the_answer_does_not_take_the_place_of_a_fact_that_introduced_someone() -> None:
    # multinews-140 (reading 34d): the answer took the place of "A congressional probe led by Rep. Henry
    # Waxman ...", and "... a Pentagon audit requested by Waxman found ..." stayed, naming no one known
    text = (
        "A lawsuit against Ada Wren claims she paid a 40,000-euro bribe to the harbour board to win the berth.\n\n"
        "A council inquiry led by Rep. Jan Brink found in 2028 that the board had overcharged the port.\n\n"
        "Last month, a port audit requested by Brink found that the board was overpaid by 2 million euros.\n\n"
        "Wren's lawyers insist the 40,000 euros were a fee to a harbour contractor and deny any wrongdoing."
    )
    sentences = list(segment(_article("Quay Daily", text), 0))

    def group(opening: str, score: float) -> FactGroup:
        k = next(n for n, s in enumerate(sentences) if s.text.startswith(opening))
        return FactGroup((k,), k, score)

    # the claim, the inquiry (the least fact), the audit that names Brink by surname alone
    printed = [group("A lawsuit", 3.0), group("A council inquiry", 1.0), group("Last month", 2.0)]
    reply = group("Wren's lawyers", 0.5)
    kept = [sentences[g.rep].text.split()[0] for g in with_reply(printed, [*printed, reply], sentences, [text])]
    # the audit gives way instead: the claim, its answer and the inquiry stay
    assert "Wren's" in kept and "Last" not in kept and len(kept) == 3, kept


def test_a_fact_naming_two_people_others_wait_for_releases_them_both() -> None:
    # The first fact released by "Ada Wren and Piet Anker met ..." prints, and that print releases
    # the fact waiting for Anker before the first release had finished: that was a KeyError.
    texts = [
        "The Veldhaven quay reopened to ferries on Friday after two weeks of repairs.",
        "Ada Wren runs the Veldhaven port for the council. Wren said the ferries would keep to the winter timetable.",
        "Piet Anker is the harbour master of Veldhaven. Anker said the night crossings would resume in March.",
        "Ada Wren and Piet Anker met the harbour board on Monday to plan the reopening.",
    ]
    sentences = [s for unit in segment_all([_article(f"Outlet {i}", t) for i, t in enumerate(texts)]) for s in unit]
    lede, wren, anker, both = (next(k for k, s in enumerate(sentences) if s.text.startswith(p))
                               for p in ("The Veldhaven quay", "Wren said", "Anker said", "Ada Wren and"))
    groups = [FactGroup((k,), k, 1.0) for k in (lede, wren, anker, both)]
    assert [g.rep for g in introduced(groups, sentences, texts)] == [lede, both, wren, anker]


@pytest.mark.parametrize(("lede", "printed"), [
    ("Governor Ada Wren signed a bill on Tuesday that bars ferries from the Kessel channel.", True),
    ("Governor Ada Wren barred ferries from the Kessel channel on Tuesday.", False),
], ids=["the lede names a bill", "it names none"])
def test_a_fact_on_the_measure_follows_one_that_names_a_measure(lede: str, printed: bool) -> None:
    # allsides-5988 printed the opponents of Florida's law twice and its supporters never: "The measure
    # has been widely celebrated by Republicans ..." was left out as leaning on the sentence before,
    # though the lede had told of the law it means.
    celebrated = "The measure has been widely celebrated by the harbour trade for protecting the quay."
    assert not leans_back(celebrated)
    texts = [lede, "Ferries have used the Kessel channel for a century. " + celebrated]
    sentences = [s for unit in segment_all([_article(f"Outlet {i}", t) for i, t in enumerate(texts)]) for s in unit]
    measure = next(k for k, s in enumerate(sentences) if s.text == celebrated)
    groups = [FactGroup((0,), 0, 2.0), FactGroup((measure,), measure, 1.0)]
    assert (measure in [g.rep for g in introduced(groups, sentences, texts)]) is printed


@pytest.mark.parametrize(("lede", "printed"), [
    ("The Veldhaven council voted on Tuesday to bar ferries from the Kessel channel.", True),
    ("The Veldhaven council barred ferries from the Kessel channel on Tuesday.", False),
], ids=["the lede tells of a vote", "it tells of none"])
def test_a_fact_on_the_vote_follows_one_that_tells_of_voting(lede: str, printed: bool) -> None:
    # allsides-5959 printed "The vote aligns with initiatives in several other states ..." under a lede
    # telling the board "banned" the theory (the 129th and 130th readings).
    vote = "The vote aligns with rules in several other harbour towns such as Kessel and Tal."
    texts = [lede, "Ferries have used the Kessel channel for a century. " + vote]
    sentences = [s for unit in segment_all([_article(f"Outlet {i}", t) for i, t in enumerate(texts)]) for s in unit]
    voted = next(k for k, s in enumerate(sentences) if s.text == vote)
    groups = [FactGroup((0,), 0, 2.0), FactGroup((voted,), voted, 1.0)]
    assert (voted in [g.rep for g in introduced(groups, sentences, texts)]) is printed


@pytest.mark.parametrize(("before", "printed"), [
    ("Harbour master Ada Wren wrote a column for the Veld Post on Monday about the ferry strike.", True),
    ("Harbour master Ada Wren was dismissed by the council on Monday over the ferry strike.", False),
], ids=["a column told of", "none"])
def test_a_fact_in_the_column_follows_one_that_tells_of_the_column(before: str, printed: bool) -> None:
    # multinews-078 printed "In the column, Williams excoriated NPR ..." where no printed fact told of
    # a column (the 118th reading); allsides-5909 led with "In the letter dated April 9, ...".
    column = "In the column, Wren accused the council of caving in to the ferry line's demands."
    texts = [before, "Wren has run the harbour for a decade. " + column]
    sentences = [s for unit in segment_all([_article(f"Outlet {i}", t) for i, t in enumerate(texts)]) for s in unit]
    inside = next(k for k, s in enumerate(sentences) if s.text == column)
    groups = [FactGroup((0,), 0, 2.0), FactGroup((inside,), inside, 1.0)]
    assert (inside in [g.rep for g in introduced(groups, sentences, texts)]) is printed
    # "In the interview with CNN" says which interview.
    told = column.replace("In the column,", "In the interview with the Veld Post,")
    assert introduced([FactGroup((0,), 0, 1.0)], [sentence(0, told, 0, len(told), 0)], [told])


def test_a_fact_naming_a_person_by_surname_only_needs_them_named_before_it() -> None:
    # "Anker blamed ..." after a caption that named him: the reader would not know who Anker is.
    text = (
        "The Veldhaven ferry talks collapsed on Tuesday after nine hours, leaving 4,000 commuters a day "
        "without a crossing.\n\n"
        "Harbour board chairman Piet Anker, left, leaves the harbour office in Veldhaven, Oct. 3, 2029.\n\n"
        "Anker blamed the union for walking out of the talks without making a counter-offer on pay.\n\n"
        "The union said it would meet on Friday to decide whether to extend the strike."
    )
    assert not any(t.startswith("Anker") for t in _texts(make_brief([_article("Veld Post", text)])))
    # (his board named: a bare "Board chairman Piet Anker" leans on a sentence before that names the
    # board, as multinews-126's "Network co-chairman Brian Hooks" did)
    named = text.replace("The Veldhaven ferry talks", "Harbour board chairman Piet Anker said the ferry talks")
    assert any(t.startswith("Anker") for t in _texts(make_brief([_article("Veld Post", named)])))


@pytest.mark.parametrize("later", [
    '"The crossing will not reopen before spring," Anker wrote in an email to staff.',
    "Members of the union voted against Anker by a wide margin on Tuesday, the union said.",
])
def test_a_surname_used_alone_anywhere_in_a_fact_needs_the_person_named_before_it(later: str) -> None:
    # "..., Musk wrote." and "a taser on Anwar": who that is, a fact before it must say.
    text = (
        "The Veldhaven ferry talks collapsed on Tuesday after nine hours, leaving 4,000 commuters a day "
        "without a crossing.\n\n"
        "Harbour board chairman Piet Anker, left, leaves the harbour office in Veldhaven, Oct. 3, 2029.\n\n"
        f"{later}\n\n"
        "The union said it would meet on Friday to decide whether to extend the strike."
    )
    assert not any(later[:30] in t for t in _texts(make_brief([_article("Veld Post", text)])))
    # (his board named: a bare "Board chairman Piet Anker" leans on a sentence before that names the
    # board, as multinews-126's "Network co-chairman Brian Hooks" did)
    named = text.replace("The Veldhaven ferry talks", "Harbour board chairman Piet Anker said the ferry talks")
    assert any(later[:30] in t for t in _texts(make_brief([_article("Veld Post", named)])))


@pytest.mark.parametrize(("sentence", "names"), [
    ("Divers searched the harbour near Veldhaven for the missing crew on Monday.", ()),
    ("Crowds lined the quay as the Regatta began, Anker said.", ("Anker",)),
    ("Board chairman Piet Anker said Anker's ferry would sail.", ()),
])
def test_places_things_and_names_given_in_full_are_not_bare_surnames(sentence: str, names: tuple[str, ...]) -> None:
    text = "Piet Anker runs the Summer Regatta from Port Veldhaven. " + sentence
    assert bare_surnames(text, text.index(sentence), sentence) == names


def test_a_first_name_the_sentence_gives_in_full_is_known() -> None:
    # multinews-082 held back CNN's "Bush then called on Clinton to get wet, saying, 'Now it's my
    # privilege to challenge my friend Bill Clinton ... my gift to Bill is a bucket of cold water'"
    # for "Bill" (after "former President Bill Clinton" before it), and Clinton went unnamed.
    sentence = 'Wren then called on Anker, saying, "I challenge my friend Piet Anker. My gift to Piet is a bucket."'
    text = "President Ada Wren nominated former President Piet Anker to take the challenge. " + sentence
    assert bare_surnames(text, text.index(sentence), sentence) == ()


@pytest.mark.parametrize(("introduction", "names"), [
    ("Police Commissioner Piet Anker spoke in Veldhaven.", ("Anker",)),
    ("U.S. District Judge Piet Anker ruled in Veldhaven.", ("Anker",)),
    ("Vice President Piet Anker spoke in Veldhaven.", ()),
    # the 123rd reading (multinews-019): "Hanford police Detective Richard Pontecorvo" was read as
    # "Detective Richard", so '"These people are great at ...," Pontecorvo said.' led him in
    ("Harbour police Detective Piet Anker spoke in Veldhaven.", ("Anker",)),
    # the first reading of session 32 (allsides-5975): "At a news conference with Giammattei, Harris
    # said ..." after "Guatemalan President Alejandro Giammattei" in a sentence not printed: another
    # country's president is not known to readers by the surname
    ("Kesselish President Piet Anker spoke in Veldhaven.", ("Anker",)),
    ("Kesselian Foreign Minister Piet Anker spoke in Veldhaven.", ("Anker",)),
    ("Republican Senator Piet Anker spoke in Veldhaven.", ()),
    # (allsides-5826: "Gymnast Simone Biles chose ..." opening a column describes her, titles no office)
    ("Gymnast Piet Anker spoke in Veldhaven.", ("Anker",)),
    ("Chief Executive Piet Anker spoke in Veldhaven.", ()),
], ids=["commissioner", "judge", "vice president", "one word of title", "another country's president",
        "another country's minister", "a party's senator", "a description", "an office"])
def test_a_name_after_a_title_that_makes_no_one_known_is_a_person(introduction: str, names: tuple[str, ...]) -> None:
    # The final reading of the seventy-ninth session (multinews-061: "Batts said police would keep
    # probing ...", the police commissioner named only in the article; multinews-126: "Burroughs'
    # ruling"): a commissioner or a district judge is not known to readers by the surname, as a
    # vice president is.
    sentence = "On Monday, Anker said the ferry inquiry would go on."
    text = f"{introduction} {sentence}"
    assert bare_surnames(text, text.index(sentence), sentence) == names


@pytest.mark.parametrize(("introduction", "names"), [
    ("You have probably never heard of Piet Anker.", ("Anker",)),
    ("The wife of Piet Anker runs the ferry office.", ("Anker",)),
    ("The Bank of Piet Anker runs the ferry office.", ()),
], ids=["heard of", "wife of", "a body's name"])
def test_a_name_after_of_is_a_person_unless_a_body_is_named(introduction: str, names: tuple[str, ...]) -> None:
    # multinews-140 printed "..., Martin paid a $9 million bribe ..." before the fact that names him:
    # "heard of Marty Martin" was read as part of a body's name, like "Department of Public Health".
    sentence = "According to a lawsuit against the line's owner, Anker paid a bribe to the harbour master."
    text = f"{introduction} {sentence}"
    assert bare_surnames(text, text.index(sentence), sentence) == names


def test_a_question_quoted_and_the_speakers_who_asked_it_are_one_sentence() -> None:
    text = (
        '"Why would the board hide the repair bill?" Piet Varga and Mara Holt, union leaders, said in a statement. '
        '"Was it to protect the harbour from scandal?"\n\n'
        "The harbour board has not answered the union's letter."
    )
    units = [u.text for u in segment(_article("Quay Daily", text), 0)]
    assert units[0].startswith('"Why would the board hide the repair bill?" Piet Varga and Mara Holt'), units
    assert not any(u.startswith("Piet Varga") for u in units)


def test_a_quotation_closed_by_a_full_stop_and_its_bare_speaker_tag_are_one_sentence() -> None:
    # The tag alone ("Ada Wren, a biologist, said in a news release.") was printed as a fact.
    text = (
        '"The gulls return to the quay a week earlier than they did in 2019." Ada Wren, a biologist at the '
        "harbour institute, said in a news release.\n\n"
        '"We counted them twice." The survey said the colony had grown by a third since May.'
    )
    units = [u.text for u in segment(_article("Quay Daily", text), 0)]
    assert units[0].endswith("said in a news release."), units
    assert units[0].startswith('"The gulls return'), units
    assert not any(u.startswith("Ada Wren") for u in units), units
    # a tag must end at its verb or where it was said: a report of its own stays a sentence
    assert count_sentences(text[text.index('"We counted') :]) == 2


@pytest.mark.parametrize(("sentence", "leans"), [
    ("Mayor Ada Wren denied the claim on the radio on Friday.", True),
    ("The harbour board rejected these allegations in a statement.", True),
    ("Though the captain has denied the allegations, a court ordered him to pay damages in 2029.", False),
    # multinews-051 (reading 33a): whose remorse, and whose sentence, the sentence before said; printed
    # after a fact about another man, "his" read as that man's
    ("During the penalty phase, the jury said his lack of remorse contributed to the decision to sentence him.", True),
    ("During the hearing, the court heard that the fisherman had lost his licence twice.", False),
    # allsides-6100 led with "The pledge came as Joe Biden spoke with ...": which pledge, the sentence before said.
    ("The pledge came as the mayor spoke with the harbour board on Monday.", True),
    # multinews-115 led with "The nomination puts Mr Perry in charge of an agency ..." and 114 with
    # "The controversy started after ...": which nomination, which controversy, the sentence before said.
    ("The nomination puts Ada Wren in charge of a port she once proposed to close.", True),
    ("The controversy started after the mayor called for a second ferry terminal.", True),
    # the 147th reading, multinews-035: "The model currently has Obama leading Romney by 3 percentage points."
    # (HuffPost's tracking model, named only in the sentence before, read as the Romney campaign's); a model
    # and actress is someone the sentence tells of
    ("The model currently has the ferry line ahead of the bus company by 3 points.", True),
    ("The model and actress opened the new ferry terminal on Monday.", False),
    # ... and "the youth", as "the boy" (multinews-127)
    ("The youth was brought up on the deck by the captain.", True),
    # the 141st reading, allsides-5931: "How it all works out may make the case for wider adoption." (it all:
    # the primary the sentence before named); a page's rubric "Why it matters:" is no such question
    ("How it all works out may make the case for a second ferry.", True),
    ("What they found surprised the harbour board.", True),
    ("Why it matters: the ferry is the island's only link to Kessel.", False),
    ("How the ferry sank is still unclear, the harbour board said.", False),
    # the 139th reading, neus-val-0053: "So far, the chambers are taking divergent approaches." after a lede
    # that named one chamber; an adverb before the opening does not make it stand alone
    ("So far, the chambers are taking divergent approaches.", True),
    ("So far, 12 ferries have sailed from the new quay.", False),
    # the 138th reading, neus-val-0209: "Jobless figures on this scale haven't been seen since the Great
    # Depression." after the weekly figure, where the scale was the five weeks' total
    ("Ferry closures on this scale have not been seen since the war.", True),
    ("The storm closed ferries across the scale of the whole island.", False),
    # the 136th reading, multinews-048: "The mysterious diss comes just a few hours after ..." before any diss
    ("The mysterious diss comes just a few hours after the harbour board met.", True),
    ("A jab at the harbour board by Mayor Ada Wren drew cheers on Monday.", False),
    ("The 15-count indictment made public on Thursday charges the ferry line with tax fraud.", True),
    ("The harbour board approved the nomination of Ada Wren on Monday.", False),
    ("The mayor's approval rating fell to 38 percent in a poll published on Monday.", False),
    # the forty-seventh reading (multinews-085): "In them, Sandusky expressed little sympathy ..."
    # (the letters the sentence before named) and "... noted that others wrote letters as well."
    ("In them, the captain expressed little sympathy for the passengers he stranded.", True),
    ("The judge noted that others wrote letters to the court as well.", True),
    ("The harbour master resigned on Monday, too.", True),
    ("In Veldhaven, the ferry strike ended on Monday.", False),
    ("Police are investigating the collision as well as a robbery at the quay.", False),
])
def test_an_answer_to_what_the_sentence_before_reported_leans_on_it(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


@pytest.mark.parametrize(("opening", "name"), [
    ("Ms Anker has been suspended while the board investigates.", "Anker"),
    ("Anker blamed the union for the collapse of the talks.", "Anker"),
    ("Health officials said 153 people had fallen ill.", ""),
])
def test_a_surname_the_article_gave_in_full_before_is_told_apart(opening: str, name: str) -> None:
    text = "Ada Anker, a nurse at the Department of Public Health, was filmed at work. " + opening
    assert opening_surname(text, text.index(opening), opening) == name


@pytest.mark.parametrize(("before", "name"), [
    ("The filmmaker Ada July has written about her years of shoplifting. ", "July"),
    ("The shop was robbed on Friday, July 5, and again a week later. ", ""),
])
def test_a_month_is_a_surname_where_the_article_named_someone_by_it(before: str, name: str) -> None:
    # multinews-060, the 135th reading: "July continued to shoplift at the grocery store ..." led,
    # its "July" read as the month where the article had named Miranda July.
    opening = "July continued to shoplift at the grocery store."
    text = before + opening
    assert opening_surname(text, text.index(opening), opening) == name


@pytest.mark.parametrize(("opening", "name"), [
    ("Anker, a former harbour pilot, was discussing the ferry on Thursday.", "Anker"),
    ("Anker, 46, was filmed at work on Monday.", "Anker"),
    ("Veldhaven, the island's port, reopened on Monday.", ""),
])
def test_a_lede_opening_on_a_surname_and_its_description_names_no_one(opening: str, name: str) -> None:
    # neus-val-0179 led with "Crenshaw, a former Navy SEAL, was discussing ...", allsides-6018 with
    # "Floyd, 46, died ...": with nothing printed before a lede, the description does not say who.
    # After facts that name the person it may be enough (multinews-049's "Graham, who ended his
    # bid ...", judged right), so only a lede waits.
    text = "Ada Anker, a nurse at the Department of Public Health, was filmed at work. " + opening
    assert opening_surname(text, text.index(opening), opening, described=True) == name
    assert opening_surname(text, text.index(opening), opening) == ""


@pytest.mark.parametrize("opening", [
    "Anker's memo said the ferry fund paid the union's lawyers.",
    "Ms Anker has been suspended while the board investigates.",
])
def test_a_possessive_or_titled_surname_leans_on_a_full_name_given_anywhere(opening: str) -> None:
    # "Avenatti's memo said ..." and "Ms Aylward has been suspended ..." were printed to readers
    # who had not been told who that is: the article named her in full before, or only after.
    after = f"{opening} The board named the nurse as Ada Anker on Friday."
    before = f"Ada Anker, a nurse at the harbour clinic, was filmed at work. {opening}"
    assert opening_surname(before, before.index(opening), opening) == "Anker"
    if opening.startswith("Ms"):
        assert opening_surname(after, 0, opening) == "Anker"
    assert opening_surname("The harbour clinic opened. " + opening, 27, opening) == ""


def test_a_courtesy_title_is_no_first_name() -> None:
    # multinews-097 printed "Ms Aylward has been suspended ..." a fact before the one that named the
    # nurse Violetta Aylward: "Ms Aylward" was read as a name given in full.
    opening = "Ms Anker has been suspended while the board investigates."
    text = f"The film shows nurse Ada Anker at work. The board met. {opening}"
    assert bare_surnames(text, text.index(opening), opening) == ("Anker",)
    in_full = "Nurse Ada Anker has been suspended while the board investigates."
    assert bare_surnames(text, text.index(opening), in_full) == ()
    miss = text.replace("Ms Anker", "Miss Anker")
    assert bare_surnames(miss, miss.index("Miss Anker"), opening.replace("Ms", "Miss")) == ("Anker",)


def test_a_case_name_with_v_is_not_cut_at_the_abbreviation() -> None:
    text = "The appeal could still end Anker v. Veld Ferries, the 2019 ruling on crew pay. The court meets in May."
    assert next(u.text for u in segment(_article("Quay Daily", text), 0)).endswith("the 2019 ruling on crew pay.")


def test_a_fact_naming_a_body_by_its_kind_only_needs_it_named_before_it() -> None:
    # "The agency raised the fee": which agency, only a fact before it can say.
    text = (
        "Veldhaven's ferry fares will rise by a third from Monday, the harbour board said on Friday.\n\n"
        "The agency increased the cost of a monthly commuter pass from 40 to 55 euros.\n\n"
        "Commuters' groups said they would protest at the quay on Saturday."
    )
    assert not any(t.startswith("The agency") for t in _texts(make_brief([_article("Veld Post", text)])))
    named = text.replace("the harbour board said on Friday", "the Veld transport agency said on Friday")
    assert any(t.startswith("The agency") for t in _texts(make_brief([_article("Veld Post", named)])))


@pytest.mark.parametrize(("said_by", "printed"), [
    ("the shipbuilder Veld Yards said on Friday", False),
    ("the carmaker Veld Motors said on Friday", True),
    ("Veld Motors, the island's largest firm, said on Friday", True),
])
def test_the_company_is_named_by_any_word_for_a_business(said_by: str, printed: bool) -> None:
    # The ninety-sixth reading: allsides-6066 left out "The company said it had not identified any
    # serious safety concerns" after the lede "..., the drugmaker said Thursday", and printed an
    # off-topic sentence in its place. ("The shipbuilder" is no word the brief knows for a business.)
    text = (
        f"The new Veld ferry engine cuts fuel use by a third, {said_by}.\n\n"
        "The company said it had found no fault in two years of sea trials."
    )
    texts = _texts(make_brief([_article("Veld Post", text)]))
    assert any(t.startswith("The company") for t in texts) is printed, texts


def test_a_fact_two_photo_captions_back_is_printed_not_lost_with_them() -> None:
    # The captions say less and are backed by more; the fact may not vanish with them.
    caption = "Divers inspect the hull of the grounded tanker Veld Star at the Veldhaven quay on Monday."
    brief = make_brief([
        _article("Veld Post", (
            "The coastguard reopened the Veld estuary to shipping on Monday afternoon.\n\n"
            f"{caption} (AP Photo/Jo Reyes)\n\nThe tanker was carrying 40,000 tonnes of diesel."
        )),
        _article("Quay Daily", (
            "Shipping resumed in the Veld estuary on Monday afternoon.\n\n"
            f"{caption} (Reuters/Ivo Brandt)\n\nNo fuel leaked, the harbour board said."
        )),
        _article("Harbour Herald", (
            "Divers inspected the hull of the grounded tanker Veld Star at the Veldhaven quay on Monday and found "
            "a 2-metre crack.\n\nThe estuary reopened to shipping in the afternoon."
        )),
    ])
    assert any("2-metre crack" in t for t in _texts(brief)), _texts(brief)
    assert not any(t.startswith("Divers inspect the hull") for t in _texts(brief))


def test_a_correspondents_analysis_under_its_heading_is_never_a_fact() -> None:
    # Thirty-fourth reading: "The victory by Tsai Ing-wen marks a defeat for ... China", from a
    # report's "Analysis: <correspondent>, BBC News" box, was printed as a plain fact.
    text = (
        "The Harbour Party won the Veld election on Saturday with 56 percent of the vote, officials said.\n\n"
        "Analysis: Ada Wren, Veld Post, Veldhaven\n\n"
        "The victory marks a defeat for the ruling party and for its allies in Ostmark.\n\n"
        "Voters chose to keep Ostmark at a distance, and they did so by a wide margin.\n\n"
        "Results by district\n\n"
        "Turnout was 66 percent, the election board said on Sunday."
    )
    kinds = {u.text: u.kind for u in segment(_article("Veld Post", text), 0)}
    assert kinds["The victory marks a defeat for the ruling party and for its allies in Ostmark."] == "opinion"
    assert kinds["Voters chose to keep Ostmark at a distance, and they did so by a wide margin."] == "opinion"
    assert kinds["Turnout was 66 percent, the election board said on Sunday."] == "fact"


def test_a_verdict_in_a_piece_filed_as_opinion_is_never_a_fact() -> None:
    column = Article(
        text=(
            "The harbour board voted on Monday to close the Veld quay to ferries for two weeks.\n\n"
            "The board is right to close the quay, and the best thing the city can do now is pay for the repairs."
        ),
        outlet="Veld Post", title="Opinion: Close the quay and fix it", id="veld-post-opinion",
    )
    report = _article("Quay Daily", "The harbour board voted on Monday to close the Veld quay for two weeks.")
    texts = _texts(make_brief([column, report]))
    assert any("voted on Monday" in t for t in texts)
    assert not any("is right to close" in t for t in texts), texts


# A column on the quay's closing: the news it argues from, and facts chosen to make its case.
QUAY_COLUMN = (
    "The harbour board voted on Monday to close the Veld quay to ferries for two weeks.\n\n"
    "In 1998 the quay was rebuilt by a firm that later went bankrupt. Ferry fares have doubled in a decade "
    "while the timetable has shrunk."
)


def _quay_brief(column_url: str, report_url: str | None) -> Brief:
    column = Article(
        text=QUAY_COLUMN, outlet="Veld Post", title="Close the Veld quay to ferries and rebuild it", url=column_url,
        id="veld-post",
    )
    report = Article(
        # (the vote in its own words: a sentence two pages share word for word is one source's)
        text="On Monday the harbour board voted to close the Veld quay to ferries for two weeks. Divers found "
             "a crack in its north wall last week, the board said.",
        outlet="Quay Daily", title="Veld harbour board decides the quay's future", url=report_url, id="quay-daily",
    )
    # A budget that has room for every fact: what is left out is left out for what it is.
    return make_brief([column, report], config=load_config().with_max_words(150))


def test_a_columns_facts_back_a_news_reports_and_never_print_alone() -> None:
    # A column's facts are the ones its writer chose to make a case with ("fares have doubled
    # while the timetable has shrunk"); where news reports tell the story, they tell its facts.
    brief = _quay_brief("https://veldpost.example/opinion/2030/05/quay", "https://quaydaily.example/news/quay")
    texts = _texts(brief)
    assert not any("fares have doubled" in t or "rebuilt by a firm" in t for t in texts), texts
    assert any("Divers found a crack" in t for t in texts), texts
    assert brief.lede is not None and "voted on Monday" in brief.lede.text
    assert len({s.source for s in brief.lede.support}) == 2, brief.lede.support


def test_a_columns_title_is_not_the_headline_where_a_news_report_has_one() -> None:
    # Twenty-ninth reading: an editorial's "Stop listening to the ..." headed a story news reports told.
    brief = _quay_brief("https://veldpost.example/opinion/2030/05/quay", "https://quaydaily.example/news/quay")
    assert brief.headline == "Veld harbour board decides the quay's future"


def test_where_every_article_is_a_column_the_facts_are_those_two_of_them_tell() -> None:
    # Session 44 (readings 44b, 44c): where only columns tell a story, what one of them alone tells is its
    # own telling (11 of the 15 such ledes and facts on the AllSides stream were judged wrong); the
    # happening two of them tell is the news.
    texts = _texts(_quay_brief("https://veldpost.example/opinion/2030/05/quay", "https://quaydaily.example/opinion/quay"))
    assert any("voted" in t and "close the Veld quay" in t for t in texts), texts
    assert not any("fares have doubled" in t for t in texts), texts


def _two_columns(column_text: str) -> list[str]:
    """The printed texts of a brief of two columns: the quay column as given, and another's report."""
    column = Article(
        text=column_text, outlet="Veld Post", title="Close the Veld quay to ferries and rebuild it",
        url="https://veldpost.example/opinion/2030/05/quay", id="veld-post",
    )
    other = Article(
        text="The harbour board voted on Monday to close the Veld quay to ferries for two weeks, its chair "
             "Ana Reyes said.",
        outlet="Quay Daily", title="The quay can wait", url="https://quaydaily.example/opinion/quay", id="quay-daily",
    )
    return _texts(make_brief([column, other], config=load_config().with_max_words(150)))


def test_a_columns_reading_of_the_world_is_no_fact_even_where_every_article_is_a_column() -> None:
    # allsides-5845, three columns: "Vaccine hesitancy is an increasing problem at a time when ..."
    # was printed as a fact. A column's sentence that tells no happening and no one's words is
    # the writer's view; what it reports ("fares have doubled") is still a fact.
    texts = _two_columns(QUAY_COLUMN + " Harbour towns often measure their fortunes by the ferries that call at them.")
    assert any("voted on Monday to close the Veld quay" in t for t in texts), texts
    assert not any("measure their fortunes" in t for t in texts), texts


def test_a_columns_verdict_on_how_a_deed_is_taken_is_no_fact_where_every_article_is_a_column() -> None:
    # The second reading of session 32 (allsides-5826, three columns): "Gymnast Simone Biles chose her
    # mental health over ... a literal gold medal ..., and for a lot of people that decision won't make
    # sense." led the brief.
    verdict = "The board chose to close the quay for two weeks, and for a lot of people that decision won't make sense."
    texts = _two_columns(verdict + "\n\n" + QUAY_COLUMN)
    assert not any("won't make sense" in t for t in texts), texts


def test_a_columns_quotation_told_in_the_writers_verdict_is_no_fact_where_every_article_is_a_column() -> None:
    # Session 37 (allsides-5932, three columns): '"New York City public schools ... will be back in their
    # classroom in September ...," announced New York's often-feckless mayor.' was printed as a fact:
    # the words around the quotation are the writer's verdict on its speaker, in a compound.
    said = '"We will reopen the quay in June with a new north wall," announced the harbour\'s often-feckless chair.'
    texts = _two_columns(QUAY_COLUMN + "\n\n" + said)
    assert any("voted on Monday to close the Veld quay" in t for t in texts), texts
    assert not any("often-feckless" in t for t in texts), texts
    # (the same quotation told plainly is the chair's words, the writer's verdict on no one; told by one
    # column alone it is not printed either, since session 44: what one column alone tells is its own)
    from evenhand.brief.narratives import writer_judges

    assert writer_judges(said) and not writer_judges(said.replace("often-feckless", "new"))


@pytest.mark.parametrize(("second", "once"), [
    ("Six workers remain seriously hurt; nobody died.", True),
    ("Six people died in the blaze, the coroner's office said on Wednesday.", False),
], ids=["one count, other words", "one figure, another happening"])
def test_two_facts_opening_on_one_count_of_one_happening_are_one_fact(second: str, once: bool) -> None:
    wire = _article("Veld Wire", (
        "Fire tore through the Veld grain terminal on Tuesday, injuring 40 workers, the fire service said. "
        "Six people were injured seriously and taken to Veldhaven General Hospital, fire chief Ana Reyes said."
    ))
    ledger = _article("Quay Ledger", f"Forty workers were hurt when fire swept the Veld terminal on Tuesday. {second}")
    texts = _texts(make_brief([wire, ledger], config=load_config().with_max_words(150)))
    assert sum(t.startswith("Six") for t in texts) == (1 if once else 2), texts


@pytest.mark.parametrize(("sentence", "leans"), [
    ("Fifty more joined the harbour board's campaign, urging traders to stay open.", True),
    ("Two more ferry hands died in hospital on Tuesday.", True),
    ("More than 50 traders joined the harbour board's campaign.", False),
    ("Fifty more ferries than last year sailed from Veldhaven.", False),
    ("By comparison, the Ostmark quay handled 46 ferries.", True),
], ids=["fifty more", "two more", "more than", "more than, counted", "by comparison"])
def test_more_of_what_the_sentence_before_counted_leans_on_it(sentence: str, leans: bool) -> None:
    # Thirtieth reading's leftovers: "Fifty more joined ..." with the first fifty never printed;
    # "By comparison, Williams was the sixteenth ..." with what it is compared to never printed.
    assert leans_back(sentence) is leans


@pytest.mark.parametrize(("sentence", "leans"), [
    ("The former harbour master Ada Wren has condemned the closing of the quay.", False),
    ("The former was arrested on Monday at the quay.", True),
    ("The latter, a nurse from Veldhaven, said she was sorry.", True),
    ("Past closures, such as the quay's in 2029, drew more anger from traders than from residents.", False),
    ("Traders blamed such closures for the loss of the ferry trade.", True),
], ids=["a former office", "the former of two", "the latter of two", "such as", "such"])
def test_the_former_and_such_point_back_only_as_pronouns(sentence: str, leans: bool) -> None:
    # Twenty-ninth reading: "The former US First Lady Laura Bush has condemned ..." was never
    # printed as if it pointed back, nor "Past perceived gaffes, such as ...".
    assert leans_back(sentence) is leans


@pytest.mark.parametrize("opening", [
    "The gathering was chanting the union's name",
    "The documents start with a criticism of the harbour board",
    "The new information is part of a trove released by the court",
    "The lawyer shared the captain's concerns with the board",
])
def test_a_definite_noun_that_points_back_leans_on_the_sentence_before(opening: str) -> None:
    assert leans_back(f"{opening} on Monday.")


@pytest.mark.parametrize(("sentence", "leans"), [
    ("On Monday the harbour reporter Ada Wren waded into this morass with a long column.", True),
    ("The port launched a contest to solve this thorny problem, with a prize of $5,000.", True),
    ("Dock workers have not been part of these negotiations.", True),
    ("The board passed a levy on cargo, and this levy takes effect in May.", False),
    ("Traders said this week that the quay would reopen.", False),
    ("Researchers at Veld University say that, in this digital age, ferries lose riders to bridges.", False),
    ("Harbour master Ada Wren said she had waited for this for ten years.", False),
    ('Wren said: "We will not stand for this morass."', False),
    # multinews-031 (reading 33a): which savings, the sentence before said; printed alone they read as
    # the figure of the fact above
    ("The government last week drew up a list of measures to achieve those savings, but the parties split.", True),
    ("The harbour board cut 40 jobs, and those jobs will not return.", False),
    ("The ferry line will close those routes in the north that lose money.", False),
], ids=["this morass", "this thorny problem", "these negotiations", "named before", "a time", "an age",
        "this standing for a clause", "in a quotation", "those savings", "those named before", "those said which"])
def test_a_thing_told_of_as_this_inside_a_sentence_points_back(sentence: str, leans: bool) -> None:
    # The first reading of this session's audit: "... jumped into this morass with a long article",
    # "NASA has launched a contest for inventors to solve this uncomfortable issue" printed with no
    # morass or issue before them.
    assert leans_back(sentence) is leans


@pytest.mark.parametrize(("sentence", "leans"), [
    # allsides-5986: BuzzFeed's feature opening "The woman’s email arrived in Anthony Fauci’s inbox on Feb. 28,
    # 2020, ..." printed as a fact: which woman, only the sentences after it said
    ("The woman’s letter arrived at the Veld harbour office on June 3, with a one-word subject line.", True),
    ("The gunman's car was found near the quay on Tuesday.", True),
    ("The woman who won the Veld lottery gave the money to the lifeboat crew.", False),
    # (review 47b: a thing of anyone's, or one the sentence says whose, is no pointer back)
    ("The woman's right to choose was upheld by the Kessel high court on Monday.", False),
    ("The killer's identity in the 1994 Kessel canal murders remains a mystery.", False),
    # (review 47c: whatever follows the thing)
    ("The woman’s letter, sent on June 3, arrived at the harbour office a week later.", True),
    ("The gunman's motive remains unclear.", True),
    ("The gunman's motive in the Kessel quay shooting remains a mystery.", False),
], ids=["the woman's", "the gunman's", "the woman who", "anyone's", "said whose", "a thing described", "remains",
        "says which"])
def test_what_someone_told_of_by_kind_owns_leans_on_the_sentence_before(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


@pytest.mark.parametrize(("sentence", "fragment"), [
    # reading 47d: multinews-025 printed Wired's '"We are delighted ...," Emma Norton the head of legal casework
    # said.' alone: of what, the sentence before said (the campaign group Liberty), and alone she reads as the
    # defendant's lawyer; another outlet's telling that names the body prints instead
    ('"We are pleased the board has listened," Ada Wren the head of legal casework said.', True),
    ("Ada Wren, head of legal casework for the Veld Ferry Passengers Union, said she was pleased.", False),
    ("Ada Wren, the head of communications at Veld Ferries, said the line would reopen.", False),
    # (review 47c: a body the sentence names elsewhere, and a title that is an office whole, stand)
    ("Veld Ferries cut 40 jobs on Tuesday, and Ada Wren the head of research said more would go.", False),
    ("The harbour will close for a week, Ada Wren the chief of staff said on Tuesday.", False),
    ("Storms will close the quay again, Ada Wren the director of national intelligence said.", False),
    ('Today the ruling is a victory, Ada Wren the head of legal casework said.', True),
], ids=["role alone", "role for a named body", "role at a named body", "body named before", "chief of staff",
        "national intelligence", "first word"])
def test_a_speaker_by_a_role_in_a_body_not_named_backs_a_fact_but_does_not_print_it(
    sentence: str, fragment: bool
) -> None:
    text = f"The Veld Ferry Passengers Union said the ruling was fair. {sentence}"
    units = [u for u in segment(_article("Veld Post", text), 0) if u.text == sentence]
    assert [u.kind == "fragment" for u in units] == [fragment], [(u.kind, u.text) for u in units]


@pytest.mark.parametrize(("sentence", "leans"), [
    # reading 47a: multinews-096 printed "The judges concluded this was difficult to prove if goods also showed
    # a brand name such as KitKat." as a fact of its own: what was difficult, the fact before it said
    ("The judges concluded this was difficult to prove if a ferry also carried the line's name.", True),
    ("Harbour police said these were the third and fourth thefts on the quay this month.", True),
    ("The mayor said that was not what the board had promised.", True),
    # (reading 47d: neus-val-0299's "Biden said the case was already clear before the public."; review 47d: not
    # where the sentence names the thing itself, nor a plan it tells)
    ("The mayor said the case was already clear to every ferry passenger.", True),
    ("A judge threw out the ferry crews' lawsuit and said the case was frivolous.", False),
    ("Harbour police said the plan was to sink the night ferry on Monday.", False),
    # ("that" opening what was said, and "this" standing for a condition the sentence gives first)
    ("The mayor said that the ferry would sail on Monday.", False),
    ("If the levy passes, traders said this would cut the cost of a crossing by half.", False),
], ids=["concluded this", "said these", "said that was", "said the case", "the case named", "the plan to",
        "said that clause", "after a condition"])
def test_what_someone_said_of_this_leans_on_the_sentence_before(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


def test_a_time_told_from_an_event_not_printed_leans_on_the_sentence_before() -> None:
    # Twenty-second reading: "Shortly after the probe, Sargeant resigned ..." printed with no probe before it.
    assert leans_back("Shortly after the probe, the harbour master resigned as chair of the ferry board.")
    assert not leans_back("Shortly after midnight, the harbour master resigned as chair of the ferry board.")


def test_after_the_lede_facts_that_report_go_before_a_reading_of_the_story() -> None:
    # Readers judged about half the facts that tell no happening and no one's words wrong ("The
    # Curiosity landing is shaping up to be an international spectacle"), against three in ten of
    # the rest: of two facts about as important, the one that reports goes first.
    text = (
        "The Veld ferry union walked out on Monday, halting crossings for 4,000 commuters.\n\n"
        "The strike is shaping up to be the harbour's biggest test in a generation.\n\n"
        "Union leader Piet Anker said the walkout would last two days."
    )
    units = segment(_article("Veld Post", text), 0)
    lede, reading, words = (FactGroup((k,), k, score) for k, score in enumerate((3.0, 2.0, 1.5)))
    ordered = happenings_first([lede, reading, words], units, 0.5)
    assert [g.rep for g in ordered] == [0, 2, 1]
    assert [g.rep for g in happenings_first([lede, reading, words], units, 1.0)] == [0, 1, 2]


def test_a_source_is_cited_for_a_fact_only_where_it_states_it_plainly() -> None:
    # multinews-088 cited "voicing her support for Dylan Farrow" for "apologized to Dylan Farrow
    # and expressed regret": readers called one citation in eight wrong at the share of words that
    # lets a sentence back a fact. It may still back the fact; it is not cited for it.
    fact = (
        "In an open letter, Ana Reyes of the Veld Post apologised publicly to Piet Anker on Friday and expressed "
        "regret."
    )
    support = "In an open letter, Ana Reyes of the Veld Post wrote to Piet Anker on Friday to voice her support."
    restated = (
        "In an open letter on Friday, Ana Reyes of the Veld Post publicly apologised to Piet Anker and said she "
        "regretted it."
    )
    printed, supporting, restating = _openings(fact, support, restated)
    claim = Stated.of(printed)
    config = load_config()
    assert supports(supporting, claim, {}, config, True)
    assert not cites(supporting, claim, {}, config)
    assert cites(restating, claim, {}, config)


def test_a_title_or_a_middle_initial_is_no_name_a_citing_sentence_must_give() -> None:
    # neus-val-0238: "Maryland Rep. Elijah E. Cummings died early Thursday at Johns Hopkins Hospital ..."
    # left uncited the outlet that wrote "Cummings, the head of the powerful House Committee ..., died
    # early Thursday at Johns Hopkins Hospital ...": "Rep" and "E" counted as names it lacked.
    fact = ("Veldland Rep. Ada E. Wren died early Thursday at Kessel General Hospital after a long illness, her "
            "office said.")
    same = ("Wren, the head of the harbour committee, died early Thursday at Kessel General Hospital after a long "
            "illness, according to the Veld Post.")
    other = ("Tom Brandt, the head of the harbour committee, died early Thursday at Kessel General Hospital after a "
             "long illness, according to the Veld Post.")
    printed, naming, not_naming = _openings(fact, same, other)
    claim = Stated.of(printed)
    config = load_config()
    assert cites(naming, claim, {}, config)
    assert not cites(not_naming, claim, {}, config)


def test_a_fact_of_two_sentences_is_cited_only_where_a_source_states_some_of_each() -> None:
    # multinews-102 cited a sentence telling only the new charges for "Bibriesca was then walked
    # to the county jail. He was charged with ...", and allsides-5844 a sentence about the five
    # nominees for a quotation of Pelosi's followed by a sentence about two of them.
    fact = (
        "Anker was then walked to the county jail. He was charged on Friday with arson, burglary and a bond "
        "violation at the Veld courthouse."
    )
    charges = (
        "At the Veld courthouse on Friday, Piet Anker learned he faces three charges: arson, burglary and a bond "
        "violation."
    )
    both = (
        "Piet Anker was walked to the county jail after he was charged at the Veld courthouse on Friday with "
        "arson, burglary and a bond violation."
    )
    printed, second_only, whole = _openings(fact, charges, both)
    claim = Stated.of(printed)
    config = load_config()
    assert not cites(second_only, claim, {}, config)
    assert cites(whole, claim, {}, config)


def test_a_fact_quoting_a_word_is_cited_only_where_the_source_gives_it() -> None:
    # neus-val-0164, the 140th reading: "... threatened Monday to permanently halt U.S. funding to the WHO and
    # “reconsider” the country's membership ..." was cited to two outlets that told only the funding threat.
    fact = (
        "Mayor Ada Wren threatened Monday to halt the ferry line's subsidy and \u201creconsider\u201d the town's "
        "stake in the Veld harbour company."
    )
    subsidy = "Mayor Ada Wren on Monday threatened to halt the ferry line's subsidy from the Veld harbour company."
    both = "Mayor Ada Wren said Monday she would halt the ferry line's subsidy and reconsider the town's stake."
    printed, funding_only, whole = _openings(fact, subsidy, both)
    config = load_config()
    assert not cites(funding_only, Stated.of(printed), {}, config)
    assert cites(whole, Stated.of(printed), {}, config)


_DELIGHTED = "We are delighted that the court has recognised how much is at stake for Ada Wren and her family"
_ANKERS = f"\u201c{_DELIGHTED},\u201d said Piet Anker, the head of casework at the Harbour Rights League."


@pytest.mark.parametrize(("fact", "member", "cited"), [
    # multinews-025 (reading 35b's finding: outlets carrying the same quotation went uncited): Liberty's
    # "We are delighted that the court has today recognised Lauri's vulnerability, ..." in both outlets,
    # one going on into the next sentence of the statement
    (_ANKERS, "Welcoming the judgment, Piet Anker, the head of casework at the Harbour Rights League, which joined "
     f"the case, told reporters: \u201c{_DELIGHTED}. This case should always have been heard at home.\u201d", True),
    # (who said it, the outlet may tell only as "he")
    (_ANKERS, f"\u201c{_DELIGHTED},\u201d he told reporters of his casework at the Harbour Rights League.", True),
    # only one of the fact's two quotations
    (f"{_ANKERS} \u201cThe ruling is a relief for everyone at the quay,\u201d he added.",
     f"Piet Anker said: \u201c{_DELIGHTED}.\u201d", False),
    # the same words, another speaker's
    (_ANKERS, f"\u201c{_DELIGHTED},\u201d Mayor Jan Kobus said.", False),
    (_ANKERS, f"\u201c{_DELIGHTED},\u201d Mayor Jan Kobus said, echoing Piet Anker, the head of casework at the "
     "Harbour Rights League.", False),
    (_ANKERS, f"\u201c{_DELIGHTED},\u201d Mayor Jan Kobus told Ada Wren and the Harbour Rights League.", False),
    # the same words, without what the fact tells beside them
    (f"Piet Anker resigned as head of the Harbour Rights League on Monday, saying: \u201c{_DELIGHTED}.\u201d",
     f"\u201c{_DELIGHTED},\u201d Piet Anker of the Harbour Rights League said on Monday.", False),
    # the same words, told less firmly than the fact tells them
    (f"Piet Anker told the court: \u201c{_DELIGHTED}.\u201d",
     f"Piet Anker reportedly told the court: \u201c{_DELIGHTED}.\u201d", False),
    # nor whom it is said of: "the pilot", not Ada Wren
    ("\u201cWe are delighted that the court has recognised how much is at stake,\u201d Piet Anker said of Ada Wren.",
     "\u201cWe are delighted that the court has recognised how much is at stake,\u201d Piet Anker said of the pilot.",
     False),
])
def test_a_source_carrying_a_facts_quotations_word_for_word_is_cited_for_it(
    fact: str, member: str, cited: bool
) -> None:
    printed, other = _openings(fact, member)
    config = load_config()
    assert quotes_alike(other, Stated.of(printed), {}, config) is cited


@pytest.mark.parametrize(("kind", "sources"), [("quote", (1, 2)), ("opinion", (1,))])
def test_a_facts_quotation_another_outlet_carries_cites_that_outlet_unless_it_argues(
    kind: str, sources: tuple[int, ...]
) -> None:
    member = (
        "Welcoming the judgment, Piet Anker, the head of casework at the Harbour Rights League, told reporters: "
        f"\u201c{_DELIGHTED}. This case should always have been heard at home.\u201d"
    )
    printed, other = _openings(_ANKERS, member)
    sentences = [printed, replace(other, kind=kind)]
    config = load_config()
    facts = cited_facts(
        [FactGroup((0,), 0, 1.0)], sentences, ["quay-daily", "veld-post"], Stating(sentences, _unalike(2), config),
        lambda s: Support(s.article + 1, s.start, s.end, s.text),
    )
    assert facts[0].sources == sources


def test_a_failure_is_cited_only_where_the_source_tells_it_failed() -> None:
    # allsides-5843 cited "senators narrowly voted to overturn the veto" for "the legislature failed
    # to garner enough votes to override the veto": the same words, the other outcome.
    veto = "to override the mayor's veto of the ferry fares"
    fact = f"The Veld harbour board failed to garner enough votes on Tuesday {veto}."
    voted = f"The Veld harbour board on Tuesday voted {veto} by two votes."
    fell_short = f"The Veld harbour board fell short on Tuesday of the votes {veto}."
    did_not = f"The Veld harbour board did not garner enough votes on Tuesday {veto}."
    printed, overturned, short, denied = _openings(fact, voted, fell_short, did_not)
    claim = Stated.of(printed)
    config = load_config()
    assert not cites(overturned, claim, {}, config)
    assert cites(short, claim, {}, config)
    assert cites(denied, claim, {}, config)
    # A "no" elsewhere in the fact does not make a source that tells the other outcome state it.
    hedged = f"The Veld harbour board failed to garner enough votes on Tuesday {veto}, and no new vote is set."
    assert not cites(overturned, Stated.of(_openings(hedged)[0]), {}, config)
    falling = f"Falling short of the votes {veto}, the Veld harbour board adjourned on Tuesday."
    assert cites(_openings(falling)[0], claim, {}, config)


def test_a_generational_suffix_is_no_surname() -> None:
    # "Samuel A. Alito Jr." was read as a speaker named "Jr.": any two "Jr." speakers were one.
    printed, other, same = _openings(
        "Port minister Ada Wren Jr. said the ferry strike would end by Friday after talks on Monday.",
        "Harbour master Ada Anker Jr. said the ferry strike would end by Friday after talks on Monday.",
        "Port minister Ada Wren Jr. told reporters the ferry strike would end by Friday after talks on Monday.",
    )
    config = load_config()
    assert not cites(other, Stated.of(printed), {}, config)
    assert cites(same, Stated.of(printed), {}, config)


def test_a_plain_fact_is_not_cited_to_a_source_that_hedges_it() -> None:
    # Our brief of the seed articles cited "Kim's delegation likely includes his foreign minister"
    # for "Kim is being accompanied ... including Foreign Minister Choe Sun-hui".
    fact = "Premier Ilse Varga is accompanied to Ostmark by her foreign minister, Oda Brandt, and two generals."
    hedges = [
        "Premier Ilse Varga's party likely includes her foreign minister, Oda Brandt, and two generals in Ostmark.",
        "Premier Ilse Varga is believed to be accompanied to Ostmark by her foreign minister, Oda Brandt, and two "
        "generals.",
        "Premier Ilse Varga is reportedly accompanied to Ostmark by her foreign minister, Oda Brandt, and two "
        "generals.",
        "Perhaps Premier Ilse Varga is accompanied to Ostmark by her foreign minister, Oda Brandt, and two generals.",
    ]
    plain = "Premier Ilse Varga is accompanied in Ostmark by her foreign minister, Oda Brandt, and two generals."
    printed, *others = _openings(fact, *hedges, plain)
    config = load_config()
    assert [cites(s, Stated.of(printed), {}, config) for s in others] == [False, False, False, False, True]
    # "likely voters" are voters, not a hedge
    polled = "A poll of 1,000 voters in Veld gave Ada Wren 52 percent on Monday."
    said = "A poll of 1,000 likely voters in Veld gave Ada Wren 52 percent on Monday, the pollster said."
    assert cites(_openings(said)[0], Stated.of(_openings(polled)[0]), {}, config)
    # A hedged fact may cite a source that says it plainly: it states that much and more.
    assert cites(others[-1], Stated.of(others[1]), {}, config)


@pytest.mark.parametrize(("member", "cited"), [
    ("Ferry bookings on Veld reached 9.21 million in May, the labour office said.", True),
    ("Ferry bookings on Veld reached 9.3 million in May, the labour office said.", False),
])
def test_a_source_giving_the_figure_to_more_digits_states_it(member: str, cited: bool) -> None:
    # allsides-5886: "Openings reached 9.2 million" where another outlet says "rose slightly to 9.21 million"
    fact, source = _openings("Ferry bookings on Veld reached 9.2 million in May, the labour office said.", member)
    assert cites(source, Stated.of(fact), {}, load_config()) is cited
    assert not cites(fact, Stated.of(source), {}, load_config())  # the rounded figure is not the precise one


_COUNTS = (
    "Unemployment claims on Veld rose by 37,000 to 412,000 last week, and the Veld senate's 54-35 vote on "
    "the ferry bill left 38 ferries idle."
)
_SHARES = "The Veld ferry, which left at 3:40 a.m., raised fares 2.5% on Monday, the labour office said."
_MONTHS = "Since a similar poll of Veld voters in late June, Wren's backing has risen 6 percentage points, to 31%."


@pytest.mark.parametrize(("lede", "fact", "printed"), [
    # allsides-5945 printed both "rose by 37,000 to 412,000 last week" and this; allsides-6000 "voted 54-35"
    # after "The 54-35 vote ...".
    (_COUNTS, "Initial claims in state programs increased by 37,000 to 412,000 in the week ended June 12, the "
     "Veld labour office said.", False),
    (_COUNTS, "The Veld senate voted 54-35 on the ferry bill, short of the 60 votes it needed.", False),
    # A figure both give by chance, and a figure with nothing both say happened, are other facts.
    (_COUNTS, "The harbour board employs 38 people, its annual report shows.", True),
    (_COUNTS, "A Veld poll in May showed 412,000 islanders own a bicycle.", True),
    # a share, a fraction and a clock time are precise figures too; a share is not the plain number
    (_SHARES, "Fares on the Veld ferry rose 2.5% in May, the labour office said on Thursday.", False),
    (_SHARES, "The Veld ferry left the quay at 3:40 a.m. on Monday, an hour late.", False),
    (_SHARES, "The Veld ferry carried 2.5 tonnes of mail, its log shows.", True),
    # multinews-142: one figure and the month both name ("risen 6 percentage points since late June")
    (_MONTHS, "Wren's backing has climbed 6 points since a late-June poll of Veld voters.", False),
    (_MONTHS, "Wren's backing among Veld voters has climbed 6 points since Monday.", True),
    (_MONTHS, "Wren's backing has climbed 4 points since a late-June poll of Veld voters.", True),
    # allsides-5894: a day of the month is no second figure ("the 24 June collapse"); multinews-124: nor a year
    ("The Veld quay collapsed on 24 June, and 24 people died there.", "No one has been pulled out of the Veld quay's "
     "rubble alive since the first hours after the 24 June collapse.", True),
    ("Veld's suicide rate among children aged five to 11 was stable from 1993 to 2012, the study found.",
     "The study's data on Veld were analysed in 5-year periods, 1993 to 1997 and 2008 to 2012.", True),
    # allsides-5886: one figure, rounded by one outlet ("9.2 million" and "9.21 million"); two counts
    # that differ are not one rounded
    ("Ferry bookings on Veld reached 9.2 million in May, the labour office said.",
     "The number of ferry bookings in May rose slightly to 9.21 million, the labour office said.", False),
    ("Veld ferry fares rose 2.5% in May, the labour office said.",
     "Ferry fares on Veld rose 2.49% in May, the labour office said.", False),
    ("Ferry bookings on Veld reached 9.2 million in May, the labour office said.",
     "Ferry bookings on Veld reached 9.4 million in June, the labour office said.", True),
    ("The Veld ferry carried 120 passengers on Monday, the coastguard said.",
     "The Veld ferry carried 124 passengers on Monday, the operator said.", True),
])
def test_a_fact_retelling_a_printed_one_by_its_figures_is_not_printed_again(
    lede: str, fact: str, printed: bool
) -> None:
    sentences = _openings(lede, fact)
    groups = [FactGroup((0,), 0, 2.0), FactGroup((1,), 1, 1.0)]
    assert (len(without_retold_figures(groups, sentences, load_config().grouping.precise_figure)) == 2) is printed


# multinews-024: one outlet's unit "X removed the tweet and apologised. 'I apologise, ...,' she
# wrote." printed after another outlet's "After deleting the tweet, X posted: 'I apologise, ...'".
_APOLOGY_UNIT = ("Mira Tal removed the post within the hour and apologised twice. "
                 "\u201cI am sorry, that was a poor joke a friend told me,\u201d she wrote.")
_APOLOGY = "After deleting the post, Tal wrote: \u201cI am sorry, that was a poor joke a friend told me.\u201d"


def _apology(*, member_is_pair: bool) -> tuple[list[Sentence], list[FactGroup]]:
    """Outlet 0's two-sentence unit, a sentence of it (or, where ``member_is_pair``, a unit reaching
    past it) that states outlet 1's fact, and outlet 1's report of the apology."""
    quote_at = _APOLOGY_UNIT.index("\u201cI am")
    unit = sentence(0, _APOLOGY_UNIT, 0, len(_APOLOGY_UNIT), 0)
    longer = _APOLOGY_UNIT + " She deleted her account."
    member = (sentence(0, longer, 0, len(longer), 0)
              if member_is_pair else sentence(0, _APOLOGY_UNIT, quote_at, len(_APOLOGY_UNIT), 1))
    report = sentence(1, _APOLOGY, 0, len(_APOLOGY), 0)
    return [unit, member, report], [FactGroup((1, 2), 2, 2.0), FactGroup((0,), 0, 1.0)]


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_a_unit_holding_a_sentence_that_states_a_printed_fact_is_not_printed_too(order: tuple[int, int]) -> None:
    sentences, groups = _apology(member_is_pair=False)
    ordered = [groups[k] for k in order]
    assert without_retold_claims(ordered, sentences) == ordered[:1]


def test_a_unit_that_only_overlaps_a_fact_stating_sentence_is_printed() -> None:
    # A member reaching past the unit states the fact by its words outside it: the unit may tell another.
    sentences, groups = _apology(member_is_pair=True)
    assert without_retold_claims(groups, sentences) == groups


def test_an_outlets_second_sentence_that_retells_the_lede_is_not_a_fact() -> None:
    # The fifty-first reading (allsides-5988): "The state's Republican governor Ron DeSantis signed the
    # measure into law on Tuesday", another outlet's second sentence, under the lede "Florida Gov. Ron
    # DeSantis signed into law Tuesday a policy ...": the lede's doer, deed and day told again. Extending
    # the second-lede rule to every second sentence took out as many facts judged right as wrong.
    lede = "Veldland Governor Ada Wren signed into law on Tuesday a ban on ferries in the Kessel channel."
    other = (
        "Ferry operators in Veldland have vowed to fight a new ban in court.\n\n"
        "The state's governor Ada Wren signed the measure into law on Tuesday.\n\n"
        "Operators said on Tuesday that the ban would cost 300 jobs at the Kessel quay.\n\n"
        "Governor Wren signed a second ban on Tuesday that keeps 40 ferries out of the Vessen channel.\n\n"
        "Governor Wren signed the ban at the Ostmark Harbour Hall in Kessel on Tuesday morning."
    )
    sentences = [s for unit in segment_all([_article("Kessel Courier", lede), _article("Veld Gazette", other)])
                 for s in unit]
    groups = [FactGroup((k,), k, 1.0) for k in range(len(sentences))]
    kept = [sentences[g.rep].text for g in without_second_ledes(groups, sentences, _unalike(len(sentences)))]
    # Someone else's deed that day, and a figure or a place the lede lacks, are news of their own (the
    # seed articles' "Kim's armored train arrived at Khasan in Russia's Far East on Tuesday morning").
    assert not any("signed the measure" in text for text in kept), kept
    assert all(any(news in text for text in kept) for news in ("300 jobs", "40 ferries", "Ostmark Harbour")), kept


def test_the_lede_tells_the_deed_done_where_another_outlet_wrote_before_it() -> None:
    # The sixty-fifth reading: neus-val-0222 led with AP's "McConnell is declaring 'case closed' on the
    # Russia probe", written before his speech, and printed its "is expected to outline in a Tuesday
    # speech", where two outlets open with "declared 'case closed' ... on Tuesday".
    before = (
        "Harbour master Ada Wren is declaring “the strike is over” on the Veld ferry line and its crews.\n\n"
        "The harbour master, in her first public comments on the dispute, is expected to thank the crews in a "
        "Tuesday speech at the Veldhaven quay.\n\n"
        "“We sail again,” Wren is expected to say."
    )
    done = (
        "Harbour master Ada Wren declared “the strike is over” on the Veld ferry line and its crews on Tuesday, "
        "in a speech at the Veldhaven quay.\n\nShe thanked the crews for their patience during the long dispute."
    )
    brief = make_brief([
        _article("Quay Wire", before, title="Wren to declare ferry strike over"),
        _article("Veld Post", done, title="Wren: ferry strike is over"),
    ])
    assert brief.lede is not None and "declared" in brief.lede.text, brief.lede.text
    assert not any("is expected to" in text for text in _texts(brief)), _texts(brief)


@pytest.mark.parametrize(("lede", "waits"), [
    # multinews-133 led with "The San Antonio Spurs guard (pictured) — injured in the ... melee — filed
    # a $20 million lawsuit ...": the guard was named in the sentence before, never printed.
    ("The Veld Rovers goalkeeper (pictured) — hurt in the quay brawl — filed a lawsuit against the bar on Monday.",
     True),
    ("The 19-year-old caught on camera at the Veldhaven quay gave his first interview on Monday.", True),
    ("The woman's letter reached the harbour office on Monday with a one-word subject line.", True),
    ("The lawsuit alleges the bar kept serving both crews after the fight broke out on Monday.", True),
    ("The Veld Rovers goalkeeper Ada Wren filed a lawsuit against the bar on Monday.", False),
    ("The wife of harbour master Piet Anker filed a lawsuit against the bar on Monday.", False),
    ("The lawsuit filed by the Veld Rovers on Monday blames the bar for the brawl.", False),
    # the 133rd reading, neus-val-0194: "Expressing concerns about a potentially unfair trial, the House
    # speaker would not commit ..." led, the speaker never named
    ("Expressing concerns about the brawl, the mayor would not commit to reopening the quay bar on Monday.",
     True),
    ("Expressing concerns about the brawl, the mayor Ada Wren kept the quay bar shut on Monday.", False),
    # multinews-033 (reading 35a): "The always-outspoken Buffalo Bills wide receiver ruffled a few
    # feathers ..." led; "Stevie Johnson" was in a question before it, never printed
    ("The always-outspoken Veld Rovers wide receiver angered the quay crowd on Monday night.", True),
    ("The always-outspoken Veld Rovers wide receiver Ada Wren angered the quay crowd on Monday night.", False),
    # allsides-6095 (reading 35f): "The former acting director for the Centers for Disease Control and
    # Prevention said that ..." led, the director never named
    ("The former acting director for the Veld harbour board said the quay should never have reopened.", True),
])
def test_a_lede_naming_someone_by_role_alone_waits_for_their_introduction(lede: str, waits: bool) -> None:
    texts = [lede, "The Veldhaven quay bar was closed on Tuesday while police reviewed its cameras."]
    sentences = [s for unit in segment_all([_article(f"Outlet {i}", t) for i, t in enumerate(texts)]) for s in unit]
    groups = [FactGroup((k,), k, 1.0) for k in range(len(sentences))]
    first = sentences[introduced(groups, sentences, texts)[0].rep].text
    assert (first != lede) is waits, first


@pytest.mark.parametrize(("other", "waits"), [
    # multinews-011 (reading 33d): "Paredes is no longer permitted to function or present himself as a
    # priest, the bishop said." led, from an article that never gave the full name another did
    ("The Rev. Edmundo Veldmaker has served the quay parish for 27 years.", True),
    ("Mayor Ada Wren said the quay would reopen on Monday.", False),
    # a team, a party, a company: no one's surname ("the Astros", "Texas Democrats", "Drugmaker Pfizer")
    ("Port Veldmaker said on Monday that the quay would reopen, and the Veldmaker board agreed.", False),
    ("Drugmaker Veldmaker said on Monday that the quay would reopen.", False),
])
def test_a_lede_opening_on_a_surname_another_article_gives_in_full_waits(other: str, waits: bool) -> None:
    lede = "Veldmaker is no longer permitted to serve as a priest, the bishop said."
    texts = [lede, other]
    sentences = [s for unit in segment_all([_article(f"Outlet {i}", t) for i, t in enumerate(texts)]) for s in unit]
    groups = [FactGroup((k,), k, 1.0) for k in range(len(sentences))]
    first = sentences[introduced(groups, sentences, texts)[0].rep].text
    assert (first != lede) is waits, first


def test_a_bishop_is_not_known_by_the_surname_alone() -> None:
    # multinews-011: "Burns disclosed the allegations ..." (Bishop Edward Burns) read as known
    text = "Bishop Edward Veldmaker spoke on Sunday. Veldmaker disclosed the allegations to the parish."
    assert opening_surname(text, text.index("Veldmaker disclosed"), "Veldmaker disclosed the allegations.") == (
        "Veldmaker"
    )


@pytest.mark.parametrize(
    "title", ["Veld Governor", "Gov.", "Mayor", "Representative", "Rep.", "Councillor", "Congressman"]
)
def test_a_state_or_city_office_holder_is_not_known_by_the_surname_alone(title: str) -> None:
    # multinews-142 (reading 34b): "... compared with 14% who back Bush and 12% behind Walker." printed
    # where only the sentences left out said "Wisconsin Governor Scott Walker"
    text = f"The poll put {title} Ada Veldmaker second. Turnout favoured Wren over Veldmaker in Kessel."
    printed = "Turnout favoured Wren over Veldmaker in Kessel."
    assert "Veldmaker" in bare_surnames(text, text.index(printed), printed)


@pytest.mark.parametrize(("printed", "undefined"), [
    # multinews-140 (reading 34d): "... a kickback to curry favor with the GID ..." printed where only a
    # sentence left out said "Jordan's General Intelligence Directorate (GID)"; allsides-5857's "CBP said ..."
    ("The harbour master said the payment was meant to win favour with the VHA.", ("VHA",)),
    ("The Veld Harbour Authority (VHA) said the payment was lawful.", ()),
    # a dateline's "(VNS)" spells nothing out, nor a byline's
    ("The VNS reported the payment on Monday.", ()),
    # readers know the FBI however the article first wrote it
    ("The FBI is looking into the payment.", ()),
])
def test_an_abbreviation_its_article_spelled_out_before_is_not_known_alone(
    printed: str, undefined: tuple[str, ...]
) -> None:
    text = (f"By Ada Nash / KESSEL (VNS) The Veld Harbour Authority (VHA) paid the ferry firm, the Federal Bureau "
            f"of Investigation (FBI) said. {printed}")
    assert undefined_acronyms(text, text.index(printed), printed) == undefined


def test_a_fact_using_an_abbreviation_spelled_out_only_in_a_sentence_left_out_waits() -> None:
    text = ("The Veld Harbour Authority (VHA) paid the Kessel ferry firm $9 million in 2029, court papers show.\n\n"
            "The ferry firm says the payment was meant to win favour with the VHA.")
    sentences = list(segment(_article("Quay Daily", text), 0))
    later = next(k for k, s in enumerate(sentences) if s.text.startswith("The ferry firm says"))
    first = next(k for k, s in enumerate(sentences) if s.text.startswith("The Veld Harbour"))
    order = introduced([FactGroup((later,), later, 1.0)], sentences, [text])
    assert order == [] or sentences[order[0].rep].text != sentences[later].text
    both = introduced([FactGroup((later,), later, 1.0), FactGroup((first,), first, 1.0)], sentences, [text])
    assert [sentences[g.rep].text for g in both] == [sentences[first].text, sentences[later].text]


def test_an_opening_that_names_whom_the_next_sentence_tells_of_by_role_is_a_unit_with_it() -> None:
    # multinews-133 (reading 33a): "This wasn't the kind of bottle service NBA star Tony Parker had in
    # mind. The San Antonio Spurs guard (pictured) ... filed a $20 million lawsuit ...": the lawsuit,
    # which both outlets lead with, could not lead, its doer named only in the sentence before.
    text = (
        "This was not the night out Veld Rovers star Ada Wren had planned.\n\n"
        "The Veld Rovers goalkeeper (pictured) filed a lawsuit against the quay bar on Monday.\n\n"
        "The bar has not commented on the brawl."
    )
    units = segment(_article("Quay Daily", text), 0)
    joined = [u for u in units if u.text.startswith("This was not") and u.text.endswith("on Monday.")]
    assert len(joined) == 1 and joined[0].position == 0, [u.text for u in units]
    sentences = list(units)
    order = introduced([FactGroup((k,), k, 1.0) for k in range(len(sentences))], sentences, [text])
    assert sentences[order[0].rep].text == joined[0].text


@pytest.mark.parametrize(("fact", "printed"), [
    # multinews-089 (session 33): "The 65-year-old Olympic medalist revealed her new name ..." printed
    # in a brief that never named Caitlyn Jenner
    ("The 65-year-old Olympic medalist revealed her new name on Monday.", False),
    ("The Veld Rovers goalkeeper filed a lawsuit against the quay bar on Monday.", False),
    ("The judges said the quay bar must close on Monday.", True),
])
def test_a_fact_that_describes_someone_in_place_of_their_name_waits_for_their_introduction(
    fact: str, printed: bool
) -> None:
    texts = ["The Veldhaven quay bar was closed on Tuesday while police reviewed its cameras.", fact]
    sentences = [s for unit in segment_all([_article(f"Outlet {i}", t) for i, t in enumerate(texts)]) for s in unit]
    groups = [FactGroup((k,), k, 1.0) for k in range(len(sentences))]
    kept = [sentences[g.rep].text for g in introduced(groups, sentences, texts)]
    assert (fact in kept) is printed, kept


@pytest.mark.parametrize(("text", "aside"), [
    # multinews-133: a celebrity site's text with its linked names stripped ("Parker's lawyer,, tells
    # TMZ", "against-- and in the suit he alleges", "NBA superstar-- who was injured")
    ("As for whether the crews will be sued, the goalkeeper's lawyer,, tells the Post he is waiting.", True),
    ("The goalkeeper filed the lawsuit on Thursday ... against-- and in the suit he alleges negligence.", True),
    ("The Veld Rovers goalkeeper-- who was hurt in the brawl -- is suing the quay bar.", True),
    ("The goalkeeper -- hurt in the brawl -- is suing the quay bar for $2 million.", False),
    ("The goalkeeper--hurt in the brawl--is suing the quay bar for $2 million.", False),
    # multinews-148: a column's disclaimer and its writer's line printed as facts
    ("The opinions expressed are those of the writer.", True),
    ("The views expressed in this column are solely those of the author.", True),
    ("The author is a Veld Post contributor.", True),
    ("The mayor said the views expressed by the union were wrong.", False),
])
def test_damaged_text_and_a_columns_disclaimer_are_never_facts(text: str, aside: bool) -> None:
    assert (classify(text) == "aside") is aside


def test_two_outlets_quoting_the_same_words_are_alike_as_one_fact() -> None:
    # multinews-076 printed Obama's "prepared to meet for as long as possible to get this result"
    # from one outlet and "... to get this resolved," Obama said' from the other as two facts.
    post = (
        "In a surprise visit to the quay, Mayor Ada Wren said she and her team are \"ready to sit at the table "
        "for as long as it takes to end this strike.\""
    )
    daily = "\"My deputies and I are ready to sit at the table for as long as it takes,\" Wren told reporters."
    other = "\"We will sit at the table with the port,\" union leader Piet Anker said on Monday."
    sentences = [s for unit in segment_all([_article(n, t) for n, t in (("Veld Post", post), ("Quay Daily", daily),
                                                                         ("Ostmark Tribune", other))]) for s in unit]
    config = load_config()
    sim = similarity(sentences, np.zeros((len(sentences), 4), dtype=np.float32), config)
    assert sim[0, 1] >= config.grouping.same_fact > max(sim[0, 2], sim[1, 2])


@pytest.mark.parametrize(("sentence", "leans"), [
    # the seventy-third reading: multinews-125 printed "Some of the women he recruited were formerly
    # his foster children." after a fact naming two men
    ("Some of the crew he hired were formerly his students.", True),
    ("The ferry itself has what she calls a galley.", True),
    ("When he was just 20, his brother took over the ferry line.", True),
    ("Some of the crew Ada Wren hired were formerly her students.", False),
    ("Harbour master Piet Anker said his crews would work on Sunday.", False),
    ('The union said "he will not be back" at the quay.', False),
])
def test_a_sentence_naming_no_one_but_he_or_she_leans_on_the_one_before(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


def test_the_last_item_of_a_list_is_not_printed_as_if_it_were_the_whole_list() -> None:
    # The final reading of the seventeenth session: multinews-146 printed "15 percent on transfers to
    # other heirs, ..." without the lead-in or the other rates, which reads as the one rate there is.
    text = (
        "The Veld port board set new mooring fees on Monday for the coming season.\n\n"
        "The fees for the harbour are as follows:\n\n"
        "2 euros a metre for fishing boats;\n\n"
        "4 euros a metre for ferries; and\n\n"
        "9 euros a metre for cargo ships, except those of the navy and the coastguard.\n\n"
        "The board said the fees would be reviewed in a year."
    )
    units = segment(_article("Veld Post", text), 0)
    assert [u.kind for u in units if u.text.startswith("9 euros")] == ["fragment"]
    assert not any(t.startswith("9 euros") for t in _texts(make_brief([_article("Veld Post", text)])))


def test_a_headline_cut_from_a_lede_of_few_tokens_but_many_words_stays_inside_it() -> None:
    # Found by tests/test_properties.py's random texts: "3:40" counts as two words, so a lede of nine
    # tokens needed a cut, which looked past its last token (IndexError); eleven tokens are 18 words now that
    # a lede of 16 is whole.
    headline = short_headline("Kim Kim Kim 3:40 a.m. 3:40 a.m. 3:40 a.m. 3:40 a.m. 3:40 a.m.")
    assert headline.startswith("Kim Kim Kim") and headline.endswith("…")


@pytest.mark.parametrize(("sentence", "said"), [
    # The speech reader matched "according to" in lower case only, so that a sentence opening with
    # it counted as unattributed (neus-val-0063's 'According to Axios, ...').
    ("According to the harbour board, the quay will reopen on Friday.", True),
    ("The quay will reopen on Friday, according to the harbour board.", True),
    ("The quay will reopen on Friday.", False),
])
def test_a_sentence_opening_according_to_is_attributed(sentence: str, said: bool) -> None:
    assert attributed(sentence) is said


@pytest.mark.parametrize(("sentence", "leans"), [
    # neus-val-0096 printed 'Politico reported, citing interviews with 22 current and former aides.'
    # alone: a source's tag whose claim is the sentence before it.
    ("The Ledger reported, citing interviews with 22 current and former aides.", True),
    ("Reuters said, citing two people familiar with the plan.", True),
    ("The Ledger reported on Wednesday that the quay would reopen.", False),
    ("Officials said the quay would reopen on Friday.", False),
])
def test_a_sources_tag_alone_leans_on_the_claim_before_it(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


_LEDE = (
    "Veld councillors on Tuesday blocked a sweeping ferry bill to overhaul the island's service, ratcheting up "
    "already bitter tensions over fares."
)


def _rare_where_missing(claim: Stated, member: Sentence) -> dict[str, float]:
    # In a brief the words both outlets use recur across its articles; the lede's own are rare.
    return {term: 2.0 for term in claim.terms - member.content}


def test_an_outlets_opening_in_its_own_words_is_cited_for_the_lede() -> None:
    # The eighty-eighth to ninety-first readings: most briefs' ledes left out outlets that open on
    # the same news in other words (allsides-5930: "Senate Republicans Tuesday blocked sweeping
    # legislation on election ... reforms" for "... blocked a sweeping bill to overhaul federal
    # elections"). Too few of the lede's words for a citation anywhere else; enough for an opening.
    printed, opening = _openings(
        _LEDE, "Veld councillors Tuesday blocked a sweeping ferry bill that the island's union said is crucial to "
        "keeping fares low.",
    )
    claim = Stated.of(printed)
    idf = _rare_where_missing(claim, opening)
    config = load_config()
    assert not cites(opening, claim, idf, config)
    assert opens_on(opening, claim, idf, config)


def test_an_opening_that_tells_the_deed_an_announcement_reports_is_cited_for_the_lede() -> None:
    # neus-val-0021, the 144th reading: "The U.S. Supreme Court announced Tuesday that it had dismissed as moot a
    # case from Maryland ..." cited one outlet, where two more opened on "The Supreme Court dismissed a ... challenge
    # to President Trump's travel ban ... Tuesday": the announcing is not what happened.
    printed, opening = _openings(
        "The Veld High Court announced Tuesday that it had dismissed as moot an appeal from Noord involving the "
        "fight over Mayor Piet Anker's ferry ban.",
        "The Veld High Court dismissed a major challenge to Mayor Piet Anker's ferry ban on Tuesday because a new "
        "ban has replaced it.",
    )
    claim = Stated.of(printed)
    # the lede's own words ("moot", "involving") as rare as a word one article of three uses
    idf = {term: 1.7 for term in claim.terms - opening.content}
    assert opens_on(opening, claim, idf, load_config())


@pytest.mark.parametrize("ruled", [
    "ruled on Tuesday that the harbour board could not end the ferry program protecting island workers.",
    "ruled on Tuesday that crews could not end the ferry program protecting island workers.",
])
def test_what_a_court_ruled_is_no_description_an_opening_may_leave_out(ruled: str) -> None:
    # Review of session 36: the clause after "ruled on Tuesday that" is the ruling itself, and an
    # opening that tells of a ruling but not what it ruled does not state the lede.
    printed, member = _openings(
        "A federal appeals court in Kessel " + ruled,
        "A federal appeals court in Kessel ruled on Tuesday on a case brought by several island towns.",
    )
    claim = Stated.of(printed)
    assert not opens_on(member, claim, _rare_where_missing(claim, member), load_config())


_BLOCKED = "On Tuesday, a Kessel district judge blocked the harbour board's bid to shut down the Veld ferry line."


@pytest.mark.parametrize(("tail", "opening", "cited"), [
    (" that carries seasonal workers and their families to the northern islands.", _BLOCKED, True),
    # the writer's reading of the deed is a claim of its own, which the opening does not state
    (", a move that left seasonal workers and their families stranded on the northern islands.", _BLOCKED, False),
    (" in a blow that left seasonal workers and their families stranded on the northern islands.", _BLOCKED, False),
    # what the lede tells of the deed itself is still asked for: a preview is not cited
    (" that carries seasonal workers and their families to the northern islands.",
     "A Kessel district judge is expected to block the harbour board's bid to shut down the Veld ferry line on "
     "Tuesday.", False),
])
def test_an_opening_need_not_describe_what_the_lede_last_names(tail: str, opening: str, cited: bool) -> None:
    # Reading 36a: neus-val-0184's lede, "A federal judge in San Francisco on Tuesday temporarily blocked the
    # Trump administration from ending the Deferred Action for Childhood Arrivals (DACA) program that protects
    # certain immigrants from deportation.", was not cited to an outlet opening "On Tuesday, a San Francisco
    # federal district court judge enjoined—that is, blocked—Trump's attack on the Deferred Action for
    # Childhood Arrivals, or DACA, ...": the relative clause that ends the lede describes the program.
    printed, member = _openings(
        "A district judge in Kessel on Tuesday temporarily blocked the harbour board from shutting down the Veld "
        "ferry line" + tail,
        opening,
    )
    claim = Stated.of(printed)
    assert opens_on(member, claim, _rare_where_missing(claim, member), load_config()) == cited


@pytest.mark.parametrize(("lede", "opening"), [
    # a preview of the deed the lede tells done
    (_LEDE, "Veld councillors are expected to block a sweeping ferry bill on Tuesday that the island's union "
     "called crucial to keeping fares low."),
    # another figure than the lede's
    (_LEDE.replace("a sweeping ferry bill", "a 30 million crown ferry bill"),
     "Veld councillors on Tuesday blocked a 40 million crown ferry bill that the island's union said is crucial "
     "to keeping fares low."),
])
def test_an_opening_that_tells_another_stage_or_figure_is_not_cited_for_the_lede(lede: str, opening: str) -> None:
    printed, member = _openings(lede, opening)
    claim = Stated.of(printed)
    assert not opens_on(member, claim, _rare_where_missing(claim, member), load_config())


def test_a_thanks_is_not_cited_for_a_condemnation() -> None:
    # allsides-5964: "Pelosi ... condemned Rep. Omar in a statement Thursday after she wrote a tweet ..."
    # was cited to "... issued a statement Thursday afternoon thanking Rep. Omar for ... 'clarifying' a tweet".
    printed, member = _openings(
        "Harbour master Ada Wren and other Veld officials condemned councillor Piet Anker in a statement on "
        "Thursday after he wrote a post that seemed to compare the ferry union to pirates.",
        "Harbour master Ada Wren and other Veld officials issued a statement on Thursday thanking councillor Piet "
        "Anker for a post that clarified his earlier one comparing the ferry union to pirates.",
    )
    claim = Stated.of(printed)
    assert not opens_on(member, claim, _rare_where_missing(claim, member), load_config())


def test_the_lede_looks_for_its_news_in_each_uncited_outlets_first_two_sentences() -> None:
    ledger = "The Kessel Ledger heard it first. Councillors blocked the bill. It was Tuesday."
    sentences = [
        sentence(0, "Veld councillors blocked the ferry bill.", 0, 39, 0),
        *(sentence(1, ledger, start, end, n) for n, (start, end) in enumerate([(0, 33), (34, 63), (64, 79)])),
    ]
    assert openings(sentences, {0}) == [1, 2]
    assert openings(sentences, {0, 1}) == []


def test_an_opening_that_tells_one_of_the_ledes_two_claims_is_not_cited_for_it() -> None:
    # The ninety-second reading: multinews-017's "Snoop Dogg finally received a star on the Hollywood
    # Walk of Fame on Monday and he had many to thank — including himself!" was cited to an opening
    # that tells the star alone.
    printed, member = _openings(
        "Ferry captain Olav Tal finally received the Veld harbour medal on Monday and he had many to thank, "
        "including his crew.",
        "Veteran ferry captain Olav Tal, a 30-year skipper, received the Veld harbour medal Monday, four days "
        "before his retirement.",
    )
    claim = Stated.of(printed)
    assert not opens_on(member, claim, _rare_where_missing(claim, member), load_config())


def test_an_opening_that_leaves_out_what_the_lede_says_was_said_of_the_deed_is_not_cited_for_it() -> None:
    # allsides-6105 (labels 45a): Fox's "... advisory committee is recommending that the ... vaccine resume
    # rollout, but include new language ..." was cited for "... recommended the U.S. resume using the ...
    # vaccine, saying the benefits outweighed the risk.", whose panel's reason it does not give.
    printed, member = _openings(
        "A Veld harbour board panel on Friday recommended the island resume using the Quay Star ferry, saying the "
        "savings outweighed the delays.",
        "A Veld harbour board panel on Friday recommended that the Quay Star ferry resume sailing, but with new rules "
        "on its speed near the harbour.",
    )
    claim = Stated.of(printed)
    assert not opens_on(member, claim, _rare_where_missing(claim, member), load_config())
    told = ("A Veld harbour board panel on Friday recommended that the Quay Star ferry resume sailing, saying its "
            "savings outweighed the delays.")
    assert opens_on(_openings(told)[0], claim, _rare_where_missing(claim, member), load_config())


@pytest.mark.parametrize("tail", [
    ", saying: “The savings outweigh the delays.”",
    ", adding that the savings outweighed the delays.",
    ", citing savings that outweighed the delays.",
])
def test_what_a_lede_says_was_said_or_cited_is_a_claim_an_opening_must_state(tail: str) -> None:
    # review 45a (B5): the colon form of ", saying", and ", adding that", ", citing"
    printed, member = _openings(
        f"A Veld harbour board panel on Friday recommended the island resume using the Quay Star ferry{tail}",
        "A Veld harbour board panel on Friday recommended that the Quay Star ferry resume sailing, but with new rules "
        "on its speed near the harbour.",
    )
    claim = Stated.of(printed)
    assert not opens_on(member, claim, _rare_where_missing(claim, member), load_config())


# multinews-119 (reading 44f) and reading 45a: an outlet opening "The chief of the U.S. Forest Service is
# stepping down amid allegations ..." went uncited for "... stepped down Wednesday amid an investigation
# ...", for want of the day, which its article gives nowhere else either.
_STEPPED_DOWN = "The head of the Veld harbour board stepped down Wednesday amid an inquiry into bribery accusations."
_STEPPING_DOWN = "The chief of the Veld harbour board is stepping down amid bribery accusations and an inquiry."


@pytest.mark.parametrize(("rest", "cited"), [
    ("The board will name an acting chief next month.", True),
    # a day the article gives for this deed, the same day, in the sentence after or further on
    ("He told staff in an email Wednesday that he would leave at once.", True),
    ("The board will name an acting chief next month.\n\nThe board's spokesman confirmed the news on Wednesday.", True),
    # another day, in the article, may be this deed's: the sentence does not say
    ("He told staff in an email Tuesday that he would leave at once.", False),
])
def test_a_day_an_outlets_article_never_names_does_not_keep_it_uncited(rest: str, cited: bool) -> None:
    lede = _article("Veld Wire", f"{_STEPPED_DOWN} The board's spokesman confirmed the departure.")
    other = _article("Kessel Post", f"{_STEPPING_DOWN}\n\n{rest}")
    brief = make_brief([lede, other])
    assert brief.lede is not None and brief.lede.text == _STEPPED_DOWN
    assert (len(brief.lede.sources) == 2) == cited, brief.lede.support


@pytest.mark.parametrize(("told", "dated"), [
    (_STEPPING_DOWN, True),
    # review 45a (B1, B2): another time, another deed perhaps: the day left out is not taken for the lede's
    ("The chief of the Veld harbour board stepped down in March amid bribery accusations and an inquiry.", False),
    ("The chief of the Veld harbour board stepped down yesterday amid bribery accusations.", False),
    ("The chief of the Veld harbour board stepped down two weeks ago amid bribery accusations.", False),
    ("The chief of the Veld harbour board stepped down in the last session amid bribery accusations.", False),
    ("The chief of the Veld harbour board stepped down soon after the bribery accusations.", False),
    # ... but not what has held since, nor what a relative clause tells of
    ("The chief of the Veld harbour board, who took over in 2019, stepped down amid bribery accusations.", True),
    ("The chief of the Veld harbour board stepped down amid bribery accusations that have dogged it since May.", True),
])
def test_a_sentence_dated_otherwise_is_not_dated_to_the_ledes_day(told: str, dated: bool) -> None:
    printed, member = _openings(_STEPPED_DOWN, told)
    taken = dated_as_told(member, Stated.of(printed), frozenset())
    assert ("wednesday" in taken.dates) == dated


_CLAIMS_FILED = (
    "Some 4,200 ferry workers filed claims for lost wages last week, the Veld harbour board reported Thursday."
)


@pytest.mark.parametrize(("told", "dated"), [
    # neus-val-0209: the time the fact gives too ("last week") is the fact's, not another deed's
    ("More than 4,200 ferry workers filed claims for lost wages last week, according to the harbour board.", True),
    ("More than 4,200 ferry workers filed claims for lost wages two weeks ago, according to the harbour board.", False),
    ("Last week 4,200 ferry workers filed claims, and yesterday the harbour board said more would follow.", False),
])
def test_a_time_the_fact_gives_too_is_no_other_time(told: str, dated: bool) -> None:
    printed, member = _openings(_CLAIMS_FILED, told)
    taken = dated_as_told(member, Stated.of(printed), frozenset())
    assert ("thursday" in taken.dates) == dated


@pytest.mark.parametrize(("text", "other", "apart"), [
    ("Ada Wren condemned the harbour board on Monday.", "Ada Wren thanked the harbour board on Monday.", True),
    ("Ada Wren condemned the harbour board on Monday.", "Ada Wren criticised the harbour board on Monday.", False),
    # an explosion is no one's verdict, nor a name a verb of praise
    ("The blast at the Veld quay killed three on Monday.", "The mayor praised the crews at the Veld quay.", False),
    ("Critics blasted the harbour plan.", "Hailey Wren spoke about the harbour plan.", False),
])
def test_a_sentence_siding_against_does_not_state_one_siding_for(text: str, other: str, apart: bool) -> None:
    assert _sides_apart(text, other) is apart


def test_a_partys_silence_is_not_printed_where_another_outlet_has_its_answer() -> None:
    # The ninety-fifth reading: multinews-070 printed "CBS13 reached out to the toy's maker, Playmobil,
    # ... but neither responded." while the Washington Post, cited four times in the same brief,
    # carried Playmobil's statement: the brief showed one side only.
    silent = (
        "The Veld ferry line cut its night crossings on Monday, leaving 4,000 commuters without a boat home.\n\n"
        "The Ledger reached out to the ferry's operator, Tollmere Lines, but it did not respond."
    )
    answer = (
        "The Veld ferry line cut its night crossings on Monday, stranding 4,000 commuters.\n\n"
        "Tollmere said in a statement that the crossings lost money every night and would return in spring."
    )
    alone = _texts(make_brief([_article("Veld Ledger", silent)]))
    assert any("did not respond" in t for t in alone)
    both = _texts(make_brief([_article("Veld Ledger", silent), _article("Harbour Post", answer)]))
    assert not any("did not respond" in t for t in both)


@pytest.mark.parametrize(("text", "silent"), [
    ("Tollmere Lines did not immediately respond to a request for comment.", True),
    ("A spokesman for Tollmere Lines declined to comment on Monday.", True),
    ('"We did not respond in time," Tollmere Lines said.', False),
    ("Tollmere Lines responded by cutting fares.", False),
])
def test_a_silence_is_told_by_its_own_words(text: str, silent: bool) -> None:
    answer = "Tollmere said in a statement that the crossings lost money every night."
    s, other = _placed((text, 3), (answer, 1))
    assert answered(s, [s, other]) is silent


def test_each_articles_facts_are_printed_in_the_order_it_tells_them() -> None:
    # The ninety-sixth reading: multinews-030 printed "The second fighter describes ..." above "In the
    # video, one of the deaf-mute fighters ...", its article's sentence before it; a reader comparing
    # the two orders of eleven briefs found the article's order better in seven.
    story = (
        "Two ferries left Veldhaven on Monday. One of the two ferries carried the mayor to Kessel. "
        "The second ferry carried freight to Ostermoor."
    )
    spans = [(0, 34), (35, 89), (90, len(story))]
    wire = "Quay Wire reported the sailings first."
    sentences = [
        *(sentence(0, story, start, end, n) for n, (start, end) in enumerate(spans)),
        sentence(1, wire, 0, len(wire), 0),
    ]
    lede, first, second, other = (FactGroup((k,), k, 1.0) for k in range(4))
    assert in_article_order([lede, second, other, first], sentences) == [lede, first, other, second]
    assert in_article_order([], sentences) == []


@pytest.mark.parametrize(("text", "whole"), [
    # multinews-068 printed "‘Goldie poisoned them against me. She told the kids I’d moved to
    # Portland." from a quotation in single marks that runs on, its speaker in no sentence printed.
    ("‘Wren poisoned them against me. She told the crews I’d sold the ferry.", False),
    ("Anker wrote: ‘Happy launch day....@veldferries.’ The post went viral.", True),
    ("“The papers just said, ‘Anker had a terrible night,'” Anker said.", True),
    # an apostrophe, and a slip for one, open nothing
    ("The crews’ union said no to Anker’s offer.", True),
    ("When his ratings dipped, O’Brien moved The Quay Show‘s slot later.", True),
])
def test_a_quotation_in_single_marks_that_never_closes_is_cut(text: str, whole: bool) -> None:
    assert balanced_quotes(text) is whole


@pytest.mark.parametrize("doubt", [
    "At the same moment, Kess turned his own gun on himself and fired.",
    "It is unclear who fired the fatal shot.",
    "It was not immediately clear whose shot killed him.",
    # the 132nd reading, multinews-113: the police report's account of what the father said, printed
    # without his denial in the next sentence
    "But Kess's brother, Olav Kess, says that is not true.",
    # the 151st reading, multinews-149: "Musk claimed that ..." and the agency's "But the NHTSA disputed that"
    "But the harbour police disputed that, saying the guard had fired first.",
    "But Kess's family has denied the claim.",
    # the 134th reading, allsides-5901: a claim printed without "Politico reported, citing interviews with
    # 22 current and former aides." set off after it
    "Veld Post reported, citing interviews with 22 current and former guards.",
])
def test_a_deed_the_next_sentence_doubts_or_matches_is_never_printed_without_it(doubt: str) -> None:
    # multinews-016 (the hundred-and-twenty-first reading): "Moore turned toward the agent who fired,
    # striking Moore" was printed without "At the same moment, Moore turned his own gun on himself", and
    # "Moore was killed in gunfire" without "It is unclear who fired the fatal shot": the reader came
    # away sure the agent had killed him.
    deed = "The guard turned toward Arno Kess and fired, striking Kess in the chest."
    opening = "Arno Kess opened fire in the Veldhaven ferry terminal on Monday, police said."
    text = f"{opening}\n\n{deed} {doubt} Kess died at the scene."
    units = segment(_article("Veld Post", text), 0)
    printable = [u.text for u in units if u.kind == "fact"]
    assert deed not in printable and doubt not in printable, printable
    assert f"{deed} {doubt}" in printable, printable


@pytest.mark.parametrize("doubt", [
    "It is unclear whether the ferry line will appeal the ruling.",
    "It was not known why the board had waited a week.",
])
def test_a_doubt_about_what_follows_from_a_deed_leaves_the_deed_whole(doubt: str) -> None:
    # Whether the ruling is appealed is more news, not a doubt about the ruling (allsides-6045: "It was
    # not immediately clear if the attack was the prelude to a ground invasion").
    ruling = "The harbour court ruled on Monday that the ferry line must restore the night service."
    units = segment(_article("Veld Post", f"{ruling} {doubt}"), 0)
    assert [(u.text, u.kind) for u in units] == [(ruling, "fact"), (doubt, "fact")]


@pytest.mark.parametrize(("reaction", "yields"), [
    ("Former mayor Ada Wren released a statement lambasting the politicization of the harbour board, following "
     "the announcement of a lawsuit against the island of Veld over a recently passed ferry fares bill.", True),
    ("Former mayor Ada Wren slammed the harbour board on Friday after it sued the island of Veld over its ferry "
     "fares law.", True),
    # the reaction is the news: no report of what it follows is printed
    ("Former mayor Ada Wren released a statement lambasting the politicization of the harbour board, following "
     "the announcement of new rules for the island's lighthouse keepers.", False),
], ids=["following the announcement", "after it sued", "another event"])
def test_a_reaction_does_not_lead_over_the_report_of_what_it_reacts_to(reaction: str, yields: bool) -> None:
    # allsides-5917 (the hundred-and-twenty-first reading): "Former President Donald Trump released a
    # statement lambasting the politicization of the Department of Justice, following the announcement
    # of a lawsuit against the state of Georgia ..." led, in one outlet's words, over the lawsuit it
    # follows, which another outlet opened with.
    report = ("The harbour board sued the island of Veld on Friday, alleging its new ferry fares law aims to price "
              "poorer islanders off the ferries.")
    sentences = _placed((reaction, 0), (report, 0))
    groups = [FactGroup((0,), 0, 2.6), FactGroup((1,), 1, 1.5)]
    assert lede_first(groups, sentences, _alike(0.2), load_config(), [0.5, 0.5])[0].rep == (1 if yields else 0)


@pytest.mark.parametrize(("sentence", "leans"), [
    # allsides-6083 (the 122nd reading): "From The New York Times on the left to the National Review on the
    # right, the press is in general agreement." was printed under another outlet's charge, whose it read as
    ("From the Veld Post on the left to the Island Ledger on the right, the press is in general agreement.", True),
    ("But not every islander agrees.", True),
    ("The harbour master seemed to agree.", True),
    ("The board agreed to restore the night ferry on Monday.", False),
    ("Ferry workers and the harbour board are in agreement on the new fares, the board said.", False),
])
def test_agreement_that_does_not_say_on_what_leans_on_the_sentence_before(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


@pytest.mark.parametrize(("sentence", "leans"), [
    # allsides-5856 (the 124th reading): "In another, floodwaters swept through an assisted living center,
    # killing 12." was printed where "In one flooded German town, ..." was not the fact before it
    ("In another, floodwaters swept through a care home, killing 12.", True),
    ("At the other, the ferry crew refused to sail.", True),
    ("In another late-night ruling, the harbour court on Friday blocked the new fares.", False),
])
def test_one_more_of_what_the_sentence_before_named_leans_on_it(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


@pytest.mark.parametrize(("sentence", "leans"), [
    # the 129th reading, neus-val-0041: "the department's" and "the month" were the sentence before's
    ("Ferry fares rose by 4% for the month, according to the department's Bureau of Harbour Statistics.", True),
    ("In a ruling, the judge said the agency exceeded its authority.", True),
    ("The regulator said 12 crossings were cancelled.", False),  # a lede may name a body by its role
    ("The Harbour Department said fares rose, according to the department.", False),
    ("Ferry fares rose by 4%, the Veld Transport Ministry said, citing the ministry's own figures.", False),
])
def test_a_source_given_by_its_kind_leans_on_the_sentence_that_names_it(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


@pytest.mark.parametrize(("sentence", "leans"), [
    # the 129th reading, multinews-114: which remark, and later than what, the sentences before said
    ("After the remark was reported on the radio, though, the harbour master's spokesman pushed back.", True),
    ("The ferry, though, sailed on time.", True),
    ("Tal a half hour later told Veld Radio that no crossing would be cut.", True),
    # the 130th reading, neus-val-0255: which parties, the sentence before said
    ("The parties have agreed to halt the closure of the quay for now.", True),
    ("After the storm passed, the harbour reopened on Monday.", False),
    ("Though the storm passed, the harbour stayed shut on Monday.", False),
])
def test_a_remark_or_a_time_told_from_the_sentence_before_leans_on_it(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


def test_a_credits_word_is_no_first_name() -> None:
    # multinews-114: "| AP Photo Trump threatens ..." made "Photo Trump" a second Trump, so Politico's
    # '"Let it be an arms race ...," Trump said ...' read as a quotation of an unknown Trump and went.
    text = (
        "The harbour master spoke on Friday. | AP Photo Wren closes the quay.\n\n"
        "Ada Wren, the harbour master, closed the quay on Friday.\n\n"
        '"Let the ferries wait," Wren said on Friday.'
    )
    assert shared_surnames(text) == frozenset()
    units = segment(_article("Veld Post", text), 0)
    assert any(u.text.startswith('"Let the ferries wait,"') for u in units)


def test_a_confirmation_of_the_report_before_it_leans_on_it() -> None:
    # "White House deputy press secretary Sarah Huckabee Sanders also confirmed the call took place." printed
    # apart from CNN's "... called the acting director ... to complain, two sources with knowledge of the call
    # told CNN.", while the lede printed the call with no source at all (the 149th reading, and reading 33b).
    assert leans_back("Harbour board deputy press secretary Ada Maria Wren also confirmed the call took place.")
    assert not leans_back("The Veld Harbour Board of the Kessel Port Authority on Monday named Ada Wren its chief.")


@pytest.mark.xfail(strict=True, reason="known defect (the 128th reading, multinews-128): a surname two people in "
                   "the article share is read as ambiguous only where it names a quotation's speaker")
def test_a_surname_two_people_share_does_not_stand_alone_as_the_doer() -> None:
    # "During the event, Obama reached over and grabbed Bush into a hug ...", in a brief that prints
    # "First Lady Michelle Obama" and "his successor": which Obama, only the article says.
    shared = shared_surnames("First lady Ada Wren met Piet Anker at the quay. Olav Wren, the mayor, spoke first.")
    assert shared == frozenset({"Wren"})
    assert leans_back('"We are proud of the quay," Wren said.', shared)  # a speaker: read as ambiguous today
    assert leans_back("During the event, Wren reached over and hugged Anker as their spouses looked on.", shared)


def test_a_report_carrying_the_writers_verdict_on_it_is_opinion() -> None:
    # The 156th reading, multinews-000: '..., a rather mediocre pre-meditated line for someone of his
    # acerbic and calculating essence' led the brief of a media column. A label that tells what the
    # quotation refers to is no verdict.
    assert classify(
        'On Sunday, Mayor Wren called the harbour board "a committee of sleepwalkers," an apparent reference '
        "to its vote on the quay."
    ) == "fact"
    assert classify(
        'On Sunday, Mayor Wren called the harbour board "a committee of sleepwalkers," a rather tired pre-packaged '
        "line for someone of her sharp and calculating wit."
    ) == "opinion"


def test_a_sentence_whose_outcome_the_next_one_gives_is_not_printed_without_it() -> None:
    # The 157th reading: multinews-039 printed "... the British Medical Journal published a review of
    # trials of everything from borage to artichoke ... in 2005." without "The bad news for drinkers is
    # that none of them work.", so the review read as if the cures had promise.
    text = (
        "Harbour pilots have tried many cures for seasickness, and the Veld Medical Journal published a "
        "review of trials of ginger, wristbands and peppermint in 2029.\n\n"
        "The bad news for sailors is that none of them work.\n\n"
        "The ferry union asked the board for shorter shifts on Monday."
    )
    printed = _printable(text)
    assert not any(t.endswith("in 2029.") for t in printed), printed
    assert any(t.endswith("none of them work.") and t.startswith("Harbour pilots") for t in printed), printed


def test_words_after_a_colon_with_no_quotation_mark_are_the_speakers_to_the_paragraphs_end() -> None:
    # The 158th reading: neus-val-0036 printed a candidate's debate line, given after "He offered this
    # line:" with no quotation marks, as the writer's fact: "Five former heads of the CIA — both parties
    # — say what he's saying is a bunch of garbage."
    text = (
        "Harbour master Ada Wren spoke at the ferry board's meeting on Monday. She offered this line: There "
        "are fifty pilots who said what he is accusing me of is a smear. Five former harbour masters say "
        "what he is saying is rubbish.\n\n"
        "The board voted to keep the quay open until May."
    )
    printed = _printable(text)
    assert not any(t.startswith("Five former harbour masters") for t in printed), printed
    assert "The board voted to keep the quay open until May." in printed


def test_a_sentence_whose_subject_the_next_one_says_could_not_is_printed_with_it() -> None:
    # The 158th reading: neus-val-0208 printed "Existing US-based users would have been able to have
    # continued using it." without "But they would not have been able to have re-downloaded the app
    # ..., nor have been offered software updates.", so the ban read as sparing its users.
    text = (
        "The ferry board closed the old quay to new boats on Monday. Boats already moored there can stay. "
        "But they will not be able to refuel or take on cargo.\n\n"
        "The board voted to reopen the quay in May."
    )
    printed = _printable(text)
    assert "Boats already moored there can stay." not in printed, printed
    assert any(t.startswith("Boats already moored") and t.endswith("take on cargo.") for t in printed), printed


def test_a_video_blurb_stamped_with_its_upload_day_is_not_the_story() -> None:
    # The 159th reading: multinews-117 led with a station page's video blurb, '... are seeing a "person
    # of interest" ... on Thursday. (Published Monday, May 18, 2015)', a typo of the story's own first
    # sentence below it; the stamp had also run into that sentence as one unit.
    text = (
        'Veld police are seeing a "person of interest" in the killing of a ferry pilot on Thursday. '
        "(Published Monday, May 18, 2029) \n \n"
        'Veld police are seeking a "person of interest" in the killing of a ferry pilot on Thursday. \n \n'
        "The person, dressed in dark clothing, can be seen on video released by the harbour police."
    )
    units = segment(_article("Veld Post", text), 0)
    assert [u.kind for u in units if "seeing" in u.text] == ["aside"]
    assert any(u.text.startswith("Veld police are seeking") and u.kind == "fact" for u in units), units
    assert not any("Published" in u.text for u in units)


def test_a_claim_a_fact_checker_rules_on_is_printed_with_its_verdict() -> None:
    # The 158th and 160th readings: neus-val-0036 printed FactCheck.org's 'Biden said there's "no
    # evidence" that raising the minimum wage causes business bankruptcies.' without the next words,
    # "There is, a little.", so the claim read as established.
    text = (
        'We checked the debate. Mayor Wren said there is "no evidence" that the quay closure cost jobs. '
        "There is, a little. Harbour records show 40 dock jobs went in May.\n\n"
        "The board will meet again on Friday to vote on the ferry timetable."
    )
    printed = _printable(text, "Veld Check")
    assert not any(t.endswith("cost jobs.") for t in printed), printed
    assert any(t.startswith("Mayor Wren said") and "There is, a little." in t for t in printed), printed


def test_a_condition_the_writer_sets_inside_a_sentence_makes_it_their_reading() -> None:
    # The 160th reading: multinews-140 printed Gawker's deduction "..., but unless two former heads of
    # the bin Laden unit were working for Sargeant at the time, that man was Marty Martin." as a fact.
    assert classify(
        "The Post never named the harbour official behind the payments, but unless two pilots held the post "
        "at the time, that man was Piet Anker."
    ) == "opinion"
    # ... where someone said it, it is their condition, reported.
    assert classify(
        "The mayor said the board would meet on Tuesday, but if that session failed she would call it back "
        "on Wednesday."
    ) == "fact"


def test_a_pictograph_in_the_writers_words_makes_an_aside() -> None:
    # The 160th reading's audit: multinews-140 printed a blog's "That month, 40 Americans died in Iraq.
    # ☺! In other words, he's a former CIA agent. ..." as a fact.
    assert classify("That month, 40 ferry pilots quit the harbour. ☺!") == "aside"
    assert classify('Wren posted "Back at the quay ☺" on Monday after the board reopened it.') == "fact"


def test_a_report_that_someone_worries_is_no_verdict_of_the_writers() -> None:
    # The 162nd reading: allsides-6092 led with Vox's "... is a tough case" because AP's "A wary Supreme
    # Court on Wednesday weighed whether ..., worrying about overly restricting speech ..." read as opinion.
    assert classify(
        "A wary harbour board on Wednesday weighed whether ferries can sail at night, worrying about noise on "
        "the one hand and stranded commuters on the other."
    ) == "fact"
    assert classify("The rise in night crossings is a worrying trend for the harbour's neighbours.") == "opinion"


def test_the_writers_verdict_on_the_story_is_opinion() -> None:
    # The 162nd reading: allsides-6092 led with Vox's "Mahanoy Area School District v. B.L, which the
    # Supreme Court heard on Wednesday, is a tough case." over AP's report of the hearing.
    assert classify("Veld v. Anker, which the harbour court heard on Wednesday, is a tough case.") == "opinion"
    assert classify("Harbour master Ada Wren said she thinks night sailing is a bad idea.") == "fact"
    assert classify("There is a great deal of traffic on the quay on Mondays, the harbour office said.") == "fact"


def test_a_note_that_someone_gave_an_update_is_no_fact() -> None:
    # The first reading of session 31: allsides-5858 printed "Acting minister in the Presidency Khumbudzo
    # Ntshavheni gave an update on the unrest, on Thursday afternoon, 15 July 2021." with nothing of what
    # the update said; neus-val-0110 printed "Cops were set to give another update at 1 p.m. ET Monday."
    assert classify("Harbour master Ada Wren gave an update on the strike on Thursday afternoon.") == "aside"
    assert classify("Police were set to give another update at 1 p.m. on Monday.") == "aside"
    assert classify("Wren gave an update on the strike on Thursday, saying crews had accepted a raise.") == "fact"


@pytest.mark.xfail(strict=True, reason=(
    "known defect (the final reading of session 31, multinews-100): a quotation opening on 'He' or 'They' names "
    "its speaker but not whom it speaks of ('\"He did ... bring it up to the entire caucus,\" Thayer said.'); the "
    "rule measured (such a quotation leaning on the sentence before) took 4 facts judged wrong and 4 judged right"
))
def test_a_quotation_opening_on_a_pronoun_leans_on_the_sentence_before() -> None:
    assert leans_back('"He did bring it up with the whole ferry board," harbour master Ada Wren said.')


@pytest.mark.parametrize("opening", [
    '"Harbour Watch" host Ada Wren is taking a large cut in pay as the show\'s budget is restructured.',
    "“The Quay” star Ada Wren is taking a large cut in pay as the show's budget is restructured.",
])
def test_a_sentence_opening_on_a_quoted_name_is_no_quotation(opening: str) -> None:
    # The first reading of session 32 (multinews-006): '"Tonight Show" host Jay Leno is taking a
    # significant reduction in pay ...' was read as a quotation with no speaker, so the news every
    # outlet reported was no unit and a background sentence led.
    text = (
        f"{opening}\n\n"
        "Although the show remains the most watched of its kind, it only breaks even, according to a "
        "person familiar with its accounts.\n\n"
        "Wren's pay will fall to about $2 million a year, the person said."
    )
    brief = make_brief([_article("Veld Post", text)])
    assert brief.lede is not None and brief.lede.text.startswith(opening[:20])


@pytest.mark.parametrize(("old", "new"), [
    ("Wren's current salary is between $4 million and $5 million, and she offered to take a cut.",
     "A person close to the station thought Wren's new salary is likely around $3 million."),
    ("The weekly budget for the show was about $2.3 million, and it stayed there when it moved to mornings.",
     "The budget now will be closer to $1.7 million, according to the station."),
])
def test_a_figure_the_next_sentence_gives_anew_is_not_printed_as_todays(old: str, new: str) -> None:
    # The first reading of session 32 (multinews-006): "Leno's current salary is between $25 million
    # and $30 million ..." was printed without "... Leno's new salary is likely around $20 million",
    # and "The weekly budget ... was approximately $2.3 million and it stayed there ..." without "The
    # budget now will be closer to $1.7 million": the pay cut, the news, read as never made.
    text = (
        "Harbour Watch host Ada Wren is taking a large cut in pay, and a dozen staff are leaving the show.\n\n"
        f"{old} {new}\n\n"
        "The station declined to comment on the changes on Friday."
    )
    brief = make_brief([_article("Veld Post", text)])
    assert not any(t.startswith(old[:30]) and new[:20] not in t for t in _texts(brief))


def test_a_headline_keeps_a_short_lede_whole_rather_than_cut_the_name_it_tells_of() -> None:
    # The second reading of session 32 (multinews-089): "Orange is the New Black star Laverne Cox
    # was announced …" was cut before "to be Madame Tussauds' first transgender wax figure", and told
    # nothing; the lede of 17 words is the headline whole.
    lede = "Harbour Watch star Ada Wren was announced to be the first honorary ferry captain of Veld Maritime Museum."
    assert short_headline(lede) == lede.rstrip(".")
    # with no name in what the cut leaves out, the cut stays marked
    plain = "The ferry union said on Tuesday that it would strike for a week over the night crossings it lost."
    assert short_headline(plain).endswith("…")


@pytest.mark.parametrize(("lede", "headline"), [
    # reading 53a, multinews-062: "Jim Carrey has distanced himself from the upcoming Universal release
    # "Kick-Ass 2" …" dropped why ("because of its violent content"), 17 words whole
    ('Ada Wren has distanced herself from the harbour festival "Sea Days" because of its loud fireworks.',
     'Ada Wren has distanced herself from the harbour festival "Sea Days" because of its loud fireworks'),
    # multinews-043: "A 16-year-old is on the mend after falling 3,500 feet …" left out how
    ("A deckhand is on the mend after falling 30 feet from the mast during a storm.",
     "A deckhand is on the mend after falling 30 feet from the mast during a storm"),
    # (a clause of its own stays cut, and a lede of more than 16 words; review 53: so does a claim whose
    # source or reversal follows a comma, a feed's lede cut off unmarked, and a lede a clause was taken from)
    ("Mayor Ada Lind took bribes from three contractors during work on the new Orla harbour bridge, prosecutors "
     "allege.", "Mayor Ada Lind took bribes from three contractors during work …"),
    ("The Orla city council voted to ban private cars from the old town centre on weekends, then reversed the "
     "decision.", "The Orla city council voted to ban private cars …"),
    ("Thousands marched through central Orla to demand the release of jailed opposition leader Ada Lind from",
     "Thousands marched through central Orla to demand the release of jailed opposition leader Ada Lind …"),
    ("A former nurse who worked for eleven years on the children's ward of Orla General Hospital in northern Velden "
     "has been charged with murder.", "A former nurse has been charged …"),
    ("The harbour board has raised the ferry fares by a tenth for the winter, while the union wants them frozen.",
     "The harbour board has raised the ferry fares by a tenth for the winter …"),
    ("Ada Wren has distanced herself from the coming harbour festival in Kessel because of the loud fireworks "
     "over the old quay.", "Ada Wren has distanced herself from the coming harbour festival in Kessel …"),
])
def test_a_headline_keeps_the_phrase_a_cut_would_drop(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


def test_a_unit_is_cited_for_a_fact_though_the_sentence_it_leans_on_is_printed_as_another() -> None:
    # The second reading of session 32 (multinews-089, 070): UPI's '"I am so deeply honored ...," the
    # star said in a statement.' leans on the sentence before it, printed as a fact of its own; the
    # unit of the two was never cited for the quotation, which it states.
    told = Article(
        text="Harbour Watch star Ada Wren will unveil her portrait at the Veld Maritime Museum on June 26, the "
             "museum said on Monday.\n\n\"I am so deeply honoured to be part of the museum's long history,\" the "
             "star said in a statement.",
        outlet="Veld Post", title="Wren to unveil portrait", id="veld-post",
    )
    named = Article(
        text="Ada Wren's portrait will be unveiled at the Veld Maritime Museum on June 26, the museum said on "
             "Monday.\n\n\"I am so deeply honoured to be part of the museum's long history,\" Wren said in a "
             "statement.",
        outlet="Quay Daily", title="Museum to show Wren portrait", id="quay-daily",
    )
    brief = make_brief([told, named])
    quoted = next(f for f in brief.facts if f.text.startswith('"I am so deeply honoured'))
    assert {brief.sources[n - 1].outlet for n in quoted.sources} == {"Veld Post", "Quay Daily"}
    # ... by the sentence of it that states the quotation: no source sentence backs two facts
    assert all(s.text.startswith('"I am so deeply honoured') for s in quoted.support), quoted.support
    spans = [(s.source, s.start, s.end) for f in [brief.lede, *brief.facts] if f for s in f.support]
    assert not any(a[0] == b[0] and a[1] < b[2] and b[1] < a[2] for i, a in enumerate(spans) for b in spans[i + 1 :])


def test_a_titles_verdict_on_its_report_does_not_head_the_brief() -> None:
    # The final reading of session 32 (allsides-5826): where every article is a column, a column's
    # title headed the brief with its verdict in the brief's own voice ("Simone Biles withdraws from
    # Olympics team final after vault miss, proving she's the GOAT"); the report heads it.
    texts = [
        ("Veld Post", "https://veldpost.example/opinion/2030/05/wren",
         "Ada Wren withdraws from the regatta final after a capsize, proving she's the greatest",
         "Ada Wren withdrew from the Veld regatta final on Tuesday after her boat capsized in the first race. "
         "She put her own safety first, and that is what makes her the greatest sailor of her time."),
        ("Quay Daily", "https://quaydaily.example/opinion/2030/05/wren",
         "Sailors lead the conversation on safety",
         "Ada Wren withdrew from the Veld regatta final on Tuesday, telling reporters she feared for her "
         "safety. Her choice will start a long overdue conversation about safety in the sport."),
    ]
    articles = [Article(text=t, outlet=o, url=u, title=title, id=o) for o, u, title, t in texts]
    # (and the headline says whose column it is: reading 37d)
    headline = make_brief(articles).headline
    assert headline == "Veld Post (opinion): Ada Wren withdraws from the regatta final after a capsize", headline


def test_a_columns_title_heading_a_brief_of_columns_says_whose_it_is() -> None:
    # Reading 37d: "Biden Has Emboldened Israel's Enemies", "The Left's Favorite Dictatorship Is under Siege"
    # headed briefs whose every source is a column, in the brief's own voice.
    column = Article(
        text="The harbour board reopened the Veld quay on Monday. The board has failed the ferry crews again.",
        outlet="Veld Post", url="https://veldpost.example/opinion/2030/05/quay",
        title="The Harbour Board Has Failed the Ferry Crews", id="veld-post",
    )
    brief = make_brief([column])
    assert brief.headline == "Veld Post (opinion): The Harbour Board Has Failed the Ferry Crews", brief.headline
    filed = Article(text=column.text, outlet="Veld Post (Opinion)", title=column.title, id="veld-post-opinion")
    assert make_brief([filed]).headline == "Veld Post (Opinion): The Harbour Board Has Failed the Ferry Crews"
    # A news report's title is the news, said in no one's name.
    report = Article(text=column.text.split(" The board")[0], outlet="Quay Daily", title="Veld quay reopens",
                     url="https://quaydaily.example/news/quay", id="quay-daily")
    assert make_brief([column, report]).headline == "Veld quay reopens"


def test_a_headline_cut_never_ends_on_a_possessive() -> None:
    # The sixth reading of session 32 (multinews-002): "White House communications director Anthony
    # Scaramucci took a page out of President Trump’s …" owned nothing.
    lede = ("Harbour board spokesman Piet Anker took a page out of Mayor Ada Wren’s playbook in attacking the "
            "ferry union in a long post on the website.")
    assert short_headline(lede) == "Harbour board spokesman Piet Anker took a page out of Mayor Ada Wren’s playbook …"


def test_a_headline_skips_a_description_before_an_irregular_verb_and_a_that_before_a_clause() -> None:
    # Reading 33g: multinews-022's "CGI Federal, the company responsible for building the problem-plagued
    # Web site …" had no verb ("won" was not read as one), and multinews-021's "A Chicago woman says that
    # after her latest release …" stopped before what she says.
    described = ("Veld Ferries, the company responsible for building the troubled night ferry for the harbour "
                 "board, won the contract because of what officials deemed a superior bid, documents show.")
    assert short_headline(described).startswith("Veld Ferries won the contract"), short_headline(described)
    reported = ("A Veldhaven captain who has been fined hundreds of times says that after his latest fine from "
                "the board he is determined to sail by the rules.")
    assert "says after his latest fine" in short_headline(reported), short_headline(reported)



@pytest.mark.parametrize(("lede", "headline"), [
    # multinews-084 (found reading the dev headlines after reading 47a): "President Donald Trump, angered over a
    # National Park Service retweet comparing his inaugural crowd size …" stopped inside the description
    ("Mayor Ada Wren, angered over a harbour board notice comparing her ferry budget to the last mayor's in 2029, "
     "called the chair of the Veld harbour board on Saturday to complain, two aides said.",
     "Mayor Ada Wren called the chair of the Veld harbour board on Saturday to complain, two aides said"),
    # (... and multinews-011's "Lisa Kendzior and Paul Petersen, local chapter leaders of the Survivors Network of
    # Those Abused …")
    ("Ada Wren and Olav Tal, local chapter leaders of the Veld Ferry Passengers Union, said the board's new "
     "timetable was unsafe.",
     "Ada Wren and Olav Tal said the board's new timetable was unsafe"),
    # a time its claim holds at is no description: "Fascism, as of Nov. 29, was ... word of the year"
    ("Diesel, as of June 3, was the Veld harbour's most-bought fuel of the year.",
     "Diesel, as of June 3, was the Veld harbour's most-bought fuel of the year"),
])
def test_a_headline_skips_a_description_of_its_subject_that_opens_without_an_article(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


@pytest.mark.parametrize(("lede", "headline"), [
    # reading 47a: multinews-060's "Miranda July has confessed in this week’s issue of The New Yorker …" was cut
    # before what she confessed to; where it was said goes first
    ("Ada Wren, the harbour master of Veldhaven, has confessed in this week’s issue of The Veld Ledger to a long "
     "history of smuggling diesel.", "Ada Wren has confessed to a long history of smuggling diesel"),
    ("Pilots Ada Wren and Olav Tal said in a joint statement that the board had not warned anyone.",
     "Pilots Ada Wren and Olav Tal said the board had not warned anyone"),
    ("The Veld harbour master told reporters at a news conference that the night ferry would not sail again "
     "before the spring.", "The Veld harbour master told reporters the night ferry would not sail again before the "
     "spring"),
    ("Mayor Ada Wren said on Twitter that the night ferry would not sail again before the spring thaw on the "
     "estuary.", "Mayor Ada Wren said the night ferry would not sail again before the spring thaw …"),
    # (what a thing's description says was said in it stays: no verb of saying before it)
    ("The harbour board published a plan in a statement of intent to rebuild the old pier before the ferry season "
     "opens in the spring.", "The harbour board published a plan in a statement of intent to rebuild the old pier …"),
])
def test_a_headline_made_from_a_long_lede_leaves_out_where_it_was_said(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


@pytest.mark.parametrize(("lede", "kept"), [
    # review 47a: what sets a claim's bounds between commas is no description, and stays with it
    ("None, except for two deckhands, survived the sinking of the Veld night ferry.", "except for two deckhands"),
    ("Senate Republicans, with the exception of Senator Olav Tal, voted to block the harbour bill.",
     "with the exception of"),
    ("Olav Tal, if convicted of fraud, faces up to 20 years in prison.", "if convicted of fraud"),
    ("Wages, adjusted for inflation, fell 2 percent last year.", "adjusted for inflation"),
    ("Diesel, by the end of May, was the Veld harbour's most-bought fuel.", "by the end of May"),
    ("Olav Tal, charged with murder, pleaded not guilty on Monday.", "charged with murder"),
    # (a role that runs on into a list is not cut at the list's first comma)
    ("Ada Wren, head of operations, services and sales at Veld Foods, said the plant would close.",
     "Ada Wren, head of operations, services"),
    # (where something was said stays where it is news, or where words after it go on describing it)
    ("Mayor Ada Wren said in her concession speech that she would keep fighting for the night ferry and its "
     "crews.", "concession speech"),
    ("The Veld harbour board said in a statement released by its lawyers that the night ferry would not sail "
     "again this year.", "in a statement released by"),
    ("Mayor Ada Wren wrote in a letter of resignation that she could no longer serve a board that ignored the "
     "harbour.", "letter of resignation"),
    # (and "protest against" after "a" is a noun and its preposition: the cut may fall between them)
    ("Thousands of angry farmers and fishermen held a protest against the new harbour levy outside the Veld "
     "town hall on Monday.", "held a protest"),
], ids=["except", "exception", "condition", "measure", "time", "charge", "list", "concession", "described venue",
        "venue of what", "noun and preposition"])
def test_a_headline_keeps_what_bounds_the_claim(lede: str, kept: str) -> None:
    assert kept in short_headline(lede), short_headline(lede)


def test_a_headline_is_not_cut_between_a_verb_of_saying_and_what_was_said() -> None:
    # multinews-106 (session 33): "The U.S. Defense Department called the test of the road-mobile missile a
    # “fiery, catastrophic” …" left out what it called it
    lede = "The Veld harbour board called the trial of the new night ferry a \u201cslow, costly\u201d failure."
    assert short_headline(lede) == lede.rstrip("."), short_headline(lede)


@pytest.mark.xfail(strict=True, reason=(
    "known defect (the reading at the end of session 32, multinews-100, as in session 31's): 'A \"veteran "
    "Republican Party operative\" told the Washington Times that he won't let the bill pass.' reads as the "
    "operative blocking the bill; 'he' is Speaker Stumbo, named only in the sentence before. No surface rule "
    "yet tells this 'he' from the usual one that is the speaker"
))
def test_a_he_after_an_unnamed_source_who_told_an_outlet_leans_on_the_sentence_before() -> None:
    text = (
        "Ferry captain Olav Tal wants a law that would let him run for harbour master and for mayor in the same "
        "year.\n\nHarbour board chairman Piet Anker has told colleagues he would block the bill in the board.\n\n"
        "A \"veteran union organiser\" told the Veld Post that he won't let the bill pass.\n\n"
        "Tal said on Monday he would not give up the idea."
    )
    other = (
        "Ferry captain Olav Tal asked the harbour board on Monday for a law letting him run for two offices in "
        "one year.\n\nA \"veteran union organiser\" told the Veld Post that he won't let the bill pass."
    )
    brief = make_brief([_article("Veld Post", text), _article("Quay Wire", other)])
    assert not any(t.startswith('A "veteran union organiser"') for t in _texts(brief)), _texts(brief)


@pytest.mark.parametrize(("sentence", "leans"), [
    # reading 38a, multinews-099: "communities a mile or two away may be showered by pea-sized
    # fragments" was printed where only the sentence before said away from what (the summit crater)
    ("Harbour officials say homes a mile or two away may be showered with ash.", True),
    ("Villagers three kilometres away heard the blast.", True),
    ("Homes a mile away from the Veld crater may be showered with ash.", False),
    ("The Veld ferry sank two miles off the coast.", False),
])
def test_a_distance_away_from_what_the_sentence_does_not_say_leans_on_the_one_before(
    sentence: str, leans: bool,
) -> None:
    assert leans_back(sentence) is leans


@pytest.mark.parametrize(("sentence", "leans"), [
    # reading 38a, multinews-121: "Referring to the Russian plan, Yatseniuk said: ..." was printed
    # where only the article's sentences before it said which plan (Ukraine's federalization)
    ("Referring to the harbour plan, the mayor said it would ruin the town.", True),
    ("Responding to those charges, the ferry company said it had followed every rule.", True),
    ("Asked about the proposal, the minister declined to comment.", True),
    ("Referring to a 2019 report on ferry safety, the mayor said the fleet was too old.", False),
    # (review 38: a phrase that names its thing stands: "Reacting to the death of Queen Elizabeth II, ...")
    ("Reacting to the death of Captain Olav Tal, the harbour lowered its flags.", False),
    ("Asked about the Harbour Court's ruling on fares, the mayor declined to comment.", False),
])
def test_a_reply_to_a_thing_the_sentence_does_not_name_leans_on_the_one_before(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


@pytest.mark.parametrize("lede", [
    # reading 38a: headlines cut before what their verb or noun tells: multinews-058's "Marvel Studios
    # and director Joe Johnston want …", 099's "... were alerted to rising levels …" (121's "... Donetsk
    # proclaimed …" stays: without the clause, no headline says where, test_..._keeps_its_main_verb)
    "The harbour board and its chief want to be really sure they have found the right pilot to run the night "
    "crossing.",
    "Residents on the south shore of the Veld estuary were alerted on Thursday to rising levels of toxic gas "
    "from the flooded mine shafts, and engineers warned that the coast road may close.",
])
def test_a_headline_is_not_cut_before_what_its_verb_or_noun_tells(lede: str) -> None:
    headline = short_headline(lede)
    last = headline.removesuffix(" …").split()[-1]
    after = re.search(re.escape(last) + r"\s+(\S+)", lede)
    assert last not in ("want", "proclaimed"), headline
    assert after is None or (after.group(1) in ("from", "to", "in") and last != "want"), headline
    assert len(headline.split()) <= 19, headline


@pytest.mark.parametrize(("fact", "printed"), [
    # reading 38a, multinews-071: "Police were seen firing into the air and dragging away several
    # protesters." was printed after the lede "Police fired into the air to disperse thousands of
    # anti-American protesters in Afghanistan's capital Wednesday, ..."
    ("Police were seen firing into the air and dragging away several protesters.", False),
    # (a name or a figure of its own is news of its own, and so is a deed the line before does not tell)
    ("Police in Kessel were seen firing into the air.", True),
    ("Police fired 40 shots into the air.", True),
    ("Police later closed the quay to the protesters.", True),
])
def test_a_line_whose_main_clause_a_line_before_tells_in_full_is_not_printed(fact: str, printed: bool) -> None:
    lede = "Police fired into the air to disperse hundreds of protesters in Veldhaven's harbour Wednesday."
    sentences = _placed((lede, 0), (fact, 5))
    groups = [FactGroup((0,), 0, 2.0), FactGroup((1,), 1, 1.0)]
    assert (len(without_retold_clauses(groups, sentences)) == 2) is printed


@pytest.mark.parametrize(("lede", "headline"), [
    # reading 38d, multinews-064: "Sen. Ted Cruz (R) leads his Democratic challenger, Rep. Beto O’Rourke"
    # headed a brief whose lede went on "by just 1 point ..., well within the margin of error of a new poll"
    ("Mayor Ada Wren leads her Labour challenger, Councillor Olav Tal, by just 2 points in the Veldhaven race, well "
     "within the margin of error of a new harbour poll.",
     "Mayor Ada Wren leads her Labour challenger, Councillor Olav Tal, by just 2 points …"),
    # (a name set off and then a clause of its own, or a list of names, ends where it did)
    ("The harbour board circulated a statement from its pilot, Olav Tal, conceding that the night ferry had run "
     "aground twice in a week of fog.",
     "The harbour board circulated a statement from its pilot, Olav Tal"),
])
def test_a_headline_is_not_cut_at_the_comma_around_a_name_its_predicate_goes_on_past(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


@pytest.mark.parametrize(("sentence", "leans"), [
    # reading 38d, multinews-083: "The parole board was batting a thousand that year." was printed where
    # only the article's sentences before it said which year
    ("The harbour board was cutting fares left and right that year.", True),
    ("Ferry fares rose twice that summer.", True),
    ("Ferry traffic fell 20 percent in 2019, and that year the board cut fares.", False),
    ("The ferry sank in March, and divers reached it that month.", False),
])
def test_a_time_told_as_that_year_leans_on_the_sentence_that_names_it(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


def test_a_later_stage_told_by_its_day_leads_where_articles_are_undated() -> None:
    # neus-val-0070: "On Tuesday night, 17-year-old Kyle Rittenhouse allegedly shot three people ..." led
    # where another outlet opened "Lake County teenager Kyle Rittenhouse on Thursday was charged with ..."
    assert _lede_of_two(
        "On Tuesday night, 19-year-old Olav Tal allegedly set fire to two ferries at the Veldhaven quay.",
        "Harbour worker Olav Tal on Thursday was charged with arson following the fires at the Veldhaven quay.",
    ) == 1
    # (not a look ahead, whose day is when it is to happen, nor a day of what came before the news)
    assert _lede_of_two(
        "On Tuesday night, 19-year-old Olav Tal allegedly set fire to two ferries at the Veldhaven quay.",
        "Harbour worker Olav Tal will appear in court on Thursday over the fires at the Veldhaven quay.",
    ) == 0
    assert _lede_of_two(
        "Olav Tal set fire to two ferries at the Veldhaven quay on Tuesday night, the police said.",
        "Dockers marched in Veldhaven after the quay fires that followed a strike on Wednesday and Olav Tal's arrest.",
    ) == 0


def test_a_headline_is_not_cut_inside_a_relative_clause_after_who_says_it() -> None:
    # reading 38d, multinews-102: "Authorities say a man who was in a Colorado court …" headed a brief whose
    # lede went on "... is in even more trouble after a wad of cocaine fell from his hat ..."
    lede = ("Harbour police say a man who was in the Veldhaven court for breaking his bail on a smuggling charge is in "
            "even more trouble after a bag of diesel tokens fell from his coat while he stood before the judge.")
    headline = short_headline(lede)
    assert headline.startswith("Harbour police say a man is in even more trouble"), headline


@pytest.mark.parametrize(("before", "fact"), [
    # review 38: a reversal or a denial in the same words is news of its own
    ("The harbour master insisted on Monday that the river dam would hold through the storm.",
     "The river dam did not hold."),
    ("The senator voted against the ferry bill after pressure from party leaders.",
     "Party leaders voted for the ferry bill."),
])
def test_a_line_telling_the_opposite_of_one_before_in_its_words_is_printed(before: str, fact: str) -> None:
    sentences = _placed((before, 0), (fact, 5))
    groups = [FactGroup((0,), 0, 2.0), FactGroup((1,), 1, 1.0)]
    assert len(without_retold_clauses(groups, sentences)) == 2


def test_a_later_stage_told_by_its_day_counts_across_the_weekend() -> None:
    assert _lede_of_two(
        "On Saturday night, 19-year-old Olav Tal allegedly set fire to two ferries at the Veldhaven quay.",
        "Harbour worker Olav Tal on Monday was charged with arson following the fires at the Veldhaven quay.",
    ) == 1


@pytest.mark.parametrize("title", ["Two winners share record ferry jackpot", "Five signs point to a ferry deal"])
def test_a_news_title_opening_on_a_count_is_still_a_headline(title: str) -> None:
    brief = _strike_brief(title)
    assert brief.headline == title


def test_a_titles_scoop_marker_is_not_part_of_the_headline() -> None:
    # reading 38f, multinews-023: the brief was headed "EXCLUSIVE: Julia Roberts' half-sister ...", MailOnline's
    # billing
    brief = _strike_brief("EXCLUSIVE: Veldhaven ferry crews accept raise, ending strike")
    assert brief.headline == "Veldhaven ferry crews accept raise, ending strike"


@pytest.mark.xfail(strict=True, reason=(
    "known defect (reading 38f, neus-val-0120): 'Mr Trump's legal team argues it completely exonerates the "
    "president.' printed after a lede on new evidence against Trump; 'it' is the Mueller report, named only in "
    "the sentence before. A pronoun after a verb of saying is usually the speaker's own subject ('The company "
    "said it would appeal'), and no surface rule yet tells the two apart"
))
def test_a_thing_told_of_as_it_after_a_verb_of_saying_leans_on_the_sentence_that_names_it() -> None:
    assert leans_back("Mr Tal's legal team argues it completely clears the harbour master.")


@pytest.mark.xfail(strict=True, reason=(
    "reading 48g (MISLEADS), multinews-085: 'Judge John Cleland and the Centre County courts made them public, and "
    "CNN obtained copies. In them, ...' prints alone, 'them' the couple's letters of the sentence before; "
    "_OBJECT_BACK reads one doer before the verb only. Reading a second doer joined by 'and' (measured in session "
    "48) took that fact, judged wrong, for the lawyer's answer, judged right, but moved Multi-News ROUGE-1 over the "
    "lead at 250 words to 1.499, under issue 2's floor of 1.50: not kept"))
def test_them_after_two_doers_leans_on_the_sentence_before() -> None:
    assert leans_back("Judge Ada Wren and the harbour courts made them public, and the Veld Post obtained copies.")


@pytest.mark.parametrize(("sentence", "leans"), [
    # reading 38e, allsides-6076: "Liz Cheney, daughter of former Vice President Dick Cheney and a Trump critic,
    # assailed him in a tweet ..." printed after a lede on Kevin McCarthy; "him" is Trump, named only before it
    ("Councillor Mira Tal, daughter of former harbour master Olav Tal and a critic of the mayor, assailed him "
     "in a post on Monday.", True),
    ("Captain Olav Tal praised them for their courage.", True),
    ("Captain Ilse Brand reportedly met her in 2006, when both worked on the Veld ferries.", True),
    # a possessive tells of the subject itself, and a name after the verb says whom
    ("Councillor Mira Tal thanked her crew for their courage.", False),
    ("Councillor Mira Tal assailed Mayor Olav Brand in a post on Monday.", False),
    ("Mayor Ilse Brand, who hired Olav Tal as harbour master in 2019, fired him on Monday.", False),
    # reading 38d, 38e: someone or something the sentence before told of, by the kind alone
    ("The killer was found not guilty by reason of insanity and sent to a hospital.", True),
    ("The rebranding edict was directed to no one in particular.", True),
    # reading 39a's labels: one person told of by rank alone ("The No. 3 Republican in the U.S. House ... on Monday
    # said ..."), whom only the sentence after names
    ("The No. 2 official at the Veld harbour board on Monday said the ferry fares were a scandal.", True),
    ("The No. 2 official at the Veld harbour board, Ilse Brand, said the ferry fares were a scandal.", False),
    ("The third-ranking Senate Democrat said on Monday that the ferry bill would pass.", True),
    # (review 39: a ranked player or thing is no one unnamed)
    ("The No. 1 seed Olav Tal withdrew from the Veld Open on Friday with a wrist injury.", False),
    ("The No. 1 priority for voters remained the cost of ferry tickets, the poll found.", False),
    ("The third-highest court in Veldhaven ruled on Monday that the strike was legal.", False),
    # (review 39, R6: after a connective too, as the lede reads it)
    ("Meanwhile, the No. 2 official at the Veld harbour board on Monday said the fares were a scandal.", True),
    # reading 39c's labels, multinews-109: a count of people the sentence before gave, in a plural without an s
    ("The four young men were convicted of setting the ferries on fire.", True),
])
def test_someone_or_something_the_sentence_before_named_leans_on_it(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


def test_a_lede_whose_doer_is_told_of_by_rank_alone_gives_way_to_one_that_names_them() -> None:
    # reading 39a, allsides-6076: the lede "The No. 3 Republican in the U.S. House of Representatives on Monday
    # said ..." never said who spoke (Reuters named Liz Cheney in the next sentence), under a headline on McCarthy
    assert _lede_of_two(
        "The No. 2 official at the Veld harbour board on Monday said the ferry fares were a scandal.",
        "Harbour master Olav Tal said on Monday that the ferry fares would rise by a tenth in May.",
    ) == 1
    assert _lede_of_two(
        "The No. 2 official at the Veld harbour board, Ilse Brand, on Monday said the ferry fares were a scandal.",
        "Harbour master Olav Tal said on Monday that the ferry fares would rise by a tenth in May.",
    ) == 0


def test_a_figure_and_the_people_it_counts_shared_do_not_make_two_facts_one() -> None:
    # reading 39a, multinews-085: "... was sentenced Tuesday to at least 30 years in prison for molesting 10 boys"
    # was left out as a restatement of "... made them public ... In them, Jerry Sandusky expressed little sympathy
    # for the 10 boys he was convicted of molesting": the figure and whom it counts were alike, the deeds not
    letters = ("The harbour court made the letters public, and the Veld Post obtained copies. In them, he showed "
               "little sympathy for the 12 deckhands he was convicted of cheating.")
    sentence = ("The former ferry skipper from the northern quay was sentenced Tuesday to at least 8 years in state "
                "prison for cheating 12 young deckhands.")
    sentences = _openings(letters, sentence)
    groups = [FactGroup((0,), 0, 2.0), FactGroup((1,), 1, 1.0)]
    assert [g.rep for g in select(groups, sentences, _alike(0.55), load_config(), limit=5)] == [0, 1]
    # ... while two reports of one deed, its figure and its day still are one
    again = "The skipper was sentenced on Tuesday to 8 years for cheating deckhands out of their wages."
    sentences = _openings(sentence, again)
    assert [g.rep for g in select(groups, sentences, _alike(0.55), load_config(), limit=5)] == [0]


def test_the_day_a_unit_leads_with_is_its_first_sentences() -> None:
    # allsides-5852: "The federal government is stepping up its effort ... On Thursday, Psaki singled out ..."
    # counted as told later than "Biden walked back ..., saying Monday ...", and led with what came before it
    assert _lede_of_two(
        "Harbour master Olav Tal walked back some of his criticism of the Kessel stalls, saying Monday he meant a "
        "dozen of them and not the market itself.",
        "The harbour board is stepping up its effort to purge the Kessel quay of unlicensed stalls. On Thursday, "
        "the harbour master singled out a dozen stalls and called on the board to close them.",
    ) == 0


@pytest.mark.parametrize("later", [
    'The harbour board, calling the Kessel stalls "a scandal. A disgrace," closed a dozen of them on Thursday.',
    'The harbour board, asking "Who licensed these? Nobody did," closed a dozen Kessel stalls on Thursday.',
    "The harbour board, fining them approx. Two hundred euros each, closed a dozen Kessel stalls on Thursday.",
])
def test_a_stop_inside_a_quotation_or_after_an_abbreviation_does_not_end_the_first_sentence(later: str) -> None:
    # review 39 (R1): the day a unit leads with was looked for only up to the first full stop, even one
    # inside its quotation or after "approx.", and Thursday's closing read as undated
    assert _lede_of_two(
        "Harbour master Olav Tal walked back some of his criticism of the Kessel stalls, saying Monday he meant a "
        "dozen of them and not the market itself.",
        later,
    ) == 1


def test_a_quotation_mark_that_never_closes_does_not_date_the_first_sentence_by_a_later_one() -> None:
    # review 40 (R1): an inch mark kept the first sentence open to the end of the unit, and Thursday dated it
    assert _lede_of_two(
        "Harbour master Olav Tal walked back some of his criticism of the Kessel stalls, saying Monday he meant a "
        "dozen of them and not the market itself.",
        'The harbour board ordered 12" pipes for the Kessel stalls. On Thursday, workers began laying them.',
    ) == 0


@pytest.mark.parametrize(("sentence", "printed"), [
    # reading 39a, multinews-131: "Senator Joe Biden ," and "Teen Vogue 's editor" printed as the page's markup
    # left them
    ("In an interview with Harbour Weekly 's editor, Mira Tal , the mayor said the fares would rise .",
     "In an interview with Harbour Weekly's editor, Mira Tal, the mayor said the fares would rise."),
    # (review 39: and after an opening bracket)
    ("The harbour master ( who was not named) said fares would rise on Monday.",
     "The harbour master (who was not named) said fares would rise on Monday."),
    # a figure's own point stays
    ("The harbour board said fares would rise by .5 percent on Monday.",
     "The harbour board said fares would rise by .5 percent on Monday."),
])
def test_a_space_the_page_left_before_a_mark_is_not_printed(sentence: str, printed: str) -> None:
    assert compress(sentence) == printed


def _contrasted(text: str, *openings: str) -> list[str]:
    """What :func:`with_contrast` prints of the sentences of one article that open so, each alone."""
    sentences = list(segment(_article("Quay Daily", text), 0))
    alone = [
        next(k for k, s in enumerate(sentences) if s.text.startswith(opening) and count_sentences(s.text) == 1)
        for opening in openings
    ]
    facts = [FactGroup((k,), k, 1.0) for k in alone]
    return [sentences[g.rep].text for g in with_contrast(facts, sentences, load_config(), [text])]


def test_possible_signs_its_article_goes_on_to_discount_are_not_printed_alone() -> None:
    # reading 39e, multinews-116: "... there have been several reports of possible signs of the missing plane."
    # printed without "So far, officials say, none of them have panned out."
    text = (
        "As boats search the estuary for the missing ferry, there have been several reports of possible "
        "sightings of its wreck. So far, officials say, none of them have panned out.\n\n"
        "The harbour reopens on Friday.\n\n"
    )
    printed = _contrasted(text, "As boats", "The harbour reopens")
    assert not any(t.startswith("As boats") and "none of them" not in t for t in printed), printed
    assert "The harbour reopens on Friday." in printed


SEARCH = "Divers will search the cove where fishermen saw an oil slick on Tuesday, the coastguard said."
DOUBT = "But officials don't know whether there's any connection to the missing ferry."


def test_a_sentence_its_article_goes_on_to_doubt_is_printed_with_the_doubt() -> None:
    # reading 48e, multinews-116: "On Tuesday, search teams will be checking the area where Indonesian navy
    # helicopter crews saw the smoke, ..." printed without "But authorities don't know whether there's any
    # connection to the missing jet.": alone, the smoke read as a lead on the plane
    text = f"{SEARCH} {DOUBT}\n\nThe harbour reopens on Friday. But the quay stays closed.\n\n"
    assert _contrasted(text, "Divers will search", "The harbour reopens") == [
        f"{SEARCH} {DOUBT}", "The harbour reopens on Friday."
    ]


@pytest.mark.parametrize("after", [" But it is unclear whether Mayor Ada Wren will run again.", f"\n\n{DOUBT}"])
def test_a_doubt_of_another_matter_or_paragraph_is_no_caveat(after: str) -> None:
    # review 48c: a doubt about someone the sentence does not name, or in the next paragraph
    assert _contrasted(f"{SEARCH}{after}\n\nThe harbour reopens on Friday.", "Divers will search") == [SEARCH]


def test_a_sentence_printed_whole_keeps_its_lower_case_when_a_space_before_a_mark_goes() -> None:
    # reading git diff 748343b: once the space before a mark went, a post printed whole ("i know ...") read as
    # shortened and was given a capital
    assert compress("i know the ferry was late , and the crews were tired .") == (
        "i know the ferry was late, and the crews were tired."
    )


@pytest.mark.parametrize(("sentence", "leans"), [
    # reading 39f, neus-val-0280: an op-ed's "Because Obama's withdrawal led to the increasing influence of Iran
    # ..." printed as a fact, the answer to a question only the sentence before asked
    ("Because the ferry board cut the night crossings, the harbour lost its trade.", False),
    ("Because the ferry board cut the night crossings and thus emptied the harbour of trade.", True),
    ("Because of the storm, the ferry stayed in port.", False),
])
def test_an_answer_to_a_question_the_sentence_before_asked_leans_back(sentence: str, leans: bool) -> None:
    assert leans_back(sentence) is leans


@pytest.mark.xfail(strict=True, reason=(
    "known defect (reading 39f, multinews-051): 'The 7th U.S. Circuit Court of Appeals in Chicago upheld the "
    "sentence.' printed after a line on another defendant; whose sentence, only the sentence before said. Leaning "
    "it on that sentence printed the two together and took Multi-News ROUGE-1 under its floor over lead (1.48 < "
    "1.5): measured and not kept"
))
def test_a_ruling_on_a_sentence_it_does_not_say_whose_leans_back() -> None:
    assert leans_back("The Veld appeals court upheld the sentence.")


@pytest.mark.xfail(strict=True, reason=(
    "known defect (reading 39f, multinews-051): a cluster mixing an old report with the news led with the old one "
    "('The Supreme Court won't get involved in a death penalty case ...'), which the newer article dates as past "
    "('whose appeal to the U.S. Supreme Court was denied nearly a decade ago'); no rule yet reads one article's "
    "'... ago' as dating another's lede"
))
def test_a_lede_another_article_dates_years_back_gives_way_to_the_news() -> None:
    old = _article("Veld Wire", "The Veld high court won't get involved in a ferry fraud case in which a convicted "
                   "captain complained that prosecutors focused the jury on his silence. The captain, Olav Tal, was "
                   "sentenced to 12 years for sinking the Quay Star.")
    new = _article("Kessel Post", "Prosecutors announced Friday they will seek a life sentence for a former harbour "
                   "pilot accused of sinking the Marrowick ferry in June. Olav Tal, whose appeal to the high court was "
                   "denied nearly a decade ago, is still in prison in Kessel.")
    brief = make_brief([old, new])
    assert brief.lede is not None and brief.lede.text.startswith("Prosecutors announced Friday")


@pytest.mark.xfail(strict=True, reason=(
    "known defect (reading 40a, allsides-5960): a lede relaying another outlet's report ('..., CNN is reporting.') "
    "leads though that outlet's own words are at hand, and the outlet that reported it goes uncited; printing the "
    "first-hand member (measured) split the relay off as a fact of its own that could still lead, and where the "
    "first-hand words were a preview ('will investigate') the lede fell to a source's aside"
))
def test_a_lede_another_outlet_relays_is_told_in_the_words_of_the_outlet_that_reported_it() -> None:
    # reading 40a, allsides-5960: Newsmax's '..., CNN is reporting.' led the brief though CNN's own article,
    # cited beside it, told it first-hand ('..., the office announced Friday.')
    relayed = (
        "The harbour board's auditor has agreed to examine how the board handled the sale of the Kessel quay "
        "to a shipping firm, the Veld Post is reporting.\n\n"
        "The auditor's office said the review would start next month.\n\n"
    )
    own = (
        "The harbour board's auditor will examine how the board handled the sale of the Kessel quay to a "
        "shipping firm, the auditor's office announced Friday.\n\n"
        "Board members declined to comment on the review.\n\n"
    )
    brief = make_brief([_article("Quay Daily", relayed), _article("Veld Post", own)])
    assert brief.lede is not None
    assert brief.lede.text.endswith("the auditor's office announced Friday."), brief.lede.text
    assert len(brief.lede.sources) == 2


@pytest.mark.parametrize(("lede", "headline"), [
    # reading 41d, multinews-148: "An imaginative, cavern-style house in Malibu …" left out what happened to
    # it; the clause that describes it names only a quoted title, no place the news happened in
    ('A quaint, cliff-top cottage in Kessel that looks like something out of "The Lighthouse Keepers" has come '
     "on the market at 900,000 crowns.",
     "A quaint, cliff-top cottage in Kessel has come on the market at 900,000 crowns"),
    # multinews-095: "Several multi-vehicles crashes, involving as many as 100 cars …" stopped at a participle
    # phrase between commas, which only describes its subject
    ("Several chain collisions, involving as many as 40 cars and a dozen lorries strung over miles of icy road, "
     "shut down the Veld coast road for most of the day between Kessel and Ostmark.",
     "Several chain collisions shut down the Veld coast road for most of the day between Kessel and Ostmark"),
    # (but not a list between commas, nor a phrase after a verb: "sell the records, including names, addresses
    # and card numbers, of ..." is the test above)
    # allsides-5885 and 5900: a description between dashes, set close or far apart, is an aside too
    ("The saga of Ada Wren—the fastest pilot in the Veld fleet, barred from the regatta after a test showed "
     "she had taken a banned drug last month—has divided Veldhaven in a way no strike could.",
     "The saga of Ada Wren has divided Veldhaven in a way no strike could"),
    # (review 42's R3: an aside whose figure has a thousands comma)
    ("The ferry, carrying more than 1,200 passengers and crew from a dozen ports, docked in Kessel on Monday after "
     "two weeks at sea.", "The ferry docked in Kessel on Monday after two weeks at sea"),
    # (a cut that names no deed goes on to the main verb, where it is in reach: multinews-128 "Saturday's
    # dedication of the National Museum of African-American History …", 124 "The overall suicide rate among
    # children …")
    ("The death of Olav Tal – ferry captain, harbour master and founder of the Veld lifeboat service – days "
     "before his 90th birthday from a long illness has drawn tributes from sailors, mayors and more.",
     "The death of Olav Tal days before his 90th birthday from a long illness has drawn tributes …"),
    ("Saturday's opening of the Kessel Island Museum of Fishing and Seafaring History brought together the "
     "mayor who paid for the building and the mayor who was in office at its completion.",
     "Saturday's opening of the Kessel Island Museum of Fishing and Seafaring History brought together the "
     "mayor …"),
])
def test_a_headline_cut_from_a_long_lede_tells_what_happened(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


def test_a_conditional_forecast_is_not_the_headline_where_a_report_has_a_title() -> None:
    # reading 42a, neus-val-0117: "If Democrats take House, Trump impeachment will be a priority" (one side's
    # forecast, which another outlet's contradicts) headed a brief with nothing printed, as its first article's
    # title, over "U.S. House within Democrats' grasp, Senate a long shot"
    titles = ("If crews strike, ferry sale will be the board's priority",
              "Ferry strike within crews' reach, board talks a long shot")
    told = ["If the crews strike, the harbour board would have to find new pilots.",
            "The crews would have to vote on a strike first, and the board would then meet."]
    # (and where the pages give nothing to print, each cut off mid-sentence, the headline is chosen so too)
    cut = ["If the crews strike, the harbour board would have to find new pilots for the",
           "The crews would have to vote on a strike first, and the board would then meet to"]
    for texts in (told, cut):
        brief = make_brief([_article(outlet, text, title=title)
                            for outlet, text, title in zip(("Quay Daily", "Veld Post"), texts, titles, strict=True)])
        assert brief.headline == titles[1], (texts, brief.headline)


@pytest.mark.parametrize(("title", "voiced"), [
    # reading 42b, neus-val-0031: a candidate's op-ed title, "Reelect me and I will continue to deliver safety,
    # prosperity and opportunity for all Americans", headed the brief as if the brief's own words; and
    # allsides-5928's "... isn't decided. Here's what we know" (a page's tag in the writer's voice)
    ("Reelect me and I will keep the night ferries running", True),
    ("The ferry strike isn't over. Here's what we know", True),
    ("I won't let the harbour board sell our ferries", True),
    # (a speaker named, a chant quoted, or a roman numeral: no one speaks unnamed)
    ("Harbour master: We will keep the night ferries running", False),
    ("Harbour master says we will keep the night ferries running", False),
    ("Ferry board confronted with ‘We want our pay!’ chant at the quay", False),
    ("Last World War I ferry veteran honoured in Veldhaven", False),
])
def test_a_title_speaking_in_the_first_person_is_not_the_headline(title: str, voiced: bool) -> None:
    brief = _strike_brief(title)
    assert brief.headline and (brief.headline != title) is voiced, brief.headline



@pytest.mark.parametrize("lede", [
    # review 42 (B2): a dash after a dateline, after a verb or after a word left open sets off no aside of
    # the subject; (B3) a phrase that qualifies the claim stays; (B4) "those who ..." is whom the sentence
    # tells of, and a phrase before a comma is no subject; (B5) "Claims that ..." tells what was claimed
    "KESSEL — Two men are facing charges over a smuggling ring run from the quay — one of whom may be as young "
    "as 15 — who were paid in diesel.",
    "The Veld economy grew at a record pace in the third quarter—increasing 7.4% at an annual rate—recovering "
    "most of the output the strike cost.",
    "Ferry fares, excluding the night crossings, rose 5 percent in March, the harbour board said on Tuesday.",
    "In addition, those who are fully vaccinated will no longer have to show a test to board the Veld ferry.",
    "Claims that the ferry's engines were faulty were rejected again by a harbour inquiry published on Monday.",
    "Fears that fares keep rising pushed commuters to buy season tickets at the quay across the week.",
])
def test_a_headline_cut_from_a_long_lede_keeps_what_the_claim_needs(lede: str) -> None:
    headline = short_headline(lede).rstrip(" …")
    kept = ("KESSEL — Two men", "grew at a record pace", "excluding the night crossings", "those who are fully",
            "Claims that the ferry's engines", "Fears that fares")
    assert any(part in headline for part in kept), headline


def test_a_headline_cut_goes_on_to_the_subjects_verb_not_a_clauses() -> None:
    # review 42 (B9): "the church where a gunman opened fire" is no deed of the memorial's
    lede = ("Sunday's memorial for the nine victims of the shipwreck off the quay where a ferry sank during the "
            "storm drew thousands of mourners.")
    assert "where a ferry sank" not in short_headline(lede)


@pytest.mark.parametrize("title", [
    # review 42 (B1): a word that is no one speaking ("mine"), a name ("Me Too", "March for Our Lives"), a
    # roman numeral, a speaker named in a title's capitals or by another verb
    "Coal mine collapse near Kessel kills 12 ferry workers",
    "Me Too movement founder backs the Veld ferry crews",
    "World War I ferry wreck found off Kessel",
    "Harbour Master Says We Will Keep the Night Ferries Running",
    "Mayor slams ferry strike as ‘a disgrace’ that has no place in our city",
    # (and a forecast its speaker makes, or an "if" that asks whether: B6)
    "If the crews strike, we will close the quay, harbour master warns",
])
def test_a_title_naming_its_speaker_or_no_speaker_is_the_headline(title: str) -> None:
    brief = _strike_brief(title)
    assert brief.headline == title, brief.headline


def test_a_brief_with_nothing_to_print_is_headed_by_a_title_even_where_none_will_do() -> None:
    # review 42 (B8): every title rejected and nothing printed gave an empty headline; the first title still
    # says what the story is, a column's marked as its outlet's opinion
    cut = "The harbour board would have to find new pilots for the"
    brief = make_brief([
        _article("Quay Daily", cut, title="The Harbour Board Is Cutting the Crews' Pay, And It's Reprehensible"),
    ])
    assert brief.headline.startswith("The Harbour Board Is Cutting"), brief.headline
    # (its article the brief's source, as a title heading any brief is, not an outlet "read, not cited")
    assert brief.headline_source == 1 and [s.outlet for s in brief.sources] == ["Quay Daily"], brief.sources
    assert not brief.unused, brief.unused
    column = Article(text=cut, outlet="Veld Post", url="https://veldpost.example/opinion/2030/05/pay",
                     title="The Harbour Board Is Cutting the Crews' Pay, And It's Reprehensible", id="vp")
    assert make_brief([column]).headline.startswith("Veld Post (opinion): "), make_brief([column]).headline



def test_a_dash_aside_after_an_opening_phrase_is_not_left_out() -> None:
    # review 42 (R6, neus-val-0057): "Despite ... in April — representing ... — many employers ..." lost the
    # break the aside stood for and ran on ("... in April many employers ...")
    lede = ("Despite a stubbornly high rate of 6.1% in April — representing thousands of idle crews — many ferry "
            "lines are reporting trouble finding staff for the summer crossings.")
    assert "April many" not in short_headline(lede), short_headline(lede)


@pytest.mark.parametrize(("title", "untraced"), [
    # reading 42b, allsides-5906 (MISLEADS): "NYC mayoral race thrown into disarray after 'test' ballots counted;
    # 'foolishness' blamed on election board" headed a brief whose articles never say who called it foolishness
    ("Ferry timetable thrown into disarray after test sailings counted; 'foolishness' blamed on harbour board", True),
    # (words the articles give, or a speaker the title names, can be shown)
    ("Ferry timetable thrown into disarray after 'test' sailings counted", False),
    ("Ferry timetable thrown into disarray by 'foolishness' over test sailings, mayor says", False),
])
def test_a_title_quoting_words_no_article_gives_gives_way_to_another(title: str, untraced: bool) -> None:
    plain = "Counting error upsets ferry service"
    brief = make_brief([
        _article("Quay Daily", "The Veld ferry timetable was thrown into disarray on Monday after the harbour board "
                 "counted test sailings as real ones.", title=title),
        _article("Veld Post", "Harbour board staff counted trial runs of the Veld ferry as scheduled crossings, "
                 "officials said on Monday.", title=plain),
    ])
    assert (brief.headline == plain) is untraced, brief.headline


_REVIEWS = [
    ("Veld Post", "Harbour Lights\n\nStarring Ada Wren and Olav Tal. Directed by Piet Anker. 104 minutes. Rated PG.\n\n"
     "The new harbour musical is a gorgeous, hollow thing. Wren sings the ferry captain with real warmth. "
     "The second act drags badly, and the songs never rise above the scenery."),
    ("Quay Daily", "Harbour Lights is the best film of the year, a joy from start to finish. Wren is magnificent as "
     "the captain, and Tal steals every scene he is in.\n\nRunning time: 1 hour 44 minutes. MPAA rating: PG."),
    ("Kessel Herald", "Directed by Piet Anker. Cast & Credits: Ada Wren, Olav Tal. 104 minutes.\n\n"
     "The captain's daughter tells her she is broke. Anker's film is a triumph of design over story. The songs "
     "are forgettable and the dialogue flat."),
]


@pytest.mark.xfail(strict=True, reason=(
    "reading 46a (7 MISLEADS), multinews-063: four critics' reviews of one film, whose verdicts ('the entire thing "
    "is gorgeous', 'their performances are similarly one dimensional') and plot ('Brighton ..., her aide and "
    "accountant, tells her she's broke') printed as facts; reading a review by its credits (rating, running time, "
    "cast) and all of a story's articles as reviews where most are, its sentences the critic's opinion or an "
    "account of the work (measured in session 46) took them out but left "
    "multinews-063 and -053 briefs with no lede and no fact, Multi-News ROUGE-1 over the lead +1.52 -> +1.25, "
    "below the quality floor; not kept"
))
def test_a_critics_verdict_on_a_film_is_no_fact() -> None:
    brief = make_brief([_article(outlet, text) for outlet, text in _REVIEWS])
    verdicts = ("gorgeous", "best film", "magnificent", "triumph", "drags", "forgettable", "tells her")
    assert not [f.text for f in _printed(brief) if any(v in f.text for v in verdicts)]


@pytest.mark.xfail(strict=True, reason=(
    "reading 46d (MISLEADS), allsides-5832: the Free Beacon's 'President Joe Biden and congressional Democrats are "
    "dismissing concerns over skyrocketing inflation, saying trillions ... should be passed regardless of the price "
    "tag.' leads in the brief's own voice, where Sen. Schatz's attributed statement is at hand; counting a lede's "
    "loaded words against it (measured in session 46) changed the ledes of 33 clusters, 25 judged right among those "
    "lost, and lowered the NeuS lede gap: not kept"
))
def test_a_lede_in_one_outlets_loaded_words_gives_way_to_an_attributed_report() -> None:
    brief = make_brief([
        _article("Veld Herald", (
            "Mayor Ada Wren and the harbour board are brushing aside fears over skyrocketing ferry fares, saying the "
            "new quay should be built regardless of the price tag.\n\nCouncillor Olav Tal said on Monday that a "
            "\"serious fare problem\" would not change the board's plan to build the quay.\n\nThe board meets again in "
            "June."
        )),
        _article("Quay Daily", (
            "Fares matter little.\n\nThat is the message the harbour board is sending as it pushes 40 million euros "
            "into a new quay. Mayor Ada Wren says the 5 percent rise in fares is temporary.\n\nThe quay would open in "
            "2031."
        )),
    ])
    assert brief.lede is not None and "skyrocketing" not in brief.lede.text, brief.lede


def test_a_title_that_counts_its_news_among_earlier_ones_gives_way() -> None:
    # reading 46e (WEAK), allsides-6041: the NYT's "Another Group of Scientists Calls for Further Inquiry Into
    # Origins of the Coronavirus" headed the brief; which other group, no printed line or article says.
    news = ("A group of 18 harbour engineers on Thursday called for a new inquiry into the sinking of the Quay Star "
            "ferry, saying a hull fault cannot be ruled out.")
    articles = [
        _article("Veld Post", news, title="Another Group of Engineers Calls for Inquiry Into the Quay Star Sinking"),
        _article("Quay Daily", news.replace("A group of 18", "Eighteen"),
                 title="Quay Star hull fault cannot be ruled out, engineers say"),
    ]
    assert make_brief(articles).headline == "Quay Star hull fault cannot be ruled out, engineers say"
    # a count of more says what it counts
    counted = [_article("Veld Post", "Another 6,600 islanders filed for ferry refunds last week, the board said on "
                        "Thursday.", title="Another 6,600 islanders filed for ferry refunds last week"),
               _article("Quay Daily", "Ferry refund claims rose for a fifth week, the harbour board said on Thursday.",
                        title="Harbour board news in brief")]
    assert make_brief(counted).headline == "Another 6,600 islanders filed for ferry refunds last week"


@pytest.mark.xfail(strict=True, reason=(
    "reading 49a (MISLEADS), multinews-039: a column's 'Beer is only between a third and half the strength of wine, so "
    "starting on it leads to less intoxication if followed by the stronger stuff.' printed as a fact, where the "
    "sentence before it makes it the writer's guess ('No scientist seems to have done the perfect ... study ... But "
    "perhaps it's not the grape or the grain that matters, but the effect that the strength of those drinks has on "
    "judgement.'); no rule yet carries a guess on to the sentence that explains it"
))
def test_the_sentence_that_explains_a_writers_guess_is_the_guess_too() -> None:
    text = (
        "Nobody has run the study that would settle it.\n\nBut perhaps it is not the fish but the salt that matters, "
        "and the thirst it brings. Herring is only half as salty as cod, so starting on it leads to less thirst if "
        "cod follows."
    )
    units = segment(_article("Kessel Post", text), 0)
    assert not [u.text for u in units if u.kind == "fact" and u.text.startswith("Herring is only half")]


@pytest.mark.xfail(strict=True, reason=(
    "reading 49a (MISLEADS), multinews-039: 'The researchers found the students who drank bourbon rated their "
    "hangovers as worse, but interestingly they performed just as well ...' printed alone: which researchers and "
    "which students, only the unprinted set-up said ('researchers in the US recruited university students ...'); "
    "'The researchers' alone often follows a lede that names the study (judged right in multinews-050 and 004), so "
    "the two definite groups together are the sign, and no rule reads them yet"
))
def test_a_study_told_only_by_its_researchers_and_subjects_leans_on_the_sentence_before() -> None:
    assert leans_back(
        "The researchers found the sailors who drank rum rated their hangovers as worse, but interestingly they "
        "steered just as well on tasks such as knot tests."
    )


# Reading 50e (MISLEADS), multinews-071: the headline "Police fired into the air to disperse thousands of
# anti-American protesters in Afghanistan's capital ..." was cut before "witnesses and police said", so one
# outlet's crowd size (AP says hundreds) read as settled. Where the two fit, the claim keeps its source.
@pytest.mark.parametrize(("lede", "headline"), [
    ("Police fired into the air to disperse thousands of marchers in Veldland's capital Tuesday, "
     "witnesses and police said, with two people killed in the crush.",
     "Police fired into the air to disperse thousands of marchers in Veldland's capital Tuesday, witnesses and "
     "police said …"),
    ("Veld Ferries cut crossing times by a third on its busiest routes, according to U.S. port "
     "officials, after a year of delays.",
     "Veld Ferries cut crossing times by a third on its busiest routes, according to U.S. port officials …"),
    # (the day a strike begins stays: review 51a's D)
    ("Ferry crews across the islands begin an open-ended strike over pay on Monday, the crews' union said.",
     "Ferry crews across the islands begin an open-ended strike over pay on Monday, the crews' union said"),
    # (a deed done may lose the day it ends on, to make room: multinews-014's "... struck his plane Sunday
    # afternoon, according to police"; review 51b: not where a participle is no main verb)
    ("A Veld Ferries captain sailing into Kessel reported that a drone had struck his bridge Sunday "
     "afternoon, according to police.",
     "A Veld Ferries captain sailing into Kessel reported a drone had struck his bridge, according to police"),
    ("The overnight curfew imposed across the harbour after last week's riots expires at midnight on Friday, "
     "police said.",
     "The overnight curfew imposed across the harbour after last week's riots expires at midnight on Friday, "
     "police said"),
])
def test_a_headline_cut_from_a_lede_keeps_who_told_its_claim(lede: str, headline: str) -> None:
    assert short_headline(lede) == headline


# Review 51a: where the claim is no whole clause, or what follows the source is its verb, no source is kept.
@pytest.mark.parametrize("lede", [
    # the subject of "is false": kept with the source, the rumor would read as the mayor's
    "The rumor that the Veldhaven night ferry service will shut down for good next winter, the mayor said, "
    "is false.",
    "Everyone who was on board the night ferry when it capsized near the islands, harbour officials said, "
    "survived the night.",
    # a claim that the dropped day would leave ending on "of" (allsides-6077)
    "The authorization of the night ferry could come as soon as the end of this week for crews aged 18 to 21, "
    "the Veld Times reported on Monday.",
    # a pronoun would point nowhere in the headline
    "Two deckhands were arrested for selling forged ferry passes out of a kiosk at the Veldhaven terminal "
    "on Monday night, he said.",
    # review 51b: the claim's verb after an aside that follows the source
    "Reports that the Veldhaven ferry service will shut down for good next winter, the mayor said, in a rare "
    "public rebuke, are false.",
    "Most of the passengers rescued from the capsized night ferry off the coast, officials said, citing "
    "hospital records, were young children.",
])
def test_a_headline_keeps_no_source_that_would_mislead(lede: str) -> None:
    headline = short_headline(lede)
    assert headline.endswith("…") and not re.search(r"\b(?:said|reported)\b", headline), headline


def test_a_headline_drops_the_whole_of_a_deeds_day() -> None:
    # review 51a: "early on Sunday morning" lost only "on Sunday morning", so "died early" read as "died young";
    # allsides-5980's headline ended "... ruled late …"
    lede = ("Three deckhands including two young cadets died early on Sunday morning in a fire aboard the night "
            "ferry moored at the Veldhaven quay, the harbour board said.")
    assert "early" not in short_headline(lede) and "Sunday" not in short_headline(lede), short_headline(lede)



@pytest.mark.parametrize(("lede", "kept"), [
    # review 51b: "late" went with a weekday only, and a day that bounds a span went too ("until after the storm")
    ("Two fishermen drowned late last night when their boat capsized off the northern cape of the Veld islands "
     "in heavy seas, the coast guard said.", None),
    ("Crossings to the outer islands were suspended until Thursday after the storm damaged the main pier and "
     "the quay, the board said.", "until Thursday"),
])
def test_a_headline_drops_a_day_only_where_it_tells_when(lede: str, kept: str | None) -> None:
    headline = short_headline(lede)
    assert "late" not in headline.split() and (kept is None or kept in headline), headline


def test_a_headline_never_stops_between_a_ruling_and_what_was_ruled() -> None:
    # review 51b (allsides-5980): "A federal judge ... ruled California's controversial “assault weapons” …"
    lede = ("A harbour judge in the Northern District of Veldland ruled late on Friday that Veldland's controversial "
            "“night ferry” ban is unlawful.")
    assert short_headline(lede) == (
        "A harbour judge in the Northern District of Veldland ruled Veldland's controversial “night ferry” ban is "
        "unlawful"
    )


@pytest.mark.parametrize("lede", [
    # review 51b: the relative clause's end was read at the source's verb, "The strike by ferry crews said"
    "The strike by ferry crews that has halted all crossings to the outer islands for a week ends Monday, the "
    "harbour union said.",
    "Ferry crews who were locked out of the port last month go back to work on Monday, the union said.",
])
def test_a_headline_never_gives_the_subject_its_sources_verb(lede: str) -> None:
    headline = short_headline(lede)
    assert not headline.rstrip(" …").endswith("said"), headline


@pytest.mark.xfail(strict=True, reason=(
    "reading 51d (MISLEADS), multinews-125: the headline 'Two men were arrested for running a prostitution ring out "
    "of an apartment …' is cut before 'police said', so the allegation reads as settled; claim and source do not "
    "fit in 18 words, and dropping the place to make room narrowed other claims (review 51a), so the cut keeps the "
    "claim without its source"
))
def test_a_headline_too_long_to_keep_its_source_does_not_state_the_claim_alone() -> None:
    lede = ("Two deckhands were arrested for selling forged ferry passes out of a kiosk in a Veldhaven harbour "
            "senior living facility, harbour police said.")
    headline = short_headline(lede)
    assert "said" in headline or "arrested" not in headline, headline


@pytest.mark.xfail(strict=True, reason=(
    "reading 51d (MISLEADS), multinews-014: 'Experts reviewed 921 cases involving drones and manned aircraft between "
    "December 2013 and September this year.' printed alone: which experts (a Bard College study of U.S. airspace) "
    "only the unprinted sentence before said, so it reads as a review of the Heathrow incident; bare 'Experts' is "
    "not read as leaning back, as 'The researchers' with 'the students' is not either (reading 49a)"
))
def test_a_studys_finding_told_by_bare_experts_leans_on_the_sentence_before() -> None:
    assert leans_back("Experts reviewed 312 cases involving drones and ferries between May 2027 and June this year.")


@pytest.mark.xfail(strict=True, reason=(
    "reading 51d (MISLEADS), neus-val-0036: 'There’s a chance that the effect could be “about zero,” according to "
    "the nonpartisan Congressional Budget Office.' printed alone: 'the effect' (of a minimum-wage rise on jobs) only "
    "the sentences before said; a definite 'the effect' inside the sentence is not read as leaning back"
))
def test_the_effect_of_what_only_the_sentence_before_says_leans_on_it() -> None:
    assert leans_back("There’s a chance that the effect could be “about zero,” according to the harbour board.")


_CLAIMS_ROSE = (
    "New claims for dock workers' compensation rose 3,700 last week to 41,200, the Veld labour office reported."
)
_FILINGS_ROSE = (
    "Dock worker filings for initial compensation claims rose by 3,700 to 41,200 last week, marking the first "
    "increase since late April and pausing what had been a steady downward trend in filings."
)
_FIRST_RISE = "The rise was the first increase in filings since late April, the Veld labour office said."


@pytest.mark.parametrize(("fact", "member"), [
    # review 52a: a sentence grouping kept apart for its denial, cited for the fact it denies
    ("The Ostra council approved the new harbour budget at its evening session.",
     "The Ostra council did not approve the new harbour budget at its evening session after members walked out "
     "over the port fees, the clerk told reporters."),
    ("Power was not cut to the Tolby district during the storm.",
     "Power was cut to the Tolby district during the storm when a falling tree brought down the main line, the "
     "utility said."),
    # ... and one that tells the first claim of two the fact joins
    ("A fishing boat sank off Kessel point on Thursday, and none of the crew of the Kessel trawler survived, the "
     "coast guard said.",
     "A fishing boat sank off Kessel point on Thursday."),
])
def test_a_sentence_not_grouped_with_a_fact_is_not_cited_for_it_where_it_denies_it_or_tells_half(
    fact: str, member: str
) -> None:
    # (after another outlet's lede, which each outlet's opening may be cited for as it tells the news)
    sentences = _placed((fact, 2), (member, 2), ("The Veld harbour strike entered its third week on Monday.", 0))
    states = Stating(sentences, _unalike(3), load_config())
    facts = cited_facts(
        [FactGroup((2,), 2, 1.0), FactGroup((0,), 0, 0.9)], sentences, ["veld-wire", "kessel-post", "orra-times"],
        states, lambda s: Support(s.article + 1, s.start, s.end, s.text),
    )
    assert [f.sources for f in facts] == [(3,), (1,)]


@pytest.mark.parametrize(("groups", "sources"), [
    # allsides-5945 and reading 52a: an outlet's sentence that states the printed fact, grouped with no
    # printed fact (grouping put it with another), is cited for it
    ([FactGroup((0,), 0, 1.0)], [(1, 2)]),
    # ... but a source sentence backs one printed fact: not the claims where it backs the first rise
    ([FactGroup((2, 1), 2, 1.0), FactGroup((0,), 0, 0.9)], [(2, 3), (1,)]),
])
def test_an_outlets_sentence_stating_a_fact_is_cited_for_it_though_not_grouped_with_it(
    groups: list[FactGroup], sources: list[tuple[int, ...]]
) -> None:
    sentences = _placed((_CLAIMS_ROSE, 1), (_FILINGS_ROSE, 1), (_FIRST_RISE, 2))
    config = load_config()
    facts = cited_facts(
        groups, sentences, ["veld-wire", "kessel-post", "orra-times"], Stating(sentences, _unalike(3), config),
        lambda s: Support(s.article + 1, s.start, s.end, s.text),
    )
    assert [f.sources for f in facts] == sources


@pytest.mark.parametrize(("opening", "cited"), [
    # review 52a: an outlet's opening that denies the lede's deed was cited for it
    ("The Ostra council did not approve the new harbour budget on Monday, the clerk said.", False),
    ("The Ostra council approved its new harbour budget on Monday, the clerk said.", True),
    # ... where a denial inside a clause of its own is no denial of the deed (neus-val-0090: "... doses
    # of the vaccine that it is not using ...")
    ("The Ostra council approved the new harbour budget that pilots had not seen on Monday, the clerk said.", True),
])
def test_an_outlets_opening_denying_the_ledes_deed_is_not_cited_for_it(opening: str, cited: bool) -> None:
    lede = "The Ostra council approved the new harbour budget on Monday, the mayor's office said."
    brief = make_brief([
        _article("Veld Wire", f"{lede} The budget adds funds for dredging the old channel."),
        _article("Kessel Post", f"{opening} Pilots said the dredging could wait."),
    ])
    # (whichever outlet's opening leads, the other's is cited for it only where it tells the same deed)
    assert brief.lede is not None
    assert (brief.lede.sources == (1, 2)) is cited, brief.lede.support


@pytest.mark.parametrize(("text", "title", "dropped"), [
    ("The Veld navy began what its officers call its largest harbour drill since the Cold War.",
     "Veld Navy Holds Largest Harbour Drill Since Cold War", True),
    # review 52c: a name for a thing that judges nothing, and "calls" the noun, are no one's judgement
    ("Heat settled over what forecasters call a heat dome above the Veld plains.",
     "Heat Dome Bakes Veld Plains", False),
    ("Officers logged what calls the harbour police received about the sinking ferry.",
     "Ferry Sinks Off Kessel Harbour, Police Received Calls", False),
])
def test_whose_judgement_a_title_drops(text: str, title: str, dropped: bool) -> None:
    assert _drops_who_calls_it(title, _called_names(text)) is dropped


@pytest.mark.parametrize(("text", "denial"), [
    ("The Ostra council did not approve the new harbour budget on Monday, the clerk said.", True),
    ("On Monday, the Ostra council did not approve the new harbour budget.", True),
    ("The Ostra council, meeting on Monday, did not approve the new harbour budget.", True),
    ("Police did not fire, officials said.", True),
    ("The Ostra council never approved the budget.", True),
    # review 52c: what was said or ruled is the claim's own
    ("The clerk said that the Ostra council had not approved the new harbour budget.", True),
    # ... and a denial of something else, or words of denial that deny nothing
    ("Although the mayor did not attend, the Ostra council approved the new harbour budget.", False),
    ("The Ostra council approved the new harbour budget without a debate.", False),
    ("The Ostra council not only approved the budget but also raised the harbour fees.", False),
    ("The Ostra council did not hesitate to approve the new harbour budget.", False),
    ("No fewer than 40 people died in the harbour fire.", False),
    ("The port will send 40 ferries that it is not using to the islands, an official said.", False),
])
def test_a_claim_denies_by_the_words_of_its_own_clause(text: str, denial: bool) -> None:
    assert denies(text) is denial


@pytest.mark.xfail(strict=True, reason=(
    "reading 52c (MISLEADS), neus-val-0148: the lede 'Alabama voters go to the polls Tuesday to decide between ... in "
    "a special Senate election that is destined to be remembered as one of the strangest and ugliest campaigns "
    "ever held ...' prints one outlet's forecast, in a relative clause of its news, in the brief's voice; the "
    "writer's forecast is read in a main clause only"
))
def test_a_writers_forecast_in_a_relative_clause_is_not_a_fact() -> None:
    assert classify(
        "Veld voters go to the polls Tuesday in a harbour board election that is destined to be remembered as one of "
        "the ugliest campaigns ever held on the islands."
    ) == "opinion"


@pytest.mark.xfail(strict=True, reason=(
    "reading 52c (MISLEADS), multinews-046: 'According to Mary Thompson, ..., the president recorded most as having "
    "only a first name ...' ('most' of his slaves, told only before) and 'There is no direct evidence,' says Tony "
    "Burroughs ... (of what, told only before) print alone; multinews-097: '... concluded the agency was fully "
    "aware ...' (an agency never named). 'most' as an object, a quotation's bare 'no direct evidence' and 'the "
    "agency' are not read as leaning back (as 'the effect', reading 51d)"
))
@pytest.mark.parametrize("text", [
    "According to a harbour historian, the board recorded most as having only a first name.",
    "\u201cThere is no direct evidence,\u201d says Ada Wren, an expert on ferry records.",
    "A confidential report concluded the agency was fully aware it had to supply a trained pilot.",
])
def test_what_only_the_sentence_before_names_leans_on_it(text: str) -> None:
    assert leans_back(text)


@pytest.mark.parametrize(("text", "back"), [
    # reading 53a, multinews-139: "The circumstances have left Copper Comita, Reid's mother, baffled, angry and
    # crushed." printed alone read as grief at his death; the circumstances (no adult on the hike) were told
    # only before it
    ("The circumstances have left Ada Wren, the pilot's mother, baffled, angry and crushed.", True),
    ("The circumstances of the ferry's sinking remain unclear.", False),
    # reading 53b, multinews-144: "Several sections are similar to the 2008 obituary ..." (of the new one)
    ("Several sections are similar to the 2019 notice for a Kessel harbour master.", True),
    ("Several sections of the new harbour law took effect on Monday.", False),
    # reading 53b, multinews-010 (MISLEADS): "Only after identifying the antigen would researchers then
    # search for antibodies ..." printed without "Typically, ... researchers have searched for antigens"
    # read as the study's own method, the reverse of what it did
    ("Only after finding the leak would divers then search the hull for cracks.", True),
    ("Only after the vote did the council leave the hall.", False),
    # review 53: a compound noun, a circumstance the sentence names, a sequence it tells itself
    ("Some parts suppliers in Orla shut down after a storm knocked out power to 200,000 homes.", False),
    ("The circumstances under which the camp was built remain disputed.", False),
    ("Only after the hurricane had passed did rescue crews then reach the fishing village of Orla.", False),
])
def test_what_a_sentence_tells_of_as_a_whole_or_a_part_leans_on_the_sentence_before(text: str, back: bool) -> None:
    assert leans_back(text) is back
