"""Items the case decides that the tool left open, read from the closed studies' criteria
(bench/trials_outside.py --closed-as-open; issue 15, "unknown where the case decides"): registry fields
written as criteria ("Both genders;", "Age: Any age"), a HER2 result asked to be on file, VEGFR
"inhibition", "deemed unresectable and not a candidate for curative treatment", willingness "and
ability" to comply, and lists of other histologies an adenocarcinoma is not. Sentences written for
these tests after the registry wording of NCT03329690, NCT00054457, NCT05149807 and NCT03696771."""

from __future__ import annotations

import pytest

from tests.trials.test_criterion_rules import status

RAMUCIRUMAB_GIVEN = [
    {
        "line": 1,
        "setting": "palliative",
        "agents": ["ramucirumab", "paclitaxel"],
        "started_on": "2026-01-20",
        "ended_on": "2026-05-22",
        "stop_reason": "progression",
    }
]


@pytest.mark.parametrize("text", ["Both genders;", "Age:\n\n- Any age"])
def test_a_registry_field_that_lets_everyone_in_is_met(text: str) -> None:
    assert status(text, "inclusion", patient__sex="female", patient__age=81) == "met"


def test_a_her2_result_asked_to_be_on_file_is_met_by_any_result() -> None:
    assert status("HER2 status by immunohistochemistry (IHC) is known", "inclusion") == "met"


def test_a_her2_result_asked_to_be_on_file_stays_open_until_one_is_recorded() -> None:
    text = "HER2 status by immunohistochemistry (IHC) is known"
    assert status(text, "inclusion", biomarkers=[]) == "unknown"  # a test can still be done


def test_prior_vegfr_inhibition_excludes_a_patient_given_ramucirumab() -> None:
    assert (
        status("Previous treatment with VEGFR inhibition", "exclusion", treatments=RAMUCIRUMAB_GIVEN)
        == "not_met"
    )


def test_prior_vegfr_inhibition_passes_a_patient_never_given_one() -> None:
    assert status("Previous treatment with VEGFR inhibition", "exclusion") == "met"


DEEMED_UNRESECTABLE = (
    "Deemed unresectable and not a candidate for potentially curative treatment (e.g., surgical resection or "
    "combined modality therapy)"
)


def test_deemed_unresectable_is_met_by_metastatic_disease_and_not_by_resectable() -> None:
    assert status(DEEMED_UNRESECTABLE, "inclusion") == "met"
    assert status(DEEMED_UNRESECTABLE, "inclusion", diagnosis__setting="resectable") == "not_met"


def test_willingness_and_ability_to_comply_is_an_undertaking_met_at_consent() -> None:
    text = "Willingness and ability to comply with scheduled visits, treatment plans, laboratory tests"
    assert status(text, "inclusion") == "met"


@pytest.mark.parametrize(
    "text",
    [
        "The following types are not allowed: Small cell undifferentiated carcinomas, lymphomas, or sarcomas",
        "Histopathology or cytology confirmed other pathological types, such as adenosquamous cell "
        "carcinoma, squamous cell carcinoma, or GI stromal tumor.",
    ],
)
def test_a_list_of_other_histologies_passes_an_adenocarcinoma_and_excludes_the_types_named(text: str) -> None:
    assert status(text, "exclusion") == "met"
    assert status(text, "exclusion", diagnosis__histology="other") == "not_met"
