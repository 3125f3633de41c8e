"""a treatment line's setting may be unknown (CONTRACT §1: neither line nor setting)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 00:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("treatment_lines", schema=None) as batch_op:
        batch_op.alter_column("setting", existing_type=sa.String(length=16), nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("treatment_lines", schema=None) as batch_op:
        batch_op.alter_column("setting", existing_type=sa.String(length=16), nullable=False)
