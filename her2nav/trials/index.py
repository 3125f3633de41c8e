"""Columns derived at import from a study's typed requirements, so that a query can skip studies
without reading their criteria.

Two kinds of column, both case-independent and both safe by construction:

- Hard limits (``lines_min``, ``lines_max``, ``ecog_max``): what a *general* (not cohort-specific),
  non-negated criterion demands of the number of prior palliative lines and of ECOG. A case outside
  such a limit has that criterion ``not_met`` whatever else is true, so the study is ineligible for it.
  Cohort-specific criteria are never indexed (another cohort may suit the case).
- ``score_bound``: the highest score (match.py's formula, without the 0.1 treatment-region bonus, which
  depends on the case) the study can reach for any case. Criteria that no case can settle (text not
  interpreted, or only requirements that are always unknown, such as organ function thresholds) are
  unknown for every case, which caps both the verdict (never ``eligible``) and the settled share.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from her2nav.trials.study import RECRUITING_STATUSES

# Requirement types whose evaluation is unknown for every case (evaluate.py: no case field settles them).
ALWAYS_UNKNOWN_TYPES = frozenset({"organ_function", "her2_mutation"})
KNOWN_TYPES = frozenset(
    {
        "her2",
        "her2_mutation",
        "cldn18_2",
        "pdl1_cps",
        "msi_high",
        "prior_therapy",
        "prior_lines",
        "therapy_after",
        "ecog",
        "lvef",
        "age",
        "measurable_disease",
        "disease",
        "condition",
        "organ_function",
    }
)


@dataclass(frozen=True)
class CaseFilter:
    """Case values the SQL pre-filter compares with the hard-limit columns (None: not filtered)."""

    exclude_her2: frozenset[str] = frozenset()
    prior_lines: int | None = None
    ecog: int | None = None


@dataclass(frozen=True)
class StudyIndex:
    score_bound: float
    lines_min: int | None
    lines_max: int | None
    ecog_max: int | None

    def columns(self) -> dict[str, Any]:
        return {
            "score_bound": self.score_bound,
            "lines_min": self.lines_min,
            "lines_max": self.lines_max,
            "ecog_max": self.ecog_max,
        }


def always_unknown(crit: dict[str, Any]) -> bool:
    """True when the criterion is ``unknown`` for every case (match._judge: no requirement can be
    decisive, and at least one — or the missing interpretation — is unknown)."""
    reqs = crit.get("requirements") or []
    return all(r.get("type") in ALWAYS_UNKNOWN_TYPES or r.get("type") not in KNOWN_TYPES for r in reqs)


def criteria_bound(criteria: list[dict[str, Any]]) -> float:
    """Upper bound of match_study's score from the criteria alone (verdict and settled share). The
    shown criteria are the general ones plus one cohort's, so unknowns ≥ the general always-unknown
    count and the number shown ≤ general + the largest cohort."""
    general = [c for c in criteria if not c.get("cohort")]
    cohorts: dict[str, int] = {}
    for c in criteria:
        if c.get("cohort"):
            cohorts[c["cohort"]] = cohorts.get(c["cohort"], 0) + 1
    stuck = sum(always_unknown(c) for c in general)
    shown_max = len(general) + max(cohorts.values(), default=0)
    settled_max = 1 - stuck / shown_max if shown_max else 0.0
    verdict_max = 0.4 if stuck else 0.6
    return verdict_max + 0.2 * settled_max


def score_bound(from_criteria: float, overall_status: str | None) -> float:
    """Upper bound of match_study's score minus the region bonus."""
    return from_criteria + (0.1 if (overall_status or "") in RECRUITING_STATUSES else 0.0)


def _tighter(current: int | None, value: int, pick: Any) -> int:
    return value if current is None else int(pick(current, value))


def hard_limits(criteria: list[dict[str, Any]]) -> tuple[int | None, int | None, int | None]:
    """(lines_min, lines_max, ecog_max) from general, non-negated criteria (see module docstring)."""
    lines_min: int | None = None
    lines_max: int | None = None
    ecog_max: int | None = None
    for crit in criteria:
        if crit.get("cohort"):
            continue
        inclusion = crit["kind"] == "inclusion"
        for req in crit.get("requirements") or []:
            kind, negated = req.get("type"), bool(req.get("negated"))
            if kind == "prior_lines" and not negated:
                low, high = req.get("min"), req.get("max")
                if inclusion:
                    if low is not None:
                        lines_min = _tighter(lines_min, low, max)
                    if high is not None:
                        lines_max = _tighter(lines_max, high, min)
                elif low is not None and high is None:  # "has received ≥ low lines" excludes
                    lines_max = _tighter(lines_max, low - 1, min)
            elif kind == "ecog" and negated != inclusion:
                # inclusion "ECOG ≤ m", or exclusion "not ECOG ≤ m" (i.e. ECOG > m excludes)
                ecog_max = _tighter(ecog_max, int(req["max"]), min)
    return lines_min, lines_max, ecog_max


def index_for(criteria: list[dict[str, Any]], overall_status: str | None) -> StudyIndex:
    lines_min, lines_max, ecog_max = hard_limits(criteria)
    return StudyIndex(score_bound(criteria_bound(criteria), overall_status), lines_min, lines_max, ecog_max)
