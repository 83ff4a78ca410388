"""ROUGE of evenhand's briefs against the lead and LexRank baselines, run in one process.

    python bench/quality.py                      # both data sets, every cluster
    python bench/quality.py --limit 20 --json    # a quick run, machine-readable

Reads ../shared/data/multinews_dev150.jsonl (250-word budget) and neus_val.jsonl (70 words)
relative to the repository root. Every system's output is cut to the budget the same way.
Prints each system's mean ROUGE-1/2/L F1, evenhand's margins over the baselines, and the
mean seconds per cluster of evenhand and LexRank with their ratio.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import track

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from quality_eval import DATA_DIR, DATA_SETS, METRICS, Report, evaluate, load_clusters


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR, help=f"cluster files' folder ({DATA_DIR})")
    parser.add_argument(
        "--set", choices=sorted(DATA_SETS), action="append", dest="sets", help="one data set (repeatable)"
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N clusters of each set")
    parser.add_argument("--baselines-only", action="store_true", help="skip evenhand (lead and LexRank only)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    return parser.parse_args()


def _print_report(report: Report) -> None:
    figures = report.to_dict()
    budget = report.data_set.max_words
    print(f"\n{report.data_set.filename}: {report.clusters} clusters, {budget}-word budget")
    print(f"  {'system':<10}" + "".join(f"{m:>9}" for m in METRICS) + f"{'words':>8}{'s/cluster':>11}")
    for name, row in figures["systems"].items():
        cells = "".join(f"{row[m]:>9.2f}" for m in METRICS)
        print(f"  {name:<10}{cells}{row['mean_words']:>8.1f}{row['seconds_per_cluster']:>11.4f}")
    for other, margins in figures.get("evenhand_minus", {}).items():
        print(f"  evenhand - {other:<8}" + "".join(f"{margins[m]:>+9.2f}" for m in METRICS))
    if "lexrank_seconds_over_evenhand" in figures:
        print(f"  LexRank time / evenhand time: {figures['lexrank_seconds_over_evenhand']:.2f}x")
    for note in report.notes:
        print(f"  note: {note}")


def main() -> int:
    args = _arguments()
    names = args.sets or list(DATA_SETS)
    paths = {name: args.data_dir / DATA_SETS[name].filename for name in names}
    missing = [str(path) for path in paths.values() if not path.is_file()]
    if missing:
        print(f"quality: data not found: {', '.join(missing)} (pass --data-dir)", file=sys.stderr)
        return 2
    reports: dict[str, Any] = {}
    for name in names:
        data_set = DATA_SETS[name]
        clusters = load_clusters(paths[name], args.limit)
        report = evaluate(data_set, clusters, with_evenhand=not args.baselines_only, progress=_progress(name))
        reports[name] = report.to_dict()
        if not args.json:
            _print_report(report)
    if args.json:
        print(json.dumps(reports, indent=2))
    return 0


def _progress(name: str) -> Callable[[Sequence[dict[str, Any]]], Iterable[dict[str, Any]]]:
    def wrap(clusters: Sequence[dict[str, Any]]) -> Iterable[dict[str, Any]]:
        return track(clusters, description=name, transient=True, console=Console(stderr=True))

    return wrap


if __name__ == "__main__":
    sys.exit(main())
