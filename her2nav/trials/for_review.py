"""Trial entries for a case review, shared by the CLI and the API.

A registry that cannot be read must never stop the review of the case itself: callers get the
entries, or None with the reason, which the review shows as a TRIALS_UNAVAILABLE warning.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from her2nav.case.models import Case
from her2nav.trials.importer import ensure_snapshot
from her2nav.trials.match import match_case
from her2nav.trials.registry import Registry, registry_url

REVIEW_TRIALS_LIMIT = 20
UNAVAILABLE = "TRIALS_UNAVAILABLE"


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
    """The installed registry's fingerprint, or (None, why it cannot be read)."""
    try:
        return installed_registry().fingerprint(), None
    except (SQLAlchemyError, OSError) as err:
        _registry.cache_clear()
        return None, _reason(err)


def unavailable_warning(reason: str) -> dict[str, str]:
    return {"code": UNAVAILABLE, "message": reason}
