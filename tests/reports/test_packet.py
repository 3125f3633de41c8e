"""The referral packet verifies against its manifest, and verification notices a changed, a missing or
an unlisted file."""

from __future__ import annotations

import io
import json
import zipfile

from her2nav.reports.packet import MANIFEST, PacketFile, build_packet, sha256, verify_packet

FILES = [
    PacketFile("report-en-clinician.pdf", b"%PDF-1.7 pretend"),
    PacketFile("case.json", b'{"case_id": "x"}'),
]


def _rewrite(packet: bytes, change: dict[str, bytes | None], extra: dict[str, bytes] | None = None) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(packet))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            data = change.get(name, source.read(name))
            if data is not None:
                target.writestr(name, data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return out.getvalue()


def test_a_packet_verifies_against_its_manifest() -> None:
    packet = build_packet(FILES, about={"case_id": "x"})
    assert verify_packet(packet) == ([], 2)
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(packet)).read(MANIFEST))
    assert manifest["files"][1] == {"path": "case.json", "size": 16, "sha256": sha256(b'{"case_id": "x"}')}


def test_the_same_inputs_give_the_same_packet() -> None:
    assert build_packet(FILES, about={}) == build_packet(FILES, about={})


def test_a_changed_file_fails_verification() -> None:
    packet = _rewrite(build_packet(FILES, about={}), {"case.json": b'{"case_id": "y"}'})
    problems, _ = verify_packet(packet)
    assert problems == ["case.json: content differs from the manifest (SHA-256 or size)"]


def test_a_missing_or_an_unlisted_file_fails_verification() -> None:
    packet = _rewrite(build_packet(FILES, about={}), {"case.json": None}, {"extra.txt": b"x"})
    problems, _ = verify_packet(packet)
    assert "case.json: listed in the manifest but missing" in problems
    assert "extra.txt: not listed in the manifest" in problems


def test_something_that_is_not_a_zip_fails_verification() -> None:
    assert verify_packet(b"not a zip")[0] == ["not a ZIP file"]
