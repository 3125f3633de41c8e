"""Synthetic modern gastric reports (English and Chinese) that we wrote: every field family."""

from __future__ import annotations

from typing import Any

from her2nav.extract.run import extract_text
from tests.extract.conftest import SYNTHETIC


def _run(name: str) -> list[dict[str, Any]]:
    text = (SYNTHETIC / name).read_text(encoding="utf-8")
    assert text.startswith("# SYNTHETIC")
    return extract_text(text, name).findings


def _pairs(findings: list[dict[str, Any]]) -> set[tuple[str, Any]]:
    return {(f["field"], f["value"]) for f in findings if f["assertion"] == "present"}


def test_a_modern_english_gastric_report_yields_every_biomarker_with_its_span() -> None:
    findings = _run("synthetic_gastric_modern.txt")
    assert {
        ("her2_ihc", "3+"),
        ("scoring_criteria", "gastric"),
        ("pdl1_cps", 8.0),
        ("pdl1_clone", "22C3"),
        ("cldn18_2", 80.0),
        ("mmr", "proficient"),
        ("ebv", "negative"),
        ("her2_ish_result", "amplified"),
        ("her2_ish_ratio", 2.6),
        ("her2_mean_copies", 7.1),
        ("histology", "adenocarcinoma"),
        ("lauren", "diffuse"),
        ("grade", "G3"),
        ("site", "stomach"),
        ("specimen_type", "biopsy"),
        ("report_date", "2026-03-14"),
    } <= _pairs(findings)
    ihc = next(f for f in findings if f["field"] == "her2_ihc")
    assert ihc["span"]["text"] == "HER2 (4B5): 3+"
    assert ihc["section"] == "IMMUNOHISTOCHEMISTRY" and ihc["specimen"] == "A" and ihc["page"] == 1


def test_the_scoring_key_in_a_report_gives_no_extra_her2_or_cps_values() -> None:
    findings = _run("synthetic_gastric_modern.txt")
    assert {f["value"] for f in findings if f["field"] == "her2_ihc"} == {"3+"}
    assert {f["value"] for f in findings if f["field"] == "pdl1_cps"} == {8.0}


def test_a_chinese_report_yields_the_same_fields_in_contract_vocabulary() -> None:
    findings = _run("synthetic_chinese_gastric.txt")
    assert {
        ("her2_ihc", "3+"),
        ("pdl1_cps", 5.0),
        ("pdl1_clone", "22C3"),
        ("cldn18_2", 70.0),
        ("mmr", "proficient"),
        ("msi", "mss"),
        ("ebv", "negative"),
        ("her2_ish_result", "amplified"),
        ("her2_ish_ratio", 3.1),
        ("histology", "adenocarcinoma"),
        ("lauren", "mixed"),
        ("grade", "G3"),
        ("site", "stomach"),
        ("specimen_type", "biopsy"),
        ("report_date", "2026-02-10"),
    } <= _pairs(findings)
    assert {f["value"] for f in findings if f["field"] == "her2_ihc"} == {"3+"}  # the 判读标准 key is skipped
    cldn = next(f for f in findings if f["field"] == "cldn18_2")
    assert cldn["span"]["text"] == "Claudin18.2 阳性率：７０％"  # full-width digits quoted as written


def test_cardia_without_a_junction_statement_is_stomach_with_a_note_to_confirm() -> None:
    site = next(f for f in _run("synthetic_chinese_gastric.txt") if f["field"] == "site")
    assert site["value"] == "stomach" and "confirm" in site["note"]


def test_a_chinese_report_with_lost_mmr_proteins_is_deficient_and_fish_not_amplified() -> None:
    pairs = _pairs(_run("synthetic_chinese_negative.txt"))
    assert {("her2_ihc", "1+"), ("mmr", "deficient"), ("her2_ish_result", "not_amplified")} <= pairs
    assert ("lauren", "intestinal") in pairs and ("site", "stomach") in pairs
    assert ("mmr", "proficient") not in pairs


def test_negated_histology_is_marked_negated() -> None:
    findings = extract_text("F: Proximal gastric margin, excision: No dysplasia or adenocarcinoma.").findings
    assert [(f["value"], f["assertion"]) for f in findings if f["field"] == "histology"] == [
        ("adenocarcinoma", "negated")
    ]


def test_msi_high_and_dmmr_are_read() -> None:
    pairs = _pairs(
        extract_text("MSI status: MSI-H by PCR. Loss of MLH1 and PMS2 expression (dMMR).").findings
    )
    assert ("msi", "msi_high") in pairs and ("mmr", "deficient") in pairs
