"""extraction runs on documents and the suggestions they produce

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 22:35:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("extraction_status", sa.String(length=16), nullable=False, server_default="queued")
        )
        batch_op.add_column(sa.Column("extraction_error", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("extraction_pages", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("extraction_ocr", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index("ix_documents_extraction_status", ["extraction_status"], unique=False)

    op.create_table(
        "suggestions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_pk", sa.Integer(), nullable=False),
        sa.Column("case_pk", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("assertion", sa.String(length=16), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("span_text", sa.Text(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("section", sa.String(length=128), nullable=True),
        sa.Column("specimen", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("decided_value", sa.JSON(), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=255), nullable=True),
        sa.Column("biomarker_entry", sa.JSON(), nullable=True),
        sa.Column("case_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["document_pk"], ["documents.id"]),
        sa.ForeignKeyConstraint(["case_pk"], ["cases.id"]),
        sa.ForeignKeyConstraint(["decided_by"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("suggestions", schema=None) as batch_op:
        batch_op.create_index("ix_suggestions_document", ["document_pk", "id"], unique=False)
        batch_op.create_index("ix_suggestions_case_pk", ["case_pk"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("suggestions", schema=None) as batch_op:
        batch_op.drop_index("ix_suggestions_case_pk")
        batch_op.drop_index("ix_suggestions_document")
    op.drop_table("suggestions")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_extraction_status")
        batch_op.drop_column("extracted_at")
        batch_op.drop_column("extraction_ocr")
        batch_op.drop_column("extraction_pages")
        batch_op.drop_column("extraction_error")
        batch_op.drop_column("extraction_status")
