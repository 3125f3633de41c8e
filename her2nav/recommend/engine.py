"""The options engine: ranked options with evidence, access and cautions; exclusions; gaps; warnings.

Ranking rule: options sort by their knowledge-base priority (guideline standard first); an option
that needs a result not yet known (PD-L1 CPS, CLDN18.2, MSI …), or that carries a demoting caution
(ILD history with T-DXd), drops below the other drug options. A pending or provisional HER2 result
(IHC 2+ awaiting ISH, no HER2 test, breast-criteria scoring) is a branch of the whole case, shown as a
high gap: options on either side are marked "consider", and those needing HER2 positivity also drop
below the others (labels require a confirmed HER2-positive result). Among options with the same
number of such penalties, interchangeable regimens (``interchangeable_options`` in kb.yaml, e.g. the
PD-1 inhibitor + chemotherapy options guidelines list side by side) put first the one the patient can
get where they can be treated (licensed for this patient, and in GB routinely funded by NICE), then
conditional or unknown access, then not funded or not approved; the rest are still shown. An option
with better evidence is not overtaken by a funded one (contract example e04: T-DXd stays first in GB,
shown as not funded). A clinical trial and best
supportive care come after the drug options, except that ECOG >=3 puts best supportive care first
(NCCN practice aid).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from her2nav.knowledge.glossary import option_name
from her2nav.knowledge.language import and_list, pick, sentences
from her2nav.knowledge.models import KnowledgeBase, Option
from her2nav.recommend.access import access_conditions, access_rank, resolve_access
from her2nav.recommend.cautions import Caution, cautions_for
from her2nav.recommend.context import PatientContext
from her2nav.recommend.evidence import evidence_for, set_aside_evidence
from her2nav.recommend.gaps import gaps, warnings
from her2nav.recommend.options import (
    Candidate,
    SetAside,
    consider,
    exclusions_shown,
    her2_directed,
    her2_first_line_skipped,
)

UNKNOWN_PENALTY = 100  # larger than any priority gap, so the option drops below the known-eligible ones
PENALTY_BAND = 100  # options with the same number of penalties form a band, ranked by access, then priority
DEMOTE_PENALTY = 100
BSC = "best_supportive_care"
TRIAL = "clinical_trial"


@dataclass
class Ranked:
    candidate: Candidate
    cautions: list[Caution]
    score: int
    preference: str
    reasons: list[str]


def _preference(option: Option, ctx: PatientContext) -> str:
    return option.preference_by_her2.get(ctx.her2.status, option.preference)


def _always_offered(option: Option, ctx: PatientContext) -> bool:
    """clinical_trial from the KB line on; best supportive care also whenever ECOG is at the BSC cut-off."""
    line = ctx.line or 0
    if option.id == TRIAL:
        return line >= ctx.threshold("clinical_trial_from_line")
    if option.id == BSC:
        return line >= ctx.threshold("best_supportive_care_from_line") or _poor_status(ctx)
    return False


def _poor_status(ctx: PatientContext) -> bool:
    ecog = ctx.case.patient.ecog
    return ecog is not None and ecog >= ctx.threshold("ecog_best_supportive_care")


def _rank(candidate: Candidate, ctx: PatientContext) -> Ranked:
    option = candidate.option
    cautions = cautions_for(option, ctx)
    score = option.priority
    preference = _preference(option, ctx)
    reasons: list[str] = []
    if candidate.unknown:
        if candidate.unknown_beyond_her2:
            score += UNKNOWN_PENALTY
        if candidate.her2_pending and option.her2 in ("positive", "overexpressing"):
            score += UNKNOWN_PENALTY
            reasons.append(ctx.kb.say("rank_her2_unconfirmed"))
        preference = "consider"
        reasons.append(ctx.kb.say("rank_depends_on", conditions="; ".join(c.text for c in candidate.unknown)))
    if any(c.demote for c in cautions):
        score += DEMOTE_PENALTY
        preference = "consider"
        codes = ", ".join(c.code for c in cautions if c.demote)
        reasons.append(ctx.kb.say("rank_demoted", codes=codes))
    if option.id == BSC and _poor_status(ctx):
        score = -100
        preference = "preferred"
        reasons.append(ctx.kb.say("rank_supportive_care_first", ecog=ctx.case.patient.ecog))
    return Ranked(candidate, cautions, score, preference, reasons)


def _tier(item: Ranked) -> int:
    """Best supportive care first at poor ECOG (score -100); then drug options; then trial and BSC."""
    if item.score < 0:
        return 0
    return 2 if item.candidate.option.id in (TRIAL, BSC) else 1


_AT_LINE: dict[tuple[int, int], tuple[KnowledgeBase, tuple[Option, ...]]] = {}


def _options_to_weigh(kb: KnowledgeBase, line: int) -> tuple[Option, ...]:
    """Options (KB order) that belong to ``line``, plus trial and supportive care (offered on their own
    rule). Every other option is irrelevant at this line (rule 1 in ``options``); computed once per KB."""
    known = _AT_LINE.get((id(kb), line))
    if known is None or known[0] is not kb:
        weigh = tuple(o for o in kb.options.values() if o.id in (TRIAL, BSC) or o.lines.contains(line))
        known = _AT_LINE[(id(kb), line)] = (kb, weigh)
    return known[1]


def _select(ctx: PatientContext) -> tuple[list[Candidate], list[SetAside]]:
    listed: list[Candidate] = []
    set_aside: list[SetAside] = []
    if ctx.line is None:
        return listed, set_aside
    for option in _options_to_weigh(ctx.kb, ctx.line):
        if option.id in (TRIAL, BSC):
            if _always_offered(option, ctx):
                listed.append(Candidate(option))
            continue
        if not ctx.adenocarcinoma:
            if her2_directed(option) and option.lines.contains(ctx.line):
                set_aside.append(
                    SetAside(
                        option.id,
                        option.name,
                        ctx.kb.say("set_aside_not_adenocarcinoma"),
                        option.evidence,
                        option.sources,
                    )
                )
            continue
        outcome = consider(option, ctx)
        if isinstance(outcome, Candidate):
            listed.append(outcome)
        elif isinstance(outcome, SetAside):
            set_aside.append(outcome)
    if ctx.adenocarcinoma:
        set_aside.extend(exclusions_shown(ctx))
        set_aside.extend(her2_first_line_skipped(ctx))
        if not any(c.option.is_drug for c in listed):
            listed.extend(_fallback(ctx, listed))
    return listed, set_aside


def _fallback(ctx: PatientContext, listed: list[Candidate]) -> list[Candidate]:
    """No drug option applies: the plan is never silently empty, so a clinical trial and best supportive
    care are listed (NCCN practice aid, S89) and ``NO_STANDARD_OPTION`` says why (``_empty_plan``)."""
    have = {c.option.id for c in listed}
    return [Candidate(ctx.kb.options[o]) for o in (TRIAL, BSC) if o in ctx.kb.options and o not in have]


def _empty_plan(
    ctx: PatientContext, options: list[dict[str, Any]], excluded: list[dict[str, Any]]
) -> dict[str, str]:
    """The explicit reason why no drug option applies (warning NO_STANDARD_OPTION)."""
    names = "; ".join(f"{option_name(e['id'], e['name'])}: {e['reason']}" for e in excluded[:6])
    listed = and_list([option_name(o["id"], o["name"].lower()) for o in options]) or ctx.kb.say(
        "nothing_listed"
    )
    if names:
        message = ctx.kb.say(
            "warning_no_standard_option_set_aside", line=ctx.line, set_aside=names, listed=listed
        )
    else:
        message = ctx.kb.say("warning_no_standard_option", line=ctx.line, listed=listed)
    return {"code": "NO_STANDARD_OPTION", "message": message}


def _option_entry(rank: int, item: Ranked, ctx: PatientContext) -> dict[str, Any]:
    option = item.candidate.option
    rationale = sentences(pick(option.rationale, option.rationale_zh).strip(), *item.reasons)
    return {
        "id": option.id,
        "rank": rank,
        "preference": item.preference,
        "name": option.name,
        "rationale": rationale,
        "evidence": evidence_for(option, ctx),
        "access": resolve_access(option.id, ctx),
        "access_conditions": _not_in_rationale(access_conditions(option.id, ctx), item),
        "cautions": [c.as_dict(ctx) for c in item.cautions],
        "sources": list(option.sources),
    }


def _not_in_rationale(conditions: dict[str, str], item: Ranked) -> dict[str, str]:
    """The conditions the access notes name, less those the rationale states ("Depends on: …"): each
    is said once per option."""
    stated = {c.name for c in item.candidate.unknown}
    return {name: state for name, state in conditions.items() if name not in stated}


def _excluded_entry(item: SetAside, ctx: PatientContext) -> dict[str, Any]:
    return {
        "id": item.id,
        "name": item.name,
        "reason": item.reason,
        "evidence": set_aside_evidence(item.trials, ctx),
        "sources": list(item.sources),
    }


_ORDER: dict[int, tuple[KnowledgeBase, dict[str, int]]] = {}


def _kb_order(kb: KnowledgeBase) -> dict[str, int]:
    """Option id -> position in the knowledge base (the last tie-breaker), computed once per KB."""
    known = _ORDER.get(id(kb))
    if known is None or known[0] is not kb:
        known = _ORDER[id(kb)] = (kb, {option_id: i for i, option_id in enumerate(kb.options)})
    return known[1]


def _sorted(items: list[Ranked], ctx: PatientContext) -> list[Ranked]:
    """Tier, then penalty band, then priority; options of one ``interchangeable_options`` group (kb.yaml)
    sit together at the group's best priority and are ordered by what the patient can get where they
    can be treated (``access_rank``), then by their own priority; knowledge-base order breaks ties."""
    order = _kb_order(ctx.kb)
    group_of = {o: name for name, g in ctx.kb.interchangeable_options.items() for o in g.options}
    best: dict[tuple[str, int], int] = {}
    for item in items:
        group = group_of.get(item.candidate.option.id)
        if group is not None:
            key = (group, item.score // PENALTY_BAND)
            best[key] = min(best.get(key, item.score), item.score)

    def sort_key(item: Ranked) -> tuple[int, ...]:
        option_id = item.candidate.option.id
        band = item.score // PENALTY_BAND
        group = group_of.get(option_id)
        if group is None:
            return (_tier(item), band, item.score, 0, item.score, order[option_id])
        return (
            _tier(item),
            band,
            best[(group, band)],
            access_rank(option_id, ctx),
            item.score,
            order[option_id],
        )

    return sorted(items, key=sort_key)


def recommend(ctx: PatientContext) -> dict[str, Any]:
    """Options, excluded, gaps and warnings for the review (CONTRACT §2 shapes)."""
    listed, set_aside = _select(ctx)
    ranked = _sorted(list(_rank(c, ctx) for c in listed), ctx)
    options = [_option_entry(i, item, ctx) for i, item in enumerate(ranked, start=1)]
    seen: set[str] = {o["id"] for o in options}
    excluded = []
    for item in set_aside:
        if item.id not in seen:
            seen.add(item.id)
            excluded.append(_excluded_entry(item, ctx))
    found_warnings = warnings(ctx)
    if (
        ctx.line is not None
        and ctx.adenocarcinoma
        and not any(ctx.kb.options[o["id"]].is_drug for o in options)
    ):
        found_warnings.append(_empty_plan(ctx, options, excluded))
    return {
        "options": options,
        "excluded": excluded,
        "gaps": gaps(ctx, [o["id"] for o in options]),
        "warnings": found_warnings,
    }
