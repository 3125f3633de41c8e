"""A review built in Chinese is the same review with its explanations in Chinese; building one never
changes the English review."""

from __future__ import annotations

import re

import pytest

from her2nav.case.load import case_from_data
from her2nav.case.models import Case
from her2nav.knowledge.language import text_language
from her2nav.knowledge.load import knowledge_base
from her2nav.review import _same_review, build_review, review_in_language
from tests.recommend.casegen import random_cases

HAN = re.compile(r"[\u4e00-\u9fff]")
CASES = [case_from_data(data) for data in random_cases(150, seed=29)]


def texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for item in value.values() for t in texts(item)]
    if isinstance(value, list):
        return [t for item in value for t in texts(item)]
    return []


@pytest.mark.parametrize("case", CASES[:40], ids=lambda c: c.case_id)
def test_building_a_chinese_review_leaves_the_english_one_byte_for_byte_the_same(case: Case) -> None:
    before = build_review(case).to_json()
    build_review(case, lang="zh")
    assert build_review(case).to_json() == before
    assert not HAN.search(before)
    assert text_language() == "en"


def test_a_chinese_review_has_the_same_options_gaps_and_warnings_in_other_words() -> None:
    translated = 0
    for case in CASES:
        english = build_review(case).data
        chinese = build_review(case, lang="zh").data
        assert _same_review(chinese) == _same_review(english)
        for option_en, option_zh in zip(english["options"], chinese["options"], strict=True):
            assert option_zh["name"] == option_en["name"]  # names: the report takes them from the glossary
            assert HAN.search(option_zh["rationale"]), option_zh["rationale"]
        for item in ("gaps", "warnings", "excluded"):
            for entry in chinese[item]:
                assert HAN.search(entry.get("message") or entry.get("reason")), entry
        translated += len(set(texts(chinese)) - set(texts(english)))
    assert translated > 500


def test_the_first_option_of_a_chinese_review_gives_the_knowledge_bases_chinese_rationale() -> None:
    case = CASES[0]
    option = build_review(case, lang="zh").data["options"][0]
    rationale_zh = knowledge_base().options[option["id"]].rationale_zh
    assert rationale_zh is not None
    assert option["rationale"].startswith(rationale_zh.strip())


def test_a_stored_review_of_another_knowledge_version_is_shown_as_it_is() -> None:
    case = CASES[1]
    stored = build_review(case).data
    stored["knowledge_version"] = "2020.1.0"
    assert review_in_language(case, stored, "zh") is stored
    assert review_in_language(case, stored, "en") is stored


def test_the_chinese_review_keeps_the_trials_and_the_registry_problem_of_the_english_one() -> None:
    case = CASES[2]
    english = build_review(case, trials=[], trials_unavailable="The trial registry is not installed.").data
    chinese = review_in_language(case, english, "zh")
    assert chinese is not english
    assert chinese["trials"] == []
    assert chinese["warnings"][-1] == {
        "code": "TRIALS_UNAVAILABLE",
        "message": "The trial registry is not installed.",
    }
