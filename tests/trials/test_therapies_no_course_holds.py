"""Issue 15 classes 3 and 4, from the UL, UO, VC, TH and TY reviewers: kinds of therapy no agent in the
knowledge base belongs to (CAR-T and other cell therapies, T-cell engagers, mitomycin, nitrosoureas) are
read as such, so that a case whose courses hold none of them passes "no prior CAR-T", and a wash-out
"6 weeks for nitrosoureas or mitomycin C" is timed from those agents only, not from the last course of
anything. Sentences written for these tests."""

from __future__ import annotations

from her2nav.knowledge.agents import Agent
from her2nav.trials.criteria.rules import interpret
from tests.trials.test_criterion_rules import FIRST_LINE_ENDED, FIRST_LINE_ONGOING, status


def test_a_prior_car_t_exclusion_passes_a_case_whose_courses_hold_no_cell_therapy() -> None:
    text = "Prior receipt of chimeric antigen receptor (CAR) T-cell therapy or other cellular therapy"
    assert {"type": "prior_therapy", "group": "cell_therapy"} in interpret(text.lower(), "exclusion")
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_cart_run_together_is_ascites_reinfusion_not_a_cell_therapy() -> None:
    text = "Cell-free and CART, peritoneal shunt or drainage of ascites ≥ 2 weeks prior to screening"
    assert not any(r.get("group") == "cell_therapy" for r in interpret(text.lower(), "inclusion"))


def test_an_agent_given_as_a_cell_therapy_counts_as_one() -> None:
    car_t = Agent(id="satri_cel", name="Satri-cel", agent_class="cldn18_2", modality="cell_therapy")
    assert "cell_therapy" in car_t.groups
    assert "cell_therapy" not in Agent(id="x", name="X", agent_class="pd1").groups


def test_an_event_following_a_t_cell_engager_is_asked_of_those_who_had_one() -> None:
    text = (
        "Participant experienced unacceptable cytokine release syndrome (CRS) following prior T cell "
        "engagers (TCE) or CAR-T cell therapy"
    )
    groups = {r["group"] for r in interpret(text.lower(), "exclusion") if r["type"] == "event_on"}
    assert groups == {"t_cell_engager", "cell_therapy"}
    assert status(text, "exclusion", treatments=FIRST_LINE_ENDED) == "met"


def test_a_wash_out_of_named_agents_is_timed_from_those_agents_only() -> None:
    text = "Nitrosoureas or mitomycin C ≥ 6 weeks"
    assert interpret(text.lower(), "inclusion") == [
        {"type": "washout", "days": 42, "scope": "mitomycin"},
        {"type": "washout", "days": 42, "scope": "nitrosourea"},
    ]
    # chemotherapy ended ten days before the case's date: no nitrosourea or mitomycin among it
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"
    assert (
        status(
            "Duration from the last therapy is more than 6 weeks for nitroso or mitomycin",
            "inclusion",
            treatments=FIRST_LINE_ONGOING,
        )
        == "met"
    )


def test_a_wash_out_of_two_named_agents_asks_it_of_each() -> None:
    text = "At least 4 weeks since paclitaxel or docetaxel"
    scopes = {r["scope"] for r in interpret(text.lower(), "inclusion") if r["type"] == "washout"}
    assert scopes == {"paclitaxel", "docetaxel"}
    assert status(text, "inclusion", treatments=FIRST_LINE_ENDED) == "met"
    assert status(
        "At least 4 weeks since oxaliplatin or docetaxel", "inclusion", treatments=FIRST_LINE_ENDED
    ) == ("not_met")


def test_neurotoxicity_on_a_named_agent_is_still_a_toxicity_on_it() -> None:
    text = "Prior oxaliplatin discontinued due to neurotoxicity"
    assert interpret(text.lower(), "exclusion") == [
        {"type": "event_on", "group": "oxaliplatin", "events": ["toxicity"]}
    ]
