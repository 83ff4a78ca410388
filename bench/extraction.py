"""Main-text extraction: evenhand beside trafilatura and its precision and recall modes, in one run.

    python bench/extraction.py                 # every page, both halves, ratios to trafilatura
    python bench/extraction.py --misses        # and every snippet each system missed or leaked,
                                               # with where each of evenhand's misses was lost
    python bench/extraction.py --json          # the figures as one JSON object

Reads ../shared/data/extraction_dev.jsonl.gz (relative to the repository root): 147 English pages
of trafilatura's evaluation set, each with snippets a correct extraction must and must not
contain. Scored as trafilatura's evaluation scores it (tests/extraction_eval.py): precision,
recall and F1 over all snippets, with white space normalised on both sides, and beside them with
exact matching (stricter: a snippet copied with a trailing space is then missed by everyone);
pages lost (no text at all) and pages per second. evenhand is what `evenhand clean` prints for the page;
"evenhand title + text" is all that evenhand keeps of it, the headline (its article's title)
above that text: this set's annotators count a page's headline as main text (trafilatura's
output carries it where the page's article container holds it), where an article-body benchmark
(the headline a separate field) compares the text alone. trafilatura is `extract()` with its
defaults, then with favor_precision and favor_recall.
The set is also scored in halves (its first and second half, older and newer annotations), so
that a gain that holds in one half only shows.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from extraction_eval import DATA_PATH, EXTRACTORS, Page, Score, _evenhand, evaluate, load_pages


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DATA_PATH, help=f"the page set ({DATA_PATH})")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--misses", action="store_true", help="list the snippets each system missed or leaked")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    return parser.parse_args()


def _row(name: str, scored: Score, exact: Score) -> str:
    return (
        f"  {name:<23}{scored.precision:>7.3f}{scored.recall:>7.3f}{scored.f1:>7.3f}"
        f"{exact.precision:>9.3f}{exact.recall:>7.3f}{exact.f1:>7.3f}"
        f"{scored.lost:>6}{scored.pages_per_second:>9.1f}"
    )


def _table(title: str, scores: dict[str, tuple[Score, Score]]) -> None:
    print(f"\n{title}")
    print(f"  {'':<23}{'P':>7}{'R':>7}{'F1':>7}{'exact: P':>9}{'R':>7}{'F1':>7}{'lost':>6}{'pages/s':>9}")
    for name, (scored, exact) in scores.items():
        print(_row(name, scored, exact))


def _ratios(scores: dict[str, tuple[Score, Score]]) -> dict[str, float]:
    ours, titled, theirs = scores["evenhand"][0], scores["evenhand title + text"][0], scores["trafilatura"][0]
    return {
        "f1_minus_trafilatura": round(ours.f1 - theirs.f1, 4),
        "precision_minus_trafilatura": round(ours.precision - theirs.precision, 4),
        "recall_minus_trafilatura": round(ours.recall - theirs.recall, 4),
        "title_and_text_f1_minus_trafilatura": round(titled.f1 - theirs.f1, 4),
        "title_and_text_recall_minus_trafilatura": round(titled.recall - theirs.recall, 4),
        "trafilatura_speed_over_evenhand": round(theirs.pages_per_second / ours.pages_per_second, 2)
        if ours.pages_per_second else 0.0,
    }


def _halves(pages: list[Page]) -> list[tuple[str, list[Page]]]:
    middle = len(pages) // 2
    return [(f"first half ({middle} pages)", pages[:middle]),
            (f"second half ({len(pages) - middle} pages)", pages[middle:])]


def _why_missed(page: Page, snippet: str) -> str:
    """Where a snippet evenhand missed was lost, first place first: in evenhand's title (a
    headline); in the text trafilatura gave evenhand, or in what recover.py put back into it (so
    one of ingest/clean's rules dropped it); in the body the page declares (not taken); only in
    trafilatura's recall mode (recover.py did not put it back); in one element of the page that
    trafilatura skipped (recover.py did not put it back); only in the page's scripts (rendered by
    them); or nowhere in the page as one run of text (split across elements, or holding characters
    that extraction drops)."""
    import copy
    import html as markup

    from lxml import etree
    from trafilatura import bare_extraction

    from evenhand.ingest.extract import _TRAFILATURA_OPTIONS
    from evenhand.ingest.pagemeta import page_metadata, parse_page
    from evenhand.ingest.recover import recover

    wanted = " ".join(snippet.split())

    def holds(text: str | None) -> bool:
        return bool(text) and wanted in " ".join((text or "").split())

    article = _evenhand(page)
    if article is not None and holds(article.title):
        return "the headline: evenhand's title"
    tree = parse_page(page.html)
    declared = page_metadata(page.html, tree=tree).body
    extracted = getattr(bare_extraction(page.html, url=page.url, **_TRAFILATURA_OPTIONS), "text", None) or ""
    recall = getattr(bare_extraction(page.html, url=page.url, favor_recall=True, **_TRAFILATURA_OPTIONS), "text", None)
    if holds(extracted):
        return "dropped by clean"
    if extracted and holds(recover(tree, extracted, declared=declared, second=lambda: recall)):
        return "put back by recover, dropped by clean"
    if holds(declared):
        return "in the declared body, not taken"
    if holds(recall):
        return "only in trafilatura's recall mode"
    shown = copy.deepcopy(tree.find(".//body"))
    if shown is not None:
        etree.strip_elements(shown, "script", "style", "template", "noscript", with_tail=False)
        if holds(shown.text_content()):
            return "skipped by trafilatura, not put back by recover"
    if holds(markup.unescape(page.html)):
        return "only in the page's scripts"
    return "not in the page as one run of text"


def main() -> int:
    args = _arguments()
    if not args.data.is_file():
        print(f"{args.data} is absent: this benchmark reads the shared extraction set", file=sys.stderr)
        return 2
    pages = load_pages(args.data)[: args.limit]
    scores = evaluate(pages)
    halves = [
        (label, evaluate(part, ("evenhand", "evenhand title + text", "trafilatura")))
        for label, part in _halves(pages)
    ]
    report: dict[str, Any] = {
        "pages": len(pages),
        "systems": {name: {"squashed": s.to_dict(), "exact": e.to_dict()} for name, (s, e) in scores.items()},
        "evenhand_vs_trafilatura": _ratios(scores),
        "halves": {
            label: {name: {"squashed": s.to_dict(), "exact": e.to_dict()} for name, (s, e) in part.items()}
            for label, part in halves
        },
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    _table(f"{args.data.name}: {len(pages)} pages", scores)
    ratios = report["evenhand_vs_trafilatura"]
    print(
        f"  evenhand - trafilatura: F1 {ratios['f1_minus_trafilatura']:+.3f}, "
        f"P {ratios['precision_minus_trafilatura']:+.3f}, R {ratios['recall_minus_trafilatura']:+.3f}; "
        f"title + text: F1 {ratios['title_and_text_f1_minus_trafilatura']:+.3f}, "
        f"R {ratios['title_and_text_recall_minus_trafilatura']:+.3f}; "
        f"trafilatura pages/s over evenhand's: {ratios['trafilatura_speed_over_evenhand']:.2f}x"
    )
    for label, part in halves:
        _table(label, part)
    if args.misses:
        by_file = {page.file: page for page in pages}
        for name, (scored, _) in scores.items():
            print(f"\n{name}: {len(scored.missed)} missed, {len(scored.leaked)} leaked")
            for file, snippet in scored.missed:
                why = f"  [{_why_missed(by_file[file], snippet)}]" if name.startswith("evenhand") else ""
                print(f"  missed  {file}: {snippet[:90]!r}{why}")
            for file, snippet in scored.leaked:
                print(f"  leaked  {file}: {snippet[:90]!r}")
    return 0


if __name__ == "__main__":
    assert set(EXTRACTORS) >= {"evenhand", "evenhand title + text", "trafilatura"}
    raise SystemExit(main())
