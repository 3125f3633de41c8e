"""kb check holds every HER2 text to the sources it cites."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from her2nav.knowledge.check import run_check
from her2nav.knowledge.load import DATA_DIR


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "§1.4;\n      S2); the histology",
            "§1.4;\n      S2, S999); the histology",
            "her2_notes[untested_other_histology]: the text cites S999 but sources does not list it",
        ),
        (
            "(S27), so this specimen",
            "(S28), so this specimen",
            "her2_notes[discordant]: sources lists S27 but the text does not cite it",
        ),
        (
            "    sources: [S9, S17]\n",
            "    sources: [S9, S17, S999]\n",
            "her2_notes[heterogeneous]: unknown source 'S999'",
        ),
        ("text: reflex ISH is needed\n", "text: reflex ISH is {needed\n", "her2_notes.ish_action_reflex"),
        ("text: reflex ISH is needed\n", "text: reflex ISH is {0}\n", "placeholders must be names"),
    ],
)
def test_a_her2_text_that_breaks_its_sources_or_template_fails_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, expected: str
) -> None:
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    path = folder / "her2_notes.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert run_check(folder) == 1
    assert expected in capsys.readouterr().err
