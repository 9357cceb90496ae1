"""index key split (tracking key for all, people index key for administrators)

Revision ID: index_rekey
Revises: certificates
Create Date: 2026-12-01

The single office index key every user held becomes the tracking key (the
tracking digests were made with it); the people entries made with it are
dropped, every case is queued for an administrator's client to index again
under a new people key (made at the first administrator's login).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "index_rekey"
down_revision: str | None = "certificates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_index_pending",
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("queued_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_index_pending_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_index_pending")),
    )
    op.execute("UPDATE office_key_grants SET key_name = 'tracking' WHERE key_name = 'index'")
    op.execute("DELETE FROM case_index WHERE kind IN ('accused_name', 'accused_nip')")
    op.execute(
        "INSERT INTO case_index_pending (case_id, queued_at) "
        "SELECT id, CURRENT_TIMESTAMP FROM cases"
    )


def downgrade() -> None:
    # The people index stays empty until recomputed; the tracking key is the old index key.
    op.execute("DELETE FROM office_key_grants WHERE key_name = 'index'")
    op.execute("UPDATE office_key_grants SET key_name = 'index' WHERE key_name = 'tracking'")
    op.drop_table("case_index_pending")
