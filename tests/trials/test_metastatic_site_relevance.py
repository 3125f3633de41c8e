"""Studies of a metastatic site that take several primaries (issue 15, class 10, held-out class f): a
study of peritoneal metastases whose inclusion criteria name gastric cancer among the origins is
offered to a gastric patient; one whose only mention of the stomach is elsewhere is not; a closed one
stays out. Records written for these tests."""

from __future__ import annotations

import pytest

from her2nav.trials.registry.study import study_from_record
from tests.trials.records import study_record

ORIGINS = (
    "Inclusion Criteria:\n* Peritoneal metastases arising from a colorectal, gastric or ovarian carcinoma\n"
    "* ECOG 0 or 1\nExclusion Criteria:\n* Bowel obstruction"
)


@pytest.mark.parametrize(
    "criteria",
    [
        ORIGINS,
        "Inclusion Criteria:\n* Peritoneal carcinomatosis of gastric or pancreatic origin\n",
        "Inclusion Criteria:\n* Gastric, appendiceal or colorectal adenocarcinoma with peritoneal spread\n",
    ],
)
def test_a_metastatic_site_study_naming_gastric_cancer_among_its_origins_is_offered(criteria: str) -> None:
    record = study_record(
        "NCT00000101",
        title="Aerosol chemotherapy for peritoneal metastases",
        criteria=criteria,
        conditions=["Peritoneal Metastases"],
    )
    study = study_from_record(record)
    assert study.relevance == "gastric"
    assert study.can_be_offered


def test_gastric_cancer_named_only_among_the_exclusions_does_not_make_it_relevant() -> None:
    criteria = (
        "Inclusion Criteria:\n* Colorectal peritoneal metastases\nExclusion Criteria:\n* Gastric cancer\n"
    )
    record = study_record(
        "NCT00000102",
        title="Surgery for peritoneal metastases",
        criteria=criteria,
        conditions=["Peritoneal Metastases"],
    )
    assert study_from_record(record).relevance == "none"


def test_a_study_that_does_not_name_a_metastatic_site_is_not_read_for_origins() -> None:
    criteria = "Inclusion Criteria:\n* Prior gastric or colorectal carcinoma resected more than 5 years ago\n"
    record = study_record(
        "NCT00000103", title="Healthy volunteers", criteria=criteria, conditions=["Healthy"]
    )
    assert study_from_record(record).relevance == "none"


def test_a_completed_metastatic_site_study_stays_out() -> None:
    record = study_record(
        "NCT00000104",
        title="Aerosol chemotherapy for peritoneal metastases",
        criteria=ORIGINS,
        conditions=["Peritoneal Metastases"],
        status="COMPLETED",
    )
    study = study_from_record(record)
    assert study.relevance == "gastric"
    assert not study.can_be_offered
