"""The HER2 assessment's texts come from knowledge/data/her2_notes.yaml, every one of them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from her2nav.biomarkers import her2_notes as notes
from her2nav.biomarkers.her2_specimens import Reading, Status
from her2nav.biomarkers.her2_timeline import Her2Timeline
from her2nav.case.models import Her2Ctdna, Her2Ihc, Her2Ish
from her2nav.knowledge.load import DATA_DIR, knowledge_base
from tests.biomarkers.cases import TRASTUZUMAB_PROGRESSED, ihc, ish, make_case

AMPLIFIED_CTDNA = Her2Ctdna.model_validate({"kind": "her2_ctdna", "result": "amplified", "tested_on": None})
CLEAR_CTDNA = Her2Ctdna.model_validate({"kind": "her2_ctdna", "result": "not_detected", "tested_on": None})


def reading(
    score: str | None,
    status: Status = "negative",
    *,
    criteria: str = "gastric",
    ratio: float | None = None,
    result: str | None = None,
) -> Reading:
    test = Her2Ihc.model_validate(ihc(score, "2025-11-01", criteria=criteria)) if score else None
    done = ratio is not None or result is not None
    ish_test = Her2Ish.model_validate(ish("2025-11-03", ratio=ratio, result=result)) if done else None
    return Reading(test, ish_test, status, "zero", "rule")


def every_branch() -> None:
    """Calls each function of her2_notes down each of its branches."""
    notes.untested_flag([], "other")
    notes.untested_flag([AMPLIFIED_CTDNA], "adenocarcinoma")
    notes.ish_required_flag(reading(None, result="equivocal"))
    notes.ish_required_flag(reading("2+", result="equivocal"))
    notes.ish_required_flag(reading("2+"))
    notes.pending_newer_flag(reading("2+"), reading("3+", "positive"))
    progressed = Her2Timeline.of(make_case(treatments=[TRASTUZUMAB_PROGRESSED]))
    untreated = Her2Timeline.of(make_case())
    notes.retest_flag(reading("3+", "positive"), list(progressed.progressed))
    notes.loss_flag(reading("3+", "positive"), reading("0"), progressed)
    notes.loss_flag(reading("3+", "positive"), reading("0"), untreated)
    for era in (0, 1):
        notes.heterogeneous_flag(reading("3+", "positive"), [reading("1+")], era, untreated)
    notes.discordant_flag(reading("1+", ratio=2.4))
    notes.discordant_flag(reading("3+", "positive", ratio=1.4))
    notes.rescore_flag(reading("1+", criteria="breast"), current_positive=False)
    notes.rescore_flag(reading("3+", criteria="breast"), current_positive=True)
    notes.rescore_flag(reading("1+", criteria="unknown"), current_positive=False)
    undated = make_case(treatments=[{"line": 1, "setting": "palliative", "agents": ["trastuzumab"]}])
    notes.undated_notes([Her2Ihc.model_validate(ihc("1+", None))], Her2Timeline.of(undated))
    notes.ctdna_notes([AMPLIFIED_CTDNA, CLEAR_CTDNA], reading("1+"))


def test_every_text_of_her2_notes_yaml_is_used_and_every_text_used_is_there(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    original = notes._text

    def recording(key: str, **values: object) -> str:
        asked.append(key)
        return original(key, **values)

    monkeypatch.setattr(notes, "_text", recording)
    every_branch()
    assert set(asked) == set(knowledge_base().her2_notes)


def test_a_message_is_the_yaml_text_with_its_placeholders_filled() -> None:
    flag = notes.ish_required_flag(reading("2+"))
    assert flag.message == (
        "IHC 2+ on biopsy (2025-11-01), gastric criteria: reflex ISH is needed. A HER2:CEP17 ratio ≥ 2.0 "
        "would make the tumour HER2-positive, below it HER2-low (fact sheet §1.3–1.4; S5, S7)."
    )


@pytest.fixture
def edited_notes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    monkeypatch.setattr("her2nav.knowledge.load.DATA_DIR", folder)
    knowledge_base.cache_clear()
    yield folder / "her2_notes.yaml"
    knowledge_base.cache_clear()


def test_editing_a_text_in_the_knowledge_base_changes_the_message(edited_notes: Path) -> None:
    text = edited_notes.read_text(encoding="utf-8")
    assert "text: reflex ISH is needed\n" in text
    edited_notes.write_text(text.replace("text: reflex ISH is needed\n", "text: reflex ISH must follow\n"))
    assert ": reflex ISH must follow. A HER2:CEP17" in notes.ish_required_flag(reading("2+")).message
