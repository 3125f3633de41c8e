from __future__ import annotations

import json

from typer.testing import CliRunner

from her2nav.cli import app
from her2nav.knowledge.load import knowledge_base
from her2nav.recommend.access import resolve_access
from her2nav.recommend.context import build_context
from tests.recommend.factory import (
    FIRST_LINE_TRASTUZUMAB,
    cps,
    ihc,
    ish,
    line,
    make_case,
    mmr,
    option,
    review,
)

SECOND_LINE = line(2, ["ramucirumab", "paclitaxel"], "2025-09-15", "2025-11-20")


def tdxd_china(as_of: str, treatments: list[dict[str, object]]) -> dict[str, object]:
    data = review(as_of=as_of, region="CN", treatments=treatments)
    return option(data, "trastuzumab_deruxtecan")["access"]["CN"]


def test_tdxd_in_china_at_second_line_is_restricted_before_22_january_2026() -> None:
    entry = tdxd_china("2025-12-01", [FIRST_LINE_TRASTUZUMAB])
    assert entry["status"] == "approved_restricted"
    assert ">=2 prior regimens" in entry["note"]


def test_tdxd_in_china_at_second_line_is_approved_from_22_january_2026() -> None:
    entry = tdxd_china("2026-02-01", [FIRST_LINE_TRASTUZUMAB])
    assert entry["status"] == "approved"
    assert entry["since"] == "2026-01-22"


def test_tdxd_in_china_after_two_regimens_was_already_approved_in_2025() -> None:
    assert tdxd_china("2025-12-01", [FIRST_LINE_TRASTUZUMAB, SECOND_LINE])["status"] == "approved"


def test_tdxd_in_china_before_its_first_approval_is_not_approved() -> None:
    early = [
        line(1, ["trastuzumab", "capecitabine", "oxaliplatin"], "2023-02-01", "2023-09-01"),
        line(2, ["irinotecan"], "2024-01-01", "2024-06-01"),
    ]
    entry = tdxd_china("2024-08-01", early)
    assert entry["status"] == "not_approved"


def pembro_trastuzumab_us(as_of: str, cps_value: float) -> str:
    """Access is resolved even for an option the engine would not list (here CPS < 1)."""
    ctx = build_context(
        make_case(as_of=as_of, biomarkers=[ihc("3+"), cps(cps_value), mmr()]), knowledge_base()
    )
    status: str = resolve_access("pembrolizumab_trastuzumab_chemo", ctx)["US"]["status"]
    return status


def test_pembrolizumab_trastuzumab_us_covered_any_cps_before_7_november_2023() -> None:
    assert pembro_trastuzumab_us("2023-11-06", 0.5) == "approved"


def test_pembrolizumab_trastuzumab_us_needs_cps_1_from_7_november_2023() -> None:
    assert pembro_trastuzumab_us("2023-11-07", 0.5) == "approved_restricted"
    assert pembro_trastuzumab_us("2023-11-07", 1) == "approved"


def test_pembrolizumab_trastuzumab_is_not_funded_in_england_whatever_the_cps() -> None:
    data = review(region="GB", biomarkers=[ihc("3+"), cps(20), mmr()])
    assert option(data, "pembrolizumab_trastuzumab_chemo")["access"]["GB"]["status"] == "not_funded"


def test_nice_funds_trastuzumab_for_ihc_3_plus_only() -> None:
    three = review(region="GB", biomarkers=[ihc("3+"), cps(0), mmr()])
    two_amplified = review(region="GB", biomarkers=[ihc("2+"), ish(True), cps(0), mmr()])
    assert option(three, "trastuzumab_chemo")["access"]["GB"]["status"] == "approved"
    gb = option(two_amplified, "trastuzumab_chemo")["access"]["GB"]
    assert gb["status"] == "not_funded"
    assert "IHC 3+" in gb["note"]
    assert option(two_amplified, "trastuzumab_chemo")["access"]["EU"]["status"] == "approved"


def test_disitamab_vedotin_is_approved_in_china_for_ihc_2_plus_without_amplification() -> None:
    chemo_lines = [
        line(1, ["capecitabine", "oxaliplatin"], "2025-03-01", "2025-09-01"),
        line(2, ["ramucirumab", "paclitaxel"], "2025-09-15", "2026-03-01"),
    ]
    data = review(region="CN", biomarkers=[ihc("2+"), ish(False), cps(0), mmr()], treatments=chemo_lines)
    access = option(data, "disitamab_vedotin")["access"]
    assert access["CN"]["status"] == "approved"
    assert {access[r]["status"] for r in ("US", "EU", "GB", "JP")} == {"not_approved"}


def test_an_approval_for_biliary_cancer_does_not_count_for_gastric_cancer() -> None:
    before = review(as_of="2026-08-01")
    after = review(as_of="2026-09-01")
    us_before = option(before, "zanidatamab_chemo")["access"]["US"]
    assert us_before["status"] == "not_approved"
    assert "does not count" in us_before["note"]
    assert option(after, "zanidatamab_chemo")["access"]["US"]["status"] == "approved"


def test_every_option_has_access_for_every_region() -> None:
    data = review(treatments=[FIRST_LINE_TRASTUZUMAB, SECOND_LINE])
    for opt in data["options"]:
        assert set(opt["access"]) == {"US", "EU", "GB", "CN", "JP"}, opt["id"]
        for entry in opt["access"].values():
            assert entry["status"] in {
                "approved",
                "approved_restricted",
                "not_funded",
                "not_approved",
                "unknown",
            }
            assert entry["note"]


def test_access_resting_on_unverified_knowledge_says_so() -> None:
    data = review(biomarkers=[ihc("0"), cps(10), mmr()])
    cn = option(data, "nivolumab_chemo")["access"]["CN"]
    assert cn["verified"] is False
    assert "unverified" in cn["note"]
    assert option(data, "nivolumab_chemo")["access"]["US"]["verified"] is True


def test_nivolumab_chemo_is_funded_in_england_from_cps_5_and_approved_in_the_eu_from_cps_5() -> None:
    five = review(region="GB", biomarkers=[ihc("1+"), cps(5), mmr()])
    three = review(region="GB", biomarkers=[ihc("1+"), cps(3), mmr()])
    assert option(five, "nivolumab_chemo")["access"]["GB"]["status"] == "approved"
    assert option(five, "nivolumab_chemo")["access"]["EU"]["status"] == "approved"
    assert option(three, "nivolumab_chemo")["access"]["GB"]["status"] == "not_funded"
    assert option(three, "nivolumab_chemo")["access"]["EU"]["status"] == "approved_restricted"
    assert option(three, "nivolumab_chemo")["access"]["US"]["status"] == "approved"


def test_tislelizumab_is_restricted_because_its_labels_use_a_score_the_case_does_not_record() -> None:
    data = review(biomarkers=[ihc("0"), cps(10), mmr()])
    us = option(data, "tislelizumab_chemo")["access"]["US"]
    assert us["status"] == "approved_restricted"
    assert "TAP" in us["note"]


def test_trifluridine_tipiracil_is_funded_in_england_after_two_regimens() -> None:
    lines = [FIRST_LINE_TRASTUZUMAB, SECOND_LINE]
    data = review(region="GB", treatments=lines)
    assert option(data, "trifluridine_tipiracil")["access"]["GB"]["status"] == "approved"


def test_zolbetuximab_is_licensed_but_not_funded_in_england() -> None:
    data = review(
        region="GB", biomarkers=[ihc("0"), cps(0), {"kind": "cldn18_2", "percent_positive": 90}, mmr()]
    )
    gb = option(data, "zolbetuximab_chemo")["access"]["GB"]
    assert gb["status"] == "not_funded"
    assert "NICE" in gb["note"]


def test_a_condition_is_named_in_each_region_and_what_the_record_shows_is_said_once() -> None:
    data = review(biomarkers=[ihc("2+"), cps(4), mmr()])  # HER2 pending: ISH awaited
    nivolumab = option(data, "nivolumab_chemo")
    assert nivolumab["access"]["EU"]["note"].endswith("Condition not met: PD-L1 CPS >=5.")
    assert nivolumab["access"]["US"]["note"].endswith("Condition not yet shown: HER2-negative.")
    assert nivolumab["access_conditions"] == {"PD-L1 CPS >=5": "not met (this patient: 4)"}
    assert "Depends on: HER2-negative (HER2 is equivocal for now: pending)" in nivolumab["rationale"]
    text = json.dumps(nivolumab, ensure_ascii=False)
    assert text.count("this patient: 4") == 1 and text.count("equivocal for now") == 1


def test_the_research_trail_stays_in_the_knowledge_base_and_kb_check_lists_it() -> None:
    data = review(biomarkers=[ihc("0"), cps(10), mmr()])
    cn = option(data, "nivolumab_chemo")["access"]["CN"]
    assert cn["note"] == "NMPA first-line approval around August 2021 (since August 2021). [unverified]"
    assert "Searched" not in json.dumps(data)
    result = CliRunner().invoke(app, ["kb", "check"])
    assert result.exit_code == 0
    assert (
        "CN nivolumab_chemo: NMPA first-line approval around August 2021 (Searched 2026-12-04"
        in result.stdout
    )


def test_an_undated_decision_says_nothing_of_a_start_date() -> None:
    data = review(region="GB", treatments=[FIRST_LINE_TRASTUZUMAB])
    gb = option(data, "trastuzumab_deruxtecan")["access"]["GB"]
    assert gb["since"] is None and "start date" not in gb["note"]
