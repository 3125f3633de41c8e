"""A study's rank profile: what bounds its score for one case without reading its criteria.

Stored at import next to the criteria (registry column ``rank_profile``, compact JSON), one entry per
way match.py can show the criteria (the general ones plus one cohort's, or the general ones alone):

- ``shown`` and ``stuck``: how many criteria are shown, and how many of them are unknown for any case
  (index.always_unknown);
- ``crits``: the other criteria of the general part and of that cohort (but those met for any case,
  index.always_met), as indices into the profile's ``groups`` (kind and requirements as compact JSON
  text: texts, reasons and cohort names are left out) with how many criteria share them.
  match.CaseReach judges each group for the case as judge.py judges a criterion (the judgement rests
  on the kind and requirements alone), once per case for a given text: one not met makes the option
  ineligible (its score is cut), each unknown lowers the settled share. Criteria of other tumour
  cohorts are counted in ``shown`` only (they may be set aside as not applying, judge.CohortView), so
  the bound stays a bound.

match.CaseReach turns a profile into the best ranking key the study can reach for a case.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from her2nav.trials.registry.index import always_met, always_unknown, cohorts_only_restrict, shown_count


def _without_texts(req: dict[str, Any]) -> dict[str, Any]:
    """A requirement as ranking reads it: the parts an ``open_parts`` names are words to show (it is
    unknown for every case whatever they are), so the profile leaves them out, as it leaves out texts."""
    return {"type": "open_parts", "parts": []} if req.get("type") == "open_parts" else req


# One compact encoder for every profile (json.dumps with separators builds a new encoder each call).
_COMPACT = json.JSONEncoder(separators=(",", ":"))


def _option(crits: list[dict[str, Any]], groups: list[str]) -> list[Any]:
    stuck = 0
    judged: dict[int, int] = {}
    for crit in crits:
        if always_unknown(crit):
            stuck += 1
            continue
        if always_met(crit):  # another part's criterion: shown, met for every case, nothing to judge
            continue
        reqs = [_without_texts(r) for r in crit.get("requirements") or []]
        group = _COMPACT.encode([crit["kind"], reqs])
        if group not in groups:
            groups.append(group)
        index = groups.index(group)
        judged[index] = judged.get(index, 0) + 1
    return [len(crits), stuck, sorted([index, n] for index, n in judged.items())]


def rank_profile(criteria: list[dict[str, Any]]) -> str:
    general = [c for c in criteria if not c.get("cohort")]
    cohorts: dict[str, list[dict[str, Any]]] = {}
    for crit in criteria:
        if crit.get("cohort"):
            cohorts.setdefault(crit["cohort"], []).append(crit)
    groups: list[str] = []
    if cohorts_only_restrict(criteria):  # the cohort clauses are shown, met as not applying
        option = _option(general, groups)
        option[0] = len(criteria)
        return _COMPACT.encode({"options": [option], "groups": groups})
    shown = [general + crits for crits in cohorts.values()] or [general]
    options = [_option(crits, groups) for crits in shown]
    for option, name in zip(options, cohorts, strict=False):  # tumour cohorts are shown too (not judged)
        option[0] = shown_count(criteria, name)
    return _COMPACT.encode({"options": options, "groups": groups})


@dataclass(frozen=True)
class Option:
    shown: int
    stuck: int
    crits: list[list[int]]  # [group index, criteria of that group]


@dataclass(frozen=True)
class Profile:
    options: list[Option]
    groups: list[str]  # [criterion kind, requirements] as JSON text

    @staticmethod
    def group(text: str) -> tuple[str, list[dict[str, Any]]]:
        kind, reqs = json.loads(text)
        return str(kind), list(reqs)


# Profiles parsed lately, kept across matches (they do not depend on the case; the studies near the
# top of the ranking, which every shortlist walks, are much the same from one case to the next).
PARSED_PROFILES = 8192


@lru_cache(maxsize=PARSED_PROFILES)
def parse_profile(text: str) -> Profile | None:
    """The stored profile, or None when it is missing or in another format (then not used). Read for
    every candidate a shortlist walks, so the lists are taken as decoded (and shared: never changed);
    a caller meeting one of another shape (an index or count that is not one) treats the profile as
    missing."""
    try:
        raw = json.loads(text)
        groups = raw["groups"]
        options = [Option(int(shown), int(stuck), crits) for shown, stuck, crits in raw["options"]]
    except (ValueError, KeyError, TypeError):
        return None
    return Profile(options, groups) if options and isinstance(groups, list) else None
