"""Readings prompted by the twenty-ninth session's look at the eighty-seventh blind set (WL; issue 15,
class 2): a clause labelled for several substudies ("For Substudy B and C, …") belongs to each of them,
and a cohort for another tumour keeps its tumour when a clause for several parts reaches it. Sentences
written for these tests after PF-07799544's form (NCT05538130); studies are imported into a real
registry and matched for a real case."""

from __future__ import annotations

from pathlib import Path

from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.registry.store import Registry
from tests.trials.test_cohort_routes import _entry

SUBSTUDIES = """Inclusion Criteria:

* Advanced or metastatic solid tumour for the phase 1a dose escalation
* Progressed after the last prior treatment with no satisfactory alternative, for the phase 1a dose escalation
* For Substudy B, diagnosis of advanced melanoma
* For Substudy C, metastatic solid tumour progressed on, or with demonstrated intolerance to SOC
* For Substudy B and C, measurable disease by RECIST version 1.1

Exclusion Criteria:

* Active infection."""


def _cohorts_of(words: str) -> list[str | None]:
    return [c.cohort for c in parse_criteria(SUBSTUDIES) if words in c.text]


def test_a_clause_for_substudy_b_and_c_belongs_to_each_substudy() -> None:
    assert _cohorts_of("measurable disease") == ["tumour cohort: melanoma (For Substudy B)", "Substudy C"]


def test_the_melanoma_substudy_keeps_its_tumour_when_a_shared_clause_reaches_it() -> None:
    assert _cohorts_of("advanced melanoma") == ["tumour cohort: melanoma (For Substudy B)"]
    assert _cohorts_of("intolerance to SOC") == ["Substudy C"]


def test_an_untreated_patient_is_not_judged_in_a_cohort_made_of_the_shared_clause_alone(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, SUBSTUDIES)
    assert entry["verdict"] == "ineligible"
    assert all(c.get("cohort") != "For Substudy B and C" for c in entry["criteria"])


def test_a_tumour_cohort_named_by_its_part_keeps_its_tumour_beside_a_clause_for_the_whole_part() -> None:
    text = (
        "Inclusion Criteria:\n\n* Advanced solid tumour\n* Adequate glucose control (Part 1 only)\n"
        "* For Part 1f (MTAP-null head and neck squamous cell carcinoma): willing to undergo biopsy\n"
        "* For Part 1a: any MTAP-null solid tumour\n\nExclusion Criteria:\n\n* Active infection."
    )
    labels = {c.cohort for c in parse_criteria(text) if "biopsy" in c.text}
    assert labels == {"tumour cohort: head and neck cancer (For Part 1f)"}
