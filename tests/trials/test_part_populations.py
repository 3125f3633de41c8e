"""Issue 15, held-out review, class 5: parts of one study that take different populations are
alternatives (a monotherapy part for any advanced solid tumour without standard options, a combination
part for named tumours). A patient who fits one part is not excluded by another part's population.
Texts written for these tests; each study is matched for a real case through the shortlist and in full."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from her2nav.case.load import case_from_data
from her2nav.trials.criteria.cohort_labels import inline_cohort
from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.matching.match import match_case
from her2nav.trials.registry.importer import import_paths
from her2nav.trials.registry.store import Registry
from tests.trials.records import study_record, write_records
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, _case


def _study(part_a: str, part_b: str) -> str:
    return (
        "Inclusion Criteria:\n"
        "* Aged 18 years or older\n"
        f"* {part_a}\n"
        f"* {part_b}\n"
        "* ECOG performance status 0 or 1\n"
        "Exclusion Criteria:\n"
        "* Known HIV infection\n"
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Part A - any advanced solid tumour without standard options", "Part A"),
        ("Part B (combination) – gastric cancer after one prior line", "Part B (combination)"),
        ("In Part B, participants must have gastric adenocarcinoma", "Part B"),
        ("Dose escalation (Part A): advanced solid tumours", "Dose escalation (Part A)"),
    ],
)
def test_a_part_named_at_the_start_of_a_criterion_scopes_it_to_that_part(text: str, label: str) -> None:
    assert inline_cohort(text) == label


def test_an_arm_word_inside_a_sentence_names_no_part() -> None:
    assert inline_cohort("Armed forces veterans are eligible") is None


def _entry(registry: Registry, folder: Path, criteria: str, **case: Any) -> dict[str, Any]:
    record = study_record("NCT09000016", title="Two-part study in solid tumours", criteria=criteria)
    import_paths(registry, [write_records(folder, record)])
    patient = case_from_data(_case(**case))
    [full] = match_case(patient, registry)
    short = match_case(patient, registry, include_ineligible=False, limit=5)
    assert short == ([] if full["verdict"] == "ineligible" else [full])
    return full


@pytest.mark.parametrize(
    ("part_a", "part_b"),
    [
        (
            "Part A (monotherapy): advanced solid malignancy with no standard therapy available",
            "Part B (combination): advanced gastric or junction adenocarcinoma after one prior line",
        ),
        (
            "Part A - advanced solid malignancy with no standard therapy available",
            "In Part B, advanced gastric or junction adenocarcinoma after one prior line",
        ),
    ],
)
def test_a_patient_who_fits_the_part_for_named_tumours_is_not_excluded_by_the_other_parts_population(
    part_a: str, part_b: str, registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, _study(part_a, part_b), treatments=FIRST_LINE_ENDED)
    assert entry["verdict"] != "ineligible"
    assert entry["cohort"].startswith("Part B")
    assert all("no standard therapy" not in c["text"] for c in entry["criteria"])
    [other] = entry["other_cohorts"]
    assert other["verdict"] == "ineligible"  # standard options remain after one line


def test_a_patient_who_fits_neither_part_is_ineligible(registry: Registry, tmp_path: Path) -> None:
    text = _study(
        "Part A (monotherapy): advanced solid malignancy with no standard therapy available",
        "Part B (combination): gastric or junction adenocarcinoma after at least two prior lines of therapy",
    )
    assert [str(c.cohort)[:6] for c in parse_criteria(text)][1:3] == ["Part A", "Part B"]
    entry = _entry(registry, tmp_path, text, treatments=FIRST_LINE_ENDED)
    assert entry["verdict"] == "ineligible"


def test_parts_named_one_after_another_in_one_bullet_are_split_into_a_criterion_each() -> None:
    text = (
        "Inclusion Criteria:\n"
        "* Part A (monotherapy): advanced solid tumour with no standard therapy available. "
        "Part B (combination): gastric or junction adenocarcinoma after at least one prior line of therapy.\n"
    )
    assert [str(c.cohort)[:6] for c in parse_criteria(text)] == ["Part A", "Part B"]
