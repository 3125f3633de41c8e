"""More items the case decides, read from the closed studies' criteria (bench/trials_outside.py
--closed-as-open; issue 15 classes 3, 4, 6 and 9): ages written in words and symbols, "informed written
consent", brain "or meningeal" metastases, T-cell coregulatory proteins as checkpoint inhibitors, the
line running now as therapy received in an exclusion, other histological types "than adenocarcinoma",
"more than 4 weeks for cytotoxic agents", cancers "for which no curative therapy exists", "failed
for 2 lines", and first-line options still to give after a (neo)adjuvant course long before a
recurrence. Sentences written for these tests after the registry wording of NCT02625610,
NCT02114359, NCT02005484, NCT00887822, NCT00343239, NCT01512745, NCT01953926 and NCT00970138."""

from __future__ import annotations

import pytest

from tests.trials.test_closed_studies_stage_and_line_wording import SECOND_LINE_ENDED
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, FIRST_LINE_ONGOING, status


@pytest.mark.parametrize(
    ("text", "age", "expected"),
    [
        ("Male or female participants greater than or equal to (>=) 65 years", 64, "not_met"),
        ("Male or female participants greater than or equal to (>=) 18 years", 18, "met"),
        ("70 yrs or older", 69, "not_met"),
        ("70 yrs or older", 83, "met"),
    ],
)
def test_an_age_in_words_and_symbols_is_read_as_its_bound(text: str, age: int, expected: str) -> None:
    assert status(text, "inclusion", patient__age=age) == expected


def test_informed_written_consent_is_an_undertaking_met_at_consent() -> None:
    assert status("Informed written consent.", "inclusion") == "met"


def test_brain_or_meningeal_metastases_exclude_a_patient_with_brain_metastases() -> None:
    found = status("brain or meningeal metastases;", "exclusion", patient__conditions=["brain_metastases"])
    assert found != "met"
    assert status("brain or meningeal metastases;", "exclusion") == "met"


T_CELL_COREGULATORY = "Prior therapy with any antibody or drug targeting T-cell coregulatory proteins"


def test_a_patient_on_nivolumab_now_is_excluded_by_prior_checkpoint_therapy() -> None:
    assert status(T_CELL_COREGULATORY, "exclusion", treatments=FIRST_LINE_ONGOING) == "not_met"


def test_a_patient_never_given_a_checkpoint_inhibitor_passes_it() -> None:
    assert status(T_CELL_COREGULATORY, "exclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_the_line_running_now_is_platinum_received_in_an_exclusion() -> None:
    assert status("Previous platinum therapy", "exclusion", treatments=FIRST_LINE_ONGOING) == "not_met"


@pytest.mark.parametrize(
    "text",
    [
        "Other histological types of gastric cancer (leiomyosarcoma, lymphoma) than adenocarcinoma",
        "Metastatic or recurrent stomach cancer other than adenocarcinoma",
    ],
)
def test_other_histological_types_than_adenocarcinoma_pass_an_adenocarcinoma(text: str) -> None:
    assert status(text, "exclusion") == "met"
    assert status(text, "exclusion", diagnosis__histology="other") == "not_met"


MORE_THAN_FOUR_WEEKS = "More than 4 weeks for cytotoxic agents or growth inhibitors"


def test_more_than_four_weeks_for_cytotoxic_agents_is_a_wash_out() -> None:
    # the first line's chemotherapy ended on 2026-05-22: 10 days before 2026-06-01, 40 before 2026-07-01
    assert status(MORE_THAN_FOUR_WEEKS, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert status(MORE_THAN_FOUR_WEEKS, "inclusion", as_of="2026-07-01", treatments=FIRST_LINE_ENDED) == "met"


NO_CURATIVE_THERAPY = "Histologically confirmed cancers for which no curative therapy exists"


def test_cancers_for_which_no_curative_therapy_exists_are_advanced_disease() -> None:
    assert status(NO_CURATIVE_THERAPY, "inclusion") == "met"
    assert status(NO_CURATIVE_THERAPY, "inclusion", diagnosis__setting="resectable") == "not_met"


def test_failed_for_two_lines_asks_for_two_lines_given() -> None:
    text = "Have failed for 2 lines of chemotherapy"
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "not_met"
    assert status(text, "inclusion", treatments=SECOND_LINE_ENDED) == "met"


LATE_RELAPSE = [
    {
        "setting": "perioperative",
        "agents": ["fluorouracil", "oxaliplatin", "docetaxel"],
        "started_on": "2023-02-01",
        "ended_on": "2023-07-20",
        "stop_reason": "completed",
    }
]


def test_a_doublet_given_perioperatively_long_before_a_recurrence_is_still_a_first_line_option() -> None:
    text = "Have failed all standard of care therapies known to confer clinical benefit."
    found = status(
        text,
        "inclusion",
        diagnosis__setting="recurrent",
        diagnosis__diagnosed_on="2023-01-15",
        diagnosis__recurred_on="2026-03-10",
        treatments=LATE_RELAPSE,
    )
    assert found == "not_met"
