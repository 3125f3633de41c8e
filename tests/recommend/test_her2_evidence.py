"""Quality of the HER2 evidence shapes the plan (issue 14, class 5)."""

from __future__ import annotations

from typing import Any

from tests.recommend.factory import FIRST_LINE_TRASTUZUMAB, cps, ids, ihc, line, mmr, option, review

HER2_DIRECTED_FIRST_LINE = {
    "trastuzumab_chemo",
    "pembrolizumab_trastuzumab_chemo",
    "zanidatamab_chemo",
    "zanidatamab_tislelizumab_chemo",
}


def gap_severity(data: dict[str, Any], code: str) -> str | None:
    return next((g["severity"] for g in data["gaps"] if g["code"] == code), None)


def test_ihc_2_plus_awaiting_ish_puts_no_her2_directed_regimen_first() -> None:
    data = review(biomarkers=[ihc("2+"), cps(15), mmr()])
    assert ids(data)[0] not in HER2_DIRECTED_FIRST_LINE
    assert option(data, "pembrolizumab_trastuzumab_chemo")["preference"] == "consider"
    assert "unconfirmed" in option(data, "trastuzumab_chemo")["rationale"]
    assert gap_severity(data, "HER2_ISH_REQUIRED") == "high"


def test_an_untested_tumour_puts_no_her2_directed_regimen_first() -> None:
    data = review(biomarkers=[cps(15), mmr()])
    assert ids(data)[0] not in HER2_DIRECTED_FIRST_LINE
    assert set(ids(data)) >= HER2_DIRECTED_FIRST_LINE
    assert gap_severity(data, "HER2_UNTESTED") == "high"


def test_a_confirmed_positive_still_puts_the_her2_regimen_first() -> None:
    assert ids(review(biomarkers=[ihc("3+"), cps(15), mmr()]))[0] == "pembrolizumab_trastuzumab_chemo"


def test_breast_criteria_ihc_1_plus_keeps_her2_regimens_as_consider_until_gastric_rescoring() -> None:
    breast = ihc("1+") | {"criteria": "breast"}
    data = review(biomarkers=[breast, cps(15), mmr()])
    assert option(data, "trastuzumab_chemo")["preference"] == "consider"
    assert option(data, "nivolumab_chemo")["preference"] == "consider"
    assert ids(data)[0] not in HER2_DIRECTED_FIRST_LINE
    assert gap_severity(data, "HER2_RESCORE_GASTRIC_CRITERIA") == "high"


def test_gastric_criteria_ihc_1_plus_is_plainly_negative() -> None:
    data = review(biomarkers=[ihc("1+"), cps(15), mmr()])
    assert "trastuzumab_chemo" not in ids(data)
    assert option(data, "nivolumab_chemo")["preference"] == "preferred"


def test_a_post_progression_ihc_2_plus_awaiting_ish_makes_tdxd_consider_and_not_first() -> None:
    markers = [ihc("3+"), ihc("2+", on="2025-09-20"), cps(10), mmr()]
    data = review(biomarkers=markers, treatments=[FIRST_LINE_TRASTUZUMAB])
    tdxd = option(data, "trastuzumab_deruxtecan")
    assert tdxd["preference"] == "consider" and ids(data)[0] != "trastuzumab_deruxtecan"
    assert "awaits ISH" in tdxd["rationale"]
    assert gap_severity(data, "HER2_ISH_REQUIRED") == "high"


def test_a_retest_gap_is_not_blocking_when_no_her2_directed_option_remains() -> None:
    tdxd = line(2, ["trastuzumab_deruxtecan"], "2025-09-10", "2026-03-01")
    data = review(biomarkers=[ihc("3+"), cps(10), mmr()], treatments=[FIRST_LINE_TRASTUZUMAB, tdxd])
    assert not any("trastuzumab" in o for o in ids(data))
    assert gap_severity(data, "HER2_RETEST_RECOMMENDED") == "medium"


def test_a_retest_gap_stays_blocking_while_a_her2_directed_option_is_listed() -> None:
    data = review(biomarkers=[ihc("3+"), cps(10), mmr()], treatments=[FIRST_LINE_TRASTUZUMAB])
    assert "trastuzumab_deruxtecan" in ids(data)
    assert gap_severity(data, "HER2_RETEST_RECOMMENDED") == "high"
