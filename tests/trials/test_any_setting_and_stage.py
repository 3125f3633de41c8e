"""Rules read from the tenth blind set (TK; sentences written for these tests unless a registry record
is named): chemotherapy received in any setting, early tumours, resectability, arm-labelled exclusions,
"research drugs", "≤ grade 1" toxicities and a HER2 result confirmed centrally after entry."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, FIRST_LINE_ONGOING, status

PERIOPERATIVE = [
    {
        "setting": "perioperative",
        "agents": ["docetaxel", "oxaliplatin", "fluorouracil"],
        "started_on": "2025-03-01",
        "ended_on": "2025-08-01",
        "stop_reason": "completed",
    }
]


# ---------------------------------------------------------------- chemotherapy in any setting
def test_an_exclusion_of_prior_chemotherapy_for_the_disease_excludes_every_course() -> None:
    text = "Patients with prior chemotherapy or radiation therapy for their diagnosis of gastric cancer."
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert status(text, "exclusion", treatments=PERIOPERATIVE, diagnosis__setting="recurrent") == "not_met"


def test_a_first_line_begun_days_ago_is_chemotherapy_received() -> None:
    assert (
        status("Prior chemotherapy for gastric cancer.", "exclusion", treatments=FIRST_LINE_ONGOING)
        == "not_met"
    )


def test_no_chemotherapy_passes_only_what_the_case_can_show() -> None:
    assert status("Prior chemotherapy for gastric cancer.", "exclusion") == "met"
    # radiotherapy is no case field: the part stays open
    text = "Patients with prior chemotherapy or radiation therapy for their diagnosis of gastric cancer."
    assert status(text, "exclusion") == "unknown"


def test_chemotherapy_in_another_setting_time_or_cancer_is_left_to_other_rules() -> None:
    for text in (
        "Prior chemotherapy for metastatic disease.",  # prior_lines
        "Prior chemotherapy for another malignancy.",
        "Patients who have had chemotherapy, or radiotherapy within 2 weeks prior to C1D1.",  # a wash-out
        "Prior chemotherapy, except adjuvant chemotherapy completed more than 6 months ago.",
        "Received prior chemotherapy with oxaliplatin.",
    ):
        assert {"type": "prior_therapy", "group": "chemotherapy", "ongoing_counts": True} not in interpret(
            text, "exclusion"
        ), text


# ---------------------------------------------------------------- stage and resectability
def test_an_exclusion_of_early_tumours_passes_advanced_disease_and_leaves_resectable_open() -> None:
    text = "T1N0 tumors or in situ carcinoma."  # TRAP-2, NCT05188313
    assert interpret(text, "exclusion") == [{"type": "early_stage"}]
    assert status(text, "exclusion") == "met"  # metastatic
    assert status(text, "exclusion", diagnosis__setting="locally_advanced_unresectable") == "met"
    assert status(text, "exclusion", diagnosis__setting="resectable") == "unknown"  # T and N not recorded


def test_an_early_stage_named_beside_something_else_is_not_read_as_one() -> None:
    assert interpret("T1N0 tumors with lymph node involvement on PET", "exclusion") == []


def test_surgical_resectability_asks_for_resectable_disease() -> None:
    text = (
        "Surgical resectability, as determined during multidisciplinary meeting. Tumors that cannot be "
        "passed with an endoscope are eligible if all other criteria are fulfilled."
    )
    assert status(text, "inclusion") == "not_met"  # metastatic
    assert status(text, "inclusion", diagnosis__setting="resectable") == "met"


# ---------------------------------------------------------------- arms, agents, grades, HER2
ARM_RECORD = "\n".join(
    [
        "Inclusion Criteria:",
        "1. Arm A: never received systemic anti-tumor drug therapy before, with HER2 negative; "
        "Arm B: failed to prior systemic anti-tumor therapy (at least 2 lines);",
        "Exclusion Criteria:",
        "1. Arm A: previously received antibody drugs against immune checkpoints (such as PD-1, PD-L1) "
        "and / or antibody drugs against EGFR; Arm B: previously received antibody drug treatment "
        "against EGFR;",
    ]
)


def test_an_exclusion_labelled_with_an_arm_the_inclusions_define_is_that_arms() -> None:
    exclusions = [c for c in parse_criteria(ARM_RECORD) if c.kind == "exclusion"]
    assert [c.cohort for c in exclusions] == ["Arm A", "Arm B"]
    assert exclusions[1].requirements == [
        {"type": "prior_target", "targets": ["egfr"], "modality": "monoclonal_antibody"}
    ]


def test_an_exclusion_holding_two_arms_excludes_only_through_both() -> None:
    text = (
        "Arm A: previously received antibody drugs against immune checkpoints and / or antibody drugs "
        "against EGFR; Arm B: previously received antibody drug treatment against EGFR;"
    )
    nivolumab = [{**FIRST_LINE_ENDED[0], "agents": ["nivolumab", "capecitabine", "oxaliplatin"]}]
    assert status(text, "exclusion", treatments=nivolumab) == "met"  # arm B takes prior nivolumab


def test_research_drugs_are_investigational_agents() -> None:
    text = "Have received any research drugs within 14 days before the first use of the study drugs."
    assert interpret(text, "exclusion") == [{"type": "washout", "days": 14, "scope": "investigational"}]


def test_a_toxicity_reduced_to_at_most_grade_1_lets_grade_1_through() -> None:
    text = (
        "Any acute, clinically significant treatment-related toxicity caused by previous treatment must "
        "have been reduced to less than or equal to grade 1, except hair loss."
    )
    assert interpret(text, "inclusion") == [{"type": "toxicity", "min_grade": 2}]
    neuropathy = [{**FIRST_LINE_ENDED[0], "toxicities": [{"event": "peripheral_neuropathy", "grade": 1}]}]
    assert status(text, "inclusion", treatments=neuropathy) == "met"


def test_a_central_confirmation_that_does_not_hold_up_entry_is_not_asked_for_entry() -> None:
    text = (
        "HER2-positive tumor defined as either IHC 3+ or IHC 2+ with ISH+, as assessed by the local "
        "laboratory. HER2 status needs to be confirmed by the central laboratory, but does not affect "
        "start of treatment."
    )
    assert interpret(text, "inclusion") == [{"type": "her2", "status": "positive"}]
    assert status(text, "inclusion") == "met"  # IHC 3+, local
