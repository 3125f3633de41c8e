"""Registry documents → registry rows, in a worker process (a large import's hot loop).

For a large import the main process only reads documents (raw bytes) and writes rows; decoding the
JSON, reading each study and interpreting its criteria happen here, in import's worker processes. No
database imports, so that a worker starts quickly. The main process names problems exactly as the
single-process import does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from her2nav.trials.registry.parsing import row_for
from her2nav.trials.registry.sources import SourceError, load_document, records_in_json
from her2nav.trials.registry.study import StudyError, study_from_record


@dataclass
class Rows:
    """What a chunk of documents gave: rows to upsert (in document order), how many records were
    read, records that are not studies (named), and a document that cannot be read at all (``fatal``:
    the import stops there, as the single-process import does)."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    read: int = 0
    problems: list[str] = field(default_factory=list)
    fatal: str | None = None


def rows_from_documents(documents: list[tuple[str, bytes]], now: dt.datetime) -> Rows:
    out = Rows()
    for where, raw in documents:
        try:
            records = list(records_in_json(load_document(raw, where), where))
        except SourceError as err:
            out.fatal = str(err)
            return out
        for record_where, record in records:
            out.read += 1
            try:
                out.rows.append(row_for(study_from_record(record), now))
            except StudyError as err:
                out.problems.append(f"{record_where}: {err}")
    return out
