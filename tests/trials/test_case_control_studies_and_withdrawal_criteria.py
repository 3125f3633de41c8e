"""Readings from the twenty-second session (issue 15 class 8, criteria that do not apply to this
patient): a case-control study's criteria for its controls ("Controls:" then their own inclusion and
exclusion lists) and the criteria for withdrawing from a study once in it do not apply to a patient
screened for it; an exclusion of "early disease (stage I and II) suitable for resectable strategy" is an
early tumour's. Texts written for these tests after the layout of NCT04015466's record (one flattened
line, as the thirteenth blind set's copy holds it)."""

from __future__ import annotations

from typing import Any

from her2nav.case.load import case_from_data
from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from her2nav.trials.matching.judge import judge_criterion
from her2nav.trials.matching.patient import facts_for
from tests.trials.test_criterion_rules import _case, status

FLATTENED = (
    "Cases: * Inclusion criteria: * Subjects ≥18 years old. * Gastric cancer stage III or IV. * Exclusion "
    "criteria: • Patients who received an investigational agent within 4 weeks. * Withdrawal criteria: * "
    "Patients recruited with a suspected cancer not confirmed by the pathological report. Controls: * "
    "Inclusion criteria (only for the microbiome analysis): * Subjects ≥18 years old. * Subjects in whom "
    "a gastroscopy has excluded gastric cancer. * Exclusion criteria: * Patients with high suspicion of "
    "gastric cancer. * Patients that have received antimicrobials during the 4 weeks prior to the endoscopy."
)
ON_LINES = """Cases:

Inclusion Criteria:

* Gastric cancer stage III or IV

Controls:

Inclusion Criteria:

* No gastric cancer found at gastroscopy

Exclusion Criteria:

* Patients with high suspicion of gastric cancer
"""


def _by_text() -> dict[str, tuple[str, list[dict[str, Any]]]]:
    return {c.text: (c.kind, c.requirements) for c in parse_criteria(FLATTENED)}


def judge_requirements(text: str, kind: str, reqs: list[dict[str, Any]]) -> dict[str, Any]:
    """The judgement of one criterion as parsed in its record (for the metastatic test patient)."""
    facts = facts_for(case_from_data(_case()))
    return judge_criterion({"text": text, "kind": kind, "requirements": reqs}, facts)


def test_the_controls_criteria_do_not_apply_to_a_patient() -> None:
    parsed = _by_text()
    controls = [t for t, (_, reqs) in parsed.items() if any(r.get("controls") for r in reqs)]
    assert "Patients with high suspicion of gastric cancer." in controls
    assert "Subjects in whom a gastroscopy has excluded gastric cancer." in controls
    kind, reqs = parsed["Patients with high suspicion of gastric cancer."]
    found = judge_requirements("Patients with high suspicion of gastric cancer.", kind, reqs)
    assert found["status"] == "met"
    assert found["reason"].startswith("does not apply: a criterion for the study's controls")


def test_the_cases_criteria_still_apply() -> None:
    parsed = _by_text()
    assert not any(r.get("controls") for r in parsed["Gastric cancer stage III or IV."][1])
    assert not [t for t in parsed if t.startswith("Cases")]  # the heading is no criterion
    assert not [t for t in parsed if t.endswith("*")]  # nor the list mark before the next heading
    kind, reqs = parsed["Patients who received an investigational agent within 4 weeks."]
    assert kind == "exclusion" and not any(r.get("about") == "withdrawal" for r in reqs)


def test_a_heading_on_a_line_of_its_own_opens_the_controls_part_too() -> None:
    parsed = {c.text: c.requirements for c in parse_criteria(ON_LINES)}
    assert not any(r.get("controls") for r in parsed["Gastric cancer stage III or IV"])
    assert all(r.get("controls") for r in parsed["Patients with high suspicion of gastric cancer"])
    assert all(r.get("controls") for r in parsed["No gastric cancer found at gastroscopy"])


def test_a_withdrawal_criterion_asks_nothing_at_entry() -> None:
    text = "Patients recruited with a suspected cancer not confirmed by the pathological report."
    kind, reqs = _by_text()[text]
    assert reqs == [{"type": "definition", "about": "withdrawal"}]
    found = judge_requirements(text, kind, reqs)
    assert found["status"] == "met"
    assert "leaving the study" in found["reason"]


def test_early_disease_suitable_for_resection_is_an_early_tumour() -> None:
    text = "Patients diagnosed with GC early disease (stage I and II) suitable for resectable strategy."
    assert interpret(text, "exclusion") == [{"type": "early_stage"}]
    assert status(text, "exclusion") == "met"  # metastatic: no early tumour
    assert status(text, "exclusion", diagnosis__setting="resectable") == "unknown"


TREATMENT_GROUPS = """Inclusion Criteria:

* Adult participant

Monotherapy Disease specific Criteria: Gastric/GEJ Cancer
* Participant has metastatic gastric/GEJ adenocarcinoma.

CTDS Inclusion Criteria: Drug X in Combination with Pembrolizumab & CAPOX in Gastric/GEJ Cancer
* Participant has metastatic gastric/GEJ adenocarcinoma.
* Participant has not been treated for metastatic disease.

CTDS Inclusion Criteria: Drug X in Combination with Ramucirumab & Paclitaxel in Gastric/GEJ Cancer
* Participant has received 1 line of systemic chemotherapy.

For all participants in combination therapy (CT) administration:
* Participant weighs more than 40 kg.

Exclusion Criteria:

* Participant is known to have HIV infection. However, those with CD4+ counts >= 350 cells/uL are eligible.

For all participants in CT administration:
* Participant is known to have HIV infection.

For All Participants in Drug X in Combination with Pembrolizumab & CAPOX:
* Participant has known DPD deficiency.
"""


def test_a_treatment_group_s_items_are_the_cohorts_that_give_it() -> None:
    parsed = parse_criteria(TREATMENT_GROUPS)
    hiv = [c.cohort for c in parsed if c.text == "Participant is known to have HIV infection."]
    assert len(hiv) == 2 and all(c and "Combination" in c for c in hiv)  # CT: combination therapy
    weight = [c.cohort for c in parsed if c.text.startswith("Participant weighs")]
    assert len(weight) == 2 and not any("Monotherapy" in str(c) for c in weight)
    dpd = [c.cohort for c in parsed if c.text.startswith("Participant has known DPD")]
    assert dpd == ["Drug X in Combination with Pembrolizumab & CAPOX in Gastric/GEJ Cancer"]
    general = [c for c in parsed if c.text.startswith("Participant is known to have HIV infection. However")]
    assert [c.cohort for c in general] == [None]  # the monotherapy cohort's HIV item is everyone's


def test_a_heading_for_a_treatment_the_study_does_not_name_leaves_its_items_general() -> None:
    text = "Inclusion Criteria:\n\n* Adult\n\nFor all participants in the extension phase:\n* ECOG 0 or 1\n"
    assert [c.cohort for c in parse_criteria(text)] == [None, None]
