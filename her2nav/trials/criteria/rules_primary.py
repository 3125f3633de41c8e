"""Criterion rules for the tumours an exclusion leaves out (requirement type ``disease`` read from an
exclusion): the primary sites of a pan-tumour study, histologies other than adenocarcinoma, and the
advanced disease a study of resectable cancer excludes."""

from __future__ import annotations

from her2nav.trials.criteria.rule_text import Req, _has
from her2nav.trials.criteria.rules_disease import disease
from her2nav.trials.criteria.stage_patterns import NOT_RESECTABLE_WORDED

# A pan-tumour study's exclusion of some primary tumours ("primary diagnosis of adenocarcinoma of the
# breast, the stomach or the colon"): the listed sites exclude, whatever else the sentence says. Not
# when the primary tumour is named for something it does (bleeding, invading, resected …).
_PRIMARY_LEAD = (
    r"^(participants?|patients?|subjects?)?\s*(with |who have )?(a |the )?primary "
    r"(diagnosis|tumou?r|cancer|site|malignancy)( (site|location))?\b( is| of| in| located| arising)"
)
_PRIMARY_DOES = r"bleed|perforat|obstruct|surg|resect|invad|invasion|metasta|within|history|prior|previous"


# An adenocarcinoma study's exclusion of other histological types ("has squamous cell or
# undifferentiated gastroesophageal cancer"): each type it names, as CONTRACT §1 records them
# (squamous_cell_carcinoma | other). An adenocarcinoma case has neither.
_OTHER_HISTOLOGY_ITEM = (
    r"^((participants?|patients?|subjects?) (with|who have) |has |have |known )?(an? )?(histolog\w+ )?"
    r"((squamous( cell)?|undifferentiated|neuroendocrine|small[- ]cell|adenosquamous)( or |, | and |/)?)+"
    r"[^.;]{0,80}(cancer|carcinoma|tumou?r|histology)s?(\s?\([a-z]{1,6}\))?\.?$"  # "… gastric cancer (GC)"
)
# "Patients with non-squamous cell carcinoma histology" (a study of squamous cancer; eighteenth blind set,
# TU): every histology but squamous, adenocarcinoma first among them
_NON_SQUAMOUS_ITEM = (
    r"^((participants?|patients?|subjects?) (with|who have) )?(an? )?non-?\s?squamous( cell)?"
    r"( (carcinoma|cancer))?( histology| histological type)?[.;]?$"
)


# "Mixed gastric or GEJ cancer containing other pathological components than adenocarcinoma": a tumour
# that is not pure adenocarcinoma, which CONTRACT §1 records as histology ``other`` (issue 15, seventh
# blind set: it was read as an exclusion of junction tumours).
_MIXED_HISTOLOGY = (
    r"m(?<=\bm)ixed\b[^.;]{0,80}\b(other|non-?\s?adeno\w*)\b[^.;]{0,40}\b(components?|elements?|histolog\w*)|"
    r"(components?|elements?|types?) other than (pure )?adenocarcinoma|"
    # "Other histological types of gastric cancer (leiomyosarcoma, lymphoma) than adenocarcinoma" (TY)
    r"other (pathological |histological )?(components?|elements?|types?)[^.;]{0,60}? "
    r"than (pure )?adenocarcinoma|"
    r"(other )?(types?|histolog\w*) (besides|except|other than) adenocarcinoma|"
    # "Metastatic or recurrent stomach cancer other than adenocarcinoma" (NCT02114359, TW)
    r"(cancer|carcinoma|tumou?r)s? other than (pure )?adenocarcinoma"
)


# "Patients with the following pathological diagnosis: squamous cell carcinoma, carcinoid tumor,
# neuroendocrine …" (issue 15, ninth blind set): a list of other histologies after its lead-in.
_HISTOLOGY_LIST = (
    r"^(participants?|patients?|subjects?) with (the following |any of the following )?"
    r"(patholog\w*|histolog\w*) (diagnos\w*|types?|features?)\s*:|"
    # "The following types are not allowed: Small cell undifferentiated carcinomas, lymphomas, or
    # sarcomas" (NCT00054457, TS); "Histopathology or cytology confirmed other pathological types, such
    # as adenosquamous cell carcinoma, squamous cell carcinoma, or GI stromal tumor" (NCT05149807, TH)
    r"^the following (histolog\w* |patholog\w* )?types? (are |is )?(not allowed|excluded|not eligible)\s*:|"
    r"(confirmed|diagnosed) (as )?(with )?other (patholog\w*|histolog\w*) types?,? "
    r"(such as|including|e\.?g\.?)"
)


# "Histologically confirmed operable oesophageal cancer (squamous cell carcinoma)": a tumour of another
# histology, named in brackets after it, with its site and stage (twelfth blind set)
_BRACKETED_SQUAMOUS = r"(cancer|carcinoma|tumou?r)\s*\((squamous( cell)?( carcinoma| cancer)?|e?scc)\)\.?$"


# "Tumors of squamous or other non-adenocarcinoma histology" (TW): every histology but adenocarcinoma
_NON_ADENO_ITEM = (
    r"^(tumou?rs?|cancers?|carcinomas?) (of|with) (squamous|other|non-?\s?adeno)[^.;]*histolog\w*\.?$"
)


def _histology_excluded(text: str) -> list[Req]:
    if "adeno" in text and _has(_NON_ADENO_ITEM, text):
        return [{"type": "disease", "sites": [], "histology_any": ["squamous_cell_carcinoma", "other"]}]
    if "squamous" in text and _has(_NON_SQUAMOUS_ITEM, text):
        return [{"type": "disease", "sites": [], "histology_any": ["adenocarcinoma", "other"]}]
    if ("mixed" in text or "adeno" in text) and _has(_MIXED_HISTOLOGY, text):
        return [{"type": "disease", "sites": [], "histology": "other"}]
    if "squamous" in text and "adeno" not in text and _has(_BRACKETED_SQUAMOUS, text):
        found = [r for r in disease(text, "inclusion") if r["type"] == "disease"]
        return [
            {
                **(found[0] if found else {"type": "disease", "sites": []}),
                "histology": "squamous_cell_carcinoma",
            }
        ]
    listed = (":" in text or "other" in text) and _has(_HISTOLOGY_LIST, text) and "adenocarcinoma" not in text
    if not listed and not _has(_OTHER_HISTOLOGY_ITEM, text):
        return []
    out: list[Req] = []
    if _has(r"(?<!adeno)squamous", text):
        out.append({"type": "disease", "sites": [], "histology": "squamous_cell_carcinoma"})
    if _has(r"undifferentiated|neuroendocrin|small[- ]cell|adenosquamous|carcinoid", text):
        out.append({"type": "disease", "sites": [], "histology": "other"})
    return out


# An exclusion of advanced disease in a study of resectable cancer ("Locally advanced inoperable disease
# (Clinical assessment)", twelfth blind set): every advanced case has it
# ("Patients with advanced inoperable", cut there by a mirror: eighteenth blind set, TU)
_INOPERABLE_ITEM = (
    r"^((participants?|patients?|subjects?) with )?(locally advanced |advanced )?"
    r"(inoperable|unresectable|non-?\s?resectable)( or metastatic)?"
    r"( (o?esophageal|gastric|gastro-?o?esophageal))?"
    r"( (disease|tumou?rs?|cancer|carcinoma|adenocarcinoma)\b(?! (is|are) (allowed|permitted|eligible))|\.?$)"
)


# An exclusion that is a tumour of one site and nothing else ("adenocarcinoma of the stomach" in a study of
# junction tumours: eighteenth blind set, TU, NCT01523015): that site is left out
_ONLY_A_TUMOUR = (
    r"^(primary )?(adeno)?(carcinoma|cancer)s? of the (stomach|o?esophagus)\.?$|"
    r"^(gastric|stomach|o?esophageal) (adeno)?(carcinoma|cancer)s?\.?$"
)


# An exclusion of one part of the oesophagus ("Diagnosed with cervical esophageal carcinoma": CheckMate
# 577, eighteenth blind set, TT): no gastric or junction tumour is in it; for an oesophageal one the part
# is not recorded (CONTRACT §1 records the organ)
_OESOPHAGEAL_PART = (
    r"^((participants?|patients?|subjects?) with |diagnosed with )?(an? )?(tumou?rs? of the )?"
    r"(cervical|upper|proximal|upper[- ]third)( thoracic)? o?esophag\w*( (cancer|carcinoma|adenocarcinoma|"
    r"tumou?rs?))?\.?$"
)
_PART_OPEN: Req = {"type": "open_parts", "parts": ["the part of the organ the tumour is in"]}


def primary_site(text: str, kind: str) -> list[Req]:
    if kind == "exclusion" and "esophag" in text and _has(_OESOPHAGEAL_PART, text.strip()):
        when: Req = {"type": "disease", "sites": ["esophagus"], "part_left_out": True}
        return [{"type": "applies_if", "when": when, "then": [dict(_PART_OPEN)]}]
    if kind == "exclusion" and (histology := _histology_excluded(text)):
        return histology
    if kind == "exclusion" and _has(_ONLY_A_TUMOUR, text.strip()):
        found = disease(text, "inclusion")
        sites = found[0]["sites"] if found else []
        return [{"type": "disease", "sites": sites}] if sites else []
    if kind == "exclusion" and (_has(_INOPERABLE_ITEM, text) or _has(NOT_RESECTABLE_WORDED, text)):
        return [{"type": "disease", "sites": [], "advanced": True}]
    if kind != "exclusion" or not _has(_PRIMARY_LEAD, text) or _has(_PRIMARY_DOES, text):
        return []
    found = disease(text, "inclusion")
    sites = [s for s in (found[0]["sites"] if found else []) if s != "solid"]
    if not sites:
        return []
    return [{"type": "disease", "sites": sites}]
