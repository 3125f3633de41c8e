"""Readings prompted by the eighty-fourth to eighty-seventh blind sets (WI, WJ, WK, WL; issue 15) in the
twenty-eighth session: a study of brain metastases asking for them, a noun shared by a list of organs,
cohorts named before a colon and the items under them, and smaller forms. Sentences written for these
tests after the records' forms (LNS8801, NCT04130516; NEO212, NCT06047379; brenetafusp, NCT04262466;
RMC-6236, NCT05379985)."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status
from tests.trials.test_lists_of_alternatives_and_part_sub_bullets import _course_of, _the


def test_measurable_cns_disease_asks_for_brain_metastases_not_recist_measurable_disease() -> None:
    text = "Patient must have measurable or evaluable CNS disease per RANO-BM criteria."
    assert interpret(text, "inclusion") == [{"type": "condition", "condition": "brain_metastases"}]
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", patient__conditions=["brain_metastases"]) == "met"


def test_solid_tumours_with_metastases_to_the_brain_fail_a_case_without_them() -> None:
    text = "Patient must have selected solid tumours with progressing metastases to the brain on MRI."
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", patient__conditions=["brain_metastases"]) == "met"


def test_a_noun_shared_by_a_list_of_organs_is_each_organs_disease() -> None:
    text = "Clinically significant kidney, heart, or lung disease"
    found = {r["condition"] for r in interpret(text, "exclusion") if r["type"] == "condition"}
    assert found == {"heart_failure", "interstitial_lung_disease"}
    assert status(text, "exclusion", patient__conditions=["heart_failure"]) == "not_met"


def test_untreated_or_treated_before_lets_every_patient_in() -> None:
    text = "Treatment naive or have received prior standard therapy suited to the tumour type"
    assert status(text, "inclusion") == "met"
    assert (
        status(text, "inclusion", treatments=_course_of(["capecitabine"], "progression", "2026-05-01"))
        == "met"
    )


COHORT_NAMES = """Inclusion Criteria:

1. Has an advanced solid tumour. The tumour is further defined in some cohorts as:

   1. Monotherapy Cohort M2:

      Has gastric or pancreatic cancer.
   2. Combination expansion cohort:

      Has any advanced solid tumour and progressed on an anti-PD-1 antibody. Progression is defined as both:
      1. Having received anti-PD-1 therapy at least twice and,
      2. Having documented progression while on anti-PD-1 therapy.
   3. Combination Cohort C6:

      Has cutaneous melanoma.
2. Has no standard of care left.

   a. An exception to this is lung cancer patients who may enter Combination Cohort C3 with an anti-PD-1.

Exclusion Criteria:

* Active infection."""


def test_a_cohort_named_in_a_few_words_before_its_colon_labels_its_item() -> None:
    criteria = parse_criteria(COHORT_NAMES)
    assert _the(criteria, "Has gastric").cohort == "Monotherapy Cohort M2"
    assert "Combination Cohort C6" in str(_the(criteria, "Has cutaneous").cohort)  # its tumour's cohort


def test_the_items_defining_a_cohorts_term_belong_to_that_cohort() -> None:
    criteria = parse_criteria(COHORT_NAMES)
    assert _the(criteria, "at least twice").cohort == "Combination expansion cohort"
    assert _the(criteria, "Having documented").cohort == "Combination expansion cohort"


def test_an_exception_letting_other_patients_in_is_a_permission_of_its_own() -> None:
    criteria = parse_criteria(COHORT_NAMES)
    exception = _the(criteria, "An exception to this")
    assert exception.requirements == [{"type": "permission"}]
    assert not any(r["type"] == "disease" for r in _the(criteria, "no standard of care").requirements)


def test_a_grade_3_or_higher_immune_event_is_not_met_by_a_grade_2_one() -> None:
    text = "Discontinued prior anti-PD-1 therapy due to a Grade 3 or higher irAE."
    (event,) = [r for r in interpret(text, "exclusion") if r["type"] == "event_on"]
    assert event["min_grade"] == 3


def test_an_inadequate_wash_out_is_no_exclusion_of_every_treated_patient() -> None:
    text = "Inadequate washout from prior anticancer therapy"
    assert [r["type"] for r in interpret(text, "exclusion")] == ["washout"]


def test_a_clause_for_cohorts_receiving_a_drug_does_not_ask_for_that_drug_before() -> None:
    text = "For cohorts receiving pembrolizumab combination therapy, the INR must be ≤1.5 × ULN."
    assert not any(r["type"] == "prior_therapy" for r in interpret(text, "inclusion"))


SUBSTUDIES = """Inclusion Criteria:

* Diagnosis of advanced solid tumour
* For Substudy B, diagnosis of advanced melanoma
* For Substudy C, metastatic solid tumour progressed on, or with demonstrated intolerance to SOC

Exclusion Criteria:

* Active infection."""


def test_an_item_for_one_substudy_is_that_substudys() -> None:
    criteria = parse_criteria(SUBSTUDIES)
    assert _the(criteria, "melanoma").cohort == "tumour cohort: melanoma (For Substudy B)"
    assert _the(criteria, "intolerance to SOC").cohort == "For Substudy C"


def test_progression_on_or_intolerance_to_soc_asks_for_a_line_given() -> None:
    text = "Metastatic solid tumour progressed on, or with demonstrated intolerance to SOC"
    assert status(text, "inclusion") == "not_met"


def test_a_brain_metastasis_above_a_size_is_open_for_a_case_with_brain_metastases() -> None:
    text = "Brain metastasis larger than 4 cm"
    assert status(text, "exclusion", patient__conditions=["brain_metastases"]) == "unknown"
    assert status(text, "exclusion") == "met"


def test_progressed_on_standard_of_care_or_no_standard_of_care_is_open_while_options_remain() -> None:
    text = (
        "Advanced solid tumor and the individual has progressed on standard of care therapy, cannot "
        "tolerate standard of care therapy, or there is no standard of care therapy."
    )
    treated = _course_of(["capecitabine"], "progression", "2026-05-01")
    assert status(text, "inclusion", treatments=treated) == "unknown"
    assert status(text, "inclusion") == "not_met"
