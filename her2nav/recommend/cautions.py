"""Cautions on a listed option (CONTRACT §4 codes), each from one named rule.

The agents each caution concerns, and the thresholds, come from the knowledge base (kb.yaml).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from her2nav.knowledge.agents import vocabulary
from her2nav.knowledge.models import CautionRule, Option
from her2nav.recommend.context import PatientContext


@dataclass(frozen=True)
class Caution:
    code: str
    message: str
    demote: bool = False  # rank the option below the alternatives

    def as_dict(self, ctx: PatientContext) -> dict[str, object]:
        rule = ctx.kb.caution_rules.get(self.code)
        out: dict[str, object] = {"code": self.code, "message": self.message}
        if rule is not None:
            out["source"] = ", ".join(rule.sources)
            out["verified"] = rule.verified
            if not rule.verified:
                out["message"] = f"{self.message} [unverified: rests on general knowledge]"
        return out


def _touches(option: Option, wanted: tuple[str, ...]) -> list[str]:
    """Components of the option that are one of ``wanted`` (agent ids or agent groups)."""
    key = (option.components, wanted)
    hits = _TOUCHES.get(key)
    if hits is None:
        hits = _TOUCHES[key] = _components_in(option.components, set(wanted))
    return list(hits)


_TOUCHES: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[str, ...]] = {}  # both from the KB: small


def _components_in(components: tuple[str, ...], wanted: set[str]) -> tuple[str, ...]:
    vocab = vocabulary()
    hits = []
    for component in components:
        groups = vocab.get(component).groups if component in vocab.by_id else frozenset({component})
        if groups & wanted:
            hits.append(component)
    return tuple(hits)


def _names(ids: list[str]) -> str:
    vocab = vocabulary()
    return ", ".join(vocab.get(i).name if i in vocab.by_id else i for i in ids)


def _why(rule: CautionRule, hits: list[str]) -> str:
    """The rule's wording for the first hit with agent-specific wording (``why_by_agent``), else ``why``."""
    for group, text in rule.why_by_agent.items():
        if _components_in(tuple(hits), {group}):
            return text.strip()
    return rule.why.strip()


def _demotes(rule: CautionRule, hits: list[str]) -> bool:
    """True when one of the hit components is in the rule's ``demote_agents`` (kb.yaml)."""
    return bool(rule.demote_agents) and bool(_components_in(tuple(hits), set(rule.demote_agents)))


def lvef_below_threshold(option: Option, ctx: PatientContext) -> Caution | None:
    """LVEF below ``lvef_min_percent`` (50%: T-DXd not studied below it; EU trastuzumab label) with an
    HER2 antibody: a caution naming the threshold. Below ``lvef_stop_percent`` (40%), where the T-DXd
    label interrupts treatment and stops it if confirmed, the option also ranks below the alternatives
    (``demote_agents``); between the two the caution asks for cardiology review, the rank stays."""
    rule = ctx.kb.caution_rules["LVEF_BELOW_50"]
    lvef = ctx.case.patient.lvef_percent
    limit = ctx.threshold("lvef_min_percent")
    hits = _touches(option, rule.agents)
    if lvef is None or lvef >= limit or not hits:
        return None
    stop = ctx.threshold("lvef_stop_percent")
    demote = lvef < stop and _demotes(rule, hits)
    severe = (
        f" Below {stop:g}% the T-DXd label interrupts treatment and stops it for good if confirmed;"
        " ranked below the alternatives."
        if lvef < stop
        else ""
    )
    return Caution(
        "LVEF_BELOW_50",
        f"LVEF {lvef:g}% is below {limit:g}%: {_names(hits)} can weaken the heart. {_why(rule, hits)}"
        f"{severe} Cardiology review and a repeat echocardiogram before starting.",
        demote,
    )


LUNG_EVENTS = {
    "pneumonitis": "pneumonitis",
    "interstitial_lung_disease": "interstitial_lung_disease",
    "ild": "interstitial_lung_disease",
}


def _toxicity_history(ctx: PatientContext) -> set[str]:
    """Conditions shown by recorded toxicities (pneumonitis or ILD of any grade on any earlier therapy)."""
    found = set()
    for course in ctx.case.treatments:
        for tox in course.toxicities:
            condition = LUNG_EVENTS.get(tox.event.casefold())
            if condition:
                found.add(condition)
    return found


def _condition_rule(
    code: str, extra: str, demoted: str = "Ranked below the alternatives."
) -> Callable[[Option, PatientContext], Caution | None]:
    """A caution for a patient condition (kb.yaml ``conditions``) on the rule's agents; ``demoted`` is
    added when the option has one of the rule's ``demote_agents``."""

    def rule_fn(option: Option, ctx: PatientContext) -> Caution | None:
        rule = ctx.kb.caution_rules[code]
        hits = _touches(option, rule.agents)
        if not hits:
            return None
        present = sorted(
            (set(ctx.case.patient.conditions or ()) | _toxicity_history(ctx)) & set(rule.conditions)
        )
        if not present:
            return None
        listed = ", ".join(p.replace("_", " ") for p in present)
        demote = _demotes(rule, hits)
        tail = " ".join(t for t in (demoted if demote else "", extra) if t)
        return Caution(
            code, f"History of {listed} with {_names(hits)}. {_why(rule, hits)} {tail}".strip(), demote
        )

    rule_fn.__name__ = f"condition_{code.lower()}"
    return rule_fn


ild_history = _condition_rule("ILD_HISTORY", "If used, only with close lung monitoring.")
heart_failure = _condition_rule(
    "HEART_FAILURE", "Cardiology review and a repeat echocardiogram before any HER2-directed therapy."
)
autoimmune_disease = _condition_rule("AUTOIMMUNE_DISEASE", "Discuss with the treating specialist.")
organ_transplant = _condition_rule("ORGAN_TRANSPLANT", "Discuss with the transplant team.")


def ecog_outside_evidence(option: Option, ctx: PatientContext) -> Caution | None:
    """ECOG above what the pivotal trials enrolled (0-1): flag for oncologist review, never exclude."""
    ecog = ctx.case.patient.ecog
    limit = int(ctx.threshold("ecog_evidence_max"))
    if ecog is None or ecog <= limit or not option.is_drug:
        return None
    rule = ctx.kb.caution_rules["ECOG_OUTSIDE_EVIDENCE"]
    envelope = option.ecog_evidence_max
    if envelope is not None and envelope > limit:
        enrolled = f"up to ECOG {envelope}" + ("" if option.ecog_evidence_verified else " (unverified)")
        why = f"The trial behind it is said to have enrolled {enrolled}, but most evidence is ECOG 0-{limit}."
    else:
        why = rule.why
    return Caution("ECOG_OUTSIDE_EVIDENCE", f"ECOG {ecog}. {why}")


def prior_severe_toxicity(option: Option, ctx: PatientContext) -> Caution | None:
    hits = [c for c in option.components if ctx.severe_toxicity_on(c)]
    if not hits:
        return None
    rule = ctx.kb.caution_rules["PRIOR_SEVERE_TOXICITY"]
    return Caution(
        "PRIOR_SEVERE_TOXICITY",
        f"A previous course with {_names(hits)} stopped for toxicity or caused a grade >="
        f"{ctx.threshold('severe_toxicity_grade'):g} event. {rule.why}",
    )


RULES: tuple[Callable[[Option, PatientContext], Caution | None], ...] = (
    lvef_below_threshold,
    heart_failure,
    ild_history,
    autoimmune_disease,
    organ_transplant,
    ecog_outside_evidence,
    prior_severe_toxicity,
)


def cautions_for(option: Option, ctx: PatientContext) -> list[Caution]:
    return [c for rule in RULES if (c := rule(option, ctx)) is not None]
