"""Criterion text → typed requirements (plain dicts, stored as JSON at import time).

A requirement describes the patient property the criterion's text names. For an inclusion criterion
every requirement must hold; for an exclusion criterion none may. ``negated: true`` turns a property
into its opposite ("no prior anti-PD-1" → prior_therapy pd1, negated). Text that no rule understands
yields no requirement: the criterion stays ``unknown`` with its original words.

Types: her2, her2_mutation, cldn18_2, pdl1_cps, msi_high, prior_therapy, prior_lines, therapy_after
(therapy given after a course containing ``group``), ecog, karnofsky, lvef, age, measurable_disease, disease,
condition, organ_function.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from her2nav.trials.criteria.arm_items import arm_alternatives, without_arm_label
from her2nav.trials.criteria.rule_gates import GATES, KIND_GATES, ONLY_FOR
from her2nav.trials.criteria.rule_text import WASHOUT_SCOPE_GROUPS, Req, latin_lookalikes, roman_numerals
from her2nav.trials.criteria.rules_after import (
    first_line_progressed,
    last_therapy_within,
    maintenance_after_first_line,
    parent_study,
    progressed_on_last,
    therapy_after,
)
from her2nav.trials.criteria.rules_any_setting import (
    chemotherapy_in_one_setting,
    prior_chemotherapy,
    therapy_before_surgery,
)
from her2nav.trials.criteria.rules_biomarkers import (
    cldn18,
    her2,
    her2_positive_history,
    msi,
    pdl1,
    pdl1_known,
)
from her2nav.trials.criteria.rules_cardiac import lvef
from her2nav.trials.criteria.rules_conditions import conditions
from her2nav.trials.criteria.rules_dates import diagnosis_window
from her2nav.trials.criteria.rules_disease import disease
from her2nav.trials.criteria.rules_fitness import age, ecog, karnofsky, measurable, organ_function, sexes
from her2nav.trials.criteria.rules_history import prior_therapy, received_now
from her2nav.trials.criteria.rules_line_counts import prior_lines
from her2nav.trials.criteria.rules_lines import relapse_window
from her2nav.trials.criteria.rules_locations import tumour_locations
from her2nav.trials.criteria.rules_operation import operation_had
from her2nav.trials.criteria.rules_option_lists import beyond_the_list, for_listed_tumours, tumour_options
from her2nav.trials.criteria.rules_options import history_options
from her2nav.trials.criteria.rules_parts import for_those_treated, only_with_the_qualifier, open_parts
from her2nav.trials.criteria.rules_primary import primary_site
from her2nav.trials.criteria.rules_reproductive import consent, menopause_defined
from her2nav.trials.criteria.rules_scope import (
    excluded_population,
    her2_subgroup,
    scope,
)
from her2nav.trials.criteria.rules_stage import (
    distant_metastases,
    early_stage,
    recurrence,
    relapsed_or_refractory,
    residual_disease,
)
from her2nav.trials.criteria.rules_standard import regimen_candidate, standard_therapy
from her2nav.trials.criteria.rules_targets import prior_target
from her2nav.trials.criteria.rules_timing import washout
from her2nav.trials.criteria.rules_toxicity import evaluable, toxicity
from her2nav.trials.criteria.tumour_cohorts import LEAD_IN
from her2nav.trials.criteria.tumour_lists import unbind_list_qualifiers

_REGARDLESS_HER2 = re.compile(r"\(?\bregardless of (the )?(her-?2|human epidermal)[^(),;.]*\)?")
_HER2_LONG = re.compile(
    r"her-?2\s*\(human epidermal growth factor receptor[- ]2\)|human epidermal growth factor receptor[- ]2"
    r"(\s*\((her-?2)\))?"
)
# "anti-Programmed Cell Death Protein 1 (PD-1), anti-Programmed Cell Death-Ligand 1 (PD-L1) …" (UF's
# NCT06469944): the long names read as their symbols
_PD_LONG = re.compile(
    r"programmed (cell )?death[- ](protein[- ]|receptor[- ])?(?P<one>1|ligand[- ]1|ligand[- ]2)\s*"
    r"(\((pd-?\s?1|pd-?\s?l[12])\))?"
)


def _pd_symbol(m: re.Match[str]) -> str:
    return {"1": "pd-1"}.get(m["one"], "pd-l" + m["one"][-1])


# NCI's sub-labels that add nothing to their item's meaning (run_on_lines keeps them in the text shown;
# "Age:", "Performance status:" and "Life expectancy:" do add it and stay)
_NCI_SUBLABEL = re.compile(
    r"^\s*(hematopoietic|hepatic|renal|cardiovascular|pulmonary|neurologic|gastrointestinal|immunologic|"
    r"other|biologic therapy|chemotherapy|endocrine therapy|radiotherapy|surgery|"
    # ECOG-ACRIN's steps, one after the other ("STEP 1 RANDOMIZATION: …", EA2174: eighteenth set, TU)
    r"step \d+[a-z]? (randomi[sz]ation|registration|pre-?registration|enrol\w*))\s*:\s*"
)
# "previous CHT or RTX" (ITACA-S2, fifteenth blind set): European registries' short forms of chemo- and
# radiotherapy; RT(X) only beside CHT (RTX alone is also rituximab's)
_CHT = re.compile(r"\bcht\b")
_RT_BESIDE_CHT = re.compile(
    r"\bchemotherapy(\s*(?:or|and|and/or|/|,)\s*)rtx?\b|\brtx?(\s*(?:or|and|and/or|/|,)\s*)chemotherapy\b"
)


def _radiotherapy_beside(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        return f"chemotherapy{m.group(1)}radiotherapy"
    return f"radiotherapy{m.group(2)}chemotherapy"


# "trastuzumabcontaining regimen", "topoisomerase inhibitorbased ADC": registry typos that hide a word
_GLUED_CONTAINING = re.compile(r"([a-z0-9])(?<!data)(containing|based)\b")

RULES = (
    washout,
    toxicity,
    evaluable,
    her2,
    her2_positive_history,
    cldn18,
    pdl1,
    pdl1_known,
    msi,
    prior_therapy,
    prior_target,
    prior_lines,
    prior_chemotherapy,
    chemotherapy_in_one_setting,
    therapy_before_surgery,
    operation_had,
    relapse_window,
    standard_therapy,
    regimen_candidate,
    therapy_after,
    progressed_on_last,
    maintenance_after_first_line,
    first_line_progressed,
    last_therapy_within,
    parent_study,
    ecog,
    karnofsky,
    lvef,
    age,
    sexes,
    measurable,
    conditions,
    disease,
    primary_site,
    tumour_locations,
    distant_metastases,
    early_stage,
    recurrence,
    relapsed_or_refractory,
    residual_disease,
    diagnosis_window,
    organ_function,
)


def _gates_for(kind: str) -> tuple[tuple[Any, tuple[str, ...]], ...]:
    return tuple(
        (rule, KIND_GATES.get((rule.__name__, kind), GATES[rule.__name__]))
        for rule in RULES
        if ONLY_FOR.get(rule.__name__, kind) == kind
    )


_GATED: dict[str, tuple[tuple[Any, tuple[str, ...]], ...]] = {
    "inclusion": _gates_for("inclusion"),
    "exclusion": _gates_for("exclusion"),
}


# "History of chemotherapy, radiotherapy, immunotherapy or target therapy" (a Chinese registry's
# English, NCT06313567; twenty-second blind set, TY): therapy had before, as "prior …" says it
_HISTORY_OF_THERAPY = re.compile(
    r"^history of (?=(chemo|radio|immuno|targete?d? therap|systemic therap|anti-?\s?cancer therap))"
)


# "Any chemotherapy or radiotherapy history": therapy had before, the noun put last
_THERAPY_HISTORY = re.compile(r"^(any )?(?P<what>((chemo|radio)\w*(,? or |,? and |, )?)+) history[.;]?$")


_THEN_FOR_THAN = re.compile(r"\b(greater|less|more|fewer|older|younger|higher|lower) then\b")
# "Male or female participants greater than or equal to (>=) 18 years" (NCT02625610, TT): the
# words and the symbol in brackets after them, one comparison
_OR_EQUAL = re.compile(r"\b(greater|more|less) than or equal to\s*(\(\s*(>=|≥|<=|≤)\s*\)\s*)?")
# "Participants who received at least 1 LOT for HER2-positive … mGC/GEJC" (NCT05606094, thirteenth
# set, TP): LOT, a line of therapy
_LINES_OF_THERAPY = re.compile(r"\b(\d|one|two|three|four|prior|previous) lots?\b")


def _normalise(text: str) -> str:
    r"""Lower-cased, curly apostrophes straightened, ">/=" and "≧" written "≥", each run of white space
    one space (as re.sub(r"\s+", " ", …) would, leading and trailing runs included)."""
    folded = roman_numerals(latin_lookalikes(text.casefold().replace("’", "'")))
    if "/=" in folded:  # "Age >/= 18 years" (Roche's records; eighteenth blind set, TU)
        folded = folded.replace(">/=", "≥").replace("</=", "≤")
    if "≦" in folded or "≧" in folded:  # "≦75 years of age" (East Asian records; TT)
        folded = folded.replace("≦", "≤").replace("≧", "≥")
    low = " ".join(folded.split())
    if " then " in low:  # "greater then 85 years" (NCT00628784; TZ): the comparison meant
        low = _THEN_FOR_THAN.sub(r"\1 than", low)
    if "or equal to" in low:
        low = _OR_EQUAL.sub(lambda m: "≥ " if m.group(1) in ("greater", "more") else "≤ ", low)
    if " lot" in low:
        low = _LINES_OF_THERAPY.sub(r"\1 lines of therapy", low)
    if low.startswith("history of "):
        low = _HISTORY_OF_THERAPY.sub("prior ", low)
    if low.endswith(("history", "history.", "history;")) and (m := _THERAPY_HISTORY.match(low)):
        low = f"prior {m.group('what')}"  # "Any chemotherapy or radiotherapy history" (MATCH, VW)
    if not low:
        return " " if folded else ""
    if folded[0].isspace():
        low = " " + low
    if folded[-1].isspace():
        low += " "
    return low


def interpret(text: str, kind: str) -> list[Req]:
    """Every requirement the rules find in one criterion's text (lower-cased, markdown unescaped).
    Memoised per (text, kind): registries repeat boilerplate criteria across studies; each caller
    gets its own copies."""
    return [{k: list(v) if isinstance(v, list) else v for k, v in r.items()} for r in _interpret(text, kind)]


# "HER2 positive expression is defined as IHC 3+ or …; HER2 low expression is defined as IHC 1+ or …":
# a criterion that only defines the study's terms asks for nothing itself (the criteria using the
# terms do).
_DEFINES = re.compile(r"^[\w\s/()-]{0,40}?\b(is|are) defined as\b")
# "The following are not considered measurable disease: bone lesions; ascites; …" (NCI's form,
# sixteenth blind set, TR): what RECIST does not measure, a definition too
_NOT_CONSIDERED = re.compile(r"^the following (are|is) not considered (measurable|evaluable)\b")
# "Stage cT2 or higher, any N and M0, are eligible for the study." (NCT05567835, forty-first blind set, UR):
# the stage asked, worded as who is eligible; read without the wording (a permission "any … are eligible"
# would pass a metastatic case)
_STAGE_ELIGIBLE = re.compile(
    r"^(clinical |pathologic(al)? )?(stage|[cpy]?t[0-4x])\b[^.;]*?(?P<tail>,? (are|is) eligible"
    r"( (for|to (enter|join|participate in)) (the|this) (study|trial))?\.?)$"
)


# "The intended number of randomized patients has been set as 100: 50 patients randomized to each arm …"
# (eighteenth blind set, TU): the study's size, listed among the criteria, asks nothing of the patient
_STUDY_SIZE = re.compile(
    r"^the (intended|planned|expected|total|target) (number|sample size) of (randomi[sz]ed |enrolled )?"
    r"(patients|participants|subjects)\b|^(a )?(total of )?\d+ (patients|participants|subjects) will be "
    r"(enrolled|randomi[sz]ed|recruited|included)\b"
)


# "NOTE: Screening for HIV infection should be conducted per local requirements.", "If a participant has
# received a recent blood transfusion, the laboratory tests must be obtained >= 1 week after any blood
# transfusion." (Astellas records, NCT05365581): how the study team screens or tests, listed as an item;
# it asks nothing of the patient (the TE, UL and UO reviewers: met, "a screening note")
_HOW_THE_TEAM_TESTS = re.compile(
    r"^(note:\s*)?(screening|testing) for [^.;]{0,80}?(should|must|will|is to|are to) be "
    r"(conducted|performed|done|carried out)\b[^.;]*\.?$|"
    r"^if (a |the )?(participant|patient|subject) has received a (recent )?(blood )?transfusion,? the "
    r"laboratory tests? must be (obtained|performed|drawn|repeated)\b[^;]*$"
)


# "The following types are not allowed: Small cell undifferentiated carcinomas, lymphomas, or sarcomas"
# in an inclusion list (NCI's form, NCT00258323; twenty-fourth blind set, UA): it was read as asking for
# those tumours
_NOT_ALLOWED_LIST = re.compile(r"^the following [^.;:]{0,40}\b(are|is) not (allowed|eligible|permitted)\b")
# "Please note: There are additional inclusion/exclusion criteria. The study center will determine if
# you meet all of the criteria." (Sarah Cannon's records, NCT00193141; twenty-second blind set, TY): more
# criteria than the record lists, open until the study team gives them
_MORE_CRITERIA = re.compile(
    r"^(please note:? )?there (are|may be) (additional|other|further) (inclusion|exclusion|eligibility|"
    r"inclusion/exclusion|inclusion and exclusion)? ?criteria\b"
)


def _only_definitions(text: str) -> bool:
    clauses = [c for c in re.split(r"[.;]\s*", text.strip(" .;")) if c]
    return bool(clauses) and all(_DEFINES.match(c) for c in clauses)


# "Has one of the following cancers:" (MK-1022-011, NCT06596694; VN, UY): a lead-in to a list of tumour
# types, each its own item (criteria/tumour_cohorts.py) and judged there; the lead-in asks nothing more
_LIST_LEAD_IN = re.compile(
    r"^((participants?|patients?|subjects?) (who )?)?(has|have|with)? ?(one|any|either) of the following "
    r"(cancers?|tumou?rs?|tumou?r types?|malignanc(y|ies)|diseases?|disease types?|indications?)\s*:$|"
    # "Subjects presenting with any of the following will not be included in the study" (NCT01761461, VS)
    r"^((participants?|patients?|subjects?) )?(presenting with|who (have|present with|meet)|with) any of the "
    r"following( criteria| conditions)? (will|shall) (not be (included|enrolled)|be excluded)"
    r"( (in|from) (the|this) (study|trial))?\W*$"
)


@lru_cache(maxsize=16384)
def _interpret(text: str, kind: str) -> tuple[Req, ...]:
    low = _normalise(text)
    if "human epidermal" in low:
        low = _HER2_LONG.sub("her2", low)
    if "distance metasta" in low:  # "No distance metastasis" (a Chinese registry's English, VT)
        low = low.replace("distance metasta", "distant metasta")
    if "programmed" in low:
        low = _PD_LONG.sub(_pd_symbol, low)
    if "eligible" in low and (worded := _STAGE_ELIGIBLE.match(low)):
        low = low[: worded.start("tail")]  # "Stage cT2 or higher, any N and M0, are eligible": the stage
    if ":" in low[:30] and (label := _NCI_SUBLABEL.match(low)):
        low = low[label.end() :]  # "Chemotherapy: No prior chemotherapy …": read without NCI's label
    if "cht" in low:
        low = _RT_BESIDE_CHT.sub(_radiotherapy_beside, _CHT.sub("chemotherapy", low))
    if "containing" in low or "based" in low:  # "trastuzumabcontaining": a typo that hides the agent
        low = _GLUED_CONTAINING.sub(r"\1-\2", low)
    if ("defined as" in low and _only_definitions(low)) or (
        "not considered" in low and _NOT_CONSIDERED.match(low)
    ):
        return ({"type": "definition"},)
    if ("menopaus" in low or "she " in low or "bearing" in low) and (defined := menopause_defined(low)):
        return tuple(defined)
    if "following" in low and _LIST_LEAD_IN.match(low):
        return (LEAD_IN,)
    if (beyond := beyond_the_list(low, kind) or for_listed_tumours(low, kind, _interpret)) is not None:
        return tuple(beyond)
    if ("number" in low or "will be" in low) and _STUDY_SIZE.match(low):
        return ({"type": "definition", "about": "design"},)
    if ("screening" in low or "testing" in low or "transfusion" in low) and _HOW_THE_TEAM_TESTS.match(low):
        return ({"type": "definition", "about": "procedure"},)
    if "additional" in low and _MORE_CRITERIA.match(low):
        return ({"type": "open_parts", "parts": ["criteria the registry record does not list"]},)
    low = unbind_list_qualifiers(low, kind)  # "MSI-H CRC, oesophagogastric cancer": MSI-H is CRC's
    if kind == "inclusion" and "not" in low and _NOT_ALLOWED_LIST.match(low):
        return ()  # what an inclusion lists as not allowed is no property to have (read by a person)
    if kind == "inclusion" and (turned := excluded_population(low, _interpret)) is not None:
        return tuple(turned)  # "… HER2-positive are excluded" in the inclusion list
    if kind == "inclusion" and "regardless of" in low and "trastuzumab" not in low:
        # "cStage III … (regardless of HER-2 expression) …": the item is read without the clause that
        # lets every HER2 status in; it is a permission only when nothing else is asked (rules_scope)
        rest = _REGARDLESS_HER2.sub(" ", low)
        if rest != low and (asked := _interpret(rest, kind)):
            return asked
    if low.startswith(("arm ", "cohort ", "part ", "for ")):  # the labels arm_items.py reads open the item
        if (arms := arm_alternatives(low, kind, _interpret)) is not None:
            return tuple(arms)
        low = without_arm_label(low)
    scoped = scope(low, kind)
    if scoped is not None:
        return tuple(scoped)
    if "following" in low and (options := history_options(low, kind)) is not None:
        return tuple(options)  # a treatment-history option list is read whole (rules_options.py)
    if ("following" in low or "population" in low) and (
        tumours := tumour_options(low, kind, _interpret)
    ) is not None:
        return tuple(tumours)  # "one of the following solid tumors: TMB-H; MSI-H; …" (rules_option_lists)
    found: list[Req] = []
    gated = _GATED.get(kind) or _gates_for(kind)
    for rule, words in gated:
        for word in words:  # a plain loop: a generator in any() costs twice as much here
            if word in low:
                break
        else:
            continue  # none of the rule's words is in the text
        for req in rule(low, kind):
            if req not in found:
                found.append(req)
    if any(r["type"] == "first_line_held" for r in found):
        # the first line's count, end and months are said there: not a line count, nor a wash-out
        found = [r for r in found if r["type"] not in ("prior_lines", "progressed_on_last", "washout")]
        for r in found:  # what that first line held, which may still be running (TX's NCT03889626)
            if r["type"] == "prior_therapy" and not r.get("negated"):
                r["ongoing_counts"] = True
    if any(r["type"] == "evaluable_disease" for r in found):
        found = [r for r in found if r["type"] != "measurable_disease"]
    # ("Inadequate washout from prior anticancer therapy": a wash-out without its time, brenetafusp, WK)
    if timed := {r["scope"] for r in found if r["type"] == "washout" and (r.get("days") or "wash" in low)}:
        timed |= {group for scope in timed for group in WASHOUT_SCOPE_GROUPS.get(scope, ())}
        for r in found:  # "an immunotherapy other than pembrolizumab in the last 4 weeks": the wash-out
            # keeps the agents the prior therapy it takes over excepted (NCT06270706, the WB reviewer)
            if r["type"] == "prior_therapy" and r["group"] in timed and r.get("except"):
                for w in found:
                    if w["type"] == "washout" and w.get("days"):
                        w["except"] = list(r["except"])
        # "prior taxane within 6 months": the time since the agent (rules_timing._one_agent), not
        # whether it was ever given
        found = [r for r in found if not (r["type"] == "prior_therapy" and r["group"] in timed)]
    if alternatives := [o for r in found if r["type"] == "any_of" for option in r["options"] for o in option]:
        found = [r for r in found if r not in alternatives]  # read inside the alternatives only
    if (subgroup := her2_subgroup(low, kind, found)) is not None:
        found = subgroup
    found.extend(open_parts(low, kind, found))
    if kind == "exclusion":
        found = only_with_the_qualifier(low, found)
    else:
        found = received_now(low, kind, for_those_treated(low, found))
    return tuple(found or consent(low, kind))
