"""Rules read from the fifteenth blind set (TQ; sentences written for these tests): a Karnofsky
threshold the case's ECOG grade cannot settle, a HER2 subgroup named in a second clause, every
standard therapy exhausted, and a postoperative histology that finds nodal metastases."""

from __future__ import annotations

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status
from tests.trials.test_operations_done_and_stages_of_unnamed_tumours import ADJUVANT_GIVEN

HER2_LOW = [{"kind": "her2_ihc", "score": "1+", "criteria": "gastric", "tested_on": "2026-01-10"}]


def test_a_karnofsky_threshold_an_ecog_grade_straddles_stays_open() -> None:
    # ECOG 1 stands for Karnofsky 70-90 across the knowledge base's pairings (kb.yaml karnofsky_by_ecog)
    found = judge("Age 18 years or older, Karnofsky score higher than 70.", "inclusion", patient__ecog=1)
    assert found["status"] == "unknown"
    assert "Karnofsky" in found["reason"]


def test_karnofsky_named_as_the_equivalent_of_an_ecog_limit_is_read_as_ecog() -> None:
    text = "ECOG performance status 0 or 1 (or the equivalent Karnofsky score)"
    assert status(text, "inclusion") == "met"
    assert interpret("ECOG performance status >= 2 or Karnofsky < 70", "exclusion") == [
        {"type": "ecog", "max": 1, "negated": True}
    ]


def test_a_her2_subgroup_named_in_a_second_clause_asks_only_those_patients() -> None:
    text = "HER2 status known, and patients with HER2-positive tumours show prior treatment with trastuzumab."
    assert status(text, "inclusion", biomarkers=HER2_LOW) == "met"
    assert status(text, "inclusion") == "not_met"  # HER2 3+, no trastuzumab recorded
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_progression_on_all_standard_therapies_is_standard_therapy_exhausted() -> None:
    text = "HER2-positive unresectable cancer with disease progression on all standard therapies"
    assert {"type": "standard_exhausted"} in interpret(text, "inclusion")
    assert status(text, "inclusion") == "not_met"  # untreated: standard first-line therapy remains


def test_a_postoperative_histology_with_nodal_metastases_asks_for_a_resection() -> None:
    text = "Postoperative histology confirmed metastasis in perigastric lymph nodes"
    assert status(text, "inclusion") == "not_met"  # a metastatic case had no curative resection
    # an untreated resectable tumour is not yet operated on (twenty-second session; TQ-07's reviewer):
    # test_operations_done_and_stages_of_unnamed_tumours.py; after an adjuvant course it stays open
    assert status(text, "inclusion", diagnosis__setting="resectable") == "not_met"
    assert status(text, "inclusion", diagnosis__setting="resectable", treatments=ADJUVANT_GIVEN) == "unknown"
