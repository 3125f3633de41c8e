from __future__ import annotations

import json

import yaml

from her2nav.case.load import case_from_data
from her2nav.knowledge.load import DATA_DIR
from her2nav.review import build_review, knowledge_version
from tests.recommend.factory import FIRST_LINE_TRASTUZUMAB, case_data

CONTRACT_KEYS = {
    "case_id",
    "as_of",
    "knowledge_version",
    "her2",
    "current_line",
    "options",
    "excluded",
    "gaps",
    "warnings",
    "trials",
}


def test_the_review_has_every_contract_field_with_the_contract_shapes() -> None:
    data = build_review(case_from_data(case_data(treatments=[FIRST_LINE_TRASTUZUMAB]))).data
    assert set(data) >= CONTRACT_KEYS
    assert {"status", "category", "basis", "determined_on"} <= set(data["her2"])
    for option in data["options"]:
        assert {"id", "rank", "preference", "name", "rationale", "evidence", "access", "cautions"} <= set(
            option
        )
        for ev in option["evidence"]:
            assert {"trial", "summary", "source"} <= set(ev)
            assert ev["source"]
    assert all({"id", "reason"} <= set(e) for e in data["excluded"])
    assert all({"code", "severity", "message"} <= set(g) for g in data["gaps"])
    assert all({"code", "message"} <= set(w) for w in data["warnings"])
    json.loads(build_review(case_from_data(case_data())).to_json())


def test_knowledge_version_comes_from_the_knowledge_base_file() -> None:
    declared = yaml.safe_load((DATA_DIR / "kb.yaml").read_text())["knowledge_version"]
    assert knowledge_version() == declared
    assert build_review(case_from_data(case_data())).data["knowledge_version"] == declared


def test_trials_passed_in_are_returned_unchanged() -> None:
    trials = [{"nct_id": "NCT04704934", "verdict": "possibly_eligible"}]
    assert build_review(case_from_data(case_data()), trials=trials).data["trials"] == trials


def test_the_review_depends_on_the_case_as_of_date_not_the_clock() -> None:
    early = build_review(case_from_data(case_data(as_of="2026-08-01"))).data
    late = build_review(case_from_data(case_data(as_of="2026-09-01"))).data
    zani = {
        d["as_of"]: next(o for o in d["options"] if o["id"] == "zanidatamab_chemo") for d in (early, late)
    }
    assert zani["2026-08-01"]["access"]["US"]["status"] == "not_approved"
    assert zani["2026-09-01"]["access"]["US"]["status"] == "approved"
