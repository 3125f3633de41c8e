"""Case stages: inquiry → records → review → screening → appointment → travel → treatment →
follow_up, and closed (with a reason). Every move is a row (who, when, why); moving to a stage needs
what that stage rests on, and a move that lacks it raises ``MissingRequirements`` naming each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from her2nav.case.errors import CaseError, Problem
from her2nav.coordination.consent import has_consent
from her2nav.coordination.errors import MissingRequirements
from her2nav.coordination.models import STAGES, Appointment, StageChange, Travel
from her2nav.records.access import audit
from her2nav.records.cases.flows import lock_at_version, write
from her2nav.records.store.models import BiomarkerResult, CaseRecord, User

FIRST_STAGE = "inquiry"
HER2_KINDS = ("her2_ihc", "her2_ish")

Check = Callable[[Session, CaseRecord, dt.date], bool]


def _has_her2(session: Session, record: CaseRecord, _today: dt.date) -> bool:
    return bool(
        session.scalar(
            select(
                exists().where(
                    BiomarkerResult.case_pk == record.id,
                    BiomarkerResult.kind.in_(HER2_KINDS),
                    BiomarkerResult.retired_in_version.is_(None),
                )
            )
        )
    )


def _consent(purpose: str) -> Check:
    return lambda session, record, today: has_consent(session, record.id, purpose, today=today)


def _has_row(table: type[Appointment] | type[Travel]) -> Check:
    return lambda session, record, _today: bool(
        session.scalar(select(exists().where(table.case_pk == record.id)))
    )


# What moving to a stage rests on, in words, from that stage on (a later stage needs them too).
REQUIREMENTS: dict[str, list[tuple[str, Check]]] = {
    "review": [
        ("a HER2 result (IHC or ISH)", _has_her2),
        ("consent to case review", _consent("case_review")),
    ],
    "screening": [("consent to share with a hospital or trial team", _consent("share_with"))],
    "appointment": [("an appointment", _has_row(Appointment))],
}
# Needed only for the stage itself (a family treated at home never travels).
ONLY_FOR: dict[str, list[tuple[str, Check]]] = {"travel": [("a travel plan", _has_row(Travel))]}


def requirements(stage: str) -> list[tuple[str, Check]]:
    if stage == "closed":
        return []
    position = STAGES.index(stage)
    needed = [need for earlier in STAGES[: position + 1] for need in REQUIREMENTS.get(earlier, [])]
    return needed + ONLY_FOR.get(stage, [])


def missing_for(session: Session, record: CaseRecord, stage: str, today: dt.date) -> list[str]:
    return [words for words, check in requirements(stage) if not check(session, record, today)]


def history(session: Session, case_pk: int) -> list[StageChange]:
    return list(
        session.scalars(select(StageChange).where(StageChange.case_pk == case_pk).order_by(StageChange.id))
    )


def current_stage(session: Session, case_pk: int) -> str:
    stage = session.scalar(
        select(StageChange.stage)
        .where(StageChange.case_pk == case_pk)
        .order_by(StageChange.id.desc())
        .limit(1)
    )
    return stage or FIRST_STAGE


def move(
    *,
    session: Session,
    record: CaseRecord,
    user: User,
    stage: str,
    reason: str | None,
    client: str | None,
    today: dt.date | None = None,
) -> StageChange:
    """Move the case to ``stage`` (any direction); closing needs a reason."""
    if stage not in STAGES:
        raise CaseError([Problem("stage", f"must be one of {', '.join(STAGES)}")])
    reason = (reason or "").strip() or None
    if stage == "closed" and reason is None:
        raise CaseError([Problem("reason", "closing a case needs a reason")])
    today = today or dt.datetime.now(dt.UTC).date()
    with write(session):
        lock_at_version(session, record, None)  # one stage change at a time per case
        missing = missing_for(session, record, stage, today)
        if missing:
            raise MissingRequirements(stage, missing)
        before = current_stage(session, record.id)
        row = StageChange(case_pk=record.id, stage=stage, reason=reason, moved_by=user.id)
        session.add(row)
        session.flush()
        audit.record(
            session,
            action="stage_changed",
            user=user,
            case_pk=record.id,
            target=stage,
            client=client,
            detail={"from": before, "to": stage},
        )
    return row
