"""kb check holds every Chinese text to its English one (same placeholders, same sources) and counts
the texts still without Chinese and the team translations awaiting a clinician's review."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from her2nav.knowledge.check import run_check
from her2nav.knowledge.load import DATA_DIR


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    return folder


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def zh_line(path: Path, key: str) -> str:
    """The ``zh:`` line of one template of her2_notes.yaml / review_texts.yaml."""
    text = path.read_text(encoding="utf-8")
    found = re.search(rf"^  {key}:.*\n(?:    .*\n|      .*\n)*?(    zh: .*)\n", text, re.MULTILINE)
    assert found is not None, key
    return found.group(1)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "≥ {ratio:.1f}",
            "≥ {ratio}",
            "her2_notes[ish_required]: the Chinese text has placeholders {action}, {ratio}, {reading}, the "
            "English {action}, {ratio:.1f}, {reading} (they must be the same)",
        ),
        (
            "{reading}：{action}",
            "{specimen}：{action}",
            "her2_notes[ish_required]: the Chinese text has placeholders {action}, {ratio:.1f}, {specimen}",
        ),
        (
            "{reading}：{action}",
            "{reading：{action}",
            "her2_notes.ish_required: Value error, unexpected '{'",
        ),
        ("S5、S7", "S5、S8", "her2_notes[ish_required]: the Chinese text cites S5, S8, the English S5, S7"),
    ],
)
def test_a_chinese_template_that_differs_from_the_english_one_fails_the_check(
    data: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, expected: str
) -> None:
    path = data / "her2_notes.yaml"
    line = zh_line(path, "ish_required")
    edit(path, line, line.replace(old, new))
    assert run_check(data) == 1
    assert expected in capsys.readouterr().err


def test_an_engine_text_whose_chinese_drops_a_placeholder_fails_the_check(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = data / "review_texts.yaml"
    line = zh_line(path, "set_aside_progressed")
    edit(path, line, line.replace("（{where}）", ""))
    assert run_check(data) == 1
    err = capsys.readouterr().err
    assert "review_texts[set_aside_progressed]: the Chinese text has placeholders {agent}, the English" in err


def test_a_chinese_text_without_its_status_fails_the_check(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = data / "options.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: taxane\n")
    status = text.index("    zh_status: team_translation\n", start)
    path.write_text(
        text[:status] + text[status + len("    zh_status: team_translation\n") :], encoding="utf-8"
    )
    assert run_check(data) == 1
    assert "options[taxane].rationale: a Chinese text needs zh_status" in capsys.readouterr().err


def test_kb_check_counts_the_chinese_texts_and_names_those_without(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_check(data) == 0
    before = re.search(r"chinese texts: (\d+) of (\d+) have zh \((\d+) team", capsys.readouterr().out)
    assert before is not None
    with_zh, total, team = map(int, before.groups())
    assert with_zh == total == team  # every text translated by the team, none reviewed yet

    path = data / "her2_notes.yaml"
    line = zh_line(path, "ish_action_reflex")
    edit(path, line + "\n    zh_status: team_translation\n", "\n")
    assert run_check(data) == 0
    out = capsys.readouterr().out
    assert f"chinese texts: {total - 1} of {total} have zh ({team - 1} team translation(s) awaiting" in out
    assert "1 without zh: her2_notes[ish_action_reflex]" in out


def test_a_status_without_a_chinese_text_fails_the_check(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = data / "review_texts.yaml"
    line = zh_line(path, "rank_demoted")
    edit(path, line + "\n", "")
    assert run_check(data) == 1
    assert (
        "review_texts[rank_demoted]: zh_status is set but there is no Chinese text" in capsys.readouterr().err
    )
