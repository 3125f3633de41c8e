"""Line-of-therapy requirements written in passing (issue 15, held-out review class 1): a line setting
inside a diagnosis sentence, "progressed after one prior therapy", "newly diagnosed". Each sentence is
written for these tests, parsed by the real rules and judged for a real case whose lines are counted
as the review counts them (CONTRACT §1)."""

from __future__ import annotations

from typing import Any

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status

SECOND_LINE_ENDED: list[dict[str, Any]] = [
    {
        "line": 2,
        "setting": "palliative",
        "agents": ["ramucirumab", "paclitaxel"],
        "started_on": "2026-05-23",
        "ended_on": "2026-05-26",
        "stop_reason": "progression",
    }
]
THIRD_LINE_ENDED: list[dict[str, Any]] = [
    {
        "line": 3,
        "setting": "palliative",
        "agents": ["irinotecan"],
        "started_on": "2026-05-27",
        "ended_on": "2026-05-30",
        "stop_reason": "progression",
    }
]
# Adjuvant therapy ended 3 months before the relapse: CONTRACT §1 counts it as a palliative line.
EARLY_RELAPSE: dict[str, Any] = {
    "diagnosis": {
        "site": "stomach",
        "histology": "adenocarcinoma",
        "setting": "recurrent",
        "recurred_on": "2026-04-01",
    },
    "treatments": [
        {
            "setting": "adjuvant",
            "agents": ["capecitabine", "oxaliplatin"],
            "started_on": "2025-06-01",
            "ended_on": "2026-01-05",
            "stop_reason": "completed",
        }
    ],
}
HISTORIES: dict[str, list[dict[str, Any]]] = {
    "untreated": [],
    "one line": FIRST_LINE_ENDED,
    "two lines": FIRST_LINE_ENDED + SECOND_LINE_ENDED,
    "three lines": FIRST_LINE_ENDED + SECOND_LINE_ENDED + THIRD_LINE_ENDED,
}


def _by_history(text: str) -> dict[str, str]:
    return {name: status(text, "inclusion", treatments=lines) for name, lines in HISTORIES.items()}


EXACTLY_ONE_PRIOR = {
    "untreated": "not_met",
    "one line": "met",
    "two lines": "not_met",
    "three lines": "not_met",
}


def test_a_second_line_requirement_inside_a_diagnosis_sentence_fails_an_untreated_patient() -> None:
    text = (
        "Unresectable or metastatic HER2-positive adenocarcinoma of the stomach in the second-line setting."
    )
    assert _by_history(text) == EXACTLY_ONE_PRIOR


@pytest.mark.parametrize(
    "text",
    [
        "Adults with advanced gastric or GEJ adenocarcinoma who are candidates for 2nd line therapy.",
        "Metastatic gastric cancer, second line, after a fluoropyrimidine and platinum doublet.",
    ],
)
def test_a_second_line_setting_fails_patients_in_their_third_or_fourth_line(text: str) -> None:
    assert _by_history(text) == EXACTLY_ONE_PRIOR


def test_second_line_or_later_is_a_minimum_only() -> None:
    text = "Advanced gastric adenocarcinoma in the second-line or later setting."
    assert _by_history(text) == {
        "untreated": "not_met",
        "one line": "met",
        "two lines": "met",
        "three lines": "met",
    }


def test_a_second_line_study_counts_an_early_relapse_after_adjuvant_therapy_as_the_first_line() -> None:
    text = "Recurrent or metastatic gastric cancer in the second-line setting."
    assert status(text, "inclusion", **EARLY_RELAPSE) == "met"


def test_a_diagnosis_sentence_ending_in_previously_treated_fails_an_untreated_patient() -> None:
    text = (
        "Histologically proven gastric adenocarcinoma, locally advanced or metastatic, that has been "
        "previously treated."
    )
    assert _by_history(text) == {
        "untreated": "not_met",
        "one line": "met",
        "two lines": "met",
        "three lines": "met",
    }


def test_previously_treated_brain_metastases_say_nothing_about_lines() -> None:
    text = "Previously treated brain metastases that are stable on imaging are eligible."
    assert [r for r in interpret(text, "inclusion") if r["type"] == "prior_lines"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Disease that progressed on or after one prior systemic regimen for unresectable disease.",
        "Radiological progression following exactly one line of therapy for metastatic disease.",
    ],
)
def test_progression_after_one_systemic_therapy_means_exactly_one_prior_line(text: str) -> None:
    assert _by_history(text) == EXACTLY_ONE_PRIOR


def test_progression_after_at_least_one_therapy_stays_a_minimum() -> None:
    text = "Progressed on or after at least one prior systemic regimen for unresectable disease."
    assert _by_history(text)["three lines"] == "met"


def test_newly_diagnosed_disease_fails_a_recurrent_patient_and_one_on_a_later_line() -> None:
    text = "Newly diagnosed, previously untreated gastric adenocarcinoma, stage II to IV."
    assert _by_history(text) == {
        "untreated": "met",
        "one line": "not_met",
        "two lines": "not_met",
        "three lines": "not_met",
    }
    late_relapse = {**EARLY_RELAPSE, "treatments": []}
    assert status(text, "inclusion", **late_relapse) == "not_met"


def test_a_first_line_cohort_heading_run_into_an_item_is_not_read_as_a_line_setting() -> None:
    text = (
        "Screening labs within 7 days. Cohort B Inclusion Criteria: drug X as First-line Therapy in "
        "gastric or GEJ cancer"
    )
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) != "not_met"


def test_a_sentence_listing_several_cohorts_gives_no_line_bounds_to_the_whole_study() -> None:
    text = (
        "Participants are assigned to one of two expansion cohorts: cohort 1, TKI-naive tumours; cohort 2, "
        "tumours pretreated with one TKI."
    )
    assert [r for r in interpret(text, "inclusion") if r["type"] == "prior_lines"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Progressed after ≥ 1, but no more than 2 regimens of systemic therapy for advanced disease.",
        "Must have had at least one and no more than two lines of therapy for metastatic disease.",
        "Has received between 1 and 2 prior lines of systemic therapy for unresectable disease.",
    ],
)
def test_a_range_of_prior_lines_with_one_noun_for_both_bounds_keeps_its_lower_bound(text: str) -> None:
    assert _by_history(text) == {
        "untreated": "not_met",
        "one line": "met",
        "two lines": "met",
        "three lines": "not_met",
    }


@pytest.mark.parametrize(
    "text",
    ["Has received prior therapy for the cancer.", "Must have received prior treatment for their disease."],
)
def test_prior_therapy_for_the_cancer_asks_for_a_treated_patient(text: str) -> None:
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_received_only_first_line_asks_for_exactly_one_line() -> None:
    text = "Patients have received only first line of systemic therapy, including relapse on adjuvant therapy"
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED + SECOND_LINE_ENDED) == "not_met"


def test_evaluable_disease_allowed_in_one_phase_is_enough() -> None:
    text = (
        "Must have at least 1 measurable lesion per RECIST 1.1. Patients without measurable but evaluable "
        "disease are allowed for the dose-escalation phase."
    )
    assert interpret(text, "inclusion") == [{"type": "evaluable_disease"}]
    assert status(text, "inclusion", diagnosis__measurable_disease=False) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Advanced refractory HER2-positive solid tumour confirmed by histology.",
        "Refractory metastatic adenocarcinoma of the stomach.",
    ],
)
def test_refractory_disease_asks_for_a_line_already_given(text: str) -> None:
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Relapsed or refractory advanced solid tumours.",
        "Solid tumour refractory to platinum chemotherapy.",
        "Patients with refractory brain metastases are excluded from Part B.",
    ],
)
def test_relapse_as_an_alternative_or_a_named_agent_is_no_line_count(text: str) -> None:
    assert not [r for r in interpret(text, "inclusion") if r["type"] == "prior_lines"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Received at least one prior systemic gemcitabine and platinum-based regimen",
            "gemcitabine",
        ),
        ("Progression on at least 2 prior lines of endocrine therapy", "endocrine therapy"),
    ],
)
def test_a_count_of_a_kind_of_regimen_no_case_can_show_stays_open(text: str, named: str) -> None:
    found = judge(text, "inclusion", treatments=FIRST_LINE_ENDED + SECOND_LINE_ENDED)
    assert (found["status"], named in found["reason"]) == ("unknown", True)


def test_a_rollover_studys_entry_needs_a_line_given_and_leaves_the_parent_study_open() -> None:
    text = "Able to receive continued study treatment as set out in the Parent Study."
    assert status(text, "inclusion") == "not_met"  # untreated: cannot be on a parent study's treatment
    found = judge(text, "inclusion", treatments=FIRST_LINE_ENDED)
    assert (found["status"], "parent study" in found["reason"]) == ("unknown", True)


def test_progression_or_worsening_during_second_line_asks_two_lines_not_a_brackets_agents() -> None:
    text = (
        "Radiographic progression or clinical worsening of symptoms during second-line treatment (if "
        "first-line treatment includes taxanes, platinums and fluorouracils and progression is assessed "
        "by the investigator, the patient may also be enrolled as an eligible subject);"
    )
    assert interpret(text, "inclusion") == [{"type": "prior_lines", "min": 2}]
