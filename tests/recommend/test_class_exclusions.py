"""Class exclusions after progression (issue 14, class 2; class_exclusions in exclusions.yaml)."""

from __future__ import annotations

from tests.recommend.factory import cps, excluded, ids, ihc, line, mmr, review

NIVOLUMAB_FIRST_LINE = line(1, ["nivolumab", "capecitabine", "oxaliplatin"], "2025-03-01", "2025-09-01")


def test_after_progression_on_nivolumab_pembrolizumab_for_msi_high_is_set_aside_as_the_same_class() -> None:
    data = review(biomarkers=[ihc("0"), cps(10), mmr("deficient")], treatments=[NIVOLUMAB_FIRST_LINE])
    assert "pembrolizumab" not in ids(data)
    reason = excluded(data)["pembrolizumab"]
    assert "PD-1 inhibitors" in reason and "Nivolumab (line 1)" in reason
    pembro = next(e for e in data["excluded"] if e["id"] == "pembrolizumab")
    assert "KEYNOTE-158" in [e["trial"] for e in pembro["evidence"]] and pembro["sources"]


def test_msi_high_without_prior_pd1_still_gets_pembrolizumab_first() -> None:
    chemo = line(1, ["capecitabine", "oxaliplatin"], "2025-03-01", "2025-09-01")
    data = review(biomarkers=[ihc("0"), cps(10), mmr("deficient")], treatments=[chemo])
    assert ids(data)[0] == "pembrolizumab"


def test_pd1_stopped_for_a_reason_other_than_progression_does_not_exclude_the_class() -> None:
    stopped = line(1, ["nivolumab", "capecitabine", "oxaliplatin"], "2025-03-01", "2025-09-01", "completed")
    data = review(biomarkers=[ihc("0"), cps(10), mmr("deficient")], treatments=[stopped])
    assert "pembrolizumab" in ids(data)


def test_after_progression_on_apatinib_ramucirumab_is_set_aside_as_the_same_class() -> None:
    treatments = [
        line(1, ["capecitabine", "oxaliplatin"], "2025-01-01", "2025-04-01"),
        line(2, ["irinotecan"], "2025-04-10", "2025-07-01"),
        line(3, ["apatinib"], "2025-07-10", "2025-10-01"),
    ]
    data = review(region="CN", biomarkers=[ihc("0"), cps(0), mmr()], treatments=treatments)
    assert "ramucirumab" not in ids(data) and "ramucirumab_paclitaxel" not in ids(data)
    assert "VEGFR-2 inhibitors" in excluded(data)["ramucirumab"]
