"""case listing index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Every column the case list filters, counts and orders by, in the table's
#: default order: listing all cases becomes an index-only scan instead of a walk
#: through the ``cases`` rows, which also hold the ciphertexts (≈ 5 kB each).
LISTING_COLUMNS = [
    "received_at",
    "register_seq",
    "id",
    "register_year",
    "stage",
    "version",
    "complaint_type",
    "channel",
    "due_date",
]


def upgrade() -> None:
    op.create_index("ix_cases_listing", "cases", LISTING_COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_cases_listing", table_name="cases")
