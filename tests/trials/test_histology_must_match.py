"""The histological type a disease inclusion names must be the case's (issue 15, dangerous passes): a
study of squamous cell carcinoma of the oesophagus does not take an oesophageal adenocarcinoma, and an
adenocarcinoma study does not take a squamous case; comparing the site alone passed both. Sentences
written for these tests; the squamous case is shaped like the shared example e08."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status

SQUAMOUS_STUDY = "Confirmed metastatic squamous cell carcinoma of the oesophagus."
ADENO_STUDY = "Confirmed metastatic adenocarcinoma of the oesophagus."
E08 = Path(__file__).resolve().parents[3] / "shared" / "examples" / "e08-squamous-oesophageal.case.yaml"


def _oesophageal(histology: str) -> dict[str, str]:
    return {"site": "esophagus", "histology": histology, "setting": "metastatic"}


@pytest.mark.parametrize(
    ("text", "histology", "expected"),
    [
        (SQUAMOUS_STUDY, "adenocarcinoma", "not_met"),
        (SQUAMOUS_STUDY, "squamous_cell_carcinoma", "met"),
        (ADENO_STUDY, "squamous_cell_carcinoma", "not_met"),
        (ADENO_STUDY, "adenocarcinoma", "met"),
    ],
)
def test_the_named_histology_must_be_the_cases(text: str, histology: str, expected: str) -> None:
    assert status(text, "inclusion", diagnosis=_oesophageal(histology)) == expected


def test_the_shared_squamous_example_is_taken_by_a_squamous_study() -> None:
    diagnosis = yaml.safe_load(E08.read_text(encoding="utf-8"))["diagnosis"]
    assert diagnosis["histology"] == "squamous_cell_carcinoma"
    fields = {k: diagnosis[k] for k in ("site", "histology", "setting")}
    assert status(SQUAMOUS_STUDY, "inclusion", diagnosis=fields) == "met"
    assert status(ADENO_STUDY, "inclusion", diagnosis=fields) == "not_met"


def test_a_study_taking_both_types_names_no_histology() -> None:
    text = "Squamous cell carcinoma or adenocarcinoma of the oesophagus."
    assert "histology" not in interpret(text, "inclusion")[0]
    assert status(text, "inclusion", diagnosis=_oesophageal("adenocarcinoma")) == "met"


@pytest.mark.parametrize("word", ["adenosquamous carcinoma", "non-squamous cancer"])
def test_other_words_containing_squamous_do_not_name_the_squamous_type(word: str) -> None:
    reqs = interpret(f"Metastatic {word} of the oesophagus.", "inclusion")
    assert reqs[0].get("histology") != "squamous_cell_carcinoma"


def test_squamous_tumours_listed_beside_gastric_cancer_do_not_bind_the_gastric_cohort() -> None:
    text = "One of: gastric cancer; squamous cell carcinoma of the head and neck; melanoma."
    assert "histology" not in interpret(text, "inclusion")[0]
    assert status(text, "inclusion") == "met"
