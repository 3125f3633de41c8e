"""Readings prompted by the eighty-eighth, ninety-first and ninety-second blind sets (WM, WP, WQ; issue 15,
classes 4 and 10) in the twenty-ninth session: an interval in brackets for some agents beside the item's
own ("within 14 days … (42 days for nitrosourea or mitomycin-C)"), radiotherapy named in a list of
drugs sharing one interval, measurable disease asked before a sentence on irradiated lesions, and "EGC"
(oesophagogastric cancer) as a site. Sentences written for these tests after the records' forms
(NTX-1088, NCT05378425; MK-1084, NCT05067283; trifluridine/tipiracil with talazoparib, NCT04511039)."""

from __future__ import annotations

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status
from tests.trials.test_lists_of_alternatives_and_part_sub_bullets import _course_of

BRACKETED = (
    "Has received chemotherapy or monoclonal antibodies within 14 days prior to study therapy "
    "(42 days for nitrosourea or mitomycin-C)"
)
TEN_DAYS_AGO = _course_of(["fluorouracil", "oxaliplatin"], "progression", "2026-05-22")
TWENTY_DAYS_AGO = _course_of(["fluorouracil", "oxaliplatin"], "progression", "2026-05-12")


def test_a_bracketed_interval_times_the_agents_it_names_and_the_item_keeps_its_own() -> None:
    scopes = {(r.get("scope"), r.get("days")) for r in interpret(BRACKETED, "exclusion")}
    assert {("nitrosourea", 42), ("mitomycin", 42)} <= scopes
    assert any(days == 14 for _, days in scopes)


def test_a_course_ended_inside_the_items_own_interval_excludes() -> None:
    assert status(BRACKETED, "exclusion", treatments=TEN_DAYS_AGO) == "not_met"
    assert status(BRACKETED, "exclusion", treatments=TWENTY_DAYS_AGO) == "met"


def test_an_agent_on_one_schedule_only_is_not_timed_by_the_bracket() -> None:
    text = (
        "Received an anticancer therapy within 4 weeks (6 weeks for mitomycin C or pembrolizumab given on "
        "a 6-week cycle)"
    )
    assert not any(r.get("scope") == "pembrolizumab" for r in interpret(text, "exclusion"))


def test_chemotherapy_listed_with_definitive_radiation_is_still_a_drug_wash_out() -> None:
    text = "Has received chemotherapy, definitive radiation, or biological cancer therapy within 4 weeks"
    assert status(text, "exclusion", treatments=TEN_DAYS_AGO) == "not_met"


def test_measurable_disease_is_asked_beside_a_sentence_on_irradiated_lesions() -> None:
    text = (
        "The patient must have disease that is measurable by RECIST 1.1. For patients with prior radiation "
        "therapy, measurable lesions must be outside of any prior radiation field(s)."
    )
    assert interpret(text, "inclusion") == [{"type": "measurable_disease"}]
    assert status(text, "inclusion", diagnosis__measurable_disease=False) == "not_met"


def test_egc_names_oesophagogastric_cancer_for_an_oesophageal_or_junction_case() -> None:
    text = "Histologically confirmed CRC or EGC adenocarcinoma that is locally advanced or metastatic"
    assert status(text, "inclusion", diagnosis__site="esophagus") == "met"
    assert status(text, "inclusion", diagnosis__site="gej") == "met"
