"""Criterion-level matching of one case against the registry (CONTRACT §3).

Verdict: ``ineligible`` when at least one criterion is ``not_met``; ``eligible`` when every criterion
is ``met`` (and there is at least one); otherwise ``possibly_eligible``. Criteria written for one cohort
(sub-study, part, arm, tumour) are judged per cohort: the entry shows the general criteria plus those
of the cohort that suits the case best, and every tumour cohort's (met as not applying once the best
cohort fits: judge.CohortView); the other cohorts are listed under ``other_cohorts`` with their own
statuses.

Score (0–1, higher first; weights in registry/index.py): what the patient can reach first (a site taking
patients in one of their treatment regions), then eligible before possibly eligible, then recruiting
before a status not recruiting or unknown, then the share of criteria already settled; ineligible
entries always last. Each entry names its recruitment (recruiting, not_recruiting, unknown), whether
the patient can reach it, and the nearest site taking patients per treatment region.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from her2nav.case.models import Case
from her2nav.trials.matching.judge import (
    JudgementMemo,
    entry_score,
    judge_criterion,
    refuses_tumour,
    shown_statuses,
    split_cohorts,
    verdict_from,
)
from her2nav.trials.matching.patient import PatientFacts, facts_for
from her2nav.trials.matching.sites import MAX_SITES_SHOWN, Whereabouts, site_order, whereabouts_of
from her2nav.trials.registry.index import (
    RECRUITING_BONUS,
    REGION_BONUS,
    CaseFilter,
    bound_milli,
    cohorts_only_restrict,
    option_bound,
    raw_score,
)
from her2nav.trials.registry.reach import Profile, parse_profile
from her2nav.trials.registry.study import RECRUITING_STATUSES, recruitment_of

if TYPE_CHECKING:
    from her2nav.trials.registry.store import Ranked, Registry, StoredStudy, StudyCriteria

SOURCE = "ClinicalTrials.gov (public domain, U.S. National Library of Medicine)"


@dataclass(frozen=True)
class MatchContext:
    facts: PatientFacts
    where: Whereabouts
    memo: JudgementMemo = field(default_factory=JudgementMemo)

    @property
    def countries(self) -> frozenset[str]:
        return self.where.countries


def entry_verdict(statuses: list[str]) -> str:
    """The verdict of the criteria shown; without any criterion nothing says the patient qualifies."""
    verdict = verdict_from(statuses)
    return "possibly_eligible" if verdict == "eligible" and not statuses else verdict


# HER2 index values (registry.her2_requirement) that a general inclusion criterion sets and that a
# case of the given HER2 category certainly fails: such studies are ineligible before any evaluation.
HER2_CONFLICTS: dict[str, frozenset[str]] = {
    "positive": frozenset({"negative", "low", "ihc_1_or_2", "ultralow"}),
    "low": frozenset({"positive", "ihc_3"}),
    "zero": frozenset({"positive", "low", "ihc_1_plus_or_more", "ihc_2_3", "ihc_1_or_2", "ihc_3"}),
}


_POSITIVE_BEFORE = frozenset({"positive", "ihc_2_3", "ihc_3"})  # the statuses evaluate._lost reads


def match_study(study: StoredStudy, ctx: MatchContext) -> dict[str, Any]:
    judged = [judge_criterion(c, ctx.facts, ctx.memo) for c in study.criteria]
    statuses = [c["status"] for c in judged]
    criteria, others, cohort = split_cohorts(judged, refuses_tumour(study.criteria, statuses, ctx.facts))
    verdict = entry_verdict([c["status"] for c in criteria])
    unknowns = sum(c["status"] == "unknown" for c in criteria)
    recruiting = (study.overall_status or "") in RECRUITING_STATUSES
    reachable = not ctx.countries.isdisjoint(study.open_countries)
    score = entry_score(verdict, unknowns, len(criteria), recruiting, reachable)
    sites, nearest = site_order(study.sites, study.overall_status, ctx.where)
    counts = {s: sum(c["status"] == s for c in criteria) for s in ("met", "not_met", "unknown")}
    entry: dict[str, Any] = {
        "nct_id": study.nct_id,
        "title": study.title,
        "overall_status": study.overall_status,
        "recruitment": recruitment_of(study.overall_status),
        "phases": study.phases,
        "verdict": verdict,
        "score": score,
        "criteria": criteria,
        "criteria_counts": counts,
        "sites": sites[:MAX_SITES_SHOWN],
        "sites_total": len(study.sites),
        "nearest_sites": nearest,
        "reachable": reachable,
        "last_update": study.last_update,
        "in_treatment_region": not ctx.countries.isdisjoint(study.countries),
        "counts": dict(counts),
        "source": SOURCE,
    }
    if cohort:
        entry["cohort"] = cohort
        entry["other_cohorts"] = others
    if not criteria:
        entry["note"] = "the record carries no eligibility criteria"
    if study.overall_status is None:
        entry["status_note"] = "recruitment status unknown: the record states none; check the registry"
    elif not recruiting:
        entry["status_note"] = f"not recruiting ({study.overall_status})"
    return entry


# A ranking key: (-score in thousandths, unknown criteria, NCT id); ascending = match_case's order.
RankKey = tuple[int, int, str]


def rank_of(study: StudyCriteria, ctx: MatchContext) -> tuple[str, RankKey]:
    """Verdict and ranking key of the entry match_study would make, without building it (no texts,
    reasons or sites): what the shortlist compares."""
    pairs = [(c.get("cohort"), ctx.memo.judgement(c, ctx.facts)[0]) for c in study.criteria]
    refused = refuses_tumour(study.criteria, [status for _, status in pairs], ctx.facts)
    shown = shown_statuses(pairs, cohorts_only_restrict(study.criteria), refused)  # as split_cohorts shows
    verdict = entry_verdict(shown)
    unknowns = shown.count("unknown")
    recruiting = (study.overall_status or "") in RECRUITING_STATUSES
    reachable = not ctx.countries.isdisjoint(study.open_countries)
    score = entry_score(verdict, unknowns, len(shown), recruiting, reachable)
    return verdict, (-round(score * 1000), unknowns, study.nct_id)


REGION_BONUS_MILLI = bound_milli(REGION_BONUS)
NO_CUT: RankKey = (1, 0, "")  # after every reachable key (scores are never negative)
# Studies judged per query: the first batch at most LOAD_BATCH (or ``limit``), each next one twice the
# last up to LOAD_BATCH_MAX, so that a case whose list takes many studies to settle (ties at the cut)
# needs few round trips, while one settled by its first studies reads no more than before.
LOAD_BATCH = 32
LOAD_BATCH_MAX = 256


def case_filter(ctx: MatchContext, include_ineligible: bool) -> CaseFilter:
    """What the SQL pre-filter may drop for this case: studies certainly ineligible by an indexed HER2
    requirement, prior-line limit or ECOG limit (index.py). Nothing when ineligible entries are wanted."""
    if include_ineligible:
        return CaseFilter()
    conflicts = HER2_CONFLICTS.get(ctx.facts.her2.category, frozenset())
    if ctx.facts.her2.ever_positive:
        # HER2 lost after anti-HER2 therapy: a HER2-positive study may go by the earlier result
        # (evaluate._lost leaves it open), so its index value does not rule it out here
        conflicts = conflicts - _POSITIVE_BEFORE
    return CaseFilter(
        exclude_her2=conflicts,
        prior_lines=ctx.facts.prior_lines,
        ecog=ctx.facts.case.patient.ecog,
    )


def _sort_key(entry: dict[str, Any]) -> tuple[float, int, str]:
    return (-entry["score"], entry["criteria_counts"]["unknown"], entry["nct_id"])


Walked = tuple[RankKey, "Ranked", bool]  # (best reachable key, rank columns, in the case's countries)


def _by_bound(registry: Registry, filters: CaseFilter, countries: frozenset[str]) -> Iterator[Walked]:
    """Candidates with the best ranking key each can reach for any case (stored bound + the region bonus
    the study can earn for this case; fewest unknowns it can show), best first: the studies with a site
    in the case's countries and the others are read as two ordered lanes and merged."""
    near: Iterator[Walked] = (
        ((-(r.bound_milli + REGION_BONUS_MILLI), r.unknowns_min, r.nct_id), r, True)
        for r in registry.ranked_keys(filters, countries, in_countries=True)
    )
    far: Iterator[Walked] = (
        ((-r.bound_milli, r.unknowns_min, r.nct_id), r, False)
        for r in registry.ranked_keys(filters, countries, in_countries=False)
    )
    return heapq.merge(near, far)  # keys are unique (the NCT id ends them): never compares rows


class CaseReach:
    """The best ranking key a candidate can reach for this case, from its rank columns alone
    (reach.py): per way of showing its criteria, the criteria it lists are judged for the case by
    their kind and requirements (the judgement memo the study's own judging then reuses), those no
    case can settle are unknown, one not met makes it ineligible (the score is cut); a study the case
    fails by a hard limit is ineligible whatever is shown."""

    def __init__(self, ctx: MatchContext) -> None:
        self.facts = ctx.facts
        self.memo = ctx.memo
        self.strict = case_filter(ctx, include_ineligible=False)
        self.options: dict[str, list[tuple[int, float, int, bool]] | None] = {}
        self.keys: dict[tuple[str, float, bool, bool], tuple[int, int] | None] = {}
        self.statuses: dict[str, str] = {}  # a profile's group (kind and requirements as text): status

    def _options(self, text: str) -> list[tuple[int, float, int, bool]] | None:
        """(shown, case-independent criteria bound, fewest unknowns, certainly not met) per option;
        None for a profile that is missing or of another shape."""
        profile = parse_profile(text)
        if profile is None:
            return None
        out = []
        try:
            statuses = [self._status(group) for group in profile.groups]
            for option in profile.options:
                unknowns, fails = option.stuck, False
                for g, n in option.crits:  # one plain loop: the walk reads ~1,000 profiles a match
                    status = statuses[g]
                    if status == "unknown":
                        unknowns += n
                    elif status == "not_met":
                        fails = True
                out.append((option.shown, option_bound(option.shown, option.stuck), unknowns, fails))
        except (IndexError, TypeError, ValueError):
            return None
        return out

    def _status(self, group: str) -> str:
        """The status of a profile's group of requirements for the case, once per text."""
        status = self.statuses.get(group)
        if status is None:
            kind, reqs = Profile.group(group)
            status = self.statuses[group] = self.memo.of_requirements(kind, reqs, self.facts)[0]
        return status

    def _best(self, text: str, score_bound: float, near: bool, excluded: bool) -> tuple[int, int] | None:
        options = self.options.get(text, ())
        if options == ():
            options = self.options[text] = self._options(text)
        if options is None:
            return None
        general = max(bound for _, bound, _, _ in options)
        recruiting = score_bound - general > RECRUITING_BONUS / 2  # the bound is general + bonus or + 0
        best: tuple[int, int] | None = None
        for shown, _, unknowns, fails in options:
            settled = 1 - unknowns / shown if shown else 0.0
            ineligible = fails or excluded
            settled_all = shown and not unknowns
            verdict = "ineligible" if ineligible else "eligible" if settled_all else "possibly_eligible"
            milli = bound_milli(raw_score(verdict, settled, recruiting, near))
            if best is None or (-milli, unknowns) < best:
                best = (-milli, unknowns)
        return best

    def key(self, walk_key: RankKey, row: Ranked, near: bool) -> RankKey:
        if row.rank_profile is None:
            return walk_key
        excluded = self.strict.excludes(row.her2_requirement, row.lines_min, row.lines_max, row.ecog_max)
        memo = (row.rank_profile, row.score_bound, near, excluded)
        if memo not in self.keys:
            self.keys[memo] = self._best(row.rank_profile, row.score_bound, near, excluded)
        best = self.keys[memo]
        if best is None:
            return walk_key
        # both keys are reachable-at-best: the larger is the tighter
        return max(walk_key, (best[0], best[1], row.nct_id))


def _shortlist(
    ranked: Iterator[Walked],
    registry: Registry,
    ctx: MatchContext,
    limit: int,
    include_ineligible: bool,
) -> list[str]:
    """NCT ids of the best ``limit`` entries.

    Candidates come in order of the key they can reach for any case (the walk); each gets the tighter
    key it can reach for this case (CaseReach) and waits in ``pending``. A waiting candidate whose key
    is ahead of the walk's position can be beaten by no candidate not yet walked, so it is judged, best
    first, in batches; one whose key is behind the last place kept is dropped unread. The walk stops at
    the first candidate whose any-case key is behind the last place: it and all after it can only rank
    behind ``limit`` entries already found (the same cut as judging everything)."""
    reach = CaseReach(ctx)
    best: list[RankKey] = []  # sorted keys of the best ``limit`` entries so far
    worst = NO_CUT  # the last place once ``best`` is full: a key behind it cannot make the list
    pending: list[RankKey] = []  # heap: reachable keys of candidates walked, not yet judged
    ready: list[RankKey] = []  # taken from ``pending`` in order, to judge in the next batch
    size = min(limit, LOAD_BATCH)

    def judge(keys: list[RankKey]) -> None:
        nonlocal worst
        ids = [key[2] for key in keys if key < worst]
        if not ids:
            return
        for study in registry.load_criteria(ids):
            verdict, key = rank_of(study, ctx)
            if include_ineligible or verdict != "ineligible":
                bisect.insort(best, key)
                del best[limit:]
        if len(best) >= limit:
            worst = best[-1]

    for walk_key, row, near in ranked:
        if walk_key > worst:
            break
        key = reach.key(walk_key, row, near)
        if key < worst:
            heapq.heappush(pending, key)
        while pending and pending[0] < walk_key:
            ready.append(heapq.heappop(pending))
            if len(ready) >= size:
                judge(ready)
                ready, size = [], min(LOAD_BATCH_MAX, max(LOAD_BATCH, size * 2))
    ready.extend(heapq.nsmallest(len(pending), pending))
    for start in range(0, len(ready), size):
        judge(ready[start : start + size])
    return [nct for _, _, nct in best]


def match_case(
    case: Case, registry: Registry, *, include_ineligible: bool = True, limit: int | None = None
) -> list[dict[str, Any]]:
    """Every relevant, not-closed study in ``registry`` judged for ``case``, best first; with ``limit``
    the first ``limit`` of that same list.

    With ``include_ineligible=False`` (what a review needs) studies the case certainly fails by an
    indexed requirement are not even read, and ineligible entries are left out. With a ``limit``,
    studies are judged (criteria only) in order of the best place they can reach, and judging stops
    once no study left can reach the current last place; only the entries kept are then built in full
    (the result is identical to judging everything and cutting)."""
    if limit is not None and limit <= 0:
        return []
    ctx = MatchContext(facts_for(case), whereabouts_of(case))
    ranked = _by_bound(registry, case_filter(ctx, include_ineligible), ctx.countries)
    if limit is not None:
        ids = _shortlist(ranked, registry, ctx, limit, include_ineligible)
        entries = [match_study(study, ctx) for study in registry.load(ids)] if ids else []
        return sorted(entries, key=_sort_key)
    entries = []
    while chunk := [row.nct_id for _, row, _ in itertools.islice(ranked, LOAD_BATCH_MAX)]:
        for study in registry.load(chunk):
            entry = match_study(study, ctx)
            if include_ineligible or entry["verdict"] != "ineligible":
                entries.append(entry)
    entries.sort(key=_sort_key)
    return entries
