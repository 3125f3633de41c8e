"""Trial entries for a case review, shared by the CLI and the API.

A registry that cannot be read must never stop the review of the case itself: callers get the
entries, or None with the reason, which the review shows as a TRIALS_UNAVAILABLE warning.

The review carries each entry as the summary CONTRACT §3 allows (``summary``): the criteria that decide
the verdict (``deciding``: every ``not_met``, then one ``unknown`` per step that settles it, with its
action; texts cut short), ``criteria_omitted`` (the criteria not met or unknown left out) and
``criteria_uninterpreted`` (unknowns nobody has interpreted, among them), ``criteria_counts`` over the
whole list, and the nearest site taking patients in each treatment region. ``her2nav trials match CASE
--json`` and ``review_entries`` keep every criterion.
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

# Review size (issue 15: the review JSON of each contract example under 40 KB, trials included; see
# tests/test_review_size.py): the best REVIEW_TRIALS_LIMIT entries, each with at most SUMMARY_CRITERIA
# deciding criteria (``deciding``), their texts cut at SUMMARY_TEXT characters. At 8 trials with 3
# criteria of 160 characters, e02 (HER2 pending: nine options, each with access in five regions) was
# 47 KB; `her2nav trials match CASE` lists every trial, `her2nav review CASE --criteria` every criterion.
REVIEW_TRIALS_LIMIT = 5
SUMMARY_CRITERIA = 2
SUMMARY_TEXT = 100
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


def deciding(criteria: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What the summary lists: every criterion not met (each one makes the verdict ineligible), then one
    unknown per step that would settle it (a blood count settles every laboratory criterion), at most
    SUMMARY_CRITERIA in all. Unknowns nobody has interpreted are left to the counts: each says only
    "ask the study team"."""
    found = decisive(criteria)
    listed = [c for c in found if c["status"] == "not_met"]
    steps = {c.get("action") for c in listed}
    for c in found:
        if len(listed) >= SUMMARY_CRITERIA:
            break
        if c["status"] == "unknown" and c.get("action") != UNPARSED_ACTION and c.get("action") not in steps:
            steps.add(c.get("action"))
            listed.append(c)
    return listed


def _clipped(crit: dict[str, Any]) -> dict[str, Any]:
    text = crit["text"]
    return {**crit, "text": text if len(text) <= SUMMARY_TEXT else text[: SUMMARY_TEXT - 1].rstrip() + "…"}


def summary(entry: dict[str, Any]) -> dict[str, Any]:
    """A match entry as the review carries it (module docstring). Dropped from the full entry:
    ``counts`` (the same as ``criteria_counts``) and ``nearest_sites`` (``sites`` holds them, each with
    its ``region``)."""
    out = {k: v for k, v in entry.items() if k not in ("counts", "nearest_sites")}
    found = decisive(entry["criteria"])
    out["criteria"] = [_clipped(c) for c in deciding(entry["criteria"])]
    out["criteria_shown"] = "decisive"
    out["criteria_omitted"] = len(found) - len(out["criteria"])
    out["criteria_uninterpreted"] = sum(c.get("action") == UNPARSED_ACTION for c in found)
    out["sites"] = entry["nearest_sites"] or entry["sites"][:SUMMARY_SITES]
    if "other_cohorts" in entry:
        # The summary names the other cohorts the patient might still join; cohorts that exclude the
        # patient are only counted (`her2nav trials match --json` keeps them all, with criteria).
        open_cohorts = [other for other in entry["other_cohorts"] if other["verdict"] != "ineligible"]
        out["other_cohorts"] = [
            {
                "cohort": other["cohort"],
                "verdict": other["verdict"],
                "criteria_counts": _counts(other["criteria"]),
            }
            for other in open_cohorts
        ]
        out["other_cohorts_ineligible"] = len(entry["other_cohorts"]) - len(open_cohorts)
    return out


def _counts(criteria: list[dict[str, Any]]) -> dict[str, int]:
    return {s: sum(c["status"] == s for c in criteria) for s in ("met", "not_met", "unknown")}


def review_entries(case: Case) -> tuple[list[dict[str, Any]] | None, str | None]:
    """The full match entries (every criterion) of the trials the review lists, best first; or (None,
    why not). ``her2nav review CASE --criteria`` shows their criteria beside the review's summaries."""
    try:
        registry = installed_registry()
        return match_case(case, registry, include_ineligible=False, limit=REVIEW_TRIALS_LIMIT), None
    except (SQLAlchemyError, OSError) as err:
        _registry.cache_clear()
        return None, _reason(err)


def review_trials(case: Case) -> tuple[list[dict[str, Any]] | None, str | None]:
    """Eligible and possibly eligible trials for ``case``, best first, as summaries; or (None, why
    not)."""
    entries, problem = review_entries(case)
    return (None, problem) if entries is None else ([summary(e) for e in entries], None)


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
