"""Eligibility texts copied from trial portals lose line breaks (issue 15, seventh session: the blind
set tests/trials/heldout6, reviewer TH, whose records came from such copies). The sentences are
written for these tests."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import split_criteria


def _texts(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in split_criteria(text)]


def test_a_numbered_list_on_one_line_is_split_into_its_sections_and_items() -> None:
    text = (
        "Inclusion Criteria: 1. Signed consent. 2. Age 18 years or older. 3. untreated gastric "
        "adenocarcinoma. Exclusion Criteria: 1. Active hepatitis B. 2. Pregnancy."
    )
    assert _texts(text) == [
        ("inclusion", "Signed consent."),
        ("inclusion", "Age 18 years or older."),
        ("inclusion", "untreated gastric adenocarcinoma."),
        ("exclusion", "Active hepatitis B."),
        ("exclusion", "Pregnancy."),
    ]


def test_a_starred_list_on_one_line_is_split_at_each_star() -> None:
    text = "Inclusion Criteria: * Age 20-75 years * ECOG 0 - 1 Exclusion Criteria: * Prior anti-PD-1 therapy"
    assert _texts(text) == [
        ("inclusion", "Age 20-75 years"),
        ("inclusion", "ECOG 0 - 1"),
        ("exclusion", "Prior anti-PD-1 therapy"),
    ]


def test_a_number_inside_an_item_does_not_start_a_new_item() -> None:
    text = "Inclusion Criteria: 1. Neutrophils at least 1.5 x 10^9/L and 2. platelets normal. 2. Age over 18."
    kinds_texts = _texts(text)
    assert len(kinds_texts) == 2
    assert kinds_texts[0][1].startswith("Neutrophils at least 1.5")


def test_paragraphs_without_bullets_are_items_of_their_own() -> None:
    text = (
        "Inclusion Criteria:\n\nMen and women of child-bearing potential must use contraception.\n\n"
        "At least 28 days since prior chemotherapy and 42 days since\nprior immunotherapy.\n\n"
        "At least one measurable lesion."
    )
    assert [t for _, t in _texts(text)] == [
        "Men and women of child-bearing potential must use contraception.",
        "At least 28 days since prior chemotherapy and 42 days since prior immunotherapy.",
        "At least one measurable lesion.",
    ]


def test_a_paragraph_after_a_bulleted_item_still_continues_it() -> None:
    text = "Inclusion Criteria:\n\n* Adequate organ function.\n\nLaboratory values within 14 days of dosing."
    assert [t for _, t in _texts(text)] == [
        "Adequate organ function. Laboratory values within 14 days of dosing."
    ]


def test_a_topic_heading_between_items_is_not_part_of_the_item_above() -> None:
    text = (
        "Exclusion Criteria:\n\n* Active infection.\n\nPrior/Concomitant Therapy\n\n"
        "* Live vaccine within 30 days."
    )
    assert [t for _, t in _texts(text)] == ["Active infection.", "Live vaccine within 30 days."]


def test_numbered_options_after_a_lead_in_joined_by_or_are_one_criterion() -> None:
    text = (
        "Inclusion Criteria:\n\nAge 18 or over.\n\nHER2-positive tumours confirmed by IHC and:\n\n"
        "1. IHC 3+ or\n\n"
        "2. IHC 2+ and FISH positive.\n\nAdequate organ function."
    )
    found = [t for _, t in _texts(text)]
    assert found[1] == "HER2-positive tumours confirmed by IHC and: IHC 3+ or; IHC 2+ and FISH positive."


def test_a_short_sentence_after_a_paragraph_is_an_item_not_a_heading() -> None:
    text = (
        "Inclusion Criteria:\n\nSigned consent.\n\nAt least 28 days since prior chemotherapy\n\nAge over 18."
    )
    found = [t for _, t in _texts(text)]
    assert found[0] == "Signed consent."
    assert found[1].startswith("At least 28 days since prior chemotherapy")


def test_a_section_copied_without_any_list_marks_is_split_where_an_item_opens() -> None:
    text = (
        "Inclusion Criteria: Signed written informed consent Male or female aged 18 years or older; "
        "Patients in reproductive age must use adequate contraception during the study. Histologically "
        "proven gastric adenocarcinoma including the junction Metastatic or locally advanced disease, not "
        "amenable to curative resection Phase II only: progression after a first-line doublet. Patients "
        "must also have had a taxane. Exclusion Criteria: Known active hepatitis B infection requiring "
        "antiviral drugs during the study period"
    )
    assert _texts(text) == [
        ("inclusion", "Signed written informed consent"),
        ("inclusion", "Male or female aged 18 years or older;"),
        ("inclusion", "Patients in reproductive age must use adequate contraception during the study."),
        ("inclusion", "Histologically proven gastric adenocarcinoma including the junction"),
        ("inclusion", "Metastatic or locally advanced disease, not amenable to curative resection"),
        (
            "inclusion",
            "Phase II only: progression after a first-line doublet. Patients must also have had a taxane.",
        ),
        (
            "exclusion",
            "Known active hepatitis B infection requiring antiviral drugs during the study period",
        ),
    ]


def test_bullets_under_a_lead_in_they_must_all_meet_are_criteria_of_their_own() -> None:
    text = (
        "Eligibility Notes\n"
        "  • Primary adenocarcinoma of the esophagus meeting the following criteria:\n"
        "    • Involvement of the distal esophagus or esophagogastric junction\n"
        "      • Involvement of the stomach up to 5 cm allowed\n"
        "    • No metastatic disease\n"
        "  • HER2-overexpressing adenocarcinoma\n"
    )
    assert [t for _, t in _texts(text)][1:] == [
        "Primary adenocarcinoma of the esophagus meeting the following criteria:",
        "Involvement of the distal esophagus or esophagogastric junction",
        "Involvement of the stomach up to 5 cm allowed",
        "No metastatic disease",
        "HER2-overexpressing adenocarcinoma",
    ]
