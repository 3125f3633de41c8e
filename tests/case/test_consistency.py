from __future__ import annotations

from typing import Any

import pytest

from her2nav.case.errors import CaseError
from her2nav.case.load import case_from_data


def problems_for(**fields: Any) -> list[str]:
    data = {
        "case_id": "c1",
        "as_of": "2026-11-23",
        "diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "setting": "metastatic"},
        **fields,
    }
    with pytest.raises(CaseError) as info:
        case_from_data(data)
    return [str(p) for p in info.value.problems]


def test_an_ish_result_that_contradicts_its_ratio_is_rejected() -> None:
    found = problems_for(biomarkers=[{"kind": "her2_ish", "ratio": 2.6, "result": "not_amplified"}])
    assert found == [
        "biomarkers[0].result: 'not_amplified' contradicts ratio 2.6 (a ratio ≥ 2.0 means amplified)"
    ]


def test_ish_needs_a_ratio_or_a_result() -> None:
    assert problems_for(biomarkers=[{"kind": "her2_ish"}]) == [
        "biomarkers[0]: her2_ish needs a ratio or a result"
    ]


def test_palliative_therapy_needs_a_line_number() -> None:
    found = problems_for(treatments=[{"setting": "palliative", "agents": ["paclitaxel"]}])
    assert found == ["treatments[0].line: palliative therapy needs its line number (1, 2, …)"]


def test_perioperative_therapy_takes_no_line_number() -> None:
    found = problems_for(treatments=[{"line": 1, "setting": "perioperative", "agents": ["oxaliplatin"]}])
    assert found[0].startswith("treatments[0].line: a line number applies to palliative therapy only")


def test_an_ongoing_line_cannot_have_an_end_date() -> None:
    line = {"line": 1, "setting": "palliative", "agents": ["paclitaxel"], "stop_reason": "ongoing"}
    found = problems_for(treatments=[line | {"ended_on": "2026-01-01"}])
    assert found == ["treatments[0].stop_reason: 'ongoing' but ended_on is given (2026-01-01)"]


def test_recurrence_cannot_predate_diagnosis() -> None:
    dx = {
        "site": "stomach",
        "histology": "adenocarcinoma",
        "setting": "recurrent",
        "diagnosed_on": "2025-01-01",
        "recurred_on": "2024-01-01",
    }
    assert problems_for(diagnosis=dx) == [
        "diagnosis.recurred_on: 2024-01-01 is before diagnosed_on (2025-01-01)"
    ]


def test_every_problem_is_reported_not_just_the_first() -> None:
    found = problems_for(
        patient={"age": 7, "ecog": 9, "region": "FR"},
        biomarkers=[{"kind": "pdl1_cps", "value": -1}, {"kind": "her2_fish", "result": "x"}],
    )
    paths = [f.split(":")[0] for f in found]
    assert paths == [
        "patient.age",
        "patient.ecog",
        "patient.region",
        "biomarkers[0].value",
        "biomarkers[1]",
    ]


def test_a_bare_integer_zero_is_read_as_ihc_score_zero() -> None:
    case = case_from_data(
        {
            "case_id": "z",
            "as_of": "2026-11-23",
            "diagnosis": {"site": "gej", "histology": "adenocarcinoma", "setting": "metastatic"},
            "biomarkers": [{"kind": "her2_ihc", "score": 0}],
        }
    )
    assert case.biomarkers[0].score == "0"  # type: ignore[union-attr]


def test_booleans_are_not_accepted_as_numbers() -> None:
    assert problems_for(patient={"ecog": True})[0].startswith("patient.ecog:")
    assert problems_for(patient={"lvef_percent": True})[0].startswith("patient.lvef_percent:")


def test_a_pdl1_cps_above_100_is_rejected_because_cps_is_capped_at_100() -> None:
    found = problems_for(biomarkers=[{"kind": "pdl1_cps", "value": 150}])
    assert len(found) == 1 and found[0].startswith("biomarkers[0].value: 150 is out of range")


def test_a_pdl1_cps_of_exactly_100_is_accepted() -> None:
    data = {
        "case_id": "c1",
        "as_of": "2026-11-23",
        "diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "setting": "metastatic"},
        "biomarkers": [{"kind": "pdl1_cps", "value": 100}],
    }
    assert case_from_data(data).biomarkers[0].value == 100  # type: ignore[union-attr]


def test_a_second_line_that_starts_before_the_first_is_rejected() -> None:
    first = {"line": 1, "agents": ["capecitabine"], "started_on": "2025-06-01", "ended_on": "2025-09-01"}
    second = {"line": 2, "agents": ["paclitaxel"], "started_on": "2025-03-01", "stop_reason": "ongoing"}
    found = problems_for(treatments=[first | {"stop_reason": "progression"}, second])
    assert found == ["treatments[1].started_on: line 2 starts on 2025-03-01, before line 1 (2025-06-01)"]


def test_lines_listed_out_of_order_but_dated_in_order_are_accepted() -> None:
    first = {"line": 1, "agents": ["capecitabine"], "started_on": "2025-03-01", "ended_on": "2025-06-01"}
    second = {"line": 2, "agents": ["paclitaxel"], "started_on": "2025-06-10", "stop_reason": "ongoing"}
    data = {
        "case_id": "c1",
        "as_of": "2026-11-23",
        "diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "setting": "metastatic"},
        "treatments": [second, first | {"stop_reason": "progression"}],
    }
    assert len(case_from_data(data).treatments) == 2
