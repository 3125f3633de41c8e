"""Composes the contract Review (CONTRACT §2). Placeholder until the engine lands."""

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


def build_review(case: Case) -> ReviewResult:
    raise NotImplementedError("the review engine is being built")
