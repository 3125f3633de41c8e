"""Parts of a multi-part criterion that no case field records (issue 15, class 7).

An exclusion such as "myocardial infarction within 6 months, heart failure or unstable angina" is
passed only when every part is known absent: the case records heart failure, never a myocardial
infarction or angina. Those parts become one ``open_parts`` requirement naming them, which is unknown
for every case; a recorded part that is present still excludes. An inclusion asking that standard
therapy be exhausted gets the same treatment (no case field says so).
"""

from __future__ import annotations

import re

from her2nav.trials.criteria.rule_text import Req, _has

_KARNOFSKY = r"k(?<=\bk)arnofsky|k(?<=\bk)ps\b"
_KARNOFSKY_PART = "the Karnofsky performance status (the case records ECOG)"
# (words shown, pattern) for findings a case file does not record (CONTRACT §1 has no field for them).
_UNRECORDED: tuple[tuple[str, str], ...] = (
    ("myocardial infarction", r"myocardial infarction|m(?<=\bm)i\b|heart attack"),
    ("angina", r"angina"),
    ("arrhythmia", r"arrhythmi|atrial fibrillation"),
    (
        "coronary or other heart disease",
        r"coronary|c(?<=\bc)hd\b|cardiomyopath|cardiovascular disease|valvular|"
        r"cardiac (disease|insufficiency)",
    ),
    ("QT prolongation", r"q(?<=\bq)tc?f?\b|qt interval|qt prolongation"),
    ("stroke", r"stroke|cerebrovascular|transient isch"),
    (
        "infection",
        r"active (\w+ )?(infections?|infectious (diseases?|illness))(?! with)|"
        r"ongoing (\w+ )?(infections?|infectious (diseases?|illness))(?! with)|"
        r"serious (\w+ )?(infections?|infectious (diseases?|illness))(?! with)|"
        r"uncontrolled (\w+ )?(infections?|infectious (diseases?|illness))(?! with)|"
        r"systemic (\w+ )?(infections?|infectious (diseases?|illness))(?! with)|infections? requiring",
    ),
    ("vaccination", r"vaccin"),
    ("tuberculosis", r"tubercul"),
    (
        "liver disease",
        r"active liver disease|chronic liver disease|current liver disease|significant liver disease|"
        r"severe liver disease|cirrho",
    ),
    ("seizures", r"epilep|seizure"),
    ("psychiatric illness", r"psychiatric|mental illness|psychosis"),
    ("pulmonary embolism", r"pulmonary embol"),
    (
        "peptic ulcer or digestive bleeding",
        r"peptic ulcer|gastrointestinal( tract)? (bleed|ha?emorrhag)|digestive( tract)? (bleed|ha?emorrhag)|"
        r"g(?<=\bg)i( tract)? (bleed|ha?emorrhag)",
    ),
    # immunodeficiency other than HIV (CONTRACT §1 records hiv only; "human immunodeficiency virus" and
    # "acquired immunodeficiency syndrome" name HIV itself)
    (
        "immunodeficiency",
        r"immuno-?\s?deficiency\b(?! virus| syndrome)|immuno-?\s?deficiencies|"
        r"(?<!acquired )immune[- ]deficien|congenital (or |and/or |and )?(acquired )?immun",
    ),
    ("inflammatory disorders", r"(?<!bowel )inflammatory (disorders?|diseases?|conditions?)"),
    ("other CNS pathology", r"(cns|central nervous system) patholog"),
    # the case records brain metastases only, not where else the spine or its cord is involved
    # ("spinal cord compression or … CNS metastases", "brain, leptomeningeal, or paraspinal metastases":
    # UM's and UN's reviewers, thirty-sixth and thirty-seventh blind sets)
    (
        "spinal cord compression or spinal metastases",
        r"spinal cord compression|(para)?spinal metasta|paraspinal",
    ),
    # current use, timed ("corticosteroids or other immunosuppressive medications within 14 days"), not
    # the treatment a condition needed ("ILD that required steroids", "autoimmune disease requiring
    # systemic treatment (i.e. corticosteroids or immunosuppressive drugs)")
    (
        "systemic corticosteroids or immunosuppressants",
        r"steroids?\b[^.;()]{0,60}\bwithin \d|immunosuppress\w*[^.;()]{0,40}\bwithin \d",
    ),
    # "chemo or radio therapy"; not chemoradiotherapy, whose chemotherapy a case records as a course
    # (RILOMET-1's "… adjuvant chemotherapy or chemoradiotherapy", twenty-first blind set, TX)
    (
        "radiotherapy",
        r"(?<!chemo)(?<!chemo-)(?<!chemo )radio-?\s?therap|(?<!chemo)(?<!chemo-)radiation|radiosurgery",
    ),
    # "KPS<60 or anticipated survival time<3 months" (TU; the brief's convention C2: life expectancy open)
    (
        "life expectancy",
        # "… and expected to survive more than 6 months" (NCT06313567; TY)
        r"life expectancy|(anticipated|expected|estimated|predicted) survival|survival time|"
        r"expected to survive",
    ),
    ("a stent", r"s(?<=\bs)tents?\b|s(?<=\bs)ems\b"),  # "self-expanding metal stent (SEMS)"
    ("intercurrent illness", r"intercurrent illness"),
    # "… systemic or surgical or combined therapy", "No previous gastrectomy or chemotherapy" (UB, UD)
    (
        "surgery",
        r"major surg|surgical procedure|s(?<=\bs)urgery\b|surgical (or combined )?(therapy|treatment)|"
        r"g(?<=\bg)astrectomy|o?esophagectomy",
    ),
    # "not receiving any other investigational agents" (not "therapy including investigational agents",
    # which a wash-out of all systemic therapy covers)
    ("investigational agents", r"(other|receiving) (\w+ )?investigational (agents?|drugs?|products?|therap)"),
    (
        "high-dose or continuous corticosteroids",
        # not those brain metastases may not need ("unless … not requiring continuous corticosteroids")
        # (the look-behinds sit after each alternative's first letter, so that re can jump: rule_text.py)
        r"(c(?<!requiring c)(?<!require c)(?<!requires c)ontinuous|"
        r"c(?<!requiring c)(?<!require c)(?<!requires c)hronic) (high[- ]dose )?(cortico)?steroids|"
        r"h(?<!requiring h)(?<!require h)(?<!requires h)(?<!continuous h)igh[- ]dose (cortico)?steroids",
    ),
    ("prohibited medications", r"prohibited (concomitant )?(medications?|drugs?|therap\w*)"),
    ("infectious disease", r"infectious diseases? (including|such as|e\.g\.)"),
)
# "a documented gene alteration including but not limited to HER2, KRAS …" (UB's NCT05176665)
_GENE_ALTERATIONS = r"(gene|genomic|molecular|driver) alterations?"
_ALTERATION_WORDS = ("rearrang", "fusion", "mutat", "mutant", "alter", "amplif", "delet")
# Gene alterations other than HER2's (CONTRACT §1 records HER2, PD-L1, CLDN18.2 and MMR/MSI only):
# "advanced solid tumours harbouring a ROS1 or NTRK1-3 rearrangement" asks what no case can show.
_ALTERATION = re.compile(
    r"\b(ros1|ntrk\d?|alk|egfr|kras|nras|braf|fgfr\d?b?|c-?met|ret|pik3ca|brca\d?|mtap|nrg1|idh\d?|akt\d?|"
    r"pten|tp53|kit|pdgfra|atm|cdkn2a)\b[^.;]{0,60}\b(rearrange\w*|fusions?|mutations?|mutated|mutant|"
    r"alterations?|altered|amplifi\w*|deletions?|deleted)\b|"
    r"\b(rearrange\w*|fusions?|mutations?|alterations?|amplification|deletion) (of|in) (the )?"
    r"(ros1|ntrk\d?|alk|egfr|kras|nras|braf|fgfr\d?|c-?met|ret|pik3ca|brca\d?|mtap|nrg1|idh\d?)\b"
)
# "… confirm the tumor cells positive expression of relevant molecular targets" (a CAR-T study's target
# other than HER2, PD-L1 or CLDN18.2, which the case records: eleventh blind set)
_TARGET_EXPRESSION = r"expression of (the )?(relevant |study |molecular )*targets?\b"
# "first-line and second-line chemotherapy of advanced gastric cancer": lines given or cohorts, not read
_LINES_AND_JOINED = (
    r"(first|1st|second|2nd|third|3rd)[- ](line[- ])?(and|&)[- ](second|2nd|third|3rd|fourth|4th)[- ]line"
)


# "medically fit to undergo a major surgery with planned thoracotomy … (Karnofsky ≥70, ECOG 0-1)" (TU):
# the performance status is read, the fitness for the operation is the surgeon's to judge
_FIT_FOR_OPERATION = (
    r"\bfit (to|for) (undergo )?(an? )?(major )?(surgery|surgical|operation|resection|esophagectomy|"
    r"gastrectomy|thoracotomy)"
)


# "Brain metastases unless treated and stable … if recovered from radiotherapy": the radiotherapy is part
# of the exception for patients with brain metastases, which the condition rule reads (qualified).
_RADIOTHERAPY_IN_BRAIN_EXCEPTION = (
    r"(brain|cns|central nervous system)[^.;]{0,40}metasta[^.;]*\b(unless|except|provided|if|may be)\b"
    r"[^.;]*(radiotherap|radiation|radiosurgery)"
)
# "active autoimmune disease requiring continuous corticosteroids … (except palliative radiation)" (a
# CAR-T study's procurement exclusion, NCT03740256; forty-seventh blind set, UX): what a bracket
# exempts is no part of what excludes
_EXEMPTED = re.compile(r"\((except|excluding|other than|with the exception of)\b[^()]*\)")
# Parts an inclusion's wash-out may list beside anticancer therapy, which no case records.
_TIMED_INCLUSION_PARTS = ("radiotherapy", "surgery")
# Parts any inclusion may name beside what the rules read, which no case records.
_OPEN_IN_INCLUSIONS = ("life expectancy",)
_STANDARD_EXHAUSTED = (
    r"standard[^.;]{0,60}(do not exist|does not exist|no longer effective|exhausted|"
    r"not (available|tolerated)|"
    r"refractory|intoleran|failed)|no (available |further )?(standard|effective) (treatment|therap|option)|"
    # "(failed|exhausted|progressed on) …" spelt out: every alternative opens with a letter (rule_text.py)
    r"failed (all )?(available )?standard|exhausted (all )?(available )?standard|"
    r"progressed on (all )?(available )?standard|no available treatment options?"
)


def open_parts(text: str, kind: str, found: list[Req]) -> list[Req]:
    """One ``open_parts`` requirement for the parts of ``text`` no case records, when the other parts
    were read (a criterion read not at all is unknown anyway)."""
    if not found or all(r.get("type") == "open_parts" for r in found):
        return []
    parts: list[str] = []
    if kind == "exclusion":
        named = _EXEMPTED.sub(" ", text) if "(" in text else text
        parts = [words for words, pattern in _UNRECORDED if _has(pattern, named)]
        if "radiotherapy" in parts and _has(_RADIOTHERAPY_IN_BRAIN_EXCEPTION, text):
            parts.remove("radiotherapy")  # a condition of the brain-metastasis exception, read with it
        if "investigational agents" in parts and any(
            r.get("scope") == "investigational" or (r.get("scope") == "systemic" and r.get("days"))
            for r in found
        ):  # their wash-out, read (rules_timing.py), alone or with every other course's (NCT05365581, UZ)
            parts.remove("investigational agents")
    elif any(r.get("type") == "washout" for r in found) or any(
        r.get("type") == "prior_therapy" and r.get("negated") for r in found
    ):
        # "wash-out: surgery ≥ 4 weeks, radiotherapy …"; "No previous chemotherapy or radiation therapy"
        # (CONTRACT §1 records systemic therapy only; thirteenth blind set)
        parts = [words for words in _TIMED_INCLUSION_PARTS if _has(dict(_UNRECORDED)[words], text)]
    if "surgery" in parts and any(r.get("type") == "tumour_operated" for r in found):
        parts.remove("surgery")  # the operation on the cancer, read (rules_operation.py)
    if kind == "inclusion" and ("expect" in text or "surviv" in text):
        # "ECOG 0 or 1 and life expectancy of at least 3 months": the score is read, the survival
        # estimate (the outside reviewers' convention C2) stays open
        parts += [words for words in _OPEN_IN_INCLUSIONS if _has(dict(_UNRECORDED)[words], text)]
    if kind == "exclusion" and _has(_STANDARD_EXHAUSTED, text):  # inclusions: rules_standard.py
        parts.append("standard therapy exhausted")
    if any(word in text for word in _ALTERATION_WORDS) and (m := _ALTERATION.search(text)) is not None:
        parts.append(f"{(m.group(1) or m.group(6)).upper()} alteration (no case field records it)")
    elif kind == "exclusion" and "alteration" in text and _has(_GENE_ALTERATIONS, text):
        parts.append("gene alterations other than HER2's (no case field records them)")
    if (
        ("karnofsky" in text or "kps" in text)
        and _has(_KARNOFSKY, text)
        and not any(r.get("type") in ("ecog", "karnofsky") for r in found)
    ):
        # CONTRACT §1 records ECOG: a Karnofsky threshold is judged from it (rules_fitness.karnofsky)
        # or read as ECOG's equivalent ("ECOG 0-1 (or equivalent Karnofsky)"); one with no score the
        # rules can read stays open
        parts.append(_KARNOFSKY_PART)
    if kind == "inclusion" and "express" in text and _has(_TARGET_EXPRESSION, text):
        parts.append("the study target's expression (no case field records it)")
    if (
        kind == "inclusion"
        and "fit" in text
        and _has(_FIT_FOR_OPERATION, text)
        and not any(r.get("type") == "disease" and r.get("advanced") is False for r in found)
    ):  # ("Fit for surgery with curative intent" alone is read as resectable disease: TN)
        parts.append("fitness for the operation (the surgeon's judgement)")
    if kind == "inclusion" and " and " in text and _has(_LINES_AND_JOINED, text):
        parts.append("the lines of therapy named together (rules_lines._AND_JOINED)")
    if not parts:
        return []
    return [{"type": "open_parts", "parts": parts}]


# "Prior T-DXd that was stopped because of ILD", "received X and developed …", "progression within 3
# months of starting X": an exclusion of prior therapy together with what happened on it. The therapy
# alone does not exclude: the clause applies to patients who had it, and then asks the rest.
QUALIFIED_PRIOR = re.compile(
    r"t(?<=\bt)hat (was|were) (permanently )?(discontinued|stopped)|"
    r"w(?<=\bw)hich (was|were) (permanently )?(discontinued|stopped)|discontinu\w* (due to|because of)|"
    r"leading to|resulting in|a(?<=\ba)nd (then )?(developed|experienced)\b|"
    r"w(?<=\bw)ith (disease )?progression\b|"
    r"progress\w* (during|within|on or within)|r(?<=\br)efractory to\b|as (the )?best (overall )?response|"
    r"within \d+ (months?|weeks?) (of|after) (starting|completing|the (start|end|last dose))"
)


def only_with_the_qualifier(text: str, found: list[Req]) -> list[Req]:
    """One prior therapy with a qualifier (QUALIFIED_PRIOR in ``text``): an ``applies_if`` on that
    therapy asking the rest."""
    prior = [r for r in found if r["type"] == "prior_therapy" and not r.get("negated")]
    if len(prior) != 1 or not QUALIFIED_PRIOR.search(text):  # the cheap test first
        return found
    rest = [r for r in found if r is not prior[0] and r.get("group") != prior[0]["group"]]
    return [{"type": "applies_if", "when": prior[0], "then": rest}]


# "Patients receiving perioperative anti-HER2 therapy require testing of HER2 status for eligibility"
# (NCT04082364; the TV reviewer: does not apply without such therapy): an inclusion whose subject is the
# patients who had a therapy asks the rest of them only, not the therapy of everyone.
_THOSE_TREATED = re.compile(
    r"^(patients?|participants?|subjects?) (who (have |had )?(received|been treated with|were treated with)|"
    r"who are receiving|receiving|treated with|having received) [^.;]{1,80}? "
    r"(must|should|shall|require|requires|are required|is required|need|needs)\b"
)


# "Patients with distant metastatic spread must have previously received approved first-line systemic
# therapies if they are eligible to receive these treatments." (TIL, NCT03935893; twenty-eighth session,
# WG): asked of metastatic patients only (the reviewer: "does not apply" to a resectable case)
_THOSE_WITH_SPREAD = re.compile(
    r"^(patients?|participants?|subjects?) with (distant )?"
    r"(metastatic (spread|disease)|distant metastas[ie]s) "
    r"(must|should|shall|are required|need)\b"
)
_SPREAD: Req = {"type": "distant_metastases", "only": True}


def for_those_treated(text: str, found: list[Req]) -> list[Req]:
    """One prior therapy, or distant spread, named as the subject of an inclusion (_THOSE_TREATED,
    _THOSE_WITH_SPREAD): an ``applies_if`` on it asking the rest."""
    if not text.startswith(("patient", "participant", "subject")):
        return found
    if found and _THOSE_WITH_SPREAD.search(text):
        then = [r for r in found if r["type"] != "disease"]
        return [{"type": "applies_if", "when": dict(_SPREAD), "then": then}]
    prior = [r for r in found if r["type"] == "prior_therapy" and not r.get("negated")]
    if len(prior) != 1 or not _THOSE_TREATED.search(text):
        return found
    rest = [r for r in found if r is not prior[0]]
    return [{"type": "applies_if", "when": prior[0], "then": rest}]
