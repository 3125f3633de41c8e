"""Issue 15, round 3: what a specialist called wrong in the matcher's reading of three registry trials
outside the outside set (a first-line T-DXd study, a multi-substudy gastric platform, a HER2-alteration
phase 1), each fixed as a general rule. The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, FIRST_LINE_ONGOING, status

PERIOPERATIVE_THEN_RELAPSE: list[dict[str, Any]] = [
    {
        "setting": "perioperative",
        "agents": ["fluorouracil", "oxaliplatin", "docetaxel"],
        "started_on": "2025-06-01",
        "ended_on": "2025-11-15",
        "stop_reason": "completed",
    }
]


# ------------------------------------------------- headings
def test_a_line_saying_only_inclusion_is_a_heading_not_a_criterion() -> None:
    text = "Inclusion Criteria:\n\nInclusion\n1. ECOG 0 or 1.\n\nExclusion\n1. Known HIV infection.\n"
    assert [(c.text, c.kind) for c in parse_criteria(text)] == [
        ("ECOG 0 or 1.", "inclusion"),
        ("Known HIV infection.", "exclusion"),
    ]


def test_a_heading_about_participants_does_not_name_a_part() -> None:
    text = (
        "Inclusion Criteria:\n* ECOG 0 or 1.\n"
        "Exclusion Criteria: participants are excluded if any of these apply:\n* Known HIV infection.\n"
        "Additional criteria for participants who participate in the extension:\n* Measurable disease.\n"
    )
    assert [c.cohort for c in parse_criteria(text)] == [None, None, None]
    assert [c.cohort for c in parse_criteria("Inclusion Criteria, Part 2:\n* ECOG 0 or 1.\n")] == ["Part 2"]


# ------------------------------------------------- consent before central testing
def test_consent_signed_before_central_testing_is_consent() -> None:
    text = (
        "Signs the pre-screening consent before central HER2 testing and the main ICF before screening tests."
    )
    assert status(text, "inclusion") == "met"


# ------------------------------------------------- how the last line ended
def test_progression_after_the_last_therapy_is_read_from_how_the_last_course_stopped() -> None:
    text = "Disease progression on or after the most recent systemic treatment, or intolerance of it."
    assert interpret(text, "inclusion") == [{"type": "progressed_on_last", "or_intolerant": True}]
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"
    assert status(text, "inclusion", treatments=FIRST_LINE_ONGOING) == "not_met"
    assert status(text, "inclusion") == "not_met"  # no therapy at all
    stopped_by_choice = [{**FIRST_LINE_ENDED[0], "stop_reason": "patient_choice"}]
    assert status(text, "inclusion", treatments=stopped_by_choice) == "unknown"


def test_a_relapse_after_perioperative_therapy_is_progression_after_the_last_therapy() -> None:
    text = "Progressed after the last line of anticancer therapy."
    after = {"treatments": PERIOPERATIVE_THEN_RELAPSE, "diagnosis__recurred_on": "2026-03-01"}
    assert status(text, "inclusion", **after) == "met"
    assert status(text, "inclusion", treatments=PERIOPERATIVE_THEN_RELAPSE) == "unknown"
    intolerance_only = [{**FIRST_LINE_ENDED[0], "stop_reason": "toxicity"}]
    assert status(text, "inclusion", treatments=intolerance_only) == "unknown"


# ------------------------------------------------- parts no case records
def test_active_infectious_disease_and_tuberculosis_stay_open_beside_recorded_viruses() -> None:
    text = "Active infectious disease such as tuberculosis, HIV or hepatitis B."
    assert status(text, "exclusion", patient__conditions=[]) == "unknown"
    assert (
        status("Active tuberculosis, HIV or hepatitis B.", "exclusion", patient__conditions=[]) == "unknown"
    )
    assert status(text, "exclusion", patient__conditions=["hiv"]) != "met"


def test_active_liver_disease_stays_open_beside_recorded_hepatitis() -> None:
    text = "Active liver disease, including hepatitis B or hepatitis C."
    assert status(text, "exclusion", patient__conditions=[]) == "unknown"


# ------------------------------------------------- a biomarker result on file
def test_a_known_pd_l1_status_is_met_by_any_cps_on_file_and_open_without_one() -> None:
    text = "Documented PD-L1 status before enrolment, or tumour tissue available to test it centrally."
    cps = [
        {"kind": "her2_ihc", "score": "3+", "criteria": "gastric", "tested_on": "2026-01-10"},
        {"kind": "pdl1_cps", "value": 0.5, "tested_on": "2026-01-10"},
    ]
    assert status(text, "inclusion", biomarkers=cps) == "met"
    assert status(text, "inclusion") == "unknown"
