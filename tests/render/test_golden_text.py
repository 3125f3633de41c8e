"""Golden text views: `her2nav review CASE --no-trials` for every contract example at 60, 80 and 120
columns must print exactly tests/render/golden/<case>.<width>.txt (trailing spaces stripped).

The goldens are meant to be read: after an intended change of the text view (or of knowledge-base
wording), regenerate them and read the diff before committing:

    HER2NAV_UPDATE_GOLDEN=1 .venv/bin/pytest -q tests/render/test_golden_text.py

Determinism: every case fixes `as_of`, trials are left out (--no-trials; the trial view is tested
against the shipped registry in test_text_view.py), colour is off and the width is set explicitly.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tests.render.textview import (
    GOLDEN,
    GOLDEN_WIDTHS,
    case_name,
    example_cases,
    options_section,
    review_text,
    strip_line_ends,
)

UPDATE = os.environ.get("HER2NAV_UPDATE_GOLDEN") == "1"
ALL_WIDTHS = (60, 80, 100, 119, 120, 200)


def golden_path(case: Path, width: int) -> Path:
    return GOLDEN / f"{case_name(case)}.{width}.txt"


@pytest.mark.parametrize("width", GOLDEN_WIDTHS)
@pytest.mark.parametrize("case", example_cases(), ids=case_name)
def test_the_text_view_of_each_example_matches_its_golden_file(case: Path, width: int) -> None:
    run = review_text(case, width, "--no-trials")
    shown = strip_line_ends(run.stdout + run.stderr)
    path = golden_path(case, width)
    if UPDATE:
        path.write_text(shown, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run with HER2NAV_UPDATE_GOLDEN=1 and read it"
    assert shown == path.read_text(encoding="utf-8")


def test_every_example_has_a_golden_file_at_every_width_and_no_stale_ones() -> None:
    expected = {golden_path(c, w).name for c in example_cases() for w in GOLDEN_WIDTHS}
    assert {p.name for p in GOLDEN.glob("*.txt")} == expected


def test_no_golden_line_is_wider_than_its_terminal() -> None:
    for case in example_cases():
        for width in GOLDEN_WIDTHS:
            for line in golden_path(case, width).read_text(encoding="utf-8").splitlines():
                assert len(line) <= width, f"{case_name(case)} at {width}: {line!r}"


@pytest.mark.parametrize("width", ALL_WIDTHS)
def test_no_option_name_is_cut_short_of_its_full_first_word_at_any_width(width: int) -> None:
    for case in example_cases():
        json_run = review_text(case, width, "--no-trials", "--json")
        if json_run.exit_code != 0:
            continue  # the invalid example has no options
        options = json.loads(json_run.stdout)["options"]
        section = options_section(review_text(case, width, "--no-trials").stdout)
        assert "…" not in section, f"{case_name(case)} at {width}: a cell was cut short"
        for option in options:
            first = option["name"].split()[0]
            pattern = rf"(^|[\s│]){re.escape(first)}($|[\s│])"
            assert re.search(pattern, section, re.MULTILINE), f"{first!r} cut in {case_name(case)} at {width}"
