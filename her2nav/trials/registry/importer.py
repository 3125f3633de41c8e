"""Import flow: read records from files, parse, upsert in batches; report what was done."""

from __future__ import annotations

import os
import zipfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from importlib import resources
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from her2nav.trials.registry.bulk import Rows, rows_from_documents
from her2nav.trials.registry.parsing import Parsed, parse_texts
from her2nav.trials.registry.sources import SourceError, count_files, iter_raw_documents, iter_records
from her2nav.trials.registry.store import Registry, import_time
from her2nav.trials.registry.study import Study, StudyError, study_from_record

BATCH = 500
WORKERS = 2  # parsing processes for a large import (the target machine has two cores)
# Studies parsed in this process before worker processes are worth starting (starting two spawned
# workers costs about as much as parsing a thousand studies here).
INLINE_UP_TO = 2_000
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
    expected: int | None = None,
) -> ImportReport:
    """Upsert every study in ``records``; a record that is not a study is named in ``problems``.
    ``expected``: how many records the caller expects (a hint: a large import starts its parse workers
    at once, a small one parses here)."""
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

    with ParsePool(expected=expected) as pool:
        for batch, ready in pool.pipeline(_batches(studies(), BATCH)):
            written, skipped = registry.upsert(batch, ready)
            report.written += written
            report.skipped_older += skipped
    return report


class ParsePool:
    """Parses the next batch's eligibility texts in worker processes while this process writes the
    current batch. Workers start only when the import is large: ``expected`` (a hint) above
    INLINE_UP_TO, or once that many studies have been parsed here; small imports never pay for them.
    At most two batches are in flight, so memory stays bounded."""

    def __init__(self, workers: int | None = None, expected: int | None = None) -> None:
        self.workers = workers if workers is not None else min(WORKERS, os.cpu_count() or 1)
        self.expected = expected
        self.executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.executor is not None:
            self.executor.shutdown(cancel_futures=True)

    def _worth_workers(self, seen: int) -> bool:
        if self.workers < 2:
            return False
        return seen >= INLINE_UP_TO or (self.expected or 0) > INLINE_UP_TO

    def _submit(self, batch: list[Study]) -> list[Future[list[Parsed]]]:
        if self.executor is None:
            self.executor = ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"))
        texts = _texts_to_interpret(batch)
        size = max(1, -(-len(texts) // (self.workers * 2)))
        return [self.executor.submit(parse_texts, texts[i : i + size]) for i in range(0, len(texts), size)]

    def pipeline(self, batches: Iterable[list[Study]]) -> Iterator[tuple[list[Study], dict[str, Parsed]]]:
        pending: tuple[list[Study], list[Future[list[Parsed]]]] | None = None
        seen = 0
        for batch in batches:
            if self.executor is None and not self._worth_workers(seen):
                seen += len(batch)
                yield batch, {}  # parsed here, by the writer
                continue
            try:
                futures = self._submit(batch)
            except BrokenProcessPool:
                futures = []
            if pending is not None:
                yield _collect(*pending)
            pending = (batch, futures)
            seen += len(batch)
        if pending is not None:
            yield _collect(*pending)


def _texts_to_interpret(batch: list[Study]) -> list[str]:
    """The distinct eligibility texts worth interpreting: those of studies a case can be offered
    (the others are stored split, not interpreted: registry.row_for)."""
    return sorted({s.eligibility for s in batch if s.can_be_offered})


def _collect(
    batch: list[Study], futures: list[Future[list[Parsed]]]
) -> tuple[list[Study], dict[str, Parsed]]:
    texts = _texts_to_interpret(batch) if futures else []
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
        try:
            expected: int | None = count_files([path])
        except (OSError, zipfile.BadZipFile):
            expected = None  # iter_records names the problem
        if (expected or 0) > INLINE_UP_TO and min(WORKERS, os.cpu_count() or 1) >= 2:
            try:
                import_in_workers(registry, path, on_document=on_document, report=report)
                continue
            except BrokenProcessPool:  # e.g. a caller's unguarded __main__ under spawn
                pass  # the single-process import below writes everything again (upsert: idempotent)
        import_records(
            registry, iter_records(path), on_document=on_document, report=report, expected=expected
        )
    return report


DOCUMENTS_PER_TASK = 250


def import_in_workers(
    registry: Registry,
    path: Path,
    *,
    on_document: Callable[[], None] | None = None,
    report: ImportReport,
) -> None:
    """A large import: this process reads documents and writes rows; worker processes decode the
    documents, read the studies and interpret their criteria (bulk.py). Chunks are written in the
    order they were read, with at most two per worker in flight (bounded memory)."""
    now = import_time()
    tally = ImportReport()  # merged into ``report`` only when the whole path went through

    def write(rows: Rows) -> None:
        tally.read += rows.read
        tally.problems.extend(rows.problems)
        written, skipped = registry.upsert_rows(rows.rows)
        tally.written += written
        tally.skipped_older += skipped
        if rows.fatal:
            raise SourceError(rows.fatal)

    workers = min(WORKERS, os.cpu_count() or 1)
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        pending: deque[Future[Rows]] = deque()
        chunk: list[tuple[str, bytes]] = []
        for document in iter_raw_documents(path):
            chunk.append(document)
            if on_document:
                on_document()
            if len(chunk) >= DOCUMENTS_PER_TASK:
                pending.append(pool.submit(rows_from_documents, chunk, now))
                chunk = []
                while len(pending) > 2 * workers:
                    write(pending.popleft().result())
        if chunk:
            pending.append(pool.submit(rows_from_documents, chunk, now))
        while pending:
            write(pending.popleft().result())
    report.read += tally.read
    report.written += tally.written
    report.skipped_older += tally.skipped_older
    report.problems.extend(tally.problems)


def snapshot_dir() -> Path:
    return Path(str(resources.files("her2nav.trials").joinpath("data", SNAPSHOT_NAME)))


def ensure_snapshot(registry: Registry) -> bool:
    """Install the shipped snapshot into an empty registry (first use); True when it was installed."""
    if registry.get_meta(SNAPSHOT_KEY) is not None or registry.count() > 0:
        return False
    import_paths(registry, [snapshot_dir()])
    registry.set_meta(SNAPSHOT_KEY, SNAPSHOT_NAME)
    return True
