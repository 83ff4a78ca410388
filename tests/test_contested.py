"""Claims on which outlets disagree (evenhand.brief.contested), shown side by side with their sources."""

from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import EXAMPLE
from evenhand.brief.compose import make_brief
from evenhand.brief.figures import figures
from evenhand.brief.segment import sentence as _sentence_at
from evenhand.config import load_config
from evenhand.ingest.extract import read_path
from evenhand.model import Article, Brief, Contested


@pytest.fixture(scope="module")
def example() -> tuple[Brief, list[Article]]:
    articles = read_path(EXAMPLE)
    return make_brief(articles), articles


def _outlets(brief: Brief, numbers: tuple[int, ...]) -> set[str]:
    return {brief.sources[n - 1].outlet for n in numbers}


def _dispute(brief: Brief, *values: str) -> Contested | None:
    wanted = {v.casefold() for v in values}
    for item in brief.contested:
        said = {c.value.casefold() for c in item.claims}
        if wanted <= said:
            return item
    return None


def test_example_contests_the_injury_toll(example: tuple[Brief, list[Article]]) -> None:
    brief, _ = example
    item = next(
        (c for c in brief.contested if {"40", "47"} <= {x.value.casefold().replace("forty-seven", "47")
                                                          for x in c.claims}),
        None,
    )
    assert item is not None, [(c.about, [x.value for x in c.claims]) for c in brief.contested]
    forty = next(c for c in item.claims if c.value == "40")
    forty_seven = next(c for c in item.claims if c.value != "40")
    assert not set(forty.sources) & set(forty_seven.sources)
    assert _outlets(brief, forty_seven.sources) == {"The Marrowick Ledger"}
    wire_courier_insider = {"Northgate Wire Service", "The Coastline Courier", "Portside Insider"}
    assert wire_courier_insider <= _outlets(brief, forty.sources)
    assert "The Marrowick Ledger" not in _outlets(brief, forty.sources)
    assert item.about


def test_example_contested_claims_cite_verbatim_sentences(example: tuple[Brief, list[Article]]) -> None:
    brief, articles = example
    by_id = {a.id: a for a in articles}
    assert brief.contested
    for item in brief.contested:
        for claim in item.claims:
            assert claim.sources == tuple(sorted({s.source for s in claim.support}))
            assert claim.text == claim.support[0].text
            for span in claim.support:
                text = by_id[brief.sources[span.source - 1].article_id].text
                assert text[span.start : span.end] == span.text


def test_example_claim_values_are_the_outlets_own_words(example: tuple[Brief, list[Article]]) -> None:
    brief, _ = example
    for item in brief.contested:
        for claim in item.claims:
            assert claim.value in claim.text


def test_example_contests_the_reopening_day(example: tuple[Brief, list[Article]]) -> None:
    # The port authority (wire, Post) says Friday; shipping agents quoted by Portside Insider say
    # "not ... until Monday". The example's README lists this as the second disagreement.
    brief, _ = example
    item = _dispute(brief, "Friday", "Monday")
    assert item is not None, [(c.about, [x.value for x in c.claims]) for c in brief.contested]
    monday = next(c for c in item.claims if c.value.casefold() == "monday")
    assert _outlets(brief, monday.sources) == {"Portside Insider"}


LEAD_A = ("A fire at the Ostermoor grain silo on Monday night forced the evacuation of the harbour district, "
          "the fire brigade said.")
LEAD_B = ("Firefighters fought a blaze at the grain silo in Ostermoor harbour on Monday night and cleared "
          "nearby streets.")


def _pair(a: str, b: str) -> Brief:
    return make_brief([
        Article(text=f"{LEAD_A}\n\n{a}", outlet="Ostermoor Herald", title="Silo fire in Ostermoor",
                id="herald"),
        Article(text=f"{LEAD_B}\n\n{b}", outlet="Vessen Gazette", title="Blaze at Ostermoor silo",
                id="gazette"),
    ])


def test_different_counts_of_the_same_thing_are_contested() -> None:
    brief = _pair(
        "The explosion at the silo injured 40 workers, the fire brigade said on Tuesday.",
        "The explosion at the silo injured 47 workers, according to the dockers' union.",
    )
    item = _dispute(brief, "40", "47")
    assert item is not None
    assert len(item.claims) == 2
    assert _outlets(brief, item.claims[0].sources) != _outlets(brief, item.claims[1].sources)
    by_value = {c.value: _outlets(brief, c.sources) for c in item.claims}
    assert by_value == {"40": {"Ostermoor Herald"}, "47": {"Vessen Gazette"}}


def test_two_counts_of_a_partys_seats_out_of_a_total_are_contested() -> None:
    # neus-val-0046, the 135th reading: "The Liberals took 156 seats of the 338 ..." and "... Liberal
    # Party had won 157 of 338 seats ..." sat in two facts with no flag: "157 of 338" was read as
    # counting nothing, and "Liberal Party" as a holder other than "the Liberals".
    brief = _pair(
        "The Harbour Party won 41 seats of the 90 in the Ostermoor council, the returning officer said.",
        "The Harbour Party had won 42 of 90 seats in the Ostermoor council, according to the returning officer.",
    )
    assert _dispute(brief, "41", "42") is not None


def test_a_count_by_the_dozen_is_no_figure_to_dispute() -> None:
    # The first reading of session 32 (multinews-006): "roughly two dozen staffers are being let go"
    # against "20 staffers lost their jobs" was printed as "how many staffers: dozen (1); 20 (2)":
    # "two dozen" is no dozen, and a count by the dozen is a round one.
    brief = _pair(
        "Roughly two dozen dockers were injured in the explosion at the silo, the fire brigade said.",
        "The explosion at the silo injured 20 dockers, according to the dockers' union.",
    )
    assert not brief.contested


def test_where_a_change_started_is_not_the_count_now() -> None:
    # allsides-5987 (session 33): "Economists had expected claims to fall to 400,000 from last week's
    # ... 406,000" against "claims ... fell to 385,000 last week" was printed as "how many last:
    # 385,000 (3); 406,000 (1)": the figure a change started from is the week before's.
    brief = _pair(
        "Port traffic fell to 385 ships last week, the harbour board said on Thursday.",
        "Traders had expected port traffic to fall to 400 ships from last week's 406 ships, the board said.",
    )
    assert _dispute(brief, "385", "406") is None


def test_two_parties_seats_are_not_a_dispute() -> None:
    brief = _pair(
        "The Harbour Party won 41 seats of the 90 in the Ostermoor council, the returning officer said.",
        "The Dockers Party won 32 of 90 seats in the Ostermoor council, according to the returning officer.",
    )
    assert _dispute(brief, "41", "32") is None


def test_different_days_for_the_same_event_are_contested() -> None:
    brief = _pair(
        "The port authority said the harbour would reopen to ships on Friday after engineers checked it.",
        "The port authority said the harbour would reopen to ships on Thursday after engineers checked it.",
    )
    assert _dispute(brief, "Friday", "Thursday") is not None


def test_a_part_is_not_a_dispute() -> None:
    brief = _pair(
        "The explosion at the silo injured 40 workers, six of them seriously, the fire brigade said.",
        "Six workers remain in hospital after the explosion at the silo, the hospital said on Tuesday.",
    )
    assert brief.contested == []


def test_the_same_figure_is_not_a_dispute() -> None:
    brief = _pair(
        "The explosion at the silo injured 40 workers, the fire brigade said on Tuesday.",
        "Forty workers were hurt by the explosion at the silo, the hospital said.",
    )
    assert brief.contested == []


def test_figures_of_different_things_are_not_a_dispute() -> None:
    brief = _pair(
        "The explosion at the silo injured 40 workers, the fire brigade said on Tuesday.",
        "The explosion at the silo was fought by 45 firefighters, the fire brigade said on Tuesday.",
    )
    assert brief.contested == []


def test_copies_of_one_report_do_not_dispute_each_other() -> None:
    text = f"{LEAD_A}\n\nThe explosion at the silo injured 40 workers, the fire brigade said on Tuesday."
    copy = text.replace("40 workers", "47 workers")
    brief = make_brief([
        Article(text=text, outlet="Ostermoor Herald", title="Silo fire", id="herald"),
        Article(text=copy, outlet="Vessen Gazette", title="Silo fire", id="gazette", independent_of="herald"),
    ])
    assert brief.contested == []


def test_not_until_one_day_against_another_day_is_contested() -> None:
    # "will not reopen until Monday" is a day, not a denial: it disputes "will reopen on Friday".
    brief = _pair(
        "The harbour will reopen to ships on Friday once engineers have checked the quay, officials said.",
        "The harbour will not reopen to ships until Monday because engineers are still checking the quay.",
    )
    assert _dispute(brief, "Friday", "Monday") is not None


def test_a_day_between_a_relative_clause_and_the_main_verb_is_not_disputed() -> None:
    # "who seized ... on Tuesday declared": the seizure's day or the declaration's, it does not say.
    brief = _pair(
        "Protesting dockers seized the harbour office on Monday, the fire brigade said.",
        "Dockers who seized the harbour office in Ostermoor on Tuesday declared a strike of the whole port.",
    )
    assert _dispute(brief, "Monday", "Tuesday") is None


def test_a_day_disputed_is_labelled_by_its_own_clause_and_subject() -> None:
    # "which day: and Reform died early" ran the end of an appositive into the verb.
    brief = _pair(
        "Ada Wren, the head of the Harbour Committee on Safety and Reform, died early Thursday in hospital.",
        "Harbour committee head Ada Wren died early Tuesday in hospital, her office said.",
    )
    item = _dispute(brief, "Thursday", "Tuesday")
    assert item is not None
    assert item.about in ("which day: Ada Wren died early", "which day: Wren died early"), item.about


def test_a_day_told_with_its_week_is_disputed_by_its_deed() -> None:
    # The ninetieth reading: multinews-057 printed one arrest twice, "arrested in the Argenteuil suburb
    # Thursday" and "arrested in a Paris suburb last Wednesday", with no contested point: "last" pushed
    # "arrested" out of the words that say what the day dates.
    brief = _pair(
        "Harbour police said the man was arrested in the Ostermoor dock district Thursday, and told officers of "
        "a plan to set the silo alight.",
        "The 23-year-old was arrested in an Ostermoor dock district last Wednesday after police were alerted by "
        "silo workers.",
    )
    item = _dispute(brief, "Thursday", "Wednesday")
    assert item is not None
    assert item.about == "which day: arrested in the Ostermoor dock district", item.about


def test_two_tallies_of_one_vote_are_contested() -> None:
    # allsides-5905: the Post's "220-to-190 party-line vote" and Fox's "The vote was 222-190" on the
    # House's Jan. 6 committee were a dispute no brief showed: a tally was read as two numbers, each
    # a range's end and neither a count.
    brief = _pair(
        "The harbour council's 22-to-19 vote to close the Ostermoor silo split the ruling party.",
        "The harbour council vote to close the Ostermoor silo was 21-19, with two party members against.",
    )
    item = _dispute(brief, "22-to-19", "21-19")
    assert item is not None, [(c.about, [x.value for x in c.claims]) for c in brief.contested]
    assert item.about == "the vote"
    by_value = {c.value: _outlets(brief, c.sources) for c in item.claims}
    assert by_value == {"22-to-19": {"Ostermoor Herald"}, "21-19": {"Vessen Gazette"}}


@pytest.mark.parametrize(("a", "b"), [
    # one tally in two wordings
    ("The harbour council voted 22 to 19 to close the Ostermoor silo.",
     "The harbour council vote to close the Ostermoor silo was 22-19."),
    # two roll calls on one measure: both counts differ
    ("The harbour council voted 94-1 to close the Ostermoor silo, ending a week of debate.",
     "The harbour council voted 92-6 to close the Ostermoor silo after a week of debate."),
    # two bodies' votes on one measure: other voters, other tallies
    ("The harbour council voted 22-19 to close the Ostermoor silo.",
     "The Veld parliament voted 84-13 to close the Ostermoor silo."),
    # a range is no vote's tally, a vote told beside it or not
    ("Grain prices at the Ostermoor silo rose 10-12 percent after the harbour council vote.",
     "Grain prices at the Ostermoor silo rose 11-12 percent after the harbour council vote."),
])
def test_one_tally_or_tallies_of_different_votes_are_not_disputed(a: str, b: str) -> None:
    brief = _pair(a, b)
    assert not brief.contested, [(c.about, [x.value for x in c.claims]) for c in brief.contested]


@pytest.mark.parametrize(("a", "b"), [
    # a sentence that gives the other's figure too gives its own of something else
    ("Organisers of the Ostermoor silo referendum collected 41,200 signatures on their petition, more than the "
     "38,000 the council requires.",
     "According to the council, 41,200 valid signatures were collected for the Ostermoor silo referendum, which "
     "exceeds the 38,500 signatures required."),
    # a day beside "tomorrow" is when it was said, not when it happened
    ("The harbour master announced on Tuesday that the Ostermoor silo would be torn down.",
     '"Tomorrow I will announce that the Ostermoor silo comes down," the harbour master said on Monday.'),
    # two days of one person's doings, not one deed's day (neus-val-0218: "suggested Wednesday" the op-ed's
    # writer was guilty of treason, "on Friday said" the Justice Department should find them)
    ("Harbour master Ada Wren suggested Wednesday that the anonymous writer of the Ostermoor silo letter was "
     "guilty of treason.",
     "Harbour master Ada Wren on Friday said that the police should find the anonymous writer of the Ostermoor "
     "silo letter."),
    # a count in one place the other does not name is a part of the whole
    ("The fire at the Ostermoor silo injured 40 workers across the harbour district, the brigade said.",
     "In Vessen, 31 workers were injured by the fire at the Ostermoor silo, the brigade said."),
    # a poll's margin of error is no count of what it measured (multinews-142: "how many percentage: 6; 3.5"
    # from a rise of 6 points beside a margin of error of 3.5 points)
    ("Since the last harbour poll in June, support for the Ostermoor silo plan has risen 6 percentage points.",
     "The harbour poll of support for the Ostermoor silo plan has a 3.5 percentage point margin of error."),
    ("Since the last harbour poll in June, support for the Ostermoor silo plan has risen 6 percentage points.",
     "Support for the Ostermoor silo plan was measured with a margin of error of plus or minus 3.5 percentage "
     "points."),
])
def test_figures_of_different_things_or_days_told_from_another_are_not_disputed(a: str, b: str) -> None:
    brief = _pair(a, b)
    assert not brief.contested, [(c.about, [x.value for x in c.claims]) for c in brief.contested]


def test_the_other_side_of_a_disputed_day_is_not_printed_as_a_fact_too() -> None:
    # neus-val-0238 led with "Cummings died early Thursday" and printed "... died early Tuesday ...,
    # the leader's office announced. He was 68." as a fact as well: the day was disputed in the
    # sentence alone, not in the unit that holds it, so nothing kept both from print.
    thursday = "Harbour committee head Ada Wren died early Thursday at Ostermoor hospital, her office said."
    tuesday = ("Harbour committee head Ada Wren died early Tuesday at Ostermoor hospital, her office announced. "
               "She was 68.")
    brief = make_brief([
        Article(text=thursday, outlet="Ostermoor Herald", title="Ada Wren dies", id="herald"),
        Article(text=thursday.replace("her office said", "a spokesman said"), outlet="Kessel Post",
                title="Harbour head dies", id="post"),
        Article(text=tuesday, outlet="Vessen Gazette", title="Ada Wren has died", id="gazette"),
    ])
    assert _dispute(brief, "Thursday", "Tuesday") is not None
    printed = [fact.text for fact in ([brief.lede] if brief.lede else []) + list(brief.facts)]
    assert any("Thursday" in text for text in printed), printed
    assert not any("Tuesday" in text for text in printed), printed


def _many_outlets(n: int) -> list[Article]:
    # The red team's: outlets retelling one fire, each with its own figures.
    return [
        Article(text=f"The explosion at the Ostermoor silo on Monday injured {30 + k} workers, the fire brigade "
                     f"said. About {80 + 3 * k} firefighters fought the blaze for {5 + k % 7} hours. The harbour "
                     f"master said {10 + 2 * k} ships waited to enter the port.",
                outlet=f"Harbour Outlet {k}", title=f"Silo fire, report {k}", id=f"outlet-{k}")
        for k in range(n)
    ]


def test_one_thing_disputed_by_many_outlets_is_one_bounded_point() -> None:
    # 40 outlets made 532 contested lines, 160 made 1,692, "how many workers" hundreds of times over:
    # the disputes of one label that share a sentence are one point, showing the figures most
    # outlets give; a brief shows the points most outlets take part in.
    config = load_config()
    brief = make_brief(_many_outlets(30), config=config)
    abouts = [item.about for item in brief.contested]
    assert brief.contested and len(abouts) == len(set(abouts)) <= config.brief.max_contested
    assert all(2 <= len(item.claims) <= config.brief.contested_claims for item in brief.contested)
    fewer = replace(config, brief=replace(config.brief, max_contested=1, contested_claims=2))
    (only,) = make_brief(_many_outlets(30), config=fewer).contested
    assert len(only.claims) == 2


def test_the_figures_compared_are_bounded_to_the_most_alike_pairs() -> None:
    config = load_config()
    capped = replace(config, limits=replace(config.limits, max_dispute_pairs=1))
    articles = _many_outlets(2)
    assert len(make_brief(articles, config=config).contested) == 3  # the injured, the hours, the ships
    assert len(make_brief(articles, config=capped).contested) == 1


def test_a_figure_in_millions_is_counted_in_millions() -> None:
    # A tryout's "how many container: two; 1.2": "two container terminals" against "1.2 million
    # containers", read without "million".
    different = _pair(
        "The silo's owner plans to rebuild two grain terminals at the Ostermoor quay by 2027.",
        "The Ostermoor quay handled 1.2 million tonnes of grain last year, its owner said.",
    )
    assert not different.contested
    disputed = _pair(
        "The Ostermoor quay handled 1.2 million tonnes of grain last year, its owner said.",
        "The Ostermoor quay handled 1.4 million tonnes of grain last year, the port authority said.",
    )
    item = _dispute(disputed, "1.2 million", "1.4 million")
    assert item is not None, [(c.about, [x.value for x in c.claims]) for c in disputed.contested]


def test_each_outlet_giving_one_side_of_a_dispute_is_cited_for_it() -> None:
    # The example's "which day: to reopen the harbour: Friday (6); Monday (5)", where four outlets more
    # said Friday in their own words: only the pair most alike across the sides had been counted.
    brief = make_brief([
        Article(text=f"{LEAD_A}\n\nThe port authority expects to reopen the harbour on Friday.",
                outlet="Ostermoor Herald", title="Silo fire in Ostermoor", id="herald"),
        Article(text=f"{LEAD_B}\n\nThe harbour, shut since the blaze, is due to reopen on Friday, the port said.",
                outlet="Vessen Gazette", title="Blaze at Ostermoor silo", id="gazette"),
        Article(text="Smoke hung over Ostermoor's grain silo on Tuesday after a night fire.\n\nThe harbour will not "
                     "reopen until Monday, according to two shipping agents briefed by the port.",
                outlet="Quay Daily", title="Ostermoor harbour shut", id="quay"),
    ])
    item = _dispute(brief, "Friday", "Monday")
    assert item is not None, [(c.about, [x.value for x in c.claims]) for c in brief.contested]
    by_value = {c.value: _outlets(brief, c.sources) for c in item.claims}
    assert by_value == {"Friday": {"Ostermoor Herald", "Vessen Gazette"}, "Monday": {"Quay Daily"}}


def test_a_disputed_share_is_shown_with_its_unit_and_labelled_by_what_it_measures() -> None:
    # reading 39b, neus-val-0030: "how many percent: 13 (1); 12% (2)" named no quantity and gave one unit
    told = [
        figure for text in (
            "The harbour board said 2,100 crossings were made in July, a 13 percent increase over June.",
            "Ferry crossings rose to 2,100 in July, a 12% increase over the previous month.",
        ) for figure in figures(_sentence_at(0, text, 0, len(text), 0)) if figure.value in ("13", "12")
    ]
    assert [(f.surface, f.label) for f in told] == [
        ("13 percent", "the increase in percent"), ("12%", "the increase in percent"),
    ]
