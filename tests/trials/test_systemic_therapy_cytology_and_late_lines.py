"""Rules read from the outside sets UB, UC and UD (sentences written for these tests): systemic therapy in
any setting, free cancer cells beside a ban on distant spread, a gastric tumour reaching the oesophagus,
progression or contraindication, standard therapy after two lines, refused contraception, lung disease
named as a class, an antibody's wash-out by its half-life, gene alterations named with HER2, the most
recent HER2 result, an investigational product and a target named after "targeting" (UB, UC, UD), and
from UE and UF: a basket list's head, graded immune events, an ADC's payload, PD-1 spelt out, an
investigational device and a known HER2 status; and from UG and UH: a sample sent for HER2 testing, and
the cancers listed as exceptions under an exclusion."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status

RESECTABLE = {"site": "stomach", "histology": "adenocarcinoma", "setting": "resectable"}
GEJ = {"site": "gej", "histology": "adenocarcinoma", "setting": "metastatic"}
ADJUVANT_LONG_AGO = [
    {
        "setting": "adjuvant",
        "agents": ["capecitabine", "oxaliplatin"],
        "started_on": "2024-01-10",
        "ended_on": "2024-06-30",
        "stop_reason": "completed",
    }
]
TWO_LINES_ENDED = [
    *FIRST_LINE_ENDED,
    {
        "line": 2,
        "setting": "palliative",
        "agents": ["ramucirumab", "paclitaxel"],
        "started_on": "2026-05-24",
        "ended_on": "2026-05-25",
        "stop_reason": "progression",
    },
]
HER2_LOST = [
    {"kind": "her2_ihc", "score": "3+", "criteria": "gastric", "tested_on": "2025-12-10"},
    {"kind": "her2_ihc", "score": "1+", "criteria": "gastric", "tested_on": "2026-05-28"},
]
HER2_ZERO = [{"kind": "her2_ihc", "score": "0", "criteria": "gastric", "tested_on": "2026-01-10"}]
NIVOLUMAB_34_DAYS_AGO = [
    {
        "line": 1,
        "setting": "palliative",
        "agents": ["nivolumab", "fluorouracil", "oxaliplatin"],
        "started_on": "2025-11-02",
        "ended_on": "2026-04-28",
        "stop_reason": "progression",
    }
]


def test_prior_systemic_therapy_for_the_disease_excludes_a_course_in_any_setting() -> None:
    text = "Prior systemic therapy for gastric cancer"
    assert status(text, "exclusion") == "met"
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert (
        status(text, "exclusion", treatments=ADJUVANT_LONG_AGO, diagnosis__setting="recurrent") == "not_met"
    )


def test_systemic_or_surgical_therapy_leaves_the_operation_open() -> None:
    text = "Previous systemic or surgical or combined therapy for gastric cancer"
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert status(text, "exclusion") == "unknown"  # an operation is not recorded


def test_systemic_therapy_against_one_target_is_not_every_systemic_therapy() -> None:
    text = "Any previous systemic therapy targeting vascular endothelial growth factor (VEGF)"
    assert not any(r.get("group") == "systemic_therapy" for r in interpret(text, "exclusion"))


def test_no_previous_gastrectomy_or_chemotherapy_leaves_the_operation_open() -> None:
    text = "No previous gastrectomy or chemotherapy"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert status(text, "inclusion") == "unknown"


def test_free_cancer_cells_allowed_beside_a_ban_on_distant_spread_leave_metastatic_disease_open() -> None:
    text = "Clinically apparent distant metastasis (besides free cancer cells)"
    assert status(text, "exclusion") == "unknown"  # its only spread may be the free cells
    assert status(text, "exclusion", patient__conditions=["brain_metastases"]) == "not_met"
    assert status(text, "exclusion", diagnosis=RESECTABLE) == "met"
    assert status("Clinically apparent distant metastasis", "exclusion") == "not_met"


def test_a_gastric_tumour_reaching_the_oesophagus_stays_open_for_a_gastric_primary() -> None:
    text = "Gastrooesophageal junction cancer or gastric cancer with spreading on oesophagus."
    assert status(text, "exclusion") == "unknown"
    assert status(text, "exclusion", diagnosis=GEJ) == "not_met"


def test_progression_intolerance_or_contraindication_is_not_met_by_an_untreated_fit_patient() -> None:
    text = (
        "Participants have disease progression after treatment, are intolerant to treatment, or are "
        "contraindicated with available anti-cancer therapies."
    )
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_failed_standard_therapy_after_two_lines_stays_open_while_options_remain() -> None:
    text = "Patients who have failed all standard therapies"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"  # line 2: options remain
    assert status(text, "inclusion", treatments=TWO_LINES_ENDED) == "unknown"  # line 3


def test_refusing_contraception_is_an_undertaking_given_at_consent() -> None:
    text = "Fertile males and females who are unwilling to use effective contraceptive methods."
    assert status(text, "exclusion", patient__sex="female", patient__age=41) == "met"
    assert status(text, "exclusion") == "met"
    pregnant = "Women who are pregnant or unwilling to use contraception"
    assert status(pregnant, "exclusion", patient__sex="female", patient__age=41) == "unknown"


def test_lung_disease_named_as_a_class_takes_a_recorded_interstitial_lung_disease() -> None:
    text = "Cardiac disease, pulmonary disease, or hepatic disease"
    assert status(text, "exclusion", patient__conditions=["interstitial_lung_disease"]) == "not_met"
    assert status(text, "exclusion") == "unknown"
    copd = "Chronic obstructive pulmonary disease"
    assert not any(r.get("condition") == "interstitial_lung_disease" for r in interpret(copd, "exclusion"))


def test_an_antibody_given_weeks_ago_has_not_washed_out_by_its_own_half_life() -> None:
    text = (
        "Concurrent treatment with any anticancer agent including chemotherapy or radiation therapy. Must "
        "be 5 X half-life or 6 weeks (whichever is shorter) post dosing of previous cancer therapies."
    )
    # nivolumab's half-life of 25 days (agents.yaml): 6 weeks is the shorter, and 34 days have passed
    assert status(text, "exclusion", treatments=NIVOLUMAB_34_DAYS_AGO) == "not_met"


def test_gene_alterations_named_with_her2_exclude_a_her2_positive_tumour_and_leave_the_rest_open() -> None:
    text = (
        "Patients with a documented gene alteration including but not limited to HER2, KRAS, BRAF and ALK "
        "that is known to confer resistance to the study treatment"
    )
    assert status(text, "exclusion") == "not_met"  # IHC 3+
    assert status(text, "exclusion", biomarkers=HER2_ZERO) == "unknown"  # KRAS, BRAF, ALK not recorded


def test_the_most_recent_her2_result_decides_after_a_loss() -> None:
    text = "HER2 positivity per the results of the most recent tumor tissue testing (IHC 3+ or IHC 2+/ISH+)"
    assert status(text, "inclusion", biomarkers=HER2_LOST, treatments=FIRST_LINE_ENDED) == "not_met"
    earlier = "HER2-positive (IHC 3+ or IHC 2+/ISH+) gastric cancer"
    assert status(earlier, "inclusion", biomarkers=HER2_LOST, treatments=FIRST_LINE_ENDED) == "unknown"


def test_another_investigational_product_before_this_study_is_its_wash_out() -> None:
    text = (
        "Patients who are treated with another investigational product within 4 weeks prior to the "
        "initiation of treatment in this clinical study."
    )
    assert status(text, "exclusion") == "met"  # no therapy at all in those 4 weeks
    assert status(text, "exclusion", treatments=NIVOLUMAB_34_DAYS_AGO) == "met"  # 34 days ago


def test_a_pathway_named_after_targeting_is_a_target_no_recorded_agent_hits() -> None:
    text = "Participant has received prior treatment targeting STING pathway."
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "met"


RESECTABLE_UNTREATED = {"site": "stomach", "histology": "adenocarcinoma", "setting": "resectable"}
NIVOLUMAB_PNEUMONITIS_2 = [
    {
        **NIVOLUMAB_34_DAYS_AGO[0],
        "stop_reason": "toxicity",
        "toxicities": [{"event": "immune-related pneumonitis", "grade": 2}],
    }
]
IRINOTECAN = [
    {
        "line": 1,
        "setting": "palliative",
        "agents": ["irinotecan"],
        "started_on": "2025-11-02",
        "ended_on": "2026-03-28",
        "stop_reason": "progression",
    }
]


def test_a_basket_list_keeps_the_advanced_disease_its_head_asks_for() -> None:
    text = (
        "Must have histologically confirmed advanced solid tumor including but not restricted to breast "
        "cancer, gastric or gastroesophageal cancer, colon cancer"
    )
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", diagnosis=RESECTABLE_UNTREATED) == "not_met"


def test_a_graded_immune_event_excludes_only_at_that_grade() -> None:
    text = "Any history of Grade >=3 immune-related AE attributed to prior cancer immunotherapy"
    assert status(text, "exclusion", treatments=NIVOLUMAB_PNEUMONITIS_2) == "met"
    worse = [
        {**NIVOLUMAB_PNEUMONITIS_2[0], "toxicities": [{"event": "immune-related pneumonitis", "grade": 3}]}
    ]
    assert status(text, "exclusion", treatments=worse) == "not_met"


def test_an_adc_with_a_topoisomerase_payload_is_not_irinotecan() -> None:
    text = (
        "Prior treatment with an ADC which consists of an exatecan derivative that is a topoisomerase I "
        "inhibitor."
    )
    assert status(text, "exclusion", treatments=IRINOTECAN) == "met"


def test_programmed_death_receptor_spelt_out_is_pd1() -> None:
    text = (
        "Has received prior therapy with an anti-Programmed Cell Death Protein 1 (PD-1) or anti-Programmed "
        "Cell Death-Ligand 1 (PD-L1) agent"
    )
    assert status(text, "exclusion", treatments=NIVOLUMAB_34_DAYS_AGO) == "not_met"
    assert status(text, "exclusion", treatments=IRINOTECAN) == "met"


def test_an_investigational_device_goes_with_the_agents_wash_out() -> None:
    text = "Has received an investigational agent or has used an investigational device within 4 weeks"
    assert status(text, "exclusion", treatments=IRINOTECAN) == "met"  # ended 65 days before


def test_a_known_her2_status_is_a_settled_result_on_file() -> None:
    text = "Known HER2 status prior to enrollment; results from a local laboratory are acceptable"
    assert status(text, "inclusion") == "met"
    pending = [{"kind": "her2_ihc", "score": "2+", "criteria": "gastric", "tested_on": "2026-01-10"}]
    assert status(text, "inclusion", biomarkers=pending) == "unknown"


def test_a_sample_sent_to_determine_her2_asks_for_no_her2_status() -> None:
    text = (
        "All participants must provide a tumor sample for tissue-based IHC staining to centrally determine "
        "HER2 expression, PD-L1 CPS, and other correlatives."
    )
    assert not [r for r in interpret(text, "inclusion") if r["type"] == "her2"]
    assert status(text, "inclusion", biomarkers=HER2_ZERO) != "not_met"


def test_cancers_listed_as_exceptions_under_an_exclusion_ask_nothing() -> None:
    text = (
        "Exclusion Criteria:\n\n* History of another malignancy within the last 2 years with the exception "
        "of:\n* Treated, non-melanoma skin cancers\n* Treated carcinoma in situ (CIS) (e.g., breast, "
        "cervix)\n* Known untreated brain metastases from any cancer"
    )
    read = {c.text: c.requirements for c in parse_criteria(text)}
    exception = [{"type": "permission", "about": "exception"}]
    assert read["Treated, non-melanoma skin cancers"] == exception
    assert read["Treated carcinoma in situ (CIS) (e.g., breast, cervix)"] == exception
    assert read["Known untreated brain metastases from any cancer"] != exception  # a criterion again
