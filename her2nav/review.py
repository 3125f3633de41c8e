"""Composes the contract Review (CONTRACT §2) from the HER2 assessment, the options engine and trials.

Stable interface (other domains rely on it):
- ``build_review(case, *, trials=None, trials_unavailable=None) -> ReviewResult``: pure; no database,
  no I/O beyond the cached knowledge base, no clock (``as_of`` comes from the case). When trials could
  not be matched, ``trials_unavailable`` says why and becomes the TRIALS_UNAVAILABLE warning.
- ``review_with_trials(case) -> ReviewResult``: the same with the installed registry's trials (the one
  place that reads the registry for a review; CLI, service and benchmarks all come through it or
  through ``build_review`` with ``trials_for`` below).
- ``ReviewResult.data``: the CONTRACT §2 JSON as a dict; ``ReviewResult.to_json()``.
- ``knowledge_version() -> str``: the knowledge base version the review is made with.

Fields beyond the contract (added, never renamed): ``line_basis``, ``markers``, ``her2.ihc_score``,
``her2.notes``, ``unverified`` (how many facts in this review rest on unchecked knowledge), and per
option ``sources``; per access entry ``verified`` and ``since``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from her2nav.case.models import Case


@dataclass
class ReviewResult:
    data: dict[str, Any]

    def to_json(self, indent: int | None = None) -> str:
        """The review as JSON (compact by default, which uses the fast C encoder)."""
        if indent is None:
            return _COMPACT.encode(self.data)  # what json.dumps(data, ensure_ascii=False) gives
        return json.dumps(self.data, ensure_ascii=False, indent=indent)


_COMPACT = json.JSONEncoder(ensure_ascii=False)  # stateless: one instance serves every call


def knowledge_version() -> str:
    from her2nav.knowledge.load import knowledge_base

    return knowledge_base().knowledge_version


def _count_unverified(options: list[dict[str, Any]]) -> int:
    count = 0
    for option in options:
        count += sum(1 for entry in option["access"].values() if entry.get("verified") is False)
        count += sum(1 for ev in option["evidence"] if ev.get("verified") is False)
        count += sum(1 for c in option["cautions"] if c.get("verified") is False)
    return count


TRIALS_UNAVAILABLE = "TRIALS_UNAVAILABLE"


def build_review(
    case: Case, *, trials: list[dict[str, Any]] | None = None, trials_unavailable: str | None = None
) -> ReviewResult:
    from her2nav.knowledge.load import knowledge_base
    from her2nav.recommend.context import build_context
    from her2nav.recommend.engine import recommend

    kb = knowledge_base()
    ctx = build_context(case, kb)
    found = recommend(ctx)
    her2 = ctx.her2.as_contract()
    markers = {
        "pdl1_cps": ctx.pdl1_cps,
        "cldn18_2_percent": ctx.cldn18_2_percent,
        "msi_high": ctx.msi_high,
        "ecog": case.patient.ecog,
        "lvef_percent": case.patient.lvef_percent,
        "prior_regimens": ctx.prior_regimens,
        "prior_chemotherapy_regimens": ctx.prior_chemo_regimens,
    }
    data: dict[str, Any] = {
        "case_id": case.case_id,
        "as_of": case.as_of.isoformat(),
        "knowledge_version": kb.knowledge_version,
        "her2": her2,
        "current_line": ctx.line,
        "line_basis": ctx.lines.explanation,
        "markers": markers,
        "options": found["options"],
        "excluded": found["excluded"],
        "gaps": found["gaps"],
        "warnings": found["warnings"],
        "trials": list(trials or []),
        "unverified": _count_unverified(found["options"]),
    }
    if trials_unavailable:
        data["warnings"].append({"code": TRIALS_UNAVAILABLE, "message": trials_unavailable})
    return ReviewResult(data)


def trials_for(case: Case) -> tuple[list[dict[str, Any]] | None, str | None]:
    """The installed registry's entries for the review, or (None, why they are missing)."""
    from her2nav.trials.matching.for_review import review_trials

    return review_trials(case)


def review_with_trials(case: Case) -> ReviewResult:
    trials, problem = trials_for(case)
    return build_review(case, trials=trials, trials_unavailable=problem)
