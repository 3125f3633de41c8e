"""HER2 status of a gastric / GEJ adenocarcinoma case, by gastric (not breast) rules.

How the status is reached:
1. Each specimen is read on its own (``her2_specimens``): IHC 3+ positive; IHC 2+ needs ISH (ratio ≥ 2.0
   amplified); IHC 1+ and IHC 2+/ISH-not-amplified HER2-low; IHC 0 HER2-zero; ISH alone decides positive
   or negative but cannot say low vs zero.
2. Specimens are grouped by era (``her2_timeline``): before any anti-HER2 therapy, then after the start of
   each anti-HER2 course. The newest era with a result decides the current status.
3. Within an era, any positive specimen makes the patient positive (HER2_HETEROGENEOUS when another
   specimen disagrees); otherwise an IHC 2+ awaiting ISH makes the status equivocal; otherwise negative,
   HER2-low if any specimen is low (the highest-expressing specimen counts, as for positivity).
4. A negative newest era after a positive earlier one is HER2 loss: the current status is negative.
   A newest era that only holds an IHC 2+ awaiting ISH does not overturn an earlier positive.
5. A positive status resting on a specimen from before progression on anti-HER2 therapy asks for a
   re-biopsy (flag, never block). ctDNA never sets the status.
6. A status is provisional while a result that could overturn it is awaited: a newer specimen awaiting
   ISH (rule 4), or a non-positive IHC scored with breast criteria that gastric criteria could raise
   (fact sheet §1.2: breast rules miss about half of the patients who benefit, S27). Options that need
   a HER2 status then become "consider" (``recommend``), and the awaited result is a high gap.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from her2nav.biomarkers.flags import Flag, merge_flags
from her2nav.biomarkers.her2_notes import (
    ctdna_notes,
    discordant_flag,
    heterogeneous_flag,
    ish_required_flag,
    loss_flag,
    pending_newer_flag,
    rescore_flag,
    retest_flag,
    undated_notes,
    untested_flag,
)
from her2nav.biomarkers.her2_specimens import Reading, specimen_readings
from her2nav.biomarkers.her2_timeline import Her2Timeline
from her2nav.case.models import Case, Her2Ctdna
from her2nav.knowledge.load import knowledge_base

__all__ = ["Flag", "Her2Assessment", "Reading", "assess_her2"]

CATEGORY_RANK = {"low": 0, "zero": 1, "unknown": 2}  # which negative specimen speaks for the era
CATEGORY_WORDS = {
    "low": "HER2-low",
    "zero": "HER2-zero",
    "pending": "ISH needed",
    "unknown": "HER2-negative, HER2-low vs zero unknown without IHC",
}


@dataclass(frozen=True)
class Her2Assessment:
    status: Literal["positive", "negative", "equivocal", "unknown"]
    category: Literal["positive", "low", "zero", "pending", "unknown"]
    basis: str  # e.g. "IHC 3+ on biopsy (2025-02-20), gastric criteria"
    determined_on: dt.date | None
    ihc_score: str | None  # the IHC score the status rests on ("0","1+","2+","3+"), None if none
    ish_amplified: bool | None  # ISH on the deciding specimen: True/False, None if not done/equivocal
    warnings: tuple[Flag, ...]  # HER2_LOSS, HER2_DISCORDANT, HER2_HETEROGENEOUS
    gaps: tuple[Flag, ...]  # HER2_UNTESTED, HER2_ISH_REQUIRED, HER2_RETEST_RECOMMENDED, HER2_RESCORE_…
    notes: tuple[str, ...] = ()  # e.g. ctDNA supports but does not establish positivity
    ever_positive: bool = False  # any specimen on record was HER2-positive
    positive_before_anti_her2: bool = False  # a specimen from before any anti-HER2 therapy was positive
    retest_recommended: bool = False  # HER2_RETEST_RECOMMENDED is among the gaps
    readings: tuple[Reading, ...] = ()  # every specimen reading, oldest first
    provisional: str | None = None  # why a positive/negative status may still change (rule 6), else None

    def as_contract(self) -> dict[str, Any]:
        """The ``her2`` block of the CONTRACT §2 review."""
        return {
            "status": self.status,
            "category": self.category,
            "basis": self.basis,
            "determined_on": self.determined_on.isoformat() if self.determined_on else None,
            "ihc_score": self.ihc_score,
            "notes": list(self.notes),
        }


@dataclass(frozen=True)
class _Decision:
    deciding: Reading
    era: int
    heterogeneous: tuple[Reading, ...] = ()  # the era's disagreeing specimens, when positive wins
    prior_positive: Reading | None = None  # set when the status is negative after an earlier positive
    pending_newer: Reading | None = None  # a newer IHC 2+ awaiting ISH that did not overturn a positive


def era_verdict(readings: Sequence[Reading]) -> tuple[Reading, tuple[Reading, ...]]:
    """Which specimen speaks for one era (rule 3 of the module docstring), and disagreeing negatives."""
    positives = [r for r in readings if r.status == "positive"]
    if positives:
        return positives[-1], tuple(r for r in readings if r.status == "negative")
    pending = [r for r in readings if r.status == "equivocal"]
    if pending:
        return pending[-1], ()
    best = min(CATEGORY_RANK.get(r.category, 9) for r in readings)
    return [r for r in readings if CATEGORY_RANK.get(r.category, 9) == best][-1], ()


def decide(readings: Sequence[Reading], timeline: Her2Timeline) -> _Decision:
    """The current status across eras (rules 2–4 of the module docstring)."""
    eras: dict[int, list[Reading]] = {}
    for reading in readings:
        eras.setdefault(timeline.era(reading.specimen_date), []).append(reading)
    order = sorted(eras)
    newest = order[-1]
    deciding, disagree = era_verdict(eras[newest])
    if deciding.status == "equivocal":
        for era in reversed(order[:-1]):
            earlier, earlier_disagree = era_verdict(eras[era])
            if earlier.status == "equivocal":
                continue
            if earlier.status == "positive":
                return _Decision(earlier, era, earlier_disagree, pending_newer=deciding)
            break
        return _Decision(deciding, newest)
    prior: Reading | None = None
    if deciding.status == "negative":
        earlier_positive = [r for e in order[:-1] for r in eras[e] if r.status == "positive"]
        prior = earlier_positive[-1] if earlier_positive else None
    return _Decision(deciding, newest, disagree, prior_positive=prior)


def assess_her2(case: Case) -> Her2Assessment:
    timeline = Her2Timeline.of(case)
    ihcs, ishes = case.markers("her2_ihc"), case.markers("her2_ish")
    ctdna: list[Her2Ctdna] = case.markers("her2_ctdna")
    readings = specimen_readings(ihcs, ishes)
    notes = [*undated_notes([*ihcs, *ishes], timeline)]
    if not readings:
        notes += ctdna_notes(ctdna, None)
        untested = untested_flag(ctdna, case.diagnosis.histology)
        if untested is None:
            kb = knowledge_base()
            histology = kb.word("histology", case.diagnosis.histology)
            notes.append(kb.say("her2_note_not_tested_histology", histology=histology))
        return Her2Assessment(
            status="unknown",
            category="unknown",
            basis="no HER2 IHC or ISH result on record",
            determined_on=None,
            ihc_score=None,
            ish_amplified=None,
            warnings=(),
            gaps=(untested,) if untested is not None else (),
            notes=tuple(notes),
        )

    decision = decide(readings, timeline)
    d = decision.deciding
    relevant = [r for r in readings if timeline.era(r.specimen_date) >= decision.era]
    warnings = list(_warnings(decision, relevant, timeline))
    gaps = list(_gaps(decision, relevant, timeline))
    notes += [n for r in relevant for n in r.notes]
    notes += _era_notes(decision, relevant)
    notes += ctdna_notes(ctdna, d)
    retest = any(g.code == "HER2_RETEST_RECOMMENDED" for g in gaps)
    provisional = _provisional(decision, gaps)
    return Her2Assessment(
        status=d.status,
        category=d.category,
        basis=_basis(decision),
        determined_on=d.determined_on,
        ihc_score=d.ihc.score if d.ihc is not None else None,
        ish_amplified=d.ish_amplified,
        warnings=merge_flags(warnings),
        gaps=merge_flags(gaps),
        notes=tuple(dict.fromkeys(notes)),
        ever_positive=any(r.status == "positive" for r in readings),
        positive_before_anti_her2=any(
            r.status == "positive" and timeline.era(r.specimen_date) == 0 for r in readings
        ),
        retest_recommended=retest,
        readings=tuple(readings),
        provisional=provisional,
    )


def _provisional(decision: _Decision, gaps: Sequence[Flag]) -> str | None:
    """Rule 6 of the module docstring: what the status still waits for, in words, or None."""
    if decision.pending_newer is not None:
        return f"a newer specimen awaits ISH: {decision.pending_newer.describe()}"
    rescore = any(g.code == "HER2_RESCORE_GASTRIC_CRITERIA" and g.severity == "high" for g in gaps)
    if rescore and decision.deciding.status == "negative":
        return "the IHC was scored with breast criteria and awaits re-scoring with gastric criteria"
    return None


def _warnings(decision: _Decision, relevant: Sequence[Reading], timeline: Her2Timeline) -> Iterator[Flag]:
    if decision.prior_positive is not None:
        yield loss_flag(decision.prior_positive, decision.deciding, timeline)
    if decision.heterogeneous:
        yield heterogeneous_flag(decision.deciding, decision.heterogeneous, decision.era, timeline)
    for reading in relevant:
        if reading.discordant:
            yield discordant_flag(reading)


def _gaps(decision: _Decision, relevant: Sequence[Reading], timeline: Her2Timeline) -> Iterator[Flag]:
    d = decision.deciding
    if d.status == "equivocal":
        yield ish_required_flag(d)
    if decision.pending_newer is not None:
        yield pending_newer_flag(decision.pending_newer, d)
    elif d.status == "positive":
        progressions = timeline.progressions_after(d.specimen_date)
        if progressions:
            yield retest_flag(d, progressions)
    for reading in relevant:
        flag = rescore_flag(reading, current_positive=d.status == "positive")
        if flag is not None:
            yield flag


def _basis(decision: _Decision) -> str:
    d = decision.deciding
    text = d.describe()
    if d.category == "pending" and d.ihc is None:
        text += ": IHC and a repeat ISH needed"
    elif d.category in CATEGORY_WORDS:
        text += f": {CATEGORY_WORDS[d.category]}"
    if d.discordant and d.status == "positive":
        text += " (ISH not amplified on IHC 3+ is discordant; IHC 3+ alone is positive; pathology review)"
    elif d.discordant:
        text += " (ISH amplified on IHC 0/1+ is discordant; kept HER2-negative pending pathology review)"
    if d.status == "positive" and d.ihc is None:
        text += " (positive on ISH alone)"
    if decision.heterogeneous:
        total = len(decision.heterogeneous) + 1
        text += f"; positive on one of {total} specimens of the same period, which makes the patient positive"
    if decision.prior_positive is not None:
        text += f"; HER2 loss after anti-HER2 therapy (earlier: {decision.prior_positive.describe()})"
    if decision.pending_newer is not None:
        text += f"; a newer specimen awaits ISH ({decision.pending_newer.describe()})"
    return text


def _era_notes(decision: _Decision, relevant: Sequence[Reading]) -> list[str]:
    notes: list[str] = []
    kb = knowledge_base()
    d = decision.deciding
    if d.status == "positive":
        for reading in relevant:
            if reading.status == "equivocal" and reading is not decision.pending_newer:
                notes.append(
                    kb.say(
                        "her2_note_equivocal_beside_positive",
                        reading=reading.describe(),
                        deciding=d.describe(),
                    )
                )
    if d.status == "positive" and d.ihc is None:
        notes.append(kb.say("her2_note_positive_without_ihc"))
    if d.status == "negative" and d.ihc is None:
        notes.append(kb.say("her2_note_negative_on_ish_alone"))
    return notes
