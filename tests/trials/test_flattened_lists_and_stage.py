"""Rules read from the eleventh blind set (TL; sentences written for these tests unless a registry
record is named): lists that portals flatten, the extent of disease a study asks for (resected, stage
IV, stages I-III, metastases at one site, ctDNA after surgery), and prior-therapy items whose brackets
and "for … cancer" describe the therapy rather than ask for something."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status


def _texts(record: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in parse_criteria(record)]


# ---------------------------------------------------------------- flattened lists
def test_a_numbered_list_run_together_under_one_bullet_is_split_at_each_number() -> None:
    record = (
        "Inclusion Criteria:\n- 1. Signed consent. 2. Age ≥18 years. 3. ECOG 0-1.\n"
        "Exclusion Criteria:\n- 1. Pregnancy."
    )
    assert [text for _, text in _texts(record)][1:3] == ["Age ≥18 years.", "ECOG 0-1."]


def test_a_header_naming_whose_criteria_still_opens_the_section() -> None:
    record = (
        "Inclusion Criteria of the Interventional study: 1. Signed consent. 2. ECOG 0-1. 3. Age ≥ 18 years."
    )
    assert [(kind, text) for kind, text in _texts(record)][1] == ("inclusion", "ECOG 0-1.")


def test_a_section_without_list_marks_ends_an_item_at_a_semicolon_before_a_capital() -> None:
    record = (
        "Inclusion Criteria: The age at signing is ≥ 18 years old and ≤ 75 years old, regardless of gender; "
        "BMI ≥ 18.5; The ECOG performance status is ≤ 2 points; The estimated survival time is not less "
        "than 12 weeks;"
    )
    assert len(_texts(record)) == 4


def test_marks_stacked_on_one_item_count_once() -> None:
    record = (
        "- Inclusion Criteria:\n- • 1. age between 18 and 75 years.\n- • 2. presence of measurable lesions."
    )
    assert [text for _, text in _texts(record)] == [
        "age between 18 and 75 years.",
        "presence of measurable lesions.",
    ]


# ---------------------------------------------------------------- extent of disease
def test_resected_cancer_after_preoperative_chemotherapy_fails_advanced_disease() -> None:
    text = "Resected gastric or gastroesophageal junction cancer, after the completion of pre-operative FLOT."
    assert status(text, "inclusion") == "not_met"  # metastatic, never resected
    assert status(text, "inclusion", diagnosis__setting="recurrent") == "not_met"
    assert status(text, "inclusion", diagnosis__setting="resectable") == "met"


def test_stage_four_with_m1_asks_for_distant_spread_not_locally_advanced_disease() -> None:
    text = "Confirmed by imaging as Stage IV gastric adenocarcinoma (cTanyNanyM1)."
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", diagnosis__setting="locally_advanced_unresectable") == "not_met"


def test_clinical_stages_one_to_three_are_disease_without_distant_spread() -> None:
    text = "Documented adenocarcinoma of the stomach (clinical stage before surgery of AJCC I-III)"
    assert status(text, "inclusion") == "not_met"
    assert interpret("Stage III-IV gastric cancer", "inclusion") == [
        {"type": "disease", "sites": ["stomach"]}
    ]


def test_peritoneal_metastases_asked_for_fail_disease_without_distant_spread() -> None:
    text = "Confirmation of peritoneal metastasis by imaging or cytologic testing of peritoneal fluid."
    assert status(text, "inclusion", diagnosis__setting="locally_advanced_unresectable") == "not_met"
    assert status(text, "inclusion") == "unknown"  # metastatic: the sites are not recorded
    assert interpret("Peritoneal dissemination or distant metastasis", "inclusion") == []


def test_ctdna_after_surgery_fails_advanced_disease_and_stays_open_after_resection() -> None:
    text = "ctDNA positive after surgery as per Signatera assay"
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", diagnosis__setting="resectable") == "unknown"


def test_absence_of_distant_metastases_as_defined_by_a_method_asks_only_that() -> None:
    text = "Absence of distant metastases as defined by CT"
    assert status(text, "inclusion", diagnosis__setting="locally_advanced_unresectable") == "met"


# ---------------------------------------------------------------- prior therapy described
def test_first_and_second_line_joined_by_and_is_no_setting() -> None:
    text = (
        "Patients with gastric cancer, first-line and second-line chemotherapy of advanced gastric cancer, "
        "and positive expression of relevant molecular targets;"
    )
    assert status(text, "inclusion") == "unknown"  # untreated: not a first-line setting the study offers


def test_a_bracket_listing_kinds_of_therapy_asks_for_none_of_them() -> None:
    text = (
        "Failure or disease progression after prior frontline anti-tumor therapy (including ineffective "
        "first- and second-line chemotherapy, targeted therapy, and immunotherapy for advanced gastric "
        "cancer)."
    )
    assert interpret(text, "inclusion") == [{"type": "prior_lines", "min": 1}]
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED, diagnosis__site="esophagus") == "met"


def test_more_than_four_weeks_since_the_last_failed_treatment_is_a_wash_out() -> None:
    text = "More than 4 weeks since the last failed treatment"
    assert interpret(text, "inclusion") == [{"type": "washout", "days": 28, "scope": "systemic"}]


def test_age_equal_to_18_is_a_copy_that_lost_its_sign() -> None:
    assert interpret("Age = 18 years old.", "inclusion") == [{"type": "age", "op": ">=", "value": 18}]


def test_consent_from_the_patient_or_a_representative_and_compliance_are_undertakings() -> None:
    for text in (
        "Written informed consent obtained from the patient/legal representative prior to any procedures.",
        "Compliance with all the study procedures and treatments.",
    ):
        assert interpret(text, "inclusion") == [{"type": "consent"}], text


def test_a_tumour_without_distant_spread_leaves_an_unresectable_one_open() -> None:
    text = "Histologically proven non-metastatic gastric or OGJ adenocarcinoma cT2 to T4, Nx, M0"  # GERCOR
    assert status(text, "inclusion", diagnosis__setting="resectable") != "not_met"
    assert status(text, "inclusion", diagnosis__setting="locally_advanced_unresectable") == "unknown"
    assert status(text, "inclusion", diagnosis__setting="recurrent") == "not_met"
    assert status(text, "inclusion") == "not_met"  # metastatic
    assert status(text, "inclusion", diagnosis__site="gej", diagnosis__setting="metastatic") == "not_met"
