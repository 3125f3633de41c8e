"""Import flow: read records from files, parse, upsert in batches; report what was done."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from her2nav.trials.registry import Registry
from her2nav.trials.sources import iter_records
from her2nav.trials.study import Study, StudyError, study_from_record

BATCH = 500
SNAPSHOT_KEY = "snapshot"
SNAPSHOT_NAME = "her2-gastric"


@dataclass
class ImportReport:
    read: int = 0
    written: int = 0
    skipped_older: int = 0
    problems: list[str] = field(default_factory=list)


def _batches(items: Iterable[Study], size: int) -> Iterator[list[Study]]:
    batch: list[Study] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def import_records(
    registry: Registry,
    records: Iterable[tuple[str, Any]],
    *,
    on_document: Callable[[], None] | None = None,
    report: ImportReport | None = None,
) -> ImportReport:
    """Upsert every study in ``records``; a record that is not a study is named in ``problems``."""
    report = report or ImportReport()

    def studies() -> Iterator[Study]:
        for where, record in records:
            report.read += 1
            try:
                yield study_from_record(record)
            except StudyError as err:
                report.problems.append(f"{where}: {err}")
            if on_document:
                on_document()

    for batch in _batches(studies(), BATCH):
        written, skipped = registry.upsert(batch)
        report.written += written
        report.skipped_older += skipped
    return report


def import_paths(
    registry: Registry, paths: list[Path], on_document: Callable[[], None] | None = None
) -> ImportReport:
    report = ImportReport()
    for path in paths:
        import_records(registry, iter_records(path), on_document=on_document, report=report)
    return report


def snapshot_dir() -> Path:
    return Path(str(resources.files("her2nav.trials").joinpath("data", SNAPSHOT_NAME)))


def ensure_snapshot(registry: Registry) -> bool:
    """Install the shipped snapshot into an empty registry (first use); True when it was installed."""
    if registry.get_meta(SNAPSHOT_KEY) is not None or registry.count() > 0:
        return False
    import_paths(registry, [snapshot_dir()])
    registry.set_meta(SNAPSHOT_KEY, SNAPSHOT_NAME)
    return True
