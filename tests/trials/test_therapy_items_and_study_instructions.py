"""Readings from the thirty-eighth to fortieth blind sets (UO-UQ, issue 15): classes 3 and 4 (prior
therapy and wash-outs) and class 8 (items that ask nothing of the patient). Sentences written for
these tests after the registry wording."""

from __future__ import annotations

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_any_setting_and_stage import PERIOPERATIVE
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, FIRST_LINE_ONGOING, judge, status

ANY_TREATMENT = (
    "Participants had any prior anti-cancer treatment or surgery for the current gastric, GEJ, or "
    "esophageal cancer."
)


def test_any_prior_anticancer_treatment_for_the_cancer_excludes_a_patient_with_a_recorded_course() -> None:
    assert status(ANY_TREATMENT, "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert status(ANY_TREATMENT, "exclusion", treatments=PERIOPERATIVE) == "not_met"


def test_an_operation_named_beside_anticancer_treatment_stays_open_for_untreated_advanced_disease() -> None:
    found = judge(ANY_TREATMENT, "exclusion", diagnosis__setting="metastatic")
    assert found["status"] == "unknown" and "operation" in found["reason"]


def test_an_untreated_resectable_tumour_has_had_neither_treatment_nor_operation() -> None:
    assert status(ANY_TREATMENT, "exclusion", diagnosis__setting="resectable") == "met"


def test_anticancer_treatment_alone_is_judged_by_the_recorded_courses() -> None:
    text = "Has received any prior anti-cancer therapy for gastric cancer."
    assert status(text, "exclusion") == "met"
    assert status(text, "exclusion", treatments=FIRST_LINE_ONGOING) == "not_met"


@pytest.mark.parametrize(
    "text",
    [
        "Unresolved toxicities from prior anticancer therapy.",
        "Persistent toxicities caused by previous anti-cancer therapy.",
        "Unresolved toxicity from prior chemotherapy.",
    ],
)
def test_toxicity_from_prior_therapy_does_not_exclude_everyone_who_had_the_therapy(text: str) -> None:
    assert not [r for r in interpret(text, "exclusion") if r["type"] == "prior_therapy"]
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) != "not_met"


def test_investigational_agents_used_concurrently_or_within_days_are_a_wash_out() -> None:
    text = (
        "Participant has received other investigational agents or devices concurrently or within 28 days "
        "prior to randomization."
    )
    assert interpret(text, "exclusion") == [{"type": "washout", "days": 28, "scope": "investigational"}]
    assert status(text, "exclusion") == "met"
    # a course ended 10 days ago may have been given within a study: the case does not say
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "unknown"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("NOTE: Screening for HIV infection should be conducted per local requirements.", "exclusion"),
        ("Testing for hepatitis B must be performed according to local guidelines.", "exclusion"),
        (
            "If a participant has received a recent blood transfusion, the laboratory tests must be "
            "obtained ≥ 1 week after any blood transfusion.",
            "inclusion",
        ),
    ],
)
def test_an_instruction_on_how_the_study_team_tests_does_not_apply_to_the_patient(
    text: str, kind: str
) -> None:
    found = judge(text, kind, patient__conditions=["hiv", "hepatitis_b"])
    assert found["status"] == "met" and found["reason"].startswith("does not apply")


def test_a_patient_with_hiv_is_still_excluded_by_an_item_that_notes_how_to_screen() -> None:
    text = (
        "Participant is known to have HIV infection. NOTE: Screening for HIV infection should be "
        "conducted per local requirements."
    )
    assert status(text, "exclusion", patient__conditions=["hiv"]) == "not_met"


@pytest.mark.parametrize(
    "text",
    [
        "Participant agrees not to participate in another interventional study while on study treatment.",
        "Agree to have a biopsy prior to enrollment, at acceptable risk in the judgement of the doctor.",
    ],
)
def test_undertakings_given_at_consent_are_met(text: str) -> None:
    assert interpret(text, "inclusion") == [{"type": "consent"}]
    assert status(text, "inclusion") == "met"


LONGER = (
    "Was treated with systemic antineoplastic therapy within 4 weeks or 5 half-lives, whichever is "
    "longer, prior to the first dose."
)


def _ended(agents: list[str], on: str) -> list[dict[str, object]]:
    return [{**FIRST_LINE_ENDED[0], "agents": agents, "started_on": "2026-01-13", "ended_on": on}]


def test_an_antibody_within_its_own_five_half_lives_fails_whichever_is_longer() -> None:
    found = judge(LONGER, "exclusion", treatments=_ended(["ramucirumab", "paclitaxel"], "2026-04-20"))
    assert found["status"] == "not_met" and "ramucirumab" in found["reason"]


def test_chemotherapy_past_the_days_leaves_whichever_is_longer_to_the_half_lives_of_its_agents() -> None:
    assert (
        status(LONGER, "exclusion", treatments=_ended(["capecitabine", "oxaliplatin"], "2026-04-20"))
        == "unknown"
    )


SMALL_MOLECULES = "Targeted agents and small molecules ≥ 2 weeks or 5 half-lives, whichever is longer"


def test_a_wash_out_of_small_molecules_does_not_apply_after_antibodies_and_chemotherapy() -> None:
    found = judge(
        SMALL_MOLECULES, "inclusion", treatments=_ended(["ramucirumab", "paclitaxel"], "2026-04-20")
    )
    assert found["status"] == "met" and found["reason"].startswith("does not apply")


def test_a_wash_out_of_small_molecules_counts_days_from_a_kinase_inhibitor() -> None:
    assert status(SMALL_MOLECULES, "inclusion", treatments=_ended(["apatinib"], "2026-05-25")) == "not_met"


def test_only_the_antibodies_a_wash_out_names_count_their_half_lives() -> None:
    text = "Targeted therapy within 2 weeks or 5 half-lives, whichever is longer."
    # 80 days after ramucirumab (5 x 14 days passed) and pembrolizumab (5 x 22 days not passed), which
    # is no targeted therapy
    course = _ended(["ramucirumab", "pembrolizumab", "paclitaxel"], "2026-03-13")
    assert status(text, "exclusion", treatments=course) == "unknown"
