"""Registry files → study records, one at a time (bounded memory).

Accepted: a single study (``{"protocolSection": …}``), a JSON array of studies, an API v2 page
(``{"studies": [...], "nextPageToken": …}``), and zip archives of such files (the bulk-download layout:
one JSON file per study). Each yielded item is (where, record) so that a bad record can be named.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class SourceError(ValueError):
    """A file that cannot be read as registry records; the message names the file and the problem."""


def records_in_json(data: Any, where: str) -> Iterator[tuple[str, Any]]:
    if isinstance(data, list):
        for i, item in enumerate(data):
            yield f"{where}[{i}]", item
    elif isinstance(data, dict) and isinstance(data.get("studies"), list):
        for i, item in enumerate(data["studies"]):
            yield f"{where}.studies[{i}]", item
    elif isinstance(data, dict) and "protocolSection" in data:
        yield where, data
    else:
        raise SourceError(f"{where}: not a study, an array of studies or an API page of studies")


def load_document(raw: bytes, where: str) -> Any:
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise SourceError(f"{where}: not valid JSON ({err})") from None


def count_files(paths: list[Path]) -> int:
    """How many JSON documents the paths hold (for the progress bar)."""
    total = 0
    for path in paths:
        if path.is_dir():
            total += count_files(sorted(path.glob("*.json")) + sorted(path.glob("*.zip")))
        elif zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                total += sum(1 for n in archive.namelist() if n.endswith(".json"))
        else:
            total += 1
    return total


def iter_raw_documents(path: Path) -> Iterator[tuple[str, bytes]]:
    """Each JSON document under ``path`` (a file, a zip archive or a folder), as bytes, one at a time."""
    if not path.exists():
        raise SourceError(f"{path}: no such file or folder")
    if path.is_dir():
        for child in sorted(path.glob("*.json")) + sorted(path.glob("*.zip")):
            yield from iter_raw_documents(child)
        return
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.endswith(".json"):
                    yield f"{path}:{name}", archive.read(name)
        return
    yield str(path), path.read_bytes()


def iter_documents(path: Path) -> Iterator[tuple[str, Any]]:
    """Each JSON document under ``path``, parsed, one at a time."""
    for where, raw in iter_raw_documents(path):
        yield where, load_document(raw, where)


def iter_records(path: Path) -> Iterator[tuple[str, Any]]:
    for where, doc in iter_documents(path):
        yield from records_in_json(doc, where)
