"""Criterion rules for biomarkers: HER2 status or mutation, CLDN18.2, PD-L1 CPS, MSI/MMR (see
rules.py for the requirement types)."""

from __future__ import annotations

import re

from her2nav.trials.criteria.rule_text import _OP, _OPS, Req, _has, _search, _sub

_THERAPY_HER2 = re.compile(
    r"(anti-?\s?her-?2|her-?2[- ]?(targeted|directed|targeting|therap|blocking|based|adc|specific|bispecific)"
    r"|her-?2 (antibod|tki|inhibitor))[^,;]*"
)


# A clause that declares an alternative insufficient ("ERBB2 mutation or amplification without HER2
# positivity is ineligible", "a mutation alone does not qualify"): it asks nothing of its own; the
# definition it defers to is read elsewhere in the criterion.
_INELIGIBLE_ALTERNATIVE = re.compile(
    r"[^.;:]*\b(without|absent|in the absence of|alone|only)\b[^.;:]*\b(ineligible|not eligible|"
    r"(is|are) excluded|not (be )?sufficient|insufficient|(does|do) not qualify|will not be enrolled)"
    r"\b[^.;:]*"
)
# A stricter HER2 definition the criterion imposes on a broad phrase ("tumours with HER2 expression …
# note: must have HER2 positivity, defined as IHC 3+ or IHC 2+/ISH+"): the definition governs (CAP/ASCO
# gastric HER2 positivity is IHC 3+ or IHC 2+ with ISH amplification, sources S1-S3).
_POSITIVE_REQUIRED = (
    r"((must|required to|need to|needs to|should|shall) (have|be|show)\b[^.;]{0,40}"
    r"\bher-?2[\s-]*positiv\w*\b|"
    r"her-?2[\s-]*positiv\w*\b(?=[^.;]{0,80}\b(defined as|(is|are) required|is mandatory)\b))"
    r"(?!,? (or|and/or)\b)"  # "HER2-positive or HER2-expressing": alternatives, the broad one stays
)

# IHC 2+ or 3+ with no ISH asked: "IHC 3+ or 2+", and a threshold the trial sets itself ("HER2
# positivity is defined as ≥2+ staining by IHC", "IHC 2+ or higher"): the trial's own definition
# governs over the gastric one (fact sheet; CAP/ASCO gastric positivity needs ISH for 2+, S1-S3).
_IHC_2_OR_3 = r"3\+\s*or\s*(her-?2\s*)?(ihc\s*)?2\+|2\+\s*or\s*(her-?2\s*)?(ihc\s*)?3\+"
# "HER2 3+ (IHC)", "HER2 (IHC) 3+", "HER2 3+ by IHC": the score named after the marker, the method
# beside it; read as "her2 ihc 3+" (eighteenth blind set, TS: NCT03185988 was read as nothing)
_SCORE_AFTER_MARKER = re.compile(r"her-?2\s*(?:\(ihc\)\s*)?([0-3]\s*\+)(?:\s*\(ihc\)|\s*by ihc)?")
# IHC 3+ and no other way to be HER2-positive: a 2+ tumour with ISH amplification does not qualify
_ONLY_3_PLUS = r"ihc\s*3\+"
_OTHER_POSITIVE = r"2\+|amplif|\bish\b|fish|sish|cish|in situ|over-?express|ngs|sequenc"
# The threshold counts only in a sentence that names HER2 ("Claudin 18 … IHC ≥ 2+" is another marker's).
_IHC_2_OR_MORE = (
    r"(≥|>=|at least|greater than or equal to)\s*(ihc\s*)?2\+|2\+\s*(or|and) (above|higher|greater|more)"
)
# A history that must not hold ("was never previously reported as HER2-positive"): not HER2-positive.
_NEVER_POSITIVE = (
    r"(never|not)( been)?( previously)?( been)? "
    r"(reported|documented|confirmed|classified|diagnosed|known|tested) (as |to be )?her-?2[\s-]*positiv"
)
# "No known HER2-positive status" (a Chinese sponsor's perioperative study, NCT04982939; TY)
_NOT_POSITIVE = (
    r"\b(is|are|be) not her-?2(/neu)?[\s-]*positiv|\bnon-?\s?her-?2(/neu)?[\s-]*positiv|"
    r"^no known her-?2(/neu)?[\s-]*positiv"
)
_LOW_TOO = r"low her-?2|her-?2[\s-]*low|ultra-?low"  # HER2-low is one of the statuses asked: no narrowing


# "…; HER2-positive patients must also include trastuzumab in the previous first-line therapy": a
# clause about the HER2-positive patients among those the study takes, asking what they received; it
# does not ask for a HER2-positive tumour (her2_positive_history reads it).
_HER2_POSITIVE_HISTORY = re.compile(
    r"(her-?2[- ]positive (patients?|participants?|subjects?)|"
    r"(patients?|participants?|subjects?) (who are|with) her-?2[- ]positive( \w+)?) "
    r"(must|should|need to|are required to) (also )?(have )?(been treated with|received|include)"
    r"[^.;]*\b(trastuzumab|anti-?\s?her-?2)[^.;]*|"
    # "previous history with positive HER-2 expression requires anti-HER-2 medication"
    r"(previous history with |a history of )?positive her-?2 (expression|status) requires?"
    r"[^.;]*\b(trastuzumab|anti-?\s?her-?2)[^.;]*"
)


# A status to be found out before enrolment, when unknown: no level of expression asked
_UNKNOWN_STATUS_TESTED = re.compile(r"unknown her-?2 (expression|status)[^.;]*")


_EARLIER_RESULTS = (
    r"(previous|prior|earlier|historical|archival)[^.;]{0,30}\b(test )?results?\b[^.;]{0,100}"
    r"(acceptable|accepted|allowed|can be used|may be used)"
)


def without_her2_positive_history(text: str) -> str:
    """``text`` without a clause about what its HER2-positive patients received (read apart)."""
    return _HER2_POSITIVE_HISTORY.sub(" ", text) if "positive" in text else text


def her2_positive_history(text: str, kind: str) -> list[Req]:
    if kind != "inclusion" or (m := _HER2_POSITIVE_HISTORY.search(text)) is None:
        return []
    if len(m.group(0)) + 3 >= len(text.strip(" .;")):
        return []  # the whole criterion: rules_scope's clauses about one population read it
    group = "trastuzumab" if "trastuzumab" in m.group(0) else "her2_directed"
    then = [{"type": "prior_therapy", "group": group}]
    return [{"type": "applies_if", "when": {"type": "her2", "status": "positive"}, "then": then}]


# "HER2 overexpression or amplification negative" (thirteenth blind set, NCT04950322): what the tests
# found, named before the word that says it, is no positive status
_TESTS_NEGATIVE = (
    r"her-?2\)?(/neu)?\s+(protein\s+)?(over-?expression|amplification|expression|status)"
    r"(\s+(or|and/or|and)\s+(gene\s+)?(over-?expression|amplification))?\s+(is\s+|are\s+|were\s+)?negative"
)


# An exclusion of documented gene alterations that names HER2 among others ("a documented gene alteration
# including but not limited to HER2, KRAS, NRAS, BRAF … known to confer resistance": UB's NCT05176665);
# the other genes stay open (rules_parts.open_parts).
_ALTERATIONS_WITH_HER2 = r"(gene|genomic|molecular|driver) (alterations?|aberrations?)[^.;]{0,40}\bher-?2\b"


# "… provide a tumor sample for tissue-based IHC staining to centrally determine HER2 expression, PD-L1
# CPS, and other correlatives" (UH's NCT06731478)
_TO_TEST = (
    r"\b(to|for) (be )?(centrally |locally |retrospectively |prospectively )?(determine|determination of|"
    r"assess|assessment of|test|testing of|evaluate|evaluation of) (the )?(tumou?r )?her-?2 "
    r"(expression|status)"
)


# "Known HER2 status … prior to enrollment; results from local CLIA laboratory is acceptable" (UE's
# NCT05187182)
_HER2_KNOWN = (
    r"\b(known|documented|available) her-?2 (status|results?|expression)|"
    r"her-?2 (status|results?) (must be |is |should be )?(known|available|documented)|"
    # "HER2 status by immunohistochemistry (IHC) is known" (NCT03329690, TP)
    r"her-?2 (status|results?) (by|from|on) [^.;]{0,50}\b(must be |is |should be )"
    r"(known|available|documented)"
)


# "Known somatic DNA mutation of HER2 (ERBB2) without tumoral HER2 protein expression" (DESTINY-PanTumor02,
# NCT04482309; the UX and UF reviewers): a mutation excludes only a tumour that does not express HER2; one
# with IHC 1+ or more is outside the clause, whatever its sequence.
_WITHOUT_EXPRESSION = r"without (any )?(tumou?ral |tumou?r )?(her-?2 )?(protein )?(over-?)?expression"


def _unexpressed_mutation() -> Req:
    expressed = {"type": "her2", "status": "ihc_1_plus_or_more", "negated": True}
    return {"type": "applies_if", "when": expressed, "then": [{"type": "her2_mutation"}]}


def her2(text: str, kind: str) -> list[Req]:
    body = _THERAPY_HER2.sub(" ", without_her2_positive_history(text) if kind == "inclusion" else text)
    if "unknown" in body:  # "unknown HER-2 expression should define HER-2 status before enrollment"
        body = _UNKNOWN_STATUS_TESTED.sub(" ", body)
    if ("without" in body or "alone" in body or "only" in body or "absen" in body) and (
        "eligible" in body
        or "excluded" in body
        or "sufficient" in body
        or "qualify" in body
        or "enrolled" in body
    ):
        body = _INELIGIBLE_ALTERNATIVE.sub(" ", body)
    if "determin" in body or "assess" in body or "test" in body or "evaluat" in body:
        body = _sub(_TO_TEST, " ", body)  # a sample sent to find the status asks for none of it
    if not _has(r"her-?\s?2|erbb2|i(?<=\bi)hc\b", body):
        return []
    if "protein" in body:  # "HER2/neu protein negative" (KEYNOTE-062, NCT02494583; TL): the status
        body = _sub(r"(her-?\s?2\)?(/neu)?)[\s-]+protein\b[\s-]*", r"\1 ", body)  # of the protein
    if "+" in body:
        body = _SCORE_AFTER_MARKER.sub(lambda m: f"her2 ihc {m.group(1)}", body)
    if "mutation of at least" in body:  # "HER2 mutation of at least 3+ (+++)": an IHC score mistranslated
        body = _sub(r"mutation of at least\s*(?=[0-3]\s*\+)", "ihc ", body)  # (issue 15, seventh blind set)
    if _has(
        r"her-?2[\s-]*(activating\s+)?(mutant|mutation|activating|exon)|(erbb2|her2) mutation|"
        r"mutation of her-?2",
        body,
    ):
        if "without" in body and _has(_WITHOUT_EXPRESSION, body):
            return [_unexpressed_mutation()]
        return [{"type": "her2_mutation"}]
    statuses = set()
    if _has(r"ultra-?low", body):
        statuses.add("ultralow")
    if _has(r"her-?2(/neu)?[\s-]*(low)\b", body):
        statuses.add("low")
    if _has(
        r"her-?2\)?(/neu)?[\s-]*(positiv|\+(?![\w/])|amplif|over-?express|high)|ihc\s*3\+\s*(or|,)|"
        r"her-?2 ihc\s*3\+|ihc\s*2\+\s*/\s*(ish|fish|sish)\s*(\+|positive)|positive (for )?her-?2",
        body,
    ):
        statuses.add("positive")
    if _has(r"her-?2\)?(/neu)?[\s-]*(negativ|non-?amplified|-(?!\w))|negative (for )?her-?2", body):
        statuses.add("negative")
    either = _has(_POSITIVE_OR_NEGATIVE, body)  # "either HER2 positive or negative cohorts"
    if "negative" in body and _has(_TESTS_NEGATIVE, body):
        statuses = {"negative"}  # "HER2 overexpression or amplification negative": the tests, negative
    if (
        _has(
            r"her-?2(/neu)?[\s-]*(expressing|expression)|ihc\s*(≥|>=)\s*1\+|1\+\s*or (above|higher|greater)|"
            r"(1\+|2\+|3\+)[ ,]+(or )?(1\+|2\+|3\+)[ ,]+(or )?(1\+|2\+|3\+)",
            body,
        )
        and "negative" not in statuses
    ):
        statuses.add("ihc_1_plus_or_more")
    if _has(r"ihc\s*(2\+\s*or\s*(ihc\s*)?1\+|1\+\s*or\s*(ihc\s*)?2\+)", body) and not statuses:
        statuses = {"ihc_1_or_2"}
    if _has(r"regardless of (the )?(ish|fish|amplif|in situ)", body) or (
        (_has(_IHC_2_OR_3, body) or (_has(_IHC_2_OR_MORE, body) and _has(r"her-?\s?2|erbb2", body)))
        and not _has(r"2\+[^.;]{0,40}(ish|fish|sish|cish|amplif|in situ|hybridi)", body)
        and not _has(r"1\+\s*(,|or\b)", body)  # "IHC 1+, 2+ or 3+": any expression
    ):
        statuses = {"ihc_2_3"}
    if "positive" in statuses and _has(_NOT_POSITIVE, body):
        statuses = {"negative"}  # "gastroesophageal adenocarcinoma that is not HER-2/neu positive" (TW)
    if "positive" in statuses and _has(_NEVER_POSITIVE, body):
        statuses = {"negative"}  # "was never previously reported as HER2-positive (IHC 3+ or ISH+)"
    if "positive" in statuses and not _has(_LOW_TOO, body) and _has(_POSITIVE_REQUIRED, body):
        statuses = {"positive"}  # the stricter definition governs the broad phrase beside it
    if statuses == {"positive", "low"} or statuses == {"ihc_1_plus_or_more", "positive"}:
        statuses = {"ihc_1_plus_or_more"}
    if statuses == {"positive"} and _has(_ONLY_3_PLUS, body) and not _has(_OTHER_POSITIVE, body):
        statuses = {"ihc_3"}  # "HER2 IHC 3+": the score itself, not the gastric definition of positivity
    if not statuses and kind == "inclusion" and _has(_HER2_KNOWN, body):
        return [{"type": "her2_known"}]  # a result of any value on file
    if either and kind == "inclusion":
        # "patients will be enrolled to either HER2 positive or negative cohorts" (UJ's NCT05187182):
        # every result is taken, so what is asked is a result on file
        return [{"type": "her2_known"}]
    if not statuses and kind == "exclusion" and _has(_ALTERATIONS_WITH_HER2, body):
        # an amplified or overexpressed HER2 is the alteration a case records; the other genes' are not
        # (rules_parts.open_parts)
        return [{"type": "her2", "status": "positive"}]
    if len(statuses) != 1:
        return []
    req: Req = {"type": "her2", "status": statuses.pop()}
    if kind == "inclusion" and _has(_EARLIER_RESULTS, text):
        req["earlier_results"] = True  # "the subject's previous test results … are acceptable"
    if kind == "inclusion":
        # "confirmed by the central laboratory, but does not affect start of treatment": entry on the
        # local result, the central one comes after (TRAP-2, NCT05188313; tenth blind set)
        if not _has(
            r"local(ly)? or central|local(ly)?/central|retrospective|"
            r"(does|do|will|shall) not (affect|delay|hold up|postpone)|"
            r"not (required|needed) (for|before|prior)",
            text,
        ) and _has(
            r"central(ly)?\s*(lab\w*\s*)?(confirm|test|assess|review|determin|evaluat)|confirmed centrally|"
            r"central (laboratory|lab|testing|assessment|review)",
            text,
        ):
            req["central"] = True
        if _has(
            # "HER2+ disease documented since progression of the most recent line" (NCT04499924, TL)
            r"(biops\w+|tissue|specimen|sample|documented)[^.;]{0,80}(after|following|since|post[- ])"
            r"\s*(the )?"
            r"(most recent |disease |documented )?(progression|progress)",
            text,
        ):
            req["post_progression_biopsy"] = True
        if _has(_MOST_RECENT, text):
            req["most_recent"] = True  # the latest result decides, not one from before a loss
    return [req]


_POSITIVE_OR_NEGATIVE = (
    r"her-?2\)?(/neu)?[\s-]*positiv\w*\s*(or|and/or|and|/)\s*(her-?2\)?(/neu)?[\s-]*)?negativ"
)

# "HER2 positivity per the results of their most recent tumor tissue testing" (UB's NCT05514717)
_MOST_RECENT = (
    r"\b(most recent|latest|last) (available )?(tumou?r )?(tissue )?(testing|tests?|biops\w*|samples?|"
    r"specimens?|results?)"
)


def cldn18(text: str, kind: str) -> list[Req]:
    # "CDLN 18.2": a registry's transposed spelling of CLDN (issue 15, seventh blind set)
    if not _has(r"(claudin|cldn|cdln)\W*(\(cldn\))?\s*-?\s*18", text) or _has(
        r"(targeted|directed|therap|agent|prior|previous)", text
    ):
        return []
    if m := _search(r"(≥|>=|at least)\s*(\d{1,3})\s*%", text):
        return [{"type": "cldn18_2", "op": ">=", "value": int(m.group(2))}]
    if _has(r"positiv|express|\+", text):
        return [{"type": "cldn18_2", "op": ">=", "value": None}]
    return []


# "CPS (Combined Positive Score) ≥ 1" too (issue 15, seventh blind set)
_CPS = r"(cps|combined positive score)\s*(\((cps|combined positive score)\)\s*)?(score\s*)?(of\s*)?"


def pdl1(text: str, kind: str) -> list[Req]:
    """PD-L1 CPS with its cut-off: "CPS ≥ 5", "combined positive score (CPS) ≥ 1", "CPS of 5 or more"."""
    if m := _search(rf"{_CPS}{_OP}\s*(\d+(\.\d+)?)", text):
        return [{"type": "pdl1_cps", "op": _OPS[m.group(6)], "value": float(m.group(7))}]
    if m := _search(rf"{_CPS}(\d+(\.\d+)?)\s*(or (more|higher|greater|above)|and above|\+)", text):
        return [{"type": "pdl1_cps", "op": ">=", "value": float(m.group(6))}]
    return []


# "Known PD-L1 status at screening, or tumour tissue available for central testing": a result on file.
_PDL1_KNOWN = (
    r"^(a )?(known|documented|available) (programmed (cell )?death[- ]ligand[- ]1 )?\(?pd-?l1\)? "
    r"(status|results?|expression|score)"
)


def pdl1_known(text: str, kind: str) -> list[Req]:
    if kind != "inclusion" or not _has(_PDL1_KNOWN, text):
        return []
    return [{"type": "pdl1_known"}]


# Tissue kept to confirm the status ("archival tumor tissue … to allow retrospective MSIhi/dMMR status
# confirmation": HRO761, NCT05838768, the WA reviewer): an item about the sample, the status being asked
# by the study's own MSI item
_SAMPLE_TO_CONFIRM = (
    r"(tissue|sample|specimen|block)s?\b[^.;]*\b(to allow|allowing|for)\b[^.;]{0,40}"
    r"(msi|mismatch|\bmmr\b|microsatellite)[^.;]*\b(confirm|test|assess|determin)"
)


# "must have non-MSI-H or proficient MMR (pMMR) disease", "non- MSI-H", "non-dMMR" (SAR445877,
# NCT05584670; BNT327, NCT05919264; twenty-sixth session, WH and WE): the status negated in the word, read
# as MSI-high it let an MSI-high tumour in and kept a proficient one out
_NON_MSI_HIGH = re.compile(r"\bnon-?\s?(msi-?hi?\b|msi[- ]high|dmmr\b)")


def msi(text: str, kind: str) -> list[Req]:
    if _has(_SAMPLE_TO_CONFIRM, text):
        return []
    if "non" in text and _NON_MSI_HIGH.search(text):
        text = _NON_MSI_HIGH.sub(" mss ", text)
    if _has(
        # "MSI-Hi tumors" (ST-067, NCT04787042; twenty-eighth session, WF)
        r"msi-?hi?\b|msi[- ]high|microsatellite instability[- ]?(high|\(msi-h\))|high microsatellite|"
        r"\bdmmr\b|"
        r"mismatch repair[- ]deficien|deficient mismatch",
        text,
    ):
        return [{"type": "msi_high"}]
    if _has(
        r"\bmss\b|microsatellite[- ]stable|\bpmmr\b|proficient mismatch|mismatch repair[- ]proficient", text
    ):
        return [{"type": "msi_high", "negated": True}]
    return []
