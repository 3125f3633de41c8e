"""ClinicalTrials.gov API v2 client: pages through ``/studies`` with ``pageToken`` and upserts.

Polite by default: one request at a time, a pause between pages, retries with exponential back-off
on connection errors, 429 and 5xx (honouring ``Retry-After``). Tested against a local server that
replays recorded pages; nothing here reaches the network unless the caller points it there.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from her2nav.trials.importer import ImportReport, import_records
from her2nav.trials.registry import Registry
from her2nav.trials.sources import SourceError, records_in_json

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class SyncError(RuntimeError):
    """The API could not be read; the message says which page and why."""


@dataclass
class SyncReport(ImportReport):
    pages: int = 0


def _get_page(
    client: httpx.Client,
    url: str,
    params: dict[str, Any],
    retries: int,
    backoff: float,
    sleep: Callable[[float], None],
) -> Any:
    for attempt in range(retries + 1):
        try:
            response = client.get(url, params=params)
        except httpx.TransportError as err:
            if attempt == retries:
                raise SyncError(f"{url}: {err.__class__.__name__}: {err}") from None
            sleep(backoff * 2**attempt)
            continue
        if response.status_code in RETRY_STATUSES and attempt < retries:
            after = response.headers.get("Retry-After", "")
            sleep(float(after) if after.isdigit() else backoff * 2**attempt)
            continue
        if response.status_code != 200:
            raise SyncError(f"{url}: HTTP {response.status_code}")
        try:
            return response.json()
        except ValueError:
            raise SyncError(f"{url}: the answer is not JSON") from None
    raise SyncError(f"{url}: no answer after {retries + 1} attempts")


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
) -> SyncReport:
    report = SyncReport()
    url = base_url.rstrip("/") + "/studies"
    params: dict[str, Any] = {"query.term": query, "pageSize": page_size, "format": "json"}
    with httpx.Client(timeout=30.0, transport=transport, headers={"User-Agent": "her2nav-sync"}) as client:
        while True:
            page = _get_page(client, url, params, retries, backoff, sleep)
            report.pages += 1
            try:
                records = list(records_in_json(page, f"page {report.pages}"))
            except SourceError as err:
                raise SyncError(str(err)) from None
            import_records(registry, records, report=report)
            token = page.get("nextPageToken") if isinstance(page, dict) else None
            if not token or (max_pages is not None and report.pages >= max_pages):
                return report
            params["pageToken"] = token
            sleep(pause)
