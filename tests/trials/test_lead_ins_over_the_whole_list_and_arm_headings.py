"""Readings prompted by the eighty-ninth and ninety-second blind sets (WN, WQ; issue 15, classes 2, 7
and 8) in the twenty-ninth session: a lead-in over a section's whole list ("… must fulfil all the following
inclusion criteria", "Participants presenting with any of the following will not be included") leaves
each item under it a criterion of its own, and arms named alone at the margin ("For Arm 2", "Arm 5
only") own the items under them. Sentences written for these tests after the records' forms
(adagrasib with olaparib, NCT06130254; MK-1084, NCT05067283)."""

from __future__ import annotations

from pathlib import Path

from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.registry.store import Registry
from tests.trials.test_cohort_routes import _entry

WHOLE_LIST = """Inclusion Criteria:

* Participants must be 18 years or older and must fulfil all the following inclusion criteria to be enrolled.

  1. Histologically confirmed advanced solid tumour.
  2. ECOG performance status 0 or 1.

Exclusion Criteria:

* Participants presenting with any of the following will not be included in the study:

  * Known HIV infection.
  * Left ventricular ejection fraction (LVEF) < 50%"""


def test_items_under_a_lead_in_over_the_whole_list_are_criteria_of_their_own() -> None:
    texts = [c.text for c in parse_criteria(WHOLE_LIST)]
    assert "ECOG performance status 0 or 1." in texts
    assert "Left ventricular ejection fraction (LVEF) < 50%" in texts


def test_an_ecog_item_under_such_a_lead_in_is_read_as_ecog() -> None:
    ecog = next(c for c in parse_criteria(WHOLE_LIST) if c.text.startswith("ECOG"))
    assert ecog.requirements == [{"type": "ecog", "max": 1}]


def test_a_list_of_alternatives_under_an_item_still_stays_with_it() -> None:
    text = (
        "Inclusion Criteria:\n\n* Have one of the following tumour types:\n\n  * Gastric cancer\n"
        "  * Colorectal cancer\n\nExclusion Criteria:\n\n* Known HIV infection."
    )
    assert len([c for c in parse_criteria(text) if c.kind == "inclusion"]) == 1


ARMS = """Inclusion Criteria:

For all participants:

* Has measurable disease by RECIST 1.1 criteria

For Arm 1 - Has metastatic solid-tumor malignancy who has received at least 1 line of systemic therapy

For Arm 2

- Has an untreated metastatic non-small cell lung cancer (NSCLC)

For Arm 3

* Has histologically confirmed metastatic NSCLC after one line of therapy
* Has metastatic solid-tumor malignancy, excluding NSCLC or CRC, who has received at least 1 line of therapy

Arm 5 only

* Histologically confirmed metastatic colorectal adenocarcinoma
* Previous treatment failure of one or 2 previous line(s) of systemic therapy

Exclusion Criteria:

* Known HIV infection"""


def test_an_arm_named_alone_at_the_margin_owns_the_items_under_it() -> None:
    cohorts = {c.text: c.cohort for c in parse_criteria(ARMS)}
    assert cohorts["Has an untreated metastatic non-small cell lung cancer (NSCLC)"] == (
        "tumour cohort: lung cancer (Arm 2)"
    )
    assert cohorts["Previous treatment failure of one or 2 previous line(s) of systemic therapy"] == (
        "tumour cohort: colorectal cancer (Arm 5 only)"
    )
    assert "Arm 5 only" not in cohorts  # the heading is no criterion


def test_an_arm_that_takes_solid_tumours_at_large_is_no_cohort_for_another_tumour() -> None:
    arm_3 = {c.cohort for c in parse_criteria(ARMS) if "excluding NSCLC" in c.text}
    assert arm_3 == {"Arm 3"}


def test_a_gastric_patient_after_one_line_is_not_failed_by_the_other_tumours_arms(
    registry: Registry, tmp_path: Path
) -> None:
    treated = [
        {
            "line": 1,
            "setting": "palliative",
            "agents": ["capecitabine", "oxaliplatin"],
            "started_on": "2026-01-10",
            "ended_on": "2026-04-10",
            "stop_reason": "progression",
        }
    ]
    entry = _entry(registry, tmp_path, ARMS, treatments=treated)
    assert entry["verdict"] != "ineligible"
    nsclc = next(c for c in entry["criteria"] if "untreated metastatic non-small" in c["text"])
    assert nsclc["status"] == "met" and nsclc["reason"].startswith("does not apply")
