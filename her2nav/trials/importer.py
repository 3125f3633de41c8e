"""Import flow: read records from files, parse, upsert in batches; report what was done."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from importlib import resources
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from her2nav.trials.registry import Parsed, Registry, parse_texts
from her2nav.trials.sources import iter_records
from her2nav.trials.study import Study, StudyError, study_from_record

BATCH = 500
WORKERS = 2  # parsing processes for a large import (the target machine has two cores)
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

    with ParsePool() as pool:
        for batch, ready in pool.pipeline(_batches(studies(), BATCH)):
            written, skipped = registry.upsert(batch, ready)
            report.written += written
            report.skipped_older += skipped
    return report


class ParsePool:
    """Parses the next batch's eligibility texts in worker processes while this process writes the
    current batch. Started only once an import reaches its second batch (small imports never pay for
    the workers); at most two batches are in flight, so memory stays bounded."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers if workers is not None else min(WORKERS, os.cpu_count() or 1)
        self.executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.executor is not None:
            self.executor.shutdown(cancel_futures=True)

    def _submit(self, batch: list[Study]) -> list[Future[list[Parsed]]]:
        assert self.executor is not None
        texts = sorted({s.eligibility for s in batch})
        size = max(1, -(-len(texts) // (self.workers * 2)))
        return [self.executor.submit(parse_texts, texts[i : i + size]) for i in range(0, len(texts), size)]

    def pipeline(self, batches: Iterable[list[Study]]) -> Iterator[tuple[list[Study], dict[str, Parsed]]]:
        pending: tuple[list[Study], list[Future[list[Parsed]]]] | None = None
        for batch in batches:
            if self.workers < 2:
                yield batch, {}
                continue
            if pending is None:
                pending = (batch, [])  # the first batch is parsed here, unless a second one follows
                continue
            if self.executor is None:
                self.executor = ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"))
            try:
                futures = self._submit(batch)
            except BrokenProcessPool:
                futures = []
            yield _collect(*pending)
            pending = (batch, futures)
        if pending is not None:
            yield _collect(*pending)


def _collect(
    batch: list[Study], futures: list[Future[list[Parsed]]]
) -> tuple[list[Study], dict[str, Parsed]]:
    texts = sorted({s.eligibility for s in batch}) if futures else []
    try:
        parsed = [p for f in futures for p in f.result()]
    except BrokenProcessPool:  # e.g. a caller's unguarded __main__ under spawn: parse in this process
        return batch, {}
    return batch, dict(zip(texts, parsed, strict=True))


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
