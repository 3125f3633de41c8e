"""A validated ``Case`` ↔ normalised rows. Nothing is deleted: when a case changes, biomarker results
and treatment lines that are no longer in it are retired with the version that dropped them."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.case.load import case_from_data
from her2nav.case.models import Case
from her2nav.records.store.models import BiomarkerResult, CaseRecord, Patient, TreatmentLineRecord, utcnow

_PATIENT_FIELDS = ("age", "sex", "ecog", "lvef_percent", "conditions", "region", "city", "treatment_regions")
_DIAGNOSIS_FIELDS = (
    "site",
    "histology",
    "lauren",
    "setting",
    "diagnosed_on",
    "recurred_on",
    "measurable_disease",
)
_LINE_FIELDS = ("line", "setting", "agents", "started_on", "ended_on", "stop_reason", "toxicities")


def canonical(case: Case) -> dict[str, Any]:
    """The case in CONTRACT §1 form as the service exports it (unknown fields left out)."""
    return case.model_dump(mode="json", exclude_none=True)


def content_hash(document: dict[str, Any]) -> str:
    text = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _fill_patient(patient: Patient, case: Case) -> None:
    for name in _PATIENT_FIELDS:
        value = getattr(case.patient, name)
        setattr(patient, name, list(value) if isinstance(value, list) else value)


def _fill_diagnosis(record: CaseRecord, case: Case) -> None:
    record.as_of = case.as_of
    for name in _DIAGNOSIS_FIELDS:
        setattr(record, name, getattr(case.diagnosis, name))


def _entry_key(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True)


def _sync_biomarkers(session: Session, record: CaseRecord, case: Case) -> None:
    current = list(
        session.scalars(
            select(BiomarkerResult).where(
                BiomarkerResult.case_pk == record.id, BiomarkerResult.retired_in_version.is_(None)
            )
        )
    )
    unused: dict[str, list[BiomarkerResult]] = {}
    for row in current:
        unused.setdefault(_entry_key(row.data), []).append(row)
    for position, marker in enumerate(case.biomarkers):
        data = marker.model_dump(mode="json", exclude_none=True)
        same = unused.get(_entry_key(data))
        if same:
            row = same.pop(0)
            row.position = position
            continue
        session.add(
            BiomarkerResult(
                case_pk=record.id,
                position=position,
                kind=marker.kind,
                tested_on=marker.tested_on,
                data=data,
                added_in_version=record.version,
            )
        )
    for rows in unused.values():
        for row in rows:
            row.retired_in_version = record.version


def line_data(row: TreatmentLineRecord) -> dict[str, Any]:
    raw = {name: getattr(row, name) for name in _LINE_FIELDS}
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in raw.items() if v is not None}


def _sync_treatments(session: Session, record: CaseRecord, case: Case) -> None:
    current = list(
        session.scalars(
            select(TreatmentLineRecord).where(
                TreatmentLineRecord.case_pk == record.id, TreatmentLineRecord.retired_in_version.is_(None)
            )
        )
    )
    unused: dict[str, list[TreatmentLineRecord]] = {}
    for row in current:
        unused.setdefault(_entry_key(line_data(row)), []).append(row)
    for position, line in enumerate(case.treatments):
        data = line.model_dump(mode="json", exclude_none=True)
        same = unused.get(_entry_key(data))
        if same:
            same.pop(0).position = position
            continue
        session.add(
            TreatmentLineRecord(
                case_pk=record.id,
                position=position,
                line=line.line,
                setting=line.setting,
                agents=list(line.agents),
                started_on=line.started_on,
                ended_on=line.ended_on,
                stop_reason=line.stop_reason,
                toxicities=[t.model_dump(mode="json") for t in line.toxicities],
                added_in_version=record.version,
            )
        )
    for rows in unused.values():
        for row in rows:
            row.retired_in_version = record.version


def insert_case(session: Session, case: Case, *, created_by: int | None) -> CaseRecord:
    patient = Patient()
    _fill_patient(patient, case)
    session.add(patient)
    session.flush()
    record = CaseRecord(case_id=case.case_id, version=1, patient_id=patient.id, created_by=created_by)
    _fill_diagnosis(record, case)
    session.add(record)
    session.flush()
    _sync_biomarkers(session, record, case)
    _sync_treatments(session, record, case)
    session.flush()
    return record


def replace_content(session: Session, record: CaseRecord, case: Case) -> None:
    """Store a new version of the case content (the caller has checked the version)."""
    record.version += 1
    record.updated_at = utcnow()
    _fill_diagnosis(record, case)
    patient = session.get_one(Patient, record.patient_id)
    _fill_patient(patient, case)
    _sync_biomarkers(session, record, case)
    _sync_treatments(session, record, case)
    session.flush()


def _current_rows(session: Session, model: Any, case_pk: int) -> list[Any]:
    return list(
        session.scalars(
            select(model)
            .where(model.case_pk == case_pk, model.retired_in_version.is_(None))
            .order_by(model.position, model.id)
        )
    )


def stored_document(session: Session, record: CaseRecord) -> dict[str, Any]:
    """The case as stored, in §1 shape (before validation)."""
    patient = session.get_one(Patient, record.patient_id)
    diagnosis: dict[str, Any] = {}
    for name in _DIAGNOSIS_FIELDS:
        value = getattr(record, name)
        if value is not None:
            diagnosis[name] = value.isoformat() if hasattr(value, "isoformat") else value
    return {
        "case_id": record.case_id,
        "as_of": record.as_of.isoformat(),
        "patient": {n: getattr(patient, n) for n in _PATIENT_FIELDS if getattr(patient, n) is not None},
        "diagnosis": diagnosis,
        "biomarkers": [row.data for row in _current_rows(session, BiomarkerResult, record.id)],
        "treatments": [line_data(row) for row in _current_rows(session, TreatmentLineRecord, record.id)],
    }


def stored_case(session: Session, record: CaseRecord) -> Case:
    return case_from_data(stored_document(session, record), where=record.case_id)
