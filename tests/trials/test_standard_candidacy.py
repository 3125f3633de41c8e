"""Issue 15, held-out review, class 6: "refractory to or not a candidate for standard treatment". Being a
candidate for the options left is the treating doctor's judgement: options remaining make the
criterion unknown, naming them, not unmet. Wording about options that do not exist, failed or were
refused stays a count of options (the outside reviewers read it so). A fit patient who has had no line
for advanced disease is a candidate for first-line standard therapy: every outside reviewer judged such
a patient not to meet the clause. Texts written for these tests."""

from __future__ import annotations

from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, FIRST_LINE_ONGOING, judge


def test_options_left_leave_not_a_candidate_for_standard_treatment_open_and_name_them() -> None:
    found = judge(
        "Advanced solid tumour that is refractory to, or not a candidate for, standard treatment",
        "inclusion",
        treatments=FIRST_LINE_ENDED,
    )
    assert found["status"] == "unknown"
    assert "standard options remain at line 2" in found["reason"]
    assert "Ramucirumab" in found["reason"]
    assert "treating doctor" in found["action"]


def test_standard_therapy_said_to_be_unsuitable_for_the_patient_is_a_judgement_too() -> None:
    text = "Patients for whom standard therapy is not appropriate, or who have exhausted standard options"
    assert judge(text, "inclusion", treatments=FIRST_LINE_ENDED)["status"] == "unknown"


def test_a_patient_on_a_running_line_is_still_not_a_study_candidate_for_want_of_options() -> None:
    text = "Refractory to or not eligible for standard therapy"
    assert judge(text, "inclusion", treatments=FIRST_LINE_ONGOING)["status"] == "unknown"


def test_standard_options_that_must_have_failed_or_not_exist_are_still_counted() -> None:
    text = "Disease for which standard therapies do not exist or are no longer effective"
    assert judge(text, "inclusion", treatments=FIRST_LINE_ENDED)["status"] == "not_met"
    refused = "Have failed all standard therapies; patients who refused standard therapies are eligible."
    assert judge(refused, "inclusion", treatments=FIRST_LINE_ENDED)["status"] == "not_met"


def test_no_satisfactory_option_left_is_open_while_standard_options_remain() -> None:
    text = "Progressed on at least one prior line and has no satisfactory alternative treatment option."
    found = judge(text, "inclusion", treatments=FIRST_LINE_ENDED)
    assert (found["status"], "treating doctor" in found["action"]) == ("unknown", True)
    assert judge(text, "inclusion")["status"] == "not_met"  # untreated: the line asked is missing


UNSUITABLE = (
    "Advanced solid tumours that have failed standard treatment, or for which there is no standard "
    "treatment, or who are not suitable for standard treatment"
)


def test_a_fit_untreated_patient_is_a_candidate_for_first_line_standard_therapy() -> None:
    found = judge(UNSUITABLE, "inclusion")
    assert found["status"] == "not_met"
    assert "first-line standard options remain" in found["reason"]


def test_an_untreated_patient_too_unwell_for_chemotherapy_is_left_to_the_treating_doctor() -> None:
    assert judge(UNSUITABLE, "inclusion", patient__ecog=3)["status"] == "unknown"
    assert judge(UNSUITABLE, "inclusion", patient__ecog=None)["status"] == "unknown"


def test_candidacy_after_a_first_line_stays_the_treating_doctors_judgement() -> None:
    found = judge(UNSUITABLE, "inclusion", treatments=FIRST_LINE_ENDED)
    assert (found["status"], "treating doctor" in found["action"]) == ("unknown", True)
