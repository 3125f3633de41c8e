"""Criterion rules about the after-effects of prior therapy and evaluable disease.

- ``toxicity``: an unresolved toxicity of prior therapy of grade ≥ ``min_grade`` (``event``: one kind,
  such as neuropathy), the same for "must have recovered" and "has unresolved".
- ``evaluable_disease``: measurable or non-measurable (evaluable) disease.
"""

from __future__ import annotations

from her2nav.trials.criteria.rule_text import Req, _has, _search, _sub
from her2nav.trials.criteria.rules_fitness import SIZED_LESION, brain_disease_only

_TOXICITY = (
    r"(unresolved|persistent|ongoing|residual|not (yet )?(recovered|resolved)|recover\w*|resol\w*|"
    r"lack of recovery)"
    r"[^.;]{0,80}(toxicit|adverse event|\baes?\b|side effect)|"
    # "Any AEs and/or complications caused by previous therapies including surgery or radiotherapy have
    # been adequately resolved to Grade 0 or 1" (a real record, TG): the events may come well before
    r"(toxicit|adverse event|\baes?\b)[^.;]{0,120}(not (yet )?(recovered|resolved)|"
    r"must (have )?(recovered|resolved)|"
    r"recovered|resolved|(must be|to) (≤|<=|<|less than or equal to)\s*grade)|"
    # "who have not recovered from prior treatments" (an exclusion of a Korean study, NCT00821990; TX)
    r"not (yet )?(fully )?recovered from (the )?(effects of )?(any )?(prior|previous|earlier) "
    r"(anti-?\s?cancer |systemic )?(treatments?|therap(y|ies)|chemotherap(y|ies))"
)


_NEUROPATHY_LIMITING = r"neuropathy[^.;]{0,40}limit\w* (instrumental|self-?\s?care)"


def toxicity(text: str, kind: str) -> list[Req]:
    req: Req
    grade_words = r"grade\s*(≥|>=|>)?\s*(\d|i{1,3}v?)\b|(≥|>=)\s*(nci )?grade\s*(\d|i{1,3})"
    if "(" in text:  # "(e.g., grade 2 chemotherapy-induced neuropathy)": an example, not the event asked
        text = _sub(r"\((e\.g\.|eg\b|for example|such as)[^)]*\)", " ", text)
    # CTCAE v5.0 peripheral neuropathy: limiting instrumental ADL is grade 2, self-care ADL grade 3
    if "neuropathy" in text and (m := _search(_NEUROPATHY_LIMITING, text)):
        grade = 2 if m.group(1) == "instrumental" else 3
        return [{"type": "toxicity", "event": "neuropathy", "min_grade": grade}]
    if _has(rf"neuropathy[^.;]{{0,20}}({grade_words})|({grade_words})[^.;]{{0,25}}neuropathy", text) and (
        m := _search(grade_words, text)
    ):
        raw = next(g for g in (m.group(2), m.group(5)) if g)
        grade = {"i": 1, "ii": 2, "iii": 3, "iv": 4}.get(raw) or int(raw)
        if m.group(1) == ">":
            grade += 1
        return [{"type": "toxicity", "event": "neuropathy", "min_grade": grade}]
    if not _has(_TOXICITY, text) or not _has(r"prior|previous|earlier|anti-?cancer|therap|treatment", text):
        return []
    req = {"type": "toxicity"}
    # "chronic, stable grade 2 toxicities (no worsening to > grade 2 …)": a stability, not the grade
    text = _sub(r"worsening (to )?(>|greater than|above|beyond)\s*grade\s*\d", " ", text)
    if m := _search(
        r"(less than or equal to|equal to or less than|≤|<=|at most|not exceeding)\s*grade\s*(\d)", text
    ):
        req["min_grade"] = int(m.group(2)) + 1  # "reduced to less than or equal to grade 1": grade ≥ 2 fails
    elif m := _search(r"(greater than|more than|above|>)[^.;]{0,50}grade\s*(\d)|grade\s*>\s*(\d)", text):
        req["min_grade"] = int(m.group(2) or m.group(3)) + 1
    elif m := _search(r"grade\s*(≤|<=|<)\s*(\d)|grade\s*(\d)\s*or (less|lower|baseline)", text):
        if m.group(2):
            req["min_grade"] = int(m.group(2)) + (1 if m.group(1) != "<" else 0)
        else:
            req["min_grade"] = int(m.group(3)) + 1
    elif m := _search(r"grade\s*0\s*(or|to|-|–)\s*(\d)\b", text):  # "resolved to grade 0 or 1"
        req["min_grade"] = int(m.group(2)) + 1
    elif m := _search(r"grade\s*(≥|>=)?\s*(\d)\s*(or (above|higher|greater))?|(≥|>=)\s*grade\s*(\d)", text):
        req["min_grade"] = int(m.group(2) or m.group(6))
    return [req]


# "Evaluable disease only not allowed" (NCI's form, NCT00003172; sixty-eighth blind set, VS): a lesion
# that can only be evaluated does not do, so measurable disease is asked (rules_fitness.measurable)
_EVALUABLE_ONLY_BARRED = (
    r"(evaluable|non-?\s?measurable) (disease )?(only|alone) (is |are )?(not (allowed|eligible|permitted)|"
    r"(in)?eligible|excluded)"
)


def evaluable(text: str, kind: str) -> list[Req]:
    if kind != "inclusion" or ("mm" in text and _has(SIZED_LESION, text)):
        return []  # a least size: a measured lesion (rules_fitness.measurable)
    if brain_disease_only(text):
        return []  # brain disease by RANO-BM: a brain metastasis asked (rules_conditions)
    if ("only" in text or "alone" in text) and _has(_EVALUABLE_ONLY_BARRED, text):
        return [{"type": "measurable_disease"}]
    if _has(
        r"measurable (and/or|or) (non-?measurable|evaluable)|evaluable (and/or|or) measurable|"
        r"(measurable|evaluable) or (evaluable|non-?measurable)|non-?measurable,? but evaluable|"
        # "patients without measurable but evaluable disease are allowed (in one phase)"
        r"without measurable (disease )?but (with )?evaluable|"
        # "measurable, evaluable, or non-evaluable disease as long as evaluable"; "Phase III: at least
        # 1 evaluable lesion" beside a measurable lesion for phase II
        r"measurable, evaluable|(?<!non-)(?<!non)(?<!and )(evaluable|assessable) (disease|lesions?)",
        text,
    ):
        return [{"type": "evaluable_disease"}]
    return []
