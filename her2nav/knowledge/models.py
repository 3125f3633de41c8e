"""Pydantic models of the knowledge base (files under ``knowledge/data``).

Only the shape is checked here; cross-references (agents, trials, sources) are checked by
``knowledge.check`` so that one run reports every problem at once.
"""

from __future__ import annotations

import datetime as dt
import re
from string import Formatter
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from her2nav.knowledge.language import pick
from her2nav.knowledge.regions import Region

Her2Need = Literal["positive", "negative", "overexpressing", "any"]
Preference = Literal["preferred", "alternative", "consider"]
EventStatus = Literal["approved", "not_funded", "not_approved", "unknown"]
UnmetStatus = Literal["approved_restricted", "not_funded", "not_approved"]
DatePrecision = Literal["day", "month", "year"]
# Who wrote the Chinese text beside an English one: the team (awaiting a clinician's review), or the
# team with a clinician's review done. kb check counts both and the texts still without Chinese.
ZhStatus = Literal["team_translation", "clinician_reviewed"]
UNVERIFIED = "M"
SOURCE_KEY = re.compile(r"\bS\d+[a-z]?\b")  # a source key cited in a text, e.g. S44, S84c


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Frozen):
    key: str
    title: str
    urls: tuple[str, ...] = ()
    primary: str | None = None
    unverified: bool = False


class Requirements(_Frozen):
    """Conditions a label, a funding decision or an option puts on the patient."""

    her2: Her2Need | None = None
    her2_ihc: tuple[Literal["0", "1+", "2+", "3+"], ...] | None = None
    pdl1_cps_min: float | None = None
    pdl1_tap_min: float | None = None
    cldn18_2_min: float | None = None
    prior_agent: str | None = None
    prior_regimens_min: int | None = None
    prior_chemo_regimens_min: int | None = None
    msi_high: bool | None = None


class LineRange(_Frozen):
    min: int = Field(ge=1)
    max: int | None = Field(default=None, ge=1)

    def contains(self, line: int) -> bool:
        return line >= self.min and (self.max is None or line <= self.max)


class Trial(_Frozen):
    id: str
    nct: str | None = None
    phase: str
    line: LineRange
    her2: Her2Need
    n: int | None = None
    ecog_max: int | None = None
    population: str
    arms: str
    result: str
    result_verified: bool = True
    citation: str | None = None
    sources: tuple[str, ...] = Field(min_length=1)

    @property
    def verified(self) -> bool:
        return self.result_verified and UNVERIFIED not in self.sources


class RejectedName(_Frozen):
    name: str
    why: str
    sources: tuple[str, ...] = Field(min_length=1)


class Option(_Frozen):
    id: str
    name: str
    components: tuple[str, ...]
    lines: LineRange
    her2: Her2Need
    requires: Requirements = Requirements()
    priority: int
    preference: Preference
    preference_by_her2: dict[str, Preference] = Field(default_factory=dict)
    rationale: str
    rationale_zh: str | None = None
    zh_status: ZhStatus | None = None
    evidence: tuple[str, ...]
    ecog_evidence_max: int | None = None
    ecog_evidence_verified: bool = True
    regions_only: tuple[Region, ...] | None = None
    sources: tuple[str, ...] = Field(min_length=1)

    @property
    def is_drug(self) -> bool:
        """False for the options without an agent (clinical trial, best supportive care)."""
        return bool(self.components)


class ExclusionWhen(_Frozen):
    her2: Her2Need = "any"
    lines: LineRange
    progressed_on: str | None = None


class Exclusion(_Frozen):
    id: str
    name: str
    when: ExclusionWhen
    reason: str
    reason_zh: str | None = None
    zh_status: ZhStatus | None = None
    trials: tuple[str, ...] = Field(min_length=1)
    sources: tuple[str, ...] = Field(min_length=1)


class ClassExclusion(_Frozen):
    """After progression on any agent of ``group`` (a class, family or ADC payload from agents.yaml), no
    option containing an agent of that group is offered: it is set aside with ``reason``."""

    group: str
    name: str
    name_zh: str | None = None
    reason: str
    reason_zh: str | None = None
    zh_status: ZhStatus | None = None
    trials: tuple[str, ...] = ()
    sources: tuple[str, ...] = Field(min_length=1)

    @property
    def verified(self) -> bool:
        return UNVERIFIED not in self.sources


class AccessEvent(_Frozen):
    date: dt.date | None
    date_precision: DatePrecision = "day"
    status: EventStatus
    requires: Requirements = Requirements()
    unmet: UnmetStatus = "approved_restricted"
    disease: str = "GEA"
    note: str
    trail: str | None = None  # how the fact was researched (searches, what was not found): kb check only
    sources: tuple[str, ...]

    @property
    def verified(self) -> bool:
        return UNVERIFIED not in self.sources


class Threshold(_Frozen):
    value: float
    why: str
    sources: tuple[str, ...] = Field(min_length=1)


class Thresholds(_Frozen):
    lvef_min_percent: Threshold
    lvef_stop_percent: Threshold
    cldn18_2_positive_percent: Threshold
    ecog_evidence_max: Threshold
    ecog_best_supportive_care: Threshold
    clinical_trial_from_line: Threshold
    best_supportive_care_from_line: Threshold
    her2_ish_amplified_ratio: Threshold
    her2_ihc_ish_pairing_days: Threshold
    pneumonitis_stop_grade: Threshold
    severe_toxicity_grade: Threshold
    past_child_bearing_age: Threshold
    antibody_half_life_floor_days: Threshold


class KarnofskyTable(_Frozen):
    """One published pairing of ECOG grades with Karnofsky scores: grade -> (lowest, highest)."""

    name: str
    karnofsky: dict[int, tuple[int, int]]
    sources: tuple[str, ...] = Field(min_length=1)


class KarnofskyByEcog(_Frozen):
    """The Karnofsky scores an ECOG grade may stand for. The published tables disagree, so a grade
    stands for every score any of them pairs it with (the union of their ranges)."""

    why: str
    tables: tuple[KarnofskyTable, ...] = Field(min_length=1)

    def span(self, ecog: int) -> tuple[int, int] | None:
        """(lowest, highest) Karnofsky score of ``ecog`` over every table; None if none pairs it."""
        ranges = [t.karnofsky[ecog] for t in self.tables if ecog in t.karnofsky]
        if not ranges:
            return None
        return min(low for low, _ in ranges), max(high for _, high in ranges)


class CautionRule(_Frozen):
    """When a caution applies to an option: its agents (ids or groups) and the patient conditions.

    ``demote_agents``: for an option with one of these agents the caution also ranks it below the
    alternatives (a label contraindication or permanent-discontinuation rule, not just a warning).
    ``why_by_agent``: the wording for an option with an agent of that group; ``why`` otherwise.
    """

    agents: tuple[str, ...] = ()
    demote_agents: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    why: str
    why_by_agent: dict[str, str] = Field(default_factory=dict)
    why_zh: str | None = None
    why_by_agent_zh: dict[str, str] = Field(default_factory=dict)
    zh_status: ZhStatus | None = None
    sources: tuple[str, ...] = Field(min_length=1)

    @property
    def verified(self) -> bool:
        return UNVERIFIED not in self.sources


class InterchangeableOptions(_Frozen):
    """Options guidelines list side by side for the same patients: access decides their order."""

    options: tuple[str, ...] = Field(min_length=2)
    why: str
    sources: tuple[str, ...] = Field(min_length=1)


class StudyTerms(_Frozen):
    """Words that tie a registry study to HER2: marker names and HER2-directed agent names."""

    markers: tuple[str, ...] = Field(min_length=1)
    agents: tuple[str, ...] = Field(min_length=1)
    why: str
    sources: tuple[str, ...] = Field(min_length=1)

    @property
    def words(self) -> tuple[str, ...]:
        return (*self.markers, *self.agents)


def placeholders(template: str) -> tuple[str, ...]:
    """The names a template asks for (raises ValueError on a malformed template)."""
    return tuple(name for _, name, _, _ in Formatter().parse(template) if name is not None)


def cited(text: str) -> tuple[str, ...]:
    """The source keys written in a text, in order, once each."""
    return tuple(dict.fromkeys(SOURCE_KEY.findall(text)))


class NoteText(_Frozen):
    """A text of the HER2 assessment or the engine: a template with ``{named}`` placeholders, the fact
    sheet section it rests on and the source keys it cites; ``zh`` the same template in Simplified
    Chinese (same placeholders and source keys, kb check compares them), given out by ``fill`` while
    texts are in Chinese (``knowledge.language``)."""

    text: str = Field(min_length=1)
    zh: str | None = None
    zh_status: ZhStatus | None = None
    section: str | None = None
    sources: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _template_parses(self) -> NoteText:
        for template in (self.text, self.zh or ""):
            unnamed = [name for name in placeholders(template) if not name.isidentifier()]
            if unnamed:
                raise ValueError(f"placeholders must be names, not {unnamed!r}")
        return self

    @property
    def placeholders(self) -> tuple[str, ...]:
        """The names the template asks for (raises ValueError on a malformed template)."""
        return placeholders(self.text)

    @property
    def cited(self) -> tuple[str, ...]:
        """The source keys written in the text, in order, once each."""
        return cited(self.text)

    def fill(self, **values: object) -> str:
        return pick(self.text, self.zh).format_map(values)


class KnowledgeBase(_Frozen):
    knowledge_version: str = Field(pattern=r"^\d{4}\.\d{1,2}\.\d+$")
    sources_checked_until: dt.date
    thresholds: Thresholds
    karnofsky_by_ecog: KarnofskyByEcog
    caution_rules: dict[str, CautionRule]
    her2_study_terms: StudyTerms
    her2_notes: dict[str, NoteText]
    review_texts: dict[str, NoteText]
    sources: dict[str, Source] = Field(default_factory=dict)  # empty in the review path (see load.py)
    trials: dict[str, Trial]
    names_rejected: tuple[RejectedName, ...]
    options: dict[str, Option]
    exclusions: dict[str, Exclusion]
    class_exclusions: tuple[ClassExclusion, ...] = ()
    interchangeable_options: dict[str, InterchangeableOptions] = Field(default_factory=dict)
    access: dict[str, dict[Region, tuple[AccessEvent, ...]]]

    def option(self, option_id: str) -> Option:
        return self.options[option_id]

    def say(self, key: str, **values: object) -> str:
        """The engine text ``key`` of review_texts.yaml with its placeholders filled."""
        return self.review_texts[key].fill(**values)

    def word(self, kind: str, name: str) -> str:
        """A case value in words: the text ``<kind>_<name>`` of review_texts.yaml, else the name with
        spaces for underscores (e.g. ``condition_heart_failure`` -> 'heart failure')."""
        key = f"{kind}_{name}"
        return self.say(key) if key in self.review_texts else name.replace("_", " ")
