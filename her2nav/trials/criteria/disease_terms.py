"""Pieces of a disease criterion that ``rules_disease`` reads: the stage said without a tumour site,
the histological and Lauren type a study names, an early stage asked for, resectability, fitness for
an operation, a curative operation planned or already done, a tumour reaching a little into the
stomach, HER2 "scored per the gastric criteria" (how HER2 is read, not the tumour's site) and a solid
tumour the sub-study specifies."""

from __future__ import annotations

import re

from her2nav.trials.criteria.rule_text import Req, _has, _search
from her2nav.trials.criteria.stage_patterns import CURATIVE_OPERATION, LOCAL_TOO, METASTATIC_OR_RECURRENT

SPECIFIED_ELSEWHERE = (
    r"solid tumou?rs?\b[^.;]{0,30}\b(specified|defined|listed|named|described) (in|by|per) (the |each |its )?"
    r"(sub-?\s?study|sub-?\s?protocol|protocol|cohort|part|arm|module|appendix)"
)


SPECIFIED_PART = "tumour type the sub-study specifies"


def stage_only_req(text: str) -> list[Req]:
    if _has(r"unresectable|metastatic|advanced|recurrent|stage iv|incurable", text):
        return [{"type": "disease", "sites": [], "advanced": True}]
    return []


# The histological type a study names (CONTRACT §1 diagnosis.histology; WHO classification of
# oesophageal and gastric tumours: adenocarcinoma and squamous cell carcinoma are distinct types). Only
# when one type is named: "squamous cell carcinoma or adenocarcinoma" takes both, "non-squamous" and
# "adenosquamous" name neither.
_ADENO = r"a(?<=\ba)denocarcinoma|a(?<=\ba)denocarcinomas"
_SQUAMOUS = r"s(?<!non-s)(?<!non s)(?<=\bs)quamous([- ]cell)? (carcinoma|cancer)|e(?<=\be)scc\b"


_CLOSED_STRATUM = r"\b(adenocarcinoma|squamous cell carcinoma) (stratum|cohort|arm) (is |now )?closed\b"


def histology_named(text: str) -> str | None:
    adeno, squamous = _has(_ADENO, text), _has(_SQUAMOUS, text)
    if adeno and squamous and "closed" in text and (closed := _search(_CLOSED_STRATUM, text)):
        # "squamous cell carcinoma or adenocarcinoma … (adenocarcinoma stratum closed)" (NCT00003087; UA):
        # the histology whose stratum closed no longer enters
        return "squamous_cell_carcinoma" if closed[1] == "adenocarcinoma" else "adenocarcinoma"
    if adeno and not squamous and not _has(r"(?<!non-)(?<!non )squamous", text):  # adenosquamous too
        return "adenocarcinoma"
    if squamous and not adeno:
        return "squamous_cell_carcinoma"
    return None


# Early disease asked for: "has stage II or III (AJCC 8th edition)": an adjuvant-setting study, which
# an advanced (stage IV or recurrent) case is not for.
EARLY_STAGE = (
    r"^(has |have |with |clinical |pathologic(al)? )*stages? (i{1,3}|[1-3])[abc]?"
    r"(\s?(to|-|–|or|and|/|,)\s?(i{1,3}|[1-3])[abc]?)*\b(?![^.;]*\b(iv|4)\b)(?!\s?:)"
    r"(?!\s(or|and) (greater|higher|above|more|later|beyond)\b)"
)  # not "Stage 1 : at least one measurable lesion; Stage 2: …", the study's own stages; nor "Stage IIB
# or greater", which takes stage IV too (a UK neoadjuvant study, NCT00041262; twenty-first set, TX)
# "HER2 … according to the gastric cancer assessment system": how HER2 is scored, not the tumour site.
SCORED_AS = (
    r"(according to|per|by|using)( the)? (gastric|gastro-?\s?o?esophageal)( cancer)? "
    r"(assessment|scoring|criteria|guidelines?|system)|"
    # "for HER2 IHC scoring system, the ToGA criteria used for gastric/GEJ cancers will be employed"
    r"scoring (system|criteria)[^.;]*|"
    # "HER2 positive for gastric cancer on a tumor biopsy" (ARTEMIDE-Gastric01, NCT06764875; blind set VD):
    # positive by the gastric scoring, which junction tumours are scored by too (ASCO/CAP/CAP-ASCP 2016
    # gastroesophageal HER2 guideline)
    r"\bher-?2[\s-]*(\w+[\s-]+){0,2}?(positiv|negativ|low|express)\w*\s+for\s+(gastric|stomach)"
    r"( cancer| adenocarcinoma| carcinoma)?(?=\s+(on|in|by|from|per)\b|\s*[.;]?$)"
)


# "The disease must be deemed unsuitable for curative treatments": advanced disease, in other words.
_NO_CURATIVE_OPTION = (
    r"(unsuitable|not (be )?(amenable|suitable|eligible|a candidate)|ineligible) (for|to) (any )?"
    r"(curative|definitive|potentially curative)"
)


# "Surgical resectability, as determined during multidisciplinary meeting" (TRAP-2, NCT05188313);
# "Amenable to primary surgery with curative intent" (a UK neoadjuvant study, NCT00041262; TX)
RESECTABILITY = (
    r"^(surgical|surgically) (resectability|resectable)\b|^(tumou?r|cancer) (deemed |considered )?resectable|"
    r"^(disease |tumou?r )?(amenable|suitable) (to|for) " + CURATIVE_OPERATION
)


_FIRST_CLAUSE = re.compile(r",\s| with (?=at least|measurable|one or more|≥)")


def stage_only(text: str) -> list[Req]:
    """ "Locally advanced, unresectable or metastatic disease", "surgically resectable disease": the
    stage without a tumour site, said in the first sentence ("… on CT. Imaging must …") or in the first
    clause of it ("Relapse or metastatic diseases, at least one measurable lesion …": eighteenth blind
    set, TS, NCT03185988)."""
    text = text.split(". ", 1)[0]
    found = _stage_of_sentence(text)
    if not found and (", " in text or " with " in text):
        found = _stage_of_sentence(_FIRST_CLAUSE.split(text, 1)[0])
    return found


def _stage_of_sentence(text: str) -> list[Req]:
    if _has(r"^(surgically |potentially |locally )?(resectable|operable)( disease)?\.?$", text):
        return [{"type": "disease", "sites": [], "advanced": False}]  # NCI's "Potentially resectable"
    if _has(r"^((deemed|considered|judged) (to be )?)?(unresectable|inoperable)\b", text) and _has(
        _NO_CURATIVE_OPTION, text
    ):
        # "Deemed unresectable and not a candidate for potentially curative treatment (e.g., surgical
        # resection or combined modality therapy)" (NCT00054457, TS): advanced, with no disease word
        return [{"type": "disease", "sites": [], "advanced": True}]
    if not _has(r"\bdiseases?\b", text) or _has(
        r"measurable|evaluable|lesion|progressi|stable|brain|cns", text
    ):
        return []
    if _has(_NO_CURATIVE_OPTION, text):
        return [{"type": "disease", "sites": [], "advanced": True}]
    if _has(
        # "Participant has radiographically-confirmed, locally advanced, unresectable or metastatic
        # disease within 28 days prior to …" (NCT05365581, NCT06901531: UO and UQ's reviewers)
        # "Histologically and/or cytologically confirmed diagnosis of locally advanced or metastatic cancer
        # with a CCNE1 amplification" (NCT06726148, the WC reviewer: a resectable case does not meet it)
        r"^((participants?|patients?|subjects?|must|should|has|have|with|documented|confirmed|evidence of|"
        r"(an? )?diagnosis of|"
        r"(radiographically|radiologically|histologically|cytologically|pathologically)[- ]confirmed|"
        # "Histopathological or cytologically confirmed …" (NCT06241456)
        r"(histo|cyto|patho)\w*( (or|and|and/or) (histo|cyto|patho)\w*)? confirmed),? )*"
        r"(locally advanced|unresectable|metastatic|advanced|recurrent|relapsed?)[^.;]{0,60}\bdiseases?\b",
        text,
    ):
        req: Req = {"type": "disease", "sites": [], "advanced": True}
        if "recur" in text and _has(METASTATIC_OR_RECURRENT, text) and not _has(LOCAL_TOO, text):
            req["not_locally_advanced"] = True
        return [req]
    if _has(r"^(surgically |potentially )?(resectable|operable)[^.;]{0,30}\bdisease\b", text):
        return [{"type": "disease", "sites": [], "advanced": False}]
    return []


# "Eligible for surgery with curative intent": resectable disease asked for, with no tumour named
# ("… must be deemed a surgical candidate by a thoracic surgeon …", TU: EA2174)
FIT_FOR_SURGERY = (
    r"^(patients? )?(eligible|suitable|candidates?|fit|planned) for (\w+ ){0,2}"
    r"(surgery|resection|gastrectomy)( with curative intent)?\.?$|"
    r"^(patients?|patents|participants?) (must|should) be (deemed|considered|judged) (to be )?"
    r"(a |an )?(surgical|operable|resection|esophagectomy|gastrectomy) candidates?\b|"
    # "Patients* must be candidates for potential curative resection as determined by the surgeon" (TW)
    r"^(patients?|participants?)\W* (must|should) be (a )?candidates? for (potential(ly)? )?(curative )?"
    r"(resection|surgery|esophagectomy|gastrectomy)\b|"
    # "Surgical consultation has confirmed that patient is an appropriate candidate for esophagectomy",
    # "Candidate for trimodality therapy: neoadjuvant chemotherapy, chemoradiation, and esophagectomy"
    # (PHOX, NCT06078709; seventieth blind set, VU: not met for metastatic or unresectable disease)
    r"\b(is|be|are) (an? )?(appropriate |suitable |good )?candidates? for (\w+ ){0,2}"
    r"(resection|surgery|esophagectomy|gastrectomy)\b|"
    r"^candidates? for (trimodality|multimodality|curative)\b[^.;]{0,80}\b(resection|surgery|esophagectomy|"
    r"gastrectomy)\b"
)


# "Is not expected to require tumor resection during the treatment course" (KEYNOTE-590, TW): a study
# of disease no operation will remove
NOT_TO_BE_RESECTED = (
    r"\bnot (expected|planned|intended|anticipated) to (require|undergo|have|need) (a |any )?(tumou?r )?"
    r"(resection|surgery|surgical resection)"
)


# "Tumor may not extend more than 2 cm into the stomach" (an oesophageal study, NCT00069953; twenty-
# fourth blind set, UA)
LITTLE_INTO_THE_STOMACH = (
    r"\b(may|must|should|does|do|can) not (extend|reach|invade) (more than|beyond|over|>)\s*\d+(\.\d+)?\s*cm "
    r"into the stomach|"
    # "… at least 20 cm from the incisors on endoscopy, and extend no greater than 2 cm into the gastric
    # cardia" (NCT01404156, twenty-third set, TZ)
    r"\b(extend|extends|extending|reach\w*|invad\w*) no (more|greater|further) than\s*\d+(\.\d+)?\s*cm "
    r"into the (stomach|gastric cardia|cardia)\b"
)


# "Must not be curable with a combination of chemotherapy and radiotherapy" (NCI's form, NCT00005607; UA)
NOT_CURABLE = r"^(must |should )?not (be )?curable\b"


# "Histologically confirmed, unresectable, metastatic diffuse gastric cancer" (NCT01285557, fourteenth
# set, TQ): the Lauren diffuse type (CONTRACT §1 diagnosis.lauren), not the spread of the disease
DIFFUSE_TYPE = (
    r"diffuse[- ](type )?(gastric|stomach|adenocarcinoma|carcinoma|cancer)|"
    r"(lauren|laurén)[^.;]{0,25}\bdiffuse"
)


# Surgery with curative intent planned or possible ("can be treated with radical resection", "the
# eligibility for an R0 resection", "candidates for curative gastrectomy"): a study of resectable
# disease, which an advanced case is not for (issue 15, seventh blind set). Not surgery already done
# ("after radical resection"), nor surgery ruled out ("not amenable to curative resection").
RESECTION_PLANNED = (
    r"(eligib\w* for|candidates? for|can be treated with|can undergo|amenable to|suitable for|"
    r"planned for|plan(ned)? to (have|undergo)|scheduled (for|to undergo)|fit for|able to undergo|"
    r"must undergo|will undergo) "
    r"(an? )?(r0|radical|curative|potentially curative)([- ]intent)? "
    r"(resection|surgery|gastrectomy|surgical resection|operation|surgical (approach|treatment))|"
    # "Must be a candidate for neoadjuvant chemotherapy" (NCT05567835, forty-first blind set, UR): treatment
    # before a planned resection
    r"candidates? for (neo-?\s?adjuvant|pre-?\s?operative|peri-?\s?operative) (chemo)?(therap\w*|treatment)|"
    # "Patients who plan surgery after neoadjuvant chemotherapy" (NCT04367025; sixty-eighth blind set, VS)
    r"(plans?|planned|planning) (to (have|undergo) )?(surgery|resection|gastrectomy) (after|following) "
    r"(neo-?\s?adjuvant|pre-?\s?operative)|"
    r"(complete|r0|curative|radical)( surgical)? resection[^.;]{0,40}\b(must be |is |be )?"
    r"(achievable|feasible|possible)|"
    r"(resection|surgery|gastrectomy) (for|with) (a )?(curative|radical) (purpose|intent)[^.;]{0,30}"
    r"\b(can|could|will|may) be (performed|done|carried out)"
)
# Curative surgery already done ("D2 radical gastrectomy for gastric cancer", "postoperative pathology
# confirmed pT3-4 N any M0", "after radical resection"): a study of the adjuvant setting, which advanced
# disease is not in; for a resectable case it stays open, as no case field records the operation
# (issue 15, eighth blind set). Not a history of a disease that then recurred or spread.
RESECTED = (
    r"^(d2 )?(radical |curative )?(total |subtotal |distal |proximal )?gastrectomy\b|"
    r"p(?<=\bp)ost-?\s?operative(ly)? (pathology|(patholog|histolog)\w* (stage|confirm|conform))|"
    # "pathological stage II or III" (pTNM, staged on the resected specimen: AJCC 8th; thirteenth set)
    r"p(?<=\bp)athologic(al)? (tnm )?stages? (?!iv|4)|"
    r"(after|following|underwent|undergone|have had|has had) (a |an )?(d2 |r0 |complete )?"
    r"(radical|curative|r0|d2)[^.;]{0,20}(resection|gastrectomy|surgery)|"
    # "Had partial or total D2 gastrectomy and achieved R0 resection" (seventeenth blind set, TS)
    r"^(had|has had|have had|underwent) (a )?(partial or total |total or partial |total |partial |subtotal )?"
    r"(d2 )?gastrectomy\b|"
    # "… stage classification of AJCC/UICC TNM …, 7th Edition on the basis of overall postoperative
    # findings" (NCT03006705, twelfth set, TO): staged on the operation done
    r"(on the basis of|based on) (the )?(overall )?post-?\s?operative (findings|patholog)"
)
# (not nodal metastases found on the resected specimen: "metastasis in perigastric lymph nodes")
LATER_COURSE = (
    r"recurr|relaps|metasta(?!ses? \(m0)(?!\w* (in|to) (\w+ ){0,2}(lymph|nodes?))|advanced|progress|"
    r"unresectable|palliative"
)
# The operation itself: matching/evaluate_disease.resection_done
RESECTION_DONE_PART: Req = {"type": "resection_done"}

# A tumour still to operate on ("Potentially resectable adenocarcinoma of the stomach", "candidates for
# curative gastrectomy"), which a tumour already operated on is not (VS's reviewer: "already resected;
# nothing left to resect"); not an operation done ("resectable … who underwent D2 gastrectomy")
_TO_BE_RESECTED = r"(?<!un)(?<!non-)(?<!not )resectable|(?<!in)operable"
_ALREADY_OPERATED = (
    r"resected|underw|undergone|post-?\s?operative|"
    r"(after|following|post-?\s?)(\w+ ){0,3}(surgery|gastrectomy|resection|operation|o?esophagectomy)"
)


def marked_in_place(text: str, found: list[Req]) -> list[Req]:
    """The resectable stage a study asks (``advanced`` false), marked ``in_place`` when the item asks
    for a tumour still to resect (matching/evaluate_disease.disease)."""
    if not any(r["type"] == "disease" and r.get("advanced") is False for r in found):
        return found
    if _has(_ALREADY_OPERATED, text) or not (
        _has(_TO_BE_RESECTED, text) or _has(RESECTION_PLANNED, text) or _has(FIT_FOR_SURGERY, text)
    ):
        return found
    return [
        {**r, "in_place": True} if r["type"] == "disease" and r.get("advanced") is False else r for r in found
    ]


# "… gastro-oesophageal cancer which: has arisen in any primary gastro-oesophageal site (oesophago-gastric
# junction (GOJ) or stomach)" (INTEGRATE IIa, NCT02773524; sixty-ninth blind set, VT): the brackets say
# which sites the term takes, here not the oesophagus (an oesophageal primary passed it)
_SITES_IN_BRACKETS = re.compile(r"gastro-?\s?o?esophageal (primary )?sites? \(((?:[^()]|\([^()]*\))*)\)")


def oesophagogastric_sites(text: str) -> tuple[str, ...]:
    """The sites "gastro-oesophageal" or "oesophagogastric" takes: all three, unless brackets after
    "… site" list them and leave out the oesophagus."""
    m = _SITES_IN_BRACKETS.search(text) if "site" in text else None
    if m is None:
        return ("stomach", "gej", "esophagus")
    listed = re.sub(r"o?esophago-?\s?gastric\s*junction|gastro-?\s?o?esophageal\s*junction", " ", m.group(2))
    if "esophag" in listed or not re.search(r"stomach|gastric|junction|gej|goj", listed):
        return ("stomach", "gej", "esophagus")
    return ("stomach", "gej")


# "… stomach or esophagogastroesophageal ic junction" (NCT04065282; nineteenth blind set, TV): a stray
# fragment before "junction" still names the junction, not the oesophagus
STRAY_BEFORE_JUNCTION = r"esophageal\s+(?!or\b)[a-z]{1,2}\s+junction"


# Item headings of a registry form (issue 15, twelfth blind set, NCT06028737): "Tumor extension:
# esophagus, diaphragm, liver, …" lists the organs a tumour may reach, not its site; "Histological type
# of tumor: adenocarcinoma" asks for the histology alone.
EXTENSION_HEADING = r"^(tumou?r )?(extension|invasion|infiltration|spread)( of the tumou?r)?\s?:"
HISTOLOGY_HEADING = r"^(who )?(histolog\w*|patholog\w*) (type|subtype)( of (the )?tumou?r)?\s?:"


# Histological types CONTRACT §1 files as "other", listed beside adenocarcinoma (thirteenth blind set)
OTHER_TYPES = r"neuroendocrine|carcinoid|lymphoma|sarcoma|g(?<=\bg)ist\b|n(?<=\bn)ets?\b|undifferentiated"
