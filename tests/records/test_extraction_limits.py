"""Each extraction job has limits (issue 20, item 6): a 3.8 KB PDF of 40 blank pages kept the workers
busy for 16 s, and a 25 MB one could run for hours. A refusal is a final ``failed`` with the reason."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from pypdf import PdfWriter
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from her2nav.records.documents import files as documents
from her2nav.records.documents.extraction import run_extraction
from her2nav.records.documents.jobs import JobLimits
from her2nav.records.store.models import Document, User
from tests.records.factories import make_case, make_user

REPORT = b"SYNTHETIC TEST REPORT\nHER2 IHC score 3+ (gastric criteria).\n"


def blank_pdf(pages: int) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def png_header(width: int, height: int) -> bytes:
    """A PNG that states its size and has almost no pixel data (what a decompression bomb declares)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def add_document(db: Session, folder: Path, owner: User, case_pk: int, data: bytes, name: str) -> Document:
    stored = documents.store(io.BytesIO(data), folder, max_bytes=10_000_000)
    doc = Document(
        public_id=stored.storage_name[:24],
        case_pk=case_pk,
        filename=name,
        media_type=stored.media_type,
        size=stored.size,
        sha256=stored.sha256,
        storage_name=stored.storage_name,
        uploaded_by=owner.id,
    )
    db.add(doc)
    db.commit()
    return doc


def run_all(factory: sessionmaker[Session], folder: Path, limits: JobLimits) -> None:
    """What the queue does with each queued document, one after another."""
    with factory() as session:
        queued = list(session.scalars(select(Document.id).where(Document.extraction_status == "queued")))
    for document_pk in queued:
        run_extraction(factory, folder, document_pk, limits)


@pytest.fixture
def owner(db: Session) -> tuple[User, int]:
    user = make_user(db, "coord", "coordinator")
    return user, make_case(db, user, "case-q", biomarkers=[]).id


def test_a_pdf_over_the_page_cap_fails_at_once_naming_the_cap(
    db: Session, factory: sessionmaker[Session], tmp_path: Path, owner: tuple[User, int]
) -> None:
    doc = add_document(db, tmp_path, *owner, blank_pdf(40), "blank.pdf")
    run_all(factory, tmp_path, JobLimits(max_pages=20))
    db.refresh(doc)
    assert doc.extraction_status == "failed"
    assert doc.extraction_error == "the document has 40 pages; at most 20 are read"


def test_an_image_declaring_more_pixels_than_the_cap_is_refused_before_decoding(
    db: Session, factory: sessionmaker[Session], tmp_path: Path, owner: tuple[User, int]
) -> None:
    doc = add_document(db, tmp_path, *owner, png_header(30_000, 30_000), "bomb.png")
    run_all(factory, tmp_path, JobLimits(max_pixels=40_000_000))
    db.refresh(doc)
    assert doc.extraction_status == "failed"
    assert "pixels" in (doc.extraction_error or "")


def test_a_job_past_its_time_limit_is_stopped_and_fails_naming_the_limit(
    db: Session, factory: sessionmaker[Session], tmp_path: Path, owner: tuple[User, int]
) -> None:
    doc = add_document(db, tmp_path, *owner, REPORT, "report.txt")
    run_all(factory, tmp_path, JobLimits(seconds=0.001))
    db.refresh(doc)
    assert doc.extraction_status == "failed"
    assert doc.extraction_error == "extraction took longer than 0.001 s and was stopped"
