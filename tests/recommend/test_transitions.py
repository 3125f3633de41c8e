"""Perioperative to palliative transitions and the never-silent plan (issue 14, class 1)."""

from __future__ import annotations

from typing import Any

from tests.recommend.factory import cps, excluded, ids, ihc, mmr, review

FLOT_PROGRESSED = {
    "setting": "neoadjuvant",
    "agents": ["fluorouracil", "oxaliplatin", "docetaxel"],
    "started_on": "2026-01-05",
    "ended_on": "2026-03-01",
    "stop_reason": "progression",
}


def warning_codes(data: dict[str, Any]) -> set[str]:
    return {w["code"] for w in data["warnings"]}


def test_progression_during_neoadjuvant_flot_gives_a_second_line_plan_not_an_empty_one() -> None:
    data = review(biomarkers=[ihc("0"), cps(10), mmr()], treatments=[FLOT_PROGRESSED])
    assert data["current_line"] == 2
    assert ids(data)[0] == "ramucirumab_paclitaxel"
    assert "fluoropyrimidine_platinum" not in ids(data) and "nivolumab_chemo" not in ids(data)


def test_a_trastuzumab_naive_early_relapse_is_told_why_first_line_her2_regimens_are_absent() -> None:
    data = review(biomarkers=[ihc("3+"), cps(10), mmr()], treatments=[FLOT_PROGRESSED])
    reasons = excluded(data)
    assert "never given HER2-directed therapy" in reasons["trastuzumab_chemo"]
    assert "prior Trastuzumab" in reasons["trastuzumab_deruxtecan"]
    assert ids(data)[0] != "trastuzumab_deruxtecan"


def test_a_plan_with_no_drug_option_lists_trial_and_supportive_care_and_says_why() -> None:
    # A course of unknown setting that progressed on FP/platinum is not counted as a line (CONTRACT §1),
    # so line 1 is chosen while every first-line regimen contains an agent that has failed.
    unknown_setting = {
        "agents": ["capecitabine", "oxaliplatin"],
        "ended_on": "2026-03-01",
        "stop_reason": "progression",
    }
    data = review(biomarkers=[ihc("0"), cps(10), mmr()], treatments=[unknown_setting])
    assert data["current_line"] == 1
    assert ids(data) == ["clinical_trial", "best_supportive_care"]
    message = next(w["message"] for w in data["warnings"] if w["code"] == "NO_STANDARD_OPTION")
    assert "No standard drug option applies at line 1" in message and "progressed on" in message
    assert "TREATMENT_SETTING_UNKNOWN" in {g["code"] for g in data["gaps"]}


def test_a_plan_with_drug_options_carries_no_empty_plan_warning() -> None:
    data = review(biomarkers=[ihc("0"), cps(10), mmr()])
    assert "NO_STANDARD_OPTION" not in warning_codes(data)
