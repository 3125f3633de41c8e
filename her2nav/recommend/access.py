"""Access to an option in every region, for this patient, on the case's ``as_of`` date.

Rule (CONTRACT §2): the latest event for the region dated on or before ``as_of`` decides. An approved
event whose conditions this patient does not meet, or does not yet show, becomes the event's ``unmet``
status (approved_restricted, or not_funded for an England funding decision). Approvals for another
disease never count. No event yet in force means not approved on that date; no record at all means
unknown. Facts resting on the unverified pseudo-source M say so in ``verified`` and with a short tag in
the note; how they were searched for (``trail`` in access.yaml) stays in the knowledge base, listed by
``her2nav kb check``. A note names a condition not met or not shown; what the patient's record shows
for it is said once per option (``access_conditions``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from her2nav.knowledge.models import AccessEvent, KnowledgeBase
from her2nav.knowledge.regions import REGIONS
from her2nav.recommend.context import Facts, PatientContext
from her2nav.recommend.requirements import Check, checks, summarise

GEA = "GEA"


def _when(date: dt.date, precision: str) -> str:
    if precision == "year":
        return f"since {date.year}"
    if precision == "month":
        return f"since {date:%B %Y}"
    return f"since {date.isoformat()}"


def _effective(events: tuple[AccessEvent, ...], as_of: dt.date) -> AccessEvent | None:
    """The latest event in force on ``as_of`` (undated standing facts count as oldest)."""
    in_force = [e for e in events if e.date is None or e.date <= as_of]
    if not in_force:
        return None
    return max(in_force, key=lambda e: e.date or dt.date.min)


UNVERIFIED_TAG = " [unverified]"  # the research trail behind it stays in the knowledge base (kb check)


def _entry(status: str, note: str, event: AccessEvent | None) -> dict[str, Any]:
    verified = event.verified if event else True
    if not verified:
        note += UNVERIFIED_TAG
    return {
        "status": status,
        "note": note,
        "source": ", ".join(event.sources) if event and event.sources else None,
        "verified": verified,
        "since": event.date.isoformat() if event and event.date else None,
    }


def _decision(event: AccessEvent) -> str:
    """The event's note with its date: "FDA: … (since 2025-05-22)."; an undated one says nothing of a
    start date (``since`` is null)."""
    if event.sources and event.date is not None:
        return f"{event.note} ({_when(event.date, event.date_precision)})."
    return f"{event.note}."


Conditions = tuple[Check, ...]


def resolve_region(events: tuple[AccessEvent, ...], facts: Facts) -> tuple[dict[str, Any], Conditions]:
    """Access status, note and source for one option in one region, with the conditions of the event in
    force that this patient does not meet or does not yet show (the note names them; what the record
    shows is said once per option, in ``access_conditions``)."""
    as_of = facts.as_of
    relevant = tuple(e for e in events if e.disease == GEA)
    other = [e for e in events if e.disease != GEA and (e.date is None or e.date <= as_of)]
    other_note = (
        " Approval for another disease ("
        + ", ".join(sorted({e.disease for e in other}))
        + ") does not count."
        if other
        else ""
    )
    if not relevant:
        return _entry("unknown", "No record for gastric cancer in the knowledge base." + other_note, None), ()
    event = _effective(relevant, as_of)
    if event is None:
        first = min(relevant, key=lambda e: e.date or dt.date.min)
        note = f"Not yet approved on {as_of.isoformat()} (first decision dated {first.date}: {first.note})."
        return _entry("not_approved", note + other_note, first), ()
    note = _decision(event)
    if event.status != "approved":
        return _entry(event.status, note + other_note, event), ()
    verdict, not_met, unknown = summarise(list(checks(event.requires, facts)))
    if verdict is True:
        return _entry("approved", note, event), ()
    if not_met:
        names = "; ".join(c.name for c in not_met)
        return _entry(event.unmet, f"{note} Condition not met: {names}.", event), tuple(not_met)
    names = "; ".join(c.name for c in unknown)
    return _entry(event.unmet, f"{note} Condition not yet shown: {names}.", event), tuple(unknown)


def conditions_said_once(found: list[Conditions]) -> dict[str, str]:
    """Each condition the regions' notes name, once: its name -> "not met (this patient: 4)" or
    "not yet shown (HER2 is equivocal for now: pending)", in the order the regions name them."""
    said: dict[str, str] = {}
    for region_checks in found:
        for check in region_checks:
            verdict = "not met" if check.met is False else "not yet shown"
            said.setdefault(check.name, f"{verdict} ({check.state})" if check.state else verdict)
    return said


# Memo: an option's entries depend only on its events, as_of and the facts those events' conditions read.
FIELDS_READ = {
    "her2": ("her2_status", "her2_category", "her2_provisional", "ihc_score"),
    "her2_ihc": ("ihc_score",),
    "pdl1_cps_min": ("pdl1_cps",),
    "pdl1_tap_min": (),
    "cldn18_2_min": ("cldn18_2_percent",),
    "prior_agent": (),
    "prior_regimens_min": ("prior_regimens",),
    "prior_chemo_regimens_min": ("prior_chemo_regimens",),
    "msi_high": ("msi_high",),
}
CACHE_LIMIT = 10_000  # option x facts combinations; each holds five small entries
_READS: dict[tuple[int, str], tuple[KnowledgeBase, tuple[str, ...], tuple[str, ...]]] = {}
_CACHE: dict[tuple[Any, ...], tuple[KnowledgeBase, dict[str, dict[str, Any]], dict[str, str]]] = {}


def _events(kb: KnowledgeBase, option_id: str, region: str) -> tuple[AccessEvent, ...]:
    return tuple(kb.access.get(option_id, {}).get(region, ()))  # type: ignore[call-overload]


def _reads(kb: KnowledgeBase, option_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Fact fields and prior agents the events for one option (in any region) look at."""
    key = (id(kb), option_id)
    known = _READS.get(key)
    if known is None or known[0] is not kb:
        fields: set[str] = set()
        agents: set[str] = set()
        for region in REGIONS:
            for event in _events(kb, option_id, region):
                for name, value in event.requires:
                    if value is not None:
                        fields.update(FIELDS_READ[name])
                        if name == "prior_agent":
                            agents.add(value)
        known = _READS[key] = (kb, tuple(sorted(fields)), tuple(sorted(agents)))
    return known[1], known[2]


def _all_regions(
    kb: KnowledgeBase, option_id: str, facts: Facts
) -> tuple[dict[str, dict[str, Any]], dict[str, str]]:
    """The shared (cached) entries of one option in every region, and the conditions their notes name
    (``conditions_said_once``); never handed out as they are."""
    fields, agents = _reads(kb, option_id)
    key = (
        id(kb),
        option_id,
        facts.as_of,
        tuple(getattr(facts, f) for f in fields),
        tuple(a in facts.prior_groups for a in agents),
    )
    hit = _CACHE.get(key)
    if hit is None or hit[0] is not kb:
        if len(_CACHE) >= CACHE_LIMIT:
            _CACHE.clear()
        resolved = {region: resolve_region(_events(kb, option_id, region), facts) for region in REGIONS}
        entries: dict[str, dict[str, Any]] = {region: entry for region, (entry, _) in resolved.items()}
        said = conditions_said_once([found for _, found in resolved.values()])
        hit = _CACHE[key] = (kb, entries, said)
    return hit[1], hit[2]


NICE_TA = re.compile(r"\bNICE TA\d+\b")
LICENSED = {"approved": True, "approved_restricted": True, "not_funded": True, "not_approved": False}
FUNDED_GB = {"approved": True, "not_funded": False, "not_approved": False}
# How readily the patient can get an option in one region: licensed (and in GB funded) for this patient
# first; a condition not met or not shown, or no record, next; not funded or not approved last.
ACCESS_RANK = {"approved": 0, "approved_restricted": 1, "unknown": 1, "not_funded": 2, "not_approved": 2}


def _licence_and_funding(region: str, entry: dict[str, Any]) -> dict[str, Any]:
    """Adds ``licensed`` (True/False/None) and, for GB, ``funded`` and ``funding`` in words, so a reader
    sees "routinely funded for this patient (NICE TA…)" apart from "licensed" (CONTRACT §2: in GB
    ``approved`` means licensed and funded, ``not_funded`` licensed but not routinely funded)."""
    status = entry["status"]
    out = dict(entry)
    out["licensed"] = LICENSED.get(status)
    if region != "GB":
        return out
    funded = FUNDED_GB.get(status)
    appraisal = NICE_TA.search(entry["note"])
    ref = f" ({appraisal.group(0)})" if appraisal else ""
    out["funded"] = funded
    if funded is True:
        out["funding"] = f"Routinely funded on the NHS in England for this patient{ref}."
    elif status == "not_funded":
        out["funding"] = f"Licensed, but not routinely funded on the NHS in England for this patient{ref}."
    elif status == "not_approved":
        out["funding"] = "Not licensed for this use in the UK, so not funded."
    else:
        out["funding"] = "NHS funding for this patient not established."
    return out


def resolve_access(option_id: str, ctx: PatientContext) -> dict[str, dict[str, Any]]:
    """One entry per CONTRACT §4 region (memoised per process; callers get their own copies)."""
    entries, _ = _all_regions(ctx.kb, option_id, ctx.facts)
    return {region: _licence_and_funding(region, entry) for region, entry in entries.items()}


def access_conditions(option_id: str, ctx: PatientContext) -> dict[str, str]:
    """The conditions the option's access notes name, each once with what this patient's record shows
    (the review's ``access_conditions`` on the option; a copy)."""
    return dict(_all_regions(ctx.kb, option_id, ctx.facts)[1])


def access_rank(option_id: str, ctx: PatientContext) -> int:
    """0 when the patient can get the option on label (and funded, in GB) in one of the regions where
    they can be treated (``treatment_regions``, default their home region); 1 when the best of those is
    conditional or unknown; 2 when it is not funded or not approved in every one. 0 when no region is
    recorded (nothing to rank by)."""
    regions = [r for r in ctx.case.patient.regions_for_treatment if r in REGIONS]
    if not regions:
        return 0
    entries, _ = _all_regions(ctx.kb, option_id, ctx.facts)
    return min(ACCESS_RANK.get(entries[r]["status"], 1) for r in regions)
