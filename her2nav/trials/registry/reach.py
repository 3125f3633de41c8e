"""A study's rank profile: what bounds its score for one case without reading its criteria.

Stored at import next to the criteria (registry column ``rank_profile``, compact JSON), one entry per
way match.py can show the criteria (the general ones plus one cohort's, or the general ones alone):

- ``shown`` and ``stuck``: how many criteria are shown, and how many of them are unknown for any case
  (index.always_unknown);
- ``masks``: the other shown criteria whose requirements all read a case field that a case may lack
  (or are always unknown), counted by the set of those fields (a bit mask over ``UNKNOWN_KEYS``). A case
  lacking every field of a mask has such a criterion unknown (evaluate.unknown_keys_for);
- ``tests``: requirements of shown inclusion/exclusion criteria of a few often decisive types (prior
  lines, ECOG, LVEF, disease, HER2, prior therapy). When one of them is decisive for the case, the
  criterion is not met, so the option is ineligible and its score is halved.

match.CaseReach turns a profile into the best ranking key the study can reach for a case.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from her2nav.trials.criteria.rule_text import ALWAYS_UNKNOWN_TYPES, REQUIREMENT_TYPES
from her2nav.trials.registry.index import always_unknown, cohorts_only_restrict, shown_count

HER2_STATUSES = ("positive", "negative", "low", "ihc_1_plus_or_more", "ihc_2_3", "ihc_1_or_2", "ultralow")
# Case fields whose absence leaves every requirement reading them unknown; HER2 per status asked for.
UNKNOWN_KEYS = (
    "cldn18_2",
    "pdl1_cps",
    "msi_high",
    "lvef",
    "age",
    "ecog",
    "measurable_disease",
    "condition",
    *(f"her2:{status}" for status in HER2_STATUSES),
)
TESTED_TYPES = frozenset({"prior_lines", "ecog", "lvef", "disease", "her2", "prior_therapy"})


def unknown_key(req: dict[str, Any]) -> str | None:
    kind = req.get("type")
    if kind == "her2":
        return f"her2:{req.get('status')}"
    return str(kind) if kind in UNKNOWN_KEYS else None


def key_mask(keys: frozenset[str] | set[str]) -> int:
    return sum(1 << i for i, key in enumerate(UNKNOWN_KEYS) if key in keys)


def _unknown_mask(crit: dict[str, Any]) -> int:
    """Mask of the case fields a criterion rests on when all its requirements read such fields or are
    always unknown (a case lacking all of them has it unknown); 0 when some requirement may decide."""
    mask = 0
    for req in crit.get("requirements") or []:
        kind = req.get("type")
        if kind in ALWAYS_UNKNOWN_TYPES or kind not in REQUIREMENT_TYPES:
            continue
        key = unknown_key(req)
        if key is None or key not in UNKNOWN_KEYS:
            return 0
        mask |= 1 << UNKNOWN_KEYS.index(key)
    return mask


def _option(crits: list[dict[str, Any]], tests: list[list[Any]]) -> list[Any]:
    stuck = 0
    masks: dict[int, int] = {}
    mine: set[int] = set()
    for crit in crits:
        if always_unknown(crit):
            stuck += 1
            continue
        if mask := _unknown_mask(crit):
            masks[mask] = masks.get(mask, 0) + 1
        for req in crit.get("requirements") or []:
            if req.get("type") in TESTED_TYPES:
                test = [crit["kind"], req]
                if test not in tests:
                    tests.append(test)
                mine.add(tests.index(test))
    return [len(crits), stuck, sorted(masks.items()), sorted(mine)]


def rank_profile(criteria: list[dict[str, Any]]) -> str:
    general = [c for c in criteria if not c.get("cohort")]
    cohorts: dict[str, list[dict[str, Any]]] = {}
    for crit in criteria:
        if crit.get("cohort"):
            cohorts.setdefault(crit["cohort"], []).append(crit)
    tests: list[list[Any]] = []
    if cohorts_only_restrict(criteria):  # the cohort clauses are shown, met as not applying
        option = _option(general, tests)
        option[0] = len(criteria)
        return json.dumps({"options": [option], "tests": tests}, separators=(",", ":"))
    shown = [general + crits for crits in cohorts.values()] or [general]
    options = [_option(crits, tests) for crits in shown]
    for option, name in zip(options, cohorts, strict=False):  # tumour cohorts are shown too (no test)
        option[0] = shown_count(criteria, name)
    return json.dumps({"options": options, "tests": tests}, separators=(",", ":"))


@dataclass(frozen=True)
class Option:
    shown: int
    stuck: int
    masks: tuple[tuple[int, int], ...]
    tests: tuple[int, ...]


@dataclass(frozen=True)
class Profile:
    options: tuple[Option, ...]
    tests: tuple[tuple[str, dict[str, Any]], ...]


def parse_profile(text: str) -> Profile | None:
    """The stored profile, or None when it is missing or in another format (then not used)."""
    try:
        raw = json.loads(text)
        options = tuple(
            Option(int(o[0]), int(o[1]), tuple((int(m), int(n)) for m, n in o[2]), tuple(o[3]))
            for o in raw["options"]
        )
        tests = tuple((str(kind), req) for kind, req in raw["tests"])
    except (ValueError, KeyError, TypeError, IndexError):
        return None
    return Profile(options, tests) if options else None
