"""The text view of `her2nav review CASE` read top to bottom at narrow and wide widths."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from tests.render.textview import CASES, options_section, review_text

ENGLAND = CASES / "e04-second-line-after-trastuzumab-england.case.yaml"
SQUAMOUS = CASES / "e08-squamous-oesophageal.case.yaml"


def test_the_headline_comes_first_and_the_home_region_is_named() -> None:
    out = review_text(ENGLAND, 80, "--no-trials").stdout
    assert out.startswith("Choosing line 2 · HER2 positive")
    assert "home region GB" in out


def test_below_100_columns_each_option_is_a_block_with_the_home_region_first_and_marked() -> None:
    section = options_section(review_text(ENGLAND, 80, "--no-trials").stdout)
    assert "┃" not in section  # no table
    lines = section.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("1. Trastuzumab deruxtecan (T-DXd)"))
    assert lines[first + 1].split()[:4] == ["GB", "(home)", "£", "not"]
    labels = [line.split()[0] for line in lines[first + 1 :] if line.startswith("   ") and line[3] != " "]
    assert labels[:5] == ["GB", "US", "EU", "CN", "JP"]  # the home note may wrap over several lines


def test_at_200_columns_the_options_are_a_table_with_the_home_column_first() -> None:
    section = options_section(review_text(ENGLAND, 200, "--no-trials").stdout)
    header = next(line for line in section.splitlines() if line.startswith("┃"))
    assert [cell.strip() for cell in header.strip("┃").split("┃")] == [
        "#",
        "Option",
        "GB (home)",
        "US",
        "EU",
        "CN",
        "JP",
    ]


def test_other_regions_where_the_patient_can_be_treated_come_after_home(tmp_path: Path) -> None:
    data = yaml.safe_load(ENGLAND.read_text(encoding="utf-8"))
    data["patient"]["treatment_regions"] = ["GB", "JP"]
    case = tmp_path / "travel.case.yaml"
    case.write_text(yaml.safe_dump(data), encoding="utf-8")
    out = review_text(case, 80, "--no-trials").stdout
    assert "home region GB, can also be treated in JP" in out
    lines = options_section(out).splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("1. "))
    rows = [line.split()[0:2] for line in lines[first + 1 :] if re.match(r"^\s+[A-Z]{2}\s", line)]
    assert rows[:2] == [["GB", "(home)"], ["JP", "(travel)"]]


def test_her2_notes_gaps_with_their_actions_and_next_steps_are_printed() -> None:
    squamous = review_text(SQUAMOUS, 80, "--no-trials").stdout
    assert "│ Note       No HER2 result on record; HER2 testing is for adenocarcinoma" in squamous
    england = review_text(ENGLAND, 80, "--no-trials").stdout
    assert "HER2_RETEST_RECOMMENDED  high, blocks the decision" in england
    assert "Do  Discuss a re-biopsy to retest HER2" in england
    assert "What to do next" in england
    assert "best option available at home is" in england


def test_trial_titles_from_the_shipped_registry_wrap_by_words_at_60_columns() -> None:
    data = json.loads(review_text(ENGLAND, 60, "--json").stdout)
    assert data["trials"], "the shipped registry should offer trials for this case"
    out = review_text(ENGLAND, 60).stdout
    title_lines = []
    for line in out.splitlines():
        cells = line.split("│")
        if len(cells) == 5 and cells[2].strip():  # │ trial │ title │ match │
            title_lines.append(cells[2].strip())
    assert title_lines
    shown = " ".join(title_lines)
    for entry in data["trials"][:8]:
        for word in entry["title"].split():
            assert re.search(rf"(^|\s){re.escape(word)}(\s|$)", shown), f"{word!r} was split across lines"
    several = [line for line in title_lines if len(line.split()) >= 2]
    assert len(several) >= 0.8 * len(title_lines), "titles wrap a word per line"
