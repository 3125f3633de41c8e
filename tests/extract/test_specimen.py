"""One specimen per report: "organ, ..., biopsies" is a biopsy; a resection's margins sent as "biopsy"
parts are not; an addendum is about the original specimen; a resection drops a quoted earlier biopsy."""

from __future__ import annotations

from typing import Any

from her2nav.extract.run import extract_text


def _specimens(text: str) -> set[tuple[Any, str]]:
    return {
        (f["value"], f["assertion"]) for f in extract_text(text).findings if f["field"] == "specimen_type"
    }


def test_organ_then_biopsies_after_a_comma_is_a_biopsy_specimen() -> None:
    assert _specimens("Specimen: Stomach, greater curve ulcer, biopsies (x5)\n") == {("biopsy", "present")}


def test_a_margin_sent_as_a_biopsy_part_of_a_resection_is_not_the_specimen() -> None:
    text = "A: Stomach, total gastrectomy.\nB: Oesophagus, proximal margin, biopsy.\n"
    assert _specimens(text) == {("resection", "present")}


def test_an_addendum_is_about_the_specimen_of_its_original_report() -> None:
    text = "ADDENDUM\nOriginal report: gastric antrum, endoscopic biopsy, adenocarcinoma.\nHER2 IHC: 1+.\n"
    assert _specimens(text) == {("biopsy", "present")}


def test_a_resection_report_drops_the_type_of_an_earlier_quoted_biopsy() -> None:
    text = "Clinical history: previous endoscopic biopsy, carcinoma.\n\nSpecimen: radical gastrectomy.\n"
    assert _specimens(text) == {("resection", "present")}
