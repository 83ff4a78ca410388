"""The distributed batch at scale: what a cluster of N workers buys, to size one.

Builds a synthetic WARC set from the shared AllSides stream (../shared/data/allsides_stream_dev.jsonl):
each of its articles becomes an HTML page in a WARC response record, and the stream is replayed as
often as ``--n`` asks, each replay 120 days after the one before (so replays are separate stories) with
a replay marker in the text (so no replay is a duplicate of another; each is linked as a wire copy).
Then, in the same run, on the same files:

- the single-process path: ingest (extract), cluster and write the briefs into a SQLite store, the
  calls ``evenhand ingest`` and ``evenhand cluster`` make, in one process of its own;
- ``evenhand batch`` (``run_batch``) on a LocalCluster of 1 and then 2 workers, writing Parquet.

It prints articles per second (overall and per worker), the speed-up against the single process and
against one worker, the peak resident memory of each worker process, and the cost per article of each
stage (extract, cluster, brief). Each stage of the batch is timed from the client, so "extract" there
includes the dedup pass on the client, and "brief" the Parquet writes.

    python bench/batch_scale.py [--n 100000] [--json]

The batch also needs ``pip install -e '.[batch]'``.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

DATA = ROOT.parent / "shared" / "data" / "allsides_stream_dev.jsonl"
PER_FILE = 1000
REPLAY_DAYS = 120


def build_warcs(n: int, folder: Path) -> int:
    """Write ``n`` pages into WARC files of at most ``PER_FILE`` records; returns how many files."""
    from datetime import datetime, timedelta

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    folder.mkdir(parents=True, exist_ok=True)
    per_file = max(50, min(PER_FILE, n // 8))  # at least 8 files, so extraction has tasks to spread
    files = 0
    writer: Any = None
    handle: Any = None
    for i in range(n):
        if i % per_file == 0:
            if handle is not None:
                handle.close()
            handle = (folder / f"crawl-{files:05d}.warc.gz").open("wb")
            writer = WARCWriter(handle, gzip=True)
            files += 1
        replay, row = divmod(i, len(rows))
        row = rows[row]
        date = datetime.fromisoformat(row["date"]) + timedelta(days=REPLAY_DAYS * replay)
        outlet = row["source"] or "Unknown"
        slug = "".join(ch for ch in outlet.lower() if ch.isalnum()) or "outlet"
        url = f"https://{slug}.example/{replay}/{row['doc_id']}"
        paragraphs = [p for p in (row["text"] or "").split("\n") if p.strip()]
        paragraphs.append(f"This is replay {replay} of the archive.")
        body = (
            "<!doctype html><html><head><meta charset='utf-8'>"
            f"<title>{html.escape(row['title'] or '')}</title>"
            f"<meta property='og:site_name' content='{html.escape(outlet, quote=True)}'>"
            f"<meta property='article:published_time' content='{date.isoformat()}'>"
            f"</head><body><article><h1>{html.escape(row['title'] or '')}</h1>"
            + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            + "</article></body></html>"
        ).encode("utf-8")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    if handle is not None:
        handle.close()
    return files


_SINGLE = """
import json, resource, sys, time
from evenhand import pipeline
from evenhand.config import load_config
from evenhand.ingest.fetch import FetchSettings
from evenhand.store import Store
config = load_config()
seconds = {}
with Store.open(sys.argv[2]) as store:
    start = time.perf_counter()
    pipeline.ingest(store, [sys.argv[1]], FetchSettings(), config)
    seconds["extract"] = time.perf_counter() - start
    start = time.perf_counter()
    embedder = pipeline.embedder(config, False)
    pipeline.cluster(store, pipeline.cluster_settings(config, None, None), embedder)
    seconds["cluster"] = time.perf_counter() - start
    start = time.perf_counter()
    written, failed = pipeline.write_briefs(store, store.stale_stories(), config, embedder)
    seconds["brief"] = time.perf_counter() - start
    stats = store.stats()
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": seconds, "articles": stats["articles"], "stories": stats["stories"],
                  "peak_mb": usage.ru_maxrss / 1024, "cpu_seconds": usage.ru_utime + usage.ru_stime}))
"""


def single_process(warcs: Path, work: Path) -> dict[str, Any]:
    """The single-process path in a process of its own: ingest, cluster and write every brief, as
    `evenhand ingest` and `evenhand cluster` do (each stage timed apart, and the peak memory)."""
    result = subprocess.run(
        [sys.executable, "-c", _SINGLE, str(warcs), str(work / "single.db")], capture_output=True, text=True
    )
    if result.returncode != 0:
        raise SystemExit(f"the single-process path failed: {result.stderr.strip()[-2000:]}")
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def batch(warcs: Path, work: Path, workers: int) -> dict[str, Any]:
    import distributed

    from evenhand.batch import run_batch

    inputs = sorted(str(p) for p in warcs.glob("*.warc.gz"))
    cluster = distributed.LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    with distributed.Client(cluster) as client:
        before = sum(client.run(_cpu).values()) + _cpu()
        start = time.perf_counter()
        report = run_batch(inputs, client, parquet=str(work / f"batch{workers}"))
        total = time.perf_counter() - start
        cpu = sum(client.run(_cpu).values()) + _cpu() - before
        peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    cluster.close()
    s = report.seconds
    stages = {"extract": s.get("read", 0.0) + s.get("dedup", 0.0), "cluster": s["cluster"], "brief": s["brief"]}
    return {
        "seconds": stages,
        "total": total,
        "cpu_seconds": cpu,
        "articles": report.articles,
        "stories": report.stories,
        "peak_mb_per_worker": sorted(round(v / 1024) for v in peaks.values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles in the synthetic WARC set")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not DATA.exists():
        raise SystemExit(f"{DATA} is absent: the benchmark builds its WARC set from the shared AllSides stream")
    try:
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        raise SystemExit("the batch needs Dask and pyarrow: pip install -e '.[batch]'") from None
    with tempfile.TemporaryDirectory(prefix="evenhand-batch-bench-") as tmp:
        work = Path(tmp)
        start = time.perf_counter()
        files = build_warcs(args.n, work / "warcs")
        built = time.perf_counter() - start
        single = single_process(work / "warcs", work)
        runs = {w: batch(work / "warcs", work, w) for w in (1, 2)}
    single_total = sum(single["seconds"].values())
    result: dict[str, Any] = {
        "articles": args.n,
        "warc_files": files,
        "build_seconds": round(built, 1),
        "cores": os.cpu_count(),
        "single": {**single, "total": single_total},
        "batch": runs,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{args.n} articles in {files} WARC file(s) (built in {built:.0f} s); {os.cpu_count()} cores")
    header = f"{'path':<22}{'total s':>9}{'art/s':>9}{'art/s/worker':>14}{'vs single':>11}{'vs 1 worker':>13}"
    print(header)
    rows = [("single process", single_total, 1, None)] + [
        (f"batch, {w} worker{'s' if w > 1 else ''}", r["total"], w, r) for w, r in runs.items()
    ]
    for name, total, workers, _ in rows:
        rate = single["articles"] / total
        one = runs[1]["total"] / total if name.startswith("batch") else float("nan")
        print(f"{name:<22}{total:>9.1f}{rate:>9.1f}{rate / workers:>14.1f}{single_total / total:>10.2f}x{one:>12.2f}x")
    print("\ncost per article (ms) by stage, and peak resident memory")
    print(f"{'path':<22}{'extract':>9}{'cluster':>9}{'brief':>9}   peak MB")
    for name, _, _, run in rows:
        seconds = single["seconds"] if run is None else run["seconds"]
        peak = f"{single['peak_mb']:.0f}" if run is None else f"{run['peak_mb_per_worker']} per worker"
        n = single["articles"] if run is None else run["articles"]
        print(
            f"{name:<22}"
            + "".join(f"{1000 * seconds[s] / n:>9.2f}" for s in ("extract", "cluster", "brief"))
            + f"   {peak}"
        )
    print("\nCPU time per article (ms; on a shared machine wall time is noisy, CPU time less so):")
    print(
        f"  single process {1000 * single['cpu_seconds'] / single['articles']:.1f}; "
        + "; ".join(
            f"batch, {w} worker(s) {1000 * r['cpu_seconds'] / r['articles']:.1f} (workers and client)"
            for w, r in runs.items()
        )
    )
    print(f"\nstories: single {single['stories']}, batch " + ", ".join(str(r["stories"]) for r in runs.values()))


if __name__ == "__main__":
    main()
