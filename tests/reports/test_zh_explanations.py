"""A Chinese report shows the review's explanations in Chinese where the knowledge base has them, with
no EN marker on them, and keeps every other English text marked."""

from __future__ import annotations

from html import escape

import pytest

from her2nav.case.load import load_case
from her2nav.case.models import Case
from her2nav.knowledge.load import knowledge_base
from her2nav.reports.render import render_html
from her2nav.review import build_review
from tests.reports.conftest import EXAMPLES, META

E04 = [p for p in EXAMPLES if p.name.startswith("e04-")]
pytestmark = pytest.mark.skipif(not E04, reason="contract example e04 not found")
UNTRANSLATED = '<span lang="en" class="untranslated">'
TEAM_NOTICE = "以中文显示的解释由团队依据知识库译出，尚未经临床医生审核。"


@pytest.fixture(scope="module")
def e04() -> Case:
    return load_case(E04[0])


def test_a_chinese_report_of_e04_gives_the_first_options_rationale_in_chinese_without_an_en_marker(
    e04: Case,
) -> None:
    review = build_review(e04).data
    first = knowledge_base().options[review["options"][0]["id"]]
    assert first.rationale_zh is not None
    html = render_html(e04, review, lang="zh", meta=META)
    rationale = escape(first.rationale_zh.strip())
    assert rationale in html
    assert f"{UNTRANSLATED}{rationale}" not in html
    assert escape(first.rationale.strip()) not in html
    assert TEAM_NOTICE in html


def test_the_english_report_of_e04_keeps_the_english_rationale(e04: Case) -> None:
    review = build_review(e04).data
    first = knowledge_base().options[review["options"][0]["id"]]
    html = render_html(e04, review, lang="en", meta=META)
    assert escape(first.rationale.strip()) in html
    assert TEAM_NOTICE not in html and first.rationale_zh and escape(first.rationale_zh.strip()) not in html


def test_every_gap_and_caution_of_e04_is_in_chinese_and_english_data_stays_marked(e04: Case) -> None:
    review = build_review(e04).data
    chinese = build_review(e04, lang="zh").data
    html = render_html(e04, review, lang="zh", meta=META)
    for gap in chinese["gaps"]:
        assert escape(gap["message"]) in html
        assert f"{UNTRANSLATED}{escape(gap['message'])}" not in html
    for excluded in chinese["excluded"]:
        assert escape(excluded["reason"]) in html
    for evidence in review["options"][0]["evidence"]:  # trial summaries have no Chinese version
        assert f"{UNTRANSLATED}{escape(evidence['summary'])}" in html


def test_a_review_stored_with_another_knowledge_version_is_shown_in_english_and_marked(e04: Case) -> None:
    review = build_review(e04).data
    review["knowledge_version"] = "2020.1.0"
    html = render_html(e04, review, lang="zh", meta=META)
    rationale = review["options"][0]["rationale"]
    assert f"{UNTRANSLATED}{escape(rationale)}" in html
    assert TEAM_NOTICE not in html
