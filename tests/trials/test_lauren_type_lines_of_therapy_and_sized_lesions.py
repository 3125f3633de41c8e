"""More readings from the closed studies' criteria (bench/trials_outside.py --closed-as-open; issue 15
classes 2, 3 and 5): the Lauren diffuse type a study asks for, "LOT" for a line of therapy and "mGC"
for metastatic gastric cancer, a lesion of a stated least size as measurable disease, and a first item
glued to its section heading by a dash. Sentences written for these tests after the registry wording
of NCT01285557, NCT05606094, NCT02713984 and NCT02314117."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import split_criteria
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status

DIFFUSE = (
    "Histologically confirmed, unresectable, metastatic diffuse gastric cancer including carcinoma of the GEJ"
)


def test_an_intestinal_type_tumour_does_not_meet_a_diffuse_gastric_cancer_study() -> None:
    assert status(DIFFUSE, "inclusion", diagnosis__lauren="intestinal") == "not_met"


def test_a_diffuse_type_tumour_meets_it() -> None:
    assert status(DIFFUSE, "inclusion", diagnosis__lauren="diffuse") == "met"


def test_a_mixed_or_unrecorded_lauren_type_leaves_it_open() -> None:
    assert status(DIFFUSE, "inclusion", diagnosis__lauren="mixed") == "unknown"
    assert status(DIFFUSE, "inclusion") == "unknown"


def test_the_stage_still_decides_before_the_lauren_type() -> None:
    found = status(DIFFUSE, "inclusion", diagnosis__setting="resectable", diagnosis__lauren="diffuse")
    assert found == "not_met"


def test_diffuse_metastases_are_no_lauren_type() -> None:
    text = "Metastatic gastric adenocarcinoma with diffuse peritoneal metastases"
    assert status(text, "inclusion", diagnosis__lauren="intestinal") != "not_met"


AT_LEAST_ONE_LOT = (
    "Participants who received at least 1 LOT for HER2-positive locally advanced or mGC/GEJC in an advanced "
    "setting, and its record is available at study participating site."
)


def test_a_line_of_therapy_written_lot_is_a_line_an_untreated_patient_has_not_had() -> None:
    assert status(AT_LEAST_ONE_LOT, "inclusion") == "not_met"


def test_a_gastric_primary_after_one_line_meets_at_least_one_lot_for_mgc() -> None:
    assert status(AT_LEAST_ONE_LOT, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


SIZED = "Assessable lesions with a minimum size of 10mm by CT scan or MRI."


def test_a_lesion_of_a_stated_least_size_is_measurable_disease() -> None:
    assert status(SIZED, "inclusion", diagnosis__measurable_disease=False) == "not_met"
    assert status(SIZED, "inclusion", diagnosis__measurable_disease=True) == "met"


def test_assessable_disease_without_a_size_is_still_evaluable_disease() -> None:
    assert status("Assessable disease.", "inclusion", diagnosis__measurable_disease=False) != "not_met"


GLUED_DASH = "\n".join(
    [
        "Inclusion Criteria:- Have a histopathologically confirmed diagnosis of metastatic gastric or",
        "gastroesophageal junction (GEJ) adenocarcinoma.",
        "- Have measurable disease.",
        "",
        "Exclusion Criteria:- Known HIV infection.",
    ]
)


def test_a_first_item_glued_to_its_heading_by_a_dash_is_kept_whole() -> None:
    criteria = split_criteria(GLUED_DASH)
    assert [(c.kind, c.text.split()[:3]) for c in criteria] == [
        ("inclusion", ["Have", "a", "histopathologically"]),
        ("inclusion", ["Have", "measurable", "disease."]),
        ("exclusion", ["Known", "HIV", "infection."]),
    ]
