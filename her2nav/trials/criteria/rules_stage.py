"""Criterion rules about the extent of the disease, read against the case's setting (CONTRACT §1
records no T, N or M category):

- ``early_stage``: an exclusion of early tumours ("T1N0 tumors or in situ carcinoma", "stage 0 or I
  disease"), as studies of resectable cancer write it. A resectable case leaves it open; advanced
  disease (unresectable, metastatic or recurrent) is no early tumour (AJCC 8th edition: T1N0M0 is
  stage I; carcinoma in situ, Tis, stage 0). Tenth blind set (TK, TRAP-2 NCT05188313).
- ``recurrence``: an exclusion of disease that has come back ("Relapse of gastric cancer", "Recurrent
  disease"), as studies of newly diagnosed cancer write it: the case's setting ``recurrent`` (or a
  recurrence date) has it, any other setting is disease as first diagnosed (CONTRACT §1). Twelfth
  blind set (TN, Dragon III NCT04384601).
- ``distant_metastases``: distant spread asked for, or excluded ("No distant metastases", "M0",
  "peritoneal dissemination or distant metastasis"), and, with ``site``, metastases at one site asked
  for ("patients with peritoneal metastases of gastric cancer": eleventh blind set), which disease
  without distant spread fails and a metastatic case leaves open (no case field records the sites).
"""

from __future__ import annotations

from her2nav.trials.criteria.rule_text import Req, _has, _search, _sub
from her2nav.trials.criteria.stage_patterns import not_recurrent, stages_a_primary

_NOUN = r"(\s(tumou?rs?|disease|cancers?|carcinomas?|adenocarcinomas?|lesions?))?"
_EARLY_FORM = (
    r"(c|p|u)?t(is|1[ab]?)\s?,?\s?n0(\s?,?\s?m0)?"
    + _NOUN
    + r"|(c|p|u)?tis\b"
    + _NOUN
    + r"|(carcinoma|cancer|tumou?r|adenocarcinoma)s?\s(in situ)|in situ (carcinomas?|cancers?|disease)"
    + r"|stage (0|i|ia|ib)\b(\s(or|and)\s(0|i|ia|ib)\b)?"
    + _NOUN
    + r"|(early|superficial)\s(gastric |o?esophageal )?(cancers?|carcinomas?|tumou?rs?)"
    # "Patients diagnosed with GC early disease (stage I and II) suitable for resectable strategy"
    # (NCT04015466, thirteenth blind set, TP): early disease, the stages it means, meant for surgery
    + r"|(gc |gastric cancer )?early (stage )?disease( \(stages? (i|ii)( (and|or) (i|ii))?\))?"
    + r"( suitable for (a )?(resectable|curative|surgical) (strategy|treatment|resection|surgery))?"
)
# The whole item is such forms joined by "or", "and" or commas, after an optional subject.
_ONLY_EARLY = (
    rf"^((participants?|patients?|subjects?) (diagnosed )?with )?(a |an )?({_EARLY_FORM})"
    rf"((,\s?|\s)(or |and |and/or )?({_EARLY_FORM}))*\s?\.?$"
)
# Words one of which every early form contains (a substring test before the pattern).
_WORDS = ("t1", "tis", "situ", "stage 0", "stage i", "early", "superficial")


def early_stage(text: str, kind: str) -> list[Req]:
    if kind != "exclusion" or not any(w in text for w in _WORDS):
        return []
    return [{"type": "early_stage"}] if _has(_ONLY_EARLY, text.strip()) else []


# The whole item: "Relapse of gastric cancer", "Recurrent disease", "Recurrence of the tumour."
_RECURRENCE_ONLY = (
    r"^((participants?|patients?|subjects?) with )?(a |any )?(relapsed?|relapsing|recurren(ce|t))"
    r"( of (the |their )?| )?([a-z/ -]{0,40}?(cancer|carcinoma|adenocarcinoma|tumou?r|disease))?\.?$|"
    r"^(cancer|tumou?r|disease) (relapse|recurrence)\.?$"  # "Cancer relapse" (thirteenth blind set)
)


def recurrence(text: str, kind: str) -> list[Req]:
    if kind != "exclusion" or not ("relaps" in text or "recurr" in text):
        return []
    if _has(r"\b(or|and|metasta\w*|advanced|unresectable|inoperable|progress\w*)\b", text):
        return []  # "recurrent or metastatic disease": more than a recurrence
    return [{"type": "recurrence"}] if _has(_RECURRENCE_ONLY, text.strip()) else []


# "Relapsed or refractory HER2 positive cancer" (NCT02713984, fifteenth set, TR): disease that came back
# after treatment or did not respond to it (NCI Dictionary of Cancer Terms: relapse, refractory), so a
# recurrence (the case's setting or date) or a line given; untreated disease as first diagnosed is
# neither. Only where the item names the disease so, not "relapsed or refractory to <agent>".
# ("recurrent or persistent disease": disease that came back, or that persists after treatment; an
# untreated first presentation is neither: NCI's ComboMATCH, NCT06126276, the VZ reviewer)
_RELAPSED_OR_REFRACTORY = (
    r"(relapsed|recurrent)( or | and/or |\s?/\s?)(refractory|persistent)|"
    r"(refractory|persistent)( or | and/or |\s?/\s?)(relapsed|recurrent)"
)


def relapsed_or_refractory(text: str, kind: str) -> list[Req]:
    if kind != "inclusion" or not ("refractory" in text or "persistent" in text):
        return []
    if not _has(_RELAPSED_OR_REFRACTORY, text):
        return []
    if _has(r"refractory to\b|brain|\bcns\b|allowed|permitted|may (be|have)", text):
        return []
    found: list[Req] = [
        {"type": "any_of", "options": [[{"type": "recurrence"}], [{"type": "prior_lines", "min": 1}]]}
    ]
    if _has(r"alter(ed|ation)|mutat\w*|mutant|fusion", text):
        # "relapsed/refractory HER2-altered malignancy" (UW's and UI's NCT06253871): the alteration is
        # another part, which the case's HER2 results alone do not settle (no mutation is recorded)
        found.append({"type": "open_parts", "parts": ["the gene alteration the study names"]})
    return found


# An exclusion of metastatic patients ("Distant metastases", "Stage IV disease", as in studies of
# resectable cancer): ``only`` when the item names nothing else.
_DISTANT = (
    r"^((participants?|patients?|subjects?) with |diagnosed with )?"
    # "Subjects with documented distant metastasis" (TY); "Clinically apparent distant metastasis" (UD)
    r"(presence of |existence of |known |evidence of |any |documented |"
    r"(clinically|radiologically) (apparent|evident) |"
    # "Clinical or biopsy-proven distant metastatic disease" (PHOX, NCT06078709; VU)
    r"(clinical|radiological|biopsy-?\s?proven|histologically proven)( or| and|,)? )*"
    r"((or |and/or )?(suspicious|suspected|confirmed) )*"
    r"(distant metasta\w*|metastatic disease|stage iv\b|m1 disease|m1\b|"
    r"disseminated (cancer|disease|tumou?r))"  # "disseminated cancer" (TU)
)


# Distant spread named in its forms, as the exclusion of a resectable-disease study lists them (AJCC 8th
# edition: peritoneal dissemination is M1): nothing else asked (issue 15, eighth blind set)
# ("Intraperitoneal dissemination or distant metastasis": MATCH, NCT02725424; VW)
_M1_ONE = (
    r"((intra-?\s?)?peritoneal (dissemination|metastas[ie]s|carcinomatosis|seeding)|distant metastas[ie]s)"
)
_M1_FORMS = (
    rf"^(((participants?|patients?|subjects?) )?with )?(presence of |known |evidence of |any )*{_M1_ONE}"
    rf"(,? (or|and/or|and) {_M1_ONE})+( (diagnosed|confirmed|assessed|seen) (by|on) [^.;]{{1,60}})?\.?$"
)


_OR_UNRESECTABLE = (
    r"^(or|and/or) (all |any )?(primarily |primary |otherwise )?"
    r"(not resectable|non-?\s?resectable|unresectable|"
    r"inoperable|irresectable) (stages?|disease|tumou?rs?|cancers?)$"
)


# "Patients with unresectable locally advanced disease or distant metastasis": the same exclusion of
# every advanced case, the unresectable stage named first (eighteenth blind set, TQ's NCT07023315)
_UNRESECTABLE_OR_DISTANT = (
    r"^((participants?|patients?|subjects?) with )?"
    r"((locally advanced|unresectable|unsectable|inoperable|non-?\s?resectable|irresectable|not resectable)"
    r"(,| and| or)?\s)+((primary )?(disease|tumou?rs?|cancers?)\s)?(or|and/or)\s(any )?"
    r"(distant metasta\w*|(distant )?metastatic disease|stage iv\b|m1\b)\W*$"
)


_SOME_METASTASES = (
    r"unless|except|brain|\bcns\b|central nervous|leptomening|spinal|bone|liver|hepatic|lung|"
    r"(?<!retro)peritone|permitted|allowed|"
    # not "eligible for D2 lymphadenectomy" (VT's NCT02356276)
    r"eligible(?! for (\w+ ){0,2}(surgery|resection|gastrectomy|lymphadenectomy|operation))"
)


# An inclusion asking for disease without distant spread ("≥ T3, N ≥ 1 and no distant metastasis", "M0"),
# as studies of resectable cancer do: no distant metastases, which a metastatic case has (issue 15,
# seventh blind set). ``only`` when the item asks nothing else (T and N stages are not recorded).
_NO_DISTANT = (
    # "No clinical findings of distant metastasis" (fifteenth blind set)
    r"(\bno|without|absence of|free of) ((clinical|radiological|radiographic|imaging) )?"
    r"((evidence|findings?|signs?) of )?(any )?(other )?"
    # … "No evidence of disseminated cancer" (UA)
    r"(distant metasta\w*|metastatic disease|disseminated (cancer|disease))|"
    r"\b[cp]?m0\b|"
    r"\bnon-?\s?metastatic\b|"
    r"^no metastas[ie]s\.?$"  # NCI's form (seventeenth blind set, TS)
)
# "No liver, lung, or other distant metastases" (a UK neoadjuvant study, NCT00041262; TX): sites named
# and then every other distant one, so no distant metastases at all
# ("No brain, pulmonary, liver, bone, lymph node (cervical or supraclavicular) or other distant
# metastases", NCT00003087; UA)
_NO_SITES_OR_OTHER = r"^(\d{1,2}[.)] )?no ([\w()-]+,? (or |and )?){1,12}(any )?other distant metasta\w*\.?$"
# Words one of which every _NO_DISTANT alternative contains (a substring test before the pattern).
_NO_DISTANT_WORDS = (
    "no metastas",
    "distant",
    "m0",
    "metastatic disease",
    "non-metastatic",
    "non metastatic",
    "nonmetastatic",
    "disseminated",
)


# "Patients with peritoneal metastases of gastric cancer": metastases at one named site asked for.
_AT_ONE_SITE = (
    r"^(\d{1,2}[.)] )?((participants?|patients?|subjects?) with )?(the )?"
    r"(presence of |evidence of |confirmation of |confirmed )?"
    r"(?P<site>peritoneal|liver|hepatic|lung|pulmonary|bone|brain|ovarian)"
    r" (metastas[ie]s|metastatic (disease|lesions?)|carcinomatosis|dissemination)\b"
    r"(?! ((is|are) )?(allowed|permitted))"  # "Brain metastases allowed if …" (NCI's form)
)


# Free cancer cells in the peritoneal fluid (positive cytology, CY1) are distant spread (M1; JGCA and
# AJCC 8th edition), which studies of such patients allow beside a ban on any other ("Clinically apparent
# distant metastasis (besides free cancer cells)", "T4a … with free cancer cells in the abdominal cavity
# and no … other distant metastases": UD's NCT02976142). No case field tells a metastatic case whose
# only spread is that from the rest: ``beyond_cytology`` leaves it open (matching/evaluate_scope.py).
_CYTOLOGY_ONLY = (
    r"free (cancer|tumou?r|malignant) cells|(peritoneal |lavage |ascites )+cytology|"
    r"positive (peritoneal |lavage )?cytology|cytology[- ]positive|c(?<=\bc)y1\b"
)


# "… adjuvant chemotherapy and no recurrence / metastasis occurred" (TU): neither came back
_NO_RECURRENCE_OR_METASTASIS = r"\bno (recurrence|relapse)\s?(/|or|and|and/or|,)\s?(distant )?metasta"


def distant_metastases(text: str, kind: str) -> list[Req]:
    found = _distant_metastases(text, kind)
    if found and ("cell" in text or "cytolog" in text or "cy1" in text) and _has(_CYTOLOGY_ONLY, text):
        return [{**r, "beyond_cytology": True} if r["type"] == "distant_metastases" else r for r in found]
    return found


# "… or limited metastatic gastric cancer with any of the following single site metastasis: 1.
# Retro-peritoneal lymph node … 4. Adrenal metastasis. 5. … peritoneal carcinomatosis" (a conversion
# study, NCT04510064; sixty-ninth blind set, VT): metastases are taken at the sites listed only. The case
# records brain metastases and no other site (CONTRACT §1), so brain metastases the list leaves out fail
# it and other metastatic disease stays open; disease without distant spread is not asked about.
_LIMITED_SITES = (
    r"(limited |oligo-?\s?)metasta\w*[^.;:]{0,80}\b(following|single[- ]sites?|one site|single organ)"
)


def _limited_sites(text: str) -> Req:
    then: list[Req] = [
        {"type": "open_parts", "parts": ["which organs the metastases are in (the study takes some)"]}
    ]
    if not _has(r"brain|cns|central nervous|cerebr|intracranial", text):
        then.insert(0, {"type": "condition", "condition": "brain_metastases", "negated": True})
    return {"type": "applies_if", "when": {"type": "distant_metastases", "only": True}, "then": then}


def _distant_metastases(text: str, kind: str) -> list[Req]:
    if kind == "inclusion" and ("limited" in text or "oligo" in text) and _has(_LIMITED_SITES, text):
        return [_limited_sites(text)]
    if kind == "inclusion" and "metasta" in text and _has(_NO_RECURRENCE_OR_METASTASIS, text):
        return [
            {"type": "distant_metastases", "only": False, "negated": True},
            {"type": "recurrence", "negated": True},
        ]
    if kind == "inclusion":
        if (m := _search(_AT_ONE_SITE, text)) and not _has(
            r"\b(no|without|absence|excluded|not|distant)\b", text
        ):
            return [{"type": "distant_metastases", "only": True, "site": m.group("site")}]
        if "other distant" in text and _has(_NO_SITES_OR_OTHER, text):
            return [{"type": "distant_metastases", "only": True, "negated": True}]
        if not any(word in text for word in _NO_DISTANT_WORDS) or not (m := _search(_NO_DISTANT, text)):
            return []
        if _has(_SOME_METASTASES, text):
            return []
        if m.group(0).startswith("non") and _has(r"\b(for|after|of|with)\s(\w+\s){0,2}$", text[: m.start()]):
            return []  # "adjuvant therapy for non-metastatic disease": another setting's disease
        rest = _sub(r"\bas (defined|assessed|determined|confirmed) (by|per|on)\b.*$", " ", text[m.end() :])
        only = len((text[: m.start()] + rest).strip(" .;,()")) < 12  # "… as defined by [CT]": how
        found: list[Req] = [{"type": "distant_metastases", "only": only, "negated": True}]
        return [*found, not_recurrent()] if stages_a_primary(text) else found
    if _has(_M1_FORMS, text):  # "peritoneal dissemination or distant metastasis": both are M1
        return [{"type": "distant_metastases", "only": True}]
    if _has(r"\bmetastas[ie]s (in|to) [^.;]{0,60}\b(or|and) (any )?other distant metastas[ie]s\b", text):
        # "Evidence of metastases in liver, lung, bone or other distant metastases": every distant site
        # (twelfth blind set)
        return [{"type": "distant_metastases", "only": True}]
    if (
        ("resectable" in text or "inoperable" in text or "unsectable" in text)
        and (m := _search(_UNRESECTABLE_OR_DISTANT, text))
        and _has(r"resectable|unsectable|inoperable", m.group(0))
    ):
        return [{"type": "disease", "sites": [], "advanced": True}]
    if not (m := _search(_DISTANT, text)):
        return []
    rest = text[m.end() :].strip(" .;")
    if _has(_OR_UNRESECTABLE, rest):
        # "Distant metastases or all primarily not resectable stages": every advanced case (unresectable,
        # metastatic or recurrent; thirteenth blind set, NCT04393584)
        return [{"type": "disease", "sites": [], "advanced": True}]
    if _has(
        r"^to distant (organs?|sites?)\b", rest
    ):  # "Evidence of metastatic disease to distant organs" (TW)
        return [{"type": "distant_metastases", "only": True}]
    if _has(r"^(to|in|of|involving|at|from)\b", rest) or _has(_SOME_METASTASES, text):
        return []  # metastases of one site ("to the brain") or with exceptions: other rules
    # "M1 (distant metastases)" (issue 15, twelfth blind set)
    # "(AJCC 8th edition stage TanyNanyM1)": the stage said again
    only = _has(r"^(disease)?\s*(\(([^()]*(m1|stage iv)\b[^()]*|distant metastas[ie]s)\))?$", rest)
    return [{"type": "distant_metastases", "only": only}]


# "ctDNA positive after surgery as per Signatera assay": a study of minimal residual disease after a
# curative resection (DECIPHER NCT05965479, TRINITY NCT06253650; eleventh blind set). Advanced disease,
# which had no such resection, fails it; for a resectable case the ctDNA result stays open.
_RESIDUAL_AFTER_SURGERY = (
    r"\b(ctdna|circulating tumou?r dna|mrd|minimal residual disease)\b[^.;]{0,60}"
    r"\b(after|following|post-?\s?)\s?(the )?(curative |radical )?"
    r"(operative|operation|surgery|surgical|resection|gastrectomy|o?esophagectomy)"
)


def residual_disease(text: str, kind: str) -> list[Req]:
    if kind != "inclusion" or not _has(_RESIDUAL_AFTER_SURGERY, text) or _has(r"recurr|relaps|metasta", text):
        return []
    return [
        {"type": "disease", "sites": [], "advanced": False},
        {"type": "open_parts", "parts": ["ctDNA after surgery (no case field records it)"]},
    ]
