"""A record that lists no exclusion criteria (a copy cut short): the verdict never rests on criteria
nobody read, so such a study is at best possibly eligible, with the missing list named."""

from __future__ import annotations

from her2nav.case.load import case_from_data
from her2nav.trials.criteria.eligibility import (
    NO_EXCLUSIONS_LISTED,
    Criterion,
    parse_criteria,
    with_unlisted_exclusions_noted,
)
from her2nav.trials.matching.judge import judge_criterion, verdict_of
from her2nav.trials.matching.patient import facts_for
from tests.trials.test_criterion_rules import _case

ONLY_INCLUSIONS = (
    "Inclusion Criteria:\n* Metastatic gastric adenocarcinoma\n* ECOG performance status 0 or 1\n"
)


def _stored(record: str) -> list[Criterion]:
    return with_unlisted_exclusions_noted(parse_criteria(record))


def _judged(record: str) -> list[dict[str, object]]:
    facts = facts_for(case_from_data(_case()))
    return [judge_criterion(c.to_dict(), facts) for c in _stored(record)]


def test_a_record_without_exclusions_gets_a_note_standing_for_them() -> None:
    last = _stored(ONLY_INCLUSIONS)[-1]
    assert (last.kind, last.text) == ("exclusion", NO_EXCLUSIONS_LISTED)


def test_every_inclusion_met_without_exclusions_is_possibly_eligible_not_eligible() -> None:
    judged = _judged(ONLY_INCLUSIONS)
    assert [c["status"] for c in judged] == ["met", "met", "unknown"]
    assert verdict_of(judged) == "possibly_eligible"
    assert "exclusion criteria" in str(judged[-1]["action"])


def test_a_record_with_an_exclusion_gets_no_note() -> None:
    record = ONLY_INCLUSIONS + "Exclusion Criteria:\n* Known HIV infection\n"
    assert NO_EXCLUSIONS_LISTED not in [c.text for c in _stored(record)]
    assert verdict_of(_judged(record)) == "eligible"
