"""Cautions on a listed option (CONTRACT §4 codes), each from one named rule.

The agents each caution concerns, and the thresholds, come from the knowledge base (kb.yaml); the
sentences around the rules' own wording are ``review_texts.yaml`` (``kb.say``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from her2nav.knowledge.agents import vocabulary
from her2nav.knowledge.glossary import agent_name
from her2nav.knowledge.language import pick, sentences
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
                out["message"] = sentences(self.message, ctx.kb.say("caution_unverified"))
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
    return ", ".join(agent_name(i, vocab.get(i).name) if i in vocab.by_id else i for i in ids)


def _why(rule: CautionRule, hits: list[str]) -> str:
    """The rule's wording for the first hit with agent-specific wording (``why_by_agent``), else ``why``."""
    for group, text in rule.why_by_agent.items():
        if _components_in(tuple(hits), {group}):
            return pick(text, rule.why_by_agent_zh.get(group)).strip()
    return pick(rule.why, rule.why_zh).strip()


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
    key = "caution_lvef_below_stop" if lvef < stop else "caution_lvef_below"
    message = ctx.kb.say(key, lvef=lvef, limit=limit, stop=stop, agents=_names(hits), why=_why(rule, hits))
    return Caution("LVEF_BELOW_50", message, demote)


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


def _condition_rule(code: str) -> Callable[[Option, PatientContext], Caution | None]:
    """A caution for a patient condition (kb.yaml ``conditions``) on the rule's agents, ending with the
    step ``caution_step_<code>``; ``caution_demoted`` comes first when the option has one of the rule's
    ``demote_agents``."""

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
        listed = ", ".join(ctx.kb.word("condition", p) for p in present)
        demote = _demotes(rule, hits)
        steps = (ctx.kb.say("caution_demoted") if demote else "", ctx.kb.say(f"caution_step_{code}"))
        tail = sentences(*steps)
        message = ctx.kb.say(
            "caution_condition", conditions=listed, agents=_names(hits), why=_why(rule, hits), tail=tail
        )
        return Caution(code, message.strip(), demote)

    rule_fn.__name__ = f"condition_{code.lower()}"
    return rule_fn


ild_history = _condition_rule("ILD_HISTORY")
heart_failure = _condition_rule("HEART_FAILURE")
autoimmune_disease = _condition_rule("AUTOIMMUNE_DISEASE")
organ_transplant = _condition_rule("ORGAN_TRANSPLANT")


def ecog_outside_evidence(option: Option, ctx: PatientContext) -> Caution | None:
    """ECOG above what the pivotal trials enrolled (0-1): flag for oncologist review, never exclude."""
    ecog = ctx.case.patient.ecog
    limit = int(ctx.threshold("ecog_evidence_max"))
    if ecog is None or ecog <= limit or not option.is_drug:
        return None
    rule = ctx.kb.caution_rules["ECOG_OUTSIDE_EVIDENCE"]
    envelope = option.ecog_evidence_max
    if envelope is not None and envelope > limit:
        key = "caution_ecog_enrolled" if option.ecog_evidence_verified else "caution_ecog_enrolled_unverified"
        why = ctx.kb.say(key, enrolled=envelope, limit=limit)
    else:
        why = pick(rule.why, rule.why_zh)
    return Caution("ECOG_OUTSIDE_EVIDENCE", ctx.kb.say("caution_ecog", ecog=ecog, why=why))


def prior_severe_toxicity(option: Option, ctx: PatientContext) -> Caution | None:
    hits = [c for c in option.components if ctx.severe_toxicity_on(c)]
    if not hits:
        return None
    rule = ctx.kb.caution_rules["PRIOR_SEVERE_TOXICITY"]
    grade = ctx.threshold("severe_toxicity_grade")
    message = ctx.kb.say(
        "caution_prior_severe_toxicity", agents=_names(hits), grade=grade, why=pick(rule.why, rule.why_zh)
    )
    return Caution("PRIOR_SEVERE_TOXICITY", message)


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
