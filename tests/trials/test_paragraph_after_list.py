"""A paragraph at the margin after a sub-bullet list is a criterion of its own: glued to the list it
was judged with the list (held-out review TC: a requirement to be refractory to standard treatment
read as met for an untreated patient, because only the tumour list was judged)."""

from __future__ import annotations

from her2nav.trials.criteria.eligibility import split_criteria

TEXT = """Part B: Combination Inclusion Criteria

1. Participants must be able to receive the partner drug.
2. Confirmed diagnosis of one of the cancers listed below:

   * urothelial cancer
   * gastro-oesophageal adenocarcinoma
   * any tumour known to be MSI-high

Disease must have progressed on or be intolerant of current standard treatment.
"""


def test_a_sentence_after_a_closed_sub_bullet_list_is_a_criterion_of_its_own() -> None:
    texts = [c.text for c in split_criteria(TEXT)]
    assert texts[-1] == "Disease must have progressed on or be intolerant of current standard treatment."
    assert texts[-2].endswith("any tumour known to be MSI-high")


def test_a_continuation_line_without_a_blank_line_still_belongs_to_its_bullet() -> None:
    text = "Inclusion Criteria:\n\n* Adequate organ function\nas defined by the protocol\n"
    assert [c.text for c in split_criteria(text)] == ["Adequate organ function as defined by the protocol"]


def test_a_paragraph_after_a_blank_line_without_a_list_above_it_stays_a_continuation() -> None:
    text = (
        "Inclusion Criteria:\n\n* Measurable disease per RECIST 1.1\n\n"
        "Lesions in an irradiated field count only if growing.\n"
    )
    assert len(split_criteria(text)) == 1
