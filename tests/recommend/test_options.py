from __future__ import annotations

from tests.recommend.factory import (
    FIRST_LINE_TRASTUZUMAB,
    cldn,
    codes,
    cps,
    excluded,
    ids,
    ihc,
    ish,
    line,
    mmr,
    option,
    review,
)


def test_her2_positive_first_line_with_cps_1_or_more_ranks_pembrolizumab_trastuzumab_first() -> None:
    data = review(biomarkers=[ihc("3+"), cps(1), mmr()])
    assert ids(data)[0] == "pembrolizumab_trastuzumab_chemo"
    assert data["options"][0]["preference"] == "preferred"
    assert "KEYNOTE-811" in data["options"][0]["rationale"]


def test_her2_positive_first_line_with_cps_below_1_sets_pembrolizumab_aside_with_the_reason() -> None:
    data = review(biomarkers=[ihc("3+"), cps(0), mmr()])
    assert ids(data)[0] == "trastuzumab_chemo"
    assert "PD-L1 CPS >=1" in excluded(data)["pembrolizumab_trastuzumab_chemo"]


def test_unknown_cps_keeps_pembrolizumab_trastuzumab_as_consider_and_asks_for_the_test() -> None:
    data = review(biomarkers=[ihc("3+"), mmr()])
    pembro = option(data, "pembrolizumab_trastuzumab_chemo")
    assert pembro["preference"] == "consider"
    assert "not tested" in pembro["rationale"]
    assert ids(data)[0] == "trastuzumab_chemo"
    assert "PDL1_CPS_UNKNOWN" in codes(data["gaps"])


def test_ihc_2_plus_with_amplification_is_treated_as_her2_positive() -> None:
    data = review(biomarkers=[ihc("2+"), ish(True), cps(5), mmr()])
    assert ids(data)[0] == "pembrolizumab_trastuzumab_chemo"


def test_her2_negative_claudin_positive_without_pd_l1_puts_zolbetuximab_first() -> None:
    data = review(biomarkers=[ihc("1+"), cps(0), cldn(80), mmr()])
    assert ids(data)[0] == "zolbetuximab_chemo"
    assert "trastuzumab_chemo" not in ids(data)


def test_zolbetuximab_needs_75_percent_claudin_staining() -> None:
    data = review(biomarkers=[ihc("0"), cps(0), cldn(60), mmr()])
    assert "zolbetuximab_chemo" not in ids(data)
    assert ">=75%" in excluded(data)["zolbetuximab_chemo"]


def test_her2_negative_unknown_claudin_is_a_high_gap_in_first_line() -> None:
    data = review(biomarkers=[ihc("1+"), cps(10), mmr()])
    gaps = {g["code"]: g["severity"] for g in data["gaps"]}
    assert gaps["CLDN18_UNKNOWN"] == "high"
    assert ids(data)[0] in {"nivolumab_chemo", "pembrolizumab_chemo"}


def test_zolbetuximab_is_excluded_for_her2_positive_disease_citing_spotlight_and_glow() -> None:
    data = review(biomarkers=[ihc("3+"), cps(0), cldn(90), mmr()])
    assert "zolbetuximab_chemo" not in ids(data)
    entry = next(e for e in data["excluded"] if e["id"] == "zolbetuximab_chemo")
    assert {ev["trial"] for ev in entry["evidence"]} == {"SPOTLIGHT", "GLOW"}


def test_first_line_her2_positive_excludes_the_regimens_readers_expect_with_their_trials() -> None:
    reasons = excluded(review())
    assert "JACOB" in reasons["pertuzumab"]
    assert "LOGiC" in reasons["lapatinib"]
    assert "CheckMate-811" in reasons["nivolumab_trastuzumab_chemo"]
    assert "does not exist" in reasons["nivolumab_trastuzumab_chemo"]


def test_second_line_after_trastuzumab_offers_tdxd_first_and_excludes_trastuzumab_beyond_progression() -> (
    None
):
    data = review(treatments=[FIRST_LINE_TRASTUZUMAB])
    assert data["current_line"] == 2
    assert ids(data)[0] == "trastuzumab_deruxtecan"
    assert "ramucirumab_paclitaxel" in ids(data)
    assert "clinical_trial" in ids(data)
    reasons = excluded(data)
    assert "T-ACT" in reasons["trastuzumab_beyond_progression"]
    assert "GATSBY" in reasons["trastuzumab_emtansine"]


def test_tdxd_evidence_at_second_line_leads_with_destiny_gastric04_and_labels_dg01_third_line() -> None:
    evidence = option(review(treatments=[FIRST_LINE_TRASTUZUMAB]), "trastuzumab_deruxtecan")["evidence"]
    assert evidence[0]["trial"] == "DESTINY-Gastric04"
    dg01 = next(e for e in evidence if e["trial"] == "DESTINY-Gastric01")
    assert dg01["line"] == "line 3 or later"


def test_an_agent_the_disease_progressed_on_is_never_offered_again() -> None:
    tdxd = line(2, ["T-DXd"], "2025-09-15", "2026-03-01")
    data = review(treatments=[FIRST_LINE_TRASTUZUMAB, tdxd])
    assert "trastuzumab_deruxtecan" not in ids(data)
    assert "progressed on Trastuzumab deruxtecan" in excluded(data)["trastuzumab_deruxtecan"]


def test_tdxd_stopped_for_grade_2_pneumonitis_is_excluded_with_the_reason() -> None:
    tdxd = line(
        2,
        ["trastuzumab_deruxtecan"],
        "2025-09-15",
        "2025-12-01",
        stop="toxicity",
        toxicities=[{"event": "pneumonitis", "grade": 2}],
    )
    data = review(treatments=[FIRST_LINE_TRASTUZUMAB, tdxd])
    assert "trastuzumab_deruxtecan" not in ids(data)
    assert "pneumonitis" in excluded(data)["trastuzumab_deruxtecan"]


def test_msi_high_second_line_puts_pembrolizumab_first_and_warns() -> None:
    chemo = line(1, ["capecitabine", "oxaliplatin"], "2025-03-01", "2025-09-01")
    data = review(biomarkers=[ihc("0"), cps(3), mmr("deficient")], treatments=[chemo])
    assert ids(data)[0] == "pembrolizumab"
    assert "MSI_HIGH" in codes(data["warnings"])


def test_ecog_3_puts_best_supportive_care_first_even_in_first_line() -> None:
    data = review(ecog=3)
    assert ids(data)[0] == "best_supportive_care"
    assert data["options"][0]["preference"] == "preferred"
    others = [o for o in data["options"] if o["id"] != "best_supportive_care"]
    assert all("ECOG_OUTSIDE_EVIDENCE" in codes(o["cautions"]) for o in others)


def test_ecog_2_flags_options_without_reordering_them() -> None:
    data = review(ecog=2)
    assert ids(data)[0] == "pembrolizumab_trastuzumab_chemo"
    assert "best_supportive_care" not in ids(data)
    assert "ECOG_OUTSIDE_EVIDENCE" in codes(data["options"][0]["cautions"])


def test_clinical_trial_is_offered_from_second_line_but_not_first() -> None:
    assert "clinical_trial" not in ids(review())
    assert "clinical_trial" in ids(review(treatments=[FIRST_LINE_TRASTUZUMAB]))


def test_disitamab_vedotin_is_set_aside_when_the_patient_cannot_be_treated_in_china() -> None:
    lines = [
        FIRST_LINE_TRASTUZUMAB,
        line(2, ["ramucirumab", "paclitaxel"], "2025-09-15", "2026-03-01"),
        line(3, ["T-DXd"], "2026-03-15", "2026-09-01"),
    ]
    us = review(treatments=lines)
    cn = review(treatments=lines, region="CN")
    assert "disitamab_vedotin" not in ids(us)
    assert "CN" in excluded(us)["disitamab_vedotin"]
    assert "disitamab_vedotin" in ids(cn)


def test_a_resectable_case_has_no_line_and_no_palliative_options() -> None:
    data = review(setting="resectable")
    assert data["current_line"] is None
    assert data["options"] == []
    assert "NOT_ADVANCED_SETTING" in codes(data["warnings"])


def test_squamous_cell_carcinoma_gets_no_her2_directed_option() -> None:
    data = review(histology="squamous_cell_carcinoma")
    assert not {"trastuzumab_chemo", "pembrolizumab_trastuzumab_chemo"} & set(ids(data))
    assert "NOT_ADENOCARCINOMA" in codes(data["warnings"])


def test_ranks_are_consecutive_from_one_and_every_option_says_why() -> None:
    data = review(treatments=[FIRST_LINE_TRASTUZUMAB])
    assert [o["rank"] for o in data["options"]] == list(range(1, len(data["options"]) + 1))
    assert all(
        o["rationale"] and o["preference"] in {"preferred", "alternative", "consider"}
        for o in data["options"]
    )
    assert all(e["reason"] for e in data["excluded"])


def test_after_her2_loss_tdxd_is_set_aside_with_the_reason_and_the_loss_is_warned() -> None:
    data = review(
        biomarkers=[ihc("3+"), ihc("0", on="2025-09-10"), cps(5), mmr()], treatments=[FIRST_LINE_TRASTUZUMAB]
    )
    assert data["her2"]["status"] == "negative"
    assert "HER2_LOSS" in codes(data["warnings"])
    assert "trastuzumab_deruxtecan" not in ids(data)
    assert "HER2 is now negative" in excluded(data)["trastuzumab_deruxtecan"]
    assert ids(data)[0] == "ramucirumab_paclitaxel"


def test_an_option_that_needs_an_unknown_result_ranks_below_the_options_known_to_fit() -> None:
    # MMR/MSI untested at second line: pembrolizumab (MSI-high only) must not outrank the standard
    # options the patient is known to fit; it stays listed as "consider", with the test as a gap.
    data = review(biomarkers=[ihc("3+"), cps(10)], treatments=[FIRST_LINE_TRASTUZUMAB])
    order = ids(data)
    assert order.index("pembrolizumab") > order.index("ramucirumab_paclitaxel")
    assert option(data, "pembrolizumab")["preference"] == "consider"
    assert "MMR_UNKNOWN" in codes(data["gaps"])


def test_a_pending_ish_puts_her2_directed_options_below_the_others_without_putting_chemo_first() -> None:
    # IHC 2+ awaiting ISH is a branch of the whole case: both sides are "consider"; HER2-directed ones
    # cannot lead before positivity is confirmed (issue 14, class 5), plain chemotherapy does not lead.
    data = review(biomarkers=[ihc("2+"), cps(10), mmr()])
    assert ids(data)[0] == "nivolumab_chemo"
    assert option(data, "pembrolizumab_trastuzumab_chemo")["preference"] == "consider"
    assert ids(data).index("pembrolizumab_trastuzumab_chemo") < ids(data).index("trastuzumab_chemo")


def test_an_exclusion_for_the_patients_own_history_cites_no_efficacy_trial() -> None:
    tdxd = line(2, ["T-DXd"], "2025-09-15", "2026-03-01")
    data = review(treatments=[FIRST_LINE_TRASTUZUMAB, tdxd])
    (entry,) = [e for e in data["excluded"] if e["id"] == "trastuzumab_deruxtecan"]
    assert "progressed" in entry["reason"] and entry["evidence"] == []


def test_an_exclusion_cites_the_trials_its_reason_rests_on_without_repeating_their_summaries() -> None:
    data = review(biomarkers=[ihc("3+"), cps(1), mmr()])
    (lapatinib,) = [e for e in data["excluded"] if e["id"] == "lapatinib"]
    assert [ev["trial"] for ev in lapatinib["evidence"]] == ["LOGiC", "TyTAN"]
    assert all(set(ev) == {"trial", "source", "line", "verified"} for ev in lapatinib["evidence"])
