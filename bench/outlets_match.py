"""Imported ratings against the AllSides stream: how many articles meet a rating, and whether each
story's coverage by side agrees with its articles' stance fields.

    python bench/outlets_match.py          # about 2 s
    python bench/outlets_match.py --json

Reads ../shared/data/allsides_stream_dev.jsonl (882 articles of 114 outlets, each with its
outlet's AllSides stance in 2021) and ../shared/data/allsides_ratings_2023-11-15.csv (CC BY-NC:
read here, never bundled). The baseline is the matching evenhand had before outlets.py (the name
without its qualifier, else the link's host), measured in the same run.

Story coverage is measured twice: with the outlets' imported 2023 ratings alone (outlets whose
rating moved since 2021 disagree), and with each article read as `evenhand ingest` reads it, which
records its stance field as the article's own rating and counts it over the outlet's imported one.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from outlets_eval import (
    RATINGS,
    STREAM,
    allsides_ratings,
    baseline_matcher,
    evaluate,
    load_stream,
    side_agreement,
    stance_ratings,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    if not (STREAM.is_file() and RATINGS.is_file()):
        print(f"skipped: {STREAM} or {RATINGS} is absent", file=sys.stderr)
        return 0
    stream = load_stream()
    ratings = allsides_ratings()
    report = evaluate(stream, ratings)
    recorded = evaluate(stream, ratings, recorded=True)
    baseline = baseline_matcher(ratings.ratings)
    baseline_share = sum(baseline(a["source"], a["url"]) is not None for a in stream) / len(stream)
    ours_side, baseline_side = side_agreement(stream, ratings.find), side_agreement(stream, baseline)
    with tempfile.TemporaryDirectory() as tmp:
        own = evaluate(stream, stance_ratings(stream, Path(tmp) / "stance.csv"))
    figures = {
        "articles": report.articles, "stories": report.stories,
        "matched_share": round(report.share, 4), "baseline_matched_share": round(baseline_share, 4),
        "unmatched": report.unmatched,
        "article_side_agrees_with_stance": round(ours_side, 4), "baseline_article_side_agrees": round(baseline_side, 4),
        "stories_agreeing_2023_ratings": round(report.agreement, 4),
        "stories_disagreeing_not_explained_by_rating_change": len(report.unexplained),
        "outlets_whose_rating_side_is_not_their_stance": report.drifted,
        "stories_agreeing_stance_ratings": round(own.agreement, 4),
        "stories_agreeing_recorded_over_2023_ratings": round(recorded.agreement, 4),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"articles whose outlet meets a rating: {report.share:.2%} ({report.matched}/{report.articles});"
          f" baseline matcher {baseline_share:.2%}")
    print(f"articles whose matched rating is on their stance's side: {ours_side:.2%};"
          f" baseline matcher {baseline_side:.2%} (ratio {ours_side / baseline_side:.3f})")
    print(f"  unmatched: {', '.join(f'{k} ({v})' for k, v in sorted(report.unmatched.items())) or 'none'}")
    print(f"stories whose coverage by side agrees with the stance fields: {report.agreement:.2%}"
          f" ({report.agreeing}/{report.stories}) with the 2023 ratings;"
          f" {len(report.unexplained)} disagree for another reason than a rating that changed side")
    for outlet, why in sorted(report.drifted.items()):
        print(f"  {outlet}: {why}")
    print(f"  with ratings written from the stance fields: {own.agreement:.2%} ({own.agreeing}/{own.stories})")
    print(f"stories whose coverage by side agrees with the stance fields, each article counted by the rating"
          f" its record gives (ingest) over the 2023 ratings: {recorded.agreement:.2%}"
          f" ({recorded.agreeing}/{recorded.stories})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
