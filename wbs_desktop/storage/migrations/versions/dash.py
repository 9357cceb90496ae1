"""figures: each case's first response and verification times, plain, and a
covering index (the dashboard counted in SQL)

Revision ID: dash
Revises: index_rekey
Create Date: 2026-12-06

The office's figures (``services.reports``) are grouped scans of a period's
cases. The working days to the first response and to verification were the
first stage moves of each case's timeline: one probe of ``case_events`` per
case, seconds at 100,000 cases. The two times are now kept on the case (set
with the timeline's event, ``CaseService._event``; filled here from the
timeline). They are the times of plain events (the timeline's kinds and times
are plain already), so they say nothing new. One covering index lets every
figure read the index alone, never the rows with their ciphertexts.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "dash"
down_revision: str | None = "index_rekey"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FIGURES = ["received_at", "mark", "stage", "outcome", "channel", "complaint_type", "due_kind",
           "due_date", "stage_changed_at", "first_response_at", "verified_at", "id"]


def upgrade() -> None:
    op.add_column("cases", sa.Column("first_response_at", sa.DateTime(), nullable=True))
    op.add_column("cases", sa.Column("verified_at", sa.DateTime(), nullable=True))
    op.execute(
        "UPDATE cases SET "
        "first_response_at = (SELECT min(e.at) FROM case_events e WHERE e.case_id = cases.id "
        "AND e.from_stage = 'received' AND e.to_stage IS NOT NULL), "
        "verified_at = (SELECT min(e.at) FROM case_events e WHERE e.case_id = cases.id "
        "AND e.to_stage = 'verification')"
    )
    op.create_index("ix_cases_figures", "cases", FIGURES)


def downgrade() -> None:
    op.drop_index("ix_cases_figures", table_name="cases")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("verified_at")
        batch.drop_column("first_response_at")
