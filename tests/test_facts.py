"""Which sentences of different outlets state one fact (evenhand.brief.group), and how a fact is
shortened (evenhand.brief.wording)."""

from __future__ import annotations

import re

import numpy as np
import pytest

from conftest import EXAMPLE
from evenhand.brief.compose import make_brief
from evenhand.brief.features import dates_in, numbers_in
from evenhand.brief.group import agree, group_sentences, similarity
from evenhand.brief.segment import segment, segment_all
from evenhand.brief.wording import compress
from evenhand.config import load_config
from evenhand.embed import load_embedder
from evenhand.ingest.extract import read_path
from evenhand.model import Article, Brief, Sentence

CONFIG = load_config()


def _sentence(text: str, article: int = 0) -> Sentence:
    (s,) = segment(Article(text=text, outlet="Test"), article)
    return s


@pytest.mark.parametrize(("a", "b"), [
    ("The fire injured 40 workers at the terminal on Tuesday.",
     "The fire injured 47 workers at the terminal on Tuesday."),
    ("The port will reopen on Friday, the harbour master said.",
     "The port will reopen on Monday, the harbour master said."),
    ("The terminal was last inspected in March 2024 by the board.",
     "The terminal was last inspected in March 2023 by the board."),
    ("Two workers were killed in the blast at the terminal.",
     "No workers were killed in the blast at the terminal."),
    ("The minister attended the hearing at the town hall.",
     "The minister did not attend the hearing at the town hall."),
])
def test_clashing_figures_days_or_negation_refuse_a_merge(a: str, b: str) -> None:
    assert not agree(_sentence(a), _sentence(b, 1))


@pytest.mark.parametrize(("a", "b"), [
    ("Forty-seven dock workers were hurt in the blast on Tuesday.",
     "The explosion injured 47 people on Tuesday."),
    ("The blast came at 3:40 a.m. on Tuesday.",
     "The fire started at about 3:40 in the morning, officials said."),
    ("Around 120 firefighters fought the flames.",
     "Crews needed 120 firefighters and nine hours to put the fire out."),
    ("The harbour was closed to shipping.",
     "Fourteen ships waited at anchor outside the harbour."),
    ("No one was killed in the fire at the terminal.",
     "Nobody died in the fire at the terminal."),
])
def test_agreeing_or_unrelated_figures_allow_a_merge(a: str, b: str) -> None:
    assert agree(_sentence(a), _sentence(b, 1))


# Two fictional outlets on one flood, in their own words.
HERALD = Article(
    text=(
        "Flood water forced the closure of the Ostermoor ring road on Monday, the county council said.\n\n"
        "Engineers found a crack in the Ammel bridge on Monday and closed it to lorries.\n\n"
        "The council will spend 3 million euros on repairs to the river walls this year."
    ),
    outlet="Ostermoor Herald", title="Ring road shut by flood", id="herald",
)
GAZETTE = Article(
    text=(
        "The county council closed the Ostermoor ring road on Monday because of flooding.\n\n"
        "The council said the ring road would stay shut until the water level falls below two metres.\n\n"
        "Repairs to the river walls will cost the council 5 million euros over the next year."
    ),
    outlet="Vessen Gazette", title="Floods close Ostermoor ring road", id="gazette",
)


@pytest.fixture(scope="module")
def flood_groups() -> list[set[str]]:
    sentences = [s for group in segment_all([HERALD, GAZETTE]) for s in group]
    embeddings = load_embedder("wordllama").embed([s.text for s in sentences])
    sim = similarity(sentences, np.asarray(embeddings), CONFIG)
    return [{sentences[k].text for k in group} for group in group_sentences(sentences, sim, CONFIG)]


def _group_of(groups: list[set[str]], fragment: str) -> set[str]:
    return next(g for g in groups if any(fragment in t for t in g))


def test_paraphrases_of_one_fact_group(flood_groups: list[set[str]]) -> None:
    group = _group_of(flood_groups, "Flood water forced the closure")
    assert any("closed the Ostermoor ring road on Monday because of flooding" in t for t in group)
    assert len(group) == 2


def test_same_topic_different_fact_does_not_join(flood_groups: list[set[str]]) -> None:
    assert _group_of(flood_groups, "stay shut until the water level") == {
        "The council said the ring road would stay shut until the water level falls below two metres."
    }


def test_same_topic_different_figure_does_not_join(flood_groups: list[set[str]]) -> None:
    assert len(_group_of(flood_groups, "3 million euros")) == 1
    assert len(_group_of(flood_groups, "5 million euros")) == 1


def test_no_group_holds_two_sentences_of_one_article(flood_groups: list[set[str]]) -> None:
    herald = set(HERALD.text.split("\n\n"))
    for group in flood_groups:
        assert len(group & herald) <= 1


def test_the_brief_cites_both_outlets_for_the_shared_fact_only() -> None:
    brief = make_brief([HERALD, GAZETTE])
    facts = ([brief.lede] if brief.lede else []) + brief.facts
    shared = [f for f in facts if "ring road" in f.text and "Monday" in f.text]
    assert len(shared) == 1
    assert shared[0].sources == (1, 2) and shared[0].independent == 2
    alone = [f for f in facts if "two metres" in f.text]
    assert all(len(f.sources) == 1 for f in alone)


# A fact cites every outlet whose sentence supports it, so each figure and day it states must be
# in every one of those sentences: an outlet that reported only a part of the fact (six in
# hospital) must not be cited for the whole (forty injured).

def _figures(text: str) -> frozenset[str]:
    """Counts, times and days; a number that is part of a name ("Pier 6", "Oct 14") is not a figure."""
    names = re.compile(r"(?<=[\w,] )\b[A-Z][a-z]*\.? \d+\b")
    return numbers_in(names.sub(" ", text)) | {d for d in dates_in(text) if d.isalpha()}


def _unsupported_figures(brief: Brief) -> list[tuple[str, int, set[str]]]:
    problems = []
    for fact in ([brief.lede] if brief.lede else []) + brief.facts:
        stated = _figures(fact.text)
        for support in fact.support:
            missing = stated - _figures(support.text)
            if missing:
                problems.append((fact.text[:70], support.source, set(missing)))
    return problems


def test_a_part_of_a_fact_is_not_cited_for_the_whole() -> None:
    whole = Article(
        text=("A fire at the Ostermoor grain silo on Monday night forced the evacuation of the harbour "
              "district.\n\nThe explosion at the silo injured 40 workers, six of them seriously, the fire "
              "brigade said."),
        outlet="Ostermoor Herald", title="Silo fire injures 40", id="whole",
    )
    part = Article(
        text=("Firefighters fought a blaze at the grain silo in Ostermoor harbour on Monday night.\n\n"
              "Six workers remain in hospital after the explosion at the silo, the hospital said."),
        outlet="Vessen Gazette", title="Six in hospital after silo blast", id="part",
    )
    brief = make_brief([whole, part])
    assert not _unsupported_figures(brief)


def test_every_figure_of_an_example_fact_is_in_each_sentence_cited_for_it(example_brief: Brief) -> None:
    assert not _unsupported_figures(example_brief)


# compress: deletion only.

def _tokens(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+|[\"“”]", text.lower())


def _is_deletion_of(short: str, long: str) -> bool:
    remaining = iter(_tokens(long))
    return all(token in remaining for token in _tokens(short))


COMPRESSIBLE = [
    "Notably, the ferry stayed in the marina for the whole of the week.",
    "MARROWICK, Oct 14 (NWS) - An explosion and fire tore through a grain terminal, the fire service said.",
]


@pytest.mark.parametrize("text", COMPRESSIBLE)
def test_compress_only_deletes_words(text: str) -> None:
    short = compress(text)
    assert short != text
    assert _is_deletion_of(short, text), (short, text)
    assert short[0].isupper() and short.rstrip()[-1] in ".!?\"”"


def test_compress_deletion_only_on_every_seed_sentence(seed_articles: list[Article]) -> None:
    changed = 0
    for sentences in segment_all(seed_articles):
        for s in sentences:
            short = compress(s.text)
            assert _is_deletion_of(short, s.text), (short, s.text)
            changed += short != s.text
    assert changed > 0


@pytest.mark.parametrize("text", [
    '"We will reopen the road as soon as it is safe," the council\'s highways chief, Anna Roth, said.',
    "“The crews faced intense heat inside the silos,” Chief Fire Officer Idris Penhallow said.",
    'Roth said the road was "not safe for anyone" until the water falls, the council said.',
])
def test_compress_keeps_a_quote_with_its_speaker(text: str) -> None:
    assert compress(text) == text


@pytest.mark.parametrize("text", [
    "However, the council closed the Ostermoor ring road on Monday, officials said.",
    "According to the county council, the ring road will stay closed until Friday.",
    "The council (which meets on Thursdays) closed the ring road on Monday.",
    "The ring road was closed on Monday, the council said on Tuesday.",
    "Per Japan's news agency Kyodo, the train reached the border station on Tuesday.",
    "The mayor reportedly knew of the cracks in the quay wall since May.",
])
def test_compress_keeps_attributions_hedges_contrasts_and_asides(text: str) -> None:
    # Who says it, how sure they are and what it contrasts with are part of what it says.
    assert compress(text) == text


def test_compress_leaves_a_short_sentence_whole() -> None:
    assert compress("However, the road reopened.") == "However, the road reopened."


@pytest.mark.parametrize(("text", "wrong_start"), [
    ("So far, 12 people have died in the floods across the valley.", "Far,"),
    ("Now 82, Olga Brandt has run the bakery on Mill Lane for sixty years.", "82,"),
])
def test_compress_does_not_cut_a_phrase_that_starts_with_a_connective(text: str, wrong_start: str) -> None:
    assert not compress(text).startswith(wrong_start)


# What the example's outlets agree on in different words (src/evenhand/example/README.md): each is
# one fact of the brief, corroborated by the outlets that report it, not repeated per outlet.
AGREED = {
    "the blast at about 3:40 a.m.": r"3:40",
    "about 120 firefighters": r"120 firefighters",
    "14 ships waiting": r"\b(?:14|[Ff]ourteen)\b.*\b(?:ships|vessels)\b",
    "2.3 million tonnes of grain a year": r"2\.3 million tonnes",
    "an inquiry reporting within 90 days": r"90 days",
    "six seriously hurt": r"\b[Ss]ix\b.*\bserious",
}


@pytest.fixture(scope="module")
def example_brief() -> Brief:
    # Deep enough to hold every fact the outlets share, not only the seven a default brief prints.
    deep = CONFIG.__class__(**{**{f: getattr(CONFIG, f) for f in CONFIG.__dataclass_fields__}})
    from dataclasses import replace

    return make_brief(read_path(EXAMPLE), config=replace(deep, brief=replace(deep.brief, max_facts=20)))


@pytest.mark.parametrize("item", list(AGREED))
def test_what_outlets_agree_on_is_one_corroborated_fact(example_brief: Brief, item: str) -> None:
    facts = ([example_brief.lede] if example_brief.lede else []) + example_brief.facts
    matching = [f for f in facts if re.search(AGREED[item], f.text)]
    assert len(matching) == 1, [(f.text, f.sources) for f in matching]
    assert matching[0].independent >= 2, (matching[0].text, matching[0].sources)


def test_a_sentence_that_is_only_a_quotation_is_not_printed_as_a_fact() -> None:
    from evenhand.brief.compose import make_brief
    from evenhand.model import Article

    lead = "The Veyra bridge in Talmoor was closed on Tuesday after inspectors found cracks in two beams."
    quote = '"It is far too early to say when the bridge will reopen."'
    first = Article(text=f"{lead} {quote}", outlet="Talmoor Post", id="a")
    second = Article(text=f"The Veyra bridge was shut on Tuesday because of cracks in two beams. {quote}",
                     outlet="Coast Wire", id="b")
    brief = make_brief([first, second])
    texts = [f.text for f in ([brief.lede] if brief.lede else []) + brief.facts]
    assert texts and all("far too early" not in t for t in texts)
