"""Rules read from the seventeenth blind set (TS; sentences written for these tests): NCI's PDQ form
with its sub-labels in title case or without colons and names written in capitals, a basket of the
digestive tumours "beyond" two named ones, hepatitis named beside HIV, the New York Heart Association
class spelt out, and NCI's short items for studies after surgery."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status
from tests.trials.test_operations_done_and_stages_of_unnamed_tumours import ADJUVANT_GIVEN

FLAT = (
    "DISEASE CHARACTERISTICS: Adenocarcinoma of the distal esophagus or cardia T2N1, T3 any N, and "
    "clear margins No metastases PATIENT CHARACTERISTICS: Age 18 and over Performance Status: ECOG "
    "0-1 Life Expectancy Not specified Hematopoietic Platelet count at least 100,000/mm3 "
    "Cardiovascular: No New York Heart Association class III or IV heart disease No known Gilbert's "
    "disease"
)


def test_nci_labels_in_title_case_or_without_colons_and_names_in_capitals_are_read() -> None:
    assert [c.text for c in parse_criteria(FLAT)] == [
        "Adenocarcinoma of the distal esophagus or cardia",
        "T2N1, T3 any N, and clear margins",
        "No metastases",
        "Age: 18 and over",
        "Performance Status: ECOG 0-1",
        "Life Expectancy: Not specified",
        "Hematopoietic: Platelet count at least 100,000/mm3",
        "Cardiovascular: No New York Heart Association class III or IV heart disease",
        "No known Gilbert's disease",
    ]


def test_no_metastases_alone_fails_a_metastatic_case() -> None:
    assert status("No metastases", "inclusion") == "not_met"
    assert status("No metastases", "inclusion", diagnosis__setting="resectable") == "met"


def test_a_basket_of_digestive_tumours_beyond_two_named_ones_leaves_those_out() -> None:
    text = (
        "Histologically confirmed colorectal cancer, esophagus squamous cell carcinoma, biliary tract "
        "cancer, and digestive system tumor beyond CRC and GC&GEJA"
    )
    assert status(text, "inclusion") == "not_met"  # a gastric case
    assert status(text, "inclusion", diagnosis__site="gej") == "not_met"
    # one item's histology is not the basket's: an oesophageal adenocarcinoma is a digestive tumour
    assert status(text, "inclusion", diagnosis__site="esophagus") == "met"


def test_hepatitis_named_beside_aids_takes_both_viral_hepatitides() -> None:
    text = "Known chronic infectious disease, such as AIDS or hepatitis"
    assert status(text, "exclusion", patient__conditions=["hepatitis_b"]) != "met"
    assert status(text, "exclusion") == "met"
    assert not any(
        r.get("condition") == "hepatitis_b" for r in interpret("No autoimmune hepatitis", "inclusion")
    )


def test_a_new_york_heart_association_class_leaves_recorded_heart_failure_open() -> None:
    text = "No New York Heart Association class III or IV heart disease"
    assert status(text, "inclusion", patient__conditions=["heart_failure"]) == "unknown"
    assert status(text, "inclusion") == "met"


def test_a_gastrectomy_already_had_asks_for_a_resection() -> None:
    text = "Had partial or total D2 gastrectomy and achieved R0 resection."
    assert status(text, "inclusion") == "not_met"  # a metastatic case
    # untreated and resectable: not yet operated on (twenty-second session); after adjuvant therapy, open
    assert status(text, "inclusion", diagnosis__setting="resectable") == "not_met"
    assert status(text, "inclusion", diagnosis__setting="resectable", treatments=ADJUVANT_GIVEN) == "unknown"


def test_no_concurrent_malignancy_except_some_names_no_site_for_the_study() -> None:
    text = "No concurrent malignancies within 3 years, except: Nonmelanoma skin cancer; Carcinoma in situ"
    assert not any(r["type"] == "disease" for r in interpret(text, "inclusion"))


def test_a_title_case_label_on_a_line_of_its_own_is_read_with_its_items() -> None:
    text = "PATIENT CHARACTERISTICS:\n\nPerformance Status:\n\n- Zubrod 0-2\n"
    criteria = parse_criteria(text)
    assert [c.text for c in criteria] == ["Performance Status: Zubrod 0-2"]
    assert criteria[0].requirements == [{"type": "ecog", "max": 2}]
