"""Every code of CONTRACT §10 and every requirement a stage move can name has words on the pages, and
those words are translated: a new stage, task type, channel, purpose or requirement added to the
coordination package without its label here fails."""

from __future__ import annotations

from her2nav.coordination import stages
from her2nav.coordination.errors import MissingRequirements
from her2nav.coordination.models import CHANNELS, JOB_STATUSES, PURPOSES, STAGES, TASK_STATUSES, TASK_TYPES
from her2nav.reports.words import Words
from her2nav.web.pages import coordwords as cw


def test_every_code_of_the_coordination_contract_has_a_label() -> None:
    assert set(cw.STAGE_LABELS) == set(STAGES)
    assert set(cw.TASK_LABELS) == set(TASK_TYPES)
    assert set(cw.TASK_STATUS_LABELS) == set(TASK_STATUSES)
    assert set(cw.CHANNEL_LABELS) == set(CHANNELS)
    assert set(cw.PURPOSE_LABELS) == set(PURPOSES)
    assert set(cw.JOB_LABELS) == set(JOB_STATUSES)


def test_every_requirement_a_stage_move_can_name_is_a_message_translated_into_chinese() -> None:
    named = {words for stage in STAGES for words, _check in stages.requirements(stage)}
    assert named == set(cw.REQUIREMENT_WORDS)
    chinese = Words("zh")
    assert all(chinese(words) != words for words in named)


def test_a_refused_move_names_what_is_missing_as_the_flow_does_and_in_chinese() -> None:
    refused = MissingRequirements("review", ["a HER2 result (IHC or ISH)", "consent to case review"])
    english = cw.missing_words(refused, Words("en"))
    assert english == (
        "The case cannot move to “case review”: missing a HER2 result (IHC or ISH); consent to case review."
    )
    assert (
        cw.missing_words(refused, Words("zh"))
        == "病例无法进入“病例审阅”阶段：缺少HER2 结果（IHC 或 ISH）；病例审阅知情同意。"
    )


def test_a_date_in_the_past_is_named_in_chinese_with_the_day_it_is() -> None:
    said = cw.problem_words("is in the past (today is 2026-12-04)", Words("zh"))
    assert said == "已过期（今天是 2026-12-04）"
    assert cw.problem_words("something new", Words("zh")) == "something new"
