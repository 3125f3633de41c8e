"""Rules read from the outside sets TZ and UA (sentences written for these tests): metastatic or
recurrent disease, a tumour reaching into the stomach, a closed stratum, prior chemotherapy with a
(neo)adjuvant allowance, a first line's failure, wrapped NCI paragraphs, and stage and site wording."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import split_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status

LOCALLY_ADVANCED = {
    "site": "stomach",
    "histology": "adenocarcinoma",
    "setting": "locally_advanced_unresectable",
}
GEJ = {"site": "gej", "histology": "adenocarcinoma", "setting": "metastatic"}
SQUAMOUS = {"site": "esophagus", "histology": "squamous_cell_carcinoma", "setting": "resectable"}
ADJUVANT_LONG_AGO = [
    {
        "setting": "adjuvant",
        "agents": ["capecitabine", "oxaliplatin"],
        "started_on": "2025-01-10",
        "ended_on": "2025-06-30",
        "stop_reason": "completed",
    }
]
TWO_LINES = [
    *FIRST_LINE_ENDED,
    {
        "line": 2,
        "setting": "palliative",
        "agents": ["ramucirumab", "paclitaxel"],
        "started_on": "2026-05-24",
        "stop_reason": "ongoing",
    },
]


def test_metastatic_or_recurrent_disease_is_not_a_locally_advanced_tumour() -> None:
    text = "Histologically confirmed metastatic or recurrent adenocarcinoma of the stomach"
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", diagnosis=LOCALLY_ADVANCED) == "not_met"
    assert status(
        "Unresectable metastatic disease or recurred AGC", "inclusion", diagnosis=LOCALLY_ADVANCED
    ) == ("not_met")
    assert status(
        "Locally advanced, metastatic or recurrent gastric cancer", "inclusion", diagnosis=LOCALLY_ADVANCED
    ) == ("met")


def test_a_tumour_reaching_a_little_into_the_stomach_is_no_gastric_primary() -> None:
    text = "Tumor may not extend more than 2 cm into the stomach"
    assert status(text, "inclusion") == "not_met"  # a gastric primary
    assert status(text, "inclusion", diagnosis=GEJ) == "unknown"  # how far it reaches is not recorded


def test_a_closed_stratum_leaves_its_histology_out() -> None:
    text = (
        "Squamous cell carcinoma or adenocarcinoma of the thoracic esophagus (adenocarcinoma stratum closed)"
    )
    assert interpret(text, "inclusion")[0]["histology"] == "squamous_cell_carcinoma"
    assert status(text, "inclusion", diagnosis=SQUAMOUS) == "met"


def test_prior_chemotherapy_with_a_curative_allowance_excludes_palliative_lines() -> None:
    text = (
        "Prior chemotherapy (however, previous (neo-)adjuvant chemotherapy allowed if finished at least 6 "
        "months ago except oxaliplatin or docetaxel)"
    )
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert (
        status(text, "exclusion", treatments=ADJUVANT_LONG_AGO, diagnosis__setting="recurrent") == "unknown"
    )
    assert status(text, "exclusion") == "met"
    assert not any(r.get("group") == "oxaliplatin" for r in interpret(text, "exclusion"))


def test_no_pre_treatment_is_an_untreated_patient_with_the_allowed_course_open() -> None:
    text = (
        "Patients with pre-treatment(radiotherapy, chemotherapy) is not carried out. (However, adjuvant "
        "chemotherapy using one kind of medication is allowed. It must passed more than 6 months since end "
        "of the treatment.) It is not allowed radiation therapy on primary tumor, measurable lesions."
    )
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert (
        status(text, "inclusion", treatments=ADJUVANT_LONG_AGO, diagnosis__setting="recurrent") == "unknown"
    )
    assert not any(r["type"] == "measurable_disease" for r in interpret(text, "inclusion"))


def test_a_first_line_failure_asks_for_that_one_line() -> None:
    text = "The first-line chemotherapy failure (required containing 5-fluorouracil)"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"
    assert status(text, "inclusion", treatments=TWO_LINES) == "not_met"
    assert status(text, "inclusion") == "not_met"


def test_wrapped_nci_paragraphs_are_read_as_their_items() -> None:
    text = (
        "DISEASE CHARACTERISTICS: Histologically confirmed metastatic adenocarcinoma of\n"
        "the stomach Bidimensionally measurable disease Lymph nodes assessed by CT scan must be\n"
        "at least 2 cm across to be considered measurable No brain metastases No bone\n"
        "metastasis as the only site of disease\n\n"
        "PATIENT CHARACTERISTICS: Age: 18 and over Performance status: ECOG 0-2 Life expectancy:\n"
        "At least 12 weeks Hepatic: Bilirubin no greater than 1.5 mg/dL Renal: Creatinine no greater\n"
        "than 1.5 mg/dL Other: Not pregnant or nursing No history of seizures"
    )
    texts = [c.text for c in split_criteria(text)]
    assert "Performance status: ECOG 0-2" in texts
    assert "No brain metastases" in texts


def test_stage_and_site_words_of_older_records() -> None:
    assert interpret("Stage greater than T1, N0 by endoscopic ultrasound", "inclusion") == []
    assert interpret("T3, N1, or M1a disease only", "inclusion") == []  # M1a is let in
    assert status("T1smN0 or T2NO adenocarcinoma arising in Barrett's esophagus", "inclusion") == "not_met"
    assert status("No evidence of disseminated cancer", "inclusion") == "not_met"
    assert (
        status("Must not be curable with a combination of chemotherapy and radiotherapy", "inclusion")
        == "met"
    )
    text = "With distant metastasis or peritoneal dissemination diagnosed by CT/EUS."
    assert status(text, "exclusion") == "not_met"
    assert (
        interpret("The following types are not allowed: small cell carcinomas, lymphomas", "inclusion") == []
    )


def test_worded_counts_ages_and_consent() -> None:
    text = "Standard treatment failure of no less than two lines of systemic treatment"
    assert interpret(text, "inclusion") == [{"type": "prior_lines", "min": 2}]
    age = interpret("Age less than 18 years or greater then 85 years", "exclusion")
    assert {"type": "age", "op": ">", "value": 85} in age
    assert interpret("Consent to send tumour tissue for PD-L1 testing;", "inclusion") == [{"type": "consent"}]
