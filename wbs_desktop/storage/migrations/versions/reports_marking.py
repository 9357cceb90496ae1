"""reports: cases marked as test, duplicate or demo

Revision ID: reports_marking
Revises: letters_signatories
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "reports_marking"
down_revision: str | None = "letters_signatories"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain columns: a mark says nothing about the people in a case, and the
    # figures must leave marked cases out without opening any key.
    op.add_column("cases", sa.Column("mark", sa.String(16), nullable=True))
    op.add_column("cases", sa.Column("duplicate_of", sa.String(32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("duplicate_of")
        batch.drop_column("mark")
