"""The extraction queue and the finding → biomarker mapping, on the real database and real files."""

from __future__ import annotations

import io
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from her2nav.records.documents import files as documents
from her2nav.records.documents import suggestions as sugg
from her2nav.records.documents.extraction import ExtractionQueue
from her2nav.records.store.models import Document, Suggestion
from tests.records.factories import make_case, make_user

REPORT = (
    "SYNTHETIC TEST REPORT - NOT A REAL PATIENT\n"
    "Specimen B: Stomach, gastrectomy (resection).\n"
    "HER2 SISH (specimen B): HER2/CEP17 ratio 2.6; average HER2 copy number 7.1 per cell; amplified.\n"
)


def _document(db: Session, folder: Path, status: str) -> Document:
    owner = make_user(db, "coord", "coordinator")
    record = make_case(db, owner, "case-q", biomarkers=[])
    stored = documents.store(io.BytesIO(REPORT.encode()), folder, max_bytes=10_000)
    doc = Document(
        public_id="d" * 24,
        case_pk=record.id,
        filename="report.txt",
        media_type=stored.media_type,
        size=stored.size,
        sha256=stored.sha256,
        storage_name=stored.storage_name,
        uploaded_by=owner.id,
        extraction_status=status,
    )
    db.add(doc)
    db.commit()
    return doc


def test_a_document_left_running_by_a_stop_is_extracted_again_at_start(
    db: Session, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    doc = _document(db, tmp_path, "running")
    queue = ExtractionQueue(lambda: factory, tmp_path)
    assert queue.start(workers=1) == 1
    try:
        assert queue.wait_idle(timeout=60)
    finally:
        queue.shutdown()
    db.refresh(doc)
    assert doc.extraction_status == "done" and doc.extraction_error is None
    fields = {s.field for s in db.scalars(select(Suggestion).where(Suggestion.document_pk == doc.id))}
    assert {"her2_ish_ratio", "her2_ish_result"} <= fields


def test_an_ish_ratio_takes_the_result_and_copies_said_about_the_same_specimen(
    db: Session, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    doc = _document(db, tmp_path, "queued")
    queue = ExtractionQueue(lambda: factory, tmp_path)
    queue.start(workers=1)
    try:
        assert queue.wait_idle(timeout=60)
    finally:
        queue.shutdown()
    found = sugg.for_document(db, doc)
    ratio = next(s for s in found if s.field == "her2_ish_ratio")
    entry = sugg.biomarker_entry(ratio, ratio.value, found)
    assert entry["kind"] == "her2_ish" and entry["ratio"] == 2.6
    assert entry.get("result") == "amplified" and entry.get("mean_copies") == 7.1


def test_corrected_values_are_checked_per_field() -> None:
    assert sugg.check_value("her2_ihc", "2+") == ("2+", None)
    assert sugg.check_value("her2_ihc", "4+")[1] == "must be one of 0, 1+, 2+, 3+"
    assert sugg.check_value("cldn18_2", 120)[1] == "must be between 0 and 100"
    assert sugg.check_value("pdl1_cps", True)[1] == "must be a number"
    assert sugg.check_value("pT", "pT3") == ("pT3", None)
