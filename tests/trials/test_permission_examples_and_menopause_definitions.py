"""Readings from the twenty-first session's blind sets (VD, VE, VF; issue 15 classes 1 and 8): the items a
permission lists as its examples at the margin of the list ("… may be enrolled with chronic, stable Grade 2
toxicities …, such as:" then "* Fatigue") are examples, not exclusions; an exclusion item that only allows
("… not requiring systemic treatment are allowed.") is a permission; and what counts as menopause ("A woman
aged 50 years or older is considered menopausal if" / "she has had amenorrhea for at least 12 months …")
is a definition. Texts written for these tests after the registry wording of NCT06085755, NCT06901531 and
NCT06732856."""

from __future__ import annotations

from her2nav.case.load import case_from_data
from her2nav.trials.criteria.eligibility import parse_criteria
from her2nav.trials.criteria.rules import interpret
from her2nav.trials.matching.judge import judge_criterion
from her2nav.trials.matching.patient import facts_for
from tests.trials.test_criterion_rules import _case, judge, status

TOXICITY_EXAMPLES = "\n".join(
    [
        "Exclusion Criteria:",
        "",
        "1. Known allergy to the study drug.",
        "2. Unresolved toxicity of earlier therapy above Grade 1. Participants may be enrolled with stable"
        " Grade 2 toxicities the investigator deems related to earlier therapy, such as:",
        "* Peripheral neuropathy",
        "* Fatigue",
        "1. Hypothyroidism",
        "2. Vitiligo",
        "3. Active hepatitis B or C infection.",
        "4. Autoimmune disease needing systemic treatment in the last 2 years. The following are exceptions"
        " to this criterion:",
        "* Participants with vitiligo or alopecia may be included.",
        "5. Known HIV infection.",
    ]
)


def _items() -> list[tuple[str, list[dict[str, object]]]]:
    return [(c.text, c.requirements) for c in parse_criteria(TOXICITY_EXAMPLES)]


def test_the_examples_a_permission_lists_at_the_margin_are_items_that_ask_nothing() -> None:
    items = dict(_items())
    for example in ("Peripheral neuropathy", "Fatigue", "Hypothyroidism", "Vitiligo"):
        assert items[example] == [{"type": "permission", "about": "example"}]
    assert items["Participants with vitiligo or alopecia may be included."][0]["type"] == "permission"


def test_the_list_resumes_with_the_number_after_the_announcing_item() -> None:
    items = dict(_items())
    assert items["Active hepatitis B or C infection."][0]["type"] == "condition"
    assert items["Known HIV infection."][0]["type"] == "condition"


def test_an_example_does_not_apply_to_the_patient() -> None:
    example = next(c for c in parse_criteria(TOXICITY_EXAMPLES) if c.text == "Fatigue")
    found = judge_criterion(example.to_dict(), facts_for(case_from_data(_case())))
    assert (found["status"], found["reason"]) == (
        "met",
        "does not apply: an example of what the criterion above it allows (it asks nothing)",
    )


def test_items_marked_like_the_list_s_own_after_including_stay_exclusions() -> None:
    text = """Exclusion Criteria:

1. Impaired intestinal absorption, including:
* Intestinal obstruction
2. Organ transplant.
"""
    items = dict((c.text, c.requirements) for c in parse_criteria(text))
    assert items["Intestinal obstruction"] != [{"type": "permission", "about": "example"}]


def test_bullets_under_a_bulleted_permission_cannot_be_told_from_the_list_and_stay_criteria() -> None:
    text = """Exclusion Criteria:

* Unresolved toxicity above Grade 1; participants may be enrolled with stable Grade 2 toxicities, such as:
* Known HIV infection.
"""
    items = dict((c.text, c.requirements) for c in parse_criteria(text))
    assert items["Known HIV infection."][0]["type"] == "condition"


def test_an_exclusion_item_that_only_allows_is_a_permission() -> None:
    text = (
        "Participant has type 1 diabetes mellitus, endocrinopathies stably maintained on replacement therapy "
        "or skin disorders (e.g., vitiligo or alopecia) not requiring systemic treatment are allowed."
    )
    found = judge(text, "exclusion", patient__conditions=["autoimmune_disease"])
    assert (found["status"], found["reason"]) == (
        "met",
        "does not apply: a permission clause (it allows, it asks nothing)",
    )
    assert status("Carriers of hepatitis B on entecavir prophylaxis will be allowed.", "exclusion") == "met"


def test_an_allowance_with_a_condition_or_a_ban_is_not_a_permission() -> None:
    assert interpret("Brain metastases are allowed only if treated.", "exclusion") != [{"type": "permission"}]
    assert interpret("Patients with known HIV infection are not allowed.", "exclusion") != [
        {"type": "permission"}
    ]


def test_what_counts_as_menopause_is_a_definition_for_every_woman() -> None:
    young_woman = {"patient__sex": "female", "patient__age": 41}
    for text in (
        "she has had amenorrhea for at least 12 months without hormone therapy, or",
        "she has undergone bilateral oophorectomy, bilateral salpingectomy, hysterectomy, etc.",
        "Women of non-child-bearing potential defined as pre-menopausal females with a tubal ligation",
    ):
        found = judge(text, "inclusion", **young_woman)
        assert found["status"] == "met", text
        assert found["reason"].startswith("does not apply: a definition"), text


def test_a_definition_for_one_age_group_is_open_only_for_women_of_that_age() -> None:
    under_50 = (
        "A woman under age 50 is considered menopausal if 1) she has had amenorrhea for at least 12 months "
        "without hormone therapy, and 2) her LH and FSH blood levels are at menopausal levels"
    )
    assert status(under_50, "inclusion", patient__sex="female", patient__age=41) == "unknown"
    assert status(under_50, "inclusion", patient__sex="female", patient__age=62) == "met"
    assert status(under_50, "inclusion", patient__sex="male", patient__age=41) == "met"
    over_50 = "A woman aged 50 years or older is considered menopausal if"
    found = judge(over_50, "inclusion", patient__sex="female", patient__age=41)
    assert (found["status"], found["reason"]) == (
        "met",
        "does not apply: what counts as menopause for women 50 or older; the patient is a woman of 41",
    )


def test_a_definition_that_also_asks_something_of_her_is_the_pregnancy_item() -> None:
    text = (
        "Women of non-child-bearing potential defined as post-menopausal are eligible. Females on hormone "
        "replacement therapy will be required to use one of the contraception methods"
    )
    assert status(text, "inclusion", patient__sex="female", patient__age=41) == "unknown"


def test_the_pregnancy_item_that_uses_the_definition_is_still_judged() -> None:
    text = "Evidence of menopause, or negative urine pregnancy test in premenopausal women"
    assert status(text, "inclusion", patient__sex="female", patient__age=41) == "unknown"
    assert status(text, "inclusion", patient__sex="male", patient__age=41) == "met"
