"""Issue 15 round 3: clauses for several parts of a study (criteria/cohorts.py). A clause for "Part 2,
Part 3 and Part 4" applies to a patient in Part 3b; "Part 2 only" and a heading "Additional Part 2
criteria" name the same part. Parsed by the real rules, then imported into a real registry and matched
for a real case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from her2nav.case.load import case_from_data
from her2nav.trials.criteria.cohorts import label_parts, split_part_clauses
from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.matching.match import match_case
from her2nav.trials.registry.importer import import_paths
from her2nav.trials.registry.store import Registry
from tests.trials.records import study_record, write_records
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, _case

MULTI_PART = (
    "Inclusion Criteria:\n"
    "* For Part 1, 2 and 3a: gastric adenocarcinoma that is HER2-positive (IHC 3+ or IHC 2+/ISH+)\n"
    "* For Part 3b and Part 4, gastric adenocarcinoma that is HER2-low (IHC 1+ or IHC 2+/ISH-negative)\n"
    "* For Part 1, progression after at least one prior trastuzumab-containing regimen "
    "For Part 2, Part 3 and Part 4, previously untreated for metastatic disease\n"
    "* ECOG performance status 0 or 1\n"
)
HER2_LOW = [{"kind": "her2_ihc", "score": "1+", "criteria": "gastric", "tested_on": "2026-01-10"}]
CHEMO_IMMUNO_ENDED = [{**FIRST_LINE_ENDED[0], "agents": ["nivolumab", "capecitabine", "oxaliplatin"]}]


def test_a_criterion_with_a_clause_per_part_is_split_into_one_criterion_per_clause() -> None:
    text = "For Part A, at least one prior line. For Part B and Part C, no prior line for advanced disease."
    assert split_part_clauses(text) == [
        "For Part A, at least one prior line.",
        "For Part B and Part C, no prior line for advanced disease.",
    ]
    assert split_part_clauses("For Part A, patients who are not candidates for Part B.") == [
        "For Part A, patients who are not candidates for Part B."
    ]


def test_a_label_names_every_part_of_its_list() -> None:
    assert label_parts("For Part 3b,4b and Part 5") == ("Part 3b", "Part 4b", "Part 5")
    assert label_parts("Additional Part 2") == ("Part 2",)
    assert label_parts("Dose expansion") == ()


def test_a_clause_for_a_part_is_copied_to_each_finer_part_it_holds() -> None:
    cohorts = [(c.cohort, c.text[:16]) for c in parse_criteria(MULTI_PART) if c.cohort]
    assert ("Part 3b", "For Part 2, Part") in cohorts  # "Part 3" holds Part 3b
    assert ("Part 3a", "For Part 2, Part") in cohorts
    assert ("Part 1", "For Part 2, Part") not in cohorts


def test_part_2_only_and_an_additional_part_2_heading_are_one_cohort() -> None:
    text = (
        "Inclusion Criteria:\n"
        "* HER2-positive gastric cancer (Part 1 only)\n"
        "* ECOG 0 or 1 (Part 2 only)\n"
        "Additional Part 2 Inclusion Criteria:\n"
        "* Measurable disease per RECIST 1.1\n"
    )
    assert [c.cohort for c in parse_criteria(text)] == ["Part 1", "Part 2", "Part 2"]


def _entry(registry: Registry, folder: Path, limit: int | None, **case: Any) -> dict[str, Any]:
    """The study's entry; with a limit, through the shortlist (rank keys, bounds), which drops an
    ineligible study."""
    record = study_record("NCT09000002", title="Multi-part study in HER2 gastric cancer", criteria=MULTI_PART)
    import_paths(registry, [write_records(folder, record)])
    entries = match_case(case_from_data(_case(**case)), registry, limit=limit)
    assert [e["nct_id"] for e in entries] == ["NCT09000002"]
    return entries[0]


def test_a_pretreated_her2_low_patient_meets_the_untreated_clause_of_her_part_and_is_ineligible(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, None, biomarkers=HER2_LOW, treatments=CHEMO_IMMUNO_ENDED)
    assert entry["cohort"] == "Part 3b"
    untreated = next(c for c in entry["criteria"] if "previously untreated" in c["text"])
    assert untreated["status"] == "not_met"
    assert entry["verdict"] == "ineligible"


def test_a_her2_positive_patient_after_trastuzumab_is_judged_for_part_1(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, 5, treatments=FIRST_LINE_ENDED)
    assert entry["cohort"] == "Part 1"
    assert entry["verdict"] != "ineligible"
    assert all("previously untreated" not in c["text"] for c in entry["criteria"])
