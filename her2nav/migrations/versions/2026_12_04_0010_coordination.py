"""coordination: stages, tasks, communications, appointments, travel, consents, contacts, notifications,
trial alerts and the job records of the queue (issue 19)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 07:15:00.000000
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _when(name: str, *, nullable: bool = False) -> sa.Column[dt.datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _case() -> sa.Column[int]:
    return sa.Column("case_pk", sa.Integer(), sa.ForeignKey("cases.id"), nullable=False)


def _user(name: str, *, nullable: bool = False) -> sa.Column[int]:
    return sa.Column(name, sa.Integer(), sa.ForeignKey("users.id"), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "case_stages",
        sa.Column("id", sa.Integer(), primary_key=True),
        _case(),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text()),
        _user("moved_by", nullable=True),
        _when("moved_at"),
    )
    op.create_index("ix_case_stages_case", "case_stages", ["case_pk", "id"])
    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer(), primary_key=True),
        _case(),
        sa.Column("type", sa.String(24), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("due_on", sa.Date()),
        _user("owner_id", nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("documents", sa.JSON(), nullable=False),
        _user("created_by"),
        _when("created_at"),
        _when("updated_at"),
    )
    op.create_index("ix_tasks_case_pk", "tasks", ["case_pk"])
    op.create_index("ix_tasks_open_due", "tasks", ["status", "due_on"])
    op.create_table(
        "communications",
        sa.Column("id", sa.Integer(), primary_key=True),
        _case(),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("counterpart", sa.String(200), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        _when("occurred_at"),
        sa.Column("follow_up_on", sa.Date()),
        sa.Column("documents", sa.JSON(), nullable=False),
        _user("recorded_by"),
        _when("created_at"),
    )
    op.create_index("ix_communications_case", "communications", ["case_pk", "occurred_at"])
    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), primary_key=True),
        _case(),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("address", sa.Text()),
        _when("starts_at"),
        sa.Column("time_zone", sa.String(64), nullable=False),
        sa.Column("what_to_bring", sa.Text()),
        _user("created_by"),
        _when("created_at"),
    )
    op.create_index("ix_appointments_case_pk", "appointments", ["case_pk"])
    op.create_table(
        "travel",
        sa.Column("id", sa.Integer(), primary_key=True),
        _case(),
        sa.Column("city", sa.String(100), nullable=False),
        sa.Column("departs_on", sa.Date(), nullable=False),
        sa.Column("returns_on", sa.Date()),
        sa.Column("accommodation", sa.Text()),
        sa.Column("interpreter", sa.String(200)),
        _user("created_by"),
        _when("created_at"),
    )
    op.create_index("ix_travel_case_pk", "travel", ["case_pk"])
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), primary_key=True),
        _case(),
        sa.Column("purpose", sa.String(32), nullable=False),
        sa.Column("recipient", sa.String(200)),
        sa.Column("given_on", sa.Date()),
        sa.Column("withdrawn_on", sa.Date()),
        _user("recorded_by"),
        _when("recorded_at"),
    )
    op.create_index("ix_consents_case", "consents", ["case_pk", "purpose", "id"])
    op.create_table(
        "contacts",
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("email", sa.String(254)),
        sa.Column("language", sa.String(8), nullable=False),
    )
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(200), nullable=False, unique=True),
        _user("user_id"),
        sa.Column("case_pk", sa.Integer(), sa.ForeignKey("cases.id")),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("subject", sa.String(300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        _when("emailed_at", nullable=True),
        _when("created_at"),
        _when("read_at", nullable=True),
    )
    op.create_index("ix_notifications_user", "notifications", ["user_id", "id"])
    op.create_table(
        "trial_alerts",
        sa.Column("id", sa.Integer(), primary_key=True),
        _case(),
        sa.Column("trial_id", sa.String(64), nullable=False),
        sa.Column("trial_version", sa.String(64), nullable=False),
        sa.Column("verdict", sa.String(32), nullable=False),
        _when("created_at"),
        sa.UniqueConstraint("case_pk", "trial_id", "trial_version"),
    )
    op.create_table(
        "jobs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(200), nullable=False, unique=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("case_pk", sa.Integer(), sa.ForeignKey("cases.id")),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text()),
        sa.Column("error", sa.Text()),
        _when("lease_until", nullable=True),
        _when("created_at"),
        _when("updated_at"),
        _when("finished_at", nullable=True),
    )
    op.create_index("ix_jobs_status", "jobs", ["status", "lease_until"])
    op.create_index("ix_jobs_case_pk", "jobs", ["case_pk"])


def downgrade() -> None:
    for table in (
        "jobs",
        "trial_alerts",
        "notifications",
        "contacts",
        "consents",
        "travel",
        "appointments",
        "communications",
        "tasks",
        "case_stages",
    ):
        op.drop_table(table)
