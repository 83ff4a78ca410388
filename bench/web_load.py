"""Loopback load test of the web reader: story pages and the JSON API against baselines.

    python bench/web_load.py                    # 300-story store, 3 s per target, under 60 s in all
    python bench/web_load.py --seconds 2 --concurrency 16 --json
    python bench/web_load.py --client httpx     # without wrk (apt-get install wrk)

Builds a store of ``--stories`` stories (default 300) from two real events: the seed articles
(../shared/seeds/001-004) and the package's example articles, each read with
``evenhand.ingest.extract.read_path`` and stored again and again under new ids (a copy number appended
to every text, so no two articles are the same text). One brief per event is written by the real
pipeline; each copy gets that brief with its own article ids (the offsets hold: the texts only
grow at the end). Then `evenhand serve` starts on 127.0.0.1 in its own process and is loaded
with ``--concurrency`` keep-alive connections for ``--seconds`` per target, by wrk when it is
installed (a C client that leaves the server most of the CPU) or else an async httpx client.

Targets: /healthz (the framework's floor: routing, thread pool, headers, one pragma) and a static
file are the baselines, measured by the same server in the same run. One story page and its JSON
again and again (mostly page-cache hits), an article page, then the uncached cost: requests that
cycle through every story (300 distinct pages against a 256-page cache: an LRU never hits on a
cyclic sweep longer than itself), through the front pages, and one story with the cache turned
off (--cache-pages 0). Any error or non-200 response fails the run (exit 1). Bounded: 10 targets
x ``--seconds`` (1 to 4) plus about 10 s of set-up; a watchdog stops everything at 60 s.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import dataclasses
import itertools
import json
import logging
import os
import shutil
import signal
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
EXAMPLE = REPO / "src" / "evenhand" / "example"
BUDGET = 60.0  # seconds for the whole run, set-up included


@dataclass
class Result:
    name: str
    path: str
    paths: list[str] = field(default_factory=list)
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
            "distinct_paths": len(self.paths),
            "requests": len(self.latencies),
            "errors": len(self.errors),
            "rps": len(self.latencies) / self.seconds if self.seconds else 0.0,
            "p50_ms": pct(0.50),
            "p99_ms": pct(0.99),
            "mean_ms": statistics.fmean(ordered) * 1000 if ordered else float("nan"),
            "bytes_per_response": self.bytes // max(1, len(self.latencies)),
        }


def read_events() -> list[list[Any]]:
    """The two real events: the seed articles 001-004 and the example articles."""
    from evenhand.ingest.extract import read_path

    seeds = sorted(p for p in SEEDS.glob("*.txt") if not p.name.startswith("000_"))
    if not seeds:
        raise SystemExit(f"web_load: no seed articles in {SEEDS}")
    return [[a for p in seeds for a in read_path(p)], read_path(EXAMPLE)]


def build_store(path: Path, n_stories: int) -> list[str]:
    """A store of ``n_stories`` stories, each with its brief; returns their ids (the seed story first)."""
    from evenhand.brief.compose import make_brief
    from evenhand.brief.render import brief_to_dict
    from evenhand.store import Assignment, Store

    events = read_events()
    stories: list[tuple[str, dict[str, str]]] = []  # story id, and its article id for each event article
    with Store.open(path) as store:
        store.conn.execute("PRAGMA synchronous = OFF")  # a throwaway file: no need to wait for the disk
        assignments = []
        for n in range(n_stories):
            event, number = events[n % len(events)], n // len(events)
            # A copy number at the end of each text makes a new article (its id and hash differ)
            # whose earlier offsets, and so the event's brief, still hold.
            ids = {
                a.id: store.add_article(
                    dataclasses.replace(
                        a,
                        text=f"{a.text}\n\n(Copy {number}.)" if number else a.text,
                        url=f"{a.url}?copy={number}" if a.url and number else a.url,
                        id="",
                    )
                ).article_id
                for a in event
            }
            story_id = "s" + next(iter(ids.values()))[1:]
            stories.append((story_id, ids))
            assignments += [Assignment(a, story_id, 1.0, new=i == 0) for i, a in enumerate(ids.values())]
        store.apply_assignments(assignments)
        # One brief per event from the real pipeline; every copy gets it with its own article ids.
        written: list[tuple[dict[str, Any], dict[str, str]]] = []
        for story_id, ids in stories[: len(events)]:
            articles = [row.to_article() for row in store.story_articles(story_id)]
            brief = brief_to_dict(make_brief(articles, brief_id=story_id))
            written.append((brief, {stored: event_id for event_id, stored in ids.items()}))
        for n, (story_id, ids) in enumerate(stories):
            template, event_ids = written[n % len(events)]
            brief = copy.deepcopy(template)
            for source in brief["sources"]:
                source["article_id"] = ids[event_ids[source["article_id"]]]
            if n >= len(events):
                brief["id"] = story_id
                brief["headline"] = f"{brief['headline']} (copy {n // len(events)})"
            store.save_brief(story_id, brief)
    return [story_id for story_id, _ in stories]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int, cache_pages: int | None) -> subprocess.Popen[bytes]:
    evenhand = shutil.which("evenhand")
    command = [evenhand] if evenhand else [sys.executable, "-m", "evenhand"]
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
            if fetch(f"http://127.0.0.1:{port}/static/evenhand.css", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("web_load: server did not start within 30 s")


def fetch(url: str, timeout: float = 10) -> httpx.Response:
    return httpx.get(url, timeout=timeout, trust_env=False)  # loopback: never through a proxy


async def drive(base: str, target: Result, seconds: float, concurrency: int, check: str) -> None:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    paths = itertools.cycle(target.paths)  # one event loop: requests take the paths strictly in turn
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=10.0, trust_env=False) as client:
        for _ in range(20):  # warm-up: templates compiled, connections opened
            await client.get(next(paths))
        stop = time.perf_counter() + seconds

        async def worker() -> None:
            while time.perf_counter() < stop:
                began = time.perf_counter()
                try:
                    response = await client.get(next(paths))
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

# Each wrk thread takes every n-th path from its own offset, so that together they sweep the
# list in order and no path comes round again before all the others have.
_WRK_SCRIPT = """
local paths = {%s}
local counter = 0
function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
end
function init(args)
  step = tonumber(args[1])
  i = offset
end
function request()
  local path = paths[(i %% #paths) + 1]
  i = i + step
  return wrk.format(nil, path)
end
"""


def _wrk_ms(text: str) -> float:
    for unit in ("us", "ms", "s"):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * _WRK_UNITS[unit]
    return float(text) * 1000.0


def drive_wrk(base: str, target: Result, seconds: float, concurrency: int, check: str, tmp: Path) -> None:
    """The same load from wrk (C, one thread per CPU): the client costs the server far less CPU."""
    sizes = []
    for path in dict.fromkeys([target.paths[0], target.paths[-1]]):
        response = fetch(base + path)
        if response.status_code != 200 or check not in response.text:
            target.errors.append(f"HTTP {response.status_code} on {path} before the run")
            return
        sizes.append(len(response.content))
    threads = max(1, min(concurrency, (os.cpu_count() or 1)))
    script = tmp / "paths.lua"
    script.write_text(_WRK_SCRIPT % ", ".join(json.dumps(p) for p in target.paths), encoding="utf-8")
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
            "-s",
            str(script),
            base + "/",
            "--",
            str(threads),
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 30,
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
    target.bytes = int(statistics.fmean(sizes) * fields.get("requests", 0))


class OverBudget(Exception):
    pass


def _over_budget(signum: int, frame: Any) -> None:
    raise OverBudget


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="load per target, 1 to 4 (default 3)")
    parser.add_argument("--concurrency", type=int, default=16, help="open connections (default 16)")
    parser.add_argument("--stories", type=int, default=300, help="stories in the store, 20 to 600 (default 300)")
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
    args.seconds = min(max(args.seconds, 1.0), 4.0)
    args.stories = min(max(args.stories, 20), 600)
    began = time.monotonic()
    signal.signal(signal.SIGALRM, _over_budget)
    signal.alarm(int(BUDGET))
    try:
        return run(args, client, began)
    except OverBudget:
        print(f"web_load: stopped: the run took over {BUDGET:g} s (a loaded machine?)", file=sys.stderr)
        return 1
    finally:
        signal.alarm(0)


def run(args: argparse.Namespace, client: str, began: float) -> int:
    with tempfile.TemporaryDirectory(prefix="evenhand-web-load-") as tmp:
        db = Path(tmp) / "bench.db"
        story_ids = build_store(db, args.stories)
        built = time.monotonic() - began
        from evenhand.store import Store

        with Store.open(db, readonly=True) as store:
            brief = store.get_brief(story_ids[0]) or {}
        headline = str(brief.get("headline", ""))
        article_id = str(brief["sources"][0]["article_id"])
        story_id = story_ids[0]
        every_story = [f"/stories/{s}" for s in story_ids]
        fronts = [f"/?page={n}" if n > 1 else "/" for n in range(1, -(-len(story_ids) // 30) + 1)]
        n = len(story_ids)

        def one(name: str, path: str) -> Result:
            return Result(name, path, [path])

        # (server's --cache-pages, result, text every response must contain); None: the default cache
        plan = [
            (None, one("baseline: /healthz", "/healthz"), '"ok"'),
            (None, one("static file", "/static/evenhand.css"), "--bg"),
            (None, one("one story page", f"/stories/{story_id}"), "Facts</h2>"),
            (None, one("one story JSON", f"/stories/{story_id}.json"), '"evenhand.brief/1"'),
            (None, one("one article page", f"/articles/{article_id}"), "article-text"),
            (None, Result(f"{n} story pages", f"/stories/ID x{n}", every_story), "Facts</h2>"),
            (None, Result(f"{n} story JSONs", f"/stories/ID.json x{n}", [p + ".json" for p in every_story]),
             '"evenhand.brief/1"'),
            (None, Result(f"{len(fronts)} front pages", f"/?page=N x{len(fronts)}", fronts), "Stories</h1>"),
            (0, one("one story, no cache", f"/stories/{story_id}"), "Facts</h2>"),
            (0, one("one JSON, no cache", f"/stories/{story_id}.json"), '"evenhand.brief/1"'),
        ]
        for cache_pages in dict.fromkeys(c for c, _, _ in plan):
            port = free_port()
            server = start_server(db, port, cache_pages)
            try:
                base = f"http://127.0.0.1:{port}"
                for _, target, check in (item for item in plan if item[0] == cache_pages):
                    if client == "wrk":
                        drive_wrk(base, target, args.seconds, args.concurrency, check, Path(tmp))
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
        "stories": len(story_ids),
        "seconds_per_target": args.seconds,
        "concurrency": args.concurrency,
        "cpus": os.cpu_count(),
        "server": "evenhand serve (uvicorn, 1 process; default page cache 256)",
        "client": client,
        "store_build_s": round(built, 1),
        "total_s": round(time.monotonic() - began, 1),
    }
    if args.json:
        print(json.dumps({"meta": meta, "results": rows}, indent=2))
    else:
        print(
            f"evenhand web load ({client}): {args.concurrency} connections, {args.seconds:g} s per target, "
            f"{os.cpu_count()} CPUs; {len(story_ids)} stories (store built in {built:.1f} s); "
            f"one story: {headline!r}"
        )
        print(
            f"{'target':22} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} "
            f"{'req/s vs base':>14} {'p99 vs base':>12}"
        )
        for row in rows:
            print(
                f"{row['target']:22} {row['requests']:9d} {row['rps']:8.1f} {row['p50_ms']:8.2f} "
                f"{row['p99_ms']:8.2f} {row['errors']:7d} {row['rps_vs_baseline']:14.2f} "
                f"{row['p99_vs_baseline']:12.2f}"
            )
        print(f"total {meta['total_s']} s")
    failures = [(t.name, e) for t, _ in targets for e in t.errors[:3]]
    for name, error in failures:
        print(f"web_load: error on {name}: {error}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
