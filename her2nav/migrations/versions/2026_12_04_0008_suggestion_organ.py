"""a suggestion keeps the organ its report is about and the extractor's warning (issue 16, item 8)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 13:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("suggestions") as batch:
        batch.add_column(sa.Column("organ", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("warning", sa.String(length=255), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("suggestions") as batch:
        batch.drop_column("warning")
        batch.drop_column("organ")
