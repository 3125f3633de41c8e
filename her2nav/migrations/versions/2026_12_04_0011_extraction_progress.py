"""documents record OCR progress: pages OCR'd so far of the pages to OCR (issues 16 and 19)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 08:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

COLUMNS = ("extraction_pages_done", "extraction_pages_total")


def upgrade() -> None:
    # Nullable, no default: a document read before this revision has no progress to show.
    with op.batch_alter_table("documents") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
