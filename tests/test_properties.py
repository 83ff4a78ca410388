"""Properties that hold for any input text, checked on generated text and on random mixes of real
articles (hypothesis): the pipeline never raises on text it is given, and every citation it makes
points at the text it quotes."""

from __future__ import annotations

from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit_eval import AUDIT_SETS, stream_stories
from evenhand import InputError, article_from_record, load_config
from evenhand.brief.compose import make_brief
from evenhand.brief.segment import segment
from evenhand.ingest.clean import clean
from evenhand.model import Article, Brief, parse_datetime
from quality_eval import DATA_DIR, _record, load_clusters

# Words, numbers, punctuation, quotes, line breaks and a few scripts: the material of pages.
_PIECES = st.sampled_from([
    "Kim", "Putin", "said", "the", "council", "voted", "on", "Tuesday", "40", "3:40 a.m.", "forty-seven",
    "not", "U.S.", "Mr.", "\"", "“", "”", "?", "#tag", "©", "2023", "you", "We", "—", "(", ")", ",", ".",
    "\n", "\n\n", "登录", "Москва", "   ", "Leave a Comment", "Sign in", "\t", "!", ";", ":",
])
TEXT = st.lists(_PIECES, max_size=120).map(" ".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXT)
def test_clean_never_raises_and_keeps_only_text_it_was_given(text: str) -> None:
    cleaned = clean(text)
    for paragraph in cleaned.text.split("\n\n"):
        assert paragraph.strip() == paragraph
        assert all(word in " ".join(text.split()) for word in paragraph.split())


@SETTINGS
@given(TEXT)
def test_sentence_offsets_always_index_the_text(text: str) -> None:
    article = Article(text=clean(text).text or text, outlet="X")
    for s in segment(article, 0):
        assert article.text[s.start : s.end] == s.text
        assert s.text.strip() == s.text


_DATE_PARTS = st.sampled_from(
    ["Sept.", "Sep", "May", "mar.", "12", "31", "0", "2031", "0000", ":", ".", "p.m.", "a.m.", "PM", " ", ",", "-",
     "at", "EDT", "(", "UTC", "2031-13-45", "1:61", "25:00", "Published", "\n"]
)


@given(st.lists(_DATE_PARTS, max_size=12).map("".join) | st.text(max_size=80))
def test_reading_a_date_never_raises(text: str) -> None:
    # "Sept. 4, 2012" in an article's dateline raised KeyError before anything landed.
    moment = parse_datetime(text)
    assert moment is None or moment.tzinfo is not None


@SETTINGS
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_briefs_of_any_text_cite_verbatim(texts: list[str]) -> None:
    articles = [Article(text=clean(t).text or t, outlet=f"Outlet {i}", id=str(i)) for i, t in enumerate(texts)]
    _assert_verbatim(make_brief(articles), articles)


@lru_cache(maxsize=1)
def _real_articles() -> tuple[Article, ...]:
    """Every readable article of the three audit sets in ../shared (their stories mixed at random
    make clusters no reading was tuned on)."""
    records = [
        a for name in ("multinews", "neus") for c in load_clusters(DATA_DIR / AUDIT_SETS[name]) for a in c["articles"]
    ] + [a for c in stream_stories(DATA_DIR / AUDIT_SETS["stream"]) for a in c["articles"]]
    articles = []
    for number, record in enumerate(records, start=1):
        try:
            articles.append(article_from_record(_record(record, number), origin=f"shared#{number}"))
        except InputError:
            continue
    return tuple(articles)


@pytest.mark.skipif(
    not all((DATA_DIR / name).is_file() for name in AUDIT_SETS.values()), reason=f"the audit sets are not in {DATA_DIR}"
)
@SETTINGS
@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=5), st.sampled_from([0, 60, 250]))
def test_briefs_of_any_mix_of_real_articles_cite_verbatim(picks: list[int], budget: int) -> None:
    # Mixes of real articles, some given twice, at the default length and two word budgets: paths
    # that written fixtures and the audit's fixed clusters do not take.
    pool = _real_articles()
    articles = [pool[k % len(pool)] for k in picks]
    _assert_verbatim(make_brief(articles, config=load_config().with_max_words(budget or None)), articles)


def _assert_verbatim(brief: Brief, articles: list[Article]) -> None:
    # A source is the article of that id: copies given twice are one source.
    by_id = {a.id: a for a in articles}
    by_number = {s.number: by_id[s.article_id] for s in brief.sources}
    facts = [brief.lede, *brief.facts] if brief.lede else brief.facts
    spans = [s for f in facts for s in f.support] + [s for n in brief.narratives for s in n.support]
    spans += [s for c in brief.contested for claim in c.claims for s in claim.support]
    for span in spans:
        assert span.span_in(by_number[span.source]) == span.text
