"""Criterion rules of issue 15, round 3: the classes the outside set still missed after round 2. Each
sentence is written for these tests (not taken from the outside set), parsed by the real rules and
judged for a real case (helpers: test_criterion_rules.py)."""

from __future__ import annotations

from typing import Any

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, FIRST_LINE_ONGOING, judge, status

T_DXD_LINE: list[dict[str, Any]] = [
    {
        "line": 2,
        "setting": "palliative",
        "agents": ["trastuzumab_deruxtecan"],
        "started_on": "2025-10-01",
        "ended_on": "2026-02-20",
        "stop_reason": "progression",
    }
]


# ------------------------------------------------- the partner of the person addressed
def test_a_contraception_item_for_women_with_a_male_partner_does_not_apply_to_a_man() -> None:
    text = (
        "Women able to become pregnant who have sex with a non-sterilised male partner must use two "
        "reliable methods of birth control until 7 months after the last infusion."
    )
    found = judge(text, "inclusion")
    assert found["status"] == "met"
    assert found["reason"].startswith("does not apply")
    assert status(text, "inclusion", patient__sex="female", patient__age=38) == "unknown"


def test_a_condom_item_for_men_with_a_female_partner_of_child_bearing_potential_skips_a_woman() -> None:
    text = (
        "Sexually active male participants whose female partner is of child-bearing potential must use a "
        "condom, or a female partner of childbearing potential must use contraception."
    )
    assert interpret(text, "inclusion") == [{"type": "reproductive", "who": "men", "undertaking": True}]
    assert status(text, "inclusion", patient__sex="female", patient__age=38) == "met"
    assert status(text, "inclusion") == "met"  # a man: an undertaking given at consent


# ------------------------------------------------- consent wording
@pytest.mark.parametrize(
    "text",
    [
        "Has signed the written consent form (ICF) before any study-specific procedure is done.",
        "Able to give informed consent prior to the performance of any trial activities.",
    ],
)
def test_consent_signed_before_study_procedures_is_consent_not_a_time_limit(text: str) -> None:
    assert status(text, "inclusion") == "met"


def test_consent_signed_within_a_number_of_days_of_randomisation_stays_open() -> None:
    assert status("Informed consent signed within 21 days prior to randomisation.", "inclusion") == "unknown"


def test_an_exclusion_of_patients_who_will_not_sign_the_consent_is_passed_at_screening() -> None:
    text = "Patient refuses to sign the tissue pre-screening consent form."
    assert interpret(text, "exclusion") == [{"type": "consent", "negated": True}]
    assert status(text, "exclusion") == "met"


# ------------------------------------------------- prior agents by code or brand name
@pytest.mark.parametrize("name", ["T-DXd", "TDXd", "DS-8201a", "Enhertu", "trastuzumab deruxtecan"])
def test_a_prior_agent_exclusion_joined_to_an_investigational_clause_reads_the_named_agent(name: str) -> None:
    text = f"Patients may not be on other investigational drugs and must not have received prior {name}."
    assert status(text, "exclusion", treatments=T_DXD_LINE) == "not_met"
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "unknown"  # the investigational part


# ------------------------------------------------- wash-outs in half-lives
def test_a_wash_out_in_half_lives_uses_the_shorter_of_the_two_when_the_text_says_whichever_is_shorter() -> (
    None
):
    text = "Anticancer therapy within 5 half-lives or 3 weeks, whichever is shorter, before the first dose."
    assert interpret(text, "exclusion") == [
        {"type": "washout", "days": 21, "scope": "systemic", "half_lives": 5, "whichever": "shorter"}
    ]
    long_ago = [{**FIRST_LINE_ENDED[0], "ended_on": "2026-05-01"}]  # 31 days before as_of
    assert status(text, "exclusion", treatments=long_ago) == "met"
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"  # 10 days: trastuzumab


def test_half_lives_written_before_the_days_are_not_mistaken_for_live_vaccines() -> None:
    text = "Systemic cancer treatment within 5 half-lives or 28 days (whichever is longer) of day 1."
    assert interpret(text, "exclusion")[0]["days"] == 28
    assert interpret("Live attenuated vaccines within 30 days of day 1.", "exclusion") == []


def test_an_inclusion_wash_out_counted_after_the_last_dose_is_read_as_a_wash_out() -> None:
    text = "Must be 5 x half-life or 4 weeks (whichever is shorter) post dosing of prior therapy."
    assert interpret(text, "inclusion")[0]["days"] == 28
    assert status(text, "inclusion", treatments=[{**FIRST_LINE_ENDED[0], "ended_on": "2026-04-01"}]) == "met"


# ------------------------------------------------- how HER2 is scored, and glued words
def test_a_sentence_on_how_her2_is_scored_is_not_a_her2_level() -> None:
    text = "HER2 status determined according to the ASCO/CAP guideline for gastric and junction cancer."
    zero = [{"kind": "her2_ihc", "score": "0", "criteria": "gastric", "tested_on": "2026-01-10"}]
    assert status(text, "inclusion", biomarkers=zero) == "met"
    assert status(text, "inclusion", diagnosis__site="gej") == "met"
    breast = [{"kind": "her2_ihc", "score": "3+", "criteria": "breast", "tested_on": "2026-01-10"}]
    assert status(text, "inclusion", biomarkers=breast) == "unknown"
    assert status(text, "inclusion", biomarkers=[]) == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "HER2-low tumours (IHC 1+, or 2+ without amplification) according to the gastric cancer "
        "scoring system.",
        "HER2-expressing tumours by a certified laboratory; for the HER2 scoring system, the criteria used "
        "for gastric and junction cancers will be applied.",
    ],
)
def test_the_gastric_scoring_system_named_for_her2_is_no_tumour_site(text: str) -> None:
    assert not [r for r in interpret(text, "inclusion") if r["type"] == "disease"]


def test_an_agent_glued_to_containing_is_still_read_as_the_agent() -> None:
    text = "Progression on at least one prior cisplatincontaining regimen."
    assert {"type": "prior_therapy", "group": "cisplatin"} in interpret(text, "inclusion")


# ------------------------------------------------- brain-directed radiotherapy
@pytest.mark.parametrize(
    "text",
    [
        "Whole-brain irradiation within 21 days before the first dose.",
        "Stereotactic radiosurgery (SRS) less than 10 days before enrolment.",
    ],
)
def test_brain_directed_radiotherapy_concerns_only_a_patient_with_brain_metastases(text: str) -> None:
    found = judge(text, "exclusion", patient__conditions=[])
    assert found["status"] == "met"
    assert found["reason"].startswith("does not apply")
    assert status(text, "exclusion", patient__conditions=["brain_metastases"]) == "unknown"


def test_brain_radiotherapy_beside_another_treatment_is_not_only_about_brain_metastases() -> None:
    text = "Whole-brain irradiation or any major operation within 21 days before the first dose."
    assert all(r["type"] != "applies_if" for r in interpret(text, "exclusion"))


def test_radiotherapy_named_in_the_brain_metastasis_exception_does_not_hold_open_a_patient_without_them() -> (
    None
):
    text = (
        "Brain metastases, unless treated, stable for 4 weeks and off steroids, provided acute effects "
        "of radiotherapy have resolved."
    )
    assert status(text, "exclusion", patient__conditions=[]) == "met"
    assert status(text, "exclusion", patient__conditions=["brain_metastases"]) == "unknown"


# ------------------------------------------------- age limits
@pytest.mark.parametrize(
    ("text", "age", "expected"),
    [
        ("Aged 18 or over but under 75 at enrolment.", 74, "met"),
        ("Aged 18 or over but under 75 at enrolment.", 75, "not_met"),
        ("Age ≥ 20 and ≤ 70 years.", 70, "met"),
        ("Age ≥ 20 and ≤ 70 years.", 71, "not_met"),
    ],
)
def test_an_upper_age_limit_beside_the_lower_one_is_read(text: str, age: int, expected: str) -> None:
    assert status(text, "inclusion", patient__age=age) == expected


def test_a_laboratory_limit_beside_an_age_is_not_an_upper_age() -> None:
    for text in (
        "Age 18 years or older; haemoglobin below 90 g/L excluded.",
        "Aged 18 or over, weight under 150 kg.",
    ):
        ages = [r for r in interpret(text, "inclusion") if r["type"] == "age"]
        assert ages == [{"type": "age", "op": ">=", "value": 18}]


def test_an_age_that_defines_menopause_is_no_age_limit_of_the_study() -> None:
    text = "Women of 50 years or more are regarded as post-menopausal when amenorrhoeic for 12 months."
    assert interpret(text, "inclusion") == [{"type": "reproductive", "who": "women"}]
    assert status(text, "inclusion", patient__age=38, patient__sex="female") == "unknown"
    assert status("A woman aged 50 or older is considered menopausal if", "inclusion") == "met"  # a man


def test_treatment_an_autoimmune_disease_required_is_no_anticancer_wash_out() -> None:
    text = "Active autoimmune disease that needed systemic treatment in the last 3 months."
    assert not [r for r in interpret(text, "exclusion") if r["type"] == "washout"]


def test_investigational_agents_inside_a_systemic_wash_out_are_covered_by_the_wash_out() -> None:
    text = "Systemic anticancer therapy, investigational agents included, within 3 weeks before day 1."
    assert interpret(text, "exclusion") == [{"type": "washout", "days": 21, "scope": "systemic"}]


def test_a_male_condom_with_spermicide_in_a_womens_item_does_not_address_men() -> None:
    text = (
        "Women of child-bearing potential having sex with a male partner must use a male condom with "
        "spermicide and one highly effective method."
    )
    assert interpret(text, "inclusion") == [{"type": "reproductive", "who": "women", "undertaking": True}]


# ------------------------------------------------- lung illness
def test_a_lung_specific_illness_named_with_several_qualifiers_still_covers_a_recorded_ild() -> None:
    text = "Lung-specific intercurrent, clinically significant and severe illnesses of any kind."
    assert status(text, "exclusion", patient__conditions=["interstitial_lung_disease"]) == "not_met"
    assert status(text, "exclusion", patient__conditions=[]) == "unknown"


def test_having_had_ild_excludes_even_when_a_suspected_form_with_its_own_limits_follows() -> None:
    text = (
        "Patients who have had pneumonitis or are suspected to have pneumonitis that cannot be ruled out "
        "by a scan at screening."
    )
    assert status(text, "exclusion", patient__conditions=["interstitial_lung_disease"]) == "not_met"


# ------------------------------------------------- metastatic patients left out
def test_an_exclusion_of_distant_metastases_excludes_a_metastatic_patient_only() -> None:
    text = "Distant metastatic disease (M1)."
    assert status(text, "exclusion") == "not_met"
    assert status(text, "exclusion", diagnosis__setting="locally_advanced_unresectable") == "met"
    assert status(text, "exclusion", diagnosis__setting="recurrent") == "unknown"
    with_more = "Distant metastases, or a primary tumour invading the aorta."
    assert status(with_more, "exclusion") == "not_met"
    assert status(with_more, "exclusion", diagnosis__setting="resectable") == "unknown"


def test_metastases_to_one_organ_or_with_exceptions_are_not_an_exclusion_of_every_metastatic_patient() -> (
    None
):
    for text in (
        "Metastatic disease to the brain, unless treated and stable.",
        "Metastatic disease of bone.",
    ):
        assert all(r["type"] != "distant_metastases" for r in interpret(text, "exclusion"))


# ------------------------------------------------- prior therapy named by its target
def test_a_prior_inhibitor_named_by_its_target_is_decided_by_the_targets_of_the_agents_received() -> None:
    text = "Previous treatment with a PARP inhibitor or with any inhibitor of the hedgehog (hh)-smo pathway."
    assert interpret(text, "exclusion") == [{"type": "prior_target", "targets": ["parp", "smo"]}]
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "met"  # trastuzumab and chemotherapy
    egfr = "Prior treatment with an EGFR inhibitor."
    lapatinib = [{**FIRST_LINE_ENDED[0], "agents": ["lapatinib", "capecitabine"]}]
    assert status(egfr, "exclusion", treatments=lapatinib) == "not_met"


@pytest.mark.parametrize(
    "text",
    [
        "Prior treatment with a proton pump inhibitor.",
        "Prior treatment with a topoisomerase I inhibitor.",
        "Prior treatment with strong CYP3A4 inhibitors within 14 days.",
    ],
)
def test_words_that_are_not_target_symbols_are_not_read_as_targets(text: str) -> None:
    assert all(r["type"] != "prior_target" for r in interpret(text, "exclusion"))


def test_a_checkpoint_inhibitor_named_among_target_symbols_still_excludes_a_patient_who_had_one() -> None:
    text = "Any previous treatment with a PD-1, PD-L1 or LAG-3 inhibitor."
    nivolumab = [{**FIRST_LINE_ENDED[0], "agents": ["nivolumab", "capecitabine", "oxaliplatin"]}]
    assert status(text, "exclusion", treatments=nivolumab) == "not_met"
    mixed = "Prior treatment with a MEK inhibitor or an anti-HER2 antibody-drug conjugate."
    assert all(r["type"] != "prior_target" for r in interpret(mixed, "exclusion"))


def test_chemotherapy_sharing_an_interval_with_radiotherapy_is_still_a_drug_wash_out() -> None:
    text = "Has had chemotherapy, or radiotherapy, within 3 weeks before cycle 1 day 1."
    assert status(text, "exclusion", treatments=FIRST_LINE_ONGOING) == "not_met"
    assert (
        status(text, "exclusion", treatments=[{**FIRST_LINE_ENDED[0], "ended_on": "2026-03-01"}]) == "unknown"
    )
    assert interpret("Radiotherapy within 3 weeks before cycle 1 day 1.", "exclusion") == []


# ------------------------------------------------- plain wordings of common requirements
@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "Has metastatic disease or locally advanced, unresectable disease",
            "inclusion",
            {"type": "disease", "sites": [], "advanced": True},
        ),
        ("≥18 years of old;", "inclusion", {"type": "age", "op": ">=", "value": 18}),
        (
            "Must have unresectable, advanced/metastatic disease",
            "inclusion",
            {"type": "disease", "sites": [], "advanced": True},
        ),
        ("WHO performance of status 0-1;", "inclusion", {"type": "ecog", "max": 1}),
        (
            "AEs of earlier anticancer treatment must be ≤ grade 1 or baseline (alopecia excepted)",
            "inclusion",
            {"type": "toxicity", "min_grade": 2},
        ),
        (
            "Stopped prior anti-PD-(L)1 therapy because of a drug-related toxicity",
            "exclusion",
            {"type": "event_on", "group": "pd1", "events": ["toxicity"]},
        ),
        (
            "Peripheral neuropathy that limits instrumental activities of daily living",
            "exclusion",
            {"type": "toxicity", "event": "neuropathy", "min_grade": 2},
        ),
        (
            "Progression on or intolerance of first-line chemotherapy, as second-line treatment",
            "inclusion",
            {"type": "prior_lines", "palliative": True, "min": 1, "max": 1},
        ),
    ],
)
def test_a_plain_wording_of_a_common_requirement_is_read(
    text: str, kind: str, expected: dict[str, Any]
) -> None:
    assert expected in interpret(text, kind)
