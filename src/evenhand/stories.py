"""Online clustering of an article stream into stories (one story = one event).

Each arriving article is compared only with the stories still open around its date (an inverted index
from terms to open stories, so the cost per article does not grow with the stream), scored against
each candidate by TF-IDF similarity with names and numbers boosted, blended with a sentence embedding,
and discounted by the time since the story last grew. It joins the best story above the threshold or
starts a new one. A story's id is its first article's, so ids never change as the stream grows.
Each decision carries its reason: the score, its parts, and the terms and names shared.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from .embed import Embedder
from .lexicon import CLUSTER_STOPWORDS
from .store import ArticleRow, Assignment, Store, pack_state, unpack_state

DAY = 86_400.0

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d%?|\d%?")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:[ \-][A-Z][a-z]+)*)")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n][\"'”’]?\s+)([A-Z][a-z]+)")


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    """Tunables of the clusterer, tuned on a real news stream (bench/cluster_quality.py)."""

    threshold: float = 0.22
    window_days: float = 3.0
    decay_days: float = 1.0
    title_weight: float = 3.0
    name_boost: float = 2.0
    number_boost: float = 1.5
    embed_weight: float = 0.3
    embed_floor: float = 0.0
    query_terms: int = 24
    max_candidates: int = 64
    centroid_terms: int = 400


@dataclass(frozen=True, slots=True)
class Decision:
    """Where one article went and why."""

    article_id: str
    story_id: str
    new: bool
    score: float
    reason: dict[str, Any]


@dataclass(slots=True)
class _Doc:
    id: str
    ts: float
    tf: dict[str, float]
    names: frozenset[str]
    emb: npt.NDArray[np.float32] | None
    top: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Story:
    id: str
    last_ts: float
    centroid: dict[str, float] = field(default_factory=dict)
    emb_sum: npt.NDArray[np.float32] | None = None
    size: int = 0
    names: Counter[str] = field(default_factory=Counter)
    indexed: set[str] = field(default_factory=set)
    norm: float = 1.0
    emb_norm: float = 1.0


def _names(text: str) -> set[str]:
    """Capitalised names not at a sentence start, lower-cased (a cheap stand-in for entity recognition)."""
    starts = {m.start(1) for m in _SENTENCE_START.finditer(text)}
    found = set()
    for match in _NAME.finditer(text):
        if match.start(1) in starts and " " not in match.group(1):
            continue
        for part in match.group(1).lower().replace("-", " ").split():
            if part not in CLUSTER_STOPWORDS and len(part) > 1:
                found.add(part)
    return found


def features(title: str, text: str, settings: ClusterSettings) -> tuple[dict[str, float], frozenset[str]]:
    """Term weights (before IDF) of an article: the title counts ``title_weight`` times, names and
    numbers are boosted."""
    counts: dict[str, float] = {}
    for part, weight in ((title, settings.title_weight), (text, 1.0)):
        for token in _TOKEN.findall(part):
            low = token.lower().strip("'’-")
            if low in CLUSTER_STOPWORDS or (len(low) < 2 and not low.isdigit()):
                continue
            counts[low] = counts.get(low, 0.0) + weight
    names = frozenset(_names(title) | _names(text))
    for term in counts:
        if term in names:
            counts[term] *= settings.name_boost
        elif term[0].isdigit():
            counts[term] *= settings.number_boost
    return counts, names


class StreamClusterer:
    """Assigns a time-ordered stream of articles to stories, one article at a time."""

    def __init__(self, settings: ClusterSettings | None = None, embedder: Embedder | None = None) -> None:
        self.settings = settings or ClusterSettings()
        self.embedder = embedder
        self.df: Counter[str] = Counter()
        self.docs_seen = 0
        self._stories: dict[str, _Story] = {}
        self._postings: dict[str, set[str]] = {}
        self._expiry: list[tuple[float, str]] = []
        self.now = float("-inf")

    # -- state kept between runs ------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """Document frequencies: what a later run needs besides the open stories' articles."""
        return {"version": 1, "docs_seen": self.docs_seen, "df": dict(self.df)}

    def load_state(self, state: dict[str, Any]) -> None:
        self.docs_seen = int(state.get("docs_seen", 0))
        self.df = Counter({str(k): int(v) for k, v in dict(state.get("df", {})).items()})

    def restore(self, members: Iterable[tuple[str, str, str, str, float]]) -> None:
        """Reopen stories from stored ``(article_id, story_id, title, text, ts)`` rows, oldest first,
        without counting them again in the document frequencies."""
        rows = list(members)
        embs = self._embed([f"{title}. {text}" for _, _, title, text, _ in rows])
        for i, (article_id, story_id, title, text, ts) in enumerate(rows):
            doc = self._doc(article_id, title, text, ts, embs[i] if embs is not None else None)
            self._join(story_id, doc)

    # -- the stream -------------------------------------------------------------------------------

    def add_many(
        self, items: Sequence[tuple[str, str, str, float]], progress: Callable[[int], None] | None = None
    ) -> list[Decision]:
        """Cluster ``(article_id, title, text, ts)`` items in the order given, embedding them in one batch;
        ``progress(1)`` after each."""
        embs = self._embed([f"{title}. {text}" for _, title, text, _ in items])
        decisions = []
        for i, (article_id, title, text, ts) in enumerate(items):
            decisions.append(self._add(article_id, title, text, ts, embs[i] if embs is not None else None))
            if progress is not None:
                progress(1)
        return decisions

    def add(self, article_id: str, title: str, text: str, ts: float) -> Decision:
        return self.add_many([(article_id, title, text, ts)])[0]

    def _embed(self, texts: list[str]) -> npt.NDArray[np.float32] | None:
        if self.embedder is None or not texts:
            return None
        return np.asarray(self.embedder.embed(texts), dtype=np.float32)

    def _add(
        self, article_id: str, title: str, text: str, ts: float, emb: npt.NDArray[np.float32] | None
    ) -> Decision:
        doc = self._doc(article_id, title, text, ts, emb, count=True)
        self._advance(ts)
        best = self._best_story(doc)
        if best is None:
            story_id = "s" + article_id[1:] if article_id.startswith("a") else "s" + article_id
            self._join(story_id, doc)
            return Decision(article_id, story_id, True, 0.0, {"new": True, "terms": doc.top[:8]})
        score, story, reason = best
        self._join(story.id, doc)
        return Decision(article_id, story.id, False, score, reason)

    def _idf(self, term: str) -> float:
        return math.log((self.docs_seen + 1) / (self.df.get(term, 0) + 1)) + 1.0

    def _doc(
        self,
        article_id: str,
        title: str,
        text: str,
        ts: float,
        emb: npt.NDArray[np.float32] | None,
        *,
        count: bool = False,
    ) -> _Doc:
        counts, names = features(title, text, self.settings)
        if count:
            self.docs_seen += 1
            self.df.update(counts.keys())
        weights = {t: (1.0 + math.log(c)) * self._idf(t) for t, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        tf = {t: w / norm for t, w in weights.items()}
        top = [t for t, _ in sorted(tf.items(), key=lambda kv: (-kv[1], kv[0]))[: self.settings.query_terms]]
        return _Doc(article_id, ts, tf, names, emb, top)

    def _advance(self, ts: float) -> None:
        """Close the stories that have not grown within the window before ``ts``."""
        self.now = max(self.now, ts)
        horizon = self.now - self.settings.window_days * DAY
        while self._expiry and self._expiry[0][0] < horizon:
            last_ts, story_id = heapq.heappop(self._expiry)
            story = self._stories.get(story_id)
            if story is None or story.last_ts != last_ts:
                continue
            for term in story.indexed:
                posting = self._postings.get(term)
                if posting is not None:
                    posting.discard(story_id)
                    if not posting:
                        del self._postings[term]
            del self._stories[story_id]

    def _candidates(self, doc: _Doc) -> list[_Story]:
        hits: Counter[str] = Counter()
        for term in doc.top:
            for story_id in self._postings.get(term, ()):
                hits[story_id] += 1
        return [self._stories[s] for s, _ in hits.most_common(self.settings.max_candidates)]

    def _best_story(self, doc: _Doc) -> tuple[float, _Story, dict[str, Any]] | None:
        s = self.settings
        best: tuple[float, _Story, dict[str, Any]] | None = None
        tf = doc.tf
        for story in self._candidates(doc):
            centroid = story.centroid
            lexical = sum(tf[t] * centroid[t] for t in tf.keys() & centroid.keys()) / story.norm
            semantic = 0.0
            if doc.emb is not None and story.emb_sum is not None:
                cos = float(doc.emb @ story.emb_sum) / story.emb_norm
                semantic = max(0.0, (cos - s.embed_floor) / (1.0 - s.embed_floor))
            blended = (
                (1.0 - s.embed_weight) * lexical + s.embed_weight * semantic
                if doc.emb is not None
                else lexical
            )
            gap_days = max(0.0, doc.ts - story.last_ts) / DAY
            score = blended * math.exp(-gap_days / s.decay_days)
            if score >= s.threshold and (best is None or score > best[0]):
                best = (score, story, {"lexical": lexical, "semantic": semantic, "gap_days": gap_days})
        if best is None:
            return None
        score, story, parts = best
        shared = sorted(
            (t for t in doc.tf if t in story.centroid), key=lambda t: -doc.tf[t] * story.centroid[t]
        )
        reason = {
            "score": round(score, 4),
            "lexical": round(parts["lexical"], 4),
            "semantic": round(parts["semantic"], 4),
            "gap_days": round(parts["gap_days"], 2),
            "terms": shared[:8],
            "names": sorted(doc.names & set(story.names))[:8],
        }
        return score, story, reason

    def _join(self, story_id: str, doc: _Doc) -> None:
        story = self._stories.get(story_id)
        if story is None:
            story = self._stories[story_id] = _Story(story_id, doc.ts)
        story.size += 1
        for term, weight in doc.tf.items():
            story.centroid[term] = story.centroid.get(term, 0.0) + weight
        if len(story.centroid) > 2 * self.settings.centroid_terms:
            kept = sorted(story.centroid.items(), key=lambda kv: -kv[1])[: self.settings.centroid_terms]
            story.centroid = dict(kept)
        story.norm = math.sqrt(sum(w * w for w in story.centroid.values())) or 1.0
        if doc.emb is not None:
            story.emb_sum = doc.emb.copy() if story.emb_sum is None else story.emb_sum + doc.emb
            story.emb_norm = float(np.linalg.norm(story.emb_sum)) or 1.0
        story.names.update(doc.names)
        story.last_ts = max(story.last_ts, doc.ts)
        for term in doc.top:
            if term not in story.indexed:
                story.indexed.add(term)
                self._postings.setdefault(term, set()).add(story_id)
        heapq.heappush(self._expiry, (story.last_ts, story_id))

    @property
    def open_stories(self) -> int:
        return len(self._stories)


def bcubed(
    gold: dict[str, str], predicted: dict[str, str], items: Iterable[str] | None = None
) -> dict[str, float]:
    """BCubed precision, recall and F1 of a clustering (Amigó et al. 2009), over ``items`` (default: all).

    Clusters are taken whole; ``items`` only chooses whose precision and recall are averaged, so a
    held-out half is scored within the clustering of the whole stream.
    """
    by_gold: dict[str, set[str]] = {}
    by_pred: dict[str, set[str]] = {}
    for item, label in gold.items():
        by_gold.setdefault(label, set()).add(item)
    for item, label in predicted.items():
        by_pred.setdefault(label, set()).add(item)
    chosen = list(items) if items is not None else list(gold)
    precision = recall = 0.0
    for item in chosen:
        g = by_gold[gold[item]]
        p = by_pred[predicted[item]]
        both = len(g & p)
        precision += both / len(p)
        recall += both / len(g)
    n = len(chosen) or 1
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


@dataclass(frozen=True, slots=True)
class ClusterRun:
    """What one ``cluster_store`` run did."""

    articles: int
    joined: int
    new_stories: int
    changed_stories: tuple[str, ...]


def cluster_store(
    store: Store,
    *,
    settings: ClusterSettings | None = None,
    embedder: Embedder | None = None,
    batch: int = 500,
    progress: Callable[[int], None] | None = None,
) -> ClusterRun:
    """Cluster the store's unclustered articles into its stories, incrementally.

    The stories still open around the oldest new article are rebuilt from their stored articles, and the
    document frequencies from the stored state; each batch of decisions is committed with the new state,
    so an interrupted run resumes where it stopped.
    """
    settings = settings or ClusterSettings()
    clusterer = StreamClusterer(settings, embedder)
    saved = unpack_state(store.cluster_state())
    if saved:
        clusterer.load_state(saved)
    pending = store.unclustered(batch)
    first = next(pending, None)
    if first is None:
        return ClusterRun(0, 0, 0, ())
    start = first.published_ts if first.published_ts is not None else first.added_at
    clusterer.restore(
        (a.id, a.story_id or "", a.title, a.text, _ts(a))
        for a in store.clustered_since(start - settings.window_days * DAY)
    )
    articles = joined = new = 0
    changed: dict[str, None] = {}
    chunk: list[ArticleRow] = [first]
    for row in pending:
        chunk.append(row)
        if len(chunk) >= batch:
            decisions = _decide(clusterer, chunk, progress)
            store.apply_assignments(decisions, state=pack_state(clusterer.state()))
            articles, joined, new = _tally(decisions, changed, articles, joined, new)
            chunk = []
    if chunk:
        decisions = _decide(clusterer, chunk, progress)
        store.apply_assignments(decisions, state=pack_state(clusterer.state()))
        articles, joined, new = _tally(decisions, changed, articles, joined, new)
    return ClusterRun(articles, joined, new, tuple(changed))


def _ts(article: ArticleRow) -> float:
    return article.published_ts if article.published_ts is not None else article.added_at


def _decide(
    clusterer: StreamClusterer, chunk: Sequence[ArticleRow], progress: Callable[[int], None] | None
) -> list[Assignment]:
    decisions = clusterer.add_many([(a.id, a.title, a.text, _ts(a)) for a in chunk], progress)
    return [Assignment(d.article_id, d.story_id, d.score, d.reason, d.new) for d in decisions]


def _tally(
    decisions: Sequence[Assignment],
    changed: dict[str, None],
    articles: int,
    joined: int,
    new: int,
) -> tuple[int, int, int]:
    for d in decisions:
        changed[d.story_id] = None
    fresh = sum(d.new for d in decisions)
    return articles + len(decisions), joined + len(decisions) - fresh, new + fresh
