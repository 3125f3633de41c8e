"""Gaps (missing information that would change the decision) and case-level warnings.

HER2 gaps and warnings come from ``biomarkers.her2``; the rest are named rules below. The rules decide
when a message applies; its words are ``review_texts.yaml`` of the knowledge base (``kb.say``).
"""

from __future__ import annotations

from collections.abc import Iterable

from her2nav.biomarkers.flags import SEVERITY_ORDER, Flag, merge_flags
from her2nav.case.history import is_advanced
from her2nav.knowledge.glossary import option_name
from her2nav.knowledge.language import sentences
from her2nav.recommend.context import PatientContext
from her2nav.recommend.options import her2_directed

DEFAULT_HER2_GAP_SEVERITY = "high"


def _cps_cutoffs(ctx: PatientContext, listed: set[str]) -> str:
    """'<option>: CPS >=1 (US, EU), >=5 (GB); …' for the listed options whose approval or funding asks
    for a PD-L1 CPS, read from the access events in force on the case's date (knowledge base)."""
    parts: list[str] = []
    file_order = {option_id: i for i, option_id in enumerate(ctx.kb.options)}  # ties: knowledge-base order
    for option_id in sorted(listed, key=lambda o: (ctx.kb.options[o].priority, file_order[o])):
        option = ctx.kb.options[option_id]
        by_cut: dict[float, list[str]] = {}
        for region, events in ctx.kb.access.get(option.id, {}).items():
            in_force = [e for e in events if e.date is None or e.date <= ctx.case.as_of]
            cut = next((e.requires.pdl1_cps_min for e in reversed(in_force) if e.requires.pdl1_cps_min), None)
            if cut is not None:
                by_cut.setdefault(cut, []).append(region)
        if by_cut:
            cuts = ", ".join(f">={c:g} ({', '.join(r)})" for c, r in sorted(by_cut.items()))
            parts.append(f"{option_name(option.id, option.name)}: CPS {cuts}")
    return "; ".join(parts)


def pdl1_cps_unknown(ctx: PatientContext, listed: set[str]) -> Flag | None:
    """First line: PD-L1 CPS decides whether a checkpoint inhibitor is added."""
    if ctx.line != 1 or ctx.pdl1_cps is not None:
        return None
    cutoffs = _cps_cutoffs(ctx, listed)
    if cutoffs:
        return Flag("PDL1_CPS_UNKNOWN", ctx.kb.say("gap_pdl1_cps_unknown_cutoffs", cutoffs=cutoffs), "high")
    return Flag("PDL1_CPS_UNKNOWN", ctx.kb.say("gap_pdl1_cps_unknown"), "high")


def cldn18_unknown(ctx: PatientContext, listed: set[str]) -> Flag | None:
    """First line, not HER2-positive: CLDN18.2 >=75% opens zolbetuximab."""
    if ctx.line != 1 or ctx.cldn18_2_percent is not None or ctx.her2.status == "positive":
        return None
    severity = "high" if ctx.her2.status == "negative" else "medium"
    cut = ctx.threshold("cldn18_2_positive_percent")
    return Flag("CLDN18_UNKNOWN", ctx.kb.say("gap_cldn18_unknown", cut=cut), severity)


def mmr_unknown(ctx: PatientContext, listed: set[str]) -> Flag | None:
    if ctx.msi_high is not None:
        return None
    severity = "high" if (ctx.line or 0) >= 2 else "medium"
    return Flag("MMR_UNKNOWN", ctx.kb.say("gap_mmr_unknown"), severity)


def lvef_unknown(ctx: PatientContext, listed: set[str]) -> Flag | None:
    if ctx.case.patient.lvef_percent is not None:
        return None
    agents = set(ctx.kb.caution_rules["LVEF_BELOW_50"].agents)
    concerned = [o for o in listed if agents & set(ctx.kb.options[o].components)]
    if not concerned:
        return None
    options = ", ".join(option_name(o, o) for o in sorted(concerned))  # ids in English, names in Chinese
    return Flag("LVEF_UNKNOWN", ctx.kb.say("gap_lvef_unknown", options=options), "high")


def ecog_unknown(ctx: PatientContext, listed: set[str]) -> Flag | None:
    if ctx.case.patient.ecog is not None:
        return None
    message = ctx.kb.say(
        "gap_ecog_unknown",
        evidence_max=ctx.threshold("ecog_evidence_max"),
        supportive_care=ctx.threshold("ecog_best_supportive_care"),
    )
    return Flag("ECOG_UNKNOWN", message, "medium")


def treatment_setting_unknown(ctx: PatientContext, listed: set[str]) -> Flag | None:
    """CONTRACT §1/§2: a course with neither ``line`` nor ``setting`` counts for prior exposure but not
    as a palliative line, so the line being chosen may be too low until its setting is known."""
    unknown = [f"treatments[{i}]" for i, t in enumerate(ctx.case.treatments) if t.setting is None]
    if not unknown:
        return None
    message = ctx.kb.say("gap_treatment_setting_unknown", courses=", ".join(unknown))
    return Flag("TREATMENT_SETTING_UNKNOWN", message, "high")


GAP_RULES = (
    pdl1_cps_unknown,
    cldn18_unknown,
    mmr_unknown,
    lvef_unknown,
    ecog_unknown,
    treatment_setting_unknown,
)


def _her2_gap(flag: Flag, ctx: PatientContext, chosen: set[str]) -> Flag:
    """A HER2 gap with its severity; a re-test that no listed option depends on is not blocking (it can
    wait until a HER2-directed option is in play again)."""
    if flag.code == "HER2_RETEST_RECOMMENDED" and not any(her2_directed(ctx.kb.options[o]) for o in chosen):
        message = sentences(flag.message, ctx.kb.say("gap_her2_retest_not_blocking"))
        return Flag(flag.code, message, "medium")
    return flag if flag.severity else Flag(flag.code, flag.message, DEFAULT_HER2_GAP_SEVERITY)


def gaps(ctx: PatientContext, listed: Iterable[str]) -> list[dict[str, str]]:
    chosen = set(listed)
    found: list[Flag] = []
    if ctx.adenocarcinoma:
        found.extend(_her2_gap(g, ctx, chosen) for g in ctx.her2.gaps)
    if is_advanced(ctx.case) and ctx.adenocarcinoma:
        found.extend(g for rule in GAP_RULES if (g := rule(ctx, chosen)) is not None)
    merged = merge_flags(found)
    ordered = sorted(merged, key=lambda f: SEVERITY_ORDER.get(f.severity or "low", 9))
    return [{"code": f.code, "severity": f.severity or "medium", "message": f.message} for f in ordered]


def warnings(ctx: PatientContext) -> list[dict[str, str]]:
    found: list[Flag] = []
    diagnosis = ctx.case.diagnosis
    if not ctx.adenocarcinoma:
        histology = ctx.kb.word("histology", diagnosis.histology)
        found.append(
            Flag("NOT_ADENOCARCINOMA", ctx.kb.say("warning_not_adenocarcinoma", histology=histology))
        )
    else:
        found.extend(ctx.her2.warnings)
    if not is_advanced(ctx.case):
        words = ctx.kb.word("setting", diagnosis.setting)
        setting = ctx.kb.say("warning_not_advanced_setting", setting=words)
        found.append(Flag("NOT_ADVANCED_SETTING", setting))
    if ctx.msi_high:
        found.append(Flag("MSI_HIGH", ctx.kb.say("warning_msi_high")))
    return [{"code": f.code, "message": f.message} for f in merge_flags(found)]
