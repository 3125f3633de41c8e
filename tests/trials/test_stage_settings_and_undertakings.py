"""Wording rules read from the outside sets TX and TY (sentences written for these tests): upper ages
and named age limits, "no known HER2-positive status", a single stage group and a lowest one, distant
metastases named by site, curative settings in exclusions and wash-outs, chemoradiotherapy, resection
a tumour can or cannot have, recovery from prior treatment, contraception undertakings, self-care,
consent and a survival estimate beside a performance status."""

from __future__ import annotations

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status

RESECTABLE = {"site": "stomach", "histology": "adenocarcinoma", "setting": "resectable"}
PERIOPERATIVE_ENDED = [
    {
        "setting": "perioperative",
        "agents": ["docetaxel", "oxaliplatin", "fluorouracil"],
        "started_on": "2025-06-01",
        "ended_on": "2025-10-20",
        "stop_reason": "completed",
    }
]
HER2_ZERO = [{"kind": "her2_ihc", "score": "0", "criteria": "gastric", "tested_on": "2026-01-10"}]


def test_an_age_or_younger_is_an_upper_limit() -> None:
    assert interpret("aged 70 year or younger", "inclusion") == [{"type": "age", "op": "<=", "value": 70}]
    assert status("aged 70 years or younger", "inclusion", patient__age=74) == "not_met"
    named = "Lower age limit of the subjects 20 years old and upper age limit of 75 years old."
    assert interpret(named, "inclusion") == [
        {"type": "age", "op": ">=", "value": 20},
        {"type": "age", "op": "<=", "value": 75},
    ]


def test_no_known_her2_positive_status_asks_for_a_tumour_that_is_not_positive() -> None:
    text = "No known HER2-positive status;"
    assert interpret(text, "inclusion") == [{"type": "her2", "status": "negative"}]
    assert status(text, "inclusion") == "not_met"  # IHC 3+
    assert status(text, "inclusion", biomarkers=HER2_ZERO) == "met"


def test_a_single_stage_group_below_iv_is_disease_without_distant_spread() -> None:
    text = "Proven primary adenocarcinoma of gastric cancer staged III by pathology"
    assert status(text, "inclusion") == "not_met"  # metastatic
    assert status(text, "inclusion", diagnosis=RESECTABLE) == "met"


def test_a_lowest_stage_group_is_met_by_advanced_disease_and_open_for_a_resectable_one() -> None:
    text = "Stage IIB or greater by CT scan and endoscopic ultrasound"
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", diagnosis=RESECTABLE) == "unknown"
    assert interpret("Stage II or III gastric cancer", "inclusion")[0]["advanced"] is False  # a range stays


def test_distant_metastases_named_by_site_and_then_every_other_site_are_all_distant_spread() -> None:
    text = "No liver, lung, or other distant metastases"
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", diagnosis=RESECTABLE) == "met"
    assert status("Subjects with documented distant metastasis.", "exclusion") == "not_met"


def test_curative_settings_named_together_exclude_only_therapy_given_in_them() -> None:
    text = "Subjects with preoperative/adjuvant other cancer treatment, such as chemotherapy or immunotherapy"
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "met"  # palliative therapy only
    assert (
        status(text, "exclusion", treatments=PERIOPERATIVE_ENDED, diagnosis__setting="recurrent") == "not_met"
    )
    assert status(
        "Prior neoadjuvant or adjuvant chemotherapy", "exclusion", treatments=PERIOPERATIVE_ENDED
    ) == ("not_met")


def test_a_history_of_chemotherapy_is_prior_chemotherapy() -> None:
    text = "History of chemotherapy, immunotherapy or target therapy"
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert status(text, "exclusion") == "met"
    assert interpret("History of heart failure", "exclusion")[0]["type"] == "condition"


def test_a_wash_out_from_a_curative_course_is_timed_from_that_course_alone() -> None:
    text = (
        "Less than 6 months have elapsed from completion of prior neoadjuvant or adjuvant chemotherapy or "
        "chemoradiotherapy to randomization"
    )
    assert interpret(text, "exclusion") == [
        {
            "type": "washout",
            "days": 180,
            "scope": "chemotherapy",
            "settings": ["neoadjuvant", "adjuvant", "perioperative"],
        }
    ]
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "met"  # a palliative line 10 days ago
    assert status(text, "exclusion", treatments=PERIOPERATIVE_ENDED, diagnosis__setting="recurrent") == "met"
    recent = [{**PERIOPERATIVE_ENDED[0], "ended_on": "2026-03-01"}]
    assert status(text, "exclusion", treatments=recent, diagnosis__setting="recurrent") == "not_met"


def test_chemoradiotherapy_leaves_no_radiotherapy_open_beside_its_chemotherapy() -> None:
    text = "Any unresolved toxicity above grade 1 from prior chemoradiation therapy"
    assert not any(r["type"] == "open_parts" for r in interpret(text, "exclusion"))
    both = interpret("Prior chemotherapy or radiotherapy", "exclusion")
    assert {"type": "open_parts", "parts": ["radiotherapy"]} in both


def test_resection_a_tumour_can_or_cannot_have_is_its_stage() -> None:
    amenable = "Amenable to primary surgery with curative intent"
    assert status(amenable, "inclusion") == "not_met"
    assert status(amenable, "inclusion", diagnosis=RESECTABLE) == "met"
    unavailable = "Unavailable for R0 resection and D2 lymph node dissection."
    assert status(unavailable, "exclusion") == "not_met"
    assert status(unavailable, "exclusion", diagnosis=RESECTABLE) == "met"
    assert interpret("Not suitable for surgery", "exclusion") == []  # the patient's fitness, perhaps


def test_not_recovered_from_prior_treatment_is_a_toxicity_item() -> None:
    text = "who have not recovered from prior treatments"
    assert interpret(text, "exclusion") == [{"type": "toxicity"}]
    assert status(text, "exclusion") == "met"  # no prior treatment


def test_a_contraception_undertaking_is_given_at_consent_by_a_woman_who_may_conceive() -> None:
    text = "Sexually active subjects (male and female) must use an accepted method of contraception."
    assert status(text, "inclusion", patient__sex="female", patient__age=41) == "met"
    test = "Women of child-bearing potential must have a negative pregnancy test and use contraception"
    assert status(test, "inclusion", patient__sex="female", patient__age=41) == "unknown"


def test_self_care_with_minimal_assistance_is_a_performance_status_up_to_2() -> None:
    text = "Able to perform activities of daily living with minimal assistance"
    assert status(text, "inclusion", patient__ecog=2) == "met"
    assert status(text, "inclusion", patient__ecog=3) == "not_met"


def test_consent_in_other_words_is_consent() -> None:
    assert interpret(
        "The subject consents to provide paired tumour biopsies before study treatment", "inclusion"
    ) == [{"type": "consent"}]
    assert interpret("Capable to sign the informed", "inclusion") == [{"type": "consent"}]


def test_a_survival_estimate_beside_a_performance_status_stays_open() -> None:
    text = "ECOG performance status of 0 or 1 and expected to survive more than 6 months"
    assert status(text, "inclusion", patient__ecog=1) == "unknown"
    assert status(text, "inclusion", patient__ecog=2) == "not_met"
