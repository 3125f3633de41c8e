"""The shared worked examples (copied from /work/shared/examples): HER2 parts of the expected review."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from her2nav.biomarkers.her2 import assess_her2
from her2nav.case.load import load_case

EXAMPLES = Path(__file__).parent / "examples"
HER2_GAPS = {"HER2_UNTESTED", "HER2_ISH_REQUIRED", "HER2_RETEST_RECOMMENDED", "HER2_RESCORE_GASTRIC_CRITERIA"}
CASES = sorted(EXAMPLES.glob("*.case.yaml"))


def test_the_valid_examples_are_all_present() -> None:
    assert len(CASES) == 7


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name.split(".")[0])
def test_her2_status_gaps_and_warnings_match_the_expected_review(path: Path) -> None:
    expect = yaml.safe_load(path.with_name(path.name.replace(".case.", ".expect.")).read_text())
    a = assess_her2(load_case(path))
    for key, value in (expect.get("her2") or {}).items():
        assert getattr(a, key) == value, key
    gaps = {g.code for g in a.gaps}
    assert set(expect.get("gaps", [])) & HER2_GAPS <= gaps
    assert not set(expect.get("no_gaps", [])) & gaps
    warnings = {w.code for w in a.warnings}
    assert not {w for w in expect.get("warnings", []) if w.startswith("HER2_")} - warnings
