"""Issue 15, class 2 (cohorts): headings the parser did not read as cohorts. A heading that names a
tumour's cohort after "Criteria:" ("Monotherapy Disease specific Criteria: Pancreatic Cancer"), and
label-only module, part and panel headings ("Module 1:", "Part B - All participants:", "Panel 2")
whose groups take other tumours. Texts written for these tests, then one test on each of the two
registry records that showed the formats."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from her2nav.case.load import case_from_data
from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.matching.match import match_case
from her2nav.trials.registry.importer import import_paths
from her2nav.trials.registry.store import Registry
from tests.trials.records import study_record, write_records
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, _case

SNAPSHOT = Path(__file__).resolve().parents[2] / "her2nav" / "trials" / "data" / "her2-gastric"


def _entry(registry: Registry, folder: Path, criteria: str, **case: Any) -> dict[str, Any]:
    record = study_record("NCT09000016", title="Basket study of solid tumours", criteria=criteria)
    import_paths(registry, [write_records(folder, record)])
    [entry] = match_case(case_from_data(_case(**case)), registry)
    return entry


def _real(registry: Registry, nct_id: str, **case: Any) -> dict[str, Any]:
    import_paths(registry, [SNAPSHOT / f"{nct_id}.json"])
    [entry] = match_case(case_from_data(_case(**case)), registry)
    return entry


def _crit(entry: dict[str, Any], words: str) -> dict[str, Any]:
    return next(c for c in entry["criteria"] if words in c["text"])


# ------------------------------------------------------ 1: "<…> Criteria: <a tumour's cohort>"
DISEASE_SPECIFIC = (
    "Inclusion Criteria:\n"
    "* ECOG performance status 0 or 1\n"
    "* Adequate organ function as defined below:\n"
    "Monotherapy Disease specific Criteria: Gastric/GEJ Cancer\n"
    "* Histologically confirmed metastatic gastric or GEJ adenocarcinoma\n"
    "* No more than 3 prior lines of systemic chemotherapy\n"
    "Monotherapy Disease specific Criteria: Pancreatic Cancer\n"
    "* Histologically confirmed metastatic pancreatic adenocarcinoma\n"
    "* No more than 2 prior lines of systemic chemotherapy\n"
    "For all participants in combination therapy (CT) administration:\n"
    "* Life expectancy of at least 12 weeks\n"
    "Combination Therapy (CT) Inclusion Criteria: Drug X with Paclitaxel as Second-line Therapy in "
    "Gastric/GEJ Cancer\n"
    "* Histologically confirmed gastric or GEJ adenocarcinoma\n"
    "* Exactly 1 prior line of systemic chemotherapy for metastatic disease\n"
    "Exclusion Criteria:\n"
    "* Known HIV infection\n"
    "CT Exclusion Criteria: Drug X with Paclitaxel as Second-line Therapy in Gastric/GEJ Cancer:\n"
    "* History of cerebrovascular accident within 6 months\n"
)
SECOND_LINE = "Drug X with Paclitaxel as Second-line Therapy in Gastric/GEJ Cancer"


def test_a_heading_naming_a_tumour_after_criteria_makes_the_bullets_under_it_that_cohort() -> None:
    labels = {c.text: c.cohort for c in parse_criteria(DISEASE_SPECIFIC)}
    assert labels["Histologically confirmed metastatic gastric or GEJ adenocarcinoma"] == (
        "Monotherapy Disease specific Criteria: Gastric/GEJ Cancer"
    )
    assert labels["Histologically confirmed metastatic pancreatic adenocarcinoma"] == (
        "tumour cohort: pancreatic cancer (Monotherapy Disease specific Criteria: Pancreatic Cancer)"
    )
    assert labels["ECOG performance status 0 or 1"] is None


def test_inclusion_and_exclusion_headings_of_one_cohort_name_it_the_same() -> None:
    labels = {c.text: (c.kind, c.cohort) for c in parse_criteria(DISEASE_SPECIFIC)}
    assert labels["Exactly 1 prior line of systemic chemotherapy for metastatic disease"] == (
        "inclusion",
        SECOND_LINE,
    )
    assert labels["History of cerebrovascular accident within 6 months"] == ("exclusion", SECOND_LINE)


def test_a_heading_for_all_participants_ends_the_cohort_above_it() -> None:
    labels = {c.text: c.cohort for c in parse_criteria(DISEASE_SPECIFIC)}
    assert labels["Life expectancy of at least 12 weeks"] is None


def test_a_gastric_patient_is_not_excluded_by_the_pancreatic_cohorts_criteria(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, DISEASE_SPECIFIC, treatments=FIRST_LINE_ENDED)
    assert entry["verdict"] != "ineligible"
    pancreatic = _crit(entry, "pancreatic adenocarcinoma")
    assert pancreatic["status"] == "met"
    assert pancreatic["reason"].startswith("does not apply: a cohort for pancreatic cancer")


def test_a_lead_in_or_a_criterion_on_the_heading_line_is_no_cohort_heading() -> None:
    text = (
        "Inclusion Criteria: Histologically confirmed gastric adenocarcinoma\n"
        "* Adequate organ function as defined below:\n"
        "  * Haemoglobin 9 g/dL or more\n"
        "Patients with gastric cancer must meet the following criteria:\n"
        "* ECOG performance status 0 or 1\n"
    )
    assert [c.cohort for c in parse_criteria(text)] == [None, None, None]


# ------------------------------------------------------ 2: module, part and panel headings
MODULES = (
    "Inclusion Criteria:\n"
    "* ECOG performance status 0 or 1\n"
    "\n"
    "Module 1:\n"
    "\n"
    "Part A:\n"
    "\n"
    "* Histologically confirmed ovarian or HER2-negative breast cancer with a BRCA1 or BRCA2 mutation\n"
    "* Must be suitable for treatment with a PARP inhibitor\n"
    "\n"
    "Module 2:\n"
    "\n"
    "Panel 1\n"
    "\n"
    "* Must have IDH1/2-mutant glioma\n"
    "* Must have 2 prior lines of alkylating chemotherapy\n"
    "\n"
    "Module 3:\n"
    "\n"
    "Part A:\n"
    "\n"
    "* The following tumour types are eligible: breast cancer, colorectal cancer, gastric cancer\n"
    "* Must have progressed following at least one prior systemic treatment\n"
    "\n"
    "Part B - All participants:\n"
    "\n"
    "* Histologically documented unresectable or metastatic breast cancer\n"
    "* No prior chemotherapy for metastatic breast cancer\n"
    "\n"
    "Part B - Participants with brain metastases:\n"
    "\n"
    "* Must not have untreated brain metastases\n"
    "\n"
    "Exclusion Criteria:\n"
    "\n"
    "* Known HIV infection\n"
    "\n"
    "Module 1:\n"
    "\n"
    "* Prior treatment with trastuzumab\n"
    "\n"
    "Module 3:\n"
    "\n"
    "All participants:\n"
    "\n"
    "* History of interstitial lung disease\n"
    "\n"
    "Part B:\n"
    "\n"
    "* Prior systemic cytotoxic treatment in the metastatic setting\n"
)


def test_criteria_of_modules_for_other_tumours_do_not_apply_when_another_module_takes_gastric_cancer(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, MODULES, treatments=FIRST_LINE_ENDED)
    for words in ("BRCA1", "PARP inhibitor", "IDH1/2-mutant glioma", "Prior treatment with trastuzumab"):
        found = _crit(entry, words)
        assert found["status"] == "met" and found["reason"].startswith("does not apply: a cohort for")
    assert "(Module 2, Panel 1)" in _crit(entry, "glioma")["reason"]
    assert entry["verdict"] != "ineligible"


def test_a_breast_cancer_part_of_the_module_that_takes_gastric_cancer_does_not_apply_but_its_other_does(
    registry: Registry, tmp_path: Path
) -> None:
    entry = _entry(registry, tmp_path, MODULES)  # first line: no prior therapy
    for words in ("metastatic breast cancer", "No prior chemotherapy", "untreated brain", "cytotoxic"):
        assert _crit(entry, words)["reason"].startswith("does not apply: a cohort for breast cancer")
    assert _crit(entry, "at least one prior systemic")["status"] == "not_met"
    assert entry["verdict"] == "ineligible"


def test_the_criteria_for_all_participants_of_the_module_that_takes_gastric_cancer_are_judged() -> None:
    crits = {c.text: c for c in parse_criteria(MODULES)}
    assert crits["History of interstitial lung disease"].requirements[0]["type"] == "condition"
    assert crits["ECOG performance status 0 or 1"].requirements == [{"type": "ecog", "max": 1}]


def test_modules_are_read_as_before_when_none_takes_a_gastric_tumour() -> None:
    text = MODULES.replace("colorectal cancer, gastric cancer", "colorectal cancer")
    types = {r["type"] for c in parse_criteria(text) for r in c.requirements}
    assert "other_cohort" not in types


def test_a_sentence_naming_a_part_is_no_group_heading() -> None:
    text = MODULES.replace("Part B - All participants:", "Part B participants must have:")
    crits = {c.text: c for c in parse_criteria(text)}
    assert crits["No prior chemotherapy for metastatic breast cancer"].group == ("Module 3", "Part A")


# ------------------------------------------------------ 3: the two registry records
def test_a_gastric_patient_is_not_excluded_by_the_pancreatic_cohorts_of_nct05365581(
    registry: Registry,
) -> None:
    entry = _real(registry, "NCT05365581", treatments=FIRST_LINE_ENDED)
    pancreatic = [c for c in entry["criteria"] if c["kind"] == "inclusion" and "pancrea" in c["text"]]
    assert len(pancreatic) >= 8  # both pancreatic cohorts, monotherapy and combination
    for crit in pancreatic:
        assert crit["status"] == "met" and crit["reason"].startswith(
            "does not apply: a cohort for pancreatic"
        )
    assert "Gastric/GEJ Cancer" in entry["cohort"]


def test_the_modules_of_nct05417594_for_other_tumours_do_not_apply_and_its_gastric_part_is_judged(
    registry: Registry,
) -> None:
    entry = _real(registry, "NCT05417594")  # first line: no prior therapy
    glioma = _crit(entry, "IDH1/2-mutant glioma")
    assert glioma["status"] == "met" and glioma["reason"].startswith("does not apply: a cohort for glioma")
    breast = _crit(entry, "Histologically documented unresectable or metastatic breast cancer")
    assert breast["reason"].startswith("does not apply: a cohort for breast cancer (Module 4, Part B")
    not_met = [c["text"] for c in entry["criteria"] if c["status"] == "not_met"]
    assert not_met == [_crit(entry, "Must have progressed following at least one prior systemic")["text"]]
