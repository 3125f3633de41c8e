from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.case.load import case_from_data
from her2nav.records.cases import casestore, service
from her2nav.records.store.models import BiomarkerResult
from tests.records.factories import case_data, make_case, make_user


def test_a_stored_case_reads_back_as_the_same_case(db: Session) -> None:
    owner = make_user(db, "coord", "coordinator")
    record = make_case(db, owner)
    assert casestore.stored_case(db, record) == case_from_data(case_data())


def test_a_change_keeps_replaced_biomarker_results_as_history(db: Session) -> None:
    owner = make_user(db, "coord", "coordinator")
    record = make_case(db, owner)
    new = case_data(
        biomarkers=[{"kind": "her2_ihc", "score": "1+", "specimen": "biopsy", "tested_on": "2025-11-01"}]
    )
    casestore.replace_content(db, record, case_from_data(new))
    assert record.version == 2
    assert [b.kind for b in casestore.stored_case(db, record).biomarkers] == ["her2_ihc"]
    rows = db.scalars(select(BiomarkerResult).where(BiomarkerResult.case_pk == record.id)).all()
    assert len(rows) == 3
    retired = [r.data for r in rows if r.retired_in_version == 2]
    assert {r["kind"] for r in retired} == {"her2_ihc", "pdl1_cps"}
    history = service.history(session=db, record=record)
    assert len(history["biomarkers"]) == 3


def test_unchanged_entries_are_not_duplicated_by_a_change(db: Session) -> None:
    owner = make_user(db, "coord", "coordinator")
    record = make_case(db, owner)
    casestore.replace_content(db, record, case_from_data(case_data(patient={"age": 61})))
    assert len(service.history(session=db, record=record)["biomarkers"]) == 2


def test_the_content_hash_changes_with_the_content(db: Session) -> None:
    a = casestore.canonical(case_from_data(case_data()))
    b = casestore.canonical(case_from_data(case_data(patient={"age": 61})))
    assert casestore.content_hash(a) != casestore.content_hash(b)
    assert casestore.content_hash(a) == casestore.content_hash(dict(reversed(list(a.items()))))


def test_merge_patch_follows_rfc_7396() -> None:
    target = {"a": 1, "b": {"c": 2, "d": 3}}
    assert service.merge_patch(target, {"b": {"c": None, "e": 4}, "f": [1]}) == {
        "a": 1,
        "b": {"d": 3, "e": 4},
        "f": [1],
    }


def test_a_course_of_unknown_setting_is_stored_and_read_back(db: Session) -> None:
    owner = make_user(db, "coord", "coordinator")
    record = make_case(db, owner)
    course = {"agents": ["trastuzumab"], "ended_on": "2025-01-10", "stop_reason": "progression"}
    changed = case_from_data(case_data(treatments=[course]))
    casestore.replace_content(db, record, changed)
    assert casestore.stored_case(db, record) == changed
    assert casestore.stored_case(db, record).treatments[0].setting is None


def test_the_patients_city_is_stored_and_read_back(db: Session) -> None:
    owner = make_user(db, "coord", "coordinator")
    record = make_case(db, owner, patient={"region": "GB", "city": "Manchester"})
    assert casestore.stored_case(db, record).patient.city == "Manchester"
