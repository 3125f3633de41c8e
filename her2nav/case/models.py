"""The case file (CONTRACT §1) as Pydantic models.

Every field not marked required may be absent or null, which means *unknown*. Unknown keys are
rejected so that a typo never passes silently. Cross-field consistency (dates in order, ISH ratio
agreeing with its result, …) is checked in ``consistency.py`` after the shape is known to be right.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, field_validator, model_validator

from her2nav.knowledge.load import threshold
from her2nav.knowledge.regions import Region

Condition = Literal[
    "interstitial_lung_disease",
    "pneumonitis",
    "autoimmune_disease",
    "organ_transplant",
    "heart_failure",
    "hepatitis_b",
    "hepatitis_c",
    "hiv",
    "brain_metastases",
]
Site = Literal["stomach", "gej", "esophagus"]
Histology = Literal["adenocarcinoma", "squamous_cell_carcinoma", "other"]
Lauren = Literal["intestinal", "diffuse", "mixed"]
Setting = Literal["resectable", "locally_advanced_unresectable", "metastatic", "recurrent"]
IhcScore = Literal["0", "1+", "2+", "3+"]
Specimen = Literal["biopsy", "resection", "cytology"]
ScoringCriteria = Literal["gastric", "breast", "unknown"]
IshResult = Literal["amplified", "not_amplified", "equivocal"]
TreatmentSetting = Literal["palliative", "perioperative", "adjuvant", "neoadjuvant"]
StopReason = Literal["progression", "toxicity", "completed", "patient_choice", "ongoing"]


def ish_amplified_ratio() -> float:
    """The HER2:CEP17 ratio from which ISH counts as amplified (``kb.yaml`` thresholds, with its source)."""
    return threshold("her2_ish_amplified_ratio")


Percent = Annotated[float, Field(ge=0, le=100)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Provenance(_Strict):
    """Where a confirmed value came from: a stored document and the exact text span."""

    document_id: str | None = None
    page: StrictInt | None = Field(default=None, ge=1)
    span_start: StrictInt | None = Field(default=None, ge=0)
    span_end: StrictInt | None = Field(default=None, ge=0)
    text: str | None = None
    confirmed_by: str | None = None


class Patient(_Strict):
    age: StrictInt | None = Field(default=None, ge=18, le=120)
    sex: Literal["female", "male", "other"] | None = None
    ecog: StrictInt | None = Field(default=None, ge=0, le=4)
    lvef_percent: float | None = Field(default=None, ge=1, le=100)
    conditions: list[Condition] | None = None
    region: Region | None = None
    # CONTRACT §1: where the patient lives, for distances to trial sites (free text, English or Chinese)
    city: str | None = Field(default=None, min_length=1, max_length=100)
    treatment_regions: list[Region] | None = None

    @field_validator("lvef_percent", mode="before")
    @classmethod
    def _no_bool_lvef(cls, value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError("must be a number")
        return value

    @property
    def regions_for_treatment(self) -> list[Region]:
        """Where the patient can be treated: the stated list, else their home region, else none."""
        if self.treatment_regions:
            return list(self.treatment_regions)
        return [self.region] if self.region else []


class Diagnosis(_Strict):
    site: Site
    histology: Histology
    lauren: Lauren | None = None
    setting: Setting
    diagnosed_on: dt.date | None = None
    recurred_on: dt.date | None = None
    measurable_disease: bool | None = None


class _Dated(_Strict):
    tested_on: dt.date | None = None
    provenance: Provenance | None = None
    note: str | None = None


class Her2Ihc(_Dated):
    kind: Literal["her2_ihc"]
    score: IhcScore
    specimen: Specimen | None = None
    criteria: ScoringCriteria | None = None
    specimen_label: str | None = None

    @field_validator("score", mode="before")
    @classmethod
    def _score_as_text(cls, value: Any) -> Any:
        # YAML reads a bare 0 as the integer 0; the score "0" is meant.
        if isinstance(value, int) and not isinstance(value, bool) and value == 0:
            return "0"
        return value


class Her2Ish(_Dated):
    kind: Literal["her2_ish"]
    ratio: float | None = Field(default=None, gt=0)
    mean_copies: float | None = Field(default=None, gt=0)
    result: IshResult | None = None
    specimen: Specimen | None = None
    specimen_label: str | None = None

    @model_validator(mode="after")
    def _needs_ratio_or_result(self) -> Her2Ish:
        if self.ratio is None and self.result is None:
            raise ValueError("her2_ish needs a ratio or a result")
        return self

    @property
    def amplified(self) -> bool | None:
        """True/False when the ratio or result settles it; None for equivocal."""
        if self.ratio is not None:
            return self.ratio >= ish_amplified_ratio()
        if self.result == "equivocal":
            return None
        return self.result == "amplified"


CPS_MAX = 100  # CPS = PD-L1-stained cells / viable tumour cells x 100, capped at 100 (22C3 gastric manual)


class PdL1Cps(_Dated):
    kind: Literal["pdl1_cps"]
    value: float = Field(ge=0, le=CPS_MAX)
    assay: str | None = None


class Cldn182(_Dated):
    kind: Literal["cldn18_2"]
    percent_positive: Percent


class Mmr(_Dated):
    kind: Literal["mmr"]
    result: Literal["proficient", "deficient"]


class Msi(_Dated):
    kind: Literal["msi"]
    result: Literal["mss", "msi_low", "msi_high"]


class Her2Ctdna(_Dated):
    kind: Literal["her2_ctdna"]
    result: Literal["amplified", "not_detected"]


Biomarker = Annotated[
    Her2Ihc | Her2Ish | PdL1Cps | Cldn182 | Mmr | Msi | Her2Ctdna,
    Field(discriminator="kind"),
]


class Toxicity(_Strict):
    event: str = Field(min_length=1)
    grade: StrictInt = Field(ge=1, le=5)


class TreatmentLine(_Strict):
    line: StrictInt | None = Field(default=None, ge=1, le=20)
    # CONTRACT §1: not required. A numbered line is palliative; with neither, the setting is unknown
    # (the course still counts for prior exposure, and the review asks which setting it was).
    setting: TreatmentSetting | None = None
    agents: list[str] = Field(min_length=1)
    started_on: dt.date | None = None
    ended_on: dt.date | None = None
    stop_reason: StopReason | None = None
    toxicities: list[Toxicity] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _numbered_line_is_palliative(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("setting") is None and data.get("line") is not None:
            return {**data, "setting": "palliative"}
        return data

    @field_validator("agents", mode="after")
    @classmethod
    def _resolve_agents(cls, names: list[str]) -> list[str]:
        from her2nav.knowledge.agents import vocabulary

        vocab = vocabulary()
        resolved: list[str] = []
        unknown: list[str] = []
        for name in names:
            ids = vocab.resolve(name)
            if ids is None:
                unknown.append(name)
            else:
                resolved.extend(i for i in ids if i not in resolved)
        if unknown:
            listed = ", ".join(repr(u) for u in unknown)
            raise ValueError(f"unknown agent {listed} (use an agent id or a known brand or code name)")
        return resolved

    @property
    def is_palliative(self) -> bool:
        return self.setting == "palliative"

    @property
    def ongoing(self) -> bool:
        return self.stop_reason == "ongoing"

    def max_grade(self, *events: str) -> int:
        """Highest grade among toxicities whose event name is one of ``events`` (0 when none)."""
        wanted = {e.casefold() for e in events}
        return max((t.grade for t in self.toxicities if t.event.casefold() in wanted), default=0)


def _today() -> dt.date:
    return dt.date.today()


class Case(_Strict):
    case_id: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$")
    as_of: dt.date = Field(default_factory=_today)
    patient: Patient = Field(default_factory=Patient)
    diagnosis: Diagnosis
    biomarkers: list[Biomarker] = Field(default_factory=list)
    treatments: list[TreatmentLine] = Field(default_factory=list)

    @field_validator("patient", mode="before")
    @classmethod
    def _null_patient(cls, value: Any) -> Any:
        return {} if value is None else value

    @field_validator("as_of", mode="before")
    @classmethod
    def _null_as_of(cls, value: Any) -> Any:
        return _today() if value is None else value

    @field_validator("biomarkers", "treatments", mode="before")
    @classmethod
    def _null_list(cls, value: Any) -> Any:
        return [] if value is None else value

    def markers(self, kind: str) -> list[Any]:
        """Biomarker results of one kind, oldest first (undated ones first, in file order)."""
        found = [b for b in self.biomarkers if b.kind == kind]
        return sorted(found, key=lambda b: b.tested_on or dt.date.min)

    def latest(self, kind: str) -> Any | None:
        found = self.markers(kind)
        return found[-1] if found else None
