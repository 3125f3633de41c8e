"""Which options apply at the current line, and which are set aside (with the reason).

Rules, in order, for every option in the knowledge base:
1. line: the option belongs to the palliative line being chosen;
2. HER2: the option's HER2 need is checked (a mismatch drops it silently; unknown keeps it as
   "consider");
3. regions_only: an option available in only some regions is set aside when the patient cannot be
   treated there;
4. requirements (PD-L1, CLDN18.2, prior therapy …): not met → set aside with the reason;
   not yet known → kept as "consider" with what to test;
5. history: never re-offer an agent the disease progressed on, nor one stopped for pneumonitis of the
   grade that stops it for good (``pneumonitis_stop_grade`` in kb.yaml: grade >=2, T-DXd label);
   after progression on one agent of a class in ``class_exclusions`` (exclusions.yaml: PD-1
   inhibitors, topoisomerase-I ADCs, VEGFR-2 inhibitors) no agent of that class is offered.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from her2nav.knowledge.agents import vocabulary
from her2nav.knowledge.glossary import agent_name, term_name
from her2nav.knowledge.language import pick, sentences
from her2nav.knowledge.models import KnowledgeBase, Option
from her2nav.recommend.context import PatientContext
from her2nav.recommend.requirements import Check, checks, her2_check, summarise


@dataclass
class Candidate:
    option: Option
    unknown: list[Check] = field(default_factory=list)
    her2_pending: bool = False  # the first unknown is the HER2 result itself (e.g. ISH awaited)

    @property
    def unknown_beyond_her2(self) -> list[Check]:
        """Unknown conditions other than a pending HER2 result (CPS, CLDN18.2, MSI …)."""
        return self.unknown[1:] if self.her2_pending else self.unknown


@dataclass(frozen=True)
class SetAside:
    id: str
    name: str
    reason: str
    trials: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


def component_name(component: str, kb: KnowledgeBase) -> str:
    vocab = vocabulary()
    if component in vocab.by_id:
        return agent_name(component, vocab.get(component).name)
    return kb.say("agent_slot", slot=term_name(component, component))


def _line_text(line_no: int | None, kb: KnowledgeBase) -> str:
    return kb.say("line_number", line=line_no) if line_no else kb.say("line_unnumbered")


def history_block(option: Option, ctx: PatientContext) -> str | None:
    """Why the treatment history rules the option out, or None."""
    for component in option.components:
        progressed = ctx.progressed_on(component)
        if progressed:
            where = ", ".join(_line_text(t.line, ctx.kb) for t in progressed)
            return ctx.kb.say("set_aside_progressed", agent=component_name(component, ctx.kb), where=where)
    for component in option.components:
        if component not in vocabulary().by_id:
            continue
        stopped = ctx.stopped_for_pneumonitis(component)
        if stopped:
            where = ", ".join(_line_text(t.line, ctx.kb) for t in stopped)
            grade = ctx.threshold("pneumonitis_stop_grade")
            return ctx.kb.say(
                "set_aside_pneumonitis", grade=grade, agent=component_name(component, ctx.kb), where=where
            )
    return None


def _in_group(component: str, group: str) -> bool:
    vocab = vocabulary()
    return component in vocab.by_id and group in vocab.get(component).groups


def _class_block(option: Option, ctx: PatientContext) -> SetAside | None:
    """Rule 5, by class: progression on any agent of a class in ``class_exclusions`` (exclusions.yaml)
    sets aside every option containing an agent of that class, with the rule's reason and sources."""
    for rule in ctx.kb.class_exclusions:
        if not any(_in_group(c, rule.group) for c in option.components):
            continue
        progressed = ctx.progressed_on(rule.group)
        if not progressed:
            continue
        agents = [a for t in progressed for a in t.agents if _in_group(a, rule.group)]
        names = ", ".join(component_name(a, ctx.kb) for a in dict.fromkeys(agents))
        where = ", ".join(_line_text(t.line, ctx.kb) for t in progressed)
        reason = ctx.kb.say(
            "set_aside_class",
            agents=names,
            where=where,
            group=pick(rule.name, rule.name_zh),
            reason=pick(rule.reason, rule.reason_zh).strip(),
        )
        if not rule.verified:
            reason = sentences(reason, ctx.kb.say("set_aside_class_unverified"))
        return SetAside(option.id, option.name, reason, rule.trials, rule.sources)
    return None


def _regions_block(option: Option, ctx: PatientContext) -> str | None:
    if not option.regions_only:
        return None
    regions = ctx.case.patient.regions_for_treatment
    if not regions or set(regions) & set(option.regions_only):
        return None
    return ctx.kb.say(
        "set_aside_regions", approved=", ".join(option.regions_only), regions=", ".join(regions)
    )


def consider(option: Option, ctx: PatientContext) -> Candidate | SetAside | None:
    """Apply the rules above to one option: a candidate, a set-aside with reason, or None (irrelevant)."""
    line = ctx.line
    if line is None or not option.lines.contains(line):
        return None
    her2 = her2_check(option.her2, ctx.facts)
    if her2.met is False:
        return _her2_lost(option, ctx)
    blocked = _regions_block(option, ctx)
    if blocked:
        return SetAside(option.id, option.name, blocked, option.evidence, option.sources)
    verdict, not_met, unknown = summarise(list(checks(option.requires, ctx.facts)))
    if verdict is False:
        why = "; ".join(c.text for c in not_met)
        reason = ctx.kb.say("set_aside_requirements", conditions=why)
        return SetAside(option.id, option.name, reason, option.evidence, option.sources)
    blocked = history_block(option, ctx)
    if blocked:  # the patient's own record is the reason: the option's efficacy trials do not explain it
        return SetAside(option.id, option.name, blocked, (), option.sources)
    by_class = _class_block(option, ctx)
    if by_class:
        return by_class
    pending = ([her2] if her2.met is None else []) + unknown
    return Candidate(option, unknown=pending, her2_pending=her2.met is None)


def _her2_lost(option: Option, ctx: PatientContext) -> SetAside | None:
    """A HER2-directed option a reader would expect after HER2 loss: say why it is not offered."""
    if not (her2_directed(option) and getattr(ctx.her2, "ever_positive", False)):
        return None
    if ctx.her2.status != "negative":
        return None
    return SetAside(
        option.id,
        option.name,
        ctx.kb.say("set_aside_her2_lost", basis=ctx.her2.basis),
        option.evidence,
        option.sources,
    )


def exclusions_shown(ctx: PatientContext) -> list[SetAside]:
    """Knowledge-base exclusions that apply to this situation (regimens a reader may expect)."""
    line = ctx.line
    if line is None:
        return []
    out: list[SetAside] = []
    for ex in ctx.kb.exclusions.values():
        when = ex.when
        if not when.lines.contains(line):
            continue
        if when.her2 != "any" and her2_check(when.her2, ctx.facts).met is False:
            continue
        if when.progressed_on and not ctx.progressed_on(when.progressed_on):
            continue
        out.append(SetAside(ex.id, ex.name, pick(ex.reason, ex.reason_zh), ex.trials, ex.sources))
    return out


def her2_directed(option: Option) -> bool:
    vocab = vocabulary()
    return any(c in vocab.by_id and vocab.get(c).her2_directed for c in option.components)


def her2_first_line_skipped(ctx: PatientContext) -> list[SetAside]:
    """HER2-positive, never given HER2-directed therapy, and the first palliative line counted as spent
    by progression on (or relapse within 6 months of) perioperative chemotherapy: say why each first-line
    HER2 regimen is not offered, rather than leave it silently out. They rest on a fluoropyrimidine +
    platinum backbone that has just failed; ToGA and KEYNOTE-811 enrolled untreated advanced disease."""
    line = ctx.line
    if line is None or line < 2 or not ctx.lines.counted_perioperative or ctx.her2.status != "positive":
        return []
    if "her2_directed" in ctx.exposed_groups:
        return []
    out = []
    for option in ctx.kb.options.values():
        if not (her2_directed(option) and option.lines.max is not None and option.lines.max < line):
            continue
        out.append(
            SetAside(
                option.id,
                option.name,
                ctx.kb.say("set_aside_her2_first_line_spent"),
                option.evidence,
                option.sources,
            )
        )
    return out
