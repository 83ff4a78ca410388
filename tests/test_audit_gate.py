"""The issue-7 gate: what the audit finds in default briefs may only get better.

Ceilings (defects per 100 printed facts, failed corroborating citations per 100 citations, the
median words of a brief) and floors (the share of the lede's gap to the ceiling that evenhand
closes, the framing-bias reduction against the mean single article) live in
``tests/audit_limits.toml``. The figures come from the same code as ``bench/audit.py``
(``tests/audit_eval.py``), over the whole shared sets, one pass per set shared by the tests.
Where a reader's labels exist (``tests/data/audit_labels.jsonl``), the items judged wrong that
briefs still print may not grow in number, and a kind's labelled precision may not fall where
enough of its items are still printed to measure it.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from audit_eval import (
    AUDIT_SETS,
    LABELS_PATH,
    LEXICON_PATH,
    AuditReport,
    audit_data_set,
    labelled_precision,
    labels_measured,
    load_labels,
)
from quality_eval import DATA_DIR

LIMITS: dict[str, dict[str, Any]] = tomllib.loads(
    (Path(__file__).parent / "audit_limits.toml").read_text(encoding="utf-8")
)

pytestmark = pytest.mark.slow


@cache
def _report(name: str) -> AuditReport:
    path = DATA_DIR / AUDIT_SETS[name]
    if not path.is_file():
        pytest.skip(f"{path} is absent: the audit gate reads the shared data sets (../shared/data)")
    if name == "neus" and not LEXICON_PATH.is_file():
        pytest.skip(f"{LEXICON_PATH} is absent: the framing floor needs the NRC VAD lexicon (../shared/data)")
    return audit_data_set(name)


@pytest.mark.parametrize("name", sorted(AUDIT_SETS))
def test_audit_stays_within_its_limits(name: str) -> None:
    limits = LIMITS[name]
    report = _report(name)
    assert len(report.clusters) == limits["clusters"], f"{name}: the gate pins {limits['clusters']} clusters"

    measured = report.measured()

    shown = ", ".join(f"{key} {value:.3f}" for key, value in sorted(measured.items()))
    ceilings, floors = limits["ceilings"], limits["floors"]
    unpinned = set(measured) - set(ceilings) - set(floors)
    assert not unpinned, f"{name}: every measured figure needs a ceiling or a floor: {sorted(unpinned)} ({shown})"
    over = [f"{key} {measured[key]:.3f} > {ceiling}" for key, ceiling in ceilings.items() if measured[key] > ceiling]
    under = [f"{key} {measured[key]:.3f} < {floor}" for key, floor in floors.items() if measured[key] < floor]
    assert not (over + under), f"{name} got worse: {'; '.join(over + under)} ({shown})"


def test_labelled_items_judged_wrong_are_not_printed_more() -> None:
    if not LABELS_PATH.is_file():
        pytest.skip(f"{LABELS_PATH} is absent: no reader has labelled dev briefs yet")
    labels = load_labels(LABELS_PATH)
    sets = sorted({label.data_set for label in labels})
    items = [item for name in sets for cluster in _report(name).clusters for item in cluster.items]
    precision = labelled_precision(labels, items)
    limits = LIMITS.get("labels", {})

    measured = labels_measured(precision)

    shown = "; ".join(
        f"{kind} {p.right}/{p.present} right, {p.gone} of {p.labelled} no longer printed"
        for kind, p in precision.items() if p.labelled
    )
    unpinned = set(measured) - set(limits)
    assert not unpinned, f"the labels need limits in [labels] for {sorted(unpinned)} ({shown})"
    worse = [
        f"{key} {value:g} {'>' if key.endswith('_wrong') else '<'} {limits[key]}"
        for key, value in measured.items()
        if (value > limits[key] if key.endswith("_wrong") else value < limits[key])
    ]
    assert not worse, f"labelled items got worse: {'; '.join(worse)} ({shown})"
