"""Does the patient have the property a requirement names? True, False or None (unknown), with the
reason in words and, for an unknown, the action that would settle it."""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

from her2nav.knowledge.load import knowledge_base, threshold
from her2nav.trials.matching import evaluate_disease, evaluate_washout
from her2nav.trials.matching import evaluate_history as history
from her2nav.trials.matching import evaluate_scope as scoped
from her2nav.trials.matching import evaluate_standard as standard
from her2nav.trials.matching.evaluate_her2 import her2, her2_mutation
from her2nav.trials.matching.finding import Finding, not_applicable, unknown
from her2nav.trials.matching.patient import PatientFacts

__all__ = ["EVALUATORS", "Finding", "evaluate"]

_COMPARE: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
}


def cldn18_2(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    marker = facts.case.latest("cldn18_2")
    cut = req.get("value")
    want = f"CLDN18.2 ≥ {cut}%" if cut is not None else "CLDN18.2-positive (cut-off not stated)"
    if marker is None:
        return unknown(f"asks for {want}; no CLDN18.2 result on file", "CLDN18.2 immunohistochemistry")
    pct = marker.percent_positive
    if cut is None:
        common = threshold("cldn18_2_positive_percent")  # the zolbetuximab cut-off (kb.yaml)
        if pct >= common:
            return Finding(True, f"{want}; the case has {pct:g}% (meets the common ≥{common:g}% cut-off)")
        if pct == 0:
            return Finding(False, f"{want}; the case has 0%")
        return unknown(f"{want}; the case has {pct:g}%", "ask the study team for the protocol's cut-off")
    return Finding(pct >= cut, f"asks for {want}; the case has {pct:g}%")


def _compare(name: str, value: float | None, req: dict[str, Any], action: str) -> Finding:
    op, cut = req["op"], req["value"]
    if value is None:
        return unknown(f"asks about {name} {op} {cut:g}; not recorded", action)
    return Finding(_COMPARE[op](value, cut), f"{name} {op} {cut:g}; the case has {value:g}")


def pdl1_cps(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    marker = facts.case.latest("pdl1_cps")
    return _compare("PD-L1 CPS", marker.value if marker else None, req, "PD-L1 (CPS) immunohistochemistry")


def lvef(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """LVEF against the cut-off; with one cut-off per method (rules_cardiac.lvef ``by_method``), a value the
    cut-offs judge differently stays open: the case does not record the method."""
    value = facts.case.patient.lvef_percent
    found = _compare("LVEF (%)", value, req, "an echocardiogram or MUGA scan")
    if req.get("fails_only") and found.value is not False:  # "adequate cardiac function" (rules_cardiac)
        return unknown(
            f"adequate cardiac function: {found.reason}; the rest of the protocol's cardiac work-up is not "
            "recorded",
            "the protocol's cardiac work-up (ECG, echocardiogram)",
        )
    cuts = req.get("by_method") or []
    if value is None or len({_COMPARE[req["op"]](value, cut) for cut in cuts}) < 2:
        return found
    shown = " or ".join(f"{req['op']} {cut:g}" for cut in cuts)
    return unknown(
        f"LVEF (%) {shown} by method; the case has {value:g}, the method is not recorded",
        "the method of the LVEF measurement (echocardiogram or MUGA)",
    )


def age(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    value = facts.case.patient.age
    return _compare("age", float(value) if value is not None else None, req, "record the patient's age")


def sex(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    wanted, value = req["sex"], facts.case.patient.sex
    people = {"female": "women", "male": "men"}[wanted]
    if value is None:
        return unknown(f"{people} only; the patient's sex is not recorded", "record the patient's sex")
    if value == "other":
        return unknown(f"{people} only; the patient's recorded sex is other", "ask the study team")
    return Finding(
        value == wanted, f"{people} only; the patient is {'a woman' if value == 'female' else 'a man'}"
    )


def msi_high(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    msi, mmr = facts.case.latest("msi"), facts.case.latest("mmr")
    if msi is None and mmr is None:
        return unknown("MSI/MMR status matters; not tested", "MMR immunohistochemistry or MSI testing")
    high = (msi is not None and msi.result == "msi_high") or (mmr is not None and mmr.result == "deficient")
    shown = ", ".join(f"{m.kind} {m.result}" for m in (msi, mmr) if m is not None)
    return Finding(high, f"MSI-high/dMMR named; the case has {shown}")


def ecog(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    value = facts.case.patient.ecog
    low = int(req.get("min", 0))  # "performance status of 2": that score only (rules_fitness.ecog)
    span = f"ECOG {low}–{req['max']}" if low < req["max"] else f"ECOG {low}"
    if value is None:
        return unknown(f"{span}; not recorded", "record the ECOG performance status")
    return Finding(low <= value <= req["max"], f"{span}; the case has ECOG {value}")


def karnofsky(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """A Karnofsky threshold against the Karnofsky scores the case's ECOG grade stands for in every
    published pairing of the two scales (kb.yaml karnofsky_by_ecog): decided only where all agree."""
    op, cut = req["op"], float(req["value"])
    asked = f"Karnofsky {op} {cut:g}"
    value = facts.case.patient.ecog
    span = knowledge_base().karnofsky_by_ecog.span(value) if value is not None else None
    if value is None or span is None:
        return unknown(f"{asked}; the case records no ECOG grade", "record the performance status")
    low, high = span
    fits = {_COMPARE[op](score, cut) for score in (low, high)}  # a threshold: the ends decide the span
    if len(fits) == 1:
        return Finding(fits.pop(), f"{asked}; the case has ECOG {value}, Karnofsky {low}-{high}")
    return unknown(
        f"{asked}; the case has ECOG {value}, which stands for Karnofsky {low}-{high}",
        "record the Karnofsky performance status",
    )


def measurable_disease(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    value = facts.case.diagnosis.measurable_disease
    if value is None:
        return unknown(
            "measurable disease (RECIST 1.1); not recorded", "a staging CT read against RECIST 1.1"
        )
    return Finding(value, "measurable disease (RECIST 1.1): " + ("present" if value else "absent"))


def condition(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    name = req["condition"]
    words = name.replace("_", " ")
    if facts.conditions is None:
        return unknown(f"{words}: the case does not list past conditions", "record the medical history")
    present = name in facts.conditions or (
        name == "interstitial_lung_disease"
        and ("pneumonitis" in facts.conditions or facts.pneumonitis_on_therapy)
    )
    if not present:
        if req.get("broad"):
            return unknown(
                f"{words}: not in the case's history; the criterion names a wider class of illness",
                "a clinician's review of the medical history",
            )
        return Finding(False, f"{words}: not in the case's history")
    stop = threshold("pneumonitis_stop_grade")
    if req.get("steroids") and name == "interstitial_lung_disease" and facts.pneumonitis_grade >= stop:
        return Finding(
            True,
            f"{words}: grade {facts.pneumonitis_grade} pneumonitis recorded (grade ≥ {stop:g} is treated "
            "with systemic steroids)",
        )
    if req.get("broad") and name not in facts.conditions:
        # "pulmonary disease" now: a pneumonitis, listed or on an earlier therapy, may have resolved (TE's
        # reviewer); a recorded interstitial lung disease is one (UC's)
        return unknown(
            f"{words}: a pneumonitis recorded; whether lung disease remains is not recorded",
            "a clinician's assessment of the lungs",
        )
    if req.get("qualified"):
        return unknown(
            f"{words}: present; the criterion names only some forms (active, untreated, requiring steroids…)",
            f"a clinician's assessment of the {words}",
        )
    return Finding(True, f"{words}: present in the case's history")


def organ_function(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    return unknown(
        "organ function thresholds; the case has no laboratory values",
        "blood count, liver and kidney function tests",
    )


def _subject(when: dict[str, Any]) -> str:
    if when.get("type") == "disease" and when.get("part_left_out"):
        return f"a clause for {', '.join(when['sites'])} tumours (a part of the organ left out)"
    if when.get("type") == "disease":
        return f"a clause for {when.get('names') or 'another tumour'} patients"
    if when.get("type") == "condition":
        return f"a clause for patients with {when['condition'].replace('_', ' ')}"
    if when.get("type") == "prior_therapy":
        return f"a clause for patients who had {when['group'].replace('_', ' ')}"
    if when.get("type") == "her2" and when.get("status") == "ihc_1_plus_or_more" and when.get("negated"):
        return "a clause for tumours that do not express HER2"  # rules_biomarkers._unexpressed_mutation
    if when.get("type") == "her2":
        return f"a clause for HER2-{when.get('status')} patients"
    if when.get("type") == "msi_high":
        return "a clause for patients with MSI-high/dMMR tumours"
    if when.get("type") == "distant_metastases":
        return "a clause for patients with distant metastases"
    if when.get("type") == "sex":
        return f"a clause for {'women' if when['sex'] == 'female' else 'men'}"
    if when.get("type") == "any_of" and when.get("listed"):  # criteria/rules_option_lists.py
        return "a clause for the tumour types it lists"
    return "a clause for other patients"


def applies_if(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """A clause about patients with some property: it does not apply without the property; with it,
    what it then asks (unknown when that is nothing a case records)."""
    when = req["when"]
    subject = _subject(when)
    site = facts.case.diagnosis.site
    if when.get("type") == "disease" and (not when.get("part_left_out") or site not in when["sites"]):
        # another tumour's clause, or a part of an organ the case's tumour is not in
        return not_applicable(kind, f"{subject}; the case is {site} {facts.case.diagnosis.histology}")
    found = evaluate(when, facts, "inclusion")
    if found.value is False:
        return not_applicable(kind, f"{subject}; {found.reason}")
    then = [evaluate(r, facts, kind) for r in req.get("then") or []]
    hit = kind != "inclusion"
    if found.value is None:
        if then and all(f.value is (not hit) for f in then):  # met whether it applies or not
            why = "; ".join(f.reason for f in then)
            return Finding(not hit, f"{subject}: whether it applies is open ({found.reason}), but {why}")
        return unknown(f"{subject}; {found.reason}", found.action or "read the original text")
    if not then:
        return unknown(
            f"{subject}: it applies ({found.reason}); its conditions need checking", "read the original text"
        )
    if decided := [f for f in then if f.value is hit]:
        return Finding(hit, f"{subject}: " + "; ".join(f.reason for f in decided))
    if open_ := [f for f in then if f.value is None]:
        return unknown(
            f"{subject}: " + "; ".join(f.reason for f in open_), open_[0].action or "read the text"
        )
    return Finding(not hit, f"{subject}: " + "; ".join(f.reason for f in then))


def standard_exhausted(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    return standard.standard_exhausted(facts)


def any_of(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    return standard.any_of(req.get("options") or [], facts, evaluate)


EVALUATORS: dict[str, Callable[[dict[str, Any], PatientFacts, str], Finding]] = {
    "her2": her2,
    "her2_mutation": her2_mutation,
    "cldn18_2": cldn18_2,
    "pdl1_cps": pdl1_cps,
    "msi_high": msi_high,
    "prior_therapy": history.prior_therapy,
    "prior_lines": history.prior_lines,
    "late_relapse": history.late_relapse,
    "recurrence": history.recurrence,
    "first_line_held": history.first_line_held,
    "last_therapy_within": history.last_therapy_within,
    "first_line_progressed": history.first_line_progressed,
    "diagnosed_between": history.diagnosed_between,
    "therapy_after": history.therapy_after,
    "event_on": history.event_on,
    "history_option": history.history_option,
    "ecog": ecog,
    "karnofsky": karnofsky,
    "lvef": lvef,
    "age": age,
    "sex": sex,
    "measurable_disease": measurable_disease,
    "disease": evaluate_disease.disease,
    "resection_done": evaluate_disease.resection_done,
    "tumour_operated": evaluate_disease.tumour_operated,
    "condition": condition,
    "organ_function": organ_function,
    "applies_if": applies_if,
    "reproductive": scoped.reproductive,
    "permission": scoped.permission,
    "definition": scoped.definition,
    "other_cohort": scoped.other_cohort,
    "consent": scoped.consent,
    "her2_scoring": scoped.her2_scoring,
    "washout": evaluate_washout.washout,
    "toxicity": scoped.toxicity,
    "progressed_on_last": scoped.progressed_on_last,
    "distant_metastases": scoped.distant_metastases,
    "early_stage": scoped.early_stage,
    "prior_target": scoped.prior_target,
    "pdl1_known": scoped.pdl1_known,
    "her2_known": scoped.her2_known,
    "evaluable_disease": scoped.evaluable_disease,
    "open_parts": scoped.open_parts,
    "exclusions_unlisted": scoped.exclusions_unlisted,
    "standard_exhausted": standard_exhausted,
    "not_standard_candidate": standard.not_standard_candidate,
    "regimen_given": standard.regimen_given,
    "any_of": any_of,
}


def evaluate(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """The patient property a requirement names, negated when the requirement says so."""
    judge = EVALUATORS.get(req.get("type", ""))
    if judge is None:
        return unknown(f"requirement type {req.get('type')!r} is not known to this version", "read the text")
    found = judge(req, facts, kind)
    if req.get("negated") and found.value is not None:
        return Finding(not found.value, "not: " + found.reason, found.action)
    return found
