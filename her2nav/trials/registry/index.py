"""Columns derived at import from a study's typed requirements, so that a query can skip studies
without reading their criteria.

Two kinds of column, both case-independent and both safe by construction:

- Hard limits (``lines_min``, ``lines_max``, ``ecog_max``): what a *general* (not cohort-specific),
  non-negated criterion demands of the number of prior palliative lines and of ECOG. A case outside
  such a limit has that criterion ``not_met`` whatever else is true, so the study is ineligible for it.
  Cohort-specific criteria are never indexed (another cohort may suit the case).
- ``score_bound``: the highest score (match.py's formula, without the treatment-region bonus, which
  depends on the case) the study can reach for any case. Criteria that no case can settle (text not
  interpreted, or only requirements that are always unknown, such as organ function thresholds) are
  unknown for every case, which caps both the verdict (never ``eligible``) and the settled share.
- ``bound_milli`` and ``unknowns_min``: the bound in thousandths (rounded half up, as scores are
  rounded), and the fewest unknown criteria the entry can show. Walked in the order of match.py's
  ranking (score down, unknowns up, NCT id up), they give the best place a study not yet read could
  take, so ties at the cut are settled without reading every study that shares the last place's score.
- ``rank_profile`` (reach.py): what tightens that best place for one case before its criteria are read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from her2nav.trials.criteria.cohorts import is_tumour_cohort
from her2nav.trials.criteria.rule_text import ALWAYS_MET_TYPES, ALWAYS_UNKNOWN_TYPES, REQUIREMENT_TYPES
from her2nav.trials.registry.study import RECRUITING_STATUSES

# The score of a trial entry (CONTRACT §3; matching/match.py's docstring), defined once: the entry's
# own score and every bound on it (index columns, rank profiles, the shortlist) use these weights.
# They rank in tiers: what the patient can reach (a site taking patients in a treatment region) before
# what they cannot; within each, eligible before possibly eligible; then recruiting, then the share of
# criteria settled; ineligible entries after all others. Each tier's weight exceeds the most the lower
# ones can add: REGION 0.45 > eligible 0.3 + settled 0.1 + recruiting 0.1; an eligible entry has every
# criterion settled (at least 0.3 + 0.1), a possibly eligible one some unknown (below 0.1 + 0.1 + 0.1);
# an ineligible entry scores at most 0.1 × 0.65, below the 0.1 of any other. A study without criteria
# is at best possibly eligible (nothing says the patient qualifies).
VERDICT_WEIGHT = {"eligible": 0.3, "possibly_eligible": 0.1, "ineligible": 0.0}
SETTLED_WEIGHT = 0.1  # times the share of shown criteria that are settled (met or not met)
RECRUITING_BONUS = 0.1
REGION_BONUS = 0.45  # a site taking patients in one of the patient's treatment regions
INELIGIBLE_FACTOR = 0.1  # ineligible entries always rank last
# What the stored bounds depend on (registry_meta): a registry computed with other weights is
# re-indexed when opened.
# "tumour cohorts shown": a study shows every tumour cohort's criteria (judge.CohortView, issue 15);
# "rank profile 3": the format of reach.py's rank profiles.
WEIGHTS = (
    repr((sorted(VERDICT_WEIGHT.items()), SETTLED_WEIGHT, RECRUITING_BONUS, REGION_BONUS, INELIGIBLE_FACTOR))
    + " tumour cohorts shown; rank profile 3"
)


def raw_score(verdict: str, settled: float, recruiting: bool, in_region: bool) -> float:
    """The entry score before rounding (``settled``: share of shown criteria settled, 0-1)."""
    recruiting_bonus = RECRUITING_BONUS if recruiting else 0.0
    region_bonus = REGION_BONUS if in_region else 0.0
    score = VERDICT_WEIGHT[verdict]
    score += SETTLED_WEIGHT * settled + recruiting_bonus + region_bonus  # summed in this order
    return score * INELIGIBLE_FACTOR if verdict == "ineligible" else score


# Requirement types some case can settle (the others are unknown for every case).
DECIDABLE_TYPES = REQUIREMENT_TYPES - ALWAYS_UNKNOWN_TYPES


@dataclass(frozen=True)
class CaseFilter:
    """Case values the SQL pre-filter compares with the hard-limit columns (None: not filtered)."""

    exclude_her2: frozenset[str] = frozenset()
    prior_lines: int | None = None
    ecog: int | None = None

    def excludes(self, her2: str, lines_min: int | None, lines_max: int | None, ecog_max: int | None) -> bool:
        """The SQL pre-filter's test, on one study's columns: True when the case certainly fails it."""
        n = self.prior_lines
        return (
            her2 in self.exclude_her2
            or (n is not None and lines_min is not None and lines_min > n)
            or (n is not None and lines_max is not None and lines_max < n)
            or (self.ecog is not None and ecog_max is not None and ecog_max < self.ecog)
        )


@dataclass(frozen=True)
class StudyIndex:
    score_bound: float
    lines_min: int | None
    lines_max: int | None
    ecog_max: int | None
    unknowns_min: int = 0
    rank_profile: str | None = None

    def columns(self) -> dict[str, Any]:
        return {
            "score_bound": self.score_bound,
            "bound_milli": bound_milli(self.score_bound),
            "unknowns_min": self.unknowns_min,
            "rank_profile": self.rank_profile,
            "lines_min": self.lines_min,
            "lines_max": self.lines_max,
            "ecog_max": self.ecog_max,
        }


def always_unknown(crit: dict[str, Any]) -> bool:
    """True when the criterion is ``unknown`` for every case (match._judge: no requirement can be
    decisive, and at least one — or the missing interpretation — is unknown)."""
    return all(r.get("type") not in DECIDABLE_TYPES for r in crit.get("requirements") or ())


def always_met(crit: dict[str, Any]) -> bool:
    """True when the criterion is ``met`` for every case (its requirements all say it does not apply)."""
    reqs = crit.get("requirements") or ()
    return bool(reqs) and all(r.get("type") in ALWAYS_MET_TYPES for r in reqs)


def cohorts_only_restrict(criteria: list[dict[str, Any]]) -> bool:
    """Whether criteria name cohorts by exclusions only ("prior HER2 therapy (Cohort 1 only)"): such
    cohorts restrict their own patients and do not define who takes part, so the patient may be in a
    cohort the text never names (the gastric one of a pan-tumour study). match.py then shows the general
    criteria with the cohort clauses met as not applying (CONTRACT §3), unless one would exclude the
    patient (judge._not_for_this_patient)."""
    named = [crit for crit in criteria if crit.get("cohort")]
    return bool(named) and all(crit["kind"] == "exclusion" for crit in named)


def shown_count(criteria: list[dict[str, Any]], best: str) -> int:
    """How many criteria match.py shows when it follows cohort ``best``: the general ones, the
    cohort's and every tumour cohort's (judge.CohortView)."""
    return sum(
        1 for c in criteria if not c.get("cohort") or c["cohort"] == best or is_tumour_cohort(c["cohort"])
    )


def _shown_options(criteria: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(criteria shown, of which always unknown at least) for each way match.py can show a study's
    criteria: the general ones, one cohort's and every tumour cohort's (judge.CohortView; another
    tumour cohort's may be unknown too, which only lowers the score), or the general ones alone when no
    criterion names a cohort (with the cohort clauses, never unknown, when cohorts_only_restrict)."""
    general_n = general_stuck = 0
    cohorts: dict[str, list[int]] = {}
    for crit in criteria:
        stuck = int(always_unknown(crit))
        if crit.get("cohort"):
            slot = cohorts.setdefault(crit["cohort"], [0, 0])
            slot[0] += 1
            slot[1] += stuck
        else:
            general_n += 1
            general_stuck += stuck
    if not cohorts or cohorts_only_restrict(criteria):
        return [(len(criteria), general_stuck)]
    return [(shown_count(criteria, name), general_stuck + stuck) for name, (_, stuck) in cohorts.items()]


def option_bound(shown: int, stuck: int) -> float:
    settled_max = 1 - stuck / shown if shown else 0.0
    verdict = "possibly_eligible" if stuck or not shown else "eligible"
    return VERDICT_WEIGHT[verdict] + SETTLED_WEIGHT * settled_max


def criteria_bound(criteria: list[dict[str, Any]]) -> float:
    """Upper bound of match_study's score from the criteria alone (verdict and settled share): the best
    over the cohorts the entry may show, each with its own always-unknown criteria (an always-unknown
    criterion caps the verdict at possibly eligible and lowers the settled share)."""
    return bound_and_unknowns(criteria)[0]


def unknowns_min(criteria: list[dict[str, Any]]) -> int:
    """Lower bound of the entry's unknown count for any case: the always-unknown criteria of the
    general part plus those of the cohort with the fewest."""
    return bound_and_unknowns(criteria)[1]


def bound_and_unknowns(criteria: list[dict[str, Any]]) -> tuple[float, int]:
    """``criteria_bound`` and ``unknowns_min`` from one pass over the criteria (import computes both)."""
    options = _shown_options(criteria)
    return max(option_bound(shown, stuck) for shown, stuck in options), min(stuck for _, stuck in options)


def bound_milli(bound: float) -> int:
    """A score bound in thousandths, rounded half up: never below the score it bounds once that is
    rounded to 3 decimals (rounding keeps order). The 1e-6 covers float noise between the two sums."""
    return math.floor(bound * 1000 + 0.5 + 1e-6)


def score_bound(from_criteria: float, overall_status: str | None) -> float:
    """Upper bound of match_study's score minus the region bonus."""
    return from_criteria + (RECRUITING_BONUS if (overall_status or "") in RECRUITING_STATUSES else 0.0)


def _tighter(current: int | None, value: int, pick: Any) -> int:
    return value if current is None else int(pick(current, value))


# A prior-lines requirement with the study's own counting rule for (neo)adjuvant therapy is judged per
# case (matching/evaluate_history.py), never by the index's line bounds.
_STUDY_OWN_COUNT = frozenset({"perioperative_counts_with", "perioperative_allowed_days"})


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
            if kind == "prior_lines" and not negated and not _STUDY_OWN_COUNT.intersection(req):
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
