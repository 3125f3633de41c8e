"""Document files: content sniffing, size limit, and crash-safe storage.

A file is written to a temporary name in the documents folder, fsynced, renamed to its final random
name and the folder fsynced — only then is the database row committed. A crash before the rename
leaves only a ``.tmp`` file (deleted by ``sweep``); a crash after it but before the commit leaves a
file no row points to (moved aside by ``sweep``). No row ever points to a partial file."""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from her2nav.records.store.db import make_engine
from her2nav.records.store.models import Document
from her2nav.settings import Settings

TMP_SUFFIX = ".tmp"
_CHUNK = 1024 * 1024


class DocumentError(ValueError):
    def __init__(self, status: int, message: str) -> None:
        self.status = status
        super().__init__(message)


@dataclass(frozen=True)
class StoredFile:
    storage_name: str
    size: int
    sha256: str
    media_type: str


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


def sniff(head: bytes, path: Path) -> str:
    """Media type judged by content: magic bytes, or text that is valid UTF-8 without NUL bytes."""
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    if _is_utf8_text(path):
        return "text/plain; charset=utf-8"
    raise DocumentError(415, "unsupported file type: accepted are PDF, PNG, JPEG, TIFF and UTF-8 plain text")


def _is_utf8_text(path: Path) -> bool:
    decoder_input = path.read_bytes()
    if not decoder_input or b"\x00" in decoder_input:
        return False
    try:
        decoder_input.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def store(source: BinaryIO, folder: Path, *, max_bytes: int) -> StoredFile:
    """Copy ``source`` into ``folder`` durably; raises DocumentError (413 too large, 415 type, 422 empty)."""
    folder.mkdir(parents=True, exist_ok=True)
    name = secrets.token_hex(16)
    tmp = folder / (name + TMP_SUFFIX)
    digest = hashlib.sha256()
    size = 0
    head = b""
    try:
        with open(tmp, "xb") as out:
            while chunk := source.read(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise DocumentError(413, f"the file is larger than the limit of {max_bytes} bytes")
                if len(head) < 16:
                    head += chunk[:16]
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if size == 0:
            raise DocumentError(422, "the file is empty")
        media_type = sniff(head, tmp)
        os.replace(tmp, folder / name)
        _fsync_dir(folder)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return StoredFile(storage_name=name, size=size, sha256=digest.hexdigest(), media_type=media_type)


def discard(folder: Path, storage_name: str) -> None:
    """Remove a stored file whose database row was not committed."""
    (folder / storage_name).unlink(missing_ok=True)


def sweep(folder: Path, known: Iterable[str]) -> list[str]:
    """Clear what a crash can leave: temporary files are deleted; complete files no row points to are
    moved aside to ``<folder>-orphans`` (never deleted: a wrong database URL must not destroy documents).
    Returns the names handled."""
    if not folder.is_dir():
        return []
    keep = set(known)
    aside = folder.with_name(folder.name + "-orphans")
    handled: list[str] = []
    for entry in folder.iterdir():
        if not entry.is_file() or (entry.name in keep and not entry.name.endswith(TMP_SUFFIX)):
            continue
        if entry.name.endswith(TMP_SUFFIX):
            entry.unlink(missing_ok=True)
        else:
            aside.mkdir(exist_ok=True)
            os.replace(entry, aside / entry.name)
        handled.append(entry.name)
    if handled:
        _fsync_dir(folder)
    return handled


def sweep_documents(settings: Settings) -> list[str]:
    """Delete temporary and unreferenced files in the documents folder (run before workers start)."""
    engine = make_engine(settings.effective_database_url, sqlite_synchronous=settings.sqlite_synchronous)
    with engine.connect() as conn:
        known = list(conn.scalars(select(Document.storage_name)))
    engine.dispose()
    return sweep(settings.effective_documents_dir, known)
