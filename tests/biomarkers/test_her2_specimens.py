"""Pairing ISH results with the IHC specimen they were done on."""

from __future__ import annotations

from her2nav.biomarkers.her2 import assess_her2
from her2nav.biomarkers.her2_specimens import pair_ish
from tests.biomarkers.cases import ihc, ish, make_case


def test_an_ish_pairs_with_the_ihc_of_the_same_specimen_label_even_if_another_is_closer() -> None:
    case = make_case(
        [
            ihc("2+", "2025-02-01", specimen_label="B1"),
            ihc("2+", "2025-02-20", specimen_label="B2"),
            ish("2025-02-21", ratio=2.5, specimen_label="B1"),
        ]
    )
    a = assess_her2(case)
    by_label = {r.ihc.specimen_label: r for r in a.readings if r.ihc is not None}
    assert by_label["B1"].status == "positive" and by_label["B1"].ish is not None
    assert by_label["B2"].status == "equivocal" and by_label["B2"].ish is None
    assert a.status == "positive" and "biopsy B1" in a.basis


def test_an_ish_never_pairs_with_an_ihc_of_a_different_label_or_specimen_type() -> None:
    a = assess_her2(
        make_case(
            [ihc("2+", "2025-02-20", specimen_label="B1"), ish("2025-02-22", ratio=2.5, specimen_label="B9")]
        )
    )
    assert len(a.readings) == 2
    b = assess_her2(make_case([ihc("2+", "2025-02-20"), ish("2025-02-22", ratio=2.5, specimen="resection")]))
    assert len(b.readings) == 2


def test_without_labels_an_ish_pairs_with_the_ihc_closest_in_date() -> None:
    a = assess_her2(
        make_case(
            [
                ihc("2+", "2025-02-20"),
                ihc("2+", "2025-04-20", specimen="biopsy"),
                ish("2025-03-01", ratio=1.5),
            ]
        )
    )
    first, second = a.readings
    assert first.ish is not None and first.category == "low"
    assert second.ish is None and second.category == "pending"
    assert (a.status, a.category) == ("equivocal", "pending")


def test_an_ish_months_after_the_ihc_is_read_as_a_separate_specimen() -> None:
    a = assess_her2(make_case([ihc("2+", "2025-02-20"), ish("2025-06-01", ratio=2.5)]))
    assert len(a.readings) == 2
    assert a.status == "positive" and a.ihc_score is None


def test_an_undated_ish_pairs_with_the_only_ihc() -> None:
    a = assess_her2(make_case([ihc("2+", "2025-02-20"), ish(None, result="amplified")]))
    assert len(a.readings) == 1
    assert a.status == "positive" and a.ihc_score == "2+"


def test_an_undated_ish_with_two_ihc_candidates_stays_alone() -> None:
    a = assess_her2(
        make_case([ihc("2+", "2025-02-20"), ihc("1+", "2025-03-20"), ish(None, result="not_amplified")])
    )
    assert len(a.readings) == 3


def test_the_latest_definite_ish_on_a_specimen_decides_and_disagreement_is_noted() -> None:
    a = assess_her2(
        make_case([ihc("2+", "2025-02-20"), ish("2025-02-25", ratio=1.6), ish("2025-03-05", ratio=2.4)])
    )
    assert a.status == "positive" and len(a.readings) == 1
    assert any("disagree" in n for n in a.notes)


def test_an_ish_equidistant_from_two_ihc_tests_pairs_with_the_one_before_it() -> None:
    a = assess_her2(
        make_case([ihc("2+", "2025-02-20"), ish("2025-03-01", ratio=2.5), ihc("2+", "2025-03-10")])
    )
    first, second = a.readings
    assert first.ish is not None and first.status == "positive"
    assert second.ish is None and second.status == "equivocal"


def test_the_tie_break_does_not_depend_on_the_order_of_the_ihc_list() -> None:
    case = make_case([ihc("2+", "2025-02-20"), ihc("1+", "2025-03-10"), ish("2025-03-01", ratio=2.5)])
    ihcs = case.markers("her2_ihc")
    the_ish = case.markers("her2_ish")[0]
    assert pair_ish(the_ish, ihcs) is ihcs[0]
    assert pair_ish(the_ish, list(reversed(ihcs))) is ihcs[0]
