"""Clinical cut-offs live in kb.yaml with their sources: editing the file changes what the code does."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from her2nav.biomarkers.her2_specimens import pair_ish
from her2nav.case.history import severe_toxicity_on, stopped_for_pneumonitis
from her2nav.case.models import Her2Ihc, Her2Ish
from her2nav.knowledge.check import run_check
from her2nav.knowledge.load import DATA_DIR, knowledge_base
from her2nav.trials.matching.evaluate import cldn18_2
from her2nav.trials.matching.patient import facts_for
from tests.biomarkers.cases import course, ihc, ish, make_case

EditThreshold = Callable[[str, str, str], None]


@pytest.fixture
def edit_threshold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[EditThreshold]:
    """Install a copy of the knowledge base whose threshold ``name`` has ``new`` instead of ``old``."""
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)

    def edit(name: str, old: str, new: str) -> None:
        path = folder / "kb.yaml"
        text = path.read_text(encoding="utf-8")
        before = f"  {name}:\n    value: {old}\n"
        assert before in text, f"{name} is not {old} in kb.yaml"
        path.write_text(text.replace(before, f"  {name}:\n    value: {new}\n"), encoding="utf-8")
        monkeypatch.setattr("her2nav.knowledge.load.DATA_DIR", folder)
        knowledge_base.cache_clear()

    yield edit
    knowledge_base.cache_clear()


def test_every_clinical_threshold_the_code_reads_has_its_value_and_source_in_the_knowledge_base() -> None:
    thresholds = knowledge_base().thresholds
    assert thresholds.her2_ish_amplified_ratio.value == 2.0
    assert thresholds.her2_ish_amplified_ratio.sources == ("S7",)
    assert thresholds.her2_ihc_ish_pairing_days.value == 60
    assert thresholds.pneumonitis_stop_grade.value == 2
    assert thresholds.pneumonitis_stop_grade.sources == ("S45",)
    assert thresholds.severe_toxicity_grade.value == 3


def test_the_ish_amplification_ratio_is_read_from_the_knowledge_base(edit_threshold: EditThreshold) -> None:
    marker = Her2Ish.model_validate(ish("2025-02-21", ratio=2.2))
    assert marker.amplified is True
    edit_threshold("her2_ish_amplified_ratio", "2.0", "2.5")
    assert marker.amplified is False


def test_the_ihc_ish_pairing_window_is_read_from_the_knowledge_base(edit_threshold: EditThreshold) -> None:
    first = Her2Ihc.model_validate(ihc("2+", "2025-01-01"))
    later = Her2Ish.model_validate(ish("2025-02-15", ratio=2.5))
    assert pair_ish(later, [first]) is first
    edit_threshold("her2_ihc_ish_pairing_days", "60", "30")
    assert pair_ish(later, [first]) is None


def test_the_pneumonitis_grade_that_stops_an_agent_is_read_from_the_knowledge_base(
    edit_threshold: EditThreshold,
) -> None:
    tdxd = course(2, ["T-DXd"], "2025-11-10", "2026-01-20", "toxicity") | {
        "toxicities": [{"event": "pneumonitis", "grade": 2}]
    }
    case = make_case(treatments=[tdxd])
    assert len(stopped_for_pneumonitis(case, "trastuzumab_deruxtecan")) == 1
    edit_threshold("pneumonitis_stop_grade", "2", "3")
    assert stopped_for_pneumonitis(case, "trastuzumab_deruxtecan") == []


def test_the_severe_toxicity_grade_is_read_from_the_knowledge_base(edit_threshold: EditThreshold) -> None:
    tdxd = course(2, ["T-DXd"], "2025-11-10", "2026-01-20", "progression") | {
        "toxicities": [{"event": "neutropenia", "grade": 3}]
    }
    case = make_case(treatments=[tdxd])
    assert len(severe_toxicity_on(case, "trastuzumab_deruxtecan")) == 1
    edit_threshold("severe_toxicity_grade", "3", "4")
    assert severe_toxicity_on(case, "trastuzumab_deruxtecan") == []


def test_a_trial_without_a_cldn18_2_cut_off_is_judged_by_the_knowledge_base_one(
    edit_threshold: EditThreshold,
) -> None:
    facts = facts_for(make_case([{"kind": "cldn18_2", "percent_positive": 78, "tested_on": "2025-01-05"}]))
    met = cldn18_2({"type": "cldn18_2"}, facts, "inclusion")
    assert met.value is True
    assert met.reason.endswith("(meets the common ≥75% cut-off)")
    edit_threshold("cldn18_2_positive_percent", "75", "80")
    assert cldn18_2({"type": "cldn18_2"}, facts, "inclusion").value is None


def test_a_threshold_citing_an_unknown_source_fails_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    path = folder / "kb.yaml"
    text = path.read_text(encoding="utf-8")
    old = "    sources: [S45]\n  severe_toxicity_grade:"
    assert old in text
    path.write_text(text.replace(old, "    sources: [S999]\n  severe_toxicity_grade:"), encoding="utf-8")
    assert run_check(folder) == 1
    assert "thresholds.pneumonitis_stop_grade: unknown source 'S999'" in capsys.readouterr().err
