"""Evaluators for the ``her2`` and ``her2_mutation`` requirements (criteria/rules_biomarkers.py): the
case's HER2 category and score (biomarkers/her2.py, the gastric scoring rules), a loss after anti-HER2
therapy, central confirmation and a biopsy after progression."""

from __future__ import annotations

from typing import Any

from her2nav.trials.matching.finding import Finding, unknown
from her2nav.trials.matching.patient import PatientFacts

_HER2_WORDS = {
    "positive": "HER2-positive (IHC 3+ or IHC 2+ with ISH amplification)",
    "low": "HER2-low (IHC 1+ or IHC 2+ without ISH amplification)",
    "ihc_1_plus_or_more": "HER2 expression at IHC 1+ or more",
    "ihc_2_3": "HER2 IHC 2+ or 3+ regardless of ISH",
    "ihc_3": "HER2 IHC 3+",
    "ihc_1_or_2": "HER2 IHC 1+ or 2+",
    "negative": "HER2-negative",
    "ultralow": "HER2-ultralow",
}
_HER2_RETEST = "a new tumour biopsy with HER2 IHC (and ISH if IHC 2+)"


def _her2_category_fits(want: str, facts: PatientFacts) -> bool | None:
    h = facts.her2
    if want == "positive":
        return {"positive": True, "low": False, "zero": False}.get(h.category)
    if want == "negative":
        return {"positive": False, "low": True, "zero": True}.get(h.category)
    if want == "low":
        return {"positive": False, "low": True, "zero": False}.get(h.category)
    score = h.ihc_score
    if score is None:
        return None
    if want == "ihc_1_plus_or_more":
        return score in ("1+", "2+", "3+")
    if want == "ihc_2_3":
        return score in ("2+", "3+")
    if want == "ihc_3":
        return score == "3+"
    if want == "ihc_1_or_2":
        return score in ("1+", "2+")
    return None


def _lost(want: str, req: dict[str, Any], facts: PatientFacts) -> bool:
    return (
        want in ("positive", "ihc_2_3", "ihc_3")
        and facts.her2.ever_positive
        and facts.her2.status == "negative"
        and not req.get("post_progression_biopsy")
        and not req.get("most_recent")
    )


def her2(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    want = req["status"]
    words = _HER2_WORDS.get(want, want)
    fits = _her2_category_fits(want, facts)
    basis = facts.her2.basis
    if fits is None:
        return unknown(f"asks for {words}; the case's HER2 is not settled ({basis})", _HER2_RETEST)
    if not fits and _lost(want, req, facts):
        # HER2-positive before anti-HER2 therapy, negative now (lost in 29-69 %, fact sheet 1.6): a
        # study that does not ask for a biopsy after progression may go by the earlier result
        # (DESTINY-Gastric01 took archival tissue for 70 % of its patients)
        if req.get("earlier_results"):
            return Finding(
                True, f"asks for {words}; earlier results count, and one was HER2-positive ({basis})"
            )
        return unknown(
            f"asks for {words}; HER2-positive before, {facts.her2.category} now ({basis}): whether the "
            "study goes by the earlier result decides",
            "ask the study team whether an earlier HER2 result is accepted; else re-test",
        )
    if not fits:
        return Finding(False, f"asks for {words}; the case is {facts.her2.category} ({basis})")
    if (
        want in ("negative", "low", "ultralow")
        and facts.her2.ever_positive
        and kind == "inclusion"
        and not req.get("most_recent")
    ):
        # the converse of a loss: a study of HER2-negative disease may go by the result at diagnosis,
        # which was positive (TV's reviewer read such a patient as HER2-positive)
        return unknown(
            f"asks for {words}; {facts.her2.category} now, HER2-positive before ({basis})",
            "ask the study team which HER2 result it goes by",
        )
    if kind == "inclusion" and req.get("post_progression_biopsy"):
        tested = facts.her2.tested_on
        since = facts.her2_progression
        if since is None:
            return unknown(
                f"asks for {words} on a biopsy taken after progression; no progression on HER2-directed "
                "therapy is recorded",
                _HER2_RETEST + " after progression",
            )
        if tested is None or tested <= since:
            return unknown(
                f"asks for {words} on a biopsy taken after progression ({since}); the latest HER2 result "
                f"predates it ({basis})",
                _HER2_RETEST + " after progression",
            )
    if kind == "inclusion" and req.get("central"):
        return unknown(
            f"asks for centrally confirmed {words}; the case is {basis} (local result)",
            "send tumour tissue for central HER2 testing",
        )
    return Finding(True, f"asks for {words}; the case is {basis}")


def her2_mutation(req: dict[str, Any], facts: PatientFacts, kind: str) -> Finding:
    return unknown(
        "names a HER2 (ERBB2) mutation; the case records no sequencing", "tumour or ctDNA sequencing"
    )
