"""A column's title as its narrative, where its sentences give no line of argument (brief/theses.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from evenhand import Article, brief_to_dict, make_brief
from evenhand.brief.segment import run_in_title
from evenhand.brief.theses import thesis
from evenhand.outlets import label_narratives

REPORT = Article(
    text=(
        "The Ostermoor council voted on Tuesday to charge a levy of 40 euros a tonne on fish landed at the "
        "harbour. The levy takes effect in June and will pay for new piers, the council said."
    ),
    outlet="Quay Daily", title="Ostermoor council votes harbour levy", url="https://quaydaily.example/news/levy",
    id="r",
)


# What a feed gives of a column: its set-up, an anecdote arguing nothing, one per column.
ANECDOTES = {
    "c": "At five in the morning the quay at Ostermoor is already loud with gulls. Piet Anker has landed fish "
         "there for thirty years, as his father did before him.",
    "d": "My grandmother kept the harbour café for forty years. On winter nights she fed the crews soup at the "
         "long table by the stove.",
    "e": "The smallest boats come in last, after the trawlers have unloaded. Olav Tal mends his nets on the slip "
         "while the auction hall empties.",
}


def _column(title: str, outlet: str = "Veld Post", rating: str | None = None, id: str = "c",
            section: str = "opinion", site: str = "") -> Article:
    """A column whose snippet is its set-up, as feeds give them."""
    return Article(
        text=ANECDOTES[id], outlet=outlet, title=title,
        url=f"https://{site or id + '.example'}/{section}/2030/05/levy", id=id, rating=rating,
    )


@pytest.mark.parametrize(("title", "said"), [
    ("The Harbour Levy Is a Tax on Fishermen", "The Harbour Levy Is a Tax on Fishermen"),
    ("Keep the Ferry Running. The Island Needs It.", "Keep the Ferry Running. The Island Needs It."),
    ("Opinion: The council was wrong to vote for the levy", "The council was wrong to vote for the levy"),
    ("Why the Harbour Levy Must Go", "Why the Harbour Levy Must Go"),
    ("The levy is a gamble. Now it may fail..", "The levy is a gamble. Now it may fail."),
    ("Ostermoor's Piers Deserve Better Than a Levy", "Ostermoor's Piers Deserve Better Than a Levy"),
    ("Time to scrap the harbour levy", "Time to scrap the harbour levy"),
    ("The Court Got It Right on the Levy", "The Court Got It Right on the Levy"),
    ("Harbour levy: It must go", "Harbour levy: It must go"),  # a topic before the colon
    ("The levy is a tax on fishermen | Opinion", "The levy is a tax on fishermen"),  # the site's residue
    ("Analysis - The levy is a tax on fishermen", "The levy is a tax on fishermen"),
    ("The levy is a tax on fishermen - Opinion - The Veld Post", "The levy is a tax on fishermen"),
    # review 44b: calls and claims the question and list rules took
    ("Do Not Close the Harbour Library", "Do Not Close the Harbour Library"),
    ("Why Harbour Levies Make Sense", "Why Harbour Levies Make Sense"),
    ("Why I’m Voting Against the Levy", "Why I’m Voting Against the Levy"),
])
def test_a_title_that_claims_or_calls_is_a_thesis(title: str, said: str) -> None:
    assert thesis(title, "The Veld Post") == said


@pytest.mark.parametrize("title", [
    "Is the Harbour Levy Fair?",  # asks
    "The levy vote: will the council back down?.",
    "Ferries and Freedom on the Coast",  # a topic: no verb
    "Big Changes at the Ostermoor Harbour",
    "What the Levy Means for the Coast",  # names what it explains without saying it
    "How the Levy Came to Be Passed",
    "Harbour Union Calls for Strike Over Levy",  # another's call, reported
    "Fishermen Say the Levy Will Ruin Them",
    "Mayor Ada Wren: the levy will pass",  # a speaker's claim
    "It is time to scrap the levy: economist",
    "Council's \u201cfair share\u201d levy is passed",  # a quotation
    "I want your vote for mayor, and here's what I will do for the harbour",  # a teaser
    "Why you should care about the harbour levy",
    "Levy is wrong",  # too short to say what
    # review 44a: past tense alone tells what happened (neus-val-0249's "... was a history-making gamble.
    # Now it may not happen", labelled no argument); "-ed" names too ("Hundred", "Hatred")
    "The Levy Vote Was a Gamble. Now It May Not Happen",
    "Council Passed the Harbour Levy on Tuesday",
    "The Politics of Hatred on the Coast",
    # ... a noun that opens a title is no call ("End of an Era ...")
    "End of an Era for the Harbour",
    "Ban on Fishing Nets Begins Monday",
    "Make-or-Break Week for the Council",
    # ... nor a speaker's claim, a study's finding, a question without its mark, a teaser, a cut title
    "Obama: 'We must act on the levy'",
    "Experts warn the levy will hurt fishermen",
    "The levy will hurt fishermen, economists warn",
    "Study finds the levy hurts small boats",
    "Is the Harbour Levy Fair",
    "Why is everyone angry about the levy",
    "Everything you need to know about the levy",
    "The levy will hurt the …",
    "Here Are the Key Takeaways From the Levy Vote",
    "Things You Should Know Before the Levy Vote",
    "Council Plans to Keep the Harbour Levy",  # a plan, not a claim of the writer's
    "The levy | a tax on fishermen",  # the residue of a page's title bar
])
def test_a_title_that_asks_names_or_reports_is_no_thesis(title: str) -> None:
    assert thesis(title) == ""


def test_a_column_whose_sentences_argue_nothing_gives_its_title_as_its_narrative() -> None:
    # Read on the AllSides stream: 52 of its 70 columns, 90-word snippets of a set-up, gave no narrative,
    # though each title states the writer's point.
    column = _column("The Harbour Levy Is a Tax on Fishermen")
    brief = make_brief([REPORT, column])
    assert [(n.label, n.text) for n in brief.narratives] == [
        ("Commentary narrative, as provided by Veld Post", "“The Harbour Levy Is a Tax on Fishermen”"),
    ]
    (span,) = brief.narratives[0].support
    source = brief.sources[span.source - 1]
    assert source.article_id == "c" and span.part == "title" and span.span_in(column) == span.text
    assert brief_to_dict(brief)["narratives"][0]["support"][0]["part"] == "title"
    # a fact's support keeps the shape it had: no "part" key
    assert all("part" not in s for s in brief_to_dict(brief)["lede_support"])


def test_a_shows_page_in_an_opinion_section_gives_no_title_narrative() -> None:
    # Read on the AllSides stream (labels of session 44): a podcast episode's blurb, filed under an
    # opinion outlet, had its title printed as the outlet's argument.
    episode = Article(
        text="On this episode of the Veld Post Hour, Ada Wren joins us to talk about the levy and the harbour.",
        outlet="Veld Post", title="Ostermoor's Piers Deserve the Levy", url="https://c.example/opinion/hour", id="c",
    )
    assert make_brief([REPORT, episode]).narratives == []


def test_a_titles_thesis_is_followed_by_the_columns_verdict_where_its_opening_gives_one() -> None:
    # Reading 44a (allsides-6089): a title alone ("... Reaction ... Is Telling") said neither whose
    # reaction nor what of it; the column's first sentence gave its verdict and was left out.
    title = "The Reaction to the Levy Vote Is Telling"
    verdict = "The council passed the levy on Tuesday after a disgraceful campaign of scaremongering."
    column = Article(
        text=f"{verdict} Piet Anker has landed fish at Ostermoor for thirty years, as his father did before him.",
        outlet="Veld Post", title=title, url="https://c.example/opinion/2030/05/levy", id="c",
    )
    (narrative,) = make_brief([REPORT, column]).narratives
    assert narrative.text == f"“{title}”: {verdict}"  # (a colon: not one sentence glued, reading 51b)
    # ... where the title has no full stop of its own, inside its closing quotation mark or not (review 51c)
    stopped = replace(column, title="The Levy Is Not ‘Fairness.’")
    assert [n.text for n in make_brief([REPORT, stopped]).narratives] == [f"“The Levy Is Not ‘Fairness.’” {verdict}"]
    assert [(s.part, s.text) for s in narrative.support] == [("title", title), ("text", verdict)]
    assert narrative.support[1].span_in(column) == verdict
    # ... the writer's verdict, not a speaker's the column quotes
    quoted = replace(column, text=f"“The levy is a disgrace,” said Piet Anker, who has fished here for thirty "
                                  f"years. {column.text.split('. ', 1)[1]}")
    assert [n.text for n in make_brief([REPORT, quoted]).narratives] == [f"“{title}”"]


@pytest.mark.parametrize("opening", [
    # a verdict the sentence after turns or mocks
    "The council passed a brilliant levy on Tuesday. What could possibly go wrong?",
    "The council passed a brilliant levy on Tuesday. Or so the council would have us believe.",
    # ... one the sentence gives to others
    "Fishermen think the levy the council passed on Tuesday is a disgrace.",
    # ... a verdict on something the title does not name, or the other way from the title's
    "The new ferry timetable is a disgrace for the islanders.",
])
def test_a_titles_reason_is_the_writers_own_verdict_on_what_the_title_names(opening: str) -> None:
    # Review 44b: the sentence after a title was any opening verdict, however the column went on.
    title = "The Harbour Levy Is a Disgrace"
    column = Article(
        text=f"{opening} Piet Anker has landed fish at Ostermoor for thirty years, as his father did before him.",
        outlet="Veld Post", title=title, url="https://c.example/opinion/2030/05/levy", id="c",
    )
    assert [n.text for n in make_brief([REPORT, column]).narratives] == [f"“{title}”"]


def test_a_first_person_title_over_a_news_report_is_no_thesis() -> None:
    # Review 44b: a report titled in its subject's words ("I Will Not Scrap the Levy") is filed as
    # argument by that title alone; the words are the mayor's, not the outlet's argument.
    report = Article(
        text="Mayor Ada Wren said on Wednesday that the harbour levy would stay, despite protests by fishermen.",
        outlet="Coast Herald", title="I Will Not Scrap the Harbour Levy", url="https://d.example/news/2030/05/levy",
        id="d",
    )
    assert make_brief([REPORT, report]).narratives == []


def test_a_title_narrative_is_written_and_traced_as_the_cli_prints_it() -> None:
    from evenhand import render_markdown

    column = _column("  The Harbour Levy\nIs a Tax on Fishermen  ")
    brief = make_brief([REPORT, column])
    assert "- Commentary narrative, as provided by Veld Post. “The Harbour Levy Is a Tax on Fishermen”" in (
        render_markdown(brief)
    )
    data = brief_to_dict(brief)
    (span,) = data["narratives"][0]["support"]
    source = data["sources"][span["source"] - 1]
    assert span["part"] == "title" and source["title"][span["start"] : span["end"]] == span["text"]


def test_a_reports_title_is_never_a_narrative() -> None:
    report = _column("The Harbour Levy Is a Tax on Fishermen", section="news")
    assert make_brief([REPORT, report]).narratives == []


def test_a_columnist_argues_their_titles_thesis() -> None:
    column = _column("The Harbour Levy Is a Tax on Fishermen", outlet="Ada Wren", site="www.theguardian.com")
    assert [(n.label, n.speaker) for n in make_brief([REPORT, column]).narratives] == [
        ("Commentary narrative, argued by Ada Wren, as provided by The Guardian", "Ada Wren"),
    ]


def test_two_sides_columns_titles_are_labelled_by_side() -> None:
    # Issue 8: where a left and a right outlet each argue the story in a column, their narratives are
    # labelled by where the outlets stand.
    articles = [
        REPORT,
        _column("The Harbour Levy Is a Tax on Fishermen", outlet="Veld Post", rating="Right", id="c"),
        _column("Ostermoor's Piers Deserve the Levy", outlet="Coast Herald", rating="Left", id="d"),
    ]
    brief = label_narratives(make_brief(articles), None, articles=articles)
    assert sorted((n.label, n.side) for n in brief.narratives) == [
        ("Left narrative, as provided by Coast Herald", "left"),
        ("Right narrative, as provided by Veld Post", "right"),
    ]


def test_titles_fill_only_the_room_other_outlets_first() -> None:
    articles = [
        REPORT,
        _column("The Harbour Levy Is a Tax on Fishermen", outlet="Veld Post", id="c"),
        _column("The Levy Punishes the Smallest Boats", outlet="Veld Post", id="e"),
        _column("Ostermoor's Piers Deserve the Levy", outlet="Coast Herald", id="d"),
    ]
    narratives = make_brief(articles).narratives
    assert [n.text for n in narratives] == [
        "“The Harbour Levy Is a Tax on Fishermen”", "“Ostermoor's Piers Deserve the Levy”",
    ]
    # a story of one source has room for one
    assert [n.text for n in make_brief(articles[1:2]).narratives] == ["“The Harbour Levy Is a Tax on Fishermen”"]


def test_the_room_goes_to_the_column_standing_furthest_from_those_heard_where_articles_record_it() -> None:
    # Reading 44c (allsides-5870): two columns of one side filled the room in article order and the
    # other side's column, whose title was a thesis too, went unprinted.
    articles = [
        REPORT,
        _column("The Harbour Levy Is a Tax on Fishermen", outlet="Veld Post", rating="Left", id="c"),
        _column("The Levy Will Ruin the Smallest Boats", outlet="Coast Herald", rating="Lean Left", id="e"),
        _column("Ostermoor's Piers Deserve the Levy", outlet="Harbour Times", rating="Right", id="d"),
    ]
    assert [n.label for n in make_brief(articles).narratives] == [
        "Commentary narrative, as provided by Veld Post", "Commentary narrative, as provided by Harbour Times",
    ]
    # without records, the order of the articles
    unrated = [replace(a, rating=None) for a in articles]
    assert [n.label for n in make_brief(unrated).narratives] == [
        "Commentary narrative, as provided by Veld Post", "Commentary narrative, as provided by Coast Herald",
    ]


def test_a_title_two_pages_carry_is_printed_once() -> None:
    # Review 44a: a column syndicated to two outlets printed its title twice.
    articles = [
        REPORT,
        _column("The Harbour Levy Is a Tax on Fishermen", outlet="Veld Post", id="c"),
        _column("The Harbour Levy Is a Tax on Fishermen", outlet="Coast Herald", id="d"),
    ]
    assert [n.text for n in make_brief(articles).narratives] == ["“The Harbour Levy Is a Tax on Fishermen”"]


def test_a_column_whose_line_was_found_but_not_chosen_gives_no_title() -> None:
    # Review 44a: a column argues in its sentences where a line of them was found, printed or not (two
    # outlets' lines of one framing: one is shown); its title would stand in for that line as Commentary.
    def column(id: str, outlet: str, text: str, title: str) -> Article:
        return Article(text=text, outlet=outlet, title=title, url=f"https://{id}.example/opinion/levy", id=id)

    against = column("c", "Veld Post", (
        "The levy is an economic mistake that will cost the harbour its trade. It should be scrapped before the "
        "budget collapses, and the council must admit the market will not bear the price."
    ), "The Harbour Levy Is a Tax on Fishermen")
    for_ = column("d", "Coast Herald", (
        "The levy is a sensible economic choice that will fund growth in the harbour's trade. The council should "
        "keep it, because investment in the piers must come before the budget runs dry."
    ), "Ostermoor's Piers Deserve the Levy")
    narratives = make_brief([REPORT, against, for_]).narratives
    assert [(n.label, n.text.split(".")[0]) for n in narratives] == [
        ("Economic narrative, as provided by Veld Post",
         "The levy is an economic mistake that will cost the harbour its trade"),
    ]


def test_a_title_run_in_from_an_untitled_pages_text_is_no_thesis() -> None:
    # Review 44a: a page without a title may have run it into its text before its byline; that is words
    # of its text (the brief's headline may use it), not a title its narrative can be cited to.
    column = replace(_column(""), text="The Harbour Levy Is a Tax on Fishermen By Ada Wren - " + ANECDOTES["c"])
    assert run_in_title(column.text) == "The Harbour Levy Is a Tax on Fishermen"
    assert make_brief([REPORT, column]).narratives == []


def test_a_column_that_argues_in_its_sentences_gives_that_line_not_its_title() -> None:
    column = Article(
        text=(
            "The Ostermoor council voted on Tuesday to charge a levy on fish landed at the harbour. The levy is "
            "a disgrace and a betrayal of the fishermen who built this town. The council should repeal it before "
            "the season opens, and it must apologise to every crew it has ignored."
        ),
        outlet="Veld Post", title="The Harbour Levy Is a Tax on Fishermen", url="https://c.example/opinion/levy",
        id="c",
    )
    narratives = make_brief([REPORT, column]).narratives
    assert len(narratives) == 1 and not narratives[0].text.startswith("“"), narratives
    assert all(s.part == "text" for s in narratives[0].support)
