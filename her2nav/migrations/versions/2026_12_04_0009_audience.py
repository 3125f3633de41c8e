"""notes and documents carry an audience: staff (the default) or family (issue 20, item 7)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 07:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLES = ("notes", "documents")


def upgrade() -> None:
    # Everything stored before this revision was written for staff: it stays staff-only.
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("audience", sa.String(length=8), nullable=False, server_default="staff")
            )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("audience")
