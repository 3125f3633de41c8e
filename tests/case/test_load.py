from __future__ import annotations

from pathlib import Path

import pytest

from her2nav.case.errors import CaseError
from her2nav.case.load import case_from_bytes, load_case

MINIMAL = b"""
case_id: t1
as_of: 2026-11-23
diagnosis: {site: stomach, histology: adenocarcinoma, setting: metastatic}
"""


def problems(raw: bytes) -> list[str]:
    with pytest.raises(CaseError) as info:
        case_from_bytes(raw, where="case.yaml")
    return [str(p) for p in info.value.problems]


def test_a_minimal_case_loads_with_unknowns_left_empty() -> None:
    case = case_from_bytes(MINIMAL)
    assert case.patient.ecog is None
    assert case.biomarkers == []


def test_an_invalid_ihc_score_names_the_field_path() -> None:
    raw = MINIMAL + b"biomarkers:\n  - {kind: her2_ihc, score: '4+'}\n"
    assert problems(raw) == ["biomarkers[0].score: '4+' is not one of 0, 1+, 2+, 3+"]


def test_an_unknown_key_is_rejected() -> None:
    assert problems(MINIMAL + b"patinet: {}\n") == [
        "patinet: unknown field (check the spelling against the case format)"
    ]


def test_brand_names_resolve_to_agent_ids() -> None:
    raw = MINIMAL + (
        b"treatments:\n  - {line: 1, setting: palliative, agents: [Enhertu], stop_reason: ongoing}\n"
    )
    assert case_from_bytes(raw).treatments[0].agents == ["trastuzumab_deruxtecan"]


def test_an_unknown_agent_is_an_input_error() -> None:
    raw = MINIMAL + b"treatments:\n  - {line: 1, setting: palliative, agents: [unobtainium]}\n"
    assert problems(raw)[0].startswith("treatments[0].agents: unknown agent 'unobtainium'")


def test_a_treatment_cannot_end_before_it_starts() -> None:
    raw = MINIMAL + (
        b"treatments:\n  - {line: 1, setting: palliative, agents: [paclitaxel],"
        b" started_on: 2026-03-01, ended_on: 2026-02-01, stop_reason: progression}\n"
    )
    assert problems(raw) == ["treatments[0].ended_on: 2026-02-01 is before started_on (2026-03-01)"]


def test_a_test_dated_after_as_of_is_rejected() -> None:
    raw = MINIMAL + b"biomarkers:\n  - {kind: mmr, result: proficient, tested_on: 2027-01-01}\n"
    assert problems(raw) == ["biomarkers[0].tested_on: 2027-01-01 is after as_of (2026-11-23)"]


def test_an_ish_ratio_must_be_positive() -> None:
    raw = MINIMAL + b"biomarkers:\n  - {kind: her2_ish, ratio: -1}\n"
    assert problems(raw)[0].startswith("biomarkers[0].ratio: -1 is out of range")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", "case.yaml: the file is empty"),
        (b"\x00\x01\x02", "case.yaml: not a text file (it contains binary data)"),
        (b"case_id: [unclosed", "case.yaml: not valid YAML"),
        (b"- a list", "case.yaml: a case must be a mapping of fields, not list"),
    ],
)
def test_unreadable_files_give_one_clear_line(raw: bytes, expected: str) -> None:
    assert problems(raw)[0].startswith(expected)


def test_a_missing_file_is_reported_not_raised(tmp_path: Path) -> None:
    with pytest.raises(CaseError) as info:
        load_case(tmp_path / "absent.yaml")
    assert "no such file" in str(info.value)


def test_an_impossible_date_names_its_field_instead_of_crashing() -> None:
    raw = MINIMAL.replace(b"as_of: 2026-11-23", b"as_of: 2025-02-30")
    assert problems(raw) == ["as_of: '2025-02-30' is not a real date (day value is outside expected range)"]


def test_every_duplicate_key_is_reported_with_its_line() -> None:
    raw = b"case_id: a\ncase_id: b\ndiagnosis: {site: stomach, setting: metastatic, site: gej}\n"
    assert problems(raw) == [
        "case.yaml: duplicate key 'case_id' at line 2 (first at line 1)",
        "case.yaml: duplicate key 'site' at line 3 (first at line 3)",
    ]


def test_a_duplicate_key_in_json_is_reported() -> None:
    assert problems(b'{"case_id": "a", "case_id": "b"}') == [
        "case.yaml: duplicate key 'case_id' in a JSON object"
    ]


def test_a_yaml_syntax_error_names_the_line() -> None:
    assert problems(b"case_id: a\ndiagnosis: [\n")[0].startswith("case.yaml: not valid YAML at line 3")


def test_dates_still_load_as_dates() -> None:
    assert case_from_bytes(MINIMAL).as_of.isoformat() == "2026-11-23"


def test_a_numbered_line_without_a_setting_is_palliative() -> None:
    case = case_from_bytes(
        MINIMAL + b"treatments:\n  - {line: 1, agents: [capecitabine], stop_reason: ongoing}\n"
    )
    assert case.treatments[0].setting == "palliative"


def test_a_course_with_neither_line_nor_setting_loads_with_its_setting_unknown() -> None:
    case = case_from_bytes(MINIMAL + b"treatments:\n  - {agents: [trastuzumab], ended_on: 2026-01-01}\n")
    assert case.treatments[0].setting is None
    assert not case.treatments[0].is_palliative


def test_the_city_the_patient_lives_in_is_part_of_the_case_format() -> None:
    case = case_from_bytes(MINIMAL + "patient: {region: CN, city: 广州}\n".encode())
    assert case.patient.city == "广州"
