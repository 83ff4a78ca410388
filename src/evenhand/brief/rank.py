"""How important each fact is (support, salience, place in the articles, specificity), and
which of its sentences is printed: the wording most outlets back, in the plainest words."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..config import Config
from ..model import Sentence
from .corroborate import Stated, idf_of, independent_sources, supports
from .features import words
from .group import Matrix
from .standalone import attributed
from .wording import loaded_words, wholly_quoted

# A quotation, and how many of a sentence's opening words found in one make it the quoted words:
# enough that a phrase two outlets share by chance is not, few enough that a quotation cut short is.
_QUOTED_SPAN = re.compile(r"[\"“]([^\"“”]{20,})[\"”]")
_QUOTED_WORDS = 12
_MIN_QUOTED_WORDS = 8


@dataclass(frozen=True, slots=True)
class FactGroup:
    """Sentences of different articles that state one fact; ``rep`` is the one we print."""

    members: tuple[int, ...]
    rep: int
    score: float
    # Its score as the lede, where that weighs what the outlets share otherwise (rank.lede_centrality).
    lede_score: float | None = None

    @property
    def news(self) -> float:
        """How much it counts toward the lede: the news each outlet opens with, not what they all repeat."""
        return self.score if self.lede_score is None else self.lede_score


def kind_weight(s: Sentence, config: Config) -> float:
    rank = config.rank
    weights = {
        "fact": 1.0, "quote": rank.quote, "background": rank.background, "opinion": rank.opinion,
        "aside": 0.0, "fragment": 0.0,
    }
    weight = weights[s.kind]
    if wholly_quoted(s.text):
        return 0.0
    if s.kind == "quote" and not attributed(s.text):
        return 0.0  # a quotation is printed with its speaker or not at all
    return weight


def _specificity(s: Sentence) -> float:
    return min(1.0, 0.25 * len(s.numbers) + 0.2 * len(s.dates) + 0.15 * len(s.entities))


def length_fit(s: Sentence, config: Config) -> float:
    n = len(words(s.text))
    b = config.brief
    if n < b.min_fact_words or n > b.max_fact_words:
        return 0.0
    return 1.0 if n >= 10 else 0.6


def centrality(sim: Matrix, sentences: Sequence[Sentence], independence: Sequence[str]) -> npt.NDArray[np.float64]:
    """How much each sentence shares with other sources' sentences (cross-document salience); an
    article's copy (``independence``) is not another source."""
    n = len(sentences)
    articles = np.array([independence[s.article] for s in sentences])
    other = (articles[:, None] != articles[None, :]) & _first_tellings(sentences, independence)[None, :]
    if not other.any():
        other = ~np.eye(n, dtype=bool)
    clipped = np.where(other, np.clip(sim, 0.0, None), 0.0)
    counts = np.maximum(other.sum(axis=1), 1)
    top = np.sort(clipped, axis=1)[:, -5:]
    scores: npt.NDArray[np.float64] = (0.5 * top.mean(axis=1) + 0.5 * clipped.sum(axis=1) / counts).astype(np.float64)
    return scores


def _first_tellings(sentences: Sequence[Sentence], independence: Sequence[str]) -> npt.NDArray[np.bool_]:
    """Whether each sentence is the first its source gives in these words: a wire story's copy
    republished word for word counts once, or a story three papers reprinted would make whatever
    resembles it central three times over."""
    seen: set[tuple[str, str]] = set()
    first = []
    for s in sentences:
        key = (independence[s.article], " ".join(s.text.split()))
        first.append(key not in seen)
        seen.add(key)
    return np.array(first, dtype=bool)


def article_relevance(
    sim: Matrix, sentences: Sequence[Sentence], n_articles: int, independence: Sequence[str]
) -> npt.NDArray[np.float64]:
    """How much each article has to do with the others: the mean, over its sentences, of the best
    match in another source's article, relative to the best article. An off-topic page in a
    cluster (a site notice, a misfiled story, two pages of one site about other cases) scores near
    zero; with one source, all score 1."""
    articles = np.array([s.article for s in sentences])
    sources = np.array([independence[s.article] for s in sentences])
    relevance = np.ones(n_articles, dtype=np.float64)
    if len(set(independence)) < 2:
        return relevance
    other = sources[:, None] != sources[None, :]
    best = np.where(other, sim, 0.0).max(axis=1)
    for a in range(n_articles):
        mine = best[articles == a]
        relevance[a] = float(mine.mean()) if len(mine) else 0.0
    top = relevance.max()
    return relevance / top if top > 0 else np.ones(n_articles, dtype=np.float64)


def rank_groups(
    groups: Sequence[Sequence[int]], sentences: Sequence[Sentence], sim: Matrix,
    independence: Sequence[str], article_lengths: Sequence[int], config: Config,
) -> list[FactGroup]:
    cent = centrality(sim, sentences, independence)
    relevance = article_relevance(sim, sentences, len(article_lengths), independence)
    top_cent = float(cent.max()) if len(cent) else 1.0
    n_independent = max(len(set(independence)), 1)
    ranked: list[FactGroup] = []
    idf = idf_of(sentences)
    pending = [list(g) for g in groups]
    while pending:
        grouped = pending.pop()
        rep, members = best_supported(grouped, sentences, sim, idf, config)
        # Members that do not state the printed sentence form a group of their own, which
        # finds its own wording (and splits again if need be).
        rest = [k for k in grouped if k not in members]
        if rest:
            pending.append(rest)
        s = sentences[rep]
        # A column's facts are the ones its writer chose to make a case with: they back what news
        # reports state, and alone count only this much.
        argued = config.rank.argued if all(sentences[k].argued for k in members) else 1.0
        kind = kind_weight(s, config) * argued
        fit = length_fit(s, config)
        if kind == 0.0 or fit == 0.0:
            continue
        support = independent_sources(grouped, sentences, independence)
        position = min(sentences[k].position / max(article_lengths[sentences[k].article], 1) for k in members)
        first = min(sentences[k].position for k in members)
        w = config.rank
        topical = max(float(relevance[sentences[k].article]) for k in members)
        plain = 1.0 / (1.0 + w.loaded * loaded_words(s.text))
        factor = plain * kind * fit * (w.off_topic + (1 - w.off_topic) * topical)
        central = float(cent[rep]) / (top_cent or 1.0)
        base = (
            w.support * (support - 1) / max(n_independent - 1, 1)
            + w.lead * math.exp(-first / w.lead_decay)
            + w.position * (1.0 - position)
            + w.specificity * _specificity(s)
        )
        score, as_lede = factor * (base + w.centrality * central), factor * (base + w.lede_centrality * central)
        ranked.append(FactGroup(tuple(sorted(members)), rep, score, as_lede))
    ranked.sort(key=lambda g: g.score, reverse=True)
    return ranked


def printable(s: Sentence, config: Config) -> bool:
    """Whether a sentence may be printed as a fact's wording: of a kind that states facts, and of a
    length that fits (a caption or an aside may back a fact, never print it)."""
    return bool(kind_weight(s, config)) and bool(length_fit(s, config))


def best_supported(
    grouped: Sequence[int], sentences: Sequence[Sentence], sim: Matrix, idf: dict[str, float], config: Config
) -> tuple[int, list[int]]:
    """The member to print and the members that state it: the wording most outlets back (the
    figures they share rather than one outlet's extra detail), then the best-written one; never
    in the voice of a writer whose words another outlet quotes with their speaker."""
    if len(grouped) == 1:
        return grouped[0], list(grouped)  # a sentence alone states what it states
    best: tuple[tuple[bool, int, bool, float], int, list[int]] | None = None
    # A caption or an aside that states the fact may back it, never print it.
    fit = [k for k in grouped if printable(sentences[k], config)]
    for rep in fit or grouped:
        claim = Stated.of(sentences[rep])
        backing = [
            k for k in grouped
            if k == rep or supports(sentences[k], claim, idf, config, sim[k, rep] >= config.grouping.same_fact)
        ]
        reported = not all(sentences[k].argued for k in backing)
        unquoted = not _quoted_elsewhere(sentences[rep], [sentences[k] for k in grouped if k != rep])
        key = (unquoted, len(backing), reported, _rep_quality(rep, grouped, sentences, sim, config))
        if best is None or key > best[0]:
            best = (key, rep, backing)
    assert best is not None
    return best[1], best[2]


def _quoted_elsewhere(s: Sentence, others: Sequence[Sentence]) -> bool:
    """Whether a sentence told in its writer's voice is words another outlet quotes: someone's words,
    which printed alone lose their speaker ("The theoretical probability of a fire injury is already
    vanishingly small ...", from the carmaker's own post, where a report has '..., Musk said. "The
    theoretical ..."')."""
    if _QUOTED_SPAN.search(s.text):
        return False
    opening = " ".join(words(s.text)[:_QUOTED_WORDS]).lower()
    return len(opening.split()) >= _MIN_QUOTED_WORDS and any(
        opening in " ".join(words(m.group(1))).lower() for o in others for m in _QUOTED_SPAN.finditer(o.text)
    )


def _rep_quality(k: int, members: Sequence[int], sentences: Sequence[Sentence], sim: Matrix, config: Config) -> float:
    s = sentences[k]
    medoid = sum(float(sim[k, m]) for m in members if m != k)
    detail = 0.03 * len(s.content | s.entities) + 0.05 * len(s.numbers | s.dates)
    plain = config.rank.loaded * loaded_words(s.text)
    return kind_weight(s, config) * length_fit(s, config) + 0.5 * medoid + detail - 0.1 * s.position / 20.0 - plain
