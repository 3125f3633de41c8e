"""Criterion-level matching of one case against the registry (CONTRACT §3).

Verdict: ``ineligible`` when at least one criterion is ``not_met``; ``eligible`` when every criterion
is ``met``; otherwise ``possibly_eligible``. Criteria written for one cohort (sub-study, part, arm) are
judged per cohort: the entry shows the general criteria plus those of the cohort that suits the case
best; the other cohorts' criteria are listed under ``other_cohorts`` with their own statuses.

Score (0–1, higher first): verdict (eligible 0.6, possibly eligible 0.4, ineligible 0), plus 0.2 × the
share of criteria already settled, plus 0.1 when recruiting, plus 0.1 when a site is in one of the
patient's treatment regions. Ineligible entries are halved so they always rank last.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from her2nav.case.models import Case
from her2nav.trials.evaluate import Finding, evaluate
from her2nav.trials.index import CaseFilter
from her2nav.trials.patient import PatientFacts, facts_for
from her2nav.trials.study import RECRUITING_STATUSES

if TYPE_CHECKING:
    from her2nav.trials.registry import Registry, StoredStudy

UNPARSED_ACTION = "ask the study team (the criterion was not interpreted automatically)"
MAX_SITES_SHOWN = 25


@cache
def region_countries() -> dict[str, frozenset[str]]:
    """Region code → country names, from knowledge/data/regions.yaml."""
    text = resources.files("her2nav.knowledge").joinpath("data", "regions.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    return {code: frozenset(entry["countries"]) for code, entry in raw["regions"].items()}


def countries_for(regions: Iterable[str]) -> frozenset[str]:
    table = region_countries()
    return frozenset(c for r in regions for c in table.get(r, ()))


Judgement = tuple[str, str, str | None]


def judge_criterion(
    crit: dict[str, Any], facts: PatientFacts, memo: dict[tuple[str, str], Judgement] | None = None
) -> dict[str, Any]:
    """Status, reason and action of one criterion for one case. Requirements are a pure function of
    (kind, text), so within one case the judgement of a repeated criterion is reused from ``memo``."""
    kind = crit["kind"]
    out: dict[str, Any] = {"text": crit["text"], "kind": kind}
    if crit.get("cohort"):
        out["cohort"] = crit["cohort"]
    key = (kind, crit["text"])
    if memo is not None and key in memo:
        status, reason, action = memo[key]
    else:
        status, reason, action = _judge(kind, crit.get("requirements") or [], facts)
        if memo is not None:
            memo[key] = (status, reason, action)
    out.update(status=status, reason=reason, action=action)
    return out


def _judge(kind: str, reqs: list[dict[str, Any]], facts: PatientFacts) -> Judgement:
    if not reqs:
        return "unknown", "not interpreted automatically; read the original text", UNPARSED_ACTION
    findings = [evaluate(r, facts, kind) for r in reqs]
    hit = kind != "inclusion"
    decisive = [f for f in findings if f.value is hit]
    unknown = [f for f in findings if f.value is None]
    if decisive:
        lead = "" if kind == "inclusion" else "excluded: "
        return "not_met", lead + "; ".join(f.reason for f in decisive), None
    if unknown:
        return "unknown", "; ".join(f.reason for f in unknown), _action(unknown)
    return "met", "; ".join(f.reason for f in findings), None


def _action(unknown: list[Finding]) -> str:
    actions: list[str] = []
    for f in unknown:
        if f.action and f.action not in actions:
            actions.append(f.action)
    return "; ".join(actions) or UNPARSED_ACTION


def verdict_of(criteria: list[dict[str, Any]]) -> str:
    statuses = {c["status"] for c in criteria}
    if "not_met" in statuses:
        return "ineligible"
    if statuses <= {"met"}:
        return "eligible"
    return "possibly_eligible"


def _split_cohorts(
    judged: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str | None]:
    general = [c for c in judged if not c.get("cohort")]
    cohorts: dict[str, list[dict[str, Any]]] = {}
    for c in judged:
        if c.get("cohort"):
            cohorts.setdefault(c["cohort"], []).append(c)
    if not cohorts:
        return general, [], None

    def rank(item: tuple[str, list[dict[str, Any]]]) -> tuple[int, int]:
        crits = item[1]
        return (sum(c["status"] == "not_met" for c in crits), sum(c["status"] == "unknown" for c in crits))

    best_name, best = min(cohorts.items(), key=rank)
    others = [
        {"cohort": name, "verdict": verdict_of(crits), "criteria": crits}
        for name, crits in cohorts.items()
        if name != best_name
    ]
    return general + best, others, best_name


@dataclass(frozen=True)
class MatchContext:
    facts: PatientFacts
    countries: frozenset[str]
    memo: dict[tuple[str, str], Judgement] = field(default_factory=dict)


# HER2 index values (registry.her2_requirement) that a general inclusion criterion sets and that a
# case of the given HER2 category certainly fails: such studies are ineligible before any evaluation.
HER2_CONFLICTS: dict[str, frozenset[str]] = {
    "positive": frozenset({"negative", "low", "ihc_1_or_2", "ultralow"}),
    "low": frozenset({"positive"}),
    "zero": frozenset({"positive", "low", "ihc_1_plus_or_more", "ihc_2_3", "ihc_1_or_2"}),
}


def match_study(study: StoredStudy, ctx: MatchContext) -> dict[str, Any]:
    judged = [judge_criterion(c, ctx.facts, ctx.memo) for c in study.criteria]
    criteria, others, cohort = _split_cohorts(judged)
    verdict = verdict_of(criteria)
    unknowns = sum(c["status"] == "unknown" for c in criteria)
    settled = 1 - unknowns / len(criteria) if criteria else 0.0
    recruiting = (study.overall_status or "") in RECRUITING_STATUSES
    in_region = bool(ctx.countries & set(study.countries))
    score = {"eligible": 0.6, "possibly_eligible": 0.4, "ineligible": 0.0}[verdict]
    score += 0.2 * settled + (0.1 if recruiting else 0.0) + (0.1 if in_region else 0.0)
    if verdict == "ineligible":
        score /= 2
    sites = sorted(study.sites, key=lambda s: (s.get("country") not in ctx.countries, s.get("country") or ""))
    entry: dict[str, Any] = {
        "nct_id": study.nct_id,
        "title": study.title,
        "overall_status": study.overall_status,
        "phases": study.phases,
        "verdict": verdict,
        "score": round(score, 3),
        "criteria": criteria,
        "sites": sites[:MAX_SITES_SHOWN],
        "sites_total": len(study.sites),
        "last_update": study.last_update,
        "in_treatment_region": in_region,
        "counts": {s: sum(c["status"] == s for c in criteria) for s in ("met", "not_met", "unknown")},
        "source": "ClinicalTrials.gov (public domain, U.S. National Library of Medicine)",
    }
    if cohort:
        entry["cohort"] = cohort
        entry["other_cohorts"] = others
    if not criteria:
        entry["note"] = "the record carries no eligibility criteria"
    if study.overall_status is None:
        entry["status_note"] = "the record does not state a recruitment status; check the registry"
    elif not recruiting:
        entry["status_note"] = f"not recruiting ({study.overall_status})"
    return entry


REGION_BONUS = 0.1
# A stored bound is compared with rounded scores: a score rounds up by at most 0.0005.
ROUNDING_SLACK = 0.0005 + 1e-9
LOAD_BATCH = 64


def case_filter(ctx: MatchContext, include_ineligible: bool) -> CaseFilter:
    """What the SQL pre-filter may drop for this case: studies certainly ineligible by an indexed HER2
    requirement, prior-line limit or ECOG limit (index.py). Nothing when ineligible entries are wanted."""
    if include_ineligible:
        return CaseFilter()
    return CaseFilter(
        exclude_her2=HER2_CONFLICTS.get(ctx.facts.her2.category, frozenset()),
        prior_lines=ctx.facts.prior_lines,
        ecog=ctx.facts.case.patient.ecog,
    )


def _sort_key(entry: dict[str, Any]) -> tuple[float, int, str]:
    return (-entry["score"], entry["counts"]["unknown"], entry["nct_id"])


def _by_bound(
    registry: Registry, filters: CaseFilter, countries: frozenset[str]
) -> Iterator[tuple[str, float]]:
    """Candidates with their full score bound (stored bound + the region bonus the study can earn
    for this case), highest first: the studies with a site in the case's countries and the others
    are read as two ordered lanes and merged."""
    near = ((n, b + REGION_BONUS) for n, b in registry.ranked(filters, countries, in_countries=True))
    far = registry.ranked(filters, countries, in_countries=False)
    return heapq.merge(near, far, key=lambda item: -item[1])


def match_case(
    case: Case, registry: Registry, *, include_ineligible: bool = True, limit: int | None = None
) -> list[dict[str, Any]]:
    """Every relevant, not-closed study in ``registry`` judged for ``case``, best first; with ``limit``
    the first ``limit`` of that same list.

    With ``include_ineligible=False`` (what a review needs) studies the case certainly fails by an
    indexed requirement are not even read, and ineligible entries are left out. With a ``limit``,
    studies are judged in order of their stored score bound and judging stops once no study left can
    reach the current last place (the result is identical to judging everything and cutting)."""
    if limit is not None and limit <= 0:
        return []
    ctx = MatchContext(facts_for(case), countries_for(case.patient.regions_for_treatment))
    ranked = _by_bound(registry, case_filter(ctx, include_ineligible), ctx.countries)
    entries: list[dict[str, Any]] = []
    floor: list[float] = []  # min-heap of the best ``limit`` scores so far
    while chunk := list(itertools.islice(ranked, LOAD_BATCH)):
        if limit is not None and len(floor) >= limit and chunk[0][1] + ROUNDING_SLACK < floor[0]:
            break  # bounds only fall from here on: nothing left can reach the top ``limit``
        for study in registry.load([nct for nct, _ in chunk]):
            entry = match_study(study, ctx)
            if not include_ineligible and entry["verdict"] == "ineligible":
                continue
            entries.append(entry)
            if limit is not None:
                if len(floor) < limit:
                    heapq.heappush(floor, entry["score"])
                elif entry["score"] > floor[0]:
                    heapq.heapreplace(floor, entry["score"])
    entries.sort(key=_sort_key)
    return entries[:limit] if limit is not None else entries


def trials_for_review(case: Case, *, limit: int | None = 20) -> list[dict[str, Any]]:
    """What the review's ``trials`` field needs: eligible and possibly eligible trials from the installed
    registry (the shipped snapshot is installed on first use), best first."""
    from her2nav.trials.for_review import installed_registry

    return match_case(case, installed_registry(), include_ineligible=False, limit=limit)
