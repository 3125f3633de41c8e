"""Composes the contract Review (CONTRACT §2). Placeholder until the engine lands.

Stable interface (other domains rely on it):
- ``build_review(case, *, trials=None) -> ReviewResult``: pure; no database, no I/O, no clock.
- ``ReviewResult.data``: the CONTRACT §2 JSON as a dict; ``ReviewResult.to_json()``.
- ``knowledge_version() -> str``: the knowledge base version the review would be made with.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from her2nav.case.models import Case


@dataclass
class ReviewResult:
    data: dict[str, Any]

    def to_json(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=2)


def knowledge_version() -> str:
    return "0.0.0-dev"


def build_review(case: Case, *, trials: list[dict[str, Any]] | None = None) -> ReviewResult:
    """Placeholder: a contract-shaped review with no options until the engine lands."""
    return ReviewResult(
        {
            "case_id": case.case_id,
            "as_of": case.as_of.isoformat(),
            "knowledge_version": knowledge_version(),
            "her2": {"status": "unknown", "category": "unknown", "basis": "", "determined_on": None},
            "current_line": None,
            "options": [],
            "excluded": [],
            "gaps": [],
            "warnings": [],
            "trials": trials or [],
        }
    )
