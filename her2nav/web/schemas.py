"""Request and response bodies of the JSON API (they make up /openapi.json)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from her2nav.records.store.models import as_utc

UTCDateTime = Annotated[dt.datetime, AfterValidator(as_utc)]


class Problem(BaseModel):
    field: str
    message: str


class ProblemList(BaseModel):
    detail: list[Problem]


class Message(BaseModel):
    detail: str


class Login(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)


class SessionOut(BaseModel):
    username: str
    role: str
    csrf_token: str


class PasswordChange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    current_password: str = Field(min_length=1, max_length=1024)
    new_password: str = Field(min_length=1, max_length=1024)


class NewUser(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(pattern=r"^[A-Za-z0-9_.@-]{1,64}$")
    password: str = Field(min_length=1, max_length=1024)
    role: Literal["admin", "coordinator", "clinician", "patient"]
    case_id: str | None = Field(default=None, description="for a patient account: their case")


class UserOut(BaseModel):
    id: int
    username: str
    role: str


class Assignment(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=1, max_length=64)
    relation: Literal["coordinator", "reviewer"]


class CaseSummary(BaseModel):
    case_id: str
    version: int
    site: str
    setting: str
    as_of: dt.date
    updated_at: UTCDateTime


class CaseOut(BaseModel):
    case_id: str
    version: int
    created_at: UTCDateTime
    updated_at: UTCDateTime
    case: dict[str, Any] = Field(description="the case in CONTRACT §1 form")


class EntryHistory(BaseModel):
    entry: dict[str, Any]
    added_in_version: int
    retired_in_version: int | None


class EntriesOut(BaseModel):
    version: int
    current: list[dict[str, Any]]
    history: list[EntryHistory]


AudienceName = Literal["staff", "family"]
AUDIENCE_HELP = "who sees it: staff only (the default), or the patient's family too"


class DocumentOut(BaseModel):
    id: str
    case_id: str
    filename: str
    media_type: str
    size: int
    sha256: str
    uploaded_at: UTCDateTime
    audience: AudienceName = Field(description=AUDIENCE_HELP)
    extraction_status: str = Field(default="queued", description="queued, running, done or failed")
    extraction_error: str | None = Field(default=None, description="why the extraction failed")
    pages_done: int | None = Field(default=None, description="pages OCR'd so far (while running)")
    pages_total: int | None = Field(default=None, description="pages to OCR in this run")


class AuditEventOut(BaseModel):
    id: int
    at: UTCDateTime
    username: str | None
    action: str
    target: str | None
    before_hash: str | None
    after_hash: str | None
    detail: dict[str, Any] | None


class NoteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=20000)
    audience: AudienceName = Field(default="staff", description=AUDIENCE_HELP)


class NoteOut(BaseModel):
    id: int
    author: str | None
    text: str
    created_at: UTCDateTime
    audience: AudienceName = Field(description=AUDIENCE_HELP)


class Sharing(BaseModel):
    """A change of who sees a note or document (staff only; recorded in the audit trail)."""

    model_config = ConfigDict(extra="forbid")
    audience: AudienceName = Field(description=AUDIENCE_HELP)


class Health(BaseModel):
    status: Literal["ok"]
