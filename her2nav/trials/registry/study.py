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
# Site statuses (API v2 `locations[].status`, and the wordings other registries use, upper-cased with
# underscores) under which a site takes patients.
OPEN_SITE_STATUSES = RECRUITING_STATUSES | {"OPEN", "OPEN_TO_ACCRUAL", "ACTIVE_RECRUITING"}
RECRUITMENT = ("recruiting", "not_recruiting", "unknown")  # an entry's ``recruitment``, best first

_GASTRIC = re.compile(
    r"gastric|stomach|gastro-?\s?o?esophageal|gastroesophageal|\bGEJ|\bEGJ|\bGEA\b|o?esophag|"
    r"\bGC\b|cardia|"
    # studies of "gastrointestinal" or "digestive" cancers take gastric cancer too; a stromal,
    # carcinoid or neuroendocrine tumour of the gut is another disease
    r"gastro-?\s?intestinal(?!\s+(?:stromal|carcinoid|neuroendocrine))|\bGI\s+(?:cancers?|tumou?rs?)|"
    r"digestive\s+(?:system\s+|tract\s+)?(?:cancers?|neoplasms?|tumou?rs?|carcinomas?)",
    re.IGNORECASE,
)
_PAN_TUMOUR = re.compile(
    r"solid tumou?rs?|solid cancers?|advanced cancers?|malignan|tumou?r[- ]agnostic|pan[- ]?tumou?r|"
    r"(?:selected|multiple|various|other)\s+tumou?rs|basket",
    re.IGNORECASE,
)
# Self-sufficient wordings of a study of any tumour with a HER2 change: "HER2 expressing tumors",
# "HER2-mutant cancers", "tumours harbouring ERBB2 amplification".
_HER2_CHANGE = (
    r"(?:expressing|expression|positive|mutant|mutated|mutations?|altered|alterations?|amplified|"
    r"amplification|over-?expressing|over-?expression|low|driven|activating)"
)
_HER2_TUMOURS = re.compile(
    rf"\b(?:HER-?2|ERBB-?2)(?:[- /]{_HER2_CHANGE}){{0,2}}[- ](?:tumou?rs|cancers|malignancies|neoplasms)\b|"
    rf"\b(?:tumou?rs|cancers|malignancies)\s+(?:with|harbou?ring|carrying)\s+(?:{_HER2_CHANGE}\s+)?"
    r"(?:HER-?2|ERBB-?2)",
    re.IGNORECASE,
)
# A study of any solid tumour (phase 1 dose escalation, basket, tumour-agnostic): a gastric patient may
# join it although it names no gastric cancer; a study of blood cancers or of one other named tumour may
# not. Stricter than _PAN_TUMOUR (which a HER2 word accompanies): "malignant mesothelioma" is not it.
_ANY_SOLID_TUMOUR = re.compile(
    r"\bsolid[- ](?:tumou?rs?|cancers?|malignanc(?:y|ies)|neoplasms?|carcinomas?)|"
    r"\bmalignant solid\b|\b(?:advanced|metastatic|refractory|unresectable)\s+(?:or metastatic\s+)?"
    r"(?:cancers|malignancies|tumou?rs)\b|tumou?r[- ]agnostic|pan[- ]?tumou?r|\bbasket\b",
    re.IGNORECASE,
)
_BLOOD_CANCER = re.compile(r"leuka?emi|lymphoma|myeloma|ha?ematolog|myelodysplas|myeloprolif", re.IGNORECASE)
# A condition naming one kind of tumour ("Hepatocellular Carcinoma", "Melanoma"), not a generic one
# ("Cancer", "Neoplasms", "Advanced Malignancy").
_NAMED_TUMOUR = re.compile(
    r"\b(?!(?:advanced|metastatic|solid|adult|refractory|recurrent|malignant|unresectable|locally|other|"
    r"and|or|of|the)\b)[a-z]{3,}[ -](?:carcinomas?|cancers?|tumou?rs?|neoplasms?)\b|"
    r"sarcoma|melanoma|glioma|blastoma|mesothelioma|lymphoma|leuka?emia",
    re.IGNORECASE,
)
# A condition naming no kind of tumour ("Cancer", "Malignant Neoplasms" beside "Melanoma" and "Glioma":
# KB707, NCT05970497; PF-07799544, NCT05538130; twenty-eighth session, WJ and WL): the study takes more
# than the tumours its other conditions name
_GENERIC_CONDITION = re.compile(
    r"^\s*((advanced|metastatic|solid|malignant)\s+)*(cancers?|neoplasms?|malignanc(y|ies)|tumou?rs?)\s*$",
    re.IGNORECASE,
)
_ANY_SOLID_WORDS = ("solid", "cancers", "malignanc", "tumo", "agnostic", "basket")
# Lower-case words one of which every alternative of each pattern above contains: for an ASCII text a
# substring test on its lower-cased form decides cheaply that a pattern cannot match (case-insensitive
# scanning of long titles and condition lists is slow); other texts always go to the pattern.
_GASTRIC_WORDS = ("gastr", "stomach", "gej", "egj", "gea", "esophag", "gc", "cardia", "gi", "digestive")
_PAN_TUMOUR_WORDS = (
    "solid tumo",
    "solid cancer",
    "advanced cancer",
    "malignan",
    "agnostic",
    "tumo",
    "basket",
)
_HER2_TUMOURS_WORDS = ("her2", "her-2", "erbb2", "erbb-2")


@cache
def _her2_terms() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The pattern and lower-case words for HER2 studies, from ``her2_study_terms`` in kb.yaml (marker
    names and HER2-directed agents)."""
    words = knowledge_base().her2_study_terms.words
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    return pattern, tuple(w.lower() for w in words)


@cache
def results_reported() -> dict[str, str]:
    """NCT id → trial name of the studies whose results the knowledge base cites as evidence
    (trials.yaml): they have finished recruiting, whatever a stale registry record says."""
    return {t.nct: t.id for t in knowledge_base().trials.values() if t.nct}


def site_status(value: str | None) -> str | None:
    """A site status in one spelling (upper case, underscores): 'Open to accrual' → 'OPEN_TO_ACCRUAL'."""
    return re.sub(r"[\s-]+", "_", value.strip()).upper() if value and value.strip() else None


def site_open(status: str | None, study_status: str | None) -> bool:
    """True when the site takes patients: by its own status, or, when it states none, by the study's."""
    own = site_status(status)
    if own is not None:
        return own in OPEN_SITE_STATUSES
    return (study_status or "") in RECRUITING_STATUSES


def open_countries(sites: list[dict[str, Any]], study_status: str | None) -> list[str]:
    """Countries with a site that takes patients (site_open), sorted; ``sites`` as stored."""
    return sorted(
        {s["country"] for s in sites if s.get("country") and site_open(s.get("status"), study_status)}
    )


def recruitment_of(overall_status: str | None) -> str:
    """'recruiting', 'not_recruiting', or 'unknown' when the record states no status."""
    if overall_status is None:
        return "unknown"
    return "recruiting" if overall_status in RECRUITING_STATUSES else "not_recruiting"


class StudyError(ValueError):
    """A record that is not a study (no NCT id); the message names what is missing."""


@dataclass
class Site:
    country: str | None
    city: str | None
    status: str | None
    facility: str | None = None
    contact: str | None = None
    geo: tuple[float, float] | None = None  # (latitude, longitude) as the record gives them

    def to_dict(self) -> dict[str, Any]:
        """The stored form: country, city and status always; facility, contact and geo when known."""
        out: dict[str, Any] = {"country": self.country, "city": self.city, "status": self.status}
        if self.facility:
            out["facility"] = self.facility
        if self.contact:
            out["contact"] = self.contact
        if self.geo:
            out["geo"] = list(self.geo)
        return out


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
    relevance: str  # gastric | her2_pan_tumour | pan_tumour | none
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


# A study of a metastatic site ("Peritoneal Metastases", "Peritoneal Carcinomatosis") that takes several
# primaries: relevant when its inclusion criteria name gastric cancer among the origins.
_METASTATIC_SITE = re.compile(r"metasta|carcinomatos|peritoneal (?:disease|surface|malignan)", re.IGNORECASE)
_GASTRIC_ORIGIN = re.compile(
    r"\b(?:gastric|stomach)\b(?:[^.;:]{0,60}\b(?:carcinoma|cancer|adenocarcinoma|tumou?r|origin|primary)|"
    r"\s+(?:or|and|,))|"
    r"\b(?:carcinomas?|cancers?|adenocarcinomas?|origin|primary)\s+(?:of|from|in)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+,\s+|[\w-]+\s+or\s+)*(?:gastric|stomach)\b",
    re.IGNORECASE,
)
# Their words, as _GASTRIC_WORDS is _GASTRIC's (relevance_of.found).
_METASTATIC_SITE_WORDS = ("metasta", "carcinomatos", "peritoneal")
_GASTRIC_ORIGIN_WORDS = ("gastric", "stomach")


def _inclusion_part(eligibility: str) -> str:
    """The eligibility text before its exclusion criteria."""
    cut = re.search(r"exclusion criteria", eligibility, re.IGNORECASE)
    return eligibility[: cut.start()] if cut else eligibility


def relevance_of(
    text: str, treatments: str = "", conditions: list[str] | None = None, eligibility: str = ""
) -> str:
    """'gastric' when the study names the stomach, GEJ or oesophagus, or gastrointestinal cancers;
    'her2_pan_tumour' for a study of any solid tumour about HER2 (named in ``text``: titles, conditions,
    keywords; or a HER2-directed agent among the study's ``treatments``); 'pan_tumour' for a study of
    advanced solid tumours in general (basket, phase 1), not of blood cancers; 'gastric' too for a
    study of a metastatic site whose inclusion criteria (``eligibility``) name gastric cancer among the
    origins; otherwise 'none' (not offered for a gastric/GEJ patient). A record that names no title,
    condition or keyword (an excerpt, a registry export without them) is read by its inclusion
    criteria instead: they name the disease the study takes."""
    if not text.strip():
        text = _inclusion_part(eligibility)

    def found(pattern: re.Pattern[str], words: tuple[str, ...], where: str = text) -> bool:
        lowered = where.lower() if where.isascii() else None
        if lowered is not None and not any(word in lowered for word in words):
            return False
        return pattern.search(where) is not None

    if found(_GASTRIC, _GASTRIC_WORDS):
        return "gastric"
    if found(_METASTATIC_SITE, _METASTATIC_SITE_WORDS) and found(
        _GASTRIC_ORIGIN, _GASTRIC_ORIGIN_WORDS, _inclusion_part(eligibility)
    ):
        return "gastric"  # a study of a metastatic site whose origins include gastric cancer
    if found(_HER2_TUMOURS, _HER2_TUMOURS_WORDS):
        return "her2_pan_tumour"
    if found(_PAN_TUMOUR, _PAN_TUMOUR_WORDS) and (
        found(*_her2_terms()) or (treatments and found(*_her2_terms(), where=treatments))
    ):
        return "her2_pan_tumour"
    if found(_ANY_SOLID_TUMOUR, _ANY_SOLID_WORDS) and not _BLOOD_CANCER.search(text):
        named = " ".join(conditions or [])
        if (
            named
            and not _ANY_SOLID_TUMOUR.search(named)
            and not any(_GENERIC_CONDITION.match(c) for c in conditions or [])
            and _NAMED_TUMOUR.search(named)
        ):
            return "none"  # its conditions name other tumours only ("Hepatocellular Carcinoma; …")
        return "pan_tumour"
    return "none"


def _contact(location: dict[str, Any]) -> str | None:
    """The site's first contact as one line: name, phone, e-mail (what the record gives)."""
    for person in location.get("contacts") or []:
        if isinstance(person, dict):
            parts = [str(person[k]).strip() for k in ("name", "phone", "email") if person.get(k)]
            if parts:
                return ", ".join(parts)
    return None


def _geo(location: dict[str, Any]) -> tuple[float, float] | None:
    point = location.get("geoPoint")
    if not isinstance(point, dict):
        return None
    lat, lon = point.get("lat"), point.get("lon")
    if isinstance(lat, int | float) and isinstance(lon, int | float):
        return float(lat), float(lon)
    return None


def _site(location: dict[str, Any]) -> Site:
    return Site(
        country=location.get("country"),
        city=location.get("city"),
        status=location.get("status"),
        facility=location.get("facility") or None,
        contact=_contact(location),
        geo=_geo(location),
    )


def _treatments(proto: Any) -> str:
    """Intervention names and their other names, as one text (for relevance only)."""
    names: list[str] = []
    for item in _get(proto, "armsInterventionsModule", "interventions") or []:
        if isinstance(item, dict):
            names += [str(item.get("name") or ""), *_strings(item.get("otherNames"))]
    return " ".join(n for n in names if n)


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
    locations = _get(proto, "contactsLocationsModule", "locations") or []
    sites = [_site(loc) for loc in locations if isinstance(loc, dict)]
    named = [
        str(ident.get("briefTitle") or ""),
        str(ident.get("officialTitle") or ""),
        *conditions,
        *keywords,
    ]
    about = " ".join(named).strip()  # empty when the record names nothing: relevance_of reads its criteria
    eligibility = str(_get(proto, "eligibilityModule", "eligibilityCriteria") or "")
    return Study(
        nct_id=nct_id,
        title=title,
        overall_status=status.get("overallStatus"),
        phases=_strings(_get(proto, "designModule", "phases")),
        last_update=_get(status, "lastUpdatePostDateStruct", "date") or status.get("lastUpdateSubmitDate"),
        conditions=conditions,
        sites=sites,
        eligibility=eligibility,
        relevance=relevance_of(about, _treatments(proto), conditions, eligibility),
        study_type=_study_type(_get(proto, "designModule", "studyType")),
    )
