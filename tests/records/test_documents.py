from __future__ import annotations

import io
from pathlib import Path

import pytest

from her2nav.records.documents import files as documents

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
SAMPLES = {
    "application/pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    "image/png": PNG,
    "image/jpeg": b"\xff\xd8\xff\xe0" + b"\x00" * 20,
    "image/tiff": b"II*\x00" + b"\x00" * 20,
    "text/plain; charset=utf-8": "HER2 (4B5): 3+ — 阳性\n".encode(),
}


@pytest.mark.parametrize(("media_type", "content"), SAMPLES.items())
def test_accepted_types_are_recognised_by_content(tmp_path: Path, media_type: str, content: bytes) -> None:
    stored = documents.store(io.BytesIO(content), tmp_path, max_bytes=1000)
    assert stored.media_type == media_type
    assert (tmp_path / stored.storage_name).read_bytes() == content
    assert stored.size == len(content)


@pytest.mark.parametrize(
    ("content", "status"),
    [
        (b"MZ\x90\x00\x03\x00\x00\x00", 415),  # a Windows executable
        (b"\xff\xfe\x00\x00latin", 415),  # neither a known image nor UTF-8
        (b"", 422),
        (b"a" * 1001, 413),
    ],
)
def test_refused_files_leave_nothing_behind(tmp_path: Path, content: bytes, status: int) -> None:
    with pytest.raises(documents.DocumentError) as err:
        documents.store(io.BytesIO(content), tmp_path, max_bytes=1000)
    assert err.value.status == status
    assert list(tmp_path.iterdir()) == []


def test_the_sha256_of_the_content_is_recorded(tmp_path: Path) -> None:
    import hashlib

    stored = documents.store(io.BytesIO(PNG), tmp_path, max_bytes=1000)
    assert stored.sha256 == hashlib.sha256(PNG).hexdigest()


def test_sweep_deletes_temporary_files_and_moves_unreferenced_ones_aside(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    kept = documents.store(io.BytesIO(PNG), folder, max_bytes=1000)
    orphan = documents.store(io.BytesIO(PNG), folder, max_bytes=1000)
    (folder / "abc.tmp").write_bytes(b"half")
    handled = documents.sweep(folder, [kept.storage_name])
    assert sorted(handled) == sorted([orphan.storage_name, "abc.tmp"])
    assert [p.name for p in folder.iterdir()] == [kept.storage_name]
    assert [p.name for p in (tmp_path / "documents-orphans").iterdir()] == [orphan.storage_name]
