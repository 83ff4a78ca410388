"""ROUGE evaluation of evenhand's briefs against the lead and LexRank baselines.

Shared by ``bench/quality.py`` (the full report) and ``tests/test_quality_gate.py`` (the
pinned floors), so that the gate checks exactly the figures the benchmark prints.

Every system sees the same cluster in the same process and is cut to the same word budget
by :func:`truncate_words`; the baselines split sentences with pysbd, as evenhand does, so
that no system gains from a better splitter.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pysbd
from rouge_score import rouge_scorer
from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATA_DIR = SHARED / "data"


@dataclass(frozen=True)
class DataSet:
    name: str
    filename: str
    max_words: int


# The budgets come from issue 2: Multi-News references average 214 words, NeuS's 66.
DATA_SETS = {
    "multinews": DataSet("multinews", "multinews_dev150.jsonl", 250),
    "neus": DataSet("neus", "neus_val.jsonl", 70),
}

SYSTEMS = ("evenhand", "lead", "lexrank")
METRICS = ("rouge1", "rouge2", "rougeL")


def load_clusters(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The first ``limit`` clusters of a cluster file (one JSON object a line)."""
    clusters: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if limit is not None and len(clusters) >= limit:
                break
            if line.strip():
                clusters.append(json.loads(line))
    return clusters


def truncate_words(text: str, budget: int) -> str:
    """The first ``budget`` whitespace-separated words: the one cut every system gets."""
    return " ".join(text.split()[:budget])


_SEGMENTER = pysbd.Segmenter(language="en", clean=False)


def split_sentences(text: str) -> list[str]:
    """pysbd sentences of ``text``, whitespace-normalised, empty ones dropped."""
    sentences = (" ".join(s.split()) for s in _SEGMENTER.segment(text))
    return [s for s in sentences if s]


class PysbdTokenizer:
    """A sumy tokenizer that needs no NLTK data: pysbd sentences, regex words.

    The word pattern is sumy's own (letters, inner apostrophes and hyphens), so LexRank
    sees the words its default tokenizer would keep.
    """

    _WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")
    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(self._WORD.findall(sentence))


def lead_summary(texts: Sequence[str], budget: int) -> str:
    """First sentences of each article in turn (all firsts, then all seconds, ...) up to ``budget``."""
    per_article = [split_sentences(text) for text in texts]
    chosen: list[str] = []
    words = 0
    depth = 0
    while words < budget and any(depth < len(sentences) for sentences in per_article):
        for sentences in per_article:
            if depth < len(sentences) and words < budget:
                chosen.append(sentences[depth])
                words += len(sentences[depth].split())
        depth += 1
    return truncate_words(" ".join(chosen), budget)


class LexRank:
    """sumy's LexRank over all articles of a cluster, filled to a word budget."""

    def __init__(self) -> None:
        self.tokenizer = PysbdTokenizer()
        self.summarizer = LexRankSummarizer(Stemmer("english"))
        self.summarizer.stop_words = get_stop_words("english")

    def __call__(self, texts: Sequence[str], budget: int) -> str:
        document = PlaintextParser.from_string("\n\n".join(texts), self.tokenizer).document

        def fill_budget(ranked: list[Any]) -> list[Any]:
            # sumy hands the sentences best-rated first; take them until the budget is full,
            # and sumy puts them back in document order.
            taken: list[Any] = []
            words = 0
            for info in ranked:
                if words >= budget:
                    break
                taken.append(info)
                words += len(str(info.sentence).split())
            return taken

        sentences = self.summarizer(document, fill_budget)
        return truncate_words(" ".join(str(s) for s in sentences), budget)


def _record(article: dict[str, Any], number: int) -> dict[str, Any]:
    # Multi-News has no outlet names: number the articles so that each counts as its own outlet.
    record = dict(article)
    if not record.get("source"):
        record["source"] = f"Article {number}"
    return record


class Evenhand:
    """evenhand's brief (lede, then facts) for a cluster, as the CLI would write it."""

    def __init__(self, budget: int) -> None:
        from evenhand.config import load_config

        self.config = load_config().with_max_words(budget)
        self.skipped_articles: list[str] = []

    def __call__(self, cluster: dict[str, Any], budget: int) -> str:
        from evenhand.brief.compose import make_brief
        from evenhand.errors import InputError
        from evenhand.ingest.extract import article_from_record

        articles = []
        for number, article in enumerate(cluster["articles"], start=1):
            origin = f"{cluster['id']}#{number}"
            try:
                record = _record(article, number)
                articles.append(article_from_record(record, origin=origin, config=self.config))
            except InputError as exc:
                # As the CLI does: one bad article is reported and skipped, the rest go on.
                self.skipped_articles.append(str(exc))
        if not articles:
            return ""
        brief = make_brief(articles, config=self.config, brief_id=str(cluster["id"]))
        parts = [brief.lede.text] if brief.lede is not None else []
        parts.extend(fact.text for fact in brief.facts)
        return truncate_words(" ".join(parts), budget)


@dataclass
class SystemResult:
    scores: dict[str, list[float]] = field(default_factory=lambda: {m: [] for m in METRICS})
    seconds: list[float] = field(default_factory=list)
    words: list[int] = field(default_factory=list)

    def mean(self, metric: str) -> float:
        return 100 * statistics.fmean(self.scores[metric]) if self.scores[metric] else 0.0

    @property
    def seconds_per_cluster(self) -> float:
        return statistics.fmean(self.seconds) if self.seconds else 0.0


@dataclass
class Report:
    data_set: DataSet
    clusters: int
    results: dict[str, SystemResult]
    notes: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def margin(self, other: str, metric: str = "rouge1") -> float:
        return self.results["evenhand"].mean(metric) - self.results[other].mean(metric)

    def to_dict(self) -> dict[str, Any]:
        systems = {
            name: {
                **{metric: round(result.mean(metric), 3) for metric in METRICS},
                "seconds_per_cluster": round(result.seconds_per_cluster, 5),
                "mean_words": round(statistics.fmean(result.words), 1) if result.words else 0.0,
            }
            for name, result in self.results.items()
        }
        figures: dict[str, Any] = {
            "data_set": self.data_set.name,
            "file": self.data_set.filename,
            "max_words": self.data_set.max_words,
            "clusters": self.clusters,
            "systems": systems,
            "notes": self.notes,
            "evenhand_skipped": self.skipped,
        }
        if "evenhand" in self.results:
            figures["evenhand_minus"] = {
                other: {metric: round(self.margin(other, metric), 3) for metric in METRICS}
                for other in self.results
                if other != "evenhand"
            }
            evenhand_seconds = self.results["evenhand"].seconds_per_cluster
            if "lexrank" in self.results and evenhand_seconds:
                lexrank_seconds = self.results["lexrank"].seconds_per_cluster
                figures["lexrank_seconds_over_evenhand"] = round(lexrank_seconds / evenhand_seconds, 3)
        return figures


Summarizer = Callable[[dict[str, Any], int], str]


def _texts(cluster: dict[str, Any]) -> list[str]:
    return [str(article.get("text") or "") for article in cluster["articles"]]


def build_systems(budget: int, with_evenhand: bool = True) -> dict[str, Summarizer]:
    lexrank = LexRank()
    systems: dict[str, Summarizer] = {}
    if with_evenhand:
        systems["evenhand"] = Evenhand(budget)
    systems["lead"] = lambda cluster, words: lead_summary(_texts(cluster), words)
    systems["lexrank"] = lambda cluster, words: lexrank(_texts(cluster), words)
    return systems


def evaluate(
    data_set: DataSet,
    clusters: Sequence[dict[str, Any]],
    *,
    with_evenhand: bool = True,
    progress: Callable[[Sequence[dict[str, Any]]], Iterable[dict[str, Any]]] = iter,
) -> Report:
    """Score every system on ``clusters`` at the data set's word budget.

    Each system first summarises the first cluster untimed, so that one-off loading (the
    embedding model, sumy's stop words) is not charged to the per-cluster time.
    """
    budget = data_set.max_words
    systems = build_systems(budget, with_evenhand)
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    results = {name: SystemResult() for name in systems}
    if clusters:
        for summarize in systems.values():
            summarize(clusters[0], budget)
            if isinstance(summarize, Evenhand):
                summarize.skipped_articles.clear()
    for cluster in progress(clusters):
        reference = str(cluster["reference"])
        for name, summarize in systems.items():
            started = time.perf_counter()
            summary = summarize(cluster, budget)
            results[name].seconds.append(time.perf_counter() - started)
            results[name].words.append(len(summary.split()))
            scores = scorer.score(reference, summary)
            for metric in METRICS:
                results[name].scores[metric].append(scores[metric].fmeasure)
    evenhand = systems.get("evenhand")
    skipped = evenhand.skipped_articles if isinstance(evenhand, Evenhand) else []
    notes = [f"evenhand skipped {len(skipped)} unreadable article(s) (listed by --json)"] if skipped else []
    return Report(data_set, len(clusters), results, notes, skipped)
