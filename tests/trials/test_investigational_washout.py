"""A wash-out of investigational agents only (issue 15, class 4): "no investigational anticancer
therapy within 30 days" asks nothing about standard therapy. CONTRACT §1 does not mark a course as
investigational, so a course in the interval leaves the criterion unknown, never failed; no therapy in
the interval passes it. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, judge, status

INCLUSION = "No investigational anticancer treatment in the 30 days before enrolment."
EXCLUSION = "Has received an investigational drug within 4 weeks before the first dose of study treatment."


def _ended(on: str) -> list[dict[str, Any]]:
    return [{**FIRST_LINE_ENDED[0], "ended_on": on}]


def test_the_wash_out_is_read_as_one_of_investigational_agents() -> None:
    assert interpret(INCLUSION, "inclusion") == [{"type": "washout", "days": 30, "scope": "investigational"}]
    assert interpret(EXCLUSION, "exclusion") == [{"type": "washout", "days": 28, "scope": "investigational"}]


@pytest.mark.parametrize(("text", "kind"), [(INCLUSION, "inclusion"), (EXCLUSION, "exclusion")])
def test_recent_therapy_the_case_cannot_call_investigational_leaves_it_unknown(text: str, kind: str) -> None:
    found = judge(text, kind, treatments=_ended("2026-05-22"))  # 10 days before as_of
    assert found["status"] == "unknown"


@pytest.mark.parametrize(("text", "kind"), [(INCLUSION, "inclusion"), (EXCLUSION, "exclusion")])
def test_no_therapy_in_the_interval_passes(text: str, kind: str) -> None:
    assert status(text, kind, treatments=_ended("2026-03-01")) == "met"
    assert status(text, kind) == "met"


def test_a_wash_out_of_all_anticancer_therapy_still_fails_recent_standard_therapy() -> None:
    text = "Anticancer therapy within 4 weeks before the first dose of study treatment."
    assert status(text, "exclusion", treatments=_ended("2026-05-22")) == "not_met"


def test_an_antibody_within_the_half_lives_of_a_longer_interval_counts_as_recent() -> None:
    text = "Use of an investigational drug within 7 days or 5 half-lives, whichever is longer."
    assert interpret(text, "exclusion")[0]["half_lives"] == 5
    # trastuzumab 10 or 31 days before as_of: past 7 days, within 5 of its 25-day half-lives (agents.yaml)
    assert status(text, "exclusion", treatments=_ended("2026-05-22")) == "unknown"
    assert status(text, "exclusion", treatments=_ended("2026-05-01")) == "unknown"
    long_ago = [{**FIRST_LINE_ENDED[0], "started_on": "2025-09-01", "ended_on": "2026-01-10"}]  # 142 days
    assert status(text, "exclusion", treatments=long_ago) == "met"
