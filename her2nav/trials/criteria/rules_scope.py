"""Criteria whose subject decides whether they apply at all (CONTRACT §3: a criterion that does not
apply to this patient is met with a reason that starts "does not apply").

- ``reproductive`` (rules_reproductive.py): pregnancy, breastfeeding, contraception and egg or sperm
  donation items, with ``who`` (women | men | both) the people the item is addressed to.
- ``applies_if``: a clause about patients with some property ("participants with HIV must …",
  "colorectal cancer participants with …", "participants who are HER2+ must …"): ``when`` is that
  property as a requirement, ``then`` what the clause then asks (empty: details no case records).
- ``permission``: a clause that only widens eligibility ("patients with a prior malignancy … are
  eligible"); it asks nothing of anyone.
- ``consent`` (rules_reproductive.py): informed consent and willingness to take part.

These rules run first: when one fits, its requirements are the whole reading of the criterion (the
tumour words of "IHC 3+ for other GI cancers" must not become a HER2 requirement for this patient).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from her2nav.trials.criteria.rule_text import DAYS_IN_UNIT, Req, _has, _rx, _search, _sub
from her2nav.trials.criteria.rules_fitness import female_only_site
from her2nav.trials.criteria.rules_reproductive import reproductive
from her2nav.trials.criteria.therapy_groups import therapy_groups as _therapy_groups

# Another tumour named as the subject of a clause ("colorectal cancer participants with …", "for
# patients with NSCLC", "IHC 3+ for other GI cancers").
_OTHER_TUMOUR_WORDS = (
    r"breast|(non-?\s?)?small[- ]cell lung|lung|nsclc|sclc|colorectal|\bcrc\b|colon|rectal|pancrea|biliary|"
    r"\bbtc\b|cholangio|gallbladder|"
    r"bladder|urothelial|ovarian|endometri|uterine|cervical|prostate|hepatocellular|\bhcc\b|melanoma|"
    r"head and neck|salivary|thyroid|renal|sarcoma|other (gi|gastrointestinal) (cancers?|tumou?rs?)|"
    r"h(?<=\bh)r\+|hormone[- ]receptor[- ]positive"  # breast cancer's hormone receptors (thirteenth set)
)
# The one alternative of _SUBJECT_OTHER_TUMOUR not anchored at the start (spelt with a leading letter,
# f(?<=\bf) for \bf, so that a search jumps to each "f": rule_text.py).
_FOR_OTHER_TUMOUR = (
    # "… for locally-advanced unresectable or metastatic breast cancer" (thirteenth blind set)
    r"f(?<=\bf)or (participants?|patients?|subjects?)? ?(with )?(other )?"
    r"((locally[- ]advanced|advanced|unresectable|metastatic|recurrent|or|and|and/or)[\s,/]+)*"
    rf"({_OTHER_TUMOUR_WORDS})\w*"
    r"( (cancers?|tumou?rs?|carcinoma))?\s*(\([^)]*\))?\s*(only)?\.?$"
)
_SUBJECT_OTHER_TUMOUR = (
    r"^(for |in )?(participants?|patients?|subjects?)? ?(with )?(\w+ )?"
    rf"({_OTHER_TUMOUR_WORDS})[^.;:,]{{0,40}}"
    r"(participants?|patients?|subjects?|cohorts?|cancers?|tumou?rs?)\b[^.;]{0,12}(with|who|must|:|only|\))|"
    rf"{_FOR_OTHER_TUMOUR}|"
    # "Participants with metastatic HR+ HER2-mutated disease must …": a breast cancer's subject
    r"^(participants?|patients?|subjects?) with ([\w-]+ ){0,2}"
    r"(h(?<=\bh)r\+|hormone[- ]receptor[- ]positive)[^.;]{0,40}\b(must|should|are|is)\b|"
    rf"^for (participants?|patients?|subjects?) (with )?({_OTHER_TUMOUR_WORDS})\w*"
    r"( (cancers?|tumou?rs?|carcinoma))?\s*(\([^)]*\))?\s*[:,]|"
    rf"^\(?(({_OTHER_TUMOUR_WORDS})\w*( cancers?| tumou?rs?| carcinomas?)|nsclc|sclc|\bcrc\b|\bhcc\b|\bbtc\b)"
    r"( \(\w+\))?( participants?| patients?| cohorts?)?( only)?\)?\s*[:\-–]|"
    # a cohort bullet led by its tumour, with qualifiers around it: "pancreatic ductal adenocarcinoma
    # (pdac) - …", "high-grade serous ovarian cancer (hgsoc) - …" (the record's own structure)
    rf"^([\w-]+ ){{0,3}}(({_OTHER_TUMOUR_WORDS})\w*)( [\w-]+){{0,2}}? "
    r"(cancers?|tumou?rs?|(adeno)?carcinomas?)( \([\w-]+\))? [-–] "
)
_GASTRIC_WORDS = r"gastric|stomach|gastro-?\s?o?esophag|\bgej|\bgea\b|\begj|o?esophag|junction|upper gi"


# A subject that sets this patient's tumour apart: "participants with non-breast and non-gastric
# cancers must …" is a clause for the other tumours of a basket study.
_NOT_GASTRIC_SUBJECT = (
    r"^(for |in )?(participants?|patients?|subjects?) with [^.;:]{0,40}?"
    r"n(?<=\bn)on-?\s?(gastric|stomach|gastro|gej\b|gi\b|gastrointestinal)[^.;:]{0,30}?"
    r"(cancers?|tumou?rs?|malignanc\w*|carcinomas?)\b"
)


def _other_tumour_subject(text: str) -> str | None:
    if "non" in text and _rx(_NOT_GASTRIC_SUBJECT).match(text):
        return "cancers other than gastric"
    # What a search would find: a match at the start, else one of the only alternative not anchored
    # there (after the start; it opens with "for ").
    m = _rx(_SUBJECT_OTHER_TUMOUR).match(text)
    if m is None and "for " in text:
        m = _rx(_FOR_OTHER_TUMOUR).search(text, 1)
    if m is None:
        return None
    subject = text[: m.end()]
    if _has(_GASTRIC_WORDS, subject):
        return None  # the clause names this patient's tumour too
    return next((g for g in m.groups() if g and _has(_OTHER_TUMOUR_WORDS, g)), "another tumour").strip()


# Clauses about patients with one recorded condition: "participants with HIV must have …",
# "HBsAg-positive participants are eligible if …", "patients with treated brain metastases may …".
_CONDITION_SUBJECTS: tuple[tuple[str, str], ...] = (
    ("hiv", r"\bhiv\b|human immunodeficiency virus"),
    ("hepatitis_b", r"hepatitis b|\bhbv\b|hbsag|hbcab|hepatitis b core"),
    ("hepatitis_c", r"hepatitis c|\bhcv\b"),
    ("brain_metastases", r"\bcns\b|brain|central nervous system|leptomeningeal"),
    ("autoimmune_disease", r"auto-?immune"),
)
_SUBJECT_LEAD = (
    # "Brain metastases allowed if asymptomatic and …" (NCI's form, sixteenth blind set, TR)
    r"^[^.;]{0,40}\b(metastas[ie]s|infections?|diseases?) (are |is )?(allowed|permitted) (if|provided)\b|"
    r"^(for |in )?((participants?|patients?|subjects?|those) (with|who (have|are|had))|"
    r"who (has|have|had|are) |if (the )?"
    r"(participants?|patients?|subjects?) (has|have|is)|[^.;]{0,40}(positive|infected|-positive) "
    r"(participants?|patients?|subjects?))"
)
_MAY_OR_MUST = (
    r"\b(are|is) (eligible|allowed|permitted)|may (be (included|enrolled|eligible)|participate|enrol)|"
    r"\b(allowed|permitted) (if|provided)\b|"
    r"\bmust\b|\bshould\b|\bprovided\b|only if|\bif they\b|as long as|"
    # "Patients with stable brain metastasis … as defined in exclusion criteria" (twelfth blind set)
    r"as defined (in|by) (the )?(exclusion|inclusion|eligibility) criteri"
)


def _condition_subject(text: str) -> str | None:
    lead = _search(_SUBJECT_LEAD, text)
    if lead is None or not _has(_MAY_OR_MUST, text):
        return None
    head = text[: lead.end() + 80]
    found = [name for name, pattern in _CONDITION_SUBJECTS if _has(pattern, head)]
    return found[0] if len(found) == 1 else None


# "Participants with known MSI-H or dMMR status may enroll as long as they meet the PD-L1 criteria": a
# permission for one biomarker subgroup. It asks nothing of the patients outside it (issue 15, class 1);
# inside it, the condition it sets is the study's other criteria.
_BIOMARKER_SUBJECTS: tuple[tuple[Req, str], ...] = (
    (
        {"type": "msi_high"},
        r"msi-?h\b|microsatellite instability[- ]high|\bdmmr\b|mismatch repair[- ]deficien|"
        r"deficient mismatch repair",
    ),
)


def _biomarker_subject(text: str) -> Req | None:
    lead = _search(_SUBJECT_LEAD, text)
    if lead is None or not _has(_PERMITS, text) or _has(_FORBIDS, text):
        return None
    head = text[: lead.end() + 80]
    found = [when for when, pattern in _BIOMARKER_SUBJECTS if _has(pattern, head)]
    return found[0] if len(found) == 1 else None


# An exclusion item that reads as a permission ("patients with HIV are eligible unless …").
_EXCLUSION_PERMITS = r"^(?!.*(excluded|not allowed|not eligible|not permitted)).*\b(are|is) eligible"
_PURE_PERMISSION = (
    # (not "Patients with distant metastatic spread must have previously received approved first-line
    # systemic therapies if they are eligible …": TIL, NCT03935893; twenty-eighth session, WG)
    r"^(participants?|patients?|subjects?) (with|who (have|had))(?:(?!\b(must|should|shall)\b)[^.;]){0,200}"
    r"\b(are|is) "
    r"(eligible|allowed|permitted)"
    r"(?! (only|if|provided|as long))|"
    # "May have previously received lapatinib as part of a regimen … Washout period for lapatinib of 14
    # days." (NCT01522768, eighth set, TJ): what a patient may have had, and its wash-out if so
    r"^[^.;]{0,120}\bmay (also )?(have (previously |already )?(received|had|been)|be included|be enrolled|"
    r"participate)(?! only)(?![^.;]*\b(only if|provided|as long as|unless)\b)"
    # "… may also be enrolled after evaluation by the investigator. The definition of intolerance …"
    r"[^.;]{0,200}(\.?$|\.\s+the definitions? of\b[\s\S]*$|\.\s+wash-?\s?out (period )?[^.;]{0,60}\.?$)|"
    r"^(prior|previous)[^.;]{0,120}\b(is|are) (allowed|permitted)\.?$|"
    # "Treatment naive or have received prior standard therapy appropriate for tumor type and stage"
    # (RMC-6236, NCT05379985; twenty-eighth session, WI): untreated or treated, anyone
    r"^(treatment[- ]na[iï]ve|untreated|previously untreated),? or (have |has |had )?(received|had|been "
    r"treated with) (prior|previous) [^.;]{0,80}$|"
    # "Involvement of the stomach up to 5 cm allowed", "Regional adenopathy … nodes allowed" (NCI pages)
    r"^(?![^.;]*\b(only|not|no|must|never)\b)[^.;]{0,150}\b(allowed|permitted)\.?$|"
    # "HER2+ and HER2- patients, and all other known molecular subsets are eligible", "Any T, N and M",
    # a procedure left to judgement ("Diagnostic laparoscopy is not mandated and can be performed as
    # clinically indicated", "Staging laparoscopy performed at the investigator's discretion …") and a
    # reference to another section ("See Disease Characteristics", NCI's PDQ layout): nothing asked
    # (issue 15, twelfth blind set)
    r"^(?![^.;]*\b(only|not|no|must|never|if|provided)\b)[^.;]{0,150}\b(all|any)\b[^.;]{0,80}"
    r"\b(are|is) eligible\.?$|"
    r"^any t,? n,? (and|or|and/or) m\.?$|"
    r"^[^.;]{0,80}\b(is|are) not (mandated|mandatory|required)\b[^.;]{0,40}\b(can|may) be performed\b|"
    r"^[^.;]{0,60}\b(performed|done|undertaken) (at|according to) (the )?"
    r"(investigator|clinician|physician)'?s'? discretion\b|"
    r"^see (disease|patient|prior( concurrent)?( therapy)?) characteristics\.?$|"
    # "Hepatic: Not specified", "Biologic therapy: Not specified" (NCI's form, sixteenth blind set, TR)
    r"^([a-z ]{2,30}\s?:\s?)?not specified\.?$|"
    # a registry form's list of the organs a tumour may reach ("Tumor extension: esophagus, diaphragm,
    # liver, …") and a grade range that takes every grade ("Differentiation grade: G0 - G4"; AJCC 8th:
    # G1-G3, and G4 undifferentiated): nothing asked (twelfth blind set, OCTASUR NCT06028737)
    r"^(tumou?r )?(extension|invasion|infiltration)( of the tumou?r)?\s?:"
    r"(?![^.;]*\b(only|not|no|must|never|[cpy]?t[0-4x][ab]?|[cpy]?n[0-3x]|[cpy]?m[01x])\b)[^.;]*[.;]?$|"
    r"^(differentiation |histologic(al)? |tumou?r )?grade( of differentiation)?\s?:?"
    r"\s?g?[x01]\s?(-|–|to)\s?g?4[.;]?$"
)
# "Participant has type 1 diabetes mellitus, endocrinopathies stably maintained on appropriate replacement
# therapy or skin disorders (e.g., vitiligo …) not requiring systemic treatment are allowed.", "HbsAg carrier
# … under entecavir prophylaxis will be allowed." (NCT06901531, NCT06085755; blind sets VE, TD, VC): an
# exclusion item that only allows, one sentence with nothing forbidden or made conditional
_EXCLUSION_ALLOWS = (
    r"^(?!.*\b(excluded|ineligible|must|only|unless|provided|not (be )?(allowed|permitted|eligible))\b)"
    r"(?:[^.;]|\b[ei]\.[ge]\.){0,300}\b(are|is|will be) (also )?allowed\.?$"
)
# "Patients previously treated with trastuzumab are eligible if …", "prior PD-1 inhibitor therapy is
# permitted provided …": a clause about patients who had one kind of therapy, widening eligibility.
_PRIOR_SUBJECT = (
    r"^((cohort \w+ )?(participants?|patients?|subjects?),? (who (have|had) (been )?(previously |already )?"
    r"(received|treated with|been treated with|had)|(previously |already )?treated with|"
    r"with (prior|previous))"
    r"|(any )?(prior|previous) )"
)
_PERMITS = (
    r"\b(are|is) (also )?(eligible|allowed|permitted|acceptable)|"
    r"\bmay (be (included|enrolled|eligible)|participate|enrol)"
)
_FORBIDS = r"excluded|not (be )?(allowed|eligible|permitted)|ineligible|\bmust\b"


def _prior_subject(text: str) -> str | None:
    """The one kind of therapy a permission clause is about, or None."""
    lead = _search(_PRIOR_SUBJECT, text)
    # "Cohort 1 patients, who have received prior anti-HER2 therapy, are willing to undergo a biopsy":
    # asked of those patients only (issue 15, ninth blind set)
    if lead and (asked := _search(r",? (are|is|must be) (willing|able) to\b", text)):
        groups = _therapy_groups(text[: asked.start()])
        return groups[0] if len(groups) == 1 else None
    if lead is None or not _has(_PERMITS, text) or _has(_FORBIDS, text):
        return None
    permit = _search(_PERMITS, text)
    if permit is None or not _has(
        r"\b(if|provided|as long as|unless|only|when|after)\b", text[permit.end() :]
    ):
        return None  # an unconditional permission (_PURE_PERMISSION)
    groups = _therapy_groups(text[: permit.start()])
    return groups[0] if len(groups) == 1 else None


# "Prior HER2 targeted therapy is allowed if delivered at least 4 weeks prior to the enrollment" (a CAR-T
# study, NCT03740256; forty-seventh blind set, UX): the permission's one condition is the time since that
# therapy, a wash-out of it the case's dates decide.
_ONLY_A_GAP = re.compile(
    r"\b(allowed|permitted|eligible|acceptable) (if|provided|as long as) (it |they )?(was |were |is |are )?"
    r"(delivered|given|administered|completed|received|finished|stopped|discontinued) "
    r"(at least|more than|greater than|>=?|≥) ?(\d{1,3}) ?(days?|weeks?|months?) "
    r"(prior to|before) (the )?"
    r"(enrol{1,2}ment|first dose|randomi[sz]ation|registration|study (treatment|entry))"
    r"((?! and | or |without|unless|except|provided| if )[^.;]){0,60}[.;]?(\s?\([^()]*\)\.?)?$"
)


def _gap(text: str, group: str) -> list[Req]:
    """The wash-out a permission clause asks of the therapy it is about, when that is all it asks."""
    m = _ONLY_A_GAP.search(text) if "prior to" in text or "before" in text else None
    if m is None:
        return []
    return [{"type": "washout", "days": int(m.group(7)) * DAYS_IN_UNIT[m.group(8)], "scope": group}]


_HER2_POSITIVE_SUBJECT = r"(participants?|patients?|subjects?) (who are|with) (her-?2\+|her-?2[- ]positive)"
# "Participants with HER2-positive … GC/GEJC unless they have failed/not tolerated/or are not eligible
# for standard anti-HER2 therapy": an exclusion of HER2-positive patients with an exception. It does not
# apply to a patient who is not HER2-positive; for one who is, the exception (failure, intolerance or the
# doctor's judgement of eligibility) is left to the study team (issue 15 class 1: "unless" read as a
# requirement made a HER2-low patient with prior trastuzumab excluded).
_HER2_POSITIVE_UNLESS = rf"^{_HER2_POSITIVE_SUBJECT}[^.;]*\bunless\b"


# "For HER2-positive patients, failed first-line trastuzumab", "patients with HER2-positive tumour must have
# been exposed to trastuzumab": a treatment history asked of one HER2 subgroup only (issue 15, class 1).
_HER2_POS = r"her-?2(/neu)?(\+|[- ]positive)"
_HER2_SUBGROUP_LEAD = (
    rf"^(for|in) (participants?|patients?|subjects?) (who are|with) (a |an )?{_HER2_POS}\b"
    r"[^,;:]{0,30}[,:]|"
    rf"^(for|in) {_HER2_POS} (participants?|patients?|subjects?|tumou?rs?|disease|cancers?)[,:]|"
    rf"^(participants?|patients?|subjects?) (who are|with) (a |an )?{_HER2_POS}\b"
    r"( (tumou?rs?|disease|cancers?|gastric cancer))? (must|should|are required to|need to)\b|"
    # the subgroup named last: "failed first-line trastuzumab for HER2 positive patients"
    rf"\bfor (all )?(participants?|patients?|subjects?) (who are |with (a |an )?)?{_HER2_POS}"
    r"( (tumou?rs?|disease|cancers?))?\.?$|"
    rf"\bfor {_HER2_POS} (participants?|patients?|subjects?|tumou?rs?|disease|cancers?)\.?$|"
    # a second clause: "HER2 status known and participants with HER2/neu positive tumors show
    # documentation of previous treatment containing trastuzumab" (fifteenth blind set)
    rf"\band (participants?|patients?|subjects?) with (a |an )?{_HER2_POS}( (tumou?rs?|disease|cancers?))? "
    r"(must|should|show|have|need)\b|"
    # anti-HER2 therapy is standard of care for HER2-positive gastric cancer only (ToGA; fact sheet)
    r"^(for|in) (tumou?rs?|patients?|participants?|cancers?) (where|for which|in which|for whom) "
    r"anti-?her-?2 (therapy|treatment) is (the )?standard( of care)?[,:]"
)


def her2_subgroup(text: str, kind: str, found: list[Req]) -> list[Req] | None:
    """An ``applies_if`` on HER2 positivity asking the prior therapy the clause names, when an
    inclusion's subject is the HER2-positive patients and what it asks is a treatment history; else
    None. A HER2-negative patient is outside the clause: it does not apply."""
    if kind != "inclusion":
        return None
    then = [r for r in found if r["type"] not in ("her2", "her2_mutation")]
    if not any(r["type"] in ("prior_therapy", "prior_lines", "progressed_on_last") for r in then):
        return None  # (tested first: the lead's pattern scans every position of the text)
    if not _has(_HER2_SUBGROUP_LEAD, text):
        return None
    return [{"type": "applies_if", "when": {"type": "her2", "status": "positive"}, "then": then}]


# Whole-brain radiotherapy and stereotactic radiosurgery treat brain metastases: an item about them alone
# concerns only patients with brain metastases.
_BRAIN_RADIATION = (
    r"^(prior |previous |received |has received )?"
    r"(whole[- ]brain (radio\w*|radiation|irradiation)( therapy)?|"
    r"stereotactic radio-?\s?surgery|gamma[- ]knife|\bsrs\b|\bwbrt\b)( \((wbrt|srs)\))?"
)
_OTHER_THAN_BRAIN_RADIATION = (
    r"surg|chemo|systemic|anti-?\s?cancer|investigational|therap|treatment with|radio|radiation|\b(and|or)\b"
)


# "HER2 expression scored using current ASCO/CAP guidelines for gastric cancer": how HER2 is scored,
# not a HER2 level (the gastric scoring rules: ASCO/CAP/CAP-ASCP 2016 gastroesophageal guideline).
_HER2_SCORING = (
    r"her-?2 (expression |status |testing )?(is |will be |must be |should be |to be )?"
    r"(scored|assessed|determined|evaluated|tested|interpreted|defined) "
    r"(using|by|per|according to|following|as per|in accordance with)[^.;]{0,80}guideline"
)
_HER2_LEVEL = r"[0-3]\+|positiv|negativ|\blow\b|amplif|over-?express|ultra-?low|\bhigh\b"


def scope(text: str, kind: str) -> list[Req] | None:
    """The whole reading of a criterion whose subject decides whether it applies, or None."""
    if _has(_BRAIN_RADIATION, text) and not _has(
        _OTHER_THAN_BRAIN_RADIATION, _sub(_BRAIN_RADIATION, " ", text)
    ):
        return [
            {"type": "applies_if", "when": {"type": "condition", "condition": "brain_metastases"}, "then": []}
        ]
    if kind == "inclusion" and _has(_HER2_SCORING, text) and not _has(_HER2_LEVEL, text):
        return [{"type": "her2_scoring", "criteria": "gastric" if _has(_GASTRIC_WORDS, text) else "any"}]
    if (tumour := _other_tumour_subject(text)) is not None:
        return [
            {
                "type": "applies_if",
                "when": {"type": "disease", "sites": ["other"], "names": tumour},
                "then": [],
            }
        ]
    if (reqs := reproductive(text, kind)) or (reqs := female_only_site(text, kind)):
        return reqs
    if (kind == "inclusion" or ("eligible" in text and _has(_EXCLUSION_PERMITS, text))) and (
        name := _condition_subject(text)
    ) is not None:
        return [{"type": "applies_if", "when": {"type": "condition", "condition": name}, "then": []}]
    if kind == "inclusion" and (when := _biomarker_subject(text)) is not None:
        return [{"type": "applies_if", "when": when, "then": []}]
    if kind == "exclusion" and _has(_HER2_POSITIVE_UNLESS, text):
        return [{"type": "applies_if", "when": {"type": "her2", "status": "positive"}, "then": []}]
    if (group := _prior_subject(text)) is not None:
        gap = _gap(text, group)
        # a wash-out is the time since the therapy: a course still running is the latest (blind set VE)
        had: Req = {"type": "prior_therapy", "group": group, **({"ongoing_counts": True} if gap else {})}
        return [{"type": "applies_if", "when": had, "then": gap}]
    if kind == "inclusion" and _has(r"regardless of (the )?(human epidermal|her-?2)", text):
        if _has(_HER2_POSITIVE_SUBJECT, text) and _has(r"trastuzumab", text):
            then = [{"type": "prior_therapy", "group": "trastuzumab"}]
            if _has(r"where (available|appropriate)|if (available|appropriate)", text):
                then = []  # "where available": the study accepts some without it
            return [{"type": "applies_if", "when": {"type": "her2", "status": "positive"}, "then": then}]
        return [{"type": "permission"}]
    if kind == "inclusion" and _has(_PURE_PERMISSION, text):
        return [{"type": "permission"}]
    if kind == "exclusion" and "allowed" in text and _has(_EXCLUSION_ALLOWS, text):
        return [{"type": "permission"}]
    return None


# An inclusion item that names a population and then "are excluded" ("has gastroesophageal
# adenocarcinoma that is known to be HER2-positive are excluded"): the population is read as an
# exclusion's would be and each property it names is asked to be absent. Only properties a negation
# turns round cleanly (issue 15, class 1: requirement and exclusion read backwards).
_EXCLUDED_AFTER = r"^(?P<who>[^.;]{10,300}?)\s+(are|is|will be|shall be) excluded\b"
_TURNS_ROUND = frozenset({"her2", "cldn18_2", "pdl1_cps", "msi_high", "prior_therapy", "condition"})


def excluded_population(text: str, read: Callable[[str, str], Sequence[Req]]) -> list[Req] | None:
    """An inclusion item worded as an exclusion, read by ``read`` as an exclusion and turned round
    (each property negated), or None when it is not one or a property does not turn round cleanly."""
    m = _rx(_EXCLUDED_AFTER).match(text) if "excluded" in text else None
    if m is None or _has(r"\b(not|never|unless|except)\b", m.group("who")):
        return None
    reqs = read(m.group("who"), "exclusion")
    if not reqs or any(r["type"] not in _TURNS_ROUND for r in reqs):
        return None
    return [{**r, "negated": not r.get("negated", False)} for r in reqs]
