"""Chemotherapy received in any setting: an exclusion of "prior chemotherapy for gastric cancer",
"previous chemotherapy, radiotherapy … for esophageal cancer". A study that takes only untreated
patients (first-line or perioperative) excludes every course of chemotherapy, perioperative or
palliative, ongoing or ended (issue 15, class 3: the case's courses and the agent classes of
agents.yaml, as the review counts them; tenth blind set, TK). An exclusion naming one curative
setting alone ("has received neoadjuvant chemotherapy") takes the courses of that setting only
(``chemotherapy_in_one_setting``).

Not read here: chemotherapy for the advanced setting ("prior chemotherapy for metastatic disease":
rules_line_counts.prior_lines), a family ("prior platinum-based chemotherapy": therapy_groups.py), a
time since it ("within 4 weeks": rules_timing.washout, which then takes the criterion), an exception
or a count, and chemotherapy for another cancer only."""

from __future__ import annotations

from her2nav.trials.criteria.rule_text import CURATIVE_SETTING, Req, _has, _rx, settings_named

# "Prior treatment with self-expanding metal stent (SEMS), radiotherapy or chemotherapy": local
# treatments listed first (the open parts of rules_parts.py), chemotherapy last (twelfth blind set)
# ("No previous gastrectomy or chemotherapy": an operation named first, UB's NCT05264896); other
# kinds of systemic therapy too, each read on its own ("No prior immunotherapy or chemotherapy for any
# reason": "prior" is said of both, therapy_groups.py reading the immunotherapy)
_LOCAL_FIRST = (
    r"((anti-?\s?cancer )?(treatment|therapy) with )?"
    r"((an? )?(self-expanding (metal )?stents?|stents?|\(?sems\)?|radiotherapy|radiation( therapy)?|"
    r"chemoradiotherapy|surgery|surgical resection|resection|gastrectomy|o?esophagectomy|"
    r"immunotherap(y|ies)|targeted (therap(y|ies)|agents?))[\s,]*)+"
    r"(or|and|and/or) "
)
# Systemic therapy of any kind, which every agent of agents.yaml is ("Prior systemic therapy for gastric
# cancer", "Previous systemic or surgical or combined therapy for gastric cancer": UD's NCT02976142);
# the operation stays open (rules_parts.open_parts).
_SYSTEMIC = (
    r"systemic( or (surgical|combined|local))*( anti-?\s?(cancer|tumou?r))? (therap(y|ies)|treatments?)"
)
# Anti-cancer treatment of any kind ("any prior anti-cancer treatment or surgery for the current gastric
# cancer", UP's NCT07069712): every systemic course a case records is one, and a case with none has had
# none (the UP reviewer: "no prior treatment" for an untreated resectable patient); an operation or
# radiotherapy named beside it stays open (rules_parts.open_parts).
_ANTICANCER = r"(anti-?\s?(cancer|tumou?r)|antineoplastic) (therap(y|ies)|treatments?)"
_PRIOR_CHEMOTHERAPY = (
    rf"(prior|previous|previously received|received( any)?|had( any)?|other) ({_LOCAL_FIRST})?"
    r"((systemic |cytostatic |cytotoxic )?"
    r"(chemotherap(y|ies)|chemo\b|chemotherapeutic\b|cytotoxic (chemotherapy|therapy|treatment))|"
    + _SYSTEMIC
    + "|"
    + _ANTICANCER
    + ")"
)
# An inclusion asking for none: "Absence of previous chemotherapeutic, surgical or radiation treatment"
# ("without other chemotherapy and/or radiation against to the disease": an adjuvant study's, TU)
_NONE_BEFORE = r"^(absence of|no|without|never (received|had)) (any )?(?=prior|previous|other)"
# What makes the sentence about something narrower than chemotherapy in any setting: another setting,
# an exception, a count.
_NARROWER = (
    r"advanced|metasta|unresectable|recurr|relaps|palliative|\bline|regimen|"
    r"except|unless|other than|excluding|allowed|permitted|exception|"
    r"adjuvant|peri-?\s?operative|curative|induction|\bonly\b"
)
# What narrows the chemotherapy itself, in its own part of a list ("prior chemotherapy with …",
# "previous chemotherapy containing …", "… within 4 weeks").
_NARROWER_PART = (
    r"\bcycle|more than|at least|\bwith(in)?\b|containing|-based|\bdose|\bsince\b|\bafter\b|"
    r"\btarget|\bdirected\b|\bagainst\b|\binhibit|"  # "previous systemic therapy targeting VEGF"
    r"\bbefore\b|\bprior to\b|\bdays?\b|\bweeks?\b|\bmonths?\b"
)
# A time in the sentence makes the item a wash-out (rules_timing.py), read or not; a time from the
# diagnosis of another cancer ("for any other cancer within 6 months of diagnosis") does not.
_TIMED = r"\bwithin\b|\b\d+\s*(days?|weeks?|months?)\b|\b(past|last) (few )?(days?|weeks?|months?)\b"
_OF_DIAGNOSIS = r"within \d+ (months?|years?) (of|from) (the )?diagnosis\b"
# What a therapy left behind ("unresolved toxicities from prior anticancer therapy", "persistent
# toxicities caused by previous anti-cancer therapy", "not recovered from prior chemotherapy"): the
# toxicity rule's (rules_toxicity.toxicity), not an exclusion of everyone who had the therapy
_ITS_EFFECTS = (
    r"toxicit|adverse|side[- ]effects?|complications?|a(?<=\ba)es?\b|recover|resolv|neuropath|sequelae"
)
# the cancer the chemotherapy was for: the study's disease, or any cancer
_FOR_DISEASE = (
    r"\bfor (their |the |this )?(diagnosis of |current )?"
    r"(o?esophag|gastric|stomach|gastro-?\s?o?esophag|junction|gej|goj|any|oncolog)[\w\s,/-]*?"
    r"(cancer|carcinoma|adenocarcinoma|disease|tumou?r|malignancy)|"
    r"\bfor (the |their |this )?(present|current|underlying) (cancer|carcinoma|disease|tumou?r|malignancy)|"
    r"\bfor (a |any )?(cancer|malignancy)\b|"  # "Prior chemotherapy for cancer," (TW)
    r"\bfor any reason\b|"  # "No prior immunotherapy or chemotherapy for any reason": the widest
    # "… and have no previous anti-tumor treatments for GC or GEJC" (NCT05149807, TH)
    r"\bfor (the |their |this )?(advanced |metastatic )?(a?gc|gejc|gea|egjc)\b( or (a?gc|gejc|gea|egjc)\b)?"
)


# An inclusion asking for chemotherapy received before ("… who have completed prior systemic chemotherapy
# for a minimum of 2 to 4 months duration": a HIPEC study, NCT04107077, the VY reviewer): a case with no
# course fails it; how long the course ran, when the item says so, stays open.
_RECEIVED_ASKED = r"\b(must|should|who|to) (have |has )?(received|completed|undergone|been treated with)$"
_DURATION = r"^\s*for (a minimum of |at least )?\d+( to \d+)? (months?|weeks?|cycles?)( duration)?\.?$"
_HOW_LONG: Req = {"type": "open_parts", "parts": ["how long the chemotherapy ran"]}


def prior_chemotherapy(text: str, kind: str) -> list[Req]:
    m = _rx(_PRIOR_CHEMOTHERAPY).search(text)
    if m is None:
        return []
    before = _rx(r"[.;]\s").split(text[: m.start()])[-1]
    # "…, histologically confirmed to be adenocarcinoma, and have no previous anti-tumor treatments for
    # GC or GEJC" (NCT05149807, TH): the clause that closes the item says none
    none_before = kind == "inclusion" and (
        _has(_NONE_BEFORE, text) or _has(r"(,|\band|\bwho) (have|has) (had |received )?no (any )?$", before)
    )
    if m.group(1) == "other" and not none_before:
        return []  # "Other chemotherapy" in an exclusion: given beside the study's, not before it
    if not none_before and _has(r"^(no|not|never|without|absence)\b", text):
        return []
    sentence = _rx(r"[.;]\s").split(text[m.end() :], maxsplit=1)[0]
    asked = kind == "inclusion" and not none_before and _has(_RECEIVED_ASKED, before.strip())
    timed = asked and _has(_DURATION, sentence)
    sentence = "" if timed else sentence
    own = _rx(r",|\bor\b|\band\b").split(sentence, maxsplit=1)[0]
    rest = _rx(_FOR_DISEASE).sub(" ", f"{before} {sentence}")
    if _has(_TIMED, _rx(_OF_DIAGNOSIS).sub(" ", rest)):
        return []  # "chemotherapy, or radiotherapy within 2 weeks prior to C1D1": a wash-out
    rest = _rx(_FOR_DISEASE).sub(" ", sentence) if asked else rest  # what is asked of the patient before
    if _has(r"\bfor\b", rest) or _has(_NARROWER, rest) or _has(_NARROWER_PART, own):
        return []  # for another cancer or setting, an exception, or a narrower course
    if _has(r"\b(after|since|within|following|during)\b", before):
        return []  # "relapsed within 6 months after prior chemotherapy": a time since it
    if _has(_ITS_EFFECTS, before):
        return []  # "unresolved toxicity from prior anti-cancer therapy": the effects asked, not the therapy
    if kind == "inclusion" and not none_before and not asked:
        return []
    group = "chemotherapy" if _has(r"chemo|cytotoxic|cytostatic", m.group(0)) else "systemic_therapy"
    req: Req = {"type": "prior_therapy", "group": group, "ongoing_counts": True}
    if asked:
        return [{"type": "prior_therapy", "group": group}, *([_HOW_LONG] if timed else [])]
    return [{**req, "negated": True}] if none_before else [req]


# "Has received neoadjuvant chemotherapy" (an exclusion, whole): chemotherapy in one curative setting.
# CONTRACT §1 records perioperative therapy as one course given before and after surgery, so it holds
# both a neoadjuvant and an adjuvant part (thirteenth blind set, NCT05253716).
_IN_ONE_SETTING = (
    # "Previously, patients received neoadjuvant chemotherapy." (eighteenth blind set, TU)
    r"^(previously,? )?((participants?|patients?|subjects?) (who )?)?(has |have )?"
    r"(had |received |undergone )?(any )?"
    r"(prior |previous )?(?P<setting>neo-?\s?adjuvant|adjuvant|peri-?\s?operative) (systemic )?"
    r"(chemotherap(y|ies)|chemo\b|cytotoxic (therapy|treatment))\.?$"
)
# Several curative settings and kinds of therapy in one exclusion ("Subjects with preoperative/adjuvant
# other cancer treatment, such as chemotherapy, immunotherapy and radiotherapy", NCT01283217; "Prior
# neoadjuvant or adjuvant chemotherapy"): each systemic kind given in one of those settings excludes;
# radiotherapy (which no case records) stays open (twenty-second blind set, TY).
_IN_SETTINGS = (
    r"^((participants?|patients?|subjects?) (who |with )?)?(has |have |had )?(received |undergone )?(any )?"
    r"(prior |previous )?(?P<settings>"
    + CURATIVE_SETTING
    + r"((\s?(/|,|or|and|and/or)\s?)+"
    + CURATIVE_SETTING
    + r")+) "
    r"(?P<what>(systemic )?chemotherap(y|ies)|((other )?(anti-?\s?)?cancer (treatments?|therap(y|ies))|"
    r"treatments?|therap(y|ies)),? (such as|including|e\.g\.,?) (?P<kinds>[^.;]+))\.?$"
)
_KINDS = {"chemotherap": "chemotherapy", "immunotherap": "pd1"}


def chemotherapy_in_one_setting(text: str, kind: str) -> list[Req]:
    if kind != "exclusion":
        return []
    if m := _rx(_IN_ONE_SETTING).match(text.strip()):
        return [
            {"type": "prior_therapy", "group": "chemotherapy", "settings": settings_named(m.group("setting"))}
        ]
    if not (m := _rx(_IN_SETTINGS).match(text.strip())):
        return []
    settings = settings_named(m.group("settings"))
    kinds = m.group("kinds") or m.group("what")
    # radiotherapy, named or not, is left open by rules_parts.open_parts
    return [
        {"type": "prior_therapy", "group": g, "settings": settings} for w, g in _KINDS.items() if w in kinds
    ]


# Therapy before an operation already had, as adjuvant studies after it ask ("Completed pre-operative
# chemo radiotherapy followed by surgery", "residual pathologic disease after being surgically rendered
# free of disease … following neoadjuvant chemoradiotherapy": CheckMate 577, eighteenth blind set, TT),
# or its absence excluded ("Did not receive concurrent chemoradiotherapy prior to surgery"). CONTRACT §1
# records the chemotherapy (setting neoadjuvant or perioperative), not the radiotherapy or the surgery.
_BEFORE_SURGERY_DONE = (
    r"\b(completed|received|underwent|after|following|treated with)\b[^.;]{0,60}?"
    r"\b(pre-?\s?operative|neo-?\s?adjuvant)\s+(chemo-?\s?radio\w*|chemo\w*|radio\w*|radiation)"
)
_BEFORE_SURGERY_MISSED = (
    r"^(did|has|have|had) not (receive[d]?|undergo(ne)?|had)\s[^.;]{0,30}?(chemo-?\s?radio\w*|chemo\w*)"
    r"[^.;]{0,20}\b(prior to|before) (surgery|resection|the operation)"
)
_NEOADJUVANT_SETTINGS = settings_named("neoadjuvant")
_OPERATION = r"surg|resect|esophagectomy|gastrectomy|operation"
_ALREADY_NOT_SAID = r"^(?!.*\b(completed|received|underwent|undergone|rendered|residual|had)\b)"


def therapy_before_surgery(text: str, kind: str) -> list[Req]:
    pattern = _BEFORE_SURGERY_DONE if kind == "inclusion" else _BEFORE_SURGERY_MISSED
    m = _rx(pattern).search(text)
    if m is None or "chemo" not in m.group(0):
        return []
    if kind == "inclusion" and (
        _has(_ALREADY_NOT_SAID, text)
        or _has(
            r"\b(one|any|either) of\b|\b(can|may) be (included|enrolled)|\b(eligible|allowed|permitted)\b",
            text,
        )
        or not _has(_OPERATION, text)
    ):
        # a plan ("agreed to proceed with surgery after neoadjuvant chemotherapy"), options, a permission
        # ("… who have previously received neoadjuvant chemotherapy … can be included"), or no operation
        return []
    req: Req = {"type": "prior_therapy", "group": "chemotherapy", "settings": _NEOADJUVANT_SETTINGS}
    if kind == "exclusion":
        return [{**req, "negated": True}]  # the radiotherapy and surgery: rules_parts.open_parts
    parts = ["radiotherapy"] if _has(r"radio|radiation", m.group(0)) else []
    return [req, {"type": "open_parts", "parts": [*parts, "surgery"]}]  # an operation is named (above)
