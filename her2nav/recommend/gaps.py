"""Gaps (missing information that would change the decision) and case-level warnings.

HER2 gaps and warnings come from ``biomarkers.her2``; the rest are named rules below.
"""

from __future__ import annotations

from collections.abc import Iterable

from her2nav.biomarkers.flags import SEVERITY_ORDER, Flag, merge_flags
from her2nav.case.history import is_advanced
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
            parts.append(f"{option.name}: CPS {cuts}")
    return "; ".join(parts)


def pdl1_cps_unknown(ctx: PatientContext, listed: set[str]) -> Flag | None:
    """First line: PD-L1 CPS decides whether a checkpoint inhibitor is added."""
    if ctx.line != 1 or ctx.pdl1_cps is not None:
        return None
    cutoffs = _cps_cutoffs(ctx, listed)
    return Flag(
        "PDL1_CPS_UNKNOWN",
        "PD-L1 CPS is not on record; it decides whether a checkpoint inhibitor is added to first-line "
        "chemotherapy" + (f" ({cutoffs})." if cutoffs else "."),
        "high",
    )


def cldn18_unknown(ctx: PatientContext, listed: set[str]) -> Flag | None:
    """First line, not HER2-positive: CLDN18.2 >=75% opens zolbetuximab."""
    if ctx.line != 1 or ctx.cldn18_2_percent is not None or ctx.her2.status == "positive":
        return None
    severity = "high" if ctx.her2.status == "negative" else "medium"
    cut = ctx.threshold("cldn18_2_positive_percent")
    return Flag(
        "CLDN18_UNKNOWN",
        f"CLDN18.2 has not been tested; >={cut:g}% of tumour cells at 2+/3+ would make zolbetuximab + "
        "chemotherapy an option for HER2-negative disease.",
        severity,
    )


def mmr_unknown(ctx: PatientContext, listed: set[str]) -> Flag | None:
    if ctx.msi_high is not None:
        return None
    severity = "high" if (ctx.line or 0) >= 2 else "medium"
    return Flag(
        "MMR_UNKNOWN",
        "Neither MMR (IHC) nor MSI has been tested; MSI-high / dMMR tumours respond well to PD-1 "
        "blockade (pembrolizumab from second line).",
        severity,
    )


def lvef_unknown(ctx: PatientContext, listed: set[str]) -> Flag | None:
    if ctx.case.patient.lvef_percent is not None:
        return None
    agents = set(ctx.kb.caution_rules["LVEF_BELOW_50"].agents)
    concerned = [o for o in listed if agents & set(ctx.kb.options[o].components)]
    if not concerned:
        return None
    return Flag(
        "LVEF_UNKNOWN",
        "No LVEF on record: measure it (echocardiogram or MUGA) before any anti-HER2 therapy "
        f"({', '.join(sorted(concerned))}).",
        "high",
    )


def ecog_unknown(ctx: PatientContext, listed: set[str]) -> Flag | None:
    if ctx.case.patient.ecog is not None:
        return None
    return Flag(
        "ECOG_UNKNOWN",
        "ECOG performance status is not recorded; the evidence for most options is in ECOG "
        f"0-{ctx.threshold('ecog_evidence_max'):g}, and ECOG "
        f">={ctx.threshold('ecog_best_supportive_care'):g} points to best supportive care.",
        "medium",
    )


def treatment_setting_unknown(ctx: PatientContext, listed: set[str]) -> Flag | None:
    """CONTRACT §1/§2: a course with neither ``line`` nor ``setting`` counts for prior exposure but not
    as a palliative line, so the line being chosen may be too low until its setting is known."""
    unknown = [f"treatments[{i}]" for i, t in enumerate(ctx.case.treatments) if t.setting is None]
    if not unknown:
        return None
    return Flag(
        "TREATMENT_SETTING_UNKNOWN",
        f"{', '.join(unknown)} has neither a line nor a setting: record whether it was perioperative, "
        "neoadjuvant, adjuvant or palliative (with its line number). It counts for prior exposure, but "
        "not as a palliative line, so the line being chosen may be undercounted.",
        "high",
    )


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
        return Flag(
            flag.code,
            flag.message + " No HER2-directed option is listed for this patient now, so it does not block "
            "the decision.",
            "medium",
        )
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
        found.append(
            Flag(
                "NOT_ADENOCARCINOMA",
                f"Histology is {diagnosis.histology.replace('_', ' ')}: the HER2-directed evidence and this "
                "knowledge base cover adenocarcinoma only, so no HER2-directed option is offered.",
            )
        )
    else:
        found.extend(ctx.her2.warnings)
    if not is_advanced(ctx.case):
        found.append(
            Flag(
                "NOT_ADVANCED_SETTING",
                f"Setting is {diagnosis.setting}: treatment aims at cure (surgery, perioperative therapy); "
                "no palliative line is being chosen.",
            )
        )
    if ctx.msi_high:
        found.append(
            Flag(
                "MSI_HIGH",
                "MSI-high / mismatch-repair deficient: immunotherapy is particularly effective; HER2 "
                "positivity is less common in such tumours.",
            )
        )
    return [{"code": f.code, "message": f.message} for f in merge_flags(found)]
