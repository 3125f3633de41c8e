"""The clinical glossary: every Chinese name has a source, every English name is the knowledge base's,
and a term without a Chinese name is listed by kb check and shown in English in a Chinese report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from her2nav.knowledge.check import run_check
from her2nav.knowledge.glossary import GLOSSARY_FILE, glossary_report
from her2nav.knowledge.load import DATA_DIR, load_from
from her2nav.knowledge.models import KnowledgeBase
from her2nav.reports.words import UNTRANSLATED, Words


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_from(DATA_DIR)


def _variant(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    raw = yaml.safe_load(GLOSSARY_FILE.read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "glossary.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def test_the_installed_glossary_has_no_problem(kb: KnowledgeBase) -> None:
    problems, _ = glossary_report(kb)
    assert problems == []


def test_a_renamed_option_is_caught_instead_of_losing_its_translation(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    path = _variant(tmp_path, lambda raw: raw["options"]["taxane"].update(en="Taxane monotherapy"))
    problems, _ = glossary_report(kb, path)
    assert any("options[taxane].en" in p for p in problems)


def test_a_chinese_name_needs_a_known_source(kb: KnowledgeBase, tmp_path: Path) -> None:
    def change(raw: dict[str, Any]) -> None:
        raw["agents"]["cisplatin"]["sources"] = ["G99"]
        raw["agents"]["docetaxel"]["sources"] = []

    problems, _ = glossary_report(kb, _variant(tmp_path, change))
    assert any("agents[cisplatin]: unknown source 'G99'" in p for p in problems)
    assert any("agents[docetaxel]: a Chinese name needs a source" in p for p in problems)


def test_kb_check_lists_the_terms_shown_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_check() == 0
    out = capsys.readouterr().out
    assert "without a Chinese name" in out and "trastuzumab_emtansine" in out


def test_a_term_without_a_chinese_name_stays_english_and_marked() -> None:
    words = Words("zh")
    tdm1 = words.option({"id": "trastuzumab_emtansine", "name": "Trastuzumab emtansine (T-DM1)"})
    assert (tdm1.text, tdm1.lang, tdm1.mark) == ("Trastuzumab emtansine (T-DM1)", "en", UNTRANSLATED)
    tdxd = words.option({"id": "trastuzumab_deruxtecan", "name": "Trastuzumab deruxtecan (T-DXd)"})
    assert tdxd.text.startswith("德曲妥珠单抗") and tdxd.mark is None
