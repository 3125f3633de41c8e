"""A tumour that lost HER2 after anti-HER2 therapy (fact sheet 1.6: 29-69 %): a study of HER2-positive
disease may go by the earlier result, so the evaluator leaves it open, and the shortlist a review uses
(include_ineligible=False) must not drop it by its HER2 index before that reading."""

from __future__ import annotations

from pathlib import Path

from her2nav.case.load import case_from_data
from her2nav.trials.matching.match import match_case
from her2nav.trials.registry.importer import import_paths
from her2nav.trials.registry.store import Registry
from tests.trials.records import study_record, write_records
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, _case

HER2_POSITIVE_STUDY = (
    "Inclusion Criteria:\n* HER2-positive (IHC 3+ or IHC 2+/ISH+) gastric adenocarcinoma\n"
    "* Progression on prior trastuzumab\nExclusion Criteria:\n* Known HIV infection\n"
)
LOST = [
    {"kind": "her2_ihc", "score": "3+", "criteria": "gastric", "tested_on": "2025-12-10"},
    {"kind": "her2_ihc", "score": "0", "criteria": "gastric", "tested_on": "2026-05-28"},
]


def test_a_review_keeps_her2_positive_studies_open_for_a_tumour_that_lost_her2(
    registry: Registry, tmp_path: Path
) -> None:
    record = study_record(
        "NCT09000002", title="HER2-positive gastric cancer after trastuzumab", criteria=HER2_POSITIVE_STUDY
    )
    import_paths(registry, [write_records(tmp_path, record)])
    lost = case_from_data(_case(biomarkers=LOST, treatments=FIRST_LINE_ENDED))
    entries = match_case(lost, registry, include_ineligible=False, limit=5)
    assert [e["nct_id"] for e in entries] == ["NCT09000002"]
    assert entries[0]["verdict"] == "possibly_eligible"


def test_a_tumour_never_her2_positive_still_has_such_studies_dropped(
    registry: Registry, tmp_path: Path
) -> None:
    record = study_record("NCT09000003", title="HER2-positive gastric cancer", criteria=HER2_POSITIVE_STUDY)
    import_paths(registry, [write_records(tmp_path, record)])
    zero = case_from_data(_case(biomarkers=LOST[1:]))
    assert match_case(zero, registry, include_ineligible=False, limit=5) == []
