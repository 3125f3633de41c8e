"""A study's rank profile: what bounds its score for one case without reading its criteria.

Stored at import next to the criteria (registry column ``rank_profile``, compact JSON), one entry per
way match.py can show the criteria (the general ones plus one cohort's, or the general ones alone):

- ``shown`` and ``stuck``: how many criteria are shown, and how many of them are unknown for any case
  (index.always_unknown);
- ``crits``: the other criteria of the general part and of that cohort, as (kind, requirements)
  (indices into the profile's ``reqs``: texts, reasons and cohort names are left out) with how many
  criteria share them. match.CaseReach judges each for the case as judge.py judges a criterion (the
  judgement rests on the kind and requirements alone): one not met makes the option ineligible (its
  score is cut), each unknown lowers the settled share. Criteria of other tumour cohorts are counted
  in ``shown`` only (they may be set aside as not applying, judge.CohortView), so the bound stays a
  bound.

match.CaseReach turns a profile into the best ranking key the study can reach for a case.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from her2nav.trials.registry.index import always_unknown, cohorts_only_restrict, shown_count


def _index(reqs: list[dict[str, Any]], req: dict[str, Any]) -> int:
    """The place of a requirement in the profile's table, added when new."""
    if req not in reqs:
        reqs.append(req)
    return reqs.index(req)


def _option(crits: list[dict[str, Any]], reqs: list[dict[str, Any]]) -> list[Any]:
    stuck = 0
    judged: dict[tuple[str, tuple[int, ...]], int] = {}
    for crit in crits:
        if always_unknown(crit):
            stuck += 1
            continue
        key = (crit["kind"], tuple(_index(reqs, req) for req in crit.get("requirements") or []))
        judged[key] = judged.get(key, 0) + 1
    return [len(crits), stuck, [[kind, list(needs), n] for (kind, needs), n in sorted(judged.items())]]


def rank_profile(criteria: list[dict[str, Any]]) -> str:
    general = [c for c in criteria if not c.get("cohort")]
    cohorts: dict[str, list[dict[str, Any]]] = {}
    for crit in criteria:
        if crit.get("cohort"):
            cohorts.setdefault(crit["cohort"], []).append(crit)
    reqs: list[dict[str, Any]] = []
    if cohorts_only_restrict(criteria):  # the cohort clauses are shown, met as not applying
        option = _option(general, reqs)
        option[0] = len(criteria)
        return json.dumps({"options": [option], "reqs": reqs}, separators=(",", ":"))
    shown = [general + crits for crits in cohorts.values()] or [general]
    options = [_option(crits, reqs) for crits in shown]
    for option, name in zip(options, cohorts, strict=False):  # tumour cohorts are shown too (not judged)
        option[0] = shown_count(criteria, name)
    return json.dumps({"options": options, "reqs": reqs}, separators=(",", ":"))


@dataclass(frozen=True)
class Option:
    shown: int
    stuck: int
    crits: tuple[tuple[str, tuple[int, ...], int], ...]  # (kind, requirements, criteria sharing them)


@dataclass(frozen=True)
class Profile:
    options: tuple[Option, ...]
    reqs: tuple[dict[str, Any], ...]


def parse_profile(text: str) -> Profile | None:
    """The stored profile, or None when it is missing or in another format (then not used)."""
    try:
        raw = json.loads(text)
        reqs = tuple(dict(req) for req in raw["reqs"])
        options = tuple(
            Option(
                int(o[0]),
                int(o[1]),
                tuple((str(kind), tuple(int(i) for i in needs), int(n)) for kind, needs, n in o[2]),
            )
            for o in raw["options"]
        )
        if any(i >= len(reqs) for o in options for _, needs, _ in o.crits for i in needs):
            return None
    except (ValueError, KeyError, TypeError, IndexError):
        return None
    return Profile(options, reqs) if options else None
