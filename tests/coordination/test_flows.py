"""Coordination flows on SQLite and PostgreSQL: stages with their requirements, tasks, the
communications log, appointments, travel and consent, each audited, all on the case's timeline."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy.orm import Session

from her2nav.case.errors import CaseError
from her2nav.case.load import case_from_data
from her2nav.coordination import consent, log, stages, tasks, timeline
from her2nav.coordination.consent import ConsentIn
from her2nav.coordination.errors import ConsentMissing, MissingRequirements
from her2nav.coordination.log import AppointmentIn, CommunicationIn, TravelIn
from her2nav.coordination.tasks import TaskIn
from her2nav.records.access import audit
from her2nav.records.cases import flows
from her2nav.records.store.models import CaseRecord, User
from tests.records.factories import case_data, make_user

TODAY = dt.date(2026, 12, 5)


@pytest.fixture
def coordinator(db: Session) -> User:
    return make_user(db, "coord", "coordinator")


@pytest.fixture
def record(db: Session, coordinator: User) -> CaseRecord:
    return flows.create_case(session=db, case=case_from_data(case_data()), user=coordinator, client="t")


@pytest.fixture
def without_her2(db: Session, coordinator: User) -> CaseRecord:
    data = case_data("case-n")
    data["biomarkers"] = [b for b in data["biomarkers"] if not b["kind"].startswith("her2")]
    return flows.create_case(session=db, case=case_from_data(data), user=coordinator, client="t")


def give(db: Session, record: CaseRecord, user: User, purpose: str, recipient: str | None = None) -> None:
    consent.record_consent(
        session=db,
        record=record,
        user=user,
        consent=ConsentIn(purpose=purpose, recipient=recipient, given_on=TODAY),
        client="t",
    )


def move(db: Session, record: CaseRecord, user: User, stage: str, reason: str | None = None) -> None:
    stages.move(session=db, record=record, user=user, stage=stage, reason=reason, client="t", today=TODAY)


def test_a_new_case_is_at_inquiry(db: Session, record: CaseRecord) -> None:
    assert stages.current_stage(db, record.id) == "inquiry"


def test_case_review_without_her2_or_consent_names_both_and_moves_nothing(
    db: Session, without_her2: CaseRecord, coordinator: User
) -> None:
    with pytest.raises(MissingRequirements) as err:
        move(db, without_her2, coordinator, "review")
    assert err.value.missing == ["a HER2 result (IHC or ISH)", "consent to case review"]
    assert "HER2 result" in str(err.value) and "consent to case review" in str(err.value)
    assert stages.current_stage(db, without_her2.id) == "inquiry"
    assert "stage_changed" not in [e.action for e in audit.for_case(db, without_her2.id)]


def test_consent_alone_is_not_enough_when_the_her2_result_is_missing(
    db: Session, without_her2: CaseRecord, coordinator: User
) -> None:
    give(db, without_her2, coordinator, "case_review")
    with pytest.raises(MissingRequirements) as err:
        move(db, without_her2, coordinator, "review")
    assert err.value.missing == ["a HER2 result (IHC or ISH)"]


def test_a_withdrawn_consent_no_longer_lets_the_case_into_review(
    db: Session, record: CaseRecord, coordinator: User
) -> None:
    give(db, record, coordinator, "case_review")
    consent.record_consent(
        session=db,
        record=record,
        user=coordinator,
        consent=ConsentIn(purpose="case_review", withdrawn_on=TODAY),
        client="t",
    )
    with pytest.raises(MissingRequirements, match="consent to case review"):
        move(db, record, coordinator, "review")
    assert [c.given_on for c in consent.consents(db, record.id)] == [TODAY, TODAY]


def test_a_whole_journey_from_inquiry_to_follow_up_is_recorded_with_who_and_why(
    db: Session, record: CaseRecord, coordinator: User
) -> None:
    move(db, record, coordinator, "records", "first call with the daughter")
    give(db, record, coordinator, "case_review")
    move(db, record, coordinator, "review")
    give(db, record, coordinator, "share_with", "Ruijin Hospital trial team")
    move(db, record, coordinator, "screening")
    with pytest.raises(MissingRequirements, match="an appointment"):
        move(db, record, coordinator, "appointment")
    log.add_appointment(
        session=db,
        record=record,
        user=coordinator,
        item=AppointmentIn(place="Ruijin Hospital", starts_at=dt.datetime(2027, 1, 5, 9, 30, tzinfo=dt.UTC)),
        client="t",
    )
    move(db, record, coordinator, "appointment")
    with pytest.raises(MissingRequirements, match="a travel plan"):
        move(db, record, coordinator, "travel")
    log.add_travel(
        session=db,
        record=record,
        user=coordinator,
        item=TravelIn(city="Shanghai", departs_on=dt.date(2027, 1, 3), interpreter="Mandarin"),
        client="t",
    )
    for stage in ("travel", "treatment", "follow_up"):
        move(db, record, coordinator, stage)
    with pytest.raises(CaseError) as err:
        move(db, record, coordinator, "closed")
    assert err.value.problems[0].path == "reason"
    move(db, record, coordinator, "closed", "treatment finished; back home")
    path = [c.stage for c in stages.history(db, record.id)]
    assert path == [
        "records",
        "review",
        "screening",
        "appointment",
        "travel",
        "treatment",
        "follow_up",
        "closed",
    ]
    assert stages.history(db, record.id)[0].reason == "first call with the daughter"
    assert [e.detail for e in audit.for_case(db, record.id) if e.action == "stage_changed"][1] == {
        "from": "records",
        "to": "review",
    }


def test_a_task_due_in_the_past_is_refused_naming_the_field(
    db: Session, record: CaseRecord, coordinator: User
) -> None:
    with pytest.raises(CaseError) as err:
        tasks.create_task(
            session=db,
            record=record,
            user=coordinator,
            task=TaskIn(
                type="translation", title="Translate the pathology", due_on=TODAY - dt.timedelta(days=1)
            ),
            client="t",
            today=TODAY,
        )
    assert [p.path for p in err.value.problems] == ["due_on"]
    assert tasks.tasks(db, record.id) == []


def test_a_task_belongs_to_its_owner_and_links_only_documents_of_its_case(
    db: Session, record: CaseRecord, coordinator: User
) -> None:
    make_user(db, "clin", "clinician")
    task = tasks.create_task(
        session=db,
        record=record,
        user=coordinator,
        task=TaskIn(type="records_request", title="Ask for the CT", due_on=TODAY, owner="clin"),
        client="t",
        today=TODAY,
    )
    assert task.owner_id != coordinator.id and task.status == "open"
    with pytest.raises(CaseError) as err:
        tasks.change_task(
            session=db,
            record=record,
            task=task,
            user=coordinator,
            changes={"documents": ["nope"]},
            client="t",
        )
    assert err.value.problems[0].path == "documents[0]"
    tasks.change_task(
        session=db, record=record, task=task, user=coordinator, changes={"status": "done"}, client="t"
    )
    assert [e.action for e in audit.for_case(db, record.id)][-2:] == ["task_added", "task_changed"]


def test_an_overdue_open_task_surfaces_and_a_done_one_does_not(
    db: Session, record: CaseRecord, coordinator: User
) -> None:
    for title in ("call back", "done already"):
        tasks.create_task(
            session=db,
            record=record,
            user=coordinator,
            task=TaskIn(type="call_back", title=title, due_on=TODAY),
            client="t",
            today=TODAY,
        )
    done = tasks.tasks(db, record.id)[1]
    tasks.change_task(
        session=db, record=record, task=done, user=coordinator, changes={"status": "done"}, client="t"
    )
    assert [t.title for t in tasks.overdue(db, TODAY + dt.timedelta(days=1))] == ["call back"]
    assert tasks.overdue(db, TODAY) == []


def test_an_appointment_keeps_the_local_time_it_was_given_in(
    db: Session, record: CaseRecord, coordinator: User
) -> None:
    shanghai = dt.timezone(dt.timedelta(hours=8))
    visit = log.add_appointment(
        session=db,
        record=record,
        user=coordinator,
        item=AppointmentIn(place="Ruijin", starts_at=dt.datetime(2027, 1, 5, 9, 30, tzinfo=shanghai)),
        client="t",
    )
    db.expire_all()
    stored = log.appointments(db, record.id)[0]
    assert visit.time_zone == "+08:00"
    assert log.local_time(stored).isoformat() == "2027-01-05T09:30:00+08:00"
    named = log.add_appointment(
        session=db,
        record=record,
        user=coordinator,
        item=AppointmentIn(
            place="Royal Marsden",
            starts_at=dt.datetime(2027, 7, 1, 8, 0, tzinfo=dt.UTC),
            time_zone="Europe/London",
        ),
        client="t",
    )
    assert log.local_time(named).hour == 9  # British Summer Time


def test_a_release_to_a_named_team_needs_consent_for_that_team(
    db: Session, record: CaseRecord, coordinator: User
) -> None:
    give(db, record, coordinator, "share_with", "Ruijin Hospital")
    consent.require_release_consent(db, record, recipient="ruijin hospital ", destination=None, today=TODAY)
    with pytest.raises(ConsentMissing, match="sharing with Peking Union"):
        consent.require_release_consent(db, record, recipient="Peking Union", destination=None, today=TODAY)


def test_a_release_abroad_needs_consent_to_cross_border_transfer(
    db: Session, record: CaseRecord, coordinator: User
) -> None:
    consent.require_release_consent(db, record, recipient=None, destination="gb", today=TODAY)
    with pytest.raises(ConsentMissing, match="cross-border transfer from GB to CN"):
        consent.require_release_consent(db, record, recipient=None, destination="CN", today=TODAY)
    give(db, record, coordinator, "cross_border_transfer")
    consent.require_release_consent(db, record, recipient=None, destination="CN", today=TODAY)


def test_the_timeline_merges_everything_oldest_first_and_the_family_sees_only_their_part(
    db: Session, record: CaseRecord, coordinator: User
) -> None:
    patient = make_user(db, "pat", "patient", patient_of=record)
    move(db, record, coordinator, "records", "first call")
    log.add_communication(
        session=db,
        record=record,
        user=coordinator,
        item=CommunicationIn(
            channel="email",
            counterpart="Ruijin pathology",
            summary="asked for the HER2 slides",
            occurred_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
        ),
        client="t",
    )
    flows.add_note(session=db, record=record, user=coordinator, text="family prefers WeChat", client="t")
    items = timeline.timeline(db, record, coordinator)
    kinds = [i.kind for i in items]
    assert kinds[0] == "communication"  # it happened first, though recorded last but one
    assert {"record", "stage", "note"} <= set(kinds)
    assert all(a.at <= b.at for a, b in itertools.pairwise(items))
    assert items[0].by == "coord" and "asked for the HER2 slides" in items[0].summary
    assert [i.kind for i in timeline.timeline(db, record, patient)] == ["stage"]


def test_a_chinese_timeline_words_what_happened_in_chinese_and_keeps_what_people_wrote(
    db: Session, record: CaseRecord, coordinator: User
) -> None:
    move(db, record, coordinator, "records", "first call")
    log.add_communication(
        session=db,
        record=record,
        user=coordinator,
        item=CommunicationIn(channel="phone", counterpart="daughter", summary="CT disc posted"),
        client="t",
    )
    english = {i.kind: i.summary for i in timeline.timeline(db, record, coordinator)}
    chinese = {i.kind: i.summary for i in timeline.timeline(db, record, coordinator, "zh")}
    assert english["stage"] == "moved to records: first call"  # the API's English is unchanged
    assert english["communication"] == "phone with daughter: CT disc posted"
    assert chinese["stage"] == "转入“收集病历”阶段: first call"
    assert chinese["communication"] == "与daughter的电话：CT disc posted"
    assert chinese["record"] == "建立病例"
