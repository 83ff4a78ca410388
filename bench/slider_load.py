"""What a reader's slider costs: a story page for a new slider setting, against writing that brief
once in-process and against the cached page, in one run.

    python bench/slider_load.py              # 300-story store, 20 stories measured, about 40 s
    python bench/slider_load.py --json

Builds the 300-story store of bench/web_load.py (the seed articles and the example, stored again
and again), imports ratings that this benchmark writes for their outlets (a plain CSV: fictional
scores, spread over both axes), and starts `evenhand serve` on 127.0.0.1. For ``--stories``
distinct stories it then times, one request at a time:

- ``brief in-process``: ``pipeline.slider_brief`` for the setting, in this process (embedder warm);
- ``new setting``: the story page for that setting, never asked before (written on demand);
- ``same setting again``: the same page three more times (the page cache);
- ``stored brief, cached``: the story's own page, once untimed, then three times alternating with
  the previous (baseline).

Targets (issue 8): a new setting costs at most 1.2 times the brief itself, and a repeated setting
what a cached page costs. Medians over the stories; ratios against the baselines of this run, also
as the median of each story's own ratio. On a shared 2-core machine single requests are noisy:
run it more than once.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from web_load import SEEDS, build_store, free_port, start_server

SETTINGS = ({"lean": "right", "depth": "2"}, {"lean": "left"}, {"establishment": "critical", "depth": "4"})


def _ratings_csv(path: Path, outlets: list[str]) -> None:
    """Fictional scores for the store's outlets, spread so that every setting keeps some of them."""
    points = [(-0.8, -0.6), (0.8, 0.4), (0.0, -0.9), (-0.4, 0.7), (0.6, -0.3)]
    lines = ["outlet,lean,establishment"]
    for i, outlet in enumerate(sorted(outlets)):
        lean, establishment = points[i % len(points)]
        lines.append(f'"{outlet}",{lean},{establishment}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _timed_get(client: httpx.Client, url: str) -> float:
    began = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - began
    if response.status_code != 200:
        raise SystemExit(f"slider_load: {url} answered {response.status_code}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=20, help="distinct stories measured (default 20)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    if not SEEDS.is_dir():
        print(f"skipped: {SEEDS} is absent", file=sys.stderr)
        return 0
    from urllib.parse import urlencode

    from evenhand.config import load_config
    from evenhand.embed import load_embedder
    from evenhand.outlets import Ratings, Sliders, read_ratings, slider_subset
    from evenhand.pipeline import slider_brief
    from evenhand.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "store.db"
        story_ids = build_store(db, 300)
        with Store.open(db) as store:
            _ratings_csv(Path(tmp) / "r.csv", [name for name, _ in store.outlets()])
            rows, _ = read_ratings(str(Path(tmp) / "r.csv"))
            store.import_ratings(rows)
            members = {sid: [a.to_article() for a in store.story_articles(sid)] for sid in story_ids}
        config, ratings, embedder = load_config(), Ratings(rows), load_embedder()
        chosen = story_ids[2 : 2 + args.stories]
        # Each story gets the next setting that keeps some of its outlets (the two events' outlets differ).
        settings = [
            next(st for k in range(len(SETTINGS)) if slider_subset(
                members[sid], ratings, Sliders.parse(**(st := SETTINGS[(i + k) % len(SETTINGS)]))
            ))
            for i, sid in enumerate(chosen)
        ]
        port = free_port()
        server = start_server(db, port, None)
        client = httpx.Client(timeout=60, trust_env=False)  # one kept-alive connection, loopback only
        in_process: list[float] = []
        fresh: list[float] = []
        again: list[float] = []
        stored: list[float] = []
        try:
            base = f"http://127.0.0.1:{port}"
            _timed_get(client, f"{base}/stories/{story_ids[0]}?depth=2")  # warm-up: the server's embedder loads
            _timed_get(client, f"{base}/stories/{story_ids[1]}")
            # Interleaved story by story, so that the machine's load falls alike on what is compared.
            for sid, setting in zip(chosen, settings, strict=True):
                began = time.perf_counter()
                slider_brief(members[sid], config, ratings, Sliders.parse(**setting), brief_id=sid, embedder=embedder)
                in_process.append(time.perf_counter() - began)
                url = f"{base}/stories/{sid}?{urlencode(setting)}"
                fresh.append(_timed_get(client, url))
                _timed_get(client, f"{base}/stories/{sid}")
                for _ in range(3):
                    again.append(_timed_get(client, url))
                    stored.append(_timed_get(client, f"{base}/stories/{sid}"))
        finally:
            client.close()
            server.terminate()
            server.wait(timeout=10)

    med = {k: statistics.median(v) * 1000 for k, v in
           {"in_process": in_process, "fresh": fresh, "again": again, "stored": stored}.items()}
    figures: dict[str, Any] = {
        "stories": len(chosen),
        "brief_in_process_ms": round(med["in_process"], 2),
        "new_setting_page_ms": round(med["fresh"], 2),
        "same_setting_again_ms": round(med["again"], 2),
        "stored_brief_cached_ms": round(med["stored"], 2),
        "new_setting_vs_brief": round(med["fresh"] / med["in_process"], 3),
        "new_setting_vs_brief_per_story": round(
            statistics.median(f / b for f, b in zip(fresh, in_process, strict=True)), 3
        ),
        "same_setting_vs_cached_page": round(med["again"] / med["stored"], 3),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"{len(chosen)} stories of a 300-story store, one request at a time, medians:")
    print(f"  brief for a slider setting, in-process   {figures['brief_in_process_ms']:8.2f} ms  (baseline)")
    print(f"  page for a new slider setting            {figures['new_setting_page_ms']:8.2f} ms"
          f"  {figures['new_setting_vs_brief']:.3f} x the brief (target <= 1.2);"
          f" story by story {figures['new_setting_vs_brief_per_story']:.3f} x")
    print(f"  the same setting again (page cache)      {figures['same_setting_again_ms']:8.2f} ms"
          f"  {figures['same_setting_vs_cached_page']:.3f} x a cached page")
    print(f"  stored brief's page, cached              {figures['stored_brief_cached_ms']:8.2f} ms  (baseline)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
