"""review snapshots remember the case version

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 22:08:08.061045
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("review_snapshots", schema=None) as batch_op:
        batch_op.add_column(sa.Column("case_version", sa.Integer(), nullable=True))
        batch_op.create_index(
            "ix_review_snapshot_version", ["case_pk", "case_version", "knowledge_version"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("review_snapshots", schema=None) as batch_op:
        batch_op.drop_index("ix_review_snapshot_version")
        batch_op.drop_column("case_version")
