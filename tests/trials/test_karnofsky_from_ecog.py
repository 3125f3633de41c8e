"""A Karnofsky threshold judged from the case's ECOG grade (CONTRACT §1 records ECOG only), through
the knowledge base's published pairings of the two scales, decided only where they all agree; and the
other readings taken from TQ's remaining disagreements (sentences written for these tests): an age
range without "years", distant metastasis ruled out "on clinical findings", European short forms of
chemo- and radiotherapy, and doublets joined by slashes."""

from __future__ import annotations

import pytest

from her2nav.knowledge.load import knowledge_base
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status

PLATINUM_TAXANE = [{**FIRST_LINE_ENDED[0], "agents": ["paclitaxel", "oxaliplatin"]}]
IRINOTECAN_ALONE = [{**FIRST_LINE_ENDED[0], "agents": ["irinotecan"]}]


def test_an_ecog_grade_stands_for_every_karnofsky_score_a_published_pairing_gives_it() -> None:
    pairings = knowledge_base().karnofsky_by_ecog
    assert len(pairings.tables) >= 2 and all(t.sources for t in pairings.tables)
    assert pairings.span(0) == (90, 100)
    assert pairings.span(1) == (70, 90)
    assert pairings.span(2) == (50, 70)


@pytest.mark.parametrize(
    ("text", "ecog", "expected"),
    [
        ("Karnofsky score higher than 70", 0, "met"),
        ("Karnofsky score higher than 70", 1, "unknown"),  # 70 in one pairing, 80-90 in the others
        ("Karnofsky score higher than 70", 2, "not_met"),  # at most 70 in every pairing
        ("Karnofsky Performance Status (KPS) ≥60.", 1, "met"),
        ("Karnofsky Performance Status (KPS) ≥60.", 2, "unknown"),
        ("Karnofsky or Lansky performance score of ≥ 60", 0, "met"),
        ("Karnofsky performance status 70-100", 3, "not_met"),
    ],
)
def test_a_karnofsky_inclusion_is_decided_only_where_every_pairing_agrees(
    text: str, ecog: int, expected: str
) -> None:
    assert status(text, "inclusion", patient__ecog=ecog) == expected


def test_a_karnofsky_exclusion_below_a_score_excludes_only_the_grades_wholly_below_it() -> None:
    assert status("KPS < 70%", "exclusion", patient__ecog=0) == "met"
    assert status("KPS < 70%", "exclusion", patient__ecog=2) == "unknown"
    assert status("KPS < 70%", "exclusion", patient__ecog=3) == "not_met"


def test_a_karnofsky_threshold_without_a_recorded_ecog_grade_stays_open() -> None:
    assert status("Karnofsky score higher than 70", "inclusion", patient__ecog=None) == "unknown"


def test_karnofsky_beside_ecog_reads_as_ecog() -> None:
    assert interpret("Karnofsky index ≥ 70% or ECOG 0-1", "inclusion") == [{"type": "ecog", "max": 1}]


def test_a_bare_karnofsky_score_in_an_exclusion_says_nothing_about_its_direction() -> None:
    assert not any(r["type"] == "karnofsky" for r in interpret("Karnofsky 70", "exclusion"))


def test_an_age_range_without_years_reads_both_bounds() -> None:
    found = interpret("Age of 18 to 75, Karnofsky score higher than 70.", "inclusion")
    assert {"type": "age", "op": "<=", "value": 75} in found
    assert status("Aged 18 to 75 (including 18 and 75);", "inclusion", patient__age=76) == "not_met"


def test_an_age_range_in_a_consent_clause_for_minors_is_not_the_studys_age() -> None:
    text = "Informed consent, or assent signed by a parent or legal guardian for subjects age 12 to 17"
    assert not any(r["type"] == "age" for r in interpret(text, "inclusion"))


def test_no_clinical_findings_of_distant_metastasis_fails_a_metastatic_case() -> None:
    assert status("No clinical findings of distant metastasis.", "inclusion") == "not_met"
    assert status("No radiological evidence of distant metastasis.", "inclusion") == "not_met"


def test_cht_is_chemotherapy_and_rtx_beside_it_radiotherapy() -> None:
    assert status("previous CHT or RTX", "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert status("previous CHT or RTX", "exclusion") == "unknown"  # radiotherapy is not recorded
    assert not any(r["group"] == "chemotherapy" for r in interpret("prior RTX", "exclusion") if "group" in r)


def test_slashed_doublets_joined_by_or_ask_for_one_doublet_not_every_agent() -> None:
    text = (
        "Progression on or after first-line therapy containing any platinum/fluoropyrimidine or "
        "platinum/taxane doublet."
    )
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"  # capecitabine + oxaliplatin
    assert status(text, "inclusion", treatments=PLATINUM_TAXANE) == "met"
    assert status(text, "inclusion", treatments=IRINOTECAN_ALONE) == "not_met"


def test_one_slashed_doublet_asks_for_both_its_agents() -> None:
    text = "Progression after a platinum/fluoropyrimidine doublet"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"
    assert status(text, "inclusion", treatments=PLATINUM_TAXANE) == "not_met"
