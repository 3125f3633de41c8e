"""Anti-PD-1 antibodies approved in China (sintilimab, camrelizumab, toripalimab), epirubicin and the
regimen shorthands FLOT, DCF and ECF/ECX/EOX: a Chinese or older European history can be entered, and
trials read them as the class they belong to (agents.yaml, sources S147-S151)."""

from __future__ import annotations

from typing import Any

import pytest

from her2nav.case.history import exposed_to
from her2nav.case.load import case_from_data
from her2nav.knowledge.agents import vocabulary
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, status


def _first_line(*agents: str) -> list[dict[str, Any]]:
    return [{**FIRST_LINE_ENDED[0], "agents": list(agents)}]


@pytest.mark.parametrize(
    ("name", "agent"),
    [
        ("Tyvyt", "sintilimab"),
        ("IBI308", "sintilimab"),
        ("信迪利单抗", "sintilimab"),
        ("SHR-1210", "camrelizumab"),
        ("艾瑞卡", "camrelizumab"),
        ("JS001", "toripalimab"),
        ("特瑞普利单抗", "toripalimab"),
        ("表柔比星", "epirubicin"),
    ],
)
def test_chinese_brand_code_and_generic_names_resolve_to_the_agent(name: str, agent: str) -> None:
    assert vocabulary().resolve(name) == (agent,)


@pytest.mark.parametrize("agent", ["sintilimab", "camrelizumab", "toripalimab"])
def test_each_chinese_pd1_antibody_is_an_anti_pd1(agent: str) -> None:
    assert "pd1" in vocabulary().get(agent).groups


@pytest.mark.parametrize(
    ("shorthand", "agents"),
    [
        ("FLOT", ("fluorouracil", "oxaliplatin", "docetaxel")),
        ("DCF", ("docetaxel", "cisplatin", "fluorouracil")),
        ("ECF", ("epirubicin", "cisplatin", "fluorouracil")),
        ("ECX", ("epirubicin", "cisplatin", "capecitabine")),
        ("EOX", ("epirubicin", "oxaliplatin", "capecitabine")),
    ],
)
def test_a_regimen_shorthand_expands_to_its_agents(shorthand: str, agents: tuple[str, ...]) -> None:
    assert vocabulary().resolve(shorthand) == agents


def test_a_case_written_with_sintilimab_and_xelox_is_accepted_and_counts_as_anti_pd1() -> None:
    case = case_from_data(
        {
            "case_id": "cn1",
            "as_of": "2026-11-23",
            "diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "setting": "metastatic"},
            "treatments": [{**FIRST_LINE_ENDED[0], "agents": ["信迪利单抗", "XELOX"]}],
        }
    )
    assert case.treatments[0].agents == ["sintilimab", "capecitabine", "oxaliplatin"]
    assert exposed_to(case, "pd1")


def test_a_patient_given_sintilimab_is_excluded_by_prior_anti_pd1() -> None:
    text = "Prior treatment with an anti-PD-1 or anti-PD-L1 antibody."
    treatments = _first_line("sintilimab", "capecitabine", "oxaliplatin")
    assert status(text, "exclusion", treatments=treatments) == "not_met"


def test_a_trial_naming_camrelizumab_reads_it_as_a_prior_agent() -> None:
    assert interpret("Previous treatment with camrelizumab.", "exclusion") == [
        {"type": "prior_therapy", "group": "camrelizumab"}
    ]


def test_a_patient_given_toripalimab_is_excluded_by_a_trial_naming_it() -> None:
    treatments = _first_line("toripalimab", "capecitabine", "oxaliplatin")
    assert status("Previous treatment with toripalimab.", "exclusion", treatments=treatments) == "not_met"
    assert status("Previous treatment with camrelizumab.", "exclusion", treatments=treatments) == "met"


def test_perioperative_ecx_is_prior_chemotherapy_with_a_platinum() -> None:
    case = case_from_data(
        {
            "case_id": "gb1",
            "as_of": "2026-11-23",
            "diagnosis": {"site": "stomach", "histology": "adenocarcinoma", "setting": "metastatic"},
            "treatments": [
                {
                    "setting": "perioperative",
                    "agents": ["ECX"],
                    "started_on": "2015-01-10",
                    "ended_on": "2015-06-30",
                    "stop_reason": "completed",
                }
            ],
        }
    )
    assert exposed_to(case, "platinum") and exposed_to(case, "anthracycline")
