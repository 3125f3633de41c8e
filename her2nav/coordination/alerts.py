"""New-trial alerts: after a registry sync every open case is matched again (the trials its review
offers, ``review.trials_for``); when a trial is newly eligible or possibly eligible for a case, the
case's coordinators (else whoever created it) are notified with the trial's summary, in their
language. A trial version is alerted once per case (``trial_alerts``, unique); a case's first
re-match only records what it already offers (its review shows those), so nothing floods."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, sessionmaker

from her2nav.case.errors import CaseError
from her2nav.case.models import Case
from her2nav.coordination import messages
from her2nav.coordination.models import StageChange, TrialAlert
from her2nav.coordination.notify import language_of, notify
from her2nav.records.cases import casestore
from her2nav.records.cases.flows import write
from her2nav.records.store.models import CaseAssignment, CaseRecord

ALERTED = ("eligible", "possibly_eligible")
MARKER = ""  # the trial id of the row that marks a matched case (its version: what it was matched on)
Matcher = Callable[[Case], tuple[list[dict[str, Any]] | None, str | None]]


@dataclass
class RematchReport:
    cases: int = 0
    unreadable: int = 0
    unchanged: int = 0  # cases skipped: matched before on the same registry and case version
    alerts: int = 0
    notified: list[str] = field(default_factory=list)  # notification keys
    registry_problem: str | None = None


def open_case_pks(session: Session, batch: int = 500) -> Iterator[list[int]]:
    """Cases whose stage is not closed, in batches of ids."""
    latest = (
        select(StageChange.case_pk, func.max(StageChange.id).label("last"))
        .group_by(StageChange.case_pk)
        .subquery()
    )
    closed = (
        select(StageChange.case_pk)
        .join(latest, and_(StageChange.case_pk == latest.c.case_pk, StageChange.id == latest.c.last))
        .where(StageChange.stage == "closed")
    )
    after = 0
    while True:
        ids = list(
            session.scalars(
                select(CaseRecord.id)
                .where(CaseRecord.id > after, CaseRecord.id.not_in(closed))
                .order_by(CaseRecord.id)
                .limit(batch)
            )
        )
        session.rollback()
        if not ids:
            return
        yield ids
        after = ids[-1]


def owners(session: Session, record: CaseRecord) -> list[int]:
    found = session.scalars(
        select(CaseAssignment.user_id).where(
            CaseAssignment.case_pk == record.id, CaseAssignment.relation == "coordinator"
        )
    ).all()
    return list(found) or ([record.created_by] if record.created_by else [])


def _summary(entry: dict[str, Any]) -> str:
    lines = []
    for crit in entry.get("criteria", [])[:3]:
        if crit.get("status") == "unknown" and crit.get("action"):
            lines.append(f"- {crit['text']} — {crit['action']}")
    return "\n".join(lines)


def stamp_of(registry_state: str | None, record: CaseRecord) -> str | None:
    """What a case was last matched on: the registry's fingerprint and the case's version."""
    return f"{registry_state[:40]}:{record.version}" if registry_state else None


def alert_case(
    session: Session, record: CaseRecord, entries: list[dict[str, Any]], stamp: str | None = None
) -> list[str]:
    """Record the case's eligible and possibly eligible trials; notify its owners of each trial
    version not seen before (none on the case's first re-match). The case's marker row (trial id "")
    keeps ``stamp``. Returns notification keys (commits)."""
    keys: list[str] = []
    with write(session):
        rows = session.scalars(select(TrialAlert).where(TrialAlert.case_pk == record.id)).all()
        seen = {(row.trial_id, row.trial_version) for row in rows}
        marker = next((row for row in rows if row.trial_id == MARKER), None)
        first = marker is None
        if marker is None:
            marker = TrialAlert(case_pk=record.id, trial_id=MARKER, trial_version="", verdict="baseline")
            session.add(marker)
        marker.trial_version = stamp or "matched"
        for entry in entries:
            version = str(entry.get("last_update") or "unknown")
            if entry.get("verdict") not in ALERTED or (entry["nct_id"], version) in seen:
                continue
            seen.add((entry["nct_id"], version))
            session.add(
                TrialAlert(
                    case_pk=record.id,
                    trial_id=entry["nct_id"],
                    trial_version=version,
                    verdict=entry["verdict"],
                )
            )
            if first:
                continue
            for user_id in owners(session, record):
                lang = messages.language(language_of(session, user_id))
                text = messages.trial_alert(
                    lang,
                    case_id=record.case_id,
                    trial_id=entry["nct_id"],
                    title=entry.get("title") or entry["nct_id"],
                    verdict=entry["verdict"],
                    status=entry.get("overall_status"),
                    phase=", ".join(entry.get("phases") or []) or None,
                    summary=_summary(entry),
                )
                key = f"trial:{record.id}:{entry['nct_id']}:{version}:{user_id}"
                if notify(
                    session, key=key, user_id=user_id, case_pk=record.id, kind="trial_alert", message=text
                ):
                    keys.append(key)
    return keys


def rematch(
    sessions: sessionmaker[Session],
    matcher: Matcher,
    *,
    progress: Callable[[int], None] | None = None,
    registry_state: str | None = None,
) -> RematchReport:
    """Match every open case again and alert on what is new. ``matcher`` is ``review.trials_for``
    (or a stand-in); a registry that cannot be read stops the run with the reason. With
    ``registry_state`` (the registry's fingerprint), a case matched at that state and at its current
    version is not matched again."""
    report = RematchReport()
    stamps: dict[int, str] = {}
    with sessions() as session:
        total = session.scalar(select(func.count()).select_from(CaseRecord)) or 1
        for batch in open_case_pks(session):
            if registry_state is not None:
                marks = select(TrialAlert.case_pk, TrialAlert.trial_version).where(
                    TrialAlert.case_pk.in_(batch), TrialAlert.trial_id == MARKER
                )
                stamps = {case_pk: stamp for case_pk, stamp in session.execute(marks)}
            for case_pk in batch:
                record = session.get(CaseRecord, case_pk)
                if record is None:
                    continue
                stamp = stamp_of(registry_state, record)
                if stamp is not None and stamps.get(case_pk) == stamp:
                    report.cases += 1  # neither the case nor the registry changed since
                    report.unchanged += 1
                    continue
                try:
                    case = casestore.stored_case(session, record)
                except CaseError:
                    report.unreadable += 1
                    continue
                session.rollback()
                entries, problem = matcher(case)
                if entries is None:
                    report.registry_problem = problem
                    return report
                found = alert_case(session, record, entries, stamp)
                report.cases += 1
                report.alerts += len(found)
                report.notified.extend(found)
            session.expunge_all()  # memory stays flat over any number of cases
            if progress is not None:
                progress(min(99, report.cases * 100 // total))
    return report
