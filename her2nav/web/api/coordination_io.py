"""Request and response bodies of the coordination API (CONTRACT §10): field names exactly as there.
Enumerations are the coordination package's own, so a wrong value answers 422 naming the field."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

TaskType = Literal[
    "records_request", "translation", "appointment", "travel", "visa_letter", "call_back", "other"
]
TaskStatus = Literal["open", "done", "cancelled"]
Channel = Literal["email", "phone", "message", "letter", "meeting"]
Stage = Literal[
    "inquiry", "records", "review", "screening", "appointment", "travel", "treatment", "follow_up", "closed"
]
Purpose = Literal["case_review", "share_with", "cross_border_transfer"]
Text200 = Field(min_length=1, max_length=200)


class TaskIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: TaskType
    title: str = Text200
    due_on: dt.date | None = Field(default=None, description="not in the past")
    owner: str | None = Field(default=None, max_length=64, description="username; default: you")
    status: TaskStatus = "open"
    documents: list[str] = Field(
        default_factory=list, max_length=50, description="ids of documents of this case"
    )


class TaskChange(BaseModel):
    """Only the fields sent are changed."""

    model_config = ConfigDict(extra="forbid")
    type: TaskType | None = None
    title: str | None = Field(default=None, min_length=1, max_length=200)
    due_on: dt.date | None = None
    owner: str | None = Field(default=None, max_length=64)
    status: TaskStatus | None = None
    documents: list[str] | None = Field(default=None, max_length=50)


class TaskOut(BaseModel):
    id: int
    case_id: str
    type: str
    title: str
    due_on: dt.date | None
    owner: str | None
    status: str
    documents: list[str]
    created_at: dt.datetime
    updated_at: dt.datetime


class CommunicationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    channel: Channel
    counterpart: str = Text200
    summary: str = Field(min_length=1, max_length=10_000)
    occurred_at: AwareDatetime | None = Field(default=None, description="default: now")
    follow_up_on: dt.date | None = None
    documents: list[str] = Field(
        default_factory=list, max_length=50, description="ids of documents of this case"
    )


class CommunicationOut(BaseModel):
    id: int
    channel: str
    counterpart: str
    summary: str
    occurred_at: dt.datetime
    follow_up_on: dt.date | None
    documents: list[str]
    by: str | None


class AppointmentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    place: str = Text200
    starts_at: AwareDatetime = Field(description="date-time with its offset, e.g. 2027-01-05T09:30+08:00")
    what_to_bring: str | None = Field(default=None, max_length=5000)
    address: str | None = Field(default=None, max_length=1000)
    time_zone: str | None = Field(default=None, max_length=64, description="IANA zone, e.g. Asia/Shanghai")


class AppointmentOut(BaseModel):
    id: int
    place: str
    starts_at: dt.datetime = Field(description="in the appointment's own time zone")
    time_zone: str
    what_to_bring: str | None
    address: str | None


class TravelIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    city: str = Field(min_length=1, max_length=100)
    departs_on: dt.date
    returns_on: dt.date | None = None
    accommodation: str | None = Field(default=None, max_length=2000)
    interpreter: str | None = Field(default=None, max_length=200)


class TravelOut(TravelIn):
    id: int


class StageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    stage: Stage
    reason: str | None = Field(default=None, max_length=2000)


class StageChangeOut(BaseModel):
    stage: str
    reason: str | None
    by: str | None
    at: dt.datetime


class StageOut(BaseModel):
    stage: str
    history: list[StageChangeOut]


class ConsentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    purpose: Purpose
    recipient: str | None = Field(default=None, max_length=200, description="for share_with: who")
    given_on: dt.date | None = None
    withdrawn_on: dt.date | None = None


class ConsentOut(BaseModel):
    id: int
    purpose: str
    recipient: str | None
    given_on: dt.date | None
    withdrawn_on: dt.date | None
    in_force: bool
    by: str | None
    recorded_at: dt.datetime


class TimelineItem(BaseModel):
    at: dt.datetime
    kind: str
    by: str | None
    summary: str
