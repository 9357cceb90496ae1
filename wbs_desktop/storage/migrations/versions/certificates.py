"""certificates: the office root key and signed user and office records

Revision ID: certificates
Revises: reports_marking
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "certificates"
down_revision: str | None = "reports_marking"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("office") as batch:
        batch.add_column(sa.Column("root_public", sa.LargeBinary(32), nullable=True))
    op.create_table(
        "certificates",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("subject", sa.String(40), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("signature", sa.LargeBinary(64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificates")),
        sa.UniqueConstraint("subject", "serial", name=op.f("uq_certificates_subject_serial")),
    )


def downgrade() -> None:
    op.drop_table("certificates")
    with op.batch_alter_table("office") as batch:
        batch.drop_column("root_public")
