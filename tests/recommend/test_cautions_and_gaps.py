from __future__ import annotations

from tests.recommend.factory import FIRST_LINE_TRASTUZUMAB, codes, cps, ids, ihc, line, mmr, option, review


def test_lvef_below_50_cautions_every_option_with_a_her2_antibody() -> None:
    data = review(lvef_percent=45, biomarkers=[ihc("3+"), cps(0)])
    assert "LVEF_BELOW_50" in codes(option(data, "trastuzumab_chemo")["cautions"])
    assert "LVEF_BELOW_50" not in codes(option(data, "fluoropyrimidine_platinum")["cautions"])


def test_lvef_of_exactly_50_is_not_below_the_threshold() -> None:
    data = review(lvef_percent=50)
    assert "LVEF_BELOW_50" not in codes(option(data, "trastuzumab_chemo")["cautions"])


def test_unknown_lvef_before_anti_her2_therapy_is_a_high_gap() -> None:
    gaps = {g["code"]: g for g in review(lvef_percent=None)["gaps"]}
    assert gaps["LVEF_UNKNOWN"]["severity"] == "high"


def test_ild_history_cautions_tdxd_and_ranks_it_below_the_alternatives() -> None:
    data = review(conditions=["interstitial_lung_disease"], treatments=[FIRST_LINE_TRASTUZUMAB])
    tdxd = option(data, "trastuzumab_deruxtecan")
    assert "ILD_HISTORY" in codes(tdxd["cautions"])
    assert ids(data).index("trastuzumab_deruxtecan") > ids(data).index("irinotecan")
    assert ids(data)[0] == "ramucirumab_paclitaxel"
    assert tdxd["preference"] == "consider"


def test_autoimmune_disease_and_transplant_caution_checkpoint_inhibitors_only() -> None:
    data = review(conditions=["autoimmune_disease", "organ_transplant"])
    pembro = codes(option(data, "pembrolizumab_trastuzumab_chemo")["cautions"])
    assert {"AUTOIMMUNE_DISEASE", "ORGAN_TRANSPLANT"} <= pembro
    assert not {"AUTOIMMUNE_DISEASE", "ORGAN_TRANSPLANT"} & codes(
        option(data, "trastuzumab_chemo")["cautions"]
    )


def test_a_prior_severe_toxicity_to_the_same_agent_is_cautioned() -> None:
    first = line(1, ["capecitabine", "oxaliplatin"], "2025-03-01", "2025-09-01")
    tox = line(
        2,
        ["ramucirumab", "paclitaxel"],
        "2025-09-15",
        "2025-11-01",
        stop="toxicity",
        toxicities=[{"event": "neuropathy", "grade": 3}],
    )
    data = review(biomarkers=[ihc("1+"), cps(5)], treatments=[first, tox])
    assert "PRIOR_SEVERE_TOXICITY" in codes(option(data, "ramucirumab_paclitaxel")["cautions"])
    assert "PRIOR_SEVERE_TOXICITY" in codes(option(data, "taxane")["cautions"])
    assert "PRIOR_SEVERE_TOXICITY" not in codes(option(data, "irinotecan")["cautions"])


def test_unknown_ecog_and_mmr_are_gaps() -> None:
    gaps = codes(review(ecog=None, biomarkers=[ihc("3+"), cps(5)])["gaps"])
    assert {"ECOG_UNKNOWN", "MMR_UNKNOWN"} <= gaps


def test_her2_gaps_from_the_assessment_reach_the_review() -> None:
    data = review(biomarkers=[ihc("2+"), cps(5)])
    assert data["her2"]["category"] == "pending"
    assert "HER2_ISH_REQUIRED" in codes(data["gaps"])
    assert all(g["severity"] in {"high", "medium", "low"} for g in data["gaps"])


def test_pneumonitis_recorded_on_an_earlier_therapy_counts_as_ild_history_for_tdxd() -> None:
    pembro = line(
        1,
        ["pembrolizumab", "trastuzumab", "capecitabine", "oxaliplatin"],
        "2025-03-01",
        "2025-09-01",
        toxicities=[{"event": "pneumonitis", "grade": 1}],
    )
    data = review(treatments=[pembro])
    assert "ILD_HISTORY" in codes(option(data, "trastuzumab_deruxtecan")["cautions"])


def test_a_caution_resting_on_unverified_knowledge_says_so() -> None:
    data = review(conditions=["organ_transplant"])
    caution = next(
        c
        for c in option(data, "pembrolizumab_trastuzumab_chemo")["cautions"]
        if c["code"] == "ORGAN_TRANSPLANT"
    )
    assert caution["verified"] is False
    assert "unverified" in caution["message"]


def test_a_demoted_tdxd_still_ranks_above_a_clinical_trial() -> None:
    data = review(conditions=["interstitial_lung_disease"], treatments=[FIRST_LINE_TRASTUZUMAB])
    assert ids(data).index("trastuzumab_deruxtecan") < ids(data).index("clinical_trial")


def test_the_cps_gap_names_the_cut_offs_in_force_for_the_listed_options() -> None:
    # HER2-negative, England, CPS never tested: the cut-offs come from the dated access events.
    data = review(region="GB", biomarkers=[ihc("1+"), mmr()])
    message = {g["code"]: g["message"] for g in data["gaps"]}["PDL1_CPS_UNKNOWN"]
    assert "Nivolumab + fluoropyrimidine + platinum: CPS >=1 (US), >=5 (EU, GB)" in message
    assert "trastuzumab" not in message
    positive = review(biomarkers=[ihc("3+"), mmr()])
    message = {g["code"]: g["message"] for g in positive["gaps"]}["PDL1_CPS_UNKNOWN"]
    assert "Pembrolizumab + trastuzumab" in message and "Nivolumab" not in message


def test_a_course_with_neither_line_nor_setting_is_a_blocking_gap() -> None:
    course = {
        "agents": ["capecitabine", "oxaliplatin"],
        "ended_on": "2026-01-10",
        "stop_reason": "progression",
    }
    data = review(biomarkers=[ihc("3+"), cps(5)], treatments=[course])
    gap = next(g for g in data["gaps"] if g["code"] == "TREATMENT_SETTING_UNKNOWN")
    assert gap["severity"] == "high"
    assert "treatments[0]" in gap["message"]


def test_no_setting_gap_when_every_course_has_a_line_or_setting() -> None:
    course = line(1, ["capecitabine", "oxaliplatin"], "2025-10-01", "2026-01-10")
    assert "TREATMENT_SETTING_UNKNOWN" not in codes(
        review(biomarkers=[ihc("3+")], treatments=[course])["gaps"]
    )
