from hypothesis import given
from hypothesis import strategies as st

from her2nav.extract.normalise import normalise


def test_pno_becomes_pn0_and_maps_back_to_the_ocr_text() -> None:
    norm = normalise("AJCC PATHOLOGIC TNM STAGE: pT2 pNO. Note")
    i = norm.text.index("pN0")
    start, end = norm.to_original(i, i + 3)
    assert norm.original[start:end] == "pNO"


def test_letter_l_and_i_in_the_t_category_become_one() -> None:
    assert "pT1a" in normalise("invades mucosa (pTla).").text
    assert "pT1c" in normalise("T STAGE, PATHOLOGIC: pTic. N").text


def test_compact_tnm_with_letter_o_in_the_n_category_is_repaired() -> None:
    assert "pT2b N0 MX" in normalise("Pathologic Stage: pT2b NO MX.").text
    assert "NO MALIGNANCY" in normalise("pT2. NO MALIGNANCY IDENTIFIED").text


def test_a_split_ihc_score_is_joined_but_a_sum_of_scores_is_not() -> None:
    assert "HER2 3+" in normalise("HER2 3 + (positive)").text
    assert "(3 + 3 + 2" in normalise("NHG3 (3 + 3 + 2: 15 mitoses)").text


def test_full_width_characters_fold_to_ascii_and_map_back() -> None:
    original = "CPS＝５；Claudin18.2 阳性率：７０％"
    norm = normalise(original)
    assert "CPS=5;" in norm.text and "70%" in norm.text
    i = norm.text.index("70%")
    start, end = norm.to_original(i, i + 3)
    assert original[start:end] == "７０％"


@given(st.text(alphabet=st.sampled_from(list("pTNMOolI0123 +ＡＢ１＋™ﬁ,.a")), max_size=40))
def test_every_normalised_span_maps_to_an_ordered_range_of_the_original(text: str) -> None:
    norm = normalise(text)
    assert len(norm.starts) == len(norm.text) == len(norm.ends)
    for i in range(len(norm.text)):
        for j in range(i + 1, len(norm.text) + 1):
            start, end = norm.to_original(i, j)
            assert 0 <= start < end <= len(text)


def test_a_bare_tnm_string_with_letter_o_is_repaired_but_words_are_not() -> None:
    assert "T4b, N0, MX" in normalise("Pathologic Staging (pTNM): T4b, NO, MX.").text
    assert "pT2 NO MALIGNANCY" in normalise("pT2 NO MALIGNANCY").text
