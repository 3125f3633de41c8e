"""Trial entries for a case review, shared by the CLI and the API.

A registry that cannot be read must never stop the review of the case itself: callers get the
entries, or None with the reason, which the review shows as a TRIALS_UNAVAILABLE warning.

The review carries each entry as the summary CONTRACT §3 allows (``summary``): decisive criteria only
(``not_met`` first, then ``unknown`` with its action; at most SUMMARY_CRITERIA of them, the number left
out in ``criteria_omitted``), ``criteria_counts`` over the whole list, and the nearest site taking
patients in each treatment region; ``her2nav trials match CASE --json`` keeps every criterion.
"""

from __future__ import annotations

import time
from functools import cache
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from her2nav.case.models import Case
from her2nav.trials.matching.judge import UNPARSED_ACTION
from her2nav.trials.matching.match import match_case
from her2nav.trials.registry.importer import ensure_snapshot
from her2nav.trials.registry.store import Registry, registry_url

# Review size (issue 15: the review JSON of each contract example under 40 KB, trials included): the
# best REVIEW_TRIALS_LIMIT entries (the text view shows as many), each with at most SUMMARY_CRITERIA
# decisive criteria, their texts cut at SUMMARY_TEXT characters (the text view's cut).
REVIEW_TRIALS_LIMIT = 8
SUMMARY_CRITERIA = 3
SUMMARY_TEXT = 160
SUMMARY_SITES = 3  # sites a summary lists when none takes patients in a treatment region
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


def decisive(criteria: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The criteria that decide the verdict or stand in its way, most telling first: every not met,
    then the unknowns a named test or record would settle, then those nobody has interpreted."""
    return sorted(
        (c for c in criteria if c["status"] != "met"),
        key=lambda c: (c["status"] != "not_met", c.get("action") == UNPARSED_ACTION),
    )


def _clipped(crit: dict[str, Any]) -> dict[str, Any]:
    text = crit["text"]
    return {**crit, "text": text if len(text) <= SUMMARY_TEXT else text[: SUMMARY_TEXT - 1].rstrip() + "…"}


def summary(entry: dict[str, Any]) -> dict[str, Any]:
    """A match entry as the review carries it (module docstring). Dropped from the full entry:
    ``counts`` (the same as ``criteria_counts``) and ``nearest_sites`` (``sites`` holds them, each with
    its ``region``)."""
    out = {k: v for k, v in entry.items() if k not in ("counts", "nearest_sites")}
    found = decisive(entry["criteria"])
    out["criteria"] = [_clipped(c) for c in found[:SUMMARY_CRITERIA]]
    out["criteria_shown"] = "decisive"
    out["criteria_omitted"] = len(found) - len(out["criteria"])
    out["sites"] = entry["nearest_sites"] or entry["sites"][:SUMMARY_SITES]
    if "other_cohorts" in entry:
        out["other_cohorts"] = [
            {
                "cohort": other["cohort"],
                "verdict": other["verdict"],
                "criteria_counts": _counts(other["criteria"]),
            }
            for other in entry["other_cohorts"]
        ]
    return out


def _counts(criteria: list[dict[str, Any]]) -> dict[str, int]:
    return {s: sum(c["status"] == s for c in criteria) for s in ("met", "not_met", "unknown")}


def review_trials(case: Case) -> tuple[list[dict[str, Any]] | None, str | None]:
    """Eligible and possibly eligible trials for ``case``, best first, as summaries; or (None, why
    not)."""
    try:
        registry = installed_registry()
        entries = match_case(case, registry, include_ineligible=False, limit=REVIEW_TRIALS_LIMIT)
        return [summary(e) for e in entries], None
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
