"""Loopback load test of the web reader: the story page and the JSON API against baselines.

    python bench/web_load.py                    # seed store from ../shared/seeds, 4 s per target
    python bench/web_load.py --seconds 5 --concurrency 16 --json
    python bench/web_load.py --client httpx     # without wrk (apt-get install wrk)

Builds a store from the seed articles (001-004: one story, its brief written by the real
pipeline), starts `evenhand serve` on 127.0.0.1 in its own process, and loads it with
``--concurrency`` keep-alive connections for ``--seconds`` per target, using wrk when it is
installed (a C client that leaves the server most of the CPU) or else an async httpx client.
Baselines from the same server in the same run: /healthz (the framework's floor: routing,
thread pool, headers, one pragma) and a static file. The ratios say what reading the store and
rendering a brief cost over those on this machine. The story page and its JSON are measured
twice: with the server's default page cache, and rendered on every request (--cache-pages 0).
Any error or non-200 response fails the run (exit 1). Bounded: 7 targets x ``--seconds``
(default 4, at most 30) plus start-up.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"


@dataclass
class Result:
    name: str
    path: str
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    bytes: int = 0
    wrk: dict[str, float] | None = None

    def summary(self) -> dict[str, Any]:
        if self.wrk is not None:
            requests = int(self.wrk.get("requests", 0))
            return {
                "target": self.name,
                "path": self.path,
                "requests": requests,
                "errors": len(self.errors),
                "rps": self.wrk.get("rps", 0.0),
                "p50_ms": self.wrk.get("50%", float("nan")),
                "p99_ms": self.wrk.get("99%", float("nan")),
                "mean_ms": float("nan"),
                "bytes_per_response": self.bytes // max(1, requests),
            }
        ordered = sorted(self.latencies)

        def pct(q: float) -> float:
            return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else float("nan")

        return {
            "target": self.name,
            "path": self.path,
            "requests": len(self.latencies),
            "errors": len(self.errors),
            "rps": len(self.latencies) / self.seconds if self.seconds else 0.0,
            "p50_ms": pct(0.50),
            "p99_ms": pct(0.99),
            "mean_ms": statistics.fmean(ordered) * 1000 if ordered else float("nan"),
            "bytes_per_response": self.bytes // max(1, len(self.latencies)),
        }


def build_seed_store(path: Path) -> str:
    """A store holding the seed articles as one story with its brief; returns the story id."""
    from evenhand.compose import make_brief
    from evenhand.extract import read_path
    from evenhand.render import brief_to_dict
    from evenhand.store import Assignment, Store

    inputs = sorted(p for p in SEEDS.glob("*.txt") if not p.name.startswith("000_"))
    if not inputs:
        raise SystemExit(f"web_load: no seed articles in {SEEDS}")
    with Store.open(path) as store:
        ids = [store.add_article(article).article_id for p in inputs for article in read_path(p)]
        story_id = "s" + ids[0][1:]
        store.apply_assignments(
            [Assignment(article_id=a, story_id=story_id, score=1.0, new=i == 0) for i, a in enumerate(ids)]
        )
        articles = [row.to_article() for row in store.story_articles(story_id)]
        store.save_brief(story_id, brief_to_dict(make_brief(articles, brief_id=story_id)))
    return story_id


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int, cache_pages: int | None) -> subprocess.Popen[bytes]:
    evenhand = shutil.which("evenhand")
    command = [evenhand] if evenhand else [sys.executable, "-m", "evenhand.cli"]
    cache = ["--cache-pages", str(cache_pages)] if cache_pages is not None else []
    process = subprocess.Popen(
        [*command, "serve", "--db", str(db), "--port", str(port), *cache],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(
                f"web_load: server exited: {process.stderr.read().decode() if process.stderr else ''}"
            )
        try:
            if httpx.get(f"http://127.0.0.1:{port}/static/evenhand.css", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("web_load: server did not start within 30 s")


async def drive(base: str, target: Result, seconds: float, concurrency: int, check: str) -> None:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=10.0) as client:
        for _ in range(20):  # warm-up: templates compiled, connections opened, caches filled
            await client.get(target.path)
        stop = time.perf_counter() + seconds

        async def worker() -> None:
            while time.perf_counter() < stop:
                began = time.perf_counter()
                try:
                    response = await client.get(target.path)
                except httpx.HTTPError as exc:
                    target.errors.append(f"{type(exc).__name__}: {exc}")
                    continue
                elapsed = time.perf_counter() - began
                if response.status_code != 200 or check not in response.text:
                    target.errors.append(f"HTTP {response.status_code}")
                    continue
                target.latencies.append(elapsed)
                target.bytes += len(response.content)

        began = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        target.seconds = time.perf_counter() - began


_WRK_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0}


def _wrk_ms(text: str) -> float:
    for unit in ("us", "ms", "s"):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * _WRK_UNITS[unit]
    return float(text) * 1000.0


def drive_wrk(base: str, target: Result, seconds: float, concurrency: int, check: str) -> None:
    """The same load from wrk (C, one thread per CPU): the client costs the server far less CPU."""
    response = httpx.get(base + target.path, timeout=10)
    if response.status_code != 200 or check not in response.text:
        target.errors.append(f"HTTP {response.status_code} before the run")
        return
    threads = max(1, min(concurrency, (os.cpu_count() or 1)))
    run = subprocess.run(
        [
            "wrk",
            "--latency",
            "-t",
            str(threads),
            "-c",
            str(concurrency),
            "-d",
            f"{seconds:g}s",
            base + target.path,
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
        check=False,
    )
    out = run.stdout
    if run.returncode != 0:
        target.errors.append(f"wrk exited {run.returncode}: {run.stderr.strip()[:200]}")
        return
    fields: dict[str, float] = {}
    for line in out.splitlines():
        words = line.split()
        if len(words) >= 2 and words[0] in ("50%", "99%"):
            fields[words[0]] = _wrk_ms(words[1])
        elif line.strip().startswith("Requests/sec:"):
            fields["rps"] = float(words[1])
        elif "requests in" in line:
            fields["requests"] = float(words[0])
        elif line.strip().startswith(("Non-2xx or 3xx responses:", "Socket errors:")):
            target.errors.append(line.strip())
    target.wrk = fields
    target.bytes = len(response.content) * int(fields.get("requests", 0))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=4.0, help="load per target (default 4)")
    parser.add_argument("--concurrency", type=int, default=16, help="open connections (default 16)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--client",
        choices=("auto", "wrk", "httpx"),
        default="auto",
        help="load generator: wrk (apt-get install wrk) or httpx; auto picks wrk when installed",
    )
    args = parser.parse_args()
    client = args.client
    if client == "auto":
        client = "wrk" if shutil.which("wrk") else "httpx"
    elif client == "wrk" and not shutil.which("wrk"):
        print("web_load: wrk is not installed (apt-get install wrk); use --client httpx", file=sys.stderr)
        return 2
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if not SEEDS.is_dir():
        print(
            f"web_load: {SEEDS} is absent; it holds the seed articles this benchmark serves", file=sys.stderr
        )
        return 2
    args.seconds = min(max(args.seconds, 1.0), 30.0)

    with tempfile.TemporaryDirectory(prefix="evenhand-web-load-") as tmp:
        db = Path(tmp) / "seed.db"
        story_id = build_seed_store(db)
        from evenhand.store import Store

        with Store.open(db, readonly=True) as store:
            brief = store.get_brief(story_id) or {}
        headline = str(brief.get("headline", ""))
        article_id = str(brief["sources"][0]["article_id"])
        # (server's --cache-pages, result, text every response must contain); None: the default cache
        plan = [
            (None, Result("baseline: /healthz", "/healthz"), '"ok"'),
            (None, Result("static file", "/static/evenhand.css"), "--bg"),
            (None, Result("story page (HTML)", f"/stories/{story_id}"), "Facts</h2>"),
            (None, Result("story JSON API", f"/stories/{story_id}.json"), '"evenhand.brief/1"'),
            (None, Result("article page (HTML)", f"/articles/{article_id}"), "article-text"),
            (0, Result("story page, no cache", f"/stories/{story_id}"), "Facts</h2>"),
            (0, Result("story JSON, no cache", f"/stories/{story_id}.json"), '"evenhand.brief/1"'),
        ]
        for cache_pages in dict.fromkeys(c for c, _, _ in plan):
            port = free_port()
            server = start_server(db, port, cache_pages)
            try:
                base = f"http://127.0.0.1:{port}"
                for _, target, check in (item for item in plan if item[0] == cache_pages):
                    if client == "wrk":
                        drive_wrk(base, target, args.seconds, args.concurrency, check)
                    else:
                        asyncio.run(drive(base, target, args.seconds, args.concurrency, check))
            finally:
                server.terminate()
                try:
                    server.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    server.kill()
        targets = [(target, check) for _, target, check in plan]

    rows = [t.summary() for t, _ in targets]
    base_rps = rows[0]["rps"] or float("nan")
    base_p99 = rows[0]["p99_ms"]
    for row in rows:
        row["rps_vs_baseline"] = row["rps"] / base_rps
        row["p99_vs_baseline"] = row["p99_ms"] / base_p99
    meta = {
        "story": headline,
        "seconds_per_target": args.seconds,
        "concurrency": args.concurrency,
        "cpus": os.cpu_count(),
        "server": "evenhand serve (uvicorn, 1 process)",
        "client": client,
    }
    if args.json:
        print(json.dumps({"meta": meta, "results": rows}, indent=2))
    else:
        print(
            f"evenhand web load ({client}): {args.concurrency} connections, {args.seconds:g} s per target, "
            f"{os.cpu_count()} CPUs; story: {headline!r}"
        )
        print(
            f"{'target':24} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} "
            f"{'req/s vs base':>14} {'p99 vs base':>12}"
        )
        for row in rows:
            print(
                f"{row['target']:24} {row['requests']:9d} {row['rps']:8.1f} {row['p50_ms']:8.2f} "
                f"{row['p99_ms']:8.2f} {row['errors']:7d} {row['rps_vs_baseline']:14.2f} "
                f"{row['p99_vs_baseline']:12.2f}"
            )
    failures = [(t.name, e) for t, _ in targets for e in t.errors[:3]]
    for name, error in failures:
        print(f"web_load: error on {name}: {error}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
