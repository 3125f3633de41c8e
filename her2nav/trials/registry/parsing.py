"""Eligibility text → what import stores for it: the criteria JSON and the index values that depend on
the text alone. No database imports, so that import's worker processes (which run only this) start
quickly."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from her2nav.trials.criteria.eligibility import PARSER_VERSION, parse_criteria, with_unlisted_exclusions_noted
from her2nav.trials.registry.index import (
    StudyIndex,
    bound_and_unknowns,
    bound_milli,
    criteria_bound,
    hard_limits,
    score_bound,
    unknowns_min,
)
from her2nav.trials.registry.reach import rank_profile
from her2nav.trials.registry.study import Study, open_countries


def her2_requirement(criteria: list[dict[str, Any]]) -> str:
    """Index value: what the general inclusion criteria ask of HER2 ('any' when nothing is said);
    an exclusion of HER2-positive disease counts as 'negative'."""
    for crit in criteria:
        for req in crit.get("requirements", []):
            if req.get("type") != "her2" or crit.get("cohort"):
                continue
            asks = crit["kind"] == "inclusion" and not req.get("negated")  # "… HER2-positive are excluded"
            if asks:
                return str(req["status"])
            if req["status"] == "positive":
                return "negative"
    return "any"


@dataclass(frozen=True)
class Parsed:
    """What import stores for one eligibility text (index columns that depend on the text alone)."""

    criteria_json: str
    her2_index: str
    bound: float
    limits: tuple[int | None, int | None, int | None]
    unknowns_min: int = 0
    rank_profile: str | None = None


@lru_cache(maxsize=2048)
def parsed_criteria(eligibility: str) -> Parsed:
    """Criteria JSON and text-derived index values for one eligibility text. Memoised: a re-import or
    a registry in which many records share the same text parses each distinct text once."""
    criteria = [c.to_dict() for c in with_unlisted_exclusions_noted(parse_criteria(eligibility))]
    bound, fewest_unknowns = bound_and_unknowns(criteria)
    return Parsed(
        json.dumps(criteria, ensure_ascii=False, separators=(",", ":")),
        her2_requirement(criteria),
        bound,
        hard_limits(criteria),
        fewest_unknowns,
        rank_profile(criteria),
    )


# What is stored for a study no case can be offered (not gastric or HER2-directed, closed, or not a
# treatment trial): no interpreted criteria (matching never reads them: the SQL filter drops such
# studies first) and index values that never let it rank; its eligibility text is kept as it came.
UNINTERPRETED = Parsed("[]", "any", 0.0, (None, None, None))


def parse_texts(texts: list[str]) -> list[Parsed]:
    """parsed_criteria for several texts (what an import's worker process runs)."""
    return [parsed_criteria(text) for text in texts]


def row_for(study: Study, now: dt.datetime, ready: dict[str, Parsed] | None = None) -> dict[str, Any]:
    """The registry row of one study (``ready``: eligibility texts already parsed elsewhere)."""
    offerable = study.can_be_offered
    parsed = (ready or {}).get(study.eligibility) or (
        parsed_criteria(study.eligibility) if offerable else UNINTERPRETED
    )
    criteria_json, her2_index = parsed.criteria_json, parsed.her2_index
    lines_min, lines_max, ecog_max = parsed.limits
    bound = score_bound(parsed.bound, study.overall_status)
    sites = [s.to_dict() for s in study.sites]
    return {
        "nct_id": study.nct_id,
        "title": study.title,
        "overall_status": study.overall_status,
        "closed": study.closed,
        "relevance": study.relevance,
        "her2_requirement": her2_index,
        "last_update": study.last_update,
        "phases": json.dumps(study.phases),
        "countries": json.dumps(study.countries),
        "sites": json.dumps(sites, ensure_ascii=False),
        "open_countries": json.dumps(open_countries(sites, study.overall_status)),
        "criteria": criteria_json,
        "parser_version": PARSER_VERSION,
        "imported_at": now,
        "score_bound": bound,
        "lines_min": lines_min,
        "lines_max": lines_max,
        "ecog_max": ecog_max,
        "bound_milli": bound_milli(bound),
        "unknowns_min": parsed.unknowns_min,
        "rank_profile": parsed.rank_profile,
        "study_type": study.study_type,
        "eligibility": None if offerable else study.eligibility,
    }


def index_for(criteria: list[dict[str, Any]], overall_status: str | None) -> StudyIndex:
    """The index columns of a study whose criteria are already parsed (a re-index needs no text)."""
    lines_min, lines_max, ecog_max = hard_limits(criteria)
    bound = score_bound(criteria_bound(criteria), overall_status)
    return StudyIndex(bound, lines_min, lines_max, ecog_max, unknowns_min(criteria), rank_profile(criteria))
