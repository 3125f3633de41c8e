"""The fields of the edit forms, and turning posted text into CONTRACT §1 values. Validation is the
case model's own (``case_from_data`` inside the flows), so a page names the same problems as the CLI
and the API; this module only reads numbers, dates and lists from text, and leaves text it cannot read
as it is, for the model to name what is wrong."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, get_args

from starlette.datastructures import FormData

from her2nav.case import models
from her2nav.case.errors import CaseError
from her2nav.knowledge.regions import REGIONS
from her2nav.reports import texts


def N_(message: str) -> str:
    return message


@dataclass(frozen=True)
class Field:
    name: str
    label: str  # message id
    kind: str = "text"  # text | int | float | date | choice | checks | yesno
    choices: Sequence[tuple[str, str]] = ()  # (value, label message id)
    required: bool = False
    help: str | None = None


CODE_LABELS = {
    "female": N_("female"),
    "male": N_("male"),
    "other": N_("other"),
    "stomach": N_("stomach"),
    "gej": N_("gastro-oesophageal junction"),
    "esophagus": N_("oesophagus"),
    "adenocarcinoma": N_("adenocarcinoma"),
    "squamous_cell_carcinoma": N_("squamous cell carcinoma"),
    "intestinal": N_("intestinal"),
    "diffuse": N_("diffuse"),
    "mixed": N_("mixed"),
    "resectable": N_("resectable"),
    "locally_advanced_unresectable": N_("locally advanced, unresectable"),
    "metastatic": N_("metastatic"),
    "recurrent": N_("recurrent"),
    "amplified": N_("amplified"),
    "not_amplified": N_("not amplified"),
    "equivocal": N_("equivocal"),
    "not_detected": N_("not detected"),
    "proficient": N_("proficient (pMMR)"),
    "deficient": N_("deficient (dMMR)"),
    "mss": N_("MSS"),
    "msi_low": N_("MSI-low"),
    "msi_high": N_("MSI-high"),
    "interstitial_lung_disease": N_("interstitial lung disease"),
    "pneumonitis": N_("pneumonitis"),
    "autoimmune_disease": N_("autoimmune disease"),
    "organ_transplant": N_("organ transplant"),
    "heart_failure": N_("heart failure"),
    "hepatitis_b": N_("hepatitis B"),
    "hepatitis_c": N_("hepatitis C"),
    "hiv": N_("HIV"),
    "brain_metastases": N_("brain metastases"),
}
YES_NO = [("yes", N_("yes")), ("no", N_("no"))]


def _choices(values: Sequence[str], labels: Mapping[str, str] | None = None) -> list[tuple[str, str]]:
    return [(v, (labels or CODE_LABELS).get(v, v)) for v in values]


CONDITIONS = get_args(models.Condition)
PATIENT = (
    Field("age", N_("Age (years)"), "int"),
    Field("sex", N_("Sex"), "choice", _choices(("female", "male", "other"))),
    Field("ecog", N_("ECOG performance status (0–4)"), "int"),
    Field("lvef_percent", N_("LVEF (%)"), "float"),
    Field("region", N_("Home region"), "choice", _choices(REGIONS, texts.REGIONS)),
    Field("city", N_("City")),
    Field("treatment_regions", N_("Can be treated in"), "checks", _choices(REGIONS, texts.REGIONS)),
    Field("conditions", N_("Conditions"), "checks", _choices(CONDITIONS)),
)
DIAGNOSIS = (
    Field("site", N_("Site"), "choice", _choices(get_args(models.Site)), required=True),
    Field("histology", N_("Histology"), "choice", _choices(get_args(models.Histology)), required=True),
    Field("lauren", N_("Lauren type"), "choice", _choices(get_args(models.Lauren))),
    Field("setting", N_("Setting"), "choice", _choices(get_args(models.Setting)), required=True),
    Field("diagnosed_on", N_("Diagnosed on"), "date"),
    Field("recurred_on", N_("Recurred on"), "date"),
    Field("measurable_disease", N_("Measurable disease"), "yesno", YES_NO),
)
SPECIMEN = Field("specimen", N_("Specimen"), "choice", _choices(get_args(models.Specimen), texts.SPECIMEN))
TESTED_ON = Field("tested_on", N_("Date of the test"), "date")
BIOMARKERS: dict[str, tuple[Field, ...]] = {
    "her2_ihc": (
        Field("score", N_("IHC score"), "choice", _choices(get_args(models.IhcScore)), required=True),
        SPECIMEN,
        Field(
            "criteria",
            N_("Scoring criteria"),
            "choice",
            _choices(("gastric", "breast", "unknown"), texts.CRITERIA),
        ),
        TESTED_ON,
    ),
    "her2_ish": (
        Field("ratio", N_("HER2:CEP17 ratio"), "float"),
        Field("mean_copies", N_("HER2 mean copies per cell"), "float"),
        Field("result", N_("ISH result"), "choice", _choices(get_args(models.IshResult))),
        SPECIMEN,
        TESTED_ON,
    ),
    "pdl1_cps": (
        Field("value", N_("Combined positive score (CPS)"), "float", required=True),
        Field("assay", N_("Assay (e.g. 22C3)")),
        TESTED_ON,
    ),
    "cldn18_2": (Field("percent_positive", N_("% tumour cells 2+/3+"), "float", required=True), TESTED_ON),
    "mmr": (
        Field("result", N_("Result"), "choice", _choices(("proficient", "deficient")), required=True),
        TESTED_ON,
    ),
    "msi": (
        Field("result", N_("Result"), "choice", _choices(("mss", "msi_low", "msi_high")), required=True),
        TESTED_ON,
    ),
    "her2_ctdna": (
        Field("result", N_("Result"), "choice", _choices(("amplified", "not_detected")), required=True),
        TESTED_ON,
    ),
}
TREATMENT = (
    Field("line", N_("Palliative line number"), "int"),
    Field(
        "setting",
        N_("Setting"),
        "choice",
        _choices(get_args(models.TreatmentSetting), texts.TREATMENT_SETTING),
    ),
    Field(
        "agents",
        N_("Agents (comma-separated)"),
        required=True,
        help=N_("e.g. trastuzumab, capecitabine, oxaliplatin"),
    ),
    Field("started_on", N_("Started on"), "date"),
    Field("ended_on", N_("Ended on"), "date"),
    Field(
        "stop_reason", N_("Stop reason"), "choice", _choices(get_args(models.StopReason), texts.STOP_REASON)
    ),
)
_NUMBER = {"int": int, "float": float}


def read(fields: Sequence[Field], form: FormData) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the §1 values, the text as typed): blank means unknown (None)."""
    values: dict[str, Any] = {}
    typed: dict[str, Any] = {}
    for f in fields:
        if f.kind == "checks":
            picked = [str(v) for v in form.getlist(f.name)]
            typed[f.name] = picked
            values[f.name] = picked or None
            continue
        raw = str(form.get(f.name) or "").strip()
        typed[f.name] = raw
        if not raw:
            values[f.name] = None
        elif f.kind in _NUMBER:
            try:
                values[f.name] = _NUMBER[f.kind](raw)
            except ValueError:
                values[f.name] = raw  # the model names it
        elif f.kind == "yesno":
            values[f.name] = {"yes": True, "no": False}.get(raw, raw)
        elif f.name == "agents":
            values[f.name] = [a.strip() for a in raw.split(",") if a.strip()]
        else:
            values[f.name] = raw
    return values, typed


def shown(fields: Sequence[Field], stored: Mapping[str, Any]) -> dict[str, Any]:
    """Stored values as the form shows them."""
    out: dict[str, Any] = {}
    for f in fields:
        value = stored.get(f.name)
        if f.kind == "checks":
            out[f.name] = list(value or [])
        elif f.kind == "yesno":
            out[f.name] = "" if value is None else ("yes" if value else "no")
        elif f.name == "agents":
            out[f.name] = ", ".join(value or [])
        elif isinstance(value, float) and value.is_integer():
            out[f.name] = str(int(value))
        else:
            out[f.name] = "" if value is None else str(value)
    return out


def field_errors(err: CaseError) -> dict[str, str]:
    """Problems by form field: the last name in each problem's path (``biomarkers[3].ratio`` →
    ``ratio``); a problem of the whole entry goes under ``""``."""
    found: dict[str, str] = {}
    for problem in err.problems:
        names = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", problem.path)
        key = (
            names[-1]
            if names and names[-1] not in ("biomarkers", "treatments", "patient", "diagnosis")
            else ""
        )
        found[key] = f"{found[key]}; {problem.message}" if key in found else problem.message
    return found


@dataclass
class FormState:
    """What a form template needs: its fields, values, errors, and a conflict if there was one."""

    fields: Sequence[Field]
    values: dict[str, Any]
    errors: dict[str, str] = field(default_factory=dict)
    current: dict[str, Any] = field(default_factory=dict)  # stored values that differ (conflict)
