"""The perspectives outlets argue (evenhand.brief.narratives), each attributed to the outlets it comes from."""

from __future__ import annotations

import re

import pytest

from conftest import EXAMPLE
from evenhand.brief.compose import make_brief
from evenhand.ingest.extract import read_path
from evenhand.model import Article, Brief, Narrative

LABEL = re.compile(r"^(?P<frame>[\w-]+) narrative, as provided by (?P<outlets>.+)$")


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
        assert narrative.text == " ".join(s.text for s in narrative.support)
        for span in narrative.support:
            article = by_id[example_brief.sources[span.source - 1].article_id]
            assert article.text[span.start : span.end] == span.text


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
