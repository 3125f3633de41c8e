"""Readings from the sixty-eighth to seventieth blind sets (VS, VT, VU): registry records nobody on the
team had read, copied by their reviewers from public mirrors. Issue 15 classes 5 to 9 and the splitting
of flattened text. Sentences written for these tests after the records' wording (PHOX NCT06078709,
INTEGRATE IIa NCT02773524, NCT04510064, ECOG's NCT00003172)."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import judge, status

RESECTABLE = {"diagnosis__setting": "resectable"}
OESOPHAGUS = {"site": "esophagus", "histology": "adenocarcinoma", "setting": "metastatic"}

FLATTENED = (
    "Inclusion Criteria: Age ≥ 18 years Histological confirmation of gastric adenocarcinoma, stage "
    "T2-4N0-3M0 Candidate for perioperative chemotherapy and gastrectomy Surgical review has confirmed that "
    "the patient is a suitable candidate for gastrectomy Eastern Cooperative Oncology Group (ECOG) "
    "performance status 0 or 1 Negative pregnancy test within 7 days, for women of childbearing potential "
    "Ability to give written informed consent Exclusion Criteria: Distant metastatic disease Receiving any "
    "other investigational agent"
)


def test_a_flattened_section_is_split_at_the_words_that_open_items() -> None:
    texts = [c.text for c in parse_criteria(FLATTENED)]
    assert "Eastern Cooperative Oncology Group (ECOG) performance status 0 or 1" in texts
    assert "Ability to give written informed consent" in texts
    assert any(t.startswith("Surgical review has confirmed") for t in texts)
    assert "Receiving any other investigational agent" in texts


def test_eastern_cooperative_after_according_to_does_not_start_an_item() -> None:
    text = (
        "Inclusion Criteria: Aged 18 years or older with a performance status of 0 or 1 according to Eastern "
        "Cooperative Oncology Group criteria Histologically confirmed adenocarcinoma of the stomach that is "
        "locally advanced or metastatic Signed informed consent before any study procedure"
    )
    texts = [c.text for c in parse_criteria(text)]
    assert not any(t.startswith("Eastern") for t in texts)
    assert any(t.endswith("according to Eastern Cooperative Oncology Group criteria") for t in texts)


def test_a_candidate_for_the_operation_asks_for_resectable_disease() -> None:
    for text in (
        "Surgical consultation has confirmed that patient is an appropriate candidate for esophagectomy",
        "Candidate for trimodality therapy: neoadjuvant chemotherapy, chemoradiation, and esophagectomy",
    ):
        assert status(text, "inclusion") == "not_met"  # the test case is metastatic
        assert status(text, "inclusion", **RESECTABLE) == "met"


def test_disease_beyond_the_scope_of_surgery_is_advanced_disease() -> None:
    text = "Histologically confirmed adenocarcinoma of the stomach beyond the scope of surgical resection"
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", **RESECTABLE) == "not_met"


def test_evaluable_disease_only_not_allowed_asks_for_measurable_disease() -> None:
    assert interpret("evaluable disease only not allowed", "inclusion") == [{"type": "measurable_disease"}]
    assert status("Evaluable disease only not allowed", "inclusion", diagnosis__measurable_disease=False) == (
        "not_met"
    )


def test_a_test_on_a_resection_specimen_shows_an_operation_was_done() -> None:
    operated = "Had partial or total D2 gastrectomy and achieved R0 resection."
    on_resection = [
        {
            "kind": "her2_ihc",
            "score": "0",
            "specimen": "resection",
            "criteria": "gastric",
            "tested_on": "2026-04-02",
        }
    ]
    found = judge(operated, "inclusion", biomarkers=on_resection, **RESECTABLE)
    assert found["status"] == "unknown"  # operated on; whether D2 and R0 is not recorded
    assert "resection specimen" in found["reason"]
    assert status(operated, "inclusion", **RESECTABLE) == "not_met"  # a biopsy only: not yet operated


def test_sites_in_brackets_after_gastro_oesophageal_site_say_which_sites_it_takes() -> None:
    text = (
        "metastatic gastro-oesophageal cancer which has arisen in any primary gastro-oesophageal site "
        "(oesophago-gastric junction (GOJ) or stomach)"
    )
    assert status(text, "inclusion", diagnosis=OESOPHAGUS) == "not_met"
    assert status(text, "inclusion") == "met"
    assert status("metastatic gastro-oesophageal adenocarcinoma", "inclusion", diagnosis=OESOPHAGUS) == "met"


def test_a_wrapped_line_in_lower_case_ending_with_a_colon_continues_the_item_above() -> None:
    text = (
        "Inclusion Criteria:\n\n"
        "- Unresectable locally advanced gastric cancer or limited metastatic gastric\n"
        "cancer with any of the following single site metastasis:\n\n  1. Krukenberg tumours.\n\n"
        "  2. Adrenal metastasis.\n\n- No prior anti-tumour therapy.\n"
    )
    texts = [c.text for c in parse_criteria(text)]
    assert texts[0].startswith(
        "Unresectable locally advanced gastric cancer or limited metastatic gastric cancer"
    )
    assert texts[-1] == "No prior anti-tumour therapy."


LIMITED = (
    "Unresectable locally advanced gastric cancer or limited metastatic gastric cancer with any of the "
    "following single site metastasis: Krukenberg tumours; adrenal metastasis; no more than 5 liver "
    "metastases"
)


def test_limited_metastatic_disease_at_listed_sites_fails_brain_metastases_the_list_leaves_out() -> None:
    assert status(LIMITED, "inclusion", patient__conditions=["brain_metastases"]) == "not_met"
    assert status(LIMITED, "inclusion") == "unknown"  # metastatic: which organs, the case does not say
    assert status(LIMITED, "inclusion", diagnosis__setting="locally_advanced_unresectable") == "met"
    with_brain = LIMITED + "; brain metastasis"
    assert status(with_brain, "inclusion", patient__conditions=["brain_metastases"]) == "unknown"
