"""The audit of issue 7: what a reader meets in default briefs, counted mechanically.

Shared by ``bench/audit.py`` (the report) and ``tests/test_audit_gate.py`` (the pinned
ceilings and floors), so that the gate checks exactly the figures the benchmark prints.

One pass per cluster (:func:`audit_cluster`) builds the default brief (the packaged config,
no word bound unless asked) and computes every figure from it:

- defects of printed facts (the lede counts as one), each at most once per fact: a dropped
  attribution, a dangling opener, a speakerless or cut quotation, glued sentences, a caption,
  correction or aside, a duplicate of an earlier printed item;
- corroborating citations (support spans other than the printed sentence's own) that fail a
  mechanical agreement test with the printed fact;
- the words, facts, narratives and contested claims per brief;
- the lede's ROUGE-1 F1 against the first sentence of the human reference, beside the first
  article's first sentence and the best single sentence of any article (the ceiling);
- on NeuS, the framing bias of the brief at 70 words beside each single article.

The detectors (``tests/audit_detectors.py``) and the splitter (pysbd) are this instrument's own,
not the engine's, so that changing the engine does not change the ruler it is measured with.
The NRC VAD lexicon is read from ``../shared`` at run time: a research-licensed measuring
instrument, never copied into the repository nor used by the product.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rouge_score.tokenizers import DefaultTokenizer

from audit_detectors import DEFECTS, citation_agrees, duplicates, fact_defects
from evenhand import Brief, Fact
from quality_eval import DATA_DIR, _record, load_clusters, split_sentences, truncate_words

LEXICON_PATH = DATA_DIR / "nrc_vad_lexicon_2018.txt"
LABELS_PATH = Path(__file__).parent / "data" / "audit_labels.jsonl"

AUDIT_SETS = {"multinews": "multinews_dev150.jsonl", "neus": "neus_val.jsonl", "stream": "allsides_stream_dev.jsonl"}
# The budget at which NeuS measures framing (its references average 66 words).
FRAMING_WORDS = 70

# --- one brief ----------------------------------------------------------------------------


def printed_facts(brief: Brief) -> list[Fact]:
    """The lede and the facts, in print order."""
    return ([brief.lede] if brief.lede is not None else []) + list(brief.facts)


def brief_words(brief: Brief) -> int:
    return sum(len(fact.text.split()) for fact in printed_facts(brief))


@dataclass
class BriefAudit:
    """What the mechanical audit finds in one brief."""

    facts: int = 0
    defects: Counter[str] = field(default_factory=Counter)
    citations: int = 0
    failed_citations: int = 0
    flagged: dict[str, list[str]] = field(default_factory=dict)


def audit_brief(brief: Brief) -> BriefAudit:
    items = printed_facts(brief)
    audit = BriefAudit(facts=len(items))
    for fact, earlier in zip(items, duplicates(items), strict=True):
        kinds = fact_defects(fact) + (["duplicate_fact"] if earlier is not None else [])
        for kind in kinds:
            audit.defects[kind] += 1
            shown = fact.text
            if kind == "dropped_attribution":
                shown = f"{fact.text}  <=  {fact.support[0].text}"
            elif kind == "duplicate_fact" and earlier is not None:
                shown = f"{fact.text}  ==  {items[earlier].text}"
            audit.flagged.setdefault(kind, []).append(shown)
        for span in fact.support[1:]:
            audit.citations += 1
            if not citation_agrees(fact.text, span.text):
                audit.failed_citations += 1
                audit.flagged.setdefault("failed_citation", []).append(f"{fact.text}  <=  {span.text}")
    return audit


# --- the lede against the reference's first sentence --------------------------------------

_ROUGE_TOKENS = DefaultTokenizer(use_stemmer=True)


def rouge1_f(reference: str, candidate: str) -> float:
    """ROUGE-1 F1 as rouge_score computes it (its tokenizer and stemmer), from counts."""
    return _rouge1(Counter(_ROUGE_TOKENS.tokenize(reference)), candidate)


def _rouge1(reference: Counter[str], candidate: str) -> float:
    mine = Counter(_ROUGE_TOKENS.tokenize(candidate))
    overlap = sum((reference & mine).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(mine.values()), overlap / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


@dataclass(frozen=True)
class LedeScores:
    """ROUGE-1 F1 against the reference's first sentence: evenhand's lede, the first article's
    first sentence, and the best single sentence of any article (the extractive ceiling)."""

    evenhand: float
    first_article: float
    ceiling: float


def lede_scores(lede: str, reference: str, texts: Sequence[str]) -> LedeScores:
    first_reference = next(iter(split_sentences(reference)), "")
    counts = Counter(_ROUGE_TOKENS.tokenize(first_reference))
    per_article = [split_sentences(text) for text in texts]
    first = next((sentences[0] for sentences in per_article if sentences), "")
    ceiling = max((_rouge1(counts, s) for sentences in per_article for s in sentences), default=0.0)
    return LedeScores(_rouge1(counts, lede), _rouge1(counts, first), ceiling)


# --- framing bias (NeuS) ------------------------------------------------------------------


Lexicon = Mapping[str, tuple[float, float]]


def load_lexicon(path: Path) -> dict[str, tuple[float, float]]:
    """word -> (valence, arousal) from the NRC VAD lexicon's tab-separated lines."""
    lexicon: dict[str, tuple[float, float]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 4:
            try:
                lexicon[parts[0]] = (float(parts[1]), float(parts[2]))
            except ValueError:
                continue  # a header line
    return lexicon


def _bias_words(text: str) -> set[str]:
    return set(re.sub(r"[^\w\s]", "", text.lower()).split())


def framing_bias(summary: str, reference: str, lexicon: Lexicon) -> float:
    """NeuS's framing bias (Lee et al., NAACL 2022, their metric notebook, without its
    lemmatizer): of the distinct words of the summary that are not in the neutral reference
    (lower-cased, punctuation removed), Arousal+ sums the arousal of those with valence above
    0.65 and Arousal- of those below 0.35; the score is their sum."""
    added = _bias_words(summary) - _bias_words(reference)
    total = 0.0
    for word in added:
        if word in lexicon:
            valence, arousal = lexicon[word]
            if valence > 0.65 or valence < 0.35:
                total += arousal
    return total


@dataclass(frozen=True)
class FramingScores:
    """Framing bias at 70 words of the brief, the first and the mean single article, and of the
    mean single article cut to as many words as the brief has at 70 (``mean_article_matched``):
    the bias counts words, so a brief shorter than 70 words scores lower for its length alone."""

    evenhand: float
    first_article: float
    mean_article: float
    mean_article_matched: float


def framing_scores(brief_text: str, reference: str, texts: Sequence[str], lexicon: Lexicon) -> FramingScores:
    """Each system cut to 70 words as ``quality_eval`` cuts, scored against the same reference."""
    brief = truncate_words(brief_text, FRAMING_WORDS)
    length = len(brief.split())
    singles = [framing_bias(truncate_words(t, FRAMING_WORDS), reference, lexicon) for t in texts] or [0.0]
    matched = [framing_bias(truncate_words(t, length), reference, lexicon) for t in texts] or [0.0]
    return FramingScores(framing_bias(brief, reference, lexicon), singles[0], statistics.fmean(singles),
                         statistics.fmean(matched))


# --- labelled items -----------------------------------------------------------------------

# What a reader judges: the lede and each fact as printed, each corroborating citation (a printed
# fact and one span cited for it other than its own sentence), each narrative, each contested point.
LABEL_KINDS = ("lede", "fact", "citation", "narrative", "contested")
_HASH = re.compile(r"[0-9a-f]{16}")


def text_hash(text: str) -> str:
    """The first 16 hex digits of the SHA-256 of the whitespace-normalised text. Labels are
    committed by hash, so that no sentence of the shared data is stored in the repository."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


Key = tuple[str, str, str, str, str]


@dataclass(frozen=True)
class Item:
    """A judgeable thing a brief prints (see ``LABEL_KINDS``); ``span`` is the cited source
    text of a citation, what a narrative's label says it argues, and the values a contested point
    sets against each other, empty for the other kinds."""

    data_set: str
    cluster: str
    kind: str
    text: str
    span: str = ""

    def key(self) -> Key:
        return (self.data_set, self.cluster, self.kind, text_hash(self.text), text_hash(self.span) if self.span else "")


@dataclass(frozen=True)
class Label:
    key: Key
    right: bool
    reason: str = ""

    @property
    def kind(self) -> str:
        return self.key[2]

    @property
    def data_set(self) -> str:
        return self.key[0]


def brief_items(data_set: str, cluster: str, brief: Brief) -> list[Item]:
    """Everything in a brief a reader may label, keyed as the labels file keys it: the lede's
    and each fact's printed text, each corroborating citation, each narrative's text with what its
    label says it argues, and each contested point's label with its values."""
    items = []
    if brief.lede is not None:
        items.append(Item(data_set, cluster, "lede", brief.lede.text))
    items.extend(Item(data_set, cluster, "fact", fact.text) for fact in brief.facts)
    for fact in printed_facts(brief):
        items.extend(Item(data_set, cluster, "citation", fact.text, span.text) for span in fact.support[1:])
    # A narrative is judged with what its label says it argues ("Critical narrative, argued by ..."): a
    # line right as Commentary may be wrong as Critical (review 43's R3).
    items.extend(
        Item(data_set, cluster, "narrative", narrative.text, narrative.label.split(", as provided by ")[0])
        for narrative in brief.narratives
    )
    # A point is judged with the values it sets against each other: "how many seats" is right for 156
    # against 157 and wrong for 156 against the House's 338.
    items.extend(
        Item(data_set, cluster, "contested", point.about, " | ".join(claim.value for claim in point.claims))
        for point in brief.contested
    )
    return items


def item_record(item: Item) -> dict[str, str]:
    """A line for a reader to label (``bench/audit.py --items``): the texts to judge and the
    hashes to commit. Commit only the hashes, ``label`` and ``reason``: never the texts."""
    text, span = item.key()[3:]
    return {"set": item.data_set, "cluster": item.cluster, "kind": item.kind, "text_hash": text, "span_hash": span,
            "text": item.text, "span": item.span, "label": "", "reason": ""}


def load_labels(path: Path = LABELS_PATH) -> list[Label]:
    """Judged items, one JSON object a line: ``set``, ``cluster``, ``kind`` (one of
    ``LABEL_KINDS``), ``text_hash`` and ``span_hash`` (:func:`text_hash` of the printed text and
    of a citation's cited span, else ""), ``label`` ("right" or "wrong") and ``reason``. A line
    may give ``text``/``span`` instead of their hashes. A malformed line is an error naming the
    file and line: a gate must not silently read fewer labels."""
    labels = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            kind, label = obj["kind"], obj["label"]
            if kind not in LABEL_KINDS or label not in ("right", "wrong"):
                raise ValueError(f"kind must be one of {LABEL_KINDS} and label 'right' or 'wrong'")
            text = obj["text_hash"] if "text_hash" in obj else text_hash(obj["text"])
            span = obj.get("span_hash") if "text_hash" in obj else (text_hash(obj["span"]) if obj.get("span") else "")
            if not _HASH.fullmatch(str(text)) or not (span == "" or _HASH.fullmatch(str(span))):
                raise ValueError("text_hash and span_hash are 16 hex digits (span_hash may be empty)")
            key = (str(obj.get("set") or obj["data_set"]), str(obj["cluster"]), kind, str(text), str(span or ""))
            labels.append(Label(key, label == "right", str(obj.get("reason") or "")))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"{path}:{number}: not a label line ({exc})") from exc
    return labels


@dataclass(frozen=True)
class Precision:
    """Labelled precision of one kind over the labelled items today's briefs still print."""

    kind: str
    labelled: int
    present: int
    right: int

    @property
    def gone(self) -> int:
        return self.labelled - self.present

    @property
    def wrong(self) -> int:
        """Items a reader judged wrong that briefs still print: the harm, whatever else changes."""
        return self.present - self.right

    @property
    def precision(self) -> float | None:
        return self.right / self.present if self.present else None

    def to_dict(self) -> dict[str, Any]:
        value = self.precision
        return {"labelled": self.labelled, "present": self.present, "gone": self.gone, "right": self.right,
                "wrong": self.wrong, "precision": None if value is None else round(value, 4)}


def labelled_precision(labels: Sequence[Label], items: Iterable[Item]) -> dict[str, Precision]:
    """Per kind, the share judged right among labelled items that today's briefs still print
    (matched on data set, cluster, kind, printed text and cited span), and how many are gone."""
    present = {item.key() for item in items}
    out = {}
    for kind in LABEL_KINDS:
        mine = [label for label in labels if label.kind == kind]
        still = [label for label in mine if label.key in present]
        out[kind] = Precision(kind, len(mine), len(still), sum(label.right for label in still))
    return out


@dataclass(frozen=True)
class ProxyCheck:
    """The mechanical citation check (:func:`citation_agrees`) against readers' labels, over the
    labelled citations today's briefs still print: how far the proxy's failures are real ones."""

    failing_right: int = 0
    failing_wrong: int = 0
    passing_right: int = 0
    passing_wrong: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"failing_right": self.failing_right, "failing_wrong": self.failing_wrong,
                "passing_right": self.passing_right, "passing_wrong": self.passing_wrong}


def proxy_against_labels(labels: Sequence[Label], items: Iterable[Item]) -> ProxyCheck:
    """How the labelled citations still printed fall: failing or passing the proxy, judged right or wrong."""
    judged = {label.key: label.right for label in labels if label.kind == "citation"}
    counts: Counter[str] = Counter()
    for item in items:
        right = judged.get(item.key()) if item.kind == "citation" else None
        if right is not None:
            verdict = "passing" if citation_agrees(item.text, item.span) else "failing"
            counts[f"{verdict}_{'right' if right else 'wrong'}"] += 1
    return ProxyCheck(**counts)


# --- one cluster, one data set ------------------------------------------------------------


@dataclass
class ClusterAudit:
    id: str
    audit: BriefAudit
    words: int
    facts_after_lede: int
    narratives: int
    contested: int
    lede: LedeScores | None
    framing: FramingScores | None
    items: list[Item]


def _texts(cluster: Mapping[str, Any]) -> list[str]:
    return [str(article.get("text") or "") for article in cluster["articles"]]


class BriefMaker:
    """Default briefs as the CLI writes them: the packaged config, an optional word bound."""

    def __init__(self, max_words: int | None = None) -> None:
        from evenhand import load_config

        self.config = load_config().with_max_words(max_words)
        self.skipped_articles: list[str] = []

    def __call__(self, cluster: Mapping[str, Any]) -> Brief | None:
        # The public API: the engine's modules move while it is reworked.
        from evenhand import InputError, article_from_record, make_brief

        articles = []
        for number, article in enumerate(cluster["articles"], start=1):
            try:
                record = _record(article, number)
                articles.append(article_from_record(record, origin=f"{cluster['id']}#{number}", config=self.config))
            except InputError as exc:
                self.skipped_articles.append(str(exc))
        if not articles:
            return None
        return make_brief(articles, config=self.config, brief_id=str(cluster["id"]))


def audit_cluster(
    data_set: str, cluster: Mapping[str, Any], make: Callable[[Mapping[str, Any]], Brief | None],
    lexicon: Lexicon | None,
) -> ClusterAudit:
    """Every figure of one cluster, from one brief."""
    brief = make(cluster)
    cluster_id = str(cluster["id"])
    if brief is None:
        brief = Brief(id=cluster_id, headline="", lede=None)
    texts = _texts(cluster)
    reference = str(cluster.get("reference") or "")
    body = " ".join(fact.text for fact in printed_facts(brief))
    lede = lede_scores(brief.lede.text if brief.lede else "", reference, texts) if reference else None
    framing = framing_scores(body, reference, texts, lexicon) if lexicon is not None and reference else None
    return ClusterAudit(
        id=cluster_id, audit=audit_brief(brief), words=brief_words(brief), facts_after_lede=len(brief.facts),
        narratives=len(brief.narratives), contested=len(brief.contested), lede=lede, framing=framing,
        items=brief_items(data_set, cluster_id, brief),
    )


def _per_100(count: int, total: int) -> float:
    return 100.0 * count / total if total else 0.0


@dataclass
class AuditReport:
    data_set: str
    filename: str
    clusters: list[ClusterAudit]
    skipped_articles: list[str] = field(default_factory=list)
    # The citations a reader judged right (:func:`judged_right`): a failure of the mechanical check
    # among them is a paraphrase, not a citation that fails to state its fact.
    judged_right: frozenset[Key] = frozenset()

    @property
    def facts(self) -> int:
        return sum(c.audit.facts for c in self.clusters)

    @property
    def citations(self) -> int:
        return sum(c.audit.citations for c in self.clusters)

    def defect_count(self, kind: str) -> int:
        return sum(c.audit.defects[kind] for c in self.clusters)

    def rates(self) -> dict[str, float]:
        """Each defect class per 100 printed facts, and failed corroborating citations per 100."""
        rates = {kind: _per_100(self.defect_count(kind), self.facts) for kind in DEFECTS}
        rates["failed_citations"] = _per_100(sum(c.audit.failed_citations for c in self.clusters), self.citations)
        rates["failed_citations_not_judged_right"] = _per_100(self.failed_not_judged_right(), self.citations)
        return rates

    def failed_not_judged_right(self) -> int:
        """The corroborating citations that fail the mechanical check and that no reader judged right."""
        return sum(
            item.kind == "citation" and item.key() not in self.judged_right
            and not citation_agrees(item.text, item.span)
            for c in self.clusters for item in c.items
        )

    def lede(self) -> dict[str, float] | None:
        scored = [c.lede for c in self.clusters if c.lede is not None]
        if not scored:
            return None
        evenhand = statistics.fmean(s.evenhand for s in scored)
        first = statistics.fmean(s.first_article for s in scored)
        ceiling = statistics.fmean(s.ceiling for s in scored)
        gap = ceiling - first
        return {"evenhand": 100 * evenhand, "first_article": 100 * first, "ceiling": 100 * ceiling,
                "gap_closed": (evenhand - first) / gap if gap > 0 else 0.0}

    def framing(self) -> dict[str, float] | None:
        scored = [c.framing for c in self.clusters if c.framing is not None]
        if not scored:
            return None
        evenhand = statistics.fmean(s.evenhand for s in scored)
        mean_article = statistics.fmean(s.mean_article for s in scored)
        matched = statistics.fmean(s.mean_article_matched for s in scored)
        ratio = evenhand / mean_article if mean_article else 0.0
        ratio_matched = evenhand / matched if matched else 0.0
        return {"evenhand": evenhand, "first_article": statistics.fmean(s.first_article for s in scored),
                "mean_article": mean_article, "ratio_to_mean_article": ratio, "reduction": 1.0 - ratio,
                "mean_article_length_matched": matched, "ratio_length_matched": ratio_matched,
                "reduction_length_matched": 1.0 - ratio_matched}

    def shape(self) -> dict[str, float]:
        words = [c.words for c in self.clusters] or [0]
        n = max(len(self.clusters), 1)
        return {
            "median_words": float(statistics.median(words)), "mean_words": statistics.fmean(words),
            "facts_per_brief": sum(c.facts_after_lede for c in self.clusters) / n,
            "narratives_per_brief": sum(c.narratives for c in self.clusters) / n,
            "contested_per_brief": sum(c.contested for c in self.clusters) / n,
            "briefs_without_lede": float(sum(c.audit.facts == 0 for c in self.clusters)),
        }

    def measured(self) -> dict[str, float]:
        """The figures the gate pins, flat: rates (ceilings), shape, lede and framing."""
        # The mechanical check alone counts a paraphrase a reader judged right as a failure: the gate
        # holds the failures no reader judged right (the raw figure is printed beside it).
        figures = {f"{kind}_per_100": value for kind, value in self.rates().items() if kind != "failed_citations"}
        figures["median_words"] = self.shape()["median_words"]
        figures["briefs_without_lede"] = self.shape()["briefs_without_lede"]
        lede = self.lede()
        if lede is not None:
            figures["lede_gap_closed"] = lede["gap_closed"]
        framing = self.framing()
        if framing is not None:
            figures["framing_reduction"] = framing["reduction"]
            figures["framing_reduction_length_matched"] = framing["reduction_length_matched"]
        return figures

    def examples(self, limit: int) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for cluster in self.clusters:
            for kind, texts in cluster.audit.flagged.items():
                room = limit - len(out.setdefault(kind, []))
                out[kind].extend(f"[{cluster.id}] {t}" for t in texts[: max(room, 0)])
        return out

    def to_dict(self) -> dict[str, Any]:
        counts = {kind: self.defect_count(kind) for kind in DEFECTS}
        counts["failed_citations"] = sum(c.audit.failed_citations for c in self.clusters)
        counts["failed_citations_not_judged_right"] = self.failed_not_judged_right()
        return {
            "data_set": self.data_set, "file": self.filename, "clusters": len(self.clusters),
            "printed_facts": self.facts, "corroborating_citations": self.citations,
            "per_100": {k: round(v, 3) for k, v in self.rates().items()}, "counts": counts,
            "shape": {k: round(v, 3) for k, v in self.shape().items()},
            "lede_rouge1": _rounded(self.lede()), "framing_70_words": _rounded(self.framing()),
            "evenhand_skipped": self.skipped_articles,
        }


def _rounded(figures: dict[str, float] | None) -> dict[str, float] | None:
    return None if figures is None else {k: round(v, 4) for k, v in figures.items()}


def run_audit(
    data_set: str, clusters: Sequence[Mapping[str, Any]], *, max_words: int | None = None,
    lexicon: Lexicon | None = None, judged: frozenset[Key] = frozenset(),
    progress: Callable[[Sequence[Mapping[str, Any]]], Iterable[Mapping[str, Any]]] = iter,
) -> AuditReport:
    """Audit the default brief of every cluster. Framing is measured where a lexicon is given
    and the set's references are neutral (NeuS); Multi-News's are not. ``judged``: the citations a
    reader judged right (:func:`judged_right`)."""
    make = BriefMaker(max_words)
    framing_lexicon = lexicon if data_set == "neus" else None
    audited = [audit_cluster(data_set, cluster, make, framing_lexicon) for cluster in progress(clusters)]
    return AuditReport(data_set, AUDIT_SETS[data_set], audited, make.skipped_articles, judged)


def judged_right(labels: Iterable[Label]) -> frozenset[Key]:
    """The keys of the citations a reader judged right."""
    return frozenset(label.key for label in labels if label.kind == "citation" and label.right)


_STREAM_FIELDS = ("source", "stance", "title", "text", "url", "date")


def stream_stories(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The AllSides stream's articles as clusters by their gold story, in the order stories first
    appear: fresh stories of two or three outlets, with no reference summary."""
    stories: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            story = stories.setdefault(record["story_id"], {"id": record["story_id"], "articles": []})
            story["articles"].append({key: record.get(key) for key in _STREAM_FIELDS})
    return list(stories.values())[:limit]


def audit_data_set(
    data_set: str, data_dir: Path = DATA_DIR, *, limit: int | None = None, max_words: int | None = None,
    lexicon_path: Path | None = LEXICON_PATH, labels_path: Path | None = LABELS_PATH,
    progress: Callable[[Sequence[Mapping[str, Any]]], Iterable[Mapping[str, Any]]] = iter,
) -> AuditReport:
    path = data_dir / AUDIT_SETS[data_set]
    clusters = stream_stories(path, limit) if data_set == "stream" else load_clusters(path, limit)
    lexicon = load_lexicon(lexicon_path) if lexicon_path is not None and lexicon_path.is_file() else None
    judged: frozenset[Key] = frozenset()
    if labels_path is not None and labels_path.is_file():
        judged = judged_right(load_labels(labels_path))
    return run_audit(data_set, clusters, max_words=max_words, lexicon=lexicon, judged=judged, progress=progress)


# --- pinning the gate -----------------------------------------------------------------------

# How far a pinned limit sits from the figure measured, for noise across platforms: about three
# facts a defect class, two or three citations, five words, a hundredth of a share.
MARGINS = {"per_100": 0.25, "failed_citations_not_judged_right_per_100": 1.5, "median_words": 5.0, "floor": 0.01}


def pinned_limits(reports: Sequence[AuditReport], precision: Mapping[str, Precision] | None = None) -> str:
    """The ``[set]``, ``[set.ceilings]``, ``[set.floors]`` and ``[labels]`` tables of
    ``tests/audit_limits.toml`` for figures measured now (``bench/audit.py --pin``)."""
    lines: list[str] = []
    for report in reports:
        measured = report.measured()
        lines += ["", f"[{report.data_set}]", f"clusters = {len(report.clusters)}", "", f"[{report.data_set}.ceilings]"]
        for key, value in measured.items():
            if key.endswith("_per_100"):
                margin = MARGINS.get(key, MARGINS["per_100"])
                lines.append(f"{key} = {math.ceil(100 * (value + margin) - 1e-9) / 100:.2f}  # measured {value:.3f}")
        median = measured["median_words"]
        lines.append(f"median_words = {math.ceil(median + MARGINS['median_words'])}  # measured {median:.1f}")
        lines.append(f"briefs_without_lede = {int(measured['briefs_without_lede'])}")
        lines += ["", f"[{report.data_set}.floors]"]
        floors = ("lede_gap_closed", "framing_reduction", "framing_reduction_length_matched")
        lines += [_floor(key, measured[key]) for key in floors if key in measured]
    gated = labels_measured(precision or {})
    if gated:
        lines += ["", "[labels]"]
        for key, value in gated.items():
            if key.endswith("_wrong"):
                lines.append(f"{key} = {int(value)}")
            else:
                p = (precision or {})[key]
                # Labelled items only vanish: the floor holds while two more judged right do.
                lowest = (p.right - 2) / (p.present - 2)
                lines.append(f"{key} = {math.floor(1000 * lowest) / 1000:.3f}  # measured {value:.3f} "
                             f"({p.right}/{p.present})")
    return "\n".join(lines).lstrip("\n") + "\n"


# Below this many labelled items still printed, a kind's precision moves too much with each item
# that stops being printed to be held to a floor; its count of wrong items is held all the same.
PRECISION_SAMPLE = 20


def labels_measured(precision: Mapping[str, Precision]) -> dict[str, float]:
    """What the gate holds of the labels: per kind with labels, the count of items judged wrong
    that briefs still print (a ceiling), and the precision where enough items remain (a floor)."""
    out: dict[str, float] = {}
    for kind, p in precision.items():
        if p.labelled:
            out[f"{kind}_wrong"] = float(p.wrong)
        if p.present >= PRECISION_SAMPLE and p.precision is not None:
            out[kind] = p.precision
    return out


def _floor(key: str, value: float) -> str:
    return f"{key} = {math.floor(1000 * (value - MARGINS['floor']) + 1e-9) / 1000:.3f}  # measured {value:.3f}"
