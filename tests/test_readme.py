"""The README shows what evenhand prints: its sample brief is the bundled example's brief today."""

from __future__ import annotations

import re

from click.testing import CliRunner

from conftest import ROOT
from evenhand.cli import main


def test_the_readme_sample_is_the_example_brief() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sample = re.search(r"```markdown\n(# .*?)```", readme, re.S)
    assert sample, "the README has no sample brief"
    result = CliRunner().invoke(main, ["brief", "--example"])
    assert result.exit_code == 0, result.output
    assert result.output == sample.group(1), "refresh the README's sample: evenhand brief --example"
