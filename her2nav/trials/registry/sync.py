"""ClinicalTrials.gov API v2 client: pages through ``/studies`` with ``pageToken``, then upserts.

All or nothing: every page is fetched and staged on disk first (one JSON file per page, so memory stays
bounded); the registry is written only once the last page has arrived. A page that cannot be read
leaves the installed registry as it was.

Polite by default: one request at a time, a pause between pages, retries (tenacity) with exponential
back-off on transport errors, 429 and 5xx, honouring a numeric ``Retry-After``. ``sync`` prints
nothing; callers follow it through ``on_page`` / ``on_retry`` / ``on_document``. Tested against a
local server; nothing here reaches the network unless the caller points it there.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from tenacity import (
    RetryCallState,
    RetryError,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

from her2nav.trials.registry.importer import ImportReport, import_records
from her2nav.trials.registry.sources import SourceError, load_document, records_in_json
from her2nav.trials.registry.store import Registry

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_WAIT = 120.0  # seconds: the longest single pause, whether back-off or a server's Retry-After


class SyncError(RuntimeError):
    """The API could not be read; the message says where, which page and why. Nothing was imported."""


class _Busy(Exception):
    """A status worth retrying (429, 5xx); carries the server's Retry-After in seconds, if numeric."""

    def __init__(self, status: int, retry_after: float | None) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.retry_after = retry_after


@dataclass
class SyncReport(ImportReport):
    pages: int = 0
    fetched: int = 0  # studies in the pages fetched (before import)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After", "").strip()
    return float(value) if value.isdigit() else None


def _waiter(backoff: float) -> Callable[[RetryCallState], float]:
    exponential = wait_exponential(multiplier=backoff, exp_base=2, min=0, max=MAX_WAIT)

    def wait(state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, _Busy) and error.retry_after is not None:
            return min(error.retry_after, MAX_WAIT)
        return exponential(state)

    return wait


def _describe(error: BaseException | None) -> str:
    if isinstance(error, _Busy):
        return str(error)
    return error.__class__.__name__ if error else "no answer"


@dataclass
class _Fetcher:
    client: httpx.Client
    base_url: str
    retries: int
    backoff: float
    sleep: Callable[[float], None]
    on_retry: Callable[[str], None] | None

    def _once(self, url: str, params: dict[str, Any], page: int) -> bytes:
        response = self.client.get(url, params=params)
        if response.status_code in RETRY_STATUSES:
            raise _Busy(response.status_code, _retry_after(response))
        if response.status_code != 200:
            status = response.status_code
            raise SyncError(f"registry at {self.base_url} answered HTTP {status} on page {page}")
        return response.content

    def _before_sleep(self, state: RetryCallState) -> None:
        if self.on_retry is None:
            return
        error = state.outcome.exception() if state.outcome else None
        wait = state.next_action.sleep if state.next_action else 0.0
        attempt = state.attempt_number + 1
        self.on_retry(f"{_describe(error)}, try {attempt} of {self.retries + 1} in {wait:g} s")

    def get(self, url: str, params: dict[str, Any], page: int) -> bytes:
        attempts = self.retries + 1
        retrying = Retrying(
            stop=stop_after_attempt(attempts),
            wait=_waiter(self.backoff),
            retry=retry_if_exception_type((httpx.TransportError, _Busy)),
            sleep=self.sleep,
            before_sleep=self._before_sleep,
        )
        try:
            return retrying(self._once, url, params, page)
        except RetryError as gave_up:
            error = gave_up.last_attempt.exception()
        after = f"after {attempts} attempt{'s' if attempts > 1 else ''}"
        if isinstance(error, _Busy):
            raise SyncError(f"registry at {self.base_url} answered {error} on page {page} {after}")
        raise SyncError(f"registry unreachable at {self.base_url} ({_describe(error)} {after})")


def _stage_pages(
    fetcher: _Fetcher,
    folder: Path,
    params: dict[str, Any],
    report: SyncReport,
    max_pages: int | None,
    pause: float,
    on_page: Callable[[int, int], None] | None,
) -> list[Path]:
    url = fetcher.base_url.rstrip("/") + "/studies"
    staged: list[Path] = []
    while True:
        number = len(staged) + 1
        raw = fetcher.get(url, params, number)
        try:
            page = json.loads(raw)
            studies = sum(1 for _ in records_in_json(page, f"page {number}"))
        except ValueError:
            raise SyncError(f"registry at {fetcher.base_url} sent page {number} that is not JSON") from None
        except SourceError as err:
            raise SyncError(f"registry at {fetcher.base_url}: {err}") from None
        path = folder / f"page-{number:05d}.json"
        path.write_bytes(raw)
        staged.append(path)
        report.pages, report.fetched = number, report.fetched + studies
        if on_page:
            on_page(report.pages, report.fetched)
        token = page.get("nextPageToken") if isinstance(page, dict) else None
        if not token or (max_pages is not None and number >= max_pages):
            return staged
        params["pageToken"] = token
        fetcher.sleep(pause)


def _staged_records(pages: list[Path]) -> Iterator[tuple[str, Any]]:
    for number, path in enumerate(pages, start=1):
        yield from records_in_json(load_document(path.read_bytes(), f"page {number}"), f"page {number}")


def sync(
    registry: Registry,
    *,
    query: str,
    base_url: str,
    page_size: int = 100,
    max_pages: int | None = None,
    pause: float = 0.5,
    retries: int = 4,
    backoff: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
    transport: httpx.BaseTransport | None = None,
    on_page: Callable[[int, int], None] | None = None,
    on_retry: Callable[[str], None] | None = None,
    on_document: Callable[[], None] | None = None,
) -> SyncReport:
    """Fetch every page for ``query``, then upsert the studies. Raises SyncError (registry untouched) when
    a page cannot be read after ``retries`` retries. ``backoff=0`` retries without waiting (tests).
    ``on_page(pages, studies)`` after each page; ``on_retry(message)`` before each wait;
    ``on_document()`` for each record imported."""
    report = SyncReport()
    params: dict[str, Any] = {"query.term": query, "pageSize": page_size, "format": "json"}
    headers = {"User-Agent": "her2nav-sync"}
    with (
        httpx.Client(timeout=30.0, transport=transport, headers=headers) as client,
        tempfile.TemporaryDirectory(prefix="her2nav-sync-") as folder,
    ):
        fetcher = _Fetcher(client, base_url, retries, backoff, sleep, on_retry)
        pages = _stage_pages(fetcher, Path(folder), params, report, max_pages, pause, on_page)
        import_records(
            registry, _staged_records(pages), report=report, expected=report.fetched, on_document=on_document
        )
    return report
