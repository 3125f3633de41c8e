"""Stage groups and TNM categories as criteria write them (rules_disease.py reads them): AJCC 8th
edition stage groups I-III and T/N categories without an M category are disease without distant
spread; stage IV and M1 are distant spread."""

from __future__ import annotations

from her2nav.trials.criteria.rule_text import Req, _has

# "cStage III", "pStage II-III" (AJCC 8th edition clinical or pathological stage groups below IV, all
# of them M0), not "stage III or IV"; also "Clinical stage: Clinical Tumor-Node-Metastasis (cTNM)
# stage III" (twelfth blind set)
CLINICAL_STAGE_TO_III = (
    r"(\b(c|p|yp)|\b(clinical|c?tnm|ajcc)\b[^.;]{0,60}?\b)stages? ?(i{1,3}|[1-3])[abc]?\b"
    r"(?![^.;]*\b(iv|4)\b)"
)
# An inclusion naming clinical T and N categories and no M category ("T3-4a N+ or T4b N any",
# AJCC 8th edition): locoregional disease, which a metastatic case does not have.
# ("T1-2N0M0": the M category run on, TW)
TN_ONLY = (
    r"\b[cpy]{0,2}t[1-4][ab]?(-[1-4][ab]?)?,?\s?n(\+|any|x|[0-3][abc]?(\b|(?=m[01x]\b))|\s?any\b)|"
    # "T1smN0 or T2NO adenocarcinoma arising in Barrett's esophagus" (NCT00628784; TZ): submucosal T1,
    # and N0 written with a letter O
    r"\bt[1-4](sm\d?|[ab])?n[o0]\b"
)
# Clinical T categories alone, listed ("Tumor spread: cT3, cT4a, cT4b (except …)"): the same
CLINICAL_T_LIST = r"\bct[1-4][ab]?\b\s?(,|or|and|-|–|/)\s?(ct|t)?[1-4][ab]?\b"


def only_locally_advanced(text: str) -> bool:
    """ "Locally advanced adenocarcinoma of the stomach" with no word for advanced disease beyond it
    (unresectable, inoperable, metastatic, recurrent, stage IV): a study of disease without distant
    spread, as perioperative studies write it (issue 15, eighth blind set)."""
    if "locally advanced" not in text:
        return False
    beyond = r"metasta|recurr|stage iv|incurable|(?<!locally )advanced|palliative"
    if "locali" in text and _has(r"\blocali[sz]ed (cancer|disease|tumou?r|carcinoma)", text):
        # "locally advanced unresectable cancer or localized cancer in a patient who declines surgery":
        # both alternatives are disease without distant spread (twelfth blind set, NCT04522336)
        return not _has(beyond, text)
    return not _has(r"unresectable|inoperable|not (amenable|suitable)|" + beyond, text)


# "clinical stage before surgery of AJCC I-III" (AJCC 8th: stage IV is M1): disease without distant spread;
# also "staged II or III", "staged III", "Stage II/III" and roman lists ("stage IIA, IIB, IIIA, IIIB and
# IIIC", "stage of IIIB or IIIC": eighteenth blind set, TT and TU)
STAGES_I_TO_III = (
    r"(stage[sd]?|ajcc)\s([\w-]+\s){0,4}?(i{1,2}|[12])[abc]?\s?(-|–|to|or|and|and/or|/)\s?(i{2,3}|[23])[abc]?\b"
    r"(?!\s?(-|–|or|/)\s?iv)|"
    r"\bstage[sd]?\s(of\s)?i{1,3}[abc]?(\s?(,|-|–|/|or|and|and/or|to)\s?i{1,3}[abc]?)+\b"
    r"(?!\s?(,|-|–|/|or|and|and/or|to)\s?(iv|4)\b)|"
    # "… gastric cancer and staged III by pathological evidences" (NCT06313567, twenty-second set, TY)
    r"\bstaged\s(as\s)?(i{1,3}|[1-3])[abc]?\b(?!\s?(,|-|–|/|or|and|and/or|to)\s?(iv|4)\b)|"
    # "Pathologically confirmed gastric cancer, clinical I-III TNM stage (AJCC 8th edition)" (NCT05714878,
    # thirteenth set, TP): the numerals before the word
    r"\b(clinical|pathologic(al)?|ajcc|tnm)\s(i{1,2}|[12])[abc]?\s?(-|–|to|or|/)\s?(i{2,3}|[23])[abc]?"
    r"\s((tnm|ajcc|clinical)\s)?stage"
)
STAGE_IV_ONLY = r"stage (iv|4)\b|\bm1\b"
# "Stage IIB or greater by spiral or multi-slice CT scan and endoscopic ultrasound" (a UK neoadjuvant
# study, NCT00041262; twenty-first blind set, TX): a lowest stage group, which stage IV meets too
STAGE_OR_HIGHER = (
    r"^(has |have |with |clinical |pathologic(al)? )*stages? (i{1,3}|[1-3])[abc]? or "
    r"(greater|higher|above|more|later|beyond)\b"
)
# A tumour an operation can remove, which is what an operation "with curative intent", an "R0" or a
# "radical" one, or a "resection" names (not "surgery" alone: "not suitable for surgery" may be the
# patient's fitness)
CURATIVE_OPERATION = (
    r"((primary |radical |curative |r0 |complete )*(resection|gastrectomy|o?esophagectomy)|"
    r"(primary )?(radical |curative |r0 |complete )+surgery|(primary )?surgery with curative intent)\b"
)
# "Unavailable for R0 resection and D2 lymph node dissection." (an exclusion of an adjuvant study,
# NCT06313567; TY): a tumour no operation can remove, which is advanced disease
NOT_RESECTABLE_WORDED = (
    r"^(disease |tumou?r )?(unavailable|not (available|amenable|suitable|eligible)|unsuitable|ineligible) "
    r"(to|for) " + CURATIVE_OPERATION
)
# "Unresectable metastatic disease or recurred AGC" (a Korean study, NCT01283204; twenty-third blind
# set, TZ), "metastatic or recurrent adenocarcinoma of the stomach" (NCT00005607, UA): distant spread or
# a recurrence, which a locally advanced tumour never treated is not (both reviewers), unless the item
# names local disease too
METASTATIC_OR_RECURRENT = (
    r"\bmetasta\w*( disease| cancer| gastric cancer| agc)? (or|and/or) (locally )?recurr\w*|"
    r"\brecurr\w*( disease| cancer)? (or|and/or) metasta"
)
# ("locally recurrent or metastatic" is a recurrence or spread, not a locally advanced primary: NCT06625515,
# the WD reviewer)
LOCAL_TOO = (
    r"locally(?! recurr)|loco-?regional(ly)?(?! recurr)|stage iii|(unresectable|inoperable)(,| or| and)|"
    r"(?<!metastatic )(?<!recurrent )(?<!recurred )\badvanced\b(?! gastric| agc)"
)
# Words beside "metastatic" that take more than distant spread, or make the item about something else
# (a treatment for metastatic disease, a tissue sample): reviewers failed a locally advanced case on
# "Metastatic gastric cancer" and "limited metastatic gastric or GEJ adenocarcinoma" and left a
# recurrence open (tenth and thirteenth blind sets, TJ NCT03766607, TO NCT02578368)
NOT_ONLY_METASTATIC = (
    r"locally|unresectable|inoperable|non-?\s?resectable|not resectable|(?<!locally )advanced|recurr|"
    r"relaps|stage (iii|3)|incurable|not (amenable|eligible|suitable)|therap|treat|regimen|\bline|"
    r"prior|previous|received|biops|tissue|specimen|sample|primary or metastatic|non-?\s?metastatic"
)


# A primary tumour staged before any treatment: clinical T and N categories or a clinical stage group
# ("cT ≥ 2, any cN, M0", "Pre-treatment stage cT2-3, N0-3, M0", "cStage III", "T1N0, T1N1, T2N0 … by
# CT"), as studies of newly diagnosed cancer write it. A recurrence after treatment is not staged so,
# and it is how the outside reviewers read such items for a recurrent case (eighteenth blind set: 14
# of 15 judgements, in TN, TO, TP, TQ and TR).
_CLINICAL_TN = r"\bc[tn]\s?([0-4x]|any\b|≥|>=|>)|\b(cstage|ctnm)\b|\bpre-?\s?treatment stage|clinical stage"


def stages_a_primary(text: str) -> bool:
    if _has(_CLINICAL_TN, text) or _has(CLINICAL_T_LIST, text):
        return True
    return _has(TN_ONLY, text) and not _has(r"\by?p\s?t[0-4]", text)  # pT, ypT: staged after surgery


def not_recurrent() -> Req:
    """What an inclusion staging an untreated primary also asks: no recurrence (rules_stage.recurrence)."""
    return {"type": "recurrence", "negated": True, "primary_staged": True}
