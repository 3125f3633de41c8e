"""Checks a label, funding decision or option condition (``Requirements``) against one patient.

Each check is three-valued: met (True), not met (False) or not known yet (None), with what was needed
(``name``, short: "PD-L1 CPS >=5") and what the record shows (``state``: "this patient: 4"); ``text``
joins them. Checks read only ``Facts`` (a small, hashable
summary of the patient), so results can be cached across patients with the same facts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from her2nav.knowledge.agents import vocabulary
from her2nav.knowledge.models import Requirements
from her2nav.recommend.context import Facts


@dataclass(frozen=True)
class Check:
    met: bool | None
    name: str
    state: str = ""

    @property
    def text(self) -> str:
        """'PD-L1 CPS >=5 (this patient: 4)': the condition with what the record shows."""
        return f"{self.name} ({self.state})" if self.state else self.name


def _num(value: float) -> str:
    return f"{value:g}"


def her2_check(need: str, facts: Facts) -> Check:
    """HER2 status the option or label needs, against the assessed status."""
    status = facts.her2_status
    if need == "any":
        return Check(True, "any HER2 status")
    if facts.her2_provisional is not None:
        return Check(None, f"HER2-{need}", f"HER2-{status} for now; {facts.her2_provisional}")
    if need == "overexpressing":
        score = facts.ihc_score
        if score is None:
            return Check(None, "HER2 IHC 2+ or 3+", "no IHC score on record")
        return Check(score in ("2+", "3+"), "HER2 IHC 2+ or 3+", f"this patient: IHC {score}")
    if status in ("equivocal", "unknown"):
        return Check(None, f"HER2-{need}", f"HER2 is {status} for now: {facts.her2_category}")
    return Check(status == need, f"HER2-{need}", f"this patient: HER2-{status}")


def ihc_check(allowed: tuple[str, ...], facts: Facts) -> Check:
    want = " or ".join(f"IHC {s}" for s in allowed)
    score = facts.ihc_score
    if score is None:
        return Check(None, f"HER2 {want}", "no IHC score on record")
    return Check(score in allowed, f"HER2 {want}", f"this patient: IHC {score}")


def minimum_check(label: str, value: float | None, minimum: float, unit: str = "") -> Check:
    want = f"{label} >={_num(minimum)}{unit}"
    if value is None:
        return Check(None, want, "not tested")
    return Check(value >= minimum, want, f"this patient: {_num(value)}{unit}")


def prior_agent_check(agent: str, facts: Facts) -> Check:
    vocab = vocabulary()
    name = vocab.get(agent).name if agent in vocab.by_id else agent
    had = agent in facts.prior_groups
    return Check(had, f"a prior {name}-containing regimen", "given" if had else "none on record")


def tap_check(minimum: float) -> Check:
    return Check(None, f"PD-L1 TAP >={_num(minimum)}%", "the case records CPS only; TAP is a different score")


def msi_check(facts: Facts) -> Check:
    if facts.msi_high is None:
        return Check(None, "MSI-high or dMMR", "MSI/MMR not tested")
    return Check(facts.msi_high, "MSI-high or dMMR", f"this patient: {'yes' if facts.msi_high else 'no'}")


def checks(req: Requirements, facts: Facts) -> Iterator[Check]:
    """Every condition in ``req``, checked against this patient."""
    if req.her2 is not None:
        yield her2_check(req.her2, facts)
    if req.her2_ihc is not None:
        yield ihc_check(tuple(req.her2_ihc), facts)
    if req.pdl1_cps_min is not None:
        yield minimum_check("PD-L1 CPS", facts.pdl1_cps, req.pdl1_cps_min)
    if req.pdl1_tap_min is not None:
        yield tap_check(req.pdl1_tap_min)
    if req.cldn18_2_min is not None:
        yield minimum_check("CLDN18.2 2+/3+ in", facts.cldn18_2_percent, req.cldn18_2_min, "%")
    if req.prior_agent is not None:
        yield prior_agent_check(req.prior_agent, facts)
    if req.prior_regimens_min is not None:
        yield Check(
            facts.prior_regimens >= req.prior_regimens_min,
            f">={req.prior_regimens_min} prior regimens",
            f"this patient: {facts.prior_regimens}",
        )
    if req.prior_chemo_regimens_min is not None:
        yield Check(
            facts.prior_chemo_regimens >= req.prior_chemo_regimens_min,
            f">={req.prior_chemo_regimens_min} prior chemotherapy regimens",
            f"this patient: {facts.prior_chemo_regimens}",
        )
    if req.msi_high is not None:
        yield msi_check(facts)


def summarise(found: list[Check]) -> tuple[bool | None, list[Check], list[Check]]:
    """Overall verdict (False if any not met, None if any unknown, else True), not-met, unknown."""
    not_met = [c for c in found if c.met is False]
    unknown = [c for c in found if c.met is None]
    verdict: bool | None = False if not_met else (None if unknown else True)
    return verdict, not_met, unknown
