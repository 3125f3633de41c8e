from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from her2nav.knowledge.check import run_check
from her2nav.knowledge.load import DATA_DIR, knowledge_base, load_from


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    return folder


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_installed_knowledge_base_passes_the_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_check() == 0
    assert "OK" in capsys.readouterr().out


def test_an_unchanged_copy_passes_so_the_breakage_tests_below_mean_something(kb_copy: Path) -> None:
    assert run_check(kb_copy) == 0


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        ("options.yaml", "evidence: [KEYNOTE-811]", "evidence: [KEYNOTE-999]", "unknown trial 'KEYNOTE-999'"),
        (
            "options.yaml",
            "components: [pembrolizumab, trastuzumab",
            "components: [pembrolizumabb, trastuzumab",
            "unknown agent or slot 'pembrolizumabb'",
        ),
        ("trials.yaml", "sources: [S41]", "sources: [S999]", "unknown source 'S999'"),
        ("trials.yaml", "- id: INTEGA", "- id: CheckMate-811", "rejected trial name"),
        ("access.yaml", "{date: 2026-01-22,", "{date: 2024-01-22,", "earlier than the event before it"),
        ("access.yaml", "{date: 2026-08-25,", "{date: 2027-08-25,", "after the newest source checked"),
        (
            "access.yaml",
            "{date: 2023-08-31, date_precision: month",
            "{date: 2023-08-15, date_precision: month",
            "month precision",
        ),
        ("exclusions.yaml", "trials: [GATSBY]", "trials: []", "exclusions"),
        ("exclusions.yaml", "- group: vegfr2", "- group: vegfr9", "unknown agent or group 'vegfr9'"),
        ("kb.yaml", "demote_agents: [pd1]", "demote_agents: [pd9]", "demote_agents: unknown agent or group"),
        (
            "kb.yaml",
            "options: [nivolumab_chemo, pembrolizumab_chemo",
            "options: [nivolumab_chemox, pembrolizumab_chemo",
            "unknown option 'nivolumab_chemox'",
        ),
        ("exclusions.yaml", "trials: [RAINBOW, REGARD]", "trials: [RAINBOWS]", "unknown trial 'RAINBOWS'"),
        (
            "access.yaml",
            'sources: [S67],\n         note: "FDA: HER2-negative',
            'sources: [],\n         note: "FDA: HER2-negative',
            "no source given",
        ),
    ],
)
def test_a_broken_copy_fails_the_check_loudly(
    kb_copy: Path, capsys: pytest.CaptureFixture[str], file: str, old: str, new: str, expected: str
) -> None:
    replace_in(kb_copy / file, old, new)
    assert run_check(kb_copy) == 1
    err = capsys.readouterr().err
    assert expected in err
    assert "FAILED" in err


def test_a_missing_region_fails_the_check(kb_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    replace_in(
        kb_copy / "access.yaml",
        '    JP:\n      - {date: null, status: unknown, sources: [M], note: "No Japanese approval',
        '    XX_JP:\n      - {date: null, status: unknown, sources: [M], note: "No Japanese approval',
    )
    assert run_check(kb_copy) == 1


def test_unparseable_yaml_fails_the_check(kb_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (kb_copy / "options.yaml").write_text("options: [unclosed", encoding="utf-8")
    assert run_check(kb_copy) == 1
    assert "KB ERROR" in capsys.readouterr().err


def test_thresholds_live_in_the_knowledge_base() -> None:
    kb = knowledge_base()
    assert kb.thresholds.lvef_min_percent.value == 50
    assert kb.thresholds.cldn18_2_positive_percent.value == 75
    assert kb.options["pembrolizumab_trastuzumab_chemo"].requires.pdl1_cps_min == 1


def test_destiny_gastric01_is_third_line_and_destiny_gastric04_second_line() -> None:
    kb = knowledge_base()
    assert kb.trials["DESTINY-Gastric01"].line.min == 3
    assert (kb.trials["DESTINY-Gastric04"].line.min, kb.trials["DESTINY-Gastric04"].phase) == (2, "3")


def test_checkmate_811_is_a_rejected_name_not_a_trial() -> None:
    kb = knowledge_base()
    assert "CheckMate-811" not in kb.trials
    assert any(r.name == "CheckMate-811" for r in kb.names_rejected)


def test_facts_from_the_unverified_source_are_marked_unverified() -> None:
    kb = knowledge_base()
    assert load_from(DATA_DIR).sources["M"].unverified
    cn = kb.access["trifluridine_tipiracil"]["CN"][0]
    assert not cn.verified
    assert kb.access["trifluridine_tipiracil"]["US"][0].verified


def test_the_kb_check_command_exits_1_on_a_broken_knowledge_base(
    kb_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from her2nav.cli import app

    replace_in(kb_copy / "options.yaml", "evidence: [KEYNOTE-811]", "evidence: [KEYNOTE-999]")
    monkeypatch.setattr("her2nav.knowledge.load.DATA_DIR", kb_copy)
    result = CliRunner().invoke(app, ["kb", "check"])
    assert result.exit_code == 1
    assert "KEYNOTE-999" in result.stderr
    monkeypatch.undo()
    assert CliRunner().invoke(app, ["kb", "check"]).exit_code == 0


def test_kb_check_lists_each_unverified_access_fact_once_with_why() -> None:
    import re

    from typer.testing import CliRunner

    from her2nav.cli import app

    result = CliRunner().invoke(app, ["kb", "check"])
    assert result.exit_code == 0, result.stderr
    counted = re.search(r"\((\d+) access facts unverified, in (\d+) events\)", result.stdout)
    assert counted is not None
    listed = [line for line in result.stdout.splitlines() if line.startswith("  unverified: ")]
    assert len(listed) == int(counted[1]) <= int(counted[2])
    assert all(not line.endswith(": no note") for line in listed)
    # one fact shared by two options through a YAML anchor is one line naming both
    assert any("zanidatamab_chemo, zanidatamab_tislelizumab_chemo" in line for line in listed)
