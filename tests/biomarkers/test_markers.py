from __future__ import annotations

import datetime as dt

from her2nav.biomarkers.markers import (
    cldn18_2_percent,
    cldn18_2_result,
    msi_high,
    msi_result,
    pdl1_cps,
    pdl1_cps_result,
)
from tests.biomarkers.cases import make_case


def test_the_latest_pdl1_cps_counts_and_undated_results_are_the_oldest() -> None:
    case = make_case(
        [
            {"kind": "pdl1_cps", "value": 12, "tested_on": None},
            {"kind": "pdl1_cps", "value": 3, "assay": "22C3", "tested_on": "2025-06-01"},
            {"kind": "pdl1_cps", "value": 0, "tested_on": "2025-02-01"},
        ]
    )
    assert pdl1_cps(case) == 3
    result = pdl1_cps_result(case)
    assert result is not None and result.tested_on == dt.date(2025, 6, 1)
    assert result.basis == "PD-L1 CPS 3 (22C3, 2025-06-01)"


def test_untested_markers_are_unknown() -> None:
    case = make_case([])
    assert (pdl1_cps(case), cldn18_2_percent(case), msi_high(case)) == (None, None, None)


def test_cldn18_2_percent_comes_with_its_date() -> None:
    case = make_case([{"kind": "cldn18_2", "percent_positive": 80, "tested_on": "2025-02-20"}])
    assert cldn18_2_percent(case) == 80
    result = cldn18_2_result(case)
    assert result is not None and "80%" in result.basis and result.tested_on == dt.date(2025, 2, 20)


def test_mss_and_mmr_proficient_are_not_msi_high() -> None:
    case = make_case([{"kind": "msi", "result": "mss"}, {"kind": "mmr", "result": "proficient"}])
    assert msi_high(case) is False


def test_msi_low_is_not_msi_high() -> None:
    assert msi_high(make_case([{"kind": "msi", "result": "msi_low"}])) is False


def test_mmr_deficient_alone_counts_as_msi_high() -> None:
    assert msi_high(make_case([{"kind": "mmr", "result": "deficient", "tested_on": "2025-02-20"}])) is True


def test_disagreeing_msi_and_mmr_count_as_msi_high_and_say_so() -> None:
    case = make_case(
        [
            {"kind": "msi", "result": "msi_high", "tested_on": "2025-03-01"},
            {"kind": "mmr", "result": "proficient", "tested_on": "2025-02-20"},
        ]
    )
    result = msi_result(case)
    assert result is not None and result.value is True
    assert result.tested_on == dt.date(2025, 3, 1)
    assert "disagree" in result.basis
