"""Scoring of extraction against the outside set (tests/extract/outside/): the gold files' findings
are matched to the extractor's by field, value, assertion and organ, each counted once per report.

Shared by ``bench/extract_outside.py`` (figures, worst reports) and ``test_outside_set.py`` (ratchet).
Values are compared as the gold README says: numbers as numbers, IHC scores as strings, grade
``G2-G3`` also accepting ``G3``, histology loosely by family.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

OUTSIDE = Path(__file__).with_name("outside")
HER2_FIELDS = frozenset({"her2_ihc", "her2_ish_result", "her2_ish_ratio", "her2_mean_copies"})
SCAN_SUFFIXES = (".png", ".jpg", ".jpeg", ".pdf", ".tif", ".tiff")

Key = tuple[str, Any, str, str]  # field, normalised value, assertion, organ


@dataclass(frozen=True)
class Gold:
    name: str
    language: str
    text: Path
    scan: Path | None
    findings: tuple[dict[str, Any], ...]
    absent: tuple[str, ...]


def load_gold(folder: Path = OUTSIDE) -> list[Gold]:
    golds: list[Gold] = []
    for path in sorted(folder.glob("*.gold.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        name = path.name.removesuffix(".gold.yaml")
        report = folder / str(data["report"])
        scan = report if report.suffix.lower() in SCAN_SUFFIXES else None
        golds.append(
            Gold(
                name=name,
                language=str(data.get("language", "en")),
                text=folder / f"{name}.txt",
                scan=scan,
                findings=tuple(data.get("findings") or ()),
                absent=tuple(data.get("absent") or ()),
            )
        )
    return golds


def _histology_family(text: str) -> str:
    low = text.lower()
    if any(w in low for w in ("adenocarcinoma", "signet", "poorly cohesive", "腺癌", "印戒")):
        return "adenocarcinoma"
    if "squamous" in low or "鳞" in low:
        return "squamous_cell_carcinoma"
    if "lymphoepithelioma" in low or "淋巴上皮瘤" in low:
        return "lymphoepithelioma-like carcinoma"
    return low


def normalise_value(name: str, value: Any, detail: str | None = None) -> Any:
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return round(float(value), 2)
    text = str(value).strip()
    if name == "histology":
        return _histology_family(detail or text) if detail else _histology_family(text)
    if name == "pdl1_clone":
        return text.upper()
    return text


def gold_keys(gold: Gold) -> set[Key]:
    return {
        (
            f["field"],
            normalise_value(f["field"], f.get("value")),
            str(f.get("assertion", "present")),
            str(f.get("organ") or ""),
        )
        for f in gold.findings
    }


def predicted_keys(findings: Iterable[dict[str, Any]]) -> set[Key]:
    keys: set[Key] = set()
    for f in findings:
        detail = f.get("detail") if f["field"] == "histology" else None
        value = normalise_value(f["field"], f.get("value"), detail)
        keys.add((f["field"], value, str(f["assertion"]), str(f.get("organ") or "")))
    return keys


def _matches(pred: Key, gold: Key) -> bool:
    if pred == gold:
        return True
    # "moderately to poorly differentiated": the gold notes accept G3
    return pred[0] == gold[0] == "grade" and gold[1] == "G2-G3" and pred[1] == "G3" and pred[2:] == gold[2:]


@dataclass
class ReportScore:
    name: str
    language: str
    gold: set[Key]
    predicted: set[Key]
    absent: tuple[str, ...]
    seconds: float = 0.0
    pages: int = 1
    matched_gold: set[Key] = field(default_factory=set)
    matched_pred: set[Key] = field(default_factory=set)

    def __post_init__(self) -> None:
        for p in self.predicted:
            for g in self.gold:
                if _matches(p, g):
                    self.matched_pred.add(p)
                    self.matched_gold.add(g)

    @property
    def spurious(self) -> list[Key]:
        return sorted(self.predicted - self.matched_pred, key=str)

    @property
    def missed(self) -> list[Key]:
        return sorted(self.gold - self.matched_gold, key=str)

    @property
    def wrong_values(self) -> list[Key]:
        """Present findings whose field has a present gold value, but a different one."""
        present_gold = {(g[0], g[3]) for g in self.gold if g[2] == "present"}
        return [p for p in self.spurious if p[2] == "present" and (p[0], p[3]) in present_gold]

    @property
    def absent_violations(self) -> list[Key]:
        return [p for p in self.spurious if p[2] == "present" and p[0] in self.absent]


def score_report(
    gold: Gold, findings: list[dict[str, Any]], seconds: float = 0.0, pages: int = 1
) -> ReportScore:
    return ReportScore(
        gold.name, gold.language, gold_keys(gold), predicted_keys(findings), gold.absent, seconds, pages
    )


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def summary(scores: list[ReportScore]) -> dict[str, float]:
    def pr(keep: Callable[[Key], bool], reports: list[ReportScore]) -> tuple[float, float]:
        tp_p = sum(len([k for k in r.matched_pred if keep(k)]) for r in reports)
        n_p = sum(len([k for k in r.predicted if keep(k)]) for r in reports)
        tp_g = sum(len([k for k in r.matched_gold if keep(k)]) for r in reports)
        n_g = sum(len([k for k in r.gold if keep(k)]) for r in reports)
        return _ratio(tp_p, n_p), _ratio(tp_g, n_g)

    def every(_: Key) -> bool:
        return True

    def her2(k: Key) -> bool:
        return k[0] in HER2_FIELDS

    precision, recall = pr(every, scores)
    zh = [r for r in scores if r.language == "zh"]
    en = [r for r in scores if r.language != "zh"]
    her2_p, her2_r = pr(her2, scores)
    return {
        "reports": float(len(scores)),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "precision_en": round(pr(every, en)[0], 4),
        "recall_en": round(pr(every, en)[1], 4),
        "precision_zh": round(pr(every, zh)[0], 4),
        "recall_zh": round(pr(every, zh)[1], 4),
        "her2_precision": round(her2_p, 4),
        "her2_recall": round(her2_r, 4),
        "wrong_values": float(sum(len(r.wrong_values) for r in scores)),
        "wrong_dates": float(
            sum(1 for r in scores for k in r.wrong_values if k[0] == "report_date" and k[1] is not None)
        ),
        "flagged_dates": float(
            sum(1 for r in scores for k in r.wrong_values if k[0] == "report_date" and k[1] is None)
        ),
        "spurious": float(sum(len(r.spurious) for r in scores)),
        "missed": float(sum(len(r.missed) for r in scores)),
    }


def run_text(golds: list[Gold]) -> list[ReportScore]:
    """Every report's source text, in process."""
    from her2nav.extract.run import extract_bytes

    scores: list[ReportScore] = []
    for gold in golds:
        data = gold.text.read_bytes()
        began = time.perf_counter()
        result = extract_bytes(data, "text/plain", gold.text.name)
        scores.append(score_report(gold, result.findings, time.perf_counter() - began, result.pages))
    return scores


def run_scans(golds: list[Gold]) -> list[ReportScore]:
    """The reports that are also scans, read from the scan (OCR)."""
    from her2nav.extract.run import extract_bytes

    scores: list[ReportScore] = []
    for gold in golds:
        if gold.scan is None:
            continue
        data = gold.scan.read_bytes()
        began = time.perf_counter()
        result = extract_bytes(data, None, gold.scan.name)
        scores.append(score_report(gold, result.findings, time.perf_counter() - began, result.pages))
    return scores
