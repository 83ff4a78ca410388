"""The extraction gate: evenhand's precision, recall and F1 on the shared extraction set must not fall.

The floors live in ``tests/extraction_floors.toml``; the figures are computed by the same code as
``bench/extraction.py`` (``tests/extraction_eval.py``), with trafilatura run in the same process
so that the margin does not depend on the machine, and scored as trafilatura's own evaluation
scores (white space normalised on both sides). The text alone (what ``evenhand clean`` prints) and
the headline with it (all evenhand keeps of a page) have floors of their own.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from extraction_eval import DATA_PATH, evaluate, load_pages

ALL_FLOORS: dict[str, Any] = tomllib.loads(
    (Path(__file__).parent / "extraction_floors.toml").read_text(encoding="utf-8")
)
FLOORS: dict[str, Any] = ALL_FLOORS["evenhand"]
TITLED_FLOORS: dict[str, Any] = ALL_FLOORS["evenhand_title_and_text"]


def test_extraction_stays_above_floors() -> None:
    if not DATA_PATH.is_file():
        pytest.skip(f"{DATA_PATH} is absent: the extraction gate reads the shared extraction set (../shared/data)")
    pages = load_pages()
    assert len(pages) == FLOORS["pages"], f"{DATA_PATH} holds {len(pages)} pages, not the {FLOORS['pages']} pinned"

    scores = evaluate(pages, ("evenhand", "evenhand title + text", "trafilatura"))
    ours, titled, theirs = scores["evenhand"][0], scores["evenhand title + text"][0], scores["trafilatura"][0]

    shown = (
        f"P {ours.precision:.3f} R {ours.recall:.3f} F1 {ours.f1:.3f}, {ours.lost} pages lost; "
        f"trafilatura F1 {theirs.f1:.3f}"
    )
    assert ours.lost <= FLOORS["max_pages_lost"], f"pages lost ({shown}): {sorted({f for f, _ in ours.missed})[:5]}"
    below = [
        f"{key} {value:.3f} < {FLOORS[key]}"
        for key, value in (
            ("precision", ours.precision), ("recall", ours.recall), ("f1", ours.f1),
            ("f1_over_trafilatura", ours.f1 - theirs.f1),
        )
        if value < FLOORS[key]
    ]
    below += [
        f"title + text {key} {value:.3f} < {TITLED_FLOORS[key]}"
        for key, value in (
            ("precision", titled.precision), ("recall", titled.recall), ("f1", titled.f1),
            ("recall_over_trafilatura", titled.recall - theirs.recall),
        )
        if value < TITLED_FLOORS[key]
    ]
    shown += f"; title + text P {titled.precision:.3f} R {titled.recall:.3f}, trafilatura R {theirs.recall:.3f}"
    assert not below, f"extraction fell below its floors: {'; '.join(below)} ({shown})"
