"""Heart and lung safety rules (issue 14, classes 3 and 4; caution_rules in kb.yaml)."""

from __future__ import annotations

from typing import Any

from tests.recommend.factory import FIRST_LINE_TRASTUZUMAB, cps, ids, ihc, mmr, option, review


def caution(data: dict[str, Any], option_id: str, code: str) -> dict[str, Any]:
    found = [c for c in option(data, option_id)["cautions"] if c["code"] == code]
    assert found, f"{option_id} has no {code}: {option(data, option_id)['cautions']}"
    return found[0]


def second_line(**patient: Any) -> dict[str, Any]:
    return review(biomarkers=[ihc("3+"), cps(10), mmr()], treatments=[FIRST_LINE_TRASTUZUMAB], **patient)


def test_lvef_between_40_and_50_names_the_50_percent_threshold_and_keeps_the_rank() -> None:
    data = second_line(lvef_percent=45)
    assert ids(data)[0] == "trastuzumab_deruxtecan"
    message = caution(data, "trastuzumab_deruxtecan", "LVEF_BELOW_50")["message"]
    assert "below 50%" in message and "Below 40%" not in message


def test_lvef_below_40_ranks_tdxd_below_the_alternatives_with_the_label_stop_rule() -> None:
    data = second_line(lvef_percent=38)
    assert ids(data)[0] != "trastuzumab_deruxtecan"
    assert option(data, "trastuzumab_deruxtecan")["preference"] == "consider"
    assert "Below 40%" in caution(data, "trastuzumab_deruxtecan", "LVEF_BELOW_50")["message"]


def test_a_normal_lvef_keeps_tdxd_first_in_second_line() -> None:
    assert ids(second_line(lvef_percent=60))[0] == "trastuzumab_deruxtecan"


def test_heart_failure_cautions_her2_antibodies_and_takes_them_off_the_top_in_first_line() -> None:
    data = review(biomarkers=[ihc("3+"), cps(10), mmr()], conditions=["heart_failure"])
    assert "trastuzumab" not in ids(data)[0] and "zanidatamab" not in ids(data)[0]
    message = caution(data, "pembrolizumab_trastuzumab_chemo", "HEART_FAILURE")["message"]
    assert "heart failure" in message and caution(data, "trastuzumab_chemo", "HEART_FAILURE")["source"]


def test_heart_failure_does_not_caution_a_regimen_without_a_her2_antibody() -> None:
    data = second_line(conditions=["heart_failure"])
    assert not option(data, "ramucirumab_paclitaxel")["cautions"]


def test_ild_history_cautions_checkpoint_inhibitors_without_ranking_them_down() -> None:
    data = review(biomarkers=[ihc("0"), cps(15), mmr()], conditions=["interstitial_lung_disease"])
    assert ids(data)[0] == "nivolumab_chemo"
    message = caution(data, "pembrolizumab_chemo", "ILD_HISTORY")["message"]
    assert "immune-mediated pneumonitis" in message
    assert option(data, "pembrolizumab_chemo")["preference"] == "preferred"


def test_ild_history_on_tdxd_quotes_the_label_and_ranks_it_down() -> None:
    data = second_line(conditions=["pneumonitis"])
    assert ids(data)[0] != "trastuzumab_deruxtecan"
    assert "T-DXd label" in caution(data, "trastuzumab_deruxtecan", "ILD_HISTORY")["message"]


def test_a_transplant_recipient_is_not_offered_a_checkpoint_inhibitor_first() -> None:
    data = review(biomarkers=[ihc("0"), cps(15), mmr()], conditions=["organ_transplant"])
    assert ids(data)[0] == "fluoropyrimidine_platinum"
    assert caution(data, "nivolumab_chemo", "ORGAN_TRANSPLANT")
