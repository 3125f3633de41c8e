"""Issue 15, held-out review, classes 1-4: basket studies whose cohorts are plain bullets, one per
tumour type, and lists of tumour types whose qualifiers bind to single items. Texts written for these
tests. Each study is imported into a real registry and matched for a real case, through the shortlist
(rank keys, bounds) and in full."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from her2nav.case.load import case_from_data
from her2nav.knowledge.load import DATA_DIR, load_from
from her2nav.knowledge.tumour_types import tumour_types
from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from her2nav.trials.matching.match import match_case
from her2nav.trials.registry.importer import import_paths
from her2nav.trials.registry.store import Registry
from tests.trials.records import study_record, write_records
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, _case, judge, status

HER2_LOW = [{"kind": "her2_ihc", "score": "1+", "criteria": "gastric", "tested_on": "2026-01-10"}]
AFTER_NIVOLUMAB = [{**FIRST_LINE_ENDED[0], "agents": ["nivolumab", "capecitabine", "oxaliplatin"]}]

BASKET = (
    "Inclusion Criteria:\n"
    "* Aged 18 years or older\n"
    "* Clear-cell renal cell carcinoma that progressed on a VEGF-targeted agent and a checkpoint inhibitor\n"
    "* Non-small cell lung cancer with PD-L1 of 1% or more that must have benefited from anti-PD-1 therapy\n"
    "* Breast cancer, HER2-positive, after two or more anti-HER2 regimens\n"
    "* Gastric or gastro-oesophageal junction adenocarcinoma after at least one prior line of therapy\n"
    "* ECOG performance status 0 or 1\n"
    "Exclusion Criteria:\n"
    "* Known HIV infection\n"
)
NO_GASTRIC = BASKET.replace(
    "* Gastric or gastro-oesophageal junction adenocarcinoma after at least one prior line of therapy\n", ""
)


def _entry(registry: Registry, folder: Path, criteria: str, **case: Any) -> dict[str, Any] | None:
    """The study's entry through the shortlist (None when it is not offered), checked against the
    entry judged without it."""
    record = study_record("NCT09000015", title="Basket study of solid tumours", criteria=criteria)
    import_paths(registry, [write_records(folder, record)])
    patient = case_from_data(_case(**case))
    full = match_case(patient, registry)
    short = match_case(patient, registry, include_ineligible=False, limit=5)
    assert len(full) == 1
    if full[0]["verdict"] == "ineligible":
        assert short == []
    else:
        assert short == full
    return full[0]


def _crit(entry: dict[str, Any], words: str) -> dict[str, Any]:
    return next(c for c in entry["criteria"] if words in c["text"])


def test_a_bullet_for_another_tumour_in_a_basket_study_does_not_apply_to_a_gastric_patient(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, BASKET, treatments=FIRST_LINE_ENDED)
    assert entry is not None and entry["verdict"] != "ineligible"
    for words in ("renal cell", "lung cancer", "Breast cancer"):
        found = _crit(entry, words)
        assert found["status"] == "met"
        assert found["reason"].startswith("does not apply: a cohort for")
    assert _crit(entry, "Gastric or")["status"] == "met"
    assert "gastro-oesophageal" in entry["cohort"]


def test_a_patient_who_fits_no_tumour_cohort_of_a_basket_study_is_ineligible(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, NO_GASTRIC, treatments=FIRST_LINE_ENDED)
    assert entry is not None and entry["verdict"] == "ineligible"
    renal = _crit(entry, "renal cell")
    assert renal["status"] == "not_met" and "asks for clear-cell renal cell carcinoma" in renal["reason"]


def test_a_cohort_bullet_of_the_patients_tumour_keeps_its_own_conditions(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, BASKET)  # no prior line
    assert entry is not None and entry["verdict"] == "ineligible"
    assert _crit(entry, "Gastric or")["status"] == "not_met"


def test_bullets_for_other_tumours_beside_an_inclusion_of_any_cancer_are_clauses_for_those_patients() -> None:
    text = (
        "Inclusion Criteria:\n"
        "* Advanced or metastatic cancer with HER2 amplification by next-generation sequencing\n"
        "* Breast cancer: at least two prior anti-HER2 regimens\n"
        "* Non-small cell lung cancer: progressed on platinum chemotherapy\n"
    )
    assert [c.cohort for c in parse_criteria(text)] == [None, None, None]


def test_a_gastric_only_studys_bullets_stay_requirements_that_all_hold() -> None:
    text = (
        "Inclusion Criteria:\n"
        "* Histologically confirmed gastric or gastro-oesophageal junction adenocarcinoma\n"
        "* HER2-positive gastric cancer (IHC 3+, or IHC 2+ with ISH amplification)\n"
        "* Gastric cancer progressing after first-line platinum chemotherapy\n"
    )
    assert [c.cohort for c in parse_criteria(text)] == [None, None, None]


def test_bullets_for_other_tumours_beside_a_solid_tumour_inclusion_are_clauses_for_those_patients() -> None:
    text = (
        "Inclusion Criteria:\n"
        "* Advanced solid tumour with HER2 overexpression\n"
        "* Breast cancer: at least two prior anti-HER2 regimens\n"
        "* Non-small cell lung cancer: progressed on platinum chemotherapy\n"
    )
    assert [c.cohort for c in parse_criteria(text)] == [None, None, None]


def test_two_cohorts_of_the_patients_tumour_are_alternatives_and_the_fitting_one_decides(
    registry: Registry, tmp_path: Path
) -> None:
    text = BASKET.replace(
        "* ECOG",
        "* Gastric or junction adenocarcinoma after one prior line, naive to anti-PD-1 therapy\n* ECOG",
    )
    entry = _entry(registry, tmp_path, text, treatments=AFTER_NIVOLUMAB)
    assert entry is not None and entry["verdict"] != "ineligible"
    naive = _crit(entry, "naive to anti-PD-1")
    assert naive["status"] == "met" and naive["reason"].startswith("does not apply")
    assert "the patient fits" in naive["reason"]


def test_her2_positive_and_her2_low_cohorts_of_one_tumour_are_alternatives(
    registry: Registry, tmp_path: Path
) -> None:
    text = (
        "Inclusion Criteria:\n"
        "* Gastric or GEJ adenocarcinoma, HER2-positive (IHC 3+ or IHC 2+/ISH+), after trastuzumab\n"
        "* Gastric or GEJ adenocarcinoma, HER2-low (IHC 2+/ISH- or IHC 1+)\n"
        "* ECOG performance status 0 or 1\n"
    )
    entry = _entry(registry, tmp_path, text, biomarkers=HER2_LOW)
    assert entry is not None and entry["verdict"] != "ineligible"
    assert "HER2-low" in entry["cohort"] or "her2-low" in entry["cohort"]
    positive = _crit(entry, "HER2-positive")
    assert positive["status"] == "met" and positive["reason"].startswith("does not apply")
    assert _crit(entry, "HER2-low")["status"] == "met"


def test_a_qualifier_in_a_list_of_tumour_types_binds_to_its_own_tumour() -> None:
    text = (
        "Advanced triple-negative breast cancer, serous ovarian cancer (platinum resistant), MSI-H CRC, "
        "oesophagogastric adenocarcinoma, and mesothelioma."
    )
    assert [r["type"] for r in interpret(text, "inclusion")] == ["disease"]
    mss = [{"kind": "msi", "result": "mss", "tested_on": "2026-01-10"}]
    assert status(text, "inclusion", biomarkers=mss) == "met"


def test_a_qualifier_without_its_own_tumour_noun_may_be_meant_for_every_item() -> None:
    text = "HER2-amplified breast, gastric or lung cancer"
    assert "her2" in [r["type"] for r in interpret(text, "inclusion")]


def test_words_after_the_last_listed_tumour_are_said_of_every_item() -> None:
    text = "Advanced gastric cancer, HCC and biliary tract cancer with measurable disease (RECIST 1.1)"
    assert "measurable_disease" in [r["type"] for r in interpret(text, "inclusion")]


def test_oesophagogastric_cancer_takes_an_oesophageal_adenocarcinoma() -> None:
    for words in ("Advanced esophagogastric cancer", "Metastatic oesophagogastric adenocarcinoma"):
        assert status(words, "inclusion", diagnosis__site="esophagus") == "met"


def test_a_clause_for_non_small_cell_lung_cancer_participants_does_not_apply_to_a_gastric_patient() -> None:
    text = "Non-small cell lung cancer (NSCLC) participants with a known EGFR mutation or ALK fusion."
    found = judge(text, "exclusion")
    assert found["status"] == "met" and found["reason"].startswith("does not apply")
    assert status("Histologically confirmed non-small cell lung cancer", "inclusion") == "not_met"


def test_cohort_bullets_may_open_with_the_patients_who_have_the_tumour() -> None:
    text = (
        "Inclusion Criteria:\n"
        "* Patients with non-small cell lung cancer who benefited from anti-PD-1 therapy\n"
        "* Patients with gastric or junction adenocarcinoma after at least one prior line of therapy\n"
        "* Patients with a history of breast cancer are eligible if disease-free for five years\n"
    )
    cohorts = [c.cohort for c in parse_criteria(text)]
    assert cohorts[0] == "tumour cohort: non-small cell lung cancer"
    assert str(cohorts[1]).startswith("tumour cohort: gastric")
    assert cohorts[2] is None  # a history of another cancer is no cohort


def test_a_bullet_of_the_tumour_asking_no_her2_level_applies_beside_the_her2_cohorts(
    registry: Registry, tmp_path: Path
) -> None:
    text = (
        "Inclusion Criteria:\n"
        "* Histologically confirmed gastric or GEJ adenocarcinoma\n"
        "* HER2-positive gastric or GEJ adenocarcinoma (IHC 3+ or IHC 2+/ISH+) after trastuzumab\n"
        "* HER2-low gastric or GEJ adenocarcinoma (IHC 1+ or IHC 2+/ISH-)\n"
    )
    cohorts = [c.cohort for c in parse_criteria(text)]
    assert cohorts[0] is None
    assert str(cohorts[1]).startswith("tumour cohort: her2-positive")
    assert str(cohorts[2]).startswith("tumour cohort: her2-low")
    entry = _entry(registry, tmp_path, text, biomarkers=HER2_LOW)
    assert entry is not None and entry["verdict"] != "ineligible"
    assert _crit(entry, "Histologically")["status"] == "met"


def test_the_tumour_type_words_are_knowledge_with_a_known_source_and_each_one_compiles() -> None:
    words = tumour_types()
    known = load_from(DATA_DIR).sources
    assert words.sources and all(key in known for key in words.sources)
    for pattern in [words.gastro_oesophageal, *(t.words for t in words.others)]:
        re.compile(pattern)
    assert re.search(words.gastro_oesophageal, "oesophagogastric adenocarcinoma")
    assert not re.search(words.gastro_oesophageal, "renal cell carcinoma")


def test_her2_levels_that_overlap_stay_requirements_that_all_hold() -> None:
    """HER2-negative holds HER2-ultralow: a study asking both asks for ultralow, not either."""
    text = (
        "Inclusion Criteria:\n"
        "* HER2-negative gastric or GEJ adenocarcinoma\n"
        "* HER2-ultralow gastric or GEJ adenocarcinoma on central testing\n"
    )
    assert [c.cohort for c in parse_criteria(text)] == [None, None]


def test_an_exclusion_for_a_cohort_no_inclusion_defines_applies_to_all_beside_tumour_cohorts(
    registry: Registry, tmp_path: Path
) -> None:
    text = BASKET + "* Prior anti-HER2 therapy (Cohort 9 only)\n"
    assert next(c for c in parse_criteria(text) if "Cohort 9" in c.text).cohort is None
    entry = _entry(registry, tmp_path, text)  # no prior line: the gastric cohort fails
    assert entry is not None and entry["verdict"] == "ineligible"


PARTS_WITHOUT_GASTRIC = (
    "Inclusion Criteria:\n"
    "* Advanced or metastatic disease on the latest scan\n"
    "* Part 1 takes patients into these cohorts:\n"
    "* Cohort 1: Cholangiocarcinoma\n"
    "* Cohort 2: Urothelial carcinoma\n"
    "* Cohort 3: Other tumours expressing HER2, except breast, stomach and colorectal cancers\n"
    "* Part 1: HER2 IHC 2+ or 3+ on local testing\n"
    "* Part 2: HER2 results from the central laboratory, as each cohort defines them\n"
    "Exclusion Criteria:\n"
    "* Primary adenocarcinoma of the stomach or of the gastro-oesophageal junction\n"
)


def test_a_study_that_excludes_the_patients_tumour_is_not_one_whose_part_he_fits(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, PARTS_WITHOUT_GASTRIC, treatments=FIRST_LINE_ENDED)
    assert entry is not None and entry["verdict"] == "ineligible"
    assert _crit(entry, "Primary adenocarcinoma of the stomach")["status"] == "not_met"
    for words in ("Cholangiocarcinoma", "Urothelial"):
        found = _crit(entry, words)
        assert found["status"] == "met" and found["reason"].startswith("does not apply: a cohort for")
        assert "general criteria leave out the patient's tumour" in found["reason"]
        assert "fits" not in found["reason"]


def test_cohorts_for_other_tumours_still_do_not_apply_when_only_the_stage_is_refused(
    registry: Registry, tmp_path: Path
) -> None:
    resectable = PARTS_WITHOUT_GASTRIC.replace(
        "Primary adenocarcinoma of the stomach or of the gastro-oesophageal junction", "Brain metastases"
    )
    entry = _entry(registry, tmp_path, resectable, diagnosis__setting="resectable")
    assert entry is not None and entry["verdict"] == "ineligible"
    assert _crit(entry, "Advanced or metastatic")["status"] == "not_met"
    found = _crit(entry, "Cholangiocarcinoma")
    assert found["reason"].startswith("does not apply: a cohort for") and "leave out" not in found["reason"]
