"""An operation on the cancer already had (requirement type ``tumour_operated``): an exclusion of "prior
gastrectomy", "previous surgical resection of the tumor", "any prior anti-cancer treatment or surgery for
the current gastric … cancer", or an inclusion asking for none ("No prior partial or complete tumor
resection", negated).

CONTRACT §1 records no operation, but a case can show one: a biomarker tested on a resection specimen,
which only an operation yields, or therapy given after one (matching/evaluate_disease.operated). The
outside reviewers read it so (TO, TU, VE and VS: "resection specimen recorded"; TO, UB, VA: "de novo case
with biopsy specimens only; no resection implied").

Not read here: a recent operation of any kind ("major surgery within 28 days": an operation the case
cannot date, left open by rules_parts.open_parts), an operation a study asks for (rules_disease.py:
resectable disease, a curative resection done), and an operation for something else ("prior gastrectomy
for peptic ulcer")."""

from __future__ import annotations

from her2nav.trials.criteria.rule_text import Req, _has, _search, _sub

# The operated organ or the disease the operation was for
_ON_THE_CANCER = (
    r"(the |this )?(current |underlying |primary )?(gastric|stomach|gej|o?esophag\w*|"
    r"gastro-?\s?o?esophageal|tumou?rs?|cancers?|disease|malignan\w*|neoplasms?|carcinoma)"
)
_PRIOR = r"(prior|previous|previously|earlier|history of)"
# The words that may stand between "prior" and the operation ("some kind of previous surgical resection
# of the tumor", "prior partial or complete tumor resection"), not another organ's ("previous significant
# bowel resection", NCT05417594)
_KIND = (
    r"((some kind of|any|major|partial|complete|total|subtotal|distal|proximal|or|and|surgical|curative|"
    r"radical|primary|gastric|o?esophago-?\s?gastric|tumou?r|endoscopic|d2|\(?r0\)?|gastrectomy|"
    r"o?esophagectomy|(chemo|radio)\w*,?) )*"
)
_OPERATED = (
    # "No prior partial or complete tumor resection", "some kind of previous surgical resection of the
    # tumor" (TO's NCT02581462, TT's NCT03421288, TU's NCT01130337)
    rf"{_PRIOR} {_KIND}resection\b(?! (of|for) (liver|lung|metasta))|"
    # "No previous gastrectomy or chemotherapy" (UB's NCT05264896), "Prior gastrectomy (partial or total)
    # for the underlying malignant disease" (TP's NCT01450696)
    rf"{_PRIOR} {_KIND}(gastrectomy|o?esophagectomy|o?esophagogastrectomy)|"
    # "Any surgical resection history of gastric cancer" (MATCH, NCT02725424; VW)
    rf"(surgical |tumou?r )?resection history (of|for) {_ON_THE_CANCER}|"
    # "… anti-cancer treatment or surgery for the current gastric … cancer" (VE's NCT07069712); "No prior
    # major surgery … to the stomach" (VS's NCT03223740)
    rf"(surgery|surgical (resection|treatment|therapy)|operation) (or radio\w*( therapy)? )?(for|of|to|on) "
    rf"{_ON_THE_CANCER}|"
    # "Previous systemic or surgical or combined therapy for gastric cancer" (UD's NCT02976142),
    # "Absence of previous chemotherapeutic, surgical or radiation treatment for oncological disease" (TN)
    rf"surgical(,? (or|and|and/or) [\w-]+)* (therap(y|ies)|treatments?) (for|of|against) (\w+ ){{0,2}}"
    r"(cancer|tumou?r|disease|malignan\w*|neoplasm)"
)
# Any kind of cancer treatment, an operation included ("Any prior chemotherapy or other cancer treatment
# prior to this protocol", VS's NCT02301481)
_OTHER_CANCER_TREATMENT = (
    rf"{_PRIOR} (\w+ ){{0,4}}(or|and) other (anti-?\s?)?cancer (treatments?|therap(y|ies))(?! for)"
)
# What makes it another question: a time since it (an operation the case cannot date), a permission,
# an exception, or an operation for something other than the cancer
_OTHER_QUESTION = (
    r"\bwithin\b|\d+\s*(days?|weeks?|months?)|\b(if|unless|except|excluding|allowed|permitted|eligible|"
    r"may|can)\b|benign|ulcer|bariatric|weight loss|metastasectomy|"
    r"\bmajor\b(?![^.;]{0,40}\b(to|on|of) the (stomach|primary))"
)
_NONE_ASKED = (
    r"^(\w+ ){0,2}(no|absence of|without|never (had|received|undergone)|not (had|received|undergone))\b"
)


# "(except diagnostic laparoscopy)" (TU's NCT01130337): a procedure the exclusion lets through, not
# another question
_DIAGNOSTIC_EXCEPTED = (
    r"\(?(except|excluding|other than) (for )?(an? )?(diagnostic|staging|exploratory) [^.;)]*\)?"
)


def operation_had(text: str, kind: str) -> list[Req]:
    if "diagnostic" in text or "staging" in text or "exploratory" in text:
        text = _sub(_DIAGNOSTIC_EXCEPTED, " ", text)
    if not (_search(_OPERATED, text) or _search(_OTHER_CANCER_TREATMENT, text)):
        return []
    if _has(_OTHER_QUESTION, text):
        return []
    req: Req = {"type": "tumour_operated"}
    if "gastrectomy" in text and not _has(
        r"resect|surg|operation|o?esophagectom|cancer (treatment|therap)", text
    ):
        req["gastrectomy"] = True  # the operation named, not any (matching/evaluate_disease.tumour_operated)
    if kind == "exclusion":
        return [req]
    return [{**req, "negated": True}] if _has(_NONE_ASKED, text) else []
