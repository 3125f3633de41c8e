"""What the engine needs to know about one patient, computed once per review."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from her2nav.biomarkers import markers
from her2nav.biomarkers.her2 import Her2Assessment, assess_her2
from her2nav.case.history import (
    LineCount,
    count_lines,
    lines_before_now,
    prior_chemotherapy_regimens,
    progressed_on,
    severe_toxicity_on,
    stopped_for_pneumonitis,
)
from her2nav.case.models import Case, TreatmentLine
from her2nav.knowledge.agents import vocabulary
from her2nav.knowledge.models import KnowledgeBase


@dataclass(frozen=True)
class Facts:
    """What labels, funding decisions and option conditions look at: small and hashable."""

    as_of: dt.date
    her2_status: str
    her2_category: str
    her2_provisional: str | None  # what a positive/negative status still waits for (ISH, re-scoring)
    ihc_score: str | None
    pdl1_cps: float | None
    cldn18_2_percent: float | None
    msi_high: bool | None
    prior_regimens: int
    prior_chemo_regimens: int
    prior_groups: frozenset[str]  # agent ids and groups given before the line being chosen


@dataclass(frozen=True)
class PatientContext:
    case: Case
    kb: KnowledgeBase
    her2: Her2Assessment
    lines: LineCount
    facts: Facts
    exposed_groups: frozenset[str] = frozenset()  # agent ids and groups of every course, current included
    _memo: dict[tuple[str, str], list[TreatmentLine]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def line(self) -> int | None:
        return self.lines.current_line

    @property
    def adenocarcinoma(self) -> bool:
        return self.case.diagnosis.histology == "adenocarcinoma"

    @property
    def pdl1_cps(self) -> float | None:
        return self.facts.pdl1_cps

    @property
    def cldn18_2_percent(self) -> float | None:
        return self.facts.cldn18_2_percent

    @property
    def msi_high(self) -> bool | None:
        return self.facts.msi_high

    @property
    def prior_regimens(self) -> int:
        return self.facts.prior_regimens

    @property
    def prior_chemo_regimens(self) -> int:
        return self.facts.prior_chemo_regimens

    def threshold(self, name: str) -> float:
        return float(getattr(self.kb.thresholds, name).value)

    def _history(self, question: str, group: str) -> list[TreatmentLine]:
        key = (question, group)
        if key not in self._memo:
            if group not in self.exposed_groups:
                self._memo[key] = []  # no course touched the group: nothing to look up
            elif question == "progressed":
                self._memo[key] = progressed_on(self.case, group)
            elif question == "pneumonitis":
                self._memo[key] = stopped_for_pneumonitis(self.case, group)
            else:
                self._memo[key] = severe_toxicity_on(self.case, group)
        return self._memo[key]

    def progressed_on(self, group: str) -> list[TreatmentLine]:
        return self._history("progressed", group)

    def stopped_for_pneumonitis(self, agent: str) -> list[TreatmentLine]:
        return self._history("pneumonitis", agent)

    def severe_toxicity_on(self, group: str) -> list[TreatmentLine]:
        return self._history("toxicity", group)


def _ihc_score(case: Case, her2: Her2Assessment) -> str | None:
    """The IHC score HER2 status rests on, else the newest IHC on record."""
    if her2.ihc_score is not None:
        return her2.ihc_score
    latest = case.latest("her2_ihc")
    return None if latest is None else str(latest.score)


def _groups_of(courses: list[TreatmentLine]) -> frozenset[str]:
    """Every agent id and group the given courses contain."""
    vocab = vocabulary()
    groups: set[str] = set()
    for course in courses:
        for agent in course.agents:
            groups |= vocab.get(agent).groups
    return frozenset(groups)


def build_context(case: Case, kb: KnowledgeBase) -> PatientContext:
    lines = count_lines(case)
    her2 = assess_her2(case)
    cps = markers.pdl1_cps(case)
    cldn = markers.cldn18_2_percent(case)
    facts = Facts(
        as_of=case.as_of,
        her2_status=her2.status,
        her2_category=her2.category,
        her2_provisional=her2.provisional,
        ihc_score=_ihc_score(case, her2),
        pdl1_cps=None if cps is None else float(cps),
        cldn18_2_percent=None if cldn is None else float(cldn),
        msi_high=markers.msi_high(case),
        prior_regimens=lines.prior_lines,
        prior_chemo_regimens=prior_chemotherapy_regimens(case) if case.treatments else 0,
        prior_groups=_groups_of(lines_before_now(case)),
    )
    exposed = _groups_of(case.treatments)
    return PatientContext(case=case, kb=kb, her2=her2, lines=lines, facts=facts, exposed_groups=exposed)
