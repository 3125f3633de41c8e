"""How a criterion names the study's tumour and the patient's HER2 history (issue 15, classes 2, 5 and
10; found on a blind set of trials for other cancers). Sentences written for these tests."""

from __future__ import annotations

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import judge, status


@pytest.mark.parametrize(
    "text",
    [
        "Unresectable locally advanced NSCLC not amenable to curative treatment, or metastatic disease",
        "Histologically confirmed advanced CCA",
        "Metastatic HCC with Child-Pugh A liver function",
    ],
)
def test_a_tumour_named_by_its_abbreviation_is_the_studys_tumour(text: str) -> None:
    assert status(text, "inclusion") == "not_met"  # the tests' case has gastric adenocarcinoma


def test_the_tumour_a_therapy_is_approved_for_is_not_the_studys_tumour() -> None:
    text = "TKIs approved for the treatment of NSCLC stopped at least 1 week before the baseline scan"
    assert not [r for r in interpret(text, "inclusion") if r["type"] == "disease"]


def test_a_solid_tumour_the_sub_study_specifies_is_open_for_a_gastric_patient() -> None:
    found = judge("Advanced solid tumour of a type specified in the sub-study", "inclusion")
    assert (found["status"], "sub-study" in found["reason"]) == ("unknown", True)


def test_a_tumour_never_reported_as_her2_positive_asks_for_a_her2_negative_one() -> None:
    text = "Tumour never previously reported as HER2-positive (IHC 3+ or ISH-amplified)."
    assert [r for r in interpret(text, "inclusion") if r["type"] == "her2"] == [
        {"type": "her2", "status": "negative"}
    ]
    positive = [{"kind": "her2_ihc", "score": "3+", "criteria": "gastric", "tested_on": "2026-01-10"}]
    assert status(text, "inclusion", biomarkers=positive) == "not_met"


@pytest.mark.parametrize(
    "text",
    [
        "Barcelona Clinic Liver Cancer stage B or C",
        "High-risk rectal cancer considered marginally operable",
        "Histologically diagnosed fallopian tube or primary peritoneal carcinoma",
    ],
)
def test_other_tumours_are_read_from_the_knowledge_files_words(text: str) -> None:
    disease = [r for r in interpret(text.lower(), "inclusion") if r["type"] == "disease"]
    assert [r["sites"] for r in disease] == [["other"]]


@pytest.mark.parametrize(
    "text",
    [
        "Nonsquamous histology: EGFR or anaplastic lymphoma kinase (ALK) alteration negative",
        "Gastric adenocarcinoma with peritoneal carcinomatosis",
        "Therapy that may damage the ovaries in women with malignancies",
    ],
)
def test_a_gene_a_spread_or_an_organ_is_no_other_tumour(text: str) -> None:
    disease = [r for r in interpret(text.lower(), "inclusion") if r["type"] == "disease"]
    assert all("other" not in r["sites"] for r in disease)
