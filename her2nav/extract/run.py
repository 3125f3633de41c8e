"""Extraction flow: bytes + content type → text → suggested findings (CONTRACT §7), as plain data.

``extract_bytes`` is what the CLI and the records service call; ``extract_text`` runs the field
rules on text already extracted. Nothing here touches a database or the network.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from her2nav.extract.fields import RULES, Context, Hit
from her2nav.extract.normalise import normalise
from her2nav.extract.organ import mark_organ, organ_of
from her2nav.extract.text import (
    Document,
    Progress,
    UnreadableInput,
    document_from_bytes,
    document_from_text,
)

__all__ = [
    "ExtractionResult",
    "Progress",
    "UnreadableInput",
    "extract_bytes",
    "extract_document",
    "extract_text",
]


@dataclass(frozen=True)
class ExtractionResult:
    source: str
    pages: int
    ocr: bool
    text: str
    findings: list[dict[str, Any]] = field(default_factory=list)
    ocr_languages: tuple[str, ...] = ()
    page_seconds: tuple[float, ...] = ()

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "source": self.source,
            "pages": self.pages,
            "ocr": self.ocr,
            "findings": self.findings,
        }
        if self.ocr_languages:
            data["ocr_languages"] = list(self.ocr_languages)
        if self.ocr and self.page_seconds:
            data["ocr_seconds_per_page"] = [round(s, 2) for s in self.page_seconds]
        if include_text:
            data["text"] = self.text
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n\f.,;:":
        end -= 1
    return start, end


def _finding(ctx: Context, doc: Document, hit: Hit) -> dict[str, Any] | None:
    start, end = _trim(ctx.text, hit.start, hit.end)
    if end <= start:
        return None
    o_start, o_end = ctx.norm.to_original(start, end)
    finding: dict[str, Any] = {
        "field": hit.field,
        "value": hit.value,
        "assertion": hit.assertion,
        "span": {"start": o_start, "end": o_end, "text": doc.text[o_start:o_end]},
        "page": doc.page_of(o_start),
        "section": ctx.section_at(start),
        "specimen": ctx.specimen_at(start),
    }
    if hit.note:
        finding["note"] = hit.note
    finding.update(hit.extra)
    return finding


# Test results may differ by specimen or addendum; descriptors (site, grade, TNM, …) are said once.
_RESULT_FIELDS = frozenset(
    {
        "her2_ihc",
        "her2_ish_result",
        "her2_ish_ratio",
        "her2_mean_copies",
        "pdl1_cps",
        "mmr",
        "msi",
        "cldn18_2",
        "ebv",
    }
)


def _dedupe(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The first finding, in reading order, per field/value/assertion (and specimen/section for results)."""
    seen: set[tuple[Any, ...]] = set()
    kept: list[dict[str, Any]] = []
    for f in sorted(findings, key=lambda f: (f["span"]["start"], f["field"])):
        key: tuple[Any, ...] = (f["field"], f["value"], f["assertion"])
        if f["field"] in _RESULT_FIELDS and f["value"] is not None:
            key += (f["specimen"], f["section"])
        if key in seen:
            continue
        seen.add(key)
        kept.append(f)
    return kept


_DESCRIPTORS = frozenset({"histology", "specimen_type", "grade", "lauren", "site"})


# How a test is done (its clone, its scoring rules) is a finding only where the test has a result.
_METHOD_OF = {
    "pdl1_clone": frozenset({"pdl1_cps"}),
    "scoring_criteria": frozenset({"her2_ihc", "her2_ish_result", "her2_ish_ratio"}),
}


def _settled(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A test requested (or called not needed) and reported in the same document is a result, not a
    pending (negated) test; a descriptor
    quoted from history with the same value as this specimen's adds nothing; a clone or scoring rule
    named for a test with no result (ordered, offered, only explained) is no finding."""
    reported = {f["field"] for f in findings if f["assertion"] == "present" and f["value"] is not None}
    present = {(f["field"], f["value"]) for f in findings if f["assertion"] == "present"}
    return [
        f
        for f in findings
        if not (f["field"] in _METHOD_OF and not _METHOD_OF[f["field"]] & reported)
        and not (f["assertion"] in ("pending", "negated") and f["value"] is None and f["field"] in reported)
        and not (
            f["assertion"] == "historical"
            and f["field"] in _DESCRIPTORS
            and (f["field"], f["value"]) in present
        )
    ]


def _quoted_ihc(findings: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """An IHC score quoted from an earlier report and repeated beside this report's ISH result
    ("Overall: HER2 negative (IHC 2+, ISH not amplified)") is still the earlier score: historical."""
    earlier = {f["value"] for f in findings if f["field"] == "her2_ihc" and f["assertion"] == "historical"}
    ish = [
        f["span"]["start"]
        for f in findings
        if f["field"] == "her2_ish_result" and f["assertion"] == "present"
    ]
    out: list[dict[str, Any]] = []
    for f in findings:
        if f["field"] == "her2_ihc" and f["assertion"] == "present" and f["value"] in earlier:
            start, end = f["span"]["start"], f["span"]["end"]
            if any(start <= s <= end + 60 and "\n" not in text[end:s] for s in ish):
                f = {**f, "assertion": "historical"}
        out.append(f)
    return out


def _one_specimen(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every report is about a specimen. With a specimen type of its own, specimen types quoted from
    history (an earlier biopsy) are dropped; without one, the quoted type is this report's (an addendum
    or add-on test is done on the original specimen)."""
    types = [f for f in findings if f["field"] == "specimen_type"]
    if not types:
        return findings
    own = any(f["assertion"] == "present" for f in types)
    out: list[dict[str, Any]] = []
    for f in findings:
        if f["field"] == "specimen_type" and f["assertion"] == "historical":
            if own:
                continue
            f = {**f, "assertion": "present", "note": "the specimen named in the original report"}
        out.append(f)
    return out


def extract_document(doc: Document, source: str) -> ExtractionResult:
    ctx = Context(normalise(doc.text, ocr=doc.ocr))
    findings = [f for rule in RULES for hit in rule(ctx) if (f := _finding(ctx, doc, hit)) is not None]
    findings = _one_specimen(_quoted_ihc(findings, doc.text))
    findings = mark_organ(_settled(findings), organ_of(ctx.text))
    return ExtractionResult(
        source=source,
        pages=doc.pages,
        ocr=doc.ocr,
        text=doc.text,
        findings=_dedupe(findings),
        ocr_languages=doc.ocr_languages,
        page_seconds=doc.page_seconds,
    )


def extract_text(text: str, source: str = "text") -> ExtractionResult:
    return extract_document(document_from_text(text), source)


def extract_bytes(
    data: bytes,
    content_type: str | None = None,
    source: str = "document",
    progress: Progress | None = None,
) -> ExtractionResult:
    """Findings from PDF, image or text bytes. Raises ``UnreadableInput`` (one clear reason).
    ``progress(done, total, seconds)`` is called after each OCR'd page."""
    return extract_document(document_from_bytes(data, content_type, progress), source)
