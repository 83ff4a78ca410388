"""Peak memory of `evenhand cluster` (with the sentence embedder, and with --no-embed) on real articles.

Articles come from ../shared/data: every Multi-News article, then NeuS articles up to the count asked for.
They carry no dates, so every one of them is in the clustering window at once (the worst case for
memory). Each size is ingested into a fresh store, then `evenhand cluster` (which also writes the briefs
of the stories it makes) runs as a child process whose peak resident set size (ru_maxrss) is read when
it exits. The --no-embed run on the largest size is the baseline, measured in the same run.

    python bench/cluster_memory.py [--sizes 250,500,1000] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def real_articles(n: int) -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = []
    for name in ("multinews_dev150.jsonl", "neus_val.jsonl"):
        for line in (SHARED / name).read_text(encoding="utf-8").splitlines():
            for k, article in enumerate(json.loads(line).get("articles", [])):
                text = article.get("text") or ""
                if len(text.split()) < 40:
                    continue
                articles.append({
                    "outlet": article.get("source") or f"Outlet {len(articles) % 37}",
                    "title": article.get("title") or text.split(".")[0][:120],
                    "text": text,
                    "url": f"https://bench.example/{name}/{len(articles)}/{k}",
                })
                if len(articles) >= n:
                    return articles
    return articles


def _evenhand(*args: str) -> list[str]:
    return [sys.executable, "-m", "evenhand", *args]


def peak_cluster(db: Path, no_embed: bool) -> tuple[float, float]:
    """(peak RSS in MB, seconds) of one `evenhand cluster` child process."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        _evenhand("cluster", "--db", str(db), "--quiet", *(["--no-embed"] if no_embed else [])),
        stdout=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"evenhand cluster failed (exit {proc.returncode})")
    return usage.ru_maxrss / 1024, time.perf_counter() - started


def store_of(articles: list[dict[str, Any]], folder: Path, name: str) -> Path:
    source = folder / f"{name}.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    db = folder / f"{name}.db"
    subprocess.run(_evenhand("ingest", str(source), "--db", str(db), "--quiet"), check=True)
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="250,500,1000", help="Article counts, comma-separated.")
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    args = parser.parse_args()
    if not (SHARED / "multinews_dev150.jsonl").exists():
        print(f"skipped: {SHARED} is not there (the benchmark reads real articles from it)")
        return
    sizes = sorted(int(s) for s in args.sizes.split(","))
    articles = real_articles(max(sizes))
    rows = []
    with tempfile.TemporaryDirectory(prefix="evenhand-cluster-memory-") as tmp:
        for size in sizes:
            db = store_of(articles[:size], Path(tmp), f"embed-{size}")
            mb, seconds = peak_cluster(db, no_embed=False)
            rows.append({"articles": size, "embed": True, "peak_mb": round(mb, 1), "seconds": round(seconds, 1)})
        db = store_of(articles[: sizes[-1]], Path(tmp), "words-only")
        mb, seconds = peak_cluster(db, no_embed=True)
        rows.append({"articles": sizes[-1], "embed": False, "peak_mb": round(mb, 1), "seconds": round(seconds, 1)})
    if args.json:
        print(json.dumps({"benchmark": "cluster_memory", "rows": rows}, indent=2))
        return
    baseline = rows[-1]["peak_mb"]
    print("`evenhand cluster` (and its briefs), every article in one window, peak resident memory:")
    print(f"{'articles':>8}  {'mode':<10} {'peak MB':>8} {'seconds':>8}  vs --no-embed")
    for row in rows:
        mode = "embedder" if row["embed"] else "--no-embed"
        print(f"{row['articles']:>8}  {mode:<10} {row['peak_mb']:>8.0f} {row['seconds']:>8.1f}  "
              f"x{row['peak_mb'] / baseline:.2f}")


if __name__ == "__main__":
    main()
