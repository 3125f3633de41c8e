"""Stage and line wording read from the held-out review TE (issue 15, classes 3 and 10): an adjuvant
study's early stage, lines counted with an adjective, "at least 1-2 prior lines … or intolerant", and
a (neo)adjuvant family a study does not permit. Sentences written for these tests."""

from __future__ import annotations

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status


@pytest.mark.parametrize(
    "text",
    [
        "Has stage II or III gastric cancer according to AJCC 8th edition",
        "Has stages II or III according to the 8th edition of the AJCC",
        "Pathological stage IIA-IIIC gastric adenocarcinoma",
    ],
)
def test_an_adjuvant_studys_early_stage_excludes_metastatic_disease(text: str) -> None:
    assert any(r.get("advanced") is False for r in interpret(text, "inclusion"))
    assert status(text, "inclusion") == "not_met"  # the tests' case is metastatic


def test_a_stage_range_reaching_stage_iv_is_not_early_disease() -> None:
    assert not any(
        r.get("advanced") is False for r in interpret("Stage III or IV gastric cancer", "inclusion")
    )


def test_a_line_count_with_an_adjective_is_read() -> None:
    text = "Progressed on at least 1 prior cytotoxic regimen for advanced gastric cancer"
    assert {"type": "prior_lines", "min": 1} in interpret(text, "inclusion")
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_a_range_of_prior_lines_or_intolerance_asks_for_the_lower_count() -> None:
    text = "Must have received at least 1-2 prior lines of standard therapy or be intolerant of standard care"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"
    assert status(text, "inclusion") != "met"


def test_a_neoadjuvant_family_the_study_does_not_permit_excludes() -> None:
    text = (
        "Previously received chemotherapy for metastatic disease (adjuvant chemotherapy completed at least "
        "6 months before enrolment is permitted, but platinum-based adjuvant chemotherapy is not permitted)."
    )
    assert {"type": "prior_therapy", "group": "platinum"} in interpret(text, "exclusion")
    flot = [
        {
            "setting": "perioperative",
            "agents": ["docetaxel", "oxaliplatin", "fluorouracil"],
            "started_on": "2023-01-10",
            "ended_on": "2023-05-10",
            "stop_reason": "completed",
        }
    ]
    late_relapse = {"diagnosis__setting": "recurrent", "diagnosis__recurred_on": "2026-02-01"}
    assert status(text, "exclusion", treatments=flot, **late_relapse) == "not_met"


def test_disease_unsuitable_for_curative_treatment_is_advanced_disease() -> None:
    text = "The disease must be deemed unsuitable for curative treatments including surgery or radiotherapy"
    assert status(text, "inclusion") == "met"  # the tests' case is metastatic


def test_distant_metastases_named_with_their_subject_exclude_a_metastatic_patient() -> None:
    assert status("Participants with any known or suspicious distant metastasis", "exclusion") == "not_met"


@pytest.mark.parametrize(
    ("histology", "expected"), [("adenocarcinoma", "met"), ("squamous_cell_carcinoma", "not_met")]
)
def test_an_exclusion_of_other_histologies_is_judged_on_the_recorded_type(
    histology: str, expected: str
) -> None:
    text = "Has squamous cell or undifferentiated gastroesophageal cancer."
    assert status(text, "exclusion", diagnosis__histology=histology) == expected
