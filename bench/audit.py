"""The issue-7 audit of evenhand's default briefs on the shared data sets.

    python bench/audit.py                         # Multi-News dev, NeuS val and the AllSides stream's stories
    python bench/audit.py --set stream            # the stream's 303 stories (gold story ids), fresh for readers
    python bench/audit.py --set neus --limit 50   # a quick run
    python bench/audit.py --examples 5            # and up to 5 flagged texts per defect class
    python bench/audit.py --json                  # the figures as one JSON object

Builds each cluster's default brief (the packaged config; no word bound unless --max-words)
and prints, per data set: each mechanical defect class per 100 printed facts (the lede counts
as a fact), corroborating citations that fail the agreement proxy per 100 citations, the
brief's length and shape, the lede's ROUGE-1 F1 against the reference's first sentence beside
the first article's first sentence and the best single sentence of any article (the share of
that gap evenhand closes), and on NeuS the framing bias at 70 words beside the first and the
mean single article. The stream's stories have no reference summary: no lede or framing figures.
--items FILE writes every judgeable item of today's briefs (lede, facts,
citations, narratives, contested claims) as JSON lines for a reader to label; the labels are
committed by hash in tests/data/audit_labels.jsonl, and where that file exists labelled precision
is printed too, over the labelled items today's briefs still print.
The NRC VAD lexicon is read from ../shared/data (research licence: never bundled).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import track

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from audit_detectors import DEFECT_NAMES, DEFECTS
from audit_eval import (
    AUDIT_SETS,
    LABELS_PATH,
    LEXICON_PATH,
    AuditReport,
    Precision,
    ProxyCheck,
    audit_data_set,
    item_record,
    labelled_precision,
    load_labels,
    pinned_limits,
    proxy_against_labels,
)
from quality_eval import DATA_DIR


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR, help=f"cluster files' folder ({DATA_DIR})")
    parser.add_argument("--set", choices=sorted(AUDIT_SETS), action="append", dest="sets",
                        help="one data set (repeatable)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N clusters of each set")
    parser.add_argument("--max-words", type=int, default=None, help="bound lede + facts (default: the config's)")
    parser.add_argument("--examples", type=int, default=0, metavar="N", help="print up to N flagged texts per class")
    parser.add_argument("--items", type=Path, default=None, metavar="FILE",
                        help="write today's judgeable items as JSON lines, for labelling")
    parser.add_argument("--labels", type=Path, default=LABELS_PATH, help=f"labelled items ({LABELS_PATH.name})")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--pin", action="store_true",
                        help="print the tables of tests/audit_limits.toml for today's figures (whole sets only)")
    return parser.parse_args()


def _print_report(report: AuditReport, examples: int) -> None:
    figures = report.to_dict()
    rates, counts, shape = figures["per_100"], figures["counts"], figures["shape"]
    print(f"\n{report.filename}: {len(report.clusters)} clusters, {report.facts} printed facts (lede included), "
          f"{report.citations} corroborating citations")
    print("  per 100 printed facts (target: each at most about 1; no fact printed twice):")
    for kind in DEFECTS:
        print(f"    {DEFECT_NAMES[kind]:<30}{rates[kind]:>7.2f}  ({counts[kind]})")
    print(f"  corroborating citations failing agreement, per 100 citations: "
          f"{rates['failed_citations']:.2f}  ({counts['failed_citations']}/{report.citations}); "
          f"of them not judged right by a reader (target <= 3): {rates['failed_citations_not_judged_right']:.2f}  "
          f"({counts['failed_citations_not_judged_right']})")
    print(f"  words of lede + facts per brief: median {shape['median_words']:.0f}, mean {shape['mean_words']:.1f}"
          + ("  (target: median <= 300)" if report.data_set == "multinews" else ""))
    print(f"  per brief: {shape['facts_per_brief']:.2f} facts after the lede, {shape['narratives_per_brief']:.2f} "
          f"narratives, {shape['contested_per_brief']:.2f} contested; {shape['briefs_without_lede']:.0f} without lede")
    lede = figures["lede_rouge1"]
    if lede:
        print(f"  lede ROUGE-1 F1 vs the reference's first sentence: evenhand {lede['evenhand']:.2f}, "
              f"first article {lede['first_article']:.2f}, best sentence (ceiling) {lede['ceiling']:.2f}; "
              f"gap closed {lede['gap_closed']:.3f} (target >= 0.5)")
    framing = figures["framing_70_words"]
    if framing:
        print(f"  framing bias at 70 words (Arousal+ + Arousal-): evenhand {framing['evenhand']:.3f}, "
              f"first article {framing['first_article']:.3f}, mean single article {framing['mean_article']:.3f}; "
              f"evenhand / mean single {framing['ratio_to_mean_article']:.3f} (target <= 0.85)")
        print(f"    the mean single article cut to the brief's own length (at most 70 words): "
              f"{framing['mean_article_length_matched']:.3f}; evenhand / it {framing['ratio_length_matched']:.3f}")
    elif report.data_set == "neus":
        print(f"  framing bias: not measured ({LEXICON_PATH} absent)")
    if report.skipped_articles:
        print(f"  note: evenhand skipped {len(report.skipped_articles)} unreadable article(s) (listed by --json)")
    for kind, texts in report.examples(examples).items() if examples else ():
        print(f"  examples of {DEFECT_NAMES.get(kind, 'failed citation (fact  <=  cited span)')}:")
        for text in texts:
            print(f"    - {text}")


def _judged(reports: Sequence[AuditReport], path: Path) -> tuple[dict[str, Precision], ProxyCheck] | None:
    """Labelled precision, and the citation proxy against the labels, where the labels exist."""
    if not path.is_file():
        return None
    items = [item for report in reports for cluster in report.clusters for item in cluster.items]
    sets = {report.data_set for report in reports}
    labels = [label for label in load_labels(path) if label.data_set in sets]
    return labelled_precision(labels, items), proxy_against_labels(labels, items)


def main() -> int:
    args = _arguments()
    names = args.sets or list(AUDIT_SETS)
    paths = {name: args.data_dir / AUDIT_SETS[name] for name in names}
    missing = [str(path) for path in paths.values() if not path.is_file()]
    if missing:
        print(f"audit: data not found: {', '.join(missing)} (pass --data-dir)", file=sys.stderr)
        return 2
    if args.pin and (args.limit is not None or args.max_words is not None):
        print("audit: --pin pins the gate's figures: whole sets, default briefs (no --limit, no --max-words)",
              file=sys.stderr)
        return 2
    reports = []
    for name in names:
        report = audit_data_set(name, args.data_dir, limit=args.limit, max_words=args.max_words,
                                lexicon_path=args.data_dir / LEXICON_PATH.name, labels_path=args.labels,
                                progress=_progress(name))
        reports.append(report)
        if not (args.json or args.pin):
            _print_report(report, args.examples)
    judged = _judged(reports, args.labels)
    labelled, proxy, precision = None, None, None
    if judged is not None:
        precision, check = judged
        labelled, proxy = {kind: p.to_dict() for kind, p in precision.items()}, check.to_dict()
    if args.items:
        with args.items.open("w", encoding="utf-8") as out:
            for report in reports:
                for cluster in report.clusters:
                    for item in cluster.items:
                        out.write(json.dumps(item_record(item), ensure_ascii=False) + "\n")
    if args.pin:
        print(pinned_limits(reports, precision), end="")
    elif args.json:
        sets = {report.data_set: report.to_dict() for report in reports}
        print(json.dumps({"schema": "evenhand.audit/1", "sets": sets, "labelled": labelled, "citation_proxy": proxy},
                         indent=2))
    elif labelled:
        print(f"\nlabelled precision ({args.labels}; over items today's briefs still print):")
        for kind, figures in labelled.items():
            shown = "n/a" if figures["precision"] is None else f"{figures['precision']:.3f}"
            print(f"  {kind:<10} {shown}  ({figures['right']}/{figures['present']} right, {figures['wrong']} judged "
                  f"wrong still printed; {figures['gone']} of {figures['labelled']} labelled no longer printed)")
        if proxy is not None:
            print(f"  labelled citations failing the agreement proxy: {proxy['failing_right']} judged right, "
                  f"{proxy['failing_wrong']} wrong; passing it: {proxy['passing_right']} right, "
                  f"{proxy['passing_wrong']} wrong")
    return 0


def _progress(name: str) -> Callable[[Sequence[Mapping[str, Any]]], Iterable[Mapping[str, Any]]]:
    def wrap(clusters: Sequence[Mapping[str, Any]]) -> Iterable[Mapping[str, Any]]:
        return track(clusters, description=name, transient=True, console=Console(stderr=True))

    return wrap


if __name__ == "__main__":
    sys.exit(main())
