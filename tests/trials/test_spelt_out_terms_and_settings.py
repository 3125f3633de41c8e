"""Rules read from the thirteenth blind set a second time (TO; sentences written for these tests):
terms spelt out or put another way, chemotherapy in one curative setting, every advanced stage
excluded, and radiotherapy, which no case records."""

from __future__ import annotations

from typing import Any

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_any_setting_and_stage import PERIOPERATIVE
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status

RECURRED = {"diagnosis__setting": "recurrent", "diagnosis__recurred_on": "2026-06-01"}
ADJUVANT: list[dict[str, Any]] = [{**PERIOPERATIVE[0], "setting": "adjuvant"}]


# ---------------------------------------------------------------- terms spelt out
def test_the_performance_scale_spelt_out_is_read_as_ecog() -> None:
    assert status("Eastern Cooperative Oncology Group 2 or lower", "inclusion") == "met"
    assert status("Eastern Cooperative Oncology Group ≤ 1", "inclusion", patient__ecog=2) == "not_met"


def test_acquired_immune_deficiency_is_hiv_disease() -> None:
    assert (
        status("Acquired immune deficiency syndrome", "exclusion", patient__conditions=["hiv"]) == "not_met"
    )
    assert status("Acquired immune deficiency syndrome", "exclusion") == "met"


def test_congenital_immunodeficiency_beside_it_stays_open() -> None:
    assert status("Congenital or acquired immune deficiency disease", "exclusion") == "unknown"


def test_metastases_in_the_brain_or_meninges_are_the_recorded_brain_metastases() -> None:
    text = "Any metastasis in the brain or meninges that causes symptoms or needs treatment"
    assert status(text, "exclusion") == "met"
    assert status(text, "exclusion", patient__conditions=["brain_metastases"]) == "unknown"


def test_a_relapse_named_after_the_cancer_is_a_recurrence() -> None:
    assert status("Cancer relapse", "exclusion", **RECURRED) == "not_met"
    assert status("Cancer relapse", "exclusion") == "met"


def test_cytostatic_chemotherapy_is_chemotherapy() -> None:
    assert status("Previous cytostatic chemotherapy", "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"


# ---------------------------------------------------------------- chemotherapy in one curative setting
def test_neoadjuvant_chemotherapy_excludes_a_perioperative_course_but_not_a_palliative_line() -> None:
    text = "Has had neoadjuvant chemotherapy"
    assert status(text, "exclusion", treatments=PERIOPERATIVE) == "not_met"
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_neoadjuvant_chemotherapy_does_not_exclude_adjuvant_therapy_alone() -> None:
    assert status("Has had neoadjuvant chemotherapy", "exclusion", treatments=ADJUVANT) == "met"
    assert status("Prior adjuvant chemotherapy", "exclusion", treatments=ADJUVANT) == "not_met"


# ---------------------------------------------------------------- every advanced stage excluded
def test_distant_metastases_or_any_unresectable_stage_excludes_a_recurrence_too() -> None:
    text = "Distant metastases or all primarily non-resectable stages"
    assert status(text, "exclusion", **RECURRED) == "not_met"
    assert status(text, "exclusion", diagnosis__setting="resectable") == "met"


# ---------------------------------------------------------------- radiotherapy, which no case records
def test_radiotherapy_asked_to_be_absent_beside_chemotherapy_stays_open() -> None:
    found = judge("No previous chemotherapy or radiation therapy", "inclusion")
    assert found["status"] == "unknown"
    assert "radiotherapy" in found["reason"]
    assert status(
        "No previous chemotherapy or radiation therapy", "inclusion", treatments=FIRST_LINE_ENDED
    ) == ("not_met")


def test_radiotherapy_to_sites_that_are_not_measurable_asks_for_no_measurable_disease() -> None:
    text = (
        "No prior radiotherapy for advanced disease. Patients given palliative radiotherapy to sites of "
        "disease that are not measurable may be eligible."
    )
    assert {"type": "measurable_disease"} not in interpret(text, "inclusion")
