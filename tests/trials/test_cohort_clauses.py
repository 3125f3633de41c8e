"""Issue 15 round 2, class e: a clause for one cohort only ("(Cohort 1 only)") when the text never says
which cohort takes gastric patients. It never excludes the patient from the whole study; one that would
exclude him stays open, since he may be in that cohort (eighteenth blind set, TT: "Only for Cohort A:
known HER2-positive tumour" had been passed for a HER2-positive patient Cohort A took). The study is
imported into a real registry and matched for a real case, through the shortlist (rank keys, bounds)
and the full entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from her2nav.case.load import case_from_data
from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.matching.match import match_case
from her2nav.trials.registry.importer import import_paths
from her2nav.trials.registry.store import Registry
from tests.trials.records import study_record, write_records
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, _case

PAN_TUMOUR = (
    "Inclusion Criteria:\n"
    "* Solid tumours with HER2 overexpression (IHC 3+), including gastric and junction cancers\n"
    "* ECOG performance status 0 or 1\n"
    "Exclusion Criteria:\n"
    "* Prior HER2-directed therapy (Cohort 1 only).\n"
    "* Known HIV infection\n"
)


def _entry(registry: Registry, folder: Path, criteria: str) -> dict[str, Any]:
    record = study_record("NCT09000001", title="HER2 basket study of solid tumours", criteria=criteria)
    import_paths(registry, [write_records(folder, record)])
    case = case_from_data(_case(treatments=FIRST_LINE_ENDED))  # trastuzumab in first line
    entries = match_case(case, registry, limit=5)
    assert [e["nct_id"] for e in entries] == ["NCT09000001"]
    return entries[0]


def test_a_clause_for_one_cohort_only_does_not_apply_when_no_inclusion_names_the_cohorts(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, PAN_TUMOUR)
    clause = next(c for c in entry["criteria"] if "Cohort 1 only" in c["text"])
    assert clause["status"] == "unknown"  # the case had trastuzumab: in Cohort 1 it would exclude him
    assert clause["reason"].startswith("applies to Cohort 1 only, which the record does not define")
    assert entry["verdict"] != "ineligible"
    assert "cohort" not in entry


def test_a_clause_for_an_undefined_cohort_that_would_not_exclude_does_not_apply(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(
        registry, tmp_path, PAN_TUMOUR.replace("Prior HER2-directed therapy", "Prior FGFR inhibitor")
    )
    clause = next(c for c in entry["criteria"] if "Cohort 1 only" in c["text"])
    assert clause["status"] == "met" and clause["reason"].startswith("does not apply")


def test_cohorts_defined_by_inclusions_are_still_judged_one_at_a_time(
    registry: Registry, tmp_path: Path
) -> None:
    text = PAN_TUMOUR.replace(
        "Exclusion Criteria:\n", "* Cohort 1: HER2-positive gastric cancer\nExclusion Criteria:\n"
    )
    entry = _entry(registry, tmp_path, text)
    assert entry["cohort"] == "Cohort 1"
    clause = next(c for c in entry["criteria"] if "Cohort 1 only" in c["text"])
    assert clause["status"] == "not_met"


def _two_arms(exclusion: str) -> str:
    return (
        "Inclusion Criteria:\n"
        "* Solid tumours with HER2 overexpression (IHC 3+), including gastric and junction cancers\n"
        "Exclusion Criteria:\n"
        f"* {exclusion}\n"
        "* Known HIV infection\n"
    )


@pytest.mark.parametrize(
    "exclusion",
    [
        "Arm B only: prior treatment with trastuzumab.",
        "Previous trastuzumab, for participants randomised to Arm B.",
        "Prior trastuzumab (applies to Arm B).",
        "Only for Cohort 2: any previous trastuzumab.",
    ],
)
def test_an_exclusion_for_one_arm_only_does_not_exclude_the_patient_from_the_whole_study(
    exclusion: str, registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, _two_arms(exclusion))
    assert entry["verdict"] != "ineligible"
    clause = next(
        c
        for c in entry["criteria"] + [x for o in entry.get("other_cohorts", []) for x in o["criteria"]]
        if "trastuzumab" in c["text"]
    )
    assert clause["status"] == "unknown" and "which the record does not define" in clause["reason"]


def test_an_exclusion_that_names_an_arm_without_saying_only_still_applies_to_all() -> None:
    [crit] = [c for c in parse_criteria(_two_arms("Arm B: prior trastuzumab.")) if "Arm B" in c.text]
    assert crit.cohort is None
