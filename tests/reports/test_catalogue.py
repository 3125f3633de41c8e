"""The message catalogues: every message of the reports is in both files and translated into Chinese,
and the check notices a missing translation."""

from __future__ import annotations

from her2nav.i18n import gettext, read_catalogue
from her2nav.render.actions import GAP_ACTIONS
from her2nav.reports import catalogue
from her2nav.reports.texts import GAP_TITLES


def test_every_report_message_has_a_chinese_translation() -> None:
    assert catalogue.missing("zh") == []


def test_the_catalogues_hold_exactly_the_messages_the_reports_use() -> None:
    wanted = set(catalogue.extract_messages())
    for lang in ("en", "zh"):
        held = {m.id for m in read_catalogue(lang) if m.id}
        assert held == wanted, lang  # run `python -m her2nav.reports.catalogue` after changing a text


def test_a_message_without_translation_is_reported_missing() -> None:
    assert catalogue.missing("zh", ["A sentence nobody has translated"]) == [
        "A sentence nobody has translated"
    ]


def test_every_gap_of_the_contract_has_a_chinese_title_and_action() -> None:
    for code, action in GAP_ACTIONS.items():
        assert gettext("zh", action) != action, code
        assert gettext("zh", GAP_TITLES[code]) != GAP_TITLES[code], code
