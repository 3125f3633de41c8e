"""Readings prompted by the seventy-ninth to eighty-third blind sets (WD, WE, WF, WG, WH; issue 15): a
list of tumours a patient must have one of, a phase's population list, and sub-bullets that belong to
parts and cohorts. Sentences written for these tests after the records' forms."""

from __future__ import annotations

from typing import Any

from her2nav.case.load import case_from_data
from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from her2nav.trials.matching.judge import judge_criterion
from her2nav.trials.matching.patient import facts_for
from tests.trials.test_criterion_rules import _case, status

HER2_ZERO = [{"kind": "her2_ihc", "score": "0", "criteria": "gastric", "tested_on": "2026-01-10"}]
PROFICIENT = [*HER2_ZERO, {"kind": "mmr", "result": "proficient", "tested_on": "2026-01-10"}]
DEFICIENT = [*HER2_ZERO, {"kind": "mmr", "result": "deficient", "tested_on": "2026-01-10"}]

ONE_OF_THE_FOLLOWING = """Inclusion Criteria:

1. Advanced solid tumour for which no standard therapy exists.
2. For the expansion, patients must have one of the following solid tumors:

   1. Tumour mutational burden high (TMB-H)
   2. Mismatch repair deficient (dMMR) or MSI-H
   3. Tumours associated with a virus
   4. Immunogenic solid tumors

Exclusion Criteria:

* Active infection."""


def _judged(crit: Any, **changes: Any) -> str:
    facts = facts_for(case_from_data(_case(**changes)))
    item = {"text": crit.text, "kind": crit.kind, "requirements": crit.requirements}
    return str(judge_criterion(item, facts)["status"])


def _the(criteria: list[Any], words: str) -> Any:
    return next(c for c in criteria if words in c.text)


def test_a_list_of_tumours_to_have_one_of_is_open_for_a_proficient_tumour_not_failed() -> None:
    listed = _the(parse_criteria(ONE_OF_THE_FOLLOWING), "one of the following")
    assert _judged(listed, biomarkers=PROFICIENT) == "unknown"


def test_the_same_list_is_met_by_the_mismatch_repair_deficient_route() -> None:
    listed = _the(parse_criteria(ONE_OF_THE_FOLLOWING), "one of the following")
    assert _judged(listed, biomarkers=DEFICIENT) == "met"


def test_an_item_only_calling_solid_tumours_by_the_sponsors_word_is_no_route_met_by_any_tumour() -> None:
    text = "Patients must have one of the following tumors: Immunogenic solid tumors; Melanoma"
    assert status(text, "inclusion", biomarkers=PROFICIENT) == "unknown"


def test_a_cancer_type_list_numbered_in_the_line_is_met_by_the_gastric_item_not_asking_msi() -> None:
    text = (
        "Locally advanced or metastatic cancer associated with one of the following cancer "
        "types: 1.) gastric/esophagogastric, 2.) colorectal, 3.) pancreatic, 4.) mismatch repair deficient "
        "cancers"
    )
    assert status(text, "inclusion", biomarkers=PROFICIENT) == "met"


def test_the_list_keeps_the_stage_its_lead_in_asks_of_every_item() -> None:
    text = (
        "Locally advanced, recurrent, or metastatic cancer associated with one of the following cancer "
        "types: 1.) gastric, 2.) colorectal"
    )
    assert status(text, "inclusion", diagnosis__setting="resectable") == "not_met"


def test_an_item_read_as_a_clause_for_another_tumour_is_that_tumour_among_alternatives() -> None:
    text = (
        "Participants must have one of the following tumor types: colorectal cancer (CRC); non-small cell "
        "lung cancer (NSCLC); pancreatic ductal adenocarcinoma (PDAC)"
    )
    assert status(text, "inclusion") == "not_met"


POPULATIONS = """Phase 1 enrollment population:

* NSCLC
* Small cell lung cancer
* Any solid tumors with L-MYC amplification

Phase 1 Inclusion Criteria:

* Age 18 years or older"""


def test_a_phases_population_list_is_one_criterion_of_alternatives() -> None:
    criteria = parse_criteria(POPULATIONS)
    listed = _the(criteria, "population")
    assert "NSCLC; Small cell lung cancer; Any solid tumors" in listed.text
    assert not any(c.text == "NSCLC" for c in criteria)
    assert _judged(listed) == "unknown"  # the amplification no case field records


PART_HEADINGS = """Inclusion Criteria:

1. Dose escalation Part 1A

   * Participants with advanced unresectable or metastatic solid tumors
2. Dose expansion Part 2

   Cancer diagnosis:
   * Participants in Cohort A (Part 2A): Histologically confirmed metastatic non-small cell lung cancer
   * Participants in Cohort C (Part 2A):

     * Histologically confirmed metastatic gastric adenocarcinoma
     * Participants must have non-MSI-H or proficient MMR (pMMR) disease to be eligible.
3. ECOG 0 or 1

Exclusion Criteria:

* Active infection."""


def test_sub_bullets_under_a_part_heading_are_criteria_of_that_part() -> None:
    criteria = parse_criteria(PART_HEADINGS)
    escalation = _the(criteria, "solid tumors")
    assert escalation.text == "Participants with advanced unresectable or metastatic solid tumors"
    assert escalation.cohort is not None and "1A" in escalation.cohort.upper()
    assert not any(c.text.startswith("Dose escalation") for c in criteria)


def test_a_sub_bullet_naming_its_cohort_is_that_cohorts_and_its_own_items_follow_it() -> None:
    criteria = parse_criteria(PART_HEADINGS)
    lung = _the(criteria, "non-small cell")
    assert "Cohort A" in str(lung.cohort)
    for words in ("gastric adenocarcinoma", "non-MSI-H"):  # one copy for each part the label names
        assert "Cohort C" in {c.cohort for c in criteria if words in c.text}
    assert _the(criteria, "ECOG").cohort is None


def test_an_item_with_sub_bullets_naming_no_part_is_read_whole_as_before() -> None:
    text = (
        "Inclusion Criteria:\n\n* Adequate organ function defined as:\n\n  * ANC >= 1.5\n  * Platelets >= 100"
    )
    criteria = parse_criteria(text)
    assert [c.text for c in criteria] == ["Adequate organ function defined as: ANC >= 1.5; Platelets >= 100"]


def test_non_msi_high_asks_for_a_tumour_that_is_not_msi_high() -> None:
    text = "Participants must have MSI status known and must have non- MSI-H disease to be eligible."
    assert interpret(text, "inclusion") == [{"type": "msi_high", "negated": True}]
    assert status(text, "inclusion", biomarkers=DEFICIENT) == "not_met"
    assert status(text, "inclusion", biomarkers=PROFICIENT) == "met"


def test_a_study_asking_for_a_brain_metastasis_fails_a_case_that_records_none() -> None:
    text = "Participants must have at least one intracranial lesion consistent with a brain metastasis"
    assert status(text, "inclusion") == "not_met"
    assert status(text, "inclusion", patient__conditions=["brain_metastases"]) == "met"


def test_no_appropriate_standard_therapy_is_not_met_by_a_case_with_first_line_options_left() -> None:
    text = "Must have progressive disease and should have no appropriate standard therapy available."
    assert "standard_exhausted" in str(interpret(text, "inclusion"))
    assert status(text, "inclusion") != "met"


def test_her2_documented_since_the_last_progression_asks_for_a_test_after_it() -> None:
    reqs = interpret(
        "HER2+ disease documented since progression of the most recent line of therapy", "inclusion"
    )
    assert reqs[0]["type"] == "her2" and reqs[0].get("post_progression_biopsy") is True


def _course_of(agents: list[str], stop: str, ended: str | None = None) -> list[dict[str, Any]]:
    """A first palliative line of ``agents``, begun 2026-01-20, stopped for ``stop`` on ``ended``."""
    course: dict[str, Any] = {
        "line": 1,
        "setting": "palliative",
        "agents": agents,
        "started_on": "2026-01-20",
    }
    return [{**course, "stop_reason": stop, **({"ended_on": ended} if ended else {})}]


FOLFOX = _course_of(["fluorouracil", "oxaliplatin"], "progression", "2026-05-22")
TUMOUR_RUNS = (
    "Histologically confirmed gastrointestinal tumours that are metastatic or unresectable. Participants "
    "will have received at least one line of chemotherapy in the metastatic setting. Colorectal "
    "cancer: Patients must have received at least 1 prior line of therapy. Gastric cancer: Patients who "
    "have not received prior treatment may be included in this study. Colorectal cancer (ARM VII): Patients "
    "must remain "
    "naive to oxaliplatin prior to enrollment in this study."
)


def test_sentences_labelled_for_another_tumour_are_not_asked_of_a_gastric_case() -> None:
    (crit,) = parse_criteria(f"Inclusion Criteria:\n\n1. {TUMOUR_RUNS}\n")
    assert _judged(crit, treatments=FOLFOX) == "met"


def test_the_words_before_the_first_label_are_still_asked_of_every_tumour() -> None:
    (crit,) = parse_criteria(f"Inclusion Criteria:\n\n1. {TUMOUR_RUNS}\n")
    assert _judged(crit, treatments=FOLFOX, diagnosis__setting="resectable") == "not_met"


PARAGRAPHS = """Inclusion Criteria:

Measurable metastatic cancer of a listed type, in patients who have exhausted standard options

Patients with locally advanced disease should be unresectable by conventional surgical approaches.

Greater than or equal to 18 years of age and less than or equal to age 75

Clinical performance status of ECOG 0 or 1

Exclusion Criteria:

Active infection."""


def test_items_written_as_paragraphs_are_one_each_with_or_without_a_full_stop() -> None:
    texts = [c.text for c in parse_criteria(PARAGRAPHS) if c.kind == "inclusion"]
    assert texts == [
        "Measurable metastatic cancer of a listed type, in patients who have exhausted standard options",
        "Patients with locally advanced disease should be unresectable by conventional surgical approaches.",
        "Greater than or equal to 18 years of age and less than or equal to age 75",
        "Clinical performance status of ECOG 0 or 1",
    ]


def test_less_than_or_equal_to_age_75_is_the_upper_age_limit() -> None:
    text = "Greater than or equal to 18 years of age and less than or equal to age 75"
    assert status(text, "inclusion", patient__age=83) == "not_met"
    assert status(text, "inclusion", patient__age=64) == "met"


NOT_LIMITED = """Inclusion Criteria:

* Patients must have measurable disease as per RECIST v1.1 criteria
* Part 2 includes but is not limited to:
* Cutaneous melanoma that is either locally unresectable or metastatic:

  * BRAF wild type: progressed after receiving PD-1 containing therapy
* NSCLC: Unresectable or metastatic NSCLC that has progressed following an anti-PD-1 antibody

Exclusion Criteria:

* Active infection."""


def test_a_part_whose_tumour_list_is_not_limited_leaves_an_open_route_for_another_tumour() -> None:
    criteria = parse_criteria(NOT_LIMITED)
    lead = _the(criteria, "not limited to")
    assert lead.cohort == "Part 2"
    assert _judged(lead) == "unknown"


def test_being_due_to_receive_folfox_as_standard_fails_a_case_that_has_had_it() -> None:
    text = "Metastatic gastrointestinal tumours that are subject to receive FOLFOX as SOC"
    assert status(text, "inclusion", treatments=FOLFOX) == "not_met"
    assert status(text, "inclusion") == "unknown"  # whether the doctor would give it


def test_no_longer_benefiting_from_standard_treatment_is_not_met_while_options_remain() -> None:
    text = (
        "Metastatic solid tumor in a patient who is no longer benefiting from standard anti-cancer treatment"
    )
    assert "standard_exhausted" in str(interpret(text, "inclusion"))
    assert status(text, "inclusion") == "not_met"


def test_a_sentence_turning_non_measurable_disease_away_still_asks_for_measurable_disease() -> None:
    text = (
        "Patients must have disease that can be objectively measured, defined as at least one lesion that "
        "can be accurately measured. Patients with only assessable non-measurable disease are NOT eligible."
    )
    assert {"type": "measurable_disease"} in interpret(text, "inclusion")


def test_locally_recurrent_or_metastatic_disease_is_not_a_locally_advanced_primary() -> None:
    text = (
        "Patients with histologically confirmed solid tumors who have locally recurrent or metastatic disease"
    )
    assert status(text, "inclusion", diagnosis__setting="locally_advanced_unresectable") == "not_met"
    assert status(text, "inclusion") == "met"


FOR_THE_LISTED = (
    "For the following tumor types, subject must have received at least 1 prior line containing PD-1/PD-L1 "
    "targeted therapy: Relapsed HNSCC; Relapsed NSCLC; Relapsed Advanced ccRCC"
)


def test_a_condition_for_the_tumour_types_it_lists_does_not_apply_to_a_gastric_case() -> None:
    assert status(FOR_THE_LISTED, "inclusion") == "met"


def test_a_condition_for_msi_high_tumours_is_asked_of_an_msi_high_case_only() -> None:
    text = FOR_THE_LISTED.replace("Relapsed HNSCC; Relapsed NSCLC; Relapsed Advanced ccRCC", "MSI-H tumors")
    assert status(text, "inclusion", biomarkers=PROFICIENT) == "met"
    assert status(text, "inclusion", biomarkers=DEFICIENT) == "not_met"


FLATTENED = (
    "Inclusion Criteria\n\n  • Histologically confirmed previously untreated metastatic HER2+ GC or GEJ "
    "adenocarcinoma 1. Prior systemic perioperative treatment is allowed 2. Cohort A: HER2-positive (by "
    "IHC 3+) per central review 3. Cohort B: HER2-positive by local review. - Eastern Cooperative Oncology "
    "Group performance status of 0 or 1 - At least one radiographically measurable target lesion\n\n"
    "Exclusion Criteria\n\n  • Active infection"
)


def test_a_bulleted_lead_with_numbered_and_dashed_items_run_into_it_is_split_into_them() -> None:
    texts = [c.text for c in parse_criteria(FLATTENED) if c.kind == "inclusion"]
    assert texts == [
        "Histologically confirmed previously untreated metastatic HER2+ GC or GEJ adenocarcinoma",
        "Prior systemic perioperative treatment is allowed",
        "Cohort A: HER2-positive (by IHC 3+) per central review",
        "Cohort B: HER2-positive by local review.",
        "Eastern Cooperative Oncology Group performance status of 0 or 1",
        "At least one radiographically measurable target lesion",
    ]


def test_an_inclusion_about_patients_who_had_a_therapy_does_not_ask_the_therapy_of_everyone() -> None:
    text = "Patients receiving perioperative anti-HER2 therapy require testing of HER2 status for eligibility"
    assert status(text, "inclusion") == "met"
    assert status(text, "inclusion", treatments=FOLFOX) == "met"


RELATIVE_LEAD = """Inclusion Criteria:
  • Adults with metastatic or locally recurrent gastro-oesophageal cancer which:
    • has arisen in any primary gastro-oesophageal site (oesophago-gastric junction (GOJ) or stomach); and
    • has failed a minimum of 2 lines of prior anti-cancer therapy for recurrent/metastatic disease

Exclusion Criteria:
  • Active infection"""


def test_items_ending_a_lead_ins_sentence_are_criteria_of_their_own_read_after_it() -> None:
    criteria = parse_criteria(RELATIVE_LEAD)
    site = _the(criteria, "has arisen")
    lines = _the(criteria, "has failed")
    assert site.text.startswith("has arisen") and lines.text.startswith("has failed")
    assert _judged(site) == "met"
    assert _judged(site, diagnosis__site="esophagus") == "not_met"
    assert _judged(lines) == "not_met"  # no line given


def test_an_immunotherapy_the_patient_must_be_receiving_is_one_running_now() -> None:
    text = "Patients must be receiving immunotherapy with overall response of progressive disease"
    stopped = _course_of(["nivolumab", "capecitabine", "oxaliplatin"], "progression", "2026-04-20")
    running = _course_of(["nivolumab", "capecitabine", "oxaliplatin"], "ongoing")
    assert status(text, "inclusion", treatments=stopped) == "not_met"
    assert status(text, "inclusion", treatments=running) == "unknown"  # progressing on it is not recorded
    assert status(text, "inclusion") == "not_met"
