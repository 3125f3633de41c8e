"""The referral packet: one ZIP with the report PDFs, the case in CONTRACT §1 form (JSON), the review it
was made with, the source documents the findings rest on, and ``manifest.json`` listing every other
file with its size and SHA-256. ``verify_packet`` checks a packet against its manifest.

Pure: takes and returns bytes. The caller names the files, writes the ZIP and records the export.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

MANIFEST = "manifest.json"
FORMAT = "her2nav-packet/1"
FIXED_TIME = (2000, 1, 1, 0, 0, 0)  # entries carry no clock: the same inputs give the same bytes


@dataclass(frozen=True)
class PacketFile:
    path: str  # inside the ZIP, POSIX separators, e.g. "documents/pathology.pdf"
    data: bytes


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _safe(path: str) -> bool:
    parts = PurePosixPath(path).parts
    return bool(parts) and not path.startswith("/") and ".." not in parts and path != MANIFEST


def build_packet(files: Sequence[PacketFile], *, about: dict[str, Any]) -> bytes:
    """The ZIP; ``about`` (case id, date, recipient...) goes into the manifest beside the file list."""
    paths = [f.path for f in files]
    if len(set(paths)) != len(paths) or not all(_safe(p) for p in paths):
        raise ValueError("packet file names must be unique relative paths")
    manifest = {
        "format": FORMAT,
        **about,
        "files": [{"path": f.path, "size": len(f.data), "sha256": sha256(f.data)} for f in files],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for item in (
            *files,
            PacketFile(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2).encode()),
        ):
            archive.writestr(zipfile.ZipInfo(item.path, date_time=FIXED_TIME), item.data)
    return buffer.getvalue()


def verify_packet(data: bytes) -> tuple[list[str], int]:
    """(problems, files checked): every manifest entry present with its size and hash, nothing else."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return ["not a ZIP file"], 0
    with archive:
        names = set(archive.namelist())
        if MANIFEST not in names:
            return [f"{MANIFEST} is missing"], 0
        try:
            manifest = json.loads(archive.read(MANIFEST))
            entries = manifest["files"]
        except (ValueError, KeyError, TypeError):
            return [f"{MANIFEST} cannot be read"], 0
        problems: list[str] = []
        listed = set()
        for entry in entries:
            path = str(entry.get("path"))
            listed.add(path)
            if path not in names:
                problems.append(f"{path}: listed in the manifest but missing")
                continue
            content = archive.read(path)
            if len(content) != entry.get("size") or sha256(content) != entry.get("sha256"):
                problems.append(f"{path}: content differs from the manifest (SHA-256 or size)")
        problems += [f"{name}: not listed in the manifest" for name in sorted(names - listed - {MANIFEST})]
        return problems, len(entries)
