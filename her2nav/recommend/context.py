"""What the engine needs to know about one patient, computed once per review."""

from __future__ import annotations

from dataclasses import dataclass

from her2nav.biomarkers import markers
from her2nav.biomarkers.her2 import Her2Assessment, assess_her2
from her2nav.case.history import LineCount, count_lines, prior_chemotherapy_regimens
from her2nav.case.models import Case
from her2nav.knowledge.models import KnowledgeBase


@dataclass(frozen=True)
class PatientContext:
    case: Case
    kb: KnowledgeBase
    her2: Her2Assessment
    lines: LineCount
    pdl1_cps: float | None
    cldn18_2_percent: float | None
    msi_high: bool | None
    prior_regimens: int
    prior_chemo_regimens: int

    @property
    def line(self) -> int | None:
        return self.lines.current_line

    @property
    def adenocarcinoma(self) -> bool:
        return self.case.diagnosis.histology == "adenocarcinoma"

    @property
    def ihc_score(self) -> str | None:
        """The IHC score HER2 status rests on, else the newest IHC on record."""
        if self.her2.ihc_score is not None:
            return self.her2.ihc_score
        latest = self.case.latest("her2_ihc")
        return None if latest is None else str(latest.score)

    def threshold(self, name: str) -> float:
        return float(getattr(self.kb.thresholds, name).value)


def build_context(case: Case, kb: KnowledgeBase) -> PatientContext:
    lines = count_lines(case)
    return PatientContext(
        case=case,
        kb=kb,
        her2=assess_her2(case),
        lines=lines,
        pdl1_cps=markers.pdl1_cps(case),
        cldn18_2_percent=markers.cldn18_2_percent(case),
        msi_high=markers.msi_high(case),
        prior_regimens=lines.prior_lines,
        prior_chemo_regimens=prior_chemotherapy_regimens(case),
    )
