"""A study's rank profile: what bounds its score for one case without reading its criteria.

Stored at import next to the criteria (registry column ``rank_profile``, compact JSON), one entry per
way match.py can show the criteria (the general ones plus one cohort's, or the general ones alone):

- ``shown`` and ``stuck``: how many criteria are shown, and how many of them are unknown for any case
  (index.always_unknown);
- ``open``: the other shown criteria whose requirements are all of types that a case may leave unknown
  (``OPEN_TYPES``, or always unknown), counted by the set of those requirements (indices into the
  profile's ``reqs``). A criterion whose every requirement the evaluator leaves unknown for the case is
  unknown (the status rule of judge.py: nothing decides it, something is open); whether one is left
  unknown is asked of the evaluator itself (evaluate.undecided), so every reason it has counts: a field
  the case lacks, a HER2 result that does not settle the status asked, a wider class of illness the
  case does not list, a centrally confirmed result;
- ``tests``: requirements (indices into ``reqs``) of shown inclusion/exclusion criteria of a few often
  decisive types (prior lines, ECOG, LVEF, disease, HER2, prior therapy). When one of them is decisive
  for the case, the criterion is not met, so the option is ineligible and its score is halved.

match.CaseReach turns a profile into the best ranking key the study can reach for a case.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from her2nav.trials.criteria.rule_text import ALWAYS_UNKNOWN_TYPES, REQUIREMENT_TYPES
from her2nav.trials.registry.index import always_unknown, cohorts_only_restrict, shown_count

# Requirement types whose evaluator may leave a requirement unknown for one case and not another (a
# field the case may lack, a result that may not settle it): the criteria resting on them alone are
# profiled as ``open``. (Types unknown for every case are index.always_unknown's.)
OPEN_TYPES = frozenset(
    {"cldn18_2", "pdl1_cps", "msi_high", "lvef", "age", "ecog", "measurable_disease", "condition", "her2"}
)
TESTED_TYPES = frozenset({"prior_lines", "ecog", "lvef", "disease", "her2", "prior_therapy"})


def _index(reqs: list[list[Any]], kind: str, req: dict[str, Any]) -> int:
    """The place of (kind, requirement) in the profile's table, added when new."""
    entry = [kind, req]
    if entry not in reqs:
        reqs.append(entry)
    return reqs.index(entry)


def _open_set(crit: dict[str, Any], reqs: list[list[Any]]) -> tuple[int, ...]:
    """The requirements a criterion rests on when all of them are of ``OPEN_TYPES`` or always unknown
    (a case leaving every one of them unknown has it unknown); () when some requirement may decide it
    for every case that has the fields it reads."""
    found: set[int] = set()
    for req in crit.get("requirements") or []:
        kind = req.get("type")
        if kind in ALWAYS_UNKNOWN_TYPES or kind not in REQUIREMENT_TYPES:
            continue
        if kind not in OPEN_TYPES:
            return ()
        found.add(_index(reqs, crit["kind"], req))
    return tuple(sorted(found))


def _option(crits: list[dict[str, Any]], reqs: list[list[Any]]) -> list[Any]:
    stuck = 0
    opens: dict[tuple[int, ...], int] = {}
    mine: set[int] = set()
    for crit in crits:
        if always_unknown(crit):
            stuck += 1
            continue
        if needs := _open_set(crit, reqs):
            opens[needs] = opens.get(needs, 0) + 1
        for req in crit.get("requirements") or []:
            if req.get("type") in TESTED_TYPES:
                mine.add(_index(reqs, crit["kind"], req))
    return [len(crits), stuck, [[list(needs), n] for needs, n in sorted(opens.items())], sorted(mine)]


def rank_profile(criteria: list[dict[str, Any]]) -> str:
    general = [c for c in criteria if not c.get("cohort")]
    cohorts: dict[str, list[dict[str, Any]]] = {}
    for crit in criteria:
        if crit.get("cohort"):
            cohorts.setdefault(crit["cohort"], []).append(crit)
    reqs: list[list[Any]] = []
    if cohorts_only_restrict(criteria):  # the cohort clauses are shown, met as not applying
        option = _option(general, reqs)
        option[0] = len(criteria)
        return json.dumps({"options": [option], "reqs": reqs}, separators=(",", ":"))
    shown = [general + crits for crits in cohorts.values()] or [general]
    options = [_option(crits, reqs) for crits in shown]
    for option, name in zip(options, cohorts, strict=False):  # tumour cohorts are shown too (no test)
        option[0] = shown_count(criteria, name)
    return json.dumps({"options": options, "reqs": reqs}, separators=(",", ":"))


@dataclass(frozen=True)
class Option:
    shown: int
    stuck: int
    opens: tuple[tuple[tuple[int, ...], int], ...]  # (requirements, criteria resting on them alone)
    tests: tuple[int, ...]


@dataclass(frozen=True)
class Profile:
    options: tuple[Option, ...]
    reqs: tuple[tuple[str, dict[str, Any]], ...]  # (criterion kind, requirement)


def parse_profile(text: str) -> Profile | None:
    """The stored profile, or None when it is missing or in another format (then not used)."""
    try:
        raw = json.loads(text)
        reqs = tuple((str(kind), dict(req)) for kind, req in raw["reqs"])
        options = tuple(
            Option(
                int(o[0]),
                int(o[1]),
                tuple((tuple(int(i) for i in needs), int(n)) for needs, n in o[2]),
                tuple(int(i) for i in o[3]),
            )
            for o in raw["options"]
        )
        if any(i >= len(reqs) for o in options for i in o.tests + sum((n for n, _ in o.opens), ())):
            return None
    except (ValueError, KeyError, TypeError, IndexError):
        return None
    return Profile(options, reqs) if options else None
