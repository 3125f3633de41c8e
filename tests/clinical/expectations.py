"""Holding a review against an expectation file (the keys of ../shared/examples/*.expect.yaml).

Used for the outside clinical set (tests/clinical/outside/): cases written, with the answers a
gastric oncologist would give, by a reviewer who had not read the engine. Each expectation key is
checked on its own so that a score can count them; ``failures`` lists what does not hold, in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from her2nav.case.errors import CaseError
from her2nav.case.load import load_case
from her2nav.review import build_review

OUTSIDE = Path(__file__).parent / "outside"


@dataclass
class Outcome:
    """What the engine said about one case: the review (CONTRACT §2) or the input problems."""

    review: dict[str, Any] | None
    problems: list[str]

    @property
    def exit_code(self) -> int:
        return 0 if self.review is not None else 2


def run(case_file: Path) -> Outcome:
    try:
        case = load_case(case_file)
    except CaseError as err:
        return Outcome(None, [str(p) for p in err.problems])
    return Outcome(build_review(case).data, [])


def top_option(review: dict[str, Any]) -> str | None:
    options = review.get("options") or []
    ranked = [o for o in options if o.get("rank") == 1]
    first = ranked[0] if ranked else (options[0] if options else None)
    return first.get("id") if first else None


def failures(outcome: Outcome, expect: dict[str, Any]) -> list[str]:
    """Every expectation in ``expect`` that ``outcome`` does not meet, one line each."""
    wanted_code = expect.get("exit_code", 0)
    if outcome.exit_code != wanted_code:
        return [f"exit code {outcome.exit_code}, expected {wanted_code} ({'; '.join(outcome.problems)})"]
    said = "\n".join(outcome.problems)
    found = [f"stderr lacks {t!r} ({said})" for t in expect.get("stderr_contains", []) if t not in said]
    review = outcome.review
    if review is None:
        return found
    return found + _review_failures(review, expect)


def _review_failures(review: dict[str, Any], expect: dict[str, Any]) -> list[str]:
    found: list[str] = []
    options = {o["id"]: o for o in review.get("options") or []}
    listed = sorted(options)
    for key, value in (expect.get("her2") or {}).items():
        got = (review.get("her2") or {}).get(key)
        if got != value:
            found.append(f"her2.{key} is {got!r}, expected {value!r}")
    if "current_line" in expect and review.get("current_line") != expect["current_line"]:
        found.append(f"current_line is {review.get('current_line')!r}, expected {expect['current_line']!r}")
    top = top_option(review)
    if "top_in" in expect and top not in expect["top_in"]:
        found.append(f"top option {top!r} is not one of {expect['top_in']}")
    if top is not None and top in expect.get("top_not_in", []):
        found.append(f"top option {top!r} should not be first")
    if "includes_any" in expect and not set(expect["includes_any"]) & set(options):
        found.append(f"none of {expect['includes_any']} is offered (offered: {listed})")
    found += [
        f"{o} is not offered (offered: {listed})" for o in expect.get("includes", []) if o not in options
    ]
    found += [f"{o} is offered but must not be" for o in expect.get("not_includes", []) if o in options]
    gaps = {g["code"] for g in review.get("gaps") or []}
    found += [f"gap {c} missing (have {sorted(gaps)})" for c in expect.get("gaps", []) if c not in gaps]
    found += [f"gap {c} present but should not be" for c in expect.get("no_gaps", []) if c in gaps]
    warnings = {w["code"] for w in review.get("warnings") or []}
    found += [
        f"warning {c} missing (have {sorted(warnings)})"
        for c in expect.get("warnings", [])
        if c not in warnings
    ]
    for option_id, codes in (expect.get("cautions") or {}).items():
        if option_id in options:
            have = {c["code"] for c in options[option_id].get("cautions") or []}
            found += [f"{option_id} lacks caution {c} (has {sorted(have)})" for c in codes if c not in have]
    for option_id, regions in (expect.get("access") or {}).items():
        if option_id in options:
            access = options[option_id].get("access") or {}
            for region, status in regions.items():
                allowed = status if isinstance(status, list) else [status]
                got = (access.get(region) or {}).get("status")
                if got not in allowed:
                    found.append(f"{option_id} access in {region} is {got!r}, expected {status!r}")
    return found


def outside_cases() -> list[tuple[Path, dict[str, Any]]]:
    """(case file, expectation) for every case of the outside set."""
    pairs = []
    for case_file in sorted(OUTSIDE.glob("*.case.yaml")):
        expect_file = case_file.with_name(case_file.name.replace(".case.yaml", ".expect.yaml"))
        pairs.append((case_file, yaml.safe_load(expect_file.read_text(encoding="utf-8")) or {}))
    return pairs
