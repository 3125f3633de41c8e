"""Criterion rules for the patient's fitness: ECOG (or Karnofsky) performance status, age, sex,
measurable disease and organ function (see rules.py for the requirement types)."""

from __future__ import annotations

import re
from functools import cache

from her2nav.knowledge.tumour_types import tumour_types
from her2nav.trials.criteria.rule_text import _NUM, _OP, _OPS, Req, _findall, _has, _search, _sub

_KARNOFSKY_OPS = {
    **_OPS,
    "at least": ">=",
    "no less than": ">=",
    "not less than": ">=",
    "of": ">=",
    "higher than": ">",
    "greater than": ">",
    "more than": ">",
    "above": ">",
    "over": ">",
    "less than": "<",
    "lower than": "<",
    "below": "<",
    "under": "<",
}
# "poor general condition (KI <70)": the Karnofsky index, abbreviated before its threshold (TU)
_KARNOFSKY_THRESHOLD = (
    r"(?:k(?<=\bk)arnofsky|k(?<=\bk)ps\b|k(?<=\bk)i(?=\s?[<>≤≥]))[^.;\d]{0,50}?"
    r"(≥|>=|=>|>|≤|<=|=<|<|at least|no less than|not less than|higher than|greater than|more than|above|"
    r"over|less than|lower than|below|under|of)?\s*(\d{2,3})\s*%?"
    r"(\s*(-|–|to)\s*100|\s*(%\s*)?or (more|higher|above|greater|better))?"
)


# "Able to perform activities of daily living with minimal assistance" (an oesophageal study's record,
# NCT00193141; twenty-second blind set, TY): self-care without help, as ECOG 2 describes it ("ambulatory
# and capable of all selfcare"; ECOG 3: "capable of only limited selfcare"; Oken et al., Am J Clin Oncol
# 1982)
_DAILY_LIVING = r"activities of daily living (with (minimal|minimum|little|no) (assistance|help)|unassisted)"


# "WHO < 2" (an item of a Dutch record, NCT02931890; sixty-eighth blind set, VS): the WHO performance
# score, the same scale as ECOG's, written without its name
_WHO_SCORE = r"^w(?<=\bw)ho\s*(<|≤|<=|=<|0\s*(-|–|to|or)\s*[12]\b)"


def ecog(text: str, kind: str) -> list[Req]:
    if kind == "inclusion" and "daily living" in text and _has(_DAILY_LIVING, text):
        return [{"type": "ecog", "max": 2}]
    # "WHO performance of status"; "Eastern Cooperative Oncology Group ≤ 2" (thirteenth blind set)
    if not _has(
        r"ecog|performance (of )?status|p(?<=\bp)s\b|zubrod|eastern cooperative oncology group", text
    ) and not ("who" in text and _has(_WHO_SCORE, text)):
        return []
    # durations and counts are not scores ("ECOG 0 or 1 within 3 days", "over the previous 2 weeks")
    text = _sub(r"\d+\s*(days?|weeks?|months?|hours?|years?|h)\b|\d+\s*x\s*10|grade\s*\d", " ", text)
    # "… Performance Scale within 3" (a mirror cut the days off; TV)
    text = _sub(r"\b(within|before|prior to|in the (last|past)) \d+\s*$", " ", text.rstrip(" .;"))
    if "karnofsky" in text or "kps" in text:
        # "Karnofsky index ≥ 70% or ECOG 0-1": the Karnofsky clause goes, the ECOG one stays
        text = _sub(_KARNOFSKY_THRESHOLD, " ", text)
        text = _sub(r"karnofsky[^.;]*", " ", text)
    if "annex" in text or "appendix" in text or "table" in text or "section" in text:
        # "(see Annex 4 for details)": a document's numbering, not a score (issue 15, eighth blind set)
        text = _sub(r"\b(annex|appendix|table|section|attachment)\s*\d+(\.\d+)*", " ", text)
    if kind == "exclusion" and (m := _search(r"(≥|>=|>)\s*([0-4])", text)):
        top = int(m.group(2)) - (1 if m.group(1) != ">" else 0)
        return [{"type": "ecog", "max": top, "negated": True}]
    if kind == "exclusion" and (m := _search(r"(?<![\d.])([1-4])\s*(-|–|to)\s*[2-4](?![\d.])", text)):
        # "ECOG 2 - 4" as an exclusion: the scores from the lower bound up exclude (issue 15, twelfth
        # blind set; it was read as "ECOG at most 4" and excluded everyone)
        return [{"type": "ecog", "max": int(m.group(1)) - 1, "negated": True}]
    if m := _search(r"(ecog|who|status|score)\s?:?\s?0([12])$", text.strip(" .;")):
        return [{"type": "ecog", "max": int(m.group(2))}]  # "WHO performance status 01": a copy lost "0-1"
    if (
        kind == "inclusion"
        and (
            m := _search(r"(status|ecog|ps)\)?( score)? (of|=|equal to|exactly) ([2-4])$", text.strip(" .;"))
        )
        and not _has(r"\bor\b|-|–|\bto\b|≤|<|less|lower|better|maximum|up to|no more", text)
    ):
        # "ECOG performance status of 2" alone: a study of less fit patients takes that score only
        # (HELOISE NCT01450696, thirteenth blind set)
        return [{"type": "ecog", "min": int(m.group(4)), "max": int(m.group(4))}]
    found = [int(d) for d in _findall(r"(?<![\d.])([0-4])(?!\d|\.\d|\s?%)", text)]
    found += [_NUM[w] for w in _findall(r"\b(zero|one|two)\b", text)]
    if m := _search(r"(≤|<=|=<)\s*([0-4])", text):
        return [{"type": "ecog", "max": int(m.group(2))}]
    if m := _search(r"(?<![≤=])(<|less than|lower than|below)\s*([1-4])\b", text):
        return [{"type": "ecog", "max": int(m.group(2)) - 1}]  # "a performance status of < 2 Zubrod" (TW)
    if not found:
        return []
    return [{"type": "ecog", "max": max(found)}]


def karnofsky(text: str, kind: str) -> list[Req]:
    """ "Karnofsky score higher than 70", "KPS ≥ 60", "Karnofsky 70-100": a Karnofsky threshold, judged
    from the case's ECOG grade through the knowledge base's pairings of the two scales (kb.yaml
    karnofsky_by_ecog; issue 15: the TP and TQ blind sets). An item that names ECOG too
    reads as ECOG (``ecog`` above); a bare score in an exclusion says nothing about its direction."""
    if _has(r"ecog|zubrod|eastern cooperative|w(?<=\bw)ho (performance|ps)", text):
        return []
    m = _search(_KARNOFSKY_THRESHOLD, text)
    if m is None or not 10 <= int(m.group(2)) <= 100:
        return []
    op = _KARNOFSKY_OPS.get(m.group(1) or "", ">=" if m.group(3) else None)
    if op is None and kind == "inclusion":
        op = ">="  # "Karnofsky performance status 70": a study's floor
    if op is None:
        return []
    return [{"type": "karnofsky", "op": op, "value": int(m.group(2))}]


def sexes(text: str, kind: str) -> list[Req]:
    """ "Sex: Men and women": a registry field written as a criterion; it lets everyone in. "Sex:
    Female" (or male, "only") takes one sex."""
    if kind != "inclusion":
        return []
    if _has(
        r"^(sex|gender)\s?:\s?(men and women|women and men|male and female|males? and females?|both|all)\b|"
        # "Both genders;" (NCT03329690, TP): the registry field, everyone let in
        r"^(both|all|any) (genders|sexes|gender|sex)\W*$|"
        # "Female and male" (a Swedish record, NCT03013010; VS)
        r"^(females?|males?) (and|or|&|and/or) (females?|males?)\W*$",
        text,
    ):
        return [{"type": "permission"}]
    if m := _search(r"^(sex|gender)\s?:\s?(females?|women|woman|males?|men|man)( only)?\s*\.?$", text):
        return [{"type": "sex", "sex": "female" if m.group(2).startswith(("f", "w")) else "male"}]
    return []


_RESTRICTION_NOTE = r"\([^()]*\b(restrictions? apply|not all|not every|not available)\b[^()]*\)"


def age(text: str, kind: str) -> list[Req]:
    if kind == "inclusion" and "any age" in text and _has(r"^age\W+any age\W*$", text):
        return [{"type": "permission"}]  # "Age: - Any age" (NCT03329690, TP): the registry field
    if "menopaus" in text:
        return []  # "a woman aged 50 or older is considered menopausal if …": defines who can conceive
    if "(" in text:
        # "12 years of age or older (*Restrictions apply. Not all therapies are available for patients
        # <18)" (NCI-MATCH, NCT02693535; the WD reviewer): a note on some treatments, no age limit
        text = _sub(_RESTRICTION_NOTE, " ", text)
    out: list[Req] = []
    # \d\d? for \d{1,2} (and \d\d for \d{2} below): re jumps to the digits only when a pattern opens
    # with one
    m = _search(r"(\d\d?)\s*(-|–|to|and)\s*(\d{2,3})\s*years", text) or _search(
        # "Age of 18 to 75, Karnofsky …": both bounds without "years" (issue 15, fifteenth blind set)
        # (an item's own age, not "consent … for subjects age 12 to 17")
        r"(?:^|[.;,]\s)(?:\d{1,2}[.)]\s)?(?:(?:patients?|subjects?|participants?|men|women|males?|"
        r"females?)(?: and \w+)?,?\s)?a(?<=\ba)ge[ds]?\s*(?:is\s)?(?:of|between|from|:)?\s*(\d\d)\s*"
        r"(?:years?\s)?(-|–|to|and)\s*"
        r"(\d{2,3})\b"
        r"(?!\s*(%|kg|mg|cm|days?|weeks?|months?))",
        text,
    )
    if m:
        return [
            {"type": "age", "op": ">=", "value": int(m.group(1))},
            {"type": "age", "op": "<=", "value": int(m.group(3))},
        ]
    if m := _search(_LIMITS_NAMED, text):  # "Lower age limit … 18 years old and upper age limit of 80"
        return [
            {"type": "age", "op": ">=", "value": int(m.group(1))},
            {"type": "age", "op": "<=", "value": int(m.group(2))},
        ]
    if m := _search(
        rf"(a(?<=\ba)ge|a(?<=\ba)ged|y(?<=\by)ears|p(?<=\bp)articipants?|p(?<=\bp)atients?|s(?<=\bs)ubjects?)\b"
        rf"[^.;]{{0,30}}?{_OP}\s*(\d{{2}})",
        text,
    ):
        out.append({"type": "age", "op": _OPS[m.group(2)], "value": int(m.group(3))})
    elif m := _search(_OR_YOUNGER, text):
        out.append({"type": "age", "op": "<=", "value": int(m.group(1))})
    elif m := _search(_OR_OLDER, text):
        out.append({"type": "age", "op": ">=", "value": int(m.group(1))})
    elif m := _search(r"(≥|>=)\s*(\d\d)\s*(years|yrs|and|to)\b", text):  # "≥18 years of old", "≥18 and ≤75"
        out.append({"type": "age", "op": ">=", "value": int(m.group(2))})
    elif m := _search(
        # not "at least 28 days from prior surgery" (issue 15, eighth blind set: read as age >= 28)
        r"(at least|aged|age of|older than|over|greater than|more than)\s*(\d{2})\s*(years)?"
        r"(?!\d|\s*(days?|weeks?|wks?|months?|hours?|half|cycles?|doses?|mg|ml|%))",
        text,
    ):
        above = m.group(1) in ("older than", "over", "greater than", "more than")
        if above and text[: m.start()].endswith(("not ", "no ")):
            # "Age: Not over 75" (NCI's form): at most 75 (issue 15, sixteenth blind set, TR: read as > 75)
            out.append({"type": "age", "op": "<=", "value": int(m.group(2))})
        else:
            out.append({"type": "age", "op": ">" if above else ">=", "value": int(m.group(2))})
    elif kind == "inclusion" and _has(
        r"^(male or female )?adults?\b|\badult (patients|participants|subjects)", text
    ):
        out.append({"type": "age", "op": ">=", "value": 18})
    elif kind == "inclusion" and _has(r"^age\s*=\s*18 years( old| of age)?\.?$", text):
        # "Age = 18 years old": a portal's copy that lost the "≥" (no study enrols at one exact age)
        out.append({"type": "age", "op": ">=", "value": 18})
    if out and out[0]["op"] in ("<=", "<") and (m := _search(_OR_OLDER, text)):
        # "18-years of age or older and ≦75 years of age": the upper limit found first (TT)
        out.insert(0, {"type": "age", "op": ">=", "value": int(m.group(1))})
    if out and not _has(r"\bage|aged|years|adult|old|chronologic", text):  # "chronologic <= 75" (TW)
        return []
    if out and out[0]["op"] in (">=", ">") and (upper := _upper_age(text, int(out[0]["value"]))):
        out.append(_older_admitted(text, upper))
    return out


# "70 yrs or older" (NCT02114359, TW)
_OR_OLDER = r"(\d\d)[\s-]*((years|yrs)( of age)?( old)?\s*)?(or|and)\s*(older|above|over)"
# "aged 75 year or younger" (a Korean study's record, NCT00821990; twenty-first blind set, TX): the upper
# limit, not "aged 75" as the lower one
_OR_YOUNGER = r"(\d\d)[\s-]*(years?( of age)?( old)?\s*)?or\s*(younger|less|under|below)\b"
# "Lower age limit of research subjects 18 years old and upper age limit of 80 years old" (a Chinese
# registry's English, NCT06313567; twenty-second blind set, TY)
_LIMITS_NAMED = (
    r"\blower age limit\b[^.;\d]{0,40}(\d\d)\b[^.;]{0,60}?\bupper age limit\b[^.;\d]{0,20}(\d{2,3})\b"
)


def _older_admitted(text: str, upper: Req) -> Req:
    """The upper age limit, or, when older patients are let in on conditions ("≤ 75 years; the patient
    over 75 years of age is eligible only if … G8 score …": issue 15, ninth blind set), either the limit
    or those conditions, which no case field records."""
    limit = upper["value"]
    if "eligible" not in text or not _has(
        rf"(over|older than|above|>)\s*{limit}( years)?[^.;]{{0,40}}\b(is|are|may be) eligible", text
    ):
        return upper
    older: Req = {"type": "open_parts", "parts": [f"the conditions set for patients over {limit}"]}
    return {"type": "any_of", "options": [[upper], [older]]}


# "… and less than or equal to age 75" (TIL, NCT03935893; the WG reviewer)
_UPPER_AGE = (
    r"(less than or equal to|less than|younger than|under|below|not older than|no older than|<=|=<|≤|<)"
    r"\s*(?:(?:the )?age (?:of )?)?(\d{2,3})\b"
    r"(?!\s*(%|x\b|kg|mg|ml|g/|days?|weeks?|months?))"
)


def _upper_age(text: str, lower: int) -> Req | None:
    """An upper age limit beside a lower one ("18 or above but less than 80", "≥ 18 and ≤ 75 years")."""
    clause = next((c for c in re.split(r"[.;]\s", text) if _has(r"\bage|aged|years|old", c)), "")
    m = _search(_UPPER_AGE, clause)
    if m is None or not lower < int(m.group(2)) <= 120:
        return None
    strict = m.group(1) in ("less than", "younger than", "under", "below", "<")
    return {"type": "age", "op": "<" if strict else "<=", "value": int(m.group(2))}


# "at least one or more target lesions can be measured" (a Chinese registry's English, TU)
_LESIONS_MEASURED = r"(target )?lesions? (that )?(can|could) be (accurately )?measured"


# "Assessable lesions with a minimum size of 10mm by CT scan or MRI" (NCT02713984, fifteenth set, TR):
# a lesion of a stated least size is a measured one, as RECIST 1.1 defines measurable disease (longest
# diameter >= 10 mm by CT), whatever word the item uses for it.
SIZED_LESION = (
    r"(lesions?|tumou?rs?|disease)[^.;]{0,30}\b((minimum|min\.?) (size|diameter) of|≥|>=|at least) ?\d+ ?mm\b"
)


# "it is not allowed radiation therapy on primary tumor, measurable lesions" (TZ): radiotherapy's
_RADIATION_AND_LESIONS = r"(radiation|radiotherapy)[^.;]{0,40}\bmeasurable"


def measurable(text: str, kind: str) -> list[Req]:
    if kind != "inclusion" or not (
        _has(r"\bmeasurable", text)
        or ("measured" in text and _has(_LESIONS_MEASURED, text))
        or ("mm" in text and _has(SIZED_LESION, text))
    ):
        return []
    # disease that is evaluable without being measurable is let in too ("measurable, evaluable, or
    # non-evaluable disease as long as evaluable by RECIST"; "Phase III: at least 1 evaluable lesion");
    # "palliative radiotherapy to sites … that are not measurable" is about radiotherapy (thirteenth set).
    # A sentence turning such patients away ("… patients with only assessable non-measurable disease) are
    # NOT eligible": TAPUR, NCT02693535; the WD reviewer) lets none in.
    sentences = [s for s in re.split(r"(?<=\.)\s", text) if not _has(_TURNED_AWAY, s)]
    if any("measurable" in s and not _has(_RADIATION_AND_LESIONS, s) for s in sentences):
        # "… measurable by RECIST, version 1.1 … For patients with prior radiation therapy, measurable
        # lesions must be outside of any prior radiation field(s)" (NTX-1088, NCT05378425; twenty-ninth
        # session, WM): a sentence of its own asks for measurable disease
        sentences = [s for s in sentences if not _has(_RADIATION_AND_LESIONS, s)]
    if _has(
        r"measurable,? (and/)?or (non-?measurable|evaluable)|measurable, evaluable|evaluable or measurable|"
        r"non-?measurable|not measurable|(?<!non-)(?<!non)(?<!and )evaluable (disease|lesions?)|"
        + _RADIATION_AND_LESIONS,
        " ".join(sentences),
    ):
        return []
    if brain_disease_only(text):
        return []  # measurable brain disease (RANO-BM) is a brain metastasis asked (rules_conditions)
    return [{"type": "measurable_disease"}]


# "measurable/evaluable CNS disease per RANO or RANO-BM criteria" (NEO212, NCT06047379; WK)
CNS_DISEASE = (
    r"\b(measurable|evaluable)((/| or | and/or )(measurable|evaluable))? (cns|intracranial|brain) "
    r"(disease|lesions?|metasta)"
)


def brain_disease_only(text: str) -> bool:
    """Measurable or evaluable disease asked in the brain (RANO-BM), not by RECIST: a brain metastasis
    asked (rules_conditions), not measurable or evaluable disease (measurable, rules_toxicity.evaluable)."""
    return _has(CNS_DISEASE, text) and not _has(r"\brecist", text)


_TURNED_AWAY = r"\b(are|is) not eligible\b|\bineligible\b|\b(are|is|will be) excluded\b"


def organ_function(text: str, kind: str) -> list[Req]:
    if kind != "inclusion":
        return []
    if _has(
        r"(adequate|sufficient|normal|acceptable|appropriate)[^.;]{0,60}"
        r"(organ|bone marrow|hepatic|renal|liver|kidney|"
        r"ha?ematolog|marrow|coagulation)",
        text,
    ) or _has(
        r"(c(?<=\bc)reatinine|b(?<=\bb)ilirubin|n(?<=\bn)eutrophil|p(?<=\bp)latelets?|h(?<=\bh)a?emoglobin|"
        r"a(?<=\ba)nc)\b",
        text,
    ):
        return [{"type": "organ_function"}]
    return []


@cache
def _female_only_sites() -> re.Pattern[str]:
    return re.compile(tumour_types().female_only_sites)


def female_only_site(text: str, kind: str) -> list[Req]:
    """ "Diagnosed as Krukenberg tumor, unless radical resection has been performed": an exclusion of a
    metastasis only a woman can have (knowledge/data/tumour_types.yaml) does not apply to a man. Only
    when it is the item's one subject: a list ("Krukenberg tumour or malignant ascites") applies to all."""
    if kind != "exclusion" or ("krukenberg" not in text and "ovar" not in text):
        return []
    subject = re.split(r"\b(unless|except|if|provided)\b", text, maxsplit=1)[0]
    if not _female_only_sites().search(subject) or _has(r" or |/| and |;|, (\w+ ){0,3}\w+,", subject):
        return []
    return [{"type": "applies_if", "when": {"type": "sex", "sex": "female"}, "then": []}]
