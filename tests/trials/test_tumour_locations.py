"""Exclusions that list where a primary tumour lies (issue 15, class 2, held-out class e): a junction
primary is excluded by a junction location, an oesophageal one when the oesophagus is named, and a
gastric primary stays open when only a part of the stomach (the cardia, a curve) is named, since the
case records the organ, not the part. Sentences written for these tests."""

from __future__ import annotations

import pytest

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status

LOCATIONS = (
    "Cancers of the gastric cardia, tumours high on the lesser curve, or gastro-oesophageal junction tumours."
)


@pytest.mark.parametrize(
    ("site", "expected"), [("gej", "not_met"), ("stomach", "unknown"), ("esophagus", "met")]
)
def test_a_list_of_tumour_locations_excludes_a_junction_primary_and_leaves_the_stomach_open(
    site: str, expected: str
) -> None:
    assert status(LOCATIONS, "exclusion", diagnosis__site=site) == expected


def test_an_oesophageal_primary_is_excluded_when_the_oesophagus_is_named() -> None:
    text = "Primary tumours of the oesophagus or of the oesophagogastric junction."
    assert status(text, "exclusion", diagnosis__site="esophagus") == "not_met"
    assert status(text, "exclusion", diagnosis__site="gej") == "not_met"


@pytest.mark.parametrize(
    "text",
    [
        "Primary adenocarcinoma of the stomach or of the gastro-oesophageal junction.",
        "Gastric or GEJ adenocarcinoma.",
    ],
)
def test_a_stomach_named_whole_beside_the_junction_excludes_a_gastric_primary(text: str) -> None:
    assert status(text, "exclusion", diagnosis__site="stomach") == "not_met"
    assert status(text, "exclusion", diagnosis__site="gej") == "not_met"
    assert status(text, "exclusion", diagnosis__site="esophagus") == "met"


def test_the_parts_of_the_stomach_named_are_kept_with_the_requirement() -> None:
    found = [r for r in interpret(LOCATIONS, "exclusion") if r["type"] == "disease"]
    assert found == [{"type": "disease", "sites": ["stomach", "gej"], "subsites": ["cardia", "lesser curve"]}]


@pytest.mark.parametrize(
    "text",
    [
        "Junction tumours with active bleeding needing transfusion.",
        "Gastro-oesophageal junction tumours must be Siewert type I or II.",
        "Metastases to the gastric antrum from another primary.",
    ],
)
def test_a_location_with_something_the_tumour_does_is_not_a_location_exclusion(text: str) -> None:
    assert not [r for r in interpret(text, "exclusion") if r.get("subsites") or r["type"] == "disease"]
