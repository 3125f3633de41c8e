"""The extraction flow the queue runs and the finding → biomarker mapping, on the real database and
real files: a run left ``running`` is read again, each OCR'd page is on the row before it is reported,
and a second run of a finished document stores nothing more."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from her2nav.records.documents import files as documents
from her2nav.records.documents import suggestions as sugg
from her2nav.records.documents.extraction import run_extraction
from her2nav.records.store.models import Document, Suggestion
from tests.records.factories import make_case, make_user
from tests.records.scans import PAGES, scanned_pdf

REPORT = (
    "SYNTHETIC TEST REPORT - NOT A REAL PATIENT\n"
    "Specimen B: Stomach, gastrectomy (resection).\n"
    "HER2 SISH (specimen B): HER2/CEP17 ratio 2.6; average HER2 copy number 7.1 per cell; amplified.\n"
)


def _document(db: Session, folder: Path, status: str, data: bytes = REPORT.encode()) -> Document:
    owner = make_user(db, "coord", "coordinator")
    record = make_case(db, owner, "case-q", biomarkers=[])
    stored = documents.store(io.BytesIO(data), folder, max_bytes=1_000_000)
    doc = Document(
        public_id="d" * 24,
        case_pk=record.id,
        filename="report.pdf" if data.startswith(b"%PDF") else "report.txt",
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


def test_a_document_left_running_by_a_stop_is_extracted_when_its_job_runs_again(
    db: Session, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    doc = _document(db, tmp_path, "running")
    assert run_extraction(factory, tmp_path, doc.id) == "done"
    db.refresh(doc)
    assert doc.extraction_status == "done" and doc.extraction_error is None
    fields = {s.field for s in db.scalars(select(Suggestion).where(Suggestion.document_pk == doc.id))}
    assert {"her2_ish_ratio", "her2_ish_result"} <= fields


def test_of_two_runs_of_one_document_the_one_that_finishes_second_stores_nothing(
    db: Session, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    """A killed worker's job runs again while, say, a slow first run is still going: both read the
    document, one set of suggestions is stored."""
    doc = _document(db, tmp_path, "queued", scanned_pdf(PAGES[2:]))
    inner: list[str] = []

    def meanwhile(done: int, _total: int) -> None:
        if done == 1 and not inner:
            inner.append(run_extraction(factory, tmp_path, doc.id))  # the other run, start to end

    assert run_extraction(factory, tmp_path, doc.id, progress=meanwhile) == "done"
    assert inner == ["done"]
    counts = Counter((s.field, s.span_start) for s in sugg.for_document(db, doc))
    assert counts and set(counts.values()) == {1}, counts


def test_each_ocr_page_is_recorded_on_the_row_before_it_is_reported(
    db: Session, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    doc = _document(db, tmp_path, "queued", scanned_pdf())
    seen: list[tuple[int, int, int | None, int | None]] = []

    def page_done(done: int, total: int) -> None:
        with factory() as other:
            row = other.get_one(Document, doc.id)
            seen.append((done, total, row.extraction_pages_done, row.extraction_pages_total))

    assert run_extraction(factory, tmp_path, doc.id, progress=page_done) == "done"
    assert seen == [(n, 4, n, 4) for n in range(1, 5)]
    db.refresh(doc)
    assert (doc.extraction_ocr, doc.extraction_pages, doc.extraction_pages_done) == (True, 4, 4)
    assert "her2_ihc" in {s.field for s in sugg.for_document(db, doc)}


def test_an_ish_ratio_takes_the_result_and_copies_said_about_the_same_specimen(
    db: Session, factory: sessionmaker[Session], tmp_path: Path
) -> None:
    doc = _document(db, tmp_path, "queued")
    run_extraction(factory, tmp_path, doc.id)
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
