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
from her2nav.trials.registry import study
from tests.biomarkers.cases import course, ihc, ish, make_case

EditThreshold = Callable[[str, str, str], None]


@pytest.fixture
def kb_copy_with(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str, str], None]]:
    """Install a copy of the knowledge base with ``old`` replaced by ``new`` in kb.yaml."""
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)

    def edit(old: str, new: str) -> None:
        path = folder / "kb.yaml"
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in kb.yaml"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
        monkeypatch.setattr("her2nav.knowledge.load.DATA_DIR", folder)
        _clear_caches()

    yield edit
    _clear_caches()


def _clear_caches() -> None:
    knowledge_base.cache_clear()
    study._her2_terms.cache_clear()


@pytest.fixture
def edit_threshold(kb_copy_with: Callable[[str, str], None]) -> EditThreshold:
    """Install a copy of the knowledge base whose threshold ``name`` has ``new`` instead of ``old``."""

    def edit(name: str, old: str, new: str) -> None:
        kb_copy_with(f"  {name}:\n    value: {old}\n", f"  {name}:\n    value: {new}\n")

    return edit


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


def test_a_solid_tumour_study_is_about_her2_when_it_names_a_word_of_the_knowledge_base() -> None:
    assert study.relevance_of("Zanidatamab in HER2-expressing solid tumours") == "her2_pan_tumour"
    assert study.relevance_of("DISITAMAB vedotin for advanced cancers") == "her2_pan_tumour"
    assert study.relevance_of("Pembrolizumab in solid tumours") == "pan_tumour"  # not about HER2
    # the list is the knowledge base's, not every HER2-directed agent of agents.yaml
    assert study.relevance_of("Pertuzumab in solid tumours") == "pan_tumour"


def test_adding_a_word_to_the_her2_study_terms_makes_its_studies_relevant(
    kb_copy_with: Callable[[str, str], None],
) -> None:
    kb_copy_with(
        "agents: [trastuzumab, deruxtecan, zanidatamab, disitamab]", "agents: [disitamab, pertuzumab]"
    )
    assert study.relevance_of("Pertuzumab in solid tumours") == "her2_pan_tumour"
    assert study.relevance_of("Zanidatamab in solid tumours") == "pan_tumour"


def test_a_her2_study_word_that_names_no_her2_directed_agent_fails_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    path = folder / "kb.yaml"
    old = "agents: [trastuzumab, deruxtecan, zanidatamab, disitamab]"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, "agents: [trastuzumab, nivolumab]"), encoding="utf-8")
    assert run_check(folder) == 1
    assert "her2_study_terms.agents: 'nivolumab' is not part of any HER2-directed agent's name" in (
        capsys.readouterr().err
    )
