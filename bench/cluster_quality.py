"""Story clustering quality on a real stream: evenhand's clusterer against a TF-IDF single-pass baseline.

Reads ../shared/data/allsides_stream_dev.jsonl (882 article snippets of 303 AllSides stories, in date order)
and feeds it as a stream to both clusterers, scoring BCubed F1 against the gold stories.

Two properties of that file would make the task trivial and are removed before either clusterer sees it:
every story has its own exact timestamp (AllSides' roundup time), and a story's articles are adjacent in
the file. So timestamps are cut to the day, and articles within a day are shuffled (several seeds).

Thresholds are tuned on half of the stories (story ids hashed into two halves) and the F1 is reported on
the other half too, within the clustering of the whole stream. A second split tunes on the first 60% of
days and reports on the rest.

    python bench/cluster_quality.py [--seeds 3] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from evenhand.lexicon import CLUSTER_STOPWORDS  # noqa: E402
from evenhand.stories import DAY, ClusterSettings, StreamClusterer, bcubed  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "allsides_stream_dev.jsonl"

Item = tuple[str, str, str, float]  # id, title, text, day timestamp


def load(path: Path = DATA) -> tuple[list[dict[str, str]], dict[str, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows, {r["doc_id"]: r["story_id"] for r in rows}


def stream(rows: Sequence[dict[str, str]], seed: int) -> list[Item]:
    """Date order at day resolution, shuffled within each day."""
    rng = random.Random(seed)
    by_day: dict[str, list[Item]] = {}
    for r in rows:
        day = r["date"][:10]
        ts = datetime.fromisoformat(day + "T00:00:00+00:00").timestamp()
        by_day.setdefault(day, []).append((r["doc_id"], r["title"] or "", r["text"] or "", ts))
    items: list[Item] = []
    for day in sorted(by_day):
        batch = by_day[day]
        rng.shuffle(batch)
        items.extend(batch)
    return items


def halves(gold: dict[str, str]) -> tuple[set[str], set[str]]:
    """Articles of stories whose id hashes even (tuning) and odd (held out)."""
    tune, held = set(), set()
    for doc, story in gold.items():
        (tune if hashlib.sha256(story.encode()).digest()[0] % 2 == 0 else held).add(doc)
    return tune, held


def date_split(rows: Sequence[dict[str, str]]) -> tuple[set[str], set[str]]:
    days = sorted({r["date"][:10] for r in rows})
    cut = days[int(len(days) * 0.6)]
    early = {r["doc_id"] for r in rows if r["date"][:10] < cut}
    return early, {r["doc_id"] for r in rows} - early


def run_ours(items: Sequence[Item], settings: ClusterSettings, embedder: object | None) -> dict[str, str]:
    clusterer = StreamClusterer(settings, embedder)  # type: ignore[arg-type]
    return {d.article_id: d.story_id for d in clusterer.add_many(items)}


_WORD = __import__("re").compile(r"[a-z0-9]+")


def run_baseline(items: Sequence[Item], threshold: float, window_days: float = 3.0) -> dict[str, str]:
    """Single-pass TF-IDF: cosine to each cluster centroid active within the window; join the best above
    the threshold, else start a cluster. Online IDF from the stream so far."""
    df: Counter[str] = Counter()
    n = 0
    clusters: list[tuple[dict[str, float], list[float], str]] = []  # centroid, [last_ts], id
    labels: dict[str, str] = {}
    for doc_id, title, text, ts in items:
        tokens = [t for t in _WORD.findall(f"{title} {text}".lower()) if t not in CLUSTER_STOPWORDS]
        counts = Counter(tokens)
        n += 1
        df.update(counts.keys())
        vec = {t: c * (math.log((n + 1) / (df[t] + 1)) + 1) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vec = {t: v / norm for t, v in vec.items()}
        best, best_i = -1.0, -1
        for i, (centroid, last, _) in enumerate(clusters):
            if ts - last[0] > window_days * DAY:
                continue
            cnorm = math.sqrt(sum(v * v for v in centroid.values())) or 1.0
            sim = sum(v * centroid.get(t, 0.0) for t, v in vec.items()) / cnorm
            if sim > best:
                best, best_i = sim, i
        if best >= threshold:
            centroid, last, cid = clusters[best_i]
            for t, v in vec.items():
                centroid[t] = centroid.get(t, 0.0) + v
            last[0] = max(last[0], ts)
        else:
            cid = doc_id
            clusters.append((dict(vec), [ts], cid))
        labels[doc_id] = cid
    return labels


def sweep(
    name: str,
    runner: Callable[[float, int], dict[str, str]],
    thresholds: Sequence[float],
    seeds: Sequence[int],
    gold: dict[str, str],
    splits: dict[str, tuple[set[str], set[str]]],
) -> dict[str, object]:
    """Mean F1 over seeds per threshold and subset; each split picks its threshold on its tuning part."""
    table: dict[float, dict[str, float]] = {}
    for threshold in thresholds:
        scores: dict[str, list[float]] = {}
        for seed in seeds:
            predicted = runner(threshold, seed)
            scores.setdefault("all", []).append(bcubed(gold, predicted)["f1"])
            for split, (tune, held) in splits.items():
                scores.setdefault(f"{split}:tune", []).append(bcubed(gold, predicted, tune)["f1"])
                scores.setdefault(f"{split}:held", []).append(bcubed(gold, predicted, held)["f1"])
        table[threshold] = {k: statistics.mean(v) for k, v in scores.items()}
    result: dict[str, object] = {"name": name}
    best_all = max(thresholds, key=lambda t: table[t]["all"])
    result["best_threshold_all"] = best_all
    result["best_f1_all"] = table[best_all]["all"]
    for split in splits:
        chosen = max(thresholds, key=lambda t: table[t][f"{split}:tune"])
        result[f"{split}_threshold"] = chosen
        result[f"{split}_tune_f1"] = table[chosen][f"{split}:tune"]
        result[f"{split}_held_f1"] = table[chosen][f"{split}:held"]
    result["table"] = {f"{t:.2f}": {k: round(v, 4) for k, v in row.items()} for t, row in table.items()}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seeds", type=int, default=3, help="within-day shuffles to average over")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument("--no-embed", action="store_true", help="our clusterer without sentence embeddings")
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA}: not found (the shared data sets live in ../shared/data)")
    rows, gold = load()
    seeds = list(range(args.seeds))
    streams = {seed: stream(rows, seed) for seed in seeds}
    splits = {"story_half": halves(gold), "date_60_40": date_split(rows)}
    embedder = None
    if not args.no_embed:
        from evenhand.embed import load_embedder

        embedder = load_embedder("wordllama")
    default = ClusterSettings()

    started = time.perf_counter()
    base = sweep(
        "tfidf_single_pass_3day",
        lambda t, seed: run_baseline(streams[seed], t),
        [round(0.05 * i, 2) for i in range(2, 13)],
        seeds,
        gold,
        splits,
    )
    ours = sweep(
        "evenhand",
        lambda t, seed: run_ours(streams[seed], replace(default, threshold=t), embedder),
        [round(0.02 * i, 2) for i in range(5, 21)],
        seeds,
        gold,
        splits,
    )
    at_default = [run_ours(streams[seed], default, embedder) for seed in seeds]
    ours["default_threshold"] = default.threshold
    ours["default_f1_all"] = statistics.mean(bcubed(gold, p)["f1"] for p in at_default)
    for split, (_, held) in splits.items():
        ours[f"{split}_held_f1_at_default"] = statistics.mean(bcubed(gold, p, held)["f1"] for p in at_default)
    elapsed = time.perf_counter() - started
    if args.json:
        print(json.dumps({"baseline": base, "ours": ours, "seconds": elapsed}, indent=2))
        return
    print(f"{len(rows)} articles, {len(set(gold.values()))} gold stories, seeds={seeds}, {elapsed:.1f}s")
    for result in (base, ours):
        print(f"\n{result['name']}")
        print(
            f"  best F1 over all articles: {result['best_f1_all']:.4f}"
            f" at threshold {result['best_threshold_all']}"
        )
        for split in splits:
            print(
                f"  {split}: threshold {result[f'{split}_threshold']} tuned on one part"
                f" -> tune F1 {result[f'{split}_tune_f1']:.4f}, held-out F1 {result[f'{split}_held_f1']:.4f}"
            )
    print(
        f"\nevenhand at its packaged default threshold {default.threshold}: F1 {ours['default_f1_all']:.4f}"
    )
    for split in splits:
        print(f"  held-out part of {split}: F1 {ours[f'{split}_held_f1_at_default']:.4f}")
    print(
        "\nratio of best F1, evenhand / baseline:"
        f" {float(ours['best_f1_all']) / float(base['best_f1_all']):.3f}"
    )


if __name__ == "__main__":
    main()
