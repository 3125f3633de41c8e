"""Criterion rule for the disease a study takes (requirement type ``disease``): tumour sites, histology
and stage ("advanced": unresectable, metastatic or recurrent), or the stage alone."""

from __future__ import annotations

from her2nav.knowledge.tumour_types import tumour_types
from her2nav.trials.criteria.disease_terms import (
    DIFFUSE_TYPE,
    EARLY_STAGE,
    EXTENSION_HEADING,
    FIT_FOR_SURGERY,
    HISTOLOGY_HEADING,
    LATER_COURSE,
    LITTLE_INTO_THE_STOMACH,
    NOT_CURABLE,
    NOT_TO_BE_RESECTED,
    OTHER_TYPES,
    RESECTABILITY,
    RESECTED,
    RESECTION_DONE_PART,
    RESECTION_PLANNED,
    SCORED_AS,
    SPECIFIED_ELSEWHERE,
    SPECIFIED_PART,
    STRAY_BEFORE_JUNCTION,
    histology_named,
    marked_in_place,
    oesophagogastric_sites,
    stage_only,
    stage_only_req,
)
from her2nav.trials.criteria.left_out_sites import BASKET_BEYOND, LEFT_OUT, left_out_sites
from her2nav.trials.criteria.rule_text import Req, _findall, _has, _search, _sub
from her2nav.trials.criteria.stage_patterns import (
    CLINICAL_STAGE_TO_III,
    CLINICAL_T_LIST,
    LOCAL_TOO,
    METASTATIC_OR_RECURRENT,
    NOT_ONLY_METASTATIC,
    NOT_RESECTABLE_WORDED,
    STAGE_IV_ONLY,
    STAGE_OR_HIGHER,
    STAGES_I_TO_III,
    TN_ONLY,
    not_recurrent,
    only_locally_advanced,
    stages_a_primary,
)

# Other tumours' words and the ones among them that name a tumour alone, without "cancer" ("locally
# advanced and unresectable NSCLC"): knowledge/data/tumour_types.yaml
_OTHER_CANCERS = "|".join(t.words for t in tumour_types().others)
_TUMOUR_ABBREVIATIONS = "|".join(t.alone for t in tumour_types().others if t.alone)
# "TKIs approved for treatment of NSCLC": the tumour a therapy is for, not the study's
_THERAPY_FOR = (
    r"(approved|indicated|licensed|treatment|therap\w*|tkis?|inhibitors?|agents?) (of|for|in) (the )?$"
)


def _names_tumour_abbreviated(text: str) -> bool:
    m = _search(_TUMOUR_ABBREVIATIONS, text)
    return m is not None and not _has(_THERAPY_FOR, text[max(0, m.start() - 40) : m.start()])


_GASTRIC_OR_GASTRO_OESOPHAGEAL = (
    r"(gastric|stomach)( cancer| adenocarcinoma| carcinoma)?\s?(or|and|/|,)\s?(or )?"
    r"gastro-?\s?o?esophageal(?!\s*(junction|\(?gej))"
)
_NOT_RESECTABLE = r"\b(not|no|never|un\w+|in\w+ for)\b[^.;]{0,12}$"


# "No cervical esophageal or proximal esophageal (15-24 cm) carcinoma" (an inclusion, as NCI's trial
# pages write it): one part of an organ left out, open for a tumour of that organ only.
_PART_LEFT_OUT = r"^no (\w+ )?(cervical|proximal|upper|middle|mid|distal|lower)\b"


def disease(text: str, kind: str) -> list[Req]:
    return marked_in_place(text, _asked(text, kind)) if kind == "inclusion" else []


def _asked(text: str, kind: str) -> list[Req]:
    if kind != "inclusion" or (_has(EXTENSION_HEADING, text) and not _has(CLINICAL_T_LIST, text)):
        return []
    if _has(FIT_FOR_SURGERY, text):
        return [{"type": "disease", "sites": [], "advanced": False}]
    if "not" in text and (_has(NOT_TO_BE_RESECTED, text) or _has(NOT_CURABLE, text)):
        return [{"type": "disease", "sites": [], "advanced": True}]
    if (
        "into the stomach" in text or "into the gastric cardia" in text or "into the cardia" in text
    ) and _has(LITTLE_INTO_THE_STOMACH, text):
        # an oesophageal or junction tumour reaching at most a little into the stomach: a gastric
        # primary is none; for the others how far it reaches is not recorded (CONTRACT §1)
        reach: Req = {"type": "open_parts", "parts": ["how far the tumour extends into the stomach"]}
        return [{"type": "disease", "sites": ["esophagus", "gej"]}, reach]
    if _has(HISTOLOGY_HEADING, text) and (histology := histology_named(text)):
        if _has(OTHER_TYPES, text):  # "WHO pathology type: adenocarcinoma, neuroendocrine tumor"
            return [{"type": "disease", "sites": [], "histology_any": [histology, "other"]}]
        return [{"type": "disease", "sites": [], "histology": histology}]
    if text.startswith("no ") and (m := _search(_PART_LEFT_OUT, text)):
        found = [r for r in _disease(text[m.end() :]) if r["type"] == "disease" and r.get("sites")]
        if found:
            part: Req = {"type": "open_parts", "parts": ["the part of the organ the tumour is in"]}
            return [
                {
                    "type": "applies_if",
                    "when": {"type": "disease", "sites": found[0]["sites"], "part_left_out": True},
                    "then": [part],
                }
            ]
    if text.startswith("no ") and _has(
        r"^no (in situ|second|other|concurrent|(known )?(malignan|cancer))", text
    ):
        # "No in situ cancer of the cardia", "No second malignancy except: basal cell carcinoma of the
        # skin" (NCI's form): the tumour named is what the item leaves out (sixteenth blind set, TR)
        return []
    if text.startswith("no ") and _has(r"^no (prior|previous)\b", text):
        # "No prior chemotherapy for tumors of the cardia", "No previous systemic therapy for … metastatic
        # gastric/GEJ cancer": the tumour and stage a therapy was for say nothing of the patient's own
        # (an oesophageal case failed there, sixteenth blind set, TR; a resectable one, eighteenth, TT:
        # three reviewers, TI, TS and TT, met such items for untreated resectable patients)
        return []
    if _has(EARLY_STAGE, text):
        found = [r for r in _disease(text) if r["type"] == "disease" and r.get("sites")]
        return [{**(found[0] if found else {"type": "disease", "sites": []}), "advanced": False}]
    if "stage" in text and _has(STAGE_OR_HIGHER, text):
        # advanced disease (stage III-IV or a recurrence) has it; for a resectable tumour the stage
        # group, which CONTRACT §1 does not record, decides
        advanced: Req = {"type": "disease", "sites": [], "advanced": True}
        open_stage: Req = {"type": "open_parts", "parts": ["the stage group (T and N categories)"]}
        return [{"type": "any_of", "options": [[advanced], [open_stage]]}]
    found = _disease(text)
    if (
        (
            "gastrectomy" in text
            or "operative" in text
            or "resection" in text
            or "surgery" in text
            or "patholog" in text
        )
        and (done := _search(RESECTED, text))
        and not _has(LATER_COURSE, text)
        and not _has(_NOT_RESECTABLE, text[max(0, done.start() - 14) : done.start()])
    ):
        sites = [{k: v for k, v in r.items() if k != "advanced"} for r in found if r["type"] == "disease"]
        stage: Req = {"type": "disease", "sites": [], "advanced": False}
        # "… R0 resection) and have completed standard adjuvant treatment" (NCT05771584, UO): the
        # adjuvant course is one the case records (CONTRACT §1 treatments)
        after = [_ADJUVANT_GIVEN] if _has(_ADJUVANT_COMPLETED, text) else []
        # a pathological stage is one the patient may yet have once operated on: the operation stays open
        # (TP's reviewer, NCT04740346); an operation or postoperative findings asked for are the
        # operation done (TO, TQ, TS)
        done_req = (
            {**RESECTION_DONE_PART, "open": True}
            if done.group().startswith("patholog")
            else RESECTION_DONE_PART
        )
        return [*sites, *[r for r in found if r["type"] != "disease"], stage, *after, done_req]
    if (
        only_locally_advanced(text)
        or ("stage" in text and _has(CLINICAL_STAGE_TO_III, text))
        or (
            ("t1" in text or "t2" in text or "t3" in text or "t4" in text)  # what TN_ONLY needs
            and not text.startswith("no ")  # "No T1,N0 or T4 disease": stages left out, M not said
            # "Stage greater than T1, N0 by endoscopic ultrasound" (UA): a lowest stage, M not said
            and not _has(r"(greater|higher|more|beyond|worse) than (stage )?c?t[1-4]", text)
            and (_has(TN_ONLY, text) or _has(CLINICAL_T_LIST, text))
            and not _has(r"\bm[01x][abc]?\b|metasta|stage iv", text)
        )
    ):
        # "locally advanced" alone, or T and N categories alone: no distant spread (AJCC 8th edition:
        # any M1 is stage IV), the rest of the stage left to the study
        # (an explicit "resectable" stays: "Potentially resectable … cT2-4aN0-3M0", TU)
        found = [{k: v for k, v in r.items() if k != "advanced" or v is False} for r in found]
        found.append({"type": "distant_metastases", "only": False, "negated": True})
        return [*found, not_recurrent()] if stages_a_primary(text) else found
    if (
        (
            "resect" in text
            or "surg" in text
            or "gastrectomy" in text
            or "operat" in text
            or "adjuvant" in text
        )
        and (m := _search(RESECTION_PLANNED, text))
        and not _has(_NOT_RESECTABLE, text[max(0, m.start() - 14) : m.start()])
        and not _has(r"\bnot (be )?(achievable|feasible|possible)", text)
        and not any("advanced" in r for r in found)
    ):
        if found and found[0]["type"] == "disease":
            return [{**found[0], "advanced": False}, *found[1:]]
        return [*found, {"type": "disease", "sites": [], "advanced": False}]
    return found


# "… after prior frontline therapy (… immunotherapy for advanced gastric cancer)": the cancer a therapy
# was for describes that therapy; the study's tumour sites are asked elsewhere (eleventh blind set: an
# oesophageal case had failed there)
_THERAPY_FOR_SITE = (
    r"\b(\w*therap\w*|treatments?|regimens?) (for) (the |their )?"
    r"((locally advanced|advanced|metastatic|unresectable|recurrent)\s)?"
    r"(gastric|stomach|o?esophageal|gastro-?\s?o?esophageal)( junction)?"
    r"( or gastro-?\s?o?esophageal junction)? (cancer|carcinoma|adenocarcinoma)s?\b"
)
_BULK_IN = (
    r"\b(bulk|epicent(er|re)) of the (tumou?r|lesion) (must |should )?(involve|lie in|be in)|"
    r"\bmore than (50 ?%|half) of (the )?(tumou?r|lesion) (must |should )?(involve|lie in|be in)"  # NCI's
)


# "For patients with hepatocellular carcinoma, Child-Pugh score has to be A": what one tumour's patients
# need, not a tumour asked for (HLX22 NCT03916094, sixth blind set)
# a TNM group without distant spread: "T3N0M0", "T4aN2M0", "NM0" after a T category
_TNM_M0 = r"\d[abc]?n(x|\d[abc]?)?m0\b"
_FOR_PATIENTS_WITH = r"\bfor (patients|participants|subjects) with [^,.;]{1,60}, [^.;]*"


# a tumour named without its site or kind ("cancer", "malignancy", "tumor types")
_GENERIC_TUMOUR = r"\b(cancers?|carcinomas?|malignanc(y|ies)|neoplasms?|tumou?rs?)\b"


# "… that meets protocol-defined criteria", "with prior therapies defined by specific tumor types"
_DEFINED_ELSEWHERE = (
    r"protocol[- ]defined|defined (by|in|per) (the |specific |each )?(protocol|tumou?r types?)"
)


_NAMES_A_SITE = r"gastric|stomach|junction|o?esophag|cardia(?!c)|g(?<=\bg)ej|e(?<=\be)gj"


# Junction tumours reaching into the stomach: the cardia, Siewert type III (subcardial)
_CARDIA = r"cardia(?!c)|siewert[^.;]{0,30}\b(iii|3)\b|(all|any) siewert|siewert (types? )?i-iii"


_ADJUVANT_COMPLETED = (
    r"\b(has|have) (also )?(completed|received|finished) (the |a |all )?(standard |planned )?"
    r"(post-?operative |adjuvant )+(chemo\w*|therap\w*|treatments?)"
)
_ADJUVANT_GIVEN: Req = {
    "type": "prior_therapy",
    "group": "systemic_therapy",
    "settings": ["adjuvant", "perioperative"],
}


def _disease(text: str) -> list[Req]:
    if "for " in text:
        text = _sub(_FOR_PATIENTS_WITH, " ", text)
    if _has(RESECTABILITY, text):
        return [{"type": "disease", "sites": [], "advanced": False}]
    if _has(NOT_RESECTABLE_WORDED, text):
        return [{"type": "disease", "sites": [], "advanced": True}]
    if (
        "according" in text
        or "per " in text
        or "using" in text
        or "by " in text
        or "scoring" in text
        or "her" in text
    ):
        text = _sub(SCORED_AS, " ", text)
    # a tumour named: not "anti-cancer treatment", "antitumour therapy"
    named = _has(
        r"c(?<!anti-c)(?<!antic)ancer|carcinoma|t(?<!anti-t)(?<!antit)umou?r|malignan|neoplasm|"
        # "recurred AGC" (advanced gastric cancer; TZ), "mGC" (metastatic, TP)
        r"g(?<=\bg)c\b|a(?<=\ba)gc\b|m(?<=\bm)gc\b|gejc|g(?<=\bg)ea\b",
        text,
    )
    if not named and not _names_tumour_abbreviated(text):
        return stage_only(text)
    text = _sub(r"response evaluation criteria in solid tumou?rs?", "recist", text)
    whole = text
    if " defined as " in text and _has(_NAMES_A_SITE, head := text.split(" defined as ", 1)[0]):
        # "Carcinoma of the esophagogastric junction defined as adenocarcinoma involving [it] when its
        # epicenter is … 5cm below the junction of the esophagus and the stomach": the sites the
        # definition names are where it measures from (eighteenth blind set, TU, NCT01523015)
        text = head
    # "… into the stomach, the bulk of the tumor must involve the esophagus or GE junction": the sites
    # the tumour's centre must lie in, not the ones it reaches
    by_centre = ("bulk" in text or "epicent" in text or "more than" in text) and (
        m := _search(_BULK_IN, text)
    ) is not None
    if by_centre and m is not None:
        # "… must involve esophagus or GE junction if tumor extends below the GE junction into the
        # proximal stomach": the condition names where the tumour may reach (sixteenth blind set, TR)
        text = _sub(r"\b(if|when|where)\b.*$", " ", text[m.end() :])
    if "for " in text and " and " not in text[:40]:
        text = _sub(_THERAPY_FOR_SITE, r"\1 \2 \4 disease", text)
    left_out = " ".join(_findall(LEFT_OUT, text))
    text = _sub(LEFT_OUT, " ", text)
    not_sites = left_out_sites(left_out, text)
    text = _sub(STRAY_BEFORE_JUNCTION, "esophageal junction", text) if " junction" in text else text
    sites: list[str] = []
    # "oesophago-gastric junction" names the junction, not the stomach (issue 15, twelfth blind set)
    junction_named = _sub(r"o?esophago-?\s?gastric\s*(junction|\(?[eo]gj)", "junction", text)
    if _has(
        r"gastric|stomach|g(?<=\bg)c\b|a(?<=\ba)gc\b|m(?<=\bm)gc\b|g(?<=\bg)/gej", junction_named
    ):  # "G/GEJ adenocarcinoma"; "mGC/GEJC" (metastatic gastric cancer, NCT05606094; TP)
        sites.append("stomach")
    if _has(
        r"junction|g(?<=\bg)ej|e(?<=\be)gj|o(?<=\bo)gj\b|g(?<=\bg)ea\b|gastro-?\s?o?esophageal|oesophago-?gastric|esophago-?gastric|cardia(?!c)|cardio-?\s?o?esophageal",
        text,
    ):
        sites.append("gej")
    if "esophag" in text and _has(
        # not "gastric-esophageal junction", the junction
        # nor "cardio-esophageal junction" (twelfth blind set)
        r"(?<!gastro)(?<!gastro-)(?<!gastro )(?<!gastric-)(?<!gastric )(?<!cardio-)(?<!cardio)"
        r"\bo?esophag(?!o-?gastr)",  # nor "esophagogastroesophageal junction", a garbled junction (TW)
        text,
    ):
        sites.append("esophagus")
    # "oesophagogastric cancer" and "gastro-oesophageal cancer" (not "… junction") take the stomach,
    # the junction and the oesophagus (the ESMO gastro-oesophageal guidelines use the terms so); named
    # beside gastric cancer as its alternative ("gastric or gastroesophageal adenocarcinoma") it is the
    # junction, as in "gastric or gastroesophageal junction"; "EGC" is oesophagogastric (NCT04511039, WP)
    if not _has(_GASTRIC_OR_GASTRO_OESOPHAGEAL, text) and _has(
        r"gastro-?\s?o?esophageal(?!\s*(junction|\(?gej|\(ge\)\s*junction|reflux))|oesophago-?\s?gastric(?!\s*(junction|\(?gej))|"
        r"esophago-?\s?gastric(?!\s*(junction|\(?gej))|g(?<=\bg)ea\b|e(?<=\be)gc\b|gastrointestinal|g(?<=\bg)i\b|"
        r"upper gi",
        text,
    ):
        sites.extend(s for s in oesophagogastric_sites(text) if s not in sites)
    if _has(r"solid tumou?r|solid malignan|any tumou?r type", text):
        sites.append("solid")
    if _has(_OTHER_CANCERS, text) and not _has(r"history|prior|previous|other malignan", text):
        sites.append("other")
    if not sites and not_sites and _has(r"tumou?rs|cancers|malignancies", text):
        sites.append("solid")  # "patients with tumours that …, excluding gastric cancer": any other
    if sites == ["solid"] and _has(SPECIFIED_ELSEWHERE, text):
        # "solid tumour specified in the substudy": which tumours is said elsewhere; the stage still counts
        return [*stage_only_req(text), {"type": "open_parts", "parts": [SPECIFIED_PART]}]
    if not sites:
        # "Potentially resectable, local or locoregional cancer with clinical staging cT2-4aN0-3M0" (TU)
        if _has(r"^(surgically |potentially )?(resectable|operable)\b", text):
            return [{"type": "disease", "sites": [], "advanced": False}]
        if "curative" in text and _has(r"\bno (standard )?curative (therap|treatment|option)", text):
            # "Histologically confirmed cancers for which no curative therapy exists" (NCT01953926, TN)
            return [{"type": "disease", "sites": [], "advanced": True}]
        # "Histopathological or cytologically confirmed locally advanced or metastatic cancer that meets
        # protocol-defined criteria", "Disease that is not amenable to curative therapy, with prior
        # therapies defined by specific tumor types" (NCT06241456; VC, UE and UI): a tumour named without
        # its site says the stage as a disease word would
        stage = stage_only(_sub(_GENERIC_TUMOUR, "disease", text))
        if stage and _has(_DEFINED_ELSEWHERE, text):  # the rest of the item is the protocol's (TE, UE, VC)
            return [*stage, {"type": "open_parts", "parts": ["the criteria the protocol defines"]}]
        return stage
    req: Req = {"type": "disease", "sites": sites}
    if "gej" in sites and "stomach" not in sites and _has(_CARDIA, text):
        req["cardia"] = True  # a junction study that takes tumours reaching into the stomach
    if not_sites:
        req["not_sites"] = not_sites
    if "diffuse" in whole and "stomach" in sites and _has(DIFFUSE_TYPE, whole):
        req["lauren"] = "diffuse"
    if by_centre:
        req["by_centre"] = True  # where the bulk lies: the site the case records (AJCC 8th, by centre)
    if (
        (histology := histology_named(whole))
        and (histology == "adenocarcinoma" or not {"stomach", "gej"} & set(sites))
        and not (not_sites and _has(BASKET_BEYOND, left_out))
    ):
        # squamous beside gastric sites: a list of several tumours; nor one item's histology in a basket
        # of "digestive system tumors beyond CRC and GC" (seventeenth blind set, TS)
        req["histology"] = histology
    if (
        _has(r"absence of distant metasta|non[- ]?metastatic|m(?<=\bm)0\b|without distant metasta", text)
        or (_has(STAGES_I_TO_III, text) and not _has(r"\bstage\s?(iv|4)[abc]?\b", text))
        # "Selected Stage IIB (T3N0M0), Stage IIIA (T2aN2M0, …) and selected Stage IV (all T4, NM0)"
        # (NCT00343239, twenty-second set, TY): every stage listed as a TNM group without spread
        or ("m0" in text and _has(_TNM_M0, text) and not _has(r"m1|m0\s?(-|/|or)\s?1", text))
    ):
        # without distant spread (M0, stages I-III), which an unresectable locally advanced tumour also is
        # (GERCOR NCT06059495, ninth set; DECIPHER NCT05965479, eleventh): resectable only when said
        if _has(r"(?<!un)(?<!non-)resectable|operable|curative", text):
            req["advanced"] = False
        else:
            req["m0"] = True
    elif _has(
        # "noneligible for surgery … with curative intent" (12th set); "beyond the scope of surgical …" (VS)
        # "inoperable", not "deemed inoperable based on co-morbid conditions" (the patient's, TZ)
        r"unresectable|inoperable(?! (based on|due to|because of))|non-?\s?resectable|metastatic|"
        r"advanced|recurrent|stage iv|incurable|"
        r"(non-?\s?eligible|not eligible|ineligible|unsuitable|not (a )?candidates?|not amenable) (for|to) "
        r"(\w+ ){0,3}(surgery|surgical|resection|curative)|beyond (the )?(scope|reach) of (\w+ ){0,2}"
        r"(surgery|surgical|resection|cure|curative)",
        text,
    ):
        req["advanced"] = True
        if _has(STAGE_IV_ONLY, text) and not _has(r"locally|unresectable|inoperable|stage iii|recurr", text):
            req["distant"] = True  # "Stage IV … (cTanyNanyM1)": distant spread, not locally advanced
        elif "metastatic" in text and not _has(NOT_ONLY_METASTATIC, text):
            req["distant"] = True  # "metastatic gastric cancer" and no other stage: not locally advanced
        elif "recur" in text and _has(METASTATIC_OR_RECURRENT, text) and not _has(LOCAL_TOO, text):
            req["not_locally_advanced"] = True
    elif _has(
        r"(?<!un)(?<!non-)resectable|operable|curative|^((patients?|participants?) with )?"
        r"(completely |radically |surgically )?resected\b",
        text,
    ):
        req["advanced"] = False  # "Resected gastric … cancer after pre-operative FLOT": after surgery
    return [req]
