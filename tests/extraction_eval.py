"""Main-text extraction scored as trafilatura's own evaluation scores it.

Shared by ``bench/extraction.py`` (the full report) and ``tests/test_extraction_gate.py``
(the pinned floors), so that the gate checks exactly the figures the benchmark prints.

Each page of ``extraction_dev.jsonl.gz`` lists snippets a correct extraction must contain
(``with``) and must not contain (``without``). A ``with`` snippet found in the output is a true
positive, one missing a false negative; a ``without`` snippet found is a false positive, one
absent a true negative. Precision, recall and F1 are taken over all snippets of all pages, and a
page whose extraction fails or is empty counts all its ``with`` snippets as missed.

trafilatura's evaluation (its ``tests/evaluate.py`` and the CI gate ``tests/eval_gate.py``, both
scoring through ``count_item``) normalises white space on both sides before it looks for a
snippet: runs of white space become one space and the ends are stripped, so that a snippet the
annotator copied with a trailing space, or across a line break, is found in an extraction that
ends the paragraph with a newline. :class:`Score` with ``squash=True`` (the default) scores so;
the figures the issue quotes (trafilatura 2.3.1 P 0.900 / R 0.957) are on that scale. Its
``squash=False`` matches snippets exactly, as trafilatura's older ``tests/comparison.py`` did: a
stricter second figure.
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATA_PATH = SHARED / "data" / "extraction_dev.jsonl.gz"


@dataclass(frozen=True)
class Page:
    url: str
    file: str
    html: str
    with_: tuple[str, ...]
    without: tuple[str, ...]


@dataclass
class Score:
    """Snippet counts of one extractor over a set of pages, and its time."""

    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    lost: int = 0
    pages: int = 0
    seconds: float = 0.0
    squash: bool = True
    missed: list[tuple[str, str]] = field(default_factory=list)
    leaked: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    def add(self, page: Page, output: str | None) -> None:
        self.pages += 1
        if output and self.squash:
            output = _squash(output)
        if not output:
            self.lost += 1
            self.fn += len(page.with_)
            self.tn += len(page.without)
            self.missed.extend((page.file, s) for s in page.with_)
            return
        for snippet in page.with_:
            if (_squash(snippet) if self.squash else snippet) in output:
                self.tp += 1
            else:
                self.fn += 1
                self.missed.append((page.file, snippet))
        for snippet in page.without:
            if (_squash(snippet) if self.squash else snippet) in output:
                self.fp += 1
                self.leaked.append((page.file, snippet))
            else:
                self.tn += 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "tp": self.tp, "fn": self.fn, "fp": self.fp, "tn": self.tn, "pages": self.pages,
            "pages_lost": self.lost, "seconds": round(self.seconds, 3),
            "pages_per_second": round(self.pages_per_second, 2),
        }


Extractor = Callable[[Page], str | None]


def _squash(text: str) -> str:
    return " ".join(text.split())


def load_pages(path: Path = DATA_PATH) -> list[Page]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [
        Page(row["url"], row["file"], row["html"], tuple(row["with"]), tuple(row["without"]))
        for row in rows
    ]


def evenhand_text(page: Page) -> str | None:
    """What ``evenhand clean`` prints for the page: the article's cleaned text."""
    article = _evenhand(page)
    return article.text if article else None


def evenhand_title_and_text(page: Page) -> str | None:
    """The article's title above its text. evenhand gives the headline as the title and drops
    it from the text where the page repeats it there, where trafilatura keeps it in the text
    when the page's article container holds it; some snippets are headlines."""
    article = _evenhand(page)
    return f"{article.title}\n\n{article.text}" if article else None


def _evenhand(page: Page) -> Any:
    from evenhand.errors import InputError
    from evenhand.ingest.extract import article_from_html

    try:
        return article_from_html(page.html, url=page.url, origin=page.file)
    except InputError:
        return None


def _trafilatura(**options: Any) -> Extractor:
    def run(page: Page) -> str | None:
        from trafilatura import extract

        result: str | None = extract(page.html, url=page.url, **options)
        return result

    return run


EXTRACTORS: dict[str, Extractor] = {
    "evenhand": evenhand_text,
    "evenhand title + text": evenhand_title_and_text,
    "trafilatura": _trafilatura(),
    "trafilatura precision": _trafilatura(favor_precision=True),
    "trafilatura recall": _trafilatura(favor_recall=True),
}


def evaluate(
    pages: Sequence[Page], names: Iterable[str] = tuple(EXTRACTORS)
) -> dict[str, tuple[Score, Score]]:
    """Every named extractor over the same pages in this process: its score as trafilatura's
    evaluation scores it (white space normalised), then with exact matching. The extractors take
    turns page by page, so that a busy machine slows them alike."""
    chosen = {name: EXTRACTORS[name] for name in names}
    scores = {name: (Score(), Score(squash=False)) for name in chosen}
    for extractor in chosen.values():
        for page in pages[:1]:
            extractor(page)  # imports and first-call set-up are not a page's time
    for page in pages:
        for name, extractor in chosen.items():
            started = time.perf_counter()
            output = extractor(page)
            elapsed = time.perf_counter() - started
            for score in scores[name]:
                score.seconds += elapsed
                score.add(page, output)
    return scores
