"""Suggestions from extraction and what confirming one does.

A suggestion is a finding (CONTRACT §7) stored for a person to accept, edit or reject. Nothing goes
into a case without that decision. An accepted biomarker finding becomes a CONTRACT §1 biomarker entry
carrying its provenance (document, page, span, text, who confirmed it). Descriptors that have a case
field (site, histology, lauren) are checked against the case; the rest (pT/pN/pM, grade, report_date,
ebv, pdl1_clone, specimen_type, scoring_criteria) are facts recorded on the suggestion only."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from her2nav.records.cases.errors import Conflict
from her2nav.records.store.models import Document, Suggestion

# field → the §1 biomarker kind it becomes
BIOMARKER_FIELDS = {
    "her2_ihc": "her2_ihc",
    "her2_ish_result": "her2_ish",
    "her2_ish_ratio": "her2_ish",
    "her2_mean_copies": "her2_ish",
    "pdl1_cps": "pdl1_cps",
    "cldn18_2": "cldn18_2",
    "mmr": "mmr",
    "msi": "msi",
}
CASE_FIELDS = ("site", "histology", "lauren")
_CHOICES: dict[str, tuple[str, ...]] = {
    "her2_ihc": ("0", "1+", "2+", "3+"),
    "her2_ish_result": ("amplified", "not_amplified", "equivocal"),
    "specimen_type": ("biopsy", "resection", "cytology"),
    "scoring_criteria": ("gastric", "breast"),
    "mmr": ("proficient", "deficient"),
    "msi": ("mss", "msi_low", "msi_high"),
    "ebv": ("positive", "negative"),
    "lauren": ("intestinal", "diffuse", "mixed"),
    "site": ("stomach", "gej", "esophagus"),
}
_NUMBERS: dict[str, tuple[float, float | None]] = {
    "her2_ish_ratio": (0.0, None),
    "her2_mean_copies": (0.0, None),
    "pdl1_cps": (0.0, None),
    "cldn18_2": (0.0, 100.0),
}


def store_findings(session: Session, doc: Document, findings: list[dict[str, Any]]) -> None:
    for f in findings:
        span = f["span"]
        session.add(
            Suggestion(
                document_pk=doc.id,
                case_pk=doc.case_pk,
                field=str(f["field"])[:32],
                value=f["value"],
                assertion=str(f["assertion"])[:16],
                span_start=int(span["start"]),
                span_end=int(span["end"]),
                span_text=str(span["text"]),
                page=f.get("page"),
                section=(str(f["section"])[:128] if f.get("section") else None),
                specimen=(str(f["specimen"])[:64] if f.get("specimen") else None),
                organ=(str(f["organ"])[:32] if f.get("organ") else None),
                warning=(str(f["warning"])[:255] if f.get("warning") else None),
                status="pending",
            )
        )
    session.flush()


def for_document(session: Session, doc: Document) -> list[Suggestion]:
    query = select(Suggestion).where(Suggestion.document_pk == doc.id).order_by(Suggestion.id)
    return list(session.scalars(query))


def check_value(field: str, value: Any) -> tuple[Any, str | None]:
    """A corrected value for ``field``: (the value, None) or (None, the problem)."""
    if field in _CHOICES:
        text = str(value).strip() if isinstance(value, str | int) and not isinstance(value, bool) else None
        if text not in _CHOICES[field]:
            return None, f"must be one of {', '.join(_CHOICES[field])}"
        return text, None
    if field in _NUMBERS:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None, "must be a number"
        low, high = _NUMBERS[field]
        if value < low or (high is not None and value > high):
            bound = f"between {low:g} and {high:g}" if high is not None else f"at least {low:g}"
            return None, f"must be {bound}"
        return float(value), None
    if not isinstance(value, str) or not value.strip() or len(value) > 200:
        return None, "must be a non-empty text of at most 200 characters"
    return value.strip(), None


def provenance(s: Suggestion, document_id: str, username: str) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "page": s.page,
        "span_start": s.span_start,
        "span_end": s.span_end,
        "text": s.span_text,
        "confirmed_by": username,
    }


def _sibling(siblings: list[Suggestion], s: Suggestion, field: str) -> Any:
    """The value of ``field`` said about the same specimen (or the report's only one), not rejected."""
    found = [
        o
        for o in siblings
        if o.field == field and o.assertion == "present" and o.status != "rejected" and o.id != s.id
    ]
    same = [o for o in found if o.specimen == s.specimen] or ([] if s.specimen else found)
    values = {str(o.decided_value if o.decided_value is not None else o.value) for o in same}
    if len(values) != 1:
        return None  # none, or the report disagrees with itself: left for the person to add
    chosen = same[0]
    return chosen.decided_value if chosen.decided_value is not None else chosen.value


def biomarker_entry(s: Suggestion, value: Any, siblings: list[Suggestion]) -> dict[str, Any]:
    """The §1 biomarker entry an accepted finding becomes (provenance is added by the caller)."""
    kind = BIOMARKER_FIELDS[s.field]
    entry: dict[str, Any] = {"kind": kind}
    if kind == "her2_ihc":
        entry["score"] = value
        entry["specimen"] = _sibling(siblings, s, "specimen_type")
        entry["criteria"] = _sibling(siblings, s, "scoring_criteria")
    elif kind == "her2_ish":
        parts = {"her2_ish_result": "result", "her2_ish_ratio": "ratio", "her2_mean_copies": "mean_copies"}
        for field, key in parts.items():
            entry[key] = value if field == s.field else _sibling(siblings, s, field)
        entry["specimen"] = _sibling(siblings, s, "specimen_type")
    elif kind == "pdl1_cps":
        entry["value"] = value
        entry["assay"] = _sibling(siblings, s, "pdl1_clone")
    elif kind == "cldn18_2":
        entry["percent_positive"] = value
    else:
        entry["result"] = value
    if s.specimen and kind in ("her2_ihc", "her2_ish"):
        entry["specimen_label"] = s.specimen
    return {k: v for k, v in entry.items() if v is not None}


def case_field_change(field: str, value: Any, diagnosis: dict[str, Any]) -> dict[str, Any] | None:
    """For site/histology/lauren: the diagnosis change to make (None when the case already agrees).
    Raises Conflict when the report and the case disagree."""
    current = diagnosis.get(field)
    wanted = str(value).strip().lower().replace(" ", "_")
    if field == "histology":
        agrees = current == wanted or (current == "adenocarcinoma" and "adenocarcinoma" in wanted)
        if agrees:
            return None
        raise Conflict(
            f"the case says histology {current!r} but the report says {value!r}; "
            "change the case itself (PATCH) if the report is right"
        )
    if current is None:
        return {field: wanted}
    if current == wanted:
        return None
    raise Conflict(
        f"the case says {field} {current!r} but the report says {wanted!r}; "
        "change the case itself (PATCH) if the report is right"
    )
