"""Story clustering at scale: a synthetic stream of 100,000 articles built from real sentences.

Sentences come from ../shared/data (Multi-News articles and AllSides snippets). Each synthetic story
draws a pool of sentences; its articles (1-6 per story) take sentences from that pool and a few from
elsewhere, with a steady 500 articles a day. The stream is clustered in order (with the sentence embedder,
in batches of 1,000) and the benchmark prints articles per second over the stretches ending at 1k, 10k
and 100k articles, the resident memory at each, the peak, and BCubed F1 against the synthetic stories.
The TF-IDF single-pass baseline (bench/cluster_quality.py), which compares each article with every
cluster in its window, runs on the first 10k in the same run for the ratio.

    python bench/cluster_scale.py [--articles 100000] [--no-embed]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from cluster_quality import run_baseline  # noqa: E402
from evenhand.stories import DAY, ClusterSettings, StreamClusterer, bcubed  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
PER_DAY = 500
T0 = 1_700_000_000.0
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def real_sentences() -> list[str]:
    sentences: list[str] = []
    for name in ("multinews_dev150.jsonl", "allsides_stream_dev.jsonl", "neus_val.jsonl"):
        path = SHARED / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            obj = json.loads(line)
            texts = [a.get("text") or "" for a in obj.get("articles", [])] or [obj.get("text") or ""]
            for text in texts:
                sentences.extend(s.strip() for s in _SPLIT.split(text) if 40 <= len(s.strip()) <= 400)
    return list(dict.fromkeys(sentences))


def synthetic_stream(
    n: int, sentences: list[str], seed: int = 7
) -> tuple[list[tuple[str, str, str, float]], dict[str, str]]:
    rng = random.Random(seed)
    items: list[tuple[str, str, str, float]] = []
    gold: dict[str, str] = {}
    story = 0
    while len(items) < n:
        pool = rng.sample(sentences, 8)
        for _ in range(min(rng.randint(1, 6), n - len(items))):
            body = rng.sample(pool, 4) + rng.sample(sentences, 2)
            rng.shuffle(body)
            doc_id = f"a{len(items):07d}"
            ts = T0 + (len(items) / PER_DAY) * DAY
            items.append((doc_id, pool[0][:90], " ".join(body), ts))
            gold[doc_id] = f"g{story}"
        story += 1
    return items, gold


def rss_mb() -> float:
    """The current resident set size, from /proc (Linux), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--no-embed", action="store_true", help="words only, without the sentence embedder")
    parser.add_argument("--baseline-articles", type=int, default=10_000)
    args = parser.parse_args()
    sentences = real_sentences()
    if len(sentences) < 1000:
        sys.exit(
            f"{SHARED}: too few real sentences found ({len(sentences)}); the shared data sets are needed"
        )
    items, gold = synthetic_stream(args.articles, sentences)
    print(
        f"{len(sentences)} real sentences; {len(items)} articles"
        f" in {len(set(gold.values()))} synthetic stories"
    )
    embedder = None
    if not args.no_embed:
        from evenhand.embed import load_embedder

        embedder = load_embedder("wordllama")
    clusterer = StreamClusterer(ClusterSettings(), embedder)
    checkpoints = [c for c in (1_000, 10_000, 100_000) if c <= len(items)] or [len(items)]
    predicted: dict[str, str] = {}
    start = time.perf_counter()
    last_time, last_n = start, 0
    print(
        f"{'articles':>9} {'art/s (stretch)':>16} {'art/s (overall)':>16} {'RSS MB':>8} {'open stories':>13}"
    )
    for offset in range(0, len(items), 1000):
        for decision in clusterer.add_many(items[offset : offset + 1000]):
            predicted[decision.article_id] = decision.story_id
        done = offset + min(1000, len(items) - offset)
        if done in checkpoints:
            now = time.perf_counter()
            print(
                f"{done:>9} {(done - last_n) / (now - last_time):>16.0f} {done / (now - start):>16.0f}"
                f" {rss_mb():>8.0f} {clusterer.open_stories:>13}"
            )
            last_time, last_n = now, done
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ours_rate = len(items) / (time.perf_counter() - start)
    f1 = bcubed(gold, predicted)["f1"]
    print(f"peak RSS {peak_mb:.0f} MB; BCubed F1 on the synthetic stories {f1:.3f}")

    n_base = min(args.baseline_articles, len(items))
    began = time.perf_counter()
    base_pred = run_baseline(items[:n_base], threshold=0.25)
    base_rate = n_base / (time.perf_counter() - began)
    base_f1 = bcubed({k: gold[k] for k in base_pred}, base_pred)["f1"]
    print(
        f"baseline (TF-IDF single pass, all clusters in a 3-day window) on the first {n_base}: "
        f"{base_rate:.0f} art/s, F1 {base_f1:.3f}; evenhand overall {ours_rate:.0f} art/s "
        f"(ratio {ours_rate / base_rate:.2f}x)"
    )


if __name__ == "__main__":
    main()
