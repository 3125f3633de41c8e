"""Criterion rule for exclusions listing where a primary tumour lies ("tumours of the cardia, high
lesser-curve tumours or oesophagogastric junction tumours"): requirement type ``disease`` with the
sites named. A junction location is ``gej``, an oesophageal one ``esophagus``; a part of the stomach
(cardia, fundus, lesser or greater curve, antrum, pylorus) is ``stomach`` with ``subsites``, which a
case with a gastric primary leaves open (the case records the organ, not the part of it). Anatomy as
in the AJCC 8th edition / UICC TNM 8 topography of stomach and junction (C16.0–C16.9).
"""

from __future__ import annotations

from her2nav.trials.criteria.rule_text import Req, _findall, _has

_TUMOUR = r"(tumou?rs?|cancers?|carcinomas?|adenocarcinomas?|lesions?|primar(y|ies)|disease)"
_SUBSITES = {
    "cardia": r"cardia\b|cardial",
    "fundus": r"fundus|fundic",
    "lesser curve": r"lesser[- ]curv",
    "greater curve": r"greater[- ]curv",
    "antrum": r"antrum|antral",
    "pylorus": r"pylorus|pyloric",
}
_JUNCTION = (
    r"(gastro-?\s?o?esophageal|o?esophago-?\s?gastric|cardio-?\s?o?esophageal) junction|\bg[eo]j\b|siewert"
)
_OESOPHAGUS = r"\bo?esophag(us|eal)\b(?! junction|o)"
# a location is only named here; anything the tumour does or has makes it another kind of item
_DOES = (
    r"bleed|perforat|obstruct|fistula|stent|surg|resect|invad|invasion|metasta|within|history|prior|"
    r"previous|her-?2|squamous|histolog|unless|except|eligible|allowed|permitted|only|stage|t[1-4]|"
    r"involvement of|extension|must|should|need|requir|defined|classified|includ|mixed|component|"
    # another organ or a cohort named beside it: a list of tumour types (criteria/tumour_cohorts.py)
    r"breast|colo|rect|lung|pancrea|liver|biliar|ovar|endometri|prostat|\bpart\b|cohort|\barm\b"
)

# "Gastrooesophageal junction cancer or gastric cancer with spreading on oesophagus" (UD's NCT02976142):
# a gastric primary is excluded only if it reaches the oesophagus, which no case field records.
_GASTRIC_INTO_OESOPHAGUS = (
    r"(gastric|stomach) (cancers?|carcinomas?|adenocarcinomas?|tumou?rs?) (with|that) "
    r"(spread\w*|extend\w*|infiltrat\w*) (on|to|into|onto|in) (the )?o?esophag"
)
_REACH: Req = {"type": "open_parts", "parts": ["whether a gastric tumour reaches the oesophagus"]}
# The stomach named as a whole beside the junction ("Primary adenocarcinoma of the stomach or of the
# gastro-oesophageal junction", "Gastric or GEJ adenocarcinoma"): a gastric primary is left out too (it
# was read as the junction alone); a part of the stomach is a subsite
_WHOLE_STOMACH = (
    r"(?<!into )(?<!into the )\bstomach\b|\bgastric\b(?! (cardia|fundus|antrum|body|corpus|pylorus))"
)


def tumour_locations(text: str, kind: str) -> list[Req]:
    """An exclusion naming primary tumour locations, each with a tumour word beside it."""
    if kind != "exclusion" or _has(_DOES, text) or not _has(_TUMOUR, text):
        return []
    subsites = [name for name, pattern in _SUBSITES.items() if _has(pattern, text)]
    sites: list[str] = []
    into_oesophagus = ("gastric" in text or "stomach" in text) and _has(_GASTRIC_INTO_OESOPHAGUS, text)
    if subsites or (not into_oesophagus and _has(_WHOLE_STOMACH, text)):
        sites.append("stomach")
    if _has(_JUNCTION, text):
        sites.append("gej")
    if _findall(_OESOPHAGUS, text):
        sites.append("esophagus")
    if not subsites and "gej" not in sites and len(sites) < 2:
        return []  # an oesophageal or gastric tumour alone is read by the disease rules
    req: Req = {"type": "disease", "sites": sites}
    if subsites:
        req["subsites"] = subsites
    if into_oesophagus:
        return [req, _REACH]
    return [req]
