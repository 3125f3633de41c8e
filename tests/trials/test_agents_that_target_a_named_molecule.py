"""A prior agent named by the molecule it targets in a relative clause ("experimental agents that target
the KRAS/BRAF/MEK/ERK pathway", "another investigational agent that targets PVR": NCT05786924,
NCT05378425; issue 15, class 3; twenty-ninth session, the WO and WM reviewers met it for cases that
never had one). Sentences written for these tests."""

from __future__ import annotations

from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import status
from tests.trials.test_lists_of_alternatives_and_part_sub_bullets import _course_of


def test_agents_that_target_a_pathway_name_each_of_its_molecules() -> None:
    text = "Prior use of experimental agents that target the KRAS/BRAF/MEK/ERK pathway."
    assert interpret(text, "exclusion") == [
        {"type": "prior_target", "targets": ["kras", "braf", "mek", "erk"]}
    ]


def test_a_case_that_never_had_such_an_agent_passes_and_one_that_had_it_fails() -> None:
    text = "Prior treatment with an agent that targets EGFR."
    capecitabine = _course_of(["capecitabine"], "progression", "2026-05-01")
    assert status(text, "exclusion", treatments=capecitabine) == "met"
    lapatinib = _course_of(["lapatinib", "capecitabine"], "progression", "2026-05-01")  # HER2 and EGFR
    assert status(text, "exclusion", treatments=lapatinib) == "not_met"
