"""The expectation checker the outside set is scored with: right answers pass, wrong ones are named."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.clinical.expectations import failures, run

EXAMPLES = Path(__file__).parent.parent / "biomarkers" / "examples"


def test_every_contract_example_meets_its_own_expectations() -> None:
    for case_file in sorted(EXAMPLES.glob("*.case.yaml")):
        expect = yaml.safe_load(case_file.with_name(case_file.name.replace(".case", ".expect")).read_text())
        assert failures(run(case_file), expect) == [], case_file.name


def test_a_wrong_top_option_a_missing_gap_and_a_forbidden_option_are_each_named() -> None:
    case_file = EXAMPLES / "e04-second-line-after-trastuzumab-england.case.yaml"
    expect = {
        "top_in": ["ramucirumab_paclitaxel"],
        "gaps": ["LVEF_UNKNOWN"],
        "not_includes": ["trastuzumab_deruxtecan"],
        "current_line": 2,
    }
    found = failures(run(case_file), expect)
    assert len(found) == 3
    assert any("top option 'trastuzumab_deruxtecan'" in line for line in found)
    assert any("gap LVEF_UNKNOWN missing" in line for line in found)
    assert any("trastuzumab_deruxtecan is offered but must not be" in line for line in found)


def test_an_input_error_is_held_against_the_expected_exit_code_and_field() -> None:
    invalid = Path(__file__).parent.parent / "trials" / "cases" / "e07-invalid-ihc-score.case.yaml"
    assert failures(run(invalid), {"exit_code": 2, "stderr_contains": ["biomarkers[0].score"]}) == []
    assert failures(run(invalid), {"exit_code": 0}) != []
