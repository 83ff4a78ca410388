"""The quality gate: evenhand's ROUGE on fixed subsets of the shared data sets must not fall.

The floors live in ``tests/quality_floors.toml``; the figures are computed by the same code as
``bench/quality.py`` (``tests/quality_eval.py``), with the lead and LexRank baselines run in
the same process so that the margins do not depend on the machine.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from quality_eval import DATA_DIR, DATA_SETS, evaluate, load_clusters

FLOORS: dict[str, dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "quality_floors.toml").read_text(encoding="utf-8")
)


def _measured(report: Any) -> dict[str, float]:
    evenhand = report.results["evenhand"]
    return {
        "rouge1": evenhand.mean("rouge1"),
        "rouge2": evenhand.mean("rouge2"),
        "rougeL": evenhand.mean("rougeL"),
        "rouge1_over_lead": report.margin("lead"),
        "rouge1_over_lexrank": report.margin("lexrank"),
    }


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_rouge_stays_above_floors(name: str) -> None:
    data_set = DATA_SETS[name]
    path = DATA_DIR / data_set.filename
    if not path.is_file():
        pytest.skip(f"{path} is absent: the quality gate reads the shared data sets (../shared/data)")
    floors = FLOORS[name]
    clusters = load_clusters(path, floors["clusters"])
    assert len(clusters) == floors["clusters"], f"{path} holds fewer clusters than the gate pins"

    measured = _measured(evaluate(data_set, clusters))

    shown = ", ".join(f"{key} {value:.2f}" for key, value in measured.items())
    assert set(measured) <= set(floors), f"{name}: every measured figure needs a floor ({shown})"
    below = [f"{key} {value:.2f} < {floors[key]}" for key, value in measured.items() if value < floors[key]]
    failed = "; ".join(below)
    assert not below, f"{name} ({data_set.max_words} words) fell below its floors: {failed} ({shown})"
