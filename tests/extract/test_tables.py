"""Result tables: bar-bordered, space-aligned and colon-aligned columns, and rows whose spacing OCR
collapsed, are read cell by cell: the percentage column, not a cut-off; MMR loss row by row."""

from __future__ import annotations

from typing import Any

from her2nav.extract.run import extract_text


def _present(text: str, field: str) -> set[Any]:
    found = extract_text(text).findings
    return {f["value"] for f in found if f["field"] == field and f["assertion"] == "present"}


BAR_TABLE = """BIOMARKERS (block B2)
| Marker   | Clone   | Intensity | % TC | Result               |
|----------|---------|-----------|------|----------------------|
| CLDN18.2 | 43-14A  | strong    | 65   | negative (>=75% cut) |
| MLH1     | ES05    | absent    | 0    | lost                 |
| PMS2     | EP51    | absent    | 0    | lost                 |
| MSH2     | FE11    | strong    | 90   | retained             |
| MSH6     | EP49    | strong    | 85   | retained             |
"""


def test_the_percentage_column_of_a_claudin_row_is_its_value_not_the_cut_off() -> None:
    assert _present(BAR_TABLE, "cldn18_2") == {65.0}


def test_lost_mmr_proteins_in_table_rows_are_deficient_and_retained_ones_are_not_proficient() -> None:
    assert _present(BAR_TABLE, "mmr") == {"deficient"}


def test_a_space_aligned_table_with_all_four_proteins_retained_is_proficient() -> None:
    text = (
        "Marker    Clone      Staining     Percent\n"
        "MLH1      ES05       retained     90\n"
        "PMS2      EP51       retained     85\n"
        "MSH2      FE11       retained     95\n"
        "MSH6      EP49       retained     90\n"
        "Claudin18  43-14A    moderate     80\n"
    )
    assert _present(text, "mmr") == {"proficient"}
    assert _present(text, "cldn18_2") == {80.0}


def test_a_row_whose_cells_ocr_merged_still_gives_its_first_bare_number() -> None:
    text = (
        "| Marker | Clone | Intensity | % TC | Result |\n\n"
        "| CLDN18 | 43-14A | moderate-strong 70 | positive (>=75%\n2+/3+) |\n"
    )
    assert _present(text, "cldn18_2") == {70.0}


def test_colon_aligned_results_are_read() -> None:
    text = "HER2 (4B5):              2+ (equivocal)\nClaudin 18.2 (43-14A):   55% moderate to strong\n"
    assert _present(text, "her2_ihc") == {"2+"}
    assert _present(text, "cldn18_2") == {55.0}


def test_a_header_line_with_wide_spacing_is_no_table_row() -> None:
    text = "Accession: A1        Received: 01/02/2025        Reported: 03/02/2025\nMSH6 was not assessed.\n"
    assert _present(text, "mmr") == set()
