"""Evaluator for the tumour a study takes (requirement type ``disease``: criteria/rules_disease.py):
histology, stage (advanced, M0, distant spread) and site, read against CONTRACT §1's diagnosis."""

from __future__ import annotations

from typing import Any

from her2nav.trials.matching.finding import Finding, unknown
from her2nav.trials.matching.patient import PatientFacts


def disease(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    if lauren := req.get("lauren"):  # the Lauren type asked too: only once the rest holds
        found = _disease({k: v for k, v in req.items() if k != "lauren"}, facts)
        return _lauren(lauren, facts, found) if found.value else found
    found = _disease(req, facts)
    if found.value and req.get("in_place") and (done := operated(facts)).value:
        # "Potentially resectable adenocarcinoma of the stomach": a tumour still to operate on (VS's
        # reviewer: "already resected; nothing left to resect")
        return Finding(False, f"asks for a tumour still to resect; {done.reason}")
    return found


# Therapy given after an operation, or around one once it has ended (CONTRACT §1 treatments.setting)
_AFTER_AN_OPERATION = ("adjuvant", "perioperative")
# Therapy given around an operation: a course that may have followed one
_AROUND_AN_OPERATION = ("adjuvant", "perioperative", "neoadjuvant")


def operated(facts: PatientFacts) -> Finding:
    """Whether the case's cancer was operated on. CONTRACT §1 records no operation, but a biomarker
    tested on a resection specimen shows one, as does adjuvant therapy or an ended perioperative course;
    a resectable tumour with no therapy around an operation has not been operated on yet (the TO, UB, VA
    and VP reviewers:
    "newly diagnosed, primary in place"). Advanced disease with no such sign may have been (a palliative
    or an earlier operation would not show): most reviewers left it open (TP, TT, TF, UE, VH, VP)."""
    case = facts.case
    specimen = next((b for b in case.biomarkers if getattr(b, "specimen", None) == "resection"), None)
    if specimen is not None:
        when = f" on {specimen.tested_on}" if specimen.tested_on else ""
        return Finding(
            True, f"a biomarker was tested{when} on a resection specimen: the tumour was operated on"
        )
    after = next(
        (
            t
            for t in case.treatments
            if t.setting == "adjuvant" or (t.setting in _AFTER_AN_OPERATION and t.ended_on)
        ),
        None,
    )
    if after is not None:
        return Finding(
            True,
            f"a {after.setting} course ({', '.join(after.agents)}) is recorded: the tumour was operated on",
        )
    if case.diagnosis.setting == "resectable" and not any(
        t.setting in _AROUND_AN_OPERATION for t in case.treatments
    ):
        return Finding(
            False,
            "the tumour is resectable and not yet operated on: no biomarker on a resection specimen and no"
            " therapy around an operation",
        )
    return unknown(
        f"the case records no operation (its disease is {case.diagnosis.setting.replace('_', ' ')}, its"
        " specimens are not from a resection)",
        "ask the patient's team whether the tumour was operated on",
    )


def tumour_operated(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """An operation on the cancer already had (criteria/rules_operation.py); a gastrectomy named alone,
    for a junction or oesophageal tumour, which an oesophagectomy may have removed (TF's reviewer)."""
    done = operated(facts)
    site = facts.case.diagnosis.site
    if done.value and req.get("gastrectomy") and site != "stomach":
        return unknown(
            f"asks about a prior gastrectomy; {done.reason}, but the {site} primary's operation"
            " may have been an oesophagectomy",
            "ask the patient's team which operation was done",
        )
    return done


def resection_done(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    """Curative surgery already done ("underwent radical gastrectomy", "on the basis of postoperative
    findings": criteria/disease_terms.RESECTED). A tumour not yet operated on (``operated``: the TI, TO,
    TQ and TS reviewers) has not had it; one operated on may have had it, but whether the operation was
    the curative one asked is open (VS's reviewer), as it is when the item asks only a pathological
    stage, which the patient may yet have once operated on (``open``); advanced disease fails the stage
    the item asks beside it."""
    done = operated(facts)
    if done.value is False and not req.get("open"):
        return Finding(False, f"asks for a curative resection already done; {done.reason}")
    if done.value:
        return unknown(
            f"asks for a curative resection already done; {done.reason}: its extent and margins are not"
            " recorded",
            "ask the patient's team for the operation note and pathology report",
        )
    return unknown(
        "the case does not record: a curative resection already done (the case records no operation)",
        "ask the patient's team whether and how the tumour was resected",
    )


def _lauren(lauren: str, facts: PatientFacts, found: Finding) -> Finding:
    """The Lauren type a study names (CONTRACT §1 diagnosis.lauren): a mixed tumour has a component of
    each type, which the study may or may not take; none recorded leaves it open."""
    own = facts.case.diagnosis.lauren
    if own == lauren:
        return Finding(True, f"{found.reason}; Lauren {own}, as asked")
    if own is None or own == "mixed":
        state = "mixed" if own else "not recorded"
        return unknown(
            f"asks for Lauren {lauren} type; the case's is {state}", f"the Lauren type ({lauren}?)"
        )
    return Finding(False, f"asks for Lauren {lauren} type; the case is Lauren {own}")


def _disease(req: dict[str, Any], facts: PatientFacts) -> Finding:
    diag = facts.case.diagnosis
    sites = req["sites"]
    if req.get("histology") and diag.histology != req["histology"]:
        return Finding(False, f"asks for {req['histology']}; the case is {diag.histology}")
    if req.get("histology_any") and diag.histology not in req["histology_any"]:
        return Finding(False, f"asks for {' or '.join(req['histology_any'])}; the case is {diag.histology}")
    if "advanced" in req and req["advanced"] != facts.advanced:
        want = "advanced (unresectable/metastatic/recurrent)" if req["advanced"] else "resectable"
        return Finding(False, f"asks for {want} disease; the case is {diag.setting}")
    if req.get("m0") and diag.setting in (
        "metastatic",
        "locally_advanced_unresectable",
        "recurrent",
    ):
        if diag.setting != "locally_advanced_unresectable":  # metastatic, or recurred after treatment
            return Finding(
                False, f"asks for a tumour without distant metastases (M0); the case is {diag.setting}"
            )
        return unknown(
            f"asks for disease without distant metastases (M0); the case is {diag.setting.replace('_', ' ')}",
            "whether the tumour qualifies (T stage, resectability, sites of recurrence)",
        )
    if req.get("not_locally_advanced") and diag.setting == "locally_advanced_unresectable":
        return Finding(False, "asks for metastatic or recurrent disease; the case is locally advanced")
    if req.get("distant") and diag.setting == "locally_advanced_unresectable":
        return Finding(False, "asks for distant metastases (stage IV, M1); the case is locally advanced")
    if req.get("distant") and diag.setting == "recurrent" and (sites == [] or diag.site in sites):
        return unknown(
            "asks for distant metastases (stage IV, M1); the case is recurrent, locally or at a distance",
            "the sites of recurrence",
        )
    if diag.site in req.get("not_sites", ()):
        return Finding(False, f"leaves out {diag.site} tumours; the case is {diag.site}")
    if not sites:
        return Finding(True, f"disease stage; the case is {diag.setting}")
    if req.get("subsites") and diag.site == "stomach":  # criteria/rules_locations.py
        parts = ", ".join(req["subsites"])
        return unknown(
            f"names parts of the stomach ({parts}); the case records a gastric primary, not its part",
            f"the location of the primary within the stomach ({parts}?)",
        )
    if diag.site in sites or "solid" in sites:
        return Finding(True, f"disease site {', '.join(sites)}; the case is {diag.site} {diag.histology}")
    if req.get("by_centre"):  # "the bulk of the tumour must involve …": the case's site is its centre's
        return Finding(
            False, f"the bulk of the tumour in {', '.join(sites)}; the case's primary is {diag.site}"
        )
    # the junction lies between the stomach and the oesophagus, and AJCC 8th stages junction tumours
    # with either by where their centre lies: a study of one of them may or may not take a junction
    # tumour. A primary the case records as gastric is not a junction tumour (AJCC 8th: a tumour whose
    # centre lies more than 2 cm below the junction, or that does not reach it, is gastric), unless the
    # study names the cardia or Siewert type III, which reach into the stomach (twelfth blind set).
    if (
        ("stomach" in sites and diag.site == "gej")
        or ("esophagus" in sites and diag.site == "gej")
        or ("gej" in sites and diag.site == "stomach" and req.get("cardia"))
    ):
        return unknown(
            f"names {', '.join(sites)} only; the case is {diag.site}",
            "ask the study team whether this tumour site qualifies",
        )
    if req.get("names"):  # a tumour cohort's bullet (criteria/tumour_cohorts.py)
        return Finding(False, f"asks for {req['names']}; the case is {diag.site} {diag.histology}")
    return Finding(False, f"disease site {', '.join(sites)}; the case is {diag.site}")
