"""One registry record (ClinicalTrials.gov API v2 study shape) reduced to what matching needs.

Records in the wild lack fields (status, conditions, locations): each missing value stays ``None``
or empty, never guessed. Relevance to gastric / GEJ cancer is decided here once, at import time, from
the conditions, keywords and titles, so that a query never has to read eligibility text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from her2nav.knowledge.load import knowledge_base

# Statuses under which a study is never offered as open (registry vocabulary, API v2 `overallStatus`).
CLOSED_STATUSES = frozenset({"WITHDRAWN", "TERMINATED", "COMPLETED"})
RECRUITING_STATUSES = frozenset({"RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION"})
# Study types (API v2 `designModule.studyType`) that are not treatment trials: an observational study
# assigns no treatment, expanded access is a programme outside a trial. Never offered as a trial.
NON_TREATMENT_TYPES = frozenset({"OBSERVATIONAL", "EXPANDED_ACCESS"})

_GASTRIC = re.compile(
    r"gastric|stomach|gastro-?\s?o?esophageal|gastroesophageal|\bGEJ|\bEGJ|\bGEA\b|o?esophag|"
    r"\bGC\b|cardia",
    re.IGNORECASE,
)
_PAN_TUMOUR = re.compile(r"solid tumou?rs?|solid cancers?|advanced cancers?|malignan", re.IGNORECASE)
# Lower-case words one of which every alternative of each pattern above contains: for an ASCII text a
# substring test on its lower-cased form decides cheaply that a pattern cannot match (case-insensitive
# scanning of long titles and condition lists is slow); other texts always go to the pattern.
_GASTRIC_WORDS = ("gastr", "stomach", "gej", "egj", "gea", "esophag", "gc", "cardia")
_PAN_TUMOUR_WORDS = ("solid tumo", "solid cancer", "advanced cancer", "malignan")


@cache
def _her2_terms() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The pattern and lower-case words for HER2 studies, from ``her2_study_terms`` in kb.yaml (marker
    names and HER2-directed agents)."""
    words = knowledge_base().her2_study_terms.words
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    return pattern, tuple(w.lower() for w in words)


class StudyError(ValueError):
    """A record that is not a study (no NCT id); the message names what is missing."""


@dataclass
class Site:
    country: str | None
    city: str | None
    status: str | None

    def to_dict(self) -> dict[str, str | None]:
        return {"country": self.country, "city": self.city, "status": self.status}


@dataclass
class Study:
    nct_id: str
    title: str
    overall_status: str | None
    phases: list[str]
    last_update: str | None
    conditions: list[str]
    sites: list[Site]
    eligibility: str
    relevance: str  # gastric | her2_pan_tumour | none
    study_type: str | None = None  # INTERVENTIONAL | OBSERVATIONAL | EXPANDED_ACCESS (None: not stated)

    @property
    def countries(self) -> list[str]:
        return sorted({s.country for s in self.sites if s.country})

    @property
    def closed(self) -> bool:
        return (self.overall_status or "") in CLOSED_STATUSES

    @property
    def can_be_offered(self) -> bool:
        """Relevant to a gastric/HER2 patient, open and a treatment trial: the studies matching reads."""
        return self.relevance != "none" and not self.closed and self.treatment_trial

    @property
    def treatment_trial(self) -> bool:
        """False for observational studies and expanded access; a record without a study type is
        kept (not guessed away)."""
        return self.study_type not in NON_TREATMENT_TYPES


def _get(data: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _strings(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def relevance_of(text: str) -> str:
    """'gastric' when the study names the stomach, GEJ or oesophagus; 'her2_pan_tumour' for solid
    tumour studies about HER2; otherwise 'none' (not offered for a gastric/GEJ patient)."""
    low = text.lower() if text.isascii() else None

    def found(pattern: re.Pattern[str], words: tuple[str, ...]) -> bool:
        if low is not None and not any(word in low for word in words):
            return False
        return pattern.search(text) is not None

    if found(_GASTRIC, _GASTRIC_WORDS):
        return "gastric"
    if found(_PAN_TUMOUR, _PAN_TUMOUR_WORDS) and found(*_her2_terms()):
        return "her2_pan_tumour"
    return "none"


def _study_type(value: Any) -> str | None:
    return value.strip().upper() if isinstance(value, str) and value.strip() else None


def study_from_record(record: Any) -> Study:
    """Read the fields matching needs from one API v2 study; raises StudyError when it is not one."""
    if not isinstance(record, dict):
        raise StudyError("record is not a JSON object")
    proto = record.get("protocolSection")
    nct_id = _get(proto, "identificationModule", "nctId")
    if not isinstance(nct_id, str) or not re.fullmatch(r"NCT\d{8}", nct_id):
        raise StudyError("protocolSection.identificationModule.nctId is missing or not an NCT id")
    ident = _get(proto, "identificationModule") or {}
    status = _get(proto, "statusModule") or {}
    title = str(ident.get("briefTitle") or ident.get("officialTitle") or nct_id)
    conditions = _strings(_get(proto, "conditionsModule", "conditions"))
    keywords = _strings(_get(proto, "conditionsModule", "keywords"))
    sites = [
        Site(
            country=loc.get("country"),
            city=loc.get("city"),
            status=loc.get("status"),
        )
        for loc in _get(proto, "contactsLocationsModule", "locations") or []
        if isinstance(loc, dict)
    ]
    about = " ".join([title, str(ident.get("officialTitle") or ""), *conditions, *keywords])
    return Study(
        nct_id=nct_id,
        title=title,
        overall_status=status.get("overallStatus"),
        phases=_strings(_get(proto, "designModule", "phases")),
        last_update=_get(status, "lastUpdatePostDateStruct", "date") or status.get("lastUpdateSubmitDate"),
        conditions=conditions,
        sites=sites,
        eligibility=str(_get(proto, "eligibilityModule", "eligibilityCriteria") or ""),
        relevance=relevance_of(about),
        study_type=_study_type(_get(proto, "designModule", "studyType")),
    )
