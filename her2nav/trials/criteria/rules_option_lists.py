"""A list of tumours a patient must have one of (inclusion): "For Phase 2, participants must have one of
the following solid tumors:" over numbered items "TMB-H", "MSI-H/dMMR", "CRC (both Ras wild type and
mutant)", "Virally associated tumors" … (STAR0602, NCT05592626; twenty-sixth session, WG), or "…
associated with one of the following cancer types: 1.) gastric/esophagogastric, 2.) colorectal, …, 9.)
mismatch repair deficient and/or microsatellite unstable cancers" in one line (TIL, NCT03935893). The
splitter joins the items to their lead-in with "; " (eligibility.py). Read whole, the item naming
MSI-H became a requirement of every patient and a gastric case with a proficient tumour failed a list
it may well meet by another route; the reviewer left the list open (no route confirmed) and met it for
an MSI-high tumour. A phase's comma list "the following solid tumors are allowed: Melanoma, …, gastric,
…" is such a list too (ST-067, NCT04787042; twenty-eighth session, WF); the sentences after it are read
on their own, without those that only say what a listed item means ("TNBC is diagnosed in a tumor
which … is not HER2 3+": asked of everyone, it failed every HER2-positive gastric case).

Each item is one alternative, read on its own by the rules: the list holds when one item holds, fails
when every item fails, and is open otherwise (matching/evaluate_standard.any_of). An item the rules
cannot read ("Virally associated tumors") is an open alternative, never a met one; so is an item that
only says "solid tumours" with a word of its own before it ("Immunogenic solid tumors": the sponsor's
word, which no case field decides). The lead-in keeps what it asks itself ("… advanced solid tumours").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from her2nav.trials.criteria.rule_text import Req

_ALLOWED = (
    r"\bthe following\b[^:;.]{0,40}?\b(tumou?rs?|cancers?|(cancer|tumou?r) types?|indications?|"
    r"histolog(y|ies))"
    # (not "… are eligible for this study: Breast cancer, …, Gastric Cancer, …", NCT05417594: a list of
    # sites the disease rule reads whole, as the hand-checked labels have it)
    r"\s+(are|is)\s+(allowed|permitted)\b[^:;.]{0,40}:\s"
)
# "must have one of the following solid tumors:", "with any of the following tumor types:", "meet one
# of the following additional criteria regarding the primary site or nature of the intracranial
# disease:" (AGuIX, NCT04899908); or a population heading over a list ("Phase 1 enrollment population:",
# MRT-2359, NCT05546268; eligibility.py gathers its items)
_LEAD_IN = re.compile(
    r"\b(one|any|either) of the following\b[^:;.]{0,80}?\b(cancers?|tumou?rs?|(cancer|tumou?r) types?|"
    r"malignanc(y|ies)|histolog(y|ies)|indications?|diseases?|primary sites?)\b[^:;.]{0,40}:\s|"
    r"^[^:;.]{0,40}\b(enrol(l)?ment|study|eligible|target) populations?\s*:\s|"
    # "For Phase 1a, the following solid tumors are allowed: Melanoma, Merkel cell, RCC, …, gastric, …"
    # (ST-067, NCT04787042; twenty-eighth session, WF): a comma list (_ALLOWED)
    f"(?P<allowed>{_ALLOWED})"
)
_NUMBERED = re.compile(r"\s*(?:,\s*)?(?:and\s+)?\(?\d{1,2}(?:\.\)|\))\s+")
_STAGE = re.compile(
    r"\b(locally advanced|advanced|unresectable|metastatic|recurrent)"
    r"((,? (or|and|and/or) |, )(locally advanced|advanced|unresectable|metastatic|recurrent))*"
)
# Words that say nothing of which tumour: stage, and the broad noun itself
_BARE_SOLID = re.compile(
    r"^((locally advanced|advanced|unresectable|metastatic|recurrent|refractory|relapsed|or|and|,)\s*)*"
    r"solid (tumou?rs?|malignanc(y|ies)|cancers?)\W*$"
)


def tumour_options(text: str, kind: str, read: Callable[[str, str], tuple[Req, ...]]) -> list[Req] | None:
    """The lead-in's own requirements and one ``any_of`` of its items, when ``text`` is such a list
    with two items or more; None otherwise (the other rules read it)."""
    if kind != "inclusion" or (m := _LEAD_IN.search(text)) is None or "; " in text[: m.start()]:
        return None  # a lead-in within a later sub-item is that sub-item's (joined_cohorts.py)
    rest, after = text[m.end() :], ""
    if m.group("allowed"):  # a comma list, ending with its sentence; what follows is read on its own
        rest, *more = _LIST_END.split(rest, maxsplit=1)
        after = more[0] if more else ""
        pieces = [
            q for p in _COMMA.split(rest) for q in _and_split(p.removeprefix("and ").strip(), kind, read)
        ]
    # numbered in the line ("1.) gastric/esophagogastric, 2.) colorectal, …", TIL, NCT03935893), else
    # one item a line, joined with "; " by the splitter
    elif _NUMBERED.match(rest):
        pieces = _NUMBERED.split(rest)
    else:
        pieces = rest.split("; ")
    items = [item for item in (piece.strip(" .;,") for piece in pieces) if item]
    if len(items) < 2:
        return None
    lead = text[: m.end()].strip()
    stage = _STAGE.search(lead)
    options = [_option(item, stage.group(0) if stage else "", kind, read) for item in items]
    said = [dict(r) for r in read(lead, kind) if r.get("about") != "lead_in"]
    if after:  # "…; TNBC is diagnosed in a tumor which …": what a listed item means asks nothing here
        said += [dict(r) for r in read(_without_definitions(after, items), kind) if r not in said]
    # "listed": the alternatives are the list's items (joined_cohorts.py leaves such an item as read)
    return [*said, {"type": "any_of", "options": options, "listed": True}]


# the end of a comma list's sentence
_LIST_END = re.compile(r"[.;]\s")
# a comma outside brackets ("NSCLC (with no EGFR, TRK receptor, or ALK positive mutations/fusions), TNBC")
_COMMA = re.compile(r",\s*(?![^()]*\))")
# "TNBC is diagnosed in a tumor which …", "MSI high tumor should have mutations in 30% or more …", "Hi-TMB
# high tumor has 10 mut/Mb or greater …" (ST-067's sub-bullets under its list): what a listed item means,
# which asks nothing of a patient whose tumour is another item's
_DEFINES_ITEM = re.compile(r"^(?P<subject>(\S+ ){0,4}?\S+) (is|are|should|has|have|must|means)\b")
_NOT_A_NAME = {"tumor", "tumors", "tumour", "tumours", "cancer", "cancers", "high", "low", "and", "or"}


def _and_split(item: str, kind: str, read: Callable[[str, str], tuple[Req, ...]]) -> list[str]:
    """A comma list's last item "hepatocellular carcinoma and platinum resistant ovarian cancer" as its
    two tumours, when each half names one ("head and neck cancer" stays whole)."""
    head, sep, tail = item.partition(" and ")
    if sep and all(read(t, kind) or read(f"{t} cancer", kind) for t in (head, tail)):
        return [head, tail]
    return [item]


def _without_definitions(text: str, items: list[str]) -> str:
    """``text`` without its sentences that each say what one of ``items`` means."""
    named = {w for item in items for w in re.findall(r"[a-z0-9]{3,}", item)} - _NOT_A_NAME
    kept = []
    for sentence in re.split(r"(?<=[.;])\s+", text):
        m = _DEFINES_ITEM.match(sentence.strip(" ;"))
        if m is None or not set(re.findall(r"[a-z0-9]{3,}", m.group("subject"))) & named:
            kept.append(sentence)
    return " ".join(kept).strip(" ;")


def _option(item: str, stage: str, kind: str, read: Callable[[str, str], tuple[Req, ...]]) -> list[Req]:
    """One item's requirements, with the lead-in's stage ("locally advanced, recurrent, or metastatic
    cancer … one of the following cancer types: 1.) colorectal"); a bare adjective is read as the
    cancer it names. An item read as nothing, or as a qualified "solid tumours", is open."""
    named = next((t for t in (item, f"{item} cancer") if read(t, kind)), None)
    reqs = [_asked(r) for r in read(named, kind)] if named else []
    # a stage or "solid tumours" alone names no tumour ("Relapsed Advanced ccRCC" read as "advanced")
    only_stage = all(r["type"] == "disease" and r.get("sites") in ([], ["solid"]) for r in reqs)
    if not reqs or (only_stage and not _BARE_SOLID.match(item)):
        return [*reqs, {"type": "open_parts", "parts": [item]}]
    return [_asked(r) for r in read(f"{stage} {named}", kind)] if stage else reqs


def _asked(req: Req) -> Req:
    """An item read as a clause for some patients only ("colorectal cancer (CRC)": applies if the case
    has colorectal cancer, asking nothing more) is, as an option, that tumour: a case without it does not
    hold the option (NCT06131840's Part A list, the WB reviewer)."""
    if req["type"] == "applies_if" and not req.get("then"):
        return dict(req["when"])
    return dict(req)


# "Part 2 includes but is not limited to:" over tumour cohorts ("Cutaneous melanoma …:", "NSCLC: …";
# AU-007, NCT05267626; twenty-sixth session, WF): the list names some of the tumours the part takes, so a
# patient with another tumour may still join it; the reviewer left every gastric case possibly eligible.
# The lead-in stands for that route, open (and its part is a cohort of its own: cohort_labels.py).
_NOT_LIMITED_TO = re.compile(
    r"^[^:;.]{0,60}\b(includes?|including|may include)\b,? but (is |are )?not limited to\s*:$"
)
BEYOND_THE_LIST = {
    "type": "open_parts",
    "parts": [
        "whether the part takes the patient's tumour type (its list is not limited to the types named)"
    ],
}


def beyond_the_list(text: str, kind: str) -> list[Req] | None:
    """The open route a lead-in "… includes but is not limited to:" leaves, or None."""
    if kind != "inclusion" or "limited" not in text or not _NOT_LIMITED_TO.match(text):
        return None
    return [dict(BEYOND_THE_LIST)]


# "For the following tumor types, subject must have received at least 1 prior line containing PD-1/PD-L1
# targeted therapy …: Relapsed HNSCC; Relapsed NSCLC; Relapsed Advanced ccRCC" (NCT04777994; twenty-sixth
# session, WE): the condition is asked of patients with a listed tumour only. Read whole, a gastric case
# failed it on the PD-1 line and on the "MSI-H tumors" of the next such item.
_FOR_THE_LISTED = re.compile(
    r"^for (the following|these|those) (tumou?r types?|cancers?|cancer types?|indications?|diseases?),\s*"
    r"(?P<asked>[^:]{10,400}):\s+(?P<listed>\S.*)$"
)


def for_listed_tumours(text: str, kind: str, read: Callable[[str, str], tuple[Req, ...]]) -> list[Req] | None:
    """A clause for the tumours it lists: what it asks, applying to a case that has one of them; None
    when ``text`` is not one."""
    if kind != "inclusion" or (m := _FOR_THE_LISTED.match(text)) is None:
        return None
    items = [item for item in (piece.strip(" .;,") for piece in m.group("listed").split("; ")) if item]
    options = [_option(item, "", kind, read) for item in items]
    asked = [dict(r) for r in read(m.group("asked"), kind)]
    when = {"type": "any_of", "options": options, "listed": True}
    return [{"type": "applies_if", "when": when, "then": asked}]
