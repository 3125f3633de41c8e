"""Short items the eighteenth blind sets (TT and TU) found unread (sentences written for these tests):
a registry's own English ("informed consensus", "target lesions can be measured", "KI <70"), bare
tumours and histologies in an exclusion list, ECOG-ACRIN's step labels, adjuvant studies' "no other
chemotherapy" and "no recurrence / metastasis", and a statement of the study's size."""

from __future__ import annotations

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status

PERIOPERATIVE_LONG_AGO = [
    {
        "setting": "perioperative",
        "agents": ["docetaxel", "oxaliplatin", "fluorouracil"],
        "started_on": "2024-01-10",
        "ended_on": "2024-06-20",
        "stop_reason": "completed",
    }
]
RESECTABLE = {"site": "stomach", "histology": "adenocarcinoma", "setting": "resectable"}


def test_a_registrys_own_words_for_consent_and_measurable_lesions_are_read() -> None:
    assert status("informed consensus of patients", "inclusion") == "met"
    text = "Understand the study and its possible adverse reactions before the study, and sign the ICF"
    assert status(text, "inclusion") == "met"
    measured = "According to RECIST 1.1 at least one or more target lesions can be measured."
    assert interpret(measured, "inclusion") == [{"type": "measurable_disease"}]


def test_ages_written_between_years_are_read() -> None:
    assert interpret("Age is between 18 years and 75 years,", "inclusion") == [
        {"type": "age", "op": ">=", "value": 18},
        {"type": "age", "op": "<=", "value": 75},
    ]


def test_a_karnofsky_index_abbreviated_ki_is_read_through_ecog() -> None:
    assert interpret("poor general condition (KI <70)", "exclusion") == [
        {"type": "karnofsky", "op": "<", "value": 70}
    ]
    assert status("poor general condition (KI <70)", "exclusion", patient__ecog=0) == "met"
    assert status("poor general condition (KI <70)", "exclusion", patient__ecog=3) == "not_met"


def test_a_bare_tumour_of_one_site_in_an_exclusion_leaves_that_site_out() -> None:
    assert status("adenocarcinoma of the stomach", "exclusion") == "not_met"  # a gastric case
    # a junction tumour may or may not be one the study counts as gastric (evaluate_disease.py)
    assert status("adenocarcinoma of the stomach", "exclusion", diagnosis__site="gej") == "unknown"
    assert status("Oesophageal adenocarcinoma", "exclusion", diagnosis__site="esophagus") == "not_met"


def test_other_histologies_listed_with_an_abbreviation_exclude_none_of_adenocarcinoma() -> None:
    text = "Squamous cell or undifferentiated or other histological type gastric cancer (GC)"
    assert status(text, "exclusion") == "met"


def test_non_squamous_histology_excluded_by_a_squamous_study_excludes_adenocarcinoma() -> None:
    assert status("Patients with non-squamous cell carcinoma histology;", "exclusion") == "not_met"


def test_disseminated_or_advanced_inoperable_disease_excludes_a_metastatic_case() -> None:
    assert status("disseminated cancer", "exclusion") == "not_met"
    assert status("Patients with advanced inoperable", "exclusion") == "not_met"  # cut there by a mirror
    assert status("Patients with advanced inoperable", "exclusion", diagnosis=RESECTABLE) == "met"


def test_a_step_label_is_no_part_of_the_item() -> None:
    text = "STEP 1 RANDOMIZATION: Patients must be deemed a surgical candidate by a thoracic surgeon"
    assert status(text, "inclusion") == "not_met"  # a metastatic case
    assert status(text, "inclusion", diagnosis=RESECTABLE) == "met"


def test_no_prior_cytotoxic_or_targeted_therapy_asks_for_an_untreated_patient() -> None:
    assert (
        status("No prior cytotoxic or targeted therapy", "inclusion", treatments=FIRST_LINE_ENDED)
        == "not_met"
    )
    assert status("No prior cytotoxic or targeted therapy", "inclusion") == "met"


def test_without_other_chemotherapy_counts_chemotherapy_in_any_setting() -> None:
    text = "without other chemotherapy and/or radiation against the disease"
    assert status(text, "inclusion", treatments=PERIOPERATIVE_LONG_AGO) == "not_met"
    assert status(text, "inclusion") == "unknown"  # radiotherapy is not recorded
    assert interpret("Other chemotherapy", "exclusion") == []  # given beside the study's, not before


def test_neoadjuvant_chemotherapy_received_previously_excludes_a_patient_who_had_it() -> None:
    text = "Previously, patients received neoadjuvant chemotherapy."
    assert status(text, "exclusion", treatments=PERIOPERATIVE_LONG_AGO) == "not_met"
    assert status(text, "exclusion") == "met"


def test_no_recurrence_or_metastasis_after_adjuvant_therapy_fails_an_advanced_case() -> None:
    text = "Complete 8 cycles of adjuvant chemotherapy and no recurrence / metastasis occurred."
    assert status(text, "inclusion") == "not_met"


def test_a_statement_of_the_studys_size_asks_nothing_of_the_patient() -> None:
    found = judge("The intended number of randomized patients has been set as 100.", "inclusion")
    assert found["status"] == "met" and found["reason"].startswith("does not apply")
