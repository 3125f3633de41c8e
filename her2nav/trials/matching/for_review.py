"""Trial entries for a case review, shared by the CLI and the API.

A registry that cannot be read must never stop the review of the case itself: callers get the
entries, or None with the reason, which the review shows as a TRIALS_UNAVAILABLE warning.
"""

from __future__ import annotations

import time
from functools import cache
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from her2nav.case.models import Case
from her2nav.trials.matching.match import match_case
from her2nav.trials.registry.importer import ensure_snapshot
from her2nav.trials.registry.store import Registry, registry_url

REVIEW_TRIALS_LIMIT = 20
# How long a read fingerprint is trusted: a re-import shows in the API's reviews within this time,
# and a busy server asks the registry at most once per interval instead of on every review.
FINGERPRINT_MAX_AGE = 2.0
_fingerprints: dict[str, tuple[float, str]] = {}


@cache
def _registry(url: str) -> Registry:
    registry = Registry(url)
    ensure_snapshot(registry)
    return registry


def installed_registry() -> Registry:
    """The registry named by HER2NAV_REGISTRY_URL (shipped snapshot installed on first use), one per URL."""
    return _registry(registry_url())


def _reason(err: Exception) -> str:
    text = str(err).splitlines()[0] if str(err) else type(err).__name__
    return f"The trial registry could not be read ({text}); trials were not matched."


def review_trials(case: Case) -> tuple[list[dict[str, Any]] | None, str | None]:
    """Eligible and possibly eligible trials for ``case``, best first, or (None, why not)."""
    try:
        registry = installed_registry()
        return match_case(case, registry, include_ineligible=False, limit=REVIEW_TRIALS_LIMIT), None
    except (SQLAlchemyError, OSError) as err:
        _registry.cache_clear()
        return None, _reason(err)


def registry_state() -> tuple[str | None, str | None]:
    """The installed registry's fingerprint (at most FINGERPRINT_MAX_AGE seconds old), or (None, why
    it cannot be read)."""
    url = registry_url()
    now = time.monotonic()
    seen = _fingerprints.get(url)
    if seen is not None and now - seen[0] < FINGERPRINT_MAX_AGE:
        return seen[1], None
    try:
        fingerprint = _registry(url).fingerprint()
    except (SQLAlchemyError, OSError) as err:
        _registry.cache_clear()
        _fingerprints.pop(url, None)
        return None, _reason(err)
    _fingerprints[url] = (now, fingerprint)
    return fingerprint, None
