"""The audit trail in words: who did what, to which part of the case, when ("coord viewed the review —
3 Dec 2026 14:02 UTC"); never a raw event code."""

from __future__ import annotations

from typing import Any

from her2nav.records.store.models import AuditEvent
from her2nav.reports.words import Words
from her2nav.web.pages.base import Formats


def N_(message: str) -> str:
    """Marks a message for the catalogue; translated where it is shown."""
    return message


SENTENCES = {
    "case_created": N_("{who} created the case"),
    "case_changed": N_("{who} changed the case (now version {version})"),
    "biomarkers_added": N_("{who} added a biomarker result (now version {version})"),
    "treatments_added": N_("{who} added a treatment line (now version {version})"),
    "suggestion_accepted": N_("{who} confirmed a finding from a document"),
    "suggestion_edited": N_("{who} corrected and confirmed a finding from a document"),
    "suggestion_rejected": N_("{who} rejected a finding from a document"),
    "review_read": N_("{who} viewed the review"),
    "case_read": N_("{who} viewed the case"),
    "case_exported": N_("{who} exported the case"),
    "report_exported": N_("{who} made a report of the case"),
    "packet_exported": N_("{who} made a referral packet"),
    "document_uploaded": N_("{who} uploaded a document"),
    "document_read": N_("{who} opened a document"),
    "suggestions_read": N_("{who} viewed a document's suggestions"),
    "note_added": N_("{who} added a note"),
    "case_assigned": N_("{who} gave {target} access to the case"),
}
SOMEONE = N_("someone")
OTHER = N_("{who} did something to the case")


def sentence(event: AuditEvent, words: Words) -> str:
    who = event.username or words(SOMEONE)
    version: Any = (event.detail or {}).get("version", "?")
    template = SENTENCES.get(event.action, OTHER)
    return words(template, who=who, target=event.target or "", version=version)


def trail(events: list[AuditEvent], words: Words, fmt: Formats) -> list[dict[str, str]]:
    """Newest first, each as a sentence and when."""
    return [
        {"text": sentence(e, words), "when": fmt.moment(e.created_at), "iso": e.created_at.isoformat()}
        for e in reversed(events)
    ]
