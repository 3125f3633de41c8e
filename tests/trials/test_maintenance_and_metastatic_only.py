"""Rules read from the thirteenth blind set (TO; sentences written for these tests): "metastatic" as
the only stage, a maintenance study after a first line that did not progress, progression on a line
for advanced disease, the time from (neo)adjuvant therapy to the first metastases, and a basket
study's clauses for breast cancer."""

from __future__ import annotations

from typing import Any

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_any_setting_and_stage import PERIOPERATIVE
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status

LOCALLY_ADVANCED = {"diagnosis__setting": "locally_advanced_unresectable"}
LATE_RELAPSE = {"diagnosis__setting": "recurrent", "diagnosis__recurred_on": "2026-06-01"}
FIRST_LINE_STABLE: list[dict[str, Any]] = [{**FIRST_LINE_ENDED[0], "stop_reason": "completed"}]
SECOND_LINE: list[dict[str, Any]] = [
    *FIRST_LINE_ENDED,
    {
        "line": 2,
        "setting": "palliative",
        "agents": ["ramucirumab", "paclitaxel"],
        "started_on": "2026-05-25",
        "stop_reason": "ongoing",
    },
]


# ---------------------------------------------------------------- "metastatic" as the only stage
def test_metastatic_as_the_only_stage_fails_a_locally_advanced_case() -> None:
    text = "Histologically confirmed limited metastatic gastric or junctional adenocarcinoma"
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", **LOCALLY_ADVANCED) == "not_met"


def test_metastatic_as_the_only_stage_leaves_a_recurrence_open() -> None:
    found = judge("Metastatic adenocarcinoma of the stomach", "inclusion", **LATE_RELAPSE)
    assert found["status"] == "unknown"
    assert "recurren" in found["reason"]


def test_locally_advanced_or_metastatic_disease_still_takes_a_locally_advanced_case() -> None:
    assert status("Locally advanced or metastatic gastric cancer", "inclusion", **LOCALLY_ADVANCED) == "met"


def test_treatment_for_metastatic_disease_does_not_ask_for_distant_spread() -> None:
    text = "Gastric cancer not previously treated for metastatic disease"
    assert all(not r.get("distant") for r in interpret(text, "inclusion"))


# ---------------------------------------------------------------- maintenance after a first line
_MAINTENANCE = (
    "Completion of six cycles of first-line chemotherapy for advanced disease (containing a platinum and "
    "a fluoropyrimidine; HER2-positive patients must also have received trastuzumab) with stable disease "
    "or better on the end-of-treatment scan"
)


def test_a_maintenance_study_takes_one_line_that_did_not_progress() -> None:
    assert status(_MAINTENANCE, "inclusion", treatments=FIRST_LINE_STABLE) != "not_met"


def test_a_maintenance_study_fails_a_first_line_that_ended_in_progression() -> None:
    assert status(_MAINTENANCE, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"


def test_a_maintenance_study_fails_a_patient_past_the_first_line() -> None:
    assert status(_MAINTENANCE, "inclusion", treatments=SECOND_LINE) == "not_met"


# ---------------------------------------------------------------- progression on a line for advanced disease
_ON_ADVANCED_LINE = (
    "Progression on or after the most recent systemic therapy for unresectable or metastatic disease."
)


def test_a_perioperative_course_the_relapse_came_long_after_is_no_line_for_advanced_disease() -> None:
    found = judge(_ON_ADVANCED_LINE, "inclusion", treatments=PERIOPERATIVE, **LATE_RELAPSE)
    assert found["status"] == "not_met"
    assert "advanced disease" in found["reason"]


def test_progression_on_a_palliative_line_meets_it() -> None:
    assert status(_ON_ADVANCED_LINE, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


# ---------------------------------------------------------------- (neo)adjuvant therapy before metastases
_ADJUVANT_GAP = (
    "Any adjuvant chemotherapy must have finished at least 6 months before the first occurrence of "
    "metastatic disease."
)


def test_the_time_from_adjuvant_therapy_to_the_first_metastases_is_not_a_wash_out() -> None:
    types = [r["type"] for r in interpret(_ADJUVANT_GAP, "inclusion")]
    assert "late_relapse" in types and "washout" not in types


def test_the_time_to_the_first_metastases_does_not_apply_without_adjuvant_therapy() -> None:
    found = judge(_ADJUVANT_GAP, "inclusion", treatments=FIRST_LINE_ENDED)
    assert (found["status"], found["reason"][:15]) == ("met", "does not apply:")


# ---------------------------------------------------------------- a basket study's breast clauses
def test_prior_lines_for_metastatic_breast_cancer_do_not_apply_to_a_gastric_patient() -> None:
    text = (
        "Progressed on or after at least 1 prior line (chemotherapy, endocrine or targeted therapy) for "
        "locally-advanced unresectable or metastatic breast cancer."
    )
    found = judge(text, "inclusion")
    assert (found["status"], found["reason"][:15]) == ("met", "does not apply:")


def test_a_clause_for_hormone_receptor_positive_disease_is_a_breast_cancer_clause() -> None:
    text = "Participants with metastatic HR+ HER2-mutant disease must have had a CDK4/6 inhibitor."
    assert status(text, "inclusion") == "met"
