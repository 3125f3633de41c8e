"""`her2nav review CASE --criteria`: the text view lists every criterion of each trial with its verdict
and reason; without the flag it shows each trial's summary (the criteria that decide the verdict)."""

from __future__ import annotations

import json

from tests.render.textview import CASES, review_text

ENGLAND = CASES / "e04-second-line-after-trastuzumab-england.case.yaml"


def test_without_criteria_each_trial_shows_its_summary_and_says_how_to_see_every_criterion() -> None:
    out = review_text(ENGLAND, 120).stdout
    assert "`her2nav review CASE --criteria` lists every criterion with its reason" in out
    assert "? unknown: " in out and "to settle: " in out  # a deciding criterion with its step
    assert "✓ met" not in out
    assert "every criterion (" not in out


def test_with_criteria_every_criterion_of_each_trial_is_listed_with_its_verdict_and_reason() -> None:
    summary = json.loads(review_text(ENGLAND, 120, "--json").stdout)
    out = review_text(ENGLAND, 120, "--criteria").stdout
    for trial in summary["trials"]:
        counts = trial["criteria_counts"]
        heading = (
            f"{trial['nct_id']}: every criterion ({counts['met']} met, {counts['not_met']} not met, "
            f"{counts['unknown']} unknown)"
        )
        assert heading in out
    assert out.count("✓ met") >= sum(t["criteria_counts"]["met"] for t in summary["trials"])
    assert out.count("why: ") >= sum(sum(t["criteria_counts"].values()) for t in summary["trials"])
    assert "Every criterion of each trial follows" in out


def test_criteria_leaves_the_json_a_summary() -> None:
    plain = review_text(ENGLAND, 120, "--json").stdout
    assert review_text(ENGLAND, 120, "--json", "--criteria").stdout == plain
    assert all(c["status"] != "met" for t in json.loads(plain)["trials"] for c in t["criteria"])
