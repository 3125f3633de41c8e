"""``run.extract_bytes``: bytes + content type in, plain serialisable data out (for the records service)."""

from __future__ import annotations

import json

import pytest

from her2nav.extract.run import UnreadableInput, extract_bytes, extract_text


def test_the_result_is_plain_json_serialisable_data() -> None:
    result = extract_bytes(
        b"HER2 (4B5): 2+ equivocal. HER2 FISH: not amplified, ratio 1.3.", "text/plain", "r.txt"
    )
    data = json.loads(json.dumps(result.to_dict()))
    assert data["source"] == "r.txt" and data["ocr"] is False
    assert {(f["field"], f["value"]) for f in data["findings"]} >= {
        ("her2_ihc", "2+"),
        ("her2_ish_result", "not_amplified"),
        ("her2_ish_ratio", 1.3),
    }


def test_gb18030_text_is_decoded() -> None:
    result = extract_bytes("免疫组化：HER2（2+）。".encode("gb18030"), None, "zh.txt")
    assert [(f["field"], f["value"]) for f in result.findings] == [("her2_ihc", "2+")]


def test_pages_of_a_text_file_split_on_form_feeds() -> None:
    result = extract_text("Page one.\fHER2: 3+ (positive).")
    assert result.pages == 2
    assert [(f["value"], f["page"]) for f in result.findings if f["field"] == "her2_ihc"] == [("3+", 2)]


def test_an_ish_test_not_ordered_is_a_negated_finding_without_a_value() -> None:
    findings = extract_text("NOTE: FISH analysis for HER2 gene amplification has not been ordered.").findings
    assert [(f["field"], f["value"], f["assertion"]) for f in findings] == [
        ("her2_ish_result", None, "negated")
    ]


def test_cassette_labels_are_not_tumour_grades() -> None:
    findings = extract_text("Block summary: G1 - three lymph node candidates. Tumour grade: G2.").findings
    assert [f["value"] for f in findings if f["field"] == "grade"] == ["G2"]


def test_an_empty_input_is_unreadable_with_a_reason() -> None:
    with pytest.raises(UnreadableInput, match="empty"):
        extract_bytes(b"", None)


def test_a_clock_time_is_not_a_metastasis_category() -> None:
    findings = extract_text("Received at 2:30 PM 1 container. Stage pT3 pN1.").findings
    assert sorted(f["field"] for f in findings) == ["pN", "pT"]


def test_yp_categories_after_neoadjuvant_therapy_keep_their_prefix() -> None:
    pairs = {(f["field"], f["value"]) for f in extract_text("Post-therapy stage: ypT2 ypN1a.").findings}
    assert {("pT", "ypT2"), ("pN", "ypN1a")} <= pairs


def test_a_scoring_key_gives_no_score_but_a_result_after_it_does() -> None:
    key = extract_text("Interpretation guide: HER2 0 and 1+ are negative, 2+ equivocal and 3+ positive.")
    assert key.findings == []
    after = extract_text("HER2 score: 0/1+ negative; 2+ equivocal; 3+ positive. Result: HER2 2+.").findings
    assert [(f["field"], f["value"]) for f in after] == [("her2_ihc", "2+")]


def test_a_heterogeneous_result_with_percentages_is_not_mistaken_for_a_key() -> None:
    findings = extract_text("HER2: 3+ (heterogeneous: 3+ in 40%, 2+ in 30%, 1+ in 30% of cells).").findings
    assert [f["value"] for f in findings if f["field"] == "her2_ihc"] == ["3+"]


def test_a_bare_zero_after_the_colon_is_score_0_and_not_performed_is_negated() -> None:
    assert [f["value"] for f in extract_text("HER2/neu (SP3): 0, negative.").findings] == ["0"]
    findings = extract_text("HER2 testing was not performed.").findings
    assert [(f["field"], f["value"], f["assertion"]) for f in findings] == [("her2_ihc", None, "negated")]


def test_some_mmr_proteins_retained_beside_a_loss_is_not_proficient() -> None:
    findings = extract_text(
        "MMR immunohistochemistry: loss of MLH1 and PMS2; MSH2 and MSH6 retained."
    ).findings
    assert {f["value"] for f in findings if f["field"] == "mmr"} == {"deficient"}


def test_grades_in_roman_numerals_words_and_g_codes_read_the_same() -> None:
    text = "Nottingham grade III (of III). Histologic grade: G2. Poorly differentiated. FNA of node."
    findings = extract_text(text).findings
    assert [f["value"] for f in findings if f["field"] == "grade"] == ["G3", "G2"]  # repeats said once
    assert [f["value"] for f in findings if f["field"] == "specimen_type"] == ["cytology"]
