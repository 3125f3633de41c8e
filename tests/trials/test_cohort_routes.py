"""Issue 15, held-out review (round F4): routes into a study that are alternatives, not requirements
that all hold. An "any tumour type with <marker>" item in a list of tumours, "refractory to or
intolerant of standard treatment OR no standard therapy", numbered expansion cohorts named by
abbreviations, and sub-studies for another tumour named by headings without a colon. Texts written for
these tests; studies are imported into a real registry and matched for a real case."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from her2nav.case.load import case_from_data
from her2nav.knowledge.tumour_types import tumour_types
from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.tumour_cohorts import for_another_tumour
from her2nav.trials.matching.judge import best_cohort, cohort_view
from her2nav.trials.matching.match import match_case
from her2nav.trials.registry.importer import import_paths
from her2nav.trials.registry.store import Registry
from tests.trials.records import study_record, write_records
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, _case, judge, status

HER2_LOW = [{"kind": "her2_ihc", "score": "1+", "criteria": "gastric", "tested_on": "2026-01-10"}]
PMMR = [*HER2_LOW, {"kind": "mmr", "result": "proficient", "tested_on": "2026-01-10"}]

LISTED_BELOW = (
    "Inclusion Criteria:\n"
    "* Histological or cytological confirmation of one of the advanced cancers listed below:\n"
    "  * Non-small cell lung cancer\n"
    "  * {own}\n"
    "  * Any histology if known to be MSI-H\n"
    "* ECOG performance status 0 or 1\n"
)


def _entry(registry: Registry, folder: Path, criteria: str, **case: Any) -> dict[str, Any]:
    record = study_record("NCT09000016", title="Basket study of solid tumours", criteria=criteria)
    import_paths(registry, [write_records(folder, record)])
    found = match_case(case_from_data(_case(**case)), registry)
    assert len(found) == 1
    return found[0]


def _crit(entry: dict[str, Any], words: str) -> dict[str, Any]:
    return next(c for c in entry["criteria"] if words in c["text"])


# ------------------------------------------------------------------ 1: an "any tumour" route in a list
def test_an_item_for_any_tumour_with_a_marker_is_a_route_beside_the_listed_gastric_cancer(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, LISTED_BELOW.format(own="Gastroesophageal cancer"), biomarkers=PMMR)
    found = _crit(entry, "listed below")
    assert found["status"] == "met", found["reason"]
    assert "MSI" not in found["reason"]


def test_a_list_without_the_patients_tumour_still_asks_the_marker_of_its_any_tumour_item(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, LISTED_BELOW.format(own="Colorectal cancer"), biomarkers=PMMR)
    assert _crit(entry, "listed below")["status"] == "not_met"


def test_any_tumour_type_with_a_biomarker_written_in_one_sentence_is_a_route_too() -> None:
    text = "Advanced gastric or GEJ adenocarcinoma, or any solid tumour with MSI-H, after one prior line"
    assert status(text, "inclusion", biomarkers=PMMR, treatments=FIRST_LINE_ENDED) == "met"


# ------------------------------------------------- 2: refractory OR no standard therapy, and the AND form
REFRACTORY_OR = (
    "Tumours must be refractory to or intolerant of current standard treatment(s) OR for whom no "
    "standard therapy is available"
)


def test_refractory_or_no_standard_therapy_after_one_failed_line_stays_open_while_options_remain() -> None:
    # specialists read it both ways (TC and TH: met; TI: not met after one line): open, not a pass
    found = judge(REFRACTORY_OR, "inclusion", treatments=FIRST_LINE_ENDED)
    assert found["status"] == "unknown"
    assert "refractory to standard treatment while standard options remain" in found["reason"]


def test_refractory_or_no_standard_therapy_is_not_met_by_an_untreated_patient() -> None:
    assert status(REFRACTORY_OR, "inclusion") == "not_met"


def test_refractory_and_no_standard_therapy_still_asks_that_no_standard_option_is_left() -> None:
    text = REFRACTORY_OR.replace(" OR for whom", " and for whom").replace("is available", "exists")
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"


# -------------------------------------------------------- 3: numbered expansion cohorts, abbreviations
EXPANSION = (
    "Inclusion Criteria:\n"
    "* Aged 18 years or older\n"
    "* Part 2 dose expansion cohorts may include:\n"
    "  1. BC with HER2 overexpression after at least 2 prior anti-HER2 regimens\n"
    "  2. GC or GEJ cancer with HER2 overexpression after prior trastuzumab\n"
    "  3. GC or GEJ cancer with low HER2 expression after at least 1 prior line\n"
    "  4. PDAC or BTC with HER2 expression after prior gemcitabine\n"
    "* ECOG performance status 0 or 1\n"
)


def test_numbered_expansion_cohorts_are_alternatives_and_a_her2_low_gastric_patient_fits_his_own(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, EXPANSION, biomarkers=HER2_LOW, treatments=FIRST_LINE_ENDED)
    assert entry["verdict"] != "ineligible"
    assert _crit(entry, "low HER2 expression")["status"] == "met"
    for words in ("BC with", "HER2 overexpression after prior trastuzumab", "PDAC or BTC"):
        found = _crit(entry, words)
        assert found["status"] == "met" and found["reason"].startswith("does not apply: a cohort for")


def test_tumour_abbreviations_name_their_tumours_and_a_gallbladder_is_not_a_bladder() -> None:
    crits = parse_criteria(EXPANSION)
    assert any(c.cohort == "tumour cohort: bc" for c in crits)
    assert {t.plain for t in tumour_types().others if t.family == "breast"} == {"breast cancer"}
    text = (
        "Inclusion Criteria:\nSub study 1 Specific Inclusion criteria\n* Gastric adenocarcinoma\n"
        "Sub study 2 Specific Inclusion criteria\n* Advanced cholangiocarcinoma or gallbladder carcinoma\n"
    )
    labels = {c.cohort for c in parse_criteria(text)}
    assert "tumour cohort: biliary cancer (Sub study 2)" in labels


# ------------------------------------------------------ 4: sub-study headings without a colon
SUB_STUDIES = (
    "Master Inclusion Criteria applicable to all sub studies:\n"
    "* Aged 18 years or older\n"
    "* ECOG performance status 0 or 1\n"
    "Sub study 1 Specific Inclusion criteria\n"
    "* Histologically confirmed adenocarcinoma of the stomach or gastroesophageal junction\n"
    "* Maximum {lines} prior lines of systemic treatment for metastatic disease\n"
    "Sub study 3 Specific Inclusion criteria\n"
    "* Histologically confirmed metastatic adenocarcinoma of biliary tract, including cholangiocarcinoma\n"
    "* Progression on at least one prior regimen and maximum 2 prior lines for metastatic disease\n"
    "Master Exclusion Criteria applicable to all sub studies:\n"
    "* Known HIV infection\n"
    "Sub study 3 Specific Exclusion criteria\n"
    "* Clinically significant biliary obstruction\n"
)


def test_a_sub_study_for_another_tumour_under_a_heading_without_a_colon_does_not_apply(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, SUB_STUDIES.format(lines=2), treatments=FIRST_LINE_ENDED)
    assert entry["cohort"] == "Sub study 1" and entry["verdict"] != "ineligible"
    biliary = _crit(entry, "biliary tract")
    assert biliary["status"] == "met"
    assert biliary["reason"].startswith("does not apply: a cohort for biliary cancer")


def test_a_failed_gastric_sub_study_is_still_the_one_shown_and_the_biliary_one_does_not_apply(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, SUB_STUDIES.format(lines=0), treatments=FIRST_LINE_ENDED)
    assert entry["verdict"] == "ineligible" and entry["cohort"] == "Sub study 1"
    assert _crit(entry, "Maximum 0 prior")["status"] == "not_met"
    biliary = _crit(entry, "biliary tract")
    assert biliary["status"] == "met" and "taken by Sub study 1" in biliary["reason"]


# ---------------------------------------------------------------- 5: the best cohort when all fail
def test_when_every_cohort_fails_the_one_with_fewest_not_met_of_the_patients_tumour_is_shown() -> None:
    other = "tumour cohort: biliary cancer (Sub study 3)"
    pairs = [("Part A", "not_met"), ("Part A", "not_met"), ("Part B", "not_met"), ("Part B", "unknown")]
    pairs.append((other, "unknown"))
    assert best_cohort(pairs) == other  # by counts alone the other tumour's cohort would be shown
    view = cohort_view(pairs)
    assert view is not None and view.best == "Part B" and other in view.set_aside
    assert for_another_tumour(other) and not for_another_tumour("tumour cohort: gc or gej cancer")


def test_a_cohort_of_tumours_at_large_excluding_gastric_cancer_is_no_tumour_cohort() -> None:
    text = (
        "Inclusion Criteria:\n"
        "* Cohort 1: Biliary tract cancer\n"
        "* Cohort 2: Cervical cancer\n"
        "* Cohort A: Advanced solid tumours that are HER2 IHC 3+ (excluding breast and gastric cancer). "
        "Patients with non-small cell lung cancer can be included.\n"
    )
    labels = [c.cohort for c in parse_criteria(text)]
    assert labels == [
        "tumour cohort: biliary cancer (Cohort 1)",
        "tumour cohort: cervical cancer (Cohort 2)",
        "Cohort A",
    ]


def test_a_paragraph_lead_in_is_not_glued_to_the_bullet_above_it_and_its_items_are_cohorts() -> None:
    text = EXPANSION.replace("* Part 2 dose expansion cohorts may include:\n", "").replace(
        "* ECOG performance status 0 or 1\n", ""
    )
    text = text.replace(
        "* Aged 18 years or older\n", "* ECOG performance status 0 or 1\nPart 2 expansion cohorts:\n"
    )
    crits = parse_criteria(text)
    assert crits[0].text == "ECOG performance status 0 or 1"
    assert crits[0].requirements == [{"type": "ecog", "max": 1}]
    assert [c.cohort is not None and c.cohort.startswith("tumour cohort: ") for c in crits[1:]] == [True] * 4


def test_refractory_or_intolerant_subjects_of_a_named_kind_of_standard_treatment_read_the_same() -> None:
    text = (
        "Tumors must be refractory to or subjects intolerant of current standard non-IO treatment(s) or for "
        "whom no standard therapy is available."
    )
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "unknown"  # options remain
    assert status(text, "inclusion") == "not_met"


def test_a_heading_naming_a_sub_study_without_inclusion_words_scopes_the_bullets_under_it() -> None:
    text = (
        "Inclusion Criteria:\n"
        "* ECOG performance status 0 or 1\n"
        "Substudy 1\n"
        "* Histologically confirmed gastric or GEJ adenocarcinoma\n"
        "Substudy 2\n"
        "* Histologically confirmed biliary tract cancer with no prior systemic therapy\n"
    )
    crits = parse_criteria(text)
    assert [c.cohort for c in crits] == [None, "Substudy 1", "tumour cohort: biliary cancer (Substudy 2)"]
    assert crits[0].text == "ECOG performance status 0 or 1"


def test_a_gene_named_after_a_tumour_names_no_tumour() -> None:
    blood = next(t.words for t in tumour_types().others if t.family == "blood")
    assert re.search(blood, "anaplastic lymphoma kinase (alk) alteration negative") is None
    assert re.search(blood, "diffuse large b-cell lymphoma") is not None


HER2_POSITIVE_UNLESS = (
    "Participants with HER2-positive (3+ by IHC, or 2+ by IHC, and positive by ISH) or indeterminate GC/GEJC "
    "unless they have failed/not tolerated/or are not eligible for standard anti-HER2 therapy, "
    "where available."
)


def test_an_exclusion_of_her2_positive_patients_unless_anti_her2_failed_does_not_apply_to_her2_low() -> None:
    assert (
        status(HER2_POSITIVE_UNLESS, "exclusion", biomarkers=HER2_LOW, treatments=FIRST_LINE_ENDED) == "met"
    )


def test_an_exclusion_of_her2_positive_patients_unless_anti_her2_failed_leaves_the_exception_open() -> None:
    assert status(HER2_POSITIVE_UNLESS, "exclusion", treatments=FIRST_LINE_ENDED) == "unknown"
