"""Two readings from the nineteenth session's new blind sets (UU, UT, UV, UW; issue 15 classes 6 and 7):
inflammatory bowel disease, Crohn's disease and ulcerative colitis are forms of the recorded autoimmune
disease (absent when none is recorded, open when one is), read only where the item names nothing else
a case cannot show; and "relapsed/refractory HER2-altered malignancy" asks for a recurrence or a line
given, with the alteration left open. Sentences written for these tests after the registry wording of
NCT06356311, NCT06469944, NCT06038578 and NCT06253871."""

from __future__ import annotations

from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status

IBD = (
    "Has active inflammatory bowel disease requiring immunosuppressive medication or previous history of "
    "inflammatory bowel disease (e.g., Crohn's disease, ulcerative colitis)"
)


def test_a_patient_with_no_autoimmune_disease_recorded_has_no_inflammatory_bowel_disease() -> None:
    assert status(IBD, "exclusion") == "met"


def test_a_recorded_autoimmune_disease_leaves_its_form_open() -> None:
    assert status(IBD, "exclusion", patient__conditions=["autoimmune_disease"]) == "unknown"


def test_bowel_disease_named_beside_parts_no_case_records_stays_open() -> None:
    text = (
        "The patient has a bowel obstruction, history or presence of inflammatory enteropathy or extensive "
        "intestinal resection (e.g., hemicolectomy), Crohn's disease, ulcerative colitis"
    )
    assert status(text, "exclusion") == "unknown"


ALTERED = "Have relapsed/refractory HER2-altered malignancy"


def test_untreated_disease_as_first_diagnosed_fails_relapsed_or_refractory_whatever_the_alteration() -> None:
    assert status(ALTERED, "inclusion") == "not_met"


def test_a_line_given_leaves_the_alteration_open() -> None:
    assert status(ALTERED, "inclusion", treatments=FIRST_LINE_ENDED) == "unknown"
