"""review snapshots keep the exact JSON text the API sends

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 00:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("review_snapshots", schema=None) as batch_op:
        batch_op.add_column(sa.Column("review_text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("review_snapshots", schema=None) as batch_op:
        batch_op.drop_column("review_text")
