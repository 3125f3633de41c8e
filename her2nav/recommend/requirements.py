"""Checks a label, funding decision or option condition (``Requirements``) against one patient.

Each check is three-valued: met (True), not met (False) or not known yet (None), with a sentence
saying what was needed and what the record shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from her2nav.case.history import exposed_to
from her2nav.knowledge.agents import vocabulary
from her2nav.knowledge.models import Requirements
from her2nav.recommend.context import PatientContext


@dataclass(frozen=True)
class Check:
    met: bool | None
    text: str


def _num(value: float) -> str:
    return f"{value:g}"


def her2_check(need: str, ctx: PatientContext) -> Check:
    """HER2 status the option or label needs, against the assessed status."""
    status = ctx.her2.status
    if need == "any":
        return Check(True, "any HER2 status")
    if need == "overexpressing":
        score = ctx.ihc_score
        if score is None:
            return Check(None, "HER2 IHC 2+ or 3+ (no IHC score on record)")
        return Check(score in ("2+", "3+"), f"HER2 IHC 2+ or 3+ (this patient: IHC {score})")
    if status in ("equivocal", "unknown"):
        return Check(None, f"HER2-{need} (status is {status}: {ctx.her2.category})")
    return Check(status == need, f"HER2-{need} (this patient: HER2-{status})")


def _ihc(allowed: tuple[str, ...], ctx: PatientContext) -> Check:
    want = " or ".join(f"IHC {s}" for s in allowed)
    score = ctx.ihc_score
    if score is None:
        return Check(None, f"HER2 {want} (no IHC score on record)")
    return Check(score in allowed, f"HER2 {want} (this patient: IHC {score})")


def _minimum(label: str, value: float | None, minimum: float, unit: str = "") -> Check:
    want = f"{label} >={_num(minimum)}{unit}"
    if value is None:
        return Check(None, f"{want} (not tested)")
    return Check(value >= minimum, f"{want} (this patient: {_num(value)}{unit})")


def _prior_agent(agent: str, ctx: PatientContext) -> Check:
    name = vocabulary().get(agent).name if agent in vocabulary().by_id else agent
    had = bool(exposed_to(ctx.case, agent, include_current=False))
    return Check(had, f"a prior {name}-containing regimen ({'given' if had else 'none on record'})")


def checks(req: Requirements, ctx: PatientContext) -> Iterator[Check]:
    """Every condition in ``req``, checked against this patient."""
    rules: list[tuple[object, Callable[[], Check]]] = [
        (req.her2, lambda: her2_check(str(req.her2), ctx)),
        (req.her2_ihc, lambda: _ihc(tuple(req.her2_ihc or ()), ctx)),
        (req.pdl1_cps_min, lambda: _minimum("PD-L1 CPS", ctx.pdl1_cps, float(req.pdl1_cps_min or 0))),
        (
            req.pdl1_tap_min,
            lambda: Check(
                None,
                f"PD-L1 TAP >={_num(float(req.pdl1_tap_min or 0))}% (the case records CPS only; TAP is a "
                "different score)",
            ),
        ),
        (
            req.cldn18_2_min,
            lambda: _minimum("CLDN18.2 2+/3+ in", ctx.cldn18_2_percent, float(req.cldn18_2_min or 0), "%"),
        ),
        (req.prior_agent, lambda: _prior_agent(str(req.prior_agent), ctx)),
        (
            req.prior_regimens_min,
            lambda: Check(
                ctx.prior_regimens >= (req.prior_regimens_min or 0),
                f">={req.prior_regimens_min} prior regimens (this patient: {ctx.prior_regimens})",
            ),
        ),
        (
            req.prior_chemo_regimens_min,
            lambda: Check(
                ctx.prior_chemo_regimens >= (req.prior_chemo_regimens_min or 0),
                f">={req.prior_chemo_regimens_min} prior chemotherapy regimens "
                f"(this patient: {ctx.prior_chemo_regimens})",
            ),
        ),
        (req.msi_high, lambda: _msi(ctx)),
    ]
    for value, rule in rules:
        if value is not None:
            yield rule()


def _msi(ctx: PatientContext) -> Check:
    if ctx.msi_high is None:
        return Check(None, "MSI-high or dMMR (MSI/MMR not tested)")
    return Check(ctx.msi_high, f"MSI-high or dMMR (this patient: {'yes' if ctx.msi_high else 'no'})")


def summarise(found: list[Check]) -> tuple[bool | None, list[Check], list[Check]]:
    """Overall verdict (False if any not met, None if any unknown, else True), not-met, unknown."""
    not_met = [c for c in found if c.met is False]
    unknown = [c for c in found if c.met is None]
    verdict: bool | None = False if not_met else (None if unknown else True)
    return verdict, not_met, unknown
