"""Criterion rule for past conditions named in an exclusion (requirement type ``condition``).

``qualified``: the sentence naming the condition limits it to some forms (active, untreated,
symptomatic, requiring steroids, clinically significant …), so a recorded condition alone does not
settle it; a plain "history of X" in the text covers every form and leaves it unqualified.
``steroids``: one of the forms named is "required steroids" (a recorded pneumonitis of the grade that
is treated with systemic steroids settles it). ``broad``: the text names a wider class than the
recorded condition ("any lung-specific illness"): a recorded condition excludes, its absence does not
settle the criterion.
"""

from __future__ import annotations

import re

from her2nav.trials.criteria.rule_text import Req, _has, _rx, _search, _sub
from her2nav.trials.criteria.rules_fitness import CNS_DISEASE

# "hepatitis" alone, named among infections beside HIV ("chronic infectious disease, such as AIDS or
# hepatitis": seventeenth blind set, TS), names both viral hepatitides; elsewhere ("autoimmune
# hepatitis", "liver disease e.g. viral hepatitis") it is left to the other rules
_NO_LETTER = r"(?!\s*(\(?[a-e]\b|[a-e]/|virus [a-e]\b|[a-e] virus))"
_HEPATITIS_B = r"hepatitis\s*(a/)?b\b|h(?<=\bh)bv\b|hepatitis b/c|hepatitis a/b/c|hepatitis \([^)]*\bb\b"
_HEPATITIS_C = r"hepatitis\s*(b/)?c\b|h(?<=\bh)cv\b|hepatitis b or c|hepatitis a/b/c|hepatitis \([^)]*\bc\b"
_BARE_HEPATITIS = (
    rf"(h(?<=\bh)iv\b|a(?<=\ba)ids\b|infectious)[^.;]{{0,80}}?(?<!immune )hepatitis{_NO_LETTER}|"
    rf"(?<!immune )hepatitis{_NO_LETTER}[^.;]{{0,40}}?(h(?<=\bh)iv\b|a(?<=\ba)ids\b)"
)
_CONDITIONS: tuple[tuple[str, str], ...] = (
    ("interstitial_lung_disease", r"interstitial lung disease|i(?<=\bi)ld\b|pneumonitis|pulmonary fibrosis"),
    (
        "brain_metastases",
        # "Active central nervous system (CNS) malignancies" (VVD-159642, NCT06804824; twenty-ninth
        # session, WM: for a gastro-oesophageal cancer, its spread to the brain)
        r"(brain|cns|central nervous system( \(cns\))?)\s*(metasta|lesion|disease|involvement|malignanc)|"
        # "brain or meningeal metastases" (NCT02005484, UD)
        r"(brain|cns) (or|and|and/or|/) (meningeal|leptomeningeal|spinal) metasta|"
        # "any metastasis in the brain or meninx" (thirteenth blind set)
        r"leptomeningeal|metasta\w* (in|to|of|within) (the )?(brain|meninx|meninges|cns)\b",
    ),
    # AIDS (acquired immune deficiency syndrome) is HIV disease (thirteenth blind set)
    # not "HIV drugs" in a list of medicines (NCT05072314: medicines that slow lidocaine's metabolism)
    (
        "hiv",
        r"h(?<=\bh)iv\b(?! (drugs?|medications?|medicines?|protease))|human immunodeficiency|"
        r"acquired immune?o?\s?deficiency",
    ),
    # "hepatitis" alone names both ("chronic infectious disease, such as AIDS or hepatitis": TS)
    ("hepatitis_b", f"{_HEPATITIS_B}|{_BARE_HEPATITIS}"),
    ("hepatitis_c", f"{_HEPATITIS_C}|{_BARE_HEPATITIS}"),
    ("autoimmune_disease", r"auto-?immune"),
    ("organ_transplant", r"(organ|allogeneic|solid organ|stem cell|bone marrow)[^.;]{0,20}transplant"),
    (
        "heart_failure",
        # "… may also require no significant cardiac deficiencies" (NCT05005403; VR): failing function
        r"heart failure|cardiac failure|n(?<=\bn)yha\b|c(?<=\bc)hf\b|new york heart association|"
        r"cardiac deficienc",
    ),
)
# Wider classes that contain a recorded condition.
# The third part: words that narrow the class to forms the record cannot settle (a recorded ILD is a
# "clinically significant lung-specific illness" to the outside reviewers; heart failure is a "cardiac
# disease", but not necessarily an uncontrolled one).
_BROAD: tuple[tuple[str, str, str], ...] = (
    (
        "interstitial_lung_disease",
        r"lung[- ]specific[^.;]{0,60}(illness|disease)|underlying pulmonary (disorder|disease|illness)|"
        r"any pulmonary (disorder|disease|illness)|"
        # "Severe pulmonary disease e.g. pulmonary fibrosis": the class, with fibrosis as one example
        # (twelfth blind set)
        r"(severe|significant|serious|chronic) (pulmonary|lung) (disorder|disease|illness)",
        r"\bsevere (pulmonary|lung)",  # only its severe forms
    ),
    # "Cardiac disease, pulmonary disease, or hepatic disease" (UC's NCT06921837): the class, plainly
    # (not chronic obstructive pulmonary disease, which contains no ILD, nor ILD itself)
    (
        "interstitial_lung_disease",
        r"(?<!obstructive )(?<!interstitial )\b(pulmonary|lung) (disease|disorder)s?\b",
        r"uncontrolled|unstable|\bactive|symptomatic|acute|recent|within \d|defined|protocol|severe|requir|"
        r"oxygen",
    ),
    (
        "heart_failure",
        r"\b(cardiac|heart|cardiovascular) (disease|disorder|condition)s?\b",
        r"uncontrolled|unstable|\bactive|symptomatic|acute|recent|within \d|defined|protocol",
    ),
)
# Forms of a recorded condition the record cannot tell apart from its other forms: inflammatory bowel
# disease (Crohn's disease, ulcerative colitis) is an immune-mediated disease the autoimmune exclusions
# name beside the others, and is counted among pre-existing autoimmune diseases when checkpoint
# inhibitors are weighed (Abu-Sbeih et al., J Clin Oncol 2020;38:576-583, PMC7030892); the UU, UT and UW
# reviewers: no autoimmune disease recorded, none of these.
# A case without the condition has none of them; one with it leaves the form open.
_NARROWER_FORMS: tuple[tuple[str, str], ...] = (
    ("autoimmune_disease", r"inflammatory bowel disease|crohn'?s( disease)?|ulcerative colitis"),
)
# Only an item about those forms alone: every part of it names one, or is a qualifier of one ("requiring
# immunosuppressive medication", "within the past 5 years"); "a bowel obstruction, … inflammatory
# enteropathy or extensive intestinal resection (… Crohn's disease …)" names parts no case records.
_FORM_QUALIFIER_WORDS = (
    r"\b(has|have|had|patients?|participants?|subjects?|with|known|active|current|previous|prior|history|"
    r"of|any|a|an|the|requiring|required|immunosuppressive|systemic|medications?|treatment|therapy|within|"
    r"past|last|years?|months?|e\.?g|eg|such|as|including|disease|\d+)\b"
)


def _only_the_form(pattern: str, text: str) -> bool:
    body = _sub(r"\([^)]*\)", " ", text)
    parts = [p for p in re.split(r",|;|\bor\b|\band\b|/", body) if p.strip(" .")]
    return all(_has(pattern, p) or not _sub(_FORM_QUALIFIER_WORDS, " ", p).strip(" .'-") for p in parts)


# ("chronic" and "suspected" narrow nothing: a recorded hepatitis B or heart failure is the chronic
# disease, and "known or suspected X" takes every known X (eighteenth blind set, TS, NCT00080002).)
_QUALIFIED = (
    r"a(?<=\ba)ctive|untreated|symptomatic|progressive|unstable|uncontrolled|requir|steroid|current|"
    r"within \d|grade\s*(≥|>=)?\s*[2-4]|≥\s*g(rade)?\s*[1-4]|>=\s*g(rade)?\s*[1-4]|"
    r"clinically significant|except|unless|w(?<=\bw)here\b|involvement|eligible|allowed|permitted|"
    r"may be included|serologic|viral load|s(?<=\bs)evere|class (ii|iii|iv|[2-4])|radiation|"
    # "Brain metastasis larger than 4 cm" (PF-07799544, NCT05538130; twenty-eighth session, WL): a size
    # no case field records
    r"(larger|greater|bigger) than \d|[>≥]\s*\d+(\.\d+)?\s*(cm|mm)\b|"
    # "participants treated with anti-PD-1 … who had immune mediated toxicity …, interstitial lung
    # disease, or hypersensitivity" (NCT05005403; TE, UZ, VR): the condition as it arose on a therapy
    r"t(?<=\bt)reated with [^.;]{0,120}?\bwho (had|have|has|developed|experienced)\b"
)
# Qualifiers written before what they qualify ("active infection with HBV", "uncontrolled diabetes"): one
# that opens a later alternative of the list ("HIV infectivity or active infection with HBV or HCV",
# "known HIV, active chronic, or past hepatitis B") qualifies that alternative, not a condition named
# before it (UK and TE reviewers: a patient with HIV is excluded by NCT04309578's item). Not when a word
# other than a noun follows ("brain metastases, untreated or symptomatic": said of the metastases).
_PREFIX_QUALIFIER = (
    r"(a(?<=\ba)ctive|untreated|symptomatic|progressive|unstable|uncontrolled|current|clinically significant|"
    r"s(?<=\bs)evere)\s+(?!(or|and|and/or|nor)\b)\w"
)
_ALTERNATIVE = r",|;|\s(or|and|and/or)\s"
# The virus's own nucleic acid detected ("HBsAg negative but HBc antibody positive: an HBV DNA test … if
# positive the participant will be excluded", UO's NCT05365581; "positive HCV RNA by PCR"): active
# replication, which a recorded hepatitis (CONTRACT §1 conditions) does not say; it qualifies that
# virus's hepatitis only, not another named beside it
_VIRAL_NUCLEIC_ACID = {
    "hepatitis_b": r"(hbv|hepatitis b virus( \(hbv\))?) (dna|deoxyribonucleic)",
    "hepatitis_c": r"(hcv|hepatitis c virus( \(hcv\))?) (rna|ribonucleic)",
}
# People with X who have something more: "HIV-infected participants with a history of Kaposi's sarcoma",
# "hepatitis B carriers with detectable HBV DNA" name only those of them with it (UK's NCT06445972)
_PEOPLE_WITH = (
    r"([\w\s()-]{0,25}?\b(participants|patients|subjects|carriers|individuals|persons|people)\s+(with|who)|"
    r"[\w\s()-]{0,15}?\swho\s+(have|has|had|are|is))\b"
)
_STEROIDS = r"requir\w*\s+(systemic\s+)?(treatment with\s+)?(cortico)?steroids|steroid[- ]requiring"

# Words one of which every alternative of a condition's pattern contains (cheap test first).
_CONDITION_WORDS: dict[str, tuple[str, ...]] = {
    "interstitial_lung_disease": ("interstitial lung disease", "ild", "pneumonitis", "pulmonary fibrosis"),
    "brain_metastases": ("brain", "cns", "central nervous system", "leptomeningeal", "meninx", "meninges"),
    "hiv": ("hiv", "human immunodeficiency", "acquired immun"),
    "hepatitis_b": ("hepatitis", "hbv"),
    "hepatitis_c": ("hepatitis", "hcv"),
    "autoimmune_disease": ("auto",),
    "organ_transplant": ("transplant",),
    "heart_failure": (
        "heart failure",
        "cardiac failure",
        "nyha",
        "chf",
        "new york heart",
        "cardiac deficienc",
    ),
}
# A sentence letting some in: "however", "unless", "except…", "eligible", "allowed", "permitted".
_CARVE_OUT = (
    r"h(?<=\bh)owever\b|u(?<=\bu)nless\b|e(?<=\be)xcept|e(?<=\be)ligible|a(?<=\ba)llowed|p(?<=\bp)ermitted"
)
# Sentences, and the items of a lettered list ("b. …", "(b) …": "(a) Lung-specific intercurrent
# clinically significant illnesses (b) Any autoimmune, connective tissue or inflammatory disorders",
# NCT05417594, forty-ninth blind set, UZ: (a)'s qualifier does not bear on (b)). (?<=[.;])\s+,
# \s+(?=\b[b-h]\.\s) or \s+(?=\([b-h]\)\s), spelt to open with \s (rule_text.py: faster, the same
# matches).
_SENTENCES = re.compile(r"\s(?:(?<=[.;]\s)\s*|\s*(?=\b[b-h]\.\s)|\s*(?=\([b-h]\)\s))")


# What "history of …" must name to cover every form of the condition (for brain metastases, not a
# history of leptomeningeal disease alone).
_HISTORY_OF = {
    "brain_metastases": r"(brain|cns|central nervous system)\s*metasta",
    "hepatitis_b": _HEPATITIS_B,  # not "diagnosis of HIV or … hepatitis" (_BARE_HEPATITIS)
    "hepatitis_c": _HEPATITIS_C,
}


def _plain_history(condition: str, pattern: str, sentence: str) -> bool:
    """ "History of X", "diagnosis of X" (or "X, current X …") with no restriction in the same
    clause after X: a plain diagnosis names every form (a qualified alternative after it, "or clinically
    significant X", does not narrow the first)."""
    named = _HISTORY_OF.get(condition, pattern)
    m = _search(
        # "Active or prior documented autoimmune … disorders" (AZD5863, NCT06005493; fifty-first blind
        # set, VB): a documented history is a history
        rf"(history of|prior|previous|past|(have|has) had|diagnos\w* (of|with))\s+(documented\s+)?"
        rf"(an?\s+)?(\(?non-?\s?infectious\)?\s+)?({named})",
        sentence,
    )
    if m is None or _has(r"\b(including|such as)\b", sentence[: m.start()]):
        return False  # "grade 3 or 4 ILD, including a history of pneumonitis …": forms of the qualified X
    # the clause of X ends at a comma or at the next alternative ("… or were suspected to have …")
    clause = re.split(r",|\s+or\s+(?=(were|was|is|are|has|have|had|if|suspected)\b)", sentence[m.end() :])[0]
    return not _has(r"that|which|requir|treated with|with |grade", clause) and not _has(
        r"unless|except|eligible|allowed|permitted", sentence
    )


# "CNS metastases or CNS pathology including: epilepsy, seizures, aphasia, or stroke within 3 months …,
# severe brain injury, … severe uncontrolled mental illness" (AZD0901, NCT06346392; fifty-second blind
# set, VC): the list a later alternative opens is that alternative's, and so are its qualifiers.
_LATER_ALTERNATIVE_LIST = re.compile(r"\w*\s*(,|or|and/or)\s+\w[^,;:()]{0,40}?\s(including|such as)\b")


def _qualifies(pattern: str, sentence: str) -> bool:
    """A qualifier in ``sentence`` bears on the condition ``pattern`` names: any qualifier but one that
    opens a later alternative after the condition's last mention (_PREFIX_QUALIFIER) or stands in the
    list of examples a later alternative opens (_LATER_ALTERNATIVE_LIST)."""
    if not _has(_QUALIFIED, sentence):
        return False
    ends = [m.end() for m in _rx(pattern).finditer(sentence)]
    theirs = _LATER_ALTERNATIVE_LIST.match(sentence, ends[0])
    last = max(e for e in ends if theirs is None or e <= theirs.end())  # not a mention in their list
    for m in _rx(_QUALIFIED).finditer(sentence):
        opens_later = (
            m.start() >= last
            and _has(_ALTERNATIVE, sentence[last : m.start()])
            and _rx(_PREFIX_QUALIFIER).match(sentence, m.start()) is not None
        )
        if not opens_later and not (theirs is not None and m.start() >= theirs.end()):
            return True
    return False


# Forms narrower than the recorded condition: the case's brain_metastases (CONTRACT §1 conditions)
# does not say whether the metastases reach the leptomeninges, so an item naming leptomeningeal disease
# alone is settled by the absence of CNS metastases, not by their presence (TD reviewer convention;
# leptomeningeal metastasis is a distinct form of CNS spread: EANO-ESMO guideline, Le Rhun et al.,
# Ann Oncol 2017).
_WHOLE_CONDITION = {
    "brain_metastases": r"(brain|cns|central nervous system)\s*(metasta|lesion|disease|involvement|malignanc)"
}


def _only_a_narrower_form(condition: str, naming: list[str]) -> bool:
    whole = _WHOLE_CONDITION.get(condition)
    return whole is not None and not any(_search(whole, s) for s in naming)


# An inclusion asking for a condition's absence ("No evidence of clinically active interstitial lung
# disease …"): the exclusion's reading, turned round (issue 15, twelfth blind set)
# (also with its subject and verb: "Patient must not have any history of or current evidence of
# non-infectious interstitial lung disease": ComboMATCH, NCT05638295; twenty-ninth session, WO)
_ABSENCE_ASKED = (
    r"^(no|without|absence of|free of|not have|has no|have no)\b|"
    r"^(the )?(patients?|participants?|subjects?) ((must|should|shall|will|do|does) )?"
    r"(not have|has no|have no)\b"
)


# "Has concurrent active hepatitis B (…) and hepatitis C virus (…) infection" (MK-2870 and Merck's
# umbrella records): co-infection, excluded only when both are present. Every reviewer who judged it
# passed a patient with one of the two (UK, UT, UU, UW, VM, VN).
_CO_INFECTION = r"\bconcurrent (active )?hepatitis b\b.*\band (active )?(hepatitis c|hcv)\b"


# "Clinically significant lung, heart, or autoimmune disease" (brenetafusp, NCT04262466; twenty-eighth
# session, WK): one noun shared by a list of words before it, read as each word's own disease
_SHARED_NOUN = re.compile(r"\b((?:[a-z]+, ){1,4}[a-z]+,? (?:or|and|and/or) [a-z]+) (diseases?|disorders?)\b")


def _each_with_its_noun(m: re.Match[str]) -> str:
    words = re.split(r",? (?:or|and|and/or) |, ", m.group(1))
    return ", ".join(f"{w} {m.group(2)}" for w in words)


def conditions(text: str, kind: str) -> list[Req]:
    if ", " in text and ("disease" in text or "disorder" in text):
        text = _SHARED_NOUN.sub(_each_with_its_noun, text)
    found = _conditions(text, kind)
    if kind != "exclusion" or "concurrent" not in text or not _has(_CO_INFECTION, text):
        return found
    viral = {r["condition"]: r for r in found if r["condition"] in ("hepatitis_b", "hepatitis_c")}
    if len(viral) < 2:
        return found
    rest = [r for r in found if r["condition"] not in viral]
    return [*rest, {"type": "applies_if", "when": viral["hepatitis_b"], "then": [viral["hepatitis_c"]]}]


# A study of brain metastases asking for them: "at least one intracranial measurable lesion … consistent
# with … a brain metastasis" (AGuIX, NCT04899908; twenty-sixth session, WG, whose reviewer failed every
# case without them)
_BRAIN_METASTASES_ASKED = (
    r"\bat least (one|1) (measurable )?(intracranial|brain|cns) (measurable )?(lesion|metasta|tumou?r)|"
    r"\b(must|should) have (an? |at least one |active |untreated |measurable |progressive ){0,3}"
    r"(brain|cns|intracranial) (metasta|lesion)|"
    # "measurable/evaluable CNS disease per RANO or RANO-BM criteria", "select solid tumors (see Appendix 2)
    # with uncontrolled metastases to the brain" (NEO212, NCT06047379; twenty-eighth session, WK, whose
    # reviewer failed every case without them)
    rf"{CNS_DISEASE}|"
    r"\b(solid tumou?rs?|cancers?|malignanc\w+)\b[^.;]{0,40}\bwith (\w+ ){0,2}"
    r"(metasta\w* (to|in) the brain|brain metasta)"
)


def _conditions(text: str, kind: str) -> list[Req]:
    if kind == "inclusion":
        brain = "intracranial" in text or "brain" in text or "cns" in text
        if brain and _has(_BRAIN_METASTASES_ASKED, text):
            return [{"type": "condition", "condition": "brain_metastases"}]
        if not _has(_ABSENCE_ASKED, text):
            return []
        return [{**r, "negated": True} for r in _conditions(text, "exclusion") if r["type"] == "condition"]
    if kind != "exclusion":
        return []
    out: list[Req] = []
    # a heading run into the criterion ("Part B - participants with brain metastases:") asks nothing
    # and an instruction on how to test for a condition ("screening for X is done per local rules",
    # "patients with suspected brain metastases should have an MRI") names no patient with it
    sentences = [
        s
        for s in _SENTENCES.split(text)
        if s
        and not _has(
            r"^(part|cohort|arm|module)\b[^:]*:$|^(note:\s*)?(screening|testing) for|"
            # "No HIV testing is required unless mandated by local health authority" (NTX-1088,
            # NCT05378425; twenty-ninth session, WM): what the team tests, not a form of the condition
            r"\b(testing|screening) (is|are) (not )?required\b|"
            r"(should|must|will) (have|undergo) (an? )?(mri|ct|imaging|scan|brain imaging)\b",
            s,
        )
    ]
    for condition, pattern in _CONDITIONS:
        if not any(word in text for word in _CONDITION_WORDS[condition]) or not _search(pattern, text):
            continue
        naming = [s for s in sentences if _search(pattern, s)]
        if not naming:
            continue
        # a sentence letting some of them in ("However, … are eligible") qualifies the condition it
        # names, or every condition when it names none
        carve_out = any(
            _search(pattern, s) or not any(_search(p, s) for _, p in _CONDITIONS)
            for s in sentences
            if _has(_CARVE_OUT, s)
        )
        plain = not carve_out and any(_plain_history(condition, pattern, s) for s in naming)
        qualified = not plain and (
            carve_out
            or any(_qualifies(pattern, s) for s in naming)
            or (
                condition in _VIRAL_NUCLEIC_ACID
                and any(_has(_VIRAL_NUCLEIC_ACID[condition], s) for s in naming)
            )
            or _only_a_narrower_form(condition, naming)
            or any(_search(rf"({pattern}){_PEOPLE_WITH}", s) for s in naming)
        )
        req: Req = {"type": "condition", "condition": condition, "qualified": qualified}
        if qualified and any(_search(rf"({pattern})[^.;,]{{0,40}}({_STEROIDS})", s) for s in naming):
            req["steroids"] = True
        out.append(req)
    for condition, pattern in _NARROWER_FORMS:
        present = any(r["condition"] == condition for r in out)
        if _has(pattern, text) and not present and _only_the_form(pattern, text):
            out.append({"type": "condition", "condition": condition, "qualified": True})
    for condition, pattern, narrower in _BROAD:
        if not _has(pattern, text):
            continue
        named = [r for r in out if r["condition"] == condition]
        if named and _has(r"\b(e\.g\.|eg\b|such as|for example|including)", text):
            named[0]["broad"] = True  # the class named, with the condition as one example of it
        if not named:
            qualified = any(_has(narrower, s) for s in sentences if _has(pattern, s))
            out.append({"type": "condition", "condition": condition, "qualified": qualified, "broad": True})
    return out
