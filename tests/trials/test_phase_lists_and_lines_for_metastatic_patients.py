"""Readings prompted by the eighty-first and eighty-second blind sets (WF, WG; issue 15) in the
twenty-eighth session: a phase's comma list of allowed tumours inside one item, the sentences that
define a listed tumour, and a line asked of metastatic patients only. Sentences written for these tests
after the records' forms (ST-067, NCT04787042; TIL, NCT03935893)."""

from __future__ import annotations

from typing import Any

from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status
from tests.trials.test_lists_of_alternatives_and_part_sub_bullets import (
    DEFICIENT,
    FOLFOX,
    PROFICIENT,
    _judged,
    _the,
)

PHASE_LISTS = """Inclusion Criteria:

1. Adults with an advanced or metastatic solid tumour confirmed by histology

   For Phase 1a, the following solid tumours are allowed: melanoma, renal cell carcinoma, triple negative
   breast cancer, MSI-high tumours, gastric, oesophageal and cervical cancer.
   1. For patients whose disease progressed through standard therapy, or
   2. For patients for whom standard therapy is unavailable For Phase 2, the following solid tumours are
   allowed: melanoma, triple negative breast cancer, renal cell carcinoma and MSI-Hi tumours

      * Triple negative breast cancer is a tumour that is not HER2 3+ by IHC and lacks hormone receptors.
      * MSI-high tumours should show instability in 30% or more of markers by PCR.

Exclusion Criteria:

* Active infection."""


def _phases() -> list[Any]:
    return parse_criteria(PHASE_LISTS)


def test_each_phases_list_of_allowed_tumours_is_a_criterion_of_that_phase() -> None:
    criteria = _phases()
    head = _the(criteria, "confirmed by histology")
    assert head.text == "Adults with an advanced or metastatic solid tumour confirmed by histology"
    assert head.cohort is None
    assert _the(criteria, "For Phase 1a").cohort == "Phase 1a"
    assert _the(criteria, "For Phase 2").cohort == "Phase 2"


def test_a_phase_list_naming_gastric_cancer_is_met_by_a_gastric_case_without_msi_high() -> None:
    text = "For Phase 1a, the following tumours are allowed: melanoma, MSI-high tumours, gastric, cervical."
    assert status(text, "inclusion", biomarkers=PROFICIENT) == "met"
    assert status(text.replace(" gastric,", ""), "inclusion", biomarkers=PROFICIENT) == "not_met"


def test_a_phase_list_without_gastric_cancer_takes_a_gastric_case_only_by_its_msi_high_item() -> None:
    phase_2 = _the(_phases(), "For Phase 2")
    assert _judged(phase_2, biomarkers=PROFICIENT) == "not_met"
    assert _judged(phase_2, biomarkers=DEFICIENT) == "met"


def test_sentences_defining_a_listed_tumour_ask_nothing_of_a_case_on_another_route() -> None:
    phase_2 = _the(_phases(), "For Phase 2")
    assert "Triple negative breast cancer is a tumour" in phase_2.text
    assert not any(r["type"] == "her2" for r in phase_2.requirements)  # the TNBC definition's HER2
    assert _judged(phase_2, biomarkers=DEFICIENT) == "met"


def test_the_phase_lists_lines_after_it_are_still_asked() -> None:
    phase_1a = _the(_phases(), "For Phase 1a")
    assert _judged(phase_1a, biomarkers=PROFICIENT) == "not_met"  # untreated: no standard therapy failed


def test_disease_progression_through_standard_therapy_asks_for_a_line_given() -> None:
    text = "Disease progression through standard therapy"
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", treatments=FOLFOX) != "not_met"


def test_msi_hi_is_read_as_msi_high() -> None:
    assert interpret("MSI-Hi tumours", "inclusion") == [{"type": "msi_high"}]
    assert interpret("non-MSI-Hi tumours", "inclusion") == [{"type": "msi_high", "negated": True}]


METASTATIC_FIRST_LINE = (
    "Patients with distant metastatic spread must have previously received approved first-line systemic "
    "therapies if they are eligible to receive these treatments."
)


def test_a_first_line_asked_of_metastatic_patients_fails_an_untreated_metastatic_case() -> None:
    assert status(METASTATIC_FIRST_LINE, "inclusion") == "not_met"
    assert status(METASTATIC_FIRST_LINE, "inclusion", treatments=FOLFOX) == "met"


def test_a_first_line_asked_of_metastatic_patients_does_not_apply_to_a_resectable_case() -> None:
    assert status(METASTATIC_FIRST_LINE, "inclusion", diagnosis__setting="resectable") == "met"
