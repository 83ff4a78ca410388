"""The perspectives outlets argue (evenhand.brief.narratives), each attributed to the outlets it comes from."""

from __future__ import annotations

import re

import pytest

from conftest import EXAMPLE
from evenhand.brief.compose import make_brief
from evenhand.brief.narratives import _sentences, find_narratives, writer_judges
from evenhand.brief.sections import columnist, opinion_section
from evenhand.brief.segment import segment_all
from evenhand.ingest.extract import read_path
from evenhand.model import Article, Brief, Narrative, Source, Support

LABEL = re.compile(r"^(?P<frame>[\w-]+) narrative, (?:argued by (?P<speaker>[^,]+), )?as provided by (?P<outlets>.+)$")


def _named_outlets(label: str) -> tuple[str, list[str]]:
    match = LABEL.match(label)
    assert match, label
    names = re.split(r", | and (?=[^,]+$)", match.group("outlets"))
    return match.group("frame"), names


@pytest.fixture(scope="module")
def example_articles() -> list[Article]:
    return read_path(EXAMPLE)


@pytest.fixture(scope="module")
def example_brief(example_articles: list[Article]) -> Brief:
    return make_brief(example_articles)


def test_example_narratives_are_arguments_with_different_frames(example_brief: Brief) -> None:
    assert 1 <= len(example_brief.narratives) <= 2
    frames = [_named_outlets(n.label)[0] for n in example_brief.narratives]
    assert len(set(frames)) == len(frames)
    texts = [n.text for n in example_brief.narratives]
    assert len(set(texts)) == len(texts)


def test_each_label_names_exactly_the_outlets_of_its_support(example_brief: Brief) -> None:
    outlet_of = {s.number: s.outlet for s in example_brief.sources}
    for narrative in example_brief.narratives:
        _, named = _named_outlets(narrative.label)
        cited = {outlet_of[s.source] for s in narrative.support}
        assert set(named) == cited, (narrative.label, cited)
        assert len(named) == len(set(named)), "an outlet named twice"
        assert narrative.sources == tuple(sorted({s.source for s in narrative.support}))


def test_narrative_text_is_its_support_verbatim(
    example_brief: Brief, example_articles: list[Article]
) -> None:
    by_id = {a.id: a for a in example_articles}
    for narrative in example_brief.narratives:
        assert narrative.text == " ".join(f"“{s.text}”" if s.part == "title" else s.text for s in narrative.support)
        for span in narrative.support:
            assert span.span_in(by_id[example_brief.sources[span.source - 1].article_id]) == span.text


def test_no_sentence_serves_two_narratives(example_brief: Brief) -> None:
    seen: set[tuple[int, int]] = set()
    for narrative in example_brief.narratives:
        for span in narrative.support:
            assert (span.source, span.start) not in seen
            seen.add((span.source, span.start))


def _narrative(brief: Brief, frame: str) -> Narrative:
    return next(n for n in brief.narratives if n.label.startswith(frame))


def test_example_narrative_is_the_side_argued_in_the_outlets_own_words(example_brief: Brief) -> None:
    # The Courier argues against the rush to blame in its own words; the Ledger reports the union's
    # and an academic's accusations but argues nothing itself, so it is not credited with a side.
    doubt = _narrative(example_brief, "Overreaction-critical")
    assert _named_outlets(doubt.label)[1] == ["The Coastline Courier"]
    for narrative in example_brief.narratives:
        assert "The Marrowick Ledger" not in _named_outlets(narrative.label)[1]


def test_the_analyst_against_blame_serves_no_other_side(example_brief: Brief) -> None:
    # Lars Hemming argues against blaming the regulator; his words never land in another framing.
    for narrative in example_brief.narratives:
        if "Hemming" in narrative.text:
            assert narrative.label.startswith("Overreaction-critical"), narrative.label


def test_the_straight_wire_report_is_not_credited_with_a_side(example_brief: Brief) -> None:
    # The wire report (and the Post's copy of it) reports the regulator's last inspection as a
    # fact and argues nothing; the README credits the sides to the Ledger and the Courier.
    for narrative in example_brief.narratives:
        named = set(_named_outlets(narrative.label)[1])
        assert not named & {"Northgate Wire Service", "Halden Daily Post"}, narrative.label


def test_one_article_gives_at_most_one_narrative(example_articles: list[Article]) -> None:
    ledger = next(a for a in example_articles if a.origin.endswith("marrowick-ledger-fire.md"))
    brief = make_brief([ledger])
    assert len(brief.narratives) <= 1
    for narrative in brief.narratives:
        assert _named_outlets(narrative.label)[1] == ["The Marrowick Ledger"]


PLAIN_REPORT = "\n\n".join([
    "A delivery lorry and a bus collided on the Ostermoor ring road on Monday morning, police said.",
    "Two passengers were injured and taken to hospital, where they were treated for cuts and released.",
    "The ring road was closed for three hours while the vehicles were removed by a recovery firm.",
    "Police asked witnesses to come forward with dashboard camera footage.",
])
BUDGET_REPORT = "\n\n".join([
    "The Ostermoor town council approved its spending plan for next year on Tuesday by 21 votes to 4.",
    "The plan sets aside money for two new school buildings and a repaired footbridge over the Ammel.",
    "The council will meet again in January to set parking fees for the town centre.",
])


@pytest.mark.parametrize("text", [BUDGET_REPORT, PLAIN_REPORT], ids=["council vote", "road accident"])
def test_an_article_with_no_argument_gives_no_narrative(text: str) -> None:
    brief = make_brief([Article(text=text, outlet="Ostermoor Herald", title="Local news", id="plain")])
    assert brief.narratives == [], [n.label for n in brief.narratives]


def test_two_plain_reports_give_no_narrative() -> None:
    other = PLAIN_REPORT.replace("Ostermoor ring road", "ring road outside Ostermoor").replace(
        "Police asked witnesses", "Officers asked drivers who saw the crash")
    brief = make_brief([
        Article(text=PLAIN_REPORT, outlet="Ostermoor Herald", title="Lorry and bus collide", id="a"),
        Article(text=other, outlet="Vessen Gazette", title="Crash closes ring road", id="b"),
    ])
    assert brief.narratives == [], [n.label for n in brief.narratives]


def test_a_narrative_is_one_outlets_line_of_argument() -> None:
    # Both columnists argue the accountability framing; a narrative is one of them, not the two glued.
    first = (
        "The port authority clearly ignored the warning signs for years, and its failure should shame it. "
        "Lax oversight of the cranes was a scandal, and it is time someone was held to account. "
        "The crane at Pier 2 collapsed on Monday, injuring three dock workers."
    )
    second = (
        "The regulator should have acted after the last inspection: its failure is the real scandal here. "
        "The crane at Pier 2 collapsed on Monday and three dock workers were hurt, the port said."
    )
    brief = make_brief([
        Article(text=first, outlet="Veld Post", title="Opinion: the port failed its workers", id="a"),
        Article(text=second, outlet="Quay Daily", title="Opinion: blame the regulator", id="b"),
    ])
    assert brief.narratives, "two columns arguing one framing give a narrative"
    for narrative in brief.narratives:
        assert len({support.source for support in narrative.support}) == 1, narrative


def _brief(*texts: tuple[str, str]) -> Brief:
    return make_brief([
        Article(text=text, outlet=outlet, title=f"{outlet} report", id=f"a{i}")
        for i, (outlet, text) in enumerate(texts)
    ])


SMUGGLING_REPORT = "\n\n".join([
    "Two men were charged on Monday with running a smuggling ring through the port of Ostermoor, police said.",
    "Both are held on charges including assault with a dangerous weapon pending a hearing on Friday.",
    "It is believed that the ring moved dangerous goods through the docks for two years, a risk to dock workers.",
    "Observers say the security threat at the port is likely to bring more inspections of its cargo sheds.",
])


def test_a_report_that_carries_framing_words_is_not_an_argument() -> None:
    # "dangerous weapon", "it is believed", "observers say ... is likely to": a crime report and
    # agentless speculation carry a security framing's words, but nobody argues anything.
    other = "Police in Ostermoor charged two men on Monday over a smuggling ring at the port's cargo sheds."
    brief = _brief(("Ostermoor Herald", SMUGGLING_REPORT), ("Vessen Gazette", other))
    assert brief.narratives == [], [n.text for n in brief.narratives]


def test_a_court_order_and_an_agencys_guidance_are_reports_not_arguments() -> None:
    # "should" and "must" in a ruling or guidance are what it orders, not what an outlet argues.
    ruling = "\n\n".join([
        "The High Court in Ostermoor ruled on Tuesday that the dock workers' union leader should not be "
        "extradited to Vessen, where he faces charges over a strike that blocked the port's security gates.",
        "He must report to police every week and must surrender his passport, the judges ordered, citing the "
        "risk that he would flee.",
    ])
    other = "A court in Ostermoor refused on Tuesday to extradite the dock workers' union leader to Vessen."
    brief = _brief(("Ostermoor Herald", ruling), ("Vessen Gazette", other))
    assert brief.narratives == [], [n.text for n in brief.narratives]


def _stage_narratives(*texts: str) -> list[Narrative]:
    """The narratives stage alone, on articles none of whose sentences is printed as a fact."""
    articles = [Article(text=text, outlet=f"Outlet {i}", id=f"a{i}") for i, text in enumerate(texts)]
    sentences = [s for units in segment_all(articles) for s in units]
    return find_narratives(
        sentences, n_articles=len(articles), support_of=lambda s: Support(s.article + 1, s.start, s.end, s.text),
        source_of=lambda i: i + 1, outlet_of=lambda i: articles[i].outlet, per_narrative=3, max_narratives=2,
    )


def test_a_narrative_is_one_voice_not_two_speakers() -> None:
    # A union leader's and a minister's quotations argue two lines, however alike their words; the
    # outlet's own sentence before them may lead into one of them, not glue the two together.
    text = "\n\n".join([
        "Ostermoor's port workers began a two-day strike on Monday over the closure of the Pier 4 cargo sheds.",
        "The strike is clearly a disaster for the port's economy and its trade.",
        '"Closing the sheds is a reckless blow to jobs and to the economy, and the board should resign," union '
        'leader Ada Wren said.',
        '"The strike is irresponsible and will cost the port\'s business millions in trade," transport minister '
        'Piet Anker said.',
        "The port board will meet the union on Thursday.",
    ])
    narratives = _stage_narratives(text, "Port workers in Ostermoor walked out on Monday over the closure.")
    assert narratives, "the outlet's own verdict and the union leader's argue one line"
    for narrative in narratives:
        assert not ("Wren" in narrative.text and "Anker" in narrative.text), narrative.text


def test_a_line_of_argument_is_consecutive_sentences() -> None:
    # The column's verdict is argued twice, paragraphs apart; a narrative prints one run of it,
    # not a sentence from each end glued together as if one followed the other.
    column = "\n\n".join([
        "The Ostermoor port board closed the cargo sheds at Pier 4 on Monday after 60 years.",
        "The board clearly failed the workers when it closed the sheds, a failure it should own and reverse.",
        "The sheds were built in 1961 and handled 40,000 containers last year.",
        "The board will meet the union on Thursday, a spokesman said.",
        "Shipping lines have moved two services to Vessen since the closure was announced in March.",
        "The regulator clearly ignored the warning signs for years, and its failure of oversight is a scandal. "
        "It is time the regulator was held to account, and its chair should resign.",
    ])
    other = "The Ostermoor port board closed the cargo sheds at Pier 4 on Monday, citing their age."
    brief = _brief(("Veld Post", column), ("Quay Daily", other))
    assert brief.narratives, "the column argues accountability in two consecutive sentences"
    for narrative in brief.narratives:
        assert "failed the workers" not in narrative.text or "It is time" not in narrative.text, narrative.text


def test_a_framing_named_for_a_subject_needs_that_subject() -> None:
    # A danger to health argued with "dangerous" and "risk" is not a security threat; a danger from
    # missiles is.
    pills = (
        "Shops in Ostermoor sell diet pills labelled herbal.\n\n"
        "Calling these diet pills herbal is misleading, and selling them is clearly dangerous. "
        "Anyone who takes them runs a serious risk, and the shops that sell them should be shut."
    )
    missiles = (
        "Vessen has moved missiles to its border.\n\n"
        "Moving the missiles to the border is reckless and clearly dangerous. "
        "It is a threat to the region's security, and the alliance should say so plainly."
    )
    news = "A shop in Ostermoor was fined on Monday for selling diet pills without a licence."
    health = _brief(("Veld Post", pills), ("Quay Daily", news))
    assert not any(n.label.startswith("Security-threat") for n in health.narratives), health.narratives
    border = _brief(("Veld Post", missiles), ("Quay Daily", "Vessen moved missiles to its border on Monday."))
    assert [_named_outlets(n.label) for n in border.narratives] == [("Security-threat", ["Veld Post"])]


@pytest.mark.parametrize(("frame", "text"), [
    ("Health-risk", (
        "Shops in Ostermoor sell diet pills labelled herbal.\n\n"
        "Calling diet pills herbal is misleading, and selling them is clearly dangerous to health. "
        "Anyone who takes them runs a serious risk of harm, and the shops that sell them should be shut."
    )),
    ("Human-impact", (
        "Vessen closed its border crossing at Ammel on Monday.\n\n"
        "Closing the border to families fleeing the war is cruel, and it is wrong. "
        "People fleeing persecution deserve compassion, and Vessen should reopen the crossing to refugees."
    )),
    ("Skeptical", (
        "A study published on Monday says the Ostermoor cod stock has recovered.\n\n"
        '"The study is not convincing, and its authors are clearly overstating what their samples show," said '
        "Ada Wren, a fisheries scientist at the University of Vessen. "
        '"Counting cod at two sites in one summer is unconvincing evidence of a recovery," Wren said.'
    )),
], ids=["a danger to health", "compassion for refugees", "an expert's doubt"])
def test_a_line_is_labelled_by_the_framing_it_argues(frame: str, text: str) -> None:
    narratives = _stage_narratives(text, "A news report on the same day said little more.")
    assert [_named_outlets(n.label) for n in narratives] == [(frame, ["Outlet 0"])], narratives


def test_a_speakers_line_is_marked_reported_and_an_outlets_own_is_not() -> None:
    # The issue-8 side labels rest on this: a quoted expert's argument is not the outlet's side's.
    quoted = (
        "A study published on Monday says the Ostermoor cod stock has recovered.\n\n"
        '"The study is not convincing, and its authors are clearly overstating what their samples show," said '
        "Ada Wren, a fisheries scientist at the University of Vessen. "
        '"Counting cod at two sites in one summer is unconvincing evidence of a recovery," Wren said.'
    )
    own = (
        "A study published on Monday says the Ostermoor cod stock has recovered.\n\n"
        "Scientists at Vessen are clearly overstating what their samples show, and their study is not convincing. "
        "Counting cod at two sites in one summer is unconvincing evidence of a recovery."
    )
    assert [n.reported for n in _stage_narratives(quoted, "A report.")] == [True]
    assert [n.reported for n in _stage_narratives(own, "A report.")] == [False]


def test_a_speakers_line_names_the_speaker_as_fully_as_the_article_does() -> None:
    # The third reading of session 32 (multinews-015): the UN Secretary-General's condemnation was
    # labelled "Human-impact narrative, as provided by Article 4", as if the outlet argued it; the
    # issue asks that a quoted official be named as the speaker.
    text = (
        "The Ostermoor health board told pregnant women on Monday to avoid fish, said doctor Ada Wren.\n\n"
        "Wren, who runs the Ostermoor clinic, has treated mothers there for twenty years.\n\n"
        '"This is a national shame. Cutting fish from the diet of expectant mothers will only make things '
        'worse," Wren said. "This is absurd advice to give to pregnant women in a fishing town."'
    )
    narratives = _news_narratives(text)
    assert [LABEL.match(n.label).group("speaker") for n in narratives] == ["Ada Wren"], narratives
    assert narratives[0].speaker == "Ada Wren"


@pytest.mark.parametrize(("outlet", "url", "title", "section"), [
    ("Veld Post (Opinion)", None, "The ceasefire", True),
    # an outlet named for its analysis desk files argument too, as the Sources line has marked it
    # (review of session 34: the two lists had parted)
    ("Veld Post (Analysis)", None, "The ceasefire", True),
    ("Veld Post", "https://veldpost.example/opinion/2030/05/ceasefire", "The ceasefire", True),
    ("Veld Post", "https://veldpost.example/news/2030/05/ceasefire", "Opinion: the ceasefire", True),
    ("Veld Post", "https://veldpost.example/columnists/ana-reyes/2030/05/ceasefire", "The ceasefire", True),
    ("Veld Post", "https://veldpost.example/world/ceasefire-holds-opinion-1613718", "The ceasefire", True),
    ("Veld Post", "https://veldpost.example/news/2030/05/opinion-poll-on-ceasefire", "Poll: the ceasefire", False),
    ("Veld Post", "https://veldpost.example/news/2030/05/ceasefire", "The ceasefire", False),
    ("Guest Writer - Right", None, "The ceasefire", True),
    ("Ana Reyes", "https://veldpost.example/2030/05/ceasefire", "The ceasefire", True),
    ("Veld Sentinel", "https://veldsentinel.example/2030/05/ceasefire", "The ceasefire", False),
    ("Mother Jones", "https://www.motherjones.example/2030/05/ceasefire", "The ceasefire", False),
    ("Veld Post", "https://veldpost.example/world/2030/05/ceasefire-holds-analysis-intl/index.html", "Truce", True),
    ("Veld Post", "https://veldpost.example/outlook/2030/05/ceasefire", "The ceasefire", True),
    # the 133rd reading, allsides-6015: an essay under /ideas/ headed a brief of opinion pieces
    ("The Veld Monthly", "https://veldmonthly.example/ideas/archive/2030/05/masks/618916/", "Not ready", True),
    ("Veld Post", "https://veldpost.example/world/2030/05/analysis-of-water-samples-finds-lead", "Lead", False),
    # the 136th reading, neus-val-0157: "Trump's awful advice on voting twice" gave the lede and "The
    # pushback from Trump's allies is familiar: He was joking." as a fact
    ("Veld Post", None, "The mayor’s awful advice on the ferry strike", True),
    ("Veld Post", None, "Mayor calls the union's plan 'a reckless gamble'", False),
    ("Veld Post", None, "Storm's dangerous winds close the Veld ferry", False),
    # the final reading of session 31, neus-val-0101: a book review's title ("Triggered review: Donald Jr,
    # the Trump kid with real political chops") headed the brief as if it were the news
    ("Veld Post", None, "Harbour Lights review: the ferry opera that sinks without trace", True),
    ("Veld Post", None, "Ferry board upholds ban but orders new review", False),
    # the second reading of session 32 (allsides-5826): a National Review "Corner" post of argument
    ("Veld Review", "https://www.veldreview.example/corner/defend-the-ferry-crews/", "Defend the crews", True),
    ("Veld Guardian", "https://www.veldguardian.example/commentisfree/2030/may/05/ferry", "The ferry", True),
    # session 37's reading (37a), allsides-5932: an Education Week column ("/opinion-why-are-we-...")
    # led its brief; The Daily Wire files some under /news/opinion-...
    ("Veld Weekly", "https://www.veldweekly.example/transport/opinion-why-we-keep-the-ferry/2030/05", "Why", True),
    ("Veld Wire", "https://www.veldwire.example/news/opinion-the-ferry-fare-is-a-tax", "The fare", True),
], ids=["section in the name", "an analysis desk in the name", "section in the address", "rubric in the title",
        "columnists", "filed by the slug", "a word of a slug", "news", "a guest writer", "filed under a person's name",
        "a publication's word", "a registered outlet", "an analysis slug", "an outlook section", "an ideas section",
        "analysis as a word of a slug", "a title judging a deed", "a judgement quoted", "a danger reported",
        "a critic's review", "a review ordered", "a blog of argument", "a comment section", "a slug that opens on it",
        "a slug that opens on it under news"])
def test_an_opinion_section_is_told_by_name_address_or_rubric(
    outlet: str, url: str | None, title: str, section: bool
) -> None:
    assert opinion_section(Article(text="x", outlet=outlet, url=url, title=title)) is section


@pytest.mark.parametrize(("closing", "section"), [
    # multinews-148 (reading 33a): a contributor's post about a property site, its disclaimer at the
    # foot, gave the brief's headline, lede and facts in place of the news report of the sale
    ("The author is a Veld Post contributor. The opinions expressed are those of the writer.", True),
    ("The views expressed in this article are the author's own.", True),
    ("The harbour board said the views expressed at the meeting were those of its members.", False),
])
def test_a_contributors_disclaimer_files_the_piece_as_argument(closing: str, section: bool) -> None:
    text = f"The Veld ferry line runs twelve crossings a day from the old quay.\n\n{closing}"
    assert opinion_section(Article(text=text, outlet="Veld Post", title="The ferry line")) is section


@pytest.mark.parametrize(("title", "section"), [
    # reading 42b, neus-val-0031: a candidate's op-ed ("I want your vote to become your next president — here's
    # what I will do for you and our nation") gave the brief's lede, a campaign claim, as plain fact
    ("I want your vote to run the harbour board — here's what I will do for the crews", True),
    ("Excuse Me If I'm Not Ready to Sail Again", True),
    # a speaker's words quoted, a newsroom's "we", a compound: reports
    ("'We will mourn my brother's crew': ferry families to hold a vigil on the quay", False),
    ("What we know about the Kessel ferry crash", False),
    ("The harbour board's sack-me strategy", False),
    ("Captain Wren: I will not sail in fog", False),
    # (review 42's B1: a mine, a name, a roman numeral)
    ("Coal mine collapse near Kessel kills 12 ferry workers", False),
    ("My Lai survivors cross to Kessel on the night ferry", False),
    ("World War I had left the Kessel quay in ruins, harbour study finds", False),
])
def test_a_piece_in_its_writers_own_voice_is_filed_as_argument(title: str, section: bool) -> None:
    assert opinion_section(Article(text="x", outlet="Veld Post", title=title)) is section


EDITORIAL = (
    "Vessen and the Ammel militia agreed a ceasefire on Sunday after eleven days of fighting.\n\n"
    "Families in Ostermoor should not have to live in fear of rockets, which killed nine people there this month. "
    "Nor should children in Ammel live in fear of becoming collateral damage, and both sides must keep the truce."
)


def test_in_an_opinion_section_the_writers_calls_are_the_argument() -> None:
    # The same calls in a news report's own words could be a court's or an agency's: only an
    # article filed as argument makes its "should" and "must" its own line of argument.
    report = "A ceasefire between Vessen and the Ammel militia began on Sunday, officials said."

    def narratives(url: str) -> list[Narrative]:
        return make_brief([
            Article(text=EDITORIAL, outlet="Veld Post", title="The ceasefire", url=url, id="a"),
            Article(text=report, outlet="Quay Daily", title="Ceasefire begins", id="b"),
        ]).narratives

    argued = narratives("https://veldpost.example/opinion/2030/05/ceasefire")
    assert [_named_outlets(n.label) for n in argued] == [("Human-impact", ["Veld Post"])], argued
    assert narratives("https://veldpost.example/news/2030/05/ceasefire") == []


# An editorial's own verdicts on the port's reopening, in words no framing is named for.
URGING = (
    "The Ostermoor port reopened three of its five piers on Monday after the strike.\n\n"
    "Despite the grim disappointment of the strike's step backward, the port's recovery must not "
    "flag. There is no better way forward than reopening the last two piers before the harvest ships arrive."
)
# The same turn the other way: a point granted, then the writer's own verdict against.
FAULTING = (
    "The Ostermoor port reopened three of its five piers on Monday after the strike.\n\n"
    "With the harvest ships due, the best thing the port board can do is reopen every pier at once. Yet the "
    "board is instead undermining the recovery with a timetable that keeps two piers shut until winter."
)


def _section(text: str, url: str, outlet: str = "Veld Post", rating: str | None = None, id: str = "a") -> Article:
    return Article(text=text, outlet=outlet, title="The port", url=url, id=id, rating=rating)


def _section_narratives(*articles: Article) -> list[Narrative]:
    """The narratives stage alone, on the articles and a news report, each article's section told by
    :func:`opinion_section`; no sentence is printed as a fact."""
    articles = (*articles, REPORT)
    sentences = [s for units in segment_all(articles) for s in units]
    return find_narratives(
        sentences, n_articles=len(articles), support_of=lambda s: Support(s.article + 1, s.start, s.end, s.text),
        source_of=lambda i: i + 1, outlet_of=lambda i: articles[i].outlet, per_narrative=3, max_narratives=2,
        opinion=lambda i: opinion_section(articles[i]),
    )


REPORT = Article(text="The port of Ostermoor reopened three piers on Monday, officials said.", outlet="Quay Daily",
                 title="Piers reopen", id="r")


@pytest.mark.parametrize(("text", "frame"), [(URGING, "Supportive"), (FAULTING, "Critical")],
                         ids=["a verdict for", "a point granted, then a verdict against"])
def test_an_opinion_sections_own_verdicts_are_a_line_labelled_by_their_way(text: str, frame: str) -> None:
    # No framing's words fit; in a piece filed as argument the writer's verdicts ("a step backward",
    # "no better way", "undermining") argue, and the last of them one way says which way the line goes.
    argued = _section_narratives(_section(text, "https://veldpost.example/opinion/2030/05/port"))
    assert [_named_outlets(n.label) for n in argued] == [(frame, ["Veld Post"])], argued
    assert argued[0].text.startswith(("Despite", "With the harvest")) and not argued[0].reported
    # The same words in a news report are a source's or a headline's: no verdict line there.
    assert _section_narratives(_section(text, "https://veldpost.example/news/2030/05/port")) == []


@pytest.mark.parametrize(("text", "frame"), [
    # Verdict words of columns the lexicon did not know ("disingenuous", "ill-conceived").
    ("The board's promise of a quick reopening was disingenuous from the start. Its timetable is an "
     "ill-conceived gamble with the town's only trade.", "Critical"),
    # Read on Multi-News (multinews-105): "It was an honest mistake that anyone could have made." forgives
    # the slip it names; a line ending on it was labelled Critical.
    ("The board's slip over the tide tables was a breath of fresh air among the usual spin. It was an honest "
     "mistake that anyone could have made.", "Supportive"),
], ids=["columns verdicts", "a slip forgiven"])
def test_a_columns_verdict_words_argue_and_say_which_way(text: str, frame: str) -> None:
    article = _section(
        f"The Ostermoor port board published new tide tables on Monday.\n\n{text}",
        "https://veldpost.example/opinion/2030/05/port",
    )
    argued = _section_narratives(article)
    assert [_named_outlets(n.label) for n in argued] == [(frame, ["Veld Post"])], argued


def test_a_columns_defence_against_critics_is_not_labelled_critical() -> None:
    # Read on the AllSides stream (allsides-6089, labelled wrong): a column defending a senator's reply
    # against "the contrived, hyperbolic outrage ... from liberal talking heads" was labelled Critical,
    # the way of its last verdict, which judges the critics; a reader takes it as against the senator.
    text = (
        "The Ostermoor port board published new tide tables on Monday.\n\n"
        "Harbour master Ada Wren gave a sober reply to the board's mendacious statement last night. And the "
        "contrived, hyperbolic outrage we saw from the board's friends was something to behold."
    )
    argued = _section_narratives(_section(text, "https://veldpost.example/opinion/2030/05/port"))
    assert all(_named_outlets(n.label)[0] != "Critical" for n in argued), argued


def test_a_speakers_relayed_complaint_is_not_the_writers_verdict() -> None:
    # Read on the AllSides stream: a news report relaying one man's complaint ("unfair") and a
    # party chair's demands ("must") was labelled a Critical line. Verdict labels are for the
    # writer's own lines, here in an opinion section too.
    text = (
        "The Ostermoor harbour board changed its berthing rules on Monday.\n\n"
        "The letter from the chair follows months of complaints from the shipping lines that the old rules "
        "were unfair, the board said. Chair Ada Wren laid out changes she believes must be made, the board "
        "said, and warned that the lines would boycott the port if they were not."
    )
    for url in ("https://veldpost.example/news/2030/05/port", "https://veldpost.example/opinion/2030/05/port"):
        assert _section_narratives(_section(text, url)) == []


def test_verdict_markers_read_either_apostrophe() -> None:
    # "I’m not so sure" is the writer's stance however the apostrophe is typed.
    curly = "The board's timetable is probably a blunder. I’m not so sure the new piers will pay for " \
        "themselves. The truth is that the board should own it."
    straight = curly.replace("’", "'")
    for text in (curly, straight):
        argued = _section_narratives(_section(text, "https://veldpost.example/opinion/2030/05/port"))
        assert [_named_outlets(n.label)[0] for n in argued] == ["Critical"], (text, argued)
        assert "not so sure" in argued[0].text


def test_two_outlets_verdicts_the_same_way_are_two_lines_and_take_their_sides() -> None:
    # Two columns both "Critical", of different things: a verdict is no line of argument of its own,
    # so both are shown, and where their outlets' ratings stand apart they are the seed's
    # "Left narrative" and "Right narrative".
    other = (
        "The Ostermoor port reopened three of its five piers on Monday after the strike.\n\n"
        "Reopening the piers before the safety review is a reckless gamble with the dock workers' lives. "
        "The board's timetable is a blunder, and the workers do well to distrust it."
    )
    articles = [
        _section(FAULTING, "https://veldpost.example/opinion/2030/05/port", "Veld Post", "Right", "a"),
        _section(other, "https://quaydaily.example/opinion/2030/05/piers", "Quay Daily", "Left", "b"),
    ]
    narratives = _section_narratives(*articles)
    assert sorted(_named_outlets(n.label) for n in narratives) == [
        ("Critical", ["Quay Daily"]), ("Critical", ["Veld Post"]),
    ], narratives
    assert _side_labels(articles, narratives) == [
        "Left narrative, as provided by Quay Daily", "Right narrative, as provided by Veld Post",
    ]


def _side_labels(articles: list[Article], narratives: list[Narrative]) -> list[str]:
    """The narratives' labels once their outlets' recorded ratings label them by side (sorted)."""
    from evenhand.outlets import label_narratives

    sources = [Source(i + 1, a.outlet, a.outlet, a.title, a.url, i, a.id) for i, a in enumerate((*articles, REPORT))]
    brief = Brief("b", "h", None, sources=sources, narratives=narratives)
    return sorted(n.label for n in label_narratives(brief, None, articles=articles).narratives)


def test_a_line_does_not_open_on_an_answer_to_the_sentence_before() -> None:
    # Read on NeuS: "Not perfectly, of course, but certainly better than ..." answers the sentence
    # before it (here a report of what visitors say), so no line of argument opens on it.
    text = (
        "Ostermoor has become a more diverse port town in twenty years. Visitors are amazed that it works. "
        "Not perfectly, but surely better than Vessen, and clearly a sensible choice. "
        "It is a success story, and a sensible one."
    )
    assert _section_narratives(_section(text, "https://veldpost.example/opinion/2030/05/port")) == []


def test_a_verdict_conceded_is_not_the_lines_verdict() -> None:
    # "right to", "a welcome shift" are granted; the writer's own verdict follows the "but".
    text = (
        "The Ostermoor port board reopened the piers on Monday.\n\n"
        "The board is right to reopen the piers before the harvest ships arrive. It is a welcome shift from "
        "its refusal in March, but the way it reached the decision does not inspire confidence."
    )
    argued = _section_narratives(_section(text, "https://veldpost.example/opinion/2030/05/port"))
    assert [_named_outlets(n.label)[0] for n in argued] == ["Critical"], argued


def test_a_sentence_ending_on_a_quotation_is_a_sentence_of_its_own() -> None:
    # Read on NeuS: the opening sentence, which argues nothing, ends on a quotation; read as one with
    # the next, it passed for a sentence that argues, and the line opened on it.
    text = (
        "Every harbour board in Vessen speaks in solemn tones about “the wisdom of the shipping market.” "
        "This clichéd, lazy faith implies that the market cannot err. Unfortunately, that is simply not true."
    )
    assert _sentences(text)[0].endswith("market.” "), _sentences(text)
    # (Session 37: nor does it open on "This clichéd, lazy faith ...", which leans on it; the opening is
    # printed as the premise the argument needs, as in allsides-5825's.)
    argued = _section_narratives(_section(text, "https://veldpost.example/opinion/2030/05/port"))
    assert [n.text for n in argued] == [text], argued


def _news_narratives(text: str) -> list[Narrative]:
    return _section_narratives(_section(text, "https://veldpost.example/news/2030/05/port"))


# The story of the later narrative tests: a report's opening, then what an article argues of it.
TRAWLERS = "The Ostermoor port board will free twelve impounded trawlers next week.\n\n"
OPINION_URL = "https://veldpost.example/opinion/2030/05/port"


def _column_frames(text: str) -> list[str]:
    """What each narrative of a column on the trawlers' release argues, by its label."""
    return [_named_outlets(n.label)[0] for n in _section_narratives(_section(TRAWLERS + text, OPINION_URL))]


def _trawler_column(outlet: str, url: str) -> Article:
    return Article(
        text=(
            TRAWLERS + "With the harvest ships due, the best thing the port board can do is reopen every pier at "
            "once. Yet the board is instead undermining the recovery with a timetable that keeps two piers shut "
            "until winter."
        ),
        outlet=outlet, title="The board's timetable fails the port", id="c", url=url,
    )


def test_a_named_speakers_relayed_verdicts_are_a_reported_line_labelled_by_their_way() -> None:
    # Read on Multi-News: a doctor's "national shame" and "absurd advice", a network chairman's
    # "wrong approach": no framing's words, but one named speaker's argument, which a report relays.
    text = (
        "The Ostermoor health board told pregnant women on Monday to avoid fish.\n\n"
        '"This is a national shame. Cutting fish from the diet of expectant mothers will only make things '
        'worse," Ada Wren, a doctor at the Ostermoor clinic, said. "This is absurd advice to give to pregnant '
        'women in a fishing town."'
    )
    narratives = _news_narratives(text)
    assert [_named_outlets(n.label) for n in narratives] == [("Critical", ["Veld Post"])], narratives
    assert narratives[0].reported and "Wren" in narratives[0].text


@pytest.mark.parametrize("text", [
    # Review 43b: verdict words in a speaker's quotation, counted as theirs for a while this session,
    # judged the wrong way (critics quoted, negations, a rival's words), judged nothing of the story
    # (everyday words, a tribute) or were another speaker's in the same unit. None is a line.
    "“The release is the right decision for the port,” board chairman Olav Tal said. “It is far from a disgrace.”",
    "“The release is the right decision for the port,” board chairman Olav Tal said. “Critics have called it "
    "reckless and shameful, and they are wrong.”",
    "“The owners call it the right decision and a step in the right direction,” harbour minister Ada Wren said. "
    "“The board should reverse it before the boats sail.”",
    "“There is no reason to believe the public is at risk,” police chief Ada Wren said. “Officers should be "
    "praised for their quick work, and the harbour road is open again.”",
    "“We will hold a welcome dinner for the crews on Friday,” harbour master Ada Wren said. “Every family is "
    "welcome to come, and the mayor will give a speech.”",
    "“The release is a mistake, and it is reckless,” harbour minister Ada Wren said. Board chairman Olav Tal, "
    "answering her, said: “It is the right decision and a step in the right direction.”",
    "The unions called the deal “a reckless, shameful giveaway to owners who broke every rule.” Board chairman "
    "Olav Tal said, “The owners have paid every fine, and the release is the right decision for the port.”",
    "“He was a genuine leader and a courageous captain,” harbour master Olav Tal said of the drowned skipper. "
    "“He was a wise man who knew every rock in the bay.”",
    # ... nor does another party's view open a speaker's line
    "Mayor Ilse Brand praised the release as a fair deal for the town. Network co-chairman Ada Wren said on "
    "Sunday, “The release is the wrong approach and will empty the grounds.” She added, “We believe the fleet "
    "can be kept at sea without rewarding the owners who broke the rules.”",
], ids=["far from", "critics quoted", "a rival's words", "a stock police line", "a welcome dinner", "two speakers",
        "a union's words", "a tribute", "another party's view"])
def test_quotations_that_argue_nothing_of_their_speakers_give_no_line(text: str) -> None:
    assert _news_narratives(TRAWLERS + text) == []


@pytest.mark.parametrize(("text", "lines"), [
    # Review 43b: a defender denying the verdicts in other words than "not" was labelled Critical.
    ("“The deal is neither reckless nor a giveaway,” board chairman Olav Tal said. “It is anything but a "
     "disgrace: the owners have paid every fine.”", []),
    # ... while a critic's verdict after "far from fair" stays his
    ("“The deal is far from fair, and it is reckless,” harbour minister Ada Wren said. “The board should "
     "reverse it before the boats sail.”", [("Critical", ["Veld Post"])]),
], ids=["neither, nor, anything but", "a verdict after a denial"])
def test_a_verdict_denied_in_other_words_is_no_verdict(text: str, lines: list[tuple[str, list[str]]]) -> None:
    assert [_named_outlets(n.label) for n in _news_narratives(TRAWLERS + text)] == lines


@pytest.mark.xfail(strict=True, reason=(
    "known defect (review 43b): a speaker's tribute using words of praise the lexicon counts ('courageous', "
    "'admirable') prints as a Supportive line, though it argues no side; a rule reading 'He/She was a ... "
    "leader/man/...' as a tribute (measured in session 43) also took criticism ('He was a weak leader', 'Putin was "
    "a dangerous man': review 43c's B5) and was reverted"))
def test_a_speakers_tribute_is_no_line() -> None:
    text = TRAWLERS + (
        "“Ada was a principled woman and a courageous skipper,” harbour master Olav Tal said. “She was admirable "
        "in every storm, and the port should name a pier after her.”"
    )
    assert _news_narratives(text) == []


@pytest.mark.xfail(strict=True, reason=(
    "known defect (review 43b): a column's rebuttal joined to a senator's quotation ('... Senator Olav Tal said of "
    "it on Monday. He is wrong.') prints as the senator's line; a rule dropping a speaker's line that holds an "
    "unattributed verdict (measured in session 43) also dropped speakers' lines told without a verb of saying ('He "
    "believes the board should ...', 'In his view, ...': review 43c's B4) and was reverted"))
def test_a_columns_rebuttal_is_not_printed_as_the_speakers_line() -> None:
    text = TRAWLERS + (
        "The Ostermoor harbour bill is long overdue, and the board was right to pass it. “It is reckless "
        "and a disgrace,” Senator Olav Tal said of it on Monday. He is wrong."
    )
    argued = _section_narratives(_section(text, OPINION_URL))
    assert not any("He is wrong" in n.text and n.speaker for n in argued), argued


@pytest.mark.xfail(strict=True, reason=(
    "known defect (review 43b): a verdict conceded before 'but' labels a column's line where what follows the "
    "'but' gives no verdict ('It may look reckless, but the owners have paid every fine' reads Critical in a "
    "column defending the release); ignoring the conceded clause (measured in session 43) also took plain "
    "verdicts before 'but' ('The release is a disgrace, but few are surprised': review 43c's B3) and was reverted"))
def test_what_a_contrast_concedes_gives_no_verdict_though_what_follows_gives_none() -> None:
    text = (
        "Freeing the trawlers is the right decision for the port. It may look reckless, but the owners have paid "
        "every fine and repaired every net."
    )
    assert _column_frames(text) == ["Supportive"]


def test_a_thing_that_says_is_no_speaker() -> None:
    # Review 43b (neus-val-0236): "QAnon is a crackpot conspiracy theory that says ..." is the writer's
    # own line; read as relayed, the sliders would never credit its outlet's side.
    text = TRAWLERS + (
        "As many in the town know by now, the pier rumour is a crackpot theory that says the board sold the piers "
        "in secret. It is a disgrace that the mayor still repeats it, and he should stop."
    )
    argued = _section_narratives(_section(text, OPINION_URL))
    assert [_named_outlets(n.label)[0] for n in argued] == ["Critical"], argued
    assert not argued[0].reported and not argued[0].speaker


def test_a_report_of_unnamed_peoples_verdicts_is_no_line() -> None:
    # Read on Multi-News (multinews-137): a report of reactions ("Insults quickly turned to intrigue
    # ... “It has clearly been traumatized,” one expert declared.") is no speaker's argument.
    text = (
        "The Ostermoor harbour lights were switched on on Friday.\n\n"
        "Insults quickly turned to scrutiny as local papers weighed the lights' cost and questioned how they were "
        "bought. “They have clearly been badly made,” one expert declared. A consumer group asked an administrative "
        "court, which has oversight over government spending, to investigate what it called a “shameful waste” "
        "and demanded that the lights come down."
    )
    assert _news_narratives(text) == []


@pytest.mark.parametrize("text", [
    # Review 43 (B1): quoted words in a report's own sentence may be anyone's: critics' words a
    # defender rebuts, a denial's, a bill's title, a reporters' question.
    "Board chairman Olav Tal said critics who called the release “a disgrace” and “reckless” had not read the "
    "deal. Tal said the owners had been called “hypocrites” for months but had paid every fine.",
    "Harbour minister Ada Wren denied calling the board's deal “a disgrace.” Wren said through a spokesman that "
    "she had never described the release as “absurd” or “reckless.”",
    "Olav Tal, the board chairman, said on Monday that the release was the right decision for the port. Tal "
    "denied claims by the unions that the deal was “shameful” and “a giveaway.”",
    "Senator Ada Wren said the “End Reckless Trawling Act” would come to a vote next week. Wren said the “Stop "
    "the Shameful Giveaway Act,” a second bill, had forty co-sponsors.",
    "Reporters asked harbour minister Ada Wren whether the deal was “a disgrace.” Wren said she would not "
    "comment on the board's “reckless” reputation until the inquiry reported.",
    # (B2) the reporter's own words in a sentence that says someone spoke are no one's verdict
    "Police chief Ada Wren said the botched robbery left two guards injured. Wren said there was no reason to "
    "believe the public was at risk.",
    "Coast guard commander Ada Wren said the trawler's wreck lies in 40 metres of water. Wren said divers found "
    "the engine room was not working when it sank.",
    # (B3) a speaker's line does not open on another speaker's view or on an unrelated report
    "Mayor Ilse Brand said the release was a fair deal for the town and would bring the boats home. Network "
    "co-chairman Ada Wren said on Sunday, “The release is the wrong approach and will empty the grounds.” She "
    "added, “We believe the fleet can be kept at sea without rewarding the owners who broke the rules.”",
    "Three trawlers ran aground off Ostermoor in a storm last winter. Network co-chairman Ada Wren said on "
    "Sunday, “The release is the wrong approach and will empty the grounds.” She added, “We believe the fleet "
    "can be kept at sea without rewarding the owners who broke the rules.”",
    # (B7) ... nor carry an unrelated report in the middle
    "Harbour minister Ada Wren called the release “absurd” and “a disgrace.” Three trawlers ran aground off "
    "Ostermoor in a storm last winter. Network co-chairman Ada Wren said on Sunday, “The release is the wrong "
    "approach and will empty the grounds.”",
], ids=["critics rebutted", "a denial", "critics' claims denied", "bill titles", "a question", "a botched robbery",
        "a wreck", "another speaker's view", "an unrelated report", "a report mid-line"])
def test_words_that_are_no_named_speakers_verdict_give_no_line(text: str) -> None:
    assert _news_narratives(TRAWLERS + text) == []


@pytest.mark.parametrize(("text", "frame"), [
    # Review 43 (B5): words that describe ("absurdly cheap", "exemplary damages", "refreshing its
    # website", "brilliant sunshine") do not turn a column's line the other way.
    ("The new ferry is absurdly cheap and ridiculously comfortable, and the crossing takes twenty minutes. "
     "The board should run it every hour, not twice a day.", "Commentary"),
    ("The board's handling of the inquiry was shameful. The families should be awarded exemplary damages for "
     "every year they waited.", "Critical"),
    ("The board's handling of the inquiry was shameful. It should stop refreshing its website and start "
     "answering the families.", "Critical"),
    ("The release was wrong, and the board should reverse it. Yet the ministers posed for photographs under "
     "brilliant sunshine as the boats left.", "Commentary"),
], ids=["absurdly cheap", "exemplary damages", "refreshing", "brilliant sunshine"])
def test_words_that_describe_do_not_turn_a_columns_line(text: str, frame: str) -> None:
    assert _column_frames(text) == [frame]


def test_quoted_verdicts_in_a_reports_own_sentence_are_no_line() -> None:
    # The same words in the report's own sentence, called so by no one it names.
    text = TRAWLERS + (
        "The release has been called “absurd” and the board's deal a “farce.” "
        "The trawlers should sail on Monday, the board's schedule shows."
    )
    assert _news_narratives(text) == []


@pytest.mark.parametrize("text", [
    # Two parties named in both sentences, one saying the other "failed to pay", the other's lawyers
    # answering: two voices, and "failed to" reports what someone did not do.
    "Piet Anker said the Vessen Shipping Company and its owner Ada Wren failed to pay him 13 million crowns. "
    "In court papers, lawyers for Wren denied any wrongdoing and said the suit should be moved to Vessen.",
    # "reckless endangerment" is a charge a prosecutor names, not a judgement.
    "Prosecutor Ada Wren argued that much of the evidence concerned the three dock officers. She said all of "
    "it would be needed to prove reckless endangerment on their part.",
    # Unnamed people's verdicts, relayed: whose are they?
    "Shipping lines complained for months that the old berthing rules were unfair, the board said. The lines "
    "believe the rules must change, the board said, and that the delays were a disgrace.",
], ids=["two parties", "a charge", "unnamed voices"])
def test_relayed_words_that_are_no_speakers_verdict_give_no_line(text: str) -> None:
    assert _news_narratives(f"The Ostermoor port court heard the case on Monday.\n\n{text}") == []


def test_a_heading_is_no_sentence_of_a_line() -> None:
    # Read on Multi-News: "The bottom line…" heads the writer's verdict; the two are one sentence
    # of argument, not a line of two.
    text = (
        "Ostermoor's harbour board sells its new fuel as clean.\n\n"
        "The bottom line…\n\n"
        "Calling the new fuel “clean” or “green” is misleading, and selling it as such is a reckless gamble."
    )
    for narrative in _section_narratives(_section(text, "https://veldpost.example/opinion/2030/05/port")):
        assert "bottom line" not in narrative.text, narrative.text


def test_a_verdict_denied_is_no_verdict() -> None:
    # Read on a web page: "There is nothing wrong with ..." defends; it was labelled Critical.
    text = (
        "Ostermoor's clinic now lends wigs to patients in chemotherapy.\n\n"
        "There is nothing wrong with wanting some control over how you look while you are being treated. "
        "A hairstyle is more than vanity, and every patient should have the choice of one that looks like her own."
    )
    for narrative in _section_narratives(_section(text, "https://veldpost.example/opinion/2030/05/wigs")):
        assert not narrative.label.startswith("Critical"), narrative


# A column read on the AllSides stream (session 37): its writer argues in their own reading of
# events (a condition, a forecast) more than in marked words.
COLUMN = (
    "The Ostermoor port reopened three of its five piers on Monday after the strike.\n\n"
    "The harbour should be the town's pride. If the board keeps two piers shut until winter, the harvest ships "
    "will likely sail to Vessen instead. Ostermoor could lose a generation of custom to its rival."
)


def test_a_columns_own_reading_is_its_commentary() -> None:
    # Only 4 of the stream's 68 pieces filed as argument gave a narrative: every sentence of a line
    # had to carry a marked word. In a column the writer's own reading argues too; with no framing
    # and no verdict, the line is labelled for what it is, the writer's commentary.
    argued = _section_narratives(_section(COLUMN, "https://veldpost.example/opinion/2030/05/port"))
    assert [_named_outlets(n.label) for n in argued] == [("Commentary", ["Veld Post"])], argued
    # (the forecast after it adds no marked word: of two lines as strong, the one argued in more of them)
    assert argued[0].text.startswith("The harbour should") and argued[0].text.endswith("to Vessen instead.")
    assert not argued[0].reported
    # The same sentences in a news report are the outlet's report, argued by no one.
    assert _section_narratives(_section(COLUMN, "https://veldpost.example/news/2030/05/port")) == []


@pytest.mark.parametrize("text", [
    # a column's narration: its writer's words, but no sentence argues in a marked word
    "In 1990 the harbour master was a clerk of twenty-five. If the tide was late, he walked the piers twice. "
    "He could name every ship that came in.",
    # a line opening on a reply to a sentence not printed (allsides-6079's "I'm not so sure.", 6060's
    # "Of course, I know it wasn't just mothers.")
    "The board says the new piers will pay for themselves.\n\nI’m not so sure. If the ships go to Vessen, "
    "the piers will likely stand empty, and the board should say so.",
    "The port thanked its dock workers on Monday.\n\nOf course, I know it wasn't just the dock workers. "
    "If the pilots had not stayed, the harbour would likely have closed, and they deserve thanks too.",
])
def test_a_columns_narration_or_reply_is_no_commentary(text: str) -> None:
    assert _section_narratives(_section(text, "https://veldpost.example/opinion/2030/05/port")) == []


def test_two_outlets_commentary_is_shown_for_both_and_takes_their_sides() -> None:
    # "Commentary" says no more than a verdict does about what a line argues: a second outlet's
    # commentary is shown too, and where the outlets stand apart they are the seed's sides.
    other = (
        "The Ostermoor port reopened three of its five piers on Monday after the strike.\n\n"
        "The dock workers should have the last word on the piers. If the board reopens them before the review, "
        "the next accident will likely be worse than the last."
    )
    articles = [
        _section(COLUMN, "https://veldpost.example/opinion/2030/05/port", "Veld Post", "Right", "a"),
        _section(other, "https://quaydaily.example/opinion/2030/05/piers", "Quay Daily", "Left", "b"),
    ]
    narratives = _section_narratives(*articles)
    assert sorted(_named_outlets(n.label) for n in narratives) == [
        ("Commentary", ["Quay Daily"]), ("Commentary", ["Veld Post"]),
    ], narratives
    assert _side_labels(articles, narratives) == [
        "Left narrative, as provided by Quay Daily", "Right narrative, as provided by Veld Post",
    ]


def test_a_columns_first_person_turn_is_part_of_its_line() -> None:
    # allsides-5885: "The Olympic Games in Tokyo are doomed. ... it's not going to be OK." was printed
    # without its turn, "The Games, I'm afraid, just aren't woke enough.", which the classifier reads
    # as a reporter's aside; cut there the sarcasm read as a forecast.
    text = (
        "The Ostermoor regatta opened on Saturday.\n\n"
        "The Ostermoor regatta is doomed. Before the first sail is even raised, it is not going to be fine. "
        "The regatta, I’m afraid, just isn’t modern enough for the harbour board."
    )
    argued = _section_narratives(_section(text, "https://veldpost.example/opinion/2030/05/regatta"))
    assert [n.text for n in argued] == [text.split("\n\n")[1]], argued


def test_a_line_of_reading_is_not_labelled_by_a_word_that_describes() -> None:
    # allsides-5870: a CNN analysis ("Cubans are used to being endlessly patient ... in the face of an
    # often dysfunctional daily existence ...") was labelled Critical by "dysfunctional", which
    # describes, and criticises no one. A line argued in the writer's reading is Commentary.
    text = (
        "Ostermoor's dock workers returned to the piers on Monday.\n\n"
        "Ostermoor's dock workers are used to making do in the face of a dysfunctional harbour and long "
        "winters. If the piers stay shut past the harvest, that patience will likely run out."
    )
    argued = _section_narratives(_section(text, "https://veldpost.example/analysis/2030/05/port"))
    assert [_named_outlets(n.label)[0] for n in argued] == ["Commentary"], argued


def test_a_line_does_not_open_or_end_on_a_turn_to_what_follows() -> None:
    # allsides-6093 opened "Let's see how we got here.": here is what the sentences before told; a
    # line ending on it stops where the writer turns to what follows (review 37).
    argument = (
        "If the board had kept to its first plan, the piers would likely have cost half as much. The town "
        "deserves an apology, and the board should give it."
    )
    for text in (f"Let's see how we got here. {argument}", f"{argument} Let's see how we got here."):
        argued = _section_narratives(_section(
            f"The port board has asked the town for another 40 million euros.\n\n{text}",
            "https://veldpost.example/opinion/2030/05/port",
        ))
        assert [n.text for n in argued] == [argument], argued


@pytest.mark.xfail(strict=True, reason=(
    "known defect (session 37, allsides-5885): a column's sarcasm whose turn comes after four sentences "
    "('The Olympic Games in Tokyo are doomed. ... The Games, I'm afraid, just aren't woke enough.' before "
    "'But for the international left, sport no longer matters ...') prints as its Commentary and reads as "
    "sincere; no surface rule measured tells the set-up a writer mocks from their own line (a line stopping "
    "before a 'But' within three sentences took a line judged right and gave the same column's next mock line)"
))
def test_a_columns_mock_set_up_is_not_printed_as_its_argument() -> None:
    text = (
        "The Ostermoor regatta opened on Saturday.\n\n"
        "The Ostermoor regatta is doomed. Before the first sail is even raised, it is not going to be fine. "
        "The regatta, I’m afraid, just isn’t modern enough. Apologies to the sailors and so on. But for the "
        "harbour board, a race no longer matters unless it can win the board a headline."
    )
    argued = _section_narratives(_section(text, "https://veldpost.example/opinion/2030/05/regatta"))
    assert argued and all("harbour board, a race" in n.text for n in argued), argued


def test_a_concession_to_what_is_unnamed_is_printed_with_what_it_concedes_to() -> None:
    # allsides-5825 (labelled 37b): "Despite the grim disappointment of what might appear to be a step
    # backward, ..." opened a line; the step backward, the return to masks, was told only before it.
    premise = "The Ostermoor port closed two of its five piers again on Monday."
    argument = (
        "Despite the grim disappointment of what might look like a step backward, the port's recovery must not "
        "flag. There is no better way forward than reopening the last two piers before the harvest ships arrive."
    )
    url = "https://veldpost.example/opinion/2030/05/port"
    together = _section_narratives(_section(f"{premise} {argument}", url))
    assert [n.text for n in together] == [f"{premise} {argument}"], together
    # a paragraph apart, the same: the concession is read with what it concedes to
    apart = _section_narratives(_section(f"{premise}\n\n{argument}", url))
    assert [" ".join(n.text.split()) for n in apart] == [f"{premise} {argument}"], apart


def test_a_column_line_with_one_reason_between_two_verdicts_keeps_its_way() -> None:
    # Review 37: one sentence of the writer's reading between two verdicts labelled the line
    # Commentary; a line whose two sentences give a verdict one way goes that way.
    text = (
        "The port board reopened the piers on Monday.\n\n"
        "The board's timetable is a blunder. If the ships go to Vessen, the piers will stand empty. The plan is "
        "a disgrace, and the board should own it."
    )
    argued = _section_narratives(_section(text, "https://veldpost.example/opinion/2030/05/port"))
    assert [_named_outlets(n.label)[0] for n in argued] == ["Critical"], argued


def test_commentary_takes_the_room_a_framing_leaves() -> None:
    # Review 37: Commentary, named for no framing, pushed an Economic column's line out.
    econ = (
        "The Ostermoor port reopened three of its five piers on Monday after the strike.\n\n"
        "The strike should never have cost the town's economy so much. The budget is a blunder that will hurt "
        "jobs and trade for years."
    )
    articles = [
        _section(COLUMN, "https://veldpost.example/opinion/2030/05/port", "Veld Post", None, "a"),
        _section(econ, "https://harbourtimes.example/opinion/2030/05/cost", "Harbour Times", None, "c"),
    ]
    assert [_named_outlets(n.label) for n in _section_narratives(*articles)] == [
        ("Economic", ["Harbour Times"]), ("Commentary", ["Veld Post"]),
    ]


@pytest.mark.parametrize("text", [
    # damaged text and an editor's note among a column's verdicts (review 37)
    "The port board has asked the town for another 40 million euros.\n\nThe board's plan is a blunder, and the "
    "town should refuse it. It wasted 275,00 euros on consultants last year, a disgrace.",
    "The port board has asked the town for another 40 million euros.\n\nThe board's plan is a blunder, and the "
    "town should refuse it. Correction: an earlier version wrongly said the board wasted 2 million euros, a disgrace.",
])
def test_only_the_writers_own_remark_among_asides_argues(text: str) -> None:
    argued = _section_narratives(_section(text, "https://veldpost.example/opinion/2030/05/port"))
    assert not any("disgrace" in n.text for n in argued), argued


@pytest.mark.parametrize(("text", "judges"), [
    ("announced New York's often-feckless mayor", True),
    ("the House passed the must-pass defense bill", False),
    ("a wrong-way driver killed two people", False),
    ("the no-nonsense sheriff said", False),
    ('"This is a disgrace," the mayor said.', False),
])
def test_a_verdict_in_a_compound_is_the_writers(text: str, judges: bool) -> None:
    assert writer_judges(text) is judges


@pytest.mark.parametrize("writer", ["Olav Tal", "Ada Wren"])
def test_a_columns_line_is_argued_by_its_writer_as_provided_by_its_publication(writer: str) -> None:
    # Read on the AllSides stream (reading 43c): Jonathan Turley's column was credited to The Hill
    # alone; a column is its writer's argument.
    column = _trawler_column(writer, "https://www.theguardian.com/commentisfree/2030/may/04/ostermoor-port")
    brief = make_brief([column, REPORT])
    labels = [n.label for n in brief.narratives]
    assert labels == [f"Critical narrative, argued by {writer}, as provided by The Guardian"], labels
    assert not brief.narratives[0].reported and brief.narratives[0].speaker == writer


@pytest.mark.parametrize(("source", "writer"), [
    ("Ross Douthat", "Ross Douthat"), ("Kyle Smith", "Kyle Smith"),
    # publications named like people: their articles are no one's column (a surname's particle is a
    # publication's as often, so "Katrina vanden Heuvel" goes unnamed: review 43c)
    ("Corriere della Sera", ""), ("Diario de Sevilla", ""), ("De Telegraaf", ""), ("La Stampa", ""),
    ("Frankfurter Allgemeine", ""), ("Boston Globe", ""), ("The Oregonian", ""), ("Estado de Minas", ""),
    ("Giornale di Sicilia", ""), ("Katrina vanden Heuvel", ""), ("Les Echos", ""), ("Die Zeit", ""),
    ("Les Moonves", "Les Moonves"),
])
def test_a_source_names_a_columnist_only_where_it_names_a_person(source: str, writer: str) -> None:
    assert columnist(source) == writer


@pytest.mark.parametrize(("source", "shown_as", "writer"), [
    ("Bloomberg Opinion", "Bloomberg", ""), ("Axios Denver", "Axios", ""),
    # (review 43d's R2: a writer sharing a word with the outlet's name goes unnamed, not misnamed)
    ("Jesse Washington", "The Washington Post", ""), ("Ross Douthat", "The New York Times", "Ross Douthat"),
])
def test_a_publications_own_desk_is_no_columnist(source: str, shown_as: str, writer: str) -> None:
    assert columnist(source, shown_as) == writer


def test_a_columns_desk_is_not_its_writer() -> None:
    # Review 43c: "argued by Bloomberg Opinion, as provided by Bloomberg" named a desk as a writer.
    column = _trawler_column("Bloomberg Opinion", "https://www.bloomberg.com/opinion/articles/2030-05-04/ostermoor-port")
    narratives = make_brief([column, REPORT]).narratives
    assert [(n.label, n.speaker) for n in narratives] == [("Critical narrative, as provided by Bloomberg", "")]


@pytest.mark.parametrize(("text", "frame"), [
    # Review 43c: "far from", "nor" deny only the verdict they govern ...
    ("The release is far from the only reckless decision the board has made this year. It is a disgrace, and "
     "the board should reverse it before the boats sail.", "Critical"),
    # ... and a union "which said" a verdict is a speaker, not an idea "that says": the column's
    # line holds two voices
    ("The release is the right decision for the port. The crew union, which said on Monday that it was reckless "
     "and a disgrace, is wrong.", None),
    # ... and deny it a word or two on (review 43d)
    ("The release is the right decision for the port, and the owners have paid every fine. Freeing the trawlers "
     "is far from being a disgrace.", "Supportive"),
    ("The release is the right decision for the port, and the owners have paid every fine. Nor is it reckless to "
     "let the crews sail before the harvest.", "Supportive"),
    ("Neither the board nor the reckless chairman has apologised for the release. It is a disgrace, and the board "
     "should reverse it.", "Critical"),
], ids=["far from the only", "a union which said", "far from being", "nor is it", "nor the reckless"])
def test_denials_and_ideas_govern_only_what_they_say(text: str, frame: str | None) -> None:
    assert _column_frames(text) == ([frame] if frame else [])
