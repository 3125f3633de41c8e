from __future__ import annotations

import datetime as dt

from her2nav.biomarkers.her2 import Flag, Her2Assessment, assess_her2
from tests.biomarkers.cases import TDXD_PROGRESSED, TRASTUZUMAB_PROGRESSED, course, ihc, ish, make_case


def codes(flags: tuple[Flag, ...]) -> list[str]:
    return [f.code for f in flags]


def gap(a: Her2Assessment, code: str) -> tuple[str, str | None]:
    found = [g for g in a.gaps if g.code == code]
    assert len(found) == 1, f"expected one {code} gap, got {codes(a.gaps)}"
    return found[0].message, found[0].severity


# --- single specimen, gastric rules (fact sheet §1.1–§1.4) -----------------------------------


def test_ihc_3_plus_is_positive_and_the_basis_names_specimen_date_and_criteria() -> None:
    a = assess_her2(make_case([ihc("3+", "2025-02-20")]))
    assert (a.status, a.category) == ("positive", "positive")
    assert a.basis == "IHC 3+ on biopsy (2025-02-20), gastric criteria"
    assert a.determined_on == dt.date(2025, 2, 20)
    assert (a.ihc_score, a.ish_amplified) == ("3+", None)
    assert a.gaps == () and a.warnings == ()


def test_ihc_2_plus_without_ish_is_equivocal_pending_with_a_high_ish_required_gap() -> None:
    a = assess_her2(make_case([ihc("2+", "2025-02-20")]))
    assert (a.status, a.category) == ("equivocal", "pending")
    message, severity = gap(a, "HER2_ISH_REQUIRED")
    assert severity == "high" and "reflex ISH" in message and "2.0" in message


def test_ihc_2_plus_with_ish_ratio_exactly_2_is_positive_and_dated_by_the_ish() -> None:
    a = assess_her2(make_case([ihc("2+", "2025-02-20"), ish("2025-02-27", ratio=2.0)]))
    assert (a.status, a.category) == ("positive", "positive")
    assert a.determined_on == dt.date(2025, 2, 27)
    assert a.ish_amplified is True and a.ihc_score == "2+"
    assert "ISH amplified (ratio 2, 2025-02-27)" in a.basis


def test_ihc_2_plus_with_ish_ratio_below_2_is_her2_low_negative() -> None:
    a = assess_her2(make_case([ihc("2+", "2025-02-20"), ish("2025-02-27", ratio=1.99)]))
    assert (a.status, a.category) == ("negative", "low")
    assert a.ish_amplified is False
    assert "HER2-low" in a.basis


def test_ihc_2_plus_with_equivocal_ish_stays_pending_and_asks_for_a_repeat() -> None:
    a = assess_her2(make_case([ihc("2+", "2025-02-20"), ish("2025-02-27", result="equivocal")]))
    assert (a.status, a.category) == ("equivocal", "pending")
    assert a.ish_amplified is None
    message, severity = gap(a, "HER2_ISH_REQUIRED")
    assert severity == "high" and "equivocal" in message


def test_a_ratio_decides_even_when_the_lab_called_it_equivocal() -> None:
    a = assess_her2(make_case([ihc("2+", "2025-02-20"), ish("2025-02-27", ratio=2.3, result="equivocal")]))
    assert (a.status, a.category) == ("positive", "positive")


def test_ihc_1_plus_is_her2_low_and_ihc_0_is_her2_zero() -> None:
    low = assess_her2(make_case([ihc("1+", "2025-02-20")]))
    zero = assess_her2(make_case([ihc("0", "2025-02-20")]))
    assert (low.status, low.category) == ("negative", "low")
    assert (zero.status, zero.category) == ("negative", "zero")


def test_ihc_3_plus_with_ish_not_amplified_stays_positive_and_is_flagged_as_discordant() -> None:
    a = assess_her2(make_case([ihc("3+", "2025-02-20"), ish("2025-02-27", ratio=1.4)]))
    assert a.status == "positive"
    assert a.determined_on == dt.date(2025, 2, 20)
    assert codes(a.warnings) == ["HER2_DISCORDANT"]
    message = a.warnings[0].message
    assert "IHC 3+ as HER2-positive on its own" in message and "pathology review" in message
    assert "discordant" in a.basis


def test_ihc_3_plus_with_amplified_ish_is_not_discordant() -> None:
    a = assess_her2(make_case([ihc("3+", "2025-02-20"), ish("2025-02-27", ratio=3.1)]))
    assert a.status == "positive" and a.warnings == ()


def test_no_her2_test_is_unknown_with_a_high_untested_gap() -> None:
    a = assess_her2(make_case([{"kind": "pdl1_cps", "value": 5}]))
    assert (a.status, a.category, a.determined_on) == ("unknown", "unknown", None)
    assert gap(a, "HER2_UNTESTED")[1] == "high"


def test_squamous_histology_without_her2_test_raises_no_untested_gap() -> None:
    a = assess_her2(make_case([], histology="squamous_cell_carcinoma"))
    assert a.status == "unknown" and a.gaps == ()
    assert any("adenocarcinoma" in n for n in a.notes)


# --- ISH without IHC ------------------------------------------------------------------------


def test_ish_amplified_without_ihc_is_positive_and_the_basis_says_so() -> None:
    a = assess_her2(make_case([ish("2025-03-01", ratio=2.6)]))
    assert (a.status, a.category) == ("positive", "positive")
    assert a.ihc_score is None and a.ish_amplified is True
    assert "no IHC on record" in a.basis and "ISH alone" in a.basis
    assert any("IHC 3+ only" in n for n in a.notes)


def test_ish_not_amplified_without_ihc_is_negative_with_unknown_category() -> None:
    a = assess_her2(make_case([ish("2025-03-01", result="not_amplified")]))
    assert (a.status, a.category) == ("negative", "unknown")
    assert any("HER2-low vs HER2-zero split is unknown" in n for n in a.notes)


def test_equivocal_ish_without_ihc_asks_for_ihc_and_repeat_ish() -> None:
    a = assess_her2(make_case([ish("2025-03-01", result="equivocal")]))
    assert (a.status, a.category) == ("equivocal", "pending")
    assert "IHC score" in gap(a, "HER2_ISH_REQUIRED")[0]


# --- several specimens before anti-HER2 therapy ----------------------------------------------


def test_any_positive_specimen_makes_the_patient_positive_and_warns_of_heterogeneity() -> None:
    a = assess_her2(
        make_case([ihc("1+", "2025-02-20", specimen="biopsy"), ihc("3+", "2025-04-02", specimen="resection")])
    )
    assert (a.status, a.category) == ("positive", "positive")
    assert a.determined_on == dt.date(2025, 4, 2)
    assert codes(a.warnings) == ["HER2_HETEROGENEOUS"]
    assert "IHC 1+ on biopsy" in a.warnings[0].message and "S9" in a.warnings[0].message
    assert "one of 2 specimens" in a.basis


def test_a_positive_older_specimen_outweighs_a_newer_negative_one_before_anti_her2_therapy() -> None:
    a = assess_her2(make_case([ihc("3+", "2025-02-20"), ihc("0", "2025-05-01", specimen="resection")]))
    assert a.status == "positive"
    assert a.determined_on == dt.date(2025, 2, 20)
    assert "HER2_HETEROGENEOUS" in codes(a.warnings)


def test_among_negative_specimens_the_her2_low_one_sets_the_category() -> None:
    a = assess_her2(make_case([ihc("1+", "2025-02-20"), ihc("0", "2025-05-01", specimen="resection")]))
    assert (a.status, a.category) == ("negative", "low")
    assert a.warnings == ()


def test_a_negative_and_a_pending_specimen_make_the_status_equivocal() -> None:
    a = assess_her2(make_case([ihc("1+", "2025-02-20"), ihc("2+", "2025-05-01", specimen="resection")]))
    assert (a.status, a.category) == ("equivocal", "pending")
    assert "resection" in gap(a, "HER2_ISH_REQUIRED")[0]


def test_a_positive_and_a_pending_specimen_stay_positive_with_a_note() -> None:
    a = assess_her2(make_case([ihc("3+", "2025-02-20"), ihc("2+", "2025-05-01", specimen="resection")]))
    assert a.status == "positive"
    assert "HER2_ISH_REQUIRED" not in codes(a.gaps)
    assert any("cannot change the positive status" in n for n in a.notes)


# --- discordance ----------------------------------------------------------------------------


def test_ihc_1_plus_with_amplified_ish_is_discordant_and_stays_her2_low() -> None:
    a = assess_her2(make_case([ihc("1+", "2025-02-20"), ish("2025-02-27", ratio=2.8)]))
    assert (a.status, a.category) == ("negative", "low")
    assert a.ish_amplified is True
    assert codes(a.warnings) == ["HER2_DISCORDANT"]
    assert "pathology review" in a.warnings[0].message and "S44" in a.warnings[0].message
    assert "discordant" in a.basis
    assert a.determined_on == dt.date(2025, 2, 20)


def test_ihc_0_with_amplified_ish_is_discordant_and_stays_her2_zero() -> None:
    a = assess_her2(make_case([ihc("0", "2025-02-20"), ish("2025-02-27", result="amplified")]))
    assert (a.status, a.category) == ("negative", "zero")
    assert codes(a.warnings) == ["HER2_DISCORDANT"]


# --- HER2 loss after anti-HER2 therapy (fact sheet §1.6) ---------------------------------------


def test_a_negative_rebiopsy_after_progression_on_trastuzumab_is_her2_loss() -> None:
    a = assess_her2(make_case([ihc("3+", "2025-02-20"), ihc("1+", "2025-11-01")], [TRASTUZUMAB_PROGRESSED]))
    assert (a.status, a.category) == ("negative", "low")
    assert a.determined_on == dt.date(2025, 11, 1)
    assert codes(a.warnings) == ["HER2_LOSS"]
    message = a.warnings[0].message
    assert "after progression on trastuzumab" in message and "S86" in message
    assert "HER2_RETEST_RECOMMENDED" not in codes(a.gaps)
    assert a.ever_positive and a.positive_before_anti_her2


def test_a_negative_rebiopsy_after_progression_on_tdxd_is_her2_loss() -> None:
    a = assess_her2(
        make_case(
            [ihc("3+", "2025-02-20"), ihc("3+", "2025-10-25"), ihc("0", "2026-06-01")],
            [TRASTUZUMAB_PROGRESSED, TDXD_PROGRESSED],
        )
    )
    assert (a.status, a.category) == ("negative", "zero")
    assert codes(a.warnings) == ["HER2_LOSS"]
    assert "trastuzumab deruxtecan" in a.warnings[0].message
    assert "2025-10-25" in a.basis


def test_non_amplified_ish_alone_after_progression_is_her2_loss_with_unknown_category() -> None:
    a = assess_her2(
        make_case([ihc("3+", "2025-02-20"), ish("2025-11-01", ratio=1.2)], [TRASTUZUMAB_PROGRESSED])
    )
    assert (a.status, a.category) == ("negative", "unknown")
    assert codes(a.warnings) == ["HER2_LOSS"]


def test_a_negative_biopsy_taken_during_a_course_that_ended_in_progression_is_her2_loss() -> None:
    a = assess_her2(make_case([ihc("3+", "2025-02-20"), ihc("1+", "2025-10-01")], [TRASTUZUMAB_PROGRESSED]))
    assert a.status == "negative"
    assert "after progression on trastuzumab" in a.warnings[0].message


def test_a_negative_biopsy_on_trastuzumab_without_progression_is_loss_and_says_so() -> None:
    ongoing = course(1, ["trastuzumab", "capecitabine", "oxaliplatin"], "2025-03-01", None, "ongoing")
    a = assess_her2(make_case([ihc("3+", "2025-02-20"), ihc("0", "2025-09-01")], [ongoing]))
    assert a.status == "negative"
    assert codes(a.warnings) == ["HER2_LOSS"]
    assert "no progression recorded" in a.warnings[0].message


def test_a_biopsy_on_the_day_anti_her2_therapy_starts_is_a_baseline_specimen() -> None:
    a = assess_her2(make_case([ihc("1+", "2025-02-20"), ihc("3+", "2025-03-01")], [TRASTUZUMAB_PROGRESSED]))
    assert a.status == "positive"
    assert codes(a.warnings) == ["HER2_HETEROGENEOUS"]


# --- re-testing before the next HER2-directed line ------------------------------------------


def test_positive_status_from_before_progression_on_trastuzumab_recommends_a_retest() -> None:
    a = assess_her2(make_case([ihc("3+", "2025-02-20")], [TRASTUZUMAB_PROGRESSED]))
    assert a.status == "positive"
    message, severity = gap(a, "HER2_RETEST_RECOMMENDED")
    assert severity == "high"
    assert "if feasible" in message and "S44" in message and "S86" in message
    assert "2025-10-15" in message
    assert a.retest_recommended


def test_a_positive_rebiopsy_after_progression_needs_no_retest() -> None:
    a = assess_her2(make_case([ihc("3+", "2025-02-20"), ihc("3+", "2025-10-20")], [TRASTUZUMAB_PROGRESSED]))
    assert a.status == "positive"
    assert a.determined_on == dt.date(2025, 10, 20)
    assert a.gaps == () and a.warnings == ()


def test_positive_status_without_progression_on_anti_her2_therapy_needs_no_retest() -> None:
    stopped = course(
        1, ["trastuzumab", "capecitabine", "oxaliplatin"], "2025-03-01", "2025-06-01", "toxicity"
    )
    a = assess_her2(make_case([ihc("3+", "2025-02-20")], [stopped]))
    assert a.status == "positive" and a.gaps == ()


def test_progression_on_chemotherapy_alone_needs_no_retest() -> None:
    chemo = course(1, ["capecitabine", "oxaliplatin"], "2025-03-01", "2025-10-15", "progression")
    a = assess_her2(make_case([ihc("3+", "2025-02-20")], [chemo]))
    assert a.gaps == ()


def test_a_newer_ihc_2_plus_awaiting_ish_keeps_the_earlier_positive_and_asks_for_ish() -> None:
    a = assess_her2(make_case([ihc("3+", "2025-02-20"), ihc("2+", "2025-11-01")], [TRASTUZUMAB_PROGRESSED]))
    assert a.status == "positive"
    assert a.determined_on == dt.date(2025, 2, 20)
    message, severity = gap(a, "HER2_ISH_REQUIRED")
    assert severity == "high" and "newest specimen" in message
    assert "HER2_RETEST_RECOMMENDED" not in codes(a.gaps)
    assert "awaits ISH" in a.basis


# --- breast criteria ------------------------------------------------------------------------


def test_ihc_1_plus_scored_with_breast_criteria_needs_gastric_rescoring_high() -> None:
    a = assess_her2(make_case([ihc("1+", "2025-02-20", criteria="breast")]))
    assert (a.status, a.category) == ("negative", "low")
    message, severity = gap(a, "HER2_RESCORE_GASTRIC_CRITERIA")
    assert severity == "high" and "S27" in message
    assert "breast criteria" in a.basis


def test_ihc_3_plus_scored_with_breast_criteria_is_positive_with_a_low_rescore_gap() -> None:
    a = assess_her2(make_case([ihc("3+", "2025-02-20", criteria="breast")]))
    assert a.status == "positive"
    assert gap(a, "HER2_RESCORE_GASTRIC_CRITERIA")[1] == "low"


def test_unstated_criteria_on_a_negative_result_give_a_low_rescore_gap() -> None:
    a = assess_her2(make_case([ihc("0", "2025-02-20", criteria=None)]))
    message, severity = gap(a, "HER2_RESCORE_GASTRIC_CRITERIA")
    assert severity == "low" and "does not say" in message
    assert "scoring criteria not stated" in a.basis


def test_unstated_criteria_on_a_positive_result_raise_no_gap() -> None:
    a = assess_her2(make_case([ihc("3+", "2025-02-20", criteria="unknown")]))
    assert a.gaps == ()


def test_two_breast_scored_specimens_give_one_merged_gap_at_the_highest_severity() -> None:
    a = assess_her2(
        make_case(
            [
                ihc("0", "2025-02-20", criteria="breast"),
                ihc("1+", "2025-04-01", criteria="breast", specimen="resection"),
            ]
        )
    )
    assert codes(a.gaps) == ["HER2_RESCORE_GASTRIC_CRITERIA"]
    assert a.gaps[0].severity == "high"
    assert "IHC 0 on biopsy" in a.gaps[0].message and "IHC 1+ on resection" in a.gaps[0].message


# --- ctDNA (fact sheet §1.7) ----------------------------------------------------------------


def test_ctdna_amplification_alone_does_not_make_the_patient_positive() -> None:
    a = assess_her2(make_case([{"kind": "her2_ctdna", "result": "amplified", "tested_on": "2025-09-01"}]))
    assert (a.status, a.category) == ("unknown", "unknown")
    message, severity = gap(a, "HER2_UNTESTED")
    assert severity == "high" and "ctDNA" in message
    assert any("supports but does not establish" in n for n in a.notes)


def test_ctdna_amplification_with_negative_tissue_keeps_the_tissue_status() -> None:
    a = assess_her2(
        make_case(
            [
                ihc("1+", "2025-02-20"),
                {"kind": "her2_ctdna", "result": "amplified", "tested_on": "2025-09-01"},
            ]
        )
    )
    assert (a.status, a.category) == ("negative", "low")
    assert any("differs from the tissue result" in n for n in a.notes)


# --- undated tests --------------------------------------------------------------------------


def test_undated_tests_are_treated_as_the_oldest_and_noted() -> None:
    a = assess_her2(make_case([ihc("1+", "2025-11-01"), ihc("3+", None)], [TRASTUZUMAB_PROGRESSED]))
    assert (a.status, a.category) == ("negative", "low")
    assert codes(a.warnings) == ["HER2_LOSS"]
    assert any("no date" in n and "oldest" in n for n in a.notes)


def test_an_undated_positive_with_progression_on_trastuzumab_recommends_a_retest() -> None:
    a = assess_her2(make_case([ihc("3+", None)], [TRASTUZUMAB_PROGRESSED]))
    assert a.status == "positive" and a.determined_on is None
    assert "undated" in a.basis
    assert gap(a, "HER2_RETEST_RECOMMENDED")[1] == "high"


def test_the_contract_block_carries_the_review_fields() -> None:
    a = assess_her2(make_case([ihc("2+", "2025-02-20"), ish("2025-02-27", ratio=2.6)]))
    assert a.as_contract() == {
        "status": "positive",
        "category": "positive",
        "basis": "IHC 2+ on biopsy (2025-02-20), gastric criteria; ISH amplified (ratio 2.6, 2025-02-27)",
        "determined_on": "2025-02-27",
        "ihc_score": "2+",
        "notes": [],
    }


def test_a_breast_scored_negative_specimen_beside_a_positive_one_gives_only_a_low_gap() -> None:
    a = assess_her2(
        make_case([ihc("1+", "2025-02-20", criteria="breast"), ihc("3+", "2025-03-20", specimen="resection")])
    )
    assert a.status == "positive"
    message, severity = gap(a, "HER2_RESCORE_GASTRIC_CRITERIA")
    assert severity == "low" and "does not change" in message
