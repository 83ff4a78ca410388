"""Cold-process time of ``evenhand brief`` on the seed articles, against baselines run alongside.

    python bench/speed.py                   # seeds 001-004 from ../shared/seeds, 7 runs each
    python bench/speed.py --runs 15 --json
    python bench/speed.py --inputs src/evenhand/example

Every run is a new process, as a user's would be. The commands take turns (brief, baselines,
brief, ...) after one warm-up each, so a machine that slows down mid-run slows all of them.
Baselines: the interpreter starting and doing nothing (``python -c pass``) and evenhand's
CLI starting and doing nothing (``evenhand --version``). Issue 2's target is under 2 s of
wall time on a 2-core machine; the ratios say how much of it is evenhand's own work.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
TARGET_SECONDS = 2.0


@dataclass
class Timings:
    command: list[str]
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    peak_mib: list[float] = field(default_factory=list)

    def run(self) -> int:
        started = time.perf_counter()
        process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        assert process.stderr is not None
        error = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        self.wall.append(time.perf_counter() - started)
        self.cpu.append(usage.ru_utime + usage.ru_stime)
        self.peak_mib.append(usage.ru_maxrss / 1024)
        if process.returncode != 0:
            lines = error.decode("utf-8", "replace").strip().splitlines() or ["(no message)"]
            name = " ".join(Path(part).name for part in self.command[:2])
            print(f"speed: {name} exited {process.returncode}: {lines[-1]}", file=sys.stderr)
        return process.returncode

    def summary(self) -> dict[str, float]:
        return {
            "wall_min": round(min(self.wall), 4),
            "wall_median": round(statistics.median(self.wall), 4),
            "wall_max": round(max(self.wall), 4),
            "cpu_median": round(statistics.median(self.cpu), 4),
            "peak_mib_max": round(max(self.peak_mib), 1),
        }


def _seed_inputs() -> list[Path]:
    # 000 is a finished brief; the articles it was written from are 001 onwards.
    return sorted(p for p in SEEDS.glob("*.txt") if not p.name.startswith("000_"))


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--inputs", nargs="+", type=Path, help=f"files or folders (default: {SEEDS}/00[1-4]_*)"
    )
    parser.add_argument("--runs", type=int, default=7, help="counted runs of each command (default 7)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    return parser.parse_args()


def main() -> int:
    args = _arguments()
    inputs = args.inputs or _seed_inputs()
    missing = [str(p) for p in inputs if not p.exists()]
    if not inputs or missing:
        print(f"speed: inputs not found: {', '.join(missing) or SEEDS}", file=sys.stderr)
        return 2
    # The script installed beside this interpreter, not a version manager's shim in front of it.
    beside = Path(sys.executable).with_name("evenhand")
    evenhand = str(beside) if beside.is_file() else shutil.which("evenhand")
    if evenhand is None:
        print("speed: the evenhand command is not installed (pip install -e '.[test]')", file=sys.stderr)
        return 2
    commands = {
        "evenhand brief": Timings([evenhand, "brief", *map(str, inputs)]),
        "evenhand --version": Timings([evenhand, "--version"]),
        "python -c pass": Timings([sys.executable, "-c", "pass"]),
    }
    for timings in commands.values():
        if timings.run() != 0:
            return 1
        timings.wall.clear()
        timings.cpu.clear()
        timings.peak_mib.clear()
    for _ in range(args.runs):
        for timings in commands.values():
            # A failed run is not a timing: report nothing rather than a wrong figure.
            if timings.run() != 0:
                return 1
    report = _report(commands, inputs)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        _print(report)
    return 0


def _report(commands: dict[str, Timings], inputs: list[Path]) -> dict[str, Any]:
    figures = {name: timings.summary() for name, timings in commands.items()}
    brief = statistics.median(commands["evenhand brief"].wall)
    return {
        "inputs": [str(p) for p in inputs],
        "runs": len(commands["evenhand brief"].wall),
        "cpus": os.cpu_count(),
        "commands": figures,
        "brief_over_python": round(brief / statistics.median(commands["python -c pass"].wall), 2),
        "brief_over_cli_start": round(brief / statistics.median(commands["evenhand --version"].wall), 2),
        "target_seconds": TARGET_SECONDS,
        "brief_median_under_target": brief < TARGET_SECONDS,
    }


def _print(report: dict[str, Any]) -> None:
    print(f"{report['runs']} cold runs each, {report['cpus']} CPUs, {len(report['inputs'])} inputs")
    print(f"  {'command':<22}{'min s':>9}{'median s':>10}{'max s':>9}{'cpu s':>9}{'peak MiB':>10}")
    for name, row in report["commands"].items():
        print(
            f"  {name:<22}{row['wall_min']:>9.3f}{row['wall_median']:>10.3f}{row['wall_max']:>9.3f}"
            f"{row['cpu_median']:>9.3f}{row['peak_mib_max']:>10.1f}"
        )
    print(
        f"  brief / python start: {report['brief_over_python']}x;"
        f" brief / CLI start: {report['brief_over_cli_start']}x"
    )
    verdict = "under" if report["brief_median_under_target"] else "OVER"
    print(f"  median brief {verdict} the {report['target_seconds']} s target")


if __name__ == "__main__":
    sys.exit(main())
