"""NCI's PDQ form ("DISEASE CHARACTERISTICS: … PATIENT CHARACTERISTICS: Age: … PRIOR CONCURRENT
THERAPY: …"), as registry mirrors copy it: onto one paragraph without its bullets, or with its
sub-labels on lines of their own (issue 15, the sixteenth blind set, TR: two flattened texts were read
as one criterion each and failed every patient). The sentences are written for these tests."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import parse_criteria, split_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status

FLAT = (
    "DISEASE CHARACTERISTICS: Adenocarcinoma of the stomach suitable for complete resection Extension "
    "to the distal esophagus allowed No distant metastases PATIENT CHARACTERISTICS: Age: Not over 70 "
    "Performance status: WHO 0 or 1 Hematopoietic: WBC at least 3,500/mm^3 Platelets at least 100,000 "
    "Hepatic: Not specified Renal: Creatinine less than 1.4 mg/dL Calcium normal Other: No second "
    "malignancy except: Basal cell skin cancer Carcinoma in situ of the cervix PRIOR CONCURRENT "
    "THERAPY: Biologic therapy Not specified Chemotherapy No prior chemotherapy for tumors of the "
    "stomach Radiotherapy Not specified"
)


def test_a_flattened_nci_text_is_split_into_its_items() -> None:
    texts = [c.text for c in parse_criteria(FLAT)]  # the headings ask nothing and are dropped
    assert texts == [
        "Adenocarcinoma of the stomach suitable for complete resection",
        "Extension to the distal esophagus allowed",
        "No distant metastases",
        "Age: Not over 70",
        "Performance status: WHO 0 or 1",
        "Hematopoietic: WBC at least 3,500/mm^3",
        "Platelets at least 100,000",
        "Hepatic: Not specified",
        "Renal: Creatinine less than 1.4 mg/dL",
        "Calcium normal",
        "Other: No second malignancy except: Basal cell skin cancer; Carcinoma in situ of the cervix",
        "Biologic therapy: Not specified",
        "Chemotherapy: No prior chemotherapy for tumors of the stomach",
        "Radiotherapy: Not specified",
    ]
    assert {c.kind for c in split_criteria(FLAT)} == {"inclusion"}


def test_a_sub_label_on_a_line_of_its_own_is_read_with_each_item_under_it() -> None:
    text = "PATIENT CHARACTERISTICS:\n\nAge:\n\n- 18 to 69\n\nLife expectancy:\n\n- Not specified\n"
    criteria = parse_criteria(text)
    assert [c.text for c in criteria] == ["Age: 18 to 69", "Life expectancy: Not specified"]
    assert {"type": "age", "op": "<=", "value": 69} in criteria[0].requirements


def test_not_over_an_age_is_an_upper_limit() -> None:
    assert interpret("Age: Not over 75", "inclusion") == [{"type": "age", "op": "<=", "value": 75}]
    assert status("Age: Not over 75", "inclusion", patient__age=70) == "met"
    assert status("Age: Not over 75", "inclusion", patient__age=76) == "not_met"


def test_an_item_not_specified_asks_nothing() -> None:
    assert status("Hepatic: Not specified", "inclusion") == "met"
    assert status("Radiotherapy: Not specified", "inclusion") == "met"


def test_an_nci_label_does_not_change_what_its_item_asks() -> None:
    text = "Chemotherapy: No prior chemotherapy for tumors of the cardia"
    assert interpret(text, "inclusion") == [{"type": "prior_lines", "max": 0}]
    assert status(text, "inclusion", diagnosis__site="esophagus") == "met"  # the cardia names no site
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"


def test_a_second_malignancy_clause_names_no_site_for_the_study() -> None:
    text = "Other: No second malignancy except: Basal cell carcinoma of the skin; In situ cervical carcinoma"
    assert not any(r["type"] == "disease" for r in interpret(text, "inclusion"))
    assert status("No in situ cancer of the cardia", "inclusion") != "not_met"


def test_a_tumour_mostly_in_the_oesophagus_or_junction_leaves_a_gastric_primary_out() -> None:
    text = (
        "More than 50% of tumor must involve esophagus or gastroesophageal (GE) junction if tumor extends "
        "below the GE junction into the proximal stomach"
    )
    assert status(text, "inclusion") == "not_met"  # a gastric primary
    assert status(text, "inclusion", diagnosis__site="gej") == "met"


def test_potentially_resectable_alone_asks_for_resectable_disease() -> None:
    assert status("Potentially resectable", "inclusion") == "not_met"  # a metastatic case
    assert status("Potentially resectable", "inclusion", diagnosis__setting="resectable") == "met"


def test_a_permission_for_brain_metastases_on_conditions_applies_only_to_those_who_have_them() -> None:
    text = "Brain metastases allowed if asymptomatic and patient is on stable or tapering dose of steroids"
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", patient__conditions=["brain_metastases"]) == "unknown"


def test_what_recist_does_not_measure_is_a_definition() -> None:
    text = "The following are not considered measurable disease: Bone lesions; Ascites; Cystic lesions"
    assert interpret(text, "inclusion") == [{"type": "definition"}]


def test_being_accessible_for_follow_up_is_an_undertaking_like_consent() -> None:
    assert status("Patients must be accessible for treatment and follow-up.", "inclusion") == "met"
