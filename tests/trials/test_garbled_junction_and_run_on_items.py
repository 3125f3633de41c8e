"""Issue 15 classes 6 and 7, from the nineteenth and sixty-seventh blind sets (TV, VR): a garbled name
of the junction, and two items of one list run together without the full stop between them. Sentences
written for these tests, shaped like the registry records the reviewers read."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status

OESOPHAGUS = {"site": "esophagus", "histology": "adenocarcinoma", "setting": "metastatic"}
JUNCTION = {"site": "gej", "histology": "adenocarcinoma", "setting": "metastatic"}


def test_a_stray_fragment_before_junction_still_names_the_junction_not_the_oesophagus() -> None:
    text = "The primary tumour lies in the stomach or esophagogastroesophageal ic junction."
    sites = {s for r in interpret(text.lower(), "inclusion") if r["type"] == "disease" for s in r["sites"]}
    assert sites == {"stomach", "gej"}
    assert status(text, "inclusion", diagnosis=OESOPHAGUS) == "not_met"
    assert status(text, "inclusion", diagnosis=JUNCTION) == "met"


def test_gastroesophageal_cancer_without_junction_still_names_all_three_sites() -> None:
    text = "Unresectable gastroesophageal adenocarcinoma"
    sites = {s for r in interpret(text.lower(), "inclusion") if r["type"] == "disease" for s in r["sites"]}
    assert sites == {"stomach", "gej", "esophagus"}


RUN_ON = """Exclusion Criteria:

* Pregnancy
* Doublet treatment excludes participants treated with anti-PD-1 who had pneumonitis, or colitis Doublet \
treatment may also require no significant cardiac deficiencies and/or events
* Known HIV infection
"""


def test_an_item_whose_opening_words_open_a_second_sentence_is_two_items() -> None:
    texts = [c.text for c in parse_criteria(RUN_ON)]
    assert texts == [
        "Pregnancy",
        "Doublet treatment excludes participants treated with anti-PD-1 who had pneumonitis, or colitis",
        "Doublet treatment may also require no significant cardiac deficiencies and/or events",
        "Known HIV infection",
    ]


def test_a_repeated_opening_after_a_full_stop_is_the_same_item() -> None:
    text = "Inclusion Criteria:\n\n* Prior therapy with trastuzumab. Prior therapy may include pertuzumab\n"
    assert len(parse_criteria(text)) == 1


def test_a_hedged_cardiac_deficiency_leaves_heart_failure_open_and_passes_a_sound_heart() -> None:
    text = "Doublet treatment may also require no significant cardiac deficiencies and/or events"
    assert status(text, "exclusion") == "met"
    assert status(text, "exclusion", patient__conditions=["heart_failure"]) == "unknown"


def test_a_condition_that_arose_on_a_therapy_stays_open_for_a_patient_who_has_it() -> None:
    text = (
        "Participants treated with anti-PD-1 who had immune mediated toxicity G3 or greater, "
        "interstitial lung disease, or hypersensitivity"
    )
    assert status(text, "exclusion") == "met"
    assert status(text, "exclusion", patient__conditions=["interstitial_lung_disease"]) == "unknown"
