"""Properties that hold for any input text, checked on generated text (hypothesis): the pipeline
never raises on text it is given, and every citation it makes points at the text it quotes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evenhand.brief.compose import make_brief
from evenhand.brief.segment import segment
from evenhand.ingest.clean import clean
from evenhand.model import Article

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


@SETTINGS
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_briefs_of_any_text_cite_verbatim(texts: list[str]) -> None:
    articles = [Article(text=clean(t).text or t, outlet=f"Outlet {i}", id=str(i)) for i, t in enumerate(texts)]
    brief = make_brief(articles)
    by_number = {s.number: articles[s.article] for s in brief.sources}
    facts = [brief.lede, *brief.facts] if brief.lede else brief.facts
    spans = [s for f in facts for s in f.support] + [s for n in brief.narratives for s in n.support]
    spans += [s for c in brief.contested for claim in c.claims for s in claim.support]
    for span in spans:
        assert by_number[span.source].text[span.start : span.end] == span.text
